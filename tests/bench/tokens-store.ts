/**
 * `npx tsx tests/bench/tokens-store.ts [plans]`: what keeping each plan's tokens (table plan_tokens) costs — the
 * time to encode them at a save beside the time to compute the task vectors a save already computes (the five seeds,
 * token cache emptied before each: the segmenter runs as at a real save), and the library's size with and without
 * them at `plans` plans (default 2,000: the seeds with their district replaced, as the Compare benchmark builds its
 * library); PRAGMA quick_check's time on that library. Prints; writes nothing to docs/. KEEP=1 keeps the library.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { importText } from '../../shared/importer/index';
import { taskVectors } from '../../shared/compare/library';
import { clearTokenCache } from '../../shared/compare/tokens';
import { openLibrary } from '../../electron/core/library';
import { SqliteDb } from '../../electron/store/sqlite.js';
import { CompareStore } from '../../electron/core/compare-store';
import { planTokensBlob } from '../../electron/core/plan-tokens';
import { variant } from './compare';
import { ms, percentile } from './machine';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const planCount = Number(process.argv[2] ?? 2000);
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => importText(readFileSync(join(SEEDS, f), 'utf8'), f));
const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);

// 1. at a save: the vectors (tokenising from scratch) and then the tokens' encoding (lines already tokenised)
const vec: number[] = [];
const enc: number[] = [];
let bytes = 0;
let chars = 0;
for (let r = 0; r < 7; r++) {
  for (const s of seeds) {
    const doc = structuredClone(s);
    clearTokenCache();
    let t = performance.now();
    taskVectors(doc);
    if (r > 1) vec.push(performance.now() - t);
    t = performance.now();
    const b = planTokensBlob(doc);
    if (r > 1) enc.push(performance.now() - t);
    if (r === 0) {
      bytes += b.length;
      chars += JSON.stringify(doc).length;
    }
  }
}
console.log(`load ${loadavg()[0].toFixed(1)}. At a save, per seed plan (median of 25): task vectors from scratch ${ms(med(vec))} ms, encoding the tokens after them ${ms(med(enc))} ms; the five seeds' blobs ${bytes} bytes (${(bytes / seeds.length / 1024).toFixed(1)} KiB a plan; their plan JSON ${chars} characters)`);

// 2. a library of planCount plans with its vectors and tokens, then without the tokens
const dir = mkdtempSync(join(tmpdir(), 'pw-bench-tokens-'));
const lib = openLibrary({ dataDir: dir });
const store = new CompareStore(new SqliteDb(lib));
const save: number[] = [];
for (let i = 0; i < planCount; i++) {
  const id = lib.addPlan(variant(seeds[i % seeds.length], i), { status: 'reference' });
  const t = performance.now();
  await store.updateVectors(id); // what plan.save does after its commit: vectors and tokens
  save.push(performance.now() - t);
}
const size = () => {
  lib.db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(join(dir, 'library.sqlite')).size;
};
lib.db.exec('VACUUM');
const withTokens = size();
const tokenBytes = (lib.db.prepare(`SELECT sum(length(lines)) AS n FROM plan_tokens`).get() as { n: number }).n;
const vectorBytes = (lib.db.prepare(`SELECT sum(length(terms)) + sum(length(tasks)) AS n FROM plan_vectors`).get() as { n: number }).n;
const qc: number[] = [];
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  lib.db.pragma('quick_check');
  qc.push(performance.now() - t);
}
lib.db.exec('DELETE FROM plan_tokens; VACUUM');
const without = size();
console.log(`${planCount} plans: vectors + tokens stored at save ${ms(med(save))} ms per plan (median); library ${(without / 2 ** 20).toFixed(1)} MiB without the tokens, ${(withTokens / 2 ** 20).toFixed(1)} MiB with them (+${(((withTokens - without) / without) * 100).toFixed(1)} %; the blobs ${(tokenBytes / 2 ** 20).toFixed(1)} MiB, the vectors ${(vectorBytes / 2 ** 20).toFixed(1)} MiB); PRAGMA quick_check ${qc.map(ms).join(', ')} ms (file in the page cache)`);
lib.close();
if (process.env.KEEP === '1') console.log(`library kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
