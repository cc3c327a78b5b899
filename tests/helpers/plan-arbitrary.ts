/**
 * An arbitrary of plausible plans (fast-check) for the round-trip properties (tests/export/roundtrip-property.test.ts):
 * what a planner could enter in the editor, drawn from pools of realistic Chinese phrases (the importer reads
 * language; random code points would test nothing it is meant for).
 *
 *  - meta: a title with its period (东湖区推进数字化转型三年行动计划（2025—2027年）), district, issuer, 文号 in the
 *    机关代字〔年〕N号 form, 成文日期, none to three addressees, a 通知 (none, one sentence, or its own title line,
 *    two paragraphs and a 附注) and a preamble;
 *  - the tree as the editor allows it (shared/tree.ts ALLOWED) and as plans nest it: 一、 parts; under 主要任务
 *    either （一） sections with numbered tasks, or 行动一 actions with tasks, or tasks directly; items (（1）) under
 *    tasks, sub-items under items; a 专栏 with its projects beside the last task (see below);
 *  - headings unique within the plan (a user's two identical headings are a different property: pairing by text);
 *  - lead and partner departments from a pool (disjoint on one node), indicators (name, value, unit, comparator,
 *    year within the period, the sentence it was read from; or a target without a value: its name, words and year) and
 *    milestones (year within the period, stage, text) on sections, actions, tasks and items;
 *  - every other field the model holds and the editor or the library sets (docs/exchange.md, "Every field"): the city,
 *    the status, the template a plan was made from (basedOn) and a dated reference it kept (templateRefs), written
 *    numbers (the derived ones, as an imported plan holds them), themes (the importer's and one typed by hand) and the
 *    未复核 flag — plan JSON carries them all and the JSON property checks them; the text formats do not (the table in
 *    docs/exchange.md says why), and tests/helpers/roundtrip-compare.ts compares what they carry;
 *  - edge content a user types: full-width digits (５Ｇ), a body beginning with 一是, a heading with （）, ASCII 5G/AI+,
 *    a department written with its （牵头） mark.
 */
import fc from 'fast-check';
import type { Comparator, Indicator, Milestone, PlanDoc, PlanNode } from '../../shared/model/plan';
import { FORMAT, PLAN_STATUSES, STATED_FIELDS } from '../../shared/model/plan';
import { applyNumbers } from '../../shared/derived-numbers';

export const DISTRICTS = [
  { district: '东湖区', short: '东', office: '东湖区人民政府办公室' },
  { district: '青山区', short: '青', office: '青山区人民政府' },
  { district: '临江区', short: '临', office: '临江区人民政府办公室' },
  { district: '南屏县', short: '南', office: '南屏县人民政府办公室' },
] as const;

/** 签发人 of an upward document: fictional names, one of two characters, one of three, two signers of a joint one. */
const SIGNERS = ['周明远', '林岚', '陈志恒　吴海清'];
const TITLE_SUBJECTS = ['推进数字化转型三年行动计划', '智慧城市建设行动方案', '加快发展数字经济实施方案', '优化营商环境行动计划', '城市更新三年行动计划', '推进养老服务体系建设实施方案'];

export const DEPARTMENTS = ['区发展改革委', '区科委', '区数据局', '区经委', '区财政局', '区教育局', '区卫生健康委', '区民政局', '区住房城乡建设委',
  '区生态环境局', '区市场监管局', '区人力资源社会保障局', '区商务委', '区文化旅游局', '区城管执法局', '区政务服务中心', '区大数据中心', '各街道办事处'];

const ADDRESSEES = ['各街道办事处', '各镇人民政府', '区政府各委、办、局', '区各有关单位'];

/** Headings of parts, sections, actions, tasks, items and boxes: realistic, distinct, some with （）, 5G, AI+. */
const PART_HEADINGS = ['总体要求', '主要任务', '保障措施', '重点工程', '组织实施'];
/**
 * Section headings by where they stand: the importer reads what a heading says (docs/importer-grammar.md: 指导思想,
 * 基本原则, 主要目标, 保障措施 … never hold tasks), so a 基本原则 section holding tasks is no plan anyone writes — the
 * sections of 主要任务 name work, those of 总体要求 and 保障措施 do not.
 */
const GOAL_HEADINGS = ['指导思想', '基本原则', '主要目标', '发展定位'];
const WORK_HEADINGS = ['夯实数字基础设施', '提升公共服务水平', '推动产业转型升级', '深化改革创新（试点）', '优化城市治理体系', '加快数据资源开发'];
const SAFEGUARD_HEADINGS = ['加强组织领导', '强化资金保障', '完善考核评估', '加强宣传引导', '优化发展环境'];
const ACTION_HEADINGS = ['新型基础设施建设行动', '数字政府建设行动', '数字经济提质行动', '智慧民生服务行动', '城市治理现代化行动', '数据要素流通行动'];
const TASK_HEADINGS = ['建设千兆光网', '推进5G网络深度覆盖', '建设城市数据中心', '深化一网通办改革', '推进一网统管建设', '发展AI+制造',
  '打造智慧医疗服务体系', '建设智慧教育平台', '推进智慧养老服务', '完善公共数据开放', '培育数字经济企业', '建设智慧社区（村）',
  '推进老旧小区改造', '提升政务服务效能', '加强网络安全保障', '推进智慧交通建设', '发展跨境电子商务', '建设人才公寓'];
const ITEM_HEADINGS = ['试点示范工程', '平台升级工程', '数据治理专项', '应用推广计划', '人才培育计划', '标准规范建设'];
const BOX_HEADINGS = ['重点工程', '重点项目', '数字化转型示范场景'];

const SENTENCES = ['坚持以人民为中心，统筹发展和安全。', '推进千兆光网进小区、进楼宇。', '统筹建设区级数据中心，提升算力供给能力。',
  '推动高频政务服务事项全程网办。', '完善城市运行管理平台，提升精细化治理水平。', '鼓励企业开展数字化改造，培育一批示范企业。',
  '加强部门协同，形成工作合力。', '建立健全工作推进机制，定期通报进展情况。', '新建５Ｇ基站，实现重点区域连续覆盖。',
  '一是加强统筹协调，二是强化督促检查。', '支持AI+应用场景建设，推动人工智能与实体经济融合。', '加快推进老旧小区综合改造，改善居住条件。',
  '落实财政资金保障，积极引导社会资本投入。', '开展满意度调查，及时回应群众关切。'];

const INDICATOR_NAMES = ['千兆光网覆盖率', '政务服务事项全程网办率', '5G基站数', '数据中心机架数', '数字经济核心产业增加值', '养老床位数',
  '公共数据开放数量', '智慧社区覆盖率', '高新技术企业数', '老旧小区改造数'];
const UNITS = ['%', '个', '万户', '亿元', '张', '项', '家'];
const COMPARATORS: Comparator[] = ['>=', '<=', '=', '>', '<', '~'];
/** Words of a target without a figure (a qualitative indicator: the value left empty in the indicator form). */
const TARGET_WORDS = ['显著提升', '稳步提高', '走在全市前列', '基本实现全覆盖'];
/** Themes: some of the importer's (shared/importer/themes.ts) and some a planner typed as chips. */
const THEME_NAMES = ['政务服务', '城市管理', '医疗健康', '公共安全', '数字乡村', '重点民生实事'];
const MILESTONE_TEXTS = ['完成建设方案编制', '完成试点建设', '全面推广应用', '实现全区覆盖', '建成投入使用', '开展中期评估', '形成可复制经验'];

export interface PlanShape { period: { start: number; end: number } }

let idSeq = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode>): PlanNode => ({
  id: `n${++idSeq}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});

/** Draws without replacement from a pool (headings unique within a plan). */
class Pool {
  private used = new Set<string>();
  constructor(private readonly items: readonly string[]) {}
  take(i: number): string {
    for (let k = 0; k < this.items.length; k++) {
      const s = this.items[(i + k) % this.items.length];
      if (!this.used.has(s)) { this.used.add(s); return s; }
    }
    // pool exhausted: a distinct variant of a heading (a planner's own wording)
    const s = `${this.items[i % this.items.length]}${this.used.size}期`;
    this.used.add(s);
    return s;
  }
}

/** Random choices for one node, drawn up front (fast-check shrinks them). */
const fieldsArb = fc.record({
  lead: fc.uniqueArray(fc.nat(DEPARTMENTS.length - 1), { maxLength: 2 }),
  partners: fc.uniqueArray(fc.nat(DEPARTMENTS.length - 1), { maxLength: 3 }),
  leadMark: fc.boolean(),
  indicators: fc.array(fc.record({ name: fc.nat(INDICATOR_NAMES.length - 1), value: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 999 }).map((v) => v / 10)),
    unit: fc.nat(UNITS.length - 1), comparator: fc.nat(COMPARATORS.length - 1), year: fc.option(fc.nat(4), { nil: null }),
    /** 0: no figure (a qualitative target, its words from TARGET_WORDS); 1: with its source sentence; else entered by hand (text ''). */
    form: fc.nat(5) }), { maxLength: 2 }),
  milestones: fc.array(fc.record({ year: fc.nat(4), stage: fc.option(fc.constantFrom('启动', '推进', '完成') as fc.Arbitrary<Milestone['stage'] & string>, { nil: null }), text: fc.nat(MILESTONE_TEXTS.length - 1) }), { maxLength: 3 }),
  withFields: fc.nat(3),
  themes: fc.uniqueArray(fc.nat(THEME_NAMES.length - 1), { maxLength: 2 }),
  unreviewed: fc.boolean(),
  /** PlanNode.statedOnImport: which of the node's fields (with a value) an import read from its text (bits 1, 2, 4). */
  stated: fc.nat(7),
});
type FieldsDraw = typeof fieldsArb extends fc.Arbitrary<infer T> ? T : never;

const bodyArb = fc.uniqueArray(fc.nat(SENTENCES.length - 1), { maxLength: 2 });

interface NodeDraw { h: number; body: number[]; f: FieldsDraw; children: NodeDraw[]; headless: boolean }

const leafArb: fc.Arbitrary<NodeDraw> = fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.constant([]), headless: fc.boolean() });
const itemArb: fc.Arbitrary<NodeDraw> = fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.array(leafArb, { maxLength: 2 }), headless: fc.boolean() });
const taskArb: fc.Arbitrary<NodeDraw> = fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.array(itemArb, { maxLength: 3 }), headless: fc.constant(false) });
const midArb: fc.Arbitrary<NodeDraw> = fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.array(taskArb, { minLength: 1, maxLength: 3 }), headless: fc.constant(false) });

export interface PlanArbOptions {
  /**
   * Every task names its lead department, as the linter asks (rule task-no-lead). In a text format a task's kind is
   * read from the text (docs/importer-grammar.md): the level whose headings carry departments is the task level, so a
   * plan whose tasks name none while their items do reads, as real plans of that shape are read, with the items as
   * the tasks. The Word export does not depend on it (its departments are in the 分解表, which names the tasks).
   */
  tasksLead?: boolean;
  /**
   * Departments only on tasks and actions (行动 is a labelled level): in a text format the level whose headings name
   * departments is the task level (docs/importer-grammar.md). When a section over the tasks, or every point under
   * them, names departments as the tasks do, the text says the same as a plan whose sections or points are its tasks,
   * and the importer reads it so (the level with the most such headings; a tie to the level above; a level above wins
   * when the points name them on some headings only, levels.ts). The Word export keeps every node's departments in
   * its 分解表, which names the tasks, and is checked with them anywhere.
   */
  departmentsOnTasks?: boolean;
  /**
   * A 专栏 may also stand inside the last task, that task's text or none (Word: the box's frame says where it ends,
   * shared/importer/parse.ts). A text format has no such edge: "2.深化一网通办改革" then the box and its 1. 2. reads as
   * the box beside task 2 at best, so the text properties draw the box where paper puts it (beside the task before it).
   */
  boxInTask?: boolean;
}

/** Plausible plans; see the file's comment and PlanArbOptions. */
export const planArbitrary = (opts: PlanArbOptions = {}): fc.Arbitrary<PlanDoc> => fc.record({
  where: fc.nat(DISTRICTS.length - 1),
  subject: fc.nat(TITLE_SUBJECTS.length - 1),
  start: fc.integer({ min: 2016, max: 2027 }),
  years: fc.integer({ min: 2, max: 4 }),
  docNo: fc.integer({ min: 1, max: 120 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  addressees: fc.uniqueArray(fc.nat(ADDRESSEES.length - 1), { maxLength: 3 }),
  /** The 通知: none, the usual sentence, or one with its own title line, a second paragraph and a 附注. */
  notice: fc.nat(2),
  preamble: bodyArb,
  goals: fc.array(fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.constant([]), headless: fc.constant(false) }), { maxLength: 2 }),
  /** How 主要任务 is organised: sections with tasks, actions with tasks, or tasks directly under the part. */
  layout: fc.constantFrom('sections', 'actions', 'tasks'),
  mids: fc.array(midArb, { minLength: 1, maxLength: 3 }),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  box: fc.option(fc.record({ h: fc.nat(10), inTask: fc.boolean(), items: fc.array(fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb }), { minLength: 1, maxLength: 3 }) }), { nil: null }),
  guarantees: fc.array(fc.record({ h: fc.nat(50), body: bodyArb, f: fieldsArb, children: fc.constant([]), headless: fc.constant(false) }), { maxLength: 3 }),
  /** The library's and the template's fields: a city, the status, made from a template (keeping a dated reference), written numbers. */
  library: fc.record({ city: fc.boolean(), status: fc.nat(PLAN_STATUSES.length - 1), template: fc.boolean(), numbered: fc.boolean() }),
}).map((d) => {
  idSeq = 0;
  const place = DISTRICTS[d.where];
  const period = { start: d.start, end: d.start + d.years - 1 };
  const yearOf = (k: number) => period.start + (k % d.years);
  const sentences = (b: number[]) => b.map((i) => SENTENCES[i]).join('\n');
  const fields = (f: FieldsDraw): Partial<PlanNode> => {
    if (f.withFields === 0) return {};
    const lead = f.lead.map((i) => DEPARTMENTS[i]);
    const partners = f.partners.map((i) => DEPARTMENTS[i]).filter((p) => !lead.includes(p));
    const indicators: Indicator[] = [];
    for (const i of f.indicators) {
      const name = INDICATOR_NAMES[i.name];
      if (indicators.some((x) => x.name === name)) continue;
      const year = i.year === null ? null : yearOf(i.year);
      // A target without a figure is its name, words and year: a comparator or a unit qualifies a figure, and no
      // text or table prints one without it (the linter asks for the value: indicator-no-value; docs/exchange.md)
      if (i.form === 0) { indicators.push({ name, value: null, unit: '', comparator: '=', year, text: `${name}${TARGET_WORDS[i.unit % TARGET_WORDS.length]}` }); continue; }
      const text = i.form === 1 ? `到${year ?? period.end}年，${name}达到${i.value}${UNITS[i.unit]}` : '';
      indicators.push({ name, value: i.value, unit: UNITS[i.unit], comparator: COMPARATORS[i.comparator], year, text });
    }
    // (the same milestone twice on one node is one milestone entered twice, which the exports print twice and a
    // re-import reads once: the linter tells the planner at entry, under the milestones, with a fix that removes the
    // copy — rule milestone-duplicate, shared/lint.ts —, so a plan as entered holds it once: drawn once)
    const milestones: Milestone[] = [];
    for (const m of f.milestones) {
      const x = { year: yearOf(m.year), stage: m.stage, text: MILESTONE_TEXTS[m.text] };
      if (!milestones.some((y) => y.year === x.year && y.stage === x.stage && y.text === x.text)) milestones.push(x);
    }
    // a lead written with its （牵头） mark, as some plans and planners do
    if (f.leadMark && lead.length) lead[0] = `${lead[0]}（牵头）`;
    const has = [lead.length + partners.length > 0, milestones.length > 0, indicators.length > 0];
    const stated = STATED_FIELDS.filter((_, k) => has[k] && f.stated & (1 << k));
    return { lead, partners, indicators, milestones, themes: f.themes.map((k) => THEME_NAMES[k]), ...(f.unreviewed ? { unreviewed: true } : {}), ...(stated.length ? { statedOnImport: stated } : {}) };
  };
  const sectionFields = (f: FieldsDraw): Partial<PlanNode> => (opts.departmentsOnTasks ? { ...fields(f), lead: [], partners: [] } : fields(f));
  const goals = new Pool(GOAL_HEADINGS);
  const works = new Pool(WORK_HEADINGS);
  const safeguards = new Pool(SAFEGUARD_HEADINGS);
  const actions = new Pool(ACTION_HEADINGS);
  const tasks = new Pool(TASK_HEADINGS);
  const items = new Pool(ITEM_HEADINGS);
  const boxes = new Pool(BOX_HEADINGS);
  // Two points without a heading that open with the same sentence are drawn with a heading instead: the 分解表 (and
  // the Markdown annex) names such a point by its number and first words, and two of them under one task with the same
  // number are not told apart (a known limit, docs/exchange.md).
  const openings = new Set<string>();
  const itemNode = (x: NodeDraw): PlanNode => {
    const body = sentences(x.body);
    // an item without a heading is its text alone (（1）推进…。); it needs text then
    const first = body.split('\n')[0];
    const headless = x.headless && body !== '' && !openings.has(first);
    if (headless) openings.add(first);
    const f = fields(x.f);
    if (opts.departmentsOnTasks) { f.lead = []; f.partners = []; }
    return node('item', { heading: headless ? '' : items.take(x.h), body, ...f, children: x.children.map(itemNode) });
  };
  const taskNode = (x: NodeDraw): PlanNode => {
    const f = fields(x.f);
    if (opts.tasksLead && !f.lead?.length) {
      const lead = DEPARTMENTS.find((d, k) => k >= x.h % DEPARTMENTS.length && !f.partners?.includes(d)) ?? DEPARTMENTS[0];
      f.lead = [lead];
      f.partners = (f.partners ?? []).filter((p) => p !== lead);
    }
    return node('task', { heading: tasks.take(x.h), body: sentences(x.body), ...f, children: x.children.map(itemNode) });
  };
  const nodes: PlanNode[] = [];
  nodes.push(node('part', { heading: '总体要求', children: d.goals.map((g) => node('section', { heading: goals.take(g.h), body: sentences(g.body), ...sectionFields(g.f) })) }));
  const main = node('part', { heading: '主要任务' });
  if (d.layout === 'sections') main.children = d.mids.map((m) => node('section', { heading: works.take(m.h), body: sentences(m.body), ...sectionFields(m.f), children: m.children.map(taskNode) }));
  else if (d.layout === 'actions') main.children = d.mids.map((m) => node('action', { heading: actions.take(m.h), body: sentences(m.body), ...fields(m.f), children: m.children.map(taskNode) }));
  else main.children = d.tasks.map(taskNode);
  if (d.box) {
    // Where a 专栏 reads on paper (Word and Markdown print no nesting of their own; docs/importer-grammar.md): after
    // the text of the task before it, it stands beside that task — a child of the section, action or part holding the
    // tasks, drawn so, after a last task with text. A 专栏 inside a task with no text at all ("2.深化一网通办改革" then
    // the box, its projects numbered 1. 2. as tasks are) is drawn with `boxInTask` (Word: the box's frame ends it; a
    // text has no such edge, see PlanArbOptions). Its projects name no departments: a project line "3.…" after tasks 1. and 2. that names
    // departments is, as a document reads, the next task (the numbering the box interrupted goes on), which no
    // printed form can tell from a project.
    const last = main.children[main.children.length - 1];
    const outer = d.layout === 'tasks' ? main : last;
    const lastTask = outer.children[outer.children.length - 1];
    const inTask = opts.boxInTask && d.box.inTask;
    // (a box inside a task with text stands beside it on paper too: inside, the task's content is its box)
    if (inTask) { lastTask.body = ''; lastTask.children = []; }
    else if (!lastTask.body && !lastTask.children.length) lastTask.body = SENTENCES[d.box.h % SENTENCES.length];
    const holder = inTask ? lastTask : outer;
    holder.children.push(node('box', { heading: boxes.take(d.box.h), children: d.box.items.map((it) => node('item', { heading: items.take(it.h), body: sentences(it.body), ...fields(it.f), lead: [], partners: [] })) }));
  }
  nodes.push(main);
  if (d.guarantees.length) nodes.push(node('part', { heading: '保障措施', children: d.guarantees.map((g) => node('section', { heading: safeguards.take(g.h), body: sentences(g.body), ...sectionFields(g.f) })) }));
  const title = `${place.district}${TITLE_SUBJECTS[d.subject]}（${period.start}—${period.end}年）`;
  const issuedYear = period.start;
  // a plan made from a template (basedOn: the template's id in the library) that kept a dated reference in its
  // preamble for the planner to check (meta.templateRefs, lint template-reference)
  const preamble = (sentences(d.preamble) || '为加快推进相关工作，结合本区实际，制定本方案。') + (d.library.template ? '\n按照“十四五”规划部署，结合本区实际，制定本方案。' : '');
  const doc: PlanDoc = {
    format: FORMAT,
    meta: {
      title,
      district: place.district,
      city: d.library.city ? '江州市' : null,
      period,
      issuer: place.office,
      docNumber: `${place.short}府办发〔${issuedYear}〕${d.docNo}号`,
      // an upward document's 签发人 on one plan in three (GB/T 9704 §7.2.6)
      ...(d.docNo % 3 === 0 ? { signer: SIGNERS[Math.floor(d.docNo / 3) % SIGNERS.length] } : {}),
      issuedOn: `${issuedYear}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      // a 印发日期 (the day it went to print, GB/T 9704 §7.4.3) other than the 成文日期 on one plan in four
      ...(d.docNo % 4 === 1 ? { printedOn: `${issuedYear}-${String(d.month).padStart(2, '0')}-${String(Math.min(28, d.day + 3)).padStart(2, '0')}` } : {}),
      addressees: d.addressees.map((i) => ADDRESSEES[i]),
      status: PLAN_STATUSES[d.library.status],
      source: null,
      basedOn: d.library.template ? `plan-${d.subject}${d.where}-template` : null,
      notice: [
        '',
        `经区政府同意，现将《${title}》印发给你们，请认真组织实施。`,
        `关于印发《${title}》的通知\n《${title}》已经区政府第${d.docNo}次常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。\n实施中遇到的问题，请及时向${place.office}反映。\n（此件公开发布）`,
      ][d.notice],
      preamble,
      ...(d.library.template ? { templateRefs: [{ nodeId: null, field: 'meta.preamble', quote: '十四五', kind: 'five-year' as const }] } : {}),
    },
    // (the numbers as written: an imported plan holds those of its text, which the exports print again)
    nodes: d.library.numbered ? applyNumbers(nodes) : nodes,
  };
  return doc;
});

/** Plausible plans, any task with or without departments. */
export const planArb = planArbitrary();
