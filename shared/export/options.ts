/** Options of the official Word export (and of PDF, which converts it). Environment-free; the API contract validates with these. */
import { z } from 'zod';

/** A comment to carry into the Word file, anchored to a node (and to a quote of its text when given). */
export const ExportComment = z.object({
  nodeId: z.string().min(1).max(100),
  /** Text inside the node's heading or body to anchor on; the whole heading (or first paragraph) when absent or not found. */
  quote: z.string().max(2000).optional(),
  author: z.string().max(100),
  /** ISO date or date-time. */
  date: z.string().max(40),
  text: z.string().max(20_000),
  /** Where the quote is: its field, and which occurrence of it in that field (0 = first); without them the first occurrence in the node. */
  field: z.enum(['heading', 'body']).optional(),
  occurrence: z.number().int().min(0).max(100_000).optional(),
  /** A suggestion: the quote is shown deleted and this text inserted, as Word tracked changes by `author`. */
  replacement: z.string().max(20_000).optional(),
  /**
   * A comment on one entry of a list field (shared/review/fields.ts): with the annexes, put on that entry's cell of
   * 附表1 / 附表2 (the department's name, the milestone's line, the indicator's name) when the annex prints it.
   */
  entry: z.object({ field: z.enum(['lead', 'partners', 'indicators', 'milestones']), index: z.number().int().min(0).max(100_000) }).strict().optional(),
  /** Replies: Word replies to the comment (comments of their own on its range, threaded in commentsExtended.xml). */
  replies: z.array(z.object({ author: z.string().max(100), date: z.string().max(40), text: z.string().max(20_000) }).strict()).max(1000).optional(),
}).strict();
export type ExportComment = z.infer<typeof ExportComment>;

export const FontSetName = z.enum(['gb2312', 'windows']);
export type FontSetName = z.infer<typeof FontSetName>;

export const DocxOptions = z.object({
  /** The 通知 cover (red header, 发文字号, 主送, notice, signature) and the 版记 on the last page. Default false. */
  cover: z.boolean().optional(),
  /** The generated landscape annexes (主要任务分解表, 主要指标表). Default false. */
  annexes: z.boolean().optional(),
  /** Comments to include as Word comments (the review feature passes the open ones). */
  comments: z.array(ExportComment).max(5000).optional(),
  /** The plan's open annotations as Word comments (and its open suggestions as tracked changes); the core fills `comments`. */
  annotations: z.boolean().optional(),
  /** 'gb2312' (the standard's fonts, default) or 'windows' (仿宋/楷体/黑体/宋体). */
  fonts: FontSetName.optional(),
  /** 抄送 line of the 版记 (cover only); omitted when empty. */
  copyTo: z.array(z.string().max(100)).max(100).optional(),
  /** Mirror margins for double-sided printing (订口 inside). Default true. */
  mirrorMargins: z.boolean().optional(),
  /**
   * No page number on the 版记's page (cover and annexes only): GB/T 9704 §7.5 numbers neither a blank page before the
   * 版记 nor the 版记 page after it. Whether that blank page is there depends on where the annexes end, which only a
   * layout knows: the PDF export sets it when LibreOffice left the page before the 版记 blank (electron/core/export.ts).
   */
  recordUnnumbered: z.boolean().optional(),
  /**
   * The 版记 page numbered by a plain PAGE field (cover and annexes only). Without it the number is a field Word works
   * out — printed only when no blank page comes before the 版记 (docx/styles.ts recordPageNumberFooter); LibreOffice
   * does not work that field out, so the PDF export, which renders with it, asks for the plain number and then for
   * recordUnnumbered when its render left the blank page.
   */
  recordPlainNumber: z.boolean().optional(),
}).strict();
export type DocxOptions = z.infer<typeof DocxOptions>;
