/**
 * An annotation as stored and exchanged (comments and suggestions, their anchors and replies): the schema shared by
 * the review store (shared/review/model.ts re-exports it), the review package and the plan exchange file, whose
 * optional `annotations` section holds them (PlanDoc, ./plan.ts; docs/exchange.md). Environment-free (zod only).
 */
import { z } from 'zod';

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

