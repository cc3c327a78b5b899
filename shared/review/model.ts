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

/** Who made a change or an annotation (preferences: 审阅人身份). */
export const Person = z.object({
  name: z.string().max(50),
  department: z.string().max(100),
}).strict();
export type Person = z.infer<typeof Person>;

/**
 * 'heading' / 'body': a range of that text; 'node': the node as a whole; 'lead' / 'partners' / 'indicators' /
 * 'milestones': one entry of that list field (a department, an indicator, a milestone — shared/review/fields.ts).
 */
export const ANCHOR_FIELDS = ['heading', 'body', 'node', 'lead', 'partners', 'indicators', 'milestones'] as const;
/** The list fields an anchor can mark one entry of. */
export const ITEM_FIELDS = ['lead', 'partners', 'indicators', 'milestones'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
export const isItemField = (f: string): f is ItemField => (ITEM_FIELDS as readonly string[]).includes(f);
export const AnchorField = z.enum(ANCHOR_FIELDS);
export type AnchorField = z.infer<typeof AnchorField>;

export const Anchor = z.object({
  /** The node commented on ('' for a Word comment whose text matched no node). */
  nodeId: z.string().max(100),
  /** 'node': the node as a whole (no quote); 'heading' / 'body': a range of that field; a list field: one entry of it. */
  field: AnchorField,
  /** The quoted text ('' for field 'node'); for a list field the entry as written (itemText: 区科委, the indicator's sentence, 2016年推进：…). */
  quote: z.string().max(5000),
  /** UTF-16 offset of the quote in the field when the anchor was made (or last found); for a list field the entry's index. */
  start: z.number().int().min(0),
  /** Up to CONTEXT characters before and after the quote: finds an edited quote again. */
  prefix: z.string().max(100),
  suffix: z.string().max(100),
  /** Ancestor node ids (outermost first) when the anchor was made or last found: where to look if the node goes. */
  path: z.array(z.string().max(100)).max(50),
}).strict();
export type Anchor = z.infer<typeof Anchor>;

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

export const Reply = z.object({
  id: z.string().min(1).max(100),
  author: Person,
  body: z.string().max(20_000),
  createdAt: z.string().max(40),
}).strict();
export type Reply = z.infer<typeof Reply>;

export const ANNOTATION_KINDS = ['comment', 'suggestion'] as const;
export const ANNOTATION_STATUSES = ['open', 'resolved', 'accepted', 'rejected'] as const;
export const AnnotationStatus = z.enum(ANNOTATION_STATUSES);
export type AnnotationStatus = z.infer<typeof AnnotationStatus>;

export const Annotation = z.object({
  id: z.string().min(1).max(100),
  planId: z.string().min(1).max(100),
  kind: z.enum(ANNOTATION_KINDS),
  anchor: Anchor,
  author: Person,
  /** The comment, or the reason for a suggestion. */
  body: z.string().max(20_000),
  /** Suggestions: the proposed text for the quoted range. */
  replacement: z.string().max(20_000).nullable(),
  status: AnnotationStatus,
  /** Review round the annotation was made in (null outside a round). */
  round: z.number().int().nullable(),
  replies: z.array(Reply).max(1000),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  /** Who resolved / accepted / rejected it, and when. */
  closedBy: Person.nullable(),
  closedAt: z.string().max(40).nullable(),
  /** An accepted suggestion: the text it replaced (the anchor then holds the replacement). */
  original: z.string().max(5000).nullable().optional(),
  /** Where it came from when not made here: a review package or a Word file. */
  origin: z.object({ kind: z.enum(['package', 'docx']), fileName: z.string().max(255), ref: z.string().max(200) }).strict().nullable(),
}).strict();
export type Annotation = z.infer<typeof Annotation>;

/** An annotation as listed: with where its anchor is now. */
export const AnnotationView = Annotation.extend({ resolved: ResolvedAnchor });
export type AnnotationView = z.infer<typeof AnnotationView>;

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
