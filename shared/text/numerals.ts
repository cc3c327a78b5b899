/**
 * Chinese numerals ↔ numbers, as used in plan numbering (一 … 九十九, 〇/○/零, 两), also the capital forms
 * (壹贰叁 … 拾佰, Traditional 貳參陸 and 兩) Taiwan-style documents number with (壹、總則).
 */

const DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Capital and Traditional numeral characters → the ordinary ones (壹 → 一, 貳/贰 → 二, 參/叁/参 → 三, 拾 → 十, 兩 → 两). */
const CAPITAL: Record<string, string> = {
  '壹': '一', '贰': '二', '貳': '二', '叁': '三', '參': '三', '参': '三', '肆': '四', '伍': '五', '陆': '六', '陸': '六',
  '柒': '七', '捌': '八', '玖': '九', '拾': '十', '佰': '百', '兩': '两',
};
const CAPITAL_RE = /[壹贰貳叁參参肆伍陆陸柒捌玖拾佰兩]/g;

/** Every character a Chinese numeral may be written with (for building patterns): ordinary, zero forms and capitals. */
export const CN_NUMERAL_CHARS = '〇○零ＯO一二两三四五六七八九十百' + Object.keys(CAPITAL).join('');

/** "十九" → 19, "二十一" → 21, "一百零八" → 108; also digit-by-digit forms like "二○一一" → 2011. null if not a numeral. */
export function cnToNumber(s0: string): number | null {
  if (!s0) return null;
  const s = s0.replace(CAPITAL_RE, (c) => CAPITAL[c]);
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^[0-9０-９]+$/.test(s)) return Number(toHalfWidthDigits(s));
  if (!/^[〇○零ＯO一二两三四五六七八九十百]+$/.test(s)) return null;
  if (!/[十百]/.test(s)) {
    // digit-by-digit ("二○一一")
    let n = 0;
    for (const ch of s) n = n * 10 + DIGITS[ch];
    return n;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = DIGITS[ch];
  }
  return total + current;
}

/**
 * A year written digit by digit in Chinese — 二〇二五, 二○二五 (○ for 〇), 二零二五, O or 0 for 〇 as scraped text has
 * them, a space between two digits (a letter-spaced cover as a PDF gives it) — or null when it is not four such digits.
 * Read by the importer's dates (shared/importer/dates.ts) and the date a planner types (renderer typedDate.ts).
 */
export function cnYear(s: string): number | null {
  const digits = s.replace(/\s+/g, '').replace(/[○零OＯ0]/g, '〇');
  return /^[〇一二三四五六七八九]{4}$/.test(digits) ? cnToNumber(digits) : null;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 19 → "十九", 21 → "二十一", 100 → "一百". */
export function numberToCn(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return CN[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + CN[rest] : rest < 20 ? '一' + numberToCn(rest) : numberToCn(rest));
  }
  return String(n);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export function circledToNumber(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const PAREN_IDEOGRAPH = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/**
 * A one-character enclosed numeral as Word and PDF text write list numbers: ① (circled), ⑴ (parenthesized, = (1)),
 * ⒈ (with full stop, = 1.), ㈠ (parenthesized ideograph, = (一)). null for anything else.
 */
export function enclosedToNumber(ch: string): { n: number; form: 'circled' | 'paren' | 'dot' | 'cnparen' } | null {
  for (const [chars, form] of [[CIRCLED, 'circled'], [PARENTHESIZED, 'paren'], [FULL_STOP, 'dot'], [PAREN_IDEOGRAPH, 'cnparen']] as const) {
    const i = ch.length === 1 ? chars.indexOf(ch) : -1;
    if (i >= 0) return { n: i + 1, form };
  }
  return null;
}

export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Five-year-plan names → years: 十一五 → 2006–2010. */
export function fiveYearPlan(name: string): { start: number; end: number } | null {
  const m = /^十([一二三四五六七八九]?)五$/.exec(name);
  if (!m) return null;
  const k = 10 + (m[1] ? cnToNumber(m[1])! : 0); // 十五 = 10th, 十一五 = 11th …
  // 1st plan 1953–1957, 2nd 1958–1962; 1963–1965 were adjustment years; 3rd plan 1966–1970 onwards.
  const start = k <= 2 ? 1953 + (k - 1) * 5 : 1956 + (k - 1) * 5;
  return { start, end: start + 4 };
}
