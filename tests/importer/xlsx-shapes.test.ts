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
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { colName, workbook, type Cell, type SheetSpec } from './xlsx-workbook';

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
  });
});
