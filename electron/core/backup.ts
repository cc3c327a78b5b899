/**
 * Backups of the library database: plain Node + better-sqlite3 (never 'electron').
 *
 *   <dataDir>/backups/library-<UTC time>-v<schema>-<kind>.sqlite
 *     e.g. library-20250301T093000123Z-v4-auto.sqlite
 *   kind: auto (schedule), manual (the user), pre-migration (openDatabase, before the first pending migration),
 *         pre-restore (the library as it was, just before a restore replaced it)
 *
 * - createBackup uses SQLite's online backup API (better-sqlite3 db.backup): a consistent copy while the
 *   library stays usable. createBackupSync (used by the synchronous openDatabase before a migration) uses
 *   VACUUM INTO, which is SQLite's other way to write a consistent copy of a live database.
 * - Either way the copy is written to a hidden temporary name, switched to journal_mode=DELETE (a single
 *   self-contained file), fsync'ed, checked, and only then renamed to its final name: a backup that is
 *   listed is complete.
 * - Retention (pruneBackups): backups older than keepDays are deleted, except that the newest keepAtLeast
 *   are always kept. Only files with our naming pattern are ever deleted.
 * - validateBackup: integrity_check must be 'ok' and the schema no newer than this build.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { prepareBackupCopy, validateBackupWith } from './sqlite-check.js';

export const BACKUP_DIR_NAME = 'backups';
export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupSettings {
  /** Back up at start when the newest backup is older than the interval, then every interval while running. Default false (hosts turn it on). */
  schedule: boolean;
  /** Hours between automatic backups. Default 24. */
  intervalHours: number;
  /** Backups older than this many days are deleted … Default 30. */
  keepDays: number;
  /** … except the newest keepAtLeast, always kept. Default 5. */
  keepAtLeast: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { schedule: false, intervalHours: 24, keepDays: 30, keepAtLeast: 5 };

export interface BackupInfo {
  /** File name inside the backups folder: the backup's id in the API. */
  name: string;
  /** Absolute path. */
  file: string;
  /** ISO time the backup was taken (from the name). */
  createdAt: string;
  kind: BackupKind;
  /** PRAGMA user_version of the copied library. */
  schemaVersion: number;
  bytes: number;
}

const NAME_RE = /^library-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-v(\d{1,6})-(auto|manual|pre-migration|pre-restore)(?:-(\d{1,4}))?\.sqlite$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR_NAME);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, ''); // 2025-03-01T09:30:00.123Z → 20250301T093000123Z
}

export function backupFileName(date: Date, schemaVersion: number, kind: BackupKind, seq = 0): string {
  return `library-${stamp(date)}-v${Math.trunc(schemaVersion)}-${kind}${seq ? `-${seq}` : ''}.sqlite`;
}

export function parseBackupName(name: string): { createdAt: Date; schemaVersion: number; kind: BackupKind; seq: number } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, v, kind, seq] = m;
  const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, schemaVersion: Number(v), kind: kind as BackupKind, seq: seq ? Number(seq) : 0 };
}

/** The backups in <dataDir>/backups, newest first. A missing folder is an empty list. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: Array<BackupInfo & { seq: number }> = [];
  for (const name of names) {
    const p = parseBackupName(name);
    if (!p) continue;
    const file = path.join(dir, name);
    let bytes: number;
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) continue;
      bytes = st.size;
    } catch {
      continue;
    }
    out.push({ name, file, createdAt: p.createdAt.toISOString(), kind: p.kind, schemaVersion: p.schemaVersion, bytes, seq: p.seq });
  }
  out.sort((a, b) => (a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1));
  return out.map(({ seq: _seq, ...b }) => b);
}

/** A backup by its file name; 'not-found' for anything else (also any name with a path in it). */
export function findBackup(dataDir: string, name: string): BackupInfo {
  const found = parseBackupName(name) ? listBackups(dataDir).find((b) => b.name === name) : undefined;
  if (!found) {
    throw new AppError('not-found', `找不到备份 ${name.slice(0, 120)}`, { name: name.slice(0, 120), en: `No backup named ${name.slice(0, 120)}.` });
  }
  return found;
}

/** Number of plans in a backup, or null when it cannot be read. Read-only. */
export function countPlansIn(file: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // the plans of the library, not those in its trash (schema 13; the trash comes back with the backup all the same)
    const trash = db.prepare(`SELECT 1 FROM pragma_table_info('plans') WHERE name = 'trashed_at'`).get() !== undefined;
    return (db.prepare(`SELECT count(*) AS n FROM plans${trash ? ' WHERE trashed_at IS NULL' : ''}`).get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/**
 * A free final name for a backup taken at `date`, its temporary file `.<name>.tmp` made empty and exclusively
 * (VACUUM INTO and a backup both write into an empty file): two processes backing up in the same millisecond take
 * two names, never one file. The temporary file is taken before the final name is looked for: another process's
 * copy of that name is always one of the two (renamed atomically), so neither is ever written over.
 */
function freeName(dir: string, date: Date, schemaVersion: number, kind: BackupKind): string {
  for (let seq = 0; seq < 10_000; seq++) {
    const name = backupFileName(date, schemaVersion, kind, seq);
    const tmp = path.join(dir, `.${name}.tmp`);
    try {
      fs.closeSync(fs.openSync(tmp, 'wx'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    if (!fs.existsSync(path.join(dir, name))) return name;
    removeQuietly(tmp);
  }
  throw new Error('no free backup name');
}

/**
 * Runs a whole-file check of ./sqlite-check.ts off the host's thread (the core passes one that uses a worker,
 * ./isolated-import.ts sqliteCheckIsolated); without one the check runs in-process.
 */
export type FileChecker = (check: 'backup-copy' | 'validate-backup', file: string) => Promise<{ schemaVersion: number; plans: number } | null>;

/** Make the written copy a self-contained rollback-journal file, check it, fsync it and give it its final name. */
function finish(tmp: string, dir: string, name: string): BackupInfo {
  prepareBackupCopy(Database, tmp);
  return publish(tmp, dir, name);
}

/** The same, the check in a worker when a checker is given (the host keeps answering meanwhile). */
async function finishChecked(tmp: string, dir: string, name: string, checker?: FileChecker): Promise<BackupInfo> {
  if (!checker) return finish(tmp, dir, name);
  await checker('backup-copy', tmp);
  return publish(tmp, dir, name);
}

function publish(tmp: string, dir: string, name: string): BackupInfo {
  fsyncFile(tmp);
  const file = path.join(dir, name);
  fs.renameSync(tmp, file);
  fsyncDir(dir);
  const p = parseBackupName(name)!;
  return { name, file, createdAt: p.createdAt.toISOString(), kind: p.kind, schemaVersion: p.schemaVersion, bytes: fs.statSync(file).size };
}

function backupFailed(e: unknown, kind: BackupKind): AppError {
  if (e instanceof AppError) return e;
  const why = String((e as Error)?.message ?? e).slice(0, 300);
  return new AppError('backup-failed', `备份失败:${why}`, { kind, reason: why, en: `The backup could not be written: ${why}` });
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    /* ignore */
  }
}

/** Online backup (SQLite backup API) of an open library. The library stays usable meanwhile. */
export async function createBackup(db: Database.Database, dataDir: string, kind: BackupKind, now: Date = new Date(), checker?: FileChecker): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  let tmp = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const name = freeName(dir, now, version, kind);
    tmp = path.join(dir, `.${name}.tmp`);
    await db.backup(tmp);
    return await finishChecked(tmp, dir, name, checker);
  } catch (e) {
    if (tmp) removeQuietly(tmp);
    throw backupFailed(e, kind);
  }
}

/** Synchronous consistent copy (VACUUM INTO), for openDatabase before a migration. Writes nothing to `db`. */
export function createBackupSync(db: Database.Database, dataDir: string, kind: BackupKind, now: Date = new Date()): BackupInfo {
  const dir = backupDir(dataDir);
  let tmp = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const name = freeName(dir, now, version, kind);
    tmp = path.join(dir, `.${name}.tmp`);
    db.prepare('VACUUM INTO ?').run(tmp);
    return finish(tmp, dir, name);
  } catch (e) {
    if (tmp) removeQuietly(tmp);
    throw backupFailed(e, kind);
  }
}

/** Delete backups older than keepDays, always keeping the newest keepAtLeast. Returns the names deleted. */
export function pruneBackups(dataDir: string, settings: Pick<BackupSettings, 'keepDays' | 'keepAtLeast'>, now: Date = new Date()): string[] {
  const cutoff = now.getTime() - settings.keepDays * 24 * 3600 * 1000;
  const removed: string[] = [];
  const failed: Array<{ name: string; error: unknown }> = [];
  listBackups(dataDir).forEach((b, i) => {
    if (i < settings.keepAtLeast) return;
    if (new Date(b.createdAt).getTime() >= cutoff) return;
    try {
      fs.rmSync(b.file);
      removed.push(b.name);
    } catch (error) {
      failed.push({ name: b.name, error }); // still there: tried again next time
    }
  });
  // every old backup was tried; those still there are told (the caller makes it a warning: the new backup stands)
  if (failed.length) {
    const first = failed[0].error as NodeJS.ErrnoException;
    throw Object.assign(new Error(`${failed.map((f) => f.name).join('、')}: ${first?.code ?? String(first)}`), { code: first?.code, removed });
  }
  return removed;
}

/** Is an automatic backup due (none yet, or the newest is at least one interval old)? */
export function backupDue(dataDir: string, intervalHours: number, now: Date = new Date()): boolean {
  const newest = listBackups(dataDir)[0];
  if (!newest) return true;
  return now.getTime() - new Date(newest.createdAt).getTime() >= intervalHours * 3600 * 1000;
}

/**
 * Check a backup before restoring it: a readable SQLite database, integrity_check 'ok', a schema this build
 * can open (not newer than `latestVersion`) with a plans table. Read-only. Returns its schema version and plan count.
 */
export function validateBackup(file: string, latestVersion: number): { schemaVersion: number; plans: number } {
  return validateBackupWith(Database, file, latestVersion);
}

/** validateBackup, in a worker when a checker is given (integrity_check reads the whole file). */
export async function validateBackupChecked(file: string, latestVersion: number, checker?: FileChecker): Promise<{ schemaVersion: number; plans: number }> {
  if (!checker) return validateBackup(file, latestVersion);
  return (await checker('validate-backup', file))!;
}

/**
 * The automatic schedule: `tick()` backs up when one is due, then prunes. start() runs a tick at once and then
 * every `checkEveryMs` (default: the smaller of the interval and one hour, so a machine that slept catches up);
 * the timer is unref'd (never keeps the process alive) and cleared by stop(). Failures go to `onError`.
 */
export class BackupScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<BackupInfo | null> | null = null;

  constructor(
    private readonly opts: {
      dataDir: string;
      settings: BackupSettings;
      /** Takes the backup (the core passes createBackup on its current library). */
      backup: () => Promise<BackupInfo>;
      now: () => Date;
      onError: (e: unknown) => void;
      checkEveryMs?: number;
    },
  ) {}

  /** One check: a backup when due (and retention afterwards). Resolves to the new backup or null. Never rejects. */
  tick(): Promise<BackupInfo | null> {
    if (this.running) return this.running;
    const run = (async () => {
      try {
        const { dataDir, settings, now } = this.opts;
        if (!backupDue(dataDir, settings.intervalHours, now())) return null;
        const made = await this.opts.backup();
        try {
          pruneBackups(dataDir, settings, now());
        } catch (e) {
          this.opts.onError(e); // the backup is made: old ones are tried again after the next
        }
        return made;
      } catch (e) {
        this.opts.onError(e);
        return null;
      }
    })();
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  /** The backup under way, if any (restore and close wait for it). */
  idle(): Promise<unknown> {
    return this.running ?? Promise.resolve();
  }

  start(): void {
    if (this.timer) return;
    void this.tick();
    const every = this.opts.checkEveryMs ?? Math.min(this.opts.settings.intervalHours * 3600 * 1000, 3600 * 1000);
    this.timer = setInterval(() => void this.tick(), Math.max(1000, every));
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get started(): boolean {
    return this.timer !== null;
  }
}
