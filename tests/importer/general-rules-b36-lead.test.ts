/**
 * Session 36, the lead's: rules found while checking the session's merged work.
 * - A title closing on 落实方案 with one year of its own is a plan of that year ("区政府2025年重点工作目标任务分解落实方案"
 *   came back from a plain Word export without its period: the notice that had named the year is not printed there).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const plan = (title: string) => [
  title, '',
  '一、工作任务', '',
  '（一）新建社区食堂8个。年内建成并投入运营。（牵头单位：县民政局；配合单位：各乡镇人民政府）', '',
  '（二）改造农村危房120户。11月底前全部完工。（牵头单位：县住建局）', '',
].join('\n');

describe('落实方案 of one year', () => {
  it('a title closing on 落实方案 names its one year, read from the title alone', () => {
    for (const [title, year] of [
      ['青川县2026年民生实事项目目标任务落实方案', 2026],
      ['南屿县二〇二七年重点任务落实方案', 2027],
    ] as const) {
      const d = importText(plan(title), 'x.txt');
      expect(d.meta.title).toBe(title);
      expect(d.meta.period).toEqual({ start: year, end: year });
    }
  });
  it('a span or a target year stays what it was', () => {
    expect(importText(plan('青川县到2027年基本建成养老服务体系落实方案'), 'x.txt').meta.period).toBeNull();
    expect(importText(plan('青川县2026—2028年养老服务体系建设落实方案'), 'x.txt').meta.period).toEqual({ start: 2026, end: 2028 });
  });
});
