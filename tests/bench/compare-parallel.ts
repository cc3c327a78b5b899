/**
 * `npx tsx tests/bench/compare-parallel.ts [runs] [share]`: would a compare from scratch pay for tokenising part of the
 * plans in a warm worker thread? A measurement, not the app's code: 静安 2014 ↔ 杨浦 2015, token caches emptied before
 * each run, two ways alternating in one process —
 *   plain:    comparePlans as the app runs it (Intl.Segmenter over both plans on this thread);
 *   parallel: the last lines of the right plan (`share` of both plans' characters, default 0.35) are sent to a warm
 *             worker, which tokenises them and answers their stored form (tokens.ts encodeLines, transferred); this
 *             thread meanwhile tokenises the other lines, then primes the worker's (primeLines) and runs comparePlans.
 * Prints per way the wall-clock p50 / p10, the process's CPU (all threads, process.cpuUsage) and, on Linux, this
 * thread's on-CPU time, plus the estimate of the parallel wall time on an idle second core: this thread's on-CPU time,
 * plus the worker's job where it is longer than this thread's tokenising before the wait (message latency not
 * counted). Checks that both ways give the same JSON. On a loaded machine only the CPU figures and the estimate mean
 * something (the worker has no free core). Writes nothing to docs/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { comparePlans } from '../../shared/compare/index';
import { districtNames } from '../../shared/compare/normalize';
import { planLines } from '../../shared/compare/prepare';
import { clearTokenCache, encodeLines, primeLines, tokenize } from '../../shared/compare/tokens';
import { importText } from '../../shared/importer/index';
import { JINGAN_2014, YANGPU_2015 } from '../compare/labels';
import { ms, percentile } from './machine';

/** This thread's on-CPU time (ms), Linux only (NaN elsewhere). */
const SCHEDSTAT = '/proc/thread-self/schedstat';
const onCpu = (): number => (existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : NaN);

interface Job { id: number; lines: string[]; masks: string[] }
interface Reply { id: number; blob: Uint8Array; cpu: number }

if (!isMainThread) {
  parentPort!.on('message', ({ id, lines, masks }: Job) => {
    const c0 = onCpu();
    clearTokenCache();
    const blob = encodeLines(lines, masks);
    parentPort!.postMessage({ id, blob, cpu: onCpu() - c0 } satisfies Reply, [blob.buffer as ArrayBuffer]);
  });
} else {
  const runs = Number(process.argv[2] ?? 40);
  const share = Number(process.argv[3] ?? 0.35);
  const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
  const left = importText(readFileSync(join(SEEDS, JINGAN_2014), 'utf8'), JINGAN_2014);
  const right = importText(readFileSync(join(SEEDS, YANGPU_2015), 'utf8'), YANGPU_2015);

  // (tsx's loader registered in the worker first: a .ts entry is not loaded through execArgv's --import in Node 20)
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`, { eval: true });
  let seq = 0;
  const ask = (lines: string[], masks: string[]) =>
    new Promise<Reply>((resolve) => {
      const id = ++seq;
      const on = (r: Reply) => {
        if (r.id !== id) return;
        worker.off('message', on);
        resolve(r);
      };
      worker.on('message', on);
      worker.postMessage({ id, lines, masks } satisfies Job);
    });
  await ask(['预热'], []);

  const estimate: number[] = [];
  async function parallel(l: typeof left, r: typeof right) {
    const c0 = onCpu();
    const ml = districtNames(l.meta.district);
    const mr = districtNames(r.meta.district);
    const ll = planLines(l);
    const rl = planLines(r);
    let total = 0;
    for (const s of ll) total += s.length;
    for (const s of rl) total += s.length;
    let k = rl.length;
    for (let acc = 0; k > 0 && acc + rl[k - 1].length <= total * share; ) acc += rl[--k].length;
    const sent = rl.slice(k);
    const reply = ask(sent, mr);
    for (const s of ll) tokenize(s, ml);
    for (let i = 0; i < k; i++) tokenize(rl[i], mr);
    const c1 = onCpu();
    const { blob, cpu } = await reply;
    if (!primeLines(sent, mr, blob)) throw new Error('the worker’s tokens were not primed');
    const out = comparePlans(l, r);
    estimate.push(onCpu() - c0 + Math.max(0, cpu - (c1 - c0)));
    return out;
  }

  const ways = { plain: { wall: [] as number[], cpu: [] as number[], main: [] as number[], json: '' }, parallel: { wall: [] as number[], cpu: [] as number[], main: [] as number[], json: '' } };
  for (let i = 0; i < runs + 5; i++) {
    for (const way of i % 2 ? (['parallel', 'plain'] as const) : (['plain', 'parallel'] as const)) {
      clearTokenCache();
      const l = structuredClone(left);
      const r = structuredClone(right);
      const c0 = process.cpuUsage();
      const m0 = onCpu();
      const t0 = performance.now();
      const out = way === 'plain' ? comparePlans(l, r) : await parallel(l, r);
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const w = ways[way];
      if (i === 0) w.json = JSON.stringify(out);
      if (i < 5) continue;
      w.wall.push(wall);
      w.cpu.push((c.user + c.system) / 1000);
      w.main.push(onCpu() - m0);
    }
  }
  await worker.terminate();
  const q = (xs: number[], p: number) => ms(percentile([...xs].sort((a, b) => a - b), p));
  console.log(`load ${loadavg()[0].toFixed(1)}; ${runs} runs each after 5, alternating; the worker's share ${share}; same JSON: ${ways.plain.json === ways.parallel.json}`);
  for (const [name, w] of Object.entries(ways)) console.log(`${name.padEnd(8)} wall p50 ${q(w.wall, 0.5)} (p10 ${q(w.wall, 0.1)}) ms, process CPU p50 ${q(w.cpu, 0.5)} ms, this thread on-CPU p50 ${q(w.main, 0.5)} ms`);
  console.log(`parallel on an idle second core (estimate): p50 ${q(estimate, 0.5)} ms`);
}
