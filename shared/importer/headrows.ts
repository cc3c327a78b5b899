/**
 * A table head of two rows: "责任单位" over "牵头单位 | 配合单位", "年度目标" over "2025年 | 2026年 | 2027年", with 序号,
 * 重点任务 and 完成时限 merged down over both rows. The second row then holds only the lower labels, and the cells the
 * merged labels span into are empty (their text in SourceLine.mergedFrom). Read as one head: the lower row takes the
 * merged labels into its empty cells, so its cells name every column (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) and
 * the rows below are read under them. The upper row gives way to it (an empty line). Without merge marks, the labels
 * are aligned by position (aligned()).
 */
import type { SourceLine } from './types';
import { TAB_HEADER } from './clean';
import { columnKind } from './cellrows';

/**
 * A head whose cells are broken over two rows, as a narrow column wraps them: "序号 | 重点任务 | 牵头 | 配合 | 完成" over
 * "| | 单位 | 单位 | 时限" — as many cells in both, the lower row's only the rest of the words above them, each completing
 * a word that names no column (牵头, 配合, 完成) into one that does (牵头单位, 配合单位, 完成时限). Null otherwise.
 */
function brokenCells(up: string[], low: string[]): string[] | null {
  if (up.length !== low.length || !low.some((c) => c)) return null;
  const out = up.map((c, k) => (low[k] ? c + low[k] : c));
  for (let k = 0; k < up.length; k++) {
    if (!low[k]) continue;
    if (!isLabel(low[k]) || low[k].length > 4 || columnKind(up[k]) !== 'other' || columnKind(out[k]) === 'other') return null;
  }
  return out;
}

/** A column label: short, no sentence in it, not a bare number or a date. */
const LABEL = /^[^。；;，,：:\t]{1,12}$/;
const NOT_LABEL = /^(?:[0-9０-９.．、]+|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月.*)$/;

const isLabel = (c: string): boolean => LABEL.test(c.trim()) && !NOT_LABEL.test(c.trim());

/**
 * Without merge marks (a .doc table: word-extractor gives none; a table of tabs): the upper row's labels fill the
 * lower row's empty cells in order, and each run of the lower row's own labels stands under one upper label (the group
 * label, 责任单位 over 牵头单位 | 配合单位). Null unless that accounts for every cell of both rows.
 */
function aligned(up: string[], low: string[]): string[] | null {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  let groups = 0;
  while (k < low.length) {
    if (i >= up.length) return null;
    if (!low[k]) { out.push(up[i++]); k++; continue; }
    while (k < low.length && low[k]) out.push(low[k++]);
    i++;
    groups++;
  }
  return i === up.length && groups > 0 ? out : null;
}

/**
 * A head of two rows as a grid (each row as many cells as the table has columns, a missing last cell of the lower row
 * an empty one): the upper row's labels, a group label followed by the empty cells it spans across; the lower row's
 * labels only under the group ("年度计划 | | " over "2026年 | 2027年 | 2028年"), empty under every label merged down.
 * The lower row's label where it has one, the upper's elsewhere. Null unless the upper row is a table's head by its
 * words (TAB_HEADER) and has such a group — the empty cells of a row of text are no span.
 */
function gridCells(up: string[], low0: string[]): string[] | null {
  if (up.length < 3 || low0.length > up.length || !up.some((c) => !c) || !up[0]) return null;
  const low = low0.concat(Array(up.length - low0.length).fill(''));
  const out: string[] = [];
  let grouped = false;
  for (let k = 0; k < up.length; k++) {
    if (low[k] && !isLabel(low[k])) return null;
    if (up[k] && !isLabel(up[k])) return null;
    if (!up[k]) {
      // (a span goes on from a group label whose own column the lower row names, and is named below itself)
      if (!low[k] || !out.length || !low[k - 1]) return null;
      grouped = true;
    } else if (low[k] && !(up[k + 1] === '' && low[k + 1])) return null;
    out.push(low[k] || up[k]);
  }
  return grouped && TAB_HEADER(up.filter(Boolean)) ? out : null;
}

export function joinHeadRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const low = lines[i];
    const from = low.mergedFrom;
    // (the row above as joined already: a head of three rows is read down, row by row)
    const up = (out ?? lines)[i - 1];
    // (rows of a table the reader gave, or two lines of text with tabs between their cells: a table copied as text)
    const tabbed = !low.cells && !up.cells && low.text.includes('\t') && up.text.includes('\t');
    const upCells = up.cells ?? (tabbed ? up.text.trim().split('\t').map((c) => c.trim()) : null);
    const lowCells = low.cells ?? (tabbed ? low.text.replace(/\s+$/, (sp) => sp.replace(/[^\t]/g, '')).split('\t').map((c) => c.trim()) : null);
    if (!lowCells || !upCells) continue;
    // (a head broken over two rows cell by cell: one row of whole labels)
    const broken = upCells.every((c) => c && isLabel(c)) && TAB_HEADER(upCells) ? brokenCells(upCells, lowCells.concat(Array(Math.max(0, upCells.length - lowCells.length)).fill('')).slice(0, Math.max(upCells.length, lowCells.length))) : null;
    if (broken) {
      out ??= lines.slice();
      out[i] = tabbed ? { ...low, text: broken.join('\t') } : { ...low, cells: broken, text: broken.join('\t'), cellLines: broken.map((c) => [c]) };
      delete out[i].mergedFrom;
      out[i - 1] = { text: '', line: up.line };
      continue;
    }
    // (a head copied as a grid — a workbook's, or a table a text copy gives cell for cell: the group label's merged
    // cells across are empty cells after it, "年度计划 | | | 责任单位" over "| | … | 2026年 | 2027年 | 2028年" — each
    // column of both rows is one column of the table)
    const grid = tabbed && !from ? gridCells(up.text.replace(/^\s+/, (sp) => sp.replace(/[^\t]/g, '')).replace(/\s+$/, '').split('\t').map((c) => c.trim()), lowCells) : null;
    if (grid) {
      out ??= lines.slice();
      out[i] = { ...low, text: grid.join('\t') };
      out[i - 1] = { text: '', line: up.line };
      continue;
    }
    if (upCells.length >= lowCells.length) continue;
    // the upper row: labels only; the lower: labels where it has text, and the merged labels of the upper row in the
    // cells it leaves empty
    if (!upCells.every((c) => c && isLabel(c))) continue;
    const own = lowCells.filter((c) => c);
    if (!own.length || own.length === lowCells.length || !own.every(isLabel)) continue;
    // (without merge marks only under a row that is a table's head by its words: a 序号 column and a column of tasks,
    // departments or deadlines — not two lines of a table's text hard-wrapped with its tabs)
    const joined = from
      ? lowCells.map((c, k) => c || (from[k] && upCells.includes(from[k]!.text) ? from[k]!.text : c))
      : TAB_HEADER(upCells) ? aligned(upCells, lowCells) : null;
    if (!joined || joined.some((c) => !c)) continue;
    out ??= lines.slice();
    out[i] = tabbed ? { ...low, text: joined.join('\t') } : { ...low, cells: joined, text: joined.join('\t'), cellLines: joined.map((c) => [c]) };
    delete out[i].mergedFrom;
    // the upper row's labels are all in the lower row now, but for a group label over several columns (责任单位 over
    // 牵头单位 | 配合单位), which names no column: the table's head is the lower row
    out[i - 1] = { text: '', line: up.line };
  }
  return out ?? lines;
}
