/**
 * Session 33 review (h-fix33a): what the session's field rules read that no plan says — a deadline negated, past, in
 * doubt or a condition; a remark after a department list read as a department; a rate of an earlier year read as a
 * target. Cases written in our own words; each marked "failed before" failed before its fix, the others pass before
 * and after.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { textMilestones } from '../../shared/importer/celltable';
import { splitDepartments } from '../../shared/importer/departments';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { walk, type PlanDoc } from '../../shared/model/plan';

const ONE_YEAR = { start: 2025, end: 2025 };
const read = (s: string) => textMilestones(s, ONE_YEAR).map((m) => [m.year, m.stage, m.text]);

describe('a deadline after its subject that is no milestone of the plan (failed before)', () => {
  it('negated: 未/不/没有 before 于/在', () => {
    expect(read('城北项目未于6月底前开工。')).toEqual([]);
    expect(read('要求施工单位不在6月底前开工。')).toEqual([]);
    expect(read('城北项目没有在年底前建成。')).toEqual([]);
  });
  it('a plan that was (原计划, 原定) or a time before the plan (去年, 上年, 上一轮)', () => {
    expect(read('该项目原计划于6月底前开工，因拆迁推迟。')).toEqual([]);
    expect(read('城北项目原定于9月底前完工。')).toEqual([]);
    expect(read('去年该中心于年底前建成。')).toEqual([]);
    expect(read('上一轮项目于年底前完成验收，今年继续巩固。')).toEqual([]);
  });
  it('in doubt: 难以, 能否, 是否', () => {
    expect(read('城北项目难以在6月底前完成。')).toEqual([]);
    expect(read('城北项目能否在6月底前开工存在不确定性。')).toEqual([]);
    expect(read('是否于年底前完成由区政府研究确定。')).toEqual([]);
  });
  it('a condition whose clause goes on to its consequence (可, 即, 方可)', () => {
    expect(read('项目在6月底前完成可申请补助。')).toEqual([]);
    expect(read('项目在6月底前竣工即予拨付奖补资金。')).toEqual([]);
    expect(read('6月底前完成整改方可申请验收。')).toEqual([]);
  });
  it('still read: a plain deadline, 力争, and the work\'s own 可研/可行性', () => {
    expect(read('力争城北项目于6月底前开工。')).toEqual([[2025, '启动', '6月底前开工']]);
    expect(read('智慧停车平台在9月底前上线。')).toEqual([[2025, '完成', '9月底前上线']]);
    expect(read('城北项目于6月底前完成可研批复。')).toEqual([[2025, '完成', '6月底前完成可研批复']]);
    expect(read('城北项目于6月底前完成可行性研究报告编制。')).toEqual([[2025, '完成', '6月底前完成可行性研究报告编制']]);
  });
});

describe('a clause after a department list\'s names that opens with a deadline or a verb of the work is a remark (failed before)', () => {
  it('年底前…, 6月底前…, 上半年…, 第三季度…, 配合…, 协助…: no department, the words given to the caller', () => {
    for (const remark of ['年底前完成验收', '6月底前完成', '三月底前完成', '上半年完成', '第三季度完成', '12月31日前完成', '配合做好验收', '协助做好调度']) {
      const words: string[] = [];
      expect(splitDepartments(`区供电公司，${remark}`, words)).toEqual(['区供电公司']);
      expect(words).toEqual([remark]);
    }
    expect(splitDepartments('（牵头单位：区科委，年底前完成）', 'text')).toEqual(['区科委']);
  });
  it('still names: a clause that ends as a name does (会同区财政局, 组织部), a list of names', () => {
    const words: string[] = [];
    expect(splitDepartments('区发改委，会同区财政局', words)).toEqual(['区发改委', '区财政局']);
    expect(splitDepartments('区科委，组织部', words)).toEqual(['区科委', '组织部']);
    expect(splitDepartments('区科委，区财政局', words)).toEqual(['区科委', '区财政局']);
    expect(words).toEqual([]);
  });
  const table = `东湖区2025年重点工作任务分解表
一、重点任务
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t新建城北110千伏变电站\t区发改委\t区供电公司，年底前完成验收\t12月底前
2\t改造城南配电网\t区住建委\t区供电公司，配合做好验收\t6月底前`;
  const fields = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task').map((n) => [n.lead, n.partners, n.body]);
  it('a task table\'s 配合单位 cell: the unit is the partner, the remark a line of the task\'s text, also after export', async () => {
    const doc = importText(table, 'x.txt');
    expect(fields(doc)).toEqual([[['区发改委'], ['区供电公司'], '年底前完成验收'], [['区住建委'], ['区供电公司'], '配合做好验收']]);
    const utf8 = (s: string) => new TextEncoder().encode(s);
    for (const back of [await importFile({ bytes: utf8(buildMarkdown(doc)), fileName: 'plan.md' }), await importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'plan.docx' })]) {
      expect(fields(back).map(([lead, partners]) => [lead, partners])).toEqual([[['区发改委'], ['区供电公司']], [['区住建委'], ['区供电公司']]]);
      expect(fields(back).map(([, , body]) => body).join('\n')).toContain('年底前完成验收');
    }
  });
});

describe('a rate closing its clause without a verb, of a year before the plan\'s period, is an account (failed before)', () => {
  const rates = (title: string, s: string) => [...walk(importText(`${title}\n一、重点任务\n（一）加强建筑工地监管\n${s}`, 'r.txt').nodes)]
    .flatMap((w) => w.node.indicators.map((i) => `${i.name}${i.comparator}${i.value}${i.unit}@${i.year}`));
  it('"2024年全区在建工地检查覆盖率100%" in a 2025 plan names no target', () => {
    expect(rates('西江区2025年安全生产工作要点', '2024年全区在建工地检查覆盖率100%，今年继续开展专项检查。')).toEqual([]);
  });
  it('still read: the rate the work reaches, and a year within the plan\'s period', () => {
    expect(rates('西江区2025年安全生产工作要点', '开展专项检查，在建工地检查覆盖率100%。')).toEqual(['在建工地检查覆盖率=100%@2025']);
    expect(rates('西江区安全生产三年行动方案（2024—2026年）', '开展专项检查，2025年在建工地检查覆盖率100%。')).toEqual(['在建工地检查覆盖率=100%@2025']);
  });
});
