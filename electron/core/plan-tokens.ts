/**
 * A plan's stored tokens (table plan_tokens, migrations 010 / PostgreSQL 005): what Intl.Segmenter made of its lines,
 * kept so that comparing a stored plan does not segment it again (shared/compare/tokens.ts encodeLines and
 * primeLines; ~2,400 segmenter calls and ~1 µs per segment for 静安 2014 ↔ 杨浦 2015). A row is used only when it
 * was cut by the same tokenizer — the format and the ICU data, which the desktop app (Electron) and the command line
 * (Node) may not share — and when it belongs to the plan's lines and district as read (a hash in the blob): else it
 * is ignored and the lines are segmented as before, with the same result. Plain Node.
 */
import type Database from 'better-sqlite3';
import type { PlanDoc } from '../../shared/model/plan.js';
import { encodePlanTokens, primePlanTokens } from '../../shared/compare/prepare.js';
import { TOKENS_FORMAT, tokenRulesFingerprint } from '../../shared/compare/tokens.js';

/** The tokenizer a row was made by: the stored format, the cutting rules' fingerprint and the segmenter's data (ICU and Unicode versions). */
const TOKENIZER = `${TOKENS_FORMAT}.${tokenRulesFingerprint()}/icu-${process.versions.icu ?? '?'}/unicode-${process.versions.unicode ?? '?'}`;
export function tokenizerId(): string {
  return TOKENIZER;
}

/**
 * Storing a plan's tokens: its row of this tokenizer (parameters plan id, revision, tokenizer, blob), then dropping the
 * plan's rows of other revisions (parameters plan id, revision) — the rows of other tokenizers for this revision stay.
 */
export const PUT_TOKENS_SQL = `INSERT INTO plan_tokens (plan_id, revision, tokenizer, lines) VALUES (?, ?, ?, ?)
  ON CONFLICT(plan_id, tokenizer) DO UPDATE SET revision = excluded.revision, lines = excluded.lines`;
export const DROP_STALE_TOKENS_SQL = `DELETE FROM plan_tokens WHERE plan_id = ? AND revision <> ?`;
export const GET_TOKENS_SQL = `SELECT tokenizer, lines FROM plan_tokens WHERE plan_id = ? AND tokenizer = ?`;

/** The stored form of a plan's tokens, as bound to SQL (a Buffer over the same bytes). */
export function planTokensBlob(doc: PlanDoc): Buffer {
  const b = encodePlanTokens(doc);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Prime the tokeniser with a stored row; false when there is none fit for this plan as read. */
export function primeStoredTokens(doc: PlanDoc, row: { tokenizer: string; lines: Uint8Array } | undefined): boolean {
  return !!row && row.tokenizer === tokenizerId() && primePlanTokens(doc, row.lines);
}

/** For the command line's compare, on the library read directly (electron/cli/read.ts): prime the tokeniser with the plan's stored tokens, if it has any fit for it. */
export function primeFromLibrary(lib: { db: Database.Database }, id: string, doc: PlanDoc): boolean {
  const row = lib.db.prepare(GET_TOKENS_SQL).get(id, tokenizerId()) as { tokenizer: string; lines: Buffer } | undefined;
  return primeStoredTokens(doc, row);
}

/**
 * Store a plan's tokens (it had none fit for it), once every plan of the command was read: skipped on a read-only
 * copy, and given up at once when another process holds the write lock (a cache: the next compare tries again).
 */
export function storeInLibrary(lib: { db: Database.Database; readOnly: unknown; revisionOf(id: string): number }, id: string, doc: PlanDoc): void {
  if (lib.readOnly) return;
  const timeout = lib.db.pragma('busy_timeout', { simple: true }) as number;
  try {
    lib.db.pragma('busy_timeout = 0');
    const revision = lib.revisionOf(id);
    const blob = planTokensBlob(doc);
    lib.db.transaction(() => {
      lib.db.prepare(PUT_TOKENS_SQL).run(id, revision, tokenizerId(), blob);
      lib.db.prepare(DROP_STALE_TOKENS_SQL).run(id, revision);
    })();
  } catch {
    // busy, or the plan deleted meanwhile: nothing lost
  } finally {
    lib.db.pragma(`busy_timeout = ${Number(timeout)}`);
  }
}
