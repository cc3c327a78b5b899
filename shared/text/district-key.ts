/**
 * One district however it is written: 南嶼縣 and 南屿县, 静安區 and 静安区, ＡＢ区 and AB区, 静安 区 and 静安区 are one
 * district to the library (its district filter and facet, the search filter, the cards' groups, the CLI). The plan
 * keeps its district as written (meta.district, the importer's tests require that); the library compares
 * `districtKey`s: NFKC (full width → half width, compatibility ideographs), the importer's matching fold
 * (./fold.ts foldForMatch: Traditional and Taiwan/Hong Kong variants → Simplified), without white space, lower case.
 * A group is named by its most common spelling (`districtGroups`).
 *
 * On NFKC's output the matching fold is toSimplified: every other fold of foldForMatch (full-width forms, the
 * spaces, small forms, Kangxi radicals, compatibility ideographs) maps a character NFKC has already replaced, so
 * it never applies (tests/text/district-key.test.ts checks every code unit). toSimplified is used: the matching
 * table costs a compare process ~2–3 ms to build (~800 NFKC normalisations), only for two district names.
 */
import { toSimplified } from './fold';

/** The district as the library compares it (see above). '' for a district of white space only. */
export function districtKey(d: string): string {
  return toSimplified(d.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/**
 * Do two districts as written name one district (any spelling of it)? A missing or blank district names none: two
 * plans or accounts without a district are not "of one district" (server access, sharing, compare's lineage).
 */
export function oneDistrict(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  const k = districtKey(a);
  return k !== '' && k === districtKey(b);
}

/** Is `d` (a district as written) in the group `filter` (any spelling of it)? */
export function sameDistrict(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === b) return true;
  if (a == null || b == null) return false;
  return districtKey(a) === districtKey(b);
}

export interface DistrictGroup {
  key: string;
  /** The most common spelling (a tie: the one already in Simplified, half-width form; then by code point). */
  name: string;
  /** Every spelling with how many plans write it, most common first. */
  spellings: Array<{ text: string; count: number }>;
}

/** The districts of a list of plans (null and blank ones left out), grouped by key; keyed by districtKey. */
export function districtGroups(districts: Iterable<string | null | undefined>): Map<string, DistrictGroup> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of districts) {
    if (d == null) continue;
    const key = districtKey(d);
    if (!key) continue;
    const c = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
    c.set(d, (c.get(d) ?? 0) + 1);
  }
  const out = new Map<string, DistrictGroup>();
  for (const [key, c] of counts) {
    const spellings = [...c.entries()]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || Number(b.text.trim() === key) - Number(a.text.trim() === key) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    out.set(key, { key, name: spellings[0].text, spellings });
  }
  return out;
}
