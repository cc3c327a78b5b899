/** compare.* and versions.* (shared/compare does the work; ../versions.ts stores versions, pins and vectors). */
import type { Handlers } from '../../../shared/api/contract.js';
import { comparePlans, compareVersions } from '../../../shared/compare/index.js';
import { AppError } from '../../../shared/errors.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import { countNodes } from '../../../shared/model/tree-walk.js';
import { comparePlansIsolated, compareVersionsIsolated } from '../isolated-import.js';
import { isolated, type HandlerContext } from './context.js';

/**
 * Plans with more nodes than this (both sides together) are compared in a worker thread (a warm one of the export
 * pool when the core keeps one), so the host's event loop never waits for a comparison: measured
 * (tests/bench/stalls.ts, docs/reliability.md › The host never freezes) two plans of 740 nodes together take ~170 ms
 * of CPU, of 3,930 nodes 3.2 s; the five seeds (25–120 nodes each) stay on the host thread, where two of them take
 * 30–90 ms and a worker would cost more than it saves.
 */
export const COMPARE_IN_WORKER_NODES = 500;

export function compareHandlers(
  ctx: HandlerContext,
): Pick<Handlers, 'versions.list' | 'versions.create' | 'versions.get' | 'compare.plans' | 'compare.versions' | 'compare.pins.set' | 'compare.similar'> {
  const { plans, cmp, opts } = ctx;
  return {
    'versions.list': async ({ planId }) => cmp.versions.listVersions(planId),
    'versions.create': async ({ planId, name }) => cmp.versions.createVersion(planId, name.trim() || name, 'named', 'named'),
    'versions.get': async ({ planId, versionId }) => cmp.versions.getVersion(planId, versionId),

    'compare.plans': async ({ leftId, rightId, pins }) => {
      const used = pins ?? (await cmp.getPins(leftId, rightId));
      const left = await cmp.plan(leftId);
      const right = await cmp.plan(rightId);
      const inWorker = countNodes(left.nodes) + countNodes(right.nodes) > COMPARE_IN_WORKER_NODES;
      const c = inWorker
        ? await isolated(ctx, (signal) => comparePlansIsolated(left, right, used, { workerEntry: opts.importWorker, signal, pool: ctx.jobs.exportPool }))
        : comparePlans(left, right, { pins: used });
      // the plans read without stored tokens get them (not after a worker's compare: tokenising here would block)
      await cmp.storeTokens(!inWorker);
      return { leftId, rightId, ...c, pins: used };
    },

    'compare.versions': async ({ planId, fromVersionId, toVersionId }) => {
      const current = await plans.getPlan(planId);
      let from: { doc: PlanDoc; label: string; planId: string; versionId: number | null };
      if (fromVersionId === 'basedOn') {
        const base = current.meta.basedOn;
        if (!base || !(await plans.hasPlan(base))) {
          throw new AppError('not-found', base ? `规划 ${planId} 所依据的模板 ${base} 已不在资料库中` : `规划 ${planId} 不是由模板生成的`, {
            planId,
            basedOn: base,
            en: base ? `The template ${base} of plan ${planId} is no longer in the library.` : `Plan ${planId} was not made from a template.`,
          });
        }
        from = { doc: await plans.getPlan(base), label: 'basedOn', planId: base, versionId: null };
      } else {
        const v = await cmp.versions.getVersion(planId, fromVersionId);
        from = { doc: v.doc, label: v.name, planId, versionId: v.versionId };
      }
      const to =
        toVersionId === 'current'
          ? { doc: current, label: 'current', planId, versionId: null }
          : await (async () => {
              const v = await cmp.versions.getVersion(planId, toVersionId);
              return { doc: v.doc, label: v.name, planId, versionId: v.versionId };
            })();
      const matchBy = fromVersionId === 'basedOn' ? 'auto' : 'id';
      // (two versions of a 2,000-task plan took ~150 ms of CPU on the host: large ones in a worker, as compare.plans)
      const d = countNodes(from.doc.nodes) + countNodes(to.doc.nodes) > COMPARE_IN_WORKER_NODES
        ? await isolated(ctx, (signal) => compareVersionsIsolated(from.doc, to.doc, matchBy, { workerEntry: opts.importWorker, signal, pool: ctx.jobs.exportPool }))
        : compareVersions(from.doc, to.doc, { matchBy });
      return {
        planId,
        from: { label: from.label, planId: from.planId, versionId: from.versionId },
        to: { label: to.label, planId: to.planId, versionId: to.versionId },
        ...d,
      };
    },

    'compare.pins.set': async ({ leftId, rightId, pins }) => {
      await cmp.setPins(leftId, rightId, pins);
      return { ok: true as const, pins: pins.length };
    },

    'compare.similar': async ({ planId, perTask }) => {
      // The plan first: libraryIndex() brings the stored vectors up to date (a write), which a call
      // for a missing plan must not do.
      const doc = await cmp.plan(planId);
      const result = { planId, ...(await cmp.libraryIndex()).similar({ planId, doc }, { perTask }) };
      await cmp.storeTokens();
      return result;
    },
  };
}
