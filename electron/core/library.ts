/**
 * The local plan library: plans and their node trees in SQLite, with Chinese full-text
 * search (see ./textindex.ts for the index design; the search itself in ./search.ts, rows in ./library-rows.ts). Plain Node, never imports 'electron'.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { PlanSummary, SearchFilters as SearchFiltersSchema, SearchHit } from '../../shared/api/contract.js';
import { AppError } from '../../shared/errors.js';
import type { PlanDoc, PlanStatus } from '../../shared/model/plan.js';
import fs from 'node:fs';
import { isReadOnlyError, isWritableDataDir, openDatabase, openReadOnlyCopy, readOnlyError, type OpenDatabaseOptions } from './db.js';
import {
  facetText,
  newPlanId,
  nodeRowValues,
  planColumns,
  planFromRows,
  prepareNodes,
  summaryFromRow,
  type NodeRow,
  type PlanFacets,
  type PlanRow,
  type PreparedNode,
} from './library-rows.js';
import { plansFromSameSource, plansHoldingNodes, type SamePlan } from './library-sources.js';
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
  private searchState: LibrarySearch | null = null;
  private get searcher(): LibrarySearch {
    return (this.searchState ??= new LibrarySearch(this.db));
  }

  constructor(db: Database.Database, readOnly: { dataDir: string; copyDir: string } | null = null) {
    this.db = db;
    this.readOnly = readOnly;
    // A library of a schema before 013 (the migration tests open one with the code of today) has no trash: every
    // plan is in the library
    const hasTrash = db.prepare(`SELECT 1 FROM pragma_table_info('plans') WHERE name = 'trashed_at'`).get() !== undefined;
    const live = (alias = '') => (hasTrash ? `${alias}trashed_at IS NULL` : '1');
    this.live = live;
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
      deleteNodes: `DELETE FROM nodes WHERE plan_id = ?`,
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
    const id = opts.id ?? newPlanId();
    const now = new Date().toISOString();
    const meta = { ...doc.meta, status: opts.status ?? doc.meta.status };
    // Tokenize before opening the transaction: keeps the write lock short.
    const prepared = prepareNodes(doc.nodes, { id, status: meta.status, district: meta.district, period: meta.period });

    this.db.transaction(() => {
      this.stmts.insertPlan.run({ id, ...planColumns(doc, meta), created_at: now, updated_at: now });
      this.insertNodes(id, prepared);
    }).immediate();
    return id;
  }

  /**
   * Replace a stored plan's metadata, report and node tree (autosave). One immediate
   * transaction: the revision check and the write cannot interleave with another writer.
   * Refused with AppError 'conflict' (details.revision = the stored one) when
   * `baseRevision` is not the stored revision. `created_at` is kept; the search index
   * rows of the plan are rebuilt. Inside a transaction of the caller's (the core's Db.transaction: the save, its
   * snapshot and its history entry together) this one is a savepoint of it.
   */
  replacePlan(
    id: string,
    doc: PlanDoc,
    opts: { baseRevision: number },
  ): { revision: number; updatedAt: string } {
    const meta = doc.meta;
    const prepared = prepareNodes(doc.nodes, { id, status: meta.status, district: meta.district, period: meta.period });
    return this.db
      .transaction(() => {
        const current = this.revisionOf(id);
        if (current !== opts.baseRevision) throw conflict(id, opts.baseRevision, current);
        const updatedAt = new Date().toISOString();
        // Nodes go with their departments (cascade) and index rows (trigger).
        this.stmts.deleteNodes.run(id);
        this.stmts.updatePlan.run({ id, ...planColumns(doc, meta), updated_at: updatedAt });
        this.insertNodes(id, prepared);
        return { revision: current + 1, updatedAt };
      })
      .immediate();
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
    if (!row) throw notFound(id);
    return row.revision;
  }

  private insertNodes(planId: string, prepared: PreparedNode[]): void {
    prepared.forEach((p, seq) => {
      const n = p.node;
      const { lastInsertRowid } = this.stmts.insertNode.run(nodeRowValues(planId, p, seq));
      this.stmts.insertFts.run(lastInsertRowid, p.h, p.b, p.f);
      for (const name of n.lead) if (name.trim()) this.stmts.insertDept.run(name, lastInsertRowid, 'lead');
      for (const name of n.partners) if (name.trim()) this.stmts.insertDept.run(name, lastInsertRowid, 'partner');
    });
  }

  /** The plan as stored; equals what was added apart from `id`. */
  getPlan(id: string): PlanDoc {
    // The plan row and its nodes from one snapshot: another process's save in between cannot tear the result.
    return this.db.transaction(() => this.readPlan(id))();
  }

  private readPlan(id: string): PlanDoc {
    const row = this.stmts.getPlan.get(id) as PlanRow | undefined;
    if (!row) throw notFound(id);
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
      return ids;
    })();
  }

  /** Delete a plan for good, in the library or in the trash (tests, tools; plan.delete trashes: trashPlan). */
  deletePlan(id: string): void {
    // Nodes, their departments and their FTS rows go by cascade + trigger.
    const { changes } = this.db.transaction(() => this.stmts.deletePlan.run(id))();
    if (changes === 0) throw notFound(id);
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

export function notFound(id: string): AppError {
  return new AppError('not-found', `找不到规划 ${id}`, { id, en: `No plan with id ${id} in the library.` });
}

export interface OpenLibraryOptions extends OpenDatabaseOptions {
  dataDir: string;
}

/**
 * Open the library in `dataDir`. A folder this process cannot write (checked first, and recognised again from
 * SQLite's SQLITE_READONLY_* / SQLITE_CANTOPEN on open) gives a read-only Library over a private copy; a
 * read-only folder without a library gives AppError 'read-only'.
 */
export function openLibrary(opts: OpenLibraryOptions): Library {
  const { dataDir, ...dbOpts } = opts;
  const readOnly = (cause: string) => {
    const copy = openReadOnlyCopy(dataDir, dbOpts);
    if (!copy) throw readOnlyError(dataDir, cause);
    return new Library(copy.db, { dataDir, copyDir: copy.copyDir });
  };
  if (fs.existsSync(dataDir) && !isWritableDataDir(dataDir)) return readOnly('not writable');
  try {
    return new Library(openDatabase(dataDir, dbOpts));
  } catch (e) {
    if (isReadOnlyError(e)) return readOnly(String((e as { code?: unknown }).code));
    throw e;
  }
}
