/**
 * export.*: Word, Markdown, PDF and the page preview of a stored plan (../export.ts does the work; the Word
 * document is built in a worker thread). With options.annotations the plan's open annotations go along.
 */
import type { Handlers } from '../../../shared/api/contract.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import { countNodes } from '../../../shared/model/tree-walk.js';
import type { DocxOptions } from '../../../shared/export/options.js';
import { exchangedAnnotations } from '../../../shared/review/model.js';
import type { AppError } from '../../../shared/errors.js';
import { exportDocx, exportMarkdown, exportPdf, markdownFileName, pdfCancelled, pdfCapability, previewCancelled, previewPages } from '../export.js';
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
  const buildIsolated = (doc: PlanDoc, options: DocxOptions, cancel?: AbortSignal) =>
    isolated(ctx, (signal) => exportDocxIsolated(doc, options, { workerEntry: opts.importWorker, signal: cancel ? AbortSignal.any([signal, cancel]) : signal, pool: ctx.jobs.exportPool }));
  /**
   * A LibreOffice job the client can stop (export.pdf, export.preview): run as its `jobId` (export.cancel aborts
   * `signal`), with the Word document built in a worker the cancel stops too. Once cancelled, whatever the work
   * answers is `cancelled()` (the stopped worker or LibreOffice answers its own error).
   */
  const libreOfficeJob = <T>(
    jobId: string | undefined,
    what: { zh: string; en: string },
    cancelled: () => AppError,
    work: (signal: AbortSignal, build: (doc: PlanDoc, options: DocxOptions) => Promise<Uint8Array>) => Promise<T>,
  ): Promise<T> =>
    asJob(ctx.jobs, jobId, what, cancelled, async (signal) => {
      try {
        return await work(signal, (doc, o) => buildIsolated(doc, o, signal));
      } catch (e) {
        if (signal.aborted) throw cancelled();
        throw e;
      }
    });
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
      libreOfficeJob(jobId, { zh: '导出', en: 'Export' }, pdfCancelled, async (signal, build) => {
        const { fileName, bytes } = await exportPdf(await plans.getPlan(id), await withAnnotations(id, options), { signal }, build);
        return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
      }),
    'export.cancel': async ({ jobId }) => cancelJob(ctx.jobs, jobId),
    // the same job: export.cancel stops the Word document's worker, LibreOffice and pdftoppm
    'export.preview': async ({ id, options, jobId }) =>
      libreOfficeJob(jobId, { zh: '预览', en: 'Preview' }, previewCancelled, async (signal, build) =>
        previewPages(await plans.getPlan(id), await withAnnotations(id, options), build, { signal })),
    'export.capabilities': async () => pdfCapability(),
  };
}
