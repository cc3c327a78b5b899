/**
 * End to end through the core: plan.importPreview (the import worker, its limits, the Node readers) on a .pdf and a
 * .doc made by LibreOffice from a plan we wrote, and on a .md; the preview is stored with plan.importCommit. And the
 * cancel of a running PDF import stops its worker.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import { LIMITS } from '../../shared/errors.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { importLimitsFor } from '../../electron/core/isolated-import.js';
import { convert, fodt, sofficeEnabled } from './office.js';
import { PLAN, TITLE } from './plan-text.js';

let core: Core;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-formats-core-'));
  core = await createCore({ dataDir, seedsDir: null, host: 'test', logError: () => {} });
});
afterAll(async () => {
  core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

async function preview(fileName: string, bytes: Uint8Array, jobId?: string): Promise<PlanDoc> {
  const env = await core.call('plan.importPreview', { fileName, dataBase64: b64(bytes), ...(jobId ? { jobId } : {}) });
  if (!env.ok) throw new Error(`${fileName}: ${JSON.stringify(env.error)}`);
  return env.result as PlanDoc;
}

/** What every format must give back of our plan: the parts and sections as written, and the text of a task. */
function expectPlan(doc: PlanDoc, encoding: string) {
  expect(doc.meta.source?.encoding).toBe(encoding);
  const nodes = [...walk(doc.nodes)].map((w) => w.node);
  const headings = nodes.map((n) => n.heading);
  for (const h of ['总体要求', '重点任务', '保障措施']) expect(headings.some((x) => x.includes(h)), h).toBe(true);
  for (const h of ['夯实数字基础设施', '推动产业数字化转型', '提升城市数字化治理']) expect(headings.some((x) => x.includes(h)), h).toBe(true);
  const all = nodes.map((n) => `${n.heading}\n${n.body}`).join('\n');
  // a sentence LibreOffice wrapped (in the PDF) is whole, and the page furniture is gone
  expect(all).toContain('全区数字经济核心产业增加值占地区生产总值的比重达到12%');
  expect(all).not.toMatch(/—\s*\d+\s*—|某区人民政府办公室文件/);
  expect(doc.meta.title).toContain('数字经济高质量发展三年行动计划');
}

describe('limits by format', () => {
  it('a PDF (by content, whatever its name) gets the PDF time limit; the heap limit is the same for all', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(importLimitsFor(pdf)).toEqual({ timeoutMs: LIMITS.importPdfTimeoutMs, memoryMb: LIMITS.importMemoryMb });
    expect(importLimitsFor(new TextEncoder().encode('一、总体要求'))).toEqual({ timeoutMs: LIMITS.importTimeoutMs, memoryMb: LIMITS.importMemoryMb });
    expect(LIMITS.importPdfTimeoutMs).toBeGreaterThan(LIMITS.importTimeoutMs);
  });
});

describe('plan.importPreview reaches every format reader', () => {
  it('.md', async () => {
    const md = [`# ${TITLE}`, '', ...PLAN.flatMap((p) => [/^[一二三]、/.test(p) ? `## ${p}` : /^（[一二三]）/.test(p) && p.length < 16 ? `### ${p}` : p, ''])].join('\n');
    expectPlan(await preview('计划.md', new TextEncoder().encode(md)), 'utf-8');
  });

  it('a plan JSON is read as the plan it holds: planFile, and no mapping remembered for its report\'s style (walk 9)', async () => {
    const md = [`# ${TITLE}`, '', ...PLAN.flatMap((p) => [/^[一二三]、/.test(p) ? `## ${p}` : /^（[一二三]）/.test(p) && p.length < 16 ? `### ${p}` : p, ''])].join('\n');
    const bytes = new TextEncoder().encode(md);
    const doc = await preview('记住.md', bytes);
    const style = doc.report!.style!;
    const key = doc.report!.levels![0].key;
    // the planner corrected the levels of this style once: remembered, and applied to the next document of that style
    const mapping = { [key]: { kind: 'section' as const } };
    expect((await core.call('plan.importCommit', { doc, levelMapping: { style, mapping } })).ok).toBe(true);
    const again = (await preview('记住.md', bytes)) as PlanDoc & { levelMapping?: { remembered: boolean }; planFile?: boolean };
    expect(again.levelMapping?.remembered).toBe(true);
    expect(again.planFile).toBeUndefined();
    // the same plan as a plan JSON file (its report carries that style): the plan as it is, no mapping, said to be one
    const json = (await preview('记住.json', new TextEncoder().encode(JSON.stringify(doc)))) as PlanDoc & { levelMapping?: unknown; planFile?: boolean };
    expect(json.planFile).toBe(true);
    expect(json.levelMapping).toBeUndefined();
    expect(json.nodes.map((n) => n.kind)).toEqual(doc.nodes.map((n) => n.kind));
  });

  const lo = sofficeEnabled();
  const source = () => fodt([{ center: TITLE }, ...PLAN], { header: '某区人民政府办公室文件', footer: 'dash' });

  it.runIf(lo)('.pdf (LibreOffice), stored with plan.importCommit', async () => {
    const doc = await preview('计划.pdf', convert('plan.fodt', source(), 'pdf'));
    expectPlan(doc, 'pdf');
    const env = await core.call('plan.importCommit', { doc });
    expect(env.ok).toBe(true);
  });

  it.runIf(lo)('.doc (LibreOffice, Word 97)', async () => {
    expectPlan(await preview('计划.doc', convert('plan.fodt', source(), 'doc:MS Word 97')), 'doc');
  });

  it.runIf(lo)('a running PDF import is cancelled by plan.importCancel', async () => {
    const big = convert('plan.fodt', fodt([{ center: TITLE }, ...PLAN, ...PLAN, ...PLAN, ...PLAN, ...PLAN, ...PLAN], { footer: 'dash' }), 'pdf');
    const jobId = 'cancel-pdf-1';
    const running = core.call('plan.importPreview', { fileName: 'big.pdf', dataBase64: b64(big), jobId });
    await new Promise((r) => setTimeout(r, 150));
    await core.call('plan.importCancel', { jobId });
    const env = await running;
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('cancelled');
  });

  it('a scanned PDF is refused through the core with the no-text-layer message', async () => {
    // an empty page: a PDF with no text at all
    const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const env = await core.call('plan.importPreview', { fileName: '扫描.pdf', dataBase64: Buffer.from(pdf, 'latin1').toString('base64') });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('no-text-layer');
      expect(env.error.message).toMatch(/^无法导入 扫描\.pdf:这是扫描版 PDF/);
    }
  });
});

describe('the CLI reaches the readers too', () => {
  const ROOT = path.join(import.meta.dirname, '..', '..');
  const cli = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });

  it.runIf(sofficeEnabled())('import file.pdf --json prints the plan (nothing else on stdout); a broken PDF is one stderr line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-formats-cli-'));
    try {
      fs.writeFileSync(path.join(dir, '计划.pdf'), convert('plan.fodt', fodt([{ center: TITLE }, ...PLAN], { footer: 'dash' }), 'pdf'));
      const ok = await cli(['import', path.join(dir, '计划.pdf'), '--json', '--data-dir', path.join(dir, 'lib')]);
      expect(ok.code).toBe(0);
      const doc = JSON.parse(ok.stdout) as PlanDoc; // the whole stdout is the JSON document (pdfjs's warnings kept out)
      expect(doc.meta.source?.encoding).toBe('pdf');
      fs.writeFileSync(path.join(dir, 'bad.pdf'), '%PDF-1.4\n');
      const bad = await cli(['import', path.join(dir, 'bad.pdf'), '--json', '--data-dir', path.join(dir, 'lib')]);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(/bad\.pdf:PDF 文件已损坏.*\(corrupt\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
