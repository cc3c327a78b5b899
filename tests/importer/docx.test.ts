import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, LIMITS } from '../../shared/errors';
import { readDocx } from '../../shared/importer/docx';
import { readSource } from '../../shared/importer/source';
import { HOSTILE_DIR } from '../tools/make-hostile';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const body = (inner: string, prefix = 'w'): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${inner}</${prefix}:body></${prefix}:document>`;
const p = (text: string, ppr = ''): string => `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal package from parts; `level` 0 = stored. */
function pkg(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = [typeof v === 'string' ? strToU8(v) : v, { level }];
  return zipSync(z);
}
const minimal = (documentXml: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array =>
  pkg({ '[Content_Types].xml': CT, '_rels/.rels': RELS, 'word/document.xml': documentXml, ...extra });

async function codeOf(pr: Promise<unknown>): Promise<string> {
  try {
    await pr;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).code;
  }
  throw new Error('expected an ImportError');
}

async function realDocx(): Promise<Uint8Array> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'tasks',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '(%1)', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.START },
          ],
        },
        { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '杨浦区智慧城市建设三年行动计划', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '一、背景和基本评估', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('经区政府同意,现将'), new TextRun({ text: '《行动计划》', bold: true }), new TextRun('印发给你们。')] }),
          new Paragraph({ text: '行动一 信息基础设施', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '光纤到户', numbering: { reference: 'tasks', level: 0 } }),
          new Paragraph({ text: '家庭光纤入户率达到90%', numbering: { reference: 'tasks', level: 1 } }),
          new Paragraph({ text: '无线城市', numbering: { reference: 'tasks', level: 0 } }),
          new Paragraph({ text: '要点', numbering: { reference: 'dots', level: 0 } }),
          new Paragraph(''),
          new Table({
            rows: [
              new TableRow({ children: [cell('序号'), cell('重点任务'), cell('牵头部门')] }),
              new TableRow({ children: [cell('1'), cell('光纤到户'), cell('区科委')] }),
            ],
          }),
          new Paragraph({ text: '二、总体要求', heading: HeadingLevel.HEADING_1 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('readDocx: a real .docx built with the docx package', () => {
  it('keeps headings, list levels, tables, in order', async () => {
    const lines = await readDocx(await realDocx(), '计划.docx');
    expect(lines).toEqual([
      { line: 1, text: '杨浦区智慧城市建设三年行动计划', titleStyle: true },
      { line: 2, text: '一、背景和基本评估', heading: 1 },
      { line: 3, text: '经区政府同意,现将《行动计划》印发给你们。' },
      { line: 4, text: '行动一 信息基础设施', heading: 2 },
      { line: 5, text: '(一) 光纤到户', list: { level: 0, ordered: true } },
      { line: 6, text: '1. 家庭光纤入户率达到90%', list: { level: 1, ordered: true } },
      { line: 7, text: '(二) 无线城市', list: { level: 0, ordered: true } },
      { line: 8, text: '要点', list: { level: 0, ordered: false } },
      { line: 9, text: '' },
      { line: 10, text: '序号\t重点任务\t牵头部门', cells: ['序号', '重点任务', '牵头部门'], cellLines: [['序号'], ['重点任务'], ['牵头部门']] },
      { line: 11, text: '1\t光纤到户\t区科委', cells: ['1', '光纤到户', '区科委'], cellLines: [['1'], ['光纤到户'], ['区科委']] },
      { line: 12, text: '二、总体要求', heading: 1 },
    ]);
  });

  it('readSource dispatches it as docx, also under a wrong .doc name', async () => {
    const bytes = await realDocx();
    const r = await readSource(bytes, '计划.docx');
    expect(r.encoding).toBe('docx');
    expect(r.lines).toHaveLength(12);
    expect((await readSource(bytes, '计划.doc')).encoding).toBe('docx');
    await expect(readSource(bytes, '计划.docm')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('readDocx: WordprocessingML details', () => {
  // Chinese Word writes style ids "1", "2" for 标题 1/2; names stay "heading 1" (or a localised name).
  const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">
    <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
    <w:style w:type="paragraph" w:styleId="MyH3"><w:name w:val="我的三级标题"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="MyH3b"><w:name w:val="派生"/><w:basedOn w:val="MyH3"/></w:style>
    <w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>
    <w:style w:type="paragraph" w:styleId="ListNum"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const DOC_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
  </Relationships>`;
  const parts = { 'word/styles.xml': STYLES, 'word/numbering.xml': NUMBERING, 'word/_rels/document.xml.rels': DOC_RELS };

  it('style ids, style names, outline levels, numbering, TOC, tracked changes, breaks, text boxes, nested tables', async () => {
    const xml = body(
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
        p('目录') + p('一、总体要求\t3', '<w:pStyle w:val="10"/>') + '</w:sdtContent></w:sdt>' +
        p('一级', '<w:pStyle w:val="1"/>') +
        p('二级', '<w:pStyle w:val="2"/>') +
        p('三级', '<w:pStyle w:val="MyH3b"/>') +
        p('正文大纲2级', '<w:outlineLvl w:val="1"/>') +
        p('正文级别', '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>') +
        p('目录行\t5', '<w:pStyle w:val="10"/>') +
        p('总体要求', '<w:pStyle w:val="ListNum"/>') +
        p('细项', '<w:pStyle w:val="ListNum"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>') +
        p('细项二', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>') +
        p('主要任务', '<w:pStyle w:val="ListNum"/>') +
        p('第五项', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>') +
        p('不编号', '<w:pStyle w:val="ListNum"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
        '<w:p><w:pPr><w:pPrChange><w:pPr><w:pStyle w:val="1"/></w:pPr></w:pPrChange></w:pPr>' +
        '<w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins>' +
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>&lt;&amp;&#x4E2D;&#22269;&gt;</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>上海市</w:t><w:br/><w:t>杨浦区</w:t><w:br/><w:t>2016 year</w:t><w:tab/><w:t>end</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' + p('文本框') +
        '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' + p('文本框') + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc>' + p('序号', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>') + '</w:tc><w:tc>' + p('甲') + p('乙') + '</w:tc><w:tc>' +
        '<w:tbl><w:tr><w:tc>' + p('内1') + '</w:tc><w:tc>' + p('内2') + '</w:tc></w:tr></w:tbl></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>' +
        p('结束'),
    );
    const lines = await readDocx(minimal(xml, parts), 'a.docx');
    expect(lines).toEqual([
      { line: 1, text: '一级', heading: 1 },
      { line: 2, text: '二级', heading: 2 },
      { line: 3, text: '三级', heading: 3 },
      { line: 4, text: '正文大纲2级', heading: 2 },
      { line: 5, text: '正文级别' },
      { line: 6, text: '一、总体要求', list: { level: 0, ordered: true } },
      { line: 7, text: '① 细项', list: { level: 1, ordered: true } },
      { line: 8, text: '② 细项二', list: { level: 1, ordered: true } },
      { line: 9, text: '二、主要任务', list: { level: 0, ordered: true } },
      { line: 10, text: '5. 第五项', list: { level: 0, ordered: true } },
      { line: 11, text: '不编号' },
      { line: 12, text: '保留插入<&中国>' },
      { line: 13, text: '上海市杨浦区 2016 year\tend' },
      { line: 14, text: '文本框' },
      { line: 15, text: '正文' },
      { line: 16, text: '6. 序号\t甲 乙\t内1 内2\t', cells: ['6. 序号', '甲 乙', '内1 内2', ''], cellLines: [['6. 序号'], ['甲', '乙'], ['内1 内2'], []] },
      { line: 17, text: '结束' },
    ]);
  });

  it('any prefix bound to the WordprocessingML namespace works; no styles.xml is fine', async () => {
    const xml = body('<x:p><x:pPr><x:pStyle x:val="Heading2"/></x:pPr><x:r><x:t>标题</x:t></x:r></x:p>', 'x');
    expect(await readDocx(minimal(xml), 'x.docx')).toEqual([{ line: 1, text: '标题', heading: 2 }]);
  });

  it('a document with no text → no-content', async () => {
    expect(await codeOf(readDocx(minimal(body('<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>')), 'e.docx'))).toBe('no-content');
  });
});

describe('readDocx / readSource: bad packages', () => {
  it('a truncated zip → corrupt-docx', async () => {
    const good = await realDocx();
    for (const len of [10, 100, Math.floor(good.length / 2), good.length - 30]) {
      expect(await codeOf(readSource(good.subarray(0, len), 't.docx'))).toBe('corrupt-docx');
      expect(await codeOf(readDocx(good.subarray(0, len), 't.docx'))).toBe('corrupt-docx');
    }
  });

  it('damaged compressed data → corrupt-docx (inflate error or CRC mismatch)', async () => {
    const good = minimal(body(p('一、总体要求'.repeat(200))));
    const bad = good.slice();
    const at = bad.indexOf(0x50, 200); // somewhere inside the data of a later entry
    for (let i = at; i < at + 40; i++) bad[i] ^= 0x5a;
    expect(await codeOf(readDocx(bad, 'd.docx'))).toBe('corrupt-docx');
  });

  // The zip bomb and the package with thousands of entries are checked-in fixtures (tests/fixtures/hostile, made by
  // tests/tools/make-hostile.ts); tests/importer/hostile.test.ts also runs them through the core's worker and the CLI.
  it('a zip bomb: 120 MB of spaces in a ~120 KB document.xml that declares 2 KB → zip-bomb, aborted at the limit', async () => {
    const bomb = new Uint8Array(readFileSync(join(HOSTILE_DIR, 'zip-bomb.docx')));
    expect(bomb.length).toBeLessThan(200 * 1024);
    let err: unknown;
    try { await readDocx(bomb, 'bomb.docx'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ code: 'zip-bomb', details: { limit: LIMITS.maxDocxInflatedBytes } });
    expect(await codeOf(readSource(bomb, 'bomb.docx'))).toBe('zip-bomb');
  });

  it('a docx with 3005 entries → zip-bomb', async () => {
    const bytes = new Uint8Array(readFileSync(join(HOSTILE_DIR, 'many-entries.docx')));
    expect(await codeOf(readDocx(bytes, 'many.docx'))).toBe('zip-bomb');
    expect(await codeOf(readSource(bytes, 'many.docx'))).toBe('zip-bomb');
  });

  it('DOCTYPE / ENTITY in document.xml (billion laughs) or in another part → doctype', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await codeOf(readDocx(minimal(laughs), 'l.docx'))).toBe('doctype');
    const styles = `<?xml version="1.0"?><!doctype x SYSTEM "file:///etc/passwd"><w:styles xmlns:w="${W}"/>`;
    expect(await codeOf(readSource(minimal(body(p('x')), { 'word/styles.xml': styles }), 's.docx'))).toBe('doctype');
  });

  it('macros: vbaProject.bin, macroEnabled content type, .docm name → unsupported', async () => {
    const vba = minimal(body(p('x')), { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) });
    expect(await codeOf(readDocx(vba, 'm.docx'))).toBe('unsupported');
    expect(await codeOf(readSource(vba, 'm.docx'))).toBe('unsupported');
    const ct = pkg({ '[Content_Types].xml': CT.replace('document.main+xml', 'document.macroEnabled.main+xml'), 'word/document.xml': body(p('x')) });
    expect(await codeOf(readDocx(ct, 'm.docx'))).toBe('unsupported');
    expect(await codeOf(readSource(minimal(body(p('x'))), 'm.docm'))).toBe('unsupported');
    expect(await codeOf(readDocx(minimal(body(p('x'))), 'm.docm'))).toBe('unsupported');
  });

  it('missing word/document.xml → corrupt-docx; other zips → unsupported', async () => {
    const noDoc = pkg({ '[Content_Types].xml': CT, 'word/styles.xml': `<w:styles xmlns:w="${W}"/>` });
    expect(await codeOf(readDocx(noDoc, 'n.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readSource(noDoc, 'n.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readSource(pkg({ 'a.txt': 'hello' }), 'n.docx'))).toBe('corrupt-docx');
    // a .zip renamed .docx says what it is and what to do, not only that a part is missing (walk 13)
    const renamed = await readSource(pkg({ 'a.txt': 'hello' }), '压缩包.docx').then(() => '', (e: Error) => e.message);
    expect(renamed).toContain('文件扩展名是 .docx,但内容是普通的 zip 压缩包,不是 Word 文档');
    expect(renamed).toContain('请解压后导入其中的 .docx 或 .txt 文件');
    const slides = await readSource(pkg({ '[Content_Types].xml': CT, 'ppt/presentation.xml': '<x/>' }), '幻灯片.docx').then(() => '', (e: Error) => e.message);
    expect(slides).toContain('内容是 PowerPoint 演示文稿,不是 Word 文档');
    expect(await codeOf(readSource(pkg({ 'a.txt': 'hello' }), 'n.zip'))).toBe('unsupported');
    expect(await codeOf(readSource(pkg({ '[Content_Types].xml': CT, 'ppt/presentation.xml': '<x/>' }), 'n.pptx'))).toBe('unsupported');
  });

  it('an Excel workbook, whole or broken, is named as one (once), never as a damaged Word document', async () => {
    const messageOf = async (pr: Promise<unknown>) => pr.then(() => '', (e: { code: string; message: string }) => `${e.code} ${e.message}`);
    // a workbook is read as one whatever its name says (content wins): this one has no sheet it names
    const workbook = pkg({ '[Content_Types].xml': CT, 'xl/workbook.xml': '<x/>', 'xl/worksheets/sheet1.xml': '<x/>' });
    // the broken one of walk-through 4: 8 bytes, PK\3\4junk
    const broken = new TextEncoder().encode('PK\x03\x04junk');
    for (const [bytes, name, start] of [[workbook, '表格.xlsx', 'no-content'], [workbook, '表格.zip', 'no-content'], [broken, '表格.xlsx', 'corrupt']] as const) {
      const m = await messageOf(readSource(bytes, name));
      expect(m).toMatch(new RegExp(`^${start} 无法导入 表格\\.(xlsx|zip):Excel 工作簿`));
      expect(m).not.toContain('Word 文档');
      expect(m.split('无法导入').length - 1).toBe(1);
    }
    // the same broken bytes named .docx are a damaged Word document; named otherwise, a damaged zip
    expect(await messageOf(readSource(broken, '方案.docx'))).toMatch(/^corrupt-docx .*Word 文档已损坏/);
    const other = await messageOf(readSource(broken, '资料.zip'));
    expect(other).toMatch(/^corrupt .*zip 压缩包,但已损坏/);
    expect(other).not.toContain('Word');
  });

  it('malformed XML, unknown entities, encryption flag → corrupt-docx / unsupported', async () => {
    expect(await codeOf(readDocx(minimal(body('<w:p><w:r><w:t>x</w:r></w:p>')), 'x.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readDocx(minimal(body(p('a &nbsp; b'))), 'x.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readDocx(minimal(body(p('a &#0; b'))), 'x.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readDocx(minimal('<w:document xmlns:w="' + W + '"><w:body>'), 'x.docx'))).toBe('corrupt-docx');
    const enc = minimal(body(p('x')));
    // Set the "encrypted" flag on every central-directory entry.
    for (let i = 0; i + 4 < enc.length; i++) {
      if (enc[i] === 0x50 && enc[i + 1] === 0x4b && enc[i + 2] === 0x01 && enc[i + 3] === 0x02) enc[i + 8] |= 1;
    }
    expect(await codeOf(readDocx(enc, 'x.docx'))).toBe('unsupported');
  });
});

describe('readDocx: hostile names', () => {
  it('prototype-ish entity, prefix and numbering values do not leak into the text', async () => {
    expect(await codeOf(readDocx(minimal(body(p('a &constructor; b'))), 'x.docx'))).toBe('corrupt-docx');
    expect(await codeOf(readDocx(minimal(body('<__proto__:p/>')), 'x.docx'))).toBe('corrupt-docx');
    const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="99999999999"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1%9)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const xml = body(p('x', '<w:numPr><w:ilvl w:val="abc"/><w:numId w:val="1"/></w:numPr>'));
    expect(await readDocx(minimal(xml, { 'word/numbering.xml': numbering }), 'x.docx')).toEqual([
      { line: 1, text: '999999999991) x', list: { level: 0, ordered: true } },
    ]);
  });
});
