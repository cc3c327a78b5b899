/**
 * Paragraphs reshaped before the outline is built (parse.ts): headings run together on one line split, a title line
 * holding the text split off, "附件1" joined with its title on the next line, the signature closing a plan read into
 * the metadata, references to annexes ("附件：…") told from the annexes, and a heading split from its text.
 */
import type { ImportReport } from '../model/plan';
import type { Para } from './clean';
import { RULE, bracketTitleShape, runInTitleShape, decimalTopOver, decimalTopShape, inlineMarkerOffsets, wideArabicShape, matchView, rankOf, readMarker, type Marker, type MarkerStyle } from './grammar';
import { readDate, readMonthLine, readYearLine } from './dates';
import { deptFirst, looksLikeDepartments } from './departments';
import { readGovernment, readTownship } from './places';
import { SOURCE_ISSUER, type HeadResult } from './meta';
import { readFieldLine } from './fieldlines';
import { DEADLINE_LABELS, DEPARTMENT_LABEL, FIELD_START, LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS, TIME_LABEL, alternation } from './labels';
import { indexCells } from './headlines';
import { ACTION_VERB, isNotTaskContext } from './levels';
import { foldForMatch } from '../text/fold';
import { cnDate } from '../text/cndate';
import { paraWith } from './paracopy';
import { columnKinds } from './celltable';

const TIME_LABELS_ALL = [...SCHEDULE_LABELS, ...DEADLINE_LABELS];

/**
 * Split heading from body in "marker + text": a table-of-contents heading that prefixes the text, else the whole
 * text when short, else its first sentence; bullets have no heading.
 */
/** A bracket of labelled fields closing a line: "（牵头领导：张三、李四）", "(责任单位:区发改局)". */
const FIELD_BRACKET_END = /[（(][\u4e00-\u9fa5]{2,8}[：:][^（()）]+[)）]$/;
/** The first of two positions found (-1: not found). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/**
 * The first of `wide` or `narrow` (one punctuation mark's two forms: ； and ;) outside brackets, else -1. (Code units
 * compared: a regular expression tested on each character was ~15,000 calls a round of the five seeds.)
 */
function outsideBrackets(text: string, wide: string, narrow: string): number {
  const w = wide.charCodeAt(0);
  const n = narrow.charCodeAt(0);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++; // （ (
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--; // ） )
    else if (depth === 0 && (c === w || c === n)) return i;
  }
  return -1;
}

const STAGE_ORDINAL = /^第[一二三四五六七八九十0-9]{1,3}(?:阶段|步|批|轮|期)$/;
/** A label before a colon: a name closed by its ordinal ("行动一", "专项行动二", "工程3"). */
const LABEL_ORDINAL = /^[\u4e00-\u9fa5]{1,8}[一二三四五六七八九十0-9０-９]{1,3}$/;
/** A heading in Chinese, a space, then the same heading in English: two words or more of Latin letters, nothing else. */
const ENGLISH_TAIL = /^(.*[\u4e00-\u9fa5）)”》])[ \t\u3000]+([A-Z][A-Za-z'’-]*(?:[ ,&/]+[A-Za-z'’-]+)+)$/s;
/** …or one capitalised word, a translation only in a text whose headings are translated throughout (else a brand or a
 *  loanword that names the thing: "打造滨江 Citywalk", "建设东湖 Outlets"). */
const ENGLISH_WORD_TAIL = /^(.*[\u4e00-\u9fa5）)”》])[ \t\u3000]+([A-Z][a-z'’-]{3,})$/s;
/** Whether a text writes its headings' English after them: two headings or more end in an English phrase (ENGLISH_TAIL). */
export function translatesHeadings(rests: Iterable<string>): boolean {
  let n = 0;
  for (const r of rests) if (ENGLISH_TAIL.test(r.trim()) && ++n >= 2) return true;
  return false;
}
/** An explicit heading "X：Y" that is a heading whole: Y a short phrase without a clause, or X a label. */
const wholeAfterColon = (rest: string, colon: number): boolean => {
  const after = rest.slice(colon + 1).trim();
  return (after.length <= 24 && !/[，,、；;]/.test(after)) || LABEL_ORDINAL.test(matchView(rest.slice(0, colon)).trim());
};
export function splitHeading(m: Marker, toc: string[], explicit = false, translated = false): { heading: string; body: string } {
  const rest = m.rest.trim();
  if (m.style === 'bullet') return { heading: '', body: rest };
  // (the text is folded only when there are 目录 headings to compare it with)
  const folded = toc.length ? matchView(rest).replace(/\s+/g, '') : '';
  let best = '';
  for (const h of toc) if (folded.startsWith(matchView(h)) && h.length > best.length) best = h;
  if (best && best.length < folded.length) {
    // map the folded prefix length back onto the original text (spaces were removed)
    let k = 0;
    let i = 0;
    while (i < rest.length && k < best.length) { if (!/\s/.test(rest[i])) k++; i++; }
    return { heading: rest.slice(0, i).trim(), body: rest.slice(i).trim() };
  }
  // (a ； inside a bracket is a field's, "加强组织领导（牵头单位：区政府办；配合单位：区财政局）": no sentence ends there; a
  // half-width ; outside brackets ends a clause as ； does, in a text typed in half-width punctuation: "…,6月底前完成;")
  const stop = firstOf(rest.search(/[。！？]/), outsideBrackets(rest, '；', ';'));
  // "扎实推进农村厕所革命：以户用卫生厕所改造为重点，…": a run-in heading ended by a colon before any sentence end
  // (a colon inside a bracket is a field's, "城市建设工作目标（牵头领导：王五）": no run-in heading ends there)
  const colon = outsideBrackets(rest, '：', ':');
  // "第一阶段：全面排查（2025年4月—6月）": an ordinal before the colon (第X阶段, 第X步, 第X批) is no heading alone — a line
  // without a sentence is the heading whole
  if (colon >= 0 && STAGE_ORDINAL.test(matchView(rest.slice(0, colon)).trim()) && rest.length <= 40 && (stop < 0 || stop === rest.length - 1)) {
    return { heading: rest.replace(/[。；;]$/, ''), body: '' };
  }
  // "…等工作目标（牵头领导：张三、李四）": a heading closed by a bracket of labelled fields, no sentence before it — the
  // heading is what is before the bracket, the bracket its text (the heading is not cut inside it, nor left empty)
  const fields = stop < 0 || stop === rest.length - 1 ? FIELD_BRACKET_END.exec(rest.replace(/[。；;]$/, '')) : null;
  if (fields && fields.index >= 2 && fields.index <= 60) return { heading: rest.slice(0, fields.index).trim(), body: rest.slice(fields.index).trim() };
  // "聚焦主导产业精准招商 Targeted Promotion of Leading Industries": a heading followed by its English (a plan written
  // with English headings; "完善考核激励 Incentives", one capitalised word, only when the text's headings are translated
  // throughout — `translated`; else one word is a name, "打造滨江 Citywalk") — the heading is the Chinese, the English its
  // text's first line (kept, not named by it)
  const english = stop < 0 ? ENGLISH_TAIL.exec(rest) ?? (translated ? ENGLISH_WORD_TAIL.exec(rest) : null) : null;
  if (english) return { heading: english[1], body: english[2] };
  // A Word or Markdown heading (`explicit`: a heading style, "### 3.…") with no sentence in it is a heading whole, its
  // colon or space included ("3.PM2.5治理：实施清洁空气行动", "专项行动一：智慧交通"): a run-in heading's text is a
  // sentence after it, which the style gives the whole paragraph. (The exports print every heading so; cut at the colon,
  // an edited heading "X：Y" came back as X, Y its text.) With a colon, only when what follows it is a short phrase (no
  // clause after a ，or 、) or what goes before it is a label ("行动一：", "专项行动二："): "加强组织领导：成立…工作专班，统筹
  // 推进…" is a run-in heading and its text, in a heading style as on a line of text.
  if (explicit && stop < 0 && rest.length <= 60 && !deptFirst(rest) && (colon < 0 || wholeAfterColon(rest, colon))) return { heading: rest, body: '' };
  // (not the departments opening a point, "区发展改革委：牵头建立…": they are no heading, departments.ts DEPT_FIRST)
  if (colon >= 2 && colon <= 30 && (stop < 0 || colon < stop) && !/[，,、；;]/.test(rest.slice(0, colon)) && rest.length > colon + 1 && !deptFirst(rest)) {
    return { heading: rest.slice(0, colon), body: rest.slice(colon + 1).trim() };
  }
  // "发展成就 “十三五”期间，…": a short heading, a space, then its text (headings run together with their body)
  // (not a heading of two phrases on a line of its own, "立足新起点 开启现代化建设新征程": no punctuation after the space)
  const gap = /^([^\s。；！？，,：:]{2,24})[ \t\u3000]+(\S.{8,})$/s.exec(rest);
  // (a space before a quote padded inside, "做大做强做靓 “ 遵义都市圈 ” 核心圈…" as some exports space quotes, is no gap)
  if (gap && !/^[“"‘]\s/.test(gap[2]) && (stop < 0 || stop > gap[1].length) && !(rest.length <= 40 && !/[，,。；！？、：:\n]/.test(gap[2]))) return { heading: gap[1], body: gap[2].trim() };
  if (rest.length <= 50 && (stop < 0 || stop === rest.length - 1)) return { heading: rest.replace(/[。；;]$/, ''), body: '' };
  if (stop >= 0 && stop <= 50) return { heading: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  // a chapter's or volume's heading is a title, its clauses included, when no sentence ends in it ("第一章 做大做强…增长核，
  // 向社会主义现代化新征程迈进的形势和任务", broken over two lines)
  if (stop < 0 && rest.length <= 80 && (m.style === 'chapter' || m.style === 'pian' || m.style === 'part')) return { heading: rest, body: '' };
  if (m.style === 'paren' || m.style === 'circled') return { heading: '', body: rest };
  const clause = rest.search(/[，,：:]/);
  if (clause > 0 && clause <= 40) return { heading: rest.slice(0, clause), body: rest.slice(clause + 1).trim() };
  return { heading: '', body: rest };
}

/**
 * Headings run together on one line (the 十一五 plan's chapters, a whole plan pasted as one line): split at the
 * grammar's inline markers, but only where they continue the document's numbering (一、 after 第X章, 二、 after 一、,
 * (一) after 一、, 1. after a higher heading, 2. after 1.), so numbers inside sentences are left alone. Short lines are
 * split only where a marker follows a space ("一、总体要求 (一)指导思想") or the bracket of an annotation closing a
 * sentence ("…增长9%。（A主办，B协办）2.推进…", "…增长6%左右。（A负责）（二）一般公共预算收入…").
 */
/** A closing bracket: a point may run on right after the annotation closing the one before (grammar.ts AFTER_ANNOTATION). */
const CLOSES_ANNOTATION = /[)）]/;
/** "…增长9%。（A主办，B协办）2.推进…", "…。（A负责）（二）…": a short line holding such a run-on point. */
const RUN_ON_AFTER_ANNOTATION = /[。；;！？!?][(（][^(（)）\n]{1,80}[)）](?:[0-9０-９]{1,2}[.．]|[(（][一二三四五六七八九十]{1,3}[)）])/;

export function splitRunTogether(paras: Para[], _toc: string[], skip: ReadonlySet<MarkerStyle> = new Set()): Para[] {
  const counters = new Map<MarkerStyle, number>();
  const accept = (style: MarkerStyle, n: number, force: boolean): boolean => {
    const last = counters.get(style);
    const ok = force || (last === undefined ? n === 1 : n === last + 1);
    if (!ok) return false;
    counters.set(style, n);
    for (const s of [...counters.keys()]) if (rankOf(s) > rankOf(style)) counters.delete(s);
    return true;
  };
  // `skip`: styles this document does not use as structure (第X条 outside a text written in articles)
  const inline = (style: MarkerStyle) => RULE[style]?.inline != null && !skip.has(style);
  const out: Para[] = [];
  /** The offsets where the numbering goes on inside a paragraph (counters moved on as they are accepted). */
  const cutsOf = (text: string, long: boolean): number[] => {
    const cuts: number[] = [];
    for (const at of inlineMarkerOffsets(text)) {
      if (!long && !/\s/.test(text[at - 1]) && !CLOSES_ANNOTATION.test(text[at - 1])) continue;
      const mk = readMarker(text.slice(at));
      if (!mk || !inline(mk.style) || !mk.n || !mk.rest.trim()) continue;
      if (accept(mk.style, mk.n, false)) cuts.push(at);
    }
    return cuts;
  };
  for (const p of paras) {
    // A whole plan on one line that holds tabs (a table of it joined without line ends) is no table row: split at its
    // headings like any one-line plan (below), when a cell of it runs two or more headings on, one of them a part's
    // (一、, 第X章 …), so a long cell of a real row listing 1.…2.… stays a cell.
    if (p.tabs && p.cells && p.text.length >= 300 && p.cells.some((c) => c.length >= 120)) {
      const saved = new Map(counters);
      const cuts = cutsOf(p.text, true);
      if (cuts.length >= 2 && cuts.some((c) => rankOf(readMarker(p.text.slice(c))!.style) <= rankOf('cn'))) {
        let from = 0;
        for (const c of [...cuts, p.text.length]) {
          const piece = p.text.slice(from, c).trim();
          if (piece) out.push(...runTogetherTable(paraWith(p, { text: piece, cells: undefined, tabs: undefined })));
          from = c;
        }
        continue;
      }
      counters.clear();
      for (const [k, v] of saved) counters.set(k, v);
    }
    const lead = p.cells ? null : readMarker(p.text);
    if (lead && inline(lead.style) && lead.n) accept(lead.style, lead.n, true);
    // a table of contents run together on one line is read by readHead, not split
    if (p.cells || p.heading !== undefined || p.text.length < 8 || /^目\s*录/.test(p.text)) { out.push(p); continue; }
    const long = p.text.length >= 120;
    if (!long && !/\s/.test(p.text) && !(p.text.indexOf('）') >= 0 || p.text.indexOf(')') >= 0 ? RUN_ON_AFTER_ANNOTATION.test(p.text) : false)) { out.push(p); continue; }
    const cuts = cutsOf(p.text, long);
    if (!cuts.length) { out.push(p); continue; }
    let from = 0;
    for (const c of [...cuts, p.text.length]) {
      const piece = p.text.slice(from, c).trim();
      if (piece) out.push(paraWith(p, { text: piece }));
      from = c;
    }
  }
  return out;
}

/**
 * A piece of a one-line plan holding a table (splitRunTogether): its rows were joined without line ends, so each row's
 * last cell runs into the next row's 序号 ("…\t完成时限1\t推进…\t2025年3月底前2\t推进…"). The rows come back only where
 * the 序号 column says so: a header opening with 序号/编号 (the text before it is a paragraph of its own), its last
 * cell followed by 1, then rows of as many cells, each row's last cell followed by the next number — the last row
 * takes what is left and must fill the columns. Anything else (no 序号, numbers not going on, cells left over) is
 * not guessed: the piece stays text, its tabs as written.
 */
function runTogetherTable(p: Para): Para[] {
  if (p.text.indexOf('\t') < 0) return [p];
  const cells = p.text.split('\t').map((c) => c.trim());
  const open = /(序号|编号)$/.exec(cells[0]);
  if (!open) return [p];
  let k = 1;
  while (k < cells.length && !/(?<![0-9])1$/.test(cells[k])) k++;
  const n = k + 1;
  if (n < 3 || k >= cells.length) return [p];
  const header = [open[1], ...cells.slice(1, k), cells[k].slice(0, -1).trim()];
  const rows: string[][] = [];
  let first = '1';
  let at = k + 1;
  for (;;) {
    if (at + n - 1 > cells.length) return [p];
    const row = [first, ...cells.slice(at, at + n - 1)];
    at += n - 1;
    if (at === cells.length) { rows.push(row); break; }
    const next = String(rows.length + 2);
    const last = row[n - 1];
    if (!last.endsWith(next) || /[0-9]/.test(last.charAt(last.length - next.length - 1))) return [p];
    row[n - 1] = last.slice(0, -next.length).trim();
    rows.push(row);
    first = next;
  }
  const before = cells[0].slice(0, open.index).trim();
  const out: Para[] = before ? [paraWith(p, { text: before })] : [];
  for (const r of [header, ...rows]) out.push(paraWith(p, { text: r.join('\t'), cells: r, tabs: true }));
  return out;
}

/** A department label: where a run-on field clause starts. */
const FIRST_LABEL = new RegExp(`${DEPARTMENT_LABEL}\\s*[:：]`);
const TIME_LABEL_RE = new RegExp(TIME_LABEL);

/** A departments field line whose every name is a unit's (a cut line's "责任单位：区" names none: no cut there). */
function namesUnits(f: ReturnType<typeof readFieldLine>): boolean {
  if (f?.field !== 'departments') return false;
  const names = [...f.lead, ...f.partners, ...f.responsible];
  return names.length > 0 && names.every((n) => n.length >= 3);
}

/**
 * A departments clause run onto the end of a paragraph ("…建立长效管理机制 牵头单位：区住建委；配合单位：各街道", a text
 * whose paragraphs are single lines, or one a line before it was joined to): split off as a paragraph of its own, the
 * field line it would be on a line of its own (fieldlines.ts), when all of it from its label to the end reads as one.
 * A label inside a sentence ("明确牵头单位：…" has no space or clause end before it) or in a bracket stays.
 */
/**
 * A bullet point that opens with a field's label ("- 牵头单位：区住建局", "• 时间节点：2025年完成40个；…", a Word bullet
 * list paragraph): the field of the node it stands under, read as it would be without the bullet — not a point of
 * its own holding the task's departments or milestones. Its text loses the bullet.
 */
export function fieldBullets(paras: Para[]): Para[] {
  let out: Para[] | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.cells || p.heading !== undefined || (p.text.indexOf('：') < 0 && p.text.indexOf(':') < 0)) continue;
    const m = readMarker(p.text);
    const rest = m?.style === 'bullet' ? m.rest : !m && p.list && !p.list.ordered ? p.text : null;
    if (rest === null || !FIELD_START.test(rest)) continue;
    (out ??= paras.slice())[i] = paraWith(p, { text: rest, list: undefined });
  }
  return out ?? paras;
}

/**
 * A line of fields as a collaborative document (a wiki page, a chat tool's document) writes them under a task: short
 * labels, each a colon and its value, the units @-mentioned — "负责：@区数据局　协同：@区政务服务中心 @区财政局　截止：
 * 2026-06-30" (bold labels lose their ** in the Markdown reader) —: rewritten in the wording of a field line, "牵头单位：
 * 区数据局；配合单位：区政务服务中心、区财政局；完成时限：2026年6月30日" (fieldlines.ts). Only a paragraph that opens with
 * such a label, holds two fields or more, all of them such labels, and mentions with @ — "负责：…" in a sentence of a
 * plan stays as written.
 */
const MENTION_LABEL = /(?:^|[\s\u3000]+)(负责|协同|协作|配合|截止(?:时间|日期)?)\s*[:：]\s*/g;
/** A place that carries work as a unit does, named whole ("石桥社区", "青禾村", "东岭街道"): a mention of one is a unit. */
const PLACE_UNIT = /^[\u4e00-\u9fff]{1,10}(?:社区|村|街道|镇|乡)$/;
/** A mention, half-width or full-width. */
const MENTION = /[@＠]/;
/** Any short label and its colon after a gap, ours or not ("联系邮箱：", "联系人："): where a mention field's value ends. */
const ANY_LABEL = /(?<=[\s\u3000])[\u4e00-\u9fff]{2,6}\s*[:：]/g;
const MENTION_FIELD: Record<string, string> = { 负责: '牵头单位', 协同: '配合单位', 协作: '配合单位', 配合: '配合单位' };
export function mentionFields(paras: Para[]): Para[] {
  let out: Para[] | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.cells || p.heading !== undefined || !MENTION.test(p.text)) continue;
    const text = p.text.trim();
    const labels = [...text.matchAll(MENTION_LABEL)];
    if (labels.length < 2 || labels[0].index !== 0) continue;
    // (a value ends at any label after it, one of ours or not — "负责：@区数据局　联系邮箱：data@…" —; a label not ours
    // is kept as written, its field no unit's; a unit is a mention that reads as a department (looksLikeDepartments),
    // what else a value holds is kept as written too, and a line naming no department stays as it is)
    const ends = [...text.matchAll(ANY_LABEL)].map((m) => m.index!);
    const fields: string[] = [];
    const others: string[] = [];
    let units = false;
    labels.forEach((m, k) => {
      const from = m.index! + m[0].length;
      const value = text.slice(from, ends.find((e) => e >= from) ?? text.length).trim();
      if (m[1].startsWith('截止')) {
        // (a date read by dates.ts, the value nothing else: one that is no date, "2026-13-45", stays as written)
        const d = readDate(value);
        fields.push(`完成时限：${(d && !d.partial && d.raw === value ? cnDate(d.iso) : null) ?? value}`);
      } else {
        const names = value.split(/[\s\u3000,，、]+/).map((n) => n.replace(/^[@＠]/, '')).filter(Boolean);
        const named = names.filter((n) => looksLikeDepartments(n) || PLACE_UNIT.test(n));
        if (named.length) { units = true; fields.push(`${MENTION_FIELD[m[1]]}：${named.join('、')}`); }
        others.push(...value.split(/[\s\u3000,，、]+/).filter((n) => n && !named.includes(n.replace(/^[@＠]/, ''))));
      }
      const foreign = ends.filter((e) => e >= from && e < (labels[k + 1]?.index ?? text.length));
      for (const [f, e] of foreign.entries()) others.push(text.slice(e, foreign[f + 1] ?? labels[k + 1]?.index ?? text.length).trim());
    });
    if (!units) continue;
    // (the fields not ours follow as a line of text of their own: no field line reads them as a unit's name)
    const line = paraWith(p, { text: fields.join('；'), list: undefined });
    if (!out) out = paras.slice();
    out.splice(out.indexOf(p), 1, line, ...(others.length ? [paraWith(line, { text: others.join('　'), indent: false, afterBlank: false })] : []));
  }
  return out ?? paras;
}

/** A department field line at the start of a paragraph ("责任单位：石门镇…"). */
const DEPT_LINE_START = new RegExp(`^${DEPARTMENT_LABEL}\\s*[:：]`);
/**
 * Another field's label run on right after a department list, without a stop between ("责任单位：石门镇任务目标：在…",
 * as a web page of 民生实事 项目 field lines loses the line break): the label of a time, a target or a content.
 */
const GLUED_LABEL = new RegExp(`(?<=[\\u4e00-\\u9fa5）)])${alternation(TIME_LABELS_ALL, ['任务目标', '工作目标', '目标任务', '建设内容', '主要内容', '工作内容', '具体内容', '建设规模'])}\\s*[:：]`);

/** Opening brackets less closing ones in `t` (splitFieldTail: a cut inside a bracket is none). */
function bracketsOpen(t: string): number {
  return (t.match(/[（(]/g)?.length ?? 0) - (t.match(/[）)]/g)?.length ?? 0);
}

export function splitFieldTail(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p0 of paras) {
    let p = p0;
    // a department line with another field glued on after its list: two lines, when what is before is a list of units
    if (!p.cells && p.heading === undefined && DEPT_LINE_START.test(p.text)) {
      const g = GLUED_LABEL.exec(p.text);
      if (g && namesUnits(readFieldLine(p.text.slice(0, g.index)))) {
        out.push(paraWith(p, { text: p.text.slice(0, g.index).trimEnd() }));
        p = paraWith(p, { text: p.text.slice(g.index).trim(), indent: false, afterBlank: false, list: undefined });
      }
    }
    // (every such clause has a department label: a paragraph without 单位/部门 has none)
    if (p.cells || p.heading !== undefined || p.text.length < 12 || !/(单位|部门)\s*[:：]/.test(p.text)) { out.push(p); continue; }
    // the first department label of the paragraph, when a space or a clause end stands before it: a label right
    // after a bracket ("（牵头单位：…）") or opening the paragraph (a field line already) is not cut
    const first = FIRST_LABEL.exec(p.text);
    // (a clause run on starts with its lead: "配合单位：" alone after a sentence is the rest of a field before it)
    if (!first || first.index < 4 || /^配合/.test(first[0])) { out.push(p); continue; }
    const gap = /[ \t\u3000]+$/.exec(p.text.slice(0, first.index));
    const before = gap ? p.text.slice(0, gap.index) : p.text.slice(0, first.index);
    const tail = p.text.slice(first.index).trim();
    // (a label clause before it, "推进部门：区城运中心　配合部门：…", is one field line with it: not cut)
    // (a deadline or another field after the departments makes no departments line: left to the general rules)
    // (a line that opens with a colon or a clause end is the rest of a line before it, not a paragraph's start)
    const cut = (gap || /[。；;，,]$/.test(before)) && before.trim().length >= 4 && !/^[：:，,；;、。）)】]/.test(before.trim()) && bracketsOpen(before) === 0 && bracketsOpen(tail) === 0 &&
      !/[:：][^。；;！？]*$/.test(before) && !TIME_LABEL_RE.test(tail) && namesUnits(readFieldLine(tail)) ? first.index : -1;
    if (cut < 0) { out.push(p); continue; }
    out.push(paraWith(p, { text: p.text.slice(0, cut).trimEnd() }));
    out.push(paraWith(p, { text: p.text.slice(cut).trim(), indent: false, afterBlank: false, list: undefined }));
  }
  return out;
}

/**
 * A task written as a run of 【】 labelled fields on one line, no colon in the brackets ("1.【任务名称】推进老旧厂区改造
 * 【工作内容】完成…【牵头单位】区住建局【配合单位】区经信局【完成时限】2026年10月底前", a 任务清单 as some offices type it):
 * reshaped into the wording the rest of the importer reads — the name as the run-in heading, the content as its
 * sentences, the department and time fields in one closing bracket ("推进老旧厂区改造。完成…。（牵头单位：区住建局；
 * 配合单位：区经信局；完成时限：2026年10月底前）"). Only a paragraph whose fields open it (after its number, if any), two
 * or more, the first a name, content, department or time label, every one a label of such a list, one of them a
 * department or time label (in the matching view: Traditional labels too); another label ("【备注】") stays as "备注：…"
 * in the text. 【】 around a heading or a stressed word ("【专项二】要素保障强化【责任单位】…") is not such a run.
 */
const FIELD_RUN = /【([\u4e00-\u9fa5]{2,8})】/g;
const NAME_LABEL = /^(?:任务名称|任务|工作任务|重点任务|任务事项|事项名称|工作事项|事项|项目名称|改革事项|重点工作)$/;
const CONTENT_LABEL = /^(?:工作内容|具体内容|主要内容|任务内容|建设内容|工作措施|具体措施|主要措施|推进措施|工作举措|具体举措|工作目标|目标任务|任务目标|预期目标)$/;
const TIME_LABEL_WHOLE = new RegExp(`^${alternation(TIME_LABELS_ALL)}$`);
/** A deadline, then an organ's name and a full date: a signature run on after it. */
const GLUED_SIGNATURE = /^(.*?(?:底前|前|底|末|止))\s*([\u4e00-\u9fa5（）()]{4,40}?(?:政府|办公室|委员会|领导小组|指挥部|局|委|办|部|中心|街道办事处)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/;
const FIELD_LABEL_WHOLE = new RegExp(`^${alternation(LEAD_LABELS, PARTNER_LABELS, TIME_LABELS_ALL)}$`);
/** The other fields such a list carries, kept in the text as "备注：…". */
const OTHER_LABEL = /^(?:备注|说明|牵头领导|责任领导|分管领导|责任人|联系人|总投资|投资规模|资金来源|完成标准|工作标准|预期成效|成果形式|考核指标|进度要求)$/;

export function labelledFieldRuns(paras: Para[]): Para[] {
  paras = wrappedRuns(runTogetherRuns(paras));
  let out: Para[] | null = null;
  for (let i = paras.length - 1; i >= 0; i--) {
    const p = paras[i];
    if (p.cells || p.heading !== undefined || p.text.indexOf('【') < 0) continue;
    const runs = [...p.text.matchAll(FIELD_RUN)];
    if (runs.length < 2) continue;
    const prefix = p.text.slice(0, runs[0].index);
    if (!/^[\s0-9０-９一二三四五六七八九十.．、()（）]{0,8}$/.test(prefix)) continue;
    // (labels read in the matching view: a Traditional list's 【牽頭單位】 is a 牵头单位)
    const labels = runs.map((r) => matchView(r[1]));
    // (the first a name, content or field label, every one a label such a list uses, one a department or time label:
    // 【】 around a heading or a word to stress, "【专项二】要素保障强化【责任单位】…", "【重要提示】…", stays as written)
    if (!(NAME_LABEL.test(labels[0]) || CONTENT_LABEL.test(labels[0]) || FIELD_LABEL_WHOLE.test(labels[0]))) continue;
    if (!labels.every((l) => NAME_LABEL.test(l) || CONTENT_LABEL.test(l) || FIELD_LABEL_WHOLE.test(l) || OTHER_LABEL.test(l))) continue;
    if (!labels.some((l) => FIELD_LABEL_WHOLE.test(l))) continue;
    // (the first label again opens the next task: lines of a text joined as one paragraph, each its own task)
    const records: RegExpMatchArray[][] = [];
    runs.forEach((r, k) => {
      if (!records.length || labels[k] === labels[0]) records.push([]);
      records[records.length - 1].push(r);
    });
    let signature = '';
    const texts = records.map((rec, j) => {
      let name = '';
      const sentences: string[] = [];
      const fields: string[] = [];
      for (let k = 0; k < rec.length; k++) {
        const from = rec[k].index! + rec[k][0].length;
        const next = k + 1 < rec.length ? rec[k + 1] : records[j + 1]?.[0];
        let value = p.text.slice(from, next?.index).trim().replace(/[。；;，,\s]+$/, '');
        if (!value) continue;
        const label = rec[k][1];
        const seen = matchView(label);
        // (the text's last deadline with the signature run on after it, a line break lost: "2026年6月底前云溪区…办公室
        // 2026年2月16日" — the signature is a paragraph of its own, after the run)
        const signed = !next && TIME_LABEL_WHOLE.test(seen) ? GLUED_SIGNATURE.exec(value) : null;
        if (signed) { value = signed[1]; signature = signed[2]; }
        if (FIELD_LABEL_WHOLE.test(seen)) fields.push(`${label}：${value}`);
        else if (NAME_LABEL.test(seen) && !name) name = value;
        else sentences.push(CONTENT_LABEL.test(seen) ? value : `${label}：${value}`);
      }
      return (j === 0 ? prefix : '') + (name ? `${name}。` : '') + sentences.map((v) => `${v}。`).join('') + (fields.length ? `（${fields.join('；')}）` : '');
    });
    if (signature) texts.push(signature);
    (out ??= paras.slice()).splice(i, 1, ...texts.map((text, j) => (j === 0 ? paraWith(p, { text }) : paraWith(p, { text, indent: false, afterBlank: false, list: undefined }))));
  }
  return out ?? paras;
}

/**
 * A task written as a card: a table of two columns whose left cells are the labels of its fields, under the heading it
 * belongs to ("（一）学前教育扩容" ⏎ "项目 | 内容" ⏎ "工作目标 | 新增学位1800个…" ⏎ "主要任务 | …" ⏎ "责任单位 | 区教育局牵头，…" ⏎
 * "完成时限 | 2026年8月底前"; a 方案 that lays each field's 目标 / 任务 / 措施 side by side): reshaped into the wording the
 * rest of the importer reads, as a run of 【】 fields is (labelledFieldRuns) — the content cells as its sentences, the
 * department and time cells in one closing bracket. Only a run of two-cell rows (two or more), every left cell a label
 * such a card uses, one of them a department or time label and one a content label; a head row of two generic words
 * over it ("项目 | 内容", "类别 | 具体内容") goes with it. Another table (a left cell that is no label) stays a table.
 */
const CARD_CONTENT = /^(?:主要任务|重点任务|工作任务|任务|目标|措施|主要举措|实施内容)$/;
const CARD_HEAD = /^(?:项目|类别|要素|事项|栏目|名称|内容|具体内容|主要内容|说明)$/;
const cardLabel = (c: string) => { const v = matchView(c.trim()); return FIELD_LABEL_WHOLE.test(v) ? 'field' : CONTENT_LABEL.test(v) || CARD_CONTENT.test(v) ? 'content' : OTHER_LABEL.test(v) ? 'other' : null; };
/** A row of two cells: a table's (a Word table, a Markdown one) or a text line of one tab, both sides written. */
function twoCells(p: Para): string[] | null {
  if (p.cells) return p.cells.length === 2 ? p.cells : null;
  const t = p.text.indexOf('\t');
  if (t <= 0 || p.text.indexOf('\t', t + 1) >= 0) return null;
  const cells = [p.text.slice(0, t).trim(), p.text.slice(t + 1).trim()];
  return cells[0] && cells[1] ? cells : null;
}
export function fieldCards(paras: Para[]): Para[] {
  let out: Para[] | null = null;
  const labelRow = (p: Para) => { const c = twoCells(p); return c && cardLabel(c[0]) ? c : null; };
  for (let i = paras.length - 1; i >= 0; i--) {
    if (!labelRow(paras[i])) continue;
    // the run of label rows ending at i, and a head row of generic words over it
    let from = i;
    while (from > 0 && labelRow(paras[from - 1])) from--;
    const rows = paras.slice(from, i + 1).map((p) => twoCells(p)!);
    const kinds = rows.map((c) => cardLabel(c[0]));
    const last = i;
    i = from;
    // (a label met again starts the next card: "主要任务 | 新建幼儿园3所" ⏎ "责任单位 | 区教育局" ⏎ "主要任务 | 改扩建小学2所" ⏎
    // "责任单位 | 区住建局" ⏎ "完成时限 | …" are two cards, each its own paragraph with its own units; a card that is
    // not one — no content or no field of its own — leaves the whole run a table)
    const cards: number[][] = [[]];
    const seen = new Set<string>();
    rows.forEach((c, k) => {
      const label = matchView(c[0].replace(/\s/g, ''));
      if (seen.has(label)) { cards.push([]); seen.clear(); }
      seen.add(label);
      cards[cards.length - 1].push(k);
    });
    if (cards.some((card) => card.length < 2 || !card.some((k) => kinds[k] === 'field') || !card.some((k) => kinds[k] === 'content'))) continue;
    const over = from > 0 ? twoCells(paras[from - 1]) : null;
    const head = over && over.every((c) => CARD_HEAD.test(matchView(c))) ? from - 1 : from;
    const texts = cards.map((card) => {
      const sentences: string[] = [];
      const fields: string[] = [];
      for (const k of card) {
        const c = rows[k];
        const value = c[1].replace(/[。；;，,\s]+$/, '');
        if (kinds[k] === 'field') fields.push(`${c[0]}：${value}`);
        else sentences.push(kinds[k] === 'content' ? `${value}。` : `${c[0]}：${value}。`);
      }
      return sentences.join('') + (fields.length ? `（${fields.join('；')}）` : '');
    });
    (out ??= paras.slice()).splice(head, last - head + 1, ...texts.map((text, n) => paraWith(paras[head], { text, cells: undefined, cellLines: undefined, mergedFrom: undefined, list: undefined, heading: undefined, ...(n ? { indent: false, afterBlank: false } : {}) })));
    i = head;
  }
  return out ?? paras;
}

/** A number right before a 【label】 ("1.【任务名称】", "前2.【任务名称】"), not after another digit. */
const NUMBERED_RUN = /(?<![0-9０-９])([0-9０-９]{1,2})[.．、](?=【([\u4e00-\u9fa5]{2,8})】)/g;
/**
 * Numbered runs of 【】 fields run together with what stands before them, as a text that lost its line breaks gives
 * them ("一、片区更新1.【任务名称】…【完成时限】2026年10月底前2.【任务名称】…"): each numbered run is a paragraph of its
 * own, the words before the first one (a heading) theirs — only when the runs are numbered 1, 2, 3 … through the text
 * and each opens with the same label, a task's name or content (任务名称, 工作内容 …).
 */
function runTogetherRuns(paras: Para[]): Para[] {
  const at: { p: Para; index: number }[] = [];
  let label = '';
  for (const p of paras) {
    if (p.cells || p.heading !== undefined || p.text.indexOf('【') < 0) continue;
    for (const m of p.text.matchAll(NUMBERED_RUN)) {
      const seen = matchView(m[2]);
      if (!(NAME_LABEL.test(seen) || CONTENT_LABEL.test(seen)) || (label && seen !== label)) return paras;
      label = seen;
      if (Number(foldForMatch(m[1])) !== at.length + 1) return paras;
      at.push({ p, index: m.index! });
    }
  }
  if (at.length < 2 || at.every((x) => x.index === 0)) return paras;
  const out: Para[] = [];
  for (const p of paras) {
    const cuts = at.filter((x) => x.p === p && x.index > 0).map((x) => x.index);
    if (!cuts.length) { out.push(p); continue; }
    let from = 0;
    for (const c of [...cuts, p.text.length]) {
      const text = p.text.slice(from, c).trim();
      if (text) out.push(from === 0 ? paraWith(p, { text }) : paraWith(p, { text, indent: false, afterBlank: false, list: undefined }));
      from = c;
    }
  }
  return out;
}
/** A paragraph opening with a run of 【】 labels: its number at most, then 【label】. */
const OPENS_RUN = /^[\s0-9０-９一二三四五六七八九十.．、()（）]{0,8}【[\u4e00-\u9fa5]{2,8}】/;
/**
 * A run of 【】 fields is one line of its source: a text hard-wrapped narrower than joinBroken tells (wrapWidth) cuts
 * it into lines, a label with them — "1.【任务名称】推进老旧厂区改造【" ⏎ "工作内容】完成…机械二厂" ⏎ "2处老旧…" ⏎
 * "…【完成时" ⏎ "限】2026年10月底前". The lines after a run's first line go on with it while the line before is as
 * long as that first line (full) and they carry no number, no blank line or indentation before them — when a line
 * break among them falls inside a 【】 (a bracket left open at a line's end, or closed at the next line's start) or
 * inside a value (a line opening with words and then the next 【label】: "制【工作内容】开展…" under "…评估机"):
 * that is what a wrap does and an author never writes. A line opening with its own 【label】 (each task a line) is
 * no such evidence.
 */
/** A line opening with the rest of a label ("限】2026年…") or of a value before the next label ("制【工作内容】…"). */
const CUT_AT_START = /^[^【]*】|^[^【】\s]+【[\u4e00-\u9fa5]{2,8}】/;
function wrappedRuns(paras: Para[]): Para[] {
  let out: Para[] | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    let j = i + 1;
    if (!p.cells && p.heading === undefined && p.text.indexOf('【') >= 0 && OPENS_RUN.test(p.text)) {
      const full = p.text.length - 1;
      while (j < paras.length && paras[j - 1].text.length >= full) {
        const q = paras[j];
        if (q.cells || q.heading !== undefined || q.list || q.afterBlank || q.indent || readMarker(q.text) !== null) break;
        j++;
      }
    }
    const lines = j > i + 1 ? paras.slice(i, j).map((q) => q.text) : null;
    if (lines && lines.some((l, k) => k + 1 < lines.length && (l.lastIndexOf('【') > l.lastIndexOf('】') || CUT_AT_START.test(lines[k + 1])))) {
      (out ??= paras.slice(0, i)).push(paraWith(p, { text: lines.join(''), width: paras[j - 1].width, chars: paras[j - 1].chars }));
      i = j - 1;
    } else out?.push(p);
  }
  return out ?? paras;
}

/**
 * The signature closing a plan issued without a notice: an issuer line and a date line at the very end ("某县人民政府
 * 办公室" / "2025年3月18日") give the issuer and the date when the head has none; they are not body text.
 */
export function readSignature(paras: Para[], meta: HeadResult['meta'], report: ImportReport, headText = ''): Para[] {
  const last = paras[paras.length - 1];
  if (!last) return paras;
  // (a plan with annexes ends with them, and the cells of a flattened table are no signature): its signature stands
  // where GB/T 9704 puts it, after the text and its 附件 list, before the first annex ("石岭县青禾镇人民政府" ⏎
  // "2025年3月20日" ⏎ "附件" ⏎ "青禾镇乡村振兴项目库")
  if (paras.some((p) => !p.cells && readMarker(p.text)?.style === 'appendix')) {
    for (let i = 2; i < paras.length; i++) {
      if (paras[i].cells || readMarker(paras[i].text)?.style !== 'appendix') continue;
      // (the 附注 GB/T 9704 puts under the date of a 请示 or 函, "（联系人：…；联系电话：…）", stands between: it stays text)
      const at = i - 1 - (ANNOTATION_LINE.test(paras[i - 1].text) ? 1 : 0);
      const signer = signatureAt(paras, at);
      if (!signer) continue;
      take(meta, report, signer, paras[at]);
      return [...paras.slice(0, at - 1), ...paras.slice(at + 1)];
    }
    // (none before an annex: the 附件 lines were the notice's list, "附件：1.X" ⏎ "2.Y", the signature after them —
    // the notice of a 分解 whose tables are sent apart — and the end is tried as below)
    // (…nor are 附件 lines with nothing under them but the signature: the 附件说明 of a notice issued directly, "附件：X" ⏎
    // office ⏎ date, as a page gives it and as the Word export prints the annex it was read into — whose import kept the
    // office and the date as the annex's text and lost the 成文日期)
    const firstAnnex = paras.findIndex((p) => !p.cells && readMarker(p.text)?.style === 'appendix');
    const labelsOnly = paras.length - firstAnnex >= 3 && paras.slice(firstAnnex, -2).every((p) => !p.cells && readMarker(p.text)?.style === 'appendix');
    if (!labelsOnly && paras.some((p, i) => !p.cells && readMarker(p.text)?.style === 'appendix' && !/^附[件表]\s*[:：]\s*1[.、．]/.test(matchView(p.text.trim())) && i < paras.length - 2)) return paras;
  }
  // a web page's download links after the signature ("松阳县发展和改革局" ⏎ "2025年5月16日" ⏎ "2025年1-4月县重点项目…
  // 计划完成表.xls"): a line that is only a file's name is no text of the plan's end — the signature is read before them,
  // the links stay where they are
  let links = paras.length;
  while (links > 2 && !paras[links - 1].cells && FILE_LINK.test(paras[links - 1].text)) links--;
  if (links < paras.length) {
    const signer = signatureAt(paras, links - 1);
    if (signer) {
      take(meta, report, signer, paras[links - 1]);
      return [...paras.slice(0, links - 2), ...paras.slice(links)];
    }
  }
  // footnotes printed after the signature, as Word puts a document's notes at its end ("南屿县人民政府办公室" ⏎
  // "2026年2月26日" ⏎ "[1]“六乱”指…" ⏎ "[2]…"): each mark said in the text above; the signature is read before
  // them, the notes stay text (of the last node). `headText`: the preamble's, where a mark may stand.
  // (…or marked by circled numbers after the figures they explain, "486亿元①", the notes "注：①…" ⏎ "②…": each mark
  // said right after a word above, never opening a line as a point's number does; the notes stay text, no points —
  // FOOTNOTE_LINES)
  let end = paras.length;
  while (end > 2 && !paras[end - 1].cells && FOOTNOTE.test(paras[end - 1].text)) end--;
  let circled = paras.length;
  while (circled > 2 && !paras[circled - 1].cells && CIRCLED_NOTE.test(paras[circled - 1].text) && (circled === paras.length || !/^\s*注/.test(paras[circled].text))) circled--;
  if (circled < paras.length && circled < end) end = circled;
  if (end < paras.length) {
    const marks = paras.slice(end).map((p) => (FOOTNOTE.exec(p.text) ?? CIRCLED_NOTE.exec(p.text))!);
    const above = headText + '\n' + paras.slice(0, end - 2).map((p) => p.cells ? '' : p.text).join('\n');
    const said = (m: RegExpExecArray) => m[1] ? new RegExp(`[\\[［]\\s*${m[1]}\\s*[\\]］]`).test(above) : new RegExp(`[^\\s${CIRCLED}]${m[2]}`).test(above);
    // (a run of circled notes opened by 注： right under the office and the date is notes whatever the text cites:
    // notes that explain a term or say when the plan takes effect cite no mark — "注：①乡镇指县辖8个乡镇；" ⏎ "②本方案自
    // 印发之日起施行。")
    const opensNotes = end === circled && /^\s*注\s*[:：]/.test(paras[end].text);
    const signer = opensNotes || marks.every(said) ? signatureAt(paras, end - 1) : null;
    if (signer) {
      take(meta, report, signer, paras[end - 1]);
      for (const p of paras.slice(end)) FOOTNOTE_LINES.add(p);
      return [...paras.slice(0, end - 2), ...paras.slice(end)];
    }
  }
  if (last.cells || readMarker(last.text)) return paras;
  // (…or the 附注 under the date, "（联系人：…；联系电话：…）": the signature above it, the 附注 text)
  if (paras.length > 3 && ANNOTATION_LINE.test(last.text)) {
    const signer = signatureAt(paras, paras.length - 2);
    if (signer) {
      take(meta, report, signer, paras[paras.length - 2]);
      return [...paras.slice(0, -3), last];
    }
  }
  const signer = signatureAt(paras, paras.length - 1);
  if (!signer) return paras;
  take(meta, report, signer, last);
  return paras.slice(0, -2);
}

/** The 附注 of a 请示 or 函 under its date (GB/T 9704), "联系人：李明；联系电话：86012345" (in brackets it is a note line,
 *  shared/text/notice.ts, kept with the notice before the signature is read: parse.ts). */
const ANNOTATION_LINE = /^\s*[（(]?\s*联\s*系\s*人\s*[:：][^\n]{1,60}$/;

/** A line that is only a file's name, as a web page lists its downloads: "2025年1-4月县重点项目计划完成表.xls". */
const FILE_LINK = /^\s*[^\s。；;，,：:]{2,80}\.(?:docx?|wps|pdf|ofd|xlsx?|et)\s*$/i;

/** A footnote opening its line with its mark in square brackets: "[1]“六乱”指…", "［2］…". */
const FOOTNOTE = /^\s*[\[［]\s*(\d{1,2})\s*[\]］]\s*\S/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** A footnote opening its line with a circled mark, the first of them after 注：: "注：①…", "②…" (group 2: the mark). */
const CIRCLED_NOTE = new RegExp(`^\\s*(?:注\\s*[:：]\\s*)?()([${CIRCLED}])\\s*\\S`);
/** Footnotes read after a signature: text of the plan's end, never points of a list (parse.ts markerOf). */
export const FOOTNOTE_LINES = new WeakSet<Para>();

/**
 * Notes opened by 注： and numbered by circled marks wherever they stand — "注：①…" ⏎ "②…" ⏎ "③…" after the signature,
 * or in the last node's text where an export prints them — or by numbers, "注：1.…" ⏎ "2.…" under a table: the lines
 * after the first go on with it, each the next mark (a number with the first one's stop), no list of points starting
 * at ② or 2. (FOOTNOTE_LINES).
 */
export function markNoteRuns(paras: Para[]): void {
  for (let i = 0; i < paras.length; i++) {
    const first = NOTES_OPEN.exec(paras[i].text);
    if (!first || paras[i].cells) continue;
    const stop = first[3];
    let n = first[1] ? CIRCLED.indexOf(first[1]) : 1;
    const sibling = stop ? pointAbove(paras, i, stop) : 0;
    for (let j = i + 1; j < paras.length; j++) {
      const p = paras[j];
      if (p.cells || p.heading !== undefined) break;
      const next = stop ? new RegExp(`^\\s*${n + 1}\\s*\\${stop}(?!\\d)`).test(p.text) : CIRCLED.indexOf(p.text.trimStart()[0]) === n + 1;
      if (!next) break;
      // (a numbered note under a point of its own style — "1.建设口袋公园。…" ⏎ "注：1.口袋公园指…" ⏎ "2.推进绿道建设。…"
      // — ends at the line that reads as that point's next sibling, and at a line naming the units that carry it: a
      // point's field, never a note's)
      if (stop && (n + 1 === sibling || NOTE_NOT_POINT.test(p.text))) break;
      FOOTNOTE_LINES.add(p);
      n++;
      i = j;
    }
  }
}
/** A line naming the units that carry a task ("（牵头单位：区住建局）", "责任单位：…"): a point's text, not a note's. */
const NOTE_NOT_POINT = new RegExp(`${DEPARTMENT_LABEL}\\s*[:：]`);
/**
 * The number the next sibling of the point a numbered note at `at` stands under would carry: the nearest line above
 * with a marker (past plain text, not past a table or a heading), when it is an arabic point with the note's stop
 * ("1." under which "注：1." stands: 2); 0 when the note stands under a table, plain text or a point of another style.
 */
function pointAbove(paras: Para[], at: number, stop: string): number {
  const fold = (s: string) => matchView(s).replace(/[．]/g, '.');
  for (let k = at - 1; k >= 0; k--) {
    const p = paras[k];
    if (p.cells || FOOTNOTE_LINES.has(p)) return 0;
    const m = readMarker(p.text);
    if (m) return m.style === 'arabic' && fold(m.raw).endsWith(fold(stop)) ? m.n + 1 : 0;
    if (p.heading !== undefined) return 0;
  }
  return 0;
}
const NOTES_OPEN = new RegExp(`^\\s*注\\s*[:：]\\s*(?:([${CIRCLED}])|(1)\\s*([.．、]))`);

/** The issuer line before the date line at `at` when the two are a signature ("某县人民政府办公室" ⏎ "2025年3月18日"). */
export function signatureAt(paras: Para[], at: number): Para | null {
  const dateLine = paras[at];
  if (!dateLine || dateLine.cells || readMarker(dateLine.text)) return null;
  const date = readDate(dateLine.text);
  if (!date || date.partial || dateLine.text.replace(/\s+/g, '').length > date.raw.replace(/\s+/g, '').length + 2) return null;
  // (a date printed "2025年4月8日印发" is the 版记's 印发日期 under the office that prints it, no signature's 成文日期)
  if (/印发\s*$/.test(dateLine.text)) return null;
  const before = paras[at - 1];
  if (!before || before.cells || before.text.length > 40 || readMarker(before.text)) return null;
  const gov = readGovernment(before.text.trim());
  if (gov && gov.end >= before.text.trim().length - 1 && /(人民政府|办公室|办公厅|委员会)/.test(matchView(before.text))) return before;
  if (placedBureau(before.text)) return before;
  // (a street's or a township's name alone signs here as its government: "青川区柳塘街道", "青林镇" over the date)
  return signingTownship(before.text) ? before : null;
}

/** A township's government, or its name alone, on a signature's line (readTownship `bare`). */
const signingTownship = (text: string) => readTownship(text, matchView(text.trim()), { bare: true });

function take(meta: HeadResult['meta'], report: ImportReport, signer: Para, dateLine: Para): void {
  const date = readDate(dateLine.text)!;
  // (a date the head took from the web page for want of one in the text — its index's 公开日期, its 发布时间 line — gives
  // way to the signature's at the text's end, as a signature in the head outranks it there)
  const webDate = report.uncertain.findIndex((u) => u.field === 'issuedOn' && u.reason.startsWith('正文没有成文日期'));
  if (!meta.issuedOn || webDate >= 0) {
    meta.issuedOn = date.iso;
    if (webDate >= 0) report.uncertain.splice(webDate, 1);
  }
  // (…as an issuer the head read from the page's 信息来源 alone gives way to it: meta.ts SOURCE_ISSUER)
  const webIssuer = report.uncertain.findIndex((u) => u.field === 'issuer' && u.reason.startsWith(SOURCE_ISSUER));
  if (!meta.issuer || webIssuer >= 0) {
    meta.issuer = signer.text.trim();
    if (webIssuer >= 0) report.uncertain.splice(webIssuer, 1);
  }
  // (a plan issued without a notice, whose title names no place: the place its signature names is the plan's — the
  // county of a township's government, the district of "中共岱川县委办公室" signing a 全会 分工方案)
  if (!meta.district) {
    const g = readGovernment(signer.text.trim());
    const t = g?.district ? null : signingTownship(signer.text);
    if (g?.district) { meta.district = g.district; if (!meta.city && g.city) meta.city = g.city; } else if (t?.district) meta.district = t.district;
  } else if (!meta.city) {
    // (a title naming its district only, a signature naming that district with its city — "东湖区…实施方案" signed
    // "临江市东湖区人民政府办公室": the city is the plan's, as it is when the issuer heads the notice)
    const g = readGovernment(signer.text.trim());
    if (g?.city && g.district === meta.district) meta.city = g.city;
  }
  for (const p of [signer, dateLine]) report.removed.push({ line: p.line, text: p.text, reason: '落款(发文机关和成文日期,已读入元数据)' });
}

/**
 * A bureau named with its place, filling the whole text: "河阳区住房和城乡建设局" signing its own 工作要点 (and printing it,
 * in its 版记), or a party committee's department with 中共 and its place ("中共临江市东湖区委社会工作部"). A unit named
 * alone, "区住建局", "区委组织部", is a line of the text.
 */
function placedBureau(text: string): boolean {
  const t = text.trim();
  if (t.length > 40) return false;
  const party = /^中共/.test(t) && t[t.length - 1] === '部';
  if (t[t.length - 1] !== '局' && !party) return false;
  const gov = readGovernment(t);
  // (a party committee's department signs as a bureau does: "中共临江市东湖区委社会工作部", "中共云溪区委组织部" — 委, then
  // the department, the whole line)
  if (party && !/^委[\u4e00-\u9fa5]{1,8}部$/.test(gov?.organ ?? '')) return false;
  return !!gov && gov.end >= t.length - 1 && !!(gov.district || gov.city);
}

/**
 * An organ's name filling the whole text: "某区人民政府办公室", "某区住房和城乡建设局", or a township's government or
 * 街道办事处 ("临江市青川区东岭街道办事处", "石岭县青禾镇人民政府": readTownship, as the signature reader takes them).
 */
function organLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || readMarker(t)) return false;
  const gov = readGovernment(t);
  return (!!gov && gov.end >= t.length - 1 && (/(人民政府|办公室|办公厅|委员会)$/.test(matchView(t)) || placedBureau(t))) || !!readTownship(t);
}

/** The office closing a 印发 line by its last word, a name the government reader does not know ("云岭经济开发区管理委员会党政办公室"). */
const PRINTING_OFFICE = /(?:办公室|办公厅|委员会|管委会|人民政府|办事处|党委|党工委)$/;

/** A line of a 版记 (GB/T 9704 §7.4), as `readBanjiLine` reads it. */
export type BanjiLine =
  /** "抄送：…", "抄报：…" (a space before the colon too: "抄送 ：…"). */
  | { kind: 'copy' }
  /**
   * The 印发 line: the printing office and the date, spaced, tabbed or run together ("东湖区人民政府办公室　2026年3月20日印发",
   * "青川县人民政府办公室二〇二五年五月八日印发"), or the date alone. `by`: 'office' where what is before the date reads as
   * an office (or units named as the text names departments: "区发展改革委　区科委"), 'other' where it does not
   * (only a 版记 whose 抄送 line is above takes it), null for the date alone. `printedOn`: the date, ISO when whole.
   */
  | { kind: 'printed'; by: 'office' | 'other' | null; printedOn: string | null }
  /** An office's name filling the line: the 印发 line of a 版记 that knew no date (only under 抄送 or naming the issuer). */
  | { kind: 'office' };

/** What a line of a 版记 is, or null for any other line. The importer's end of text (`dropBanji`) and the .doc reader's text boxes read it. */
export function readBanjiLine(line: string): BanjiLine | null {
  const t = line.trim();
  if (/^(?:抄送|抄报)\s*[:：]/.test(t)) return t.length <= 200 ? { kind: 'copy' } : null;
  const m = /^(.{0,60}?)\s*印发$/.exec(t);
  if (m) {
    const d = readDate(m[1]);
    // (the date closes what is before 印发, whole: "…办公室　2026年3月20日", "2025年3月18日"; not "经研究，2026年3月印发的…")
    if (!d || d.raw.length > 16 || m[1].slice(d.index + d.raw.length).trim() !== '') return null;
    const by = m[1].slice(0, d.index).trim();
    if (!by) return { kind: 'printed', by: null, printedOn: wholeDate(d.iso) };
    if (by.length > 40) return null;
    const office = organLine(by) || PRINTING_OFFICE.test(matchView(by)) || looksLikeDepartments(by);
    return { kind: 'printed', by: office ? 'office' : 'other', printedOn: wholeDate(d.iso) };
  }
  return organLine(t) ? { kind: 'office' } : null;
}
const wholeDate = (iso: string | undefined) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null);

/**
 * Whether `last`, the last line of a text or of a Word 97 text box, closes a 版记, `above` being the line over it (null:
 * none, or a table's row) — the one decision of `dropBanji` and the .doc reader's `banjiBoxLines`: a 印发 line whose
 * printer reads as an office; the date alone, not under an office's line (a 版记 wrapped after its office: the signature
 * reader takes that); an office alone under 抄送. A printer that is no office ("内部资料", "办公室负责人签字后") is none,
 * even under 抄送: a format example a task's text shows (review rev40).
 */
export function closesBanji(last: BanjiLine | null, above: BanjiLine | null): boolean {
  if (last?.kind === 'printed') return last.by === 'office' || (last.by === null && above?.kind !== 'office');
  return last?.kind === 'office' && above?.kind === 'copy';
}

/**
 * A sentence that introduces an example, ending in its colon: 下列/以下/如下 and 样式/格式/示例/模板/式样/范例/范本 in its
 * last sentence ("行文格式按下列样式执行：", "版记按以下格式排印：", "版记格式示例如下：") — not "附件：", "联系人：… 电话：".
 */
const INTRODUCES_EXAMPLE = /(?:^|[。！？!?；;])[^。！？!?；;]*(?:(?:下列|以下|如下)[^。！？!?；;]*(?:样式|格式|示例|模板|式样|范例|范本)|(?:样式|格式|示例|模板|式样|范例|范本)[^。！？!?；;]*(?:下列|以下|如下))[^。！？!?；;]*[:：]\s*$/;

/**
 * The 版记 closing an official document (GB/T 9704 §7.4): "抄送：…" and the 印发 line ("某区人民政府办公室  2021年3月5日印发",
 * as text or as two cells; the organ alone when no date was known), each line as `readBanjiLine` reads it. At the very
 * end only, after the body or its last table: not text of the last node (reported in `removed`). `issuer`: the office
 * the head names (its red header or its notice's signature) — the organ alone on the last line, naming that office, is
 * its 印发 line without a date (a document's text does not end on its issuer's bare name: a signature under the text
 * has its date, and the head has signed already). Returns the paragraphs before it and the 印发日期 it prints (ISO, a
 * whole date; null when none).
 */
export function dropBanji(paras: Para[], report: ImportReport, issuer: string | null = null): { paras: Para[]; printedOn: string | null } {
  let end = paras.length;
  let printedOn: string | null = null;
  const text = (p: Para) => (p.cells ? p.cells.join(' ') : p.text).trim();
  // (a line of text, not a table's row, read as a 版记 line)
  const lineAt = (i: number) => (i >= 0 && i < paras.length && !paras[i].cells ? readBanjiLine(paras[i].text) : null);
  const issuers = issuer ? issuer.split(/[\s　]+/).map((o) => matchView(o)).filter(Boolean) : [];
  const namesIssuer = (p: Para) => !p.cells && issuers.length > 0 && p.text.trim().split(/[\s　]+/).every((o) => issuers.includes(matchView(o)));
  const last = end ? readBanjiLine(text(paras[end - 1])) : null;
  // the 印发 line (text or two cells) as closesBanji reads it — an office's; the date alone, not under an office's line
  // (an export of a plan with neither issuer nor district); an office alone under 抄送 —, or an office alone under a
  // table's last row
  if (last?.kind === 'printed' && closesBanji(last, lineAt(end - 2))) {
    printedOn = last.printedOn;
    end--;
  // (the 印发 line wrapped after its office, "中共…工作委员会办公室" ⏎ "2025年4月8日印发": the two lines are it, the date
  // its 印发日期 — never a signature's 成文日期, signatureAt)
  } else if (last?.kind === 'printed' && last.by === null && lineAt(end - 2)?.kind === 'office') {
    printedOn = last.printedOn;
    end -= 2;
  } else if (end >= 2 && lineAt(end - 1)?.kind === 'office' && (paras[end - 2].cells || closesBanji(last, lineAt(end - 2)))) end--;
  // (the office alone on the last line, the one the red header or the notice's signature named: its 印发 line without a
  // date — "东湖区人民政府办公室" under the text of a plan whose 版记 knew no date)
  else if (end >= 2 && namesIssuer(paras[end - 1]) && organLine(paras[end - 1].text.trim().split(/[\s　]+/)[0])) end--;
  if (end === paras.length) return { paras, printedOn: null };
  while (lineAt(end - 1)?.kind === 'copy') end--;
  // (not lines a sentence of the text introduces right above them — "行文格式按下列样式执行：" ⏎ 抄送 ⏎ 印发: a format
  // example closing the last task, not the document's 版记, which follows its signature or its attachments, review
  // rev40. Only a sentence that introduces an example, no blank line between: an empty "附件：" or "联系人：… 电话：",
  // or anything after a blank line, is the end of the text before a real 版记, review rev40b)
  if (end > 0 && !paras[end - 1].cells && !paras[end].afterBlank && INTRODUCES_EXAMPLE.test(matchView(paras[end - 1].text))) return { paras, printedOn: null };
  for (const p of paras.slice(end)) report.removed.push({ line: p.line, text: text(p), reason: '版记（抄送、印发机关和印发日期）' });
  return { paras: paras.slice(0, end), printedOn };
}

/**
 * "附件：重点任务清单" in the text, when the annex itself follows later under that title: a reference, not the annex.
 * `planTitle`: the plan's title, when known (an export's 附表 are titled after it).
 */
export function attachmentListLines(paras: Para[], planTitle: string | null = null): Set<Para> {
  const title = (p: Para) => { const m = p.cells ? null : readMarker(p.text); return m?.style === 'appendix' ? m.rest.replace(/[\s:：]/g, '') : null; };
  const refs = new Set<Para>();
  const seen = new Map<string, Para>();
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const t = title(p);
    if (!t) continue;
    const earlier = seen.get(t);
    if (earlier) refs.add(earlier);
    seen.set(t, p);
    // an attachment note "附件：X" (GB/T 9704 7.3.3: the label, a colon, the name) with nothing of its own before the
    // next annex's heading names an annex the document does not hold here (sent apart, or replaced by another table,
    // as an export's 附表1 分解表 replaces a 任务清单 repeating the tasks): a reference, not an empty annex
    // — unless that heading is a part of the annex the note names (附件N-M; 附表N titled for a part, not for the whole
    // plan as an export's "附表1 <plan title>主要任务分解表" is): then the note is that annex's title, never text
    const next = paras[i + 1];
    if (next && !next.cells && title(next) && /^附[件表]\s*[0-9０-９]{0,2}\s*[:：]/.test(p.text) && !subAnnex(p.text, next.text, planTitle)) refs.add(p);
    // a notice's list "附件：1.X" / "2.Y" / "3.Z": every line of it names an annex, none is one — its first line too
    // when a second follows (a plan closing with "附件：1.月度安排表" ⏎ "2.项目表" before 附件1 and 附件2 themselves)
    if (/^1[.、．]/.test(t)) {
      let listed = false;
      for (let j = i + 1, n = 2; j < paras.length && !paras[j].cells; j++, n++) {
        // (its number read as written: "2.2018年民生实事任务分解表" names the annex, though 2.2018 alone is no marker)
        const m = readMarker(paras[j].text);
        const numbered = (m?.style === 'arabic' && m.n === n) || (!m && new RegExp(`^${n}[.、．](?=(?:19|20)[0-9]{2}年)`).test(matchView(paras[j].text.trim())));
        if (!numbered || /[。；;]/.test(paras[j].text)) break;
        refs.add(paras[j]);
        listed = true;
      }
      if (listed) refs.add(p);
    }
  }
  return refs;
}

/**
 * Whether the annex heading `next` is a part of the annex an unnumbered note "附件：X" (`note`) names: "附件1-1…" /
 * "附件2—3…", or "附表N…" under a "附件：" note, unless titled for the whole plan (its title holds the plan's).
 */
function subAnnex(note: string, next: string, planTitle: string | null): boolean {
  const n = matchView(next.trim());
  if (/^附件\s*[0-9]{1,2}\s*[-－—–]\s*[0-9]{1,2}/.test(n)) return true;
  if (!/^附件\s*[:：]/.test(matchView(note.trim())) || !/^附表\s*[0-9]{1,2}/.test(n)) return false;
  const squeeze = (s: string) => s.replace(/[\s《》"“”:：]/g, '');
  return !planTitle || !squeeze(n).includes(squeeze(matchView(planTitle)));
}

/** A first line holding the title and then, after a space, the text ("北港区…工作方案 为持续打造…"): two paragraphs. */
export function splitTitleLine(paras: Para[]): Para[] {
  const first = paras[0];
  if (!first || first.cells || first.heading !== undefined) return paras;
  const m = /^(\S.{4,60}?(?:行动计划|行动方案|实施方案|工作方案|实施意见|工作要点|计划|方案|规划|纲要|意见|要点|办法))[ \t\u3000]+(\S.{10,})$/s.exec(first.text);
  if (!m || readMarker(first.text)) return paras;
  return [paraWith(first, { text: m[1] }), paraWith(first, { text: m[2], afterBlank: true }), ...paras.slice(1)];
}

/** "附件1" alone on its line, its title on the next: one heading "附件1 东湖区…指标表". */
export function joinAnnexTitles(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const next = paras[i + 1];
    const m = p.cells ? null : readMarker(p.text);
    // (a table's title may be longer: the generated 附表 are titled "<the plan's title>主要任务分解表", a long title and all —
    // up to 120 characters when the line names a table or list)
    const room = /(?:表|清单|名录|目录)\s*$/.test(next?.text ?? '') ? 120 : 60;
    if (m?.style === 'appendix' && !m.rest.trim() && next && !next.cells && next.text.length <= room && !/[。；;]/.test(next.text) && !readMarker(next.text)) {
      out.push(paraWith(p, { text: `${p.text} ${next.text}` }));
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** The name of a plan (not of a table or a list): what an attached plan's title ends with. */
const PLAN_NAME = /(方案|计划|规划|意见|要点|措施|举措|办法|细则|纲要)(\s*[（(][^（()）]{2,20}[)）])?$/;
/** Styles that open a plan's body: the notice before an attached plan has none of them. */
const BODY_STYLES = new Set(['part', 'pian', 'chapter', 'jie', 'action', 'keytask', 'cn', 'cnparen', 'article']);

/**
 * A notice whose attachment is the plan itself ("现将《X》印发给你们 … 附件：1.X 2.Y", then "附件1 X" and the plan):
 * the "附件1" line is the plan's cover, not an annex — its marker is dropped (reported) and X stays as the plan's
 * title line, so the plan is read as the body. Only the first annex, only when its title names a plan that the
 * notice before it names too (《X》 or the attachment list) and nothing before it is numbered as a plan's body.
 */
export function unwrapPlanAnnex(paras: Para[], removed: ImportReport['removed']): Para[] {
  const squeeze = (s: string) => matchView(s).replace(/[\s:：《》"“”]/g, '');
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const m = p.cells ? null : readMarker(p.text);
    if (!m) continue;
    if (BODY_STYLES.has(m.style)) return paras;
    if (m.style !== 'appendix') continue;
    const title = m.rest.trim();
    // "附件：1.X" (the notice's list) and "附件：X" before the annex itself are references: look on
    if (/^[0-9０-９]/.test(title) || !title) continue;
    const annexTitle = (q: Para) => { const o = q.cells ? null : readMarker(q.text); return o?.style === 'appendix' ? squeeze(o.rest) : null; };
    if (paras.slice(i + 1).some((q) => annexTitle(q) === squeeze(title))) continue;
    const named = paras.slice(0, i).some((q) => squeeze(q.text).includes(squeeze(title)) && q !== p);
    if (!PLAN_NAME.test(title) || !named || !paras.slice(i + 1).some((q) => !q.cells && BODY_STYLES.has(readMarker(q.text)?.style ?? ''))) return paras;
    removed.push({ line: p.line, text: m.raw, reason: '附件标记（附件即方案正文）' });
    // "附件：X" naming it before (a notice's attachment line) is no annex either: it goes with the marker
    const refs = new Set(paras.slice(0, i).filter((q) => annexTitle(q) === squeeze(title)));
    for (const q of refs) removed.push({ line: q.line, text: q.text, reason: '附件标记（附件即方案正文）' });
    return [...paras.slice(0, i).filter((q) => !refs.has(q)), paraWith(p, { text: title }), ...paras.slice(i + 1)];
  }
  return paras;
}

/**
 * Lines that only name a year ("2025年", "2025年：", "二〇二五年", "2026—2027年：") standing as headings over that year's
 * numbered work, without a number of their own. Clearly headings only in a series: two or more such lines, each right
 * before a numbered heading of one and the same style, their years rising. A single year line, one followed by text
 * (a schedule: "2025年：" / "完成…"), or the year cells of a flattened table (one after another) stay text.
 * `marker` is the parser's reading of a paragraph (null for text, a table row, a style mapped to text).
 */
export function yearHeadings(paras: Para[], marker: (p: Para) => Marker | null): Set<Para> {
  // (month lines — "1月" … "12月" over each month's 1. 2. of a plan laid out by month — are a series of their own, in
  // the same way: two or more, each right before a numbered heading of one style, the months rising)
  const series = new Map<string, { p: Para; year: number }[]>();
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    if (p.cells || p.heading !== undefined || p.list || p.text.length > 24) continue;
    const view = matchView(p.text);
    const y = readYearLine(view)?.year ?? null;
    const month = y === null ? readMonthLine(view) : null;
    if (y === null && month === null) continue;
    const next = marker(paras[i + 1]);
    if (!next || next.style === 'appendix' || next.style === 'bullet') continue;
    const key = `${next.style}${y === null ? '|month' : ''}`;
    (series.get(key) ?? series.set(key, []).get(key)!).push({ p, year: y ?? month! });
  }
  const out = new Set<Para>();
  for (const list of series.values()) {
    if (list.length < 2 || list.some((x, k) => k > 0 && x.year <= list[k - 1].year)) continue;
    for (const x of list) out.add(x.p);
  }
  return out;
}

/**
 * The tops of a decimal outline written as a bare number ("1 总体要求" over 1.1 / 1.1.1): a line of that shape
 * (decimalTopShape: a number, a space, a short heading with no sentence end, no figure) whose first numbered heading
 * within the next four paragraphs is its N.1, in a document with two or more decimal headings. Anything else in that
 * shape (a table row, a page number, a list of figures, "1 总体要求" over 一、) stays text.
 */
export function decimalTops(paras: Para[]): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  let decimals = -1;
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    if (p.cells || p.heading !== undefined || p.list) continue;
    const top = decimalTopShape(p.text);
    if (!top || readMarker(p.text) !== null || !decimalTopOver(top, paras.slice(i + 1, i + 5))) continue;
    if (decimals < 0) decimals = paras.filter((q) => !q.cells && readMarker(q.text)?.style === 'decimal').length;
    if (decimals < 2) return out;
    out.set(p, top);
  }
  // (…and the top that numbers on from the last of two or more read so, with text and no N.1 under it — the closing
  // "5 附则" of a 预案 after tops 1–4: "本预案由县水利局负责解释…" — the outline's next top, not a line of 4.2's text;
  // but not an item of a list numbered the same way under the last top ("1 区应急管理局" … "4 区住建局" ⏎ "5 区卫健局",
  // rev39): the text under it must be text, and no line of the top's shape since the last top may carry the number
  // before it — that line is the list's, and so is this one)
  if (out.size >= 2) {
    let last = Math.max(...[...out.values()].map((m) => m.n));
    let lastAt = paras.findIndex((q) => out.get(q)?.n === last);
    for (let i = lastAt + 1; i < paras.length; i++) {
      const p = paras[i];
      if (p.cells || p.heading !== undefined || p.list || readMarker(p.text) !== null) continue;
      const top = decimalTopShape(p.text);
      if (!top || top.n !== last + 1) continue;
      const next = paras[i + 1];
      const textUnder = !!next && !next.cells && next.heading === undefined && !next.list && readMarker(next.text) === null && decimalTopShape(next.text) === null;
      const listBefore = paras.slice(lastAt + 1, i).some((q) => !q.cells && decimalTopShape(q.text)?.n === last);
      if (!textUnder || listBefore) continue;
      out.set(p, top);
      last++;
      lastAt = i;
    }
  }
  return out;
}

/**
 * 【】 titles (grammar.ts `bracketTitleShape`): paragraphs opening with 【a short heading】 are the unnumbered points of
 * the heading above them ("二、重点任务" over "【完善健身设施网络】…", "【推动场馆开放共享】…") when they come in a series — two
 * or more under one numbered heading, none of them a department or time field (【牵头单位：…】 has a colon) — each
 * numbered in its series (for the outline's order; the node's number stays empty, as a Word heading's). A single
 * 【…】 paragraph, or ones separated by other numbered headings each alone, stay text.
 */
export function bracketTitles(paras: Para[], marker: (p: Para) => Marker | null): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  let series: { p: Para; m: Marker }[] = [];
  const close = () => {
    if (series.length >= 2) series.forEach((x, k) => out.set(x.p, { ...x.m, n: k + 1 }));
    series = [];
  };
  for (const p of paras) {
    if (p.cells || p.heading !== undefined) continue;
    // (a web page's index row in 【】 — "【发布文号】晋政发[2008]8号", headlines.ts — is no title)
    const shape = p.text.charCodeAt(0) === 0x3010 && !indexCells(foldForMatch(p.text)).length ? bracketTitleShape(p.text) : null;
    if (shape) { series.push({ p, m: shape }); continue; }
    // another heading closes the series (text between two titles is the first one's)
    const m = p.text.length > 1 ? marker(p) : null;
    if (m && m.style !== 'bullet') close();
  }
  close();
  return out;
}

/** A closing bracket of departments ("（牵头部门：A；配合部门：B、C）", "（A牵头，B配合）", "（责任单位：各乡镇（街道））"). */
const CLOSING_DEPARTMENTS = new RegExp(`[（(](?:[^（）()]|[（(][^（）()]*[）)])*(?:${DEPARTMENT_LABEL}\\s*[:：]|牵头|负责|配合)(?:[^（）()]|[（(][^（）()]*[）)])*[）)][。.]?$`);

/**
 * Run-in titles (grammar.ts `runInTitleShape`): unnumbered paragraphs opening with a short heading and its 。 and
 * closing with their departments in a bracket ("突出产业链招商。…全年引进亿元以上项目20个。（牵头部门：招商服务局；配合部门：…）")
 * are the unnumbered points of the numbered heading above them when they come in a series — two or more under one
 * heading line (no text of its own after its heading), and every paragraph under that heading after the first of
 * them in that shape (a lead paragraph may stand before them, the heading's text; lines without a sentence may follow
 * the last, the signature under the plan's last group). Each is numbered in its series
 * (for the outline's order; the node's number stays empty). Text before the first heading, a single such paragraph,
 * or a series with other text between its points stays text.
 */
/**
 * A run-in heading that frames the work rather than naming a piece of it: a heading of no task (levels.ts
 * isNotTaskContext: 工作原则, 总体目标, 指导思想), or a fixed name of the frame — a word of scope (总体, 基本, 主要, 工作 …)
 * and a noun of the frame (安排, 要求, 原则, 思路, 目标, 考虑, 定位, 方向, 情况): 总体安排, 基本要求, 主要考虑, 工作思路.
 * A piece of work named as a noun phrase ("汛期值守安排", "基层站点建设情况") is no frame, and neither is a label a
 * verb of work opens ("加强统筹安排").
 */
const FRAME_NAME = /^(?:总体|整体|基本|主要|工作|年度|发展|总)?(?:安排|要求|原则|思路|目标|考虑|定位|方向|情况|概况)$/;
function framingTitle(label: string): boolean {
  const v = matchView(label);
  return !ACTION_VERB.test(v) && (isNotTaskContext(label) || FRAME_NAME.test(v));
}

export function runInTitles(paras: Para[], marker: (p: Para) => Marker | null): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  let group: Para[] | null = null;
  const close = () => {
    if (!group) return;
    // (a series needs two points: a group of fewer is text, with no need to read it — and an empty group's arrays,
    // of another elements kind, threw the optimised code of this function away, again and again)
    if (group.length < 2) { group = null; return; }
    // (the bracket read in the matching view: "（責任單位：縣商務局）" closes a Traditional one)
    const shapes = group.map((p) => runInTitleShape(p.text));
    const closing = group.map((p) => CLOSING_DEPARTMENTS.test(matchView(p.text.trim())));
    let from = shapes.findIndex((m, k) => m !== null && closing[k]);
    // (a point without units may come first: the shaped paragraphs right before the first bracket are points too — a
    // lead paragraph is written in clauses, not as a short heading and its 。 — but not those that frame the work at
    // the head of the group: "总体安排。全年实施…", "工作原则。坚持…" introduce the points, and so does every paragraph
    // before them; a frame's name after a point is no introduction, and the walk goes on past it)
    let head = 0;
    while (head < from && (shapes[head] === null || framingTitle(shapes[head]!.label ?? ''))) head++;
    while (from > head && shapes[from - 1] !== null) from--;
    // (after the last of them only lines without a sentence: the signature and date of the plan's end)
    let to = group.length;
    while (to > from + 1 && !shapes[to - 1] && !/[。；;，,]/.test(group[to - 1].text)) to--;
    // (every paragraph in the run-in shape; its departments closing at least two and at least half of them — a point
    // whose work has no unit named is still one of the series)
    const named = closing.slice(from, to).filter(Boolean).length;
    if (from >= 0 && to - from >= 2 && named >= 2 && named * 2 >= to - from && shapes.slice(from, to).every((m) => m !== null)) {
      shapes.slice(from, to).forEach((m, k) => out.set(group![from + k], { ...m!, n: k + 1 }));
    }
    group = null;
  };
  for (const p of paras) {
    if (p.cells || p.heading !== undefined) { close(); continue; }
    const m = p.text.length > 1 ? marker(p) : null;
    if (m && m.style !== 'bullet') {
      close();
      // (a heading line: its text after the number is the heading alone, no sentence)
      if (!/[。；;]/.test(m.rest.replace(/[。；;]$/, ''))) group = [];
      continue;
    }
    if (group) group.push(p);
  }
  close();
  return out;
}

/**
 * A body opening with "一是…：" that encloses a list: "一是扎实推进产业强镇。…共谋划农业项目5个：" ⏎ "（一）…" … "（五）…" ⏎
 * "二是全面推进党的建设。…" — a 镇's plan whose parts are 一是/二是 paragraphs, the first one leading into a numbered list
 * of a style that usually ranks above it ((一), 1.). Only when 一是 is the first marker of the text, its paragraph ends
 * with a colon (it introduces what follows), the next 是 after it is 二是, and everything numbered between them is one
 * run of one style numbered 1, 2, 3 … (at least two). Returns where the body starts and the style 一是 holds.
 */
export function shiOpening(paras: Para[], marker: (p: Para) => Marker | null): { at: number; inner: MarkerStyle } | null {
  let at = -1;
  let inner: MarkerStyle | null = null;
  let n = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.cells) continue;
    const m = marker(p);
    if (!m || m.style === 'bullet') continue;
    if (at < 0) {
      if (m.style !== 'shi' || m.n !== 1 || !/[：:]\s*$/.test(p.text)) return null;
      at = i;
      continue;
    }
    if (m.style === 'shi') return m.n === 2 && inner !== null && n >= 2 ? { at, inner } : null;
    if (inner === null) {
      if (m.n !== 1 || m.style === 'appendix' || rankOf(m.style) >= rankOf('shi')) return null;
      inner = m.style;
      n = 1;
    } else if (m.style !== inner || m.n !== ++n) return null;
  }
  return null;
}

/** A line that can only be a heading: words and nothing else — no sentence mark, no figure, no bracket. */
const WORDS_ONLY = /^\s*[\u4e00-\u9fa5]{2,12}\s*$/;
/**
 * A line with no number after a run of stages that open the body (第一阶段 … 第三阶段, each with its text only),
 * standing right over a heading numbered 1 of a style of its own ("保障措施" ⏎ "一、加强组织领导", or "（一）…"): the
 * heading of the plan's next part, at the stages' level and over that list — not a line of the last stage's text
 * (the stages were a list of their own, levels.ts closeLocalSequence). Only a line of words alone (WORDS_ONLY) after
 * the last stage's text closed a sentence, the body (from `first`) opening at 第一阶段 and numbering nothing but its
 * stages before it. Returns that line as an unnumbered heading of the stages' style.
 */
export function headingAfterStages(paras: Para[], first: number, marker: (p: Para) => Marker | null): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  let stages = 0;
  let closed = false;
  for (let i = first; i + 1 < paras.length; i++) {
    const p = paras[i];
    if (p.cells) return out;
    const m = marker(p);
    if (m && m.style !== 'bullet') {
      if (m.style !== 'stage' || m.n !== stages + 1) return out;
      stages++;
      closed = false;
      continue;
    }
    if (stages === 0) return out;
    if (stages >= 2 && closed && p.heading === undefined && !p.list && WORDS_ONLY.test(p.text)) {
      const next = paras[i + 1].cells ? null : marker(paras[i + 1]);
      if (next && next.n === 1 && next.style !== 'bullet' && next.style !== 'appendix' && !RULE[next.style]?.relative) out.set(p, { style: 'stage', raw: '', n: 0, rest: p.text.trim() });
      return out;
    }
    closed = /[。！？!?]\s*$/.test(p.text);
  }
  return out;
}

/** A paragraph that may open with a point numbered past 99: its first three characters are digits. */
const WIDE_START = /^[0-9０-９]{3}/;

/**
 * A body opening with bracketed arabic points as bare headings ("(1)总体目标" ⏎ "(2)强化党建引领" ⏎ "1.健全…。一是…"):
 * they are the document's top level, over the numbered points that carry its text, though (1) usually sits below 1.
 * (grammar.ts rank). Only when that style opens the body, two or more of its headings are short lines with no
 * sentence, numbered on through the document without starting again, one of them after the first point of the
 * higher-ranked style ("(3)提升服务效能" after 2.), and every heading of that style carries text of its own (a run-in
 * sentence) — a (1) list under a 1. point, an opening list the points follow ("①东湖新城" ⏎ "②临江老城" ⏎ "1.推进…"),
 * or bare 1. headings over (1) points, keep the usual order. Returns the pairs [upper, lower].
 */
const OPENING_LOW = new Set<MarkerStyle>(['paren', 'halfparen', 'circled']);
export function openingTop(paras: Para[], marker: (p: Para) => Marker | null): [MarkerStyle, MarkerStyle][] {
  const marked: { p: Para; m: Marker; at: number }[] = [];
  for (let at = 0; at < paras.length; at++) {
    const p = paras[at];
    if (p.cells) continue;
    const m = marker(p);
    // (the body's points: an annex, its own numbering, ends them)
    if (m?.style === 'appendix' && marked.length) break;
    if (m && m.style !== 'appendix') marked.push({ p, m, at });
  }
  const top = marked[0]?.m.style;
  if (!top || !OPENING_LOW.has(top)) return [];
  const own = marked.filter((x) => x.m.style === top);
  const bare = (m: Marker) => { const r = m.rest.trim(); return r.length >= 2 && r.length <= 20 && !/[。；;，,！？!?：:]/.test(r); };
  if (own.length < 2 || !own.every((x) => bare(x.m))) return [];
  // (their numbering runs on through the document, (1) (2) … never starting again: a (1) after a 1. point begins that
  // point's own list, and the opening (1) (2) were a list of their own — the 编制依据 listed, the areas a plan covers)
  if (own.some((x, k) => k > 0 && x.m.n !== own[k - 1].m.n + 1)) return [];
  const out: [MarkerStyle, MarkerStyle][] = [];
  for (const style of new Set(marked.map((x) => x.m.style))) {
    if (style === top || style === 'box' || RULE[style]?.top || rankOf(style) >= rankOf(top)) continue;
    const theirs = marked.filter((x) => x.m.style === style);
    if (!theirs.every((x) => /[。；;]/.test(x.m.rest) || x.m.rest.trim().length > 30)) continue;
    // (and go on after those points: a (3) between them and the next ones — a heading over them, not an opening list
    // the points follow)
    const first = marked.findIndex((x) => x.m.style === style);
    // (each of them holds something — a paragraph or a point — before the next: two bare ones in a row after a point
    // are that point's sub-points numbered on from the list above ("1、推进…。" ⏎ "（3）打通断头路" ⏎ "（4）完善安保设施" ⏎
    // "2、…"), no heading over nothing)
    const after = marked.filter((x, k) => k > first && x.m.style === top);
    if (after.some((x) => marked.some((y) => y.m.style === top && y.at === x.at + 1))) continue;
    if (after.length) out.push([top, style]);
  }
  return out;
}

/**
 * Points numbered past 99 (grammar.ts `wideArabicShape`): a paragraph opening "100." / "128、" is the next arabic point
 * where the last arabic point before it, wherever it stood, is numbered one less (99 then 100, 100 then 101) — also
 * across a higher heading: points numbered straight through the parts (一、 with 1.–99., 二、 with 100.–110.) continue
 * their sequence over 二、. Anything else of that shape ("2025.", "120. 辆" with no 119. before, "100." after "1.")
 * stays text. `marker` is the parser's reading of a paragraph.
 */
export function widePoints(paras: Para[], marker: (p: Para) => Marker | null): Map<Para, Marker> {
  const out = new Map<Para, Marker>();
  if (!paras.some((p) => !p.cells && WIDE_START.test(p.text))) return out;
  let last = -1;
  for (const p of paras) {
    if (p.cells) continue;
    const m = marker(p);
    if (m) {
      if (m.style === 'arabic') last = m.n;
      continue;
    }
    if (p.heading !== undefined) continue;
    if (last < 99 || !WIDE_START.test(p.text)) continue;
    const w = wideArabicShape(p.text);
    if (w && w.n === last + 1) { out.set(p, w); last = w.n; }
  }
  return out;
}

/** A merged cell written as a word: 同上 (the cell above in its column says it), 同左 (the cell before it in its row). */
const DITTO = /^(同上|同左)[。.]?$/;
/**
 * A table whose merged cells are written "同上" / "同左" (a 分工表 typed row by row, the same 牵头单位 as the row above):
 * each such cell takes the words it points to — the cell above in its column (in a row of as many cells) or the cell
 * before it in its row when that column holds the same kind of thing (departments, times, text: the table's header says,
 * celltable.ts columnKinds) — so every rule reading the row reads the department, the deadline, as if written again.
 * A ditto with nothing to point to (the first row, an empty cell, a column of another kind) stays as written: no cell
 * merged down, which an empty cell can be — only the written word says "the same as", and here it says nothing.
 */
export function fillDittoCells(paras: Para[]): Para[] {
  if (!paras.some((p) => p.cells?.some((c) => DITTO.test(c.trim())))) return paras;
  let prev: string[] | null = null;
  /** The kinds of the table's columns, read from its first row (celltable.ts columnKinds; null: no header read). */
  let kinds: ReturnType<typeof columnKinds> = null;
  return paras.map((p) => {
    if (!p.cells) { prev = null; return p; }
    if (!prev) kinds = columnKinds(p.cells);
    let cells: string[] | null = null;
    p.cells.forEach((c, k) => {
      const m = DITTO.exec(c.trim());
      if (!m) return;
      const row = cells ?? p.cells!;
      // (同左 copies a cell of its own kind only: a 牵头单位 after the task's text is no copy of the task)
      const sameKind = !kinds || kinds.length !== row.length || kinds[k] === kinds[k - 1];
      // (…and points to nothing: the cell stays as written — no department reads 同左 as a name (departments.ts NOT_DEPT) —,
      // not emptied: an empty 牵头单位 cell in a text copy is one merged down from the row above, and takes that row's lead)
      if (m[1] === '同左' && k > 0 && !sameKind) return;
      const from = m[1] === '同上' ? (prev && prev.length === row.length ? prev[k] : '') : k > 0 ? row[k - 1] : '';
      if (!from?.trim() || DITTO.test(from.trim())) return;
      (cells ??= p.cells!.slice())[k] = from;
    });
    const filled = cells as string[] | null;
    const out: Para = filled ? paraWith(p, { cells: filled, text: filled.join('\t'), cellLines: p.cellLines?.map((l, k) => (filled[k] === p.cells![k] ? l : filled[k].split('\n'))) }) : p;
    prev = out.cells!;
    return out;
  });
}
