/**
 * General rules of the importer's batch 15 round (docs/importer-grammar.md, "Rules added for batch 15"): the gaps the
 * blind batch 72–76 found (a 纲要 in volumes, a leader before the departments, departments said once for several
 * targets, yearly steps cut by ；, a deadline without a year in a one-year plan).
 */
import { describe, expect, it } from 'vitest';
import { rolesList } from '../../shared/importer/departments';
import { textMilestones } from '../../shared/importer/celltable';
import { findIndicators } from '../../shared/importer/indicators';
import { importText } from '../../shared/importer/index';
import { walk, type PlanNode } from '../../shared/model/plan';
import { deriveNumbers } from '../../shared/numbering';

const nodes = (d: { nodes: PlanNode[] }) => [...walk(d.nodes)].map((w) => w.node);
const outline = (d: { nodes: PlanNode[] }) => [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading.replace(/\s+/g, '')}`);

describe('a 纲要 in volumes: 第一篇 over 第一章 over 第一节', () => {
  const text = `北坪县国民经济和社会发展第十四个五年规划纲要
第一篇 立足新起点 开启新征程
第一章 发展基础
“十三五”时期全县经济稳步增长。
第二篇 坚持创新驱动 建设现代产业体系
和现代化经济体系

第二章 发展特色农业
第一节 以品牌为引领 提升农业效益
一、培育特色农产品品牌。到2025年培育区域公用品牌3个。
二、发展农产品加工。新建农产品加工园区2个。
第三篇 强化规划实施保障
第三章 健全规划实施机制
第一节 加强规划衔接
专项规划要与本纲要衔接。`;
  it('the volumes are the parts, their chapters sections, the 一、 under a 第一节 of a chapter naming work tasks', () => {
    const d = importText(text);
    expect(outline(d)).toEqual([
      'part 第一篇|立足新起点开启新征程',
      '  section 第一章|发展基础',
      'part 第二篇|坚持创新驱动建设现代产业体系和现代化经济体系',
      '  section 第二章|发展特色农业',
      '    section 第一节|以品牌为引领提升农业效益',
      '      task 一、|培育特色农产品品牌',
      '      task 二、|发展农产品加工',
      'part 第三篇|强化规划实施保障',
      '  section 第三章|健全规划实施机制',
      '    section 第一节|加强规划衔接',
    ]);
  });
  it('the editor and the exports number it as written: 第X篇, 第X章 on through the volumes, 第X节 afresh per chapter', () => {
    const d = importText(text);
    const numbers = deriveNumbers(d.nodes);
    expect(nodes(d).filter((n) => n.kind !== 'task').map((n) => numbers.get(n.id))).toEqual(['第一篇', '第一章', '第二篇', '第二章', '第一节', '第三篇', '第三章', '第一节']);
  });
  it('not: 第一篇章 in a sentence, or a run-together heading whose text has punctuation', () => {
    const d = importText(`北坪县文化发展三年行动方案\n一、总体要求\n奋力谱写文化强县建设的第一篇章，到2026年建成文化馆分馆20个。\n二、保障措施\n加强组织领导。`);
    expect(outline(d)).toEqual(['part 一、|总体要求', 'part 二、|保障措施']);
    const gap = importText(`北坪县规划\n一、发展成就 “十三五”期间，全县经济总量突破百亿元。\n二、保障措施\n加强组织领导。`);
    expect(outline(gap)[0]).toBe('part 一、|发展成就');
  });
});

describe('the leader who answers for the work, before the departments', () => {
  it('（常务副区长负责，A牵头，B、C配合）: A leads, B and C help; the post is no department', () => {
    expect(rolesList('常务副区长负责，区发展改革局牵头，区财政局、区统计局配合')).toEqual({ lead: ['区发展改革局'], partners: ['区财政局', '区统计局'] });
    expect(rolesList('分管副区长、协管副主任负责，区教育局牵头')).toEqual({ lead: ['区教育局'], partners: [] });
  });
  it('not: a department alone, or a leader alone', () => {
    expect(rolesList('区长负责')).toBeNull();
    expect(rolesList('区长江保护办公室负责，区水务局配合')).toEqual({ lead: ['区长江保护办公室'], partners: ['区水务局'] });
  });
  it('a goal point with its own departments is a task among tasks, not a goal section', () => {
    const d = importText(`溪南区政府工作报告重点工作分工意见
一、落实主要预期目标
（一）总体要求：坚持稳中求进。（区长负责，区政府办公室牵头，区政府各部门配合）
（二）主要预期目标：地区生产总值增长6%左右。（常务副区长负责，区发展改革局牵头，区统计局配合）
二、扩大有效投资
（一）狠抓项目建设。全年实施重点项目120个。（分管副区长负责，区发展改革局牵头，区住房城乡建设局配合）
三、工作要求
（一）强化责任落实。各牵头单位要细化措施。`);
    const goal = nodes(d).find((n) => n.heading === '主要预期目标')!;
    expect(goal.kind).toBe('task');
    expect(goal.lead).toEqual(['区发展改革局']);
    expect(goal.partners).toEqual(['区统计局']);
    expect(nodes(d).find((n) => n.heading === '强化责任落实')!.kind).toBe('section');
  });
});

describe('departments said once for several targets', () => {
  it('"以上3项目标的责任单位均为A。" gives A to the three points before it; "该项目标的责任单位为B。" to its own', () => {
    const d = importText(`溪南区2025年度目标管理工作方案
一、目标体系
（一）经济发展目标
1.地区生产总值增长6%左右；
2.固定资产投资增长7%；
3.规模以上工业增加值增长8%；
以上3项目标的责任单位均为区发展改革局。
4.一般公共预算收入增长5%；
该项目标的责任单位为区财政局。
5.社会消费品零售总额增长7%；
二、工作要求
各责任单位要按季度报送完成情况。`);
    const lead = (h: string) => nodes(d).find((n) => n.heading.startsWith(h))!.lead;
    expect(lead('地区生产总值')).toEqual(['区发展改革局']);
    expect(lead('固定资产投资')).toEqual(['区发展改革局']);
    expect(lead('规模以上工业')).toEqual(['区发展改革局']);
    expect(lead('一般公共预算')).toEqual(['区财政局']);
    expect(lead('社会消费品')).toEqual([]);
    // (the line stays where it is written: nothing entered is lost)
    expect(nodes(d).find((n) => n.heading.startsWith('规模以上工业'))!.body).toContain('以上3项目标的责任单位均为区发展改革局。');
  });
  it('not: a count larger than the points before it', () => {
    const d = importText(`溪南区2025年度目标管理工作方案\n一、目标体系\n1.地区生产总值增长6%左右；\n以上3项目标的责任单位均为区发展改革局。\n二、工作要求\n按季度报送。`);
    expect(nodes(d).find((n) => n.heading.startsWith('地区生产总值'))!.lead).toEqual([]);
  });
});

describe('milestones: yearly steps cut by ；, deadlines without a year', () => {
  const p = { start: 2024, end: 2026 };
  it('"2024年，开工…；2025年，建成…；2026年，全面完成…。" is a chain of three', () => {
    const ms = textMilestones('推进城乡供水一体化。2024年，开工建设输水管道；2025年，建成水厂二期工程；2026年，全面完成管网联通。', p);
    expect(ms.map((m) => `${m.year}${m.stage ?? ''}`)).toEqual(['2024启动', '2025完成', '2026完成']);
  });
  it('not: one year with a comma, or years outside the period', () => {
    expect(textMilestones('2024年，全县完成投资3亿元；同比增长8%。', p)).toEqual([]);
    expect(textMilestones('2019年，建成水厂；2020年，完成改造。', p)).toEqual([]);
  });
  it('"完成时限：6月底前" / "第三季度" in a one-year plan is that year; in a plan of several years it is nothing', () => {
    expect(textMilestones('新增“一件事”12项。（牵头单位：县行政审批局；完成时限：6月底前）', { start: 2025, end: 2025 })).toMatchObject([{ year: 2025, stage: '完成', text: '6月底前' }]);
    expect(textMilestones('推广电子证照。（牵头单位：县市场监管局；完成时限：第三季度）', { start: 2025, end: 2025 })).toMatchObject([{ year: 2025, stage: '完成' }]);
    expect(textMilestones('新增“一件事”12项。（完成时限：6月底前）', { start: 2024, end: 2026 })).toEqual([]);
    expect(textMilestones('强化融资服务。（完成时限：全年持续推进）', { start: 2025, end: 2025 })).toEqual([]);
  });
});

describe('a short bracket closing an indicator\'s name right before its value', () => {
  it('"建成省级卫生乡镇（街道）6个" is 6 个 of 省级卫生乡镇（街道）', () => {
    expect(findIndicators('到2025年底，建成省级卫生乡镇（街道）6个。', 2025).map((i) => [i.name, i.value, i.unit])).toEqual([['省级卫生乡镇（街道）', 6, '个']]);
  });
  it('not: a bracket closing what a count before it counts ("50个城市(地区)300家以上品牌餐饮酒店")', () => {
    const names = findIndicators('平台与全国50个城市(地区)300家以上品牌餐饮酒店合作,协议采购金额达120亿元。', 2014).map((i) => i.name);
    expect(names).not.toContain('城市(地区)');
  });
  it('not: a bracket that is a clause of its own before a value', () => {
    expect(findIndicators('到2025年底，完成老旧小区改造（含加装电梯），改造小区30个。', 2025).map((i) => i.name)).not.toContain('老旧小区改造（含加装电梯）');
  });
});
