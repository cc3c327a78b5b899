/**
 * A matching view of text: the importer matches its rules (numbering markers, 文号, dates, place names) against
 * `foldForMatch(text)` and keeps the original text for what it stores. Every fold here is LENGTH-PRESERVING, one
 * UTF-16 code unit for one code unit, so an offset (or a RegExp match index) in the folded view is the same offset in
 * the original: `original.slice(m.index, m.index + m[0].length)` is what the document wrote.
 *
 * What is folded (and nothing else):
 *
 * | from                                              | to                                   | why                                   |
 * |---------------------------------------------------|--------------------------------------|---------------------------------------|
 * | Traditional characters (發 號 區 縣 劃 關 於 辦 臺) | Simplified (发 号 区 县 划 关 于 办 台) | rules are written in Simplified        |
 * | Taiwan / Hong Kong variant forms (敍 衞 粧 枱)      | Simplified (叙 卫 妆 台)               | same                                  |
 * | full-width digits and Latin letters (２０２０ Ａ)   | ASCII (2020 A)                       | 1. / (1) / 〔2020〕 / 2021-2023        |
 * | full-width ( ) . : / - + % ~ [ ] # * < > = …     | ASCII                                | markers (（一）１．), labels (：)      |
 * | ideographic space U+3000, no-break space, U+2000–200A | space                              | spaces inside 〔 2019 〕, indentation   |
 * | small form ﹙﹚﹝﹞﹒                                 | ( ) 〔 〕 .                           | PDF text, 1﹒ of a news page           |
 * | Kangxi radicals ⼀⼆⼋ (U+2F00–2FD5), CJK compatibility ideographs (U+F900–FAFF) | the unified ideograph (一 二 八) | PDF text from fonts that map glyphs to radicals |
 *
 * Kept as they are: Chinese sentence punctuation (，。、；！？), quotes, brackets 〔〕【】《》「」, dashes (— – ～ are
 * left to the rules that read periods), 〇/○/零 (dates), every character whose fold would change the string's
 * length (a BMP character mapped to a supplementary one, or the reverse).
 *
 * The Traditional → Simplified table is opencc-js's character dictionary (TSCharacters, ~29 KB, plus the small
 * Taiwan/HK variant tables composed with it), one character to one character only — no phrase conversion, so
 * 乾 → 干 everywhere: good enough for matching, never used for stored text. The lookup table (a Uint16Array of
 * 65,536 entries) is built once, on first use (~2 ms; ~10 ms before it walked the dictionary without split arrays
 * and settled only the entries it had set — tests/text/fold.test.ts holds both tables to the straightforward build).
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';

/** Full-width forms that stay as they are: Chinese sentence punctuation. */
const KEEP_FULL_WIDTH = new Set(['，', '；', '！', '？']);

let simplifiedTable: Uint16Array | null = null;
/** The code units simplifiedTable changes, ascending (for settle and the matching table). */
let simplifiedCodes: Uint16Array | null = null;
let matchTable: Uint16Array | null = null;

/**
 * Each `from to` entry of an opencc-js dictionary ('|'-separated; either side may be a supplementary character,
 * i.e. two code units), as code unit offsets into the string: no split arrays, this runs in every process that
 * compares or imports (cold code: ~4 ms with split and destructuring, ~1 ms this way).
 */
function eachPair(dict: string, fn: (from0: number, fromEnd: number, to0: number, toEnd: number) => void): void {
  const n = dict.length;
  let i = 0;
  while (i < n) {
    const sp = dict.indexOf(' ', i);
    let bar = dict.indexOf('|', sp);
    if (bar < 0) bar = n;
    fn(i, sp, sp + 1, bar);
    i = bar + 1;
  }
}

/**
 * Follow chains (薴 → 苧 → 苎) to their end, so that folding twice changes nothing. Only the entries in `codes`
 * (ascending; every other entry is 0 and stays 0) are visited, in the same order as a pass over the whole table.
 */
function settle(t: Uint16Array, codes: Uint16Array): void {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    let f = t[c];
    for (let k = 0; f !== 0 && t[f] !== 0 && t[f] !== f && k < 4; k++) f = t[f];
    t[c] = f === c ? 0 : f;
  }
}

/** The non-zero entries of `t`, ascending, from a list of candidates (any order, repeats allowed). */
function nonZero(t: Uint16Array, candidates: number[]): Uint16Array {
  const sorted = Uint16Array.from(candidates).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if ((i === 0 || sorted[i] !== sorted[i - 1]) && t[sorted[i]] !== 0) out.push(sorted[i]);
  return Uint16Array.from(out);
}

/** code unit → Traditional-to-Simplified replacement (0 = unchanged). */
function simplified(): Uint16Array {
  if (simplifiedTable) return simplifiedTable;
  const t = new Uint16Array(0x10000);
  const set: number[] = [];
  // from → to of TSCharacters, every entry (supplementary characters too: a variant's standard form may be one), for
  // the variant tables below: the last `to` of each one-unit `from` by code unit (0: none, 1: a `to` of two units,
  // 0x10000 + code: that one unit), of each longer `from` in a map — no string or map entry per character
  const last = new Int32Array(0x10000);
  const longer = new Map<string, string>();
  const dict = TS_CHARACTERS;
  eachPair(dict, (f0, f1, t0, t1) => {
    if (f1 - f0 !== 1) {
      longer.set(dict.slice(f0, f1), dict.slice(t0, t1));
      return;
    }
    const from = dict.charCodeAt(f0);
    if (t1 - t0 !== 1) {
      last[from] = 1;
      return;
    }
    // a repeated `from` keeps its last `to`, and each entry writes the table
    const to = dict.charCodeAt(t0);
    last[from] = 0x10000 + to;
    if (from !== to) {
      t[from] = to;
      set.push(from);
    }
  });
  // Taiwan / Hong Kong standard forms → OpenCC's Traditional → Simplified, only where that chain ends in the
  // Simplified table (么 → 幺 is a variant pair, not a Simplified character: left alone) in one unit, and only for a
  // character that TSCharacters does not map itself.
  for (const rev of [TW_VARIANTS_REV, HK_VARIANTS_REV]) {
    eachPair(rev, (f0, f1, s0, s1) => {
      if (f1 - f0 !== 1) return;
      let to = -1;
      if (s1 - s0 === 1) {
        const e = last[rev.charCodeAt(s0)];
        if (e >= 0x10000) to = e - 0x10000;
      } else {
        const v = longer.get(rev.slice(s0, s1));
        if (v !== undefined && v.length === 1) to = v.charCodeAt(0);
      }
      const from = rev.charCodeAt(f0);
      if (to < 0 || last[from] !== 0 || from === to) return;
      t[from] = to;
      set.push(from);
    });
  }
  const codes = nonZero(t, set);
  settle(t, codes);
  simplifiedTable = t;
  simplifiedCodes = codes;
  return t;
}

function matching(): Uint16Array {
  if (matchTable) return matchTable;
  const t = new Uint16Array(simplified());
  const set: number[] = Array.from(simplifiedCodes!);
  const put = (c: number, to: number) => {
    t[c] = to;
    set.push(c);
  };
  for (let c = 0xff01; c <= 0xff5e; c++) {
    if (!KEEP_FULL_WIDTH.has(String.fromCharCode(c))) put(c, c - 0xfee0);
  }
  put(0x3000, 0x20);
  put(0x00a0, 0x20);
  for (let c = 0x2000; c <= 0x200a; c++) put(c, 0x20);
  put(0xfe59, 0x28); // ﹙
  put(0xfe5a, 0x29); // ﹚
  put(0xfe52, 0x2e); // ﹒ (a point's number, "1﹒", as a news page prints it)
  put(0xfe5d, 0x3014); // ﹝ → 〔
  put(0xfe5e, 0x3015); // ﹞ → 〕
  const viaNfkc = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) !== c) {
        const s = n.charCodeAt(0);
        put(c, t[s] || s); // 龜 (compatibility) → 龜 → 龟
      }
    }
  };
  viaNfkc(0x2f00, 0x2fd5); // Kangxi radicals
  viaNfkc(0x2e80, 0x2ef3); // CJK radicals supplement (the few with a compatibility mapping)
  viaNfkc(0xf900, 0xfaff); // CJK compatibility ideographs
  settle(t, nonZero(t, set));
  matchTable = t;
  return t;
}

const CHUNK = 8192;
let decoder: TextDecoder | null = null;

function apply(s: string, t: Uint16Array): string {
  const n = s.length;
  let i = 0;
  // fast path: nothing to fold (the usual Simplified text) returns the same string
  for (; i < n; i++) if (t[s.charCodeAt(i)] !== 0) break;
  if (i === n) return s;
  const out = new Uint16Array(n);
  let surrogates = false;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    out[k] = c;
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = t[c];
    out[i] = f === 0 ? c : f;
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  // TextDecoder is the fast way back to a string, but it would replace an unpaired surrogate with U+FFFD
  if (!surrogates) return (decoder ??= new TextDecoder('utf-16le')).decode(out);
  let r = '';
  for (let k = 0; k < n; k += CHUNK) r += String.fromCharCode.apply(null, out.subarray(k, k + CHUNK) as unknown as number[]);
  return r;
}

/** Traditional → Simplified, character by character; the result has the same length as `s`. */
export function toSimplified(s: string): string {
  return apply(s, simplified());
}

/**
 * The matching view: toSimplified + the width, space and compatibility folds listed at the top of this file.
 * Same length as `s`, offset for offset.
 */
export function foldForMatch(s: string): string {
  return apply(s, matching());
}

/**
 * Would `foldForMatch(s)` (`match`) or `toSimplified(s)` change `s`? The scan both make first, without a string:
 * a caller that keeps folds of long texts (grammar.ts) asks this before looking one up.
 */
export function foldChanges(s: string, match: boolean): boolean {
  const t = match ? matching() : simplified();
  for (let i = 0, n = s.length; i < n; i++) if (t[s.charCodeAt(i)] !== 0) return true;
  return false;
}

/** One code unit of the matching view: `foldForMatch(String.fromCharCode(c)).charCodeAt(0)`, without a string. */
export function foldCodeForMatch(c: number): number {
  const f = matching()[c];
  return f === 0 ? c : f;
}
