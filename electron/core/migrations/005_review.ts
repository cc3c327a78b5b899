import type { Migration } from './index.js';

/**
 * 005 — review: annotations, review rounds, history.
 *
 * annotations: one row per annotation (comment or suggestion) of a plan; the whole annotation
 * (shared/review/model.ts Annotation: anchor, author, replies, status …) as JSON in `data`, with the columns
 * needed to list and filter. Anchors are refreshed in place when the plan is edited (electron/core/review/annotations.ts).
 *
 * review_rounds: a draft submitted for review (round 1, 2 … per plan) with the version snapshot taken then;
 * closed_at NULL while the round is open (at most one open round per plan).
 *
 * plan_history: who changed what and when, per plan (seq 1, 2 …): kind, summary, the plan revision after the
 * change and the node changes (JSON array of NodeChange: before/after of each changed node, without children).
 * Quick edits by the same person are coalesced into one entry. plan_history_nodes indexes entries by node for
 * the per-node history panel.
 * All go with their plans (ON DELETE CASCADE).
 */
export const migration005: Migration = {
  version: 5,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id         TEXT PRIMARY KEY,
        plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        status     TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'accepted', 'rejected')),
        round      INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        data       TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX annotations_plan ON annotations(plan_id, created_at);

      CREATE TABLE review_rounds (
        plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        round      INTEGER NOT NULL CHECK (round >= 1),
        name       TEXT NOT NULL,
        version_id INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL CHECK (json_valid(started_by)),
        closed_at  TEXT,
        PRIMARY KEY (plan_id, round)
      ) STRICT;

      CREATE TABLE plan_history (
        plan_id  TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        seq      INTEGER NOT NULL CHECK (seq >= 1),
        at       TEXT NOT NULL,
        actor    TEXT NOT NULL CHECK (json_valid(actor)),
        kind     TEXT NOT NULL,
        summary  TEXT NOT NULL,
        revision INTEGER NOT NULL,
        changes  TEXT NOT NULL CHECK (json_valid(changes)),
        PRIMARY KEY (plan_id, seq)
      ) STRICT;

      CREATE TABLE plan_history_nodes (
        plan_id TEXT NOT NULL,
        seq     INTEGER NOT NULL,
        node_id TEXT NOT NULL,
        PRIMARY KEY (plan_id, node_id, seq),
        FOREIGN KEY (plan_id, seq) REFERENCES plan_history(plan_id, seq) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
