/**
 * A comparison written as a file — one writer for every host: `plan-workbench compare <a> <b> --csv / --json`
 * (electron/cli/compare.ts) and the compare view's 导出 CSV / 导出 JSON (renderer/src/compare/exportComparison.ts).
 * One record per row, in the view's reading order: similarity, status, each side's kind, number and heading, the
 * shared terms (and in JSON the diff). Pure and environment-free.
 */
import type { ComparisonRow } from './index';
// (from the zod-free part of the model: the compare command must not load zod — tests/hosts/cli-batch.test.ts)
import { NODE_KIND_ZH } from '../model/tree-walk';
import type { NodeKind } from '../model/plan';

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that a spreadsheet would run
 * as a formula (it opens with =, +, -, @, a tab or a carriage return: headings come from other offices' documents,
 * "=HYPERLINK(…)") gets a leading ' so Excel and LibreOffice show it as text (OWASP's CSV injection advice); numbers
 * are written as they are.
 */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export const csvLine = (fields: (string | number | null)[]): string => fields.map(csvField).join(',') + '\r\n';

/** A byte order mark: Excel opens a UTF-8 CSV as UTF-8 (Chinese readable) only with it. */
export const UTF8_BOM = '\ufeff';

export type RowStatus = 'same' | 'changed' | 'left-only' | 'right-only';

export interface ExportSide {
  id: string;
  kind: string;
  /** The number shown (in the view: derived from position, as the editor shows it). */
  number: string;
  heading: string;
  /** The number written in the text, when it differs from `number`. */
  written?: string;
}

export interface ExportRow {
  left: ExportSide | null;
  right: ExportSide | null;
  /** The alignment's score (two plans), null for an unmatched node or a version compare. */
  score: number | null;
  status: RowStatus;
  /** Paired, but placed elsewhere in the other plan (under another parent, or out of order among its siblings). */
  moved?: boolean;
  /** Shared terms (two plans) or what changed (a version). */
  reasons: string[];
  /** The diff of the pair, written to JSON only (the CLI: the full diff; the view: its field diff). */
  diff?: unknown;
}

export const STATUS_ZH: Record<RowStatus, string> = { same: '相同', changed: '有改动', 'left-only': '仅左侧', 'right-only': '仅右侧' };

export const ROWS_CSV_HEADER = ['相似度', '状态', '左侧类型', '左侧编号', '左侧', '右侧类型', '右侧编号', '右侧', '共同词'];

const num = (s: ExportSide | null) => (s ? (s.written ? `${s.number}(原文 ${s.written})` : s.number) : null);
/** A node's kind as the editor names it (任务, 事项, 行动 …): the CSV is read by people in a spreadsheet; JSON keeps the model's key. */
const kindZh = (s: ExportSide | null) => (s ? (NODE_KIND_ZH[s.kind as NodeKind] ?? s.kind) : null);

/** The rows as CSV: a header and one record per row; with `bom`, the UTF-8 byte order mark first (for Excel). */
export function rowsCsv(rows: ExportRow[], opts: { bom?: boolean } = {}): string {
  let out = (opts.bom ? UTF8_BOM : '') + csvLine(ROWS_CSV_HEADER);
  for (const r of rows) {
    out += csvLine([
      r.score === null ? null : Number(r.score.toFixed(3)), STATUS_ZH[r.status] + (r.moved ? '、位置已变' : ''),
      kindZh(r.left), num(r.left), r.left?.heading ?? null,
      kindZh(r.right), num(r.right), r.right?.heading ?? null,
      r.reasons.join('、') || null,
    ]);
  }
  return out;
}

const side = (s: ExportSide | null) => (s ? { id: s.id, kind: s.kind, number: s.number, ...(s.written ? { written: s.written } : {}), heading: s.heading } : null);

/** One row as a JSON record. */
export function rowRecord(r: ExportRow) {
  return { left: side(r.left), right: side(r.right), score: r.score, status: r.status, moved: r.moved ?? false, reasons: r.reasons, ...(r.diff !== undefined ? { diff: r.diff } : {}) };
}

/** A pair is 相同 when its word diff inserts and deletes nothing and no field (or item below it) differs. */
export function pairStatus(diff: { summary: { inserted: number; deleted: number }; fields: { changed: boolean } }): 'same' | 'changed' {
  return diff.summary.inserted === 0 && diff.summary.deleted === 0 && !diff.fields.changed ? 'same' : 'changed';
}

/** The rows of a two-plan comparison (comparisonRows, written numbers as stored) as export rows with the full diff. */
export function comparisonExportRows(rows: ComparisonRow[]): ExportRow[] {
  return rows.map((r) => ({
    left: r.left ? { id: r.left.id, kind: r.left.kind, number: r.left.number, heading: r.left.heading } : null,
    right: r.right ? { id: r.right.id, kind: r.right.kind, number: r.right.number, heading: r.right.heading } : null,
    score: r.pair?.score ?? null,
    status: r.pair ? pairStatus(r.pair.diff) : r.left ? 'left-only' : 'right-only',
    moved: r.pair?.moved ?? false,
    reasons: r.pair?.reasons ?? [],
    diff: r.pair?.diff ?? null,
  }));
}
