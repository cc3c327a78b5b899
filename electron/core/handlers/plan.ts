/** plan.* (but the plan.import* methods, ./import.ts): read, save, delete, copy, set the status, create new plans. */
import type { Handlers } from '../../../shared/api/contract.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import type { NodeChange } from '../../../shared/review/model.js';
import { diffPlans } from '../../../shared/review/history.js';
import { blankPlan, planFromTemplate } from '../../../shared/template.js';
import { checkDoc } from '../checks.js';
import { yieldToHost } from '../compare-store.js';
import { afterCommit as afterCommitStep } from '../after-commit.js';
import { checkPeriod, createPlan, type HandlerContext } from './context.js';

/** Appended to the title of a duplicated plan when no title is given. */
export const COPY_SUFFIX = '(副本)';

/** Settings key: how many days a deleted plan stays in the trash. */
export const TRASH_DAYS_KEY = 'trash.days';
export const TRASH_DAYS_DEFAULT = 30;
/**
 * Settings key: when a backup was last restored into this library (backup.restore writes it). The plans that came
 * back in the trash with the backup get the trash's days again from then: else the first listing of the trash would
 * delete for good a plan the user restored the backup to get back.
 */
export const TRASH_RESTORED_KEY = 'trash.restoredAt';
const DAY_MS = 24 * 3600 * 1000;

/** How many days a deleted plan stays in the trash. */
async function trashDays({ plans }: HandlerContext): Promise<number> {
  const v = await plans.getSetting<unknown>(TRASH_DAYS_KEY);
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : TRASH_DAYS_DEFAULT;
}

/** The trash's days; plans trashed longer ago are deleted for good (not in a read-only library). */
async function purgeExpired(ctx: HandlerContext): Promise<number> {
  const { db, plans, now } = ctx;
  const days = await trashDays(ctx);
  const cutoff = new Date(now().getTime() - days * DAY_MS).toISOString();
  // (a restore less than the trash's days ago: every plan trashed before it has its days from the restore, and every
  // plan trashed after it is younger than that — nothing is due)
  const restored = await plans.getSetting<unknown>(TRASH_RESTORED_KEY);
  if (!db.readOnly && !(typeof restored === 'string' && restored >= cutoff)) await plans.purgeTrashedBefore(cutoff);
  return days;
}

export function planHandlers(
  ctx: HandlerContext,
): Pick<
  Handlers,
  'plan.get' | 'plan.save' | 'plan.delete' | 'plan.restore' | 'plan.purge' | 'trash.list' | 'trash.setDays' | 'plan.duplicate' | 'plan.setStatus' | 'plan.createFromTemplate' | 'plan.createBlank'
> {
  const { db, plans, cmp, review, logError } = ctx;
  /**
   * Work after a commit that only refreshes derived data (annotation anchors, comparison vectors): a failure must
   * not turn the acknowledged write into an error (a retry would save or create twice). It is logged as a warning;
   * the data is refreshed again later (vectors when stale, anchors whenever annotations are listed), so the user
   * needs no warning.
   */
  const afterCommit = (what: string, work: () => Promise<void>) => afterCommitStep(logError, what, work);
  return {
    // The plan and its revision from one snapshot: a save by another process in between would otherwise pair the old
    // text with the new revision, and the client's next save would overwrite that change without a conflict.
    'plan.get': async ({ id }) => plans.getStored(id),

    'plan.save': async ({ id, doc, baseRevision }) => {
      checkDoc(doc);
      // (the request was validated and checked on this turn of the loop: at 2,000 tasks tens of milliseconds)
      await yieldToHost();
      // The plan as stored, read before the transaction in its own snapshot, with what the save changes in it (the
      // history entry's diff): at 2,000 tasks each is tens of milliseconds that need not hold the write lock, and the
      // host's event loop gets a turn between them (docs/reliability.md › The host never freezes). Used inside the
      // transaction only when no other write came between (the same revision); read again there otherwise.
      const prior = (await plans.hasPlan(id)) ? await plans.getStored(id) : null;
      let priorDoc: PlanDoc | null = null;
      let changes: NodeChange[] | undefined;
      if (prior) {
        const { revision: _r, may: _m, sharing: _s, ...rest } = prior;
        priorDoc = rest;
        await yieldToHost();
        changes = diffPlans(priorDoc, doc);
        await yieldToHost();
      }
      // The save, its snapshot of the plan before and its history entry: one transaction (a stale revision rolls
      // all of it back).
      const saved = await db.transaction(async () => {
        const current = prior && priorDoc && (await plans.revisionOf(id)) === prior.revision ? { doc: priorDoc, revision: prior.revision } : null;
        const snapshot = await cmp.versions.beforeSave(id, undefined, current ?? undefined);
        const before = current ? current.doc : (await plans.hasPlan(id)) ? await plans.getPlan(id) : null;
        const r = await plans.replacePlan(id, doc, { baseRevision });
        await snapshot?.commit();
        if (before) await review.recordEdit(id, before, doc, r.revision, current ? changes : undefined);
        return r;
      });
      // (a turn of the host's event loop between the write and each step of the derived data: at 2,000 tasks each is
      // tens of milliseconds, docs/reliability.md › The host never freezes)
      await yieldToHost();
      await afterCommit('plan.save: re-anchoring annotations', () => review.reanchor(id, doc));
      await yieldToHost();
      await afterCommit('plan.save: comparison vectors', () => cmp.updateVectors(id, yieldToHost));
      return saved;
    },

    // The 回收站: a deleted plan keeps every row until it is restored, deleted for good, or older than the trash's
    // days (TRASH_DAYS_KEY; purged when the trash is listed and when a plan is deleted)
    'plan.delete': async ({ id }) => {
      await plans.trashPlan(id, ctx.now().toISOString());
      // the plan is in the trash: a clean-up of older ones that fails must not answer as if it were not (it is tried
      // again at the next delete or listing of the trash)
      await afterCommit('plan.delete: purging the trash', async () => void (await purgeExpired(ctx)));
      return { ok: true as const };
    },

    'plan.restore': async ({ id }) => {
      await plans.restorePlan(id);
      return { ok: true as const };
    },

    'plan.purge': async ({ id }) => {
      await plans.purgePlan(id);
      return { ok: true as const };
    },

    'trash.list': async () => {
      let days = await trashDays(ctx);
      await afterCommit('trash.list: purging the trash', async () => void (days = await purgeExpired(ctx)));
      const restored = await plans.getSetting<unknown>(TRASH_RESTORED_KEY);
      const from = (trashedAt: string) => (typeof restored === 'string' && restored > trashedAt ? restored : trashedAt);
      return { days, plans: (await plans.listTrash()).map((p) => ({ ...p, purgeAt: new Date(Date.parse(from(p.trashedAt)) + days * DAY_MS).toISOString() })) };
    },

    'trash.setDays': async ({ days }) => {
      await plans.setSetting(TRASH_DAYS_KEY, days);
      return { days };
    },

    'plan.duplicate': async ({ id, title }) => {
      const { id: _old, ...src } = await plans.getPlan(id);
      await yieldToHost(); // reading a 2,000-task plan: ~10–20 ms of CPU; its rows are computed in turns of their own
      const doc: PlanDoc = {
        ...src,
        meta: { ...src.meta, title: title?.trim() ? title : src.meta.title + COPY_SUFFIX, status: 'draft', basedOn: id },
      };
      return createPlan(ctx, doc, `复制自《${src.meta.title}》`);
    },

    'plan.setStatus': async ({ id, status }) => {
      // The status, its snapshot and its history entry: one transaction.
      await db.transaction(async () => {
        await db.lockPlan(id);
        const before = (await plans.getPlan(id)).meta.status;
        await plans.setStatus(id, status);
        await cmp.versions.afterStatusChange(id, before, status);
        if (before !== status) await review.recordEvent(id, 'status', `状态:${before} → ${status}`);
      });
      return { ok: true as const };
    },

    'plan.createFromTemplate': async ({ templateId, district, period, mode, title }) => {
      checkPeriod(period);
      const template = await plans.getPlan(templateId);
      const doc = planFromTemplate(template, { district, period, mode, title, templateId });
      checkDoc(doc);
      return createPlan(ctx, doc, `以《${template.meta.title}》为模板新建`, { status: 'draft' });
    },

    'plan.createBlank': async ({ title, district, period }) => {
      checkPeriod(period);
      const doc = blankPlan({ title, district, period });
      checkDoc(doc);
      return createPlan(ctx, doc, '新建空白规划', { status: 'draft' });
    },
  };
}
