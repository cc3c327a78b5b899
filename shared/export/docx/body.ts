/**
 * The plan's text in the Word export: headings and paragraphs by node (fonts by level), 专栏 as framed one-cell
 * tables, source tables set as tables, and the title broken into balanced lines.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PlanNode } from '../../model/plan';
import { numberAlone, readNumber } from '../../numbering';
import { BOX, GRID, INDENT, PAGE, SIZE, headingRole } from '../gbt9704';
import { tableRows, type SourceTable } from '../sourcetable';
import { cnText, joinNumber } from '../text';
import { printedParagraphs } from '../../fieldtext';
import { CELL_MARGINS, cell, row, tableBorders, taskTableBlock } from './annex';
import { runsWithAnchors, takeQuoted, takeRest, type Anchor } from './comments';
import { paragraph } from './prepared';
import { EXACT, runFont, type Ctx, type Role } from './styles';

// --- paragraphs -------------------------------------------------------------------------------------

/** A body-like paragraph: 三号, exact 579, first line 2 characters, justified. */
export function textPara(ctx: Ctx, text: string, role: Role, opts: { nodeId?: string; field?: 'heading' | 'body'; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; anchorRest?: boolean; center?: boolean; keepNext?: boolean } = {}): Paragraph {
  let anchors: Anchor[] = [];
  if (opts.nodeId) {
    anchors = takeQuoted(ctx, opts.nodeId, text, opts.field ?? 'body');
    if (opts.anchorRest) anchors.push(...takeRest(ctx, opts.nodeId, text));
  }
  return paragraph(ctx.templates, `text ${opts.heading ?? ''} ${!!opts.keepNext} ${!!opts.center}`, {
    heading: opts.heading,
    keepNext: opts.keepNext,
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.center ? undefined : { firstLine: INDENT.firstLine, firstLineChars: INDENT.firstLineChars },
    spacing: EXACT(GRID.linePitch),
  }, runsWithAnchors(ctx, text, role, SIZE.san, anchors));
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;


/**
 * A node's paragraphs, then its children's, in reading order. `inBox`: inside a 专栏 (no outline levels there:
 * its projects are not headings of the plan).
 */
export function nodeParagraphs(ctx: Ctx, node: PlanNode, depth: number, out: (Paragraph | Table)[], inBox = false): void {
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
  const body = printedParagraphs(node, ctx.period, { readPeriod: ctx.readPeriod, annexes: ctx.annexes, taskTable: ctx.taskTable, shared: ctx.shared.get(node) ?? null, group: ctx.groups.get(node) ?? null }).map(cnText);
  const role = inBox ? 'body' : headingRole(node, number, depth);
  const level = !inBox && depth <= HEADINGS.length ? HEADINGS[depth - 1] : undefined;
  if (heading) {
    const chapter = readNumber(number).style === 'chapter';
    out.push(textPara(ctx, cnText(joinNumber(number, heading)), role, { nodeId: node.id, field: 'heading', heading: level, anchorRest: !body.length, center: chapter }));
    body.forEach((p, i) => out.push(textPara(ctx, p, 'body', { nodeId: node.id, anchorRest: i === body.length - 1 })));
    if (!body.length) takeRest(ctx, node.id, '');
  } else if (body.length && numberAlone(number, joinNumber(number, body[0]))) {
    // no heading, a number the grammar reads alone but not run in (第一阶段): alone on its line, the text under it
    out.push(textPara(ctx, cnText(number), role, { nodeId: node.id, heading: level }));
    body.forEach((p, i) => out.push(textPara(ctx, p, 'body', { nodeId: node.id, anchorRest: i === body.length - 1 })));
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
    rows: rows.map((r, i) => row(ctx, i === 0, r.map((c, k) => cell(ctx, widths[k], [cnText(c)], { role: i === 0 ? 'hei' : 'body' })))),
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
  const body = printedParagraphs(node, ctx.period, { readPeriod: ctx.readPeriod, annexes: ctx.annexes, taskTable: ctx.taskTable, shared: ctx.shared.get(node) ?? null, group: ctx.groups.get(node) ?? null }).map(cnText);
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

/** Title: 方正小标宋简体 二号, centred; a long title is broken by hand into balanced lines [std §7.3.1]. */
export function titlePara(ctx: Ctx, text: string, before = 0): Paragraph {
  const perLine = Math.floor(PAGE.textWidth / (SIZE.er * 10 + GRID.charSpacing));
  const parts = titleLines(text, perLine);
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: EXACT(GRID.linePitch, before),
    children: parts.map((t, i) => new TextRun({ text: t, break: i ? 1 : 0, font: runFont(ctx.fonts, 'title'), size: SIZE.er, sizeComplexScript: SIZE.er, bold: false })),
  });
}

let segmenter: Intl.Segmenter | null | undefined;

/** Code-point offsets where a word starts (Intl.Segmenter, Node 20 and browsers); null without it. */
function wordStarts(text: string): Set<number> | null {
  if (segmenter === undefined) {
    const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    // made once: making one costs far more than segmenting a title
    segmenter = Seg ? new Seg('zh', { granularity: 'word' }) : null;
  }
  if (!segmenter) return null;
  const out = new Set<number>();
  let cp = 0;
  let unit = 0;
  for (const s of segmenter.segment(text)) {
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
    let w = 0;
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i - 1];
      if ('（《“‘〔【('.includes(c)) depth++;
      if ('）》”’〕】)'.includes(c)) depth = Math.max(0, depth - 1);
      // the width of rest[0, i), summed in the same order as width(); the rules look at the characters either
      // side of the break (one code point each: the patterns' classes hold single BMP characters)
      w += isNarrow(c) ? 0.5 : 1;
      if (w > perLine) break;
      const next = rest[i];
      let score = Math.abs(w - target);
      if (NO_BREAK_BEFORE.test(next) || NO_BREAK_AFTER.test(c)) score += 100;
      if (words && !words.has(chars.length - rest.length + i)) score += 3;
      if (next === '（' || next === '(') score -= 5;
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
export function isNarrow(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x2000 || (c >= 0x2070 && c < 0x2e80);
}

/** Width of a line of text in twips, roughly: CJK one grid character, Latin and digits half. */
export function textWidth(t: string, charTwips: number = GRID.charPitch): number {
  let w = 0;
  for (const ch of t) w += isNarrow(ch) ? charTwips / 2 : charTwips;
  return w;
}

export function* walkNodes(ns: PlanNode[]): Generator<PlanNode> {
  for (const n of ns) { yield n; yield* walkNodes(n.children); }
}
