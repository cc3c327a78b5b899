/**
 * General rules found by blind batch 22 (tests/corpus/docs/140–145; docs/importer-corpus.md, batch 22;
 * docs/importer-grammar.md, "Rules added for batch 22"). Every case is written in our own words, with fictional
 * places, in another style than the corpus document that called for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { textMilestones } from '../../shared/importer/celltable';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);

describe('a 督办 matter\'s "承办单位：" / "协办单位：" / "办结时限：" lines (a 县委督查室 督办单, (一) matters)', () => {
  const text = [
    '石川县2025年第二季度重点工作督办清单',
    '（一）县城污水管网改造。完成县城雨污分流改造12公里。',
    '承办单位：县住房和城乡建设局',
    '协办单位：县财政局、城关镇人民政府',
    '办结时限：2025年9月30日',
    '（二）农贸市场提升。完成城东农贸市场提升改造。',
    '承办部门：县商务局',
    '协办部门：县市场监督管理局',
    '办结时间：2025年8月31日',
  ].join('\n');
  it('承办 leads, 协办 helps, 办结时限 is the deadline — and the lines are not a site\'s footer', () => {
    const p = plan(text);
    const a = byHeading(p.nodes, '县城污水管网改造')!;
    expect([a.kind, a.lead, a.partners]).toEqual(['task', ['县住房和城乡建设局'], ['县财政局', '城关镇人民政府']]);
    expect(a.milestones.map((m) => m.year)).toEqual([2025]);
    const b = byHeading(p.nodes, '农贸市场提升')!;
    expect([b.lead, b.partners]).toEqual([['县商务局'], ['县市场监督管理局']]);
    expect(p.report!.removed.filter((r) => /承办/.test(r.text))).toEqual([]);
  });
  it('a site\'s footer "承办单位：…" among its footer lines is still chrome', () => {
    const p = plan(['石川县2025年工作要点', '一、稳增长', '1.扩大投资。（责任单位：县发展改革局）', '网站标识码：3300000001', '承办单位：石川县大数据中心', '联系电话：0571-1234567'].join('\n'));
    expect(p.report!.removed.some((r) => /承办单位/.test(r.text))).toBe(true);
  });
});

describe('a red header "X文件" over the 文号 and a notice that is itself the plan (中共 县委办公室)', () => {
  const text = [
    '中共石川县委办公室文件',
    '石委办发〔2025〕3号',
    '中共石川县委办公室',
    '关于做好2025年农村人居环境整治工作的通知',
    '各乡镇党委，县委各部门：',
    '现将有关事项通知如下：',
    '一、明确整治重点',
    '二、压实工作责任',
    '中共石川县委办公室',
    '2025年2月12日',
  ].join('\n');
  it('the title is the notice\'s, not the red header', () => {
    expect(plan(text).meta).toMatchObject({ title: '关于做好2025年农村人居环境整治工作的通知', docNumber: '石委办发〔2025〕3号' });
  });
});

describe('unnumbered points: a run-in heading and its 。, the departments closing the paragraph (政府工作报告 分解)', () => {
  const text = (second: string) => [
    '河阳区2025年政府工作报告重点工作分解',
    '一、推动产业转型升级',
    '今年要坚持工业立区不动摇，抓好以下工作。',
    '培育先进制造业集群。实施技改项目60个，新增规上工业企业30家。（区工业和信息化局牵头，区发展改革局配合）',
    second,
    '二、持续改善民生',
    '扩大优质教育供给。新建中小学3所，新增学位4000个。（区教育局负责）',
    '完善养老服务体系。新建社区养老服务站10个。（区民政局牵头，各街道配合）',
  ].join('\n');
  it('in a series under a heading line, each is a point of its own (the lead paragraph the heading\'s text)', () => {
    const p = plan(text('发展数字经济。新增上云企业500家。（区数据局牵头，区工业和信息化局配合）'));
    const groups = p.nodes.map((n) => [n.number, n.heading, n.children.map((c) => [c.number, c.heading, c.lead.join('、')])]);
    expect(groups).toEqual([
      ['一、', '推动产业转型升级', [['', '培育先进制造业集群', '区工业和信息化局'], ['', '发展数字经济', '区数据局']]],
      ['二、', '持续改善民生', [['', '扩大优质教育供给', '区教育局'], ['', '完善养老服务体系', '区民政局']]],
    ]);
    expect(p.nodes[0].body).toContain('今年要坚持工业立区不动摇');
  });
  it('a paragraph between them without departments leaves that group as text', () => {
    const p = plan(text('发展数字经济。新增上云企业500家。'));
    expect(p.nodes[0].children).toEqual([]);
    expect(p.nodes[1].children.map((c) => c.heading)).toEqual(['扩大优质教育供给', '完善养老服务体系']);
  });
});

describe('stages as the groups of tasks ("（二）集中整治阶段（2024年5月—9月）")', () => {
  const text = (range: string) => [
    '南屿县占道经营整治行动方案',
    '一、整治步骤与任务',
    '（一）第一阶段：宣传发动（2024年4月）',
    '1.发布整治通告。通过广播、网络发布整治通告。',
    '牵头单位：县城市管理局',
    `（二）集中整治阶段（${range}）`,
    '2.清理占道摊点。对主要街道占道摊点开展集中清理。',
    '牵头单位：县城市管理局',
    '配合单位：县公安局',
  ].join('\n');
  it('a heading opening with 第X阶段 and its colon is the heading whole', () => {
    expect(byHeading(plan(text('2024年5月—9月')).nodes, '第一阶段：宣传发动（2024年4月）')?.kind).toBe('section');
  });
  it('a task with no date of its own takes the year of its stage\'s months', () => {
    expect(byHeading(plan(text('2024年5月—9月')).nodes, '清理占道摊点')!.milestones.map((m) => m.year)).toEqual([2024]);
  });
  it('a stage running into the next year names no one year', () => {
    expect(byHeading(plan(text('2024年5月—2025年3月')).nodes, '清理占道摊点')!.milestones).toEqual([]);
  });
});

describe('a deadline followed by a share of the work ("完成年度计划的80%")', () => {
  it('is the year\'s 完成, the 的 no relative clause', () => {
    expect(textMilestones('新建充电桩2000个，2026年9月底前完成年度计划的80%。', { start: 2026, end: 2026 }).map((m) => [m.year, m.stage])).toEqual([[2026, '完成']]);
    expect(textMilestones('2026年6月底前完成总任务的三分之一。', { start: 2026, end: 2028 }).map((m) => m.year)).toEqual([2026]);
  });
  it('a relative clause stays none ("2000年底前建成的3个小区")', () => {
    expect(textMilestones('改造2000年底前建成的3个小区。', { start: 2026, end: 2026 })).toEqual([]);
  });
});

describe('an indicator table with a base column and columns of years alone ("现状值 | 2026年 | 2028年")', () => {
  const table = (base: string) => [
    '云溪区养老服务体系建设实施意见（2026—2028年）',
    '一、主要目标',
    '到2028年，养老服务体系更加健全。',
    `指标\t单位\t${base}2026年\t2028年`,
    `养老机构床位\t张\t${base ? '1800\t' : ''}2200\t2600`,
    `社区养老服务站\t个\t${base ? '40\t' : ''}55\t70`,
    '二、重点任务',
    '（一）增加床位供给。新增床位800张。（责任单位：区民政局）',
  ].join('\n');
  const targets = (t: string) => byHeading(plan(t).nodes, '主要目标')!.indicators.map((i) => [i.name, i.value, i.year]);
  it('beside the base, each year column is a target of its year', () => {
    expect(targets(table('现状值\t'))).toEqual(expect.arrayContaining([['养老机构床位', 2200, 2026], ['养老机构床位', 2600, 2028], ['社区养老服务站', 55, 2026], ['社区养老服务站', 70, 2028]]));
  });
  it('without a base column, years alone are read as before (the latest)', () => {
    const t = targets(table(''));
    expect(t).toEqual(expect.arrayContaining([['养老机构床位', 2600, 2028]]));
    expect(t.some((x) => x[2] === 2026)).toBe(false);
  });
});
