/**
 * Before/after check for search changes (issue 15): the JSON of many searches over one library, to compare between
 * two checkouts with cmp. Not a test; prints nothing but a count.
 *   npx tsx tests/bench/search-same.ts build <dir>      a 2,000-plan library from the seeds (the search bench's)
 *   npx tsx tests/bench/search-same.ts dump <dir> <out>  25 queries × 27 filter sets × limits 50, 500, each searched
 *                                                         three times (in the code of the checkout it runs from)
 * Run `dump` from the old and the new checkout on the same library (it only reads it), then `cmp old.json new.json`.
 *   npx tsx tests/bench/search-same.ts writes <dir>     on a copy of the library: five kinds of write, twice, each
 *                                                         followed by 21 queries × 24 filter sets searched three ways
 *                                                         (this connection's kept bm25 counts, FTS5's bm25() inside a
 *                                                         transaction, a library opened afresh); prints the differences
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { openLibrary, type Library } from '../../electron/core/library';
import { DISTRICTS, QUERIES, variants } from './import-search';

const [cmd, dir, out] = process.argv.slice(2);
if (cmd === 'build' && dir) {
  const lib = openLibrary({ dataDir: dir });
  for (const v of variants(Number(process.env.BENCH_PLANS ?? 2000))) lib.addPlan(importText(v.text, v.name), { status: 'reference' });
  lib.merger?.drain(); // (the app merges the index between imports: electron/core/fts-merge.ts)
  lib.close();
} else if (cmd === 'dump' && dir && out) {
  await dump(dir, out);
} else if (cmd === 'writes' && dir) {
  afterWrites(dir);
} else {
  console.error('usage: search-same.ts build <dir> | dump <dir> <out.json> | writes <dir>');
  process.exit(2);
}

/** Turns of the event loop until the library's search has no build step left (code before it: none). */
async function settled(lib: Library): Promise<void> {
  const cache = (lib as unknown as { searcher: { cache: { pending?: boolean } } }).searcher.cache;
  while (cache.pending) await new Promise((r) => setImmediate(r));
}

async function dump(dir: string, out: string): Promise<void> {
  const lib = openLibrary({ dataDir: dir });
  const plans = lib.listPlans();
  const qs = [...QUERIES, '光纤 宽带', '智慧 交通 建设', '网', '4G', '信息化', '养老服务平台', '区科委 信息化', 'wifi', '没有这个词语'];
  const sets: Array<Record<string, unknown>> = [{}, { kind: ['task', 'item'] }, { kind: 'part' }, { periodStart: 2016, periodEnd: 2017 },
    { status: 'reference' }, { planId: plans[7].id }, { planId: plans[3].id, kind: 'item' }];
  for (const d of DISTRICTS.slice(0, 4)) {
    sets.push({ district: d }, { district: d, kind: 'task', department: '区科委' }, { district: d, department: '区商务委', periodEnd: 2015 });
  }
  for (const dep of ['区科委', '区民政局', '区科委(信息委)', '区府办']) sets.push({ department: dep }, { department: dep, kind: ['task', 'section'] });
  const res: Record<string, unknown> = {};
  for (const limit of [50, 500]) {
    for (const s of sets) {
      for (const q of qs) {
        const f = { ...s, limit };
        // first search (FTS5), second (FTS5; asks search-cache.ts to keep the phrase, built after the answer in steps,
        // one per turn of the event loop: let them run), third (from what it keeps)
        const first = lib.search(q, f);
        const second = lib.search(q, f);
        await settled(lib);
        res[`${q} ${JSON.stringify(f)}`] = [first, second, lib.search(q, f)];
      }
    }
  }
  writeFileSync(out, JSON.stringify(res));
  console.log(`${Object.keys(res).length} cases`);
  lib.close();
}

/** After writes of this connection: the same JSON from its kept bm25 counts, from FTS5's bm25() and from a fresh library. */
function afterWrites(src: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'pw-same-'));
  cpSync(src, dir, { recursive: true });
  const lib = openLibrary({ dataDir: dir });
  const qs = [...QUERIES, '光纤 宽带', '智慧 交通 建设', '信息化', '养老服务平台', '区科委 信息化'];
  const sets: Array<Record<string, unknown>> = [];
  for (const d of DISTRICTS.slice(0, 6)) sets.push({ district: d }, { district: d, kind: 'task', department: '区科委' }, { district: d, department: '区商务委' });
  for (const dep of ['区科委', '区民政局', '区府办']) sets.push({ department: dep }, { department: dep, kind: ['task', 'section'] });
  const plans = lib.listPlans();
  const edit = (id: string, change: (body: string, k: number) => string) => {
    const d = lib.getPlan(id);
    let k = 0;
    for (const { node } of walk(d.nodes)) node.body = change(node.body, k++);
    lib.replacePlan(id, d, { baseRevision: lib.revisionOf(id) });
  };
  const writes: Array<(round: number) => void> = [
    () => edit(plans[1].id, (b, k) => (k % 5 === 0 ? b + '区科委推进信息化和网络安全、智慧交通、大数据、物联网建设。' : b)),
    () => lib.addPlan(lib.getPlan(plans[7].id)),
    (round) => lib.deletePlan(plans[12 + round].id),
    () => edit(plans[3].id, (b) => b.replace(/信息|区科委|光纤|养老|网络/g, '')),
    () => {
      lib.replacePlan(plans[1].id, lib.getPlan(plans[1].id), { baseRevision: lib.revisionOf(plans[1].id) });
      lib.addPlan(lib.getPlan(plans[20].id));
    },
  ];
  let cases = 0;
  let diffs = 0;
  for (let round = 0; round < 2; round++) {
    for (const w of writes) {
      w(round);
      const fresh = openLibrary({ dataDir: dir });
      for (const s of sets) {
        for (const q of qs) {
          const f = { ...s, limit: 50 };
          const own = JSON.stringify(lib.search(q, f));
          cases++;
          if (own !== JSON.stringify(lib.db.transaction(() => lib.search(q, f))()) || own !== JSON.stringify(fresh.search(q, f))) diffs++;
        }
      }
      fresh.close();
    }
  }
  console.log(`${cases} cases, ${diffs} differ`);
  lib.close();
  rmSync(dir, { recursive: true, force: true });
}
