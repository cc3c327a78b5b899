/**
 * A web page's markup copied as text (a law site printing its HTML source: "<p>各市、县人民政府：</p><p style=…>
 * 山西省人民政府</p>"): every paragraph tag and <br> ends a line, the tags go, the entities are decoded. Only a text
 * whose lines hold two or more closing </p> tags, as no plan typed by hand does; the line keeps its number.
 */
import { decodeEntities } from './formats/html';
import type { SourceLine } from './types';

const CLOSING_P = /<\/p\s*>/gi;

export function unmarkLines(lines: SourceLine[]): SourceLine[] {
  let count = 0;
  for (const l of lines) { count += (l.text.match(CLOSING_P) ?? []).length; if (count >= 2) break; }
  if (count < 2) return lines;
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (!TAG.test(l.text)) { out.push(l); continue; }
    // (a table row the reader found — a Markdown table's "| 1 | … | 各街道<br>区住建局 |" — stays one row: a <br> breaks
    // its cell's line, as a web table's cell reads (formats/html.ts: the pieces joined by a space), never the row (rev39:
    // every piece kept the row's cells, a second task 1 with no departments))
    if (l.cells) {
      const cells = l.cells.map((c) => (TAG.test(c) ? pieces(c).map((x) => x.trim()).filter(Boolean).join(' ') : c));
      out.push({ ...l, text: cells.join('\t'), cells });
      continue;
    }
    for (const text of pieces(l.text)) if (text.trim()) out.push({ ...l, text });
  }
  return out;
}

const TAG = /<\/?(?:p|br|div|strong|b|span|em|font)\b[^>]*>/i;

/** The lines a marked-up text holds: split at each paragraph tag and <br>, other tags dropped, entities decoded. */
function pieces(text: string): string[] {
  return text.split(/<\/p\s*>|<p(?:\s[^>]*)?>|<br\s*\/?>|<\/?div(?:\s[^>]*)?>/i)
    .map((piece) => decodeEntities(piece.replace(/<\/?[a-z][^>]*>/gi, '')).replace(/\u00a0/g, ' '));
}
