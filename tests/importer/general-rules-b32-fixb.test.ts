/**
 * Findings 3 and 4 of the session-32 review of the importer's batch 20 rules, each case written in our own words from
 * the reviewer's steps: the one-year month-deadline rule (celltable.ts textMilestones) and a 专栏 whose projects are a
 * table (celltable.ts boxProjectRows, parse.ts boxTables). Every case marked so failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

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
