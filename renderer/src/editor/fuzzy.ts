/**
 * Fuzzy matching for the command palette: the query's characters must appear in order; contiguous runs,
 * matches at the start and at word starts score higher. Works character by character, so Chinese
 * (缩进 in 降级缩进) and pinyin-free queries behave as expected. Returns null when there is no match.
 */
export function fuzzyScore(query: string, text: string): { score: number; positions: number[] } | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return { score: 0, positions: [] };
  const s = text.toLowerCase();
  // exact substring: best
  const at = s.indexOf(q);
  if (at >= 0) {
    const positions = Array.from({ length: q.length }, (_, i) => at + i);
    return { score: 1000 - at * 2 - (s.length - q.length) * 0.1 + (at === 0 ? 200 : 0), positions };
  }
  const positions: number[] = [];
  let score = 0;
  let prev = -2;
  let i = 0;
  for (const ch of q) {
    const j = s.indexOf(ch, i);
    if (j < 0) return null;
    positions.push(j);
    score += j === prev + 1 ? 15 : 1;
    if (j === 0 || /[\s\-_/·、，]/.test(s[j - 1] ?? '')) score += 8;
    score -= (j - i) * 0.5;
    prev = j;
    i = j + 1;
  }
  return { score: score - s.length * 0.05, positions };
}

/** Items sorted by fuzzy score (best first), non-matching ones left out. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (x: T) => string, limit = 50): { item: T; positions: number[] }[] {
  const scored: { item: T; score: number; positions: number[]; i: number }[] = [];
  items.forEach((item, i) => {
    const r = fuzzyScore(query, text(item));
    if (r) scored.push({ item, score: r.score, positions: r.positions, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, limit).map(({ item, positions }) => ({ item, positions }));
}

/** An entry of the command palette. */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Shortcut shown on the right. */
  keys?: string;
  enabled?: boolean;
  run: () => void;
}
