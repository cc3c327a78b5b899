/** zod schemas of the compare API (inputs and outputs), used by shared/api/contract.ts. */
import { z } from 'zod';
import { Comparator, MilestoneStage, NodeKind, PlanDoc, PlanStatus } from '../model/plan';

const Id = z.string().min(1).max(100);

export const PinSchema = z.object({ left: Id, right: Id, mode: z.enum(['pin', 'break']) }).strict();
export const Pins = z.array(PinSchema).max(2000);

export const NodeRefSchema = z.object({ id: z.string(), kind: NodeKind, number: z.string(), heading: z.string() });
export const DiffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string(), right: z.string().optional() });
const IndicatorValue = z.object({ value: z.number().nullable(), unit: z.string(), year: z.number().int().nullable(), comparator: Comparator });
const MilestoneCell = z.object({ stage: MilestoneStage.nullable(), text: z.string() });
const Role = z.enum(['lead', 'partner']);
const FieldDiffBase = z.object({
  departments: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    same: z.array(z.string()),
    roles: z.array(z.object({ name: z.string(), left: Role, right: Role })).optional(),
  }),
  indicators: z.array(z.object({ name: z.string(), left: IndicatorValue.nullable(), right: IndicatorValue.nullable(), changed: z.array(z.string()) })),
  milestones: z.array(
    z.object({
      year: z.number().int(),
      slot: z.number().int().optional(),
      leftYear: z.number().int().optional(),
      rightYear: z.number().int().optional(),
      changed: z.boolean().optional(),
      left: z.array(MilestoneCell),
      right: z.array(MilestoneCell),
    }),
  ),
  changed: z.boolean(),
});
export const ItemDiffSchema = z.object({
  left: NodeRefSchema.nullable(),
  right: NodeRefSchema.nullable(),
  depth: z.number().int(),
  moved: z.boolean(),
  fields: z.array(z.enum(['heading', 'body', 'lead', 'partners', 'indicators', 'milestones'])),
  text: z.array(DiffOpSchema).optional(),
  detail: FieldDiffBase.optional(),
});
export const FieldDiffSchema = FieldDiffBase.extend({ items: z.array(ItemDiffSchema).optional() });
export const PairDiffSchema = z.object({
  heading: z.array(DiffOpSchema),
  text: z.array(DiffOpSchema),
  fields: FieldDiffSchema,
  summary: z.object({ equal: z.number(), inserted: z.number(), deleted: z.number(), similarity: z.number() }),
});

export const PlanComparisonSchema = z.object({
  leftId: z.string(),
  rightId: z.string(),
  pairs: z.array(
    z.object({
      left: NodeRefSchema,
      right: NodeRefSchema,
      score: z.number(),
      reasons: z.array(z.string()),
      sharedThemes: z.array(z.string()),
      sharedDepartments: z.array(z.string()),
      parts: z.object({ heading: z.number(), content: z.number(), themes: z.number().nullable(), departments: z.number().nullable(), mention: z.number().optional(), context: z.number().nullable().optional() }),
      pinned: z.boolean().optional(),
      moved: z.boolean(),
      diff: PairDiffSchema,
    }),
  ),
  unmatchedLeft: z.array(NodeRefSchema),
  unmatchedRight: z.array(NodeRefSchema),
  /** The pins applied (given in the call, else the ones stored for this plan pair). */
  pins: Pins,
  stats: z.object({
    left: z.record(z.string(), z.number()),
    right: z.record(z.string(), z.number()),
    candidates: z.number().int(),
    pairs: z.number().int(),
    pinned: z.number().int(),
    broken: z.number().int(),
    pinsIgnored: z.number().int(),
    unmatchedLeft: z.number().int(),
    unmatchedRight: z.number().int(),
    threshold: z.number(),
    method: z.enum(['mutual', 'greedy', 'hungarian']),
    changedPairs: z.number().int(),
    identicalPairs: z.number().int(),
  }),
});

const Place = z.object({ parentId: z.string().nullable(), position: z.number().int() });
export const VersionDiffSchema = z.object({
  planId: z.string(),
  from: z.object({ label: z.string(), planId: z.string(), versionId: z.number().int().nullable() }),
  to: z.object({ label: z.string(), planId: z.string(), versionId: z.number().int().nullable() }),
  added: z.array(z.object({ node: NodeRefSchema, at: Place })),
  removed: z.array(z.object({ node: NodeRefSchema, at: Place })),
  moved: z.array(z.object({ node: NodeRefSchema, from: Place, to: Place })),
  changed: z.array(
    z.object({
      node: NodeRefSchema,
      fromId: z.string(),
      fields: z.array(z.string()),
      heading: z.array(DiffOpSchema).optional(),
      body: z.array(DiffOpSchema).optional(),
      detail: FieldDiffSchema.optional(),
    }),
  ),
  stats: z.object({ added: z.number(), removed: z.number(), moved: z.number(), changed: z.number(), unchanged: z.number(), matchedBy: z.enum(['id', 'content']) }),
});

export const VersionSummarySchema = z.object({
  planId: z.string(),
  versionId: z.number().int(),
  name: z.string(),
  kind: z.enum(['named', 'auto']),
  /** 'named', 'before-save' (first save after a quiet spell), 'status:draft→review' … */
  reason: z.string(),
  /** The plan's revision the snapshot was taken at. */
  revision: z.number().int(),
  status: PlanStatus,
  createdAt: z.string(),
  counts: z.record(z.string(), z.number()),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;
export const VersionWithDoc = VersionSummarySchema.extend({ doc: PlanDoc });

export const VersionNumber = z.number().int().min(1);

export const SimilarSchema = z.object({
  planId: z.string(),
  /** Plans ranked by how many of this plan's tasks have a close counterpart there, then by total score. */
  plans: z.array(z.object({ planId: z.string(), title: z.string(), district: z.string().nullable(), matched: z.number().int(), score: z.number() })),
  /** Per task of this plan, its closest tasks in other plans. */
  tasks: z.array(z.object({ node: NodeRefSchema, matches: z.array(z.object({ planId: z.string(), district: z.string().nullable(), nodeId: z.string(), heading: z.string(), score: z.number() })) })),
});
