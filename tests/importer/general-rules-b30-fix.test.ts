/**
 * Four importer defects a review of session 30 found (h-fix30b). Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readPeriod } from '../../shared/importer/dates';

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
