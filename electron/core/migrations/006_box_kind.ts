import type { Migration } from './index.js';

/**
 * 006 — nodes.kind may be 'box' (a 专栏: a boxed panel of a plan holding its numbered projects as items).
 *
 * SQLite cannot alter a CHECK constraint, so the nodes table is rebuilt as SQLite documents it
 * (https://www.sqlite.org/lang_altertable.html#otheralter), inside this migration's transaction:
 *   1. create nodes_new with the 001 definition and the wider CHECK;
 *   2. copy every row with its rowid (node_fts, contentless, and node_departments.node_row refer to it);
 *   3. drop nodes, rename nodes_new to nodes (the references of node_departments and the table's own
 *      parent key name "nodes", so they now point at the new table);
 *   4. recreate every index and trigger that was on nodes, from their stored SQL (nodes_parent,
 *      nodes_fts_delete, and any other a later version added);
 *   5. check the row count and run PRAGMA foreign_key_check before the commit.
 * Foreign keys are off while it runs (`foreignKeysOff`: the runner turns them off before the transaction and on
 * after it, as PRAGMA foreign_keys cannot change inside one): with them on, dropping nodes would cascade into
 * node_departments.
 */
export const migration006: Migration = {
  version: 6,
  name: 'box-kind',
  foreignKeysOff: true,
  up(db) {
    const before = (db.prepare(`SELECT count(*) AS n FROM nodes`).get() as { n: number }).n;
    const dependents = db
      .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'nodes' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
      .all() as Array<{ type: string; name: string; sql: string }>;
    db.exec(`
      CREATE TABLE nodes_new (
        rowid      INTEGER PRIMARY KEY,
        plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        node_id    TEXT NOT NULL CHECK (length(node_id) > 0),
        parent_id  TEXT,
        position   INTEGER NOT NULL CHECK (position >= 0),
        seq        INTEGER NOT NULL,
        depth      INTEGER NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('part', 'section', 'action', 'task', 'item', 'appendix', 'box')),
        number     TEXT NOT NULL,
        heading    TEXT NOT NULL,
        body       TEXT NOT NULL,
        lead       TEXT NOT NULL CHECK (json_valid(lead)),
        partners   TEXT NOT NULL CHECK (json_valid(partners)),
        indicators TEXT NOT NULL CHECK (json_valid(indicators)),
        milestones TEXT NOT NULL CHECK (json_valid(milestones)),
        themes     TEXT NOT NULL CHECK (json_valid(themes)),
        unreviewed INTEGER CHECK (unreviewed IN (0, 1)),
        extra      TEXT CHECK (extra IS NULL OR json_valid(extra)),
        UNIQUE (plan_id, node_id),
        UNIQUE (plan_id, seq),
        FOREIGN KEY (plan_id, parent_id) REFERENCES nodes(plan_id, node_id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO nodes_new (rowid, plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body,
                             lead, partners, indicators, milestones, themes, unreviewed, extra)
        SELECT rowid, plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body,
               lead, partners, indicators, milestones, themes, unreviewed, extra
        FROM nodes;
      DROP TABLE nodes;
      ALTER TABLE nodes_new RENAME TO nodes;
    `);
    for (const d of dependents) db.exec(d.sql);
    const after = (db.prepare(`SELECT count(*) AS n FROM nodes`).get() as { n: number }).n;
    if (after !== before) throw new Error(`006: nodes ${before} → ${after}`);
  },
};
