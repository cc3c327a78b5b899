/**
 * Documents of short lines: a table set one cell per line, or cells closed by bars one per line (session 38). The text
 * block's right edge was the tenth-longest line's end; where nearly every line is a cell, that falls on a cell, and a
 * longer cell was taken for a full line and run into the next ("…达到120项区政务服务管理局"). PDFs made at test time by
 * LibreOffice from documents written for the test, in two shapes: a .txt (LibreOffice's 2 cm margins, one paragraph
 * long enough to wrap) and a .docx in 16 pt with GB/T 9704's margins (28 and 26 mm) where no line wraps at all.
 * And a row's number, set one cell per line, that a page break leaves last or first on its page was dropped as a page
 * number: a flat ODT in 16 pt (the number last on its page) and a .docx in 12 pt (the number first on its page).
 */
import { describe, expect, it } from 'vitest';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

/** The non-empty lines the PDF is read as (cells of a row read as a table joined by tabs: none expected here). */
async function lines(pdf: Uint8Array) {
  const { lines } = await readWithNode(pdf, 't.pdf');
  return texts(lines.map((l) => ({ text: l.cells ? l.cells.join('\t') : l.text })));
}

// one cell per line, a notice paragraph over two lines (its only wrapped line)
const cells = [
  '东湖区2026年社区服务提升任务清单',
  '各街道办事处、区政府各部门：现将东湖区2026年社区服务提升任务清单印发给你们，请各牵头单位会同配合单位细化措施，按时限完成，每季度末将进展情况报区民政局。',
  '序号', '工作任务', '牵头单位', '配合单位', '完成时限',
  '1', '在各街道新建社区嵌入式服务设施，全年建成综合服务站点12处', '区民政局', '各街道办事处', '2026年9月底前',
  '2', '推进社区食堂建设，新增老年助餐点20个', '区商务局', '区民政局、各街道办事处', '2026年6月底前',
  '3', '完善社区公共文化服务，年内举办邻里文化活动200场次', '区文化旅游局', '各街道办事处', '2026年12月底前',
  '4', '开展社区工作者专题培训', '区委社会工作部', '区人力资源社会保障局', '持续推进',
  '5', '更新老旧小区消防设施，覆盖居民小区35个，完成隐患整改', '区消防救援大队', '区住房城乡建设局', '2026年10月底前',
];

// cells closed by bars, one per paragraph; no line long enough to wrap
const barred = [
  '青川区2026年重点工作责任清单',
  '序号 |', '重点工作 |', '责任领导 |', '责任单位 |',
  '1 |', '完善园区道路和供水供电配套设施。 |', '周明 |', '园区建设局 |',
  '2 |', '新签约亿元以上项目15个。 |', '陈岚 |', '招商服务局、企业服务局 |',
  '3 |', '盘活闲置厂房6万平方米。 |', '吴涛 |', '自然资源分局 |',
  '4 |', '开展安全生产隐患排查。 |', '刘芳 |', '应急管理局 |',
];

// a duty table one cell per line over two pages; `at` the row whose number the page break falls next to
const duty = (at: number) => {
  const rows = [
    ['1', '新建口袋公园3处，完善周边步道。', '县住建局', '9月底前'],
    ['2', '改造农贸市场2个，规范经营秩序。', '县商务局', '10月底前'],
    ['3', '建成乡镇敬老院1所，新增床位80张。', '县民政局', '12月底前'],
    ['4', '新增公办幼儿园学位600个。', '县教体局', '8月底前'],
  ];
  return { rows, head: ['南屿县2026年民生实事分解表', '序号', '民生实事', '责任单位', '完成时限'], at };
};

describe.runIf(lo)('PDF: documents of short lines (a table one cell per line)', () => {
  it('a .txt of one cell per line with one wrapped paragraph: a long cell is not taken for a full line and run into the next', async () => {
    // (before: the edge fell on a cell's end, and the two longest task cells took the lead unit after them)
    const pdf = convert('t.txt', cells.join('\n'), 'pdf');
    expect(await lines(pdf)).toEqual(cells);
  }, 60_000);

  it('a .docx in 16 pt of cells closed by bars, no line wrapped: each cell its own line', async () => {
    // (before: the edge fell on a cell's end, and "…配套设施。 |" took "周明 |" after it)
    const pdf = convert('t.docx', convert('t.fodt', fodt(barred.map((flush) => ({ flush })), { size: 16 }), 'docx'), 'pdf');
    expect(await lines(pdf)).toEqual(barred);
  }, 120_000);

  it('a flat ODT in 16 pt: a row number that a page break leaves last on its page is read, not dropped as a page number', async () => {
    // (before: "3", last on page 1 as the text above it, was dropped; row 3's unit and date ran under row 2)
    const { rows, head, at } = duty(2);
    const blocks = [...head, ...rows.slice(0, at).flat(), rows[at][0], { pageBreak: true as const }, ...rows[at].slice(1), ...rows.slice(at + 1).flat()];
    const pdf = convert('t.fodt', fodt(blocks.map((b) => (typeof b === 'string' ? { flush: b } : b)), { size: 16 }), 'pdf');
    expect(await lines(pdf)).toEqual([...head, ...rows.flat()]);
  }, 60_000);

  it('a .docx in 12 pt: a row number that a page break leaves first on its page is read', async () => {
    const { rows, head, at } = duty(1);
    const blocks = [...head, ...rows.slice(0, at).flat(), { pageBreak: true as const }, ...rows.slice(at).flat()];
    const pdf = convert('t.docx', convert('t.fodt', fodt(blocks.map((b) => (typeof b === 'string' ? { flush: b } : b)), { size: 12 }), 'docx'), 'pdf');
    expect(await lines(pdf)).toEqual([...head, ...rows.flat()]);
  }, 120_000);
});

/**
 * Rows of a table typed with bars, one per line (session 38): a row whose line happens to fill the line, or a lead-in
 * sentence that fills it, ran into the next row. (A row wrapped where it reaches the edge is still joined: "…｜全" ⏎
 * "年｜｜".)
 */
const taskText = '推进城乡供水一体化建设新建供水管网改造老旧小区加装电梯完善配套设施提升服务';
const spaced = [
  '南屿县2026年城乡建设重点任务分解表',
  '序号 | 工作任务 | 责任单位 | 完成时限 |',
  ...[1, 2, 3, 4, 5, 6, 7].map((k) => `${k} | ${taskText.slice(0, 22 + k)}。 | 县住房城乡建设局 | 全年 |`),
  '8 | 完善配套设施。 | 县住建局 | 全年 |',
  '请各责任单位每季度末报送进展情况。',
];
const renewal = '开展城市更新行动改造老旧街巷整治背街小巷完善停车设施提升公园绿地品质';
const fullwidth = [
  '云溪区2026年城市更新任务分解表',
  '为推动重点工作落地见效，现将2026年城市更新重点任务分解如下。',
  '｜序号｜工作任务｜责任单位｜完成时限｜｜',
  ...[1, 2, 3].map((k) => `｜${k}｜${renewal.slice(0, 17 + k)}｜区城管局｜全年｜｜`),
  `｜4｜${renewal.slice(0, 22)}｜区城管局｜全年｜｜`,
  '｜5｜整治背街小巷｜区城管局｜全年｜｜',
  '各责任单位每月报送进展。',
];
/** Lines without white space (a row wrapped at a space is joined without it). */
const solid = (ts: string[]) => ts.map((t) => t.replace(/\s+/g, ''));

describe.runIf(lo)('PDF: table rows typed with bars, one per line', () => {
  it('a .txt of rows "N | … |" (10 pt): a row that fills its line does not take the next row', async () => {
    // (before: rows 6 and 7, ending less than two em short of the edge, took rows 7 and 8 after them)
    const pdf = convert('t.txt', spaced.join('\n'), 'pdf');
    expect(solid(await lines(pdf))).toEqual(solid(spaced));
  }, 60_000);

  it('a .docx of rows "｜N｜…｜" in 14 pt: a lead-in sentence or a row that fills its line does not take the next row; rows wrapped at the edge stay whole', async () => {
    // (before: the lead-in sentence took the header after it, and rows 1 and 2, each less than two em short of the edge, the row after them)
    const pdf = convert('t.docx', convert('t.fodt', fodt(fullwidth.map((flush) => ({ flush })), { size: 14 }), 'docx'), 'pdf');
    expect(solid(await lines(pdf))).toEqual(solid(fullwidth));
  }, 120_000);
});

/**
 * A row wrapped where the typesetter moved the last cell's last character down with the bars after it (session 38): a
 * bar may not open a line, so "前｜｜｜｜" went down whole and the line before ended three or four em short of the edge —
 * not full, and the row was read as two lines ("…年底" ⏎ "前｜｜｜｜"). A Latin word or number moved down whole was
 * already allowed for (leadWord); now also a Chinese character held to what may not open a line after it.
 */
const works = '推进城乡供水一体化建设新建供水管网改造老旧小区加装电梯完善配套设施提升服务水平';
const padded = (n: number) => [
  '南屿县2026年城乡建设任务表',
  '｜序号｜工作任务｜责任单位｜完成时限｜｜｜｜',
  ...[1, 2, 3, 4, 5, 6].map((k) => `｜${k}｜${works.slice(0, n + k)}｜县住建局｜年底前｜｜｜｜`),
  '请按月报送进展。',
];
/** A flat ODT whose paragraphs are set flush left, not justified (a justified line is stretched to the edge). */
const leftAligned = (ts: string[], size: number) => fodt(ts.map((flush) => ({ flush })), { size })
  .replace('<style:style style:name="Flush" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/>',
    '<style:style style:name="Flush" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>');

describe.runIf(lo)('PDF: a wrapped row whose last characters went down with its bars', () => {
  it('a .txt (10 pt, flush left): rows 5 and 6, wrapped before "前｜｜｜｜" three and four em short of the edge, are one line each', async () => {
    const doc = padded(28);
    expect(solid(await lines(convert('t.txt', doc.join('\n'), 'pdf')))).toEqual(solid(doc));
  }, 60_000);

  it('a .docx in 16 pt, flush left: row 1, wrapped before "前｜｜｜｜" two em short of the edge, is one line', async () => {
    const doc = padded(14);
    expect(solid(await lines(convert('t.docx', convert('t.fodt', leftAligned(doc, 16), 'docx'), 'pdf')))).toEqual(solid(doc));
  }, 120_000);
});
