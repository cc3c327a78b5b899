/**
 * Excel workbooks (.xlsx, Office Open XML SpreadsheetML): a 任务分解表 or 项目清单 circulated as a workbook.
 *
 * Each visible sheet becomes lines as a Word document holding one table would read (../docx.ts):
 *  - rows above the sheet's first row of two or more filled cells (the title "附件1", "XX区2025年重点工作任务分解表",
 *    a 填报单位 line) are paragraphs;
 *  - from that row on, every row is a table row (`cells`, `text` = cells joined by \t; a cell's lines, written with
 *    Alt+Enter, in `cellLines`), but for rows of one cell after the last row of two or more (the signature, its date, a
 *    note): paragraphs again; a run of empty rows is one empty line;
 *  - a merged range is one cell: in its first row it stands at its first column and covers the columns after it (as
 *    Word's gridSpan); in the rows below, the row has an empty cell there and the range's text in `mergedFrom` (as
 *    Word's vMerge: the grammar decides per column whether the row inherits it);
 *  - a workbook of several visible sheets names each sheet (unless it is a default name, Sheet2 / 工作表2) on a line
 *    before its rows; hidden sheets (lists that feed a drop-down) are not read.
 * A cell reads as Excel shows it where it matters to a plan: a date as 2025年6月30日 — the parts its format shows:
 * 2025年6月, 6月, 6月30日 —, a percentage as 60%, a number with the decimals its format fixes and the text it adds
 * (0"万元" → 1200万元); a time as stored; a formula as its cached result; an error (#N/A) as nothing. At most 200,000
 * filled cells (merged ranges' cells count) and 50,000 lines.
 */
import { ImportError, LIMITS, textTooLongReason } from '../../errors';
import { openDocx, resolveTarget, type DocxPackage } from '../../ooxml/package';
import { walkXml } from '../../ooxml/xml';
import { mergedFromOf, type MergedCell, type SourceLine } from '../types';

/** A broken workbook: what is broken (`reason`, in both languages), then what to do. */
const XML_BROKEN = { zh: '工作簿的 XML 结构损坏', en: 'the XML of the workbook is broken' };
const damaged = (fileName: string, reason: { zh: string; en: string }): ImportError =>
  new ImportError('corrupt', fileName, {
    zh: `Excel 工作簿已损坏:${reason.zh};请在 Excel 或 WPS 表格中打开后另存为 .xlsx 再导入`,
    en: `The Excel workbook is damaged: ${reason.en}; open it in Excel or WPS and save it as .xlsx again.`,
  });

/** Most filled cells a workbook may hold (the cells its merged ranges cover count too): beyond it the file is refused as
 *  too large rather than read for minutes. A 分解表 of 2,000 rows and 20 columns holds 40,000. */
export const MAX_XLSX_CELLS = 200_000;
/** Most lines a workbook may give (the rows its merged ranges reach count too). */
export const MAX_XLSX_ROWS = 50_000;
/** Most rows a workbook's sheets may write, filled or not (Excel's rows of one sheet): beyond it the file is refused
 *  before its rows are walked for long (a small file of sheets of millions of empty rows). */
export const MAX_XLSX_ROW_ELEMENTS = 1_048_576;

const IGNORE = { close() {}, text() {} };

interface Sheet { name: string; path: string }

function sheetsOf(pkg: DocxPackage, fileName: string, hidden: string[]): { sheets: Sheet[]; date1904: boolean } {
  const wb = pkg.readPart('xl/workbook.xml');
  if (wb === null && pkg.has('xl/workbook.bin')) {
    throw new ImportError('unsupported', fileName, {
      zh: '这是 Excel 二进制工作簿(.xlsb),不能导入,请在 Excel 或 WPS 表格中另存为 .xlsx 后再导入',
      en: 'This is a binary Excel workbook (.xlsb): save it as .xlsx in Excel or WPS and import that.',
    });
  }
  if (wb === null) throw damaged(fileName, { zh: '缺少工作簿部分 xl/workbook.xml', en: 'its workbook part xl/workbook.xml is missing' });
  const rels = new Map<string, string>();
  const relsXml = pkg.readPart('xl/_rels/workbook.xml.rels');
  if (relsXml) {
    walkXml(relsXml, 'xl/_rels/workbook.xml.rels', fileName, {
      ...IGNORE,
      open(name, a) {
        if ((name === 'pr:Relationship' || name === 'Relationship') && a.TargetMode !== 'External' && /\/worksheet$/.test(a.Type ?? '')) {
          rels.set(a.Id ?? '', resolveTarget('xl/workbook.xml', a.Target ?? ''));
        }
      },
    });
  }
  const sheets: Sheet[] = [];
  let date1904 = false;
  walkXml(wb, 'xl/workbook.xml', fileName, {
    ...IGNORE,
    open(name, a) {
      if (name === 'x:workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'x:sheet') return;
      if (a.state === 'hidden' || a.state === 'veryHidden') { hidden.push(a.name ?? ''); return; }
      const path = rels.get(a['r:id'] ?? '');
      if (path && pkg.has(path)) sheets.push({ name: a.name ?? '', path });
    },
  });
  return { sheets, date1904 };
}

function sharedStrings(pkg: DocxPackage, fileName: string): string[] {
  const xml = pkg.readPart('xl/sharedStrings.xml');
  const out: string[] = [];
  if (xml === null) return out;
  let cur: string[] | null = null;
  let phonetic = 0;
  let inT = false;
  walkXml(xml, 'xl/sharedStrings.xml', fileName, {
    open(name) {
      if (name === 'x:si') cur = [];
      else if (name === 'x:rPh') phonetic++;
      else if (name === 'x:t') inT = true;
    },
    close(name) {
      if (name === 'x:si') { out.push(cur ? cur.join('') : ''); cur = null; }
      else if (name === 'x:rPh') phonetic--;
      else if (name === 'x:t') inT = false;
    },
    text(t) { if (inT && !phonetic && cur) cur.push(t); },
  });
  return out;
}

/** How a style shows a number: as a date (the parts its format shows), or as a number (a percentage or not, with the
 *  decimals its format fixes, and the text it writes before and after: 0"万元" → 1200万元); null: as stored. */
type Shown =
  | { kind: 'date'; year: boolean; month: boolean; day: boolean; prefix?: string; suffix?: string }
  | { kind: 'number'; percent: boolean; decimals: number | null; prefix: string; suffix: string }
  | null;

const YMD = { kind: 'date', year: true, month: true, day: true } as const;
const YM = { kind: 'date', year: true, month: true, day: false } as const;
const MD = { kind: 'date', year: false, month: true, day: true } as const;
/** Excel's built-in formats that show a number otherwise than as it is stored: dates (the zh-CN locale's 年/月/日 ones
 *  among 27–58: 27/36/50/52/57 yyyy"年"m"月", 28/29/51/53/54/58 m"月"d"日", 30 m-d-yy, 31 yyyy"年"m"月"d"日"; 32–35,
 *  55, 56 are times: as stored), percentages, two decimals. */
const BUILTIN: Record<number, Shown> = {
  14: YMD, 15: YMD, 16: MD, 17: YM, 22: YMD, 27: YM, 28: MD, 29: MD, 30: YMD, 31: YMD, 36: YM,
  50: YM, 51: MD, 52: YM, 53: MD, 54: MD, 57: YM, 58: MD,
  2: { kind: 'number', percent: false, decimals: 2, prefix: '', suffix: '' },
  4: { kind: 'number', percent: false, decimals: 2, prefix: '', suffix: '' },
  9: { kind: 'number', percent: true, decimals: 0, prefix: '', suffix: '' },
  10: { kind: 'number', percent: true, decimals: 2, prefix: '', suffix: '' },
};

export function shownBy(code: string | undefined, id: number): Shown {
  if (code === undefined) return Object.hasOwn(BUILTIN, id) ? BUILTIN[id] : null;
  // the first section (positive numbers): its literal text (quoted, escaped, or a character no placeholder is) and its
  // placeholders; [colour]/[$-804], padding (_x) and fill (*x) left out
  const section = code.split(';')[0];
  const parts: Array<{ lit: string } | { fmt: string }> = [];
  for (const m of section.matchAll(/"([^"]*)"|\\(.)|\[[^\]]*\]|_.|\*.|(General)|([0#?.,%Ee+\-/:]+|[yYmMdDhHsSaApP]+)|(.)/gs)) {
    if (m[1] !== undefined) parts.push({ lit: m[1] });
    else if (m[2] !== undefined) parts.push({ lit: m[2] });
    else if (m[3] !== undefined) parts.push({ fmt: '' });
    else if (m[4] !== undefined) parts.push({ fmt: m[4] });
    else if (m[5] !== undefined) parts.push({ lit: m[5] });
  }
  // ("e" alone is the year in the zh-CN and ja-JP locales' date formats: [$-804]e"年"m"月")
  for (const p of parts) if ('fmt' in p && /^e+$/i.test(p.fmt)) p.fmt = 'yyyy';
  const fmt = parts.map((p) => ('fmt' in p ? p.fmt : '')).join('');
  if (/[yd]/i.test(fmt) || (/m/i.test(fmt) && !/[hs]/i.test(fmt))) {
    // the words the format writes before the date and after it ("截至"yyyy"年"m"月", yyyy"年"m"月底前"): kept; the
    // date itself is written as 年/月/日 whatever its separators (a suffix's own 年/月/日 is that)
    const tokens = parts.map((p, k) => ('fmt' in p && /[ymd]/i.test(p.fmt) ? k : -1)).filter((k) => k >= 0);
    const lit = (ps: typeof parts) => ps.map((p) => ('lit' in p ? p.lit : '')).join('').trim();
    const prefix = lit(parts.slice(0, tokens[0]));
    const suffix = lit(parts.slice(tokens[tokens.length - 1] + 1)).replace(/^[年月日号]/, '').replace(/^[\s\-/.,:]+$/, '');
    return { kind: 'date', year: /y/i.test(fmt), month: /m/i.test(fmt), day: /d/i.test(fmt), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
  }
  if (/[hs]/i.test(fmt) || code.trim() === '@') return null;
  const first = parts.findIndex((p) => 'fmt' in p && /[0#?]/.test(p.fmt));
  if (first < 0) return null;
  let last = first;
  parts.forEach((p, k) => { if ('fmt' in p && /[0#?%]/.test(p.fmt)) last = k; });
  const lit = (ps: typeof parts) => ps.map((p) => ('lit' in p ? p.lit : '')).join('');
  // (no decimal point: whole numbers, as Excel rounds 18.5 under "0" to 19)
  const decimals = /\.([0#?]+)/.exec(fmt)?.[1].length ?? 0;
  const percent = fmt.includes('%');
  const prefix = lit(parts.slice(0, first)).trim();
  const suffix = lit(parts.slice(last + 1)).trim();
  return { kind: 'number', percent, decimals, prefix, suffix };
}

function stylesOf(pkg: DocxPackage, fileName: string): Shown[] {
  const xml = pkg.readPart('xl/styles.xml');
  if (xml === null) return [];
  const codes = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  walkXml(xml, 'xl/styles.xml', fileName, {
    open(name, a, parent) {
      if (name === 'x:numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'x:cellXfs') inCellXfs = true;
      else if (name === 'x:xf' && inCellXfs && parent === 'x:cellXfs') xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) { if (name === 'x:cellXfs') inCellXfs = false; },
    text() {},
  });
  return xfIds.map((id) => shownBy(codes.get(id), id));
}

/** A number as a plan's text: the shortest form that is exact to 15 digits (0.1 + 0.2 shows as 0.3). */
const plain = (n: number): string => String(Number(n.toPrecision(15)));

/** Excel's serial day (1900 system, with its 29 February 1900; or the 1904 system) as a calendar date. */
export function serialDate(serial: number, date1904: boolean): { y: number; m: number; d: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : serial < 60 ? 1 : 0);
  const t = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function show(raw: string, type: string, shown: Shown, date1904: boolean, strings: string[]): string {
  switch (type) {
    case 's': return strings[Number(raw)] ?? '';
    case 'str': case 'inlineStr': return raw;
    case 'b': return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e': return '';
    case 'd': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
      return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : raw;
    }
  }
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  if (shown?.kind === 'date') {
    const d = serialDate(n, date1904);
    if (d) return `${shown.prefix ?? ''}${`${shown.year ? `${d.y}年` : ''}${shown.month ? `${d.m}月` : ''}${shown.day ? `${d.d}日` : ''}` || `${d.y}年${d.m}月${d.d}日`}${shown.suffix ?? ''}`;
  }
  if (shown?.kind === 'number') {
    const v = shown.percent ? n * 100 : n;
    return `${shown.prefix}${shown.decimals === null ? plain(v) : v.toFixed(shown.decimals)}${shown.percent ? '%' : ''}${shown.suffix}`;
  }
  return plain(n);
}

/** "AB12" → column 27 (0-based), row 11 (0-based). */
function refOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

interface Range { r1: number; c1: number; r2: number; c2: number }

interface SheetCells { rows: Map<number, Map<number, string>>; merges: Range[] }

function readSheet(xml: string, path: string, fileName: string, styles: Shown[], date1904: boolean, strings: string[], budget: { cells: number; rows: number }): SheetCells {
  const rows = new Map<number, Map<number, string>>();
  const merges: Range[] = [];
  let row = -1;
  let col = -1;
  let cell: { col: number; type: string; style: number; raw: string[]; inline: boolean } | null = null;
  let inV = false;
  let inIs = 0;
  let inT = false;
  let phonetic = 0;
  walkXml(xml, path, fileName, {
    open(name, a) {
      switch (name) {
        case 'x:row': {
          if (++budget.rows > MAX_XLSX_ROW_ELEMENTS) {
            throw new ImportError('too-large', fileName, {
              zh: `工作簿的行数过多(各工作表共超过 ${MAX_XLSX_ROW_ELEMENTS} 行,含空行)`,
              en: `The workbook has too many rows (more than ${MAX_XLSX_ROW_ELEMENTS} in all its sheets, empty rows included).`,
            }, { limit: MAX_XLSX_ROW_ELEMENTS });
          }
          const r = Number(a.r);
          row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
          col = -1;
          return;
        }
        case 'x:c': {
          const at = a.r ? refOf(a.r) : null;
          col = at ? at.col : col + 1;
          if (at && row < 0) row = at.row;
          cell = { col, type: a.t ?? 'n', style: Number(a.s ?? 0), raw: [], inline: false };
          return;
        }
        case 'x:v': inV = true; return;
        case 'x:is': inIs++; return;
        case 'x:rPh': phonetic++; return;
        case 'x:t': inT = true; return;
        case 'x:mergeCell': {
          const [from, to] = (a.ref ?? '').split(':');
          const p = from ? refOf(from) : null;
          const q = to ? refOf(to) : p;
          if (p && q) merges.push({ r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) });
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'x:v': inV = false; return;
        case 'x:is': inIs--; return;
        case 'x:rPh': phonetic--; return;
        case 'x:t': inT = false; return;
        case 'x:c': {
          const c = cell;
          cell = null;
          if (!c || row < 0 || c.col < 0) return;
          const text = show(c.raw.join(''), c.type, styles[c.style] ?? null, date1904, strings);
          if (!text.trim()) return;
          if (++budget.cells > MAX_XLSX_CELLS) {
            throw new ImportError('too-large', fileName, {
              zh: `工作簿的单元格过多(超过 ${MAX_XLSX_CELLS} 个有内容的单元格)`,
              en: `The workbook has too many cells (more than ${MAX_XLSX_CELLS} that hold something).`,
            }, { limit: MAX_XLSX_CELLS });
          }
          let r = rows.get(row);
          if (!r) rows.set(row, (r = new Map()));
          r.set(c.col, text);
        }
      }
    },
    text(t) {
      if (!cell) return;
      if (inV || (inIs && inT && !phonetic)) cell.raw.push(t);
    },
  });
  return { rows, merges };
}

const DEFAULT_NAME = /^(?:sheet|工作表)\s*\d*$/i;

/** The cell's text as one line and as its lines (Alt+Enter). */
function cellText(text: string): { text: string; lines: string[] } {
  const lines = text.split(/\r\n|\r|\n/).map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { text: lines.join(' '), lines };
}

function sheetLines(s: SheetCells, out: SourceLine[], budget: { cells: number }, fileName: string): void {
  if (!s.rows.size) return;
  const rowNos = [...s.rows.keys()].sort((a, b) => a - b);
  let minCol = Infinity;
  for (const r of s.rows.values()) for (const c of r.keys()) if (c < minCol) minCol = c;
  // a merged range by its first cell; the cells it covers
  const covered = new Map<string, Range>();
  /** By row: the last column a filled range merged down from a row above starts at (the row's cells reach it). */
  const reach = new Map<number, number>();
  /** Rows a range starting in a row of two or more filled cells reaches. */
  const tableRows = new Set<number>();
  for (const m of s.merges) {
    // (a range larger than what is left of the workbook's budget is not walked: it is read as its first cell alone;
    // the ranges after it still count)
    const size = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
    if (budget.cells + size > MAX_XLSX_CELLS) continue;
    budget.cells += size;
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.set(`${r},${c}`, m);
    if (s.rows.get(m.r1)?.has(m.c1)) {
      for (let r = m.r1 + 1; r <= m.r2; r++) reach.set(r, Math.max(reach.get(r) ?? -1, m.c1));
      // (a range that starts in a row of the table carries the table down with it; a signature merged over two
      // rows under the table does not)
      if ((s.rows.get(m.r1)?.size ?? 0) >= 2) for (let r = m.r1 + 1; r <= m.r2; r++) tableRows.add(r);
    }
  }
  // rows below a merged range's first row are read too when they hold nothing else (its rows are the table's rows)
  const all = new Set(rowNos);
  for (const r of reach.keys()) all.add(r);
  const order = [...all].sort((a, b) => a - b);
  let table = false;
  /** The lines over the table (its title, a 填报单位 line). */
  const above = new Set<string>();
  let last = -1;
  /** The last row of two or more filled cells (or reached by a range merged down from one). */
  let lastRow = -1;
  for (const r of order) if ((s.rows.get(r)?.size ?? 0) >= 2 || tableRows.has(r)) lastRow = r;
  for (const r of order) {
    // (every line counts, the rows a merged range reaches too: a small file of large ranges is refused, not read)
    if (out.length >= MAX_XLSX_ROWS) {
      throw new ImportError('too-large', fileName, {
        zh: `工作簿的行数过多(超过 ${MAX_XLSX_ROWS} 行)`,
        en: `The workbook has too many rows (more than ${MAX_XLSX_ROWS}).`,
      }, { limit: MAX_XLSX_ROWS });
    }
    const filled = s.rows.get(r) ?? new Map<number, string>();
    if (last >= 0 && r > last + 1 && out.length && out[out.length - 1].text !== '') out.push({ text: '', line: out.length + 1 });
    last = r;
    let maxCol = reach.get(r) ?? -1;
    for (const c of filled.keys()) if (c > maxCol) maxCol = c;
    if (!table && filled.size >= 2) table = true;
    // (after the table's last row of two or more cells, a row of one cell is a paragraph again: the signature, its
    // date, a note under the table)
    if (!table || (r > lastRow && filled.size <= 1)) {
      const { text } = cellText([...filled.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]).join(' '));
      if (text) out.push({ text, line: out.length + 1 });
      if (!table) above.add(text);
      continue;
    }
    // the title over the table written again inside it (a table pasted from printed pages, the page's title and head
    // on each): read once (the head's row again is the table's to pass over: its header)
    if (filled.size === 1 && !covered.has(`${r},${[...filled.keys()][0]}`) && above.has(cellText([...filled.values()][0]).text)) {
      if (out.length && out[out.length - 1].text === '') out.pop();
      continue;
    }
    const cells: string[] = [];
    const cellLines: string[][] = [];
    let from: Array<MergedCell | null> | null = null;
    for (let c = minCol; c <= maxCol; c++) {
      const m = covered.get(`${r},${c}`);
      if (m && m.r1 === r) continue; // covered by a range that starts in this row: part of its first cell
      if (m && c !== m.c1) continue; // covered, in a row below: the range's first column stands for it
      if (m) {
        const first = s.rows.get(m.r1)?.get(m.c1);
        if (first !== undefined) (from ??= [])[cells.length] = cellText(first);
        cells.push('');
        cellLines.push([]);
        continue;
      }
      const { text, lines } = cellText(filled.get(c) ?? '');
      cells.push(text);
      cellLines.push(lines);
    }
    while (cells.length > 1 && !cells[cells.length - 1] && !from?.[cells.length - 1]) { cells.pop(); cellLines.pop(); }
    if (!cells.some(Boolean) && !from) continue;
    out.push({ text: cells.join('\t'), line: out.length + 1, cells, cellLines, ...mergedFromOf(cells, from) });
  }
}

/** Read a .xlsx into numbered SourceLines (see the header comment). Rejects only with ImportError. `hidden`: the
 *  names of the hidden sheets left out, for the import report. */
export function readXlsx(bytes: Uint8Array, fileName: string, hidden: string[] = []): SourceLine[] {
  // (the OOXML package's errors name a Word document: a workbook's are said as the workbook's)
  const wrap = <T>(f: () => T, reason: { zh: string; en: string }): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ImportError && e.code === 'corrupt-docx') throw damaged(fileName, reason);
      throw e;
    }
  };
  const pkg = wrap(() => openDocx(bytes, fileName), { zh: '压缩包无法读取', en: 'its zip package cannot be read' });
  const read = (name: string): string | null => wrap(() => pkg.readPart(name), { zh: `${name} 无法读取`, en: `${name} cannot be read` });
  const safe: DocxPackage = { has: pkg.has, readPart: read };
  const { sheets, date1904 } = wrap(() => sheetsOf(safe, fileName, hidden), XML_BROKEN);
  if (!sheets.length) throw new ImportError('no-content', fileName, { zh: 'Excel 工作簿中没有可见的工作表', en: 'The Excel workbook has no visible sheet.' });
  const strings = wrap(() => sharedStrings(safe, fileName), XML_BROKEN);
  const styles = wrap(() => stylesOf(safe, fileName), XML_BROKEN);
  const budget = { cells: 0, rows: 0 };
  const lines: SourceLine[] = [];
  const named = sheets.length > 1;
  for (const sheet of sheets) {
    const xml = read(sheet.path);
    if (xml === null) continue;
    const cells = wrap(() => readSheet(xml, sheet.path, fileName, styles, date1904, strings, budget), XML_BROKEN);
    if (!cells.rows.size) continue;
    if (lines.length) lines.push({ text: '', line: lines.length + 1 });
    if (named && sheet.name.trim() && !DEFAULT_NAME.test(sheet.name.trim())) lines.push({ text: sheet.name.trim(), line: lines.length + 1 });
    sheetLines(cells, lines, budget, fileName);
  }
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  if (chars > LIMITS.maxTextChars) {
    throw new ImportError('too-large', fileName, textTooLongReason(chars), { chars, limit: LIMITS.maxTextChars });
  }
  if (!lines.some((l) => l.text.trim())) throw new ImportError('no-content', fileName, { zh: 'Excel 工作簿中没有文字内容', en: 'The Excel workbook holds no text.' });
  return lines;
}
