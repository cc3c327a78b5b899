/**
 * The cover notice as LibreOffice lays it out: every seed's notice (cover only) → PDF → pdftotext per page. The
 * 附件说明, the office and the 成文日期 stay on page 1 whenever they fit there (with one blank line before the office
 * at least, GB/T 9704 §7.3.5); when they go to page 2 they go together, and page 1 had no room for them — measured on
 * the rendered page, not taken from the exporter's own estimate. Skipped without LibreOffice or poppler, except under CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export';
import { buildDocx } from '../../shared/export/docx';
import { GRID, PAGE } from '../../shared/export/gbt9704';
import { cnDate } from '../../shared/export/text';
import { importFile } from '../../shared/importer/index';
import type { PlanDoc } from '../../shared/model/plan';

const soffice = findSoffice();
const poppler = ['/usr/bin/pdftotext'].every(existsSync);
function enabled(): boolean {
  if (soffice && poppler) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice and poppler-utils are required for the render tests');
  console.warn('cover-render: LibreOffice or poppler missing — skipped');
  return false;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const tmp = mkdtempSync(join(tmpdir(), 'pw-cover-render-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PITCH = GRID.linePitch / 20;
const TEXT_BOTTOM = (PAGE.top + PAGE.textHeight) / 20; // pt from the page top

interface Line { y0: number; y1: number; text: string }
/** Text lines of one page (words grouped by their vertical middle), the page number left out. */
function lines(pdf: string, page: number): Line[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ y0: +w[1], y1: +w[2], t: w[3] }));
  const out: Line[] = [];
  for (const w of words.sort((a, b) => a.y0 - b.y0)) {
    const last = out[out.length - 1];
    if (last && Math.abs((last.y0 + last.y1) / 2 - (w.y0 + w.y1) / 2) < 4) last.text += w.t;
    else out.push({ y0: w.y0, y1: w.y1, text: w.t });
  }
  return out.filter((l) => l.y0 < TEXT_BOTTOM);
}

const docs = new Map<string, PlanDoc>();
const pdfs = new Map<string, string>();
beforeAll(async () => {
  if (!enabled()) return;
  const names: string[] = [];
  for (const f of FILES) {
    const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
    docs.set(f, doc);
    const name = join(tmp, `${f.slice(0, 3)}.docx`);
    writeFileSync(name, await buildDocx(doc, { cover: true }));
    names.push(name);
  }
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, ...names], { stdio: 'ignore', timeout: 240_000 });
  for (const f of FILES) pdfs.set(f, join(tmp, `${f.slice(0, 3)}.pdf`));
}, 300_000);

describe('cover notice: 附件说明, office and date on page 1 whenever they fit', () => {
  for (const f of FILES) {
    it(f, () => {
      if (!pdfs.size) return;
      const doc = docs.get(f)!;
      const pdf = pdfs.get(f)!;
      const office = (doc.meta.issuer ?? '').trim() || `${doc.meta.city ?? ''}${doc.meta.district}人民政府办公室`;
      const date = cnDate(doc.meta.issuedOn);
      const squash = (s: string) => s.replace(/\s+/g, '');
      const p1 = lines(pdf, 1);
      const at = p1.findIndex((l) => l.text.startsWith('附件：'));
      if (at >= 0) {
        // on page 1: the office and the date follow it there
        const rest = p1.slice(at).map((l) => squash(l.text));
        expect(rest).toContain(squash(office));
        if (date) expect(rest).toContain(squash(date));
        return;
      }
      // not on page 1: all of it is on page 2, and page 1 had no room for it
      const p2 = lines(pdf, 2);
      const start = p2.findIndex((l) => l.text.startsWith('附件：'));
      expect(start).toBeGreaterThanOrEqual(0);
      const free = TEXT_BOTTOM - p1[p1.length - 1].y1;
      if (start > 0) {
        // the notice itself ran over onto page 2: page 1 is full to its last line, or to one line short of it (widow
        // control, on by default in Word and LibreOffice: a paragraph carries at least 2 lines to the next page — seed
        // 001, whose notice paragraph ends 2 lines into page 2 under its own title, printed once since 2026-12-06)
        expect(free).toBeLessThan(2 * PITCH);
        return;
      }
      const end = p2.findIndex((l) => squash(l.text) === squash(date ?? office));
      expect(end).toBeGreaterThan(start);
      const textLines = p2.slice(start, end + 1).length; // 附件说明 lines, office, date
      const needed = (textLines + 2) * PITCH; // a blank line before the 附件说明 and one before the office
      expect(free).toBeLessThan(needed);
    });
  }

  it('杨浦 2015 (the issue\'s case): its notice is short, so all of it is on page 1', () => {
    if (!pdfs.size) return;
    const p1 = lines(pdfs.get(FILES[2])!, 1).map((l) => l.text.replace(/\s+/g, ''));
    expect(p1.some((t) => t.startsWith('附件：'))).toBe(true);
    expect(p1).toContain('上海市杨浦区人民政府办公室');
    expect(p1).toContain('2016年7月18日');
  });
});
