/**
 * Review rounds (table review_rounds of migration 005): 提交审阅 snapshots the plan and sets it 审阅中,
 * 结束审阅 sets it back to draft. At most one round of a plan is open.
 */
import { AppError } from '../../../shared/errors.js';
import type { Person, ReviewRound } from '../../../shared/review/model.js';
import { requirePlan, type ReviewContext } from './context.js';
import type { ReviewHistory } from './history.js';
import type { ReviewPrefs } from './prefs.js';

interface RoundRow { plan_id: string; round: number; name: string; version_id: number; started_at: string; started_by: string; closed_at: string | null }

const round = (r: RoundRow): ReviewRound => ({
  planId: r.plan_id,
  round: r.round,
  name: r.name,
  versionId: r.version_id,
  startedAt: r.started_at,
  startedBy: JSON.parse(r.started_by),
  closedAt: r.closed_at,
});

export class ReviewRounds {
  constructor(private readonly cx: ReviewContext, private readonly prefs: ReviewPrefs, private readonly history: ReviewHistory) {}

  private all(planId: string): Promise<RoundRow[]> {
    return this.cx.db.sql.all<RoundRow>(`SELECT * FROM review_rounds WHERE plan_id = ? ORDER BY round`, [planId]);
  }

  private openRow(planId: string): Promise<RoundRow | undefined> {
    return this.cx.db.sql.get<RoundRow>(`SELECT * FROM review_rounds WHERE plan_id = ? AND closed_at IS NULL ORDER BY round DESC LIMIT 1`, [planId]);
  }

  async list(planId: string): Promise<ReviewRound[]> {
    await requirePlan(this.cx.plans, planId);
    return (await this.all(planId)).map(round);
  }

  /** The plan's open round, if any. */
  async open(planId: string): Promise<ReviewRound | null> {
    const r = await this.openRow(planId);
    return r ? round(r) : null;
  }

  /** Store an open round as given (a review package opened here brings its own). */
  async insert(planId: string, r: { round: number; name: string; versionId: number; startedAt: string; startedBy: Person }): Promise<void> {
    await this.cx.db.sql.run(`INSERT INTO review_rounds (plan_id, round, name, version_id, started_at, started_by, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      planId, r.round, r.name, r.versionId, r.startedAt, JSON.stringify(r.startedBy), null,
    ]);
  }

  async submit(planId: string, name?: string): Promise<ReviewRound> {
    const { plans, versions, db } = this.cx;
    return db.transaction(async () => {
      await db.lockPlan(planId);
      const status = (await plans.getPlan(planId)).meta.status;
      if (status === 'reference') throw new AppError('invalid-state', '参考规划不能提交审阅,请先以它为模板新建草稿', { planId, en: 'A reference plan cannot be submitted for review; make a draft from it first.' });
      if (await this.openRow(planId)) throw new AppError('invalid-state', '该规划正在审阅中(请先结束本轮审阅)', { planId, en: 'The plan is already under review.' });
      const n = (await db.sql.get<{ n: number }>(`SELECT coalesce(max(round), 0) + 1 AS n FROM review_rounds WHERE plan_id = ?`, [planId]))!.n;
      const title = name?.trim() || `第${n}轮审阅`;
      if (status !== 'review') await plans.setStatus(planId, 'review');
      const v = await versions.createVersion(planId, `提交审阅:${title}`, 'auto', `review-round:${n}`);
      await this.insert(planId, { round: n, name: title, versionId: v.versionId, startedAt: this.cx.stamp(), startedBy: await this.prefs.identity() });
      await this.history.record(planId, 'status', `提交审阅(${title})`, await plans.revisionOf(planId), [], false);
      return round((await this.openRow(planId))!);
    });
  }

  async close(planId: string): Promise<ReviewRound> {
    const { plans, db } = this.cx;
    return db.transaction(async () => {
      await db.lockPlan(planId);
      const open = await this.openRow(planId);
      if (!open) throw new AppError('invalid-state', '该规划没有进行中的审阅', { planId, en: 'The plan has no open review round.' });
      await db.sql.run(`UPDATE review_rounds SET closed_at = ? WHERE plan_id = ? AND round = ?`, [this.cx.stamp(), planId, open.round]);
      if ((await plans.getPlan(planId)).meta.status === 'review') await plans.setStatus(planId, 'draft');
      await this.history.record(planId, 'status', `结束审阅(${open.name})`, await plans.revisionOf(planId), [], false);
      return round((await this.all(planId)).find((r) => r.round === open.round)!);
    });
  }
}
