/**
 * Session 44 (h-pdf16), PDFs made at test time by LibreOffice from a flat ODT written here (our own wording, 青川区): a
 * borderless table whose 配合单位 cell, filling its narrow column, touches the 完成时限 cell after it, pdfjs drawing both
 * as one item — "区城市管理局 2026 年 12 月" (14 pt), the unit's and the date's cells 0.3 em apart, no wider than the
 * typesetter's autospace. The cut of such an item at a column's start (acrossColumns, session 43) passed over a space
 * beside a number (an autospace: a sentence under a table, "各单位每月 5 日前报送进度。", must not be cut into cells), so
 * the line fitted no column, the table ended there and the rows after it opened a table of their own under the wrong
 * columns: 13 of 25 rows read wrong at 14 pt, 22 at 16 pt with five paragraphs before the table (a row broken by the
 * page too). In a line whose other items stand at columns' starts (a row of cells), such a space is cut where its next
 * glyph stands within half an em of the column's start, every other space of the item taken for an autospace.
 */
import { describe, expect, it } from 'vitest';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const UNITS = ['区住房城乡建设局', '区财政局', '区民政局', '区城市管理局', '各街道办事处'];
const TABLE = [HEAD, ...Array.from({ length: 24 }, (_, i) => {
  const r = [String(i + 1), `完成第${i + 1}批老旧小区改造任务${(i + 1) * 3}个`, UNITS[i % 5], UNITS[(i * 2 + 1) % 5], `2026年${(i % 12) + 1}月底`];
  // (配合单位 only in every third row)
  if (i % 3 !== 2) r[3] = '';
  return r;
})];
const PARA = '为扎实推进城市更新各项工作，全面提升城市功能品质，区政府决定开展专项行动，各街道和部门要按照职责分工抓好落实。';

describe.runIf(lo)('a PDF: a borderless table whose cells touch before a date (a flat ODT by LibreOffice)', () => {
  it.each([[14, 1], [16, 5]])('at %i pt with %i paragraphs before it, every row keeps its cells', async (size, lead) => {
    const doc = fodt([{ center: '青川区城市更新专项行动方案' }, ...Array.from({ length: lead }, () => PARA), { table: TABLE }, '各单位每月 5 日前报送进度。'], { size, footer: 'dash' });
    const { lines } = await readWithNode(convert('t.fodt', doc, 'pdf'), 't.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(TABLE);
    // (the sentence under the table, with its autospaces, is text)
    expect(texts(lines.filter((l) => !l.cells)).at(-1)).toBe('各单位每月5日前报送进度。');
  }, 120_000);
});
