/**
 * Which stored plans came from a document about to be imported (./library.ts plansFromSameSource /
 * plansHoldingNodes): the import preview and the CLI batch warn about duplicates with these. Plain Node.
 */
import type Database from 'better-sqlite3';
import type { PlanStatus } from '../../shared/model/plan.js';

/** A stored plan that may be the same document. */
export interface SamePlan { id: string; title: string; status: PlanStatus; sourceFileName: string | null; updatedAt: string }

type Row = { id: string; title: string; status: PlanStatus; source_file: string | null; updated_at: string };
const plan = (r: Row): SamePlan => ({ id: r.id, title: r.title, status: r.status, sourceFileName: r.source_file, updatedAt: r.updated_at });

/**
 * Plans imported from the same document: the same fingerprint of the normalised text (meta.source.textSha256) or
 * the same file bytes (meta.source.sha256, which plans stored before schema 7 also carry). Most recently changed
 * first, at most 20.
 */
export function plansFromSameSource(db: Database.Database, source: { textSha256?: string; sha256?: string } | null | undefined, live: (alias?: string) => string = (a = '') => `${a}trashed_at IS NULL`): SamePlan[] {
  if (!source?.textSha256 && !source?.sha256) return [];
  const rows = db
    .prepare(
      `SELECT id, title, status, source_file, updated_at FROM plans
       WHERE ${live()} AND ((@text IS NOT NULL AND json_extract(meta, '$.source.textSha256') = @text) OR (@bytes IS NOT NULL AND json_extract(meta, '$.source.sha256') = @bytes))
       ORDER BY updated_at DESC, rowid DESC LIMIT 20`,
    )
    .all({ text: source.textSha256 ?? null, bytes: source.sha256 ?? null }) as Row[];
  return rows.map(plan);
}

/**
 * Plans that hold every one of these nodes — same node id, heading and text: the plans a plan-workbench/v1 JSON
 * file was exported from (or imported as), since its import keeps node ids. (Ids alone are not enough: the
 * importer numbers the nodes of every document n0001, n0002 ….) Most recently changed first, at most 20.
 */
export function plansHoldingNodes(db: Database.Database, nodes: Array<{ id: string; heading: string; body: string }>, live: (alias?: string) => string = (a = '') => `${a}trashed_at IS NULL`): SamePlan[] {
  const some = [...new Map(nodes.map((n) => [n.id, n])).values()].slice(0, 3);
  if (!some.length) return [];
  const rows = db
    .prepare(
      // one EXISTS per node: each is a lookup in the (plan_id, node_id) unique index, not a read of the plan's nodes
      `SELECT p.id, p.title, p.status, p.source_file, p.updated_at FROM plans p
       WHERE ${live('p.')} AND ${some.map(() => 'EXISTS (SELECT 1 FROM nodes n WHERE n.plan_id = p.id AND n.node_id = ? AND n.heading = ? AND n.body = ?)').join(' AND ')}
       ORDER BY p.updated_at DESC, p.rowid DESC LIMIT 20`,
    )
    .all(...some.flatMap((n) => [n.id, n.heading, n.body])) as Row[];
  return rows.map(plan);
}
