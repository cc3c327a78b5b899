/**
 * The plan model and the `plan-workbench/v1` exchange format.
 * Environment-free: used by the importer, the library, the CLI and the renderer.
 */
import { z } from 'zod';
import { FORMAT } from './tree-walk';
import { Annotation } from './annotation';

/** The format tag and the tree walks live in ./tree-walk.ts (no zod: the compare command's fast path). */
export { FORMAT, NODE_KIND_ZH, emptyNode, walk, countKinds } from './tree-walk';

/**
 * `box` is a 专栏: a boxed panel in the text ("专栏1 重点工程") holding its numbered projects as `item`s; it sits
 * where it was written (top level, or under a part, section, action or task). See docs/plan-format.md.
 */
export const NODE_KINDS = ['part', 'section', 'action', 'task', 'item', 'appendix', 'box'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const PLAN_STATUSES = ['reference', 'draft', 'review', 'final'] as const;
export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const COMPARATORS = ['>=', '<=', '=', '>', '<', '~'] as const;
export const Comparator = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof Comparator>;

export const Indicator = z.object({
  /** What is measured, e.g. 家庭光纤入户率. */
  name: z.string(),
  value: z.number().nullable(),
  /** %, 个, 万, 万户, 亿元 … ('' when dimensionless, e.g. an index). */
  unit: z.string(),
  /** 达到/超过 → '>=', 控制在…以内 → '<=', plain statement → '='. */
  comparator: Comparator,
  /** Target year (explicit "到2013年", else the plan's end year); null if unknown. */
  year: z.number().int().nullable(),
  /** The sentence (or clause) the indicator was read from. */
  text: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;

export const MILESTONE_STAGES = ['启动', '推进', '完成'] as const;
export const MilestoneStage = z.enum(MILESTONE_STAGES);
export const Milestone = z.object({
  year: z.number().int(),
  stage: MilestoneStage.nullable(),
  text: z.string(),
});
export type Milestone = z.infer<typeof Milestone>;

export interface PlanNode {
  id: string;
  kind: NodeKind;
  /** The number as written in the source ("重点专项3", "(一)", "1、"); '' when none. */
  number: string;
  heading: string;
  body: string;
  lead: string[];
  partners: string[];
  indicators: Indicator[];
  milestones: Milestone[];
  themes: string[];
  children: PlanNode[];
  /** Carried over from a template and not yet edited or confirmed by the planner. */
  unreviewed?: boolean;
  /**
   * The fields the node's own text stated when the plan was imported (a field line 牵头单位：… / 年度节点：… / 指标：…, or
   * a departments annotation in a sentence) and the import read into them. While such a field is empty, its statements
   * in the text are the import's reading of a value the planner has emptied since, and the exports print none of them;
   * a statement of a field not listed (typed by the planner) is printed as written (shared/fieldtext.ts). Absent: none.
   * A plan imported before this was recorded (meta.source without `statedRecorded`) is read as before: every statement
   * of an empty field counts as emptied (fieldtext.ts `withRecordedStatements`).
   */
  statedOnImport?: StatedField[];
}

/** The fields a node's text can state in a line of their own (shared/importer/fieldlines.ts). */
export const STATED_FIELDS = ['departments', 'milestones', 'indicators'] as const;
export type StatedField = (typeof STATED_FIELDS)[number];

export const PlanNodeSchema: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    kind: NodeKind,
    number: z.string(),
    heading: z.string(),
    body: z.string(),
    lead: z.array(z.string()),
    partners: z.array(z.string()),
    indicators: z.array(Indicator),
    milestones: z.array(Milestone),
    themes: z.array(z.string()),
    children: z.array(PlanNodeSchema),
    unreviewed: z.boolean().optional(),
    statedOnImport: z.array(z.enum(STATED_FIELDS)).optional(),
  }).meta({ id: 'PlanNode', description: 'A part, section, action, task, item, appendix or box (专栏), with its children in order.' }),
);

export const Period = z.object({ start: z.number().int(), end: z.number().int() });
export type Period = z.infer<typeof Period>;

export const SourceInfo = z.object({
  fileName: z.string(),
  /** utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, docx */
  encoding: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  /**
   * SHA-256 of the document's text normalised (NFKC, no whitespace, no invisible characters; see
   * shared/importer/fingerprint.ts): the same text saved again (another encoding, other line ends) has the same value.
   * The library finds a re-import of a stored plan by it (and by `sha256`).
   */
  textSha256: z.string().optional(),
  /**
   * The import recorded PlanNode.statedOnImport on the plan's nodes (since 2026-12). Absent on plans imported before:
   * their exports and linter take every statement of an empty field in a node's text as one the planner emptied.
   */
  statedRecorded: z.literal(true).optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

/** What kind of dated reference to another document a template copy kept as written (shared/template.ts). */
export const TEMPLATE_REF_KINDS = ['doc-number', 'title', 'dated', 'five-year', 'period', 'history'] as const;
export const TemplateRef = z.object({
  /** The node whose field holds it; null for the plan's own fields (meta.title, meta.preamble). */
  nodeId: z.string().nullable(),
  /** 'heading', 'body', 'indicators[0].text', 'milestones[1].text', 'meta.title', 'meta.preamble'. */
  field: z.string(),
  /** The reference as written (沪府〔2020〕27号, 《…(2011-2013)》, 市委2014年一号课题, 十二五, 2011-2015). */
  quote: z.string().min(1),
  kind: z.enum(TEMPLATE_REF_KINDS),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

export const PlanMeta = z.object({
  title: z.string(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  period: Period.nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  /**
   * 签发人 of an upward document (上行文, GB/T 9704 §7.2.6): printed on the 发文字号's line, at its right. Absent or null
   * when none (a plan stored before the field existed has none).
   */
  signer: z.string().nullable().optional(),
  /** ISO date yyyy-mm-dd, or null when absent/uncertain (see report). */
  issuedOn: z.string().nullable(),
  /**
   * 印发日期 (ISO yyyy-mm-dd): the day the document is sent to print, printed in the 版记's 印发 line (GB/T 9704
   * §7.4.3) — only when it is not the 成文日期, which the 版记 prints when this is empty. Absent or null when none (a
   * plan stored before the field existed has none).
   */
  printedOn: z.string().nullable().optional(),
  addressees: z.array(z.string()),
  status: PlanStatus,
  source: SourceInfo.nullable(),
  basedOn: z.string().nullable(),
  /** Body of the 通知 (cover notice) that published the plan, '' when none. */
  notice: z.string(),
  /** Introductory text between the title and the first heading. */
  preamble: z.string(),
  /**
   * Dated references to other documents that a plan made from a template kept as written, for the planner to check
   * (lint 'template-reference'); an entry is resolved by editing the reference away or by dismissing it. Absent when none.
   */
  templateRefs: z.array(TemplateRef).optional(),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  /** 1-based line in the source text, when it points at one. */
  line: z.number().int().nullable(),
});
export type Warning = z.infer<typeof Warning>;

/**
 * One level of the document's own hierarchy, as the importer inferred it: every heading written in one marker style
 * (一、, (一), 1., 第X章, a Word heading level, a Markdown heading level …) sits on one level.
 */
export const ImportLevel = z.object({
  /** Id of the marker style (a rule of the importer's grammar, e.g. 'cn', 'cnparen', 'arabic', 'md-h2', 'word-h1'). */
  key: z.string().min(1).max(40),
  /** The marker as first written in the document ('一、', '(一)', '1.', '## '). */
  sample: z.string().max(40),
  /** 0-based depth in the document's hierarchy (0 = top level); two styles on one depth are one level. */
  depth: z.number().int().min(0).max(20),
  /** Kind given to the headings of this level ('text' = not a heading: kept as body text of the node above). */
  kind: z.union([NodeKind, z.literal('text')]),
  /** Headings of this style in the document. */
  count: z.number().int().min(0),
});
export type ImportLevel = z.infer<typeof ImportLevel>;

/**
 * The planner's correction of the inferred levels, per marker style key: another kind (or 'text'), another depth
 * (the same depth as another style merges the two levels; a new depth splits them). Remembered per document style.
 */
export const LevelMapping = z.record(
  z.string().min(1).max(40),
  z.object({ kind: z.union([NodeKind, z.literal('text')]).optional(), depth: z.number().int().min(0).max(20).optional() }).strict(),
);
export type LevelMapping = z.infer<typeof LevelMapping>;

export const ImportReport = z.object({
  warnings: z.array(Warning),
  /** The levels the importer used (inferred, or as corrected by a LevelMapping), top level first. */
  levels: z.array(ImportLevel).optional(),
  /** The document's style: its level keys in order, joined by '>' (where a remembered mapping is looked up). */
  style: z.string().max(400).optional(),
  /** Counts the text declares ("推动建设22个重点专项" → { task: 22 }). */
  declared: z.record(z.string(), z.number()),
  /** What the importer found, by node kind. */
  found: z.record(z.string(), z.number()),
  /** Lines not kept as plan text (web-page chrome, a table of contents, 落款, 版记, 附件 markers …), with their line numbers and why. */
  removed: z.array(z.object({ line: z.number().int(), text: z.string(), reason: z.string() })),
  /** Paragraphs that fit no structure and were kept as body text of the nearest node. */
  unstructured: z.number().int(),
  /** Metadata fields that were found but are uncertain (e.g. a garbled date). */
  uncertain: z.array(z.object({ field: z.string(), raw: z.string(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A plan as exchanged (file, CLI, API). `id` is absent for a plan not yet in a library. */
export const PlanDoc = z.object({
  format: z.literal(FORMAT),
  id: z.string().optional(),
  meta: PlanMeta,
  nodes: z.array(PlanNodeSchema),
  report: ImportReport.optional(),
  /**
   * The plan's annotations (批注 and 修改建议, every status, with replies), as the review package carries them: written
   * by the exchange file's export when asked (export dialog 包含批注与修改建议, CLI `export-json --annotations`) and by
   * the Markdown reader from the export's comment blocks; importing stores them on the new plan (docs/exchange.md).
   * Absent in what plan.get answers and ignored by plan.save: annotations are kept by the review store.
   */
  annotations: z.array(Annotation).max(20_000).optional(),
});
export type PlanDoc = z.infer<typeof PlanDoc>;
