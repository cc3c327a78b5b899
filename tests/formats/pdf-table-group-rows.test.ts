/**
 * A line that fits the first column of a borderless PDF table, the other cells empty (session 37, h-fixh;
 * pdf-layout.ts tableLine, groupRow). PDFs made at test time by LibreOffice from documents written here (our own
 * wording; tables without rules, from a flat ODT directly or through a .docx), read by the importer's PDF reader.
 *
 * - A row whose other cells are empty ("2.增设公共充电桩" among rows "1.新建社区长者食堂", its 牵头单位 and 时限 not
 *   filled in) was held as a group line (h-left37's rule for a short group line in a wide first column): the table
 *   lost the row, the row after it read as cells of a table under a heading. A group line is numbered by the grammar
 *   above the points (一、, （一）…) and not as the table's own rows are.
 * - A heading after the table, indented as the text is ("三、保障措施", "（一）加强组织领导") and short enough to fit
 *   the first column, was read as the table's last row (so was an indented group line between two parts of the table,
 *   "二、生态环境"): now held as a group line, given as text after the table when no row follows it.
 *
 * Each case also checks that every character written is read (nothing lost). Skipped without LibreOffice outside CI.
 */
import { describe, expect, it } from 'vitest';
import { convert, fodt, readWithNode, sofficeEnabled, texts, type Block } from './office.js';

const lo = sofficeEnabled();

/** Every character of the blocks, spaces left out, in order of code (a multiset: what was written, to compare with what was read). */
const chars = (ss: string[]) => [...ss.join('').replace(/\s+/g, '')].sort().join('');
const written = (blocks: Block[]) => chars(blocks.flatMap((b) => typeof b === 'string' ? [b] : 'table' in b ? b.table.flat() : 'center' in b ? [b.center] : 'flush' in b ? [b.flush] : []));

async function read(pdf: Uint8Array) {
  const { lines } = await readWithNode(pdf, 't.pdf');
  return {
    cells: lines.filter((l) => l.cells).map((l) => l.cells),
    /** The lines in order (a row by its first cell). */
    order: texts(lines).map((t) => t.split('\t')[0]),
    /** One table: no empty line — the reader's mark of a table's end — between its header and its last row. */
    one: lines.slice(lines.findIndex((l) => l.cells), lines.findLastIndex((l) => l.cells) + 1).every((l) => l.text.trim() !== ''),
    chars: chars(texts(lines)),
  };
}

describe.runIf(lo)('PDF: a row of a borderless table whose other cells are empty is a row, not a group line', () => {
  it('rows numbered 1. in the task cell (flat ODT, 12 pt, three columns): "2.增设公共充电桩" with no 牵头单位 or 时限', async () => {
    const table = [
      ['任务', '牵头单位', '完成时限'],
      ['1.新建社区长者食堂', '区民政局', '6月底'],
      ['2.增设公共充电桩', '', ''],
      ['3.改造背街小巷', '区住建局', '10月底'],
      ['4.建设口袋公园', '区城管局', '11月底'],
    ];
    const blocks: Block[] = ['云溪区2026年民生实事分工如下：', { table }, '各牵头单位每月5日前报送进展，未明确牵头单位的事项由区政府办统筹。'];
    const got = await read(convert('t.fodt', fodt(blocks, { size: 12 }), 'pdf'));
    expect(got.cells).toEqual(table);
    expect(got.chars).toBe(written(blocks));
  }, 120_000);

  it('rows numbered （一） (through a .docx, 14 pt, four columns): "（二）清理河道" with its other cells empty', async () => {
    const table = [
      ['事项', '牵头单位', '配合单位', '时限'],
      ['（一）修缮管网', '县水利局', '各乡镇', '9月底'],
      ['（二）清理河道', '', '', ''],
      ['（三）建设泵站', '县住建局', '县环保局', '12月底'],
    ];
    const blocks: Block[] = ['南屿县2026年水环境整治事项：', { table }, '以上事项纳入县政府年度督查。'];
    const got = await read(convert('t.docx', convert('t.fodt', fodt(blocks, { size: 14 }), 'docx'), 'pdf'));
    expect(got.cells).toEqual(table);
    expect(got.chars).toBe(written(blocks));
  }, 120_000);
});

describe.runIf(lo)('PDF: a heading after a borderless table, indented as the text is, is text after the table', () => {
  it('一、 headings: "二、生态环境" between two parts of the table, "三、保障措施" after it (flat ODT, 12 pt)', async () => {
    const head = ['序号', '事项', '牵头单位', '时限'];
    const r = [['1', '改造农贸市场', '县商务局', '6月底'], ['2', '新建公厕', '县城管局', '9月底'], ['3', '整治河塘', '县水利局', '11月底'], ['4', '植树造林', '县林业局', '4月底']];
    const blocks: Block[] = [
      { center: '南屿县2026年为民办实事分工' }, { flush: '一、民生服务' }, { table: [head, r[0], r[1]] },
      '二、生态环境', { table: [r[2], r[3]] }, '三、保障措施', '各单位按季度报送进展，县政府督查室每半年通报一次。',
    ];
    const got = await read(convert('t.fodt', fodt(blocks, { size: 12 }), 'pdf'));
    expect(got.cells).toEqual([head, ...r]);
    expect(got.one).toBe(true);
    expect(got.order).toEqual(['南屿县2026年为民办实事分工', '一、民生服务', '序号', '1', '2', '二、生态环境', '3', '4', '三、保障措施', '各单位按季度报送进展，县政府督查室每半年通报一次。']);
    expect(got.chars).toBe(written(blocks));
  }, 120_000);

  it('（一） headings after a three-column table (through a .docx, 14 pt): "（一）加强组织领导" and the text under it', async () => {
    const head = ['序号', '任务', '牵头单位'];
    const r = [['1', '推进示范带建设', '区农业农村局'], ['2', '整治人居环境', '区住建局'], ['3', '修复河湖生态', '区水利局']];
    const blocks: Block[] = [
      '青川区2026年乡村振兴重点任务分工如下。', { table: [head, ...r] },
      '（一）加强组织领导', '成立工作专班，统筹推进各项任务。', '（二）强化督办', '每季度通报一次进展。',
    ];
    const got = await read(convert('t.docx', convert('t.fodt', fodt(blocks, { size: 14 }), 'docx'), 'pdf'));
    expect(got.cells).toEqual([head, ...r]);
    expect(got.order).toEqual(['青川区2026年乡村振兴重点任务分工如下。', '序号', '1', '2', '3', '（一）加强组织领导', '成立工作专班，统筹推进各项任务。', '（二）强化督办', '每季度通报一次进展。']);
    expect(got.chars).toBe(written(blocks));
  }, 120_000);
});
