/**
 * References a template copy kept as written (template-reference: found, counted, dismissed) and the quick fixes of
 * findings (applyFix, applyFixes). Part of the linter (./lint.ts). Pure and environment-free.
 */
import type { PlanDoc, PlanNode } from './model/plan';
import { finding, type Finding } from './lint-finding';
import { periodText } from './model/period';

// --- template-reference (references a template copy kept as written; shared/template.ts) --------------------

/** The text of a field a template reference points at ('meta.preamble', 'body', 'indicators[0].text' …), or null. */
function refFieldText(doc: PlanDoc, nodeId: string | null, field: string): string | null {
  if (nodeId === null) {
    const v = (doc.meta as unknown as Record<string, unknown>)[field.replace(/^meta\./, '')];
    return typeof v === 'string' ? v : null;
  }
  let node: PlanNode | null = null;
  const find = (list: PlanNode[]) => { for (const n of list) { if (node) return; if (n.id === nodeId) node = n; else find(n.children); } };
  find(doc.nodes);
  const n = node as PlanNode | null;
  if (!n) return null;
  if (field === 'heading' || field === 'body') return n[field];
  const m = /^(indicators|milestones)\[(\d+)\]\.text$/.exec(field);
  return m ? (n[m[1] as 'indicators' | 'milestones'][Number(m[2])]?.text ?? null) : null;
}

const REF_WHAT: Record<string, [string, string]> = {
  'doc-number': ['文号', 'document number'],
  title: ['带年份的文件名', 'dated title'],
  dated: ['带年份的文件', 'dated document'],
  'five-year': ['五年规划', 'five-year plan'],
  period: ['其他规划的期限', "another plan's period"],
  history: ['往年情况中的年份', 'year of what was done'],
};

/**
 * Full-width forms and 。 folded to ASCII, one UTF-16 unit for one (offsets stay valid): a reference is still itself
 * after 全部修复半角标点 turned its (2011-2013) into （2011-2013）— a mechanical fix resolves nothing.
 */
function foldWidth(t: string): string {
  return t.replace(/[\uff01-\uff5e\u3002]/g, (c) => (c === '\u3002' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function templateRefFindings(out: Finding[], doc: PlanDoc): void {
  for (const r of doc.meta.templateRefs ?? []) {
    const text = refFieldText(doc, r.nodeId, r.field);
    const at = text === null ? -1 : foldWidth(text).indexOf(foldWidth(r.quote));
    if (at < 0) continue; // edited away: resolved
    const [zh, en] = REF_WHAT[r.kind] ?? ['引用', 'reference'];
    const period = periodText(doc.meta.period);
    out.push(finding('template-reference', r.nodeId, r.field,
      `模板沿用的${zh}“${r.quote}”未随规划期${period ? ` ${period} ` : ''}改动,请核对:修改引用,或确认保留`,
      `The ${en} "${r.quote}" was kept as written from the template; check it against the plan period${period ? ` ${period}` : ''}: edit it, or keep it`,
      { range: { start: at, end: at + r.quote.length } }));
  }
}

/**
 * What is still to be looked at before a draft leaves the planner (export, 提交审阅): nodes still 未复核 and
 * references kept from the template that are neither edited nor dismissed.
 */
export function reviewGaps(doc: PlanDoc): { unreviewed: number; references: number } {
  let unreviewed = 0;
  const rec = (list: PlanNode[]) => { for (const n of list) { if (n.unreviewed) unreviewed++; rec(n.children); } };
  rec(doc.nodes);
  const refs: Finding[] = [];
  templateRefFindings(refs, doc);
  return { unreviewed, references: refs.length };
}

/** Dismiss a 'template-reference' finding (the planner keeps the reference as written): its entry leaves meta.templateRefs. */
export function dismissTemplateRef(doc: PlanDoc, f: Finding): PlanDoc {
  const refs = doc.meta.templateRefs;
  if (f.rule !== 'template-reference' || !refs || !f.range) return doc;
  const text = refFieldText(doc, f.nodeId, f.field);
  if (text === null) return doc;
  const quote = foldWidth(text.slice(f.range.start, f.range.end));
  const rest = refs.filter((r) => !(r.nodeId === f.nodeId && r.field === f.field && foldWidth(r.quote) === quote));
  if (rest.length === refs.length) return doc;
  const { templateRefs: _t, ...meta } = doc.meta;
  return { ...doc, meta: rest.length ? { ...meta, templateRefs: rest } : meta };
}

/** The plan's nodes with the one of `id` replaced by `fn` of it (lists on the way copied, the rest shared). */
function mapNode(list: PlanNode[], id: string, fn: (n: PlanNode) => PlanNode): PlanNode[] {
  let changed = false;
  const out = list.map((n) => {
    if (n.id === id) { const m = fn(n); if (m !== n) changed = true; return m; }
    const children = mapNode(n.children, id, fn);
    if (children === n.children) return n;
    changed = true;
    return { ...n, children };
  });
  return changed ? out : list;
}

/** Apply a finding's quick fix to a copy of the plan (the input is not changed). */
export function applyFix(doc: PlanDoc, f: Finding): PlanDoc {
  if (f.members) return applyFixes(doc, f.members);
  if (!f.fix || !f.range) return doc;
  const { start, end } = f.range;
  const edit = (s: string) => s.slice(0, start) + f.fix!.replacement + s.slice(end);
  if (f.nodeId === null) {
    const key = f.field.replace(/^meta\./, '') as 'title' | 'preamble' | 'notice' | 'docNumber';
    const cur = doc.meta[key];
    if (typeof cur !== 'string') return doc;
    return { ...doc, meta: { ...doc.meta, [key]: edit(cur) } };
  }
  // a list entry's fix removes it: its range is its place in the list (milestone-duplicate)
  const entry = /^milestones\[(\d+)\]$/.exec(f.field);
  if (entry) {
    const at = Number(entry[1]);
    if (f.range.start !== at || f.fix.replacement !== '') return doc;
    return { ...doc, nodes: mapNode(doc.nodes, f.nodeId, (n) => (at < n.milestones.length ? { ...n, milestones: n.milestones.filter((_, i) => i !== at) } : n)) };
  }
  if (f.field !== 'heading' && f.field !== 'body' && f.field !== 'number') return doc;
  const field = f.field;
  const rec = (list: PlanNode[]): PlanNode[] => {
    let changed = false;
    const out = list.map((n) => {
      if (n.id === f.nodeId) { changed = true; return { ...n, [field]: edit(n[field]) }; }
      const children = rec(n.children);
      if (children === n.children) return n;
      changed = true;
      return { ...n, children };
    });
    return changed ? out : list;
  };
  return { ...doc, nodes: rec(doc.nodes) };
}

/**
 * Apply every quick fix of one rule (or all rules) at once. Fixes are applied from the end of each field
 * backwards so that the offsets of the others stay valid; fixes of the same field must not overlap.
 */
export function applyFixes(doc: PlanDoc, findings: Finding[]): PlanDoc {
  const todo = findings.flatMap((f) => f.members ?? [f]).filter((f) => f.fix && f.range).sort((a, b) => b.range!.start - a.range!.start);
  return todo.reduce((d, f) => applyFix(d, f), doc);
}
