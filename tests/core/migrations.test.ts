import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { DB_FILE_NAME, openDatabase, untilNotBusy } from '../../electron/core/db.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/migrations/index.js';
import { openLibrary } from '../../electron/core/library.js';
import { facetText } from '../../electron/core/library-rows.js';
import { bigramText } from '../../electron/core/textindex.js';
import { importFile } from '../../shared/importer/index.js';
import { emptyNode, walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');

const tempDir = tempDirs('pw-mig-', { each: true });

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

  it('006 lets a node be a box (专栏): nodes is rebuilt with every row, rowid, department, search entry, index, trigger and foreign key', async () => {
    const dataDir = tempDir();
    // a library of schema 5 (the version before 006) holding the five seed plans, as the shipped app leaves it
    const v5 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 5) });
    expect(v5.db.pragma('user_version', { simple: true })).toBe(5);
    const ids: string[] = [];
    for (const f of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
      ids.push(v5.addPlan(await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f })));
    }
    expect(ids).toHaveLength(5);
    const box = (id: string): PlanNode => ({
      ...emptyNode(id, 'box'),
      number: '专栏1',
      heading: '重点工程',
      children: [{ ...emptyNode(`${id}-1`, 'item'), number: '1.', heading: '智慧交通示范工程', body: '建设交通信号智能控制系统。', lead: ['区建交委'] }],
    });
    const withBox = (doc: PlanDoc): PlanDoc => ({ ...doc, nodes: [...doc.nodes, box('b1')] });
    // schema 5 refuses a box (CHECK on nodes.kind) and keeps nothing of the attempt
    expect(() => v5.addPlan(withBox(v5.getPlan(ids[0])))).toThrow(/CHECK constraint/);
    const dump = (db: Database.Database) => ({
      nodes: db.prepare(`SELECT * FROM nodes ORDER BY rowid`).all(),
      departments: db.prepare(`SELECT * FROM node_departments ORDER BY node_row, role, name`).all(),
      plans: db.prepare(`SELECT * FROM plans ORDER BY id`).all(),
    });
    const before = dump(v5.db);
    const docsBefore = ids.map((id) => v5.getPlan(id));
    const search = (lib: typeof v5, q: string) => lib.search(q).map((h) => `${h.planId}|${h.nodeId}`).sort();
    const queries = ['一网通办', '智慧养老', '宽带'];
    const hitsBefore = queries.map((q) => search(v5, q));
    const schemaOf = (db: Database.Database) =>
      db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name IN ('nodes', 'node_departments') AND type IN ('index', 'trigger') ORDER BY type, name`).all();
    const dependents = schemaOf(v5.db);
    const fks = (db: Database.Database) => ['nodes', 'node_departments'].map((t) => db.pragma(`foreign_key_list(${t})`));
    const fksBefore = fks(v5.db);
    expect((before.nodes as unknown[]).length).toBeGreaterThan(100); // five whole plans, not a toy table
    expect((before.departments as unknown[]).length).toBeGreaterThan(50);
    expect(hitsBefore.every((h) => h.length > 0)).toBe(true);
    v5.close();

    const lib = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 6) });
    expect(lib.db.pragma('user_version', { simple: true })).toBe(6);
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('foreign_key_check')).toEqual([]);
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // nothing lost or changed: rows (with their rowids), departments, plans, documents, search, indexes, triggers, keys
    expect(dump(lib.db)).toEqual(before);
    expect(ids.map((id) => lib.getPlan(id))).toEqual(docsBefore);
    expect(queries.map((q) => search(lib, q))).toEqual(hitsBefore);
    expect(schemaOf(lib.db)).toEqual(dependents);
    expect(dependents.map((d) => (d as { name: string }).name)).toEqual(expect.arrayContaining(['nodes_parent', 'nodes_fts_delete', 'node_departments_row']));
    expect(fks(lib.db)).toEqual(fksBefore);
    const sql = (lib.db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'nodes'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/^CREATE TABLE "?nodes"? /);
    expect(sql).toContain(`'appendix', 'box'`);
    expect(lib.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'nodes_new'`).get()).toEqual({ n: 0 });

    // a box is stored and read back with its projects; the other kinds are still refused by the CHECK
    const doc = withBox(lib.getPlan(ids[0]));
    const boxed = lib.addPlan(doc);
    const back = lib.getPlan(boxed);
    const b = [...walk(back.nodes)].find((x) => x.node.kind === 'box')!.node;
    expect(b).toMatchObject({ id: 'b1', number: '专栏1', heading: '重点工程' });
    expect(b.children.map((c) => [c.kind, c.heading, c.lead])).toEqual([['item', '智慧交通示范工程', ['区建交委']]]);
    expect(lib.search('智慧交通示范工程').some((h) => h.planId === boxed && h.nodeId === 'b1-1')).toBe(true);
    expect(() =>
      lib.db.prepare(`UPDATE nodes SET kind = 'chapter' WHERE plan_id = ? AND node_id = 'b1'`).run(boxed),
    ).toThrow(/CHECK constraint/);

    // the rebuilt table still cascades: deleting a plan removes its nodes, their departments and their search rows
    const rows = (lib.db.prepare(`SELECT rowid FROM nodes WHERE plan_id = ?`).all(ids[2]) as Array<{ rowid: number }>).map((r) => r.rowid);
    expect(rows.length).toBeGreaterThan(0);
    const hits = (q: string) => lib.search(q).filter((h) => h.planId === ids[2]).length;
    const probe = queries.find((q) => hits(q) > 0)!;
    lib.deletePlan(ids[2]);
    expect(lib.db.prepare(`SELECT count(*) AS n FROM nodes WHERE plan_id = ?`).get(ids[2])).toEqual({ n: 0 });
    expect(lib.db.prepare(`SELECT count(*) AS n FROM node_departments WHERE node_row IN (SELECT value FROM json_each(?))`).get(JSON.stringify(rows))).toEqual({ n: 0 });
    expect(hits(probe)).toBe(0);
    // and a child node still needs its parent (the self-reference survived the rename)
    expect(() =>
      lib.db.prepare(
        `INSERT INTO nodes (plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body, lead, partners, indicators, milestones, themes)
         VALUES (?, 'orphan', 'no-such-parent', 0, 99999, 1, 'item', '', '', '', '[]', '[]', '[]', '[]', '[]')`,
      ).run(boxed),
    ).toThrow(/FOREIGN KEY/);
    lib.close();
  });

  it('a migration with foreignKeysOff that leaves a broken reference is rolled back, and foreign keys are on again', () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken-reference',
      foreignKeysOff: true,
      up: (db) => db.exec(`INSERT INTO node_departments (name, node_row, role) VALUES ('区科委', 424242, 'lead')`),
    };
    expect(() => openDatabase(dataDir, { migrations: [...MIGRATIONS, broken] })).toThrow(/foreign key violation/);
    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT count(*) AS n FROM node_departments`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects a migration list with a gap', () => {
    const gap: Migration = { version: LATEST_VERSION + 2, name: 'gap', up: () => {} };
    expect(() => openDatabase(tempDir(), { migrations: [...MIGRATIONS, gap] })).toThrow(/out of order/);
  });
  it('008 adds the office server tables to a library of schema 7 and keeps its plans; a plan deleted takes its owner and shares along, not its audit entries', async () => {
    const dataDir = tempDir();
    const v7 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 7) });
    const f = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()[0];
    const id = v7.addPlan(await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f }));
    const doc = v7.getPlan(id);
    v7.close();
    const lib = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 8) });
    expect(lib.db.pragma('user_version', { simple: true })).toBe(8);
    expect(lib.getPlan(id)).toEqual(doc);
    const tables = (lib.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'plan_owners', 'plan_shares', 'audit_log']));
    const db = lib.db;
    const at = '2027-01-01T00:00:00Z';
    db.prepare(`INSERT INTO users (username, display_name, role, district, password_hash, created_at, updated_at) VALUES ('a', 'A', 'planner', '杨浦区', 'scrypt$1$1$1$x$y', ?, ?)`).run(at, at);
    // a clear-text password does not fit the column
    expect(() => db.prepare(`INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES ('b', 'B', 'clerk', 'hunter2', ?, ?)`).run(at, at)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES ('c', 'C', 'boss', 'scrypt$', ?, ?)`).run(at, at)).toThrow(/CHECK/);
    // user names are unique without regard to case
    expect(() => db.prepare(`INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES ('A', 'A2', 'clerk', 'scrypt$', ?, ?)`).run(at, at)).toThrow(/UNIQUE/);
    db.prepare(`INSERT INTO plan_owners (plan_id, user_id) VALUES (?, 1)`).run(id);
    db.prepare(`INSERT INTO plan_shares (plan_id, user_id, access) VALUES (?, 1, 'read')`).run(id);
    db.prepare(`INSERT INTO audit_log (at, user_id, username, method, plan_id, result) VALUES (?, 1, 'a', 'plan.save', ?, 'ok')`).run(at, id);
    lib.deletePlan(id);
    expect(db.prepare(`SELECT count(*) AS n FROM plan_owners`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM plan_shares`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT plan_id FROM audit_log`).all()).toEqual([{ plan_id: id }]);
    lib.close();
  });
  it('009 adds the per-account tables to a library of schema 8: an annotation takes its author row along, a plan its annotations’ and its 最近打开 rows', async () => {
    const dataDir = tempDir();
    const v8 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 8) });
    const f = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()[0];
    const id = v8.addPlan(await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f }));
    const other = v8.addPlan(await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f }));
    v8.close();
    const lib = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 9) });
    const db = lib.db;
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    const at = '2027-01-01T00:00:00Z';
    db.prepare(`INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES ('r', 'R', 'reviewer', 'scrypt$1$1$1$x$y', ?, ?)`).run(at, at);
    const ann = (a: string, plan: string) => db.prepare(`INSERT INTO annotations (id, plan_id, status, round, created_at, updated_at, data) VALUES (?, ?, 'open', NULL, ?, ?, '{}')`).run(a, plan, at, at);
    ann('a_1', id);
    ann('a_2', id);
    ann('a_3', other);
    for (const a of ['a_1', 'a_2', 'a_3']) db.prepare(`INSERT INTO annotation_authors (annotation_id, user_id) VALUES (?, 1)`).run(a);
    // an author must be an account, an annotation must exist
    expect(() => db.prepare(`INSERT INTO annotation_authors (annotation_id, user_id) VALUES ('a_9', 1)`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO user_recent (user_id, plan_id, opened_at) VALUES (1, ?, ?), (1, ?, ?)`).run(id, at, other, at);
    expect(() => db.prepare(`INSERT INTO user_recent (user_id, plan_id, opened_at) VALUES (7, ?, ?)`).run(id, at)).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM annotations WHERE id = 'a_2'`).run();
    expect(db.prepare(`SELECT annotation_id FROM annotation_authors ORDER BY 1`).all()).toEqual([{ annotation_id: 'a_1' }, { annotation_id: 'a_3' }]);
    lib.deletePlan(id);
    expect(db.prepare(`SELECT annotation_id FROM annotation_authors`).all()).toEqual([{ annotation_id: 'a_3' }]);
    expect(db.prepare(`SELECT plan_id FROM user_recent`).all()).toEqual([{ plan_id: other }]);
    lib.close();
  });
});

describe('012: one district however it is written', () => {
  it('rewrites the district facet of the plans written in another spelling; a filter by any spelling then finds them all, and nothing else changes', async () => {
    const dataDir = tempDir();
    const v11 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 11) });
    const files = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
    const seed = async (f: string) => importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f });
    // seeds 000 and 004 are both 静安区 plans: one written in Traditional characters, one as it is
    const a = await seed(files[0]);
    const trad = v11.addPlan({ ...a, meta: { ...a.meta, district: '靜安區' } });
    const simp = v11.addPlan(await seed(files[4]));
    // the index as the previous version wrote it: the district token is the hash of the district as written
    const sha = (s: string) => crypto.createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);
    const docsStatus = v11.getPlan(trad).meta.status;
    const rows = v11.db.prepare(`SELECT n.rowid AS r, n.heading AS h, n.body AS b FROM nodes n WHERE plan_id = ?`).all(trad) as Array<{ r: number; h: string; b: string }>;
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      // node_fts is contentless: its facet column is not readable; write the row again with the old token
      const node = v11.db.prepare(`SELECT kind, lead, partners FROM nodes WHERE rowid = ?`).get(row.r) as { kind: string; lead: string; partners: string };
      const f = facetText({ id: trad, status: docsStatus, district: '靜安區', period: a.meta.period }, node.kind, JSON.parse(node.lead), JSON.parse(node.partners));
      v11.db.prepare(`DELETE FROM node_fts WHERE rowid = ?`).run(row.r);
      v11.db.prepare(`INSERT INTO node_fts (rowid, h, b, f) VALUES (?, ?, ?, ?)`).run(row.r, bigramText(row.h), bigramText(row.b), f.replace('d' + sha('静安区'), 'd' + sha('靜安區')));
    }
    const docs = [v11.getPlan(trad), v11.getPlan(simp)];
    const plansOf = (hits: Array<{ planId: string }>) => [...new Set(hits.map((h) => h.planId))].sort();
    // before: the Traditional spelling is a district of its own
    expect(plansOf(v11.search('信息化', { district: '静安区', limit: 500 }))).toEqual([simp]);
    v11.close();

    const lib = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 12) });
    expect(lib.db.pragma('user_version', { simple: true })).toBe(12);
    for (const d of ['静安区', '靜安區']) expect(plansOf(lib.search('信息化', { district: d, limit: 500 })), d).toEqual([simp, trad].sort());
    expect(lib.search('信息化', { district: '杨浦区' })).toEqual([]);
    // the plans as they were: the district as written, every node; the text search unchanged
    expect([lib.getPlan(trad), lib.getPlan(simp)]).toEqual(docs);
    expect(lib.search('信息化', { planId: trad, limit: 500 }).length).toBe(lib.search('信息化', { planId: trad, district: '静安区', limit: 500 }).length);
    lib.close();
  });
});

describe('013: the trash', () => {
  it('adds plans.trashed_at to a library of schema 12: every plan stays in the library, the trash is empty, a plan can be trashed and restored', async () => {
    const dataDir = tempDir();
    const v12 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 12) });
    const f = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()[1];
    const id = v12.addPlan(await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, f))), fileName: f }));
    const doc = v12.getPlan(id);
    const list = v12.listPlans();
    const hits = v12.search('信息化', { limit: 500 });
    v12.close();
    const lib = openLibrary({ dataDir });
    expect(lib.db.pragma('user_version', { simple: true })).toBe(13);
    expect(lib.listPlans()).toEqual(list);
    expect(lib.getPlan(id)).toEqual(doc);
    expect(lib.search('信息化', { limit: 500 }).map((h) => h.nodeId)).toEqual(hits.map((h) => h.nodeId));
    expect(lib.listTrash()).toEqual([]);
    lib.trashPlan(id, '2026-12-06T00:00:00.000Z');
    expect(lib.listPlans()).toEqual([]);
    expect(lib.search('信息化')).toEqual([]);
    lib.restorePlan(id);
    expect(lib.getPlan(id)).toEqual(doc);
    lib.close();
  });
});

describe('opening while another process switches the library to WAL', () => {
  it('a statement SQLite answers SQLITE_BUSY is tried again after a short wait; another error is not', () => {
    let tries = 0;
    const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(untilNotBusy(() => { if (++tries < 3) throw busy(); return 'wal'; })).toBe('wal');
    expect(tries).toBe(3);
    let other = 0;
    expect(() => untilNotBusy(() => { other++; throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }); })).toThrow('disk I/O error');
    expect(other).toBe(1);
  });
});
