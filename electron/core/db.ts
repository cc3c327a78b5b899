/**
 * Opening the library database: plain Node + better-sqlite3 (never 'electron').
 *
 * - File `<dataDir>/library.sqlite`; the folder is created when missing.
 * - PRAGMA journal_mode=WAL, synchronous=FULL, foreign_keys=ON.
 * - Migrations (./migrations, one per numbered file) run each in its own transaction
 *   that also sets PRAGMA user_version, so a failed migration leaves the previous
 *   version intact. A migration that rebuilds a table runs with foreign keys off
 *   (Migration.foreignKeysOff) and a foreign_key_check before its commit.
 * - A database whose user_version is newer than the code is refused (AppError
 *   'db-too-new') before anything is written to it — not even the WAL switch, and no
 *   backup is written.
 * - A damaged file (not a database: SQLITE_NOTADB; SQLITE_CORRUPT while reading; or
 *   PRAGMA quick_check not 'ok') is refused with AppError 'db-corrupt', untouched, its
 *   details listing the backups (newest first) so a host can offer the latest.
 * - Before the first pending migration of an existing, non-empty library, a backup
 *   (kind 'pre-migration', ./backup.ts) is written, before the WAL switch and the
 *   migration transactions; if it cannot be written, nothing is migrated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { MIGRATIONS, LATEST_VERSION, type Migration } from './migrations/index.js';
import { createBackupSync, listBackups } from './backup.js';

export const DB_FILE_NAME = 'library.sqlite';

export interface OpenDatabaseOptions {
  /** Migrations to apply (tests only); defaults to MIGRATIONS. */
  migrations?: readonly Migration[];
  /** Passed to better-sqlite3, e.g. the Electron build of the native module. */
  nativeBinding?: string;
  /**
   * Run PRAGMA quick_check on open (default true). false skips it only when no migration is pending (nothing is
   * written at this open): for a command that only reads (the command line's compare), which turns SQLite's
   * corruption errors into AppError 'db-corrupt' itself and checks before it writes (electron/cli/read.ts).
   */
  quickCheck?: boolean;
  /** Time of the pre-migration backup (tests); default now. */
  now?: () => Date;
}

const CORRUPT_CODES = /^SQLITE_(NOTADB|CORRUPT)/;

export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPT_CODES.test(code);
}

/** AppError 'db-corrupt' for the library file, with the backups a host can offer. */
export function corruptDatabaseError(dataDir: string, reason: string): AppError {
  const file = path.join(dataDir, DB_FILE_NAME);
  const backups = listBackups(dataDir).map((b) => ({ name: b.name, createdAt: b.createdAt, kind: b.kind, schemaVersion: b.schemaVersion }));
  const latest = backups[0];
  return new AppError(
    'db-corrupt',
    `资料库文件已损坏,无法打开(${reason})。文件未作任何修改。` +
      (latest ? `可以从最新的备份(${latest.createdAt})恢复。` : '备份文件夹中没有可用的备份。'),
    {
      file,
      reason,
      backups,
      latestBackup: latest?.name ?? null,
      en: `The library database is damaged and cannot be opened (${reason}). The file was not modified.` +
        (latest ? ` The latest backup (${latest.createdAt}) can be restored.` : ' There is no backup to restore.'),
    },
  );
}

/** SQLite / file system codes of a data folder that cannot be written (read-only folder, file or file system). */
const READ_ONLY_CODES = /^(SQLITE_READONLY|SQLITE_CANTOPEN|EACCES$|EPERM$|EROFS$)/;

export function isReadOnlyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && READ_ONLY_CODES.test(code);
}

/** Can this process create and change files in the data folder (and change the library file when it exists)? */
export function isWritableDataDir(dataDir: string): boolean {
  try {
    fs.accessSync(dataDir, fs.constants.W_OK);
    const file = path.join(dataDir, DB_FILE_NAME);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * SQLite and file-system errors of the library file in the user's words (AppError), or null for anything else.
 *  - disk full (SQLITE_FULL, ENOSPC) → 'disk-full' 「磁盘空间不足…」 naming the folder; the transaction was rolled back.
 *  - other disk I/O errors (SQLITE_IOERR_*, EIO) → 'disk-io' (often a full or removed disk as well).
 *  - read-only (SQLITE_READONLY_*, EROFS …) → 'read-only'.
 *  - PostgreSQL: a deadlock or serialization failure (40P01, 40001) → 'busy'; a lost connection (08…, 57P0x) → 'unavailable'.
 */
export function storageError(e: unknown, dataDir: string): AppError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('disk-full', `磁盘空间不足,操作未完成,资料库未作修改。请在资料库文件夹所在的磁盘上腾出空间后重试:${dataDir}`, {
      dataDir,
      sqlite: code,
      en: `The disk is full; nothing was changed. Free some space on the disk of ${dataDir} and try again.`,
    });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError('disk-io', `读写资料库文件时出错(磁盘 I/O 错误),操作未完成。磁盘可能已满或已断开:${dataDir}`, {
      dataDir,
      sqlite: code,
      en: `Disk I/O error on the library file; the operation was not completed. The disk may be full or disconnected: ${dataDir}`,
    });
  }
  // Not EACCES/EPERM: those come from other files as well (a PDF's temporary folder …), and a data folder without
  // write access is found when the library is opened (openLibrary), which then opens it read-only.
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return readOnlyError(dataDir, code);
  }
  // PostgreSQL (serve --db): a deadlock or a serialization failure rolled the call back — try again; a lost or
  // refused connection, a server shutting down — the database cannot be reached
  if (code === '40P01' || code === '40001') {
    return new AppError('busy', '资料库正忙(同时修改同一份规划),操作未完成,请重试。', { sqlstate: code, en: 'The library was busy (a concurrent change); nothing was changed. Try again.' });
  }
  if (/^08/.test(code) || code === '57P01' || code === '57P02' || code === '57P03') {
    return new AppError('unavailable', '无法连接 PostgreSQL 资料库,操作未完成,请稍后重试。', { sqlstate: code, en: 'The PostgreSQL library cannot be reached; nothing was changed.' });
  }
  return null;
}

export function readOnlyError(dataDir: string, cause?: string): AppError {
  return new AppError('read-only', `资料库文件夹是只读的,不能修改(可以查看、搜索、对比和导出):${dataDir}`, {
    dataDir,
    ...(cause ? { cause } : {}),
    en: `The library folder is read-only; plans can be viewed, searched, compared and exported, not changed: ${dataDir}`,
  });
}

/**
 * A library in a folder this process cannot write (a read-only share, a locked-down folder, a read-only disk).
 * SQLite cannot read a WAL database there (it must create library.sqlite-shm), so the library file (and its -wal,
 * when a process left one) is copied into a private temporary folder and that copy is opened: list, search,
 * compare and export work on it; the core refuses every edit ('read-only'), so nothing is ever written to the copy
 * that the user could believe saved. `close` removes the copy. Returns null when there is no library file to read.
 */
export function openReadOnlyCopy(dataDir: string, opts: OpenDatabaseOptions = {}): { db: Database.Database; copyDir: string } | null {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) return null;
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-workbench-readonly-'));
  try {
    fs.copyFileSync(file, path.join(copyDir, DB_FILE_NAME));
    if (fs.existsSync(file + '-wal')) fs.copyFileSync(file + '-wal', path.join(copyDir, DB_FILE_NAME + '-wal'));
    const db = openDatabase(copyDir, opts);
    return { db, copyDir };
  } catch (e) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    throw e;
  }
}

/** How long opening the library retries a statement SQLite answers SQLITE_BUSY (ms). */
const OPEN_BUSY_MS = 10_000;

/** Runs `f`, again after a short wait while SQLite answers SQLITE_BUSY, for at most OPEN_BUSY_MS (start-up only). */
export function untilNotBusy<T>(f: () => T): T {
  const until = Date.now() + OPEN_BUSY_MS;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    try {
      return f();
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + wait > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

export function openDatabase(dataDir: string, opts: OpenDatabaseOptions = {}): Database.Database {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    // Read the version before any PRAGMA that writes (journal_mode=WAL changes the file header).
    let current: number;
    try {
      current = db.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      if (isCorruptionError(e)) throw corruptDatabaseError(dataDir, String((e as Error).message));
      throw e;
    }
    if (current > latest) throw tooNewError(file, current, latest);
    checkOrder(migrations);
    const setUp = (): void => {
      const pending = migrations.some((m) => m.version > current);
      if (opts.quickCheck !== false || pending) checkDatabase(db, dataDir);
      if (pending && (current > 0 || hasSchema(db))) {
        // Before any write: the backup reads only, so a failure here leaves the library exactly as it was.
        createBackupSync(db, dataDir, 'pre-migration', opts.now?.() ?? new Date());
      }
      // (switching a new library to WAL needs it alone for a moment: with several processes opening it at once, one
      // may be told SQLITE_BUSY at once, busy timeout or not — it tries again for a while, as the timeout would)
      untilNotBusy(() => db.pragma('journal_mode = WAL'));
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      // Page cache of up to 64 MB (SQLite's default is 2 MB): a search reads the posting lists of its phrases and
      // filters from FTS5's segments, and at 2,000 plans (a 270 MB file) those of a few searches no longer fit in
      // 2 MB, so every search read its pages again from the OS (about 5–15 % of a filtered search's CPU time,
      // measured on the 2,000-plan library, docs/benchmarks.md). Pages are taken only as they are read.
      db.pragma('cache_size = -65536');
      migrate(db, migrations, current);
    };
    if (!migrations.some((m) => m.version > current)) setUp();
    else {
      // A migration is due: check, back up and migrate alone. Several processes starting together on a new or an
      // older library would otherwise check it while another changes its schema (SQLITE_SCHEMA from FTS5's table)
      // and write their backups over each other. Under the lock the version is read again: what another process
      // migrated meanwhile is neither checked again nor backed up.
      withOpenLock(dataDir, opts.nativeBinding, () => {
        current = db.pragma('user_version', { simple: true }) as number;
        if (current > latest) throw tooNewError(file, current, latest);
        setUp();
      });
    }
    return db;
  } catch (e) {
    db.close();
    if (isCorruptionError(e)) throw corruptDatabaseError(dataDir, String((e as Error).message).slice(0, 300));
    throw e;
  }
}

function tooNewError(file: string, current: number, latest: number): AppError {
  return new AppError(
    'db-too-new',
    `资料库文件由更新版本的规划工作台创建(数据库版本 ${current},本程序支持到 ${latest}),请升级程序后再打开。文件未作任何修改。`,
    {
      file,
      dbVersion: current,
      supportedVersion: latest,
      en: `The library database was written by a newer version of Plan Workbench (schema ${current}; this build supports up to ${latest}). Upgrade the app. The file was not modified.`,
    },
  );
}

/** The file whose exclusive lock lets one process at a time check, back up and migrate the library. */
export const OPEN_LOCK_NAME = 'library.sqlite.open-lock';

/** How long a process waits for another one's migration before it gives up (ms): a check, a backup and the migrations of a large library. */
const OPEN_LOCK_MS = 300_000;

/**
 * Runs `f` holding an exclusive SQLite lock on OPEN_LOCK_NAME (an empty database file next to the library), waiting
 * while another process holds it. SQLite's own lock, so the system releases it when a process dies, as it does the
 * library's. A folder where the lock file cannot be made (it was found writable just before) runs `f` unlocked.
 */
function withOpenLock<T>(dataDir: string, nativeBinding: string | undefined, f: () => T): T {
  const lock = takeOpenLock(dataDir, nativeBinding);
  if (!lock) return f();
  try {
    return f();
  } finally {
    lock.exec('ROLLBACK');
    lock.close();
  }
}

/** The lock file's connection inside its exclusive transaction, or null where no lock can be had. */
function takeOpenLock(dataDir: string, nativeBinding: string | undefined): Database.Database | null {
  const file = path.join(dataDir, OPEN_LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    let lock: Database.Database;
    try {
      lock = new Database(file, nativeBinding ? { nativeBinding } : {});
    } catch (e) {
      if (/^(SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_PERM|EACCES|EPERM|EROFS)/.test(String((e as { code?: unknown }).code ?? ''))) return null;
      throw e;
    }
    try {
      lock.pragma(`busy_timeout = ${OPEN_LOCK_MS}`);
      lock.exec('BEGIN EXCLUSIVE');
      return lock;
    } catch (e) {
      lock.close();
      if ((e as { code?: string }).code === 'SQLITE_BUSY') {
        throw new AppError('busy', `另一个规划工作台进程正在升级资料库,等待 ${OPEN_LOCK_MS / 60_000} 分钟后仍未完成。资料库未作修改,请稍后再打开:${dataDir}`, {
          dataDir,
          en: `Another Plan Workbench process is still upgrading the library after ${OPEN_LOCK_MS / 60_000} minutes; nothing was changed. Open it again later: ${dataDir}`,
        });
      }
      // A lock file that is not a database (something wrote into it: a sync tool, a copy) holds nothing, and the
      // library is not damaged: it is emptied in place — the same file, so every process still locks one — and
      // taken again; should that fail too, the library opens unlocked, as before the lock.
      if (!isCorruptionError(e)) throw e;
      try {
        fs.truncateSync(file, 0);
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** PRAGMA quick_check: AppError 'db-corrupt' (with the backups) unless it answers ok. */
export function checkDatabase(db: Database.Database, dataDir: string): void {
  let problem: string | null = null;
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const bad = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (bad.length) problem = bad.slice(0, 3).join('; ');
  } catch (e) {
    if (!isCorruptionError(e)) throw e;
    problem = String((e as Error).message);
  }
  if (problem !== null) throw corruptDatabaseError(dataDir, problem.slice(0, 300));
}

function checkOrder(migrations: readonly Migration[]): void {
  let expected = 1;
  for (const m of migrations) {
    if (m.version !== expected++) throw new Error(`migrations out of order at ${m.name} (version ${m.version})`);
  }
}

function hasSchema(db: Database.Database): boolean {
  return (db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }).n > 0;
}

function migrate(db: Database.Database, migrations: readonly Migration[], from: number): void {
  for (const m of migrations) {
    if (m.version <= from) continue;
    // PRAGMA foreign_keys is a no-op inside a transaction: switch it around the migration's transaction.
    if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        // Several processes may open a new library at once: the version read before is re-read under the write
        // lock (BEGIN IMMEDIATE), and a migration another process applied meanwhile is skipped.
        if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
        m.up(db);
        if (m.foreignKeysOff) {
          const bad = db.pragma('foreign_key_check') as unknown[];
          if (bad.length) throw new Error(`migration ${m.version} (${m.name}) left ${bad.length} foreign key violation(s)`);
        }
        // PRAGMA cannot take bound parameters; version is an integer we control.
        db.pragma(`user_version = ${Math.trunc(m.version)}`);
      }).immediate();
    } finally {
      if (m.foreignKeysOff) db.pragma('foreign_keys = ON');
    }
  }
}

export { LATEST_VERSION };
