/**
 * Snapshots of plans (table plan_versions, migration 003): the versions.* API, review rounds and restores.
 * Plain Node, never imports 'electron'. Pins and task vectors for comparing plans: compare-store.ts (CompareStore).
 *
 * Automatic snapshots (kept simple):
 *   - before a save, when the plan has no snapshot yet or its newest one is older than AUTO_SNAPSHOT_MINUTES:
 *     the stored plan as it was before this save (reason 'before-save') — so an editing session that starts
 *     after a quiet spell can always be compared with, or restored to, where it started;
 *   - at every status change: the plan with its new status (reason 'status:draft→review').
 * Named snapshots are made by the user (versions.create). Versions are numbered per plan: 1, 2, 3 …
 */
import { AppError } from '../../shared/errors.js';
import { countKinds, type PlanDoc, type PlanStatus } from '../../shared/model/plan.js';
import type { VersionSummary } from '../../shared/compare/schema.js';
import type { Db } from '../store/db.js';

export const AUTO_SNAPSHOT_MINUTES = 10;

interface VersionRow {
  plan_id: string;
  version: number;
  name: string;
  kind: 'named' | 'auto';
  reason: string;
  revision: number;
  created_at: string;
  counts: string;
  doc?: string;
  status: PlanStatus;
}

function summary(r: VersionRow): VersionSummary {
  return {
    planId: r.plan_id,
    versionId: r.version,
    name: r.name,
    kind: r.kind,
    reason: r.reason,
    revision: r.revision,
    status: r.status,
    createdAt: r.created_at,
    counts: JSON.parse(r.counts),
  };
}

export class VersionStore {
  /** SQLite reads the status out of the snapshot; PostgreSQL keeps it in a column (its 003). */
  private readonly cols: string;

  constructor(private readonly db: Db) {
    const status = db.kind === 'sqlite' ? `json_extract(doc, '$.meta.status')` : 'status';
    this.cols = `plan_id, version, name, kind, reason, revision, created_at, counts, ${status} AS status`;
  }

  async listVersions(planId: string): Promise<VersionSummary[]> {
    await this.db.plans.revisionOf(planId); // not-found check
    return (await this.db.sql.all<VersionRow>(`SELECT ${this.cols} FROM plan_versions WHERE plan_id = ? ORDER BY version DESC`, [planId])).map(summary);
  }

  /** Snapshot the stored plan now. */
  async createVersion(planId: string, name: string, kind: 'named' | 'auto', reason: string): Promise<VersionSummary> {
    return this.db.transaction(async () => {
      await this.db.lockPlan(planId); // the plan and its revision as one state: no save commits in between
      const { id: _id, ...doc } = await this.db.plans.getPlan(planId);
      return this.insertVersion(planId, doc, await this.db.plans.revisionOf(planId), name, kind, reason);
    });
  }

  private insertVersion(planId: string, doc: PlanDoc, revision: number, name: string, kind: 'named' | 'auto', reason: string): Promise<VersionSummary> {
    const { db } = this;
    return db.transaction(async () => {
      await db.lockPlan(planId);
      const version = (await db.sql.get<{ v: number }>(`SELECT coalesce(max(version), 0) + 1 AS v FROM plan_versions WHERE plan_id = ?`, [planId]))!.v;
      const row = {
        plan_id: planId,
        version,
        name,
        kind,
        reason,
        revision,
        created_at: new Date().toISOString(),
        counts: JSON.stringify(countKinds(doc.nodes)),
        doc: JSON.stringify(doc),
      };
      const values = [row.plan_id, row.version, row.name, row.kind, row.reason, row.revision, row.created_at, row.counts, row.doc];
      if (db.kind === 'sqlite') {
        await db.sql.run(`INSERT INTO plan_versions (plan_id, version, name, kind, reason, revision, created_at, counts, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, values);
      } else {
        await db.sql.run(`INSERT INTO plan_versions (plan_id, version, name, kind, reason, revision, created_at, counts, doc, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [...values, doc.meta.status]);
      }
      return summary({ ...row, status: doc.meta.status });
    });
  }

  async getVersion(planId: string, version: number): Promise<VersionSummary & { doc: PlanDoc }> {
    await this.db.plans.revisionOf(planId); // not-found check: a plan in the trash has no versions to show
    const r = await this.db.sql.get<VersionRow>(`SELECT ${this.cols}, doc FROM plan_versions WHERE plan_id = ? AND version = ?`, [planId, version]);
    if (!r) {
      throw new AppError('not-found', `规划 ${planId} 没有版本 ${version}`, { planId, versionId: version, en: `Plan ${planId} has no version ${version}.` });
    }
    return { ...summary(r), doc: JSON.parse(r.doc!) };
  }

  /**
   * Call before a save: snapshots the stored plan when it has no snapshot yet or the newest is older than
   * AUTO_SNAPSHOT_MINUTES. Returns the document to snapshot (taken before the save) or null; `commit` stores it
   * (inside the save's transaction, once its revision check passed).
   */
  async beforeSave(planId: string, now = Date.now(), current?: { doc: PlanDoc; revision: number }): Promise<{ commit(): Promise<unknown> } | null> {
    if (!(await this.db.plans.hasPlan(planId))) return null;
    const newest = (await this.db.sql.get<{ t: string | null }>(`SELECT max(created_at) AS t FROM plan_versions WHERE plan_id = ?`, [planId]))!.t;
    if (newest && now - Date.parse(newest) < AUTO_SNAPSHOT_MINUTES * 60_000) return null;
    // (`current`: the stored plan as the caller read it in this transaction, so it is not read twice)
    const { id: _id, ...doc } = current?.doc ?? (await this.db.plans.getPlan(planId));
    const revision = current?.revision ?? (await this.db.plans.revisionOf(planId));
    return { commit: () => this.insertVersion(planId, doc, revision, '自动快照(保存前)', 'auto', 'before-save') };
  }

  async afterStatusChange(planId: string, from: PlanStatus, to: PlanStatus): Promise<void> {
    if (from === to) return;
    await this.createVersion(planId, `自动快照(状态 ${from}→${to})`, 'auto', `status:${from}→${to}`);
  }
}
