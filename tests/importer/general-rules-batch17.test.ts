/**
 * General rules of the importer's batch 17 round (docs/importer-grammar.md, "Rules added for batch 17"): the gaps the
 * fourth blind batch 88–93 found. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('主要责任单位 leads (北京 大兴 分工方案: 牵头领导 / 主要责任单位 / 配合单位 / 完成时限 lines)', () => {
  it('as a field line under a point, after the leader (a post, no department)', () => {
    const t = tasks(`2025年区政府工作报告重点工作分工方案
一、主要预期目标
1.地区生产总值比上年增长5.5%左右。
牵头领导：常务副区长
主要责任单位：区发展改革委
配合单位：区统计局
完成时限：2025年12月底
2.培育数字经济新动能，新增“专精特新”企业15家。
牵头领导：副区长（李文）
主要责任单位：区科技局、区经济和信息化局
完成时限：2025年10月底前`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区发展改革委'], ['区统计局']],
      [['区科技局', '区经济和信息化局'], []],
    ]);
  });
});

describe('a notice that numbers its requests before the plan it publishes (北京 大兴, 湖北 蔡甸 分工方案 notices)', () => {
  const text = `澄川区人民政府办公室关于印发《2025年区政府工作报告重点工作分工方案》的通知
澄政办发〔2025〕4号
各镇人民政府，各街道办事处：
《2025年区政府工作报告重点工作分工方案》已经区政府常务会议审议通过，现印发给你们，并就有关事项通知如下：
一、提高站位，压实责任。各主要责任单位要逐项制定落实方案。
二、强化督办，按时报送。每季度末月25日前将进展情况报区政府督查室。
澄川区人民政府办公室
2025年2月26日
（此件公开发布）
2025年区政府工作报告重点工作分工方案（共计2项）
一、主要预期目标
1.地区生产总值比上年增长5.5%左右。
二、产业发展
2.新增规模以上工业企业20家。`;
  it('the notice’s 一、二、 stay its text; the body starts at the plan’s 一、 after the signature', () => {
    const d = importText(text, 'x.txt');
    expect(d.nodes.map((n) => n.heading)).toEqual(['主要预期目标', '产业发展']);
    expect(d.meta.notice).toContain('提高站位，压实责任');
    expect(d.meta.issuedOn).toBe('2025-02-26');
  });
  it('the count after the title is not part of it', () => {
    expect(importText(text, 'x.txt').meta.title).toBe('2025年区政府工作报告重点工作分工方案');
    expect(importText('2025年区政府重点工作任务清单（共45项）\n一、经济发展\n1.地区生产总值增长6%。\n二、民生\n2.新增学位900个。', 'x.txt').meta.title).toBe('2025年区政府重点工作任务清单');
    // a bracket that names something else stays
    expect(importText('区老旧小区改造实施方案（试行）\n一、目标\n二、任务', 'x.txt').meta.title).toBe('区老旧小区改造实施方案（试行）');
  });
  it('a plan without a notice keeps a list the same style numbered 1 again as its own (no date between)', () => {
    const d = importText(`某区工作方案
一、总体要求
二、主要任务
一、附则说明`, 'x.txt');
    expect(d.nodes.length).toBe(3);
  });
});

describe('task tables named in other words, and a plan that is nothing but its table (督办台账, 季度分解表, 分解表)', () => {
  it('督办事项 / 重点工作任务 / 具体工作任务和要求 name the task column', async () => {
    const { taskTableHeader } = await import('../../shared/importer/celltable');
    for (const h of ['督办事项', '重点工作任务', '具体工作任务和要求']) expect(taskTableHeader(['序号', h, '牵头单位', '配合单位']), h).toBe(true);
    // (a column of what was done is no task column: a table of results alone is no task table)
    expect(taskTableHeader(['序号', '进展情况', '牵头单位'])).toBe(false);
  });
  it('a table after the notice and the title, no heading: its rows are the plan\'s tasks at the top', () => {
    const d = importText(`汀兰区人民政府办公室关于印发2025年重点工作任务季度分解表的通知
各街道办事处，区政府各部门：
现将《2025年重点工作任务季度分解表》印发给你们，请认真落实。
汀兰区人民政府办公室
2025年2月18日
2025年重点工作任务季度分解表
序号\t重点工作任务\t责任单位\t一季度\t四季度
1\t新建5G基站260个\t区大数据中心（牵头）、区通信发展办\t完成站址规划\t全面完成
2\t新增学位540个\t区教育局\t完成施工招标\t完成验收`, 'x.txt');
    expect(d.nodes.map((n) => [n.kind, n.number, n.heading, n.lead, n.partners])).toEqual([
      ['task', '1', '新建5G基站260个', ['区大数据中心'], ['区通信发展办']],
      ['task', '2', '新增学位540个', ['区教育局'], []],
    ]);
    expect(d.meta.preamble).toBe('');
    expect(d.nodes[0].body).toContain('完成站址规划');
  });
});
