/**
 * 导出 of the compare view: the rows it shows (filters applied, numbers as shown) as CSV — UTF-8 with a byte order
 * mark, so Excel opens the Chinese text — or JSON, through the writers the CLI uses (shared/compare/export.ts).
 */
import { rowRecord, rowsCsv, type ExportRow } from '../../../shared/compare/export';
import { exportFileName } from '../../../shared/export/filename';
import type { PlanDoc } from '../../../shared/model/plan';
import type { CompareRow, RowNode } from './model';
import type { CompareFilters } from '../stores/compare';

const side = (n: RowNode | null) => (n ? { id: n.id, kind: n.kind, number: n.number, heading: n.heading, ...(n.written ? { written: n.written } : {}) } : null);

/** The view's rows as export rows (the JSON carries each row's field diff). */
export function exportRows(rows: CompareRow[]): ExportRow[] {
  return rows.map((r) => ({ left: side(r.left), right: side(r.right), score: r.score, status: r.status, moved: r.moved, reasons: r.reasons, diff: r.fields }));
}

/**
 * `fieldName`: a changed field as the view names it (标题、事项). Two versions of a plan carry the changed fields' keys
 * as a row's reasons, which the CSV's 共同词 column showed as they were (heading、items: English in a Chinese file,
 * walk ui40); two plans' shared terms are words of the plans and stay.
 */
export function comparisonCsv(rows: CompareRow[], fieldName: (key: string) => string = (k) => k): string {
  return rowsCsv(exportRows(rows).map((r) => (r.score === null ? { ...r, reasons: r.reasons.map(fieldName) } : r)), { bom: true });
}

export interface ComparisonHead {
  left: { id: string; doc: PlanDoc };
  /** Another plan, or a version of the left plan. */
  right: { kind: 'plan'; id: string; doc: PlanDoc } | { kind: 'version'; versionId: number; label: string };
  filters: CompareFilters;
}

const planInfo = (id: string, d: PlanDoc) => ({ id, title: d.meta.title, district: d.meta.district, period: d.meta.period });

export function comparisonJson(head: ComparisonHead, rows: CompareRow[]): string {
  const right = head.right.kind === 'plan' ? { kind: 'plan', ...planInfo(head.right.id, head.right.doc) } : { kind: 'version', versionId: head.right.versionId, label: head.right.label };
  return JSON.stringify({ left: planInfo(head.left.id, head.left.doc), right, filters: head.filters, rows: exportRows(rows).map(rowRecord) }, null, 2) + '\n';
}

/** 对比_<left title>_<today>.csv */
export function comparisonFileName(left: PlanDoc, ext: 'csv' | 'json', today?: string): string {
  return exportFileName({ title: `对比_${left.meta.title}`, issuedOn: null }, ext, today);
}
