/**
 * The parts of a .docx that say how its paragraphs look, read for docx.ts: word/styles.xml (style names, heading
 * and outline levels, a style's own numbering) and word/numbering.xml (list definitions), and the rendering of an
 * automatic list number as Word shows it (decimal, 一二三, 甲乙丙, ①, roman, letters …) with a counter per list.
 */
import { walkXml } from '../ooxml/xml';

/** An integer attribute value, or undefined. */
export const int = (v: string | undefined): number | undefined => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
};

export interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
}

export function readStyles(xml: string | null, fileName: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let cur: StyleInfo | null = null;
  const path: string[] = [];
  walkXml(xml, 'word/styles.xml', fileName, {
    open(name, a) {
      path.push(name);
      if (name === 'w:style' && path.length === 2) {
        cur = {};
        if (a['w:styleId'] !== undefined) styles.set(a['w:styleId'], cur);
      } else if (cur && path.length === 3) {
        if (name === 'w:name') cur.name = a['w:val'];
        else if (name === 'w:basedOn') cur.basedOn = a['w:val'];
      } else if (cur && path.length === 4 && path[2] === 'w:pPr' && name === 'w:outlineLvl') {
        cur.outlineLvl = int(a['w:val']);
      } else if (cur && path.length === 5 && path[2] === 'w:pPr' && path[3] === 'w:numPr') {
        if (name === 'w:numId') cur.numId = a['w:val'];
        else if (name === 'w:ilvl') cur.ilvl = int(a['w:val']);
      }
    },
    close(name) {
      path.pop();
      if (name === 'w:style' && path.length === 1) cur = null;
    },
    text() {},
  });
  return styles;
}

interface LevelDef { fmt: string; lvlText: string; start: number; suff: string }
export interface Numbering {
  abstract: Map<string, Map<number, LevelDef>>;
  nums: Map<string, { abstractId: string; overrides: Map<number, { start?: number; lvl?: LevelDef }> }>;
}

export function readNumbering(xml: string | null, fileName: string): Numbering {
  const abstract = new Map<string, Map<number, LevelDef>>();
  const nums: Numbering['nums'] = new Map();
  if (!xml) return { abstract, nums };
  let absLevels: Map<number, LevelDef> | null = null;
  let num: { abstractId: string; overrides: Map<number, { start?: number; lvl?: LevelDef }> } | null = null;
  let override: { start?: number; lvl?: LevelDef } | null = null;
  let lvl: LevelDef | null = null;
  walkXml(xml, 'word/numbering.xml', fileName, {
    open(name, a, parent) {
      if (name === 'w:abstractNum') {
        absLevels = new Map();
        abstract.set(a['w:abstractNumId'], absLevels);
      } else if (name === 'w:num') {
        num = { abstractId: '', overrides: new Map() };
        nums.set(a['w:numId'], num);
      } else if (name === 'w:abstractNumId' && num) {
        num.abstractId = a['w:val'];
      } else if (name === 'w:lvlOverride' && num) {
        override = {};
        num.overrides.set(int(a['w:ilvl']) ?? 0, override);
      } else if (name === 'w:startOverride' && override) {
        override.start = int(a['w:val']);
      } else if (name === 'w:lvl') {
        lvl = { fmt: 'decimal', lvlText: '', start: 1, suff: 'tab' };
        if (override) override.lvl = lvl;
        else if (absLevels) absLevels.set(int(a['w:ilvl']) ?? 0, lvl);
      } else if (lvl && parent === 'w:lvl') {
        if (name === 'w:numFmt') lvl.fmt = a['w:val'] ?? 'decimal';
        else if (name === 'w:lvlText') lvl.lvlText = a['w:val'] ?? '';
        else if (name === 'w:start') lvl.start = int(a['w:val']) ?? 1;
        else if (name === 'w:suff') lvl.suff = a['w:val'] ?? 'tab';
      }
    },
    close(name) {
      if (name === 'w:abstractNum') absLevels = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') override = null;
      else if (name === 'w:lvl') lvl = null;
    },
    text() {},
  });
  return { abstract, nums };
}

const CN_DIGITS = '〇一二三四五六七八九';
function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}
function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const t: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of t) while (n >= v) { s += r; n -= v; }
  return s;
}
function letters(n: number): string {
  if (n <= 0 || n > 780) return String(n);
  const c = String.fromCharCode(0x41 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? '0' + n : String(n);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital': return chineseCounting(n);
    case 'chineseLegalSimplified': return chineseCounting(n).replace(/[一二三四五六七八九十]/g, (c) => '壹贰叁肆伍陆柒捌玖拾'['一二三四五六七八九十'.indexOf(c)]);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese': return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'ordinal': return `${n}.`;
    default: return String(n);
  }
}

export class ListCounter {
  private counters = new Map<string, number[]>();
  constructor(private numbering: Numbering) {}

  private level(numId: string, ilvl: number): LevelDef | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const o = num.overrides.get(ilvl);
    const base = this.numbering.abstract.get(num.abstractId)?.get(ilvl);
    if (o?.lvl) return o.lvl;
    if (base && o?.start !== undefined) return { ...base, start: o.start };
    return base;
  }

  /** Advance the counter of (numId, ilvl) and return the rendered label and whether it is ordered. */
  next(numId: string, ilvl: number): { label: string; ordered: boolean } {
    const def = this.level(numId, ilvl);
    if (!def) return { label: '', ordered: true };
    if (def.fmt === 'bullet') return { label: '', ordered: false };
    let c = this.counters.get(numId);
    if (!c) { c = []; this.counters.set(numId, c); }
    c[ilvl] = c[ilvl] === undefined ? (Number.isFinite(def.start) ? def.start : 1) : c[ilvl] + 1;
    c.length = ilvl + 1; // deeper levels restart
    if (def.fmt === 'none') return { label: def.lvlText.replace(/%\d/g, ''), ordered: true };
    const label = def.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const kd = this.level(numId, k);
      const v = c![k] ?? kd?.start ?? 1;
      return formatNumber(v, k === ilvl ? def.fmt : (kd?.fmt ?? 'decimal'));
    });
    if (!label) return { label: '', ordered: true };
    const sep = def.suff === 'nothing' || /[\u3000-\u303f\uff00-\uffef、]$/.test(label) ? '' : ' ';
    return { label: label + sep, ordered: true };
  }
}
