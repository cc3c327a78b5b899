/**
 * The structured editor's state: the plan being edited, the selection, undo/redo, autosave and lint.
 *
 * Plan trees are immutable (shared/tree.ts copies only the path to a change), so an undo step is simply
 * the pair of snapshots (meta, nodes) before and after the command — cheap, and exact for structure and
 * text alike. Typing in the same field within COALESCE_MS of the previous keystroke extends the last step
 * instead of adding one.
 *
 * Autosave: SAVE_DEBOUNCE_MS after the last change the plan is sent with plan.save and the revision it was
 * loaded (or last saved) at. A 'conflict' stops autosaving and keeps the local changes until the planner
 * chooses (reload, or explicitly overwrite); other failures keep the changes and retry with back-off.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, triggerRef } from 'vue';
import { ApiError, useApi } from '../api/client';
import type { StoredPlan } from '../../../shared/api/contract';
import { FORMAT, type NodeKind, type PlanDoc, type PlanMeta, type PlanNode } from '../../../shared/model/plan';
import { deriveNumbers } from '../../../shared/numbering';
import { ALLOWED, countUnreviewed, findNode, indent as treeIndent, insertNode, kindForNewChild, locate, markAllReviewed, markReviewed, moveNode, newNode, outdent as treeOutdent, removeNode, updateNode as treeUpdateNode, type EditOrigin } from '../../../shared/tree';
import { applyFix as lintApplyFix, applyFixes as lintApplyFixes, dismissTemplateRef, groupFindings, lintPlan, reviewGaps as sharedReviewGaps, type Finding, type Severity } from '../../../shared/lint';

export const COALESCE_MS = 1000;
export const SAVE_DEBOUNCE_MS = 800;
export const LINT_DEBOUNCE_MS = 300;
export const RETRY_MS = [2000, 5000, 10000, 30000];

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

/** The kind a new child of `parent` (null = top level) should get (shared/tree.ts kindForNewChild). */
export const childKindFor = kindForNewChild;

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const useEditorStore = defineStore('editor', () => {
  const api = () => useApi();

  // --- document -----------------------------------------------------------------------------
  const planId = ref<string | null>(null);
  const revision = ref(0);
  const base = shallowRef<StoredPlan | null>(null);
  const meta = shallowRef<PlanMeta | null>(null);
  const nodes = shallowRef<PlanNode[]>([]);
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  const departments = ref<string[]>([]);

  const loaded = computed(() => meta.value !== null && planId.value !== null);

  /** The exchange document as it is now (what plan.save sends). */
  function currentDoc(): PlanDoc {
    const b = base.value;
    const doc: PlanDoc = { format: FORMAT, id: planId.value ?? undefined, meta: meta.value!, nodes: nodes.value };
    if (b?.report) doc.report = b.report;
    return doc;
  }

  // --- derived ------------------------------------------------------------------------------
  /** Derived numbers. Only structure and written numbers matter, so text edits reuse the last map. */
  let numbersCache: { sig: string; map: Map<string, string> } | null = null;
  function structureSig(list: PlanNode[]): string {
    let s = '';
    const rec = (l: PlanNode[]) => {
      for (const n of l) {
        s += n.id + '\u0001' + n.kind + '\u0001' + n.number + '\u0002';
        if (n.children.length) { s += '('; rec(n.children); s += ')'; }
      }
    };
    rec(list);
    return s;
  }
  const numbers = computed(() => {
    const sig = structureSig(nodes.value);
    if (numbersCache && numbersCache.sig === sig) return numbersCache.map;
    const map = deriveNumbers(nodes.value);
    numbersCache = { sig, map };
    return map;
  });

  const info = computed(() => {
    const map = new Map<string, NodeInfo>();
    const rec = (list: PlanNode[], parentId: string | null, depth: number) => {
      list.forEach((node, index) => {
        map.set(node.id, { node, parentId, index, depth });
        rec(node.children, node.id, depth + 1);
      });
    };
    rec(nodes.value, null, 0);
    return map;
  });

  const nodeCount = computed(() => info.value.size);

  // --- selection, collapse ------------------------------------------------------------------
  const selectedId = ref<string | null>(null);
  /** What the centre panel shows. */
  const panel = ref<'node' | 'meta'>('node');
  const focusRequest = shallowRef<FocusRequest | null>(null);
  let focusSeq = 0;
  const collapsed = shallowRef(new Set<string>());

  const selected = computed(() => (selectedId.value ? info.value.get(selectedId.value)?.node ?? null : null));

  const rows = computed<OutlineRow[]>(() => {
    const out: OutlineRow[] = [];
    const nums = numbers.value;
    const coll = collapsed.value;
    const rec = (list: PlanNode[], parentId: string | null, depth: number) => {
      for (const node of list) {
        const hasChildren = node.children.length > 0;
        const expanded = hasChildren && !coll.has(node.id);
        out.push({ node, depth, number: nums.get(node.id) ?? node.number, parentId, hasChildren, expanded });
        if (expanded) rec(node.children, node.id, depth + 1);
      }
    };
    rec(nodes.value, null, 0);
    return out;
  });

  function select(id: string | null, opts: { reveal?: boolean } = {}) {
    if (id !== null && !info.value.has(id)) return;
    selectedId.value = id;
    if (id !== null) panel.value = 'node';
    if (id !== null && opts.reveal !== false) expandTo(id);
  }

  function showMeta(field?: string) {
    panel.value = 'meta';
    if (field) requestFocus(null, field);
  }

  function requestFocus(nodeId: string | null, field: string, range?: { start: number; end: number }) {
    focusRequest.value = { nodeId, field, range, seq: ++focusSeq };
  }

  /** Expand every ancestor of the node so its row is visible. */
  function expandTo(id: string) {
    let p = info.value.get(id)?.parentId ?? null;
    let changed = false;
    const next = new Set(collapsed.value);
    while (p) {
      if (next.delete(p)) changed = true;
      p = info.value.get(p)?.parentId ?? null;
    }
    if (changed) collapsed.value = next;
  }

  function toggleCollapse(id: string, value?: boolean) {
    const next = new Set(collapsed.value);
    const shouldCollapse = value ?? !next.has(id);
    if (shouldCollapse) next.add(id); else next.delete(id);
    collapsed.value = next;
    // the selection must stay visible
    if (shouldCollapse && selectedId.value && selectedId.value !== id && isDescendant(selectedId.value, id)) selectedId.value = id;
  }

  function collapseAll(depth = 0) {
    const next = new Set<string>();
    for (const [id, i] of info.value) if (i.node.children.length && i.depth >= depth) next.add(id);
    collapsed.value = next;
    if (selectedId.value) {
      // select the visible ancestor
      let cur: string | null = selectedId.value;
      const chain: string[] = [];
      while (cur) { chain.unshift(cur); cur = info.value.get(cur)?.parentId ?? null; }
      const visible = chain.find((c) => next.has(c)) ?? selectedId.value;
      selectedId.value = visible;
    }
  }

  function expandAll() {
    collapsed.value = new Set();
  }

  function isDescendant(id: string, ancestor: string): boolean {
    let p = info.value.get(id)?.parentId ?? null;
    while (p) {
      if (p === ancestor) return true;
      p = info.value.get(p)?.parentId ?? null;
    }
    return false;
  }

  /** Move the selection by `delta` visible rows. */
  function selectRelative(delta: number) {
    const list = rows.value;
    if (!list.length) return;
    const i = selectedId.value ? list.findIndex((r) => r.node.id === selectedId.value) : -1;
    const j = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + delta));
    select(list[j].node.id);
  }

  // --- undo / redo --------------------------------------------------------------------------
  const undoStack = shallowRef<Command[]>([]);
  const redoStack = shallowRef<Command[]>([]);
  /** The key and time of the last coalescable edit; null after anything else. */
  let openGroup: { key: string; at: number } | null = null;
  /** Time source (tests may replace it). */
  let now = () => Date.now();

  /** Review mode (审阅模式): the plan is read-only; every edit, undo and redo is refused. */
  const readOnly = ref(false);

  const canUndo = computed(() => !readOnly.value && undoStack.value.length > 0);
  const canRedo = computed(() => !readOnly.value && redoStack.value.length > 0);

  function snapshot(): Snapshot {
    return { meta: meta.value!, nodes: nodes.value };
  }

  function restore(s: Snapshot) {
    meta.value = s.meta;
    nodes.value = s.nodes;
  }

  /** Apply a change as one command (or extend the last one when `key` matches within COALESCE_MS). */
  function commit(label: string, next: Snapshot, opts: { key?: string | null; select?: string | null } = {}) {
    if (!loaded.value || readOnly.value) return;
    const before = snapshot();
    if (next.meta === before.meta && next.nodes === before.nodes) return;
    const key = opts.key ?? null;
    const t = now();
    const selAfter = opts.select !== undefined ? opts.select : selectedId.value;
    const top = undoStack.value[undoStack.value.length - 1];
    if (key && top && openGroup && openGroup.key === key && top.key === key && t - openGroup.at <= COALESCE_MS) {
      top.after = next;
      top.selAfter = selAfter;
      openGroup.at = t;
    } else {
      undoStack.value.push({ label, before, after: next, selBefore: selectedId.value, selAfter, key });
      if (undoStack.value.length > 500) undoStack.value.shift();
      openGroup = key ? { key, at: t } : null;
    }
    triggerRef(undoStack);
    if (redoStack.value.length) redoStack.value = [];
    restore(next);
    if (opts.select !== undefined) {
      selectedId.value = opts.select;
      if (opts.select) expandTo(opts.select);
    }
    changed();
  }

  /** End the current typing group: the next keystroke starts a new undo step. */
  function sealGroup() {
    openGroup = null;
  }

  function undo(): boolean {
    if (readOnly.value) return false;
    const cmd = undoStack.value.pop();
    if (!cmd) return false;
    triggerRef(undoStack);
    redoStack.value = [...redoStack.value, cmd];
    openGroup = null;
    restore(cmd.before);
    reselect(cmd.selBefore);
    changed();
    return true;
  }

  function redo(): boolean {
    if (readOnly.value) return false;
    const cmd = redoStack.value.pop();
    if (!cmd) return false;
    triggerRef(redoStack);
    undoStack.value = [...undoStack.value, cmd];
    openGroup = null;
    restore(cmd.after);
    reselect(cmd.selAfter);
    changed();
    return true;
  }

  function reselect(id: string | null) {
    if (id && info.value.has(id)) {
      selectedId.value = id;
      expandTo(id);
    } else if (selectedId.value && !info.value.has(selectedId.value)) {
      selectedId.value = id;
    }
  }

  // --- edits --------------------------------------------------------------------------------
  /**
   * Change fields of a node. `origin` (shared/tree.ts EditOrigin, default 'content': the planner typed it) decides
   * the 未复核 flag: a content edit clears it, a mechanical one (renumbering, fixes) keeps it.
   * `key` makes consecutive edits of the same field one undo step (default: per node and field).
   */
  function updateNode(id: string, patch: NodeEditable, opts: { key?: string | null; label?: string; origin?: EditOrigin } = {}) {
    const cur = info.value.get(id)?.node;
    if (!cur) return;
    const fields = Object.keys(patch);
    const key = opts.key !== undefined ? opts.key : `node:${id}:${fields.join(',')}`;
    const next = treeUpdateNode(nodes.value, id, patch, opts.origin ?? 'content');
    commit(opts.label ?? 'edit', { meta: meta.value!, nodes: next }, { key });
  }

  function updateMeta(patch: Partial<PlanMeta>, opts: { key?: string | null } = {}) {
    if (!meta.value) return;
    const key = opts.key !== undefined ? opts.key : `meta:${Object.keys(patch).join(',')}`;
    commit('meta', { meta: { ...meta.value, ...patch }, nodes: nodes.value }, { key });
  }

  /** Mark a node (and with `deep`, its whole subtree) as reviewed without changing its content. */
  function confirmReviewed(id: string, deep = false) {
    if (!info.value.has(id)) return;
    commit('confirm', { meta: meta.value!, nodes: markReviewed(nodes.value, id, deep) });
  }

  /** Confirm every unreviewed node of the plan. */
  function confirmAll() {
    commit('confirm-all', { meta: meta.value!, nodes: markAllReviewed(nodes.value) });
  }

  const unreviewedCount = computed(() => countUnreviewed(nodes.value));

  function tryTree(label: string, fn: () => PlanNode[], select?: string | null): boolean {
    if (readOnly.value) { lastError.value = 'read-only'; return false; }
    let next: PlanNode[];
    try {
      next = fn();
    } catch (e) {
      lastError.value = errMessage(e);
      return false;
    }
    commit(label, { meta: meta.value!, nodes: next }, select === undefined ? {} : { select });
    return true;
  }

  /** Add a node after the selected one (same parent, same kind); at the end of the top level if none. */
  function addSibling(kind?: NodeKind): string | null {
    const sel = selectedId.value ? info.value.get(selectedId.value) : null;
    if (!sel) {
      const n = newNode(kind ?? 'part');
      return tryTree('add', () => insertNode(nodes.value, null, nodes.value.length, n), n.id) ? n.id : null;
    }
    const parent = sel.parentId ? info.value.get(sel.parentId)!.node : null;
    const k = kind && ALLOWED[parent?.kind ?? 'root'].includes(kind) ? kind : sel.node.kind;
    const n = newNode(k);
    return tryTree('add', () => insertNode(nodes.value, sel.parentId, sel.index + 1, n), n.id) ? n.id : null;
  }

  /** Add a node as the last child of the selected one (or of `parentId`). */
  function addChild(kind?: NodeKind, parentId: string | null = selectedId.value): string | null {
    const parent = parentId ? info.value.get(parentId)?.node ?? null : null;
    const k = kind && ALLOWED[parent?.kind ?? 'root'].includes(kind) ? kind : childKindFor(parent);
    const n = newNode(k);
    if (parentId && collapsed.value.has(parentId)) toggleCollapse(parentId, false);
    return tryTree('add', () => insertNode(nodes.value, parentId, Number.POSITIVE_INFINITY, n), n.id) ? n.id : null;
  }

  /** Add a task (under the selected action/section/part, or after the selected task, or under an item's task). */
  function addTask(): string | null {
    const sel = selected.value;
    if (!sel) return null;
    if (sel.kind === 'task') return addSibling('task');
    if (sel.kind === 'action' || sel.kind === 'section' || sel.kind === 'part') return addChild('task');
    // item or 专栏: go up to its task (or to the box, when the box stands where a task may), add after it
    const after = (id: string) => {
      const x = info.value.get(id)!;
      if (x.node.kind === 'task') return true;
      const parentKind = x.parentId ? info.value.get(x.parentId)!.node.kind : 'root';
      return x.node.kind === 'box' && ALLOWED[parentKind].includes('task');
    };
    let p: string | null = sel.id;
    while (p && !after(p)) p = info.value.get(p)!.parentId;
    if (!p) return null;
    const t = info.value.get(p)!;
    const n = newNode('task');
    return tryTree('add', () => insertNode(nodes.value, t.parentId, t.index + 1, n), n.id) ? n.id : null;
  }

  /**
   * Add a 专栏 (box): as the last child of the selected part, section, action or task; else after the selected
   * node, or after the nearest ancestor of it, where a box may stand (after the box that holds a selected project);
   * at the end of the top level when nothing is selected.
   */
  function addBox(): string | null {
    const n = newNode('box');
    const sel = selectedId.value ? info.value.get(selectedId.value) : null;
    if (!sel) return tryTree('add', () => insertNode(nodes.value, null, nodes.value.length, n), n.id) ? n.id : null;
    if (ALLOWED[sel.node.kind].includes('box')) return addChild('box', sel.node.id);
    let cur = sel;
    for (;;) {
      const parentKind = cur.parentId ? info.value.get(cur.parentId)!.node.kind : 'root';
      if (ALLOWED[parentKind].includes('box')) break;
      if (!cur.parentId) return null;
      cur = info.value.get(cur.parentId)!;
    }
    const at = cur;
    return tryTree('add', () => insertNode(nodes.value, at.parentId, at.index + 1, n), n.id) ? n.id : null;
  }

  /** The kinds the node may take where it stands (its parent's allowed kinds, and its own). */
  function kindsFor(id: string): NodeKind[] {
    const i = info.value.get(id);
    if (!i) return [];
    const parentKind = i.parentId ? info.value.get(i.parentId)!.node.kind : 'root';
    const allowed = [...ALLOWED[parentKind]];
    return allowed.includes(i.node.kind) ? allowed : [i.node.kind, ...allowed];
  }

  /** Change a node's kind (one undo step); its children follow (shared/tree.ts). Refused where the kind is not allowed. */
  function setKind(id: string, kind: NodeKind): boolean {
    const i = info.value.get(id);
    if (!i || i.node.kind === kind) return false;
    if (!kindsFor(id).includes(kind)) { lastError.value = 'invalid-kind'; return false; }
    return tryTree('kind', () => treeUpdateNode(nodes.value, id, { kind }), id);
  }

  function remove(id: string | null = selectedId.value): boolean {
    const i = id ? info.value.get(id) : null;
    if (!i || !id) return false;
    const siblings = i.parentId ? info.value.get(i.parentId)!.node.children : nodes.value;
    const nextSel = siblings[i.index + 1]?.id ?? siblings[i.index - 1]?.id ?? i.parentId;
    return tryTree('remove', () => removeNode(nodes.value, id), nextSel ?? null);
  }

  function indent(id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    if (i.index === 0) { lastError.value = 'first-child'; return false; }
    const prev = (i.parentId ? info.value.get(i.parentId)!.node.children : nodes.value)[i.index - 1];
    if (collapsed.value.has(prev.id)) toggleCollapse(prev.id, false);
    return tryTree('indent', () => treeIndent(nodes.value, id), id);
  }

  function outdent(id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    if (!i.parentId) { lastError.value = 'top-level'; return false; }
    return tryTree('outdent', () => treeOutdent(nodes.value, id), id);
  }

  /**
   * Move a node to child number `index` (counted after the move) of `parentId`.
   */
  function move(id: string, parentId: string | null, index: number): boolean {
    if (parentId && collapsed.value.has(parentId)) toggleCollapse(parentId, false);
    return tryTree('move', () => moveNode(nodes.value, id, parentId, index), id);
  }

  /** Drag and drop: put `id` before / after / into `targetId`. */
  function dropOn(id: string, targetId: string, where: 'before' | 'after' | 'into'): boolean {
    if (id === targetId) return false;
    if (isDescendant(targetId, id)) return false;
    const t = info.value.get(targetId);
    const s = info.value.get(id);
    if (!t || !s) return false;
    if (where === 'into') return move(id, targetId, t.node.children.length - (s.parentId === targetId ? 1 : 0));
    let index = t.index + (where === 'after' ? 1 : 0);
    if (s.parentId === t.parentId && s.index < t.index) index -= 1;
    if (s.parentId === t.parentId && index === s.index) return false;
    return move(id, t.parentId, index);
  }

  /** Move among siblings (Alt+↑ / Alt+↓). */
  function moveBy(delta: -1 | 1, id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    const count = i.parentId ? info.value.get(i.parentId)!.node.children.length : nodes.value.length;
    const j = i.index + delta;
    if (j < 0 || j >= count) return false;
    return move(id, i.parentId, j);
  }

  const lastError = ref<string | null>(null);

  // --- lint ---------------------------------------------------------------------------------
  const findings = shallowRef<Finding[]>([]);
  let lintTimer: ReturnType<typeof setTimeout> | null = null;

  function lintNow() {
    if (lintTimer) { clearTimeout(lintTimer); lintTimer = null; }
    findings.value = loaded.value ? lintPlan(currentDoc()) : [];
  }

  function scheduleLint() {
    if (lintTimer) clearTimeout(lintTimer);
    lintTimer = setTimeout(() => { lintTimer = null; lintNow(); }, LINT_DEBOUNCE_MS);
  }

  const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

  /** The problem list: half-width punctuation grouped per node (shared/lint.ts groupFindings). */
  const listFindings = computed(() => groupFindings(findings.value));

  /** Per node: number of hints (as the problem list counts them) and the worst severity. */
  const findingsByNode = computed(() => {
    const map = new Map<string, { count: number; severity: Severity }>();
    for (const f of listFindings.value) {
      if (!f.nodeId) continue;
      const cur = map.get(f.nodeId);
      if (!cur) map.set(f.nodeId, { count: 1, severity: f.severity });
      else {
        cur.count++;
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity]) cur.severity = f.severity;
      }
    }
    return map;
  });

  /**
   * Apply a finding's quick fix as an undoable command. The finding is checked against a fresh lint of
   * the current text first (lint runs debounced, the text may have moved on); a stale one is ignored.
   */
  function applyFix(f: Finding): boolean {
    if (!f.fix || !loaded.value || readOnly.value) return false;
    const now = lintPlan(currentDoc());
    const fresh = (f.members ? groupFindings(now) : now).find((x) => x.id === f.id && x.fix && x.fix.replacement === f.fix!.replacement);
    if (!fresh) { lintNow(); return false; }
    // a quick fix is mechanical: the node keeps its 未复核 flag (shared/tree.ts EditOrigin)
    const doc = lintApplyFix(currentDoc(), fresh);
    commit('fix', { meta: doc.meta, nodes: doc.nodes }, fresh.nodeId ? { select: fresh.nodeId } : {});
    lintNow();
    return true;
  }

  /** Apply every quick fix of `rule` (all rules when null) in one undo step. Returns how many. */
  function applyAllFixes(rule: Finding['rule'] | null = null): number {
    if (!loaded.value || readOnly.value) return 0;
    const todo = lintPlan(currentDoc()).filter((f) => f.fix && f.range && (rule === null || f.rule === rule));
    if (!todo.length) return 0;
    const doc = lintApplyFixes(currentDoc(), todo);
    commit('fix-all', { meta: doc.meta, nodes: doc.nodes });
    lintNow();
    return todo.length;
  }

  /** Keep a reference the template copy kept as written (dismiss its 'template-reference' hint); undoable. */
  function dismissFinding(f: Finding): boolean {
    if (!loaded.value || readOnly.value || f.rule !== 'template-reference') return false;
    const doc = dismissTemplateRef(currentDoc(), f);
    if (doc.meta === meta.value) return false;
    commit('dismiss', { meta: doc.meta, nodes: nodes.value });
    lintNow();
    return true;
  }

  /** Nodes still 未复核 and template references not yet checked (export and 提交审阅 ask when there are any). */
  const reviewGaps = computed(() => (meta.value ? sharedReviewGaps({ format: FORMAT, meta: meta.value, nodes: nodes.value }) : { unreviewed: 0, references: 0 }));

  // --- autosave -----------------------------------------------------------------------------
  const saveState = ref<SaveState>('saved');
  const saveError = ref<string | null>(null);
  const lastSavedAt = ref<string | null>(null);
  /** The revision found in the library when a save was refused. */
  const conflictRevision = ref<number | null>(null);
  let changeSeq = 0;
  let savedSeq = 0;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let inflight: Promise<void> | null = null;
  let retryCount = 0;

  function changed() {
    changeSeq++;
    if (saveState.value !== 'conflict' && saveState.value !== 'saving') saveState.value = 'unsaved';
    scheduleSave(SAVE_DEBOUNCE_MS);
    scheduleLint();
  }

  function scheduleSave(ms: number) {
    if (saveState.value === 'conflict') return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { saveTimer = null; void flush(); }, ms);
  }

  /**
   * Save now if there are unsaved changes (waits for a save in flight first). Also what leaving the route or
   * hiding the window calls.
   */
  async function flush(): Promise<void> {
    if (saveTimer) { clearTimeout(saveTimer); saveTimer = null; }
    if (inflight) {
      await inflight;
      if (changeSeq !== savedSeq && saveState.value !== 'conflict') return flush();
      return;
    }
    if (!loaded.value || changeSeq === savedSeq || saveState.value === 'conflict') return;
    const sentSeq = changeSeq;
    const id = planId.value!;
    const doc = currentDoc();
    saveState.value = 'saving';
    inflight = (async () => {
      try {
        const r = await api().call('plan.save', { id, doc, baseRevision: revision.value });
        if (planId.value !== id) return;
        revision.value = r.revision;
        lastSavedAt.value = r.updatedAt;
        savedSeq = sentSeq;
        saveError.value = null;
        retryCount = 0;
        if (changeSeq === savedSeq) saveState.value = 'saved';
        else { saveState.value = 'unsaved'; scheduleSave(SAVE_DEBOUNCE_MS); }
      } catch (e) {
        if (planId.value !== id) return;
        if (e instanceof ApiError && e.code === 'conflict') {
          saveState.value = 'conflict';
          const rev = (e.details as { revision?: unknown } | undefined)?.revision;
          conflictRevision.value = typeof rev === 'number' ? rev : null;
          saveError.value = e.message;
        } else {
          saveState.value = 'error';
          saveError.value = errMessage(e);
          const delay = RETRY_MS[Math.min(retryCount, RETRY_MS.length - 1)];
          retryCount++;
          if (saveTimer) clearTimeout(saveTimer);
          saveTimer = setTimeout(() => { saveTimer = null; void flush(); }, delay);
        }
      }
    })();
    try {
      await inflight;
    } finally {
      inflight = null;
    }
  }

  /**
   * For the window closing: start a save of everything now, synchronously up to the transport (over IPC
   * the request reaches the main process even if this page is gone a moment later). True when such a
   * request carrying every change was sent; false when that cannot be promised (a save already in
   * flight, a conflict, a failing connection) and the caller should ask before closing.
   */
  function saveBeacon(): boolean {
    if (!loaded.value || changeSeq === savedSeq) return true;
    if (saveState.value === 'conflict' || inflight) return false;
    const failing = saveState.value === 'error';
    void flush();
    return !failing;
  }

  /** True when leaving would lose changes (pending, failing or in conflict). */
  const hasUnsaved = computed(() => saveState.value !== 'saved');

  // --- loading ------------------------------------------------------------------------------
  function reset() {
    if (saveTimer) clearTimeout(saveTimer);
    if (lintTimer) clearTimeout(lintTimer);
    saveTimer = lintTimer = null;
    undoStack.value = [];
    redoStack.value = [];
    openGroup = null;
    changeSeq = savedSeq = 0;
    retryCount = 0;
    saveState.value = 'saved';
    saveError.value = null;
    conflictRevision.value = null;
    collapsed.value = new Set();
    selectedId.value = null;
    panel.value = 'node';
    findings.value = [];
    numbersCache = null;
  }

  async function load(id: string, opts: { select?: string | null } = {}): Promise<boolean> {
    reset();
    planId.value = id;
    loading.value = true;
    loadError.value = null;
    try {
      const p = await api().call('plan.get', { id });
      if (planId.value !== id) return false;
      base.value = p;
      meta.value = p.meta;
      nodes.value = p.nodes;
      revision.value = p.revision;
      // large plans open with items folded, so the outline shows the plan's shape first
      if (info.value.size > 300) collapseAll(2);
      const first = opts.select && info.value.has(opts.select) ? opts.select : nodes.value[0]?.id ?? null;
      select(first);
      lintNow();
      void loadDepartments();
      return true;
    } catch (e) {
      if (planId.value !== id) return false;
      loadError.value = errMessage(e);
      meta.value = null;
      nodes.value = [];
      return false;
    } finally {
      if (planId.value === id) loading.value = false;
    }
  }

  async function loadDepartments() {
    try {
      departments.value = await api().call('library.departments', {});
    } catch {
      departments.value = [];
    }
  }

  /** Departments for autocomplete: the library's and the plan's own, each once. */
  const allDepartments = computed(() => {
    const set = new Set<string>(departments.value);
    for (const i of info.value.values()) {
      for (const d of i.node.lead) set.add(d);
      for (const d of i.node.partners) set.add(d);
    }
    return [...set].filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  });

  /** After a conflict: throw the local changes away and load what the library has. */
  async function reload(): Promise<boolean> {
    const id = planId.value;
    if (!id) return false;
    const sel = selectedId.value;
    return load(id, { select: sel });
  }

  /** After a conflict, at the planner's explicit request: save this version over the stored one. */
  async function overwrite(): Promise<void> {
    const id = planId.value;
    if (!id || saveState.value !== 'conflict') return;
    try {
      const stored = await api().call('plan.get', { id });
      revision.value = stored.revision;
      conflictRevision.value = null;
      saveState.value = 'unsaved';
      if (changeSeq === savedSeq) changeSeq++;
      await flush();
    } catch (e) {
      saveError.value = errMessage(e);
    }
  }

  function unload() {
    reset();
    planId.value = null;
    base.value = null;
    meta.value = null;
    nodes.value = [];
  }

  /** For tests: replace the clock used for coalescing. */
  function _setClock(fn: () => number) {
    now = fn;
  }

  return {
    // document
    planId, revision, meta, nodes, loading, loadError, loaded, departments, allDepartments, currentDoc, nodeCount,
    // derived
    numbers, info, rows, unreviewedCount,
    // selection
    selectedId, selected, panel, focusRequest, collapsed, select, selectRelative, showMeta, requestFocus,
    toggleCollapse, collapseAll, expandAll, expandTo, isDescendant,
    // undo
    readOnly, undoStack, redoStack, canUndo, canRedo, undo, redo, sealGroup,
    // edits
    updateNode, updateMeta, confirmReviewed, confirmAll, addSibling, addChild, addTask, addBox, kindsFor, setKind, remove, indent, outdent, move,
    dropOn, moveBy, lastError,
    // lint
    findings, listFindings, findingsByNode, lintNow, applyFix, applyAllFixes, dismissFinding, reviewGaps,
    // save
    saveState, saveError, lastSavedAt, conflictRevision, hasUnsaved, saveBeacon, flush, reload, overwrite,
    // lifecycle
    load, unload, findNode: (id: string) => findNode(nodes.value, id), locate: (id: string) => locate(nodes.value, id),
    _setClock,
  };
});
