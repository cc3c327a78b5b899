/**
 * PDFs as published on a government site, made at test time by LibreOffice from a flat ODT written here (our own
 * wording): a 红头 (the issuer in red over a red rule) and 发文字号 on the first page, a signature block and date,
 * "— 3 —" and "第 3 页 共 9 页" page numbers, a running header, two ruled tables on one page, a ruled table whose
 * header repeats on every page, a cell of several paragraphs, an unruled table broken across pages, a footnote, a
 * page with only a table, and a 分工表 on landscape annex pages. Each case asserts what the document says, read from
 * the blocks written below, not the program's output. Skipped without LibreOffice outside CI.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';
import { BLOCKS, BUDGET, cellsOf, DATE, DIVISION, doc, INDICATORS, ISSUER, NOTED, NOTICE, NUMBER, P1, P2, P3, P4, P5, PROJECTS, SIGNER, TITLE, TO, turnLandscapePages } from './published.js';

const lo = sofficeEnabled();

/** poppler's reading of a PDF's text (`pdftotext -raw`, or `-layout`): what the PDF holds, to show a test is not vacuous. */
function pdftotext(pdf: Uint8Array, mode: '-raw' | '-layout'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdftotext-'));
  try {
    writeFileSync(join(dir, 't.pdf'), pdf);
    return execFileSync('pdftotext', [mode, join(dir, 't.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.runIf(lo)('a PDF as published (LibreOffice from an ODT written here)', () => {
  for (const footer of ['dash', 'cn'] as const) {
    it(`红头, 文号, signature and date, tables, a footnote, landscape 分工表, "${footer}" page numbers: the text and tables as written`, async () => {
      const pdf = convert('notice.fodt', doc(BLOCKS, footer, footer === 'cn' ? '某某区人民政府办公室' : undefined), 'pdf');
      const { lines } = await readWithNode(pdf, 'notice.pdf');
      const rows = lines.filter((l) => l.cells).map((l) => l.cells!);
      // LibreOffice leaves a comma that falls at a line's end out of the PDF (pdftotext and the rendered page lack it
      // too), and a space between a digit and Chinese is the typesetter's as often as the author's ("表2 资金安排"):
      // the paragraphs are compared without either
      const fold = (t: string) => t.replace(/[，\s]/g, '');
      const text = texts(lines.filter((l) => !l.cells)).map(fold);
      // the paragraphs, in order, each whole: the 红头 and 文号, the signature and date, the paragraph a footnote
      // interrupts at a page's foot; no footnote (as the .docx reader leaves Word's footnotes out), no page number,
      // no running header
      expect(text).toEqual([ISSUER, NUMBER, TITLE, TO, NOTICE, SIGNER, DATE, P1, '一、主要目标', P2, '表2 资金安排', '二、重点任务', P3, P4, NOTED, P5, '三、重点项目', '附件'].map(fold));
      // the tables: each once, its header once (repeated on each page in the PDF), rows broken by a page joined,
      // a cell's paragraphs apart
      expect(rows).toEqual([...cellsOf(INDICATORS), ...cellsOf(BUDGET), ...cellsOf(PROJECTS), ...cellsOf(DIVISION)]);
      expect(lines.filter((l) => l.cells && l.cells[0] === '8').at(-1)!.cellLines![3]).toEqual(['各镇人民政府', '区财政局']);
      // four tables: a blank line before each, none between the rows of one
      const starts = lines.flatMap((l, k) => (l.cells && !lines[k - 1]?.cells ? [l.cells[0]] : []));
      expect(starts).toEqual(['序号', '项目', '序号', '序号']);
    }, 120_000);
  }

  it('the landscape 分工表 pages turned onto portrait pages (text running up or down the page, or with /Rotate 90) read as the landscape ones', async () => {
    const pdf = convert('notice.fodt', doc(BLOCKS, 'dash'), 'pdf');
    const landscape = (await readWithNode(pdf, 'notice.pdf')).lines.map((l) => [l.text, l.cells, l.cellLines]);
    const rows = landscape.filter(([, cells]) => cells);
    expect(rows.slice(-DIVISION.length)).toEqual(cellsOf(DIVISION).map((r) => [r.join('\t'), r, expect.anything()]));
    for (const how of ['up', 'down', 'rotated'] as const) {
      const turned = (await readWithNode(turnLandscapePages(pdf, how), 'notice.pdf')).lines.map((l) => [l.text, l.cells, l.cellLines]);
      expect(turned, how).toEqual(landscape);
    }
  }, 120_000);

  it('a seal set as red text over the signature and date, "（此件公开发布）" under the date, and the 版记: each paragraph as written (session 31)', async () => {
    // (a seal drawn as text in a frame over the signature block: its lines share baselines with the text under them;
    // the 版记's "抄送：" line after the last paragraph, which reaches near the right edge)
    const to = '各街道办事处，区政府各委、办、局：';
    const notice = '《某某区社区嵌入式服务设施建设实施方案》已经区政府同意，现印发给你们，请认真组织实施。';
    const signer = '某某区人民政府办公室';
    const date = '2026年4月8日';
    const open = '（此件公开发布）';
    const last = '各街道办事处要落实属地责任，区财政局统筹安排资金。';
    const cc = '抄送：区委各部门，区人大常委会办公室，区政协办公室。';
    const printed = '某某区人民政府办公室　　　　　　　　2026年4月8日印发';
    let fodt = doc([
      { p: ISSUER, style: 'Red' }, { p: NUMBER, style: 'Number' }, { p: TITLE, style: 'Title' }, { p: to, style: 'Flush' }, { p: notice },
      { p: `@@SEAL@@${signer}`, style: 'Right' }, { p: date, style: 'Right' }, { p: open, style: 'Flush' },
      { p: '一、工作目标', style: 'Flush' }, { p: last }, { p: '@@BANJI@@' },
    ], 'dash');
    const seal = '<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" text:anchor-type="paragraph" svg:x="9cm" svg:y="-1.2cm" svg:width="4.2cm" svg:height="4.2cm" draw:z-index="1" draw:style-name="SealFrame"><draw:text-box>' +
      ['某某区人民政府', '★', '办公室'].map((t) => `<text:p text:style-name="Seal">${t}</text:p>`).join('') + '</draw:text-box></draw:frame>';
    fodt = fodt.replace('@@SEAL@@', seal)
      .replace('<text:p text:style-name="Body">@@BANJI@@</text:p>', [cc, printed].map((t) => `<text:p text:style-name="Banji">${t}</text:p>`).join(''))
      .replace('</office:styles>', '<style:style style:name="Seal" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#e00000"/></style:style>' +
        '<style:style style:name="Banji" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:padding="2pt"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style></office:styles>')
      .replace('</office:automatic-styles>', '<style:style style:name="SealFrame" style:family="graphic" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" fo:border="none" draw:fill="none"/></style:style></office:automatic-styles>');
    const pdf = convert('seal.fodt', fodt, 'pdf');
    const { lines } = await readWithNode(pdf, 'seal.pdf');
    const fold = (t: string) => t.replace(/[，\s]/g, '');
    // before: "…组织实施。某某区人民政府", "某某区人民政府办公室★", "办公室2026年4月8日（此件公开发布）", and the 抄送 line run into
    // the paragraph before it
    expect(texts(lines).map(fold)).toEqual([ISSUER, NUMBER, TITLE, to, notice, signer, date, open, '一、工作目标', last, cc, printed].map(fold));
  }, 120_000);

  it('an electronic seal whose name is set round a circle, one glyph a turned shape, over the signature: left out (session 32)', async () => {
    const notice = '现将有关事项通知如下，请认真贯彻落实。';
    const signer = '某某区人民政府办公室';
    const date = '2026年4月8日';
    let fodt = doc([{ p: TITLE, style: 'Title' }, { p: TO, style: 'Flush' }, { p: notice }, { p: `@@SEAL@@${signer}`, style: 'Right' }, { p: date, style: 'Right' }], 'dash');
    // each glyph a shape of its own turned to the circle's tangent (ODF turns a shape about its top left corner: the
    // shape is placed so that its middle stands on the circle), 220° of a circle of radius 1.6 cm over the signature
    const glyphs = [...signer].map((ch, k) => {
      const a = ((-110 + (220 * k) / (signer.length - 1)) * Math.PI) / 180; // from the top, clockwise
      const px = 2.1 + 1.6 * Math.sin(a);
      const py = 2.1 - 1.6 * Math.cos(a);
      const x = 9 + px - 0.3 * (Math.cos(-a) + Math.sin(-a));
      const y = -1.2 + py - 0.3 * (Math.cos(-a) - Math.sin(-a));
      return `<draw:rect xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" text:anchor-type="paragraph" draw:z-index="${k + 2}" draw:style-name="SealGlyph" svg:width="0.6cm" svg:height="0.6cm" draw:transform="rotate (${(-a).toFixed(4)}) translate (${x.toFixed(3)}cm ${y.toFixed(3)}cm)"><text:p text:style-name="Seal">${ch}</text:p></draw:rect>`;
    }).join('');
    fodt = fodt.replace('@@SEAL@@', glyphs)
      .replace('</office:styles>', '<style:style style:name="Seal" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#e00000"/></style:style></office:styles>')
      .replace('</office:automatic-styles>', '<style:style style:name="SealGlyph" style:family="graphic" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" draw:stroke="none" draw:fill="none" fo:padding="0cm"/></style:style></office:automatic-styles>');
    const pdf = convert('seal-arc.fodt', fodt, 'pdf');
    // (the glyphs are text in the PDF, each turned: pdftotext finds them)
    expect(pdftotext(pdf, '-raw').replace(/\s/g, '')).toMatch(/办公室.*[某区人民政府办公室]/s);
    const { lines } = await readWithNode(pdf, 'seal-arc.pdf');
    // before: "…落实。府", "人 办", "某 室" — the glyphs near the top of the circle as lines of their own
    expect(texts(lines)).toEqual([TITLE, TO, notice, signer, date]);
  }, 120_000);

  it('a 目录 in two columns (entries with dotted leaders to page numbers set flush right) and a section of two-column text: each column read down, the left first (session 32)', async () => {
    const entries: [string, number][] = [
      ['一、总体要求', 1], ['（一）指导思想', 1], ['（二）基本原则', 2], ['（三）主要目标', 2], ['二、重点任务', 3], ['（一）完善社区服务设施', 3],
      ['（二）提升养老服务水平', 4], ['（三）加强托育服务供给', 5], ['三、保障措施', 6], ['（一）加强组织领导', 6], ['（二）强化资金保障', 7], ['附件：任务分工表', 8],
    ];
    const body = ['区民政局牵头推进社区嵌入式服务设施建设，各街道办事处负责本辖区设施的选址、建设和日常运营，确保按期完成。',
      '区财政局统筹安排建设资金，区发展改革委做好项目立项审批，区规划资源局保障建设用地。',
      '区卫生健康委会同各街道办事处开展托育服务，区教育局配合做好场地和师资支持。'];
    const intro = '坚持以人民为中心的发展思想，统筹推进社区服务设施建设。';
    let fodt = doc([{ p: '目　录', style: 'Title' }, { p: '@@TOC@@' }, { p: '一、总体要求', style: 'Flush' }, { p: intro }, { p: '@@BODY@@' }, { p: '二、重点任务', style: 'Flush' }], 'dash');
    const section = (name: string, ps: string[]) => `<text:section text:style-name="Cols" text:name="${name}">${ps.join('')}</text:section>`;
    fodt = fodt
      .replace('<text:p text:style-name="Body">@@TOC@@</text:p>', section('S1', entries.map(([t, n]) => `<text:p text:style-name="Toc">${t}<text:tab/>${n}</text:p>`)))
      .replace('<text:p text:style-name="Body">@@BODY@@</text:p>', section('S2', body.map((t) => `<text:p text:style-name="Body">${t}</text:p>`)))
      .replace('</office:automatic-styles>', '<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="7.3cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>' +
        '<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style></office:automatic-styles>');
    const pdf = convert('columns.fodt', fodt, 'pdf');
    // (the PDF sets both columns' lines on shared baselines: poppler's layout reading shows the two side by side)
    expect(pdftotext(pdf, '-layout')).toMatch(/一、总体要求\.+1 *（二）提升养老服务水平/);
    const { lines } = await readWithNode(pdf, 'columns.pdf');
    const leaders = (t: string) => t.replace(/\.{2,}/g, '⋯');
    // before: "一、总体要求…1 （二）提升养老服务水平…4", and the section's paragraphs run across both columns
    expect(texts(lines).map(leaders)).toEqual(['目 录', ...entries.map(([t, n]) => `${t}⋯${n}`), '一、总体要求', intro, ...body, '二、重点任务']);
  }, 120_000);

  it('a notice at GB/T 9704 sizes (16 pt on a 28.95 pt line, 黑体 and 楷体 headings in the body size, a footnote) with a landscape 附件 table whose two header rows repeat on every page and whose cells list departments with line breaks (session 32)', async () => {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const h1 = '一、工作目标';
    const h2 = '（一）完善社区养老服务网络';
    const p1 = '为进一步完善本区社区养老服务体系，满足老年人多层次多样化的养老服务需求，结合本区实际，制定本方案。';
    const p2 = '到2027年底，全区建成社区养老服务综合体12个，每个街道至少建成1个，社区助餐服务点覆盖所有居民区，护理型床位占比达到65%以上。';
    const p3 = '各街道结合老旧小区改造和闲置用房盘活，统筹布局社区养老服务设施，推动综合体与社区卫生服务中心毗邻设置，实现医养服务就近可及。';
    const rows = Array.from({ length: 22 }, (_, k) => [String(k + 1), `推进第${k + 1}项社区养老服务设施建设并按期投入运营`, ['区民政局', '区卫生健康委', '区住房城乡建设管理委'][k % 3],
      ['区财政局\n各街道办事处', '区规划资源局\n区民政局\n各街道办事处', '区发展改革委'][k % 3], `${2026 + (k % 2)}年${(k % 4) * 3 + 3}月`]);
    // (a department a line of its cell: line breaks inside one paragraph)
    const cell = (t: string, extra = '') => `<table:table-cell table:style-name="Cell"${extra} office:value-type="string"><text:p text:style-name="CellText">${t.split('\n').map(esc).join('<text:line-break/>')}</text:p></table:table-cell>`;
    const head = '<table:table-header-rows>' +
      `<table:table-row>${cell('序号', ' table:number-rows-spanned="2"')}${cell('重点任务', ' table:number-rows-spanned="2"')}${cell('责任单位', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>${cell('完成时限', ' table:number-rows-spanned="2"')}</table:table-row>` +
      `<table:table-row><table:covered-table-cell/><table:covered-table-cell/>${cell('牵头单位')}${cell('配合单位')}<table:covered-table-cell/></table:table-row></table:table-header-rows>`;
    const table = `<table:table table:name="Annex"><table:table-column table:number-columns-repeated="5"/>${head}${rows.map((r) => `<table:table-row>${r.map((c) => cell(c)).join('')}</table:table-row>`).join('')}</table:table>`;
    const fodt = doc([
      { p: ISSUER, style: 'Red' }, { p: NUMBER, style: 'Number' }, { p: TITLE, style: 'Title' }, { p: TO, style: 'Flush' }, { p: NOTICE },
      { p: SIGNER, style: 'Right' }, { p: DATE, style: 'Right' },
      { p: '@@H1@@' }, { p: p1 }, { p: '@@H2@@' }, { note: [p2, '综合体指集日间照料、助餐、康复护理等功能于一体的社区养老服务设施。'] }, { p: p3 },
      { p: '附件', style: 'Landscape' }, { p: '@@TABLE@@' }, { p: '（此件公开发布）', style: 'Portrait' },
    ], 'dash')
      .replace('<text:p text:style-name="Body">@@H1@@</text:p>', `<text:p text:style-name="Hei">${h1}</text:p>`)
      .replace('<text:p text:style-name="Body">@@H2@@</text:p>', `<text:p text:style-name="Kai">${h2}</text:p>`)
      .replace('<text:p text:style-name="Body">@@TABLE@@</text:p>', '<text:p text:style-name="Flush">某某区社区养老服务设施建设任务分工表</text:p>' + table)
      .replace('<style:paragraph-properties fo:line-height="120%"/>', '<style:paragraph-properties fo:line-height="28.95pt"/>')
      .replace('</office:styles>', '<style:style style:name="Hei" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-name-asian="Noto Sans CJK SC"/></style:style>' +
        '<style:style style:name="Kai" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-weight-asian="bold"/></style:style></office:styles>');
    const pdf = convert('gbt9704.fodt', fodt, 'pdf');
    // (the table runs over several landscape pages, each opening with both header rows)
    expect(pdftotext(pdf, '-raw').match(/牵头单位/g)!.length).toBeGreaterThanOrEqual(3);
    const { lines } = await readWithNode(pdf, 'gbt9704.pdf');
    const fold = (t: string) => t.replace(/[，\s]/g, '');
    expect(texts(lines.filter((l) => !l.cells)).map(fold)).toEqual([ISSUER, NUMBER, TITLE, TO, NOTICE, SIGNER, DATE, h1, p1, h2, p2, p3, '附件', '某某区社区养老服务设施建设任务分工表', '（此件公开发布）'].map(fold));
    // the header's two rows once (a cell spanning rows gives its text to its first row), each task once and whole —
    // before, the second header row repeated on the next page was taken for the rest of a row the page broke and
    // joined to the row before it ("区卫生健康委 牵头单位")
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([['序号', '重点任务', '责任单位', '完成时限'], ['', '', '牵头单位', '配合单位', ''], ...cellsOf(rows)]);
    expect(lines.find((l) => l.cells?.[0] === '2')!.cellLines![3]).toEqual(['区规划资源局', '区民政局', '各街道办事处']);
  }, 120_000);

  it('a 请示 as an office publishes it: 文号 and 签发人 on one line over the red rule, a 红头 the line wraps, 附件 of two items one under the other, a 联系人 line, a one-column 目录 with dotted leaders — read as written (session 32, read right already)', async () => {
    const ask = '为推进公共服务数字化转型，我委会同有关部门起草了《某某区公共服务数字化三年行动计划》，现将有关情况报告如下，请审定。';
    const entries: [string, number][] = [['一、总体要求', 1], ['二、主要任务', 2], ['（一）推进公共服务数字化', 2], ['（二）提升基层治理效能', 3], ['三、保障措施', 4]];
    const items = ['1.坚持需求导向。以群众和企业办事需求为牵引，推动服务事项网上可办、就近可办。', '2.坚持整体协同。打破部门间数据壁垒，推进跨部门业务流程再造，提升协同办理效率。'];
    const fodt = doc([
      { p: '某某区发展和改革委员会文件', style: 'Red' }, { p: '@@NUM@@' }, { p: '关于报送《某某区公共服务数字化三年行动计划》的请示', style: 'Title' },
      { p: '区人民政府：', style: 'Flush' }, { p: ask }, { p: '@@ATT@@' },
      { p: '某某区发展和改革委员会', style: 'Right' }, { p: '2026年6月2日', style: 'Right' }, { p: '（联系人：王明；联系电话：12345678）', style: 'Flush' },
      { p: '目　录', style: 'Title' }, { p: '@@TOC@@' }, { p: '一、总体要求', style: 'Flush' }, ...items.map((p) => ({ p })),
    ], 'dash')
      .replace('<text:p text:style-name="Body">@@NUM@@</text:p>', '<text:p text:style-name="NumSign">某发改〔2026〕21号<text:tab/>签发人：张明</text:p>')
      .replace('<text:p text:style-name="Body">@@ATT@@</text:p>', '<text:p text:style-name="Att">附件：1．某某区公共服务数字化三年行动计划（送审稿）</text:p><text:p text:style-name="Att2">2．起草说明</text:p>')
      .replace('<text:p text:style-name="Body">@@TOC@@</text:p>', entries.map(([t, n]) => `<text:p text:style-name="Toc">${t}<text:tab/>${n}</text:p>`).join(''))
      .replace('</office:automatic-styles>', '<style:style style:name="NumSign" style:family="paragraph"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm" fo:padding-bottom="6pt" fo:border-bottom="1.5pt solid #e00000"><style:tab-stops><style:tab-stop style:position="13.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>' +
        '<style:style style:name="Att" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt"/></style:style>' +
        '<style:style style:name="Att2" style:family="paragraph"><style:paragraph-properties fo:margin-left="112pt"/></style:style>' +
        '<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style></office:automatic-styles>');
    const pdf = convert('ask.fodt', fodt, 'pdf');
    const { lines } = await readWithNode(pdf, 'ask.pdf');
    const leaders = (t: string) => t.replace(/\.{2,}/g, '⋯');
    expect(texts(lines).map(leaders)).toEqual(['某某区发展和改革委员会文件', '某发改〔2026〕21号 签发人：张明', '关于报送《某某区公共服务数字化三年行动计划》的请示', '区人民政府：', ask,
      '附件：1．某某区公共服务数字化三年行动计划（送审稿）', '2．起草说明', '某某区发展和改革委员会', '2026年6月2日', '（联系人：王明；联系电话：12345678）',
      '目 录', ...entries.map(([t, n]) => `${t}⋯${n}`), '一、总体要求', ...items]);
  }, 120_000);

  it('a watermark set across the page at a slant ("内部资料 注意保存" in a turned shape over the text): left out (session 32)', async () => {
    const ps = [P1, P2, P3];
    let fodt = doc([{ p: TITLE, style: 'Title' }, { p: `@@MARK@@${P1}` }, { p: P2 }, { p: P3 }], 'dash');
    const a = (35 * Math.PI) / 180;
    fodt = fodt.replace('@@MARK@@', `<draw:rect xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" text:anchor-type="paragraph" draw:z-index="2" draw:style-name="Mark" svg:width="12cm" svg:height="2cm" draw:transform="rotate (${a.toFixed(4)}) translate (2cm 8cm)"><text:p text:style-name="MarkText">内部资料　注意保存</text:p></draw:rect>`)
      .replace('</office:styles>', '<style:style style:name="MarkText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#c0c0c0" fo:font-size="36pt" style:font-size-asian="36pt"/></style:style></office:styles>')
      .replace('</office:automatic-styles>', '<style:style style:name="Mark" style:family="graphic" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" draw:stroke="none" draw:fill="none" fo:padding="0cm"/></style:style></office:automatic-styles>');
    const pdf = convert('watermark.fodt', fodt, 'pdf');
    // (the watermark is text in the PDF, turned: poppler finds it)
    expect(pdftotext(pdf, '-raw').replace(/\s/g, '')).toMatch(/内.?部.?资.?料/);
    const { lines } = await readWithNode(pdf, 'watermark.pdf');
    const fold = (t: string) => t.replace(/[，\s]/g, '');
    expect(texts(lines).map(fold)).toEqual([TITLE, ...ps].map(fold));
  }, 120_000);

  it('a 目录 in two columns not balanced (the left column filled to the page\'s foot first, the 目录 ending the page): the left column read first, then the right (session 32)', async () => {
    const nums = '一二三四五六';
    const entries: [string, number][] = [];
    for (let i = 0; i < 6; i++) {
      entries.push([`${nums[i]}、第${nums[i]}部分重点工作`, 1 + i * 3]);
      for (let j = 0; j < 4; j++) entries.push([`（${nums[j]}）推进第${i + 1}.${j + 1}项任务`, 2 + i * 3 + j]);
    }
    const after = '坚持以人民为中心的发展思想，统筹推进社区服务设施建设。';
    const fodt = doc([{ p: '目　录', style: 'Title' }, { p: '@@TOC@@' }, { p: '@@NEXT@@' }, { p: after }], 'dash')
      .replace('<text:p text:style-name="Body">@@TOC@@</text:p>', '<text:section text:style-name="Cols" text:name="S1">' + entries.map(([t, n]) => `<text:p text:style-name="Toc">${t}<text:tab/>${n}</text:p>`).join('') + '</text:section>')
      .replace('<text:p text:style-name="Body">@@NEXT@@</text:p>', '<text:p text:style-name="Next">一、总体要求</text:p>')
      .replace('</office:automatic-styles>', '<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="7.3cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>' +
        '<style:style style:name="Next" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>' +
        '<style:style style:name="Cols" style:family="section"><style:section-properties text:dont-balance-text-columns="true"><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style></office:automatic-styles>');
    const pdf = convert('toc-unbalanced.fodt', fodt, 'pdf');
    // (the left column holds more entries than the right: its last ones stand alone on their lines at the page's foot)
    const page1 = pdftotext(pdf, '-layout').split('\f')[0].split('\n').filter((l) => l.trim());
    expect(page1.at(-2)).toMatch(/^\S.*\d\s*$/);
    expect(page1.at(-2)).not.toMatch(/\S\s{3,}\S/);
    const { lines } = await readWithNode(pdf, 'toc-unbalanced.pdf');
    const leaders = (t: string) => t.replace(/(?:\s?\.){2,}\s?/g, '⋯');
    // before: each row of both columns one line; with only balanced columns known, the left column's last entries after the right column's
    expect(texts(lines).map(leaders)).toEqual(['目 录', ...entries.map(([t, n]) => `${t}⋯${n}`), '一、总体要求', after]);
  }, 120_000);
  // ---- session 33: columns of unequal width --------------------------------------------------------------------------
  const WIDE = ['区民政局牵头推进社区嵌入式服务设施建设，各街道办事处负责本辖区设施的选址、建设和日常运营，确保按期完成。',
    '区财政局统筹安排建设资金，区发展改革委做好项目立项审批，区规划资源局保障建设用地，区住房城乡建设管理委做好施工监管。',
    '区卫生健康委会同各街道办事处开展托育服务，区教育局配合做好场地和师资支持，区市场监管局加强食品安全检查。'];
  const MORE = ['区应急管理局会同区消防救援支队开展设施消防安全评估，对不符合要求的设施限期整改，确保设施运行安全。',
    '各街道办事处每季度报送设施建设和运营情况，区民政局汇总后向区政府报告，并在区政府网站公布。'];
  const BOX = ['专栏1 服务设施', '新建社区综合服务设施12处，改建社区食堂20个，每个街道至少建成1个养老服务综合体。'];
  const INTRO = '坚持以人民为中心的发展思想，统筹推进社区服务设施建设。';
  /** A page with a section in two columns of the given relative widths (no common gap: LibreOffice then draws them even). */
  const unequal = (ps: string[], widths: [number, number], breakBefore?: number) => {
    const section = '<text:section text:style-name="Cols" text:name="S1">' +
      ps.map((t, k) => `<text:p text:style-name="${k === breakBefore ? 'ColBreak' : 'Body'}">${t}</text:p>`).join('') + '</text:section>';
    return doc([{ p: '一、总体要求', style: 'Flush' }, { p: INTRO }, { p: '@@COLS@@' }, { p: '二、保障措施', style: 'Flush' }], 'dash')
      .replace('<text:p text:style-name="Body">@@COLS@@</text:p>', section)
      .replace('</office:automatic-styles>', '<style:style style:name="ColBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="column" fo:text-align="center"/></style:style>' +
        '<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2">' +
        widths.map((w, k) => `<style:column style:rel-width="${w}*" fo:start-indent="${k ? '0.4cm' : '0cm'}" fo:end-indent="${k ? '0cm' : '0.4cm'}"/>`).join('') +
        '</style:columns></style:section-properties></style:style></office:automatic-styles>');
  };
  for (const [name, widths] of [['2:1', [43690, 21845]], ['1:2', [21845, 43690]]] as const) {
    it(`a section in two columns of unequal width (${name}), the 专栏 running on into the second column: each column read down, the left first (session 33)`, async () => {
      const pdf = convert('unequal.fodt', unequal([...WIDE, ...BOX], [...widths]), 'pdf');
      // (the PDF sets both columns' lines on shared baselines, the columns 2:1 or 1:2 wide)
      const rows = pdftotext(pdf, '-layout').split('\n').filter((l) => /\S\s{2,}\S/.test(l));
      expect(rows.length).toBeGreaterThanOrEqual(5);
      const { lines } = await readWithNode(pdf, 'unequal.pdf');
      // before: the rows of both columns read across, "区民政局牵头推进社区嵌入式服务检查。"
      expect(texts(lines)).toEqual(['一、总体要求', INTRO, ...WIDE, BOX[0].replace(' ', ''), BOX[1], '二、保障措施']);
    }, 120_000);
  }

  it('a 专栏 set in a narrow right column after a column break, the wide column the longer: the wide column read down to its end, then the 专栏 (session 33)', async () => {
    const pdf = convert('sidebar.fodt', unequal([...WIDE, ...MORE, ...BOX], [43690, 21845], WIDE.length + MORE.length), 'pdf');
    // (the left column goes on for lines after the right column's last: those stand alone on their lines)
    const page = pdftotext(pdf, '-layout').split('\n').filter((l) => l.trim());
    const both = page.flatMap((l, k) => (/\S\s{2,}\S/.test(l.trim()) ? [k] : []));
    expect(both.length).toBeGreaterThanOrEqual(5);
    expect(page.slice(both[both.length - 1] + 1).findIndex((l) => l.includes('二、保障措施'))).toBeGreaterThan(4);
    const { lines } = await readWithNode(pdf, 'sidebar.pdf');
    // before: the left column's lines after the right column's last one read after the 专栏
    expect(texts(lines)).toEqual(['一、总体要求', INTRO, ...WIDE, ...MORE, BOX[0].replace(' ', ''), BOX[1], '二、保障措施']);
  }, 120_000);

  it('a table without rules of two columns of unequal width (a task beside its departments) is no two columns: not read one column after the other (session 33)', async () => {
    const tasks = [['推进社区嵌入式服务设施建设，各街道负责本辖区设施的选址、建设和日常运营', '区民政局、各街道办事处'],
      ['统筹安排建设资金，做好项目立项审批，保障建设用地', '区财政局、区发展改革委、区规划资源局'],
      ['开展托育服务，做好场地和师资支持，加强食品安全检查', '区卫生健康委、区教育局'],
      ['开展设施消防安全评估，对不符合要求的设施限期整改', '区应急管理局']];
    const fodt = doc([{ p: '分工', style: 'Title' }, { table: tasks, ruled: false }, { p: '一、总体要求', style: 'Flush' }], 'dash')
      .replace('<table:table-column table:number-columns-repeated="2"/>', '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/>')
      .replace('<table:table table:name="T1">', '<table:table table:name="T1" table:style-name="TT">')
      .replace('</office:automatic-styles>', '<style:style style:name="TT" style:family="table"><style:table-properties style:width="15.6cm" table:align="left"/></style:style>' +
        '<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>' +
        '<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style></office:automatic-styles>');
    const pdf = convert('pairs.fodt', fodt, 'pdf');
    const { lines } = await readWithNode(pdf, 'pairs.pdf');
    // each task stays next to its departments (as the rows read across), never all tasks and then all departments
    const all = texts(lines).join('\n');
    expect(all).toMatch(/加强食品安全检查\s?区卫生健康委、区教育局/);
    expect(all.indexOf('区应急管理局')).toBeGreaterThan(all.indexOf('开展设施消防安全评估'));
    expect(all.indexOf('区民政局、各街道办事处')).toBeLessThan(all.indexOf('统筹安排建设资金'));
  }, 120_000);
});
