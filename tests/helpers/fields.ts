/**
 * What a reader of an exported plan must get back: for every task and item (and any other node that carries
 * departments, indicators or milestones), its lead and partner departments, its indicators (value and unit) and
 * its milestones (year, stage, text). Nodes are paired in document order by their text; punctuation width is
 * folded, since the exporter prints GB/T 15834 full-width punctuation by design.
 */
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { foldWidth } from '../corpus/compare';

export const FIELDS = ['lead', 'partners', 'indicators', 'milestones'] as const;
export type Field = (typeof FIELDS)[number];

const fold = (s: string) => foldWidth(s).replace(/[\s,，、。；;:：“”"'‘’()（）《》\-—…]/g, '');

/** The nodes whose fields count: tasks and items, and any other node carrying a field. */
export function fieldNodes(doc: PlanDoc): PlanNode[] {
  const out: PlanNode[] = [];
  for (const { node } of walk(doc.nodes)) {
    if (node.kind === 'task' || node.kind === 'item' || FIELDS.some((f) => node[f].length)) out.push(node);
  }
  return out;
}

const text = (n: PlanNode) => fold(n.heading.trim() || n.body).slice(0, 40);

/** A field in a comparable form: departments and indicators as sorted lists, milestones as year|stage|text. */
export function fieldValue(n: PlanNode, f: Field): string[] {
  switch (f) {
    case 'lead': return n.lead.map(fold).sort();
    case 'partners': return n.partners.map(fold).sort();
    case 'indicators': return n.indicators.map((i) => `${i.value}|${fold(i.unit)}`).sort();
    case 'milestones': return [...new Set(n.milestones.map((m) => `${m.year}|${m.stage ?? ''}|${fold(m.text)}`))].sort();
  }
}

export interface FieldCount { kept: number; total: number; lost: string[] }

/**
 * Fields of `a` (non-empty in either plan) that `b` has the same. Nodes are paired in order: each node of `a`
 * takes the next unpaired node of `b` (within 8) with the same kind and the same start of text.
 */
export function compareFields(a: PlanDoc, b: PlanDoc): FieldCount {
  const A = fieldNodes(a);
  const B = fieldNodes(b);
  let j = 0;
  const out: FieldCount = { kept: 0, total: 0, lost: [] };
  for (const n of A) {
    let m: PlanNode | undefined;
    for (let k = j; k < Math.min(B.length, j + 8); k++) {
      if (B[k].kind === n.kind && text(B[k]) === text(n)) { m = B[k]; j = k + 1; break; }
    }
    for (const f of FIELDS) {
      const va = fieldValue(n, f);
      const vb = m ? fieldValue(m, f) : [];
      if (!va.length && !vb.length) continue;
      out.total++;
      if (JSON.stringify(va) === JSON.stringify(vb)) out.kept++;
      else out.lost.push(`${n.kind} “${(n.heading || n.body).slice(0, 20)}” ${f}: ${JSON.stringify(va).slice(0, 120)} → ${m ? JSON.stringify(vb).slice(0, 120) : '(node not found)'}`);
    }
  }
  return out;
}
