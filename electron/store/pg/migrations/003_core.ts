import type { PgMigration } from './index.js';

/**
 * 003 — everything else the core and the office server keep, as SQLite 003–005 and 008: snapshots of plans
 * (plan_versions), comparison pins and task vectors (compare_pins, compare_terms, plan_vectors), review
 * (annotations, review_rounds, plan_history, plan_history_nodes), accounts and sessions (users, sessions), owners
 * and shares of plans, and the audit log.
 *
 * JSON held by these tables is `text`, as in SQLite: the repositories read and write it as text on both engines.
 * Identity columns stand for SQLite's INTEGER PRIMARY KEY / rowid (plan_vectors.seq is the row's rowid in the
 * compare store's change signature). User names are unique without regard to ASCII case, as SQLite's NOCASE.
 */
export const migration003: PgMigration = {
  version: 3,
  name: 'core',
  async up(client) {
    await client.query(`
      CREATE TABLE plan_versions (
        plan_id    text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        version    integer NOT NULL CHECK (version >= 1),
        name       text NOT NULL,
        kind       text NOT NULL CHECK (kind IN ('named', 'auto')),
        reason     text NOT NULL,
        revision   integer NOT NULL,
        created_at text NOT NULL,
        counts     text NOT NULL,
        doc        text NOT NULL,
        status     text NOT NULL,
        PRIMARY KEY (plan_id, version)
      );

      CREATE TABLE compare_pins (
        left_id    text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        right_id   text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        pins       text NOT NULL,
        updated_at text NOT NULL,
        PRIMARY KEY (left_id, right_id)
      );
      CREATE INDEX compare_pins_right ON compare_pins(right_id);

      CREATE TABLE compare_terms (
        id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        term text NOT NULL UNIQUE
      );

      CREATE TABLE plan_vectors (
        seq      bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        plan_id  text PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        tasks    text NOT NULL,
        terms    bytea NOT NULL
      );

      CREATE TABLE annotations (
        id         text PRIMARY KEY,
        plan_id    text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        status     text NOT NULL CHECK (status IN ('open', 'resolved', 'accepted', 'rejected')),
        round      integer,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        data       text NOT NULL
      );
      CREATE INDEX annotations_plan ON annotations(plan_id, created_at);

      CREATE TABLE review_rounds (
        plan_id    text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        round      integer NOT NULL CHECK (round >= 1),
        name       text NOT NULL,
        version_id integer NOT NULL,
        started_at text NOT NULL,
        started_by text NOT NULL,
        closed_at  text,
        PRIMARY KEY (plan_id, round)
      );

      CREATE TABLE plan_history (
        plan_id  text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        seq      integer NOT NULL CHECK (seq >= 1),
        at       text NOT NULL,
        actor    text NOT NULL,
        kind     text NOT NULL,
        summary  text NOT NULL,
        revision integer NOT NULL,
        changes  text NOT NULL,
        PRIMARY KEY (plan_id, seq)
      );

      CREATE TABLE plan_history_nodes (
        plan_id text NOT NULL,
        seq     integer NOT NULL,
        node_id text NOT NULL,
        PRIMARY KEY (plan_id, node_id, seq),
        FOREIGN KEY (plan_id, seq) REFERENCES plan_history(plan_id, seq) ON DELETE CASCADE
      );

      CREATE TABLE users (
        id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username      text NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
        display_name  text NOT NULL,
        role          text NOT NULL CHECK (role IN ('planner', 'reviewer', 'clerk', 'admin')),
        district      text,
        password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        disabled      integer NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at    text NOT NULL,
        updated_at    text NOT NULL
      );
      CREATE UNIQUE INDEX users_username ON users (lower(username));

      CREATE TABLE sessions (
        id_hash    text PRIMARY KEY,
        user_id    integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf       text NOT NULL,
        created_at text NOT NULL,
        last_seen  text NOT NULL,
        expires_at text NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE plan_owners (
        plan_id text PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        user_id integer NOT NULL REFERENCES users(id)
      );

      CREATE TABLE plan_shares (
        plan_id text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        user_id integer NOT NULL REFERENCES users(id),
        access  text NOT NULL CHECK (access IN ('read', 'edit')),
        PRIMARY KEY (plan_id, user_id)
      );
      CREATE INDEX plan_shares_user ON plan_shares(user_id);

      CREATE TABLE audit_log (
        seq      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at       text NOT NULL,
        user_id  integer,
        username text,
        method   text NOT NULL,
        plan_id  text,
        result   text NOT NULL,
        address  text
      );
      CREATE INDEX audit_log_plan ON audit_log(plan_id, seq);
    `);
  },
};
