import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { DB_FILE_NAME, openDatabase } from '../electron/core/db.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../electron/core/migrations/index.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-mig-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('create the folder and the schema, set user_version and the pragmas', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const db = openDatabase(dataDir);
    expect(fs.existsSync(path.join(dataDir, DB_FILE_NAME))).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['plans', 'nodes', 'node_departments', 'settings', 'node_fts']));
    db.close();
  });

  it('reopening an up-to-date database changes nothing', () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database newer than the code, without modifying it', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DB_FILE_NAME);
    // A database written by a "future" version, in rollback-journal mode (so WAL would show).
    const future = new Database(file);
    future.exec(`CREATE TABLE future_stuff (x); INSERT INTO future_stuff VALUES (42);`);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;

    let err: unknown;
    try {
      openDatabase(dataDir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('db-too-new');
    expect((err as AppError).message).toMatch(/[\u4e00-\u9fff]/); // Chinese message
    expect(String((err as AppError).details?.en)).toMatch(/newer version/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(file + '-wal')).toBe(false);

    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('runs pending migrations one by one; a failing one is rolled back with its user_version', () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close(); // at LATEST_VERSION
    const good: Migration = {
      version: LATEST_VERSION + 1,
      name: 'good',
      up: (db) => db.exec(`CREATE TABLE extra_good (x INTEGER)`),
    };
    const bad: Migration = {
      version: LATEST_VERSION + 2,
      name: 'bad',
      up: (db) => {
        db.exec(`CREATE TABLE extra_bad (x INTEGER)`);
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(dataDir, { migrations: [...MIGRATIONS, good, bad] })).toThrow('boom');
    const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toContain('extra_good');
    expect(names).not.toContain('extra_bad');
    db.close();
  });

  it('004 converts stored task vectors (JSON) to packed term ids without re-tokenising', () => {
    const dataDir = tempDir();
    const v3 = openDatabase(dataDir, { migrations: MIGRATIONS.slice(0, 3) });
    const now = '2024-01-01T00:00:00.000Z';
    v3.prepare(
      `INSERT INTO plans (id, title, district, status, counts, meta, format, created_at, updated_at)
       VALUES ('p1', '规划', '静安区', 'reference', '{}', '{}', 'plan-workbench/v1', ?, ?)`,
    ).run(now, now);
    const old = { district: '静安区', tasks: [{ id: 't1', heading: '智慧养老', tf: { 养老: 3, '2015': 1 }, len: 9 }, { id: 't2', heading: '宽带', tf: { 宽带: 2, 养老: 1 }, len: 4 }] };
    v3.prepare(`INSERT INTO plan_vectors (plan_id, revision, data) VALUES ('p1', 1, ?)`).run(JSON.stringify(old));
    v3.close();

    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const terms = new Map((db.prepare(`SELECT id, term FROM compare_terms`).all() as Array<{ id: number; term: string }>).map((r) => [r.id, r.term]));
    expect(new Set(terms.values())).toEqual(new Set(['2015', '宽带', '养老']));
    const row = db.prepare(`SELECT revision, tasks, terms FROM plan_vectors WHERE plan_id = 'p1'`).get() as { revision: number; tasks: string; terms: Buffer };
    expect(row.revision).toBe(1);
    expect(JSON.parse(row.tasks)).toEqual([{ id: 't1', heading: '智慧养老', len: 9 }, { id: 't2', heading: '宽带', len: 4 }]);
    const ints = Array.from(new Int32Array(new Uint8Array(row.terms).buffer));
    const decoded: Array<Record<string, number>> = [];
    for (let p = 0; p < ints.length; ) {
      const tf: Record<string, number> = {};
      const n = ints[p++];
      for (let i = 0; i < n; i++, p += 2) tf[terms.get(ints[p])!] = ints[p + 1];
      decoded.push(tf);
    }
    expect(decoded).toEqual(old.tasks.map((t) => t.tf));
    db.close();
  });

  it('rejects a migration list with a gap', () => {
    const gap: Migration = { version: LATEST_VERSION + 2, name: 'gap', up: () => {} };
    expect(() => openDatabase(tempDir(), { migrations: [...MIGRATIONS, gap] })).toThrow(/out of order/);
  });
});
