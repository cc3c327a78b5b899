/**
 * General rules found in the twelfth batch of real plans (session 38, h-real12: docs/importer-corpus.md "Real plans read
 * (session 38)"), and the batches' cases left before it, written as rules in docs/importer-grammar.md "Rules added from
 * real plans (session 38, h-real12)". The real texts were read, never kept: every case is in our own words, with
 * fictional places, in another style than the page that showed the gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; lead: string[]; partners: string[]; children: N[]; milestones: { year: number; stage: string | null }[] };

describe('the period of a plan whose title names no years', () => {
  it('a 行动方案 without a year whose 工作目标 writes its span ("2025—2027年，全区…")', () => {
    const plan = importText([
      '南屿县推进县域商业体系建设行动方案',
      '为完善县乡村三级商业网络，结合我县实际，制定本方案。',
      '一、工作目标',
      '2025—2027年，全县新建改造乡镇商贸中心12个，村级便民商店覆盖率达到95%。',
      '二、重点任务',
      '1.改造提升乡镇商贸中心。每年改造4个以上。（县商务局牵头，各乡镇配合）',
      '2.建设县级物流配送中心。（县交通运输局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2025, end: 2027 });
  });
  it('an 实施方案 whose text gives the length of its work and the year it is done by ("用三年左右时间…到2028年")', () => {
    const plan = importText([
      '云溪区背街小巷环境整治提升实施方案',
      '一、总体要求',
      '以群众满意为目标，用三年左右时间，对全区背街小巷实施分类整治，到2028年，背街小巷环境达标率达到100%。',
      '二、主要任务',
      '（一）整治道路破损。（区城管局牵头，各街道配合）',
      '（二）规范架空线缆。（区住建局牵头，区工信局配合）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2028 });
  });
  it('a span inside 《》 is another plan\'s: no period from it', () => {
    const plan = importText([
      '青川区社区嵌入式服务设施建设工作方案',
      '为落实《临江市社区服务体系建设规划（2021—2025年）》，结合我区实际，制定本方案。',
      '一、重点任务',
      '1.建设社区食堂。（区民政局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toBeNull();
  });
  it('a page without its title that names for short the 纲要 its text divides: that 纲要\'s period', () => {
    const plan = importText([
      '各乡镇人民政府，县政府各部门：《南屿县国民经济和社会发展第十五个五年规划纲要》（以下简称《纲要》）已经县人民代表大会批准。为确保《纲要》顺利实施，现将主要目标和任务分工如下：',
      '一、分工原则',
      '（一）突出重点。对需要政府履行职责的目标任务进行分解。',
      '二、任务分工',
      '1.地区生产总值年均增长6%。责任单位：县发展改革局',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2030 });
  });
  it('a 规划 of thirteen years ending on a long-range goal\'s year ("（2023—2035年）") and an annual list closed by a note', () => {
    expect(importText(['东湖区历史文化名城保护规划（2023—2035年）', '一、总则', '1.规划范围。'].join('\n'), 'x.txt').meta.period).toEqual({ start: 2023, end: 2035 });
    expect(importText(['青川区2026年重点工作推进清单（第一季度进展情况）', '一、稳增长', '1.新开工项目20个。（区发展改革局牵头）'].join('\n'), 'x.txt').meta.period).toEqual({ start: 2026, end: 2026 });
  });
});

describe('a 目录 entry whose number lost its full stop', () => {
  it('"3加强…" between "2.…" and "（二）…" inside a 目录 without page numbers is an entry, not a heading of the text', () => {
    const plan = importText([
      '云溪区智慧社区建设规划（2024-2028年）',
      '目  录',
      '一、发展基础',
      '（一）建设现状',
      '1.基础设施',
      '2.服务应用',
      '3存在问题',
      '（二）面临形势',
      '二、总体要求',
      '一、发展基础',
      '（一）建设现状',
      '全区已建成智慧社区服务平台1个，接入社区42个。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|发展基础', '  section （一）|建设现状']);
  });
});

describe('task tables of other headers', () => {
  it('a 分解表 whose task column is headed 主要工作举措 (tab-separated, a group row under the header)', () => {
    const plan = importText([
      '东湖区2026年重点工作任务分解表',
      '序号\t主要工作举措\t牵头单位\t配合单位',
      '一、壮大特色产业',
      '1\t推进预制菜产业园建设，引进加工企业5家。\t区农业农村局\t区商务局、区市场监管局',
      '2\t实施工业技改项目20个。\t区工信局\t区发展改革局',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|壮大特色产业', '  task 1|推进预制菜产业园建设，引进加工企业5家。', '  task 2|实施工业技改项目20个。']);
    expect(roles(plan.nodes as N[])).toEqual(['1 区农业农村局|区商务局、区市场监管局', '2 区工信局|区发展改革局']);
  });
  it('a numbered list of works with a 进度安排 and no units, drawn with bars, its last row cut by the page', () => {
    const plan = importText([
      '南屿县2026年度重点工作清单（上半年执行情况）',
      '| 序号 | 工作事项 | 进度安排 | 进展情况 |',
      '| 1 | 建成县文体中心。 | ①3月底前，完成主体验收。②6月底前，投入使用。 | 主体已验收。 |',
      '| 2 | 新增城镇就业岗位2000个。 | ①4月底前，举办招聘会3场。 | 已举办2场。 |',
      '| 3 | 完成农村公路提档升级50公里。 | ①5月底前，完成招标。 | 正在招',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|建成县文体中心。', 'task 2|新增城镇就业岗位2000个。', 'task 3|完成农村公路提档升级50公里。']);
    expect((plan.nodes as N[])[0].milestones).toEqual([expect.objectContaining({ year: 2026, stage: '完成' })]);
  });
});

describe('units named 供销社 and 联社', () => {
  it('"（县供销合作社牵头，县农村信用联社配合）" and "（县供销社负责）" name units', () => {
    const plan = importText([
      '青川县农村寄递物流体系建设工作方案',
      '一、重点任务',
      '1.建设乡镇寄递物流综合服务站10个。（县供销合作社牵头，县农村信用联社、县邮政管理局配合）',
      '2.建设农产品冷链仓储设施3处。（县供销社负责）',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1. 县供销合作社|县农村信用联社、县邮政管理局', '2. 县供销社|']);
  });
});
