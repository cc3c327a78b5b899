/**
 * What the office server keeps per account where the desktop keeps one thing for the library, and the server's own
 * answers for the few API methods whose desktop answer would be shared by everybody (docs/security.md, "The office
 * server"). Tables: migration 009 (annotation_authors, user_recent); sessions and users of 008.
 *
 *   review.add           the new annotation's author account is recorded from the session (never from the request);
 *                        ./authorize.ts checks it for review.edit / review.delete / review.setStatus and for the
 *                        annotations a review package would change
 *   library.opened       recorded in the caller's own 最近打开 list (user_recent), not in the library's settings
 *   library.recent       the caller's own list, cut to the plans the caller may read now
 *   library.departments  department names of the plans the caller may read (admins: all)
 *   library.sort,        the caller's own library order, in the library's settings under the account's id
 *   library.setSort      (the desktop keeps one for the library)
 *   plan.importPreview,  the client's jobId is scoped to the account (another account's cancel never reaches the
 *   plan.importCancel,   job, and cannot tell whether such a job runs)
 *   export.pdf,
 *   export.preview,
 *   export.cancel
 *   backup.restore       the plans come back as in the backup; the accounts and the audit log stay as they were just
 *                        before (copied back from the core's pre-restore backup), and every session ends (the
 *                        backup's too); the admin is told so in the answer
 *
 * The core (electron/core/handlers) is unchanged for the desktop: these run on the server only.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { Db } from '../store/db.js';
import type { Library } from '../core/library.js';
import type { Envelope, MethodName, PlanSummary } from '../../shared/api/contract.js';
import { backupDir } from '../core/backup.js';
import type { Core } from '../core/core.js';
import { RECENT_KEPT, RECENT_SHOWN, SORT_KEY, storedSort } from '../core/handlers/library.js';
import type { Caller, PlanAccess } from './access.js';

/** What 009's annotation_authors says of one annotation of a plan. */
export interface AnnotationAuthor {
  /** The account that added it through the server; null when no account did (desktop, package, Word). */
  userId: number | null;
}

/** The tables of migration 009 (and the sessions of 008 after a restore). */
export class PersonalStore {
  constructor(private readonly db: () => Db) {}

  private get sql() {
    return this.db().sql;
  }

  async recordAuthor(annotationId: string, userId: number): Promise<void> {
    await this.sql.run(`INSERT INTO annotation_authors (annotation_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [annotationId, userId]);
  }

  /** The author of an annotation of this plan; null when the plan has no such annotation (the core answers not-found). */
  async annotationAuthor(planId: string, annotationId: string): Promise<AnnotationAuthor | null> {
    const row = await this.sql.get<{ user_id: number | null }>(
      `SELECT aa.user_id FROM annotations a LEFT JOIN annotation_authors aa ON aa.annotation_id = a.id WHERE a.id = ? AND a.plan_id = ?`,
      [annotationId, planId],
    );
    return row ? { userId: row.user_id } : null;
  }

  /** The annotations of a plan that an account added, with that account. */
  async authoredAnnotations(planId: string): Promise<Array<{ data: string; userId: number }>> {
    const rows = await this.sql.all<{ data: string; user_id: number }>(
      `SELECT a.data, aa.user_id FROM annotations a JOIN annotation_authors aa ON aa.annotation_id = a.id WHERE a.plan_id = ?`,
      [planId],
    );
    return rows.map((r) => ({ data: r.data, userId: r.user_id }));
  }

  async opened(userId: number, planId: string, at: string): Promise<void> {
    const db = this.db();
    await db.transaction(async () => {
      await db.sql.run(`INSERT INTO user_recent (user_id, plan_id, opened_at) VALUES (?, ?, ?) ON CONFLICT (user_id, plan_id) DO UPDATE SET opened_at = excluded.opened_at`, [userId, planId, at]);
      await db.sql.run(
        `DELETE FROM user_recent WHERE user_id = ? AND plan_id NOT IN (SELECT plan_id FROM user_recent WHERE user_id = ? ORDER BY opened_at DESC, plan_id LIMIT ?)`,
        [userId, userId, RECENT_KEPT],
      );
    });
  }

  /** The account's recently opened plans, newest first. */
  async recent(userId: number): Promise<Array<{ planId: string; at: string }>> {
    const rows = await this.sql.all<{ plan_id: string; opened_at: string }>(
      `SELECT plan_id, opened_at FROM user_recent WHERE user_id = ? ORDER BY opened_at DESC, plan_id LIMIT ?`,
      [userId, RECENT_KEPT],
    );
    return rows.map((r) => ({ planId: r.plan_id, at: r.opened_at }));
  }

  /** Lead and partner department names of these plans (not those in the trash), sorted as Library.departments sorts (by code point). */
  async departments(planIds: Set<string>): Promise<string[]> {
    const db = this.db();
    const rows =
      db.kind === 'sqlite'
        ? await db.sql.all<{ name: string }>(
            `SELECT DISTINCT d.name FROM node_departments d JOIN nodes n ON n.rowid = d.node_row
              WHERE n.plan_id IN (SELECT value FROM json_each(?)) AND n.plan_id NOT IN (SELECT id FROM plans WHERE trashed_at IS NOT NULL) ORDER BY d.name`,
            [JSON.stringify([...planIds])],
          )
        : await db.sql.all<{ name: string }>(
            `SELECT DISTINCT d.name COLLATE "C" AS name FROM node_departments d JOIN nodes n ON n.row = d.node_row
              WHERE n.plan_id = ANY(?::text[]) AND n.plan_id NOT IN (SELECT id FROM plans WHERE trashed_at IS NOT NULL) ORDER BY 1`,
            [[...planIds]],
          );
    return rows.map((r) => r.name);
  }

  /** Ends every session (after a restore); how many there were. */
  endAllSessions(): Promise<number> {
    return this.sql.run(`DELETE FROM sessions`);
  }

  /** Each account's state that a restore can bring back (disabled, role, password). */
  async accountStates(): Promise<Map<string, string>> {
    const rows = await this.sql.all<{ username: string; role: string; disabled: number; password_hash: string }>(`SELECT username, role, disabled, password_hash FROM users`);
    return new Map(rows.map((r) => [r.username.toLowerCase(), `${r.role}|${r.disabled}|${r.password_hash}`]));
  }

  async accountNames(): Promise<Map<string, { username: string; disabled: number }>> {
    const rows = await this.sql.all<{ username: string; disabled: number }>(`SELECT username, disabled FROM users`);
    return new Map(rows.map((r) => [r.username.toLowerCase(), r]));
  }

  /**
   * After a restore (a library folder: SQLite only; a PostgreSQL library has no backups of the app's own): the
   * accounts and the audit log of `priorFile` (the library as it was just before, the core's pre-restore backup, same
   * schema) replace the restored ones. Accounts are never deleted and their ids never reused, so the plan owners and
   * shares of the backup still name the same people. An account the backup has and the prior library does not (a
   * backup of another library) is disabled, and renamed if its name is taken. One synchronous run on the connection:
   * nothing else runs in between.
   */
  keepAccountsAndAudit(priorFile: string): Promise<void> {
    const store = this.db();
    const lib = store.library;
    if (!lib) throw new Error('keepAccountsAndAudit: not a library folder');
    return store.exclusive(() => this.carryOver(lib.db, priorFile));
  }

  private carryOver(db: Library['db'], priorFile: string): void {
    db.prepare(`ATTACH DATABASE ? AS prior`).run(priorFile);
    try {
      db.transaction(() => {
        db.exec(`
          UPDATE main.users SET disabled = 1 WHERE id NOT IN (SELECT id FROM prior.users);
          UPDATE main.users SET username = substr(username, 1, 50) || '~' || id
           WHERE id NOT IN (SELECT id FROM prior.users) AND username IN (SELECT username FROM prior.users);
          INSERT INTO main.users (id, username, display_name, role, district, password_hash, disabled, created_at, updated_at)
            SELECT id, username, display_name, role, district, password_hash, disabled, created_at, updated_at FROM prior.users WHERE true
            ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, role = excluded.role,
              district = excluded.district, password_hash = excluded.password_hash, disabled = excluded.disabled,
              created_at = excluded.created_at, updated_at = excluded.updated_at;
          DELETE FROM main.audit_log;
          INSERT INTO main.audit_log (seq, at, user_id, username, method, plan_id, result, address, detail)
            SELECT seq, at, user_id, username, method, plan_id, result, address, detail FROM prior.audit_log;
          DELETE FROM main.sessions;
        `);
      }).immediate();
    } finally {
      db.prepare(`DETACH DATABASE prior`).run();
    }
  }
}

/** The job id the core sees for an account's import: the client's id, scoped to the account. */
export function scopedJobId(userId: number, jobId: string): string {
  const plain = `u${userId}:${jobId}`;
  // ImportJobId allows 100 characters: a long one is replaced by its hash (still one id per account and job)
  return plain.length <= 100 ? plain : `u${userId}:#${crypto.createHash('sha256').update(jobId).digest('hex').slice(0, 64)}`;
}

const JOB_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['plan.importPreview', 'plan.importCancel', 'export.pdf', 'export.preview', 'export.cancel']);
/** Methods the server answers itself instead of the core (see the top of this file). */
const OWN_ANSWERS: ReadonlySet<MethodName> = new Set<MethodName>(['library.opened', 'library.recent', 'library.departments', 'library.sort', 'library.setSort']);
/** Settings key of one account's library order (the desktop's one is SORT_KEY). */
const accountSortKey = (userId: number) => `${SORT_KEY}.user.${userId}`;

export interface RestoreNotice {
  sessionsEnded: number;
  /** Whether the accounts and the audit log were kept as they were before the restore. */
  accountsKept: boolean;
  /** Accounts that can log in again after the restore although they could not before, or whose password or role the backup changed. */
  accountsChanged: string[];
  notice: string;
}

/** The server's per-account behaviour around one core call. */
export function createPersonal(o: { db: () => Db; core: Pick<Core, 'call'>; access: PlanAccess; store: PersonalStore; now: () => Date }) {
  const { core, access, store } = o;

  /**
   * An import with a jobId: the core gets the id scoped to the account; its answer names the client's id again (the
   * message of a job id already in use, details.jobId).
   */
  async function scopedImport(m: MethodName, jobId: string, input: unknown, caller: Caller): Promise<Envelope<unknown>> {
    const scoped = scopedJobId(caller.id, jobId);
    const env = await core.call(m, { ...(input as object), jobId: scoped });
    if (env.ok) return env;
    const error = { ...env.error, message: env.error.message.split(scoped).join(jobId) };
    if (error.details?.jobId === scoped) error.details = { ...error.details, jobId };
    return { ok: false, error };
  }

  /** The server's own answer for the method, or null when the core answers (invalid input always goes to the core). */
  async function answer(m: MethodName, data: Record<string, unknown> | null, input: unknown, caller: Caller): Promise<Envelope<unknown> | null> {
    if (data && JOB_METHODS.has(m) && typeof data.jobId === 'string') return scopedImport(m, data.jobId, input, caller);
    if (!data || !OWN_ANSWERS.has(m)) return null;
    switch (m) {
      case 'library.departments': {
        const readable = await access.readable(caller);
        if (readable === 'all') return null;
        return { ok: true, result: await store.departments(readable) };
      }
      case 'library.opened': {
        const id = data.id as string;
        if (!(await access.exists(id))) return core.call(m, input); // its not-found
        // a read-only library still opens plans: the list is simply not kept
        if (!o.db().readOnly) await store.opened(caller.id, id, o.now().toISOString());
        return { ok: true, result: { ok: true } };
      }
      case 'library.recent': {
        const listed = await core.call('library.list', {});
        if (!listed.ok) return listed;
        const byId = new Map((listed.result as PlanSummary[]).map((p) => [p.id, p]));
        const readable = await access.readable(caller);
        const ok = (id: string) => byId.has(id) && (readable === 'all' || readable.has(id));
        const result = (await store.recent(caller.id)).filter((r) => ok(r.planId)).slice(0, RECENT_SHOWN).map((r) => ({ ...byId.get(r.planId)!, openedAt: r.at }));
        return { ok: true, result };
      }
      case 'library.sort':
        return { ok: true, result: { sort: storedSort(await o.db().plans.getSetting<unknown>(accountSortKey(caller.id))) } };
      case 'library.setSort': {
        if (!o.db().readOnly) await o.db().plans.setSetting(accountSortKey(caller.id), data.sort);
        return { ok: true, result: { sort: data.sort } };
      }
      default:
        return null;
    }
  }

  /** Taken before a call whose aftermath needs the state before (backup.restore: the accounts). */
  async function before(m: MethodName): Promise<Map<string, string> | null> {
    if (m !== 'backup.restore') return null;
    try {
      return await store.accountStates();
    } catch {
      return null; // no library open (the core answers the call itself)
    }
  }

  /** After the core answered ok: what the server records, and the result the caller gets. */
  async function after(m: MethodName, result: unknown, caller: Caller, was: Map<string, string> | null): Promise<unknown> {
    if (m === 'review.add') {
      const id = (result as { id?: unknown }).id;
      if (typeof id === 'string') {
        try {
          await store.recordAuthor(id, caller.id);
        } catch (e) {
          // the annotation is committed: without its author only admins can edit it (docs/security.md)
          console.error(`[server] annotation ${id} was added, but its author could not be recorded:`, e);
        }
      }
      return result;
    }
    if (m === 'backup.restore') {
      // The restored file has the backup's sessions (also ones ended since), accounts and audit log.
      const sessionsEnded = await store.endAllSessions();
      const { safetyBackup } = result as { safetyBackup: string | null };
      let kept = false;
      if (safetyBackup) {
        try {
          await store.keepAccountsAndAudit(path.join(backupDir(path.dirname(o.db().library!.db.name)), safetyBackup));
          kept = true;
        } catch (e) {
          console.error('[server] after the restore, the accounts and the audit log could not be carried over:', e);
        }
      }
      const now = await store.accountStates();
      const names = await store.accountNames();
      // accounts that can log in now and could not before, or with another password or role (none when kept)
      const accountsChanged = [...now.keys()]
        .filter((k) => now.get(k) !== was?.get(k) && names.get(k)!.disabled === 0)
        .map((k) => names.get(k)!.username)
        .sort();
      const notice =
        '备份已恢复,所有用户(包括您)已退出登录,须重新登录。' +
        (kept ? '账户、密码和审计记录保持恢复前的状态,不随备份回退。' : '账户、密码和审计记录未能保留,已恢复为备份时的状态') +
        (accountsChanged.length ? `;以下账户的状态与恢复前不同,请核对:${accountsChanged.join('、')}。` : kept ? '' : '。');
      return { ...(result as object), sessionsEnded, accountsKept: kept, accountsChanged, notice } satisfies RestoreNotice & object;
    }
    return result;
  }

  return { answer, before, after };
}
