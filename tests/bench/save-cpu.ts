/**
 * CPU of plan.save through core.call, and the longest run of CPU the host's thread spent between two ticks of a 2 ms
 * probe (what an event-loop stall would be on an idle machine: on a loaded one the wall-clock stall is mostly waiting
 * for a core). Prints one line; writes nothing. Run it in two worktrees (old and new code) alternately and compare.
 *
 *   npx tsx tests/bench/save-cpu.ts big [tasks]   six saves of a plan of `tasks` key tasks (default 2,000), one heading changed each
 *   npx tsx tests/bench/save-cpu.ts seeds         18 saves of each seed (after 2 unmeasured), one heading changed each: mean CPU per save
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../../electron/core/core';
import { importText } from '../../shared/importer/index';
import type { PlanDoc } from '../../shared/model/plan';
import { bigPlan } from './stalls';
import { measure } from './cpu-probe';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const [mode = 'big', arg] = process.argv.slice(2);

async function saves(core: Core, id: string, n: number, skip: number): Promise<Array<{ cpu: number; longest: number }>> {
  let s = (await core.call('plan.get', { id })) as { ok: true; result: PlanDoc & { revision: number } };
  const out: Array<{ cpu: number; longest: number }> = [];
  for (let i = 0; i < n; i++) {
    const doc = { format: s.result.format, meta: s.result.meta, nodes: structuredClone(s.result.nodes) };
    doc.nodes[i % doc.nodes.length].heading += '改';
    const m = await measure(() => core.call('plan.save', { id, doc, baseRevision: s.result.revision }));
    if (!m.result.ok) throw new Error(`plan.save: ${m.result.error.code}`);
    if (i >= skip) out.push({ cpu: m.cpu, longest: m.longest });
    s = (await core.call('plan.get', { id })) as typeof s;
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'pw-save-cpu-'));
const core = await createCore({ dataDir: dir, seedsDir: null, host: 'test' });
try {
  const commit = async (doc: PlanDoc) => ((await core.call('plan.importCommit', { doc })) as { ok: true; result: { id: string } }).result.id;
  if (mode === 'seeds') {
    const all: Array<{ cpu: number; longest: number }> = [];
    for (const f of readdirSync(join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) {
      all.push(...(await saves(core, await commit(importText(readFileSync(join(ROOT, 'seeds', f), 'utf8'), f)), 20, 2)));
    }
    console.log(`seeds: ${all.length} saves, CPU per save ${(all.reduce((a, x) => a + x.cpu, 0) / all.length).toFixed(2)} ms`);
  } else {
    const r = await saves(core, await commit(bigPlan(Number(arg ?? 2000), 1)), 6, 0);
    console.log(`big: longest CPU between ticks ${r.map((x) => x.longest.toFixed(0)).join(' ')} ms; CPU per save ${r.map((x) => x.cpu.toFixed(0)).join(' ')} ms`);
  }
} finally {
  core.close();
  rmSync(dir, { recursive: true, force: true });
}
