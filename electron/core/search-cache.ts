/**
 * What a search learns from FTS5 and can use again until the library is written (./search.ts): per query phrase,
 * every row that holds it (newest first), its share of FTS5's bm25 score there and whether it is in the heading;
 * per filter clause (district, kind, department, plan, status, years), the rows it admits as a bitmap. With both,
 * a search whose phrases are known is a walk over sorted arrays: no FTS5 statement, no bm25 set-up (FTS5 counts
 * every phrase of the query over the whole library before it scores a row, 1–6 ms at 2,000 plans), no posting-list
 * intersection with the filters' facet tokens.
 *
 * The same results as asking FTS5: a row's share of a phrase is FTS5's own number (x = −bm25 of the phrase alone,
 * read from FTS5), and FTS5's score of a query of several phrases is −1.0 · (x₁ + x₂ + …) in the order of the
 * phrases (fts5_aux.c sums idfᵢ·…/… over the phrases from 0.0 and negates; the facet phrases add 0 — their column
 * weighs 0). A phrase's idf counts its rows over the whole library and its frequency in a row is its instances in
 * that row, whatever else the query holds; D and avgdl are the row's and the library's.
 *
 * Kept per write generation: this connection's total_changes() and PRAGMA data_version (which moves when another
 * connection commits), read inside the search's transaction; any write drops everything. Not used inside a
 * caller's transaction (a rolled-back write leaves total_changes() moved on but the rows as before).
 *
 * What it costs: a phrase's entry is wanted on its second search in a generation (the first two are answered by
 * FTS5 as before, so a one-off search costs no more than it did) and built after that answer (./search.ts schedule:
 * buildStep, one slice of SLICE_ROWS rows per turn of the event loop, each its own read transaction; a write between
 * two slices drops the entry), by FTS5 statements over its rows (~2–4 µs a row: bm25 reads each row's size, and
 * counts the phrase over the library once a slice) and one over its heading rows; phrases on more than
 * PHRASE_MAX_ROWS rows are not kept. 12 bytes a row; all entries are dropped when they hold more than TOTAL_MAX_ROWS
 * rows. A filter clause's bitmap is one bit per rowid (16 KB at 128,000 nodes), read from its facet tokens on first
 * use.
 */
import type Database from 'better-sqlite3';

/** A phrase held by more rows than this is left to FTS5 (building its entry costs ~2–4 µs a row). */
export const PHRASE_MAX_ROWS = 30_000;
const TOTAL_MAX_ROWS = 1_500_000;
const MAX_BITMAPS = 256;
const MAX_TEXTS = 100_000;
/** Rows of a phrase read by one buildStep (~2–4 µs a row, plus FTS5's count of the phrase for bm25). */
export const SLICE_ROWS = 4096;
/** Most entries waiting to be built. */
const MAX_WANTED = 64;

export interface PhraseRows {
  /** Rows holding the phrase in heading or body, newest (highest rowid) first. */
  rows: Int32Array;
  /** Per row: the phrase's share of FTS5's bm25 (−score of the phrase alone), FTS5's float. */
  share: Float64Array;
  /** Per row: 1 when the phrase is in the heading. */
  heading: Uint8Array;
}

export class SearchCache {
  private generation = '';
  /** The write generation refresh() read last (search.ts IndexStats compares its own with it). */
  current = '';
  private maxRowid = 0;
  private readonly uses = new Map<string, number>();
  private readonly phrases = new Map<string, PhraseRows>();
  private phraseRows = 0;
  /** Phrases searched twice in this generation whose entries are not built yet, oldest first. */
  private readonly wanted: string[] = [];
  /** The entry buildStep is filling (its rows newest first, `filled` of them so far). */
  private building: { phrase: string; rows: Int32Array; share: Float64Array; filled: number } | null = null;
  private readonly bitmaps = new Map<string, Uint32Array>();
  /** Hits' ancestor paths (plan id, NUL, parent node id → labels) and headings by rowid, read before. */
  readonly paths = new Map<string, string[]>();
  readonly headings = new Map<number, string>();
  private readonly stmts;
  /** PHRASE_MAX_ROWS; lower in tests, so that a small library has phrases that are not kept. */
  maxRows = PHRASE_MAX_ROWS;
  /** SLICE_ROWS; lower in tests, so that the seeds' phrases take several steps. */
  sliceRows = SLICE_ROWS;
  /** MAX_WANTED; lower in tests. */
  maxWanted = MAX_WANTED;
  /** Phrases of this generation whose entries are not kept (on too many rows, or read short): not wanted again. */
  private readonly notKept = new Set<string>();

  /**
   * `ownChanges`: changes in total_changes() that are not writes of the library (search.ts IndexStats empties a log of
   * its own in the temp schema), taken off it.
   */
  constructor(db: Database.Database, private readonly ownChanges: () => number = () => 0) {
    this.stmts = {
      generation: db.prepare(`SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v`),
      maxRowid: db.prepare(`SELECT max(rowid) FROM nodes`).pluck(),
      count: db.prepare(`SELECT count(*) FROM node_fts WHERE node_fts MATCH ?`).pluck(),
      // a slice of a phrase's rows below a rowid, newest first (FTS5 seeks to the bound); bm25 counts the phrase
      // over the whole library in each statement, so the shares are the whole query's
      scoredBelow: db.prepare(
        `SELECT rowid, bm25(node_fts, 10.0, 1.0, 0.0) FROM node_fts WHERE node_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?`,
      ).raw(),
      rowids: db.prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid DESC`).pluck(),
      facetRows: db.prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ?`).pluck(),
    };
  }

  /** Drops everything when the library was written since the last search. Call inside the search's transaction. */
  refresh(): void {
    const g = this.stmts.generation.get() as { c: number; v: number };
    const generation = `${g.c - this.ownChanges()} ${g.v}`;
    this.current = generation;
    if (generation === this.generation) return;
    this.uses.clear();
    this.wanted.length = 0;
    this.notKept.clear();
    this.building = null;
    this.phrases.clear();
    this.phraseRows = 0;
    this.bitmaps.clear();
    this.paths.clear();
    this.headings.clear();
    this.maxRowid = (this.stmts.maxRowid.get() as number | null) ?? 0;
    this.generation = generation;
  }

  /**
   * The rows of a phrase (an FTS5 phrase such as `"区科 科委"`), or undefined when it is not kept: its first search
   * in this generation (counted; FTS5 answers), its second or a later one (counted, and its entry is wanted: built
   * later by buildStep, off the search's path, unless MAX_WANTED are waiting), an entry not built yet, or a phrase
   * held by too many rows.
   */
  phrase(phrase: string): PhraseRows | undefined {
    const have = this.phrases.get(phrase);
    if (have) return have;
    const uses = (this.uses.get(phrase) ?? 0) + 1;
    if (this.uses.size >= 10_000) this.uses.clear();
    this.uses.set(phrase, uses);
    // from its second search on, while it is not kept (a phrase met when the list was full is wanted at its next search)
    if (uses >= 2 && this.wanted.length < this.maxWanted && !this.notKept.has(phrase) && !this.wanted.includes(phrase)) this.wanted.push(phrase);
    return undefined;
  }

  /** Whether an entry is wanted and not built yet (buildStep has work). */
  get pending(): boolean {
    return this.wanted.length > 0;
  }

  /**
   * One step of building the wanted entries, at most about SLICE_ROWS rows of FTS5 work: the next slice of the
   * oldest wanted phrase (its rows newest first, FTS5's bm25 of the phrase alone; then its heading rows). Call
   * inside a read transaction, after refresh() (a write since the entry was started drops it with everything).
   * An entry is kept only when complete.
   */
  buildStep(): void {
    const phrase = this.wanted[0];
    if (phrase === undefined) return;
    let b = this.building;
    if (!b || b.phrase !== phrase) {
      const n = this.stmts.count.get(`{h b}: ${phrase}`) as number;
      if (n > this.maxRows || this.phrases.has(phrase)) {
        if (n > this.maxRows) this.remember(phrase);
        this.wanted.shift();
        return;
      }
      b = this.building = { phrase, rows: new Int32Array(n), share: new Float64Array(n), filled: 0 };
      if (n === 0) return this.finish(b);
    }
    const below = b.filled ? b.rows[b.filled - 1] : this.maxRowid + 1;
    const slice = this.stmts.scoredBelow.all(`{h b}: ${phrase}`, below, Math.min(this.sliceRows, b.rows.length - b.filled)) as Array<[number, number]>;
    for (const [rowid, score] of slice) {
      b.rows[b.filled] = rowid;
      b.share[b.filled] = -score;
      b.filled++;
    }
    // the same snapshot gives the same rows: fewer means something is not as counted, so keep nothing
    if (slice.length === 0 && b.filled < b.rows.length) {
      this.remember(phrase);
      this.building = null;
      this.wanted.shift();
      return;
    }
    if (b.filled === b.rows.length) this.finish(b);
  }

  /** A phrase not to want again in this generation (at most as many as `uses` counts, then the list starts again). */
  private remember(phrase: string): void {
    if (this.notKept.size >= 10_000) this.notKept.clear();
    this.notKept.add(phrase);
  }

  /** The heading flags of a fully read entry; keeps it. */
  private finish(b: { phrase: string; rows: Int32Array; share: Float64Array }): void {
    const { rows, share } = b;
    const n = rows.length;
    // heading rows are a subset, newest first too: one merge
    const heading = new Uint8Array(n);
    const inHeading = this.stmts.rowids.all(`h: ${b.phrase}`) as number[];
    for (let i = 0, j = 0; j < inHeading.length; j++) {
      while (i < n && rows[i] > inHeading[j]) i++;
      if (i < n && rows[i] === inHeading[j]) heading[i] = 1;
    }
    if (this.phraseRows + n > TOTAL_MAX_ROWS) {
      this.phrases.clear();
      this.phraseRows = 0;
    }
    this.phrases.set(b.phrase, { rows, share, heading });
    this.phraseRows += n;
    this.building = null;
    this.wanted.shift();
  }

  /** Forgets the wanted entries (a build step failed: they are wanted again after two more searches). */
  abandon(): void {
    this.building = null;
    this.wanted.length = 0;
    this.uses.clear();
  }

  /** The rows a filter clause (an FTS5 expression over the facet column, e.g. `dabc…` or `(ktask OR kitem)`) admits. */
  facet(clause: string): Uint32Array {
    let bits = this.bitmaps.get(clause);
    if (!bits) {
      bits = new Uint32Array((this.maxRowid >>> 5) + 1);
      for (const r of this.stmts.facetRows.all(`f: ${clause}`) as number[]) {
        // a row above max(rowid) of this snapshot cannot exist; guard anyway
        if (r <= this.maxRowid) bits[r >>> 5] |= 1 << (r & 31);
      }
      if (this.bitmaps.size >= MAX_BITMAPS) this.bitmaps.clear();
      this.bitmaps.set(clause, bits);
    }
    return bits;
  }

  /** Drops the kept paths and headings when there are many (each a few dozen bytes). */
  trim(): void {
    if (this.paths.size > MAX_TEXTS) this.paths.clear();
    if (this.headings.size > MAX_TEXTS) this.headings.clear();
  }

  /** Rowids above this cannot be in a bitmap (nor in the library, in this generation). */
  get rowidLimit(): number {
    return this.maxRowid;
  }
}

/** Whether bit `r` is set in every bitmap. */
export function admitted(bitmaps: readonly Uint32Array[], r: number): boolean {
  const w = r >>> 5;
  const m = 1 << (r & 31);
  for (const b of bitmaps) if (w >= b.length || (b[w] & m) === 0) return false;
  return true;
}
