/**
 * The PDF front end: the geometry (shared/importer/formats/pdf-layout.ts) on hand-placed text items, and the
 * reader (electron/core/formats/pdf.ts, pdfjs-dist) on PDFs made at test time — by LibreOffice from a plan we wrote
 * (multi-page, running header, three page-number styles), and by hand (a page with only an image: a scan).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPageNumber, layoutPdf, turnUpright, type PdfPageText, type PdfRule, type PdfTextItem } from '../../shared/importer/formats/pdf-layout.js';
import { readSource } from '../../shared/importer/source.js';
import { convert, fodt, importError, readWithNode, sofficeEnabled, texts } from './office.js';
import { PLAN, TARGET, TITLE } from './plan-text.js';

/** poppler's own reading of a PDF's layout (`pdftotext -layout`): what the PDF holds, to show a test is not vacuous. */
function pdftotextLayout(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdftotext-'));
  try {
    writeFileSync(join(dir, 't.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 't.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- geometry on hand-placed items

/** A4 page; body 16 pt, text block x 80…520 (27.5 characters of 16 pt), lines 28 pt apart from y = 760 down. */
const W = 595;
const H = 842;
const S = 16;
const item = (str: string, x: number, y: number, size = S, width = str.length * size): PdfTextItem => ({ str, x, y, width, size });
const page = (items: PdfTextItem[]): PdfPageText => ({ width: W, height: H, items });
/** A line of CJK text starting at x (width = characters × size). */
const line = (str: string, row: number, x = 80) => item(str, x, 760 - row * 28);

describe('PDF layout (hand-placed items)', () => {
  it('joins a paragraph wrapped at the right edge, and keeps a target split across the wrap whole', () => {
    // 27 characters reach 80 + 27·16 = 512 (within 2 em of the edge 520)
    const l1 = '到2027年，全区数字经济核心产业增加值占地区生产总值的比';
    const l2 = '重达到12%，规模以上企业数字化转型比重达到80%。';
    const p = page([
      line('一、总体要求', 0, 80),
      item('为深入贯彻国家部署，结合本区实际，制定本行动计划，请认真贯彻', 112, 760 - 28, S, 408),
      line('落实。', 2),
      item(l1, 112, 760 - 3 * 28, S, 408), item(l2, 80, 760 - 4 * 28, S, 360),
      line('二、重点任务', 5),
      // a wide line that fills the block, to fix the right edge
      item('（一）夯实数字基础设施，统筹推进千兆光网和5G网络协同', 80, 760 - 6 * 28, S, 440),
    ]);
    const out = texts(layoutPdf([page(p.items)]));
    expect(out).toContain(l1 + l2);
    expect(out.join('\n')).toContain(TARGET);
    expect(out[0]).toBe('一、总体要求');
    // "…请认真贯彻" reaches the edge, so "落实。" continues it
    expect(out[1]).toBe('为深入贯彻国家部署，结合本区实际，制定本行动计划，请认真贯彻落实。');
    expect(out).toContain('二、重点任务');
  });

  it('starts a new paragraph at an indented line, a numbering marker, a vertical gap or a change of type size', () => {
    const full = (row: number, x = 80) => item('一'.repeat(27), x, 760 - row * 28, S, 440);
    const p = page([
      full(0),
      line('　　第二段缩进开头', 1, 112), // indented 2 em
      full(2),
      line('（二）有编号的段落', 3),
      full(4),
      item('相隔一行的段落', 80, 760 - 6 * 28 - 10), // a gap of more than 1.6 line pitches
      full(7),
      item('小号字的注释', 80, 760 - 8 * 28, 10, 60),
    ]);
    const out = texts(layoutPdf([p]));
    // each of these lines follows a line that reaches the edge: only the rule under test separates them
    const full27 = '一'.repeat(27);
    expect(out).toEqual([full27, '第二段缩进开头', full27, '（二）有编号的段落', full27, '相隔一行的段落', full27, '小号字的注释']);
  });

  it('a numbering marker with full-width digits ("（１）", "２．", "第３章") starts a paragraph after a line that reaches the edge (session 35)', () => {
    const full = (row: number) => item('二'.repeat(26) + '。', 80, 760 - row * 28, S, 440);
    const p = page([full(0), line('（１）科学选择改厕模式。', 1), full(2), line('２．强化质量管控。', 3), full(4), line('第３章 保障措施', 5)]);
    const full27 = '二'.repeat(26) + '。';
    // each follows a line that reaches the edge and ends a sentence: only the marker parts them
    expect(texts(layoutPdf([p]))).toEqual([full27, '（１）科学选择改厕模式。', full27, '２．强化质量管控。', full27, '第３章 保障措施']);
  });

  it('a gap between paragraphs on a page of one-line paragraphs with space between them (the page\'s median pitch is that space): the signature after a full last line stays apart (session 35)', () => {
    // lines 20 pt apart within a paragraph, 36 pt between paragraphs (a blank line of a text file set by LibreOffice):
    // half the distances are the paragraphs' space, the page's median pitch 36, and a gap measured against it (1.6 × 36) was none
    const full = (t: string) => t + '。'.padStart(27 - t.length, '一');
    let y = 760;
    const at = (str: string, d: number, width?: number) => { y -= d; return item(str, 80, y, S, width); };
    const p = page([
      item(full('甲'), 80, y, S, 440), at('短行甲。', 20),
      at(full('乙'), 36, 440), at('短行乙。', 20),
      at(full('丙'), 36, 440),
      at('某某区人民政府', 36), at('2026年4月8日', 20),
    ]);
    expect(texts(layoutPdf([p]))).toEqual([full('甲') + '短行甲。', full('乙') + '短行乙。', full('丙'), '某某区人民政府', '2026年4月8日']);
  });

  it('knows every field label the importer knows (labels.ts): 牵头责任单位, 协同单位, 年度节点 and the export\'s 指标 lines start paragraphs too', () => {
    const full = (row: number) => item('一'.repeat(26) + '。', 80, 760 - row * 28, S, 440);
    const out = texts(layoutPdf([page([full(0), line('牵头责任单位：区生态环境局', 1), line('协同单位：区发展改革委', 2), full(3), line('年度节点：2025年启动：编制目录', 4), full(5), line('指标：涉农数据共享率不低于90%（2026年）', 6)])]));
    expect(out).toEqual(['一'.repeat(26) + '。', '牵头责任单位：区生态环境局', '协同单位：区发展改革委', '一'.repeat(26) + '。', '年度节点：2025年启动：编制目录', '一'.repeat(26) + '。', '指标：涉农数据共享率不低于90%（2026年）']);
  });

  it('starts a new paragraph at a field line ("牵头单位：…") after a line that reaches the edge', () => {
    const full = (row: number) => item('一'.repeat(26) + '。', 80, 760 - row * 28, S, 440);
    const out = texts(layoutPdf([page([full(0), line('牵头单位：区生态环境局', 1), line('配合单位：区发展改革委', 2), full(3), line('完成时限：2026年6月底前', 4)])]));
    expect(out).toEqual(['一'.repeat(26) + '。', '牵头单位：区生态环境局', '配合单位：区发展改革委', '一'.repeat(26) + '。', '完成时限：2026年6月底前']);
  });

  it('tab-separated rows at tab stops (every 60 pt), wrapped by the line\'s end: one row each, its cells the line\'s pieces', () => {
    const y = (row: number) => 760 - row * 28;
    const at = (str: string, x: number, row: number, width = str.length * S) => item(str, x, y(row), S, width);
    const p = page([
      // a line that fills the block fixes its right edge (520)
      item('为推进河湖长制工作，结合本区实际，制定本任务清单，请认真落实。', 80, y(0), S, 440),
      at('序号', 80, 1), at('任务', 140, 1), at('措施', 200, 1), at('牵头', 260, 1), at('时限', 320, 1),
      // row 1 wraps inside its 牵头 cell ("区" ⏎ "水务局"), its 时限 at the next stop on the line below
      at('1', 80, 2, 9), at('保洁', 140, 2), at('落实河道日常保洁责任建立巡查台账', 200, 2), at('区', 500, 2),
      at('水务局', 80, 3), at('2025年6月底前', 140, 3, 108),
      // row 2 wraps at a tab: its line ends full, the next starts at a stop with the next cell
      at('2', 80, 4, 9), at('排口', 140, 4), at('完成排污口溯源排查建档销号', 200, 4), at('区生态局', 440, 4),
      at('2025年9月底前', 140, 5, 108),
      // row 3 ends past the last stop before the edge without a 时限: the next line opens with the next number, a row
      // of its own; row 3, one piece short of the header, each of its gaps one tab on the grid and no item hiding one,
      // has an empty last cell (its tab went past the edge, as LibreOffice sets a row's last tab there — until session 42
      // the row was text)
      at('3', 80, 6, 9), at('岸线', 140, 6), at('清理河湖管理范围内违法建筑', 200, 6), at('区水务局', 440, 6),
      at('4', 80, 7, 9), at('宣传', 140, 7), at('开展宣传', 200, 7), at('区委宣传部', 320, 7), at('年底', 440, 7),
      // the paragraph after the table, indented
      at('各责任单位每月报送进展。', 112, 8),
    ]);
    const out = layoutPdf([p]);
    expect(out.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['序号', '任务', '措施', '牵头', '时限'],
      ['1', '保洁', '落实河道日常保洁责任建立巡查台账', '区水务局', '2025年6月底前'],
      ['2', '排口', '完成排污口溯源排查建档销号', '区生态局', '2025年9月底前'],
      ['3', '岸线', '清理河湖管理范围内违法建筑', '区水务局', ''],
      ['4', '宣传', '开展宣传', '区委宣传部', '年底'],
    ]);
    expect(texts(out.filter((l) => !l.cells))).toEqual(['为推进河湖长制工作，结合本区实际，制定本任务清单，请认真落实。', '各责任单位每月报送进展。']);
  });

  it('a tab-separated row whose cell ended on a tab stop: the run that crosses the stop is cut there, at the table\'s own stops and glyphs', () => {
    // stops every 60 pt from the margin (80, 140, 200, … — the grid the header's and rows' cells start on); 16 pt
    // glyphs, so a cell of 15 characters from the stop at 200 ends on the stop at 440 and the next cell runs on with
    // no gap (one text item: nothing in the line parts the two)
    const y = (row: number) => 760 - row * 28;
    const at = (str: string, x: number, row: number, width = str.length * S) => item(str, x, y(row), S, width);
    const raw = (str: string, x: number, row: number, width: number) => item(str, x, y(row), S, width);
    const p = page([
      item('为推进河湖长制工作，结合本区实际，制定本任务清单，请认真落实。', 80, y(0), S, 440),
      at('序号', 80, 1), at('任务', 140, 1), at('措施', 200, 1), at('牵头', 260, 1), at('时限', 320, 1),
      at('1', 80, 2, 9), at('保洁', 140, 2), at('落实保洁责任', 200, 2), at('区水务局', 320, 2), at('年底', 440, 2),
      // row 2: "完成入河排污口溯源排查建档销号" (15 characters, 200 → 440) and "区生态局" one item; its 时限 wrapped
      at('2', 80, 3, 9), at('排口', 140, 3), at('完成入河排污口溯源排查建档销号区生态局', 200, 3), at('2025年9月底前', 140, 4, 112),
      // row 3: pdfjs kept a tab's narrow gap inside one item as a space ("清理违法建筑 区水务局", 4 pt apart: less than
      // the half em that parts pieces), between two Chinese characters
      at('3', 80, 5, 9), at('岸线', 140, 5), raw('清理违法建筑 区水务局', 200, 5, 164), at('年底', 380, 5),
      // row 4: an empty 任务 cell (two tabs: "4" then the stop after next) as well as a cell run on from a stop
      at('4', 80, 6, 9), at('开展河湖保护宣传进校园和进社区区委宣传部', 200, 6), at('年底', 140, 7),
      // row 5: one cell missing, but three tabs between "开展宣传" and "年底" (two empty cells by the stops): the row does
      // not add up and is text, as before; the indented paragraph after it starts at no tab stop of the table and is
      // no cell of the row
      at('5', 80, 8, 9), at('宣传', 140, 8), at('开展宣传', 200, 8), at('年底', 440, 8),
      at('各责任单位每月报送进展。', 112, 9),
    ]);
    const out = layoutPdf([p]);
    expect(out.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['序号', '任务', '措施', '牵头', '时限'],
      ['1', '保洁', '落实保洁责任', '区水务局', '年底'],
      ['2', '排口', '完成入河排污口溯源排查建档销号', '区生态局', '2025年9月底前'],
      ['3', '岸线', '清理违法建筑', '区水务局', '年底'],
      ['4', '', '开展河湖保护宣传进校园和进社区', '区委宣传部', '年底'],
    ]);
    expect(texts(out.filter((l) => !l.cells))).toEqual([
      '为推进河湖长制工作，结合本区实际，制定本任务清单，请认真落实。',
      '5 宣传 开展宣传 年底', '各责任单位每月报送进展。',
    ]);
  });

  it('text drawn over the text of its line is left out: a bold face drawn twice, a seal set as text over the date', () => {
    const p = page([
      line('一、总体要求', 0),
      item('一、总体要求', 80.4, 760, S), // drawn again 0.4 pt to the right (a bold face made so)
      line('某某区人民政府办公室', 2, 300),
      line('2026年4月8日', 3, 340),
      item('某某区人民政府', 330, 760 - 3 * 28 + 1.5, S), // the seal, drawn after the text, over the date
    ]);
    expect(texts(layoutPdf([p]))).toEqual(['一、总体要求', '某某区人民政府办公室', '2026年4月8日']);
  });

  it('a seal set round a circle (one glyph an item, each turned to the tangent) over the signature is left out; text turned a quarter is kept', () => {
    // the issuer's name over 220° of a circle of radius 45 pt centred on the signature, drawn after the text, one glyph
    // at a time: the glyphs near the top stand almost level, on baselines of their own or of the signature's line
    const name = '某某区人民政府办公室';
    const seal = [...name].map((ch, k) => {
      const a = -110 + (220 * k) / (name.length - 1); // degrees from the top, clockwise
      const r = (a * Math.PI) / 180;
      return { ...item(ch, 380 + 45 * Math.sin(r), 760 - 2 * 28 + 45 * Math.cos(r), S, S), angle: -a };
    });
    const p = page([
      line('现将有关事项通知如下，请认真贯彻落实。', 0, 112),
      line('某某区人民政府办公室', 2, 300),
      line('2026年4月8日', 3, 340),
      ...seal,
    ]);
    // (before: the glyphs near the top as lines of their own, "区 办", "人 政", one run into the signature)
    expect(texts(layoutPdf([p]))).toEqual(['现将有关事项通知如下，请认真贯彻落实。', '某某区人民政府办公室', '2026年4月8日']);
    // a table's header set turned a quarter in its cells: text, whatever its direction
    const turned = page([line('一'.repeat(27), 0), { ...item('序号', 80, 600, S), angle: 90 }, { ...item('备注', 120, 600, S), angle: 90 }, { ...item('说明', 160, 600, S), angle: 90 }]);
    expect(texts(layoutPdf([turned])).join('')).toContain('序号备注说明');
  });

  it('a scan\'s text layer set on lines a degree or more askew (each word at the page\'s slant): the lines and paragraphs as level text (session 33)', () => {
    const paras = ['区民政局牵头推进社区嵌入式服务设施建设，各街道办事处负责本辖区设施的选址和日常运营，确保按期完成，区财政局统筹安排建设资金。',
      '区卫生健康委会同各街道办事处开展托育服务，区教育局配合做好场地和师资支持，区市场监管局加强食品安全检查，区应急管理局开展评估。'];
    // the level page: a heading, two paragraphs of 28 characters a line (the first indented two), a page number; each
    // line's words of four characters, or one item a character (an OCR layer's glyphs)
    const level = (unit: number) => {
      const out: PdfTextItem[] = [line('一、总体要求', 0)];
      let row = 1;
      for (const p of paras) {
        for (let k = 0, first = true; k < p.length; first = false, row++) {
          const n = first ? 26 : 28;
          const s = p.slice(k, k + n);
          k += n;
          for (let j = 0; j < s.length; j += unit) out.push(item(s.slice(j, j + unit), (first ? 112 : 80) + j * S, 760 - row * 28));
        }
      }
      out.push(item('— 1 —', 280, 60, 12, 40));
      return out;
    };
    // the whole page turned by `deg` about its middle, each item's direction with it
    const askew = (items: PdfTextItem[], deg: number) => {
      const t = (deg * Math.PI) / 180;
      return items.map((it) => ({ ...it, x: W / 2 + (it.x - W / 2) * Math.cos(t) - (it.y - H / 2) * Math.sin(t), y: H / 2 + (it.x - W / 2) * Math.sin(t) + (it.y - H / 2) * Math.cos(t), angle: deg }));
    };
    for (const unit of [1, 4]) {
      for (const deg of [1.5, -1.5, 3]) {
        // (before: a line's last words fell more than 45 % of the type size below its first and made lines of their own)
        expect(texts(layoutPdf([page(askew(level(unit), deg))]))).toEqual(['一、总体要求', ...paras]);
      }
    }
    // not vacuous: the items of one askew line stand further apart in height than a line's may
    // (the first line's first and last characters, items 1 and 26)
    const one = askew(level(1), 1.5);
    expect([one[1].str, one[26].str]).toEqual([paras[0][0], paras[0][25]]);
    expect(Math.abs(one[1].y - one[26].y)).toBeGreaterThan(0.45 * S);
    // a page whose items stand at different slants (a seal's glyphs) is not turned: only what stands at one angle
    const mixed = [...level(4), ...askew([item('附', 300, 200), item('件', 320, 200)], 3)];
    expect(texts(layoutPdf([page(mixed)]))[0]).toBe('一、总体要求');
  });

  it('a watermark set across the page at a slant is left out; level text stays', () => {
    const p = page([
      line('一'.repeat(26) + '。', 0), line('二'.repeat(26) + '。', 1), line('三'.repeat(10) + '。', 2),
      // drawn over the text at 35°, its baseline crossing the lines' (before: "内部资料注意保存" run into them, or a line of its own)
      { ...item('内部资料', 200, 760 - 28 + 3, 40, 160), angle: 35 }, { ...item('注意保存', 330, 760 - 2 * 28 - 2, 40, 160), angle: 35 },
      { ...item('Smart City', 80, 600, S, 80), angle: 0 },
    ]);
    expect(texts(layoutPdf([p]))).toEqual(['一'.repeat(26) + '。' + '二'.repeat(26) + '。' + '三'.repeat(10) + '。', 'Smart City']);
  });

  it('part of a page in two columns is read column by column: its left column, then its right, a paragraph going on from one to the other', () => {
    // columns x 80…288 and 310…518 (13 characters of 16 pt each, a gutter of 22 pt), between a heading and a line of
    // the whole text block; three paragraphs set 13 characters a line, their first lines indented two characters
    const paras = [
      '区民政局牵头推进社区嵌入式服务设施建设，各街道办事处负责本辖区设施的选址和日常运营。',
      '区财政局统筹安排建设资金，区发展改革委做好项目立项审批，区规划资源局保障建设用地。',
      '区卫生健康委会同各街道办事处开展托育服务，区教育局配合做好场地和师资支持。',
    ];
    const set: { text: string; indent: boolean }[] = [];
    for (const t of paras) for (let k = 0, first = true; k < t.length; first = false) { const n = first ? 11 : 13; set.push({ text: t.slice(k, k + n), indent: first }); k += n; }
    const half = Math.ceil(set.length / 2);
    const items = [line('一、总体要求', 0)];
    set.forEach(({ text, indent }, k) => {
      const row = 1 + (k % half);
      const x = (k < half ? 80 : 310) + (indent ? 32 : 0);
      items.push(item(text, x, 760 - row * 28));
    });
    // (two full lines of the text block after it: its right edge)
    items.push(line('二、重点任务', 1 + half), line('坚持'.repeat(13) + '。', 2 + half), line('完善'.repeat(13) + '。', 3 + half));
    expect(set.length).toBeGreaterThan(8);
    // (before: each row of both columns one line, "区民政局牵头推进社区 目立项审批，…" joined across)
    expect(texts(layoutPdf([page(items)]))).toEqual(['一、总体要求', ...paras, '二、重点任务', '坚持'.repeat(13) + '。' + '完善'.repeat(13) + '。']);

    // columns not balanced (the left filled first to the page's foot, the right holding the rest): the left column's
    // lines below the right column's last are read before the right column
    const leftRows = set.length - 3;
    const unbalanced = page([line('一、总体要求', 0), ...set.map(({ text, indent }, k) => {
      const left = k < leftRows;
      return item(text, (left ? 80 : 310) + (indent ? 32 : 0), 760 - (1 + (left ? k : k - leftRows)) * 28);
    }), item('— 1 —', 280, 760 - (leftRows + 2.5) * 28, 12, 40)]);
    expect(texts(layoutPdf([unbalanced]))).toEqual(['一、总体要求', ...paras]);

    // a list of pairs whose right side starts at one place (ragged on both sides): read a row at a time, as before
    const pairs = [['联系人：张明', '联系电话：12345678'], ['联系人：李红梅', '联系电话：1234567'], ['联系人：王小东', '联系电话：123456789'], ['联系人：赵一', '联系电话：12345']];
    // (after a paragraph of four full lines, the text block's right edge, and a short last one)
    const list = page([...[0, 1, 2, 3].map((k) => line('坚持'.repeat(13) + '。', k)), line('坚持。', 4), ...pairs.flatMap(([a, b], k) => [line(a, 5 + k), item(b, 310, 760 - (5 + k) * 28, S, 80 + (b.length - 5) * 8)])]);
    expect(texts(layoutPdf([list])).slice(1)).toEqual(pairs.map(([a, b]) => `${a} ${b}`));
  });

  it('puts no space between CJK glyphs or between CJK and Latin, one space between Latin words', () => {
    const y = 700;
    const p = page([
      item('到', 80, y), item(' ', 96, y, S, 4), item('2027', 100, y, S, 36), item(' ', 136, y, S, 4), item('年', 140, y),
      item('Smart', 80, 650, S, 45), item('City', 130, 650, S, 36), // gap 5 pt > 0.25 em: a space
      item('区发改委', 80, 600, S, 64), item('区经委', 200, 600, S, 48), // gap > 1.5 em: columns keep a space
      // two full lines below fix the right edge (the short lines above are then paragraphs of their own)
      item('一'.repeat(27), 80, 550, S, 440), item('二'.repeat(27), 80, 500, S, 440),
    ]);
    expect(texts(layoutPdf([p])).slice(0, 3)).toEqual(['到2027年', 'Smart City', '区发改委 区经委']);
  });

  it('a space the PDF draws as an item of its own between two words is a space, however narrow (a quarter em: Times\'s)', () => {
    const p = page([
      item('Smart', 80, 700, S, 40), item(' ', 120, 700, S, 4), item('City', 124, 700, S, 30), // no gap left beside the space
      item('区发改委', 80, 650, S, 64), item(' ', 144, 650, S, 4), item('区经委', 148, 650, S, 48), // between Chinese: none
      item('一'.repeat(27), 80, 550, S, 440), item('二'.repeat(27), 80, 500, S, 440),
    ]);
    // (before: "SmartCity": the space item was dropped before the line was built, and the gap is 0.25 em, not wider)
    expect(texts(layoutPdf([p])).slice(0, 2)).toEqual(['Smart City', '区发改委区经委']);
  });

  it('drops page numbers and running headers, and joins a paragraph across the page break', () => {
    const pages: PdfPageText[] = [];
    const numbers = ['— 1 —', '- 2 -', '第3页 共4页', '4 / 4'];
    const fill = ['甲', '乙', '丙', '丁'];
    for (let k = 0; k < 4; k++) {
      pages.push(page([
        item('某区人民政府办公室文件', 200, 800, 12, 132),
        item(fill[k].repeat(27), 80, 760, S, 440), // reaches the edge: continues on the next line…
        item(`第${k + 1}页正文结尾${fill[k].repeat(18)}`, 80, 732, S, 440), // …and this one continues on the next page
        item(numbers[k], 280, 60, 12, 40),
      ]));
    }
    const out = texts(layoutPdf(pages));
    expect(out.join('\n')).not.toMatch(/某区人民政府办公室文件|—\s*1\s*—|第3页 共4页|4 \/ 4|^- 2 -$/m);
    expect(out).toHaveLength(1); // every line reached the edge and none is indented: one paragraph
    expect(out[0]).toContain(`第4页正文结尾`);
  });

  it('Kangxi radicals and compatibility ideographs some fonts map text to are read as the ordinary characters', () => {
    // U+2F00 ⼀ (KANGXI RADICAL ONE), U+2F47 ⽇ (RADICAL SUN), U+F9DC (compatibility 隆)
    const p = page([item('\u2F00、总体要求', 80, 700, S, 96), item('\u2F47常管理\uF9DC重', 80, 650, S, 96)]);
    expect(texts(layoutPdf([p])).join('')).toBe('一、总体要求日常管理隆重');
  });

  // ---- ruled tables: the cells the page draws (a Word table printed to PDF) -----------------------------------------

  /** A grid of rules: column edges xs, row edges ys (top to bottom); `skipH` leaves out rule [k, c]: at ys[k] over column c. */
  const grid = (xs: number[], ys: number[], skipH: [number, number][] = []): PdfRule[] => {
    const out: PdfRule[] = [];
    ys.forEach((y, r) => xs.slice(1).forEach((x, c) => {
      if (!skipH.some(([rr, cc]) => rr === r && cc === c)) out.push({ x0: xs[c], y0: y, x1: x, y1: y });
    }));
    for (const x of xs) out.push({ x0: x, y0: ys[ys.length - 1], x1: x, y1: ys[0] });
    return out;
  };
  const T = 10.5;
  const cellItem = (str: string, x: number, y: number) => item(str, x, y, T, [...str].length * T);

  it('a ruled table: rows from the rules, a cell spanning rows given to its first row, a cell\'s lines joined into paragraphs', () => {
    // columns 序号 | 行动 | 重点任务 | 2025年 (x 80, 110, 190, 272, 354: a cell's text, 4 pt from its borders, wraps
    // where the next character would not fit); rows: header, task 1, task 2
    const xs = [80, 110, 190, 272, 354];
    const ys = [700, 680, 600, 520];
    const items = [
      cellItem('序号', 84, 686), cellItem('行动', 130, 686), cellItem('重点任务', 220, 686), cellItem('2025年', 290, 686),
      cellItem('1', 92, 636),
      // the 行动 cell spans both task rows (no rule under it in row 1), its text centred across them
      cellItem('行动一：打', 114, 614), cellItem('造智慧政务', 114, 600),
      cellItem('重点任务1：建', 194, 660), cellItem('设政务云平台', 194, 646),
      // two milestones, one paragraph each: the first one's second line is short, the second opens with a label
      cellItem('启动：完成方案', 276, 660), cellItem('设计', 276, 646), cellItem('推进：上线试运', 276, 632), cellItem('行', 276, 618),
      cellItem('2', 92, 556),
      cellItem('重点任务2：数', 194, 580), cellItem('据共享', 194, 566),
      cellItem('完成：21.', 276, 580), cellItem('1项接口', 276, 566),
    ];
    const p: PdfPageText = { width: W, height: H, items, rules: grid(xs, ys, [[2, 1]]) };
    const rows = layoutPdf([p]).filter((l) => l.cells);
    expect(rows.map((r) => r.cells)).toEqual([
      ['序号', '行动', '重点任务', '2025年'],
      ['1', '行动一：打造智慧政务', '重点任务1：建设政务云平台', '启动：完成方案设计 推进：上线试运行'],
      ['2', '', '重点任务2：数据共享', '完成：21.1项接口'],
    ]);
    expect(rows[1].cellLines![3]).toEqual(['启动：完成方案设计', '推进：上线试运行']);
  });

  it('a ruled table whose cells\' text touch across a rule, drawn as one run: the run is cut at the rule (session 31)', () => {
    // columns 序号 | 牵头单位 | 配合单位 (x 80, 110, 173, 300): no cell margin, the 牵头单位 cell's six characters fill
    // their column and the 配合单位 cell's follow with no gap, drawn as one item (110 → 236)
    const xs = [80, 110, 173, 300];
    const ys = [700, 680, 660, 640];
    const items = [
      cellItem('序号', 84, 686), cellItem('牵头单位', 114, 686), cellItem('配合单位', 177, 686),
      cellItem('1', 92, 666), item('区城市管理局各镇人民政府', 110, 666, T, 12 * T),
      cellItem('2', 92, 646), cellItem('区水务局', 114, 646), cellItem('区生态环境局', 177, 646),
    ];
    const rows = layoutPdf([{ width: W, height: H, items, rules: grid(xs, ys) }]).filter((l) => l.cells);
    expect(rows.map((r) => r.cells)).toEqual([['序号', '牵头单位', '配合单位'], ['1', '区城市管理局', '各镇人民政府'], ['2', '区水务局', '区生态环境局']]);
  });

  it('a cell\'s lines: what the typesetter moved down whole does not end a paragraph; a field label cut by the wrap opens none', () => {
    // one row of two cells 100 pt wide (9 characters of 10.5 pt a line, cell text from x 84 and 184)
    const xs = [80, 180, 280];
    const ys = [700, 680, 560];
    const items = [
      cellItem('重点任务', 84, 686), cellItem('主要内容', 184, 686),
      // "1.实施" then "“AI+" could not end the line: the line stops short
      cellItem('1.实施', 84, 660), cellItem('“AI+制造”提升', 84, 646), cellItem('工程', 84, 632),
      // an annotation wrapped inside its field labels, in a cell whose lines look labelled ("头单位：", "合单位：")
      cellItem('增长10%以上。（牵', 184, 660), cellItem('头单位：区金融办；配', 184, 646), cellItem('合单位：区财政局、i-', 184, 632), cellItem('shanghai运营方', 184, 618),
    ];
    const rows = layoutPdf([{ width: W, height: H, items, rules: grid(xs, ys) }]).filter((l) => l.cells);
    expect(rows[1].cellLines).toEqual([['1.实施“AI+制造”提升工程'], ['增长10%以上。（牵头单位：区金融办；配合单位：区财政局、i-shanghai运营方']]);
  });

  it('a ruled table broken across pages is one table: the repeated header row left out, a row broken by the page joined', () => {
    const xs = [80, 110, 212, 283]; // a cell's text 4 pt from its borders, wrapped where the next character would not fit
    const head = (y: number) => [cellItem('序号', 84, y), cellItem('重点任务', 150, y), cellItem('牵头单位', 216, y)];
    const p1: PdfPageText = { width: W, height: H, rules: grid(xs, [700, 680, 640, 600]), items: [
      ...head(686),
      cellItem('1', 92, 656), cellItem('建设政务云', 114, 656), cellItem('区科委', 216, 656),
      cellItem('2', 92, 616), cellItem('推进数据共享开放和', 114, 626), cellItem('区数据局、区', 216, 626),
      item('— 1 —', 280, 60, 12, 40),
    ] };
    const p2: PdfPageText = { width: W, height: H, rules: grid(xs, [700, 680, 640, 600]), items: [
      ...head(686),
      // the rest of row 2: no number (it stands on the page before)
      cellItem('开发利用', 114, 656), cellItem('经委', 216, 656),
      cellItem('3', 92, 616), cellItem('优化营商环境', 114, 616), cellItem('区发改委', 216, 616),
      item('— 2 —', 280, 60, 12, 40),
    ] };
    const out = layoutPdf([p1, p2]);
    const rows = out.filter((l) => l.cells).map((l) => l.cells);
    expect(rows).toEqual([['序号', '重点任务', '牵头单位'], ['1', '建设政务云', '区科委'], ['2', '推进数据共享开放和开发利用', '区数据局、区经委'], ['3', '优化营商环境', '区发改委']]);
    // one table: no blank line between its rows, no page number
    const i = out.findIndex((l) => l.cells);
    expect(out.slice(i).every((l) => l.cells)).toBe(true);
  });

  it('a ruled table broken across pages whose header (a cell spanning two columns) the next page does not repeat: still one table, the broken row joined', () => {
    const xs = [80, 110, 212, 283];
    // (the header's second and third columns one cell: no rule at x 212 in its row)
    const rules1 = [...grid(xs, [700, 680, 640, 600]).filter((r) => !(r.x0 === 212 && r.x1 === 212)), { x0: 212, y0: 600, x1: 212, y1: 680 }];
    const p1: PdfPageText = { width: W, height: H, rules: rules1, items: [
      cellItem('序号', 84, 686), cellItem('重点任务及牵头单位', 130, 686),
      cellItem('1', 92, 656), cellItem('建设政务云', 114, 656), cellItem('区科委', 216, 656),
      cellItem('2', 92, 616), cellItem('推进数据共享开放和', 114, 626), cellItem('区数据局、区', 216, 626),
      item('— 1 —', 280, 60, 12, 40),
    ] };
    const p2: PdfPageText = { width: W, height: H, rules: grid(xs, [700, 660, 620]), items: [
      cellItem('开发利用', 114, 676), cellItem('经委', 216, 676),
      cellItem('3', 92, 636), cellItem('优化营商环境', 114, 636), cellItem('区发改委', 216, 636),
      item('— 2 —', 280, 60, 12, 40),
    ] };
    const rows = layoutPdf([p1, p2]).filter((l) => l.cells).map((l) => l.cells);
    // (before: the header's two cells against the next page's three, no continuation: "开发利用 | 经委" a row of its own)
    expect(rows).toEqual([['序号', '重点任务及牵头单位'], ['1', '建设政务云', '区科委'], ['2', '推进数据共享开放和开发利用', '区数据局、区经委'], ['3', '优化营商环境', '区发改委']]);
  });

  it('a table without rules broken across pages is one table: the header row a page repeats left out, a row broken by the page joined', () => {
    // columns by position only (x 80, 130, 330, 450), 10.5 pt text, rows 20 pt apart; a page ends where a row does
    // not fit, the page number at its foot
    const row = (cells: [string, number][], y: number) => cells.map(([t, x]) => cellItem(t, x, y));
    const head = (y: number) => row([['序号', 80], ['重点任务', 130], ['牵头单位', 330], ['完成时限', 450]], y);
    const p1 = page([
      item('一'.repeat(27), 80, 760, S, 440),
      ...head(720),
      ...row([['1', 80], ['建设政务云平台', 130], ['区科委', 330], ['2026年', 450]], 700),
      // row 2 wraps its task: the second line stands on the next page
      ...row([['2', 80], ['推进数据共享开放和', 130], ['区数据局', 330], ['2027年', 450]], 680),
      item('— 1 —', 280, 40, 12, 40),
    ]);
    const p2 = page([
      ...head(780), // repeated on the new page
      ...row([['开发利用', 130]], 760),
      ...row([['3', 80], ['优化营商环境', 130], ['区发改委', 330], ['2026年', 450]], 740),
      ...row([['4', 80], ['建设城市大脑', 130], ['区城运中心', 330], ['2027年', 450]], 720),
      item('— 2 —', 280, 40, 12, 40),
    ]);
    const p3 = page([
      // the header not repeated here
      ...row([['5', 80], ['完善基层治理', 130], ['区民政局', 330], ['2028年', 450]], 780),
      line('三、保障措施', 3),
      item('— 3 —', 280, 40, 12, 40),
    ]);
    const out = layoutPdf([p1, p2, p3]);
    expect(out.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '建设政务云平台', '区科委', '2026年'],
      ['2', '推进数据共享开放和开发利用', '区数据局', '2027年'],
      ['3', '优化营商环境', '区发改委', '2026年'],
      ['4', '建设城市大脑', '区城运中心', '2027年'],
      ['5', '完善基层治理', '区民政局', '2028年'],
    ]);
    // one table: its rows one after the other, the text before and after it whole
    const i = out.findIndex((l) => l.cells);
    expect(out.slice(i, i + 6).every((l) => l.cells)).toBe(true);
    expect(texts(out.filter((l) => !l.cells))).toEqual(['一'.repeat(27), '三、保障措施']);
  });

  it('a table without rules on the next page is no continuation when text stands between (after the table, or at the top of the page)', () => {
    const row = (cells: [string, number][], y: number) => cells.map(([t, x]) => cellItem(t, x, y));
    const head = (y: number) => row([['序号', 80], ['重点任务', 130], ['牵头单位', 330], ['完成时限', 450]], y);
    const p1 = page([
      ...head(720),
      ...row([['1', 80], ['建设政务云平台', 130], ['区科委', 330], ['2026年', 450]], 700),
      ...row([['2', 80], ['推进数据共享', 130], ['区数据局', 330], ['2027年', 450]], 680),
      line('表后的说明文字。', 4),
    ]);
    const p2 = page([
      ...row([['3', 80], ['优化营商环境', 130], ['区发改委', 330], ['2026年', 450]], 780),
    ]);
    const out = layoutPdf([p1, p2]);
    // the row on page 2 is one line of text (one row is no table), not a row of the table of page 1
    expect(out.filter((l) => l.cells)).toHaveLength(3);
    expect(texts(out).at(-1)).toBe('3 优化营商环境 区发改委 2026年');
  });

  it('a cell\'s paragraphs end where a line stops short of the cell\'s border, also when every line of the cell is short', () => {
    // a cell 200 pt wide (x 180…380) whose two paragraphs, "各镇人民政府" and "区财政局", are far shorter than it
    const xs = [80, 180, 380];
    const items = [cellItem('序号', 84, 686), cellItem('配合单位', 184, 686), cellItem('1', 84, 660), cellItem('各镇人民政府', 184, 660), cellItem('区财政局', 184, 646)];
    const rows = layoutPdf([{ width: W, height: H, items, rules: grid(xs, [700, 680, 630]) }]).filter((l) => l.cells);
    expect(rows[1].cellLines).toEqual([['1'], ['各镇人民政府', '区财政局']]);
  });

  it('a footnote: its raised mark and the note at the page\'s foot are left out, the paragraph it interrupts goes on across the page', () => {
    const mark = (str: string, x: number, y: number) => item(str, x, y + 6, 9, 5);
    const p1 = page([
      item('一'.repeat(27), 80, 760, S, 440),
      item('二'.repeat(26) + '。', 80, 732, S, 440), mark('1', 520, 732),
      // a paragraph that goes on on the next page
      item('三'.repeat(27), 80, 704, S, 440),
      // the note at the foot, in small type, and the page number
      item('1注：本表数据截至2025年底。', 80, 100, 10.5, 160),
      item('— 1 —', 280, 60, 12, 40),
    ]);
    const p2 = page([
      item('三'.repeat(10) + '。', 80, 760, S, 176),
      // a raised small 2 with no note (m²) stays in its line
      item('新增绿地10万m', 80, 732, S, 150), item('2', 230, 738, 9, 5), item('。', 235, 732, S, 16),
      item('— 2 —', 280, 60, 12, 40),
    ]);
    const out = texts(layoutPdf([p1, p2]));
    expect(out).toEqual(['一'.repeat(27) + '二'.repeat(26) + '。' + '三'.repeat(37) + '。', '新增绿地10万m2。']);
  });

  it('a running header stands as far from the top of a landscape annex page as of a portrait one: dropped on both', () => {
    const pages: PdfPageText[] = [];
    for (let k = 0; k < 6; k++) {
      const land = k >= 4;
      const w = land ? H : W;
      const h = land ? W : H;
      pages.push({ width: w, height: h, items: [
        item('某某区人民政府办公室', 200, h - 80, 12, 120),
        item('甲乙丙丁戊己'[k].repeat(27), 80, h - 120, S, 440),
        item(`${'甲乙丙丁戊己'[k]}页的正文。`, 80, h - 148, S, 96),
        item(`— ${k + 1} —`, 280, 60, 12, 40),
      ] });
    }
    expect(texts(layoutPdf(pages))).toEqual([...'甲乙丙丁戊己'].map((c) => `${c.repeat(27)}${c}页的正文。`));
  });

  it('turnUpright: a landscape page drawn turned on a portrait page is read as the landscape page', () => {
    // a landscape page (842 × 595) with a ruled table of two columns and two rows
    const land: PdfPageText = { width: H, height: W, rules: grid([80, 200, 320], [500, 480, 460]), items: [
      cellItem('序号', 84, 486), cellItem('重点任务', 204, 486), cellItem('1', 84, 466), cellItem('建设政务云', 204, 466),
    ] };
    const expected = layoutPdf([land]).map((l) => l.cells);
    expect(expected).toEqual([['序号', '重点任务'], ['1', '建设政务云']]);
    // drawn turned a quarter counter-clockwise onto a portrait page: (x, y) → (595 − y, x), text running up
    const ccw: PdfPageText = { width: W, height: H, items: land.items.map((it) => ({ ...it, x: W - it.y, y: it.x })),
      rules: land.rules!.map((r) => ({ x0: W - r.y1, y0: r.x0, x1: W - r.y0, y1: r.x1 })) };
    expect(layoutPdf([turnUpright(ccw, 'up')]).map((l) => l.cells)).toEqual(expected);
    // clockwise: (x, y) → (y, 842 − x), text running down
    const cw: PdfPageText = { width: W, height: H, items: land.items.map((it) => ({ ...it, x: it.y, y: H - it.x })),
      rules: land.rules!.map((r) => ({ x0: r.y0, y0: H - r.x1, x1: r.y1, y1: H - r.x0 })) };
    expect(layoutPdf([turnUpright(cw, 'down')]).map((l) => l.cells)).toEqual(expected);
  });

  it('a one-cell frame (a 专栏\'s box) and rules that cross nothing are no table', () => {
    const p: PdfPageText = { width: W, height: H, rules: [...grid([80, 520], [700, 600]), { x0: 80, y0: 500, x1: 520, y1: 500 }], items: [
      line('专栏1 重点项目', 2), line('1.建设城市大脑', 3),
    ] };
    const out = layoutPdf([p]);
    expect(out.some((l) => l.cells)).toBe(false);
    expect(texts(out)).toEqual(['专栏1重点项目', '1.建设城市大脑']);
  });

  it('an annotation in brackets after a sentence at the edge continues the paragraph; a bare field label starts one', () => {
    const full = (row: number) => item('一'.repeat(26) + '。', 80, 760 - row * 28, S, 440);
    const out = texts(layoutPdf([page([full(0), line('（责任单位：区公安分局、区消防局）', 1), full(2), line('【牵头单位：区应急局】', 3), full(4), line('牵头单位：区生态环境局', 5)])]));
    expect(out).toEqual(['一'.repeat(26) + '。（责任单位：区公安分局、区消防局）', '一'.repeat(26) + '。【牵头单位：区应急局】', '一'.repeat(26) + '。', '牵头单位：区生态环境局']);
  });

  it('a line under the text after its label ("附件：" hanging indent) continues it; a bracketed number moved down whole too', () => {
    const full = item('一'.repeat(27), 80, 500, S, 440); // fixes the right edge
    const out = texts(layoutPdf([page([
      item('附件：东湖区推进智慧城市建设三年行动计划', 112, 700, S, 20 * S), item('（2025—2027年）', 160, 672, S, 8 * S),
      item('　　第二段缩进开头的短段落', 80, 620, S, 14 * S),
      full, item('二'.repeat(27), 80, 472, S, 440),
    ])]));
    expect(out[0]).toBe('附件：东湖区推进智慧城市建设三年行动计划（2025—2027年）');
  });

  it('the left edge is the leftmost common line start: short paragraphs whose indented first lines outnumber the others', () => {
    // five paragraphs of two lines that both reach the right edge, the first indented (112), the second at the edge
    // (80); then seven one-line paragraphs, indented: 12 lines start at 112, 5 at 80
    const items: PdfTextItem[] = [];
    let y = 760;
    for (let k = 0; k < 5; k++) {
      items.push(item('甲'.repeat(25), 112, y, S, 408)); y -= 28;
      items.push(item('乙'.repeat(26) + '。', 80, y, S, 440)); y -= 28;
    }
    for (let k = 0; k < 7; k++) { items.push(item(`丙${k}丙。`, 112, y, S, 64)); y -= 28; }
    // an indented line after a line that reaches the edge starts a paragraph: 12 paragraphs (with the most common
    // start as the edge, every line at 112 read as not indented, and the first five paragraphs ran together)
    const out = texts(layoutPdf([page(items)]));
    expect(out).toHaveLength(12);
    expect(out[0]).toBe('甲'.repeat(25) + '乙'.repeat(26) + '。');
  });

  it('a title broken by hand over two centred lines in title type, the first the shorter, is one title', () => {
    // 22 pt title lines centred in the block 80…520; body text 16 pt below fixes the edges
    const t1 = '关于印发推进智慧浦东';
    const t2 = '建设2011—2013年行动计划的通知';
    const w1 = 10 * 22;
    const w2 = 17 * 22;
    const body = (row: number) => item('一'.repeat(27), 80, 600 - row * 28, S, 440);
    const out = texts(layoutPdf([page([
      item(t1, 300 - w1 / 2, 700, 22, w1), item(t2, 300 - w2 / 2, 671, 22, w2),
      item('区政府各委、办、局：', 80, 640, S, 160),
      body(0), body(1), body(2), body(3),
    ])]));
    expect(out[0]).toBe(t1 + t2);
    expect(out[1]).toBe('区政府各委、办、局：');
  });

  it('spaces pdfjs writes between Chinese characters of one item (a justified line spread out) are dropped', () => {
    const p = page([item('在 《 上 海 市 推 进 智 慧 城 市 建 设 行 动 计 划', 80, 700, S, 440), item('二'.repeat(27), 80, 650, S, 440),
      item('宽带达2M以上， “ 农民一点通 ” 在所有行政村安装', 80, 600, S, 440)]);
    expect(texts(layoutPdf([p]))).toEqual(['在《上海市推进智慧城市建设行动计划二' + '二'.repeat(26) + '宽带达2M以上，“农民一点通”在所有行政村安装']);
  });

  it('a space drawn half an em wide between two Chinese items, in text set solid, is kept (session 39)', () => {
    // (LibreOffice changes font inside a line and draws a typed space as an item of its own: "保障" " " "优先"; before, the
    // two headings ran into their text, "二、强化要素保障优先保障…")
    for (const size of [10, 16]) {
      const p = page([
        item('二、强化要素保障', 80, 700, size), item(' ', 80 + 8 * size, 700, size, 0.5 * size), item('优先保障重大文旅项目用地，', 80 + 8.5 * size, 700, size),
        item('加强人才', 80, 650, size), item('队伍建设', 80 + 4 * size, 650, size), item(' ', 80 + 8 * size, 650, size, 0.5 * size),
        item('引进和培养文旅规划、运营管理等专业人才。', 80 + 8.5 * size, 650, size),
      ]);
      expect(texts(layoutPdf([p])), `${size} pt`).toEqual(['二、强化要素保障 优先保障重大文旅项目用地，', '加强人才队伍建设 引进和培养文旅规划、运营管理等专业人才。']);
    }
  });

  it('spaces inside one item of full-width glyphs are kept next to quotation marks where its width shows them typed (session 39)', () => {
    // (a space glyph of a quarter to 0.6 em for each: "事项 “一网通办” 区数据局"; the same item as wide as its glyphs and
    // gaps of a tenth of an em — a line spread out, pdfjs's spaces by guess — loses those next to the marks, as before)
    for (const [size, space] of [[10, 0.5], [14, 0.25]]) {
      const str = '推进政务服务事项 “一网通办” 区数据局 区政务服务中心';
      const glyphs = str.replaceAll(' ', '').length;
      const typed = item(str, 80, 700, size, (glyphs + 3 * space) * size);
      const spread = item(str, 80, 650, size, (glyphs + 3 * 0.1) * size);
      expect(texts(layoutPdf([page([typed])])), `${size} pt`).toEqual([str]);
      // (the space between two Chinese words in text set solid is kept either way: session 35)
      expect(texts(layoutPdf([page([spread])])), `${size} pt`).toEqual(['推进政务服务事项“一网通办”区数据局 区政务服务中心']);
    }
  });

  it('tells page numbers from text', () => {
    for (const s of ['— 3 —', '- 3 -', '3', '第3页 共40页', '第 3 页', '3 / 40', 'Page 3 of 40', '— iv —']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['3. 加强组织领导', '2027年', '第三章 保障措施', '（3）']) expect(isPageNumber(s), s).toBe(false);
  });
});

// ---------------------------------------------------------------- refusals without LibreOffice

/** A one-page A4 PDF whose only content is an image: a JPEG (DCTDecode) or, by default, an 8×8 grey square. */
function imagePdf(jpeg?: Uint8Array): Uint8Array {
  const img = jpeg ? Buffer.from(jpeg) : Buffer.alloc(64, 0x80);
  const [w, h] = jpeg ? jpegSize(img) : [8, 8];
  const head = `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /${jpeg ? 'DeviceRGB' : 'DeviceGray'} /BitsPerComponent 8 ` +
    `${jpeg ? '/Filter /DCTDecode ' : ''}/Length ${img.length} >>`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
  ];
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  const add = (body: string) => { offsets.push(Buffer.byteLength(pdf, 'latin1')); pdf += `${offsets.length} 0 obj\n${body}\nendobj\n`; };
  for (const o of objs) add(o);
  add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  add(`${head}\nstream\n${img.toString('latin1')}\nendstream`);
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Width and height from a JPEG's SOF marker. */
function jpegSize(b: Buffer): [number, number] {
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) { i++; continue; }
    const m = b[i + 1];
    if (m >= 0xc0 && m <= 0xc3) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
    i += 2 + b.readUInt16BE(i + 2);
  }
  throw new Error('no SOF in JPEG');
}


describe('PDF refusals', () => {
  it('a PDF with only an image (a scan) → no-text-layer, in one Chinese line that says what to do', async () => {
    const e = await importError(readWithNode(imagePdf(), '扫描件.pdf'));
    expect(e.code).toBe('no-text-layer');
    expect(e.message).toMatch(/扫描版 PDF.*没有.*文字层.*OCR/);
    expect(e.message).not.toMatch(/\n|binary|Error/);
  });

  it('a .pdf that is not a PDF, and a truncated PDF → corrupt', async () => {
    expect((await importError(readWithNode(new TextEncoder().encode('<html>not a pdf</html>'), 'a.pdf'))).code).toBe('corrupt');
    const cut = imagePdf().slice(0, 60);
    const e = await importError(readWithNode(cut, 'cut.pdf'));
    expect(['corrupt', 'no-text-layer']).toContain(e.code);
    expect(e.message).toMatch(/^无法导入 cut\.pdf:/);
  });

  it('without the host reader (a browser) a PDF is refused with a clear reason, not read as text', async () => {
    const e = await importError(readSource(imagePdf(), 'plan.pdf'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/PDF.*桌面程序/);
  });
});

// ---------------------------------------------------------------- real PDFs from LibreOffice

const lo = sofficeEnabled();

describe.runIf(lo)('PDF made by LibreOffice', () => {
  const doc = [{ center: TITLE }, ...PLAN] as const;

  for (const footer of ['dash', 'cn', 'plain'] as const) {
    it(`a multi-page plan with a running header and "${footer}" page numbers comes back as the paragraphs written`, async () => {
      const pdf = convert('plan.fodt', fodt([...doc], { header: '某区人民政府办公室文件', footer }), 'pdf');
      const { lines, encoding } = await readWithNode(pdf, 'plan.pdf');
      expect(encoding).toBe('pdf');
      const got = texts(lines);
      // every paragraph we wrote is one line, in order; nothing else (no header, no page number)
      expect(got).toEqual([TITLE, ...PLAN]);
      // blank lines separate the paragraphs
      expect(lines.filter((l) => l.text === '')).toHaveLength(PLAN.length);
    });
  }

  it('an annex task table: rows with cells, text wrapped inside a cell joined, the paragraphs around it whole', async () => {
    const table = [
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '加快新型网络建设，推动重点区域5G网络连续覆盖', '区科委', '区经委、区建管委、各街道办事处', '2026年'],
      ['2', '布局算力基础设施', '区发展改革委', '区科委', '2027年'],
      ['3', '实施制造业“智改数转”工程', '区经委', '区科委、区财政局', '2027年'],
    ];
    const pdf = convert('t.fodt', fodt([PLAN[0], { table }, PLAN[3]], { size: 12 }), 'pdf');
    const { lines } = await readWithNode(pdf, 't.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(table);
    expect(texts(lines.filter((l) => !l.cells))).toEqual([PLAN[0], PLAN[3]]);
    // not vacuous: in the PDF the long cells are wrapped over several lines
    const raw = pdftotextLayout(pdf);
    expect(raw.split('\n').some((l) => l.includes('加快新型网络建设，推动重点区域5G网络连续覆盖'))).toBe(false);
  });

  it('tab-separated rows laid out at tab stops, each wrapped over two lines: one row of the header\'s cells each (session 30)', async () => {
    // (a plan's 任务清单 typed as text with tabs, as 99 of the corpus: the cells stand at the tab stops after the text
    // before them, not under the header's columns, and a row longer than the line wraps — its second line starts
    // at the left margin with the rest of the cell the wrap broke, or at a tab stop with the next cell)
    const table = [
      ['序号', '工作任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
      ['1', '河道保洁', '落实河道日常保洁责任，建立巡查台账并按月通报', '区水务局', '区城市管理局、区生态环境局、各镇人民政府', '2025年6月底前'],
      ['2', '排口整治', '完成入河排污口溯源排查，逐一建档销号', '区生态环境局', '区水务局、区农业农村局、各街道办事处', '2025年9月底前'],
      ['3', '岸线管控', '清理河湖管理范围内违法建筑和堆放物', '区水务局', '区自然资源局、区城市管理局、各镇人民政府', '2025年12月底前'],
    ];
    const before = '为推进河湖长制工作，制定本任务清单。';
    const after = '各责任单位每月5日前报送工作进展。';
    const pdf = convert('t.txt', [before, ...table.map((r) => r.join('\t')), after].join('\n'), 'pdf');
    const { lines } = await readWithNode(pdf, 't.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(table);
    expect(texts(lines.filter((l) => !l.cells))).toEqual([before, after]);
    // not vacuous: each row's last cell stands on a line of its own in the PDF, after the row's first line
    const raw = pdftotextLayout(pdf).split('\n').map((l) => l.replace(/\s+/g, ''));
    for (const r of table.slice(1)) {
      const first = raw.findIndex((l) => l.startsWith(r[0] + r[1]));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(raw[first]).not.toContain(r[5].replace(/\s+/g, ''));
    }
  });

  it('a tab-separated row where a cell ends on a tab stop and the next follows with no gap: cut at the stop (session 31)', async () => {
    // (LibreOffice's default stops stand every 1.25 cm; "完成整治沿河岸线60处" from the stop after "沿岸环境整治" ends on the
    // next one, and "各镇人民政府" is set right after it: before, the row was text and its 完成时限 lost)
    const table = [
      ['序号', '整治内容', '具体任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '河道保洁', '落实河道日常保洁责任，建立巡查台账并按月通报', '区水务局', '区城市管理局、各镇人民政府', '2025年6月底前'],
      ['2', '沿岸环境整治', '完成整治沿河岸线60处', '各镇人民政府', '区水务局、区生态环境局', '2025年10月底前'],
      ['3', '排口整治', '完成入河排污口溯源排查，逐一建档销号', '区生态环境局', '区水务局、各街道办事处', '2025年9月底前'],
    ];
    const before = '为改善河道沿岸环境，制定本任务清单。';
    const after = '各责任单位每月5日前报送工作进展。';
    const pdf = convert('t.txt', [before, ...table.map((r) => r.join('\t')), after].join('\n'), 'pdf');
    const { lines } = await readWithNode(pdf, 't.pdf');
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(table);
    expect(texts(lines.filter((l) => !l.cells))).toEqual([before, after]);
    // not vacuous: in the PDF nothing parts "60处" from "各镇人民政府"
    const raw = pdftotextLayout(pdf);
    expect(raw).toMatch(/60\s*处各镇人民政府/);
  });

  it('the test is not vacuous: LibreOffice does wrap a target across lines and prints page numbers', () => {
    const pdf = convert('plan.fodt', fodt([...doc], { footer: 'dash' }), 'pdf');
    const raw = pdftotextLayout(pdf);
    const pages = raw.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(raw).toMatch(/—\s*2\s*—/);
    // a paragraph that holds the target twice at least once has it broken at a line end
    const rawLines = raw.split('\n').map((l) => l.trim());
    const targetsWhole = rawLines.filter((l) => l.replace(/\s+/g, '').includes(TARGET)).length;
    const targetsWritten = PLAN.join('').split(TARGET).length - 1;
    expect(targetsWhole).toBeLessThan(targetsWritten);
  });

  it('plain text converted without indents or page numbers still gives whole paragraphs', async () => {
    const pdf = convert('plan.txt', [TITLE, ...PLAN].join('\n'), 'pdf');
    expect(texts((await readWithNode(pdf, 'plan.pdf')).lines)).toEqual([TITLE, ...PLAN]);
  });

  it('a scanned page (a PDF page rendered to an image and put back into a PDF) → no-text-layer', async () => {
    const pdf = convert('plan.fodt', fodt([...doc].slice(0, 6)), 'pdf');
    const dir = mkdtempSync(join(tmpdir(), 'pw-scan-'));
    try {
      writeFileSync(join(dir, 'p.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-jpeg', '-singlefile', join(dir, 'p.pdf'), join(dir, 'scan')]);
      const scanned = imagePdf(new Uint8Array(readFileSync(join(dir, 'scan.jpg'))));
      const e = await importError(readWithNode(scanned, 'scan.pdf'));
      expect(e.code).toBe('no-text-layer');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a PDF with an open password → encrypted, with what to do', async () => {
    const opts = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'mima123' } });
    const pdf = convert('plan.fodt', fodt([...doc].slice(0, 4)), `pdf:writer_pdf_Export:${opts}`);
    const e = await importError(readWithNode(pdf, 'secret.pdf'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/密码/);
  });
});
