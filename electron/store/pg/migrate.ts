/**
 * Migrating a PostgreSQL library (the SQLite rules of electron/core/db.ts, in PostgreSQL terms):
 *
 * - schema_version holds one row per applied migration (version, name, applied_at); the schema's version is the
 *   highest. A database whose version is newer than the code is refused (AppError 'db-too-new') after reading only:
 *   nothing is created or changed in it.
 * - Each pending migration runs in its own transaction that also inserts its schema_version row, so a failed
 *   migration leaves the previous version intact.
 * - Several servers may start on one database at once: every migration transaction first takes a transaction-level
 *   advisory lock and reads the version again; a migration another process applied meanwhile is skipped.
 */
import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../../shared/errors.js';
import { PG_MIGRATIONS, type PgMigration } from './migrations/index.js';

/** Advisory lock key of the migrations ("pw-migr" as a number). */
const LOCK_KEY = 0x70772d6d69677231n;

async function readVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`);
  if (rows[0].t === null) return 0;
  const v = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM schema_version`);
  return v.rows[0].v ?? 0;
}

export function tooNewError(dbVersion: number, supportedVersion: number): AppError {
  return new AppError(
    'db-too-new',
    `PostgreSQL 资料库由更新版本的规划工作台创建(数据库版本 ${dbVersion},本程序支持到 ${supportedVersion}),请升级程序后再连接。数据库未作任何修改。`,
    {
      dbVersion,
      supportedVersion,
      en: `The PostgreSQL library was written by a newer version of Plan Workbench (schema ${dbVersion}; this build supports up to ${supportedVersion}). Upgrade the app. Nothing was changed.`,
    },
  );
}

/** Bring the database to the latest schema; returns the version before and after. */
export async function migratePg(pool: Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<{ from: number; to: number }> {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`PostgreSQL migrations out of order at ${m.name} (version ${m.version})`);
  });
  const client = await pool.connect();
  try {
    const from = await readVersion(client);
    if (from > latest) throw tooNewError(from, latest);
    for (const m of migrations) {
      if (m.version <= from) continue;
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY.toString()]);
        await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
          version    integer PRIMARY KEY CHECK (version >= 1),
          name       text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
        const now = await readVersion(client);
        if (now > latest) throw tooNewError(now, latest);
        if (now < m.version) {
          await m.up(client);
          await client.query(`INSERT INTO schema_version (version, name) VALUES ($1, $2)`, [m.version, m.name]);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
    return { from, to: Math.max(from, latest) };
  } finally {
    client.release();
  }
}
