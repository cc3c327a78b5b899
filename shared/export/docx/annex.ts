/**
 * The annex tables of the Word export, on landscape pages: 附表1 主要任务分解表 (one column per year with its
 * milestones) and 附表2 主要指标表; the table cells are shared with tables set in the text (./body.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { INDICATOR_TABLE_HEAD, taskTableHead, type IndicatorRow, type TaskTable } from '../annex';
import { CELL_MARGINS, charEm, laidOutCells, paragraphLines, taskTableWidths } from '../annexlayout';

export { CELL_MARGINS, charEm, paragraphLines };
import { GRID, LANDSCAPE, SIZE } from '../gbt9704';
import { cellFromTemplate, cellOfParagraphs, fromTemplate, rowOfCells } from './prepared';
import { EXACT, STYLE_OFF_GRID, STYLE_TABLE_HEAD, STYLE_TABLE_TEXT, run, type Ctx, type Role } from './styles';
import { runsWithAnchors, type Anchor } from './comments';
import { cnText } from '../text';


/** A cell's paragraph: its style and a plain run (written from a template: the same XML as the Paragraph). */
function cellPara(ctx: Ctx, text: string, role: Role, center = false): Paragraph {
  const style = role === 'hei' ? STYLE_TABLE_HEAD : STYLE_TABLE_TEXT;
  const alignment = center && role !== 'hei' ? AlignmentType.CENTER : undefined;
  return fromTemplate(ctx.templates, `cell ${style} ${alignment ?? ''} ${!!text}`, text, (t) =>
    new Paragraph({ style, alignment, children: text ? [new TextRun(t)] : [] })) as Paragraph;
}


/** A comment mark in a cell: line `line` of it, [start, end) of that line. */
interface CellMark { line: number; start: number; end: number; id: number; replyIds?: number[] }

/**
 * The comments on one entry the annex prints (ctx.annexComments, taken): marks at `line` [start, end) of the cell.
 * Nothing when none waits for it.
 */
function takeEntry(ctx: Ctx, nodeId: string, field: string, index: number, line: number, start: number, end: number): CellMark[] {
  const key = `${nodeId}|${field}|${index}`;
  const list = ctx.annexComments.get(key);
  if (!list?.length) return [];
  ctx.annexComments.delete(key);
  return list.map((c) => ({ line, start, end, id: c.id, replyIds: c.replyIds }));
}

/** The comment marks on line `line` of a cell, as runsWithAnchors takes them. */
const lineAnchors = (marks: CellMark[], line: number): Anchor[] =>
  marks.filter((m) => m.line === line).map((m) => ({ id: m.id, start: m.start, end: m.end, replyIds: m.replyIds }));

/** A cell as `cell` makes it, with comment marks on parts of its lines (not from a template: the runs differ). */
function markedCell(ctx: Ctx, width: number, lines: string[], marks: CellMark[], opts: { center?: boolean } = {}): TableCell {
  if (!marks.length) return cell(ctx, width, lines, opts);
  const alignment = opts.center ? AlignmentType.CENTER : undefined;
  const ps = lines.length ? lines : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: ps.map((t, i) => {
      return new Paragraph({ style: STYLE_TABLE_TEXT, alignment, children: runsWithAnchors(ctx, t, 'body', 0, lineAnchors(marks, i), (x) => new TextRun(x)) });
    }),
  });
}

/**
 * A department cell laid out as lines of whole names (laidOutCells): ONE paragraph, its lines broken by w:br — the
 * cell stays one paragraph of the whole list for whoever reads it back (the importer joins the lines; a reviewer's
 * comment in Word has the whole list as its paragraph, as the export wrote it before the cells were laid out), while
 * the typesetter breaks only where the layout says. Comment marks as markedCell's, on their lines.
 */
function departmentCell(ctx: Ctx, width: number, lines: string[], marks: CellMark[]): TableCell {
  if (lines.length <= 1) return markedCell(ctx, width, lines, marks);
  const children = lines.flatMap((t, i) => {
    return [...(i ? [new TextRun({ text: '', break: 1 })] : []), ...runsWithAnchors(ctx, t, 'body', 0, lineAnchors(marks, i), (x) => new TextRun(x))];
  });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ style: STYLE_TABLE_TEXT, children })],
  });
}

/** Where each entry of a list stands in the cell lines that join them with 、 (the annex's 牵头/配合 cells, broken between names). */
function joinedMarks(ctx: Ctx, nodeId: string, field: 'lead' | 'partners', list: string[], lines: string[]): CellMark[] {
  if (!ctx.annexComments.size) return [];
  const out: CellMark[] = [];
  let line = 0;
  let at = 0;
  list.forEach((name, i) => {
    if (at > 0 && at >= (lines[line]?.length ?? 0)) { line++; at = 0; }
    out.push(...takeEntry(ctx, nodeId, field, i, line, at, at + name.length));
    at += name.length + 1;
  });
  return out;
}

export function cell(ctx: Ctx, width: number, lines: string[], opts: { role?: Role; center?: boolean; merge?: 'restart' | 'continue' } = {}): TableCell {
  const ps = lines.length ? lines : [''];
  if (ps.length === 1 && opts.merge !== 'continue') {
    const role = opts.role ?? 'body';
    const make = (t: string) => new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : undefined,
      children: [cellPara({ ...ctx, templates: null }, ps[0] ? t : '', role, opts.center)],
    });
    return cellFromTemplate(ctx.templates, `cell ${width} ${opts.merge ?? ''} ${role} ${!!opts.center} ${!!ps[0]}`, ps[0], make);
  }
  const paras = opts.merge === 'continue' ? [cellPara(ctx, '', 'body')] : ps.map((t) => cellPara(ctx, t, opts.role ?? 'body', opts.center));
  return cellOfParagraphs(ctx.templates, `${width} ${opts.merge ?? ''}`, paras, (children) => new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: children as Paragraph[],
  }));
}

/**
 * A table row kept whole on a page (`header`: repeated on each page; undefined and false are written alike but kept
 * apart all the same), written from a template: the same XML as the TableRow.
 */
export function row(ctx: Ctx, header: boolean | undefined, cells: TableCell[], keep = true): TableRow {
  return rowOfCells(ctx.templates, `${header}${keep ? '' : ' split'}`, cells, (children) => new TableRow({ tableHeader: header, cantSplit: keep || undefined, children }));
}

/**
 * Whether a row of these cells (column widths in twips, each cell's paragraphs) fits on a landscape page under the
 * header row, estimated from the widths of its characters (五号 on its 13.5 pt line; charEm). A row kept whole that is
 * taller than the page is cut at the page's foot by LibreOffice: the rest of it and the next row are never printed
 * (杨浦 2015–2017's 推进三网融合 with seven milestones a year lost the row after it in the PDF). Such a row may break.
 */
export function rowFitsPage(widths: number[], cells: string[][]): boolean {
  const emTwips = 20 * 10.5;
  let lines = 0;
  cells.forEach((ps, k) => {
    const width = (widths[k] - CELL_MARGINS.left - CELL_MARGINS.right) / emTwips;
    lines = Math.max(lines, ps.reduce((n, p) => n + paragraphLines(p, width), 0));
  });
  return lines * LANDSCAPE.cellLine + CELL_MARGINS.top + CELL_MARGINS.bottom <= 0.8 * LANDSCAPE.textHeight;
}

export const tableBorders = () => {
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

export function annexHeading(ctx: Ctx, labelText: string, title: string, pageBreak: boolean): Paragraph[] {
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

export function taskTableBlock(ctx: Ctx, t: TaskTable, total: number = LANDSCAPE.textWidth): Table {
  const widths = taskTableWidths(t, total);
  const g = t.groupHead ? 1 : 0;
  const head = row(ctx, true, taskTableHead(t).map((h, i) => cell(ctx, widths[i], [h], { role: 'hei', center: true })));
  const rows = t.rows.map((r, i) => {
    const prev = t.rows[i - 1];
    const merge = !r.group ? undefined : prev?.group?.id === r.group.id ? 'continue' : t.rows[i + 1]?.group?.id === r.group.id ? 'restart' : undefined;
    const n = ctx.byId.get(r.taskId);
    const cells = laidOutCells(t, r, widths);
    const keep = rowFitsPage(widths, cells);
    const [lead, partners] = [cells[3 + g], cells[4 + g]];
    return row(ctx, undefined, [
      cell(ctx, widths[0], [String(r.no)], { center: true }),
      ...(g ? [cell(ctx, widths[1], [r.group?.text ?? ''], { merge })] : []),
      cell(ctx, widths[1 + g], [r.task]),
      cell(ctx, widths[2 + g], [r.content]),
      departmentCell(ctx, widths[3 + g], lead, n ? joinedMarks(ctx, n.id, 'lead', n.lead, lead) : []),
      departmentCell(ctx, widths[4 + g], partners, n ? joinedMarks(ctx, n.id, 'partners', n.partners, partners) : []),
      ...t.years.map((y, k) => {
        const lines = r.milestones[y] ?? [];
        // a comment on a milestone: on its line of its year's cell (the line as the annex writes it)
        const marks = n && ctx.annexComments.size
          ? n.milestones.flatMap((m, i) => {
            if (m.year !== y) return [];
            const line = lines.indexOf(cnText(`${m.stage ? `${m.stage}：` : ''}${m.text}`));
            return line < 0 ? [] : takeEntry(ctx, n.id, 'milestones', i, line, 0, lines[line].length);
          })
          : [];
        return markedCell(ctx, widths[5 + g + k], lines, marks);
      }),
    ], keep);
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

export function indicatorTableBlock(ctx: Ctx, rows: IndicatorRow[]): Table {
  const w = INDICATOR_COLUMN_WIDTHS;
  const head = row(ctx, true, INDICATOR_TABLE_HEAD.map((h, i) => cell(ctx, w[i], [h], { role: 'hei', center: true })));
  return new Table({
    width: { size: LANDSCAPE.textWidth, type: WidthType.DXA },
    columnWidths: w,
    margins: CELL_MARGINS,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(),
    rows: [
      head,
      ...rows.map((r) => row(ctx, undefined, [
        // a comment on an indicator: on its name (on the row that prints it, also for the same target on a task)
        markedCell(ctx, w[0], [r.name], ctx.annexComments.size ? [
          ...takeEntry(ctx, r.nodeId, 'indicators', r.index, 0, 0, r.name.length),
          ...(r.also ? takeEntry(ctx, r.also.nodeId, 'indicators', r.also.index, 0, 0, r.name.length) : []),
        ] : []),
        cell(ctx, w[1], [r.target], { center: true }),
        cell(ctx, w[2], [r.unit], { center: true }),
        cell(ctx, w[3], [r.year], { center: true }),
        cell(ctx, w[4], [r.task]),
      ])),
    ],
  });
}
