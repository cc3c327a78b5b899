/**
 * rev43a's findings F7–F11 on h-gen28's rules (session 43, h-fix43c): a stage's level is where it first appears, a
 * heading's Latin last word stays unless it is a translation, 同左 copies a cell of its own kind, a counted name keeps
 * its grade or technology. Cases in our own words, fictional places; the rule cases fail on 6b5f010c.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const tree = (ns: N[], d = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(d)}${n.number}${n.heading}`, ...tree(n.children, d + 1)]);

describe('a stage heading 第X阶段 takes its level where it first appears (grammar.ts relative; levels.ts OutlineBuilder)', () => {
  it('stages under （一）实施步骤 are its children; the （二）（三） after them stay its siblings', () => {
    const r = plan([
      '南屿县2026年农村道路提质工作方案',
      '一、工作目标',
      '年内完成农村道路提质改造80公里。',
      '二、工作安排',
      '（一）推进步骤',
      '第一阶段：调查摸底（2026年3月—4月）',
      '各乡镇完成道路现状调查，形成改造清单。',
      '第二阶段：组织实施（2026年5月—10月）',
      '各乡镇按清单组织施工，县交通运输局每月调度。',
      '第三阶段：检查验收（2026年11月—12月）',
      '县交通运输局组织验收，落实养护责任。',
      '（二）资金保障',
      '县财政局统筹安排改造资金。',
      '（三）监督考核',
      '县政府督查室定期督查。',
      '三、附则',
      '本方案自印发之日起施行。',
    ].join('\n'));
    const steps = byHeading(r.nodes, '推进步骤');
    expect(steps.children.map((c) => c.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
    const part = byHeading(r.nodes, '工作安排');
    expect(part.children.map((c) => c.heading)).toEqual(['推进步骤', '资金保障', '监督考核']);
    expect(steps.children[2].children).toEqual([]);
  });
  it('a plan laid out by stage: each stage holds its 一、二、, no empty node under the previous 二、', () => {
    const r = plan([
      '云溪区文旅融合三年行动计划（2026—2028年）',
      '为推动文旅融合发展，制定本行动计划。',
      '第一阶段：打基础（2026年）',
      '一、完善旅游公路',
      '新改建旅游公路30公里。（牵头单位：区交通运输局）',
      '二、改造游客中心',
      '改造游客中心3个。（牵头单位：区文化和旅游局）',
      '第二阶段：提品质（2027年）',
      '一、培育精品民宿',
      '培育精品民宿20家。（牵头单位：区文化和旅游局）',
      '第三阶段：创品牌（2028年）',
      '一、举办文旅节会',
      '举办文旅节会4场。（牵头单位：区文化和旅游局）',
    ].join('\n'));
    expect(tree(r.nodes)).toEqual([
      '第一阶段打基础（2026年）', '  一、完善旅游公路', '  二、改造游客中心',
      '第二阶段提品质（2027年）', '  一、培育精品民宿',
      '第三阶段创品牌（2028年）', '  一、举办文旅节会',
    ]);
  });
  it('stages under 一、 still hold the numbered points after them (guard: 302\'s layout)', () => {
    const r = plan([
      '青川区2026年社区食堂建设方案',
      '一、建设目标',
      '年内建成社区食堂12个。',
      '二、阶段任务',
      '第一阶段：选址规划（2026年1月—3月）',
      '1.确定食堂选址。完成12个社区食堂选址。（责任单位：区民政局）',
      '第二阶段：建设运营（2026年4月—12月）',
      '2.完成食堂建设。建成社区食堂12个。（责任单位：区民政局）',
      '三、保障措施',
      '加强资金保障。',
    ].join('\n'));
    const part = byHeading(r.nodes, '阶段任务');
    expect(part.children.map((c) => c.number)).toEqual(['第一阶段', '第二阶段']);
    expect(part.children[0].children.map((c) => c.heading)).toEqual(['确定食堂选址']);
    expect(r.nodes.map((n) => n.heading)).toEqual(['建设目标', '阶段任务', '保障措施']);
  });
});

describe('a bare 第X阶段 line is a stage heading as its named siblings are (grammar.ts `alone`)', () => {
  it('"第一阶段" alone, "第二阶段 集中攻坚" and "第三阶段：总结提升" are read alike', () => {
    const r = plan([
      '临江市东湖区2026年河道保洁工作方案',
      '一、工作目标',
      '全区河道保洁覆盖率达到100%。',
      '二、实施安排',
      '第一阶段',
      '2026年1月至3月，完成保洁队伍组建。',
      '第二阶段 集中攻坚',
      '2026年4月至10月，开展河道集中清理。',
      '第三阶段：总结提升',
      '2026年11月至12月，总结保洁经验。',
      '三、保障措施',
      '加强组织领导。',
    ].join('\n'));
    const part = byHeading(r.nodes, '实施安排');
    expect(part.children.map((c) => c.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
    expect(part.children[0].body).toContain('完成保洁队伍组建');
    expect(part.body).not.toContain('第一阶段');
  });
  it('a sentence that mentions 第一阶段 is still text (guard)', () => {
    const r = plan(['南屿县2026年工作要点', '一、重点工作', '第一阶段的任务已经完成，第二阶段全面铺开。', '二、保障措施', '加强领导。'].join('\n'));
    expect(r.nodes.map((n) => n.heading)).toEqual(['重点工作', '保障措施']);
    expect(r.nodes[0].children).toEqual([]);
  });
});

describe('a heading\'s Latin last word stays unless the text translates its headings (paragraphs.ts ENGLISH_TAIL)', () => {
  const BRANDS = [
    '临江市东湖区2026年夜间经济提升方案',
    '一、主要任务',
    '（一）打造湖滨 Citywalk',
    '串联湖滨步道和老街，推出漫步线路4条。（牵头单位：区文旅局）',
    '（二）建设东湖 Outlets',
    '引进品牌折扣店30家。（牵头单位：区商务局）',
    '（三）发展首店经济 Debut Economy',
    '引进首店15家。（牵头单位：区商务局）',
    '二、保障措施',
    '加强组织领导。',
  ];
  it('one brand or loanword at a heading\'s end is part of the heading; a phrase of English is its translation', () => {
    const r = plan(BRANDS.join('\n'));
    expect(byHeading(r.nodes, '打造湖滨 Citywalk')).toBeTruthy();
    expect(byHeading(r.nodes, '建设东湖 Outlets')).toBeTruthy();
    expect(byHeading(r.nodes, '发展首店经济').body.startsWith('Debut Economy')).toBe(true);
  });
  it('in a text whose headings carry their English, one English word is a translation too (guard: 299\'s Incentives)', () => {
    const r = plan([
      '云溪区2026年人才工作方案',
      '一、主要任务',
      '（一）引进高层次人才 Talent Introduction',
      '引进高层次人才50名。（牵头单位：区人社局）',
      '（二）建设人才公寓 Talent Housing',
      '筹集人才公寓300套。（牵头单位：区住建局）',
      '二、保障措施',
      '（一）完善激励政策 Incentives',
      '落实人才奖补政策。',
    ].join('\n'));
    expect(byHeading(r.nodes, '完善激励政策').body.startsWith('Incentives')).toBe(true);
    expect(byHeading(r.nodes, '引进高层次人才').body.startsWith('Talent Introduction')).toBe(true);
  });
});

describe('同左 copies a cell of its own kind only (paragraphs.ts fillDittoCells, celltable.ts columnKinds)', () => {
  const TABLE = [
    '云溪区2026年为民办实事任务分解',
    '一、重点任务',
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
    '1\t新建社区卫生服务站4个\t区卫健委\t区财政局\t2026年6月',
    '2\t提升公园照明设施\t同左\t区财政局\t2026年9月',
    '3\t改造农贸市场2个\t区商务局\t同左\t2026年10月',
  ].join('\n');
  it('a 同左 in 牵头单位 after the task\'s text copies no task text; 配合单位 同左 takes 牵头单位\'s', () => {
    const r = plan(TABLE);
    // (the cell left empty reads as a merged cell, as any empty 牵头单位 cell under a filled one does)
    const lead = byHeading(r.nodes, '提升公园照明设施').lead;
    expect(lead.some((u) => u.includes('照明') || u.includes('同左'))).toBe(false);
    // (a 配合单位 同左 is a unit column after a unit column: it copies, as before — the same unit once, as lead)
    expect(byHeading(r.nodes, '改造农贸市场2个').partners.some((u) => u.includes('同左'))).toBe(false);
  });
});

describe('a counted name keeps the grade or technology that is part of the thing (indicators.ts recognisableName)', () => {
  const names = (text: string) => all(plan(text).nodes).flatMap((n) => n.indicators.map((i) => i.name));
  it('"国家4A级的旅游景区", "5G的通信基站" keep 4A级 and 5G; an amount before 的 still goes ("营收5亿元以上的骨干企业")', () => {
    const got = names([
      '青川区2026年产业发展工作要点',
      '一、重点任务',
      '（一）提升景区品质',
      '创建国家4A级的旅游景区3个。（牵头单位：区文旅局）',
      '（二）完善通信网络',
      '建成5G的通信基站60个。（牵头单位：区数据局）',
      '（三）培育骨干企业',
      '培育营收5亿元以上的骨干企业8家。（牵头单位：区工信局）',
    ].join('\n'));
    expect(got.some((n) => n.includes('4A级') && n.includes('旅游景区'))).toBe(true);
    expect(got.some((n) => n.includes('5G') && n.includes('通信基站'))).toBe(true);
    expect(got).toContain('骨干企业');
  });
});
