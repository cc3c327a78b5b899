/**
 * A table head of two rows: "责任单位" over "牵头单位 | 配合单位", "年度目标" over "2025年 | 2026年 | 2027年", with 序号,
 * 重点任务 and 完成时限 merged down over both rows. The second row then holds only the lower labels, and the cells the
 * merged labels span into are empty (their text in SourceLine.mergedFrom). Read as one head: the lower row takes the
 * merged labels into its empty cells, so its cells name every column (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) and
 * the rows below are read under them. The upper row gives way to it (an empty line).
 */
import type { SourceLine } from './types';

/** A column label: short, no sentence in it, not a bare number or a date. */
const LABEL = /^[^。；;，,：:]{1,12}$/;
const NOT_LABEL = /^(?:[0-9０-９.．、]+|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月.*)$/;

export function joinHeadRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const low = lines[i];
    const from = low.mergedFrom;
    const up = lines[i - 1];
    if (!from || !low.cells || !up.cells || up.cells.length >= low.cells.length) continue;
    // the upper row: labels only; the lower: labels where it has text, and the merged labels of the upper row in the
    // cells it leaves empty
    if (!up.cells.every((c) => !c.trim() || (LABEL.test(c.trim()) && !NOT_LABEL.test(c.trim())))) continue;
    const own = low.cells.filter((c) => c.trim());
    if (!own.length || !own.every((c) => LABEL.test(c.trim()) && !NOT_LABEL.test(c.trim()))) continue;
    const joined = low.cells.map((c, k) => c.trim() || (from[k] && up.cells!.includes(from[k]!.text) ? from[k]!.text : c));
    if (joined.some((c, k) => !c.trim() && from[k])) continue;
    out ??= lines.slice();
    out[i] = { ...low, cells: joined, text: joined.join('\t'), cellLines: joined.map((c) => (c ? [c] : [])) };
    delete out[i].mergedFrom;
    // the upper row's labels are all in the lower row now, but for a group label over several columns (责任单位 over
    // 牵头单位 | 配合单位), which names no column: the table's head is the lower row
    out[i - 1] = { text: '', line: up.line };
  }
  return out ?? lines;
}
