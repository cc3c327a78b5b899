/**
 * General rules found by blind batch 23 (tests/corpus/docs/152–157; docs/importer-corpus.md, batch 23;
 * docs/importer-grammar.md, "Rules added for batch 23"). Every case is written in our own words, with fictional
 * places, in another style than the corpus document that called for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readPeriod, writesRepublicYear } from '../../shared/importer/dates';
import { headingUnit } from '../../shared/importer/departments';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);

describe('capital numerals 壹、贰、叁、 over 一、 (a 街道 report in Simplified script: 工作回顾 and 工作安排)', () => {
  const text = [
    '云溪区临湖街道2025年工作总结和2026年工作计划',
    '壹、2025年工作回顾',
    '全年完成固定资产投资12亿元，新增市场主体860户。',
    '贰、2026年工作安排',
    '一、抓好项目建设',
    '（一）推进城中村改造。完成东岸村改造签约，2026年10月底前启动安置房建设。（牵头科室：城建办；配合科室：财政所）',
    '（二）盘活闲置楼宇。引进企业20家。（牵头科室：经济发展办）',
    '二、提升基层治理',
    '（三）深化网格化管理。优化网格112个。（牵头科室：平安办）',
    '叁、保障措施',
    '加强统筹调度，每月通报工作进展。',
  ].join('\n');
  it('the 大写 numerals are the top level, 一、 below them', () => {
    const lines = outline(plan(text).nodes);
    expect(lines.filter((l) => /^\S/.test(l))).toEqual(['part 壹、|2025年工作回顾', 'part 贰、|2026年工作安排', 'part 叁、|保障措施']);
    expect(lines).toContain('  section 一、|抓好项目建设');
    expect(byHeading(plan(text).nodes, '推进城中村改造')).toMatchObject({ kind: 'task', lead: ['城建办'], partners: ['财政所'] });
  });
});

describe('a goal heading beside the work heading of its level, inside a section (一、X / （一）工作目标 / （二）重点任务)', () => {
  const text = [
    '南屿县“十五五”农村公路发展规划',
    '第一章 总体要求',
    '第二章 主要任务',
    '一、完善农村公路网络',
    '（一）工作目标',
    '到2030年，全县农村公路优良中等路率达到85%。',
    '（二）重点任务',
    '1.实施路网提档升级。改造提升县乡道120公里。（责任单位：县交通运输局）',
    '2.推进危桥改造。改造危桥30座。（责任单位：县交通运输局、县财政局）',
    '二、提升农村客运服务',
    '（一）工作目标',
    '建制村通客车率保持100%。',
    '（二）重点任务',
    '1.推进城乡客运一体化。更新新能源客车40辆。（责任单位：县交通运输局）',
  ].join('\n');
  it('（一）工作目标 is a section, as its sibling （二）重点任务 is', () => {
    const lines = outline(plan(text).nodes);
    expect(lines).toContain('    section （一）|工作目标');
    expect(lines).toContain('    section （二）|重点任务');
    expect(lines).toContain('      task 1.|实施路网提档升级');
  });
});

describe('a heading that is only an agency\'s name leads the points under it (a 区 plan grouped by department)', () => {
  const text = [
    '青川区2026年营商环境提升工作方案',
    '一、工作目标',
    '营商环境评价进入全市前三位。',
    '二、重点任务',
    '（一）区市场监管局',
    '1.推行经营主体登记全程网办。全程网办率达到95%。',
    '2.开展涉企收费专项检查。',
    '（二）区行政审批服务局',
    '3.推行“拿地即开工”审批模式。',
    '（三）数据中心',
    '4.建设企业服务数据平台。',
    '三、保障措施',
    '各部门要细化工作措施，确保任务落实。',
  ].join('\n');
  it('the agency leads its points; a heading naming a facility (数据中心) leads nothing', () => {
    const p = plan(text);
    expect(byHeading(p.nodes, '推行经营主体登记全程网办')).toMatchObject({ kind: 'task', lead: ['区市场监管局'] });
    expect(byHeading(p.nodes, '推行“拿地即开工”审批模式')!.lead).toEqual(['区行政审批服务局']);
    expect(byHeading(p.nodes, '建设企业服务数据平台')!.lead).toEqual([]);
  });
  it('words that end like an agency name none: a way of handling, a discipline, a laboratory, a headquarters', () => {
    expect(['就近办', '网上办', '重点学科', '重点实验室', '企业总部', '东部', '好处'].map(headingUnit)).toEqual([null, null, null, null, null, null, null]);
    expect(['区委组织部', '党政办公室', '安全生产委员会'].map(headingUnit)).toEqual([['区委组织部'], ['党政办公室'], ['安全生产委员会']]);
  });
});

describe('"A、B等区直有关单位按职责分工负责": the level and 有关 after 等 are no part of a name', () => {
  const text = [
    '石川县2026年城市更新工作要点',
    '一、重点工作',
    '1.推进老旧小区改造。完成老旧小区改造30个。（责任单位：县住房和城乡建设局、县城市管理局等县直有关单位）',
    '2.完善城市停车设施。新增公共停车泊位800个。（县交通运输局、县自然资源局等县级相关部门按职责分工负责）',
  ].join('\n');
  it('the units before 等 lead, without the tail', () => {
    const p = plan(text);
    expect(byHeading(p.nodes, '推进老旧小区改造')!.lead).toEqual(['县住房和城乡建设局', '县城市管理局']);
    expect(byHeading(p.nodes, '完善城市停车设施')!.lead).toEqual(['县交通运输局', '县自然资源局']);
  });
});

describe('the 业主单位 of a project and an investment column of one year (2026年度计划投资)', () => {
  it('a "业主单位：" line leads its project', () => {
    const p = plan([
      '临江市东湖区2026年重大项目推进计划',
      '一、产业项目',
      '1.新能源电池材料产业园。建设年产5万吨正极材料生产线。',
      '业主单位：临江东湖产业投资集团有限公司',
      '完成时限：2026年12月底前',
      '2.智能制造产业园二期。新建标准厂房8万平方米。',
      '项目业主：临江市东湖新城建设发展有限公司',
      '完成时限：2026年10月底前',
    ].join('\n'));
    expect(byHeading(p.nodes, '新能源电池材料产业园')).toMatchObject({ kind: 'task', lead: ['临江东湖产业投资集团有限公司'] });
    expect(byHeading(p.nodes, '智能制造产业园二期')!.lead).toEqual(['临江市东湖新城建设发展有限公司']);
  });
  it('a project table headed 项目业主 and 2026年度计划投资（亿元）', () => {
    const p = plan([
      '云溪区2026年政府投资项目投资计划',
      '序号\t项目名称\t建设规模\t总投资（亿元）\t2026年度计划投资（亿元）\t项目业主',
      '1\t云溪大道快速化改造\t改造道路6.5公里\t18.2\t6.4\t云溪区城市建设投资有限公司',
      '2\t区妇幼保健院迁建\t新建业务用房3.6万平方米\t9.8\t3.1\t区卫生健康局',
    ].join('\n'));
    expect(p.meta.period).toEqual({ start: 2026, end: 2026 });
    const a = byHeading(p.nodes, '云溪大道快速化改造')!;
    expect(a.lead).toEqual(['云溪区城市建设投资有限公司']);
    expect(a.indicators.map((i) => [i.name, i.value, i.unit, i.year])).toEqual(expect.arrayContaining([['总投资', 18.2, '亿元', null], ['2026年计划投资', 6.4, '亿元', 2026]]));
  });
});

describe('a plan dated in the Republic era (民國114年度): its year and its month deadlines', () => {
  it('the title\'s 民國 year is the period; "114年9月底前" a milestone of 2025', () => {
    const p = plan([
      '民國114年度南嶼縣觀光發展工作計畫',
      '一、工作重點',
      '（一）整建自行車道。改善環湖自行車道15公里，114年9月底前完工。（責任單位：觀光旅遊處）',
      '（二）辦理燈會活動。吸引遊客30萬人次。（責任單位：觀光旅遊處）',
    ].join('\n'));
    expect(p.meta.period).toEqual({ start: 2025, end: 2025 });
    expect(byHeading(p.nodes, '整建自行車道')!.milestones.map((m) => m.year)).toEqual([2025]);
  });
  it('a title that writes its year in the Republic era without 民國 (南嶼縣政府114年度…計畫) reads its tasks\' "114年9月底前" likewise', () => {
    const p = plan([
      '南嶼縣政府114年度觀光發展工作計畫',
      '一、工作重點',
      '（一）整建自行車道。改善環湖自行車道15公里，114年 9月底前完工。（責任單位：觀光旅遊處）',
    ].join('\n'));
    expect(p.meta.period).toEqual({ start: 2025, end: 2025 });
    expect(byHeading(p.nodes, '整建自行車道')!.milestones.map((m) => [m.year, m.stage])).toEqual([[2025, '完成']]);
  });
  // review of session 35: the rule read "114年" as 2025 in every plan of 2025 (of 1971–2060), Simplified ones too
  it('the same task under a Simplified title of 2025 names no date by "114年6月底前"; under 民國114年度 it names 2025', () => {
    const body = [
      '一、保护修缮',
      '（一）东湖老街修缮。全区114个村（社区）的老街完成普查，街龄114年的东湖老街列入首批。114年6月底前完成立面修缮。（牵头单位：区住房城乡建设委）',
      '（二）青川会馆加固。完成时限：2025年12月底前。（牵头单位：区文化旅游局）',
    ];
    const simplified = plan(['临江市东湖区2025年历史街区保护工作要点', ...body].join('\n'));
    const republic = plan(['民國114年度南嶼縣歷史街區保護工作計畫', ...body].join('\n'));
    for (const p of [simplified, republic]) expect(p.meta.period).toEqual({ start: 2025, end: 2025 });
    const stages = (p: typeof simplified, h: string) => byHeading(p.nodes, h)!.milestones.map((m) => [m.year, m.stage]);
    // (a mainland text writes no Republic year: "114年6月" is no month of its 2025)
    expect(stages(simplified, '东湖老街修缮')).toEqual([]);
    expect(stages(republic, '东湖老街修缮')).toEqual([[2025, '完成']]);
    expect(stages(simplified, '青川会馆加固')).toEqual([[2025, '完成']]);
  });
  it('writesRepublicYear: the title\'s year so written, or 民國/民国 with the year in the text; never a count', () => {
    const y2025 = { start: 2025, end: 2025 };
    expect(writesRepublicYear(y2025, '民國114年度南嶼縣觀光發展工作計畫', '')).toBe(true);
    expect(writesRepublicYear(y2025, '南嶼縣政府114年度施政計畫', '')).toBe(true);
    expect(writesRepublicYear({ start: 2026, end: 2026 }, '南嶼縣政府115年度施政計畫', '')).toBe(true);
    expect(writesRepublicYear(y2025, '南嶼縣觀光發展工作計畫', '本計畫期程自民國114年1月1日起')).toBe(true);
    expect(writesRepublicYear(y2025, '临江市东湖区2025年历史街区保护工作要点', '全区114个村；东湖老街街龄114年')).toBe(false);
    expect(writesRepublicYear(y2025, '临江一中建校114年校庆工作方案', '2025年9月举办')).toBe(false);
    expect(writesRepublicYear({ start: 2025, end: 2027 }, '民國114年至116年南嶼縣計畫', '')).toBe(false);
  });
  it('a count of years in a mainland title is no Republic year', () => {
    expect(readPeriod('临江一中建校115年校庆活动方案')).toBeNull();
    expect(readPeriod('青川区115个老旧小区改造实施方案')).toBeNull();
  });
});
