/**
 * The core: one handler per API method (shared/api/contract.ts), over the storage (electron/store/db.ts): the SQLite
 * library of a data folder, or PostgreSQL for the office server.
 * Plain Node, never imports 'electron'. Every host (Electron IPC, the HTTP bridge, the CLI)
 * goes through `call` (./dispatch.ts: the only boundary that validates input, and the error mapping).
 *
 * Handlers that write do so in one transaction (Db.transaction), so a call that fails leaves
 * the library as it was.
 */
import type { Envelope, Handlers, MethodName, Output, RecoveryState } from '../../shared/api/contract.js';
import type { BackupScheduler, BackupSettings } from './backup.js';
import { makeCall } from './dispatch.js';
import type { ExportPoolOptions, ImportStats } from './isolated-import.js';
import { Lifecycle } from './lifecycle.js';
import type { Library } from './library.js';
import type { Db } from '../store/db.js';
import type { EnsureSeedsResult } from './seeds.js';

export interface CoreOptions {
  /** Library folder (created when missing). */
  dataDir: string;
  /**
   * A PostgreSQL address (postgres://…): the library lives there instead of the folder's SQLite file (the office
   * server, `plan-workbench serve --db`). No backups or recovery mode of the app's own then.
   */
  postgres?: string;
  /** Reference plans imported once per library on start (seeds/*.txt); null to skip. */
  seedsDir: string | null;
  /** Which host runs the core: 'electron', 'web', 'cli', 'test' … (reported by app.info). */
  host: string;
  /** Unexpected errors (code 'internal') are reported here; default: console.error. */
  logError?: (message: string, error: unknown) => void;
  /** better-sqlite3 native binding to load (the Electron build); default: the Node build. */
  nativeBinding?: string;
  /** Backups (./backup.ts): schedule (off unless set: the desktop app and browser mode turn it on), interval, retention. */
  backups?: Partial<BackupSettings>;
  /**
   * A damaged library file at start: false (default) → createCore throws AppError 'db-corrupt' (details list the
   * backups); true → the core starts in recovery mode: app.info reports `recovery`, backup.list and backup.restore
   * work, every other method answers 'db-corrupt'. The desktop app and browser mode use true, the CLI false.
   */
  recovery?: boolean;
  /** Clock for backups (tests). */
  now?: () => Date;
  /**
   * Entry of the import worker (plan.importPreview runs the importer in a worker thread): the built app
   * passes its bundled chunk; default: electron/core/import-worker-boot.mjs (runs the source through tsx).
   */
  importWorker?: string | URL;
  /** Override the import limits (tests); default LIMITS.importTimeoutMs / LIMITS.importMemoryMb. */
  importLimits?: { timeoutMs?: number; memoryMb?: number };
  /** Told the time and worker memory of every plan.importPreview (tests, benchmarks). */
  onImportStats?: (stats: ImportStats & { fileName: string }) => void;
  /**
   * Warm workers for the Word export (./worker-pool.ts, made by exportPool() in ./isolated-import.ts): `size` most at
   * once (more exports wait their turn), `warm` started with the core, `idleMs` before an extra one stops. Default:
   * host 'server' min(2, cores), all started with the core; other hosts 1, started by the first export, stopped
   * after 5 idle minutes. `{ size: 0 }`: a fresh worker per export (as before the pool). close() stops them.
   */
  exportWorkers?: ExportPoolOptions;
}

export interface Core {
  /** The handlers of the library open now (they change after a restore). */
  readonly handlers: Handlers;
  /** Validate, run, and wrap in an Envelope. Never throws. */
  call<K extends MethodName>(method: K | (string & {}), rawInput: unknown): Promise<Envelope<Output<K>>>;
  close(): void;
  /** For tests and maintenance tools; hosts use `call`. Throws 'db-corrupt' in recovery mode, 'unsupported' on PostgreSQL. */
  readonly library: Library;
  /** The storage (SQLite or PostgreSQL) for the office server's accounts and access rules; 'db-corrupt' in recovery mode. */
  readonly db: Db;
  /** What ensureSeeds did on this start. */
  readonly seeds: EnsureSeedsResult;
  /** Non-null while the core runs in recovery mode (damaged library file). */
  readonly recovery: RecoveryState | null;
  /** The automatic backup schedule (tests call tick() with an injected clock). */
  readonly backups: BackupScheduler;
}

export { COPY_SUFFIX } from './handlers/plan.js';
export { COMPARE_IN_WORKER_NODES } from './handlers/compare.js';
export { MAX_INPUT_DEPTH, WRITE_METHODS } from './dispatch.js';

export async function createCore(opts: CoreOptions): Promise<Core> {
  const life = await Lifecycle.start(opts);
  const call = makeCall(life, opts.dataDir, life.logError);
  return {
    get handlers() {
      return life.handlers;
    },
    call: call as Core['call'],
    close: () => life.close(),
    get library() {
      return life.current();
    },
    get db() {
      if (!life.db) throw life.corruptNow();
      return life.db;
    },
    seeds: life.seeds,
    get recovery() {
      return life.recoveryState();
    },
    backups: life.scheduler,
  };
}
