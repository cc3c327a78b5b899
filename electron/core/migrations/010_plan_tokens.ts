import type { Migration } from './index.js';

/**
 * 010 — plan_tokens: each plan's tokens for comparing, kept so that reading a plan to compare it need not run
 * Intl.Segmenter again (shared/compare/tokens.ts encodeLines, electron/core/plan-tokens.ts). Written with the task
 * vectors (a save, a vector refresh) and by the first compare of a plan that has none. `tokenizer` names the
 * format and the ICU data that cut them: a row of another tokenizer is ignored (and replaced by the next compare).
 * `lines`: the blob (lengths and kinds of the tokens per line, with a hash of the lines it belongs to). Goes with
 * its plan. Existing plans get a row when they are next saved or compared: nothing is tokenised here.
 */
export const migration010: Migration = {
  version: 10,
  name: 'plan-tokens',
  up(db) {
    db.exec(`
      CREATE TABLE plan_tokens (
        plan_id   TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        revision  INTEGER NOT NULL,
        tokenizer TEXT NOT NULL,
        lines     BLOB NOT NULL
      ) STRICT;
    `);
  },
};
