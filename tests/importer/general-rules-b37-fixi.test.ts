/**
 * rev37's H3/L4 and L1: a bracket names who does the work only with a department label, a role's verb or the names of
 * government organs (departments.ts rolesBracket, the one rule for an indicator's name and a task's clause) — a scope or
 * class of what is counted (规上企业, 公办幼儿园, 社区养老服务中心) stays in the indicator's name; a line stacked under
 * the signers is a name only when it reads as one (meta.ts stackedName). Cases written afresh in several styles
 * (tables in Markdown and tabs, sentences, a task's clause; Han and Latin lines); each failed on 27e80c14.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const node = (ns: PlanNode[], heading: string) => all(ns).find((n) => n.heading === heading)!;

describe('a scope or class noun in an indicator\'s bracket is no roles (departments.ts rolesBracket)', () => {
  it('a Markdown 主要指标 table: the scope brackets stay in the names, no lead invented; a roles bracket still read', () => {
    const plan = importText(['# 云溪区2026年社会事业发展计划', '', '## 一、主要指标', '',
      '| 序号 | 指标名称 | 单位 | 2026年目标值 |', '|---|---|---|---|',
      '| 1 | 研发经费投入强度（规上企业） | % | 2.6 |', '| 2 | 专任教师本科以上学历比例（公办幼儿园） | % | 85 |',
      '| 3 | 平均住院日（县级医院） | 天 | 7.5 |', '| 4 | 资产负债率（国有企业） | % | 58 |',
      '| 5 | 全科医生签约覆盖率（区卫生健康委牵头） | % | 75 |', '',
      '## 二、重点任务', '', '### （一）推进教育优质均衡', '新建公办幼儿园2所。（责任单位：区教育局）'].join('\n'), 'x.md');
    const part = node(plan.nodes, '主要指标');
    expect(part.indicators.map((i) => [i.name, i.value])).toEqual([
      ['研发经费投入强度（规上企业）', 2.6], ['专任教师本科以上学历比例（公办幼儿园）', 85], ['平均住院日（县级医院）', 7.5],
      ['资产负债率（国有企业）', 58], ['全科医生签约覆盖率', 75]]);
    expect(part.lead).toEqual(['区卫生健康委']);
  });

  it('a table in tabs: a facility in the bracket stays, the organs\' names and a roles list go to the roles', () => {
    const plan = importText(['南屿县2026年民生实事指标', '一、主要指标', '序号\t指标名称\t单位\t目标值',
      '1\t每千人口养老床位数（社区养老服务中心）\t张\t38', '2\t标准化建设达标率（乡镇卫生院）\t%\t90',
      '3\t综合文化站达标率（县文旅局、县财政局）\t%\t100', '4\t午餐供应覆盖率（区属学校）\t%\t100',
      '5\t老旧小区改造完成率（县住建局负责，各乡镇配合）\t%\t85'].join('\n'), 'x.txt');
    const part = node(plan.nodes, '主要指标');
    expect(part.indicators.map((i) => i.name)).toEqual(['每千人口养老床位数（社区养老服务中心）', '标准化建设达标率（乡镇卫生院）',
      '综合文化站达标率', '午餐供应覆盖率（区属学校）', '老旧小区改造完成率']);
    expect([...part.lead].sort()).toEqual(['县住建局', '县文旅局', '县财政局'].sort());
    expect(part.partners).toEqual(['各乡镇']);
  });

  it('a sentence of targets: each name keeps its scope bracket and its own value', () => {
    const plan = importText(['青川区2026年社会事业工作要点', '一、主要目标',
      '到2026年，研发经费投入强度（规上企业）达到2.6%，专任教师本科以上学历比例（公办幼儿园）达到85%，建成养老服务中心（日间照料中心）8个，全科医生签约覆盖率（区卫生健康委牵头）达到75%。'].join('\n'), 'x.txt');
    const part = node(plan.nodes, '主要目标');
    expect(part.indicators.map((i) => [i.name, i.value])).toEqual([
      ['研发经费投入强度（规上企业）', 2.6], ['专任教师本科以上学历比例（公办幼儿园）', 85], ['养老服务中心（日间照料中心）', 8], ['全科医生签约覆盖率', 75]]);
  });

  it('a task\'s milestone clause keeps a scope bracket closing it and ends before a roles one (celltable.ts tasksBracket)', () => {
    const plan = importText(['云溪区2026年重点工作任务', '一、重点任务',
      '（一）提升养老服务。2026年底前完成适老化改造（日间照料中心）。', '（二）建设智慧养老平台。2026年6月底前建成智慧养老平台（区民政局牵头，区财政局配合）。'].join('\n'), 'x.txt');
    const ms = (h: string) => all(plan.nodes).find((n) => n.heading === h)!.milestones.map((m) => m.text);
    expect(ms('提升养老服务')).toEqual(['2026年底前完成适老化改造（日间照料中心）']);
    expect(ms('建设智慧养老平台')).toEqual(['2026年6月底前建成智慧养老平台']);
  });
});

describe('a line stacked under the signers is a signer only when it reads as a name (meta.ts stackedName)', () => {
  const notice = (docNo: string, under: string[]) => importText(['临江市东湖区人民政府文件', '',
    `${docNo}　　　　　　　　签发人：林晓岚`, ...under.map((u) => `　　　　　　　　　　　　　　　　　　　　${u}`), '',
    '临江市东湖区人民政府关于印发东湖区2026年重点工作任务的通知', '', '各街道办事处，区政府各部门：',
    '现将《东湖区2026年重点工作任务》印发给你们，请认真贯彻执行。', '', '一、总体要求', '坚持稳中求进。'].join('\n'), 'x.txt');

  it('a six- or five-character line of a document\'s words is no name', () => {
    expect(notice('东政发〔2026〕3号', ['王　强', '规划编制说明']).meta.signer).toBe('林晓岚　王　强');
    expect(notice('东政发〔2026〕6号', ['征求意见稿']).meta.signer).toBe('林晓岚');
  });

  it('an English line is no name; a Pinyin one and a transliterated six-character one still are', () => {
    const plan = notice('东政发〔2026〕4号', ['王　强', 'Urgent Notice']);
    expect(plan.meta.signer).toBe('林晓岚　王　强');
    expect(notice('东政发〔2026〕7号', ['Internal Draft']).meta.signer).toBe('林晓岚');
    expect(notice('东政发〔2026〕8号', ['Ouyang Xiaolan', '扎西次仁多吉']).meta.signer).toBe('林晓岚　Ouyang Xiaolan　扎西次仁多吉');
  });
});
