/**
 * The PDF export's second LibreOffice run (electron/core/export.ts): when the page before the 版记 came out blank, the
 * document is made again with the 版记 unnumbered (GB/T 9704 §7.5). Review of session 36: (1) "blank" was "no text",
 * so an annex's last page holding only a figure or a table's borders was taken for the blank page; (2) the second run
 * had the whole time limit again, so an export could take twice the limit the dialog states. Now a blank page has no
 * text and draws nothing (pdfPageInk), and both runs share one deadline. PDFs written by hand (a page of text, a page
 * drawing a figure, an empty page); LibreOffice stood in for by a script ($PW_SOFFICE) and the clock by a function,
 * so nothing here is timed.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { blankBeforeLast, exportPdf } from '../../electron/core/export';
import { pdfPageInk } from '../../electron/core/formats/pdf';
import { isAppError } from '../../shared/errors';
import { blankPlan } from '../../shared/template';

/** A PDF whose pages draw what `pages` says: text (Helvetica), a figure (a filled rectangle and a line), or nothing. */
function handPdf(pages: ('text' | 'figure' | 'empty')[]): Uint8Array {
  const content = { text: 'BT /F1 12 Tf 72 720 Td (Annex 2 ends here) Tj ET', figure: '0.2 0.4 0.8 rg 100 300 300 200 re f 0 0 0 RG 100 250 m 400 250 l S', empty: '' };
  const objs: string[] = [];
  const kids = pages.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  const fontId = 3 + 2 * pages.length;
  pages.forEach((p, i) => {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + 2 * i} 0 R >>`);
    objs.push(`<< /Length ${content[p].length} >>\nstream\n${content[p]}\nendstream`);
  });
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('the blank page before the 版记: no text and nothing drawn', () => {
  it('pdfPageInk reads each page\'s text ("Annex 2 ends here": 14 characters without spaces) and whether it draws', async () => {
    expect(await pdfPageInk(handPdf(['text', 'figure', 'empty', 'text']))).toEqual([
      { chars: 14, drawn: false }, { chars: 0, drawn: true }, { chars: 0, drawn: false }, { chars: 14, drawn: false },
    ]);
  });

  it('an empty page before the last is the blank page; a page with a figure and no text is not', async () => {
    expect(blankBeforeLast(await pdfPageInk(handPdf(['text', 'text', 'empty', 'text'])))).toBe(true);
    expect(blankBeforeLast(await pdfPageInk(handPdf(['text', 'text', 'figure', 'text'])))).toBe(false);
    // (nor when the last page is the empty one, or there are only two pages)
    expect(blankBeforeLast(await pdfPageInk(handPdf(['text', 'empty', 'empty'])))).toBe(false);
    expect(blankBeforeLast(await pdfPageInk(handPdf(['empty', 'text'])))).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('one deadline for both LibreOffice runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-blank-'));
  const saved = process.env.PW_SOFFICE;
  afterEach(() => { if (saved === undefined) delete process.env.PW_SOFFICE; else process.env.PW_SOFFICE = saved; });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** As LibreOffice: writes `pdf` into --outdir as plan.pdf and counts its runs in `runs`. */
  const stub = (name: string, pdf: Uint8Array) => {
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    const f = join(dir, name);
    writeFileSync(f, ['#!/bin/sh', 'out=""; prev=""', 'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done',
      `echo run >> "${join(dir, `${name}.runs`)}"`, `cp "${join(dir, `${name}.pdf`)}" "$out/plan.pdf"`, 'exit 0'].join('\n') + '\n');
    chmodSync(f, 0o755);
    return { path: f, runs: () => readFileSync(join(dir, `${name}.runs`), 'utf8').split('\n').filter(Boolean).length };
  };
  const doc = blankPlan({ title: '南屿县数字乡村建设三年行动计划（2026—2028年）', district: '南屿县', period: { start: 2026, end: 2028 } });
  const word = async () => new Uint8Array([0x50, 0x4b, 3, 4]);

  it('the first run used up the limit: no second run, the export stops with the limit the dialog stated', async () => {
    const s = stub('blank-then-stop', handPdf(['text', 'empty', 'text']));
    process.env.PW_SOFFICE = s.path;
    // the clock: the export starts at 0; by the time the first run is done the 90 s are over
    const ticks = [0, 0];
    const now = () => ticks.shift() ?? 90_001;
    const e = await exportPdf(doc, { cover: true, annexes: true }, { timeoutMs: 90_000, now }, word).then(() => null, (x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('timeout');
    expect(isAppError(e) && e.details).toMatchObject({ timeoutMs: 90_000 });
    expect(isAppError(e) && e.message).toMatch(/超时/);
    expect(s.runs()).toBe(1);
  });

  it('time left: the second run is made, and a figure page before the 版记 asks for none', async () => {
    const blank = stub('blank-twice', handPdf(['text', 'empty', 'text']));
    process.env.PW_SOFFICE = blank.path;
    await exportPdf(doc, { cover: true, annexes: true }, { timeoutMs: 90_000, now: () => 0 }, word);
    expect(blank.runs()).toBe(2);
    const figure = stub('figure-once', handPdf(['text', 'figure', 'text']));
    process.env.PW_SOFFICE = figure.path;
    await exportPdf(doc, { cover: true, annexes: true }, { timeoutMs: 90_000, now: () => 0 }, word);
    expect(figure.runs()).toBe(1);
  });
});
