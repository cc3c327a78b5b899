/**
 * Departments said once for several points after them: "1.地区生产总值增长6%左右； 2.… 3.… ⏎ 以上3项目标的责任单位均为
 * 区发展改革局。" (the three points before the line, the one it closes included) and "该项目标的责任单位为区财政局。" (the
 * point it closes) — as 目标管理 / 目标责任 plans write their targets. The line stays in the body where it is written;
 * the points it covers take its departments as their own (read before the kinds: a point with departments is work).
 */
import { looksLikeDepartments, splitDepartments, type Responsibility } from './departments';
import { matchView } from './grammar';
import { nodeView, responsibilityOf, type Draft } from './levels';
import type { PlanNode } from '../model/plan';

const COUNT = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const WHAT = '(?:目标|任务|工作|指标|事项)?(?:的)?(?:责任单位|牵头单位|责任部门)';
const SEVERAL = new RegExp(`(?:^|[\\n。；])\\s*(?:以上|上述)\\s*${COUNT}\\s*项\\s*${WHAT}\\s*(?:均|都)?\\s*为\\s*([^。；;\\n]{2,60})[。；;]?\\s*(?=$|\\n)`);
const ONE = new RegExp(`(?:^|[\\n。；])\\s*(?:该|此|本)\\s*项?\\s*${WHAT}\\s*为\\s*([^。；;\\n]{2,60})[。；;]?\\s*(?=$|\\n)`);
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function count(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.length === 1) return CN[s] ?? 0;
  // 十一 … 十九, 二十 …
  const [a, b, c] = [...s];
  if (a === '十') return 10 + (CN[b] ?? 0);
  if (b === '十') return (CN[a] ?? 0) * 10 + (c ? CN[c] ?? 0 : 0);
  return 0;
}

/**
 * A body's "以上N项…责任单位均为A" / "该项…责任单位为A" line: how many points it closes (N, 1 for 该项) and A as a list
 * of departments; null without one. Also read by the exports (shared/fieldtext.ts: a covered point whose departments
 * are no longer A prints its own).
 */
export function readSharedLine(body: string): { n: number; lead: string[] } | null {
  // (both lines name 责任单位/牵头单位/责任部门 and say 为: a body without 为 has neither)
  if (body.indexOf('为') < 0 || !/责任单位|牵头单位|责任部门/.test(body)) return null;
  const v = matchView(body);
  const several = SEVERAL.exec(v);
  const one = several ? null : ONE.exec(v);
  if (!several && !one) return null;
  const names = (several ? several[2] : one![1]).trim().replace(/等$/, '');
  if (!looksLikeDepartments(names)) return null;
  const n = several ? count(several[1]) : 1;
  const lead = splitDepartments(names);
  return n >= 1 && lead.length ? { n, lead } : null;
}

/**
 * The nodes whose departments a shared line gave (none of their own): a table row that named departments for one
 * (an annex 分解表 read back, celltable.ts, applied before enrich.ts) stands instead of them, not beside them.
 */
export const sharedGiven = new WeakSet<PlanNode>();

/** Give the points covered by a "以上N项…责任单位均为A" / "该项…责任单位为A" line A as their lead (see the file comment). */
export function sharedResponsibility(all: Draft[]): void {
  for (const d of all) {
    const line = readSharedLine(d.node.body);
    if (!line) continue;
    const siblings = all.filter((x) => x.parent === d.parent && x.style === d.style);
    const at = siblings.indexOf(d);
    if (at + 1 < line.n) continue;
    for (const x of siblings.slice(at + 1 - line.n, at + 1)) {
      // (a point that names its own departments — a field line, an annotation — keeps them)
      if (responsibilityOf(x)) continue;
      nodeView(x).found = { lead: [...line.lead], partners: [] } satisfies Responsibility;
      sharedGiven.add(x.node);
    }
  }
}
