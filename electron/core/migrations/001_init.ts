import type { Migration } from './index.js';

/**
 * 001 — plans, nodes (one row per node, addressable by (plan_id, node_id)),
 * departments per node (for the department filter and autocomplete),
 * settings (key → JSON), and the contentless FTS5 index over nodes.
 */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE plans (
        id           TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        district     TEXT,
        period_start INTEGER,
        period_end   INTEGER,
        status       TEXT NOT NULL CHECK (status IN ('reference', 'draft', 'review', 'final')),
        source_file  TEXT,
        counts       TEXT NOT NULL CHECK (json_valid(counts)),
        meta         TEXT NOT NULL CHECK (json_valid(meta)),
        report       TEXT CHECK (report IS NULL OR json_valid(report)),
        format       TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_district ON plans(district);

      -- rowid is the FTS rowid. position = index among siblings; seq = pre-order index
      -- in the plan (reading order), so a plan is read back with ORDER BY seq.
      CREATE TABLE nodes (
        rowid      INTEGER PRIMARY KEY,
        plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        node_id    TEXT NOT NULL CHECK (length(node_id) > 0),
        parent_id  TEXT,
        position   INTEGER NOT NULL CHECK (position >= 0),
        seq        INTEGER NOT NULL,
        depth      INTEGER NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('part', 'section', 'action', 'task', 'item', 'appendix')),
        number     TEXT NOT NULL,
        heading    TEXT NOT NULL,
        body       TEXT NOT NULL,
        lead       TEXT NOT NULL CHECK (json_valid(lead)),
        partners   TEXT NOT NULL CHECK (json_valid(partners)),
        indicators TEXT NOT NULL CHECK (json_valid(indicators)),
        milestones TEXT NOT NULL CHECK (json_valid(milestones)),
        themes     TEXT NOT NULL CHECK (json_valid(themes)),
        -- PlanNode.unreviewed: NULL when absent, else 0/1 (absent ≠ false, for lossless export).
        unreviewed INTEGER CHECK (unreviewed IN (0, 1)),
        -- Node fields this schema has no column for (newer model), as a JSON object, so
        -- getPlan stays lossless until a migration gives them a column.
        extra      TEXT CHECK (extra IS NULL OR json_valid(extra)),
        UNIQUE (plan_id, node_id),
        UNIQUE (plan_id, seq),
        FOREIGN KEY (plan_id, parent_id) REFERENCES nodes(plan_id, node_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX nodes_parent ON nodes(plan_id, parent_id, position);

      CREATE TABLE node_departments (
        name      TEXT NOT NULL,
        node_row  INTEGER NOT NULL REFERENCES nodes(rowid) ON DELETE CASCADE,
        role      TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
        PRIMARY KEY (name, node_row, role)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX node_departments_row ON node_departments(node_row);

      -- h: heading bigrams, b: body bigrams, f: facet tokens (kind, status, plan,
      -- district, period years, departments) used as filters. See textindex.ts.
      -- Contentless: the tokens are derived data; the text lives in nodes.
      CREATE VIRTUAL TABLE node_fts USING fts5(
        h, b, f,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
        DELETE FROM node_fts WHERE rowid = old.rowid;
      END;
    `);
  },
};
