/**
 * General rules found by importing real public plans themselves (session 30, docs/importer-corpus.md "Real plans
 * read (session 30)"; docs/importer-grammar.md "Rules added from real plans (session 30)"). The real texts were read,
 * never kept: every case here is written in our own words. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const nodes = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);
const tasks = (text: string) => nodes(text).filter((n) => n.kind === 'task');

describe('a Word task table pasted one cell per line (江苏 区 分解表)', () => {
  it('the header gives the columns, each 序号 alone on a line opens a row; a task with its departments and deadline', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
编号
工作任务
责任单位
协同单位
完成时间
1
新建社区养老服务站6个
区民政局
各街道办事处
2025年10月底前
2
改造老旧小区供水管网18公里
区水务局
区住房城乡建设局
2025年11月底前`);
    expect(t.map((n) => [n.heading, n.lead, n.partners, n.milestones.map((m) => m.year)])).toEqual([
      ['新建社区养老服务站6个', ['区民政局'], ['各街道办事处'], [2025]],
      ['改造老旧小区供水管网18公里', ['区水务局'], ['区住房城乡建设局'], [2025]],
    ]);
  });
  it('an empty cell with no line of its own is found by kind: a deadline is no partner', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
重点任务
牵头单位
配合单位
完成时限
1
新建口袋公园10个
区城市管理局
2025年9月底前
2
新增公共停车泊位900个
区交通运输局
区公安分局
2025年12月底前`);
    expect(t.map((n) => [n.lead, n.partners, n.milestones.map((m) => m.text)])).toEqual([
      [['区城市管理局'], [], ['2025年9月底前']],
      [['区交通运输局'], ['区公安分局'], ['2025年12月底前']],
    ]);
  });
  it('lines holding only a no-break space count as empty cells', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
重点任务
牵头单位
配合单位
完成时限
1
新建口袋公园10个
区城市管理局
\u00a0
2025年9月底前
2
新增公共停车泊位900个
区交通运输局
区公安分局
2025年12月底前`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([[['区城市管理局'], []], [['区交通运输局'], ['区公安分局']]]);
  });
  it('a short list under a 序号 line that names no department or time column is left as text', () => {
    const all = nodes(`河桥区2025年工作要点
一、总体安排
序号
名称
说明
1
全年开展专项行动三次。`);
    expect(all.filter((n) => n.kind === 'task').length).toBe(0);
    expect(all.map((n) => n.body).join('')).toContain('全年开展专项行动三次');
  });
});
