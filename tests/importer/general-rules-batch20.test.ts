/**
 * General rules of the importer's batch 20 round (docs/importer-grammar.md, "Rules added for batch 20"): the gaps the
 * seventh blind batch 117–122 found. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { findIndicators } from '../../shared/importer/indicators';
import { importText } from '../../shared/importer/index';
import { textMilestones } from '../../shared/importer/celltable';
import { walk } from '../../shared/model/plan';

const nodes = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);

describe('full-width digits (a plan typed ２０２５年 throughout)', () => {
  it('a deadline line gives its year, its words kept as written', () => {
    expect(textMilestones('牵头单位：县市场监管局\n完成时限：２０２５年８月底前')).toEqual([{ year: 2025, stage: '完成', text: '２０２５年８月底前' }]);
  });

  it('a year–stage chain in full-width digits reads as the half-width one', () => {
    const half = textMilestones('2025年启动，2026年推进，2027年完成。', { start: 2025, end: 2027 });
    const full = textMilestones('２０２５年启动，２０２６年推进，２０２７年完成。', { start: 2025, end: 2027 });
    expect(full.map((m) => [m.year, m.stage])).toEqual(half.map((m) => [m.year, m.stage]));
    expect(full.length).toBe(3);
  });

  it('a decimal with a full-width point and digits (２．５万户) is one value', () => {
    const found = findIndicators('入户安检居民用户２．５万户，更换老化胶管。', 2025);
    expect(found.map((i) => [i.value, i.unit])).toEqual([[2.5, '万户']]);
  });
});

describe('a plan of one year named a 项目清单 (民生实事项目清单) or 工作清单', () => {
  it('is a plan of that year', () => {
    const doc = importText(`西陵区2025年民生实事项目清单
序号\t项目名称\t建设内容\t责任单位
1\t城北小学扩建工程\t新增学位540个\t区教育局
2\t社区图书馆分馆建设\t新建分馆10个\t区文化旅游局`, 'x.txt');
    expect(doc.meta.period).toEqual({ start: 2025, end: 2025 });
  });
});

describe('an investment column of a project list named 投资额（万元） / 年度投资金额（万元）', () => {
  it('gives each row its investment, as 总投资（亿元） does', () => {
    const t = nodes(`西陵区2025年民生实事项目清单
序号\t项目名称\t建设内容\t投资额（万元）\t责任单位
1\t城北小学扩建工程\t新增学位540个\t4800\t区教育局
2\t社区图书馆分馆建设\t新建分馆10个\t300\t区文化旅游局`).filter((n) => n.kind === 'task');
    expect(t.map((n) => n.indicators.filter((i) => i.unit === '万元').map((i) => [i.name, i.value]))).toEqual([[['投资额', 4800]], [['投资额', 300]]]);
  });
});

describe('a month deadline without a year in a task of a one-year plan ("6月底前全面开工，11月底前完成主体改造")', () => {
  it('is a milestone of the plan\'s year: 启动 for 开工, else 完成', () => {
    expect(textMilestones('完成28个老旧小区综合改造，6月底前全面开工，11月底前完成主体改造。', { start: 2025, end: 2025 }).map((m) => [m.year, m.stage, m.text])).toEqual([
      [2025, '启动', '6月底前全面开工'],
      [2025, '完成', '11月底前完成主体改造'],
    ]);
  });

  it('not in a plan of several years, nor in an account (截至6月底前已完成)', () => {
    expect(textMilestones('6月底前全面开工，11月底前完成主体改造。', { start: 2025, end: 2027 })).toEqual([]);
    expect(textMilestones('截至6月底前已完成改造12个。', { start: 2025, end: 2025 })).toEqual([]);
  });
});

describe('a count whose name opens with the manner of the work ("按照“一镇一中心”要求改造提升乡镇商贸中心8个")', () => {
  it('is named after the 按照…要求 phrase', () => {
    expect(findIndicators('按照“一镇一中心”要求改造提升乡镇商贸中心8个，重点完善以下功能：', 2025).map((i) => [i.name, i.value, i.unit])).toEqual([['改造提升乡镇商贸中心', 8, '个']]);
    expect(findIndicators('根据省级标准建设城市书房20个。', 2025).map((i) => [i.value, i.unit])).toEqual([[20, '个']]);
  });
});
