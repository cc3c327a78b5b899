import type { Migration } from './index.js';

/**
 * 010 — plan_tokens: each plan's tokens for comparing, kept so that reading a plan to compare it need not run
 * Intl.Segmenter again (shared/compare/tokens.ts encodeLines, electron/core/plan-tokens.ts). Written with the task
 * vectors (a save, a vector refresh) and by the first compare of a plan that has none. `tokenizer` names the
 * format and the ICU data that cut them: one row per tokenizer, so the desktop app (Electron's ICU) and the command
 * line (Node's) each keep and read their own; a write drops the plan's rows of other revisions.
 * `lines`: the blob (the tokens per line, shared/compare/tokens.ts, with a hash of the lines it belongs to). Goes with
 * its plan. Existing plans get a row when they are next saved or compared: nothing is tokenised here.
 */
export const migration010: Migration = {
  version: 10,
  name: 'plan-tokens',
  up(db) {
    db.exec(`
      CREATE TABLE plan_tokens (
        plan_id   TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        tokenizer TEXT NOT NULL,
        revision  INTEGER NOT NULL,
        lines     BLOB NOT NULL,
        PRIMARY KEY (plan_id, tokenizer)
      ) STRICT;
    `);
  },
};
