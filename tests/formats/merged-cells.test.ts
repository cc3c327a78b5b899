/**
 * A 分解表 whose 牵头单位 and 完成时限 cells are merged down over several tasks (written once for the tasks they serve),
 * as Word (w:vMerge), a Word 97 document (the vertMerge flags of its rows' table properties), a web page (rowspan)
 * and a workbook (merged ranges) hold it: every task gets the merged cell's departments and deadline, and the cells
 * after a merged one stay under their own headers. Before, Word's tasks 2–3 had no lead and no deadline (in a Word 97
 * document until the .doc reader read the table properties), and the web page's partners were read as leads (its
 * rows shifted left).
 * The Word documents (.docx and .doc), the PDF and the workbook are made from the web page by LibreOffice at test
 * time (Writer and Calc), and one Word document by the docx library.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { importFile } from '../../shared/importer/index.js';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import { calcEnabled, convert, sofficeEnabled } from './office.js';

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

/** The page's table as the docx library writes it (a paragraph per cell, vMerge restart / continue). */
async function docxLibraryTable(): Promise<Uint8Array> {
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
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件'), new Paragraph('南湖区2025年城市更新重点任务分解表'), table] }] })));
}

describe('cells merged down over several tasks', () => {
  /** The page as a Word document LibreOffice writes, made once for the tests that start from it. */
  let docx: Uint8Array | undefined;
  const loDocx = () => (docx ??= convert('分解表.html', PAGE, 'docx:MS Word 2007 XML'));

  it('a web page (rowspan): every task under its own headers, the merged lead and deadline on each', async () => {
    const doc = await importFile({ bytes: new TextEncoder().encode(PAGE), fileName: '分解表.html' });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  });

  it('a Word table written by the docx library (vMerge restart / continue)', async () => {
    const doc = await importFile({ bytes: await docxLibraryTable(), fileName: '分解表.docx' });
    expect(read(doc)).toEqual(EXPECTED);
  });

  it.runIf(sofficeEnabled())('the same page as a Word document LibreOffice writes', async () => {
    const bytes = loDocx();
    const doc = await importFile({ bytes, fileName: '分解表.docx' });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  }, 180_000);

  it.runIf(sofficeEnabled())('that Word document saved as a Word 97 document (.doc: the merges in its rows\' table properties)', async () => {
    const doc97 = convert('分解表.docx', loDocx(), 'doc:MS Word 97');
    const doc = await importFile({ bytes: doc97, fileName: '分解表.doc' }, { readers: createNodeReaders() });
    expect(doc.meta.title).toBe('南湖区2025年城市更新重点任务分解表');
    expect(read(doc)).toEqual(EXPECTED);
  }, 180_000);

  it.runIf(sofficeEnabled())('the docx library\'s Word table saved as a Word 97 document', async () => {
    const doc97 = convert('分解表.docx', await docxLibraryTable(), 'doc:MS Word 97');
    expect(read(await importFile({ bytes: doc97, fileName: '分解表.doc' }, { readers: createNodeReaders() }))).toEqual(EXPECTED);
  }, 180_000);

  it.runIf(sofficeEnabled())('that Word document printed to PDF (a ruled table whose merged cell has no rule across it)', async () => {
    const pdf = convert('分解表.docx', loDocx(), 'pdf');
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

/** A head of two rows: 责任单位 over 牵头单位 | 配合单位, the other labels merged down over both rows. */
const TWO_ROW_HEAD = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>北湖区2025年重点工作任务分解表</p>
<table border="1">
<tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td>1</td><td>推进城区道路积水点改造</td><td rowspan="2">区建设委</td><td>区水务局</td><td>2025年10月底前</td></tr>
<tr><td>2</td><td>新建改建公共停车泊位800个</td><td>区交通委、各街道</td><td>2025年11月底前</td></tr>
<tr><td>3</td><td>新增养老床位300张</td><td>区民政局</td><td>区卫健委</td><td>2025年12月底前</td></tr>
</table></body></html>`;
const TWO_ROW_EXPECTED = [
  { heading: '推进城区道路积水点改造', lead: ['区建设委'], partners: ['区水务局'], done: '2025年10月底前' },
  { heading: '新建改建公共停车泊位800个', lead: ['区建设委'], partners: ['区交通委', '各街道'], done: '2025年11月底前' },
  { heading: '新增养老床位300张', lead: ['区民政局'], partners: ['区卫健委'], done: '2025年12月底前' },
];

describe('a table head of two rows (责任单位 over 牵头单位 | 配合单位): read as one head — before, no task was read at all', () => {
  it('a web page', async () => {
    const doc = await importFile({ bytes: new TextEncoder().encode(TWO_ROW_HEAD), fileName: '分解表.html' });
    expect(read(doc)).toEqual(TWO_ROW_EXPECTED);
  });

  it.runIf(sofficeEnabled())('as a Word document, its PDF, a Word 97 document and a workbook (LibreOffice Writer and Calc)', async () => {
    const docx = convert('分解表.html', TWO_ROW_HEAD, 'docx:MS Word 2007 XML');
    expect(read(await importFile({ bytes: docx, fileName: '分解表.docx' }))).toEqual(TWO_ROW_EXPECTED);
    const pdf = convert('分解表.docx', docx, 'pdf');
    expect(read(await importFile({ bytes: pdf, fileName: '分解表.pdf' }, { readers: createNodeReaders() }))).toEqual(TWO_ROW_EXPECTED);
    // the .doc's merges come from its rows' table properties: the head's labels merged down (their cells' edges
    // differ from the row above's, 责任单位 spanning two columns) and task 2's lead (before, task 2 had no lead)
    const doc97 = convert('分解表.docx', docx, 'doc:MS Word 97');
    expect(read(await importFile({ bytes: doc97, fileName: '分解表.doc' }, { readers: createNodeReaders() }))).toEqual(TWO_ROW_EXPECTED);
    if (calcEnabled()) {
      const xlsx = convert('分解表.html', TWO_ROW_HEAD, 'xlsx:Calc Office Open XML', 'HTML (StarCalc)');
      expect(read(await importFile({ bytes: xlsx, fileName: '分解表.xlsx' }))).toEqual(TWO_ROW_EXPECTED);
    }
  }, 300_000);
});

/** A 民生实事 workbook as offices circulate one: title rows, a 填报单位 line, 类别 merged down over its projects, a lead
 *  merged over two projects, a deadline over three, a 备注 column, the office's signature and date under the table. */
const MINSHENG = `<html><head><meta charset="utf-8"></head><body>
<p>附件</p>
<p>青山区2026年民生实事项目任务分解表</p>
<p>填报单位：青山区人民政府办公室　　　　填报日期：2026年1月20日</p>
<table border="1">
<tr><th>类别</th><th>序号</th><th>项目名称</th><th>建设内容及目标</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th><th>备注</th></tr>
<tr><td rowspan="2">教育</td><td>1</td><td>新建改扩建幼儿园</td><td>新增公办学位1200个</td><td>区教育局</td><td>区住建局、区自然资源局</td><td>2026年8月底前</td><td></td></tr>
<tr><td>2</td><td>中小学食堂改造</td><td>完成15所学校食堂提质改造</td><td>区教育局</td><td>区市场监管局</td><td>2026年9月底前</td><td>续建</td></tr>
<tr><td rowspan="3">养老</td><td>3</td><td>社区嵌入式养老服务</td><td>新建社区嵌入式养老服务中心6个</td><td rowspan="2">区民政局</td><td>各街道</td><td rowspan="3">2026年12月底前</td><td></td></tr>
<tr><td>4</td><td>老年助餐点建设</td><td>新增老年助餐点20个，覆盖率达到85%</td><td>区财政局、各街道</td><td></td></tr>
<tr><td>5</td><td>适老化改造</td><td>完成困难老年人家庭适老化改造500户</td><td>区残联</td><td>区民政局</td><td></td></tr>
</table>
<p>青山区人民政府办公室</p><p>2026年1月20日</p>
</body></html>
`;

describe('a 民生实事 workbook made by LibreOffice Calc', () => {
  it.runIf(sofficeEnabled() && calcEnabled())('类别 groups, merged leads and deadlines, the 备注 kept, the signature and date read', async () => {
    const doc = await importFile({ bytes: convert('民生实事.html', MINSHENG, 'xlsx:Calc Office Open XML', 'HTML (StarCalc)'), fileName: '民生实事.xlsx' });
    expectMinsheng(doc);
  }, 180_000);
});

describe('the same 民生实事 table as a Word 97 document (LibreOffice Writer: web page → .docx → .doc)', () => {
  it.runIf(sofficeEnabled())('类别 groups, merged leads and deadlines from the rows\' table properties', async () => {
    const docx = convert('民生实事.html', MINSHENG, 'docx:MS Word 2007 XML');
    const doc = await importFile({ bytes: convert('民生实事.docx', docx, 'doc:MS Word 97'), fileName: '民生实事.doc' }, { readers: createNodeReaders() });
    expectMinsheng(doc);
  }, 180_000);
});

/** What the 民生实事 table says, read by eye. */
function expectMinsheng(doc: PlanDoc): void {
  expect(doc.meta.title).toBe('青山区2026年民生实事项目任务分解表');
  expect(doc.meta.issuer).toBe('青山区人民政府办公室');
  expect(doc.meta.issuedOn).toBe('2026-01-20');
  const nodes = [...walk(doc.nodes)].map((x) => x.node);
  expect(nodes.filter((n) => n.kind === 'part').map((n) => [n.heading, n.children.map((c) => c.heading)])).toEqual([
    ['教育', ['新建改扩建幼儿园', '中小学食堂改造']],
    ['养老', ['社区嵌入式养老服务', '老年助餐点建设', '适老化改造']],
  ]);
  const tasks = nodes.filter((n) => n.kind === 'task');
  expect(tasks.map((n) => n.lead)).toEqual([['区教育局'], ['区教育局'], ['区民政局'], ['区民政局'], ['区残联']]);
  expect(tasks.map((n) => n.partners)).toEqual([['区住建局', '区自然资源局'], ['区市场监管局'], ['各街道'], ['区财政局', '各街道'], ['区民政局']]);
  expect(tasks.map((n) => n.milestones.map((m) => m.text))).toEqual([['2026年8月底前'], ['2026年9月底前'], ['2026年12月底前'], ['2026年12月底前'], ['2026年12月底前']]);
  expect(tasks[1].body).toContain('续建');
  expect(tasks[3].body).toContain('覆盖率达到85%');
}

describe('an amount merged over several rows is their total, not each row\'s', () => {
  it('a 总投资 written once over a project\'s three phases is given to no phase (their sum would triple it)', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>东湖区2025年重大项目推进计划</p><table border="1">
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>总投资（亿元）</th><th>完成时限</th></tr>
<tr><td>1</td><td>滨江综合管廊一期</td><td rowspan="3">区建设委</td><td rowspan="3">18.5</td><td>2025年6月底前</td></tr>
<tr><td>2</td><td>滨江综合管廊二期</td><td>2025年9月底前</td></tr>
<tr><td>3</td><td>滨江综合管廊三期</td><td>2025年12月底前</td></tr>
<tr><td>4</td><td>城北污水处理厂提标</td><td>区水务局</td><td>3.2</td><td>2025年12月底前</td></tr>
</table></body></html>`;
    const doc = await importFile({ bytes: new TextEncoder().encode(page), fileName: '项目.html' });
    const tasks = [...walk(doc.nodes)].map((x) => x.node).filter((n) => n.kind === 'task');
    expect(tasks.map((n) => n.lead)).toEqual([['区建设委'], ['区建设委'], ['区建设委'], ['区水务局']]);
    expect(tasks.map((n) => n.indicators.map((i) => `${i.value}${i.unit}`))).toEqual([['18.5亿元'], [], [], ['3.2亿元']]);
  });
});
