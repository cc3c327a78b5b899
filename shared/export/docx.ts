/**
 * The plan as an official Word document, GB/T 9704-2012 (《党政机关公文格式》) layout.
 * Environment-free (Node and the browser): docx builds the package, fflate patches it; no node: imports.
 *
 *   buildDocx(doc, opts) → Promise<Uint8Array>   (.docx bytes)
 *
 * Layout (numbers and their sources in ./gbt9704.ts; measured results in docs/export.md):
 *   - A4, 版心 156 × 225 mm, 22 lines × 28 characters (docGrid linePitch 579, charSpace −848, exact 579 spacing);
 *     mirror margins (订口 inside) patched into settings.xml, which docx cannot write.
 *   - Title 方正小标宋简体 二号 centred; body 仿宋_GB2312 三号, first line 2 characters, justified;
 *     一、 黑体, （一）/行动一 楷体_GB2312, 1./（1）/重点任务N 仿宋 — always written in w:eastAsia (and hAnsi, so
 *     “ ” — use it), Latin in Times New Roman. Heading 1–6 and Title styles are redefined in black, 三号, not bold,
 *     so Word's blue built-ins never show and the navigation pane still lists the outline.
 *   - Numbers derived from the structure (shared/numbering.ts), punctuation GB/T 15834 (./text.ts).
 *   - Page numbers "— N —" 宋体 四号: odd pages right, even pages left, one character in (evenAndOddHeaders).
 *   - 专栏 (box nodes): a one-cell bordered table in place in the body, title 黑体 centred, projects 仿宋 (boxBlock).
 *   - cover: 发文机关标志 (red), 发文字号, red line, 关于印发…的通知, 主送机关, notice, 附件说明, office and date;
 *     the plan follows as 附件 on a new page (a plan that is itself the notice — 关于…的通知 with no notice text of its
 *     own — is not published under another: the 版头, its title, 主送机关, its text, office and date); the 版记 (抄送/印发 between 版心-wide lines) is a frame at the
 *     bottom of the 版心 on the last page.
 *   - annexes: landscape section(s) with 附表1 主要任务分解表 (header row repeated, rows kept whole, one column per
 *     year with that year's milestones) and 附表2 主要指标表.
 *   - comments: real Word comments (comments.xml) anchored to the quote in the node's text, else to its heading.
 *   - Reproducible: the same plan and options give the same bytes (document dates are the plan's issue date,
 *     zip entries carry a fixed time).
 *
 * Parts (./docx/): styles.ts (run fonts, paragraph styles, page setup, the build context), body.ts (headings,
 * paragraphs, 专栏, source tables, title lines), comments.ts (comments and tracked changes), cover.ts (印发 notice and
 * 版记), annex.ts (附表 tables), package.ts (patch and zip), prepared.ts (runs, cells and body paragraphs written as XML
 * from templates, and the parts that are the same in every export kept as XML: the same bytes from far less of
 * docx's work). This file puts them together.
 */
import { BookmarkEnd, BookmarkStart, Document, Footer, LineRuleType, Packer, Paragraph, SectionType, TextRun, type ISectionOptions, type ParagraphChild, type Table } from 'docx';
import type { PlanDoc, PlanNode } from '../model/plan';
import { deriveNumbers } from '../numbering';
import { ANNEX_TITLES, indicatorRows, taskTable, type TaskTable } from './annex';
import { FONT_SETS, GRID } from './gbt9704';
import type { DocxOptions } from './options';
import { showsTaskTable, sourceTableActions } from './sourcetable';
import { periodReadOtherwise } from './checks';
import { cnMonth, cnText, noticeParts, paragraphs, printedTitle, signedInText } from './text';
import { annexHeading, indicatorTableBlock, taskTableBlock } from './docx/annex';
import { nodeParagraphs, textPara, titlePara, walkNodes } from './docx/body';
import { coverParagraphs, headParagraphs, issuerOf, recordParagraphs, signatureParagraphs } from './docx/cover';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_DATE, finishParts, isoDate, type ZipCodec } from './docx/package';
import { commentsAsWritten, dropFragments, expandFragments, keepParts, mayBeRewritten, realLast, templatesFor } from './docx/prepared';
import { ANNEX_END_BOOKMARK, ANNEX_END_BOOKMARK_ID, EXACT, landscapeProps, lines, pageNumberFooter, portraitProps, RECORD_NUMBER_MARK, recordNumberField, recordPageNumberFooter, run, runFont, styles, type Ctx } from './docx/styles';
import { groupLeads, sharedDepartments, withRecordedStatements } from '../fieldtext';

export { ANNEX_TITLES, INDICATOR_TABLE_HEAD, TASK_TABLE_HEAD } from './annex';
export { printedTitle } from './text';
export { titleLines } from './docx/body';
export { headingRole } from './gbt9704';
export { coverLayout } from './docx/cover';
export { INDICATOR_COLUMN_WIDTHS, taskColumnWidths } from './docx/annex';
export { STYLE_OFF_GRID, STYLE_TABLE_HEAD, STYLE_TABLE_TEXT } from './docx/styles';
export { finishPackage } from './docx/package';
export type { ZipCodec } from './docx/package';

export type { DocxOptions, ExportComment } from './options';

// --- the document --------------------------------------------------------------------------------------

/**
 * `internal.zip`: a native deflate (Node's zlib, electron/core/zip.ts; every caller in the app passes it), else
 * fflate zips. `internal.plain`: docx components throughout, no templates (tests compare the two).
 */
export async function buildDocx(doc: PlanDoc, opts: DocxOptions = {}, internal: { plain?: boolean; zip?: ZipCodec } = {}): Promise<Uint8Array> {
  // (a plan imported before the import recorded what its texts stated is read as it always was)
  doc = withRecordedStatements(doc);
  const fonts = FONT_SETS[opts.fonts ?? 'gb2312'];
  const numbers = deriveNumbers(doc.nodes);
  const commentList = (opts.comments ?? []).map((c, id) => ({ ...c, id }));
  const known = new Set<string>();
  const collect = (ns: PlanNode[]) => ns.forEach((n) => { known.add(n.id); collect(n.children); });
  collect(doc.nodes);
  // replies get ids after every comment's: Word replies, threaded to their comment (parentId → commentsExtended.xml)
  let nextId = commentList.length;
  const placed = commentList.filter((c) => known.has(c.nodeId)).map((c) => ({ ...c, replyIds: (c.replies ?? []).map(() => nextId++) }));
  const sourceTables: Ctx['sourceTables'] = new Map();
  for (const { node, table, action } of sourceTableActions(walkNodes(doc.nodes), !!opts.annexes)) sourceTables.set(node.id, { table, action });
  let tasksMemo: TaskTable | null = null;
  const tasks = () => (tasksMemo ??= taskTable(doc, numbers));
  const byId = new Map<string, PlanNode>();
  for (const n of walkNodes(doc.nodes)) byId.set(n.id, n);
  const ctx: Ctx = { fonts, period: doc.meta.period, readPeriod: periodReadOtherwise(doc, !!opts.cover), annexes: !!opts.annexes, taskTable: showsTaskTable([...sourceTables.values()].map((s) => s.action), !!opts.annexes), shared: sharedDepartments(doc.nodes), groups: groupLeads(doc.nodes), numbers, comments: new Map(), annexComments: new Map(), byId, revision: 1, seen: new Map(), sourceTables, tasks, templates: internal.plain ? null : templatesFor(fonts) };
  let indsMemo: ReturnType<typeof indicatorRows> | null = null;
  const inds = () => (indsMemo ??= indicatorRows(doc, numbers));
  for (const c of placed) {
    // a comment on an entry the annex prints goes on its cell there (docx/annex.ts), else on the text
    if (c.entry && opts.annexes && annexPrints(byId.get(c.nodeId), c.entry, tasks, inds)) {
      const key = `${c.nodeId}|${c.entry.field}|${c.entry.index}`;
      ctx.annexComments.set(key, [...(ctx.annexComments.get(key) ?? []), c]);
      continue;
    }
    const list = ctx.comments.get(c.nodeId) ?? [];
    list.push(c);
    ctx.comments.set(c.nodeId, list);
  }

  const footers = { default: pageNumberFooter(ctx, 'odd'), even: pageNumberFooter(ctx, 'even') };
  const main: (Paragraph | Table)[] = [];
  // (a plan that is itself the notice: its own pages under the 版头, signed after its text — no 印发 notice over it)
  // (its notice text — a 督办 or 分解 notice's opening "…现将…分解给你们，有关事项通知如下：" — the opening of its pages, under
  // the 主送机关 and before the preamble, as the importer reads it back: docs/export.md)
  const notice = noticeParts(doc);
  const ownNotice = !!opts.cover && notice.own;
  if (ownNotice) {
    main.push(...headParagraphs(ctx, doc, notice.title));
    // one blank line below the title; under the 主送机关 line the text follows at once
    if (!doc.meta.addressees.length) main.push(new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] }));
    for (const p of notice.body) main.push(textPara(ctx, p, 'body'));
  } else if (opts.cover) {
    main.push(...coverParagraphs(ctx, doc));
    // the plan as the notice's attachment: 附件 on line 1, title on line 3 [std §7.3.7]
    main.push(new Paragraph({ pageBreakBefore: true, spacing: EXACT(GRID.linePitch), children: [run(ctx, '附件', 'hei')] }));
    main.push(titlePara(ctx, printedTitle(doc), lines(1)));
  } else {
    main.push(titlePara(ctx, printedTitle(doc)));
  }
  // one blank line below the title, then the preamble
  if (!ownNotice) main.push(new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] }));
  // (a 成文日期 of a year and a month only — a 纲要's cover date, "2021年3月" under its title —: the signature prints a
  // whole date or none [std §7.3.5.1], so with the cover the plan's own first page prints it, centred under its title
  // after the blank line, as the 纲要 did; the import reads a date alone under the title as the document's (the blank
  // line keeps it from being read as the rest of a long title). Without it the field was lost: corpus 96, 123, 133, 72)
  const month = opts.cover && !ownNotice ? cnMonth(doc.meta.issuedOn) : null;
  if (month) main.push(textPara(ctx, month, 'body', { center: true }), new Paragraph({ spacing: EXACT(GRID.linePitch), children: [] }));
  for (const p of paragraphs(doc.meta.preamble)) main.push(textPara(ctx, cnText(p), 'body'));
  for (const n of doc.nodes) nodeParagraphs(ctx, n, 1, main);
  // (not twice: a text that ends with the office and date has the signature, only its 附注 is added)
  if (ownNotice) main.push(...signatureParagraphs(ctx, doc, 2, signedInText(doc)));

  const sections: ISectionOptions[] = [];
  const record = opts.cover ? recordParagraphs(ctx, doc, opts.copyTo ?? []) : null;

  const annexBlocks: (Paragraph | Table)[] = [];
  if (opts.annexes) {
    const taskRows = tasks();
    const indRows = inds();
    let k = 0;
    const title = printedTitle(doc);
    if (taskRows.rows.length) {
      annexBlocks.push(...annexHeading(ctx, `附表${++k}`, `${title}${ANNEX_TITLES.tasks}`, false), taskTableBlock(ctx, taskRows));
    }
    if (indRows.length) {
      annexBlocks.push(...annexHeading(ctx, `附表${++k}`, `${title}${ANNEX_TITLES.indicators}`, k > 1), indicatorTableBlock(ctx, indRows));
    }
  }

  if (record && !annexBlocks.length) main.push(...record);
  sections.push({ properties: portraitProps(), footers, children: realLast(main) });
  if (annexBlocks.length) {
    // a table must not be the last thing in a section: Word wants a paragraph after it
    // (its hidden bookmark: the 版记 page's number field asks the page the annexes end on, recordPageNumberFooter)
    const numberField = !!record && !opts.recordUnnumbered && !opts.recordPlainNumber;
    const lastPara = new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: numberField ? [new BookmarkStart(ANNEX_END_BOOKMARK, ANNEX_END_BOOKMARK_ID), new BookmarkEnd(ANNEX_END_BOOKMARK_ID)] as unknown as ParagraphChild[] : [] });
    sections.push({ properties: landscapeProps(), footers, children: [...annexBlocks, lastPara] });
    if (record) {
      // the 版记 is on the document's last side, the back of its last sheet (封四: an even page, printed double-sided
      // [std §7.4]): its section starts on the next even page — Word and LibreOffice leave the odd page before it blank
      // when the annexes end on an even page
      // its footers: the odd one never shows on the 版记 page (always even) but only on the blank page a layout may
      // put before it, which GB/T 9704 §7.5 leaves unnumbered — empty; the even one numbers the 版记 page unless that
      // blank page is there (§7.5 numbers neither): in Word a field that asks whether the 版记 page follows the
      // annexes' last page (recordPageNumberFooter); for LibreOffice, which does not work out that field, the plain
      // number (recordPlainNumber) or none (recordUnnumbered), as the PDF export finds after a render
      const none = () => new Footer({ children: [new Paragraph({ children: [] })] });
      sections.push({
        properties: { ...portraitProps(), type: SectionType.EVEN_PAGE },
        footers: { default: none(), even: opts.recordUnnumbered ? none() : numberField ? recordPageNumberFooter(ctx) : footers.even },
        children: record,
      });
    }
  }

  const date = isoDate(doc.meta.issuedOn);
  const document = new Document({
    title: printedTitle(doc),
    subject: doc.meta.docNumber ?? undefined,
    creator: issuerOf(doc) || '规划工作台',
    lastModifiedBy: '规划工作台 Plan Workbench',
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: styles(fonts),
    comments: placed.length
      ? {
          children: placed.flatMap((c) => [
            {
              id: c.id,
              author: c.author || '审核',
              initials: [...(c.author || '审')][0],
              date: new Date(isoDate(c.date) ?? date ?? DEFAULT_DATE),
              children: paragraphs(c.text).map((t) => new Paragraph({ children: [new TextRun({ text: t, font: runFont(fonts, 'body') })] })),
            },
            ...(c.replies ?? []).map((r, j) => ({
              id: c.replyIds[j],
              parentId: c.id,
              author: r.author || '审核',
              initials: [...(r.author || '审')][0],
              date: new Date(isoDate(r.date) ?? date ?? DEFAULT_DATE),
              children: paragraphs(r.text).map((t) => new Paragraph({ children: [new TextRun({ text: t, font: runFont(fonts, 'body') })] })),
            })),
          ]),
        }
      : undefined,
    sections,
  });
  const written = placed.flatMap((c) => [c.text + c.author, ...(c.replies ?? []).map((r) => r.text + r.author)]);
  commentsAsWritten(document, (k) => mayBeRewritten(written[k]));
  keepParts(document, ctx.templates);
  const o = { mirrorMargins: opts.mirrorMargins ?? true, date: date ?? DEFAULT_DATE, zip: internal.zip };
  // docx's own compiler gives the package's parts unzipped: patched and zipped once (Packer.pack zips them, and the
  // patch had to unzip and zip again: about an eighth of the export). Packer.pack is the fallback should a later
  // docx not have it.
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document, prettify?: unknown, overrides?: unknown[]) => Map<string, string | Uint8Array> } }).compiler;
  const files: Record<string, Uint8Array | string> = typeof compiler?.compile === 'function'
    ? Object.fromEntries(compiler.compile(document, undefined, []))
    : unzipSync(await Packer.pack(document, 'uint8array'));
  // the pieces written from templates (./docx/prepared.ts) in place of their stand-ins
  for (const [path, data] of Object.entries(files)) {
    if (!path.endsWith('.xml')) continue;
    const xml = typeof data === 'string' ? data : strFromU8(data);
    let full = expandFragments(xml, document);
    if (path.startsWith('word/footer') && full.includes(RECORD_NUMBER_MARK)) full = recordNumberField(full);
    if (full !== xml) files[path] = full;
  }
  dropFragments(document);
  return finishParts(files, o);
}

/** Whether the annexes print this entry of the node: its task row (departments; a milestone of a year with a column), its indicator row. */
function annexPrints(n: PlanNode | undefined, e: { field: 'lead' | 'partners' | 'indicators' | 'milestones'; index: number }, tasks: () => TaskTable, inds: () => ReturnType<typeof indicatorRows>): boolean {
  if (!n) return false;
  if (e.field === 'indicators') return e.index < n.indicators.length && inds().some((r) => (r.nodeId === n.id && r.index === e.index) || (r.also?.nodeId === n.id && r.also.index === e.index));
  const t = tasks();
  if (!t.rows.some((r) => r.taskId === n.id)) return false;
  if (e.field === 'milestones') return e.index < n.milestones.length && t.years.includes(n.milestones[e.index].year);
  return e.index < n[e.field].length;
}
