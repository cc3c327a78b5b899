/**
 * The library's rows: how a plan and its nodes are laid out in SQLite (plans, nodes, node_fts facet tokens) and
 * read back. Shared by ./library.ts (writes, reads) and ./search.ts (hits). Plain Node.
 */
import type { PlanSummary } from '../../shared/api/contract.js';
import type { NodeKind, PlanDoc, PlanNode, PlanStatus } from '../../shared/model/plan.js';
// the zod-free part of the model: the CLI's read-only paths (compare, export-docx) load the library without zod
import { countKinds, FORMAT } from '../../shared/model/tree-walk.js';
import { bigramText, facet, MAX_PERIOD_YEARS } from './textindex.js';
import { nodeCrypto } from './node-crypto.js';

export interface PlanFacets {
  id: string;
  status: string;
  district: string | null;
  period: { start: number; end: number } | null;
}

export function facetText(plan: PlanFacets, kind: string, lead: string[], partners: string[]): string {
  const t = [facet.kind(kind), facet.status(plan.status), facet.plan(plan.id)];
  if (plan.district !== null) t.push(facet.district(plan.district));
  if (plan.period) {
    const end = Math.min(plan.period.end, plan.period.start + MAX_PERIOD_YEARS - 1);
    for (let y = plan.period.start; y <= end; y++) t.push(facet.year(y));
  }
  for (const d of new Set([...lead, ...partners])) if (d.trim()) t.push(facet.department(d));
  return t.join(' ');
}

export interface NodeRow {
  rowid: number;
  node_id: string;
  parent_id: string | null;
  position: number;
  seq: number;
  depth: number;
  kind: NodeKind;
  number: string;
  heading: string;
  body: string;
  lead: string;
  partners: string;
  indicators: string;
  milestones: string;
  themes: string;
  unreviewed: number | null;
  extra: string | null;
}

const NODE_COLUMNS = new Set(['id', 'kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes', 'children', 'unreviewed']);

/** Fields of a node without a column of their own (a newer model), or null. */
export function extraFields(n: PlanNode): string | null {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) if (!NODE_COLUMNS.has(k) && v !== undefined) extra[k] = v;
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

export interface HitRow {
  plan_id: string;
  node_id: string;
  parent_id: string | null;
  kind: NodeKind;
  number: string;
  heading: string;
  body: string;
}

export interface PlanRow {
  id: string;
  title: string;
  district: string | null;
  period_start: number | null;
  period_end: number | null;
  status: PlanStatus;
  source_file: string | null;
  counts: string;
  meta: string;
  report: string | null;
  format: string;
  created_at: string;
  updated_at: string;
}

export function newPlanId(): string {
  return 'p_' + nodeCrypto().randomBytes(9).toString('base64url');
}

export function label(number: string, heading: string): string {
  const n = number.trim();
  const h = heading.trim();
  if (!n) return h;
  // a bullet (•, ——) without a heading says nothing in a path
  if (!h) return /[\p{L}\p{N}]/u.test(n) ? n : '';
  // "一、" / "(一)" / "1." glue directly; "行动一" / "重点专项3" get a space.
  return /[、.．)）:：]$/.test(n) ? n + h : `${n} ${h}`;
}

export interface PreparedNode {
  node: PlanNode;
  parentId: string | null;
  position: number;
  depth: number;
  h: string;
  b: string;
  f: string;
}

/** Pre-order list of nodes with their index tokens (computed outside any transaction). */
export function prepareNodes(nodes: PlanNode[], facets: PlanFacets): PreparedNode[] {
  return placeNodes(nodes).map((p) => indexNode(p, facets));
}

/** A node with its place in the tree, without its index tokens (./library.ts replacePlan tokenises only what changed). */
export type PlacedNode = Omit<PreparedNode, 'h' | 'b' | 'f'>;

/** Pre-order list of nodes with their parent, position among siblings and depth. */
export function placeNodes(nodes: PlanNode[]): PlacedNode[] {
  const placed: PlacedNode[] = [];
  const visit = (list: PlanNode[], parentId: string | null, depth: number) => {
    list.forEach((node, position) => {
      placed.push({ node, parentId, position, depth });
      visit(node.children, node.id, depth + 1);
    });
  };
  visit(nodes, null, 0);
  return placed;
}

/** A placed node with its index tokens (heading and body bigrams, facet tokens). */
export function indexNode(p: PlacedNode, facets: PlanFacets): PreparedNode {
  const n = p.node;
  return { ...p, h: bigramText(n.heading), b: bigramText(n.body), f: facetText(facets, n.kind, n.lead, n.partners) };
}

/** Whether two plans' facets give the same facet tokens to every node (status, district, the years of the period). */
export function sameFacets(a: PlanFacets, b: PlanFacets): boolean {
  return a.id === b.id && a.status === b.status && a.district === b.district && (a.period?.start ?? null) === (b.period?.start ?? null) && (a.period?.end ?? null) === (b.period?.end ?? null);
}

/** The plans columns derived from a document (all but id and timestamps). */
export function planColumns(doc: PlanDoc, meta: PlanDoc['meta']) {
  return {
    title: meta.title,
    district: meta.district,
    period_start: meta.period?.start ?? null,
    period_end: meta.period?.end ?? null,
    status: meta.status,
    source_file: meta.source?.fileName ?? null,
    counts: JSON.stringify(countKinds(doc.nodes)),
    meta: JSON.stringify(meta),
    report: doc.report === undefined ? null : JSON.stringify(doc.report),
    format: doc.format,
  };
}

/** A plan document from its row and its node rows (in pre-order, as stored by seq). */
export function planFromRows(row: PlanRow, rows: NodeRow[]): PlanDoc {
  const roots: PlanNode[] = [];
  const byId = new Map<string, PlanNode>();
  for (const r of rows) {
    const node: PlanNode = {
      id: r.node_id,
      kind: r.kind,
      number: r.number,
      heading: r.heading,
      body: r.body,
      lead: JSON.parse(r.lead),
      partners: JSON.parse(r.partners),
      indicators: JSON.parse(r.indicators),
      milestones: JSON.parse(r.milestones),
      themes: JSON.parse(r.themes),
      children: [],
    };
    // (fields without a column before unreviewed: statedOnImport is set when the import makes the node, unreviewed
    // later — a plan's JSON has them in that order, and plan.get gives the plan saved, key for key)
    if (r.extra !== null) Object.assign(node, JSON.parse(r.extra));
    if (r.unreviewed !== null) node.unreviewed = r.unreviewed === 1;
    byId.set(r.node_id, node);
    // Rows come in pre-order, so a parent is always seen before its children and
    // siblings arrive in position order.
    const siblings = r.parent_id === null ? roots : byId.get(r.parent_id)!.children;
    siblings.push(node);
  }
  const doc: PlanDoc = { format: row.format as typeof FORMAT, id: row.id, meta: JSON.parse(row.meta), nodes: roots };
  if (row.report !== null) doc.report = JSON.parse(row.report);
  return doc;
}

/** A line of the library list from its row. */
export function summaryFromRow(r: PlanRow & { revision: number; based_on: string | null; issued_on?: unknown }): PlanSummary {
  return {
    id: r.id,
    title: r.title,
    district: r.district,
    period: r.period_start !== null && r.period_end !== null ? { start: r.period_start, end: r.period_end } : null,
    status: r.status,
    counts: JSON.parse(r.counts),
    sourceFileName: r.source_file,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    basedOn: r.based_on ?? null,
    issuedOn: typeof r.issued_on === 'string' ? r.issued_on : null,
    revision: r.revision,
  };
}

/**
 * A node's own columns of the nodes table, as both stores write them (SQLite here, PostgreSQL electron/store/pg/rows.ts):
 * one list, so a field added to the model reaches both. `unreviewed` as the model has it (SQLite binds 0/1).
 */
export function nodeContentColumns(n: PlanNode) {
  return {
    kind: n.kind,
    number: n.number,
    heading: n.heading,
    body: n.body,
    lead: JSON.stringify(n.lead),
    partners: JSON.stringify(n.partners),
    indicators: JSON.stringify(n.indicators),
    milestones: JSON.stringify(n.milestones),
    themes: JSON.stringify(n.themes),
    unreviewed: n.unreviewed === undefined ? null : n.unreviewed,
    extra: extraFields(n),
  };
}

/** The names of a node's own columns (nodeContentColumns' keys). */
const CONTENT_KEYS = Object.keys(
  nodeContentColumns({ id: '', kind: 'task', number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] }),
) as Array<keyof ReturnType<typeof nodeContentColumns>>;

/**
 * What an incremental save (both stores' replacePlan) must write of a kept node: `content`, one of its own columns
 * differs (the stored row against the new values, in the store's own encoding); `departments`, its 牵头/配合 differ;
 * `indexed`, what its search row is made of (heading, body, kind, departments) differs.
 */
export function nodeChange(storedRow: object, nextValues: object): { content: boolean; departments: boolean; indexed: boolean } {
  const stored = storedRow as Record<string, unknown>;
  const next = nextValues as Record<string, unknown>;
  const departments = stored.lead !== next.lead || stored.partners !== next.partners;
  return {
    content: CONTENT_KEYS.some((k) => stored[k] !== next[k]),
    departments,
    indexed: departments || stored.heading !== next.heading || stored.body !== next.body || stored.kind !== next.kind,
  };
}

/**
 * The stored nodes that a save removes but that hold a kept node below them (deleting them first would cascade into
 * it): `rows` in pre-order, so in reverse every child is seen before its parent.
 */
export function holdingKept(rows: ReadonlyArray<{ node_id: string; parent_id: string | null }>, keep: ReadonlySet<string>): Set<string> {
  const holds = new Set<string>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.parent_id !== null && (keep.has(r.node_id) || holds.has(r.node_id))) holds.add(r.parent_id);
  }
  return holds;
}

/** The nodes row of a node in its place (the statement's named parameters). */
export function nodeRowValues(planId: string, p: PlacedNode, seq: number) {
  const c = nodeContentColumns(p.node);
  return {
    plan_id: planId,
    node_id: p.node.id,
    parent_id: p.parentId,
    position: p.position,
    seq,
    depth: p.depth,
    ...c,
    unreviewed: c.unreviewed === null ? null : c.unreviewed ? 1 : 0,
  };
}
