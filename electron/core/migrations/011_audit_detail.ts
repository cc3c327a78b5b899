import type { Migration } from './index.js';

/**
 * 011 — audit_log.detail: what a call did beyond its method and plan, as JSON (today plan.share: with whom and what
 * access, electron/server/server.ts). NULL for every other entry, and for the entries written before.
 */
export const migration011: Migration = {
  version: 11,
  name: 'audit-detail',
  up(db) {
    db.exec(`ALTER TABLE audit_log ADD COLUMN detail TEXT`);
  },
};
