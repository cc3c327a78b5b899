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
    if (!/<\/?(?:p|br|div|strong|b|span|em|font)\b[^>]*>/i.test(l.text)) { out.push(l); continue; }
    const pieces = l.text.split(/<\/p\s*>|<p(?:\s[^>]*)?>|<br\s*\/?>|<\/?div(?:\s[^>]*)?>/i);
    for (const piece of pieces) {
      const text = decodeEntities(piece.replace(/<\/?[a-z][^>]*>/gi, '')).replace(/\u00a0/g, ' ');
      if (text.trim()) out.push({ ...l, text });
    }
  }
  return out;
}
