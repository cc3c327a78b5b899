/**
 * The importer run off the main thread: one node:worker_threads Worker per import, with a V8 heap
 * limit (LIMITS.importMemoryMb), a wall-clock limit (LIMITS.importTimeoutMs) and cancellation
 * (an AbortSignal). The host's event loop — Electron's main process, the HTTP bridge — stays free
 * while the worker parses, and a hostile file can at worst cost one terminated worker:
 *
 *   - the worker runs out of heap      → ImportError 'out-of-memory'
 *   - it runs longer than the limit     → terminated, ImportError 'timeout'
 *   - the signal aborts                 → terminated, ImportError 'cancelled'
 *   - the importer throws ImportError   → the same ImportError (code, message, details)
 *   - anything else (a bug, a dead worker) → a plain Error: the core reports it as 'internal'
 *
 * The worker entry: the built app passes out/main/import-worker.js (a second entry of the electron-vite main
 * build, see electron/main/index.ts); everywhere else (tsx: CLI and browser mode; vitest) sourceWorkerEntry()
 * bundles import-worker.ts once with esbuild (cached), falling back to import-worker-boot.mjs (tsx in the worker).
 * Works in Node and in Electron's main process alike (worker_threads is plain Node).
 */
import { visibleControls } from '../../shared/text/invisible.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import { AppError, CANCELLED_REASON, ImportError, LIMITS } from '../../shared/errors.js';
import type { DocxOptions } from '../../shared/export/docx.js';
import { isPdf } from '../../shared/importer/index.js';
import type { LevelMapping, PlanDoc } from '../../shared/model/plan.js';
import type { ComparePlansRequest, CompareVersionsRequest, ExportDocxRequest, ExportMarkdownRequest, WorkerApplied, WorkerData, WorkerReply, WorkerRequest, WorkerStats } from './import-worker.js';
import { WorkerPool, YOUNG_GENERATION_MB, type JobSpec, type OkReply } from './worker-pool.js';
import type { Pin, PlanComparison, VersionDiff } from '../../shared/compare/index.js';
import { resolvePdfjsDir } from './formats/pdf.js';
import { sqliteCheckOutcome, type SqliteCheckRequest, type SqliteCheckResult } from './sqlite-check.js';
import { createRequire } from 'node:module';

/** What one isolated import cost: wall-clock time, and the worker's heap when it answered (none if it was stopped). */
export interface ImportStats extends Partial<WorkerStats> {
  elapsedMs: number;
  outcome: 'ok' | 'error' | 'timeout' | 'out-of-memory' | 'cancelled' | 'crash';
}

export interface IsolatedImportOptions {
  /** Worker entry (path or file: URL); default: sourceWorkerEntry() (the built app passes its bundled chunk). */
  workerEntry?: string | URL;
  /** Aborting terminates the worker; the import rejects with ImportError 'cancelled'. */
  signal?: AbortSignal;
  /** Wall-clock limit (ms); default by format (importLimitsFor): LIMITS.importTimeoutMs, for PDFs LIMITS.importPdfTimeoutMs. */
  timeoutMs?: number;
  /** V8 old-generation heap limit of the worker (MB); default LIMITS.importMemoryMb. */
  memoryMb?: number;
  /** Called once at the end with the time and memory the import took (tests, benchmarks). */
  onStats?: (stats: ImportStats) => void;
}

/** Young-generation limit of the worker (MB), on top of the old-generation limit `memoryMb`. */
export { YOUNG_GENERATION_MB };

/** Fallback entry from source: registers tsx in the worker, then loads import-worker.ts (slow: ~2 s per worker). */
export const TSX_WORKER_ENTRY = new URL('./import-worker-boot.mjs', import.meta.url);

let sourceEntry: Promise<string | URL> | null = null;

/**
 * The entry used when none is given (running from source: CLI, browser mode, tests). import-worker.ts and what it
 * imports (shared/, zod, fflate, the format readers) bundled by esbuild into a self-contained folder, cached in a
 * private temp folder under a key of every source file's size and mtime: a worker then starts in a few hundred ms
 * instead of seconds. Code splitting keeps what the .pdf and .doc readers load on demand (pdfjs-dist: ~4 MB of
 * JavaScript; word-extractor) in chunks of their own, so a .txt or .docx import does not parse them.
 * Without esbuild (a dev dependency, through tsx and vite), the tsx bootstrap.
 */
export function sourceWorkerEntry(): Promise<string | URL> {
  sourceEntry ??= bundleSourceWorker().catch(() => TSX_WORKER_ENTRY);
  return sourceEntry;
}

async function bundleSourceWorker(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const entry = join(here, 'import-worker.ts');
  const files = [entry, ...tsFiles(join(here, 'formats')), ...tsFiles(join(here, '..', '..', 'shared'))].sort();
  const esbuildName = 'esbuild'; // not a static import: the built app never bundles or loads it
  const esbuild = (await import(/* @vite-ignore */ esbuildName)) as {
    version: string;
    build(o: Record<string, unknown>): Promise<unknown>;
  };
  // how the bundle is built is part of its cache key
  const options = {
    entryPoints: [entry], bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'silent',
    // CommonJS packages (word-extractor) require Node built-ins ('stream', 'buffer'): give the ES chunks a require
    banner: { js: "import { createRequire as __pwRequire } from 'node:module'; const require = __pwRequire(import.meta.url);" },
  };
  const key = createHash('sha256').update(esbuild.version).update(JSON.stringify(options));
  for (const f of files) {
    const st = statSync(f);
    key.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = join(tmpdir(), `plan-workbench-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const out = join(dir, `import-worker-${key.digest('hex').slice(0, 16)}`);
  const main = join(out, 'import-worker.js');
  if (existsSync(main)) return main;
  const tmp = `${out}.${process.pid}.${threadId}.tmp`;
  await esbuild.build({ ...options, outdir: tmp });
  // the chunks are ES modules: a package.json says so (the folder is outside any package)
  writeFileSync(join(tmp, 'package.json'), '{"type":"module"}\n');
  try {
    renameSync(tmp, out); // atomic: a concurrent process sees no folder or the whole folder
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true }); // another process renamed its copy first
    if (!existsSync(main)) throw e;
  }
  return main;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/**
 * Limits of one import by format (content decides, as in readSource): PDFs get LIMITS.importPdfTimeoutMs, everything
 * else LIMITS.importTimeoutMs; the heap limit is the same for all (see LIMITS.importMemoryMb for the measurements).
 */
export function importLimitsFor(bytes: Uint8Array): { timeoutMs: number; memoryMb: number } {
  return { timeoutMs: isPdf(bytes) ? LIMITS.importPdfTimeoutMs : LIMITS.importTimeoutMs, memoryMb: LIMITS.importMemoryMb };
}

let pdfjsDirCache: string | undefined | null = null;
/** pdfjs-dist's folder, resolved here in the host (the worker may run from a bundle outside node_modules). */
const pdfjsDir = (): string | undefined => (pdfjsDirCache === null ? (pdfjsDirCache = resolvePdfjsDir()) : pdfjsDirCache);

/** Rebuild an ImportError that crossed the thread boundary (same code, message and details). */
function rebuildImportError(e: { code: string; message: string; fileName: string; details?: Record<string, unknown> }): ImportError {
  const prefix = `无法导入 ${visibleControls(e.fileName)}:`;
  const reason = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  const { fileName: _f, ...details } = e.details ?? {};
  // (its English came along in details.en, where the worker's ImportError put it)
  const en = typeof details.en === 'string' ? details.en : 'The file could not be imported.';
  return new ImportError(e.code as ImportError['code'], e.fileName, { zh: reason, en }, details);
}

/**
 * `mapping`: the planner's level mapping; `remembered`: mappings by document style, applied when `mapping` is absent
 * (see import-worker.ts). The plan carries `levelMapping` when it was made with a mapping.
 */
export async function importIsolated(
  input: { bytes: Uint8Array; fileName: string; mapping?: LevelMapping; remembered?: Map<string, LevelMapping> },
  opts: IsolatedImportOptions = {},
): Promise<PlanDoc & { levelMapping?: WorkerApplied }> {
  const { fileName } = input;
  const limits = importLimitsFor(input.bytes);
  const timeoutMs = opts.timeoutMs ?? limits.timeoutMs;
  const memoryMb = opts.memoryMb ?? limits.memoryMb;
  if (opts.signal?.aborted) throw cancelled(fileName);
  const entry = opts.workerEntry ?? (await sourceWorkerEntry());
  if (opts.signal?.aborted) throw cancelled(fileName);

  // A private copy (never Buffer#slice: that is a view), transferred (not cloned) to the worker.
  const bytes = new Uint8Array(input.bytes);
  const req: WorkerRequest = { bytes, fileName, ...(input.mapping ? { mapping: input.mapping } : {}), ...(input.remembered?.size ? { remembered: input.remembered } : {}) };
  const reply = await supervise(entry, req, [bytes.buffer as ArrayBuffer], {
    name: 'plan-import', memoryMb, timeoutMs, signal: opts.signal, onStats: opts.onStats,
    workerData: { formats: { pdfjsDir: pdfjsDir() } } satisfies WorkerData,
    cancelled: () => cancelled(fileName),
    timeout: () => new ImportError('timeout', fileName, {
      zh: `处理时间超过 ${timeoutMs / 1000} 秒,已停止(文件可能是恶意构造的,或过于复杂)`,
      en: `The import took longer than ${timeoutMs / 1000} s and was stopped (the file may have been built to attack the app, or is too complex).`,
    }, { limitMs: timeoutMs }),
    outOfMemory: () => new ImportError('out-of-memory', fileName, {
      zh: `处理所需内存超过 ${memoryMb} MB,已停止(文件可能是恶意构造的,或过于复杂)`,
      en: `The import needed more than ${memoryMb} MB of memory and was stopped (the file may have been built to attack the app, or is too complex).`,
    }, { limitMb: memoryMb }),
    failed: (reply) => {
      if ('importError' in reply) return { error: rebuildImportError(reply.importError), outcome: 'error' };
      const err = new Error(`importer crashed: ${reply.crash.message}`);
      err.stack = reply.crash.stack ?? err.stack;
      return { error: err, outcome: 'crash' };
    },
    what: 'import',
  });
  return ('doc' in reply ? (reply.applied ? { ...(reply.doc as PlanDoc), levelMapping: reply.applied } : reply.doc) : null) as PlanDoc & { levelMapping?: WorkerApplied };
}

/**
 * One worker for one request, supervised: heap and time limits, cancel by the signal, statistics, and exactly one
 * answer — the worker's reply, or the error for a timeout, an exhausted heap, a cancel, a failure it reported, or an
 * exit without an answer. The worker is terminated in every case.
 */
function supervise(entry: string | URL, req: WorkerRequest, transfer: ArrayBuffer[], s: JobSpec & {
  name: string; memoryMb: number; workerData?: WorkerData;
}): Promise<OkReply> {
  return new Promise<OkReply>((resolve, reject) => {
    const worker = new Worker(entry, {
      resourceLimits: { maxOldGenerationSizeMb: s.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 4 },
      // no inherited --inspect etc.; stdout/stderr of the worker go to the host's
      execArgv: [],
      name: s.name,
      ...(s.workerData ? { workerData: s.workerData } : {}),
    });
    let done = false;
    const t0 = performance.now();
    const finish = (fn: () => void, outcome: ImportStats['outcome'] = 'crash', stats?: WorkerStats): void => {
      if (done) return;
      done = true;
      s.onStats?.({ elapsedMs: Math.round(performance.now() - t0), outcome, ...stats });
      clearTimeout(timer);
      s.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = (): void => finish(() => reject(s.cancelled()), 'cancelled');
    const timer = setTimeout(() => finish(() => reject(s.timeout()), 'timeout'), s.timeoutMs);
    s.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: WorkerReply) => {
      if (reply.ok) finish(() => resolve(reply), 'ok', reply.stats);
      else { const f = s.failed(reply); finish(() => reject(f.error), f.outcome, reply.stats); }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(s.outOfMemory()), 'out-of-memory');
      else finish(() => reject(err));
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`${s.what} worker exited (code ${code}) without an answer`))));
    worker.postMessage(req, transfer);
  });
}

function cancelled(fileName: string): ImportError {
  return new ImportError('cancelled', fileName, CANCELLED_REASON);
}

export interface IsolatedExportOptions {
  workerEntry?: string | URL;
  /** Aborting terminates the worker (a queued job leaves the queue); the export rejects with AppError 'cancelled'. */
  signal?: AbortSignal;
  /** Wall-clock limit (ms); default LIMITS.exportTimeoutMs. In a pool: from the moment a worker takes the job. */
  timeoutMs?: number;
  /** V8 old-generation heap limit (MB); default LIMITS.exportMemoryMb. In a pool the pool's own limit applies. */
  memoryMb?: number;
  onStats?: (stats: ImportStats) => void;
  /** Warm workers to run on (./worker-pool.ts, made by exportPool()); without, a fresh worker for this job. */
  pool?: WorkerPool | null;
}

/**
 * The Word document of a plan built in a worker thread (the same entry as the importer): building it takes about
 * 0.5 ms per heading (20,000 headings ~10 s), and on the host's thread that would stop the window, the bridge and
 * every other call meanwhile. Time and memory are limited as for an import; over a limit the export fails with
 * 'timeout' / 'out-of-memory' in the user's words. The core passes its pool of warm workers (opts.pool, see
 * exportPool below): starting a fresh worker cost more CPU than building the document.
 */
export async function exportDocxIsolated(doc: PlanDoc, options: DocxOptions, opts: IsolatedExportOptions = {}): Promise<Uint8Array> {
  const reply = await runIsolated({ task: 'export-docx', doc, options }, opts, { zh: '生成 Word 文档', en: 'Building the Word document' });
  if (!('bytes' in reply)) throw new Error('export worker: unexpected reply');
  return reply.bytes;
}

/** comparePlans of two large plans in a worker thread (the core uses it above COMPARE_IN_WORKER_NODES nodes). */
export async function comparePlansIsolated(left: PlanDoc, right: PlanDoc, pins: Pin[], opts: IsolatedExportOptions = {}): Promise<PlanComparison> {
  const reply = await runIsolated({ task: 'compare-plans', left, right, pins }, opts, { zh: '对比规划', en: 'Comparing the plans' });
  if (!('result' in reply)) throw new Error('compare worker: unexpected reply');
  return reply.result as PlanComparison;
}

/** compareVersions of a large plan's versions in a worker thread (the core uses it above COMPARE_IN_WORKER_NODES nodes). */
export async function compareVersionsIsolated(from: PlanDoc, to: PlanDoc, matchBy: CompareVersionsRequest['matchBy'], opts: IsolatedExportOptions = {}): Promise<VersionDiff> {
  const reply = await runIsolated({ task: 'compare-versions', from, to, matchBy }, opts, { zh: '对比版本', en: 'Comparing the versions' });
  if (!('result' in reply)) throw new Error('compare worker: unexpected reply');
  return reply.result as VersionDiff;
}

/** The Markdown text of a large plan built in a worker thread (the core uses it above MARKDOWN_IN_WORKER_NODES nodes). */
export async function exportMarkdownIsolated(doc: PlanDoc, opts: IsolatedExportOptions = {}): Promise<string> {
  const reply = await runIsolated({ task: 'export-markdown', doc }, opts, { zh: '生成 Markdown', en: 'Building the Markdown text' });
  if (!('result' in reply)) throw new Error('export worker: unexpected reply');
  return reply.result as string;
}

/**
 * A whole-file SQLite check of a backup (./sqlite-check.ts) in a worker thread: quick_check / integrity_check read
 * every page, seconds for a library of thousands of plans, during which the host would answer nobody. Its errors are
 * the in-process check's (backup-corrupt, backup-too-new …). Up to 30 minutes (a library of gigabytes).
 */
export async function sqliteCheckIsolated(
  check: SqliteCheckRequest['check'],
  file: string,
  o: { latestVersion: number; nativeBinding?: string } & Pick<IsolatedExportOptions, 'workerEntry' | 'pool' | 'signal'>,
): Promise<{ schemaVersion: number; plans: number } | null> {
  const req: SqliteCheckRequest = { task: 'sqlite-check', check, file, latestVersion: o.latestVersion, sqliteModule: sqliteModulePath(), ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}) };
  const reply = await runIsolated(req, { workerEntry: o.workerEntry, pool: o.pool, signal: o.signal, timeoutMs: 30 * 60_000 }, { zh: '检查备份文件', en: 'Checking the backup file' });
  if (!('result' in reply)) throw new Error('sqlite check worker: unexpected reply');
  return sqliteCheckOutcome(reply.result as SqliteCheckResult);
}

/** The host's own better-sqlite3 (the worker loads the same one: Node's build, or Electron's with its nativeBinding). */
function sqliteModulePath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}

async function runIsolated(req: ExportDocxRequest | ComparePlansRequest | CompareVersionsRequest | ExportMarkdownRequest | SqliteCheckRequest, opts: IsolatedExportOptions, what: { zh: string; en: string }): Promise<OkReply> {
  const timeoutMs = opts.timeoutMs ?? LIMITS.exportTimeoutMs;
  const memoryMb = opts.pool?.memoryMb ?? opts.memoryMb ?? LIMITS.exportMemoryMb;
  const cancelledTask = () => new AppError('cancelled', `${what.zh}已取消`, { en: `${what.en} was cancelled.` });
  if (opts.signal?.aborted) throw cancelledTask();
  const spec: JobSpec = {
    timeoutMs, signal: opts.signal, onStats: opts.onStats,
    cancelled: cancelledTask,
    timeout: () => new AppError('timeout', `${what.zh}超过 ${timeoutMs / 1000} 秒,已停止(规划过大或过于复杂)`,
      { limitMs: timeoutMs, en: `${what.en} took longer than ${timeoutMs / 1000} s and was stopped (the plan is too large or too complex).` }),
    outOfMemory: () => new AppError('out-of-memory', `${what.zh}所需内存超过 ${memoryMb} MB,已停止(规划过大)`,
      { limitMb: memoryMb, en: `${what.en} needed more than ${memoryMb} MB of memory and was stopped (the plan is too large).` }),
    failed: (reply) => ({ error: new Error(`${req.task} worker crashed: ${'crash' in reply ? reply.crash.message : 'unexpected reply'}`), outcome: 'crash' }),
    what: req.task,
  };
  if (opts.pool) return opts.pool.run(req, [], spec);
  const entry = opts.workerEntry ?? (await sourceWorkerEntry());
  if (opts.signal?.aborted) throw cancelledTask();
  return supervise(entry, req, [], { ...spec, name: `plan-${req.task}`, memoryMb });
}

/** How many export workers a core keeps (CoreOptions.exportWorkers); see exportPool(). */
export interface ExportPoolOptions {
  /** Most export workers at once; 0: no pool, a fresh worker per export (as before the pool). */
  size?: number;
  /** Workers kept started (prestarted with the core). */
  warm?: number;
  /** A worker above `warm` stops after this long without a job (ms). */
  idleMs?: number;
}

/**
 * The core's pool of warm Word-export workers, or null for none (size 0). Defaults by host: the office server
 * ('server') keeps min(2, cores) workers started from the moment the core starts (clerks export all day; a fresh
 * worker cost ~285 ms of CPU per export); every other host (desktop, browser mode, CLI, tests) has one worker,
 * started by the first export and stopped after 5 idle minutes — a planner exports now and then, and re-exports
 * after edits come in bursts. Heap limit per worker LIMITS.exportMemoryMb, as for a fresh worker.
 */
export function exportPool(host: string, o: ExportPoolOptions = {}, entry?: string | URL, cores = availableParallelism()): WorkerPool | null {
  const server = host === 'server';
  const size = Math.max(0, Math.floor(o.size ?? (server ? Math.min(2, cores) : 1)));
  if (size === 0) return null;
  return new WorkerPool({
    entry: () => entry ?? sourceWorkerEntry(),
    size,
    warm: o.warm ?? (server ? size : 0),
    idleMs: o.idleMs ?? (server ? Infinity : 5 * 60_000),
    memoryMb: LIMITS.exportMemoryMb,
    name: 'plan-export-docx',
  });
}
