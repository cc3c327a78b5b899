/**
 * The storage the core works on (issue 18: one library for an office, storage chosen at start): the plans (a
 * PlanStore, ./types.ts) and the other tables (versions, comparisons, review, accounts, audit) through one small
 * SQL interface, with transactions that take everything inside them along.
 *
 *   SqliteDb (./sqlite.ts)   the desktop's library file (better-sqlite3), also the default of the office server
 *   PgDb     (./pg/db.ts)    PostgreSQL through node-postgres (`plan-workbench serve --db postgres://…`)
 *
 * Transactions are ambient: `db.transaction(fn)` runs fn on one connection in one transaction, and every call of
 * the same Db made inside fn (through its `plans` or `sql`, however deep, carried by Node's AsyncLocalStorage
 * across awaits) joins it; a transaction inside a transaction is the outer one. So the repositories (versions.ts,
 * review/*, compare-store.ts, server/accounts.ts …) are written once for both engines and know nothing of
 * connections. SQL is written in the subset both engines share, with `?` placeholders; the few differences are
 * `dialect` branches next to the statement.
 */
import type { Library } from '../core/library.js';
import type { PlanStore, StoreKind } from './types.js';

export type Row = Record<string, unknown>;

export interface Sql {
  readonly dialect: StoreKind;
  all<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(text: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** A statement that returns no rows; resolves with the number of rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
}

export interface Db {
  readonly kind: StoreKind;
  readonly plans: PlanStore;
  readonly sql: Sql;
  /**
   * Run fn in one transaction: all or nothing. Calls of this Db inside fn join it; inside another transaction fn
   * simply runs in that one. SQLite: BEGIN IMMEDIATE, other calls of this process wait until it ends.
   * PostgreSQL: one pooled connection, READ COMMITTED; use lockPlan to serialise writers of one plan.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: writers of this plan wait for it to end (numbering per plan — versions, history, rounds —
   * reads the largest number and writes the next). PostgreSQL locks the plan's row; SQLite's write lock already
   * covers the whole file. 'not-found' when the plan does not exist.
   */
  lockPlan(id: string): Promise<void>;
  /**
   * Run synchronous work of the SQLite connection's own (library.db: ATTACH, a backup's copy) alone on it: no
   * transaction of another caller is open meanwhile. PostgreSQL: runs fn.
   */
  exclusive<T>(fn: () => T): Promise<T>;
  /** The desktop's library (SQLite only: backups, the read-only copy, the CLI's direct reads); null on PostgreSQL. */
  readonly library: Library | null;
  /** Writes are refused (a data folder that cannot be written). */
  readonly readOnly: boolean;
  /**
   * Messages between the processes that share this database (PostgreSQL LISTEN/NOTIFY: the office server's live
   * events, electron/server/bus.ts); null on SQLite (one process has the library).
   */
  readonly channel: Channel | null;
  close(): Promise<void>;
}

/** A broadcast among the processes on one database: every listener of `name` (the sender's own included) gets each payload. */
export interface Channel {
  /** Send one payload (at most 7,999 bytes: PostgreSQL's limit) to every listener of `name`. */
  notify(name: string, payload: string): Promise<void>;
  /**
   * Listen on a connection of its own. `lost`: that connection failed or ended (payloads sent meanwhile are not
   * received; listen again). close(): stop listening and close the connection.
   */
  listen(name: string, on: { message(payload: string): void; lost(e: unknown): void }): Promise<{ close(): Promise<void> }>;
}

/** `?` placeholders → PostgreSQL's $1, $2 … (the statements of this app hold no `?` in literals). */
export function pgPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}
