/**
 * The cover of the Word export: 版头 and 主体 of the 印发 notice (发文机关标志, 发文字号, red line, title, 主送机关,
 * notice, 附件说明, office and date) and the 版记 (抄送/印发) framed at the bottom of the last page.
 */
import { AlignmentType, BorderStyle, FrameAnchorType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { PlanDoc } from '../../model/plan';
import { GRID, HEADER, INDENT, PAGE, RECORD, SIZE } from '../gbt9704';
import { cnDate, cnText, noticeParts, printedTitle, recordDate } from '../text';
import { textPara, textWidth, titleLines, titlePara } from './body';
import { EXACT, STYLE_OFF_GRID, lines, run, type Ctx } from './styles';

// --- cover (版头 and 主体 of the 印发 notice) ------------------------------------------------------------

// (the notice's title, text, 附注 and office: text.ts noticeParts, the one decision the Markdown head and the page
// preview make too — whether the plan is itself the notice, which title, which paragraphs)

/** Office of the 发文机关标志: the issuer, else the district's 人民政府办公室. */
export const issuerOf = (doc: PlanDoc): string => noticeParts(doc).issuer;

/** The 签发人 of an upward document (上行文), '' when none [std §7.2.6]. */
export function signerOf(doc: PlanDoc): string {
  return (doc.meta.signer ?? '').trim();
}

/**
 * Blank lines between the 附件说明 and the office name: 2 is practice, room for the seal ⚠; the standard asks only
 * that the seal's top be within one line of the text above [std §7.3.5.1], an unsealed signature one blank line below
 * [std §7.3.5.2], and that spacing be adjusted when the signature does not fit [std §7.3.5]. So: 2 when the 附件说明,
 * office and date fit on the notice's page with 2, else 1 when they fit with 1, else 2 (they move on together).
 */
const SIGNATURE_BLANK_LINES = 2;

/** Lines a paragraph of `text` takes: first line `first` twips wide, the next ones `next` twips. */
function lineCount(text: string, first: number, next: number = first): number {
  const w = textWidth(text);
  return w <= first ? 1 : 1 + Math.ceil((w - first) / next);
}

/**
 * Where page 1 of the cover stands, in twips from the top of the 版心, after the notice's text: the same sums the
 * paragraphs below are built from (exact line spacing everywhere, so the estimate is the layout up to rounding).
 * Used to keep the 附件说明, office and date on page 1 when they fit (coverLayout), checked by rendering in
 * tests/export/cover-render.test.ts.
 */
export function coverLayout(doc: PlanDoc): { used: number; annexNoteLines: number; blankLines: number; fits: boolean } {
  const issuer = issuerOf(doc);
  // (no office — no issuer, no district —: no 发文机关标志; "文件" alone names none, as the preview prints it: pages.ts)
  const mark = issuer ? `${issuer}文件` : '';
  const fit = Math.floor(HEADER.markMaxWidth / Math.max(1, [...mark].length) / 10);
  const markSize = Math.max(SIZE.er, Math.min(HEADER.markSize, fit));
  const perTitleLine = Math.floor(PAGE.textWidth / (SIZE.er * 10 + GRID.charSpacing));
  let used = HEADER.markTop + markSize * 10;
  used += HEADER.docNumberBefore + GRID.linePitch + (HEADER.redLineSpace + 1) * 20;
  const notice = noticeParts(doc, { made: true });
  used += HEADER.titleBefore + titleLines(notice.title, perTitleLine).length * GRID.linePitch;
  if (doc.meta.addressees.length) used += GRID.linePitch * (1 + lineCount(addresseeLine(doc), PAGE.textWidth));
  for (const p of notice.body) used += GRID.linePitch * lineCount(p, PAGE.textWidth - INDENT.firstLine, PAGE.textWidth);
  const annexNoteLines = lineCount(annexNote(doc), PAGE.textWidth - INDENT.annexNote, PAGE.textWidth - INDENT.annexNote - 3 * GRID.charPitch);
  const signature = (issuer ? 1 : 0) + (cnDate(doc.meta.issuedOn) ? 1 : 0) + noticeNotes(doc).reduce((k, n) => k + lineCount(n, PAGE.textWidth - INDENT.note), 0);
  const need = (blank: number) => GRID.linePitch * (1 + annexNoteLines + blank + signature);
  const free = PAGE.textHeight - used;
  const blankLines = need(SIGNATURE_BLANK_LINES) <= free ? SIGNATURE_BLANK_LINES : need(1) <= free ? 1 : SIGNATURE_BLANK_LINES;
  return { used, annexNoteLines, blankLines, fits: need(blankLines) <= free };
}

/** The notice's 附注 ("（此件公开发布）"), printed on the line below the 成文日期 [std §7.3.6]. */
const noticeNotes = (doc: PlanDoc) => noticeParts(doc).notes;

const addresseeLine = (doc: PlanDoc) => doc.meta.addressees.map((a) => cnText(a.trim())).join('，') + '：';
const annexNote = (doc: PlanDoc) => `附件：${printedTitle(doc).replace(/[。．.]$/, '')}`;

export function coverParagraphs(ctx: Ctx, doc: PlanDoc): Paragraph[] {
  const notice = noticeParts(doc, { made: true });
  const out = headParagraphs(ctx, doc, notice.title);
  // page 1 must show body text [std §7.3.3], so the notice flows; the signature never stands alone on a page:
  // the 附件说明 goes with it (keepNext) ⚠ the standard would have the clerk adjust spacing instead [std §7.3.5]
  for (const p of notice.body) out.push(textPara(ctx, p, 'body'));
  // 附件说明: 1 blank line, 2 characters in, wrapped lines under the name [std §7.3.4]
  out.push(new Paragraph({
    alignment: AlignmentType.LEFT,
    keepNext: true,
    keepLines: true,
    spacing: EXACT(GRID.linePitch, lines(1)),
    indent: { left: INDENT.annexNote + 3 * GRID.charPitch, hanging: 3 * GRID.charPitch },
    children: [run(ctx, annexNote(doc), 'body')],
  }));
  out.push(...signatureParagraphs(ctx, doc, coverLayout(doc).blankLines));
  return out;
}

/** The 版头 (发文机关标志, 发文字号, red line), the title and the 主送机关 line of a notice titled `title`. */
export function headParagraphs(ctx: Ctx, doc: PlanDoc, title: string): Paragraph[] {
  const out: Paragraph[] = [];
  const issuer = issuerOf(doc);
  // (no office — no issuer, no district —: no 发文机关标志; "文件" alone names none, as the preview prints it: pages.ts)
  const mark = issuer ? `${issuer}文件` : '';
  // 发文机关标志: red 小标宋, centred, no wider than the 版心 [std §7.2.4]
  const fit = Math.floor(HEADER.markMaxWidth / Math.max(1, [...mark].length) / 10);
  const markSize = Math.max(SIZE.er, Math.min(HEADER.markSize, fit));
  out.push(new Paragraph({
    style: STYLE_OFF_GRID,
    alignment: AlignmentType.CENTER,
    spacing: EXACT(markSize * 10, HEADER.markTop),
    children: [run(ctx, mark, 'title', markSize, { color: HEADER.red })],
  }));
  // 发文字号, 2 blank lines below; the red line 4 mm under it, 版心 wide [std §7.2.5, §7.2.7]
  // an upward document's (上行文) 签发人 on the same line: the 发文字号 one character in from the left, "签发人：" (仿宋)
  // and the name (楷体) one character in from the right, by a right tab [std §7.2.6]
  const signer = signerOf(doc);
  out.push(new Paragraph({
    alignment: signer ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: EXACT(GRID.linePitch, HEADER.docNumberBefore),
    border: { bottom: { style: BorderStyle.SINGLE, size: HEADER.redLineSize, color: HEADER.red, space: HEADER.redLineSpace } },
    ...(signer
      ? {
          indent: { left: HEADER.signerIndent },
          // (a tab's position counts from the 版心's left edge, not from the indent)
          tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth - HEADER.signerIndent }],
        }
      : {}),
    children: [
      run(ctx, cnText(doc.meta.docNumber ?? ''), 'body'),
      ...(signer ? [new TextRun({ children: [new Tab()] }), run(ctx, '签发人：', 'body'), run(ctx, signer, 'kai')] : []),
    ],
  }));
  // 标题, 2 blank lines below the red line [std §7.3.1]
  out.push(titlePara(ctx, title, HEADER.titleBefore));
  // 主送机关, 1 blank line below the title, flush left, ends with ： [std §7.3.2]
  if (doc.meta.addressees.length) {
    out.push(new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: EXACT(GRID.linePitch, lines(1)),
      children: [run(ctx, addresseeLine(doc), 'body')],
    }));
  }
  return out;
}

/** 发文机关署名, 成文日期 and 附注, `blank` lines below the text above (the 附注 alone when `notesOnly`: the text is signed). */
export function signatureParagraphs(ctx: Ctx, doc: PlanDoc, blank: number, notesOnly = false): Paragraph[] {
  const out: Paragraph[] = [];
  const issuer = notesOnly ? '' : issuerOf(doc);
  // 发文机关署名 centred over the 成文日期, which is 4 characters from the right [std §7.3.5.1]
  const date = notesOnly ? '' : cnDate(doc.meta.issuedOn) ?? '';
  const dateW = textWidth(date);
  const issuerW = textWidth(issuer);
  const issuerRight = Math.max(0, Math.round(INDENT.dateRight + dateW / 2 - issuerW / 2));
  if (issuer) {
    out.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      spacing: EXACT(GRID.linePitch, lines(blank)),
      indent: { right: issuerRight },
      children: [run(ctx, issuer, 'body')],
    }));
  }
  const notes = noticeNotes(doc);
  if (date) {
    out.push(new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: notes.length > 0,
      spacing: EXACT(GRID.linePitch, issuer ? 0 : lines(blank)),
      indent: { right: INDENT.dateRight },
      children: [run(ctx, date, 'body')],
    }));
  }
  // 附注: on the line below the date, 2 characters from the left, in brackets as written [std §7.3.6]
  for (const n of notes) {
    out.push(new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: EXACT(GRID.linePitch, 0),
      indent: { left: INDENT.note },
      children: [run(ctx, n, 'body')],
    }));
  }
  return out;
}

/**
 * 版记: 抄送 and 印发 between 版心-wide lines (thick, thin, thick) at the bottom of the 版心 on the last page [std §7.4].
 * Written as paragraphs in one absolutely positioned frame (framePr, y = 版心 height − lines × 579 from the top margin):
 * LibreOffice keeps a frame where it is told, whereas it imported a floating table (tblpPr) inline after the text.
 */
export function recordParagraphs(ctx: Ctx, doc: PlanDoc, copyTo: string[]): Paragraph[] {
  const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 0 });
  const rows: Array<{ children: ParagraphChild[]; tab: boolean }> = [];
  const cc = copyTo.map((c) => cnText(c.trim())).filter(Boolean);
  if (cc.length) rows.push({ children: [run(ctx, `抄送：${cc.join('，')}。`, 'body', RECORD.size)], tab: false });
  // (the 印发日期 is the day it goes to print [std §7.4.3]: the plan's own when entered, else its 成文日期)
  const date = recordDate(doc.meta);
  rows.push({
    children: [run(ctx, issuerOf(doc), 'body', RECORD.size), ...(date ? [new TextRun({ children: [new Tab()] }), run(ctx, `${date}印发`, 'body', RECORD.size)] : [])],
    tab: true,
  });
  const frame = {
    type: 'absolute' as const,
    position: { x: 0, y: PAGE.textHeight - rows.length * GRID.linePitch },
    width: PAGE.textWidth,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
  };
  return rows.map((r, i) =>
    new Paragraph({
      frame,
      spacing: EXACT(GRID.linePitch),
      indent: { left: INDENT.record, right: INDENT.record },
      tabStops: r.tab ? [{ type: TabStopType.RIGHT, position: RECORD.tab }] : undefined,
      border: {
        top: line(i === 0 ? RECORD.thick : RECORD.thin),
        ...(i === rows.length - 1 ? { bottom: line(RECORD.thick) } : {}),
      },
      children: r.children,
    }),
  );
}
