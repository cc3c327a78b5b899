/**
 * The zod-free part of the plan model: the format tag and the tree walks. shared/model/plan.ts re-exports all of
 * it; code on a path that must start fast (the compare command, core/library.ts) imports it from here so that
 * loading it does not parse zod and the schemas (~400 KB of bundle). Types only from plan.ts (erased at build).
 * Environment-free.
 */
import type { NodeKind, PlanNode } from './plan';

export const FORMAT = 'plan-workbench/v1' as const;

/** Each node kind's Chinese name (lint findings, the command line's messages, the compare CSV). */
export const NODE_KIND_ZH: Record<NodeKind, string> = { part: '部分', section: '节', action: '行动', task: '任务', item: '事项', appendix: '附件', box: '专栏' };

export function emptyNode(id: string, kind: NodeKind): PlanNode {
  return { id, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] };
}

/** Depth-first walk; `path` holds the ancestors. */
export function* walk(nodes: PlanNode[], path: PlanNode[] = []): Generator<{ node: PlanNode; path: PlanNode[] }> {
  for (const node of nodes) {
    yield { node, path };
    yield* walk(node.children, [...path, node]);
  }
}

/** How many nodes of each kind, keys in the order of a depth-first walk (plain recursion: no generator per level). */
export function countKinds(nodes: PlanNode[]): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (list: PlanNode[]) => {
    for (const node of list) {
      out[node.kind] = (out[node.kind] ?? 0) + 1;
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}

/** The number of nodes in the tree. */
export function countNodes(nodes: PlanNode[]): number {
  let n = nodes.length;
  for (const node of nodes) n += countNodes(node.children);
  return n;
}
