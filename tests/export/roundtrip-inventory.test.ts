/**
 * "Nothing entered is lost", field by field: one plan with every field a user (or the library) can set, on every kind
 * of node, through every export and back — plan JSON, Word with and without its cover and annexes, Markdown with and
 * without annexes — and what each format carries is asserted as the inventory in docs/exchange.md ("Every field")
 * states it. What a format cannot carry, the export dialog says before exporting (shared/export/checks.ts
 * exportOmissions): asserted here to name exactly what the round trip loses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { exportOmissions } from '../../shared/export/checks';
import { sourceTableNotes } from '../../shared/export/sourcetable';
import { layoutPages } from '../../shared/export/pages';
import { isNoticeTitle } from '../../shared/text/notice';
import { importFile } from '../../shared/importer/index';
import { comparePlans } from '../../shared/compare/index';
import { FORMAT, PlanDoc, walk, type PlanNode } from '../../shared/model/plan';
import type { Annotation } from '../../shared/model/annotation';
import { fieldChanges, lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

let seq = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode>): PlanNode => ({ id: `n${++seq}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f });
/** Every node field set: departments, an indicator with a figure and one without, a milestone with and one without a stage, a hand-set theme, 未复核. */
const fields = (lead: string[], partners: string[], extra: Partial<PlanNode> = {}): Partial<PlanNode> => ({
  lead, partners,
  indicators: [
    { name: '千兆光网覆盖率', value: 95, unit: '%', comparator: '>=', year: 2026, text: '到2026年千兆光网覆盖率达到95%' },
    { name: '智慧社区覆盖率', value: null, unit: '%', comparator: '>=', year: 2027, text: '智慧社区覆盖率显著提升' },
  ],
  milestones: [{ year: 2025, stage: '启动', text: '完成方案编制' }, { year: 2026, stage: null, text: '建成一期平台' }],
  themes: ['宽带/5G', '重点民生实事'], unreviewed: true, ...extra,
});

const TITLE = '东湖区推进数字化转型三年行动计划（2025—2027年）';
const plan = (): PlanDoc => {
  seq = 0;
  const doc: PlanDoc = {
    format: FORMAT,
    meta: {
      title: TITLE, district: '东湖区', city: '江州市', period: { start: 2025, end: 2027 }, issuer: '东湖区人民政府办公室',
      docNumber: '东府办发〔2025〕12号', signer: '周明远', issuedOn: '2025-03-18', printedOn: '2025-03-20', addressees: ['各街道办事处', '区政府各委、办、局'], status: 'review',
      source: null, basedOn: 'plan-template-1', notice: `经区政府同意，现将《${TITLE}》印发给你们，请认真组织实施。`,
      preamble: '为加快推进数字化转型，按照“十四五”规划部署，制定本方案。',
      templateRefs: [{ nodeId: null, field: 'meta.preamble', quote: '十四五', kind: 'five-year' }],
    },
    nodes: [
      node('part', { heading: '总体要求', body: '坚持以人民为中心，统筹发展和安全。' }),
      node('part', { heading: '主要任务', children: [
        node('action', { heading: '新型基础设施建设行动', body: '统筹建设新型基础设施。', ...fields(['区科委'], ['区财政局']), children: [
          node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇。', ...fields(['区经委'], ['区财政局', '区数据局']), children: [
            node('item', { heading: '试点示范工程', body: '开展试点示范。', ...fields(['区数据局'], []) }),
          ] }),
          // a task whose content is its 专栏 (no text of its own)
          node('task', { heading: '深化一网通办改革', ...fields(['区政务服务中心'], ['区数据局'], { indicators: [], milestones: [] }), children: [
            node('box', { heading: '重点工程', children: [node('item', { heading: '平台升级工程', body: '升级政务服务平台。' }), node('item', { heading: '数据治理专项', body: '' })] }),
          ] }),
          node('task', { heading: '推进一网统管建设', body: '完善城市运行管理平台。', lead: ['区城管执法局'] }),
        ] }),
      ] }),
      node('part', { heading: '保障措施', body: '加强组织领导，强化资金保障。' }),
    ],
  };
  return PlanDoc.parse(doc);
};

const enc = (s: string) => new TextEncoder().encode(s);
type Format = 'json' | 'docx cover+annexes' | 'docx plain' | 'markdown annexes' | 'markdown plain';
async function roundTrip(doc: PlanDoc, f: Format): Promise<PlanDoc> {
  switch (f) {
    case 'json': return importFile({ bytes: enc(JSON.stringify(doc)), fileName: 'plan.json' });
    case 'docx cover+annexes': return importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'plan.docx' });
    case 'docx plain': return importFile({ bytes: await buildDocx(doc, {}), fileName: 'plan.docx' });
    case 'markdown annexes': return importFile({ bytes: enc(buildMarkdown(doc, { annexes: true })), fileName: 'plan.md' });
    case 'markdown plain': return importFile({ bytes: enc(buildMarkdown(doc)), fileName: 'plan.md' });
  }
}
const FORMATS: Format[] = ['json', 'docx cover+annexes', 'docx plain', 'markdown annexes', 'markdown plain'];
/** A corpus document (tests/corpus/docs/<prefix>-…) as imported. */
const loadCorpus = async (prefix: string) => {
  const name = readdirSync(join(ROOT, 'tests/corpus/docs')).find((f) => f.startsWith(`${prefix}-`))!;
  return importFile({ bytes: readFileSync(join(ROOT, 'tests/corpus/docs', name)), fileName: name });
};
/** One export and its import, and what it loses (plain Word prints no cover; the cover prints an office and a notice
 *  for a plan without them, which come back). */
const throughExport = async (d: PlanDoc, f: 'markdown plain' | 'docx plain' | 'docx cover+annexes') => {
  const b = await roundTrip(d, f);
  // (plain Word prints no cover; the cover prints an office and a notice for a plan without them, which come back)
  const skip = f === 'docx plain' ? NOT_IN_PLAIN_WORD
    : f === 'docx cover+annexes' ? [...(d.meta.issuer ? [] : ['issuer'] as const), ...(d.meta.notice.trim() ? [] : ['notice'] as const)] : [];
  return { b, lost: lost(d, b, { skipMeta: skip }) };
};
const nodesOf = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node);
const byHeading = (d: PlanDoc, h: string) => nodesOf(d).find((n) => n.heading === h)!;

describe('every field through every format (the inventory of docs/exchange.md)', async () => {
  const doc = plan();
  const back = Object.fromEntries(await Promise.all(FORMATS.map(async (f) => [f, await roundTrip(doc, f)] as const))) as Record<Format, PlanDoc>;

  it('plan JSON: the same plan, every field', () => {
    expect(back.json).toEqual(doc);
  });

  it.each(FORMATS.slice(1))('%s: the outline, every node\'s departments, indicators (name, figure, unit, comparator, year) and milestones, and the metadata it prints', (f) => {
    // (the target without a figure comes back as its name, words and year: see below)
    const figures = (d: PlanDoc): PlanDoc => ({ ...d, nodes: structuredClone(d.nodes).map(function strip(n: PlanNode): PlanNode { return { ...n, indicators: n.indicators.filter((i) => i.value !== null), children: n.children.map(strip) }; }) });
    const skip = f === 'docx plain' ? NOT_IN_PLAIN_WORD : [];
    // (a plan with a notice: the exports print it under its title 关于印发…的通知, which comes back as its first line)
    expect(lost(figures(doc), figures(back[f]), { skipMeta: skip })).toEqual([]);
    expect(back[f].meta.district).toBe('东湖区');
    expect(back[f].meta.period).toEqual({ start: 2025, end: 2027 });
    expect(back[f].meta.preamble.replace(/\s/g, '')).toBe(doc.meta.preamble);
    if (f !== 'docx plain') expect(back[f].meta.issuedOn).toBe('2025-03-18');
    else expect([back[f].meta.docNumber, back[f].meta.issuedOn, back[f].meta.addressees, back[f].meta.notice]).toEqual([null, null, [], '']);
  });

  it.each(FORMATS.slice(1))('%s: a target without a figure keeps its name, words and year; its comparator and unit are not printed', (f) => {
    const i = byHeading(back[f], '建设千兆光网').indicators.find((x) => x.value === null)!;
    expect([i.name, i.text.replace(/[。\s]/g, ''), i.year]).toEqual(['智慧社区覆盖率', '智慧社区覆盖率显著提升', 2027]);
    expect(i.comparator).toBe('=');
  });

  it.each(FORMATS.slice(1))('%s: not carried — city, status, basedOn, templateRefs, hand-set themes, 未复核, an indicator\'s source sentence — and the dialog says so', (f) => {
    const b = back[f];
    expect([b.meta.city, b.meta.basedOn, b.meta.templateRefs]).toEqual([null, null, undefined]);
    expect(b.meta.status).not.toBe('review');
    const task = byHeading(b, '建设千兆光网');
    expect(task.themes).not.toContain('重点民生实事');
    expect(task.unreviewed).toBeUndefined();
    expect(task.indicators.find((x) => x.value !== null)!.text).not.toBe('到2026年千兆光网覆盖率达到95%');
    const format = f.startsWith('docx') ? 'docx' : 'markdown';
    const said = exportOmissions(doc, format, { cover: f === 'docx cover+annexes' }).map((o) => o.code).sort();
    expect(said).toEqual([...(f === 'docx plain' ? ['cover'] : []), 'city', 'library', 'target-qualifiers', 'themes'].sort());
    // (未复核 and the template's references: the dialog asks about them before exporting, reviewGaps)
  });

  // The district, city and period come back from the lines the importer reads them from (the title, the issuer where
  // the format prints it, the preamble): a plan whose title does not name them loses them, and the dialog says so —
  // asserted against what the import gives back, variant by variant.
  const variants: Array<[string, (m: PlanDoc['meta']) => void]> = [
    ['a title without the period', (m) => { m.title = '东湖区推进数字化转型行动计划'; }],
    ['a title stating another period', (m) => { m.period = { start: 2025, end: 2028 }; }],
    ['a title without the period, the preamble stating it', (m) => { m.title = '东湖区推进数字化转型行动计划'; m.preamble = '本方案实施期限为2025—2027年。'; }],
    ['a title without the district, an issuer without it', (m) => { m.title = '推进数字化转型三年行动计划（2025—2027年）'; m.issuer = '区政府办公室'; }],
    ['a title without the district, the issuer naming it', (m) => { m.title = '推进数字化转型三年行动计划（2025—2027年）'; }],
    ['the city named by the issuer only', (m) => { m.issuer = '江州市东湖区人民政府办公室'; }],
  ];
  const years = (d: PlanDoc) => [...walk(d.nodes)].flatMap(({ node }) => node.indicators.map((i) => `${node.heading}|${i.name}|${i.value}|${i.year}`)).sort();
  it.each(variants)('%s: the district, city and period come back, or the dialog names the one that does not', async (_name, edit) => {
    const d = plan();
    edit(d.meta);
    d.meta.notice = d.meta.notice.replace(TITLE, d.meta.title); // (the notice quotes the plan's title)
    for (const f of FORMATS.slice(1)) {
      const b = await roundTrip(d, f);
      const lostMeta = [
        ...(b.meta.district !== d.meta.district ? ['district'] : []),
        ...(b.meta.city !== d.meta.city ? ['city'] : []),
        ...(JSON.stringify(b.meta.period) !== JSON.stringify(d.meta.period) ? ['period'] : []),
      ];
      const said = exportOmissions(d, f.startsWith('docx') ? 'docx' : 'markdown', { cover: f === 'docx cover+annexes' })
        .map((o) => o.code).filter((c) => c === 'district' || c === 'city' || c === 'period');
      expect(said.sort(), f).toEqual(lostMeta.sort());
      // (a period lost is no indicator's year lost: plain Word prints the years an import would read otherwise as a
      // 指标 line, the 主要指标表 and Markdown print them anyway)
      expect(years(b), f).toEqual(years(d));
    }
  });

  // the same on documents the importer read: the seeds and corpus documents whose district, city or period come from
  // each of the importer's rules (an issuer only, a one-character district, a sentence of the head, a year of work, a
  // title naming its length, a township's county, a county committee)
  const DOCS = [
    ...['000_c5ac5ec241139578', '001_93e2e572a76f2d41', '002_72028bf86ba9aa86', '003_95ba35a700e40d34', '004_5927250410f73846'].map((f) => `seeds/${f}.txt`),
    ...['15-traditional-notice', '73-fengong-yijian-fenguan-lingdao', '80-annex-yearly-targets-by-street', '90-duban-taizhang-progress-status', '92-zhen-xiangcun-xiangmuku-pdf',
      '101-quanhui-county-leaders-paren-numbers', '113-one-char-district-after-city', '114-district-named-in-sentence', '115-notice-year-from-body', '124-fenjie-fangan-index-rows-no-colon',
      // (142: its office in its title, which Markdown prints again as 发文机关：… — taken for the title said again, the
      // title line was dropped as a web page's; 150: a news page's lead "近日，中共临江市青川区委办公室…印发了《X》" kept as
      // its preamble, from which plain Word's import reads the city — the dialog said it lost; once Word's Title style
      // made the title line the title (session 40), the lead under it names the issuer and its place: 150 kept its city
      // and 227 — "青川新闻网讯　近日，临江市青川区东岭街道办事处印发了关于印发《X》的通知" under the title X — its district and
      // city, which the dialog said lost)
      '142-kaifaqu-yaodian-unnumbered-runin', '150-news-page-published-bare-toc', '227-xinwen-daoyu-guanyu-yinfa-jiedao-fangan'].map((f) => `tests/corpus/docs/${f}.txt`),
  ];
  it.each(DOCS)('%s: the district, city and period the dialog says are lost are those the import of each export loses', async (file) => {
    const d = await importFile({ bytes: readFileSync(join(ROOT, file)), fileName: file.split('/').pop()! });
    for (const f of ['docx cover+annexes', 'docx plain', 'markdown plain'] as const) {
      const b = await roundTrip(d, f);
      const lostMeta = (['district', 'city', 'period'] as const).filter((k) => JSON.stringify(b.meta[k]) !== JSON.stringify(d.meta[k]));
      const said = exportOmissions(d, f.startsWith('docx') ? 'docx' : 'markdown', { cover: f === 'docx cover+annexes' }).map((o) => o.code).filter((c) => c === 'district' || c === 'city' || c === 'period');
      expect(said.sort(), f).toEqual([...lostMeta].sort());
    }
  });

  // Plans whose outline an export lost before (found by exporting the seeds and the 123 corpus documents as imported,
  // each to Markdown, plain Word and Word with cover and annexes, and importing them again): 125, parts headed
  // "一、10件民生实事任务分解表" over tasks, was read as a table with nothing in it (the plan came back as a preamble);
  // 33, in 部分 over 一、 over （一）, was numbered 一、 （一） 1. 1. and its second section level came back as tasks
  // (117: a 街道办事处's plan, its office printed by Markdown as 发文机关：…, came back without it)
  // (116: the generated 主要指标表 names points without a heading by their number and text, "（1）完成老旧小区改造20个，…",
  // which the import did not find said by the plan, and kept the table as an annex)
  // (87: plain Word, a task "3.新建改建城市道路12公里，2025年底前建成滨河路二期。" read back without its closing 。: the
  // deadline read from it ran on into the next line, "…二期" ⏎ "任务来源：区政府工作报告")
  it.each(['33-five-levels', '117-jiedao-table-quarters-community-remarks', '125-minsheng-shishi-tables-under-headings', '116-lost-bullets-question-mark-pua', '87-duty-list-grouped-by-leader'])('%s: the outline and every field come back from each export', async (name) => {
    const d = await importFile({ bytes: readFileSync(join(ROOT, 'tests/corpus/docs', `${name}.txt`)), fileName: `${name}.txt` });
    for (const f of ['docx cover+annexes', 'docx plain', 'markdown annexes', 'markdown plain'] as const) {
      // (the cover prints an office and a notice for a plan without them: not compared)
      const skip = f === 'docx plain' ? NOT_IN_PLAIN_WORD : f === 'docx cover+annexes' ? (['issuer', 'notice'] as const) : [];
      expect(lost(d, await roundTrip(d, f), { skipMeta: skip }), f).toEqual([]);
    }
  });

  // Plans with a notice of their own (measured 2026-12-06 on the seeds and the 137 corpus documents, each exported
  // as Markdown, plain Word and Word with its cover and annexes: tests/tools/roundtrip-all.ts): the notice came back
  // otherwise — with the cover's 附件说明 "附件：<title>" as a paragraph more (105, 111, 16 …: read into the notice,
  // printed again by the next export), with the notice's own title, written with its office ("X区人民政府办公室关于
  // 印发…的通知", a joint notice's "…办公室印发…的通知", Traditional 關於印發), printed under a title the export made
  // and the two run together (15, 95), or, in Markdown, taken for a web page's title and dropped (62); and a notice
  // holding the 附件说明 and the plan's title line (119, 135: read so from the document) printed them twice.
  it.each(['15-traditional-notice', '16-traditional-notice-line', '62-pdf-unwrapped-page-breaks', '95-joint-party-notice-no-guanyu', '105-task-list-one-cell-per-line',
    '111-dangjian-leader-person-lines', '119-minsheng-list-investment-remarks', '135-law-site-bracket-index-rows'])('%s: its notice comes back as it was from each export', async (name) => {
    const d = await importFile({ bytes: readFileSync(join(ROOT, 'tests/corpus/docs', `${name}.txt`)), fileName: `${name}.txt` });
    expect(d.meta.notice).not.toBe('');
    expect(d.meta.notice).not.toMatch(/(^|\n)附件/);
    for (const f of ['docx cover+annexes', 'markdown annexes', 'markdown plain'] as const) {
      const b = await roundTrip(d, f);
      // (a notice without its own title is printed under 关于印发<title>的通知, which comes back as its first line)
      const made = !isNoticeTitle(d.meta.notice.split('\n')[0]) && /^关于印发.+的通知\n/.test(b.meta.notice);
      expect(b.meta.notice.replace(made ? /^.*\n/ : '', '').replace(/\s/g, ''), f).toBe(d.meta.notice.replace(/\s/g, ''));
      // (plain Word prints no notice; its plan comes back as the others: the outline and every field)
      expect(lost(d, b).filter((l) => !/^meta\.period/.test(l)), f).toEqual([]);
    }
  });

  // A 公文 issued without a notice keeps its 附注 "（此件公开发布）" as its notice's only paragraph: Markdown printed no
  // notice for it, so the 附注 was lost (73, a 分工意见 issued directly; 137, a notice that is itself the plan)
  // (114: a document whose head holds only its adoption line "（2025年1月16日…会议通过）", kept as its notice: Markdown
  // printed the district's office under it, as the Word cover's red header needs one, and it came back as the issuer)
  it.each(['73-fengong-yijian-fenguan-lingdao', '137-notice-annex-list-years-signature', '114-district-named-in-sentence'])('%s: the notice of a document issued without one (its 附注, its adoption line) comes back from Markdown, and no office it does not name', async (name) => {
    const d = await importFile({ bytes: readFileSync(join(ROOT, 'tests/corpus/docs', `${name}.txt`)), fileName: `${name}.txt` });
    expect(d.meta.issuer === null || d.meta.notice === '（此件公开发布）').toBe(true);
    for (const f of ['markdown annexes', 'markdown plain'] as const) expect(lost(d, await roundTrip(d, f)), f).toEqual([]);
  });

  // A plan as edited, with values the editor takes that no imported document had: sixteen partner departments, a lead
  // with a bracketed name, an indicator without a unit, decimals, ≤ and >, milestones in years before and after the
  // period, one with a clause after a colon, headings with brackets of each kind and with a colon ("（试点）PM2.5治理：
  // 实施…[2025版]": the Word and Markdown imports cut a heading at its colon, the rest came back as its text, and the
  // 附表 naming the heading whole was then kept as annexes beside the tasks).
  it('an edited plan with unusual values: every field back from JSON, Markdown and Word', async () => {
    const many = ['区发展改革委', '区财政局', '区规划资源局', '区住房城乡建设委', '区生态环境局', '区交通委', '区商务委', '区文化旅游局', '区卫生健康委', '区教育局', '区民政局',
      '区人力资源社会保障局', '区市场监管局', '区应急局', '各街道办事处', '各镇人民政府'];
    seq = 100;
    const d = PlanDoc.parse({ ...plan(), nodes: [node('part', { heading: '重点任务', children: [
      node('task', { heading: '推进“一网通办”（政务服务）改革', body: '深化政务服务改革。', lead: ['区政务服务中心', '区数据局(区大数据中心)'], partners: many,
        indicators: [{ name: '新建口袋公园', value: 12, unit: '', comparator: '=', year: 2026, text: '' }, { name: '政务服务事项网办率', value: 98.5, unit: '%', comparator: '>=', year: 2027, text: '' }],
        milestones: [{ year: 2024, stage: '启动', text: '开展前期调研' }, { year: 2026, stage: '推进', text: '2026年6月底前完成一期' }, { year: 2030, stage: '完成', text: '全面建成' }] }),
      node('task', { heading: '【重点】实施老旧小区改造（含加装电梯）', body: '改造老旧小区。', lead: ['区住房城乡建设委'], partners: ['区房管局'],
        indicators: [{ name: '加装电梯', value: 200, unit: '台', comparator: '>=', year: 2025, text: '' }], milestones: [{ year: 2025, stage: null, text: '完成200台' }] }),
      node('task', { heading: '（试点）PM2.5治理：实施“清洁空气”行动[2025版]', body: '治理大气污染；推进清洁能源替代。', lead: ['区生态环境局'], partners: ['区发展改革委', '区城管执法局'],
        indicators: [{ name: 'PM2.5年均浓度', value: 30, unit: '微克/立方米', comparator: '<=', year: 2027, text: '' }, { name: '财政投入', value: 1.25, unit: '亿元', comparator: '>=', year: 2025, text: '' },
          { name: '空气质量优良天数比例', value: 85, unit: '%', comparator: '>', year: 2026, text: '' }],
        milestones: [{ year: 2025, stage: '启动', text: '制定方案；开展监测' }, { year: 2028, stage: null, text: '巩固提升：长效管理' }],
        children: [node('item', { heading: '建设监测站点', body: '按点位规划建设空气监测站点。', lead: ['区生态环境局'], partners: ['各街道办事处'], milestones: [{ year: 2026, stage: '完成', text: '站点建成' }] })] }),
      node('task', { heading: '建设智慧停车平台(一期)', lead: ['区交通委'], milestones: [{ year: 2027, stage: '完成', text: '平台上线运行' }] }),
    ] })] });
    // (the metadata: seven addressees, 区政府各委、办、局 among them; a notice of two paragraphs and a 附注; a preamble of two)
    d.meta.addressees = ['各镇人民政府', '各街道办事处', '区政府各委、办、局', '各直属机构', '区属各国有企业', '各园区管委会', '驻区各单位'];
    d.meta.notice = `《${TITLE}》已经区政府第12次常务会议审议通过，现印发给你们，请认真贯彻落实。\n各单位要于每季度末将推进情况报区发展改革委。\n（此件公开发布）`;
    d.meta.preamble = '2025年是“十四五”收官之年。\n为加快推进数字化转型，制定本计划。';
    expect(await roundTrip(d, 'json')).toEqual(d);
    for (const f of FORMATS.slice(1)) {
      const b = await roundTrip(d, f);
      expect(b.meta.preamble.replace(/\s/g, ''), f).toBe(d.meta.preamble.replace(/\s/g, ''));
      const skip = f === 'docx plain' ? NOT_IN_PLAIN_WORD : [];
      expect(lost(d, b, { skipMeta: skip }), f).toEqual([]);
      expect(byHeading(b, '（试点）PM2.5治理：实施“清洁空气”行动[2025版]')?.body.replace(/\s/g, ''), f).toMatch(/^治理大气污染；推进清洁能源替代。/);
      expect(byHeading(b, '推进“一网通办”（政务服务）改革').partners, f).toEqual(many);
    }
  });

  // A source table of few rows kept as an annex (37, an app's Markdown export read back: its 分解表 of four tasks) was
  // not taken for a table by the Word export (six lines at least), so the official document printed it as text under
  // 附件 and the generated 附表1 after it — the same table twice, the first read back as a part of the plan
  it('37-markdown-app-export: the Word export with its annexes prints its 分解表 once, as the generated 附表', async () => {
    const name = '37-markdown-app-export.md';
    const d = await importFile({ bytes: readFileSync(join(ROOT, 'tests/corpus/docs', name)), fileName: name });
    expect(d.nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).toEqual(['南湖区推进智慧交通建设三年行动计划（2025—2027年）主要任务分解表']);
    const b = await roundTrip(d, 'docx cover+annexes');
    // (the outline and every field; the kept copy of the table is not there again: read into the tasks)
    expect(lost(d, b, { skipMeta: ['issuer', 'notice'] })).toEqual(['annexes: ["南湖区推进智慧交通建设三年行动计划20252027年主要任务分解表"] → []']);
  });

  it('the dialog\'s words for a period the import reads otherwise, or not at all', () => {
    const d = plan();
    d.meta.period = { start: 2025, end: 2028 };
    expect(exportOmissions(d, 'docx', { cover: true }).find((o) => o.code === 'period')).toMatchObject({ period: '2025—2028', readAs: '2025—2027', message: '规划期 2025—2028 不写入（导入时读作 2025—2027）' });
    d.meta.title = '东湖区推进数字化转型行动计划';
    expect(exportOmissions(d, 'docx').find((o) => o.code === 'period')!.message).toBe('规划期 2025—2028 不写入（标题未写明）');
    // (Markdown prints the notice, which quotes the plan's old title: 2025—2027 is read from it)
    expect(exportOmissions(d, 'markdown').find((o) => o.code === 'period')!.readAs).toBe('2025—2027');
  });

  it('the 专栏 inside a task with no text comes back inside it from every format', () => {
    for (const f of FORMATS) {
      const t = byHeading(back[f], '深化一网通办改革');
      expect(t.children.map((c) => `${c.kind} ${c.heading}`), f).toEqual(['box 重点工程']);
      expect(t.children[0].children.map((c) => c.heading), f).toEqual(['平台升级工程', '数据治理专项']);
      expect(byHeading(back[f], '推进一网统管建设').kind, f).toBe('task');
    }
  });

  it('annotations 批注 / suggestions 修改建议 / entry annotations: plan JSON and Markdown carry them (when asked), Word as comments (docs/review.md)', async () => {
    // the rows of the inventory: every annotation field, on a range, a whole node, a heading, an entry of each list
    // field, open / resolved / accepted / rejected, a reply, an origin — through JSON (identical, node ids kept) and
    // Markdown (the same, on the node with the same printed place: the Markdown import gives its own node ids)
    const person = (name: string, department = '') => ({ name, department });
    const task = byHeading(doc, '建设千兆光网');
    const at = task.body.indexOf('进小区');
    const base = { planId: 'p1', author: person('李审核', '区发改委'), round: 2, replies: [], createdAt: '2025-04-01T08:00:00.000Z', updatedAt: '2025-04-01T08:00:00.000Z', closedBy: null, closedAt: null, origin: null };
    const anchor = (nodeId: string, field: Annotation['anchor']['field'], quote: string, start: number, prefix = '', suffix = '') => ({ nodeId, field, quote, start, prefix, suffix, path: ['n2', 'n3'] });
    const annotations: Annotation[] = [
      { ...base, id: 'a1', kind: 'comment', anchor: anchor(task.id, 'body', '进小区', at, task.body.slice(0, at), task.body.slice(at + 3)), body: '多行\n意见 --> 带引号"', replacement: null, status: 'open',
        replies: [{ id: 'r1', author: person('王规划'), body: '已改', createdAt: '2025-04-02T08:00:00.000Z' }] },
      { ...base, id: 'a2', kind: 'comment', anchor: anchor(task.id, 'node', '', 0), body: '整节再议', replacement: null, status: 'resolved', closedBy: person('王规划', '区科委'), closedAt: '2025-04-03T08:00:00.000Z' },
      { ...base, id: 'a3', kind: 'suggestion', anchor: anchor(task.id, 'heading', '千兆光网', 2, '建设'), body: '统一用语', replacement: '千兆宽带', status: 'accepted', original: '千兆网络', closedBy: person('王规划'), closedAt: '2025-04-03T09:00:00.000Z' },
      { ...base, id: 'a4', kind: 'suggestion', anchor: anchor(task.id, 'partners', '区数据局', 1), body: '', replacement: '区大数据中心', status: 'rejected', round: null, origin: { kind: 'docx', fileName: '审阅.docx', ref: 'c3' } },
      { ...base, id: 'a5', kind: 'comment', anchor: anchor(task.id, 'milestones', '2025年启动：完成方案编制', 0), body: '节点偏早', replacement: null, status: 'open' },
      { ...base, id: 'a6', kind: 'comment', anchor: anchor(task.id, 'indicators', '千兆光网覆盖率不低于95%（2026年）', 0), body: '目标值依据?', replacement: null, status: 'open' },
      { ...base, id: 'a7', kind: 'comment', anchor: anchor(task.id, 'lead', '区经委', 0), body: '牵头单位', replacement: null, status: 'open' },
    ];
    const annotated: PlanDoc = { ...doc, annotations };
    const json = await importFile({ bytes: enc(JSON.stringify(annotated)), fileName: 'plan.json' });
    expect(json).toEqual(annotated);
    for (const annexes of [true, false]) {
      const md = await importFile({ bytes: enc(buildMarkdown(annotated, { annexes })), fileName: 'plan.md' });
      const back = byHeading(md, '建设千兆光网');
      const ancestors = [...walk(md.nodes)].find((w) => w.node.id === back.id)!.path.map((n) => n.id);
      expect(md.report!.warnings.filter((w) => w.code.startsWith('annotation'))).toEqual([]);
      // the same annotations, on the node with the same place; a range at the quote's place in the text read back
      expect(md.annotations).toEqual(annotations.map((a) => ({
        ...a, planId: 'markdown',
        anchor: { ...a.anchor, nodeId: back.id, path: ancestors, ...(a.anchor.field === 'body' ? { start: back.body.indexOf('进小区'), prefix: back.body.slice(0, back.body.indexOf('进小区')).slice(-24), suffix: back.body.slice(back.body.indexOf('进小区') + 3).slice(0, 24) } : {}) },
      })));
      // and without them, the Markdown is what it was (the blocks follow the plan's text, nothing else changes)
      expect(buildMarkdown(annotated, { annexes }).startsWith(buildMarkdown(doc, { annexes }).trimEnd())).toBe(true);
    }
    // Word carries the open ones as comments (with 包含批注与修改建议: electron/core/review, tests/review/word.test.ts)
  });

  it('the diff of the plan with each round trip shows no field changed', () => {
    for (const f of FORMATS) {
      const c = comparePlans(doc, back[f]);
      const changes = c.pairs.flatMap((p) => fieldChanges(p.diff.fields, `${p.left.kind} ${p.left.heading}: `))
        // (the target without a figure: its comparator and unit are not printed, above)
        .filter((l) => !/indicator 智慧社区覆盖率/.test(l) || f === 'json');
      expect(changes, f).toEqual([]);
    }
  });
});

// --- the corpus documents of session 34 (140–151) through every export: what each lost, fixed (docs/exchange.md) ---

describe('corpus documents through Markdown, plain Word and Word with cover and annexes: nothing lost', () => {
  const load = loadCorpus;
  const through = throughExport;

  // 148 says "列第一位的为牵头单位，下同" once, in its first task's brackets: its lists "（A、B、C负责）" are led by A, helped
  // by B and C. The 分解表 prints them so, by column, and its 主要内容 cell prints the brackets again: read back, the
  // list made B and C leads too (牵头: A, B, C; 配合: B, C) — a partner the row names by its column stays a partner
  it('148: the first unit listed leads, the others help — after the 分解表 read back too', async () => {
    const d = await load('148');
    const t = d.nodes[0].children[0].children[0];
    expect([t.lead, t.partners]).toEqual([['区交通运输局'], ['区发展改革局', '区财政局']]);
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      const u = b.nodes[0].children[0].children[0];
      expect([u.lead, u.partners], f).toEqual([['区交通运输局'], ['区发展改革局', '区财政局']]);
    }
  });

  // 143's 时间节点 cell "2025年6月底前上线8个事项；2025年12月底前全部上线" is one milestone (2025, 完成). The field line
  // printed it "年度节点：2025年完成：2025年6月底前上线8个事项；2025年12月底前全部上线", whose second half, taken for an entry of its
  // own, was none: the line was read as text, and the milestone came back as "2025年完成2025年6月底前上线8个事项"
  it('143: a milestone whose text holds a ； and a date comes back whole from Markdown and plain Word', async () => {
    const d = await load('143');
    const t = d.nodes[0].children[0];
    expect(t.milestones).toEqual([{ year: 2025, stage: '完成', text: '2025年6月底前上线8个事项；2025年12月底前全部上线' }]);
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      expect(b.nodes[0].children[0].milestones, f).toEqual(t.milestones);
    }
  });

  // 140's 主要指标表 holds a row "年度任务 | 50 | % | 2025 | （1）推进农村改厕" (the indicator read from "完成年度任务的50%"): a
  // name cell that reads as a task column's header (…任务) beside a year cell. Taken for a task table's header, the rows
  // under it named tasks by their indicator's words (改造提升农村公路 → 提升农村公路) and gave them a milestone "2025"
  it('140: the rows of the generated 主要指标表 are indicators, none of them a task table\'s header', async () => {
    const d = await load('140');
    const { b, lost: l } = await through(d, 'docx cover+annexes');
    expect(l).toEqual([]);
    const road = [...walk(b.nodes)].map((w) => w.node).find((n) => n.heading === '提升农村公路')!;
    expect(road.milestones).toEqual([]);
    expect(road.indicators.map((i) => `${i.name} ${i.value}${i.unit}`).sort()).toEqual(['危桥改造 8座', '改造提升农村公路 120公里']);
  });

  // 141's 主要指标 table in its text writes each 类别 once: "\t2\t既有住宅加装电梯\t台\t86\t150\t400\t预期性". The plan's text
  // keeps the row without its leading tab, and plain Word prints it so: read back, its cells were one place to the left
  // (indicators named 台 and 个, their figures lost)
  it.each(['141', '109'])('%s: the indicators of a table in the text whose 类别 is merged down come back from plain Word', async (n) => {
    const d = await load(n);
    const figures = (x: PlanNode) => x.indicators.map((i) => `${i.name} ${i.value}${i.unit} ${i.year}`).sort();
    const all = (x: PlanDoc) => nodesOf(x).flatMap(figures);
    // (141's row "\t2\t既有住宅加装电梯…", 109's "\t2\t养老机构护理型床位占比…")
    expect(all(d)).toContain(n === '141' ? '既有住宅加装电梯 150台 2025' : '养老机构护理型床位占比 60% 2025');
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      expect(all(b), f).toEqual(all(d));
    }
  });

  // 142's title names its office ("临江高新技术产业开发区管理委员会2025年工作要点"), which Markdown prints again under it as
  // "发文机关：临江高新技术产业开发区管理委员会　成文日期：2025年1月22日": a line that long and that like the title was taken for
  // the title said again by a web page, and the title line dropped as the page's <title> — title and period lost
  it('142: the title over its own office\'s 发文机关 line comes back from Markdown', async () => {
    const d = await load('142');
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      expect([b.meta.title, b.meta.period], f).toEqual(['临江高新技术产业开发区管理委员会2025年工作要点', { start: 2025, end: 2025 }]);
    }
  });

  // 144 (a 督办通知) and 137 (a 通知 distributing work) are notices that are themselves the plan: title 关于…的通知, no notice
  // text of their own (only the 附注). The cover published them under another notice, "关于印发关于对…的通知的通知", with
  // the plan as its 附件: read back, the title lost 的通知 and the notice grew by the made one. The cover now prints the
  // 版头 over the plan's own pages — its title, 主送机关, text, office, date and 附注 — as the document was issued
  it.each(['144', '137'])('%s: a notice that is itself the plan comes back from Word with its cover as it was', async (n) => {
    const d = await load(n);
    expect(d.meta.title).toMatch(/^关于.+的通知$/);
    expect(d.meta.notice).toBe('（此件公开发布）');
    const xml = strFromU8(unzipSync(await buildDocx(d, { cover: true, annexes: true }))['word/document.xml']);
    expect(xml).toContain(d.meta.title.slice(0, 12));
    expect(xml).not.toMatch(/关于印发|>附件</);
    // (the page preview lays it out as Word prints it: the 版头 and the title on page 1, no 附件 label, the signature last)
    const pages = layoutPages(d, { cover: true });
    const lines = pages.flatMap((p) => (p.kind === 'portrait' ? p.lines.map((l) => l.text) : []));
    expect(pages[0].kind === 'portrait' && pages[0].lines.filter((l) => l.role === 'red').map((l) => l.text)).toEqual([`${d.meta.issuer}文件`]);
    expect(lines.join('')).toContain(d.meta.title);
    expect(lines).not.toContain('附件');
    expect(lines.filter((l) => l.trim()).at(-1)).toBe('（此件公开发布）');
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      if (f !== 'docx plain') expect([b.meta.title, b.meta.notice, b.meta.issuer, b.meta.docNumber, b.meta.issuedOn, b.meta.addressees], f).toEqual([d.meta.title, d.meta.notice, d.meta.issuer, d.meta.docNumber, d.meta.issuedOn, d.meta.addressees]);
    }
  });

  // 190 is a 分解 notice that is itself the plan and holds text of its own: "…現將…責任分解給你們(詳見附件)…有關事項通知如下:"
  // is its meta.notice, under its 主送机关. The cover took any notice text for another notice's and published the plan under
  // "关于印发《…关于…的通知》的通知", its own text as that notice's, the plan its 附件 — a wrong official document. A plan
  // titled as a notice is its own notice whether or not its notice has text: the 版头 over its own pages, its notice text
  // their opening (under the 主送机关, before the preamble), no 印发 wrapper in Word, the preview or Markdown
  const printedLines = (d: PlanDoc) => layoutPages(d, { cover: true }).flatMap((p) => (p.kind === 'portrait' ? p.lines.map((l) => l.text) : []));
  const ownNoticeShape = async (d: PlanDoc, opening: string, firstHeading: string) => {
    const xml = strFromU8(unzipSync(await buildDocx(d, { cover: true, annexes: true }))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/[关關][于於]印[发發]/);
    expect(text.indexOf(d.meta.title.slice(-12))).toBeGreaterThan(-1);
    expect(text.indexOf(opening)).toBeGreaterThan(text.indexOf(d.meta.addressees.at(-1)!));
    expect(text.indexOf(opening)).toBeLessThan(text.indexOf(firstHeading));
    if (d.meta.preamble) expect(text.indexOf(opening)).toBeLessThan(text.indexOf(d.meta.preamble.slice(0, 12)));
    // (the preview: the 版头 and the title on page 1, the notice's text under it, no 附件 label, the signature last)
    const lines = printedLines(d);
    expect(lines).not.toContain('附件');
    const all = lines.join('');
    expect(all).not.toMatch(/[关關][于於]印[发發]/);
    expect(all.indexOf(opening)).toBeGreaterThan(all.indexOf(d.meta.title.slice(-12)));
    expect(all.indexOf(opening)).toBeLessThan(all.indexOf(firstHeading));
    expect(lines.filter((l) => l.trim()).at(-1)).toMatch(/^（此件公[开開][发發]布）$/);
    // (Markdown: the title first, the notice's text before the preamble and the parts)
    const md = buildMarkdown(d);
    expect(md).not.toMatch(/[关關][于於]印[发發]/);
    expect(md.split('\n')[0]).toBe(`# ${d.meta.title}`);
    expect(md.indexOf(opening)).toBeGreaterThan(0);
    expect(md.indexOf(opening)).toBeLessThan(md.indexOf(firstHeading));
    if (d.meta.preamble) expect(md.indexOf(opening)).toBeLessThan(md.indexOf(d.meta.preamble.slice(0, 12)));
  };

  it('190: a notice that is itself the plan and has text of its own: no 印发 notice over it, its text under its 主送机关, the round trip keeps it', async () => {
    const d = await load('190');
    expect(d.meta.title).toBe('青川區人民政府辦公室關于2026年區《政府工作報告》目標任務責任分解的通知');
    expect(d.meta.notice).toMatch(/^2026年是“十五五”規劃的開局之年[\s\S]+有關事項通知如下:\n\(此件公開發布\)$/);
    expect(d.meta.preamble).toBe('');
    await ownNoticeShape(d, '現將2026年區《政府工作報告》目標任務責任分解給你們（詳見附件）', '一、提高認識，壓實責任');
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      // (its text as printed: full-width punctuation, GB/T 15834)
      const words = (t: string) => t.replace(/[\p{P}\s]/gu, '');
      // ⚠ not its date from Word: the signature under its 附件 line is read as that line's text (the importer's, left)
      const meta = (x: PlanDoc) => [x.meta.title, x.meta.preamble, ...(f === 'docx plain' ? [] : [words(x.meta.notice), x.meta.issuer, x.meta.docNumber, x.meta.addressees]), ...(f === 'markdown plain' ? [x.meta.issuedOn] : [])];
      expect(meta(b), f).toEqual(meta(d));
    }
  });

  // the same in our own words, as a planner enters it: a 督办通知 (Simplified) whose notice holds its opening and whose
  // preamble says more, and a 分解 notice in Traditional script with its opening only
  const ownNotice = (title: string, notice: string, preamble: string, parts: string[], office: string, addressees: string[]) => {
    seq = 0;
    return PlanDoc.parse({
      format: FORMAT,
      meta: { title, district: null, city: null, period: { start: 2026, end: 2026 }, issuer: office, docNumber: null, issuedOn: '2026-03-02', addressees, status: 'draft', source: null, basedOn: null, notice, preamble },
      nodes: parts.map((h) => node('part', { heading: h, body: `${h}工作由各责任单位按月推进，按季报送进展情况。` })),
    });
  };
  it.each([
    ['Simplified 督办通知', ownNotice('南屿县人民政府办公室关于对2026年县重点项目建设进行专项督办的通知', '为加快推进全县重点项目建设，经县政府同意，决定对2026年县重点项目建设开展专项督办。现将有关事项通知如下：\n（此件公开发布）', '本通知所称重点项目，是指列入2026年县重点项目计划的项目。', ['督办内容', '督办方式', '工作要求'], '南屿县人民政府办公室', ['各乡镇人民政府', '县政府各部门']), '决定对2026年县重点项目建设开展专项督办'],
    ['Traditional 分解通知', ownNotice('雲溪區人民政府辦公室關於2026年區重點民生實事任務分解的通知', '為確保2026年區重點民生實事按期辦結，經區政府同意，現將2026年區重點民生實事任務分解給你們，請認真抓好落實。有關事項通知如下：\n（此件公開發布）', '', ['明確責任分工', '加強進度調度', '強化考核問效'], '雲溪區人民政府辦公室', ['各街道辦事處', '區政府各部門']), '現將2026年區重點民生實事任務分解給你們'],
  ] as const)('%s with text of its own: no 印发 notice over it in Word, the preview or Markdown; its text under its 主送机关', async (_, d, opening) => {
    await ownNoticeShape(d, opening, '一、');
    // (plain Word prints no notice: its title and parts come back)
    const { b } = await through(d, 'docx plain');
    expect([b.meta.title, b.nodes.map((n) => n.heading)]).toEqual([d.meta.title, d.nodes.map((n) => n.heading)]);
  });

  // 132 is a notice whose plan is a file (附件：….xlsx): its requests 一、二、三、 stay the notice's, the outline empty.
  // Markdown prints the plan's title after the notice's signature, and the Word cover its 附件说明 naming the plan and
  // the 附件 page with the title: read back, that title was taken for the plan in the text and the requests for its
  // parts. A title (or 附件说明) with only short lines after it — signature, date, 附注, the 附件 label, a 版记 — is no
  // plan in the text. The same for a notice of another office and style ((一)(二), the plan a PDF)
  const notice = ['云溪区人民政府办公室关于印发2026年区政府民生实事项目安排的通知', '云府办发〔2026〕3号', '各街道办事处，区政府各部门：',
    '2026年区政府民生实事项目已经区政府常务会议研究确定，现将项目安排下达给你们，并提出以下要求：', '（一）落实责任分工',
    '各牵头单位要对照项目安排，细化实施方案，明确专人负责，确保每个项目有人抓、有人管。', '（二）强化资金保障',
    '区财政局要统筹安排项目资金，按进度及时拨付，各单位要规范使用资金，提高使用效益。', '云溪区人民政府办公室\n2026年1月20日',
    '附件：2026年区政府民生实事项目安排.pdf'].join('\n\n');
  it.each(['132', 'a notice of (一) requests'])('%s: a notice whose plan is a file keeps its requests from Markdown and Word with the cover', async (n) => {
    const d = n === '132' ? await load('132') : await importFile({ bytes: new TextEncoder().encode(notice), fileName: 'notice.txt' });
    expect(d.nodes).toEqual([]);
    expect(d.meta.notice).toMatch(n === '132' ? /一、提高政治站位[\s\S]+三、严格督查考核/ : /（一）落实责任分工[\s\S]+（二）强化资金保障/);
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      expect(b.nodes, f).toEqual([]);
      if (f !== 'docx plain') expect(b.meta.notice, f).toBe(d.meta.notice);
    }
  });

  // 115 and 135 are 分解 notices that are themselves the plan, their year said only in the notice's sentence ("…确定的
  // 2025年各项工作任务", "现将2024年市政府工作目标责任分解如下"). Plain Word prints no notice: the period came back as none and
  // with it every indicator's year (the import gives a year the text does not name the period's end). 135's title names
  // its year as an annual plan's (2024年…目标责任分解): read so. 115's title names none: the dialog names the period, and
  // the indicators' years are printed as a 指标 line
  it('115, 135: plain Word gives back every indicator\'s year; the period where the title names it, else the dialog says so', async () => {
    for (const n of ['115', '135']) {
      const d = await load(n);
      expect(d.meta.period, n).toEqual(n === '115' ? { start: 2025, end: 2025 } : { start: 2024, end: 2024 });
      const years = (x: PlanDoc) => nodesOf(x).flatMap((t) => t.indicators.map((i) => `${i.name} ${i.year}`)).sort();
      expect(years(d).length, n).toBeGreaterThan(3);
      for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
        const { b, lost: l } = await through(d, f);
        expect(years(b), `${n} ${f}`).toEqual(years(d));
        const named = exportOmissions(d, f === 'markdown plain' ? 'markdown' : 'docx', { cover: f === 'docx cover+annexes' }).filter((o) => o.code === 'period');
        // (115's title names a year's work, the 政府工作报告's tasks, without its year: since session 36 plain Word gives the
        // period back from its tasks' deadlines, all in 2025 — before, the period was lost and the dialog said so)
        expect(l, `${n} ${f}`).toEqual([]);
        expect(named, `${n} ${f}`).toEqual([]);
      }
    }
  });

  // the same in another office's words: a signed notice over its 清单, tasks numbered （一） under 一、, 责任单位 lines
  it('a 清单 whose year only its notice names: plain Word gives back every indicator\'s year, the dialog names the period', async () => {
    const text = ['南屿县人民政府办公室关于印发重点民生项目推进清单的通知', '', '各乡镇人民政府，县政府各部门：', '', '为落实县委经济工作会议部署，确保完成2026年各项工作任务，经县政府同意，现将《重点民生项目推进清单》印发给你们，请抓好落实。', '', '南屿县人民政府办公室', '2026年2月3日', '', '重点民生项目推进清单', '', '一、教育医疗', '', '（一）新建公办幼儿园4所，新增学位1080个。', '责任单位：县教育局', '', '（二）建成紧密型县域医共体分院3个。', '责任单位：县卫生健康局', '', '二、城乡建设', '', '（三）改造农村公路56公里。', '责任单位：县交通运输局'].join('\n');
    const d = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'list.txt' });
    expect(d.meta.period).toEqual({ start: 2026, end: 2026 });
    const years = (x: PlanDoc) => nodesOf(x).flatMap((t) => t.indicators.map((i) => `${i.name} ${i.value} ${i.year}`)).sort();
    expect(years(d)).toEqual(['公办幼儿园 4 2026', '学位 1080 2026', '改造农村公路 56 2026', '紧密型县域医共体分院 3 2026']);
    const { b, lost: l } = await through(d, 'docx plain');
    expect(years(b)).toEqual(years(d));
    expect(l).toEqual(['meta.period: {"start":2026,"end":2026} → null']);
    expect(exportOmissions(d, 'docx', {}).filter((o) => o.code === 'period').map((o) => o.period)).toEqual(['2026']);
    // (the 指标 lines are printed only where the period is lost: not with the cover, whose notice gives it back)
    const xml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml(await buildDocx(d, {}))).toContain('指标：');
    expect(xml(await buildDocx(d, { cover: true }))).not.toContain('指标：');
    // (and the preview lays out what Word prints)
    const lines = (cover: boolean) => layoutPages(d, { cover }).flatMap((p) => (p.kind === 'portrait' ? p.lines.map((x) => x.text) : [])).join('');
    expect(lines(false)).toContain('指标：');
    expect(lines(true)).not.toContain('指标：');
  });
});

// --- session 36 (h-rt36): the exports that still came back otherwise ---

describe('targets under a goal heading whose departments only the 分解表 prints come back as tasks', () => {
  // 158's tasks are targets under "一、经济运行…等工作目标", their departments and 责任人 in the source's table. Word with
  // its annexes prints the departments in 附表1 only: read back, the points under a goal heading (never a task context)
  // were items — the 分解表 named each with its departments, but a goal heading barred making them tasks, though a goal
  // point whose own text names departments is one (levels.ts). The 责任人 line under each played no part: the same
  // without it, or with another line there
  it('158 through Word with cover and annexes: tasks, with their departments', async () => {
    const d = await loadCorpus('158');
    const b = await roundTrip(d, 'docx cover+annexes');
    const tasks = (x: PlanDoc) => nodesOf(x).filter((n) => n.kind === 'task').map((n) => `${n.heading.replace(/。$/, '')} ${n.lead.join('、')}|${n.partners.join('、')}`);
    expect(tasks(d)).toHaveLength(10);
    expect(tasks(b)).toEqual(tasks(d));
    expect(lost(d, b).filter((l) => !/^meta\.notice/.test(l))).toEqual([]);
  });

  it.each(['none', '联系人：刘洋', '按季度报送进展情况。'])('a plan of 一、…目标 over targets (body: %s) through Word with annexes', async (body) => {
    seq = 0;
    const t = (heading: string, lead: string[], partners: string[]) => node('task', { heading, body: body === 'none' ? '' : body, lead, partners });
    const doc = PlanDoc.parse({
      format: FORMAT,
      meta: { title: '青川区2026年度主要目标任务分解', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
      nodes: [
        node('part', { heading: '经济发展主要预期目标', children: [t('地区生产总值增长6%左右', ['区发展改革委'], ['区统计局']), t('社会消费品零售总额增长7%', ['区商务局'], [])] }),
        node('part', { heading: '民生保障发展目标', children: [t('城镇调查失业率控制在5.5%以内', ['区人力资源社会保障局'], ['各街道办事处']), t('新增托位600个', ['区卫生健康委'], ['区教育局'])] }),
      ],
    });
    const b = await roundTrip(doc, 'docx cover+annexes');
    const shape = (x: PlanDoc) => nodesOf(x).map((n) => `${n.kind} ${n.heading} ${n.lead.join('、')}|${n.partners.join('、')}`);
    expect(shape(b)).toEqual(shape(doc));
  });
});

describe('a plan without a title comes back without one from every export', () => {
  // The exports print （无标题） where the title stands (the linter says so first: plan-no-title), and the cover makes
  // its notice title and 附件说明 from it ("关于印发（无标题）的通知", "附件：（无标题）"). Read back, the placeholder was
  // the title (160: "无标题" through all three exports); it names nothing, so the import reads no title from it, in the
  // title's place or in the notice the cover makes. With the cover, a plan with neither issuer nor district printed a
  // red header "文件" naming no office, which came back as the title: no 发文机关标志 is printed then (as the preview)
  const through = throughExport;
  it('160 (an excerpt from its addressees on, no office): Markdown, plain Word, Word with cover and annexes', async () => {
    const d = await loadCorpus('160');
    expect([d.meta.title, d.meta.issuer, d.meta.district]).toEqual(['', null, null]);
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(l, f).toEqual([]);
      expect(b.meta.title, f).toBe('');
      if (f !== 'docx plain') expect([b.meta.notice, b.meta.preamble], f).toEqual([d.meta.notice, d.meta.preamble]);
    }
    const xml = strFromU8(unzipSync(await buildDocx(d, { cover: true, annexes: true }))['word/document.xml']);
    expect(xml).not.toMatch(/>文件</);
  });

  it.each([['the district\'s office on the cover', '云溪区'], ['no office', null]])('an edited plan with no title (%s): every export gives back no title, the same outline and notice', async (_, district) => {
    const d = plan();
    d.meta.title = '';
    d.meta.district = district;
    d.meta.city = null;
    d.meta.issuer = null;
    d.meta.notice = '经区政府同意，现将有关事项通知如下，请认真组织实施。';
    // (a target without a value comes back without its unit and comparator from every text export: the inventory's row)
    for (const n of nodesOf(d)) n.indicators = n.indicators.filter((i) => i.value !== null);
    for (const f of ['markdown plain', 'docx plain', 'docx cover+annexes'] as const) {
      const { b, lost: l } = await through(d, f);
      expect(b.meta.title, f).toBe('');
      expect(l.filter((x) => !/^meta\.period/.test(x)), f).toEqual([]);
      if (f !== 'docx plain') expect(b.meta.notice, f).toBe(d.meta.notice);
    }
  });

  // (159, a 情况表 naming its city only, neither issuer nor district: with no red header over it, the made notice title
  // "关于印发X的通知" opens the document, and the notice's "现将《X》印发给你们，请认真贯彻执行。" under it was taken for a web
  // page saying its <title> again — the title line dropped, the sentence read as the title)
  it('159 (no issuer, no district) through Word with its cover: no red header, and the title comes back', async () => {
    const d = await loadCorpus('159');
    // (159 names an office only in its page's 来源 line: read since session 41 as an uncertain issuer, h-imp41b; the
    // case is a plan with no issuer, as when the planner clears that guess)
    expect(d.meta.issuer).toBe('临江市人民政府办公室');
    expect(d.report!.uncertain.map((u) => u.field)).toContain('issuer');
    d.meta.issuer = null;
    expect([d.meta.issuer, d.meta.district]).toEqual([null, null]);
    const { b, lost: l } = await through(d, 'docx cover+annexes');
    expect(l).toEqual([]);
    expect([b.meta.title, b.meta.city]).toEqual([d.meta.title, d.meta.city]);
  });

  it('a placeholder is no title, a title naming one is', async () => {
    const read = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'plan.txt' });
    for (const p of ['（无标题）', '无标题文档', 'Untitled Document']) {
      const d = await read([p, '', '一、加快重大项目建设', '', '1.建设滨江公园。（区建设局牵头）', '', '2.改造老旧小区12个。（区住建局牵头）'].join('\n'));
      expect(d.meta.title, p).toBe('');
      expect(d.report!.removed.map((r) => r.text), p).toContain(p);
    }
    const d = await read(['南屿县无标题文档管理系统建设方案', '', '一、加快系统建设', '', '1.建设档案平台。（县档案馆牵头）'].join('\n'));
    expect(d.meta.title).toBe('南屿县无标题文档管理系统建设方案');
  });
});

describe('a page\'s index table copied one cell per line is no part of the notice', () => {
  // 158, a notice copied from a county's site: "政府信息公开", then the index table one cell per line with labels
  // without colons (索引号 ⏎ 011520366/2025-00418 ⏎ 发文单位 ⏎ …). The labels were not read as labels (one alone is a
  // heading), and what was left after the 文号 and the office were taken ran together into the notice's first
  // paragraph with its title: "政府信息公开桐川县人民政府关于…的通知索引号011520366/2025-00418发文单位发文字号…有效". The
  // exports printed that paragraph and the import split it at the title (Markdown; and with the cover joined its rest to
  // the next paragraph): the notice came back regrouped
  const through = async (d: PlanDoc, f: 'markdown plain' | 'docx cover+annexes') => (await throughExport(d, f)).lost;
  it('158: the notice is its title and its two paragraphs; Markdown and Word with the cover give it back', async () => {
    const d = await loadCorpus('158');
    const ps = d.meta.notice.split('\n');
    expect(ps).toHaveLength(3);
    expect(ps[0]).toBe('桐川县人民政府关于分解落实2025年县政府工作目标任务的通知');
    expect([d.meta.docNumber, d.meta.issuer, d.meta.issuedOn]).toEqual(['桐政发〔2025〕4号', '桐川县人民政府', '2025-02-10']);
    for (const f of ['markdown plain', 'docx cover+annexes'] as const) expect(await through(d, f), f).toEqual([]);
  });

  it('another site\'s table, other labels, a value wrapped and an empty cell', async () => {
    const text = ['政务公开', '', '索引号', '11522601/2026-00', '0317', '主题分类', '城乡建设、环境保护', '发文机关', '云溪区人民政府办公室',
      '成文日期', '2026年03月02日', '发文字号', '云府办发〔2026〕5号', '公开方式', '', '云溪区人民政府办公室关于印发云溪区2026年城市更新工作要点的通知', '',
      '各街道办事处，区政府各部门：', '', '《云溪区2026年城市更新工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。', '', '云溪区人民政府办公室', '2026年3月2日', '',
      '云溪区2026年城市更新工作要点', '', '一、推进老旧小区改造', '', '1.完成老旧小区改造15个。（区住建局牵头）', '', '2.加装电梯40部。（区住建局牵头；各街道办事处配合）'].join('\n');
    const d = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'page.txt' });
    expect([d.meta.title, d.meta.docNumber, d.meta.issuedOn, d.meta.issuer]).toEqual(['云溪区2026年城市更新工作要点', '云府办发〔2026〕5号', '2026-03-02', '云溪区人民政府办公室']);
    expect(d.meta.notice).toBe('云溪区人民政府办公室关于印发云溪区2026年城市更新工作要点的通知\n《云溪区2026年城市更新工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。');
    for (const f of ['markdown plain', 'docx cover+annexes'] as const) expect(await through(d, f), f).toEqual([]);
  });
});

describe('a page\'s stamp (date, time of day, office) is no part of the notice', () => {
  // 163's page prints "2025-01-08 09:30 区人民政府办公室" under the notice's title: it ran into the title ("…的通知2025-01-08
  // 09:30 区人民政府办公室"), and through the cover (which prints the notice's title apart) came back joined to the next
  // paragraph instead
  it('163 and a page of another office: the stamp is left out, the notice comes back through every export', async () => {
    const text = ['南屿县人民政府关于印发南屿县2026年重点民生实事项目的通知', '', '2026-02-03 10:15:22 南屿县人民政府', '',
      '各乡镇人民政府，县直各部门：', '', '现将《南屿县2026年重点民生实事项目》印发给你们，请于2026-03-01 09:00前报送推进计划。', '',
      '南屿县人民政府', '2026年2月1日', '', '南屿县2026年重点民生实事项目', '', '一、教育', '', '1.新建幼儿园3所。（县教育局牵头）', '', '2.改扩建中学2所。（县教育局牵头）'].join('\n');
    for (const d of [await loadCorpus('163'), await importFile({ bytes: new TextEncoder().encode(text), fileName: 'page.txt' })]) {
      expect(d.meta.notice).not.toMatch(/\d{2}:\d{2}\s*(?:区|南屿县)人民政府/);
      expect(d.meta.notice.split('\n')[0]).toMatch(/人民政府(?:办公室)?关于印发.+的通知$/);
      for (const f of ['markdown plain', 'docx cover+annexes'] as const) expect(lost(d, await roundTrip(d, f)), f).toEqual([]);
    }
    // (a time inside a sentence is the text's)
    expect((await importFile({ bytes: new TextEncoder().encode(text), fileName: 'page.txt' })).meta.notice).toContain('2026-03-01 09:00前报送');
  });
});

describe('a source table kept as an annex: what differs after an export is the table alone, no field', () => {
  // 23's 重点任务分解表 (an annex of rows giving the tasks their departments and milestones) and 52's (a plan issued as the
  // attachment of its notice): kept by the first import — its rows say what the text does not —, printed by the exports
  // as the generated 附表 (Word) or as written beside the field lines (Markdown), read back into the tasks and dropped
  // as repeating them. Every cell of it is said by the plan's text or fields (the export dialog would name one that is
  // not: source-cells), and every node's fields come back: only the annex node differs (roundtrip-all counts these apart)
  it.each([['23', 'docx cover+annexes'], ['52', 'markdown plain'], ['52', 'docx cover+annexes']] as const)('%s through %s', async (n, f) => {
    const d = await loadCorpus(n);
    const annex = d.nodes.find((x) => x.kind === 'appendix')!;
    const notes = sourceTableNotes(d, f === 'docx cover+annexes');
    expect(notes.find((x) => x.nodeId === annex.id)).toMatchObject({ action: f === 'docx cover+annexes' ? 'annex' : 'generated' });
    expect(notes.flatMap((x) => x.unsaid ?? [])).toEqual([]);
    expect((await throughExport(d, f)).lost).toEqual([`annexes: ${JSON.stringify([annex.heading.replace(/[\s\p{P}\p{S}]/gu, '')])} → []`]);
  });
});

describe('a year\'s work whose title names no year: the year its tasks\' deadlines are all in', () => {
  // 115 ("《政府工作报告》重点工作任务分解表") states its year only in its notice, which plain Word does not print: its period
  // came back as none. Its deadlines (2025年10月底前 …) are all in 2025, as a 政府工作报告's tasks are: read as the
  // period, uncertain — and the indicators without a year of their own take it, as when the title names it
  const read = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'plan.txt' });
  const plan = (deadlines: string[]) => ['青川区2026年工作要点'.replace('2026年', ''), '', '一、经济发展', '',
    `1.新开工重大项目30个，${deadlines[0]}前全部开工。（区发展改革委牵头）`, '', `2.新增市场主体5000户，${deadlines[1]}前完成。（区市场监管局牵头）`].join('\n');
  it('115 through plain Word: the period and every indicator\'s year; the dialog names nothing lost', async () => {
    const d = await loadCorpus('115');
    const b = await roundTrip(d, 'docx plain');
    expect(b.meta.period).toEqual({ start: 2025, end: 2025 });
    expect(b.report!.uncertain.map((u) => u.field)).toContain('period');
    expect(lost(d, b, { skipMeta: NOT_IN_PLAIN_WORD })).toEqual([]);
    expect(exportOmissions(d, 'docx', {}).filter((o) => o.code === 'period')).toEqual([]);
  });
  it('a 工作要点 without its year: its deadlines in one year give it; in two, none', async () => {
    const one = await read(plan(['2026年6月底', '2026年12月底']));
    expect(one.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(nodesOf(one).flatMap((n) => n.indicators.map((i) => i.year))).toEqual([2026, 2026]);
    expect((await read(plan(['2026年6月底', '2027年6月底']))).meta.period).toBeNull();
    // (a title naming no year's work — a 方案 — is not read so)
    expect((await read(plan(['2026年6月底', '2026年12月底']).replace('工作要点', '产业发展方案'))).meta.period).toBeNull();
  });
});

describe('a 街道\'s red header and a Traditional page\'s breadcrumb: the notice comes back through the Word cover', () => {
  // 193 (a 街道 notice, "临江市东湖区城南街道办事处" its 发文机关标志 without 文件): the cover prints the red header "…办事处文件",
  // read back as the start of the notice's title; 190 (a Traditional page): its breadcrumb "- 首頁 > 政務公開 > …" stayed
  // the notice's first paragraph and through the cover ran into the next
  it('193 and 190: the notice comes back through Markdown and Word with the cover, the breadcrumb not in it', async () => {
    const jiedao = await loadCorpus('193');
    expect(jiedao.meta.notice.split('\n')[0]).toBe('关于印发《城南街道2026年城市更新重点任务清单》的通知');
    const page = await loadCorpus('190');
    expect(page.meta.notice).not.toMatch(/首頁|政務公開 >/);
    expect(page.report!.removed.map((r) => r.reason)).toContain('面包屑导航');
    for (const d of [jiedao, page]) for (const f of ['markdown plain', 'docx cover+annexes'] as const) expect((await throughExport(d, f)).lost, f).toEqual([]);
  });
  it('a 镇\'s notice and another page\'s Traditional breadcrumb, in our own words', async () => {
    const town = ['南屿县青林镇人民政府', '', '关于印发《青林镇2026年人居环境整治工作方案》的通知', '', '青林府发〔2026〕2号', '', '各村（居）民委员会，镇属各单位：', '',
      '《青林镇2026年人居环境整治工作方案》已经镇党委会议研究同意，现印发给你们，请结合实际认真贯彻执行。', '', '青林镇人民政府', '2026年2月20日', '',
      '青林镇2026年人居环境整治工作方案', '', '一、整治村庄环境', '', '1.清理河塘沟渠30处。（牵头单位：镇农业农村办）', '', '2.新建垃圾分类站8个。（牵头单位：镇环卫所）'].join('\n');
    const page = ['首頁 政務公開 政府信息公開 通知公告', '', '雲溪區人民政府辦公室關於印發《雲溪區2026年城市更新工作要點》的通知', '', '雲府辦發〔2026〕7號', '',
      '各街道辦事處，區政府各部門：', '', '現將《雲溪區2026年城市更新工作要點》印發給你們，請認真貫徹執行。', '', '雲溪區人民政府辦公室', '2026年3月2日', '',
      '雲溪區2026年城市更新工作要點', '', '一、推進老舊小區改造', '', '1.完成老舊小區改造15個。（區住建局牽頭）', '', '2.加裝電梯40部。（區住建局牽頭）'].join('\n');
    const t = await importFile({ bytes: new TextEncoder().encode(town), fileName: 'town.txt' });
    const p = await importFile({ bytes: new TextEncoder().encode(page), fileName: 'page.txt' });
    expect(t.meta.notice.split('\n')[0]).toBe('关于印发《青林镇2026年人居环境整治工作方案》的通知');
    expect(p.meta.notice.split('\n')[0]).toBe('雲溪區人民政府辦公室關於印發《雲溪區2026年城市更新工作要點》的通知');
    for (const d of [t, p]) for (const f of ['markdown plain', 'docx cover+annexes'] as const) expect((await throughExport(d, f)).lost, f).toEqual([]);
  });
});
