/**
 * What one Word export costs the server: a fresh worker per export (before the pool) against a warm pooled worker
 * (electron/core/worker-pool.ts). The largest seed (杨浦 2015–2017) with its annex tables, one export at a time:
 * wall time per export, and the process's CPU time per export (process.cpuUsage counts every thread, so the worker's
 * start-up and the build are both in it). Not part of `npm run bench`:
 *
 *   npx tsx tests/bench/export-pool.ts [--runs 20]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { importFile } from '../../shared/importer/index';
import { exportDocxIsolated, exportPool, sourceWorkerEntry } from '../../electron/core/isolated-import';
import { machine, ms, percentile } from './machine';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 20;

const files = readdirSync(SEEDS).sort();
const largest = files.reduce((a, b) => (statSync(join(SEEDS, b)).size > statSync(join(SEEDS, a)).size ? b : a));
const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, largest))), fileName: largest });
const options = { annexes: true };
await sourceWorkerEntry(); // the bundle is built before anything is timed

async function measure(label: string, run: () => Promise<Uint8Array>): Promise<string> {
  await run(); // warm-up (the pool's worker starts here)
  const wall: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort((a, b) => a - b);
  return `| ${label} | ${ms(percentile(wall, 0.5))} ms | ${ms(percentile(wall, 0.95))} ms | ${ms((cpu.user + cpu.system) / 1000 / RUNS)} ms |`;
}

const pool = exportPool('server', { size: 1 })!;
const rows = [
  await measure('fresh worker per export (before the pool)', () => exportDocxIsolated(doc, options)),
  await measure('warm pooled worker', () => exportDocxIsolated(doc, options, { pool })),
];
await pool.close();
const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`Word export of ${largest} (annexes), ${RUNS} runs each — ${machine()}, load average ${load}\n`);
console.log('| how | wall p50 | wall p95 | CPU per export |\n|---|---:|---:|---:|');
console.log(rows.join('\n'));
