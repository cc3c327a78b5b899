/**
 * The storage interface (electron/store/db.ts) on both engines: transactions are all or nothing, calls inside one
 * join it however deep (no connection passed around), calls from outside never land inside another caller's open
 * transaction, and lockPlan serialises writers of one plan (numbering per plan stays gap-free under concurrency).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index.js';
import type { PlanDoc } from '../../shared/model/plan.js';
import { openLibrary } from '../../electron/core/library.js';
import { VersionStore } from '../../electron/core/versions.js';
import type { Db } from '../../electron/store/db.js';
import { PgDb } from '../../electron/store/pg/db.js';
import { SqliteDb } from '../../electron/store/sqlite.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';

const SEED = path.join(import.meta.dirname, '..', '..', 'seeds', '002_72028bf86ba9aa86.txt');
const tempDir = tempDirs('pw-db-');
const PG = postgresAvailable();
let cluster: PgCluster | null = null;
let n = 0;
let seed: PlanDoc;

beforeAll(async () => {
  seed = await importFile({ bytes: new Uint8Array(fs.readFileSync(SEED)), fileName: path.basename(SEED) });
  if (PG) cluster = await startPostgres({ prefix: 'pw-pg-db-' });
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe.each(['sqlite', 'postgres'] as const)('Db on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    if (kind === 'postgres' && !PG) return;
    db = kind === 'sqlite' ? new SqliteDb(openLibrary({ dataDir: tempDir() })) : await PgDb.open({ connectionString: await cluster!.createDatabase(`db_${++n}`) });
  });
  afterAll(async () => {
    await db?.close();
  });
  const run = kind === 'postgres' && !PG ? it.skip : it;

  run('a transaction that fails leaves nothing, also what it wrote through deeper calls', async () => {
    const write = (k: string) => db.plans.setSetting(k, { at: k });
    const err = await db
      .transaction(async () => {
        await write('t1');
        await tick();
        await db.transaction(async () => write('t2')); // a transaction inside joins the outer one
        await db.sql.run(`INSERT INTO settings (key, value) VALUES (?, ?)`, ['t3', '"x"']);
        throw new Error('boom');
      })
      .catch((e: Error) => e.message);
    expect(err).toBe('boom');
    for (const k of ['t1', 't2', 't3']) expect(await db.plans.getSetting(k)).toBeUndefined();
    expect(await db.transaction(async () => (await write('t4'), 'done'))).toBe('done');
    expect(await db.plans.getSetting('t4')).toEqual({ at: 't4' });
  });

  run("a write from outside is never part of another caller's open transaction", async () => {
    let inside!: () => void;
    const held = new Promise<void>((r) => (inside = r));
    const tx = db
      .transaction(async () => {
        await db.plans.setSetting('mine', 1);
        inside();
        await tick(30); // the transaction stays open while the other caller writes
        throw new Error('rolled back');
      })
      .catch(() => 'failed');
    await held;
    const other = db.plans.setSetting('theirs', 2); // on SQLite it waits for the transaction to end
    expect(await tx).toBe('failed');
    await other;
    expect(await db.plans.getSetting('mine')).toBeUndefined();
    expect(await db.plans.getSetting('theirs')).toBe(2);
  });

  run('concurrent snapshots of one plan get consecutive numbers (lockPlan)', async () => {
    const id = await db.plans.addPlan(seed, { status: 'draft' });
    const versions = new VersionStore(db);
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => versions.createVersion(id, `v${i}`, 'named', 'named')));
    expect(made.map((v) => v.versionId).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await versions.listVersions(id)).length).toBe(8);
    await expect(db.transaction(() => db.lockPlan('p_missing'))).rejects.toMatchObject({ code: 'not-found' });
  });
});
