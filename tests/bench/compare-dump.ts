/**
 * Dumps the JSON of every ordered pair of the seeds and of every labelled pair — from scratch (token cache emptied),
 * from stored tokens (both plans primed) and prepared (compared again) — plus the other matching methods, a pinned
 * compare, versions by content and the library's task vectors, to check that a speed change leaves the output as it was:
 *   npx tsx tests/bench/compare-dump.ts out.json
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparePlans, compareVersions } from '../../shared/compare/index';
import { alignPlans } from '../../shared/compare/align';
import { taskVectors } from '../../shared/compare/library';
import { encodePlanTokens, primePlanTokens } from '../../shared/compare/prepare';
import { clearTokenCache } from '../../shared/compare/tokens';
import type { PlanDoc } from '../../shared/model/plan';
import { LABEL_SETS } from '../compare/labels';
import { seedDoc } from '../compare/score';

const SEEDS = readdirSync(fileURLToPath(new URL('../../seeds', import.meta.url))).filter((f) => f.endsWith('.txt')).sort();
const pairs: Array<[string, string]> = [];
for (const a of SEEDS) for (const b of SEEDS) if (a !== b) pairs.push([a, b]);
for (const s of LABEL_SETS) pairs.push([s.left, s.right]);

const out: string[] = [];
const fresh = (f: string): PlanDoc => structuredClone(seedDoc(f));
const blobs = new Map<string, Uint8Array>();
const blob = (f: string) => {
  let b = blobs.get(f);
  if (!b) blobs.set(f, (b = encodePlanTokens(fresh(f))));
  return b;
};
for (const [a, b] of pairs) {
  clearTokenCache();
  const l = fresh(a);
  const r = fresh(b);
  out.push(`scratch ${a} ${b} ${JSON.stringify(comparePlans(l, r))}`);
  out.push(`prepared ${a} ${b} ${JSON.stringify(comparePlans(l, r))}`);
  const pins = comparePlans(l, r).pairs.slice(0, 2);
  if (pins.length === 2) {
    const p = [{ left: pins[0].left.id, right: pins[1].right.id, mode: 'pin' as const }, { left: pins[1].left.id, right: pins[1].right.id, mode: 'break' as const }];
    out.push(`pinned ${a} ${b} ${JSON.stringify(comparePlans(l, r, { pins: p }))}`);
  }
  for (const method of ['greedy', 'hungarian'] as const) out.push(`${method} ${a} ${b} ${JSON.stringify(alignPlans(l, r, { method }))}`);
  out.push(`versions ${a} ${b} ${JSON.stringify(compareVersions(fresh(a), fresh(b), { matchBy: 'auto' }))}`);
  clearTokenCache();
  const bl = blob(a);
  const br = blob(b);
  clearTokenCache();
  const sl = fresh(a);
  const sr = fresh(b);
  if (!primePlanTokens(sl, bl) || !primePlanTokens(sr, br)) throw new Error('not primed');
  out.push(`stored ${a} ${b} ${JSON.stringify(comparePlans(sl, sr))}`);
}
for (const f of new Set(pairs.flat())) out.push(`vectors ${f} ${JSON.stringify(taskVectors(fresh(f)))}`);
writeFileSync(process.argv[2], out.join('\n') + '\n');
console.log(`${out.length} lines`);
