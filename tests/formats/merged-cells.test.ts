/**
 * A 分解表 whose 牵头单位 and 完成时限 cells are merged down over several tasks (written once for the tasks they serve),
 * as Word (w:vMerge), a web page (rowspan) and a workbook (merged ranges) hold it: every task gets the merged cell's
 * departments and deadline, and the cells after a merged one stay under their own headers. Before, Word's tasks 2–3
 * had no lead and no deadline, and the web page's partners were read as leads (its rows shifted left).
 * The Word document, its PDF and the workbook are made from the web page by LibreOffice at test time (Writer and
 * Calc), and one Word document by the docx library.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export.js';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { importFile } from '../../shared/importer/index.js';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import { convert, sofficeEnabled } from './office.js';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>分解表</title></head><body>
<p>附件</p>
<p>南湖区2025年城市更新重点任务分解表</p>
<table border="1">
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>完成城区12处积水点改造</td><td rowspan="3">区建设委</td><td>区水务局</td><td rowspan="2">2025年10月底前</td></tr>
<tr><td>2</td><td>新建改建公共停车泊位800个</td><td>区交通委、各街道</td></tr>
<tr><td>3</td><td>完成老旧小区综合改造20个</td><td>区房管局</td><td>2025年12月底前</td></tr>
<tr><td>4</td><td>新增养老床位300张</td><td>区民政局</td><td>区卫健委</td><td>2025年12月底前</td></tr>
</table></body></html>`;

/** What the page says, read by eye: the lead of 1–3 is 区建设委 (one cell over three rows), the deadline of 1–2 is
 *  2025年10月底前 (one cell over two rows). */
const EXPECTED = [
  { heading: '完成城区12处积水点改造', lead: ['区建设委'], partners: ['区水务局'], done: '2025年10月底前' },
  { heading: '新建改建公共停车泊位800个', lead: ['区建设委'], partners: ['区交通委', '各街道'], done: '2025年10月底前' },
  { heading: '完成老旧小区综合改造20个', lead: ['区建设委'], partners: ['区房管局'], done: '2025年12月底前' },
  { heading: '新增养老床位300张', lead: ['区民政局'], partners: ['区卫健委'], done: '2025年12月底前' },
];

function read(doc: PlanDoc) {
  return [...walk(doc.nodes)].map((x) => x.node).filter((n) => n.kind === 'task').map((n) => ({
    heading: n.heading, lead: n.lead, partners: n.partners,
    done: n.milestones.filter((m) => m.year === 2025 && m.stage === '完成').map((m) => m.text).join('；'),
  }));
}

/** Calc is a package of its own (libreoffice-calc-nogui): the workbook test needs it besides Writer. */
function calcEnabled(): boolean {
  const soffice = findSoffice();
  const has = !!soffice && existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'));
  if (has) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice Calc is required for the workbook test (apt-get install libreoffice-calc-nogui)');
  console.warn('formats: no LibreOffice Calc found — the .xlsx made by Calc is skipped');
  return false;
}

describe('cells merged down over several tasks', () => {
  it('a web page (rowspan): every task under its own headers, the merged lead and deadline on each', async () => {
    const doc = await importFile({ bytes: new TextEncoder().encode(PAGE), fileName: '分解表.html' });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  });

  it('a Word table written by the docx library (vMerge restart / continue)', async () => {
    const c = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
    const table = new Table({
      rows: [
        new TableRow({ children: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].map((t) => c(t)) }),
        new TableRow({ children: [c('1'), c(EXPECTED[0].heading), c('区建设委', 3), c('区水务局'), c('2025年10月底前', 2)] }),
        new TableRow({ children: [c('2'), c(EXPECTED[1].heading), c('区交通委、各街道')] }),
        new TableRow({ children: [c('3'), c(EXPECTED[2].heading), c('区房管局'), c('2025年12月底前')] }),
        new TableRow({ children: [c('4'), c(EXPECTED[3].heading), c('区民政局'), c('区卫健委'), c('2025年12月底前')] }),
      ],
    });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件'), new Paragraph('南湖区2025年城市更新重点任务分解表'), table] }] }));
    const doc = await importFile({ bytes: new Uint8Array(bytes), fileName: '分解表.docx' });
    expect(read(doc)).toEqual(EXPECTED);
  });

  it.runIf(sofficeEnabled())('the same page as a Word document LibreOffice writes', async () => {
    const bytes = convert('分解表.html', PAGE, 'docx:MS Word 2007 XML');
    const doc = await importFile({ bytes, fileName: '分解表.docx' });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  }, 180_000);

  it.runIf(sofficeEnabled())('that Word document printed to PDF (a ruled table whose merged cell has no rule across it)', async () => {
    const pdf = convert('分解表.docx', convert('分解表.html', PAGE, 'docx:MS Word 2007 XML'), 'pdf');
    const doc = await importFile({ bytes: pdf, fileName: '分解表.pdf' }, { readers: createNodeReaders() });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  }, 180_000);

  it.runIf(sofficeEnabled() && calcEnabled())('the same page as a workbook LibreOffice Calc writes (merged ranges)', async () => {
    const bytes = convert('分解表.html', PAGE, 'xlsx:Calc Office Open XML', 'HTML (StarCalc)');
    const doc = await importFile({ bytes, fileName: '分解表.xlsx' });
    expect(doc.meta.source?.encoding).toBe('xlsx');
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  }, 180_000);
});
