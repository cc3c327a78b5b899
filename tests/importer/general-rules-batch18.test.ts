/**
 * General rules of the importer's batch 18 round (docs/importer-grammar.md, "Rules added for batch 18"): the gaps the
 * fifth blind batch 98–103 found. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('〔牵头单位：…；责任单位：…〕: tortoise-shell brackets as the bracket of a task’s units (济南 钢城区 分工方案)', () => {
  it('the closing 〕 is no part of the last partner', () => {
    const t = tasks(`某区2025年优化营商环境重点任务
一、提升政务服务
1.深化“一窗通办”改革。综合窗口办件占比达到90%以上。〔牵头单位：区行政审批服务局；责任单位：各街道办事处〕
2.规范公共资源交易。〔牵头单位：区公共资源交易中心；责任单位：区住房城乡建设局、区交通运输局〕`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区行政审批服务局'], ['各街道办事处']],
      [['区公共资源交易中心'], ['区住房城乡建设局', '区交通运输局']],
    ]);
  });
});
