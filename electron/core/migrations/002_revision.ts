import type { Migration } from './index.js';

/**
 * 002 — plans.revision: a counter bumped by every change to a stored plan (save, status change).
 * Autosave sends the revision it started from; a stale one is refused ('conflict'),
 * so two windows (or the app and the browser bridge) cannot silently overwrite each other.
 * Existing plans start at revision 1.
 */
export const migration002: Migration = {
  version: 2,
  name: 'revision',
  up(db) {
    db.exec(`ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)`);
  },
};
