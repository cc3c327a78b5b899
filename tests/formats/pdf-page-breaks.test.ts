/**
 * Session 43 (h-pdf15), PDFs made at test time by LibreOffice from .txt files written here (our own wording, 青川区),
 * set as the corpus sweep sets them (10 pt, tabs at the default stops, 50 lines to a page):
 *
 * A tab-separated header that ends its page, its first row atop the next: the rows' cells stand at other tab stops than
 * the header's labels, which a row under the header on its page is read by (startTabbed), but not one on the next
 * page. That row opened a table of its own, the header was left as text, and every row with an empty cell (配合单位
 * left blank) lost its place: "2026年12月底" under 配合单位.
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';

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
