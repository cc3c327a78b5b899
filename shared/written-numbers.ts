/**
 * Numbers as written (`PlanNode.number`): read (style, ordinal, label) through the importer's grammar, folded for
 * comparison, and formatted in the conventions of numbering.ts. Environment-free.
 */
import { RULE, readMarker } from './importer/public';
import { circledToNumber, cnToNumber, numberToCn } from './text/numerals';

/** The style of a written number. */
export type NumberStyle =
  | 'chapter'   // 第一章
  | 'cn'        // 一、
  | 'cnparen'   // (一) （一）
  | 'arabic'    // 1. 1、
  | 'paren'     // (1) （1） 1)
  | 'circled'   // ①
  | 'label'     // 行动一, 支撑体系二, 重点专项3, 重点任务二十三
  | 'bullet'    // • —— ·
  | 'appendix'  // 附件, 附件2, 附表
  | 'none'      // '' (not numbered)
  | 'other';    // written, but not a number we read

export interface WrittenNumber {
  style: NumberStyle;
  /** 1-based ordinal, null when the number has none (bullets, '', 附件). */
  ordinal: number | null;
  /** For 'label': 行动, 支撑体系, 重点专项, 重点任务 … */
  label?: string;
  /** For 'label': digits (重点专项1) or Chinese numerals (行动一). */
  numeral?: 'arabic' | 'cn';
}

/** Read a number as written in `PlanNode.number`. */
export function readNumber(written: string): WrittenNumber {
  const s = written.trim();
  if (!s) return { style: 'none', ordinal: null };
  // Labels first: the importer's marker reader knows 行动/支撑体系 and 重点专项/重点任务/…;
  // accept any other short Chinese label followed by a numeral too (专项行动3, 任务一).
  const lab = /^((?:(?![一二三四五六七八九十百〇零两第])[\u4e00-\u9fff]){1,6}?)\s*[:：]?\s*([0-9０-９]{1,3}|[一二三四五六七八九十百〇零两]+)\s*[:：、.．]?$/.exec(s);
  if (lab && !/^第/.test(s) && !/^附[件表]/.test(s)) {
    const n = cnToNumber(lab[2]);
    if (n !== null && n > 0) return { style: 'label', ordinal: n, label: lab[1], numeral: /[0-9０-９]/.test(lab[2]) ? 'arabic' : 'cn' };
  }
  const m = readMarker(s);
  if (m && m.rest.trim() === '') {
    const style = RULE[m.style]?.number ?? 'other';
    if (style === 'label') return { style, ordinal: m.n || null, label: m.label ?? m.raw.replace(/[0-9０-９一二三四五六七八九十百〇零两]+$/, ''), numeral: /[0-9０-９]/.test(m.raw) ? 'arabic' : 'cn' };
    if (style === 'bullet') return { style, ordinal: null };
    if (style !== 'other') return { style, ordinal: m.n || null };
  }
  if (/^[0-9０-９]{1,3}$/.test(s)) return { style: 'arabic', ordinal: Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) };
  if (/^[①-⑳]$/.test(s)) return { style: 'circled', ordinal: circledToNumber(s) };
  return { style: 'other', ordinal: null };
}

/**
 * Fold a number for comparison: full-width ASCII → half-width, no spaces, no colons, no trailing
 * separator (、 . ．), and the half-bracket form N) read as (N).
 * "重点专项:16" ≡ "重点专项16", "（一）" ≡ "(一)", "1、" ≡ "1.", "3)" ≡ "（3）".
 */
export function foldNumber(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[:：]/g, '')
    .replace(/[、.．]+$/, '')
    .replace(/^([0-9]{1,3})\)$/, '($1)');
}

/** The label of a box's number: 专栏1, 专栏一. */
export const BOX_LABEL = '专栏';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Level styles, from the top: 一、 （一） 1. （1） ①. */
export const LEVELS = ['cn', 'cnparen', 'arabic', 'paren', 'circled'] as const;
type LevelStyle = (typeof LEVELS)[number];

export function formatLevel(style: LevelStyle, n: number): string {
  switch (style) {
    case 'cn': return `${numberToCn(n)}、`;
    case 'cnparen': return `（${numberToCn(n)}）`;
    case 'arabic': return `${n}.`;
    case 'paren': return `（${n}）`;
    case 'circled': return n >= 1 && n <= 20 ? CIRCLED[n - 1] : `（${n}）`;
  }
}

export function formatLabel(label: string, numeral: 'arabic' | 'cn', n: number): string {
  return label + (numeral === 'cn' ? numberToCn(n) : String(n));
}
