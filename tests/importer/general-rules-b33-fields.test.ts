/**
 * Session 33 (h-fields): the gaps session 32 left in reading a task's deadlines (docs/importer-grammar.md, "Rules added in
 * session 33"): a deadline after its subject, every deadline of a labelled 时间节点 line. Cases written in our own words;
 * every case marked so failed before its rule, the counter-examples pass before and after.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { textMilestones } from '../../shared/importer/celltable';
import { splitDepartments } from '../../shared/importer/departments';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { textParagraphs } from '../../shared/fieldtext';
import { applyFix, lintPlan } from '../../shared/lint';

const ONE_YEAR = { start: 2025, end: 2025 };
const THREE_YEARS = { start: 2024, end: 2026 };
const read = (s: string, period = ONE_YEAR) => textMilestones(s, period).map((m) => [m.year, m.stage, m.text]);
const utf8 = (s: string) => new TextEncoder().encode(s);
const roundTrips: [string, (d: PlanDoc) => Promise<PlanDoc>][] = [
  ['Markdown', async (d) => importFile({ bytes: utf8(buildMarkdown(d)), fileName: 'plan.md' })],
  ['Markdown with annexes', async (d) => importFile({ bytes: utf8(buildMarkdown(d, { annexes: true })), fileName: 'plan.md' })],
  ['Word (cover, annexes)', async (d) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' })],
  ['Word without cover or annexes', async (d) => importFile({ bytes: await buildDocx(d, { cover: false, annexes: false }), fileName: 'plan.docx' })],
];

describe('a deadline after its subject: subject + 于/在 + date + 前 + a verb of completion or of starting', () => {
  it('in a one-year plan, a month or the year\'s end after a subject is the year\'s milestone (failed before)', () => {
    expect(read('城北污水管网项目于6月底前开工。')).toEqual([[2025, '启动', '6月底前开工']]);
    expect(read('区政务服务中心二期于年底前投入使用。')).toEqual([[2025, '完成', '年底前投入使用']]);
    expect(read('新建社区食堂2个，智慧养老服务平台在9月底前上线。')).toEqual([[2025, '完成', '9月底前上线']]);
    expect(read('城北污水管网项目在6月底前开工，区政务服务中心二期于年底前投入使用。')).toEqual([
      [2025, '启动', '6月底前开工'],
      [2025, '完成', '年底前投入使用'],
    ]);
  });

  it('the year\'s end opening its clause is a deadline as a month is (failed before)', () => {
    expect(read('开展软弱涣散党组织整顿，年底前全部转化提升。')).toEqual([[2025, '完成', '年底前全部转化提升']]);
  });

  it('not a prohibition, a condition, a relative clause, a negated verb, nor a verb of no completion after a subject', () => {
    expect(read('严禁在6月底前突击花钱。')).toEqual([]);
    expect(read('不得于年底前集中支付。')).toEqual([]);
    expect(read('对6月底前未完成整改的物业企业予以通报。')).toEqual([]);
    expect(read('如在6月底前未完成整改，将予以通报。')).toEqual([]);
    expect(read('凡在6月底前开工的项目，给予奖励。')).toEqual([]);
    expect(read('城北项目于6月底前未能开工的，及时调整计划。')).toEqual([]);
    expect(read('各街道于6月底前报送上半年工作总结。')).toEqual([]);
    expect(read('截至6月底，全区已完成改造12个。')).toEqual([]);
    expect(read('自7月起开展夜间巡查。')).toEqual([]);
  });

  it('with a year: not after a prohibition or a condition in its clause (failed before: both were deadlines)', () => {
    expect(read('严禁在2025年6月底前突击花钱。', THREE_YEARS)).toEqual([]);
    expect(read('如在2025年6月底前未完成整改，将予以通报。', THREE_YEARS)).toEqual([]);
    // (read as before: a deadline with its year after a subject)
    expect(read('区政务服务中心二期于2025年底前投入使用。', THREE_YEARS)).toEqual([[2025, '完成', '2025年底前投入使用']]);
  });

  it('a chain whose first year follows its subject is a chain (failed before: the first year only, or none)', () => {
    expect(read('城北污水管网项目于2025年6月底前开工，2026年底前完工。', THREE_YEARS)).toEqual([
      [2025, '启动', '2025年6月底前开工'],
      [2026, '完成', '2026年底前完工'],
    ]);
    expect(read('东湖大桥2024年开工，2026年通车。', THREE_YEARS)).toEqual([
      [2024, '启动', '2024年开工'],
      [2026, '完成', '2026年通车'],
    ]);
  });

  it('not a chain: a year compared with, counted from or reached by (比, 自, 到 …), an account', () => {
    expect(read('全区地区生产总值比2020年增长20%，2025年达到1000亿元。', THREE_YEARS)).toEqual([]);
    expect(read('新建基站数量自2020年以来逐年增加，2025年实现全覆盖。', THREE_YEARS)).toEqual([]);
    expect(read('全区已于2023年建成基站500个，2024年新建120个。', THREE_YEARS)).toEqual([]);
  });
});

describe('a labelled 时间节点 line keeps every deadline (failed before: its first only)', () => {
  it('the months after the line\'s first entry are of its year, joined to that year\'s milestone by ；', () => {
    expect(read('时间节点：2025年6月底前完成方案；9月底前完成建设；12月底前验收。', THREE_YEARS)).toEqual([
      [2025, '完成', '2025年6月底前完成方案；9月底前完成建设；12月底前验收'],
    ]);
    expect(read('时间节点：6月底前完成方案；9月底前完成建设；12月底前验收。')).toEqual([
      [2025, '完成', '6月底前完成方案；9月底前完成建设；12月底前验收'],
    ]);
    // (a later year on the line is its own entry, the months after it of that year)
    expect(read('时间节点：2025年6月底前完成方案；9月底前完成招标；2026年6月底前建成；12月底前验收。', THREE_YEARS)).toEqual([
      [2025, '完成', '2025年6月底前完成方案；9月底前完成招标'],
      [2026, '完成', '2026年6月底前建成；12月底前验收'],
    ]);
  });

  it('a month on the next line, without a label, is no entry of the line; nor a month of an account', () => {
    expect(read('时间节点：2025年6月底前完成方案。\n9月底前完成建设。', THREE_YEARS)).toEqual([[2025, '完成', '2025年6月底前完成方案']]);
    expect(read('时间节点：2025年6月底前完成方案；截至9月底前已完成投资2亿元。', THREE_YEARS)).toEqual([[2025, '完成', '2025年6月底前完成方案']]);
  });

  it('a labelled 完成时限 states the year\'s 完成 over a month deadline of a sentence before it', () => {
    expect(read('开展软弱涣散党组织整顿，年底前全部转化提升。\n完成时限：2025年12月底前')).toEqual([[2025, '完成', '2025年12月底前']]);
  });

  const plan = `东湖区城市建设三年行动计划（2024—2026年）
一、重点任务
（一）完善污水管网。城北污水管网项目于2025年6月底前开工，2026年底前完工。
牵头单位：区水务局
（二）建设智慧停车平台。新增智慧停车泊位2000个。
时间节点：2024年6月底前完成方案；9月底前完成招标；12月底前上线试运行。
牵头单位：区交通委
（三）规范资金管理。严禁在2025年6月底前突击花钱。
牵头单位：区财政局
二、保障措施
（一）加强督导。每季度通报进展。`;

  it('in a whole plan (failed before)', () => {
    const doc = importText(plan, 'x.txt');
    expect(doc.meta.period).toEqual(THREE_YEARS);
    const tasks = [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task' && n.lead.length);
    expect(tasks.map((n) => [n.heading, n.milestones.map((m) => [m.year, m.stage, m.text])])).toEqual([
      ['完善污水管网', [[2025, '启动', '2025年6月底前开工'], [2026, '完成', '2026年底前完工']]],
      ['建设智慧停车平台', [[2024, '完成', '2024年6月底前完成方案；9月底前完成招标；12月底前上线试运行']]],
      ['规范资金管理', []],
    ]);
  });

  it.each(roundTrips)('the milestones come back from the %s export as they were', async (_, back) => {
    const doc = importText(plan, 'x.txt');
    const ms = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.milestones.length).map((n) => [n.heading, n.milestones]);
    expect(ms(await back(doc))).toEqual(ms(doc));
  });
});

describe('a clause of the work after a department list\'s names: no department, and its words stay (the caller says where)', () => {
  it('where the text keeps the words (an annotation, a field line), the clause is left out of the names (failed before)', () => {
    expect(splitDepartments('（牵头单位：区商务委，每季度报送进展）', 'text')).toEqual(['区商务委']);
    expect(splitDepartments('区发改委，按季度通报进展情况、存在问题', 'text')).toEqual(['区发改委']);
    expect(splitDepartments('区商务委，每季度报送进展；配合单位：区文旅局、区财政局', 'text')).toEqual(['区商务委', '区文旅局', '区财政局']);
    const words: string[] = [];
    expect(splitDepartments('区商务委，每季度报送进展，配合单位：区文旅局', words)).toEqual(['区商务委', '区文旅局']);
    expect(words).toEqual(['每季度报送进展']);
  });

  it('where nothing else keeps them, the caller gets the words as written (failed before: a second department)', () => {
    const words: string[] = [];
    expect(splitDepartments('区商务委，每季度报送进展情况、存在问题', words)).toEqual(['区商务委']);
    expect(words).toEqual(['每季度报送进展情况、存在问题']);
    const dated: string[] = [];
    expect(splitDepartments('区科委，2025年底前完成', dated)).toEqual(['区科委']);
    expect(dated).toEqual(['2025年底前完成']);
  });

  it('names stay names: a list\'s first piece, a name ending as names do, a remark inside a name\'s bracket', () => {
    const words: string[] = [];
    expect(splitDepartments('区科委，统筹办', words)).toEqual(['区科委', '统筹办']);
    expect(splitDepartments('每季度报送进展', words)).toEqual(['每季度报送进展']);
    expect(splitDepartments('区科委（负责统筹协调，每月调度一次）、区经委', words)).toEqual(['区科委(负责统筹协调，每月调度一次)', '区经委']);
    expect(words).toEqual([]);
  });

  it('an annotation: the task leads with the unit alone, its text keeps the clause (failed before)', () => {
    const d = importText('东湖区2025年工作方案\n\n一、重点任务\n\n（一）繁荣夜间经济\n\n打造夜间消费集聚区3个。（牵头单位：区商务委，每季度报送进展；配合单位：区文旅局）\n', 'x.txt');
    const task = d.nodes[0].children[0];
    expect([task.lead, task.partners]).toEqual([['区商务委'], ['区文旅局']]);
    expect(task.body).toContain('每季度报送进展');
  });

  const table = `东湖区2025年重点工作任务分解表
一、重点任务
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t繁荣夜间经济，打造夜间消费集聚区3个\t区商务委，每季度报送进展\t区文旅局\t年底前
2\t完善城北污水管网，新建管网20公里\t区水务局\t各街道，按月报送工程进度\t6月底前`;

  it('a task table\'s cells: the names are the task\'s departments, the clause a line of the task\'s text (failed before)', () => {
    const tasks = [...walk(importText(table, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    expect(tasks.map((n) => [n.lead, n.partners, n.body])).toEqual([
      [['区商务委'], ['区文旅局'], '每季度报送进展'],
      [['区水务局'], ['各街道'], '按月报送工程进度'],
    ]);
  });

  it.each(roundTrips)('the clause and the departments come back from the %s export', async (_, back) => {
    const doc = importText(table, 'x.txt');
    const fields = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task').map((n) => [n.lead, n.partners, textParagraphs(n.body)]);
    // (the text without the field lines the export writes after it)
    expect(fields(await back(doc))).toEqual(fields(doc));
  });

  const annotated = `东湖区2025年工作方案
一、重点任务
（一）繁荣夜间经济。打造夜间消费集聚区3个。（牵头单位：区商务委，每季度报送进展；配合单位：区文旅局）
（二）提升政务服务。推进一网通办。
牵头单位：区政务服务办，每月通报办件情况
配合单位：区大数据中心`;

  it.each(roundTrips)('when the departments were changed, the %s export still says the clause and no department comes of it', async (_, back) => {
    const doc = importText(annotated, 'x.txt');
    const [a, b] = [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    expect([a.lead, b.lead]).toEqual([['区商务委'], ['区政务服务办']]);
    a.lead = ['区商务局'];
    b.lead = ['区行政审批局'];
    const [a2, b2] = [...walk((await back(doc)).nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    expect([a2.lead, a2.partners, b2.lead, b2.partners]).toEqual([['区商务局'], ['区文旅局'], ['区行政审批局'], ['区大数据中心']]);
    expect(a2.heading + a2.body).toContain('每季度报送进展');
    expect(b2.heading + b2.body).toContain('每月通报办件情况');
  });

  it('the editor\'s fix of the stale line writes it from the fields and keeps the clause a line after it', () => {
    const doc = importText(annotated.replace('每月通报办件情况\n配合单位', '每月通报办件情况；配合单位'), 'x.txt');
    const b = [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task')[1];
    expect([b.lead, b.partners]).toEqual([['区政务服务办'], ['区大数据中心']]);
    b.lead = ['区行政审批局'];
    const f = lintPlan(doc).find((x) => x.rule === 'field-line-stale' && x.nodeId === b.id)!;
    expect(f.fix!.replacement).toBe('牵头单位：区行政审批局；配合单位：区大数据中心\n每月通报办件情况');
    const fixed = [...walk(applyFix(doc, f).nodes)].map((w) => w.node).find((n) => n.id === b.id)!;
    expect(fixed.body).toContain('每月通报办件情况');
    expect(lintPlan(applyFix(doc, f)).filter((x) => x.rule === 'field-line-stale' && x.nodeId === b.id)).toEqual([]);
  });
});

describe('a deadline column with full-width digits', () => {
  it('"８月底前" in a one-year plan and "２０２６年６月底前" give their year, as in ASCII digits (failed before)', () => {
    const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    const one = tasks(`临川区2025年民生实事项目任务分解表
一、教育卫生类
序号\t工作任务\t牵头单位\t完成时限
1\t新建城东小学综合楼\t区教育局\t８月底前
2\t改造提升社区卫生服务站5个\t区卫生健康委\t年底前`);
    expect(one.map((n) => n.milestones.map((m) => [m.year, m.stage, m.text]))).toEqual([[[2025, '完成', '８月底前']], [[2025, '完成', '年底前']]]);
    const three = tasks(`临川区城市建设三年行动计划（2024—2026年）
一、重点项目
序号\t工作任务\t牵头单位\t完成时限
1\t新建城东小学综合楼\t区教育局\t２０２６年６月底前
2\t改造提升社区卫生服务站5个\t区卫生健康委\t2025年底前`);
    expect(three.map((n) => n.milestones.map((m) => [m.year, m.stage]))).toEqual([[[2026, '完成']], [[2025, '完成']]]);
  });
});
