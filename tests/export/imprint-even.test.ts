/**
 * The 版记 on the back of the last sheet (GB/T 9704 §7.4: the document's last side, an even page when printed
 * double-sided): with annexes the 版记 has a page of its own, and that page is even in the rendered PDF — when the
 * annexes end on an even page, the odd page between is left blank and kept in the PDF (walk 14: 杨浦 2015–2017's
 * annexes end on page 76 and the 版记 printed on page 77, the front of a sheet). Rendered with LibreOffice through the
 * app's own PDF export (exportPdf); skipped without LibreOffice or poppler, except under CI.
 *
 * Page numbers there (GB/T 9704 §7.5, /work/shared/gbt9704.md §6: "no number on blank pages, or on a 版记 page that
 * follows a blank page"): the blank page has none, and the 版记 page after it none either (before: "— 78 —"); a 版记
 * page right after the annexes keeps its number. Where the blank page falls only a layout knows: the PDF export renders,
 * and renders again without the 版记's number when the page before it came out blank (recordUnnumbered). The Word file
 * itself: the 版记 section's odd footer is empty (it can only show on such a blank page), its even one numbered.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportPdf, findSoffice, PDF_FILTER, pdfFilterFor, sofficeVersion } from '../../electron/core/export';
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
  for (const f of FILES) {
    const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
    writeFileSync(join(tmp, `${f.slice(0, 3)}.pdf`), (await exportPdf(doc, { cover: true, annexes: true }, { timeoutMs: 240_000 })).bytes);
  }
}, 600_000);

describe('版记 with annexes: on an even page, the last of the PDF', () => {
  for (const f of FILES) {
    it(f, () => {
      if (!enabled()) return;
      const pdf = join(tmp, `${f.slice(0, 3)}.pdf`);
      const n = pages(pdf);
      const last = pageText(pdf, n);
      expect(last).toContain('印发');
      expect(n % 2).toBe(0);
      // the page before is an annex page (numbered, and then so is the 版记's: its number is the PDF's page, no page
      // was left out) or the blank one (nothing on it at all, and then the 版记 page has no number: §7.5)
      const before = pageText(pdf, n - 1).trim();
      expect(before).not.toContain('印发');
      if (before) {
        expect(before.replace(/\s/g, '')).toContain(`—${n - 1}—`);
        expect(last.replace(/\s/g, '')).toContain(`—${n}—`);
      } else {
        expect(last).not.toMatch(/—\s*\d+\s*—/);
        expect(pageText(pdf, n - 2).replace(/\s/g, '')).toContain(`—${n - 2}—`);
      }
    }, 60_000);
  }
  it('杨浦 2015–2017: the blank page is there, between the last annex page and the 版记; neither is numbered', () => {
    if (!enabled()) return;
    const pdf = join(tmp, '002.pdf');
    const n = pages(pdf);
    expect(pageText(pdf, n - 1).trim()).toBe('');
    expect(pageText(pdf, n - 2)).toMatch(/—\s*\d+\s*—/);
    expect(pageText(pdf, n)).toContain('印发');
    expect(pageText(pdf, n)).not.toMatch(/—\s*\d+\s*—/);
  });
  it('奉贤 2020–2022: no blank page; the 版记 page after the last annex page keeps its number', () => {
    if (!enabled()) return;
    const pdf = join(tmp, '003.pdf');
    const n = pages(pdf);
    expect(pageText(pdf, n - 1).trim()).not.toBe('');
    expect(pageText(pdf, n).replace(/\s/g, '')).toContain(`—${n}—`);
  });
});

describe('the 版记 section\'s footers in the Word file', () => {
  const footersOfLast = async (opts: { recordUnnumbered?: boolean; recordPlainNumber?: boolean }) => {
    const f = '003_95ba35a700e40d34.txt';
    const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
    const parts = unzipSync(await buildDocx(doc, { cover: true, annexes: true, ...opts }));
    const xml = strFromU8(parts['word/document.xml']);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']);
    const sect = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]).pop()!;
    expect(sect).toContain('<w:type w:val="evenPage"/>');
    const part = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)![1];
      return strFromU8(parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]);
    };
    return { odd: part('default'), even: part('even'), document: xml };
  };
  it('odd: empty (it shows only on a blank page before the 版记); even: the page number, none with recordUnnumbered', async () => {
    const plain = await footersOfLast({});
    expect(plain.odd).not.toMatch(/PAGE/);
    expect(plain.even).toMatch(/PAGE/);
    const unnumbered = await footersOfLast({ recordUnnumbered: true });
    expect([unnumbered.odd, unnumbered.even].some((x) => /PAGE/.test(x))).toBe(false);
  });
  it('even, in Word: a field that prints the number only when the 版记 page follows the annexes\' last page (the bookmark on it); recordPlainNumber (the PDF export\'s LibreOffice render): the plain number', async () => {
    const { even, document } = await footersOfLast({});
    expect(fieldCode(even)).toBe('{ QUOTE { IF { PAGE } = { = { PAGEREF _PwAnnexEnd \\h } + 1 } "— { PAGE } —" "" } }');
    // what a reader that does not work the field out shows (LibreOffice: QUOTE's shown result): the plain number
    expect(shownResult(even)).toBe('— { PAGE } —');
    // the bookmark is on the annexes' last paragraph: the one that ends their (landscape) section
    const paras = document.split('</w:p>');
    const at = paras.findIndex((p) => p.includes('w:name="_PwAnnexEnd"'));
    expect(at).toBeGreaterThan(-1);
    expect(paras[at]).toContain('w:orient="landscape"');
    expect(fieldCode((await footersOfLast({ recordPlainNumber: true })).even)).toBe('— { PAGE } —');
  });
});

/** A footer's text as Word reads its fields: { code } for each field (its shown result left out), plain text as it is. */
function fieldCode(xml: string): string {
  let out = '';
  const shown: boolean[] = [];
  for (const m of xml.matchAll(/<w:fldChar w:fldCharType="(begin|separate|end)"\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
    if (m[1] === 'begin') { if (!shown.includes(true)) out += '{'; shown.push(false); }
    else if (m[1] === 'separate') shown[shown.length - 1] = true;
    else if (m[1] === 'end') { shown.pop(); if (!shown.includes(true)) out += '}'; }
    else if (!shown.includes(true)) out += m[2] ?? m[3];
  }
  return out.replace(/\{/g, '{ ').replace(/\}/g, ' }').replace(/\s+/g, ' ').trim();
}

/** The outermost field's shown result (between its separate and its end), fields in it as { code }. */
function shownResult(xml: string): string {
  let out = '';
  let capturing = false;
  const shown: boolean[] = [];
  const inner = () => capturing && !shown.slice(1).includes(true);
  for (const m of xml.matchAll(/<w:fldChar w:fldCharType="(begin|separate|end)"\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
    if (m[1] === 'begin') { if (inner()) out += '{'; shown.push(false); }
    else if (m[1] === 'separate') { shown[shown.length - 1] = true; if (shown.length === 1) capturing = true; }
    else if (m[1] === 'end') { shown.pop(); if (!shown.length) break; if (inner()) out += '}'; }
    else if (inner()) out += m[2] ?? m[3];
  }
  return out.replace(/\{/g, '{ ').replace(/\}/g, ' }').replace(/\s+/g, ' ').trim();
}

/** What Word prints for the 版记 page's field, given the page it is on and the page of the annexes' last paragraph. */
function printedBy(code: string, page: number, annexEnd: number): string {
  const inner = code.replace(/\{ PAGEREF _PwAnnexEnd \\h \}/g, String(annexEnd)).replace(/\{ PAGE \}/g, String(page))
    .replace(/\{ = (\d+) \+ (\d+) \}/g, (_, a: string, b: string) => String(Number(a) + Number(b)));
  const m = /^\{ QUOTE \{ IF (\d+) = (\d+) "([^"]*)" "([^"]*)" \} \}$/.exec(inner);
  if (m) return m[1] === m[2] ? m[3] : m[4];
  return inner;
}

describe('the Word file\'s 版记 number on the layouts LibreOffice gave (GB/T 9704 §7.5)', () => {
  for (const f of FILES) {
    it(f, async () => {
      if (!enabled()) return;
      const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
      const parts = unzipSync(await buildDocx(doc, { cover: true, annexes: true }));
      const rels = strFromU8(parts['word/_rels/document.xml.rels']);
      const sect = [...strFromU8(parts['word/document.xml']).matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]).pop()!;
      const id = /<w:footerReference w:type="even" r:id="(\w+)"/.exec(sect)![1];
      const code = fieldCode(strFromU8(parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]));
      // where the annexes end and the 版记 falls, read from the PDF (the blank page, when there, is the one before the last)
      const pdf = join(tmp, `${f.slice(0, 3)}.pdf`);
      const n = pages(pdf);
      const blank = pageText(pdf, n - 1).trim() === '';
      expect(printedBy(code, n, blank ? n - 2 : n - 1)).toBe(blank ? '' : `— ${n} —`);
    });
  }
});

describe('the Word file opened in LibreOffice (which does not work IF out)', () => {
  it('奉贤 2020–2022: its 版记 page shows the plain number QUOTE carries, not the inner fields run together', () => {
    if (!enabled()) return;
    return (async () => {
      const f = '003_95ba35a700e40d34.txt';
      const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
      const dir = mkdtempSync(join(tmp, 'lo-'));
      writeFileSync(join(dir, 'plan.docx'), await buildDocx(doc, { cover: true, annexes: true }));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')], { stdio: 'ignore', timeout: 180_000 });
      const pdf = join(dir, 'plan.pdf');
      const n = pages(pdf);
      const last = pageText(pdf, n).replace(/\s/g, '');
      expect(last).toContain('印发');
      expect(last).toContain(`—${n}—`);
      // (the IF bare printed its inner fields' results run together: "22212222")
      expect(last).not.toContain(`${n}${n - 1}`);
    })();
  }, 240_000);
});
