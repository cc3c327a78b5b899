/**
 * General rules found by blind batch 28 of the corpus (tests/corpus/docs/207–212; docs/importer-corpus.md, batch 28;
 * docs/importer-grammar.md, "Rules added for batch 28").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const years = (n: N) => n.milestones.map((m) => `${m.year}${m.stage ?? ''}`);

describe('a quarter stands where a month does (211: "2027年四季度完成全部培训任务", "；二季度启动改造施工")', () => {
  it('after a year, unlabelled, in a plan of several years: that year, the stage its verb says', () => {
    // a 纲要-like 三年行动 with (一) run-in tasks, deadlines written in the sentence, no label
    const r = plan([
      '南屿县数字乡村建设三年行动方案（2026—2028年）',
      '一、重点任务',
      '（一）建设县级数据中心。2027年第三季度前建成县级数据中心并投入使用。（责任单位：县数据局）',
      '（二）推广智慧农业应用。2028年二季度末前完成20个智慧农场改造。（责任单位：县农业农村局）',
    ].join('\n'));
    expect(outline(r.nodes)).toEqual(['part 一、|重点任务', '  task （一）|建设县级数据中心', '  task （二）|推广智慧农业应用']);
    expect(years(byHeading(r.nodes, '建设县级数据中心'))).toEqual(['2027完成']);
    expect(years(byHeading(r.nodes, '推广智慧农业应用'))).toEqual(['2028完成']);
  });
  it('alone, opening its clause in a one-year plan: the plan\'s year', () => {
    const r = plan([
      '青石县2026年高标准农田建设工作方案',
      '一、重点任务',
      '（一）加快工程建设。力争三季度末前完成主体工程，第四季度前建成验收。（责任单位：县农业农村局、各乡镇人民政府）',
    ].join('\n'));
    const t = byHeading(r.nodes, '加快工程建设');
    expect(years(t)).toEqual(['2026完成']);
    expect(t.milestones[0].text).toContain('第四季度前建成验收');
  });
  it('stepping a dated schedule line on, 前 or not: the line\'s year', () => {
    // 1. tasks with a 时间节点： line whose steps after the first name only their quarter
    const r = plan([
      '云溪区城市排水防涝能力提升行动计划（2026—2027年）',
      '一、重点任务',
      '1.改造城区排水管网。改造雨污合流管网20公里。',
      '责任单位：区水务局',
      '时间节点：2027年一季度完成招标；二季度开工建设；四季度末前竣工验收。',
    ].join('\n'));
    const t = byHeading(r.nodes, '改造城区排水管网');
    expect(years(t)).toEqual(['2027完成']);
    expect(t.milestones[0].text).toContain('四季度末前竣工验收');
  });
  it('every quarter is still no milestone: "每季度开展一次联合检查"', () => {
    const r = plan(['云溪区2026年安全生产工作要点', '一、重点工作', '（一）加强隐患排查。每季度开展一次联合检查。（责任单位：区应急管理局）'].join('\n'));
    expect(byHeading(r.nodes, '加强隐患排查').milestones).toEqual([]);
  });
});

describe('a signature naming the title\'s district with its city (210: "东湖区…实施方案" signed "临江市东湖区人民政府办公室")', () => {
  const text = (signer: string) => ['青石县2026年高标准农田建设工作方案', '一、重点任务', '（一）完成项目招标。年内完成全部项目招标。（责任单位：县农业农村局）', signer, '2026年2月3日'].join('\n');
  it('the city is the plan\'s', () => {
    const r = plan(text('云州市青石县人民政府办公室'));
    expect([r.meta.district, r.meta.city, r.meta.issuer]).toEqual(['青石县', '云州市', '云州市青石县人民政府办公室']);
  });
  it('not a signature of another district\'s government', () => {
    const r = plan(text('云州市白沙区人民政府办公室'));
    expect([r.meta.district, r.meta.city]).toEqual(['青石县', null]);
  });
});

describe('a deadline after its subject made public by then (209: "目录于3月底前向社会公布")', () => {
  // a one-year 实施方案 of a bureau's work: 出台, 印发, 发布 after 向X
  const r = plan([
    '青川区2026年优化营商环境实施方案',
    '一、重点任务',
    '（一）完善涉企政策。惠企政策清单于6月底前印发。（责任单位：区发展和改革局）',
    '（二）规范行政检查。行政检查事项目录在4月底前向社会发布，全年检查频次下降20%。（责任单位：区司法局）',
    '（三）防范数据风险。严禁于6月底前向社会公布未经审核的统计数据。（责任单位：区统计局）',
  ].join('\n'));
  it('that year, 完成', () => {
    expect(years(byHeading(r.nodes, '完善涉企政策'))).toEqual(['2026完成']);
    expect(years(byHeading(r.nodes, '规范行政检查'))).toEqual(['2026完成']);
  });
  it('not after a prohibition', () => {
    expect(byHeading(r.nodes, '防范数据风险').milestones).toEqual([]);
  });
});

describe('a rate closing a clause after the work\'s (209: "公开保障性住房分配信息,分配结果公示率100%")', () => {
  // a 街道 工作计划 with (1)(2) points under a task; a sentence of background in the goal
  const r = plan([
    '石桥街道2026年社区治理工作计划',
    '一、工作目标',
    '街道户籍人口城镇化率68%，常住人口4.5万人。',
    '二、重点工作',
    '（一）规范物业管理。',
    '（1）推行物业服务清单公示，小区公示率100%；',
    '（2）建立业主满意度测评机制，测评覆盖率达到90%以上。',
    '（责任单位：街道城市管理办公室）',
    '（二）巩固创建成果。辖区绿化覆盖率41%，垃圾分类知晓率90%。（责任单位：街道城市管理办公室）',
  ].join('\n'));
  it('the level the work reaches is an indicator', () => {
    const names = all(byHeading(r.nodes, '规范物业管理').children).flatMap((n) => n.indicators.map((i) => `${i.name}=${i.value}${i.unit}`));
    expect(names).toContain('小区公示率=100%');
    expect(names).toContain('测评覆盖率=90%');
  });
  it('a rate opening its sentence, with no work before it, stays text; so does one after a clause of figures', () => {
    expect(byHeading(r.nodes, '工作目标').indicators.map((i) => i.name)).not.toContain('街道户籍人口城镇化率');
    expect(byHeading(r.nodes, '巩固创建成果').indicators).toEqual([]);
  });
});

describe('a ； or ; inside a bracket ends no sentence, a ; outside one does (209\'s round trip: "…,6月底前完成;")', () => {
  // points with no sentence stop before their fields bracket, full- and half-width; (1) points closing with ";"
  const r = plan([
    '南屿县2026年政务服务工作要点',
    '一、重点工作',
    '1.健全帮办代办机制（牵头单位：县政务服务中心；配合单位：县数据局）',
    '2.推行企业开办一件事(牵头单位:县市场监管局;配合单位:县税务局、县社保中心)',
    '3.优化窗口服务。重点做好以下工作:',
    '(1)设置综合受理窗口,年内全部到位;',
    '(2)推行延时错时服务;',
    '(牵头单位:县政务服务中心)',
  ].join('\n'));
  it('the heading stops before the bracket, the bracket gives the roles', () => {
    expect(outline(r.nodes).slice(0, 3)).toEqual(['part 一、|重点工作', '  task 1.|健全帮办代办机制', '  task 2.|推行企业开办一件事']);
    expect([byHeading(r.nodes, '健全帮办代办机制').lead, byHeading(r.nodes, '健全帮办代办机制').partners]).toEqual([['县政务服务中心'], ['县数据局']]);
    expect([byHeading(r.nodes, '推行企业开办一件事').lead, byHeading(r.nodes, '推行企业开办一件事').partners]).toEqual([['县市场监管局'], ['县税务局', '县社保中心']]);
  });
  it('a point ending in ; is read as one ending in ；', () => {
    expect(outline(r.nodes).slice(3)).toEqual(['  task 3.|优化窗口服务', '    item (1)|设置综合受理窗口,年内全部到位', '    item (2)|推行延时错时服务']);
  });
});
