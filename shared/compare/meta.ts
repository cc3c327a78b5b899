/**
 * What changed in a plan's metadata between two versions, field by field. Environment-free and small (the compare
 * view imports it without the aligner).
 */
import type { PlanMeta } from '../model/plan';

/** The plan's own fields a version compare shows changed (PlanMeta less source, basedOn and templateRefs: the library's). */
export const META_FIELDS = ['title', 'district', 'city', 'period', 'issuer', 'docNumber', 'signer', 'issuedOn', 'printedOn', 'addressees', 'status', 'notice', 'preamble'] as const;
export type MetaField = (typeof META_FIELDS)[number];

const metaText = (m: PlanMeta, f: MetaField): string => {
  const v = m[f];
  if (f === 'period') return m.period ? `${m.period.start}—${m.period.end}` : '';
  if (Array.isArray(v)) return v.join('、');
  return typeof v === 'string' ? v : '';
};

/**
 * The metadata of two versions of a plan, field by field, as text (a period as 2025—2027, addressees joined by 、,
 * none as ''): the fields whose text differs. The history records the same (规划信息); the compare view of a plan
 * against one of its versions shows them above the rows.
 */
export function metaChanges(from: PlanMeta, to: PlanMeta): Array<{ field: MetaField; from: string; to: string }> {
  return META_FIELDS.map((field) => ({ field, from: metaText(from, field), to: metaText(to, field) })).filter((c) => c.from !== c.to);
}
