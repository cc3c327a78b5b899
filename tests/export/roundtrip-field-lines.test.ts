/**
 * Field lines of a node's text through Markdown and Word and back (docs/exchange.md, "Field lines"; nothing entered is
 * lost): a field line that says more than its field (区经委等相关部门, 责任单位 with a remark, 配合单位 on a line of its
 * own) keeps its words; a field the planner emptied in the field forms stays empty, though the text still states it;
 * a line typed into the text of a field never entered comes back as the field. The same from the Markdown export (with
 * and without annexes) and from the Word export (the official document, and without cover or annexes), and a second
 * Markdown round trip writes the same Markdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile, importText } from '../../shared/importer/index';
import { lintPlan } from '../../shared/lint';
import { emptyNode, walk, type Indicator, type Milestone, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { departmentsFieldLine, departmentsOf, indicatorsFieldLine, milestonesFieldLine, readFieldLine, type FieldLine } from '../../shared/importer/fieldlines';
import { DEPARTMENTS } from '../helpers/plan-arbitrary';
import { insertNode, updateNode } from '../../shared/tree';

const TEXT = [
  '东湖区推进数字化转型三年行动计划（2025—2027年）',
  '一、主要任务',
  '1.推进审批制度改革。深化放管服改革。',
  '牵头单位：区经委等相关部门',
  '2.建设城市大脑。统筹全区数据资源。',
  '责任单位：区科委（负责统筹）',
  '3.建设千兆光网。推进光纤入户。',
  '牵头单位：区科委',
  '配合单位：区经委等相关部门',
  '4.建设城市数据中心。集约建设算力设施。',
  '牵头单位：区数据局',
  '指标：数据中心机架数不低于500个（2027年）',
  '年度节点：2026年完成：建成投入使用',
  '5.发展智慧商圈。推动重点商圈数字化改造（牵头单位：区商务委）。',
  '6.推进智慧养老。建设养老服务平台。',
].join('\n');

const byHeading = (d: PlanDoc, h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)?.node;
const set = (d: PlanDoc, h: string, patch: (n: PlanNode) => Partial<PlanNode>): PlanDoc => {
  const n = byHeading(d, h)!;
  return { ...d, nodes: updateNode(d.nodes, n.id, patch(n), 'content') };
};

/** The plan as imported from a text, then edited in the field forms and the text. */
function edited(): PlanDoc {
  let d = importText(TEXT, 'plan.txt');
  // every field of task 4 emptied in the field forms (its text still states them), the departments of task 5 too
  // (a bracketed annotation in its sentence states them)
  d = set(d, '建设城市数据中心', () => ({ lead: [], partners: [], indicators: [], milestones: [] }));
  d = set(d, '发展智慧商圈', () => ({ lead: [], partners: [] }));
  // lines typed into the text of task 6, whose fields were never entered
  d = set(d, '推进智慧养老', (n) => ({ body: `${n.body}\n牵头单位：区民政局\n年度节点：2026年启动：建成平台` }));
  // a task added in the editor, its fields stated only in its text
  const part = d.nodes[0];
  const t7: PlanNode = { ...emptyNode('t7', 'task'), heading: '推进智慧交通', body: '建设智能信号灯。\n牵头单位：区交通委\n指标：智能信号灯覆盖率不低于80%（2027年）' };
  return { ...d, nodes: insertNode(d.nodes, part.id, part.children.length, t7) };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const FORMATS: [string, (d: PlanDoc) => Promise<PlanDoc>][] = [
  ['Markdown', async (d) => importFile({ bytes: utf8(buildMarkdown(d)), fileName: 'plan.md' })],
  ['Markdown with annexes', async (d) => importFile({ bytes: utf8(buildMarkdown(d, { annexes: true })), fileName: 'plan.md' })],
  ['Word (cover, annexes)', async (d) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' })],
  ['Word without cover or annexes', async (d) => importFile({ bytes: await buildDocx(d, { cover: false, annexes: false }), fileName: 'plan.docx' })],
];

const fields = (n: PlanNode | undefined) => n && ({
  lead: n.lead, partners: n.partners,
  milestones: n.milestones.map((m) => [m.year, m.stage, m.text]),
  indicators: n.indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year]),
});
const lines = (n: PlanNode | undefined) => (n?.body ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

describe('field lines through Markdown and Word', () => {
  const doc = edited();
  it('the plan as edited: the import read the lines of tasks 1–5, not those typed into 6 and 7', () => {
    expect(['推进审批制度改革', '建设城市大脑', '建设千兆光网', '建设城市数据中心', '发展智慧商圈', '推进智慧养老', '推进智慧交通'].map((h) => byHeading(doc, h)!.statedOnImport ?? []))
      .toEqual([['departments'], ['departments'], ['departments'], ['departments', 'milestones', 'indicators'], ['departments'], [], []]);
  });

  for (const [name, roundTrip] of FORMATS) {
    describe(name, () => {
      it('a field line that says more than its field keeps its words, and its field', async () => {
        const back = await roundTrip(doc);
        expect(lines(byHeading(back, '推进审批制度改革'))).toContain('牵头单位：区经委等相关部门');
        expect(fields(byHeading(back, '推进审批制度改革'))).toEqual(fields(byHeading(doc, '推进审批制度改革')));
        expect(lines(byHeading(back, '建设城市大脑'))).toContain('责任单位：区科委（负责统筹）');
        expect(fields(byHeading(back, '建设城市大脑'))).toEqual(fields(byHeading(doc, '建设城市大脑')));
        expect(lines(byHeading(back, '建设千兆光网'))).toEqual(['推进光纤入户。', '牵头单位：区科委', '配合单位：区经委等相关部门']);
        expect(fields(byHeading(back, '建设千兆光网'))).toEqual({ lead: ['区科委'], partners: ['区经委'], milestones: [], indicators: [] });
      });

      it('a field emptied in the field forms stays empty, though the text stated it (a line, an annotation)', async () => {
        const back = await roundTrip(doc);
        expect(fields(byHeading(back, '建设城市数据中心'))).toEqual({ lead: [], partners: [], milestones: [], indicators: [] });
        expect(lines(byHeading(back, '建设城市数据中心'))).toEqual(['集约建设算力设施。']);
        expect(fields(byHeading(back, '发展智慧商圈'))?.lead).toEqual([]);
        expect(byHeading(back, '发展智慧商圈')!.body).not.toContain('区商务委');
      });

      it('a line typed into the text of a field never entered comes back as the field', async () => {
        const back = await roundTrip(doc);
        expect(fields(byHeading(back, '推进智慧养老'))).toEqual({ lead: ['区民政局'], partners: [], milestones: [[2026, '启动', '建成平台']], indicators: [] });
        expect(fields(byHeading(back, '推进智慧交通'))).toEqual({ lead: ['区交通委'], partners: [], milestones: [], indicators: [['智能信号灯覆盖率', 80, '%', '>=', 2027]] });
      });
    });
  }

  it('Markdown: export → import → export writes the same Markdown, and a second round trip too', async () => {
    const again = async (md: string, annexes: boolean) => buildMarkdown(await importFile({ bytes: utf8(md), fileName: 'plan.md' }), { annexes });
    const md1 = buildMarkdown(doc);
    expect(await again(md1, false)).toBe(md1);
    // (with annexes, the first export's 分解表 and 指标表 hold the fields as entered: the typed lines' fields are empty
    // there, and filled once the import has read the lines)
    const md2 = await again(buildMarkdown(doc, { annexes: true }), true);
    expect(await again(md2, true)).toBe(md2);
  });

  it('the linter: the emptied fields\' statements are stale (the fix deletes them), the typed lines are not', () => {
    const found = lintPlan(doc).filter((f) => f.rule === 'field-line-stale');
    const at = (h: string) => found.filter((f) => f.nodeId === byHeading(doc, h)!.id);
    expect(at('建设城市数据中心').map((f) => f.fix?.replacement)).toEqual(['', '', '']);
    expect(at('发展智慧商圈').map((f) => f.fix?.replacement)).toEqual(['']);
    expect([...at('推进智慧养老'), ...at('推进智慧交通'), ...at('推进审批制度改革'), ...at('建设城市大脑'), ...at('建设千兆光网')]).toEqual([]);
  });
});

describe('a plan imported before the import recorded what its texts stated (meta.source without statedRecorded)', () => {
  /** The edited plan as a library holds one imported before: a source, no statedRecorded, no node's statedOnImport. */
  async function legacy(): Promise<{ now: PlanDoc; old: PlanDoc }> {
    const imported = await importFile({ bytes: utf8(TEXT), fileName: 'plan.txt' });
    expect(imported.meta.source?.statedRecorded).toBe(true);
    let now = imported;
    now = set(now, '建设城市数据中心', () => ({ lead: [], partners: [], indicators: [], milestones: [] }));
    const strip = (ns: PlanNode[]): PlanNode[] => ns.map(({ statedOnImport: _s, ...n }) => ({ ...n, children: strip(n.children) }));
    const { statedRecorded: _r, ...source } = now.meta.source!;
    const old: PlanDoc = { ...now, meta: { ...now.meta, source }, nodes: strip(now.nodes) };
    return { now, old };
  }

  it('an emptied field\'s statements are read as emptied, as before: Word and Markdown print none, the linter flags them', async () => {
    const { old } = await legacy();
    for (const [name, roundTrip] of FORMATS) {
      const back = await roundTrip(old);
      expect(fields(byHeading(back, '建设城市数据中心')), name).toEqual({ lead: [], partners: [], milestones: [], indicators: [] });
      expect(lines(byHeading(back, '建设城市数据中心')), name).toEqual(['集约建设算力设施。']);
    }
    const found = lintPlan(old).filter((f) => f.rule === 'field-line-stale' && f.nodeId === byHeading(old, '建设城市数据中心')!.id);
    expect(found.map((f) => f.fix?.replacement)).toEqual(['', '', '']);
    // (the plan itself is not changed: the exports read a copy)
    expect(byHeading(old, '建设城市数据中心')!.statedOnImport).toBeUndefined();
  });

  it('a plan imported now with the same edit reads the same; a line typed into a field never entered prints in both', async () => {
    const { now, old } = await legacy();
    const typed = (d: PlanDoc) => set(d, '推进智慧养老', (n) => ({ body: `${n.body}\n牵头单位：区民政局` }));
    expect(buildMarkdown(typed(now))).toContain('牵头单位：区民政局');
    expect(lines(byHeading(await FORMATS[2][1](typed(now)), '建设城市数据中心'))).toEqual(['集约建设算力设施。']);
    // (in a plan imported before, a typed line is read as the import's: the one reading these plans ever had)
    expect(buildMarkdown(typed(old))).not.toContain('牵头单位：区民政局');
  });
});

// --- the property -------------------------------------------------------------------------------------------------

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 25;
const PERIOD = { start: 2025, end: 2027 };
const TASKS = ['建设千兆光网', '推进5G网络深度覆盖', '建设城市数据中心', '深化一网通办改革', '推进一网统管建设', '建设智慧教育平台'];
const SENTENCES = ['推进千兆光网进小区、进楼宇。', '统筹建设区级数据中心，提升算力供给能力。', '推动高频政务服务事项全程网办。',
  '加强部门协同，形成工作合力。', '建立健全工作推进机制，定期通报进展情况。', '落实财政资金保障，积极引导社会资本投入。'];
const MILESTONE_TEXTS = ['完成建设方案编制', '完成试点建设', '全面推广应用', '实现全区覆盖', '建成投入使用'];
const INDICATOR_NAMES = ['千兆光网覆盖率', '政务服务事项全程网办率', '5G基站数', '数据中心机架数', '养老床位数', '智慧社区覆盖率'];
const UNITS = ['%', '个', '万户', '亿元', '张'];
const COMPARATORS = ['>=', '<=', '=', '>', '<', '~'] as const;

const deptsArb = fc.record({ lead: fc.uniqueArray(fc.nat(DEPARTMENTS.length - 1), { minLength: 1, maxLength: 2 }), partners: fc.uniqueArray(fc.nat(DEPARTMENTS.length - 1), { maxLength: 2 }) })
  .map(({ lead, partners }) => ({ lead: lead.map((i) => DEPARTMENTS[i]), partners: partners.filter((i) => !lead.includes(i)).map((i) => DEPARTMENTS[i]) }));
const milestonesArb = fc.uniqueArray(fc.record({ year: fc.integer({ min: PERIOD.start, max: PERIOD.end }), stage: fc.constantFrom<Milestone['stage']>('启动', '推进', '完成', null), text: fc.constantFrom(...MILESTONE_TEXTS) }),
  { minLength: 1, maxLength: 3, selector: (m) => `${m.year}${m.stage}${m.text}` });
const indicatorsArb = fc.uniqueArray(fc.record({ name: fc.constantFrom(...INDICATOR_NAMES), value: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 999 }).map((v) => v / 10)),
  unit: fc.constantFrom(...UNITS), comparator: fc.constantFrom(...COMPARATORS), year: fc.option(fc.integer({ min: PERIOD.start, max: PERIOD.end }), { nil: null }) }),
  { minLength: 1, maxLength: 2, selector: (i) => i.name }).map((xs) => xs.map((i): Indicator => ({ ...i, text: '' })));

/** A departments statement as planners write them: the export's line, or with words beyond the field. */
const deptLinesArb = fc.tuple(deptsArb, fc.nat(5)).map(([d, form]): string[] => {
  const L = d.lead.join('、');
  const P = d.partners.join('、');
  switch (form) {
    case 0: return [departmentsFieldLine(d)!];
    case 1: return [`牵头单位：${L}等相关部门`];
    case 2: return P ? [`牵头单位：${L}`, `配合单位：${P}等相关部门`] : [`牵头单位：${L}`];
    case 3: return [`责任单位：${L}（负责统筹）`];
    case 4: return [`【牵头单位：${L}${P ? `；配合单位：${P}` : ''}】`];
    default: return [`责任单位：${L}${P ? `，${P}配合` : ''}`];
  }
});
const msLinesArb = milestonesArb.map((ms) => [milestonesFieldLine(ms)!]);
const indLinesArb = indicatorsArb.map((is) => [indicatorsFieldLine(is)!]);

/** Per field: keep what the import read, change it in the field forms, or empty it. */
const editArb = fc.constantFrom('keep', 'change', 'empty');
const taskArb = fc.record({
  text: fc.uniqueArray(fc.nat(SENTENCES.length - 1), { maxLength: 2 }).map((xs) => xs.map((i) => SENTENCES[i])),
  /** Statements in the document imported (a field line each, or none). */
  depts: fc.option(deptLinesArb, { nil: null }), ms: fc.option(msLinesArb, { nil: null }), inds: fc.option(indLinesArb, { nil: null }),
  /** A departments annotation closing the first sentence instead of a line. */
  annotation: fc.boolean(),
  edit: fc.record({ depts: editArb, ms: editArb, inds: editArb }),
  newDepts: deptsArb, newMs: milestonesArb, newInds: indicatorsArb,
  /** Lines the planner types into the text afterwards, for a field the import did not read (left empty in the forms). */
  typed: fc.record({ depts: fc.option(deptLinesArb, { nil: null }), ms: fc.option(msLinesArb, { nil: null }), inds: fc.option(indLinesArb, { nil: null }) }),
});
const planArb = fc.array(taskArb, { minLength: 1, maxLength: TASKS.length });

type TaskDraw = typeof taskArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The document a planner imported, as Markdown: the tasks with their statements. (Not as a .txt: the text reader joins
 * a line ending without a mark to the next when the text looks wrapped at that width — a field line as long as the
 * lines around it followed by "2.…" became one line; a Markdown paragraph is its own.)
 */
function sourceText(tasks: TaskDraw[]): string {
  const out = ['# 东湖区推进数字化转型三年行动计划（2025—2027年）', '## 一、主要任务'];
  tasks.forEach((t, k) => {
    const text = [...t.text];
    const lines = [...(t.depts ?? []), ...(t.ms ?? []), ...(t.inds ?? [])];
    if (t.annotation && t.depts && text.length && !t.ms && !t.inds) {
      // (the departments as an annotation in the sentence: （牵头单位：A；配合单位：B）)
      const d = departmentsOf(t.depts.map((l) => readFieldLine(l)!).filter(Boolean) as FieldLine[])!;
      text[0] = text[0].replace(/。$/, `（${departmentsFieldLine(d)}）。`);
      lines.splice(0, t.depts.length);
    }
    out.push(`### ${k + 1}.${TASKS[k]}`, ...(text.length ? [text.join('')] : []), ...lines);
  });
  return out.join('\n\n') + '\n';
}

const value = (n: Pick<PlanNode, 'lead' | 'partners' | 'milestones' | 'indicators'>) => ({
  lead: n.lead, partners: n.partners,
  milestones: n.milestones.map((m) => [m.year, m.stage, m.text.trim()]),
  indicators: n.indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year]),
});
const readLines = (ls: string[]) => {
  const fs = ls.map((l) => readFieldLine(l)!);
  const d = departmentsOf(fs);
  return { lead: d?.lead ?? [], partners: d?.partners ?? [], milestones: fs.flatMap((f) => (f.field === 'milestones' ? f.milestones : [])), indicators: fs.flatMap((f) => (f.field === 'indicators' ? f.indicators : [])) };
};

/** The plan imported and edited as drawn; per task what the fields must be after a round trip, and the lines kept. */
async function drawnPlan(tasks: TaskDraw[]) {
  let doc = await importFile({ bytes: utf8(sourceText(tasks)), fileName: 'plan.md' });
  const expected: { heading: string; fields: ReturnType<typeof value>; keep: string[] }[] = [];
  tasks.forEach((t, k) => {
    const n = byHeading(doc, TASKS[k])!;
    const patch: Partial<PlanNode> = {};
    const stated = new Set(n.statedOnImport ?? []);
    if (t.edit.depts === 'change') Object.assign(patch, t.newDepts);
    if (t.edit.depts === 'empty') Object.assign(patch, { lead: [], partners: [] });
    if (t.edit.ms !== 'keep') patch.milestones = t.edit.ms === 'change' ? t.newMs : [];
    if (t.edit.inds !== 'keep') patch.indicators = t.edit.inds === 'change' ? t.newInds : [];
    const after = { ...n, ...patch };
    // typed into the text: only for a field the import did not read and that is empty
    const typed: string[] = [];
    if (t.typed.depts && !stated.has('departments') && !after.lead.length && !after.partners.length) typed.push(...t.typed.depts);
    if (t.typed.ms && !stated.has('milestones') && !after.milestones.length) typed.push(...t.typed.ms);
    if (t.typed.inds && !stated.has('indicators') && !after.indicators.length) typed.push(...t.typed.inds);
    if (typed.length) patch.body = [n.body, ...typed].filter(Boolean).join('\n');
    doc = set(doc, TASKS[k], () => patch);
    const m = byHeading(doc, TASKS[k])!;
    // what must come back: every field's value as entered; a field left empty, what the lines typed into it say
    const t2 = readLines(typed);
    const fields = value({
      lead: m.lead.length || m.partners.length ? m.lead : t2.lead, partners: m.lead.length || m.partners.length ? m.partners : t2.partners,
      milestones: m.milestones.length ? m.milestones : t2.milestones, indicators: m.indicators.length ? m.indicators : t2.indicators,
    });
    // the words that must stay: the text's sentences, the typed lines, and every line of a field that still holds it
    // (the sentences follow the heading: one paragraph)
    const annotated = !!(t.annotation && t.depts && t.text.length && !t.ms && !t.inds);
    const keep = [...(t.text.length && !annotated ? [t.text.join('')] : []), ...typed];
    for (const [edit, ls] of [[t.edit.depts, t.depts], [t.edit.ms, t.ms], [t.edit.inds, t.inds]] as const) if (edit === 'keep' && ls && !(ls === t.depts && annotated)) keep.push(...ls);
    // (the import of the source gave no text to a task whose text was only the lines the export prints: printedFieldsOnly)
    expected.push({ heading: TASKS[k], fields, keep: keep.filter((l) => lines(m).includes(l)) });
  });
  return { doc, expected };
}

describe('field lines through Markdown and back, over plans nobody wrote (property)', () => {
  it('the plans drawn hold what the property is about: lines with words beyond the field kept, fields emptied, lines typed', async () => {
    const seen = { extraKept: 0, emptied: 0, typed: 0, changed: 0 };
    for (const tasks of fc.sample(planArb, 40)) {
      const { doc, expected } = await drawnPlan(tasks);
      tasks.forEach((t, k) => {
        const n = byHeading(doc, TASKS[k])!;
        const stated = n.statedOnImport ?? [];
        if (expected[k].keep.some((l) => /等相关部门|负责统筹|配合$|^【/.test(l))) seen.extraKept++;
        if (stated.includes('departments') && !n.lead.length && !n.partners.length) seen.emptied++;
        if (stated.includes('milestones') && !n.milestones.length) seen.emptied++;
        if (Object.values(t.typed).some(Boolean) && n.body.split('\n').some((l) => readFieldLine(l) && !stated.includes(readFieldLine(l)!.field))) seen.typed++;
        if (Object.values(t.edit).includes('change')) seen.changed++;
      });
    }
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThan(10);
  });

  it('Markdown export → import: every field as entered (a field left empty: what the lines typed into it say), the planner\'s words kept; export → import → export is stable', async () => {
    await fc.assert(fc.asyncProperty(planArb, fc.boolean(), async (tasks, annexes) => {
      const { doc, expected } = await drawnPlan(tasks);
      const md1 = buildMarkdown(doc, { annexes });
      const back = await importFile({ bytes: utf8(md1), fileName: 'plan.md' });
      for (const e of expected) {
        const n = byHeading(back, e.heading);
        expect(n, e.heading).toBeDefined();
        expect(value(n!), `${e.heading}\n${md1}`).toEqual(e.fields);
        // (a text that is nothing but the lines the export prints for the fields comes back as no text: printedFieldsOnly)
        const had = lines(n);
        expect(e.keep.filter((l) => !had.includes(l) && !(had.length === 0 && !e.keep.some((x) => !readFieldLine(x)))), `${e.heading}\n${md1}`).toEqual([]);
      }
      const md2 = buildMarkdown(back, { annexes });
      if (!annexes) expect(md2).toBe(md1);
      const md3 = buildMarkdown(await importFile({ bytes: utf8(md2), fileName: 'plan.md' }), { annexes });
      expect(md3).toBe(md2);
    }), { numRuns: RUNS * 2 });
  }, 120_000);

  it('Word (the official document, or without cover and annexes) → import: the same fields and words', async () => {
    await fc.assert(fc.asyncProperty(planArb, fc.boolean(), async (tasks, official) => {
      const { doc, expected } = await drawnPlan(tasks);
      const back = await importFile({ bytes: await buildDocx(doc, official ? { cover: true, annexes: true } : {}), fileName: 'plan.docx' });
      for (const e of expected) {
        const n = byHeading(back, e.heading);
        expect(n, e.heading).toBeDefined();
        // (the 分解表 gives a task's milestones year by year: in the order of the years)
        const byYear = (v: ReturnType<typeof value>) => ({ ...v, milestones: official ? [...v.milestones].sort((a, b) => Number(a[0]) - Number(b[0])) : v.milestones });
        expect(byYear(value(n!)), e.heading).toEqual(byYear(e.fields));
        const had = lines(n);
        expect(e.keep.filter((l) => !had.includes(l)), e.heading).toEqual([]);
      }
    }), { numRuns: RUNS });
  }, 240_000);
});
