/**
 * Character checks of the linter (./lint.ts): half-width punctuation in Chinese text, unmatched brackets, the
 * GB/T 9704 document number. Also read by the exporter (shared/export/text.ts cnText). Pure and environment-free.
 */
// --- characters ------------------------------------------------------------------------------

/** Han, CJK symbols and punctuation (、。〈〉《》「」【】〔〕…), full-width forms, “”‘’, …, —. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014
  );
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;

/** Code of the nearest non-space character before `i` on the same line, or -1. */
function prevCode(t: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = t.charCodeAt(k);
    if (c === 0x0a) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}
function nextCode(t: string, i: number): number {
  for (let k = i + 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x0a) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}

export const FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '(': '（', ')': '）' };
export const FULL_OF: Record<string, string> = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h]));
export const NAMES: Record<string, [string, string]> = {
  ',': ['逗号', 'comma'], '.': ['句号', 'full stop'], ':': ['冒号', 'colon'], ';': ['分号', 'semicolon'],
  '(': ['左括号', 'opening bracket'], ')': ['右括号', 'closing bracket'],
};

const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff65“”‘’]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;

/** Mask of positions inside URLs / e-mail addresses (null when there are none). */
function urlMask(t: string): Uint8Array | null {
  if (!/[@:w]/i.test(t)) return null;
  let mask: Uint8Array | null = null;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(t); m; m = URL_RE.exec(t)) {
    mask ??= new Uint8Array(t.length);
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/** Half-width , . : ; ( ) in Chinese text. */
export function halfWidthPunctuation(t: string): { start: number; char: string }[] {
  const out: { start: number; char: string }[] = [];
  if (!/[,.:;()]/.test(t)) return out;
  const mask = urlMask(t);
  // bracket pairs (per line), decided as pairs
  const parenFlag = new Map<number, boolean>();
  const stack: number[] = [];
  const closePair = (open: number, close: number) => {
    let cjk = isCjk(prevCode(t, open)) || isCjk(nextCode(t, close));
    for (let k = open + 1; !cjk && k < close; k++) if (isHan(t.charCodeAt(k))) cjk = true;
    parenFlag.set(open, cjk);
    parenFlag.set(close, cjk);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) stack.length = 0;
    else if (c === 0x28 && !mask?.[i]) stack.push(i);
    else if (c === 0x29 && !mask?.[i] && stack.length) closePair(stack.pop()!, i);
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 0x2c && c !== 0x2e && c !== 0x3a && c !== 0x3b && c !== 0x28 && c !== 0x29) continue;
    if (mask?.[i]) continue;
    const p = prevCode(t, i);
    const n = nextCode(t, i);
    let flag = false;
    switch (c) {
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
        flag = (isCjk(p) || isCjk(n)) && !(isDigit(p) && isDigit(n));
        break;
      case 0x2e: { // .
        const runs = t.charCodeAt(i - 1) === 0x2e || t.charCodeAt(i + 1) === 0x2e;
        flag = !runs && isCjk(p) && !isDigit(n) && !isLatin(n);
        break;
      }
      case 0x28:
      case 0x29:
        flag = parenFlag.has(i) ? parenFlag.get(i)! : isCjk(p) || isCjk(n);
        break;
    }
    if (flag) out.push({ start: i, char: t[i] });
  }
  return out;
}

export const PAIR_OF: Record<string, string> = { '(': ')', '（': '）', '【': '】', '〔': '〕', '“': '”', '‘': '’', '《': '》', ')': '(', '）': '（', '】': '【', '〕': '〔', '”': '“', '’': '‘', '》': '《' };

/** +class for an opening bracket/quote, −class for a closing one, 0 otherwise. ( and （ share a class. */
export function bracketClass(c: number): number {
  switch (c) {
    case 0x28: case 0xff08: return 1; // ( （
    case 0x29: case 0xff09: return -1; // ) ）
    case 0x3010: return 2; // 【
    case 0x3011: return -2; // 】
    case 0x3014: return 3; // 〔
    case 0x3015: return -3; // 〕
    case 0x201c: return 4; // “
    case 0x201d: return -4; // ”
    case 0x2018: return 5; // ‘
    case 0x2019: return -5; // ’
    case 0x300a: return 6; // 《
    case 0x300b: return -6; // 》
    default: return 0;
  }
}

/** Brackets and quotes without a partner, per paragraph (line). ( and （ pair with either width. */
export function unmatchedBrackets(t: string): { start: number; char: string }[] {
  const out: { start: number; char: string }[] = [];
  const stackPos: number[] = [];
  const stackCls: number[] = [];
  const flush = () => {
    for (const i of stackPos) out.push({ start: i, char: t[i] });
    stackPos.length = 0;
    stackCls.length = 0;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) { flush(); continue; }
    const cls = bracketClass(c);
    if (cls === 0) continue;
    // apostrophes inside Latin words (Shanghai’s) are not quotes
    if ((cls === 5 || cls === -5) && isLatin(t.charCodeAt(i - 1)) && isLatin(t.charCodeAt(i + 1))) continue;
    if (cls > 0) { stackPos.push(i); stackCls.push(cls); continue; }
    let k = stackCls.length - 1;
    while (k >= 0 && stackCls[k] !== -cls) k--;
    if (k < 0) { out.push({ start: i, char: t[i] }); continue; }
    // everything opened after the partner is unmatched
    for (let j = k + 1; j < stackPos.length; j++) out.push({ start: stackPos[j], char: t[stackPos[j]] });
    stackPos.length = k;
    stackCls.length = k;
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

// --- document number ---------------------------------------------------------------------------

export const DOC_NUMBER_RE = /^[^〔〕\[\]【】]+〔\d{4}〕[1-9]\d*[号號]$/;

/** The 〔〕 form of a document number written with [] 【】 () （） ［］ or a leading 0, or null. */
export function fixDocNumber(s: string): string | null {
  const m = /^\s*([^〔〕\[\]【】()（）［］]+?)\s*[\[【(（〔［]\s*(\d{4})\s*[\]】)）〕］]\s*0*([1-9]\d*)\s*号\s*$/.exec(s);
  if (!m) return null;
  const fixed = `${m[1]}〔${m[2]}〕${m[3]}号`;
  return DOC_NUMBER_RE.test(fixed) && fixed !== s ? fixed : null;
}
