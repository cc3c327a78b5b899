/**
 * CPU of plan.importCommit, plan.duplicate and plan.delete (to the 回收站) of a large plan through core.call, and the
 * longest run of CPU the host's thread spent between two ticks of a 2 ms probe (what an event-loop stall would be on
 * an idle machine; on a loaded one the wall-clock stall is mostly waiting for a core). Prints; writes nothing. Run it
 * in two worktrees (old and new code) alternately and compare.
 *
 *   npx tsx tests/bench/write-cpu.ts [tasks] [rounds] [library]   default 2,000 tasks (2,120 nodes), 3 rounds in one
 *                                                                  process, an empty library (or a copy of `library`,
 *                                                                  e.g. the stalls benchmark's 2,000 plans)
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/core';
import { bigPlan } from './stalls';
import { measure } from './cpu-probe';

const [tasks = '2000', rounds = '3', library] = process.argv.slice(2);

const dir = mkdtempSync(join(tmpdir(), 'pw-write-cpu-'));
if (library) cpSync(library, dir, { recursive: true });
const core = await createCore({ dataDir: dir, seedsDir: null, host: 'test' });
const rows: Record<string, string[]> = { importCommit: [], duplicate: [], delete: [] };
try {
  for (let r = 0; r < Number(rounds); r++) {
    const ok = <T>(env: { ok: boolean; result?: unknown; error?: { code: string } }): T => {
      if (!env.ok) throw new Error(env.error!.code);
      return env.result as T;
    };
    const a = await measure(async () => ok<{ id: string }>(await core.call('plan.importCommit', { doc: bigPlan(Number(tasks), r) })));
    rows.importCommit.push(`${a.longest.toFixed(0)}/${a.cpu.toFixed(0)}`);
    const d = await measure(async () => ok<{ id: string }>(await core.call('plan.duplicate', { id: a.result.id })));
    rows.duplicate.push(`${d.longest.toFixed(0)}/${d.cpu.toFixed(0)}`);
    const x = await measure(async () => ok(await core.call('plan.delete', { id: d.result.id })));
    rows.delete.push(`${x.longest.toFixed(0)}/${x.cpu.toFixed(0)}`);
  }
  for (const [k, v] of Object.entries(rows)) console.log(`${k}: longest CPU between ticks / CPU of the call, per round: ${v.join(' ')} ms`);
} finally {
  core.close();
  rmSync(dir, { recursive: true, force: true });
}
