/**
 * export.*: Word, Markdown, PDF and the page preview of a stored plan (../export.ts does the work; the Word
 * document is built in a worker thread). With options.annotations the plan's open annotations go along.
 */
import type { Handlers } from '../../../shared/api/contract.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import { countNodes } from '../../../shared/model/tree-walk.js';
import type { DocxOptions } from '../../../shared/export/options.js';
import { exchangedAnnotations } from '../../../shared/review/model.js';
import { exportDocx, exportMarkdown, exportPdf, markdownFileName, pdfCancelled, pdfCapability, previewPages } from '../export.js';
import { exportDocxIsolated, exportMarkdownIsolated } from '../isolated-import.js';
import { asJob, cancelJob, isolated, type HandlerContext } from './context.js';

/**
 * Plans with more nodes than this get their Markdown built in a worker thread: ~60 µs a node on the host (2,120 nodes
 * 131 ms of CPU, docs/reliability.md › The host never freezes); below it the text takes less than a worker's answer.
 */
export const MARKDOWN_IN_WORKER_NODES = 1500;

export function exportHandlers(
  ctx: HandlerContext,
): Pick<Handlers, 'export.docx' | 'export.markdown' | 'export.pdf' | 'export.cancel' | 'export.preview' | 'export.capabilities'> {
  const { plans, review, opts } = ctx;
  /** Word/PDF options with the plan's open annotations filled in when asked for. */
  const withAnnotations = async (id: string, options: DocxOptions | undefined): Promise<DocxOptions> =>
    (options?.annotations ? { ...options, comments: [...(options.comments ?? []), ...(await review.exportComments(id))] } : options) ?? {};
  const buildIsolated = (doc: PlanDoc, options: DocxOptions) =>
    isolated(ctx, (signal) => exportDocxIsolated(doc, options, { workerEntry: opts.importWorker, signal, pool: ctx.jobs.exportPool }));
  return {
    'export.docx': async ({ id, options }) => {
      const { fileName, bytes } = await exportDocx(await plans.getPlan(id), await withAnnotations(id, options), buildIsolated);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.markdown': async ({ id, annotations }) => {
      const plan = await plans.getPlan(id);
      // with annotations: all of them (every status), written as comment blocks the Markdown import reads back
      const carried = annotations ? exchangedAnnotations(await review.list(id, plan)) : [];
      const doc: PlanDoc = carried.length ? { ...plan, annotations: carried } : plan;
      const counted = annotations ? { annotations: carried.length } : {};
      if (countNodes(doc.nodes) <= MARKDOWN_IN_WORKER_NODES) return { ...exportMarkdown(doc), ...counted };
      const text = await isolated(ctx, (signal) => exportMarkdownIsolated(doc, { workerEntry: opts.importWorker, signal, pool: ctx.jobs.exportPool }));
      return { fileName: markdownFileName(doc), text, ...counted };
    },
    // a jobId lets export.cancel stop it: the Word document's worker and LibreOffice (core close() stops it too)
    'export.pdf': async ({ id, options, jobId }) =>
      asJob(ctx.jobs, jobId, { zh: '导出', en: 'Export' }, pdfCancelled, async (cancel) => {
        const build = (doc: PlanDoc, o: DocxOptions) => isolated(ctx, (signal) =>
          exportDocxIsolated(doc, o, { workerEntry: opts.importWorker, signal: AbortSignal.any([signal, cancel]), pool: ctx.jobs.exportPool }));
        try {
          const { fileName, bytes } = await exportPdf(await plans.getPlan(id), await withAnnotations(id, options), { signal: cancel }, build);
          return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
        } catch (e) {
          // the Word document's worker stopped by the cancel answers its own error: the export was cancelled
          if (cancel.aborted) throw pdfCancelled();
          throw e;
        }
      }),
    'export.cancel': async ({ jobId }) => cancelJob(ctx.jobs, jobId),
    'export.preview': async ({ id, options }) => previewPages(await plans.getPlan(id), await withAnnotations(id, options), buildIsolated),
    'export.capabilities': async () => pdfCapability(),
  };
}
