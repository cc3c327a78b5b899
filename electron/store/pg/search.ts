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
 * Filters are columns (SQLite keeps them as facet tokens, same meaning): district, status, planId equal; kind in
 * the list (an empty list finds nothing); department: the node has it as lead or partner (node_departments);
 * period [a, b] (clamped to the library's years, as library.ts): the plan's period, cut to MAX_PERIOD_YEARS, shares
 * a year with it.
 *
 * Ranking, with the Library's candidate caps (newest HEADING_CANDIDATES heading matches; newest RANK_CANDIDATES
 * matches): heading hits first, by how much of the heading the terms cover, then newest first — the Library's own
 * rule, so both stores give these in the same order and with the same score. Then the other matches by
 * -(10 × occurrences in the heading + occurrences in the body) × 100 / characters of heading and body, then newest
 * first (SQLite uses bm25 there: same set, another order).
 */
import type { PoolClient } from 'pg';
import type { SearchFilters, SearchHit } from '../../core/library.js';
import { segmentQuery } from '../../core/library.js';
import { MAX_PERIOD_YEARS, needles, normalize, queryTerms, snippet, unitRuns } from '../../core/textindex.js';
import { pathLabel } from '../common.js';

/** The Library's limits and caps (library.ts). */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
const RANK_CANDIDATES = 2000;
const HEADING_CANDIDATES = 300;

/** The search columns of one node. */
export function nodeSearchColumns(heading: string, body: string): { h_units: string; b_units: string; tokens: string[] } {
  const tokens = new Set<string>();
  const runsOf = (text: string) => {
    const runs = unitRuns(normalize(text).text);
    for (const run of runs) {
      for (let i = 0; i < run.length; i++) {
        tokens.add(run[i]);
        if (i + 1 < run.length) tokens.add(run[i] + run[i + 1]);
      }
    }
    return runs.map((r) => r.join('')).join(' ');
  };
  const h_units = runsOf(heading);
  const b_units = runsOf(body);
  return { h_units, b_units, tokens: [...tokens] };
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
  const where: string[] = [];
  if (filters.district !== undefined) where.push(`p.district = ${args.add(filters.district)}`);
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
  const ph = ndls.map((t) => `${args.add(t)}::text`);
  for (const t of ph) all.push(`(strpos(n.h_units, ${t}) > 0 OR strpos(n.b_units, ${t}) > 0)`);
  const inHeading = `(${ph.map((t) => `strpos(n.h_units, ${t}) > 0`).join(' OR ')})`;

  // Pass 1: heading hits, the newest HEADING_CANDIDATES, ranked by coverage of the heading (library.ts).
  const heads = await c.query<{ row: string; heading: string }>(
    `SELECT n.row, n.heading FROM ${from} WHERE ${[...all, inHeading].join(' AND ')} ORDER BY n.row DESC LIMIT ${HEADING_CANDIDATES}`,
    args.list,
  );
  const ndlsQ = needles(query);
  const scored = heads.rows.map((h) => {
    const t = h.heading.normalize('NFKC').toLowerCase();
    let covered = 0;
    for (const n of ndlsQ) for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + n.length)) covered += n.length;
    return { row: Number(h.row), score: -covered / Math.max(1, t.length) };
  });
  scored.sort((a, b) => a.score - b.score || b.row - a.row);
  const out: Array<{ row: number; score: number }> = scored.slice(0, limit);
  if (out.length < limit) {
    // Pass 2: the other matches among the newest RANK_CANDIDATES, by occurrences per 100 characters.
    const seen = new Set(heads.rows.map((r) => Number(r.row)));
    const occ = (col: string) => ph.map((t) => `(length(${col}) - length(replace(${col}, ${t}, ''))) / length(${t})`).join(' + ');
    const body = await c.query<{ row: string; score: number }>(
      `SELECT row, score FROM (
         SELECT n.row, -(10 * (${occ('n.h_units')}) + (${occ('n.b_units')})) * 100.0 / GREATEST(1, length(n.h_units) + length(n.b_units)) AS score
         FROM ${from} WHERE ${all.join(' AND ')} ORDER BY n.row DESC LIMIT ${RANK_CANDIDATES}) x
       ORDER BY score, row DESC LIMIT ${limit + seen.size}`,
      args.list,
    );
    for (const r of body.rows) {
      if (out.length >= limit) break;
      const row = Number(r.row);
      if (seen.has(row)) continue;
      out.push({ row, score: Number(r.score) });
    }
  }
  return hitsFor(c, out, ndlsQ);
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
    const path = [...(paths.get(row) ?? [])];
    const own = pathLabel(r.number, r.heading);
    if (own) path.push(own);
    const headingSnip = snippet(r.heading, ndls);
    const bodySnip = headingSnip ? null : snippet(r.body, ndls);
    return {
      planId: r.plan_id,
      planTitle: r.title,
      district: r.district,
      nodeId: r.node_id,
      kind: r.kind,
      path,
      field: headingSnip ? 'heading' : 'body',
      snippet: headingSnip ?? bodySnip ?? [{ text: r.body.slice(0, 80), hit: false }],
      score,
    } satisfies SearchHit;
  });
}
