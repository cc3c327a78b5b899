/** Pieces both stores share: list filters, path labels, the conflict error (the last two are the Library's). */
import type { PlanSummary } from '../../shared/api/contract.js';
import type { ListFilters } from './types.js';
import { sameDistrict } from '../../shared/text/district-key.js';

/**
 * Does a summary pass the list filters? (SqliteStore filters in memory; PgStore in SQL, with the same rule.) A district
 * matches every spelling of it (shared/text/district-key.ts districtKey; PgStore: the plans.district_key column).
 */
export function listFilter(filters: ListFilters): (p: PlanSummary) => boolean {
  return (p) =>
    (filters.district === undefined || sameDistrict(p.district, filters.district)) &&
    (filters.status === undefined || p.status === filters.status) &&
    (filters.period === undefined ||
      (filters.period === null ? p.period === null : p.period !== null && p.period.start === filters.period.start && p.period.end === filters.period.end));
}

/** A node's label in a hit's path, and the 'conflict' error: the Library's own (both stores answer alike). */
export { label as pathLabel } from '../core/library-rows.js';
export { conflict as conflictError } from '../core/library.js';
