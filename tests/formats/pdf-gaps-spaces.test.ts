/**
 * What a PDF shows only as space (session 39): empty lines between the cells of a table set one cell per line, the
 * empty line before a paragraph after a tab-separated table, a lead cell left empty in a tab-separated row, and the
 * spaces an author typed next to quotation marks. PDFs made at test time by LibreOffice from documents written for the
 * test, each in two shapes — a .txt (LibreOffice's 10 pt, 2 cm margins) and a flat ODT or .docx in 12 or 14 pt with
 * GB/T 9704's margins (28 and 26 mm). Each case fails on b762efe5.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { createNodeReaders } from '../../electron/core/formats/index';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

/** Each task of the plan the PDF is read as: its heading's start, its lead and its partners. */
async function tasks(pdf: Uint8Array) {
  const doc = await importFile({ bytes: pdf, fileName: 't.pdf' }, { readers: createNodeReaders() });
  return [...walk(doc.nodes)].filter(({ node }) => node.kind === 'task').map(({ node }) => [node.heading.slice(0, 8), node.lead.join('、'), node.partners.join('、')]);
}

/** The rows read as cells, and the other lines' texts. */
async function read(pdf: Uint8Array) {
  const { lines } = await readWithNode(pdf, 't.pdf');
  return { cells: lines.filter((l) => l.cells).map((l) => l.cells), text: texts(lines.filter((l) => !l.cells)) };
}

// A task list one cell per line: 分类 given once over the rows of its group, a row without partners; empty cells
// written as empty lines. `E` marks an empty cell.
const E = '';
const head = ['云溪区2026年为民办实事任务清单', '根据区人民代表大会审议通过的为民办实事项目，现将任务分解如下。', '序号', '分类', '工作任务', '牵头单位', '配合单位', '完成时限'];
const rows = [
  ['1', '养老服务', '新建社区食堂6个，覆盖老年人口1.2万人。', '区民政局', '区商务局', '2026年9月底'],
  ['2', E, '建设街道综合养老服务中心2个。', '区民政局', E, '2026年12月底'],
  ['3', '城市建设', '改造城区排水管网15公里。', '区住房城乡建设局', '区城市管理局', '2026年11月底'],
  ['4', E, '新增公共停车泊位500个。', '区城市管理局', E, '2026年10月底'],
  ['5', E, '更新老旧住宅电梯40部。', '区市场监管局', '各街道办事处', '2026年12月底'],
];
// (read from the rows above: each task's lead and partners)
const expected = [
  ['新建社区食堂6个', '区民政局', '区商务局'],
  ['建设街道综合养老', '区民政局', ''],
  ['改造城区排水管网', '区住房城乡建设局', '区城市管理局'],
  ['新增公共停车泊位', '区城市管理局', ''],
  ['更新老旧住宅电梯', '区市场监管局', '各街道办事处'],
];

describe.runIf(lo)('PDF: empty cells of a table one cell per line, written as empty lines', () => {
  it('a .txt, one cell a line, an empty cell an empty line: a row without partners keeps its lead', async () => {
    // (before: the reader put an empty line after each task ending a sentence and none between the short cells, so
    // the grammar read the empty line after "…2个。" as an empty 牵头单位 and took 区民政局 for the partners)
    const pdf = convert('t.txt', [...head, ...rows.flat()].join('\n'), 'pdf');
    expect(await tasks(pdf)).toEqual(expected);
  }, 60_000);

  it('a .docx in 12 pt, an empty paragraph between every two cells (an empty cell three): the same', async () => {
    // (before: row 2 lost its lead to the partners — the empty line the reader put after "…2个。" stood for an empty
    // 牵头单位 where the header's cells were handed over with none between them)
    const cols = [0, 2, 3, 4, 5];
    const blocks = [...head.slice(0, 2), ...[...cols.map((c) => head[2 + c]), ...rows.slice(0, 3).flatMap((r) => cols.map((c) => r[c]))].flatMap((c, k) => (k ? ['', c] : [c]))];
    const pdf = convert('t.docx', convert('t.fodt', fodt(blocks.map((flush) => ({ flush })), { size: 12 }), 'docx'), 'pdf');
    expect(await tasks(pdf)).toEqual(expected.slice(0, 3));
  }, 120_000);
});

// A tab-separated project list whose last row reaches far to the right, an empty line, a closing paragraph.
const projects = [
  ['序号', '项目名称', '建设内容', '总投资（万元）', '责任单位'],
  ['1', '城东污水处理厂提标改造', '出水水质提升至准Ⅳ类标准', '12000', '区水务局'],
  ['2', '南湖片区雨污分流改造', '改造雨污管网28公里', '8600', '区住房城乡建设局'],
  ['3', '老旧供水管网更新', '更新供水管网35公里', '5400', '区水务局、区城市管理局'],
];
const closing = '各责任单位要按照清单倒排工期、挂图作战，确保项目按期建成。';
// A task division in two parts, "（续表）" between them, each part after an empty line.
const division = [
  ['序号', '重点任务', '牵头单位', '完成时限', '备注'],
  ['1', '改造乡镇商贸中心', '县商务局', '12月底', '分两年实施'],
  ['2', '建设物流配送中心', '县交通运输局', '6月底前', '跨年度项目'],
];
const division2 = [division[0], ['3', '推进快递进村', '县邮政管理局', '10月底', '新增任务']];
const report = '各牵头单位每季度末报送进展。';

describe.runIf(lo)('PDF: a paragraph after a tab-separated table, an empty line between', () => {
  it('a .txt: the closing paragraph is no wrapped line of the last row', async () => {
    // (before: "…区城市管理局各责任单位要按照清单…" — the row ended near the edge, and the paragraph went on its last cell)
    const pdf = convert('t.txt', ['青川区2026年水环境治理项目清单如下：', '', ...projects.map((r) => r.join('\t')), '', closing, ''].join('\n'), 'pdf');
    const r = await read(pdf);
    expect(r.cells).toEqual(projects);
    expect(r.text).toEqual(['青川区2026年水环境治理项目清单如下：', closing]);
  }, 60_000);

  it('a flat ODT in 12 pt: "（续表）" and the closing paragraph are lines of their own, the rows before them whole', async () => {
    // (before: "跨年度项目（续表）" — row 2 then text, one piece too many — and "新增任务各牵头单位每季度末报送进展。")
    const blocks = ['南屿县2026年县域商业体系建设任务分工：', ...division.map((r) => r.join('⇥')), '', '（续表）', '', ...division2.map((r) => r.join('⇥')), '', report];
    const pdf = convert('t.fodt', fodt(blocks.map((flush) => ({ flush })), { size: 12 }).replaceAll('⇥', '<text:tab/>'), 'pdf');
    const r = await read(pdf);
    expect(r.cells).toEqual([...division, ...division2]);
    expect(r.text).toEqual(['南屿县2026年县域商业体系建设任务分工：', '（续表）', report]);
  }, 60_000);
});

// A tab-separated task division whose 牵头单位 is written once over the two rows it leads (the cell merged down, as
// its text copy leaves it empty).
const merged = [
  ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
  ['1', '改造提升乡镇商贸中心', '县商务局', '各乡镇人民政府', '2027年12月底'],
  ['2', '发展村级便民商店', E, '县供销社、县邮政分公司', '2026年12月底'],
  ['3', '建设县级物流配送中心', '县交通运输局', '县商务局', '2027年6月底'],
];

describe.runIf(lo)('PDF: a lead cell left empty in a tab-separated row', () => {
  const want = [['改造提升乡镇商贸', '县商务局', '各乡镇人民政府'], ['发展村级便民商店', '县商务局', '县供销社、县邮政分公司'], ['建设县级物流配送', '县交通运输局', '县商务局']];
  const body = (rowsOf: string[][]) => ['南屿县县域商业体系建设实施方案', '一、重点任务', '1.改造提升乡镇商贸中心。两年改造提升乡镇商贸中心8个。',
    '2.发展村级便民商店。建设村级便民商店120个。', '3.建设县级物流配送中心。依托城北物流园建设县级物流配送中心。', '附件：重点任务分工表', '附件', '重点任务分工表',
    ...rowsOf.map((r) => r.join('⇥'))];

  it('a .txt: the row takes the lead written above it, as its text does', async () => {
    // (before: task 2 had no lead — the PDF's row was read as a Word row's cells, where an empty cell is empty)
    const pdf = convert('t.txt', body(merged).join('\n').replaceAll('⇥', '\t'), 'pdf');
    expect(await tasks(pdf)).toEqual(want);
  }, 60_000);

  it('a flat ODT in 12 pt: the same', async () => {
    const pdf = convert('t.fodt', fodt(body(merged).map((flush) => ({ flush })), { size: 12 }).replaceAll('⇥', '<text:tab/>'), 'pdf');
    expect(await tasks(pdf)).toEqual(want);
  }, 60_000);
});

// Cells typed with one space between them, a task quoting its name, after a paragraph long enough to wrap (the text
// block's right edge); and a heading run into its text by a space before a quotation mark. (No digits in those lines:
// an item holding digits, whose widths vary, tells nothing by its width.)
const spaced = [
  '为推进政务服务标准化、规范化、便利化，现将本年度政务服务重点任务分解如下，请各牵头单位会同配合单位细化措施，按时限完成，每季度末报送进展情况。',
  '工作任务 牵头单位 配合单位 完成时限',
  '推进政务服务 “一网通办” 区数据局 区政务中心 年内完成',
  '推行惠企政策 “免申即享” 区财政局 区税务局 持续推进',
  '一、发展成就 “十三五”期间，全区累计新增就业岗位两万六千个。',
];

describe.runIf(lo)('PDF: a space typed next to a quotation mark', () => {
  it('a .txt: the spaces around “一网通办” and before “十三五” are kept', async () => {
    // (before: "推进政务服务“一网通办”区数据局 …" — the cell ran into the next — and "一、发展成就“十三五”期间")
    const pdf = convert('t.txt', ['云溪区政务服务重点任务分解', ...spaced].join('\n'), 'pdf');
    expect((await read(pdf)).text.slice(1)).toEqual(spaced);
  }, 60_000);

  it('a .docx in 14 pt (its spaces a quarter em, the whole line one text item): the same', async () => {
    const pdf = convert('t.docx', convert('t.fodt', fodt(['云溪区政务服务重点任务分解', ...spaced].map((flush) => ({ flush })), { size: 14 }), 'docx'), 'pdf');
    expect((await read(pdf)).text.slice(1)).toEqual(spaced);
  }, 120_000);
});
