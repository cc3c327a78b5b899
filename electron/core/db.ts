/**
 * Opening the library database: plain Node + better-sqlite3 (never 'electron').
 *
 * - File `<dataDir>/library.sqlite`; the folder is created when missing.
 * - PRAGMA journal_mode=WAL, synchronous=FULL, foreign_keys=ON.
 * - Migrations (./migrations, one per numbered file) run each in its own transaction
 *   that also sets PRAGMA user_version, so a failed migration leaves the previous
 *   version intact.
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
  /** Run PRAGMA quick_check on open (default true). */
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
    if (current > latest) {
      throw new AppError(
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
    if (opts.quickCheck !== false) {
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
    checkOrder(migrations);
    const pending = migrations.some((m) => m.version > current);
    if (pending && (current > 0 || hasSchema(db))) {
      // Before any write: the backup reads only, so a failure here leaves the library exactly as it was.
      createBackupSync(db, dataDir, 'pre-migration', opts.now?.() ?? new Date());
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, current);
    return db;
  } catch (e) {
    db.close();
    if (isCorruptionError(e)) throw corruptDatabaseError(dataDir, String((e as Error).message).slice(0, 300));
    throw e;
  }
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
    db.transaction(() => {
      // Several processes may open a new library at once: the version read before is re-read under the write
      // lock (BEGIN IMMEDIATE), and a migration another process applied meanwhile is skipped.
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      m.up(db);
      // PRAGMA cannot take bound parameters; version is an integer we control.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
  }
}

export { LATEST_VERSION };
