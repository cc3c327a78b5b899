/**
 * A notice as published on a government site, in our own wording, as a flat ODT for LibreOffice to print to PDF
 * (tests/formats/pdf-published.test.ts): a 红头 (the issuer in red over a red rule) and 发文字号 on the first page, a
 * signature block and date, "— 3 —" or "第 3 页 共 9 页" page numbers, a running header, two ruled tables on one page, a
 * ruled table whose header repeats on every page, cells of several paragraphs, an unruled table broken across pages,
 * a footnote, and a 分工表 on landscape annex pages.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type Block =
  | { p: string; style?: 'Body' | 'Flush' | 'Title' | 'Red' | 'Number' | 'Right' | 'Landscape' | 'Portrait' }
  | { note: [string, string] }
  | { table: string[][]; ruled?: boolean; headerRows?: number };

/**
 * A flat ODT: A4 portrait pages (master Standard, 16 pt body) and landscape annex pages (master Landscape, entered by a
 * paragraph of style Landscape, left by one of style Portrait). Tables are ruled (½ pt borders on every cell) unless
 * `ruled: false`; `headerRows` rows repeat on each page.
 */
export function doc(blocks: Block[], footer: 'dash' | 'cn', header?: string): string {
  const foot = footer === 'dash'
    ? '— <text:page-number text:select-page="current">1</text:page-number> —'
    : '第 <text:page-number text:select-page="current">1</text:page-number> 页 共 <text:page-count>1</text:page-count> 页';
  let n = 0;
  const body = blocks.map((b) => {
    if ('p' in b) return `<text:p text:style-name="${b.style ?? 'Body'}">${esc(b.p)}</text:p>`;
    if ('note' in b) {
      return `<text:p text:style-name="Body">${esc(b.note[0])}<text:note text:id="n${++n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation>` +
        `<text:note-body><text:p text:style-name="Note">${esc(b.note[1])}</text:p></text:note-body></text:note></text:p>`;
    }
    const cols = Math.max(...b.table.map((r) => r.length));
    const cellStyle = b.ruled === false ? '' : ' table:style-name="Cell"';
    const row = (r: string[]) => `<table:table-row>${r.map((c) => `<table:table-cell${cellStyle} office:value-type="string">${c.split('\n').map((p) => `<text:p text:style-name="CellText">${esc(p)}</text:p>`).join('')}</table:table-cell>`).join('')}</table:table-row>`;
    const h = b.headerRows ?? 0;
    return `<table:table table:name="T${++n}"><table:table-column table:number-columns-repeated="${cols}"/>` +
      (h ? `<table:table-header-rows>${b.table.slice(0, h).map(row).join('')}</table:table-header-rows>` : '') +
      b.table.slice(h).map(row).join('') + '</table:table>';
  }).join('\n');
  const furniture = (tag: 'header' | 'footer', text: string) => `<style:${tag}><text:p text:style-name="Furniture">${text}</text:p></style:${tag}>`;
  const masters = (name: string, layout: string) => `<style:master-page style:name="${name}" style:page-layout-name="${layout}">` +
    (header ? furniture('header', esc(header)) : '') + furniture('footer', foot) + '</style:master-page>';
  const pageLayout = (name: string, w: string, h: string, orient: string) => `<style:page-layout style:name="${name}">` +
    `<style:page-layout-properties fo:page-width="${w}" fo:page-height="${h}" style:print-orientation="${orient}" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>` +
    '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>' +
    '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="120%"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="16pt" style:font-size-asian="16pt"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt"/></style:style>
 <style:style style:name="Flush" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="16pt" fo:margin-bottom="16pt"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Red" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="40pt" fo:margin-bottom="24pt"/><style:text-properties fo:color="#e00000" style:font-name-asian="Noto Sans CJK SC" fo:font-size="36pt" style:font-size-asian="36pt"/></style:style>
 <style:style style:name="Number" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="8pt" fo:padding-bottom="6pt" fo:border-bottom="1.5pt solid #e00000"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="64pt"/></style:style>
 <style:style style:name="Landscape" style:family="paragraph" style:master-page-name="Landscape"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
 <style:style style:name="Portrait" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt"/></style:style>
 <style:style style:name="CellText" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
</office:styles>
<office:automatic-styles>
 ${pageLayout('pm1', '21cm', '29.7cm', 'portrait')}
 ${pageLayout('pm2', '29.7cm', '21cm', 'landscape')}
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 ${masters('Standard', 'pm1')}
 ${masters('Landscape', 'pm2')}
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}



// ---------------------------------------------------------------- the document

export const ISSUER = '某某区人民政府办公室文件';
export const NUMBER = '某府办发〔2026〕12号';
export const TITLE = '某某区人民政府办公室关于印发《某某区推进数字乡村建设三年行动计划（2026—2028年）》的通知';
export const TO = '各镇人民政府，区政府各委、办、局：';
export const NOTICE = '《某某区推进数字乡村建设三年行动计划（2026—2028年）》已经区政府同意，现印发给你们，请认真按照执行。各单位要结合职责细化工作措施，确保各项任务按期完成。';
export const SIGNER = '某某区人民政府办公室';
export const DATE = '2026年3月1日';
export const P1 = '为贯彻落实国家和本市关于数字乡村建设的部署，加快推进农业农村现代化，全面提升乡村数字化治理和服务水平，结合本区实际，制定本行动计划。';
export const P2 = '到2028年，全区行政村千兆光网和5G网络覆盖率达到100%，涉农政务服务事项网上可办率达到95%以上，建成市级数字农业示范基地10个，农产品网络销售额年均增长15%以上，数字乡村发展水平位居全市前列。';
export const P3 = '（一）夯实乡村数字基础设施。推进农村光纤网络和移动通信网络提档升级，推动水利、公路、电力、冷链物流等农业农村基础设施数字化改造，到2027年实现重点农业园区物联网感知设备全覆盖。';
export const P4 = '（二）发展智慧农业。建设农业生产管理服务平台，推广精准种植、智能灌溉、无人机植保等应用，培育一批数字农业示范主体，提高农业全要素生产率。';
export const NOTED = '（三）提升乡村治理数字化水平。依托城市运行管理平台，完善村级“一网统管”应用场景，推动村务公开、集体资产管理和人居环境整治线上化。';
export const NOTE = '注：村级应用场景清单由区城运中心会同各镇另行制定。';
export const P5 = '（四）强化组织保障。各镇、各部门要建立工作推进机制，明确责任分工，加强资金保障和人才培养，定期报送工作进展，确保各项任务落到实处。';

export const INDICATORS = [
  ['序号', '指标', '2025年基数', '2028年目标'],
  ['1', '行政村5G网络覆盖率', '85%', '100%'],
  ['2', '涉农政务服务事项网上可办率', '80%', '95%'],
  ['3', '市级数字农业示范基地（个）', '4', '10'],
];
export const BUDGET = [
  ['项目', '资金来源', '金额（万元）'],
  ['农业物联网示范', '区级财政', '1200'],
  ['村级治理平台', '区级财政、镇级配套', '800'],
];
export const PROJECTS = [
  ['序号', '项目名称', '建设内容', '实施单位'],
  ...Array.from({ length: 12 }, (_, k) => [String(k + 1), `数字乡村示范项目${k + 1}`,
    `在第${k + 1}个示范村建设农业物联网感知网络和村级治理应用，配套建设数据采集站点和管理用房，完成相关人员培训。`, `${['甲', '乙', '丙', '丁'][k % 4]}镇人民政府`]),
];
export const DIVISION = [
  ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
  ...Array.from({ length: 14 }, (_, k) => [String(k + 1), `重点任务${k + 1}：推进第${k + 1}批数字化应用场景建设并组织验收`,
    ['区农业农村委', '区科委', '区经委', '区城运中心'][k % 4], '各镇人民政府\n区财政局', `${2026 + (k % 3)}年`]),
];

export const BLOCKS: Block[] = [
  { p: ISSUER, style: 'Red' },
  { p: NUMBER, style: 'Number' },
  { p: TITLE, style: 'Title' },
  { p: TO, style: 'Flush' },
  { p: NOTICE },
  { p: SIGNER, style: 'Right' },
  { p: DATE, style: 'Right' },
  { p: P1 },
  { p: '一、主要目标', style: 'Flush' },
  { p: P2 },
  { table: INDICATORS },
  { p: '表2 资金安排', style: 'Flush' },
  { table: BUDGET },
  { p: '二、重点任务', style: 'Flush' },
  { p: P3 },
  { p: P4 },
  { note: [NOTED, NOTE] },
  { p: P5 },
  { p: '三、重点项目', style: 'Flush' },
  { table: PROJECTS, headerRows: 1, ruled: false },
  { p: '附件', style: 'Landscape' },
  { table: DIVISION, headerRows: 1 },
];

/** The cells as the .docx reader gives them: a cell's paragraphs joined by one space. */
export const cellsOf = (t: string[][]) => t.map((r) => r.map((c) => c.split('\n').join(' ')));

/**
 * The landscape pages of a PDF turned to portrait, as some offices publish a 分工表: each page wider than high gets a
 * portrait MediaBox and its content drawn turned a quarter onto it — counter-clockwise ('up': the text runs up the
 * page) or clockwise ('down'); 'rotated': turned counter-clockwise and the page says /Rotate 90, so a viewer shows it
 * landscape again. Written as an incremental update (the changed page objects, two small content streams, a new
 * cross-reference section): a valid PDF.
 */
export function turnLandscapePages(pdf: Uint8Array, how: 'up' | 'down' | 'rotated'): Uint8Array {
  const src = Buffer.from(pdf).toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(src.slice(src.lastIndexOf('trailer')))![1]);
  const prev = Number(/startxref\s+(\d+)/.exec(src.slice(src.lastIndexOf('startxref')))![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(src.slice(src.lastIndexOf('trailer')))![1];
  let next = size;
  const objects: [number, string][] = [];
  for (const m of src.matchAll(/(\d+) 0 obj\s*(<<\/Type\/Page\/[\s\S]*?)\s*endobj/g)) {
    const box = /\/MediaBox\[0 0 ([\d.]+) ([\d.]+)\]/.exec(m[2]);
    if (!box || Number(box[1]) <= Number(box[2])) continue;
    const [w, h] = [box[1], box[2]];
    const pre = next++;
    const post = next++;
    const stream = (n: number, s: string) => objects.push([n, `<</Length ${s.length}>>\nstream\n${s}\nendstream`]);
    // (x, y) of the landscape page → (h − y, x) on the portrait page (counter-clockwise), or (y, w − x) (clockwise)
    stream(pre, how === 'down' ? `q 0 -1 1 0 0 ${w} cm` : `q 0 1 -1 0 ${h} 0 cm`);
    stream(post, 'Q');
    const dict = m[2].replace(/\/MediaBox\[[^\]]*\]/, `/MediaBox[0 0 ${h} ${w}]${how === 'rotated' ? '/Rotate 90' : ''}`)
      .replace(/\/Contents (\d+ 0 R)/, `/Contents[${pre} 0 R $1 ${post} 0 R]`);
    objects.push([Number(m[1]), dict]);
  }
  let out = src.endsWith('\n') ? src : `${src}\n`;
  const offsets = new Map<number, number>();
  for (const [n, body] of objects) { offsets.set(n, out.length); out += `${n} 0 obj\n${body}\nendobj\n`; }
  const xref = out.length;
  out += 'xref\n';
  for (const n of [...offsets.keys()].sort((a, b) => a - b)) out += `${n} 1\n${String(offsets.get(n)).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${next}/Root ${root}/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
