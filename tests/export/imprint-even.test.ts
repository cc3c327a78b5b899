/**
 * The 版记 on the back of the last sheet (GB/T 9704 §7.4: the document's last side, an even page when printed
 * double-sided): with annexes the 版记 has a page of its own, and that page is even in the rendered PDF — when the
 * annexes end on an even page, the odd page between is left blank and kept in the PDF (walk 14: 杨浦 2015–2017's
 * annexes end on page 76 and the 版记 printed on page 77, the front of a sheet). Rendered with LibreOffice through the
 * app's own PDF filter; skipped without LibreOffice or poppler, except under CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, PDF_FILTER, pdfFilterFor, sofficeVersion } from '../../electron/core/export';
import { buildDocx } from '../../shared/export/docx';
import { importFile } from '../../shared/importer/index';

const soffice = findSoffice();
const poppler = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo'].every(existsSync);
// the blank page is kept by the filter's JSON options, which LibreOffice reads from 7.4 on (electron/core/export.ts)
const version = soffice ? sofficeVersion(soffice) : null;
const tooOld = version && pdfFilterFor(version) !== PDF_FILTER
  ? `LibreOffice ${version.major}.${version.minor} is older than 7.4: its PDF filter reads no options, so the blank page before the 版记 is left out of the PDF`
  : null;
function enabled(): boolean {
  if (soffice && poppler && !tooOld) return true;
  if (process.env.CI) throw new Error(`CI: ${tooOld ?? 'LibreOffice and poppler-utils are required for the render tests'}`);
  console.warn(`imprint-even: ${tooOld ?? 'LibreOffice or poppler missing'} — skipped`);
  return false;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
// 杨浦 2015–2017: the annexes end on an even page (76), so a blank page comes before the 版记;
// 奉贤 2020–2022: they end on an odd page, and the 版记 follows on the next (even) page
const FILES = ['002_72028bf86ba9aa86.txt', '003_95ba35a700e40d34.txt'];
const tmp = mkdtempSync(join(tmpdir(), 'pw-imprint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  if (!enabled()) return;
  const names: string[] = [];
  for (const f of FILES) {
    const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
    const name = join(tmp, `${f.slice(0, 3)}.docx`);
    writeFileSync(name, await buildDocx(doc, { cover: true, annexes: true }));
    names.push(name);
  }
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--norestore', '--convert-to', PDF_FILTER, '--outdir', tmp, ...names], { stdio: 'ignore', timeout: 240_000 });
}, 300_000);

describe('版记 with annexes: on an even page, the last of the PDF', () => {
  for (const f of FILES) {
    it(f, () => {
      if (!enabled()) return;
      const pdf = join(tmp, `${f.slice(0, 3)}.pdf`);
      const n = pages(pdf);
      const last = pageText(pdf, n);
      expect(last).toContain('印发');
      expect(n % 2).toBe(0);
      // its page number is the PDF's page: no page was left out of the PDF
      expect(last.replace(/\s/g, '')).toContain(`—${n}—`);
      // the page before is a body or annex page (numbered) or the blank one (nothing on it at all)
      const before = pageText(pdf, n - 1).trim();
      if (before) expect(before.replace(/\s/g, '')).toContain(`—${n - 1}—`);
      expect(before).not.toContain('印发');
    }, 60_000);
  }
  it('杨浦 2015–2017: the blank page is there, between the last annex page and the 版记', () => {
    if (!enabled()) return;
    const pdf = join(tmp, '002.pdf');
    const n = pages(pdf);
    expect(pageText(pdf, n - 1).trim()).toBe('');
    expect(pageText(pdf, n - 2)).toMatch(/—\s*\d+\s*—/);
  });
});
