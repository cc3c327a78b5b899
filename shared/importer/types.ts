/** The importer's intermediate form: the source as numbered lines, with optional hints from .docx. */
export interface SourceLine {
  /** Text of the line (paragraph), without the line break. */
  text: string;
  /** 1-based line (paragraph) number in the source. */
  line: number;
  /** Word heading level 1..9 (from the paragraph style), when the source is a .docx. */
  heading?: number;
  /** Word list numbering, when the source is a .docx: level (0-based) and whether the list is numbered (a bullet
   *  list is not). The rendered label (e.g. "(一)") is already at the start of `text`. */
  list?: { level: number; ordered: boolean };
  /** Cells of a table row, when the paragraph stands for a row of a Word table. */
  cells?: string[];
  /** The paragraphs of each cell (same order as `cells`), when the reader knows them: a cell of several
   *  milestones or departments written one per paragraph. */
  cellLines?: string[][];
  /** The one-cell table (a frame: a 专栏 box, as the Word export writes one) the paragraph stands in, numbered 1.. in
   *  the document: where the frame ends, the box ends. */
  frame?: number;
}

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 */
  encoding: string;
}
