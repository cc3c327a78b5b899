/**
 * The plan being edited (what plan.get returned and the edits since) and what is derived from its tree:
 * numbers, where each node sits, counts, the departments offered for autocomplete.
 */
import { computed, ref, shallowRef } from 'vue';
import type { StoredPlan } from '../../../../shared/api/contract';
import { FORMAT, type PlanDoc, type PlanMeta, type PlanNode } from '../../../../shared/model/plan';
import { deriveNumbers } from '../../../../shared/numbering';
import { countUnreviewed } from '../../../../shared/tree';
import type { NodeInfo, Snapshot } from './types';

export type EditorDocument = ReturnType<typeof useDocument>;

export function useDocument() {
  const planId = ref<string | null>(null);
  const revision = ref(0);
  const base = shallowRef<StoredPlan | null>(null);
  /**
   * The plan as the library holds it at `revision`, as far as this editor knows: what was loaded, then what each
   * save sent. The base of a three-way merge when someone else saved meanwhile (./merge.ts).
   */
  const saved = shallowRef<Snapshot | null>(null);
  const meta = shallowRef<PlanMeta | null>(null);
  const nodes = shallowRef<PlanNode[]>([]);
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  /** The error code of loadError ('not-found': deleted, or no longer readable by this account — shared no more). */
  const loadErrorCode = ref<string | null>(null);
  /** The details of loadError's ApiError (a 'not-found' of a plan in the 回收站: `trashed`, `title` — the core says so). */
  const loadErrorDetails = ref<Record<string, unknown> | null>(null);
  const departments = ref<string[]>([]);

  const loaded = computed(() => meta.value !== null && planId.value !== null);

  /** The exchange document as it is now (what plan.save sends). */
  function currentDoc(): PlanDoc {
    const b = base.value;
    const doc: PlanDoc = { format: FORMAT, id: planId.value ?? undefined, meta: meta.value!, nodes: nodes.value };
    if (b?.report) doc.report = b.report;
    return doc;
  }

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

  /** Forget the cached numbers (another plan is loaded). */
  function resetDerived() {
    numbersCache = null;
  }

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

  const unreviewedCount = computed(() => countUnreviewed(nodes.value));

  /** Departments for autocomplete: the library's and the plan's own, each once. */
  const allDepartments = computed(() => {
    const set = new Set<string>(departments.value);
    for (const i of info.value.values()) {
      for (const d of i.node.lead) set.add(d);
      for (const d of i.node.partners) set.add(d);
    }
    return [...set].filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  });

  return {
    planId, revision, base, saved, meta, nodes, loading, loadError, loadErrorCode, loadErrorDetails, departments, loaded, currentDoc,
    numbers, resetDerived, info, nodeCount, unreviewedCount, allDepartments,
  };
}
