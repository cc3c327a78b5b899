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
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { countKinds, type PlanDoc, type PlanStatus } from '../../shared/model/plan.js';
import type { VersionSummary } from '../../shared/compare/schema.js';
import type { Library } from './library.js';

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
  private readonly db: Database.Database;
  private readonly s;

  constructor(private readonly lib: Library) {
    this.db = lib.db;
    const db = this.db;
    const cols = `plan_id, version, name, kind, reason, revision, created_at, counts, json_extract(doc, '$.meta.status') AS status`;
    this.s = {
      list: db.prepare(`SELECT ${cols} FROM plan_versions WHERE plan_id = ? ORDER BY version DESC`),
      get: db.prepare(`SELECT ${cols}, doc FROM plan_versions WHERE plan_id = ? AND version = ?`),
      next: db.prepare(`SELECT coalesce(max(version), 0) + 1 AS v FROM plan_versions WHERE plan_id = ?`),
      newest: db.prepare(`SELECT max(created_at) AS t FROM plan_versions WHERE plan_id = ?`),
      insert: db.prepare(
        `INSERT INTO plan_versions (plan_id, version, name, kind, reason, revision, created_at, counts, doc)
         VALUES (@plan_id, @version, @name, @kind, @reason, @revision, @created_at, @counts, @doc)`,
      ),
    };
  }

  listVersions(planId: string): VersionSummary[] {
    this.lib.revisionOf(planId); // not-found check
    return (this.s.list.all(planId) as VersionRow[]).map(summary);
  }

  /** Snapshot the stored plan now. */
  createVersion(planId: string, name: string, kind: 'named' | 'auto', reason: string): VersionSummary {
    const { id: _id, ...doc } = this.lib.getPlan(planId);
    return this.insertVersion(planId, doc, this.lib.revisionOf(planId), name, kind, reason);
  }

  private insertVersion(planId: string, doc: PlanDoc, revision: number, name: string, kind: 'named' | 'auto', reason: string): VersionSummary {
    return this.db
      .transaction(() => {
        const version = (this.s.next.get(planId) as { v: number }).v;
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
        this.s.insert.run(row);
        return summary({ ...row, status: doc.meta.status });
      })
      .immediate();
  }

  getVersion(planId: string, version: number): VersionSummary & { doc: PlanDoc } {
    const r = this.s.get.get(planId, version) as VersionRow | undefined;
    if (!r) {
      throw new AppError('not-found', `规划 ${planId} 没有版本 ${version}`, { planId, versionId: version, en: `Plan ${planId} has no version ${version}.` });
    }
    return { ...summary(r), doc: JSON.parse(r.doc!) };
  }

  /**
   * Call before a save: snapshots the stored plan when it has no snapshot yet or the newest is older than
   * AUTO_SNAPSHOT_MINUTES. Returns the document to snapshot (taken before the save) or null; `commit` stores it
   * once the save succeeded.
   */
  beforeSave(planId: string, now = Date.now()): { commit(): void } | null {
    if (!this.lib.hasPlan(planId)) return null;
    const newest = (this.s.newest.get(planId) as { t: string | null }).t;
    if (newest && now - Date.parse(newest) < AUTO_SNAPSHOT_MINUTES * 60_000) return null;
    const { id: _id, ...doc } = this.lib.getPlan(planId);
    const revision = this.lib.revisionOf(planId);
    return { commit: () => void this.insertVersion(planId, doc, revision, '自动快照(保存前)', 'auto', 'before-save') };
  }

  afterStatusChange(planId: string, from: PlanStatus, to: PlanStatus): void {
    if (from === to) return;
    this.createVersion(planId, `自动快照(状态 ${from}→${to})`, 'auto', `status:${from}→${to}`);
  }
}
