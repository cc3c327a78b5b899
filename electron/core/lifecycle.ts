/**
 * The life of a core: start-up (open the library, import the reference plans, start the backup schedule),
 * recovery mode (the library file is damaged: only app.info, backup.list and backup.restore work), the hot swap
 * of the library after backup.restore (the handlers are built again over the restored file), and close.
 * ../core.ts wires it to dispatch; what it holds is what dispatch asks at each call (DispatchTarget).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Handlers, RecoveryState } from '../../shared/api/contract.js';
import { AppError } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import { PLAN_STATUSES } from '../../shared/model/plan.js';
import {
  BackupScheduler,
  createBackup,
  DEFAULT_BACKUP_SETTINGS,
  findBackup,
  listBackups,
  validateBackupChecked,
  type BackupSettings,
  type FileChecker,
} from './backup.js';
import type { CoreOptions } from './core.js';
import { DB_FILE_NAME, LATEST_VERSION, storageError } from './db.js';
import type { DispatchTarget, LogError } from './dispatch.js';
import { backupSummary } from './handlers/backup.js';
import { TRASH_RESTORED_KEY } from './handlers/plan.js';
import { newWorkerJobs, type WorkerJobs } from './handlers/context.js';
import { afterCommit } from './after-commit.js';
import { composeHandlers } from './handlers/index.js';
import { exportPool, sqliteCheckIsolated } from './isolated-import.js';
import { openLibrary, type Library } from './library.js';
import { ensureSeeds, type EnsureSeedsResult } from './seeds.js';
import type { Db } from '../store/db.js';
import { SqliteDb } from '../store/sqlite.js';

export class Lifecycle implements DispatchTarget {
  /** The storage open now (SQLite or PostgreSQL); null in recovery mode (and while a restore swaps it). */
  db: Db | null = null;

  /** The SQLite library open now; null in recovery mode and on PostgreSQL. */
  get lib(): Library | null {
    return this.db?.library ?? null;
  }

  /** Why the library is not open (recovery mode). */
  corrupt: AppError | null = null;
  closed = false;
  /** Set while a restore swaps the library: other calls answer 'busy'. */
  restoring = false;
  /** Write calls running now (dispatch counts them); the library's index merging waits for them. */
  writing = 0;
  /** The handlers of the library open now (they change after a restore). */
  handlers!: Handlers;
  seeds: EnsureSeedsResult = { imported: [], skipped: [], changed: [], failed: [] };
  /** Work in worker threads: outlives a restore, stopped by close(). */
  readonly jobs: WorkerJobs;
  readonly logError: LogError;
  readonly now: () => Date;
  readonly settings: BackupSettings;
  readonly scheduler: BackupScheduler;
  private readonly dbOpts: { dataDir: string; nativeBinding?: string; now: () => Date; writeRunning: () => boolean; logError: LogError };

  /**
   * Whole-file checks of backups (quick_check of a new copy, integrity_check before a restore) in a worker thread
   * (the export pool's when there is one): on a library of thousands of plans they take seconds, and the host's
   * event loop must not wait for them (docs/reliability.md › The host never freezes).
   */
  readonly fileChecker: FileChecker = async (check, file) => {
    // stopped by close(), as the other worker jobs
    const abort = new AbortController();
    this.jobs.running.add(abort);
    try {
      return await sqliteCheckIsolated(check, file, {
        latestVersion: LATEST_VERSION, nativeBinding: this.opts.nativeBinding, workerEntry: this.opts.importWorker, pool: this.jobs.exportPool, signal: abort.signal,
      });
    } finally {
      this.jobs.running.delete(abort);
    }
  };

  private constructor(readonly opts: CoreOptions) {
    this.logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
    this.now = opts.now ?? (() => new Date());
    this.jobs = newWorkerJobs(exportPool(opts.host, opts.exportWorkers, opts.importWorker));
    this.settings = { ...DEFAULT_BACKUP_SETTINGS, ...opts.backups };
    this.dbOpts = { dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, now: this.now, writeRunning: () => this.writing > 0, logError: this.logError };
    this.scheduler = new BackupScheduler({
      dataDir: opts.dataDir,
      settings: this.settings,
      now: this.now,
      backup: () => createBackup(this.current().db, opts.dataDir, 'auto', this.now(), this.fileChecker),
      onError: (e) => this.logError('[core] automatic backup failed:', e),
    });
  }

  /** Open the library (or enter recovery mode when opts.recovery), import the reference plans, start the schedule. */
  static async start(opts: CoreOptions): Promise<Lifecycle> {
    const life = new Lifecycle(opts);
    const { logError } = life;
    let db: Db | null = null;
    if (opts.postgres) {
      // the office server's PostgreSQL library: no file, so no backups of the app's own, no read-only copy and no
      // recovery mode (PostgreSQL is backed up with pg_dump and recovers itself)
      // loaded only here: the desktop app and the CLI's other commands never load node-postgres
      const { PgDb } = await import('../store/pg/db.js');
      db = await PgDb.open({ connectionString: opts.postgres });
    } else {
      try {
        db = new SqliteDb(openLibrary(life.dbOpts));
      } catch (e) {
        if (!(opts.recovery && e instanceof AppError && e.code === 'db-corrupt')) throw storageError(e, opts.dataDir) ?? e;
        life.corrupt = e;
        logError('[core] the library file is damaged; starting in recovery mode:', e.message);
      }
    }
    if (db?.readOnly) logError('[core] warning: the data folder cannot be written; the library is open read-only:', opts.dataDir);
    if (db && !db.readOnly && opts.seedsDir) {
      try {
        life.seeds = await ensureSeeds(db, opts.seedsDir, importFile);
      } catch (e) {
        const s = storageError(e, opts.dataDir);
        if (s) {
          // A full disk must not keep the user out of the library: the seeds not stored are tried again next start.
          logError(`[core] warning: reference plans not stored (${s.code}); they are tried again on the next start`, s.message);
        } else {
          await db.close();
          throw e;
        }
      }
    }
    for (const f of life.seeds.failed) logError(`[core] seed ${f.fileName} was not imported: ${f.error.code}`, f.error.message);
    life.db = db;
    life.handlers = composeHandlers(life);
    if (db?.library && !db.readOnly && life.settings.schedule) life.scheduler.start();
    if (db) life.jobs.exportPool?.prestart(); // the office server's export workers start now, not with the first export
    return life;
  }

  /** The open SQLite library, or 'db-corrupt' in recovery mode; on PostgreSQL 'unsupported' (no library file). */
  current(): Library {
    if (!this.db) throw this.corruptNow();
    if (!this.db.library) throw noFileOnPostgres();
    return this.db.library;
  }

  corruptNow(): AppError {
    return this.corrupt ?? new AppError('db-corrupt', '资料库未打开', { en: 'The library is not open.' });
  }

  /** How many plans the open library holds (0 in recovery mode). */
  async planCount(): Promise<number> {
    const db = this.db;
    if (!db) return 0;
    let n = 0;
    for (const s of PLAN_STATUSES) n += await db.plans.countPlans(s);
    return n;
  }

  /** Non-null in recovery mode: what is damaged and the newest backup to restore. */
  recoveryState(): RecoveryState | null {
    if (!this.corrupt) return null;
    const latest = listBackups(this.opts.dataDir)[0];
    return {
      code: 'db-corrupt',
      message: this.corrupt.message,
      file: path.join(this.opts.dataDir, DB_FILE_NAME),
      latestBackup: latest ? backupSummary(latest) : null,
    };
  }

  /**
   * backup.restore: check the backup, keep a pre-restore backup of the library open now, copy the backup into the
   * library file (or, in recovery mode, put it in place of the damaged file), reopen and rebuild the handlers.
   * Meanwhile every other call answers 'busy'.
   */
  async restore(name: string): Promise<{ restored: string; safetyBackup: string | null; movedAside: string[]; plans: number }> {
    const { dataDir, nativeBinding } = this.opts;
    if (this.db && !this.db.library) throw noFileOnPostgres();
    const chosen = findBackup(dataDir, name);
    this.restoring = true;
    let safetyBackup: string | null = null;
    let replaced = false; // the library file holds the backup's pages from here on
    try {
      // (integrity_check reads the whole file: in a worker, calls meanwhile answer 'busy' instead of waiting)
      await validateBackupChecked(chosen.file, LATEST_VERSION, this.fileChecker);
      await this.scheduler.idle();
      let movedAside: string[] = [];
      const lib = this.lib;
      if (lib) {
        safetyBackup = (await createBackup(lib.db, dataDir, 'pre-restore', this.now(), this.fileChecker)).name;
        lib.close();
        this.db = null;
        // SQLite's backup API copies the pages into the library file under its own locks (a second process
        // that has the library open sees the restored content), the journal keeps it crash-safe.
        const src = new Database(chosen.file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
        try {
          await src.backup(path.join(dataDir, DB_FILE_NAME));
          replaced = true;
        } finally {
          src.close();
        }
      } else {
        movedAside = replaceCorruptFile(dataDir, chosen.file, this.now());
        replaced = true;
      }
      // (the backup passed integrity_check above and the file now holds its pages: no second whole-file check on the
      // host's thread; a migration of an older backup still checks, db.ts)
      this.db = new SqliteDb(openLibrary({ ...this.dbOpts, quickCheck: false }));
      this.corrupt = null;
      this.handlers = composeHandlers(this);
      // The library is restored and open: what follows must not answer as if it were not (docs/reliability.md ›
      // An error never hides a committed write).
      let plans = -1;
      await afterCommit(this.logError, 'backup.restore: counting the restored plans', async () => {
        plans = await this.planCount();
      });
      // the plans in the restored trash get its days again from now (handlers/plan.ts TRASH_RESTORED_KEY)
      await afterCommit(this.logError, 'backup.restore: restarting the trash\'s days', () => this.db?.plans.setSetting(TRASH_RESTORED_KEY, this.now().toISOString()), () => ({
        code: 'backup-trash-days-failed',
        message: '备份已恢复,但回收站的保留期未能从现在重新计算:回收站中超过保留天数的计划会在下次打开回收站时被永久删除。',
        details: { en: 'The backup was restored, but the trash\'s days could not be restarted from now: plans in it older than its days will be deleted for good when the trash is next opened.' },
      }));
      if (this.settings.schedule) {
        // a core that started in recovery mode had none
        await afterCommit(this.logError, 'backup.restore: restarting the backup schedule', () => this.scheduler.start(), () => ({
          code: 'backup-schedule-failed',
          message: '备份已恢复,但自动备份未能重新开始;请重新启动程序。',
          details: { en: 'The backup was restored, but automatic backups could not be restarted; restart the app.' },
        }));
      }
      return { restored: chosen.name, safetyBackup, movedAside, plans };
    } catch (e) {
      if (!this.db && !this.corrupt) {
        // The old library was closed and could not be reopened: keep answering, as in recovery mode.
        try {
          this.db = new SqliteDb(openLibrary(this.dbOpts));
        } catch (e2) {
          this.corrupt =
            e2 instanceof AppError
              ? e2
              : new AppError('db-corrupt', `资料库无法重新打开:${String((e2 as Error)?.message ?? e2)}`, { en: 'The library could not be reopened.' });
        }
        this.handlers = composeHandlers(this);
      }
      // Once the file holds the backup, an error must not read as "nothing was restored": say what is in the file
      // and where the library as it was is kept.
      throw replaced ? restoreUnopened(chosen.name, safetyBackup, e) : e;
    } finally {
      this.restoring = false;
    }
  }

  close(): void {
    this.closed = true;
    for (const job of this.jobs.running) job.abort(); // their workers are terminated
    void this.jobs.exportPool?.close(); // and the idle export workers
    this.scheduler.stop();
    const db = this.db;
    this.db = null;
    db?.close().catch((e) => this.logError('[core] closing the library failed:', e));
  }
}

/** The backup's pages are in the library file, but opening it (a migration of an older backup, say) failed. */
function restoreUnopened(restored: string, safetyBackup: string | null, cause: unknown): AppError {
  const why = String((cause as Error)?.message ?? cause);
  const kept = safetyBackup ? `恢复前的资料库已保存为备份「${safetyBackup}」。` : '';
  const keptEn = safetyBackup ? ` The library as it was before is kept as the backup ${safetyBackup}.` : '';
  return new AppError('restore-unopened', `备份「${restored}」已写入资料库文件,但资料库未能打开:${why}。${kept}请重新启动程序;仍无法打开时,启动时可再选择一个备份恢复。`, {
    restored,
    safetyBackup,
    reason: why,
    en: `The backup ${restored} was written into the library file, but the library could not be opened: ${why}.${keptEn} Restart the app; if it still cannot open the library, restore another backup when offered.`,
  });
}

/** Backups and restores are of the library file; a PostgreSQL library has none (pg_dump backs it up). */
function noFileOnPostgres(): AppError {
  return new AppError('unsupported', 'PostgreSQL 资料库没有资料库文件:请由数据库管理员用 pg_dump / pg_restore 备份和恢复', {
    en: 'A PostgreSQL library has no library file: back it up and restore it with pg_dump / pg_restore.',
  });
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
