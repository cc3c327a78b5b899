/**
 * Review store: annotations, review rounds, review packages, Word comments and the plan history
 * (tables: migration 005). Plain Node, never imports 'electron'. The anchoring, history diff, package model
 * and Word comment reading are environment-free (shared/review); the parts under review/ store and apply them:
 *
 *   review/prefs.ts        the reviewer identity (settings key 'identity'; 未署名 until set), which signs every
 *                          annotation and change
 *   review/annotations.ts  annotations: comments and suggestions, replies, status, accepting a suggestion
 *   review/rounds.ts       review rounds (提交审阅 / 结束审阅)
 *   review/history.ts      the plan history and restoring a node or the whole plan
 *   review/exchange.ts     review packages (.planreview) and Word comments, out and in
 *   review/context.ts      what they share (library, database, version and compare stores, clock)
 *
 * This class is the facade core.ts builds and calls; it only delegates.
 */
import type { PlanDoc } from '../../shared/model/plan.js';
import type { Annotation, AnnotationView, HistoryEntry, MergeReport, NodeChange, Person, ReviewRound, WordCommentsReport } from '../../shared/review/model.js';
import type { ExportComment } from '../../shared/export/options.js';
import type { IndicatorOutcome } from '../../shared/review/fields.js';
import type { Db } from '../store/db.js';
import type { CompareStore } from './compare-store.js';
import { reviewContext } from './review/context.js';
import { ReviewPrefs } from './review/prefs.js';
import { ReviewHistory, type HistoryKind } from './review/history.js';
import { ReviewRounds } from './review/rounds.js';
import { ReviewAnnotations, type AddAnnotation } from './review/annotations.js';
import { ReviewExchange } from './review/exchange.js';

export { HISTORY_COALESCE_MINUTES } from './review/history.js';
export { exportText, mergeAnnotation } from './review/exchange.js';

export class ReviewStore {
  private readonly prefs: ReviewPrefs;
  private readonly hist: ReviewHistory;
  private readonly rnd: ReviewRounds;
  private readonly ann: ReviewAnnotations;
  private readonly exchange: ReviewExchange;

  constructor(db: Db, cmp: CompareStore, now: () => Date = () => new Date()) {
    const cx = reviewContext(db, cmp, now);
    this.prefs = new ReviewPrefs(db.plans);
    this.hist = new ReviewHistory(cx, this.prefs);
    this.rnd = new ReviewRounds(cx, this.prefs, this.hist);
    this.ann = new ReviewAnnotations(cx, this.prefs, this.rnd, this.hist);
    this.exchange = new ReviewExchange(cx, this.prefs, this.ann, this.rnd, this.hist);
  }

  // --- identity -----------------------------------------------------------------------------------------

  identity(): Promise<Person> {
    return this.prefs.identity();
  }

  setIdentity(p: Person): Promise<Person> {
    return this.prefs.setIdentity(p);
  }

  // --- annotations --------------------------------------------------------------------------------------

  /**
   * All annotations of a plan with where their anchors are now. Anchors found by search are re-recorded at
   * their new place (one transaction), so they keep following the text through later edits.
   */
  list(planId: string, doc?: PlanDoc): Promise<AnnotationView[]> {
    return this.ann.list(planId, doc);
  }

  /** After a save of `doc`: re-record the anchors of the plan's annotations (cheap when it has none). */
  reanchor(planId: string, doc: PlanDoc): Promise<void> {
    return this.ann.reanchor(planId, doc);
  }

  add(planId: string, input: AddAnnotation): Promise<AnnotationView> {
    return this.ann.add(planId, input);
  }

  reply(planId: string, id: string, body: string): Promise<AnnotationView> {
    return this.ann.reply(planId, id, body);
  }

  edit(planId: string, id: string, body: string, replacement: string | undefined): Promise<AnnotationView> {
    return this.ann.edit(planId, id, body, replacement);
  }

  setStatus(planId: string, id: string, status: 'open' | 'resolved' | 'rejected'): Promise<AnnotationView> {
    return this.ann.setStatus(planId, id, status);
  }

  delete(planId: string, id: string): Promise<void> {
    return this.ann.delete(planId, id);
  }

  /** Accept a suggestion: replace its range in the plan (new revision, recorded) and mark it accepted. */
  accept(planId: string, id: string, baseRevision: number): Promise<{ revision: number; annotation: AnnotationView; indicator?: IndicatorOutcome }> {
    return this.ann.accept(planId, id, baseRevision);
  }

  // --- rounds ---------------------------------------------------------------------------------------------

  rounds(planId: string): Promise<ReviewRound[]> {
    return this.rnd.list(planId);
  }

  submit(planId: string, name?: string): Promise<ReviewRound> {
    return this.rnd.submit(planId, name);
  }

  close(planId: string): Promise<ReviewRound> {
    return this.rnd.close(planId);
  }

  // --- review package and Word comments -------------------------------------------------------------------

  exportPackage(planId: string, includeClosed: boolean): Promise<{ fileName: string; bytes: Uint8Array; annotations: number }> {
    return this.exchange.exportPackage(planId, includeClosed);
  }

  /** Open (plan not here) or merge (plan here) a review package. Annotations merge by id; the plan text is never touched when merging. */
  importPackage(fileName: string, bytes: Uint8Array): Promise<MergeReport> {
    return this.exchange.importPackage(fileName, bytes);
  }

  /** Store an imported exchange file's annotations on the plan made from it (inside the caller's transaction). */
  importAnnotations(planId: string, annotations: readonly Annotation[]): Promise<{ added: number; orphaned: number }> {
    return this.exchange.importAnnotations(planId, annotations);
  }

  /** Open annotations as Word comments for the export (suggestions as tracked changes), anchored where they are now. */
  exportComments(planId: string): Promise<ExportComment[]> {
    return this.exchange.exportComments(planId);
  }

  importWord(planId: string, fileName: string, bytes: Uint8Array): Promise<WordCommentsReport> {
    return this.exchange.importWord(planId, fileName, bytes);
  }

  // --- history ------------------------------------------------------------------------------------------

  history(planId: string, nodeId: string | undefined, limit = 200): Promise<HistoryEntry[]> {
    return this.hist.list(planId, nodeId, limit);
  }

  /** Record a save: the node changes from `before` to `after`, coalesced with the same person's last edit when recent. */
  recordEdit(planId: string, before: PlanDoc, after: PlanDoc, revision: number, changes?: NodeChange[]): Promise<void> {
    return this.hist.recordEdit(planId, before, after, revision, changes);
  }

  /** A simple entry without node changes (create, status …). */
  recordEvent(planId: string, kind: HistoryKind, summary: string): Promise<void> {
    return this.hist.recordEvent(planId, kind, summary);
  }

  /** Put one node back (before/after a history entry, or as in a version). */
  restoreNode(planId: string, nodeId: string, source: { seq: number; side: 'before' | 'after' } | { versionId: number }, baseRevision: number): Promise<{ revision: number }> {
    return this.hist.restoreNode(planId, nodeId, source, baseRevision);
  }

  /** The whole plan back to a version; a snapshot of it as it is now is taken first (its id undoes the restore). */
  restorePlan(planId: string, versionId: number, baseRevision: number): Promise<{ revision: number; undoVersionId: number }> {
    return this.hist.restorePlan(planId, versionId, baseRevision);
  }
}
