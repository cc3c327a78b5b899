/**
 * General rules found by blind batch 30 of the corpus (tests/corpus/docs/243–248, h-gen24; docs/importer-corpus.md,
 * batch 30; docs/importer-grammar.md, "Rules added for batch 30").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on 450c57f5, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const years = (n: N) => n.milestones.map((m) => `${m.year}${m.stage ?? ''}`).sort();

/** A 工作方案 of 青川区: 1. tasks numbered on through 一、 groups, no sections; its division a (二) of 组织实施 (244 is a
 *  county 实施方案 whose division is a part of its own over tasks in （一） sections). */
const DIVISION_IN_SECTION = [
  '青川区2026年全民健身设施补短板工作方案',
  '一、完善健身场地',
  '1.建设社区健身中心。新建社区健身中心6个。',
  '2.改造全民健身路径。更新老旧健身器材300件。',
  '二、盘活体育资源',
  '3.推动学校体育场馆开放。符合条件的学校场馆全部向社会开放。',
  '4.建设多功能运动场。利用边角地建设多功能运动场10处。',
  '三、组织实施',
  '（一）加强组织领导。成立工作专班，统筹推进各项任务。',
  '（二）明确任务分工。',
  '以上第1、2项由区体育局牵头，各街道办事处配合；第3项由区教育局牵头，区体育局配合；第4项由区住房和城乡建设局、区体育局牵头，区自然资源局配合。',
].join('\n');

describe('a division by task number written after the tasks names the tasks numbered on, not its own siblings (sharedresp.ts pointsNumberedOn)', () => {
  it('"以上第1、2项由A牵头…；第3项由…" in a 明确任务分工 section: tasks 1.–4. of the groups before it take the departments', () => {
    const r = plan(DIVISION_IN_SECTION);
    expect(roles(r.nodes)).toEqual([
      '1. 区体育局|各街道办事处',
      '2. 区体育局|各街道办事处',
      '3. 区教育局|区体育局',
      '4. 区住房和城乡建设局、区体育局|区自然资源局',
    ]);
    // (the section holding the division is no work of its own; 加强组织领导 takes nothing)
    expect(byHeading(r.nodes, '明确任务分工').lead).toEqual([]);
    expect(byHeading(r.nodes, '加强组织领导').lead).toEqual([]);
  });
  it('a range "第2至4项" in a 五、责任分工 part names tasks 2, 3 and 4', () => {
    const r = plan(DIVISION_IN_SECTION.replace(/三、组织实施[\s\S]*$/, '三、责任分工\n以上第1项由区体育局牵头；第2至4项由区住房和城乡建设局牵头，各街道办事处配合。'));
    expect(roles(r.nodes)).toEqual([
      '1. 区体育局|',
      '2. 区住房和城乡建设局|各街道办事处',
      '3. 区住房和城乡建设局|各街道办事处',
      '4. 区住房和城乡建设局|各街道办事处',
    ]);
  });
  it('tasks numbered afresh in each group — "第1项" names two tasks, so the division gives nobody its departments, nor the parts of its own level (before: 一、 and 二、 took 第1项 and 第2项)', () => {
    const text = DIVISION_IN_SECTION.replace('3.推动学校', '1.推动学校').replace('4.建设多功能', '2.建设多功能');
    const r = plan(text.replace(/三、组织实施[\s\S]*$/, '三、任务分工\n以上第1项由区体育局牵头；第2项由区教育局牵头。'));
    expect(roles(r.nodes)).toEqual([]);
  });
  it('guard: a group\'s own closing line "以上第3项由A牵头…" after its last task still names the group\'s tasks (108\'s shape)', () => {
    const r = plan(['云溪区2026年体育惠民工作方案', '一、重点任务', '（一）设施建设', '1.新建健身中心。新建2个。', '2.更新健身器材。更新100件。',
      '以上第1项由区体育局牵头，区财政局配合；第2项由各街道办事处负责。'].join('\n'));
    expect(roles(r.nodes)).toEqual(['1. 区体育局|区财政局', '2. 各街道办事处|']);
  });
});

describe('a deadline opening its clause keeps it when a 的 a few words on modifies the object (celltable.ts DEADLINE_OPENS_CLAUSE)', () => {
  const task = (sentence: string) => {
    const r = plan(`云溪区智慧城市建设三年行动方案（2026—2028年）\n一、重点任务\n（一）建设城市感知网络。${sentence}（牵头单位：区数据局）\n（二）完善平台。建设区级平台。（牵头单位：区数据局）`);
    return years(byHeading(r.nodes, '建设城市感知网络'));
  };
  it('"2027年6月底前建成覆盖全区的城市感知网络", "，力争2028年底前实现重点区域的视频监控全覆盖" are deadlines (243 wrote "2027年底前实现有需求的独居老人全覆盖")', () => {
    expect(task('布设各类感知终端，2027年6月底前建成覆盖全区的城市感知网络。')).toEqual(['2027完成']);
    expect(task('整合公共视频资源，力争2028年底前实现重点区域的视频监控全覆盖。')).toEqual(['2028完成']);
  });
  it('guard: a relative clause stays none — "对2000年底前建成的老旧小区…", "2019年底前建成并投入使用的学校…", a list of attributes ending in 的', () => {
    expect(task('对2000年底前建成的老旧小区实施改造。')).toEqual([]);
    expect(task('2019年底前建成并投入使用的学校，按标准给予补助。')).toEqual([]);
    expect(task('2000年底前建成、配套设施不完善的住宅小区纳入改造范围。')).toEqual([]);
    expect(task('2026年底前建成的基站，由运营商负责维护。')).toEqual([]);
  });
});

describe('guard: a 专栏 between two tasks keeps its projects and their own departments (248; no rule changed)', () => {
  it('the —— projects of a 专栏 are its items, each with the units of its bracket, and the task after the box is a task again', () => {
    const r = plan(['南屿县“十五五”农业发展规划', '一、主要任务', '（一）发展特色种植', '1.扩大茶叶种植。新增茶园2万亩。（责任单位：县农业农村局）',
      '专栏1　特色种植重点项目', '——高标准茶园工程。建设高标准茶园1万亩。（责任单位：县农业农村局、青林镇人民政府）',
      '——中药材基地工程。建设中药材基地3个。（责任单位：县林业局）', '2.发展林下经济。推广林下种养模式。（责任单位：县林业局）'].join('\n'));
    expect(outline(r.nodes)).toEqual([
      'part 一、|主要任务',
      '  section （一）|发展特色种植',
      '    task 1.|扩大茶叶种植',
      '    box 专栏1|特色种植重点项目',
      '      item ——|',
      '      item ——|',
      '    task 2.|发展林下经济',
    ]);
    const items = byHeading(r.nodes, '特色种植重点项目').children;
    expect(items.map((n) => n.lead.join('、'))).toEqual(['县农业农村局、青林镇人民政府', '县林业局']);
  });
});
