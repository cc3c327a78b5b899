/**
 * PDF text positions → paragraphs (SourceLine[]). Environment-free and independent of the PDF library: the host's
 * reader (electron/core/formats/pdf.ts, pdfjs-dist) hands over each page's text items with their positions, and
 * this module rebuilds the text a planner wrote:
 *
 *  1. Lines: items grouped by baseline (tolerance: 45 % of the smaller font size), sorted by x. Between two items
 *     no space when both neighbours are CJK, nor between CJK and a Latin letter or digit (the typesetter's
 *     "autospace": a PDF draws "到", " ", "2026", " ", "年" for 到2026年); elsewhere one space where the PDF draws
 *     one or the gap is wider than a quarter em ("1." + " " + "深化" keeps its space); one space where the gap is
 *     wider than 1.5 em whatever the script (columns, "牵头单位：区发改委    配合单位：…").
 *  2. Running headers, footers and page numbers: the first and last two lines of a page are dropped when they are
 *     a page number (`— 3 —`, `- 3 -`, `3`, `第3页 共40页`, `3 / 40`, `Page 3 of 40`) or when the same text
 *     (digits ignored) stands at the same height on at least half of the pages (three pages or more).
 *  3. Paragraphs from geometry, per group of pages of one size (portrait body, landscape annex): the text block's
 *     left edge (the most common line start) and right edge (the 10th-percentile widest line end). A line joins
 *     the one before it when that one reaches the right edge (within 2 em, or within the width of the next line's
 *     first Latin word: it wrapped because the word did not fit), unless the line starts indented (first-line
 *     indent ≥ 0.8 em), starts with a numbering marker (一、 （一） 1. （1） ① 第X章 …), is set in another font
 *     size, or stands after a vertical gap wider than 1.6 line pitches. Pages are read in order and a paragraph
 *     that continues on the next page is joined across the break.
 *  4. Tables: a line of three or more pieces separated by wide gaps (a header row) opens a table and gives its
 *     columns; each following line is read item by item into those columns — text in the first column starts a
 *     row, a line without continues the cells of the row above (text wrapped inside its cell) — until a line has
 *     an item that does not fit in a column (a paragraph), a vertical gap or a new page. Two rows at least, else
 *     the lines are text. Rows are lines with `cells` (text = cells joined by a tab, as the .docx reader gives
 *     them). Not recognised: tables whose first line has no wide gaps, rows continued on the next page (they start
 *     a table of their own), wrapped text in the first column (it starts a new row).
 *  5. Output: one line per paragraph, a blank line between paragraphs, numbered 1…. No heading hints: font size
 *     alone is not reliable enough (a title, a 黑体 heading and a 楷体 heading can all be 16 pt); the grammar reads
 *     the numbering.
 */
import type { SourceLine } from '../types';
import { isCjk, joinWrapped } from './text';

export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF user space (y grows upwards). */
  x: number;
  y: number;
  /** Advance width of the whole string. */
  width: number;
  /** Font size (em) in user space. */
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
  /** Width of the line's leading Latin run (a word that may have been pushed down from the line before). */
  leadWord: number;
  /** Pieces of the line separated by wide gaps (columns of a table), with their extent. */
  segs: { x: number; right: number; text: string }[];
  /** The text items of the line, in order, with their extent (cells of a table row whose columns are known). */
  items: { x: number; right: number; text: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const ALNUM = /[A-Za-z0-9%]/;
/**
 * Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs: some fonts map ordinary characters to
 * them (a PDF shows "一、总体要求" but its text is "⼀、总体要求" with U+2F00), which breaks every match after.
 * NFKC maps them to the unified ideographs (pdfjs's own normalisation leaves these ranges alone).
 */
const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF]/g;
/** Stands for a wide gap while a line is built (becomes one space at the end, never removed as autospace). */
const COLUMN_GAP = '\u0001';

const CJK_CLASS = '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const AUTOSPACE = new RegExp(`(?<=[${CJK_CLASS}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) +(?=[${CJK_CLASS}])`, 'g');

/** Build the lines of one page from its items. */
export function pageLines(page: PdfPageText, pageIndex: number): Line[] {
  const items = page.items.filter((it) => it.str.length > 0 && it.str.trim().length > 0 && Number.isFinite(it.x) && Number.isFinite(it.y));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  let cur: PdfTextItem[] = [];
  let curY = Number.NaN;
  let curSize = 0;
  for (const it of items) {
    const size = it.size > 0 ? it.size : 10;
    if (cur.length && Math.abs(it.y - curY) <= 0.45 * Math.min(size, curSize)) { cur.push(it); continue; }
    if (cur.length) groups.push(cur);
    cur = [it];
    curY = it.y;
    curSize = size;
  }
  if (cur.length) groups.push(cur);

  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let prevEnd = Number.NaN;
    let sizeSum = 0;
    let chars = 0;
    let spaceSeen = false;
    const starts: number[] = [];
    const ends: number[] = [];
    const parts: { x: number; right: number; text: string }[] = [];
    for (const it of g) {
      const size = it.size > 0 ? it.size : 10;
      const s = it.str.replace(/\s+/g, ' ');
      const n = it.str.trim().length;
      if (!n) { spaceSeen = true; continue; } // a space item: the gap it stands for is measured from the neighbours
      if (text) {
        const gap = it.x - prevEnd;
        const body = text.trimEnd();
        const l = body[body.length - 1];
        const r = s.trimStart()[0];
        const spaced = spaceSeen || text.length > body.length || s.startsWith(' ');
        const autospace = (isCjk(l) && ALNUM.test(r)) || (ALNUM.test(l) && isCjk(r));
        // between Chinese and a Latin word or number the typesetter draws a narrow gap (LibreOffice and Word
        // emit it as a space glyph): not the author's; between two Chinese characters nothing; elsewhere a space
        // the PDF draws, or a gap wider than a quarter em, is one space
        if (gap > 1.5 * size) { text = body + COLUMN_GAP + s.trimStart(); ends.push(prevEnd); starts.push(it.x); }
        else if (autospace || (isCjk(l) && isCjk(r))) text = body + s.trimStart();
        else if (spaced || gap > 0.25 * size) text = body + ' ' + s.trimStart();
        else text = body + s;
      } else { text = s.trimStart(); starts.push(it.x); }
      spaceSeen = false;
      parts.push({ x: it.x, right: it.x + it.width, text: it.str });
      prevEnd = Math.max(Number.isNaN(prevEnd) ? -Infinity : prevEnd, it.x + it.width);
      sizeSum += size * n;
      chars += n;
    }
    const first = g[0];
    const lead = /^[A-Za-z0-9%.,:;\-+/()'"’”]+/.exec(text)?.[0] ?? '';
    const firstSize = first.size > 0 ? first.size : 10;
    ends.push(prevEnd);
    // a space drawn between Chinese and a Latin word or number is the typesetter's (autospace), not the author's
    const clean = (t: string) => t.replace(AUTOSPACE, '').replace(RADICALS, (c) => c.normalize('NFKC')).trim();
    const segs = text.split(COLUMN_GAP).map((t, k) => ({ x: starts[k] ?? first.x, right: ends[k] ?? prevEnd, text: clean(t) }));
    text = clean(text).replaceAll(COLUMN_GAP, ' ');
    return {
      text: text.trim(),
      left: first.x,
      right: prevEnd,
      y: first.y,
      size: round(chars ? sizeSum / chars : firstSize),
      page: pageIndex,
      leadWord: lead ? Math.min(first.width, lead.length * 0.55 * firstSize) : 0,
      segs,
      items: parts.map((pt) => ({ ...pt, text: clean(pt.text) })),
    };
  }).filter((l) => l.text.length > 0);
}

// ---------------------------------------------------------------- headers, footers, page numbers

const DASHES = '\\-—–－―‒⁃~～_·•';
const PAGE_NUMBER = new RegExp(
  `^(?:[${DASHES}\\s]*\\d{1,4}[${DASHES}\\s]*` +
  `|第\\s*\\d{1,4}\\s*页(?:\\s*[,，、/／]?\\s*共\\s*\\d{1,4}\\s*页)?` +
  `|共\\s*\\d{1,4}\\s*页\\s*[,，、/／]?\\s*第\\s*\\d{1,4}\\s*页` +
  `|\\d{1,4}\\s*[/／]\\s*\\d{1,4}` +
  `|(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?` +
  `|[${DASHES}\\s]*[ivxlc]{1,6}[${DASHES}\\s]*)$`, 'i');

export const isPageNumber = (s: string): boolean => PAGE_NUMBER.test(s.trim());

/** Lines at the top and bottom of each page that are page furniture. Returns the set of dropped lines. */
function furniture(pages: Line[][]): Set<Line> {
  const drop = new Set<Line>();
  const edgeLines = (ls: Line[]) => {
    const out: Line[] = [];
    for (let k = 0; k < Math.min(2, ls.length); k++) out.push(ls[k]);
    for (let k = Math.max(2, ls.length - 2); k < ls.length; k++) out.push(ls[k]);
    return out;
  };
  // the same text (digits ignored) at the same height on many pages
  const key = (l: Line) => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const seen = new Map<string, number>();
  for (const ls of pages) for (const k of new Set(edgeLines(ls).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const many = Math.max(3, Math.ceil(pages.length / 2));
  for (const ls of pages) {
    for (const l of edgeLines(ls)) {
      if (isPageNumber(l.text) || (pages.length >= 3 && (seen.get(key(l)) ?? 0) >= many)) drop.add(l);
    }
  }
  return drop;
}

// ---------------------------------------------------------------- paragraphs

/** A line that starts with a numbering marker begins a paragraph of its own. */
const MARKER = /^(?:[一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]|\d{1,3}\s*[、．]|\d{1,3}\.(?!\d)|[①-⑳㉑-㉟]|第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|附件|附表|专栏\s*[\d一二三四五六七八九十]|[•●▪■◆◇□○]|(?:重点)?(?:任务|专项|行动)\s*[\d一二三四五六七八九十]+\s*[：:、.．\s])/;
/**
 * A line that opens with a field label ("牵头单位：", "配合单位：", "完成时限：") after a line that ends a sentence starts a
 * paragraph: a field line (inside an annotation wrapped at the edge, "…；" ⏎ "配合单位：…", it goes on).
 */
const FIELD_LABEL = /^[（(【]?\s*(?:牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门|协办单位|完成时限|完成时间|时间节点|进度安排)\s*[:：]/;

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Left and right edge of the text block of a group of pages. */
function edges(lines: Line[]): { left: number; right: number } {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  let left = lines.length ? lines[0].left : 0;
  let best = -1;
  for (const [x, n] of counts) if (n > best || (n === best && x < left)) { best = n; left = x; }
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  const right = rights[Math.min(rights.length - 1, Math.max(1, Math.floor(rights.length * 0.1)))] ?? 0;
  return { left, right };
}

export function layoutPdf(pages: PdfPageText[]): SourceLine[] {
  const perPage = pages.map((p, i) => pageLines(p, i));
  const drop = furniture(perPage);
  const body = perPage.map((ls) => ls.filter((l) => !drop.has(l)));

  // geometry per page size (a landscape annex has its own text block)
  const sizeKey = (i: number) => `${Math.round(pages[i].width)}x${Math.round(pages[i].height)}`;
  const byKey = new Map<string, Line[]>();
  body.forEach((ls, i) => { const k = sizeKey(i); byKey.set(k, [...(byKey.get(k) ?? []), ...ls]); });
  const edgeOf = new Map([...byKey].map(([k, ls]) => [k, edges(ls)]));
  const pitchOf = body.map((ls) => median(ls.slice(1).map((l, k) => ls[k].y - l.y).filter((d) => d > 0)));
  const docPitch = median(pitchOf.filter((p) => p > 0));
  const bodySize = median(body.flat().map((l) => l.size));

  const out: SourceLine[] = [];
  let para: string | null = null;
  let prev: Line | null = null;
  const flush = () => {
    if (para === null) return;
    if (out.length) out.push({ text: '', line: out.length + 1 });
    out.push({ text: para, line: out.length + 1 });
    para = null;
  };

  // Tables: a line of three or more pieces separated by wide gaps opens one (its pieces give the columns); the
  // lines after it are read item by item into those columns: a line with text in the first column starts a row,
  // one without continues the cells of the row above (text wrapped inside its cell). A line with an item that
  // does not fit in a column (a paragraph) ends the table, as do a new page and a vertical gap.
  type Table = { cols: number[]; rows: string[][]; lines: Line[]; last: Line };
  let table: Table | null = null;
  const columnOf = (cols: number[], x: number, tol: number) => {
    for (let k = cols.length - 1; k >= 0; k--) if (x >= cols[k] - tol) return k;
    return -1;
  };
  const closeTable = () => {
    if (!table) return;
    const t: Table = table;
    table = null;
    if (t.rows.length < 2) { // one row is no table: its lines are text again
      for (const l of t.lines) { flush(); para = l.text; }
      return;
    }
    flush();
    if (out.length) out.push({ text: '', line: out.length + 1 });
    for (const cells of t.rows) out.push({ text: cells.join('\t'), line: out.length + 1, cells });
  };
  /** Take a line into the open table (or open one); false when it is not table text. */
  const tableLine = (l: Line, pitch: number): boolean => {
    const t: Table | null = table;
    if (t && l.page === t.last.page && t.last.y - l.y <= 2.5 * (pitch || 1.4 * l.size)) {
      const tol = 0.75 * l.size;
      const placed = l.items.map((it) => ({ it, k: columnOf(t.cols, it.x, tol) }));
      const fits = placed.every(({ it, k }) => k >= 0 && (k === t.cols.length - 1 || it.right <= t.cols[k + 1] + tol));
      if (fits) {
        const newRow = placed.some(({ k }) => k === 0);
        if (newRow) t.rows.push(t.cols.map(() => ''));
        const row = t.rows[t.rows.length - 1];
        for (const { it, k } of placed) row[k] = row[k] ? joinWrapped(row[k], it.text) : it.text;
        t.lines.push(l);
        t.last = l;
        return true;
      }
    }
    if (l.segs.length >= 3) {
      closeTable();
      flush();
      table = { cols: l.segs.map((sg) => sg.x), rows: [l.segs.map((sg) => sg.text)], lines: [l], last: l };
      return true;
    }
    closeTable();
    return false;
  };

  for (let p = 0; p < body.length; p++) {
    const { left, right } = edgeOf.get(sizeKey(p))!;
    const pitch = pitchOf[p] || docPitch || 0;
    for (const l of body[p]) {
      if (tableLine(l, pitch)) { prev = null; continue; }
      let joins = false;
      if (prev && para !== null) {
        const em = prev.size;
        const samePage = prev.page === l.page;
        const prevRight = samePage ? right : edgeOf.get(sizeKey(prev.page))!.right;
        const full = prevRight - prev.right <= Math.max(2 * em, l.leadWord + 0.5 * em);
        const indented = l.left - left >= 0.8 * l.size;
        const gap = samePage && pitch > 0 && prev.y - l.y > 1.6 * pitch;
        const sizeChange = Math.abs(prev.size - l.size) > 0.15 * Math.min(prev.size, l.size);
        joins = full && !indented && !gap && !sizeChange && !MARKER.test(l.text) && !(FIELD_LABEL.test(l.text) && /[。！？!?]$/.test(prev.text));
        // a long centred title wrapped onto a second centred line, in the same (larger) type
        if (!joins && samePage && !sizeChange && !MARKER.test(l.text) && prev.y - l.y <= 2 * l.size) {
          const centred = (x: Line) => Math.abs((x.left - left) - (right - x.right)) < 1.5 * em;
          joins = centred(prev) && centred(l) && l.left - left > em && prev.right - prev.left >= 0.6 * (right - left) && l.size > bodySize * 1.1;
        }
      }
      if (joins) para = joinWrapped(para!, l.text);
      else { flush(); para = l.text; }
      prev = l;
    }
  }
  closeTable();
  flush();
  return out;
}

/** Characters of text on a page (white space excluded): how the reader tells a scanned page. */
export const pageChars = (page: PdfPageText): number => page.items.reduce((n, it) => n + it.str.replace(/\s+/g, '').length, 0);
