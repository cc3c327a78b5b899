/**
 * Opening the library database: plain Node + better-sqlite3 (never 'electron').
 *
 * - File `<dataDir>/library.sqlite`; the folder is created when missing.
 * - PRAGMA journal_mode=WAL, synchronous=FULL, foreign_keys=ON.
 * - Migrations (./migrations, one per numbered file) run each in its own transaction
 *   that also sets PRAGMA user_version, so a failed migration leaves the previous
 *   version intact.
 * - A database whose user_version is newer than the code is refused (AppError
 *   'db-too-new') before anything is written to it — not even the WAL switch.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { MIGRATIONS, LATEST_VERSION, type Migration } from './migrations/index.js';

export const DB_FILE_NAME = 'library.sqlite';

export interface OpenDatabaseOptions {
  /** Migrations to apply (tests only); defaults to MIGRATIONS. */
  migrations?: readonly Migration[];
  /** Passed to better-sqlite3, e.g. the Electron build of the native module. */
  nativeBinding?: string;
}

export function openDatabase(dataDir: string, opts: OpenDatabaseOptions = {}): Database.Database {
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    // Read the version before any PRAGMA that writes (journal_mode=WAL changes the file header).
    const current = db.pragma('user_version', { simple: true }) as number;
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
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, current);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function migrate(db: Database.Database, migrations: readonly Migration[], from: number): void {
  let expected = 1;
  for (const m of migrations) {
    if (m.version !== expected++) throw new Error(`migrations out of order at ${m.name} (version ${m.version})`);
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      // PRAGMA cannot take bound parameters; version is an integer we control.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
  }
}

export { LATEST_VERSION };
