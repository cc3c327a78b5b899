/**
 * The office server's access checks for one API call (electron/server/server.ts calls them): the caller's role
 * against the method's rule, every plan the input names against the caller's rights on it (a plan the caller may not
 * read answers exactly as a missing one), and lists filtered to the plans the caller may read; for the methods that
 * change one annotation, the caller's rights on it (its author, the plan's editors: permissions.ts `annotation`), and
 * for a review package, that it changes no other account's annotation text.
 */
import type { AuditEntry, MethodName, PlanRights, PlanSharing, PlanSummary, StoredPlan } from '../../shared/api/contract.js';
import type { ErrorShape } from '../../shared/errors.js';
import { decodeBase64 } from '../core/handlers/context.js';
import { mergeAnnotation, packageJson, packagePlanId } from '../core/review/exchange.js';
import { ReviewPackage, type Annotation } from '../../shared/review/model.js';
import { canOwn, canRead, canWrite, type Caller, type PlanAccess, type PlanFacts } from './access.js';
import { METHOD_RULES, SERVER_RULES, type PlanNeed, type Rule } from './permissions.js';
import type { PersonalStore } from './personal.js';

const ID_KEYS_PRIMARY = ['id', 'planId'] as const;
const ID_KEYS_READ = ['leftId', 'rightId', 'templateId'] as const;

/** The answer for a plan that is missing or that the caller may not read (the same for both). */
export const notFound = (id: string): ErrorShape => ({ code: 'not-found', message: `找不到规划 ${id}`, details: { id, en: `No plan with id ${id} in the library.` } });
const ROLE_NAMES: Record<string, string> = { planner: '规划', reviewer: '审核', clerk: '文书', admin: '管理员' };

/** Does the plan side of a rule let the caller act on a plan with these facts (the checks of planFacts below)? */
function needMet(need: PlanNeed, c: Caller, f: PlanFacts): boolean {
  if (!canRead(c, f)) return false;
  if (need === 'write') return canWrite(c, f);
  if (need === 'own') return canOwn(c, f);
  return true;
}
const allowedBy = (rule: Rule, c: Caller, f: PlanFacts) => rule.roles.includes(c.role) && needMet(rule.plan, c, f);
/** Whether the caller may share the plan: who may also see with whom it is shared (planSharing, the audit). */
export const mayShare = (c: Caller, f: PlanFacts) => allowedBy(SERVER_RULES['plan.share'], c, f);

/**
 * What the caller may do with one plan (PlanRights, sent with library.list and plan.get): the rules of the methods
 * themselves, applied as the checks of each call apply them — not a second copy of the rules.
 */
export function planRights(c: Caller, f: PlanFacts): PlanRights {
  return {
    edit: allowedBy(METHOD_RULES['plan.save'], c, f),
    delete: allowedBy(METHOD_RULES['plan.delete'], c, f),
    share: mayShare(c, f),
    copy: allowedBy(METHOD_RULES['plan.duplicate'], c, f) && allowedBy(METHOD_RULES['plan.createFromTemplate'], c, f),
  };
}

/**
 * Who owns the plan and how it is shared, for this caller (PlanSharing, with `may`): the owner's name (a district's
 * plan has none), whether it is shared with the caller and how; the number of accounts it is shared with only for
 * those who may share it (the others have no business counting them).
 */
export function planSharing(c: Caller, f: PlanFacts): PlanSharing {
  const out: PlanSharing = { owner: f.ownerName ?? null, mine: f.ownerId !== null && f.ownerId === c.id, sharedToMe: f.share };
  if (mayShare(c, f)) out.sharedWith = f.shareCount ?? 0;
  return out;
}

export class Refusal extends Error {
  constructor(readonly shape: ErrorShape) {
    super(shape.message);
  }
}
export const refuse = (shape: ErrorShape): never => {
  throw new Refusal(shape);
};

const ANNOTATION_REFUSALS: Record<NonNullable<Rule['annotation']>, { message: string; en: string }> = {
  edit: { message: '只能修改自己添加的批注', en: 'Only its author (or an admin) may edit an annotation.' },
  delete: { message: '只能删除自己添加的批注', en: 'Only its author (or an admin) may delete an annotation.' },
  status: { message: '只有批注的作者或可以修改这份规划的人可以更改批注的状态', en: "Only the annotation's author or an editor of the plan may change its status." },
};

/** The checks of one server, over its plan access table and its record of annotation authors. */
export function createGuard(access: PlanAccess, authors?: PersonalStore) {
  function checkRole(rule: Rule, caller: Caller): void {
    if (!rule.roles.includes(caller.role)) {
      refuse({ code: 'forbidden', message: `当前账户(${ROLE_NAMES[caller.role]})无权执行此操作`, details: { role: caller.role, en: 'Your role may not do this.' } });
    }
  }

  /** The plan's facts when the caller has `need` on it; else not-found (cannot read) or forbidden (can read, not edit). */
  async function planFacts(planId: string, caller: Caller, need: 'read' | 'write' | 'own'): Promise<PlanFacts | null> {
    const f = await access.facts(planId, caller);
    if (!f) return null; // missing: the core answers not-found itself
    if (!canRead(caller, f)) refuse(notFound(planId));
    if (need === 'write' && !canWrite(caller, f)) refuse({ code: 'forbidden', message: '没有修改这份规划的权限', details: { id: planId, en: 'You may not change this plan.' } });
    if (need === 'own' && !canOwn(caller, f)) refuse({ code: 'forbidden', message: '只有规划的创建人或管理员可以这样做', details: { id: planId, en: 'Only the owner or an admin may do this.' } });
    return f;
  }

  /** Check every plan the input names; returns the plan id to audit when it differs from the input's (packages). */
  async function authorizePlans(m: MethodName, rule: Rule, data: Record<string, unknown>, caller: Caller): Promise<string | null> {
    const filters = data.filters as { planId?: unknown } | undefined;
    if (m === 'library.search' && typeof filters?.planId === 'string') await planFacts(filters.planId, caller, 'read');
    if (rule.plan === 'none') return null;
    if (rule.plan === 'audit') {
      if (typeof data.planId === 'string') {
        // a deleted plan's entries stay: only admins read them (nobody else can be shown to have had the right)
        if (await access.exists(data.planId)) await planFacts(data.planId, caller, 'read');
        else if (caller.role !== 'admin') refuse(notFound(data.planId));
      } else if (caller.role !== 'admin') refuse({ code: 'forbidden', message: '只有管理员可以查看全部审计记录', details: { en: 'Only admins may read the whole audit log.' } });
      return null;
    }
    if (rule.plan === 'package') {
      // the id as the core will read it (its base64 decoding, a BOM, invisible characters and all); a package without
      // one is refused here
      const bytes = decodeBase64(String(data.dataBase64), String(data.fileName ?? ''));
      const id = packagePlanId(bytes);
      if (id === null) refuse({ code: 'invalid-package', message: '不是有效的审阅包:读不出其中的规划编号', details: { en: 'Not a review package: no plan id can be read from it.' } });
      if (await planFacts(id!, caller, 'write')) await checkPackageMerge(id!, bytes, caller);
      return id;
    }
    for (const k of ID_KEYS_PRIMARY) if (typeof data[k] === 'string') await planFacts(data[k] as string, caller, rule.plan === 'read' ? 'read' : rule.plan);
    if (rule.annotation && typeof data.planId === 'string' && typeof data.annotationId === 'string') {
      const f = await access.facts(data.planId, caller);
      if (f) await checkAnnotation(rule.annotation, f, data.annotationId, caller);
    }
    for (const k of ID_KEYS_READ) if (typeof data[k] === 'string') await planFacts(data[k] as string, caller, 'read');
    // compare.versions against the template: the template is whatever id the plan's meta.basedOn holds (a writer
    // chooses it), so the caller must be able to read that plan too
    if (m === 'compare.versions' && data.fromVersionId === 'basedOn' && typeof data.planId === 'string') {
      const base = await access.basedOn(data.planId);
      if (base) await planFacts(base, caller, 'read');
    }
    return null;
  }

  /** The caller's right to change one annotation of a plan they may read (permissions.ts `annotation`). */
  async function checkAnnotation(kind: NonNullable<Rule['annotation']>, f: PlanFacts, annotationId: string, caller: Caller): Promise<void> {
    if (caller.role === 'admin' || !authors) return;
    const a = await authors.annotationAuthor(f.id, annotationId);
    if (!a) return; // no such annotation in this plan: the core answers not-found
    const editor = canWrite(caller, f);
    const allowed = a.userId === caller.id || (kind === 'status' && editor) || (kind === 'delete' && a.userId === null && editor);
    if (!allowed) {
      const r = ANNOTATION_REFUSALS[kind];
      refuse({ code: 'forbidden', message: r.message, details: { annotationId, en: r.en } });
    }
  }

  /**
   * A review package merged into a plan of the library (the caller may edit it, which lets them set statuses): it may
   * add annotations and replies, but not change the text of an annotation another account added — what the core's
   * merge would make of each one (mergeAnnotation) is compared with what is stored.
   */
  async function checkPackageMerge(planId: string, bytes: Uint8Array, caller: Caller): Promise<void> {
    if (caller.role === 'admin' || !authors) return;
    const others = new Map<string, Annotation>();
    for (const r of await authors.authoredAnnotations(planId)) {
      if (r.userId === caller.id) continue;
      const a = JSON.parse(r.data) as Annotation;
      others.set(a.id, a);
    }
    if (!others.size) return;
    let raw: unknown;
    try {
      raw = packageJson(bytes);
    } catch {
      return; // the core refuses it
    }
    const pkg = ReviewPackage.safeParse(raw);
    if (!pkg.success) return; // the core refuses it
    for (const incoming of pkg.data.annotations) {
      const local = others.get(incoming.id);
      if (!local) continue;
      const merged = mergeAnnotation(local, incoming);
      if (merged.body !== local.body || merged.replacement !== local.replacement) {
        refuse({ code: 'forbidden', message: `审阅包会修改其他人添加的批注 ${incoming.id},只有作者本人或管理员可以修改`, details: { annotationId: incoming.id, en: "The package changes the text of another account's annotation." } });
      }
    }
  }

  async function filterResult(m: MethodName, result: unknown, caller: Caller): Promise<unknown> {
    if (m === 'library.list') {
      // the plans the caller may read, each with what the caller may do with it
      const facts = await access.allFacts(caller);
      const out: PlanSummary[] = [];
      for (const p of result as PlanSummary[]) {
        const f = facts.get(p.id);
        if (f && canRead(caller, f)) out.push({ ...p, may: planRights(caller, f), sharing: planSharing(caller, f) });
      }
      return out;
    }
    if (m === 'trash.list') {
      // the trash's plans the caller may delete (plan.delete's rule: restore and delete for good follow it)
      const facts = await access.allFacts(caller);
      const r = result as { days: number; plans: PlanSummary[] };
      return { ...r, plans: r.plans.filter((p) => { const f = facts.get(p.id); return !!f && canOwn(caller, f); }) };
    }
    const readable = await access.readable(caller);
    if (readable === 'all') return result;
    const ok = (id: string) => readable.has(id);
    switch (m) {
      case 'library.recent':
        return (result as Array<{ id: string }>).filter((p) => ok(p.id));
      case 'library.search':
        return (result as Array<{ planId: string }>).filter((h) => ok(h.planId));
      case 'compare.similar': {
        const r = result as { planId: string; plans: Array<{ planId: string }>; tasks: Array<{ matches: Array<{ planId: string }> }> };
        return { ...r, plans: r.plans.filter((p) => ok(p.planId)), tasks: r.tasks.map((t) => ({ ...t, matches: t.matches.filter((x) => ok(x.planId)) })) };
      }
      case 'app.info':
        // The server's folder is the admin's business; the count is of the plans this account can see.
        return { ...(result as object), dataDir: '', plans: readable.size };
      default:
        return result;
    }
  }


  /**
   * plan.get (read access already checked): the plan with what the caller may do with it; audit.list: the entries of
   * plan.share without with whom and how for those who may not share the plan.
   */
  async function withRights(m: MethodName, result: unknown, caller: Caller): Promise<unknown> {
    if (m === 'audit.list') {
      // an entry of plan.share says with whom and how only to those who may share the plan (as planSharing counts)
      const known = new Map<string, boolean>();
      const out: AuditEntry[] = [];
      for (const e of result as AuditEntry[]) {
        if (!e.share || !e.planId) { out.push(e); continue; }
        let may = known.get(e.planId);
        if (may === undefined) {
          const f = await access.facts(e.planId, caller);
          // (admins may share any plan, also read the audit of a deleted one, which has no facts left)
          may = caller.role === 'admin' || (!!f && mayShare(caller, f));
          known.set(e.planId, may);
        }
        if (may) out.push(e);
        else { const { share: _share, ...rest } = e; out.push(rest); }
      }
      return out;
    }
    if (m !== 'plan.get') return result;
    const plan = result as StoredPlan;
    const f = await access.facts(plan.id, caller);
    return f ? { ...plan, may: planRights(caller, f), sharing: planSharing(caller, f) } : result;
  }

  /**
   * The core's not-found of a plan in the 回收站 says so (details.trashed, its title: electron/core/library.ts
   * notFound). That reaches only those who see the plan in their own 回收站 (trash.list's rule: who may delete it,
   * canOwn); to anyone else — another district, a reader it was shared with, a reviewer — it is the plain not-found
   * of a missing plan, so a trashed plan's existence and title never leave its district.
   */
  async function hideTrashed(error: ErrorShape, caller: Caller): Promise<ErrorShape> {
    const d = error.details;
    if (error.code !== 'not-found' || !d?.trashed) return error;
    const id = typeof d.id === 'string' ? d.id : '';
    const f = id ? await access.facts(id, caller) : null;
    return f && canOwn(caller, f) ? error : notFound(id);
  }

  return { checkRole, planFacts, authorizePlans, filterResult, withRights, hideTrashed };
}

export function primaryPlanId(data: Record<string, unknown>): string | null {
  for (const k of ID_KEYS_PRIMARY) if (typeof data[k] === 'string') return data[k] as string;
  return null;
}

export function createdPlanId(m: MethodName, result: unknown): string | null {
  const r = result as { id?: unknown; planId?: unknown; mode?: unknown };
  if (m === 'review.importPackage') return r.mode === 'opened' && typeof r.planId === 'string' ? r.planId : null;
  return typeof r.id === 'string' ? r.id : null;
}
