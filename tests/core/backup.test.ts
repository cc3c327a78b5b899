/**
 * Backups (electron/core/backup.ts, db.ts, core.ts): online backups, the schedule with an injected clock,
 * retention, the backup before a migration, restore (round trip, validation), a damaged library detected at start
 * and the recovery mode that restores the latest backup without deleting the damaged file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { blankPlan } from '../../shared/template.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { DB_FILE_NAME, openDatabase } from '../../electron/core/db.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/migrations/index.js';
import {
  backupDir,
  backupFileName,
  listBackups,
  parseBackupName,
  pruneBackups,
  validateBackup,
} from '../../electron/core/backup.js';
import { tempDirs } from '../helpers/temp.js';
import { fails, ok } from '../helpers/core-call.js';

const tempDir = tempDirs('pw-backup-', { each: true });
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

const logged: unknown[] = [];
async function open(dataDir: string, extra: Partial<Parameters<typeof createCore>[0]> = {}): Promise<Core> {
  const core = await createCore({ dataDir, seedsDir: null, host: 'test', logError: (m, e) => logged.push([m, e]), ...extra });
  cores.push(core);
  return core;
}
function addPlan(core: Core, title: string): string {
  return core.library.addPlan(blankPlan({ title, district: '虹口区', period: { start: 2024, end: 2026 } }));
}
async function retitle(core: Core, id: string, title: string): Promise<number> {
  const p = await ok(core, 'plan.get', { id });
  const { id: _id, revision, ...doc } = p;
  return (await ok(core, 'plan.save', { id, doc: { ...doc, meta: { ...doc.meta, title } }, baseRevision: revision })).revision;
}
function titleIn(file: string, id: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT title FROM plans WHERE id = ?`).get(id) as { title: string }).title;
  } finally {
    db.close();
  }
}
function throws(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('did not throw');
}

describe('backup names', () => {
  it('carry the UTC time, the schema version and the kind, and parse back', () => {
    const d = new Date('2025-03-01T09:30:00.123Z');
    const name = backupFileName(d, 4, 'pre-migration');
    expect(name).toBe('library-20250301T093000123Z-v4-pre-migration.sqlite');
    expect(parseBackupName(name)).toEqual({ createdAt: d, schemaVersion: 4, kind: 'pre-migration', seq: 0 });
    expect(parseBackupName(backupFileName(d, 4, 'manual', 2))?.seq).toBe(2);
    for (const bad of ['library.sqlite', '../library-20250301T093000123Z-v4-auto.sqlite', 'library-20250301T093000123Z-v4-auto.sqlite.tmp', 'library-20251301T093000123Z-v4-auto.sqlite', 'library-20250301T093000123Z-v4-weekly.sqlite']) {
      expect(parseBackupName(bad), bad).toBeNull();
    }
  });
});

describe('backup.create and backup.list', () => {
  it('write a complete, self-contained copy of the library, listed newest first with its plans', async () => {
    const dir = tempDir();
    const t = new Date('2025-03-01T08:00:00.000Z');
    let clock = t;
    const core = await open(dir, { now: () => clock });
    const id = addPlan(core, '第一份');
    addPlan(core, '第二份');
    expect(await ok(core, 'backup.list', {})).toEqual([]);

    const first = await ok(core, 'backup.create', {});
    expect(first).toMatchObject({ name: 'library-20250301T080000000Z-v' + LATEST_VERSION + '-manual.sqlite', kind: 'manual', schemaVersion: LATEST_VERSION, plans: 2, createdAt: t.toISOString() });
    const file = path.join(backupDir(dir), first.name);
    expect(fs.statSync(file).size).toBe(first.bytes);
    expect(fs.existsSync(file + '-wal')).toBe(false);
    // The copy is a rollback-journal database that checks out and holds the plan.
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(titleIn(file, id)).toBe('第一份');
    // No temporary files left behind.
    expect(fs.readdirSync(backupDir(dir))).toEqual([first.name]);

    clock = new Date(t.getTime() + 1000);
    addPlan(core, '第三份');
    const second = await ok(core, 'backup.create', {});
    expect(second.plans).toBe(3);
    // Two in the same millisecond get distinct names.
    const third = await ok(core, 'backup.create', {});
    expect(third.name).not.toBe(second.name);
    expect((await ok(core, 'backup.list', {})).map((b) => b.name)).toEqual([third.name, second.name, first.name]);
  });

  it('the library stays usable while a backup is written', async () => {
    const dir = tempDir();
    const core = await open(dir);
    const id = addPlan(core, '并发');
    const [made, saved] = await Promise.all([ok(core, 'backup.create', {}), retitle(core, id, '并发中修改')]);
    expect(saved).toBe(2);
    expect(['并发', '并发中修改']).toContain(titleIn(path.join(backupDir(dir), made.name), id));
  });
});

describe('schedule (injected clock)', () => {
  it('backs up when none exists or the newest is one interval old, and prunes afterwards', async () => {
    const dir = tempDir();
    const t0 = new Date('2025-03-01T08:00:00.000Z');
    let clock = t0;
    const core = await open(dir, { now: () => clock, backups: { intervalHours: 24, keepDays: 30, keepAtLeast: 2 } });
    addPlan(core, '定时');
    expect(core.backups.started).toBe(false); // schedule off unless asked for

    const a = await core.backups.tick();
    expect(a?.kind).toBe('auto');
    clock = new Date(t0.getTime() + 23 * 3600e3);
    expect(await core.backups.tick()).toBeNull(); // 23 h: not yet
    clock = new Date(t0.getTime() + 24 * 3600e3);
    const b = await core.backups.tick();
    expect(b?.createdAt).toBe(clock.toISOString());
    // 40 days later: a new one; the first two are older than 30 days but keepAtLeast 2 keeps the newest two.
    clock = new Date(t0.getTime() + 40 * 24 * 3600e3);
    const c = await core.backups.tick();
    expect(listBackups(dir).map((x) => x.name)).toEqual([c!.name, b!.name]);
  });

  it('with schedule on: one backup at start when due, none when the newest is recent; the timer stops on close', async () => {
    const dir = tempDir();
    const t0 = new Date('2025-03-01T08:00:00.000Z');
    const first = await open(dir, { now: () => t0, backups: { schedule: true } });
    expect(first.backups.started).toBe(true);
    await first.backups.idle();
    expect(listBackups(dir).map((b) => b.kind)).toEqual(['auto']);
    first.close();
    expect(first.backups.started).toBe(false);

    const again = await open(dir, { now: () => new Date(t0.getTime() + 3600e3), backups: { schedule: true } });
    await again.backups.idle();
    expect(listBackups(dir)).toHaveLength(1);
    again.close();

    const nextDay = await open(dir, { now: () => new Date(t0.getTime() + 25 * 3600e3), backups: { schedule: true } });
    await nextDay.backups.idle();
    expect(listBackups(dir)).toHaveLength(2);
  });
});

describe('retention', () => {
  it('deletes backups older than keepDays but always keeps the newest keepAtLeast; other files are never touched', () => {
    const dir = tempDir();
    const bdir = backupDir(dir);
    fs.mkdirSync(bdir);
    const now = new Date('2025-06-30T12:00:00.000Z');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600e3);
    const ages = [1, 10, 29, 31, 35, 90];
    const names = ages.map((d) => backupFileName(daysAgo(d), 4, d === 31 ? 'pre-migration' : 'auto'));
    for (const n of names) fs.writeFileSync(path.join(bdir, n), 'x');
    fs.writeFileSync(path.join(bdir, 'my-notes.txt'), 'keep me');
    fs.writeFileSync(path.join(bdir, backupFileName(daysAgo(100), 4, 'auto') + '.bak'), 'keep me too');

    // keepDays 30, keepAtLeast 2: the three older than 30 days go (the newest two are within 30 days anyway).
    expect(pruneBackups(dir, { keepDays: 30, keepAtLeast: 2 }, now).sort()).toEqual([names[3], names[4], names[5]].sort());
    expect(listBackups(dir).map((b) => b.name)).toEqual(names.slice(0, 3));
    // keepDays 5, keepAtLeast 2: only the 29-day-old one goes; the 10-day-old one is kept as one of the newest two.
    expect(pruneBackups(dir, { keepDays: 5, keepAtLeast: 2 }, now)).toEqual([names[2]]);
    expect(fs.readdirSync(bdir).sort()).toEqual([names[0], names[1], 'my-notes.txt', backupFileName(daysAgo(100), 4, 'auto') + '.bak'].sort());
  });

  it('a backup that cannot be deleted is told, after every other old one was removed (the caller warns; walk 7: it was silent)', () => {
    const dir = tempDir();
    const bdir = backupDir(dir);
    fs.mkdirSync(bdir);
    const now = new Date('2025-06-30T12:00:00.000Z');
    const names = [1, 40, 50, 60].map((d) => backupFileName(new Date(now.getTime() - d * 24 * 3600e3), 4, 'auto'));
    for (const n of names) fs.writeFileSync(path.join(bdir, n), 'x');
    const rm = fs.rmSync;
    const spy = vi.spyOn(fs, 'rmSync').mockImplementation((p, o) => {
      if (String(p).endsWith(names[2])) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      rm(p, o);
    });
    try {
      expect(() => pruneBackups(dir, { keepDays: 30, keepAtLeast: 1 }, now)).toThrow(new RegExp(`${names[2]}: EBUSY`));
    } finally {
      spy.mockRestore();
    }
    expect(listBackups(dir).map((b) => b.name)).toEqual([names[0], names[2]]);
  });
});

describe('backup before a migration', () => {
  const extra: Migration = { version: LATEST_VERSION + 1, name: 'extra', up: (db) => db.exec(`CREATE TABLE extra_table (x INTEGER)`) };

  it('an existing library is copied (at its old version) before pending migrations run', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('marker', '"before"')`).run();
    db.close();
    const when = new Date('2025-04-01T00:00:00.000Z');
    const migrated = openDatabase(dir, { migrations: [...MIGRATIONS, extra], now: () => when });
    expect(migrated.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    migrated.close();

    const backups = listBackups(dir);
    expect(backups.map((b) => b.name)).toEqual([backupFileName(when, LATEST_VERSION, 'pre-migration')]);
    const copy = new Database(backups[0].file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare(`SELECT value FROM settings WHERE key = 'marker'`).get()).toEqual({ value: '"before"' });
    expect(copy.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra_table'`).get()).toEqual({ n: 0 });
    copy.close();
  });

  it('a new library and an up-to-date one get no backup', () => {
    const dir = tempDir();
    openDatabase(dir).close(); // new: all migrations pending, nothing to save
    openDatabase(dir).close(); // up to date
    expect(fs.existsSync(backupDir(dir))).toBe(false);
  });

  it('the backup stays when the migration fails (the library is rolled back to its old version)', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const bad: Migration = { version: LATEST_VERSION + 1, name: 'bad', up: () => { throw new Error('boom'); } };
    expect(() => openDatabase(dir, { migrations: [...MIGRATIONS, bad] })).toThrow('boom');
    expect(listBackups(dir).map((b) => [b.kind, b.schemaVersion])).toEqual([['pre-migration', LATEST_VERSION]]);
  });

  it('a database from a newer version is refused untouched, and no backup is written', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE_NAME);
    const future = new Database(file);
    future.exec(`CREATE TABLE future_stuff (x)`);
    future.pragma(`user_version = ${LATEST_VERSION + 1}`);
    future.close();
    const before = fs.readFileSync(file);
    const e = throws(() => openDatabase(dir));
    expect(e.code).toBe('db-too-new');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]);
  });
});

describe('backup.restore', () => {
  it('round trip: the library returns to the backup, the replaced state is kept as a pre-restore backup, the core stays usable', async () => {
    const dir = tempDir();
    let clock = new Date('2025-03-01T08:00:00.000Z');
    const core = await open(dir, { now: () => clock });
    const id = addPlan(core, '甲稿');
    const backup = await ok(core, 'backup.create', {});
    clock = new Date('2025-03-01T09:00:00.000Z');
    await retitle(core, id, '乙稿');
    const later = addPlan(core, '备份之后新建');

    const r = await ok(core, 'backup.restore', { name: backup.name });
    expect(r.restored).toBe(backup.name);
    expect(r.movedAside).toEqual([]);
    expect(r.plans).toBe(1);
    expect((await ok(core, 'plan.get', { id })).meta.title).toBe('甲稿');
    expect((await fails(core, 'plan.get', { id: later })).code).toBe('not-found');
    // The state just before the restore is a backup of its own.
    expect(r.safetyBackup).toMatch(/-pre-restore\.sqlite$/);
    expect(titleIn(path.join(backupDir(dir), r.safetyBackup!), id)).toBe('乙稿');
    // Usable: save on the restored revision (1), search, and a fresh open sees the same.
    expect(await retitle(core, id, '丙稿')).toBe(2);
    expect((await ok(core, 'library.list', {})).map((p) => p.title)).toEqual(['丙稿']);
    core.close();
    const reopened = await open(dir);
    expect(reopened.library.getPlan(id).meta.title).toBe('丙稿');
    const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('the trash is backed up and restored with the library: a plan deleted before the backup and purged after it is in the trash again, and restores whole', async () => {
    const dir = tempDir();
    const core = await open(dir, { now: () => new Date('2025-03-01T08:00:00.000Z') });
    const kept = addPlan(core, '留在资料库');
    const id = addPlan(core, '回收站里的');
    await retitle(core, id, '回收站里的(改)');
    const before = await ok(core, 'plan.get', { id });
    await ok(core, 'plan.delete', { id });
    const backup = await ok(core, 'backup.create', {});
    expect(backup.plans).toBe(1); // the library's plans; the trash's come along all the same
    await ok(core, 'plan.purge', { id });
    expect((await ok(core, 'trash.list', {})).plans).toEqual([]);
    await ok(core, 'backup.restore', { name: backup.name });
    expect((await ok(core, 'trash.list', {})).plans.map((p) => p.id)).toEqual([id]);
    expect((await ok(core, 'library.list', {})).map((p) => p.id)).toEqual([kept]);
    await ok(core, 'plan.restore', { id });
    expect(await ok(core, 'plan.get', { id })).toEqual(before);
    core.close();
  });

  it('refuses a backup from a newer version, a damaged one and a name that is not a backup; the library is unchanged', async () => {
    const dir = tempDir();
    const core = await open(dir);
    const id = addPlan(core, '原样');
    const bdir = backupDir(dir);
    fs.mkdirSync(bdir);

    const newer = backupFileName(new Date('2025-01-01T00:00:00Z'), LATEST_VERSION + 1, 'manual');
    const nf = new Database(path.join(bdir, newer));
    nf.exec(`CREATE TABLE plans (id TEXT)`);
    nf.pragma(`user_version = ${LATEST_VERSION + 1}`);
    nf.close();
    let e = await fails(core, 'backup.restore', { name: newer });
    expect(e.code).toBe('backup-too-new');
    expect(e.message).toMatch(/更新版本/);

    const broken = backupFileName(new Date('2025-01-02T00:00:00Z'), LATEST_VERSION, 'manual');
    fs.writeFileSync(path.join(bdir, broken), Buffer.alloc(8192, 0x41));
    e = await fails(core, 'backup.restore', { name: broken });
    expect(e.code).toBe('backup-corrupt');

    for (const name of ['../library.sqlite', 'library.sqlite', backupFileName(new Date('2025-01-03T00:00:00Z'), 1, 'auto')]) {
      expect((await fails(core, 'backup.restore', { name })).code, name).toBe('not-found');
    }
    expect(() => validateBackup(path.join(bdir, broken), LATEST_VERSION)).toThrow(AppError);
    // Nothing happened to the library, and no safety backup was taken for a refused restore.
    expect((await ok(core, 'plan.get', { id })).meta.title).toBe('原样');
    expect(listBackups(dir).filter((b) => b.kind === 'pre-restore')).toEqual([]);
  });
});

/** Overwrite the middle of the file's pages (not the header) so that SQLite's checks fail. */
function damagePages(file: string): void {
  const buf = fs.readFileSync(file);
  const page = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  for (let p = 1; p * page < buf.length; p++) buf.fill(0x5a, p * page + 8, p * page + page - 8);
  fs.writeFileSync(file, buf);
}

describe('a damaged library at start', () => {
  it('not a database at all: db-corrupt, listing the backups, file untouched', async () => {
    const dir = tempDir();
    const core = await open(dir, { now: () => new Date('2025-03-01T08:00:00.000Z') });
    addPlan(core, '有备份');
    const b = await ok(core, 'backup.create', {});
    core.close();
    cores.splice(0);
    const file = path.join(dir, DB_FILE_NAME);
    fs.writeFileSync(file, Buffer.from('这不是数据库'.repeat(1000)));
    const before = fs.readFileSync(file);

    const e = throws(() => openDatabase(dir));
    expect(e.code).toBe('db-corrupt');
    expect(e.message).toMatch(/损坏/);
    expect(e.details?.latestBackup).toBe(b.name);
    expect((e.details?.backups as Array<{ name: string }>).map((x) => x.name)).toEqual([b.name]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // createCore without recovery mode rejects with the same error (the CLI).
    await expect(createCore({ dataDir: dir, seedsDir: null, host: 'test' })).rejects.toMatchObject({ code: 'db-corrupt' });
  });

  it('damaged pages behind an intact header: found by quick_check', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const ins = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) ins.run(`k${i}`, JSON.stringify('v'.repeat(100)));
    })();
    db.close(); // checkpoints the WAL into the file
    const file = path.join(dir, DB_FILE_NAME);
    damagePages(file);
    expect(throws(() => openDatabase(dir)).code).toBe('db-corrupt');
  });

  it('quickCheck: false skips quick_check only when no migration is pending; a damaged page is then found by the read that reaches it', () => {
    const fill = (dir: string, migrations = MIGRATIONS) => {
      const db = openDatabase(dir, { migrations });
      const ins = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
      db.transaction(() => {
        for (let i = 0; i < 2000; i++) ins.run(`k${i}`, JSON.stringify('v'.repeat(100)));
      })();
      db.close();
      // the second half of the file: the settings' rows, not the schema (the first pages)
      const file = path.join(dir, DB_FILE_NAME);
      const buf = fs.readFileSync(file);
      const page = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
      const pages = buf.length / page;
      for (let p = Math.ceil(pages / 2); p < pages; p++) buf.fill(0x5a, p * page + 8, p * page + page - 8);
      fs.writeFileSync(file, buf);
    };
    const older = tempDir();
    fill(older, MIGRATIONS.slice(0, LATEST_VERSION - 1));
    const bytes = fs.readFileSync(path.join(older, DB_FILE_NAME));
    expect(throws(() => openDatabase(older, { quickCheck: false })).code).toBe('db-corrupt'); // a migration is pending
    expect(fs.readFileSync(path.join(older, DB_FILE_NAME)).equals(bytes)).toBe(true);
    const current = tempDir();
    fill(current);
    expect(throws(() => openDatabase(current)).code).toBe('db-corrupt');
    const db = openDatabase(current, { quickCheck: false });
    try {
      expect(() => db.prepare(`SELECT sum(length(value)) FROM settings`).get()).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CORRUPT/) }));
    } finally {
      db.close();
    }
  });

  it('recovery mode: the latest backup is offered and restored; the damaged file is moved aside, never deleted', async () => {
    const dir = tempDir();
    const t = new Date('2025-03-01T08:00:00.000Z');
    const core = await open(dir, { now: () => t });
    const id = addPlan(core, '恢复我');
    await ok(core, 'backup.create', {});
    const newest = await ok(core, 'backup.create', {});
    core.close();
    cores.splice(0);
    const file = path.join(dir, DB_FILE_NAME);
    fs.writeFileSync(file, Buffer.alloc(4096, 0x33));
    fs.writeFileSync(file + '-wal', Buffer.alloc(100, 0x44)); // a stray WAL (SQLite drops an invalid one; a valid one is moved aside with the file)

    const rec = await open(dir, { recovery: true, now: () => new Date('2025-03-02T10:00:00.000Z') });
    expect(rec.recovery?.latestBackup?.name).toBe(newest.name);
    const info = await ok(rec, 'app.info', {});
    expect(info.recovery).toMatchObject({ code: 'db-corrupt', file, latestBackup: { name: newest.name, plans: 1 } });
    expect(info.plans).toBe(0);
    expect((await fails(rec, 'library.list', {})).code).toBe('db-corrupt');
    expect((await fails(rec, 'backup.create', {})).code).toBe('db-corrupt');
    expect((await ok(rec, 'backup.list', {})).length).toBe(2);

    const r = await ok(rec, 'backup.restore', { name: newest.name });
    expect(r.safetyBackup).toBeNull();
    expect(r.movedAside[0]).toBe('library.sqlite.corrupt-20250302T100000000Z');
    for (const m of r.movedAside.slice(1)) expect(m).toMatch(/^library\.sqlite\.corrupt-20250302T100000000Z-(wal|shm)$/);
    expect(fs.readFileSync(path.join(dir, r.movedAside[0])).equals(Buffer.alloc(4096, 0x33))).toBe(true);
    expect(rec.recovery).toBeNull();
    expect((await ok(rec, 'app.info', {})).recovery).toBeUndefined();
    expect((await ok(rec, 'library.list', {})).map((p) => p.id)).toEqual([id]);
    expect(await retitle(rec, id, '恢复后可编辑')).toBe(2);
  });
});
