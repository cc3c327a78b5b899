/**
 * How long LibreOffice takes to convert plans of growing size to PDF (what the export's time limit follows:
 * shared/export/pdf-time.ts, docs/export.md › PDF). Prints only.
 *   npx tsx tests/bench/pdf-export.ts [tasks …]     (default 100 500 1000 2000)
 * Per plan: its nodes, the DOCX's size, the wall time of `soffice --convert-to pdf`, LibreOffice's CPU (user + sys of
 * the soffice processes, from bash's `time`) and the PDF's pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../../shared/export/docx';
import { findSoffice, pdfPageCount } from '../../electron/core/export';
import { countNodes } from '../../shared/model/tree-walk';
import { pdfTimeLimitMs } from '../../shared/export/pdf-time';
import { bigPlan } from './stalls';

const soffice = findSoffice();
if (!soffice) {
  console.log('LibreOffice (soffice) not found');
  process.exit(0);
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const tasks of sizes.length ? sizes : [100, 500, 1000, 2000]) {
  const doc = bigPlan(tasks);
  const docx = await buildDocx(doc, { annexes: true });
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-bench-'));
  try {
    writeFileSync(join(dir, 'plan.docx'), docx);
    const t0 = performance.now();
    const timing = execFileSync('bash', ['-c', `TIMEFORMAT='%U %S'; { time "$0" -env:UserInstallation=file://${dir}/profile --headless --norestore --convert-to pdf --outdir "${dir}" "${dir}/plan.docx" >/dev/null 2>&1; } 2>&1`, soffice], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const [user, sys] = timing.trim().split(/\s+/).map(Number);
    const pages = pdfPageCount(new Uint8Array(readFileSync(join(dir, 'plan.pdf'))));
    const nodes = countNodes(doc.nodes);
    console.log(`${tasks} tasks, ${nodes} nodes, DOCX ${(docx.length / 1024).toFixed(0)} KB: wall ${(wall / 1000).toFixed(1)} s, LibreOffice CPU ${(user + sys).toFixed(1)} s, ${pages} pages; limit ${(pdfTimeLimitMs(nodes) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
