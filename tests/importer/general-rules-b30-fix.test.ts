/**
 * Four importer defects a review of session 30 found (h-fix30b). Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readPeriod } from '../../shared/importer/dates';
import { walk } from '../../shared/model/plan';

const period = (title: string) => { const p = readPeriod(title); return p && [p.start, p.end]; };

describe('a span word in a one-year title is a plan period, not a count inside an ordinary word', () => {
  it('十五分钟, 十五运会, 第十五届, 五年级 name no span: the title is a plan of its one year', () => {
    for (const title of [
      '2025年十五分钟社区生活圈建设工作方案',
      '2025年十五运会筹备工作方案',
      '2025年第十五届运动会保障工作方案',
      '2025年五年级学生课后服务工作方案',
      '二〇二五年“十五分钟便民生活圈”建设实施计划',
    ]) expect(period(title), title).toEqual([2025, 2025]);
    expect(importText('2025年十五分钟社区生活圈建设工作方案\n\n一、重点任务\n1.新建社区食堂\n年底前建成。', 'x.txt').meta.period).toEqual({ start: 2025, end: 2025 });
  });
  it('十X五 as a plan period and 五年 as a span still name the span', () => {
    expect(period('2025年“十四五”规划收官工作方案')).toEqual([2021, 2025]);
    expect(period('2025年十四五时期重点工作方案')).toEqual([2021, 2025]);
    expect(period('2025年十四五末期工作方案')).toEqual([2021, 2025]);
    expect(period('2025年“十五五”工作方案')).toEqual([2026, 2030]);
    expect(period('2025年“十五”工作方案')).toEqual([2001, 2005]);
    expect(period('2025年五年规划编制工作方案')).toEqual([2025, 2029]);
    expect(period('2025年推进五年行动计划工作方案')).toEqual([2025, 2029]);
    expect(period('东川区2025年生态建设五年实施计划')).not.toEqual([2025, 2025]);
    expect(period('2025年实施第十四个五年规划工作方案')).toEqual([2021, 2025]);
  });
});

describe('"附件：X" over its own sub-annexes (附表1, 附表2 / 附件1-1) is that annex\'s title, never a task\'s text', () => {
  const plan = (annexes: string) => `某区2025年重大项目推进工作方案
一、重点任务
1.推进重大项目建设
完成年度投资50亿元。牵头单位：区发展改革委
${annexes}`;
  const all = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);
  it('"附件：重大项目汇总表" ⏎ "附表1：2025年续建项目" + table ⏎ "附表2：…" + table', () => {
    const nodes = all(plan(`附件：重大项目汇总表
附表1：2025年续建项目
序号\t项目名称\t总投资（亿元）
1\t滨河大道改造\t12
附表2：2025年新建项目
序号\t项目名称\t总投资（亿元）
1\t城东污水处理厂\t8`));
    const task = nodes.find((n) => n.heading === '推进重大项目建设')!;
    expect(task.body).not.toContain('重大项目汇总表');
    const annexes = nodes.filter((n) => n.kind === 'appendix');
    expect(annexes.map((n) => n.heading)).toEqual(expect.arrayContaining(['重大项目汇总表', '2025年续建项目', '2025年新建项目']));
    expect(annexes.find((n) => n.heading === '2025年续建项目')!.body).toContain('滨河大道改造');
    expect(annexes.find((n) => n.heading === '2025年新建项目')!.body).toContain('城东污水处理厂');
  });
  it('"附件：X" ⏎ "附件1-1 …" is the annex X too', () => {
    const nodes = all(plan(`附件：重大项目汇总表
附件1-1 2025年续建项目
序号\t项目名称\t总投资（亿元）
1\t滨河大道改造\t12`));
    expect(nodes.find((n) => n.heading === '推进重大项目建设')!.body).not.toContain('重大项目汇总表');
    expect(nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).toContain('重大项目汇总表');
  });
  it('an export\'s note before its 附表 titled for the whole plan stays a reference (batch18)', () => {
    const nodes = all(plan(`附件：重大项目任务清单
附表1 某区2025年重大项目推进工作方案主要任务分解表
序号\t主要任务\t牵头单位
1\t推进重大项目建设\t区发展改革委`));
    expect(nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).not.toContain('重大项目任务清单');
  });
});

describe('the 厅 of a province\'s office is a department; a hall\'s 厅 is not', () => {
  it('省海洋与渔业厅, 省民宗厅, 省广电厅, 省监察厅 … and 省X厅 generally', async () => {
    const { looksLikeDepartments } = await import('../../shared/importer/departments');
    expect(['省海洋与渔业厅', '省海洋渔业厅', '省民族宗教厅', '省民宗厅', '省广电厅', '省新闻出版广电厅', '省监察厅', '自治区民宗厅', '省体育厅', '省财政厅、省监察厅']
      .map(looksLikeDepartments)).toEqual(Array(10).fill(true));
    expect(['营业厅', '宴会厅', '音乐厅', '区文化中心音乐厅', '市民营业厅', '市政务服务大厅', '市博物馆展厅', '省图书馆报告厅', '区政务服务大厅、营业厅']
      .map(looksLikeDepartments)).toEqual(Array(9).fill(false));
  });
  it('a task\'s lead 省海洋与渔业厅 is read as its department', () => {
    const t = [...walk(importText('某县2025年海洋经济发展工作方案\n一、重点任务\n1.建设海洋牧场示范区\n新建人工鱼礁2处。牵头单位：省海洋与渔业厅；配合单位：县农业农村局', 'x.txt').nodes)]
      .map((w) => w.node).filter((n) => n.kind === 'task');
    expect(t.map((n) => [n.lead, n.partners])).toEqual([[['省海洋与渔业厅'], ['县农业农村局']]]);
  });
});
