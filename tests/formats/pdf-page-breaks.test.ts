/**
 * Session 43 (h-pdf15), PDFs made at test time by LibreOffice from .txt files written here (our own wording, 青川区),
 * set as the corpus sweep sets them (10 pt, tabs at the default stops, 50 lines to a page):
 *
 * A tab-separated header that ends its page, its first row atop the next: the rows' cells stand at other tab stops than
 * the header's labels, which a row under the header on its page is read by (startTabbed), but not one on the next
 * page. That row opened a table of its own, the header was left as text, and every row with an empty cell (配合单位
 * left blank) lost its place: "2026年12月底" under 配合单位.
 *
 * A borderless table (a flat ODT's table, 12 pt) broken across pages: the part of a row at a page's foot, its task's
 * first line filling the narrow column and the next cell close after it, came from pdfjs as one item across two
 * columns ("完成第 4 批老旧 区民政局", also three: "区住房城乡建设 区住房城乡建设 2026 年 8 月底"). The line fitted no
 * column, the table ended there, and the rest opened a table of its own with the wrong columns. Such an item is now
 * cut at its space nearest each column's start it crosses.
 */
import { describe, expect, it } from 'vitest';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const ROWS = [1, 2, 3, 4].map((i) => [String(i), `改造老旧小区${i}个`, '区住房城乡建设局', i % 2 ? '' : '区财政局', '2026年12月底']);

async function read(lead: number) {
  const text = ['青川区城市更新专项行动方案', ...Array.from({ length: lead }, (_, k) => `第${k + 1}项工作按月调度。`), HEAD.join('\t'), ...ROWS.map((r) => r.join('\t')), '三、保障措施'];
  const pdf = convert('foot.txt', text.join('\n') + '\n', 'pdf');
  const { lines } = await readWithNode(pdf, 'foot.pdf');
  return { cells: lines.filter((l) => l.cells).map((l) => l.cells), text: texts(lines.filter((l) => !l.cells)) };
}

describe.runIf(lo)('a PDF: a tab-separated header at a page\'s foot (LibreOffice from a .txt written here)', () => {
  it('its rows atop the next page are read under it, empty cells in place', async () => {
    // (48 lines under the title: the header is the page's 50th line, its rows on page 2)
    const foot = await read(48);
    expect(foot.text).not.toContain(HEAD.join(' '));
    expect(foot.cells).toEqual([HEAD, ...ROWS]);
    expect(foot.text.at(-1)).toBe('三、保障措施');
    // (the same table with its header and rows on one page, as before)
    const whole = await read(40);
    expect(whole.cells).toEqual([HEAD, ...ROWS]);
  }, 120_000);
});

const UNITS = ['区住房城乡建设局', '区财政局', '区民政局', '区城市管理局', '各街道办事处'];
const TABLE = [HEAD, ...Array.from({ length: 24 }, (_, i) => {
  const r = [String(i + 1), `完成第${i + 1}批老旧小区改造任务${(i + 1) * 3}个`, UNITS[i % 5], UNITS[(i * 2 + 1) % 5], `2026年${(i % 12) + 1}月底`];
  // (every third row with an empty 牵头单位 or 完成时限)
  if (i % 3 === 1) r[i % 2 ? 4 : 2] = '';
  return r;
})];

describe.runIf(lo)('a PDF: a borderless table broken across pages (a flat ODT by LibreOffice, 12 pt)', () => {
  it('a row whose cells pdfjs drew as one item at a page\'s foot keeps its cells, and the rows after it theirs', async () => {
    // (with 4 or 7 paragraphs before it a row's part at a page's foot is one item across columns; with 1, none is)
    for (const lead of [1, 4, 7]) {
      const doc = fodt([{ center: '青川区城市更新专项行动方案' }, ...Array.from({ length: lead }, () => '为扎实推进城市更新各项工作，全面提升城市功能品质，区政府决定开展专项行动，各街道和部门要按照职责分工抓好落实。'),
        { table: TABLE }, '区政府督查室定期督查。'], { size: 12, footer: 'dash' });
      const { lines } = await readWithNode(convert('t.fodt', doc, 'pdf'), 't.pdf');
      expect(lines.filter((l) => l.cells).map((l) => l.cells), `${lead} paragraphs before the table`).toEqual(TABLE);
    }
  }, 120_000);
});
