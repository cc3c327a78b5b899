/**
 * The whole-file SQLite checks of backups (./backup.ts): preparing a written copy (rollback-journal mode,
 * quick_check) and validating a backup before a restore (integrity_check, schema, plans table). They read every page
 * of the file — seconds for a library of thousands of plans — so the core runs them in a worker thread
 * (./isolated-import.ts sqliteCheckIsolated, ./import-worker.ts task 'sqlite-check') and the host keeps answering;
 * createBackupSync (before a migration, at start) runs them in-process.
 *
 * No import of better-sqlite3 here: the caller passes the constructor (the worker requires the host's own module by
 * its resolved path, so the same build — Node's or Electron's — is loaded).
 */
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError, type ErrorShape } from '../../shared/errors.js';

export type DatabaseCtor = typeof BetterSqlite3;

/** A written backup copy: a self-contained rollback-journal file that passes quick_check (throws otherwise). */
export function prepareBackupCopy(Database: DatabaseCtor, file: string, nativeBinding?: string): void {
  const copy = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`backup copy failed quick_check: ${String(check)}`);
  } finally {
    copy.close();
  }
}

/**
 * Check a backup before restoring it: a readable SQLite database, integrity_check 'ok', a schema this build
 * can open (not newer than `latestVersion`) with a plans table. Read-only. Returns its schema version and plan count.
 */
export function validateBackupWith(Database: DatabaseCtor, file: string, latestVersion: number, nativeBinding?: string): { schemaVersion: number; plans: number } {
  const name = path.basename(file);
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) {
      throw new AppError(
        'backup-too-new',
        `备份 ${name} 由更新版本的规划工作台创建(数据库版本 ${version},本程序支持到 ${latestVersion}),不能用于恢复。资料库未作任何修改。`,
        { name, dbVersion: version, supportedVersion: latestVersion, en: `Backup ${name} was written by a newer version (schema ${version}; this build supports up to ${latestVersion}). Nothing was changed.` },
      );
    }
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((s) => s !== 'ok');
    if (problems.length) throw corruptBackup(name, problems.slice(0, 5).join('; '));
    const plans = (db.prepare(`SELECT count(*) AS n FROM plans`).get() as { n: number }).n;
    return { schemaVersion: version, plans };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corruptBackup(name, String((e as Error)?.message ?? e).slice(0, 300));
  } finally {
    db?.close();
  }
}

function corruptBackup(name: string, reason: string): AppError {
  return new AppError('backup-corrupt', `备份 ${name} 已损坏或不是规划工作台的资料库(${reason}),不能用于恢复。资料库未作任何修改。`, {
    name,
    reason,
    en: `Backup ${name} is damaged or not a Plan Workbench library (${reason}). Nothing was changed.`,
  });
}

/** What the worker is asked: one check of one file. */
export interface SqliteCheckRequest {
  task: 'sqlite-check';
  check: 'backup-copy' | 'validate-backup';
  file: string;
  latestVersion: number;
  /** The host's better-sqlite3, resolved (require.resolve). */
  sqliteModule: string;
  nativeBinding?: string;
}

/** Its answer: the check's result, or the error it threw (an AppError keeps its code and words). */
export type SqliteCheckResult = { ok: true; value: { schemaVersion: number; plans: number } | null } | { ok: false; error: ErrorShape; appError: boolean };

/** Run a request (in the worker). Never throws. */
export function runSqliteCheck(Database: DatabaseCtor, req: SqliteCheckRequest): SqliteCheckResult {
  try {
    if (req.check === 'backup-copy') {
      prepareBackupCopy(Database, req.file, req.nativeBinding);
      return { ok: true, value: null };
    }
    return { ok: true, value: validateBackupWith(Database, req.file, req.latestVersion, req.nativeBinding) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, appError: true, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
    return { ok: false, appError: false, error: { code: 'internal', message: String((e as Error)?.message ?? e) } };
  }
}

/** The answer back into what the in-process check would have done: its value, or its error thrown. */
export function sqliteCheckOutcome(r: SqliteCheckResult): { schemaVersion: number; plans: number } | null {
  if (r.ok) return r.value;
  if (r.appError) throw new AppError(r.error.code, r.error.message, r.error.details);
  throw new Error(r.error.message);
}
