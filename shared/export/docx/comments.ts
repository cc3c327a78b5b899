/**
 * Review comments in the Word export: real Word comments (comments.xml) anchored to the quote in a node's text, else
 * to its heading; a comment with a replacement becomes a tracked change (w:del / w:ins) by its author.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import { cnText } from '../text';
import { occurrences } from '../../text/occurrences';
import { isoDate } from './package';
import { run, runFont, type Ctx, type Role } from './styles';
import { asWritten, mayBeRewritten } from './prepared';

/** `replyIds`: the comment's Word replies, marked on the same range (Word writes a reply's range and reference as its parent's). */
export interface Anchor { id: number; start: number; end: number; suggestion?: { text: string; author: string; date: string }; replyIds?: number[] }

const thread = (a: Anchor): number[] => [a.id, ...(a.replyIds ?? [])];
const ends = (a: Anchor): ParagraphChild[] => thread(a).flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);

/** The quoted text of a suggestion shown deleted, its replacement inserted: Word tracked changes by the reviewer. */
function trackedRuns(ctx: Ctx, a: Anchor, text: string, role: Role, size: number): ParagraphChild[] {
  const s = a.suggestion!;
  const base = { font: runFont(ctx.fonts, role), size, sizeComplexScript: size, author: s.author || '审核', date: s.date };
  const out: ParagraphChild[] = [];
  if (text) out.push(new DeletedTextRun({ ...base, id: ctx.revision++, text }));
  if (s.text) out.push(new InsertedTextRun({ ...base, id: ctx.revision++, text: cnText(s.text) }));
  return mayBeRewritten(text + s.text + base.author) ? out.map(asWritten) : out;
}

/** Text runs split at comment boundaries, with CommentRangeStart/End and the reference run. */
export function runsWithAnchors(ctx: Ctx, text: string, role: Role, size: number, anchors: Anchor[], mk: (t: string) => ParagraphChild = (t) => run(ctx, t, role, size)): ParagraphChild[] {
  if (!anchors.length) return [mk(text)];
  const cuts = new Set<number>([0, text.length]);
  for (const a of anchors) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (const a of anchors) {
      if (a.end === p && a.start !== p) out.push(...ends(a));
    }
    for (const a of anchors) if (a.start === p) out.push(...thread(a).map((id) => new CommentRangeStart(id)));
    for (const a of anchors) {
      if (a.start === p && a.end === p) out.push(...ends(a));
    }
    const next = points[i + 1];
    if (next !== undefined && next > p) {
      const inside = anchors.find((a) => a.suggestion && a.start <= p && next <= a.end);
      if (inside) out.push(...trackedRuns(ctx, inside, text.slice(p, next), role, size).slice(0, 1));
      else out.push(mk(text.slice(p, next)));
    }
    // after the deleted quote of a suggestion: its replacement
    for (const a of anchors) {
      if (a.suggestion && a.end === next) out.push(...trackedRuns(ctx, a, '', role, size));
    }
  }
  return out;
}

/**
 * Comments of `nodeId` whose quote is in this paragraph of `field` (removed from the pending list): at the
 * given occurrence of the quote in the field when the comment says which, else at its first occurrence.
 * A suggestion overlapping one already placed here stays a comment (two tracked replacements of one range
 * would both be inserted by 全部接受).
 */
export function takeQuoted(ctx: Ctx, nodeId: string, text: string, field: 'heading' | 'body'): Anchor[] {
  const pending = ctx.comments.get(nodeId);
  if (!pending?.length) return [];
  const out: Anchor[] = [];
  for (let i = 0; i < pending.length; i++) {
    const c = pending[i];
    if (!c.quote) continue;
    let at = -1;
    let len = 0;
    if (c.field !== undefined && c.occurrence !== undefined) {
      if (c.field !== field) continue;
      for (const q of [cnText(c.quote), c.quote]) {
        const list = occurrences(text, q);
        const seen = ctx.seen.get(c.id) ?? 0;
        if (c.occurrence - seen < list.length) {
          at = list[c.occurrence - seen];
          len = q.length;
          break;
        }
        if (q === c.quote || list.length) {
          ctx.seen.set(c.id, seen + list.length);
          break;
        }
      }
    } else {
      for (const q of [c.quote, cnText(c.quote)]) {
        const found = q ? text.indexOf(q) : -1;
        if (found >= 0) {
          at = found;
          len = q.length;
          break;
        }
      }
    }
    if (at < 0) continue;
    const overlaps = out.some((o) => o.suggestion && o.start < at + len && at < o.end);
    const suggestion = c.replacement !== undefined && !overlaps ? { text: c.replacement, author: c.author, date: isoDate(c.date) ?? c.date } : undefined;
    out.push({ id: c.id, start: at, end: at + len, suggestion, replyIds: c.replyIds });
    pending.splice(i--, 1);
  }
  return out;
}

/** The remaining comments of `nodeId`, anchored to the whole of `text`. */
export function takeRest(ctx: Ctx, nodeId: string, text: string): Anchor[] {
  const pending = ctx.comments.get(nodeId);
  if (!pending?.length) return [];
  const out = pending.map((c) => ({ id: c.id, start: 0, end: text.length, replyIds: c.replyIds }));
  pending.length = 0;
  return out;
}
