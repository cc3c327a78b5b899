import type { PgMigration } from './index.js';

/**
 * 001 — plans, nodes, departments per node, settings: the SQLite schema (electron/core/migrations 001–006) in
 * PostgreSQL terms, plus the search columns.
 *
 * - plans.seq and nodes.row are identities: the order things were stored, as SQLite's rowid (the list's order,
 *   "newest first" in search). JSON columns are `json`, not `jsonb`: the text is kept as written, so a plan reads
 *   back with its keys in their order.
 * - Search (see ../search.ts and electron/core/textindex.ts): h_units / b_units hold the heading's and body's runs
 *   of letters and digits after NFKC + lower case, joined by one space; `tokens` the distinct bigrams and single
 *   units of both (the app's own tokens), under a GIN index. A query term must have all its tokens (the index
 *   narrows the candidates) and occur in h_units or b_units (strpos: the exact substring test), which is the
 *   SQLite FTS5 phrase semantics.
 *   n_tokens: the number of tokens SQLite's FTS5 row of the node holds (bm25's document length, ../search.ts);
 *   plans.n_nodes / plans.n_tokens: the plan's nodes and their tokens, so the library's totals (bm25's N and
 *   average length) are a sum over plans, not over nodes, kept by the write that holds the plan's row anyway.
 * - kind includes 'box' (SQLite 006).
 */
export const migration001: PgMigration = {
  version: 1,
  name: 'init',
  async up(client) {
    await client.query(`
      CREATE TABLE settings (
        key   text PRIMARY KEY,
        value json NOT NULL
      );

      CREATE TABLE plans (
        seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        id           text PRIMARY KEY,
        title        text NOT NULL,
        district     text,
        period_start integer,
        period_end   integer,
        status       text NOT NULL CHECK (status IN ('reference', 'draft', 'review', 'final')),
        source_file  text,
        counts       json NOT NULL,
        meta         json NOT NULL,
        report       json,
        format       text NOT NULL,
        created_at   text NOT NULL,
        updated_at   text NOT NULL,
        revision     integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        n_nodes      integer NOT NULL DEFAULT 0,
        n_tokens     bigint NOT NULL DEFAULT 0
      );
      CREATE INDEX plans_district ON plans (district);

      CREATE TABLE nodes (
        row        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id    text NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        node_id    text NOT NULL CHECK (length(node_id) > 0),
        parent_id  text,
        position   integer NOT NULL CHECK (position >= 0),
        seq        integer NOT NULL,
        depth      integer NOT NULL,
        kind       text NOT NULL CHECK (kind IN ('part', 'section', 'action', 'task', 'item', 'appendix', 'box')),
        number     text NOT NULL,
        heading    text NOT NULL,
        body       text NOT NULL,
        lead       json NOT NULL,
        partners   json NOT NULL,
        indicators json NOT NULL,
        milestones json NOT NULL,
        themes     json NOT NULL,
        unreviewed boolean,
        extra      json,
        h_units    text NOT NULL,
        b_units    text NOT NULL,
        tokens     text[] NOT NULL,
        n_tokens   integer NOT NULL,
        UNIQUE (plan_id, node_id),
        UNIQUE (plan_id, seq),
        FOREIGN KEY (plan_id, parent_id) REFERENCES nodes (plan_id, node_id) ON DELETE CASCADE
      );
      CREATE INDEX nodes_parent ON nodes (plan_id, parent_id, position);
      CREATE INDEX nodes_tokens ON nodes USING gin (tokens);

      CREATE TABLE node_departments (
        name     text NOT NULL,
        node_row bigint NOT NULL REFERENCES nodes (row) ON DELETE CASCADE,
        role     text NOT NULL CHECK (role IN ('lead', 'partner')),
        PRIMARY KEY (name, node_row, role)
      );
      CREATE INDEX node_departments_row ON node_departments (node_row);
    `);
  },
};
