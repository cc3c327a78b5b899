/**
 * Excel workbooks (shared/importer/formats/xlsx.ts): a 任务分解表 circulated as .xlsx. Workbooks written here as
 * SpreadsheetML parts (the shapes Excel and WPS write: shared strings with runs and phonetic guides, inline strings,
 * styles with built-in and custom number formats, merged ranges, hidden sheets), and refusals.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { importFile } from '../../shared/importer';
import { readXlsx, serialDate, shownBy } from '../../shared/importer/formats/xlsx';
import { readSource } from '../../shared/importer/source';
import { walk, type PlanNode } from '../../shared/model/plan';
import { S, workbook, type Cell, type SheetSpec } from './xlsx-workbook';

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<ImportError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

const tasks = (nodes: PlanNode[]): PlanNode[] => [...walk(nodes)].map((x) => x.node).filter((n) => n.kind === 'task');

// styles: 0 General, 1 the built-in date 14 (m/d/yyyy), 2 a custom 年月 format, 3 the built-in 0%, 4 0.0%, 5 0.00, 6 text
const XFS = [0, 14, 176, 9, 177, 2, 49];
const FMTS = { 176: 'yyyy"年"m"月"', 177: '0.0%' };

/** 西江区's 2025 分解表 as a workbook: title merged over the table's width, 牵头单位 merged down over two tasks and
 *  完成时限 over three, dates as Excel stores them (serial days under a date format). */
const FENJIE: SheetSpec = {
  name: '任务分解',
  rows: {
    1: ['附件1'],
    2: ['西江区2025年民生实事项目任务分解表'],
    3: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    4: [{ v: '1' }, '新建社区长者食堂12家，实现街道全覆盖', '区民政局', '各街道', { v: '45838', s: 1 }],
    5: [{ v: '2' }, '改造提升农贸市场3个', null, '区市场监管局', null],
    6: [{ v: '3' }, '新增公共充电桩600个', '区发展改革委', '区供电公司、区住建局', null],
    7: [{ v: '4' }, '完成老旧小区加装电梯40台', '区住建局', '区市场监管局\n各街道', { v: '46022', s: 1 }],
  },
  merges: ['A2:E2', 'C4:C5', 'E4:E6'],
};

describe('.xlsx: a workbook read as lines', () => {
  it('a title above the table is a paragraph; rows are table rows; a range merged down leaves its text to the rows below', () => {
    const lines = readXlsx(workbook([FENJIE], { xfs: XFS, fmts: FMTS }), '分解表.xlsx');
    expect(lines.map((l) => l.text)).toEqual([
      '附件1',
      '西江区2025年民生实事项目任务分解表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t新建社区长者食堂12家，实现街道全覆盖\t区民政局\t各街道\t2025年6月30日',
      '2\t改造提升农贸市场3个\t\t区市场监管局\t',
      '3\t新增公共充电桩600个\t区发展改革委\t区供电公司、区住建局\t',
      '4\t完成老旧小区加装电梯40台\t区住建局\t区市场监管局 各街道\t2025年12月31日',
    ]);
    expect(lines[0].cells).toBeUndefined();
    expect(lines[4].mergedFrom).toEqual([null, null, { text: '区民政局', lines: ['区民政局'] }, null, { text: '2025年6月30日', lines: ['2025年6月30日'] }]);
    expect(lines[5].mergedFrom?.[4]).toEqual({ text: '2025年6月30日', lines: ['2025年6月30日'] });
    expect(lines[5].mergedFrom?.[2]).toBeNull();
    expect(lines[6].mergedFrom).toBeUndefined();
    // Alt+Enter inside a cell: the cell's lines
    expect(lines[6].cellLines?.[3]).toEqual(['区市场监管局', '各街道']);
  });

  it('imports as a plan: the merged 牵头单位 and 完成时限 reach every task they span', async () => {
    const doc = await importFile({ bytes: workbook([FENJIE], { xfs: XFS, fmts: FMTS }), fileName: '西江区分解表.xlsx' });
    expect(doc.meta.title).toBe('西江区2025年民生实事项目任务分解表');
    expect(doc.meta.district).toBe('西江区');
    expect(doc.meta.source?.encoding).toBe('xlsx');
    const t = tasks(doc.nodes);
    expect(t.map((x) => x.heading)).toEqual(['新建社区长者食堂12家，实现街道全覆盖', '改造提升农贸市场3个', '新增公共充电桩600个', '完成老旧小区加装电梯40台']);
    expect(t.map((x) => x.lead)).toEqual([['区民政局'], ['区民政局'], ['区发展改革委'], ['区住建局']]);
    expect(t.map((x) => x.partners)).toEqual([['各街道'], ['区市场监管局'], ['区供电公司', '区住建局'], ['区市场监管局', '各街道']]);
    expect(t.map((x) => x.milestones.map((m) => `${m.year} ${m.stage} ${m.text}`))).toEqual([
      ['2025 完成 2025年6月30日'], ['2025 完成 2025年6月30日'], ['2025 完成 2025年6月30日'], ['2025 完成 2025年12月31日'],
    ]);
  });

  it('cells as Excel shows them: dates (1900 and 1904 systems), percentages, fixed decimals, formulas, errors, booleans, rich and phonetic text', () => {
    const rows: Record<number, Cell[]> = {
      1: ['指标', '数值'],
      2: ['开工日期', { v: '45838', s: 1 }],
      3: ['完成月份', { v: '46022', s: 2 }],
      4: ['覆盖率', { v: '0.6', s: 3 }],
      5: ['达标率', { v: '0.955', s: 4 }],
      6: ['投资（亿元）', { v: '18.5', s: 5 }],
      7: ['合计', { v: '30.000000000000004', f: 'SUM(B2:B6)' }],
      8: ['查找', { v: '#N/A', t: 'e', f: 'VLOOKUP(A8,X:Y,2,0)' }],
      9: ['是否完成', { v: '1', t: 'b' }],
      10: ['内联', { is: '区数据局', s: 6 }],
      11: ['编号', { v: '0012', t: 'str', f: 'TEXT(12,"0000")' }],
      12: ['ISO 日期', { v: '2026-03-31T00:00:00', t: 'd' }],
    };
    const lines = readXlsx(workbook([{ name: 'Sheet1', rows }], { xfs: XFS, fmts: FMTS }), 'b.xlsx');
    const cell = (i: number) => lines[i].cells?.[1];
    expect(cell(1)).toBe('2025年6月30日');
    expect(cell(2)).toBe('2025年12月');
    expect(cell(3)).toBe('60%');
    expect(cell(4)).toBe('95.5%');
    expect(cell(5)).toBe('18.50');
    expect(cell(6)).toBe('30');
    expect(lines[7].cells).toEqual(['查找']);
    expect(cell(8)).toBe('TRUE');
    expect(cell(9)).toBe('区数据局');
    expect(cell(10)).toBe('0012');
    expect(cell(11)).toBe('2026年3月31日');
    const more = readXlsx(workbook([{ name: 'S', rows: { 1: ['项', '值'], 2: ['完成月份', { v: '45838', s: 1 }], 3: ['投资', { v: '1200', s: 2 }], 4: ['整数', { v: '18.5', s: 3 }] } }], {
      xfs: [0, 177, 178, 179], fmts: { 177: 'm"月"', 178: '0"万元"', 179: '0' },
    }), 'm.xlsx');
    expect(more.slice(1).map((l) => l.cells?.[1])).toEqual(['6月', '1200万元', '19']);
    const d1904 = readXlsx(workbook([{ name: 'Sheet1', rows: { 1: ['日期', '备注'], 2: [{ v: '44376', s: 1 }, '1904 系统'] } }], { xfs: XFS, fmts: FMTS, date1904: true }), 'c.xlsx');
    expect(d1904[1].cells?.[0]).toBe('2025年6月30日');
  });

  it('a rich shared string is its runs joined, without its phonetic guide', () => {
    const bytes = workbook([{ name: 'Sheet1', rows: { 1: ['单位', { v: '1', t: 's' }] } }], {
      extraStrings: `<si><r><t>区</t></r><r><rPr><b/></rPr><t>大数据中心</t></r><rPh sb="0" eb="1"><t>く</t></rPh></si>`,
    });
    expect(readXlsx(bytes, 'r.xlsx')[0].cells).toEqual(['单位', '区大数据中心']);
  });

  it('several sheets: each named on a line before its rows (default names not), hidden sheets left out and named in the report', async () => {
    const bytes = workbook([
      { name: '主要指标', rows: { 1: ['指标', '2025年目标'], 2: ['新增就业岗位（个）', { v: '12000' }] } },
      { name: '下拉选项', state: 'hidden', rows: { 1: ['区民政局', '区住建局'] } },
      { name: 'Sheet3', rows: { 1: ['序号', '任务'], 2: [{ v: '1' }, '建设口袋公园'] } },
      { name: 'x', state: 'veryHidden', rows: { 1: ['秘密', '不读'] } },
    ]);
    expect(readXlsx(bytes, 'm.xlsx').map((l) => l.text)).toEqual(['主要指标', '指标\t2025年目标', '新增就业岗位（个）\t12000', '', '序号\t任务', '1\t建设口袋公园']);
    // the import report names the hidden sheets it left out
    const doc = await importFile({ bytes, fileName: 'm.xlsx' });
    const w = doc.report?.warnings.find((x) => x.code === 'hidden-sheets');
    expect(w?.message).toContain('2 个隐藏的工作表未导入:“下拉选项”、“x”');
  });

  it('empty rows between tables are one empty line; cells in rows without their column references are placed in order', async () => {
    const bytes = workbook([{ name: 'S', rows: { 1: ['序号', '任务'], 2: [{ v: '1' }, '甲'], 9: ['说明', '乙'] } }]);
    expect(readXlsx(bytes, 'e.xlsx').map((l) => l.text)).toEqual(['序号\t任务', '1\t甲', '', '说明\t乙']);
    const noRefs = strToU8(`<?xml version="1.0"?><worksheet xmlns="${S}"><sheetData><row><c t="inlineStr"><is><t>一</t></is></c><c t="inlineStr"><is><t>二</t></is></c></row><row><c><v>3</v></c><c t="inlineStr"><is><t>四</t></is></c></row></sheetData></worksheet>`);
    const base = workbook([{ name: 'S', rows: { 1: ['x'] } }]);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(base);
    files['xl/worksheets/sheet1.xml'] = noRefs;
    expect(readXlsx(zipSync(files), 'n.xlsx').map((l) => l.text)).toEqual(['一\t二', '3\t四']);
  });

  it('a merged range over the whole sheet (a hostile or careless file) is not walked cell by cell, and the ranges after it still count', () => {
    const bytes = workbook([{ name: 'S', rows: { 1: ['序号', '任务', '牵头单位'], 2: [{ v: '1' }, '甲', '区民政局'], 3: [{ v: '2' }, '乙'] }, merges: ['A100:XFD1048576', 'C2:C3'] }]);
    const lines = readXlsx(bytes, 'h.xlsx');
    expect(lines.map((l) => l.text)).toEqual(['序号\t任务\t牵头单位', '1\t甲\t区民政局', '2\t乙\t']);
    expect(lines[2].mergedFrom?.[2]?.text).toBe('区民政局');
  });

  it('a small file of large merged ranges is refused as too large, not read into hundreds of thousands of lines', async () => {
    const sheet = (n: number): SheetSpec => ({ name: `S${n}`, rows: { 1: ['序号', '任务'], 2: [{ v: '1' }, '甲'] }, merges: ['B2:B120000'] });
    const bytes = workbook([sheet(1), sheet(2)]);
    expect(bytes.length).toBeLessThan(5000);
    const e = await refusal(() => readXlsx(bytes, 'big.xlsx'));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/行数过多/);
  });

  it('under the table, a signature and its date are paragraphs, also when the signature is merged over two rows (rows 4–5: the date in row 6 follows it)', () => {
    const bytes = workbook([{ name: 'S', rows: { 1: ['序号', '任务', '牵头单位'], 2: [{ v: '1' }, '甲', '区民政局'], 4: ['西江区人民政府办公室'], 6: ['2025年3月1日'] }, merges: ['A4:C5'] }]);
    const lines = readXlsx(bytes, 's.xlsx');
    expect(lines.map((l) => [l.text, !!l.cells])).toEqual([['序号\t任务\t牵头单位', true], ['1\t甲\t区民政局', true], ['', false], ['西江区人民政府办公室', false], ['2025年3月1日', false]]);
  });

  it('number formats: built-in ids and codes as Excel reads them', () => {
    const date = (year: boolean, month: boolean, day: boolean) => ({ kind: 'date', year, month, day });
    const num = (percent: boolean, decimals: number, prefix = '', suffix = '') => ({ kind: 'number', percent, decimals, prefix, suffix });
    expect(shownBy(undefined, 14)).toEqual(date(true, true, true));
    // the zh-CN locale's built-in formats (ECMA-376 leaves 27–58 to the locale): 31 yyyy"年"m"月"d"日", 36 and 52
    // yyyy"年"m"月", 51 m"月"d"日", 34/35 上午/下午h"时"mm"分" — times, shown as stored
    expect(shownBy(undefined, 31)).toEqual(date(true, true, true));
    expect(shownBy(undefined, 36)).toEqual(date(true, true, false));
    expect(shownBy(undefined, 52)).toEqual(date(true, true, false));
    expect(shownBy(undefined, 51)).toEqual(date(false, true, true));
    expect(shownBy(undefined, 34)).toBeNull();
    expect(shownBy(undefined, 35)).toBeNull();
    expect(shownBy(undefined, 9)).toEqual(num(true, 0));
    expect(shownBy(undefined, 0)).toBeNull();
    expect(shownBy('General', 164)).toBeNull();
    expect(shownBy('yyyy年m月', 176)).toEqual(date(true, true, false));
    expect(shownBy('m"月"', 176)).toEqual(date(false, true, false));
    expect(shownBy('[$-F800]dddd, mmmm dd, yyyy', 177)).toEqual(date(true, true, true));
    expect(shownBy('h:mm', 177)).toBeNull();
    expect(shownBy('#,##0.00_);[Red](#,##0.00)', 178)).toEqual(num(false, 2));
    expect(shownBy('"完成"0%', 179)).toEqual(num(true, 0, '完成'));
    expect(shownBy('0"万元"', 180)).toEqual(num(false, 0, '', '万元'));
    expect(shownBy('0.0"亿元"', 181)).toEqual(num(false, 1, '', '亿元'));
    expect(shownBy('@', 49)).toBeNull();
    expect(serialDate(60, false)).toEqual({ y: 1900, m: 2, d: 29 - 1 }); // Excel's 29 Feb 1900 does not exist: read as the day before
    expect(serialDate(61, false)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(serialDate(45838, false)).toEqual({ y: 2025, m: 6, d: 30 });
  });
});

describe('.xlsx refusals: clear, specific, nothing half-read', () => {
  it('a workbook with macros, a damaged one, one without visible sheets, one without text', async () => {
    const macro = workbook([FENJIE]);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(macro);
    files['xl/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    const e1 = await refusal(readSource(zipSync(files), '宏.xlsm'));
    expect(e1.code).toBe('unsupported');
    expect(e1.message).toMatch(/启用宏的 Excel 工作簿/);

    const whole = workbook([FENJIE]);
    const e2 = await refusal(readSource(whole.subarray(0, Math.floor(whole.length / 2)), '半截.xlsx'));
    expect(e2.code).toBe('corrupt');
    expect(e2.message).toMatch(/Excel 工作簿已损坏/);

    const e3 = await refusal(readSource(workbook([{ ...FENJIE, state: 'hidden' }]), '隐藏.xlsx'));
    expect(e3.code).toBe('no-content');
    expect(e3.message).toMatch(/没有可见的工作表/);

    const e4 = await refusal(readSource(workbook([{ name: 'S', rows: { 1: [{ v: '#REF!', t: 'e' }] } }]), '空.xlsx'));
    expect(e4.code).toBe('no-content');

    const bad = unzipSync(workbook([FENJIE]));
    bad['xl/worksheets/sheet1.xml'] = strToU8(`<?xml version="1.0"?><worksheet xmlns="${S}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`);
    const e5 = await refusal(readSource(zipSync(bad), '坏.xlsx'));
    expect(e5.code).toBe('corrupt');
    expect(e5.message).toMatch(/Excel 工作簿已损坏/);
    expect(e5.message).not.toMatch(/Word/);
  });

  it('an old .xls is refused with what to do', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await refusal(readSource(ole, '分解表.xls'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/另存为 \.xlsx/);
  });
});
