/**
 * The importer's grammar of numbering markers: ONE declarative table. Every place that needs to know how a plan
 * numbers its headings reads it — paragraph-start markers (readMarker), splitting of headings run together on one
 * line (inlineMarkers), the table-of-contents test, the count self-check (declared nouns), the level inference
 * (rank and kind hints) and the editor's renumbering (shared/numbering.ts reads written numbers through readMarker).
 *
 * A rule says:
 *  - `id`       the marker style; headings written in one style sit on one level of a document;
 *  - `examples` what it matches (they are tests: tests/importer/grammar.test.ts reads every example back with its rule);
 *  - `head`     the pattern at the start of a paragraph, on the matching view of the text (Traditional script and
 *               full-width forms folded, see matchView), with named groups `num` (the number) and `label`;
 *  - `rank`     the rank hint: where the style usually sits (smaller = higher). Only a hint: a document's own
 *               order decides (grammar is applied by levels.ts, which places a style it has seen before at the
 *               depth it had, and a new style below the current heading unless its rank is higher);
 *  - `kind`     the kind hint: what a heading of this style is when its context does not say otherwise;
 *  - `inline`   whether the marker may start a heading inside a long line (run-together headings, whole plan on
 *               one line), and what may stand right before it there;
 *  - `nouns`    the nouns that declare a count of such headings in the text ("五大行动", "12项重点任务");
 *  - `top`      the style always starts at the top level (附件);
 *  - `number`   how the editor writes the number back (shared/numbering.ts).
 *
 * Adding a style is one row here plus a test (docs/importer-grammar.md).
 */
import type { NodeKind } from '../model/plan';
import { foldChanges, foldCodeForMatch, foldForMatch, toSimplified } from '../text/fold';
import { execAll } from '../text/scan';
import { TASK_BOX } from './formats/text';

/** Chinese numerals as written in headings (Traditional 兩 is folded by the matching view). */
export const CN_NUM = '[一二三四五六七八九十百〇零两]+';
const AR_NUM = '[0-9]{1,3}';
const ANY_NUM = `(?:${CN_NUM}|${AR_NUM})`;

export type KindHint = NodeKind | 'box';

export interface MarkerRule {
  id: string;
  examples: string[];
  head: RegExp;
  rank: number;
  kind: KindHint | null;
  /**
   * The inline form: a regular expression (source, on the matching view) for the marker inside a line, with what
   * may stand right before it there; null = only at the start of a paragraph. A form that starts with a numeral
   * goes on with 、 or . after its numerals (inlineMarkerOffsets passes over other numerals; a test holds to it).
   */
  inline: string | null;
  nouns: string[];
  top?: boolean;
  /** How the editor reads and renumbers a number of this style (shared/numbering.ts NumberStyle). */
  number: 'chapter' | 'cn' | 'cnparen' | 'arabic' | 'paren' | 'circled' | 'label' | 'bullet' | 'appendix' | 'other';
  /** Markers that need a heading text after them (a bare "1." is no heading); bullets carry body text only. */
  bodyOnly?: boolean;
  /**
   * The style has no level of its own: its first heading nests under the heading it appears under (at the top when
   * none is open) and the style keeps that place — 第一阶段 under （一）实施步骤 is （一）'s, the （二） after it （一）'s
   * sibling; 第一阶段 over 一、二、 holds them. `rank` then serves only the kind tests (levels.ts OutlineBuilder.rank).
   */
  relative?: boolean;
  /** The marker names what it numbers (第一阶段) and may stand alone on its line as a heading; a bare number may not. */
  alone?: boolean;
}

const SEP = '\\s*[:：、.．]?\\s*';
/** One-character numbers: ㈠…㈩ (parenthesized ideographs, U+3220–3229), ⑴…⒇ (parenthesized digits, U+2474–2487),
 *  ⒈…⒛ (digits with a full stop, U+2488–249B); written as characters (firstCharClass reads no \u escapes). */
const ENC_CN = '[㈠-㈩]';
/** Capital numerals (大写, 壹 … 拾, in both scripts; 參 is read as 参 on the matching view): a top level above 一、 (台湾 施政計畫). */
const DAXIE_DIGIT = '壹貳贰貮參参叁肆伍陸陆柒捌玖';
const DAXIE_NUM = `[${DAXIE_DIGIT}拾][${DAXIE_DIGIT}拾]?`;
const ENC_PAREN = '[⑴-⒇]';
const ENC_STOP = '[⒈-⒛]';
/** Inline markers of sentence-level styles stand at a sentence end or after a space. */
const AFTER_SENTENCE = '(?<=[。；;！？!?：:\\s])';
/** …or after the bracket closing a sentence's annotation ("…增长9%。（A主办，B协办）2.推进…": the next point run on). */
const AFTER_ANNOTATION = '(?<=[。；;！？!?][(（][^(（)）\\n]{1,80}[)）])';

/**
 * The rules, in the order they are tried (a longer label before a shorter one that is its suffix).
 * Patterns run on the matching view: full-width folded (（一） → (一), １． → 1.), Traditional folded.
 */
export const RULES: MarkerRule[] = [
  { id: 'part', examples: ['第一部分 总体要求', '第二部分：主要任务'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*部分)${SEP}`), rank: 0, kind: 'part', inline: `第${ANY_NUM}部分`, nouns: ['部分'], number: 'other' },
  // 第一篇…: the volumes of a 十四五 纲要 above its chapters (not 第一篇章: a 篇章 is a word, not a volume)
  { id: 'pian', examples: ['第一篇 开启现代化建设新征程', '第三篇　推进城乡融合'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*篇)(?!章)${SEP}`), rank: 0.5, kind: 'part', inline: `第${ANY_NUM}篇(?!章)`, nouns: ['篇'], number: 'other' },
  // the capital numerals (大写数字) a 台湾 county's 施政計畫 or a report numbers its top level with, over 一、: 壹、前言 /
  // 貳、年度施政目標及重點 / 參、預期效益 (also simplified 贰、叁、参、), only before 、 or .
  { id: 'daxie', examples: ['壹、前言', '貳、年度施政目標及重點', '叁、保障措施', '拾壹、附則'], head: new RegExp(`^(?<m>(?<num>${DAXIE_NUM})\\s*[、.．])\\s*`), rank: 0.8, kind: 'part', inline: null, nouns: [], number: 'other' },
  { id: 'chapter', examples: ['第一章 发展基础', '第十二章　保障措施'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*章)${SEP}`), rank: 1, kind: 'part', inline: `第${ANY_NUM}章`, nouns: ['章'], number: 'chapter' },
  { id: 'jie', examples: ['第一节 推进数字政府建设', '第二节　完善基础设施'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*节)${SEP}`), rank: 2, kind: 'section', inline: `第${ANY_NUM}节`, nouns: ['节'], number: 'other' },
  {
    id: 'action',
    examples: ['行动一：智慧政务', '专项行动二 城市更新', '支撑体系一 标准规范', '专项三：数字经济'],
    head: new RegExp(`^(?<m>(?<label>专项行动|行动|支撑体系|专项)\\s*(?<num>${ANY_NUM}))(?![0-9])${SEP}`),
    rank: 4, kind: 'action', inline: `${AFTER_SENTENCE}(?:专项行动|行动|支撑体系|专项)${ANY_NUM}`, nouns: ['行动', '专项行动', '专项'], number: 'label',
  },
  {
    id: 'keytask',
    examples: ['重点专项3：城市大脑', '重点任务1 建设综合云平台', '重点任务一：推进宽带建设', '重点工程2 智能电网', '任务5：数字乡村'],
    head: new RegExp(`^(?<m>(?<label>重点专项|重点任务|重点工程|重点项目|工程|任务)\\s*[:：]?\\s*(?<num>${ANY_NUM}))(?![0-9])${SEP}`),
    rank: 5, kind: 'task', inline: `${AFTER_SENTENCE}(?:重点专项|重点任务|重点工程|重点项目)${ANY_NUM}`, nouns: ['重点专项', '重点任务', '主要任务', '任务'], number: 'label',
  },
  { id: 'box', examples: ['专栏1 智慧交通重点工程', '专栏三：数字乡村示范项目'], head: new RegExp(`^(?<m>专栏\\s*(?<num>${ANY_NUM}))(?![0-9])${SEP}`), rank: 4.5, kind: 'box', inline: `${AFTER_SENTENCE}专栏${ANY_NUM}`, nouns: ['专栏'], number: 'label' },
  { id: 'appendix', examples: ['附件', '附件2：重点任务分解表', '附表1 主要指标'], head: /^(?<m>(?<label>附件|附表)\s*(?<num>[0-9]{0,2}))(?![0-9])(?:(?<=[0-9])|(?=[\s:：]|$|[\u4e00-\u9fff]{2,}(?:表|清单|一览|名单|说明|解释|目录)$))\s*[:：]?\s*/, rank: 0, kind: 'appendix', inline: null, nouns: [], top: true, number: 'appendix' },
  // 第一条…: the articles of a 办法 / 若干措施 / 实施细则 (under 第X章, above their （一） clauses), with or without a space
  { id: 'article', examples: ['第一条 为加强项目管理', '第十一条本措施自发布之日起施行', '第3条 适用范围'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*条)(?![0-9]|例|线|街|路|河|道|主线|轨道|地铁|生态|公交|专线)\\s*[:：、.]?\\s*`), rank: 3.5, kind: 'item', inline: `${AFTER_SENTENCE}第${ANY_NUM}条(?![例线街路河道])`, nouns: [], number: 'other' },
  // 第一阶段：启动部署（2026年1月—6月）: a stage heading alone on its line — its name, then its dates in a bracket or none;
  // or the bare 第一阶段, its name and dates on the lines after it —
  // over the work of that stage, at the level where it first appears (relative: under （一）实施步骤, or over 一、二、) (a line that goes on with a sentence, "第一阶段（2025年3月—4月）：动员部署。各乡镇…", is a
  // step of 实施步骤 written out: text; so is its piece broken off, "第二阶段（2025年5月—10月）" with no name)
  { id: 'stage', examples: ['第一阶段：启动部署（2026年1月—6月）', '第二阶段 全面推进（2026年7月—2027年6月）', '第三阶段'], head: new RegExp(`^(?<m>第\\s*(?<num>${ANY_NUM})\\s*阶段)\\s*[:：]?\\s*(?=(?:[\\u4e00-\\u9fa5]{2,12}\\s*(?:[(（][^()（）\\n]{2,30}[)）])?)?\\s*$)`), rank: 3.2, kind: 'section', inline: null, nouns: ['阶段'], number: 'other', relative: true, alone: true },
  { id: 'cn', examples: ['一、总体要求', '十二、保障措施', '三.建设任务'], head: new RegExp(`^(?<m>(?<num>${CN_NUM})\\s*[、.])\\s*`), rank: 3, kind: 'part', inline: `(?<![一二三四五六七八九十百〇零两第、])${CN_NUM}、(?![一二三四五六七八九十]、)`, nouns: [], number: 'cn' },
  // (一) and its one-character forms ㈠…㈩ (U+3220–3229: what Word's autoformat and some published plans write)
  { id: 'cnparen', examples: ['(一)指导思想', '（二）基本原则', '(三)、发展目标', '㈠经济发展稳中有进', '㈩完善考核'], head: new RegExp(`^(?<m>\\(\\s*(?<num>${CN_NUM})\\s*\\)|(?<enc>${ENC_CN}))\\s*[、.]?\\s*`), rank: 4, kind: 'section', inline: `\\(${CN_NUM}\\)|${AFTER_SENTENCE}${ENC_CN}`, nouns: [], number: 'cnparen' },
  { id: 'decimal3', examples: ['2.1.1 建设城市感知网络', '3.2.4 完善数据标准'], head: /^(?<m>(?<num>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}))(?![0-9.%])\s*/, rank: 6.5, kind: 'task', inline: null, nouns: [], number: 'other' },
  { id: 'decimal', examples: ['1.1 建设城市大脑', '2.3 推进数据共享', '1.4 公共安全管理信息化'], head: /^(?<m>(?<num>[0-9]{1,2}\.[0-9]{1,2}))(?![0-9.%])\s*/, rank: 6, kind: 'task', inline: null, nouns: [], number: 'other' },
  // 1. and its one-character form ⒈…⒛ (U+2488–249B, Word's decimalEnclosedFullstop)
  { id: 'arabic', examples: ['1.推进光纤入户', '2、建设政务云', '１．完善标准', '⒈推进光纤入户', '3*.推行集成服务'], head: new RegExp(`^(?<m>(?<num>[0-9]{1,2})\\s*\\*?\\s*[、.]|(?<enc>${ENC_STOP}))(?![0-9])\\s*`), rank: 7, kind: 'item', inline: `(?<![0-9.])[0-9]{1,2}\\*?、(?![0-9])|${AFTER_SENTENCE}[0-9]{1,2}\\*?\\.(?![0-9])|${AFTER_ANNOTATION}[0-9]{1,2}\\*?\\.(?![0-9])|${AFTER_SENTENCE}${ENC_STOP}`, nouns: [], number: 'arabic' },
  // (1) and its one-character form ⑴…⒇ (U+2474–2487, Word's decimalEnclosedParen)
  { id: 'paren', examples: ['(1)建设数据中心', '（2）完善机制', '⑴新建生态茶园', '⒇其他'], head: new RegExp(`^(?<m>\\(\\s*(?<num>[0-9]{1,2})\\s*\\)|(?<enc>${ENC_PAREN}))\\s*[、.]?\\s*`), rank: 8, kind: 'item', inline: `${AFTER_SENTENCE}(?:\\([0-9]{1,2}\\)|${ENC_PAREN})`, nouns: [], number: 'paren' },
  { id: 'halfparen', examples: ['1)建设数据中心', '2）完善机制'], head: /^(?<m>(?<num>[0-9]{1,2})\))\s*/, rank: 9, kind: 'item', inline: null, nouns: [], number: 'paren' },
  // a) b) c) and (a) (b): the lettered lists of a text drawn up in the manner of a standard (GB/T 1.1), under its 3.1.1
  // points — a lower-case letter before a bracket, Chinese text after it (a letter in an English word is no point)
  { id: 'letter', examples: ['a）主干道人行道宽度不小于3米', 'b)与机动车道物理隔离', '（c）交叉口设置过街带'], head: /^(?<m>\(\s*(?<num>[a-z])\s*\)|(?<enc>[a-z])\))\s*(?=[\u4e00-\u9fff])/, rank: 9.5, kind: 'item', inline: null, nouns: [], number: 'other' },
  // 一是…, 二是…: the points of a 工作要点 or a report, at the start of a paragraph only (inside one they stay text)
  { id: 'shi', examples: ['一是完善政务云平台。推动…', '二是，加强数据共享'], head: new RegExp(`^(?<m>(?<num>${CN_NUM})是)(?=[\\u4e00-\\u9fff，,：:])[，,：:]?`), rank: 7.5, kind: 'item', inline: null, nouns: [], number: 'other' },
  { id: 'circled', examples: ['①推进试点', '⑫完善考核'], head: /^(?<m>(?<num>[①-⑳]))\s*/, rank: 10, kind: 'item', inline: `${AFTER_SENTENCE}[①-⑳]`, nouns: [], number: 'circled' },
  // (also a Word symbol-font bullet exported as a private-use character of the symbol fonts' block U+F000–F0FF (Symbol
  // U+F0B7, Wingdings U+F0A7 …) — not the rest of the private-use area, where 造字程序 puts rare characters of names,
  // and a bullet a text export could not encode, left as "?" before the point's first word — only where the line
  // holds no other "?", which a lost pair of quotes leaves: "?十四五?时期…" is text; and parse.ts takes a "?" for a
  // bullet only on the points of a list, markLoneQueries: a lone "?家庄村…" lost a character of its text)
  { id: 'bullet', examples: ['• 推进光纤入户', '●完善机制', '——加快建设', '－－深化改革', '-- 建设平台', '\uF0B7 完善机制', '?加快建设'], head: new RegExp(`^(?<m>[•·●▪■◆◇○□${String.fromCharCode(0xf000)}-${String.fromCharCode(0xf0ff)}]|——|－－|--|[?？](?=\\s*[\\u4e00-\\u9fff])(?![^?？\\n]*[?？]))\\s*${TASK_BOX}`), rank: 11, kind: 'item', inline: null, nouns: [], number: 'bullet', bodyOnly: true },
];

export const RULE: Record<string, MarkerRule> = Object.fromEntries(RULES.map((r) => [r.id, r]));

/** The id of a marker style (a rule id, or `h1`…`h9` for an unnumbered Word/Markdown heading of that level). */
export type MarkerStyle = string;

export interface Marker {
  style: MarkerStyle;
  /** The number as written, including the label ("重点专项3", "(一)", "1、", "•"), from the original text. */
  raw: string;
  /** Numeric value (0 for bullets and appendices without a number). */
  n: number;
  /** For labelled styles: the label (行动, 支撑体系, 重点专项, 重点任务 …), simplified. */
  label?: string;
  /** The text after the marker (original script). */
  rest: string;
}

/**
 * The matching view: Traditional script and full-width forms folded (fold.ts), one code unit for one, so offsets in
 * the view are offsets in the text.
 */
export function matchView(s: string): string {
  return folded(VIEWS, s, foldForMatch, true);
}

/** Traditional characters folded to Simplified, one for one (full-width forms kept). */
export function foldScript(s: string): string {
  return folded(SCRIPTS, s, toSimplified, false);
}

/**
 * Folds already made: the importer folds the same paragraph, heading or node text several times (~3 times each over
 * the seeds). Each cache holds at most 4096 texts and about 2 million characters (then it starts again). A text the
 * fold leaves as it is (most text: Simplified, half-width) is remembered too, as itself: asked again, it is most often
 * the same string object, whose hash V8 keeps and whose key compares by identity, where the scan for a character the
 * fold changes went over the whole text every time (3.7 % of an import's CPU in session 39's profile).
 */
/*
 * (The text folded last is kept beside the map: a pass often folds the text the pass before it folded — runInTitles'
 * shape and close, a node's view and its indicators —, ~1 call in 5 over the seeds, answered without a lookup.)
 */
type FoldCache = Map<string, string> & { chars: number; last: string; lastFold: string };
const VIEWS: FoldCache = Object.assign(new Map<string, string>(), { chars: 0, last: '', lastFold: '' });
const SCRIPTS: FoldCache = Object.assign(new Map<string, string>(), { chars: 0, last: '', lastFold: '' });
function folded(cache: FoldCache, s: string, fold: (s: string) => string, match: boolean): string {
  if (s.length < 8) return fold(s);
  if (s === cache.last) return cache.lastFold;
  let f = cache.get(s);
  if (f === undefined) {
    if (cache.size >= 4096 || cache.chars > 2_000_000) { cache.clear(); cache.chars = 0; }
    cache.set(s, (f = foldChanges(s, match) ? fold(s) : s));
    cache.chars += s.length;
  }
  cache.last = s;
  cache.lastFold = f;
  return f;
}

function numberOf(s: string): number {
  const t = s.replace(/\s+/g, '');
  if (/^[a-z]$/.test(t)) return t.charCodeAt(0) - 0x60;
  if (/^[①-⑳]$/.test(t)) return t.charCodeAt(0) - 0x2460 + 1;
  if (/^[\u3220-\u3229]$/.test(t)) return t.charCodeAt(0) - 0x3220 + 1;
  if (/^[\u2474-\u2487]$/.test(t)) return t.charCodeAt(0) - 0x2474 + 1;
  if (/^[\u2488-\u249b]$/.test(t)) return t.charCodeAt(0) - 0x2488 + 1;
  if (/^[0-9]{1,2}\.[0-9]{1,2}$/.test(t)) { const [a, b] = t.split('.'); return Number(a) * 100 + Number(b); }
  if (/^[壹貳贰貮參参叁肆伍陸陆柒捌玖拾]+$/.test(t)) return cnNumber(t.replace(/[壹貳贰貮參参叁肆伍陸陆柒捌玖拾]/g, (c) => '一二二二三三三四五六六七八九十'['壹貳贰貮參参叁肆伍陸陆柒捌玖拾'.indexOf(c)]!));
  return cnNumber(t);
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnNumber(s: string): number {
  if (!s) return 0;
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!/[十百]/.test(s)) { let n = 0; for (const ch of s) n = n * 10 + (CN_DIGIT[ch] ?? 0); return n; }
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '百') { total += (cur || 1) * 100; cur = 0; } else if (ch === '十') { total += (cur || 1) * 10; cur = 0; } else cur = CN_DIGIT[ch] ?? 0;
  }
  return total + cur;
}

/** A marker as remembered: all but `rest`, which is the text after the first `len` code units. */
type HeadMarker = Omit<Marker, 'rest'> & { len: number };

const MARKER_CACHE = new Map<string, HeadMarker | null>();
/**
 * How much of a paragraph decides its marker: the first 64 code units are matched, and the two after the marker
 * tell a figure from a heading ("1.5万", "任务1项"); a marker is at most 64 long, so 72 are enough.
 */
const MARKER_HEAD = 72;

/**
 * The marker that starts `text` (original script), or null. Read often for one paragraph: remembered by the head
 * of the paragraph (a long paragraph is not hashed whole on every call).
 */
/**
 * The words by which a legend says what a mark means, after the mark: "▲表示新建项目", "▲代表…", "▲指…" (not 指导…),
 * "△为续建项目" — 为/是/系 only before a short kind of thing, so that "▲为群众办实事" stays a point.
 */
const TRIANGLE_LEGEND = /^(?:表示|代表|指(?![导挥引定标南])|(?:为|是|系)[^，,。；;\s]{0,10}(?:项目|工程|指标|任务|事项|内容|类)(?:[，,。；;、]|$))/;

export function readMarker(text: string): Marker | null {
  // "★1.实施…": a star (or triangle) a 工作要点 puts before the number of its key points — the point's marker, the
  // mark kept with the number as "3*." keeps its star (a mark before a bullet stays text; before text a star does, a triangle is a bullet)
  const c0 = text.charCodeAt(0);
  if (c0 === 0x2605 || c0 === 0x2606 || c0 === 0x25b2 || c0 === 0x25b3) {
    const gap = text.length > 1 && /\s/.test(text[1]!) ? (/^.\s*/.exec(text)![0].length) : 1;
    const inner = gap < text.length ? readMarker(text.slice(gap)) : null;
    // (a triangle before a point's text, "▲建设村级综合服务站。…", marks the point as a bullet does — a 镇 plan's ◆ / ▲
    // points side by side; a star before text stays text: a key point's mark, "★" over a cell)
    // (…but never a triangle a sentence speaks of, a legend's "▲表示新建项目，△表示续建项目。", "▲为续建项目": rev42a F10)
    if (!inner && (c0 === 0x25b2 || c0 === 0x25b3) && /^[\u4e00-\u9fff]/.test(text.slice(gap)) && !TRIANGLE_LEGEND.test(text.slice(gap))) return { style: 'bullet', raw: text[0], n: 0, rest: text.slice(gap) };
    return inner && inner.style !== 'bullet' ? { ...inner, raw: text[0] + inner.raw } : null;
  }
  // (most paragraphs start with a character no marker starts with: no head to slice, hash and remember)
  if (HEAD_START && (text.length === 0 || HEAD_START[foldCodeForMatch(text.charCodeAt(0))] === 0)) return null;
  const head = text.length > MARKER_HEAD ? text.slice(0, MARKER_HEAD) : text;
  let hit = MARKER_CACHE.get(head);
  if (hit === undefined) {
    hit = readHeadMarker(head);
    if (MARKER_CACHE.size > 20000) MARKER_CACHE.clear();
    MARKER_CACHE.set(head, hit);
  }
  return hit && { style: hit.style, raw: hit.raw, n: hit.n, label: hit.label, rest: text.slice(hit.len) };
}

function readHeadMarker(text: string): HeadMarker | null {
  // a marker is at the start: fold only the head of a long paragraph
  const view = matchView(text.length > 64 ? text.slice(0, 64) : text);
  for (const r of RULES) {
    const m = r.head.exec(view);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // "2015-2017", "0.62台" are no markers: a number continues right after an arabic marker
    if (r.id === 'arabic' && /^[0-9]/.test(rest)) continue;
    // "1.5万个", "0.62台" are figures, not 1.1-style headings
    if ((r.id === 'decimal' || r.id === 'decimal3') && (/^0/.test(m.groups!.num!) || /^(万|亿|倍|%|个(?![人体性])|以[上下内]|左右|平方|公里|公顷|千米|米|吨|千瓦|兆|[A-Za-z])/.test(rest))) continue;
    // 任务/工程 + number with no heading after it is a sentence ("任务1项"), not a heading
    if (r.id === 'keytask' && (m.groups!.label === '任务' || m.groups!.label === '工程') && !/[:：、.．\s]/.test(view.slice(m.groups!.m.length, m[0].length) || '') && /^[个项条年月日%]/.test(rest)) continue;
    const raw = text.slice(0, m.groups!.m.length).replace(/\s+/g, '');
    return { style: r.id, raw, n: m.groups!.num !== undefined ? numberOf(m.groups!.num) : m.groups!.enc !== undefined ? numberOf(m.groups!.enc) : 0, label: m.groups!.label, len: m[0].length };
  }
  return null;
}

/**
 * A point numbered past 99 ("100.推进…", "128、完善…"): not a row of `RULES` — a number of three or more digits at a
 * line's start is as often a figure ("100.5万元" is cut off by the digit after the stop, but "2025." or "120. 辆" are
 * not) — but read only where it continues the sequence of the arabic points before it (paragraphs.ts `widePoints`).
 * The shape: the number (no leading zero), an optional *, 、 or ., not followed by a digit, then the point's text.
 */
const WIDE_ARABIC = /^(?<m>(?<num>[1-9][0-9]{2,5})\s*\*?\s*[、.])(?![0-9])\s*/;
/** A paragraph in the shape of a point numbered past 99, as an arabic marker (not yet known to be one), or null. */
export function wideArabicShape(text: string): Marker | null {
  const c = text.charCodeAt(0);
  if (!((c >= 0x31 && c <= 0x39) || (c >= 0xff11 && c <= 0xff19))) return null;
  const m = WIDE_ARABIC.exec(matchView(text.length > 24 ? text.slice(0, 24) : text));
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!rest.trim() || /^[0-9０-９]/.test(rest)) return null;
  return { style: 'arabic', raw: text.slice(0, m.groups!.m.length).replace(/\s+/g, ''), n: Number(m.groups!.num), rest };
}

/**
 * The top of a decimal outline written as a bare number ("1 总体要求", "2　主要任务") over its 1.1 / 2.1 headings: not
 * a row of `RULES` — a number, a space and a few words is as often a table row, a page number or a figure — but read
 * only where the outline shows it (paragraphs.ts `decimalTops`). Its style key.
 */
export const DECIMAL_TOP: MarkerStyle = 'decimaltop';
/** The shape of such a line: a number, a space, a short heading with no sentence in it (no punctuation, no figure). */
const DECIMAL_TOP_LINE = /^([0-9]{1,2})[ \t\u3000]+([\u4e00-\u9fff][^\s。；;，,：:！？!?、%（）()\[\]【】“”"0-9.]{1,19})$/;
/** A line in the shape of a decimal outline's top, as a marker (not yet known to be one), or null. */
export function decimalTopShape(text: string): Marker | null {
  const t = text.trim();
  if (t.length > 26 || !/^[0-9０-９]/.test(t)) return null;
  const m = DECIMAL_TOP_LINE.exec(matchView(t));
  if (!m || /^0/.test(m[1])) return null;
  return { style: DECIMAL_TOP, raw: t.slice(0, m[1].length), n: Number(m[1]), rest: t.slice(t.length - m[2].length) };
}
/**
 * A 【】 title opening a paragraph ("【完善健身设施网络】结合城市更新…"): the heading of a point written without a number,
 * as some plans write their tasks. Not a row of `RULES` — 【…】 also closes a paragraph with its departments, and a web
 * page's buttons are 【打印】 — but read only in a series (paragraphs.ts `bracketTitles`). Its style key.
 */
export const BRACKET_TITLE: MarkerStyle = 'bracket';
/** The shape: 【, a short heading with no label colon and no sentence in it, 】, then its text (or nothing). */
const BRACKET_TITLE_LINE = /^【([^【】:：。；;！？!?]{2,30})】\s*/;
/** A paragraph in the shape of a 【】 title, as a marker (not yet known to be one), or null. */
export function bracketTitleShape(text: string): Marker | null {
  if (text.charCodeAt(0) !== 0x3010) return null;
  const m = BRACKET_TITLE_LINE.exec(matchView(text));
  if (!m) return null;
  return { style: BRACKET_TITLE, raw: '', n: 0, label: text.slice(1, 1 + m[1].length).trim(), rest: text.slice(m[0].length) };
}
/**
 * A run-in heading opening an unnumbered paragraph ("突出产业链招商。围绕…全年引进…。（牵头部门：招商服务局；…）"): the
 * heading of a point written without a number, as a 管委会's 工作要点 or a 政府工作报告 分解 writes its tasks under each
 * 一、 group. Read only in a series whose every paragraph closes with its departments (paragraphs.ts `runInTitles`).
 */
export const RUN_IN_TITLE: MarkerStyle = 'runin';
/** The shape: a short heading (4–16 characters, opening with a Chinese character, no digit, no clause or quote), 。, text. */
const RUN_IN_TITLE_LINE = /^([\u4e00-\u9fff][^。；;！？!?，,：:、（）()《》〈〉“”"'【】\s0-9]{3,15})。(?=\S)/;
/** A paragraph in the shape of a run-in title, as a marker (not yet known to be one), or null. */
export function runInTitleShape(text: string): Marker | null {
  const m = RUN_IN_TITLE_LINE.exec(matchView(text));
  if (!m) return null;
  return { style: RUN_IN_TITLE, raw: '', n: 0, label: text.slice(0, m[1].length), rest: text.slice(m[0].length) };
}
/**
 * Does the decimal outline go on under this top? The first numbered heading among the paragraphs after it (the caller
 * gives a few) is N.1, the first decimal heading under N.
 */
export function decimalTopOver(top: Marker, next: readonly { text: string; cells?: unknown }[]): boolean {
  for (const q of next) {
    if (q.cells) return false;
    const o = readMarker(q.text);
    if (!o) continue;
    return o.style === 'decimal' && o.n === top.n * 100 + 1;
  }
  return false;
}

/** Rank hint of a style (h1…h9: Word/Markdown heading levels sit among the part/section/task ranks). */
export function rankOf(style: MarkerStyle): number {
  const r = RULE[style];
  if (r) return r.rank;
  const h = /^h([1-9])$/.exec(style);
  // a year line standing as a heading (levels.ts YEAR_STYLE): among the section ranks, placed over what it holds
  return h ? Number(h[1]) * 2 - 1.5 : style === 'year' ? 2.5 : style === DECIMAL_TOP ? 3 : style === BRACKET_TITLE || style === RUN_IN_TITLE ? 5 : 99;
}

export function kindHint(style: MarkerStyle): KindHint | null {
  return RULE[style]?.kind ?? null;
}

/**
 * The characters a match of `source` can start with, as one character class, or null when that cannot be told
 * simply. Reads the forms the rules use: alternatives, non-capturing and named groups, lookarounds and `^` (they
 * consume nothing and are skipped), character classes, escapes and literal characters; the first atom of an
 * alternative must be required (no `?`, `*` or `{0,…}` after it). Anything else (`.`, an unnamed capturing group, a
 * backreference …) gives null.
 */
export function firstCharClass(source: string): string | null {
  const parts: string[] = [];
  // the end of the group or class opened at `i` (a `(` or `[`), skipping escapes and classes inside
  const close = (i: number): number => {
    let depth = 0;
    for (let k = i; k < source.length; k++) {
      const c = source[k];
      if (c === '\\') { k++; continue; }
      if (source[i] === '[') { if (c === ']' && k > i) return k; continue; }
      if (c === '[') { const e = close(k); if (e < 0) return -1; k = e; continue; }
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return k;
    }
    return -1;
  };
  const optional = (k: number) => source[k] === '?' || source[k] === '*' || source.startsWith('{0', k);
  // the first atoms of the alternatives of source[from, to): false when one cannot be read
  const alternatives = (from: number, to: number): boolean => {
    let i = from;
    for (;;) {
      for (;;) {
        if (source[i] === '^') { i++; continue; }
        if (!(source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i))) break;
        const e = close(i);
        if (e < 0 || e >= to) return false;
        i = e + 1;
      }
      if (i >= to) return false;
      const c = source[i];
      let end: number;
      const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(source.slice(i, i + 40));
      if (source.startsWith('(?:', i) || named) {
        end = close(i);
        if (end < 0 || end >= to || !alternatives(i + (named ? named[0].length : 3), end)) return false;
      } else if (c === '[') {
        end = close(i);
        if (end < 0 || end >= to || source[i + 1] === '^') return false;
        parts.push(source.slice(i + 1, end));
      } else if (c === '\\') {
        end = i + 1;
        if (!/[\\()[\]{}.*+?^$|\/sSdDwW\-]/.test(source[end] ?? '')) return false;
        parts.push(source.slice(i, end + 1));
      } else if ('()[]{}.*+?^$|'.includes(c)) {
        return false;
      } else {
        end = i;
        parts.push(/[\]\\^-]/.test(c) ? '\\' + c : c);
      }
      if (optional(end + 1)) return false;
      // on to the next alternative at this level
      let depth = 0;
      let k = end + 1;
      for (; k < to; k++) {
        const x = source[k];
        if (x === '\\') { k++; continue; }
        if (x === '[') { k = close(k); if (k < 0) return false; continue; }
        if (x === '(') depth++;
        else if (x === ')') depth--;
        else if (x === '|' && depth === 0) break;
      }
      if (k >= to) return true;
      i = k + 1;
    }
  };
  return alternatives(0, source.length) ? `[${parts.join('')}]` : null;
}

const INLINE_SOURCE = RULES.filter((r) => r.inline).map((r) => `(?:${r.inline})`).join('|');
const INLINE_FIRST = firstCharClass(INLINE_SOURCE);

/**
 * Candidate markers inside a line: the inline forms of the rules, on the matching view. Led by a lookahead of the
 * characters a marker can start with, so that the lookbehinds of the inline forms are tried only where a marker may
 * start (the same matches, several times faster over long lines).
 */
export const INLINE_MARKER = new RegExp(INLINE_FIRST ? `(?=${INLINE_FIRST})(?:${INLINE_SOURCE})` : INLINE_SOURCE, 'g');

/**
 * The code units (of the matching view) a marker at the start of a paragraph can start with: every rule's head, or
 * null when one of them cannot be read (then every paragraph is tried).
 */
const HEAD_START: Uint8Array | null = (() => {
  const t = new Uint8Array(0x10000);
  for (const r of RULES) {
    const cls = firstCharClass(r.head.source);
    if (!cls) return null;
    classCodes(cls, t);
  }
  return t;
})();

/** The inline forms tried at one offset (the first that matches there, as INLINE_MARKER would find it there). */
const INLINE_AT = new RegExp(INLINE_SOURCE, 'y');

/**
 * The code units of a character class as firstCharClass writes it (characters, `\\x` escapes, ranges), marked in
 * `t` (a new table when none is given).
 */
function classCodes(cls: string, t = new Uint8Array(0x10000)): Uint8Array {
  const body = cls.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    const from = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let k = i + 2;
      if (body[k] === '\\') k++;
      for (let c = from; c <= body.charCodeAt(k); c++) t[c] = 1;
      i = k;
    } else t[from] = 1;
  }
  return t;
}

/** Code units a marker of an inline form can start with (INLINE_FIRST), and the numerals among them. */
const INLINE_START = INLINE_FIRST ? classCodes(INLINE_FIRST) : null;
const CN_NUMERAL = classCodes(CN_NUM.slice(0, -1));
const IDEOGRAPHIC_COMMA = 0x3001;
const FULL_STOP = 0x2e;

/**
 * Offsets in `text` where a marker of an inline rule starts (never 0): what INLINE_MARKER finds, found faster. The
 * view is scanned for code units a marker can start with, and the forms are tried there only (irregexp spends
 * ~15 ns a character on the lookahead alone). The forms that start with a numeral (一、 and 1、/1.) go on, after
 * their run of numerals, with 、 or . — a numeral not so followed (most of them: 进一步, 2025年) is passed over
 * without trying the forms (tests/importer/grammar.test.ts holds every form that can start with a numeral to that).
 */
export function inlineMarkerOffsets(text: string): number[] {
  const out: number[] = [];
  const view = matchView(text);
  if (!INLINE_START) {
    for (const m of execAll(INLINE_MARKER, view)) if (m.index) out.push(m.index);
    return out;
  }
  const n = view.length;
  for (let i = 0; i < n; i++) {
    const c = view.charCodeAt(i);
    if (INLINE_START[c] === 0) continue;
    if (CN_NUMERAL[c] === 1) {
      // a run of Chinese numerals is a marker only when 、 follows it (at no offset inside it otherwise)
      let j = i + 1;
      while (j < n && CN_NUMERAL[view.charCodeAt(j)] === 1) j++;
      // (no code unit is read past the end: V8 threw this function's optimised code away at such a read)
      if (j >= n || view.charCodeAt(j) !== IDEOGRAPHIC_COMMA) { i = j - 1; continue; }
    } else if (c >= 0x30 && c <= 0x39) {
      // one or two digits, a star marking the point when there is one ("3*."), then 、 or .
      let k = i + 1;
      let d = k < n ? view.charCodeAt(k) : -1;
      if (d >= 0x30 && d <= 0x39) { k++; d = k < n ? view.charCodeAt(k) : -1; }
      if (d === 0x2a) { k++; d = k < n ? view.charCodeAt(k) : -1; }
      if (d !== IDEOGRAPHIC_COMMA && d !== FULL_STOP) continue;
    }
    INLINE_AT.lastIndex = i;
    if (INLINE_AT.test(view)) {
      if (i) out.push(i);
      i = INLINE_AT.lastIndex - 1;
    }
  }
  return out;
}

/** Nouns that declare counts, with the kind they count ("22个重点专项" → task). */
export function countNouns(): { noun: string; kind: KindHint; relative?: MarkerStyle }[] {
  const out: { noun: string; kind: KindHint; relative?: MarkerStyle }[] = [];
  // (a style without a level of its own — 阶段 — names its headings wherever they stand: `relative`, its id)
  for (const r of RULES) for (const noun of r.nouns) if (r.kind) out.push(r.relative ? { noun, kind: r.kind, relative: r.id } : { noun, kind: r.kind });
  out.push({ noun: '具体事项', kind: 'item' });
  return out.sort((a, b) => b.noun.length - a.noun.length);
}
