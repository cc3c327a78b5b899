/** Pieces both stores share: list filters, path labels, the conflict error. */
import { AppError } from '../../shared/errors.js';
import type { PlanSummary } from '../../shared/api/contract.js';
import type { ListFilters } from './types.js';

/** Does a summary pass the list filters? (SqliteStore filters in memory; PgStore in SQL, with the same rule.) */
export function listFilter(filters: ListFilters): (p: PlanSummary) => boolean {
  return (p) =>
    (filters.district === undefined || p.district === filters.district) &&
    (filters.status === undefined || p.status === filters.status) &&
    (filters.period === undefined ||
      (filters.period === null ? p.period === null : p.period !== null && p.period.start === filters.period.start && p.period.end === filters.period.end));
}

/** A node's label in a hit's path (library.ts `label`): "一、" / "(一)" glue, "行动一" gets a space. */
export function pathLabel(number: string, heading: string): string {
  const n = number.trim();
  const h = heading.trim();
  if (!n) return h;
  if (!h) return /[\p{L}\p{N}]/u.test(n) ? n : '';
  return /[、.．)）:：]$/.test(n) ? n + h : `${n} ${h}`;
}

/** The Library's 'conflict' error, word for word (library.ts keeps its own private). */
export function conflictError(id: string, baseRevision: number, revision: number): AppError {
  return new AppError(
    'conflict',
    `规划 ${id} 已被修改(当前版本 ${revision},本次保存基于版本 ${baseRevision}),请重新载入后再保存。`,
    { id, baseRevision, revision, en: `Plan ${id} changed since revision ${baseRevision}; the stored revision is ${revision}. Reload and save again.` },
  );
}
