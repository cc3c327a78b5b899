/**
 * A node's text as the exports print it: its fields, not stale copies of them. Environment-free; used by the Word
 * export (docx/body.ts), the annex (annex.ts) and the linter (lint.ts: rule indicator-text).
 *
 * - A body paragraph that is a field line (shared/importer/fieldlines.ts: 责任单位：… / 年度节点：… / 指标：…) is the
 *   field's value as the document wrote it. While the node's field still holds what its lines say, the lines are
 *   printed as written (the clerk's wording stays). Once the field was changed in the editor, its lines are printed
 *   as one line in the exporter's own wording (the Markdown export's fieldLines: 牵头单位：A；配合单位：B), where the
 *   first of them stood; an emptied field prints none. The importer reads that line back as the field, completely.
 * - An indicator whose value, unit or comparator the planner changed while a sentence of the node still gives the
 *   old figure ("新建5G基站120个" for a target of 200): the text is not rewritten (it is the planner's prose, and the
 *   linter points at it with a quick fix), but a line "指标：5G基站为200个（2024年）" is printed after the text, so the
 *   document states the entered target and a re-import gives it back (a 指标 line states the indicators completely).
 */
import type { Indicator, Milestone, PlanNode } from '../model/plan';
import { departmentsOf, findIndicators, indicatorEntry, milestoneEntry, readFieldLine, type FieldLine } from '../importer/public';
import { paragraphs } from './text';

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** The node's departments as a field line (牵头单位：A、B；配合单位：C), or null without any. */
export function departmentsLine(n: Pick<PlanNode, 'lead' | 'partners'>): string | null {
  const parts: string[] = [];
  if (n.lead.length) parts.push(`牵头单位：${n.lead.map(flat).join('、')}`);
  if (n.partners.length) parts.push(`配合单位：${n.partners.map(flat).join('、')}`);
  return parts.length ? parts.join('；') : null;
}
export function milestonesLine(ms: Milestone[]): string | null {
  return ms.length ? `年度节点：${ms.map((m) => flat(milestoneEntry(m))).join('；')}` : null;
}
export function indicatorsLine(is: Indicator[]): string | null {
  return is.length ? `指标：${is.map((i) => flat(indicatorEntry(i))).join('；')}` : null;
}

/** A node's fields as field lines, one each (the Markdown export writes these after the text). */
export function fieldLines(n: PlanNode): string[] {
  return [departmentsLine(n), milestonesLine(n.milestones), indicatorsLine(n.indicators)].filter((l): l is string => !!l);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameMilestones = (a: Milestone[], b: Milestone[]) => a.length === b.length && a.every((m, i) => m.year === b[i].year && m.stage === b[i].stage && m.text.trim() === b[i].text.trim());
const sameIndicators = (a: Indicator[], b: Indicator[]) => a.length === b.length && a.every((x, i) => x.name === b[i].name && x.value === b[i].value && x.unit === b[i].unit && x.comparator === b[i].comparator && x.year === b[i].year);

type Field = FieldLine['field'];

/** Whether the node's field still holds what its field lines say. */
function linesHold(n: PlanNode, field: Field, lines: FieldLine[]): boolean {
  if (field === 'departments') {
    const d = departmentsOf(lines)!;
    return sameList(d.lead, n.lead) && sameList(d.partners, n.partners);
  }
  if (field === 'milestones') return sameMilestones(lines.flatMap((l) => (l.field === 'milestones' ? l.milestones : [])), n.milestones);
  return sameIndicators(lines.flatMap((l) => (l.field === 'indicators' ? l.indicators : [])), n.indicators);
}

/** The current value of a field as one line (null when the field is empty). */
function currentLine(n: PlanNode, field: Field): string | null {
  return field === 'departments' ? departmentsLine(n) : field === 'milestones' ? milestonesLine(n.milestones) : indicatorsLine(n.indicators);
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
  const read = paras.map((p) => ({ ...p, found: findIndicators(p.text, null, n.heading) }));
  n.indicators.forEach((ind, index) => {
    if (ind.value === null) return;
    for (const p of read) {
      const w = p.found.find((f) => f.name === ind.name && f.value !== null);
      if (!w) continue;
      if (w.value === ind.value && w.unit === ind.unit && w.comparator === ind.comparator) return;
      // the written figure: the first occurrence of its digits after the name
      const writtenValue = fmt(w.value!);
      const nameAt = p.text.indexOf(ind.name);
      const re = new RegExp(`(?<![0-9.])${writtenValue.replace('.', '\\.')}(?![0-9])`, 'g');
      re.lastIndex = Math.max(0, nameAt);
      const m = re.exec(p.text);
      out.push({ index, indicator: ind, written: w, at: m ? p.at + m.index : -1, writtenValue });
      return;
    }
  });
  return out;
}

/**
 * The node's body paragraphs as the exports print them (see above): field lines from the current fields, and a
 * 指标 line after the text when a sentence gives an indicator otherwise than the field.
 */
export function printedParagraphs(n: PlanNode): string[] {
  const ps = paragraphs(n.body);
  const read = ps.map((p) => readFieldLine(p));
  if (!read.some(Boolean) && !n.indicators.length) return ps;
  const byField = new Map<Field, FieldLine[]>();
  for (const f of read) if (f) (byField.get(f.field) ?? byField.set(f.field, []).get(f.field)!).push(f);
  const hold = new Map<Field, boolean>([...byField].map(([k, ls]) => [k, linesHold(n, k, ls)]));
  const out: string[] = [];
  const printed = new Set<Field>();
  ps.forEach((p, i) => {
    const f = read[i];
    if (!f) { out.push(p); return; }
    if (hold.get(f.field)) { out.push(p); return; }
    if (printed.has(f.field)) return;
    printed.add(f.field);
    const line = currentLine(n, f.field);
    if (line) out.push(line);
  });
  if (!byField.has('indicators') && staleIndicators(n).length) out.push(indicatorsLine(n.indicators)!);
  return out;
}

/** Body paragraphs without the field lines (the annex's 主要内容 holds the text, its columns the fields). */
export function textParagraphs(body: string): string[] {
  return paragraphs(body).filter((p) => !readFieldLine(p));
}
