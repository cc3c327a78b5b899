/**
 * A node's text as the exports print it: its fields, not stale copies of them. Environment-free; used by the Word
 * export (export/docx/body.ts), the page preview (export/pages.ts), the annex (export/annex.ts), the Markdown export
 * and the linter (lint.ts: rules field-line-stale, indicator-text).
 *
 * - A body paragraph that is a field line (shared/importer/fieldlines.ts: 责任单位：… / 年度节点：… / 指标：…) is the
 *   field's value as the document wrote it. While the node's field still holds what its lines say, the lines are
 *   printed as written (the clerk's wording stays). Once the field was changed in the editor, its lines are printed
 *   as one line in the exporter's own wording (the Markdown export's fieldLines: 牵头单位：A；配合单位：B), where the
 *   first of them stood; an emptied field prints none. The importer reads that line back as the field, completely.
 *   An empty field is "emptied" only when the import read it from the node's text (PlanNode.statedOnImport): a line
 *   typed into the text of a field never entered is the planner's statement and printed as written, and the import
 *   reads it as the field. The Markdown export prints the body by the same rules (markdownNode).
 * - The same for a departments annotation in a sentence (…建设。【牵头单位：区科委，配合单位：各运营商】), the node's
 *   only one: printed in the same brackets as the exporter's line when the departments were changed, dropped when
 *   they were emptied (the annex's columns hold them; a re-import would add the old ones back from the annotation).
 * - An indicator whose value, unit or comparator the planner changed while a sentence of the node still gives the
 *   old figure ("新建5G基站120个" for a target of 200): the text is not rewritten (it is the planner's prose, and the
 *   linter points at it with a quick fix), but a line "指标：5G基站为200个（2024年）" is printed after the text, so the
 *   document states the entered target and a re-import gives it back (a 指标 line states the indicators completely).
 * - The same for milestones: when the node's text gives a schedule (the importer's textMilestones, with the plan's
 *   period) that its milestones no longer hold — "2024年完成平台一期建设，2025年接入全部涉农部门数据" while the planner
 *   entered 2025 推进 in the grid — a 年度节点 line of the node's milestones is printed after the text.
 * - A point covered by a shared line ("以上3项目标的责任单位均为A。", in the last point's body; the importer gives A to
 *   points without departments of their own) whose departments are no longer A, and whose text states none: its
 *   departments line is printed (sharedDepartments; the shared line itself stays as written).
 */
import type { Indicator, Milestone, Period, PlanDoc, PlanNode, StatedField } from './model/plan';
import { foldForMatch } from './text/fold';
import { departmentsFieldLine, departmentsOf, fieldLines, findIndicators, groupLead, indicatorsFieldLine, milestonesFieldLine, readFieldLine, readSharedLine, statementsIn, textMilestones, type FieldLine } from './importer/public';

/** Non-empty lines, trimmed (as shared/export/text.ts paragraphs). */
const paragraphs = (body: string) => body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The exports' field lines (written in shared/importer/fieldlines.ts, so the importer knows them: printedFieldsOnly). */
export { fieldLines };

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameMilestones = (a: Milestone[], b: Milestone[]) => a.length === b.length && a.every((m, i) => m.year === b[i].year && m.stage === b[i].stage && m.text.trim() === b[i].text.trim());
const sameIndicators = (a: Indicator[], b: Indicator[]) => a.length === b.length && a.every((x, i) => x.name === b[i].name && x.value === b[i].value && x.unit === b[i].unit && x.comparator === b[i].comparator && x.year === b[i].year);

type Field = FieldLine['field'];

/**
 * Whether the node's field still holds what its field lines say. `group`: the lead a heading above gives the node
 * (groupLeads) — lines naming no lead are read with it, as the importer reads them.
 */
function linesHold(n: PlanNode, field: Field, lines: FieldLine[], group: string[] | null = null): boolean {
  if (field === 'departments') {
    const d = departmentsOf(lines)!;
    const lead = !d.lead.length && group ? group : d.lead;
    return sameList(lead, n.lead) && sameList(d.partners.filter((x) => !lead.includes(x)), n.partners);
  }
  if (field === 'milestones') return sameMilestones(lines.flatMap((l) => (l.field === 'milestones' ? l.milestones : [])), n.milestones);
  return sameIndicators(lines.flatMap((l) => (l.field === 'indicators' ? l.indicators : [])), n.indicators);
}

/**
 * The field is empty and the import read it from the node's text (PlanNode.statedOnImport): its statements in the text
 * are of a value the planner emptied since, and the exports print none. A statement of an empty field the import did
 * not read — typed by the planner into the text — is the planner's and printed as written.
 */
const emptied = (n: PlanNode, field: Field) => currentLine(n, field) === null && !!n.statedOnImport?.includes(field);

/**
 * The plan as the exports and the linter read it. A plan imported before the import recorded PlanNode.statedOnImport
 * (meta.source without `statedRecorded`) gets, on a copy, every field its nodes' texts state as read on import: a
 * statement of an empty field in such a plan is taken as emptied by the planner, as these plans were always read (the
 * Word export printed none of it, the linter flagged it). Other plans are returned as they are.
 */
export function withRecordedStatements(doc: PlanDoc): PlanDoc {
  if (!doc.meta.source || doc.meta.source.statedRecorded) return doc;
  let changed = false;
  const copy = (nodes: PlanNode[]): PlanNode[] =>
    nodes.map((n) => {
      const children = n.children.length ? copy(n.children) : n.children;
      const stated = statementsIn(n);
      if (!stated.size) return children === n.children ? n : { ...n, children };
      changed = true;
      const all: StatedField[] = (['departments', 'milestones', 'indicators'] as const).filter((f) => stated.has(f) || !!n.statedOnImport?.includes(f));
      return { ...n, children, statedOnImport: all };
    });
  const nodes = copy(doc.nodes);
  return changed ? { ...doc, nodes } : doc;
}

/** The current value of a field as one line (null when the field is empty). */
function currentLine(n: PlanNode, field: Field): string | null {
  return field === 'departments' ? departmentsFieldLine(n) : field === 'milestones' ? milestonesFieldLine(n.milestones) : indicatorsFieldLine(n.indicators);
}

/** A bracketed annotation in a sentence: 【牵头单位：A；配合单位：B】, （责任单位：A、B） (one level of brackets inside). */
const ANNOTATION = /【[^【】]*】|[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]/g;

/** The departments annotations of the node's text paragraphs: offset in the body, text, what it says. */
function departmentAnnotations(body: string): { at: number; text: string; f: FieldLine }[] {
  const out: { at: number; text: string; f: FieldLine }[] = [];
  let at = 0;
  for (const line of body.split('\n')) {
    if ((line.indexOf('：') >= 0 || line.indexOf(':') >= 0) && !readFieldLine(line)) {
      for (const m of line.matchAll(ANNOTATION)) {
        const f = readFieldLine(m[0]);
        // (only an annotation that names departments and nothing else: "；完成时限：2025年6月底前" in it is no unit)
        if (f?.field === 'departments' && ![...f.lead, ...f.partners, ...f.responsible].some((x) => /[:：]|(?:19|20)\d{2}\s*年/.test(x))) out.push({ at: at + m.index!, text: m[0], f });
      }
    }
    at += line.length + 1;
  }
  return out;
}

/** The words departments lines said beyond their names (fieldlines.ts `remarks`: "每季度报送进展"), in order, once each. */
function remarksOf(lines: FieldLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) if (l.field === 'departments') for (const r of l.remarks) if (!out.includes(r)) out.push(r);
  return out;
}

/**
 * An annotation in the same brackets, stating the node's departments now (null: none to state), and the words the
 * annotation said beyond its names after them ("（牵头单位：区文旅局，每季度报送进展）": they are no department's, and
 * only the annotation says them).
 */
function annotationFor(n: PlanNode, written: string, remarks: string[] = []): string | null {
  const line = [departmentsFieldLine(n) ?? '', ...remarks].filter(Boolean).join('，');
  if (!line) return null;
  return written.startsWith('【') ? `【${line}】` : `（${line}）`;
}

/**
 * The one departments annotation of a node without departments lines, when the node's departments are no longer
 * what it says: where it stands and what to print instead ('' drops it). Null otherwise (several annotations: an
 * item's, a quoted one … are not judged).
 */
function staleAnnotation(n: PlanNode): { at: number; text: string; replacement: string } | null {
  // (an annotation has a bracket and its label's colon)
  if (!/[【（(]/.test(n.body) || (n.body.indexOf('：') < 0 && n.body.indexOf(':') < 0)) return null;
  if (paragraphs(n.body).some((p) => readFieldLine(p)?.field === 'departments')) return null;
  // (an annotation typed into the text of a node whose departments were never entered is the planner's statement)
  if (!n.lead.length && !n.partners.length && !emptied(n, 'departments')) return null;
  const list = departmentAnnotations(n.body);
  if (list.length !== 1) return null;
  // an annotation is no complete statement (a node may have more departments than it names: its items', a table's);
  // it is stale when it names a lead the node no longer has as lead, or a department the node no longer has at all
  // (a re-import would add those back)
  const said = departmentsOf([list[0].f])!;
  if (said.lead.every((x) => n.lead.includes(x)) && said.partners.every((x) => n.lead.includes(x) || n.partners.includes(x))) return null;
  return { at: list[0].at, text: list[0].text, replacement: annotationFor(n, list[0].text, remarksOf([list[0].f])) ?? '' };
}

/** A sentence of the node's text that gives an indicator other figures than the node's field holds. */
export interface StaleIndicator {
  /** Index in node.indicators. */
  index: number;
  indicator: Indicator;
  /** What the text says (name, value, unit, comparator as read by the importer's sentence rules). */
  written: Indicator;
  /** Offset in node.body of the written value (for a quick fix), or -1 when not found. */
  at: number;
  /** The value as written there ("120"). */
  writtenValue: string;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

/**
 * The node's indicators whose figures its text (body paragraphs that are no field lines) gives otherwise: the same
 * name read from a sentence with another value, unit or comparator. An indicator its text does not name is not
 * judged (it came from a table, a field line or the editor).
 */
export function staleIndicators(n: PlanNode): StaleIndicator[] {
  const out: StaleIndicator[] = [];
  if (!n.indicators.length || !/[0-9]/.test(n.body)) return out;
  // the text paragraphs with their offsets in the body
  const paras: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of n.body.split('\n')) {
    if (line.trim() && /[0-9]/.test(line) && !readFieldLine(line)) paras.push({ text: line, at });
    at += line.length + 1;
  }
  if (!paras.length) return out;
  // (read as the importer reads: the matching view — full-width digits, Traditional script — same length as the text,
  // so offsets hold)
  const read = paras.map((p) => ({ ...p, view: foldForMatch(p.text) })).map((p) => ({ ...p, found: findIndicators(p.view, null, foldForMatch(n.heading)) }));
  n.indicators.forEach((ind, index) => {
    if (ind.value === null) return;
    // a text that writes the entered figure somewhere ("新建…不少于2000个，力争累计达到3000个"; two targets of one
    // name, "到2025年…45%；到2030年，达到80%以上") states it: only a figure the text never writes is stale
    const figure = new RegExp(`(?<![0-9.])${fmt(ind.value).replace('.', '\\.')}(?![0-9])`);
    if (read.some((p) => figure.test(p.view))) return;
    for (const p of read) {
      const w = p.found.find((f) => f.name === foldForMatch(ind.name) && f.value !== null);
      if (!w) continue;
      // (the same figure in other words — 1.2万个 for 12000个 — is no stale one)
      if (w.value === ind.value && w.unit === ind.unit && w.comparator === ind.comparator) return;
      // the written figure: the first occurrence of its digits after the name
      const writtenValue = fmt(w.value!);
      const nameAt = p.view.indexOf(foldForMatch(ind.name));
      const re = new RegExp(`(?<![0-9.])${writtenValue.replace('.', '\\.')}(?![0-9])`, 'g');
      re.lastIndex = Math.max(0, nameAt);
      const m = re.exec(p.view);
      out.push({ index, indicator: ind, written: w, at: m ? p.at + m.index : -1, writtenValue });
      return;
    }
  });
  return out;
}

/**
 * Whether the node's text (heading and body paragraphs that are no field lines) gives milestones its field does not
 * hold — a re-import would bring them back beside the entered ones, or in place of the entered words. A node with a
 * milestones field line is judged by that line (linesHold), one without milestones has nothing to state.
 * `tabled`: the export prints the 主要任务分解表 — as the annex, or without annexes set in place of a source table of
 * the tasks (printedParagraphs `taskTable`) —, whose year cells carry each milestone's words and win over the text's
 * on re-import (the importer reads a table's milestones first and adds no sentence's of the same year and stage beside
 * them) — then a milestone of the same year and stage holds the text's (corpus 69: the table's "2025年12月" beside the
 * text's "2025年底前建成…"; 杨浦's 分解表 2017 cells beside "到2017年末建成2-3家示范性智慧园区"). Without such a table the
 * words must be the same, else the planner's words would come back as the sentence's.
 */
export function staleMilestones(n: PlanNode, period: Period | null, tabled = false): boolean {
  if (!n.milestones.length || !/(?:19|20)\d{2}/.test(n.heading + n.body)) return false;
  const ps = paragraphs(n.body);
  const read = ps.map((p) => readFieldLine(p));
  if (read.some((f) => f?.field === 'milestones')) return false;
  const said = textMilestones(n.heading + '\n' + ps.filter((_, i) => !read[i]).join('\n'), period);
  return said.some((m) => !n.milestones.some((x) => x.year === m.year && x.stage === m.stage && (tabled || x.text.trim() === m.text.trim())));
}

/**
 * The departments a "以上N项…责任单位均为A" / "该项…责任单位为A" line gives the points it covers, as the importer reads it
 * (shared/importer/sharedresp.ts: the line closes the last of N sibling points): per covered node, A.
 */
export function sharedDepartments(nodes: PlanNode[]): Map<PlanNode, string[]> {
  const out = new Map<PlanNode, string[]>();
  const visit = (list: PlanNode[]) => {
    const points = list.filter((x) => x.kind !== 'box' && x.kind !== 'appendix');
    points.forEach((n, i) => {
      const line = readSharedLine(n.body);
      if (line && i + 1 >= line.n) for (const x of points.slice(i + 1 - line.n, i + 1)) out.set(x, line.lead);
    });
    for (const n of list) if (n.children.length) visit(n.children);
  };
  visit(nodes);
  return out;
}

/**
 * The lead a heading gives the tasks under it that name none of their own ("一、区发展改革局牵头工作（4项）", as the importer
 * reads it: departments.ts groupLead, the nearest such heading above the task): per such task, the units.
 */
export function groupLeads(nodes: PlanNode[]): Map<PlanNode, string[]> {
  const out = new Map<PlanNode, string[]>();
  const visit = (list: PlanNode[], lead: string[] | null) => {
    for (const n of list) {
      if (lead && n.kind === 'task') out.set(n, lead);
      if (n.children.length) visit(n.children, groupLead(n.heading) ?? lead);
    }
  };
  visit(nodes, null);
  return out;
}

/**
 * The paragraphs `ps` (read: each one's field line, or null) with their field lines as the exports print them: the lines
 * of a field that still holds what they say as written; of a field changed since, one line of its current value where
 * the first stood; of an emptied field (see `emptied`) none; of a field never entered, as written (the planner's own
 * statement, which the import reads back as the field). `byField`: the lines of each field the paragraphs hold.
 */
function withFieldLines(n: PlanNode, ps: string[], read: (FieldLine | null)[], group: string[] | null): { out: string[]; isField: boolean[]; byField: Map<Field, FieldLine[]> } {
  const byField = new Map<Field, FieldLine[]>();
  for (const f of read) if (f) (byField.get(f.field) ?? byField.set(f.field, []).get(f.field)!).push(f);
  const hold = new Map<Field, boolean>([...byField].map(([k, ls]) => [k, linesHold(n, k, ls, group)]));
  const out: string[] = [];
  const isField: boolean[] = [];
  const printed = new Set<Field>();
  ps.forEach((p, i) => {
    const f = read[i];
    if (!f || hold.get(f.field)) { out.push(p); isField.push(!!f); return; }
    const line = currentLine(n, f.field);
    if (!line && !emptied(n, f.field)) { out.push(p); isField.push(true); return; }
    if (printed.has(f.field)) return;
    printed.add(f.field);
    if (line) { out.push(line); isField.push(true); }
    // the words its lines said beyond the names ("牵头单位：区商务委，每季度报送进展"): no field's, so no line printed anew
    // says them — they stay the node's text, after it
    if (f.field === 'departments') for (const r of remarksOf(byField.get('departments')!)) { out.push(r); isField.push(false); }
  });
  return { out, isField, byField };
}

/**
 * The node's body paragraphs as the exports print them (see above): field lines from the current fields, and a
 * 指标 / 年度节点 line after the text when its sentences give an indicator or a schedule otherwise than the field.
 * `period`: the plan's (the importer reads schedules with it). `shared`: the departments a shared line gives the node
 * (sharedDepartments), if any: when the node's departments are no longer those and its text states none of its own,
 * its departments line is printed (before the shared line when the node holds it, else after its text) — the importer
 * reads a point's own line over the shared one. `group`: the lead a heading above gives the node (groupLeads), read with
 * its departments lines as the importer does, and stated by that heading. `readPeriod`: the period an import of the
 * file reads when it is not the plan's (the plan's read from a notice the file does not print:
 * shared/export/checks.ts periodReadOtherwise) — an indicator's year the import would then give otherwise (it gives a
 * year the text does not name the period's end) prints as a 指标 line, without annexes (the 主要指标表 has its year).
 */
export function printedParagraphs(n: PlanNode, period: Period | null = null, opts: { annexes?: boolean; taskTable?: boolean; shared?: string[] | null; group?: string[] | null; readPeriod?: Period | null } = {}): string[] {
  const shared = opts.shared ?? null;
  const group = opts.group ?? null;
  const body = bodyAnnotated(n);
  const ps = paragraphs(body);
  const read = ps.map((p) => readFieldLine(p));
  const own = shared && !(sameList(shared, n.lead) && !n.partners.length) && !read.some((f) => f?.field === 'departments') && !departmentAnnotations(body).length ? departmentsFieldLine(n) : null;
  if (own) {
    const at = ps.findIndex((p) => readSharedLine(p));
    ps.splice(at < 0 ? ps.length : at, 0, own);
    read.splice(at < 0 ? read.length : at, 0, null);
  }
  // (a node with no field line and no field to print: its paragraphs as written — departments only with annexes, which
  // carry them; without, they may need a line, below)
  if (!read.some(Boolean) && !n.indicators.length && !n.milestones.length && (opts.annexes || (!n.lead.length && !n.partners.length))) return ps;
  const { out, byField } = withFieldLines(n, ps, read, group);
  // Departments the text does not state (entered in the form, or read from a table of the source) reach a Word file
  // without annexes only as a line of their own: the 主要任务分解表 carries them otherwise (a point a shared
  // 责任单位 line covers is printed by the rule above).
  if (!opts.annexes && !shared && !byField.has('departments') && unstatedDepartments(n, body, group)) out.push(departmentsFieldLine(n)!);
  // Milestones and indicators likewise: without annexes (the 分解表 and the 主要指标表 carry them otherwise; `taskTable`:
  // the 分解表 is set in place of a source table of the tasks), those the text does not state print as a 年度节点 / 指标
  // line after the text.
  if (!byField.has('milestones') && (staleMilestones(n, period, !!opts.annexes || !!opts.taskTable) || (!opts.annexes && !opts.taskTable && unstatedMilestones(n, period, body)))) out.push(milestonesFieldLine(n.milestones)!);
  const yearsOtherwise = opts.readPeriod !== undefined && n.indicators.some((i) => i.year !== null && i.year !== (opts.readPeriod?.end ?? null));
  if (!byField.has('indicators') && (staleIndicators(n).length || (!opts.annexes && (unstatedIndicators(n, body) || yearsOtherwise)))) out.push(indicatorsFieldLine(n.indicators)!);
  return out;
}

/**
 * The node has milestones its text does not give: neither a schedule of its sentences (read as the importer reads
 * one, textMilestones with the plan's period: the same year, stage and words) nor its words and year written in the
 * text (a table of the source kept in the body, which the importer reads again). A re-import of its text alone
 * would lose them.
 */
function unstatedMilestones(n: PlanNode, period: Period | null, body: string): boolean {
  if (!n.milestones.length) return false;
  const raw = n.heading + '\n' + textParagraphs(body).join('\n');
  if (!/(?:19|20)\d{2}/.test(raw)) return true;
  const said = textMilestones(raw, period);
  const text = foldForMatch(raw);
  return n.milestones.some((m) => !said.some((x) => x.year === m.year && x.stage === m.stage && x.text.trim() === m.text.trim()) &&
    !(text.indexOf(String(m.year)) >= 0 && text.indexOf(foldForMatch(m.text.trim())) >= 0));
}

/**
 * The node has indicators its heading and text do not state: an indicator whose name (folded as the importer reads
 * it), or whose figure, the text does not write. A re-import of its text alone would lose it.
 */
function unstatedIndicators(n: PlanNode, body: string): boolean {
  if (!n.indicators.length) return false;
  const lines = [n.heading, ...textParagraphs(body)].map(foldForMatch);
  const text = lines.join('\n');
  // (…or whose figure only the heading writes, and the importer reads it there with another unit or comparator —
  // "建設１０個智慧社區" for a target entered as 不低于10個: read back as 10 个, =. The body's sentences are judged by
  // staleIndicators, which reads the body only)
  const inBody = (ind: Indicator) => ind.value !== null && lines.slice(1).some((l) => new RegExp(`(?<![0-9.])${fmt(ind.value!).replace('.', '\\.')}(?![0-9])`).test(l));
  const read = /[0-9]/.test(lines[0]) ? findIndicators(lines[0], null, lines[0]) : [];
  const readOtherwise = (ind: Indicator) => {
    if (inBody(ind)) return false;
    const same = read.filter((f) => f.name === foldForMatch(ind.name) && f.value !== null);
    return same.length > 0 && !same.some((f) => f.value === ind.value && f.unit === ind.unit && f.comparator === ind.comparator);
  };
  return n.indicators.some((ind) => text.indexOf(foldForMatch(ind.name)) < 0 ||
    (ind.value !== null && (!new RegExp(`(?<![0-9.])${fmt(ind.value).replace('.', '\\.')}(?![0-9])`).test(text) || readOtherwise(ind))));
}

/**
 * The node has departments its heading and text do not name (each lead and partner, by name, folded as the importer
 * reads them) and no bracket of them: a re-import of its text alone would lose them.
 */
function unstatedDepartments(n: PlanNode, body: string, group: string[] | null = null): boolean {
  if (!n.lead.length && !n.partners.length) return false;
  if (departmentAnnotations(body).length) return false;
  const text = foldForMatch(n.heading + '\n' + body);
  // (a lead the heading above gives, "区发展改革局牵头工作", is stated there)
  return [...n.lead, ...n.partners].some((d) => text.indexOf(foldForMatch(d)) < 0 && !group?.includes(d));
}

/** Body paragraphs without the field lines (the annex's 主要内容 holds the text, its columns the fields). */
export function textParagraphs(body: string): string[] {
  return paragraphs(body).filter((p) => !readFieldLine(p));
}

/**
 * The node's text as the annex's 主要内容 prints it: its body paragraphs without the field lines, a stale departments
 * annotation as the body prints it (in the same brackets with the current departments, or left out when they were
 * emptied) — the annex says what the text says.
 */
export function annexParagraphs(n: PlanNode): string[] {
  return textParagraphs(bodyAnnotated(n));
}

/** The node's text with its one departments annotation written from the fields when it is stale (staleAnnotation). */
function bodyAnnotated(n: PlanNode): string {
  const annotation = staleAnnotation(n);
  return annotation ? n.body.slice(0, annotation.at) + annotation.replacement + n.body.slice(annotation.at + annotation.text.length) : n.body;
}

/**
 * The node's body paragraphs the Markdown export prints as its text: as the Word export prints them (printedParagraphs,
 * the same rules: withFieldLines, a stale departments annotation) — a field line that still holds its field as written,
 * with whatever it says beyond the field (区经委等相关部门, 责任单位, a remark in brackets); a field changed since as one
 * line of its current value; an emptied field's lines not at all; a line typed into the text of a field never entered
 * as written (nothing else states it; the import reads it back as the field). `group`: as for printedParagraphs.
 */
export function markdownParagraphs(n: PlanNode, group: string[] | null = null): string[] {
  return markdownBody(n, group).out;
}

const NO_LINES: ReadonlyMap<Field, FieldLine[]> = new Map();

function markdownBody(n: PlanNode, group: string[] | null): { out: string[]; isField: boolean[]; byField: ReadonlyMap<Field, FieldLine[]> } {
  const body = bodyAnnotated(n);
  const ps = paragraphs(body);
  // (every field line has a colon)
  if (body.indexOf('：') < 0 && body.indexOf(':') < 0) return { out: ps, isField: ps.map(() => false), byField: NO_LINES };
  const read = ps.map((p) => readFieldLine(p));
  if (!read.some(Boolean)) return { out: ps, isField: read.map(() => false), byField: NO_LINES };
  return withFieldLines(n, ps, read, group);
}

/**
 * The node as the Markdown export prints it: `text`, markdownParagraphs (`isField`: which of them are field lines), and
 * `fields`, the field lines written after the text (fieldLines) — one for each field with a value that no line of the
 * text states (the text prints those lines, or the field's line in place of a stale one).
 */
export function markdownNode(n: PlanNode, group: string[] | null = null): { text: string[]; isField: boolean[]; fields: string[] } {
  const { out, isField, byField } = markdownBody(n, group);
  const lines = [departmentsFieldLine(n), milestonesFieldLine(n.milestones), indicatorsFieldLine(n.indicators)];
  return { text: out, isField, fields: (['departments', 'milestones', 'indicators'] as const).flatMap((f, k) => (lines[k] && !byField.has(f) ? [lines[k]!] : [])) };
}

/** A field line of the body the node's field no longer holds, with the line to put there (null: drop it). */
export interface StaleFieldLine {
  field: Field;
  /** The line as written and its offsets in node.body. */
  line: string;
  start: number;
  end: number;
  /** The field's value as one line (what the exports print), or null when the field is now empty. */
  current: string | null;
  /** More lines of the same field in the body (a fix of this line alone would not make them agree). */
  others: number;
  /**
   * The words the line says beyond its names ("牵头单位：区商务委，每季度报送进展" → 每季度报送进展): no field holds them,
   * so a fix writing the line anew keeps them, each a line after it (as the exports print them).
   */
  keep: string[];
}

/** The body's field lines whose field was changed since (see printedParagraphs): the first line of each such field. */
export function staleFieldLines(n: PlanNode, group: string[] | null = null): StaleFieldLine[] {
  if (n.body.indexOf('：') < 0 && n.body.indexOf(':') < 0) return [];
  const lines: { f: FieldLine; text: string; at: number }[] = [];
  let at = 0;
  for (const l of n.body.split('\n')) {
    const f = readFieldLine(l);
    if (f) lines.push({ f, text: l, at });
    at += l.length + 1;
  }
  const out: StaleFieldLine[] = [];
  for (const field of ['departments', 'milestones', 'indicators'] as const) {
    const own = lines.filter((l) => l.f.field === field);
    if (!own.length || linesHold(n, field, own.map((l) => l.f), group)) continue;
    // (a line typed into the text of a field never entered: the exports print it as written, the import reads it back)
    if (currentLine(n, field) === null && !emptied(n, field)) continue;
    const first = own[0];
    // (the line's own indentation is kept out of the range)
    const lead = first.text.length - first.text.trimStart().length;
    const trimmed = first.text.trim();
    out.push({ field, line: trimmed, start: first.at + lead, end: first.at + lead + trimmed.length, current: currentLine(n, field), others: own.length - 1, keep: remarksOf([first.f]) });
  }
  const a = staleAnnotation(n);
  if (a) out.push({ field: 'departments', line: a.text, start: a.at, end: a.at + a.text.length, current: a.replacement || null, others: 0, keep: [] });
  return out;
}
