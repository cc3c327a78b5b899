/**
 * Before/after check for search changes (issue 15): the JSON of many searches over one library, to compare between
 * two checkouts with cmp. Not a test; prints nothing but a count.
 *   npx tsx tests/bench/search-same.ts build <dir>      a 2,000-plan library from the seeds (the search bench's)
 *   npx tsx tests/bench/search-same.ts dump <dir> <out>  25 queries × 27 filter sets × limits 50, 500, each searched
 *                                                         three times (in the code of the checkout it runs from)
 * Run `dump` from the old and the new checkout on the same library (it only reads it), then `cmp old.json new.json`.
 */
import { writeFileSync } from 'node:fs';
import { importText } from '../../shared/importer/index';
import { openLibrary, type Library } from '../../electron/core/library';
import { DISTRICTS, QUERIES, variants } from './import-search';

const [cmd, dir, out] = process.argv.slice(2);
if (cmd === 'build' && dir) {
  const lib = openLibrary({ dataDir: dir });
  for (const v of variants(Number(process.env.BENCH_PLANS ?? 2000))) lib.addPlan(importText(v.text, v.name), { status: 'reference' });
  lib.close();
} else if (cmd === 'dump' && dir && out) {
  await dump(dir, out);
} else {
  console.error('usage: search-same.ts build <dir> | dump <dir> <out.json>');
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
