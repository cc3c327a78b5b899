/**
 * Text → plan tree. Forgiving: text that fits no structure stays as body text of the nearest node and is counted;
 * annex tables that repeat the tasks (department columns, yearly milestones) enrich the tasks instead of adding new ones.
 */
import { FORMAT, countKinds, walk, type ImportReport, type LevelMapping, type PlanDoc, type PlanNode, type SourceInfo } from '../model/plan';
import { dropPageFurniture, dropToc, joinBroken, toParagraphs, type Para } from './clean';
import { findResponsibility } from './departments';
import { findIndicators, findTableIndicators } from './indicators';
import { RULE, foldScript, inlineMarkerOffsets, matchView, rankOf, readMarker, type Marker, type MarkerStyle } from './grammar';
import { OutlineBuilder, assignKinds, isNotTaskContext, isTaskContext, levelsOf, makeDraft, type Draft } from './levels';
import { readDate, readGovernment, readHead } from './meta';
import { applyTaskTables, isTableStart, type TableRegion } from './tables';
import { applyCellTables, applyIndicatorRows, cellRuns, readIndicatorTable, textMilestones } from './celltable';
import { themesOf } from './themes';
import type { SourceLine } from './types';
import { declaredCounts } from './selfcheck';
import { departmentsOf, readFieldLine, splitFieldLines } from './fieldlines';
import { repeatedAnnexes } from './repeated';
import { splitAfter } from '../text/scan';

export interface ParseOptions {
  fileName: string;
  source?: SourceInfo | null;
  /** The planner's correction of the inferred levels, by marker style key. */
  mapping?: LevelMapping;
}

export type { Draft } from './levels';

const PAST_CONTEXT = /回顾|现状|背景|评估|基础与形势|发展基础|存在的主要问题|存在问题/;

/** A line that names the departments responsible ("牵头单位：…", "【责任单位：…】"). */
const RESP_LINE = /^[（(【\[]?\s*\**\s*(责任单位|牵头单位|牵头部门|责任部门|主责单位)\s*\**\s*[:：]/;
/** A point of a list ((1), 1), ①, •, a Word or Markdown list paragraph), not a heading of the plan. */
const isPoint = (d: Draft) => rankOf(d.style) >= rankOf('paren');

/** A paragraph's marker, unless it is a table row or the planner mapped its style to body text. */
function markerOf(p: Para, mapping: ParseOptions['mapping']): Marker | null {
  if (p.cells) return null;
  // a bulleted Word list paragraph has its bullet in the numbering, not in the text: it is a bullet point
  const m = readMarker(p.text) ?? (p.list && !p.list.ordered ? { style: 'bullet', raw: '•', n: 0, rest: p.text } : null);
  if (!m || mapping?.[m.style]?.kind === 'text') return null;
  if (!(m.rest.length > 0 || RULE[m.style]?.bodyOnly || m.style === 'appendix')) return null;
  return m;
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
function bodyStart(paras: Para[], mapping: ParseOptions['mapping']): number {
  const markers = paras.map((p) => (/^目\s*录/.test(p.text) ? null : markerOf(p, mapping)));
  // bounded: at most 50 candidates, each looking 400 paragraphs ahead for its second heading
  for (let i = 0, tried = 0; i < paras.length && tried < 50; i++) {
    const p = paras[i];
    if (p.heading !== undefined && p.heading <= 2 && i > 0 && !p.cells) return i;
    const m = markers[i];
    if (!m || m.style === 'bullet') continue;
    if (['part', 'chapter', 'action', 'keytask', 'jie'].includes(m.style)) return enclosing(markers, i);
    // the body never starts inside an annex ("附件1" then its own 1. 2.); a notice's "附件：1.…" list is no annex
    if (m.style === 'appendix') { if (/^\s*[0-9０-９]/.test(m.rest)) continue; break; }
    if (m.n !== 1) continue;
    tried++;
    for (let j = i + 1; j < paras.length && j <= i + 400; j++) {
      const o = markers[j];
      if (o && o.style === m.style && o.n === 2) return enclosing(markers, i);
      // a higher-ranked style before the sequence goes on: this was a list inside the head
      if (o && rankOf(o.style) < rankOf(m.style) && o.style !== 'appendix') break;
    }
  }
  const lone = markers.findIndex((m) => m && m.style !== 'bullet' && m.style !== 'appendix');
  return lone >= 0 ? lone : paras.length;
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
  const report: ImportReport = { warnings: [], declared: {}, found: {}, removed: [], unstructured: 0, uncertain: [] };
  const mapping = opts.mapping;
  let paras = toParagraphs(lines, report.removed);
  paras = dropPageFurniture(paras, report.removed);
  paras = joinBroken(paras);
  const tocFound = dropToc(paras, report.removed);
  paras = joinAnnexTitles(splitRunTogether(splitTitleLine(tocFound.paras), tocFound.toc));

  const first = bodyStart(paras, mapping);
  const head = readHead(paras.slice(0, first), report.uncertain, report.removed);
  const toc = [...tocFound.toc, ...head.toc];
  paras = paras.slice(first);
  paras = readSignature(paras, head.meta, report);
  const annexRefs = attachmentListLines(paras);
  const hStyles = headingStyles(paras);

  const ids = { n: 0 };
  const newId = () => `n${String(++ids.n).padStart(4, '0')}`;
  const tree = new OutlineBuilder(mapping);
  const { stack } = tree;
  const tables: TableRegion[] = [];
  const preamble: string[] = head.preamble.map((p) => p.text);
  let table: TableRegion | null = null;
  let partCount = 0;

  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const marker = annexRefs.has(p) ? null : markerOf(p, mapping);
    if (table) {
      // a table runs until the next top-level heading that continues the document's numbering
      // (an annex table only at the next annex or chapter)
      const top = tree.roots.find((d) => d.style !== 'appendix')?.style;
      const ends = marker && (marker.style === 'appendix' || marker.style === 'chapter' || marker.style === 'part' ||
        (!table.annex && marker.style === top && marker.n === partCount + 1));
      if (!ends) { table.paras.push(p); table.draft.node.body += (table.draft.node.body ? '\n' : '') + p.text; continue; }
      table = null;
    }
    const start = annexRefs.has(p) ? null : isTableStart(p, marker);
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
    if (marker || hStyle) {
      // a written number; else a Word/Markdown heading without one, on the level of its heading style
      const style = marker ? marker.style : hStyle!;
      const m: Marker = marker ?? { style, raw: '', n: 0, rest: p.text };
      tree.place(style, m.n, stack.some((x) => x.style === 'box') && findResponsibility(foldScript(p.text)) !== null);
      const d = makeDraft(newId(), style, m, p.line);
      if (marker) {
        const { heading, body } = splitHeading(marker, toc);
        d.node.heading = heading;
        d.node.body = body;
        if (body) d.bodyLines.push(p.line);
      } else {
        d.node.heading = p.text;
      }
      tree.attach(d);
      if (stack.length === 1 && style !== 'appendix') partCount = m.n;
      continue;
    }
    // plain paragraph: body of the current node — except a 牵头单位/责任单位 line after a list of points (①②③, (1)(2),
    // •), which names the departments of what the list belongs to, when no earlier point had such a line of its own
    // — and except a line between two points (it belongs to the point before it) or under a list whose owner already
    // named its departments in a line of its own (field lines, see fieldlines.ts)
    let cur = tree.current();
    if (cur && RESP_LINE.test(matchView(p.text)) && isPoint(cur)) {
      const earlier = (cur.parent?.node.children ?? []).slice(0, -1);
      const next = paras[pi + 1];
      const nextMarker = next ? markerOf(next, mapping) : null;
      const between = nextMarker !== null && nextMarker.style === cur.style;
      const ownerSaid = cur.parent !== null && cur.parent.node.body.split('\n').some((l) => readFieldLine(l)?.field === 'departments');
      if (earlier.length && !between && !ownerSaid && !earlier.some((n) => n.body.split('\n').some((l) => RESP_LINE.test(matchView(l))))) {
        let up: Draft | null = cur;
        while (up && isPoint(up)) up = up.parent;
        if (up) cur = up;
      }
    }
    if (cur) {
      cur.node.body += (cur.node.body ? '\n' : '') + p.text;
      cur.bodyLines.push(p.line);
    } else {
      preamble.push(p.text);
      report.unstructured++;
    }
  }
  const all = tree.all;
  const roots = tree.roots;

  // Kinds from style and context.
  assignKinds(all, mapping);
  // Tables that repeat the tasks: departments and milestones go onto the tasks. Tables with cells are read by their
  // header row; flattened tables (one cell per line, or a row per line) by the readers of tables.ts.
  const period = head.meta.period;
  const readByCells = new Set<Para>();
  const speaks = new Set<PlanNode>();
  const indicatorRows = [];
  for (const run of cellRuns(paras)) {
    if (applyCellTables(run, all, period, report, speaks) > 0) for (const p of run) readByCells.add(p);
    indicatorRows.push(...readIndicatorTable(run));
  }
  for (const t of tables) if (!t.paras.some((p) => readByCells.has(p))) applyTaskTables(t, all, period, report);

  // Departments, indicators, themes.
  const stated = new Set<PlanNode>();
  for (const d of all) if (enrich(d, period?.end ?? null)) stated.add(d.node);
  // An indicator table (指标 / 目标值 / 单位 / 年份 / 所属任务) speaks for the nodes its rows name.
  applyIndicatorRows(indicatorRows, all, report);
  // A task is led by the units named in its items' annotations too — unless a field line of its own names them
  // all, or a table row gave its departments.
  for (const d of all) {
    if (d.node.kind !== 'task' || stated.has(d.node) || speaks.has(d.node)) continue;
    for (const { node } of walk(d.node.children)) {
      for (const x of node.lead) if (!d.node.lead.includes(x)) d.node.lead.push(x);
      for (const x of node.partners) if (!d.node.partners.includes(x) && !d.node.lead.includes(x)) d.node.partners.push(x);
    }
  }

  // annex tables that only repeat the plan (an export's 主要任务分解表/主要指标表 read back) are not kept as annexes
  const repeated = repeatedAnnexes(roots, all, paras, tables, report);
  const kept = repeated.size ? all.filter((d) => !repeated.has(d)) : all;
  numberingWarnings(kept, report);
  structureWarnings(kept, preamble, paras, report);
  report.levels = levelsOf(kept);
  report.style = report.levels.map((l) => l.key).join('>').slice(0, 400);
  report.removed.sort((a, b) => a.line - b.line);
  const nodes = roots.filter((d) => !repeated.has(d)).map((d) => d.node);
  const found = countKinds(nodes);
  report.found = { ...found };
  declaredCounts(paras, head.preamble, kept, nodes, report);

  return {
    format: FORMAT,
    meta: {
      ...head.meta,
      status: 'draft',
      source: opts.source ?? null,
      basedOn: null,
      notice: head.notice,
      preamble: preamble.join('\n'),
    },
    nodes,
    report,
  };
}

/**
 * Never flatten silently: no structure, a task context without tasks, or most of the text in the preamble is said
 * in the report, with the way out (the level mapping of the import preview).
 */
function structureWarnings(all: Draft[], preamble: string[], paras: Para[], report: ImportReport) {
  if (!all.some((d) => d.style !== 'bullet' && d.style !== 'appendix')) {
    report.warnings.push({ code: 'no-structure', message: '没有识别到编号标题(一、/(一)/行动一/重点任务1 等),全文作为引言保存', line: null });
    return;
  }
  const tasks = all.filter((d) => d.node.kind === 'task').length;
  const context = all.find((d) => d.node.kind !== 'item' && isTaskContext(d.node.heading) && !isNotTaskContext(d.node.heading));
  const bodyChars = paras.reduce((k, p) => k + p.text.length, 0);
  if (!tasks && (context || bodyChars > 3000)) {
    report.warnings.push({
      code: 'no-tasks',
      message: context
        ? `“${context.node.number}${context.node.heading}”中没有识别出任务:请在导入预览的“层级”中指定哪一级是任务`
        : '全文没有识别出任务:请在导入预览的“层级”中指定哪一级是任务',
      line: context?.line ?? null,
    });
  }
  const pre = preamble.reduce((k, t) => k + t.length, 0);
  if (pre > 500 && pre > bodyChars) {
    report.warnings.push({ code: 'mostly-preamble', message: `大部分文字(${pre} 字)在第一个编号标题之前,作为引言保存:请检查导入预览的“层级”`, line: null });
  }
}

/**
 * Split heading from body in "marker + text": a table-of-contents heading that prefixes the text, else the whole
 * text when short, else its first sentence; bullets have no heading.
 */
export function splitHeading(m: Marker, toc: string[]): { heading: string; body: string } {
  const rest = m.rest.trim();
  if (m.style === 'bullet') return { heading: '', body: rest };
  const folded = matchView(rest).replace(/\s+/g, '');
  let best = '';
  for (const h of toc) if (folded.startsWith(matchView(h)) && h.length > best.length) best = h;
  if (best && best.length < folded.length) {
    // map the folded prefix length back onto the original text (spaces were removed)
    let k = 0;
    let i = 0;
    while (i < rest.length && k < best.length) { if (!/\s/.test(rest[i])) k++; i++; }
    return { heading: rest.slice(0, i).trim(), body: rest.slice(i).trim() };
  }
  const stop = rest.search(/[。；！？]/);
  // "扎实推进农村厕所革命：以户用卫生厕所改造为重点，…": a run-in heading ended by a colon before any sentence end
  const colon = rest.search(/[：:]/);
  if (colon >= 2 && colon <= 30 && (stop < 0 || colon < stop) && !/[，,、；;]/.test(rest.slice(0, colon)) && rest.length > colon + 1) {
    return { heading: rest.slice(0, colon), body: rest.slice(colon + 1).trim() };
  }
  // "发展成就 “十三五”期间，…": a short heading, a space, then its text (headings run together with their body)
  const gap = /^([^\s。；！？，,：:]{2,24})[ \t\u3000]+(\S.{8,})$/s.exec(rest);
  if (gap && (stop < 0 || stop > gap[1].length)) return { heading: gap[1], body: gap[2].trim() };
  if (rest.length <= 50 && (stop < 0 || stop === rest.length - 1)) return { heading: rest.replace(/[。；]$/, ''), body: '' };
  if (stop >= 0 && stop <= 50) return { heading: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  if (m.style === 'paren' || m.style === 'circled') return { heading: '', body: rest };
  const clause = rest.search(/[，,：:]/);
  if (clause > 0 && clause <= 40) return { heading: rest.slice(0, clause), body: rest.slice(clause + 1).trim() };
  return { heading: '', body: rest };
}

/**
 * Headings run together on one line (the 十一五 plan's chapters, a whole plan pasted as one line): split at the
 * grammar's inline markers, but only where they continue the document's numbering (一、 after 第X章, 二、 after 一、,
 * (一) after 一、, 1. after a higher heading, 2. after 1.), so numbers inside sentences are left alone. Short lines are
 * split only where a marker follows a space ("一、总体要求 (一)指导思想").
 */
export function splitRunTogether(paras: Para[], _toc: string[]): Para[] {
  const counters = new Map<MarkerStyle, number>();
  const accept = (style: MarkerStyle, n: number, force: boolean): boolean => {
    const last = counters.get(style);
    const ok = force || (last === undefined ? n === 1 : n === last + 1);
    if (!ok) return false;
    counters.set(style, n);
    for (const s of [...counters.keys()]) if (rankOf(s) > rankOf(style)) counters.delete(s);
    return true;
  };
  const inline = (style: MarkerStyle) => RULE[style]?.inline != null;
  const out: Para[] = [];
  for (const p of paras) {
    const lead = p.cells ? null : readMarker(p.text);
    if (lead && inline(lead.style) && lead.n) accept(lead.style, lead.n, true);
    // a table of contents run together on one line is read by readHead, not split
    if (p.cells || p.heading !== undefined || p.text.length < 8 || /^目\s*录/.test(p.text)) { out.push(p); continue; }
    const long = p.text.length >= 120;
    if (!long && !/\s/.test(p.text)) { out.push(p); continue; }
    const cuts: number[] = [];
    for (const at of inlineMarkerOffsets(p.text)) {
      if (!long && !/\s/.test(p.text[at - 1])) continue;
      const mk = readMarker(p.text.slice(at));
      if (!mk || !inline(mk.style) || !mk.n || !mk.rest.trim()) continue;
      if (accept(mk.style, mk.n, false)) cuts.push(at);
    }
    if (!cuts.length) { out.push(p); continue; }
    let from = 0;
    for (const c of [...cuts, p.text.length]) {
      const piece = p.text.slice(from, c).trim();
      if (piece) out.push({ ...p, text: piece });
      from = c;
    }
  }
  return out;
}

/**
 * The signature closing a plan issued without a notice: an issuer line and a date line at the very end ("某县人民政府
 * 办公室" / "2025年3月18日") give the issuer and the date when the head has none; they are not body text.
 */
function readSignature(paras: Para[], meta: ReturnType<typeof readHead>['meta'], report: ImportReport): Para[] {
  const last = paras[paras.length - 1];
  if (!last || last.cells || readMarker(last.text)) return paras;
  // (a plan with annexes ends with them, and the cells of a flattened table are no signature)
  if (paras.some((p) => !p.cells && readMarker(p.text)?.style === 'appendix')) return paras;
  const date = readDate(last.text);
  if (!date || date.partial || last.text.replace(/\s+/g, '').length > date.raw.replace(/\s+/g, '').length + 2) return paras;
  const before = paras[paras.length - 2];
  const gov = before && !before.cells && before.text.length <= 40 && !readMarker(before.text) ? readGovernment(before.text.trim()) : null;
  const signer = gov && gov.end >= before.text.trim().length - 1 && /(人民政府|办公室|办公厅|委员会)/.test(matchView(before.text)) ? before : null;
  if (!signer) return paras;
  if (!meta.issuedOn) meta.issuedOn = date.iso;
  if (!meta.issuer) meta.issuer = signer.text.trim();
  for (const p of [signer, last]) report.removed.push({ line: p.line, text: p.text, reason: '落款(发文机关和成文日期,已读入元数据)' });
  return paras.slice(0, -2);
}

/** "附件：重点任务清单" in the text, when the annex itself follows later under that title: a reference, not the annex. */
function attachmentListLines(paras: Para[]): Set<Para> {
  const title = (p: Para) => { const m = p.cells ? null : readMarker(p.text); return m?.style === 'appendix' ? m.rest.replace(/[\s:：]/g, '') : null; };
  const refs = new Set<Para>();
  const seen = new Map<string, Para>();
  for (const p of paras) {
    const t = title(p);
    if (!t) continue;
    const earlier = seen.get(t);
    if (earlier) refs.add(earlier);
    seen.set(t, p);
  }
  return refs;
}

/** A first line holding the title and then, after a space, the text ("北港区…工作方案 为持续打造…"): two paragraphs. */
function splitTitleLine(paras: Para[]): Para[] {
  const first = paras[0];
  if (!first || first.cells || first.heading !== undefined) return paras;
  const m = /^(\S.{4,60}?(?:行动计划|行动方案|实施方案|工作方案|实施意见|工作要点|计划|方案|规划|纲要|意见|要点|办法))[ \t\u3000]+(\S.{10,})$/s.exec(first.text);
  if (!m || readMarker(first.text)) return paras;
  return [{ ...first, text: m[1] }, { ...first, text: m[2], afterBlank: true }, ...paras.slice(1)];
}

/** "附件1" alone on its line, its title on the next: one heading "附件1 东湖区…指标表". */
function joinAnnexTitles(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const next = paras[i + 1];
    const m = p.cells ? null : readMarker(p.text);
    if (m?.style === 'appendix' && !m.rest.trim() && next && !next.cells && next.text.length <= 60 && !/[。；;]/.test(next.text) && !readMarker(next.text)) {
      out.push({ ...p, text: `${p.text} ${next.text}` });
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}

const PAST_SENTENCE = /(已经|已|截至|截止|目前|现有|此前|过去)/;

/** `s` as the original text writes it, when `s` was found in `view` (the folded `orig`, offset for offset). */
function fromView(view: string, orig: string, s: string): string {
  const at = view.indexOf(s);
  return at >= 0 ? orig.slice(at, at + s.length) : s;
}

/**
 * A node's departments, indicators, milestones and themes from its text. Field lines of its own (fieldlines.ts) state
 * a field completely and replace what tables or sentences gave it; returns whether its departments were so stated.
 */
function enrich(d: Draft, endYear: number | null): boolean {
  const node = d.node;
  const own = splitFieldLines(node.body);
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
  const ownText = own.text.join('\n');
  // rules match the folded view (Traditional script, full-width forms); names are taken from the original text
  const text0 = node.heading + '\n' + node.body;
  const view = foldScript(text0);
  const found0 = stated.departments ? null : findResponsibility(view);
  const resp = found0 && { lead: found0.lead.map((s) => fromView(view, text0, s)), partners: found0.partners.map((s) => fromView(view, text0, s)) };
  if (resp) {
    for (const x of resp.lead) if (!node.lead.includes(x)) node.lead.push(x);
    for (const x of resp.partners) if (!node.partners.includes(x) && !node.lead.includes(x)) node.partners.push(x);
  }
  // background and review sections state past figures, not targets; a part titled 背景和基本评估 may still hold 发展目标
  const up: Draft[] = [];
  for (let a = d.parent; a; a = a.parent) up.push(a);
  const scope = up.length ? [d, ...up.slice(0, -1)] : [d];
  const past = scope.some((a) => PAST_CONTEXT.test(matchView(a.node.heading)));
  if (!past && node.kind !== 'appendix' && !stated.indicators) {
    const orig = [node.heading, ownText].filter(Boolean).join('\n');
    // (the fold is one code unit for one: the text of a node without field lines is folded already, as `view`)
    const text = orig === text0 ? view : foldScript(orig);
    const found = /\S\s{3,}[0-9]/.test(text) ? findTableIndicators(text, endYear) : [];
    const subject = foldScript(node.heading);
    for (const para of text.split('\n')) {
      const sentences = splitAfter(para, '。；').filter((s) => !PAST_SENTENCE.test(s)).join('');
      for (const ind of findIndicators(sentences, endYear, subject)) found.push(ind);
    }
    for (const ind of found) { ind.name = fromView(text, orig, ind.name); ind.text = fromView(text, orig, ind.text); }
    const seen = new Set(node.indicators.map((i) => `${i.name}|${i.value}|${i.unit}`));
    for (const ind of found) {
      const key = `${ind.name}|${ind.value}|${ind.unit}`;
      if (!seen.has(key)) { seen.add(key); node.indicators.push(ind); }
    }
  }
  if ((node.kind === 'task' || node.kind === 'item') && !stated.milestones) {
    for (const m of textMilestones(node.heading + '\n' + ownText)) if (!node.milestones.some((x) => x.year === m.year && x.stage === m.stage)) node.milestones.push(m);
  }
  node.themes = themesOf(node.heading + (node.kind === 'part' || node.kind === 'appendix' ? '' : '\n' + ownText));
  return stated.departments;
}

function numberingWarnings(all: Draft[], report: ImportReport) {
  // Numbers of siblings of one style should run 1, 2, 3 …; 重点专项/重点任务 also run on across actions within a part.
  const groups = new Map<string, Draft[]>();
  for (const d of all) {
    if (d.style === 'bullet' || d.style === 'appendix' || !d.n) continue;
    let scope: Draft | null = d.parent;
    if (d.style === 'keytask') { scope = d; while (scope.parent && scope.style !== 'cn' && scope.style !== 'chapter') scope = scope.parent; if (scope === d) scope = null; }
    const key = `${scope?.node.id ?? 'root'}|${d.style}|${d.node.number.replace(/[:：\s]/g, '').replace(/[0-9一二三四五六七八九十百]+/g, '#')}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  for (const list of groups.values()) {
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1].n;
      const n = list[i].n;
      if (n !== prev + 1 && n !== 1) {
        report.warnings.push({
          code: 'numbering-gap',
          message: `编号不连续:“${list[i - 1].node.number}”之后是“${list[i].node.number}”`,
          line: list[i].line,
        });
      }
    }
  }
}

export function allDrafts(nodes: PlanNode[]): PlanNode[] {
  return [...walk(nodes)].map((x) => x.node);
}
