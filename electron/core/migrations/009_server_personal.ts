import type { Migration } from './index.js';

/**
 * 009 — the office server, per account (electron/server/personal.ts). Like 008's tables the desktop app and browser
 * mode never write these (they stay empty there).
 *
 * annotation_authors: the account that added an annotation through the server (review.add), filled by the server
 * from the session, never from the request. Only this account (and admins) may edit the annotation, and delete it;
 * annotations without a row (made on a desktop, or brought in by a review package or Word file) are nobody's
 * account's: admins edit them, the plan's editors and admins delete them (docs/security.md). Goes with its
 * annotation (ON DELETE CASCADE, and so with its plan).
 * user_recent: each account's 最近打开 list (library.opened / library.recent on the server); the desktop keeps its
 * one list in settings ('library.recent'). Goes with its plan.
 */
export const migration009: Migration = {
  version: 9,
  name: 'server-personal',
  up(db) {
    db.exec(`
      CREATE TABLE annotation_authors (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        user_id       INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      CREATE TABLE user_recent (
        user_id   INTEGER NOT NULL REFERENCES users(id),
        plan_id   TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        opened_at TEXT NOT NULL,
        PRIMARY KEY (user_id, plan_id)
      ) STRICT;
      CREATE INDEX user_recent_user ON user_recent(user_id, opened_at);
    `);
  },
};
