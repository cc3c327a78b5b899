/**
 * PgStore's row mapping: a plan's node tree as pre-order node records with their search columns, a plan's row
 * columns, and fields of a node that have no column of their own (electron/store/pg/store.ts writes and reads them).
 */
import { countKinds, type NodeKind, type PlanDoc, type PlanNode, type PlanStatus } from '../../../shared/model/plan.js';
import { districtKey } from '../../../shared/text/district-key.js';
import { nodeSearchColumns, type NodeFacets } from './search.js';
import { nodeContentColumns } from '../../core/library-rows.js';


export interface NodeRecord {
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
  unreviewed: boolean | null;
  extra: string | null;
  h_units: string;
  b_units: string;
  tokens: string[];
  n_tokens: number;
}

/** A node record without its search columns (what a save compares with the stored row). */
export type NodeColumns = Omit<NodeRecord, 'h_units' | 'b_units' | 'tokens' | 'n_tokens'>;
export interface PlacedRecord {
  node: PlanNode;
  columns: NodeColumns;
}

/** Pre-order node records without their search columns (./store.ts replacePlan computes those only for what changed). */
export function placedRecords(nodes: PlanNode[]): PlacedRecord[] {
  const out: PlacedRecord[] = [];
  const visit = (list: PlanNode[], parentId: string | null, depth: number) => {
    list.forEach((n, position) => {
      out.push({
        node: n,
        columns: {
          node_id: n.id,
          parent_id: parentId,
          position,
          seq: out.length,
          depth,
          ...nodeContentColumns(n), // the node's own columns, as SQLite writes them (one list for both stores)
        },
      });
      visit(n.children, n.id, depth + 1);
    });
  };
  visit(nodes, null, 0);
  return out;
}

/** A node's department rows (each name once per role). */
export function nodeDepartments(n: PlanNode): Array<{ node_id: string; name: string; role: 'lead' | 'partner' }> {
  const out: Array<{ node_id: string; name: string; role: 'lead' | 'partner' }> = [];
  const seen = new Set<string>();
  for (const name of n.lead) if (name.trim() && !seen.has('l' + name)) { seen.add('l' + name); out.push({ node_id: n.id, name, role: 'lead' }); }
  for (const name of n.partners) if (name.trim() && !seen.has('p' + name)) { seen.add('p' + name); out.push({ node_id: n.id, name, role: 'partner' }); }
  return out;
}

/** A placed record with its search columns. */
export function fullRecord(p: PlacedRecord, facets: NodeFacets): NodeRecord {
  return { ...p.columns, ...nodeSearchColumns(p.node, facets) };
}

/** Pre-order node records with their search columns (computed before the transaction, as the Library does). */
export function nodeRecords(nodes: PlanNode[], facets: NodeFacets): { records: NodeRecord[]; departments: Array<{ node_id: string; name: string; role: 'lead' | 'partner' }> } {
  const placed = placedRecords(nodes);
  return { records: placed.map((p) => fullRecord(p, facets)), departments: placed.flatMap((p) => nodeDepartments(p.node)) };
}

/** The plans columns of a document, in this order: title … format, district_key (shared/text/district-key.ts). */
export function planColumns(doc: PlanDoc, meta: PlanDoc['meta']): unknown[] {
  return [
    meta.title,
    meta.district,
    meta.period?.start ?? null,
    meta.period?.end ?? null,
    meta.status,
    meta.source?.fileName ?? null,
    JSON.stringify(countKinds(doc.nodes)),
    JSON.stringify(meta),
    doc.report === undefined ? null : JSON.stringify(doc.report),
    doc.format,
    meta.district === null ? null : districtKey(meta.district),
  ];
}

export interface PlanRow {
  id: string;
  title: string;
  district: string | null;
  period_start: number | null;
  period_end: number | null;
  status: PlanStatus;
  source_file: string | null;
  counts: Record<string, number>;
  meta: PlanDoc['meta'];
  report: PlanDoc['report'] | null;
  format: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** New plan ids as the Library makes them. */
export { newPlanId } from '../../core/library-rows.js';
