import type { Migration } from './index.js';

/**
 * 004 — plan_vectors packed, for a fast library-wide compare after a start or a library change.
 *
 * 003 stored each plan's task vectors as JSON ({ district, tasks: [{ id, heading, tf: { term: n }, len }] }):
 * the first compare.similar after a start parsed every row and built a Map of string postings, 1.5 s at 2,000
 * plans. Now:
 *
 *   compare_terms: a dictionary, one row per term ever stored (ids are never reused or renumbered);
 *   plan_vectors:  tasks — JSON [{ id, heading, len }] (len: number of terms before trimming, for BM25);
 *                  terms — BLOB of little-endian int32: per task in order, n then n × (term id, tf).
 *
 * Existing rows are converted (no plan is re-tokenised); a row that does not parse is dropped and recomputed
 * before the next library-wide compare (its revision no longer matches: there is none).
 */
export const migration004: Migration = {
  version: 4,
  name: 'packed-vectors',
  up(db) {
    db.exec(`
      CREATE TABLE compare_terms (
        id   INTEGER PRIMARY KEY,
        term TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE plan_vectors_packed (
        plan_id  TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        tasks    TEXT NOT NULL CHECK (json_valid(tasks)),
        terms    BLOB NOT NULL
      ) STRICT;
    `);
    const addTerms = db.prepare(`INSERT INTO compare_terms (term) SELECT value FROM json_each(?) WHERE true ON CONFLICT (term) DO NOTHING`);
    const termIds = db.prepare(`SELECT id, term FROM compare_terms WHERE term IN (SELECT value FROM json_each(?))`);
    const put = db.prepare(`INSERT INTO plan_vectors_packed (plan_id, revision, tasks, terms) VALUES (?, ?, ?, ?)`);
    type Old = { tasks: Array<{ id: string; heading: string; tf: Record<string, number>; len: number }> };
    for (const row of db.prepare(`SELECT plan_id, revision, data FROM plan_vectors`).all() as Array<{ plan_id: string; revision: number; data: string }>) {
      let v: Old;
      try {
        v = JSON.parse(row.data) as Old;
        if (!Array.isArray(v.tasks)) continue;
      } catch {
        continue;
      }
      const terms = [...new Set(v.tasks.flatMap((t) => Object.keys(t.tf)))];
      addTerms.run(JSON.stringify(terms));
      const ids = new Map((termIds.all(JSON.stringify(terms)) as Array<{ id: number; term: string }>).map((r) => [r.term, r.id]));
      const out: number[] = [];
      for (const t of v.tasks) {
        const keys = Object.keys(t.tf);
        out.push(keys.length);
        for (const k of keys) out.push(ids.get(k)!, t.tf[k]);
      }
      const tasks = v.tasks.map((t) => ({ id: t.id, heading: t.heading, len: t.len }));
      const blob = Buffer.from(new Int32Array(out).buffer);
      put.run(row.plan_id, row.revision, JSON.stringify(tasks), blob);
    }
    db.exec(`
      DROP TABLE plan_vectors;
      ALTER TABLE plan_vectors_packed RENAME TO plan_vectors;
    `);
  },
};
