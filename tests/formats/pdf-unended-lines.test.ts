/**
 * What the PDF reader hands the grammar where only the text file's lines told it (session 35, found by importing the
 * corpus as PDFs made by LibreOffice):
 *
 * A short line that ends in no mark that may end a paragraph (session 35): a heading broken by hand over two lines
 * ("第一章 夯实数字基础设施，" ⏎ "全面提升乡村网络覆盖水平"; "第二章 发展智慧农业 培育农村电商" ⏎ "和数字化服务新业态")
 * lost its second line, read as a paragraph of its own. The PDFs are made at test time by LibreOffice from a flat ODT
 * written here (our own wording, 南屿县; headings set flush left, body paragraphs indented two em, 16 pt), and read by
 * the importer. Expected values are read from the blocks below. Skipped without LibreOffice outside CI.
 *
 * A space typed between two Chinese words ("文号 南办发〔2026〕3号", "专项二 二次供水设施改造专项", "第二部分 保障措施
 * 一、加强组织领导 县政府…") was dropped with the spaces pdfjs writes into a line spread out, and the grammar lost the
 * label from its value, the number from its heading.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { createNodeReaders } from '../../electron/core/formats/index';
import { convert, fodt, readWithNode, sofficeEnabled } from './office.js';

const lo = sofficeEnabled();
const squeeze = (s: string) => s.replace(/\s+/g, '');

const BLOCKS = [
  { center: '南屿县数字乡村建设三年行动方案' },
  '为推进数字乡村建设，结合我县实际，制定本方案。',
  { flush: '第一章 夯实数字基础设施，' },
  { flush: '全面提升乡村网络覆盖水平' },
  '到2027年，全县行政村千兆光网通达率达到100%，新建5G基站420个。',
  { flush: '第二章 发展智慧农业 培育农村电商' },
  { flush: '和数字化服务新业态' },
  '建设数字农业示范基地12个，培育农村电商带头人300名。',
  { flush: '牵头单位：县农业农村局' },
  { flush: '配合单位：县商务局、各乡镇人民政府' },
  { flush: '第三章 保障措施' },
  { flush: '县数字乡村建设领导小组每季度调度一次进展。' },
];

describe.runIf(lo)('a PDF: a short line that ends in no mark that may end a paragraph (LibreOffice from an ODT written here)', () => {
  it('a heading broken by hand over two lines keeps its second line; field lines and a paragraph after a finished one stay apart', async () => {
    const pdf = convert('unended.fodt', fodt(BLOCKS), 'pdf');
    const doc = await importFile({ bytes: pdf, fileName: 'unended.pdf' }, { readers: createNodeReaders() });
    const nodes = [...walk(doc.nodes)].map(({ node }) => node);
    expect(nodes.map((n) => `${n.number}|${squeeze(n.heading)}`)).toEqual([
      '第一章|夯实数字基础设施，全面提升乡村网络覆盖水平',
      '第二章|发展智慧农业培育农村电商和数字化服务新业态',
      '第三章|保障措施',
    ]);
    expect(nodes[1].lead).toEqual(['县农业农村局']);
    expect(nodes[1].partners).toEqual(['县商务局', '各乡镇人民政府']);
    expect(nodes[1].indicators.map((i) => `${i.name} ${i.value}${i.unit}`)).toEqual(['数字农业示范基地 12个', '农村电商带头人 300名']);
    expect(squeeze(nodes[2].body)).toBe('县数字乡村建设领导小组每季度调度一次进展。');
    // what the reader hands over: the two lines of a broken heading next to each other (no empty line between
    // them); the field lines each a line of its own, apart; a line that ends a sentence ends its paragraph
    const { lines } = await readWithNode(pdf, 'unended.pdf');
    const t = lines.map((l) => squeeze(l.text));
    const next = (a: string) => t[t.indexOf(squeeze(a)) + 1];
    expect(next('第一章 夯实数字基础设施，')).toBe('全面提升乡村网络覆盖水平');
    expect(next('第二章 发展智慧农业 培育农村电商')).toBe('和数字化服务新业态');
    expect(next('牵头单位：县农业农村局')).toBe('');
    expect(next('建设数字农业示范基地12个，培育农村电商带头人300名。')).toBe('');
    expect(next('全面提升乡村网络覆盖水平')).toBe('');
  }, 120_000);

  it('a space typed between two Chinese words is kept: a label and its value, a number and a heading that opens with a numeral, headings run into their text', async () => {
    const pdf = convert('spaces.fodt', fodt([
      { flush: '索引号 000023456/2026-0011 主题分类 城乡建设' },
      { flush: '文号 南办发〔2026〕3号 发布日期 2026年03月02日' },
      '',
      { center: '南屿县城乡环境整治提升行动方案' },
      '为改善城乡人居环境，制定本方案。',
      { flush: '第一部分 重点专项' },
      { flush: '专项一 农村生活污水治理专项' },
      '到2027年，全县农村生活污水治理率达到75%。',
      { flush: '专项二 二次供水设施改造专项' },
      '改造二次供水泵房36座。',
      { flush: '第二部分 保障措施 一、加强组织领导 县政府建立工作专班，按月调度进展。 二、强化资金保障 县财政统筹安排专项资金。' },
    ]), 'pdf');
    const doc = await importFile({ bytes: pdf, fileName: 'spaces.pdf' }, { readers: createNodeReaders() });
    expect(doc.meta.docNumber).toBe('南办发〔2026〕3号');
    expect([...walk(doc.nodes)].map(({ node, path }) => `${'  '.repeat(path.length)}${node.number}|${squeeze(node.heading)}`)).toEqual([
      '第一部分|重点专项',
      '  专项一|农村生活污水治理专项',
      '  专项二|二次供水设施改造专项',
      '第二部分|保障措施',
      '  一、|加强组织领导',
      '  二、|强化资金保障',
    ]);
  }, 120_000);
});
