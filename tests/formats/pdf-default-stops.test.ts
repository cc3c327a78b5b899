/**
 * Session 44 (h-pdf16), a PDF made at test time by LibreOffice from a .txt written here (our own wording, 云溪区), set
 * as the corpus sweep sets it (10 pt, tabs at the default stops 1.25 cm apart): a tab-separated table of indicators
 * whose header's labels skip stops its rows' short cells stand on — "指标名称⇥单位⇥2025年⇥2028年⇥属性" (each year wider
 * than a stop's distance) over "护理型床位占比⇥%⇥55⇥65⇥约束性" (its name ends on a stop, % set right after it; 55 ends before
 * the stop 2025年 passed over, and 65 stands on it). The first row fitted the header's columns, 55 and 65 both under 2025年, 约束性 under 2028年: it was read
 * under the columns ("55 65" one cell, 属性 empty) and the rows after it, fitting none, were text (corpus 301's 专栏1).
 * A first row of three pieces or more, no more than the header's labels, two of them under one column, is a row at tab
 * stops: its pieces are its cells (startTabbed), as a row whose pieces fit no column is.
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

const HEAD = ['指标名称', '单位', '2025年', '2028年', '属性'];
const ROWS = [
  ['护理型床位占比', '%', '55', '65', '约束性'],
  ['社区养老服务设施覆盖率', '%', '90', '100', '约束性'],
  ['新增床位', '张', '—', '800', '预期性'],
];

describe.runIf(lo)('a PDF: a tab-separated table whose header skips the stops of its rows (LibreOffice from a .txt written here)', () => {
  it('its first row is read at its stops, two pieces under one label of the header', async () => {
    const text = ['云溪区养老服务提升三年行动方案（2026—2028年）', '一、主要指标', '专栏1　养老服务主要指标', HEAD.join('\t'), ...ROWS.map((r) => r.join('\t')), '', '二、保障措施', '区民政局牵头建立工作专班，按季度调度进展。'];
    const pdf = convert('stops.txt', text.join('\n') + '\n', 'pdf');
    const { lines } = await readWithNode(pdf, 'stops.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([HEAD, ...ROWS]);
    expect(texts(lines.filter((l) => !l.cells)).slice(-2)).toEqual(['二、保障措施', '区民政局牵头建立工作专班，按季度调度进展。']);
  }, 120_000);

  // (session 44, h-fix44a, rev44a F6: a first row with an empty cell — a new indicator with no base year — has fewer pieces
  // than the labels, none two under one: it fitted the columns misplaced, 65 under 2025年 and 约束性 under 2028年, and the rows
  // after it, fitting none, left the table. Its tabs decide its columns: two stops between % and 65, one cell empty)
  it('a first row with an empty cell is read at its stops, the empty cell in its place, the rows after it kept', async () => {
    const rows = [['护理型床位占比', '%', '', '65', '约束性'], ...ROWS.slice(1)];
    const text = ['云溪区养老服务提升三年行动方案（2026—2028年）', '一、主要指标', '专栏1　养老服务主要指标', HEAD.join('\t'), ...rows.map((r) => r.join('\t')), '', '二、保障措施', '区民政局牵头建立工作专班，按季度调度进展。'];
    const pdf = convert('empty.txt', text.join('\n') + '\n', 'pdf');
    const { lines } = await readWithNode(pdf, 'empty.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([HEAD, ...rows]);
    expect(texts(lines.filter((l) => !l.cells)).slice(-2)).toEqual(['二、保障措施', '区民政局牵头建立工作专班，按季度调度进展。']);
  }, 120_000);

  it('the same with a row of other widths first (新增养老床位⇥张⇥⇥800): 800 a stop past 2025年, under it by the columns', async () => {
    const rows = [['新增养老床位', '张', '', '800', '预期性'], ...ROWS.slice(0, 2)];
    const text = ['云溪区养老服务提升三年行动方案（2026—2028年）', '一、主要指标', HEAD.join('\t'), ...rows.map((r) => r.join('\t')), '', '二、保障措施', '区民政局牵头建立工作专班。'];
    const pdf = convert('empty2.txt', text.join('\n') + '\n', 'pdf');
    const { lines } = await readWithNode(pdf, 'empty2.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([HEAD, ...rows]);
  }, 120_000);
});
