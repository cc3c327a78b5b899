/**
 * Child process for tests/core/fts-merge.test.ts: opens the library file argv[2] as the core does (WAL, synchronous
 * FULL) and runs the search index's merge steps of argv[3] pages in a loop — the first one negative (every segment
 * merged into one, in steps) — printing "merging" once the first step committed, until the parent kills it.
 * argv[4] = 'pause': after that first step it waits (a merge under way and nothing running: the parent's kill then
 * finds the state between two steps however fast the machine is) before it goes on.
 */
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const pages = Number(process.argv[3] ?? 1);
const merge = db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('merge', ?)`);
merge.run(-pages);
process.stdout.write('merging\n');
if (process.argv[4] === 'pause') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
for (;;) merge.run(pages);
