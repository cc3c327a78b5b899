/**
 * The library domain as an async repository (issue 18: one library for an office on a server, storage chosen at
 * start). Two implementations pass the same contract tests (tests/store/contract.test.ts):
 *
 *   SqliteStore (./sqlite.ts)  wraps the desktop's Library (electron/core/library.ts); nothing in it awaits I/O.
 *   PgStore     (./pg/store.ts) PostgreSQL through a node-postgres Pool; schema in ./pg/migrations.
 *
 * Semantics are the Library's, method by method (see its doc comments); where PostgreSQL cannot give the same
 * result the difference is stated here. The core reaches it as Db.plans (./db.ts).
 */
import type { PlanSummary, SearchHit, StoredPlan } from '../../shared/api/contract.js';
import type { PlanDoc, PlanStatus } from '../../shared/model/plan.js';
import type { SearchFilters } from '../core/library.js';

export type { PlanSummary, SearchHit, SearchFilters, StoredPlan };

export type StoreKind = 'sqlite' | 'postgres';

/** Filters of the library list (the renderer's list filters: district and period, plus status). */
export interface ListFilters {
  /** A district, any spelling of it (shared/text/district-key.ts: 南嶼縣 lists 南屿县's plans); null lists the plans without one. */
  district?: string | null;
  /** Exact period (the list groups plans by "start—end"); null lists the plans without one. */
  period?: { start: number; end: number } | null;
  status?: PlanStatus;
}

/** A plan in the trash: its summary and when it was deleted (ISO). */
export type TrashedPlan = PlanSummary & { trashedAt: string };

/** A plan found by a duplicate lookup (same source fingerprint, or holding the same nodes). */
export interface PlanRef {
  id: string;
  title: string;
  status: PlanStatus;
  sourceFileName: string | null;
  updatedAt: string;
}

/** What a write leaves: the plan's new revision and change time. */
export interface Saved {
  revision: number;
  updatedAt: string;
}

/** A new plan's rows as prepareAdd computed them, for insertPrepared of the same store. */
export interface PreparedPlan {
  readonly id: string;
  readonly store: StoreKind;
  /** The store's own rows. */
  readonly rows: unknown;
}

export interface PlanStore {
  readonly kind: StoreKind;

  /** Store a new plan (all or nothing); revision 1. `id` keeps a given id (a review package's plan). Returns the id. */
  addPlan(doc: PlanDoc, opts?: { status?: PlanStatus; id?: string }): Promise<string>;
  /**
   * addPlan in two parts, so that a large plan does not hold the host's event loop: prepareAdd computes the rows
   * (tokens, JSON columns) outside any transaction, calling `pause` (a turn of the event loop) between slices of
   * nodes; insertPrepared writes them — one transaction (all or nothing; inside the caller's, it joins it). Returns
   * the id, which prepareAdd already knows.
   */
  prepareAdd(doc: PlanDoc, opts: { status?: PlanStatus; id?: string }, pause: () => Promise<void>): Promise<PreparedPlan>;
  insertPrepared(plan: PreparedPlan): Promise<string>;
  /**
   * Replace a stored plan (metadata, report, node tree). Refused with AppError 'conflict' (details.revision = the
   * stored revision, details.baseRevision = the one sent) when `baseRevision` is not the stored revision; the check
   * and the write are one transaction, so of two writers starting from the same revision exactly one wins.
   * 'not-found' for an unknown id.
   */
  replacePlan(id: string, doc: PlanDoc, opts: { baseRevision: number }): Promise<Saved>;
  /** Change a plan's status (column, meta.status, search filters); bumps the revision. */
  setStatus(id: string, status: PlanStatus): Promise<Saved>;
  /** The plan as stored ('not-found' otherwise): equal to what was stored, apart from `id`. */
  getPlan(id: string): Promise<PlanDoc>;
  /**
   * The plan with its id and revision from one snapshot (what plan.get answers): a save in between cannot pair the
   * old text with the new revision.
   */
  getStored(id: string): Promise<StoredPlan>;
  /** The stored revision: 1 when added, +1 per replacePlan / setStatus. */
  revisionOf(id: string): Promise<number>;
  hasPlan(id: string): Promise<boolean>;
  /**
   * Delete a plan for good, with its nodes and index rows and everything that refers to it (versions, reviews …),
   * in the library or in the trash; 'not-found' for an unknown id. plan.delete does not: it trashes (trashPlan).
   */
  deletePlan(id: string): Promise<void>;

  /**
   * The 回收站: move a plan there (plan.delete). A trashed plan keeps every row (nodes, versions, history, reviews,
   * tokens, vectors, owner, shares) but is out of the library: getPlan, getStored, revisionOf, hasPlan answer as for
   * an unknown id, and listPlans, countPlans, departments, search and the duplicate lookups leave it out. 'not-found'
   * for an unknown or already trashed id. `at`: the time (ISO), default now.
   */
  trashPlan(id: string, at?: string): Promise<void>;
  /** Back into the library as it was; 'not-found' when the plan is not in the trash. */
  restorePlan(id: string): Promise<void>;
  /** Delete a trashed plan for good; 'not-found' when the plan is not in the trash. */
  purgePlan(id: string): Promise<void>;
  /** The trashed plans, most recently deleted first. */
  listTrash(): Promise<TrashedPlan[]>;
  /** Delete for good the plans trashed before `before` (ISO); their ids. */
  purgeTrashedBefore(before: string): Promise<string[]>;

  /** The library list, oldest first (the order plans were added), filtered. */
  listPlans(filters?: ListFilters): Promise<PlanSummary[]>;
  countPlans(status: PlanStatus): Promise<number>;
  /** All lead and partner department names, sorted (by code point, as SQLite's BINARY collation). */
  departments(): Promise<string[]>;

  /**
   * Full-text search, Library.search's semantics: every term of the query (runs of letters and digits after NFKC
   * and lower case, textindex.ts) is a substring of the node's heading or body; the filters (district, period
   * overlap, kind, department, status, planId) as in the library; a long Chinese run that finds nothing is cut into
   * words and searched again; no query but a department lists that department's nodes in plan order.
   *
   * Order, the same in both stores: heading hits first (ranked by how much of the heading the terms cover, then
   * newest first), then the other hits by FTS5's bm25 (SQLite computes it, PgStore computes it from the same
   * statistics: pg/search.ts), then newest first; the same candidate caps (library.ts).
   */
  search(query: string, filters?: SearchFilters): Promise<SearchHit[]>;

  /** Plans imported from the same document (meta.source.textSha256, or the file's sha256): newest change first, ≤ 20. */
  plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): Promise<PlanRef[]>;
  /** Plans holding these nodes (same id, heading and body; the first three distinct ids): newest change first, ≤ 20. */
  plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): Promise<PlanRef[]>;

  /** Small JSON settings by key. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;

  close(): Promise<void>;
}
