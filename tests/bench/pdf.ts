/**
 * PDF import: a 50-page text PDF made by LibreOffice at bench time from generated plan-like text (tests/formats:
 * our plan, repeated under new part numbers, 16 pt, running header and "— N —" page numbers), imported
 *   - as the app does it: importIsolated, a fresh worker per import (pdfjs loaded and its code compiled each time);
 *   - in-process with a warm reader (pdfjs loaded, code optimised): what the page work itself costs.
 * Target (issue 12): a 50-page text PDF imports in ≤ 1 s.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { importFile } from '../../shared/importer/index';
import { createNodeReaders } from '../../electron/core/formats/index';
import { importIsolated, type ImportStats } from '../../electron/core/isolated-import';
import { findSoffice } from '../../electron/core/export';
import { convert, fodt } from '../formats/office';
import { longPlan, TITLE } from '../formats/plan-text';
import { ms, percentile } from './machine';

export async function benchPdf(): Promise<string> {
  if (!findSoffice()) return '## PDF import\n\nSkipped: LibreOffice (soffice) is needed to make the test PDF.\n';
  const t0 = performance.now();
  const pdf = convert('plan.fodt', fodt([{ center: TITLE }, ...longPlan(50)], { header: '某区人民政府办公室文件', footer: 'dash' }), 'pdf');
  const makeMs = performance.now() - t0;
  const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? NaN);

  // as the app does it: one worker per import
  await importIsolated({ bytes: pdf, fileName: 'plan.pdf' }); // bundles the worker once (cached)
  const isolated: number[] = [];
  const heaps: number[] = [];
  let nodes = 0;
  for (let i = 0; i < 7; i++) {
    let stats: ImportStats | undefined;
    const t = performance.now();
    const doc = await importIsolated({ bytes: pdf, fileName: 'plan.pdf' }, { onStats: (s) => { stats = s; } });
    isolated.push(performance.now() - t);
    heaps.push(stats?.heapTotalMb ?? NaN);
    nodes = doc.nodes.length;
  }
  isolated.sort((a, b) => a - b);

  // in-process, warm
  const readers = createNodeReaders();
  for (let i = 0; i < 3; i++) await importFile({ bytes: pdf, fileName: 'plan.pdf' }, { readers });
  const warm: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await importFile({ bytes: pdf, fileName: 'plan.pdf' }, { readers });
    warm.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  warm.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const load = os.loadavg()[0].toFixed(1);

  return [
    '## PDF import',
    '',
    `A ${pages}-page text PDF (${(pdf.length / 1024).toFixed(0)} KB, made by LibreOffice from generated plan-like text in ${(makeMs / 1000).toFixed(1)} s: headings, wrapped paragraphs, a running header, "— N —" page numbers) → validated plan (${nodes} top-level nodes). 7 runs each. Target: ≤ 1 s. Load average during the run: ${load} on ${os.cpus().length} cores.`,
    '',
    '| how | median | p95 | worker heap |',
    '|---|---|---|---|',
    `| \`importIsolated\` — fresh worker, as plan.importPreview and the CLI do | ${ms(percentile(isolated, 0.5))} ms | ${ms(percentile(isolated, 0.95))} ms | ${Math.max(...heaps).toFixed(0)} MB |`,
    `| \`importFile\` in-process, reader warm | ${ms(percentile(warm, 0.5))} ms (CPU ${ms(percentile(cpu, 0.5))} ms) | ${ms(percentile(warm, 0.95))} ms | |`,
    '',
  ].join('\n');
}
