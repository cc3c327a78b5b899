/**
 * Rules found by sending every seed and corpus document through every export and back in session 35
 * (`tests/tools/roundtrip-all.ts`, docs/exchange.md). Each case is written in our own words, in more than one style,
 * and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

describe('an annual plan named a 责任分解 / 目标分解: its one year is its period', () => {
  // (135's title "2024年市政府工作目标责任分解": its period came only from the notice's sentence, which plain Word
  // does not print — the title names it as "2025年…重点工作任务分解" and "…分解表" do)
  const head = (title: string) => importText([title, '一、扩大有效投资', '1.实施重点项目80个，完成投资200亿元。', '牵头单位：区发展改革委'].join('\n'), 'x.txt').meta.period;
  it.each([
    ['2024年市政府工作目标责任分解', { start: 2024, end: 2024 }],
    ['青川区2026年重点工作目标分解', { start: 2026, end: 2026 }],
    ['二〇二五年南屿县政府工作报告责任分解', { start: 2025, end: 2025 }],
  ])('%s', (title, period) => expect(head(title)).toEqual(period));
  it.each([
    // (a span stays a span, a length is no year, and a year done by is no annual plan)
    ['云溪区2025—2027年目标责任分解', { start: 2025, end: 2027 }],
    ['云溪区三年行动目标责任分解', null],
    ['到2027年云溪区目标责任分解', null],
  ])('not: %s', (title, period) => expect(head(title)).toEqual(period));
});

describe('a table reporting a year\'s work — 进展情况表, 完成情况表 — is of that year', () => {
  // (159's title "临江市政府2025年重点工作（预下达）上半年进展情况表" gave no period, while the Word cover's notice title
  // "关于印发…2025年…进展情况表的通知" gave 2025: an export came back with a period the dialog did not name)
  const head = (title: string) => importText([title, '一、经济运行', '1.地区生产总值增长6%左右。', '责任单位：市发展改革委', '进展情况：已完成'].join('\n'), 'x.txt').meta.period;
  it.each([
    ['临江市政府2025年重点工作上半年进展情况表', { start: 2025, end: 2025 }],
    ['南屿县2026年度民生实事项目完成情况表', { start: 2026, end: 2026 }],
    ['二〇二四年青川区重点项目推进情况表', { start: 2024, end: 2024 }],
  ])('%s', (title, period) => expect(head(title)).toEqual(period));
  it.each([
    ['云溪区2021—2025年重点工作完成情况表', { start: 2021, end: 2025 }],
    ['截至2025年6月云溪区重点项目进展情况表', null],
  ])('not: %s', (title, period) => expect(head(title)).toEqual(period));
});

