/**
 * Metadata from the head of a plan (the lines before its first numbered heading): the 通知 that published it,
 * the plan's own title, district, city, period, issuer, document number, date, addressees.
 */
import type { ImportReport, PlanMeta } from '../model/plan';
import type { Para } from './clean';
import { cnToNumber, fiveYearPlan, foldWidth } from './numerals';
import { similarity } from './tables';

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

const TITLE_WORD = /(行动计划|行动方案|计划|方案|规划|纲要|意见|实施方案)/;
const ISSUER = /^((?:[\u4e00-\u9fa5]{2,4}[省市])?[\u4e00-\u9fa5]{1,12}?(?:人民政府办公室|人民政府办公厅|人民政府|经济和信息化委员会|信息化委员会|委员会|办公室|局))/;
const NOT_DISTRICT = /^(城区|园区|社区|地区|市区|辖区|小区|城区内|新区)$|(试点区|示范区|功能区|商区|片区|街区|景区|校区|开发区)$/;

const PERIOD_RE = /((?:19|20)\d{2})\s*(?:年)?\s*(?:[-—–~～至到]+|——)\s*((?:19|20)\d{2})/;

export function findPeriod(text: string): { start: number; end: number } | null {
  const m = PERIOD_RE.exec(foldWidth(text));
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end >= start && end - start <= 10) return { start, end };
  }
  const f = /“?(十[一二三四五六七八九]?五)”?(?:规划|期间|时期)/.exec(text);
  return f ? fiveYearPlan(f[1]) : null;
}

export function findDistrict(text: string): string | null {
  const re = /(?:[\u4e00-\u9fa5]{2}[省市])?([\u4e00-\u9fa5]{2}(?:新区|区|县))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = m[1];
    if (NOT_DISTRICT.test(d) || /^(慧城|城区|智慧|推进|示范|试点|各区)/.test(d) || /(城区|社区|园区|市区|小区)$/.test(d)) { re.lastIndex = m.index + 1; continue; }
    return d;
  }
  return null;
}

const CN_DIGIT = '[〇○零ＯO一二三四五六七八九]';
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => iso(+m[1], +m[2], +m[3]) },
  { re: new RegExp(`(${CN_DIGIT}{4})年([十一二三四五六七八九]{1,3})月(?:([十一二三四五六七八九]{1,3})日)?`), read: (m) => iso(cnToNumber(m[1].replace(/O|Ｏ/g, '〇'))!, cnToNumber(m[2])!, m[3] ? cnToNumber(m[3])! : null) },
  { re: /(?<![0-9])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])/, read: (m) => iso(+m[1], +m[2], +m[3]) },
];

function iso(y: number, m: number, d: number | null): string | null {
  if (!(y > 1900 && y < 2100 && m >= 1 && m <= 12)) return null;
  if (d === null) return `${y}-${String(m).padStart(2, '0')}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function findDate(text: string): string | null {
  for (const p of DATE_PATTERNS) {
    const m = p.re.exec(text);
    if (m) return p.read(m);
  }
  return null;
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
    // "各委、办、局": a piece followed by single characters keeps them
    out.push(...pieces);
  }
  return out.filter(Boolean);
}

function isTitleCandidate(t: string): boolean {
  return TITLE_WORD.test(t) && t.length <= 70 && !/^(关于|《)/.test(t) && !/通知|[。；]$/.test(t) && !/[，,].*[，,]/.test(t) && !/^(根据|为|对接|按照|经)/.test(t);
}

/**
 * Read the head. `head` are the paragraphs before the first numbered heading; the title is the last
 * title-like line among them (the plan's own title comes after the notice that publishes it).
 */
export function readHead(headIn: Para[], uncertain: ImportReport['uncertain'], removed: ImportReport['removed']): HeadResult & { titleIndex: number } {
  let head = headIn;
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
  let titleIndex = -1;
  let toc: string[] = [];
  const tocIdx = new Set<number>();
  head.forEach((p, i) => {
    if (/^目\s*录/.test(p.text)) { tocIdx.add(i); toc = splitToc(p.text.replace(/^目\s*录\s*/, '')); removed.push({ line: p.line, text: p.text, reason: '目录(结构取自正文)' }); }
  });
  for (let i = 0; i < head.length; i++) if (!tocIdx.has(i) && isTitleCandidate(head[i].text)) titleIndex = i;
  if (titleIndex < 0) titleIndex = head.findIndex((p, i) => !tocIdx.has(i) && p.text.length <= 80);
  let title = titleIndex >= 0 ? head[titleIndex].text : '';
  const consumed = new Set<number>(tocIdx);
  if (titleIndex >= 0) consumed.add(titleIndex);
  // A period on the next line ("杨浦区“智慧城市”建设三年行动计划" / "2015-2017").
  const next = head[titleIndex + 1];
  if (title && !findPeriod(title) && next && /^[(（]?\s*(19|20)\d{2}\s*[-—–~～至到]+\s*(19|20)\d{2}\s*年?\s*[)）]?$/.test(next.text)) {
    title += next.text.startsWith('(') || next.text.startsWith('（') ? next.text : `(${next.text})`;
    consumed.add(titleIndex + 1);
  }
  title = title.replace(/\s+/g, ' ').trim();

  const before = head.slice(0, Math.max(0, titleIndex));
  const headText = head.map((p) => p.text).join('\n');
  let docNumber: string | null = null;
  let issuer: string | null = null;
  let issuerScore = -1;
  let issuedOn: string | null = null;
  let dateScore = -1;
  let addressees: string[] = [];
  const notice: string[] = [];
  let addresseeAt = -1;

  head.forEach((p, i) => {
    const t = p.text;
    const f = foldWidth(t);
    const dn = /([\u4e00-\u9fa5]{1,10})\s*[\[(（]\s*((?:19|20)\d{2})\s*[\])）]\s*(\d{1,4})\s*号/.exec(f);
    if (dn && i <= titleIndex && !docNumber) {
      docNumber = `${dn[1]}〔${dn[2]}〕${dn[3]}号`;
      consumed.add(i);
      if (!/〔/.test(t)) uncertain.push({ field: 'docNumber', raw: t, reason: '发文字号的括号不是六角括号〔〕,已规范化' });
    }
    const im = ISSUER.exec(t.replace(/^\s+/, ''));
    if (im && !/[。，,]/.test(t) && t.length <= 60) {
      // standalone or followed by a date: a signature (score 2); followed by 关于…通知: the notice title (score 1)
      const rest = t.slice(im[1].length).trim();
      const score = !rest || findDate(rest) ? 2 : /^关于/.test(rest) ? 1 : 0;
      if (score > issuerScore) { issuer = im[1]; issuerScore = score; }
      if (score === 2) consumed.add(i);
    }
    const d = findDate(t);
    if (d) {
      // a signing date (alone on its line or after the issuer) beats a web publication date in a title line
      const alone = t.replace(/\s+/g, '').length <= 14 || (im !== null && t.length <= 40);
      const score = alone ? 2 : 1;
      if (score > dateScore) {
        issuedOn = d;
        dateScore = score;
        if (d.length === 7) uncertain.push({ field: 'issuedOn', raw: t.match(/[〇○零ＯO一二三四五六七八九0-9]{4}年[^日]{1,3}月/)?.[0] ?? t, reason: `只写了年月(${d}),没有日` });
      }
      if (alone) consumed.add(i);
    } else if (/^(19|20)\d{5,6}$/.test(t.replace(/\s+/g, ''))) {
      // "2016718": 年/月/日 lost. Take it only when exactly one reading is a valid date, and say so.
      const raw = t.replace(/\s+/g, '');
      const y = +raw.slice(0, 4);
      const readings = [[raw.slice(4, 5), raw.slice(5)], [raw.slice(4, 6), raw.slice(6)]]
        .filter(([m, d]) => d && +m >= 1 && +m <= 12 && +d >= 1 && +d <= 31)
        .map(([m, d]) => iso(y, +m, +d)!);
      if (readings.length === 1 && dateScore < 2) {
        const other = issuedOn;
        issuedOn = readings[0];
        dateScore = 2;
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,按唯一可能读作 ${readings[0]}${other ?? webDate ? `(网页上另有日期 ${other ?? webDate},可能是发布日期)` : ''},请核对` });
      } else {
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,无法确定${readings.length ? `(可能是 ${readings.join(' 或 ')})` : ''},未采用` });
      }
      consumed.add(i);
    }
    if (i < titleIndex && addresseeAt < 0) {
      const am = /^([^:：。]{2,120}?)[:：](.*)$/.exec(t);
      if (am && /(各|委、办、局|人民政府|部门|单位|管委会|办事处)/.test(am[1]) && !/^(发布时间|来源|关于)/.test(am[1])) {
        addressees = splitAddressees(am[1]);
        addresseeAt = i;
        consumed.add(i);
        if (am[2].trim()) notice.push(am[2].trim());
      }
    }
  });
  if (!issuedOn && webDate) {
    issuedOn = webDate;
    uncertain.push({ field: 'issuedOn', raw: webDate, reason: `正文没有成文日期,采用网页标题中的日期 ${webDate}(可能是网页发布日期)` });
  }
  if (addresseeAt >= 0) {
    for (let i = addresseeAt + 1; i < titleIndex; i++) if (!consumed.has(i)) { notice.push(head[i].text); consumed.add(i); }
  }
  const titleWithPeriod = title;
  const period = findPeriod(titleWithPeriod) ?? findPeriod(headText);
  const district = findDistrict(title) ?? (issuer ? findDistrict(issuer) : null) ?? findDistrict(headText);
  const cityMatch = /([\u4e00-\u9fa5]{2})市/.exec(title + '\n' + (issuer ?? '') + '\n' + headText);
  const city = cityMatch && !/(城市|都市|超市|门市)$/.test(cityMatch[0]) ? cityMatch[0] : /上海/.test(headText) ? '上海市' : null;
  if (period && /十[一二三四五六七八九]?五/.test(title) && !PERIOD_RE.test(title)) {
    uncertain.push({ field: 'period', raw: /十[一二三四五六七八九]?五/.exec(title)![0], reason: `由五年规划名称推算为 ${period.start}–${period.end}` });
  }
  const preamble = head.slice(titleIndex + 1).filter((_, k) => !consumed.has(titleIndex + 1 + k));
  // lines before the title that are neither notice nor metadata (e.g. the notice title) are kept with the notice
  const noticeTitle = before.filter((_, i) => !consumed.has(i)).map((p) => p.text);
  return {
    titleIndex,
    meta: { title, district, city, period, issuer, docNumber, issuedOn, addressees },
    notice: [...noticeTitle.length ? [noticeTitle.join('')] : [], ...notice].join('\n'),
    preamble,
    toc,
    uncertain,
  };
}

/** Split a run-together table of contents into its headings ("第一章 “十五”回顾", "一、“十五”回顾" …) without numbers. */
function splitToc(s: string): string[] {
  return s
    .split(/(?=第[一二三四五六七八九十]+章)|(?=(?<![第一二三四五六七八九十])[一二三四五六七八九十]+、)/)
    .map((x) => x.replace(/^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、)/, '').replace(/\s+/g, '').trim())
    .filter(Boolean);
}
