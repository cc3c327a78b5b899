/**
 * What differs in a pair besides the share of equal text, for the detail's summary line. A draft made from its
 * template compares its years by plan year (docs/compare.md): 2028 in a 2026–2028 draft is 2025 in the 2023–2025
 * template, so the text counts as 100 % the same while the diff below marks 2028 / 2025 — and a reviewer read
 * 「文字相同 100%」 beside it as a contradiction (walk 13). The summary names the years written differently and the
 * fields that differ (departments, indicators, milestones, items) instead of saying "the same".
 */
import type { FieldDiff } from './model';

/** Years (19xx, 20xx) as written in a text, in order. */
export function yearsWritten(text: string): string[] {
  return [...text.matchAll(/(?<![0-9０-９])(?:19|20)\d{2}(?![0-9０-９])/g)].map((m) => m[0]);
}

export type DifferingField = 'departments' | 'indicators' | 'milestones' | 'items';

export interface PairDifferences {
  /** Years written differently: those only in the left text and those only in the right one (each in order, once). */
  years: { left: string[]; right: string[] } | null;
  /** Fields with a difference, in the order the field diff shows them. */
  fields: DifferingField[];
}

/** The years written differently in the two texts, or null when they are written alike. */
function yearDifference(left: string, right: string): PairDifferences['years'] {
  const l = yearsWritten(left);
  const r = yearsWritten(right);
  if (l.join() === r.join()) return null;
  const once = (xs: string[]) => [...new Set(xs)];
  if (l.length === r.length) {
    // the same places, other years: the pairs that differ
    const at = l.map((y, i) => i).filter((i) => l[i] !== r[i]);
    return { left: once(at.map((i) => l[i])), right: once(at.map((i) => r[i])) };
  }
  const inR = new Set(r);
  const inL = new Set(l);
  return { left: once(l.filter((y) => !inR.has(y))), right: once(r.filter((y) => !inL.has(y))) };
}

/** The fields of a field diff that differ (an item's own detail is counted in `items`). */
export function differingFields(f: FieldDiff | null): DifferingField[] {
  if (!f) return [];
  const out: DifferingField[] = [];
  const d = f.departments;
  if (d.added.length || d.removed.length || d.roles?.length) out.push('departments');
  if (f.indicators.some((i) => i.changed.length || !i.left || !i.right)) out.push('indicators');
  if (f.milestones.some((m) => m.changed ?? JSON.stringify(m.left) !== JSON.stringify(m.right))) out.push('milestones');
  if (f.items?.length) out.push('items');
  return out;
}

export function pairDifferences(leftText: string, rightText: string, fields: FieldDiff | null): PairDifferences {
  const years = leftText && rightText && leftText !== rightText ? yearDifference(leftText, rightText) : null;
  return { years: years && (years.left.length || years.right.length) ? years : null, fields: differingFields(fields) };
}
