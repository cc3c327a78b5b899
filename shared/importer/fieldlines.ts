/**
 * Field lines: a paragraph of its own that states one of a node's fields and nothing else, as planners write them
 * under a task and as the Markdown export writes them (shared/export/markdown.ts):
 *
 *   牵头单位：区科委、区经委；配合单位：区财政局          departments (also 【…】, 牵头部门/责任单位/配合部门 …)
 *   配合单位：区财政局                                    partners only
 *   年度节点：2015年启动：建立政务云平台；2016年推进：…  milestones, one `YYYY年[启动|推进|完成]：text` per entry
 *   指标：家庭光纤入户率不低于60%（2016年）；…          indicators, `name verb value unit（YYYY年）` per entry
 *
 * A field line states its field completely: a node with one takes that field from its field lines only (bracketed
 * annotations in its sentences, annex tables and its items' departments are not added to it). A line that does not
 * read completely (another label in it, a sentence, an entry of another shape) is no field line: the general rules
 * read it as before. Environment-free.
 */
import type { Comparator, Indicator, Milestone, PlanNode, StatedField } from '../model/plan';
import { clauseRoles, markedRoles, roleSuffix, rolesList, splitDepartments } from './departments';
import { execAll } from '../text/scan';
import { toSimplified } from '../text/fold';
import { LEAD_LABEL, LEAD_MARK, PARTNER_LABEL, SCHEDULE_LABEL } from './labels';

const DEPT_START = new RegExp(`^[【\\[（(]?\\s*(?:${LEAD_LABEL}|${PARTNER_LABEL})\\s*[:：]`);
const DEPT_SEGMENT = new RegExp(`(${LEAD_LABEL}|${PARTNER_LABEL})\\s*[:：]`, 'g');
/** A segment's label that is a partners' label (built once: a RegExp made from its source per line cost ~2 µs). */
const PARTNER_ONLY = new RegExp(`^${PARTNER_LABEL}$`);

const MILESTONE_LABEL = new RegExp(`^${SCHEDULE_LABEL}\\s*[:：]\\s*`);
const MILESTONE_ENTRY = /^((?:19|20)\d{2})\s*年\s*(启动|推进|完成)?(?:\s*[:：]\s*([\s\S]*))?$/;

const INDICATOR_LABEL = /^(?:主要指标|目标指标|指标)\s*[:：]\s*/;
/** Verbs of an indicator entry and their comparators (the export writes the first of each). */
const VERB: [string, Comparator][] = [
  ['不低于', '>='], ['不少于', '>='], ['达到', '>='], ['不高于', '<='], ['不超过', '<='], ['高于', '>'], ['低于', '<'], ['约', '~'], ['为', '='],
];
const VERB_RE = VERB.map(([v]) => v).join('|');
const INDICATOR_ENTRY = new RegExp(`^(.+?)(${VERB_RE})\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*([^（()）]*?)\\s*(?:[（(]\\s*((?:19|20)\\d{2})\\s*年\\s*[)）])?$`);
/** An indicator without a value: `name：what the text says`. */
const INDICATOR_TEXT_ENTRY = /^([^：:]{1,40})[：:]\s*(.*)$/;

/** The export's words for each comparator. */
export const COMPARATOR_VERB: Record<Comparator, string> = { '>=': '不低于', '<=': '不高于', '>': '高于', '<': '低于', '~': '约', '=': '为' };

export type FieldLine =
  | { field: 'departments'; lead: string[]; partners: string[]; /** named under 责任单位/责任部门/推进单位 (partners when the node also has a 牵头 label) */ responsible: string[]; namesLead: boolean; /** words after a list's names that name no department ("每季度报送进展"), as written */ remarks: string[] }
  | { field: 'milestones'; milestones: Milestone[] }
  | { field: 'indicators'; indicators: Indicator[] };

const trimEnd = (s: string) => s.trim().replace(/[。；;]+$/, '').trim();

/**
 * The labelled lists of a departments line — its labels and the names after each, as written —, or null when the line
 * is none: a line that opens with a departments label, each list a list of names (no sentence, no other field, no date).
 */
function departmentsLists(t: string): { label: string; list: string }[] | null {
  if (!DEPT_START.test(t)) return null;
  // 【…】 or (…) around the whole line: the closing bracket goes with the opening one ("各街道(镇)" keeps its own)
  const bracketed = /^[【\[（(]/.test(t);
  let inner = t;
  if (bracketed) {
    if (!/[】\]）)]\s*[。；;]?$/.test(t)) return null;
    inner = t.replace(/^[【\[（(]\s*/, '').replace(/\s*[】\]）)]\s*[。；;]?$/, '');
  }
  inner = inner.replace(/[。；;]$/, '');
  const marks = execAll(DEPT_SEGMENT, inner);
  if (!marks.length || marks[0].index !== 0) return null;
  const lists: { label: string; list: string }[] = [];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    const from = m.index! + m[0].length;
    const to = k + 1 < marks.length ? marks[k + 1].index! : inner.length;
    const list = inner.slice(from, to).replace(/^[\s，,、]+|[\s；;，,、]+$/g, '');
    // a list, not a sentence: no full stop, no bracket of an annotation, not long
    if (/[。！？【】\[\]]/.test(list) || list.length > 400) return null;
    // another field in it ("；完成时限：2025年底前") or a date ("，2025年底前完成"): no list of names
    if (/[:：]|(?:19|20)\d{2}\s*年/.test(list)) return null;
    lists.push({ label: m[1], list });
  }
  return lists;
}

function departmentsLine(t: string): FieldLine | null {
  const lists = departmentsLists(t);
  if (!lists) return null;
  const lead: string[] = [];
  const partners: string[] = [];
  const responsible: string[] = [];
  const remarks: string[] = [];
  let namesLead = false;
  for (let k = 0; k < lists.length; k++) {
    const { label, list } = lists[k];
    const isPartner = PARTNER_ONLY.test(label);
    if (LEAD_MARK.test(label)) namesLead = true;
    // "责任单位：区市场监管局（牵头）、区税务局": the marked unit leads, the others help (under 牵头单位 all lead:
    // markedRoles); "责任单位：A牵头，B、C配合":
    // the roles say it (departments.ts rolesList)
    // "责任单位：区农业农村局，区市场监管局、区文化和旅游局配合": every unit of the clause closing with 配合 helps
    // (departments.ts clauseRoles, as in an annotation)
    // (the names once: a clause of the work after them — "牵头单位：区商务委，每季度报送进展" — is no name, and is kept in
    // `remarks`: the line keeps it in the text, and so must whatever prints the line anew, fieldtext.ts)
    let names: string[] | null = null;
    const split = () => (names ??= splitDepartments(list, remarks));
    const marked = isPartner ? null : rolesList(list) ?? clauseRoles(list) ?? markedRoles(split(), LEAD_MARK.test(label));
    if (marked) {
      namesLead = true;
      for (const x of marked.lead) if (!lead.includes(x)) lead.push(x);
      for (const x of marked.partners) if (!partners.includes(x)) partners.push(x);
      continue;
    }
    for (const n of split()) {
      // "区住房城乡建设委、区房管局，各街道配合": a name followed by 配合/协同/参与/协助 is a partner
      const helper = roleSuffix(/^(.{2,})(配合|协同|参与|协助|协办)$/.exec(n));
      if (isPartner || helper) { const x = helper ? helper[1] : n; if (!partners.includes(x)) partners.push(x); }
      else if (/^(?:责任|推进)/.test(label)) { if (!responsible.includes(n)) responsible.push(n); }
      else if (!lead.includes(n)) lead.push(n);
    }
  }
  return { field: 'departments', lead, partners, responsible, namesLead, remarks };
}

/**
 * The departments a node's field lines name, together: 牵头 leads; 责任单位 (and 推进单位) leads too, unless a 牵头 / 主责
 * label is also there (a 分工方案: 牵头 leads, 责任 carry it out with the lead); 配合 are partners.
 */
export function departmentsOf(lines: FieldLine[]): { lead: string[]; partners: string[] } | null {
  const dept = lines.filter((f): f is Extract<FieldLine, { field: 'departments' }> => f.field === 'departments');
  if (!dept.length) return null;
  const withLead = dept.some((f) => f.namesLead);
  const lead: string[] = [];
  const partners: string[] = [];
  for (const f of dept) {
    for (const x of [...f.lead, ...(withLead ? [] : f.responsible)]) if (!lead.includes(x)) lead.push(x);
  }
  for (const f of dept) {
    for (const x of [...(withLead ? f.responsible : []), ...f.partners]) if (!partners.includes(x) && !lead.includes(x)) partners.push(x);
  }
  return { lead, partners };
}

function milestonesLine(t: string): FieldLine | null {
  const label = MILESTONE_LABEL.exec(t);
  if (!label) return null;
  // (a full stop at the end belongs to the last text: milestone texts are sentences too)
  const rest = t.slice(label[0].length).trim().replace(/[；;]+$/, '').trim();
  if (!rest) return null;
  const out: Milestone[] = [];
  // entries are separated by ；, each starting with its year and stage and a colon, or being them alone (a ； inside an
  // entry's text stays there, a year after it too: "2025年完成：2025年6月底前上线8个事项；2025年12月底前全部上线" is one)
  for (const entry of rest.split(/[；;]\s*(?=(?:19|20)\d{2}\s*年\s*(?:启动|推进|完成)?\s*(?:[:：；;]|$))/)) {
    const m = MILESTONE_ENTRY.exec(entry.trim());
    if (!m) return null;
    const year = Number(m[1]);
    const stage = (m[2] ?? null) as Milestone['stage'];
    // "2025年启动" without a text: the entry is its own text (as the schedule rules of celltable.ts read it)
    const text = m[3] !== undefined ? m[3].trim() : entry.trim();
    out.push({ year, stage, text });
  }
  return { field: 'milestones', milestones: out };
}

function indicatorsLine(t: string): FieldLine | null {
  const label = INDICATOR_LABEL.exec(t);
  if (!label) return null;
  const rest = trimEnd(t.slice(label[0].length));
  if (!rest) return null;
  const out: Indicator[] = [];
  for (const raw of rest.split(/[；;]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = INDICATOR_ENTRY.exec(entry);
    // "95%以上", "控制在…以内": a sentence for the general indicator rules, not an entry of this form
    if (m && /(以上|以下|以内|左右)/.test(m[4])) return null;
    if (m) {
      const comparator = VERB.find(([v]) => v === m[2])![1];
      out.push({ name: m[1].trim(), value: Number(m[3]), unit: m[4].trim(), comparator, year: m[5] ? Number(m[5]) : null, text: entry });
      continue;
    }
    const x = INDICATOR_TEXT_ENTRY.exec(entry);
    if (!x) return null;
    // (a year closing the words is the target's: "…显著提升（2026年）")
    const y = /[（(]((?:19|20)\d{2})年[）)]$/.exec(x[2].trim());
    out.push({ name: x[1].trim(), value: null, unit: '', comparator: '=', year: y ? Number(y[1]) : null, text: (y ? x[2].trim().slice(0, -y[0].length) : x[2]).trim() });
  }
  return out.length ? { field: 'indicators', indicators: out } : null;
}

/** The field a paragraph states, when it is a field line (see above); null for any other paragraph. */
export function readFieldLine(paragraph: string): FieldLine | null {
  return fieldLine(paragraph, departmentsLine);
}

/** What statedField reads a departments line as: only that it is one. */
const DEPARTMENTS_STATED: FieldLine = { field: 'departments', lead: [], partners: [], responsible: [], namesLead: false, remarks: [] };
const departmentsStated = (t: string): FieldLine | null => (departmentsLists(t) ? DEPARTMENTS_STATED : null);

/**
 * `readFieldLine(paragraph)?.field`, without reading a departments line's names (statementsIn asks only which field a
 * line or an annotation states: reading the names of every annotation, through the whole department grammar, was
 * ~3 % of an import).
 */
function statedField(paragraph: string): StatedField | null {
  return fieldLine(paragraph, departmentsStated)?.field ?? null;
}

/** readFieldLine, a departments line read by `departments`. */
function fieldLine(paragraph: string, departments: (t: string) => FieldLine | null): FieldLine | null {
  const t = paragraph.trim();
  // (every field line has a label and its colon)
  if (!t || t.length > 4000 || (t.indexOf('：') < 0 && t.indexOf(':') < 0)) return null;
  const f = departments(t) ?? milestonesLine(t) ?? indicatorsLine(t);
  if (f) return f;
  // a label in Traditional characters, or in both scripts ("責任單位：", "责任單位：", "配合單位：" — a file typed partly in
  // Traditional, as old offices' files are): read on the Simplified view, each name and text as the line writes it
  // (the fold is one character for one: an offset in the view is one in the line; fold.ts itself, not grammar.ts's cached
  // foldScript, so that the compare, which reads field lines, does not load the marker grammar: tests/hosts/cli-batch)
  const v = toSimplified(t);
  if (v === t) return null;
  const back = (x: string) => { const at = v.indexOf(x); return at >= 0 ? t.slice(at, at + x.length) : x; };
  const d = departments(v);
  if (d?.field === 'departments') return { ...d, lead: d.lead.map(back), partners: d.partners.map(back), responsible: d.responsible.map(back) };
  const m = milestonesLine(v);
  if (m?.field === 'milestones') return { ...m, milestones: m.milestones.map((x) => ({ ...x, text: back(x.text) })) };
  return null;
}

/** The lines of a body that are field lines, and the rest (the node's text). */
export function splitFieldLines(body: string): { fields: FieldLine[]; text: string[] } {
  const fields: FieldLine[] = [];
  const text: string[] = [];
  for (const line of body.split('\n')) {
    const f = readFieldLine(line);
    if (f) fields.push(f);
    else text.push(line);
  }
  return { fields, text };
}

/** A milestone as a field-line entry: 2015年启动：建立政务云平台 (just 2025年启动 when that is its whole text). */
export function milestoneEntry(m: Milestone): string {
  const head = `${m.year}年${m.stage ?? ''}`;
  return m.text === head ? head : `${head}：${m.text}`;
}

/** An indicator as a field-line entry: 家庭光纤入户率不低于60%（2016年）; without a value: 名称：text. */
export function indicatorEntry(i: Indicator): string {
  // (without a value: its name and words, and its year as the entries with a value give theirs)
  if (i.value === null) return `${i.name}：${i.text.replace(/[；;]/g, '，')}${i.year === null ? '' : `（${i.year}年）`}`;
  const v = Number.isInteger(i.value) ? String(i.value) : String(i.value);
  return `${i.name}${COMPARATOR_VERB[i.comparator]}${v}${i.unit}${i.year === null ? '' : `（${i.year}年）`}`;
}

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** The node's departments as the exports' field line (牵头单位：A、B；配合单位：C), or null without any. */
export function departmentsFieldLine(n: Pick<PlanNode, 'lead' | 'partners'>): string | null {
  const parts: string[] = [];
  if (n.lead.length) parts.push(`牵头单位：${n.lead.map(flat).join('、')}`);
  if (n.partners.length) parts.push(`配合单位：${n.partners.map(flat).join('、')}`);
  return parts.length ? parts.join('；') : null;
}
export function milestonesFieldLine(ms: Milestone[]): string | null {
  return ms.length ? `年度节点：${ms.map((m) => flat(milestoneEntry(m))).join('；')}` : null;
}
export function indicatorsFieldLine(is: Indicator[]): string | null {
  return is.length ? `指标：${is.map((i) => flat(indicatorEntry(i))).join('；')}` : null;
}

/**
 * A node's fields as field lines, one each, as the exports write them (the Markdown export after the node's text,
 * shared/export/markdown.ts; the Word export where a field's own line is stale, shared/fieldtext.ts). Here, so the
 * importer can tell such lines from a planner's own (printedFieldsOnly).
 */
export function fieldLines(n: PlanNode): string[] {
  return [departmentsFieldLine(n), milestonesFieldLine(n.milestones), indicatorsFieldLine(n.indicators)].filter((l): l is string => !!l);
}

/**
 * The node's text is exactly what the Markdown export prints for its fields (fieldLines: the same lines, text for
 * text, in its order; only the spaces around a line aside) and nothing else: in Markdown such a node has no text of its
 * own (importFile) — a planner added the task and its fields first. Any other wording (a 【…】 line, 配合单位 on a line
 * of its own, 等相关部门 after a name, a remark in brackets the fields do not hold) is the planner's text and stays.
 */
export function printedFieldsOnly(n: PlanNode): boolean {
  const lines = n.body.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return false;
  const printed = fieldLines(n);
  return lines.length === printed.length && lines.every((l, i) => l === printed[i]);
}

/** A bracketed annotation in a sentence (【牵头单位：A】, （责任单位：A、B）; one level of brackets inside). */
const ANNOTATION = /【[^【】]*】|[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]/g;

/**
 * The fields of the node that hold a value its own text states — in a field line, or (departments) in a bracketed
 * annotation of a sentence: what the import read there (PlanNode.statedOnImport). Set on every node at import, so an
 * exported plan can tell a statement the planner has emptied the field of since from one the planner typed into the
 * text of a field never entered (shared/fieldtext.ts).
 */
export function statedFields(n: PlanNode): StatedField[] {
  const has: Record<StatedField, boolean> = { departments: n.lead.length > 0 || n.partners.length > 0, milestones: n.milestones.length > 0, indicators: n.indicators.length > 0 };
  // (only a field the node holds can be one it states: a node holding none is not read again — most nodes of a plan
  // without field lines — and the annotations are read only for a node holding departments; the same answer)
  if (!has.departments && !has.milestones && !has.indicators) return [];
  const out = statementsIn(n, has.departments);
  if (!out.size) return [];
  return (['departments', 'milestones', 'indicators'] as const).filter((f) => out.has(f) && has[f]);
}

/**
 * The fields the node's own text states (field lines, a departments annotation), whether or not the node holds them.
 * (`annotations` false: a departments annotation inside a sentence is not looked for — statedFields of a node holding
 * no departments, where it would change nothing)
 */
export function statementsIn(n: PlanNode, annotations = true): Set<StatedField> {
  const out = new Set<StatedField>();
  if (n.body.indexOf('：') < 0 && n.body.indexOf(':') < 0) return out;
  for (const line of n.body.split('\n')) {
    if (line.indexOf('：') < 0 && line.indexOf(':') < 0) continue;
    const f = statedField(line);
    if (f) { out.add(f); continue; }
    // (an annotation is read only for the one field it can state, and only until one has stated it)
    if (!annotations || out.has('departments')) continue;
    ANNOTATION.lastIndex = 0;
    for (let m = ANNOTATION.exec(line); m !== null; m = ANNOTATION.exec(line)) {
      if (statedField(m[0]) === 'departments') { out.add('departments'); break; }
    }
  }
  return out;
}
