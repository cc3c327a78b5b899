/** Start offsets of every occurrence of `quote` in `text`, overlapping ones included ('' has none). */
export function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (quote) for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}
