/**
 * PDFs as published on a government site, made at test time by LibreOffice from a flat ODT written here (our own
 * wording): a 红头 (the issuer in red over a red rule) and 发文字号 on the first page, a signature block and date,
 * "— 3 —" and "第 3 页 共 9 页" page numbers, a running header, two ruled tables on one page, a ruled table whose
 * header repeats on every page, a cell of several paragraphs, an unruled table broken across pages, a footnote, a
 * page with only a table, and a 分工表 on landscape annex pages. Each case asserts what the document says, read from
 * the blocks written below, not the program's output. Skipped without LibreOffice outside CI.
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';
import { BLOCKS, BUDGET, cellsOf, DATE, DIVISION, doc, INDICATORS, ISSUER, NOTED, NOTICE, NUMBER, P1, P2, P3, P4, P5, PROJECTS, SIGNER, TITLE, TO, turnLandscapePages } from './published.js';

const lo = sofficeEnabled();

describe.runIf(lo)('a PDF as published (LibreOffice from an ODT written here)', () => {
  for (const footer of ['dash', 'cn'] as const) {
    it(`红头, 文号, signature and date, tables, a footnote, landscape 分工表, "${footer}" page numbers: the text and tables as written`, async () => {
      const pdf = convert('notice.fodt', doc(BLOCKS, footer, footer === 'cn' ? '某某区人民政府办公室' : undefined), 'pdf');
      const { lines } = await readWithNode(pdf, 'notice.pdf');
      const rows = lines.filter((l) => l.cells).map((l) => l.cells!);
      // LibreOffice leaves a comma that falls at a line's end out of the PDF (pdftotext and the rendered page lack it
      // too), and a space between a digit and Chinese is the typesetter's as often as the author's ("表2 资金安排"):
      // the paragraphs are compared without either
      const fold = (t: string) => t.replace(/[，\s]/g, '');
      const text = texts(lines.filter((l) => !l.cells)).map(fold);
      // the paragraphs, in order, each whole: the 红头 and 文号, the signature and date, the paragraph a footnote
      // interrupts at a page's foot; no footnote (as the .docx reader leaves Word's footnotes out), no page number,
      // no running header
      expect(text).toEqual([ISSUER, NUMBER, TITLE, TO, NOTICE, SIGNER, DATE, P1, '一、主要目标', P2, '表2 资金安排', '二、重点任务', P3, P4, NOTED, P5, '三、重点项目', '附件'].map(fold));
      // the tables: each once, its header once (repeated on each page in the PDF), rows broken by a page joined,
      // a cell's paragraphs apart
      expect(rows).toEqual([...cellsOf(INDICATORS), ...cellsOf(BUDGET), ...cellsOf(PROJECTS), ...cellsOf(DIVISION)]);
      expect(lines.filter((l) => l.cells && l.cells[0] === '8').at(-1)!.cellLines![3]).toEqual(['各镇人民政府', '区财政局']);
      // four tables: a blank line before each, none between the rows of one
      const starts = lines.flatMap((l, k) => (l.cells && !lines[k - 1]?.cells ? [l.cells[0]] : []));
      expect(starts).toEqual(['序号', '项目', '序号', '序号']);
    }, 120_000);
  }

  it('the landscape 分工表 pages turned onto portrait pages (text running up or down the page, or with /Rotate 90) read as the landscape ones', async () => {
    const pdf = convert('notice.fodt', doc(BLOCKS, 'dash'), 'pdf');
    const landscape = (await readWithNode(pdf, 'notice.pdf')).lines.map((l) => [l.text, l.cells, l.cellLines]);
    const rows = landscape.filter(([, cells]) => cells);
    expect(rows.slice(-DIVISION.length)).toEqual(cellsOf(DIVISION).map((r) => [r.join('\t'), r, expect.anything()]));
    for (const how of ['up', 'down', 'rotated'] as const) {
      const turned = (await readWithNode(turnLandscapePages(pdf, how), 'notice.pdf')).lines.map((l) => [l.text, l.cells, l.cellLines]);
      expect(turned, how).toEqual(landscape);
    }
  }, 120_000);
});
