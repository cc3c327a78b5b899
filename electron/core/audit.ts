/**
 * The audit log (migration 008, table audit_log): who called which changing method on which plan, when, and how it
 * ended. Written by the office server (electron/server/) after each call of a changing method; read by audit.list.
 */
import type { Sql } from '../store/db.js';
import type { AuditEntry } from '../../shared/api/contract.js';

export interface AuditRecord {
  at: string;
  userId: number | null;
  username: string | null;
  method: string;
  planId: string | null;
  /** 'ok' or the error code. */
  result: string;
  address: string | null;
  /** What the call did beyond method and plan (AuditEntry: today plan.share's `share`); stored as JSON. */
  detail?: { share: NonNullable<AuditEntry['share']> } | null;
}

export async function appendAudit(sql: Sql, r: AuditRecord): Promise<void> {
  await sql.run(`INSERT INTO audit_log (at, user_id, username, method, plan_id, result, address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
    r.at,
    r.userId,
    r.username,
    r.method,
    r.planId,
    r.result,
    r.address,
    r.detail ? JSON.stringify(r.detail) : null,
  ]);
}

/** Newest first; of one plan when planId is given (also after the plan was deleted). */
export async function listAudit(sql: Sql, opts: { planId?: string; limit?: number; beforeSeq?: number }): Promise<AuditEntry[]> {
  const limit = opts.limit ?? 200;
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (opts.planId !== undefined) {
    where.push('a.plan_id = ?');
    params.push(opts.planId);
  }
  if (opts.beforeSeq !== undefined) {
    where.push('a.seq < ?');
    params.push(opts.beforeSeq);
  }
  // the account's display name as it is now (the audit keeps the user name as it was; accounts are never deleted)
  const rows = await sql.all<{ seq: number; at: string; username: string | null; display_name: string | null; method: string; plan_id: string | null; result: string; detail: string | null }>(
    `SELECT a.seq, a.at, a.username, u.display_name, a.method, a.plan_id, a.result, a.detail
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.seq DESC LIMIT ?`,
    [...params, limit],
  );
  return rows.map((r) => {
    const e: AuditEntry = { seq: r.seq, at: r.at, user: r.username, userName: r.display_name ?? null, method: r.method, planId: r.plan_id, result: r.result };
    const share = detailOf(r.detail)?.share;
    if (share) e.share = share;
    return e;
  });
}

function detailOf(text: string | null): AuditRecord['detail'] {
  if (!text) return null;
  try {
    return JSON.parse(text) as AuditRecord['detail'];
  } catch {
    return null; // written by another program: the entry is still listed, without it
  }
}
