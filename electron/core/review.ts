/**
 * Review store: annotations, review rounds, review packages, Word comments and the plan history
 * (tables: migration 005). Plain Node, never imports 'electron'. The anchoring, history diff, package model
 * and Word comment reading are environment-free (shared/review); this file stores and applies them.
 *
 * The signature of every annotation and change is the identity in the preferences (settings key
 * 'identity'; 未署名 until set).
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError, LIMITS } from '../../shared/errors.js';
import { PlanDoc, walk, type PlanNode } from '../../shared/model/plan.js';
import {
  Annotation as AnnotationSchema,
  NOBODY,
  REVIEW_PACKAGE_FORMAT,
  ReviewPackage,
  type Annotation,
  type AnnotationView,
  type HistoryEntry,
  type MergeReport,
  type NodeChange,
  type Person,
  type Reply,
  type ReviewRound,
  type WordCommentsReport,
} from '../../shared/review/model.js';
import { indexNodes, makeAnchor, resolveAnchor, sameAnchor, updatedAnchor } from '../../shared/review/anchor.js';
import { diffPlans } from '../../shared/review/history.js';
import { locateComment, readWordComments } from '../../shared/review/word.js';
import type { ExportComment } from '../../shared/export/options.js';
import { exportFileName } from '../../shared/export/filename.js';
import type { Library } from './library.js';
import type { CompareStore } from './versions.js';
import { checkDoc } from './checks.js';
import { updateNode } from '../../shared/tree.js';
import { clip, MAX_QUOTE, newId, notFound, requirePlan, reviewContext, type ReviewContext } from './review/context.js';
import { ReviewPrefs } from './review/prefs.js';
import { ReviewHistory, type HistoryKind } from './review/history.js';
import { ReviewRounds } from './review/rounds.js';
import { ReviewAnnotations, type AddAnnotation } from './review/annotations.js';

export { HISTORY_COALESCE_MINUTES } from './review/history.js';


/** The text a Word comment carries for an annotation (body, then replies): also how a re-imported export is recognised. */
export function exportText(a: Pick<Annotation, 'kind' | 'body' | 'replies'>): string {
  const head = a.body.trim() || (a.kind === 'suggestion' ? '建议修改' : '批注');
  return [head, ...a.replies.map((r) => `回复(${r.author.name}):${r.body}`)].join('\n');
}
const normLines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('\n');


export class ReviewStore {
  private readonly db: Database.Database;
  private readonly lib: Library;
  private readonly cmp: CompareStore;
  private readonly now: () => Date;
  private readonly cx: ReviewContext;
  private readonly prefs: ReviewPrefs;
  private readonly hist: ReviewHistory;
  private readonly rnd: ReviewRounds;
  private readonly ann: ReviewAnnotations;

  constructor(lib: Library, cmp: CompareStore, now: () => Date = () => new Date()) {
    this.cx = reviewContext(lib, cmp, now);
    this.lib = lib;
    this.cmp = cmp;
    this.now = now;
    this.db = lib.db;
    this.prefs = new ReviewPrefs(lib);
    this.hist = new ReviewHistory(this.cx, this.prefs);
    this.rnd = new ReviewRounds(this.cx, this.prefs, this.hist);
    this.ann = new ReviewAnnotations(this.cx, this.prefs, this.rnd, this.hist);
  }

  // --- identity -----------------------------------------------------------------------------------------

  identity(): Person {
    return this.prefs.identity();
  }

  setIdentity(p: Person): Person {
    return this.prefs.setIdentity(p);
  }

  private stamp(): string {
    return this.cx.stamp();
  }

  // --- annotations --------------------------------------------------------------------------------------

  /**
   * All annotations of a plan with where their anchors are now. Anchors found by search are re-recorded at
   * their new place (one transaction), so they keep following the text through later edits.
   */
  list(planId: string, doc?: PlanDoc): AnnotationView[] {
    return this.ann.list(planId, doc);
  }

  /** After a save of `doc`: re-record the anchors of the plan's annotations (cheap when it has none). */
  reanchor(planId: string, doc: PlanDoc): void {
    this.ann.reanchor(planId, doc);
  }

  add(planId: string, input: AddAnnotation): AnnotationView {
    return this.ann.add(planId, input);
  }

  reply(planId: string, id: string, body: string): AnnotationView {
    return this.ann.reply(planId, id, body);
  }

  edit(planId: string, id: string, body: string, replacement: string | undefined): AnnotationView {
    return this.ann.edit(planId, id, body, replacement);
  }

  setStatus(planId: string, id: string, status: 'open' | 'resolved' | 'rejected'): AnnotationView {
    return this.ann.setStatus(planId, id, status);
  }

  delete(planId: string, id: string): void {
    this.ann.delete(planId, id);
  }

  /** Accept a suggestion: replace its range in the plan (new revision, recorded) and mark it accepted. */
  accept(planId: string, id: string, baseRevision: number): { revision: number; annotation: AnnotationView } {
    return this.ann.accept(planId, id, baseRevision);
  }

  // --- rounds ---------------------------------------------------------------------------------------------

  rounds(planId: string): ReviewRound[] {
    return this.rnd.list(planId);
  }

  submit(planId: string, name?: string): ReviewRound {
    return this.rnd.submit(planId, name);
  }

  close(planId: string): ReviewRound {
    return this.rnd.close(planId);
  }

  // --- review package -------------------------------------------------------------------------------------

  exportPackage(planId: string, includeClosed: boolean): { fileName: string; bytes: Uint8Array; annotations: number } {
    const { id: _id, ...doc } = this.lib.getPlan(planId);
    const annotations = this.list(planId)
      .filter((a) => includeClosed || a.status === 'open')
      .map(({ resolved: _r, ...a }) => a);
    const open = this.rnd.open(planId);
    const pkg: ReviewPackage = {
      format: REVIEW_PACKAGE_FORMAT,
      exportedAt: this.stamp(),
      exportedBy: this.identity(),
      planId,
      revision: this.lib.revisionOf(planId),
      round: open,
      plan: { ...doc, id: planId },
      annotations,
    };
    const fileName = exportFileName(doc.meta, 'planreview', this.stamp().slice(0, 10)).replace(/\.planreview$/, '_审阅包.planreview');
    return { fileName, bytes: new TextEncoder().encode(JSON.stringify(pkg, null, 1)), annotations: annotations.length };
  }

  /** Open (plan not here) or merge (plan here) a review package. Annotations merge by id; the plan text is never touched when merging. */
  importPackage(fileName: string, bytes: Uint8Array): MergeReport {
    const bad = (reason: string, en: string, extra: Record<string, unknown> = {}) =>
      new AppError('invalid-package', `${fileName} 不是有效的审阅包:${reason}`, { fileName, ...extra, en: `${fileName} is not a valid review package: ${en}` });
    if (bytes.length > LIMITS.maxImportBytes) throw bad('文件过大', 'too large', { bytes: bytes.length, limit: LIMITS.maxImportBytes });
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw bad('不是 UTF-8 编码的 JSON 文件', 'not UTF-8 JSON');
    }
    if ((raw as { format?: unknown } | null)?.format !== REVIEW_PACKAGE_FORMAT) throw bad(`格式标记应为 ${REVIEW_PACKAGE_FORMAT}`, `format must be ${REVIEW_PACKAGE_FORMAT}`);
    const parsed = ReviewPackage.safeParse(raw);
    if (!parsed.success) throw bad(`${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`, 'schema mismatch', { issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message })) });
    const pkg = parsed.data;
    const plan = PlanDoc.safeParse(pkg.plan);
    if (!plan.success) throw bad('其中的规划不符合 plan-workbench/v1 格式', 'the plan does not match plan-workbench/v1');
    if (plan.data.id !== undefined && plan.data.id !== pkg.planId) throw bad('规划编号与审阅包不一致', 'plan id mismatch');
    if (pkg.round && pkg.round.planId !== pkg.planId) throw bad('审阅轮次属于另一个规划', 'the round belongs to another plan');
    const foreign = pkg.annotations.find((a) => a.planId !== pkg.planId);
    if (foreign) throw bad(`批注 ${foreign.id} 属于另一个规划`, `annotation ${foreign.id} belongs to another plan`);
    const ids = new Set<string>();
    for (const a of pkg.annotations) {
      if (ids.has(a.id)) throw bad(`批注编号 ${a.id} 重复`, `duplicate annotation id ${a.id}`);
      ids.add(a.id);
    }
    checkDoc(plan.data);
    const planId = pkg.planId;

    return this.db.transaction((): MergeReport => {
      let mode: MergeReport['mode'] = 'merged';
      if (!this.lib.hasPlan(planId)) {
        const taken = pkg.annotations.find((a) => this.ann.exists(a.id));
        if (taken) throw bad(`批注 ${taken.id} 已属于资料库中的另一个规划`, `annotation ${taken.id} already belongs to another plan`);
        const { id: _id, ...doc } = plan.data;
        this.lib.addPlan(doc, { id: planId, status: 'review' });
        mode = 'opened';
        // The round the package belongs to (or one for this package), so that the review can be ended here.
        const r = pkg.round ?? { round: 1, name: `审阅包 ${fileName.slice(0, 60)}`, startedAt: this.stamp(), startedBy: pkg.exportedBy };
        const v = this.cmp.createVersion(planId, `审阅包:${r.name}`, 'auto', `review-package:${r.round}`);
        this.rnd.insert(planId, { round: r.round, name: r.name, versionId: v.versionId, startedAt: r.startedAt, startedBy: r.startedBy });
        this.hist.record(planId, 'create', `打开审阅包 ${fileName}(${pkg.exportedBy.name || '未署名'} 导出)`, this.lib.revisionOf(planId), [], false);
      }
      const doc = this.lib.getPlan(planId);
      const index = indexNodes(doc);
      const report: MergeReport = { planId, mode, added: 0, updated: 0, unchanged: 0, orphaned: 0 };
      for (const incoming of pkg.annotations) {
        const local = this.ann.find(planId, incoming.id);
        if (!local) {
          if (this.ann.exists(incoming.id)) throw bad(`批注 ${incoming.id} 已属于资料库中的另一个规划`, `annotation ${incoming.id} already belongs to another plan`);
          let a: Annotation = { ...incoming, origin: incoming.origin ?? { kind: 'package', fileName, ref: pkg.exportedAt } };
          if (mode === 'merged' && a.status === 'accepted') a = reopenAccepted(a);
          this.ann.write(a, true);
          report.added++;
          if (resolveAnchor(doc, a.anchor, index).state === 'orphaned') report.orphaned++;
          continue;
        }
        const merged = mergeAnnotation(local, incoming);
        if (JSON.stringify(merged) === JSON.stringify(local)) report.unchanged++;
        else {
          this.ann.write(merged);
          report.updated++;
        }
      }
      if (report.added || report.updated) {
        this.hist.record(planId, 'merge', `合并审阅包 ${fileName}:新增 ${report.added} 条、更新 ${report.updated} 条批注`, this.lib.revisionOf(planId), [], false);
      }
      return report;
    }).immediate();
  }

  // --- Word comments --------------------------------------------------------------------------------------

  /** Open annotations as Word comments for the export (suggestions as tracked changes), anchored where they are now. */
  exportComments(planId: string): ExportComment[] {
    const doc = this.lib.getPlan(planId);
    const index = indexNodes(doc);
    /** Which occurrence of its text in its field a resolved anchor is (0 = the first). */
    const occurrenceAt = (r: AnnotationView['resolved']): number => {
      const node = index.get(r.nodeId)?.node;
      const text = node ? (r.field === 'heading' ? node.heading : node.body) : '';
      let n = 0;
      for (let i = text.indexOf(r.text); i >= 0 && i < r.start; i = text.indexOf(r.text, i + 1)) n++;
      return n;
    };
    return this.list(planId, doc)
      .filter((a) => a.status === 'open' && a.resolved.state !== 'orphaned')
      .map((a) => ({
        nodeId: a.resolved.nodeId,
        quote: a.resolved.text || undefined,
        ...(a.resolved.text && a.resolved.field !== 'node' ? { field: a.resolved.field, occurrence: occurrenceAt(a.resolved) } : {}),
        author: [a.author.name, a.author.department].filter(Boolean).join(' · ') || NOBODY.name,
        date: a.createdAt,
        text: exportText(a),
        ...(a.kind === 'suggestion' && a.replacement !== null && a.resolved.state !== 'changed' && a.resolved.text ? { replacement: a.replacement } : {}),
      }));
  }

  importWord(planId: string, fileName: string, bytes: Uint8Array): WordCommentsReport {
    const doc = this.lib.getPlan(planId);
    const comments = readWordComments(bytes, fileName);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const report: WordCommentsReport = { planId, comments: comments.length, added: 0, skipped: 0, unmatched: [] };
    return this.db.transaction(() => {
      const existing = this.ann.all(planId);
      const byRef = new Map(existing.filter((a) => a.origin?.kind === 'docx').map((a) => [a.origin!.ref, a]));
      const byCommentId = new Map<string, Annotation>();
      const index = indexNodes(doc);
      const roundNow = this.rnd.open(planId)?.round ?? null;
      // Threads: top-level comments first, then replies in document order.
      const ordered = [...comments.filter((c) => !c.parentId), ...comments.filter((c) => c.parentId)];
      for (const c of ordered) {
        const ref = `${sha}:${c.id}`;
        const author: Person = { name: c.author.trim().slice(0, 50) || 'Word 批注', department: '' };
        const date = isIsoDate(c.date) ? new Date(c.date).toISOString() : this.stamp();
        if (c.parentId) {
          const parent = byCommentId.get(c.parentId);
          if (parent) {
            const fresh = this.ann.get(planId, parent.id);
            if (fresh.replies.some((r) => r.author.name === author.name && normLines(r.body) === normLines(c.text))) {
              report.skipped++;
              continue;
            }
            const updated = { ...fresh, replies: [...fresh.replies, { id: newId('r_'), author, body: c.text.slice(0, 20_000), createdAt: date }], updatedAt: this.stamp() };
            this.ann.write(updated);
            byCommentId.set(c.id, updated);
            report.added++;
            continue;
          }
        }
        const place = locateComment(doc, c);
        // Imported before from this file, or exported from here (same author as written by the export, same text, same place).
        const known =
          byRef.get(ref) ??
          existing.find((a) => {
            const signed = [a.author.name, a.author.department].filter(Boolean).join(' · ');
            if (c.author.trim() !== signed && c.author.trim() !== a.author.name) return false;
            if (normLines(exportText(a)) !== normLines(c.text) && normLines(a.body) !== normLines(c.text)) return false;
            if (!place) return a.anchor.nodeId === '' && a.anchor.quote === c.quote.slice(0, MAX_QUOTE);
            const now = resolveAnchor(doc, a.anchor, index);
            return now.nodeId === place.nodeId || a.anchor.nodeId === place.nodeId;
          });
        if (known) {
          byCommentId.set(c.id, known);
          report.skipped++;
          continue;
        }
        let anchor: Annotation['anchor'];
        if (place) {
          const quote = place.quote.slice(0, MAX_QUOTE); // a comment over a whole long paragraph: its beginning
          anchor = makeAnchor(doc, { ...place, quote, end: place.start + quote.length }, index);
        } else {
          anchor = { nodeId: '', field: 'node', quote: c.quote.slice(0, 5000), start: 0, prefix: '', suffix: '', path: [] };
        }
        const a: Annotation = {
          id: newId('a_'),
          planId,
          kind: 'comment',
          anchor,
          author,
          body: c.text.slice(0, 20_000) || '(空批注)',
          replacement: null,
          status: 'open',
          round: roundNow,
          replies: [],
          createdAt: date,
          updatedAt: date,
          closedBy: null,
          closedAt: null,
          origin: { kind: 'docx', fileName: fileName.slice(0, 255), ref },
        };
        AnnotationSchema.parse(a);
        this.ann.write(a, true);
        byCommentId.set(c.id, a);
        report.added++;
        if (!place) report.unmatched.push({ author: author.name, text: a.body, quote: c.quote, annotationId: a.id });
      }
      if (report.added) this.hist.record(planId, 'annotation', `导入 Word 批注 ${fileName}:${report.added} 条(未匹配 ${report.unmatched.length} 条)`, this.lib.revisionOf(planId), [], false);
      return report;
    }).immediate();
  }

  // --- history ------------------------------------------------------------------------------------------

  history(planId: string, nodeId: string | undefined, limit = 200): HistoryEntry[] {
    return this.hist.list(planId, nodeId, limit);
  }

  /** Record a save: the node changes from `before` to `after`, coalesced with the same person's last edit when recent. */
  recordEdit(planId: string, before: PlanDoc, after: PlanDoc, revision: number): void {
    this.hist.recordEdit(planId, before, after, revision);
  }

  /** A simple entry without node changes (create, status …). */
  recordEvent(planId: string, kind: HistoryKind, summary: string): void {
    this.hist.recordEvent(planId, kind, summary);
  }

  /** Put one node back (before/after a history entry, or as in a version). */
  restoreNode(planId: string, nodeId: string, source: { seq: number; side: 'before' | 'after' } | { versionId: number }, baseRevision: number): { revision: number } {
    return this.hist.restoreNode(planId, nodeId, source, baseRevision);
  }

  /** The whole plan back to a version; a snapshot of it as it is now is taken first (its id undoes the restore). */
  restorePlan(planId: string, versionId: number, baseRevision: number): { revision: number; undoVersionId: number } {
    return this.hist.restorePlan(planId, versionId, baseRevision);
  }
}

/**
 * A suggestion accepted on another machine, arriving in a plan whose text it did not change: open again, anchored
 * on the text it replaced, so that it can be accepted (or rejected) here.
 */
function reopenAccepted(a: Annotation): Annotation {
  const quote = a.original ?? a.anchor.quote;
  return { ...a, status: 'open', closedBy: null, closedAt: null, original: null, anchor: quote ? { ...a.anchor, quote, field: a.anchor.field === 'node' ? 'body' : a.anchor.field } : a.anchor };
}


const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s));

/**
 * One annotation from a package merged into the local one: replies united by id (in time order); status, text
 * and replacement from whichever side changed last — except 'accepted', which only accepting here can set (the
 * package never changes the text); the local anchor kept (it follows local edits).
 */
export function mergeAnnotation(local: Annotation, incoming: Annotation): Annotation {
  const known = new Set(local.replies.map((r) => r.id));
  const fresh = incoming.replies.filter((r) => !known.has(r.id));
  const replies = fresh.length
    ? [...local.replies, ...fresh].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    : local.replies;
  // 'accepted' only ever comes from accepting here (the text changed here); a package cannot set it.
  const newer = incoming.updatedAt > local.updatedAt && incoming.status !== 'accepted' ? incoming : local;
  return {
    ...local,
    body: newer.body,
    replacement: newer.replacement,
    status: newer.status,
    closedBy: newer.closedBy,
    closedAt: newer.closedAt,
    replies,
    updatedAt: newer.updatedAt > local.updatedAt ? newer.updatedAt : local.updatedAt,
  };
}
