/**
 * Child process for tests/core/fts-merge.test.ts: opens the library file argv[2] as the core does (WAL, synchronous
 * FULL) and runs the search index's merge steps of argv[3] pages in a loop — the first one negative (every segment
 * merged into one, in steps) — printing "merging" once the first step committed, until the parent kills it.
 */
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const pages = Number(process.argv[3] ?? 1);
const merge = db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('merge', ?)`);
merge.run(-pages);
process.stdout.write('merging\n');
for (;;) merge.run(pages);
