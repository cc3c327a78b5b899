/**
 * The handlers, composed in one place. Where a method is handled:
 *
 *   app.info                                  ./app.ts
 *   library.*                                 ./library.ts
 *   plan.importPreview/importCancel/importCommit  ./import.ts
 *   plan.* (the rest)                         ./plan.ts
 *   export.*                                  ./export.ts
 *   versions.*, compare.*                     ./compare.ts
 *   prefs.*, review.*                         ./review.ts
 *   history.*                                 ./history.ts
 *   audit.list                                ./audit.ts
 *   backup.*                                  ./backup.ts
 *
 * Input reaches them validated by ../dispatch.ts; ../lifecycle.ts builds them again after a restore.
 */
import { METHOD_NAMES, type Handlers } from '../../../shared/api/contract.js';
import type { Db } from '../../store/db.js';
import type { Lifecycle } from '../lifecycle.js';
import { ReviewStore } from '../review.js';
import { CompareStore } from '../compare-store.js';
import { appHandlers } from './app.js';
import { auditHandlers } from './audit.js';
import { backupHandlers } from './backup.js';
import { compareHandlers } from './compare.js';
import type { HandlerContext } from './context.js';
import { exportHandlers } from './export.js';
import { historyHandlers } from './history.js';
import { importHandlers } from './import.js';
import { libraryHandlers } from './library.js';
import { planHandlers } from './plan.js';
import { reviewHandlers } from './review.js';

/**
 * Every handler, for the library open now; in recovery mode (no library) every method answers 'db-corrupt' but
 * app.info and backup.* (dispatch lets only app.info, backup.list and backup.restore through).
 */
export function composeHandlers(life: Lifecycle): Handlers {
  const always = { ...appHandlers(life), ...backupHandlers(life) };
  if (!life.db) {
    const refuse = async () => {
      throw life.corruptNow();
    };
    return { ...(Object.fromEntries(METHOD_NAMES.map((m) => [m, refuse])) as unknown as Handlers), ...always };
  }
  return { ...handlersOf(life.db, { opts: life.opts, logError: life.logError, now: life.now, jobs: life.jobs }), ...always };
}

/** The handlers that need an open library: all but app.info and backup.* (they work in recovery mode too). */
function handlersOf(
  db: Db,
  shared: Omit<HandlerContext, 'db' | 'plans' | 'cmp' | 'review'>,
): Omit<Handlers, 'app.info' | 'backup.list' | 'backup.create' | 'backup.restore'> {
  const cmp = new CompareStore(db);
  const ctx: HandlerContext = { ...shared, db, plans: db.plans, cmp, review: new ReviewStore(db, cmp) };
  return {
    ...libraryHandlers(ctx),
    ...importHandlers(ctx),
    ...planHandlers(ctx),
    ...exportHandlers(ctx),
    ...compareHandlers(ctx),
    ...reviewHandlers(ctx),
    ...historyHandlers(ctx),
    ...auditHandlers(ctx),
  };
}
