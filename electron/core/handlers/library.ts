/** library.*: the list, search, departments and the recently opened plans. */
import { LibrarySort, type Handlers } from '../../../shared/api/contract.js';
import { notFound } from '../library.js';
import type { PlanStore } from '../../store/types.js';
import type { HandlerContext } from './context.js';

/** Settings key of the recently opened plans: [{ id, at }], newest first. */
const RECENT_KEY = 'library.recent';
/** How many are kept (deleted plans are skipped when shown) and how many are shown. */
export const RECENT_KEPT = 30;
export const RECENT_SHOWN = 8;

async function recentOpened(plans: PlanStore): Promise<Array<{ id: string; at: string }>> {
  const v = await plans.getSetting<unknown>(RECENT_KEY);
  return Array.isArray(v) ? v.filter((r): r is { id: string; at: string } => !!r && typeof r.id === 'string' && typeof r.at === 'string') : [];
}

/** Settings key of the library's order (its 排序 menu; the office server keeps one per account: server/personal.ts). */
export const SORT_KEY = 'library.sort';

/** A stored order, or null when none (or one this version does not know). */
export function storedSort(v: unknown): LibrarySort | null {
  const r = LibrarySort.safeParse(v);
  return r.success ? r.data : null;
}

export function libraryHandlers({ db, plans, now }: HandlerContext): Pick<Handlers, 'library.list' | 'library.search' | 'library.departments' | 'library.recent' | 'library.opened' | 'library.sort' | 'library.setSort'> {
  return {
    'library.list': async () => (await plans.listPlans()).reverse(), // newest first
    'library.search': async ({ query, filters }) => plans.search(query, filters),
    'library.departments': async () => plans.departments(),
    'library.recent': async () => {
      const byId = new Map((await plans.listPlans()).map((p) => [p.id, p]));
      return (await recentOpened(plans)).filter((r) => byId.has(r.id)).slice(0, RECENT_SHOWN).map((r) => ({ ...byId.get(r.id)!, openedAt: r.at }));
    },
    'library.opened': async ({ id }) => {
      if (!(await plans.hasPlan(id))) throw notFound(id);
      // a read-only library still opens plans: the list is simply not kept
      if (!db.readOnly) {
        const at = now().toISOString();
        await plans.setSetting(RECENT_KEY, [{ id, at }, ...(await recentOpened(plans)).filter((r) => r.id !== id)].slice(0, RECENT_KEPT));
      }
      return { ok: true as const };
    },
    'library.sort': async () => ({ sort: storedSort(await plans.getSetting<unknown>(SORT_KEY)) }),
    'library.setSort': async ({ sort }) => {
      // a read-only library keeps none: the order still applies on this page
      if (!db.readOnly) await plans.setSetting(SORT_KEY, sort);
      return { sort };
    },
  };
}
