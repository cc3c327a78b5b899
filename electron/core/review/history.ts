/**
 * Plan history (tables plan_history, plan_history_nodes of migration 005): who changed which node when, quick
 * edits by the same person coalesced; restoring a node or the whole plan from it or from a version.
 */
import { AppError } from '../../../shared/errors.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import { isItemField, type Annotation, type HistoryEntry, type NodeChange } from '../../../shared/review/model.js';
import { ITEM_FIELD_LABELS } from '../../../shared/review/fields.js';
import { indexNodes } from '../../../shared/review/anchor.js';
import { diffPlans, mergeChange, nodeLabel, restoreNode as restoreNodeIn, stateIn, type NodeState } from '../../../shared/review/history.js';
import { checkDoc } from '../checks.js';
import { clip, notFound, requirePlan, type ReviewContext } from './context.js';
import type { ReviewPrefs } from './prefs.js';

/** Edits by the same person within this many minutes are one history entry. */
export const HISTORY_COALESCE_MINUTES = 5;

export type HistoryKind = HistoryEntry['kind'];

interface HistoryRow { plan_id: string; seq: number; at: string; actor: string; kind: HistoryKind; summary: string; revision: number; changes: string }

export class ReviewHistory {
  constructor(private readonly cx: ReviewContext, private readonly prefs: ReviewPrefs) {}

  async list(planId: string, nodeId: string | undefined, limit = 200): Promise<HistoryEntry[]> {
    await requirePlan(this.cx.plans, planId);
    const { sql } = this.cx.db;
    const rows =
      nodeId !== undefined
        ? await sql.all<HistoryRow>(
            `SELECT h.* FROM plan_history h JOIN plan_history_nodes n ON n.plan_id = h.plan_id AND n.seq = h.seq
             WHERE n.plan_id = ? AND n.node_id = ? ORDER BY h.seq DESC LIMIT ?`,
            [planId, nodeId, limit],
          )
        : await sql.all<HistoryRow>(`SELECT * FROM plan_history WHERE plan_id = ? ORDER BY seq DESC LIMIT ?`, [planId, limit]);
    return rows.map((r) => {
      const changes = JSON.parse(r.changes) as NodeChange[];
      return {
        planId: r.plan_id,
        seq: r.seq,
        at: r.at,
        actor: JSON.parse(r.actor),
        kind: r.kind,
        summary: r.summary,
        revision: r.revision,
        changes: nodeId !== undefined ? changes.filter((c) => c.nodeId === nodeId) : changes,
      };
    });
  }

  /** Record a save: the node changes from `before` to `after`, coalesced with the same person's last edit when recent. */
  /** `changes`: diffPlans(before, after) when the caller computed it already (plan.save, before its transaction). */
  async recordEdit(planId: string, before: PlanDoc, after: PlanDoc, revision: number, changes = diffPlans(before, after)): Promise<void> {
    if (!changes.length) return;
    await this.record(planId, 'edit', '', revision, changes, true);
  }

  /** A simple entry without node changes (create, status …). */
  async recordEvent(planId: string, kind: HistoryKind, summary: string): Promise<void> {
    await this.record(planId, kind, summary, await this.cx.plans.revisionOf(planId), [], false);
  }

  async recordAnnotation(planId: string, a: Annotation, what: string, doc?: PlanDoc): Promise<void> {
    doc ??= await this.cx.plans.getPlan(planId);
    const node = a.anchor.nodeId ? indexNodes(doc).get(a.anchor.nodeId)?.node : undefined;
    const change: NodeChange = {
      nodeId: a.anchor.nodeId,
      label: node ? nodeLabel(node) : '(未匹配)',
      change: 'annotation',
      // (an annotation on one entry also names its field: lead, partners, indicators, milestones)
      fields: isItemField(a.anchor.field) ? [a.kind, a.anchor.field] : [a.kind],
      before: null,
      after: { annotationId: a.id, status: a.status, quote: a.anchor.quote, body: a.body.slice(0, 200) },
    };
    const on = isItemField(a.anchor.field) ? `(${ITEM_FIELD_LABELS[a.anchor.field]})` : '';
    await this.record(planId, 'annotation', `${what}${on}${a.anchor.quote ? `:“${clip(a.anchor.quote)}”` : ''}`, await this.cx.plans.revisionOf(planId), a.anchor.nodeId ? [change] : [], false);
  }

  /** One history entry, signed with the identity; with `coalesce`, merged into the same person's last entry of this kind when recent. */
  async record(planId: string, kind: HistoryKind, summary: string, revision: number, changes: NodeChange[], coalesce: boolean): Promise<void> {
    const actor = await this.prefs.identity();
    const at = this.cx.stamp();
    const { db } = this.cx;
    await db.transaction(async () => {
      await db.lockPlan(planId); // the last entry and the next number, alone among this plan's writers
      const last = await db.sql.get<HistoryRow>(`SELECT * FROM plan_history WHERE plan_id = ? ORDER BY seq DESC LIMIT 1`, [planId]);
      if (coalesce && last && last.kind === kind && last.actor === JSON.stringify(actor) && this.cx.now().getTime() - Date.parse(last.at) < HISTORY_COALESCE_MINUTES * 60_000) {
        const merged = new Map<string, NodeChange>();
        for (const c of JSON.parse(last.changes) as NodeChange[]) merged.set(c.nodeId, c);
        for (const c of changes) {
          const prev = merged.get(c.nodeId);
          if (!prev) merged.set(c.nodeId, c);
          else {
            const m = mergeChange(prev, c);
            if (m) merged.set(c.nodeId, m);
            else merged.delete(c.nodeId);
          }
        }
        const list = [...merged.values()];
        await db.sql.run(`UPDATE plan_history SET at = ?, summary = ?, revision = ?, changes = ? WHERE plan_id = ? AND seq = ?`, [
          at, summarize(list), revision, JSON.stringify(list), planId, last.seq,
        ]);
        await db.sql.run(`DELETE FROM plan_history_nodes WHERE plan_id = ? AND seq = ?`, [planId, last.seq]);
        await this.insertNodes(planId, last.seq, list);
        return;
      }
      const seq = (await db.sql.get<{ n: number }>(`SELECT coalesce(max(seq), 0) + 1 AS n FROM plan_history WHERE plan_id = ?`, [planId]))!.n;
      await db.sql.run(`INSERT INTO plan_history (plan_id, seq, at, actor, kind, summary, revision, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
        planId, seq, at, JSON.stringify(actor), kind, summary || summarize(changes), revision, JSON.stringify(changes),
      ]);
      await this.insertNodes(planId, seq, changes);
    });
  }

  private async insertNodes(planId: string, seq: number, changes: NodeChange[]): Promise<void> {
    for (const nodeId of new Set(changes.map((c) => c.nodeId))) {
      await this.cx.db.sql.run(`INSERT INTO plan_history_nodes (plan_id, seq, node_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [planId, seq, nodeId]);
    }
  }

  /** Put one node back (before/after a history entry, or as in a version). */
  async restoreNode(planId: string, nodeId: string, source: { seq: number; side: 'before' | 'after' } | { versionId: number }, baseRevision: number): Promise<{ revision: number }> {
    const { plans, cmp, versions, db } = this.cx;
    const before = await plans.getPlan(planId);
    let state: NodeState | null;
    let label: string;
    if ('seq' in source) {
      const row = await db.sql.get<HistoryRow>(`SELECT * FROM plan_history WHERE plan_id = ? AND seq = ?`, [planId, source.seq]);
      if (!row) throw notFound('历史记录', String(source.seq), `History entry ${source.seq} does not exist.`);
      const c = (JSON.parse(row.changes) as NodeChange[]).find((x) => x.nodeId === nodeId && x.change !== 'annotation');
      if (!c) throw new AppError('not-found', `历史记录 ${source.seq} 中没有该节点的修改`, { seq: source.seq, nodeId, en: `History entry ${source.seq} has no change of node ${nodeId}.` });
      state = (source.side === 'before' ? c.before : c.after) as NodeState | null;
      label = `恢复节点“${c.label}”到第 ${source.seq} 条记录${source.side === 'before' ? '之前' : '之后'}`;
    } else {
      const v = await versions.getVersion(planId, source.versionId);
      state = stateIn(v.doc, nodeId);
      label = `恢复节点到版本 ${source.versionId}(${v.name})`;
    }
    if (nodeId === '' ) throw new AppError('invalid-input', '规划信息请用整体恢复', { en: 'Restore plan metadata with a whole-plan restore.' });
    const after = restoreNodeIn(before, nodeId, state);
    checkDoc(after);
    return db.transaction(async () => {
      const saved = await plans.replacePlan(planId, after, { baseRevision });
      await this.record(planId, 'restore', label, saved.revision, diffPlans(before, after), false);
      await cmp.updateVectors(planId);
      return { revision: saved.revision };
    });
  }

  /** The whole plan back to a version; a snapshot of it as it is now is taken first (its id undoes the restore). */
  async restorePlan(planId: string, versionId: number, baseRevision: number): Promise<{ revision: number; undoVersionId: number }> {
    const { plans, cmp, versions, db } = this.cx;
    const before = await plans.getPlan(planId);
    const v = await versions.getVersion(planId, versionId);
    const { id: _id, ...vdoc } = v.doc as PlanDoc;
    // Content comes back; the status stays (it is the review workflow's, not the text's).
    const after: PlanDoc = { ...vdoc, meta: { ...vdoc.meta, status: before.meta.status } };
    checkDoc(after);
    return db.transaction(async () => {
      await db.lockPlan(planId);
      const revision = await plans.revisionOf(planId);
      if (revision !== baseRevision) {
        throw new AppError('conflict', '规划已被修改(可能在另一个窗口),请重新加载后再恢复', { id: planId, revision, en: 'The plan was changed meanwhile; reload and try again.' });
      }
      const undo = await versions.createVersion(planId, `恢复到版本 ${versionId} 之前`, 'auto', `before-restore:${versionId}`);
      const saved = await plans.replacePlan(planId, after, { baseRevision });
      await this.record(planId, 'restore', `整体恢复到版本 ${versionId}(${v.name})`, saved.revision, diffPlans(before, after), false);
      await cmp.updateVectors(planId);
      return { revision: saved.revision, undoVersionId: undo.versionId };
    });
  }
}

const FIELD_NAMES: Record<string, string> = {
  heading: '标题', body: '正文', lead: '牵头单位', partners: '配合单位', indicators: '指标', milestones: '年度安排',
  themes: '主题', kind: '类型', number: '编号', position: '位置', unreviewed: '复核', title: '标题', templateRefs: '模板引用核对',
};

/** 修改 2 个节点(正文、牵头单位);新增 1 个;删除 1 个 */
function summarize(changes: NodeChange[]): string {
  const count = (k: NodeChange['change']) => changes.filter((c) => c.change === k).length;
  const fields = [...new Set(changes.filter((c) => c.change === 'changed' || c.change === 'moved').flatMap((c) => c.fields))].map((f) => FIELD_NAMES[f] ?? f);
  const parts: string[] = [];
  const changed = count('changed') + count('moved');
  if (changed) parts.push(`修改 ${changed} 处${fields.length ? `(${fields.slice(0, 4).join('、')}${fields.length > 4 ? '等' : ''})` : ''}`);
  if (count('added')) parts.push(`新增 ${count('added')} 个节点`);
  if (count('removed')) parts.push(`删除 ${count('removed')} 个节点`);
  return parts.join(';') || '无内容变化';
}
