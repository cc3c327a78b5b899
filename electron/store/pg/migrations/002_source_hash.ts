import type { PgMigration } from './index.js';

/**
 * 002 — indexes on the imported document's fingerprints in the stored metadata (meta.source.textSha256 and the
 * file's sha256), for the duplicate lookup (PlanStore.plansFromSameSource), as SQLite 007.
 */
export const migration002: PgMigration = {
  version: 2,
  name: 'source-hash',
  async up(client) {
    await client.query(`
      CREATE INDEX plans_source_text ON plans ((meta -> 'source' ->> 'textSha256'));
      CREATE INDEX plans_source_bytes ON plans ((meta -> 'source' ->> 'sha256'));
    `);
  },
};
