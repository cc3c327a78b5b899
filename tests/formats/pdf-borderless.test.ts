/**
 * Tables without rules in a PDF (session 36): the reader rebuilds their rows and cells from the text's positions. PDFs
 * made at test time by LibreOffice from documents written for the test — tab-separated text (a .txt, set at the
 * default stops 1.25 cm apart, as an office's 指标表 typed with tabs prints) and .docx tables (a Word table without
 * borders, cells in narrow columns that touch; and one with grid lines, the common case) — read by the importer.
 */
import { describe, expect, it } from 'vitest';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

/** The rows read as cells, and the other lines' texts. */
async function read(pdf: Uint8Array) {
  const { lines } = await readWithNode(pdf, 't.pdf');
  return { cells: lines.filter((l) => l.cells).map((l) => l.cells), text: texts(lines.filter((l) => !l.cells)) };
}

/** A .txt of a paragraph, a table's rows (cells joined by tabs) and a paragraph, made a PDF by LibreOffice and read back. */
async function tabbed(before: string, table: string[][], after: string) {
  return read(convert('t.txt', [before, ...table.map((r) => r.join('\t')), after].join('\n'), 'pdf'));
}

describe.runIf(lo)('PDF: tables without rules', () => {
  it('a tab-separated header whose labels end under half an em short of the next stop ("2024年现状值⇥2026年目标值"): its columns, and the rows under them', async () => {
    // (at 10 pt against stops 35.4 pt apart, "2024年现状值" from a stop ends 4.8 pt — 0.48 em — before the stop after
    // the next: the reader took the labels for one, "2024年现状值2026年目标值2028年目标值", opened no table, and read
    // the rows by the columns of the first, "城市供水普及率%" in one cell)
    const table = [
      ['序号', '指标', '单位', '2024年现状值', '2026年目标值', '2028年目标值', '属性'],
      ['1', '城乡集中供水普及率', '%', '97', '98', '99', '预期性'],
      ['2', '农村自来水普及率', '%', '88', '92', '95', '约束性'],
      ['3', '新建改造供水管网', '公里', '40', '120', '260', '预期性'],
      ['4', '水质达标率', '%', '95', '97', '98', '约束性'],
    ];
    expect(await tabbed('南屿县供水保障三年行动主要指标如下：', table, '各乡镇每季度末报送指标完成情况。')).toEqual({ cells: table, text: ['南屿县供水保障三年行动主要指标如下：', '各乡镇每季度末报送指标完成情况。'] });
  }, 60_000);

  it('a tab-separated row whose first cells are empty (a category given once over the rows under it) starts at a stop: a row with those cells empty', async () => {
    // (each tab goes on to the next stop: "⇥2⇥…" starts one stop in; before, the line went on no row and opened a
    // table of its own, "养护…公里" and its figures in one cell)
    const table = [
      ['类别', '序号', '指标名称', '目标值', '属性'],
      ['道路', '1', '新建和改造提升农村公路里程', '300公里', '约束性'],
      ['', '2', '危旧桥梁改造', '40座', '约束性'],
      ['', '3', '农村公路列养率', '100%', '预期性'],
      ['客运', '4', '具备条件的建制村通客车率', '100%', '约束性'],
      ['', '5', '新建乡镇综合运输服务站', '8个', '预期性'],
    ];
    expect(await tabbed('云溪区农村交通发展指标：', table, '以上指标由区交通运输局牵头落实。')).toEqual({ cells: table, text: ['云溪区农村交通发展指标：', '以上指标由区交通运输局牵头落实。'] });
  }, 60_000);

  it('group lines among tab-separated rows ("一、…" under the header, "二、…" between groups): the rows as cells, each group line as text where it stands', async () => {
    // (before: a group line right under the header ended the table — the header alone was text, and the document's
    // title was taken from it — and one between groups ended it too, the rows after it text)
    const head = ['序号', '督办事项', '责任领导', '牵头单位', '配合单位', '办结时限'];
    const rows = [
      ['1', '新建社区长者食堂12个', '林海', '县民政局', '各乡镇人民政府', '2025年9月底'],
      ['2', '改造提升农村公厕80座', '林海', '县农业农村局', '县卫生健康局', '2025年10月底'],
      ['3', '完成城区背街小巷整治30条', '周敏', '县住房城乡建设局', '县城市管理局', '2025年11月底'],
      ['4', '新增公共停车泊位600个', '周敏', '县公安局', '县交通运输局', '2025年12月底'],
    ];
    const lines = [head, ['一、民生服务类（2项）'], rows[0], rows[1], ['二、城市建设类（2项）'], rows[2], rows[3]];
    const before = '南屿县2025年第三季度重点工作督办台账';
    const after = '请各牵头单位于每季度末报送办理进展。';
    expect(await tabbed(before, lines, after)).toEqual({ cells: [head, rows[0], rows[1], rows[2], rows[3]], text: [before, '一、民生服务类（2项）', '二、城市建设类（2项）', after] });
    // (and where they stand: between the rows)
    const { lines: read2 } = await readWithNode(convert('t.txt', [before, ...lines.map((r) => r.join('\t')), after].join('\n'), 'pdf'), 't.pdf');
    expect(texts(read2).map((t) => t.split('\t')[0])).toEqual([before, '序号', '一、民生服务类（2项）', '1', '2', '二、城市建设类（2项）', '3', '4', after]);
  }, 60_000);

  it('a tab-separated row that fits the header\'s columns by chance: a word set on from a number ("12" 个) stays in its cell, not in the column it reaches past', async () => {
    // (the cells stand at the stops after the text before them; "个" after "新建社区食堂12" stands 5 pt past the
    // 责任领导 column's left edge and was read into it, "个林海"; an item set on from the one before starts a column
    // only at the column's left edge, where a borderless table's touching cells stand)
    const table = [
      ['序号', '督办事项', '责任领导', '牵头单位', '配合单位', '办结时限'],
      ['1', '新建社区食堂12个', '林海', '县民政局', '各乡镇人民政府', '2025年9月底'],
      ['2', '改造农村公厕80座', '林海', '县农业农村局', '县卫生健康局', '2025年10月底'],
    ];
    const before = '为抓好民生实事项目落实，县政府督查室对以下事项实行台账管理、挂号督办，各牵头单位每月报送办理进展，确保按期办结。';
    const after = '请各牵头单位于每月5日前报送办理进展。';
    expect(await tabbed(before, table, after)).toEqual({ cells: table, text: [before, after] });
  }, 60_000);

  it('a table typed with one space between cells ("1 推行…", "区数据局 2025年6月底"): the spaces kept where a number meets Chinese, as the author typed them; the typesetter\'s autospace still dropped', async () => {
    // (LibreOffice draws the author's space between "1" and "推行" 0.6 em wide and its own autospace in "到2027年" a fifth
    // of an em; both were dropped as autospace, and "1推行企业开办…区数据局2025年6月底" lost the cells the grammar reads
    // from a text file's spaces)
    const rows = [
      '序号 重点任务 牵头单位 配合单位 完成时限',
      '1 推行企业开办全程网办 县市场监管局 县数据局 2025年6月底',
      '2 开展涉企收费专项检查 县发展改革局 县财政局 2025年10月底',
      '3 建立企业诉求直通车制度 县营商环境办 2025年12月底',
    ];
    const head = ['南屿县人民政府办公室', '南政办函〔2025〕7号 2025年3月12日',
      '为持续优化营商环境，激发经营主体活力，到2027年全县新增经营主体3000户以上，现将2025年重点任务分解如下，请各牵头单位会同配合单位抓好落实。'];
    const pdf = convert('t.txt', [...head, ...rows].join('\n'), 'pdf');
    expect(await read(pdf)).toEqual({ cells: [], text: [...head, ...rows] });
  }, 60_000);

  /** A .docx of a paragraph, a table and a paragraph, written by LibreOffice from a flat ODT; `ruled`: grid lines. */
  const docx = (table: string[][], ruled: boolean) => {
    let src = fodt(['为加快补齐水利基础设施短板，现将年度重点项目安排如下。', { table }, '各责任单位要倒排工期，确保项目按期建成。'], { size: 12 });
    if (ruled) {
      src = src.replace(/<table:table-cell /g, '<table:table-cell table:style-name="Cell" ')
        .replace('<office:automatic-styles>', '<office:automatic-styles><style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>');
    }
    return convert('t.fodt', src, 'docx');
  };
  const projects = [
    ['序号', '项目名称', '建设内容及规模', '总投资\n（万元）', '建设年限', '责任单位'],
    ['1', '南屿县城乡供水一体化工程', '新建水厂1座，日供水能力5万吨，铺设输配水管网86公里', '32000', '2025—2027年', '县水利局'],
    ['2', '青川河综合治理', '治理河道18公里，新建生态护岸9公里', '12500', '2025—2026年', '县水利局、县自然资源局'],
    ['3', '农村生活污水治理', '完成42个行政村生活污水治理设施建设', '8600', '2025年', '县生态环境局、各乡镇人民政府'],
  ];
  const expected = projects.map((r) => r.map((c) => c.replace('\n', '')));

  it('a Word table without borders in six narrow columns (cells that touch, a header label wrapped, one of two paragraphs): columns where the items of the header and the rows start alike', async () => {
    // (LibreOffice sets the columns 73.7 pt apart and the cells' text up to 1.7 pt from the next: "建设内容及规" 总投资,
    // "南屿县城乡供" 新建水厂 — no gap marks a column there; before, 总投资 ran into 建设内容及规模, "新建水厂1 32000座，…")
    const word = docx(projects, false);
    const pdf = convert('t.docx', word, 'pdf');
    expect(await read(pdf)).toEqual({ cells: expected, text: ['为加快补齐水利基础设施短板，现将年度重点项目安排如下。', '各责任单位要倒排工期，确保项目按期建成。'] });
  }, 120_000);

  it('the same table with grid lines (a Word table as offices print it): its rows and cells from the rules', async () => {
    const word = docx(projects, true);
    const pdf = convert('t.docx', word, 'pdf');
    expect(await read(pdf)).toEqual({ cells: expected, text: ['为加快补齐水利基础设施短板，现将年度重点项目安排如下。', '各责任单位要倒排工期，确保项目按期建成。'] });
  }, 120_000);

  /** The characters of texts, white space left out, sorted: what a reading keeps, once each, whatever its lines. */
  const chars = (ts: string[]) => [...ts.join('').replace(/\s+/g, '')].sort().join('');
  /** A .docx table without borders whose group rows ("（一）续建项目（3个）") are one cell spanning the table's width. */
  const grouped = (rows: string[][]) => {
    const n = rows[0].length;
    const src = fodt(['云溪区2027年安排重点建设项目4个，总投资5.8亿元，具体如下。', { table: rows }, '各责任单位每月10日前报送项目进度。'], { size: 12 })
      .replace(/<table:table-row><table:table-cell (office:value-type="string"><text:p>[^<]*<\/text:p><\/table:table-cell>)<\/table:table-row>/g,
        (_, rest) => `<table:table-row><table:table-cell table:number-columns-spanned="${n}" ${rest}${'<table:covered-table-cell/>'.repeat(n - 1)}</table:table-row>`);
    return convert('t.docx', convert('t.fodt', src, 'docx'), 'pdf');
  };
  const build = [
    ['序号', '项目名称', '建设规模', '总投资', '责任单位'],
    ['1', '生态廊道', '绿道6公里', '18000', '区城管局'],
    ['2', '污水厂扩建', '2万吨/日', '21000', '区水务局'],
    ['3', '中医院门诊楼', '1.2万平方米', '7000', '区卫健局'],
    ['4', '城北小学', '36个班', '12000', '区教育局'],
  ];

  it('a group line under a borderless table\'s header ("（一）续建项目（3个）", one cell across the table): given as text where it stands, the rows under the header\'s columns', async () => {
    // (held under the header until a row opened the table, the line was placed only among tab-separated rows: under a
    // header's columns it was in neither the rows nor the text — lost, and the rows went under the heading before it)
    const group = '（一）续建项目（3个）';
    const pdf = grouped([build[0], [group], ...build.slice(1, 4)]);
    const { lines } = await readWithNode(pdf, 't.pdf');
    expect(texts(lines).map((t) => t.split('\t')[0])).toEqual(['云溪区2027年安排重点建设项目4个，总投资5.8亿元，具体如下。', '序号', group, '1', '2', '3', '各责任单位每月10日前报送项目进度。']);
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(build.slice(0, 4));
  }, 120_000);

  it('every text of a borderless table with group lines under its header and between its rows is read once, in order', async () => {
    const rows = [build[0], ['（一）续建项目（3个）'], ...build.slice(1, 4), ['（二）新开工项目（1个）'], build[4]];
    const { lines } = await readWithNode(grouped(rows), 't.pdf');
    const read = texts(lines);
    const all = ['云溪区2027年安排重点建设项目4个，总投资5.8亿元，具体如下。', ...rows.flat(), '各责任单位每月10日前报送项目进度。'];
    expect(chars(read)).toEqual(chars(all));
    // (in order: each row's first cell after the one before)
    const at = rows.map((r) => read.findIndex((t) => t.startsWith(r[0])));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]))).toBe(true);
  }, 120_000);
});
