/**
 * Lines of a plan's head that need reading before the head itself: a web page's index table (labels and cells),
 * the addressees of a notice, notice lines run together, letter-spaced lines and a table of contents run together
 * on one line. Used by meta.ts.
 */
import type { Para } from './clean';
import { foldForMatch } from '../text/fold';
import { DOC_NUMBER } from './dates';
import { paraWith } from './paracopy';

/**
 * Labels of a web page's index table and what their value is. Written as "索引号: | … | 主题分类: | …", one label per
 * line with the value on the next line, or "索 引 号 … 发文日期 2023-01-03" (spaces inside labels are allowed).
 */
export const INDEX_LABELS: { labels: string[]; field: 'issuedOn' | 'sent' | 'published' | 'docNumber' | 'issuer' | 'publisher' | 'source' | 'signer' | 'name' | 'other' }[] = [
  { labels: ['成文日期', '成文时间', '签发日期'], field: 'issuedOn' }, // the document's own date
  // the day it was sent or printed (版记's 印发日期): the document's date when nothing signs it, but the date signing it
  // (its 成文日期 [std §7.3.5]) outranks the cell
  { labels: ['印发日期', '发文日期', '发文时间', '公文生成日期'], field: 'sent' },
  { labels: ['发布日期', '发布时间', '生成日期', '公开日期', '公布日期', '更新日期', '更新时间', '生效日期', '施行日期', '实施日期', '废止日期', '失效日期', '颁发日期', '颁布日期'], field: 'published' }, // the web page's
  // (a law site's index — 法规库: 类别 / 文号 / 颁发日期 / 时效性, 发布部门 / 效力级别 — is a page's like any other)
  { labels: ['发文字号', '发文文号', '发布文号', '发文序号', '备注/文号', '文号', '字号'], field: 'docNumber' },
  { labels: ['发文机关', '发文机构', '发布机构', '发文单位', '发布单位', '制发机关', '发布部门', '制定机关'], field: 'issuer' },
  // (公开责任部门: the office a 政务公开 index names as answering for the page's publication — often the government's
  // office where the notice is the government's: the issuer only when no line of the document names one, rev39)
  { labels: ['公开责任部门'], field: 'publisher' },
  // (信息来源: where the page's text came from — the office that posted it, a newspaper, 本站: the issuer only when it is
  // an organ of a place and no line of the document names one, as a 公开责任部门 is; real batch 15's 04)
  // (…said 文章来源 by a CMS's article line, "发布日期:… 浏览次数:… 文章来源:X 文章作者:X": real batch 17's 05; its
  // 文章作者, 编辑, 审核 cells name the page's staff, 'other' below: 12)
  { labels: ['信息来源', '文章来源', '来源'], field: 'source' },
  { labels: ['签发人'], field: 'signer' }, // an upward document's (上行文) 签发人 [GB/T 9704 §7.2.6]
  { labels: ['名称', '标题', '文件名称'], field: 'name' }, // the notice title (关于印发《…》的通知)
  { labels: ['索引号', '文章作者', '责任编辑', '编辑', '审核', '主题分类', '体裁分类', '公文种类', '主题词', '关键词', '关键字', '组配分类', '所属机构', '有效性', '时效', '公开类型', '公开属性', '公开期限', '公开方式', '分类', '所属类别', '文件来源', '内容概述', '是否有效', '效力状态', '有效状态', '公开范围', '公开时限', '公开目录', '公开形式', '类别', '法规类别', '效力级别', '效力等级', '时效性'], field: 'other' },
];

/** The addressees of a notice: "区政府各委、办、局,各街道办事处:" — text before the first colon naming bodies. */
export const ADDRESSEES = /^([^:。]{2,120}?):(.*)$/;
export const ADDRESSEE_WORDS = /(各|委、办、局|人民政府|部门|单位|管委会|办事处)/;
/**
 * A report's occasion line, with or without its dash: "——在X区第二届人民代表大会第四次会议上", "2021年12月15日在X县…会议上"
 * (no sentence mark in it): a line of its own (clean.ts joinBroken), no title nor above one (meta.ts).
 */
export const OCCASION_LINE = /^\s*(?:[—－-]{1,2}\s*)?(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^。；;，,、]{4,60}(?:会议|大会)上\s*$/;
/**
 * The first half of an occasion line a page wraps, "——2024年12月28日在X区第十届人民代表大会" over "第四次会议上"
 * (OCCASION_TAIL): the dash, 在 and the congress's or committee's name, no sentence mark.
 */
export const OCCASION_HEAD = /^\s*[—－-]{1,2}\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^。；;，,、]{4,60}(?:大会|代表|委员会)\s*$/;
export const OCCASION_TAIL = /^\s*第.{1,6}次(?:全体)?会议上\s*$/;
/** A document site's badge closing a document's name it lists: "…工作报告VIP专享", "…工作要点 会员专享". */
export const SITE_BADGE = /(?<=(?:报告|规划|纲要|计划|方案|要点|意见|通知|决定|办法|清单|总结|思路)[)）]?)\s*(?:VIP|会员)\s*(?:专享|专属|免费|文档)?$/i;
/** A document site's counters over the document it lists, one a line behind a list's bullet: "- 0" (views, downloads),
 *  "- 约4.3千字", "- 约 9页", "- 2026-01-27 发布于四川", "- 举报" (clean.ts HEAD_CHROME). */
export const SITE_COUNTER = /^(?:[-–•·*]\s*\d{1,7}|(?:[-–•·*]\s*)?(?:约\s*\d+(?:\.\d+)?\s*[千万]?字|约\s*\d+\s*页|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传)于\s*[^\s。，,；;：:]{2,10}|举报))$/;
/** A document site's word for a sample closing the name it lists: "…工作计划模版", "…工作总结范文", "…实施方案模板（通用）". */
export const SITE_TEMPLATE = /(?<=(?:报告|规划|纲要|计划|方案|要点|意见|办法|清单|总结|思路|安排|打算)[)）]?)\s*(?:模[版板]|范文|范本|样本)(?:[(（](?:通用|精选|最新|\d{1,2}篇)[)）])?$/;
// (…nor a speech's salutation, "各位代表：", "各位代表、各位委员：" — a report delivered to a congress is sent to nobody: the
// lines after it are the report's, not a notice's; real batch 19's 05)
export const NOT_ADDRESSEES = /^(发布时间|来源|关于)|^各位(?:代表|委员|同志|领导|来宾|嘉宾)(?:[，,、\s]*各位(?:代表|委员|同志|领导|来宾|嘉宾))*\s*$/;
/**
 * A sentence ending in a colon is no list of addressees though it names a 部门 or a 单位: one leading into what follows
 * ("…现就重点工作提出部门分工意见如下：", "…现就有关事项通知如下：") — the introduction of a 意见 or 通知 issued
 * directly, right under its title when it has no addressees (plain Word prints none).
 */
export const LEAD_IN = /如下\s*$/;

/** An organ named without whose it is ("人民政府", "办事处"): after 、, the second organ of the addressee before it. */
const BARE_ORGAN = /^(?:人民政府|政府|办事处|管委会|管理委员会|党委|党工委|工委|党组|人大|政协|村委会|居委会)$/;
/**
 * "区政府各委、办、局,各街道办事处、镇政府" → ["区政府各委、办、局", "各街道办事处", "镇政府"]: 、 splits names, but not
 * single characters (委、办、局), nor an organ that names no owner — "各镇党委、人民政府", "各街道党工委、办事处" are one
 * addressee each (each town's committee and government; "人民政府" alone addresses nobody).
 */
export function splitAddressees(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[,，;；]/)) {
    const pieces: string[] = [];
    for (const piece of part.split('、').map((x) => x.trim())) {
      if ((piece.length <= 1 || BARE_ORGAN.test(piece)) && pieces.length) pieces[pieces.length - 1] += '、' + piece;
      else if (piece) pieces.push(piece);
    }
    out.push(...pieces);
  }
  return out.filter(Boolean);
}

type IndexField = (typeof INDEX_LABELS)[number]['field'];
let indexLabelRe: RegExp | null = null;
let indexLabelAt: RegExp | null = null;
let indexLabelField: Map<string, IndexField> | null = null;

/**
 * Index-table cells of a line ("成文日期:2021-03-05 | 发布日期:2021-03-10"), when the line starts with a label
 * (after a bullet or a table bar); `end === start` for a label whose value is on the next line.
 */
export function indexCells(f: string): { field: IndexField; start: number; end: number }[] {
  if (!indexLabelRe || !indexLabelField) {
    const all = INDEX_LABELS.flatMap((l) => l.labels.map((x) => ({ x, field: l.field }))).sort((a, b) => b.x.length - a.x.length);
    indexLabelRe = new RegExp(all.map((l) => [...l.x].join('\\s*')).join('|'), 'g');
    indexLabelAt = new RegExp(indexLabelRe.source, 'y');
    indexLabelField = new Map(all.map((l) => [l.x, l.field]));
  }
  const hits: { field: IndexField; at: number; valueAt: number }[] = [];
  // a label line starts with a label (after a bullet or a bar): test that first
  // (labels in square brackets, "[ 发文字号 ] | …", as some index tables print them, or in 【】 as law sites do:
  // "【发布文号】晋政发[2008]8号")
  // (…numbered as a list, "1. [主题分类] 城乡建设" ⏎ "2. [发文机构] …", as a page prints its index table)
  const lead = /^(?:\s*\d{1,2}[.、]\s*(?=[[【]))?[\s|•·*\-[【]*/.exec(f)![0].length;
  indexLabelAt!.lastIndex = lead;
  if (!indexLabelAt!.test(f)) return [];
  indexLabelRe.lastIndex = 0;
  for (let m = indexLabelRe.exec(f); m; m = indexLabelRe.exec(f)) {
    const after = /^\s*[\]】]?\s*[:：]?[\s|]*/.exec(f.slice(m.index + m[0].length))![0];
    // a label is followed by a colon, a space, a bar or the end; "文号" inside a word or sentence is not a label
    const atEnd = m.index + m[0].length + after.length >= f.length;
    if (!after && !atEnd) continue;
    if (m.index > 0 && /[\u4e00-\u9fa5]/.test(f[m.index - 1])) continue;
    hits.push({ field: indexLabelField.get(m[0].replace(/\s+/g, ''))!, at: m.index, valueAt: m.index + m[0].length + after.length });
  }
  if (!hits.length || !/^(?:\s*\d{1,2}[.、]\s*(?=[[【]))?[\s|•·*\-[【]*$/.test(f.slice(0, hits[0].at))) return [];
  // "标题" alone on a line is a heading, not a label: a label line has a colon, a bar, or two labels
  if (hits.length === 1 && !/[:：|]/.test(f.slice(hits[0].at, hits[0].valueAt)) && hits[0].valueAt >= f.length) return [];
  return hits.map((h, k) => {
    const end = k + 1 < hits.length ? hits[k + 1].at : f.length;
    let a = h.valueAt;
    let b = end;
    while (b > a && /[\s|[【]/.test(f[b - 1])) b--;
    while (a < b && /[\s|]/.test(f[a])) a++;
    return { field: h.field, start: a, end: b };
  });
}

/**
 * Lines of a notice run together (a notice title, its 文号 and the addressees on one paragraph, as text re-joined
 * from broken lines may be): split after "…关于…的通知" and after a 文号 that follows it. Parts keep their line.
 */

export function splitNoticeLines(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p0 of paras) {
    const p = letterSpaced(p0.text) ? paraWith(p0, { text: p0.text.replace(/\s+/g, '') }) : p0;
    let rest = p.text;
    for (let k = 0; k < 3 && rest; k++) {
      const f = foldForMatch(rest);
      // (with the 》 of a notice title a web page quotes whole: "《…关于印发…的通知》" ⏎ 文号)
      const title = /^[^。，,:]*?(?:关于|印发|转发)[^。:]*?的(?:通知|函|决定)[》〉」”"]?(?=\s*\S)/.exec(f);
      const dn = !title && k > 0 ? new RegExp(`^\\s*${DOC_NUMBER.source}(?=\\s*\\S)`).exec(f) : null;
      const cut = title?.[0].length ?? dn?.[0].length ?? 0;
      if (!cut || cut >= rest.length) break;
      // only where a 文号 or the addressees follow ("…的通知 2016-07-28" is a web page's title with its date)
      const after = f.slice(cut).trim();
      const am = ADDRESSEES.exec(after);
      if (!DOC_NUMBER.test(after.slice(0, 24)) && !(am && ADDRESSEE_WORDS.test(am[1]))) break;
      out.push(paraWith(p, { text: rest.slice(0, cut).trim() }));
      rest = rest.slice(cut).trim();
    }
    if (rest) out.push(rest === p.text ? p : paraWith(p, { text: rest }));
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
export function splitToc(s: string): string[] {
  return s
    .split(/(?=第[一二三四五六七八九十]+章)|(?=(?<![第一二三四五六七八九十])[一二三四五六七八九十]+、)/)
    .map((x) => x.replace(/^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、)/, '').replace(/\s+/g, '').trim())
    .filter(Boolean);
}
