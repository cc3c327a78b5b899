import type { Migration } from './index.js';

/**
 * 008 — the office server (plan-workbench serve, electron/server/): accounts, sessions, plan owners and shares, and
 * the audit log. The desktop app and browser mode never write these tables (they stay empty there); a library that
 * is later served keeps its plans, which then have no owner (see electron/server/access.ts for what that means).
 *
 * users: one row per account; `password_hash` is `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` (never the password);
 * accounts are disabled, never deleted (the audit log and plan owners name them). `district` NULL = no district
 * (an admin, a city-level reviewer).
 * sessions: server-side session records; `id_hash` is the sha256 of the cookie value (the value itself is never
 * stored, so a copy of the database does not carry live sessions); `csrf` the per-session token the client sends in
 * a header; expiry absolute (`expires_at`) and idle (`last_seen` + the server's idle limit).
 * plan_owners: who created a plan through the server. plan_shares: a plan given to a user to read or to edit.
 * Both go with their plans (ON DELETE CASCADE).
 * audit_log: who called which changing method on which plan, when, and how it ended ('ok' or the error code). No
 * foreign keys: an entry outlives its plan (plan.delete is audited) and names the user as they were called then.
 */
export const migration008: Migration = {
  version: 8,
  name: 'accounts-audit',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 64),
        display_name  TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('planner', 'reviewer', 'clerk', 'admin')),
        district      TEXT,
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id_hash    TEXT PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen  TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE plan_owners (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      CREATE TABLE plan_shares (
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id),
        access  TEXT NOT NULL CHECK (access IN ('read', 'edit')),
        PRIMARY KEY (plan_id, user_id)
      ) STRICT;
      CREATE INDEX plan_shares_user ON plan_shares(user_id);

      CREATE TABLE audit_log (
        seq      INTEGER PRIMARY KEY,
        at       TEXT NOT NULL,
        user_id  INTEGER,
        username TEXT,
        method   TEXT NOT NULL,
        plan_id  TEXT,
        result   TEXT NOT NULL,
        address  TEXT
      ) STRICT;
      CREATE INDEX audit_log_plan ON audit_log(plan_id, seq);
    `);
  },
};
