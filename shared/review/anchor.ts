/**
 * Anchors of annotations: made from a selection, found again after the plan is edited.
 *
 * resolveAnchor looks, in this order:
 *   1. the quote at its recorded position in the recorded node and field           → 'ok'
 *   2. the quote elsewhere in that node (either field); among several occurrences the one
 *      whose surroundings match the recorded context best, then the nearest          → 'moved'
 *   3. in the recorded node and field, the recorded context (prefix … suffix) with something
 *      similar to the quote between them — the quoted text was edited               → 'changed'
 *   4. the quote in the node's ancestors, nearest first (its current ones, or the recorded
 *      path when the node is gone)                                                   → 'moved'
 *   5. nothing                                                                       → 'orphaned' (kept, never dropped)
 * A comment on a whole node is 'ok' while the node exists, else 'orphaned'.
 * Environment-free.
 */
import { AppError } from '../errors';
import { walk, type PlanDoc, type PlanNode } from '../model/plan';
import { CONTEXT, isItemField, type Anchor, type AnchorField, type ItemField, type ResolvedAnchor } from './model';
import { itemTexts, resolveItemAnchor } from './fields';
import { occurrences } from '../text/occurrences';
import { bigramCounts, diceOfCounts } from '../text/similarity';

/** Ancestors an anchor records (the nearest ones; Anchor.path allows 50). */
const MAX_PATH = 50;

export interface NodeIndexEntry { node: PlanNode; path: PlanNode[] }
export type NodeIndex = Map<string, NodeIndexEntry>;

export function indexNodes(doc: Pick<PlanDoc, 'nodes'>): NodeIndex {
  const m: NodeIndex = new Map();
  for (const { node, path } of walk(doc.nodes)) m.set(node.id, { node, path });
  return m;
}

const fieldText = (node: PlanNode, field: AnchorField): string => (field === 'heading' ? node.heading : field === 'body' ? node.body : '');

/** The anchor for a selection [start, end) of a node's field, checked against the plan. Throws AppError 'anchor-not-found'. */
export function makeAnchor(doc: Pick<PlanDoc, 'nodes'>, sel: { nodeId: string; field: AnchorField; start: number; end: number; quote: string }, index = indexNodes(doc)): Anchor {
  const hit = index.get(sel.nodeId);
  if (!hit) {
    throw new AppError('not-found', `规划中没有编号为 ${sel.nodeId} 的节点(可能已被删除)`, { nodeId: sel.nodeId, en: `No node ${sel.nodeId} in the plan (it may have been deleted).` });
  }
  const path = hit.path.map((p) => p.id).slice(-MAX_PATH);
  if (isItemField(sel.field)) return itemAnchor(hit.node, sel.field, sel.start, sel.quote, path);
  if (sel.field === 'node' || sel.quote === '') {
    return { nodeId: sel.nodeId, field: 'node', quote: '', start: 0, prefix: '', suffix: '', path };
  }
  const text = fieldText(hit.node, sel.field);
  let start = sel.start;
  if (text.slice(start, start + sel.quote.length) !== sel.quote) {
    start = nearestOccurrence(text, sel.quote, sel.start);
    if (start < 0) {
      throw new AppError('anchor-not-found', `所选文字"${clip(sel.quote)}"不在该节点的${sel.field === 'heading' ? '标题' : '正文'}中(规划可能刚被修改,请刷新后重试)`, {
        nodeId: sel.nodeId,
        field: sel.field,
        en: 'The selected text is not in the node as stored; reload and try again.',
      });
    }
  }
  return anchorAt(sel.nodeId, sel.field, text, start, sel.quote, path);
}

/** An entry of a list field: `index` its index, `quote` the entry as the selection saw it ('' takes the entry at index). */
function itemAnchor(node: PlanNode, field: ItemField, index: number, quote: string, path: string[]): Anchor {
  const list = itemTexts(node, field);
  let i = quote === '' || list[index] === quote ? index : nearestItem(list, quote, index);
  if (i < 0 || i >= list.length) {
    throw new AppError('anchor-not-found', `所选条目"${clip(quote)}"不在该节点中(规划可能刚被修改,请刷新后重试)`, {
      nodeId: node.id,
      field,
      en: 'The selected entry is not in the node as stored; reload and try again.',
    });
  }
  if (quote === '') i = index;
  return { nodeId: node.id, field, quote: list[i], start: i, prefix: '', suffix: '', path };
}

function nearestItem(list: string[], quote: string, near: number): number {
  let best = -1;
  list.forEach((t, i) => { if (t === quote && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) best = i; });
  return best;
}

function anchorAt(nodeId: string, field: AnchorField, text: string, start: number, quote: string, path: string[]): Anchor {
  return {
    nodeId,
    field,
    quote,
    start,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(start + quote.length, start + quote.length + CONTEXT),
    path,
  };
}

const clip = (s: string, n = 20): string => (s.length > n ? s.slice(0, n) + '…' : s);

function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (const i of occurrences(text, quote)) if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  return best;
}

/** Characters of `a`'s end that match the end of `b` (for prefixes) — and the same from the start (suffixes). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Context score of an occurrence at `i`: matching characters before (prefix) and after (suffix). */
function contextScore(text: string, a: Anchor, i: number): number {
  return (
    commonSuffix(text.slice(Math.max(0, i - CONTEXT), i), a.prefix) +
    commonPrefix(text.slice(i + a.quote.length, i + a.quote.length + CONTEXT), a.suffix)
  );
}

/** Best occurrence of the quote in `text` by context match, then distance to `near`. */
function bestOccurrence(text: string, a: Anchor, near: number): number {
  let best = -1;
  let bestScore = -1;
  for (const i of occurrences(text, a.quote)) {
    const score = contextScore(text, a, i);
    if (score > bestScore || (score === bestScore && Math.abs(i - near) < Math.abs(best - near))) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Dice coefficient over character bigrams (single characters compared directly: 1 if equal, ½ if contained). */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.length < 2 || b.length < 2) return a === b ? 1 : b.includes(a) || a.includes(b) ? 0.5 : 0;
  return diceOfCounts(bigramCounts(a), bigramCounts(b));
}

/** Minimum similarity of the text between the recorded prefix and suffix to the quote, for 'changed'. */
const CHANGED_BOTH_SIDES = 0.3;
/** … when only one side of the context is still there. */
const CHANGED_ONE_SIDE = 0.5;
/** Shortest context side that counts as found. */
const MIN_CONTEXT = 4;

/** The edited quote in `text`, found by its recorded context. */
function findChanged(text: string, a: Anchor): { start: number; end: number } | null {
  const q = a.quote;
  const pre = a.prefix.length >= MIN_CONTEXT ? a.prefix : a.start === 0 && a.prefix === '' ? '' : null;
  const suf = a.suffix.length >= MIN_CONTEXT ? a.suffix : a.suffix === '' ? '' : null;
  const maxGap = Math.max(q.length * 2, q.length + 40);
  const preEnds: number[] = pre === null ? [] : pre === '' ? [0] : occurrences(text, pre).map((i) => i + pre.length);
  let best: { start: number; end: number; score: number } | null = null;
  const consider = (s: number, e: number, min: number) => {
    if (e <= s) return; // the quoted text is gone (context closed up): orphaned
    const score = similarity(q, text.slice(s, e));
    if (score >= min && (!best || score > best.score || (score === best.score && Math.abs(s - a.start) < Math.abs(best.start - a.start)))) best = { start: s, end: e, score };
  };
  if (suf !== null) {
    for (const s of preEnds) {
      const e = suf === '' ? text.length : text.indexOf(suf, s);
      if (e >= 0 && e - s <= maxGap) consider(s, e, CHANGED_BOTH_SIDES);
    }
  }
  if (!best) {
    // One side only: a window of the quote's length next to it.
    for (const s of preEnds) consider(s, Math.min(text.length, s + q.length), CHANGED_ONE_SIDE);
    if (suf) for (const e of occurrences(text, suf)) consider(Math.max(0, e - q.length), e, CHANGED_ONE_SIDE);
  }
  return best;
}

/** Where the anchor is in `doc` now. */
export function resolveAnchor(doc: Pick<PlanDoc, 'nodes'>, a: Anchor, index = indexNodes(doc)): ResolvedAnchor {
  const own = a.nodeId ? index.get(a.nodeId) : undefined;
  const orphaned: ResolvedAnchor = { state: 'orphaned', nodeId: a.nodeId, field: a.field, start: a.start, end: a.start + a.quote.length, text: '' };
  if (isItemField(a.field)) {
    const ancestors = [...a.path].reverse().flatMap((id) => {
      const e = index.get(id);
      return e ? [e.node] : [];
    });
    return resolveItemAnchor({ ...a, field: a.field }, own?.node, ancestors);
  }
  if (a.field === 'node' || a.quote === '') {
    return own ? { state: 'ok', nodeId: a.nodeId, field: 'node', start: 0, end: 0, text: '' } : orphaned;
  }
  if (own) {
    const text = fieldText(own.node, a.field);
    // At its recorded offset, unless another occurrence fits the recorded surroundings better.
    if (text.slice(a.start, a.start + a.quote.length) === a.quote && bestOccurrence(text, a, a.start) === a.start) {
      return { state: 'ok', nodeId: a.nodeId, field: a.field, start: a.start, end: a.start + a.quote.length, text: a.quote };
    }
  }
  // Elsewhere: the node (its field first), then its ancestors nearest first.
  const ancestors: PlanNode[] = own
    ? [...own.path].reverse()
    : [...a.path].reverse().flatMap((id) => {
        const e = index.get(id);
        return e ? [e.node] : [];
      });
  const find = (places: Array<{ node: PlanNode; field: 'heading' | 'body' }>): ResolvedAnchor | null => {
    for (const p of places) {
      const text = fieldText(p.node, p.field);
      const at = bestOccurrence(text, a, p.node.id === a.nodeId && p.field === a.field ? a.start : 0);
      if (at >= 0) return { state: 'moved', nodeId: p.node.id, field: p.field, start: at, end: at + a.quote.length, text: a.quote };
    }
    return null;
  };
  if (own) {
    // The own node first — the quote elsewhere in it, then the quote edited in place — before any ancestor:
    // a sentence edited here must not jump to the same wording in a parent.
    const here = find([
      { node: own.node, field: a.field },
      { node: own.node, field: a.field === 'heading' ? 'body' : 'heading' },
    ]);
    if (here) return here;
    const text = fieldText(own.node, a.field);
    const c = findChanged(text, a);
    if (c) return { state: 'changed', nodeId: a.nodeId, field: a.field, start: c.start, end: c.end, text: text.slice(c.start, c.end) };
  }
  return find(ancestors.flatMap((n) => [{ node: n, field: 'body' as const }, { node: n, field: 'heading' as const }])) ?? orphaned;
}

/**
 * The anchor to store after resolving: an exact find ('ok'/'moved') is re-recorded where it is now (context
 * and ancestors refreshed, so it keeps following later edits); an edited quote keeps its recorded quote and
 * context (so it stays shown as changed) with the ancestors refreshed; an orphan is kept as it was.
 */
export function updatedAnchor(doc: Pick<PlanDoc, 'nodes'>, a: Anchor, r: ResolvedAnchor, index = indexNodes(doc)): Anchor {
  if (r.state === 'orphaned') return a;
  const e = index.get(r.nodeId);
  if (!e) return a;
  const path = e.path.map((p) => p.id).slice(-MAX_PATH);
  if (r.field === 'node') return { ...a, path };
  if (r.state === 'changed') return { ...a, path };
  if (isItemField(r.field)) return { nodeId: r.nodeId, field: r.field, quote: a.quote, start: r.start, prefix: '', suffix: '', path };
  return anchorAt(r.nodeId, r.field, fieldText(e.node, r.field), r.start, a.quote, path);
}

export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.nodeId === b.nodeId && a.field === b.field && a.quote === b.quote && a.start === b.start && a.prefix === b.prefix && a.suffix === b.suffix && a.path.join('/') === b.path.join('/');
}
