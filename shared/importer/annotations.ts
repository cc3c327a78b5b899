/**
 * The annotations a Markdown export carried (its `<!-- 批注 … -->` blocks, shared/model/annotation-text.ts) put on
 * the plan the import read from the same text. The import gives nodes ids of its own, so a block names its node by
 * the printed lines of the node and its ancestors (位置); it goes to the node whose lines match (numbers and headings,
 * spaces and punctuation aside), the most ancestors matching first; failing that, to the only node whose text holds
 * the quote; failing that it is kept unplaced (listed as 找不到原文, orphaned) — never dropped. A range is found again
 * in its node's heading or body (its own field whenever the quote is there; the other only when it is not: a point
 * without a heading prints its first line where a heading stands, which a text reads as its heading), quote and text seen
 * through one fold of what the printing changes (spaces and line breaks, the width of a mark, a dash or tilde:
 * shared/text/anchor-fold.ts), the occurrence matching its recorded context best, then the nearest to its old
 * offset; a quote no longer there keeps its recorded anchor and is shown as changed or orphaned, as after an edit. A
 * block that cannot be read is a report line; the plan comes in either way. Environment-free.
 */
import { Annotation } from '../model/annotation';
import { placeKey, type AnnotationBlock } from '../model/annotation-text';
import { anchorKey, foldForAnchor } from '../text/anchor-fold';
import { walk, type ImportReport, type PlanDoc, type PlanNode } from '../model/plan';

type Warning = ImportReport['warnings'][number];

/** Most annotations a plan file carries (PlanDoc.annotations). */
const MAX_ANNOTATIONS = 20_000;

/** Characters of context kept on each side of a quote (shared/review/model.ts CONTEXT). */
const CONTEXT = 24;

const nodeKey = (n: PlanNode) => placeKey(`${n.number}${n.heading}${n.body}`).slice(0, 20);
const matches = (a: string, b: string) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));

interface Entry { node: PlanNode; path: string[]; keys: string[]; folded?: { heading?: string; body?: string } }
/** A node's heading or body under the anchors' fold, folded once. */
function foldedField(e: Entry, field: 'heading' | 'body'): string {
  e.folded ??= {};
  return (e.folded[field] ??= anchorKey(e.node[field]));
}

export function attachAnnotations(doc: PlanDoc, blocks: AnnotationBlock[]): { annotations: Annotation[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const annotations: Annotation[] = [];
  const entries: Entry[] = [...walk(doc.nodes)].map(({ node, path }) => ({ node, path: path.map((p) => p.id), keys: [...path.map(nodeKey), nodeKey(node)] }));
  const seen = new Set<string>();
  for (const b of blocks) {
    if (annotations.length >= MAX_ANNOTATIONS) {
      warnings.push({ code: 'annotation-invalid', message: `批注超过 ${MAX_ANNOTATIONS} 条,第 ${b.line} 行起的其余批注未导入`, line: b.line });
      break;
    }
    if (!b.annotation) {
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注注释块无法读取,未导入:${b.problem ?? ''}`, line: b.line });
      continue;
    }
    const a = b.annotation;
    if (seen.has(a.id)) {
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注编号 ${a.id} 与前面的重复,未导入`, line: b.line });
      continue;
    }
    const want = b.place.map((p) => placeKey(p).slice(0, 20));
    let best: Entry | undefined;
    let bestScore = -1;
    if (want.length) {
      for (const e of entries) {
        if (!matches(e.keys[e.keys.length - 1], want[want.length - 1])) continue;
        let score = 0;
        for (let k = 1; k < want.length && k < e.keys.length; k++) if (matches(e.keys[e.keys.length - 1 - k], want[want.length - 1 - k])) score++;
        if (e.keys.length === want.length) score += 0.5;
        if (score > bestScore) { best = e; bestScore = score; }
      }
    }
    if (!best && a.anchor.quote && (a.anchor.field === 'heading' || a.anchor.field === 'body')) {
      const field = a.anchor.field;
      const quote = anchorKey(a.anchor.quote, a.anchor.prefix, a.anchor.suffix);
      const holding = quote ? entries.filter((e) => foldedField(e, field).includes(quote)) : [];
      if (holding.length === 1) best = holding[0];
    }
    const anchor = { ...a.anchor };
    if (best) {
      anchor.nodeId = best.node.id;
      anchor.path = best.path;
      if (anchor.field === 'heading' || anchor.field === 'body') {
        // in its own field (the occurrence there fitting its context best), else — only when its own field holds it
        // nowhere — in the node's other one: a point without a heading prints its text's first line where a heading
        // stands ("（1）加强部门协同，形成工作合力。"), which a text reads as the point's heading. The same order as the
        // app's resolver (shared/review/anchor.ts resolveAnchor), so an import never moves a comment the app keeps.
        const other = anchor.field === 'heading' ? 'body' : 'heading';
        const own = relocate(best.node[anchor.field], anchor, anchor.field === 'heading');
        const moved = own ? null : relocate(best.node[other], anchor, other === 'heading');
        if (own) Object.assign(anchor, own.anchor);
        else if (moved) Object.assign(anchor, moved.anchor, { field: other });
      }
    } else {
      warnings.push({ code: 'annotation-orphaned', message: `第 ${b.line} 行的批注(${a.author.name || '未署名'})所在的“${b.place[b.place.length - 1] ?? '?'}”在导入的规划中找不到:已导入,列为“找不到原文”`, line: b.line });
    }
    const checked = Annotation.safeParse({ ...a, anchor });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注不符合格式,未导入:${issue.path.join('.')}(${issue.message})`, line: b.line });
      continue;
    }
    seen.add(a.id);
    annotations.push(checked.data);
  }
  return { annotations, warnings };
}

/** A quote shorter than this (folded) is found only next to some of its recorded context. */
const SHORT = 4;
/** A mark closing a line, as the anchors' fold writes it (a heading is read without it). */
const CLOSING = /[.,;:!?]$/;

/** Matching characters of `text` just before `at` and `context`'s end (a prefix), and after `at` and `context`'s start (a suffix). */
function sameBefore(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && n < at && text[at - 1 - n] === context[context.length - 1 - n]) n++;
  return n;
}
function sameAfter(text: string, at: number, context: string): number {
  let n = 0;
  while (n < context.length && at + n < text.length && text[at + n] === context[n]) n++;
  return n;
}

/**
 * The quote in the text it now stands in, both seen through the one fold of what the export prints otherwise
 * (shared/text/anchor-fold.ts: spaces and line breaks, the width of a mark, a dash or tilde): among its occurrences
 * the one whose surroundings match the recorded context best, then the nearest to its old offset. The anchor then
 * takes the text's own characters (quote, offset, context), so it resolves as found. A quote not there under the fold
 * keeps its recorded anchor: shown as changed or orphaned, as after an edit.
 */
function relocate(text: string, anchor: Annotation['anchor'], heading: boolean): { anchor: Pick<Annotation['anchor'], 'start' | 'quote' | 'prefix' | 'suffix'> } | null {
  // (each folded in the text it was marked in: a dash at its edge folds as a year range's does, or not)
  let quote = anchorKey(anchor.quote, anchor.prefix, anchor.suffix);
  if (!quote) return null;
  const folded = foldForAnchor(text);
  const [prefix, suffix] = [anchorKey(anchor.prefix, '', anchor.quote + anchor.suffix), anchorKey(anchor.suffix, anchor.prefix + anchor.quote)];
  let at = -1;
  let best = -1;
  for (let i = folded.text.indexOf(quote); i >= 0; i = folded.text.indexOf(quote, i + 1)) {
    const score = sameBefore(folded.text, i, prefix) + sameAfter(folded.text, i + quote.length, suffix);
    if (score > best || (score === best && Math.abs(folded.start[i] - anchor.start) < Math.abs(folded.start[at] - anchor.start))) {
      at = i;
      best = score;
    }
  }
  // a short quote is told by its surroundings: one whose recorded context is found next to none of its occurrences is
  // not there (a 。 gone with a heading's closing mark is not the decimal point of 56.5)
  if (best === 0 && quote.length < SHORT && (prefix || suffix)) at = -1;
  // a heading is read without the mark that closed its line (（1）加强部门协同，形成工作合力。): a quote ending in it ends there
  if (at < 0 && heading && quote.length > 1 && CLOSING.test(quote) && folded.text.endsWith(quote.slice(0, -1))) {
    quote = quote.slice(0, -1);
    at = folded.text.length - quote.length;
    best = sameBefore(folded.text, at, prefix);
  }
  if (at < 0) return null;
  const start = folded.start[at];
  const end = folded.end[at + quote.length - 1];
  return { anchor: { start, quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) } };
}
