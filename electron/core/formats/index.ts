/**
 * The importer's readers that need Node, registered into shared/importer's readSource (see FormatReaders there):
 * .pdf (pdfjs-dist, ./pdf.ts) and .doc/.dot/.wps (word-extractor, ./doc.ts). The environment-free formats (.txt,
 * .md, .html, .docx) need no registration.
 *
 * Used by the import worker (import-worker.ts), which is what plan.importPreview, the CLI and the seeds use, so
 * the worker's time, memory and cancel limits cover these formats too. `pdfjsDir` comes from the host
 * (resolvePdfjsDir), because the worker may run from a bundle outside node_modules.
 */
import type { FormatReaders } from '../../../shared/importer/index.js';
import { readDoc } from './doc.js';
import { readPdf, type PdfReaderOptions } from './pdf.js';

export { resolvePdfjsDir } from './pdf.js';

export type NodeReaderOptions = PdfReaderOptions;

export function createNodeReaders(opts: NodeReaderOptions = {}): FormatReaders {
  return {
    pdf: (bytes, fileName) => readPdf(bytes, fileName, opts),
    doc: (bytes, fileName) => readDoc(bytes, fileName),
  };
}
