/**
 * The plan as an official Word document, GB/T 9704-2012 (《党政机关公文格式》) layout.
 * Environment-free (Node and the browser): docx builds the package, fflate patches it; no node: imports.
 *
 *   buildDocx(doc, opts) → Promise<Uint8Array>   (.docx bytes)
 *
 * Layout (numbers and their sources in ./gbt9704.ts; measured results in docs/export.md):
 *   - A4, 版心 156 × 225 mm, 22 lines × 28 characters (docGrid linePitch 579, charSpace −848, exact 579 spacing);
 *     mirror margins (订口 inside) patched into settings.xml, which docx cannot write.
 *   - Title 方正小标宋简体 二号 centred; body 仿宋_GB2312 三号, first line 2 characters, justified;
 *     一、 黑体, （一）/行动一 楷体_GB2312, 1./（1）/重点任务N 仿宋 — always written in w:eastAsia (and hAnsi, so
 *     “ ” — use it), Latin in Times New Roman. Heading 1–6 and Title styles are redefined in black, 三号, not bold,
 *     so Word's blue built-ins never show and the navigation pane still lists the outline.
 *   - Numbers derived from the structure (shared/numbering.ts), punctuation GB/T 15834 (./text.ts).
 *   - Page numbers "— N —" 宋体 四号: odd pages right, even pages left, one character in (evenAndOddHeaders).
 *   - 专栏 (box nodes): a one-cell bordered table in place in the body, title 黑体 centred, projects 仿宋 (boxBlock).
 *   - cover: 发文机关标志 (red), 发文字号, red line, 关于印发…的通知, 主送机关, notice, 附件说明, office and date;
 *     the plan follows as 附件 on a new page; the 版记 (抄送/印发 between 版心-wide lines) is a frame at the
 *     bottom of the 版心 on the last page.
 *   - annexes: landscape section(s) with 附表1 主要任务分解表 (header row repeated, rows kept whole, one column per
 *     year with that year's milestones) and 附表2 主要指标表.
 *   - comments: real Word comments (comments.xml) anchored to the quote in the node's text, else to its heading.
 *   - Reproducible: the same plan and options give the same bytes (document dates are the plan's issue date,
 *     zip entries carry a fixed time).
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Document,
  DocumentGridType,
  Footer,
  FrameAnchorType,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { PlanDoc, PlanNode } from '../model/plan';
import { deriveNumbers, readNumber } from '../numbering';
import { ANNEX_TITLES, INDICATOR_TABLE_HEAD, TASK_TABLE_HEAD, indicatorRows, taskTable, type TaskTable, type IndicatorRow } from './annex';
import { BOX, FONT_SETS, GRID, HEADER, INDENT, LANDSCAPE, PAGE, PAGE_NUMBER_DASH, RECORD, SIZE, type FontSet } from './gbt9704';
import type { DocxOptions, ExportComment } from './options';
import { sourceTable, sourceTableAction, tableRows, type SourceTable, type SourceTableAction } from './sourcetable';
import { cnDate, cnText, joinNumber, paragraphs, printedTitle } from './text';
import { occurrences } from '../text/occurrences';

export { ANNEX_TITLES, INDICATOR_TABLE_HEAD, TASK_TABLE_HEAD } from './annex';
export { printedTitle } from './text';

export type { DocxOptions, ExportComment } from './options';

type Role = 'title' | 'hei' | 'kai' | 'body' | 'song';

interface Ctx {
  fonts: FontSet;
  numbers: Map<string, string>;
  /** node id → comments not yet placed. */
  comments: Map<string, Array<ExportComment & { id: number }>>;
  /** Next id of a tracked change (w:ins / w:del). */
  revision: number;
  /** Comment id → occurrences of its quote met in earlier paragraphs of its field (for ExportComment.occurrence). */
  seen: Map<number, number>;
  /** Tables kept from the source as text (./sourcetable.ts): node id → what to do with it. */
  sourceTables: Map<string, { table: SourceTable; action: SourceTableAction }>;
  /** The generated 主要任务分解表 (built when first needed). */
  tasks: () => TaskTable;
}

const fontOf = (f: FontSet, role: Role): string =>
  role === 'title' ? f.title : role === 'hei' ? f.hei : role === 'kai' ? f.kai : role === 'song' ? f.song : f.body;

/** Run fonts: CJK font in eastAsia and hAnsi (so “ ” — … use it), Latin/digits in Times New Roman. */
const runFont = (f: FontSet, role: Role) => {
  const ea = fontOf(f, role);
  return { ascii: f.latin, hAnsi: ea, eastAsia: ea, cs: f.latin, hint: 'eastAsia' as const };
};

const EXACT = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

function run(ctx: Ctx, text: string, role: Role, size: number = SIZE.san, extra: { color?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: runFont(ctx.fonts, role), size, sizeComplexScript: size, color: extra.color, bold: extra.bold ?? false });
}

// --- comments -------------------------------------------------------------------------------------

interface Anchor { id: number; start: number; end: number; suggestion?: { text: string; author: string; date: string } }

/** The quoted text of a suggestion shown deleted, its replacement inserted: Word tracked changes by the reviewer. */
function trackedRuns(ctx: Ctx, a: Anchor, text: string, role: Role, size: number): ParagraphChild[] {
  const s = a.suggestion!;
  const base = { font: runFont(ctx.fonts, role), size, sizeComplexScript: size, author: s.author || '审核', date: s.date };
  const out: ParagraphChild[] = [];
  if (text) out.push(new DeletedTextRun({ ...base, id: ctx.revision++, text }));
  if (s.text) out.push(new InsertedTextRun({ ...base, id: ctx.revision++, text: cnText(s.text) }));
  return out;
}

/** Text runs split at comment boundaries, with CommentRangeStart/End and the reference run. */
function runsWithAnchors(ctx: Ctx, text: string, role: Role, size: number, anchors: Anchor[]): ParagraphChild[] {
  if (!anchors.length) return [run(ctx, text, role, size)];
  const cuts = new Set<number>([0, text.length]);
  for (const a of anchors) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (const a of anchors) {
      if (a.end === p && a.start !== p) {
        out.push(new CommentRangeEnd(a.id));
        out.push(new TextRun({ children: [new CommentReference(a.id)] }));
      }
    }
    for (const a of anchors) if (a.start === p) out.push(new CommentRangeStart(a.id));
    for (const a of anchors) {
      if (a.start === p && a.end === p) {
        out.push(new CommentRangeEnd(a.id));
        out.push(new TextRun({ children: [new CommentReference(a.id)] }));
      }
    }
    const next = points[i + 1];
    if (next !== undefined && next > p) {
      const inside = anchors.find((a) => a.suggestion && a.start <= p && next <= a.end);
      if (inside) out.push(...trackedRuns(ctx, inside, text.slice(p, next), role, size).slice(0, 1));
      else out.push(run(ctx, text.slice(p, next), role, size));
    }
    // after the deleted quote of a suggestion: its replacement
    for (const a of anchors) {
      if (a.suggestion && a.end === next) out.push(...trackedRuns(ctx, a, '', role, size));
    }
  }
  return out;
}

/**
 * Comments of `nodeId` whose quote is in this paragraph of `field` (removed from the pending list): at the
 * given occurrence of the quote in the field when the comment says which, else at its first occurrence.
 * A suggestion overlapping one already placed here stays a comment (two tracked replacements of one range
 * would both be inserted by 全部接受).
 */
function takeQuoted(ctx: Ctx, nodeId: string, text: string, field: 'heading' | 'body'): Anchor[] {
  const pending = ctx.comments.get(nodeId);
  if (!pending?.length) return [];
  const out: Anchor[] = [];
  for (let i = 0; i < pending.length; i++) {
    const c = pending[i];
    if (!c.quote) continue;
    let at = -1;
    let len = 0;
    if (c.field !== undefined && c.occurrence !== undefined) {
      if (c.field !== field) continue;
      for (const q of [cnText(c.quote), c.quote]) {
        const list = occurrences(text, q);
        const seen = ctx.seen.get(c.id) ?? 0;
        if (c.occurrence - seen < list.length) {
          at = list[c.occurrence - seen];
          len = q.length;
          break;
        }
        if (q === c.quote || list.length) {
          ctx.seen.set(c.id, seen + list.length);
          break;
        }
      }
    } else {
      for (const q of [c.quote, cnText(c.quote)]) {
        const found = q ? text.indexOf(q) : -1;
        if (found >= 0) {
          at = found;
          len = q.length;
          break;
        }
      }
    }
    if (at < 0) continue;
    const overlaps = out.some((o) => o.suggestion && o.start < at + len && at < o.end);
    const suggestion = c.replacement !== undefined && !overlaps ? { text: c.replacement, author: c.author, date: isoDate(c.date) ?? c.date } : undefined;
    out.push({ id: c.id, start: at, end: at + len, suggestion });
    pending.splice(i--, 1);
  }
  return out;
}

/** The remaining comments of `nodeId`, anchored to the whole of `text`. */
function takeRest(ctx: Ctx, nodeId: string, text: string): Anchor[] {
  const pending = ctx.comments.get(nodeId);
  if (!pending?.length) return [];
  const out = pending.map((c) => ({ id: c.id, start: 0, end: text.length }));
  pending.length = 0;
  return out;
}

// --- paragraphs -------------------------------------------------------------------------------------

/** A body-like paragraph: 三号, exact 579, first line 2 characters, justified. */
function textPara(ctx: Ctx, text: string, role: Role, opts: { nodeId?: string; field?: 'heading' | 'body'; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; anchorRest?: boolean; center?: boolean; keepNext?: boolean } = {}): Paragraph {
  let anchors: Anchor[] = [];
  if (opts.nodeId) {
    anchors = takeQuoted(ctx, opts.nodeId, text, opts.field ?? 'body');
    if (opts.anchorRest) anchors.push(...takeRest(ctx, opts.nodeId, text));
  }
  return new Paragraph({
    heading: opts.heading,
    keepNext: opts.keepNext,
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.center ? undefined : { firstLine: INDENT.firstLine, firstLineChars: INDENT.firstLineChars },
    spacing: EXACT(GRID.linePitch),
    children: runsWithAnchors(ctx, text, role, SIZE.san, anchors),
  });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** Font of a node's heading: 一、/第一章 黑体; （一）and 行动一 at the second level 楷体; the rest 仿宋 [std §7.3.3]. */
export function headingRole(node: PlanNode, number: string, depth: number): 'hei' | 'kai' | 'body' {
  const style = readNumber(number).style;
  if (node.kind === 'part' || node.kind === 'section') {
    if (style === 'chapter' || style === 'cn') return 'hei';
    if (style === 'cnparen') return 'kai';
    return depth === 1 ? 'hei' : depth === 2 ? 'kai' : 'body';
  }
  if (node.kind === 'action') return depth <= 2 ? 'kai' : 'body';
  return 'body';
}

/**
 * A node's paragraphs, then its children's, in reading order. `inBox`: inside a 专栏 (no outline levels there:
 * its projects are not headings of the plan).
 */
function nodeParagraphs(ctx: Ctx, node: PlanNode, depth: number, out: (Paragraph | Table)[], inBox = false): void {
  if (node.kind === 'box' && !inBox) {
    out.push(...boxBlock(ctx, node));
    return;
  }
  const src = ctx.sourceTables.get(node.id);
  if (src) {
    // a table kept from the source as lines: never printed as lines. Repeating the tasks, it gives way to the
    // generated 主要任务分解表 (whose rows carry what it said): the annex, or without annexes that table set here;
    // else it is set as a table
    if (src.action === 'table') out.push(...sourceTableBlock(ctx, node, src.table));
    if (src.action === 'generated') out.push(...generatedTableBlock(ctx, node));
    return;
  }
  const number = ctx.numbers.get(node.id) ?? node.number;
  const heading = node.heading.trim();
  const body = paragraphs(node.body).map(cnText);
  const role = inBox ? 'body' : headingRole(node, number, depth);
  const level = !inBox && depth <= HEADINGS.length ? HEADINGS[depth - 1] : undefined;
  if (heading) {
    const chapter = readNumber(number).style === 'chapter';
    out.push(textPara(ctx, cnText(joinNumber(number, heading)), role, { nodeId: node.id, field: 'heading', heading: level, anchorRest: !body.length, center: chapter }));
    body.forEach((p, i) => out.push(textPara(ctx, p, 'body', { nodeId: node.id, anchorRest: i === body.length - 1 })));
    if (!body.length) takeRest(ctx, node.id, '');
  } else if (body.length || number) {
    // no heading: the number leads the first paragraph (——显著提升…, （1）…)
    const first = cnText(joinNumber(number, body[0] ?? '').replace(/^(.+)：$/, '$1'));
    const rest = body.slice(1);
    out.push(textPara(ctx, first, 'body', { nodeId: node.id, anchorRest: !rest.length }));
    rest.forEach((p, i) => out.push(textPara(ctx, p, 'body', { nodeId: node.id, anchorRest: i === rest.length - 1 })));
  }
  for (const c of node.children) nodeParagraphs(ctx, c, depth + 1, out, inBox);
}

/** The title of a source table (its heading, centred, 黑体), or nothing. */
function tableTitle(ctx: Ctx, node: PlanNode): Paragraph[] {
  const number = ctx.numbers.get(node.id) ?? node.number;
  const title = cnText(joinNumber(number, node.heading.trim()));
  if (!title) { takeRest(ctx, node.id, ''); return []; }
  return [textPara(ctx, title, 'hei', { nodeId: node.id, field: 'heading', anchorRest: true, center: true, keepNext: true })];
}

/** In place of a source table repeating the tasks (annexes off): the generated task table, portrait 版心 wide. */
function generatedTableBlock(ctx: Ctx, node: PlanNode): (Paragraph | Table)[] {
  const t = ctx.tasks();
  if (!t.rows.length) return tableTitle(ctx, node);
  return [...tableTitle(ctx, node), taskTableBlock(ctx, t, PAGE.textWidth), new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] })];
}

/** A source table set as a real table, 版心 wide, under its title (the node's heading, centred). */
function sourceTableBlock(ctx: Ctx, node: PlanNode, t: SourceTable): (Paragraph | Table)[] {
  const rows = tableRows(t);
  const cols = rows[0]?.length ?? 1;
  const w = Math.floor(PAGE.textWidth / cols);
  const widths = Array.from({ length: cols }, (_, i) => (i === cols - 1 ? PAGE.textWidth - w * (cols - 1) : w));
  const out: (Paragraph | Table)[] = [...tableTitle(ctx, node)];
  out.push(new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(),
    rows: rows.map((r, i) => new TableRow({
      tableHeader: i === 0,
      cantSplit: true,
      children: r.map((c, k) => cell(ctx, widths[k], [cnText(c)], { role: i === 0 ? 'hei' : 'body' })),
    })),
  }));
  out.push(new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] }));
  return out;
}

/**
 * A 专栏 in place in the body: a one-cell table, 版心 wide, with a single border (the framed panel readers of
 * 公文 plans expect); inside, the title line "专栏1　重点工程" in 黑体 centred, the box's own text and its projects
 * (items, 1. 2. …) in 仿宋, all 三号 on the 579-twip line like the body. A blank line before and after sets the
 * frame off the text around it; the one after also keeps two boxes in a row apart (Word joins adjacent tables)
 * and gives the section a paragraph after a final table.
 */
function boxBlock(ctx: Ctx, node: PlanNode): (Paragraph | Table)[] {
  const number = ctx.numbers.get(node.id) ?? node.number;
  const heading = node.heading.trim();
  const inner: (Paragraph | Table)[] = [];
  const title = cnText(joinNumber(number, heading));
  const body = paragraphs(node.body).map(cnText);
  if (title) inner.push(textPara(ctx, title, 'hei', { nodeId: node.id, field: 'heading', anchorRest: !body.length, center: true, keepNext: true }));
  body.forEach((p, i) => inner.push(textPara(ctx, p, 'body', { nodeId: node.id, anchorRest: i === body.length - 1 })));
  if (!title && !body.length) takeRest(ctx, node.id, '');
  for (const c of node.children) nodeParagraphs(ctx, c, 2, inner, true);
  const border = { style: BorderStyle.SINGLE, size: BOX.border, color: '000000' };
  const table = new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: [PAGE.textWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [new TableRow({
      children: [new TableCell({
        width: { size: PAGE.textWidth, type: WidthType.DXA },
        margins: BOX.margins,
        children: inner.length ? inner : [new Paragraph({ children: [] })],
      })],
    })],
  });
  const blank = () => new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] });
  return [blank(), table, blank()];
}

/** Blank line(s) of the grid, as spacing before (twips). */
const lines = (n: number) => n * GRID.linePitch;

/** Title: 方正小标宋简体 二号, centred; a long title is broken by hand into balanced lines [std §7.3.1]. */
function titlePara(ctx: Ctx, text: string, before = 0): Paragraph {
  const perLine = Math.floor(PAGE.textWidth / (SIZE.er * 10 + GRID.charSpacing));
  const parts = titleLines(text, perLine);
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: EXACT(GRID.linePitch, before),
    children: parts.map((t, i) => new TextRun({ text: t, break: i ? 1 : 0, font: runFont(ctx.fonts, 'title'), size: SIZE.er, sizeComplexScript: SIZE.er, bold: false })),
  });
}

/** Code-point offsets where a word starts (Intl.Segmenter, Node 20 and browsers); null without it. */
function wordStarts(text: string): Set<number> | null {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return null;
  const out = new Set<number>();
  let cp = 0;
  let unit = 0;
  for (const s of new Seg('zh', { granularity: 'word' }).segment(text)) {
    while (unit < s.index) { const c = text.codePointAt(unit)!; unit += c > 0xffff ? 2 : 1; cp++; }
    out.add(cp);
  }
  return out;
}

const NO_BREAK_BEFORE = /^[，。、；：？！）》”’〕】—…0-9A-Za-z]/;
const NO_BREAK_AFTER = /[（《“‘〔【0-9A-Za-z—]$/;

/**
 * Lines of a title no line of which is wider than `perLine` characters (Latin and digits count half), as even
 * as they can be, broken neither inside a number, a year range or a bracket, nor before closing punctuation.
 */
export function titleLines(text: string, perLine: number): string[] {
  const chars = [...text];
  const width = (cs: string[]) => cs.reduce((w, c) => w + (isNarrow(c) ? 0.5 : 1), 0);
  const total = width(chars);
  if (total <= perLine) return [text];
  const count = Math.ceil(total / perLine);
  const target = total / count;
  const out: string[] = [];
  let rest = chars;
  const words = wordStarts(text);
  for (let line = 1; line < count && width(rest) > perLine; line++) {
    let best = -1;
    let bestScore = Infinity;
    let depth = 0;
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i - 1];
      if ('（《“‘〔【('.includes(c)) depth++;
      if ('）》”’〕】)'.includes(c)) depth = Math.max(0, depth - 1);
      const w = width(rest.slice(0, i));
      if (w > perLine) break;
      const before = rest.slice(0, i).join('');
      const after = rest.slice(i).join('');
      let score = Math.abs(w - target);
      if (NO_BREAK_BEFORE.test(after) || NO_BREAK_AFTER.test(before)) score += 100;
      if (words && !words.has(chars.length - rest.length + i)) score += 3;
      if (/^[（(]/.test(after)) score -= 5;
      if (depth > 0) score += 6;
      if (score < bestScore) { bestScore = score; best = i; }
    }
    if (best < 0) break;
    out.push(rest.slice(0, best).join(''));
    rest = rest.slice(best);
  }
  out.push(rest.join(''));
  return out;
}

/** Latin letters and digits are half as wide as a CJK character; “ ” — … (hAnsi = the CJK font) are full width. */
function isNarrow(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x2000 || (c >= 0x2070 && c < 0x2e80);
}

/** Width of a line of text in twips, roughly: CJK one grid character, Latin and digits half. */
function textWidth(t: string, charTwips: number = GRID.charPitch): number {
  let w = 0;
  for (const ch of t) w += isNarrow(ch) ? charTwips / 2 : charTwips;
  return w;
}

// --- cover (版头 and 主体 of the 印发 notice) ------------------------------------------------------------

function noticeTitle(doc: PlanDoc): string {
  const first = paragraphs(doc.meta.notice)[0] ?? '';
  if (/^关于.{2,}的通知$/.test(first)) return cnText(first);
  return `关于印发${printedTitle(doc)}的通知`;
}

function noticeBody(doc: PlanDoc): string[] {
  const ps = paragraphs(doc.meta.notice);
  const title = doc.meta.title.trim();
  // the first line repeats the notice or plan title in scraped plans
  const body = ps.filter((p, i) => !(i === 0 && (/^关于.{2,}的通知$/.test(p) || p === title || cnText(p) === printedTitle(doc))));
  return body.length ? body.map(cnText) : [`现将《${printedTitle(doc)}》印发给你们，请认真贯彻执行。`];
}

/** Office of the 发文机关标志: the issuer, else the district's 人民政府办公室. */
function issuerOf(doc: PlanDoc): string {
  return (doc.meta.issuer ?? '').trim() || (doc.meta.district ? `${doc.meta.city ?? ''}${doc.meta.district}人民政府办公室` : '');
}

/**
 * Blank lines between the 附件说明 and the office name: 2 is practice, room for the seal ⚠; the standard asks only
 * that the seal's top be within one line of the text above [std §7.3.5.1], an unsealed signature one blank line below
 * [std §7.3.5.2], and that spacing be adjusted when the signature does not fit [std §7.3.5]. So: 2 when the 附件说明,
 * office and date fit on the notice's page with 2, else 1 when they fit with 1, else 2 (they move on together).
 */
const SIGNATURE_BLANK_LINES = 2;

/** Lines a paragraph of `text` takes: first line `first` twips wide, the next ones `next` twips. */
function lineCount(text: string, first: number, next: number = first): number {
  const w = textWidth(text);
  return w <= first ? 1 : 1 + Math.ceil((w - first) / next);
}

/**
 * Where page 1 of the cover stands, in twips from the top of the 版心, after the notice's text: the same sums the
 * paragraphs below are built from (exact line spacing everywhere, so the estimate is the layout up to rounding).
 * Used to keep the 附件说明, office and date on page 1 when they fit (coverLayout), checked by rendering in
 * tests/cover-render.test.ts.
 */
export function coverLayout(doc: PlanDoc): { used: number; annexNoteLines: number; blankLines: number; fits: boolean } {
  const issuer = issuerOf(doc);
  const mark = `${issuer}文件`;
  const fit = Math.floor(HEADER.markMaxWidth / Math.max(1, [...mark].length) / 10);
  const markSize = Math.max(SIZE.er, Math.min(HEADER.markSize, fit));
  const perTitleLine = Math.floor(PAGE.textWidth / (SIZE.er * 10 + GRID.charSpacing));
  let used = HEADER.markTop + markSize * 10;
  used += HEADER.docNumberBefore + GRID.linePitch + (HEADER.redLineSpace + 1) * 20;
  used += HEADER.titleBefore + titleLines(noticeTitle(doc), perTitleLine).length * GRID.linePitch;
  if (doc.meta.addressees.length) used += GRID.linePitch * (1 + lineCount(addresseeLine(doc), PAGE.textWidth));
  for (const p of noticeBody(doc)) used += GRID.linePitch * lineCount(p, PAGE.textWidth - INDENT.firstLine, PAGE.textWidth);
  const annexNoteLines = lineCount(annexNote(doc), PAGE.textWidth - INDENT.annexNote, PAGE.textWidth - INDENT.annexNote - 3 * GRID.charPitch);
  const signature = (issuer ? 1 : 0) + (cnDate(doc.meta.issuedOn) ? 1 : 0);
  const need = (blank: number) => GRID.linePitch * (1 + annexNoteLines + blank + signature);
  const free = PAGE.textHeight - used;
  const blankLines = need(SIGNATURE_BLANK_LINES) <= free ? SIGNATURE_BLANK_LINES : need(1) <= free ? 1 : SIGNATURE_BLANK_LINES;
  return { used, annexNoteLines, blankLines, fits: need(blankLines) <= free };
}

const addresseeLine = (doc: PlanDoc) => doc.meta.addressees.map((a) => cnText(a.trim())).join('，') + '：';
const annexNote = (doc: PlanDoc) => `附件：${printedTitle(doc).replace(/[。．.]$/, '')}`;

function coverParagraphs(ctx: Ctx, doc: PlanDoc): Paragraph[] {
  const out: Paragraph[] = [];
  const issuer = issuerOf(doc);
  const mark = `${issuer}文件`;
  // 发文机关标志: red 小标宋, centred, no wider than the 版心 [std §7.2.4]
  const fit = Math.floor(HEADER.markMaxWidth / Math.max(1, [...mark].length) / 10);
  const markSize = Math.max(SIZE.er, Math.min(HEADER.markSize, fit));
  out.push(new Paragraph({
    style: STYLE_OFF_GRID,
    alignment: AlignmentType.CENTER,
    spacing: EXACT(markSize * 10, HEADER.markTop),
    children: [run(ctx, mark, 'title', markSize, { color: HEADER.red })],
  }));
  // 发文字号, 2 blank lines below; the red line 4 mm under it, 版心 wide [std §7.2.5, §7.2.7]
  out.push(new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: EXACT(GRID.linePitch, HEADER.docNumberBefore),
    border: { bottom: { style: BorderStyle.SINGLE, size: HEADER.redLineSize, color: HEADER.red, space: HEADER.redLineSpace } },
    children: [run(ctx, cnText(doc.meta.docNumber ?? ''), 'body')],
  }));
  // 标题, 2 blank lines below the red line [std §7.3.1]
  out.push(titlePara(ctx, noticeTitle(doc), HEADER.titleBefore));
  // 主送机关, 1 blank line below the title, flush left, ends with ： [std §7.3.2]
  if (doc.meta.addressees.length) {
    out.push(new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: EXACT(GRID.linePitch, lines(1)),
      children: [run(ctx, addresseeLine(doc), 'body')],
    }));
  }
  // page 1 must show body text [std §7.3.3], so the notice flows; the signature never stands alone on a page:
  // the 附件说明 goes with it (keepNext) ⚠ the standard would have the clerk adjust spacing instead [std §7.3.5]
  for (const p of noticeBody(doc)) out.push(textPara(ctx, p, 'body'));
  // 附件说明: 1 blank line, 2 characters in, wrapped lines under the name [std §7.3.4]
  out.push(new Paragraph({
    alignment: AlignmentType.LEFT,
    keepNext: true,
    keepLines: true,
    spacing: EXACT(GRID.linePitch, lines(1)),
    indent: { left: INDENT.annexNote + 3 * GRID.charPitch, hanging: 3 * GRID.charPitch },
    children: [run(ctx, annexNote(doc), 'body')],
  }));
  // 发文机关署名 centred over the 成文日期, which is 4 characters from the right [std §7.3.5.1]
  const blank = coverLayout(doc).blankLines;
  const date = cnDate(doc.meta.issuedOn) ?? '';
  const dateW = textWidth(date);
  const issuerW = textWidth(issuer);
  const issuerRight = Math.max(0, Math.round(INDENT.dateRight + dateW / 2 - issuerW / 2));
  if (issuer) {
    out.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      spacing: EXACT(GRID.linePitch, lines(blank)),
      indent: { right: issuerRight },
      children: [run(ctx, issuer, 'body')],
    }));
  }
  if (date) {
    out.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: EXACT(GRID.linePitch, issuer ? 0 : lines(blank)),
      indent: { right: INDENT.dateRight },
      children: [run(ctx, date, 'body')],
    }));
  }
  return out;
}

/**
 * 版记: 抄送 and 印发 between 版心-wide lines (thick, thin, thick) at the bottom of the 版心 on the last page [std §7.4].
 * Written as paragraphs in one absolutely positioned frame (framePr, y = 版心 height − lines × 579 from the top margin):
 * LibreOffice keeps a frame where it is told, whereas it imported a floating table (tblpPr) inline after the text.
 */
function recordParagraphs(ctx: Ctx, doc: PlanDoc, copyTo: string[]): Paragraph[] {
  const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 0 });
  const rows: Array<{ children: ParagraphChild[]; tab: boolean }> = [];
  const cc = copyTo.map((c) => cnText(c.trim())).filter(Boolean);
  if (cc.length) rows.push({ children: [run(ctx, `抄送：${cc.join('，')}。`, 'body', RECORD.size)], tab: false });
  const date = cnDate(doc.meta.issuedOn);
  rows.push({
    children: [run(ctx, issuerOf(doc), 'body', RECORD.size), ...(date ? [new TextRun({ children: [new Tab()] }), run(ctx, `${date}印发`, 'body', RECORD.size)] : [])],
    tab: true,
  });
  const frame = {
    type: 'absolute' as const,
    position: { x: 0, y: PAGE.textHeight - rows.length * GRID.linePitch },
    width: PAGE.textWidth,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
  };
  return rows.map((r, i) =>
    new Paragraph({
      frame,
      spacing: EXACT(GRID.linePitch),
      indent: { left: INDENT.record, right: INDENT.record },
      tabStops: r.tab ? [{ type: TabStopType.RIGHT, position: RECORD.tab }] : undefined,
      border: {
        top: line(i === 0 ? RECORD.thick : RECORD.thin),
        ...(i === rows.length - 1 ? { bottom: line(RECORD.thick) } : {}),
      },
      children: r.children,
    }),
  );
}

// --- annexes ------------------------------------------------------------------------------------------

const CELL = SIZE.wu;

/** Table paragraphs carry a style (font, size, spacing) and plain runs: a few hundred cells stay small and fast. */
export const STYLE_TABLE_TEXT = 'TableText';
export const STYLE_TABLE_HEAD = 'TableHead';

function cellPara(_ctx: Ctx, text: string, role: Role, center = false): Paragraph {
  return new Paragraph({
    style: role === 'hei' ? STYLE_TABLE_HEAD : STYLE_TABLE_TEXT,
    alignment: center && role !== 'hei' ? AlignmentType.CENTER : undefined,
    children: text ? [new TextRun(text)] : [],
  });
}

const CELL_MARGINS = { left: 57, right: 57, top: 28, bottom: 28 };

function cell(ctx: Ctx, width: number, lines: string[], opts: { role?: Role; center?: boolean; merge?: 'restart' | 'continue' } = {}): TableCell {
  const ps = lines.length ? lines : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: opts.merge === 'continue' ? [cellPara(ctx, '', 'body')] : ps.map((t) => cellPara(ctx, t, opts.role ?? 'body', opts.center)),
  });
}

const tableBorders = () => {
  const b = { style: BorderStyle.SINGLE, size: LANDSCAPE.border, color: '000000' };
  return { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
};

/**
 * Column widths of the task table: fixed columns, then the years share what is left (sum = 12756, the landscape
 * 版心). A narrower `total` (the portrait 版心, for a table set in the text) scales the fixed columns with it. When no
 * row has a milestone (`empty`), the year columns stay, narrow (a place to write them), and the text columns get the room.
 */
export function taskColumnWidths(years: number, total: number = LANDSCAPE.textWidth, empty = false): number[] {
  if (years && empty) {
    const narrow = Math.round((900 * total) / LANDSCAPE.textWidth);
    return [...taskColumnWidths(0, total - narrow * years), ...Array.from({ length: years }, () => narrow)];
  }
  const fixed = (years ? [500, 1100, 1300, 2200, 1000, 1000] : [700, 2000, 2300, 4356, 1700, 1700]).map((w) => Math.round((w * total) / LANDSCAPE.textWidth));
  const left = total - fixed.reduce((a, b) => a + b, 0);
  if (!years) { fixed[3] += left; return fixed; }
  const each = Math.floor(left / years);
  const ys = Array.from({ length: years }, (_, i) => (i === years - 1 ? left - each * (years - 1) : each));
  return [...fixed, ...ys];
}

function annexHeading(ctx: Ctx, labelText: string, title: string, pageBreak: boolean): Paragraph[] {
  return [
    new Paragraph({
      pageBreakBefore: pageBreak,
      spacing: EXACT(GRID.linePitch),
      children: [run(ctx, labelText, 'hei')],
    }),
    new Paragraph({
      style: STYLE_OFF_GRID,
      alignment: AlignmentType.CENTER,
      spacing: EXACT(GRID.linePitch, 0, 240),
      children: [run(ctx, title, 'title', SIZE.xiaoEr)],
    }),
  ];
}

function taskTableBlock(ctx: Ctx, t: TaskTable, total: number = LANDSCAPE.textWidth): Table {
  const widths = taskColumnWidths(t.years.length, total, t.rows.every((r) => !Object.keys(r.milestones).length));
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [...TASK_TABLE_HEAD, ...t.years.map((y) => `${y}年`)].map((h, i) => cell(ctx, widths[i], [h], { role: 'hei', center: true })),
  });
  const rows = t.rows.map((r, i) => {
    const prev = t.rows[i - 1];
    const merge = !r.group ? undefined : prev?.group?.id === r.group.id ? 'continue' : t.rows[i + 1]?.group?.id === r.group.id ? 'restart' : undefined;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(ctx, widths[0], [String(r.no)], { center: true }),
        cell(ctx, widths[1], [r.group?.text ?? ''], { merge }),
        cell(ctx, widths[2], [r.task]),
        cell(ctx, widths[3], [r.content]),
        cell(ctx, widths[4], [r.lead]),
        cell(ctx, widths[5], [r.partners]),
        ...t.years.map((y, k) => cell(ctx, widths[6 + k], r.milestones[y] ?? [])),
      ],
    });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(),
    rows: [head, ...rows],
  });
}

export const INDICATOR_COLUMN_WIDTHS = [3600, 1900, 1100, 1000, 5156];

function indicatorTableBlock(ctx: Ctx, rows: IndicatorRow[]): Table {
  const w = INDICATOR_COLUMN_WIDTHS;
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: INDICATOR_TABLE_HEAD.map((h, i) => cell(ctx, w[i], [h], { role: 'hei', center: true })) });
  return new Table({
    width: { size: LANDSCAPE.textWidth, type: WidthType.DXA },
    columnWidths: w,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(),
    rows: [
      head,
      ...rows.map((r) => new TableRow({
        cantSplit: true,
        children: [
          cell(ctx, w[0], [r.name]),
          cell(ctx, w[1], [r.target], { center: true }),
          cell(ctx, w[2], [r.unit], { center: true }),
          cell(ctx, w[3], [r.year], { center: true }),
          cell(ctx, w[4], [r.task]),
        ],
      })),
    ],
  });
}

// --- page numbers and sections --------------------------------------------------------------------

function pageNumberFooter(ctx: Ctx, side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: INDENT.pageNumber } : { left: INDENT.pageNumber },
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [new TextRun({
        children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`],
        font: runFont(ctx.fonts, 'song'),
        size: SIZE.si,
        sizeComplexScript: SIZE.si,
      })],
    })],
  });
}

function portraitProps() {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
    },
    grid: { type: DocumentGridType.LINES, linePitch: GRID.linePitch },
  };
}

function landscapeProps() {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
      margin: { top: LANDSCAPE.top, right: LANDSCAPE.right, bottom: LANDSCAPE.bottom, left: LANDSCAPE.left, header: PAGE.header, footer: LANDSCAPE.footer, gutter: 0 },
    },
    // no line grid on table pages: LibreOffice snaps table lines to it (doubling them)
    grid: { type: DocumentGridType.DEFAULT, linePitch: GRID.linePitch },
  };
}

// --- styles ---------------------------------------------------------------------------------------------

function headingStyle(f: FontSet, role: Role): IBaseParagraphStyleOptions {
  return {
    run: { font: runFont(f, role), size: SIZE.san, sizeComplexScript: SIZE.san, color: '000000', bold: false, italics: false },
    paragraph: { spacing: EXACT(GRID.linePitch), indent: { firstLine: INDENT.firstLine }, keepNext: true, keepLines: true },
  };
}

/**
 * Paragraph style for large type off the line grid (发文机关标志, table titles). With the grid on, LibreOffice gives a
 * line of type larger than the grid's base size two grid lines, even with exact spacing; Word ignores the grid for
 * exact spacing. <w:snapToGrid w:val="0"/> is patched into this style, Title and the table styles (docx cannot write it): a table set in the text keeps its 五号 lines.
 */
export const STYLE_OFF_GRID = 'OffGrid';

function styles(f: FontSet) {
  return {
    paragraphStyles: [
      { id: STYLE_OFF_GRID, name: 'Off Grid', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: EXACT(GRID.linePitch) } },
      {
        id: STYLE_TABLE_TEXT, name: 'Table Text', basedOn: 'Normal', next: STYLE_TABLE_TEXT,
        run: { font: runFont(f, 'body'), size: CELL, sizeComplexScript: CELL, characterSpacing: 0 },
        paragraph: { spacing: EXACT(LANDSCAPE.cellLine), alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE_TABLE_HEAD, name: 'Table Head', basedOn: STYLE_TABLE_TEXT, next: STYLE_TABLE_TEXT,
        run: { font: runFont(f, 'hei'), size: CELL, sizeComplexScript: CELL, characterSpacing: 0 },
        paragraph: { spacing: EXACT(LANDSCAPE.cellLine), alignment: AlignmentType.CENTER, keepNext: true },
      },
    ],
    default: {
      document: {
        run: { font: runFont(f, 'body'), size: SIZE.san, sizeComplexScript: SIZE.san, characterSpacing: GRID.charSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: EXACT(GRID.linePitch) },
      },
      title: { run: { font: runFont(f, 'title'), size: SIZE.er, sizeComplexScript: SIZE.er, color: '000000', bold: false }, paragraph: { alignment: AlignmentType.CENTER, spacing: EXACT(GRID.linePitch) } },
      heading1: headingStyle(f, 'hei'),
      heading2: headingStyle(f, 'kai'),
      heading3: headingStyle(f, 'body'),
      heading4: headingStyle(f, 'body'),
      heading5: headingStyle(f, 'body'),
      heading6: headingStyle(f, 'body'),
    },
  };
}

// --- the document --------------------------------------------------------------------------------------

export async function buildDocx(doc: PlanDoc, opts: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = FONT_SETS[opts.fonts ?? 'gb2312'];
  const numbers = deriveNumbers(doc.nodes);
  const commentList = (opts.comments ?? []).map((c, id) => ({ ...c, id }));
  const known = new Set<string>();
  const collect = (ns: PlanNode[]) => ns.forEach((n) => { known.add(n.id); collect(n.children); });
  collect(doc.nodes);
  const placed = commentList.filter((c) => known.has(c.nodeId));
  const sourceTables: Ctx['sourceTables'] = new Map();
  const hasTasks = [...walkNodes(doc.nodes)].some((n) => n.kind === 'task');
  for (const n of walkNodes(doc.nodes)) {
    const table = sourceTable(n);
    if (table) sourceTables.set(n.id, { table, action: sourceTableAction(table, hasTasks, !!opts.annexes) });
  }
  let tasksMemo: TaskTable | null = null;
  const tasks = () => (tasksMemo ??= taskTable(doc, numbers));
  const ctx: Ctx = { fonts, numbers, comments: new Map(), revision: 1, seen: new Map(), sourceTables, tasks };
  for (const c of placed) {
    const list = ctx.comments.get(c.nodeId) ?? [];
    list.push(c);
    ctx.comments.set(c.nodeId, list);
  }

  const footers = { default: pageNumberFooter(ctx, 'odd'), even: pageNumberFooter(ctx, 'even') };
  const main: (Paragraph | Table)[] = [];
  if (opts.cover) {
    main.push(...coverParagraphs(ctx, doc));
    // the plan as the notice's attachment: 附件 on line 1, title on line 3 [std §7.3.7]
    main.push(new Paragraph({ pageBreakBefore: true, spacing: EXACT(GRID.linePitch), children: [run(ctx, '附件', 'hei')] }));
    main.push(titlePara(ctx, printedTitle(doc), lines(1)));
  } else {
    main.push(titlePara(ctx, printedTitle(doc)));
  }
  // one blank line below the title, then the preamble
  main.push(new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] }));
  for (const p of paragraphs(doc.meta.preamble)) main.push(textPara(ctx, cnText(p), 'body'));
  for (const n of doc.nodes) nodeParagraphs(ctx, n, 1, main);

  const sections: ISectionOptions[] = [];
  const record = opts.cover ? recordParagraphs(ctx, doc, opts.copyTo ?? []) : null;

  const annexBlocks: (Paragraph | Table)[] = [];
  if (opts.annexes) {
    const taskRows = tasks();
    const inds = indicatorRows(doc, numbers);
    let k = 0;
    const title = printedTitle(doc);
    if (taskRows.rows.length) {
      annexBlocks.push(...annexHeading(ctx, `附表${++k}`, `${title}${ANNEX_TITLES.tasks}`, false), taskTableBlock(ctx, taskRows));
    }
    if (inds.length) {
      annexBlocks.push(...annexHeading(ctx, `附表${++k}`, `${title}${ANNEX_TITLES.indicators}`, k > 1), indicatorTableBlock(ctx, inds));
    }
  }

  if (record && !annexBlocks.length) main.push(...record);
  sections.push({ properties: portraitProps(), footers, children: main });
  if (annexBlocks.length) {
    // a table must not be the last thing in a section: Word wants a paragraph after it
    sections.push({ properties: landscapeProps(), footers, children: [...annexBlocks, new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [] })] });
    if (record) {
      sections.push({
        properties: { ...portraitProps(), type: SectionType.NEXT_PAGE },
        footers,
        children: record,
      });
    }
  }

  const date = isoDate(doc.meta.issuedOn);
  const document = new Document({
    title: printedTitle(doc),
    subject: doc.meta.docNumber ?? undefined,
    creator: issuerOf(doc) || '规划工作台',
    lastModifiedBy: '规划工作台 Plan Workbench',
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: styles(fonts),
    comments: placed.length
      ? {
          children: placed.map((c) => ({
            id: c.id,
            author: c.author || '审核',
            initials: [...(c.author || '审')][0],
            date: new Date(isoDate(c.date) ?? date ?? DEFAULT_DATE),
            children: paragraphs(c.text).map((t) => new Paragraph({ children: [new TextRun({ text: t, font: runFont(fonts, 'body') })] })),
          })),
        }
      : undefined,
    sections,
  });
  const o = { mirrorMargins: opts.mirrorMargins ?? true, date: date ?? DEFAULT_DATE };
  // docx's own compiler gives the package's parts unzipped: patched and zipped once (Packer.pack zips them, and the
  // patch had to unzip and zip again: about an eighth of the export). Packer.pack is the fallback should a later
  // docx not have it.
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document, prettify?: unknown, overrides?: unknown[]) => Map<string, string | Uint8Array> } }).compiler;
  if (typeof compiler?.compile === 'function') {
    const parts = compiler.compile(document, undefined, []);
    const files: Record<string, Uint8Array | string> = {};
    for (const [path, data] of parts) files[path] = data;
    return finishParts(files, o);
  }
  return finishPackage(await Packer.pack(document, 'uint8array'), o);
}

function* walkNodes(ns: PlanNode[]): Generator<PlanNode> {
  for (const n of ns) { yield n; yield* walkNodes(n.children); }
}

/** Date-times written into the package when the plan has no issue date. */
const DEFAULT_DATE = '2000-01-01T00:00:00Z';

function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return null;
  const d = new Date(m[2] ? s.trim() : `${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * After packing: add <w:mirrorMargins/> to settings.xml (docx has no option for it; CT_Settings wants it before
 * defaultTabStop/evenAndOddHeaders), set the document dates to the plan's date, and re-zip with a fixed
 * time so the same plan gives the same bytes. [Content_Types].xml goes first, as Word writes it.
 */
export function finishPackage(bytes: Uint8Array, o: { mirrorMargins: boolean; date: string }): Uint8Array {
  return finishParts(unzipSync(bytes), o);
}

/** finishPackage on the package's parts (text or bytes by path, in package order). */
function finishParts(files: Record<string, Uint8Array | string>, o: { mirrorMargins: boolean; date: string }): Uint8Array {
  const text = (path: string) => { const d = files[path]; return typeof d === 'string' ? d : strFromU8(d); };
  const settingsPath = 'word/settings.xml';
  if (o.mirrorMargins && files[settingsPath]) {
    let xml = text(settingsPath);
    if (!xml.includes('<w:mirrorMargins')) {
      const after = xml.match(/<w:(?:writeProtection|view|zoom|removePersonalInformation|removeDateAndTime|doNotDisplayPageBoundaries|displayBackgroundShape|printPostScriptOverText|printFractionalCharacterWidth|printFormsData|embedTrueTypeFonts|embedSystemFonts|saveSubsetFonts|saveFormsData)\b[^>]*\/>/g);
      if (after?.length) {
        const last = after[after.length - 1];
        const at = xml.lastIndexOf(last) + last.length;
        xml = xml.slice(0, at) + '<w:mirrorMargins/>' + xml.slice(at);
      } else {
        xml = xml.replace(/(<w:settings\b[^>]*>)/, '$1<w:mirrorMargins/>');
      }
      files[settingsPath] = xml;
    }
  }
  const stylesPath = 'word/styles.xml';
  if (files[stylesPath]) {
    let xml = text(stylesPath);
    for (const id of ['Title', STYLE_OFF_GRID, STYLE_TABLE_TEXT, STYLE_TABLE_HEAD]) {
      xml = xml.replace(new RegExp(`(<w:style w:type="paragraph" w:styleId="${id}">(?:(?!</w:style>)[\\s\\S])*?<w:pPr>)`), '$1<w:snapToGrid w:val="0"/>');
    }
    files[stylesPath] = xml;
  }
  const corePath = 'docProps/core.xml';
  if (files[corePath]) {
    const xml = text(corePath).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${o.date}$2`);
    files[corePath] = xml;
  }
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const zip: Zippable = {};
  const mtime = new Date('2000-01-01T00:00:00');
  for (const n of names) { const d = files[n]; zip[n] = [typeof d === 'string' ? strToU8(d) : d, { level: 6, mtime }]; }
  return zipSync(zip);
}
