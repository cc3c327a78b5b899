import type { Migration } from './index.js';

/**
 * 003 — plan snapshots and compare pins.
 *
 * plan_versions: a plan's document at a moment, numbered per plan (1, 2, 3 …, never reused while the plan
 * exists). kind 'named' (the user's 另存版本) or 'auto' (see electron/core/versions.ts: before the first save
 * after AUTO_SNAPSHOT_MINUTES without a snapshot, and at every status change). `doc` is the full
 * plan-workbench/v1 document without id.
 *
 * compare_pins: pairs the user pinned or broke by hand for one (left plan, right plan) comparison, as JSON
 * [{ left, right, mode }].
 *
 * plan_vectors: per plan, the term frequencies of its tasks (shared/compare/library.ts), computed when a plan
 * is saved (or, for plans stored another way, before the first library-wide compare), so comparing one plan
 * with a 2,000-plan library never re-tokenises the library. `revision` tells a stale row.
 * All go with their plans (ON DELETE CASCADE).
 */
export const migration003: Migration = {
  version: 3,
  name: 'versions',
  up(db) {
    db.exec(`
      CREATE TABLE plan_versions (
        plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL CHECK (version >= 1),
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
        reason     TEXT NOT NULL,
        revision   INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        counts     TEXT NOT NULL CHECK (json_valid(counts)),
        doc        TEXT NOT NULL CHECK (json_valid(doc)),
        PRIMARY KEY (plan_id, version)
      ) STRICT;

      CREATE TABLE compare_pins (
        left_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        right_id   TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        pins       TEXT NOT NULL CHECK (json_valid(pins)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (left_id, right_id)
      ) STRICT;
      CREATE INDEX compare_pins_right ON compare_pins(right_id);

      CREATE TABLE plan_vectors (
        plan_id  TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        data     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
