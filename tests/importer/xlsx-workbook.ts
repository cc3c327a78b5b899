/**
 * Workbooks written as SpreadsheetML parts for the .xlsx tests (xlsx.test.ts, xlsx-shapes.test.ts): the parts Excel
 * and WPS write — shared strings, inline strings, styles with built-in and custom number formats, merged ranges,
 * hidden sheets, defined names (print titles), a sheet's view (a frozen pane) and column widths.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell: a string (shared), or { v, s?, t? } as written in the sheet. */
export type Cell = string | { v?: string; s?: number; t?: string; is?: string; f?: string } | null;
export interface SheetSpec {
  name: string;
  rows: Record<number, Cell[]>;
  merges?: string[];
  state?: 'hidden' | 'veryHidden';
  /** XML written before sheetData (sheetViews with a frozen pane, cols with their widths). */
  head?: string;
}

/** "A".."Z", "AA".. for a 0-based column. */
export const colName = (i: number) => { let s = ''; for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };

export interface WorkbookOptions {
  /** cellXfs by index: numFmtId. */
  xfs?: number[];
  /** Custom number formats: numFmtId → code. */
  fmts?: Record<number, string>;
  date1904?: boolean;
  extraStrings?: string;
  /** Defined names (the print titles: _xlnm.Print_Titles with localSheetId). */
  names?: string;
}

/** A workbook: sheets, the styles' number formats, custom formats. */
export function workbook(sheets: SheetSpec[], opts: WorkbookOptions = {}): Uint8Array {
  const strings: string[] = [];
  const sid = (s: string) => { let i = strings.indexOf(s); if (i < 0) { i = strings.length; strings.push(s); } return i; };
  const parts: Zippable = {};
  const sheetXml = (sh: SheetSpec) => {
    const rows = Object.entries(sh.rows).map(([r, cells]) => `<row r="${r}">${cells.map((c, i) => {
      if (c === null) return '';
      const ref = `${colName(i)}${r}`;
      if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${sid(c)}</v></c>`;
      if (c.is !== undefined) return `<c r="${ref}" t="inlineStr"${c.s ? ` s="${c.s}"` : ''}><is><t>${esc(c.is)}</t></is></c>`;
      return `<c r="${ref}"${c.s ? ` s="${c.s}"` : ''}${c.t ? ` t="${c.t}"` : ''}>${c.f ? `<f>${esc(c.f)}</f>` : ''}${c.v !== undefined ? `<v>${esc(c.v)}</v>` : ''}</c>`;
    }).join('')}</row>`).join('');
    const merges = sh.merges?.length ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${S}" xmlns:r="${R}">${sh.head ?? ''}<sheetData>${rows}</sheetData>${merges}</worksheet>`;
  };
  sheets.forEach((sh, i) => { parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sh)); });
  parts['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${S}" xmlns:r="${R}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((sh, i) => `<sheet name="${esc(sh.name)}" sheetId="${i + 1}"${sh.state ? ` state="${sh.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${opts.names ? `<definedNames>${opts.names}</definedNames>` : ''}</workbook>`);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  parts['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${S}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}${opts.extraStrings ?? ''}</sst>`);
  const fmts = Object.entries(opts.fmts ?? {});
  parts['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${S}">${fmts.length ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${(opts.xfs ?? [0]).length}">${(opts.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join('')}</cellXfs></styleSheet>`);
  parts['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  parts['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  return zipSync(parts);
}
