/**
 * The second review (rev36b) of session 36's rules: page chrome read in a notice or schedule without numbered headings
 * (and missed on pages whose head an index list or a site's heading ends early), a 指导 clause's verb phrase kept in a
 * partner's name, a clause's own bracket dropped from its milestone (and a roles bracket kept on the month path), a
 * signer's date read as part of the name. The cases are written afresh, in other styles than the review's inputs; each
 * failed on c975d48a.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: PlanNode[], h: string) => all(ns).find((n) => n.heading === h)!;
const html = (s: string) => importFile({ bytes: new TextEncoder().encode(s), fileName: 'page.html' });

describe('a section name or a dated, timed line is page chrome only beside the page\'s other chrome (clean.ts headChrome)', () => {
  it('a notice without numbered headings keeps its timetable and a line 信息公开 between its sentences', () => {
    const text = ['青川区人民政府办公室关于开展2026年汛前安全检查的通知', '各乡镇人民政府，区直各单位：', '区防指定于下列时间开展检查：',
      '2026/4/8 9:00 区水利局', '2026/4/9 14:30 区自然资源局', '检查结果在区政府网站公布。', '信息公开', '检查结果按规定公开。',
      '青川区人民政府办公室', '2026年3月30日'].join('\n');
    const plan = importText(text, 'x.txt');
    expect(plan.report!.removed.map((r) => r.text)).toEqual([]);
    const kept = [plan.meta.preamble, plan.meta.notice, ...all(plan.nodes).map((n) => n.body)].join('\n');
    for (const l of ['2026/4/8 9:00 区水利局', '2026/4/9 14:30 区自然资源局', '信息公开']) expect(kept).toContain(l);
  });

  it('a page whose index list (<ol>) ends the head before the stamp: the stamp and the section name under the title are chrome', async () => {
    const plan = await html(['<html><head><meta charset="utf-8"><title>南屿县2026年乡村振兴工作要点</title></head><body>',
      '<ol><li>[索引号] 11530000/2026-00021</li><li>[发布机构] 南屿县人民政府</li><li>[文号] 南府发〔2026〕2号</li></ol>',
      '<h2>南屿县2026年乡村振兴工作要点</h2>', '<p>2026/03/02 16:05:10 南屿县人民政府</p>', '<p>信息公开</p>',
      '<p>一、发展特色产业</p>', '<p>1.新建高标准农田5000亩（县农业农村局牵头）。</p>', '</body></html>'].join('\n'));
    expect(plan.report!.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['2026/03/02 16:05:10 南屿县人民政府', '信息公开']));
    expect(plan.meta.preamble).toBe('');
    expect(plan.meta.notice).toBe('');
  });

  it('Markdown: a site\'s name as the first heading, the stamp under the document\'s title is chrome; one under a part stays', async () => {
    const plan = await importFile({ bytes: new TextEncoder().encode(['# 青川区人民政府网', '', '### 青川区2026年营商环境工作要点', '', '2026.02.14 11:20', '', '## 一、政务服务', '',
      '1. 推行“一件事一次办”（区政务服务中心牵头）。', '', '## 二、监管', '', '2026.05.20 09:00 区市场监管局', '', '2. 开展双随机抽查（区市场监管局负责）。'].join('\n')), fileName: 'x.md' });
    expect(plan.report!.removed.map((r) => r.text)).toContain('2026.02.14 11:20');
    expect(plan.meta.preamble).toBe('');
    expect(byHeading(plan.nodes, '监管').body).toContain('2026.05.20 09:00 区市场监管局');
  });
});

describe('a guiding unit is the name up to its own ending, the verb phrase before 指导 its role (departments.ts HELPER_CLAUSE)', () => {
  it('提供/做好/统筹…指导 and a bare 指导', () => {
    const plan = importText(['云溪区2026年社区治理工作要点', '一、基层治理',
      '1.完成社区议事厅建设12个（各街道办事处负责，区民政局提供政策指导）。',
      '2.培育社区社会组织40家（区民政局牵头，区委社会工作部、区司法局做好业务指导）。',
      '3.建成智慧安防小区25个（区公安分局牵头，区委政法委统筹指导，区住建局配合）。',
      '4.开展垃圾分类示范30个（各街道办事处负责，区城管局指导）。'].join('\n'), 'x.txt');
    const tasks = all(plan.nodes).filter((n) => n.kind === 'task');
    expect(tasks.map((t) => t.partners)).toEqual([['区民政局'], ['区委社会工作部', '区司法局'], ['区委政法委', '区住建局'], ['区城管局']]);
    expect(tasks.map((t) => t.lead)).toEqual([['各街道办事处'], ['区民政局'], ['区公安分局'], ['各街道办事处']]);
  });
});

describe('a milestone drops the bracket closing its clause only when it reads as the task\'s roles (celltable.ts tasksBracket)', () => {
  it('a year\'s deadline keeps "（不含…）", "（第一批）"; the roles bracket goes', () => {
    const plan = importText(['青川区2026—2027年城市更新行动方案', '一、重点项目',
      '1.推进管网更新。2026年底前改造燃气管网80公里（不含庭院管网），2027年底前全面完成（区住建局牵头）。',
      '2.推进公园建设。2026年9月底前建成口袋公园20个（第一批）；2027年完成第二批（区城管局负责，各街道配合）。'].join('\n'), 'x.txt');
    const [a, b] = all(plan.nodes).filter((n) => n.kind === 'task');
    expect(a.milestones.map((m) => m.text)).toEqual(['2026年底前改造燃气管网80公里（不含庭院管网）', '2027年底前全面完成']);
    expect(b.milestones.find((m) => m.year === 2026)!.text).toBe('2026年9月底前建成口袋公园20个（第一批）');
  });

  it('a one-year plan\'s month deadline drops the roles bracket as the year\'s does, and keeps its own', () => {
    const plan = importText(['南屿县2026年交通工作要点', '一、重点任务', '1.推进农村公路建设。9月底前完成县乡道改造60公里（县交通运输局负责，各乡镇配合）。',
      '2.推进客运站建设。10月底前完成站房主体（含附属用房）。'].join('\n'), 'x.txt');
    const [a, b] = all(plan.nodes).filter((n) => n.kind === 'task');
    expect(a.milestones.map((m) => m.text)).toEqual(['9月底前完成县乡道改造60公里']);
    expect(b.milestones.map((m) => m.text)).toEqual(['10月底前完成站房主体（含附属用房）']);
  });
});

describe('签发人 stops at a date after the names; signers stacked one a line are all read (meta.ts SIGNER, STACKED_SIGNER)', () => {
  it('the names are the signer, the date the 成文日期', () => {
    const plan = importText(['云溪区发展和改革局文件', '', '云发改〔2026〕7号    签发人：周　航  2026-02-16', '',
      '云溪区发展和改革局关于报送2026年重点项目计划的报告', '', '区人民政府：', '现将我局2026年重点项目计划报告如下。', '一、总体安排', '1.新开工项目12个。'].join('\n'), 'x.txt');
    expect(plan.meta.signer).toBe('周　航');
    expect(plan.meta.issuedOn).toBe('2026-02-16');
    expect(plan.meta.docNumber).toBe('云发改〔2026〕7号');
  });

  it('signers stacked one a line (GB/T 9704 §7.2.6): the indented name under the first is the second signer, not the notice\'s', () => {
    const plan = importText(['青川区教育局', '青川区财政局', '', '青教报〔2026〕4号          签发人：陈志恒', '                                吴海清', '',
      '青川区教育局 青川区财政局关于2026年学前教育补助资金安排的报告', '', '区人民政府：', '现将2026年补助资金安排报告如下。', '一、资金规模', '1.安排补助资金800万元。'].join('\n'), 'x.txt');
    expect(plan.meta.signer).toBe('陈志恒　吴海清');
    expect(plan.meta.notice).not.toContain('吴海清');
    expect(plan.meta.preamble).not.toContain('吴海清');
  });
});
