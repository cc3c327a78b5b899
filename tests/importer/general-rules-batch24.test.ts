/**
 * General rules found by blind batch 24 of the corpus (tests/corpus/docs/164–169; docs/importer-corpus.md, batch 24;
 * docs/importer-grammar.md, "Rules added for batch 24").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);
const years = (n: N | undefined) => (n?.milestones ?? []).map((m) => `${m.year}${m.stage ?? ''}`);

describe('the unit that guides the work helps: "（A负责，B指导）", a 指导部门 line (169: a county whose townships do the work)', () => {
  const text = [
    '云溪区2026年校园周边环境整治工作方案',
    '一、工作目标',
    '全区中小学校园周边环境秩序明显好转。',
    '二、重点任务',
    '（一）整治校园周边交通秩序。在上下学时段设置护学岗，增设交通标志标线120处。（公安云溪分局负责，区教育局指导）',
    '（二）规范校园周边经营行为。清理无证摊点，查处向未成年人售烟行为。',
    '责任单位：各街道办事处',
    '指导部门：区市场监管局',
    '（三）消除校园周边安全隐患。排查整改校舍周边危房和电气线路隐患。（区教育局牵头，区住房城乡建设局、区应急管理局配合）',
  ].join('\n');
  it('B of "A负责，B指导" is a partner, not a lead named "B指导"', () => {
    expect(byHeading(plan(text).nodes, '整治校园周边交通秩序')).toMatchObject({ kind: 'task', lead: ['公安云溪分局'], partners: ['区教育局'] });
  });
  it('a 指导部门 line under a 责任单位 line names a partner', () => {
    expect(byHeading(plan(text).nodes, '规范校园周边经营行为')).toMatchObject({ kind: 'task', lead: ['各街道办事处'], partners: ['区市场监管局'] });
  });
});

describe('a 专栏 whose projects are a table without a 序号 column, the name first (168)', () => {
  const text = [
    '青川区“十五五”数字乡村发展规划',
    '规划期为2026—2030年。',
    '一、发展目标',
    '到2030年，行政村5G网络通达率达到100%。',
    '二、主要任务',
    '（一）完善乡村信息基础设施',
    '1.推进千兆光网进村。新建农村光缆800公里。',
    '2.建设乡村物联感知网络。在重点水库和地质灾害点布设感知设备500台。',
    '专栏1　数字乡村重点项目',
    '项目名称\t建设内容\t总投资（万元）',
    '乡村千兆光网覆盖项目\t新建农村光缆800公里\t6000',
    '乡村治理数字平台项目\t建设区级乡村治理数字平台1个\t1500',
    '（二）发展智慧农业',
    '1.建设数字农业示范基地。建成数字农业示范基地5个。',
    '三、保障措施',
    '加强组织领导，强化资金保障。',
  ].join('\n');
  it('each row is an unnumbered project of the box, its other cells its text', () => {
    const p = plan(text);
    const lines = outline(p.nodes);
    const box = lines.findIndex((l) => l.includes('box 专栏1|数字乡村重点项目'));
    expect(box).toBeGreaterThan(0);
    expect(lines.slice(box + 1, box + 3)).toEqual(['      item |乡村千兆光网覆盖项目', '      item |乡村治理数字平台项目']);
    expect(byHeading(p.nodes, '乡村治理数字平台项目')?.body).toContain('建设内容：建设区级乡村治理数字平台1个');
  });
});

describe('a one-year plan\'s deadline right after what it names, without 于 or 在 (167)', () => {
  const text = [
    '南屿县2026年重点项目建设工作要点',
    '一、加快项目建设',
    '1.推进城东污水处理厂建设。完成设备安装调试，确保城东污水处理厂9月底前建成投用。（责任单位：县住房城乡建设局）',
    '2.抓好项目前期工作。各乡镇每年6月底前完成项目储备申报。（责任单位：县发展改革局）',
  ].join('\n');
  it('"确保X9月底前建成投用" is that year\'s milestone; "各乡镇每年6月底前完成…" (every year) is none', () => {
    const p = plan(text);
    expect(years(byHeading(p.nodes, '推进城东污水处理厂建设'))).toEqual(['2026完成']);
    expect(years(byHeading(p.nodes, '抓好项目前期工作'))).toEqual([]);
  });
});

describe('a date the work starts from: "2026年3月起全面推行" (166)', () => {
  const text = [
    '临江市东湖区生活垃圾分类三年行动计划（2026—2028年）',
    '一、重点任务',
    '1.推行定时定点投放。在住宅小区设置集中投放点，2026年3月起全面推行定时定点投放。（责任单位：区城市管理局、各街道办事处）',
    '2.完善法规制度。修订区生活垃圾分类管理办法，自2026年1月1日起施行。（责任单位：区司法局）',
  ].join('\n');
  it('the start is a milestone of its year (启动); a rule\'s 自…起施行 is none', () => {
    const p = plan(text);
    expect(years(byHeading(p.nodes, '推行定时定点投放'))).toEqual(['2026启动']);
    expect(years(byHeading(p.nodes, '完善法规制度'))).toEqual([]);
  });
});

describe('one year of a total after 其中: "…3000个，其中2026年建成800个" (165)', () => {
  const text = [
    '青川区新能源汽车充电设施建设三年行动方案（2026—2028年）',
    '一、主要任务',
    '（一）加快公共充电桩建设。三年新建公共充电桩3000个，其中2026年建成800个。（牵头单位：区发展改革委；配合单位：区供电公司）',
    '（二）推进小区充电设施改造。2025年已建成小区充电桩1200个，其中2024年建成500个，继续扩大覆盖。（牵头单位：区住房城乡建设局）',
  ].join('\n');
  it('the year inside the plan\'s period is a milestone; an account before it is none', () => {
    const p = plan(text);
    expect(years(byHeading(p.nodes, '加快公共充电桩建设'))).toEqual(['2026完成']);
    expect(years(byHeading(p.nodes, '推进小区充电设施改造'))).toEqual([]);
  });
});
