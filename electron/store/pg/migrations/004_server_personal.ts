import type { PgMigration } from './index.js';

/**
 * 004 — the office server per account, as SQLite 009 (electron/server/personal.ts): annotation_authors (the account
 * that added an annotation through the server) and user_recent (each account's 最近打开).
 */
export const migration004: PgMigration = {
  version: 4,
  name: 'server-personal',
  async up(client) {
    await client.query(`
      CREATE TABLE annotation_authors (
        annotation_id text PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        user_id       integer NOT NULL REFERENCES users(id)
      );

      CREATE TABLE user_recent (
        user_id   integer NOT NULL REFERENCES users(id),
        plan_id   text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        opened_at text NOT NULL,
        PRIMARY KEY (user_id, plan_id)
      );
      CREATE INDEX user_recent_user ON user_recent(user_id, opened_at);
    `);
  },
};
