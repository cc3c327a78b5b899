/**
 * plan.importPreview, plan.importCancel, plan.importCommit: a file is read by the importer in a worker thread
 * (../isolated-import.ts: time and memory limits), shown to the planner, then stored. Import jobs carry the
 * client's jobId so that plan.importCancel can stop one, even one whose upload has not arrived yet.
 */
import type { Handlers } from '../../../shared/api/contract.js';
import { CANCELLED_REASON, ImportError } from '../../../shared/errors.js';
import { checkDoc } from '../checks.js';
import { importIsolated } from '../isolated-import.js';
import { rememberMapping, rememberedMappings } from '../level-mappings.js';
import { asJob, cancelJob, createPlan, decodeBase64, type HandlerContext } from './context.js';
import { walk } from '../../../shared/model/plan.js';
import { isPlanJson } from '../../../shared/importer/index.js';

const importCancelled = (fileName: string) => new ImportError('cancelled', fileName, CANCELLED_REASON);

export function importHandlers(ctx: HandlerContext): Pick<Handlers, 'plan.importPreview' | 'plan.importCancel' | 'plan.importCommit'> {
  const { plans, opts } = ctx;
  return {
    'plan.importPreview': async ({ fileName, dataBase64, jobId, mapping }) =>
      asJob(ctx.jobs, jobId, { zh: '导入', en: 'Import' }, () => importCancelled(fileName), async (signal) => {
        const bytes = decodeBase64(dataBase64, fileName);
        // without a mapping of the planner's, the one remembered for the document's style applies — not to a plan
        // JSON, read as the plan it holds (its report's style is that of the document it was first imported from)
        const planFile = isPlanJson(bytes, fileName);
        const remembered = mapping || planFile ? undefined : await rememberedMappings(plans);
        const preview = await importIsolated({ bytes, fileName, mapping, remembered }, {
          workerEntry: opts.importWorker,
          signal,
          timeoutMs: opts.importLimits?.timeoutMs,
          memoryMb: opts.importLimits?.memoryMb,
          onStats: opts.onImportStats && ((st) => opts.onImportStats!({ ...st, fileName })),
        });
        // the same document imported before: the client offers to open that plan instead of storing a copy. Plan JSON
        // keeps its node ids, so the plans holding its first, middle and last node (same id, heading and text) are the
        // ones it was exported from or imported as — whatever the file is called (a draft made from a template has no
        // source document to compare). Three indexed lookups per plan. Only for plan JSON (known by its content, as
        // the importer knows it): a document read as text gets the importer's ids (n0001 …), which a revised edition
        // shares with the stored one, whose first, middle and last nodes often read the same — not the same document.
        const duplicates = await plans.plansFromSameSource(preview.meta.source);
        if (planFile) {
          const nodes = [...walk(preview.nodes)].map(({ node }) => node);
          const known = new Set(duplicates.map((d) => d.id));
          const some = nodes.length ? [nodes[0], nodes[nodes.length >> 1], nodes[nodes.length - 1]] : [];
          for (const p of await plans.plansHoldingNodes(some)) if (!known.has(p.id)) duplicates.push(p);
        }
        return planFile ? { ...preview, duplicates, planFile } : { ...preview, duplicates };
      }),

    'plan.importCancel': async ({ jobId }) => cancelJob(ctx.jobs, jobId),

    'plan.importCommit': async ({ doc, status, levelMapping }) => {
      checkDoc(doc);
      // the plan, its history entry, the annotations the file carried (plan JSON, Markdown: PlanDoc.annotations) and
      // the level mapping it was previewed with (remembered for its style): one transaction
      const { annotations = [], ...plan } = doc;
      const carried = annotations.length ? `,含 ${annotations.length} 条批注` : '';
      return createPlan(ctx, plan, `导入规划${doc.meta.source ? `(${doc.meta.source.fileName})` : ''}${carried}`, {
        status,
        within: async (id) => {
          if (annotations.length) await ctx.review.importAnnotations(id, annotations);
          if (levelMapping) await rememberMapping(plans, levelMapping.style, levelMapping.mapping);
        },
      });
    },
  };
}
