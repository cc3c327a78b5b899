/**
 * Review exchange: review packages (.planreview: the plan and its annotations, for a reviewer on another machine
 * and back) and Word comments (out with the export, in from a reviewer's .docx). Packages open a plan that is not
 * here or merge into the one that is (annotations by id, the plan text never touched); Word comments become
 * annotations, recognised when they come back. Package model and Word reading: shared/review.
 */
import crypto from 'node:crypto';
import { AppError, LIMITS } from '../../../shared/errors.js';
import { PlanDoc } from '../../../shared/model/plan.js';
import {
  Annotation as AnnotationSchema,
  NOBODY,
  REVIEW_PACKAGE_FORMAT,
  ReviewPackage,
  type Annotation,
  type AnnotationView,
  type MergeReport,
  type Person,
  type WordCommentsReport,
} from '../../../shared/review/model.js';
import { indexNodes, makeAnchor, resolveAnchor } from '../../../shared/review/anchor.js';
import { SUGGESTION_LABEL, locateComment, readWordComments } from '../../../shared/review/word.js';
import { isItemField } from '../../../shared/review/model.js';
import { itemLabelLine, itemOfQuote, itemTexts, printedItem, readItemLabel } from '../../../shared/review/fields.js';
import { readFieldLine } from '../../../shared/importer/public.js';
import { walk } from '../../../shared/model/plan.js';
import { cnText } from '../../../shared/export/text.js';
import type { ExportComment } from '../../../shared/export/options.js';
import { localDay, reviewPackageFileName } from '../../../shared/export/filename.js';
import { checkDoc } from '../checks.js';
import { MAX_QUOTE, newId, type ReviewContext } from './context.js';
import type { ReviewAnnotations } from './annotations.js';
import type { ReviewHistory } from './history.js';
import type { ReviewPrefs } from './prefs.js';
import type { ReviewRounds } from './rounds.js';

/**
 * The text a Word comment carries for an annotation (body; with `withReplies` the replies as lines, as exports before
 * real Word replies wrote them — still recognised on import; on an entry of a list field, the label line
 * 〔牵头单位：区科委〕 last — shared/review/fields.ts): also how a re-imported export is recognised.
 */
export function exportText(a: Pick<Annotation, 'kind' | 'body' | 'replies'> & Partial<Pick<Annotation, 'anchor' | 'replacement'>>, withReplies = true): string {
  // (a suggestion's comment opens with 建议修改: a Word reader sees what the tracked change is, and the import knows
  // the comment the change belongs to — shared/review/word.ts)
  const head = a.kind === 'suggestion' ? (a.body.trim() ? `${SUGGESTION_LABEL}：${a.body.trim()}` : SUGGESTION_LABEL) : a.body.trim() || '批注';
  const label = a.anchor && isItemField(a.anchor.field) ? [itemLabelLine(a.anchor.field, a.anchor.start, a.anchor.quote, a.kind === 'suggestion' ? a.replacement : null)] : [];
  return [head, ...(withReplies ? a.replies.map((r) => `回复(${r.author.name}):${r.body}`) : []), ...label].join('\n');
}
const signed = (p: Person): string => [p.name, p.department].filter(Boolean).join(' · ');
/**
 * A Word comment's author as a person: 姓名 · 部门 as the export signs comments and replies comes back as that name and
 * department (it came back as a name 李审核 · 县发展改革局 with no department — not the reviewer's own comment in
 * another library, another reviewer in the filter); any other author is a name.
 */
function wordAuthor(raw: string): Person {
  const s = raw.trim();
  const m = /^(.+?) · (.+)$/.exec(s);
  if (m && m[1].trim() && m[1].trim().length <= 50 && m[2].trim().length <= 100) return { name: m[1].trim(), department: m[2].trim() };
  return { name: s.slice(0, 50) || 'Word 批注', department: '' };
}
/** An annotation's replies as Word replies (signed as the comments are). */
const wordReplies = (a: Annotation): { replies?: { author: string; date: string; text: string }[] } =>
  a.replies.length ? { replies: a.replies.map((r) => ({ author: signed(r.author) || NOBODY.name, date: r.createdAt, text: r.body })) } : {};
const normLines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('\n');

export class ReviewExchange {
  constructor(
    private readonly cx: ReviewContext,
    private readonly prefs: ReviewPrefs,
    private readonly annotations: ReviewAnnotations,
    private readonly rounds: ReviewRounds,
    private readonly history: ReviewHistory,
  ) {}

  // --- review package -------------------------------------------------------------------------------------

  async exportPackage(planId: string, includeClosed: boolean): Promise<{ fileName: string; bytes: Uint8Array; annotations: number }> {
    const { id: _id, ...doc } = await this.cx.plans.getPlan(planId);
    const annotations = (await this.annotations.list(planId))
      .filter((a) => includeClosed || a.status === 'open')
      .map(({ resolved: _r, ...a }) => a);
    const open = await this.rounds.open(planId);
    const pkg: ReviewPackage = {
      format: REVIEW_PACKAGE_FORMAT,
      exportedAt: this.cx.stamp(),
      exportedBy: await this.prefs.identity(),
      planId,
      revision: await this.cx.plans.revisionOf(planId),
      round: open,
      plan: { ...doc, id: planId },
      annotations,
    };
    const fileName = reviewPackageFileName(doc.meta, localDay(this.cx.now()));
    return { fileName, bytes: new TextEncoder().encode(JSON.stringify(pkg, null, 1)), annotations: annotations.length };
  }

  /** Open (plan not here) or merge (plan here) a review package. Annotations merge by id; the plan text is never touched when merging. */
  async importPackage(fileName: string, bytes: Uint8Array): Promise<MergeReport> {
    const bad = (reason: string, en: string, extra: Record<string, unknown> = {}) =>
      new AppError('invalid-package', `${fileName} 不是有效的审阅包:${reason}`, { fileName, ...extra, en: `${fileName} is not a valid review package: ${en}` });
    if (bytes.length > LIMITS.maxImportBytes) throw bad('文件过大', 'too large', { bytes: bytes.length, limit: LIMITS.maxImportBytes });
    let raw: unknown;
    try {
      raw = packageJson(bytes);
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

    return this.cx.db.transaction(async (): Promise<MergeReport> => {
      let mode: MergeReport['mode'] = 'merged';
      // the same package opened twice at once: the second waits and merges (SQLite's write lock does this by itself)
      if (this.cx.db.kind === 'postgres') await this.cx.db.sql.run(`SELECT pg_advisory_xact_lock(hashtext(?))`, [planId]);
      if (!(await this.cx.plans.hasPlan(planId))) {
        let taken: Annotation | undefined;
        for (const a of pkg.annotations) if (!taken && (await this.annotations.exists(a.id))) taken = a;
        if (taken) throw bad(`批注 ${taken.id} 已属于资料库中的另一个规划`, `annotation ${taken.id} already belongs to another plan`);
        const { id: _id, ...doc } = plan.data;
        await this.cx.plans.addPlan(doc, { id: planId, status: 'review' });
        mode = 'opened';
        // The round the package belongs to (or one for this package), so that the review can be ended here.
        const r = pkg.round ?? { round: 1, name: `审阅包 ${fileName.slice(0, 60)}`, startedAt: this.cx.stamp(), startedBy: pkg.exportedBy };
        const v = await this.cx.versions.createVersion(planId, `审阅包:${r.name}`, 'auto', `review-package:${r.round}`);
        await this.rounds.insert(planId, { round: r.round, name: r.name, versionId: v.versionId, startedAt: r.startedAt, startedBy: r.startedBy });
        await this.history.record(planId, 'create', `打开审阅包 ${fileName}(${pkg.exportedBy.name || '未署名'} 导出)`, await this.cx.plans.revisionOf(planId), [], false);
      } else {
        await this.cx.db.lockPlan(planId);
      }
      const doc = await this.cx.plans.getPlan(planId);
      const index = indexNodes(doc);
      const report: MergeReport = { planId, mode, added: 0, updated: 0, unchanged: 0, orphaned: 0 };
      for (const incoming of pkg.annotations) {
        const local = await this.annotations.find(planId, incoming.id);
        if (!local) {
          if (await this.annotations.exists(incoming.id)) throw bad(`批注 ${incoming.id} 已属于资料库中的另一个规划`, `annotation ${incoming.id} already belongs to another plan`);
          let a: Annotation = { ...incoming, origin: incoming.origin ?? { kind: 'package', fileName, ref: pkg.exportedAt } };
          if (mode === 'merged' && a.status === 'accepted') a = reopenAccepted(a);
          await this.annotations.write(a, true);
          report.added++;
          if (resolveAnchor(doc, a.anchor, index).state === 'orphaned') report.orphaned++;
          continue;
        }
        const merged = mergeAnnotation(local, incoming);
        if (JSON.stringify(merged) === JSON.stringify(local)) report.unchanged++;
        else {
          await this.annotations.write(merged);
          report.updated++;
        }
      }
      if (report.added || report.updated) {
        await this.history.record(planId, 'merge', `合并审阅包 ${fileName}:新增 ${report.added} 条、更新 ${report.updated} 条批注`, await this.cx.plans.revisionOf(planId), [], false);
      }
      return report;
    });
  }

  // --- annotations of an imported plan (plan JSON, Markdown) --------------------------------------------------

  /**
   * Store the annotations an imported exchange file carried (PlanDoc.annotations) on the plan just created from it,
   * inside the caller's transaction. Node ids are the file's, so anchors hold; one whose node or quote is gone is
   * kept and listed as changed or orphaned (resolveAnchor), never dropped. Each keeps its kind, author, times, text,
   * status (an accepted suggestion stays accepted: the file's text already holds its replacement), replies and
   * anchor; its `round` is cleared, since rounds are this library's own (the file holds no round, and a draft
   * submitted here counts its rounds afresh). An id already used in this library gets a fresh one.
   */
  async importAnnotations(planId: string, incoming: readonly Annotation[]): Promise<{ added: number; orphaned: number }> {
    if (!incoming.length) return { added: 0, orphaned: 0 };
    const doc = await this.cx.plans.getPlan(planId);
    const index = indexNodes(doc);
    const used = new Set<string>();
    let orphaned = 0;
    for (const a of incoming) {
      const id = used.has(a.id) || (await this.annotations.exists(a.id)) ? newId('a_') : a.id;
      used.add(id);
      const stored: Annotation = { ...a, id, planId, round: null };
      await this.annotations.write(stored, true);
      if (resolveAnchor(doc, stored.anchor, index).state === 'orphaned') orphaned++;
    }
    return { added: incoming.length, orphaned };
  }

  // --- Word comments --------------------------------------------------------------------------------------

  /** Open annotations as Word comments for the export (suggestions as tracked changes), anchored where they are now. */
  async exportComments(planId: string): Promise<ExportComment[]> {
    const doc = await this.cx.plans.getPlan(planId);
    const index = indexNodes(doc);
    /** Which occurrence of its text in its field a resolved anchor is (0 = the first). */
    const occurrenceAt = (r: AnnotationView['resolved']): number => {
      const node = index.get(r.nodeId)?.node;
      const text = node ? (r.field === 'heading' ? node.heading : node.body) : '';
      let n = 0;
      for (let i = text.indexOf(r.text); i >= 0 && i < r.start; i = text.indexOf(r.text, i + 1)) n++;
      return n;
    };
    return (await this.annotations.list(planId, doc))
      .filter((a) => a.status === 'open' && a.resolved.state !== 'orphaned')
      .map((a) => {
        const author = [a.author.name, a.author.department].filter(Boolean).join(' · ') || NOBODY.name;
        const r = a.resolved;
        if (isItemField(r.field)) {
          // an entry: its comment on where the node's paragraphs print it (else on the node's text), the label line
          // saying which entry; a suggestion on a department or an indicator as a tracked change of those words
          const node = index.get(r.nodeId)?.node;
          const printed = node ? printedItem(node, r.field, r.start) : null;
          const tracked = a.kind === 'suggestion' && a.replacement !== null && r.state === 'ok' && r.field !== 'milestones' && !!printed && !!a.replacement.trim();
          return {
            nodeId: r.nodeId,
            quote: printed || undefined,
            entry: { field: r.field, index: r.start },
            author,
            date: a.createdAt,
            text: exportText({ ...a, anchor: { ...a.anchor, field: r.field, start: r.start } }, false),
            ...(tracked ? { replacement: a.replacement! } : {}),
            ...wordReplies(a),
          };
        }
        return {
          nodeId: r.nodeId,
          quote: r.text || undefined,
          ...(r.text && r.field !== 'node' ? { field: r.field as 'heading' | 'body', occurrence: occurrenceAt(r) } : {}),
          author,
          date: a.createdAt,
          text: exportText(a, false),
          ...(a.kind === 'suggestion' && a.replacement !== null && r.state !== 'changed' && r.text ? { replacement: a.replacement } : {}),
          ...wordReplies(a),
        };
      });
  }

  async importWord(planId: string, fileName: string, bytes: Uint8Array): Promise<WordCommentsReport> {
    const doc = await this.cx.plans.getPlan(planId);
    const comments = readWordComments(bytes, fileName);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const report: WordCommentsReport = { planId, comments: comments.length, added: 0, skipped: 0, unmatched: [] };
    return this.cx.db.transaction(async () => {
      await this.cx.db.lockPlan(planId);
      const existing = await this.annotations.all(planId);
      const byRef = new Map(existing.filter((a) => a.origin?.kind === 'docx').map((a) => [a.origin!.ref, a]));
      const byCommentId = new Map<string, Annotation>();
      const index = indexNodes(doc);
      const roundNow = (await this.rounds.open(planId))?.round ?? null;
      // Threads: top-level comments first, then replies in document order.
      const ordered = [...comments.filter((c) => !c.parentId), ...comments.filter((c) => c.parentId)];
      for (const c of ordered) {
        const ref = `${sha}:${c.id}`;
        const author = wordAuthor(c.author);
        const date = isIsoDate(c.date) ? new Date(c.date).toISOString() : this.cx.stamp();
        if (c.parentId) {
          const parent = byCommentId.get(c.parentId);
          if (parent) {
            const fresh = await this.annotations.get(planId, parent.id);
            // (a reply exported from here is signed 姓名 · 部门)
            if (fresh.replies.some((r) => signed(r.author) === signed(author) && normLines(r.body) === normLines(c.text))) {
              report.skipped++;
              continue;
            }
            const updated = { ...fresh, replies: [...fresh.replies, { id: newId('r_'), author, body: c.text.slice(0, 20_000), createdAt: date }], updatedAt: this.cx.stamp() };
            await this.annotations.write(updated);
            byCommentId.set(c.id, updated);
            report.added++;
            continue;
          }
        }
        const place = locateComment(doc, c);
        // a comment on an entry of a list field (exported from here: its label line says which)
        const label = readItemLabel(c.text);
        const item = label ? itemAnchorOf(doc, index, place?.nodeId ?? null, label, c.row, c.above) : place && place.field === 'body' ? fieldLineItem(doc, index, place) : null;
        // the nodes the comment stands on: where its words are, and the entry's node (an annex cell's comment is in a
        // table the text search does not place; its row names the task)
        const on = [place?.nodeId, item?.nodeId].filter((x): x is string => !!x);
        // Imported before from this file, or exported from here (same author as written by the export, same text, same place).
        // (a reviewer's tracked change without a comment has no text to know it by: only by this file's ref)
        const known =
          byRef.get(ref) ??
          (c.tracked ? undefined : existing.find((a) => {
            const signed = [a.author.name, a.author.department].filter(Boolean).join(' · ');
            if (c.author.trim() !== signed && c.author.trim() !== a.author.name) return false;
            const t = normLines(c.text);
            if (normLines(exportText(a, false)) !== t && normLines(exportText(a)) !== t && normLines(a.body) !== t) return false;
            if (!on.length) return a.anchor.nodeId === '' && a.anchor.quote === c.quote.slice(0, MAX_QUOTE);
            const now = resolveAnchor(doc, a.anchor, index);
            return on.includes(now.nodeId) || on.includes(a.anchor.nodeId);
          }));
        if (known) {
          byCommentId.set(c.id, known);
          report.skipped++;
          continue;
        }
        let anchor: Annotation['anchor'];
        if (item) {
          anchor = item;
        } else if (place) {
          const quote = place.quote.slice(0, MAX_QUOTE); // a comment over a whole long paragraph: its beginning
          anchor = makeAnchor(doc, { ...place, quote, end: place.start + quote.length }, index);
        } else {
          anchor = { nodeId: '', field: 'node', quote: c.quote.slice(0, 5000), start: 0, prefix: '', suffix: '', path: [] };
        }
        // a comment over tracked changes (a suggestion exported from another library, a reviewer's replacement in Word):
        // a suggestion of the text inserted for the marked text, to accept or reject here
        const itemReplacement = item ? (label ? (item.field !== 'milestones' && c.replacement !== undefined ? c.replacement : label.replacement ?? c.replacement) : c.replacement) : undefined;
        const suggests = item ? itemReplacement !== undefined && itemReplacement !== null : c.replacement !== undefined && !!place && place.field !== 'node' && !!place.quote;
        const replacement = item ? itemReplacement ?? null : c.replacement ?? null;
        // a tracked change with no comment and no place in the plan: kept as an orphaned comment that says what it changed
        const text = label ? label.text : c.tracked && !suggests ? `Word 修订:${c.quote} → ${c.replacement ?? ''}` : c.text;
        const a: Annotation = {
          id: newId('a_'),
          planId,
          kind: suggests ? 'suggestion' : 'comment',
          anchor,
          author,
          body: c.tracked && suggests ? '' : (suggests ? text.replace(new RegExp(`^${SUGGESTION_LABEL}[：:]?\\s*`), '') : text).slice(0, 20_000) || (suggests ? SUGGESTION_LABEL : '(空批注)'),
          replacement: suggests ? replacement!.slice(0, 20_000) : null,
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
        await this.annotations.write(a, true);
        byCommentId.set(c.id, a);
        report.added++;
        if (!place && !item) report.unmatched.push({ author: signed(author), text: a.body, quote: c.quote, annotationId: a.id });
      }
      if (report.added) await this.history.record(planId, 'annotation', `导入 Word 批注 ${fileName}:${report.added} 条(未匹配 ${report.unmatched.length} 条)`, await this.cx.plans.revisionOf(planId), [], false);
      return report;
    });
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

/** A review package's JSON, decoded as importPackage decodes it (UTF-8, a leading BOM dropped); throws when unreadable. */
export function packageJson(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/**
 * The plan id a review package names, read exactly as importPackage reads it (the office server checks the caller's
 * rights on that plan before the core merges the package); null when the file cannot be read or names none.
 */
export function packagePlanId(bytes: Uint8Array): string | null {
  try {
    const raw = packageJson(bytes) as { planId?: unknown } | null;
    return typeof raw?.planId === 'string' ? raw.planId : null;
  } catch {
    return null;
  }
}

/**
 * The anchor of a Word comment whose label line names an entry (〔牵头单位：区科委〕): in the node the comment stands
 * in, else the only node with that entry; the entry found there as written, else (edited since) recorded as the label
 * says, to show as changed or orphaned. Null when no node has such a field entry and the comment stands in none.
 */
function itemAnchorOf(doc: PlanDoc, index: ReturnType<typeof indexNodes>, nodeId: string | null, label: NonNullable<ReturnType<typeof readItemLabel>>, row?: string[], above?: string[]): Annotation['anchor'] | null {
  const quote = label.quote.slice(0, 5000);
  let id = nodeId;
  const holding = [...walk(doc.nodes)].filter(({ node }) => itemTexts(node, label.field).includes(quote)).map(({ node }) => node);
  // in an annex row: the node the row names (its heading in a cell of the row), whatever text the quote matched
  let named = row ? holding.filter((n) => n.heading.trim() && row.some((c) => c.includes(cnText(n.heading.trim())))) : [];
  // (a row of 附表2 that prints one target stated on two nodes — a goal section's and a task's, "（五）发展目标；重点任务15：
  // 智慧健康" — names both: the entry the label counts (第2项) where only one has it there, else the node that carries the
  // target, as a task does)
  if (named.length > 1 && label.index !== null) {
    const at = named.filter((n) => itemTexts(n, label.field)[label.index!] === quote);
    if (at.length) named = at;
  }
  if (named.length > 1) {
    const carrying = named.filter((n) => n.kind === 'task' || n.kind === 'item' || n.kind === 'box');
    if (carrying.length === 1) named = carrying;
  }
  // (not in a row, several nodes with the entry, the comment in none of their texts — a 牵头单位：… line the export
  // printed from the fields, which the text does not hold: 52, 87 —: the one whose heading is the nearest above it)
  if (!named.length && holding.length > 1 && !holding.some((n) => n.id === id) && above) {
    for (const p of above) {
      const t = p.trim();
      const under = holding.filter((n) => n.heading.trim() && t.endsWith(cnText(n.heading.trim())));
      if (under.length) { if (under.length === 1) named = under; break; }
    }
  }
  if (named.length === 1) id = named[0].id;
  else if (!id || !holding.some((n) => n.id === id)) id = holding.length === 1 ? holding[0].id : id;
  if (!id || !index.has(id)) return null;
  const node = index.get(id)!.node;
  const list = itemTexts(node, label.field);
  const i = label.index !== null && list[label.index] === quote ? label.index : list.indexOf(quote);
  if (i >= 0) return makeAnchor(doc, { nodeId: id, field: label.field, start: i, end: i + 1, quote }, index);
  return { nodeId: id, field: label.field, quote, start: label.index ?? 0, prefix: '', suffix: '', path: index.get(id)!.path.map((p) => p.id).slice(-50) };
}

/**
 * A reviewer's comment in Word on an entry of a field line (责任单位：A、B; 年度节点：…; 指标：…) — the marked text is one
 * entry of the node as written: anchored on that entry. Null otherwise (a comment on the text).
 */
function fieldLineItem(doc: PlanDoc, index: ReturnType<typeof indexNodes>, place: { nodeId: string; start: number; quote: string }): Annotation['anchor'] | null {
  const node = index.get(place.nodeId)?.node;
  if (!node) return null;
  const lineStart = node.body.lastIndexOf('\n', place.start - 1) + 1;
  const lineEnd = node.body.indexOf('\n', place.start);
  if (!readFieldLine(node.body.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return null;
  const hit = itemOfQuote(node, place.quote);
  return hit ? makeAnchor(doc, { nodeId: node.id, field: hit.field, start: hit.index, end: hit.index + 1, quote: '' }, index) : null;
}
