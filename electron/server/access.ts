/**
 * Which plans a caller may read, edit or own on the office server (the rules are in README "Office server" and
 * docs/security.md):
 *
 *   read   admins: all. Everyone: plans whose status is reference or final (the imported reference library and
 *          issued plans). Drafts and plans under review: their owner, the users of the plan's district
 *          (meta.district, however written: 南嶼縣 is 南屿县), and the users the plan is shared with.
 *   edit   planners and admins only: admins all; a planner the plans they own or are shared with to edit, and —
 *          for drafts made before the server (no owner) — the drafts and plans under review of their own district.
 *   own    (delete, share) admins; the owner; for a plan without owner, a planner of its district (draft/review).
 *
 * A plan the caller cannot read answers exactly as a missing plan does (not-found), so ids do not tell what exists.
 */
import type { Db } from '../store/db.js';
import type { Role } from '../../shared/api/server.js';
import { oneDistrict } from '../../shared/text/district-key.js';

/**
 * The caller's district is the plan's, however either is written (南嶼縣 and 南屿县: shared/text/district-key.ts, as
 * the library's district filter); a blank district is none.
 */
const inDistrict = (c: Caller, f: PlanFacts): boolean => oneDistrict(c.district, f.district);

export interface Caller {
  id: number;
  username: string;
  role: Role;
  district: string | null;
}

export interface PlanFacts {
  id: string;
  status: string;
  district: string | null;
  ownerId: number | null;
  share: 'read' | 'edit' | null;
  /** The owner's display name (its user name when it has none); null without owner. */
  ownerName?: string | null;
  /** With how many accounts the plan is shared. */
  shareCount?: number;
}

const OPEN_STATUSES = new Set(['reference', 'final']);
const DRAFT_STATUSES = new Set(['draft', 'review']);

export function canRead(c: Caller, f: PlanFacts): boolean {
  return (
    c.role === 'admin' ||
    OPEN_STATUSES.has(f.status) ||
    f.ownerId === c.id ||
    f.share !== null ||
    inDistrict(c, f)
  );
}

const ownDistrictOrphan = (c: Caller, f: PlanFacts) => f.ownerId === null && inDistrict(c, f) && DRAFT_STATUSES.has(f.status);

export function canWrite(c: Caller, f: PlanFacts): boolean {
  if (c.role === 'admin') return true;
  if (c.role !== 'planner') return false;
  return f.ownerId === c.id || f.share === 'edit' || ownDistrictOrphan(c, f);
}

export function canOwn(c: Caller, f: PlanFacts): boolean {
  if (c.role === 'admin') return true;
  if (c.role !== 'planner') return false;
  return f.ownerId === c.id || ownDistrictOrphan(c, f);
}

interface FactsRow {
  id: string;
  status: string;
  district: string | null;
  owner: number | null;
  access: 'read' | 'edit' | null;
  owner_name: string | null;
  share_count: number | string | null;
}

// the owner's name and the plan's number of shares come with the facts (one query for the whole library)
const FACTS_SQL = `SELECT p.id, p.status, p.district, o.user_id AS owner, s.access,
         COALESCE(NULLIF(u.display_name, ''), u.username) AS owner_name,
         (SELECT CAST(COUNT(*) AS integer) FROM plan_shares n WHERE n.plan_id = p.id) AS share_count
    FROM plans p LEFT JOIN plan_owners o ON o.plan_id = p.id LEFT JOIN users u ON u.id = o.user_id
         LEFT JOIN plan_shares s ON s.plan_id = p.id AND s.user_id = ?`;
const factsOf = (r: FactsRow): PlanFacts => ({
  id: r.id,
  status: r.status,
  district: r.district,
  ownerId: r.owner,
  share: r.access,
  ownerName: r.owner_name ?? null,
  shareCount: Number(r.share_count ?? 0),
});

export class PlanAccess {
  constructor(private readonly db: () => Db) {}

  /** What the rules need to know of one plan for this caller; null when there is no such plan. */
  async facts(planId: string, c: Caller): Promise<PlanFacts | null> {
    const row = await this.db().sql.get<FactsRow>(`${FACTS_SQL} WHERE p.id = ?`, [c.id, planId]);
    return row ? factsOf(row) : null;
  }

  /** The template a plan was made from (meta.basedOn as saved: any id the writer chose), or null. */
  async basedOn(planId: string): Promise<string | null> {
    const db = this.db();
    const b = db.kind === 'sqlite' ? `json_extract(meta, '$.basedOn')` : `meta ->> 'basedOn'`;
    const row = await db.sql.get<{ b: unknown }>(`SELECT ${b} AS b FROM plans WHERE id = ?`, [planId]);
    return typeof row?.b === 'string' ? row.b : null;
  }

  /** Whether a plan is in the library (also one the caller may not read; not one in the trash: that one is deleted). */
  async exists(planId: string): Promise<boolean> {
    return (await this.db().sql.get(`SELECT 1 AS x FROM plans WHERE id = ? AND trashed_at IS NULL`, [planId])) !== undefined;
  }

  /** The facts of every plan of the library for this caller (readable or not: filter with canRead). */
  async allFacts(c: Caller): Promise<Map<string, PlanFacts>> {
    const rows = await this.db().sql.all<FactsRow>(FACTS_SQL, [c.id]);
    return new Map(rows.map((r) => [r.id, factsOf(r)]));
  }

  /** The ids of every plan the caller may read ('all' for admins). */
  async readable(c: Caller): Promise<Set<string> | 'all'> {
    if (c.role === 'admin') return 'all';
    const ids = new Set<string>();
    for (const f of (await this.allFacts(c)).values()) if (canRead(c, f)) ids.add(f.id);
    return ids;
  }

  async setOwner(planId: string, userId: number): Promise<void> {
    await this.db().sql.run(`INSERT INTO plan_owners (plan_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [planId, userId]);
  }

  shares(planId: string): Promise<Array<{ username: string; access: 'read' | 'edit' }>> {
    return this.db().sql.all(`SELECT u.username, s.access FROM plan_shares s JOIN users u ON u.id = s.user_id WHERE s.plan_id = ? ORDER BY lower(u.username), u.username`, [planId]);
  }

  async share(planId: string, userId: number, access: 'read' | 'edit' | 'none'): Promise<void> {
    const { sql } = this.db();
    if (access === 'none') await sql.run(`DELETE FROM plan_shares WHERE plan_id = ? AND user_id = ?`, [planId, userId]);
    else await sql.run(`INSERT INTO plan_shares (plan_id, user_id, access) VALUES (?, ?, ?) ON CONFLICT (plan_id, user_id) DO UPDATE SET access = excluded.access`, [planId, userId, access]);
  }
}
