import type { PgMigration } from './index.js';

/** 006 — audit_log.detail, as SQLite 011 (electron/core/migrations/011_audit_detail.ts): a plan.share's whom and access. */
export const migration006: PgMigration = {
  version: 6,
  name: 'audit-detail',
  async up(client) {
    await client.query(`ALTER TABLE audit_log ADD COLUMN detail text`);
  },
};
