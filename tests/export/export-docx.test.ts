/**
 * The official Word export (shared/export/docx.ts): the package is unzipped (fflate) and its XML checked against
 * GB/T 9704-2012 as collected in shared/export/gbt9704.ts; mammoth reads it back for content and order.
 * The rendered layout (lines per page, page-number positions) is checked by `npm run check:render`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { emptyNode, walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { deriveNumbers } from '../../shared/numbering';
import { buildDocx, titleLines } from '../../shared/export/docx';
import { nodeZip } from '../../electron/core/zip';
import { AlignmentType, CommentReference, Document, Packer, Paragraph, TextRun } from 'docx';
import { xmlOf } from '../../shared/export/docx/prepared';
import { buildMarkdown } from '../../shared/export/markdown';
import { exportFileName, localDay, reviewPackageFileName } from '../../shared/export/filename';
import { exportDocx, exportMarkdown, markdownFileName } from '../../electron/core/export';
import { cnDate, cnText, joinNumber, paragraphs } from '../../shared/export/text';
import { taskTable } from '../../shared/export/annex';
import { paragraphLines, rowFitsPage, taskColumnWidths } from '../../shared/export/docx/annex';
import { sourceTable } from '../../shared/export/sourcetable';
import { GRID, PAGE } from '../../shared/export/gbt9704';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedFiles = readdirSync(SEEDS).sort();
async function seed(i: number): Promise<PlanDoc> {
  const f = seedFiles[i];
  return importFile({ bytes: new Uint8Array(readFileSync(join(SEEDS, f))), fileName: f });
}

type Parts = Record<string, string>;
function parts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const out: Parts = {};
  for (const [k, v] of Object.entries(files)) if (/\.(xml|rels)$/.test(k)) out[k] = strFromU8(v);
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface P { xml: string; text: string; eastAsia: string[]; sizes: number[] }
/** Top-level and table paragraphs of a part, with their text, run fonts (eastAsia) and run sizes. */
function paras(xml: string): P[] {
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => {
    const p = m[0];
    const runs = [...p.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]);
    return {
      xml: p,
      text: decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      eastAsia: runs.filter((r) => /<w:t[\s>]/.test(r)).map((r) => /w:eastAsia="([^"]+)"/.exec(r)?.[1] ?? '(inherited)'),
      sizes: runs.filter((r) => /<w:t[\s>]/.test(r)).map((r) => Number(/<w:sz w:val="(\d+)"/.exec(r)?.[1] ?? NaN)),
    };
  });
}
const find = (ps: P[], pred: (t: string) => boolean) => {
  const p = ps.find((x) => pred(x.text));
  if (!p) throw new Error('paragraph not found');
  return p;
};
const attr = (xml: string, el: string, name: string) => new RegExp(`<w:${el}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];

let yp: PlanDoc; // 杨浦 2015–2017: milestones, 发文字号, indicators
let ja: PlanDoc; // 静安 2014–2016: departments
let ypFull: Uint8Array;
let ypParts: Parts;
let ypParas: P[];

beforeAll(async () => {
  [yp, ja] = [await seed(2), await seed(0)];
  ypFull = await buildDocx(yp, { cover: true, annexes: true });
  ypParts = parts(ypFull);
  ypParas = paras(ypParts['word/document.xml']);
});

describe('page, margins, grid', () => {
  it('A4 portrait with the 版心 156 × 225 mm and the footer 25 mm from the edge', () => {
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(ypParts['word/document.xml'])![0];
    expect(attr(sect, 'pgSz', 'w')).toBe('11906');
    expect(attr(sect, 'pgSz', 'h')).toBe('16838');
    const mar = { top: attr(sect, 'pgMar', 'top'), right: attr(sect, 'pgMar', 'right'), bottom: attr(sect, 'pgMar', 'bottom'), left: attr(sect, 'pgMar', 'left'), footer: attr(sect, 'pgMar', 'footer') };
    expect(mar).toEqual({ top: '2098', right: '1474', bottom: '1984', left: '1588', footer: '1418' });
    expect(11906 - 1588 - 1474).toBe(PAGE.textWidth);
    expect(16838 - 2098 - 1984).toBe(PAGE.textHeight);
  });

  it('22 lines: line grid and exact spacing of 579 twips; 28 characters: −5 twips a character', () => {
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(ypParts['word/document.xml'])![0];
    expect(attr(sect, 'docGrid', 'type')).toBe('lines');
    expect(attr(sect, 'docGrid', 'linePitch')).toBe('579');
    expect(Math.floor(PAGE.textHeight / GRID.linePitch)).toBe(22);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(ypParts['word/styles.xml'])![0];
    expect(attr(defaults, 'spacing', 'line')).toBe('579');
    expect(attr(defaults, 'spacing', 'lineRule')).toBe('exact');
    expect(defaults).toMatch(/<w:spacing w:val="-5"\/>/);
    expect(attr(defaults, 'sz', 'val')).toBe('32');
    expect(attr(defaults, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(Math.floor(PAGE.textWidth / (320 + GRID.charSpacing))).toBe(28);
  });

  it('mirror margins and even/odd footers are switched on in settings.xml', () => {
    const s = ypParts['word/settings.xml'];
    expect(s).toContain('<w:mirrorMargins/>');
    expect(s).toContain('<w:evenAndOddHeaders/>');
    // schema order: mirrorMargins before defaultTabStop and evenAndOddHeaders
    expect(s.indexOf('<w:mirrorMargins/>')).toBeLessThan(s.indexOf('<w:evenAndOddHeaders/>'));
    expect(s.indexOf('<w:mirrorMargins/>')).toBeLessThan(s.indexOf('<w:defaultTabStop'));
  });
});

describe('fonts and sizes per element', () => {
  it('title 方正小标宋简体 二号 centred; body 仿宋_GB2312 三号 with a 2-character first line', () => {
    const title = find(ypParas, (t) => t.replace(/\s/g, '') === '杨浦区“智慧城市”建设三年行动计划（2015—2017）');
    expect(new Set(title.eastAsia)).toEqual(new Set(['方正小标宋简体']));
    expect(new Set(title.sizes)).toEqual(new Set([44]));
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    expect(title.xml).toContain('<w:pStyle w:val="Title"/>');
    const body = find(ypParas, (t) => t.startsWith('为积极推进工业4.0'));
    expect(new Set(body.eastAsia)).toEqual(new Set(['仿宋_GB2312']));
    expect(new Set(body.sizes)).toEqual(new Set([32]));
    expect(attr(body.xml, 'ind', 'firstLine')).toBe('640');
    expect(attr(body.xml, 'ind', 'firstLineChars')).toBe('200');
    expect(body.xml).toContain('<w:jc w:val="both"/>');
  });

  it('一、 黑体; （一） and 行动一 楷体_GB2312; 1. and 重点任务N 仿宋_GB2312 — all 三号, not bold, as outline levels', () => {
    const cases: Array<[string, string, string]> = [
      ['一、背景和基本评估', '黑体', 'Heading1'],
      ['（一）行动背景研究', '楷体_GB2312', 'Heading2'],
      ['行动一：提升服务水平，打造精细规范的智慧城管', '楷体_GB2312', 'Heading2'],
      ['1.国务院提出智慧城市建设的计划', '仿宋_GB2312', 'Heading3'],
      ['重点任务1：建设综合云平台', '仿宋_GB2312', 'Heading3'],
    ];
    for (const [text, font, style] of cases) {
      const p = find(ypParas, (t) => t === text);
      expect(new Set(p.eastAsia), text).toEqual(new Set([font]));
      expect(new Set(p.sizes), text).toEqual(new Set([32]));
      expect(p.xml, text).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(p.xml, text).not.toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    }
  });

  it("Word's blue heading styles are redefined: black, 三号, the same eastAsia fonts", () => {
    const styles = ypParts['word/styles.xml'];
    expect(styles).not.toMatch(/2E74B5|1F4D78|365F91|4F81BD/i);
    const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(attr(style('Heading1'), 'rFonts', 'eastAsia')).toBe('黑体');
    expect(attr(style('Heading2'), 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(attr(style('Heading3'), 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']) {
      expect(attr(style(id), 'color', 'val'), id).toBe('000000');
    }
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(attr(style(id), 'sz', 'val'), id).toBe('32');
    expect(attr(style('Title'), 'sz', 'val')).toBe('44');
    expect(style('Title')).toContain('<w:snapToGrid w:val="0"/>');
  });

  it("the 'windows' font set writes 仿宋 / 楷体 / 黑体 / 宋体", async () => {
    const ps = paras(parts(await buildDocx(yp, { fonts: 'windows' }))['word/document.xml']);
    expect(find(ps, (t) => t.startsWith('为积极推进工业4.0')).eastAsia[0]).toBe('仿宋');
    expect(find(ps, (t) => t === '（一）行动背景研究').eastAsia[0]).toBe('楷体');
    expect(find(ps, (t) => t === '一、背景和基本评估').eastAsia[0]).toBe('黑体');
  });
});

describe('page numbers', () => {
  it('odd footer right, even footer left, "— PAGE —" in 宋体 四号, one character in', () => {
    const doc = ypParts['word/document.xml'];
    const rels = ypParts['word/_rels/document.xml.rels'];
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(doc)![0];
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)![1];
      return 'word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!;
    };
    const odd = ypParts[target('default')];
    const even = ypParts[target('even')];
    for (const [xml, jc, side] of [[odd, 'right', 'right'], [even, 'left', 'left']] as const) {
      expect(xml).toContain(`<w:jc w:val="${jc}"/>`);
      expect(attr(xml, 'ind', side)).toBe('280');
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
      expect(xml).toContain('— </w:t>');
      expect(xml).toContain('> —</w:t>');
      expect(attr(xml, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(attr(xml, 'sz', 'val')).toBe('28');
    }
    expect(sect).not.toContain('titlePg');
  });
});

describe('annexes on landscape pages', () => {
  const landscape = () => {
    const doc = ypParts['word/document.xml'];
    const sects = [...doc.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => ({ xml: m[0], at: m.index! }));
    const i = sects.findIndex((s) => s.xml.includes('w:orient="landscape"'));
    return { sect: sects[i].xml, body: doc.slice(sects[i - 1].at, sects[i].at) };
  };

  it('a task table row fits a landscape page unless its cells hold more lines than the page (the estimate per column width)', () => {
    const w = taskColumnWidths(3);
    const cells = (year: string[]) => [['3'], [''], ['推进三网融合'], ['全面配合上一级政府部门对三网互联互通工作的统一部署。'], ['区科委'], [''], year, year, year];
    // a year column (1885 twips) holds 8 characters of 五号 a line (its width less the cell margins over 10.5 pt):
    // an entry of 18 characters takes 3 lines
    const entry = '推进：推进重要场所的无线网络覆盖建设';
    expect(rowFitsPage(w, cells([entry, entry]))).toBe(true);
    // 25 entries of 3 lines: 75 lines of 13.5 pt, more than the 156 mm page
    expect(rowFitsPage(w, cells(Array.from({ length: 25 }, () => entry)))).toBe(false);
    // 8 entries: 24 lines = 324 pt + margins, under 80 % of the page's 442 pt
    expect(rowFitsPage(w, cells(Array.from({ length: 8 }, () => entry)))).toBe(true);
  });

  it('the row estimate measures characters by their width: Latin and digits about half a CJK character, a word not broken', () => {
    const w = taskColumnWidths(3);
    const cells = (year: string[]) => [['3'], [''], ['推进数据安全标准应用'], ['落实数据安全国家标准。'], ['区科委'], [''], year, year, year];
    // a year column holds 8 CJK characters of 五号 a line (1885 twips less the cell margins: 8.4 em); "完成：GB/T" and
    // "35270-2020" are each a line (LibreOffice sets the entry so, on the 杨浦 plan's 分解表 exported and printed to
    // PDF), not the 3 lines 19 characters over 8 a line would take
    const entries = Array.from({ length: 10 }, (_, k) => `完成：GB/T ${35270 + k}-2020`);
    expect(paragraphLines(entries[0], 8.4)).toBe(2);
    // 10 entries: 20 lines of 13.5 pt (270 pt), under 80 % of the page's 442 pt: the row is kept whole
    expect(rowFitsPage(w, cells(entries))).toBe(true);
    // CJK is one em a character: 18 characters over 8 a line are 3 lines, as before
    expect(paragraphLines('推进：推进重要场所的无线网络覆盖建设', 8.4)).toBe(3);
    // a Latin word longer than a line is broken; spaces at a line's end take no room
    expect(paragraphLines('i-shanghai-municipal-data-exchange-platform', 8.4)).toBe(3);
    expect(paragraphLines('一二三四五六七八 九', 8.4)).toBe(2);
  });

  it('a landscape section, 版心 225 × 156 mm, with the task table: header row repeated, rows kept whole unless taller than the page', () => {
    const { sect, body } = landscape();
    expect(attr(sect, 'pgSz', 'w')).toBe('16838');
    expect(attr(sect, 'pgSz', 'h')).toBe('11906');
    expect(16838 - Number(attr(sect, 'pgMar', 'left')) - Number(attr(sect, 'pgMar', 'right'))).toBe(12756);
    expect(11906 - Number(attr(sect, 'pgMar', 'top')) - Number(attr(sect, 'pgMar', 'bottom'))).toBe(8844);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)![0];
    const rows = [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader'))).toBe(true);
    // every row is kept whole on a page but those estimated taller than 80 % of it: 推进三网融合's seven milestones a
    // year make it taller than the page (LibreOffice cut it at the page's foot and never printed the next row), and
    // 重点任务28's (86 % by the estimate) may break too
    const split = rows.filter((r) => !r.includes('<w:cantSplit/>')).map((r) => paras(r).map((p) => p.text).join(''));
    expect(split.length).toBe(2);
    expect(split[0]).toContain('推进三网融合');
    expect(split[1]).toContain('重点任务28');
    const head = paras(rows[0]).map((p) => p.text);
    expect(head).toEqual(['序号', '行动', '重点任务', '主要内容', '牵头部门', '配合部门', '2015年', '2016年', '2017年']);
    expect(paras(rows[0])[0].xml).toContain('<w:pStyle w:val="TableHead"/>');
    expect(paras(rows[1])[0].xml).toContain('<w:pStyle w:val="TableText"/>');
    const styles = ypParts['word/styles.xml'];
    const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(attr(style('TableHead'), 'rFonts', 'eastAsia')).toBe('黑体');
    expect(attr(style('TableText'), 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(style('TableText'), 'sz', 'val')).toBe('21');
    // one row per task, and one per other node with departments or milestones of its own (杨浦: one 事项 of 重点任务3)
    const tasks = [...walk(yp.nodes)].filter((w) => w.node.kind === 'task');
    const own = [...walk(yp.nodes)].filter((w) => w.node.kind !== 'task' && (w.node.lead.length || w.node.partners.length || w.node.milestones.length));
    expect(own.map((w) => w.node.heading.slice(0, 9))).toEqual(['试点开展频谱资源综']);
    expect(rows.length - 1).toBe(tasks.length + own.length);
    // one column per year: every row has 6 + 3 cells; the grid sums to the 版心 width
    expect(rows.every((r) => (r.match(/<w:tc>/g) ?? []).length === 9)).toBe(true);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(12756);
  });

  it('milestone cells hold the plan\'s milestones of that year', () => {
    const { body } = landscape();
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)![0];
    const rows = [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const task = [...walk(yp.nodes)].find((w) => w.node.kind === 'task' && w.node.milestones.length)!.node;
    const row = rows.find((r) => paras(r).some((p) => p.text === `${deriveNumbers(yp.nodes).get(task.id)}：${task.heading}`))!;
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paras(m[0]).map((p) => p.text));
    for (const [k, year] of [2015, 2016, 2017].entries()) {
      const expected = task.milestones.filter((m) => m.year === year).map((m) => cnText(`${m.stage ? `${m.stage}：` : ''}${m.text}`));
      expect(cells[6 + k]).toEqual([...new Set(expected)].length ? [...new Set(expected)] : ['']);
    }
    expect(cells[6].join('')).toContain('启动：建立政务云平台');
  });

  it('静安 2014: lead and partner departments per task', async () => {
    const ps = paras(parts(await buildDocx(ja, { annexes: true }))['word/document.xml']);
    const table = taskTable(ja);
    const first = table.rows[0];
    expect(first.task).toBe('重点专项1：电子政务一体化');
    expect(first.lead).toBe('区科委、区委办、区统计局、区档案局');
    expect(first.partners).toContain('区保密局');
    const i = ps.findLastIndex((p) => p.text === first.task); // the table row, after the heading in the text
    // (department cells break between names only: their paragraphs joined are the lists)
    expect(ps.slice(i, i + 2).map((p) => p.text)).toEqual([first.task, first.content]);
    expect(ps.slice(i + 2, i + 12).map((p) => p.text).join('').startsWith(first.lead + first.partners)).toBe(true);
    expect(table.years).toEqual([2014, 2015, 2016]);
  });

  it('a period that ends in a far-off year (a typo such as 2014–20166) gives its first year columns, at once', async () => {
    const far = structuredClone(ja);
    far.meta.period = { start: 2014, end: 2_000_000_000 };
    expect(taskTable(far).years).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
    // a milestone year before the period keeps its column (nothing entered is dropped)
    const early = structuredClone(far);
    const firstTask = (list: PlanNode[]): PlanNode | undefined => list.reduce<PlanNode | undefined>((f, n) => f ?? (n.kind === 'task' ? n : firstTask(n.children)), undefined);
    firstTask(early.nodes)!.milestones.push({ year: 2012, stage: null, text: '前期调研' });
    expect(taskTable(early).years).toEqual([2012, 2014, 2015, 2016, 2017, 2018]);
    expect((await buildDocx(far, { annexes: true })).length).toBeGreaterThan(0);
  });

  it('the indicator table: 指标 / 目标值 / 单位 / 年份 / 所属任务', () => {
    const doc = ypParts['word/document.xml'];
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const t = tables.find((x) => paras(x).slice(0, 5).map((p) => p.text).join('|') === '指标|目标值|单位|年份|所属任务')!;
    expect(t).toBeDefined();
    const rows = [...t.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => paras(m[0]).map((p) => p.text));
    expect(rows).toContainEqual(['3G4G用户普及率', '≥75', '%', '2017', '重点专项2：无线城市提升']);
    expect(rows[0]).toEqual(['指标', '目标值', '单位', '年份', '所属任务']);
  });
});

describe('content read back by mammoth', () => {
  it('every node heading and body of 杨浦 (the largest seed) is present, in order', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(ypFull) });
    const text = value.replace(/\n+/g, '\n');
    const numbers = deriveNumbers(yp.nodes);
    let at = text.indexOf('附件\n');
    expect(at).toBeGreaterThan(0);
    const missing: string[] = [];
    let count = 0;
    const expectNext = (s: string) => {
      count++;
      const i = text.indexOf(s, at);
      if (i < 0) missing.push(s.slice(0, 40));
      else at = i + s.length;
    };
    const visit = (n: PlanNode) => {
      // the source's 重点任务分解表 kept as lines is not printed: the generated 附表1 stands for it
      if (sourceTable(n)) { skipped.push(n.heading); return; }
      const heading = n.heading.trim();
      const body = paragraphs(n.body).map(cnText);
      const number = numbers.get(n.id) ?? '';
      if (heading) {
        expectNext(cnText(joinNumber(number, heading)));
        body.forEach(expectNext);
      } else if (body.length) {
        expectNext(body[0]);
        body.slice(1).forEach(expectNext);
      }
      n.children.forEach(visit);
    };
    const skipped: string[] = [];
    yp.nodes.forEach(visit);
    expect(missing).toEqual([]);
    expect(skipped).toEqual(['杨浦区智慧城市建设三年行动计划重点任务分解表']);
    expect(count).toBeGreaterThan(250);
  });
});

describe('the 通知 cover', () => {
  it('red 发文机关标志, 发文字号 with 〔〕 from the plan, red line under it, 关于印发…的通知, 主送机关', () => {
    const mark = ypParas[0];
    expect(mark.text).toBe('上海市杨浦区人民政府办公室文件');
    expect(mark.xml).toContain('<w:color w:val="FF0000"/>');
    expect(mark.eastAsia[0]).toBe('方正小标宋简体');
    expect(attr(mark.xml, 'spacing', 'before')).toBe('1984');
    const number = ypParas[1];
    expect(number.text).toBe('杨府办发〔2016〕30号');
    expect(number.xml).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000"[^>]*\/><\/w:pBdr>/);
    expect(attr(number.xml, 'spacing', 'before')).toBe('1158');
    expect(ypParas[2].text).toBe('关于印发杨浦区“智慧城市”建设三年行动计划（2015—2017）的通知');
    expect(ypParas[2].xml).toContain('<w:br/>'); // a long title in two lines, broken by hand
    expect(ypParas[3].text).toBe('区政府各委、办、局，各街道办事处，五角场镇政府：');
    expect(ypParas[4].text).toBe('经区政府同意，现将《杨浦区“智慧城市”建设三年行动计划（2015—2017）》印发给你们，请认真按照执行。');
    expect(find(ypParas, (t) => t.startsWith('附件：')).text).toBe('附件：杨浦区“智慧城市”建设三年行动计划（2015—2017）');
    const office = ypParas.findIndex((p) => p.text === '上海市杨浦区人民政府办公室');
    expect(ypParas[office + 1].text).toBe(cnDate(yp.meta.issuedOn));
    expect(attr(ypParas[office + 1].xml, 'ind', 'right')).toBe('1280');
  });

  it('附注 "（此件公开发布）" of the notice: on the line below the date, 2 characters in, not with the notice\'s text', async () => {
    const doc = { ...yp, meta: { ...yp.meta, notice: `${yp.meta.notice}\n（此件公开发布）` } };
    const ps = paras(parts(await buildDocx(doc, { cover: true }))['word/document.xml']);
    const date = ps.findIndex((p) => p.text === cnDate(yp.meta.issuedOn));
    expect(ps[date + 1].text).toBe('（此件公开发布）');
    expect(attr(ps[date + 1].xml, 'ind', 'left')).toBe('640');
    expect(ps[date + 1].xml).not.toContain('w:jc w:val="right"');
    expect(ps[date].xml).toContain('<w:keepNext/>'); // the date does not leave its 附注 alone on the next page
    expect(ps.filter((p) => p.text.includes('此件公开发布'))).toHaveLength(1);
    expect(ps.findIndex((p) => p.text.startsWith('附件：'))).toBeLessThan(date);
    // and back: the 附注 is the notice's last paragraph again, not text of the plan
    const back = await importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'back.docx' });
    expect(paragraphs(back.meta.notice).at(-1)).toBe('（此件公开发布）');
    expect([...walk(back.nodes)].some((w) => w.node.body.includes('此件公开发布'))).toBe(false);
  });

  it('版记: 抄送 and 印发 between 版心-wide rules, in a frame at the bottom of the 版心, after everything else', async () => {
    const doc = parts(await buildDocx(yp, { cover: true, copyTo: ['区委办', '区人大办', '区政协办'] }))['word/document.xml'];
    const record = paras(doc).filter((p) => p.xml.includes('<w:framePr'));
    expect(record.map((p) => p.text)).toEqual(['抄送：区委办，区人大办，区政协办。', '上海市杨浦区人民政府办公室2016年7月18日印发']);
    for (const p of record) {
      expect(attr(p.xml, 'framePr', 'y')).toBe(String(PAGE.textHeight - 2 * GRID.linePitch)); // two lines above the 版心 bottom
      expect(attr(p.xml, 'framePr', 'w')).toBe('8844');
      expect(attr(p.xml, 'framePr', 'vAnchor')).toBe('margin');
      expect(new Set(p.sizes)).toEqual(new Set([28]));
    }
    expect(record[0].xml).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8" w:space="0"\/>/);
    expect(record[1].xml).toMatch(/<w:top w:val="single" w:color="000000" w:sz="6" w:space="0"\/>/);
    expect(record[1].xml).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8" w:space="0"\/>/);
    expect(record[1].xml).toContain('<w:tab/>');
    expect(record[1].xml).toMatch(/<w:tab w:val="right" w:pos="8564"\/>/);
    // nothing follows it
    expect(doc.slice(doc.lastIndexOf('</w:p>'))).not.toMatch(/<w:t[\s>]/);
    expect(paras(doc).at(-1)!.text).toBe('上海市杨浦区人民政府办公室2016年7月18日印发');
  });

  it('without the cover: no red, the plan title first', async () => {
    const ps = paras(parts(await buildDocx(yp))['word/document.xml']);
    expect(ps[0].text).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）');
    expect(ps.some((p) => p.xml.includes('FF0000'))).toBe(false);
  });
});

describe('comments', () => {
  it('become Word comments anchored to the quoted text, or to the heading', async () => {
    const task = [...walk(yp.nodes)].find((w) => w.node.kind === 'task')!.node;
    const part = yp.nodes[0];
    const quote = paragraphs(task.body)[0].slice(4, 14);
    const bytes = await buildDocx(yp, {
      comments: [
        { nodeId: task.id, quote, author: '张审核', date: '2016-06-30', text: '这句请再斟酌。' },
        { nodeId: part.id, author: '李科长', date: '2016-07-01T09:30:00Z', text: '标题改为“总体评估”？' },
        { nodeId: 'no-such-node', author: 'x', date: '2016-07-01', text: 'dropped' },
      ],
    });
    const p = parts(bytes);
    const comments = p['word/comments.xml'];
    expect(comments).toBeDefined();
    expect(comments).toContain('这句请再斟酌。');
    expect(comments).toContain('w:author="张审核"');
    expect(comments).toContain('w:date="2016-06-30T00:00:00');
    expect(comments).not.toContain('dropped');
    const doc = p['word/document.xml'];
    const between = (id: number) => {
      const start = doc.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = doc.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(start).toBeGreaterThan(0);
      expect(end).toBeGreaterThan(start);
      expect(doc.slice(end, end + 300)).toContain(`<w:commentReference w:id="${id}"/>`);
      return decode([...doc.slice(start, end).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    };
    expect(between(0)).toBe(cnText(quote));
    expect(between(1)).toBe('一、背景和基本评估');
    expect(p['[Content_Types].xml']).toContain('/word/comments.xml');
  });
});

describe('package', () => {
  it('is reproducible: the same plan and options give the same bytes', async () => {
    const again = await buildDocx(yp, { cover: true, annexes: true });
    expect(Buffer.from(again).equals(Buffer.from(ypFull))).toBe(true);
    expect(ypParts['docProps/core.xml']).toContain('>2016-07-18T00:00:00Z<');
    expect(Object.keys(unzipSync(ypFull))[0]).toBe('[Content_Types].xml');
  });

  it('runs, cells and paragraph properties written from templates give the bytes docx components give (every seed, comments and suggestions too)', async () => {
    // and a table kept from the source that is not about the tasks: set as a Word table (header row, rows of cells)
    const table = { ...emptyNode('src-table', 'appendix'), heading: '重点指标', body: ['指标 单位 目标值', '千兆光网覆盖率 % 95', '5G基站 个 1200', '数据中心机架 架 3000', '政务数据共享率 % 90', '智慧社区 个 30'].join('\n') };
    const withTable = { ...(await seed(0)), nodes: [...(await seed(0)).nodes, table] };
    expect(sourceTable(table)?.tasks).toBe(false);
    const tableXml = parts(await buildDocx(withTable, {}))['word/document.xml'];
    expect(tableXml).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*千兆光网覆盖率/);
    expect(tableXml).toMatch(/<w:tblHeader\/>(?:(?!<\/w:tr>).)*单位/);
    for (let i = 0; i <= seedFiles.length; i++) {
      const doc = i < seedFiles.length ? await seed(i) : withTable;
      const nodes = [...walk(doc.nodes)].map((w) => w.node).slice(0, 12);
      const comments = nodes.map((n, k) => ({
        nodeId: n.id, quote: k % 3 ? (n.body || n.heading).slice(2, 8) : undefined, author: k % 2 ? '张审核' : '', date: '2016-06-30',
        text: `意见${k}\n第二段`, ...(k % 4 === 1 ? { replacement: `改为${k}` } : {}),
      }));
      for (const opts of [{ cover: true, annexes: true, copyTo: ['区委办公室'] }, { comments, annexes: true }, { fonts: 'windows' as const }, {}]) {
        const fast = await buildDocx(doc, opts);
        const plain = await buildDocx(doc, opts, { plain: true });
        expect(Buffer.from(fast).equals(Buffer.from(plain)), `${seedFiles[i] ?? 'source table'} ${JSON.stringify(Object.keys(opts))}`).toBe(true);
      }
    }
  });

  it('pieces written from templates leave no stand-in in any part, and a second export (templates and kept parts reused) gives the same bytes', async () => {
    for (const fonts of ['windows', 'gb2312'] as const) {
      const first = await buildDocx(ja, { cover: true, annexes: true, fonts }, { zip: nodeZip });
      const again = await buildDocx(ja, { cover: true, annexes: true, fonts }, { zip: nodeZip });
      expect(Buffer.from(again).equals(Buffer.from(first)), fonts).toBe(true);
      for (const [k, v] of Object.entries(unzipSync(first))) expect(/[\uF8FD-\uF8FF]/.test(strFromU8(v)), k).toBe(false);
    }
    const ps = paras(parts(await buildDocx(yp, { fonts: 'windows' }))['word/document.xml']);
    // the windows fonts' runs, after exports in the standard's fonts: templates are kept per font set
    expect(find(ps, (t) => t.startsWith('一、')).eastAsia[0]).toBe('黑体');
    expect(parts(await buildDocx(yp, { fonts: 'windows' }))['word/footer1.xml']).toContain('w:eastAsia="宋体"');
    expect(parts(await buildDocx(yp, {}))['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('xmlOf writes a prepared component as docx writes it (escaping, control characters, empty text, attributes)', async () => {
    const tricky = new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: 'a<b>&"c\' d\u0001\te\u000bf', font: { eastAsia: '字"体<&>' }, size: 32 }),
        new TextRun({ text: '' }),
        new TextRun({ children: [new CommentReference(3)] }),
      ],
    });
    const file = new Document({ sections: [{ children: [tricky, new Paragraph('end')] }] });
    const compiled = (Packer as unknown as { compiler: { compile(f: Document): Map<string, string> } }).compiler.compile(file);
    const xml = xmlOf(tricky.prepForXml({ stack: [] } as never));
    expect(xml).toContain('a&lt;b&gt;&amp;&quot;c&apos; d\tef');
    expect(compiled.get('word/document.xml')).toContain(xml);
  });

  it('text in braces is printed as written (docx would take {default-bullet-numbering-0} for a list number)', async () => {
    const doc = await importFile({ bytes: new TextEncoder().encode('某区行动计划\n一、总体要求\n正文 {default-bullet-numbering-0} 内容。'), fileName: 'brace.txt' });
    const ps = paras(parts(await buildDocx(doc, {}))['word/document.xml']);
    expect(ps.some((p) => p.text === '正文 {default-bullet-numbering-0} 内容。')).toBe(true);
  });

  it('text in braces is kept as written in every field a user enters: cover, body, annex tables, comments and suggestions', async () => {
    // docx takes "{<numbering reference>-<instance>}" anywhere in a part for a list number and replaces it
    const B = '{default-bullet-numbering-0}';
    const base = await importFile({ bytes: new TextEncoder().encode('某区行动计划\n一、主要任务\n（一）建设数据中心\n到2025年，数据中心机架数达到3000架。\n牵头单位：区科委\n配合单位：区财政局'), fileName: 'b.txt' });
    const task = [...walk(base.nodes)].map((w) => w.node).find((n) => n.kind === 'task')!;
    const tag = (name: string) => `${name}${B}`;
    const edited: PlanNode = {
      ...task, heading: tag('标题'), body: `${tag('正文')}的内容。`, lead: [tag('牵头')], partners: [tag('配合')],
      indicators: [{ name: tag('指标'), value: 3000, unit: tag('架'), comparator: '>=', year: 2025, text: tag('指标句') }],
      milestones: [{ year: 2025, stage: '完成', text: tag('节点') }],
    };
    const replace = (nodes: PlanNode[]): PlanNode[] => nodes.map((n) => (n.id === task.id ? edited : { ...n, children: replace(n.children) }));
    const doc: PlanDoc = {
      ...base, nodes: replace(base.nodes),
      meta: { ...base.meta, title: tag('某区行动计划'), issuer: tag('某区人民政府'), docNumber: tag('某府发'), addressees: [tag('各街道')], notice: tag('通知'), preamble: tag('序言') },
    };
    const comments = [
      { nodeId: task.id, quote: tag('正文'), author: tag('张审核'), date: '2025-06-30', text: tag('意见'), replacement: tag('建议') },
      { nodeId: task.id, field: 'heading' as const, author: '李审核', date: '2025-06-30', text: tag('批注') },
    ];
    const p = parts(await buildDocx(doc, { cover: true, annexes: true, comments, copyTo: [tag('抄送')] }));
    const text = decode(Object.values(p).join('\n').replace(/<[^>]+>/g, ''));
    const lost = ['标题', '正文', '牵头', '配合', '指标', '架', '节点', '某区人民政府', '某府发', '各街道', '通知', '序言', '意见', '建议', '批注', '抄送'].filter((name) => !text.includes(tag(name)));
    expect(lost).toEqual([]);
    // the suggestion is a tracked change by its author, the braces kept in the attribute too
    expect(p['word/document.xml']).toMatch(/<w:ins [^>]*w:author="张审核\{default-bullet-numbering-0\}"/);
    expect(p['docProps/core.xml']).toContain(`<dc:title>${tag('某区行动计划')}`);
    expect(p['word/comments.xml']).toMatch(/<w:comment [^>]*w:author="张审核\{default-bullet-numbering-0\}"/);
  });

  it("zipped by Node's zlib (as the app and the CLI do) it holds the same parts in the same order, and reads back", async () => {
    const native = await buildDocx(yp, { cover: true, annexes: true }, { zip: nodeZip });
    const a = unzipSync(native);
    const b = unzipSync(ypFull);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const k of Object.keys(b)) expect(Buffer.from(a[k]).equals(Buffer.from(b[k])), k).toBe(true);
    expect(native.length).toBeLessThan(ypFull.length * 1.1);
    expect(Buffer.from(await buildDocx(yp, { cover: true, annexes: true }, { zip: nodeZip })).equals(Buffer.from(native))).toBe(true);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(native) });
    expect(value).toContain('附表1');
    // the app's own reader of Word files (safe zip, sizes checked against the central directory)
    const back = await importFile({ bytes: native, fileName: 'yp.docx' });
    expect(back.meta.title).toBe(cnText(yp.meta.title));
  });

  it('every seed exports (with cover and annexes) and opens again', async () => {
    for (let i = 0; i < seedFiles.length; i++) {
      const doc = await seed(i);
      const bytes = await buildDocx(doc, { cover: true, annexes: true });
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      expect(value, seedFiles[i]).toContain(cnText(doc.meta.title).slice(0, 6));
    }
  });
});

describe('text, titles, Markdown, file names', () => {
  it('GB/T 15834 punctuation in Chinese text; Latin, decimals and list numbers left alone', () => {
    expect(cnText('杨浦区“智慧城市”建设三年行动计划(2015-2017)')).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）');
    expect(cnText('经区政府同意,现将方案印发给你们:请执行;谢谢.')).toBe('经区政府同意，现将方案印发给你们：请执行；谢谢。');
    expect(cnText('工业4.0和i-shanghai 2.0,共1,000户')).toBe('工业4.0和i-shanghai 2.0，共1,000户');
    expect(cnText('www.shanghai.gov.cn')).toBe('www.shanghai.gov.cn');
    expect(cnDate('2016-07-08')).toBe('2016年7月8日');
  });

  it('long titles are broken into balanced lines, never inside a bracket or a year', () => {
    expect(titleLines('杨浦区“智慧城市”建设三年行动计划（2015—2017）', 20)).toEqual(['杨浦区“智慧城市”建设三年行动计划', '（2015—2017）']);
    expect(titleLines('关于印发杨浦区“智慧城市”建设三年行动计划（2015—2017）的通知', 20)).toEqual(['关于印发杨浦区“智慧城市”建设', '三年行动计划（2015—2017）的通知']);
    expect(titleLines('短标题', 20)).toEqual(['短标题']);
  });

  it('Markdown: numbered headings by depth, bodies, annex tables', () => {
    const md = buildMarkdown(yp, { annexes: true });
    // the 印发 notice first, as the 公文 carries it (its title, 文号, 主送机关, text, office, date), then the plan's # title
    expect(md.startsWith('关于印发杨浦区“智慧城市”建设三年行动计划（2015—2017）的通知\n\n杨府办发〔2016〕30号\n\n区政府各委、办、局，各街道办事处，五角场镇政府：\n\n经区政府同意，现将')).toBe(true);
    expect(md).toContain('\n\n上海市杨浦区人民政府办公室\n\n2016年7月18日\n\n# 杨浦区“智慧城市”建设三年行动计划（2015—2017）\n');
    expect(md).toContain('\n## 一、背景和基本评估\n');
    expect(md).toContain('\n### （一）行动背景研究\n');
    expect(md).toContain('\n### 行动一：提升服务水平，打造精细规范的智慧城管\n');
    expect(md).toContain('\n#### 重点任务1：建设综合云平台\n');
    expect(md).toContain('| 序号 | 行动 | 重点任务 | 主要内容 | 牵头部门 | 配合部门 | 2015年 | 2016年 | 2017年 |');
    expect(md).toContain('| 3G4G用户普及率 | ≥75 | % | 2017 | 重点专项2：无线城市提升 |');
  });

  it('file names from title and date, safe everywhere', () => {
    expect(exportFileName(yp.meta, 'docx')).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07-18.docx');
    expect(exportFileName({ title: 'a/b:c*?"<>|', issuedOn: null }, 'pdf', '2026-01-02')).toBe('a_b_c_2026-01-02.pdf');
    // a plan that gives only the year and month of its 成文日期 is named with them, not with the day of the export
    expect(exportFileName({ title: '某区规划', issuedOn: '2005-11' }, 'docx', '2026-01-02')).toBe('某区规划_2005-11.docx');
    expect(exportFileName({ title: '某区规划', issuedOn: null }, 'docx')).toBe('某区规划.docx');
    expect(exportFileName({ title: '  ', issuedOn: null }, '.md')).toBe('规划.md');
    expect(exportFileName({ title: 'CON', issuedOn: null }, 'docx')).toBe('规划_CON.docx');
    expect([...exportFileName({ title: '长'.repeat(300), issuedOn: '2020-01-01' }, 'docx')].length).toBe(60 + 16);
  });

  it('a review package carries 审阅包 and the day it was made, never the plan\'s 成文日期 (h-ui46: it took the issue date where the plan had one)', () => {
    expect(reviewPackageFileName(yp.meta, '2026-12-08')).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）_审阅包_2026-12-08.planreview');
    expect(reviewPackageFileName({ title: '临江市东湖区数字政府建设方案' }, '2026-12-08')).toBe('临江市东湖区数字政府建设方案_审阅包_2026-12-08.planreview');
    expect(reviewPackageFileName({ title: 'a/b' }, '')).toBe('a_b_审阅包.planreview');
    // the local day, not the UTC one: 07:30 in Beijing on the 8th is the 7th in UTC
    expect(localDay(new Date(2026, 11, 8, 7, 30))).toBe('2026-12-08');
  });

  it('the app names a plan with no 成文日期 without a date, as the command line does (h-ui44: it was today\'s date)', async () => {
    const undated: PlanDoc = { ...yp, meta: { ...yp.meta, title: '临江市东湖区数字政府建设方案', issuedOn: null } };
    const docx = await exportDocx(undated, {}, async () => new Uint8Array());
    expect(docx.fileName).toBe('临江市东湖区数字政府建设方案.docx');
    expect(markdownFileName(undated)).toBe('临江市东湖区数字政府建设方案.md');
    expect(exportMarkdown(undated).fileName).toBe('临江市东湖区数字政府建设方案.md');
    // a plan with its date: that date, whatever the day of the export
    expect((await exportDocx(yp, {}, async () => new Uint8Array())).fileName).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07-18.docx');
    expect(markdownFileName({ ...undated, meta: { ...undated.meta, issuedOn: '2005-11' } })).toBe('临江市东湖区数字政府建设方案_2005-11.md');
  });
});

describe('专栏 (box)', () => {
  let k = 0;
  const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({ ...emptyNode(`bx${++k}`, kind), ...f });
  /** A plan the way 十四五 plans write them: a 专栏 after a task of （一）, another as the only content of （二）, one in a task. */
  const plan = (): PlanDoc => ({
    ...yp,
    nodes: [
      node('part', { number: '一、', heading: '主要任务', children: [
        node('section', { number: '（一）', heading: '完善新型基础设施', children: [
          node('task', { number: '1.', heading: '建设千兆光网', body: '到2026年千兆光网覆盖率达到95%。', lead: ['区科委'] }),
          node('box', { id: 'box1', number: '专栏1', heading: '新型基础设施重点工程', children: [
            node('item', { number: '1.', heading: '千兆光网提速工程', body: '新建光纤接入端口10万个。' }),
            node('item', { number: '2.', heading: '5G精品网络工程', body: '新建5G基站1200个。' }),
          ] }),
          node('task', { number: '2.', heading: '布局算力设施', body: '建设区级算力调度平台。', children: [
            node('item', { number: '（1）', body: '建成算力调度平台。' }),
            node('box', { number: '专栏2', heading: '算力工程', children: [node('item', { number: '1.', heading: '智算中心工程' })] }),
          ] }),
        ] }),
        node('section', { number: '（二）', heading: '推进城市治理数字化', children: [
          node('box', { number: '专栏3', heading: '城市治理数字化重点工程', children: [node('item', { number: '1.', heading: '智慧交通示范工程', body: '覆盖主要路口300个。' })] }),
        ] }),
      ] }),
    ],
  });

  /** Top-level blocks of the body: paragraphs and tables, in order. */
  const blocks = (xml: string) => {
    const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
    const out: Array<{ table: boolean; xml: string }> = [];
    const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
    for (const m of body.matchAll(re)) out.push({ table: m[0].startsWith('<w:tbl>'), xml: m[0] });
    return out;
  };

  it('is a one-cell bordered table in place in the body: title 黑体 centred, projects 仿宋 1. 2., all 三号 on the 579 line', async () => {
    const xml = parts(await buildDocx(plan()))['word/document.xml'];
    const bs = blocks(xml);
    const tables = bs.filter((b) => b.table);
    expect(tables).toHaveLength(3);
    const t = tables[0].xml;
    // one row, one cell, 版心 wide, single borders all round
    expect(t.match(/<w:tr\b/g)).toHaveLength(1);
    expect(t.match(/<w:tc>/g)).toHaveLength(1);
    expect(attr(t, 'tblW', 'w')).toBe(String(PAGE.textWidth));
    for (const side of ['top', 'left', 'bottom', 'right']) expect(attr(t, side, 'val'), side).toBe('single');
    const ps = paras(t);
    expect(ps.map((p) => p.text)).toEqual(['专栏1　新型基础设施重点工程', '1.千兆光网提速工程', '新建光纤接入端口10万个。', '2.5G精品网络工程', '新建5G基站1200个。']);
    expect(ps[0].eastAsia).toEqual(['黑体']);
    expect(attr(ps[0].xml, 'jc', 'val')).toBe('center');
    expect(ps[0].xml).not.toContain('w:pStyle'); // not an outline heading
    for (const p of ps.slice(1)) {
      expect(p.eastAsia.every((f) => f === '仿宋_GB2312'), p.text).toBe(true);
      expect(p.xml).not.toContain('w:pStyle');
    }
    for (const p of ps) {
      expect(p.sizes.every((s) => s === 32), p.text).toBe(true);
      expect(attr(p.xml, 'spacing', 'line')).toBe(String(GRID.linePitch));
    }
    // in place: after task 1's text (and, without annexes, the line of its lead, which the text does not name), before
    // task 2; a blank line on either side
    const texts = bs.map((b) => (b.table ? `[${paras(b.xml)[0].text}]` : paras(b.xml)[0]?.text ?? ''));
    const at = texts.indexOf('[专栏1　新型基础设施重点工程]');
    expect(texts.slice(at - 3, at + 3)).toEqual(['到2026年千兆光网覆盖率达到95%。', '牵头单位：区科委', '', '[专栏1　新型基础设施重点工程]', '', '2.布局算力设施']);
    // a box inside a task comes after the task's own items; the last box closes （二）
    expect(texts.indexOf('[专栏2　算力工程]')).toBeGreaterThan(texts.indexOf('（1）建成算力调度平台。'));
    expect(paras(tables[2].xml).map((p) => p.text)).toEqual(['专栏3　城市治理数字化重点工程', '1.智慧交通示范工程', '覆盖主要路口300个。']);
  });

  it('numbers are derived: boxes 专栏1 … across the plan, whatever was written', async () => {
    const d = plan();
    const sec2Box = d.nodes[0].children[1].children[0];
    const renumbered: PlanDoc = { ...d, nodes: [{ ...d.nodes[0], children: [d.nodes[0].children[0], { ...d.nodes[0].children[1], children: [{ ...sec2Box, number: '专栏9' }] }] }] };
    const tables = blocks(parts(await buildDocx(renumbered))['word/document.xml']).filter((b) => b.table);
    expect(tables.map((t) => paras(t.xml)[0].text)).toEqual(['专栏1　新型基础设施重点工程', '专栏2　算力工程', '专栏3　城市治理数字化重点工程']);
  });

  it('a comment on a box or one of its projects is anchored inside the box, and found there again when read back', async () => {
    const d = plan();
    const box = d.nodes[0].children[0].children[1];
    const bytes = await buildDocx(d, { comments: [
      { nodeId: box.id, quote: '', text: '专栏请压缩', author: '审核', date: '2024-01-01' },
      { nodeId: box.children[1].id, quote: '1200个', text: '数字待核', author: '审核', date: '2024-01-01' },
    ] });
    const xml = parts(bytes)['word/document.xml'];
    const t = blocks(xml).filter((b) => b.table)[0].xml;
    expect(t.match(/<w:commentRangeStart\b/g)).toHaveLength(2);
    expect(t).toMatch(/<w:commentRangeStart w:id="1"\/>(?:(?!<\/w:p>)[\s\S])*1200个/);
    const { readWordComments, locateComment } = await import('../../shared/review/word');
    const back = readWordComments(bytes, 'box.docx');
    const placed = Object.fromEntries(back.map((c) => [c.text, locateComment(d, c)]));
    expect(placed['专栏请压缩']).toMatchObject({ nodeId: box.id, field: 'heading' });
    expect(placed['数字待核']).toMatchObject({ nodeId: box.children[1].id, field: 'body', quote: '1200个' });
  });

  it('read back by the .docx front end: the one-cell frame gives its paragraphs as lines, other tables stay rows', async () => {
    const { readSource } = await import('../../shared/importer/source');
    const { lines } = await readSource(await buildDocx(plan(), { annexes: true }), 'box.docx');
    const texts = lines.map((l) => l.text);
    const at = texts.indexOf('专栏1　新型基础设施重点工程');
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 5)).toEqual(['专栏1　新型基础设施重点工程', '1.千兆光网提速工程', '新建光纤接入端口10万个。', '2.5G精品网络工程', '新建5G基站1200个。']);
    expect(lines.slice(at, at + 5).every((l) => !l.cells)).toBe(true);
    expect(texts).toContain('专栏3　城市治理数字化重点工程');
    // the annex task table (many rows, many cells) is still read row by row
    const rows = lines.filter((l) => l.cells);
    // (its tasks sit in one action: no 行动 column, annex.ts groupHead)
    expect(rows[0].cells!.slice(0, 3)).toEqual(['序号', '重点任务', '主要内容']);
    expect(rows.some((r) => r.cells![1] === '1.建设千兆光网')).toBe(true);
  });

  it('the annex task table lists the tasks, not the boxes; a box in a task is no part of its 主要内容', async () => {
    const t = taskTable(plan());
    expect(t.rows.map((r) => r.task)).toEqual(['1.建设千兆光网', '2.布局算力设施']);
    expect(t.rows[1].content).toBe('建设区级算力调度平台。');
    const noBody = plan();
    noBody.nodes[0].children[0].children[2].body = '';
    expect(taskTable(noBody).rows[1].content).toBe('建成算力调度平台。');
  });

  it('Markdown: a blockquote with the title in bold and the projects as quoted lines, never # headings; markdown-it reads them back as those lines', async () => {
    const md = buildMarkdown(plan());
    expect(md).toContain([
      '到2026年千兆光网覆盖率达到95%。',
      '',
      '牵头单位：区科委', // the task's departments as a field line (docs/exchange.md)
      '',
      '> **专栏1　新型基础设施重点工程**',
      '>',
      '> 1.千兆光网提速工程',
      '>',
      '> 新建光纤接入端口10万个。',
      '>',
      '> 2.5G精品网络工程',
      '>',
      '> 新建5G基站1200个。',
      '',
      '#### 2.布局算力设施',
    ].join('\n'));
    expect(md).toContain('\n> **专栏3　城市治理数字化重点工程**\n>\n> 1.智慧交通示范工程\n>\n> 覆盖主要路口300个。\n');
    expect(md).not.toMatch(/^#+ .*(专栏|工程)/m);
    // what a Markdown front end sees: the quote's paragraphs are plain lines "专栏1　…", "1.…", no heading tokens inside
    const MarkdownIt = (await import('markdown-it')).default;
    const tokens = new MarkdownIt().parse(md, {});
    const quoted: string[] = [];
    let depth = 0;
    for (const t of tokens) {
      if (t.type === 'blockquote_open') depth++;
      else if (t.type === 'blockquote_close') depth--;
      else if (depth > 0) {
        expect(t.type).not.toBe('heading_open');
        if (t.type === 'inline') quoted.push(t.children!.filter((c) => c.type === 'text').map((c) => c.content).join(''));
      }
    }
    expect(quoted.slice(0, 5)).toEqual(['专栏1　新型基础设施重点工程', '1.千兆光网提速工程', '新建光纤接入端口10万个。', '2.5G精品网络工程', '新建5G基站1200个。']);
    expect(quoted).toContain('专栏3　城市治理数字化重点工程');
  });
});
