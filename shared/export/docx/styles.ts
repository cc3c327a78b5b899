/**
 * Styles and page setup of the Word export: run fonts by role, exact line spacing, the paragraph styles (Heading 1–6,
 * Title, OffGrid, table text), page-number footers and the portrait/landscape section properties; also the build
 * context (Ctx) the other parts of ./ share.
 */
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { GRID, INDENT, LANDSCAPE, PAGE, PAGE_NUMBER_DASH, SIZE, type FontSet } from '../gbt9704';
import type { TaskTable } from '../annex';
import type { Period, PlanNode } from '../../model/plan';
import type { ExportComment } from '../options';
import type { SourceTable, SourceTableAction } from '../sourcetable';
import { fromTemplate, type Templates } from './prepared';

export type Role = 'title' | 'hei' | 'kai' | 'body' | 'song';

export interface Ctx {
  fonts: FontSet;
  /** The plan's period (a node's text is read with it: shared/fieldtext.ts). */
  period: Period | null;
  /** The period an import of this file reads when it is not the plan's (checks.ts periodReadOtherwise), else undefined. */
  readPeriod: Period | null | undefined;
  /** The annexes are printed (the 主要任务分解表 carries each milestone's words: shared/fieldtext.ts staleMilestones). */
  annexes: boolean;
  /**
   * A 主要任务分解表 is printed: the annex, or without annexes the generated table set in place of a source table
   * repeating the tasks (sourcetable.ts) — it carries the milestones, so none needs a 年度节点 line of its own.
   */
  taskTable: boolean;
  /** What "以上N项…责任单位均为A" lines give the points they cover (shared/fieldtext.ts sharedDepartments). */
  shared: Map<PlanNode, string[]>;
  /** The lead a heading above gives the tasks under it (shared/fieldtext.ts groupLeads). */
  groups: Map<PlanNode, string[]>;
  numbers: Map<string, string>;
  /** node id → comments not yet placed. */
  comments: Map<string, Array<ExportComment & { id: number; replyIds?: number[] }>>;
  /** Comments on entries the annex prints, by `nodeId|field|index` (placed in its cells, not in the text). */
  annexComments: Map<string, Array<ExportComment & { id: number; replyIds?: number[] }>>;
  /** The plan's nodes by id (the annex cells find an entry's place in them). */
  byId: Map<string, PlanNode>;
  /** Next id of a tracked change (w:ins / w:del). */
  revision: number;
  /** Comment id → occurrences of its quote met in earlier paragraphs of its field (for ExportComment.occurrence). */
  seen: Map<number, number>;
  /** Tables kept from the source as text (./sourcetable.ts): node id → what to do with it. */
  sourceTables: Map<string, { table: SourceTable; action: SourceTableAction }>;
  /** The generated 主要任务分解表 (built when first needed). */
  tasks: () => TaskTable;
  /** Runs and cell paragraphs by kind (./prepared.ts); null: docx components throughout. */
  templates: Templates | null;
}

const fontOf = (f: FontSet, role: Role): string =>
  role === 'title' ? f.title : role === 'hei' ? f.hei : role === 'kai' ? f.kai : role === 'song' ? f.song : f.body;

/** Run fonts: CJK font in eastAsia and hAnsi (so “ ” — … use it), Latin/digits in Times New Roman. */
export const runFont = (f: FontSet, role: Role) => {
  const ea = fontOf(f, role);
  return { ascii: f.latin, hAnsi: ea, eastAsia: ea, cs: f.latin, hint: 'eastAsia' as const };
};

export const EXACT = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

/** A run of `text` in the role's fonts (written from a template: the same XML as the TextRun). */
export function run(ctx: Ctx, text: string, role: Role, size: number = SIZE.san, extra: { color?: string; bold?: boolean } = {}): TextRun {
  const bold = extra.bold ?? false;
  return fromTemplate(ctx.templates, `run ${role} ${size} ${extra.color ?? ''} ${bold}`, text, (t) =>
    new TextRun({ text: t, font: runFont(ctx.fonts, role), size, sizeComplexScript: size, color: extra.color, bold })) as TextRun;
}

/** Blank line(s) of the grid, as spacing before (twips). */
export const lines = (n: number) => n * GRID.linePitch;

export const CELL = SIZE.wu;

/** Table paragraphs carry a style (font, size, spacing) and plain runs: a few hundred cells stay small and fast. */
export const STYLE_TABLE_TEXT = 'TableText';
export const STYLE_TABLE_HEAD = 'TableHead';

// --- page numbers and sections --------------------------------------------------------------------

export function pageNumberFooter(ctx: Ctx, side: 'odd' | 'even'): Footer {
  // the same paragraph every time: written from a template (./prepared.ts), so the footer parts are kept too
  return new Footer({
    children: [fromTemplate(ctx.templates, `footer ${side}`, '', () => new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: INDENT.pageNumber } : { left: INDENT.pageNumber },
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [new TextRun({
        children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`],
        font: runFont(ctx.fonts, 'song'),
        size: SIZE.si,
        sizeComplexScript: SIZE.si,
      })],
    })) as Paragraph],
  });
}

/** The hidden bookmark on the annexes' last paragraph: the 版记 page's number asks its page (recordPageNumberFooter). */
export const ANNEX_END_BOOKMARK = '_PwAnnexEnd';
/** Its id, fixed (docx's Bookmark takes the next of a counter shared by every export: the bytes would differ). The package has no other bookmark. */
export const ANNEX_END_BOOKMARK_ID = 1;
/** Stands for the 版记 page's number field in its footer until the package is written (recordNumberField). */
export const RECORD_NUMBER_MARK = '\u{F8FC}record-page-number';

/**
 * The 版记 section's even footer for Word: "— N —" only when the 版记 page follows the annexes' last page at once, i.e.
 * no blank page was left between (GB/T 9704 §7.5 numbers neither that blank page nor the 版记 page after it). Only a
 * layout knows where the annexes end, so the footer asks Word's: IF PAGE = PAGEREF(the annexes' last paragraph) + 1.
 * docx cannot write nested fields: its one run holds RECORD_NUMBER_MARK, replaced by recordNumberField when packed.
 */
export function recordPageNumberFooter(ctx: Ctx): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: INDENT.pageNumber },
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      children: [new TextRun({ text: RECORD_NUMBER_MARK, font: runFont(ctx.fonts, 'song'), size: SIZE.si, sizeComplexScript: SIZE.si })],
    })],
  });
}

/**
 * A part's XML with the run holding RECORD_NUMBER_MARK replaced by the field
 * { QUOTE { IF { PAGE } = { = { PAGEREF _PwAnnexEnd } + 1 } "— { PAGE } —" "" } }, each run in the marked run's
 * properties. Word works it out whenever it lays the footer out. LibreOffice does not work IF out: bare, it printed the
 * inner fields' results run together ("22212222"); inside QUOTE, which it does not know, it prints QUOTE's shown
 * result, written here as "— { PAGE } —" — the plain number, as before (its PDF export renders with that anyway).
 */
export function recordNumberField(xml: string): string {
  return xml.replace(new RegExp(`<w:r>(<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*</w:rPr>)?<w:t(?: [^>]*)?>${RECORD_NUMBER_MARK}</w:t></w:r>`, 'u'), (_, rPr: string | undefined) => {
    const r = (inner: string) => `<w:r>${rPr ?? ''}${inner}</w:r>`;
    const begin = r('<w:fldChar w:fldCharType="begin"/>');
    const sep = r('<w:fldChar w:fldCharType="separate"/>');
    const end = r('<w:fldChar w:fldCharType="end"/>');
    const code = (t: string) => r(`<w:instrText xml:space="preserve">${t}</w:instrText>`);
    const text = (t: string) => r(`<w:t xml:space="preserve">${t}</w:t>`);
    const page = begin + code(' PAGE ') + sep + end;
    const after = begin + code(' = ') + begin + code(` PAGEREF ${ANNEX_END_BOOKMARK} \\h `) + sep + end + code(' + 1 ') + sep + end;
    const test = begin + code(' IF ') + page + code(' = ') + after + code(` "${PAGE_NUMBER_DASH} `) + page + code(` ${PAGE_NUMBER_DASH}" "" `) + sep + end;
    return begin + code(' QUOTE ') + test + code(' ') + sep + text(`${PAGE_NUMBER_DASH} `) + page + text(` ${PAGE_NUMBER_DASH}`) + end;
  });
}

export function portraitProps() {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
    },
    grid: { type: DocumentGridType.LINES, linePitch: GRID.linePitch },
  };
}

export function landscapeProps() {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
      margin: { top: LANDSCAPE.top, right: LANDSCAPE.right, bottom: LANDSCAPE.bottom, left: LANDSCAPE.left, header: PAGE.header, footer: LANDSCAPE.footer, gutter: 0 },
    },
    // no line grid on table pages: LibreOffice snaps table lines to it (doubling them)
    grid: { type: DocumentGridType.DEFAULT, linePitch: GRID.linePitch },
  };
}

// --- styles ---------------------------------------------------------------------------------------------

function headingStyle(f: FontSet, role: Role): IBaseParagraphStyleOptions {
  return {
    run: { font: runFont(f, role), size: SIZE.san, sizeComplexScript: SIZE.san, color: '000000', bold: false, italics: false },
    paragraph: { spacing: EXACT(GRID.linePitch), indent: { firstLine: INDENT.firstLine }, keepNext: true, keepLines: true },
  };
}

/**
 * Paragraph style for large type off the line grid (发文机关标志, table titles). With the grid on, LibreOffice gives a
 * line of type larger than the grid's base size two grid lines, even with exact spacing; Word ignores the grid for
 * exact spacing. <w:snapToGrid w:val="0"/> is patched into this style, Title and the table styles (docx cannot write it): a table set in the text keeps its 五号 lines.
 */
export const STYLE_OFF_GRID = 'OffGrid';

export function styles(f: FontSet) {
  return {
    paragraphStyles: [
      { id: STYLE_OFF_GRID, name: 'Off Grid', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: EXACT(GRID.linePitch) } },
      {
        id: STYLE_TABLE_TEXT, name: 'Table Text', basedOn: 'Normal', next: STYLE_TABLE_TEXT,
        run: { font: runFont(f, 'body'), size: CELL, sizeComplexScript: CELL, characterSpacing: 0 },
        paragraph: { spacing: EXACT(LANDSCAPE.cellLine), alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE_TABLE_HEAD, name: 'Table Head', basedOn: STYLE_TABLE_TEXT, next: STYLE_TABLE_TEXT,
        run: { font: runFont(f, 'hei'), size: CELL, sizeComplexScript: CELL, characterSpacing: 0 },
        paragraph: { spacing: EXACT(LANDSCAPE.cellLine), alignment: AlignmentType.CENTER, keepNext: true },
      },
    ],
    default: {
      document: {
        run: { font: runFont(f, 'body'), size: SIZE.san, sizeComplexScript: SIZE.san, characterSpacing: GRID.charSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: EXACT(GRID.linePitch) },
      },
      title: { run: { font: runFont(f, 'title'), size: SIZE.er, sizeComplexScript: SIZE.er, color: '000000', bold: false }, paragraph: { alignment: AlignmentType.CENTER, spacing: EXACT(GRID.linePitch) } },
      heading1: headingStyle(f, 'hei'),
      heading2: headingStyle(f, 'kai'),
      heading3: headingStyle(f, 'body'),
      heading4: headingStyle(f, 'body'),
      heading5: headingStyle(f, 'body'),
      heading6: headingStyle(f, 'body'),
    },
  };
}
