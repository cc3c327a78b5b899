/**
 * Rules of session 36 that the review (rev36) found losing or inventing data on ordinary documents: page chrome read in
 * a plan's body, milestones made of a standing rule or run into a roles bracket, a 合计 row left as a 专栏's body, a 指导
 * clause's verb kept in a partner's name. The cases are written afresh, in other styles than the review's inputs; each
 * failed on 93e6391e.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: PlanNode[], h: string) => all(ns).find((n) => n.heading === h)!;

describe('a section name or a dated, timed line is page chrome only in the page\'s head (clean.ts HEAD_CHROME)', () => {
  it('a plan\'s body line 信息公开 and its meeting schedule stay; the same lines over the title are removed', () => {
    const body = ['1.办好政务服务大厅。全年办件满意率99%以上。（县政务服务中心牵头）', '2.推进信息公开。', '信息公开',
      '2026/4/10 9:00 县政府第五次常务会议', '2026.7.8 15:30 年中工作推进会', '以上会议由县政府办公室组织。（县政府办公室负责）'];
    const plan = importText(['南屿县2026年政务服务工作要点', ...body].join('\n'), 'x.txt');
    const t = byHeading(plan.nodes, '推进信息公开');
    expect(t.body).toContain('信息公开');
    expect(t.body).toContain('2026/4/10 9:00 县政府第五次常务会议');
    expect(t.body).toContain('2026.7.8 15:30 年中工作推进会');
    expect(plan.report!.removed.map((r) => r.text)).toEqual([]);
    // (a page: the site's section name and its stamp stand before the body's first heading)
    const page = importText(['政府信息公开', '南屿县2026年政务服务工作要点', '2026/02/03 10:15 南屿县人民政府办公室', ...body].join('\n'), 'x.txt');
    expect(page.report!.removed.map((r) => r.text)).toEqual(['政府信息公开', '2026/02/03 10:15 南屿县人民政府办公室']);
    expect(page.meta.title).toBe('南屿县2026年政务服务工作要点');
    expect(byHeading(page.nodes, '推进信息公开').body).toBe(t.body);
  });

  it('Markdown: a 政务公开 section\'s line and a schedule under a heading stay', () => {
    const plan = importText(['# 青川区2026年数字政府建设要点', '', '## 一、平台建设', '', '1. 建成一体化数据平台（区大数据中心牵头）。', '', '## 二、公开与会商', '',
      '政务公开', '', '2026-05-12 10:00 区数字政府建设领导小组会议', '', '会议纪要按时公开（区政府办公室负责）。'].join('\n'), 'x.md');
    const part = byHeading(plan.nodes, '公开与会商');
    expect(part.body).toBe('政务公开\n2026-05-12 10:00 区数字政府建设领导小组会议\n会议纪要按时公开（区政府办公室负责）。');
  });
});

describe('an unlabelled milestone is its clause, without the task\'s bracket, and no standing rule (celltable.ts clauseAt, START_FROM)', () => {
  const plan = importText(['临江市东湖区2026年民生实事工作要点', '一、教育与养老', '1.扩大托育供给。新增普惠托位800个，其中2026年建成300个（牵头单位：区卫生健康委）',
    '2.推进社区食堂建设。2026年5月起逐步推行社区助餐服务（区民政局牵头，各街道配合）', '3.稳定学校收费。2026年秋季学期起执行的学费标准不作调整；2026年3月起实施的就餐补助标准保持不变（区教育局负责）',
    '4.完善养老设施。2026年10月底前建成区级养老服务中心（区民政局牵头）', '5.提升课后服务。2026年底前建成智慧课堂（含录播室）40间，覆盖全区小学（区教育局负责）'].join('\n'), 'x.txt');
  const ms = (h: string) => byHeading(plan.nodes, h).milestones.map((m) => [m.year, m.stage, m.text]);
  it('其中 / 起 / 底前 clauses stop before the roles bracket', () => {
    expect(ms('扩大托育供给')).toEqual([[2026, '完成', '2026年建成300个']]);
    expect(ms('推进社区食堂建设')).toEqual([[2026, '启动', '2026年5月起逐步推行社区助餐服务']]);
    expect(ms('完善养老设施')).toEqual([[2026, '完成', '2026年10月底前建成区级养老服务中心']]);
  });
  it('a bracket inside the clause, words after it, is the clause\'s', () => {
    expect(ms('提升课后服务')).toEqual([[2026, '完成', '2026年底前建成智慧课堂（含录播室）40间']]);
  });
  it('a rule in force from a date ("…起实施的…标准保持不变") starts no work', () => {
    expect(ms('稳定学校收费')).toEqual([]);
  });
});

describe('a 合计 / 小计 / 总计 row of a 专栏\'s project table is no project (celltable.ts boxProjectRows, parse.ts boxTables)', () => {
  it('a Markdown table with 序号: the projects are the box\'s items, the total its text', () => {
    const plan = importText(['# 青川区“十五五”水利发展规划', '', '## 第一章 发展基础', '', '过去五年，全区水利建设取得明显成效。', '', '## 第二章 重点任务', '',
      '### 一、完善防洪体系', '', '加快堤防和水库建设。', '', '专栏2 防洪重点工程', '', '| 序号 | 项目名称 | 建设内容 | 总投资（亿元） |', '| --- | --- | --- | --- |',
      '| 1 | 青川河堤防加固 | 加固堤防18公里 | 6.5 |', '| 2 | 石门水库除险加固 | 大坝防渗处理 | 2.3 |', '| 合计 |  |  | 8.8 |', '', '### 二、提升供水保障', '', '推进城乡供水一体化。'].join('\n'), 'x.md');
    const box = all(plan.nodes).find((n) => n.kind === 'box')!;
    expect(box.children.map((n) => [n.number, n.heading])).toEqual([['1', '青川河堤防加固'], ['2', '石门水库除险加固']]);
    expect(box.body).toContain('合计：总投资（亿元）8.8');
    expect(box.body).not.toContain('\t');
  });
  it('a tab-separated table without 序号, its 总　计 row short of cells', () => {
    const plan = importText(['云溪区“十五五”教育发展规划', '', '第一章 主要任务', '一、扩大学位供给', '新建改扩建一批中小学校。', '专栏3 学校建设工程', '项目名称\t建设规模\t建设年限',
      '云溪第二实验小学\t36个班\t2026—2028年', '云溪中学新校区\t48个班\t2027—2030年', '总\u3000计\t84个班\t', '二、提升教育质量', '深化课堂教学改革。'].join('\n'), 'x.txt');
    const box = all(plan.nodes).find((n) => n.kind === 'box')!;
    expect(box.children.map((n) => n.heading)).toEqual(['云溪第二实验小学', '云溪中学新校区']);
    expect(box.body).toBe('总计：建设规模84个班');
  });
});

describe('指导 as a partner\'s role: the unit is what comes before 指导 / 业务指导 / 加强指导 / 负责指导 (departments.ts GUIDES)', () => {
  const plan = importText(['云溪区2026年养老服务工作要点', '一、完善服务网络', '1.建设街道综合养老服务中心。新建街道综合养老服务中心4个（各街道办事处负责，区民政局负责指导）。',
    '2.发展老年助餐。新增老年助餐点30个（区民政局牵头，区市场监管局加强指导）', '3.培训养老护理员。全年培训护理员500人次（区人社局牵头，区卫生健康委业务指导，区民政局配合）。'].join('\n'), 'x.txt');
  const roles = (h: string) => { const n = byHeading(plan.nodes, h); return [n.lead, n.partners]; };
  it('each bracket gives the guiding bureau by its name', () => {
    expect(roles('建设街道综合养老服务中心')).toEqual([['各街道办事处'], ['区民政局']]);
    expect(roles('发展老年助餐')).toEqual([['区民政局'], ['区市场监管局']]);
    expect(roles('培训养老护理员')).toEqual([['区人社局'], ['区卫生健康委', '区民政局']]);
  });
});
