// Page counts of the preview's own GB/T 9704 layout (shared/export/pages.ts) against LibreOffice's pages of the
// exported Word file, for the seeds: npx tsx tests/tools/preview-pages.ts [--annexes]. Needs LibreOffice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPdf, pdfPageCount } from '../../electron/core/export';
import { layoutPages } from '../../shared/export/pages';
import { importFile } from '../../shared/importer/index';

const annexes = process.argv.includes('--annexes');
const dir = new URL('../../seeds/', import.meta.url).pathname;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(dir, f))), fileName: f });
  const html = layoutPages(doc, { annexes });
  const pdf = await exportPdf(doc, { annexes });
  console.log(`${f}\t${doc.meta.title}\thtml ${html.length} (portrait ${html.filter((p) => p.kind === 'portrait').length})\tlibreoffice ${pdfPageCount(pdf.bytes)}`);
}
