/**
 * Dates, plan periods and 文号 in a plan's head, as rule tables (DATE_FORMS, PERIOD_FORMS, DOC_NUMBER) and their
 * readers. Matched on the folded view (fold.ts); what is returned is the original text. Used by meta.ts.
 */
import { foldForMatch } from '../text/fold';
import { cnToNumber, cnYear as cnYearOrNull, fiveYearPlan } from '../text/numerals';

/**
 * 文号 (GB/T 9704 发文字号 机关代字〔年份〕序号号), matched on the folded view (so 發/號/辦 and full-width digits
 * and （）［］ are already 发/号/办, digits and ()[]). Stored as 代字 (as written) + 〔year〕 + number + 号 (號 in a
 * Traditional document).
 */
export const DOC_NUMBER = /(?<![\u4e00-\u9fa5《(\[【〔])([\u4e00-\u9fa5]{1,10})\s*[〔\[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*(第\s*)?(\d{1,5})\s*号/;

/** Prefixes of 文号 that name a city unambiguously (the four municipalities' one-character abbreviations). */
export const DOC_PREFIX_CITY: Record<string, string> = { '沪': '上海市', '京': '北京市', '津': '天津市', '渝': '重庆市' };

/** Digits of a year written in Chinese (二〇二一, 二○二一 with ○, 二零二一, O for 〇 in scraped text). */
const CN_YEAR_DIGIT = '[〇○零O0一二三四五六七八九]';
/**
 * A part of a year said right after it — 上半年, 下半年, 全年, 前三季度, 一季度, 第4季度, 10月份, 1—6月: the one list for a
 * progress note's year here (进展通报: 2026年前三季度 is no 年前) and for a title's place (places.ts titlePlaceStart:
 * "2026年上半年区政府…" names no district 上半年区).
 */
export const YEAR_PART = '(?:上半年|下半年|全年|前三季度|第?[一二三四1-4]\\s*季度|[0-9]{1,2}\\s*(?:[-—–~]+|至)?\\s*[0-9]{0,2}\\s*月份?)';
/** Four of them, a space allowed between two (a cover's letter-spaced date as a PDF gives it: "二 〇 二一年二月"). */
const CN_YEAR = `${CN_YEAR_DIGIT}(?:\\s?${CN_YEAR_DIGIT}){3}`;
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/** Dates, in order of preference; `partial` = month only (reported as uncertain, stored as yyyy-mm). */
export const DATE_FORMS: { name: string; re: RegExp; read: (m: RegExpExecArray) => string | null; partial?: boolean }[] = [
  // 2021年3月5日, 2021 年 3 月 5 日, ２０２１年３月５日 (digits folded)
  { name: '公历数字', re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  // 二〇二一年三月五日, 二○二一年十一月十六日, 二零二一年 三月 五日
  { name: '汉字数字', re: new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*日`), read: (m) => iso(cnYear(m[1]), cnToNumber(m[2])!, cnToNumber(m[3])!) },
  // 2021-03-05, 2021/3/5, 2021.3.5 (web pages)
  { name: '数字分隔', re: /(?<![0-9])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  // month only: 二○○五年十一月, 2005年11月 (no day written)
  { name: '汉字年月', re: new RegExp(`(${CN_YEAR})\\s*年\\s*(${CN_SMALL})\\s*月`), read: (m) => iso(cnYear(m[1]), cnToNumber(m[2])!, null), partial: true },
  { name: '公历年月', re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/, read: (m) => iso(+m[1], +m[2], null), partial: true },
];

/**
 * The one year a title names (`written`: as the form matched it, digits or 二〇二六) as its period — the 年度计划 and 进展通报
 * forms. None when the title names another year too, or a span (三年行动, 五年, 十四五: no plan of one year, whatever its
 * one year says; read with the year blanked out, as the 五年 of 二〇二五年 names no span).
 */
function oneYear(written: string, text: string): { start: number; end: number } | null {
  const y = /\d/.test(written) ? +written : cnYear(written);
  const years = text.match(new RegExp(`(?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3}`, 'g')) ?? [];
  if (years.length !== 1 || y <= 1900) return null;
  const rest = text.replace(years[0], ' ');
  return LENGTH_NAMED.test(rest) || SPAN_NAMED.test(rest) ? null : { start: y, end: y };
}

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
  // (a count after the year is no month: "2021年8项民生工程和10件惠民实事工作方案" is a plan of 2021)
  // an annual plan: 2025年工作要点, 2025年度重点工作安排, 美丽某区建设2026年行动计划, 2022年《政府工作报告》任务分解意见, 2025年民生实事项目清单, 2025年重点工作进展情况表, 二〇二五年…工作计划, 2025年…实施计划, 2025年…重点工作推进方案, 2025年重点工作目标任务分解落实方案, 2026年城市更新专项资金使用计划 / 2026年就业补助资金分配方案 (batch 29), 2020年经济社会发展计划 / 2026年国民经济和社会发展计划 (real14), 2025年工作谋划 / 工作思路 / 工作打算 (a street's year ahead, real batch 18's 01) → 2025–2025 (one year, not "到2025年", the
  // only year of the text, and the text names a plan of the year: 要点, 工作计划, 工作方案, 重点工作, 任务, 安排, 实事 …)
  // (its name may close on （试行）/（暂行）, and a sample of it on 模板/范本, "X社区2026年度工作计划模板": a year's plan still. A year that dates a meeting whose spirit or decisions the plan carries out —
  // 落实2026年省委全会精神的行动计划, 贯彻2025年经济工作会议精神, 学习2026年区党代会部署 — is the meeting's, not the plan's: an
  // economic work conference held in December plans the next year. A meeting that is the plan's own work is of its year:
  // 2026年区人大会议建议…办理工作的实施方案, 2026年全民健身运动大会工作方案)
  {
    name: '年度计划',
    re: new RegExp(`(?<![到至止前\\d])((?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})\\s*年度?(?!\\s*(?:[-—–~～－―]|至|到|底|末|前|以来|\\d{1,2}\\s*(?:月|日|[.\\-/])|\\d(?!\\d{0,2}\\s*(?:项|件|个|大|类|条|批|场))))(?!(?<=(?:贯彻|落实|学习|传达)[^，,。；;、《》]{0,14})[^，,。；;、《》]*?(?:会议|全会|大会|党代会)|[^，,。；;、《》]*?(?:会议|全会|大会|党代会)(?:精神|部署|决策|决定|要求))(?=.*(?:工作要点|要点|工作计划|工作谋划|工作思路|工作打算|实施计划|推进计划|工作方案|工作安排|重点工作|工作任务|清单|任务分解|责任分解|目标分解|实事项目|实事|年度计划|社会发展计划|经济发展计划|建设计划|投资计划|使用计划|分配计划|分配方案|行动方案|实施方案|推进方案|分解表|情况表|分工方案|分解方案|落实方案|分解意见|责任分工|任务分工|行动计划|督办台账|工作台账|落实措施|工作措施|推进措施)(?:[（(](?:试行|暂行)[)）])?(?:\\s*(?:模[版板]|范文|范本|样本))?(?:[（(][^（）()]{2,40}[)）])?(?:的通知)?\\s*$)`),
    read: (m, text) => oneYear(m[1], text),
    inferred: (m) => m[0],
  },
  // a year's account and the next year's plan in one title: "X街道2022年工作总结和2023年工作计划", "2023年工作总结暨2024年
  // 工作思路", "2025年工作总结及2026年工作打算" → the year planned, one year (the account's year is done; real batch 19's 02
  // and 03). Only a 总结 joined to a plan word of the year after it (a 总结 alone plans no year). A notice asking for
  // them, "关于报送2025年工作总结和2026年工作计划的通知", plans nothing: a verb of sending before the year (rev43a F6).
  {
    name: '总结和计划',
    re: new RegExp(`(?<![到至止前\\d]|报送|上报|呈报|提交|报|交|送)((?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})\\s*年度?[^，,。；;《》]{0,12}?总结\\s*(?:和|及|暨|与|、|并)\\s*((?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})\\s*年度?[^，,。；;《》]{0,12}?(?:工作计划|计划|工作要点|要点|工作思路|思路|工作打算|打算|工作谋划|谋划|工作安排|安排|重点工作)(?:的通知)?\\s*$`),
    read: (m) => {
      const a = /\d/.test(m[1]) ? +m[1] : cnYear(m[1]);
      const b = /\d/.test(m[2]) ? +m[2] : cnYear(m[2]);
      return b === a + 1 ? { start: b, end: b } : null;
    },
  },
  // a note of a year's progress: 关于2026年上半年重点工作进展情况的通报, 2026年一季度民生实事项目推进情况通报, 关于2023年10月份
  // 全区重点项目建设进展情况的通报, 2025年国民经济和社会发展计划执行情况的报告 → that year (h-left40). A period is years
  // (shared/model/plan.ts): the half-year, quarter or month stays in the title. Only a title that ends so and names one
  // year; not a 通报 of another kind (表彰, 批评: no 情况), nor a plan (年度计划 above).
  // (a part of the year after it is no 年前: "关于2026年前三季度…推进情况的通报" — YEAR_PART)
  {
    name: '进展通报',
    re: new RegExp(`(?<![到至止前\\d])((?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})\\s*年度?(?!\\s*(?!${YEAR_PART})(?:[-—–~～－―]|至|到|底|末|前|以来))(?=.*(?:(?:进展|进度|落实|完成|推进|执行|办理|实施)情况|工作进展)(?:的)?(?:通报|报告|汇报|简报)?(?:的通知)?\\s*$)`),
    read: (m, text) => oneYear(m[1], text),
    inferred: (m) => m[0],
  },
  // a 台湾 plan dated in the Republic era (民國115年 = 2026): "南嶼縣政府115年度施政計畫", "民國114年度…工作計畫" → one
  // year. Only a title that says 民國 or names its plan 計畫 (the Taiwan word; folded 计画), its year 100–149 or 60–99
  {
    name: '民国年度',
    re: /(?<![0-9])(1[0-4][0-9]|[6-9][0-9])\s*年度?(?!\s*(?:[-—–~～－―]|至|到|底|末|前|以来|[0-9]))(?=.*(?:计画|計畫|计划|計劃|要点|要點|方案|施政))/,
    read: (m, text) => {
      const years = text.match(/(?<![0-9])[0-9]{2,4}\s*年/g) ?? [];
      return years.length === 1 && /民[国國]|计画|計畫/.test(text) ? { start: +m[1] + 1911, end: +m[1] + 1911 } : null;
    },
    inferred: (m) => m[0],
  },
];

/**
 * Whether a plan of one year writes its year in the Republic era (民國114年 = 2025), so that "114年9月底前" in its
 * tasks is a date of that year (celltable.ts textMilestones): a year 1971–2060 (民國60–149) that its title writes so
 * (the period read from "南嶼縣政府115年度施政計畫" by 民国年度, no 2026 written) or that its text writes after 民國 / 民国
 * ("民國114年度"). A plan of 2025 that names 114 otherwise ("114个村", "街龄114年") reads its text in the Common Era.
 */
export function writesRepublicYear(period: { start: number; end: number } | null, title: string, text: string | (() => string)): boolean {
  if (!period || period.start !== period.end) return false;
  const roc = period.start - 1911;
  if (roc < 60 || roc >= 150) return false;
  const t = foldForMatch(title);
  const inTitle = new RegExp(`(?<![0-9])${roc}\\s*年`).test(t) && !t.includes(String(period.start)) && readPeriod(title)?.start === period.start;
  // (`text` as a function: the plan's text joined only for a plan of one year, where it is read)
  return inTitle || new RegExp(`民[国國]\\s*${roc}\\s*年`).test(foldForMatch(`${title}\n${typeof text === 'string' ? text : text()}`));
}

/** A year in digits or in Chinese (2025, 二〇二五, 二○二五, 二零二五). */
const ANY_YEAR = `(?:(?:19|20)\\d{2}|[一二]${CN_YEAR_DIGIT}{3})`;
const yearValue = (s: string) => (/^[0-9]/.test(s) ? Number(s) : cnYear(s));

/**
 * A line that only names a year or a period, as a heading over that year's work: "2025年", "2025年：", "2025年度",
 * "二〇二五年", "2025年重点任务：", "2026—2027年：" (on the matching view: full-width digits folded). The year, and the
 * end of the period when it names one. Whether such a line is a heading is for its place to say (yearHeadings).
 */
const YEAR_LINE = new RegExp(`^(${ANY_YEAR})(?:\\s*年?\\s*(?:[-—–~～－―]+|至|到)\\s*(${ANY_YEAR}))?\\s*年\\s*度?\\s*[:：]?\\s*[\\u4e00-\\u9fff]{0,10}\\s*[:：]?$`);
export function readYearLine(text: string): { year: number; end: number } | null {
  const m = YEAR_LINE.exec(text.trim());
  if (!m) return null;
  const year = yearValue(m[1]);
  const end = m[2] ? yearValue(m[2]) : year;
  return year > 1900 && end >= year && end - year <= 10 ? { year, end } : null;
}

/**
 * A line that only names a month of the plan's year, as a heading over that month's work in a plan laid out by month
 * (a 街道 年度工作计划: "1月" ⏎ 1.… 2.…, "2月" …): "1月", "1月份", "一月", "十二月份：" (on the matching view: full-width
 * digits folded). The month (1–12). Whether such a line is a heading is for its place to say (yearHeadings); "3月底前",
 * "6月：完成…" (a deadline, a schedule line with its text) are not such lines.
 */
const MONTH_LINE = /^(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*份?\s*[:：]?$/;
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
export function readMonthLine(text: string): number | null {
  const m = MONTH_LINE.exec(text.trim());
  if (!m) return null;
  return /^[0-9]/.test(m[1]) ? Number(m[1]) : CN_MONTH[m[1]] ?? null;
}

/**
 * The year a heading groups its tasks under (not a period): "2024年度重点任务", "2025年：全面推进", "二〇二五年",
 * "第一阶段（2024年）：夯实基础". Null for "2024—2026年重点任务" and for headings that do not start with a year.
 */
const YEAR_GROUP = new RegExp(`^(?:第[一二三四五六七八九十]+阶段\\s*[（(]\\s*)?(${ANY_YEAR})\\s*年(?!\\s*[—\\-－~～至到]|\\s*[0-9])`);
/**
 * A stage dated by months of one year, in the bracket after its name: "第一阶段：全面排查（2025年4月—6月）", "集中整治阶段
 * （2025年7月—12月）" — its tasks are that year's work. A stage running into another year ("（2025年7月—2026年6月）")
 * names no one year.
 */
const STAGE_MONTHS = new RegExp(`阶段[^（()）。；]{0,12}[（(]\\s*(${ANY_YEAR})\\s*年\\s*[0-9]{1,2}\\s*月[^（()）]{0,6}?[—\\-－~～至到]+\\s*(?:(${ANY_YEAR})\\s*年\\s*)?[0-9]{1,2}\\s*月(?:\\s*[0-9]{1,2}\\s*日)?(?:底|末)?\\s*[）)]`);
/**
 * A heading that is only a part of a year — "第一季度", "二季度：", "上半年重点工作", "1—3月", "第一季度（1—3月）" — groups the
 * work of that part of the plan's year: in a plan of one year, its tasks are that year's (as under "2026年："). The year
 * is the plan's, so a plan of several years gets none from it.
 */
const YEAR_PART_GROUP = new RegExp(`^${YEAR_PART.replace('全年|', '')}\\s*(?:[（(][^（()）]{1,12}[)）])?\\s*(?:(?:重点)?(?:工作|任务)(?:安排|计划)?)?\\s*[:：]?$`);
export function groupYear(heading: string, period?: { start: number; end: number } | null): number | null {
  if (period && period.start === period.end && YEAR_PART_GROUP.test(heading.trim())) return period.start;

  const m = YEAR_GROUP.exec(heading);
  if (m) return yearValue(m[1]);
  const s = STAGE_MONTHS.exec(heading);
  if (!s || (s[2] && yearValue(s[2]) !== yearValue(s[1]))) return null;
  return yearValue(s[1]);
}

export function iso(y: number, m: number, d: number | null): string | null {
  if (!(y > 1900 && y < 2100 && m >= 1 && m <= 12)) return null;
  if (d === null) return `${y}-${String(m).padStart(2, '0')}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A year in Chinese digits (text/numerals.ts cnYear), 0 when it is none (the readers then refuse it as before 1900). */
function cnYear(s: string): number {
  return cnYearOrNull(s) ?? 0;
}

/**
 * A span of years that is a plan period: up to ten years, or up to fifteen when it ends on a year of a long-range goal (a
 * multiple of five: 生态文明建设示范区建设规划(2023-2035年), 国土空间总体规划(2021—2035年)).
 */
function range(start: number, end: number): { start: number; end: number } | null {
  return end >= start && (end - start <= 10 || (end - start <= 15 && end % 5 === 0)) && start > 1900 ? { start, end } : null;
}

/**
 * `text` with every span of more than ten years blanked (same length): "临江市国土空间总体规划（2021—2035年）" cited in a
 * plan's head. A span of up to fifteen years (`range`) is a plan's period only where a title writes it (规划（2023—2035年）);
 * written in head text or a plan's first paragraphs, it is a long-range plan the text cites, not this plan's (review rev38).
 */
export function blankLongSpans(text: string): string {
  const folded = foldForMatch(text);
  let out = text;
  for (const form of PERIOD_FORMS.slice(0, 2)) {
    for (const m of folded.matchAll(new RegExp(form.re.source, 'g'))) {
      const p = form.read(m as RegExpExecArray, folded);
      if (p && p.end - p.start > 10) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    }
  }
  return out;
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

/** A plan named for its length: 三年行动计划, 三年攻坚实施方案, 5年专项行动 (the words of '几年计划加一个年份'). */
const LENGTH_NAMED = /([两二三四五六七八九十]|(?<!\d)\d{1,2})\s*年\s*(?:行动|计划|规划|方案|攻坚|专项|建设)/;
/**
 * A title naming a span of years by a five-year plan: 十四五, “十五五”, 十五规划/时期/期间/末/计划, 五年行动/规划/计划 — a plan
 * period, as the 五年规划 form reads it. Not a count inside an ordinary word: 十五分钟, 十五运会, 第十五届, 五年级.
 */
const SPAN_NAMED = new RegExp(
  '(?<![第一二三四五六七八九十百\\d])(?:[“"]十[一二三四五六七八九]?五[”"]|十[一二三四五六七八九]五(?![年个日号项条点万亿倍天度%\\d分届运岁周名人次])|十五(?=规划|时期|期间|末|计划))' +
    '|五年(?:实施|滚动|专项)?(?:行动|规划|计划|方案|攻坚|建设|发展|目标)',
);
/** The year a plan's text says its work is done by: 到2027年, 至2027年底 (folded view). */
const BY_YEAR = /(?:到|(?<!截)至)\s*((?:19|20)\d{2})\s*年/;
/** What a clause says was done already ("到2020年底，全区已建成…"): an account, not what the plan's work is done by. */
const DONE_ALREADY = /已|业已|完成了|实现了|建成了/;

/**
 * The period of a plan whose title gives its length without its years ("东坪区垃圾分类三年攻坚实施方案") from what its
 * text says the work is done by ("到2027年，全区生活垃圾回收利用率达到45%"): N years ending in the year of a 到/至 YYYY年
 * (2025–2027). With several such years, the end whose N years hold most of them, the earlier of equals ("到2025年… 到
 * 2026年… 到2027年…" → 2025–2027; "到2027年…, 到2035年远景…" → 2025–2027). Not a year of an account ("截至2020年底",
 * "到2020年底，全区已建成…": what was done before the plan). Not for a title that is part of a citation (a 《…》 broken
 * off: "五年规划和二〇三五年远景目标纲要》") or whose length is another plan's ("推进五年专项规划实施的工作方案"). For when
 * neither the title nor the head states the period. `issued`: the year the plan was issued (its date or 文号), when known —
 * the work of an N-year plan is done within N years of it.
 */
export function periodFromLength(title: string, paragraphs: string[], issued: number | null = null): PeriodFound | null {
  if (/[《》〈〉]/.test(title)) return null;
  const folded = foldForMatch(title);
  const m = LENGTH_NAMED.exec(folded);
  if (!m) return null;
  // the length of another plan the title names ("推进五年专项规划实施的工作方案"): not this plan's
  if (folded.indexOf('的', m.index + m[0].length) >= 0) return null;
  const n = /\d/.test(m[1]) ? +m[1] : cnToNumber(m[1]);
  if (!n || n < 2 || n > 10) return null;
  const years: { year: number; raw: string }[] = [];
  for (const p of paragraphs) {
    const f = foldForMatch(p);
    for (const y of f.matchAll(new RegExp(BY_YEAR.source, 'g'))) {
      const clause = f.slice(y.index + y[0].length).split(/[。；;！？]/)[0];
      if (DONE_ALREADY.test(clause)) continue;
      // a plan issued in a known year ends within its length after it: a year further on is a long-range goal
      // ("到2035年，基本建成…" in a 三年 plan of 2024), one before it an account
      if (issued !== null && (+y[1] > issued + n || +y[1] < issued)) continue;
      years.push({ year: +y[1], raw: p.slice(y.index, y.index + y[0].length) });
    }
  }
  let best: { year: number; raw: string } | null = null;
  let most = 0;
  for (const e of years) {
    const held = years.filter((y) => y.year <= e.year && y.year > e.year - n).length;
    if (held > most || (held === most && best && e.year < best.year)) { best = e; most = held; }
  }
  if (!best) return null;
  return { start: best.year - n + 1, end: best.year, inferredFrom: `${title.slice(m.index, m.index + m[0].length)} + ${best.raw}` };
}

/**
 * The period of a plan whose title names neither its years nor its length ("石嘴山市推动产业转型升级行动方案"), from what
 * its first paragraphs say (`paragraphs`, the head and the first parts' text): a length they give its work ("通过三年努力",
 * "用三年时间", "三年内") with the year the work is done by ("到2026年": 2024–2026, read as periodFromLength reads a
 * title's length); else a span of years they write ("2024—2026年，全市…"), when it is the only one written outside a
 * 《》 (a span inside 《》 is another plan's) and, the plan's year known (`issued`), it starts within a year of it. For when
 * neither the title nor the head states the period; reported as uncertain by the caller.
 */
const LENGTH_SAID = /(?:通过|用|利用|经过|力争|争取)\s*([两二三四五]|(?<!\d)[2-5])\s*年(?:左右)?(?:的)?(?:时间|努力|奋斗)|(?<![0-9一二三四五六七八九十]|近|过去|最近)([两二三四五]|[2-5])\s*年内(?!以来)/;
const LENGTHS_SAID = new RegExp(LENGTH_SAID.source, 'g');
/** A clause naming the object of one work ("对现有老旧管网，力争两年内完成更新改造"): a length after it is that work's. */
const WORK_OBJECT = /^(?:对(?![照标表])|针对|将|把)/;
/** A sentence telling what was done ("经过三年努力，全区已建成…"): its length is of the past. */
const DONE_SAID = /已|业已|取得了|完成了|实现了|建成了/;
/** How far into the text (paragraphs from the start) a plan named for its length is looked for its end year. */
export const PERIOD_TEXT_SPAN = 40;
/** A title naming its length (三年行动) or a five-year plan: its period is read from that, never from the text alone. */
export const LENGTH_TITLE = /[两二三四五六七八九十0-9]\s*年\s*(?:行动|计划|规划|方案|攻坚|专项|建设)|十[一二三四五六七八九]?五/;

/**
 * `lengthIn`: the paragraphs where the plan's length may be said — its head and preamble and the parts of its 总体要求 or
 * 目标 (parse.ts); a length in a task's text ("用三年时间完成公办幼儿园改扩建" under "一、扩大优质学前教育资源") is that
 * task's, not the plan's (review rev38). Never a length of the past ("近三年内竣工的", "过去三年内", "经过三年努力，全区已
 *建成…"), nor one said after the object of one work in its sentence ("对易涝积水点，争取两年内完成整治"; "对照…" is none).
 */
export function periodFromText(paragraphs: string[], issued: number | null = null, lengthIn: string[] = paragraphs): PeriodFound | null {
  // (every length a paragraph says, in order: one of the past or of one work's object passed over, the next one of the
  // same paragraph is read — "经过三年努力，全区已建成…。下一步，用三年时间…")
  lengths: for (const p of lengthIn) {
    const f = foldForMatch(p);
    if (!LENGTH_SAID.test(f)) continue;
    for (const m of f.matchAll(LENGTHS_SAID)) {
      const before = f.slice(0, m.index).split(/[。；;！？!?]/).pop()!.split(/[，,：:]/).map((c) => c.trim());
      if (before.some((c) => WORK_OBJECT.test(c)) || DONE_SAID.test(f.slice(m.index).split(/[。；;！？!?]/)[0])) continue;
      const raw = m[1] ?? m[2];
      const n = /\d/.test(raw) ? +raw : cnToNumber(raw);
      if (!n) continue;
      const found = periodFromLength(`${raw}年行动`, paragraphs, issued);
      if (found) return { ...found, inferredFrom: `${p.slice(m.index, m.index + m[0].length)} + ${found.inferredFrom!.split(' + ')[1]}` };
      break lengths;
    }
  }
  const spans = new Map<string, { start: number; end: number; raw: string }>();
  for (const p of paragraphs) {
    const f = foldForMatch(p).replace(/《[^《》]*》/g, (q) => ' '.repeat(q.length));
    const re = new RegExp(PERIOD_FORMS[0].re.source, 'g');
    for (const m of f.matchAll(re)) {
      const r = range(+m[1], +m[2]);
      // (a span of more than ten years in a plan's text is a long-range plan it cites: blankLongSpans)
      if (r && r.end - r.start <= 10) spans.set(`${r.start}-${r.end}`, { ...r, raw: p.slice(m.index, m.index + m[0].length) });
    }
  }
  if (spans.size !== 1) return null;
  const only = [...spans.values()][0];
  if (issued !== null && Math.abs(only.start - issued) > 1) return null;
  return { start: only.start, end: only.end, inferredFrom: only.raw };
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
export function docNumberChanges(raw: string): string {
  const what: string[] = [];
  if (/[\[\]［］【】()（）﹝﹞]/.test(raw)) what.push('括号不是六角括号〔〕');
  if (/\s/.test(raw)) what.push('有空格');
  if (/[０-９]/.test(raw)) what.push('全角数字');
  if (/第/.test(raw)) what.push('序号前有“第”');
  if (/號$/.test(raw)) what.push('繁体“號”');
  return what.join('、') || '写法不同';
}

/** A title naming a document of one year's work without its year: the 政府工作报告's tasks, a 工作要点, a 年度 plan. */
const ANNUAL_UNDATED = /政府工作报告|工作要点|年度(?:计划|重点|工作|目标|任务)/;
/**
 * The year of a plan whose title names a year's work without the year ("《政府工作报告》重点工作任务分解表", 115 printed
 * without the notice that names it) from its tasks' deadlines and targets: two or more milestones and indicators with
 * a year, every one in the same year (240 printed without the news headline that named 2026: its three targets "（2026
 * 年）"). Not for a title naming a year, a span or a length (readPeriod and periodFromLength read those). `years`: the
 * years of the plan's milestones and of its indicators that have one, in any order.
 */
export function yearOfDeadlines(title: string, years: readonly number[]): { year: number } | null {
  const f = foldForMatch(title);
  if (!ANNUAL_UNDATED.test(f) || /(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}/.test(f) || LENGTH_NAMED.test(f) || SPAN_NAMED.test(f)) return null;
  if (years.length < 2 || years.some((y) => y !== years[0])) return null;
  return { year: years[0] };
}

/**
 * The year whose work a notice delivers when neither its title nor a title it quotes gives a period: "…确定的2021年各项
 * 工作任务", "对2023年区政府工作目标任务进行分解" — a notice that is itself the plan (a 任务分解 notice whose 附件 title has no
 * year). Only one year may be named so; not an account ("2023年工作回顾/总结/完成情况", "在总结2024年工作的基础上",
 * "根据2024年目标考核结果"), nor, in a dated notice, a year before the date's; not for a title naming a length or a
 * five-year plan (三年行动, 十四五: periodFromLength reads those); not a heading ("（三）2026年度重点任务": one year of several).
 */
const YEAR_OF_WORK = /((?:19|20)\d{2})\s*年度?(?:的)?(?:全区|全县|全市|全镇|全旗|各项|全年|主要|重点|奋斗|经济社会发展的?|[区县市镇旗]?政府)*(?:工作|目标|任务)(?!回顾|总结|完成情况|报告)/g;
/** Before the year in its clause: a year of work looked back on ("在认真总结2024年工作的基础上", "回顾2024年工作"). */
const LOOKED_BACK_BEFORE = /(?:总结|回顾|过去|完成了)[^，。；,;：:]*$/;
/** After it in its clause: what came of that year ("根据2024年目标考核结果"; not 成效, which a plan's year is to bring). */
const LOOKED_BACK_AFTER = /^[^，。；,;：:]*?结果/;
/**
 * A year the plan prepares for, not one whose work it delivers: "为2021年工作开好局打下坚实基础", "为2027年全面完成目标
 * 奠定基础" — 为 before the year in its clause and a start or a groundwork after it (a 冬季 or 四季度 plan of the year
 * before; its own year is said elsewhere or not at all).
 */
const PREPARED_BEFORE = /为[^，。；,;：:为]{0,6}$/;
const PREPARED_AFTER = /^[^，。；,;：:]*?(?:开好局|起好步|打基础|打下[^，。；,;：:]{0,6}基础|奠定[^，。；,;：:]{0,6}基础|做好?准备|作好?准备)/;
export function yearOfWork(title: string | null, paragraphs: string[], issuedYear: number | null = null): { year: number; raw: string } | null {
  if (title && (LENGTH_NAMED.test(foldForMatch(title)) || SPAN_NAMED.test(foldForMatch(title)))) return null;
  let found: { year: number; raw: string } | null = null;
  for (const p of paragraphs) {
    // in a sentence only: a heading "（三）2026年度重点任务" is one year's group of a longer plan
    if (!/年/.test(p) || !/[，。；,;]/.test(p)) continue;
    const f = foldForMatch(p);
    for (const m of f.matchAll(YEAR_OF_WORK)) {
      const year = +m[1];
      // (a year looked back on is not the plan's; nor, when the notice is dated, a year before the date's)
      if ((issuedYear !== null && year < issuedYear) || LOOKED_BACK_BEFORE.test(f.slice(0, m.index)) || LOOKED_BACK_AFTER.test(f.slice(m.index + m[0].length))) continue;
      if (PREPARED_BEFORE.test(f.slice(0, m.index)) && PREPARED_AFTER.test(f.slice(m.index + m[0].length))) continue;
      if (found && found.year !== year) return null;
      found ??= { year, raw: p.slice(m.index, m.index + m[0].length) };
    }
  }
  return found;
}

/**
 * A year counted from the plan's first: "第一年完成2处，第二年新开工3处，第三年全部建成" in a plan of 2026—2028 (its period
 * in its title) steps through 2026, 2027, 2028 (batch 29). Only in a plan of several years and within them (第四年 of a
 * 三年 plan is no year of it); never a school year (第三年级) or a year already dated (第一年度2026年). Read for the
 * milestones (celltable.ts textMilestones) and for a target's year and name (indicators.ts findIndicators).
 * The plan's years open their clause ("，第二年完成…", a line's "第一年为启动攻坚年"), after 力争/确保/到… or the plan's
 * own name at most ("方案实施第一年"): a year counted from something else — a firm's tenancy ("入驻第一年给予租金全额补贴，
 * 第二年补贴50%"), a person's service ("工作满第3年的") — follows what it counts from, and the sentence's other 第N年 go on
 * counting from that (rev39 finding 4): none of that sentence is read.
 */
const RELATIVE_YEAR = /(?<![0-9一二三四五六七八九十])第\s*([一二三四五六七八九十]|[1-9])\s*年(?!级|龄|份|[0-9])/g;
/** What may stand between a clause's start and the plan's 第N年: 其中, an adverb of aim, 到/在/自, or the plan itself
 *  ("行动计划实施的第一年"). */
const PLAN_YEAR_BEFORE = /(?:^|[，,。；;：:、！？!?\s（(])(?:其中)?(?:力争|确保|计划|预计|争取)?(?:到|至|在|于|从|自)?(?:(?:本|该)?(?:规划|方案|计划|行动){1,2}(?:期|实施)?的?)?\s*$/;
/** Each 第N年 of the text that is a year of the period: where it stands, how long it is written, and its year. */
export function relativeYears(text: string, period: { start: number; end: number } | null): Array<{ at: number; length: number; year: number }> {
  if (!period || period.end <= period.start || text.indexOf('第') < 0) return [];
  const out: Array<{ at: number; length: number; year: number }> = [];
  let from = 0;
  for (const sentence of text.split(/(?<=[。！？!?\n])/)) {
    const at0 = from;
    from += sentence.length;
    const found: Array<{ at: number; length: number; year: number | null }> = [];
    let counted = false;
    for (const m of sentence.matchAll(RELATIVE_YEAR)) {
      const k = /[0-9]/.test(m[1]) ? +m[1] : cnToNumber(m[1]);
      if (!PLAN_YEAR_BEFORE.test(sentence.slice(0, m.index))) counted = true;
      found.push({ at: at0 + m.index!, length: m[0].length, year: k && k >= 1 && period.start + k - 1 <= period.end ? period.start + k - 1 : null });
    }
    if (!counted) for (const f of found) if (f.year !== null) out.push(f as { at: number; length: number; year: number });
  }
  return out;
}
export function datedRelativeYears(text: string, period: { start: number; end: number } | null): string {
  const found = relativeYears(text, period);
  if (!found.length) return text;
  let out = '';
  let last = 0;
  for (const f of found) {
    out += text.slice(last, f.at) + `${f.year}年`;
    last = f.at + f.length;
  }
  return out + text.slice(last);
}
