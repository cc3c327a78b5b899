/**
 * Search over the library's full-text index (node_fts, see ./textindex.ts): the query passes, the filters as FTS
 * facets or row tests, ranking and hits with paths and snippets. Library.search (./library.ts) calls it; plain Node.
 * A phrase searched twice since the last write is kept (./search-cache.ts: built after the second answer, a slice per
 * turn of the event loop) and then answered from what FTS5 told, with the filters as bitmaps (fromCache): the same
 * hits, order and scores without an FTS5 statement.
 */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../../shared/api/contract.js';
import type { SearchFilters } from './library.js';
import { label, type HitRow, type PlanRow } from './library-rows.js';
import { facet, ftsQuery, MAX_PERIOD_YEARS, needles, normalizedText, prefixSnippet, snippet, termText } from './textindex.js';
import { BM25_WEIGHTS, bm25Score, idfArgument, idfFromLn, termFrequency } from './bm25.js';
import { admitted, SearchCache, type PhraseRows } from './search-cache.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/**
 * Ranking budget. bm25 costs ~1 µs per matching row, so ranking all 144,000 nodes that
 * contain 建设 in a 2,000-plan library takes >100 ms. Candidates are therefore the
 * RANK_CANDIDATES newest matching nodes (FTS5 walks rowids backwards and stops), ranked
 * by bm25; heading hits come first, from a separate pass over the newest
 * HEADING_CANDIDATES heading matches. Below these caps (after filters) ranking is exact.
 * The hit SET is never capped by this: every returned hit matches, and a query with
 * fewer matches than `limit` returns all of them.
 */
export const RANK_CANDIDATES = 2000;
/** Heading hits considered for the first places (newest first). */
export const HEADING_CANDIDATES = 300;
/**
 * A search narrowed by a district, plan or department ranks up to this many matches itself (rankNarrow; fewer for
 * rarer phrases) instead of asking FTS5's bm25, which counts every query phrase over the whole library first
 * (3–6 ms for a frequent word, whatever the filters). Above it FTS5 ranks, as before.
 */
export const NARROW_RANK_MAX = 300;
/**
 * Matches rankNarrow reads beyond its cap when it comes first (a department filter): it then also saves FTS5's bm25
 * set-up, ~1 ms at 2,000 plans. 50 while a match cost 10–25 µs to read and normalise (then 区科委's 275 in one
 * district's tasks took longer to read than FTS5 took to rank them); 100 since most texts are counted without being
 * normalised (termText, ~10 µs a match): 区科委 there 1–11 % less CPU at p50 (three runs alternating with 50).
 */
const ROWS_FIRST_EXTRA = 100;
/** Most rows fromKeptAndTexts reads (~10–20 µs each). */
const KEPT_TEXTS_MAX = 120;
/** Characters of a hit's body read first (see hits). */
const BODY_PREFIX = 1500;
/** Terms rankNarrow can count exactly as FTS5 does: two or more units, Han (BMP), ASCII digits and letters. */
const NARROW_TERM = /^[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]{2,}$/;
/** NARROW_TERM terms of Han only (termText: then A–Z and other characters normalised to no Han need no normalising). */
const HAN_TERM = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

export class LibrarySearch {
  private readonly stmts;
  private readonly stats: IndexStats;
  private readonly cache: SearchCache;
  /** The next build step (see settleStep), when one is scheduled. */
  private timer: { immediate: ReturnType<typeof setImmediate> } | { timeout: ReturnType<typeof setTimeout> } | null = null;
  private closed = false;
  /** ROWS_FIRST_EXTRA (tests lower it, to have rankNarrow leave many matches to FTS5 on a small library). */
  rowsFirstExtra = ROWS_FIRST_EXTRA;

  /**
   * `mergeChanges`: this connection's total_changes() made by the index's merge steps (./fts-merge.ts) — they move
   * segments, not rows, so they are not writes of the library for the cache or the statistics.
   */
  constructor(private readonly db: Database.Database, mergeChanges: () => number = () => 0) {
    this.stats = new IndexStats(db, mergeChanges);
    this.cache = new SearchCache(db, () => this.stats.ownChanges + mergeChanges());
    this.stmts = {
      // a plan's years are indexed from its start for at most MAX_PERIOD_YEARS (library-rows.ts), so no year past
      // that can match: the range stays bounded when a plan ends in a far-off year (a typo such as 2025–20255)
      periodRange: db.prepare(`SELECT min(period_start) AS lo, max(min(period_end, period_start + ${MAX_PERIOD_YEARS - 1})) AS hi FROM plans`),
      // title and district only: read whole (report, metadata: ~1.5 KB of JSON text) the 50 plans of a
      // district-filtered search's hits took ~1 ms
      planHead: db.prepare(`SELECT title, district FROM plans WHERE id = ?`),
      nodeById: db.prepare(
        `SELECT plan_id, node_id, parent_id, kind, number, heading, body FROM nodes WHERE rowid = ?`,
      ),
      // a hit's body up to BODY_PREFIX characters (code points): a long body's snippet is usually decided by its
      // start, and reading 6,000-character appendix bodies whole was about half of the cost of their hits
      nodeHead: db.prepare(
        `SELECT plan_id, node_id, parent_id, kind, number, heading, substr(body, 1, ${BODY_PREFIX}) AS body,
                length(body) > ${BODY_PREFIX} AS cut FROM nodes WHERE rowid = ?`,
      ),
      nodeTexts: db.prepare(
        `SELECT n.rowid AS rowid, n.heading AS heading, n.body AS body, s.sz AS sz FROM nodes n JOIN node_fts_docsize s ON s.id = n.rowid
         WHERE n.rowid IN (SELECT value FROM json_each(?))`,
      ),
      headings: db.prepare(`SELECT rowid, heading FROM nodes WHERE rowid IN (SELECT value FROM json_each(?))`),
      nodeForPath: db.prepare(`SELECT parent_id, number, heading FROM nodes WHERE plan_id = ? AND node_id = ?`),
    };
  }

  /**
   * Full-text search over node headings and bodies, ranked by bm25 with heading hits weighted above body hits.
   * Every term of the query must occur in a node (substring semantics, see textindex.ts). When a long
   * run of Chinese finds nothing as one phrase ("养老服务平台建设"), it is cut into words with
   * Intl.Segmenter and searched again with each word as a term, so words that stand apart in the text
   * still find their paragraph.
   */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    // One read transaction: every query of the search sees the same snapshot (WAL), so a plan another process
    // deletes meanwhile cannot leave a candidate row without its node (found by the soak run).
    // Inside a caller's transaction this connection may hold FTS5 writes whose totals are not on disk yet: FTS5 ranks.
    const ownRanking = !this.db.inTransaction;
    const out = this.db.transaction(() => {
      if (ownRanking) {
        this.cache.refresh();
        this.stats.begin(this.cache.current);
        this.cache.trim();
      }
      const hits = this.searchTerms(query, filters, ownRanking);
      if (hits.length) return hits;
      const words = segmentQuery(query);
      return words && words.join(' ') !== query.trim() ? this.searchTerms(words.join(' '), filters, ownRanking) : hits;
    })();
    // a phrase searched the second time since the last write: its entry is built after this answer, in steps
    if (ownRanking && this.cache.pending) this.schedule();
    return out;
  }

  /**
   * Builds what SearchCache was asked to keep, one step (about SLICE_ROWS rows of FTS5 work, 5–15 ms) per turn of the
   * event loop, after the answer that asked for it has been returned: the host is single-threaded, so a request that
   * arrives meanwhile waits for the step in progress, never for a whole build. Unref'd: it never keeps a process
   * alive (a one-shot command exits without building).
   */
  private schedule(): void {
    if (this.timer || this.closed) return;
    const run = () => {
      this.timer = null;
      if (this.closed) return;
      // a caller holds a transaction across turns of the event loop: try again a little later
      if (this.db.inTransaction) {
        this.timer = { timeout: setTimeout(run, 20).unref() };
        return;
      }
      if (this.settleStep()) this.schedule();
    };
    this.timer = { immediate: setImmediate(run).unref() };
  }

  /**
   * One build step now, in its own read transaction (the cache checks the write generation first: a write since
   * drops the entry being built). True when more steps are wanted. A step that fails forgets what was wanted.
   */
  settleStep(): boolean {
    if (this.closed || !this.db.open || this.db.inTransaction || !this.cache.pending) return false;
    try {
      this.db.transaction(() => {
        this.cache.refresh();
        this.cache.buildStep();
      })();
    } catch {
      this.cache.abandon();
      return false;
    }
    return this.cache.pending;
  }

  /** Stops scheduled build steps (the library is closing). */
  close(): void {
    this.closed = true;
    this.stats.close();
    if (this.timer && 'immediate' in this.timer) clearImmediate(this.timer.immediate);
    else if (this.timer) clearTimeout(this.timer.timeout);
    this.timer = null;
  }

  private searchTerms(query: string, filters: SearchFilters, ownRanking: boolean): SearchHit[] {
    const q = ftsQuery(query);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(filters.limit ?? DEFAULT_LIMIT)));
    const clauses = this.filterClauses(filters);
    if (clauses === null) return [];
    const f = clauses.length ? ` AND f: (${clauses.join(' AND ')})` : '';
    // No query but a department: the nodes that department leads or works on, in plan order (the library's
    // department filter works without a search term).
    if (!q && filters.department !== undefined && filters.department.trim() !== '') {
      const rows = this.db
        .prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid LIMIT ?`)
        .all(f.replace(/^ AND /, ''), limit) as Array<{ rowid: number }>;
      return this.hits(rows.map((r) => ({ rowid: r.rowid, score: 0 })), [], new Map());
    }
    if (!q) return [];
    const ndls = needles(query);
    // Phrases searched before since the last write: their rows, bm25 shares and heading flags are kept
    // (./search-cache.ts), the filters are bitmaps; the same hits and scores without asking FTS5.
    const known = ownRanking ? this.fromCache(q.phrases, ndls, clauses, limit) : null;
    if (known) return this.hits(known, ndls, this.cache.paths);
    // With a search term, the kind filter is a column test on each FTS match (newest first, so the LIMITs still
    // stop early): as an FTS facet it intersected the posting list of every node of that kind (task: 40 % of the
    // library), about 1 ms per pass at 2,000 plans.
    // A department beside a district or plan is a row test too (an index probe of node_departments per match):
    // the district or plan already narrows the matches, and as a facet the department's long posting list (区科委:
    // a sixth of all nodes) was read by every pass and counted again by bm25. Alone it stays a facet (as a row test
    // it would have to look at every match of the text).
    const deptRow = filters.department !== undefined && (filters.district !== undefined || filters.planId !== undefined);
    const kinds = kindList(filters);
    const fText = kinds || deptRow ? this.filterMatch({ ...filters, kind: undefined, department: deptRow ? undefined : filters.department }) ?? '' : f;
    const join = kinds ? ` CROSS JOIN nodes n ON n.rowid = node_fts.rowid` : '';
    const kindWhere = (kinds ? ` AND n.kind IN (${kinds.map(() => '?').join(', ')})` : '')
      + (deptRow ? ` AND EXISTS (SELECT 1 FROM node_departments d WHERE d.name = ? AND d.node_row = node_fts.rowid)` : '');
    const kindArgs: string[] = [...(kinds ?? []), ...(deptRow ? [filters.department!] : [])];
    const all = q.all + fText;
    // A narrowed search whose matches are few is ranked here (rankNarrow), from one FTS5 statement that finds them
    // all: the heading matches are those whose heading holds a term. With a department filter that statement comes
    // first, in place of the heading pass: the department leaves few matches (区科委 in one district's tasks: 275 at
    // 2,000 plans) and few of them are headings. Without one the heading pass comes first: in one district's tasks
    // it often fills the page alone (养老, 网络安全: 75 and 175 heading matches), when it is all a search reads.
    const narrow = ownRanking && (filters.district !== undefined || filters.planId !== undefined || filters.department !== undefined)
      && ndls.every((t) => NARROW_TERM.test(t));
    const rowsFirst = narrow && filters.department !== undefined;
    // when rankNarrow read all the matches and then left the ranking to FTS5: their heading matches (the heading pass's rows)
    const spare: { heads?: Array<{ rowid: number; heading: string }> } = {};
    if (rowsFirst) {
      const ranked = this.rankNarrow(q.phrases, ndls, all, join, kindWhere, kindArgs, limit, undefined, spare);
      if (ranked) return this.hits(ranked, ndls, this.cache.paths);
    }
    // Pass 1: heading hits — the newest HEADING_CANDIDATES, no bm25 (headings are
    // short): ranked by how much of the heading the query terms cover, then newest first.
    const heads = spare.heads ?? this.db
      .prepare(
        `SELECT n.rowid, n.heading FROM
           (SELECT node_fts.rowid AS rowid FROM node_fts${join} WHERE node_fts MATCH ?${kindWhere} ORDER BY node_fts.rowid DESC LIMIT ?) x
         JOIN nodes n ON n.rowid = x.rowid`,
      )
      .all(q.heading + fText, ...kindArgs, HEADING_CANDIDATES) as Array<{ rowid: number; heading: string }>;
    const scored = heads.map((h) => ({ rowid: h.rowid, score: headingScore(h.heading, ndls) }));
    scored.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    const out: Array<{ rowid: number; score: number }> = scored.slice(0, limit);
    if (out.length < limit) {
      const ranked = narrow && !rowsFirst ? this.rankNarrow(q.phrases, ndls, all, join, kindWhere, kindArgs, limit, heads) : null;
      if (ranked) return this.hits(ranked, ndls, this.cache.paths);
      // Pass 2: everything else, bm25 over the newest RANK_CANDIDATES matches.
      const seen = new Set(heads.map((r) => r.rowid));
      const bodyRows = this.db
        .prepare(
          `SELECT rowid, score FROM (
             SELECT node_fts.rowid AS rowid, bm25(node_fts, ${BM25_WEIGHTS.join(', ')}) AS score FROM node_fts${join}
             WHERE node_fts MATCH ?${kindWhere} ORDER BY node_fts.rowid DESC LIMIT ?)
           ORDER BY score, rowid DESC LIMIT ?`,
        )
        .all(all, ...kindArgs, RANK_CANDIDATES, limit + seen.size) as Array<{ rowid: number; score: number }>;
      for (const r of bodyRows) {
        if (out.length >= limit) break;
        if (seen.has(r.rowid)) continue;
        out.push(r);
      }
    }
    return this.hits(out, ndls, ownRanking ? this.cache.paths : new Map());
  }

  /**
   * Both passes from what SearchCache keeps, or null when a phrase is not kept (or is a one-unit prefix query):
   * the newest HEADING_CANDIDATES heading matches ranked by headingScore, then the newest RANK_CANDIDATES matches by
   * bm25 (−1.0 · the sum of the phrases' shares, FTS5's own arithmetic), newest first on ties — the SQL passes'
   * rules. `phrases` are ftsQuery's (`{h b}: "…"`), `clauses` the filters' facet clauses.
   */
  private fromCache(
    phrases: string[],
    ndls: string[],
    clauses: string[],
    limit: number,
  ): Array<{ rowid: number; score: number }> | null {
    const raw = phrases.map((p) => p.replace(/^\{h b\}: /, ''));
    if (raw.some((p) => p.endsWith('*'))) return null;
    // every phrase counts a use (its entry is wanted on the second, built after that answer), also when another one is not kept
    const entries = raw.map((p) => this.cache.phrase(p));
    if (entries.some((e) => e === undefined)) {
      return entries.some((e) => e !== undefined) && clauses.length ? this.fromKeptAndTexts(phrases, ndls, entries, clauses, limit) : null;
    }
    const lists = entries as PhraseRows[];
    const bitmaps = clauses.map((c) => this.cache.facet(c));
    // walk the shortest list newest first; the others' positions only move forward (all are sorted the same way)
    let d = 0;
    for (let k = 1; k < lists.length; k++) if (lists[k].rows.length < lists[d].rows.length) d = k;
    const drive = lists[d].rows;
    const at = new Array<number>(lists.length).fill(0);
    const heads: number[] = [];
    const ranked: Array<{ rowid: number; score: number }> = [];
    for (let i = 0; i < drive.length; i++) {
      const r = drive[i];
      if (bitmaps.length && !admitted(bitmaps, r)) continue;
      let sum = 0.0;
      let head = 0;
      let all = true;
      for (let k = 0; k < lists.length; k++) {
        const e = lists[k];
        let j = i;
        if (k !== d) {
          j = at[k];
          while (j < e.rows.length && e.rows[j] > r) j++;
          at[k] = j;
          if (j >= e.rows.length || e.rows[j] !== r) { all = false; break; }
        }
        sum += e.share[j];
        head |= e.heading[j];
      }
      if (!all) continue;
      if (head && heads.length < HEADING_CANDIDATES) heads.push(r);
      if (ranked.length < RANK_CANDIDATES) ranked.push({ rowid: r, score: -1.0 * sum });
      else if (heads.length >= HEADING_CANDIDATES) break;
    }
    return this.bothPasses(heads, ranked, ndls, limit);
  }

  /**
   * A filtered search of several terms of which some are kept (SearchCache) and some not (more than PHRASE_MAX_ROWS
   * rows: 智慧 社区, the words of a phrase that found nothing): the rows of the rarest kept phrase the filters admit,
   * when few, are read and every term counted in their normalised heading and body (rankNarrow's rule: exact for
   * NARROW_TERM terms), scored by FTS5's formula from the library's statistics. Null when they are too many.
   */
  private fromKeptAndTexts(
    phrases: string[],
    ndls: string[],
    entries: Array<PhraseRows | undefined>,
    clauses: string[],
    limit: number,
  ): Array<{ rowid: number; score: number }> | null {
    if (!ndls.every((t) => NARROW_TERM.test(t))) return null;
    let d = -1;
    for (let k = 0; k < entries.length; k++) {
      if (entries[k] && (d < 0 || entries[k]!.rows.length < entries[d]!.rows.length)) d = k;
    }
    const bitmaps = clauses.map((c) => this.cache.facet(c));
    const candidates: number[] = [];
    for (const r of entries[d]!.rows) {
      if (!admitted(bitmaps, r)) continue;
      if (candidates.length >= KEPT_TEXTS_MAX) return null;
      candidates.push(r);
    }
    if (!candidates.length) return [];
    const idf = phrases.map((p, i) => this.stats.phrase(p, ndls[i]).idf);
    const texts = this.stmts.nodeTexts.all(JSON.stringify(candidates)) as Array<{ rowid: number; heading: string; body: string; sz: Uint8Array }>;
    if (texts.length !== candidates.length) return null;
    const freq = new Array<number>(ndls.length);
    const matches: Array<{ rowid: number; score: number; head: boolean }> = [];
    const hanOnly = ndls.every((t) => HAN_TERM.test(t));
    for (const t of texts) {
      // counted in termText: the same counts as in the normalised texts (see termText)
      const h = termText(t.heading, hanOnly);
      const b = termText(t.body, hanOnly);
      let head = false;
      let all = true;
      for (let i = 0; i < ndls.length; i++) {
        freq[i] = termFrequency(h, b, ndls[i]);
        // a kept phrase is in every row of its list: a count of 0 means the text is not what FTS5 indexed
        if (freq[i] === 0) {
          if (entries[i]) return null;
          all = false;
          break;
        }
        if (h.includes(ndls[i])) head = true;
      }
      if (all) matches.push({ rowid: t.rowid, score: bm25Score(idf, freq, docTokens(t.sz), this.stats.avgdl), head });
    }
    matches.sort((a, b) => b.rowid - a.rowid);
    const heads = matches.filter((m) => m.head).slice(0, HEADING_CANDIDATES).map((m) => m.rowid);
    const ranked = matches.slice(0, RANK_CANDIDATES).map((m) => ({ rowid: m.rowid, score: m.score }));
    return this.bothPasses(heads, ranked, ndls, limit);
  }

  /** The hits of a search from its heading candidates (newest first) and its ranked candidates, by the SQL passes' rules. */
  private bothPasses(
    heads: number[],
    ranked: Array<{ rowid: number; score: number }>,
    ndls: string[],
    limit: number,
  ): Array<{ rowid: number; score: number }> | null {
    const kept = this.cache.headings;
    const unread = heads.filter((r) => !kept.has(r));
    if (unread.length) {
      for (const h of this.stmts.headings.all(JSON.stringify(unread)) as Array<{ rowid: number; heading: string }>) kept.set(h.rowid, h.heading);
    }
    const scored: Array<{ rowid: number; score: number }> = [];
    for (const r of heads) {
      const heading = kept.get(r);
      if (heading === undefined) return null;
      scored.push({ rowid: r, score: headingScore(heading, ndls) });
    }
    scored.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    const out = scored.slice(0, limit);
    if (out.length < limit) {
      const seen = new Set(heads);
      ranked.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
      const keep = Math.min(ranked.length, limit + seen.size);
      for (let i = 0; i < keep && out.length < limit; i++) if (!seen.has(ranked[i].rowid)) out.push(ranked[i]);
    }
    return out;
  }

  /**
   * Both passes of a narrowed search, ranked here: the matches (few enough, else null and FTS5 ranks as before),
   * each scored by FTS5's bm25 formula (./bm25.ts) from its heading and body, its token count (FTS5's docsize row)
   * and the library's statistics (IndexStats: kept across this connection's writes, brought up to date by the rows
   * written) — the same scores, bit for bit, without FTS5 counting every phrase over the whole library on each query.
   * All matches are read, so the heading matches are those whose normalised heading holds a term (exact for
   * NARROW_TERM terms, as the counts): the heading pass's rows without its statement. Then bothPasses, the SQL passes'
   * rules.
   */
  private rankNarrow(
    phrases: string[],
    ndls: string[],
    match: string,
    join: string,
    where: string,
    args: string[],
    keep: number,
    headRows?: Array<{ rowid: number; heading: string }>,
    spare?: { heads?: Array<{ rowid: number; heading: string }> },
  ): Array<{ rowid: number; score: number }> | null {
    // Reading a match's text costs ~50 times what FTS5 spends per row holding a frequent phrase when it counts it
    // (~7–10 µs against ~0.2 µs): rank here only as many matches as cost less than FTS5's counting would. The
    // matches first (cheap), their text and token counts only when there are few enough. Phrases not counted
    // since the last write are counted only when something matches (FTS5 counts nothing for no match either).
    // counts known before (not after a write: the first count needed reads the write's rows, see IndexStats)
    const known = phrases.map((p) => this.stats.peek(p));
    // In place of the heading pass (`headRows` not given) it also saves that statement and the bm25 pass's set-up
    // (~1–3 ms at 2,000 plans, whatever the phrase): worth about ROWS_FIRST_EXTRA more matches read.
    const extra = headRows ? 0 : this.rowsFirstExtra;
    const cap = (rows: number) => Math.min(NARROW_RANK_MAX, Math.ceil(rows / 50) + extra);
    const limit = known.every((k) => k !== undefined) ? cap(known.reduce((n, k) => n + k!.rows, 0)) : NARROW_RANK_MAX;
    const rows = this.db
      .prepare(`SELECT node_fts.rowid AS rowid FROM node_fts${join} WHERE node_fts MATCH ?${where} ORDER BY node_fts.rowid DESC LIMIT ?`)
      .pluck()
      .all(match, ...args, limit + 1) as number[];
    if (!rows.length) return [];
    if (rows.length > limit) return null;
    // the headings first: when the heading matches fill the page, the matches' bodies and counts are not needed.
    // `headRows`: the heading pass's, when it ran (all heading matches: fewer than the matches, at most 300)
    // counted in termText, not normalizedText: the same counts, without normalising most texts (see termText)
    const hanOnly = ndls.every((t) => HAN_TERM.test(t));
    const heads: number[] = [];
    const headMatches: Array<{ rowid: number; heading: string }> = [];
    for (const h of headRows ?? this.stmts.headings.all(JSON.stringify(rows)) as Array<{ rowid: number; heading: string }>) {
      if (!headRows) {
        const text = termText(h.heading, hanOnly);
        if (!ndls.some((t) => text.includes(t))) continue;
        headMatches.push(h);
      }
      heads.push(h.rowid);
      this.cache.headings.set(h.rowid, h.heading);
    }
    // newest first, as the heading pass reads them (rows come in any order)
    heads.sort((a, b) => b - a);
    if (heads.length >= keep) return this.bothPasses(heads.slice(0, HEADING_CANDIDATES), [], ndls, keep);
    const terms = phrases.map((p, i) => this.stats.phrase(p, ndls[i]));
    if (rows.length > cap(terms.reduce((n, t) => n + t.rows, 0))) {
      // all the matches were read: the newest HEADING_CANDIDATES of their heading matches are the heading pass's
      // rows, which need not be read again
      if (!headRows && spare) spare.heads = headMatches.sort((a, b) => b.rowid - a.rowid).slice(0, HEADING_CANDIDATES);
      return null;
    }
    const idf = terms.map((t) => t.idf);
    // one statement for all of them (a statement per row cost twice as much)
    const texts = this.stmts.nodeTexts.all(JSON.stringify(rows)) as Array<{ rowid: number; heading: string; body: string; sz: Uint8Array }>;
    if (texts.length !== rows.length) return null;
    const freq = new Array<number>(ndls.length);
    const ranked: Array<{ rowid: number; score: number }> = [];
    for (const t of texts) {
      const h = termText(t.heading, hanOnly);
      const b = termText(t.body, hanOnly);
      for (let i = 0; i < ndls.length; i++) {
        freq[i] = termFrequency(h, b, ndls[i]);
        // every match holds every term: a count of 0 means the text is not what FTS5 indexed, so FTS5 ranks
        if (freq[i] === 0) return null;
      }
      ranked.push({ rowid: t.rowid, score: bm25Score(idf, freq, docTokens(t.sz), this.stats.avgdl) });
    }
    return this.bothPasses(heads.slice(0, HEADING_CANDIDATES), ranked, ndls, keep);
  }

  /**
   * Search hits for node rows: plan title, path, and a snippet with the needles marked. `pathCache`: ancestor paths
   * read before (SearchCache's, kept until the next write, outside a caller's transaction; else a new one).
   */
  private hits(out: Array<{ rowid: number; score: number }>, ndls: string[], pathCache: Map<string, string[]>): SearchHit[] {
    const planCache = new Map<string, { title: string; district: string | null }>();
    return out.map(({ rowid, score }) => {
      let r = this.stmts.nodeHead.get(rowid) as HitRow & { cut: number };
      if (r.cut && ndls.length && snippet(r.heading, ndls) === null && prefixSnippet(r.body, ndls) === undefined) {
        r = this.stmts.nodeById.get(rowid) as HitRow & { cut: number };
      }
      let plan = planCache.get(r.plan_id);
      if (!plan) {
        const p = this.stmts.planHead.get(r.plan_id) as Pick<PlanRow, 'title' | 'district'>;
        plan = { title: p.title, district: p.district };
        planCache.set(r.plan_id, plan);
      }
      return searchHit(r, plan, this.ancestorPath(r.plan_id, r.parent_id, pathCache), ndls, score);
    });
  }

  /** Filters as extra FTS5 clauses on the facet column; null when nothing can match. */
  private filterMatch(filters: SearchFilters): string | null {
    const clauses = this.filterClauses(filters);
    if (clauses === null) return null;
    return clauses.length ? ` AND f: (${clauses.join(' AND ')})` : '';
  }

  /** The filters' clauses over the facet column (all must hold); null when nothing can match. */
  private filterClauses(filters: SearchFilters): string[] | null {
    const clauses: string[] = [];
    if (filters.district !== undefined) clauses.push(facet.district(filters.district));
    if (filters.status !== undefined) clauses.push(facet.status(filters.status));
    if (filters.planId !== undefined) clauses.push(facet.plan(filters.planId));
    if (filters.department !== undefined) clauses.push(facet.department(filters.department));
    if (filters.kind !== undefined) {
      const kinds = Array.isArray(filters.kind) ? filters.kind : [filters.kind];
      if (!kinds.length) return null;
      clauses.push(`(${kinds.map(facet.kind).join(' OR ')})`);
    }
    if (filters.periodStart !== undefined || filters.periodEnd !== undefined) {
      // Overlap of [periodStart, periodEnd] with a plan's period ⇔ the plan has a year token in it.
      const { lo, hi } = this.stmts.periodRange.get() as { lo: number | null; hi: number | null };
      if (lo === null || hi === null) return null;
      const a = Math.max(lo, Math.trunc(filters.periodStart ?? lo));
      const b = Math.min(hi, Math.trunc(filters.periodEnd ?? hi));
      if (a > b) return null;
      const years: string[] = [];
      for (let y = a; y <= b; y++) years.push(facet.year(y));
      clauses.push(`(${years.join(' OR ')})`);
    }
    return clauses;
  }

  private ancestorPath(planId: string, parentId: string | null, cache: Map<string, string[]>): string[] {
    if (parentId === null) return [];
    const key = planId + '\u0000' + parentId;
    const cached = cache.get(key);
    if (cached) return cached;
    const row = this.stmts.nodeForPath.get(planId, parentId) as { parent_id: string | null; number: string; heading: string };
    const out = [...this.ancestorPath(planId, row.parent_id, cache)];
    const l = label(row.number, row.heading);
    if (l) out.push(l);
    cache.set(key, out);
    return out;
  }
}

/**
 * The score of a heading hit (lower first): minus the share of the heading the query's needles cover, each
 * occurrence counted once. The SQLite library and the PostgreSQL store (electron/store/pg/search.ts) rank by it.
 */
export function headingScore(heading: string, ndls: string[]): number {
  const t = heading.normalize('NFKC').toLowerCase();
  let covered = 0;
  for (const n of ndls) for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + n.length)) covered += n.length;
  return -covered / Math.max(1, t.length);
}

/**
 * One hit: the node's plan, its path (the ancestors' labels, then its own), the snippet of the field the needles
 * mark (a multi-term query may match terms in different fields: then the body's start). Both stores build hits here.
 */
export function searchHit(
  r: { plan_id: string; node_id: string; kind: SearchHit['kind']; number: string; heading: string; body: string },
  plan: { title: string; district: string | null },
  ancestors: readonly string[],
  ndls: string[],
  score: number,
): SearchHit {
  const path = [...ancestors];
  const own = label(r.number, r.heading);
  if (own) path.push(own);
  const headingSnip = snippet(r.heading, ndls);
  const bodySnip = headingSnip ? null : snippet(r.body, ndls);
  return {
    planId: r.plan_id,
    planTitle: plan.title,
    district: plan.district,
    nodeId: r.node_id,
    kind: r.kind,
    path,
    field: headingSnip ? 'heading' : 'body',
    snippet: headingSnip ?? bodySnip ?? [{ text: r.body.slice(0, 80), hit: false }],
    score,
  };
}

/**
 * Node rows written that IndexStats reads at once (deleted or updated ones in its log, or inserted ones); more (an
 * import) are not read: all is counted again.
 */
const LOG_MAX = 4096;
/** Rows of logged writes kept to bring phrases counted before them up to date (older ones: the phrase is counted again). */
const BATCH_ROWS_MAX = 8192;
/** Units (letters and digits) of normalised text: its tokens in the bigram index, one per unit (textindex.ts). */
const UNIT = /^[\p{L}\p{N}]$/u;
let logTables = 0;

/**
 * FTS5's statistics for bm25 (xRowCount, xColumnTotalSize, and per phrase the rows holding it). Rows and tokens come
 * from FTS5's averages record (node_fts_data, id 1), read again after every write; a phrase's count from FTS5 itself
 * (count(*) of the phrase's MATCH, the rows FTS5's bm25 counts) when first needed, the logarithm from SQLite's ln,
 * i.e. the C library's log, as FTS5's.
 *
 * A phrase's count is kept across writes of this connection: temporary triggers on nodes log every row it deletes or
 * updates (heading and body before; a temporary table of this connection, rolled back with its transaction), rows
 * inserted are read from nodes (above the highest rowid seen before, or logged rowids that exist again); the first
 * search after a write that needs a count (settle) makes them a batch, and a phrase counted before is brought up to
 * date when next needed by the rows written that hold its term (the normalised heading or body contains it: FTS5's
 * match for the NARROW_TERM terms it is used for, textindex.ts). The batch is taken only when FTS5's own totals moved by exactly what
 * was written (rows, and tokens of heading and body: one per unit); otherwise — another connection committed (PRAGMA
 * data_version), the log overflowed (LOG_MAX), the totals disagree, or the triggers could not be made — every count
 * is forgotten and phrases are counted again, as before.
 */
class IndexStats {
  /** This connection's total_changes() (less ownChanges) and data_version when last settled ('' forgets all at the next). */
  generation = '';
  private version = -1;
  private nRow = 0;
  private hTokens = 0;
  private bTokens = 0;
  private avgdl_ = 0;
  /**
   * Changes this object made itself (emptying the log) in total_changes(): taken off it in the write generation here
   * and in SearchCache's, so that they do not look like writes of the library.
   */
  ownChanges = 0;
  /** Whether this search has looked for writes already (begin). */
  private settled = false;
  /** Batches of logged writes applied; a phrase's `epoch` is the last one its count includes. */
  private epoch = 0;
  private batches: Array<{ epoch: number; rows: Array<{ sign: number; h: string; b: string }>; chars: number }> = [];
  private batchRows = 0;
  /** The highest node rowid when last settled: rows above it were inserted since. */
  private maxRowid = 0;
  /** The rows written that the last settle read as they are now (by rowid), normalised. */
  private seen = new Map<number, Written>();
  private readonly phrases = new Map<string, { rows: number; idf: number; term: string; epoch: number; nRow: number }>();
  private readonly stmts;
  private readonly log: { read: Database.Statement; clear: Database.Statement; drop: string } | null;
  /** Phrases counted by FTS5 since this object was made (tests). */
  counted = 0;
  /** Characters of written rows read to bring a count up to date beyond those weighed against its FTS5 count (tests raise it). */
  readChars = 50_000;

  constructor(
    private readonly db: Database.Database,
    private readonly mergeChanges: () => number = () => 0,
  ) {
    this.stmts = {
      generation: db.prepare(`SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v`),
      averages: db.prepare(`SELECT block FROM node_fts_data WHERE id = 1`),
      count: db.prepare(`SELECT count(*) AS n FROM node_fts WHERE node_fts MATCH ?`),
      ln: db.prepare(`SELECT ln(?) AS v`),
      maxRowid: db.prepare(`SELECT max(rowid) FROM nodes`).pluck(),
      above: db.prepare(`SELECT rowid, heading, body FROM nodes WHERE rowid > ? ORDER BY rowid LIMIT ?`),
      rows: db.prepare(`SELECT rowid, heading, body FROM nodes WHERE rowid IN (SELECT value FROM json_each(?))`),
    };
    this.log = IndexStats.makeLog(db);
  }

  /**
   * The log of the node rows this connection deletes or updates (their rowid, heading and body before), a table and
   * triggers of its own in the temp schema, or null. Inserted rows are not logged (a trigger on INSERT made every
   * node insert take a statement journal: 10× its cost): they are the rows above the highest rowid seen at the last
   * settle, or rowids of logged rows that exist again.
   */
  private static makeLog(db: Database.Database): IndexStats['log'] {
    const t = `search_node_log_${++logTables}`;
    const when = `WHEN coalesce((SELECT max(id) FROM temp.${t}), 0) < ${LOG_MAX}`;
    const add = (updated: number) =>
      `INSERT INTO temp.${t} (node_row, updated, heading, body) VALUES (old.rowid, ${updated}, old.heading, old.body);`;
    try {
      db.exec(`
        CREATE TEMP TABLE ${t} (id INTEGER PRIMARY KEY, node_row INTEGER NOT NULL, updated INTEGER NOT NULL, heading TEXT, body TEXT);
        CREATE TEMP TRIGGER ${t}_delete AFTER DELETE ON main.nodes ${when} BEGIN ${add(0)} END;
        CREATE TEMP TRIGGER ${t}_update AFTER UPDATE OF heading, body ON main.nodes ${when} BEGIN ${add(1)} END;
      `);
      return {
        read: db.prepare(`SELECT node_row, updated, heading, body FROM temp.${t} ORDER BY id`),
        clear: db.prepare(`DELETE FROM temp.${t}`),
        drop: `DROP TRIGGER IF EXISTS temp.${t}_delete; DROP TRIGGER IF EXISTS temp.${t}_update; DROP TABLE IF EXISTS temp.${t};`,
      };
    } catch {
      // a connection without a temp schema to write (or no nodes table): counts are forgotten on every write
      return null;
    }
  }

  /**
   * Catches up with the writes since the last call, when a count is needed (inside a search's read transaction,
   * outside a caller's): the rows written, checked against FTS5's totals, become a batch; or everything is forgotten —
   * another connection committed (data_version moved), the log overflowed, the totals disagree. Searches that need no
   * count (many after a write: FTS5 ranks, or nothing matches) do not read the log.
   *
   * The rows written since the last settle, from the log and `maxRowid` (the highest node rowid then): a logged rowid
   * at or below it, the first time it is logged, is a row that was there (its text then: −1); every other logged row
   * was inserted since and is gone again (in FTS5's totals only); the rows above maxRowid, and logged rowids that
   * exist now (updated, or used again: only after the highest row went), are there now (+1). The rows read as they
   * are now are kept normalised for the next settle, whose log then holds them when they are deleted again.
   */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    const g = this.stmts.generation.get() as { c: number; v: number };
    const generation = `${g.c - this.ownChanges - this.mergeChanges()} ${g.v}`;
    if (generation === this.generation) return;
    const logged = this.log
      ? (this.log.read.all() as Array<{ node_row: number; updated: number; heading: string | null; body: string | null }>)
      : [];
    const row = this.stmts.averages.get() as { block: Uint8Array } | undefined;
    const values = row ? varints(row.block) : [];
    // nothing counted before (the first search after opening, or all forgotten): nothing to bring up to date
    let keep = this.generation !== '' && this.log !== null && g.v === this.version && logged.length < LOG_MAX && this.phrases.size > 0;
    const rows: Array<{ sign: number; h: string; b: string }> = [];
    const seen = new Map<number, Written>();
    if (keep) {
      // FTS5's totals: a contentless_delete table adds an inserted row's tokens and leaves them on delete (its bm25
      // counts deleted rows in N and avgdl), a table with content would take them off again; either way they moved by
      // what was written, or something else wrote the index (a status change writes a plan's index rows again
      // without a node row): count again
      const ins = [0, 0, 0];
      const del = [0, 0, 0];
      const add = (to: number[], t: Written) => {
        to[0]++;
        to[1] += t.hu;
        to[2] += t.bu;
      };
      const first = new Set<number>();
      // whether a logged rowid may exist now: updated in place, or the highest row went (new rows then take rowids
      // at or below it: SQLite gives max(rowid) + 1)
      let again = false;
      for (const r of logged) {
        const isFirst = r.node_row <= this.maxRowid && !first.has(r.node_row);
        if (r.updated || r.node_row === this.maxRowid) again = true;
        // the text of a row read at the last settle (an autosave deletes the rows the one before inserted)
        const t = (isFirst ? this.seen.get(r.node_row) : undefined) ?? written(r.heading, r.body);
        if (isFirst) {
          first.add(r.node_row);
          rows.push({ sign: -1, h: t.h, b: t.b });
          add(del, t);
        } else {
          add(ins, t);
        }
      }
      const now = this.stmts.above.all(this.maxRowid, LOG_MAX) as Array<{ rowid: number; heading: string; body: string }>;
      if (again && first.size) for (const r of this.stmts.rows.all(JSON.stringify([...first])) as typeof now) now.push(r);
      if (now.length >= LOG_MAX) keep = false;
      for (const r of now) {
        const t = written(r.heading, r.body);
        seen.set(r.rowid, t);
        rows.push({ sign: 1, h: t.h, b: t.b });
        add(ins, t);
      }
      const moved = [(values[0] ?? 0) - this.nRow, (values[1] ?? 0) - this.hTokens, (values[2] ?? 0) - this.bTokens];
      keep &&= moved.every((m, i) => m === ins[i]) || moved.every((m, i) => m === ins[i] - del[i]);
    }
    if (!keep) {
      this.phrases.clear();
      this.batches = [];
      this.batchRows = 0;
    } else if (rows.length) {
      let chars = 0;
      for (const r of rows) chars += r.h.length + r.b.length;
      this.batches.push({ epoch: ++this.epoch, rows, chars });
      this.batchRows += rows.length;
      while (this.batchRows > BATCH_ROWS_MAX && this.batches.length) this.batchRows -= this.batches.shift()!.rows.length;
    }
    this.seen = seen;
    this.totals(values);
    this.maxRowid = (this.stmts.maxRowid.get() as number | null) ?? 0;
    this.version = g.v;
    if (logged.length) {
      // emptying the log is a change of this connection's: not a write of the library (SearchCache's generation too)
      this.log!.clear.run();
      this.ownChanges += (this.stmts.generation.get() as { c: number }).c - g.c;
    }
    this.generation = generation;
  }

  /** Rows and tokens from FTS5's averages record (rows, then tokens per column). */
  private totals(values: number[]): void {
    this.nRow = values[0] ?? 0;
    this.hTokens = values[1] ?? 0;
    this.bTokens = values[2] ?? 0;
    let nToken = 0;
    for (let i = 1; i < values.length; i++) nToken += values[i];
    this.avgdl_ = nToken / this.nRow;
  }

  /** All tokens / all rows (bm25's avgdl), as of the last known() or phrase() call. */
  get avgdl(): number {
    return this.avgdl_;
  }

  /**
   * A new search (a new read transaction) in write generation `generation` (SearchCache's, read by it): when it is not
   * the one settled last, the next known() or phrase() reads the writes since (settle); peek() does not.
   */
  begin(generation: string): void {
    this.settled = generation === this.generation;
  }

  /** known(p), but undefined rather than reading the log of writes first (a search that may need no count). */
  peek(phrase: string): { rows: number; idf: number } | undefined {
    return this.settled ? this.known(phrase) : undefined;
  }

  /** phrase(p) if it is known without asking FTS5 (counted before, brought up to date by the writes since). */
  known(phrase: string): { rows: number; idf: number } | undefined {
    this.settle();
    const v = this.phrases.get(phrase);
    if (v === undefined || (v.epoch === this.epoch && v.nRow === this.nRow)) return v;
    // the batches after its count, all still kept (they are consecutive), and cheaper to read than FTS5's count:
    // ~0.3–1 ns a character read against ~30 ns (one bigram) to ~100–300 ns (a phrase of bigrams) a row counted,
    // plus the statement (2,000 plans: 养老 6,808 rows 0.23 ms, 区科委 10,075 rows 0.9 ms, 网络安全 12,049 rows 1.8 ms)
    const since = this.epoch - v.epoch;
    let chars = 0;
    for (let i = this.batches.length - since; i >= 0 && i < this.batches.length; i++) chars += this.batches[i].chars;
    if (since > this.batches.length || chars > this.readChars + v.rows * (v.term.length === 2 ? 30 : 100)) {
      this.phrases.delete(phrase);
      return undefined;
    }
    let rows = v.rows;
    for (let i = this.batches.length - (this.epoch - v.epoch); i < this.batches.length; i++) {
      for (const r of this.batches[i].rows) if (r.h.includes(v.term) || r.b.includes(v.term)) rows += r.sign;
    }
    v.idf = this.idf(rows);
    v.rows = rows;
    v.epoch = this.epoch;
    v.nRow = this.nRow;
    return v;
  }

  /** The rows holding a phrase (an FTS5 MATCH expression) of the NARROW_TERM term `term`, and its idf. */
  phrase(phrase: string, term: string): { rows: number; idf: number } {
    let v = this.known(phrase);
    if (v === undefined) {
      const rows = (this.stmts.count.get(phrase) as { n: number }).n;
      this.counted++;
      if (this.phrases.size >= 10_000) this.phrases.clear();
      v = { rows, idf: this.idf(rows) };
      this.phrases.set(phrase, { ...v, term, epoch: this.epoch, nRow: this.nRow });
    }
    return v;
  }

  private idf(rows: number): number {
    return idfFromLn((this.stmts.ln.get(idfArgument(this.nRow, rows)) as { v: number }).v);
  }

  /** Drops the log's table and triggers (the library is closing; the connection may live on). */
  close(): void {
    if (!this.log || !this.db.open) return;
    try {
      this.db.exec(this.log.drop);
    } catch {
      // inside a transaction that cannot drop them now: the connection's temp schema goes with it
    }
  }
}

/** A row's heading and body normalised, and their tokens in the bigram index. */
interface Written {
  h: string;
  b: string;
  hu: number;
  bu: number;
}

function written(heading: string | null, body: string | null): Written {
  const h = normalizedText(heading ?? '');
  const b = normalizedText(body ?? '');
  return { h, b, hu: units(h), bu: units(b) };
}

/** Tokens of normalised text in the bigram index: its units (letters and digits, textindex.ts), one token each. */
function units(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) n++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      n++;
    } else {
      // a code point (a surrogate pair, or a lone surrogate: no unit)
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (UNIT.test(pair ? text.slice(i, i + 2) : text[i])) n++;
      if (pair) i++;
    }
  }
  return n;
}

/** SQLite's varints (FTS5's records): 7 bits a byte, high bit set = more follow, the ninth byte whole. */
function varints(buf: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < buf.length) {
    let v = 0;
    let k = 0;
    for (;;) {
      const byte = buf[i++];
      if (k === 8) { v = v * 256 + byte; break; }
      v = v * 128 + (byte & 0x7f);
      k++;
      if (!(byte & 0x80) || i >= buf.length) break;
    }
    out.push(v);
  }
  return out;
}

/** A row's tokens in all columns, from its FTS5 docsize record (one varint per column): bm25's D. */
function docTokens(sz: Uint8Array): number {
  let n = 0;
  for (const v of varints(sz)) n += v;
  return n;
}

/** The kinds a search is limited to, or null for every kind. */
function kindList(filters: SearchFilters): string[] | null {
  if (filters.kind === undefined) return null;
  return Array.isArray(filters.kind) ? filters.kind : [filters.kind];
}

/** Made on the first query it cuts: creating it loads ICU's word-break data (~3 ms), which most commands never need. */
let segmenter: Intl.Segmenter | null | undefined;
const querySegmenter = (): Intl.Segmenter | null =>
  segmenter === undefined ? (segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null) : segmenter;

/**
 * Words of a query of four or more Han characters without spaces, or null when there is nothing to cut.
 * One-character words are never terms of their own: a run of them stays one term (宽|带|城市 → 宽带 城市,
 * 一|网|通|办 → nothing to cut), a lone one between longer words is left out. A one-character term is a prefix
 * query over the bigram index (it merges hundreds of posting lists: 110 ms for 一 网 通 办 with three filters at
 * 2,000 plans) and holds for almost any paragraph.
 */
export function segmentQuery(query: string): string[] | null {
  const q = query.trim();
  if (q.length < 4 || /\s/.test(q) || !/\p{Script=Han}{4,}/u.test(q)) return null;
  const segmenter = querySegmenter();
  if (!segmenter) return null;
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if ([...singles].length > 1) words.push(singles);
    singles = '';
  };
  for (const s of segmenter.segment(q)) {
    if (!s.isWordLike) { flush(); continue; }
    if ([...s.segment].length === 1) singles += s.segment;
    else { flush(); words.push(s.segment); }
  }
  flush();
  return words.length > 1 ? words : null;
}
