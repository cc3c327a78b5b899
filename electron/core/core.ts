/**
 * The core: one handler per API method (shared/api/contract.ts), over the SQLite library.
 * Plain Node, never imports 'electron'. Every host (Electron IPC, the HTTP bridge, the CLI)
 * goes through `call` (./dispatch.ts: the only boundary that validates input, and the error mapping).
 *
 * Handlers that write do so in one transaction (see library.ts), so a call that fails leaves
 * the library as it was.
 */
import { AppError, ImportError, LIMITS } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import { blankPlan, planFromTemplate } from '../../shared/template.js';
import { PLAN_STATUSES, walk, type PlanDoc, type PlanNode, type Period } from '../../shared/model/plan.js';
import type { DocxOptions } from '../../shared/export/options.js';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { METHOD_NAMES, type BackupSummary, type Envelope, type Handlers, type MethodName, type Output, type RecoveryState } from '../../shared/api/contract.js';
import {
  BackupScheduler,
  countPlansIn,
  createBackup,
  DEFAULT_BACKUP_SETTINGS,
  findBackup,
  listBackups,
  pruneBackups,
  validateBackup,
  type BackupInfo,
  type BackupSettings,
} from './backup.js';
import { DB_FILE_NAME, LATEST_VERSION, storageError } from './db.js';
import { makeCall } from './dispatch.js';
import { notFound, openLibrary, type Library } from './library.js';
import { checkDoc } from './checks.js';
import { comparePlansIsolated, exportDocxIsolated, importIsolated, type ImportStats } from './isolated-import.js';
import { rememberMapping, rememberedMappings } from './level-mappings.js';
import { ensureSeeds, type EnsureSeedsResult } from './seeds.js';
import { exportDocx, exportMarkdown, exportPdf, pdfCapability, previewPages } from './export.js';
import { CompareStore } from './versions.js';
import { ReviewStore } from './review.js';
import { comparePlans, compareVersions, type Pin, type PlanComparison } from '../../shared/compare/index.js';
import pkg from '../../package.json' with { type: 'json' };

export interface CoreOptions {
  /** Library folder (created when missing). */
  dataDir: string;
  /** Reference plans imported once per library on start (seeds/*.txt); null to skip. */
  seedsDir: string | null;
  /** Which host runs the core: 'electron', 'web', 'cli', 'test' … (reported by app.info). */
  host: string;
  /** Unexpected errors (code 'internal') are reported here; default: console.error. */
  logError?: (message: string, error: unknown) => void;
  /** better-sqlite3 native binding to load (the Electron build); default: the Node build. */
  nativeBinding?: string;
  /** Backups (./backup.ts): schedule (off unless set: the desktop app and browser mode turn it on), interval, retention. */
  backups?: Partial<BackupSettings>;
  /**
   * A damaged library file at start: false (default) → createCore throws AppError 'db-corrupt' (details list the
   * backups); true → the core starts in recovery mode: app.info reports `recovery`, backup.list and backup.restore
   * work, every other method answers 'db-corrupt'. The desktop app and browser mode use true, the CLI false.
   */
  recovery?: boolean;
  /** Clock for backups (tests). */
  now?: () => Date;
  /**
   * Entry of the import worker (plan.importPreview runs the importer in a worker thread): the built app
   * passes its bundled chunk; default: electron/core/import-worker-boot.mjs (runs the source through tsx).
   */
  importWorker?: string | URL;
  /** Override the import limits (tests); default LIMITS.importTimeoutMs / LIMITS.importMemoryMb. */
  importLimits?: { timeoutMs?: number; memoryMb?: number };
  /** Told the time and worker memory of every plan.importPreview (tests, benchmarks). */
  onImportStats?: (stats: ImportStats & { fileName: string }) => void;
}

export interface Core {
  /** The handlers of the library open now (they change after a restore). */
  readonly handlers: Handlers;
  /** Validate, run, and wrap in an Envelope. Never throws. */
  call<K extends MethodName>(method: K | (string & {}), rawInput: unknown): Promise<Envelope<Output<K>>>;
  close(): void;
  /** For tests and maintenance tools; hosts use `call`. Throws 'db-corrupt' in recovery mode. */
  readonly library: Library;
  /** What ensureSeeds did on this start. */
  readonly seeds: EnsureSeedsResult;
  /** Non-null while the core runs in recovery mode (damaged library file). */
  readonly recovery: RecoveryState | null;
  /** The automatic backup schedule (tests call tick() with an injected clock). */
  readonly backups: BackupScheduler;
}

/** Appended to the title of a duplicated plan when no title is given. */
export const COPY_SUFFIX = '(副本)';
export { MAX_INPUT_DEPTH, WRITE_METHODS } from './dispatch.js';

export async function createCore(opts: CoreOptions): Promise<Core> {
  const logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const now = opts.now ?? (() => new Date());
  const settings: BackupSettings = { ...DEFAULT_BACKUP_SETTINGS, ...opts.backups };
  const dbOpts = { dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, now };
  let lib: Library | null = null;
  let corrupt: AppError | null = null;
  try {
    lib = openLibrary(dbOpts);
  } catch (e) {
    if (!(opts.recovery && e instanceof AppError && e.code === 'db-corrupt')) throw storageError(e, opts.dataDir) ?? e;
    corrupt = e;
    logError('[core] the library file is damaged; starting in recovery mode:', e.message);
  }
  if (lib?.readOnly) logError('[core] warning: the data folder cannot be written; the library is open read-only:', opts.dataDir);
  let seeds: EnsureSeedsResult = { imported: [], skipped: [], changed: [], failed: [] };
  if (lib && !lib.readOnly && opts.seedsDir) {
    try {
      seeds = await ensureSeeds(lib, opts.seedsDir, importFile);
    } catch (e) {
      const s = storageError(e, opts.dataDir);
      if (s) {
        // A full disk must not keep the user out of the library: the seeds not stored are tried again next start.
        logError(`[core] warning: reference plans not stored (${s.code}); they are tried again on the next start`, s.message);
      } else {
        lib.close();
        throw e;
      }
    }
  }
  for (const f of seeds.failed) logError(`[core] seed ${f.fileName} was not imported: ${f.error.code}`, f.error.message);

  const imports: ImportJobs = { running: new Set(), byId: new Map(), cancelledEarly: new Set() };
  let closed = false;
  /** Set while a restore swaps the library: other calls answer 'busy'. */
  let restoring = false;

  const currentLib = (): Library => {
    if (!lib) throw corruptNow();
    return lib;
  };
  const corruptNow = (): AppError =>
    corrupt ?? new AppError('db-corrupt', '资料库未打开', { en: 'The library is not open.' });

  const recoveryState = (): RecoveryState | null => {
    if (!corrupt) return null;
    const latest = listBackups(opts.dataDir)[0];
    return {
      code: 'db-corrupt',
      message: corrupt.message,
      file: path.join(opts.dataDir, DB_FILE_NAME),
      latestBackup: latest ? summary(latest) : null,
    };
  };

  const scheduler = new BackupScheduler({
    dataDir: opts.dataDir,
    settings,
    now,
    backup: () => createBackup(currentLib().db, opts.dataDir, 'auto', now()),
    onError: (e) => logError('[core] automatic backup failed:', e),
  });

  const backupHandlers: Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'app.info'> = {
    'app.info': async () => {
      const recovery = recoveryState();
      return {
        version: pkg.version,
        dataDir: opts.dataDir,
        plans: lib ? PLAN_STATUSES.reduce((n, s) => n + lib!.countPlans(s), 0) : 0,
        host: opts.host,
        ...(recovery ? { recovery } : {}),
        ...(lib?.readOnly ? { readOnly: true } : {}),
      };
    },
    'backup.list': async () => listBackups(opts.dataDir).map(summary),
    'backup.create': async () => {
      await scheduler.idle();
      const made = await createBackup(currentLib().db, opts.dataDir, 'manual', now());
      pruneBackups(opts.dataDir, settings, now());
      return summary(made);
    },
    'backup.restore': async ({ name }) => {
      const chosen = findBackup(opts.dataDir, name);
      validateBackup(chosen.file, LATEST_VERSION);
      restoring = true;
      try {
        await scheduler.idle();
        let safetyBackup: string | null = null;
        let movedAside: string[] = [];
        if (lib) {
          safetyBackup = (await createBackup(lib.db, opts.dataDir, 'pre-restore', now())).name;
          lib.close();
          lib = null;
          // SQLite's backup API copies the pages into the library file under its own locks (a second process
          // that has the library open sees the restored content), the journal keeps it crash-safe.
          const src = new Database(chosen.file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
          try {
            await src.backup(path.join(opts.dataDir, DB_FILE_NAME));
          } finally {
            src.close();
          }
        } else {
          movedAside = replaceCorruptFile(opts.dataDir, chosen.file, now());
        }
        lib = openLibrary(dbOpts);
        corrupt = null;
        handlers = allHandlers(lib);
        if (settings.schedule) scheduler.start(); // a core that started in recovery mode had none
        return { restored: chosen.name, safetyBackup, movedAside, plans: PLAN_STATUSES.reduce((n, s) => n + lib!.countPlans(s), 0) };
      } catch (e) {
        if (!lib && !corrupt) {
          // The old library was closed and could not be reopened: keep answering, as in recovery mode.
          try {
            lib = openLibrary(dbOpts);
            handlers = allHandlers(lib);
          } catch (e2) {
            corrupt = e2 instanceof AppError ? e2 : new AppError('db-corrupt', `资料库无法重新打开:${String((e2 as Error)?.message ?? e2)}`, { en: 'The library could not be reopened.' });
            handlers = recoveryHandlers();
          }
        }
        throw e;
      } finally {
        restoring = false;
      }
    },
  };

  const allHandlers = (l: Library): Handlers => ({ ...makeHandlers(l, opts, imports), ...backupHandlers });
  const recoveryHandlers = (): Handlers => {
    const refuse = async () => {
      throw corruptNow();
    };
    const h = Object.fromEntries(METHOD_NAMES.map((m) => [m, refuse])) as unknown as Handlers;
    return { ...h, ...backupHandlers };
  };
  let handlers: Handlers = lib ? allHandlers(lib) : recoveryHandlers();

  if (lib && !lib.readOnly && settings.schedule) scheduler.start();

  const call = makeCall(
    {
      get closed() {
        return closed;
      },
      get restoring() {
        return restoring;
      },
      get library() {
        return lib;
      },
      corruptNow,
      get handlers() {
        return handlers;
      },
    },
    opts.dataDir,
    logError,
  );

  return {
    get handlers() {
      return handlers;
    },
    call: call as Core['call'],
    close() {
      closed = true;
      for (const job of imports.running) job.abort(); // their workers are terminated
      scheduler.stop();
      lib?.close();
      lib = null;
    },
    get library() {
      return currentLib();
    },
    seeds,
    get recovery() {
      return recoveryState();
    },
    backups: scheduler,
  };
}

/** A backup as the API lists it (with its number of plans, read from the file). */
function summary(b: BackupInfo): BackupSummary {
  return { name: b.name, createdAt: b.createdAt, kind: b.kind, schemaVersion: b.schemaVersion, bytes: b.bytes, plans: countPlansIn(b.file) };
}

/**
 * Recovery: move the damaged library file (and its -wal/-shm, which belong to it and must not be replayed onto the
 * restored file) aside as library.sqlite.corrupt-<time>[-wal|-shm] — never deleted — and put a copy of the backup in
 * its place (written to a temporary name, fsync'ed, renamed). Returns the names moved aside.
 */
function replaceCorruptFile(dataDir: string, backupFile: string, when: Date): string[] {
  const file = path.join(dataDir, DB_FILE_NAME);
  const tag = when.toISOString().replace(/[-:.]/g, '');
  const moved: string[] = [];
  const tmp = path.join(dataDir, `.${DB_FILE_NAME}.restoring`);
  fs.copyFileSync(backupFile, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of ['', '-wal', '-shm']) {
    const from = file + suffix;
    if (!fs.existsSync(from)) continue;
    let to = `${file}.corrupt-${tag}${suffix}`;
    for (let i = 2; fs.existsSync(to); i++) to = `${file}.corrupt-${tag}-${i}${suffix}`;
    fs.renameSync(from, to);
    moved.push(path.basename(to));
  }
  fs.renameSync(tmp, file);
  return moved;
}

function checkPeriod(period: Period): void {
  if (period.start > period.end) {
    throw new AppError('invalid-input', `规划期起始年份 ${period.start} 晚于结束年份 ${period.end}`, {
      period,
      issues: [{ path: ['period'], code: 'custom', message: 'start > end' }],
      en: `Period start ${period.start} is after its end ${period.end}.`,
    });
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** base64 → bytes, refusing anything over LIMITS.maxImportBytes and malformed text before decoding. */
function decodeBase64(data: string, fileName: string): Uint8Array {
  const tooLarge = (size: number) => new ImportError('too-large', fileName, `文件过大(${size} 字节,上限 ${LIMITS.maxImportBytes} 字节)`, {
    bytes: size,
    limit: LIMITS.maxImportBytes,
  });
  // Cheap first look (base64 with line breaks every 76 characters is ~1.3% longer): no copy of a huge string.
  const upper = Math.floor((data.length * 3) / 4);
  if (upper > LIMITS.maxImportBytes * 1.05 + 1024) throw tooLarge(upper);
  const s = data.replace(/\s+/g, '');
  if (!BASE64.test(s) || s.length % 4 === 1) {
    throw new AppError('invalid-input', `${fileName} 的内容不是有效的 Base64 编码`, {
      issues: [{ path: ['dataBase64'], code: 'custom', message: 'not base64' }],
      en: 'dataBase64 is not valid base64.',
    });
  }
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const size = Math.floor((s.length * 3) / 4) - padding;
  if (size > LIMITS.maxImportBytes) throw tooLarge(size);
  const buf = Buffer.from(s, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

const MAX_EARLY_CANCELS = 100;

const importCancelled = (fileName: string) => new ImportError('cancelled', fileName, '导入已取消', { en: 'The import was cancelled.' });

interface ImportJobs {
  /** Every running import (close() stops them). */
  running: Set<AbortController>;
  /** Running imports by jobId. */
  byId: Map<string, AbortController>;
  /** jobIds cancelled before their import started. */
  cancelledEarly: Set<string>;
}

function makeHandlers(lib: Library, opts: CoreOptions, imports: ImportJobs): Omit<Handlers, 'app.info' | 'backup.list' | 'backup.create' | 'backup.restore'> {
  const { byId: jobs, cancelledEarly } = imports;
  // The plan and its revision from one snapshot: a save by another process in between would otherwise pair the old
  // text with the new revision, and the client's next save would overwrite that change without a conflict.
  const stored = (id: string) => lib.db.transaction(() => ({ ...lib.getPlan(id), id, revision: lib.revisionOf(id) }))();
  const cmp = new CompareStore(lib);
  const review = new ReviewStore(lib, cmp);
  /** Word/PDF options with the plan's open annotations filled in when asked for. */
  const withAnnotations = (id: string, options: DocxOptions | undefined): DocxOptions | undefined =>
    options?.annotations ? { ...options, comments: [...(options.comments ?? []), ...review.exportComments(id)] } : options;
  const logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
  /** Work in a worker thread (the host keeps answering meanwhile), stopped by close(). */
  const isolated = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const abort = new AbortController();
    imports.running.add(abort);
    try {
      return await run(abort.signal);
    } finally {
      imports.running.delete(abort);
    }
  };
  const buildIsolated = (doc: PlanDoc, options: DocxOptions) => isolated((signal) => exportDocxIsolated(doc, options, { workerEntry: opts.importWorker, signal }));
  /** Store a new plan and its history entry in one transaction: an error means nothing was stored. */
  const create = (doc: PlanDoc, summary: string, addOpts: { status?: PlanDoc['meta']['status']; within?: (id: string) => void } = {}) => ({
    id: lib.addPlan(doc, { status: addOpts.status, within: (id) => { review.recordEvent(id, 'create', summary); addOpts.within?.(id); } }),
  });
  /**
   * Work after a commit that only refreshes derived data (annotation anchors, comparison vectors): a failure must
   * not turn the acknowledged write into an error (a retry would save or create twice). It is logged as a warning;
   * the data is refreshed again later (vectors when stale, anchors whenever annotations are listed).
   */
  const afterCommit = (what: string, work: () => void) => {
    try {
      work();
    } catch (e) {
      logError(`[core] warning: ${what} failed after the write was committed (the write stands):`, e);
    }
  };
  return {
    ...compareHandlers(lib, cmp, (left, right, pins) => isolated((signal) => comparePlansIsolated(left, right, pins, { workerEntry: opts.importWorker, signal }))),
    ...reviewHandlers(review),

    'library.list': async () => lib.listPlans().reverse(), // newest first
    'library.search': async ({ query, filters }) => lib.search(query, filters),
    'library.departments': async () => lib.departments(),
    'library.recent': async () => {
      const byId = new Map(lib.listPlans().map((p) => [p.id, p]));
      return recentOpened(lib).filter((r) => byId.has(r.id)).slice(0, RECENT_SHOWN).map((r) => ({ ...byId.get(r.id)!, openedAt: r.at }));
    },
    'library.opened': async ({ id }) => {
      if (!lib.hasPlan(id)) throw notFound(id);
      // a read-only library still opens plans: the list is simply not kept
      if (!lib.readOnly) {
        const at = (opts.now ?? (() => new Date()))().toISOString();
        lib.setSetting(RECENT_KEY, [{ id, at }, ...recentOpened(lib).filter((r) => r.id !== id)].slice(0, RECENT_KEPT));
      }
      return { ok: true as const };
    },

    'plan.importPreview': async ({ fileName, dataBase64, jobId, mapping }) => {
      if (jobId !== undefined && cancelledEarly.delete(jobId)) throw importCancelled(fileName);
      if (jobId !== undefined && jobs.has(jobId)) {
        throw new AppError('invalid-input', `导入任务编号 ${jobId} 已在使用中`, { jobId, issues: [], en: `Import job ${jobId} is already running.` });
      }
      const abort = new AbortController();
      imports.running.add(abort);
      if (jobId !== undefined) jobs.set(jobId, abort);
      try {
        const bytes = decodeBase64(dataBase64, fileName);
        // without a mapping of the planner's, the one remembered for the document's style applies
        const remembered = mapping ? undefined : rememberedMappings(lib);
        const preview = await importIsolated({ bytes, fileName, mapping, remembered }, {
          workerEntry: opts.importWorker,
          signal: abort.signal,
          timeoutMs: opts.importLimits?.timeoutMs,
          memoryMb: opts.importLimits?.memoryMb,
          onStats: opts.onImportStats && ((st) => opts.onImportStats!({ ...st, fileName })),
        });
        // the same document imported before: the client offers to open that plan instead of storing a copy
        return { ...preview, duplicates: lib.plansFromSameSource(preview.meta.source) };
      } finally {
        imports.running.delete(abort);
        if (jobId !== undefined) jobs.delete(jobId);
      }
    },

    'plan.importCancel': async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (job) {
        job.abort();
        return { cancelled: true };
      }
      // The cancel overtook its import (e.g. a large upload still arriving): remember it, boundedly.
      cancelledEarly.add(jobId);
      if (cancelledEarly.size > MAX_EARLY_CANCELS) cancelledEarly.delete(cancelledEarly.values().next().value!);
      return { cancelled: false };
    },

    'plan.importCommit': async ({ doc, status, levelMapping }) => {
      checkDoc(doc);
      // the plan, its history entry and the level mapping it was previewed with (remembered for its style): one
      // transaction
      return create(doc, `导入规划${doc.meta.source ? `(${doc.meta.source.fileName})` : ''}`, {
        status,
        within: levelMapping ? () => rememberMapping(lib, levelMapping.style, levelMapping.mapping) : undefined,
      });
    },

    'plan.get': async ({ id }) => stored(id),

    'plan.save': async ({ id, doc, baseRevision }) => {
      checkDoc(doc);
      const snapshot = cmp.beforeSave(id);
      const before = lib.hasPlan(id) ? lib.getPlan(id) : null;
      // The save, its snapshot of the plan before and its history entry: one transaction.
      const saved = lib.replacePlan(id, doc, {
        baseRevision,
        before: () => snapshot?.commit(),
        within: (r) => {
          if (before) review.recordEdit(id, before, doc, r.revision);
        },
      });
      afterCommit('plan.save: re-anchoring annotations', () => review.reanchor(id, doc));
      afterCommit('plan.save: comparison vectors', () => cmp.updateVectors(id));
      return saved;
    },

    'plan.delete': async ({ id }) => {
      lib.deletePlan(id);
      return { ok: true as const };
    },

    'plan.duplicate': async ({ id, title }) => {
      const { id: _old, ...src } = lib.getPlan(id);
      const doc: PlanDoc = {
        ...src,
        meta: { ...src.meta, title: title?.trim() ? title : src.meta.title + COPY_SUFFIX, status: 'draft', basedOn: id },
      };
      return create(doc, `复制自《${src.meta.title}》`);
    },

    'plan.setStatus': async ({ id, status }) => {
      // The status, its snapshot and its history entry: one transaction.
      lib.db.transaction(() => {
        const before = lib.getPlan(id).meta.status;
        lib.setStatus(id, status);
        cmp.afterStatusChange(id, before, status);
        if (before !== status) review.recordEvent(id, 'status', `状态:${before} → ${status}`);
      }).immediate();
      return { ok: true as const };
    },

    'plan.createFromTemplate': async ({ templateId, district, period, mode, title }) => {
      checkPeriod(period);
      const template = lib.getPlan(templateId);
      const doc = planFromTemplate(template, { district, period, mode, title, templateId });
      checkDoc(doc);
      return create(doc, `以《${template.meta.title}》为模板新建`, { status: 'draft' });
    },

    'plan.createBlank': async ({ title, district, period }) => {
      checkPeriod(period);
      const doc = blankPlan({ title, district, period });
      checkDoc(doc);
      return create(doc, '新建空白规划', { status: 'draft' });
    },

    'export.docx': async ({ id, options }) => {
      const { fileName, bytes } = await exportDocx(lib.getPlan(id), withAnnotations(id, options) ?? {}, buildIsolated);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.markdown': async ({ id }) => exportMarkdown(lib.getPlan(id)),
    'export.pdf': async ({ id, options }) => {
      const { fileName, bytes } = await exportPdf(lib.getPlan(id), withAnnotations(id, options) ?? {}, undefined, buildIsolated);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.preview': async ({ id, options }) => previewPages(lib.getPlan(id), withAnnotations(id, options) ?? {}, buildIsolated),
    'export.capabilities': async () => pdfCapability(),
  };
}

/** Settings key of the recently opened plans: [{ id, at }], newest first. */
const RECENT_KEY = 'library.recent';
/** How many are kept (deleted plans are skipped when shown) and how many are shown. */
const RECENT_KEPT = 30;
const RECENT_SHOWN = 8;
function recentOpened(lib: Library): Array<{ id: string; at: string }> {
  const v = lib.getSetting<unknown>(RECENT_KEY);
  return Array.isArray(v) ? v.filter((r): r is { id: string; at: string } => !!r && typeof r.id === 'string' && typeof r.at === 'string') : [];
}

/** prefs.*, review.* and history.* (electron/core/review.ts). */
function reviewHandlers(review: ReviewStore): Pick<Handlers, Extract<MethodName, `review.${string}` | `history.${string}` | `prefs.${string}`>> {
  return {
    'prefs.get': async () => ({ identity: review.identity() }),
    'prefs.set': async ({ identity }) => ({ identity: review.setIdentity(identity) }),
    'review.list': async ({ planId }) => review.list(planId),
    'review.add': async ({ planId, ...input }) => review.add(planId, input),
    'review.reply': async ({ planId, annotationId, body }) => review.reply(planId, annotationId, body),
    'review.edit': async ({ planId, annotationId, body, replacement }) => review.edit(planId, annotationId, body, replacement),
    'review.setStatus': async ({ planId, annotationId, status }) => review.setStatus(planId, annotationId, status),
    'review.accept': async ({ planId, annotationId, baseRevision }) => review.accept(planId, annotationId, baseRevision),
    'review.delete': async ({ planId, annotationId }) => {
      review.delete(planId, annotationId);
      return { ok: true as const };
    },
    'review.submit': async ({ planId, name }) => review.submit(planId, name),
    'review.close': async ({ planId }) => review.close(planId),
    'review.rounds': async ({ planId }) => review.rounds(planId),
    'review.exportPackage': async ({ planId, includeClosed }) => {
      const { fileName, bytes, annotations } = review.exportPackage(planId, includeClosed ?? false);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64'), annotations };
    },
    'review.importPackage': async ({ fileName, dataBase64 }) => review.importPackage(fileName, decodeBase64(dataBase64, fileName)),
    'review.importWord': async ({ planId, file }) => review.importWord(planId, file.fileName, decodeBase64(file.dataBase64, file.fileName)),
    'history.list': async ({ planId, nodeId, limit }) => review.history(planId, nodeId, limit),
    'history.restoreNode': async ({ planId, nodeId, source, baseRevision }) => review.restoreNode(planId, nodeId, source, baseRevision),
    'history.restorePlan': async ({ planId, versionId, baseRevision }) => review.restorePlan(planId, versionId, baseRevision),
  };
}

/** compare.* and versions.* (shared/compare does the work; electron/core/versions.ts stores). */
/**
 * Plans with more nodes than this (both sides together) are compared in a worker thread: at the node limit a
 * comparison takes seconds, below this it takes well under a second, less than starting a worker.
 */
export const COMPARE_IN_WORKER_NODES = 4000;

function nodeCount(doc: PlanDoc): number {
  let n = 0;
  for (const _ of walk(doc.nodes)) n++;
  return n;
}

function compareHandlers(
  lib: Library,
  cmp: CompareStore,
  compareIsolated: (left: PlanDoc, right: PlanDoc, pins: Pin[]) => Promise<PlanComparison>,
): Pick<Handlers, 'versions.list' | 'versions.create' | 'versions.get' | 'compare.plans' | 'compare.versions' | 'compare.pins.set' | 'compare.similar'> {
  return {
    'versions.list': async ({ planId }) => cmp.listVersions(planId),
    'versions.create': async ({ planId, name }) => cmp.createVersion(planId, name.trim() || name, 'named', 'named'),
    'versions.get': async ({ planId, versionId }) => cmp.getVersion(planId, versionId),

    'compare.plans': async ({ leftId, rightId, pins }) => {
      const used = pins ?? cmp.getPins(leftId, rightId);
      const left = cmp.plan(leftId);
      const right = cmp.plan(rightId);
      const c = nodeCount(left) + nodeCount(right) > COMPARE_IN_WORKER_NODES ? await compareIsolated(left, right, used) : comparePlans(left, right, { pins: used });
      return { leftId, rightId, ...c, pins: used };
    },

    'compare.versions': async ({ planId, fromVersionId, toVersionId }) => {
      const current = lib.getPlan(planId);
      let from: { doc: PlanDoc; label: string; planId: string; versionId: number | null };
      if (fromVersionId === 'basedOn') {
        const base = current.meta.basedOn;
        if (!base || !lib.hasPlan(base)) {
          throw new AppError('not-found', base ? `规划 ${planId} 所依据的模板 ${base} 已不在资料库中` : `规划 ${planId} 不是由模板生成的`, {
            planId,
            basedOn: base,
            en: base ? `The template ${base} of plan ${planId} is no longer in the library.` : `Plan ${planId} was not made from a template.`,
          });
        }
        from = { doc: lib.getPlan(base), label: 'basedOn', planId: base, versionId: null };
      } else {
        const v = cmp.getVersion(planId, fromVersionId);
        from = { doc: v.doc, label: v.name, planId, versionId: v.versionId };
      }
      const to =
        toVersionId === 'current'
          ? { doc: current, label: 'current', planId, versionId: null }
          : (() => {
              const v = cmp.getVersion(planId, toVersionId);
              return { doc: v.doc, label: v.name, planId, versionId: v.versionId };
            })();
      const d = compareVersions(from.doc, to.doc, { matchBy: fromVersionId === 'basedOn' ? 'auto' : 'id' });
      return {
        planId,
        from: { label: from.label, planId: from.planId, versionId: from.versionId },
        to: { label: to.label, planId: to.planId, versionId: to.versionId },
        ...d,
      };
    },

    'compare.pins.set': async ({ leftId, rightId, pins }) => {
      cmp.setPins(leftId, rightId, pins);
      return { ok: true as const, pins: pins.length };
    },

    'compare.similar': async ({ planId, perTask }) => {
      // The plan first: libraryIndex() brings the stored vectors up to date (a write), which a call
      // for a missing plan must not do.
      const doc = cmp.plan(planId);
      return { planId, ...cmp.libraryIndex().similar({ planId, doc }, { perTask }) };
    },
  };
}
