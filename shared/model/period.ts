/** A plan period as people write it: 2015–2017, and one year alone for an annual plan (2025年工作要点: 2025). */
export function periodText(p: { start: number; end: number } | null | undefined, dash = '–'): string {
  if (!p) return '';
  return p.start === p.end ? String(p.start) : `${p.start}${dash}${p.end}`;
}
