/** Types and timings of the structured editor's store (../editor.ts and the composables beside this file). */
import type { PlanMeta, PlanNode } from '../../../../shared/model/plan';

export const COALESCE_MS = 1000;
export const SAVE_DEBOUNCE_MS = 800;
export const LINT_DEBOUNCE_MS = 300;
export const RETRY_MS = [2000, 5000, 10000, 30000];
/**
 * A save still unanswered after this long (the library hangs: a stopped process, a network that swallows the
 * request) is treated like an unreachable library for what is kept: the plan goes to localStorage, the bar says so,
 * and leaving no longer waits for the answer (walk 5: 保存中… for minutes, and ‹ 资料库 did nothing).
 */
export const SAVE_SLOW_MS = 8000;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

/** The editable part of a plan. */
export interface Snapshot { meta: PlanMeta; nodes: PlanNode[] }

export interface Command {
  label: string;
  before: Snapshot;
  after: Snapshot;
  selBefore: string | null;
  selAfter: string | null;
  /** Coalescing key (e.g. "node:<id>:body"); null for structural commands. */
  key: string | null;
}

/** A visible row of the outline (the flattened tree, collapsed subtrees left out). */
export interface OutlineRow {
  node: PlanNode;
  depth: number;
  number: string;
  parentId: string | null;
  hasChildren: boolean;
  expanded: boolean;
}

/** Where a node sits in the tree (for every node, collapsed or not). */
export interface NodeInfo { node: PlanNode; parentId: string | null; index: number; depth: number }

/** Asks the UI to focus a field of the selected node (or of the metadata form). */
export interface FocusRequest { nodeId: string | null; field: string; range?: { start: number; end: number }; seq: number }

export type NodeEditable = Partial<Omit<PlanNode, 'id' | 'children' | 'kind'>>;

export function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
