import type { Migration } from './index.js';

/**
 * 013 — the 回收站 (trash): plans.trashed_at, the time a plan was deleted (plan.delete), NULL for a plan in the
 * library. A trashed plan keeps its rows — nodes, versions, history, review rounds and annotations, tokens, vectors,
 * owner and shares — so that plan.restore gives it back whole; only its search rows (node_fts) are dropped, and written
 * again on restore. Every read of the library (list, search, get, compare, similar, templates, the CLI) leaves it out;
 * plan.purge, or the trash's age limit (setting trash.days), deletes it for good.
 */
export const migration013: Migration = {
  version: 13,
  name: 'trash',
  up(db) {
    db.exec(`
      ALTER TABLE plans ADD COLUMN trashed_at TEXT;
      CREATE INDEX plans_trashed ON plans (trashed_at) WHERE trashed_at IS NOT NULL;
    `);
  },
};
