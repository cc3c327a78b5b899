/**
 * The core: one handler per API method (shared/api/contract.ts), over the SQLite library.
 * Plain Node, never imports 'electron'. Every host (Electron IPC, the HTTP bridge, the CLI)
 * goes through `call` (./dispatch.ts: the only boundary that validates input, and the error mapping).
 *
 * Handlers that write do so in one transaction (see library.ts), so a call that fails leaves
 * the library as it was.
 */
import { AppError } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import { PLAN_STATUSES } from '../../shared/model/plan.js';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { METHOD_NAMES, type BackupSummary, type Envelope, type Handlers, type MethodName, type Output, type RecoveryState } from '../../shared/api/contract.js';
import {
  BackupScheduler,
  countPlansIn,
  createBackup,
  DEFAULT_BACKUP_SETTINGS,
  findBackup,
  listBackups,
  pruneBackups,
  validateBackup,
  type BackupInfo,
  type BackupSettings,
} from './backup.js';
import { DB_FILE_NAME, LATEST_VERSION, storageError } from './db.js';
import { makeCall } from './dispatch.js';
import { handlersOf } from './handlers/index.js';
import { newWorkerJobs } from './handlers/context.js';
import { openLibrary, type Library } from './library.js';
import type { ImportStats } from './isolated-import.js';
import { ensureSeeds, type EnsureSeedsResult } from './seeds.js';
import pkg from '../../package.json' with { type: 'json' };

export interface CoreOptions {
  /** Library folder (created when missing). */
  dataDir: string;
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
}

export interface Core {
  /** The handlers of the library open now (they change after a restore). */
  readonly handlers: Handlers;
  /** Validate, run, and wrap in an Envelope. Never throws. */
  call<K extends MethodName>(method: K | (string & {}), rawInput: unknown): Promise<Envelope<Output<K>>>;
  close(): void;
  /** For tests and maintenance tools; hosts use `call`. Throws 'db-corrupt' in recovery mode. */
  readonly library: Library;
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
  const logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const now = opts.now ?? (() => new Date());
  const settings: BackupSettings = { ...DEFAULT_BACKUP_SETTINGS, ...opts.backups };
  const dbOpts = { dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, now };
  let lib: Library | null = null;
  let corrupt: AppError | null = null;
  try {
    lib = openLibrary(dbOpts);
  } catch (e) {
    if (!(opts.recovery && e instanceof AppError && e.code === 'db-corrupt')) throw storageError(e, opts.dataDir) ?? e;
    corrupt = e;
    logError('[core] the library file is damaged; starting in recovery mode:', e.message);
  }
  if (lib?.readOnly) logError('[core] warning: the data folder cannot be written; the library is open read-only:', opts.dataDir);
  let seeds: EnsureSeedsResult = { imported: [], skipped: [], changed: [], failed: [] };
  if (lib && !lib.readOnly && opts.seedsDir) {
    try {
      seeds = await ensureSeeds(lib, opts.seedsDir, importFile);
    } catch (e) {
      const s = storageError(e, opts.dataDir);
      if (s) {
        // A full disk must not keep the user out of the library: the seeds not stored are tried again next start.
        logError(`[core] warning: reference plans not stored (${s.code}); they are tried again on the next start`, s.message);
      } else {
        lib.close();
        throw e;
      }
    }
  }
  for (const f of seeds.failed) logError(`[core] seed ${f.fileName} was not imported: ${f.error.code}`, f.error.message);

  const imports = newWorkerJobs();
  let closed = false;
  /** Set while a restore swaps the library: other calls answer 'busy'. */
  let restoring = false;

  const currentLib = (): Library => {
    if (!lib) throw corruptNow();
    return lib;
  };
  const corruptNow = (): AppError =>
    corrupt ?? new AppError('db-corrupt', '资料库未打开', { en: 'The library is not open.' });

  const recoveryState = (): RecoveryState | null => {
    if (!corrupt) return null;
    const latest = listBackups(opts.dataDir)[0];
    return {
      code: 'db-corrupt',
      message: corrupt.message,
      file: path.join(opts.dataDir, DB_FILE_NAME),
      latestBackup: latest ? summary(latest) : null,
    };
  };

  const scheduler = new BackupScheduler({
    dataDir: opts.dataDir,
    settings,
    now,
    backup: () => createBackup(currentLib().db, opts.dataDir, 'auto', now()),
    onError: (e) => logError('[core] automatic backup failed:', e),
  });

  const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'app.info'> = {
    'app.info': async () => {
      const recovery = recoveryState();
      return {
        version: pkg.version,
        dataDir: opts.dataDir,
        plans: lib ? PLAN_STATUSES.reduce((n, s) => n + lib!.countPlans(s), 0) : 0,
        host: opts.host,
        ...(recovery ? { recovery } : {}),
        ...(lib?.readOnly ? { readOnly: true } : {}),
      };
    },
    'backup.list': async () => listBackups(opts.dataDir).map(summary),
    'backup.create': async () => {
      await scheduler.idle();
      const made = await createBackup(currentLib().db, opts.dataDir, 'manual', now());
      pruneBackups(opts.dataDir, settings, now());
      return summary(made);
    },
    'backup.restore': async ({ name }) => {
      const chosen = findBackup(opts.dataDir, name);
      validateBackup(chosen.file, LATEST_VERSION);
      restoring = true;
      try {
        await scheduler.idle();
        let safetyBackup: string | null = null;
        let movedAside: string[] = [];
        if (lib) {
          safetyBackup = (await createBackup(lib.db, opts.dataDir, 'pre-restore', now())).name;
          lib.close();
          lib = null;
          // SQLite's backup API copies the pages into the library file under its own locks (a second process
          // that has the library open sees the restored content), the journal keeps it crash-safe.
          const src = new Database(chosen.file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
          try {
            await src.backup(path.join(opts.dataDir, DB_FILE_NAME));
          } finally {
            src.close();
          }
        } else {
          movedAside = replaceCorruptFile(opts.dataDir, chosen.file, now());
        }
        lib = openLibrary(dbOpts);
        corrupt = null;
        handlers = allHandlers(lib);
        if (settings.schedule) scheduler.start(); // a core that started in recovery mode had none
        return { restored: chosen.name, safetyBackup, movedAside, plans: PLAN_STATUSES.reduce((n, s) => n + lib!.countPlans(s), 0) };
      } catch (e) {
        if (!lib && !corrupt) {
          // The old library was closed and could not be reopened: keep answering, as in recovery mode.
          try {
            lib = openLibrary(dbOpts);
            handlers = allHandlers(lib);
          } catch (e2) {
            corrupt = e2 instanceof AppError ? e2 : new AppError('db-corrupt', `资料库无法重新打开:${String((e2 as Error)?.message ?? e2)}`, { en: 'The library could not be reopened.' });
            handlers = recoveryHandlers();
          }
        }
        throw e;
      } finally {
        restoring = false;
      }
    },
  };

  const allHandlers = (l: Library): Handlers => ({ ...handlersOf(l, { opts, logError, now, jobs: imports }), ...backupHandlers });
  const recoveryHandlers = (): Handlers => {
    const refuse = async () => {
      throw corruptNow();
    };
    const h = Object.fromEntries(METHOD_NAMES.map((m) => [m, refuse])) as unknown as Handlers;
    return { ...h, ...backupHandlers };
  };
  let handlers: Handlers = lib ? allHandlers(lib) : recoveryHandlers();

  if (lib && !lib.readOnly && settings.schedule) scheduler.start();

  const call = makeCall(
    {
      get closed() {
        return closed;
      },
      get restoring() {
        return restoring;
      },
      get library() {
        return lib;
      },
      corruptNow,
      get handlers() {
        return handlers;
      },
    },
    opts.dataDir,
    logError,
  );

  return {
    get handlers() {
      return handlers;
    },
    call: call as Core['call'],
    close() {
      closed = true;
      for (const job of imports.running) job.abort(); // their workers are terminated
      scheduler.stop();
      lib?.close();
      lib = null;
    },
    get library() {
      return currentLib();
    },
    seeds,
    get recovery() {
      return recoveryState();
    },
    backups: scheduler,
  };
}

/** A backup as the API lists it (with its number of plans, read from the file). */
function summary(b: BackupInfo): BackupSummary {
  return { name: b.name, createdAt: b.createdAt, kind: b.kind, schemaVersion: b.schemaVersion, bytes: b.bytes, plans: countPlansIn(b.file) };
}

/**
 * Recovery: move the damaged library file (and its -wal/-shm, which belong to it and must not be replayed onto the
 * restored file) aside as library.sqlite.corrupt-<time>[-wal|-shm] — never deleted — and put a copy of the backup in
 * its place (written to a temporary name, fsync'ed, renamed). Returns the names moved aside.
 */
function replaceCorruptFile(dataDir: string, backupFile: string, when: Date): string[] {
  const file = path.join(dataDir, DB_FILE_NAME);
  const tag = when.toISOString().replace(/[-:.]/g, '');
  const moved: string[] = [];
  const tmp = path.join(dataDir, `.${DB_FILE_NAME}.restoring`);
  fs.copyFileSync(backupFile, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of ['', '-wal', '-shm']) {
    const from = file + suffix;
    if (!fs.existsSync(from)) continue;
    let to = `${file}.corrupt-${tag}${suffix}`;
    for (let i = 2; fs.existsSync(to); i++) to = `${file}.corrupt-${tag}-${i}${suffix}`;
    fs.renameSync(from, to);
    moved.push(path.basename(to));
  }
  fs.renameSync(tmp, file);
  return moved;
}
