/**
 * Annotations (table annotations of migration 005): comments and suggestions anchored on a plan's text, their
 * replies and status, re-anchored as the plan is edited; accepting a suggestion changes the plan. Every change
 * is recorded in the plan history.
 */
import { AppError } from '../../../shared/errors.js';
import { walk, type PlanDoc, type PlanNode } from '../../../shared/model/plan.js';
import { Annotation as AnnotationSchema, isItemField, type AnchorField, type Annotation, type AnnotationView, type Reply } from '../../../shared/review/model.js';
import { applyItemOutcome, type IndicatorOutcome } from '../../../shared/review/fields.js';
import { indexNodes, makeAnchor, resolveAnchor, sameAnchor, updatedAnchor } from '../../../shared/review/anchor.js';
import { diffPlans } from '../../../shared/review/history.js';
import { updateNode } from '../../../shared/tree.js';
import { checkDoc } from '../checks.js';
import { clip, MAX_QUOTE, newId, notFound, type ReviewContext } from './context.js';
import type { ReviewHistory } from './history.js';
import type { ReviewPrefs } from './prefs.js';
import type { ReviewRounds } from './rounds.js';

interface AnnotationRow { data: string }

/** A new comment or suggestion as the API gives it (review.add). For a list field (lead, partners, indicators, milestones) start is the entry's index and quote the entry as written (shared/review/fields.ts). */
export interface AddAnnotation { kind: 'comment' | 'suggestion'; anchor: { nodeId: string; field: AnchorField; start: number; end: number; quote: string }; body: string; replacement?: string }

export class ReviewAnnotations {
  constructor(private readonly cx: ReviewContext, private readonly prefs: ReviewPrefs, private readonly rounds: ReviewRounds, private readonly history: ReviewHistory) {}

  // --- storage (also used by the exchange of packages and Word comments) -----------------------------------

  /** The stored annotations of a plan, oldest first (anchors as recorded). */
  async all(planId: string): Promise<Annotation[]> {
    const rows = await this.cx.db.sql.all<AnnotationRow>(`SELECT data FROM annotations WHERE plan_id = ? ORDER BY created_at, id`, [planId]);
    return rows.map((r) => JSON.parse(r.data) as Annotation);
  }

  async get(planId: string, id: string): Promise<Annotation> {
    const a = await this.find(planId, id);
    if (!a) throw notFound('批注', id, `Annotation ${id} does not exist in plan ${planId}.`);
    return a;
  }

  /** Insert or update one annotation (checked against the schema first). */
  async write(a: Annotation, insert = false): Promise<void> {
    AnnotationSchema.parse(a); // never store what a package or the API could not carry
    const data = JSON.stringify(a);
    if (insert) {
      await this.cx.db.sql.run(`INSERT INTO annotations (id, plan_id, status, round, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
        a.id, a.planId, a.status, a.round, a.createdAt, a.updatedAt, data,
      ]);
    } else {
      await this.cx.db.sql.run(`UPDATE annotations SET status = ?, updated_at = ?, data = ? WHERE id = ?`, [a.status, a.updatedAt, data, a.id]);
    }
  }

  /** One annotation of the plan, or undefined. */
  async find(planId: string, id: string): Promise<Annotation | undefined> {
    const row = await this.cx.db.sql.get<AnnotationRow>(`SELECT data FROM annotations WHERE id = ? AND plan_id = ?`, [id, planId]);
    return row ? (JSON.parse(row.data) as Annotation) : undefined;
  }

  /** Whether an annotation with this id exists in any plan. */
  async exists(id: string): Promise<boolean> {
    return (await this.cx.db.sql.get(`SELECT 1 AS x FROM annotations WHERE id = ?`, [id])) !== undefined;
  }

  // --- operations ------------------------------------------------------------------------------------------

  private view(doc: PlanDoc, a: Annotation, index = indexNodes(doc)): AnnotationView {
    return { ...a, resolved: resolveAnchor(doc, a.anchor, index) };
  }

  /**
   * All annotations of a plan with where their anchors are now. Anchors found by search are re-recorded at
   * their new place (one transaction), so they keep following the text through later edits.
   */
  async list(planId: string, given?: PlanDoc): Promise<AnnotationView[]> {
    const doc = given ?? (await this.cx.plans.getPlan(planId));
    const index = indexNodes(doc);
    const out: AnnotationView[] = [];
    const changed: Annotation[] = [];
    const readAnchor = new Map<string, Annotation['anchor']>();
    for (const a of await this.all(planId)) {
      const resolved = resolveAnchor(doc, a.anchor, index);
      const anchor = updatedAnchor(doc, a.anchor, resolved, index);
      if (!sameAnchor(anchor, a.anchor)) {
        changed.push({ ...a, anchor });
        readAnchor.set(a.id, a.anchor);
      }
      out.push({ ...a, anchor, resolved });
    }
    if (changed.length) {
      // Only the anchor is re-recorded, on the annotation as stored now and only while its stored anchor is still the
      // one the new place was found from: a reply or status change committed since the read above is kept.
      await this.cx.db.transaction(async () => {
        await this.cx.db.lockPlan(planId);
        for (const a of changed) {
          const now = await this.find(planId, a.id);
          if (now && sameAnchor(now.anchor, readAnchor.get(a.id)!)) await this.write({ ...now, anchor: a.anchor });
        }
      });
    }
    return out;
  }

  /** After a save of `doc`: re-record the anchors of the plan's annotations (cheap when it has none). */
  async reanchor(planId: string, doc: PlanDoc): Promise<void> {
    if (await this.cx.db.sql.get(`SELECT 1 AS x FROM annotations WHERE plan_id = ? LIMIT 1`, [planId])) await this.list(planId, doc);
  }

  async add(planId: string, input: AddAnnotation): Promise<AnnotationView> {
    const doc = await this.cx.plans.getPlan(planId);
    const sel = input.anchor;
    if (!isItemField(sel.field) && (sel.end < sel.start || (sel.quote && sel.end - sel.start !== sel.quote.length))) {
      throw new AppError('invalid-input', '批注的选区无效(结束位置应等于起始位置加所选文字的长度)', { issues: [{ path: ['anchor'], code: 'custom', message: 'end != start + quote.length' }], en: 'Invalid range: end must be start + quote length.' });
    }
    if (input.kind === 'suggestion') {
      if (input.replacement === undefined) throw new AppError('invalid-input', '修改建议需要给出建议的文字', { issues: [{ path: ['replacement'], code: 'custom', message: 'required' }], en: 'A suggestion needs the replacement text.' });
      if ((!sel.quote && !isItemField(sel.field)) || sel.field === 'node') throw new AppError('invalid-input', '修改建议需要先选中要修改的文字', { issues: [{ path: ['anchor', 'quote'], code: 'custom', message: 'required' }], en: 'A suggestion needs a selected range of text.' });
    } else if (!input.body.trim()) {
      throw new AppError('invalid-input', '批注内容不能为空', { issues: [{ path: ['body'], code: 'custom', message: 'empty' }], en: 'The comment must not be empty.' });
    }
    const anchor = makeAnchor(doc, sel);
    const at = this.cx.stamp();
    const open = await this.rounds.open(planId);
    const a: Annotation = {
      id: newId('a_'),
      planId,
      kind: input.kind,
      anchor,
      author: await this.prefs.identity(),
      body: input.body,
      replacement: input.kind === 'suggestion' ? input.replacement ?? '' : null,
      status: 'open',
      round: open?.round ?? null,
      replies: [],
      createdAt: at,
      updatedAt: at,
      closedBy: null,
      closedAt: null,
      origin: null,
    };
    await this.cx.db.transaction(async () => {
      await this.write(a, true);
      await this.history.recordAnnotation(planId, a, input.kind === 'suggestion' ? '提出修改建议' : '添加批注', doc);
    });
    return this.view(doc, a);
  }

  private async change(planId: string, id: string, f: (a: Annotation) => Annotation, what: string): Promise<AnnotationView> {
    const doc = await this.cx.plans.getPlan(planId);
    const next = await this.cx.db.transaction(async () => {
      await this.cx.db.lockPlan(planId); // read, change, write: alone among this plan's writers
      const a = f(await this.get(planId, id));
      await this.write(a);
      await this.history.recordAnnotation(planId, a, what, doc);
      return a;
    });
    return this.view(doc, next);
  }

  async reply(planId: string, id: string, body: string): Promise<AnnotationView> {
    if (!body.trim()) throw new AppError('invalid-input', '回复内容不能为空', { issues: [{ path: ['body'], code: 'custom', message: 'empty' }], en: 'The reply must not be empty.' });
    const at = this.cx.stamp();
    const r: Reply = { id: newId('r_'), author: await this.prefs.identity(), body, createdAt: at };
    return this.change(planId, id, (a) => ({ ...a, replies: [...a.replies, r], updatedAt: at }), '回复批注');
  }

  edit(planId: string, id: string, body: string, replacement: string | undefined): Promise<AnnotationView> {
    const at = this.cx.stamp();
    return this.change(planId, id, (a) => {
      if (a.status === 'accepted') throw new AppError('invalid-state', '已采纳的修改建议不能再编辑', { id, en: 'An accepted suggestion cannot be edited.' });
      if (a.kind === 'comment' && !body.trim()) throw new AppError('invalid-input', '批注内容不能为空', { issues: [{ path: ['body'], code: 'custom', message: 'empty' }], en: 'The comment must not be empty.' });
      return { ...a, body, replacement: a.kind === 'suggestion' && replacement !== undefined ? replacement : a.replacement, updatedAt: at };
    }, '修改批注');
  }

  async setStatus(planId: string, id: string, status: 'open' | 'resolved' | 'rejected'): Promise<AnnotationView> {
    const at = this.cx.stamp();
    const me = await this.prefs.identity();
    return this.change(planId, id, (a) => {
      if (a.status === 'accepted') throw new AppError('invalid-state', '已采纳的修改建议不能更改状态(可在历史中恢复原文)', { id, en: 'An accepted suggestion cannot change status (restore the text from the history instead).' });
      if (status === 'rejected' && a.kind !== 'suggestion') throw new AppError('invalid-input', '只有修改建议可以拒绝,批注请使用"解决"', { issues: [{ path: ['status'], code: 'custom', message: 'comments are resolved, not rejected' }], en: 'Only suggestions can be rejected; resolve a comment instead.' });
      const closing = status !== 'open';
      return { ...a, status, updatedAt: at, closedBy: closing ? me : null, closedAt: closing ? at : null };
    }, status === 'open' ? '重新打开批注' : status === 'resolved' ? '解决批注' : '拒绝修改建议');
  }

  async delete(planId: string, id: string): Promise<void> {
    await this.cx.db.transaction(async () => {
      await this.cx.db.lockPlan(planId); // the plan first, as every writer of its annotations (no lock-order deadlock)
      const a = await this.get(planId, id);
      await this.cx.db.sql.run(`DELETE FROM annotations WHERE id = ? AND plan_id = ?`, [id, planId]);
      await this.history.recordAnnotation(planId, a, '删除批注');
    });
  }

  /**
   * Accept a suggestion: replace its range in the plan (new revision, recorded) and mark it accepted. On an indicator,
   * `indicator` says what it did to it (its figures re-read or kept, other indicators of the words not added): the
   * editor tells the planner from it.
   */
  async accept(planId: string, id: string, baseRevision: number): Promise<{ revision: number; annotation: AnnotationView; indicator?: IndicatorOutcome }> {
    const me = await this.prefs.identity();
    return this.cx.db.transaction(async () => {
      await this.cx.db.lockPlan(planId);
      const a = await this.get(planId, id);
      if (a.kind !== 'suggestion' || a.replacement === null) throw new AppError('invalid-input', '只有修改建议可以采纳', { issues: [{ path: ['annotationId'], code: 'custom', message: 'not a suggestion' }], en: 'Only suggestions can be accepted.' });
      if (a.status !== 'open') throw new AppError('invalid-state', `该修改建议已${a.status === 'accepted' ? '采纳' : a.status === 'rejected' ? '拒绝' : '关闭'},请先重新打开`, { id, status: a.status, en: `The suggestion is ${a.status}; reopen it first.` });
      const before = await this.cx.plans.getPlan(planId);
      const r = resolveAnchor(before, a.anchor);
      if (r.state === 'orphaned' || r.state === 'changed' || r.field === 'node') {
        throw new AppError('anchor-changed', r.state === 'orphaned' ? '建议修改的原文已不在规划中,无法采纳' : '建议修改的原文已被改动,无法直接采纳,请手工修改', { id, state: r.state, en: 'The text this suggestion replaces has changed or is gone; it cannot be applied.' });
      }
      let node: PlanNode | undefined;
      for (const w of walk(before.nodes)) if (w.node.id === r.nodeId) node = w.node;
      let after: PlanDoc;
      let anchor: Annotation['anchor'];
      let indicator: IndicatorOutcome | null = null;
      if (isItemField(r.field)) {
        // one entry of a list field: that entry changes, nothing else of the node
        const applied = applyItemOutcome(node!, r.field, r.start, a.replacement, before.meta.period);
        if (!applied) throw new AppError('anchor-changed', '建议修改的条目已不在规划中,无法采纳', { id, state: 'orphaned', en: 'The entry this suggestion replaces is gone; it cannot be applied.' });
        indicator = applied.indicator;
        after = { ...before, nodes: updateNode(before.nodes, r.nodeId, applied.patch, 'content') };
        checkDoc(after);
        // (a department removed: the anchor keeps naming it — reopened on another machine, it is that entry again)
        anchor = a.replacement.trim() ? makeAnchor(after, { nodeId: r.nodeId, field: r.field, start: r.start, end: r.start + 1, quote: '' }) : a.anchor;
      } else {
        const field = r.field as 'heading' | 'body';
        // accepting a suggestion is the planner's own content edit: it clears 未复核 (shared/tree.ts EditOrigin)
        const text = node![field].slice(0, r.start) + a.replacement + node![field].slice(r.end);
        after = { ...before, nodes: updateNode(before.nodes, r.nodeId, { [field]: text }, 'content') };
        checkDoc(after);
        anchor = a.replacement && a.replacement.length <= MAX_QUOTE
          ? makeAnchor(after, { nodeId: r.nodeId, field, start: r.start, end: r.start + a.replacement.length, quote: a.replacement })
          : { ...a.anchor, nodeId: r.nodeId, field: 'node' as const, quote: '', start: 0, prefix: '', suffix: '' };
      }
      const saved = await this.cx.plans.replacePlan(planId, after, { baseRevision });
      const at = this.cx.stamp();
      const accepted: Annotation = { ...a, anchor, original: a.anchor.quote, status: 'accepted', updatedAt: at, closedBy: me, closedAt: at };
      await this.write(accepted);
      await this.history.record(planId, 'accept', `采纳修改建议:${clip(a.anchor.quote)} → ${clip(a.replacement)}`, saved.revision, diffPlans(before, after), false);
      await this.cx.cmp.updateVectors(planId);
      return { revision: saved.revision, annotation: this.view(after, accepted), ...(indicator ? { indicator } : {}) };
    });
  }
}
