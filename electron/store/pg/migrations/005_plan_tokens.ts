import type { PgMigration } from './index.js';

/** 005 — plan_tokens, as SQLite 010 (electron/core/migrations/010_plan_tokens.ts): each plan's stored tokens for comparing. */
export const migration005: PgMigration = {
  version: 5,
  name: 'plan-tokens',
  async up(client) {
    await client.query(`
      CREATE TABLE plan_tokens (
        plan_id   text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        tokenizer text NOT NULL,
        revision  integer NOT NULL,
        lines     bytea NOT NULL,
        PRIMARY KEY (plan_id, tokenizer)
      );
    `);
  },
};
