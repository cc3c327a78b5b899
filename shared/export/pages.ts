/**
 * The pages of the official document laid out on the GB/T 9704 grid, for the preview when LibreOffice is not there
 * to lay out the Word file itself: A4, a 版心 of 22 lines × 28 characters, the title in lines of 20 二号 characters,
 * headings and paragraphs indented by 2 characters, "— N —" page numbers on the outer side; 专栏 framed; the 任务分解表
 * on landscape pages. Close enough to judge where pages break; the Word file (shared/export/docx.ts) is what counts.
 * Environment-free (the renderer draws these lines; a test checks the counts against the grid).
 *
 * Lines are broken by width (a CJK character 1, Latin letters and digits ½), closing punctuation hangs on the line
 * before instead of starting a line (Word and LibreOffice compress it the same way); pages are broken as Word and
 * LibreOffice break them (paginate: widow and orphan control, headings kept with what follows). On the five seeds
 * the page count equals LibreOffice's for four and is one short for 杨浦 (73 of 74); with the 任务分解表 within one
 * page (tests/tools/preview-pages.ts).
 */
import type { PlanDoc, PlanNode, Period } from '../model/plan';
import { deriveNumbers, numberAlone, readNumber } from '../numbering';
import { ANNEX_TITLES, taskTable, taskTableHead } from './annex';
import { laidOutCells, taskTableWidths } from './annexlayout';
import { GRID, SIZE, PAGE, headingRole } from './gbt9704';
import { cnMonth, cnText, joinNumber, noticeParts, paragraphs, printedTitle, signedInText } from './text';
import { taskTableShown } from './sourcetable';
import { periodReadOtherwise } from './checks';
import { groupLeads, printedParagraphs, sharedDepartments, withRecordedStatements } from '../fieldtext';

export type LineRole = 'title' | 'hei' | 'kai' | 'body' | 'red' | 'label';

export interface PageLine {
  text: string;
  role: LineRole;
  /** Indent of the line in characters (first line of a paragraph: 2). */
  indent: number;
  align: 'justify' | 'left' | 'center' | 'right';
  /** Part of a 专栏's frame: 'top' | 'middle' | 'bottom' | 'single' (a box of one line). */
  frame?: 'top' | 'middle' | 'bottom' | 'single';
  /** A red rule below this line (the 版头's red line). */
  rule?: boolean;
  /** Index of the paragraph the line belongs to (pagination keeps paragraphs together as Word does). */
  para?: number;
  /** The paragraph is a heading: kept on the page of the next paragraph's first lines, never split (keepNext, keepLines). */
  keep?: boolean;
}

export interface PortraitPage { kind: 'portrait'; number: number; lines: PageLine[] }
export interface TablePage { kind: 'landscape'; number: number; label: string; title: string; head: string[]; widths: number[]; rows: string[][] }
export type LaidOutPage = PortraitPage | TablePage;

export interface PageOptions { cover?: boolean; annexes?: boolean }

/** Characters of a 二号 title line: floor(8844 / (440 − 5)) = 20 (as the Word exporter). */
export const TITLE_CHARS = Math.floor(PAGE.textWidth / (SIZE.er * 10 + GRID.charSpacing));
/** Characters of a line inside a 专栏 frame: the 版心 less 2 mm of cell margin on each side (≈ 27). */
export const BOX_CHARS = Math.floor((PAGE.textWidth - 2 * 113) / GRID.charPitch);

const NO_LINE_START = /^[，。、；：？！）》”’〕】…—%]/;

export function isNarrow(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x2000 || (c >= 0x2070 && c < 0x2e80);
}
export const widthOf = (t: string): number => [...t].reduce((w, c) => w + (isNarrow(c) ? 0.5 : 1), 0);

/**
 * A paragraph broken into lines of `perLine` characters, the first indented by `indent`. Closing punctuation that
 * would start a line hangs at the end of the line before; a run of Latin letters and digits is not split.
 */
export function breakLines(text: string, perLine: number, indent = 0): string[] {
  const out: string[] = [];
  const chars = [...text];
  let line = '';
  let w = indent;
  let i = 0;
  while (i < chars.length) {
    // a Latin/digit run moves as one piece when it fits on a line
    let piece = chars[i];
    if (/[0-9A-Za-z]/.test(piece)) {
      let j = i + 1;
      while (j < chars.length && /[0-9A-Za-z.%]/.test(chars[j])) j++;
      const run = chars.slice(i, j).join('');
      if (widthOf(run) <= perLine / 2) piece = run;
    }
    const pw = widthOf(piece);
    if (w + pw > perLine + 1e-9 && line) {
      if (NO_LINE_START.test(piece) && w + pw <= perLine + 1) {
        line += piece; // hangs
        i += [...piece].length;
        out.push(line);
        line = '';
        w = 0;
        continue;
      }
      out.push(line);
      line = '';
      w = 0;
    }
    line += piece;
    w += pw;
    i += [...piece].length;
  }
  if (line || !out.length) out.push(line);
  return out;
}

/** A title in balanced lines of at most `perLine` characters. */
export function balancedLines(text: string, perLine: number): string[] {
  const total = widthOf(text);
  if (total <= perLine) return [text];
  const count = Math.ceil(total / perLine);
  if (count === 2) {
    // two lines: as even as they can be, never starting with closing punctuation, preferably before an opening
    // bracket (（2027—2029）on a line of its own), as the Word exporter breaks titles
    const chars = [...text];
    let best = -1;
    let bestScore = Infinity;
    for (let i = 1; i < chars.length; i++) {
      const a = chars.slice(0, i).join('');
      const b = chars.slice(i).join('');
      if (widthOf(a) > perLine || widthOf(b) > perLine) continue;
      let score = Math.abs(widthOf(a) - total / 2);
      if (NO_LINE_START.test(b) || /[（《“(]$/.test(a) || (/[0-9A-Za-z]$/.test(a) && /^[0-9A-Za-z]/.test(b))) score += 100;
      if (/^[（(]/.test(b)) score -= 5;
      if (score < bestScore) { bestScore = score; best = i; }
    }
    if (best > 0) return [chars.slice(0, best).join(''), chars.slice(best).join('')];
  }
  const target = Math.ceil(total / count);
  const lines = breakLines(text, target);
  return lines.length <= count ? lines : breakLines(text, perLine);
}

let paraSeq = 0;
function paragraphLines(text: string, role: LineRole, opts: { indent?: number; center?: boolean; perLine?: number; keep?: boolean } = {}): PageLine[] {
  const perLine = opts.perLine ?? GRID.chars;
  const para = ++paraSeq;
  const keep = opts.keep ? { keep: true } : {};
  if (opts.center) return breakLines(text, perLine).map((t) => ({ text: t, role, indent: 0, align: 'center', para, ...keep }));
  const indent = opts.indent ?? 2;
  const parts = breakLines(text, perLine, indent);
  return parts.map((t, i) => ({ text: t, role, indent: i === 0 ? indent : 0, align: i === parts.length - 1 ? 'left' : 'justify', para, ...keep }));
}


function nodeLines(node: PlanNode, depth: number, numbers: Map<string, string>, out: PageLine[], inBox = false, perLine: number = GRID.chars, period: Period | null = null, annexes = false, shared: Map<PlanNode, string[]> = new Map(), groups: Map<PlanNode, string[]> = new Map(), taskTable = annexes, readPeriod: Period | null | undefined = undefined): void {
  const number = numbers.get(node.id) ?? node.number;
  const heading = node.heading.trim();
  // (as the Word file prints it: field lines from the fields, shared/fieldtext.ts)
  const body = printedParagraphs(node, period, { readPeriod, annexes, taskTable, shared: shared.get(node) ?? null, group: groups.get(node) ?? null }).map(cnText);
  if (node.kind === 'box' && !inBox) {
    const inner: PageLine[] = [];
    const title = cnText(joinNumber(number, heading));
    if (title) inner.push(...paragraphLines(title, 'hei', { center: true, perLine: BOX_CHARS }));
    for (const p of body) inner.push(...paragraphLines(p, 'body', { perLine: BOX_CHARS }));
    for (const c of node.children) nodeLines(c, 2, numbers, inner, true, BOX_CHARS, period, annexes, shared, groups, taskTable, readPeriod);
    if (!inner.length) inner.push({ text: '', role: 'body', indent: 0, align: 'left' });
    out.push({ text: '', role: 'body', indent: 0, align: 'left' });
    inner.forEach((l, i) => out.push({ ...l, frame: inner.length === 1 ? 'single' : i === 0 ? 'top' : i === inner.length - 1 ? 'bottom' : 'middle' }));
    out.push({ text: '', role: 'body', indent: 0, align: 'left' });
    return;
  }
  const role = inBox ? 'body' : headingRole(node, number, depth);
  if (heading) {
    const chapter = readNumber(number).style === 'chapter';
    // headings of the outline (Word's Heading 1–4 styles) keep with the next paragraph and are never split
    out.push(...paragraphLines(cnText(joinNumber(number, heading)), role, { center: chapter, perLine, keep: !inBox && depth <= 4 }));
    for (const p of body) out.push(...paragraphLines(p, 'body', { perLine }));
  } else if (body.length && numberAlone(number, joinNumber(number, body[0]))) {
    // (as the Word export: a number read alone but not run in, 第一阶段, alone on its line)
    out.push(...paragraphLines(cnText(number), role, { perLine, keep: !inBox && depth <= 4 }));
    for (const p of body) out.push(...paragraphLines(p, 'body', { perLine }));
  } else if (body.length || number) {
    out.push(...paragraphLines(cnText(joinNumber(number, body[0] ?? '').replace(/^(.+)：$/, '$1')), 'body', { perLine }));
    for (const p of body.slice(1)) out.push(...paragraphLines(p, 'body', { perLine }));
  }
  for (const c of node.children) nodeLines(c, depth + 1, numbers, out, inBox, perLine, period, annexes, shared, groups, taskTable, readPeriod);
}

const blank = (): PageLine => ({ text: '', role: 'body', indent: 0, align: 'left' });

/** The 印发 notice (simplified 版头 and 主体): what the Word exporter prints before the plan when `cover` is set. */
function coverLines(doc: PlanDoc): PageLine[] {
  const { title, body } = noticeParts(doc, { made: true });
  const lines = headLines(doc, title);
  for (const p of body) lines.push(...paragraphLines(p, 'body'));
  return [...lines, ...signatureLines(doc)];
}

/** The 版头 (发文机关标志, 发文字号 over the red line), the title `title` and the 主送机关 line. */
function headLines(doc: PlanDoc, title: string): PageLine[] {
  const { issuer } = noticeParts(doc);
  const lines: PageLine[] = [blank(), blank(), blank()];
  lines.push({ text: issuer ? `${issuer}文件` : '', role: 'red', indent: 0, align: 'center' });
  lines.push(blank());
  // (an upward document's 签发人 on the same line [GB/T 9704 §7.2.6])
  const signer = doc.meta.signer?.trim();
  lines.push({ text: signer ? `　${doc.meta.docNumber ?? ''}　　签发人：${signer}` : doc.meta.docNumber ?? '', role: 'body', indent: 0, align: signer ? 'left' : 'center', rule: true });
  lines.push(blank());
  for (const t of balancedLines(title, TITLE_CHARS)) lines.push({ text: t, role: 'title', indent: 0, align: 'center' });
  lines.push(blank());
  if (doc.meta.addressees.length) lines.push(...paragraphLines(doc.meta.addressees.join('，') + '：', 'body', { indent: 0 }));
  return lines;
}

/** 发文机关署名, 成文日期 and 附注 under the text (the 附注 alone when `notesOnly`: the text is signed). */
function signatureLines(doc: PlanDoc, notesOnly = false): PageLine[] {
  const { notes, issuer } = noticeParts(doc);
  if (notesOnly) return notes.flatMap((n) => paragraphLines(n, 'body'));
  const lines: PageLine[] = [blank(), blank(), blank()];
  if (issuer) lines.push({ text: issuer, role: 'body', indent: 0, align: 'right' });
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.meta.issuedOn ?? '');
  if (m) lines.push({ text: `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日　　`, role: 'body', indent: 0, align: 'right' });
  // 附注 ("（此件公开发布）") on the line below the date, 2 characters in [std §7.3.6]
  for (const n of notes) lines.push(...paragraphLines(n, 'body'));
  return lines;
}

/**
 * Lines into pages of `perPage`, as Word and LibreOffice break them: a paragraph leaves at least 2 lines at the foot
 * of a page and carries at least 2 to the next (widow and orphan control, on by default in both), and a heading is
 * not split and stays with the first lines of the paragraph after it (the Heading styles' keepNext and keepLines).
 * Lines of no paragraph (blank lines, frames' edges, the notice) break anywhere.
 */
export function paginate(flow: PageLine[], perPage: number): PageLine[][] {
  // paragraphs as blocks of consecutive lines
  const blocks: PageLine[][] = [];
  for (const l of flow) {
    const last = blocks.at(-1);
    if (last && l.para !== undefined && last[0].para === l.para) last.push(l);
    else blocks.push([l]);
  }
  const pages: PageLine[][] = [[]];
  const room = () => perPage - pages.at(-1)!.length;
  const newPage = () => { if (pages.at(-1)!.length) pages.push([]); };
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b];
    if (block[0].keep) {
      // the heading and the first lines of what follows (up to 2) must fit on this page
      const next = blocks[b + 1];
      const need = block.length + (next ? Math.min(2, next.length) : 0);
      if (need > room() && need <= perPage) newPage();
      pages.at(-1)!.push(...block);
      continue;
    }
    while (block.length) {
      const r = room();
      if (block.length <= r) { pages.at(-1)!.push(...block); break; }
      if (block[0].para === undefined || block.length === 1) {
        // not a paragraph: fill the page
        if (r > 0) { pages.at(-1)!.push(...block.slice(0, r)); block = block.slice(r); }
        newPage();
        continue;
      }
      // split: at least 2 lines here, at least 2 carried over
      let here = Math.min(r, block.length - 2);
      if (here < 2) here = 0;
      if (here) pages.at(-1)!.push(...block.slice(0, here));
      block = block.slice(here);
      newPage();
    }
  }
  return pages;
}

/** Rows of the 任务分解表 on one landscape page (cells in 五号 on a 13.5 pt line: ≈ 28 lines in the 156 mm 版心). */
const TABLE_LINES_PER_PAGE = 28;

export function layoutPages(doc: PlanDoc, opts: PageOptions = {}): LaidOutPage[] {
  // (a plan imported before the import recorded what its texts stated is read as it always was)
  doc = withRecordedStatements(doc);
  const numbers = deriveNumbers(doc.nodes);
  const flows: PageLine[][] = [];
  // (a plan that is itself the notice: its own pages under the 版头, signed after its text — as the Word export prints it)
  // (its notice text the opening of its pages, under the 主送机关 and before the preamble)
  const notice = noticeParts(doc);
  const ownNotice = !!opts.cover && notice.own;
  if (opts.cover && !ownNotice) flows.push(coverLines(doc));
  const main: PageLine[] = [];
  if (ownNotice) {
    main.push(...headLines(doc, notice.title));
    for (const p of notice.body) main.push(...paragraphLines(p, 'body'));
  } else {
    if (opts.cover) main.push({ text: '附件', role: 'label', indent: 0, align: 'left' }, blank());
    for (const t of balancedLines(printedTitle(doc), TITLE_CHARS)) main.push({ text: t, role: 'title', indent: 0, align: 'center' });
    main.push(blank());
    // (a 成文日期 of a year and a month only, under the plan's title with the cover, as the Word export prints it)
    const month = opts.cover ? cnMonth(doc.meta.issuedOn) : null;
    if (month) main.push(...paragraphLines(month, 'body', { center: true }), blank());
  }
  for (const p of paragraphs(doc.meta.preamble)) main.push(...paragraphLines(cnText(p), 'body'));
  const shared = sharedDepartments(doc.nodes);
  const groups = groupLeads(doc.nodes);
  const withTaskTable = taskTableShown(doc, !!opts.annexes);
  const readPeriod = periodReadOtherwise(doc, !!opts.cover);
  for (const n of doc.nodes) nodeLines(n, 1, numbers, main, false, GRID.chars, doc.meta.period, !!opts.annexes, shared, groups, withTaskTable, readPeriod);
  if (ownNotice) main.push(...signatureLines(doc, signedInText(doc)));
  flows.push(main);

  const pages: LaidOutPage[] = [];
  for (const flow of flows) {
    for (const lines of paginate(flow, GRID.lines)) pages.push({ kind: 'portrait', number: pages.length + 1, lines });
  }
  if (opts.annexes) {
    const t = taskTable(doc, numbers);
    if (t.rows.length) {
      const head = taskTableHead(t);
      const widths = taskTableWidths(t);
      const rows = t.rows.map((r) => laidOutCells(t, r, widths).map((ps) => ps.join('\n')));
      // a row takes as many cell lines as its fullest cell (五号 10.5 pt: a column of w twips holds w / 210 characters)
      const height = (row: string[]) => Math.max(1, ...row.map((c, i) => c.split('\n').reduce((n, l) => n + Math.ceil(widthOf(l) / Math.max(1, Math.floor((widths[i] - 114) / 210))), 0)));
      const title = `${printedTitle(doc)}${ANNEX_TITLES.tasks}`;
      let pageRows: string[][] = [];
      let used = 3; // 附表1, the title and the head row
      const flush = () => {
        pages.push({ kind: 'landscape', number: pages.length + 1, label: '附表1', title, head, widths, rows: pageRows });
        pageRows = [];
        used = 1; // the head row repeats
      };
      for (const row of rows) {
        const h = height(row);
        if (pageRows.length && used + h > TABLE_LINES_PER_PAGE) flush();
        pageRows.push(row);
        used += h;
      }
      if (pageRows.length) flush();
    }
  }
  return pages;
}
