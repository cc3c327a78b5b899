/**
 * Session 33 review (h-fix33a): what the session's field rules read that no plan says — a deadline negated, past, in
 * doubt or a condition; a remark after a department list read as a department; a rate of an earlier year read as a
 * target. Cases written in our own words; each marked "failed before" failed before its fix, the others pass before
 * and after.
 */
import { describe, expect, it } from 'vitest';
import { textMilestones } from '../../shared/importer/celltable';

const ONE_YEAR = { start: 2025, end: 2025 };
const read = (s: string) => textMilestones(s, ONE_YEAR).map((m) => [m.year, m.stage, m.text]);

describe('a deadline after its subject that is no milestone of the plan (failed before)', () => {
  it('negated: 未/不/没有 before 于/在', () => {
    expect(read('城北项目未于6月底前开工。')).toEqual([]);
    expect(read('要求施工单位不在6月底前开工。')).toEqual([]);
    expect(read('城北项目没有在年底前建成。')).toEqual([]);
  });
  it('a plan that was (原计划, 原定) or a time before the plan (去年, 上年, 上一轮)', () => {
    expect(read('该项目原计划于6月底前开工，因拆迁推迟。')).toEqual([]);
    expect(read('城北项目原定于9月底前完工。')).toEqual([]);
    expect(read('去年该中心于年底前建成。')).toEqual([]);
    expect(read('上一轮项目于年底前完成验收，今年继续巩固。')).toEqual([]);
  });
  it('in doubt: 难以, 能否, 是否', () => {
    expect(read('城北项目难以在6月底前完成。')).toEqual([]);
    expect(read('城北项目能否在6月底前开工存在不确定性。')).toEqual([]);
    expect(read('是否于年底前完成由区政府研究确定。')).toEqual([]);
  });
  it('a condition whose clause goes on to its consequence (可, 即, 方可)', () => {
    expect(read('项目在6月底前完成可申请补助。')).toEqual([]);
    expect(read('项目在6月底前竣工即予拨付奖补资金。')).toEqual([]);
    expect(read('6月底前完成整改方可申请验收。')).toEqual([]);
  });
  it('still read: a plain deadline, 力争, and the work\'s own 可研/可行性', () => {
    expect(read('力争城北项目于6月底前开工。')).toEqual([[2025, '启动', '6月底前开工']]);
    expect(read('智慧停车平台在9月底前上线。')).toEqual([[2025, '完成', '9月底前上线']]);
    expect(read('城北项目于6月底前完成可研批复。')).toEqual([[2025, '完成', '6月底前完成可研批复']]);
    expect(read('城北项目于6月底前完成可行性研究报告编制。')).toEqual([[2025, '完成', '6月底前完成可行性研究报告编制']]);
  });
});
