import type { PgMigration } from './index.js';

/**
 * 008 — the 回收站 (trash), as SQLite 013 (electron/core/migrations/013_trash.ts): plans.trashed_at, the time the plan
 * was deleted (NULL: in the library). A trashed plan keeps every row; every read of the library leaves it out (the
 * search's filters and its bm25 statistics too, as SQLite drops its FTS rows).
 */
export const migration008: PgMigration = {
  version: 8,
  name: 'trash',
  async up(client) {
    await client.query(`ALTER TABLE plans ADD COLUMN trashed_at text`);
    await client.query(`CREATE INDEX plans_trashed ON plans (trashed_at) WHERE trashed_at IS NOT NULL`);
  },
};
