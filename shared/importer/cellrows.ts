/**
 * A Word table pasted as plain text one cell per line: its header cells each on a line of their own ("序号" ⏎ "重点任务"
 * ⏎ "牵头单位" ⏎ "配合单位" ⏎ "完成时限"), then row after row, each opening with its 序号 alone on a line ("1" ⏎ task ⏎
 * lead ⏎ partners ⏎ deadline ⏎ "2" ⏎ …). The header gives the column count and each column's kind (task, department,
 * time, other); a row starts at the next 序号 and takes the lines after it as its cells in column order. A cell left
 * empty (a task with no 配合单位) is found by kind: a line that is no department list is not put in a department
 * column, one that reads as no time not in a time column, so the row keeps its cells where they belong. A group row
 * ("一、政务服务") between two rows stays a line of its own. The rows become table rows, as if the table had been
 * copied with tabs (clean.ts tabCells), and are read as a task table from there. The table ends at the first line
 * that is neither the next row nor a cell its row has room for — a row with more lines than columns (a cell written
 * as several paragraphs) ends it there, the lines read as text as before.
 */
import type { Para } from './clean';
import { looksLikeDepartments, unitWord } from './departments';
import { DEPARTMENT_LABEL } from './labels';
import { foldForMatch } from '../text/fold';
import { paraWith } from './paracopy';
import { NAME_VERB_START } from './places';

export type Kind = 'task' | 'dept' | 'person' | 'time' | 'other';

/** A header cell: short, no sentence punctuation. */
const HEADER_CELL = /^[^。；;，,：:、\s]{2,12}$/;
// (read on the fold: the Traditional 序號 / 編號 and its headers, 責任單位 / 項目名稱, as the simplified)
const SERIAL_HEAD = /^(序号|编号)$/;
/**
 * A header of a column of people — 责任领导, 牵头领导, 责任人, 负责人, 联系人, and the person OF a unit: 牵头单位联系人,
 * 责任单位负责人, 部门负责人 ("李明", "王局长", no department list) — unless it joins the units to their people
 * (责任单位及责任人, 牵头单位/责任人, 责任单位和责任领导, 责任科室及责任人: a department column, its names in brackets).
 * (celltable.ts readHeader and columnKind below read the same.)
 */
export const personHead = (h: string): boolean => /(?:领导|(?:责任|负责|联系)人)$/.test(h) && !jointUnits(h);
/**
 * The units' part of a header that joins units and their people with 及 / 和 / 与 / 、 / "/" (责任科室及责任人 → 责任科室):
 * the part before the joiner ends as a unit's name does (departments.ts unitWord: 单位, 部门, 科室, 站所, 中心 …).
 */
export function jointUnits(h: string): string | null {
  const m = /^(.+?)(?:及|和|与|、|\/|／)(?=.*(?:领导|人)$)/.exec(h);
  return m && unitWord(m[1]) ? m[1] : null;
}
/** A header that is a department field's label alone (labels.ts: 责任科室, 牵头处室, 配合股室, 责任站所, 责任社区 …). */
const LABEL_HEAD = new RegExp(`^${DEPARTMENT_LABEL}$`);
export function columnKind(h0: string): Kind {
  const h = foldForMatch(h0);
  if (personHead(h)) return 'person';
  // (a bare 责任科室 / 责任股室 / 责任处室 — a bureau's offices — too, as celltable.ts readHeader reads it)
  if (/单位|部门|责任人|领导/.test(h) || LABEL_HEAD.test(h)) return 'dept';
  if (/时限|时间|期限|节点|进度/.test(h)) return 'time';
  // (…and a 民生实事 / 为民办实事项目 column: the year's projects for the people, each a task)
  if (/任务|措施|内容|事项|项目|名称|工作|实事/.test(h)) return 'task';
  return 'other';
}
/** A cell of a time column: a date, a deadline or a standing term ("2025年6月底前", "持续推进", "长期坚持", "三季度"). */
const TIME_CELL = /^(?:(?:19|20)\d{2}\s*年|(?:19|20)\d{2}(?:\s*[-—–~至]\s*(?:19|20)\d{2})?$|(?:19|20)\d{2}[.\-/]\d|\d{1,2}\s*月|[一二三四1-4]\s*季度|年底|年内|全年|每年|每季度?|每月|长期|持续|常态|按季|按月|按年|即时)/;
/**
 * A cell of a bureau's own offices, each a name ending in 科, 股, 室, 站, 所, 队, 中心 or 办, its person in brackets after
 * it ("公路股", "行政审批股（陈涛）", "运输股、综合执法大队"): what a 责任科室 / 责任股室 column holds — names the department
 * rule (looksLikeDepartments: 局, 委, 中心 …) does not read as units. 30 characters at most, no sentence's marks.
 */
const OFFICE = /^[\u4e00-\u9fa5]{1,12}(?:科|股|室|站|所|队|中心|办)(?:[（(][\u4e00-\u9fa5·]{2,8}[)）])?$/;
const offices = (cell: string) => cell.length <= 30 && cell.split(/[、，,\s\u3000]+/).every((p) => OFFICE.test(p));
/**
 * A cell of zones or places the work is given to as to a bureau — a 牵头单位 column of platforms: "临平新城", "未来科技城
 * (海创园)", "东湖经济技术开发区（临港产业园）", "柳塘街道、青林镇" —: each a name ending in a zone's or a township's word
 * (…城: 新城, 科学城; 开发区, …园, …港, 街道, 镇 …), an alias in brackets after it, never opening with a verb or a common word
 * (places.ts NAME_VERB_START: "建设临平新城" is a task).
 */
const ZONE = /^[\u4e00-\u9fa5]{2,16}?(?:城|新区|开发区|高新区|经开区|园区?|示范区|试验区|功能区|合作区|集聚区|片区|港|街道|镇|乡)(?:[（(][\u4e00-\u9fa5]{2,16}[)）])?$/;
const zones = (cell: string) => cell.length <= 40 && cell.split(/[、，,\s\u3000]+/).every((p) => ZONE.test(p) && !NAME_VERB_START.test(p));
export const fits = (kind: Kind, cell: string): boolean =>
  kind === 'dept' ? looksLikeDepartments(cell) || offices(cell) || zones(cell) : kind === 'person' ? cell.length <= 20 && !/[。；;，,]/.test(cell) : kind === 'time' ? cell.length <= 40 && TIME_CELL.test(cell) : true;
/** A group row between two rows: a numbered part of the table ("一、政务服务", "（二）要素保障"), short, no sentence. */
// (up to 80 characters, no full stop: a group's name may say what it covers and who leads it, "一、主要经济社会发展指标、
// 发改、财政…等工作目标(牵头领导:…)" — it is taken only where the next row's 序号 follows it)
/** The number of a table's group row: 一、 二． （三） (celltable.ts `groupRow` reads the same). */
export const GROUP_NUMBER = '(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])';
const GROUP_ROW = new RegExp(`^${GROUP_NUMBER}[^\\s。]{1,80}$`);

/**
 * A cell's text: the line without the bar that closes it where the line is one cell closed by a bar ("序号 |",
 * "叶林 |") — a web page's table as a text copy prints it, one cell per line, each followed by " |".
 */
const bare = (p: Para) => (p.text.endsWith('|') && p.text.indexOf('|') === p.text.length - 1 ? p.text.slice(0, -1).trimEnd() : p.text);
/** A header cell as written: letter-spaced as a Word header centres it ("目  标  任  务") read without its spaces. */
// (…and a unit in brackets after a space, "年度投资 (万元)", read without the space)
const headCell = (p: Para) => { const t = bare(p).replace(/(?<=[\u4e00-\u9fa5])[ \u3000]+(?=[(（][^()（）]{1,6}[)）]$)/, ''); return /^[\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5]){1,7}$/.test(t) ? t.replace(/[ \u3000]+/g, '') : t; };
/** A person's name alone, two or three characters, letter-spaced or not ("陈立新", "赵  晖"): a line of a 牵头领导 cell. */
const PERSON_NAME = /^[\u4e00-\u9fa5](?:[ \u3000]*[\u4e00-\u9fa5]){1,2}$/;
/**
 * A task cell opening a row of a table whose rows carry no 序号 (the copy dropped the column's cells): a sentence of
 * the work, closed by 。 or holding a clause (，), longer than any header cell.
 */
const taskLine = (p: Para) => { const t = bare(p); return t.length > 12 && /[。，,；;]/.test(t); };
/**
 * A row read from a task sentence in such a table is one of the table's rows only where it names who does the work —
 * a 牵头领导 or a unit cell filled — and its 牵头领导 cells hold people, not a unit or a labelled line: the closing note
 * under the table read as a task takes the signature ("青川区人民政府办公室") or a "联系人：…" line in the leader's
 * place, or the signing date alone (a date is no leader either), and ends the table there.
 */
const rowOfWork = (row: string[], kinds: Kind[]) =>
  kinds.some((k, c) => (k === 'person' || k === 'dept') && !!row[c]) &&
  kinds.every((k, c) => k !== 'person' || !row[c] || (!/[：:]/.test(row[c]) && !TIME_CELL.test(row[c]) && !looksLikeDepartments(row[c]) && !offices(row[c])));
/** A line of bars alone ("|", "||||||"): what a page's table copied one cell per line prints between rows and past a spanning cell. */
const BARS_ONLY = /^[|｜│]+$/;

/**
 * The line is the 序号 n: the number alone, or after a star or triangle that marks the row a key or new item ("★3", as
 * a grid table's 序号 cell may carry it — the cell kept as written, celltable.ts).
 */
const serial = (p: Para, n: number) => { const t = bare(p); return t === String(n) || (/^[★☆▲△]/.test(t) && t.slice(1).trim() === String(n)); };

/**
 * Whether the line k, which reads as the next row's 序号, is a cell of the row still being read (a 建设数量 of 3
 * before row 3): the row has a column left that a number fits, and with the number in the first such column the lines
 * after it fill the row's remaining columns one by one, each fitting its column, and the line after them is the next
 * 序号 (or the table's end). Else it opens the next row, as before — a number alone is no row boundary while the
 * column count says the row goes on and the lines after it complete it.
 */
function numberCell(paras: Para[], k: number, col: number, kinds: Kind[], next: number): boolean {
  let c = col;
  while (c < kinds.length && !fits(kinds[c], bare(paras[k]))) c++;
  if (c >= kinds.length) return false;
  const rest = kinds.length - 1 - c;
  for (let r = 1; r <= rest; r++) {
    const q = paras[k + r];
    if (!q || q.cells || /^\d+$/.test(bare(q)) || !bare(q).trim() || !fits(kinds[c + r], bare(q))) return false;
  }
  const after = paras[k + rest + 1];
  return !after || !!after.cells || serial(after, next + 1);
}

/**
 * The empty cells the blank lines before a cell's line stand for, in a table whose header parts its cells with `gap`
 * blank lines (-1: not the same between every two): an empty cell is its own blank line and the parting after it, so
 * "1" ⏎ "" ⏎ "固定资产投资…" (gap 0) leaves one cell empty, as do three blank lines where one parts the cells (gap 1).
 */
function emptyCells(q: Para, gap: number): number {
  const more = (q.blankBefore ?? 0) - gap;
  return gap < 0 || more <= 0 || more % (gap + 1) ? 0 : more / (gap + 1);
}

/**
 * The row opening at line j (its 序号): its cells and the line after it. With `blanks`, the blank lines before a line
 * stand for empty cells (emptyCells). `closed`: the row ends where a row should — on the next 序号, a group row, a
 * row with cells or the text's end, with its cells, the empty cells the blank lines before that line stand for among
 * them, as many as the header's columns (or before it every line found a column) — rather than on a line no column
 * is left for.
 */
function readRow(paras: Para[], j: number, kinds: Kind[], next: number, gap: number, blanks: boolean, sub = false): { row: string[]; k: number; closed: boolean } {
  const width = kinds.length;
  // (`sub`: a row without its 序号, its first line at j — the serial cell merged over it and the row above)
  const row: string[] = [sub ? '' : bare(paras[j])];
  for (let c = 1; c < width; c++) row.push('');
  let col = 1;
  let k = sub ? j : j + 1;
  for (; k < paras.length && col < width; k++) {
    const q = paras[k];
    if (q.cells || (GROUP_ROW.test(bare(q)) && !!paras[k + 1] && serial(paras[k + 1], next + 1))) break;
    if (serial(q, next + 1) && !numberCell(paras, k, col, kinds, next)) break;
    // (lines holding only a no-break space before it: as many empty cells; so are blank lines more than the
    // header parts its cells with, each empty cell one blank line and the parting's — where the line still fits a
    // column past them)
    const skip = q.emptyBefore ?? (blanks ? emptyCells(q, gap) : 0);
    let c = Math.min(col + skip, width);
    while (c < width && !fits(kinds[c], bare(q))) c++;
    if (c >= width && skip && !q.emptyBefore) for (c = col; c < width && !fits(kinds[c], bare(q));) c++;
    // (a unit cell written as several paragraphs, one unit a line — "县水务局" ⏎ "县住建局" ⏎ "县护城河指挥部" — before the
    // time cell: a line of units that no column left takes goes on the unit cell just filled)
    // (only in the reading by kind alone: where blank lines stand for empty cells, a line left over says they do not)
    if (c >= width && !blanks && col > 1 && kinds[col - 1] === 'dept' && row[col - 1] && looksLikeDepartments(bare(q))) { row[col - 1] += `、${bare(q)}`; continue; }
    // (…and so is a 牵头领导 cell of two people, one a line — "祝明远" ⏎ "陈立新" —: a name no column left takes goes on
    // the person cell just filled)
    if (c >= width && !blanks && col > 1 && kinds[col - 1] === 'person' && row[col - 1] && PERSON_NAME.test(bare(q))) { row[col - 1] += `、${bare(q)}`; continue; }
    if (c >= width) return { row, k, closed: false };
    row[c] = bare(q);
    col = c + 1;
  }
  const after = paras[k];
  if (col >= width || !after) return { row, k, closed: true };
  // (ended on the next row before its last columns: those are empty — as the blank lines before it say, where blank
  // lines are read as empty cells)
  return { row, k, closed: !blanks || col + (after.emptyBefore ?? emptyCells(after, gap)) === width };
}

/** Rewrites, in place, each one-cell-per-line task table of the paragraphs into a header row and rows with cells. */
export function cellPerLineTables(paras: Para[]): void {
  // (lines of bars alone beside a cell closed by a bar — a table one cell per line, each cell followed by " |", whose
  // rows are parted by a "|" line and whose spanning title is padded with "||||||" — hold no cell: passed over)
  for (let b = paras.length - 1; b >= 0; b--) {
    if (!BARS_ONLY.test(paras[b].text) || paras[b].cells) continue;
    const near = [paras[b - 1], paras[b + 1]].some((q) => q && !q.cells && !BARS_ONLY.test(q.text) && bare(q) !== q.text);
    if (near) paras.splice(b, 1);
  }
  for (let i = 0; i < paras.length; i++) {
    // (the cheap test first: a line that is only 序号 or 编号)
    const t = bare(paras[i]);
    if (t.length !== 2 || !SERIAL_HEAD.test(foldForMatch(t)) || paras[i].cells) continue;
    const header = [t];
    let j = i + 1;
    while (j < paras.length && header.length < 12 && !paras[j].cells && HEADER_CELL.test(headCell(paras[j])) && !/^\d+$/.test(bare(paras[j])) && !serial(paras[j], 1)) header.push(headCell(paras[j++]));
    // (a header cell broken over two lines, as a narrow Word column wraps it: "牵头" ⏎ "单位", "完成" ⏎ "时限" — a word of
    // two characters that names no column, then one that completes it into a column's name: one cell)
    for (let c = 1; c + 1 < header.length; c++) {
      const a = header[c];
      const b = header[c + 1];
      if (a.length <= 2 && b.length <= 2 && columnKind(a) === 'other' && columnKind(a + b) !== 'other' && columnKind(b) === columnKind(a + b)) header.splice(c, 2, a + b);
    }
    if (header.length < 3 || !header.slice(1).some((h) => columnKind(h) === 'dept' || columnKind(h) === 'time')) continue;
    const kinds = header.map(columnKind);
    // (blank lines between the header's cells, the same before each: how the copy parts its cells — none, or one)
    const gaps = paras.slice(i + 1, j).map((p) => p.blankBefore ?? 0);
    const gap = gaps.every((g) => g === gaps[0]) ? gaps[0] : -1;
    const out: Para[] = [paraWith(paras[i], { text: header.join('\t'), cells: header, tabs: true })];
    let next = 1;
    let end = j;
    let aboveClosed = false;
    // (no row carries its 序号 — the first line under the header is a task's sentence, not "1" —: each row opens at its
    // task cell, as a row without its 序号 under a row read does, and takes the lines after it by kind, up to the next
    // task's sentence; a row that does not close so ends the table)
    const unnumbered = j < paras.length && !paras[j].cells && kinds[1] === 'task' && !serial(paras[j], 1) && taskLine(paras[j]);
    while (unnumbered && j < paras.length && !paras[j].cells && taskLine(paras[j])) {
      const read = readRow(paras, j, kinds, next, gap, false, true);
      const after = paras[read.k];
      if (!read.closed || !read.row[1] || read.row.slice(2).every((c) => !c) || !rowOfWork(read.row, kinds) || (after && !after.cells && !taskLine(after) && read.k < paras.length)) break;
      out.push(paraWith(paras[j], { text: read.row.join('\t'), cells: read.row, tabs: true }));
      next++;
      j = read.k;
      end = read.k;
    }
    while (!unnumbered && j < paras.length) {
      const p = paras[j];
      if (p.cells) break;
      if (GROUP_ROW.test(bare(p)) && !!paras[j + 1] && serial(paras[j + 1], next)) { out.push(paraWith(p, { text: bare(p) })); j++; end = j; continue; }
      if (!serial(p, next)) {
        // a row without its 序号 under a row read ("5" ⏎ "开工建设县老年养护楼。" ⏎ "县民政局" ⏎ "5月底前动工" ⏎ "开工建设老年
        // 大学。" ⏎ "12月底前" ⏎ "6"): the 序号 cell merged over both rows, the line a task of its own with the cells after it,
        // up to the next 序号 (or the table's end); its unit cells not written are the row's above, merged over it too
        const above = out[out.length - 1];
        // (only under a row read whole, every line in its column: a row that ended on a line no column had room for —
        // a cell wrapped over lines — leaves no merged row under it)
        const sub = next > 1 && aboveClosed && !p.cells && kinds[1] === 'task' && !/^\d+$/.test(bare(p)) ? readRow(paras, j, kinds, next, gap, false, true) : null;
        const after = sub ? paras[sub.k] : undefined;
        if (!sub || !sub.closed || !sub.row[1] || sub.k === j + 1 || (after && !after.cells && !serial(after, next))) break;
        for (let c = 2; c < kinds.length; c++) if (!sub.row[c] && kinds[c] === 'dept' && above.cells) sub.row[c] = above.cells[c] ?? '';
        out.push(paraWith(p, { text: sub.row.join('\t'), cells: sub.row, tabs: true }));
        j = sub.k;
        end = sub.k;
        continue;
      }
      // (blank lines read as empty cells only where the row then closes with its columns all accounted for; else the
      // row is read by kind alone, as before that rule, where that reading closes — a stray blank line inside a row is
      // no empty cell)
      let read = readRow(paras, j, kinds, next, gap, true);
      if (!read.closed) { const plain = readRow(paras, j, kinds, next, gap, false); if (plain.closed) read = plain; }
      const { row, k } = read;
      aboveClosed = read.closed;
      // (a row of its 序号 alone, or with no task: no row)
      if (row.slice(1).filter(Boolean).length < 2) break;
      out.push(paraWith(p, { text: row.join('\t'), cells: row, tabs: true }));
      next++;
      j = k;
      end = k;
    }
    if (next < 2) continue;
    paras.splice(i, end - i, ...out);
    i += out.length - 1;
  }
}
