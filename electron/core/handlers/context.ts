/**
 * What the handlers of one open library share (built by ./index.ts, again after a restore swaps the library):
 * the storage, its comparison and review stores, the core's options, and the work running in worker threads.
 * Also the small input checks more than one domain uses.
 */
import { AppError, ImportError, LIMITS, tooLargeReason } from '../../../shared/errors.js';
import type { PlanDoc, Period } from '../../../shared/model/plan.js';
import type { CoreOptions } from '../core.js';
import type { LogError } from '../dispatch.js';
import type { Db } from '../../store/db.js';
import type { PlanStore } from '../../store/types.js';
import type { ReviewStore } from '../review.js';
import { yieldToHost, type CompareStore } from '../compare-store.js';
import type { WorkerPool } from '../worker-pool.js';

/** Work running in worker threads (imports, large exports and comparisons); lives as long as the core. */
export interface WorkerJobs {
  /** Every running job (close() aborts them: their workers are terminated). */
  running: Set<AbortController>;
  /** Running imports and PDF exports by the client's jobId (plan.importCancel, export.cancel). */
  byId: Map<string, AbortController>;
  /** jobIds cancelled before their import or export started. */
  cancelledEarly: Set<string>;
  /** Warm workers for the Word export (../worker-pool.ts; CoreOptions.exportWorkers); null: a fresh worker per export. */
  exportPool: WorkerPool | null;
}

export const newWorkerJobs = (exportPool: WorkerPool | null = null): WorkerJobs =>
  ({ running: new Set(), byId: new Map(), cancelledEarly: new Set(), exportPool });

/** How many cancels that overtook their job are remembered. */
const MAX_EARLY_CANCELS = 100;

/**
 * Run `work` as the client's job `jobId` (plan.importPreview, export.pdf): cancelJob with its id aborts the signal, as
 * close() does. A cancel that overtook it answers `cancelled()` before it starts; a jobId already running is refused
 * (`what`: 导入 / Import, 导出 / Export).
 */
export async function asJob<T>(
  jobs: WorkerJobs,
  jobId: string | undefined,
  what: { zh: string; en: string },
  cancelled: () => Error,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (jobId !== undefined && jobs.cancelledEarly.delete(jobId)) throw cancelled();
  if (jobId !== undefined && jobs.byId.has(jobId)) {
    throw new AppError('invalid-input', `${what.zh}任务编号 ${jobId} 已在使用中`, { jobId, issues: [], en: `${what.en} job ${jobId} is already running.` });
  }
  const abort = new AbortController();
  jobs.running.add(abort);
  if (jobId !== undefined) jobs.byId.set(jobId, abort);
  try {
    return await work(abort.signal);
  } finally {
    jobs.running.delete(abort);
    if (jobId !== undefined) jobs.byId.delete(jobId);
  }
}

/** Cancel the client's job `jobId` (plan.importCancel, export.cancel); a cancel that overtook its job is remembered, boundedly. */
export function cancelJob(jobs: WorkerJobs, jobId: string): { cancelled: boolean } {
  const job = jobs.byId.get(jobId);
  if (job) {
    job.abort();
    return { cancelled: true };
  }
  // (e.g. a large upload still arriving)
  jobs.cancelledEarly.add(jobId);
  if (jobs.cancelledEarly.size > MAX_EARLY_CANCELS) jobs.cancelledEarly.delete(jobs.cancelledEarly.values().next().value!);
  return { cancelled: false };
}

export interface HandlerContext {
  /** The storage (SQLite or PostgreSQL): its tables and transactions. */
  db: Db;
  /** Its plans (db.plans). */
  plans: PlanStore;
  cmp: CompareStore;
  review: ReviewStore;
  opts: CoreOptions;
  logError: LogError;
  now: () => Date;
  jobs: WorkerJobs;
}

/** Work in a worker thread (the host keeps answering meanwhile), stopped by close(). */
export async function isolated<T>(ctx: HandlerContext, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  ctx.jobs.running.add(abort);
  try {
    return await run(abort.signal);
  } finally {
    ctx.jobs.running.delete(abort);
  }
}

/**
 * Store a new plan and its history entry in one transaction: an error means nothing was stored. The rows are
 * computed first, outside the transaction, with a turn of the host's event loop between slices of nodes (a 2,000-task
 * plan: ~30–60 ms of CPU), and then written by one short transaction (› The host never freezes, docs/reliability.md):
 * other calls are served meanwhile, and each sees the library without the plan or with all of it.
 */
export async function createPlan(
  ctx: HandlerContext,
  doc: PlanDoc,
  summary: string,
  addOpts: { status?: PlanDoc['meta']['status']; within?: (id: string) => Promise<void> } = {},
): Promise<{ id: string }> {
  const prepared = await ctx.plans.prepareAdd(doc, { status: addOpts.status }, yieldToHost);
  await yieldToHost();
  return ctx.db.transaction(async () => {
    const id = await ctx.plans.insertPrepared(prepared);
    await ctx.review.recordEvent(id, 'create', summary);
    await addOpts.within?.(id);
    return { id };
  });
}

export function checkPeriod(period: Period): void {
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
export function decodeBase64(data: string, fileName: string): Uint8Array {
  const tooLarge = (size: number) => new ImportError('too-large', fileName, tooLargeReason(size), {
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
