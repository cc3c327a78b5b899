/**
 * The compare view: two plans of different districts (compare.plans, content alignment), a plan against one
 * of its versions (compare.versions, by node id), or a draft against its template (compare.plans with the
 * template on the right). Rows in reading order, filters, next/previous change, pins (compare.pins.set,
 * applied again on reload) and "take this" (copy a node of the right plan into a draft: plan.get → insert
 * with fresh ids → plan.save with baseRevision, retried once on 'conflict').
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PlanSummary, StoredPlan } from '../../../shared/api/contract';
import type { PlanDoc, PlanNode } from '../../../shared/model/plan';
import { FORMAT } from '../../../shared/model/plan';
import { deriveNumbers } from '../../../shared/numbering';
import { metaChanges as metaDiff } from '../../../shared/compare/meta';
import { reviewActivity, type ReviewActivity } from '../../../shared/review/activity';
import { ApiError, useApi } from '../api/client';
import { mayOn } from '../api/session';
import { useLibrary } from './library';
import {
  alignedPlacement, copyForTarget, flatten, insertAt, rowsFromComparison, rowsFromVersions, withBreak, withPin, withoutPin,
  type CompareRow, type Pin, type RowNode, type Placement, type PlanComparison,
} from '../compare/model';

/** What the right column shows: another plan, or a version of the left plan. */
export type RightSide = { kind: 'plan'; id: string } | { kind: 'version'; versionId: number };

export interface CompareFilters { onlyChanged: boolean; onlyUnmatched: boolean; theme: string }

export interface TakeRequest {
  /** The node of the right plan to copy. */
  rightId: string;
  /** The draft that receives it. */
  targetId: string;
  placement: Placement;
  /** Rewrite district and years for the target plan. */
  adapt: boolean;
}

export type TakeResult = { ok: true; targetId: string; nodeId: string; retried: boolean } | { ok: false; code: string; message: string };

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What tells which of two plans a planner takes for the newer: the plan's metadata and when it was last saved. */
export interface PlanAge { id: string; meta: Pick<PlanDoc['meta'], 'period' | 'status' | 'basedOn'>; updatedAt?: string | null }

/** A plan still being written (草稿, 审核中) rather than one finished (参考, 定稿). */
const inProgress = (m: PlanAge['meta']) => m.status === 'draft' || m.status === 'review';

/**
 * Which of two plans is the newer, as a planner reads a compare: the one whose period starts later (a draft against
 * the previous cycle's plan); for the same period (or one not known), the one made from the other (a draft from
 * its template, meta.basedOn), then a plan still being written (草稿, 审核中) against a finished one (参考, 定稿), then
 * the one saved later. 'right' when nothing tells them apart (as before).
 */
export function newerPlan(left: PlanAge, right: PlanAge): 'left' | 'right' {
  const l = left.meta.period?.start;
  const r = right.meta.period?.start;
  if (l != null && r != null && l !== r) return l > r ? 'left' : 'right';
  if (left.meta.basedOn === right.id && right.meta.basedOn !== left.id) return 'left';
  if (right.meta.basedOn === left.id && left.meta.basedOn !== right.id) return 'right';
  if (inProgress(left.meta) !== inProgress(right.meta)) return inProgress(left.meta) ? 'left' : 'right';
  const ls = left.updatedAt ? Date.parse(left.updatedAt) : NaN;
  const rs = right.updatedAt ? Date.parse(right.updatedAt) : NaN;
  return Number.isFinite(ls) && Number.isFinite(rs) && ls > rs ? 'left' : 'right';
}

export const useCompareStore = defineStore('compare', () => {
  const api = () => useApi();
  const library = useLibrary();

  const leftId = ref<string | null>(null);
  const right = ref<RightSide | null>(null);
  const leftDoc = shallowRef<StoredPlan | null>(null);
  const rightDoc = shallowRef<PlanDoc | null>(null);
  /** The version on the right, as the picker names it (a version compare), for the export's header. */
  const rightVersion = shallowRef<{ versionId: number; name: string; createdAt: string } | null>(null);
  /**
   * A version on the left too (two versions of the plan compared with each other: 第1轮 ↔ 第2轮, the snapshots of two
   * review rounds), else null (the plan as it is now). Nothing can be taken into a version.
   */
  const leftVersion = shallowRef<{ versionId: number; name: string; createdAt: string } | null>(null);
  /** A version on the right: the plan's metadata changed since it (version → the plan now), field by field. */
  const metaChanges = computed(() => (rightVersion.value && leftDoc.value && rightDoc.value ? metaDiff(rightDoc.value.meta, leftDoc.value.meta) : []));
  /**
   * A version on the right: what the review did since it (shared/review/activity.ts) — annotations added, closed
   * (resolved, accepted, rejected), still open, replies — by node of the plan now. null for two plans, or when the
   * annotations cannot be listed (the compare is shown without them).
   */
  const reviewLog = shallowRef<ReviewActivity | null>(null);
  /** The plan the right column belongs to (for a version: the left plan). */
  const rightPlanId = computed(() => (right.value?.kind === 'plan' ? right.value.id : right.value ? leftId.value : null));
  const comparison = shallowRef<PlanComparison | null>(null);
  const rows = shallowRef<CompareRow[]>([]);
  const pins = ref<Pin[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const busy = ref(false);
  const selectedKey = ref<string | null>(null);
  const filters = ref<CompareFilters>({ onlyChanged: false, onlyUnmatched: false, theme: '' });
  /** The nodes chosen for a pin by hand. */
  const pick = ref<{ left: string | null; right: string | null }>({ left: null, right: null });
  const mode = computed<'plans' | 'version' | null>(() => (right.value ? (right.value.kind === 'plan' ? 'plans' : 'version') : null));
  /**
   * The left side is the newer one — what it alone has is green (added), what the right alone has struck out in red:
   * against one of its earlier versions, and against a plan the planner takes for older (newerPlan). Before (walk 12)
   * two plans were always shown with the right side as the newer: a draft 2024—2026 against its 2021—2023 plan
   * showed the partner it added struck out, as if dropped; and until h-fix33b a 2025 draft on the left against a 2025
   * reference plan showed the draft's new tasks struck out.
   */
  const newerLeft = computed(() => {
    if (mode.value === 'version') return true;
    if (mode.value !== 'plans' || !leftDoc.value || !rightDoc.value || right.value?.kind !== 'plan') return false;
    const saved = (id: string) => library.plans.find((p) => p.id === id)?.updatedAt ?? null;
    const l = leftDoc.value;
    const rid = right.value.id;
    return newerPlan({ id: l.id, meta: l.meta, updatedAt: saved(l.id) }, { id: rid, meta: rightDoc.value.meta, updatedAt: saved(rid) }) === 'left';
  });
  let seq = 0;

  // --- loading ------------------------------------------------------------------------------------

  /**
   * Compare the left plan with a plan or a version. Pins stored for the plan pair apply. `leftVersionId` (with a
   * version on the right only): the left column is that version of the plan, not the plan as it is now.
   */
  async function open(left: string, side: RightSide, leftVersionId: number | null = null): Promise<boolean> {
    const my = ++seq;
    leftId.value = left;
    right.value = side;
    loading.value = true;
    error.value = null;
    pick.value = { left: null, right: null };
    try {
      if (side.kind === 'plan') {
        const [l, r, c] = await Promise.all([
          api().call('plan.get', { id: left }),
          api().call('plan.get', { id: side.id }),
          api().call('compare.plans', { leftId: left, rightId: side.id }),
        ]);
        if (my !== seq) return false;
        leftDoc.value = l;
        rightDoc.value = r;
        rightVersion.value = null;
        leftVersion.value = null;
        reviewLog.value = null;
        applyComparison(c);
      } else {
        const [l, lv, v, d, notes] = await Promise.all([
          api().call('plan.get', { id: left }),
          leftVersionId === null ? null : api().call('versions.get', { planId: left, versionId: leftVersionId }),
          api().call('versions.get', { planId: left, versionId: side.versionId }),
          api().call('compare.versions', { planId: left, fromVersionId: side.versionId, toVersionId: leftVersionId ?? 'current' }),
          leftVersionId === null ? api().call('review.list', { planId: left }).catch(() => null) : null,
        ]);
        if (my !== seq) return false;
        // (what the review did since the version is counted up to now: two versions compared show none of it)
        reviewLog.value = notes ? reviewActivity(notes, v.createdAt) : null;
        leftVersion.value = lv ? { versionId: lv.versionId, name: lv.name, createdAt: lv.createdAt } : null;
        leftDoc.value = lv ? { ...l, meta: lv.doc.meta, nodes: lv.doc.nodes } : l;
        rightDoc.value = v.doc;
        rightVersion.value = { versionId: v.versionId, name: v.name, createdAt: v.createdAt };
        comparison.value = null;
        pins.value = [];
        rows.value = withShownNumbers(rowsFromVersions(d, leftDoc.value, v.doc), leftDoc.value.nodes, v.doc.nodes);
      }
      if (!rows.value.some((r) => r.key === selectedKey.value)) selectedKey.value = rows.value.find((r) => r.status !== 'same')?.key ?? rows.value[0]?.key ?? null;
      return true;
    } catch (e) {
      if (my === seq) {
        error.value = errMessage(e);
        rows.value = [];
        comparison.value = null;
      }
      return false;
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  function applyComparison(c: PlanComparison) {
    comparison.value = c;
    pins.value = c.pins.map((p) => ({ ...p }));
    rows.value = withShownNumbers(rowsFromComparison(c, leftDoc.value!, rightDoc.value!), leftDoc.value!.nodes, rightDoc.value!.nodes);
  }

  /**
   * Both columns of both views (two plans, a plan against a version) show the numbers the editor shows — derived from
   * position (shared/derived-numbers.ts) — so a row reads as the planner's outline does: an adopted task its number and
   * the siblings after it theirs, 城市综合管理 重点任务1 as in the editor although the text still says 重点任务2.
   * Where the written number differs it is kept beside it (`written`: 重点任务1 原文 重点任务2), since that is what
   * the document says until it is renumbered. (walk 5 saw the written numbers on the left of 本轮以来的修改 and the
   * shown ones in plan-vs-template.)
   */
  /** A number without its width and spaces: （一） and (一), 1． and 1. read the same. */
  const foldNumber = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');

  function withShownNumbers(list: CompareRow[], leftNodes: PlanNode[], rightNodes: PlanNode[]): CompareRow[] {
    const l = deriveNumbers(leftNodes);
    const r = deriveNumbers(rightNodes);
    const side = (n: RowNode | null, map: Map<string, string>): RowNode | null => {
      const d = n ? map.get(n.id) : undefined;
      if (!n || !d || d === n.number) return n;
      // (一) written, （一） shown: the same number in another width — nothing to point out
      if (n.number && foldNumber(d) === foldNumber(n.number)) return { ...n, number: d };
      return { ...n, number: d, ...(n.number ? { written: n.number } : {}) };
    };
    return list.map((row) => {
      const left = side(row.left, l);
      const right = side(row.right, r);
      return left === row.left && right === row.right ? row : { ...row, left, right };
    });
  }

  /** Compare again (after a take or an edit elsewhere), keeping the selection where it can. */
  async function reload(): Promise<boolean> {
    if (!leftId.value || !right.value) return false;
    return open(leftId.value, right.value, leftVersion.value?.versionId ?? null);
  }

  function clear() {
    seq++;
    leftId.value = null;
    right.value = null;
    leftDoc.value = null;
    rightDoc.value = null;
    rightVersion.value = null;
    leftVersion.value = null;
    comparison.value = null;
    rows.value = [];
    pins.value = [];
    selectedKey.value = null;
    error.value = null;
    loading.value = false;
  }

  // --- filters, selection, next / previous change -------------------------------------------------

  const visibleRows = computed(() => {
    const f = filters.value;
    return rows.value.filter((r) => {
      if (f.onlyChanged && r.status === 'same' && !r.moved) return false;
      if (f.onlyUnmatched && r.left && r.right) return false;
      if (f.theme && !r.themes.includes(f.theme)) return false;
      return true;
    });
  });

  const selected = computed(() => rows.value.find((r) => r.key === selectedKey.value) ?? null);
  const isChange = (r: CompareRow) => r.status !== 'same' || r.moved;
  const changeCount = computed(() => visibleRows.value.filter(isChange).length);

  function select(key: string | null) {
    selectedKey.value = key;
  }

  /** The next (dir 1) or previous (dir −1) change among the visible rows; wraps around. */
  function step(dir: 1 | -1): string | null {
    const list = visibleRows.value;
    if (!list.length) return null;
    let i = list.findIndex((r) => r.key === selectedKey.value);
    for (let k = 0; k < list.length; k++) {
      i = i === -1 ? (dir === 1 ? 0 : list.length - 1) : (i + dir + list.length) % list.length;
      if (isChange(list[i])) {
        selectedKey.value = list[i].key;
        return list[i].key;
      }
    }
    return null;
  }
  const next = () => step(1);
  const previous = () => step(-1);

  const byId = (doc: PlanDoc | null) => new Map(doc ? flatten(doc.nodes).map((x) => [x.node.id, x.node] as const) : []);
  const leftById = computed(() => byId(leftDoc.value));
  const rightById = computed(() => byId(rightDoc.value));
  /** Node of the left or right document by id. */
  function leftNode(id: string | null | undefined): PlanNode | null {
    return (id && leftById.value.get(id)) || null;
  }
  function rightNode(id: string | null | undefined): PlanNode | null {
    return (id && rightById.value.get(id)) || null;
  }

  // --- pins --------------------------------------------------------------------------------------

  const canPin = computed(() => mode.value === 'plans');

  /** Store the pins for this plan pair and compare again with them. */
  async function savePins(next: Pin[]): Promise<boolean> {
    if (!leftId.value || right.value?.kind !== 'plan') return false;
    const rightIdValue = right.value.id;
    busy.value = true;
    try {
      await api().call('compare.pins.set', { leftId: leftId.value, rightId: rightIdValue, pins: next });
      const c = await api().call('compare.plans', { leftId: leftId.value, rightId: rightIdValue });
      applyComparison(c);
      return true;
    } catch (e) {
      error.value = errMessage(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  function choose(side: 'left' | 'right', id: string | null) {
    pick.value = { ...pick.value, [side]: pick.value[side] === id ? null : id };
  }

  /** Pin the two chosen nodes (or the given ones) and select their row. */
  async function pinPair(left = pick.value.left, rightNodeId = pick.value.right): Promise<boolean> {
    if (!left || !rightNodeId) return false;
    const ok = await savePins(withPin(pins.value, left, rightNodeId));
    if (ok) {
      pick.value = { left: null, right: null };
      selectedKey.value = `${left}|${rightNodeId}`;
    }
    return ok;
  }

  /** Break the pair of a row: these two nodes must not be paired. */
  async function breakPair(row: CompareRow): Promise<boolean> {
    if (!row.left || !row.right) return false;
    const ok = await savePins(withBreak(pins.value, row.left.id, row.right.id));
    if (ok) selectedKey.value = `${row.left.id}|`;
    return ok;
  }

  /** Undo a pin or a break of this pair (the automatic alignment decides again). */
  async function forget(left: string, rightNodeId: string): Promise<boolean> {
    return savePins(withoutPin(pins.value, left, rightNodeId));
  }

  async function resetPins(): Promise<boolean> {
    return savePins([]);
  }

  // --- take this -----------------------------------------------------------------------------------

  /** The counterpart (left id) of a right node in the current rows. */
  function counterpartOf(rightNodeId: string): string | null {
    return rows.value.find((r) => r.right?.id === rightNodeId && r.left)?.left?.id ?? null;
  }

  /** Where a right node would go in the left plan "at the aligned place", or null. */
  function suggestedPlacement(rightNodeId: string): Placement | null {
    if (!rightDoc.value || !leftDoc.value) return null;
    return alignedPlacement(rightDoc.value, rightNodeId, counterpartOf, leftDoc.value);
  }

  const leftIsDraft = computed(() => leftDoc.value?.meta.status === 'draft');

  /** One plan as stored (the overview's columns, the take dialog's target). */
  function planDoc(id: string) {
    return api().call('plan.get', { id });
  }

  /** The saved versions of a plan (the left side's 版本 choices). */
  function versionsOf(planId: string) {
    return api().call('versions.list', { planId });
  }

  /** Drafts of the library that can receive a node (not the right plan itself). */
  /** The drafts a task may be taken into: on the office server only those this account may edit (PlanRights). */
  async function drafts(): Promise<PlanSummary[]> {
    const list = await api().call('library.list', {});
    return list.filter((p) => p.status === 'draft' && p.id !== rightPlanId.value && mayOn(p, 'edit'));
  }

  /**
   * Copy a node of the right plan (with its fields and subtree, fresh ids) into a draft and save it with
   * the revision it was read at. On 'conflict' (the draft was saved elsewhere meanwhile) read it again and
   * retry once; a second conflict is reported.
   */
  async function take(req: TakeRequest): Promise<TakeResult> {
    const source = rightDoc.value;
    const node = rightNode(req.rightId);
    if (!source || !node) return { ok: false, code: 'not-found', message: 'source node not found' };
    busy.value = true;
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const target = await api().call('plan.get', { id: req.targetId });
        if (target.meta.status !== 'draft') return { ok: false, code: 'not-draft', message: target.meta.title };
        const copy = copyForTarget(node, source, target, req.adapt);
        let nodes: PlanNode[];
        try {
          nodes = insertAt(target.nodes, req.placement, copy);
        } catch (e) {
          return { ok: false, code: (e as { code?: string }).code ?? 'invalid-move', message: errMessage(e) };
        }
        const doc: PlanDoc = { format: FORMAT, id: target.id, meta: target.meta, nodes };
        if (target.report) doc.report = target.report;
        try {
          await api().call('plan.save', { id: target.id, doc, baseRevision: target.revision });
        } catch (e) {
          if (e instanceof ApiError && e.code === 'conflict' && attempt === 0) continue;
          if (e instanceof ApiError) return { ok: false, code: e.code, message: e.message };
          throw e;
        }
        if (req.targetId === leftId.value) {
          await reload();
          const row = rows.value.find((r) => r.left?.id === copy.id);
          if (row) selectedKey.value = row.key;
        }
        return { ok: true, targetId: target.id, nodeId: copy.id, retried: attempt > 0 };
      }
      return { ok: false, code: 'conflict', message: 'conflict' };
    } catch (e) {
      return { ok: false, code: e instanceof ApiError ? e.code : 'error', message: errMessage(e) };
    } finally {
      busy.value = false;
    }
  }

  return {
    leftId, right, rightPlanId, leftDoc, rightDoc, rightVersion, leftVersion, comparison, rows, pins, loading, error, busy, selectedKey, filters, pick, mode, newerLeft,
    metaChanges, reviewLog, visibleRows, selected, changeCount, canPin, leftIsDraft,
    open, reload, clear, select, next, previous, leftNode, rightNode,
    choose, pinPair, breakPair, forget, resetPins, savePins,
    counterpartOf, suggestedPlacement, planDoc, versionsOf, drafts, take,
  };
});
