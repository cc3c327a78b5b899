/**
 * "Is it the same text" for the field and item diffs: keys of short texts (width, numerals, the district masked),
 * and years compared by plan year when the two periods start in different years. Environment-free.
 */
import type { Period } from '../model/plan';
import { tokenize } from './tokens';

export interface FieldDiffOptions {
  /** The two plans' periods: when their starts differ, milestones and years are compared by plan year. */
  periods?: readonly [Period | null | undefined, Period | null | undefined];
  /** How the items under the two nodes are paired: by id, by content, 'auto' (id when they share ids; the default), or not at all. */
  items?: 'id' | 'content' | 'auto' | false;
}

/** The two periods when they start in different years (then years are compared by plan year), else null. */
export function periodShift(periods: FieldDiffOptions['periods']): { left: Period; right: Period } | null {
  const [l, r] = periods ?? [];
  return l && r && l.start !== r.start ? { left: l, right: r } : null;
}

const YEAR_IN_TEXT = /(?<![0-9０-９])((?:19|20)\d{2})(?![0-9０-９])/g;
const YEAR_KEY = '〈年〉';

/** The text with every year (19xx, 20xx) written as one placeholder: what textKey keys with `years: false`. */
export function maskYears(s: string): string {
  return s.replace(YEAR_IN_TEXT, YEAR_KEY);
}

/**
 * A key of a short text for "is it the same": tokens compared by key (width, numerals, the district masked),
 * spaces ignored; with `years: false`, every year (19xx, 20xx) written as one placeholder.
 */
export function textKey(s: string, masks: readonly string[], opts: { years?: boolean } = {}): string {
  const t = opts.years === false ? maskYears(s) : s;
  let out = '';
  const tokens = tokenize(t, masks);
  for (let i = 0; i < tokens.length; i++) if (tokens[i].k.trim()) out += tokens[i].k;
  return out;
}

/**
 * The same text for a compare: equal keys, where a year is the same year or — when the periods differ — the
 * same plan year (a template copy shifts "2015年" to "2027年" but leaves a bare "2016" or a far year alone).
 */
export function sameText(a: string, b: string, leftMasks: readonly string[], rightMasks: readonly string[], shift: { left: Period; right: Period } | null): boolean {
  if (a === b) return true;
  if (!shift) return textKey(a, leftMasks) === textKey(b, rightMasks);
  if (textKey(a, leftMasks, { years: false }) !== textKey(b, rightMasks, { years: false })) return false;
  const ya = [...a.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
  const yb = [...b.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
  return ya.length === yb.length && ya.every((y, i) => y === yb[i] || y - shift.left.start === yb[i] - shift.right.start);
}
