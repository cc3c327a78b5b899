/**
 * Text as it is printed in an official document: GB/T 15834 full-width punctuation in Chinese text,
 * year ranges with the 一字线, dates in Arabic numerals without zero padding (GB/T 9704 §7.3.5.4).
 * Environment-free; shared by the Word and Markdown exporters.
 */
import { halfWidthPunctuation } from '../lint';
import { cnDate, cnMonth } from '../text/cndate';
import { walk, type PlanDoc } from '../model/plan';
import { UNTITLED, isNoticeTitle, splitNotes } from '../text/notice';

const FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '(': '（', ')': '）' };
const YEAR_RANGE = /\b((?:19|20|21)\d\d)\s*[-－~～–]\s*((?:19|20|21)\d\d)(?!\d)/g;
/** A digit, then a dash or tilde: the cheap test before YEAR_RANGE. */
const YEAR_DASH = /\d\s*[-－~～–]/;

/**
 * Half-width , . : ; ( ) in Chinese text → ， 。 ： ； （ ） (the same positions the lint flags, so the
 * exporter and the editor agree); year ranges 2015-2017 → 2015—2017 (一字线, GB/T 15834 §4.13 ⚠ convention);
 * half-width ! ? next to Chinese → ！ ？. Latin text, decimals, URLs and list numbers (1.) are left alone.
 */
export function cnText(t: string): string {
  if (!t) return t;
  let s = t;
  const marks = halfWidthPunctuation(s);
  if (marks.length) {
    // marks are in order, one code unit each
    let out = '';
    let at = 0;
    for (const m of marks) { out += s.slice(at, m.start) + (FULL[m.char] ?? m.char); at = m.start + 1; }
    s = out + s.slice(at);
  }
  // the replacements only where their characters occur (most paragraphs have neither)
  if (YEAR_DASH.test(s)) s = s.replace(YEAR_RANGE, (all, a: string, b: string) => (Number(b) > Number(a) ? `${a}—${b}` : all));
  if (s.includes('!')) s = s.replace(/([\u4e00-\u9fff])[!]/g, '$1！');
  if (s.includes('?')) s = s.replace(/([\u4e00-\u9fff])[?]/g, '$1？');
  return s;
}

/** '2016-07-18' → '2016年7月18日', '2021-03' → '2021年3月' (shared/text/cndate.ts: the importer writes dates so too). */
export { cnDate, cnMonth };

/**
 * The date the 版记's 印发 line prints (GB/T 9704 §7.4.3, 印发日期: the day the document goes to print): the plan's
 * 印发日期 when it is a whole date, else its 成文日期 when whole, else none (the line prints the office alone).
 */
export function recordDate(meta: { issuedOn: string | null; printedOn?: string | null }): string | null {
  return cnDate(meta.printedOn) ?? cnDate(meta.issuedOn);
}

/** Paragraphs of a body: split on line breaks, trimmed, empty lines dropped. */
export function paragraphs(body: string): string[] {
  return body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** The separator between a derived number and the heading: 一、总体要求 / （一）指导思想 / 1.惠及 / 行动一：打造 / 专栏1　重点工程 / 第一部分　发展基础 … */
export function joinNumber(number: string, heading: string): string {
  if (!number) return heading;
  if (!heading) return number;
  if (/[、.．）)]$/.test(number)) return number + heading;
  if (/^第.+(?:[篇章节]|部分)$/.test(number)) return `${number}　${heading}`;
  if (/^[•·●▪◆■—–-]+$/.test(number)) return number + heading;
  if (/^附[件表]/.test(number)) return `${number}　${heading}`;
  if (/^专栏/.test(number)) return `${number}　${heading}`;
  if (/^[①-⑳]$/.test(number)) return number + heading;
  return `${number}：${heading}`;
}

/** Shorten to at most `max` characters, cutting after a sentence end when one is near; adds …… when cut. */
export function summarise(text: string, max: number): string {
  const t = text.replace(/\s*\n\s*/g, '').trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
  return cut >= max * 0.5 ? head.slice(0, cut + 1) : head + '……';
}

/** The plan title as printed: full-width punctuation, year range with 一字线. */
export function printedTitle(doc: PlanDoc): string {
  return cnText(doc.meta.title.trim() || UNTITLED);
}


/**
 * A plan that is itself the notice: its title a notice's (关于对…进行督办的通知, 关于…目标任务责任分解的通知), whether or
 * not its notice holds text of its own — a 督办 or 分解 notice's own opening ("…现将…分解给你们，有关事项通知如下：") is
 * that text, not another notice's. Unless that text opens with another notice's title (关于转发…的通知, the plan its
 * 附件). The exports do not publish it under another notice ("关于印发关于…的通知的通知", the plan as its 附件): the
 * 版头 heads the plan's own pages, its title the notice's, its notice text their opening, the signature after its text.
 */
export function isOwnNotice(doc: PlanDoc): boolean {
  if (!isNoticeTitle(doc.meta.title)) return false;
  const first = splitNotes(paragraphs(doc.meta.notice ?? '')).body[0] ?? '';
  return !isNoticeTitle(first) || sameTitle(first, doc);
}

/** A paragraph that says the plan's title again (scraped plans repeat it above the notice's text). */
const sameTitle = (p: string, doc: PlanDoc) => p.trim() === doc.meta.title.trim() || cnText(p.trim()) === printedTitle(doc);

/**
 * The notice as every export prints it (the Word cover, the page preview, the Markdown head) — one decision for all:
 * - `own`: the plan is itself the notice (isOwnNotice): `title` is the plan's, `body` the notice's own text, printed
 *   under the 版头 and 主送机关 before the preamble, no 附件 page;
 * - else the 印发 notice over the plan: `title` its own (a first paragraph 关于…的通知 of `meta.notice` — the importer
 *   keeps the title it read there —, else 关于印发<title>的通知), `body` its paragraphs, or, when it holds none and
 *   `made` is asked (the Word cover, the preview), the line 现将《…》印发给你们 the cover needs — not when the notice
 *   holds its title alone (`headline`: entered so, a news page's headline "…办公室印发《…》的通知"; printed as it is);
 * The body leaves out a first paragraph repeating the notice's or the plan's title; `notes` are the 附注 (printed below
 * the date); `issuer` the plan's office, else its district's 人民政府办公室.
 */
export function noticeParts(doc: PlanDoc, opts: { made?: boolean } = {}): { own: boolean; title: string; body: string[]; notes: string[]; issuer: string; headline: boolean } {
  const issuer = (doc.meta.issuer ?? '').trim() || (doc.meta.district ? `${doc.meta.city ?? ''}${doc.meta.district}人民政府办公室` : '');
  const own = isOwnNotice(doc);
  const { body: notice, notes } = splitNotes(paragraphs(doc.meta.notice ?? ''));
  const first = notice[0] ?? '';
  const title = own ? printedTitle(doc) : isNoticeTitle(first) ? cnText(first) : `关于印发${printedTitle(doc)}的通知`;
  const body = notice.filter((p, i) => !(i === 0 && (isNoticeTitle(p) || sameTitle(p, doc)))).map(cnText);
  // (a notice entered as its headline alone — "…办公室印发《…》的通知", no text under it, as a news page gives it — is
  // printed as it is: its title, no sentence made for it; the cover makes one only for a plan with no notice at all)
  const headline = !own && isNoticeTitle(first);
  if (!own && !body.length && opts.made && !headline) body.push(`现将《${printedTitle(doc)}》印发给你们，请认真贯彻执行。`);
  return { own, title, body, notes: notes.map(cnText), issuer, headline };
}

/**
 * Whether the plan's text already ends with its signature — its office and date as its last two lines (a 通知 read with
 * its signature left in its last part's text, as 190's under its 附件 line) —: a plan that is its own notice is then not
 * signed a second time (the second date came back as none).
 */
export function signedInText(doc: PlanDoc): boolean {
  const last = [...walk(doc.nodes)].at(-1)?.node;
  const lines = paragraphs(last?.body ?? '');
  const issuer = noticeParts(doc).issuer;
  const date = cnDate(doc.meta.issuedOn);
  return !!issuer && !!date && lines.length >= 2 && lines.at(-2) === issuer && cnText(lines.at(-1)!) === date;
}
