/**
 * Several processes opening one library at the same moment (the app, a second window's host, the command line):
 * each must open it, and a migration must be checked, backed up and applied once. Four worker threads, each with
 * its own connection (SQLite locks connections of one process against each other as it does processes), leave a
 * barrier together and open the same folder; many folders, since each round is one chance of the interleaving.
 * Before the open lock (electron/core/db.ts withOpenLock) a fresh folder failed in about 7 % of rounds
 * (SQLITE_SCHEMA: "vtable constructor failed: node_fts", quick_check meeting another process's new FTS5 table) and
 * an older library in nearly every round (backups written over each other: "output file already exists",
 * ENOENT on rename; two to four pre-migration backups).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDatabase, DB_FILE_NAME, OPEN_LOCK_NAME } from '../../electron/core/db.js';
import { MIGRATIONS } from '../../electron/core/migrations/index.js';
import { listBackups } from '../../electron/core/backup.js';
import { tempDirs } from '../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORKERS = 4;
const tempDir = tempDirs('pw-open-race-');

let entry = '';
beforeAll(async () => {
  const esbuild = await import('esbuild');
  // under node_modules, so that the bundle finds better-sqlite3 (kept external: its native binding)
  const out = path.join(ROOT, 'node_modules', '.cache', 'pw-tests', `open-race-${process.pid}`);
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'tests', 'helpers', 'open-race-worker.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['better-sqlite3'],
    outfile: path.join(out, 'open-race-worker.mjs'), logLevel: 'silent',
  });
  entry = path.join(out, 'open-race-worker.mjs');
  return () => fs.rmSync(out, { recursive: true, force: true });
});

/** Opens each folder with WORKERS threads at once; the errors they met, by message. */
function race(dirs: string[]): Promise<string[]> {
  const counter = new SharedArrayBuffer(4);
  const errors: string[] = [];
  return new Promise((resolve, reject) => {
    let left = WORKERS;
    for (let i = 0; i < WORKERS; i++) {
      const w = new Worker(entry, { workerData: { counter, dirs, workers: WORKERS } });
      w.on('message', (m: string) => errors.push(m));
      w.on('error', reject);
      w.on('exit', () => {
        if (--left === 0) resolve(errors);
      });
    }
  });
}

function version(dir: string): number {
  const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('opening one library from several processes at once', () => {
  it('a new folder: every process opens it, and it ends at the latest schema', async () => {
    const dirs = Array.from({ length: 60 }, () => tempDir());
    expect(await race(dirs)).toEqual([]);
    for (const d of dirs) {
      expect(version(d)).toBe(LATEST_VERSION);
      expect(listBackups(d)).toEqual([]); // a new library has nothing to back up
    }
  }, 120_000);

  it('a library one schema behind: every process opens it, and it is backed up and migrated once', async () => {
    const first = tempDir();
    const db = openDatabase(first, { migrations: MIGRATIONS.slice(0, -1) });
    db.prepare(`INSERT INTO settings(key, value) VALUES ('open-race', '"kept"')`).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const dirs = [first, ...Array.from({ length: 29 }, () => tempDir())];
    for (const d of dirs.slice(1)) fs.copyFileSync(path.join(first, DB_FILE_NAME), path.join(d, DB_FILE_NAME));
    expect(await race(dirs)).toEqual([]);
    for (const d of dirs) {
      expect(version(d)).toBe(LATEST_VERSION);
      const backups = listBackups(d);
      expect(backups.map((b) => [b.kind, b.schemaVersion])).toEqual([['pre-migration', LATEST_VERSION - 1]]);
      const lib = new Database(path.join(d, DB_FILE_NAME), { readonly: true });
      expect(lib.prepare(`SELECT value FROM settings WHERE key = 'open-race'`).pluck().get()).toBe('"kept"');
      lib.close();
      // no temporary copy left behind
      expect(fs.readdirSync(path.join(d, 'backups')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 120_000);

  it('a lock file that is not a database (a sync tool wrote into it) neither stops the migration nor calls the library damaged', () => {
    const dir = tempDir();
    openDatabase(dir, { migrations: MIGRATIONS.slice(0, -1) }).close();
    const lockFile = path.join(dir, OPEN_LOCK_NAME);
    fs.writeFileSync(lockFile, Buffer.alloc(2000, 0x5a));
    const db = openDatabase(dir);
    db.close();
    expect(version(dir)).toBe(LATEST_VERSION);
    expect(listBackups(dir).map((b) => b.kind)).toEqual(['pre-migration']);
    expect(fs.statSync(lockFile).size).toBe(0); // emptied in place: the next process locks it again
  });
});
