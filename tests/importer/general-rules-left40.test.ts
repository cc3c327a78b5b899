/**
 * What session 39 left in the importer (docs/importer-grammar.md, "Rules added in session 40 (h-left40)"): a 时间节点 line
 * whose yearly steps are cut by commas; a total said before steps that complete it ("…，2027年底前全部建成"), and a chain
 * with two steps of one year; a target whose subject is "现有…"/"已建成的…" after the year it aims at; accounts in a part
 * that tells what was done (工作基础, 建设成效). Each case is written afresh, with fictional places, in two styles; the
 * rule cases fail on 450c57f5, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const indicators = (ns: PlanNode[]) => all(ns).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`));
const ms = (text: string) => all(plan(text).nodes).filter((n) => n.milestones.length).map((n) => `${n.heading}: ${n.milestones.map((m) => `${m.year} ${m.stage ?? '-'} ${m.text}`).join(' | ')}`);

describe('a schedule line whose yearly steps are cut by commas gives each year its milestone (celltable.ts commaSteps)', () => {
  it('a 三年行动计划\'s 时间节点 lines: 规划编制, 开工建设, 建成投用 — each step its own year', () => {
    expect(ms(['南屿县农村供水保障三年行动计划（2026—2028年）', '一、重点任务',
      '1.建设城乡供水一体化工程。新建县城第二水厂，日供水能力5万吨。', '牵头单位：县水利局',
      '时间节点：2026年完成规划编制，2027年开工建设，2028年建成投用。',
      '2.改造老旧供水管网。更新农村供水管网120公里。', '牵头单位：县住房城乡建设局',
      '时间节点：2026年启动改造，2027年完成60公里，2028年全面完成。'].join('\n'))).toEqual([
      '建设城乡供水一体化工程: 2026 完成 2026年完成规划编制 | 2027 - 2027年开工建设 | 2028 完成 2028年建成投用',
      '改造老旧供水管网: 2026 启动 2026年启动改造 | 2027 完成 2027年完成60公里 | 2028 完成 2028年全面完成',
    ]);
  });
  it('a 工作方案\'s 进度安排 in a bracket-free paragraph, steps in other words (试点, 推广, 全覆盖)', () => {
    expect(ms(['云溪区智慧社区建设工作方案（2025—2027年）', '二、主要任务',
      '（一）建设社区智慧平台。整合社区服务事项，建设统一的社区信息平台。进度安排：2025年选取5个社区试点，2026年在全区推广，2027年实现全覆盖。'].join('\n'))).toEqual([
      '建设社区智慧平台: 2025 - 2025年选取5个社区试点 | 2026 - 2026年在全区推广 | 2027 - 2027年实现全覆盖',
    ]);
  });
  it('guards: a piece that opens with no year keeps the line as it was read (a month step of a one-year plan, a deadline label)', () => {
    expect(ms(['青川区2026年社区服务工作要点', '一、重点工作',
      '1.建设社区食堂。时间节点：2026年3月底前完成选址，6月底前完成招标。',
      '2.推进老旧电梯更新。完成时限：2026年底前，2026年6月底前完成一半。'].join('\n'))).toEqual([
      '建设社区食堂: 2026 完成 2026年3月底前完成选址',
      '推进老旧电梯更新: 2026 完成 2026年底前，2026年6月底前完成一半',
    ]);
  });
});

describe('a total said before the steps that complete it is of the year they complete it; a chain goes on through two steps of one year (indicators.ts ALL_DONE, celltable.ts yearChain)', () => {
  it('a 行动方案\'s tasks: "新建水厂8座，2026年建成3座，2027年底前全部建成" — 8座 by 2027', () => {
    const p = plan(['临江市东湖区供水设施提升行动方案（2026—2028年）', '一、重点任务',
      '（一）新建水厂。新建水厂8座，2026年建成3座，2027年底前全部建成。',
      '（二）建设口袋公园。新建口袋公园30个，2026年建成10个，2027年建成12个，2028年底前全部建成。',
      '（三）更新供水管网。更新供水管网300公里，2026年完成100公里，2027年底前完成剩余改造。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['水厂 = 8座 2027', '水厂 = 3座 2026', '口袋公园 = 30个 2028', '口袋公园 = 10个 2026', '口袋公园 = 12个 2027',
      '更新供水管网 = 300公里 2027', '更新供水管网 = 100公里 2026']);
  });
  it('a chain with two steps of 2027 (its new length, then 全部建成) keeps its 2026 step', () => {
    expect(ms(['云溪区绿道建设三年行动方案（2026—2028年）', '一、重点任务',
      '1.建设滨河绿道。2026年新建绿道20公里，2027年新建绿道30公里，2027年底前全部建成。',
      '2.建设环湖步道。2026年完成步道选线，2027年上半年开工建设，2027年底前全面完工。'].join('\n'))).toEqual([
      '建设滨河绿道: 2026 - 2026年新建绿道20公里 | 2027 - 2027年新建绿道30公里 | 2027 完成 2027年底前全部建成',
      '建设环湖步道: 2026 完成 2026年完成步道选线 | 2027 启动 2027年上半年开工建设 | 2027 完成 2027年底前全面完工',
    ]);
  });
  it('guards: a total said after no step (its year the sentence\'s own) and a sentence of one year\'s two clauses (no chain)', () => {
    const text = ['南屿县污水治理工作方案（2026—2028年）', '一、重点任务',
      '1.改造泵站。改造提升污水泵站12座，2027年底前全部建成。',
      '2.建设管网。2026年完成管网普查，2026年底前完成城北片区改造。'].join('\n');
    expect(indicators(plan(text).nodes)).toEqual(['改造提升污水泵站 = 12座 2027']);
    expect(ms(text)).toEqual(['改造泵站: 2027 完成 2027年底前全部建成', '建设管网: 2026 完成 2026年完成管网普查；2026年底前完成城北片区改造']);
  });
});

describe('a word of what is there that names the target\'s subject after the year it aims at is no baseline (indicators.ts SUBJECT_THERE)', () => {
  it('a 行动方案\'s 主要目标: 现有…, 已建成的…, 力争到…, and 在现有…基础上', () => {
    const p = plan(['东湖区工业稳增长行动方案（2026—2028年）', '一、主要目标',
      '到2028年，现有规模以上工业企业技术改造覆盖率达到80%。',
      '力争到2027年，已建成的污水处理厂全部提标改造，出水达标率达到100%。',
      '在现有社区食堂12个的基础上新建8个，到2027年社区食堂总数达到20个。',
      // (在此基础上 closes the baseline: what is new after it is a target)
      '全区现有养老服务站26个，在此基础上新建养老服务站4个，到2027年养老服务站总数达到30个。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['规模以上工业企业技术改造覆盖率 >= 80% 2028', '出水达标率 >= 100% 2027', '社区食堂总数 >= 20个 2027',
      '养老服务站 = 4个 2027', '养老服务站总数 >= 30个 2027']);
  });
  it('a 实施意见 naming no period: "至2027年底，已有的…" and "到2027年，现有…" under tasks', () => {
    const p = plan(['云溪区关于推进既有建筑节能改造的实施意见', '一、重点任务',
      '（一）改造公共建筑。至2027年底，已有的公共建筑节能改造完成率达到60%。',
      '（二）更新老旧电梯。到2027年，现有住宅老旧电梯更新率达到50%，全区新增加装电梯300部。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['公共建筑节能改造完成率 >= 60% 2027', '住宅老旧电梯更新率 >= 50% 2027', '加装电梯 = 300部 2027']);
  });
  it('a sentence naming nothing but its baseline frame: "在现有12个基础上新建8个，到2027年总数达到20个" is a total of 20 (基础上 no part of a name)', () => {
    const p = plan(['南屿县电商进村工作方案（2026—2027年）', '一、工作目标',
      '在现有12个基础上新建8个，到2027年总数达到20个。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['总数 >= 20个 2027']);
  });
  it('guards: a 现有 before the year stays a baseline; a 目前 after it too', () => {
    const p = plan(['南屿县电商进村工作方案（2026—2027年）', '一、工作目标',
      '全县现有电商服务站点80家，到2027年达到150家。',
      '到2027年，农村快递进村覆盖率达到95%，目前为70%。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['电商服务站点 >= 150家 2027', '农村快递进村覆盖率 >= 95% 2027']);
  });
});

describe('accounts in a part that tells what was done (工作基础, 建设成效) are no targets (enrich.ts PAST_PART)', () => {
  it('a 行动方案 opening with 工作基础: what was built there, targets in 重点任务 only', () => {
    const p = plan(['东湖区新型基础设施建设行动方案（2026—2028年）', '一、工作基础',
      '全区共建成5G基站1200个，光纤覆盖率达到98%，建成区级数据中心1个。', '二、重点任务',
      '（一）完善5G网络。到2028年，全区5G基站达到3000个。', '（二）完善基础设施。新建边缘计算节点20个。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['5G基站 >= 3000个 2028', '边缘计算节点 = 20个 2028']);
  });
  it('a 工作方案 whose first part is 建设成效与问题, its sections numbered; guard: 夯实发展基础 is work, its figures targets', () => {
    const p = plan(['青川区农贸市场提升改造工作方案（2026—2027年）', '一、建设成效与问题',
      '（一）市场改造。累计改造农贸市场15个，新增摊位600个。', '（二）存在问题。部分市场消防设施老化。',
      '二、主要任务', '（一）夯实发展基础。改造提升农贸市场10个，智慧化改造率达到80%。'].join('\n'));
    expect(outline(p.nodes)[0]).toBe('part 一、|建设成效与问题');
    expect(indicators(p.nodes)).toEqual(['改造提升农贸市场 = 10个 2027', '智慧化改造率 >= 80% 2027']);
  });
});

describe('a note of a year\'s progress carries that year as its period (dates.ts 进展通报)', () => {
  const head = (title: string) => plan([title, '各街道，区政府各部门：', '现将有关情况通报如下。', '一、总体情况',
    '全区重点项目完成投资45亿元。', '二、下一步工作', '（一）加快项目建设。各牵头单位要倒排工期，确保年底前完成全年目标。'].join('\n')).meta;
  it('a half-year\'s, a quarter\'s and a month\'s progress note, and a report of a plan\'s execution: the year (the part of it stays in the title)', () => {
    expect(['关于2026年上半年重点工作进展情况的通报', '青川区2026年一季度民生实事项目推进情况通报',
      '关于2025年10月份全区重点项目建设进展情况的通报', '南屿县2025年国民经济和社会发展计划执行情况的报告'].map((t) => [head(t).title, head(t).period])).toEqual([
      ['关于2026年上半年重点工作进展情况的通报', { start: 2026, end: 2026 }], ['青川区2026年一季度民生实事项目推进情况通报', { start: 2026, end: 2026 }],
      ['关于2025年10月份全区重点项目建设进展情况的通报', { start: 2025, end: 2025 }], ['南屿县2025年国民经济和社会发展计划执行情况的报告', { start: 2025, end: 2025 }],
    ]);
  });
  it('a part of the year before 区政府/县政府 in the title names no place ("上半年区", "一季度县"): the signature\'s district is the plan\'s', () => {
    const meta = (title: string, signer: string) => plan([title, '一、总体情况', '全区重点项目完成投资45亿元。', signer, '2026年7月10日'].join('\n')).meta;
    expect([meta('关于2026年上半年区政府重点工作进展情况的通报', '临江市青川区人民政府办公室'), meta('南屿县2026年一季度县政府民生实事推进情况通报', '南屿县人民政府办公室'),
      meta('2026年1—6月区政府重点项目工作进展', '云溪区人民政府办公室')].map((m) => m.district)).toEqual(['青川区', '南屿县', '云溪区']);
  });
  it('guards: a 通报 of another kind (表彰) gives none; a note naming two years, its range or none', () => {
    expect(head('关于表彰2025年度全区安全生产先进单位的通报').period).toBeNull();
    expect(head('关于2024年至2025年城市更新项目推进情况的通报').period).toEqual({ start: 2024, end: 2025 });
    expect(head('关于2025年度和2026年一季度重点项目推进情况的通报').period).toBeNull();
  });
});
