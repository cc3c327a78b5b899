/**
 * Departments said once for several points after them: "1.地区生产总值增长6%左右； 2.… 3.… ⏎ 以上3项目标的责任单位均为
 * 区发展改革局。" (the three points before the line, the one it closes included) and "该项目标的责任单位为区财政局。" (the
 * point it closes) — as 目标管理 / 目标责任 plans write their targets. The line stays in the body where it is written;
 * the points it covers take its departments as their own (read before the kinds: a point with departments is work).
 */
import type { Responsibility } from './departments';
import { nodeView, responsibilityOf, type Draft } from './levels';
import { readSharedLine } from './sharedline';
import type { PlanNode } from '../model/plan';

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
