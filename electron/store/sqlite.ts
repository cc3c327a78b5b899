/**
 * SQLite storage: SqliteStore (the PlanStore over the desktop's Library, better-sqlite3, synchronous) and SqliteDb
 * (./db.ts: the plans plus the other tables, with ambient transactions). Every method runs the Library's or the
 * statement's synchronous call and resolves with its result; errors (AppError 'conflict', 'not-found' …) become
 * rejections.
 *
 * One connection serves the whole process, so a transaction that awaits (db.transaction(async …)) must keep every
 * other caller out until it ends — else their statements would land inside it and be rolled back with it. The Gate
 * does that: a transaction holds it; a call from outside waits for it; a call from inside (AsyncLocalStorage) runs.
 * The core's transactions wait for no I/O of their own (no worker thread, file or network inside them), so on SQLite
 * each one ends before the event loop turns and the gate is seldom waited on; it is what keeps that true if one ever
 * does wait.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { PlanDoc, PlanStatus } from '../../shared/model/plan.js';
import { openLibrary, planToAdd, type Library, type OpenLibraryOptions, type PlanToAdd, type SearchFilters } from '../core/library.js';
import { listFilter } from './common.js';
import type { Db, Sql } from './db.js';
import type { ListFilters, PlanRef, PlanStore, PlanSummary, PreparedPlan, Saved, SearchHit, StoredPlan, TrashedPlan } from './types.js';

/** One transaction at a time on the connection; calls outside it wait, calls inside it run. */
export class Gate {
  private held = false;
  private released: Promise<void> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<true>();

  /** A synchronous call: runs once no transaction of another caller is open. */
  async op<T>(fn: () => T): Promise<T> {
    if (!this.inside.getStore()) while (this.held) await this.released;
    return fn();
  }

  /** Synchronous fn alone on the connection, outside any transaction of this gate's. */
  async exclusive<T>(fn: () => T): Promise<T> {
    return this.transaction({ begin() {}, commit() {}, rollback() {} }, async () => fn());
  }

  /** fn alone on the connection, between begin and commit (rollback when it throws). */
  async transaction<T>(tx: { begin(): void; commit(): void; rollback(): void }, fn: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return fn();
    while (this.held) await this.released;
    this.held = true;
    let release!: () => void;
    this.released = new Promise((r) => (release = r));
    try {
      return await this.inside.run(true, async () => {
        tx.begin();
        try {
          const out = await fn();
          tx.commit();
          return out;
        } catch (e) {
          tx.rollback();
          throw e;
        }
      });
    } finally {
      this.held = false;
      release();
    }
  }
}

export class SqliteStore implements PlanStore {
  readonly kind = 'sqlite' as const;

  /** Wraps a library the caller owns (close() closes it). */
  constructor(
    readonly lib: Library,
    private readonly gate: Gate = new Gate(),
  ) {}

  static open(opts: OpenLibraryOptions): SqliteStore {
    return new SqliteStore(openLibrary(opts));
  }

  private op<T>(fn: (lib: Library) => T): Promise<T> {
    return this.gate.op(() => fn(this.lib));
  }

  addPlan(doc: PlanDoc, opts: { status?: PlanStatus; id?: string } = {}): Promise<string> {
    return this.op((l) => l.addPlan(doc, opts));
  }

  async prepareAdd(doc: PlanDoc, opts: { status?: PlanStatus; id?: string }, pause: () => Promise<void>): Promise<PreparedPlan> {
    const rows = await planToAdd(doc, opts, pause);
    return { id: rows.id, store: 'sqlite', rows };
  }

  insertPrepared(plan: PreparedPlan): Promise<string> {
    if (plan.store !== 'sqlite') throw new Error('insertPrepared: rows of another store');
    return this.op((l) => l.insertPlanToAdd(plan.rows as PlanToAdd));
  }

  replacePlan(id: string, doc: PlanDoc, opts: { baseRevision: number }): Promise<Saved> {
    return this.op((l) => l.replacePlan(id, doc, { baseRevision: opts.baseRevision }));
  }

  setStatus(id: string, status: PlanStatus): Promise<Saved> {
    return this.op((l) => l.setStatus(id, status));
  }

  getPlan(id: string): Promise<PlanDoc> {
    return this.op((l) => l.getPlan(id));
  }

  getStored(id: string): Promise<StoredPlan> {
    return this.op((l) => l.db.transaction(() => ({ ...l.getPlan(id), id, revision: l.revisionOf(id) }))());
  }

  revisionOf(id: string): Promise<number> {
    return this.op((l) => l.revisionOf(id));
  }

  hasPlan(id: string): Promise<boolean> {
    return this.op((l) => l.hasPlan(id));
  }

  deletePlan(id: string): Promise<void> {
    return this.op((l) => l.deletePlan(id));
  }

  trashPlan(id: string, at?: string): Promise<void> {
    return this.op((l) => l.trashPlan(id, at));
  }

  restorePlan(id: string): Promise<void> {
    return this.op((l) => l.restorePlan(id));
  }

  purgePlan(id: string): Promise<void> {
    return this.op((l) => l.purgePlan(id));
  }

  listTrash(): Promise<TrashedPlan[]> {
    return this.op((l) => l.listTrash());
  }

  purgeTrashedBefore(before: string): Promise<string[]> {
    return this.op((l) => l.purgeTrashedBefore(before));
  }

  listPlans(filters: ListFilters = {}): Promise<PlanSummary[]> {
    return this.op((l) => l.listPlans().filter(listFilter(filters)));
  }

  countPlans(status: PlanStatus): Promise<number> {
    return this.op((l) => l.countPlans(status));
  }

  departments(): Promise<string[]> {
    return this.op((l) => l.departments());
  }

  search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return this.op((l) => l.search(query, filters));
  }

  plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): Promise<PlanRef[]> {
    return this.op((l) => l.plansFromSameSource(source));
  }

  plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): Promise<PlanRef[]> {
    return this.op((l) => l.plansHoldingNodes(nodes));
  }

  getSetting<T>(key: string): Promise<T | undefined> {
    return this.op((l) => l.getSetting<T>(key));
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.op((l) => l.setSetting(key, value));
  }

  async close(): Promise<void> {
    this.lib.close();
  }
}

/** Statements by text, prepared once per connection. */
class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly gate: Gate,
  ) {}

  private prepared(text: string): Database.Statement {
    let s = this.statements.get(text);
    if (!s) {
      s = this.db.prepare(text);
      this.statements.set(text, s);
    }
    return s;
  }

  all<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.gate.op(() => this.prepared(text).all(...params) as T[]);
  }

  get<T>(text: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return this.gate.op(() => this.prepared(text).get(...params) as T | undefined);
  }

  run(text: string, params: readonly unknown[] = []): Promise<number> {
    return this.gate.op(() => this.prepared(text).run(...params).changes);
  }
}

/** The desktop's library as the core's storage. */
export class SqliteDb implements Db {
  readonly kind = 'sqlite' as const;
  readonly channel = null;
  readonly plans: SqliteStore;
  readonly sql: Sql;
  private readonly gate = new Gate();

  constructor(readonly library: Library) {
    this.plans = new SqliteStore(library, this.gate);
    this.sql = new SqliteSql(library.db, this.gate);
  }

  get readOnly(): boolean {
    return this.library.readOnly !== null;
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    const db = this.library.db;
    return this.gate.transaction(
      {
        // a read-only library cannot take the write lock; its transactions only read
        begin: () => db.exec(this.readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE'),
        commit: () => db.exec('COMMIT'),
        rollback: () => {
          if (db.inTransaction) db.exec('ROLLBACK');
        },
      },
      fn,
    );
  }

  async lockPlan(id: string): Promise<void> {
    await this.plans.revisionOf(id); // BEGIN IMMEDIATE holds the file's write lock; this only checks the plan
  }

  exclusive<T>(fn: () => T): Promise<T> {
    return this.gate.exclusive(fn);
  }

  async close(): Promise<void> {
    this.library.close();
  }
}
