/**
 * Normalisation for comparing plans (keys only — displayed text is never changed):
 *   - width folding (NFKC: full-width letters, digits and punctuation → half-width), lower case,
 *     one kind of quote and dash;
 *   - Chinese numerals → Arabic where they count something (三年 → 3年, 十九项 → 19项, 二○一五年 → 2015年, 第三 → 第3);
 *   - each plan's own district name masked, full and short (静安区, 静安 → 〈区〉), but not inside place
 *     names that merely contain the short form (静安寺, 张江静安园) — the same rule as shared/template.ts
 *     (districtShortName from shared/text/district.ts: this path loads neither the template code nor zod).
 * Environment-free.
 */
import { toSimplified } from '../text/fold';
import { compareFold } from '../text/compare-fold';
import { cnToNumber } from '../text/numerals';
import { districtShortName } from '../text/district';

/** What a masked district name becomes in token keys. */
export const DISTRICT_KEY = '〈区〉';

/** Place names that contain a district's short form and are not the district (静安寺, 张江静安园). */
const KEEP_AFTER_SHORT = /^(?:寺|公园|雕塑公园|园(?!区)|路|站|大桥|滨江|古镇|别墅|山|江|岛|湖)/;

/** The names to mask for a plan's district, in Simplified script (tokens match them on the Simplified view): the full name, and the short form when there is one. */
export function districtNames(district: string | null | undefined): string[] {
  const d = district ? toSimplified(district.trim()) : '';
  if (!d) return [];
  const short = districtShortName(d);
  return short && short !== d ? [d, short] : [d];
}

const FOLD_CACHE = new Map<string, string>();
/** Already folded: Han, ASCII lower case and digits only. */
const PLAIN = /^[\p{Script=Han}a-z0-9]+$/u;

/** Fold a token or a short string for comparison (not numerals, not districts: see tokens.ts). */
export function foldKey(s: string): string {
  if (s.length > 12) return fold(s);
  let k = FOLD_CACHE.get(s);
  if (k === undefined) {
    k = PLAIN.test(s) ? s : fold(s);
    if (FOLD_CACHE.size > 50_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, k);
  }
  return k;
}

function fold(s: string): string {
  return compareFold(s);
}

const CN_NUM = '〇○零一二两三四五六七八九十百千';
/** A Chinese numeral that counts or orders something: followed by a measure word / 年, or after 第. */
export const CN_NUMERAL_SOURCE = `(?<=第)[${CN_NUM}]+|[${CN_NUM}]+(?=[年个项条家户次期届倍类座所台套名批月日号大])`;

/** '三' → '3', '二○一五' → '2015', '两千' → '2000'; the input unchanged when it is not a numeral. */
export function numeralKey(s: string): string {
  const m = /^([一二两三四五六七八九])千(?:零?(.+))?$/.exec(s);
  if (m) {
    const head = cnToNumber(m[1]);
    const rest = m[2] ? cnToNumber(m[2]) : 0;
    return head !== null && rest !== null ? String(head * 1000 + rest) : s;
  }
  const n = cnToNumber(s);
  return n === null ? s : String(n);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the district names (longest first), or null when there are none. */
export function districtPattern(names: readonly string[]): string | null {
  const list = [...new Set(names.filter((n) => n.trim()))].sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  return list.map((n) => `${escapeRe(n)}(?!${KEEP_AFTER_SHORT.source.slice(1)})`).join('|');
}

/**
 * A department name for comparing across districts: parentheses dropped (区科委(信息委) → 区科委), the district
 * masked (公安静安分局 → 公安分局), a leading 区/上海市 dropped, width folded. '' when nothing is left.
 */
export function departmentKey(name: string, masks: readonly string[]): string {
  // kept per masks array (a plan's masks are one array, never changed; its departments come back node after node, pair after pair)
  let memo = DEPARTMENT_KEYS.get(masks);
  if (!memo) DEPARTMENT_KEYS.set(masks, (memo = new Map()));
  let k = memo.get(name);
  if (k === undefined) {
    k = departmentKeyOf(name, masks);
    if (memo.size >= 10_000) memo.clear();
    memo.set(name, k);
  }
  return k;
}
const DEPARTMENT_KEYS = new WeakMap<readonly string[], Map<string, string>>();
function departmentKeyOf(name: string, masks: readonly string[]): string {
  let s = foldKey(toSimplified(name)).replace(/\([^)]*\)/g, '').replace(/\s+/g, '');
  for (const m of [...masks].sort((a, b) => b.length - a.length)) s = s.split(foldKey(m)).join('');
  return s.replace(/^(?:上海市|区)/, '').replace(/^区/, '');
}

/**
 * bigrams() as numbers: a bigram's two UTF-16 code units as one 32-bit integer (first << 16 | second), the single
 * character of a 1-character string as 2^32 + its code unit (beyond every pair's number).
 */
export function bigramCodes(s: string): number[] {
  // what bigrams() leaves of s, read unit by unit: a Han character of the common block is kept at once, another BMP
  // unit is asked of the pattern once per process (SPACE_PUNCT_UNIT); a string with surrogates goes the pattern's way
  const out: number[] = [];
  let prev = -1;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) {
      if (c >= 0xd800 && c <= 0xdfff) return bigramCodesOf(s);
      let d = SPACE_PUNCT_UNIT[c];
      if (d === 0) SPACE_PUNCT_UNIT[c] = d = SPACE_PUNCT.test(String.fromCharCode(c)) ? 2 : 1;
      if (d === 2) continue;
    }
    if (prev >= 0) out.push((prev << 16) | c);
    prev = c;
    kept++;
  }
  return kept === 1 ? [2 ** 32 + prev] : out;
}
/** What bigrams() drops (spaces, punctuation), and per BMP code unit whether it does: 0 not asked yet, 1 kept, 2 dropped. */
const SPACE_PUNCT = /[\s\p{P}]/u;
const SPACE_PUNCT_UNIT = new Uint8Array(65536);
/** bigramCodes through the pattern (a string with surrogates: the pattern reads code points). */
function bigramCodesOf(s: string): number[] {
  const t = s.replace(/[\s\p{P}]/gu, '');
  if (t.length < 2) return t ? [2 ** 32 + t.charCodeAt(0)] : [];
  const out: number[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push((t.charCodeAt(i) << 16) | t.charCodeAt(i + 1));
  return out;
}

/** Character bigrams of a folded string (single characters for a 1-character string). */
export function bigrams(s: string): string[] {
  const t = s.replace(/[\s\p{P}]/gu, '');
  if (t.length < 2) return t ? [t] : [];
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}
