/**
 * Tokens for comparing plans. Intl.Segmenter('zh', { granularity: 'word' }) cuts the text paragraph by paragraph
 * (one 97 KB string takes ~240 ms, the same text line by line ~30 ms). Before it, the text is pre-split on what
 * the segmenter would cut badly or what must compare equal across plans:
 *   - the plan's own district name (the segmenter gives 静|安|区) → one token, key 〈区〉;
 *   - numbers: Arabic (2015, 4.74) and Chinese numerals that count (三年 → 3 + 年, 二○一五年 → 2015 + 年), key Arabic.
 * Every token keeps its surface text, so a diff on keys shows the original words; joining all surfaces of
 * `tokenize(text)` gives `text` back.
 * Environment-free (Node 20 and Chromium both have Intl.Segmenter).
 */
import { CN_NUMERAL_SOURCE, DISTRICT_KEY, districtPattern, foldKey, numeralKey } from './normalize';

export interface Token {
  /** Surface: the text as written. */
  s: string;
  /** Key: what is compared (folded, numerals Arabic, district masked). */
  k: string;
  /** Word-like (false for punctuation, spaces and line breaks). */
  w: boolean;
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const NUMBER_SOURCE = '(?<![A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])';

const splitterCache = new Map<string, RegExp>();
function splitter(masks: readonly string[]): RegExp {
  const key = masks.join('\u0000');
  let re = splitterCache.get(key);
  if (!re) {
    const d = districtPattern(masks);
    re = new RegExp(`${d ? `(${d})|` : '()'}(${NUMBER_SOURCE})|(${CN_NUMERAL_SOURCE})`, 'gu');
    if (splitterCache.size > 200) splitterCache.clear();
    splitterCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function segmentInto(out: Token[], text: string): void {
  if (!text) return;
  for (const seg of SEGMENTER.segment(text)) {
    const s = seg.segment;
    if (seg.isWordLike) out.push({ s, k: foldKey(s), w: true });
    else out.push({ s, k: /^\s+$/.test(s) ? ' ' : foldKey(s), w: false });
  }
}

/** All tokens of `text` (surfaces concatenate back to `text`). `masks`: district names to mask (normalize.districtNames). */
export function tokenize(text: string, masks: readonly string[] = []): Token[] {
  const out: Token[] = [];
  const paragraphs = text.split('\n');
  paragraphs.forEach((para, i) => {
    if (i > 0) out.push({ s: '\n', k: '\n', w: false });
    const re = splitter(masks);
    let at = 0;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      segmentInto(out, para.slice(at, m.index));
      if (m[1]) out.push({ s: m[0], k: DISTRICT_KEY, w: true });
      else if (m[2]) out.push({ s: m[0], k: foldKey(m[0]).replace('．', '.'), w: true });
      else out.push({ s: m[0], k: numeralKey(m[0]), w: true });
      at = m.index + m[0].length;
    }
    segmentInto(out, para.slice(at));
  });
  return out;
}

/** Keys of the word-like tokens (what similarity is computed on). */
export function wordKeys(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.w) out.push(t.k);
  return out;
}
