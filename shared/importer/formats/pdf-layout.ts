/**
 * PDF text positions → paragraphs (SourceLine[]). Environment-free and independent of the PDF library: the host's
 * reader (electron/core/formats/pdf.ts, pdfjs-dist) hands over each page's text items with their positions, and
 * this module rebuilds the text a planner wrote:
 *
 *  1. Lines: items grouped by baseline (tolerance: 45 % of the smaller font size), sorted by x. Between two items
 *     no space when both neighbours are CJK, nor between CJK and a Latin letter or digit (the typesetter's
 *     "autospace": a PDF draws "到", " ", "2026", " ", "年" for 到2026年, its space a fifth of an em — one drawn 0.4 em
 *     wide or more is the author's, "1 推行…", and kept); elsewhere one space where the PDF draws
 *     one or the gap is wider than a quarter em ("1." + " " + "深化" keeps its space); one space where the gap is
 *     wider than 1.5 em whatever the script (columns, "牵头单位：区发改委    配合单位：…"), and between two Chinese
 *     characters of two items (or a label's colon and one) an em apart or more (spaces typed there: "文  号  青政办〔2026〕58号  公开日期", "作者：   来源：…"); a space the PDF draws as an
 *     item of its own between two Latin words or numbers is one space however narrow. Spaces pdfjs writes between
 *     two CJK characters inside one item (a justified line spread out) are dropped too. Text drawn later over half an em
 *     of text drawn before it on its line is left out (a seal or stamp set as text over the signature and date, a bold
 *     face made by drawing the text twice), and so are a seal whose name is set round a circle, one glyph an item
 *     turned to the tangent, and text set at a slant, a watermark (sealGlyphs). Part of a page set in two columns (a 目录 in two columns, a section of
 *     two-column text, their lines sharing baselines) is read column by column, the left first, each column line
 *     measured against its column's edges (readingOrder).
 *  2. Running headers, footers and page numbers: the first and last two lines of a page are dropped when they are
 *     a page number (`— 3 —`, `- 3 -`, `3`, `第3页 共40页`, `3 / 40`, `Page 3 of 40`) or when the same text
 *     (digits ignored) stands as far from the page's top (or bottom) on at least half of the pages (three pages or
 *     more; measured from the top, a header is the same on portrait pages and landscape annex pages).
 *     Footnotes: a mark set small and raised after a piece of text (a citation) and, below the page's text, notes in
 *     smaller type opening with that mark are left out (as the .docx reader leaves Word's footnotes out), so a
 *     paragraph they interrupt at the page's foot goes on on the next page; a raised mark with no note (m²) stays.
 *  3. Paragraphs from geometry, per group of pages of one size (portrait body, landscape annex) and, when both have
 *     twenty lines, of odd and even pages apart (mirrored margins): the text block's left edge (the leftmost line
 *     start that is common, ≥ 20 % of the most common one's count: in a short document the indented first lines
 *     can outnumber the others) and right edge (the 10th-percentile widest line end). A line joins
 *     the one before it when that one reaches the right edge (within 2 em, or within the width of the next line's
 *     first Latin word or short bracketed group, "（2020—2022）", when it stands in the text block, not set to the right
 *     as a date: it wrapped because that did not fit), unless the
 *     line starts indented (under the text after a label of the line before, "附件：", is no indent; first-line
 *     indent ≥ 0.8 em), starts with a numbering marker (一、 （一） 1. （1） ① 第X章 …) or the 版记's 抄送：, is a date alone (under a
 *     title: "2026-10-20"), opens with a dash pair after a line closed by a sentence or a bracket (a 专栏's items
 *     "——…（责任单位：…）" one under the other; not a dash and departments alone, "——县住建局牵头，县城管局配合", the
 *     paragraph's close after its last sentence), is set in another font
 *     size, or stands after a vertical gap wider than 1.6 line pitches. Pages are read in order and a paragraph
 *     that continues on the next page is joined across the break.
 *  4. Ruled tables (a Word or WPS table printed to PDF): the reader hands over the page's straight lines; rules that
 *     cross form a grid of two columns and two rows at least (a one-cell frame, a 专栏's box, stays text), merged
 *     cells where a rule between two grid cells is missing. An item drawn across a column rule (two cells' text touching)
 *     is cut at the rule; each text item goes to the cell its middle falls in; a
 *     cell's lines are joined into paragraphs (a line short of the cell's widest ends one, unless the next line opens
 *     with what the typesetter moved down whole; the cell's right edge is its border less the margin its text keeps
 *     from the left border; a labelled entry "启动：…" opens one in a cell of such entries), a
 *     cell spanning rows gives its text to its first row (as a Word table's rows read). A ruled table that opens the
 *     page after one that ended the page before, with as many columns, continues it: the repeated header rows (one or
 *     more, in order) are left out, and a first row without its first cell continues the last row (a row broken by the page; a cell whose
 *     last line on the page before stopped short of its edge ended its paragraph there).
 *     Tables without rules: a line of three or more pieces separated by wide gaps (a header row; or two column labels
 *     over two-piece lines, pairHeader) opens a table and gives its
 *     columns (and, where a label fills its column, the start of an item of it that items of the lines below start at
 *     too: a borderless Word table's narrow columns, cells that touch); each following line is read item by item into
 *     those columns (an item set on from the one before starts a column only at its left edge; an item pdfjs drew across
 *     a column's start, two cells' text with a space between, is cut at its space nearest that start; in a row of cells
 *     also at a space beside a number, "区城市管理局 2026 年 12 月", its next glyph at that start) — text in the first column starts a
 *     row, a line without continues the cells of the row above (text wrapped inside its cell) — until a line has
 *     an item that does not fit in a column (a paragraph), a vertical gap or a new page — unless the table ended its
 *     page and the next page (of the same size, in the same type) opens with its header row again (left out), a new
 *     row, or text for cells whose last line reached their column's widest end (a row the page broke); a numbered
 *     heading goes on with no table. A numbered group line under the header or between rows is held until a row
 *     opens after it (then text before that row), else given as text after the table (one that fits the first column
 *     only when numbered as a group by the grammar, not as the rows are — else a row whose other cells are empty). Two rows at least, else the lines are text. Rows are lines with `cells` (text =
 *     cells joined by a tab, as the .docx reader gives them).
 *     Tab-separated rows (a 任务清单 typed as text with tabs, laid out by a word processor): the cells stand at the
 *     tab stops after the text before them, not under the header's columns, so the first row does not fit the
 *     header's columns; then each row's cells are the pieces of its lines apart by 0.4 em or more, a row starts
 *     at the left (with the next number where the rows are numbered) or, its first cells empty, at the table's stop
 *     one on for each (after a row with all its cells), a numbered group line of one piece ("一、…") under the header
 *     or between rows stays in the table as text where it stands, a row wrapped by the line's end goes on on the
 *     next line (the rest of the cell the wrap broke, or the next cells from a tab stop of the table), up to the
 *     header's count of cells, over a page break too (and under a header that ended its page, its first row atop the
 *     next). A row with fewer pieces than the header where a cell ended on a
 *     tab stop and the next ran on from it with no gap is cut there: at the table's own stops (where the header's and
 *     the rows' pieces start, and the grid they stand on) where a glyph boundary of the run stands on one, or where
 *     pdfjs kept a narrow gap inside an item as a space — only when there are exactly as many such places as cells
 *     missing (where they do not, counted again with only the spaces pdfjs kept on a stop, then with the hidden tabs of
 *     an item's run before a space pdfjs kept in it); never before a unit set after a number ("10" "个"). A row so cut
 *     whose cells agree less with the table's other rows (the same text in the same column) than its reading with no cut,
 *     by its empty cells alone, is read so (a long cell's glyph boundary 0.1 pt from a stop).
 *     A row has all its cells when so cut it has the header's count: the line after it that starts a stop or more in
 *     opens a row whose first cells are empty (its one piece cut so too), not more cells of that row.
 *     A header of labels longer than the line, wrapped by its end, goes on on the line straight under it: at the left
 *     with the rest of its last label ("业主" ⏎ "单位"), at a tab stop with more labels ("…2027年（亿元）" ⏎
 *     "2028年（亿元）⇥责任单位"), where that line's first piece would not have fitted on the header's line.
     Otherwise (an empty cell, a stop that a long cell's glyphs pass on by chance) such a row is text, not
 *     cells under the wrong columns; so is a header with a piece longer than ten characters (two labels run together).
 *     Not recognised: tables whose first line has no wide gaps, wrapped text in the first column of a table read by
 *     columns (it starts a new row).
 *  5. Output: one line per paragraph, a blank line between paragraphs, numbered 1…. No heading hints: font size
 *     alone is not reliable enough (a title, a 黑体 heading and a 楷体 heading can all be 16 pt); the grammar reads
 *     the numbering.
 */
import { mergedFromOf, type MergedCell, type SourceLine } from '../types';
import { isCjk, joinWrapped } from './text';
import { alternation, DEADLINE_LABELS, LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS } from '../labels';
import { rankOf, readMarker } from '../grammar';
import { isUnit } from '../indicators';
import { dashAttribution } from '../departments';

/** The labels of a task's field lines (labels.ts, one vocabulary with the importer), and 指标 as the export prints it. */
const FIELD_WORDS = alternation(LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS, DEADLINE_LABELS, ['指标']);

export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF user space (y grows upwards). */
  x: number;
  y: number;
  /** Advance width of the whole string. */
  width: number;
  /** Font size (em) in user space. */
  size: number;
  /**
   * The direction of the text's baseline on the page, degrees counter-clockwise from left-to-right (absent: 0). A
   * glyph of a seal set round a circle is turned to the circle's tangent.
   */
  angle?: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
  /**
   * Straight lines the page draws (stroked segments, thin filled rectangles), page space as the items: the borders
   * of ruled tables. Absent when the reader did not look (a page whose text shows no table).
   */
  rules?: PdfRule[];
}

/** A drawn straight line, x0 ≤ x1 and y0 ≤ y1 (a horizontal rule has y0 ≈ y1, a vertical one x0 ≈ x1). */
export interface PdfRule { x0: number; y0: number; x1: number; y1: number }

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
  /**
   * The text items of the line, in order, with their extent (cells of a table row whose columns are known); `raw`: as
   * drawn, with its spaces. `loose`: part of an item cut before a space pdfjs kept inside it (spacedItems), whose right
   * end is placed, not measured: its glyphs may hold a gap too narrow for pdfjs to write as a space.
   */
  items: { x: number; right: number; text: string; raw: string; loose?: true; guessed?: true }[];
  /** A ruled table standing at this place of the page (the line is no text line then). */
  ruled?: RuledTable;
  /** The edges of the column the line stands in, where part of the page is set in two columns (readingOrder). */
  block?: { left: number; right: number };
}

const round = (n: number) => Math.round(n * 10) / 10;
const ALNUM = /[A-Za-z0-9%]/;
/** A mark a typesetter may hang past the line's end (LibreOffice's hanging punctuation). */
const HANGS = /[，。、；：！？）》」』”’,.;:!?)]$/;
/**
 * Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs: some fonts map ordinary characters to
 * them (a PDF shows "一、总体要求" but its text is "⼀、总体要求" with U+2F00), which breaks every match after.
 * NFKC maps them to the unified ideographs (pdfjs's own normalisation leaves these ranges alone).
 */
const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF]/g;
/** Stands for a wide gap while a line is built (becomes one space at the end, never removed as autospace). */
const COLUMN_GAP = '\u0001';

const CJK_CLASS = '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/**
 * Spaces between two CJK characters (or the quotes and dashes set between them, “ ” —) inside one text item: pdfjs
 * writes one where the glyphs stand apart (a justified line spread out, "在 《 上 海 市 推 进", "， “ 农民一点通 ” 在");
 * between items such gaps are dropped already.
 */
const CJK_SPACES = new RegExp(`(?<=[${CJK_CLASS}\u2010-\u2027]) +(?=[${CJK_CLASS}\u2010-\u2027])`, 'g');
const AUTOSPACE = new RegExp(`(?<=[${CJK_CLASS}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) +(?=[${CJK_CLASS}])`, 'g');
/**
 * A space the author typed between two Chinese words ("第一章 发展基础", "文号 青办发〔2025〕9号", "专项一 一网通办"): one
 * space between two Chinese characters, or after a sentence's end before one ("…按月调度进展。 二、强化资金保障"), in
 * text otherwise set solid — three pairs of characters set next to each other or more for each such space (a line
 * spread out has a space between almost every two). The grammar reads such spaces as it does in a text file (a heading
 * run into its text, a label and its value). Not next to another mark: a space before or after “ ” 《 ， is the
 * typesetter's as often as not ("， “ 农民一点通 ” 在").
 */
const IDEO = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const WORD_SPACE = new RegExp(`(?<=[${IDEO}。！？；]) (?=[${IDEO}])`, 'g');
const SOLID = new RegExp(`[${IDEO}](?=[${IDEO}])`, 'g');
const KEPT = '\u0002';
/** One ideograph (not a mark). */
const IDEOGRAPH = new RegExp(`^[${IDEO}]$`);
/** A space the author typed between Chinese and a number or Latin word (pageLines): kept where autospace is dropped. */
const TYPED_SPACE = '\u0003';
/**
 * The spaces of one text item, where its width shows them typed: an item of full-width glyphs (Chinese and the marks
 * set between it, “ ” among them, each an em wide) and single spaces is as wide as its glyphs and a space glyph (a
 * quarter to 0.6 em) for each space, in text otherwise set solid (three pairs of Chinese characters or more for each
 * space, as WORD_SPACE asks). Those spaces are the author's, kept next to a mark too ("推进政务服务事项 “一网通办” 区数据局",
 * "一、发展成就 “十三五”期间"): a line spread out has its gaps in the glyphs' spacing, which pdfjs writes as spaces by
 * guess, and a glyph narrower than an em (a proportional “) leaves the width unexplained — there they are dropped as before.
 */
function typedSpaces(str: string, width: number, size: number): string {
  const inner = str.trim();
  if (!/\S \S/.test(inner) || /\s{2}|[^ \S]/.test(inner)) return str;
  const spaces = str.length - str.replaceAll(' ', '').length;
  const glyphs = [...str.replaceAll(' ', '')];
  if (!glyphs.every((c) => isCjk(c)) || (inner.match(SOLID)?.length ?? 0) < 3 * (inner.length - inner.replaceAll(' ', '').length)) return str;
  const each = (width - glyphs.length * size) / spaces;
  return each >= 0.25 * size && each <= 0.6 * size ? str.replace(/(?<=\S) (?=\S)/g, TYPED_SPACE) : str;
}

/** A piece of a line as read: no typesetter's spaces (autospace, a justified line's), radicals as the ordinary characters. */
const clean = (t: string) => {
  const words = t.match(WORD_SPACE)?.length ?? 0;
  const keep = words > 0 && (t.match(SOLID)?.length ?? 0) >= 3 * words;
  const s = (keep ? t.replace(WORD_SPACE, KEPT) : t).replace(AUTOSPACE, '').replace(CJK_SPACES, '').replace(RADICALS, (c) => c.normalize('NFKC')).trim();
  return (keep ? s.replaceAll(KEPT, ' ') : s).replaceAll(TYPED_SPACE, ' ');
};

/** Build the lines of one page from its items. */
export function pageLines(page: PdfPageText, pageIndex: number, columns = false): Line[] {
  const items = page.items.filter((it) => it.str.length > 0 && it.str.trim().length > 0 && Number.isFinite(it.x) && Number.isFinite(it.y));
  // items of spaces only (a space the PDF draws on its own between two Latin words or numbers): not in the lines, but a
  // space of the text where one stands between two such items (not next to Chinese: "互联网 +" is the typesetter's)
  const blanks = page.items.filter((it) => it.str.length > 0 && !it.str.trim() && Number.isFinite(it.x) && Number.isFinite(it.y));
  const blankBetween = (from: number, it: PdfTextItem, size: number) =>
    blanks.some((b) => Math.abs(b.y - it.y) <= 0.45 * size && b.x >= from - 0.25 * size && b.x + b.width <= it.x + 0.25 * size);
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

  // text drawn over text of the line (a seal or stamp set as text over the signature and date, a bold face made by
  // drawing the text twice): what was drawn later over half an em of what was drawn before is left out
  let order: Map<PdfTextItem, number> | null = null;
  const drawnOver = (g: PdfTextItem[]): PdfTextItem[] => {
    g.sort((a, b) => a.x - b.x);
    let over = false;
    for (let k = 1; k < g.length && !over; k++) over = g[k].x < g[k - 1].x + g[k - 1].width - 0.5 * Math.min(g[k].size || 10, g[k - 1].size || 10);
    if (!over) return g;
    order ??= new Map(page.items.map((it, k) => [it, k]));
    const kept: PdfTextItem[] = [];
    for (const it of [...g].sort((a, b) => order!.get(a)! - order!.get(b)!)) {
      const em = 0.5 * (it.size || 10);
      if (!kept.some((k) => Math.min(k.x + k.width, it.x + it.width) - Math.max(k.x, it.x) >= Math.min(em, 0.5 * (k.size || 10)))) kept.push(it);
    }
    return kept.sort((a, b) => a.x - b.x);
  };

  const build = (g: PdfTextItem[]): Line => {
    let text = '';
    let prevEnd = Number.NaN;
    let sizeSum = 0;
    let chars = 0;
    const starts: number[] = [];
    const ends: number[] = [];
    const parts: Line['items'] = [];
    for (const it of g) {
      const size = it.size > 0 ? it.size : 10;
      const s = typedSpaces(it.str.replace(/\s+/g, ' '), it.width, size);
      const n = it.str.trim().length;
      if (text) {
        const gap = it.x - prevEnd;
        const body = text.trimEnd();
        const l = body[body.length - 1];
        const r = s.trimStart()[0];
        const spaced = text.length > body.length || s.startsWith(' ');
        const autospace = (isCjk(l) && ALNUM.test(r)) || (ALNUM.test(l) && isCjk(r));
        // between Chinese and a Latin word or number the typesetter draws a narrow gap (LibreOffice and Word
        // emit it as a space glyph): not the author's; between two Chinese characters nothing; elsewhere a space
        // the PDF draws, or a gap wider than a quarter em, is one space
        if (gap > 1.5 * size) { text = body + COLUMN_GAP + s.trimStart(); ends.push(prevEnd); starts.push(it.x); }
        // (but a space the PDF draws there 0.4 em wide or more is the author's, typed between a number and a word —
        // "1 推行…", "14号 2025年4月8日" — where the typesetter's autospace is a fifth of an em)
        else if (autospace && gap >= CELL_GAP * size && blankBetween(prevEnd, it, size)) text = body + TYPED_SPACE + s.trimStart();
        // (…and a gap of an em or more between two Chinese characters of two items, or a label's colon and a Chinese
        // character, a space drawn in it or not: spaces typed there — a label set letter-spaced and its value, "文  号
        // 青政办〔2026〕58号  公开日期", an empty label before the next, "作者：   来源：…", read as the text file's — where a typesetter's gaps are narrower: a justified line's a fraction of an em, and inside an item)
        else if ((IDEOGRAPH.test(l) || l === '：') && IDEOGRAPH.test(r) && gap >= 0.9 * size) text = body + TYPED_SPACE + s.trimStart();
        // (…and one drawn 0.4 em wide or more between two Chinese items, "保障" " " "优先": a space, kept by `clean` where
        // the text is set solid, as a space inside an item is)
        else if (isCjk(l) && isCjk(r) && gap >= CELL_GAP * size && blankBetween(prevEnd, it, size)) text = body + ' ' + s.trimStart();
        else if (autospace || (isCjk(l) && isCjk(r))) text = body + s.trimStart();
        else if (spaced || gap > 0.25 * size || (blanks.length && ALNUM.test(l) && ALNUM.test(r) && blankBetween(prevEnd, it, size))) text = body + ' ' + s.trimStart();
        else text = body + s;
      } else { text = s.trimStart(); starts.push(it.x); }
      parts.push({ x: it.x, right: it.x + it.width, text: it.str, raw: it.str.replace(/\s+/g, ' ').trim() });
      prevEnd = Math.max(Number.isNaN(prevEnd) ? -Infinity : prevEnd, it.x + it.width);
      sizeSum += size * n;
      chars += n;
    }
    const first = g[0];
    // a Latin word or number, or a short bracketed group ("（2020—2022）"): what a typesetter moves down whole
    // — or a Chinese character held to what may not open a line after it, moved down with it ("前｜｜｜｜": a row's
    // bars after its last cell; "话:5236618)。")
    const lead = /^(?:[（(][^（()）\s]{1,12}[)）]|[A-Za-z0-9%.,:;\-+/()'"’”]+|[\u4e00-\u9fff](?:[A-Za-z0-9%.,:;\-+/()'"’”]|[｜|：，。、；）》」』】！？])+)/.exec(text.replaceAll(TYPED_SPACE, ' '))?.[0] ?? '';
    const firstSize = first.size > 0 ? first.size : 10;
    ends.push(prevEnd);
    // a space drawn between Chinese and a Latin word or number is the typesetter's (autospace), not the author's
    const segs = text.split(COLUMN_GAP).map((t, k) => ({ x: starts[k] ?? first.x, right: ends[k] ?? prevEnd, text: clean(t) }));
    text = clean(text).replaceAll(COLUMN_GAP, ' ');
    return {
      text: text.trim(),
      left: first.x,
      right: prevEnd,
      y: first.y,
      size: round(chars ? sizeSum / chars : firstSize),
      page: pageIndex,
      leadWord: lead ? Math.min(/^[（(]/.test(lead) ? prevEnd - first.x : first.width, [...lead].reduce((w, c) => w + (isCjk(c) ? 1 : 0.55), 0) * firstSize) : 0,
      segs,
      items: parts.map((pt) => ({ ...pt, text: clean(pt.text) })),
    };
  };
  const gs = groups.map(drawnOver);
  if (!columns) return gs.map(build).filter((l) => l.text.length > 0);
  return readingOrder(gs).map(({ g, block }) => { const l = build(g); if (block) l.block = block; return l; }).filter((l) => l.text.length > 0);
}

/**
 * The lines of a page in reading order where part of it is set in two columns (a 目录 in two columns, a section of
 * two-column text): the lines of the two columns share baselines, and read across they run the left column's lines
 * into the right's. A band of lines whose items leave a gutter free — an x range of an em or more that no item of
 * these lines crosses, three lines with text on each side of it at least — is two columns when each side is 0.3 of the
 * band's width or more, the lines of each side end together (half of them within an em and a half of its edge: justified Chinese in a column
 * no whole number of characters wide ends up to an em and a quarter short — a mark hung past
 * the right side's edge counts at it: a column's text wrapped there, a 目录's page numbers set flush to it; not a list
 * of "联系人：… 联系电话：…" pairs, ragged), the right side's start together (four fifths within 2.5 em of the gutter: an
 * indent at most) and neither side has a wide gap of its own (no table of three or more columns, whose reading is by
 * rows). Sides of unequal width (more than 0.15 of the band apart: a 专栏 in a narrow column, 2:1 or 1:2) also have
 * text on every line from their first to their last (a two-column table without rules, a task beside its
 * departments, leaves lines of one side empty where the other's cell wraps further). Its left column is read first,
 * then its right; each column line carries its column's edges (`block`) for the paragraphs. The band runs from the
 * first line with text on the right to the last, with left lines just above that first one and, below that last one,
 * the left lines that go on a left line that reached the gutter or reach it themselves (a column one line longer than
 * the other, as balanced columns are; a wide column longer than a 专栏 set after a column break) — or every left line
 * down to the page's foot, the last within three line pitches of the page number or smaller footer that alone follows
 * (columns not balanced, the left filled first). `groups`: the page's items by baseline, top to bottom, each sorted by x.
 */
function readingOrder(groups: PdfTextItem[][]): { g: PdfTextItem[]; block?: { left: number; right: number } }[] {
  const plain = () => groups.map((g) => ({ g }));
  if (groups.length < 6) return plain();
  // (each line's em, its largest type, by index)
  const ems = groups.map((g) => { let em = 0; for (const it of g) em = Math.max(em, it.size > 0 ? it.size : 10); return em; });
  // the free range about x = c of a line: [the end of its text left of c, the start of its text right of c], null when
  // an item crosses c
  const freeAt = (g: PdfTextItem[], c: number): [number, number] | null => {
    let le = -Infinity;
    let rs = Infinity;
    for (const it of g) {
      const r = it.x + it.width;
      if (it.x < c && r > c) return null;
      if (r <= c) le = Math.max(le, r); else rs = Math.min(rs, it.x);
    }
    return [le, rs];
  };
  // (bands tried and found no columns, by the middle of their gutter: a line inside one whose gap holds that middle
  // grows the same band — an aligned table's rows would each try it again)
  const tried: { from: number; to: number; c: number }[] = [];
  /** The band of two columns grown from the gap [a0, b0] of line i (lines from `done` on), or null. */
  const bandFrom = (i: number, a0: number, b0: number, done: number): { from: number; to: number; a: number; b: number; c: number } | null => {
    let a = a0;
    let b = b0;
    let from = i;
    let to = i;
    const em = ems[i];
    const size = em;
    // (a line in the same type whose items leave an em of [a, b] free: the free range shrinks to what they leave)
    const take = (j: number) => {
      const h = groups[j];
      if (Math.abs(ems[j] - size) > 0.15 * size) return false;
      let a2 = a;
      let b2 = b;
      for (const it of h) {
        const r = it.x + it.width;
        if (r <= a2 || it.x >= b2) continue;
        if (it.x <= a2 && r >= b2) return false;
        if (it.x <= a2 || (r < b2 && it.x + r < a2 + b2)) a2 = r; else b2 = it.x;
      }
      if (b2 - a2 < em) return false;
      a = a2;
      b = b2;
      return true;
    };
    while (from - 1 >= done && take(from - 1)) from--;
    while (to + 1 < groups.length && take(to + 1)) to++;
    const c = (a + b) / 2;
    tried.push({ from, to, c });
    const band = groups.slice(from, to + 1);
    const sides = band.map((bg) => freeAt(bg, c)!);
    const lefts = sides.filter((f) => f[0] > -Infinity);
    const rights = sides.filter((f) => f[1] < Infinity);
    if (lefts.length < 3 || rights.length < 3) return null;
    const x0 = Math.min(...band.map((bg) => bg[0].x));
    const x1 = Math.max(...band.map((bg) => Math.max(...bg.map((it) => it.x + it.width))));
    if (a - x0 < 0.3 * (x1 - x0) || x1 - b < 0.3 * (x1 - x0)) return null;
    // (within an em and a half: a column of justified Chinese whose width is no whole number of characters ends its lines
    // up to an em and a quarter short of the gutter, "…建成社区嵌入式" 12.2 pt short at 12 pt)
    if (lefts.filter((f) => a - f[0] <= 1.5 * em).length < 0.5 * lefts.length) return null;
    // (the right side's edge: its furthest end but where a mark stands past it, hung in the margin — LibreOffice hangs a
    // ， or 。 that ends a line past a column's edge)
    const lastOf = band.map((bg) => bg[bg.length - 1]).filter((it) => it.x + it.width > c);
    const rightEnds = lastOf.map((it) => it.x + it.width);
    const edge = Math.max(...lastOf.filter((it) => !HANGS.test(it.str.trimEnd())).map((it) => it.x + it.width));
    if (rightEnds.filter((r) => x1 - r <= em || (edge - r <= em && r - edge <= 1.1 * em)).length < 0.5 * rights.length) return null;
    // (sides of unequal width — a 专栏 in a narrow column — only where the text of each runs down its side without a
    // line missing: a table of two columns, a task beside its departments, leaves lines of one side empty where the
    // other's cell wraps further)
    if (Math.abs((a - x0) - (x1 - b)) > 0.15 * (x1 - x0)) {
      const span = (has: (f: [number, number]) => boolean) => {
        const ks = sides.flatMap((f, k) => (has(f) ? [k] : []));
        return sides.slice(ks[0], ks[ks.length - 1] + 1).every(has);
      };
      if (!span((f) => f[0] > -Infinity) || !span((f) => f[1] < Infinity)) return null;
    }
    if (rights.filter((f) => f[1] - b <= 2.5 * em).length < 0.8 * rights.length) return null;
    // (no side with a wide gap of its own on two lines: a table's columns)
    const wide = (its: PdfTextItem[]) => its.some((it, k) => k > 0 && it.x - (its[k - 1].x + its[k - 1].width) > 1.5 * em);
    if (band.filter((bg) => wide(bg.filter((it) => it.x + it.width <= c)) || wide(bg.filter((it) => it.x >= c))).length >= 2) return null;
    return { from, to, a, b, c };
  };
  const out: { g: PdfTextItem[]; block?: { left: number; right: number } }[] = [];
  /** Out: the lines before the band `found`, then its left column's, then its right's; the band's last line. */
  const place = (found: { from: number; to: number; a: number; b: number; c: number }, done: number): number => {
    const { a, b, c } = found;
    const hasRight = (j: number) => freeAt(groups[j], c)![1] < Infinity;
    let top = found.from;
    while (top <= found.to && !hasRight(top)) top++;
    let bottom = found.to;
    while (bottom >= top && !hasRight(bottom)) bottom--;
    // (left lines just above the right column's first line: the left column's, its baselines a little higher)
    while (top - 1 >= found.from && groups[top - 1][0].y - groups[top][0].y <= ems[top]) top--;
    const x0 = Math.min(...groups.slice(top, bottom + 1).map((bg) => bg[0].x));
    // (a left line below the right column's last line that goes on a left line reaching the gutter: a column one
    // line longer than the other, as balanced columns are)
    const ends = (j: number) => freeAt(groups[j], c)![0];
    // (columns not balanced, the left filled first: its lines go on down to the page's foot — the last of them within
    // three line pitches of the page number or footer below, in smaller type, that alone follows them; text after
    // balanced columns stands on after the longer column, and nearer the top)
    const size = ems[found.from];
    const foot = groups.slice(found.to + 1);
    const lefts = groups.slice(found.from, found.to + 1).map((g) => g[0].y);
    const pitch = median(lefts.slice(1).map((y, k) => lefts[k] - y).filter((d) => d > 0));
    const atFoot = foot.length >= 1 && foot.length <= 2 && pitch > 0 &&
      foot.every((h, k) => isPageNumber(h.map((it) => it.str).join('')) || ems[found.to + 1 + k] <= 0.85 * size) && groups[found.to][0].y - foot[0][0].y <= 3 * pitch;
    if (atFoot && found.to > bottom + 1) bottom = found.to;
    else {
      // (and the left lines after that one while each goes on a line wrapped at the gutter, or is wrapped there itself: the
      // left column longer than the right — a 专栏 set in a narrow right column, a column break — its lines reaching the
      // gutter; text after the columns runs past it or, short, follows a line that did not reach it)
      // (within an em and a half, as the band's left lines are measured in bandFrom)
      const reaches = (j: number) => a - ends(j) <= 1.5 * ems[j];
      const goesOn = (j: number) => reaches(j - 1) && Math.abs(groups[j][0].x - x0) <= 0.5 * ems[j] && !MARKER.test(groups[j].map((it) => it.str).join('').trim());
      while (bottom + 1 <= found.to && (goesOn(bottom + 1) || reaches(bottom + 1))) bottom++;
    }
    for (let j = done; j < top; j++) out.push({ g: groups[j] });
    const band = groups.slice(top, bottom + 1);
    const x1 = Math.max(...band.map((bg) => Math.max(...bg.map((it) => it.x + it.width))));
    const left = band.map((bg) => bg.filter((it) => it.x + it.width <= c)).filter((bg) => bg.length);
    const right = band.map((bg) => bg.filter((it) => it.x >= c)).filter((bg) => bg.length);
    for (const bg of left) out.push({ g: bg, block: { left: x0, right: a } });
    for (const bg of right) out.push({ g: bg, block: { left: b, right: x1 } });
    return bottom;
  };
  let done = 0; // groups before this index are in `out`
  for (let i = 0; i < groups.length; i++) {
    if (i < done) continue;
    const g = groups[i];
    const em = ems[i];
    let found: { from: number; to: number; a: number; b: number; c: number } | null = null;
    let end = -Infinity;
    let lineEnd = -Infinity;
    // (a line with two wide gaps or more is a table's row, not two columns' lines: no candidate)
    let wideGaps = 0;
    for (const it of g) {
      if (lineEnd > -Infinity && it.x - lineEnd > 1.5 * em) wideGaps++;
      lineEnd = Math.max(lineEnd, it.x + it.width);
    }
    if (wideGaps > 1) continue;
    for (let k = 0; k < g.length && !found; k++) {
      end = Math.max(end, g[k].x + g[k].width);
      const next = g[k + 1];
      // (a gap with text of a column's width on both sides, six em or more: a band has such lines, its columns being
      // full; a table's short first cell, "1    推进…", starts none)
      if (!next || next.x - end < em || end - g[0].x < 6 * em || lineEnd - next.x < 6 * em) continue;
      let seen = false;
      for (const t of tried) if (t.from <= i && i <= t.to && end <= t.c && t.c <= next.x) { seen = true; break; }
      if (!seen) found = bandFrom(i, end, next.x, done);
    }
    if (!found) continue;
    const bottom = place(found, done);
    done = bottom + 1;
    i = bottom;
  }
  for (let j = done; j < groups.length; j++) out.push({ g: groups[j] });
  return out;
}

/** How far (degrees) a direction stands from the nearest of left-to-right, up, down and right-to-left. */
const offAxis = (angle: number) => { const a = Math.abs(angle) % 90; return Math.min(a, 90 - a); };

/**
 * The glyphs of a seal set round a circle (an electronic seal's issuer's name over the signature): drawn one after
 * the other, each a text item of one glyph turned its own way, to the circle's tangent — consecutive items of one or
 * two glyphs whose directions differ, one from the next, by a few degrees up to a quarter turn, three or more, two of
 * them slanted (off the page's axes). Text a planner wrote runs along the page's axes, a line's items all one way (a
 * turned table header too); such a run is the seal's, and its glyphs near the top of the circle, set almost level,
 * go with it. Returns the items of such runs, and text set at a slant (more than 10° off the page's axes: a
 * watermark drawn across the page, "内部资料 注意保存"), which is no text of the plan either.
 */
export function sealGlyphs(items: PdfTextItem[]): Set<PdfTextItem> {
  const out = new Set<PdfTextItem>();
  if (!items.some((it) => it.angle !== undefined && offAxis(it.angle) > 2)) return out;
  for (const it of items) if (it.angle !== undefined && offAxis(it.angle) > 10) out.add(it);
  const glyph = (it: PdfTextItem) => { const n = it.str.trim().length; return n >= 1 && n <= 2; };
  let run: PdfTextItem[] = [];
  const close = () => {
    if (run.length >= 3 && run.filter((it) => offAxis(it.angle ?? 0) > 2).length >= 2) for (const it of run) out.add(it);
    run = [];
  };
  for (const it of items) {
    if (!it.str.trim()) continue;
    const last = run[run.length - 1];
    if (!glyph(it)) { close(); continue; }
    const turn = last ? Math.abs((((it.angle ?? 0) - (last.angle ?? 0)) % 360 + 540) % 360 - 180) : 0;
    if (last && !(turn >= 2 && turn <= 90)) close();
    run.push(it);
  }
  close();
  return out;
}

/**
 * A page whose text all runs at one small slant — a scan's text layer, the sheet fed a degree or two askew and each word
 * set on its skewed line — turned level about the page's origin, so that the words of a line share a baseline again (at
 * 1° a line of 28 characters of 16 pt falls 7.8 pt from its first to its last, more than the 45 % of the type size a
 * line's items may stand apart: its end became a line of its own). Only when four fifths of the page's characters stand
 * within half a degree of one angle, between half a degree and 10° off the level (more is a watermark, left out before).
 * Rules stay as they are (a scan's text layer draws none).
 */
function level(page: PdfPageText): PdfPageText {
  let chars = 0;
  const slanted: [number, number][] = [];
  for (const it of page.items) {
    const n = it.str.trim().length;
    chars += n;
    if (n && it.angle !== undefined && Math.abs(it.angle) > 0.5 && Math.abs(it.angle) < 10) slanted.push([it.angle, n]);
  }
  if (!slanted.length) return page;
  slanted.sort((p, q) => p[0] - q[0]);
  let at = 0;
  let seen = 0;
  while (seen + slanted[at][1] < 0.5 * chars && at < slanted.length - 1) seen += slanted[at++][1];
  const angle = slanted[at][0];
  const near = slanted.reduce((n, [a, k]) => n + (Math.abs(a - angle) <= 0.5 ? k : 0), 0);
  if (near < 0.8 * chars) return page;
  const t = (angle * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  return {
    ...page,
    items: page.items.map((it) => {
      const { angle: a, ...rest } = it;
      const left = a === undefined ? -angle : a - angle;
      const turned = { ...rest, x: it.x * cos + it.y * sin, y: -it.x * sin + it.y * cos };
      return Math.abs(left) > 0.5 ? { ...turned, angle: left } : turned;
    }),
  };
}

/**
 * A page whose text runs up it ('up': a landscape page drawn turned a quarter counter-clockwise onto a portrait page)
 * or down it, turned so that its text runs left to right: the page turned a quarter clockwise (or counter-clockwise),
 * width and height swapped. Items keep their size and advance width; rules are turned with them.
 */
export function turnUpright(page: PdfPageText, runs: 'up' | 'down'): PdfPageText {
  const W = page.width;
  const H = page.height;
  const turn = (x: number, y: number): [number, number] => (runs === 'up' ? [y, W - x] : [H - y, x]);
  const items = page.items.map((it) => {
    const [x, y] = turn(it.x, it.y);
    const { angle: was, ...rest } = it;
    const angle = ((was ?? 0) + (runs === 'up' ? -90 : 90) + 540) % 360 - 180;
    return Math.abs(angle) > 0.5 ? { ...rest, x, y, angle } : { ...rest, x, y };
  });
  const rules = page.rules?.map((r) => {
    const [ax, ay] = turn(r.x0, r.y0);
    const [bx, by] = turn(r.x1, r.y1);
    return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
  });
  return { width: H, height: W, items, ...(rules ? { rules } : {}) };
}

// ---------------------------------------------------------------- ruled tables

/** A table whose cells the page draws: its rows top to bottom, as the .docx reader gives a Word table's rows. */
export interface RuledTable {
  /** `shortBy`: how far (em) each cell's last line stops short of the cell's right edge (a cell the page cuts goes on when it does not). */
  rows: { cells: string[]; cellLines: string[][]; shortBy: number[]; mergedFrom?: Array<MergedCell | null> }[];
  /** Columns of its grid (a row of cells spanning columns has fewer cells). */
  cols: number;
  top: number;
  bottom: number;
}

/**
 * A cell's paragraph opening with a short label ("启动：…", "推进：…"): in a cell whose first paragraph does, a line
 * that opens with one starts a paragraph (the cell lists labelled entries, one a paragraph).
 */
const CELL_LABEL = /^[\u4e00-\u9fff]{2,4}[：:]/;
/** A field label cut by a line wrap, seen across the break ("配" ⏎ "合单位：", "（牵" ⏎ "头单位："). */
const WRAPPED_LABEL = new RegExp(`^.{0,2}${FIELD_WORDS}[:：]`);
/**
 * What a typesetter moves to the next line whole when it does not fit: a character with the marks after it that may
 * not begin a line ("心、", and a number those marks hold to: "单，2025"), a bracketed word with them ("(镇)、"), an
 * opening mark with the Latin word or the character after it ("“AI+", "（牵": an opening mark may not end a line).
 */
const MOVED_WHOLE = /^(?:[(（《“‘「【[][^)）》」』”’\]]{1,6}[)）》」』”’\]]|[(（《“‘「【[][A-Za-z0-9.%+\-/]+|[(（《“‘「【[][^\s]|[^(（《“‘「【[](?:[、，。；：！？）》」』”’%)\]]+[A-Za-z0-9.%+\-/]*)?)[、，。；：！？）》」』”’%)\]]*/;
/** Width of a run in em: CJK characters and marks one, others (Latin, digits, half-width brackets) about half. */
const emWidth = (t: string) => [...t].reduce((w, c) => w + (isCjk(c) ? 1 : 0.55), 0);
/** Lines of a cell joined: a number the cell's width broke ("21." ⏎ "1") is one number, a word broken after its hyphen ("i-" ⏎ "shanghai") one word. */
const joinCellLines = (a: string, b: string) => ((/\d[.．]?$/.test(a) && /^\d/.test(b)) || (/[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b)) ? a + b : joinWrapped(a, b));

/** Rules closer than this (pt) are one; a rule reaches a point within it. */
const RULE_TOL = 2;

/** Sorted distinct values, values within RULE_TOL of the one before taken as the same. */
function clusterValues(xs: number[]): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of s) if (!out.length || x - out[out.length - 1] > RULE_TOL) out.push(x);
  return out;
}

/**
 * Ruled tables of a page: horizontal and vertical rules that cross each other form a grid (two columns and two
 * rows at least: a one-cell frame, a 专栏's box, stays text); the grid's cells are merged where the rule between two
 * of them is missing (a cell spanning rows or columns). Each text item goes to the cell its middle falls in; a cell's
 * lines are built as the page's, and a line that stops short of the cell's widest line ends a paragraph (its
 * `cellLines`). A cell spanning rows gives its text to its first row and '' to the others (with its text in their
 * `mergedFrom`, as the .docx reader's merged cells), a cell spanning columns
 * one cell, as a Word table's rows read. Returns the tables and the items no table took.
 */
export function ruledTables(page: PdfPageText): { tables: RuledTable[]; rest: PdfTextItem[] } {
  const rules = page.rules ?? [];
  const hs = rules.filter((r) => r.y1 - r.y0 <= RULE_TOL && r.x1 - r.x0 > 2 * RULE_TOL).map((r) => ({ y: (r.y0 + r.y1) / 2, x0: r.x0, x1: r.x1 }));
  const vs = rules.filter((r) => r.x1 - r.x0 <= RULE_TOL && r.y1 - r.y0 > 2 * RULE_TOL).map((r) => ({ x: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 }));
  if (hs.length < 2 || vs.length < 2) return { tables: [], rest: page.items };
  // connected rules (a horizontal and a vertical one that touch)
  const parent = [...hs.keys(), ...vs.keys()].map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  // (each horizontal rule against the vertical ones within its length only, found in them sorted by x: a grid Word
  // draws cell by cell has hundreds of each, and every pair was tried)
  const byX = [...vs.keys()].sort((a, b) => vs[a].x - vs[b].x);
  hs.forEach((h, i) => {
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (vs[byX[mid]].x < h.x0 - RULE_TOL) lo = mid + 1; else hi = mid; }
    for (let q = lo; q < byX.length && vs[byX[q]].x <= h.x1 + RULE_TOL; q++) {
      const v = vs[byX[q]];
      if (h.y >= v.y0 - RULE_TOL && h.y <= v.y1 + RULE_TOL) parent[find(i)] = find(hs.length + byX[q]);
    }
  });
  const groups = new Map<number, { h: typeof hs; v: typeof vs }>();
  hs.forEach((h, i) => { const g = groups.get(find(i)) ?? { h: [], v: [] }; g.h.push(h); groups.set(find(i), g); });
  vs.forEach((v, j) => { const g = groups.get(find(hs.length + j)) ?? { h: [], v: [] }; g.v.push(v); groups.set(find(hs.length + j), g); });

  const tables: RuledTable[] = [];
  let rest = page.items;
  for (const { h, v } of groups.values()) {
    const X = clusterValues(v.map((r) => r.x));
    const Y = clusterValues(h.map((r) => r.y)).reverse(); // top to bottom
    const nC = X.length - 1;
    const nR = Y.length - 1;
    if (nC < 2 || nR < 2) continue;
    const ruleAtY = (y: number, x: number) => h.some((r) => Math.abs(r.y - y) <= RULE_TOL && r.x0 <= x && r.x1 >= x);
    const ruleAtX = (x: number, y: number) => v.some((r) => Math.abs(r.x - x) <= RULE_TOL && r.y0 <= y && r.y1 >= y);
    // merged cells: the grid's cells joined where no rule separates them
    const cell = Array.from({ length: nR * nC }, (_, k) => k);
    const root = (k: number): number => (cell[k] === k ? k : (cell[k] = root(cell[k])));
    const join = (a: number, b: number) => { const ra = root(a); const rb = root(b); if (ra !== rb) cell[Math.max(ra, rb)] = Math.min(ra, rb); };
    for (let r = 0; r < nR; r++) {
      for (let c = 0; c < nC; c++) {
        const midX = (X[c] + X[c + 1]) / 2;
        const midY = (Y[r] + Y[r + 1]) / 2;
        if (r + 1 < nR && !ruleAtY(Y[r + 1], midX)) join(r * nC + c, (r + 1) * nC + c);
        if (c + 1 < nC && !ruleAtX(X[c + 1], midY)) join(r * nC + c, r * nC + c + 1);
      }
    }
    const itemsOf = new Map<number, PdfTextItem[]>();
    const outside: PdfTextItem[] = [];
    for (const it of acrossRules(rest, X, Y)) {
      const size = it.size > 0 ? it.size : 10;
      const cx = it.x + it.width / 2;
      const cy = it.y + 0.3 * size;
      const c = X.findIndex((x, k) => k < nC && cx >= x && cx < X[k + 1]);
      const r = Y.findIndex((y, k) => k < nR && cy <= y && cy > Y[k + 1]);
      if (c < 0 || r < 0) { outside.push(it); continue; }
      const k = root(r * nC + c);
      const cellItems = itemsOf.get(k);
      if (cellItems) cellItems.push(it); else itemsOf.set(k, [it]);
    }
    rest = outside;
    /**
     * A cell's paragraphs. The text's right edge: the cell's right border less the space its text keeps from the left
     * border (cell margins are alike both sides; a centred cell keeps as much from both), or its widest line if that
     * reaches further (a mark hanging past the edge).
     */
    const paras = (items: PdfTextItem[], x0: number, x1: number): { ps: string[]; shortBy: number } => {
      const ls = pageLines({ width: page.width, height: page.height, items }, 0);
      const margin = Math.max(0, Math.min(...ls.map((l) => l.left)) - x0);
      const right = Math.max(...ls.map((l) => l.right), x1 - margin);
      // a cell of labelled entries: its first line opens with a label, or one label opens two lines or more (a cell
      // whose first part stands on the page before) — not a cell where "…（牵" ⏎ "头单位：…；配" ⏎ "合单位：…" wrap one
      // annotation
      const labelOf = (t: string) => CELL_LABEL.exec(t)?.[0];
      const seen = new Map<string, number>();
      for (const l of ls) { const k = labelOf(l.text); if (k) seen.set(k, (seen.get(k) ?? 0) + 1); }
      const labelled = ls.length > 0 && (!!labelOf(ls[0].text) || [...seen.values()].some((n) => n >= 2));
      const out: string[] = [];
      let prev: Line | null = null;
      for (const l of ls) {
        // a line ends a paragraph when it stops short of the cell's right edge by more than 2 em, or more than
        // what the typesetter had to move down whole: a character with the mark after it that may not begin a line
        // ("心、"), a bracketed word ("(镇)、"), a Latin word ("NGB")
        const run = MOVED_WHOLE.exec(l.text)?.[0] ?? '';
        const moved = Math.max(0, emWidth(run) - 1) * l.size;
        // (2 em: the widest line may end in a mark hanging past the edge, and a line of Chinese stops up to an em short)
        const full = prev && right - prev.right <= Math.max(2 * prev.size + moved, l.leadWord + 2 * prev.size);
        // (a field label the wrap cut, "配" ⏎ "合单位：", opens nothing)
        const opens = MARKER.test(l.text) || (labelled && !!labelOf(l.text) && !(prev && WRAPPED_LABEL.test(prev.text.slice(-2) + l.text.slice(0, 6))));
        if (prev && full && !opens && Math.abs(prev.y - l.y) <= 2 * l.size) out[out.length - 1] = joinCellLines(out[out.length - 1], l.text);
        else out.push(l.text);
        prev = l;
      }
      return { ps: out, shortBy: prev ? (right - prev.right) / prev.size : Infinity };
    };
    /** The last grid column of the cell whose root is k, from its first column c (a cell spanning columns). */
    const lastCol = (k: number, c: number) => { let e = c; while (e + 1 < nC && root(Math.floor(k / nC) * nC + e + 1) === k) e++; return e; };
    const rows: RuledTable['rows'] = [];
    /** A cell spanning rows, by its root: its paragraphs, for the rows below its first (SourceLine.mergedFrom). */
    const spanning = new Map<number, MergedCell>();
    for (let r = 0; r < nR; r++) {
      const cells: string[] = [];
      const cellLines: string[][] = [];
      const shortBy: number[] = [];
      let from: Array<MergedCell | null> | null = null;
      for (let c = 0; c < nC; c++) {
        const k = root(r * nC + c);
        const r0 = Math.floor(k / nC);
        const c0 = k % nC;
        if (c0 !== c) continue; // a cell spanning columns: one cell
        const { ps, shortBy: short } = r0 === r ? paras(itemsOf.get(k) ?? [], X[c], X[lastCol(k, c) + 1]) : { ps: [], shortBy: Infinity };
        if (r0 === r && r + 1 < nR && root((r + 1) * nC + c) === k && ps.length) spanning.set(k, { text: ps.join(' '), lines: ps });
        const above = r0 !== r ? spanning.get(k) : undefined;
        if (above) (from ??= [])[cells.length] = above;
        cells.push(ps.join(' '));
        cellLines.push(ps);
        shortBy.push(short);
      }
      if (cells.some((t) => t)) rows.push({ cells, cellLines, shortBy, ...mergedFromOf(cells, from) });
    }
    if (rows.length) tables.push({ rows, cols: nC, top: Y[0], bottom: Y[nR] });
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest };
}

/**
 * Items that run across a column rule of a grid (cells whose text touch, in narrow columns or justified, drawn as one
 * run): cut at the glyph boundary nearest each rule they cross (within ¾ em; glyphs placed as glyphEdges does), as no
 * cell's text crosses its border.
 */
function acrossRules(items: PdfTextItem[], X: number[], Y: number[]): PdfTextItem[] {
  const inner = X.slice(1, -1);
  const out: PdfTextItem[] = [];
  for (const it of items) {
    const size = it.size > 0 ? it.size : 10;
    const cy = it.y + 0.3 * size;
    const crossed = cy <= Y[0] && cy >= Y[Y.length - 1] ? inner.filter((x) => it.x < x - 0.5 * size && it.x + it.width > x + 0.5 * size) : [];
    if (!crossed.length) { out.push(it); continue; }
    const chars = [...it.str];
    const edges = glyphEdges({ x: it.x, right: it.x + it.width, raw: it.str }, size);
    const at = [...new Set(crossed.map((x) => {
      let best = -1;
      for (let k = 1; k < chars.length; k++) if (Math.abs(edges[k] - x) <= 0.75 * size && (best < 0 || Math.abs(edges[k] - x) < Math.abs(edges[best] - x))) best = k;
      return best;
    }).filter((k) => k > 0))].sort((a, b) => a - b);
    let from = 0;
    for (const k of [...at, chars.length]) {
      const str = chars.slice(from, k).join('');
      if (str.trim()) out.push({ ...it, str, x: edges[from], width: (k === chars.length ? it.x + it.width : edges[k]) - edges[from] });
      from = k;
    }
  }
  return out;
}

/**
 * Whether a page's text may stand in a table, for the reader to look for its rules (reading a page's drawing costs
 * about as much as its text): three baselines or more with two pieces of text 0.4 em apart or more (cells side by
 * side; the pieces of a line of running text touch).
 */
export function mayHoldTable(page: PdfPageText): boolean {
  const rows = new Map<number, PdfTextItem[]>();
  for (const it of page.items) {
    if (!it.str.trim()) continue;
    const k = Math.round(it.y);
    const row = rows.get(k);
    if (row) row.push(it); else rows.set(k, [it]);
  }
  let n = 0;
  for (const its of rows.values()) {
    if (its.length < 2) continue;
    its.sort((a, b) => a.x - b.x);
    if (its.some((it, k) => k > 0 && it.x - (its[k - 1].x + its[k - 1].width) >= 0.4 * (it.size || 10)) && ++n >= 3) return true;
  }
  return false;
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

/**
 * Lines at the top and bottom of each page that are page furniture. Returns the set of dropped lines. `heights`: each
 * page's height (a running header stands as far from the top of a landscape annex page as of a portrait one).
 */
function furniture(pages: Line[][], heights: number[]): Set<Line> {
  const drop = new Set<Line>();
  const edgeLines = (ls: Line[]) => {
    const out: Line[] = [];
    for (let k = 0; k < Math.min(2, ls.length); k++) out.push(ls[k]);
    for (let k = Math.max(2, ls.length - 2); k < ls.length; k++) out.push(ls[k]);
    return out;
  };
  // the same text (digits ignored) as far from the page's top (a header) or bottom (a footer) on many pages
  const key = (l: Line) => {
    const h = heights[l.page];
    const at = l.y > h / 2 ? `T${Math.round((h - l.y) / 3)}` : `B${Math.round(l.y / 3)}`;
    return `${at}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  };
  const seen = new Map<string, number>();
  for (const ls of pages) for (const k of new Set(edgeLines(ls).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const many = Math.max(3, Math.ceil(pages.length / 2));
  // A bare number set as the text next to it is — at its left edge, no farther from it than its lines are from each
  // other — is the text's: a table's row number set one cell per line, which a page break left first or last on the
  // page ("6" ⏎ "新增城镇就业4万人…"). A page number stands apart from the text block (in the margin, centred or to a side).
  const inText = (ls: Line[], k: number) => {
    if (!/^\d{1,3}$/.test(ls[k].text)) return false;
    const dir = k < 2 ? 1 : -1;
    const a = ls[k + dir], b = ls[k + 2 * dir];
    if (!a || !b) return false;
    // (the page's pitch: the median distance between its lines)
    const pitch = median(ls.slice(1).map((l, j) => ls[j].y - l.y).filter((d) => d > 0));
    const d = Math.abs(ls[k].y - a.y);
    return Math.abs(ls[k].left - a.left) <= 0.5 * a.size && d <= 1.2 * Math.abs(a.y - b.y) && d <= 1.2 * pitch;
  };
  for (const ls of pages) {
    const edge = edgeLines(ls);
    edge.forEach((l, i) => {
      const k = i < Math.min(2, ls.length) ? i : ls.length - (edge.length - i);
      if ((isPageNumber(l.text) && !inText(ls, k)) || (pages.length >= 3 && (seen.get(key(l)) ?? 0) >= many)) drop.add(l);
    });
  }
  return drop;
}

// ---------------------------------------------------------------- paragraphs

/**
 * A line that starts with a numbering marker begins a paragraph of its own (digits ASCII or full-width: "（１）", "２．"; a
 * decimal outline's "2.2 ", "3.1.2 " with the space typed after it — "2.5万" opening a wrapped line has none).
 */
const MARKER = /^(?:[\d０-９]{1,2}(?:[.．][\d０-９]{1,2}){1,3}\s|[一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百零〇\d０-９]+\s*[)）]|[\d０-９]{1,3}\s*[、．]|[\d０-９]{1,3}\.(?![\d０-９])|[①-⑳㉑-㉟]|第[一二三四五六七八九十百零〇\d０-９]+[章节部分篇条]|附件|附表|专栏\s*[\d０-９一二三四五六七八九十]|[•●▪■◆◇□○]|(?:重点)?(?:任务|专项|行动)\s*[\d０-９一二三四五六七八九十]+\s*[：:、.．\s])/;
/**
 * A line that opens with a field label ("牵头单位：", "配合单位：", "完成时限：") after a line that ends a sentence starts
 * a paragraph: a field line (inside an annotation wrapped at the edge, "…；" ⏎ "配合单位：…", it goes on). Not one in
 * brackets: "…发生。" ⏎ "（责任单位：公安分局）", "…平台。" ⏎ "【牵头单位：区应急局…】" is the sentence's annotation, which a
 * paragraph carries after its last sentence (杨浦's and 奉贤's paragraphs broken there were read as field lines of
 * their own, which state a node's departments completely: 杨浦's 分解表 departments were dropped).
 */
const FIELD_LABEL = new RegExp(`^${FIELD_WORDS}\\s*[:：]`);
/** A column label of a task table: a field label of the grammar, or 序号. */
const COLUMN_LABEL = new RegExp(`^(?:序号|${FIELD_WORDS})$`);

/** The 版记 of an official document (GB/T 9704 7.4): "抄送：…" opens a paragraph of its own, whatever the line before. */
const BANJI = /^(?:抄送|抄报|分送)\s*[:：]/;
/**
 * A line that is a date and nothing else ("2026-10-20", "2026年10月20日", "二〇二六年十月二十日"): a 成文日期 or a page's
 * publication date under a title, its own line — a paragraph wrapped there would close with a mark after it. It goes on
 * the line before only after a mark that asks for more ("发布日期：", "于", no: "截至，").
 */
/**
 * A line opening with a dash pair, "——滨江文化公园工程。…" (the items of a 专栏, each a line): after a line that closed a
 * sentence or a bracket, "…（责任单位：区文化和旅游局）", an item of its own even where that line reached the edge; a
 * wrapped sentence goes on with a dash only in the middle of one. Not a dash and departments alone, "——县住建局牵头，
 * 县城管局配合" (dashAttribution): after a line that reached the edge, that is the paragraph's close the edge broke off.
 */
const DASH_ITEM = /^——[^—]/;
const DATE_LINE = /^(?:\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
/** A line opening with a label (分管区领导：…, 部门分工：…, 牵头单位：…): a field line of its own. */
const LABELLED = /^[\u4e00-\u9fff]{2,6}[：:]/;
/**
 * A row of a table typed with bars: the line opens with a bar and a cell ("｜1｜地区生产总值…"), or with a row number and
 * a bar ("3 | 新增城区…"). After a line ending in a bar (a row closed) or a sentence, such a line opens a row of its
 * own, even where the line before reaches the edge: rows typed one per line whose length happens to fill the line ran
 * into each other. (A line of bars only, "｜｜｜", the empty cells a wrapped row ends with, goes on.)
 */
const BAR_ROW = /^(?:[|｜]\s*[^|｜\s]|[\d０-９]{1,3}\s*[|｜])/;
const BAR_END = /[|｜]$/;
/** A line ending a sentence, a list item or a lead-in (a paragraph may end there): 。！？；：…, with what closes after them. */
const CLOSED = /[。！？!?；;：:…][”’」』）)》】]*$/;

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Left and right edge of the text block of a group of pages. */
function edges(lines: Line[], width: number): { left: number; right: number } {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  let left = lines.length ? lines[0].left : 0;
  let best = -1;
  for (const [x, n] of counts) if (n > best || (n === best && x < left)) { best = n; left = x; }
  // the leftmost start that is common too: in a short document of short paragraphs the indented first lines can
  // outnumber the lines at the edge, and lines never start left of the block
  for (const [x, n] of counts) if (x < left && n >= Math.max(3, 0.2 * best)) left = x;
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  // (the second-longest line and on: one line may stand out of the block; but of a few lines — a 分解表 printed on its
  // own, "附件" and its title over the table — the second is no measure of the block: "附件" would be a full line)
  const right = rights[lines.length < 10 ? 0 : Math.max(1, Math.floor(rights.length * 0.1))] ?? 0;
  // A text block's margins are about even (LibreOffice's 2 cm each side, GB/T 9704's 28 and 26 mm). In a document of
  // short lines — a table set one cell per line, bar rows, a list — the long lines are too few for that measure, which
  // then falls on a cell's end, and a line ending past it was taken for a full one and run into the next ("…达到120项区
  // 政务服务管理局"). A line ending within two em short of the margin mirrored from the left one (half an em past it at
  // most: not a line standing out of the block) shows where the block ends.
  const em = median(lines.map((l) => l.size));
  const mirror = width - left;
  if (right < mirror - 2 * em) {
    const reach = rights.find((r) => r <= mirror + em && r >= mirror - 2 * em);
    if (reach !== undefined) return { left, right: reach };
    // Where no line of ten or more reaches it, nothing wraps: the block ends at that margin, unless the lines end
    // together short of it (three or more within half an em, a block narrower than its margins say) over more than
    // half its width. (Of fewer lines, the longest is the measure, as before.)
    const together = rights.filter((r) => Math.abs(r - right) <= 0.5 * em).length >= 3 && right - left > 0.5 * (mirror - left);
    if (lines.length >= 10 && !together && rights[0] <= mirror + em) return { left, right: mirror };
  }
  return { left, right };
}

// ---------------------------------------------------------------- footnotes

/** What a footnote citation reads: a number, a circled number, asterisks or daggers. */
const NOTE_MARK = /^(?:\d{1,2}|[①-⑳]|[*†‡]{1,3})$/;

/**
 * Footnote citations: a mark set small (¾ of the text's size or less) and raised (its baseline above the text's by
 * up to ¾ em) right after a piece of text. Each with the item it follows.
 */
function citations(items: PdfTextItem[]): Map<PdfTextItem, PdfTextItem> {
  const out = new Map<PdfTextItem, PdfTextItem>();
  let largest = 0;
  for (const it of items) largest = Math.max(largest, it.size);
  for (const it of items) {
    if (it.size > 0.75 * largest || !NOTE_MARK.test(it.str.trim())) continue;
    const host = items.find((h) => h !== it && it.size <= 0.75 * h.size && it.y - h.y > 0.1 * h.size && it.y - h.y <= 0.75 * h.size &&
      Math.abs(it.x - (h.x + h.width)) <= 0.5 * h.size);
    if (host) out.set(it, host);
  }
  return out;
}

/**
 * The lines of a page's footnotes: below the last line in the type of the text a citation stands in, lines in
 * smaller type, the first of which opens with a citation's mark ("1注：…"), down to a page number. Empty when the
 * page has none.
 */
function footnoteLines(lines: Line[], marks: Set<string>, textSize: number): Line[] {
  let k = lines.length;
  while (k > 0 && lines[k - 1].size <= 0.85 * textSize) k--;
  const first = lines[k];
  const mark = first && /^(?:\d{1,2}(?!\d)|[①-⑳]|[*†‡]{1,3})/.exec(first.text)?.[0];
  if (!mark || !marks.has(mark)) return [];
  const out: Line[] = [];
  for (const l of lines.slice(k)) { if (isPageNumber(l.text)) break; out.push(l); }
  return out;
}

/**
 * A page's lines with its ruled tables in their places (a table stands as one line holding it, at its top), without
 * its footnotes: a citation's mark and the notes at the page's foot are left out, as the .docx reader leaves Word's
 * footnotes out (a paragraph the notes interrupt at a page break goes on across them). A raised small mark without a
 * note on the page (m², a superscript in the text) stays in its line.
 */
function pageContent(page: PdfPageText, pageIndex: number): Line[] {
  // (a seal's glyphs set round a circle, and a watermark set at a slant, are no text of the page)
  const seal = sealGlyphs(page.items);
  if (seal.size) page = { ...page, items: page.items.filter((it) => !seal.has(it)) };
  page = level(page);
  const { tables, rest } = ruledTables(page);
  const cited = citations(rest);
  let lines: Line[];
  if (cited.size) {
    const marks = new Set([...cited.keys()].map((it) => it.str.trim()));
    const textSize = Math.max(...[...cited.values()].map((h) => h.size));
    lines = pageLines({ ...page, items: rest.filter((it) => !cited.has(it)) }, pageIndex, true);
    const notes = new Set(footnoteLines(lines, marks, textSize));
    if (notes.size) lines = lines.filter((l) => !notes.has(l));
    else lines = pageLines({ ...page, items: rest.map((it) => (cited.has(it) ? { ...it, y: cited.get(it)!.y } : it)) }, pageIndex, true);
  } else lines = pageLines(tables.length ? { ...page, items: rest } : page, pageIndex, true);
  if (!tables.length) return lines;
  for (const t of tables) {
    const at = lines.findIndex((l) => l.y < t.top);
    const line: Line = { text: t.rows[0].cells.join(' '), left: 0, right: 0, y: t.top, size: 0, page: pageIndex, leadWord: 0, segs: [], items: [], ruled: t };
    lines.splice(at < 0 ? lines.length : at, 0, line);
  }
  return lines;
}

/**
 * The gap (em) that parts two cells of a tab-separated row: a tab reaches the next stop, and a cell that ended 0.4 to
 * 0.5 em short of one left that much ("2024年基期值⇥2025年目标值": 4.8 pt at 10 pt); the typesetter's gaps inside a cell —
 * between Chinese and a number (autospace), a space between two Latin words — are a quarter em or less.
 */
const CELL_GAP = 0.4;

/** A piece of a line (a cell of a tab-separated row, or part of one): its text, extent and the items it is made of. */
interface Piece { x: number; right: number; text: string; size: number; items: Line['items']; y: number }

/** Two characters the typesetter's autospace parts: Chinese next to a Latin letter or digit. */
const autospaced = (a: string, b: string) => !!a && !!b && ((isCjk(a) && ALNUM.test(b)) || (ALNUM.test(a) && isCjk(b)));

/** Items of one piece joined: a space between two Latin words or numbers only. */
const joinItems = (items: Line['items'], size: number): string => {
  let text = '';
  let right = -Infinity;
  for (const it of items) {
    text += text && it.x - right > 0.2 * size && ALNUM.test(text.slice(-1)) && ALNUM.test(it.text[0]) ? ' ' + it.text : it.text;
    right = Math.max(right, it.right);
  }
  return text;
};

/**
 * Where each glyph of an item stands: the x of each boundary (n + 1 for n characters of `raw`). A Chinese character or
 * full-width mark is an em and a Latin letter or digit about half; the width left over goes to the item's spaces (a
 * gap pdfjs kept inside one item), or, without spaces, to every glyph alike (a justified line spread out).
 */
function glyphEdges(it: { x: number; right: number; raw: string }, size: number): number[] {
  const chars = [...it.raw];
  const w = chars.map((c) => (c === ' ' ? 0 : isCjk(c) ? 1 : 0.55) * size);
  const spaces = chars.filter((c) => c === ' ').length;
  const sum = w.reduce((a, b) => a + b, 0);
  const width = it.right - it.x;
  if (spaces && width > sum) chars.forEach((c, k) => { if (c === ' ') w[k] = (width - sum) / spaces; });
  else { const f = width / (sum || 1); w.forEach((v, k) => { w[k] = v * f; }); }
  const out = [it.x];
  for (const v of w) out.push(out[out.length - 1] + v);
  return out;
}

/**
 * An item of a table's line that crosses a column's start (`cols`, beyond a quarter em), cut at the space pdfjs kept in
 * it between two characters that are not Latin letters or digits whose next glyph stands nearest that start by guessed
 * glyph widths, within an em: the text of two cells drawn as one item ("完成第 4 批老旧 区民政局"). In a row of cells
 * (`row`: the line's other items stand at columns' starts), where no such space is, at a space beside a number
 * ("区城市管理局 2026 年 12 月", a date's cell after a unit's that fills its column) whose next glyph stands within half an
 * em of that start, every other space of the item the typesetter's autospace (numberCut). Else the item.
 */
function acrossColumns(it: Line['items'][number], cols: number[], size: number, row = false): Line['items'] {
  if (!it.raw.includes(' ')) return [it];
  const c = cols.find((x) => it.x < x - 0.25 * size && it.right > x + 0.25 * size);
  if (c === undefined) return [it];
  const chars = [...it.raw];
  const edges = glyphEdges(it, size);
  // (not a space next to a Latin letter or digit: the typesetter's autospace, "第 13 批", "每月 5 日" — a sentence after
  // the table crossing its columns would be cut into cells)
  let at = -1;
  chars.forEach((ch, k) => {
    if (ch !== ' ' || k === 0 || k === chars.length - 1 || chars[k + 1] === ' ' || ALNUM.test(chars[k - 1]) || ALNUM.test(chars[k + 1])) return;
    if (Math.abs(edges[k + 1] - c) <= size && (at < 0 || Math.abs(edges[k + 1] - c) < Math.abs(edges[at] - c))) at = k + 1;
  });
  if (at < 0 && row) at = numberCut(chars, it, c, size);
  if (at < 0) return [it];
  const [a, b] = cutItem(it, at, c);
  return [a, ...acrossColumns(b, cols, size, row)];
}

/** The typesetter's autospace between a Chinese character and a Latin letter or digit, in em (about a fifth). */
const AUTOSPACE_EM = 0.2;

/**
 * Where an item of a row crossing the column start `c` is cut at a space beside a Latin letter or digit: the text of a
 * cell that opens (or closes) with a number run on from the next, pdfjs's one item for both ("区城市管理局 2026 年 12 月":
 * the unit's cell and the date's, 0.3 em apart — an autospace is 0.2 em, so no width tells the gap). Each such space is
 * tried as the gap, every other space taken for an autospace; the one whose next glyph stands within half an em of `c`
 * (the glyph after a gap stands at its cell's start: the column's). The raw index to cut before, or -1. Only in a line
 * whose other items are cells (acrossColumns' `row`): a sentence under a table, "各单位每月 5 日前报送进度。", is one item.
 */
function numberCut(chars: string[], it: Line['items'][number], c: number, size: number): number {
  const w = chars.map((ch) => (ch === ' ' ? 0 : isCjk(ch) ? 1 : 0.55) * size);
  const spaces = chars.filter((ch) => ch === ' ').length;
  const excess = it.right - it.x - w.reduce((a, b) => a + b, 0);
  const auto = Math.min(AUTOSPACE_EM * size, excess / spaces);
  let at = -1;
  let near = 0.5 * size;
  let x = it.x;
  chars.forEach((ch, k) => {
    if (ch === ' ' && k > 0 && k < chars.length - 1 && chars[k + 1] !== ' ' && (ALNUM.test(chars[k - 1]) || ALNUM.test(chars[k + 1]))) {
      const d = Math.abs(x + excess - auto * (spaces - 1) - c);
      if (d < near) { at = k + 1; near = d; }
    }
    x += ch === ' ' ? auto : w[k];
  });
  return at;
}

/** An item cut at the boundary before raw character `at` (x: where it stands). */
const cutItem = (it: Line['items'][number], at: number, x: number): [Line['items'][number], Line['items'][number]] => {
  const chars = [...it.raw];
  const a = chars.slice(0, at).join('');
  const b = chars.slice(at).join('');
  return [{ x: it.x, right: x, raw: a.trim(), text: clean(a) }, { x, right: it.right, raw: b.trim(), text: clean(b) }];
};

/**
 * The text items of a line, an item cut where pdfjs kept a gap of a cell's width inside it as a space ("区残联 区民政局",
 * "目标值 属性"): half an em, or CELL_GAP where the item's one space takes all its width beyond its glyphs'.
 */
function spacedItems(l: Line): Line['items'] {
  const items: Line['items'] = [];
  for (const it of l.items) {
    if (!it.text) continue;
    if (!it.raw.includes(' ')) { items.push(it); continue; }
    const edges = glyphEdges(it, l.size);
    const chars = [...it.raw];
    let from = 0;
    // (a gap of 0.4 em where the item's one space takes all its width beyond its glyphs': with more spaces that width is
    // shared out by guess)
    const wide = (chars.filter((c) => c === ' ').length === 1 ? CELL_GAP : 0.5) * l.size;
    const sub = (to: number) => {
      const t = chars.slice(from, to).join('');
      // (the first part, cut before a space, stands from the item's start: its right end is where its glyphs would end
      // set solid, and a narrow gap among them may have gone to the space — `loose`)
      // (a later part's start is placed too, by glyph widths guessed — a digit's is — not measured: `guessed`)
      if (clean(t)) items.push({ x: edges[from], right: to === chars.length ? it.right : edges[to], raw: t.trim(), text: clean(t), ...(from === 0 && to < chars.length ? { loose: true as const } : {}), ...(from > 0 ? { guessed: true as const } : {}) });
    };
    chars.forEach((c, k) => {
      if (c === ' ' && edges[k + 1] - edges[k] >= wide) { sub(k); from = k + 1; }
    });
    sub(chars.length);
  }
  return items;
}

/**
 * The pieces of a line apart by a gap of CELL_GAP or more (the cells of a tab-separated row, wherever its tab stops
 * fell) — between its items, and inside one where pdfjs kept such a gap as a space (spacedItems): its items joined, a
 * space between two Latin words or numbers only.
 */
function pieces(l: Line): Piece[] {
  const out: Piece[] = [];
  const items = spacedItems(l);
  for (const it of items) {
    const last = out[out.length - 1];
    if (last && it.x - last.right < CELL_GAP * l.size) {
      last.items.push(it);
      last.right = Math.max(last.right, it.right);
    } else out.push({ x: it.x, right: it.right, text: '', size: l.size, items: [it], y: l.y });
  }
  for (const p of out) p.text = joinItems(p.items, p.size);
  return out;
}

/**
 * Where a piece can be cut in two: between its items, and between two Chinese glyphs of an item (glyphEdges); `gap`: after a
 * space pdfjs kept inside the item between two Chinese characters (the glyphs stood apart there). Each cut at least
 * about an em inside the piece (half an em from its end between two items: a unit "%" drawn on its own), never before
 * a mark that may not open a cell (，、。；：）》” …, a % after a number); a cut next to a space is made after it. `head`: with the hidden tabs of an item's run before its first space (headCuts).
 */
function cuts(p: Piece, stops: number[] = [], withHead = false, noAuto = false): { x: number; item: number; at: number; gap: boolean }[] {
  const out: { x: number; item: number; at: number; gap: boolean }[] = [];
  // (`noAuto`: the gaps between Chinese and a number or Latin word that the typesetter's autospace sets — one as wide as
  // another of the piece's such gaps, within a thirtieth of an em — are taken for that autospace, no tab: "配套管网" "18"
  // on a stop by chance. A tab may leave such a gap too, "枫桥村" "2025年…": asked for only when the row has too many cuts)
  const auto = autoItems(p);
  p.items.forEach((it, k) => {
    if (k > 0 && !(noAuto && auto(k))) out.push({ x: it.x, item: k, at: 0, gap: false });
    const solid = solidCuts(it, p.size, stops);
    if (solid) { for (const c of solid) out.push({ ...c, item: k, gap: false }); return; }
    // (an item of full-width glyphs with a space in it, "实施城中村改造区城市更新中心…各镇 启动": its run before the first
    // space stands on an em grid from the item's start, shifted by the hidden tabs in it — read as a `loose` item is,
    // the gaps found no wider than all the width beyond the glyphs; glyphEdges gives the space all of it)
    const head = withHead ? headCuts(it, p.size, stops) : [];
    for (const c of head) out.push({ ...c, item: k, gap: false });
    const edges = glyphEdges(it, p.size);
    const chars = [...it.raw];
    for (let i = head.length ? chars.indexOf(' ') + 1 : 1; i < chars.length; i++) {
      if (chars[i] === ' ') continue;
      const gap = chars[i - 1] === ' ' && isCjk(chars[i]) && isCjk(chars[i - 2]);
      // (between two Chinese characters or marks only, whose places are exact: a Latin letter's or digit's is a guess,
      // "9|5%" was placed 0.1 pt from a stop)
      if (chars[i - 1] !== ' ' && !(isCjk(chars[i - 1]) && isCjk(chars[i]))) continue;
      out.push({ x: edges[i], item: k, at: i, gap });
      // (a stop on the near side of a space: the cut is after the space)
      if (chars[i - 1] === ' ') out.push({ x: edges[i - 1], item: k, at: i, gap });
    }
  });
  const after = (c: { item: number; at: number }) => [...p.items[c.item].raw].slice(c.at).join('');
  // (a % after Chinese is no number's: a unit cell of its own, "护理型床位占比" "%" under 单位; a unit after a number is
  // the number's, "新建社区图书馆分馆" "10" "个" whose 个 stands on a stop by chance — unitAfter)
  const before = (c: { item: number; at: number }) => (c.at ? [...p.items[c.item].raw].slice(0, c.at).join('') : p.items[c.item - 1]?.raw) ?? '';
  // (a cut between two items may leave a half-width glyph after it, a unit "%": the item is drawn apart, no glyph's place guessed)
  return out.filter((c) => c.x - p.x >= 0.9 * p.size && p.right - c.x >= (c.at === 0 ? 0.5 : 0.9) * p.size &&
    !(/^[、，。；：！？）》」』”’)\],.;:!?]/.test(after(c)) || (after(c).startsWith('%') && !IDEOGRAPH.test(before(c).slice(-1))) || unitAfter(before(c), after(c))));
}

/** Text `b` opens with a unit ("个", "万元", "平方米") set right after a number that `a` ends with: one cell's "10个". */
const unitAfter = (a: string, b: string) => /\d$/.test(a) && [1, 2, 3, 4].some((k) => isUnit([...b].slice(0, k).join('')));

/**
 * Whether each item of a piece follows the one before across the typesetter's autospace: a number or Latin word set after
 * Chinese, or Chinese after it, with a gap as wide as another such gap of the piece (within a thirtieth of an em).
 */
function autoItems(p: Piece): (k: number) => boolean {
  const autoGap = (k: number) => (k > 0 && autospaced(p.items[k - 1].text.slice(-1), p.items[k].text[0]) ? p.items[k].x - p.items[k - 1].right : null);
  const gaps = p.items.map((_, k) => autoGap(k));
  return (k: number) => gaps[k] !== null && gaps.some((g, j) => j !== k && g !== null && Math.abs(g - gaps[k]!) <= p.size / 30);
}

/**
 * The hidden tabs of an item of full-width glyphs only (Chinese and its marks, each exactly an em): where a cell ended
 * less than about a tenth of an em short of a tab stop, the next cell starts on the stop and pdfjs keeps both in one
 * item with no space ("社区服务办公室南岸社区…": 0.9 pt at 10 pt; "提升消费便利度分管交通副区长区交通委", two such). The item
 * is then wider than its glyphs by those gaps, and its glyphs stand on an em grid from its start, shifted by each gap:
 * read from the left, the item is cut before each glyph that a gap of up to an eighth of an em puts on a stop ("套孙明":
 * 0.1 pt), and the gaps found must make up all the width beyond the glyphs (within a fiftieth of an em). An item exactly as
 * wide as its glyphs holds no gap: a boundary of its glyphs near a stop is no cut (a glyph's end a little past a stop
 * cannot be a tab's, which goes on to the next stop; one a little before it is one only where the item is that much
 * wider than its glyphs — glyphEdges spreads an item's extra width over all its glyphs by guess). A `loose`
 * item (the first part of one cut at a space, its right end placed) is read the same with nothing to make up. Empty
 * when the gaps do not add up; null for an item with other glyphs (a Latin letter's or digit's width is a guess) or
 * one narrower than its glyphs (proportional marks).
 */
function solidCuts(it: Line['items'][number], size: number, stops: number[], marks = false): { x: number; at: number }[] | null {
  const chars = [...it.raw];
  if (chars.length < 2 || !chars.every((c) => isCjk(c))) return null;
  const extra = it.right - it.x - chars.length * size;
  if (extra < -0.02 * size || extra >= CELL_GAP * size) return null;
  const out: { x: number; at: number }[] = [];
  let shift = 0;
  for (let k = 1; k < chars.length; k++) {
    // (`marks`: no cell ends with a list's 、 or ， or an opening bracket, nor opens with a closing mark)
    if (marks && (/[、，（《“‘「【(]/.test(chars[k - 1]) || /[、，。；：！？）》」』”’%)\],.;:!?]/.test(chars[k]))) continue;
    const at = it.x + k * size + shift;
    const room = it.loose ? 0.125 * size : Math.min(0.125 * size, extra - shift + 0.02 * size);
    const s = stops.find((x) => x - at >= -0.002 * size && x - at <= room);
    if (s === undefined) continue;
    out.push({ x: s, at: k });
    shift += s - at;
  }
  return it.loose || Math.abs(extra - shift) <= 0.02 * size ? out : [];
}

/**
 * The hidden tabs of the run before the first space of an item whose glyphs are all full-width (solidCuts reads items
 * without spaces): the run stands from the item's start, each glyph an em, shifted by a gap of up to an eighth of an em
 * at each hidden tab (as a `loose` item is read); the gaps found must leave room for the spaces (the width beyond the
 * glyphs is theirs and the gaps', each space a tenth of an em at least). None for other items, or where the gaps would
 * take more than that width.
 */
function headCuts(it: Line['items'][number], size: number, stops: number[]): { x: number; at: number }[] {
  const chars = [...it.raw];
  const first = chars.indexOf(' ');
  if (first < 2 || !chars.every((c) => c === ' ' || isCjk(c))) return [];
  const extra = it.right - it.x - chars.filter((c) => c !== ' ').length * size;
  const found = solidCuts({ ...it, raw: chars.slice(0, first).join(''), right: it.x + first * size, loose: true }, size, stops, true) ?? [];
  const last = found[found.length - 1];
  // (each space at least a tenth of an em: pdfjs writes a space for no narrower gap)
  return last && last.x - (it.x + last.at * size) <= extra - 0.1 * size * (chars.length - it.raw.replaceAll(' ', '').length) ? found : [];
}

/**
 * The tab stops of a table of tab-separated rows: where its pieces start and, when those stand on a regular grid from
 * the left margin (a word processor's default stops, every 1.25 cm or two characters), every stop of that grid up to
 * the right edge and the first past it (a row's last tab after text that passed the last stop before the edge, before
 * its empty last cell: LibreOffice sets it there, drawing nothing, no line added) — a cell may end on a stop no piece
 * of the table starts at.
 */
function tabStops(starts: number[], size: number, right: number): { stops: number[]; grid: number[] | null } {
  const xs = [...starts].sort((a, b) => a - b).filter((x, k, a) => k === 0 || x - a[k - 1] > 0.1 * size);
  if (xs.length < 3) return { stops: xs, grid: null };
  const left = xs[0];
  const d0 = Math.min(...xs.slice(1).map((x, k) => x - xs[k]));
  if (d0 < size) return { stops: xs, grid: null };
  // (the grid's step from the furthest stop, where the error of one step is smallest)
  const d = (xs[xs.length - 1] - left) / Math.round((xs[xs.length - 1] - left) / d0);
  if (!xs.every((x) => Math.abs(x - left - Math.round((x - left) / d) * d) <= 0.1 * size)) return { stops: xs, grid: null };
  const grid: number[] = [];
  for (let x = left; x < right + Math.max(d, size); x += d) grid.push(x);
  return { stops: [...xs, ...grid], grid };
}

/**
 * Empty cells of a tab-separated row, from the stops of a regular grid: a tab goes on to the next stop, so where the
 * next piece of a line stands more stops on than one (two tabs in a row: "2⇥⇥落实…"), each stop more is an empty cell.
 * For each cell, how many empty cells follow it (none across a line's end: where the wrap put a tab is not known).
 */
function emptyCells(row: Piece[][], grid: number[] | null): number[] {
  return row.map((cell, c) => {
    const a = cell[cell.length - 1];
    const b = row[c + 1]?.[0];
    if (!grid || !a || !b || Math.abs(a.y - b.y) > 0.1 * a.size) return 0;
    return Math.max(0, grid.filter((s) => s > a.right - 0.05 * a.size && s <= b.x + 0.05 * a.size).length - 1);
  });
}

/**
 * A tab-separated row with fewer cells than its header, where a cell ended on a tab stop and the next was set right
 * after it with no gap (nothing in the line parts the two): its pieces cut at the table's own tab stops (tabStops:
 * where pieces of the header and of the other rows start, and the grid they stand on) when a glyph boundary stands
 * on one, within a twentieth of an em (the glyphs of a Chinese run that started on another stop pass within a tenth
 * of one by chance: 10 pt glyphs against stops 35.4 pt apart), and there are exactly as many such places as cells are
 * missing — less the empty cells the tabs of its gaps show where the stops stand on a regular grid (emptyCells; a row
 * whose empty cells explain it is not cut at all). Null when they do not add up (an empty cell the grid does not
 * show, a stop that glyphs of a long cell happen to pass on, two candidates for one cell): the row stays text. When
 * they are too many, the spaces pdfjs kept that stand on a stop are counted alone (a long cell's glyphs pass another
 * stop by chance, where the kept space shows the tab). When
 * they do not add up, they are counted again with the hidden tabs of each item's run before its first space
 * (headCuts: an item of full-width glyphs whose width beyond them glyphEdges gives its space) — only then, as a long
 * run's glyphs pass near stops by chance (seven characters at 10 pt end 0.87 pt short of a stop). When they still do
 * not, a number or Latin word set after Chinese (or Chinese after it) with a gap as wide as the piece's other such gaps
 * — the typesetter's autospace — opens no cell (a tab may leave such a gap too: so only where the cuts were too many).
 */
function splitAtStops(row: Piece[][], n: number, stops: { stops: number[]; grid: number[] | null }): Piece[][] | null {
  return splitOnce(row, n, stops, false) ?? splitOnce(row, n, stops, false, false, true) ?? splitOnce(row, n, stops, true) ?? splitOnce(row, n, stops, false, true);
}
function splitOnce(row: Piece[][], n: number, { stops, grid }: { stops: number[]; grid: number[] | null }, head: boolean, noAuto = false, kept = false, uncut = false): Piece[][] | null {
  const missing = n - row.length;
  if (missing <= 0) return null;
  // (the tabs a line's gaps stand for explain the row: its empty cells, nothing cut)
  const empty = emptyCells(row, grid);
  const blanks = empty.reduce((a, b) => a + b, 0);
  const withBlanks = (cells: Piece[][]) => { const e = emptyCells(cells, grid); return cells.flatMap((c, k) => [c, ...Array.from({ length: e[k] }, () => [])]); };
  if (blanks === missing) return withBlanks(row);
  const found: { cell: number; piece: number; cut: { x: number; item: number; at: number } }[] = [];
  // (`uncut`: no cut at all, the row explained by its empty cells alone — misplaced)
  if (!uncut) row.forEach((cell, c) => cell.forEach((p, k) => {
    for (const cut of cuts(p, stops, head, noAuto)) {
      const on = stops.some((s) => Math.abs(s - cut.x) <= 0.05 * p.size);
      // (`kept`: only the spaces pdfjs kept that stand on a stop — a long cell's glyphs passing other stops by chance
      // are no candidates then: "…负责运营 县商务局", 0.3 em before 县 on a stop, and 304.7 inside the run)
      if (kept ? !(cut.gap && on) : !cut.gap && !on) continue;
      if (!found.some((f) => f.cell === c && f.piece === k && f.cut.item === cut.item && f.cut.at === cut.at)) found.push({ cell: c, piece: k, cut });
    }
  }));
  // (cells short at the row's end: a tab there draws nothing — a row with its last cells empty, "…⇥二季度⇥" under
  // 备注. Taken so only where nothing else can be missing: the row on one line, every gap between its pieces showing
  // its tabs on the regular grid, no item wider than its glyphs by a hidden tab's gap (full-width: gaps unexplained by
  // solidCuts; other glyphs: CELL_GAP or more beyond their guessed widths), and a stop
  // of the grid after its last text for each empty cell)
  let trailing = missing - found.length - blanks;
  if (trailing !== 0) {
    const ps = row.flat();
    const end = ps[ps.length - 1];
    // (an item of other glyphs may hide a tab in a space whose width is shared out by guess — "张敏 6 月底", a tab and
    // an autospace in one item: not where its width beyond its glyphs, as glyphEdges guesses them, is under CELL_GAP)
    const solid = (it: Piece['items'][number], size: number) => {
      const c = solidCuts(it, size, stops);
      if (c === null) return it.right - it.x - [...it.raw].reduce((w, ch) => w + (ch === ' ' ? 0 : isCjk(ch) ? 1 : 0.55), 0) * size < CELL_GAP * size;
      return c.length > 0 || it.right - it.x - [...it.raw].length * size < 0.02 * size;
    };
    // (nor an item set on from the one before it that starts on a stop and was not cut there: "示范小区覆盖率" "%", a
    // cell no cut may open with — the tab may be there)
    // — unless `noAuto` takes it for the typesetter's autospace — nor a unit after a number, "10" "个" on a stop by chance)
    const onStop = row.some((cell, c) => cell.some((q, k) => { const auto = autoItems(q); return q.items.some((it, i) => i > 0 && stops.some((x) => Math.abs(x - it.x) <= 0.05 * q.size) &&
      !(noAuto && auto(i)) && !unitAfter(q.items[i - 1].raw, it.raw) && !found.some((f) => f.cell === c && f.piece === k && f.cut.item === i && f.cut.at === 0)); }));
    if (trailing < 0 || !grid || !end || onStop || ps.some((q) => Math.abs(q.y - end.y) > 0.1 * q.size) || !ps.every((q) => q.items.every((it) => solid(it, q.size))) ||
      grid.filter((x) => x > end.right - 0.05 * end.size).length < trailing) return null;
  }
  const out: Piece[][] = [];
  row.forEach((cell, c) => {
    let cur: Piece[] = [];
    cell.forEach((p, k) => {
      const [first, ...tails] = cutPiece(p, found.filter((f) => f.cell === c && f.piece === k).map((f) => f.cut));
      cur.push(first);
      for (const t of tails) { out.push(cur); cur = [t]; }
    });
    out.push(cur);
  });
  const cells = blanks ? withBlanks(out) : out;
  while (trailing-- > 0) cells.push([]);
  return cells;
}

/**
 * How long a header's label is, counted to tell one label from two run together (ten characters at most): its unit in
 * brackets at the end not counted, "2026年计划投资（万元）" is one.
 */
const labelChars = (s: string) => [...s.replace(/[（(][^（）()]*[）)]$/, '')].length;

/**
 * How well a reading of a row agrees with the table's other rows (`others`, those with all their cells): for each of its
 * cells, how many of them hold the same text in the same column ("刘向东" under 责任领导 of the rows above and below).
 * A row cut at its stops (splitAtStops) is read instead with no cut, by its empty cells alone, where that agrees better:
 * a glyph boundary of a long cell, "改|扩建", stood 0.1 pt from a stop and put 刘向东 one column on.
 */
function agreement(cells: string[], others: string[][]): number {
  return cells.reduce((k, t, c) => k + (t ? others.filter((r) => r[c] === t).length : 0), 0);
}

/**
 * A tab-separated header whose labels ran together where one ended just short of a tab stop ("投资额（万元）责任单位",
 * "计划总投资责任人"): its pieces cut at the stops of the header and the first row (tabStops of where their pieces
 * start, on the regular grid they stand on) where a hidden tab stands in a full-width item (solidCuts) and, in a piece
 * longer than ten characters (two labels at least), where an item of it starts on one (within a twentieth of an em).
 * A header whose pieces do not stand on a grid, or with a piece that is a figure (a row that opened a table), is
 * left as it was.
 */
function headerAtStops(head: Piece[], row: Piece[], right: number): Piece[] {
  // (a header of labels: not a row of figures that opened a table, "分类投放点改造个 60 70 90")
  if (!head.length || head.some((c) => /^[\d.,%+\-—]+$/.test(c.text))) return head;
  const size = head[0].size;
  const { stops, grid } = tabStops([...head, ...row].filter((c) => !c.items[0]?.guessed).map((c) => c.x), size, right);
  if (!grid) return head;
  return head.flatMap((p) => {
    const at: { x: number; item: number; at: number }[] = [];
    p.items.forEach((it, k) => {
      if (k > 0 && labelChars(p.text) > 10 && stops.some((x) => Math.abs(x - it.x) <= 0.05 * size)) at.push({ x: it.x, item: k, at: 0 });
      for (const c of solidCuts(it, size, stops) ?? []) at.push({ x: c.x, item: k, at: c.at });
    });
    return at.length ? cutPiece(p, at) : [p];
  });
}

/** A piece cut at places inside it (cuts: between items, or at a raw character of an item), left to right. */
function cutPiece(p: Piece, at: { x: number; item: number; at: number }[]): Piece[] {
  const out: Piece[] = [];
  let rest = p;
  for (const cut of [...at].sort((a, b) => b.item - a.item || b.at - a.at)) {
    const items = rest.items;
    const [a, b] = cut.at > 0 ? cutItem(items[cut.item], cut.at, cut.x) : [null, null];
    const left = [...items.slice(0, cut.item), ...(a ? [a] : [])];
    const right = [...(b ? [b] : []), ...items.slice(cut.item + (b ? 1 : 0))];
    out.unshift({ x: cut.x, right: rest.right, size: p.size, items: right, text: joinItems(right, p.size), y: p.y });
    rest = { x: rest.x, right: cut.x, size: p.size, items: left, text: joinItems(left, p.size), y: p.y };
  }
  return [rest, ...out];
}

export function layoutPdf(pages: PdfPageText[]): SourceLine[] {
  const perPage = pages.map((p, i) => pageContent(p, i));
  const drop = furniture(perPage.map((ls) => ls.filter((l) => !l.ruled)), pages.map((p) => p.height));
  const body = perPage.map((ls) => ls.filter((l) => !drop.has(l)));

  // geometry per page size (a landscape annex has its own text block)
  const sizeKey = (i: number) => `${Math.round(pages[i].width)}x${Math.round(pages[i].height)}`;
  const byKey = new Map<string, Line[]>();
  const textOf = body.map((ls) => ls.filter((l) => !l.ruled));
  // (the text block's edges from the lines outside two-column parts, which have their columns' edges)
  const blockOf = textOf.map((ls) => { const one = ls.filter((l) => !l.block); return one.length ? one : ls; });
  // (lines pushed, not the groups copied page by page: that was quadratic in the pages)
  const add = (m: Map<string, Line[]>, k: string, ls: Line[]) => { const to = m.get(k); if (to) for (const l of ls) to.push(l); else m.set(k, [...ls]); };
  blockOf.forEach((ls, i) => add(byKey, sizeKey(i), ls));
  // odd and even pages apart when both have lines enough: a 公文 is printed on both sides with mirrored margins
  // (GB/T 9704's 订口), and its even pages' text block stands a few points left of the odd pages'
  const parityKey = (i: number) => `${sizeKey(i)}|${i % 2}`;
  const byParity = new Map<string, Line[]>();
  blockOf.forEach((ls, i) => add(byParity, parityKey(i), ls));
  const widthOf = new Map(pages.map((p, i) => [sizeKey(i), p.width]));
  const edgeOfSize = new Map([...byKey].map(([k, ls]) => [k, edges(ls, widthOf.get(k)!)]));
  const edgeOfParity = new Map([...byParity].map(([k, ls]) => [k, ls.length >= 20 ? edges(ls, widthOf.get(k.split('|')[0])!) : null]));
  // (each page's edges looked up once: a line asks for its page's, and its line before's)
  const pageEdges = pages.map((_, i) => edgeOfParity.get(parityKey(i)) ?? edgeOfSize.get(sizeKey(i))!);
  const edgeOf = { get: (i: number) => pageEdges[i] };
  const pitchOf = textOf.map((ls) => median(ls.slice(1).map((l, k) => ls[k].y - l.y).filter((d) => d > 0)));
  const docPitch = median(pitchOf.filter((p) => p > 0));
  // the pitch of lines set straight under each other (a paragraph's): the fifth of the page's line distances, where
  // the median is the distance between paragraphs on a page of one-line paragraphs with space between them
  // (per type size: lines in a smaller type — a table's, a note's — stand closer)
  const tightOf = textOf.map((ls) => {
    const by = new Map<number, number[]>();
    for (let k = 1; k < ls.length; k++) {
      const d = ls[k - 1].y - ls[k].y;
      if (d > 0.5 * ls[k].size && Math.abs(ls[k - 1].size - ls[k].size) <= 0.15 * ls[k].size) (by.get(Math.round(ls[k].size)) ?? by.set(Math.round(ls[k].size), []).get(Math.round(ls[k].size))!).push(d);
    }
    return new Map([...by].map(([size, d]) => { d.sort((a, b) => a - b); return [size, d[Math.floor(d.length / 5)]]; }));
  });
  const tight = (p: number, size: number) => tightOf[p].get(Math.round(size)) ?? 0;
  const bodySize = median(textOf.flat().map((l) => l.size));
  // one line's height in each type (an empty line, an empty paragraph of a .txt, takes as much): the smallest distance
  // between lines of that size set straight under each other that three or more distances share (within 4 %) — the
  // lines of a wrapped paragraph; a page whose every line has an empty line after it gives twice that, and its gaps
  // are then counted in those (the empty lines among the cells of a table one cell per line count only against the
  // lines parting its header's cells: cellrows.ts)
  const lineOf = new Map<number, number>();
  {
    const by = new Map<number, number[]>();
    for (const ls of textOf) for (let k = 1; k < ls.length; k++) {
      const d = ls[k - 1].y - ls[k].y;
      const size = Math.round(ls[k].size);
      if (d > 0.9 * ls[k].size && Math.abs(ls[k - 1].size - ls[k].size) <= 0.15 * ls[k].size) (by.get(size) ?? by.set(size, []).get(size)!).push(d);
    }
    for (const [size, ds] of by) {
      ds.sort((a, b) => a - b);
      const at = ds.findIndex((d, k) => k + 2 < ds.length && ds[k + 2] <= 1.04 * d);
      if (at >= 0) lineOf.set(size, ds[at]);
    }
  }
  /**
   * The empty lines the page shows between two lines of it: the space between them beyond one line, in lines of b's
   * type; none at the top of a page (an empty line the page break fell on is not seen).
   */
  const blankLines = (a: Line, b: Line): number | undefined => {
    const unit = lineOf.get(Math.round(b.size));
    if (!unit || Math.abs(a.size - b.size) > 0.15 * b.size) return undefined;
    return a.page === b.page ? Math.max(0, Math.floor((a.y - b.y) / unit - 0.6)) : 0;
  };

  const out: SourceLine[] = [];
  let para: string | null = null;
  let prev: Line | null = null;
  /** The ruled table output last, while nothing but page furniture followed it: a table the next page continues. */
  /** `heads`: the first rows of the table (its header rows, one or more, are among them). */
  let lastRuled: { heads: string[][]; cols: number; page: number; shortBy: number[] } | null = null;
  /**
   * `soft`: the paragraph is given with no empty line after it: the layout shows nothing that ends it but its short
   * last line (see the main loop), and the grammar decides, as for the same lines in a text file.
   */
  let soft = false;
  /** The empty lines the page shows before the paragraph's first line (blankLines), where they are measured. */
  let paraBlank: number | undefined;
  const flush = () => {
    if (para === null) return;
    if (out.length && !soft) out.push({ text: '', line: out.length + 1 });
    soft = false;
    out.push({ text: para, line: out.length + 1, ...(paraBlank !== undefined ? { blankLines: paraBlank } : {}) });
    para = null;
    paraBlank = undefined;
    lastRuled = null;
  };
  /**
   * A ruled table. One that opens the page after a ruled table that ended the page before, with as many columns,
   * continues it (a table broken across pages): its first row is left out when it repeats the table's header row.
   */
  const ruledTable = (l: Line, t: RuledTable) => {
    const cont: { heads: string[][]; cols: number; page: number; shortBy: number[] } | null = lastRuled;
    // (as many columns: the grids', not the first rows' cells — a header with a cell spanning columns that the next page
    // does not repeat has fewer cells than the rows there)
    const continues = cont !== null && cont.page === l.page - 1 && cont.cols === t.cols && out.length > 0;
    let rows = t.rows;
    // (the header rows the page repeats, in order: a header of two rows under merged cells, "责任单位" over "牵头单位 |
    // 配合单位", repeats both — the second was read as a row the page broke and joined to the table's last row)
    let repeated = 0;
    while (continues && repeated < Math.min(rows.length, cont.heads.length) && rows[repeated].cells.join('\t') === cont.heads[repeated].join('\t')) repeated++;
    rows = rows.slice(repeated);
    // a row broken by the page: the part on this page has no first cell (its number or name stands on the page
    // before), and continues the cells of the last row
    const last = out[out.length - 1];
    if (continues && rows.length && !rows[0].cells[0] && last?.cells?.[0] && last.cells.length === rows[0].cells.length) {
      const more = rows[0];
      rows = rows.slice(1);
      const lines = last.cells.map((c, k) => {
        const a = last.cellLines?.[k] ?? (c ? [c] : []);
        const b = more.cellLines[k];
        if (!a.length || !b.length) return [...a, ...b];
        // (a cell whose last line on the page before stops short of its edge ended its paragraph there, unless the
        // typesetter moved what follows down whole)
        const ended = cont.shortBy[k] > 2 + Math.max(0, emWidth(MOVED_WHOLE.exec(b[0])?.[0] ?? '') - 1);
        const opens = ended || MARKER.test(b[0]) || (CELL_LABEL.test(a[0]) && CELL_LABEL.test(b[0]));
        return opens ? [...a, ...b] : [...a.slice(0, -1), joinCellLines(a[a.length - 1], b[0]), ...b.slice(1)];
      });
      last.cellLines = lines;
      last.cells = lines.map((ps) => ps.join(' '));
      last.text = last.cells.join('\t');
    }
    if (!continues && out.length) out.push({ text: '', line: out.length + 1 });
    for (const r of rows) out.push({ text: r.cells.join('\t'), line: out.length + 1, cells: r.cells, cellLines: r.cellLines, ...(r.mergedFrom ? { mergedFrom: r.mergedFrom } : {}) });
    lastRuled = { heads: continues ? cont.heads : t.rows.slice(0, 3).map((r) => r.cells), cols: t.cols, page: l.page, shortBy: (rows.at(-1) ?? t.rows[t.rows.length - 1]).shortBy };
  };

  // Tables: a line of three or more pieces separated by wide gaps opens one (its pieces give the columns); the
  // lines after it are read item by item into those columns: a line with text in the first column starts a row,
  // one without continues the cells of the row above (text wrapped inside its cell). A line with an item that
  // does not fit in a column (a paragraph) ends the table, as do a new page and a vertical gap.
  /** `widest`: each column's furthest text end; `ends`: where the current row's text in each column ends (its last line). */
  /** `geo` (tab-separated rows): each row's cells as the pieces of lines they were read from (a cell the wrap broke, two). */
  /**
   * `starts`: where the pieces of `geo` start, each place once, and the table's tab stops from them as last worked out
   * (`stops`, for a line in type `size` against the edge `right`; worked out again only when a piece starts at a new
   * place): a line of a long table asks for them, and gathering them from every row each time was quadratic.
   */
  type Table = {
    cols: number[]; rows: string[][]; lines: Line[]; last: Line; widest: number[]; ends: number[]; tabbed?: boolean; geo?: Piece[][][];
    starts?: Set<number>; stops?: { count: number; size: number; right: number; stops: ReturnType<typeof tabStops> };
    /** Group lines among tab-separated rows ("一、提升政务服务效能"): given as text where they stand; by row index. */
    groups?: Map<number, Line>;
    /** A group line under the header, held until a row opens the table: then placed among `groups`, before that row. */
    pending?: Line;
    /**
     * The header was cut at a hidden tab (headerAtStops): its labels stand at tab stops, and the rows under it are read
     * as tab-separated rows first, not by the header's columns (the rows' cells stand at other stops: "300" 区民政局
     * under 投资额 — the column reader put both in one cell).
     */
    atStops?: true;
    /**
     * The header row's second line, where the line's end wrapped it (headWrap): at the left, the rest of its last label
     * ("业主" ⏎ "单位"); at a tab stop, the labels after its last ("…2027年（亿元）" ⏎ "2028年（亿元）⇥责任单位").
     */
    wrap?: Line;
    /** Opened by a header of two column labels (pairHeader): a table only with two rows of both cells under it. */
    pair?: true;
  };
  /** The table's tab stops (tabStops of where its pieces start: a place counted once gives the same stops). */
  const stopsOf = (t: Table, size: number, right: number) => {
    const s = t.stops;
    if (s && s.count === t.starts!.size && s.size === size && s.right === right) return s.stops;
    const stops = tabStops([...t.starts!], size, right);
    t.stops = { count: t.starts!.size, size, right, stops };
    return stops;
  };
  // (not where a piece starts by guess: the part of an item after a space pdfjs kept, "68000 25000", placed by guessed widths)
  const started = (t: Table, cells: Piece[]) => { for (const c of cells) if (!c.items[0]?.guessed) t.starts!.add(c.x); };
  let table: Table | null = null;
  const columnOf = (cols: number[], x: number, tol: number) => {
    for (let k = cols.length - 1; k >= 0; k--) if (x >= cols[k] - tol) return k;
    return -1;
  };
  /** The line a paragraph given back by closeTable ends with (a group line after a table's last row), for the next to join. */
  let resumed: Line | null = null;
  const closeTable = () => {
    if (!table) return;
    const t: Table = table;
    table = null;
    // (a group line after the table's last row is no group of it: a heading after the table, given as text after it)
    const after: Line[] = [];
    // (a group line held for a row that never came: the same, given as text after the table)
    if (t.pending && t.rows.length >= 2) { after.push(t.pending); t.lines.splice(t.lines.lastIndexOf(t.pending), 1); t.pending = undefined; }
    // (its own line taken out of the table's: not the last when a header repeated atop the next page came after it)
    while (t.groups?.has(t.rows.length - 1)) {
      const g = t.groups.get(t.rows.length - 1)!;
      after.unshift(g); t.groups.delete(t.rows.length - 1); t.rows.pop(); t.geo?.pop(); t.lines.splice(t.lines.lastIndexOf(g), 1);
    }
    // a tab-separated row short of the header's cells where one ended on a tab stop and the next ran on from it: cut
    // at the table's own stops
    if (t.tabbed && t.geo) {
      const n = t.rows[0].length;
      // (the grid up to the text block's right edge too: a row's empty last cell stands at a stop past every line of a
      // narrow table, 落实情况 under a row that ends at 县水务局)
      const stops = stopsOf(t, t.lines[0].size, t.lines.reduce((r, l) => Math.max(r, l.right, edgesOf(l).right), -Infinity));
      const text = (cells: Piece[][]) => cells.map((c) => c.map((p) => p.text).reduce((a, b) => joinWrapped(a, b), ''));
      const cutRows = t.geo.map((r, i) => (i > 0 && r.length < n && !t.groups?.has(i) ? splitAtStops(r, n, stops) : null));
      const read = t.rows.map((r, j) => (cutRows[j] ? text(cutRows[j]!) : r));
      cutRows.forEach((cut, i) => {
        if (!cut) return;
        let cells = read[i];
        const others = read.filter((r, j) => j > 0 && j !== i && !t.groups?.has(j) && r.length === n);
        const plain = splitOnce(t.geo![i], n, stops, false, false, false, true);
        if (plain && agreement(text(plain), others) > agreement(cells, others)) cells = text(plain);
        t.rows[i] = cells;
      });
    }
    // one row is no table: its lines are text again (nor is a header over tab-separated rows none of which has its cells)
    // (under a header of two labels, two rows with both cells at least: pairHeader)
    const whole = t.rows.slice(1).filter((r, i) => r.length === t.rows[0].length && !t.groups?.has(i + 1)).length;
    if (t.rows.length < 2 || (t.tabbed && !whole) || (t.pair && whole < 2)) {
      // (the rest of a header's last label the line's end wrapped goes on its line, as a paragraph's wrapped line does)
      for (const l of [...t.lines, ...after]) {
        if (l === t.wrap && para !== null && l.left <= t.cols[0] + 0.75 * l.size) para = joinWrapped(para, l.text);
        else { flush(); para = l.text; }
      }
      if (after.length) resumed = after[after.length - 1];
      return;
    }
    flush();
    if (out.length) out.push({ text: '', line: out.length + 1 });
    const n = t.rows[0].length;
    for (const row of t.rows) {
      // (a tab-separated row of fewer pieces than the header: which cell is missing — an empty one, two set with no
      // gap where a cell ended on a tab stop — the layout does not tell; the row is text rather than cells misplaced)
      // (nor is a group line, a row of one cell among them, tab-separated or under a header's columns)
      if (row.length !== n) out.push({ text: row.join(' '), line: out.length + 1 });
      else out.push({ text: row.join('\t'), line: out.length + 1, cells: row, ...(t.tabbed ? { tabbed: true } : {}) });
    }
    for (const l of after) { flush(); para = l.text; }
    if (after.length) resumed = after[after.length - 1];
  };
  /**
   * A group line of tab-separated rows ("一、提升政务服务效能", "一、产业项目（2个）": a line with no tab between the
   * header and the first row, or between two groups of rows): a numbered line of one piece at the table's left.
   */
  const groupLine = (t: Table, l: Line) => MARKER.test(l.text) && l.left <= t.cols[0] + 0.75 * l.size && pieces(l).length === 1;
  /**
   * A line that fits a column-read table's first column, the other cells empty, is a group line (or a heading after the
   * table) only by the grammar: numbered at a level above the points ("二、生态环境", "（一）加强组织领导", "第二章"), with
   * a name after the number, and not as the table's own rows are ("二、" under 序号 in rows numbered 一、, "2.新建公厕"
   * among rows "1.改造农贸市场": a row whose other cells are empty). Where it stands in the column does not matter (a
   * heading after the table is indented as the text is).
   */
  const groupRow = (t: Table, l: Line) => {
    const m = readMarker(l.text);
    return !!m && m.rest.trim() !== '' && rankOf(m.style) < rankOf('arabic') &&
      !t.rows.some((r, i) => i > 0 && !t.groups?.has(i) && readMarker(r[0] ?? '')?.style === m.style);
  };
  /**
   * The pieces of a header row (tab-separated), with its second line where the line's end wrapped it: the rest of the
   * last label (a line at the left) or the labels after it (a line at a tab stop).
   */
  const headPieces = (t: Table): Piece[] => {
    const head = pieces(t.lines[0]);
    if (!t.wrap) return head;
    const more = pieces(t.wrap);
    if (t.wrap.left > t.cols[0] + 0.75 * t.wrap.size) return [...head, ...more];
    const last = head[head.length - 1];
    return [...head.slice(0, -1), { ...last, text: joinWrapped(last.text, more[0].text), items: [...last.items, ...more[0].items] }, ...more.slice(1)];
  };
  /**
   * A header row the line's end wrapped (a row of tab-separated labels longer than the line): the line straight under
   * it (a header of labels: no row number first, no "label：value"), its first piece wider than the room the header left
   * at the right edge, in the same type, that opens no row —
   * no row number as its first piece, no numbered heading — and is shorter than the header: at the left, one piece of a few characters, the
   * rest of the last label; at a stop right of the first column, more labels (a tab at the line's end goes on on the
   * next line).
   */
  const headWrap = (t: Table, l: Line, pitch: number, right: number): boolean => {
    const h = t.lines[0];
    const own = pieces(l);
    if (t.rows.length !== 1 || t.lines.length !== 1 || t.pending || l.page !== h.page || !own.length || Math.abs(l.size - h.size) > 0.15 * h.size) return false;
    if (h.y - l.y > 1.25 * (tight(l.page, l.size) || pitch || 1.4 * l.size) || h.right + (own[0].right - own[0].x) <= right + 0.1 * l.size) return false;
    // (a header of labels: not a row, its first piece a row number, nor fields "牵头单位：区水务局⇥配合单位：…")
    const head = pieces(h);
    const rowNumber = (p: Piece) => /^[\d０-９]{1,3}[.．、]?$/.test(p.text);
    if (rowNumber(head[0]) || head.some((p) => /[：:]/.test(p.text))) return false;
    if (MARKER.test(l.text) || rowNumber(own[0]) || own.length >= head.length) return false;
    return l.left <= t.cols[0] + 0.75 * l.size ? own.length === 1 && [...own[0].text].length <= 6 : l.left > t.cols[1] - 0.25 * l.size;
  };
  /** The line opens the page after the table's last line, which ended its page: in the same type on a page of that size. */
  const nextPage = (t: Table, l: Line, opensPage: boolean) => opensPage && l.page === t.last.page + 1 && body[t.last.page].at(-1) === t.last &&
    sizeKey(l.page) === sizeKey(t.last.page) && Math.abs(l.size - t.last.size) <= 0.15 * Math.min(l.size, t.last.size);
  /**
   * Take a line into the open table (or open one); false when it is not table text. `opensPage`: the line is the
   * first of its page, and the table's last line was the last of the page before (nothing but page furniture between
   * them): the table may go on there (a table broken across pages), and a line that repeats its header row is left out.
   */
  const tableLine = (l: Line, pitch: number, opensPage: boolean, right: number): boolean => {
    const t: Table | null = table;
    if (t?.tabbed) {
      if (tabbedRow(t, l, pitch, right, opensPage)) return true;
      closeTable();
      return tableLine(l, pitch, opensPage, right);
    }
    // (on a page of the same size, in the same type: not the title of a landscape annex after the table)
    const goesOn = !!t && nextPage(t, l, opensPage);
    if (goesOn && l.segs.length === t!.cols.length && l.segs.every((sg, k) => sg.text === t!.rows[0][k])) {
      t!.lines.push(l);
      t!.last = l;
      return true;
    }
    // (a header that ended its page: its first row opens the next — goesOn —, as one under it on its page does)
    if (t?.atStops && t.rows.length === 1 && (goesOn || (l.page === t.last.page && t.last.y - l.y <= 2.5 * (pitch || 1.4 * l.size))) && startTabbed(t, l, right)) return true;
    // (the header's second line, where the line's end wrapped it: its labels, read with the first line's when rows at
    // tab stops follow — startTabbed)
    if (t && !goesOn && headWrap(t, l, pitch, right)) {
      t.wrap = l;
      if (l.left <= t.cols[0] + 0.75 * l.size) t.rows[0][t.rows[0].length - 1] = joinWrapped(t.rows[0][t.rows[0].length - 1], l.text);
      t.lines.push(l);
      t.last = l;
      return true;
    }
    if (t && ((l.page === t.last.page && t.last.y - l.y <= 2.5 * (pitch || 1.4 * l.size)) || goesOn)) {
      const tol = 0.75 * l.size;
      // (an item pdfjs drew across a column's start, a cell's text and the next cell's on one baseline with a space
      // near that start — "完成第 4 批老旧 区民政局", the gap after a narrow column's full line —: two cells, cut there)
      // (…and in a row of cells — two items or more at columns' starts —, at a space beside a number too: numberCut)
      const row = l.items.filter((it) => t.cols.some((x) => Math.abs(it.x - x) <= 0.25 * l.size)).length >= 2;
      const items = l.items.flatMap((it) => acrossColumns(it, t.cols, l.size, row));
      const placed = items.map((it) => ({ it, k: columnOf(t.cols, it.x, tol) }));
      // (an item set on from the one before it, less than CELL_GAP after it, starts a column only standing at its left
      // edge — a borderless table's cells touch there; past it, "12" 个 in a tab layout, it goes on its cell: the line
      // then fits no column and is read otherwise)
      for (let i = 1; i < placed.length; i++) {
        const { it, k } = placed[i];
        if (k > placed[i - 1].k && it.x - placed[i - 1].it.right < CELL_GAP * l.size && Math.abs(it.x - t.cols[k]) > 0.25 * l.size) placed[i].k = placed[i - 1].k;
      }
      // (the first row: a line of as many pieces as the header has labels, two of them under one column and so one
      // column left empty — "学前教育普惠率⇥%⇥85⇥92⇥约束性" under "指标名称⇥单位⇥2024年⇥2027年⇥属性", tab-separated text
      // set at default stops, its cells at other stops than the labels — is a row at tab stops, not one under the
      // columns: startTabbed reads its pieces as its cells)
      // (…and one of fewer pieces whose empty cells its tabs show — "护理型床位占比⇥%⇥⇥65⇥约束性", its 2025年 empty: 65 a
      // stop past that label, 约束性 under 2028年 — where its pieces, cut at the stops and given the empty cells the grid
      // shows between them (splitAtStops), make the header's count of cells and a cell stands under another label than its
      // place in the row: the stops decide its columns, not where its pieces fall among the labels)
      const tabbed = t.rows.length === 1 && (() => {
        const ps = pieces(l);
        if (ps.length > t.cols.length || ps.length < 3) return false;
        const ks = ps.map((p) => columnOf(t.cols, p.x, tol));
        if (new Set(ks).size < ks.length) return true;
        if (ps.length === t.cols.length) return false;
        const stops = tabStops([...headPieces(t), ...ps].filter((c) => !c.items[0]?.guessed).map((c) => c.x), l.size, right);
        const cells = stops.grid ? splitAtStops(ps.map((p) => [p]), t.cols.length, stops) : null;
        return !!cells && cells.length === t.cols.length && cells.some((c, k) => c.length > 0 && columnOf(t.cols, c[0].x, tol) !== k);
      })();
      const fits = placed.every(({ it, k }) => k >= 0 && (k === t.cols.length - 1 || it.right <= t.cols[k + 1] + tol));
      const newRow = placed.some(({ k }) => k === 0);
      // on the next page, a line that opens no row goes on with cells whose text reached their column's edge (a row
      // the page broke), and a heading ("第三章 …") goes on with nothing
      const cut = !goesOn || (!MARKER.test(l.text) && (newRow || placed.every(({ k }) => t.rows[t.rows.length - 1][k] && t.ends[k] >= t.widest[k] - 2 * l.size)));
      // a row set at the tab stops after its cells, not under the header's columns (tab-separated text laid out by
      // a word processor): its cells are the pieces of its lines, a row wrapped by the line's end goes on below
      // (also atop the next page, under a header that ended the page before)
      // (a first row read at its stops that startTabbed does not take — its header no labels — is read as it fits, as
      // before: not lost as text)
      if ((tabbed || !fits) && t.rows.length === 1 && startTabbed(t, l, right)) return true;
      // (a group line between the header and the first row: held until a row opens the table)
      // (under a header of labels, ten characters at most each — as cut at its hidden tabs: "投资额（万元）责任单位" is two —:
      // not under a row a table was opened with)
      // (and one between two rows, "（二）新开工项目（1个）" after a group's last row: held the same way, placed before the
      // row it opens; one no row follows is a heading after the table, given back as text after it — closeTable)
      // (the line fits the first column — a short group line in a wide one, "二、生态环境" — or crosses the columns alike)
      // (one that fits the first column must be a group line by the grammar — groupRow: else it is a row whose other cells
      // are empty, "2.新建公厕" among rows "1.…")
      if ((!fits ? groupLine(t, l) : placed.every(({ k }) => k === 0) && groupRow(t, l)) && !goesOn && !t.pending && (t.atStops ? t.rows[0] : pieces(t.lines[0]).map((c) => c.text)).every((c) => labelChars(c) <= 10)) {
        t.pending = l;
        t.lines.push(l);
        t.last = l;
        return true;
      }
      // (a group line held under the header: the row the line opens comes after it, given as text where it stands; a
      // line that opens no row — it would go on the header's cells, above the group line — is not the table's)
      // (nor a line repeating the header's labels: the same header over the next table, the group line its heading)
      const header = t.pending && l.segs.length === t.cols.length && l.segs.every((sg, k) => sg.text === t.rows[0][k]);
      if (fits && cut && !(t.pending && (!newRow || header))) {
        if (t.pending) { (t.groups ??= new Map()).set(t.rows.length, t.pending); t.rows.push([t.pending.text]); t.pending = undefined; }
        if (newRow) { t.rows.push(t.cols.map(() => '')); t.ends = t.cols.map(() => -Infinity); }
        const row = t.rows[t.rows.length - 1];
        for (const { it, k } of placed) {
          row[k] = row[k] ? joinWrapped(row[k], it.text) : it.text;
          t.widest[k] = Math.max(t.widest[k], it.right);
        }
        for (const { k } of placed) t.ends[k] = Math.max(...placed.filter((q) => q.k === k).map((q) => q.it.right));
        t.lines.push(l);
        t.last = l;
        return true;
      }
    }
    const pair = l.segs.length < 3 && pairHeader(l);
    if (l.segs.length >= 3 || pair) {
      closeTable();
      flush();
      // (labels run together where one ended just short of a tab stop: cut there — headerAtStops, against the next line)
      const ls = body[l.page];
      const next = ls[ls.indexOf(l) + 1];
      const own = pieces(l);
      const atStops = next && !next.ruled ? headerAtStops(own, pieces(next), right) : own;
      const columns = headerColumns(l);
      const cut = atStops.length > own.length && atStops.length >= columns.length;
      const head = cut ? atStops : columns;
      table = { cols: head.map((c) => c.x), rows: [head.map((c) => c.text)], lines: [l], last: l, widest: head.map((c) => c.right), ends: head.map((c) => c.right), ...(cut ? { atStops: true } : {}), ...(pair ? { pair: true } : {}) };
      return true;
    }
    closeTable();
    return false;
  };

  /**
   * A header of two columns ("工作内容⇥责任单位", "序号⇥重点任务"): a line of two pieces only, both column labels — ten
   * characters at most, no punctuation or number —, one of them a field label of the grammar (责任单位, 完成时限 …) or
   * 序号, or over a card of fields (fieldCard: "项目⇥内容" over "工作目标⇥…", "责任单位⇥…"); and the two lines straight under it on its page each of two pieces too, starting at its left, neither opening
   * with a label "X：". Two-piece lines elsewhere — fields "牵头单位：…⇥配合单位：…", a signature beside its date — are
   * no header: their pieces are no labels of columns.
   */
  const isLabel = (c: Piece) => labelChars(c.text) <= 10 && !/[\d０-９，。、；;：:！？!?,.]/.test(c.text.replace(/[（(][^（）()]*[）)]$/, ''));
  const pairHeader = (l: Line): boolean => {
    const head = pieces(l);
    if (head.length !== 2 || !head.every(isLabel)) return false;
    const ls = body[l.page];
    const at = ls.indexOf(l);
    if (!head.some((c) => COLUMN_LABEL.test(c.text)) && !fieldCard(ls.slice(at + 1), l)) return false;
    const below = ls.slice(at + 1, at + 3);
    let y = l.y;
    return below.length === 2 && below.every((m) => {
      const ok = !m.ruled && y - m.y <= 2.5 * 1.4 * m.size && Math.abs(m.left - l.left) <= 0.75 * m.size && !LABELLED.test(m.text) && pieces(m).length === 2;
      y = m.y;
      return ok;
    });
  };

  /**
   * A card of fields under a header of two labels ("项目⇥内容" over "工作目标⇥…", "责任单位⇥…", "完成时限⇥…"): the lines
   * under it that start at its left, up to one that does not hold two pieces, each open with a label (ten characters
   * at most, no punctuation or number), and one of those labels is a field label of the grammar (责任单位, 完成时限 …),
   * two rows at least. (A line set further in between them, a cell's text the line's end wrapped, is passed over.)
   */
  const fieldCard = (below: Line[], head: Line): boolean => {
    const firsts: Piece[] = [];
    for (const m of below) {
      if (m.ruled || m.page !== head.page) break;
      if (Math.abs(m.left - head.left) > 0.75 * m.size) { if (m.left > head.left) continue; break; }
      const ps = pieces(m);
      if (ps.length !== 2 || !isLabel(ps[0])) break;
      firsts.push(ps[0]);
    }
    return firsts.length >= 2 && firsts.some((c) => COLUMN_LABEL.test(c.text));
  };

  /**
   * The columns a header line gives: its pieces apart by a wide gap (segs) and, where a label fills its column and the
   * next stands less than 1.5 em after it (a borderless table's narrow columns: "建设内容及规" 总投资, even touching), each
   * text item of the header that starts where items of the lines below it start too — its column's left edge, which
   * the rows' cells share (within a quarter em; on one of the next eight lines of the page after a gap of CELL_GAP or
   * more; where the item nearly touches the one before, Chinese after Chinese a twentieth of an em apart or more, on two
   * of them, each apart from the item before it as much). An item after a number or Latin word set next to Chinese (the
   * typesetter's autospace) starts no column, nor does one that starts there on a line below after such a gap.
   */
  const headerColumns = (l: Line): { x: number; right: number; text: string }[] => {
    const ls = body[l.page];
    const at = ls.indexOf(l);
    const below = ls.slice(at + 1, at + 9).filter((m) => !m.ruled && m.page === l.page);
    const tol = 0.25 * l.size;
    // (an item that starts there after text set next to it across the typesetter's autospace — "在第" 1 个… — is no
    // cell's start: where a number stands in a cell's text falls alike on the rows of a list)
    const auto = (a: string, b: string) => (isCjk(a) && ALNUM.test(b)) || (ALNUM.test(a) && isCjk(b));
    // (`apart`: only items that stand apart from the one before, a twentieth of an em or more — pdfjs also parts a
    // line's items where the font changes, a mark set in another font, with no gap)
    const recurs = (x: number, apart: number) => below.filter((m) => m.items.some((it, k) => Math.abs(it.x - x) <= tol && !!it.text &&
      !(k > 0 && it.x - m.items[k - 1].right < CELL_GAP * l.size && auto(m.items[k - 1].text.slice(-1), it.text[0])) &&
      (k === 0 || it.x - m.items[k - 1].right >= apart))).length;
    const cols: { x: number; right: number; text: string }[] = [];
    for (const it of spacedItems(l)) {
      const last = cols[cols.length - 1];
      const gap = last ? it.x - last.right : Infinity;
      const a = last?.text.slice(-1) ?? '';
      const b = it.text[0];
      // (apart by CELL_GAP: not across the typesetter's autospace; touching: only between two Chinese characters — a
      // number or Latin word and the text after it are items of their own in another font, "1." 生活…, on every line)
      const wide = gap >= CELL_GAP * l.size && !auto(a, b);
      const touching = gap >= 0.05 * l.size && /[\u3400-\u9fff]/.test(a) && /[\u3400-\u9fff]/.test(b);
      const opens = !last || l.segs.some((sg) => Math.abs(sg.x - it.x) <= tol) || (wide && recurs(it.x, -Infinity) >= 1) || (touching && recurs(it.x, 0.05 * l.size) >= 2);
      if (opens) cols.push({ x: it.x, right: it.right, text: it.text });
      else { last.text = joinItems([{ ...it, text: last.text, raw: last.text, x: last.x, right: last.right }, it], l.size); last.right = Math.max(last.right, it.right); }
    }
    // (never fewer columns than the wide gaps give)
    return cols.length >= l.segs.length ? cols : l.segs;
  };

  /**
   * Rows of tab-separated text (a word processor's layout of "序号⇥整治内容⇥…" lines): each row starts at the left
   * column, its cells are the pieces of the line apart by a gap of half an em or more (set solid, Chinese text has
   * none inside a cell), wherever the tab stops put them. A row longer than the line wraps: the line after one that
   * reaches the right edge goes on with the row — its first piece the rest of the cell the wrap broke — and so does a
   * line starting at a tab stop (a new cell), up to the header's count of cells; where the rows are numbered only a
   * line opening with the next number starts a row. A row has two cells at least and no more than the header; one with fewer than the header is
   * given as text (closeTable). The table goes on at the top of the next page (its header repeated there left out).
   */
  const startTabbed = (t: Table, l: Line, right: number): boolean => {
    const cells = pieces(l);
    const head = headerAtStops(headPieces(t), cells, right);
    // (a header's cells are labels: a piece longer than ten characters is two run together where a tab stop left no
    // gap, and the rows would be read against the wrong columns)
    if (head.length < (t.pair ? 2 : 3) || head.some((c) => labelChars(c.text) > 10) || cells.length < 2 || cells.length > head.length || l.left > t.cols[0] + 0.75 * l.size) return false;
    t.tabbed = true;
    const g = t.pending;
    t.rows = [head.map((c) => c.text), ...(g ? [[g.text]] : []), cells.map((c) => c.text)];
    t.geo = [head.map((c) => [c]), ...(g ? [[]] : []), cells.map((c) => [c])];
    if (g) { t.groups = new Map([[1, g]]); t.pending = undefined; }
    t.starts = new Set();
    started(t, head);
    started(t, cells);
    t.lines.push(l);
    t.last = l;
    t.ends = [l.right, right];
    return true;
  };
  /**
   * A vertical gap between two lines of a page: more than 1.6 times its pitch, or the pitch of lines in this type set
   * straight under each other where that is smaller (on a page of one-line paragraphs with space between them the
   * page's pitch is that space).
   */
  const gapAfter = (a: Line, b: Line, pitch: number) => a.page === b.page && pitch > 0 && a.y - b.y > 1.6 * Math.min(pitch, tight(b.page, b.size) || pitch);
  const tabbedRow = (t: Table, l: Line, pitch: number, right: number, opensPage: boolean): boolean => {
    const goesOn = nextPage(t, l, opensPage);
    if (!goesOn && (l.page !== t.last.page || t.last.y - l.y > 2.5 * (pitch || 1.4 * l.size))) return false;
    const n = t.rows[0].length;
    const cells = pieces(l);
    // (the header row repeated at the top of the next page is left out; elsewhere it opens a table of its own — after a
    // group line, "二、5项重点工程任务分解表", the same header over the next table)
    if (cells.length === n && cells.every((c, k) => c.text === t.rows[0][k])) {
      if (!goesOn) return false;
      t.lines.push(l);
      t.last = l;
      return true;
    }
    const row = t.rows[t.rows.length - 1];
    const geo = t.geo!;
    // (a row has all its cells when it has as many pieces as the header, or when cutting it at the table's own stops —
    // a cell ended on a tab stop and the next ran on from it: splitAtStops, as closeTable will — gives them all, its
    // last cell not one taken as empty at the row's end: that may be on the next line yet)
    const split = row.length < n && t.rows.length > 1 && !t.groups?.has(t.rows.length - 1) ? splitAtStops(geo[geo.length - 1], n, stopsOf(t, l.size, right)) : null;
    const complete = row.length >= n || (!!split && split[split.length - 1].length > 0);
    const wrapped = t.ends[1] - t.ends[0] <= 2 * l.size;
    const number = /^\d{1,3}$/.exec(row[0])?.[0];
    const atLeft = l.left <= t.cols[0] + 0.75 * l.size;
    // a row starts at the left: with the next number where the rows are numbered, else after a line that ended short
    // of the edge (or a row that has all its cells)
    const opens = atLeft && (number !== undefined ? cells[0]?.text === String(Number(number) + 1) : !wrapped || complete);
    if (MARKER.test(l.text)) {
      if (!groupLine(t, l) || goesOn) return false;
      (t.groups ??= new Map()).set(t.rows.length, l);
      t.rows.push([l.text]);
      geo.push([]);
      t.lines.push(l);
      t.last = l;
      t.ends = [l.right, right];
      return true;
    }
    // (a line not at the left goes on at a tab stop of the table: not an indented paragraph after a row short of cells)
    const atStop = () => stopsOf(t, l.size, right).stops.some((x) => Math.abs(x - l.left) <= 0.25 * l.size);
    // (a row whose first cells are empty — a category given once over the rows under it, "⇥2⇥养老机构…": its line starts
    // at a stop of the table's regular grid, one stop on for each empty cell — after a row that has all its cells)
    const grid = !atLeft && complete ? stopsOf(t, l.size, right).grid : null;
    const lead = grid && grid.some((s) => Math.abs(s - l.left) <= 0.1 * l.size) ? grid.filter((s) => s > t.cols[0] + 0.5 * l.size && s <= l.left + 0.1 * l.size).length : 0;
    // (its cells one piece where a cell ended on a tab stop and the next ran on from it: cut at the table's own stops)
    const leadCells = lead > 0 && cells.length === 1 && lead + 1 < n ? splitAtStops([cells], n - lead, stopsOf(t, l.size, right)) : cells.map((c) => [c]);
    if (lead > 0 && leadCells && leadCells.length >= 2 && lead + leadCells.length <= n) {
      t.rows.push([...Array.from({ length: lead }, () => ''), ...leadCells.map((c) => c.map((p) => p.text).join(''))]);
      geo.push([...Array.from({ length: lead }, () => []), ...leadCells]);
      started(t, cells);
    } else if (opens && cells.length >= 2 && cells.length <= n) { t.rows.push(cells.map((c) => c.text)); geo.push(cells.map((c) => [c])); started(t, cells); }
    // (a cell's text goes on straight under the row's last line, or atop the next page: a line after a gap — the empty
    // line before a closing paragraph or a "（续表）" note — is no wrapped cell)
    else if (!opens && !t.groups?.has(t.rows.length - 1) && (goesOn || !gapAfter(t.last, l, pitch)) && (atLeft ? wrapped : atStop())) {
      // (at the left after a full line: the rest of the cell the wrap broke; at a tab stop: the next cells)
      const goesOn = atLeft ? [...row.slice(0, -1), joinWrapped(row[row.length - 1], cells[0].text), ...cells.slice(1).map((c) => c.text)] : [...row, ...cells.map((c) => c.text)];
      if (goesOn.length > n) return false;
      t.rows[t.rows.length - 1] = goesOn;
      const g = geo[geo.length - 1];
      geo[geo.length - 1] = atLeft ? [...g.slice(0, -1), [...g[g.length - 1], cells[0]], ...cells.slice(1).map((c) => [c])] : [...g, ...cells.map((c) => [c])];
      started(t, cells);
    } else return false;
    t.lines.push(l);
    t.last = l;
    t.ends = [l.right, right];
    return true;
  };

  /** The edges a line's text runs between: its column's (two columns on part of a page), else its page's text block's. */
  const edgesOf = (l: Line) => l.block ?? edgeOf.get(l.page);
  /** The line of the page read last (a paragraph's or a table's), for the empty lines before the next (blankLines). */
  let above: Line | null = null;
  for (let p = 0; p < body.length; p++) {
    const pitch = pitchOf[p] || docPitch || 0;
    for (const l of body[p]) {
      const { left, right } = edgesOf(l);
      if (l.ruled) { closeTable(); flush(); ruledTable(l, l.ruled); prev = null; above = null; continue; }
      if (tableLine(l, pitch, l === body[p][0], right)) { prev = null; lastRuled = null; above = l; continue; }
      // (a group line the table took last and gave back as text: the paragraph it opens goes on here)
      if (resumed) { prev = resumed; resumed = null; }
      let joins = false;
      if (prev && para !== null) {
        const em = prev.size;
        const samePage = prev.page === l.page;
        const prevRight = edgesOf(prev).right;
        // (what the typesetter moves down whole counts only after a line of the text block: not after a signature or
        // date set to the right, "2025年4月8日" ⏎ "（此件公开发布）")
        const inBlock = prev.left - edgesOf(prev).left <= 4 * em;
        const full = prevRight - prev.right <= Math.max(2 * em, inBlock ? l.leadWord + 0.5 * em : 0);
        // a hanging indent: the line stands under the text after the label of the line before ("附件：…（2015—" ⏎
        // "2017）" set under its first character)
        const label = para === prev.text ? /^[^：:\s]{2,6}[：:]/.exec(prev.text)?.[0] : undefined;
        const hanging = !!label && Math.abs(l.left - (prev.left + label.length * prev.size)) <= 0.6 * prev.size;
        const indented = l.left - left >= 0.8 * l.size && !hanging;
        const gap = gapAfter(prev, l, pitch);
        const sizeChange = Math.abs(prev.size - l.size) > 0.15 * Math.min(prev.size, l.size);
        joins = full && !indented && !gap && !sizeChange && !MARKER.test(l.text) && !BANJI.test(l.text) && !(FIELD_LABEL.test(l.text) && /[。！？!?]$/.test(prev.text)) &&
          !(DATE_LINE.test(l.text) && !/[，、：:（(“‘《]$/.test(prev.text)) && !(DASH_ITEM.test(l.text) && /[。！？；）)]$/.test(prev.text) && !dashAttribution(l.text)) &&
          !(BAR_ROW.test(l.text) && (BAR_END.test(prev.text) || CLOSED.test(prev.text)));
        // a long centred title wrapped onto a second centred line, in the same (larger) type
        if (!joins && samePage && !sizeChange && !MARKER.test(l.text) && prev.y - l.y <= 2 * l.size) {
          const centred = (x: Line) => Math.abs((x.left - left) - (right - x.right)) < 1.5 * em;
          // (or broken by hand, by meaning, on a shorter first line: "关于印发推进智慧浦东" ⏎ "建设2011—2013年行动计划的
          // 通知", in title type and not ending a sentence)
          const byHand = prev.size >= 1.25 * bodySize && !/[。；;！？!?：:]$/.test(prev.text);
          joins = centred(prev) && centred(l) && l.left - left > 0.5 * em && (prev.right - prev.left >= 0.6 * (right - left) || byHand) && l.size > bodySize * 1.1;
        }
      }
      // A line short of the edge ends its paragraph. But when it ends in no mark that may end one (。；：…: "…开放率
      // 达到" ⏎ "80%", "…产业根基，", a heading broken by hand, "第二篇 …构建现代产业体系" ⏎ "和现代化经济体系") and nothing
      // else parts the two lines (the next in the same type, straight under it, not indented, opening with no number
      // or label "分管区领导："; the short line at the left or indented as a first line, not centred), the page does not
      // say whether the next line goes on: the two are handed over as adjacent lines with no empty line between them,
      // and the grammar reads them as the same lines of a text file.
      const unended = !joins && prev && para !== null && prev.page === l.page && tight(p, l.size) > 0 && prev.y - l.y <= 1.25 * tight(p, l.size) &&
        Math.abs(prev.size - l.size) <= 0.15 * Math.min(prev.size, l.size) && l.left - left < 0.8 * l.size &&
        prev.left - l.left > -0.8 * l.size && prev.left - left <= 2.5 * l.size && !MARKER.test(l.text) && !LABELLED.test(l.text) && !BANJI.test(l.text) &&
        !CLOSED.test(prev.text);
      // A sentence broken by hand on a short line ("…计划改造2000年底前建成的" ⏎ "老旧小区156个，…"): where the paragraph
      // the short line ends opens with no number (no heading) and is a sentence — a comma in it —, the short line
      // fills half the text block at least (not one of lines a cell each, "县市场监管局、县行政审批局" ⏎ "孙丽") and
      // ends mid-sentence (a word or a comma, not a bar "… |" of a row), the line that goes on with no number or label
      // after it continues it where it goes on as a sentence does: to the line's end, or to a mark that ends one (not a
      // department's cell after a task's, "…受理事项达到120项" ⏎ "区政务服务管理局").
      const broken = !!unended && !MARKER.test(para!) && /[，,]/.test(para!) && prev!.right - prev!.left >= 0.5 * (right - left) &&
        /[\u3400-\u9fffA-Za-z0-9%，、]$/.test(prev!.text) && !BAR_ROW.test(l.text) && (right - l.right <= 2 * l.size || /[。！？!?；;]$/.test(l.text));
      if (joins || broken) para = joinWrapped(para!, l.text);
      else { flush(); soft = !!unended && out.length > 0; para = l.text; paraBlank = above ? blankLines(above, l) : undefined; }
      prev = l;
      above = l;
    }
  }
  closeTable();
  flush();
  return out;
}

/** Characters of text on a page (white space excluded): how the reader tells a scanned page. */
export const pageChars = (page: PdfPageText): number => page.items.reduce((n, it) => n + it.str.replace(/\s+/g, '').length, 0);
