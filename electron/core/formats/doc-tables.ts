/**
 * The vertical merges of a Word 97–2003 (.doc) document's tables, read from the file's own table properties
 * ([MS-DOC]), which word-extractor does not give: it returns the cells' text only, so a 牵头单位 written once in a
 * cell merged down over three tasks reached the first task alone.
 *
 *  - Each table row ends with a row end mark: a paragraph mark whose paragraph properties (the PAPX in a PapxFkp
 *    page, found through the FIB's PlcBtePapx) hold sprmPFTtp = 1 and the row's table properties: sprmTDefTable
 *    (the cells' edges and a TC80 per cell, whose flags carry vertMerge: 1 = merged with the cell above, 3 = the
 *    first cell of a merged range) and sprmTVertMerge (one cell's vertMerge, applied after it). A PAPX too long for
 *    its page is in the Data stream (sprmPHugePapx).
 *  - The row end marks are put in text order through the piece table (the Clx): only those of the main text (the
 *    first ccpText characters) count, as word-extractor's body is the main text.
 *  - Rows of nested tables (sprmPFInnerTtp) are not rows of the body's tables and are left out.
 *
 * Safe on damaged input: every read is bounds-checked, every loop moves forward and the counts are limited; what cannot be read gives no
 * merge marks (null, or a row with `vmerge` null), never an error. The caller (doc.ts) only uses the rows when
 * their number and each row's cell count agree with the text word-extractor returned.
 */

/** The cells of a table row, from its TDefTable. */
export interface DocTableDef {
  /** Number of cells of the row (TDefTable's itcMac). */
  cells: number;
  /** Cell edges in twips, from the left: cells + 1 of them. */
  edges: number[];
  /** Per cell: 0 not merged, 1 merged with the cell above, 3 the first of a range merged down (Word's codes). */
  vmerge: number[];
}

/** A table row of the main text: where its row end mark is (its CP: the character's place in the document's
 *  text) and its cells, when they could be read. */
export interface DocTableRow {
  cp: number;
  def: DocTableDef | null;
}

/** What the reader found, rows in text order: `rows` null when the document's tables could not be read;
 *  `needsData` when a row's properties are in the Data stream and it was not given. */
export interface DocTables {
  rows: DocTableRow[] | null;
  needsData: boolean;
}

const MAX_PIECES = 1 << 16;
const MAX_FKP_PAGES = 1 << 16;
const MAX_ROWS = 200_000;
const MAX_CELLS = 63; // Word's limit of cells in a row

const sprmPFTtp = 0x2417;
const sprmPFInnerTtp = 0x244c;
const sprmPHugePapx = 0x6646;
const sprmTDefTable = 0xd608;
const sprmTVertMerge = 0xd62b;
const sprmTInsert = 0x7621;
const sprmTDelete = 0x5622;
const sprmPChgTabs = 0xc615;

class View {
  constructor(readonly b: Uint8Array) {}
  get length(): number { return this.b.length; }
  ok(at: number, n: number): boolean { return Number.isInteger(at) && at >= 0 && n >= 0 && at + n <= this.b.length; }
  u8(at: number): number { if (!this.ok(at, 1)) throw new Bad(); return this.b[at]; }
  u16(at: number): number { if (!this.ok(at, 2)) throw new Bad(); return this.b[at] | (this.b[at + 1] << 8); }
  i16(at: number): number { const v = this.u16(at); return v & 0x8000 ? v - 0x10000 : v; }
  u32(at: number): number { if (!this.ok(at, 4)) throw new Bad(); return (this.b[at] | (this.b[at + 1] << 8) | (this.b[at + 2] << 16)) + this.b[at + 3] * 0x1000000; }
  slice(at: number, n: number): View { if (!this.ok(at, n)) throw new Bad(); return new View(this.b.subarray(at, at + n)); }
}

class Bad extends Error {}

interface Piece { cp: number; cpEnd: number; fc: number; bpc: 1 | 2 }

/** The piece table (Clx in the table stream): which characters (CPs) are where in the WordDocument stream. */
function pieces(word: View, table: View): Piece[] {
  const fcClx = word.u32(0x1a2);
  const lcbClx = word.u32(0x1a6);
  const clx = table.slice(fcClx, lcbClx);
  let at = 0;
  // Prc: clxt, cbGrpprl, grpprl — cbGrpprl is 0 to 0x3FA2 ([MS-DOC] 2.9.209): a negative one would never move on
  while (clx.u8(at) === 1) {
    const cb = clx.i16(at + 1);
    if (cb < 0 || cb > 0x3fa2) throw new Bad();
    at += 3 + cb;
  }
  if (clx.u8(at) !== 2) throw new Bad();
  const lcb = clx.u32(at + 1);
  const plc = clx.slice(at + 5, lcb);
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PIECES) throw new Bad();
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cp = plc.u32(i * 4);
    const cpEnd = plc.u32((i + 1) * 4);
    if (cpEnd < cp) throw new Bad();
    const raw = plc.u32((n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    out.push({ cp, cpEnd, fc: compressed ? (raw & 0x3fffffff) / 2 : raw, bpc: compressed ? 1 : 2 });
  }
  return out;
}

/** The piece (of `sorted`, by fc) whose text holds the character at stream offset `fc`, if one does. */
function pieceAt(sorted: readonly Piece[], fc: number): Piece | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].fc <= fc) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const pc = sorted[at];
  return pc && fc < pc.fc + (pc.cpEnd - pc.cp) * pc.bpc ? pc : undefined;
}

/** Size of a sprm's operand at `at` (after the sprm), or null when it cannot be told. */
function operandSize(p: View, sprm: number, at: number): number | null {
  switch (sprm >> 13) {
    case 0: case 1: return 1;
    case 2: case 4: case 5: return 2;
    case 3: return 4;
    case 7: return 3;
    default:
      if (sprm === sprmTDefTable) return 1 + p.u16(at); // cb counts the rest plus one, after its two bytes
      if (sprm === sprmPChgTabs && p.u8(at) === 255) return null;
      return 1 + p.u8(at);
  }
}

interface RowProps { ttp: boolean; inner: boolean; huge: number | null; row: DocTableDef | null }

/** The table properties of a paragraph's grpprl. */
function readGrpprl(p: View, start: number, into: RowProps): void {
  let def: DocTableDef | null = null;
  let unknown = false;
  const vert: Array<[number, number]> = [];
  let at = start;
  while (at + 2 <= p.length) {
    const sprm = p.u16(at);
    const size = operandSize(p, sprm, at + 2);
    if (size === null || !p.ok(at + 2, size)) { unknown = true; break; }
    const op = at + 2;
    if (sprm === sprmPFTtp) into.ttp = p.u8(op) === 1;
    else if (sprm === sprmPFInnerTtp) into.inner = p.u8(op) === 1;
    else if (sprm === sprmPHugePapx) into.huge = p.u32(op);
    else if (sprm === sprmTDefTable) def = tDefTable(p.slice(op + 2, size - 2));
    else if (sprm === sprmTVertMerge && size >= 3) vert.push([p.u8(op + 1), p.u8(op + 2)]);
    else if (sprm === sprmTInsert || sprm === sprmTDelete) unknown = true; // the cells move: not followed
    at = op + size;
  }
  if (def) for (const [itc, code] of vert) if (itc < def.cells) def.vmerge[itc] = code & 3;
  if (def || unknown) into.row = unknown ? null : def;
}

/** TDefTableOperand after its cb: itcMac, rgdxaCenter[itcMac + 1], rgTc80 (as many as there are, 20 bytes each). */
function tDefTable(p: View): DocTableDef | null {
  const cells = p.u8(0);
  if (cells < 1 || cells > MAX_CELLS || !p.ok(1, (cells + 1) * 2)) return null;
  const edges = Array.from({ length: cells + 1 }, (_e, i) => p.i16(1 + i * 2));
  const tc = 1 + (cells + 1) * 2;
  const vmerge = Array.from({ length: cells }, (_v, i) => (p.ok(tc + i * 20, 20) ? (p.u16(tc + i * 20) >> 5) & 3 : 0));
  return { cells, edges, vmerge };
}

/**
 * The rows of the main text's tables with their vertical merges, in text order. `word`: the WordDocument stream;
 * `table`: the 0Table or 1Table stream the FIB names; `data`: the Data stream, when asked for (needsData).
 */
export function readDocTables(wordBytes: Uint8Array, tableBytes: Uint8Array, dataBytes?: Uint8Array): DocTables {
  let needsData = false;
  try {
    const word = new View(wordBytes);
    const table = new View(tableBytes);
    if (word.u16(0) !== 0xa5ec) return { rows: null, needsData };
    const ccpText = word.u32(0x4c);
    const pcs = pieces(word, table);
    // the pieces of 8-bit and of 16-bit text, each by where they are in the stream (pieceAt)
    const byFc = ([1, 2] as const).map((bpc) => pcs.filter((pc) => pc.bpc === bpc).sort((a, b) => a.fc - b.fc));
    const fcPlc = word.u32(0x102);
    const lcbPlc = word.u32(0x106);
    const plc = table.slice(fcPlc, lcbPlc);
    const n = (lcbPlc - 4) / 8;
    if (!Number.isInteger(n) || n < 0 || n > MAX_FKP_PAGES) return { rows: null, needsData };
    const found: DocTableRow[] = [];
    for (let i = 0; i < n; i++) {
      const pn = plc.u32((n + 1) * 4 + i * 4) & 0x3fffff;
      const fkp = word.slice(pn * 512, 512);
      const crun = fkp.u8(511);
      if (crun > 0x1d) continue;
      for (let j = 0; j < crun; j++) {
        const fcEnd = fkp.u32((j + 1) * 4);
        const bOffset = fkp.u8((crun + 1) * 4 + j * 13);
        if (!bOffset) continue;
        let cb = fkp.u8(bOffset * 2);
        let from = bOffset * 2 + 1;
        let size = 2 * cb - 1;
        if (!cb) { cb = fkp.u8(from); from++; size = 2 * cb; }
        if (size < 2 || !fkp.ok(from, size)) continue;
        const props: RowProps = { ttp: false, inner: false, huge: null, row: null };
        readGrpprl(fkp.slice(from, size), 2, props);
        if (props.huge !== null) {
          // the whole grpprl is in the Data stream: PrcData = cbGrpprl (2 bytes), grpprl
          if (!dataBytes) { needsData = true; continue; }
          const data = new View(dataBytes);
          const cbHuge = data.u16(props.huge);
          props.row = null;
          readGrpprl(data.slice(props.huge + 2, cbHuge), 0, props);
        }
        if (!props.ttp || props.inner) continue;
        for (const pc of [pieceAt(byFc[0], fcEnd - 1), pieceAt(byFc[1], fcEnd - 2)]) {
          if (!pc) continue;
          const mark = fcEnd - pc.bpc;
          const cp = pc.cp + (mark - pc.fc) / pc.bpc;
          // the row end mark is the character 7
          const ch = pc.bpc === 1 ? word.u8(mark) : word.u16(mark);
          if (ch !== 7 || !Number.isInteger(cp) || cp >= ccpText) continue;
          found.push({ cp, def: props.row });
          if (found.length > MAX_ROWS) return { rows: null, needsData };
        }
      }
    }
    found.sort((a, b) => a.cp - b.cp);
    return { rows: found, needsData };
  } catch (e) {
    if (e instanceof Bad) return { rows: null, needsData };
    throw e;
  }
}
