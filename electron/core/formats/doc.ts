/**
 * Word 97–2003 (.doc, .dot) and WPS 文字 (.wps, the Word-compatible OLE format WPS has written since 2005) →
 * SourceLine[] with word-extractor (needs Node's Buffer). Runs inside the import worker.
 *
 *  - Only the main text (getBody): headers, footers, footnotes, endnotes, comments and text boxes are separate
 *    stories in the file and are not mixed in — except a text box holding a 版记 (GB/T 9704 §7.4: 抄送 lines and the
 *    印发 line; Word keeps a 版记 set in a frame at the foot of the last page as a text box when it saves a .doc), which
 *    is read after the body, where the 版记 stands (`banjiBoxLines`).
 *  - Tables: Word ends each cell with a cell mark (0x07) and each row with a row mark, which word-extractor turns
 *    into "0x07 + line break". Its own cleaning would turn the cell mark into a tab, which cannot be told from a
 *    tab the author typed; so before word-extractor is loaded its `clean` is wrapped to keep the mark as a private
 *    character (U+E007), and rows are rebuilt from it: a row ends at a paragraph that ends with the mark, cells
 *    are split at the marks, paragraphs inside a cell are joined with a space. A row is one line with `cells`,
 *    `text` = cells joined by a tab and `cellLines` (each cell's paragraphs: a cell of several milestones or
 *    departments written one per paragraph), as the .docx reader does. (Known limit: when the first cell of a table's first
 *    row holds several paragraphs, the ones before the last come out as lines of their own.) word-extractor finds
 *    a row's end only where the row's paragraph properties are in the PapxFkp page, not where they are kept in the
 *    Data stream (a table of many columns), so the row end marks found by ./doc-tables.ts are turned into line
 *    breaks too (before, such a table came out as one line).
 *  - Cells merged down over several rows (a 牵头单位 or 完成时限 written once for several tasks): word-extractor gives
 *    no merge marks, so the table properties of the rows are read from the file itself (./doc-tables.ts) and a cell
 *    that continues the cell above gets its text in `mergedFrom`, as the .docx reader's vMerge. Only when the rows
 *    found there agree with the rows of the text (their number, and each row's cell count); otherwise, or on a
 *    damaged table, no merge marks.
 *  - Field codes are removed and their results kept (word-extractor), Unicode punctuation is kept as written
 *    (filterUnicode: false — its default turns — and “” into - and ").
 *  - Encrypted (password) .doc → 'encrypted'; a password-protected .docx (an OLE file holding EncryptedPackage)
 *    → 'encrypted'; an OLE file that is not Word (Excel, PowerPoint, WPS's pre-2005 format) → 'unsupported';
 *    a broken one → 'corrupt'.
 */
import { Buffer } from 'node:buffer';
import { ImportError, type ImportReason } from '../../../shared/errors.js';
import { closesBanji, mergedFromOf, readBanjiLine, type MergedCell, type SourceLine } from '../../../shared/importer/index.js';
import { readDocTables, type DocTableRow } from './doc-tables.js';

const CELL = '\ue007';

class EncryptedWord extends Error {}

/** Where the extractor and the document it gives keep the table rows read by readDocTables (null: none read). */
const TABLE_ROWS = Symbol('tableRows');
type Extracted = {
  getBody(o?: { filterUnicode?: boolean }): string;
  getTextboxes?(o?: { includeHeadersAndFooters?: boolean; includeBody?: boolean; filterUnicode?: boolean }): string;
  [TABLE_ROWS]?: DocTableRow[] | null;
};

/**
 * The lines of the main document's text boxes that form a 版记: a box (its paragraphs up to an empty line) closed by a
 * 印发 line, the other lines opening with 抄送/抄报 or continuing such a line — each line as the importer reads a 版记's
 * (`readBanjiLine`, the same reading as at the end of a text). Under a 抄送 line the 印发 line may name an office the
 * importer does not know, or be the office alone (a 版记 that knew no date). Any other box (a seal's text, a note, a
 * caption) is left out as before.
 */
export function banjiBoxLines(textboxes: string): string[] {
  const out: string[] = [];
  for (const box of textboxes.split(/\n\s*\n/)) {
    const lines = box.split('\n').map((l) => l.trim()).filter(Boolean);
    const read = lines.map(readBanjiLine);
    const last = read[read.length - 1];
    const copy = lines.length > 1 && read[0]?.kind === 'copy';
    if (lines.length > 1 && !copy) continue;
    // (the 印发 line as the end of a text closes a 版记: paragraphs.ts closesBanji)
    if (!closesBanji(last ?? null, read.length > 1 ? read[read.length - 2] : null)) continue;
    if (read.slice(0, -1).some((r) => r?.kind === 'printed')) continue;
    out.push(...lines);
  }
  return out;
}
type Extractor = { extract(b: Buffer): Promise<Extracted> };
type OleStream = { on(e: string, f: (x?: unknown) => void): unknown };
/** The parts of word-extractor's WordOleExtractor the reader uses besides extractWordDocument. */
type OleExtractor = {
  documentStream(document: unknown, name: string): Promise<OleStream>;
  streamBuffer(stream: OleStream): Promise<Buffer>;
  /** The text pieces, by character position (CP). */
  _pieces?: unknown;
  [TABLE_ROWS]?: DocTableRow[] | null;
};

/** The rows of the body's tables with their vertical merges (doc-tables.ts); null when they cannot be read. */
async function tableRows(ole: OleExtractor, document: unknown, word: Buffer): Promise<DocTableRow[] | null> {
  try {
    const stream = (name: string) => ole.documentStream(document, name).then((s) => ole.streamBuffer(s));
    // FIB flags at 0x0A: bit 0x0200 (fWhichTblStm) names the table stream
    const table = await stream((word.readUInt16LE(0x0a) & 0x0200) !== 0 ? '1Table' : '0Table');
    const found = readDocTables(word, table);
    return found.needsData ? readDocTables(word, table, await stream('Data')).rows : found.rows;
  } catch {
    return null; // a damaged table: no merge marks
  }
}

/**
 * Turns each row end mark (a character 7 at a row's CP) into a line break in word-extractor's text pieces, as
 * word-extractor itself does for the rows whose properties it finds (sprmPFTtp) — but it does not look where a
 * long PAPX is kept (sprmPHugePapx, a table of many columns), and such a table came out as one line.
 */
function markRowEnds(pieces: unknown, rows: DocTableRow[] | null | undefined): void {
  if (!rows?.length || !Array.isArray(pieces)) return;
  let k = 0;
  for (const row of rows) {
    while (k < pieces.length && !(row.cp < (pieces[k] as { endCp?: number }).endCp!)) k++;
    const p = pieces[k] as { startCp?: unknown; endCp?: unknown; text?: unknown } | undefined;
    if (!p || typeof p.startCp !== 'number' || typeof p.text !== 'string' || row.cp < p.startCp) continue;
    const at = row.cp - p.startCp;
    if (p.text[at] === '\x07') p.text = p.text.slice(0, at) + '\n' + p.text.slice(at + 1);
  }
}

let loading: Promise<Extractor> | null = null;

/** Load word-extractor once, with the cell mark kept and encrypted files refused (see the header comment). */
function loadExtractor(): Promise<Extractor> {
  loading ??= (async () => {
    const filters = (await import('word-extractor/lib/filters.js')).default;
    const clean = filters.clean;
    if (!(clean as { keepsCells?: boolean }).keepsCells) {
      const wrapped = (s: string) => clean(s.replace(/\x07/g, CELL));
      (wrapped as { keepsCells?: boolean }).keepsCells = true;
      filters.clean = wrapped;
    }
    const Ole = (await import('word-extractor/lib/word-ole-extractor.js')).default;
    const extractWordDocument = Ole.prototype.extractWordDocument;
    Ole.prototype.extractWordDocument = function (document: unknown, buffer: Buffer) {
      // FIB: wIdent 0xA5EC at 0, flags at 0x0A; bit 0x0100 is fEncrypted
      if (buffer.length >= 12 && buffer.readUInt16LE(0) === 0xa5ec && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0) {
        return Promise.reject(new EncryptedWord('encrypted'));
      }
      const ole = this as unknown as OleExtractor;
      return tableRows(ole, document, buffer).then((rows) => {
        ole[TABLE_ROWS] = rows;
        return extractWordDocument.call(this, document, buffer);
      }).then((doc) => {
        (doc as Extracted)[TABLE_ROWS] = ole[TABLE_ROWS];
        return doc;
      });
    };
    // the text is taken from the pieces when the document is built: the row ends are marked just before
    const buildDocument = Ole.prototype.buildDocument;
    Ole.prototype.buildDocument = function () {
      const ole = this as unknown as OleExtractor;
      markRowEnds(ole._pieces, ole[TABLE_ROWS]);
      return buildDocument.call(this);
    };
    const WordExtractor = (await import('word-extractor')).default;
    return new WordExtractor();
  })();
  return loading;
}

/** UTF-16LE name of a stream in the OLE directory (a cheap look, enough to choose the message). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pat = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pat) >= 0;
}

/** A paragraph without the spaces at its end — its tabs stay: "⇥⇥实施…⇥区城管执法局⇥" is a row of five cells whose last
 *  is empty, as the same paragraph reads from .docx and text (trimEnd made it four and shifted the row's cells). */
const trimSpacesEnd = (s: string) => s.replace(/[^\S\t]+$/, '');

/**
 * Body text of a .doc (cells marked with U+E007) → lines with `cells` for table rows. `tableRows`: the rows of the
 * body's tables in text order with their vertical merges (readDocTables); used only when there are as many as the
 * text has rows, and for a row only when its cell count agrees.
 */
export function docBodyToLines(body: string, tableRows?: readonly DocTableRow[] | null): SourceLine[] {
  const rows: Array<{ at: number; paras: string[][] }> = []; // each table row: its line, its cells' paragraphs
  const lines: SourceLine[] = [];
  const paras = body.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let row: string[] | null = null; // paragraphs of the row being read
  for (const p of paras) {
    if (row || p.includes(CELL)) {
      (row ??= []).push(p);
      if (p.endsWith(CELL)) {
        const cellParas = row.join('\n').split(CELL).slice(0, -1).map((c) => c.split('\n').map((s) => s.trim()).filter(Boolean));
        const cells = cellParas.map((c) => c.join(' '));
        rows.push({ at: lines.length, paras: cellParas });
        lines.push({ text: cells.join('\t'), line: lines.length + 1, cells, cellLines: cellParas });
        row = null;
      }
      continue;
    }
    lines.push({ text: trimSpacesEnd(p.replace(/[\u0000-\u0008\u000e-\u001f]/g, '')), line: lines.length + 1 });
  }
  // a table that never closed (a damaged file): keep its text
  if (row) for (const p of row) lines.push({ text: trimSpacesEnd(p.replaceAll(CELL, '\t')), line: lines.length + 1 });
  if (tableRows && tableRows.length === rows.length) markMerges(lines, rows, tableRows);
  return lines;
}

/**
 * Sets `mergedFrom` on the rows whose cells continue a cell above (vertMerge 1): the cell of the row above with the
 * same left edge, its own text or, when it continues one itself, the text it continues. Rows next to each other in
 * the text are rows of one table; a row whose properties were not read or do not agree breaks the chain.
 */
function markMerges(lines: SourceLine[], rows: ReadonlyArray<{ at: number; paras: string[][] }>, props: readonly DocTableRow[]): void {
  let above: { at: number; edges: number[]; cells: Array<MergedCell | null> } | null = null;
  rows.forEach((r, k) => {
    const p = props[k].def;
    const line = lines[r.at];
    if (!p || p.cells !== r.paras.length) { above = null; return; }
    if (above && above.at !== r.at - 1) above = null; // another table
    const from: Array<MergedCell | null> = [];
    const cells = r.paras.map((ps, i): MergedCell | null => {
      const j = p.vmerge[i] === 1 && above ? above.edges.indexOf(p.edges[i]) : -1;
      const spanning = j >= 0 ? above!.cells[j] : null;
      if (spanning) from[i] = spanning;
      return spanning ?? (ps.length ? { text: ps.join(' '), lines: ps } : null);
    });
    if (from.length) Object.assign(line, mergedFromOf(line.cells!, from));
    above = { at: r.at, edges: p.edges.slice(0, -1), cells };
  });
}

/** Why a .doc/.wps with an open password is refused (its encryption streams, or the reader finding it encrypted). */
const PASSWORD: ImportReason = {
  zh: '文档设有打开密码,请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入',
  en: 'The document has an open password: remove it in Word or WPS and save it as .docx.',
};

export async function readDoc(bytes: Uint8Array, fileName: string): Promise<SourceLine[]> {
  const wps = /\.wps$/i.test(fileName);
  if (hasStreamName(bytes, 'EncryptedPackage') || hasStreamName(bytes, 'EncryptionInfo')) {
    throw new ImportError('encrypted', fileName, PASSWORD);
  }
  if (!hasStreamName(bytes, 'WordDocument')) {
    throw new ImportError('unsupported', fileName, wps
      ? {
        zh: '这个 WPS 文件不是 Word 兼容格式(可能是早期 WPS 专有格式),请在 WPS 中另存为 .docx 后再导入',
        en: 'This WPS file is not in a Word-compatible format (perhaps an early WPS format): save it as .docx in WPS and import that.',
      }
      : hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')
        ? { zh: '这是 Excel 表格,不是 Word 文档,请把内容复制到 Word 文档后再导入', en: 'This is an Excel workbook, not a Word document: copy its content into a Word document and import that.' }
        : hasStreamName(bytes, 'PowerPoint Document')
          ? {
            zh: '这是 PowerPoint 演示文稿,不是 Word 文档',
            en: 'This is a PowerPoint presentation, not a Word document.',
          }
          : { zh: '这是旧版 Office 文件,但不是 Word 文档,无法导入', en: 'This is an old Office file, but not a Word document: it cannot be imported.' });
  }
  const extractor = await loadExtractor();
  let body: string;
  let rows: DocTableRow[] | null | undefined;
  try {
    const doc = await extractor.extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody({ filterUnicode: false });
    rows = doc[TABLE_ROWS];
    const banji = banjiBoxLines(doc.getTextboxes?.({ includeHeadersAndFooters: false, includeBody: true, filterUnicode: false }) ?? '');
    if (banji.length) body = `${body.replace(/\n*$/, '\n')}${banji.join('\n')}\n`;
  } catch (e) {
    if (e instanceof EncryptedWord) {
      throw new ImportError('encrypted', fileName, PASSWORD);
    }
    const app = wps ? 'WPS' : 'Word';
    throw new ImportError('corrupt', fileName, {
      zh: `${app} 文档已损坏,无法读取正文,请在 ${app} 中打开并另存为 .docx 后再导入`,
      en: `The ${app} document is damaged and its text cannot be read: open it in ${app} and save it as .docx.`,
    },
      { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  return docBodyToLines(body, rows);
}
