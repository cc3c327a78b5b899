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
 * What it costs: a phrase's entry is built on its second search in a generation (the first is answered by FTS5 as
 * before, so a one-off search costs no more than it did), by one FTS5 statement over all its rows (~2–4 µs a row:
 * bm25 reads each row's size) and one over its heading rows; phrases on more than PHRASE_MAX_ROWS rows are not
 * kept. 12 bytes a row; all entries are dropped when they hold more than TOTAL_MAX_ROWS rows. A filter clause's
 * bitmap is one bit per rowid (16 KB at 128,000 nodes), read from its facet tokens on first use.
 */
import type Database from 'better-sqlite3';

/** A phrase held by more rows than this is left to FTS5 (building its entry costs ~2–4 µs a row). */
export const PHRASE_MAX_ROWS = 30_000;
const TOTAL_MAX_ROWS = 1_500_000;
const MAX_BITMAPS = 256;
const MAX_TEXTS = 100_000;

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
  private maxRowid = 0;
  private readonly uses = new Map<string, number>();
  private readonly phrases = new Map<string, PhraseRows>();
  private phraseRows = 0;
  private readonly bitmaps = new Map<string, Uint32Array>();
  /** Hits' ancestor paths (plan id, NUL, parent node id → labels) and headings by rowid, read before. */
  readonly paths = new Map<string, string[]>();
  readonly headings = new Map<number, string>();
  private readonly stmts;
  /** PHRASE_MAX_ROWS; lower in tests, so that a small library has phrases that are not kept. */
  maxRows = PHRASE_MAX_ROWS;

  constructor(db: Database.Database) {
    this.stmts = {
      generation: db.prepare(`SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v`),
      maxRowid: db.prepare(`SELECT max(rowid) FROM nodes`).pluck(),
      count: db.prepare(`SELECT count(*) FROM node_fts WHERE node_fts MATCH ?`).pluck(),
      scored: db.prepare(`SELECT rowid, bm25(node_fts, 10.0, 1.0, 0.0) FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid DESC`).raw(),
      rowids: db.prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid DESC`).pluck(),
      facetRows: db.prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ?`).pluck(),
    };
  }

  /** Drops everything when the library was written since the last search. Call inside the search's transaction. */
  refresh(): void {
    const g = this.stmts.generation.get() as { c: number; v: number };
    const generation = `${g.c} ${g.v}`;
    if (generation === this.generation) return;
    this.uses.clear();
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
   * in this generation (counted; FTS5 answers), or it is held by too many rows.
   */
  phrase(phrase: string): PhraseRows | undefined {
    const have = this.phrases.get(phrase);
    if (have) return have;
    const uses = (this.uses.get(phrase) ?? 0) + 1;
    if (this.uses.size >= 10_000) this.uses.clear();
    this.uses.set(phrase, uses);
    if (uses !== 2) return undefined;
    if ((this.stmts.count.get(`{h b}: ${phrase}`) as number) > this.maxRows) return undefined;
    const scored = this.stmts.scored.all(`{h b}: ${phrase}`) as Array<[number, number]>;
    const n = scored.length;
    const rows = new Int32Array(n);
    const share = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      rows[i] = scored[i][0];
      share[i] = -scored[i][1];
    }
    // heading rows are a subset, newest first too: one merge
    const heading = new Uint8Array(n);
    const inHeading = this.stmts.rowids.all(`h: ${phrase}`) as number[];
    for (let i = 0, j = 0; j < inHeading.length; j++) {
      while (i < n && rows[i] > inHeading[j]) i++;
      if (i < n && rows[i] === inHeading[j]) heading[i] = 1;
    }
    if (this.phraseRows + n > TOTAL_MAX_ROWS) {
      this.phrases.clear();
      this.phraseRows = 0;
    }
    const entry = { rows, share, heading };
    this.phrases.set(phrase, entry);
    this.phraseRows += n;
    return entry;
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
