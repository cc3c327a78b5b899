/** The library: plans grouped by district and period, Chinese full-text search, import, delete, duplicate. */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { LIBRARY_SORTS, type ImportPreview, type LibrarySort, type PlanSummary, type SearchHit } from '../../../shared/api/contract';
import type { LevelMapping, NodeKind, PlanDoc, PlanStatus } from '../../../shared/model/plan';
import { LIMITS, tooLargeReason } from '../../../shared/errors';
import { ApiError, fileToBase64, useApi } from '../api/client';
import { session } from '../api/session';
import { periodText } from '../../../shared/model/period';
import { districtGroups, districtKey } from '../../../shared/text/district-key';

export interface SearchFiltersState { district: string; period: string; kind: '' | NodeKind; department: string }

export interface PlanGroup { district: string; periods: { period: string; plans: PlanSummary[] }[] }

export const periodLabel = (p: PlanSummary['period']) => periodText(p, '—');

/** The library's order (shared/api/contract.ts LIBRARY_SORTS: 'group', the default, or one list by a key). */
export const SORT_KEYS = LIBRARY_SORTS;
export type SortKey = LibrarySort;
/** PlanGroup.district of the one group of a sorted list (no district heading). */
export const SORTED = '\u0000sorted';

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
/** Newest first, a missing value last. */
const newest = (a: string | null | undefined, b: string | null | undefined) => (a ? (b ? b.localeCompare(a) : -1) : b ? 1 : 0);
/** Plans in the order `key` says; ties by the last change, newest first. */
export function planOrder(key: Exclude<SortKey, 'group'>): (a: PlanSummary, b: PlanSummary) => number {
  const by: Record<typeof key, (a: PlanSummary, b: PlanSummary) => number> = {
    issued: (a, b) => newest(a.issuedOn, b.issuedOn),
    period: (a, b) => (a.period ? (b.period ? b.period.start - a.period.start || b.period.end - a.period.end : -1) : b.period ? 1 : 0),
    district: (a, b) => (a.district ? (b.district ? zh(districtKey(a.district), districtKey(b.district)) : -1) : b.district ? 1 : 0),
    title: (a, b) => zh(a.title.trim(), b.title.trim()),
    updated: () => 0,
  };
  return (a, b) => by[key](a, b) || newest(a.updatedAt, b.updatedAt);
}

/**
 * The order is kept in the library's settings (library.sort / library.setSort: per account on the office server), so
 * it follows the user to another browser or machine; this browser's copy (per account) is the first paint's guess
 * until the library answers.
 */
function sortStorageKey(): string {
  return `pw.library.sort.${session.mode === 'server' ? session.user?.username ?? '' : 'local'}`;
}
function loadSort(): SortKey {
  try {
    const v = globalThis.localStorage?.getItem(sortStorageKey());
    return (SORT_KEYS as readonly string[]).includes(v ?? '') ? (v as SortKey) : 'group';
  } catch { return 'group'; }
}

/** The years a period filter's label stands for: 「2014—2016」, or a one-year plan's 「2024」 (that year, not onwards). */
export function periodRange(label: string): { start: number; end: number } | null {
  const [start, end = start] = label.split('—').map((x) => Number(x.trim()));
  return Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null;
}

/**
 * The period filter keeps the plans whose period overlaps the chosen one, for the plan cards as for the search (the
 * stores' SQL: electron/core/search.ts, electron/store/pg/search.ts): a plan of 2021—2025 is kept for 2023, 2021—2023
 * and 2024—2027. A plan without a period is not kept while a period is chosen.
 */
export function periodOverlaps(p: PlanSummary['period'], label: string): boolean {
  if (!label) return true;
  const r = periodRange(label);
  return !!p && !!r && p.start <= r.end && p.end >= r.start;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A local date and time, to the minute: 2026-12-05 15:02 (the same plan imported twice is usually imported the same day). */
export function stampLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What tells plans apart that would otherwise look the same (same district, period and title: the same plan imported
 * from .txt, .docx and .pdf, or a copy): the source's format, when they came into the library and the file name — and
 * their status when that differs. Plans whose label is their own get no entry. Used by the compare pickers and the 最近打开 cards.
 */
export function planTells(plans: readonly PlanSummary[], t: (key: string, values?: Record<string, unknown>) => string): Map<string, string> {
  const groups = new Map<string, PlanSummary[]>();
  for (const p of plans) {
    const key = `${p.district ?? ''}|${p.period ? `${p.period.start}-${p.period.end}` : ''}|${p.title.trim()}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out = new Map<string, string>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const statuses = new Set(g.map((p) => p.status));
    for (const p of g) {
      const parts: string[] = [];
      // the format first (a narrow card cuts the end: the file name, whose extension would be the telling part)
      const ext = /\.([A-Za-z0-9]{1,8})$/.exec(p.sourceFileName ?? '')?.[1];
      if (ext) parts.push(ext.toUpperCase());
      if (statuses.size > 1) parts.push(t(`status.${p.status}`));
      parts.push(t(p.sourceFileName ? 'library.tell.imported' : 'library.tell.created', { when: stampLabel(p.createdAt) }));
      if (p.sourceFileName) parts.push(p.sourceFileName);
      out.set(p.id, parts.join(' · '));
    }
  }
  return out;
}

/** The longest search term and department filter library.search takes (shared/api/contract.ts). */
export const QUERY_MAX = 200;
export const DEPARTMENT_MAX = 100;

export const useLibrary = defineStore('library', () => {
  const plans = ref<PlanSummary[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const query = ref('');
  const filters = ref<SearchFiltersState>({ district: '', period: '', kind: '', department: '' });
  /** The order of the cards and, unless 'group', of the search hits (kept per user in the library's settings). */
  const sort = ref<SortKey>(loadSort());
  /** The order the library's settings hold as far as this page knows (a change to another one is written there). */
  let keptSort: SortKey | null = sort.value;
  let sortAsked = 0;
  watch(sort, (v) => {
    try { globalThis.localStorage?.setItem(sortStorageKey(), v); } catch { /* the library keeps it */ }
    if (v === keptSort) return;
    keptSort = v;
    sortAsked++; // an answer to an older library.sort no longer applies
    void useApi().call('library.setSort', { sort: v }).catch(() => { /* not kept: the order still applies on this page */ });
  }, { flush: 'sync' });
  /**
   * The order kept for the user now logged in (the office server: after a login): this browser's copy first, then
   * the library's. One chosen before the library kept it (only this browser has it) is written there.
   */
  async function loadSortPreference() {
    const guess = loadSort();
    keptSort = guess;
    sort.value = guess;
    const asked = ++sortAsked;
    try {
      const { sort: stored } = await useApi().call('library.sort', {});
      if (asked !== sortAsked) return; // changed meanwhile: that choice was written
      if (stored === null) {
        if (guess !== 'group') void useApi().call('library.setSort', { sort: guess }).catch(() => { /* asked again next time */ });
        return;
      }
      keptSort = stored;
      sort.value = stored;
    } catch { /* the guess stays (an older server, offline) */ }
  }
  const hits = ref<SearchHit[]>([]);
  const searching = ref(false);
  const searchedFor = ref('');
  /** The search term is longer than the library searches (QUERY_MAX): its length, said in place of results; else 0. */
  const tooLong = ref(0);
  /** The same for the department filter (DEPARTMENT_MAX). */
  const deptTooLong = ref(0);
  const departments = ref<string[]>([]);
  const HIT_LIMIT = 200;

  /** 最近打开: the plans opened most recently (library.recent), newest first. */
  const recent = ref<Array<PlanSummary & { openedAt: string }>>([]);

  async function load() {
    loading.value = true;
    try {
      const [list, opened] = await Promise.all([
        useApi().call('library.list', {}),
        // the recent list is a convenience: a failure leaves it empty, never the library
        useApi().call('library.recent', {}).catch(() => []),
      ]);
      plans.value = list;
      recent.value = opened;
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  let reloading: Promise<PlanSummary[]> | null = null;
  let reloadAgain = false;
  /**
   * List the library again (a share given, changed or taken back: the library's live event, review/live.ts); answers
   * the plans no longer listed (their search hits go too). Calls while one runs are answered by one more load after it.
   */
  function reload(): Promise<PlanSummary[]> {
    if (reloading) {
      reloadAgain = true;
      return reloading;
    }
    const before = plans.value;
    reloading = (async () => {
      try {
        do {
          reloadAgain = false;
          await load();
        } while (reloadAgain);
      } finally {
        reloading = null;
      }
      const now = new Set(plans.value.map((p) => p.id));
      const gone = before.filter((p) => !now.has(p.id));
      if (gone.length) hits.value = hits.value.filter((h) => now.has(h.planId));
      return gone;
    })();
    return reloading;
  }

  async function loadDepartments() {
    departments.value = await useApi().call('library.departments', {});
  }

  /**
   * The districts of the library, one per key however they are written (南嶼縣 and 南屿县: shared/text/district-key.ts),
   * each named by its most common spelling.
   */
  const districtGroupsByKey = computed(() => districtGroups(plans.value.map((p) => p.district)));
  const districts = computed(() => [...districtGroupsByKey.value.values()].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'zh-CN')));
  const periods = computed(() => [...new Set(plans.value.map((p) => periodLabel(p.period)).filter(Boolean))].sort().reverse());

  /**
   * Plans by district (any spelling of it, named by its most common: the card says how its plan writes it), then
   * period (newest first); plans without a district last.
   */
  const groups = computed<PlanGroup[]>(() => {
    const key = (d: string | null) => (d === null ? '' : districtKey(d));
    const wanted = filters.value.district ? districtKey(filters.value.district) : '';
    const visible = plans.value.filter(
      (p) => (!wanted || key(p.district) === wanted) && periodOverlaps(p.period, filters.value.period),
    );
    // a chosen order: one list (each card then says its district)
    if (sort.value !== 'group') return visible.length ? [{ district: SORTED, periods: [{ period: '', plans: [...visible].sort(planOrder(sort.value)) }] }] : [];
    const names = districtGroupsByKey.value;
    const byDistrict = new Map<string, PlanSummary[]>();
    for (const p of visible) {
      const k = key(p.district);
      const d = k ? names.get(k)!.name : '';
      (byDistrict.get(d) ?? byDistrict.set(d, []).get(d)!).push(p);
    }
    return [...byDistrict.entries()]
      .sort(([a], [b]) => (a ? (b ? a.localeCompare(b, 'zh-CN') : -1) : 1))
      .map(([district, list]) => {
        const byPeriod = new Map<string, PlanSummary[]>();
        for (const p of list) {
          const k = periodLabel(p.period);
          (byPeriod.get(k) ?? byPeriod.set(k, []).get(k)!).push(p);
        }
        return {
          district,
          periods: [...byPeriod.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([period, ps]) => ({ period, plans: ps.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)) })),
        };
      });
  });

  /**
   * The search hits in the chosen order: by relevance (as the library ranks them) unless an order is chosen; then by
   * their plans' order, each plan's hits still by relevance. The library's best HIT_LIMIT hits are what is ordered.
   */
  const sortedHits = computed<SearchHit[]>(() => {
    if (sort.value === 'group') return hits.value;
    const byId = new Map(plans.value.map((p) => [p.id, p]));
    const order = planOrder(sort.value);
    const rank = new Map(hits.value.map((h, i) => [h, i]));
    return [...hits.value].sort((a, b) => {
      const pa = byId.get(a.planId);
      const pb = byId.get(b.planId);
      const c = pa && pb ? order(pa, pb) || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0) : pa ? -1 : pb ? 1 : 0;
      return c || rank.get(a)! - rank.get(b)!;
    });
  });

  let searchSeq = 0;
  async function search() {
    const q = query.value.trim();
    const seq = ++searchSeq;
    // the department filter works without a search term: it lists the nodes that department leads or works on
    tooLong.value = 0;
    deptTooLong.value = 0;
    if (!q && !filters.value.department) { hits.value = []; searchedFor.value = ''; return; }
    // a pasted paragraph: said in the results, not sent (library.search refuses it, in the contract's own words)
    if (q.length > QUERY_MAX) { hits.value = []; searchedFor.value = ''; searching.value = false; tooLong.value = q.length; return; }
    if (filters.value.department.length > DEPARTMENT_MAX) { hits.value = []; searchedFor.value = ''; searching.value = false; deptTooLong.value = filters.value.department.length; return; }
    searching.value = true;
    try {
      const f = filters.value;
      // the label of a one-year plan is the year alone (periodText): that year, not that year onwards
      const range = f.period ? periodRange(f.period) : null;
      const [ps, pe] = range ? [range.start, range.end] : [undefined, undefined];
      const result = await useApi().call('library.search', {
        query: q,
        filters: {
          district: f.district || undefined,
          periodStart: ps,
          periodEnd: pe,
          kind: f.kind || undefined,
          department: f.department || undefined,
          limit: HIT_LIMIT,
        },
      });
      if (seq === searchSeq) { hits.value = result; searchedFor.value = q || f.department; }
    } finally {
      if (seq === searchSeq) searching.value = false;
    }
  }

  /** The plan last moved to the 回收站 from here (撤销 / Ctrl+Z takes it back), or null. */
  const lastRemoved = ref<{ id: string; title: string } | null>(null);

  /** Move a plan to the trash (plan.delete): it leaves the list and the hits; lastRemoved can be undone. */
  async function remove(id: string) {
    const title = plans.value.find((p) => p.id === id)?.title ?? '';
    await useApi().call('plan.delete', { id });
    plans.value = plans.value.filter((p) => p.id !== id);
    hits.value = hits.value.filter((h) => h.planId !== id);
    recent.value = recent.value.filter((p) => p.id !== id); // (its 最近打开 card would open 找不到这份规划)
    lastRemoved.value = { id, title };
  }

  /** Take a plan out of the trash (plan.restore) and list the library again. */
  async function restore(id: string): Promise<void> {
    await useApi().call('plan.restore', { id });
    if (lastRemoved.value?.id === id) lastRemoved.value = null;
    await load();
  }

  /** Undo the last delete made here (撤销, Ctrl+Z): the restored plan, or null when there is none to undo. */
  async function undoRemove(): Promise<{ id: string; title: string } | null> {
    const last = lastRemoved.value;
    if (!last) return null;
    lastRemoved.value = null; // one try: a failed restore is told, not repeated by every later Ctrl+Z
    await restore(last.id);
    return last;
  }

  async function duplicate(id: string): Promise<string> {
    const { id: newId } = await useApi().call('plan.duplicate', { id });
    await load();
    return newId;
  }

  /** The base64 of the files read for a preview (a preview re-run with a level mapping does not read the file again). */
  const encoded = new WeakMap<File, Promise<string>>();

  /**
   * Import without storing; `jobId` lets importCancel stop it; `mapping` corrects the document's levels (without it
   * the core applies the mapping remembered for the document's style). A file over the size limit is refused before
   * it is read.
   */
  async function importPreview(file: File, jobId?: string, mapping?: LevelMapping): Promise<ImportPreview> {
    if (file.size > LIMITS.maxImportBytes) {
      // (the English the bridge and the core give too: an English window shows the figures and the advice)
      const reason = tooLargeReason(file.size);
      throw new ApiError('too-large', `无法导入 ${file.name}:${reason.zh}`, {
        fileName: file.name, bytes: file.size, limit: LIMITS.maxImportBytes, en: reason.en,
      });
    }
    let data = encoded.get(file);
    if (!data) {
      data = fileToBase64(file);
      encoded.set(file, data);
      data.catch(() => encoded.delete(file));
    }
    return useApi().call('plan.importPreview', { fileName: file.name, dataBase64: await data, ...(jobId ? { jobId } : {}), ...(mapping ? { mapping } : {}) });
  }

  /** Stop a running importPreview (it then fails with code 'cancelled'). */
  async function importCancel(jobId: string): Promise<boolean> {
    return (await useApi().call('plan.importCancel', { jobId })).cancelled;
  }

  /**
   * Store a previewed plan; `levelMapping` (the mapping it was previewed with) is remembered for its style. A batch
   * passes `reload: false` and reloads the list once at its end.
   */
  async function importCommit(doc: PlanDoc, status: PlanStatus, levelMapping?: { style: string; mapping: LevelMapping }, reload = true): Promise<string> {
    const { id } = await useApi().call('plan.importCommit', { doc, status, ...(levelMapping ? { levelMapping } : {}) });
    if (reload) await load();
    return id;
  }

  async function createFromTemplate(input: { templateId: string; district: string; period: { start: number; end: number }; mode: 'full' | 'structure'; title?: string }) {
    const { id } = await useApi().call('plan.createFromTemplate', input);
    await load();
    return id;
  }

  async function createBlank(input: { title: string; district: string; period: { start: number; end: number } }) {
    const { id } = await useApi().call('plan.createBlank', input);
    await load();
    return id;
  }

  /** Record an opened plan for 最近打开 (a failure costs only the entry in that list). */
  async function opened(id: string): Promise<void> {
    await useApi().call('library.opened', { id }).catch(() => { /* not recorded */ });
  }

  return {
    plans, recent, loading, loaded, query, filters, hits, searching, searchedFor, tooLong, deptTooLong, departments, HIT_LIMIT, QUERY_MAX, DEPARTMENT_MAX,
    districts, periods, groups,
    lastRemoved, sort, sortedHits, loadSortPreference,
    load, reload, loadDepartments, search, remove, restore, undoRemove, duplicate, importPreview, importCancel, importCommit, createFromTemplate, createBlank, opened,
  };
});
