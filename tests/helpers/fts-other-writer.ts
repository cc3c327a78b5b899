/**
 * Child process for tests/core/fts-merge.test.ts › the idle check: another process (as the command line) writes the
 * library argv[2] — argv[3] plans, each its own transaction, with no turn of its event loop between them (so its own
 * merger never steps) — then closes it and ends on its own. It prints, as one JSON line, the kinds of handles that kept
 * its event loop alive after opening and after closing (the merger's timers must not be among them).
 */
import { openLibrary } from '../../electron/core/library.js';
import { blankPlan } from '../../shared/template.js';

const [dataDir, count, word] = [process.argv[2], Number(process.argv[3] ?? 6), process.argv[4] ?? '另一进程写入'];
const lib = openLibrary({ dataDir });
const alive = () => process.getActiveResourcesInfo().filter((k) => k === 'Timeout' || k === 'Immediate');
const afterOpen = alive();
const ids: string[] = [];
for (let i = 0; i < count; i++) {
  const doc = blankPlan({ title: `${word}计划${i + 1}`, district: '东川区', period: { start: 2025, end: 2027 } });
  doc.nodes[1].body = `${word}的主要任务第${i + 1}项。`;
  ids.push(lib.addPlan(doc));
}
lib.close();
process.stdout.write(JSON.stringify({ ids, afterOpen, afterClose: alive() }) + '\n');
