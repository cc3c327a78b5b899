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
});
