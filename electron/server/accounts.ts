/**
 * Accounts and sessions of the office server, in the library database (migration 008).
 *
 * Passwords: scrypt (node:crypto) with a random 16-byte salt per password, N=2^15, r=8, p=1, 32-byte key, stored
 * as `scrypt$N$r$p$salt$hash` (the parameters travel with the hash, so they can be raised later); compared with
 * crypto.timingSafeEqual. An unknown user name costs the same scrypt as a known one (a dummy hash), so the answer
 * time does not tell which names exist. The password itself is never stored, logged or returned.
 *
 * Sessions: the cookie carries 32 random bytes (base64url); the database keeps only their sha256, the user, a
 * per-session CSRF token, and the times. A session ends at logout, after SESSION_IDLE_MS without a call, after
 * SESSION_MAX_MS in all, and when the account is disabled or its password changed.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Db, Sql } from '../store/db.js';
import { AppError } from '../../shared/errors.js';
import type { Account, DirectoryEntry, Role } from '../../shared/api/server.js';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

export const SCRYPT = { N: 1 << 15, r: 8, p: 1, keylen: 32, saltBytes: 16 } as const;
/** 128·N·r bytes = 32 MiB for the defaults; Node's default ceiling is exactly that, so it is raised. */
const MAXMEM = 96 * 1024 * 1024;

/** Idle limit: a session unused this long ends. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Absolute limit: every session ends this long after login. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** last_seen is written at most this often (a call a second must not be a write a second). */
const TOUCH_EVERY_MS = 60 * 1000;

export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(SCRYPT.saltBytes);
  const key = await scrypt(password.normalize('NFC'), salt, SCRYPT.keylen, { N: params.N, r: params.r, p: params.p, maxmem: MAXMEM });
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (![N, r, p].every(Number.isInteger) || expected.length === 0) return false;
  const key = await scrypt(password.normalize('NFC'), salt, expected.length, { N, r, p, maxmem: MAXMEM });
  return crypto.timingSafeEqual(key, expected);
}

/** Checked against when the user name is unknown (same cost, always false). */
let dummyHash: Promise<string> | null = null;

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  district: string | null;
  password_hash: string;
  disabled: number;
}

export interface SessionInfo {
  user: UserRow;
  csrf: string;
  idHash: string;
}

export function accountOf(u: UserRow): Account {
  return { username: u.username, displayName: u.display_name, role: u.role, district: u.district, disabled: u.disabled === 1 };
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export class Accounts {
  constructor(
    private readonly db: () => Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get sql(): Sql {
    return this.db().sql;
  }

  /** User names are unique without regard to ASCII case (SQLite NOCASE, PostgreSQL a unique index on lower()). */
  private user(username: string): Promise<UserRow | undefined> {
    return this.sql.get<UserRow>(`SELECT * FROM users WHERE lower(username) = lower(?)`, [username]);
  }

  userById(id: number): Promise<UserRow | undefined> {
    return this.sql.get<UserRow>(`SELECT * FROM users WHERE id = ?`, [id]);
  }

  /** The account, or AppError 'not-found'. */
  async get(username: string): Promise<UserRow> {
    const u = await this.user(username);
    if (!u) throw new AppError('not-found', `没有用户 ${username}`, { en: `No user ${username}.` });
    return u;
  }

  async list(): Promise<Account[]> {
    return (await this.sql.all<UserRow>(`SELECT * FROM users ORDER BY lower(username), username`)).map(accountOf);
  }

  /**
   * The accounts a plan can be shared with, as the 共享 dialog lists them (names, role, district): those that can log
   * in, without the admins — they see every plan already, and their user names are nobody else's business.
   */
  async directory(): Promise<DirectoryEntry[]> {
    return (await this.list()).filter((a) => !a.disabled && a.role !== 'admin').map(({ username, displayName, role, district }) => ({ username, displayName, role, district }));
  }

  /** How many accounts can log in (serve refuses to start without one). */
  async activeCount(): Promise<number> {
    return Number((await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM users WHERE disabled = 0`))!.n);
  }

  async add(a: { username: string; displayName?: string; role: Role; district?: string | null; password: string }): Promise<Account> {
    if (await this.user(a.username)) throw new AppError('conflict', `用户名 ${a.username} 已存在`, { en: `User ${a.username} exists.` });
    const hash = await hashPassword(a.password);
    const at = this.now().toISOString();
    await this.sql.run(`INSERT INTO users (username, display_name, role, district, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)`, [
      a.username, a.displayName?.trim() || a.username, a.role, a.district ?? null, hash, at, at,
    ]);
    return accountOf(await this.get(a.username));
  }

  async update(username: string, c: { displayName?: string; role?: Role; district?: string | null; disabled?: boolean; password?: string }): Promise<Account> {
    const u = await this.get(username);
    const hash = c.password !== undefined ? await hashPassword(c.password) : u.password_hash;
    const next = {
      display_name: c.displayName?.trim() || u.display_name,
      role: c.role ?? u.role,
      district: c.district !== undefined ? c.district : u.district,
      disabled: c.disabled === undefined ? u.disabled : c.disabled ? 1 : 0,
    };
    const db = this.db();
    await db.transaction(async () => {
      // The last active admin: checked and written in one transaction (SQLite: the write lock; PostgreSQL: the
      // active admins' rows locked), so two admins disabling each other at once cannot leave none.
      const admins = await db.sql.all<{ id: number }>(`SELECT id FROM users WHERE role = 'admin' AND disabled = 0${db.kind === 'postgres' ? ' FOR UPDATE' : ''}`);
      if (admins.some((a) => a.id === u.id) && (next.role !== 'admin' || next.disabled === 1) && admins.length <= 1) {
        throw new AppError('invalid-state', '不能停用或降级最后一个管理员账户', { en: 'The last active admin cannot be disabled or demoted.' });
      }
      await db.sql.run(`UPDATE users SET display_name = ?, role = ?, district = ?, disabled = ?, password_hash = ?, updated_at = ? WHERE id = ?`, [
        next.display_name, next.role, next.district, next.disabled, hash, this.now().toISOString(), u.id,
      ]);
      // A disabled account, a new password or a new role: its sessions end (ASVS 3.3.3).
      if (next.disabled === 1 || c.password !== undefined || next.role !== u.role) await db.sql.run(`DELETE FROM sessions WHERE user_id = ?`, [u.id]);
    });
    return accountOf(await this.get(username));
  }

  /** The account when the name and password match and it is not disabled; null otherwise (same cost either way). */
  async verify(username: string, password: string): Promise<UserRow | null> {
    const u = await this.user(username);
    if (!u) {
      dummyHash ??= hashPassword('not a password of anyone');
      await verifyPassword(password, await dummyHash);
      return null;
    }
    const ok = await verifyPassword(password, u.password_hash);
    return ok && u.disabled === 0 ? u : null;
  }

  // --- sessions ---------------------------------------------------------------------------------------------

  /** A new session for the user: the cookie value (returned once, never stored) and its CSRF token. */
  async createSession(userId: number): Promise<{ token: string; csrf: string }> {
    const token = crypto.randomBytes(32).toString('base64url');
    const csrf = crypto.randomBytes(24).toString('base64url');
    const now = this.now();
    await this.sql.run(`DELETE FROM sessions WHERE expires_at <= ?`, [now.toISOString()]);
    await this.sql.run(`INSERT INTO sessions (id_hash, user_id, csrf, created_at, last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      sha256(token), userId, csrf, now.toISOString(), now.toISOString(), new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
    ]);
    return { token, csrf };
  }

  /**
   * The live session of a cookie value, or null (unknown, expired, idle too long, account disabled). `touch: false`:
   * this is not a use of the session (an event stream's checks), its idle clock is left as it is.
   */
  async session(token: string | undefined, opts: { touch?: boolean } = {}): Promise<SessionInfo | null> {
    if (!token || token.length > 200) return null;
    const idHash = sha256(token);
    const row = await this.sql.get<{ user_id: number; csrf: string; last_seen: string; expires_at: string }>(
      `SELECT user_id, csrf, last_seen, expires_at FROM sessions WHERE id_hash = ?`,
      [idHash],
    );
    if (!row) return null;
    const now = this.now().getTime();
    const user = await this.userById(row.user_id);
    if (!user || user.disabled || Date.parse(row.expires_at) <= now || Date.parse(row.last_seen) + SESSION_IDLE_MS <= now) {
      await this.sql.run(`DELETE FROM sessions WHERE id_hash = ?`, [idHash]);
      return null;
    }
    if (opts.touch !== false && now - Date.parse(row.last_seen) >= TOUCH_EVERY_MS) {
      try {
        await this.sql.run(`UPDATE sessions SET last_seen = ? WHERE id_hash = ?`, [new Date(now).toISOString(), idHash]);
      } catch {
        // a library that cannot be written (read-only folder, full disk): the session still works until it expires
      }
    }
    return { user, csrf: row.csrf, idHash };
  }

  async endSession(idHash: string): Promise<void> {
    await this.sql.run(`DELETE FROM sessions WHERE id_hash = ?`, [idHash]);
  }

  /** Every session of the user but `keep` (after a password change). */
  async endOtherSessions(userId: number, keep: string): Promise<void> {
    await this.sql.run(`DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?`, [userId, keep]);
  }

  async changeOwnPassword(user: UserRow, oldPassword: string, newPassword: string, keepSession: string): Promise<boolean> {
    if (!(await verifyPassword(oldPassword, user.password_hash))) return false;
    const hash = await hashPassword(newPassword);
    await this.sql.run(`UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?`, [hash, this.now().toISOString(), user.id]);
    await this.endOtherSessions(user.id, keepSession);
    return true;
  }
}
