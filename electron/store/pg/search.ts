/**
 * Full-text search on PostgreSQL with the app's own tokens (electron/core/textindex.ts), so that it finds exactly
 * what the SQLite library finds (tests/store/contract.test.ts compares them on the seeds).
 *
 * Index: per node, `tokens` (text[], GIN) = the distinct bigrams of the heading's and body's runs plus their single
 * units; h_units / b_units = the runs themselves (NFKC + lower case, letters and digits), joined by one space.
 *
 * A query term (a run of the query) of n ≥ 2 units matches a node ⇔ it is a substring of a run of the heading or
 * body — FTS5's phrase of n−1 consecutive bigrams in library.ts. Here: `tokens @> {its bigrams}` narrows the
 * candidates through the GIN index, `strpos(h_units|b_units, term) > 0` is the exact test (runs are separated by
 * a space, which no term contains). A one-unit term (FTS5 prefix query `"x" *`) is the unit's own token.
 *
 * Filters are columns (SQLite keeps them as facet tokens, same meaning): district (its key, plans.district_key), status, planId equal; kind in
 * the list (an empty list finds nothing); department: the node has it as lead or partner (node_departments);
 * period [a, b] (clamped to the library's years, as library.ts): the plan's period, cut to MAX_PERIOD_YEARS, shares
 * a year with it.
 *
 * Ranking, with the Library's candidate caps (newest HEADING_CANDIDATES heading matches; newest RANK_CANDIDATES
 * matches): heading hits first, by how much of the heading the terms cover, then newest first — the Library's own
 * rule. Then the other matches by FTS5's bm25, computed here from the same statistics FTS5 uses (bm25() below:
 * nodes in the library, nodes holding each term, the node's token count n_tokens, the average — the totals kept
 * per plan in plans.n_nodes / n_tokens), then newest first.
 * So both stores return the same hits in the same order with the same scores, bit for bit (ln is computed by
 * PostgreSQL, i.e. the C library, as in SQLite; the rest is the same float64 operations in the same order).
 */
import type { PoolClient } from 'pg';
import type { SearchFilters, SearchHit } from '../../core/library.js';
import { segmentQuery } from '../../core/library.js';
import { MAX_PERIOD_YEARS, needles, normalize, queryTerms, unitRuns } from '../../core/textindex.js';
import { pathLabel } from '../common.js';
// the Library's limits, caps and heading score: both stores rank alike
import { DEFAULT_LIMIT, HEADING_CANDIDATES, headingScore, MAX_LIMIT, RANK_CANDIDATES, searchHit } from '../../core/search.js';
import { districtKey } from '../../../shared/text/district-key.js';
import { bm25Score, termFrequency } from '../../core/bm25.js';


/** What the index needs to know of a node's plan (the facet tokens of library.ts). */
export interface NodeFacets {
  district: string | null;
  period: { start: number; end: number } | null;
}

/**
 * The search columns of one node. n_tokens is the number of tokens SQLite's FTS5 row of this node holds in all its
 * columns (one per unit of the heading and body, plus the facet tokens: kind, status, plan, district, each year of
 * the period, each department): bm25's document length, so both stores rank alike.
 */
export function nodeSearchColumns(
  node: { heading: string; body: string; lead: string[]; partners: string[] },
  facets: NodeFacets,
): { h_units: string; b_units: string; tokens: string[]; n_tokens: number } {
  const tokens = new Set<string>();
  let units = 0;
  const runsOf = (text: string) => {
    const runs = unitRuns(normalize(text).text);
    for (const run of runs) {
      units += run.length;
      for (let i = 0; i < run.length; i++) {
        tokens.add(run[i]);
        if (i + 1 < run.length) tokens.add(run[i] + run[i + 1]);
      }
    }
    return runs.map((r) => r.join('')).join(' ');
  };
  const h_units = runsOf(node.heading);
  const b_units = runsOf(node.body);
  let n = 3 + (facets.district !== null ? 1 : 0); // kind, status, plan, district
  if (facets.period) n += Math.max(0, Math.min(facets.period.end, facets.period.start + MAX_PERIOD_YEARS - 1) - facets.period.start + 1);
  n += new Set([...node.lead, ...node.partners].filter((d) => d.trim())).size;
  return { h_units, b_units, tokens: [...tokens], n_tokens: units + n };
}

/** Tokens a term needs: its bigrams, or its unit alone. */
function termTokens(units: string[]): string[] {
  if (units.length === 1) return [units[0]];
  const out: string[] = [];
  for (let i = 0; i < units.length - 1; i++) out.push(units[i] + units[i + 1]);
  return out;
}

class Args {
  readonly list: unknown[] = [];
  add(v: unknown): string {
    return `$${this.list.push(v)}`;
  }
}

/** The filters as SQL over `n` (nodes) and `p` (plans); null when nothing can match. */
async function filterSql(c: PoolClient, filters: SearchFilters, args: Args): Promise<string[] | null> {
  // a plan in the trash is not searched (SQLite: its FTS rows are gone)
  const where: string[] = ['p.trashed_at IS NULL'];
  if (filters.district !== undefined) where.push(`p.district_key = ${args.add(districtKey(filters.district))}`);
  if (filters.status !== undefined) where.push(`p.status = ${args.add(filters.status)}`);
  if (filters.planId !== undefined) where.push(`n.plan_id = ${args.add(filters.planId)}`);
  if (filters.department !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM node_departments d WHERE d.node_row = n.row AND d.name = ${args.add(filters.department)})`);
  }
  if (filters.kind !== undefined) {
    const kinds = Array.isArray(filters.kind) ? filters.kind : [filters.kind];
    if (!kinds.length) return null;
    where.push(`n.kind = ANY(${args.add(kinds)}::text[])`);
  }
  if (filters.periodStart !== undefined || filters.periodEnd !== undefined) {
    const { rows } = await c.query<{ lo: number | null; hi: number | null }>(`SELECT min(period_start) AS lo, max(period_end) AS hi FROM plans`);
    const { lo, hi } = rows[0];
    if (lo === null || hi === null) return null;
    const a = Math.max(lo, Math.trunc(filters.periodStart ?? lo));
    const b = Math.min(hi, Math.trunc(filters.periodEnd ?? hi));
    if (a > b) return null;
    where.push(
      `p.period_start IS NOT NULL AND p.period_end IS NOT NULL AND ` +
        `GREATEST(${args.add(a)}::integer, p.period_start) <= LEAST(${args.add(b)}::integer, p.period_end, p.period_start + ${MAX_PERIOD_YEARS - 1})`,
    );
  }
  return where;
}

export async function searchPg(c: PoolClient, query: string, filters: SearchFilters): Promise<SearchHit[]> {
  // Matches come from the GIN index, never from walking the table (a seq scan or a backward walk of the primary
  // key reads and decompresses every row's token array: 130–200 ms at 100 plans for a rare or a frequent term).
  // With those costs inflated, PostgreSQL would JIT-compile every statement (300 ms for a sum over 100 plans).
  await c.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL jit = off');
  const hits = await searchTerms(c, query, filters);
  if (hits.length) return hits;
  const words = segmentQuery(query);
  return words && words.join(' ') !== query.trim() ? searchTerms(c, words.join(' '), filters) : hits;
}

async function searchTerms(c: PoolClient, query: string, filters: SearchFilters): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(filters.limit ?? DEFAULT_LIMIT)));
  const args = new Args();
  const where = await filterSql(c, filters, args);
  if (where === null) return [];
  const from = `nodes n JOIN plans p ON p.id = n.plan_id`;
  if (!terms.length) {
    if (filters.department === undefined || filters.department.trim() === '') return [];
    // no query but a department: that department's nodes in plan order
    const { rows } = await c.query<{ row: string }>(`SELECT n.row FROM ${from} WHERE ${where.join(' AND ')} ORDER BY n.row LIMIT ${limit}`, args.list);
    return hitsFor(c, rows.map((r) => ({ row: Number(r.row), score: 0 })), []);
  }
  const ndls = terms.map((t) => t.join(''));
  const tokens = [...new Set(terms.flatMap(termTokens))];
  const all = [`n.tokens @> ${args.add(tokens)}::text[]`, ...where];
  // A term of one or two units is exactly one token: the GIN test is the whole test; longer terms need strpos.
  // Their parameters come first, so the second pass (which names no other) can pass a prefix of the list.
  const ph: string[] = new Array(ndls.length);
  terms.forEach((u, i) => {
    if (u.length > 2) {
      ph[i] = `${args.add(ndls[i])}::text`;
      all.push(`(strpos(n.h_units, ${ph[i]}) > 0 OR strpos(n.b_units, ${ph[i]}) > 0)`);
    }
  });
  const allArgs = args.list.slice();
  terms.forEach((u, i) => {
    if (u.length <= 2) ph[i] = `${args.add(ndls[i])}::text`;
  });
  const inHeading = `(${ph.map((t) => `strpos(n.h_units, ${t}) > 0`).join(' OR ')})`;

  // Pass 1: heading hits, the newest HEADING_CANDIDATES, ranked by coverage of the heading (library.ts).
  const heads = await c.query<{ row: string; heading: string }>(
    `SELECT n.row, n.heading FROM ${from} WHERE ${[...all, inHeading].join(' AND ')} ORDER BY n.row DESC LIMIT ${HEADING_CANDIDATES}`,
    args.list,
  );
  const ndlsQ = needles(query);
  const scored = heads.rows.map((h) => ({ row: Number(h.row), score: headingScore(h.heading, ndlsQ) }));
  scored.sort((a, b) => a.score - b.score || b.row - a.row);
  const out: Array<{ row: number; score: number }> = scored.slice(0, limit);
  if (out.length < limit) {
    // Pass 2: the other matches among the newest RANK_CANDIDATES, by FTS5's bm25 computed here (see bm25()).
    const seen = new Set(heads.rows.map((r) => Number(r.row)));
    const cands = await c.query<{ row: string; h_units: string; b_units: string; n_tokens: number }>(
      `SELECT n.row, n.h_units, n.b_units, n.n_tokens FROM ${from} WHERE ${all.join(' AND ')} ORDER BY n.row DESC LIMIT ${RANK_CANDIDATES}`,
      allArgs,
    );
    const ranked = cands.rows.length ? await bm25(c, ndls, cands.rows) : [];
    ranked.sort((a, b) => a.score - b.score || b.row - a.row);
    for (const r of ranked.slice(0, limit + seen.size)) {
      if (out.length >= limit) break;
      if (seen.has(r.row)) continue;
      out.push(r);
    }
  }
  return hitsFor(c, out, ndlsQ);
}

/**
 * FTS5's bm25 with the Library's weights (heading 10, body 1, facets 0), computed as fts5_aux.c does it, for the
 * candidates: per query term (phrase) i, idf_i = ln((N − n_i + 0.5) / (n_i + 0.5)) (1e-6 when ≤ 0; N = nodes in the
 * library, n_i = nodes holding the term), f_i = 10 × occurrences in the heading + occurrences in the body, D = the
 * node's FTS5 token count (n_tokens), avgdl = all tokens / N; score = −Σ idf_i · f_i(k1+1) / (f_i + k1(1 − b + b·D/avgdl)),
 * k1 = 1.2, b = 0.75 (the formula: ../../core/bm25.ts, which the SQLite library ranks narrow searches with too).
 * The filters' facet phrases of the SQLite query add 0 (weight 0) and are left out.
 */
async function bm25(c: PoolClient, terms: string[], rows: Array<{ row: string; h_units: string; b_units: string; n_tokens: number }>): Promise<Array<{ row: number; score: number }>> {
  const stats = await c.query<{ n: string; total: string | null }>(`SELECT sum(n_nodes) AS n, sum(n_tokens) AS total FROM plans WHERE trashed_at IS NULL`);
  const nRow = Number(stats.rows[0].n);
  const avgdl = Number(stats.rows[0].total ?? 0) / nRow;
  const idf: number[] = [];
  for (const t of terms) {
    // ln in SQL: the C library's log, as FTS5's (JavaScript's Math.log may differ in the last bit)
    const units = [...t];
    const hit = await c.query<{ idf: number }>(
      `SELECT CASE WHEN v <= 0.0 THEN 1e-6::float8 ELSE v END AS idf FROM (
         SELECT ln(($1::float8 - count(*) + 0.5::float8) / (count(*) + 0.5::float8)) AS v FROM nodes
         WHERE tokens @> $2::text[] AND plan_id NOT IN (SELECT id FROM plans WHERE trashed_at IS NOT NULL)${units.length > 2 ? ` AND (strpos(h_units, $3::text) > 0 OR strpos(b_units, $3::text) > 0)` : ''}) s`,
      units.length > 2 ? [nRow, termTokens(units), t] : [nRow, termTokens(units)],
    );
    idf.push(hit.rows[0].idf);
  }
  return rows.map((r) => ({ row: Number(r.row), score: bm25Score(idf, terms.map((t) => termFrequency(r.h_units, r.b_units, t)), r.n_tokens, avgdl) }));
}

/** Search hits for node rows: plan title, path (labels of the ancestors and the node), a snippet with the needles. */
async function hitsFor(c: PoolClient, out: Array<{ row: number; score: number }>, ndls: string[]): Promise<SearchHit[]> {
  if (!out.length) return [];
  const rows = out.map((o) => o.row);
  const nodes = await c.query<{ row: string; plan_id: string; node_id: string; kind: SearchHit['kind']; number: string; heading: string; body: string; title: string; district: string | null }>(
    `SELECT n.row, n.plan_id, n.node_id, n.kind, n.number, n.heading, n.body, p.title, p.district
     FROM nodes n JOIN plans p ON p.id = n.plan_id WHERE n.row = ANY($1::bigint[])`,
    [rows],
  );
  const anc = await c.query<{ hit: string; depth: number; number: string; heading: string }>(
    `WITH RECURSIVE anc (hit, plan_id, parent_id, depth, number, heading) AS (
       SELECT n.row, n.plan_id, n.parent_id, 0, ''::text, ''::text FROM nodes n WHERE n.row = ANY($1::bigint[])
       UNION ALL
       SELECT a.hit, m.plan_id, m.parent_id, a.depth + 1, m.number, m.heading
       FROM anc a JOIN nodes m ON m.plan_id = a.plan_id AND m.node_id = a.parent_id
     )
     SELECT hit, depth, number, heading FROM anc WHERE depth > 0 ORDER BY hit, depth DESC`,
    [rows],
  );
  const byRow = new Map(nodes.rows.map((r) => [Number(r.row), r]));
  const paths = new Map<number, string[]>();
  for (const a of anc.rows) {
    const l = pathLabel(a.number, a.heading);
    if (!l) continue;
    const k = Number(a.hit);
    (paths.get(k) ?? paths.set(k, []).get(k)!).push(l);
  }
  return out.map(({ row, score }) => {
    const r = byRow.get(row)!;
    return searchHit(r, r, paths.get(row) ?? [], ndls, score);
  });
}
