/**
 * Departments said once for several points after them: "1.地区生产总值增长6%左右； 2.… 3.… ⏎ 以上3项目标的责任单位均为
 * 区发展改革局。" (the three points before the line, the one it closes included) and "该项目标的责任单位为区财政局。" (the
 * point it closes) — as 目标管理 / 目标责任 plans write their targets. The line stays in the body where it is written;
 * the points it covers take its departments as their own (read before the kinds: a point with departments is work).
 * Also a group's closing line "以上任务由A牵头，B、C配合。" (every point of the group before it: 三年行动 write the
 * departments once per group), written after the group's last point or after a 专栏 that closes the group, and its
 * numbered form "以上第4项由A牵头，B配合；第5、6项由C牵头。" (the points of those numbers).
 */
import { rolesSentence, type Responsibility } from './departments';
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

/** A group's closing roles line: "以上任务由A牵头，B配合。" (all: null) or "以上第4项由A牵头…；第5项由…" (by number). */
export function readClosingRoles(body: string): { all: Responsibility | null; byNumber: Map<number, Responsibility> } | null {
  // (a precheck: the line opens with 以上/上述 and says 由)
  if (body.indexOf('由') < 0 || (body.indexOf('以上') < 0 && body.indexOf('上述') < 0)) return null;
  const lines = body.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!/^(?:以上|上述)/.test(line)) continue;
    // "以上任务由A牵头，B配合。", "上述工作由A负责。"
    if (/^(?:以上|上述)(?:各项|所有)?(?:任务|工作|措施|事项)?(?:均)?由/.test(line)) {
      const roles = rolesSentence(line.replace(/^(?:以上|上述)(?:各项|所有)?(?:任务|工作|措施|事项)?(?:均)?由/, '由'));
      if (roles && roles.lead.length) return { all: { lead: roles.lead, partners: roles.partners }, byNumber: new Map() };
      continue;
    }
    // "以上第4项由A牵头，B配合；第5、6项由C牵头，各街道配合。"
    if (!/^(?:以上|上述)第/.test(line)) continue;
    const byNumber = new Map<number, Responsibility>();
    for (const clause of line.replace(/^(?:以上|上述)/, '').split(/[；;]/)) {
      const m = /^\s*第([0-9、，,和至\-—]+)项(?:任务|工作)?由(.+?)[。]?\s*$/.exec(clause);
      if (!m) continue;
      const roles = rolesSentence('由' + m[2]);
      if (!roles || !roles.lead.length) continue;
      const nums: number[] = [];
      const range = /^([0-9]+)[至\-—]([0-9]+)$/.exec(m[1]);
      if (range) for (let n = Number(range[1]); n <= Number(range[2]) && nums.length < 50; n++) nums.push(n);
      else for (const n of m[1].split(/[、，,和]/)) if (/^[0-9]+$/.test(n)) nums.push(Number(n));
      for (const n of nums) byNumber.set(n, { lead: roles.lead, partners: roles.partners });
    }
    if (byNumber.size) return { all: null, byNumber };
  }
  return null;
}

/**
 * Give the points of a group the departments of its closing line (see the file comment): the siblings before the node
 * whose body ends the group with it, of the points' marker style, that name none of their own; the node itself when it
 * is one of those points (the group's last point), not when it is a 专栏 written between the points and the line.
 */
export function closingResponsibility(all: Draft[]): void {
  for (const d of all) {
    const closing = readClosingRoles(d.node.body);
    if (!closing) continue;
    const siblings = all.filter((x) => x.parent === d.parent);
    const at = siblings.indexOf(d);
    // the points' style: the node's own, or (a 专栏 closing the group) the style of the last sibling before it that is no 专栏
    let style = d.style;
    if (d.style === 'box') for (let k = at - 1; k >= 0; k--) if (siblings[k].style !== 'box') { style = siblings[k].style; break; }
    let points = siblings.slice(0, at + 1).filter((x) => x.style === style);
    // by number, in a paragraph of its own (a 任务分工 part after the tasks: "三、任务分工 ⏎ 以上第1、3项由A牵头…；第6至8项由…"),
    // or naming numbers its siblings do not hold once each: the numbers are the plan's points numbered on before it
    if (!closing.all) {
      const division = !all.some((x) => x.parent === d) && (/分工/.test(d.node.heading) || IMPLEMENTATION_PART.test(d.node.heading.trim()));
      const numbered = division || !covers(points, [...closing.byNumber.keys()]) ? pointsNumberedOn(all, d, [...closing.byNumber.keys()]) : null;
      if (numbered) points = numbered;
      else if (division) continue;
    }
    if (!points.length || (points.length === 1 && points[0] === d && closing.all)) continue;
    for (const x of points) {
      const given = closing.all ?? closing.byNumber.get(x.n) ?? null;
      if (!given) continue;
      // (a point that names its own departments keeps them; the node holding the line takes it, as it reads it itself)
      if (x !== d && responsibilityOf(x)) continue;
      nodeView(x).found = { lead: [...given.lead], partners: [...given.partners] } satisfies Responsibility;
      sharedGiven.add(x.node);
    }
  }
}

/**
 * A part written after the tasks on how they are carried out (组织实施, 保障措施, 责任落实 …): a division by number in
 * it ("3.组织实施 ⏎ 以上第1、3项由A牵头…") numbers the plan's points, as one under 分工 does — never its own siblings (the
 * parts of the plan), batch 40.
 */
const IMPLEMENTATION_PART = /^(?:组织(?:实施|领导|保障)|(?:保障|推进|工作)(?:措施|机制)|实施保障|责任(?:落实|分解|分工)|落实责任|工作要求)/;
/** A part of targets (主要目标, 工作目标, 主要指标 …; not 目标任务): its points are no tasks a division numbers. */
const TARGET_PART = /目标|指标/;
const TASK_WORD = /任务|措施|举措|工作(?!目标)/;
/** A part of tasks (重点任务, 主要措施, 主要工作 …). */
const TASK_PART = /任务|措施|举措|重点工作|主要工作/;
const under = (x: Draft, test: (heading: string) => boolean) => { for (let p = x.parent; p; p = p.parent) if (test(p.node.heading)) return true; return false; };
const underTargets = (x: Draft) => under(x, (h) => TARGET_PART.test(h) && !TASK_WORD.test(h));

/** Every number is held by exactly one of the points. */
const covers = (points: Draft[], numbers: number[]) => numbers.every((n) => points.filter((x) => x.n === n).length === 1);

/**
 * The points a division by number written after them names ("以上第1、3项由A牵头…", batch 30): the nodes before the
 * line's node (not its ancestors, not of its own style) of the one marker style whose numbers run on through the plan — each number held
 * once — and hold every number the line names, not a part's targets nor a level with points under it; the level under
 * the part of tasks, then the style with the most such points, when several do (batch 40).
 */
function pointsNumberedOn(all: Draft[], d: Draft, numbers: number[]): Draft[] | null {
  const ancestors = new Set<Draft>();
  for (let p = d.parent; p; p = p.parent) ancestors.add(p);
  const byStyle = new Map<string, Draft[]>();
  for (const x of all) {
    // (not the line's own level: its siblings are the groups the division follows, not the points it numbers; not a
    // part's targets, numbered in the tasks' style or in another: "一、主要目标 ⏎ （1）…（5）" before "二、重点任务 ⏎ 1.…3.")
    if (x === d || ancestors.has(x) || x.line >= d.line || x.style === 'box' || x.style === d.style || underTargets(x)) continue;
    const list = byStyle.get(x.style) ?? [];
    list.push(x);
    byStyle.set(x.style, list);
  }
  let best: Draft[] | null = null;
  const inTasks = (list: Draft[]) => list.every((x) => under(x, (h) => TASK_PART.test(h)));
  for (const list of byStyle.values()) {
    if (new Set(list.map((x) => x.n)).size !== list.length || !covers(list, numbers)) continue;
    // (not the groups of the points: a level with points under it — its points' numbers restart in each, "（一）⏎ 1.… 2.…
    // （二）⏎ 1.…", and the numbers the line names may be either's: nobody is given them)
    if (list.some((x) => all.some((y) => y.parent === x && y.style !== 'box'))) continue;
    // (the level under the part of tasks before one that is not, then the one with the most points)
    if (!best || (inTasks(list) && !inTasks(best)) || (inTasks(list) === inTasks(best) && list.length > best.length)) best = list;
  }
  return best;
}
