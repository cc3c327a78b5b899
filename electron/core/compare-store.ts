/**
 * What comparing plans keeps: pins of plan comparisons (compare_pins), the per-plan task vectors for
 * library-wide compare (plan_vectors, packed with term ids from compare_terms) and their inverted index, each plan's
 * tokens (plan_tokens, ./plan-tokens.ts), and a small cache of stored plans for shared/compare. Tables: migrations
 * 003, 004 and 010. Plain Node, never imports
 * 'electron'. The snapshots of plans (versions.* API) are the VersionStore (versions.ts), reachable as `versions`.
 */
import type { PlanDoc } from '../../shared/model/plan.js';
import type { Pin } from '../../shared/compare/align.js';
import { LibraryIndex, packVectors, taskVectors, vectorTerms, type PackedEntry, type PackedTask, type PlanVectors } from '../../shared/compare/library.js';
import type { Db } from '../store/db.js';
import { DROP_STALE_TOKENS_SQL, GET_TOKENS_SQL, planTokensBlob, primeStoredTokens, PUT_TOKENS_SQL, tokenizerId } from './plan-tokens.js';
import { VersionStore } from './versions.js';

/** Longest run of vector refreshes between two turns of the host's event loop (ms). */
export const REFRESH_SLICE_MS = 25;

/** One turn of the host's event loop (timers, I/O, other calls), then go on. */
export const yieldToHost = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class CompareStore {
  /** Snapshots of plans (plan_versions). */
  readonly versions: VersionStore;
  /** The row number plan_vectors' rows change with: SQLite's rowid, PostgreSQL's identity (its 003). */
  private readonly rowid: string;

  constructor(
    private readonly db: Db,
    versions: VersionStore = new VersionStore(db),
  ) {
    this.versions = versions;
    this.rowid = db.kind === 'sqlite' ? 'rowid' : 'seq';
  }

  private readonly docs = new Map<string, { revision: number; doc: PlanDoc }>();

  /**
   * The stored plan, the same object while its revision is unchanged, so shared/compare's per-document cache
   * (tokens, vectors) is reused across calls (pin, unpin, compare again). Small LRU.
   */
  async plan(planId: string): Promise<PlanDoc> {
    const revision = await this.db.plans.revisionOf(planId);
    const hit = this.docs.get(planId);
    if (hit && hit.revision === revision) {
      this.docs.delete(planId);
      this.docs.set(planId, hit);
      return hit.doc;
    }
    const stored = await this.db.plans.getStored(planId);
    const { revision: rev, ...doc } = stored;
    await this.primeTokens(planId, rev, doc);
    this.docs.set(planId, { revision: rev, doc });
    if (this.docs.size > 8) this.docs.delete(this.docs.keys().next().value!);
    return doc;
  }

  /**
   * Before a stored plan is compared: its stored tokens to the tokeniser. A plan without tokens fit for it (none,
   * stale, cut by another tokenizer) waits in `unstored` until the comparison that asked for it succeeds
   * (storeTokens: a failed call leaves the library as it was).
   */
  private async primeTokens(planId: string, revision: number, doc: PlanDoc): Promise<void> {
    const row = await this.db.sql.get<{ tokenizer: string; lines: Buffer }>(GET_TOKENS_SQL, [planId, tokenizerId()]);
    if (primeStoredTokens(doc, row)) this.unstored.delete(planId);
    else this.unstored.set(planId, { revision, doc });
  }
  private readonly unstored = new Map<string, { revision: number; doc: PlanDoc }>();

  /**
   * Store the tokens of the plans read without them (after a successful comparison: their lines are tokenised by
   * now, so this costs little); `store` false only forgets them. A failed write is only a missed cache (a read-only library, a plan deleted
   * meanwhile): the next compare tries again.
   */
  async storeTokens(store = true): Promise<void> {
    const todo = [...this.unstored];
    this.unstored.clear();
    if (!store) return;
    for (const [planId, { revision, doc }] of todo) {
      try {
        const blob = planTokensBlob(doc);
        await this.db.transaction(async () => {
          // a save since this plan was read stored its own tokens: these would put the row back to the old revision
          const now = await this.db.sql.get<{ revision: number }>(`SELECT revision FROM plans WHERE id = ?`, [planId]);
          if (!now || Number(now.revision) !== revision) return;
          await this.db.sql.run(PUT_TOKENS_SQL, [planId, revision, tokenizerId(), blob]);
          await this.db.sql.run(DROP_STALE_TOKENS_SQL, [planId, revision]);
        });
      } catch {
        // a cache: nothing lost
      }
    }
  }

  async getPins(leftId: string, rightId: string): Promise<Pin[]> {
    const r = await this.db.sql.get<{ pins: string }>(`SELECT pins FROM compare_pins WHERE left_id = ? AND right_id = ?`, [leftId, rightId]);
    return r ? JSON.parse(r.pins) : [];
  }

  async setPins(leftId: string, rightId: string, pins: Pin[]): Promise<void> {
    await this.db.plans.revisionOf(leftId);
    await this.db.plans.revisionOf(rightId);
    if (pins.length) {
      await this.db.sql.run(
        `INSERT INTO compare_pins (left_id, right_id, pins, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(left_id, right_id) DO UPDATE SET pins = excluded.pins, updated_at = excluded.updated_at`,
        [leftId, rightId, JSON.stringify(pins), new Date().toISOString()],
      );
    } else {
      await this.db.sql.run(`DELETE FROM compare_pins WHERE left_id = ? AND right_id = ?`, [leftId, rightId]);
    }
  }

  /**
   * Every term of compare_terms, read after the vectors are refreshed and outside any transaction (ids only grow:
   * a refresh reads the new ones), for the index's lookups of query terms.
   */
  private readonly terms = new Map<string, number>();
  private termsUpTo = 0;

  private async readTerms(): Promise<void> {
    const read = async () => {
      const rows = await this.db.sql.all<{ id: number; term: string }>(`SELECT id, term FROM compare_terms WHERE id > ? ORDER BY id`, [this.termsUpTo]);
      for (const r of rows) {
        this.terms.set(r.term, r.id);
        this.termsUpTo = r.id;
      }
    };
    await read();
    // PostgreSQL hands out identities before commit, so a term with a smaller id can commit after larger ones were
    // read: when the count says terms are missing, read them all again
    const { n } = (await this.db.sql.get<{ n: number }>(`SELECT count(*) AS n FROM compare_terms`))!;
    if (Number(n) !== this.terms.size) {
      this.termsUpTo = 0;
      await read();
    }
  }

  /** Ids of the given terms in compare_terms as read by readTerms (unknown terms are left out). */
  private readonly termIds = (terms: readonly string[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const t of terms) {
      const id = this.terms.get(t);
      if (id !== undefined) out.set(t, id);
    }
    return out;
  };

  /**
   * Store a plan's task vectors: new terms into compare_terms, the vectors packed (one transaction). Nothing when the
   * plan was saved again since `revision` was read (that save stores its own; an older row must not replace it).
   */
  private putVectors(planId: string, revision: number, vectors: PlanVectors, tokens: Buffer): Promise<void> {
    const { db } = this;
    return db.transaction(async () => {
      const now = await db.sql.get<{ revision: number }>(`SELECT revision FROM plans WHERE id = ?`, [planId]);
      if (!now || now.revision !== revision) return;
      // in one order for every writer: two transactions inserting overlapping new terms cannot wait on each other
      const terms = [...vectorTerms(vectors)].sort();
      const sqlite = db.kind === 'sqlite';
      const list = sqlite ? JSON.stringify(terms) : terms;
      if (sqlite) await db.sql.run(`INSERT INTO compare_terms (term) SELECT value FROM json_each(?) WHERE true ON CONFLICT (term) DO NOTHING`, [list]);
      else await db.sql.run(`INSERT INTO compare_terms (term) SELECT unnest(?::text[]) ON CONFLICT (term) DO NOTHING`, [list]);
      const rows = await db.sql.all<{ id: number; term: string }>(
        sqlite ? `SELECT id, term FROM compare_terms WHERE term IN (SELECT value FROM json_each(?))` : `SELECT id, term FROM compare_terms WHERE term = ANY(?::text[])`,
        [list],
      );
      const ids = new Map(rows.map((r) => [r.term, r.id]));
      const packed = packVectors(vectors, ids);
      const blob = Buffer.from(packed.terms.buffer, packed.terms.byteOffset, packed.terms.byteLength);
      await db.sql.run(
        `INSERT INTO plan_vectors (plan_id, revision, tasks, terms) VALUES (?, ?, ?, ?)
         ON CONFLICT(plan_id) DO UPDATE SET revision = excluded.revision, tasks = excluded.tasks, terms = excluded.terms`,
        [planId, revision, JSON.stringify(packed.tasks), blob],
      );
      await db.sql.run(PUT_TOKENS_SQL, [planId, revision, tokenizerId(), tokens]);
      await db.sql.run(DROP_STALE_TOKENS_SQL, [planId, revision]);
    });
  }

  /**
   * Store the task vectors and the tokens of one plan (after a save or an import). `pause` (plan.save: yieldToHost)
   * runs between the read, the vectors, the tokens and the write, so the host's event loop turns between those
   * steps (tens of milliseconds each at 2,000 tasks). A save committed meanwhile is no harm: the vectors go with
   * the revision they were computed from, and a stale row is computed again when next needed (refreshVectors).
   */
  async updateVectors(planId: string, pause?: () => Promise<void>): Promise<void> {
    const { revision, ...doc } = await this.db.plans.getStored(planId);
    await pause?.();
    const vectors = taskVectors(doc);
    await pause?.();
    const tokens = planTokensBlob(doc);
    await pause?.();
    await this.putVectors(planId, revision, vectors, tokens);
  }

  /**
   * Compute the vectors of every plan whose row is missing or stale. Returns how many were computed. A library of
   * thousands of plans without vectors (an old library, a restore, plans added by the CLI) takes seconds to tens of
   * seconds: the host's event loop gets a turn whenever a slice of REFRESH_SLICE_MS has passed, so the window and
   * the other calls keep being answered (each plan's read, vectors and write stay one step: a call that runs in
   * between sees either its old row or its new one).
   */
  async refreshVectors(): Promise<number> {
    // one refresh at a time (two comparisons asking at once would compute the same plans twice)
    while (this.refreshing) await this.refreshing.catch(() => undefined);
    const run = this.refreshStale();
    this.refreshing = run;
    try {
      return await run;
    } finally {
      this.refreshing = null;
    }
  }
  private refreshing: Promise<number> | null = null;

  private async refreshStale(): Promise<number> {
    const stale = await this.db.sql.all<{ id: string; revision: number }>(
      `SELECT p.id, p.revision FROM plans p LEFT JOIN plan_vectors v ON v.plan_id = p.id
       WHERE p.trashed_at IS NULL AND (v.revision IS NULL OR v.revision <> p.revision)`,
    );
    let slice = performance.now();
    for (const { id } of stale) {
      if (performance.now() - slice > REFRESH_SLICE_MS) {
        await yieldToHost();
        slice = performance.now();
      }
      try {
        await this.updateVectors(id);
      } catch (e) {
        if ((e as { code?: string }).code !== 'not-found') throw e; // deleted meanwhile
      }
    }
    return stale.length;
  }

  private index: { sig: string; index: LibraryIndex } | null = null;
  /** Packed vectors read so far, by plan id, with the row (rowid, revision) they came from. */
  private readonly packed = new Map<string, { rowid: number; revision: number; entry: PackedEntry }>();

  /**
   * The inverted index over every plan's task vectors: refreshed vectors first, then built once and kept until
   * a plan is added, saved or deleted (the signature of plan_vectors changes). A rebuild reads only the rows
   * that changed since the last one; the index itself is flat arrays built in one pass over the packed vectors.
   */
  async libraryIndex(): Promise<LibraryIndex> {
    await this.refreshVectors();
    await this.readTerms();
    const { db, rowid } = this;
    const s = (await db.sql.get<{ n: number; r: number; m: number | null }>(
      `SELECT count(*) AS n, coalesce(sum(revision), 0) AS r, max(${rowid}) AS m FROM plan_vectors`,
    ))!;
    // the trash's plans are left out: a plan trashed or restored changes the signature (a trash always takes a newer
    // time, so the same count and latest time after restores only is the same set)
    const t = (await db.sql.get<{ n: number; at: string | null }>(`SELECT count(*) AS n, max(trashed_at) AS at FROM plans WHERE trashed_at IS NOT NULL`))!;
    const sig = `${s.n}:${s.r}:${s.m}:${t.n}:${t.at}`;
    if (this.index && this.index.sig === sig) return this.index.index;
    const rows = await db.sql.all<{ rowid: number; plan_id: string; revision: number; title: string; district: string | null }>(
      `SELECT v.${rowid} AS rowid, v.plan_id, v.revision, p.title, p.district FROM plan_vectors v JOIN plans p ON p.id = v.plan_id WHERE p.trashed_at IS NULL ORDER BY v.${rowid}`,
    );
    const live = new Set<string>();
    const entries: PackedEntry[] = [];
    let slice = performance.now();
    for (const r of rows) {
      if (performance.now() - slice > REFRESH_SLICE_MS) {
        await yieldToHost();
        slice = performance.now();
      }
      const rowNo = Number(r.rowid);
      live.add(r.plan_id);
      let hit = this.packed.get(r.plan_id);
      if (!hit || hit.rowid !== rowNo || hit.revision !== r.revision) {
        const data = await db.sql.get<{ tasks: string; terms: Buffer }>(`SELECT tasks, terms FROM plan_vectors WHERE ${rowid} = ?`, [r.rowid]);
        if (!data) continue; // deleted meanwhile
        hit = { rowid: rowNo, revision: r.revision, entry: { planId: r.plan_id, title: r.title, district: r.district, tasks: JSON.parse(data.tasks) as PackedTask[], terms: int32s(data.terms) } };
        this.packed.set(r.plan_id, hit);
      } else if (hit.entry.title !== r.title || hit.entry.district !== r.district) {
        hit.entry = { ...hit.entry, title: r.title, district: r.district };
      }
      entries.push(hit.entry);
    }
    for (const id of [...this.packed.keys()]) if (!live.has(id)) this.packed.delete(id);
    this.index = { sig, index: new LibraryIndex(entries, this.termIds) };
    return this.index.index;
  }
}

/**
 * The int32s of a blob, copied into a plain Int32Array: element access on a view into a Buffer's memory is
 * several times slower in V8, and the index walks every element.
 */
function int32s(b: Buffer): Int32Array {
  const out = new Int32Array(b.byteLength >> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}
