/**
 * Metadata from the head of a plan (the lines before its first numbered heading): the 通知 that published it,
 * the plan's own title, district, city, period, issuer, document number (文号), date, addressees.
 *
 * Every rule matches on the matching view `foldForMatch(text)` (Simplified script, half-width digits and brackets,
 * see fold.ts), which has the same length as the text; what is stored is the ORIGINAL text at the matched offsets
 * (a Traditional document keeps its own characters), normalised only where a table below says so.
 *
 * Nothing is guessed from a substring of an ordinary word: a district or city is read only where a government is
 * named — an issuer line (signature, red header, notice title "某区人民政府办公室关于印发…的通知"), the start of the
 * plan's title (or of a title quoted in the notice), a 发文机关 cell of a web page's index table, or a 文号 whose
 * prefix is an unambiguous abbreviation (沪 = 上海市). "提高我区", "绿化市容", 社区, 园区, 城市, 全市 … are words.
 *
 * The rules are data: the tables in the first section. A new form is one row there plus a test in
 * tests/importer/importer-meta.test.ts.
 */
import type { ImportReport, PlanMeta } from '../model/plan';
import type { Para } from './clean';
import { foldForMatch } from '../text/fold';
import { cnToNumber, fiveYearPlan } from '../text/numerals';
import { similarity } from './tables';

// ───────────────────────────────────────────── rules (data) ─────────────────────────────────────────────

/** A unit of administration: a proper name of minName…maxName characters + suffix. Rows are tried in order. */
interface UnitRule {
  suffix: string;
  minName: number;
  maxName: number;
  /** Only directly after a city (成都市都江堰市: a county-level city); a lone "X市" is a city. */
  afterCity?: boolean;
}

/** Provinces (only skipped over: the model has no province field). */
export const PROVINCE_UNITS: UnitRule[] = [
  { suffix: '特别行政区', minName: 2, maxName: 2 }, // 香港特别行政区
  { suffix: '自治区', minName: 2, maxName: 5 }, // 广西壮族自治区
  { suffix: '省', minName: 2, maxName: 3 }, // 四川省, 黑龙江省
];

/** Cities: 上海市, 成都市, 呼和浩特市. */
export const CITY_UNITS: UnitRule[] = [
  { suffix: '市', minName: 2, maxName: 4 },
];

/** Districts and counties (区/县/旗, 新区, 自治县, a county-level 市 after a city). */
export const DISTRICT_UNITS: UnitRule[] = [
  { suffix: '新区', minName: 2, maxName: 3 }, // 浦东新区, 滨海新区 (before 区: 浦东 + 新区, not 浦东新 + 区)
  { suffix: '自治县', minName: 2, maxName: 6 }, // 长阳土家族自治县
  { suffix: '自治旗', minName: 2, maxName: 6 }, // 鄂温克族自治旗
  { suffix: '区', minName: 2, maxName: 4 }, // 杨浦区, 东湖区, 石景山区 (城区/郊区/矿区 are also words: not read)
  { suffix: '县', minName: 1, maxName: 4 }, // 南屿县, 沛县
  { suffix: '旗', minName: 2, maxName: 5 }, // 准格尔旗
  { suffix: '市', minName: 2, maxName: 4, afterCity: true }, // 成都市都江堰市
];

/** Characters that never occur in a place name (pronouns, particles): "提高我区", "本市", "各区". */
const NAME_STOP = /[我各该此其每某的之与及等在对把被个项]/; // not 本 (本溪市), 全 (全椒县), 从 (从化区), 向 (向阳区), 将 (将乐县)
/** Names never start with a verb or a preposition: "加强绿化市容", "推进智慧城区", "关于…". */
const NAME_VERB_START = /^(关于|推进|推动|加快|加强|提高|提升|促进|深化|建设|打造|实施|做好|支持|落实|印发|转发|全面|进一步|开展|完善|优化|创建|构建|健全|发展|服务|聚焦|围绕|实现|做强|争创|创新|规范|培育|深入|贯彻|依托|面向|助力|赋能|统筹|坚持|巩固|新型|智慧|数字|现代|国际)/;
/** Common words that end in a unit suffix: a "name" + suffix ending in one of these is a word, not a place. */
const UNIT_WORDS = /(社区|园区|小区|景区|校区|商区|厂区|灾区|牧区|示范区|试点区|开发区|功能区|保护区|自贸区|高新区|经开区|保税区|实验区|集聚区|承载区|先行区|核心区|引领区|试验区|合作区|服务区|住宅区|工业区|商务区|风景区|旅游区|生态区|超市|门市|夜市|股市|楼市|上市|直辖市|地级市|县级市|强市|强区|强县|大县|贫困县|示范县|试点县|边境县|全县|本县|郊县|区县|市县|县市)$/;
/**
 * …and these only after a name of three characters or more: 智慧城区, 中心城区, 智慧城市, 国际大都市 are words, but
 * 东城区, 金山区, 宝山区, 盐城市, 成都市 are places.
 */
const LONG_UNIT_WORDS = /(城区|城市|都市|山区|林区|矿区|郊区|老区|地区|片区|街区|市区)$/;
/** Places that are far more often words at the start of a title ("老城区更新…"): read only where a government names them. */
const TITLE_UNIT_WORDS = /^(老城区|新城区|主城区|旧城区|新城市)$/;
/** A character right after the suffix that makes the suffix part of a word: 市场, 市民, 市容, 区域, 县域. */
const AFTER_SUFFIX_WORD: Record<string, RegExp> = {
  '市': /^[场民容政域值面井貌况辖]/,
  '区': /^[域块位间划别内外]/,
  '新区': /^[域块]/,
  '县': /^[域城级]/,
};

/** Organs that follow a place name directly ("杨浦区人民政府办公室", "杨浦区委"), longest first. */
const ORGAN_DIRECT = /^(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府办|政府|人大常委会|人民代表大会常务委员会|委员会|政协|党委|纪委|委)/;
/** A department: any name (no sentence, no 关于) ending in one of these. */
const ORGAN_DEPARTMENT = /^([\u4e00-\u9fa5]{1,16}?)(管理委员会|委员会|管委会|领导小组办公室|领导小组|局|办公室|办公厅|中心)/;
/** Every organ above contains one of these characters (a quick test before the full reading). */
const ORGAN_HINT = /[政委局办厅心组协]/;
const NOT_IN_DEPARTMENT = /关于|印发|转发|的|通知|[我本各]/;

/**
 * 文号 (GB/T 9704 发文字号 机关代字〔年份〕序号号), matched on the folded view (so 發/號/辦 and full-width digits
 * and （）［］ are already 发/号/办, digits and ()[]). Stored as 代字 (as written) + 〔year〕 + number + 号 (號 in a
 * Traditional document).
 */
const DOC_NUMBER = /(?<![\u4e00-\u9fa5《(\[【〔])([\u4e00-\u9fa5]{1,10})\s*[〔\[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*(第\s*)?(\d{1,5})\s*号/;

/** Prefixes of 文号 that name a city unambiguously (the four municipalities' one-character abbreviations). */
export const DOC_PREFIX_CITY: Record<string, string> = { '沪': '上海市', '京': '北京市', '津': '天津市', '渝': '重庆市' };

/** Digits of a year written in Chinese (二〇二一, 二○二一 with ○, 二零二一, O for 〇 in scraped text). */
const CN_YEAR_DIGIT = '[〇○零O0一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/** Dates, in order of preference; `partial` = month only (reported as uncertain, stored as yyyy-mm). */
export const DATE_FORMS: { name: string; re: RegExp; read: (m: RegExpExecArray) => string | null; partial?: boolean }[] = [
  // 2021年3月5日, 2021 年 3 月 5 日, ２０２１年３月５日 (digits folded)
  { name: '公历数字', re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  // 二〇二一年三月五日, 二○二一年十一月十六日, 二零二一年 三月 五日
  { name: '汉字数字', re: new RegExp(`(${CN_YEAR_DIGIT}{4})\\s*年\\s*(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*日`), read: (m) => iso(cnYear(m[1]), cnToNumber(m[2])!, cnToNumber(m[3])!) },
  // 2021-03-05, 2021/3/5, 2021.3.5 (web pages)
  { name: '数字分隔', re: /(?<![0-9])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  // month only: 二○○五年十一月, 2005年11月 (no day written)
  { name: '汉字年月', re: new RegExp(`(${CN_YEAR_DIGIT}{4})\\s*年\\s*(${CN_SMALL})\\s*月`), read: (m) => iso(cnYear(m[1]), cnToNumber(m[2])!, null), partial: true },
  { name: '公历年月', re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/, read: (m) => iso(+m[1], +m[2], null), partial: true },
];

/** Plan periods, in order of preference; `inferred` periods are reported as uncertain. */
const YEAR = '((?:19|20)\\d{2})';
export const PERIOD_FORMS: { name: string; re: RegExp; read: (m: RegExpExecArray, text: string) => { start: number; end: number } | null; inferred?: (m: RegExpExecArray) => string }[] = [
  // (2021-2023), （2021—2023年）, 2021–2023, 2021~2023, 2021——2023, 2021年至2023年
  { name: '年份区间', re: new RegExp(`${YEAR}\\s*年?\\s*(?:[-—–~～－―]+|至|到)\\s*${YEAR}`), read: (m) => range(+m[1], +m[2]) },
  // 二〇二一至二〇二三年, 二○二一年—二○二三年
  { name: '汉字年份区间', re: new RegExp(`(${CN_YEAR_DIGIT}{4})\\s*年?\\s*(?:[-—–~～]+|至|到)\\s*(${CN_YEAR_DIGIT}{4})`), read: (m) => range(cnYear(m[1]), cnYear(m[2])) },
  // “十四五”规划 → 2021–2025 (any 十X五; 十五 alone only quoted or before 规划/时期/期间)
  {
    name: '五年规划',
    re: /(?<![第一二三四五六七八九十百\d])(“|")?(十[一二三四五六七八九]?五)(”|")?(?=(规划|时期|期间|计划)?)(?![年个日号项条点万亿倍天度%\d])/,
    read: (m) => (m[2].length === 2 && !(m[1] && m[3]) && !m[4] ? null : fiveYearPlan(m[2])),
    inferred: (m) => m[2],
  },
  // 第十四个五年规划 (the formal name of 十四五) → 2021–2025
  { name: '第N个五年规划', re: /第(十[一二三四五六七八九]?)个五年(?:规划|计划)/, read: (m) => fiveYearPlan(`${m[1]}五`), inferred: (m) => m[0] },
  // 三年行动计划 with one year: 2021年起 / 自2021年 → 2021–2023; 到2023年 → 2021–2023
  {
    name: '几年计划加一个年份',
    re: /([两二三四五六七八九十]|(?<!\d)\d{1,2})\s*年\s*(?:行动|计划|规划|方案|攻坚|专项|建设)/,
    read: (m, text) => {
      const n = /\d/.test(m[1]) ? +m[1] : cnToNumber(m[1]);
      const years = [...text.matchAll(/(到|至|截至)?\s*((?:19|20)\d{2})\s*年?/g)];
      if (!n || n > 10 || years.length !== 1) return null;
      const y = +years[0][2];
      return years[0][1] ? { start: y - n + 1, end: y } : { start: y, end: y + n - 1 };
    },
    inferred: (m) => m[0],
  },
];

/**
 * Labels of a web page's index table and what their value is. Written as "索引号: | … | 主题分类: | …", one label per
 * line with the value on the next line, or "索 引 号 … 发文日期 2023-01-03" (spaces inside labels are allowed).
 */
export const INDEX_LABELS: { labels: string[]; field: 'issuedOn' | 'published' | 'docNumber' | 'issuer' | 'name' | 'other' }[] = [
  { labels: ['成文日期', '成文时间', '印发日期', '签发日期', '发文日期', '发文时间'], field: 'issuedOn' }, // the document's own date
  { labels: ['发布日期', '发布时间', '公开日期', '公布日期', '更新日期', '更新时间', '生效日期', '施行日期', '实施日期', '废止日期'], field: 'published' }, // the web page's
  { labels: ['发文字号', '发文文号', '文号', '字号'], field: 'docNumber' },
  { labels: ['发文机关', '发文机构', '发布机构', '发文单位', '发布单位', '制发机关'], field: 'issuer' },
  { labels: ['名称', '标题', '文件名称'], field: 'name' }, // the notice title (关于印发《…》的通知)
  { labels: ['索引号', '主题分类', '体裁分类', '公文种类', '主题词', '组配分类', '信息来源', '来源', '所属机构', '有效性', '时效', '公开类型', '公开属性', '公开期限', '公开方式', '分类', '内容概述'], field: 'other' },
];

/** The addressees of a notice: "区政府各委、办、局,各街道办事处:" — text before the first colon naming bodies. */
const ADDRESSEES = /^([^:。]{2,120}?):(.*)$/;
const ADDRESSEE_WORDS = /(各|委、办、局|人民政府|部门|单位|管委会|办事处)/;
const NOT_ADDRESSEES = /^(发布时间|来源|关于)/;

/** How far into the head the title, the notice title and a period are looked for (paragraphs). */
const HEAD_SPAN = 40;

const TITLE_WORD = /(行动计划|行动方案|计划|方案|规划|纲要|意见|实施方案)/;
/** The inner title of a notice: 关于印发《…》的通知, 关于转发…的通知 (folded view). */
const NOTICE_QUOTED = /(?:关于)?(?:印发|转发|发布|下达)[^《〈]{0,20}[《〈]([^》〉]{4,80})[》〉]|关于[^《〈]{0,20}[《〈]([^》〉]{4,80})[》〉]/;
const NOTICE_BARE = /关于(?:印发|转发|发布|下达)(.{4,80}?)的(?:通知|函|决定)/;
/** A line that is (part of) a notice title. */
const NOTICE_LINE = /关于|印发[《〈]|转发[《〈]/;

// ───────────────────────────────────────────── helpers ─────────────────────────────────────────────

function iso(y: number, m: number, d: number | null): string | null {
  if (!(y > 1900 && y < 2100 && m >= 1 && m <= 12)) return null;
  if (d === null) return `${y}-${String(m).padStart(2, '0')}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function cnYear(s: string): number {
  return cnToNumber(s.replace(/[○零O0]/g, '〇')) ?? 0;
}

function range(start: number, end: number): { start: number; end: number } | null {
  return end >= start && end - start <= 10 && start > 1900 ? { start, end } : null;
}

export interface DateFound {
  /** yyyy-mm-dd, or yyyy-mm for a month-only date. */
  iso: string;
  /** The text as written (original characters). */
  raw: string;
  index: number;
  partial: boolean;
}

/** The first date in `text` (any form of DATE_FORMS), with the original text it was read from. */
export function readDate(text: string, folded = foldForMatch(text)): DateFound | null {
  let best: DateFound | null = null;
  if (!/[年\-/.]/.test(folded)) return null;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(folded);
    if (!m) continue;
    const v = form.read(m);
    if (!v) continue;
    // a full date anywhere beats a month-only one; among equals the earliest wins
    const found = { iso: v, raw: text.slice(m.index, m.index + m[0].length), index: m.index, partial: !!form.partial };
    if (!best || (best.partial && !found.partial) || (best.partial === found.partial && found.index < best.index)) best = found;
  }
  return best;
}

/** ISO date (yyyy-mm-dd, or yyyy-mm when only a month is written) of the first date in `text`. */
export function findDate(text: string): string | null {
  return readDate(text)?.iso ?? null;
}

export interface PeriodFound {
  start: number;
  end: number;
  /** Set when the years were inferred (十四五, 三年 + one year): the text it was inferred from. */
  inferredFrom: string | null;
}

/** The plan period written in `text`, or inferred from a 十X五 name or "N年…计划" with one year. */
export function readPeriod(text: string, opts: { infer?: boolean } = {}): PeriodFound | null {
  const folded = foldForMatch(text);
  for (const form of PERIOD_FORMS) {
    if (form.inferred && opts.infer === false) continue;
    const re = new RegExp(form.re.source, 'g');
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const p = form.read(m, folded);
      if (p) return { ...p, inferredFrom: form.inferred ? text.slice(m.index, m.index + m[0].length).replace(/[“”"]/g, '') : null };
    }
  }
  return null;
}

export function findPeriod(text: string): { start: number; end: number } | null {
  const p = readPeriod(text);
  return p ? { start: p.start, end: p.end } : null;
}

export interface DocNumberFound {
  /** Normalised: 代字〔年〕序号号, no spaces, half-width digits. */
  value: string;
  /** As written. */
  raw: string;
  /** The 代字 (prefix) as written. */
  prefix: string;
  index: number;
}

const DOC_NUMBER_CLOSING = new RegExp(`(?<=(?:通知|意见|决定|批复|函|方案|计划)\\s*\\(\\s*)${DOC_NUMBER.source.replace(/^\(\?<!\[[^\]]*\]\)/, '')}(?=\\s*\\)\\s*$)`);

/** A 文号 in `text` (not one cited inside 《》 or brackets, except in brackets closing a notice title). */
export function readDocNumber(text: string, folded = foldForMatch(text)): DocNumberFound | null {
  if (!folded.includes('号')) return null;
  // a 文号 in brackets closing a notice title ("…的通知（南政辦〔2021〕22號）") is the notice's own
  const m = DOC_NUMBER.exec(folded) ?? DOC_NUMBER_CLOSING.exec(folded);
  if (!m) return null;
  const prefix = text.slice(m.index, m.index + m[1].length);
  // 号 as written: a Traditional document keeps 號 (the whole 文号 in the script of its document)
  const raw = text.slice(m.index, m.index + m[0].length);
  return { value: `${prefix}〔${m[2]}〕${m[4]}${raw.endsWith('號') ? '號' : '号'}`, raw, prefix, index: m.index };
}

/** What normalising a 文号 changed, in words for the report: "括号、空格". */
function docNumberChanges(raw: string): string {
  const what: string[] = [];
  if (/[\[\]［］【】()（）﹝﹞]/.test(raw)) what.push('括号不是六角括号〔〕');
  if (/\s/.test(raw)) what.push('有空格');
  if (/[０-９]/.test(raw)) what.push('全角数字');
  if (/第/.test(raw)) what.push('序号前有“第”');
  if (/號$/.test(raw)) what.push('繁体“號”');
  return what.join('、') || '写法不同';
}

interface Span { start: number; end: number }
export interface Government {
  province: string | null;
  city: string | null;
  district: string | null;
  /** The organ after the place ("人民政府办公室"), null in a title. */
  organ: string | null;
  /** Offset just after what was read. */
  end: number;
}

function isPlaceName(name: string): boolean {
  if (!/^[\u4e00-\u9fa5]+$/.test(name)) return false;
  if (NAME_STOP.test(name) || NAME_VERB_START.test(name)) return false;
  if (/[和]/.test(name.slice(1))) return false; // 和平区 yes, 绿化和市容 no
  if (/(区|县|市|省)$/.test(name)) return false;
  return true;
}

/** Candidate units at `pos`, shortest name first; `word` = the name + suffix also ends like a common word (城区). */
function unitsAt(f: string, pos: number, rules: UnitRule[], afterCity: boolean): (Span & { word: boolean; titleWord: boolean })[] {
  const out: (Span & { word: boolean; titleWord: boolean })[] = [];
  const maxName = Math.max(...rules.map((r) => r.maxName));
  for (let len = 1; len <= maxName; len++) {
    for (const r of rules) {
      if (len < r.minName || len > r.maxName || (r.afterCity && !afterCity)) continue;
      if (!f.startsWith(r.suffix, pos + len)) continue;
      const name = f.slice(pos, pos + len);
      if (!isPlaceName(name)) continue;
      const word = UNIT_WORDS.test(name + r.suffix) || (len >= 3 && LONG_UNIT_WORDS.test(name + r.suffix));
      out.push({ start: pos, end: pos + len + r.suffix.length, word, titleWord: TITLE_UNIT_WORDS.test(name + r.suffix) });
    }
  }
  return out;
}

function organAt(f: string, pos: number): Span | null {
  const rest = f.slice(pos);
  const d = ORGAN_DIRECT.exec(rest);
  if (d) return { start: pos, end: pos + d[0].length };
  const g = ORGAN_DEPARTMENT.exec(rest);
  if (g && !NOT_IN_DEPARTMENT.test(g[1])) return { start: pos, end: pos + g[0].length };
  return null;
}

/**
 * The government named at `pos` of `text`: [province][city][district] + organ (an issuer), or, with
 * `organ: 'optional'`, a place at the start of a title ("上海市奉贤区推进…", "杨浦区“智慧城市”…").
 */
export function readGovernment(text: string, pos = 0, opts: { organ: 'required' | 'optional' } = { organ: 'required' }, folded = foldForMatch(text)): Government | null {
  const f = folded;
  if (opts.organ === 'required' && !ORGAN_HINT.test(f.slice(pos, pos + 40))) return null; // fast path: most lines
  const start = pos + (f.startsWith('中共', pos) ? 2 : 0);
  const str = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  for (const p of [...unitsAt(f, start, PROVINCE_UNITS, false), null]) {
    const p1 = p ? p.end : start;
    for (const c of [...unitsAt(f, p1, CITY_UNITS, false), null]) {
      const p2 = c ? c.end : p1;
      for (const d of [...unitsAt(f, p2, DISTRICT_UNITS, !!c), null]) {
        const p3 = d ? d.end : p2;
        // no unit that is also a common word (智慧城区, 中心城区, 城市), even before an organ
        if ([p, c, d].some((u) => u?.word)) continue;
        const organ = organAt(f, p3);
        if (!organ && opts.organ === 'required') continue;
        if (!organ && !p && !c && !d) continue;
        if (!organ) {
          // in a title: no suffix that starts a word (上海市场, 区域), no place that is mostly a word (老城区)
          if ([p, c, d].some((u) => u?.titleWord)) continue;
          const last = (d ?? c ?? p)!;
          const suffix = [...DISTRICT_UNITS, ...CITY_UNITS, ...PROVINCE_UNITS].map((r) => r.suffix).find((s) => f.startsWith(s, last.end - s.length))!;
          if (AFTER_SUFFIX_WORD[suffix]?.test(f.slice(last.end))) continue;
        }
        return { province: str(p), city: str(c), district: str(d), organ: str(organ), end: organ ? organ.end : p3 };
      }
    }
  }
  return null;
}

/** The district named at the start of a title or by an issuer in `text` ("上海市杨浦区人民政府" → 杨浦区), else null. */
export function findDistrict(text: string): string | null {
  const t = text.trim();
  return readGovernment(t, 0, { organ: 'required' })?.district ?? placeOfTitle(t)?.district ?? null;
}

/** Skip what may precede the place in a title: 《, 关于印发, a year ("2021年杨浦区…"). */
function titlePlaceStart(folded: string): number {
  const m = /^[\s《“"]*(?:关于(?:印发|转发|发布)?[\s《“"]*)?(?:(?:19|20)\d{2}\s*(?:(?:[-—–~]+|至|到)\s*(?:19|20)\d{2})?\s*年度?\s*)?/.exec(folded);
  return m ? m[0].length : 0;
}

function placeOfTitle(title: string): Government | null {
  const f = foldForMatch(title);
  return readGovernment(title, titlePlaceStart(f), { organ: 'optional' }, f);
}

/** "区政府各委、办、局,各街道办事处、镇政府" → ["区政府各委、办、局", "各街道办事处", "镇政府"]: 、 splits names, but not single characters (委、办、局). */
function splitAddressees(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[,，;；]/)) {
    const pieces: string[] = [];
    for (const piece of part.split('、').map((x) => x.trim())) {
      if (piece.length <= 1 && pieces.length) pieces[pieces.length - 1] += '、' + piece;
      else if (piece) pieces.push(piece);
    }
    out.push(...pieces);
  }
  return out.filter(Boolean);
}

/** The plan's own title line: a plan word, short, not a sentence, not (part of) the notice's title. */
function isTitleCandidate(f: string): boolean {
  return TITLE_WORD.test(f) && f.length <= 70 && !/^《/.test(f) && !/关于(印发|转发|发布|下达)|印发[《〈]|转发[《〈]/.test(f) && !/通知|[。；:]$/.test(f) && !/[，,].*[，,]/.test(f) && !/^(根据|为|对接|按照|经|本)/.test(f);
}

type IndexField = (typeof INDEX_LABELS)[number]['field'];
let indexLabelRe: RegExp | null = null;
let indexLabelAt: RegExp | null = null;
let indexLabelField: Map<string, IndexField> | null = null;

/**
 * Index-table cells of a line ("成文日期:2021-03-05 | 发布日期:2021-03-10"), when the line starts with a label
 * (after a bullet or a table bar); `end === start` for a label whose value is on the next line.
 */
function indexCells(f: string): { field: IndexField; start: number; end: number }[] {
  if (!indexLabelRe || !indexLabelField) {
    const all = INDEX_LABELS.flatMap((l) => l.labels.map((x) => ({ x, field: l.field }))).sort((a, b) => b.x.length - a.x.length);
    indexLabelRe = new RegExp(all.map((l) => [...l.x].join('\\s*')).join('|'), 'g');
    indexLabelAt = new RegExp(indexLabelRe.source, 'y');
    indexLabelField = new Map(all.map((l) => [l.x, l.field]));
  }
  const hits: { field: IndexField; at: number; valueAt: number }[] = [];
  // a label line starts with a label (after a bullet or a bar): test that first
  const lead = /^[\s|•·*\-]*/.exec(f)![0].length;
  indexLabelAt!.lastIndex = lead;
  if (!indexLabelAt!.test(f)) return [];
  indexLabelRe.lastIndex = 0;
  for (let m = indexLabelRe.exec(f); m; m = indexLabelRe.exec(f)) {
    const after = /^\s*[:：]?[\s|]*/.exec(f.slice(m.index + m[0].length))![0];
    // a label is followed by a colon, a space, a bar or the end; "文号" inside a word or sentence is not a label
    const atEnd = m.index + m[0].length + after.length >= f.length;
    if (!after && !atEnd) continue;
    if (m.index > 0 && /[\u4e00-\u9fa5]/.test(f[m.index - 1])) continue;
    hits.push({ field: indexLabelField.get(m[0].replace(/\s+/g, ''))!, at: m.index, valueAt: m.index + m[0].length + after.length });
  }
  if (!hits.length || !/^[\s|•·*\-]*$/.test(f.slice(0, hits[0].at))) return [];
  // "标题" alone on a line is a heading, not a label: a label line has a colon, a bar, or two labels
  if (hits.length === 1 && !/[:：|]/.test(f.slice(hits[0].at, hits[0].valueAt)) && hits[0].valueAt >= f.length) return [];
  return hits.map((h, k) => {
    const end = k + 1 < hits.length ? hits[k + 1].at : f.length;
    let a = h.valueAt;
    let b = end;
    while (b > a && /[\s|]/.test(f[b - 1])) b--;
    while (a < b && /[\s|]/.test(f[a])) a++;
    return { field: h.field, start: a, end: b };
  });
}

// ───────────────────────────────────────────── the head ─────────────────────────────────────────────

export interface HeadResult {
  meta: Omit<PlanMeta, 'status' | 'source' | 'basedOn' | 'notice' | 'preamble'>;
  /** Text of the 通知 (cover notice) body, '' when none. */
  notice: string;
  /** Paragraphs after the title and before the first heading (the plan's introduction). */
  preamble: Para[];
  /** Headings listed in a table of contents (for splitting run-together text). */
  toc: string[];
  uncertain: ImportReport['uncertain'];
}

interface Candidate<T> { value: T; score: number; line: number }

/** `text` holds nothing but `raw` (spaces aside, at most 2 characters of punctuation around it). */
function isOnly(text: string, raw: string): boolean {
  return text.replace(/\s+/g, '').length <= raw.replace(/\s+/g, '').length + 2 && foldForMatch(text).replace(/\s+/g, '').includes(foldForMatch(raw).replace(/\s+/g, ''));
}

/**
 * Read the head. `head` are the paragraphs before the first numbered heading; the title is the last
 * title-like line among them (the plan's own title comes after the notice that publishes it).
 * Found-but-uncertain values are added to `uncertain`; lines dropped (a web page's <title>, a 目录, a web index
 * table) to `removed`.
 */
export function readHead(headIn: Para[], uncertain: ImportReport['uncertain'], removed: ImportReport['removed']): HeadResult & { titleIndex: number } {
  let head = splitNoticeLines(headIn);
  let webDate: string | null = null;
  // The web page's own <title> as line 1: it carries a publication date, or a later line says the same at full length.
  if (head.length > 1) {
    const first = head[0].text;
    const dated = /\s(?:19|20)\d\d-\d{1,2}-\d{1,2}$/.test(first);
    const repeated = head.slice(1, 20).some((p) => p.text.length >= first.length && similarity(p.text, first) >= 0.6);
    if (dated || repeated) {
      removed.push({ line: head[0].line, text: first, reason: '网页标题' });
      const date = dated ? findDate(first) : null;
      head = head.slice(1);
      if (date) webDate = date;
    }
  }
  const folded = head.map((p) => foldForMatch(p.text));
  let toc: string[] = [];
  const consumed = new Set<number>();
  head.forEach((p, i) => {
    if (/^目\s*录/.test(folded[i])) { consumed.add(i); toc = splitToc(p.text.replace(/^目\s*录\s*/, '')); removed.push({ line: p.line, text: p.text, reason: '目录(结构取自正文)' }); }
  });

  const dates: Candidate<DateFound>[] = [];
  const issuers: Candidate<string>[] = [];
  const places: Candidate<Government>[] = [];
  let docNumber: Candidate<DocNumberFound> | null = null;
  let published: string | null = null;

  // 1. A web page's index table: label cells decide what a value is (成文日期 yes, 发布日期 no).
  const names: { text: string; folded: string }[] = [];
  head.forEach((p, i) => {
    if (consumed.has(i)) return;
    const cells = indexCells(folded[i]);
    if (!cells.length) return;
    consumed.add(i);
    removed.push({ line: p.line, text: p.text, reason: '网页信息栏' });
    for (const c of cells) {
      let value = p.text.slice(c.start, c.end);
      let fv = folded[i].slice(c.start, c.end);
      // "• 发文字号:" with its value on the next line
      if (!value && cells.length === 1 && i + 1 < head.length && !consumed.has(i + 1) && !indexCells(folded[i + 1]).length) {
        consumed.add(i + 1);
        removed.push({ line: head[i + 1].line, text: head[i + 1].text, reason: '网页信息栏' });
        value = head[i + 1].text.trim();
        fv = folded[i + 1].trim();
      }
      if (c.field === 'issuedOn') { const d = readDate(value, fv); if (d) dates.push({ value: d, score: 3, line: i }); }
      if (c.field === 'published') published ??= readDate(value, fv)?.iso ?? null;
      if (c.field === 'docNumber') { const dn = readDocNumber(value, fv); if (dn && !docNumber) docNumber = { value: dn, score: 3, line: i }; }
      if (c.field === 'issuer') {
        const g = readGovernment(value, 0, { organ: 'required' }, fv);
        // below a signature (2): the cell often says only "区政府办公室"
        if (g) { issuers.push({ value: value.slice(0, g.end), score: 1.5, line: i }); places.push({ value: g, score: 1.5, line: i }); }
      }
      if (c.field === 'name' && value) names.push({ text: value, folded: fv });
    }
  });

  // 2. The title: the last title-like line; else the title quoted in the notice; else the first short line.
  let titleIndex = -1;
  // (within the first HEAD_SPAN paragraphs: when no heading was recognised the whole document is the "head")
  const span = Math.min(head.length, HEAD_SPAN);
  for (let i = 0; i < span; i++) if (!consumed.has(i) && isTitleCandidate(folded[i])) titleIndex = i;
  let title = '';
  let titleFromNotice = false;
  // titles quoted in a notice (also the Traditional 關於印發《…》的通知), the notice title possibly broken over lines
  const noticeTitles: string[] = [];
  let noticeTitleEnd = -1;
  const innerTitle = (o: string, f: string): string | null => {
    const q = NOTICE_QUOTED.exec(f) ?? NOTICE_BARE.exec(f);
    if (!q) return null;
    const inner = q[1] ?? q[2];
    const s = q.index + q[0].indexOf(inner);
    return o.slice(s, s + inner.length).trim();
  };
  for (const n of names) { const t = innerTitle(n.text, n.folded); if (t) noticeTitles.push(t); }
  for (let i = 0; i < span; i++) {
    if (consumed.has(i) || !NOTICE_LINE.test(folded[i]) || /[。，,]/.test(folded[i])) continue;
    let o = head[i].text;
    let f = folded[i];
    let k = i + 1;
    for (; k < Math.min(head.length, i + 3) && !/(通知|函|决定)$/.test(f) && !/[:。，,]/.test(folded[k]); k++) { o += head[k].text; f += folded[k]; }
    const t = innerTitle(o, f);
    if (t) {
      noticeTitles.push(t);
      noticeTitleEnd = Math.max(noticeTitleEnd, k - 1);
      i = k - 1;
    }
  }
  if (titleIndex >= 0) title = head[titleIndex].text;
  else if (noticeTitles.length) { title = noticeTitles[0]; titleFromNotice = true; }
  else {
    // (not a line that is metadata itself: an issuer, a date, a 文号, the addressees)
    const isMeta = (i: number) => {
      const f = folded[i].trim();
      const g = readGovernment(head[i].text.trim(), 0, { organ: 'required' });
      const d = readDate(head[i].text);
      const dn = readDocNumber(head[i].text);
      return (g !== null && g.end >= f.length - 1) || (d !== null && isOnly(f, d.raw)) || (dn !== null && isOnly(f, dn.raw)) || /:$/.test(f);
    };
    titleIndex = head.findIndex((p, i) => i < span && !consumed.has(i) && p.text.length <= 80 && !isMeta(i));
    if (titleIndex >= 0) title = head[titleIndex].text;
  }
  if (titleIndex >= 0) consumed.add(titleIndex);
  // A period on the next line ("杨浦区“智慧城市”建设三年行动计划" / "2015-2017").
  const next = titleIndex >= 0 ? head[titleIndex + 1] : undefined;
  if (title && !readPeriod(title, { infer: false }) && next && /^[(（]?\s*(19|20)\d{2}\s*[-—–~～至到]+\s*(19|20)\d{2}\s*年?\s*[)）]?$/.test(folded[titleIndex + 1])) {
    title += /^[(（]/.test(next.text) ? next.text : `(${next.text})`;
    consumed.add(titleIndex + 1);
  }
  title = title.replace(/\s+/g, ' ').trim();
  // A plan published as the attachment of its notice is headed by the attachment's label ("附件", "附件1：") on the
  // line before its title (a 公文 with its 印发 notice, as Word exports it): the label is not part of the title.
  // The label as the grammar reads one (附件, 附件1, 附件12) and then a space or a colon: 附件管理系统…, 附件一 or the
  // year of "附件 2025年…工作要点" stay in the title.
  const label = /^附件(?:[0-9]{1,2})?\s*[:：\s]\s*(?=\S)/.exec(foldForMatch(title));
  if (label) title = title.slice(label[0].length);
  const lastNoticeLine = titleIndex >= 0 && !titleFromNotice ? titleIndex : head.length;

  // 3. Line by line: 文号, issuer, date, addressees.
  let addressees: string[] = [];
  const notice: string[] = [];
  let addresseeAt = -1;
  head.forEach((p, i) => {
    if (consumed.has(i) && i !== titleIndex) return;
    const t = p.text;
    const f = folded[i];
    // 文号: on a line of its own (or after a label / beside the issuer), before the plan's title
    const dn = readDocNumber(t, f);
    if (dn && i <= lastNoticeLine && !docNumber) {
      const rest = (f.slice(0, dn.index) + f.slice(dn.index + dn.raw.length)).trim();
      const gov = rest && !/[，。,]/.test(rest) && rest.length <= 60 ? readGovernment(rest, 0) : null;
      const own = rest.length === 0 || (gov !== null && /^\s*(文件)?\s*$/.test(rest.slice(gov.end))) || /^关于[^，。,]*(通知|意见|函|决定)$/.test(rest) ||
        /(通知|意见|决定|批复|函|方案|计划)\s*\(\s*\)$/.test(rest);
      if (own) { docNumber = { value: dn, score: 2, line: i }; consumed.add(i); }
    }
    // an issuer: a government named at the start of a short line without sentence punctuation
    const lead = t.length - t.trimStart().length;
    // (before the title, or right under it: a name of an office alone deep in the introduction is no signature)
    const nearTitle = i <= lastNoticeLine || (titleIndex >= 0 && i <= titleIndex + 2);
    const g = !nearTitle || /[。，,]/.test(f) || t.length > 150 ? null : readGovernment(t, lead, { organ: 'required' }, f);
    if (g) {
      // alone or followed by a date or 文件: a signature / red header (2); followed by 关于…: the notice title (1);
      // several organs issuing together ("成都市发展和改革委员会 成都市规划和自然资源局 关于印发…"): the first
      let restAt = g.end;
      for (let more = readGovernment(t, restAt + (f.slice(restAt).length - f.slice(restAt).trimStart().length), { organ: 'required' }, f); more; more = readGovernment(t, restAt + (f.slice(restAt).length - f.slice(restAt).trimStart().length), { organ: 'required' }, f)) restAt = more.end;
      const rest = f.slice(restAt).trim();
      const restDate = rest ? readDate(t.slice(g.end)) : null;
      const score = !rest || /^文件$/.test(rest) || (restDate && isOnly(rest, restDate.raw)) ? 2 : /^关于/.test(rest) ? 1 : 0;
      if (score > 0) {
        issuers.push({ value: t.slice(lead, g.end), score, line: i });
        places.push({ value: g, score, line: i });
        if (score === 2) consumed.add(i);
      }
    }
    // a date: the document's own (alone on its line, or after the issuer) before the title or right under it
    const d = readDate(t, f);
    if (d && i !== titleIndex) {
      // alone on its line (in brackets or not), or the signature "issuer + date"
      const alone = isOnly(f.replace(/^\s*[(]|[)]\s*$/g, ''), d.raw) || (g !== null && isOnly(f.slice(g.end), d.raw));
      const beforeTitle = i < lastNoticeLine;
      const underTitle = titleIndex >= 0 && !titleFromNotice && i > titleIndex && i <= titleIndex + 2;
      let score = 0;
      if (alone && (beforeTitle || underTitle)) score = 2;
      else if (underTitle && /^\s*\(.*\)\s*$/.test(f)) score = 1.5; // "(2021年3月5日区政府常务会议通过)" under the title
      else if (beforeTitle && !/^(发布|来源|更新)/.test(f)) score = 1; // a date inside the notice's sentences
      if (score > 0) dates.push({ value: d, score, line: i });
      if (score >= 2) consumed.add(i);
    } else if (/^(19|20)\d{5,6}$/.test(f.replace(/\s+/g, ''))) {
      // "2016718": 年/月/日 lost. Take it only when exactly one reading is a valid date, and say so.
      const raw = f.replace(/\s+/g, '');
      const y = +raw.slice(0, 4);
      const readings = [[raw.slice(4, 5), raw.slice(5)], [raw.slice(4, 6), raw.slice(6)]]
        .filter(([m, dd]) => dd && +m >= 1 && +m <= 12 && +dd >= 1 && +dd <= 31)
        .map(([m, dd]) => iso(y, +m, +dd)!);
      if (readings.length === 1) {
        const other = dates.find((x) => x.score >= 2)?.value.iso ?? webDate;
        dates.push({ value: { iso: readings[0], raw, index: 0, partial: false }, score: 2, line: i });
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,按唯一可能读作 ${readings[0]}${other ? `(网页上另有日期 ${other},可能是发布日期)` : ''},请核对` });
      } else {
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,无法确定${readings.length ? `(可能是 ${readings.join(' 或 ')})` : ''},未采用` });
      }
      consumed.add(i);
    }
    // addressees: "区政府各委、办、局,各街道办事处:" before the title
    if (i < lastNoticeLine && addresseeAt < 0 && i !== titleIndex) {
      const am = ADDRESSEES.exec(f);
      if (am && ADDRESSEE_WORDS.test(am[1]) && !NOT_ADDRESSEES.test(am[1])) {
        addressees = splitAddressees(t.slice(0, am[1].length));
        addresseeAt = i;
        consumed.add(i);
        const body = t.slice(am[1].length + 1).trim();
        if (body) notice.push(body);
      }
    }
  });

  // 4. Choose: the best score wins, the earliest among equals (a signature beats a date inside a sentence).
  const best = <T>(list: Candidate<T>[]) => list.reduce<Candidate<T> | null>((b, c) => (!b || c.score > b.score ? c : b), null);
  const date = best(dates);
  let issuedOn: string | null = date?.value.iso ?? null;
  if (date?.value.partial) uncertain.push({ field: 'issuedOn', raw: date.value.raw, reason: `只写了年月(${date.value.iso}),没有日` });
  else if (date && date.score < 2 && !uncertain.some((u) => u.field === 'issuedOn')) {
    uncertain.push({ field: 'issuedOn', raw: date.value.raw, reason: `成文日期取自通知正文中的日期 ${date.value.iso},请核对` });
  }
  if (!issuedOn && (webDate ?? published)) {
    issuedOn = (webDate ?? published)!;
    uncertain.push({ field: 'issuedOn', raw: issuedOn, reason: `正文没有成文日期,采用网页上的日期 ${issuedOn}(可能是网页发布日期)` });
  }
  const issuer = best(issuers)?.value ?? null;
  if (docNumber) {
    const dn = (docNumber as Candidate<DocNumberFound>).value;
    if (dn.raw !== dn.value) uncertain.push({ field: 'docNumber', raw: dn.raw, reason: `发文字号写法不规范(${docNumberChanges(dn.raw)}),已规范化为 ${dn.value}` });
  }

  // 5. Period: the title, then a title quoted in the notice, then (uncertain) a year range elsewhere in the head.
  let periodFound = title ? readPeriod(title) : null;
  for (const t of noticeTitles) periodFound ??= readPeriod(t);
  if (!periodFound) {
    for (let i = 0; i < span && !periodFound; i++) {
      const p = readPeriod(head[i].text, { infer: false });
      if (p) {
        periodFound = p;
        uncertain.push({ field: 'period', raw: head[i].text.slice(0, 60), reason: `标题中没有规划期,取自开头文字中的年份 ${p.start}–${p.end},请核对` });
      }
    }
  }
  if (periodFound?.inferredFrom) uncertain.push({ field: 'period', raw: periodFound.inferredFrom, reason: `由“${periodFound.inferredFrom}”推算为 ${periodFound.start}–${periodFound.end}` });
  const period = periodFound ? { start: periodFound.start, end: periodFound.end } : null;

  // 6. District and city: only where a government or the plan's own title names them.
  const titlePlaces = [title, ...noticeTitles].filter(Boolean).map(placeOfTitle).filter((g): g is Government => g !== null);
  const issuerPlaces = [...places].sort((a, b) => b.score - a.score).map((c) => c.value);
  const ordered = [...titlePlaces, ...issuerPlaces];
  const district = ordered.find((g) => g.district)?.district ?? null;
  let city = ordered.find((g) => g.city)?.city ?? null;
  const dnPrefix = docNumber ? (docNumber as Candidate<DocNumberFound>).value.prefix : '';
  if (!city && dnPrefix && DOC_PREFIX_CITY[foldForMatch(dnPrefix[0])]) city = DOC_PREFIX_CITY[foldForMatch(dnPrefix[0])];

  // 7. What is left: the notice (before the title) and the preamble (after it).
  if (addresseeAt >= 0) {
    for (let i = addresseeAt + 1; i < lastNoticeLine; i++) if (!consumed.has(i)) { notice.push(head[i].text); consumed.add(i); }
  }
  // with a title line: notice before it, preamble after it; with the title only in the notice: the notice runs to
  // the end of the head when it has addressees, else to the notice title's last line
  const noticeEnd = !titleFromNotice ? Math.max(0, titleIndex) : addresseeAt >= 0 ? head.length : noticeTitleEnd + 1;
  const preambleFrom = !titleFromNotice ? titleIndex + 1 : noticeEnd;
  const preamble = head.slice(preambleFrom).filter((_, k) => !consumed.has(preambleFrom + k));
  // lines before the title that are neither notice nor metadata (e.g. the notice title) are kept with the notice
  const noticeTitle = head.slice(0, noticeEnd).filter((_, i) => !consumed.has(i) && !notice.includes(head[i].text)).map((p) => p.text);
  return {
    titleIndex,
    meta: { title, district, city, period, issuer, docNumber: docNumber ? (docNumber as Candidate<DocNumberFound>).value.value : null, issuedOn, addressees },
    notice: [...noticeTitle.length ? [noticeTitle.join('')] : [], ...notice].join('\n'),
    preamble,
    toc,
    uncertain,
  };
}

/**
 * Lines of a notice run together (a notice title, its 文号 and the addressees on one paragraph, as text re-joined
 * from broken lines may be): split after "…关于…的通知" and after a 文号 that follows it. Parts keep their line.
 */

function splitNoticeLines(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p0 of paras) {
    const p = letterSpaced(p0.text) ? { ...p0, text: p0.text.replace(/\s+/g, '') } : p0;
    let rest = p.text;
    for (let k = 0; k < 3 && rest; k++) {
      const f = foldForMatch(rest);
      const title = /^[^。，,:]*?(?:关于|印发|转发)[^。:]*?的(?:通知|函|决定)(?=\s*\S)/.exec(f);
      const dn = !title && k > 0 ? new RegExp(`^\\s*${DOC_NUMBER.source}(?=\\s*\\S)`).exec(f) : null;
      const cut = title?.[0].length ?? dn?.[0].length ?? 0;
      if (!cut || cut >= rest.length) break;
      // only where a 文号 or the addressees follow ("…的通知 2016-07-28" is a web page's title with its date)
      const after = f.slice(cut).trim();
      const am = ADDRESSEES.exec(after);
      if (!DOC_NUMBER.test(after.slice(0, 24)) && !(am && ADDRESSEE_WORDS.test(am[1]))) break;
      out.push({ ...p, text: rest.slice(0, cut).trim() });
      rest = rest.slice(cut).trim();
    }
    if (rest) out.push(rest === p.text ? p : { ...p, text: rest });
  }
  return out;
}

/** A letter-spaced line (red headers and titles in PDF text: "上 海 市 杨 浦 区 人 民 政 府 文 件"). */
function letterSpaced(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 4) return false;
  return tokens.filter((t) => /^[\u4e00-\u9fa5]$/.test(t)).length >= tokens.length * 0.8;
}

/** Split a run-together table of contents into its headings ("第一章 “十五”回顾", "一、“十五”回顾" …) without numbers. */
function splitToc(s: string): string[] {
  return s
    .split(/(?=第[一二三四五六七八九十]+章)|(?=(?<![第一二三四五六七八九十])[一二三四五六七八九十]+、)/)
    .map((x) => x.replace(/^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、)/, '').replace(/\s+/g, '').trim())
    .filter(Boolean);
}
