/**
 * "Take this" in the compare view (pure, no Vue): where a node of the other plan goes in the plan being edited,
 * the copy of it with fresh ids (and the other district's names and years adapted), and the insertion.
 */
import type { Indicator, PlanDoc, PlanNode } from '../../../shared/model/plan';
import { findNode, insertNode, isAllowed, kindUnder, locate, newId, updateNode } from '../../../shared/tree';
import { makeRewriter } from '../../../shared/template';

export type Placement = { mode: 'after'; anchorId: string } | { mode: 'child'; parentId: string | null };

/**
 * Where a node of the right plan goes in the left plan "at the aligned place": after its own counterpart;
 * else after the counterpart of the nearest earlier sibling that has one; else as the last child of the
 * counterpart of the nearest ancestor that has one; else null (the planner chooses a parent).
 */
export function alignedPlacement(rightDoc: PlanDoc, rightId: string, counterpart: (rightId: string) => string | null, target: PlanDoc): Placement | null {
  const exists = (id: string | null) => !!id && !!findNode(target.nodes, id);
  const own = counterpart(rightId);
  if (exists(own)) return { mode: 'after', anchorId: own! };
  let id: string | null = rightId;
  while (id) {
    const loc = locate(rightDoc.nodes, id);
    if (!loc) return null;
    const siblings = loc.parent ? loc.parent.children : rightDoc.nodes;
    for (let i = loc.index - 1; i >= 0; i--) {
      const c = counterpart(siblings[i].id);
      if (exists(c)) return { mode: 'after', anchorId: c! };
    }
    if (!loc.parent) return null;
    const pc = counterpart(loc.parent.id);
    if (exists(pc)) return { mode: 'child', parentId: pc! };
    id = loc.parent.id;
  }
  return null;
}

/**
 * A copy of `node` (with its subtree) for another plan: every node a fresh id, marked unreviewed, the
 * written number of the copied node cleared (it takes its new siblings' numbering). With `adapt`, the
 * source plan's district and years are rewritten for the target plan (as a template copy does).
 */
export function copyForTarget(node: PlanNode, source: PlanDoc, target: PlanDoc, adapt: boolean): PlanNode {
  const rw = adapt && target.meta.district && target.meta.period
    ? makeRewriter(source, { district: target.meta.district, period: target.meta.period })
    : null;
  const txt = (s: string) => (rw ? rw.text(s) : s);
  const yr = (y: number | null) => (rw ? rw.year(y) : y);
  const ind = (i: Indicator): Indicator => ({ ...i, name: txt(i.name), text: txt(i.text), year: yr(i.year) });
  const copy = (n: PlanNode, root: boolean): PlanNode => ({
    ...n,
    id: newId(),
    number: root ? '' : n.number,
    heading: txt(n.heading),
    body: txt(n.body),
    lead: rw ? n.lead.map(rw.department) : [...n.lead],
    partners: rw ? n.partners.map(rw.department) : [...n.partners],
    indicators: n.indicators.map(ind),
    milestones: n.milestones.map((m) => ({ ...m, year: yr(m.year) ?? m.year, text: txt(m.text) })),
    themes: [...n.themes],
    children: n.children.map((c) => copy(c, false)),
    unreviewed: true,
  });
  return copy(node, true);
}

/** Insert a copied node at the placement; its kind follows the new parent when it is not allowed there. */
export function insertAt(nodes: PlanNode[], placement: Placement, node: PlanNode): PlanNode[] {
  let parentId: string | null;
  let index: number;
  if (placement.mode === 'after') {
    const loc = locate(nodes, placement.anchorId);
    if (!loc) throw Object.assign(new Error('anchor gone'), { code: 'not-found' });
    parentId = loc.parent?.id ?? null;
    index = loc.index + 1;
  } else {
    parentId = placement.parentId;
    index = -1; // append
  }
  const parent = parentId ? findNode(nodes, parentId) : null;
  if (parentId && !parent) throw Object.assign(new Error('parent gone'), { code: 'not-found' });
  const parentKind = parent?.kind ?? null;
  const siblings = parent ? parent.children : nodes;
  const kind = isAllowed(parentKind, node.kind) ? node.kind : kindUnder(parentKind, node, siblings);
  const inserted = insertNode(nodes, parentId, index, node);
  return kind === node.kind ? inserted : updateNode(inserted, node.id, { kind });
}

