/**
 * A node's departments, indicators, milestones and themes from its own text (after the outline is built and the
 * tables are read, parse.ts): field lines first (fieldlines.ts), then annotations, sentences and schedules.
 */
import { foldScript, matchView } from './grammar';
import { ACTION_VERB, EVALUATION, nodeView, responsibilityOf, type Draft } from './levels';
import { groupLead, headingUnit } from './departments';
import { sharedGiven } from './sharedresp';
import type { PlanNode } from '../model/plan';
import { findIndicators, findTableIndicators, PAST_WORDS, stockClause, SUBJECT_THERE } from './indicators';
import { standingIndicatorHeader, textMilestones } from './celltable';
import { themesOf } from './themes';
import { departmentsOf, splitFieldLines } from './fieldlines';
import { splitAfter } from '../text/scan';
import { groupYear } from './dates';
import { TIME_LABEL } from './labels';

/**
 * A heading that tells what was done — one rule for every level (accountHeading, pastScope):
 * - words of an account anywhere in it (ACCOUNT_WORDS; a heading run on into its text still says them): 回顾, 现状, 背景,
 *   基础与形势, 存在的主要问题, 发展基础 (not 发展基础设施), 主要成效, 取得的成绩, and 评估 as the name of an evaluation
 *   (levels.ts EVALUATION: 中期评估, not 评估示范创建成效);
 * - or its account named as a noun phrase (ACCOUNT_PHRASE): 工作基础, 发展基础, 现状与基础, 主要成效, 主要成绩, 取得的成就,
 *   建设成效与问题, "十四五"时期成就 — a word of the account (ACCOUNT_OF) right before 基础/成效/成绩/成就, which close the
 *   heading or stand before 和/与 and a word of the situation, in a heading's length (not a paragraph run into a heading,
 *   which may end so). Not a verb and its object (强基础, 打好基础, 见成效, "求突破、见成效"), nor 基础设施;
 * - and not a heading of work on a base or results (workHeading: 夯实发展基础, 巩固脱贫成效).
 */
const ACCOUNT_WORDS = new RegExp(`回顾|现状|背景|基础与形势|存在的?主要问题|存在问题|发展基础(?!设施)|发展成就|发展成效|主要成效|主要成就|取得的成绩|${EVALUATION}`);
const ACCOUNT_OF = '工作|发展|建设|现实|现状[和与及]?|已有|主要|取得的?|以来的?|时期的?|期间的?|阶段的?|改革';
const ACCOUNT_PHRASE = new RegExp(`(?:${ACCOUNT_OF})(?:基础|成效|成绩|成就)(?:[和与及、](?:形势|问题|挑战|机遇|不足|短板))*$`);
/** A heading of the plan's work, under which nothing is an account (pastScope): 重点任务, 保障措施, 主要举措. */
const WORK_PART = /任务|措施|举措|重点/;
/**
 * A heading of goals, whose figures are targets under any account above it: a 背景和基本评估 part's 发展目标, 目标与任务
 * (pastScope); not an account of goals met (目标完成情况).
 */
const GOALS = /(?:目标|指标)(?!完成|实现|落实|执行)/;
/** Verbs of work on a base or on results, whose figures are targets: 夯实发展基础, 巩固脱贫成效, 提升治理成效 (workHeading). */
const WORK_ON = '夯实|筑牢|打牢|厚植|巩固|提升|提高|扩大|增强|强化|放大|拓展|稳固|做实|夯牢|彰显|注重|讲求|务求|确保';
/** The words of what was done closing a heading, a verb of work on them before (workHeading). */
const WORKED_ON = new RegExp(`(?:${WORK_ON})[^，,；;、]{0,10}(?:基础|成效|成绩|成就)$`);
function accountHeading(heading: string): boolean {
  const h = matchView(heading).trim().replace(/[。：:]$/, '');
  return (ACCOUNT_WORDS.test(h) || (h.length <= 16 && ACCOUNT_PHRASE.test(h))) && !workHeading(h);
}
/**
 * Is `d` in an account of what was done? It or a heading above it is one (accountHeading), with no heading of goals
 * between them (GOALS: 一、背景和基本评估 › （五）发展目标 holds targets) and no heading of the plan's work above it
 * (WORK_PART: a 发展基础 section or a task of 评估 under 重点任务 is the work, whatever its words).
 */
function pastScope(d: Draft): boolean {
  for (let a: Draft | null = d; a; a = a.parent) {
    const kind = headingKind(a);
    if (!(kind & ACCOUNT)) {
      if (kind & GOAL) return false;
      continue;
    }
    for (let up = a.parent; up; up = up.parent) if (headingKind(up) & WORK) return false;
    return true;
  }
  return false;
}
/** headingKind's bits: an account (accountHeading), goals (GOALS), the plan's work (WORK_PART). */
const ACCOUNT = 1, GOAL = 2, WORK = 4;
/**
 * What pastScope asks of a heading, as bits (ACCOUNT, GOAL, WORK), kept per node of the draft being read: every node
 * asks it of each heading above it, so a section's heading is read once, not once for each node under it. Kept with
 * the heading it was read from (a heading changed since is read again), and only as long as the draft lives — never
 * across imports, so a benchmark importing one text again and again gains nothing a new document would not.
 */
const HEADING_KINDS = new WeakMap<Draft, { heading: string; kind: number }>();
function headingKind(a: Draft): number {
  const heading = a.node.heading;
  const kept = HEADING_KINDS.get(a);
  if (kept && kept.heading === heading) return kept.kind;
  const view = matchView(heading);
  const kind = (accountHeading(heading) ? ACCOUNT : 0) | (GOALS.test(view) ? GOAL : 0) | (WORK_PART.test(view) ? WORK : 0);
  HEADING_KINDS.set(a, { heading, kind });
  return kind;
}
/**
 * A heading of work on a base or results, not of what was done: its last clause ends with 基础/成效/成绩/成就 and opens with
 * a verb of work (ACTION_VERB — 建设 opens 建设成效 and 建设基础 as a noun) or says one of WORK_ON before them: 夯实发展基础,
 * "加强网络和信息安全建设，夯实智慧城市基础", 围绕基层公开夯实基础, 巩固脱贫成效.
 */
function workHeading(heading: string): boolean {
  const last = heading.trim().replace(/[。：:]$/, '').split(/[，,；;、]/).pop()!.trim();
  return /(?:基础|成效|成绩|成就)$/.test(last) && ((ACTION_VERB.test(last) && !/^建设/.test(last)) || WORKED_ON.test(last));
}


/** What every indicator's value holds (findIndicators' values). */
const HAS_DIGIT = /[0-9０-９]/;

const PAST_SENTENCE = new RegExp(`(?:${PAST_WORDS.join('|')})`);
/** A sentence that aims at a year: "到2026年", "至2027年底", "2026年底前". */
const TARGET_YEAR = /^(?:力争|确保|争取)?\s*(?:到|至)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年底?前/;

/** A clause after the first naming a year: "，到2027年…", "，2026年新增…" (indicators.ts baseZones tells which is the baseline). */
const LATER_TARGET = /[，,；;]\s*(?:力争)?(?:到|至)?\s*(?:19|20)\d{2}\s*年/;

const NO_FIELD_LINES: ReturnType<typeof splitFieldLines> = { fields: [], text: [] };

/**
 * `s` as the original text writes it, when `s` was found in `view` (the folded `orig`, offset for offset). A name made of
 * pieces of the text ("城市自来水普及率" of "城市和农村自来水普及率", indicators.ts sharedTail) is taken piece by piece,
 * each the longest found; `s` as it is when a piece is not found.
 */
function fromView(view: string, orig: string, s: string): string {
  const at = view.indexOf(s);
  if (at >= 0) return orig.slice(at, at + s.length);
  if (view === orig) return s;
  let out = '';
  for (let i = 0; i < s.length;) {
    let len = s.length - i;
    let from = -1;
    for (; len > 0; len--) { from = view.indexOf(s.slice(i, i + len)); if (from >= 0) break; }
    if (from < 0) return s;
    out += orig.slice(from, from + len);
    i += len;
  }
  return out;
}

/** Adds each of `names` (found in `view`) as `orig` writes it to `into`, unless `into` or `not` has it already. */
function addNames(names: string[], view: string, orig: string, into: string[], not: string[]): void {
  for (let i = 0; i < names.length; i++) {
    const x = fromView(view, orig, names[i]);
    if (!into.includes(x) && !not.includes(x)) into.push(x);
  }
}

/**
 * A node's departments, indicators, milestones and themes from its text. Field lines of its own (fieldlines.ts) state
 * a field completely and replace what tables or sentences gave it; returns which fields were so stated.
 */
export function enrich(d: Draft, period: { start: number; end: number } | null, republicYear = false): { departments: boolean; milestones: boolean; indicators: boolean } {
  const node = d.node;
  // (every field line has a colon: a body without one has none, and is not split into lines)
  const own = node.body.indexOf('：') >= 0 || node.body.indexOf(':') >= 0 ? splitFieldLines(node.body) : NO_FIELD_LINES;
  const stated = { departments: false, milestones: false, indicators: false };
  const depts = departmentsOf(own.fields);
  if (depts) { node.lead = depts.lead; node.partners = depts.partners; stated.departments = true; }
  for (const f of own.fields) {
    if (f.field === 'milestones') {
      if (!stated.milestones) { node.milestones = []; stated.milestones = true; }
      node.milestones.push(...f.milestones);
    } else if (f.field === 'indicators') {
      if (!stated.indicators) { node.indicators = []; stated.indicators = true; }
      node.indicators.push(...f.indicators);
    }
  }
  // (without field lines the node's text is its body)
  const ownText = own.fields.length ? own.text.join('\n') : node.body;
  // rules match the folded view (Traditional script, full-width forms); names are taken from the original text
  const { text: text0, view } = nodeView(d);
  // (read on the same text by the levels, most often: levels.ts responsibilityOf)
  // (departments a shared line gave, "以上3项…责任单位均为A" (sharedresp.ts), give way to a table row's — an annex 分解表
  // read back, applied before: the row is the point's own)
  const found0 = stated.departments || (sharedGiven.has(node) && (node.lead.length || node.partners.length)) ? null : responsibilityOf(d);
  // (the lists as found, by one function for both: an array made by map() is of another hidden class when empty, and
  // code run for partners only was first run when a seed of the benchmark had some — each time V8 threw away enrich's
  // optimised code, ~30 % of an import run unoptimised for the next 20–50 imports)
  if (found0) {
    // (a unit a table row names as a partner, by its column, is not made a lead by a list of the text that names no
    // partner — "（A、B、C负责。列第一位的为牵头单位，下同）" under a 分解表 read back: the row says who helps)
    addNames(found0.lead, view, text0, node.lead, found0.partners.length ? node.lead : node.partners);
    addNames(found0.partners, view, text0, node.partners, node.lead);
  }
  // an account of what was done states past figures, not targets (pastScope)
  const up: Draft[] = [];
  for (let a = d.parent; a; a = a.parent) up.push(a);
  const past = pastScope(d);
  // a task under a heading that names the unit leading its points ("一、区发展改革局牵头工作（4项）"): that unit leads
  // it, unless the task names its own lead — as does a task whose own heading is such a group's ("（二）省审计厅牵头的
  // 工作" over its text, a 目标责任分解 grouped by leader, then by unit)
  if (node.kind === 'task' && !node.lead.length) {
    for (const a of [d, ...up]) {
      // (or a heading above it that is only an agency's name: "一、社會處" over its 施政重點)
      // (never a work heading: "（一）优化产业布局" opens with a verb no agency's name opens with)
      const g = groupLead(a.node.heading) ?? (a !== d && !ACTION_VERB.test(matchView(a.node.heading)) ? headingUnit(a.node.heading) : null);
      if (!g) continue;
      for (const x of g) if (!node.lead.includes(x)) node.lead.push(x);
      node.partners = node.partners.filter((x) => !g.includes(x));
      break;
    }
  }
  if (!past && node.kind !== 'appendix' && !stated.indicators) {
    const orig = [node.heading, ownText].filter(Boolean).join('\n');
    // (the fold is one code unit for one: the text of a node without field lines is folded already, as `view`)
    const text = orig === text0 ? view : foldScript(orig);
    // (every indicator, in a table row or a sentence, has a value: a text without a digit has none)
    // (in a 专栏 that states its deadline, its figures of no year are of that year: boxDeadline)
    if (HAS_DIGIT.test(text)) readIndicators(node, text, orig, boxDeadline(d, up, period) ?? period?.end ?? null, period?.start ?? null);
  }
  // (one string for the milestones and the themes: flattened once — the node's view's text when the body is the text)
  const headAndText = ownText === node.body ? text0 : node.heading + '\n' + ownText;
  // (a 专栏 that names who carries it out is a unit of work as a task is — "专栏1　健身设施补短板行动" ⏎ "建设内容：…" ⏎
  // "责任单位：…" ⏎ "完成时限：2028年底前" beside the prose of its section —: its dates are its milestones too)
  if ((node.kind === 'task' || node.kind === 'item' || (node.kind === 'box' && node.lead.length > 0)) && !stated.milestones) {
    for (const m of textMilestones(headAndText, period, { republicYear })) if (!node.milestones.some((x) => x.year === m.year && x.stage === m.stage)) node.milestones.push(m);
    // a task grouped under a year ("（一）2024年度重点任务", "2025年：全面推进") is that year's work, and under a quarter of a
    // one-year plan ("一、第一季度") the plan's year's
    if (node.kind === 'task' && !node.milestones.length) {
      // (a heading naming one year, not a period: dates.ts groupYear)
      for (const a of up) {
        // (a stage numbered by its ordinal, "第一阶段" ⏎ "启动部署（2026年1月—6月）", names its stage in its number)
        const year = groupYear(matchView(/阶段$/.test(a.node.number) ? a.node.number + a.node.heading : a.node.heading), period);
        if (year === null) continue;
        node.milestones.push({ year, stage: null, text: a.node.heading.trim() });
        break;
      }
    }
  }
  // what the node is about, not who does it: the departments' names are left out (区住房城乡建设局 leading a road
  // task, 区人力资源和社会保障局 an employment task); Traditional script read as Simplified (the keywords are Simplified)
  // (a text no name was cut from is the node's view's text, folded already)
  const themeText = node.kind === 'part' || node.kind === 'appendix' ? node.heading : withoutNames(headAndText, node.lead, node.partners);
  node.themes = themesOf(themeText === text0 ? view : foldScript(themeText));
  return stated;
}

/**
 * A deadline in a 专栏's heading: a year after 到/至 ("（到2026年）", "到2026年管网更新重点工程"; not the end of a range,
 * "2025至2028年") or before a word of the work done by then ("2026年底前", "2026年建成项目") — not a year the works
 * start in or count from ("2026年新开工重点项目", "2023年以来已建成项目", "2026年重点项目": the year's list, no deadline).
 * Group 1 or 2: the year.
 */
const HEADING_YEAR = /(?<![0-9０-９年]\s*)(?:到|至)\s*((?:19|20)\d{2})\s*年(?!\s*[—\-－~～至到]|\s*[0-9])|(?<![0-9０-９]\s*[—\-－~～至到]\s*)((?:19|20)\d{2})\s*年\s*(?:底|末|(?:以|之)?前|(?:全部|全面|基本)?(?:建成|完成|竣工|投用))/g;
/** A 专栏's closing sentence of its deadline: "到2027年，上述工程全部建成", "以上项目于2026年底前完成" (group 1 or 2: the year). */
const BOX_CLOSING = /(?:到|至|于)\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?[，,]?\s*(?:上述|以上|本专栏|专栏(?:内|所列))[^。；;0-9]{0,20}?(?:全部|全面|基本)?(?:建成|完成|竣工|投用|实施)|(?:上述|以上|本专栏|专栏(?:内|所列))[^。；;0-9]{0,20}?(?:于|在|到)\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*(?:全部|全面|基本)?(?:建成|完成|竣工|投用)/;
/**
 * The deadline a 专栏 states for its works (review of session 41): one year of the plan's period in its heading
 * ("专栏1 老旧小区改造重点工程（到2026年）"), or a sentence of its text saying when all of it is done ("到2027年，上述工程
 * 全部建成"): the year of the figures of the box and of its items that name none — not the plan's last. The nearest box
 * of `d` and the nodes above it; null when there is none or it states none.
 */
function boxDeadline(d: Draft, up: Draft[], period: { start: number; end: number } | null): number | null {
  if (!period || period.start === period.end) return null;
  const box = d.node.kind === 'box' ? d : up.find((a) => a.node.kind === 'box');
  if (!box) return null;
  const inPeriod = (y: number) => y >= period.start && y <= period.end;
  const years = [...matchView(box.node.heading).matchAll(HEADING_YEAR)].map((m) => Number(m[1] ?? m[2]));
  if (years.length === 1 && inPeriod(years[0])) return years[0];
  if (years.length) return null;
  const texts: string[] = [];
  const walk = (n: PlanNode) => { texts.push(n.body); n.children.forEach(walk); };
  walk(box.node);
  const closing = BOX_CLOSING.exec(foldScript(texts.join('\n')));
  const year = closing ? Number(closing[1] ?? closing[2]) : NaN;
  return inPeriod(year) ? year : null;
}

/** `text` with each of the names (departments) cut out — a line break in its place, so no keyword spans the cut. */
function withoutNames(text: string, lead: readonly string[], partners: readonly string[]): string {
  let out = text;
  for (const list of [lead, partners]) for (const n of list) if (n.length > 1 && out.includes(n)) out = out.split(n).join('\n');
  return out;
}

/** A paragraph that is a schedule or a deadline (labels.ts). */
const TIME_START = new RegExp(`^[【\\[（(]?\\s*${TIME_LABEL}\\s*[:：]`);

/**
 * A paragraph's sentences without those naming what is already there; of one aiming at a year, only its clauses that
 * name what is there are left out. (Joined by a loop: the arrays of map() and filter() are of another hidden class
 * when empty, and V8 threw away readIndicators' optimised code at the first such sentence)
 */
function targetsOnly(para: string): string {
  const sentences = splitAfter(para, '。；');
  let out = '';
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!PAST_SENTENCE.test(s)) out += s;
    // a baseline before the target ("截至2024年底，…覆盖率达45%，到2027年达到60%", "现有站点80家，到2027年达到150家"):
    // the sentence as a whole — its baseline names the target, and is no target itself (indicators.ts baseZones)
    else if (!TARGET_YEAR.test(s) && LATER_TARGET.test(s)) out += s;
    else if (TARGET_YEAR.test(s)) {
      const clauses = splitAfter(s, '，,');
      // (a clause whose word of what is there names the target's subject, "到2028年，现有规模以上工业企业…覆盖率达到
      // 80%", "力争到2027年，已建成的污水处理厂全部提标改造": kept, after the clause of the year — SUBJECT_THERE; not one
      // that only counts what is there, "现有污水处理厂5座": stockClause)
      for (let j = 0; j < clauses.length; j++) {
        const c = clauses[j];
        if (!PAST_SENTENCE.test(c) || (j > 0 && !PAST_SENTENCE.test(c.replace(SUBJECT_THERE, '')) && !stockClause(c))) out += c;
      }
    }
  }
  return out;
}

/**
 * `/\S\s{3,}[0-9０-９]/.test(text)` (a figure after a run of spaces, as a table printed as text aligns it), by the run
 * first: the leftmost match of a run and its figure starts the run, so it holds when that start is not the text's
 * first character (~30 % less than trying \S at every character).
 */
const SPACED_FIGURE = /\s{3,}[0-9０-９]/g;
export function spacedFigure(text: string): boolean {
  SPACED_FIGURE.lastIndex = 0;
  for (let m = SPACED_FIGURE.exec(text); m !== null; m = SPACED_FIGURE.exec(text)) if (m.index > 0) return true;
  return false;
}

/** The indicators of a node's text (`text`: its fold, `orig`: as written), added to those it has. */
function readIndicators(node: PlanNode, text: string, orig: string, endYear: number | null, startYear: number | null): void {
  const found = spacedFigure(text) ? findTableIndicators(text, endYear) : [];
  const subject = foldScript(node.heading);
  // (the rows under an indicator table's header, "指标 | 单位 | 2025年 | 2026年 | 2027年", are read by the table reader
  // (celltable.ts readIndicatorTable), each cell in its column's year: not again as a sentence, where "…\t不少于3个" would
  // be a target of the plan's last year — batch 27)
  let inTable = false;
  for (const para of text.split('\n')) {
    if (para.indexOf('\t') < 0) inTable = false;
    else if (standingIndicatorHeader(para.split('\t'))) { inTable = true; continue; }
    if (inTable) continue;
    // (an indicator is a value: a paragraph without a digit has none)
    if (!HAS_DIGIT.test(para)) continue;
    // a schedule or deadline ("时间节点：2025年完成40个；2026年完成50个") gives milestones, not targets
    if (TIME_START.test(para)) continue;
    // a sentence naming what is already there is no target — but in a sentence aiming at a year ("到2026年，…率达到
    // 65%以上，已建设施正常运行率…") only its clauses that name what is there are left out
    // (a paragraph naming nothing that is there is its sentences joined again: not split; PAST_SENTENCE is words only,
    // so none of its sentences names one)
    const sentences = !PAST_SENTENCE.test(para) ? para : targetsOnly(para);
    for (const ind of findIndicators(sentences, endYear, subject, startYear)) found.push(ind);
  }
  for (const ind of found) { ind.name = fromView(text, orig, ind.name); ind.text = fromView(text, orig, ind.text); }
  // (a figure said of two years is kept for each: "2026年达到90%，2027年保持90%以上")
  const seen = new Set(node.indicators.map((i) => `${i.name}|${i.value}|${i.unit}|${i.year}`));
  for (const ind of found) {
    const key = `${ind.name}|${ind.value}|${ind.unit}|${ind.year}`;
    if (!seen.has(key)) { seen.add(key); node.indicators.push(ind); }
  }
}
