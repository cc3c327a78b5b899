/**
 * The API contract: one typed map of methods, each taking one JSON argument and returning JSON.
 * Inputs are validated with these zod schemas in one place only, the core's dispatch (electron/core/dispatch.ts),
 * which every host goes through: IPC in electron/main checks the sender and HTTP in electron/bridge parses the JSON
 * body (with a size limit), then both hand the input to core.call unchecked. Errors cross the boundary as
 * { code, message, details } (shared/errors.ts).
 *
 * Hosts: electron/core createCore() implements `Handlers`; electron/main registers one ipcMain.handle per method;
 * electron/preload exposes window.api with one function per method; electron/bridge serves POST /api/<method>.
 */
import { z } from 'zod';
import type { MethodName } from './methods';
import { Indicator, LevelMapping, NODE_KINDS, NodeKind, PlanDoc, PlanStatus, Period } from '../model/plan';
import type { ErrorShape } from '../errors';
import { DocxOptions } from '../export/options';
import { AnchorField, AnnotationView, HistoryEntry, IndicatorOutcome, MergeReport, Person, ReviewRound, WordCommentsReport } from '../review/model';
import { Pins, PlanComparisonSchema, SimilarSchema, VersionDiffSchema, VersionNumber, VersionSummarySchema, VersionWithDoc } from '../compare/schema';

const Id = z.string().min(1).max(100);

/** Text search filters (library search). */
export const SearchFilters = z.object({
  district: z.string().max(50).optional(),
  periodStart: z.number().int().min(1900).max(2200).optional(),
  periodEnd: z.number().int().min(1900).max(2200).optional(),
  kind: z.union([NodeKind, z.array(NodeKind).max(NODE_KINDS.length)]).optional(),
  department: z.string().max(100).optional(),
  status: PlanStatus.optional(),
  planId: Id.optional(),
  limit: z.number().int().min(1).max(500).optional(),
}).strict();

export const Segment = z.object({ text: z.string(), hit: z.boolean() });

/**
 * What the current account may do with one plan, as the office server's own access rules decide it
 * (electron/server/authorize.ts planRights over permissions.ts and access.ts). Only the office server sends it;
 * without it (the desktop app, browser mode: one user) everything is allowed.
 */
export const PlanRights = z.object({
  /** plan.save and the other changes of its text (planners and admins who may edit it) */
  edit: z.boolean(),
  /** plan.delete */
  delete: z.boolean(),
  /** plan.share */
  share: z.boolean(),
  /** plan.duplicate, plan.createFromTemplate: a new plan from this one */
  copy: z.boolean(),
});
export type PlanRights = z.infer<typeof PlanRights>;

/**
 * Who owns a plan and how it is shared, as the current account needs it (office server only, with `may`:
 * electron/server/authorize.ts planSharing). The desktop app and browser mode (one user) send none.
 */
export const PlanSharing = z.object({
  /** The owner's display name; null: no owner (a district's plan, imported before the server or by the seeds). */
  owner: z.string().nullable(),
  /** The current account owns the plan. */
  mine: z.boolean(),
  /** Shared with the current account: to read or to edit; null: not shared with it. */
  sharedToMe: z.enum(['read', 'edit']).nullable(),
  /** With how many accounts the plan is shared — only for those who may share it (its owner, an admin). */
  sharedWith: z.number().int().optional(),
});
export type PlanSharing = z.infer<typeof PlanSharing>;

export const PlanSummary = z.object({
  id: z.string(),
  title: z.string(),
  district: z.string().nullable(),
  period: Period.nullable(),
  status: PlanStatus,
  /** Node counts by kind, e.g. { part: 5, task: 22 }. */
  counts: z.record(z.string(), z.number()),
  sourceFileName: z.string().nullable(),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** meta.basedOn: the plan this one was made from (template lineage), or null. */
  basedOn: z.string().nullable(),
  /** meta.issuedOn (成文日期, as written: YYYY-MM-DD when read), or null; the library sorts by it. */
  issuedOn: z.string().nullable().optional(),
  /** The stored revision (see Library.revisionOf). */
  revision: z.number().int(),
  /** Office server only: what this account may do with the plan. */
  may: PlanRights.optional(),
  /** Office server only: its owner and its shares, for this account. */
  sharing: PlanSharing.optional(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/**
 * The library's order: 'group' (the default: cards by district, then period newest first; search hits by relevance)
 * or one list by date issued, period (newest first), district, title (pinyin order) or last change (newest first).
 */
export const LIBRARY_SORTS = ['group', 'issued', 'period', 'district', 'title', 'updated'] as const;
export const LibrarySort = z.enum(LIBRARY_SORTS);
export type LibrarySort = z.infer<typeof LibrarySort>;

export const SearchHit = z.object({
  planId: z.string(),
  planTitle: z.string(),
  district: z.string().nullable(),
  nodeId: z.string(),
  kind: NodeKind,
  path: z.array(z.string()),
  field: z.enum(['heading', 'body']),
  snippet: z.array(Segment),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A stored plan as the API returns it: the exchange document plus its library id and revision. */
export const StoredPlan = PlanDoc.extend({
  id: z.string(),
  revision: z.number().int(),
  /** office server only (PlanRights, PlanSharing) */
  may: PlanRights.optional(),
  sharing: PlanSharing.optional(),
});
export type StoredPlan = z.infer<typeof StoredPlan>;

/**
 * Files travel as base64 (IPC and HTTP alike). No length limit here: the core refuses anything over
 * LIMITS.maxImportBytes with the specific ImportError 'too-large' before decoding (the HTTP bridge
 * and the Electron open dialog limit what reaches it).
 */
export const FileInput = z.object({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string(),
}).strict();

/** Where a new annotation goes: the node, the field and the range of the quote as the client shows it. */
export const NewAnchor = z.object({
  nodeId: Id,
  /** A list field (lead, partners, indicators, milestones): one entry of it, start = its index, quote = the entry as written. */
  field: AnchorField,
  start: z.number().int().min(0).max(1_000_000),
  end: z.number().int().min(0).max(1_000_000),
  /** The selected text (checked against the stored plan; '' for a comment on the whole node). */
  quote: z.string().max(5000),
}).strict();
/** One backup of the library (<data folder>/backups). `name` is its id. */
export const BackupSummary = z.object({
  name: z.string(),
  createdAt: z.string(),
  kind: z.enum(['auto', 'manual', 'pre-migration', 'pre-restore']),
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
  /** null when the file cannot be read. */
  plans: z.number().int().nullable(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** Present in app.info when the library file is damaged and the core runs in recovery mode. */
export const RecoveryState = z.object({
  code: z.literal('db-corrupt'),
  message: z.string(),
  file: z.string(),
  latestBackup: BackupSummary.nullable(),
});
export type RecoveryState = z.infer<typeof RecoveryState>;
/** Names one running import so that plan.importCancel can stop it. */
export const ImportJobId = z.string().min(1).max(100);

/** Most marker styles one level mapping may name (a document uses a handful). */
export const MAX_MAPPING_KEYS = 40;
/** A LevelMapping as the API takes it: at most MAX_MAPPING_KEYS styles. */
export const MappingInput = LevelMapping.refine((m) => Object.keys(m).length <= MAX_MAPPING_KEYS, { message: `at most ${MAX_MAPPING_KEYS} marker styles` });
/** A document style signature (ImportReport.style: its level keys joined by '>'). */
export const StyleSignature = z.string().min(1).max(400);

/**
 * The level mapping a preview was made with: `remembered` when the core applied the mapping remembered for the
 * document's style (the planner's choice at an earlier import), else the one the request gave. `style` is the
 * document's style as inferred without a mapping (null when the importer reports none or did not run unmapped).
 */
export const AppliedMapping = z.object({ style: z.string().nullable(), mapping: LevelMapping, remembered: z.boolean() });
export type AppliedMapping = z.infer<typeof AppliedMapping>;
/** A plan of the library imported from the same document as a preview (same normalised text or same file bytes). */
export const SameSourcePlan = z.object({ id: z.string(), title: z.string(), status: PlanStatus, sourceFileName: z.string().nullable(), updatedAt: z.string() });
export type SameSourcePlan = z.infer<typeof SameSourcePlan>;
/**
 * What plan.importPreview answers: the plan, the level mapping it was made with when there was one, and the plans of
 * the library already imported from the same document (`duplicates`, most recently changed first; empty when none).
 * `planFile`: the file is a plan exchange file (plan JSON), read as the plan it holds — its report, and the levels in
 * it, are those of the document it was first imported from, so no level mapping applies to it or is remembered.
 */
export const ImportPreview = PlanDoc.extend({ levelMapping: AppliedMapping.optional(), duplicates: z.array(SameSourcePlan).optional(), planFile: z.boolean().optional() });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** One entry of the audit log (written by the office server, plan-workbench serve): who, what, which plan, when, result. */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  /** The account's user name as it was then; null for a call without an account. */
  user: z.string().nullable(),
  /** The account's display name now (null: no such account, e.g. a failed login with an unknown name). */
  userName: z.string().nullable().optional(),
  method: z.string(),
  planId: z.string().nullable(),
  /** 'ok', or the error code the call answered (forbidden, conflict …). */
  result: z.string(),
  /** plan.share: with whom (user name, display name as it was then) and what access ('none': the share ended). */
  share: z.object({ username: z.string(), displayName: z.string().nullable(), access: z.enum(['read', 'edit', 'none']) }).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Every method: its input schema and (for documentation and tests) its output schema. */
export const METHODS = {
  /** Version, data folder, number of plans. */
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      plans: z.number().int(),
      host: z.string(),
      recovery: RecoveryState.optional(),
      /** True when the data folder cannot be written: list, search, compare and export work; edits answer 'read-only'. */
      readOnly: z.boolean().optional(),
    }),
  },
  /** All plans, newest first. */
  'library.list': { input: z.object({}).strict(), output: z.array(PlanSummary) },
  /**
   * Chinese full-text search with highlighted snippets. An empty query with a department filter lists the nodes that
   * department leads or works on, in plan order (no snippet marks); an empty query alone finds nothing.
   */
  'library.search': { input: z.object({ query: z.string().max(200), filters: SearchFilters.optional() }).strict(), output: z.array(SearchHit) },
  /** The plans opened most recently (library.opened), newest first, at most 8; deleted plans are left out. */
  'library.recent': { input: z.object({}).strict(), output: z.array(PlanSummary.extend({ openedAt: z.string() })) },
  /** Record that a plan was opened (the editor calls it): it moves to the front of library.recent. Nothing is stored in a read-only library. */
  'library.opened': { input: z.object({ id: Id }).strict(), output: z.object({ ok: z.literal(true) }) },
  /**
   * The library's order (its 排序 menu) kept for this user: in the library's settings on the desktop, per account on
   * the office server; null when never chosen. The renderer's localStorage copy is only the first paint's guess.
   */
  'library.sort': { input: z.object({}).strict(), output: z.object({ sort: LibrarySort.nullable() }) },
  /** Keep the library's order for this user (as library.opened: nothing is stored in a read-only library). */
  'library.setSort': { input: z.object({ sort: LibrarySort }).strict(), output: z.object({ sort: LibrarySort }) },
  /** All department names in the library (autocomplete). */
  'library.departments': { input: z.object({}).strict(), output: z.array(z.string()) },
  /**
   * Import a file without storing it: the plan and its import report, for the user to review. The importer runs
   * in a worker thread with memory and time limits (LIMITS.importMemoryMb, LIMITS.importTimeoutMs).
   */
  /**
   * `mapping`: the planner's correction of the document's levels (see LevelMapping; {} = as inferred). Without it,
   * the mapping remembered for the document's style (ImportReport.style) applies, and the answer's `levelMapping`
   * says so.
   */
  'plan.importPreview': { input: FileInput.extend({ jobId: ImportJobId.optional(), mapping: MappingInput.optional() }).strict(), output: ImportPreview },
  /**
   * Stop the import started with this jobId: its worker is terminated and the plan.importPreview call answers
   * ImportError 'cancelled'. `cancelled: false` when no such import is running (a jobId cancelled before its
   * import starts makes that import answer 'cancelled' at once).
   */
  'plan.importCancel': { input: z.object({ jobId: ImportJobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /**
   * Store a (previewed, possibly corrected) plan. One transaction. `levelMapping`: the level mapping the preview was
   * made with, remembered for documents of that style (an empty mapping forgets the remembered one).
   */
  'plan.importCommit': {
    input: z.object({ doc: PlanDoc, status: PlanStatus.optional(), levelMapping: z.object({ style: StyleSignature, mapping: MappingInput }).strict().optional() }).strict(),
    output: z.object({ id: z.string() }),
  },
  'plan.get': { input: z.object({ id: Id }).strict(), output: StoredPlan },
  /** Autosave: replace the plan's metadata and tree. Refused with code 'conflict' if baseRevision is stale. */
  'plan.save': { input: z.object({ id: Id, doc: PlanDoc, baseRevision: z.number().int() }).strict(), output: z.object({ revision: z.number().int(), updatedAt: z.string() }) },
  /**
   * Move the plan to the 回收站 (trash): out of every list, search, compare and read, kept whole (versions, reviews,
   * tokens, files) for plan.restore until plan.purge or the trash's age limit (trash.list's days) deletes it for good.
   */
  'plan.delete': { input: z.object({ id: Id }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Take a plan out of the trash, as it was deleted. 'not-found' when it is not in the trash. */
  'plan.restore': { input: z.object({ id: Id }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** 永久删除: delete a plan of the trash for good. 'not-found' when it is not in the trash. */
  'plan.purge': { input: z.object({ id: Id }).strict(), output: z.object({ ok: z.literal(true) }) },
  /**
   * The trash: its plans, most recently deleted first, each with when it was deleted and when it will be deleted for
   * good (`purgeAt`: `days` after); plans older than that are deleted for good first.
   */
  'trash.list': {
    input: z.object({}).strict(),
    output: z.object({ days: z.number().int(), plans: z.array(PlanSummary.extend({ trashedAt: z.string(), purgeAt: z.string() })) }),
  },
  /** How many days a deleted plan stays in the trash (1–3650; default 30). */
  'trash.setDays': { input: z.object({ days: z.number().int().min(1).max(3650) }).strict(), output: z.object({ days: z.number().int() }) },
  'plan.duplicate': { input: z.object({ id: Id, title: z.string().max(200).optional() }).strict(), output: z.object({ id: z.string() }) },
  'plan.setStatus': { input: z.object({ id: Id, status: PlanStatus }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** New plan from any plan in the library: its own period and target years shifted, district replaced, references to other documents kept and listed in meta.templateRefs, nodes marked unreviewed, basedOn set. */
  'plan.createFromTemplate': {
    input: z.object({
      templateId: Id,
      district: z.string().min(1).max(50),
      period: Period,
      mode: z.enum(['full', 'structure']),
      title: z.string().max(200).optional(),
    }).strict(),
    output: z.object({ id: z.string() }),
  },
  /** Blank plan from the built-in skeleton (总体要求 / 主要任务 / 保障措施). */
  'plan.createBlank': { input: z.object({ title: z.string().min(1).max(200), district: z.string().max(50), period: Period }).strict(), output: z.object({ id: z.string() }) },
  /** The plan as an official Word document (GB/T 9704-2012; cover, annexes, comments, font set as options). */
  'export.docx': { input: z.object({ id: Id, options: DocxOptions.optional() }).strict(), output: z.object({ fileName: z.string(), dataBase64: z.string() }) },
  /** The plan as Markdown (numbered headings, annex tables). */
  /** `annotations`: every annotation of the plan (all statuses, replies, entry anchors) as `<!-- 批注 … -->` blocks at the end, read back by the Markdown import. */
  'export.markdown': { input: z.object({ id: Id, annotations: z.boolean().optional() }).strict(), output: z.object({ fileName: z.string(), text: z.string(), annotations: z.number().int().optional() }) },
  /**
   * The Word document converted to PDF by LibreOffice; 'unavailable' (with how to install it) when it is missing. The
   * conversion's time limit grows with the plan (shared/export/pdf-time.ts); past it, on a failure or when cancelled
   * (`jobId`, export.cancel) LibreOffice is stopped and the answer is an error ('timeout', 'convert-failed',
   * 'cancelled') — no PDF is made.
   */
  'export.pdf': { input: z.object({ id: Id, options: DocxOptions.optional(), jobId: ImportJobId.optional() }).strict(), output: z.object({ fileName: z.string(), dataBase64: z.string() }) },
  /**
   * Stop the PDF export or page preview started with this jobId (it answers 'cancelled'); `cancelled: false` when none
   * runs (a cancel that overtook its job stops it when it starts).
   */
  'export.cancel': { input: z.object({ jobId: ImportJobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /**
   * The official document's pages as images (PNG, `dpi` dots per inch), laid out by LibreOffice from the Word file
   * export.docx makes with the same options: what a clerk would see after exporting. At most 200 pages
   * (`totalPages` is the document's count). 'unavailable' when LibreOffice or pdftoppm is missing — the client then
   * shows its own rendering of the GB/T 9704 page. LibreOffice's time limit is export.pdf's; with a `jobId`
   * export.cancel stops it (LibreOffice and pdftoppm killed, the answer 'cancelled').
   */
  'export.preview': {
    input: z.object({ id: Id, options: DocxOptions.optional(), jobId: ImportJobId.optional() }).strict(),
    output: z.object({ pages: z.array(z.object({ width: z.number().int(), height: z.number().int(), pngBase64: z.string() })), totalPages: z.number().int(), dpi: z.number().int() }),
  },
  /** What this machine can export: PDF needs LibreOffice (`reason` says why not). */
  'export.capabilities': { input: z.object({}).strict(), output: z.object({ pdf: z.boolean(), reason: z.string().optional() }) },
  /** Snapshots of a plan, newest first (named ones and automatic ones: before the first save after a quiet spell, at status changes). */
  'versions.list': { input: z.object({ planId: Id }).strict(), output: z.array(VersionSummarySchema) },
  /** A named snapshot of the plan as stored now. */
  'versions.create': { input: z.object({ planId: Id, name: z.string().min(1).max(100) }).strict(), output: VersionSummarySchema },
  'versions.get': { input: z.object({ planId: Id, versionId: z.number().int().min(1) }).strict(), output: VersionWithDoc },
  /** Two plans (usually of different districts) aligned by content, every pair diffed. Without `pins`, the pins stored for this pair apply. */
  'compare.plans': { input: z.object({ leftId: Id, rightId: Id, pins: Pins.optional() }).strict(), output: PlanComparisonSchema },
  /** Two versions of one plan by node id: a version number, 'basedOn' (the template it was made from), or 'current'. */
  'compare.versions': {
    input: z.object({ planId: Id, fromVersionId: z.union([VersionNumber, z.literal('basedOn')]), toVersionId: z.union([VersionNumber, z.literal('current')]) }).strict(),
    output: VersionDiffSchema,
  },
  /** Store the pinned / broken pairs for one plan pair (an empty list clears them). */
  'compare.pins.set': { input: z.object({ leftId: Id, rightId: Id, pins: Pins }).strict(), output: z.object({ ok: z.literal(true), pins: z.number().int() }) },
  /** The plans and tasks of the library closest to one plan's tasks. */
  'compare.similar': { input: z.object({ planId: Id, perTask: z.number().int().min(1).max(20).optional() }).strict(), output: SimilarSchema },
  /** The reviewer identity (name, department) that signs annotations and changes. */
  'prefs.get': { input: z.object({}).strict(), output: z.object({ identity: Person }) },
  'prefs.set': { input: z.object({ identity: Person }).strict(), output: z.object({ identity: Person }) },
  /** All annotations of a plan (every status), each with where its anchor is now; oldest first. */
  'review.list': { input: z.object({ planId: Id }).strict(), output: z.array(AnnotationView) },
  /** Comment on a node or a range of its heading/body; a suggestion carries the replacement text. Allowed in every status. */
  'review.add': {
    input: z.object({
      planId: Id,
      kind: z.enum(['comment', 'suggestion']),
      anchor: NewAnchor,
      body: z.string().max(20_000),
      replacement: z.string().max(20_000).optional(),
    }).strict(),
    output: AnnotationView,
  },
  'review.reply': { input: z.object({ planId: Id, annotationId: Id, body: z.string().min(1).max(20_000) }).strict(), output: AnnotationView },
  /** Edit a comment's text (and a suggestion's replacement). */
  'review.edit': { input: z.object({ planId: Id, annotationId: Id, body: z.string().max(20_000), replacement: z.string().max(20_000).optional() }).strict(), output: AnnotationView },
  /** Resolve / reopen a comment; reject a suggestion (or reopen it). */
  'review.setStatus': { input: z.object({ planId: Id, annotationId: Id, status: z.enum(['open', 'resolved', 'rejected']) }).strict(), output: AnnotationView },
  /**
   * Accept a suggestion: its range is replaced in the plan (a recorded change, new revision) and the suggestion marked
   * accepted. On an indicator, `indicator` says what accepting did to it (shared/review/fields.ts applyItemOutcome).
   */
  'review.accept': { input: z.object({ planId: Id, annotationId: Id, baseRevision: z.number().int() }).strict(), output: z.object({ revision: z.number().int(), annotation: AnnotationView, indicator: IndicatorOutcome.optional() }) },
  'review.delete': { input: z.object({ planId: Id, annotationId: Id }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Submit a draft for review: status 'review', a version snapshot, a new round that new annotations belong to. */
  'review.submit': { input: z.object({ planId: Id, name: z.string().max(100).optional() }).strict(), output: ReviewRound },
  /** End the open round: status back to 'draft'. */
  'review.close': { input: z.object({ planId: Id }).strict(), output: ReviewRound },
  'review.rounds': { input: z.object({ planId: Id }).strict(), output: z.array(ReviewRound) },
  /** The plan with its annotations (open ones, or all) as one review package file (.planreview, JSON). */
  'review.exportPackage': { input: z.object({ planId: Id, includeClosed: z.boolean().optional() }).strict(), output: z.object({ fileName: z.string(), dataBase64: z.string(), annotations: z.number().int() }) },
  /** Open a review package: a plan not in this library is stored (under review) with its annotations; for a plan already here the annotations are merged (by id; the plan text untouched; importing twice adds nothing). */
  'review.importPackage': { input: FileInput, output: MergeReport },
  /** Comments of a Word file (exported from here, annotated in Word/WPS) become annotations on the nodes whose text they mark. */
  'review.importWord': { input: z.object({ planId: Id, file: FileInput }).strict(), output: WordCommentsReport },
  /** Who changed what and when: the plan's history, newest first (only entries touching `nodeId` when given). */
  'history.list': { input: z.object({ planId: Id, nodeId: Id.optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(), output: z.array(HistoryEntry) },
  /** Put one node back as it was: before or after a history entry, or in a version snapshot. A recorded change (undo: restore again). */
  'history.restoreNode': {
    input: z.object({
      planId: Id,
      nodeId: Id,
      source: z.union([
        z.object({ seq: z.number().int().min(1), side: z.enum(['before', 'after']) }).strict(),
        z.object({ versionId: z.number().int().min(1) }).strict(),
      ]),
      baseRevision: z.number().int(),
    }).strict(),
    output: z.object({ revision: z.number().int() }),
  },
  /** The whole plan back to a version snapshot; a snapshot of the plan as it was is taken first (undoVersionId restores it). */
  'history.restorePlan': { input: z.object({ planId: Id, versionId: z.number().int().min(1), baseRevision: z.number().int() }).strict(), output: z.object({ revision: z.number().int(), undoVersionId: z.number().int() }) },
  /**
   * The audit log of the office server, newest first: one plan's entries (also after it was deleted), or all
   * (the server lets only admins ask without planId). `beforeSeq` pages back. Empty in a library never served.
   */
  'audit.list': {
    input: z.object({ planId: Id.optional(), limit: z.number().int().min(1).max(1000).optional(), beforeSeq: z.number().int().min(1).optional() }).strict(),
    output: z.array(AuditEntry),
  },
  /** Backups of the library, newest first. Also in recovery mode. */
  'backup.list': { input: z.object({}).strict(), output: z.array(BackupSummary) },
  /** Back up the library now (SQLite online backup), then apply retention. */
  'backup.create': { input: z.object({}).strict(), output: BackupSummary },
  /**
   * Replace the library with a backup (checked first: integrity and schema version). The current library is backed up
   * first ('pre-restore'); in recovery mode the damaged file is moved aside (library.sqlite.corrupt-<time>) instead.
   * The client reloads afterwards.
   */
  'backup.restore': {
    input: z.object({ name: z.string().min(1).max(200) }).strict(),
    output: z.object({ restored: z.string(), safetyBackup: z.string().nullable(), movedAside: z.array(z.string()), plans: z.number().int() }),
  },
} as const;

export type Methods = typeof METHODS;
export type { MethodName } from './methods';
export { METHOD_NAMES } from './methods';
export type Input<K extends MethodName> = z.input<Methods[K]['input']>;
export type Output<K extends MethodName> = z.infer<Methods[K]['output']>;
/** Compile-time: the zod-free list in ./methods names exactly the methods of METHODS (no more, no fewer). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListMatches: Same<keyof Methods, MethodName> = true;
void methodListMatches;

/** What a host implements: one async handler per method. */
export type Handlers = { [K in MethodName]: (input: z.infer<Methods[K]['input']>) => Promise<Output<K>> };

/** What the renderer calls. */
export interface ApiTransport {
  call<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>>;
}

/**
 * Something that went wrong after a call's write was committed (docs/reliability.md › An error never hides a
 * committed write): the call answers ok with its result, and the page shows the warning's message (the write stands;
 * retrying it would write it twice).
 */
export interface CallWarning {
  code: string;
  /** In the user's words: what was done, and what was not. */
  message: string;
  details?: Record<string, unknown>;
}

/** How a result or an error travels over IPC/HTTP. */
export type Envelope<T> = { ok: true; result: T; warnings?: CallWarning[] } | { ok: false; error: ErrorShape };
