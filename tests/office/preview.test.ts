/**
 * export.preview: the official document's pages as PNG images, laid out by LibreOffice from the exported Word file
 * and rasterised by pdftoppm, both child processes with time limits, the DOCX built in the worker thread.
 * Needs LibreOffice and poppler-utils (skipped without them outside CI).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { exportPdf, findSoffice, pdfPageCount, pngSize, previewPages } from '../../electron/core/export';
import { layoutPages } from '../../shared/export/pages';
import { importFile } from '../../shared/importer/index';
import { emptyNode, type PlanDoc } from '../../shared/model/plan';
import { blankPlan } from '../../shared/template';
import { fails, ok } from '../helpers/core-call';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const poppler = ['/usr/bin/pdftoppm', '/usr/bin/pdfinfo'].every(existsSync);
function enabled(): boolean {
  if (findSoffice() && poppler) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice and poppler-utils are required for the preview tests');
  console.warn('preview: LibreOffice or poppler missing — skipped');
  return false;
}

/** A plan of 40 paragraphs of 84 characters: 3 lines of 28 each plus the 2-character indent → 4 lines a paragraph. */
function plan(): PlanDoc {
  const para = '推进智慧城市建设，完善信息基础设施，提升公共服务水平和城市管理能力'.repeat(3).slice(0, 84);
  const blank = blankPlan({ title: '某区推进智慧城市建设三年行动计划(2027-2029)', district: '某区', period: { start: 2027, end: 2029 } });
  return {
    ...blank,
    meta: { ...blank.meta, preamble: '' },
    nodes: [{ ...emptyNode('n1', 'part'), number: '一、', heading: '主要任务', body: Array.from({ length: 40 }, () => para).join('\n') }],
  };
}

describe.runIf(enabled())('export.preview (LibreOffice + pdftoppm)', () => {
  let core: Core;
  let dir: string;
  let id: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-preview-'));
    core = await createCore({ dataDir: dir, seedsDir: '', host: 'test', logError: () => {} });
    ({ id } = await ok(core, 'plan.importCommit', { doc: plan(), status: 'draft' }));
  }, 60_000);
  afterAll(() => {
    core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers one A4 image per page of the exported PDF, and the host keeps answering meanwhile', async () => {
    // the event loop of the host: a 10 ms timer must keep firing while LibreOffice works
    let last = Date.now();
    let worstGap = 0;
    const tick = setInterval(() => { const now = Date.now(); worstGap = Math.max(worstGap, now - last); last = now; }, 10);
    const pending = ok(core, 'export.preview', { id });
    const listed = await ok(core, 'library.list', {}); // answered before the preview is done
    expect(listed.map((p) => p.id)).toEqual([id]);
    const preview = await pending;
    clearInterval(tick);
    expect(worstGap).toBeLessThan(500);

    // 2 title lines (23 二号 characters, 20 a line) + 1 blank + 1 heading + 40 × 4 lines = 164 lines at 22 a page → 8 pages
    expect(preview.totalPages).toBe(8);
    expect(preview.pages).toHaveLength(8);
    expect(preview.dpi).toBe(72);
    for (const p of preview.pages) {
      // A4 at 72 dpi: 210 mm × 297 mm → 595 × 842 px (pdftoppm rounds up)
      expect(Math.abs(p.width - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - 842)).toBeLessThanOrEqual(1);
      expect(pngSize(new Uint8Array(Buffer.from(p.pngBase64, 'base64')))).toEqual({ width: p.width, height: p.height });
    }
    // the same page count as the PDF a clerk exports, counted by poppler's pdfinfo
    const pdf = await ok(core, 'export.pdf', { id });
    const file = join(dir, 'export.pdf');
    writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(8);
    expect(pdfPageCount(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).toBe(8);
  }, 120_000);

  it('stops pdftoppm at its time limit with a one-line message, and a missing tool is "unavailable"', async () => {
    const doc = plan();
    const timedOut = await previewPages(doc, {}, undefined, { rasterTimeoutMs: 1 }).then(() => null, (e) => e);
    expect(timedOut).toMatchObject({ code: 'timeout' });
    expect(timedOut.message).toMatch(/^生成页面图像超时/);
    const saved = process.env.PW_PDFTOPPM;
    process.env.PW_PDFTOPPM = join(dir, 'no-such-pdftoppm');
    try {
      const err = await fails(core, 'export.preview', { id });
      expect(err.code).toBe('unavailable');
      expect(err.message).toContain('pdftoppm');
    } finally {
      if (saved === undefined) delete process.env.PW_PDFTOPPM;
      else process.env.PW_PDFTOPPM = saved;
    }
  }, 120_000);

  it('the app\'s own page layout (used without LibreOffice) breaks the seeds into as many pages as LibreOffice', async () => {
    // 浦东 2011–2013 and 奉贤 2020–2022: every page starts with the same line (checked by eye with pdftotext); the
    // count is what a test can hold, exact for these two (tests/tools/preview-pages.ts prints all five)
    for (const f of ['001_93e2e572a76f2d41.txt', '003_95ba35a700e40d34.txt']) {
      const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
      const pdf = await exportPdf(doc, {});
      expect(layoutPages(doc).length, f).toBe(pdfPageCount(pdf.bytes));
    }
  }, 180_000);

  it('refuses an unknown plan as not-found', async () => {
    expect((await fails(core, 'export.preview', { id: 'p_missing' })).code).toBe('not-found');
  });
});
