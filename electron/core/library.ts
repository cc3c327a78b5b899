/**
 * The local plan library: plans and their node trees in SQLite, with Chinese full-text
 * search (see ./textindex.ts for the index design; the search itself in ./search.ts, rows in ./library-rows.ts). Plain Node, never imports 'electron'.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { PlanSummary, SearchFilters as SearchFiltersSchema, SearchHit } from '../../shared/api/contract.js';
import { AppError } from '../../shared/errors.js';
import type { PlanDoc, PlanNode, PlanStatus } from '../../shared/model/plan.js';
import fs from 'node:fs';
import { isReadOnlyError, isWritableDataDir, openDatabase, openReadOnlyCopy, readOnlyError, type OpenDatabaseOptions } from './db.js';
import {
  facetText,
  holdingKept,
  indexNode,
  newPlanId,
  nodeChange,
  nodeRowValues,
  planColumns,
  placeNodes,
  planFromRows,
  prepareNodes,
  sameFacets,
  summaryFromRow,
  type NodeRow,
  type PlanFacets,
  type PlacedNode,
  type PlanRow,
  type PreparedNode,
} from './library-rows.js';
import { plansFromSameSource, plansHoldingNodes, type SamePlan } from './library-sources.js';
import { IndexMerger } from './fts-merge.js';
import { LibrarySearch } from './search.js';
import { bigramText } from './textindex.js';

export type { Segment } from './textindex.js';
export { segmentQuery } from './search.js';

/** One plan in the library list: the contract's type (shared/api/contract.ts), so the two cannot drift. */
export type { PlanSummary };

/** Search filters and hits are the API's own types (shared/api/contract.ts), so the core and its clients cannot drift. */
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;
export type { SearchHit };

export interface AddPlanOptions {
  /** Overrides doc.meta.status. */
  status?: PlanStatus;
  /** Keep this id (a plan opened from a review package keeps its original id); a new one otherwise. */
  id?: string;
}

/** A new plan's rows, computed outside any transaction (planToAdd) and inserted by Library.insertPlanToAdd. */
export interface PlanToAdd {
  id: string;
  /** The plans row but its times. */
  plan: ReturnType<typeof planColumns> & { id: string };
  nodes: Array<PreparedNode & { row: ReturnType<typeof nodeRowValues> }>;
}

/** Nodes computed between two pauses of planToAdd (~2–5 ms of CPU for the tokens and row values of 250 nodes). */
export const ADD_SLICE_NODES = 250;

/** The rows of a new plan, a slice of nodes per step (the generator yields between slices). */
export function* planToAddSteps(doc: PlanDoc, opts: AddPlanOptions = {}): Generator<void, PlanToAdd> {
  const id = opts.id ?? newPlanId();
  const meta = { ...doc.meta, status: opts.status ?? doc.meta.status };
  const facets: PlanFacets = { id, status: meta.status, district: meta.district, period: meta.period };
  const placed = placeNodes(doc.nodes);
  const nodes: PlanToAdd['nodes'] = [];
  for (let i = 0; i < placed.length; i++) {
    if (i % ADD_SLICE_NODES === 0) yield; // the first slice too: the request's validation came just before
    nodes.push({ ...indexNode(placed[i], facets), row: nodeRowValues(id, placed[i], i) });
  }
  return { id, plan: { id, ...planColumns(doc, meta) }, nodes };
}

/**
 * planToAddSteps with `pause` (yieldToHost: a turn of the host's event loop) between slices: the tokenising of a
 * 2,000-task plan (~30–40 ms of CPU) does not hold the loop. Pure computation, no database.
 */
export async function planToAdd(doc: PlanDoc, opts: AddPlanOptions, pause: () => Promise<void>): Promise<PlanToAdd> {
  const steps = planToAddSteps(doc, opts);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

export class Library {
  readonly db: Database.Database;
  /**
   * Set when the data folder cannot be written: `db` is a private copy of the library (see db.ts openReadOnlyCopy)
   * and the core refuses every edit. `copyDir` is removed on close.
   */
  readonly readOnly: { dataDir: string; copyDir: string } | null;
  /** Prepared on first use (lazyStatements): a command that only reads a plan prepares two or three of them. */
  private readonly stmts;
  /** Made by the first search (its statements, and its log of this connection's writes in the temp schema). */
  /** The SQL condition of a plan in the library, not in the trash (`p.` with alias 'p.'); '1' before schema 13. */
  private readonly live: (alias?: string) => string;
  private readonly hasTrash: boolean;
  private searchState: LibrarySearch | null = null;
  private get searcher(): LibrarySearch {
    return (this.searchState ??= new LibrarySearch(this.db, () => this.merger?.ownChanges ?? 0));
  }
  /**
   * The search index's merging, in steps after the writes (./fts-merge.ts); null on a read-only copy. The core tells
   * it when a user's write is running (`merger.busy`).
   */
  readonly merger: IndexMerger | null;

  constructor(db: Database.Database, readOnly: { dataDir: string; copyDir: string } | null = null, opts: { writeRunning?: () => boolean; logError?: (message: string, error: unknown) => void; mergeIndex?: boolean } = {}) {
    this.db = db;
    this.readOnly = readOnly;
    // A library of a schema before 013 (the migration tests open one with the code of today) has no trash: every
    // plan is in the library
    const hasTrash = db.prepare(`SELECT 1 FROM pragma_table_info('plans') WHERE name = 'trashed_at'`).get() !== undefined;
    const live = (alias = '') => (hasTrash ? `${alias}trashed_at IS NULL` : '1');
    this.live = live;
    this.hasTrash = hasTrash;
    this.stmts = lazyStatements(db, {
      insertPlan: `INSERT INTO plans (id, title, district, period_start, period_end, status, source_file, counts, meta, report, format, created_at, updated_at)
         VALUES (@id, @title, @district, @period_start, @period_end, @status, @source_file, @counts, @meta, @report, @format, @created_at, @updated_at)`,
      insertNode: `INSERT INTO nodes (plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body, lead, partners, indicators, milestones, themes, unreviewed, extra)
         VALUES (@plan_id, @node_id, @parent_id, @position, @seq, @depth, @kind, @number, @heading, @body, @lead, @partners, @indicators, @milestones, @themes, @unreviewed, @extra)`,
      insertFts: `INSERT INTO node_fts (rowid, h, b, f) VALUES (?, ?, ?, ?)`,
      deleteFts: `DELETE FROM node_fts WHERE rowid = ?`,
      insertDept: `INSERT OR IGNORE INTO node_departments (name, node_row, role) VALUES (?, ?, ?)`,
      // a plan in the trash (trashed_at) is not in the library: every read but the trash's own leaves it out
      getPlan: `SELECT * FROM plans WHERE id = ? AND ${live()}`,
      getNodes: `SELECT * FROM nodes WHERE plan_id = ? ORDER BY seq`,
      listPlans: `SELECT id, title, district, period_start, period_end, status, source_file, counts, created_at, updated_at,
                revision, json_extract(meta, '$.basedOn') AS based_on, json_extract(meta, '$.issuedOn') AS issued_on
         FROM plans WHERE ${live()} ORDER BY created_at, rowid`,
      listTrash: `SELECT id, title, district, period_start, period_end, status, source_file, counts, created_at, updated_at,
                revision, json_extract(meta, '$.basedOn') AS based_on, json_extract(meta, '$.issuedOn') AS issued_on, trashed_at
         FROM plans WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, rowid DESC`,
      trash: `UPDATE plans SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL`,
      untrash: `UPDATE plans SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL`,
      purge: `DELETE FROM plans WHERE id = ? AND trashed_at IS NOT NULL`,
      expired: `SELECT id FROM plans WHERE trashed_at IS NOT NULL AND trashed_at < ?`,
      nodeRows: `SELECT rowid FROM nodes WHERE plan_id = ?`,
      revision: `SELECT revision FROM plans WHERE id = ? AND ${live()}`,
      // (only prepared in a library with a trash: missing() asks it when hasTrash)
      inTrash: `SELECT title, trashed_at FROM plans WHERE id = ? AND trashed_at IS NOT NULL`,
      deleteNode: `DELETE FROM nodes WHERE rowid = ?`,
      setSeq: `UPDATE nodes SET seq = ? WHERE rowid = ?`,
      placeNode: `UPDATE nodes SET parent_id = @parent_id, position = @position, seq = @seq, depth = @depth WHERE rowid = @rowid`,
      updateNode: `UPDATE nodes SET parent_id = @parent_id, position = @position, seq = @seq, depth = @depth, kind = @kind, number = @number,
           heading = @heading, body = @body, lead = @lead, partners = @partners, indicators = @indicators, milestones = @milestones,
           themes = @themes, unreviewed = @unreviewed, extra = @extra
         WHERE rowid = @rowid`,
      deleteDepts: `DELETE FROM node_departments WHERE node_row = ?`,
      updatePlan: `UPDATE plans SET title = @title, district = @district, period_start = @period_start, period_end = @period_end,
           status = @status, source_file = @source_file, counts = @counts, meta = @meta, report = @report,
           format = @format, updated_at = @updated_at, revision = revision + 1
         WHERE id = @id`,
      updateStatus: `UPDATE plans SET status = @status, meta = json_set(meta, '$.status', @status), updated_at = @updated_at,
           revision = revision + 1
         WHERE id = @id`,
      deletePlan: `DELETE FROM plans WHERE id = ?`,
      // (the trash is usually empty or small: the subquery reads its plans' node rows through plans_trashed)
      departments: hasTrash
        ? `SELECT DISTINCT name FROM node_departments
           WHERE node_row NOT IN (SELECT n.rowid FROM plans p JOIN nodes n ON n.plan_id = p.id WHERE p.trashed_at IS NOT NULL)
           ORDER BY name`
        : `SELECT DISTINCT name FROM node_departments ORDER BY name`,
      getSetting: `SELECT value FROM settings WHERE key = ?`,
      setSetting: `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      countByStatus: `SELECT count(*) AS n FROM plans WHERE status = ? AND ${live()}`,
    });
    // FTS5's automatic merging off (once per library, kept in the file) and done here in steps after the writes; a
    // library whose index merging was left to do (by another process, or by automerge before) is merged from now
    this.merger = !readOnly && opts.mergeIndex !== false && IndexMerger.configure(db) ? new IndexMerger(db, opts.logError) : null;
    if (this.merger) {
      if (opts.writeRunning) this.merger.busy = opts.writeRunning;
      this.merger.kick();
      this.merger.startWatching();
    }
  }

  /** A write of the search index was committed (or is, by the caller's transaction): merge its segments after it. */
  private wrote(): void {
    this.merger?.kick();
  }

  /**
   * Plans imported from the same document (the same text fingerprint or file bytes), most recently changed first,
   * at most 20 (./library-sources.ts).
   */
  plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): SamePlan[] {
    return plansFromSameSource(this.db, source, this.live);
  }

  /** Plans that hold every one of these nodes (same id, heading and text), at most 20 (./library-sources.ts). */
  plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): SamePlan[] {
    return plansHoldingNodes(this.db, nodes, this.live);
  }

  /** Store a plan (one transaction: all or nothing). Returns the new plan id. */
  addPlan(doc: PlanDoc, opts: AddPlanOptions = {}): string {
    // Tokenize before opening the transaction: keeps the write lock short.
    const steps = planToAddSteps(doc, opts);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return this.insertPlanToAdd(step.value);
  }

  /**
   * Store a plan whose rows were computed before (planToAdd): only the inserts, in one immediate transaction (all
   * or nothing). Returns its id.
   */
  insertPlanToAdd(p: PlanToAdd): string {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.stmts.insertPlan.run({ ...p.plan, created_at: now, updated_at: now });
      for (const n of p.nodes) {
        const { lastInsertRowid } = this.stmts.insertNode.run(n.row);
        this.stmts.insertFts.run(lastInsertRowid, n.h, n.b, n.f);
        this.insertDepartments(n.node, lastInsertRowid);
      }
    }).immediate();
    this.wrote();
    return p.id;
  }

  /**
   * Replace a stored plan's metadata, report and node tree (autosave). One immediate
   * transaction: the revision check and the write cannot interleave with another writer.
   * Refused with AppError 'conflict' (details.revision = the stored one) when
   * `baseRevision` is not the stored revision. `created_at` is kept. Inside a transaction of the caller's (the core's
   * Db.transaction: the save, its snapshot and its history entry together) this one is a savepoint of it.
   *
   * Incremental (docs/reliability.md › The host never freezes): the stored node rows are compared with the new tree
   * by node id, and only what differs is written — a node's row when a column differs, its search-index row when its
   * heading, body, kind or departments (or the plan's status, district or period) differ, its department rows when
   * its departments differ; new nodes are inserted, removed ones deleted (with their index and department rows). The
   * result is the same library as deleting and inserting every node (tests/core/save-incremental.test.ts), but a
   * save that changed one heading of 2,000 tasks writes one node instead of 2,000.
   */
  replacePlan(
    id: string,
    doc: PlanDoc,
    opts: { baseRevision: number },
  ): { revision: number; updatedAt: string } {
    const meta = doc.meta;
    const facets: PlanFacets = { id, status: meta.status, district: meta.district, period: meta.period };
    const placed = placeNodes(doc.nodes);
    return this.db
      .transaction(() => {
        const current = this.revisionOf(id);
        if (current !== opts.baseRevision) throw conflict(id, opts.baseRevision, current);
        const updatedAt = new Date().toISOString();
        const row = this.stmts.getPlan.get(id) as PlanRow;
        const stored = JSON.parse(row.meta) as PlanDoc['meta'];
        const refacet = !sameFacets(facets, { id, status: row.status, district: row.district, period: stored.period ?? null });
        this.stmts.updatePlan.run({ id, ...planColumns(doc, meta), updated_at: updatedAt });
        this.writeNodes(id, placed, facets, refacet);
        this.wrote();
        return { revision: current + 1, updatedAt };
      })
      .immediate();
  }

  /**
   * Bring a stored plan's node rows to `placed` (pre-order), writing only what differs (replacePlan). Order of the
   * writes, for the constraints checked row by row (UNIQUE (plan_id, seq), the parent key with ON DELETE CASCADE):
   * removed nodes none of whose descendants stay are deleted first; kept rows whose seq changes, and removed rows
   * still in the way, move to negative seqs; new nodes are inserted in pre-order (a parent before its children); kept
   * rows are updated (their new parent exists by then); the remaining removed rows are deleted (no kept row points
   * to them any more).
   */
  private writeNodes(planId: string, placed: PlacedNode[], facets: PlanFacets, refacet: boolean): void {
    const rows = this.stmts.getNodes.all(planId) as NodeRow[];
    const byId = new Map<string, NodeRow>();
    for (const r of rows) byId.set(r.node_id, r);
    const keep = new Set<string>();
    for (const p of placed) if (byId.has(p.node.id)) keep.add(p.node.id);
    const holdsKept = holdingKept(rows, keep);
    const late: NodeRow[] = [];
    for (const r of rows) {
      if (keep.has(r.node_id)) continue;
      if (holdsKept.has(r.node_id)) late.push(r);
      // (a descendant of a row deleted here is gone by the cascade already: changes 0)
      else this.stmts.deleteNode.run(r.rowid);
    }
    const values = placed.map((p, seq) => nodeRowValues(planId, p, seq));
    let parked = 0;
    const park = (rowid: number) => this.stmts.setSeq.run(-1 - parked++, rowid);
    values.forEach((v, seq) => {
      const r = byId.get(v.node_id);
      if (r && r.seq !== seq) park(r.rowid);
    });
    for (const r of late) if (r.seq >= 0 && r.seq < placed.length) park(r.rowid);
    placed.forEach((p, seq) => {
      const v = values[seq];
      const r = byId.get(v.node_id);
      if (!r) {
        this.insertNode(planId, indexNode(p, facets), seq);
        return;
      }
      const { content, departments, indexed } = nodeChange(r, v);
      if (content) this.stmts.updateNode.run({ ...v, rowid: r.rowid });
      else if (r.parent_id !== v.parent_id || r.position !== v.position || r.seq !== seq || r.depth !== v.depth) this.stmts.placeNode.run({ ...v, rowid: r.rowid });
      if (indexed || refacet) {
        const x = indexNode(p, facets);
        this.stmts.deleteFts.run(r.rowid);
        this.stmts.insertFts.run(r.rowid, x.h, x.b, x.f);
      }
      if (departments) {
        this.stmts.deleteDepts.run(r.rowid);
        this.insertDepartments(p.node, r.rowid);
      }
    });
    for (const r of late) this.stmts.deleteNode.run(r.rowid);
  }

  /** Change a plan's status (column, meta.status and index facets); bumps the revision. */
  setStatus(id: string, status: PlanStatus): { revision: number; updatedAt: string } {
    return this.db
      .transaction(() => {
        const current = this.revisionOf(id);
        const updatedAt = new Date().toISOString();
        this.stmts.updateStatus.run({ id, status, updated_at: updatedAt });
        this.reindexPlan(id);
        return { revision: current + 1, updatedAt };
      })
      .immediate();
  }

  /** The stored revision of a plan (1 when added, +1 per replacePlan/setStatus). */
  revisionOf(id: string): number {
    const row = this.stmts.revision.get(id) as { revision: number } | undefined;
    if (!row) throw this.missing(id);
    return row.revision;
  }

  private insertNodes(planId: string, prepared: PreparedNode[]): void {
    prepared.forEach((p, seq) => this.insertNode(planId, p, seq));
  }

  private insertNode(planId: string, p: PreparedNode, seq: number): void {
    const { lastInsertRowid } = this.stmts.insertNode.run(nodeRowValues(planId, p, seq));
    this.stmts.insertFts.run(lastInsertRowid, p.h, p.b, p.f);
    this.insertDepartments(p.node, lastInsertRowid);
  }

  private insertDepartments(n: PlanNode, rowid: number | bigint): void {
    for (const name of n.lead) if (name.trim()) this.stmts.insertDept.run(name, rowid, 'lead');
    for (const name of n.partners) if (name.trim()) this.stmts.insertDept.run(name, rowid, 'partner');
  }

  /** The plan as stored; equals what was added apart from `id`. */
  getPlan(id: string): PlanDoc {
    // The plan row and its nodes from one snapshot: another process's save in between cannot tear the result.
    return this.db.transaction(() => this.readPlan(id))();
  }

  private readPlan(id: string): PlanDoc {
    const row = this.stmts.getPlan.get(id) as PlanRow | undefined;
    if (!row) throw this.missing(id);
    return planFromRows(row, this.stmts.getNodes.all(id) as NodeRow[]);
  }

  listPlans(): PlanSummary[] {
    return (this.stmts.listPlans.all() as Array<PlanRow & { revision: number; based_on: string | null }>).map(summaryFromRow);
  }

  /**
   * Rebuild the index rows of one plan from the stored nodes. Call after changing a
   * plan's status, district or period, or a node's text, kind or departments (the
   * facet tokens are copies), and from a migration when the tokenization changes.
   */
  reindexPlan(id: string): void {
    const row = this.stmts.getPlan.get(id) as PlanRow | undefined;
    if (!row) throw notFound(id);
    const meta = JSON.parse(row.meta) as PlanDoc['meta'];
    const facets: PlanFacets = { id, status: row.status, district: row.district, period: meta.period };
    const rows = this.stmts.getNodes.all(id) as NodeRow[];
    this.db.transaction(() => {
      for (const r of rows) {
        this.stmts.deleteFts.run(r.rowid);
        const f = facetText(facets, r.kind, JSON.parse(r.lead), JSON.parse(r.partners));
        this.stmts.insertFts.run(r.rowid, bigramText(r.heading), bigramText(r.body), f);
      }
    })();
    this.wrote();
  }

  /** The not-found error of a plan read: it says when the plan is in the trash (notFound's `trashed`). */
  private missing(id: string): AppError {
    const t = this.hasTrash ? (this.stmts.inTrash.get(id) as { title: string; trashed_at: string } | undefined) : undefined;
    return notFound(id, t ? { title: t.title, trashedAt: t.trashed_at } : undefined);
  }

  hasPlan(id: string): boolean {
    return this.stmts.getPlan.get(id) !== undefined;
  }

  /**
   * Move a plan to the trash (plan.delete): it leaves every list, search and read, keeping all its rows (nodes,
   * versions, history, reviews, tokens, vectors, owner, shares) for restorePlan; its search rows go. 'not-found' for
   * an unknown or already trashed id.
   */
  trashPlan(id: string, at: string = new Date().toISOString()): void {
    this.db.transaction(() => {
      if (this.stmts.trash.run(at, id).changes === 0) throw notFound(id);
      for (const r of this.stmts.nodeRows.all(id) as Array<{ rowid: number }>) this.stmts.deleteFts.run(r.rowid);
    })();
    this.wrote();
  }

  /** Take a plan out of the trash, as it was (its search rows written again). 'not-found' when it is not in the trash. */
  restorePlan(id: string): void {
    this.db.transaction(() => {
      if (this.stmts.untrash.run(id).changes === 0) throw notFound(id);
      this.reindexPlan(id);
    })();
  }

  /** Delete a plan of the trash for good, with everything it kept. 'not-found' when it is not in the trash. */
  purgePlan(id: string): void {
    const { changes } = this.db.transaction(() => this.stmts.purge.run(id))();
    if (changes === 0) throw notFound(id);
    this.wrote();
  }

  /** The plans in the trash, most recently deleted first, with when they were deleted. */
  listTrash(): Array<PlanSummary & { trashedAt: string }> {
    return (this.stmts.listTrash.all() as Array<PlanRow & { revision: number; based_on: string | null; trashed_at: string }>).map((r) => ({
      ...summaryFromRow(r),
      trashedAt: r.trashed_at,
    }));
  }

  /** Delete for good the plans trashed before `before` (ISO time); their ids. */
  purgeTrashedBefore(before: string): string[] {
    return this.db.transaction(() => {
      const ids = (this.stmts.expired.all(before) as Array<{ id: string }>).map((r) => r.id);
      for (const id of ids) this.stmts.purge.run(id);
      if (ids.length) this.wrote();
      return ids;
    })();
  }

  /** Delete a plan for good, in the library or in the trash (tests, tools; plan.delete trashes: trashPlan). */
  deletePlan(id: string): void {
    // Nodes, their departments and their FTS rows go by cascade + trigger.
    const { changes } = this.db.transaction(() => this.stmts.deletePlan.run(id))();
    if (changes === 0) throw notFound(id);
    this.wrote();
  }

  /** All lead and partner department names in the library, sorted. */
  departments(): string[] {
    return (this.stmts.departments.all() as Array<{ name: string }>).map((r) => r.name);
  }

  /**
   * Full-text search over node headings and bodies (./search.ts). Every term of the query must occur in a node
   * (substring semantics, after NFKC + lower case); ranked by bm25 with heading hits weighted above body hits.
   */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    return this.searcher.search(query, filters);
  }


  /** Settings: small JSON values by key (used by seeds, later by preferences). */
  getSetting<T>(key: string): T | undefined {
    const row = this.stmts.getSetting.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.stmts.setSetting.run(key, JSON.stringify(value));
  }

  countPlans(status: PlanStatus): number {
    return (this.stmts.countByStatus.get(status) as { n: number }).n;
  }

  close(): void {
    this.merger?.close();
    this.searchState?.close();
    if (this.db.open) this.db.close();
    if (this.readOnly) fs.rmSync(this.readOnly.copyDir, { recursive: true, force: true });
  }
}

/**
 * Statements prepared when first used, each once: `stmts.getPlan` prepares its SQL on the first access and keeps
 * the statement. Preparing all ~20 of the library's and the search's ~20 (with its temp tables) at open was most of
 * opening the library for a command that reads two plans.
 */
function lazyStatements<K extends string>(db: Database.Database, sql: Record<K, string>): Record<K, Database.Statement> {
  const out = {} as Record<K, Database.Statement>;
  for (const key of Object.keys(sql) as K[]) {
    Object.defineProperty(out, key, {
      configurable: true,
      enumerable: true,
      get() {
        const stmt = db.prepare(sql[key]);
        Object.defineProperty(out, key, { value: stmt, enumerable: true });
        return stmt;
      },
    });
  }
  return out;
}

/** A save based on an older revision than the stored one (the PostgreSQL store answers with the same error). */
export function conflict(id: string, baseRevision: number, revision: number): AppError {
  return new AppError(
    'conflict',
    `规划 ${id} 已被修改(当前版本 ${revision},本次保存基于版本 ${baseRevision}),请重新载入后再保存。`,
    { id, baseRevision, revision, en: `Plan ${id} changed since revision ${baseRevision}; the stored revision is ${revision}. Reload and save again.` },
  );
}

/**
 * A plan that is not in the library. A plan read (getPlan, getStored, revisionOf, lockPlan) of one in the 回收站 says
 * so: `details.trashed: true` with its title and when it was deleted, on both stores, so that a client offers 恢复
 * without listing the trash. The office server passes that on only to those who may read the plan (server.ts,
 * hideTrashed); to the others it is a plain not-found.
 */
export function notFound(id: string, trashed?: { title: string; trashedAt: string }): AppError {
  if (trashed) {
    return new AppError('not-found', `规划《${trashed.title}》已移入回收站,恢复后才能打开`, {
      id,
      trashed: true,
      title: trashed.title,
      trashedAt: trashed.trashedAt,
      en: `Plan ${id} is in the trash; restore it to open it.`,
    });
  }
  return new AppError('not-found', `找不到规划 ${id}`, { id, en: `No plan with id ${id} in the library.` });
}

export interface OpenLibraryOptions extends OpenDatabaseOptions {
  dataDir: string;
  /** Whether a write call of the user is running now: the index's merge steps wait for it (./fts-merge.ts). */
  writeRunning?: () => boolean;
  /** Where a failed merge step of the index is logged (the core's logError); default: nowhere. */
  logError?: (message: string, error: unknown) => void;
  /**
   * false: no merge steps of the search index in this process (a one-shot command that does not write the index —
   * compare, export-docx — neither sets automerge nor runs a step at open; the next writer merges).
   */
  mergeIndex?: boolean;
}

/**
 * Open the library in `dataDir`. A folder this process cannot write (checked first, and recognised again from
 * SQLite's SQLITE_READONLY_* / SQLITE_CANTOPEN on open) gives a read-only Library over a private copy; a
 * read-only folder without a library gives AppError 'read-only'.
 */
export function openLibrary(opts: OpenLibraryOptions): Library {
  const { dataDir, writeRunning, logError, mergeIndex, ...dbOpts } = opts;
  const readOnly = (cause: string) => {
    const copy = openReadOnlyCopy(dataDir, dbOpts);
    if (!copy) throw readOnlyError(dataDir, cause);
    return new Library(copy.db, { dataDir, copyDir: copy.copyDir });
  };
  if (fs.existsSync(dataDir) && !isWritableDataDir(dataDir)) return readOnly('not writable');
  try {
    return new Library(openDatabase(dataDir, dbOpts), null, { writeRunning, logError, mergeIndex });
  } catch (e) {
    if (isReadOnlyError(e)) return readOnly(String((e as { code?: unknown }).code));
    throw e;
  }
}
