/**
 * Review: annotations (comments and suggestions), replies, review rounds, history entries and the
 * review package. Environment-free; the API contract validates with these schemas.
 *
 * An annotation is anchored to a node id plus the quoted text and its position in one field (heading or body),
 * with a little context on each side. When the plan is edited the anchor is looked up again
 * (shared/review/anchor.ts): the quote at its old position, elsewhere in the node, in its ancestors; an
 * anchor that cannot be found is shown as orphaned and kept.
 */
import { z } from 'zod';

export const REVIEW_PACKAGE_FORMAT = 'plan-workbench-review/v1' as const;

import { Anchor, AnchorField, Annotation, Person } from '../model/annotation';
import { Indicator } from '../model/plan';

export {
  Person, ANCHOR_FIELDS, ITEM_FIELDS, isItemField, AnchorField, Anchor, Reply, ANNOTATION_KINDS, ANNOTATION_STATUSES, AnnotationStatus, Annotation,
} from '../model/annotation';
export type { ItemField } from '../model/annotation';

/** How an anchor was found in the plan as it is now. */
export const ANCHOR_STATES = ['ok', 'moved', 'changed', 'orphaned'] as const;
export const AnchorState = z.enum(ANCHOR_STATES);
export type AnchorState = z.infer<typeof AnchorState>;

export const ResolvedAnchor = z.object({
  state: AnchorState,
  /** Where the quote is now (the anchor's own values when orphaned); for a list field start is the entry's index, end = start + 1. */
  nodeId: z.string(),
  field: AnchorField,
  start: z.number().int(),
  end: z.number().int(),
  /** The text now at [start, end) (differs from the quote when state is 'changed'). */
  text: z.string(),
});
export type ResolvedAnchor = z.infer<typeof ResolvedAnchor>;

/** An annotation as listed: with where its anchor is now. */
export const AnnotationView = Annotation.extend({ resolved: ResolvedAnchor });
export type AnnotationView = z.infer<typeof AnnotationView>;

/**
 * What accepting a suggestion on an indicator did to it (review.accept's `indicator`; shared/review/fields.ts
 * applyItemOutcome computes it, the editor tells the planner from it). The one definition: fields.ts's IndicatorAccept
 * (acceptIndicator's answer) is this without `before`.
 */
export const IndicatorOutcome = z.object({
  /** The entry before. */
  before: Indicator,
  /** The entry after: null when the words are empty or blank (a suggestion to delete it). */
  after: Indicator.nullable(),
  /**
   * 'deleted'; 'read': its figures and name follow the words; 'kept': the words give no figure for it (none, or only
   * for other indicators), so only its words change and its value, unit and year stay.
   */
  how: z.enum(['deleted', 'read', 'kept']),
  /** Whether its name, value, unit, comparator or year changed (how 'read'). */
  changed: z.boolean(),
  /** Indicators the words also read as, not added (the entry is one indicator; the others are for the planner to add). */
  others: z.array(Indicator),
});
export type IndicatorOutcome = z.infer<typeof IndicatorOutcome>;

/**
 * Annotations as an exchange file carries them (PlanDoc.annotations, plan JSON and Markdown): every status, as
 * listed (anchors re-recorded where they are now), without the listing's `resolved`.
 */
export function exchangedAnnotations(list: readonly AnnotationView[]): Annotation[] {
  return list.map(({ resolved: _resolved, ...a }) => a);
}

export const ReviewRound = z.object({
  planId: z.string(),
  round: z.number().int().min(1),
  name: z.string(),
  /** The version snapshot taken when the draft was submitted (compare.versions from it shows what changed since). */
  versionId: z.number().int(),
  startedAt: z.string(),
  startedBy: Person,
  closedAt: z.string().nullable(),
});
export type ReviewRound = z.infer<typeof ReviewRound>;

export const HISTORY_KINDS = ['create', 'edit', 'status', 'annotation', 'accept', 'restore', 'merge'] as const;

/** One node's change within a history entry: its fields before and after (children excluded). */
export const NodeChange = z.object({
  nodeId: z.string(),
  /** Short label of the node (number + heading) at the time. */
  label: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'moved', 'annotation']),
  /** Changed field names: heading, body, lead, partners, indicators, milestones, themes, kind, number, position. */
  fields: z.array(z.string()),
  /** The node without children, plus its parent and index, before / after (null when added / removed). */
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type NodeChange = z.infer<typeof NodeChange>;

export const HistoryEntry = z.object({
  planId: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actor: Person,
  kind: z.enum(HISTORY_KINDS),
  summary: z.string(),
  revision: z.number().int(),
  changes: z.array(NodeChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A review package: a draft with its annotations, carried to a reviewer on another machine and back. */
export const ReviewPackage = z.object({
  format: z.literal(REVIEW_PACKAGE_FORMAT),
  exportedAt: z.string(),
  exportedBy: Person,
  planId: z.string().min(1).max(100),
  revision: z.number().int().min(1),
  round: ReviewRound.nullable(),
  /** The plan document (plan-workbench/v1) as it was when exported. */
  plan: z.unknown(),
  annotations: z.array(Annotation).max(20_000),
}).strict();
export type ReviewPackage = z.infer<typeof ReviewPackage>;

export const MergeReport = z.object({
  planId: z.string(),
  /** 'opened': the plan was not in this library and was stored (as under review); 'merged': annotations merged into the existing plan. */
  mode: z.enum(['opened', 'merged']),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Added annotations whose anchor is not found in the plan as it is now (kept, shown as orphaned). */
  orphaned: z.number().int(),
});
export type MergeReport = z.infer<typeof MergeReport>;

export const WordCommentsReport = z.object({
  planId: z.string(),
  comments: z.number().int(),
  added: z.number().int(),
  /** Already in the plan (imported before, or exported from here): skipped. */
  skipped: z.number().int(),
  /** Comments whose text matched no node: stored as orphaned annotations, listed here. */
  unmatched: z.array(z.object({ author: z.string(), text: z.string(), quote: z.string(), annotationId: z.string() })),
});
export type WordCommentsReport = z.infer<typeof WordCommentsReport>;

/** Context characters kept on each side of a quote. */
export const CONTEXT = 24;

export const NOBODY: Person = { name: '未署名', department: '' };
