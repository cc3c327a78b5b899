/** Exporting a plan: what the export and preview dialogs ask the core (file contents, capabilities, page images). */
import { defineStore } from 'pinia';
import type { Input } from '../../../shared/api/contract';
import { useApi } from '../api/client';
import { base64ToBytes, type ExportFormat } from '../components/exportSupport';
import { exchangedAnnotations } from '../../../shared/review/model';

export const useExportStore = defineStore('export', () => {
  const api = () => useApi();

  /** Whether this machine can make PDFs (LibreOffice), and why not. */
  function capabilities() {
    return api().call('export.capabilities', {});
  }

  /** The plan as stored (the dialog's file name and checks when the editor does not hold it). */
  function plan(id: string) {
    return api().call('plan.get', { id });
  }

  /**
   * The file's content in one format; Word and PDF with the dialog's options. The JSON is the plan without its
   * revision; with `options.annotations` Markdown and JSON carry every annotation of the plan (all statuses, replies,
   * entry anchors: PlanDoc.annotations, docs/exchange.md), which their import gives back.
   */
  async function content(id: string, format: ExportFormat, options: Input<'export.docx'>['options'], jobId?: string): Promise<BlobPart> {
    const withAnnotations = !!options?.annotations;
    switch (format) {
      case 'docx': return base64ToBytes((await api().call('export.docx', { id, options })).dataBase64);
      case 'pdf': return base64ToBytes((await api().call('export.pdf', jobId ? { id, options, jobId } : { id, options })).dataBase64);
      case 'markdown': return (await api().call('export.markdown', withAnnotations ? { id, annotations: true } : { id })).text;
      case 'json': {
        const { revision: _revision, ...doc } = await api().call('plan.get', { id });
        const annotations = withAnnotations ? exchangedAnnotations(await api().call('review.list', { planId: id })) : [];
        return `${JSON.stringify(annotations.length ? { ...doc, annotations } : doc, null, 2)}\n`;
      }
    }
  }

  /** Stop the PDF export or page preview started with this jobId (its content() / preview() call then fails with code 'cancelled'). */
  async function cancel(jobId: string): Promise<boolean> {
    return (await api().call('export.cancel', { jobId })).cancelled;
  }

  /** The pages LibreOffice lays out from the exported Word file (ApiError 'unavailable' without it); a jobId lets cancel() stop it. */
  function preview(id: string, options: Input<'export.preview'>['options'], jobId?: string) {
    return api().call('export.preview', jobId ? { id, options, jobId } : { id, options });
  }

  return { capabilities, plan, content, cancel, preview };
});
