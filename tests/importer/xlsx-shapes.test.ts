/**
 * Excel workbooks in the shapes offices keep their 任务分解表, 重点项目表, 指标表 and 民生实事 lists in (read from public
 * examples for their shapes only; the content here is our own): a head of three rows; an 指标 sheet and a 任务 sheet
 * in one workbook; numbers stored as text; a 序号 of "1-1" / "1.1" under its 1 / 2 rows; 类别 in a row of its own
 * spanning the table; a frozen head printed on every page (print titles) and a head repeated in the sheet every page;
 * empty rows and columns around the table; wide cells of several departments on lines of their own (Alt+Enter);
 * deadlines as serial dates under custom formats; a 备注 column; a sheet of 2,000 rows. Expected values are read from
 * each workbook as written here. Then workbooks that are not workbooks to read: encrypted, an .xlsb named .xlsx, a
 * zip of thousands of sheets.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createNodeReaders } from '../../electron/core/formats/index';
import { importFile } from '../../shared/importer';
import { readSource } from '../../shared/importer/source';
import { calcEnabled, convert, importError, sofficeEnabled } from '../formats/office';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { colName, S, workbook, type Cell, type SheetSpec } from './xlsx-workbook';

const nodes = (doc: PlanDoc): PlanNode[] => [...walk(doc.nodes)].map((x) => x.node);
const tasks = (doc: PlanDoc): PlanNode[] => nodes(doc).filter((n) => n.kind === 'task');
/** A task as a reader checks it: its name, departments and the milestones' texts. */
const read = (n: PlanNode) => ({ heading: n.heading, lead: n.lead, partners: n.partners, done: n.milestones.map((m) => `${m.year}:${m.text}`) });
const imp = (bytes: Uint8Array, fileName: string) => importFile({ bytes, fileName });
const n = (v: number | string, s?: number): Cell => ({ v: String(v), ...(s ? { s } : {}) });
const cellText = (c: Cell) => (typeof c === 'string' ? c : c?.v ?? c?.is ?? '');

/** The same sheet as a web page: its first row the title over the table, ranges merged along a row as colspan (ranges
 *  merged down are not written here). */
function page(sh: SheetSpec): Uint8Array {
  const span = new Map((sh.merges ?? []).map((m) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m)!).filter((m) => m[2] === m[4]).map((m) => [`${m[1]}${m[2]}`, m[3].charCodeAt(0) - m[1].charCodeAt(0) + 1]));
  const [title, ...rows] = Object.entries(sh.rows);
  const body = rows.map(([r, cells]) => {
    let covered = 0;
    return `<tr>${cells.map((c, i) => {
      if (covered-- > 0) return '';
      const k = span.get(`${colName(i)}${r}`) ?? 1;
      covered = k - 1;
      return `<td${k > 1 ? ` colspan="${k}"` : ''}>${cellText(c)}</td>`;
    }).join('')}</tr>`;
  }).join('\n');
  return new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body><p>${cellText(title[1][0])}</p><table border="1">\n${body}</table></body></html>`);
}

describe('workbooks of other shapes', () => {
  it('a head of three rows: 责任分工 over 区领导 | 责任单位, 责任单位 over 牵头单位 | 配合单位', async () => {
    const sheet: SheetSpec = {
      name: '任务分解',
      rows: {
        1: ['云溪区2026年数字政府建设重点任务分解表'],
        2: ['序号', '工作任务', '责任分工', null, null, '完成时限'],
        3: [null, null, '区领导', '责任单位', null, null],
        4: [null, null, null, '牵头单位', '配合单位', null],
        5: [n(1), '建成区级政务数据共享交换平台', '分管副区长', '区数据局', '区委网信办、区财政局', '2026年6月底前'],
        6: [n(2), '推行“一件事一次办”集成服务20项', '常务副区长', '区政务服务中心', '区市场监管局、区人社局', '2026年9月底前'],
        7: [n(3), '完成政务云资源整合迁移', '分管副区长', '区数据局', '各部门', '2026年12月底前'],
      },
      merges: ['A1:F1', 'A2:A4', 'B2:B4', 'C2:E2', 'C3:C4', 'D3:E3', 'F2:F4'],
    };
    const doc = await imp(workbook([sheet]), '三行表头.xlsx');
    expect(doc.meta.title).toBe('云溪区2026年数字政府建设重点任务分解表');
    expect(tasks(doc).map(read)).toEqual([
      { heading: '建成区级政务数据共享交换平台', lead: ['区数据局'], partners: ['区委网信办', '区财政局'], done: ['2026:2026年6月底前'] },
      { heading: '推行“一件事一次办”集成服务20项', lead: ['区政务服务中心'], partners: ['区市场监管局', '区人社局'], done: ['2026:2026年9月底前'] },
      { heading: '完成政务云资源整合迁移', lead: ['区数据局'], partners: ['各部门'], done: ['2026:2026年12月底前'] },
    ]);
    // the 区领导 column is kept with its task
    expect(tasks(doc)[1].body).toContain('常务副区长');
    // the same table as a web page (rowspan / colspan) is read the same way
    const page = `<html><head><meta charset="utf-8"></head><body><p>云溪区2026年数字政府建设重点任务分解表</p><table border="1">
<tr><th rowspan="3">序号</th><th rowspan="3">工作任务</th><th colspan="3">责任分工</th><th rowspan="3">完成时限</th></tr>
<tr><th rowspan="2">区领导</th><th colspan="2">责任单位</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>
${[5, 6, 7].map((r) => `<tr>${sheet.rows[r].map((c) => `<td>${typeof c === 'string' ? c : c?.v}</td>`).join('')}</tr>`).join('\n')}</table></body></html>`;
    const html = await imp(new TextEncoder().encode(page), '三行表头.html');
    expect(tasks(html).map(read)).toEqual(tasks(doc).map(read));
  });

  it('an 指标 sheet and a 任务 sheet in one workbook: the indicators and the tasks both read', async () => {
    const SHEETS: SheetSpec[] = [
      {
        name: '主要指标',
        rows: {
          1: ['南屿县2026年乡村振兴主要指标'],
          2: ['序号', '指标名称', '单位', '2025年基数', '2026年目标', '责任单位'],
          3: [n(1), '农村居民人均可支配收入', '元', n(23800), n(25500), '县农业农村局'],
          4: [n(2), '农村自来水普及率', '%', n(96), n(98), '县水利局'],
          5: [n(3), '新建高标准农田', '万亩', n(1.2), n(1.5), '县农业农村局'],
        },
        merges: ['A1:F1'],
      },
      {
        name: '重点任务',
        rows: {
          1: ['南屿县2026年乡村振兴重点任务分解表'],
          2: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          3: [n(1), '实施农村供水保障工程，新建改造供水管网80公里', '县水利局', '各乡镇', '2026年10月底前'],
          4: [n(2), '新建高标准农田1.5万亩', '县农业农村局', '县财政局、县自然资源局', '2026年12月底前'],
        },
        merges: ['A1:E1'],
      },
    ];
    const doc = await imp(workbook(SHEETS), '乡村振兴.xlsx');
    expect(tasks(doc).map(read)).toEqual([
      { heading: '实施农村供水保障工程，新建改造供水管网80公里', lead: ['县水利局'], partners: ['各乡镇'], done: ['2026:2026年10月底前'] },
      { heading: '新建高标准农田1.5万亩', lead: ['县农业农村局'], partners: ['县财政局', '县自然资源局'], done: ['2026:2026年12月底前'] },
    ]);
    // the 指标 sheet is a part of its own, named by its title, holding its three indicators with their 2026 targets and
    // its table as its text (before, the sheet was taken for the head's lines and lost)
    const ind = (d: PlanDoc) => d.nodes.filter((x) => x.kind === 'part').map((x) => [x.heading, x.indicators.map((i) => `${i.name}=${i.value}${i.unit}@${i.year}`), x.body.includes('23800')]);
    expect(ind(doc)).toEqual([['南屿县2026年乡村振兴主要指标', ['农村居民人均可支配收入=25500元@2026', '农村自来水普及率=98%@2026', '新建高标准农田=1.5万亩@2026'], true]]);
    expect(doc.meta.title).toBe('南屿县2026年乡村振兴重点任务分解表');
    // the same two tables on a web page, each under its title
    const table = (sh: SheetSpec) => `<p>${sh.rows[1][0]}</p><table border="1">${Object.values(sh.rows).slice(1).map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'string' ? c : c?.v}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = await imp(new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body>${SHEETS.map(table).join('')}</body></html>`), '乡村振兴.html');
    expect(ind(html)).toEqual(ind(doc));
    expect(tasks(html).map(read)).toEqual(tasks(doc).map(read));
    // the 指标 sheet after the 任务 sheet: a part after the tasks; its 序号, 责任单位 and 2026年目标 columns give the tasks of
    // those numbers nothing (before, task 1 took 县农业农村局 and a milestone "25500" from indicator 1)
    const after = await imp(workbook([SHEETS[1], SHEETS[0]]), '乡村振兴.xlsx');
    expect(tasks(after).map(read)).toEqual(tasks(doc).map(read));
    expect(ind(after)).toEqual(ind(doc));
  });

  it('numbers stored as text (序号, targets, amounts, dates written as text): read as they are written', async () => {
    const bytes = workbook([{
      name: '民生实事',
      rows: {
        1: ['青川区2026年民生实事项目计划表'],
        2: ['序号', '项目名称', '建设内容', '年度投资（万元）', '牵头单位', '完成时间'],
        3: ['1', '城区停车泊位建设', '新增公共停车泊位1200个', '3500', '区住建局', '2026-10-31'],
        4: ['2', '社区食堂建设', '新建社区食堂8个', '680.5', '区民政局', '2026.12'],
        5: ['3', '校园午餐提质', '覆盖中小学32所', '1,200', '区教育局', '2026年9月'],
      },
      merges: ['A1:F1'],
    }]);
    const doc = await imp(bytes, '民生实事.xlsx');
    expect(tasks(doc).map((t) => [t.heading, t.lead, t.indicators.map((i) => `${i.name}=${i.value}${i.unit}`), t.milestones.map((m) => `${m.year}:${m.stage}`)])).toEqual([
      ['城区停车泊位建设', ['区住建局'], expect.arrayContaining(['年度投资=3500万元']), ['2026:完成']],
      ['社区食堂建设', ['区民政局'], expect.arrayContaining(['年度投资=680.5万元']), ['2026:完成']],
      ['校园午餐提质', ['区教育局'], expect.arrayContaining(['年度投资=1200万元']), ['2026:完成']],
    ]);
  });

  it('a 序号 of "1-1" or "1.1" under its "1" row: the numbered rows are tasks under the group the row names', async () => {
    for (const [sep, file] of [['-', '短横.xlsx'], ['.', '小数点.xlsx']] as const) {
      const sheet: SheetSpec = {
        name: '分解表',
        rows: {
          1: ['东湖区2026年优化营商环境重点任务清单'],
          2: ['序号', '工作任务', '责任单位', '完成时限'],
          3: ['1', '提升政务服务效能', null, null],
          4: [`1${sep}1`, '企业开办全程网上办理，1个工作日内办结', '区市场监管局', '2026年6月底前'],
          5: [`1${sep}2`, '工程建设项目审批时间压减至60个工作日以内', '区住建局', '2026年12月底前'],
          6: ['2', '强化要素保障', null, null],
          7: [`2${sep}1`, '新增中小企业融资担保额5亿元', '区财政局', '2026年12月底前'],
        },
        merges: ['A1:D1', 'B3:D3', 'B6:D6'],
      };
      const doc = await imp(workbook([sheet]), file);
      const groups = nodes(doc).filter((x) => x.children.length && x.children.every((c) => c.kind === 'task'));
      expect(groups.map((g) => [g.heading, g.children.map((c) => c.heading)]), file).toEqual([
        ['提升政务服务效能', ['企业开办全程网上办理，1个工作日内办结', '工程建设项目审批时间压减至60个工作日以内']],
        ['强化要素保障', ['新增中小企业融资担保额5亿元']],
      ]);
      expect(tasks(doc).map(read), file).toEqual([
        { heading: '企业开办全程网上办理，1个工作日内办结', lead: ['区市场监管局'], partners: [], done: ['2026:2026年6月底前'] },
        { heading: '工程建设项目审批时间压减至60个工作日以内', lead: ['区住建局'], partners: [], done: ['2026:2026年12月底前'] },
        { heading: '新增中小企业融资担保额5亿元', lead: ['区财政局'], partners: [], done: ['2026:2026年12月底前'] },
      ]);
      const html = await imp(page(sheet), file.replace('.xlsx', '.html'));
      expect(nodes(html).map((x) => [x.kind, x.number, x.heading]), file).toEqual(nodes(doc).map((x) => [x.kind, x.number, x.heading]));
    }
  });

  it('a 序号 of 1.1 … 1.12 typed into number cells: the tenth row, stored as 1.1, is 1.10; no numbering warning', async () => {
    // Excel keeps 1.10 typed into a General cell as the number 1.1 (and shows it so); 1.20 likewise as 1.2
    const rows: Record<number, Cell[]> = { 1: ['南屿县2026年县域数字化重点任务清单'], 2: ['序号', '工作任务', '责任单位', '完成时限'], 3: [n(1), '建设数字乡村', null, null] };
    const typed = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12'];
    typed.forEach((t, i) => { rows[4 + i] = [n(Number(t)), `建成第${i + 1}个村级数字服务站`, '县农业农村局', '2026年12月底前']; });
    rows[16] = [n(2), '建设数字园区', null, null];
    rows[17] = [n(2.1), '建成园区智慧能源管理平台', '县工信局', '2026年10月底前'];
    rows[18] = [n(2.2), '建成园区企业服务线上专区', '县工信局', '2026年12月底前'];
    const doc = await imp(workbook([{ name: '清单', rows, merges: ['A1:D1', 'B3:D3', 'B16:D16'] }]), '数值序号.xlsx');
    expect(rows[13][0]).toEqual({ v: '1.1' });
    const groups = nodes(doc).filter((x) => x.kind === 'part');
    expect(groups.map((g) => [g.heading, g.children.map((c) => c.number)])).toEqual([
      ['建设数字乡村', typed],
      ['建设数字园区', ['2.1', '2.2']],
    ]);
    expect(groups[0].children[9].heading).toBe('建成第10个村级数字服务站');
    // (sub-numbered rows were counted by their group's number: "2.1 之后是 2.2" was said to be a gap)
    expect(doc.report?.warnings.filter((w) => w.code === 'numbering-gap')).toEqual([]);
  });

  it('类别 in a row of its own spanning the table, and a 备注 column', async () => {
    const sheet: SheetSpec = {
      name: 'Sheet1',
      rows: {
        1: ['临江市东湖区2026年民生实事项目任务分解表'],
        2: ['序号', '项目名称', '目标任务', '牵头单位', '配合单位', '完成时限', '备注'],
        3: ['一、教育（2项）'],
        4: [n(1), '新建公办幼儿园', '新增学位540个', '区教育局', '区住建局', '2026年8月底前', '续建'],
        5: [n(2), '校园安全提升', '完成30所学校视频监控改造', '区教育局', '区公安分局', '2026年10月底前', null],
        6: ['二、养老（1项）'],
        7: [n(3), '家庭养老床位建设', '建设家庭养老床位300张', '区民政局', '各街道', '2026年12月底前', '需市级资金支持'],
      },
      merges: ['A1:G1', 'A3:G3', 'A6:G6'],
    };
    const doc = await imp(workbook([sheet]), '民生实事.xlsx');
    const groups = nodes(doc).filter((x) => x.children.length && x.children.every((c) => c.kind === 'task'));
    expect(groups.map((g) => [g.heading, g.children.map((c) => c.heading)])).toEqual([
      [expect.stringContaining('教育'), ['新建公办幼儿园', '校园安全提升']],
      [expect.stringContaining('养老'), ['家庭养老床位建设']],
    ]);
    expect(tasks(doc).map(read)).toEqual([
      { heading: '新建公办幼儿园', lead: ['区教育局'], partners: ['区住建局'], done: ['2026:2026年8月底前'] },
      { heading: '校园安全提升', lead: ['区教育局'], partners: ['区公安分局'], done: ['2026:2026年10月底前'] },
      { heading: '家庭养老床位建设', lead: ['区民政局'], partners: ['各街道'], done: ['2026:2026年12月底前'] },
    ]);
    expect(tasks(doc).map((t) => [t.body.includes('续建'), t.body.includes('需市级资金支持')])).toEqual([[true, false], [false, false], [false, true]]);
    // (before, the group rows were dropped and the tasks stood ungrouped; a web page's colspan row the same)
    const html = await imp(page(sheet), '民生实事.html');
    expect(nodes(html).map((x) => [x.kind, x.heading, x.lead])).toEqual(nodes(doc).map((x) => [x.kind, x.heading, x.lead]));
    // group rows without a number ("教育类（2项）"): the same parts, in a workbook and on a web page (before, with group
    // rows read as lines of the text, the table under such a first row gave no task at all)
    const plain: SheetSpec = { ...sheet, rows: { ...sheet.rows, 3: ['教育类（2项）'], 6: ['养老类（1项）'] } };
    for (const d of [await imp(workbook([plain]), '民生实事.xlsx'), await imp(page(plain), '民生实事.html')]) {
      expect(d.nodes.map((x) => [x.kind, x.heading, x.children.map((c) => c.heading)])).toEqual([
        ['part', '教育类（2项）', ['新建公办幼儿园', '校园安全提升']],
        ['part', '养老类（1项）', ['家庭养老床位建设']],
      ]);
      expect(tasks(d).map(read)).toEqual(tasks(doc).map(read));
      expect(d.meta.preamble).toBe('');
    }
  });

  it('a frozen head printed on every page (print titles), and a head repeated in the sheet on every page', async () => {
    const row = (i: number): Cell[] => [n(i), `完成第${i}批次背街小巷整治`, i % 2 ? '区城管局' : '区住建局', '相关街道', `2026年${(i % 12) + 1}月底前`];
    const head: Cell[] = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
    const frozen: SheetSpec = {
      name: '分解表',
      head: '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
      rows: { 1: ['青川区2026年城市管理重点任务分解表'], 2: head, ...Object.fromEntries(Array.from({ length: 40 }, (_, k) => [k + 3, row(k + 1)])) },
      merges: ['A1:E1'],
    };
    const doc = await imp(workbook([frozen], { names: '<definedName name="_xlnm.Print_Titles" localSheetId="0">分解表!$1:$2</definedName>' }), '分解表.xlsx');
    expect(tasks(doc)).toHaveLength(40);
    expect(tasks(doc).slice(0, 2).map(read)).toEqual([
      { heading: '完成第1批次背街小巷整治', lead: ['区城管局'], partners: ['相关街道'], done: ['2026:2026年2月底前'] },
      { heading: '完成第2批次背街小巷整治', lead: ['区住建局'], partners: ['相关街道'], done: ['2026:2026年3月底前'] },
    ]);
    // a sheet pasted from a printed table: the head (and the page's title) written again before every 15 rows
    const rows: Record<number, Cell[]> = { 1: ['青川区2026年城市管理重点任务分解表'] };
    let r = 2;
    for (let i = 1; i <= 40; i++) {
      if ((i - 1) % 15 === 0) { if (i > 1) rows[r++] = ['青川区2026年城市管理重点任务分解表']; rows[r++] = head; }
      rows[r++] = row(i);
    }
    const repeated = await imp(workbook([{ name: '分解表', rows }]), '分解表.xlsx');
    expect(tasks(repeated).map(read)).toEqual(tasks(doc).map(read));
  });

  it('empty rows and columns around the table, an empty column and empty rows inside it', async () => {
    const at = (cells: Cell[]): Cell[] => [null, null, ...cells]; // the table starts in column C
    const bytes = workbook([{
      name: '项目表',
      rows: {
        3: at(['云溪区2026年重点项目计划表']),
        5: at(['序号', '项目名称', null, '建设内容', '总投资（亿元）', '责任单位', '建设年限']),
        6: at([n(1), '云溪湾综合管廊', null, '建设综合管廊6.5公里', n(9.8), '区住建局', '2025-2027年']),
        8: at([n(2), '城北再生水厂', null, '日处理再生水5万吨', n(4.2), '区水务局', '2026年']),
        9: at([null, null, null, null, null, null, null]),
        10: at([n(3), '滨河绿道二期', null, '新建绿道18公里', n(1.6), '区园林绿化局', '2026-2027年']),
      },
      // (a range merged over nothing: a careless format left below the table)
      merges: ['C3:I3', 'C20:I22'],
    }]);
    const doc = await imp(bytes, '项目表.xlsx');
    expect(doc.meta.title).toBe('云溪区2026年重点项目计划表');
    expect(tasks(doc).map((t) => [t.heading, t.lead, t.milestones.map((m) => `${m.year}${m.stage}`), t.indicators.filter((i) => i.unit === '亿元').map((i) => `${i.name}=${i.value}`)])).toEqual([
      ['云溪湾综合管廊', ['区住建局'], ['2025启动', '2027完成'], ['总投资=9.8']],
      ['城北再生水厂', ['区水务局'], ['2026完成'], ['总投资=4.2']],
      ['滨河绿道二期', ['区园林绿化局'], ['2026启动', '2027完成'], ['总投资=1.6']],
    ]);
  });

  it('wide cells of several departments and several steps, each on a line of its own (Alt+Enter)', async () => {
    const bytes = workbook([{
      name: 'Sheet1',
      rows: {
        1: ['临江市东湖区2026年“高效办成一件事”重点任务清单'],
        2: ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
        3: [n(1), '企业信息变更一件事', '1.梳理变更事项清单\n2.打通市场监管、税务、社保数据\n3.上线联办系统', '区市场监管局\n区政务服务中心', '区税务局\n区人社局\n区医保局\n区公积金中心', '2026年6月底前'],
        4: [n(2), '新生儿出生一件事', '推行出生医学证明、户口登记、医保参保联办', '区卫健委', '区公安分局\n区医保局\n\n区人社局', '2026年9月底前'],
      },
      merges: ['A1:F1'],
    }]);
    const doc = await imp(bytes, '清单.xlsx');
    expect(tasks(doc).map(read)).toEqual([
      { heading: '企业信息变更一件事', lead: ['区市场监管局', '区政务服务中心'], partners: ['区税务局', '区人社局', '区医保局', '区公积金中心'], done: ['2026:2026年6月底前'] },
      { heading: '新生儿出生一件事', lead: ['区卫健委'], partners: ['区公安分局', '区医保局', '区人社局'], done: ['2026:2026年9月底前'] },
    ]);
    // the measures keep their lines
    expect(tasks(doc)[0].body).toContain('2.打通市场监管、税务、社保数据');
  });

  it('deadlines as serial dates under custom formats: the date and the words the format writes around it', async () => {
    // styles: 1 yyyy"年"m"月"d"日", 2 yyyy"年"m"月底前", 3 yyyy/m/d, 4 [$-804]e"年"m"月", 5 yyyy.mm, 6 [DBNum1]… (a
    // Chinese-numeral date: its figures read as they are stored)
    const fmts = { 176: 'yyyy"年"m"月"d"日"', 177: 'yyyy"年"m"月底前"', 178: 'yyyy/m/d;@', 179: '[$-804]e"年"m"月"', 180: 'yyyy.mm', 181: '"截至"yyyy"年"m"月"' };
    const xfs = [0, 176, 177, 178, 179, 180, 181];
    const day = (y: number, m: number, d: number) => String((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const bytes = workbook([{
      name: '分解表',
      rows: {
        1: ['南屿县2026年重点工作任务分解表'],
        2: ['序号', '重点任务', '责任单位', '完成时限'],
        3: [n(1), '建成县级应急指挥中心', '县应急管理局', n(day(2026, 6, 30), 1)],
        4: [n(2), '完成县城供水管网改造', '县住建局', n(day(2026, 9, 30), 2)],
        5: [n(3), '建成智慧停车平台', '县交通运输局', n(day(2026, 10, 31), 3)],
        6: [n(4), '完成县域医共体信息化建设', '县卫健局', n(day(2026, 11, 30), 4)],
        7: [n(5), '完成高标准农田验收', '县农业农村局', n(day(2026, 12, 31), 5)],
      },
      merges: ['A1:D1'],
    }], { xfs, fmts });
    const doc = await imp(bytes, '分解表.xlsx');
    expect(tasks(doc).map((t) => t.milestones.map((m) => `${m.year}:${m.stage}:${m.text}`))).toEqual([
      ['2026:完成:2026年6月30日'], ['2026:完成:2026年9月底前'], ['2026:完成:2026年10月31日'], ['2026:完成:2026年11月'], ['2026:完成:2026年12月'],
    ]);
  });

  it('a sheet of 2,000 rows: every row a task with its departments and deadline', async () => {
    const leads = ['区发展改革委', '区住建局', '区民政局', '区教育局', '区卫健委'];
    const rows: Record<number, Cell[]> = { 1: ['东湖区2026年重点工作任务台账'], 2: ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'] };
    for (let i = 1; i <= 2000; i++) rows[i + 2] = [n(i), `第${i}项民生工程按期建成投用`, leads[i % 5], '各街道', `2026年${(i % 12) + 1}月底前`];
    const doc = await imp(workbook([{ name: '台账', rows }]), '台账.xlsx');
    const t = tasks(doc);
    expect(t).toHaveLength(2000);
    expect(t.every((x, i) => x.heading === `第${i + 1}项民生工程按期建成投用` && x.lead[0] === leads[(i + 1) % 5] && x.partners[0] === '各街道' && x.milestones[0]?.text === `2026年${((i + 1) % 12) + 1}月底前`)).toBe(true);
  }, 120_000);
});

/** An OLE compound file whose directory names these streams (UTF-16LE), as tests/formats/doc.test.ts writes one. */
function ole(names: string[]): Uint8Array {
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  names.forEach((n, k) => b.set(new Uint8Array(Buffer.from(n, 'utf16le')), 1024 + 128 * k));
  return b;
}

describe('files named .xlsx that are no workbook to read: a clear error, in the desktop app and in the browser', () => {
  it('an encrypted workbook (an OLE file holding EncryptedPackage): 设有打开密码, not a Word document', async () => {
    for (const readers of [undefined, createNodeReaders()]) {
      const e = await importError(readSource(ole(['EncryptionInfo', 'EncryptedPackage']), '加密.xlsx', { readers }));
      expect(e.code).toBe('encrypted');
      expect(e.message).toMatch(/Excel 工作簿设有打开密码/);
      expect(e.message).not.toMatch(/Word/);
    }
  });

  it('an old .xls renamed .xlsx: said as an .xls, with what to do', async () => {
    for (const readers of [undefined, createNodeReaders()]) {
      const e = await importError(readSource(ole(['Workbook', 'SummaryInformation']), '分解表.xlsx', { readers }));
      expect(e.code).toBe('unsupported');
      expect(e.message).toMatch(/旧版 Excel 工作簿\(\.xls\).*另存为 \.xlsx/);
    }
  });

  it.runIf(sofficeEnabled() && calcEnabled())('a real .xls made by LibreOffice Calc, renamed .xlsx', async () => {
    const xls = convert('表.csv', '序号,重点任务,牵头单位\n1,新建口袋公园,区园林绿化局\n', 'xls:MS Excel 97');
    const e = await importError(readSource(xls, '表.xlsx', { readers: createNodeReaders() }));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/旧版 Excel 工作簿/);
  }, 180_000);

  it('an Excel binary workbook (.xlsb), named .xlsb or renamed .xlsx', async () => {
    const xlsb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([0x83, 1, 0]), 'xl/worksheets/sheet1.bin': new Uint8Array([0x81, 1, 0]) });
    for (const name of ['表.xlsb', '表.xlsx']) {
      const e = await importError(readSource(xlsb, name));
      expect(e.code).toBe('unsupported');
      expect(e.message).toMatch(/Excel 二进制工作簿\(\.xlsb\).*另存为 \.xlsx/);
    }
  });

  it('a zip bomb of sheets: thousands of sheets, or a small file of sheets of millions of empty rows', async () => {
    const many = workbook(Array.from({ length: 2100 }, (_, i) => ({ name: `表${i + 1}`, rows: { 1: ['序号', '任务'], 2: [n(1), `任务${i + 1}`] } })));
    const e1 = await importError(readSource(many, '多表.xlsx'));
    expect(e1.code).toBe('zip-bomb');
    expect(e1.message).toMatch(/文件过多/);
    const parts = unzipSync(workbook(Array.from({ length: 4 }, (_, i) => ({ name: `表${i + 1}`, rows: { 1: ['序号', '任务'] } }))));
    const empty = strToU8(`<?xml version="1.0"?><worksheet xmlns="${S}"><sheetData>${'<row/>'.repeat(400_000)}</sheetData></worksheet>`);
    for (let i = 1; i <= 4; i++) parts[`xl/worksheets/sheet${i}.xml`] = empty;
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const e2 = await importError(readSource(bomb, '空行.xlsx'));
    expect(e2.code).toBe('too-large');
    expect(e2.message).toMatch(/工作簿的行数过多/);
  }, 60_000);
});

describe('workbooks LibreOffice Calc makes', () => {
  it.runIf(sofficeEnabled() && calcEnabled())('a head of three rows and 类别 rows across the table, from a web page: as the SpreadsheetML ones read', async () => {
    const page = `<html><head><meta charset="utf-8"></head><body><p>云溪区2026年为民办实事项目分解表</p><table border="1">
<tr><th rowspan="3">序号</th><th rowspan="3">项目名称</th><th colspan="3">责任分工</th><th rowspan="3">完成时限</th></tr>
<tr><th rowspan="2">区领导</th><th colspan="2">责任单位</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="6">一、教育（1项）</td></tr>
<tr><td>1</td><td>新建公办幼儿园2所</td><td>分管副区长</td><td>区教育局</td><td>区住建局、区自然资源局</td><td>2026年8月底前</td></tr>
<tr><td colspan="6">二、养老（2项）</td></tr>
<tr><td>2</td><td>新增家庭养老床位300张</td><td>分管副区长</td><td>区民政局</td><td>各街道</td><td>2026年12月底前</td></tr>
<tr><td>3</td><td>建设社区老年助餐点10个</td><td>分管副区长</td><td>区民政局</td><td>区财政局</td><td>2026年10月底前</td></tr>
</table></body></html>`;
    const xlsx = convert('实事.html', page, 'xlsx:Calc Office Open XML', 'HTML (StarCalc)');
    const doc = await imp(xlsx, '实事.xlsx');
    expect(doc.meta.title).toBe('云溪区2026年为民办实事项目分解表');
    expect(doc.nodes.map((p) => [p.kind, p.heading, p.children.map(read)])).toEqual([
      ['part', '教育（1项）', [{ heading: '新建公办幼儿园2所', lead: ['区教育局'], partners: ['区住建局', '区自然资源局'], done: ['2026:2026年8月底前'] }]],
      ['part', '养老（2项）', [
        { heading: '新增家庭养老床位300张', lead: ['区民政局'], partners: ['各街道'], done: ['2026:2026年12月底前'] },
        { heading: '建设社区老年助餐点10个', lead: ['区民政局'], partners: ['区财政局'], done: ['2026:2026年10月底前'] },
      ]],
    ]);
  }, 180_000);
});
