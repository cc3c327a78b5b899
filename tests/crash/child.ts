/**
 * Crash-test child (tests/crash/run.ts starts it and kills it with SIGKILL at a random moment).
 *
 *   node child.mjs <dataDir>
 *
 * Opens the core on <dataDir> (the library holds one plan, made by the parent) and saves that plan through
 * core.call('plan.save') in a loop, as the editor's autosave does. Save number N sets the body of the plan's first
 * node to the lines “第N-19次保存。” … “第N次保存。” and its heading to “第N次保存后的标题” (./marks.ts) — two
 * places, so a torn save would show. After each save is acknowledged (the envelope came back ok) it writes one line
 *
 *   ack <revision> <N>
 *
 * to stdout with a synchronous write (in the pipe before the next save starts). First line: `ready <N0>`.
 */
import fs from 'node:fs';
import { createCore } from '../../electron/core/core';
import { bodyAfter, HEADING, savesIn } from './marks';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: child <dataDir>');
  const core = await createCore({ dataDir, seedsDir: null, host: 'crash-test' });
  const list = await core.call('library.list', {});
  if (!list.ok || list.result.length !== 1) throw new Error('expected a library with one plan');
  const id = list.result[0].id;
  const got = await core.call('plan.get', { id });
  if (!got.ok) throw new Error(got.error.message);
  const { id: _id, revision: rev0, ...doc } = got.result;
  let revision = rev0;
  let n = savesIn(doc.nodes[0].body);
  if (n < 0) throw new Error('the plan does not hold a crash-test body');
  fs.writeSync(1, `ready ${n}\n`);
  for (;;) {
    n += 1;
    const first = doc.nodes[0];
    first.body = bodyAfter(n);
    first.heading = HEADING(n);
    const env = await core.call('plan.save', { id, doc, baseRevision: revision });
    if (!env.ok) {
      fs.writeSync(2, `save failed: ${env.error.code} ${env.error.message}\n`);
      process.exit(3);
    }
    revision = env.result.revision;
    fs.writeSync(1, `ack ${revision} ${n}\n`);
  }
}

main().catch((e) => {
  fs.writeSync(2, `child failed: ${String((e as Error)?.stack ?? e)}\n`);
  process.exit(2);
});
