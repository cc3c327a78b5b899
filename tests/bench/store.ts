/**
 * The two library stores side by side (not part of `npm test`): a PostgreSQL in a temporary folder
 * (tests/helpers/postgres.ts) and a SQLite library, each filled with the five seeds × COPIES, then the time to store
 * a plan and the search latency (p50 / p95) over a fixed list of queries and filters.
 *
 *   npx tsx tests/bench/store.ts [copies=20]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../shared/importer/index';
import type { PlanDoc } from '../../shared/model/plan';
import { SqliteStore } from '../../electron/store/sqlite';
import { PgStore } from '../../electron/store/pg/store';
import type { PlanStore, SearchFilters } from '../../electron/store/types';
import { startPostgres } from '../helpers/postgres';
import { machine, ms, percentile } from './machine';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIES = Number(process.argv[2] ?? 20);
const QUERIES = ['养老', '一网通办', '光纤', '区科委', '信息化', '4G', '电子政务', '物联网', '云计算 大数据', '宽带 城市', '区商务委', '网格化', '智慧', '建设'];
const FILTERS: SearchFilters[] = [{}, { district: '静安区' }, { kind: 'task' }, { department: '区科委' }, { periodStart: 2012, periodEnd: 2015 }];

async function fill(store: PlanStore, docs: PlanDoc[]): Promise<number[]> {
  const times: number[] = [];
  for (let c = 0; c < COPIES; c++) {
    for (const doc of docs) {
      const t0 = performance.now();
      await store.addPlan(doc, { status: 'reference' });
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

async function searches(store: PlanStore): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      for (const f of FILTERS) {
        const t0 = performance.now();
        await store.search(q, f);
        if (round > 0) times.push(performance.now() - t0); // round 0 warms caches
      }
    }
  }
  return times.sort((a, b) => a - b);
}

const files = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const docs = await Promise.all(files.map(async (f) => importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, 'seeds', f))), fileName: f })));
const cluster = await startPostgres({ prefix: 'pw-pg-bench-' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-store-bench-'));
try {
  const stores: PlanStore[] = [SqliteStore.open({ dataDir }), await PgStore.open({ connectionString: await cluster.createDatabase('bench') })];
  const rows: string[] = [];
  for (const store of stores) {
    const add = await fill(store, docs);
    const search = await searches(store);
    rows.push(`| ${store.kind} | ${ms(percentile(add, 0.5))} ms | ${ms(percentile(add, 0.95))} ms | ${ms(percentile(search, 0.5))} ms | ${ms(percentile(search, 0.95))} ms |`);
    await store.close();
  }
  console.log(
    [
      `Machine: ${machine()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${cluster.version}`,
      `PostgreSQL harness: initdb ${cluster.timings.initdbMs} ms, start ${cluster.timings.startMs} ms.`,
      `Library: the five seeds × ${COPIES} = ${docs.length * COPIES} plans. Search: ${QUERIES.length} queries × ${FILTERS.length} filters × 2 rounds (after one warm-up round), limit 50.`,
      '',
      '| store | store a plan p50 | p95 | search p50 | p95 |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
} finally {
  await cluster.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
