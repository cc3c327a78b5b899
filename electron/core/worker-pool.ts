/**
 * A small pool of warm worker threads for the Word export (issue 18: on the office server a fresh worker per export —
 * a new V8 isolate, the worker bundle loaded, cold code — cost ~285 ms of CPU, which was most of the other calls'
 * latency under load). The workers run the same entry as the isolated importer (import-worker.ts), which answers
 * one request after another; the host sends a worker its next request only after the answer to the last one.
 *
 *   - at most `size` workers at once; more jobs wait in a queue (first come, first served) — this is also the cap
 *     on concurrent export threads, each allowed `memoryMb` of heap (before the pool nothing limited how many ran)
 *   - `warm` workers are kept started (the server: all of them, started with the core); others start on demand and
 *     stop after `idleMs` without a job (the desktop: one, started by the first export)
 *   - every job has its own wall-clock limit, counted from the moment a worker takes it (waiting in the queue does
 *     not count); the worker's heap limit is set when it starts, as for a fresh worker
 *   - a job that times out, is cancelled, runs out of heap, throws, or whose worker dies: that worker is terminated
 *     and never reused; a new one takes its place (started at once when the pool keeps workers warm, else on the
 *     next job). A worker whose heap grew past `retireAboveMb` is retired after its answer (V8 keeps a grown heap).
 *   - cancel (the job's AbortSignal): a queued job leaves the queue; a running job's worker is terminated
 *   - close(): every worker terminated, every queued or running job rejected with its `cancelled()` error
 *
 * Idle workers are unref()'d: a pool alone never keeps a process alive. Plain Node (worker_threads), so it runs in
 * Electron's main process, the bridge, the office server and the CLI alike.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerData, WorkerReply, WorkerRequest, WorkerStats } from './import-worker.js';

export type Outcome = 'ok' | 'error' | 'timeout' | 'out-of-memory' | 'cancelled' | 'crash';
export type OkReply = Extract<WorkerReply, { ok: true }>;
export type FailReply = Exclude<WorkerReply, { ok: true }>;

/** What a job cost: wall-clock time from the moment a worker took it, and the worker's heap when it answered. */
export interface JobStats extends Partial<WorkerStats> {
  elapsedMs: number;
  outcome: Outcome;
}

/** How one job is supervised: its limits and the errors it fails with (in the user's words). */
export interface JobSpec {
  timeoutMs: number;
  signal?: AbortSignal;
  onStats?: (stats: JobStats) => void;
  cancelled: () => Error;
  timeout: () => Error;
  outOfMemory: () => Error;
  failed: (reply: FailReply) => { error: Error; outcome: Outcome };
  /** Names the job in the error of a worker that exits without an answer. */
  what: string;
}

/** Young-generation limit of a worker (MB), on top of the old-generation limit. */
export const YOUNG_GENERATION_MB = 16;

export interface WorkerPoolOptions {
  /** The worker entry (resolved once, when the first worker starts). */
  entry: () => Promise<string | URL> | string | URL;
  /** Most workers at once (≥ 1). */
  size: number;
  /** Workers kept started, at most `size` (0: all on demand). */
  warm?: number;
  /** An idle worker above `warm` is stopped after this long (ms); default 5 minutes. */
  idleMs?: number;
  /** V8 old-generation heap limit of each worker (MB). */
  memoryMb: number;
  /** A worker whose V8 heap (total) is above this after a job is retired (MB); default 256. */
  retireAboveMb?: number;
  /** Thread name (seen in debuggers and heap snapshots). */
  name: string;
  workerData?: WorkerData;
}

interface Job {
  req: WorkerRequest;
  transfer: ArrayBuffer[];
  spec: JobSpec;
  resolve: (reply: OkReply) => void;
  reject: (error: Error) => void;
  /** Removes the queue's abort listener. */
  unqueue?: () => void;
}

interface Slot {
  worker: Worker;
  /** The job it runs now; null when idle. */
  job: Job | null;
  /** Called by the worker's events while it runs a job. */
  onMessage: ((reply: WorkerReply) => void) | null;
  onError: ((err: Error & { code?: string }) => void) | null;
  onExit: ((code: number) => void) | null;
  idleTimer: NodeJS.Timeout | null;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  /** Workers being started (the entry is resolved first). */
  private starting = 0;
  private entry: Promise<string | URL> | null = null;
  private closed = false;
  private readonly exits = new Set<Promise<void>>();
  /** Workers started since the pool was made (tests count them). */
  started = 0;

  readonly size: number;
  readonly warm: number;
  private readonly idleMs: number;
  private readonly retireAboveMb: number;

  constructor(private readonly opts: WorkerPoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.warm = Math.min(this.size, Math.max(0, Math.floor(opts.warm ?? 0)));
    this.idleMs = opts.idleMs ?? 5 * 60_000;
    this.retireAboveMb = opts.retireAboveMb ?? 256;
  }

  /** Heap limit of each worker (MB). */
  get memoryMb(): number {
    return this.opts.memoryMb;
  }

  /** Workers alive now (idle or busy), jobs running and waiting. */
  get stats(): { alive: number; busy: number; queued: number; started: number } {
    let busy = 0;
    for (const s of this.slots) if (s.job) busy++;
    return { alive: this.slots.size, busy, queued: this.queue.length, started: this.started };
  }

  /** Start the `warm` workers (the server does at start, so the first exports find them loaded). */
  prestart(): void {
    while (!this.closed && this.slots.size + this.starting < this.warm) this.startSlot();
  }

  /** Run one request on a pooled worker: its answer, or the spec's error. */
  run(req: WorkerRequest, transfer: ArrayBuffer[], spec: JobSpec): Promise<OkReply> {
    if (this.closed || spec.signal?.aborted) return Promise.reject(spec.cancelled());
    return new Promise<OkReply>((resolve, reject) => {
      const job: Job = { req, transfer, spec, resolve, reject };
      if (spec.signal) {
        const signal = spec.signal;
        const onAbort = (): void => {
          const i = this.queue.indexOf(job);
          if (i >= 0) this.queue.splice(i, 1);
          job.unqueue = undefined;
          spec.onStats?.({ elapsedMs: 0, outcome: 'cancelled' });
          reject(spec.cancelled());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.unqueue = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Terminate every worker; queued and running jobs fail with their `cancelled()` error. Later jobs fail the same
   * way. The promise settles when every worker thread has exited.
   */
  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      for (const job of this.queue.splice(0)) {
        job.unqueue?.();
        job.spec.onStats?.({ elapsedMs: 0, outcome: 'cancelled' });
        job.reject(job.spec.cancelled());
      }
      for (const slot of [...this.slots]) {
        if (slot.job) slot.onExit?.(-1); // the running job: cancelled (its handler ends it and terminates the worker)
        else this.kill(slot);
      }
    }
    return Promise.all([...this.exits]).then(() => undefined);
  }

  /** Give queued jobs to idle workers; start workers (up to `size`) for the rest. */
  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    let waiting = this.queue.length - this.starting;
    while (waiting > 0 && this.slots.size + this.starting < this.size) {
      this.startSlot();
      waiting--;
    }
  }

  private startSlot(): void {
    this.starting++;
    this.entry ??= Promise.resolve().then(() => this.opts.entry());
    this.entry.then(
      (entry) => {
        this.starting--;
        if (this.closed) return;
        this.addSlot(entry);
        this.pump();
      },
      (e: unknown) => {
        this.starting--;
        this.entry = null; // try again next time
        // nobody else will start a worker for the queued jobs: they fail with the reason
        if (this.starting === 0 && this.slots.size === 0) {
          for (const job of this.queue.splice(0)) {
            job.unqueue?.();
            job.reject(e instanceof Error ? e : new Error(String(e)));
          }
        }
      },
    );
  }

  private addSlot(entry: string | URL): void {
    const worker = new Worker(entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 4 },
      // no inherited --inspect etc.; stdout/stderr of the worker go to the host's
      execArgv: [],
      name: this.opts.name,
      ...(this.opts.workerData ? { workerData: this.opts.workerData } : {}),
    });
    this.started++;
    const slot: Slot = { worker, job: null, onMessage: null, onError: null, onExit: null, idleTimer: null };
    this.slots.add(slot);
    const exited = new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
    });
    this.exits.add(exited);
    void exited.then(() => this.exits.delete(exited));
    worker.on('message', (reply: WorkerReply) => slot.onMessage?.(reply));
    // always listened to: an 'error' without a listener would throw in the host
    worker.on('error', (err: Error & { code?: string }) => slot.onError?.(err));
    worker.on('exit', (code) => {
      const running = slot.onExit;
      this.forget(slot);
      running?.(code);
    });
    this.idle(slot);
  }

  private dispatch(slot: Slot, job: Job): void {
    job.unqueue?.();
    job.unqueue = undefined;
    const { spec } = job;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.job = job;
    slot.worker.ref();
    const t0 = performance.now();
    let done = false;
    /** End the job once: report, settle, then keep the worker (a clean answer) or terminate it. */
    const finish = (settle: () => void, outcome: Outcome, stats?: WorkerStats, keep = false): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      slot.job = null;
      slot.onMessage = slot.onError = slot.onExit = null;
      spec.onStats?.({ elapsedMs: Math.round(performance.now() - t0), outcome, ...stats });
      const retire = !keep || this.closed || (stats?.heapTotalMb ?? 0) > this.retireAboveMb;
      if (retire) this.replace(slot);
      else this.idle(slot);
      settle();
      this.pump();
    };
    const onAbort = (): void => finish(() => job.reject(spec.cancelled()), 'cancelled');
    const timer = setTimeout(() => finish(() => job.reject(spec.timeout()), 'timeout'), spec.timeoutMs);
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    slot.onMessage = (reply) => {
      if (reply.ok) finish(() => job.resolve(reply), 'ok', reply.stats, true);
      else {
        const f = spec.failed(reply);
        finish(() => job.reject(f.error), f.outcome, reply.stats);
      }
    };
    slot.onError = (err) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => job.reject(spec.outOfMemory()), 'out-of-memory');
      else finish(() => job.reject(err), 'crash');
    };
    slot.onExit = (code) => {
      if (this.closed) finish(() => job.reject(spec.cancelled()), 'cancelled');
      else finish(() => job.reject(new Error(`${spec.what} worker exited (code ${code}) without an answer`)), 'crash');
    };
    try {
      slot.worker.postMessage(job.req, job.transfer);
    } catch (e) {
      finish(() => job.reject(e as Error), 'crash');
    }
  }

  /** Back to idle: unref'd, and stopped after idleMs when the pool keeps fewer warm. */
  private idle(slot: Slot): void {
    slot.worker.unref();
    if (this.idleMs !== Infinity) {
      slot.idleTimer = setTimeout(() => {
        slot.idleTimer = null;
        if (!slot.job && this.slots.size > this.warm) this.kill(slot);
      }, this.idleMs);
      slot.idleTimer.unref();
    }
  }

  /** Terminate a worker that failed a job (or grew too large), and start its successor when workers are kept warm. */
  private replace(slot: Slot): void {
    this.kill(slot);
    this.prestart();
  }

  private kill(slot: Slot): void {
    this.forget(slot);
    void slot.worker.terminate();
  }

  private forget(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    this.slots.delete(slot);
  }
}
