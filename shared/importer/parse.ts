/**
 * Text → plan tree. Forgiving: text that fits no structure stays as body text of the nearest node and is counted;
 * annex tables that repeat the tasks (department columns, yearly milestones) enrich the tasks instead of adding new ones.
 */
import { FORMAT, countKinds, walk, type ImportReport, type LevelMapping, type PlanDoc, type PlanNode, type SourceInfo } from '../model/plan';
import { closeScanSpacing, dropPageFurniture, dropPinyinNotes, dropToc, joinBroken, toParagraphs, type Para } from './clean';
import { findResponsibility, isRolesLine } from './departments';
import { BRACKET_TITLE, DECIMAL_TOP, RUN_IN_TITLE, RULE, foldScript, kindHint, matchView, rankOf, readMarker, type Marker, type MarkerStyle } from './grammar';
import { closingResponsibility, sharedResponsibility } from './sharedresp';
import { OutlineBuilder, YEAR_STYLE, assignKinds, isNotTaskNode, levelsOf, makeDraft, responsibilityOf, underGoal, type Draft } from './levels';
import { readHead, type HeadResult } from './meta';
import { LENGTH_TITLE, PERIOD_TEXT_SPAN, periodFromLength, periodFromText, writesRepublicYear, yearOfDeadlines } from './dates';
import { periodText } from '../model/period';
import { applyTaskTables, isTableStart, type TableRegion } from './tables';
import { applyCellTables, applyIndicatorRows, boxProjectRows, cellRuns, isTotalRow, numberedGroups, indicatorRuns, readIndicatorTable, tableTaskRows, taskTableHeader, type TableTaskRow } from './celltable';
import type { SourceLine } from './types';
import { declaredCounts, numberingWarnings, structureWarnings } from './selfcheck';
import { readFieldLine } from './fieldlines';
import { repeatedAnnexes } from './repeated';
import { attachmentListLines, bracketTitles, fillDittoCells, headingAfterStages, runInTitles, decimalTops, widePoints, dropBanji, fieldBullets, fieldCards, mentionFields, joinAnnexTitles, labelledFieldRuns, openingTop, shiOpening, readSignature, signatureAt, FOOTNOTE_LINES, markNoteRuns, splitFieldTail, splitHeading, splitRunTogether, translatesHeadings, splitTitleLine, unwrapPlanAnnex, yearHeadings } from './paragraphs';
import { enrich } from './enrich';
import { indexCells } from './headlines';
import { foldForMatch } from '../text/fold';
import { isNoteLine } from '../text/notice';
import { LEADING_TASK_BOX } from './formats/text';
import { LEAD_LABEL, PARTNER_LABEL } from './labels';

export interface ParseOptions {
  fileName: string;
  source?: SourceInfo | null;
  /** The planner's correction of the inferred levels, by marker style key. */
  mapping?: LevelMapping;
}

export type { Draft } from './levels';
export { splitHeading, splitRunTogether } from './paragraphs';


/** A line that names the departments responsible ("牵头单位：…", "【责任单位：…】"). */
const RESP_LINE = new RegExp(`^[（(【\\[]?\\s*\\**\\s*${LEAD_LABEL}\\s*\\**\\s*[:：]`);
const PARTNER_LINE = new RegExp(`^[（(【\\[]?\\s*\\**\\s*${PARTNER_LABEL}\\s*\\**\\s*[:：]`);
/** A point of a list ((1), 1), ①, •, a Word or Markdown list paragraph, the （一） clauses of an article), not a heading of the plan. */
const isPoint = (d: Draft) => rankOf(d.style) >= rankOf('paren') || d.parent?.style === 'article';

/** A paragraph's marker, unless it is a table row or the planner mapped its style to body text. */
function markerOf(p: Para, mapping: ParseOptions['mapping'], skip: ReadonlySet<MarkerStyle> = NONE): Marker | null {
  if (p.cells || FOOTNOTE_LINES.has(p)) return null;
  // a bulleted Word list paragraph has its bullet in the numbering, not in the text: it is a bullet point
  const m = readMarker(p.text) ?? (p.list && !p.list.ordered ? { style: 'bullet', raw: '•', n: 0, rest: p.text.replace(LEADING_TASK_BOX, '') } : null);
  if (!m || mapping?.[m.style]?.kind === 'text' || skip.has(m.style)) return null;
  if (m.style === 'bullet' && LONE_QUERY.has(p)) return null;
  // a web page's index table as a numbered list ("1. [主题分类] 城乡建设", "5. [发文字号] 朝政办发〔2026〕2号"): the
  // page's record, read in the head (headlines.ts indexCells), no heading (markIndexLists)
  if (INDEX_LIST.has(p)) return null;
  // (a number alone is no heading in a text — a table's serial number, a page's — but a marker that names what it numbers
  // may stand alone, "第一阶段" over its name and dates (grammar `alone`), and a heading of only its number, a
  // Markdown "### 1." or a Word heading style over it, is a point with no heading of its own: the text under it is its text)
  if (!(m.rest.length > 0 || RULE[m.style]?.bodyOnly || RULE[m.style]?.alone || m.style === 'appendix' || (p.heading !== undefined && !m.rest.trim()))) return null;
  // "一是…，二是…；三是…" in one paragraph: the list runs on inside it (the text of the heading above, as a task's run-in
  // text printed under its heading by the Word export), not a point of its own
  if (m.style === 'shi' && m.n === 1 && SHI_RUNS_ON.test(m.rest)) return null;
  // so does a numbered list written in one paragraph, its points cut by ； or ， ("1.完善基础设施，…；2.增设…；3.推进…。"
  // under "（一）实施老旧小区改造", as the Word export prints a run-in heading's text under it)
  if (m.n === 1 && RUNS_ON[m.style]?.test(m.rest)) return null;
  return m;
}
/**
 * The paragraphs' markers as markerOf reads them, read once for the passes that follow: the passes of parsePlan that
 * place the body (year lines, bracket and run-in titles, wide points, where the body starts, the notice's lists, the
 * opening top, placeParagraphs) each went over the paragraphs and read them again — ~5 readings of each paragraph, each
 * a slice of its head hashed into readMarker's cache, the Marker made anew and markerOf's sets asked. Only paragraphs
 * with a marker are kept (one not in it reads as text). Valid while the paragraphs, their texts and the sets markerOf
 * asks (LONE_QUERY, INDEX_LIST, FOOTNOTE_LINES) stay as they were: parsePlan reads the body again once the signature is
 * read and the footnotes are marked.
 */
function readMarkers(paras: Para[], mapping: ParseOptions['mapping'], skip: ReadonlySet<MarkerStyle>): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  for (let i = 0; i < paras.length; i++) {
    const m = markerOf(paras[i], mapping, skip);
    if (m) out.set(paras[i], m);
  }
  return out;
}

/** A line opening with a "?" a text export left for a character it could not encode (grammar.ts rule bullet). */
const QUERY_START = /^[?？]\s*[\u4e00-\u9fff]/;
/**
 * Lines whose "?" is no lost bullet: a bullet's "?" opens the points of a list, two or more in one block (between the
 * lines with another marker; a point's wrapped lines between them); a line alone with one lost a character of its
 * text ("?家庄村道路硬化…", a rare character made with 造字程序). Set per parse (parsePlan), read by markerOf.
 */
const LONE_QUERY = new WeakSet<Para>();
function markLoneQueries(paras: Para[]): void {
  const q = (p: Para) => !p.cells && QUERY_START.test(p.text);
  /** Another "?" line from i on in direction d, over lines without a marker. */
  const another = (i: number, d: number) => {
    for (let j = i + d; j >= 0 && j < paras.length && !paras[j].cells; j += d) {
      if (q(paras[j])) return true;
      if (readMarker(paras[j].text) || paras[j].heading !== undefined) return false;
    }
    return false;
  };
  for (let i = 0; i < paras.length; i++) if (q(paras[i]) && !another(i, -1) && !another(i, 1)) LONE_QUERY.add(paras[i]);
}
/**
 * Numbered lines that are a web page's index table printed as a list: two or more in a row, each a bracketed index
 * label (headlines.ts INDEX_LABELS: 主题分类, 发文字号, 成文日期 …) and a short value — "1. [发文机构] 云溪区人民政府办公室" ⏎
 * "2. [成文日期] 2025-05-06". A task of the text opening with a bracketed word ("1.【分类】推进生活垃圾分类全覆盖，…"), its
 * value a sentence, or a line alone among tasks, stays a heading. Set per parse (parsePlan), read by markerOf.
 */
const INDEX_LIST = new WeakSet<Para>();
/** An index table's value: a name, a date, a 文号 — no sentence. */
const INDEX_VALUE = /^[^。；;，,]{0,40}$/;
function markIndexLists(paras: Para[]): void {
  const label = (p: Para) => {
    if (p.cells) return false;
    const m = readMarker(p.text);
    if (!m || (m.rest[0] !== '[' && m.rest[0] !== '【')) return false;
    const f = foldForMatch(m.rest);
    const cells = indexCells(f);
    return cells.length > 0 && cells.every((c) => INDEX_VALUE.test(f.slice(c.start, c.end)));
  };
  // (a value wrapped onto lines of its own, "2. [发文机构] 临江市青川" ⏎ "区人民政府办公室", goes on with the run)
  const wrapped = (p: Para) => !p.cells && !readMarker(p.text) && INDEX_VALUE.test(foldForMatch(p.text).trim());
  for (let i = 0; i < paras.length; i++) {
    if (!label(paras[i])) continue;
    const run = [paras[i]];
    let j = i + 1;
    for (; j < paras.length; j++) {
      let k = j;
      while (k < paras.length && wrapped(paras[k])) k++;
      if (k >= paras.length || !label(paras[k])) break;
      run.push(paras[k]);
      j = k;
    }
    if (run.length >= 2) for (const p of run) INDEX_LIST.add(p);
    i = j - 1;
  }
}
const SHI_RUNS_ON = /[，,；;。]\s*二是/;
const RUNS_ON: Partial<Record<MarkerStyle, RegExp>> = {
  arabic: /[；;]\s*2\s*[.、．](?![0-9])/,
  paren: /[；;]\s*[(（]\s*2\s*[)）]/,
  halfparen: /[；;]\s*2\s*[)）]/,
  circled: /[；;，,]\s*②/,
};

const NONE: ReadonlySet<MarkerStyle> = new Set();
const NO_ARTICLES: ReadonlySet<MarkerStyle> = new Set(['article']);
/** A chapter marker run together with the text around it ("…（试行） 第一章 总则 第一条…"). */
const INLINE_CHAPTER = /(?:^|\s)第[一二三四五六七八九十百0-9０-９]{1,4}章\s/;
/** A title naming a text written in articles: 办法, 细则, 规定, 条例, 若干措施, 实施意见… */
const ARTICLED_TITLE = /办法|细则|规定|条例|规则|章程|准则|守则|若干措施|若干举措|若干政策|实施意见|若干意见/;

/**
 * Is the document written in articles (第一条, 第二条 … as its points)? When it has chapters (第一章, also run together
 * with the text around it), when one of the short lines before its first numbered heading (the title) names a
 * regulation-like text, or when its paragraphs open with a run of articles (articleRun). Elsewhere a sentence that starts "第一条为12号线延伸段" counts the first of two lines, not an
 * article.
 */
function articled(paras: Para[]): boolean {
  let seen = 0;
  for (const p of paras) {
    if (p.cells) continue;
    const m = readMarker(p.text);
    if (m?.style === 'chapter' || INLINE_CHAPTER.test(p.text)) return true;
    if (seen < 12 && !m && p.text.length <= 80 && ARTICLED_TITLE.test(matchView(p.text))) return true;
    if (m && m.style !== 'appendix') seen = 12;
    else seen++;
  }
  return articleRun(paras);
}

/**
 * Do the capital numerals (壹、貳、參、) number this text? Only as a run that starts at 壹: their other digits are words
 * too — "陆、海、空多式联运" (land, sea, air), 伍 a surname —, so a text whose first 大写 marker is not 壹 has none (review
 * rev35: "陆、海、空…" in a task's text made a top-level part and moved the plan's tasks under it).
 */
function daxieRun(paras: Para[]): boolean {
  for (const p of paras) {
    if (p.cells) continue;
    const m = readMarker(p.text);
    if (m?.style === 'daxie') return m.n === 1;
  }
  return false;
}

/** Styles that head what articles stand in: a run of articles with one of them inside is no text written in articles. */
const ABOVE_ARTICLES: ReadonlySet<MarkerStyle> = new Set(['cn', 'part', 'jie']);

/**
 * A text whose points are articles whatever its title (a 工作方案 of 第一条 … 第十五条): paragraphs opening with
 * 第一条, 第二条, 第三条 — at least three, numbered on by one from 第一条 — with no 一、, 第X部分 or 第X节 heading among
 * them. Two lines "第一条为12号线…" / "第二条为…" under a 一、 heading are no such run.
 */
function articleRun(paras: Para[]): boolean {
  let next = 1;
  for (const p of paras) {
    if (p.cells) continue;
    const m = readMarker(p.text);
    if (!m) continue;
    if (m.style === 'article') {
      if (m.n === next) next++;
      else if (m.n === 1) next = 2;
      if (next > 3) return true;
    } else if (ABOVE_ARTICLES.has(m.style)) next = 1;
  }
  return false;
}

/** The style key of an unnumbered Word/Markdown heading: the marker style its level uses elsewhere, else h1…h9. */
function headingStyles(paras: Para[]): Map<number, MarkerStyle> {
  const votes = new Map<number, Map<MarkerStyle, number>>();
  for (const p of paras) {
    if (p.heading === undefined || p.cells) continue;
    const m = readMarker(p.text);
    if (!m || m.style === 'bullet') continue;
    const v = votes.get(p.heading) ?? votes.set(p.heading, new Map()).get(p.heading)!;
    v.set(m.style, (v.get(m.style) ?? 0) + 1);
  }
  const out = new Map<number, MarkerStyle>();
  for (const [h, v] of votes) out.set(h, [...v].sort((x, y) => y[1] - x[1])[0][0]);
  return out;
}

/**
 * Where the body starts: the first heading that opens a numbering sequence the document continues (一、 followed
 * later by 二、; (一) by (二) …), or a labelled heading (第一章, 行动一, 重点任务1), or a Word/Markdown heading after the
 * title. Everything before it is the head: notice, title, preamble.
 */
function bodyStart(paras: Para[], marker: (p: Para) => Marker | null): number {
  // (by a loop: the array map() returns is of another hidden class in optimised code than in the interpreter, and
  // V8 threw bodyStart's optimised code away when that changed)
  const markers: (Marker | null)[] = [];
  for (let i = 0; i < paras.length; i++) { const p = paras[i]; markers.push(/^目\s*录/.test(p.text) ? null : marker(p)); }
  // bounded: at most 50 candidates, each looking 400 paragraphs ahead for its second heading
  // The document's one top-level Word/Markdown heading, unnumbered, after a notice ("关于印发…的通知", 文号, 主送, its
  // text, office, date, then "# 某区…行动计划"): the title of the plan the notice publishes, as a single "#" is a
  // Markdown text's title — the head goes on (the title is read there), the body starts at a heading after it.
  let topHeadings = 0;
  for (const p of paras) if (p.heading === 1 && !p.cells) topHeadings++;
  for (let i = 0, tried = 0; i < paras.length && tried < 50; i++) {
    const p = paras[i];
    if (p.heading !== undefined && p.heading <= 2 && i > 0 && !p.cells && !(p.heading === 1 && topHeadings === 1 && !markers[i])) return i;
    const m = markers[i];
    if (!m || m.style === 'bullet') continue;
    if (['part', 'pian', 'chapter', 'action', 'keytask', 'jie'].includes(m.style)) return enclosing(markers, i);
    // the body never starts inside an annex ("附件1" then its own 1. 2.); a notice's "附件：1.…" list is no annex
    if (m.style === 'appendix') { if (/^\s*[0-9０-９]/.test(m.rest)) continue; break; }
    if (m.n !== 1) {
      // an excerpt that opens mid-document, its first line a heading numbered past 1 ("三、重点任务", no title before
      // it): the body starts there when the document goes on with the next number of the style (四、)
      if (i === 0 && m.n > 1) {
        for (let j = 1; j < paras.length && j <= 400; j++) {
          const o = markers[j];
          if (o && o.style === m.style && o.n === m.n + 1) return 0;
          if (o && rankOf(o.style) < rankOf(m.style) && o.style !== 'appendix') break;
        }
      }
      continue;
    }
    tried++;
    for (let j = i + 1; j < paras.length && j <= i + 400; j++) {
      const o = markers[j];
      if (o && o.style === m.style && o.n === 2) return enclosing(markers, i);
      // a higher-ranked style before the sequence goes on: this was a list inside the head (a style without a level of
      // its own, grammar `relative` — 第一阶段 over 一、二、 — holds any style)
      if (o && !RULE[m.style]?.relative && rankOf(o.style) < rankOf(m.style) && o.style !== 'appendix') break;
    }
  }
  const lone = markers.findIndex((m) => m && m.style !== 'bullet' && m.style !== 'appendix');
  return lone >= 0 ? lone : paras.length;
}

/** A signature's date standing alone ("2025年2月26日", "二〇二五年二月二十六日"). */
const DATE_LINE = /^\s*(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*$/;
/** A notice's title ("…关于印发…的通知", "关于下达…的通知"). */
const NOTICE_TITLE = /关于.{2,80}的通知/;

/**
 * The body found at `first` is the notice's own list when the notice numbers its requests ("现印发给你们，并就有关事项
 * 通知如下：一、提高站位… 二、加强协作… 三、强化督办…") and the plan follows its signature: a date standing alone after
 * that list, then a heading numbered 1 of the same style again (the plan's 一、). The body starts in what follows the
 * date, the list stays the notice's text. Only behind a notice's title, and only with the date and the restart found.
 */
function afterNoticeList(paras: Para[], first: number, markers: (p: Para) => Marker | null, start: (rest: Para[]) => number): number {
  const m0 = first < paras.length ? markers(paras[first]) : null;
  if (!m0 || m0.n !== 1) return first;
  let noticed = false;
  // (behind a notice's title, or — an excerpt opening at its addressees — behind the sentence that sends the plan:
  // "现将《X》印发给你们", "《X》已经区政府同意，现印发给你们")
  for (let i = 0; i < first && !noticed; i++) noticed = !paras[i].cells && (NOTICE_TITLE.test(foldForMatch(paras[i].text)) || SENDS.test(foldForMatch(paras[i].text)));
  if (!noticed) return first;
  for (let j = first + 1; j < paras.length && j <= first + 60; j++) {
    const p = paras[j];
    if (p.cells || p.text.length > 20 || !DATE_LINE.test(p.text)) {
      const o = p.cells ? null : markers(p);
      // the same style numbered 1 again before any signature: no notice list
      if (o && o.style === m0.style && o.n === 1) return first;
      continue;
    }
    for (let k = j + 1; k < paras.length && k <= j + 8; k++) {
      const o = paras[k].cells ? null : markers(paras[k]);
      if (o && o.style === m0.style && o.n === 1) return j + 1 + start(paras.slice(j + 1));
    }
    return first;
  }
  return first;
}

/** The sentence of a notice sending what it publishes: "…现印发给你们", "现将…印发你们", "…印发给你们，请认真贯彻执行". */
const SENDS = /(?:现将|现予|现)?印发(?:给)?你们/;

/** What a notice publishes, named in its title ("…关于印发《X》的通知", "关于下达X的通知") — X. */
const PUBLISHES = /关于(?:印发|下达|分解)(.{4,80}?)的通知/;
const TITLE_NOISE = /[《》〈〉<>“”"\s]/g;
const ATTACHED_FILE = /\.(?:docx?|wps|pdf|ofd|xlsx?|et)$/i;

/**
 * The body found at `first` is the notice's own requests when the plan the notice publishes is not in the text (a web
 * page's excerpt, or a page giving the plan as a separate file): behind a notice whose title names what it publishes
 * ("关于印发…分解的通知"), a single run of headings of one style (一、强化组织领导 二、强化要素保障) with no other level
 * under them, no units named for a task, the notice neither signed (a date) nor its 附件 named before them, no table, no 附件 line and no line standing as the published plan's title after them — nothing of a
 * plan's structure. Then there is no body: the whole text is the notice (the outline stays empty, which says so).
 * The plan is in the text when a line between the notice's title and the list stands as the plan's title (PLAN_TITLE
 * below: whole, one of its lines, its words in another order), or when the notice sends the plan by its name in 《》
 * ("现将《X》印发给你们，请认真贯彻执行。") and announces no requests of its own after it (通知如下, 下列要求…) nor gives
 * the plan as a file (附件：X.docx): the list is the plan's, read as it was before this rule.
 */
function noticeRequestsOnly(paras: Para[], first: number, markers: (p: Para) => Marker | null): number {
  const m0 = first < paras.length ? markers(paras[first]) : null;
  if (!m0 || m0.n !== 1 || m0.style === 'bullet' || m0.style === 'appendix' || paras[first].heading !== undefined) return first;
  let found: RegExpExecArray | null = null;
  let at = 0;
  // (the notice's title read on its fold — the Traditional 關於印發 — and, broken over lines as a page heads it, "X关于印发
  // 2025" ⏎ "区…任务" ⏎ "…方案的通知", read whole: `at` is then the paragraph after its last line)
  let tail = '';
  for (; at < first && !found; at++) {
    if (paras[at].cells) continue;
    let f = foldForMatch(paras[at].text);
    let k = at;
    while (!PUBLISHES.test(f) && /关于/.test(f) && !/[。，,；;：:]/.test(f) && k + 1 < first && k < at + 2 && !paras[k + 1].cells && !/[。，,；;：:]/.test(paras[k + 1].text)) f += foldForMatch(paras[++k].text);
    found = PUBLISHES.exec(f);
    // (a notice cited inside 《》 in a sentence of the plan — "为贯彻落实《…关于印发(X)的通知》…制定本方案。" — is another
    // document, not the title of a notice this text is)
    if (found && /。/.test(f) && citedInQuote(f, found.index)) found = null;
    if (found) { tail = f.slice(found.index + found[0].length); at = k; }
  }
  if (!found) return first;
  const named = found[1];
  // the notice signed (a full date) or its 附件 named before the list: the notice is over, the list is the plan's
  const over = /附\s*件|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
  if (over.test(tail)) return first;
  // (a web page's index row dating the page — "发布日期:2020年06月19日" — is no signature: meta.ts reads it as the page's)
  for (let i = at; i < first; i++) if (over.test(paras[i].text) && !indexCells(foldForMatch(paras[i].text)).length) return first;
  const key = named.replace(TITLE_NOISE, '');
  // (the lines between the notice's title and the list: the rest of the title's paragraph, then each paragraph — but
  // not the lines of the notice's title again, broken over lines as a page prints it under its index: "区人民政府办公室
  // 关于印发2025" ⏎ "区《政府工作报告》确定的主要目标任务" ⏎ "责任分解方案的通知" — its middle line is no title of the plan)
  const texts = paras.slice(at, first).filter((p) => !p.cells).map((p) => foldForMatch(p.text));
  const pieces = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!/关于/.test(texts[i]) || /[。，,；;：:]/.test(texts[i])) continue;
    let joined = texts[i];
    for (let k = i + 1; k < texts.length && k <= i + 3 && !/的(?:通知|决定|函)\s*$/.test(joined) && !/[。，,；;：:]/.test(texts[k]); k++) {
      joined += texts[k];
      if (/^[^。，,；;]*关于.{2,}的(?:通知|决定|函)\s*$/.test(joined)) for (let x = i; x <= k; x++) pieces.add(x);
    }
  }
  const between = [tail, ...texts.filter((_, i) => !pieces.has(i))];
  if (between.some((t) => standsAsTitle(t, key))) return first;
  const told = between.join('\n');
  const sent = SENDS_NAMED.exec(told);
  const sendsPlan = !!sent && !ANNOUNCES.test(told.slice(sent.index + sent[0].length));
  let linked = false;
  let n = 0;
  // (after paragraph j only lines no longer than the plan's title — a signature, a date, a 附注, the label 附件, the
  // title itself, a 版记 —, no table and no numbered heading: the plan is not in the text)
  const shortTail = (j: number) => paras.slice(j + 1).every((q) => {
    const t = foldForMatch(q.text).replace(TITLE_NOISE, '');
    const m = markers(q);
    return !q.cells && t.length <= key.length + 16 && (!m || m.style === 'appendix') && (q.heading === undefined || t.includes(key));
  });
  for (let j = first; j < paras.length; j++) {
    const p = paras[j];
    const t = foldForMatch(p.text).replace(TITLE_NOISE, '');
    // (the published plan's title with nothing but short lines under it — an export of a plan that is this notice
    // alone prints its title after the notice's signature — is no plan in the text)
    if (j > first && !p.cells && !/^附\s*件/.test(t) && t.length <= key.length + 16 && t.includes(key) && shortTail(j)) break;
    if (p.cells || p.heading !== undefined) return first;
    // (a 附件 line naming a file is the page's download link: the plan is that file, not this text)
    // (…and a 附件说明 naming the published plan itself with only short lines after it: the plan is an annex
    // without its text, as a Word cover prints a plan that is the notice alone)
    if (/^附\s*件/.test(t)) {
      if (ATTACHED_FILE.test(t)) { linked = true; continue; }
      if (t.includes(key) && shortTail(j)) { linked = true; break; }
      return first;
    }
    if (j > first && t.length <= key.length + 16 && t.includes(key)) return first;
    // a task's units under or in a heading (牵头单位：… / （牵头：…）): the plan's items, as a 下达 notice's 民生实事 are
    if (findResponsibility(p.text)) return first;
    const o = markers(p);
    if (!o || o.style === 'bullet') continue;
    if (o.style !== m0.style || o.n !== ++n) return first;
  }
  return n <= 6 && (!sendsPlan || linked) ? paras.length : first;
}

/**
 * The notice sends a document by its name in 《》: "现将《X》印发给你们", "现将经区政府同意的《X》印发给你们", "将《X》
 * 予以印发" — the name, then the verb of sending within the clause.
 */
const SENDS_NAMED = /将[^。；;\n]{0,40}?《[^》\n]{4,}》[^。；;，,\n]{0,8}?(?:印发|下发|下达|转发|发给|分解)/;
/** Words announcing the notice's own requests after what it sends ("并就有关事项通知如下", "提出下列工作要求"). */
const ANNOUNCES = /如下|下列|以下(?!简称)/;
/** A line that names a notice or is a sentence: never the published plan's title. */
const NOT_TITLE_LINE = /关于(?:印发|下达|分解|转发)|的通知|[，,。；;：:！？!?]/;

/**
 * A line standing as the published plan's title (`key`: the name the notice gives, without 《》 and spaces): it holds
 * the name with a few words more (the issuer's, a year), it is one of the lines the name is broken over (at least half
 * of it: "西江区优化营商环境三年行动方案" ⏎ "（2025—2027年）"), or it is the name's words in another order (a title
 * putting the year first: "2025年西江区…工作要点" for "西江区2025年…工作要点") — never a sentence or a notice's title.
 */
function standsAsTitle(text: string, key: string): boolean {
  const t = text.replace(TITLE_NOISE, '');
  if (t.length < 4 || key.length < 4 || NOT_TITLE_LINE.test(t)) return false;
  if (t.includes(key)) return t.length <= key.length + 16;
  if (key.includes(t)) return t.length >= Math.max(6, key.length / 2);
  if (Math.abs(t.length - key.length) > 4) return false;
  // (its characters those of the name, all but a few)
  const left = new Map<string, number>();
  for (const c of key) left.set(c, (left.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of t) { const k = left.get(c) ?? 0; if (k) { shared++; left.set(c, k - 1); } }
  return shared >= 0.9 * Math.max(t.length, key.length);
}

/** A heading numbered 1 of a higher style right before the body's first sequence opens it ("一、重点工作" over 1、 2、). */
function enclosing(markers: (Marker | null)[], i: number): number {
  let at = i;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const o = markers[k];
    if (!o) continue;
    if (o.n === 1 && o.style !== 'appendix' && rankOf(o.style) < rankOf(markers[at]!.style)) at = k;
    else break;
  }
  return at;
}

export function parsePlan(lines: SourceLine[], opts: ParseOptions): PlanDoc {
  // (keys in the schema's order, levels and style set at the end: zod would give the plan back as it is, conforms.ts)
  const report: ImportReport = { warnings: [], levels: [], style: '', declared: {}, found: {}, removed: [], unstructured: 0, uncertain: [] };
  const mapping = opts.mapping;
  let paras = toParagraphs(dropPinyinNotes(lines, report.removed), report.removed, report.warnings);
  paras = dropPageFurniture(paras, report.removed);
  paras = fillDittoCells(joinBroken(closeScanSpacing(paras)));
  const tocFound = dropToc(paras, report.removed);
  // 第X条 is an article only in a document written in articles (see articled); elsewhere "第一条为12号线…" is text
  const skip0: ReadonlySet<MarkerStyle> = articled(tocFound.paras) ? NONE : NO_ARTICLES;
  const skip: ReadonlySet<MarkerStyle> = daxieRun(tocFound.paras) ? skip0 : new Set([...skip0, 'daxie']);
  paras = unwrapPlanAnnex(joinAnnexTitles(splitFieldTail(labelledFieldRuns(fieldCards(fieldBullets(mentionFields(splitRunTogether(splitTitleLine(tocFound.paras), tocFound.toc, skip))))))), report.removed);
  markLoneQueries(paras);
  markIndexLists(paras);
  // year lines standing as headings without a number ("2025年" over that year's 1. 2. 3.), unless mapped to text
  // (each paragraph's marker read once for the passes below: readMarkers)
  let read = readMarkers(paras, mapping, skip);
  const readOf = (p: Para) => read.get(p) ?? null;
  const years = mapping?.[YEAR_STYLE]?.kind === 'text' ? new Set<Para>() : yearHeadings(paras, readOf);

  // the tops of a decimal outline written as a bare number ("1 总体要求" over 1.1), unless mapped to text
  let tops = mapping?.[DECIMAL_TOP]?.kind === 'text' ? new Map<Para, Marker>() : decimalTops(paras);
  /** A paragraph's marker: an unnumbered heading read in a series (tops), else its own. */
  const marked = (p: Para) => tops.get(p) ?? readOf(p);
  // 【】 titles in a series: unnumbered points (their heading in the brackets), unless mapped to text
  if (mapping?.[BRACKET_TITLE]?.kind !== 'text' && paras.some((p) => p.text.charCodeAt(0) === 0x3010)) {
    const brackets = bracketTitles(paras, readOf);
    if (brackets.size) tops = new Map([...tops, ...brackets]);
  }
  // run-in titles in a series, each closing with its departments: unnumbered points, unless mapped to text
  if (mapping?.[RUN_IN_TITLE]?.kind !== 'text') {
    const runIn = runInTitles(paras, marked);
    if (runIn.size) tops = new Map([...tops, ...runIn]);
  }
  // points numbered past 99 where they continue the arabic points before them ("99." then "100."), unless mapped to text
  if (mapping?.arabic?.kind !== 'text') {
    const wide = widePoints(paras, marked);
    if (wide.size) tops = new Map([...tops, ...wide]);
  }

  let first = bodyStart(paras, marked);
  // (a body opening with "一是…：" over a (一) list, then 二是: the 是 paragraphs are its top level — paragraphs.ts shiOpening)
  const shiOpen = mapping?.shi?.kind === 'text' ? null : shiOpening(paras, marked);
  if (shiOpen && shiOpen.at < first) first = shiOpen.at;
  first = afterNoticeList(paras, first, marked, (rest) => bodyStart(rest, marked));
  first = noticeRequestsOnly(paras, first, marked);
  // No heading at all, but a task table (a 季度分解表, a 督办台账 after its notice and title: 序号 | 重点工作任务 | 责任单位 …
  // then its rows): the body is the table, from its header on — its rows are the tasks (tableTasks), not the head's text.
  if (first >= paras.length) {
    // (under a table's head — a reader's, not tabs in a line — its first row may be a group row: "教育类（2项）" across
    // the table, a line of the text, then rows)
    const groupFirst = (p: Para, i: number) => !p.tabs && !!paras[i + 2]?.cells && !paras[i + 1].heading && paras[i + 1].text.length <= 40;
    const h = paras.findIndex((p, i) => !!p.cells && (!!paras[i + 1]?.cells || groupFirst(p, i)) && taskTableHeader(p.cells));
    if (h >= 0) first = h;
  }
  // indicator tables before such a table (a workbook's 主要指标 sheet before its 任务 sheet), with the line over each (its
  // title): not lines of the head — parts of the plan of their own (indicatorParts)
  const heldTables = first < paras.length && paras[first].cells ? indicatorRuns(paras.slice(0, first)) : [];
  if (heldTables.length) {
    const held = new Set(heldTables.flatMap((t) => (t.title ? [t.title, ...t.run] : t.run)));
    const kept = paras.slice(0, first).filter((p) => !held.has(p));
    paras = [...kept, ...paras.slice(first)];
    first = kept.length;
  }
  // (a line of words after stages that open the body, over a list numbered 1: the heading of the plan's next part,
  // paragraphs.ts headingAfterStages)
  if (mapping?.stage?.kind !== 'text') {
    const afterStages = headingAfterStages(paras, first, marked);
    if (afterStages.size) tops = new Map([...tops, ...afterStages]);
  }
  // (the body starts with the year line over its first numbered heading)
  if (first > 0 && years.has(paras[first - 1])) first--;
  // (…or with the header of a task table whose rows the first heading groups: "序号 | 重点工作 | 牵头责任单位 …" ⏎
  // "一、王明区长负责事项（共2项）" ⏎ rows — the header is the table's, not the notice's)
  else if (first > 0 && paras[first - 1].cells && paras[first + 1]?.cells && taskTableHeader(paras[first - 1].cells!)) first--;
  // the 附注 ("（此件公开发布）") is furniture of the notice where the notice's layout puts it — in the head, or at the
  // end of the text among the signature and date lines: kept as the notice's last paragraph (shared/text/notice.ts),
  // never text of the preamble or of the last node. Inside the body ("（此件印发至各街道）" between a section's
  // paragraphs) it stays the text it is.
  const notes: string[] = [];
  const note = (p: Para) => !p.cells && p.heading === undefined && isNoteLine(p.text) && notes.push(p.text.trim()) > 0;
  // (the body's first paragraphs: which of two plans a news lead publishes together the page goes on to speak of)
  const head = readHead(paras.slice(0, first).filter((p) => !note(p)), report.uncertain, report.removed, paras.slice(first, first + 200).filter((p) => !p.cells).map((p) => p.text), paras[first]?.line);
  const toc = [...tocFound.toc, ...head.toc];
  // a plan named for its length without its years ("三年攻坚实施方案") whose text says when its work is done ("一、工作
  // 目标" ⏎ "到2027年，…"): N years ending then, uncertain — when neither its title nor its head states the period
  // (read once the signature's date is known: the years of a plan issued in 2024 end near it, not in 2035)
  // (not for a publication of many documents, "X人民政府公报（2026年第2期）": the years its contents name are theirs)
  const collection = head.collection;
  const periodTexts = !head.meta.period && head.meta.title && !collection ? paras.slice(0, first + PERIOD_TEXT_SPAN).filter((p) => !p.cells).map((p) => p.text) : null;
  // (…where the plan's length may be said: the head and its preamble, and the parts of its 总体要求 or 目标 — not a task's
  // text: periodFromText)
  const lengthTexts = periodTexts ? goalTexts(paras, first, first + PERIOD_TEXT_SPAN) : [];
  // (a plan with no numbered heading is all head: its 版记 closes the preamble — corpus 29 through the Word cover)
  const banji = dropBanji(first < paras.length ? paras.slice(first) : head.preamble, report, head.meta.issuer);
  if (first < paras.length) paras = banji.paras;
  else { head.preamble = banji.paras; paras = []; }
  const tail = closingLines(paras);
  // (…or among the signature before the first annex, where GB/T 9704 puts it when annexes follow the text: "X办公室" ⏎
  // "2025年3月4日" ⏎ "（此件公开发布）" ⏎ "附表1" — a notice that is itself the plan, with its 附表, as the Word cover prints it)
  // (the first annex so signed: a notice's own list, "附件：X任务表", above its signature is no annex the 附注 stands before —
  // "附件：X" ⏎ "X人民政府" ⏎ "2026年3月6日" ⏎ "（联系人：…）" ⏎ "附件", 322)
  let annexAt = -1;
  let signedNotes = -1;
  for (let a = 0; a < paras.length && signedNotes < 0; a++) {
    if (paras[a].cells || paras[a].heading !== undefined || readMarker(paras[a].text)?.style !== 'appendix') continue;
    let notesFrom = a;
    while (notesFrom > 0 && !paras[notesFrom - 1].cells && isNoteLine(paras[notesFrom - 1].text)) notesFrom--;
    if (notesFrom < a && signatureAt(paras, notesFrom - 1)) { annexAt = a; signedNotes = notesFrom; }
  }
  paras = readSignature(paras.filter((p, i) => (i < tail && !(signedNotes >= 0 && i >= signedNotes && i < annexAt)) || !note(p)), head.meta, report, head.preamble.map((p) => p.text).join('\n'));
  // the 版记's 印发日期 (GB/T 9704 §7.4.3): the plan's own only where it is not its 成文日期 (an export prints the 成文日期
  // there when no 印发日期 was entered)
  const printedOn = banji.printedOn && banji.printedOn !== head.meta.issuedOn ? banji.printedOn : null;
  if (periodTexts && !head.meta.period) {
    const issued = head.meta.issuedOn ? Number(head.meta.issuedOn.slice(0, 4)) : /〔((?:19|20)\d{2})〕/.exec(head.meta.docNumber ?? '')?.[1];
    const found = periodFromLength(head.meta.title, periodTexts, issued ? Number(issued) : null);
    if (found) {
      head.meta.period = { start: found.start, end: found.end };
      report.uncertain.push({ field: 'period', raw: found.inferredFrom!, reason: `标题只写了年限,由“${found.inferredFrom}”推算为 ${periodText(found)},请核对` });
    } else if (!LENGTH_TITLE.test(head.meta.title)) {
      // a title naming neither years nor a length: the length or the span of years its first paragraphs say
      const said = periodFromText(periodTexts, issued ? Number(issued) : null, lengthTexts);
      if (said) {
        head.meta.period = { start: said.start, end: said.end };
        report.uncertain.push({ field: 'period', raw: said.inferredFrom!, reason: `标题中没有规划期,由正文中的“${said.inferredFrom}”推算为 ${periodText(said)},请核对` });
      }
    }
  }
  markNoteRuns(paras);
  const annexRefs = attachmentListLines(paras, head.meta.title);
  const hStyles = headingStyles(paras);
  // (the signature read and the footnotes marked: the body's paragraphs read again)
  read = readMarkers(paras, mapping, skip);

  const ids = { n: 0 };
  const newId = () => `n${String(++ids.n).padStart(4, '0')}`;
  const tree = new OutlineBuilder(mapping);
  // bracketed arabic points opening the body as bare headings over points that carry the text: the top level
  for (const [upper, lower] of openingTop(paras, (p) => (annexRefs.has(p) ? null : marked(p)))) tree.seedAbove(upper, lower);
  if (shiOpen) tree.seedAbove('shi', shiOpen.inner);
  const tables: TableRegion[] = [];
  const preamble: string[] = head.preamble.map((p) => p.text);
  /** The node in whose body a table row stands (a table in the text, not an annex), and the row's line in that body. */
  const bodyOwner = new Map<Para, { owner: Draft; at: number }>();
  placeParagraphs(paras, { mapping, read, tree, newId, tables, preamble, report, annexRefs, hStyles, years, tops, toc, bodyOwner });
  const all = tree.all;
  const roots = tree.roots;

  // Departments said once for several points ("以上3项目标的责任单位均为区发展改革局。"), then kinds from style and context.
  sharedResponsibility(all);
  closingResponsibility(all);
  assignKinds(all, mapping);
  // a bullet point that is a task ("◆发展特色果蔬种植。新建…（责任单位：…）", levels.ts taskStyles) is named by its run-in
  // heading, as a numbered task is (a bullet's text is all body while it is a point of a list)
  for (const d of all) {
    if (d.node.kind !== 'task' || d.style !== 'bullet' || d.node.heading) continue;
    const br = d.node.body.indexOf('\n');
    const first = br < 0 ? d.node.body : d.node.body.slice(0, br);
    const cut = splitHeading({ style: 'arabic', raw: '', n: 0, rest: first }, []);
    if (!cut.heading) continue;
    d.node.heading = cut.heading;
    d.node.body = [cut.body, br < 0 ? '' : d.node.body.slice(br + 1)].filter(Boolean).join('\n');
  }
  if (all.some((d) => d.node.kind === 'box')) boxTables(paras, bodyOwner, all, newId);
  if (mapping?.tablerow?.kind !== 'text') tableTasks(paras, bodyOwner, all, newId, mapping?.tablerow?.kind ?? 'task', preamble, tree.roots);
  // the indicator tables taken from the head: parts before the others, each named by its title (or 主要指标), its table
  // its text, its rows its indicators (readFields)
  heldTables.slice().reverse().forEach(({ run, title }) => {
    const part = indicatorPart(run, title, bodyOwner, newId);
    tree.roots.unshift(part);
    all.unshift(part);
  });
  // (a plan that writes its year in the Republic era, 民國114年: its tasks' "114年9月底前" are dates of that year)
  const republicYear = writesRepublicYear(head.meta.period, head.meta.title, () => paras.map((p) => p.text).join('\n'));
  readFields(paras, all, tables, head.meta.period, report, bodyOwner, mapping, heldTables.map((t) => t.run), republicYear);
  // a year's work without its year in the title, nor in the head: the year every deadline and dated target of its tasks
  // is in, uncertain (read after the fields: the milestones are the tasks' deadlines, from their text or a table; an
  // indicator's year is the one its text or its 指标 line writes, none else without a period)
  if (!head.meta.period && head.meta.title && !collection) {
    const deadlines = all.flatMap((d) => d.node.milestones.map((m) => m.year));
    const targets = all.flatMap((d) => d.node.indicators.flatMap((i) => (i.year === null ? [] : [i.year])));
    const found = yearOfDeadlines(head.meta.title, [...deadlines, ...targets]);
    if (found) {
      head.meta.period = { start: found.year, end: found.year };
      const from = [...deadlines.length ? ['各项任务的完成时限'] : [], ...targets.length ? ['指标的年份'] : []].join('和');
      report.uncertain.push({ field: 'period', raw: String(found.year), reason: `标题没有写年份,由${from}(均在 ${found.year} 年)推算为 ${found.year},请核对` });
      // (an indicator whose text names no year is the period's end's, as when the period is read first: enrich.ts)
      for (const d of all) for (const i of d.node.indicators) if (i.year === null) i.year = found.year;
    }
  }

  // annex tables that only repeat the plan (an export's 主要任务分解表/主要指标表 read back) are not kept as annexes
  const repeated = repeatedAnnexes(roots, all, paras, tables, report);
  const kept = repeated.size ? all.filter((d) => !repeated.has(d)) : all;
  numberingWarnings(kept, report);
  structureWarnings(kept, preamble, paras, report);
  report.levels = levelsOf(kept);
  // (a loop, not levels.map(…).join: the array map() returns has another map with no levels, and parsePlan's
  // on-stack-replaced code was seen deoptimizing there on every call of a seed, 30 times over)
  let style = '';
  for (let i = 0; i < report.levels.length; i++) style += (i ? '>' : '') + report.levels[i].key;
  report.style = style.slice(0, 400);
  report.removed.sort((a, b) => a.line - b.line);
  const nodes = roots.filter((d) => !repeated.has(d)).map((d) => d.node);
  const found = countKinds(nodes);
  report.found = { ...found };
  declaredCounts(paras, head.preamble, kept, nodes, report);

  return {
    format: FORMAT,
    meta: {
      // (the 印发日期 in its place after the 成文日期, as the schema orders the fields: conformsTo keeps the plan as it is)
      ...(printedOn ? afterIssuedOn(head.meta, printedOn) : head.meta),
      status: 'draft',
      source: opts.source ?? null,
      basedOn: null,
      notice: [head.notice, ...notes].filter(Boolean).join('\n'),
      preamble: preamble.join('\n'),
    },
    nodes,
    report,
  };
}


/** The head's fields with the 印发日期 right after the 成文日期. */
function afterIssuedOn(meta: HeadResult['meta'], printedOn: string): HeadResult['meta'] {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    out[k] = v;
    if (k === 'issuedOn') out.printedOn = printedOn;
  }
  return out as HeadResult['meta'];
}

/** What placeParagraphs reads and fills. */
interface PlaceContext {
  mapping: ParseOptions['mapping'];
  /** The body's paragraphs with a marker, read once (readMarkers). */
  read: Map<Para, Marker>;
  tree: OutlineBuilder;
  newId: () => string;
  tables: TableRegion[];
  preamble: string[];
  report: ImportReport;
  annexRefs: Set<Para>;
  hStyles: Map<number, MarkerStyle>;
  years: Set<Para>;
  tops: Map<Para, Marker>;
  toc: string[];
  bodyOwner: Map<Para, { owner: Draft; at: number }>;
}

/**
 * The body's paragraphs in order: each a heading placed in the outline (a node), the start or a row of a table, or
 * text of the node before it (the preamble's before the first heading). A function of its own, not a loop inside
 * parsePlan: V8 optimises it early and alone (parsePlan with this loop inlined was one of the costliest compilations
 * of an import, ~0.5 s of the main thread each time under load with --single-threaded, and ran unoptimised while it
 * was being compiled).
 */
function placeParagraphs(paras: Para[], c: PlaceContext): void {
  const { mapping, read, tree, newId, tables, preamble, report, annexRefs, hStyles, years, tops, toc, bodyOwner } = c;
  const { stack } = tree;
  let table: TableRegion | null = null;
  let partCount = 0;
  // (a text whose headings carry their English: a single English word after a heading is its translation too)
  const translated = translatesHeadings([...read.values()].map((m) => m.rest));

  /** The last 牵头单位 line lifted from a list of points to what the list belongs to (paragraph index, owner). */
  let lifted: { at: number; owner: Draft } | null = null;
  /** Points made from a Word or Markdown list paragraph: a paragraph outside the list after them is not theirs. */
  const listPoints = new Set<Draft>();
  /** A 专栏 whose title stands in a Word frame (a one-cell table): the frame holds the box, and only the box. */
  const boxFrames = new Map<Draft, number>();
  const openBox = () => { for (let k = stack.length - 1; k >= 0; k--) if (stack[k].style === 'box') return k; return -1; };
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const marker = annexRefs.has(p) ? null : tops.get(p) ?? read.get(p) ?? null;
    if (table) {
      // a table runs until the next top-level heading that continues the document's numbering
      // (an annex table only at the next annex or chapter)
      const top = tree.roots.find((d) => d.style !== 'appendix')?.style;
      const ends = marker && (marker.style === 'appendix' || marker.style === 'chapter' || marker.style === 'part' || marker.style === 'pian' ||
        (!table.annex && marker.style === top && marker.n === partCount + 1));
      if (!ends) { table.paras.push(p); table.draft.node.body += (table.draft.node.body ? '\n' : '') + p.text; continue; }
      table = null;
    }
    // the box ends with its frame: a line after it is the text's again (the task that held the box, the next task)
    let bi = boxFrames.size ? openBox() : -1;
    const boxFrame = bi >= 0 ? boxFrames.get(stack[bi]) : undefined;
    if (boxFrame !== undefined && p.frame !== boxFrame) { stack.length = bi; bi = -1; }
    // (a numbered heading naming a table, "一、10件民生实事任务分解表", over a task table's header — 序号 | 具体工作任务 |
    // 责任单位 …: the heading is a part of the plan and the rows under it its tasks, not a source table kept as an annex;
    // the same over a Word or Markdown heading — "### 1.完成城北学校主体建设…", such a plan as the exports print it: its
    // rows are headings, and a table's rows never are)
    const after = paras[pi + 1];
    const headsRows = marker && marker.style !== 'appendix' && after && (after.cells ? taskTableHeader(after.cells) : after.heading !== undefined);
    const start = annexRefs.has(p) || headsRows ? null : isTableStart(p, marker);
    if (start) {
      const d = makeDraft(newId(), 'appendix', { raw: marker?.style === 'appendix' ? marker.raw : '', n: 0 }, p.line);
      d.node.heading = start.title;
      // an annex is a top-level node; a table inside the body stays where it is
      if (start.annex) stack.length = 0;
      else stack.length = Math.min(stack.length, 1);
      tree.attach(d);
      stack.pop();
      table = { draft: d, kind: start.kind, paras: [], headerLine: p.line, header: p.text, annex: start.annex };
      tables.push(table);
      continue;
    }
    const hStyle = p.heading !== undefined && p.heading <= 6 && !p.cells && mapping?.[hStyles.get(p.heading) ?? `h${p.heading}`]?.kind !== 'text'
      ? hStyles.get(p.heading) ?? `h${p.heading}` : null;
    const over = !marker && !hStyle && years.has(p) ? read.get(paras[pi + 1]) ?? null : null;
    if (marker || hStyle || over) {
      // a written number; else a Word/Markdown heading without one, on the level of its heading style; else a year
      // line over the numbered headings after it
      const style = marker ? marker.style : hStyle ?? YEAR_STYLE;
      const m: Marker = marker ?? { style, raw: '', n: 0, rest: p.text };
      // inside the box's frame a numbered line is a project of the box, whatever the numbering outside it ("1." in
      // the box of task 2: not task 1 again), never a heading after it
      const inBox = bi >= 0 && boxFrame !== undefined && style !== 'box' ? stack.slice(0, bi + 1) : null;
      if (over) tree.placeOver(style, over.style);
      else tree.place(style, m.n, stack.some((x) => x.style === 'box') && findResponsibility(foldScript(p.text)) !== null);
      if (inBox && stack[bi] !== inBox[bi]) stack.splice(0, stack.length, ...inBox);
      const d = makeDraft(newId(), style, m, p.line);
      if (style === 'box' && p.frame !== undefined) boxFrames.set(d, p.frame);
      if (marker) {
        const { heading, body } = marker.style === BRACKET_TITLE || marker.style === RUN_IN_TITLE ? { heading: marker.label ?? '', body: marker.rest.trim() } : splitHeading(marker, toc, p.heading !== undefined && !p.cells, translated);
        d.node.heading = heading;
        d.node.body = body;
        if (body) d.bodyLines.push(p.line);
      } else {
        d.node.heading = over ? p.text.replace(/\s*[:：]$/, '') : p.text;
      }
      tree.attach(d);
      if (p.list) listPoints.add(d);
      if (stack.length === 1 && style !== 'appendix') partCount = m.n;
      continue;
    }
    // plain paragraph: body of the current node — except a 牵头单位/责任单位 line after a list of points (①②③, (1)(2),
    // •), which names the departments of what the list belongs to, when no earlier point had such a line of its own
    // — and except a line between two points (it belongs to the point before it) or under a list whose owner (the list's
    // parent, or the node above the points the line would go to) already named its departments in a line of its own
    // (field lines, see fieldlines.ts)
    let cur = tree.current();
    if (cur && isPoint(cur) && (RESP_LINE.test(matchView(p.text)) || isRolesLine(matchView(p.text)))) {
      const earlier = (cur.parent?.node.children ?? []).slice(0, -1);
      const next = paras[pi + 1];
      const nextMarker = next ? read.get(next) ?? null : null;
      const between = nextMarker !== null && nextMarker.style === cur.style;
      const ownerSaid = cur.parent !== null && cur.parent.node.body.split('\n').some((l) => readFieldLine(l)?.field === 'departments');
      // (a list of one point too, when the line stands outside the list its point is written in: "- 清理整合基层报表" ⏎ ⏎
      // "负责：…" in Markdown, a Word list paragraph then a plain one)
      const leftList = listPoints.has(cur) && !p.list;
      if ((earlier.length || leftList) && !between && !ownerSaid && !earlier.some((n) => n.body.split('\n').some((l) => RESP_LINE.test(matchView(l)) || isRolesLine(matchView(l))))) {
        let up: Draft | null = cur;
        while (up && isPoint(up)) up = up.parent;
        // (not to an owner that named its departments in a line of its own: the point before keeps it)
        if (up && !up.node.body.split('\n').some((l) => readFieldLine(l)?.field === 'departments')) { cur = up; lifted = { at: pi, owner: up }; }
      }
    } else if (cur && lifted && lifted.at === pi - 1 && PARTNER_LINE.test(matchView(p.text))) {
      // a 配合单位 line right after such a 牵头单位 line goes with it (not to the last point)
      cur = lifted.owner;
      lifted = { at: pi, owner: cur };
    }
    if (cur) {
      if (p.cells) bodyOwner.set(p, { owner: cur, at: cur.node.body ? cur.node.body.split('\n').length : 0 });
      cur.node.body += (cur.node.body ? '\n' : '') + p.text;
      cur.bodyLines.push(p.line);
    } else {
      preamble.push(p.text);
      report.unstructured++;
    }
  }
}

/**
 * The fields of every node: tables that repeat the tasks (departments and milestones onto the tasks; tables with
 * cells by their header row, flattened ones by tables.ts), then each node's own text (enrich.ts), indicator tables,
 * and a task's departments gathered from its items. A function of its own, for V8 as placeParagraphs is.
 */
function readFields(paras: Para[], all: Draft[], tables: TableRegion[], period: PlanDoc['meta']['period'], report: ImportReport, bodyOwner: Map<Para, { owner: Draft; at: number }>, mapping: ParseOptions['mapping'], heldRuns: Para[][] = [], republicYear = false): void {
  // Tables that repeat the tasks: departments and milestones go onto the tasks. Tables with cells are read by their
  // header row; flattened tables (one cell per line, or a row per line) by the readers of tables.ts.
  const readByCells = new Set<Para>();
  const speaks = new Set<PlanNode>();
  const indicatorRows = [];
  // (an indicator table taken from the head gives its part indicators only: its rows name no task)
  for (const run of heldRuns) indicatorRows.push(...readIndicatorTable(run, period));
  for (const run of cellRuns(paras)) {
    if (applyCellTables(run, all, period, report, speaks) > 0) for (const p of run) readByCells.add(p);
    indicatorRows.push(...readIndicatorTable(run, period));
  }
  for (const t of tables) if (!t.paras.some((p) => readByCells.has(p))) applyTaskTables(t, all, period, report);
  promoteNamedPoints(all, speaks, mapping);

  // Departments, indicators, themes.
  const stated = new Set<PlanNode>();
  /** Nodes whose 指标： field line states their indicators: a table in their text adds none (the field line says all). */
  const statedIndicators = new Set<Draft>();
  for (const d of all) {
    const said = enrich(d, period ?? null, republicYear);
    if (said.departments) stated.add(d.node);
    if (said.indicators) statedIndicators.add(d);
  }
  firstListedLeads(paras, all, stated, speaks);
  // An indicator table (指标 / 目标值 / 单位 / 年份 / 所属任务) speaks for the nodes its rows name; one without 所属任务
  // standing in the text adds its rows to the node it stands in.
  applyIndicatorRows(indicatorRows, all, report, (p) => {
    const owner = bodyOwner.get(p)?.owner;
    return owner && !statedIndicators.has(owner) ? owner : undefined;
  });
  // A task is led by the units named in its items' annotations too — unless a field line of its own names them
  // all, or a table row gave its departments.
  for (const d of all) {
    if (d.node.kind !== 'task' || stated.has(d.node) || speaks.has(d.node)) continue;
    gatherUnits(d.node, d.node.children);
  }
}

/**
 * The units of every node under a task added to the task's, in document order (a plain recursion, no generator and no
 * path per node; a function of the module, not a closure made for each task).
 */
function gatherUnits(task: PlanNode, children: PlanNode[]): void {
  for (const node of children) {
    for (const x of node.lead) if (!task.lead.includes(x)) task.lead.push(x);
    for (const x of node.partners) if (!task.partners.includes(x) && !task.lead.includes(x)) task.partners.push(x);
    gatherUnits(task, node.children);
  }
}

/** A plan's note that the first unit of each list leads: "列第一位的为牵头单位，下同", "排在首位的为牵头部门". */
const FIRST_LEADS = /(?:列|排)(?:在|名)?(?:第一位|首位|第一个?)(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/;
/**
 * Where the plan says the first unit listed leads ("（省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门，下同）"),
 * a point whose units are one list with no role of their own (all read as leads, none as partners, the point's text
 * saying 牵头 nowhere but in that note) is led by its first unit and helped by the others. Field lines and table rows
 * keep the roles they state.
 */
function firstListedLeads(paras: Para[], all: Draft[], stated: Set<PlanNode>, speaks: Set<PlanNode>): void {
  if (!paras.some((p) => p.text.indexOf('牵头') >= 0 && FIRST_LEADS.test(matchView(p.text)))) return;
  for (const d of all) {
    const n = d.node;
    if (n.lead.length < 2 || n.partners.length || stated.has(n) || speaks.has(n)) continue;
    if (/牵头/.test(matchView(n.heading + '\n' + n.body).replace(new RegExp(FIRST_LEADS.source, 'g'), ''))) continue;
    n.partners = n.lead.slice(1);
    n.lead = n.lead.slice(0, 1);
  }
}

/**
 * Points a task table names with their departments are the plan's work: tasks, whatever kind their level was given
 * without departments in the text (the official .docx of a 督办台账 or a 季度分解表 prints its rows as numbered points and
 * their departments in its 分解表 only: read back, the points under "一、经济运行类" were items, a top-level list parts).
 * All the childless items (or parts) of one depth, two or more, each given a department by a row; never under a
 * heading that holds no tasks (but under a goal heading, "一、…工作目标", as levels.ts reads a goal point naming its
 * departments: 158's targets through Word with annexes), never a task's own points or a 专栏's entries (the 分解表 lists those rows too, for
 * their departments or milestones: they stay what they are).
 */
function promoteNamedPoints(all: Draft[], speaks: Set<PlanNode>, mapping: ParseOptions['mapping']): void {
  if (speaks.size < 2) return;
  const byLevel = new Map<string, Draft[]>();
  for (const d of all) {
    // (a level the planner mapped keeps the kind given: rows mapped to items stay items)
    if ((d.node.kind !== 'item' && d.node.kind !== 'part') || d.node.children.length || mapping?.[d.style]) continue;
    if (!d.node.lead.length && !d.node.partners.length) continue; // a row with empty department cells names no work
    // (a part in a part's numbering whose own text names its departments was read as a part knowing them — 160's 一、
    // headings closing with "（…牵头；…配合）" —: the row naming it says nothing new. A point's numbering, 1. at the top,
    // is a part only for want of a level above it: the rows make it the task it is, as before)
    if (d.node.kind === 'part' && kindHint(d.style) === 'part' && responsibilityOf(d) !== null) continue;
    let depth = 0;
    let inWork = false;
    for (let a = d.parent; a; a = a.parent) {
      depth++;
      if (a.node.kind === 'task' || a.node.kind === 'box') inWork = true;
    }
    if (inWork) continue;
    const key = `${d.node.kind}@${depth}`;
    const list = byLevel.get(key) ?? byLevel.set(key, []).get(key)!;
    list.push(d);
  }
  for (const list of byLevel.values()) {
    if (list.length < 2 || !list.every((d) => speaks.has(d.node))) continue;
    // (under a goal heading, a target a row gives departments is work, as one whose text names them is: levels.ts)
    let safe = true;
    for (const d of list) {
      let inNotTask = false;
      for (let a: Draft | null = d.parent; a; a = a.parent) if (isNotTaskNode(a.node)) inNotTask = true;
      if (inNotTask && !underGoal(d)) safe = false;
    }
    if (safe) for (const d of list) d.node.kind = 'task';
  }
}

/**
 * A task table standing in the text where the text names no tasks ("二、重点任务" followed by 序号 | 重点任务 | 具体内容 |
 * 牵头单位 | 配合单位 | 完成时限): its rows are the tasks, under the heading the table stands in (number as written in
 * the 序号 cell, heading the task cell, body the content cell); the table's columns then give them departments and
 * milestones (applyCellTables). Not under a heading that never holds tasks (or inside one), nor where the text has
 * headings below, nor when the text names tasks elsewhere (the table then repeats them).
 */
/** An indicator table standing outside any heading (a workbook's 主要指标 sheet) as a part of the plan: named by its
 *  title (or 主要指标), its table its text, its rows its indicators (readFields: the node the rows stand in). */
function indicatorPart(run: Para[], title: Para | null, bodyOwner: Map<Para, { owner: Draft; at: number }>, newId: () => string): Draft {
  const part = makeDraft(newId(), 'tablegroup', { raw: '', n: 0 }, run[0].line);
  part.node.kind = 'part';
  part.node.heading = title?.text ?? '主要指标';
  part.node.body = run.map((p) => p.text).join('\n');
  run.forEach((p, at) => bodyOwner.set(p, { owner: part, at }));
  return part;
}

/** A task cell "X：Y" cut where a numbered line of the same words is (splitHeading): only at its run-in colon. */
function runInCell(name: string): { heading: string; body: string } {
  const cut = splitHeading({ style: 'arabic', raw: '', n: 0, rest: name }, []);
  return cut.body && /^[：:]/.test(name.slice(cut.heading.length)) && name.slice(0, cut.heading.length) === cut.heading ? cut : { heading: name, body: '' };
}

/**
 * A task table's row as a node of the plan: its number, name and content (the row's line is where its text was read).
 * `grouped`: its 类别 / 分类 cell is a group of the plan; else that cell stays a line of its text ("分类：民生保障").
 */
function rowDraft(r: TableTaskRow, kind: PlanNode['kind'], newId: () => string, grouped = false): Draft {
  const d = makeDraft(newId(), 'tablerow', { raw: r.number, n: r.n }, r.para.line);
  d.node.kind = kind;
  // the task cell is read as the same words on a numbered line are: "城乡居民增收工程：新增城镇就业2800人，…" is a
  // run-in heading and its text (splitHeading's colon), the text first in the task's body — else the cell is the
  // heading whole, as before. (A cell kept whole printed as "1.X：Y，…" and read back as heading X, text Y.)
  const { heading, body: runIn } = kind === 'part' ? { heading: r.name, body: '' } : runInCell(r.name);
  d.node.heading = heading;
  const content = runIn ? (r.content ? `${runIn}\n${r.content}` : runIn) : r.content;
  d.node.body = grouped || !r.groupLine ? content : content ? `${r.groupLine}\n${content}` : r.groupLine;
  if (d.node.body) d.bodyLines.push(r.para.line);
  return d;
}

/**
 * Rows whose 类别 / 分类 cells (carried down a cell merged over its rows) make groups: every row under one, two or more,
 * each group's rows together. A value that comes back after another (新建, 续建, 新建, 续建) is no merged cell: the
 * column says something of each row, not how the table is parted — its cell stays a line of each task's text, the
 * rows keep their order.
 */
const inGroups = (rows: TableTaskRow[]) => {
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const g = rows[i].group;
    if (!g || (g !== rows[i - 1]?.group && seen.has(g))) return false;
    seen.add(g);
  }
  return seen.size >= 2;
};

function tableTasks(paras: Para[], bodyOwner: Map<Para, { owner: Draft; at: number }>, all: Draft[], newId: () => string, kind: PlanNode['kind'], preamble: string[], roots: Draft[]): void {
  const runs = cellRuns(paras);
  // a plan that is nothing but its task table (a 季度分解表 or a 督办台账 after its notice and title, no heading): the
  // rows are its tasks at the top, the table leaves the preamble (a table continued below, its header repeated, too)
  if (!all.length) {
    for (const run of runs) {
      if (run.some((p) => bodyOwner.has(p))) continue;
      const rows = tableTaskRows(run, roots.length ? 1 : 2);
      if (!rows) continue;
      // group rows without a number between the rows ("教育类（2项）" across the table, lines of the text that cellRuns
      // passed over): the rows' groups, as a 类别 column's are, when every row stands under one
      const labels = new Map<Para, string>();
      for (let i = paras.indexOf(run[0]), label = ''; i >= 0 && i <= paras.indexOf(run[run.length - 1]); i++) {
        if (!paras[i].cells) label = paras[i].text.trim();
        else labels.set(paras[i], label);
      }
      if (rows.every((r) => !r.group && labels.get(r.para))) for (const r of rows) r.group = labels.get(r.para)!;
      // a 类别 column whose cell is merged down over its rows (written on the first row of each group): the groups are
      // the plan's parts, as group rows "一、招商引资" between the rows make them — every row under one, two or more
      const grouped = inGroups(rows);
      // rows numbered in two levels ("1" over "1-1", "1-2"): the whole-numbered rows are the parts, the others their tasks
      const numbered = grouped ? null : numberedGroups(rows);
      if (numbered) {
        for (const g of numbered) {
          const p = rowDraft(g.head, 'part', newId);
          p.style = 'tablegroup';
          roots.push(p);
          all.push(p);
          for (const r of g.rows) {
            const d = rowDraft(r, kind, newId);
            d.parent = p;
            p.node.children.push(d.node);
            all.push(d);
          }
        }
      } else {
        let part: Draft | null = null;
        for (const r of rows) {
          const d = rowDraft(r, kind, newId, grouped);
          if (grouped && part?.node.heading !== r.group) {
            part = makeDraft(newId(), 'tablegroup', { raw: '', n: 0 }, r.para.line);
            part.node.kind = 'part';
            part.node.heading = r.group;
            roots.push(part);
            all.push(part);
            // (a group row's line is the part's heading now, not the preamble's text)
            const k = preamble.indexOf(r.group);
            if (k >= 0 && !r.para.cells?.includes(r.group)) preamble.splice(k, 1);
          }
          if (grouped && part) { d.parent = part; part.node.children.push(d.node); } else roots.push(d);
          all.push(d);
        }
      }
      for (const p of run) { const k = preamble.indexOf(p.text); if (k >= 0) preamble.splice(k, 1); }
    }
    // an indicator table after the task table (a workbook's 主要指标 sheet after its 任务 sheet): a part after the
    // tasks, named by the line over it
    if (roots.length) {
      for (const { run } of indicatorRuns(paras)) {
        if (run.some((p) => bodyOwner.has(p)) || !run.every((p) => preamble.includes(p.text))) continue;
        const over = paras[paras.indexOf(run[0]) - 1];
        const title = over && !over.cells && over.text.length <= 40 && preamble.includes(over.text) ? over : null;
        const part = indicatorPart(run, title, bodyOwner, newId);
        roots.push(part);
        all.push(part);
        for (const p of part.node.heading === title?.text ? [title, ...run] : run) { const k = preamble.lastIndexOf(p.text); if (k >= 0) preamble.splice(k, 1); }
      }
    }
    return;
  }
  // numbered headings standing between a table's rows ("（一）提升商业载体能级" across its columns) group the rows after
  // them: sections, whatever their level made them — each takes its rows as tasks (table groups)
  const groups = new Map<Para[], Draft[]>();
  for (const run of runs) {
    // (the header may stand before the first heading, the groups then at the top: "2025年重点工作及责任清单" ⏎ 序号 |
    // 重点工作 | 牵头责任单位 … ⏎ "一、王明区长负责事项（共2项）" ⏎ rows — a 责任清单 grouped by the leader answering for it)
    const head = bodyOwner.get(run[0])?.owner ?? null;
    const owners = [...new Set(run.map((p) => bodyOwner.get(p)?.owner ?? null))];
    const inside = (d: Draft | null) => !!d && d.parent === head && !d.node.children.length && d.line > run[0].line && d.line < run[run.length - 1].line;
    if (owners.length < 2 || owners.some((d) => d !== head && !inside(d))) continue;
    // (rows under the header itself, before the first group, belong to no group: not such a table)
    if ((bodyOwner.get(run[1])?.owner ?? null) === head) continue;
    groups.set(run, owners.filter((d): d is Draft => d !== null && d !== head));
  }
  // the text names tasks of its own: a table then repeats them (任务分工), and its columns go onto them (applyCellTables)
  // (asked before the group heads become sections: a table left to the text leaves its group heads as they were)
  if (all.some((d) => d.node.kind === 'task' && ![...groups.values()].some((list) => list.includes(d)))) return;
  for (const list of groups.values()) for (const g of list) if (g.node.kind === 'task' || g.node.kind === 'item') g.node.kind = 'section';
  /** Rows made tasks here: a heading whose only children they are may take the rows of a table continued below. */
  const rowNodes = new Set<PlanNode>();
  /** Sections made here of a grouped table's 类别 cells: a table continued below (续表) adds its rows to them. */
  const rowSections = new Map<PlanNode, Draft>();
  /** Per owner, the lines of its body that were rows made tasks (removed at the end, by position, never by text). */
  const consumed = new Map<Draft, Set<number>>();
  // a grouped table is read group by group, each with the table's header (its line taken out of the text above)
  const pieces = runs.flatMap((run) => {
    const list = groups.get(run);
    if (!list) return [{ run, group: false }];
    return list.map((g) => ({ run: [run[0], ...run.filter((p) => bodyOwner.get(p)?.owner === g)], group: true }));
  });
  const consume = (owner: Draft, ps: Para[]) => {
    const at = consumed.get(owner) ?? consumed.set(owner, new Set()).get(owner)!;
    for (const p of ps) for (let k = 0, first = bodyOwner.get(p)!.at; k < p.text.split('\n').length; k++) at.add(first + k);
    const lines = new Set(ps.map((p) => p.line));
    owner.bodyLines = owner.bodyLines.filter((l) => !lines.has(l));
  };
  for (const { run, group } of pieces) {
    const owner = bodyOwner.get(run[group ? 1 : 0])?.owner;
    if (!owner || run.slice(group ? 1 : 0).some((p) => bodyOwner.get(p)?.owner !== owner)) continue;
    // headings below it: the table repeats or details them. Rows of an earlier table under it: a table continued
    // (a 续表 with its header repeated) gives tasks too
    if (owner.node.children.some((c) => !rowNodes.has(c) && !rowSections.has(c))) continue;
    if (!['part', 'section', 'action'].includes(owner.node.kind)) continue;
    // never under a heading that holds no tasks (保障措施 › （一）明确责任分工), at any depth — but a group row of the
    // table itself (between its header and its rows) names a group of its rows, whatever its words ("一、主要经济社会
    // 发展指标…" over rows of 目标任务 with their 牵头单位): only the headings above the table count
    let safe = true;
    for (let a: Draft | null = group ? owner.parent : owner; a; a = a.parent) if (isNotTaskNode(a.node)) safe = false;
    if (!safe) continue;
    const rows = tableTaskRows(run, owner.node.children.length || group ? 1 : 2);
    // (a table written twice is not continued: its copy stays text, neither doubled nor dropped)
    const made = owner.node.children.flatMap((c) => (rowSections.has(c) ? c.children : [c]));
    if (!rows || rows.some((r) => made.some((c) => c.heading === r.name))) continue;
    // a 类别 / 分类 column naming two or more groups (each cell merged over its rows) in the first table under the heading:
    // each group a section of the heading, its rows its tasks — the groups a whole-plan table makes parts of
    // (a table continued below them stays the heading's text: the heading's children are no longer rows alone)
    // (a table continued below a grouped one — 续表, its header repeated — goes on in its groups: a row whose 类别 cell is
    // empty in the last group, one naming a group already made in that group, any other in a new one)
    const sections = owner.node.children.filter((c) => rowSections.has(c)).map((c) => rowSections.get(c)!);
    const grouped = !group && (owner.node.children.length ? sections.length === owner.node.children.length : inGroups(rows));
    let section: Draft | null = sections[sections.length - 1] ?? null;
    for (const r of rows) {
      if (!r.group && section) r.group = section.node.heading;
      const d = rowDraft(r, kind, newId, grouped);
      if (grouped && section?.node.heading !== r.group) section = sections.find((x) => x.node.heading === r.group) ?? null;
      if (grouped && section?.node.heading !== r.group) {
        section = makeDraft(newId(), 'tablegroup', { raw: '', n: 0 }, r.para.line);
        section.node.kind = 'section';
        section.node.heading = r.group;
        section.parent = owner;
        owner.node.children.push(section.node);
        rowSections.set(section.node, section);
        sections.push(section);
        all.push(section);
      }
      d.parent = grouped && section ? section : owner;
      d.parent.node.children.push(d.node);
      if (!grouped) rowNodes.add(d.node);
      all.push(d);
    }
    consume(owner, group ? run.slice(1) : run);
    const head = group ? bodyOwner.get(run[0])?.owner : undefined;
    if (head && !consumed.get(head)?.size) consume(head, [run[0]]);
    // (a header standing before the first heading is the preamble's last paragraph: it goes with its rows)
    else if (group && !head && preamble[preamble.length - 1] === run[0].text) preamble.pop();
  }
  // a line of the text that reads like a row (the same words) is the planner's text: only the rows themselves go
  for (const [owner, at] of consumed) owner.node.body = owner.node.body.split('\n').filter((_, i) => !at.has(i)).join('\n');
  // a note right under a grouped table's last row ("备注：各项目均由所在街道配合实施…", a row of one cell across the table or
  // a line after it) is the whole table's, not its last group's: it goes where the table's header stood (the text of
  // the heading over the table, or the preamble)
  for (const [run, list] of groups) {
    const last = list[list.length - 1];
    const note = paras[paras.indexOf(run[run.length - 1]) + 1];
    if (!note || note.cells || !TABLE_NOTE.test(note.text) || !last.node.children.some((c) => rowNodes.has(c))) continue;
    const lines = last.node.body.split('\n');
    const k = lines.lastIndexOf(note.text);
    if (k < 0) continue;
    last.node.body = lines.filter((_, i) => i !== k).join('\n');
    last.bodyLines = last.bodyLines.filter((l) => l !== note.line);
    const head = bodyOwner.get(run[0])?.owner;
    if (head) { head.node.body += (head.node.body ? '\n' : '') + note.text; head.bodyLines.push(note.line); } else preamble.push(note.text);
  }
}

/** A table's note: 注, 备注 or 说明 and a colon ("备注：…", "注1：…", "说明：…"). */
const TABLE_NOTE = /^(?:注|备注|说明)\s*[0-9０-９一二三四五六七八九]{0,2}\s*[:：]/;

/**
 * A 专栏 box whose projects are a table (序号 | 工程名称 | 建设内容 | …) instead of numbered lines: each row is a project of
 * the box, an item as its "1.…" line would be — the 序号 cell its number, the name its heading, the other cells its text
 * ("建设内容：…"). Only a box with no numbered projects of its own, the whole table in its body.
 */
function boxTables(paras: Para[], bodyOwner: Map<Para, { owner: Draft; at: number }>, all: Draft[], newId: () => string): void {
  for (const run of cellRuns(paras)) {
    const owner = bodyOwner.get(run[0])?.owner;
    if (!owner || owner.node.kind !== 'box' || owner.node.children.length || run.some((p) => bodyOwner.get(p)?.owner !== owner)) continue;
    // (a total row right under the table, its cells by its tabs — "合计\t\t80", two cells with words, read as no row —:
    // the table's, under the same columns)
    // (its place in the box's text: right under the table's last row, as the paragraph after it was placed)
    const last = run[run.length - 1];
    const afterAt = bodyOwner.get(last)!.at + last.text.split('\n').length;
    const after = paras[paras.indexOf(last) + 1];
    const total = after && !after.cells && after.text.includes('\t') && isTotalRow(after.text.split('\t')) && owner.node.body.split('\n')[afterAt] === after.text.split('\n')[0]
      ? { ...after, cells: after.text.split('\t').map((c) => c.trim()) } : null;
    const read = boxProjectRows(total ? [...run, total] : run);
    if (!read) continue;
    const { rows, totals } = read;
    for (const r of rows) {
      const d = makeDraft(newId(), 'tablerow', { raw: r.number, n: r.n }, r.para.line);
      d.node.kind = 'item';
      d.node.heading = r.name;
      d.node.body = r.content;
      if (r.content) d.bodyLines.push(r.para.line);
      d.parent = owner;
      owner.node.children.push(d.node);
      all.push(d);
    }
    // the table's lines leave the box's text (by position: the header's line and each row's), but a total row's,
    // which stays as its words ("合计：总投资（亿元）80")
    const at = new Set<number>();
    const kept = new Map<number, string>();
    for (const p of run) for (let k = 0, first = bodyOwner.get(p)!.at; k < p.text.split('\n').length; k++) at.add(first + k);
    for (const t of totals) {
      const first = t.para === total ? afterAt : bodyOwner.get(t.para)!.at;
      for (let k = 0; k < t.para.text.split('\n').length; k++) at.add(first + k);
      kept.set(first, t.text);
    }
    const lines = new Set(run.map((p) => p.line).filter((l) => !totals.some((t) => t.para.line === l)));
    owner.bodyLines = owner.bodyLines.filter((l) => !lines.has(l));
    owner.node.body = owner.node.body.split('\n').flatMap((l, i) => (kept.has(i) ? [kept.get(i)!] : at.has(i) ? [] : [l])).join('\n');
  }
}

export function allDrafts(nodes: PlanNode[]): PlanNode[] {
  return [...walk(nodes)].map((x) => x.node);
}

/**
 * Where the closing lines of a text begin: the run at its end of 附注 and of lines no longer than a signature or a
 * date (an issuer's name, 2025年3月6日), after the last paragraph that says more or is a table row.
 */
function closingLines(paras: readonly Para[]): number {
  let i = paras.length;
  while (i > 0 && !paras[i - 1].cells && (paras[i - 1].text.trim().length <= CLOSING_LINE_CHARS || isNoteLine(paras[i - 1].text))) i--;
  return i;
}
/** The longest signature or date line: an issuer such as 云州市青石区人民政府办公室 has 13 characters, a joint one more. */
const CLOSING_LINE_CHARS = 40;

/** Whether position `at` of `text` stands inside a 《…》 quotation (more 《 than 》 before it). */
function citedInQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/《/g) ?? []).length > (before.match(/》/g) ?? []).length;
}

/** A part whose heading names the plan's aims: 总体要求, 工作目标, 主要目标, 目标任务 (goalTexts). */
const GOAL_PART = /总体要求|目标/;

/**
 * The texts of `paras` before `end` where a plan states its own length of work: those of its head (before `first`), and
 * those of a part headed 总体要求 or …目标 (its heading line and what stands under it, down to the next heading of its
 * level or above) — the levels told apart by the marker's style, a heading of a style first seen inside the part being
 * under it.
 */
function goalTexts(paras: Para[], first: number, end: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let part: { style: string; above: Set<string> } | null = null;
  paras.slice(0, end).forEach((p, i) => {
    if (p.cells) return;
    if (i < first) { out.push(p.text); return; }
    const m = readMarker(p.text);
    const style = m ? m.style : p.heading !== undefined ? `h${p.heading}` : null;
    if (style) {
      const name = (m ? m.rest : p.text).trim().split(/[。：:；]/)[0];
      if (part && (style === part.style || part.above.has(style))) part = null;
      if (!part && name.length <= 16 && GOAL_PART.test(foldForMatch(name))) part = { style, above: new Set([...seen].filter((s) => s !== style)) };
      seen.add(style);
    }
    if (part) out.push(p.text);
  });
  return out;
}
