/**
 * FTS5's bm25 (SQLite's ext/fts5/fts5_aux.c, fts5Bm25Function) with the Library's column weights, as plain
 * arithmetic, so a search can rank rows without asking FTS5 (which counts every query phrase over the whole library
 * before it scores a single row). Two users: the SQLite library ranks narrow candidate sets with it
 * (./search.ts, statistics kept and brought up to date across writes), the PostgreSQL store ranks with it always
 * (../store/pg/search.ts). Both reproduce FTS5's scores bit for bit: the same float64 operations in the same order,
 * and the logarithm taken by the C library (SQL `ln`), as FTS5 does.
 *
 *   idf_i = ln((N − n_i + 0.5) / (n_i + 0.5)), 1e-6 when ≤ 0   (N rows in the index, n_i rows holding phrase i)
 *   f_i   = Σ over the instances of phrase i of the weight of the instance's column
 *   score = −Σ_i idf_i · f_i(k1 + 1) / (f_i + k1(1 − b + b·D/avgdl))   (D = the row's tokens in all columns)
 */

/** Weights for bm25 over (h, b, f): heading, body, facet tokens (f holds filter tokens only and never scores). */
export const BM25_WEIGHTS = [10.0, 1.0, 0.0] as const;
const K1 = 1.2;
const B = 0.75;

/** Overlapping occurrences of `needle` in `text` (FTS5 counts a phrase at every position it starts). */
export function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * f_i of a term in a row whose heading and body (normalised as the index is, see textindex.ts) are given: the
 * weighted number of the term's occurrences. The sum of FTS5's per-instance weights, which are whole numbers here,
 * so the order of the additions does not matter.
 */
export function termFrequency(heading: string, body: string, term: string): number {
  return BM25_WEIGHTS[0] * occurrences(heading, term) + BM25_WEIGHTS[1] * occurrences(body, term);
}

/** The argument of idf's logarithm for a phrase held by `nHit` of `nRow` rows (FTS5: `nRow - nHit + 0.5`, both integers). */
export function idfArgument(nRow: number, nHit: number): number {
  return (nRow - nHit + 0.5) / (nHit + 0.5);
}

/** idf from its logarithm (taken by the C library: JavaScript's Math.log may differ in the last bit). */
export function idfFromLn(ln: number): number {
  return ln <= 0.0 ? 1e-6 : ln;
}

/** The score of one row: `idf` and `freq` per query phrase, D its token count, avgdl = all tokens / all rows. */
export function bm25Score(idf: readonly number[], freq: readonly number[], D: number, avgdl: number): number {
  let score = 0.0;
  for (let i = 0; i < idf.length; i++) {
    score += idf[i] * ((freq[i] * (K1 + 1.0)) / (freq[i] + K1 * (1 - B + (B * D) / avgdl)));
  }
  return -1.0 * score;
}
