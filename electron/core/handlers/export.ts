/**
 * export.*: Word, Markdown, PDF and the page preview of a stored plan (../export.ts does the work; the Word
 * document is built in a worker thread). With options.annotations the plan's open annotations go along.
 */
import type { Handlers } from '../../../shared/api/contract.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import type { DocxOptions } from '../../../shared/export/options.js';
import { exportDocx, exportMarkdown, exportPdf, pdfCapability, previewPages } from '../export.js';
import { exportDocxIsolated } from '../isolated-import.js';
import { isolated, type HandlerContext } from './context.js';

export function exportHandlers(
  ctx: HandlerContext,
): Pick<Handlers, 'export.docx' | 'export.markdown' | 'export.pdf' | 'export.preview' | 'export.capabilities'> {
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
    'export.markdown': async ({ id }) => exportMarkdown(await plans.getPlan(id)),
    'export.pdf': async ({ id, options }) => {
      const { fileName, bytes } = await exportPdf(await plans.getPlan(id), await withAnnotations(id, options), undefined, buildIsolated);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.preview': async ({ id, options }) => previewPages(await plans.getPlan(id), await withAnnotations(id, options), buildIsolated),
    'export.capabilities': async () => pdfCapability(),
  };
}
