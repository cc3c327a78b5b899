/** library.*: the list, search, departments and the recently opened plans. */
import type { Handlers } from '../../../shared/api/contract.js';
import { notFound, type Library } from '../library.js';
import type { HandlerContext } from './context.js';

/** Settings key of the recently opened plans: [{ id, at }], newest first. */
const RECENT_KEY = 'library.recent';
/** How many are kept (deleted plans are skipped when shown) and how many are shown. */
export const RECENT_KEPT = 30;
export const RECENT_SHOWN = 8;

function recentOpened(lib: Library): Array<{ id: string; at: string }> {
  const v = lib.getSetting<unknown>(RECENT_KEY);
  return Array.isArray(v) ? v.filter((r): r is { id: string; at: string } => !!r && typeof r.id === 'string' && typeof r.at === 'string') : [];
}

export function libraryHandlers({ lib, now }: HandlerContext): Pick<Handlers, 'library.list' | 'library.search' | 'library.departments' | 'library.recent' | 'library.opened'> {
  return {
    'library.list': async () => lib.listPlans().reverse(), // newest first
    'library.search': async ({ query, filters }) => lib.search(query, filters),
    'library.departments': async () => lib.departments(),
    'library.recent': async () => {
      const byId = new Map(lib.listPlans().map((p) => [p.id, p]));
      return recentOpened(lib).filter((r) => byId.has(r.id)).slice(0, RECENT_SHOWN).map((r) => ({ ...byId.get(r.id)!, openedAt: r.at }));
    },
    'library.opened': async ({ id }) => {
      if (!lib.hasPlan(id)) throw notFound(id);
      // a read-only library still opens plans: the list is simply not kept
      if (!lib.readOnly) {
        const at = now().toISOString();
        lib.setSetting(RECENT_KEY, [{ id, at }, ...recentOpened(lib).filter((r) => r.id !== id)].slice(0, RECENT_KEPT));
      }
      return { ok: true as const };
    },
  };
}
