/**
 * What a PDF shows of a page's head and of a 专栏's items only by space and line ends (session 41, found by importing
 * the corpus as PDFs made by LibreOffice: corpus 238, 248):
 *
 * - spaces typed between Chinese words, an em or more where nothing else parts them ("文  号  南政办〔2026〕21号  公开日期"):
 *   the reader set the words solid, "文号南政办〔2026〕21号公开日期", and the 文号 was lost;
 * - a line that is only a date under a title that nearly filled its line: the reader ran it into the title (the date
 *   "could not fit" on the title's line, so it looked wrapped);
 * - items of a 专栏 opening with a dash pair, "——…（责任单位：…）", one under the other: where an item's line reached the
 *   edge the next item was run into it, and its 责任单位 went to the first.
 *
 * Each case in two shapes: a .txt made into a PDF by LibreOffice (10 pt, 2 cm margins) and hand-placed items at 16 pt on
 * GB/T 9704's text block. Expected values are read from the texts below. Each fails on b65b9aba.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { layoutPdf, type PdfTextItem } from '../../shared/importer/formats/pdf-layout.js';
import { createNodeReaders } from '../../electron/core/formats/index';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

const TITLE = '南屿县人民政府办公室关于印发在全县开展“春季攻坚、夏季提效”重点工作专项行动实施方案的通知';
const ITEM1 = '——县域物流园区工程。建设冷链仓储中心和快递分拨中心，配套建设园区道路和停车场。（责任单位：县商务局）';
const ITEM2 = '——农产品加工园工程。建设果蔬初加工车间和检测中心。（责任单位：县农业农村局、南屿镇人民政府）';
const TEXT = [
  TITLE,
  '2026-04-08',
  ' 索 引 号  11N-NY-2026-0408003  发布机构  县政府办公室',
  ' 文  号  南政办〔2026〕21号  公开日期  2026-04-08',
  '',
  '各乡镇人民政府，县政府各部门：',
  '现将《开展“春季攻坚、夏季提效”重点工作专项行动实施方案》印发给你们，请认真贯彻落实。',
  '',
  '一、工作目标',
  '到6月底，全县重点项目开工率达到90%，完成固定资产投资45亿元。',
  '二、重点任务',
  '（一）加快项目建设',
  '1.推进物流设施建设。（责任单位：县商务局）',
  '专栏1　物流重点项目',
  ITEM1,
  ITEM2,
  '2.提升农产品加工能力。（责任单位：县农业农村局）',
  '三、保障措施',
  '县指挥部每月调度一次项目进展。',
].join('\n');

/** The 专栏's items as the plan reads them: each one's lead departments. */
async function plan(pdf: Uint8Array) {
  const doc = await importFile({ bytes: pdf, fileName: 't.pdf' }, { readers: createNodeReaders() });
  const items = [...walk(doc.nodes)].filter(({ node }) => node.number === '——').map(({ node }) => node.lead.join('、'));
  return { docNumber: doc.meta.docNumber, title: doc.meta.title, items };
}

describe.runIf(lo)('PDF (a .txt by LibreOffice): a page head and a 专栏 of dash items', () => {
  it('the 文号 after a letter-spaced label, the date under the title, each dash item with its own 责任单位', async () => {
    const pdf = convert('t.txt', TEXT + '\n', 'pdf');
    const lines = texts((await readWithNode(pdf, 't.pdf')).lines);
    // (before: "…的通知2026-04-08", "文号南政办〔2026〕21号公开日期 2026-04-08", the two items one paragraph)
    expect(lines.slice(0, 4)).toEqual([TITLE, '2026-04-08', '索 引 号 11N-NY-2026-0408003 发布机构 县政府办公室', '文 号 南政办〔2026〕21号 公开日期 2026-04-08']);
    expect(lines).toContain(ITEM1);
    expect(lines).toContain(ITEM2);
    const read = await plan(pdf);
    expect(read.docNumber).toBe('南政办〔2026〕21号');
    expect(read.items).toEqual(['县商务局', '县农业农村局、南屿镇人民政府']);
  }, 60_000);
});

// ---------------------------------------------------------------- the same on hand-placed items, 16 pt

/** GB/T 9704's text block: x 79.4…521.6 (28 characters of 15.8 pt), lines 28.95 pt apart from y = 760 down. */
const S = 15.8;
const X = 79.4;
const at = (row: number) => 760 - row * 28.95;
const run = (str: string, x: number, row: number): PdfTextItem => ({ str, x, y: at(row), width: [...str].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0) * S, size: S });
/** A line of text items set one after the other from x, each `gap` em after the one before. */
const line = (row: number, parts: string[], gaps: number[] = [], x = X): PdfTextItem[] => {
  let cur = x;
  return parts.map((p, k) => { cur += (gaps[k - 1] ?? 0) * S; const it = run(p, cur, row); cur += it.width; return it; });
};
const page = (items: PdfTextItem[]) => ({ width: 595.3, height: 841.9, items });
const full = (row: number) => line(row, ['为推动重点项目早开工早投产，县政府决定开展专项行动，现将']);

describe('PDF layout (hand-placed items, 16 pt)', () => {
  it('an em or more between two Chinese words is a typed space; narrower gaps between Chinese items are not', () => {
    const out = texts(layoutPdf([page([
      ...line(0, ['文', '号', '云政办〔', '2026', '〕', '5', '号', '成文日期'], [1, 1, 0, 0, 0.2, 0.2, 1]),
      // (a justified line's items, a third of an em apart: set solid as before)
      ...line(1, ['推进政务服务', '事项集成办理'], [0.3]),
      ...full(2),
    ])]));
    expect(out[0]).toBe('文 号 云政办〔2026〕5号 成文日期');
    expect(out[1]).toBe('推进政务服务事项集成办理');
  });

  it('a date alone under a title that nearly filled its line is a line of its own; after 发布日期： it goes on', () => {
    const title = '云溪区人民政府关于印发云溪区数字政府建设行动方案的通知';
    const out = texts(layoutPdf([page([
      ...line(0, [title]),
      ...line(1, ['2026-05-12']),
      ...line(3, ['本次集中发布涉及政务服务、营商环境等三个方面，发布日期：']),
      ...line(4, ['2026年5月12日']),
      ...full(6),
    ])]));
    expect(out.slice(0, 2)).toEqual([title, '2026-05-12']);
    expect(out[2]).toBe('本次集中发布涉及政务服务、营商环境等三个方面，发布日期：2026年5月12日');
  });

  it('a dash item after a line closed by a bracket or a sentence opens a paragraph; a dash inside a wrapped sentence goes on', () => {
    const out = texts(layoutPdf([page([
      ...line(0, ['——智慧社区工程。建设社区平台。（责任单位：区民政局）']),
      ...line(1, ['——数字乡村工程。建设服务站。（责任单位：区农业农村局）']),
      ...line(3, ['平台建设坚持以人民为中心，统筹推进服务事项线上办理和线下']),
      ...line(4, ['——即“一网通办”与“一窗综办”的衔接。']),
      ...full(6),
    ])]));
    expect(out[0]).toBe('——智慧社区工程。建设社区平台。（责任单位：区民政局）');
    expect(out[1]).toBe('——数字乡村工程。建设服务站。（责任单位：区农业农村局）');
    expect(out[2]).toBe('平台建设坚持以人民为中心，统筹推进服务事项线上办理和线下——即“一网通办”与“一窗综办”的衔接。');
  });

  it('a dash and departments alone after a sentence that reached the edge close that paragraph; after a short line they do not', async () => {
    // (corpus 277: "…年内完成12条。——县住房城乡建设局牵头，…配合" broken at the dash by the page's edge was read as an
    // item of its own under the task, the task without its departments)
    const task = '1.实施背街小巷改造。对老城片区背街小巷路面和照明进行整体改造。';
    const out = texts(layoutPdf([page([
      ...line(0, [task]),
      ...line(1, ['——区住房城乡建设局牵头，区城市管理局、城关街道配合']),
      ...line(3, ['2.推进污水管网建设。新建污水管网18公里。']),
      ...line(4, ['——区水务局']),
      ...line(6, ['——滨江绿道工程。建设滨江绿道12公里，配套驿站3座和停车场。']),
      ...line(7, ['——区城市管理局']),
      ...full(9),
    ])]));
    expect(out[0]).toBe(task + '——区住房城乡建设局牵头，区城市管理局、城关街道配合');
    expect(out.slice(1, 3)).toEqual(['2.推进污水管网建设。新建污水管网18公里。', '——区水务局']);
    // (an item of a 专栏 over a full line: a dash and a unit's name closes it too, as the text file's line would)
    expect(out[3]).toBe('——滨江绿道工程。建设滨江绿道12公里，配套驿站3座和停车场。——区城市管理局');
    const doc = await importFile({ bytes: new TextEncoder().encode(['南屿县城市更新工作方案', '二、主要任务', out[0], out[1] + out[2]].join('\n\n')), fileName: 't.txt' });
    const tasks = [...walk(doc.nodes)].filter(({ node }) => /^\d/.test(node.number)).map(({ node }) => [node.lead.join('、'), node.partners.join('、')]);
    expect(tasks[0]).toEqual(['区住房城乡建设局', '区城市管理局、城关街道']);
  });
});

// ---------------------------------------------------------------- a header row the line's end wrapped (corpus 252)

const HEAD = ['序号', '项目名称', '建设内容', '总投资（亿元）', '2026年（亿元）', '2027年（亿元）', '2028年（亿元）', '责任单位'];
const ROWS = [
  ['1', '县乡道提档升级工程', '改造县乡道路85公里，拓宽桥梁6座', '7.2', '2.4', '2.4', '2.4', '县交通运输局'],
  ['2', '农村公路安防工程', '增设护栏和标志标线', '1.5', '0.5', '0.5', '0.5', '县公路事业发展中心'],
  ['3', '城乡客运站点建设项目', '建设镇级客运站4个、招呼站60个', '2.6', '0.8', '1.0', '0.8', '县交通运输局'],
  ['4', '美丽农村路示范项目', '创建示范路10条', '3.1', '1.1', '1.0', '1.0', '各镇人民政府'],
];

describe.runIf(lo)('PDF (a .txt by LibreOffice): a tab-separated header longer than the line', () => {
  it('its labels after the wrap are the header\'s too: every row has the eight cells written', async () => {
    const text = ['南屿县农村公路三年建设计划', '一、重点项目', '附表：南屿县农村公路建设年度计划表', HEAD.join('\t'), ...ROWS.map((r) => r.join('\t')), '二、保障措施', '县交通运输局每季度调度项目进展。'].join('\n');
    const pdf = convert('t.txt', text + '\n', 'pdf');
    const { lines } = await readWithNode(pdf, 't.pdf');
    // (the PDF holds the header on two lines: "…2027年（亿元）" ⏎ "2028年（亿元）⇥责任单位")
    expect(lines.some((l) => !l.cells && l.text.startsWith('2028年（亿元）'))).toBe(false);
    // (before: the header and row 1 were text, rows 2 and 3 cells with their figures run into 建设内容)
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([HEAD, ...ROWS]);
  }, 60_000);
});

// ---------------------------------------------------------------- a plan set in two columns (a bulletin's page)

const COLUMN_TEXT = [
  '为推进云溪区社区嵌入式服务设施建设，提升居民生活品质，制定本方案。',
  '一、工作目标',
  '到2027年，全区建成社区嵌入式服务设施30处，覆盖率达到85%以上，居民满意度达到90%。',
  '二、重点任务',
  '（一）完善养老服务设施。每个街道建设1个综合养老服务中心，新增护理型床位300张。牵头单位：区民政局；配合单位：各街道办事处。',
  '（二）补齐托育服务短板。新建普惠托育点12个，提供托位600个，推动托育服务进社区。牵头单位：区卫生健康委；配合单位：区教育局。',
  '（三）建设社区食堂。新建社区食堂20个，为老年人提供助餐服务，每年服务不少于50万人次。牵头单位：区商务局；配合单位：区市场监管局。',
  '（四）提升文体服务。改造社区文化活动室25个，新建健身步道15公里。牵头单位：区文化旅游局；配合单位：区体育局。',
  '三、保障措施',
  '（一）加强组织领导。成立区社区服务设施建设工作专班，每月调度一次工作进展。',
  '（二）强化资金保障。区财政安排专项资金2.5亿元，统筹使用上级补助资金。',
  '（三）严格督查考核。将任务完成情况纳入街道年度绩效考核。',
  '四、实施步骤',
  '（一）启动阶段。2025年6月底前，各街道完成设施选址和建设方案编制，报区工作专班审核后实施。',
  '（二）建设阶段。2025年7月至2026年12月，按照成熟一批、建设一批的原则，分批推进设施建设和改造。',
  '（三）验收阶段。2027年上半年，区工作专班组织对建成设施开展验收评估，总结推广典型经验做法。',
  '（四）长效运营。建立设施运营评价制度，每年开展一次居民满意度测评，结果向社会公布并作为运营补贴依据。',
];

describe.runIf(lo)('PDF (a flat ODT by LibreOffice, 12 pt): a whole plan set in two balanced columns', () => {
  it('each column read down, the left first: every paragraph whole, each task with its departments', async () => {
    // (justified Chinese in a column 18¼ characters wide: its lines end up to an em and a quarter short of the gutter;
    // the reader asked for an em and read the page across, "为推进…设施 三、保障措施", every task's fields mixed)
    let doc = fodt([{ center: '云溪区社区嵌入式服务设施建设实施方案' }, '@@BODY@@'], { size: 12, footer: 'dash' });
    const section = '<text:section text:style-name="Cols" text:name="S1">' +
      COLUMN_TEXT.map((p) => `<text:p text:style-name="${/^[一二三四]、/.test(p) ? 'Flush' : 'Body'}">${p}</text:p>`).join('') + '</text:section>';
    doc = doc.replace('<text:p text:style-name="Body">@@BODY@@</text:p>', section).replace('</office:automatic-styles>',
      '<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style></office:automatic-styles>');
    const pdf = convert('two.fodt', doc, 'pdf');
    const lines = texts((await readWithNode(pdf, 'two.pdf')).lines);
    // (a field line after a sentence is a line of its own, as the reader gives one in a single column)
    const fields = '牵头单位：区文化旅游局；配合单位：区体育局。';
    expect(lines).toEqual(['云溪区社区嵌入式服务设施建设实施方案', ...COLUMN_TEXT.flatMap((p) => (p.endsWith(fields) ? [p.slice(0, -fields.length), fields] : [p]))]);
    const doc2 = await importFile({ bytes: pdf, fileName: 'two.pdf' }, { readers: createNodeReaders() });
    const tasks = [...walk(doc2.nodes)].filter(({ node }) => node.kind === 'task').map(({ node }) => [node.lead.join('、'), node.partners.join('、')]);
    expect(tasks).toEqual([['区民政局', '各街道办事处'], ['区卫生健康委', '区教育局'], ['区商务局', '区市场监管局'], ['区文化旅游局', '区体育局']]);
  }, 60_000);
});
