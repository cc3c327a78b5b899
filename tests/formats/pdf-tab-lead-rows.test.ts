/**
 * Tab-separated tables where a cell ended a little short of a tab stop and the next cell was set on the stop in the
 * same text item (session 40): rows that go on with a line of their own under the same task ("⇥⇥…措施⇥配合单位⇥时限":
 * its first cells empty) after such a row, or holding such an item themselves; an item of full-width glyphs with a
 * space in it whose run before the space holds hidden tabs; a number after Chinese on a stop by chance; an empty last
 * cell past the table's widest line. PDFs made at
 * test time by LibreOffice from .txt files written for the test (10 pt, the default stops 1.25 cm apart, as the corpus
 * sweep prints them).
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

async function read(pdf: Uint8Array) {
  const { lines } = await readWithNode(pdf, 't.pdf');
  return { cells: lines.filter((l) => l.cells).map((l) => l.cells), text: texts(lines.filter((l) => !l.cells)) };
}
const txt = (before: string[], table: string[][], after: string) => convert('t.txt', [...before, ...table.map((r) => r.join('\t')), after].join('\n'), 'pdf');

// (row 1's 工作措施 ends 2.7 pt short of the stop its 责任单位 is set on: "…50处以上。 区建" is one text item, the
// department wrapped by the line's end; the line under it starts two stops in, its first two cells empty)
const riverside = [
  ['序号', '工作任务', '工作措施', '责任单位', '完成时限'],
  ['1', '提升滨江步道品质', '改造滨江步道照明、座椅和标识系统，新建观景平台和驿站50处以上。', '区建设管理委', '2026年底前'],
  ['', '', '完善步道沿线停车和公交接驳设施，新增停车泊位300个。', '区交通运输局', '2026年底前'],
  ['2', '整治沿江老旧厂房', '推动老旧厂房转型为文化创意空间，引进创意企业15家以上。', '区文化旅游局', '2026年底前'],
  ['', '', '加强改造厂房的消防安全检查。', '区消防救援支队', ''],
  ['3', '美化滨江街区立面', '实施沿街建筑外立面整治，改造店招店牌200块。', '区城管执法局', '2026年9月底前'],
];
const riversideBefore = ['云溪区滨江片区更新2026年工作安排', '为推进滨江片区有机更新，现将年度工作安排如下。'];
const riversideAfter = '各责任单位每季度末报送工作进展。';

// (the line under row 1 is one text item: "做好社区食堂的食品安全巡查。" ends 1.7 pt short of the stop 区市场监管局 stands on,
// and its last cell, 完成时间, is empty)
const canteens = [
  ['序号', '项目名称', '建设内容', '责任单位', '完成时间'],
  ['1', '新建社区食堂', '新建社区长者食堂6家。', '区民政局', '6月底前'],
  ['', '', '做好社区食堂的食品安全巡查。', '区市场监管局', ''],
  ['2', '改造农贸市场', '完成农贸市场改造2家。', '区商务局', '9月底前'],
  ['3', '增设充电桩位', '在小区周边增设公共充电桩500个。', '区发展改革委', '年底前'],
];
const canteensBefore = ['青川区2026年为民办实事项目分工', '为办好今年区政府承诺的民生实事，经区政府常务会议研究，现将各项目的建设内容、责任单位和完成时间分解如下，请各单位抓好落实。'];
const canteensAfter = '以上项目纳入区政府年度督查。';

// (row 2: 县园林绿化中心 ends 0.87 pt short of the stop its 配合单位 is set on, and that cell, fourteen characters, 1.7 pt
// short of the next: "县园林绿化中心县自然资源局、县水务局、各镇 新建" is one text item with one space)
const county = [
  ['序号', '重点任务', '牵头单位', '配合单位', '2025年', '2026年'],
  ['1', '推进老旧小区改造', '县住房城乡建设局', '县财政局、各乡镇', '完成改造10个', '完成改造12个'],
  ['2', '建设口袋公园群落', '县园林绿化中心', '县自然资源局、县水务局、各镇', '新建5个（启动）', '新建8个（完成）'],
  ['3', '整治农村生活污水', '县生态环境分局', '县农业农村局、各乡镇', '治理村庄20个', '治理村庄25个'],
  ['4', '改造提升集贸市场', '县商务局', '县市场监管局', '改造3个', '改造4个'],
];
const countyBefore = ['南屿县城乡环境提升两年行动计划（2025—2026年）', '为持续改善城乡人居环境，结合我县实际，制定本行动计划，重点任务分解如下。'];
const countyAfter = '各牵头单位每半年报送一次进展情况。';

// (row 2: "全镇" "7" "个行政村新建雨水调蓄池" holds a hidden tab, and "改造管网" "16", set 2 pt apart by the typesetter's
// autospace as "全镇" "7" and "16" "公里" are, starts 0.2 pt from a stop by chance; "公里" "1850" is a tab, 1.2 pt)
const township = [
  ['序号', '项目名称', '建设地点', '建设内容及规模', '总投资（万元）', '实施年度', '责任单位'],
  ['1', '集镇道路提升工程', '长宁集镇', '改造集镇主街2.5公里', '1200', '2026年', '镇建设管理办'],
  ['2', '集镇污水管网提升改造', '全镇7个行政村', '新建雨水调蓄池3座、改造管网16公里', '1850', '2025—2026年', '镇建设管理办'],
  ['3', '农村公路安防工程', '全镇', '增设波形护栏30公里', '450', '2026年', '镇交通管理站'],
];
const townshipBefore = ['云溪区长宁镇2026年基础设施项目库', '为加快补齐集镇基础设施短板，经镇党委会研究，现将2026年基础设施项目安排如下，请各责任单位按计划推进。'];
const townshipAfter = '以上项目资金由区级补助和镇级自筹共同解决。';

// (落实情况 is empty in every row; row 2's cells stand a stop further right, its 责任单位 ending past every other line of
// the table: the stop its empty cell stands at is past them all)
const works = [
  ['序号', '具体工作任务和要求', '责任领导', '责任单位', '落实情况'],
  ['1', '建成滨湖大道二期工程，新建道路3.2公里。', '李明', '县住建局', ''],
  ['2', '完成城东污水处理厂扩建，新增日处理能力3万吨。', '李明', '县水务局', ''],
  ['3', '建成县城东片区供水管网，新增管网8公里。', '周涛', '县水务局', ''],
];
const worksBefore = ['南屿县2026年重点工程任务分解', '为确保年度重点工程按期完成，经县政府常务会议研究，现将今年五项重点工程的具体工作任务和要求、责任领导和责任单位分解如下，各责任单位要倒排工期、挂图作战，每月填报落实情况。'];
const worksAfter = '落实情况由县政府督查室汇总。';

describe.runIf(lo)('PDF: tab-separated rows that go on under the same task, with cells set on a stop in the same text item', () => {
  it('a row whose cells are all there once cut at the table\'s stops is complete: the line under it, two stops in, is a row with empty first cells', async () => {
    // (before: row 1 had four pieces, "…50处以上。 区建设管理委" one of them, so the line under it was taken as its next
    // cells, seven in all: the table ended after row 1 and every row after it was text, its departments lost)
    const r = await read(txt(riversideBefore, riverside, riversideAfter));
    expect({ cells: r.cells, text: r.text }).toEqual({ cells: riverside, text: [...riversideBefore, riversideAfter] });
  }, 60_000);

  it('a line with empty first cells whose own cells are one text item is cut at the table\'s stops', async () => {
    // (before: "做好社区食堂的食品安全巡查。 区市场监管局", one piece, was no row — a row with empty first cells needed two
    // pieces — and the table ended there; rows 2 and 3 were text)
    const r = await read(txt(canteensBefore, canteens, canteensAfter));
    expect({ cells: r.cells, text: r.text }).toEqual({ cells: canteens, text: [...canteensBefore, canteensAfter] });
  }, 60_000);

  it('an item of full-width glyphs with a space in it: the hidden tabs of its run before the space are cut too', async () => {
    // (before: the item's width beyond its glyphs went all to its space, so 县园林绿化中心's end and the partners' end
    // stood 0.9 pt off the stops — no cut but the space's — and row 2 was text, its departments and targets lost)
    const r = await read(txt(countyBefore, county, countyAfter));
    expect({ cells: r.cells, text: r.text }).toEqual({ cells: county, text: [...countyBefore, countyAfter] });
  }, 60_000);

  it('where a row has a cut too many, a number set after Chinese with the gap of the line\'s autospace opens no cell', async () => {
    // (before: three places for two missing cells — "16" on a stop among them — and row 2 was text)
    const r = await read(txt(townshipBefore, township, townshipAfter));
    expect({ cells: r.cells, text: r.text }).toEqual({ cells: township, text: [...townshipBefore, townshipAfter] });
  }, 60_000);

  it('a row\'s empty last cell at a stop past every line of the table: the grid reaches the text block\'s edge', async () => {
    // (before: the grid of stops ended at the table's widest line, so row 2 had no stop for its empty 落实情况 and was text)
    const r = await read(txt(worksBefore, works, worksAfter));
    expect({ cells: r.cells, text: r.text }).toEqual({ cells: works, text: [...worksBefore, worksAfter] });
  }, 60_000);
});
