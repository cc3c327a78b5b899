/** The importer's intermediate form: the source as numbered lines, with optional hints from .docx. */
export interface SourceLine {
  /** Text of the line (paragraph), without the line break. */
  text: string;
  /** 1-based line (paragraph) number in the source. */
  line: number;
  /** Word heading level 1..9 (from the paragraph style), when the source is a .docx. */
  heading?: number;
  /** Set in Word's Title style (标题), when the source is a .docx: the document's title as its author styled it. */
  titleStyle?: true;
  /** Word list numbering, when the source is a .docx: level (0-based) and whether the list is numbered (a bullet
   *  list is not). The rendered label (e.g. "(一)") is already at the start of `text`. */
  list?: { level: number; ordered: boolean };
  /** Cells of a table row, when the paragraph stands for a row of a Word table. */
  cells?: string[];
  /** The paragraphs of each cell (same order as `cells`), when the reader knows them: a cell of several
   *  milestones or departments written one per paragraph. */
  cellLines?: string[][];
  /** For each cell that a cell of a row above spans down into (a vertically merged cell: Word's vMerge, a web
   *  table's rowspan, a workbook's merged range), the spanning cell's text and paragraphs; null elsewhere. The cell
   *  itself stays empty in `cells`: the grammar decides per column whether the row inherits it (a department or a
   *  deadline merged over several tasks) or goes on from the row above (a task's cell merged over its rows). */
  mergedFrom?: Array<MergedCell | null>;
  /** The one-cell table (a frame: a 专栏 box, as the Word export writes one) the paragraph stands in, numbered 1.. in
   *  the document: where the frame ends, the box ends. */
  frame?: number;
  /** The row's cells were set apart by tabs on the page (a PDF's tab-separated row): read as a text copy's tab-separated
   *  line is (clean.ts Para.ownTabs: a lead cell left empty is the one merged down over it from the row above). */
  tabbed?: boolean;
  /** The empty lines the page shows before the line, where the reader measures them (a PDF: the vertical space above
   *  the line, in lines of its type); else the empty lines before it are counted. */
  blankLines?: number;
}

/** A table cell that spans several rows, as the rows below it see it (SourceLine.mergedFrom). */
export interface MergedCell {
  text: string;
  lines: string[];
}

/** A row's SourceLine.mergedFrom as a part to spread into the line: `from` holds the spanning cells by cell index
 *  (sparse); no `from`, no field. One helper for every reader that sees merged cells (Word, web pages, PDF, workbooks). */
export function mergedFromOf(cells: readonly string[], from: ReadonlyArray<MergedCell | null | undefined> | null | undefined): Pick<SourceLine, 'mergedFrom'> {
  return from ? { mergedFrom: Array.from(cells, (_c, i) => from[i] ?? null) } : {};
}

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 */
  encoding: string;
}
