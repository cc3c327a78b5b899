/**
 * Session 42 (h-pdf14), PDFs made at test time by LibreOffice from .txt files written here (our own wording, 青川区),
 * set as the corpus sweep sets them (10 pt, tabs at the default stops):
 *
 * A tab-separated table of two columns only ("工作任务⇥责任单位", corpus 253) was read as lines of text: a table opened
 * only on a header of three pieces or more. A header of two column labels (one of them a field label of the grammar
 * or 序号) over two rows of two pieces opens one; two-piece lines that are no header — fields "牵头单位：…⇥配合单位：…",
 * a signature beside its date — do not, nor does such a header over one row only.
 *
 * A sentence broken by hand on a short line (corpus 14: "…计划改造2000年底前建成的" ⏎ "老旧小区156个，…") lost the rest
 * of its sentence: the short line ended the paragraph. It goes on where the line after it goes on as a sentence does.
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();
const squeeze = (s: string) => s.replace(/\s+/g, '');

async function read(name: string, lines: string[]) {
  const pdf = convert(name, lines.join('\n'), 'pdf');
  const { lines: out } = await readWithNode(pdf, name.replace(/\.txt$/, '.pdf'));
  return { cells: out.filter((l) => l.cells).map((l) => l.cells!.map(squeeze)), text: texts(out.filter((l) => !l.cells)).map(squeeze) };
}

const ROWS = [
  ['改造提升老旧小区12个，同步完善无障碍设施', '区住房城乡建设局、各街道办事处'],
  ['新建社区食堂8处', '区民政局'],
  ['开展背街小巷环境整治，每月通报一次进展', '区城市管理局、区市场监管局'],
];

describe.runIf(lo)('a PDF: a table of two columns, a sentence broken on a short line (LibreOffice from a .txt written here)', () => {
  it('a header of two column labels over rows of two pieces is a table, its rows read whole', async () => {
    const { cells, text } = await read('pair.txt', ['青川区2026年城市更新工作方案', '', '二、重点任务', '', '工作任务\t责任单位', ...ROWS.map((r) => r.join('\t')), '', '三、保障措施']);
    expect(cells).toEqual([['工作任务', '责任单位'], ...ROWS.map((r) => r.map(squeeze))]);
    expect(text).toContain('三、保障措施');
  }, 120_000);

  it('two-piece lines that are no header stay text: field lines, a signature beside its date, a header over one row only', async () => {
    const fields = await read('fields.txt', ['（一）加快老旧小区改造。', '牵头单位：区住房城乡建设局\t配合单位：区财政局', '完成时限：2026年底\t责任人：王晓川', '督办单位：区政府督查室\t联系人：李青', '', '青川区人民政府办公室\t2026年3月6日']);
    expect(fields.cells).toEqual([]);
    expect(fields.text.join('')).toContain('牵头单位：区住房城乡建设局');
    const one = await read('one.txt', ['二、重点任务', '', '工作任务\t责任单位', ROWS[0].join('\t'), '', '三、保障措施']);
    expect(one.cells).toEqual([]);
  }, 120_000);

  it('a header of two labels over a card of fields (项目⇥内容 over 工作目标⇥…, 责任单位⇥…) is a table; over rows of names it is not', async () => {
    // (corpus 282: 项目/内容 is no field label, so the card was lines of text, "责任单位 区教育局牵头，…" with no colon, and the
    // task lost its departments and deadline)
    const CARD = [
      ['工作目标', '新增普惠托育托位600个，每千人口托位数达到4.5个。'],
      ['主要任务', '新建社区托育点12个，改造提升托育机构5家。'],
      ['责任单位', '区卫生健康委牵头，区教育局、各街道办事处配合'],
      ['完成时限', '2026年10月底前'],
    ];
    const { cells, text } = await read('card.txt', ['青川区2026年托育服务补短板实施方案', '', '二、分领域任务', '', '（一）普惠托育扩容', '', '项目\t内容', ...CARD.map((r) => r.join('\t')), '', '（二）加强统筹调度']);
    expect(cells).toEqual([['项目', '内容'], ...CARD.map((r) => r.map(squeeze))]);
    expect(text).toContain('（二）加强统筹调度');
    // (names under 姓名⇥职务: no field label among the rows' first pieces, as before)
    const names = await read('names.txt', ['区托育工作专班成员', '', '姓名\t职务', '王晓川\t区政府副区长', '李青\t区卫生健康委主任', '周明\t区教育局局长', '', '三、保障措施']);
    expect(names.cells).toEqual([]);
  }, 120_000);

  it('a sentence broken by hand on a short line goes on with the line after it; lines a cell each do not', async () => {
    const { text } = await read('broken.txt', [
      '一、工作目标',
      '　　2026年，全区计划改造2005年底前建成、配套设施不全且群众改造意愿较强的',
      '老旧小区86个，涉及居民2.1万户，建筑面积150万平方米，同步完善社区养老和托育服务设施，新增停车位1200个。',
      '二、重点任务',
      '在区政务服务中心设立综合窗口，综合受理事项达到120项',
      '区政务服务管理局',
      '2026年6月底前',
    ]);
    expect(text).toContain('2026年，全区计划改造2005年底前建成、配套设施不全且群众改造意愿较强的老旧小区86个，涉及居民2.1万户，建筑面积150万平方米，同步完善社区养老和托育服务设施，新增停车位1200个。');
    expect(text).toContain('区政务服务管理局');
    expect(text).toContain('2026年6月底前');
  }, 120_000);
});
