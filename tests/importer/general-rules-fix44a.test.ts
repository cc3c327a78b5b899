/**
 * Session 44 (h-fix44a): rev44a's findings as general rules, cases in our own words (fictional places). Each
 * rule case fails on 037bd170; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;

describe('a last stage whose own text ends in a lead-in holds the points after it (levels.ts closeLocalSequence)', () => {
  const stages = [
    '云溪区2026年农贸市场提质改造工作方案',
    '第一阶段：摸底排查（2026年2月至3月）',
    '对全区农贸市场逐一摸底，建立问题台账。',
    '第二阶段：集中改造（2026年4月至9月）',
    '分批实施市场改造，每月调度改造进度。',
    '第三阶段：长效管理（2026年10月至12月）',
  ];
  const points = [
    '一、完善市场管理制度。出台农贸市场管理办法，2026年11月底前完成制度修订。（牵头单位：区市场监管局）',
    '二、组织考核验收。对改造市场逐一验收，形成验收报告。（牵头单位：区商务局）',
  ];
  it('"本阶段主要做好以下工作：" before 一、二、: both are the third stage\'s, with their milestones', () => {
    const r = plan([...stages, '本阶段主要做好以下工作：', ...points].join('\n'));
    expect(r.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
    const third = r.nodes[2];
    expect(third.children.map((c) => c.heading)).toEqual(['完善市场管理制度', '组织考核验收']);
    expect(byHeading(r.nodes, '完善市场管理制度').milestones.map((m) => m.year)).toEqual([2026]);
  });
  it('guard: a last stage with text of its own that announces nothing — 一、 goes on beside the stages', () => {
    const r = plan([...stages, '建立长效管理机制，巩固改造成果。', '一、保障措施', '（一）加强组织领导。成立区工作专班。', '（二）强化资金保障。区财政安排专项资金800万元。'].join('\n'));
    expect(r.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段', '一、']);
  });
});

describe('累计 after a deadline before the plan\'s period is an account (celltable.ts isAccount, TOTAL_BY)', () => {
  const r = plan([
    '南屿县2026年智慧农业工作计划',
    '一、重点任务',
    '（一）推广农业物联网。2025年底前累计建成物联网示范基地12个。2026年底前累计建成物联网示范基地20个。（牵头单位：县农业农村局）',
    '（二）建设益农信息站。2024年前累计建成益农信息站85个，覆盖全部行政村。（牵头单位：县商务局）',
    '（三）发展农村电商。2026年9月底前累计培育电商主体400家。（牵头单位：县商务局）',
  ].join('\n'));
  it('a 2025 total in a 2026 plan is what was built: no milestone of it, the 2026 total read', () => {
    expect(byHeading(r.nodes, '推广农业物联网').milestones.map((m) => [m.year, m.stage])).toEqual([[2026, '完成']]);
    expect(byHeading(r.nodes, '建设益农信息站').milestones).toEqual([]);
  });
  it('guard: a total due by a deadline in the plan\'s year is its target', () => {
    expect(byHeading(r.nodes, '发展农村电商').milestones.map((m) => [m.year, m.stage])).toEqual([[2026, '完成']]);
  });
});

describe('a heading that reports on work (…完成情况, …进展情况) is no task context (levels.ts REPORTS_ON)', () => {
  const report = (part: string) => plan([
    '青川区关于2025年环保督察反馈问题整改情况的报告',
    '一、整改工作组织情况',
    '区委区政府召开专题会议，逐项研究部署整改工作。',
    `二、${part}`,
    '（一）财政收支方面。已收回结余资金8600万元，完成整改问题9个。',
    '（二）国有资产管理方面。已完成闲置房产清理登记，整改销号率100%。',
    '三、下一步工作安排',
    '（一）巩固整改成效。2026年6月底前完成整改情况回头看。（牵头单位：区生态环境分局）',
  ].join('\n'));
  const kinds = (r: ReturnType<typeof plan>, h: string) => byHeading(r.nodes, h).children.map((c) => c.kind);
  it('"整改任务完成情况" and "主要任务完成情况": the accounts under them are no tasks', () => {
    for (const part of ['整改任务完成情况', '主要任务完成情况', '重点工作进展情况']) {
      const r = report(part);
      expect(kinds(r, part).includes('task'), part).toBe(false);
    }
  });
  it('guard: the next steps under 下一步工作安排 are tasks still, and 整改任务 alone holds tasks', () => {
    expect(kinds(report('整改任务完成情况'), '下一步工作安排')).toEqual(['task']);
    expect(kinds(report('整改任务'), '整改任务')).toEqual(['task', 'task']);
  });
});
