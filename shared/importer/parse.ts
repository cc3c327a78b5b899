/**
 * Text → plan tree. Forgiving: text that fits no structure stays as body text of the nearest node and is counted;
 * annex tables that repeat the tasks (department columns, yearly milestones) enrich the tasks instead of adding new ones.
 */
import { FORMAT, countKinds, emptyNode, walk, type ImportReport, type LevelMapping, type PlanDoc, type PlanNode, type SourceInfo } from '../model/plan';
import { joinBroken, toParagraphs, type Para } from './clean';
import { findResponsibility } from './departments';
import { findIndicators, findTableIndicators } from './indicators';
import { INLINE_MARKER, STYLE_RANK, readMarker, type Marker, type MarkerStyle } from './markers';
import { readHead } from './meta';
import { foldWidth } from './numerals';
import { applyTaskTables, isTableStart, type TableRegion } from './tables';
import { themesOf } from './themes';
import type { SourceLine } from './types';
import { declaredCounts } from './selfcheck';

export interface ParseOptions {
  fileName: string;
  source?: SourceInfo | null;
  /** The planner's correction of the inferred levels, by marker style key. */
  mapping?: LevelMapping;
}

/** A node under construction, with what the parser needs to know about it. */
export interface Draft {
  node: PlanNode;
  style: MarkerStyle;
  n: number;
  line: number;
  parent: Draft | null;
  bodyLines: number[];
}

const STRONG: MarkerStyle[] = ['chapter', 'cn', 'action', 'keytask'];
const TASK_CONTEXT = /主要任务|重点任务|发展重点|工作任务|重点工作|主要工作|建设任务|重点项目/;
const PAST_CONTEXT = /回顾|现状|背景|评估|基础与形势|发展基础|存在的主要问题|存在问题/;

export function parsePlan(lines: SourceLine[], opts: ParseOptions): PlanDoc {
  const report: ImportReport = { warnings: [], declared: {}, found: {}, removed: [], unstructured: 0, uncertain: [] };
  let paras = joinBroken(toParagraphs(lines, report.removed));

  // Head: everything before the first strong numbered heading (a table of contents line is skipped).
  let first = paras.findIndex((p) => {
    if (/^目\s*录/.test(p.text)) return false;
    const m = readMarker(p.text);
    return (m && STRONG.includes(m.style) && m.rest.length > 0) || (p.heading !== undefined && p.heading <= 2 && paras.indexOf(p) > 0);
  });
  if (first < 0) first = paras.length;
  const head = readHead(paras.slice(0, first), report.uncertain, report.removed);
  const toc = head.toc;
  paras = splitRunTogether(paras.slice(first), toc);

  const ids = { n: 0 };
  const newId = () => `n${String(++ids.n).padStart(4, '0')}`;
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  const all: Draft[] = [];
  const tables: TableRegion[] = [];
  const preamble: string[] = head.preamble.map((p) => p.text);
  let table: TableRegion | null = null;
  let partCount = 0;

  const attach = (d: Draft) => {
    const parent = stack[stack.length - 1] ?? null;
    d.parent = parent;
    if (parent) parent.node.children.push(d.node);
    else roots.push(d);
    stack.push(d);
    all.push(d);
  };

  for (const p of paras) {
    const marker = p.cells ? null : readMarker(p.text);
    if (table) {
      // a table runs until the next part-level heading that continues the document's numbering
      const ends = marker && ((marker.style === 'cn' && marker.n === partCount + 1 && marker.rest.length > 0 && stack.length > 0 && partStyle(stack) === 'cn') || marker.style === 'chapter');
      if (!ends) { table.paras.push(p); table.draft.node.body += (table.draft.node.body ? '\n' : '') + p.text; continue; }
      table = null;
    }
    const start = isTableStart(p, marker);
    if (start) {
      const d = makeDraft(newId(), 'appendix', { style: 'appendix', raw: marker?.style === 'appendix' ? marker.raw : '', n: 0, rest: '' }, p.line);
      d.node.heading = start.title;
      // an annex is a top-level node; a table inside the body stays where it is
      if (start.annex) stack.length = 0;
      else stack.length = Math.min(stack.length, 1);
      attach(d);
      stack.pop();
      table = { draft: d, kind: start.kind, paras: [], headerLine: p.line, header: p.text };
      tables.push(table);
      continue;
    }
    if (marker && (marker.rest.length > 0 || marker.style === 'bullet' || marker.style === 'appendix')) {
      place(stack, marker.style);
      const d = makeDraft(newId(), marker.style, marker, p.line);
      const { heading, body } = splitHeading(marker, toc);
      d.node.heading = heading;
      d.node.body = body;
      if (body) d.bodyLines.push(p.line);
      attach(d);
      if (stack.length === 1 && (marker.style === 'cn' || marker.style === 'chapter')) partCount = marker.n;
      continue;
    }
    if (p.heading !== undefined && p.heading <= 6) {
      // a Word heading without a written number: its level decides the place
      const style = (['chapter', 'cnparen', 'keytask', 'paren', 'circled', 'circled'] as MarkerStyle[])[p.heading - 1];
      place(stack, style);
      const d = makeDraft(newId(), style, { style, raw: '', n: 0, rest: p.text }, p.line);
      d.node.heading = p.text;
      attach(d);
      continue;
    }
    // plain paragraph: body of the current node
    const cur = stack[stack.length - 1];
    if (cur) {
      cur.node.body += (cur.node.body ? '\n' : '') + p.text;
      cur.bodyLines.push(p.line);
    } else {
      preamble.push(p.text);
      report.unstructured++;
    }
  }

  // Kinds from style and context.
  for (const d of all) d.node.kind = kindOf(d);

  // Tables that repeat the tasks: departments and milestones go onto the tasks.
  const period = head.meta.period;
  for (const t of tables) applyTaskTables(t, all, period, report);

  // Departments, indicators, themes.
  for (const d of all) enrich(d, period?.end ?? null);
  // A task is led by the units named in its items' annotations too.
  for (const d of all) {
    if (d.node.kind !== 'task') continue;
    for (const { node } of walk(d.node.children)) {
      for (const x of node.lead) if (!d.node.lead.includes(x)) d.node.lead.push(x);
      for (const x of node.partners) if (!d.node.partners.includes(x) && !d.node.lead.includes(x)) d.node.partners.push(x);
    }
  }

  numberingWarnings(all, report);
  if (!all.some((d) => d.style !== 'bullet' && d.style !== 'appendix')) {
    report.warnings.push({ code: 'no-structure', message: '没有识别到编号标题(一、/(一)/行动一/重点任务1 等),全文作为引言保存', line: null });
  }
  report.removed.sort((a, b) => a.line - b.line);
  const nodes = roots.map((d) => d.node);
  const found = countKinds(nodes);
  report.found = { ...found };
  declaredCounts(paras, head.preamble, all, nodes, report);

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

function makeDraft(id: string, style: MarkerStyle, m: Marker, line: number): Draft {
  const node = emptyNode(id, 'item');
  node.number = m.raw;
  return { node, style, n: m.n, line, parent: null, bodyLines: [] };
}

function partStyle(stack: Draft[]): MarkerStyle {
  return stack[0].style;
}

/** Pop the stack so that a node of `style` can be pushed: back to a sibling of the same style, or above deeper levels. */
function place(stack: Draft[], style: MarkerStyle) {
  const same = findLastIndex(stack, (d) => d.style === style);
  if (same >= 0) { stack.length = same; return; }
  const rank = STYLE_RANK[style];
  while (stack.length && STYLE_RANK[stack[stack.length - 1].style] >= rank && stack[stack.length - 1].style !== 'appendix') stack.pop();
  if (style === 'appendix') stack.length = 0;
}

function findLastIndex<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}

function ancestors(d: Draft): Draft[] {
  const out: Draft[] = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

function kindOf(d: Draft): PlanNode['kind'] {
  switch (d.style) {
    case 'chapter': return 'part';
    case 'cn': return d.parent ? 'section' : 'part';
    case 'cnparen': return d.parent ? 'section' : 'part';
    case 'action': return 'action';
    case 'keytask': case 'decimal': return 'task';
    case 'appendix': return 'appendix';
    case 'arabic': {
      const up = ancestors(d);
      if (up.some((a) => a.style === 'action')) return 'task';
      if (up.some((a) => a.style === 'keytask')) return 'item';
      if (up.some((a) => TASK_CONTEXT.test(a.node.heading))) return 'task';
      return d.parent ? 'item' : 'part';
    }
    default: return d.parent ? 'item' : 'part';
  }
}

/**
 * Split heading from body in "marker + text": a table-of-contents heading that prefixes the text, else the whole
 * text when short, else its first sentence; bullets have no heading.
 */
export function splitHeading(m: Marker, toc: string[]): { heading: string; body: string } {
  const rest = m.rest.trim();
  if (m.style === 'bullet') return { heading: '', body: rest };
  const folded = foldWidth(rest).replace(/\s+/g, '');
  let best = '';
  for (const h of toc) if (folded.startsWith(foldWidth(h)) && h.length > best.length) best = h;
  if (best && best.length < folded.length) {
    // map the folded prefix length back onto the original text (spaces were removed)
    let k = 0;
    let i = 0;
    while (i < rest.length && k < best.length) { if (!/\s/.test(rest[i])) k++; i++; }
    return { heading: rest.slice(0, i).trim(), body: rest.slice(i).trim() };
  }
  const stop = rest.search(/[。；！？]/);
  if (rest.length <= 50 && (stop < 0 || stop === rest.length - 1)) return { heading: rest.replace(/[。；]$/, ''), body: '' };
  if (stop >= 0 && stop <= 50) return { heading: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  if (m.style === 'paren' || m.style === 'circled') return { heading: '', body: rest };
  const clause = rest.search(/[，,：:]/);
  if (clause > 0 && clause <= 40) return { heading: rest.slice(0, clause), body: rest.slice(clause + 1).trim() };
  return { heading: '', body: rest };
}

/**
 * Documents whose headings are run together on a few very long lines (the 十一五 plan): split at numbering
 * markers inside the line, but only where they continue the document's numbering (一、 after 第X章, 二、 after 一、,
 * 1、 after a higher heading, 2、 after 1、), so numbers inside sentences are left alone.
 */
export function splitRunTogether(paras: Para[], _toc: string[]): Para[] {
  const counters = new Map<MarkerStyle, number>();
  const accept = (style: MarkerStyle, n: number, force: boolean): boolean => {
    const last = counters.get(style);
    const ok = force || (last === undefined ? n === 1 : n === last + 1);
    if (!ok) return false;
    counters.set(style, n);
    for (const s of [...counters.keys()]) if (STYLE_RANK[s] > STYLE_RANK[style]) counters.delete(s);
    return true;
  };
  const out: Para[] = [];
  for (const p of paras) {
    const lead = readMarker(p.text);
    if (lead && ['chapter', 'cn', 'cnparen', 'arabic'].includes(lead.style)) accept(lead.style, lead.n, true);
    if (p.text.length < 300 || p.cells) { out.push(p); continue; }
    const cuts: number[] = [];
    for (const m of p.text.matchAll(INLINE_MARKER)) {
      const at = m.index ?? 0;
      if (at === 0) continue;
      const mk = readMarker(p.text.slice(at));
      if (!mk || !['chapter', 'cn', 'cnparen', 'arabic'].includes(mk.style)) continue;
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

const PAST_SENTENCE = /(已经|已|截至|截止|目前|现有|此前|过去)/;

function enrich(d: Draft, endYear: number | null) {
  const node = d.node;
  const resp = findResponsibility(node.heading + '\n' + node.body);
  if (resp) {
    for (const x of resp.lead) if (!node.lead.includes(x)) node.lead.push(x);
    for (const x of resp.partners) if (!node.partners.includes(x) && !node.lead.includes(x)) node.partners.push(x);
  }
  // background and review sections state past figures, not targets; a part titled 背景和基本评估 may still hold 发展目标
  const up = ancestors(d);
  const scope = up.length ? [d, ...up.slice(0, -1)] : [d];
  const past = scope.some((a) => PAST_CONTEXT.test(a.node.heading));
  if (!past && node.kind !== 'appendix') {
    const text = [node.heading, node.body].filter(Boolean).join('\n');
    const found = /\S\s{3,}[0-9]/.test(text) ? findTableIndicators(text, endYear) : [];
    for (const para of text.split('\n')) {
      const sentences = para.split(/(?<=[。；])/).filter((s) => !PAST_SENTENCE.test(s)).join('');
      for (const ind of findIndicators(sentences, endYear)) found.push(ind);
    }
    const seen = new Set(node.indicators.map((i) => `${i.name}|${i.value}|${i.unit}`));
    for (const ind of found) {
      const key = `${ind.name}|${ind.value}|${ind.unit}`;
      if (!seen.has(key)) { seen.add(key); node.indicators.push(ind); }
    }
  }
  node.themes = themesOf(node.heading + (node.kind === 'part' || node.kind === 'appendix' ? '' : '\n' + node.body));
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
