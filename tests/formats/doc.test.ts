/**
 * The .doc/.wps front end (electron/core/formats/doc.ts, word-extractor): body text and table rows from Word 97
 * files LibreOffice writes from a plan we wrote, with a running header, a page-number footer and a footnote that
 * must not be mixed into the body; refusals for what is not a readable Word file.
 */
import { describe, expect, it } from 'vitest';
import { banjiBoxLines, docBodyToLines } from '../../electron/core/formats/doc.js';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { buildDocx } from '../../shared/export/docx';
import { importFile } from '../../shared/importer/index';
import { FORMAT, type PlanDoc } from '../../shared/model/plan';
import { convert, fodt, importError, readWithNode, sofficeEnabled, texts } from './office.js';
import { PLAN, TITLE } from './plan-text.js';


const CELL = '\ue007';

describe('.doc body → lines (cell marks as word-extractor gives them)', () => {
  it('rows end at a cell mark before the paragraph end; cells split at the marks; paragraphs in a cell joined, and kept one by one in cellLines', () => {
    const body = `前文\n序号${CELL}任务${CELL}牵头单位${CELL}\n1${CELL}第一段\n第二段${CELL}${CELL}\n后文\n`;
    expect(docBodyToLines(body)).toEqual([
      { text: '前文', line: 1 },
      { text: '序号\t任务\t牵头单位', line: 2, cells: ['序号', '任务', '牵头单位'], cellLines: [['序号'], ['任务'], ['牵头单位']] },
      { text: '1\t第一段 第二段\t', line: 3, cells: ['1', '第一段 第二段', ''], cellLines: [['1'], ['第一段', '第二段'], []] },
      { text: '后文', line: 4 },
    ]);
  });

  it('a tab the author typed is text, not a cell', () => {
    expect(docBodyToLines('一、\t总体要求\n')).toEqual([{ text: '一、\t总体要求', line: 1 }]);
  });
});

describe('.doc text boxes: a 版记 is read after the body, any other box left out', () => {
  it('a box of 抄送 and 印发 lines, or the 印发 line alone, is a 版记; a note, a seal\'s words, a box with text after 印发 are not', () => {
    const tb = '抄送：区委各部门，区人大办，区政协办。\n东湖区人民政府办公室\t2026年3月20日印发\n\n内部资料\n注意保存\n\n青川县人民政府办公室　　二〇二五年五月八日印发\n\n';
    expect(banjiBoxLines(tb)).toEqual(['抄送：区委各部门，区人大办，区政协办。', '东湖区人民政府办公室\t2026年3月20日印发', '青川县人民政府办公室　　二〇二五年五月八日印发']);
    expect(banjiBoxLines('现将《东湖区行动计划》印发\n请认真贯彻执行。\n')).toEqual([]);
    expect(banjiBoxLines('说明：本表由区发展改革委印发\n')).toEqual([]);
    expect(banjiBoxLines('抄送：区委办\n说明：本表由区发展改革委印发\n')).toEqual([]);
    expect(banjiBoxLines('')).toEqual([]);
  });
});

describe('.doc text boxes: the 版记 read as at the end of a text (importer readBanjiLine)', () => {
  it('forms the end of a text knew: the office alone under 抄送, full-width digits, a month, a dotted date', () => {
    expect(banjiBoxLines('抄送：区委各部门，区人大办。\n东湖区人民政府办公室\n')).toEqual(['抄送：区委各部门，区人大办。', '东湖区人民政府办公室']);
    expect(banjiBoxLines('青川县人民政府办公室　　２０２５年５月８日印发\n')).toEqual(['青川县人民政府办公室　　２０２５年５月８日印发']);
    expect(banjiBoxLines('抄报：市政府办公厅\n南屿县人民政府办公室　2026年3月印发\n')).toEqual(['抄报：市政府办公厅', '南屿县人民政府办公室　2026年3月印发']);
    expect(banjiBoxLines('云溪区人民政府办公室　2026.3.20印发\n')).toEqual(['云溪区人民政府办公室　2026.3.20印发']);
  });
  it('a box of a note and a date is no 版记; an office alone without 抄送 is a seal\'s or a caption\'s words', () => {
    expect(banjiBoxLines('内部资料　2026年3月20日印发\n')).toEqual([]);
    expect(banjiBoxLines('东湖区人民政府办公室\n')).toEqual([]);
    expect(banjiBoxLines('东湖区人民政府办公室\n2026年3月20日印发\n')).toEqual([]);
  });
});

describe('.doc/.wps refusals (no LibreOffice needed)', () => {
  const ole = (names: string[]) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let at = 1024;
    for (const n of names) { b.set(Buffer.from(n, 'utf16le'), at); at += 128; }
    return b;
  };
  it('an encrypted .docx (OLE with EncryptedPackage) → encrypted', async () => {
    const e = await importError(readWithNode(ole(['EncryptionInfo', 'EncryptedPackage']), '加密.docx'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/密码/);
  });
  it('an Excel workbook named .doc → unsupported, saying it is Excel', async () => {
    const e = await importError(readWithNode(ole(['Workbook']), '表格.doc'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/Excel/);
  });
  it('a .wps that is not Word-compatible → unsupported, saying what to do in WPS', async () => {
    const e = await importError(readWithNode(ole(['WksSSWorkBook']), '旧文件.wps'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/WPS.*另存为 \.docx/);
  });
  it('a Word stream name but broken structure → corrupt, one Chinese line', async () => {
    const e = await importError(readWithNode(ole(['WordDocument']), '坏.doc'));
    expect(e.code).toBe('corrupt');
    expect(e.message).not.toMatch(/\n|Error|binary/);
  });
});

const lo = sofficeEnabled();

describe.runIf(lo)('.doc made by LibreOffice', () => {
  const header = '某区人民政府办公室文件';
  const note = '注：本计划所称数字经济核心产业按国家统计分类口径执行。';
  const table = [['序号', '重点任务', '牵头单位', '配合单位'], ['1', '加快新型网络建设', '区科委', '区经委\n区建管委'], ['2', '布局算力基础设施', '区发展改革委', '']];
  let doc: Uint8Array;
  const make = () => (doc ??= convert('plan.fodt', fodt([{ center: TITLE }, ...PLAN.slice(0, 6), { footnote: [PLAN[6], note] }, ...PLAN.slice(7, 10), { table }, ...PLAN.slice(10)],
    { header, footer: 'dash' }), 'doc:MS Word 97'));

  it('body paragraphs in order, the table as rows with cells, no header, footer or footnote text', async () => {
    const { lines, encoding } = await readWithNode(make(), '计划.doc');
    expect(encoding).toBe('doc');
    const rows = lines.filter((l) => l.cells);
    expect(rows.map((r) => r.cells)).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '加快新型网络建设', '区科委', '区经委 区建管委'],
      ['2', '布局算力基础设施', '区发展改革委', ''],
    ]);
    const body = texts(lines.filter((l) => !l.cells));
    expect(body).toEqual([TITLE, ...PLAN]);
    const all = lines.map((l) => l.text).join('\n');
    expect(all).not.toContain(header);
    expect(all).not.toContain('注：本计划所称');
    expect(all).not.toMatch(/—\s*\d+\s*—/);
    // the table stands where it was written: after PLAN[9], before PLAN[10]
    const at = lines.findIndex((l) => l.cells);
    expect(texts(lines.slice(0, at)).at(-1)).toBe(PLAN[9]);
  });

  it('the .docx LibreOffice makes of the same document gives the same text, rows and cell paragraphs (the two readers agree)', async () => {
    const docx = convert('plan.fodt', fodt([{ center: TITLE }, ...PLAN.slice(0, 6), { footnote: [PLAN[6], note] }, ...PLAN.slice(7, 10), { table }, ...PLAN.slice(10)],
      { header, footer: 'dash' }), 'docx');
    const fromDocx = await readWithNode(docx, '计划.docx');
    const fromDoc = await readWithNode(make(), '计划.doc');
    expect(fromDocx.encoding).toBe('docx');
    expect(texts(fromDocx.lines.filter((l) => !l.cells))).toEqual(texts(fromDoc.lines.filter((l) => !l.cells)));
    expect(fromDocx.lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(fromDoc.lines.filter((l) => l.cells).map((l) => l.cells));
    // a cell of two paragraphs (区经委 / 区建管委) is two lines of cellLines in both (before, the .doc had none)
    expect(fromDoc.lines.filter((l) => l.cells).map((l) => l.cellLines)).toEqual(fromDocx.lines.filter((l) => l.cells).map((l) => l.cellLines));
    expect(fromDoc.lines.find((l) => l.cells?.[0] === '1')?.cellLines?.[3]).toEqual(['区经委', '区建管委']);
  });

  it('the official Word document saved as .doc keeps its 版记 (a frame, a text box in Word 97): the 印发日期 comes back, the office is no text', async () => {
    const plan: PlanDoc = {
      format: FORMAT,
      meta: {
        title: '南屿县2026年农村公路养护工作方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府办公室',
        docNumber: '南府办发〔2026〕4号', issuedOn: '2026-02-10', printedOn: '2026-02-13', addressees: ['各乡镇人民政府'], status: 'draft', source: null,
        basedOn: null, notice: '现将《南屿县2026年农村公路养护工作方案》印发给你们，请结合实际认真组织实施。', preamble: '',
      },
      nodes: [{ id: 'p1', kind: 'part', number: '', heading: '重点任务', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [
        { id: 't1', kind: 'task', number: '', heading: '落实县道养护责任', body: '县道列养率保持100%。', lead: ['县交通运输局'], partners: [], indicators: [], milestones: [], themes: [], children: [] },
      ] }],
    };
    const doc = convert('plan.docx', await buildDocx(plan, { cover: true, annexes: true }), 'doc:MS Word 97');
    const back = await importFile({ bytes: doc, fileName: '方案.doc' }, { readers: createNodeReaders() });
    expect(back.meta.printedOn).toBe('2026-02-13');
    expect(back.meta.issuedOn).toBe('2026-02-10');
    const text = JSON.stringify(back.nodes);
    expect(text).not.toContain('印发');
    expect(back.meta.preamble).not.toContain('印发');
  }, 120_000);

  it('the same bytes named .wps (WPS 文字 writes this format) read the same', async () => {
    const a = await readWithNode(make(), '计划.doc');
    const b = await readWithNode(make(), '计划.wps');
    expect(b.lines).toEqual(a.lines);
  });

  it('an encrypted Word 97 file (FIB fEncrypted) → encrypted', async () => {
    const bytes = new Uint8Array(make());
    // the WordDocument stream starts on a 512-byte sector with the FIB magic 0xA5EC; set fEncrypted (0x0100)
    let fib = -1;
    for (let o = 512; o + 12 < bytes.length; o += 512) if (bytes[o] === 0xec && bytes[o + 1] === 0xa5) { fib = o; break; }
    expect(fib).toBeGreaterThan(0);
    bytes[fib + 0x0b] |= 0x01;
    const e = await importError(readWithNode(bytes, '加密.doc'));
    expect(e.code).toBe('encrypted');
  });
});
