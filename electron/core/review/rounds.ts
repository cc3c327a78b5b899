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
  private readonly s;

  constructor(private readonly cx: ReviewContext, private readonly prefs: ReviewPrefs, private readonly history: ReviewHistory) {
    const db = cx.db;
    this.s = {
      rounds: db.prepare(`SELECT * FROM review_rounds WHERE plan_id = ? ORDER BY round`),
      openRound: db.prepare(`SELECT * FROM review_rounds WHERE plan_id = ? AND closed_at IS NULL ORDER BY round DESC LIMIT 1`),
      nextRound: db.prepare(`SELECT coalesce(max(round), 0) + 1 AS n FROM review_rounds WHERE plan_id = ?`),
      insertRound: db.prepare(`INSERT INTO review_rounds (plan_id, round, name, version_id, started_at, started_by, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      closeRound: db.prepare(`UPDATE review_rounds SET closed_at = ? WHERE plan_id = ? AND round = ?`),
    };
  }

  list(planId: string): ReviewRound[] {
    requirePlan(this.cx.lib, planId);
    return (this.s.rounds.all(planId) as RoundRow[]).map(round);
  }

  /** The plan's open round, if any. */
  open(planId: string): ReviewRound | null {
    const r = this.s.openRound.get(planId) as RoundRow | undefined;
    return r ? round(r) : null;
  }

  /** Store an open round as given (a review package opened here brings its own). */
  insert(planId: string, r: { round: number; name: string; versionId: number; startedAt: string; startedBy: Person }): void {
    this.s.insertRound.run(planId, r.round, r.name, r.versionId, r.startedAt, JSON.stringify(r.startedBy), null);
  }

  submit(planId: string, name?: string): ReviewRound {
    const { lib, versions } = this.cx;
    const doc = lib.getPlan(planId);
    const status = doc.meta.status;
    if (status === 'reference') throw new AppError('invalid-state', '参考规划不能提交审阅,请先以它为模板新建草稿', { planId, en: 'A reference plan cannot be submitted for review; make a draft from it first.' });
    if (this.s.openRound.get(planId)) throw new AppError('invalid-state', '该规划正在审阅中(请先结束本轮审阅)', { planId, en: 'The plan is already under review.' });
    return this.cx.db.transaction(() => {
      const n = (this.s.nextRound.get(planId) as { n: number }).n;
      const title = name?.trim() || `第${n}轮审阅`;
      if (status !== 'review') lib.setStatus(planId, 'review');
      const v = versions.createVersion(planId, `提交审阅:${title}`, 'auto', `review-round:${n}`);
      const at = this.cx.stamp();
      const by = this.prefs.identity();
      this.s.insertRound.run(planId, n, title, v.versionId, at, JSON.stringify(by), null);
      this.history.record(planId, 'status', `提交审阅(${title})`, lib.revisionOf(planId), [], false);
      return round(this.s.openRound.get(planId) as RoundRow);
    }).immediate();
  }

  close(planId: string): ReviewRound {
    const { lib } = this.cx;
    requirePlan(lib, planId);
    const open = this.s.openRound.get(planId) as RoundRow | undefined;
    if (!open) throw new AppError('invalid-state', '该规划没有进行中的审阅', { planId, en: 'The plan has no open review round.' });
    return this.cx.db.transaction(() => {
      this.s.closeRound.run(this.cx.stamp(), planId, open.round);
      if (lib.getPlan(planId).meta.status === 'review') lib.setStatus(planId, 'draft');
      this.history.record(planId, 'status', `结束审阅(${open.name})`, lib.revisionOf(planId), [], false);
      return round((this.s.rounds.all(planId) as RoundRow[]).find((r) => r.round === open.round)!);
    }).immediate();
  }
}
