/**
 * The 附注 of an official document (GB/T 9704-2012 §7.3.6): "（此件公开发布）", "（此件主动公开）", "（此件不公开）",
 * "（此件依申请公开）" … a paragraph of its own, printed in brackets on the line below the 成文日期.
 *
 * The plan model has no field of its own for it: the importer keeps it as the last paragraph of `meta.notice`
 * (wherever the document wrote it: in the notice, after the signature at the end of the text), and the Word export
 * prints the notice's 附注 paragraphs below the date instead of with the notice's text.
 */
import { foldForMatch } from './fold';

/**
 * What the exports print in the title's place for a plan without one (the linter says so first: plan-no-title), and
 * the placeholders other programs print for a document without a title (an HTML editor's "无标题文档", "Untitled
 * Document"): a line that is only such a placeholder names nothing, and the importer reads no title from it.
 */
export const UNTITLED = '（无标题）';
const UNTITLED_LINE = /^[(（［【\[]?\s*(?:无标题(?:文档|文件|页面|网页)?|untitled(?:\s+(?:document|page))?)\s*[)）］】\]]?$/i;

/** A line that is only a placeholder for a missing title (（无标题）, 无标题文档, Untitled Document). */
export function isUntitled(text: string): boolean {
  return UNTITLED_LINE.test(foldForMatch(text.trim()));
}

/** (…and the 附注 a 请示, 报告 or 函 gives its contact in, "（联系人：王晓，联系电话：0571-86012345）" — §7.3.6 names it too —,
 *  whole in brackets: a "联系人：…" line without them is a sentence of the text) */
const NOTE_LINE = /^[（(]\s*(?:此件[^（）()\n]{2,20}|联\s*系\s*人\s*[:：][^（）()\n]{1,60})[)）]$/;

/** A paragraph that is a 附注 ("（此件公开发布）", "（联系人：…）"). */
export function isNoteLine(text: string): boolean {
  return NOTE_LINE.test(text.trim());
}

/** The notice's paragraphs without its 附注, and the 附注 (in order). */
export function splitNotes(paragraphs: string[]): { body: string[]; notes: string[] } {
  const body: string[] = [];
  const notes: string[] = [];
  for (const p of paragraphs) (isNoteLine(p) ? notes : body).push(p);
  return { body, notes };
}

/**
 * A paragraph that is the notice's own title (GB/T 9704 §7.3.1: 发文机关 + 事由 + 文种): "关于印发…的通知", as the
 * document wrote it — with its office before it ("X区人民政府办公室关于印发…的通知"), a joint notice's offices and
 * 印发 without 关于 ("中共X区委办公室 X区人民政府办公室印发…的通知"), 下达 or 转发, in Traditional script (關於印發).
 * One line, no sentence in it. The exports print it as the cover's title (else they make 关于印发<title>的通知), and
 * the importer keeps the title it read as the notice's first paragraph.
 */
export function isNoticeTitle(text: string): boolean {
  const f = foldForMatch(text.trim());
  return f.length <= 160 && !/[。，,；;：:]/.test(f) && /(?:关于|印发|转发|下达|发布).{2,}的通知$/.test(f);
}
