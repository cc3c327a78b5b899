/** The library: plans grouped by district and period, Chinese full-text search, import, delete, duplicate. */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ImportPreview, PlanSummary, SearchHit } from '../../../shared/api/contract';
import type { LevelMapping, NodeKind, PlanDoc, PlanStatus } from '../../../shared/model/plan';
import { LIMITS } from '../../../shared/errors';
import { ApiError, fileToBase64, useApi } from '../api/client';
import { periodText } from '../../../shared/model/period';

export interface SearchFiltersState { district: string; period: string; kind: '' | NodeKind; department: string }

export interface PlanGroup { district: string; periods: { period: string; plans: PlanSummary[] }[] }

export const periodLabel = (p: PlanSummary['period']) => periodText(p, '—');

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

  const districts = computed(() => [...new Set(plans.value.map((p) => p.district ?? '').filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  const periods = computed(() => [...new Set(plans.value.map((p) => periodLabel(p.period)).filter(Boolean))].sort().reverse());

  /** Plans by district, then period (newest first); plans without a district last. */
  const groups = computed<PlanGroup[]>(() => {
    const visible = plans.value.filter(
      (p) => (!filters.value.district || p.district === filters.value.district) && periodOverlaps(p.period, filters.value.period),
    );
    const byDistrict = new Map<string, PlanSummary[]>();
    for (const p of visible) {
      const d = p.district ?? '';
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

  async function remove(id: string) {
    await useApi().call('plan.delete', { id });
    plans.value = plans.value.filter((p) => p.id !== id);
    hits.value = hits.value.filter((h) => h.planId !== id);
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
      throw new ApiError('too-large', `无法导入 ${file.name}:文件过大(${file.size} 字节,上限 ${LIMITS.maxImportBytes} 字节)`, {
        fileName: file.name, bytes: file.size, limit: LIMITS.maxImportBytes,
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
    load, reload, loadDepartments, search, remove, duplicate, importPreview, importCancel, importCommit, createFromTemplate, createBlank, opened,
  };
});
