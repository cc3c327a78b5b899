/**
 * Numbering markers found at the start of a paragraph ("一、", "(一)", "行动一:", "重点专项3:", "1.", "①", "•" …).
 * A marker has a style (same style = same level within one branch) and a number.
 */
import { circledToNumber, cnToNumber } from './numerals';

export type MarkerStyle =
  | 'chapter'   // 第一章
  | 'cn'        // 一、
  | 'cnparen'   // (一) （一）
  | 'action'    // 行动一 / 支撑体系一
  | 'keytask'   // 重点专项1 / 重点任务一 / 重点任务1
  | 'decimal'   // 1.1 (annex tables)
  | 'arabic'    // 1、 1. 1．
  | 'paren'     // (1) （1） 1)
  | 'circled'   // ①
  | 'bullet'    // • — ●
  | 'appendix'; // 附件 / 附表

export interface Marker {
  style: MarkerStyle;
  /** The number as written, including the label ("重点专项3", "(一)", "1、", "•"). */
  raw: string;
  /** Numeric value (0 for bullets and appendices without a number). */
  n: number;
  /** For 'action' and 'keytask': the label (行动, 支撑体系, 重点专项, 重点任务). */
  label?: string;
  /** The text after the marker. */
  rest: string;
}

const CN_NUM = '[一二三四五六七八九十百〇零两]+';
const NUM = `(?:${CN_NUM}|[0-9０-９]{1,3})`;

const PATTERNS: { style: MarkerStyle; re: RegExp; n: (m: RegExpExecArray) => number; label?: (m: RegExpExecArray) => string }[] = [
  { style: 'chapter', re: new RegExp(`^(第(${NUM})章)\\s*`), n: (m) => num(m[2]) },
  { style: 'action', re: new RegExp(`^((行动|支撑体系)\\s*(${NUM}))\\s*[:：、.．]?\\s*`), n: (m) => num(m[3]), label: (m) => m[2] },
  {
    style: 'keytask',
    re: new RegExp(`^((重点专项|重点任务|重点工程|重点项目|专项行动)\\s*[:：]?\\s*(${NUM}))\\s*[:：、.．]?\\s*`),
    n: (m) => num(m[3]),
    label: (m) => m[2],
  },
  { style: 'cn', re: new RegExp(`^((${CN_NUM})\\s*[、.．])\\s*`), n: (m) => num(m[2]) },
  { style: 'cnparen', re: new RegExp(`^([(（]\\s*(${CN_NUM})\\s*[)）])\\s*[、.．]?\\s*`), n: (m) => num(m[2]) },
  { style: 'decimal', re: /^(([0-9]{1,2})[.．]([0-9]{1,2}))(?![0-9.．%])\s*/, n: (m) => Number(m[2]) * 100 + Number(m[3]) },
  { style: 'paren', re: /^([(（]\s*([0-9０-９]{1,2})\s*[)）]|([0-9]{1,2})[)）])\s*/, n: (m) => num(m[2] ?? m[3]) },
  { style: 'arabic', re: /^(([0-9０-９]{1,2})\s*[、.．])(?![0-9０-９])\s*/, n: (m) => num(m[2]) },
  { style: 'circled', re: /^([①-⑳])\s*/, n: (m) => circledToNumber(m[1]) ?? 0 },
  { style: 'bullet', re: /^([•·●▪■◆◇○□]|——|－－|--)\s*/, n: () => 0 },
  { style: 'appendix', re: /^((附件|附表)\s*([0-9０-９]{0,2}))\s*[:：]?\s*/, n: (m) => (m[3] ? num(m[3]) : 0) },
];

function num(s: string): number {
  return cnToNumber(s.replace(/\s+/g, '')) ?? 0;
}

export function readMarker(text: string): Marker | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // "2015-2017", "0.62台", "1.1" inside numbers are not markers; a lone "一、" with nothing after is one (continued next line).
    if (p.style === 'arabic' && /^[0-9]/.test(rest)) continue;
    // "一、二、三" lists inside a sentence are rare at paragraph start; accept.
    return { style: p.style, raw: m[1].replace(/\s+/g, ''), n: p.n(m), label: p.label?.(m), rest };
  }
  return null;
}

/** Level order used when a long run-together line is split: a smaller rank is a higher level. */
export const STYLE_RANK: Record<MarkerStyle, number> = {
  chapter: 0, cn: 1, cnparen: 2, action: 2, keytask: 3, decimal: 3, arabic: 4, paren: 5, circled: 6, bullet: 7, appendix: 0,
};

/** Candidate markers inside a paragraph (not at its start) for splitting run-together text. */
export const INLINE_MARKER = new RegExp(
  `第${NUM}章|(?<![一二三四五六七八九十百〇零两第])${CN_NUM}、|[(（]${CN_NUM}[)）]|(?<![0-9０-９.．])[0-9]{1,2}[、](?![0-9])|(?<=[。；！？\\s])[0-9]{1,2}[.．](?![0-9])`,
  'g',
);
