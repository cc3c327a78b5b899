/**
 * Warm Word-export workers (electron/core/worker-pool.ts, issue 18): exports reuse a started worker instead of
 * starting one per export, give the same bytes as the in-process build, and the pool never hangs — a job that times
 * out, crashes, runs out of heap or is cancelled costs only its worker, which is replaced; exports beyond the pool's
 * size wait and all finish; close() leaves no worker thread behind.
 *
 * Worker threads are counted by the process's own 'worker' event (emitted for every Worker the process starts),
 * so a count does not depend on the pool's bookkeeping. The misbehaving jobs run on a stand-in entry with the
 * worker protocol (tests/fixtures/workers/pool-worker.mjs); the exports run on the real one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError, LIMITS } from '../../shared/errors.js';
import { buildDocx } from '../../shared/export/docx.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { exportDocx } from '../../electron/core/export.js';
import { exportDocxIsolated, exportPool } from '../../electron/core/isolated-import.js';
import { WorkerPool, type JobSpec, type JobStats } from '../../electron/core/worker-pool.js';
import type { WorkerRequest } from '../../electron/core/import-worker.js';
import { nodeZip } from '../../electron/core/zip.js';
import { ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const STAND_IN = path.join(import.meta.dirname, '..', 'fixtures', 'workers', 'pool-worker.mjs');

// every worker thread this process starts, and how many are running now
let started = 0;
const live = new Set<Worker>();
process.on('worker', (w: Worker) => {
  started++;
  live.add(w);
  w.once('exit', () => live.delete(w));
});

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const pools: WorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function standInPool(o: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}): WorkerPool {
  const pool = new WorkerPool({ entry: () => STAND_IN, size: 1, memoryMb: 64, name: 'test-pool', ...o });
  pools.push(pool);
  return pool;
}

function spec(o: Partial<JobSpec> = {}): JobSpec {
  return {
    timeoutMs: 10_000,
    cancelled: () => new AppError('cancelled', '已取消'),
    timeout: () => new AppError('timeout', '超时'),
    outOfMemory: () => new AppError('out-of-memory', '内存不足'),
    failed: (reply) => ({ error: new Error('crash' in reply ? reply.crash.message : 'failed'), outcome: 'crash' }),
    what: 'test',
    ...o,
  };
}

const job = (task: string, extra: Record<string, unknown> = {}) => ({ task, ...extra }) as unknown as WorkerRequest;
async function echo(pool: WorkerPool, text: string, extra: Record<string, unknown> = {}, s: Partial<JobSpec> = {}) {
  const reply = await pool.run(job('echo', { text, ...extra }), [], spec(s));
  return (reply as { result: { text: string; threadId: number } }).result;
}
const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : `plain: ${(e as Error).message}`));

describe('the worker pool (stand-in jobs)', () => {
  it('reuses its worker: a second job starts no thread', async () => {
    const pool = standInPool();
    const before = started;
    const a = await echo(pool, 'a');
    const b = await echo(pool, 'b');
    expect(a.text).toBe('a');
    expect(b.text).toBe('b');
    expect(b.threadId).toBe(a.threadId);
    expect(started - before).toBe(1);
    expect(pool.stats).toMatchObject({ alive: 1, busy: 0, queued: 0, started: 1 });
  });

  it('a job over its time limit is stopped, its worker replaced; the next job runs', async () => {
    const pool = standInPool({ warm: 1 });
    pool.prestart();
    const first = await echo(pool, 'warm');
    const stats: JobStats[] = [];
    const t0 = Date.now();
    expect(await codeOf(pool.run(job('hang'), [], spec({ timeoutMs: 300, onStats: (s) => stats.push(s) })))).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(stats).toEqual([expect.objectContaining({ outcome: 'timeout' })]);
    const next = await echo(pool, 'after');
    expect(next.text).toBe('after');
    expect(next.threadId).not.toBe(first.threadId); // the hung worker was not reused
    expect(pool.stats.started).toBe(2);
  });

  it('a job that throws, exits or runs out of heap costs only its worker; the next job runs', async () => {
    const pool = standInPool({ memoryMb: 24 });
    const threads = new Set<number>();
    threads.add((await echo(pool, 'a')).threadId);
    expect(await codeOf(pool.run(job('throw'), [], spec()))).toBe('plain: broken on purpose');
    threads.add((await echo(pool, 'b')).threadId);
    expect(await codeOf(pool.run(job('exit'), [], spec()))).toMatch(/^plain: test worker exited \(code 3\) without an answer/);
    threads.add((await echo(pool, 'c')).threadId);
    expect(await codeOf(pool.run(job('oom'), [], spec()))).toBe('out-of-memory');
    threads.add((await echo(pool, 'd')).threadId);
    expect(threads.size).toBe(4); // a worker that failed a job is never given another
    expect(pool.stats).toMatchObject({ alive: 1, busy: 0, queued: 0 });
  });

  it('more jobs than workers wait their turn and all finish; at most `size` run at once', async () => {
    const pool = standInPool({ size: 2 });
    const before = started;
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, pool.stats.busy)), 5);
    const texts = ['1', '2', '3', '4', '5', '6', '7'];
    const results = await Promise.all(texts.map((t) => echo(pool, t, { delayMs: 60 })));
    clearInterval(watch);
    expect(results.map((r) => r.text)).toEqual(texts);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    expect(started - before).toBe(2);
    expect(peak).toBeLessThanOrEqual(2);
    expect(pool.stats.queued).toBe(0);
  });

  it('cancel: a queued job leaves the queue, a running one stops its worker; the others finish', async () => {
    const pool = standInPool();
    const running = new AbortController();
    const queued = new AbortController();
    const a = pool.run(job('hang'), [], spec({ signal: running.signal }));
    const b = pool.run(job('echo', { text: 'b' }), [], spec({ signal: queued.signal }));
    const c = echo(pool, 'c');
    await until(() => pool.stats.busy === 1);
    expect(pool.stats.queued).toBe(2);
    queued.abort();
    expect(await codeOf(b)).toBe('cancelled');
    expect(pool.stats.queued).toBe(1);
    running.abort();
    expect(await codeOf(a)).toBe('cancelled');
    expect((await c).text).toBe('c');
    // an already aborted signal never reaches a worker
    const before = pool.stats.started;
    expect(await codeOf(pool.run(job('echo', { text: 'x' }), [], spec({ signal: AbortSignal.abort() })))).toBe('cancelled');
    expect(pool.stats.started).toBe(before);
  });

  it('close() stops every worker, idle or busy, fails running and queued jobs as cancelled, and refuses new ones', async () => {
    const pool = standInPool({ size: 2, warm: 2 });
    pool.prestart();
    await until(() => pool.stats.alive === 2);
    const running = codeOf(pool.run(job('hang'), [], spec()));
    const queued = [codeOf(pool.run(job('hang'), [], spec())), codeOf(pool.run(job('echo', { text: 'q' }), [], spec()))];
    await until(() => pool.stats.busy === 2);
    expect(live.size).toBeGreaterThanOrEqual(2);
    await pool.close();
    expect(await running).toBe('cancelled');
    expect(await Promise.all(queued)).toEqual(['cancelled', 'cancelled']);
    expect(live.size).toBe(0);
    expect(pool.stats).toMatchObject({ alive: 0, busy: 0, queued: 0 });
    expect(await codeOf(echo(pool, 'late'))).toBe('cancelled');
    expect(live.size).toBe(0);
  });

  it('an idle worker above `warm` stops after idleMs; a worker whose heap grew past retireAboveMb is retired', async () => {
    const pool = standInPool({ idleMs: 100, retireAboveMb: 100 });
    await echo(pool, 'a');
    expect(pool.stats.alive).toBe(1);
    await until(() => pool.stats.alive === 0);
    await until(() => live.size === 0);
    const big = await echo(pool, 'big', { heapTotalMb: 500 });
    expect(pool.stats.alive).toBe(0); // retired after its answer
    expect((await echo(pool, 'next')).threadId).not.toBe(big.threadId);
  });
});

describe('exportPool: sizes by host', () => {
  it('the server keeps min(2, cores) workers started; other hosts one on demand; size 0 is no pool', () => {
    const before = started;
    const server = exportPool('server', {}, STAND_IN, 8)!;
    expect([server.size, server.warm, server.memoryMb]).toEqual([2, 2, LIMITS.exportMemoryMb]);
    expect([exportPool('server', {}, STAND_IN, 1)!.size, exportPool('server', {}, STAND_IN, 1)!.warm]).toEqual([1, 1]);
    const desktop = exportPool('electron', {}, STAND_IN, 8)!;
    expect([desktop.size, desktop.warm]).toEqual([1, 0]);
    expect([exportPool('server', { size: 3, warm: 1 }, STAND_IN)!.size, exportPool('server', { size: 3, warm: 1 }, STAND_IN)!.warm]).toEqual([3, 1]);
    expect(exportPool('server', { size: 0 })).toBeNull();
    expect(started).toBe(before); // making a pool starts no thread
  });
});

describe('Word exports through the core on warm workers', () => {
  const tempDir = tempDirs('pw-pool-');
  let seedsDir: string;
  const cores: Core[] = [];
  afterAll(() => {
    for (const c of cores) c.close();
  });
  beforeAll(() => {
    seedsDir = tempDir();
    // the largest seed (杨浦 2015–2017, annex tables) and a small one
    for (const f of ['002_72028bf86ba9aa86.txt', '004_5927250410f73846.txt']) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(seedsDir, f));
  });
  async function open(host = 'test', exportWorkers?: { size?: number; warm?: number }): Promise<Core> {
    const core = await createCore({ dataDir: tempDir(), seedsDir, host, logError: () => {}, exportWorkers });
    cores.push(core);
    return core;
  }
  const inProcess = async (core: Core, id: string, options: object) =>
    (await exportDocx(core.library.getPlan(id), options, (d, o) => buildDocx(d, o, { zip: nodeZip }))).bytes;

  it('a seed exported twice through the pool: the bytes of the in-process build (and of a fresh worker), on one worker thread', async () => {
    const core = await open();
    const plans = await ok(core, 'library.list', {});
    expect(plans.length).toBe(2);
    const before = started;
    for (const { id } of plans) {
      for (const options of [{}, { cover: true, annexes: true }]) {
        const expected = await inProcess(core, id, options);
        const first = Buffer.from((await ok(core, 'export.docx', { id, options })).dataBase64, 'base64');
        const second = Buffer.from((await ok(core, 'export.docx', { id, options })).dataBase64, 'base64');
        expect(first.equals(Buffer.from(expected))).toBe(true);
        expect(second.equals(Buffer.from(expected))).toBe(true);
        // the path before the pool: a fresh worker for one export
        const fresh = await exportDocxIsolated(core.library.getPlan(id), options);
        expect(Buffer.from(fresh).equals(Buffer.from(expected))).toBe(true);
      }
    }
    // 8 pooled exports + 4 fresh workers: the pooled ones shared one thread
    expect(started - before).toBe(1 + 4);
    core.close();
    await until(() => live.size === 0);
  });

  it('the office server starts its workers with the core; exports beyond the pool wait and all finish; close() leaves no thread', async () => {
    const before = started;
    const core = await open('server', { size: 2 });
    await until(() => started - before === 2); // prestarted, before any export
    const [big] = (await ok(core, 'library.list', {})).filter((p) => p.title.includes('杨浦'));
    expect(big).toBeDefined();
    const expected = Buffer.from(await inProcess(core, big.id, { annexes: true }));
    const answers = await Promise.all(Array.from({ length: 6 }, () => ok(core, 'export.docx', { id: big.id, options: { annexes: true } })));
    for (const a of answers) expect(Buffer.from(a.dataBase64, 'base64').equals(expected)).toBe(true);
    expect(started - before).toBe(2); // six exports on the two prestarted workers
    // close while exports run: three asked at once (two on the workers, one waiting); when the first answers, the
    // waiting one has just taken its worker. Those not finished fail as cancelled, and no worker thread is left.
    const running = Array.from({ length: 3 }, () => core.call('export.docx', { id: big.id, options: { annexes: true } }));
    expect((await Promise.race(running)).ok).toBe(true);
    core.close();
    const codes = (await Promise.all(running)).map((env) => (env.ok ? 'ok' : env.error.code));
    expect(codes).toContain('cancelled');
    expect(codes.filter((c) => c !== 'ok' && c !== 'cancelled')).toEqual([]);
    await until(() => live.size === 0);
  });

  it('after a job that timed out, the next export works', async () => {
    const pool = exportPool('test')!;
    pools.push(pool);
    const core = await open();
    const [{ id }] = await ok(core, 'library.list', {});
    const doc = core.library.getPlan(id);
    const expected = Buffer.from(await inProcess(core, id, {}));
    expect(Buffer.from(await exportDocxIsolated(doc, {}, { pool })).equals(expected)).toBe(true);
    expect(await codeOf(exportDocxIsolated(doc, {}, { pool, timeoutMs: 1 }))).toBe('timeout');
    // a document the builder cannot handle: the worker's error comes back, and the worker is replaced
    expect(await codeOf(exportDocxIsolated({ ...doc, nodes: null } as never, {}, { pool }))).toMatch(/^plain: export-docx worker crashed/);
    expect(Buffer.from(await exportDocxIsolated(doc, {}, { pool })).equals(expected)).toBe(true);
    expect(pool.stats.started).toBe(3);
  });
});
