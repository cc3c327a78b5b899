/**
 * Findings 3 and 4 of the session-32 review of the importer's batch 20 rules, each case written in our own words from
 * the reviewer's steps: the one-year month-deadline rule (celltable.ts textMilestones) and a 专栏 whose projects are a
 * table (celltable.ts boxProjectRows, parse.ts boxTables). Every case marked so failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { textMilestones } from '../../shared/importer/celltable';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { walk, type PlanDoc } from '../../shared/model/plan';

const nodes = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);

describe('a 专栏 box holding a table (finding 4)', () => {
  const plan = (table: string) => nodes(`东川区“十四五”生态环境保护规划
第一章 发展目标
第一节 主要指标
一、改善环境质量。到2025年，全区生态环境质量持续改善。
专栏1 “十四五”生态环境保护主要指标
${table}
第二章 主要任务
第一节 深化大气污染防治
一、推进工业污染治理。完成重点企业深度治理20家。`);

  it('an indicator table (序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性) stays the box\'s table and its indicators, no items (failed before)', () => {
    const all = plan(`序号\t指标名称\t单位\t2020年\t2025年\t属性
1\t细颗粒物年均浓度\t微克/立方米\t38\t33\t约束性
2\t地表水优良水体比例\t%\t80\t90\t约束性
3\t森林覆盖率\t%\t42.5\t45\t预期性`);
    const box = all.find((n) => n.kind === 'box')!;
    expect(box.children).toEqual([]);
    expect(all.filter((n) => n.kind === 'item').map((n) => n.heading)).toEqual(['改善环境质量']);
    expect(box.body).toContain('序号\t指标名称\t单位\t2020年\t2025年\t属性');
    expect(box.body).toContain('3\t森林覆盖率\t%\t42.5\t45\t预期性');
    expect(box.indicators.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([
      ['细颗粒物年均浓度', 33, '微克/立方米', 2025],
      ['地表水优良水体比例', 90, '%', 2025],
      ['森林覆盖率', 45, '%', 2025],
    ]);
  });

  it('a table of what is no project (序号 | 企业名称 | 所在园区) stays the box\'s table (failed before)', () => {
    const box = plan(`序号\t企业名称\t所在园区
1\t东川钢铁有限公司\t东川经济开发区
2\t东川化工集团\t临港工业园`).find((n) => n.kind === 'box')!;
    expect(box.children).toEqual([]);
    expect(box.body).toContain('1\t东川钢铁有限公司\t东川经济开发区');
  });

  it('a table of projects (序号 | 项目名称 | 建设内容 | 总投资（亿元）) still gives the box its items', () => {
    const box = plan(`序号\t项目名称\t建设内容\t总投资（亿元）
1\t东川污水处理厂提标改造\t出水提至一级A标准\t2.4
2\t城北垃圾焚烧发电项目\t日处理生活垃圾800吨\t6`).find((n) => n.kind === 'box')!;
    expect(box.children.map((c) => [c.kind, c.number, c.heading])).toEqual([
      ['item', '1', '东川污水处理厂提标改造'],
      ['item', '2', '城北垃圾焚烧发电项目'],
    ]);
    expect(box.body).not.toContain('序号\t项目名称');
  });
});

describe('a month deadline in a one-year plan\'s sentence opens its clause, as a year\'s does (finding 3)', () => {
  const year = { start: 2025, end: 2025 };
  const read = (s: string) => textMilestones(s, year).map((m) => [m.year, m.stage, m.text]);

  it('not a month inside a clause of another sense: a relative clause, a prohibition, a plan that slipped (failed before)', () => {
    expect(read('对6月底前未完成整改的物业企业予以通报。')).toEqual([]);
    expect(read('严禁在6月底前突击花钱。')).toEqual([]);
    expect(read('原定6月底前开工的项目因故推迟的，及时调整计划。')).toEqual([]);
    // (a verb said not done; a month of every year or of the next; about then)
    expect(read('6月底前未完成整改，予以通报。')).toEqual([]);
    expect(read('各街道每年6月底前报送上年度工作总结。')).toEqual([]);
    expect(read('剩余工程次年3月底前完成。')).toEqual([]);
    expect(read('6月底前后召开现场推进会。')).toEqual([]);
  });

  it('a deadline that opens its clause, after a word of intent or a preposition, is read', () => {
    expect(read('新建口袋公园15个，力争10月底前全部建成开放。')).toEqual([[2025, '完成', '10月底前全部建成开放']]);
    expect(read('编制改造方案，并于9月底前完成验收。')).toEqual([[2025, '完成', '9月底前完成验收']]);
    // (an account in another clause of the sentence leaves the deadline its own: failed before, the account anywhere in
    // the sentence kept it from being read)
    expect(read('已完成方案编制，6月底前全面开工。')).toEqual([[2025, '启动', '6月底前全面开工']]);
  });

  it('the deadlines of one stage are one milestone of the year that says each, in order (failed before: the first only)', () => {
    expect(read('3月底前完成方案编制，6月底前完成施工招标，11月底前完成主体改造。')).toEqual([
      [2025, '完成', '3月底前完成方案编制；6月底前完成施工招标；11月底前完成主体改造'],
    ]);
    expect(read('5月底前启动一期工程，8月底前启动二期工程；12月底前全部完工。')).toEqual([
      [2025, '启动', '5月底前启动一期工程；8月底前启动二期工程'],
      [2025, '完成', '12月底前全部完工'],
    ]);
  });

  const plan = `东川区2025年城市更新重点工作安排
一、重点任务
（一）实施老旧小区改造。完成28个老旧小区综合改造，3月底前完成方案编制，6月底前全面开工，11月底前完成主体改造。
牵头单位：区住房城乡建设局
（二）规范物业服务。开展物业服务质量专项检查，对6月底前未完成整改的物业企业予以通报。
牵头单位：区住房城乡建设局
（三）严格资金管理。严禁在6月底前突击花钱，原定6月底前开工的项目因故推迟的，及时调整资金计划。
牵头单位：区财政局
二、保障措施
（一）加强督导。每月通报进展。`;

  it('in a whole plan: only the task with deadlines has milestones (failed before)', () => {
    const doc = importText(plan, 'x.txt');
    expect(doc.meta.period).toEqual(year);
    const tasks = [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task' && n.lead.length);
    expect(tasks.map((n) => [n.heading, n.milestones.map((m) => [m.year, m.stage, m.text])])).toEqual([
      ['实施老旧小区改造', [[2025, '完成', '3月底前完成方案编制；11月底前完成主体改造'], [2025, '启动', '6月底前全面开工']]],
      ['规范物业服务', []],
      ['严格资金管理', []],
    ]);
  });

  const utf8 = (s: string) => new TextEncoder().encode(s);
  it.each<[string, (d: PlanDoc) => Promise<PlanDoc>]>([
    ['Markdown', async (d) => importFile({ bytes: utf8(buildMarkdown(d)), fileName: 'plan.md' })],
    ['Markdown with annexes', async (d) => importFile({ bytes: utf8(buildMarkdown(d, { annexes: true })), fileName: 'plan.md' })],
    ['Word (cover, annexes)', async (d) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' })],
    ['Word without cover or annexes', async (d) => importFile({ bytes: await buildDocx(d, { cover: false, annexes: false }), fileName: 'plan.docx' })],
  ])('the milestone that says each deadline comes back from the %s export as it was', async (_, back) => {
    const doc = importText(plan, 'x.txt');
    const ms = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.milestones.length).map((n) => [n.heading, n.milestones]);
    expect(ms(await back(doc))).toEqual(ms(doc));
  });
});
