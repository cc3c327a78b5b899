/**
 * Field anchors: an annotation on one entry of a node's list field — a department of 牵头单位 / 配合单位, one
 * indicator, one milestone — rather than on a range of its text.
 *
 * The anchor records the field, the entry's index (Anchor.start) and the entry as written (Anchor.quote, itemText:
 * the department's name, the indicator and the milestone as field-line entries 电子病历使用率不低于100%（2017年）, 2016年推进：…). Found again
 * (resolveItemAnchor) in this order:
 *   1. the same entry at its index                                                         → 'ok'
 *   2. the same entry at another index of the field (a department also in the other department field)  → 'moved'
 *   3. an entry like it (edited: bigram Dice ≥ 0.5, or ≥ 0.3 at the same index)             → 'changed' (outdated;
 *      the recorded entry is kept and shown)
 *   4. the node gone: the same entry in its recorded ancestors, nearest first               → 'moved'
 *   5. nothing (the entry was deleted, or the node and its ancestors are gone)              → 'orphaned' (kept)
 * Accepting a suggestion on an entry changes that entry only (applyItem). Environment-free.
 */
import type { Indicator, Milestone, Period, PlanNode } from '../model/plan';
import { findIndicators, indicatorEntry, milestoneEntry, readFieldLine } from '../importer/public';
import type { Anchor, IndicatorOutcome, ItemField, ResolvedAnchor } from './model';
import { bigramCounts, diceOfCounts } from '../text/similarity';

/** How the field is named to a reader (review panel, the Word comment's label line). */
export const ITEM_FIELD_LABELS: Record<ItemField, string> = { lead: '牵头单位', partners: '配合单位', indicators: '指标', milestones: '年度节点' };

/**
 * An indicator as its anchor quotes it: its field-line entry (电子病历使用率不低于100%（2017年）) — not the sentence it was
 * read from, which the other indicators of that sentence share: an anchor quoting it would find a sibling at its index
 * once an indicator before it is removed, and accepting would overwrite that one. An entry without a name: its words.
 */
export const indicatorText = (i: Indicator): string => (i.name.trim() ? indicatorEntry(i) : i.text.trim() || indicatorEntry(i));
/** A milestone as its anchor quotes it: the field-line entry 2016年推进：… (year, stage and words). */
export const milestoneText = (m: Milestone): string => milestoneEntry(m);

/** The entries of a list field as anchors quote them. */
export function itemTexts(node: PlanNode, field: ItemField): string[] {
  if (field === 'lead' || field === 'partners') return node[field];
  if (field === 'indicators') return node.indicators.map(indicatorText);
  return node.milestones.map(milestoneText);
}

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.length < 2 || b.length < 2) return a === b ? 1 : b.includes(a) || a.includes(b) ? 0.5 : 0;
  return diceOfCounts(bigramCounts(a), bigramCounts(b));
}

/** The other department field: a department moved from 牵头 to 配合 is the same department. */
const sibling = (f: ItemField): ItemField | null => (f === 'lead' ? 'partners' : f === 'partners' ? 'lead' : null);

const nearest = (list: string[], quote: string, near: number): number => {
  let best = -1;
  list.forEach((t, i) => { if (t === quote && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) best = i; });
  return best;
};

const at = (state: ResolvedAnchor['state'], nodeId: string, field: ItemField, i: number, text: string): ResolvedAnchor => ({ state, nodeId, field, start: i, end: i + 1, text });

/**
 * Where an entry anchor is now. `own`: the anchor's node (undefined when it is gone); `ancestors`: where to look
 * then, nearest first.
 */
export function resolveItemAnchor(a: Anchor & { field: ItemField }, own: PlanNode | undefined, ancestors: PlanNode[]): ResolvedAnchor {
  const orphaned: ResolvedAnchor = at('orphaned', a.nodeId, a.field, a.start, '');
  if (own) {
    const list = itemTexts(own, a.field);
    if (list[a.start] === a.quote) return at('ok', own.id, a.field, a.start, a.quote);
    const j = nearest(list, a.quote, a.start);
    if (j >= 0) return at('moved', own.id, a.field, j, a.quote);
    const other = sibling(a.field);
    if (other) {
      const k = nearest(itemTexts(own, other), a.quote, a.start);
      if (k >= 0) return at('moved', own.id, other, k, a.quote);
    }
    // edited: the most similar entry (at its index a weaker likeness will do: an entry rewritten in place)
    let best = -1;
    let bestScore = 0;
    list.forEach((t, i) => {
      const s = similarity(a.quote, t);
      const min = i === a.start ? 0.3 : 0.5;
      if (s >= min && s > bestScore) { best = i; bestScore = s; }
    });
    if (best >= 0) return at('changed', own.id, a.field, best, list[best]);
    return orphaned;
  }
  for (const n of ancestors) {
    for (const f of [a.field, sibling(a.field)].filter((x): x is ItemField => !!x)) {
      const j = nearest(itemTexts(n, f), a.quote, a.start);
      if (j >= 0) return at('moved', n.id, f, j, a.quote);
    }
  }
  return orphaned;
}

/**
 * The indicators new words for indicator `old` read as (an accepted suggestion), by the importer's sentence rules with
 * the plan's period: its first year makes "（2025年为80%）" or "较2025年" a baseline, not a target (rev40b F3); a target
 * without a year takes `old`'s, else the period's last. None when the words give no figure (进一步提高).
 */
export function indicatorsFromWords(text: string, old: Indicator, heading: string, period: Period | null = null): Indicator[] {
  const words = text.trim();
  if (!words) return [];
  const year = old.year ?? period?.end ?? null;
  return findIndicators(words, year, heading, period?.start ?? null).map((r) => ({ ...r, year: r.year ?? year }));
}

/** What accepting new words for an indicator does to it (acceptIndicator): IndicatorOutcome (./model) without the entry before. */
export type IndicatorAccept = Omit<IndicatorOutcome, 'before'>;

/**
 * Whether indicator name `read` (as the words give it) names `typed`: the same, a longer form of it (全县电子病历使用率),
 * or a shorter one (使用率 of 电子病历使用率).
 */
const sameName = (read: string, typed: string): 'same' | 'longer' | 'shorter' | null =>
  !read || !typed ? null : read === typed ? 'same' : read.includes(typed) ? 'longer' : read.length >= 2 && typed.includes(read) ? 'shorter' : null;

/**
 * New words for indicator `old` (an accepted suggestion). One indicator read: it replaces `old` (its name where the words
 * give a shorter form of the typed name, 使用率 for 电子病历使用率, stays the typed one). Several: the one naming `old`
 * (the same name first, then a longer, then a shorter form) replaces it and the others are not added — the entry is one
 * indicator (rev40b F3: "…不低于95%（2025年为80%）" invented a second one); none naming it (nor a single one of another
 * name where the words name this one), or no figure at all: only its words change. Blank words delete it. review.accept
 * returns this answer (applyItemOutcome) and the editor tells the planner whenever anything but the words changed
 * (ReviewThread.vue).
 */
export function acceptIndicator(old: Indicator, replacement: string, heading: string, period: Period | null = null): IndicatorAccept {
  const words = replacement.trim();
  if (!words) return { after: null, how: 'deleted', changed: true, others: [] };
  const read = indicatorsFromWords(words, old, heading, period);
  // one indicator of another name while the words still name this one ("电子病历使用率进一步提高，2028年前完成3家医院改造"):
  // its figure is another indicator's, none of this one's
  let pick = read.length === 1 && (sameName(read[0].name, old.name) || !old.name || !words.includes(old.name)) ? read[0] : undefined;
  if (read.length > 1) {
    for (const rank of ['same', 'longer', 'shorter'] as const) {
      pick = read.find((r) => sameName(r.name, old.name) === rank);
      if (pick) break;
    }
  }
  const others = read.filter((r) => r !== pick);
  if (!pick) return { after: { ...old, text: words }, how: 'kept', changed: false, others };
  const name = !pick.name || sameName(pick.name, old.name) === 'shorter' ? old.name : pick.name;
  const after: Indicator = { ...pick, name, text: words };
  return { after, how: 'read', changed: indicatorEntry(after) !== indicatorEntry(old), others };
}

/**
 * The node's fields with entry `index` of `field` replaced by `replacement` (an accepted suggestion): a department
 * renamed; an indicator re-read from the new sentence with the plan's `period` (acceptIndicator: its figures follow
 * the words, the one indicator of them naming it where they give several; without a figure for it only the words
 * change, and the planner is told);
 * a milestone re-read as a 年度节点 entry (2017年完成：… sets year and stage), else only its words change. '' (a
 * suggestion to delete it, or blank words) removes the entry, of any field (an indicator or milestone was kept with no
 * words, its figures standing: ui41). Null when the index is out of range.
 */
export function applyItem(node: PlanNode, field: ItemField, index: number, replacement: string, period: Period | null = null): Partial<PlanNode> | null {
  return applyItemOutcome(node, field, index, replacement, period)?.patch ?? null;
}

export type { IndicatorOutcome } from './model';

/**
 * applyItem with, on an indicator, what it did (`indicator`): review.accept returns it, and the editor tells the planner
 * from it (ReviewThread.vue) — one computation, the core's, with the stored plan's period.
 */
export function applyItemOutcome(node: PlanNode, field: ItemField, index: number, replacement: string, period: Period | null = null): { patch: Partial<PlanNode>; indicator: IndicatorOutcome | null } | null {
  const text = replacement.trim();
  if (field === 'lead' || field === 'partners') {
    if (index >= node[field].length) return null;
    const list = [...node[field]];
    if (text) list[index] = text;
    else list.splice(index, 1);
    return { patch: { [field]: list }, indicator: null };
  }
  if (field === 'indicators') {
    const old = node.indicators[index];
    if (!old) return null;
    const list = [...node.indicators];
    const outcome = acceptIndicator(old, text, node.heading, period);
    if (outcome.after) list[index] = outcome.after;
    else list.splice(index, 1);
    return { patch: { indicators: list }, indicator: { ...outcome, before: old } };
  }
  const old = node.milestones[index];
  if (!old) return null;
  const list = [...node.milestones];
  if (!text) {
    list.splice(index, 1);
    return { patch: { milestones: list }, indicator: null };
  }
  const line = readFieldLine(`年度节点：${text}`);
  const read = line?.field === 'milestones' && line.milestones.length === 1 ? line.milestones[0] : null;
  list[index] = read ?? { ...old, text };
  return { patch: { milestones: list }, indicator: null };
}

// --- the Word comment's label line ----------------------------------------------------------------------

/**
 * The last line of a Word comment on an entry: 〔牵头单位 第1项：区科委〕, with a suggestion 〔指标 第2项：A → B〕 (which
 * entry: several indicators read from one sentence quote the same words). Word has no
 * place for "the second department of this task" — the comment is put on the entry where the document prints it
 * (a field line, a sentence, an annex cell) or on the node's text — so the line says which entry it is, for the
 * reader and for the import.
 */
export function itemLabelLine(field: ItemField, index: number, quote: string, replacement?: string | null): string {
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  return `〔${ITEM_FIELD_LABELS[field]} 第${index + 1}项：${flat(quote)}${replacement != null ? ` → ${flat(replacement)}` : ''}〕`;
}

const LABEL_RE = /(?:^|\n)〔(牵头单位|配合单位|指标|年度节点)(?: 第(\d{1,5})项)?：([^\n]*?)(?: → ([^\n]*))?〕\s*$/;

/** A comment's text without its label line, and what the line says (null: no label line). */
export function readItemLabel(text: string): { text: string; field: ItemField; index: number | null; quote: string; replacement: string | null } | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const field = (Object.keys(ITEM_FIELD_LABELS) as ItemField[]).find((f) => ITEM_FIELD_LABELS[f] === m[1])!;
  return { text: text.slice(0, m.index).trim(), field, index: m[2] ? Number(m[2]) - 1 : null, quote: m[3], replacement: m[4] ?? null };
}

// --- where the Word export prints an entry, and which entry a Word comment marks ---------------------------

/**
 * The words of an entry as the document prints them, for placing its Word comment: the department's name, the
 * indicator's sentence (else its name), the milestone's words. The export looks for them in the node's paragraphs.
 */
export function printedItem(node: PlanNode, field: ItemField, index: number): string | null {
  if (field === 'lead' || field === 'partners') return node[field][index] ?? null;
  if (field === 'indicators') {
    const i = node.indicators[index];
    return i ? i.text.trim() || i.name : null;
  }
  const m = node.milestones[index];
  return m ? m.text.trim() || milestoneEntry(m) : null;
}

/**
 * The entry a comment marks when its text is exactly one entry of the node as written (a department's name in a
 * 责任单位 line, an indicator's or a milestone's entry or words); null when it is none or several.
 */
export function itemOfQuote(node: PlanNode, quote: string): { field: ItemField; index: number } | null {
  const q = quote.trim();
  if (!q) return null;
  const hits: { field: ItemField; index: number }[] = [];
  (['lead', 'partners'] as const).forEach((f) => node[f].forEach((d, i) => { if (d === q) hits.push({ field: f, index: i }); }));
  node.indicators.forEach((x, i) => { if (x.text.trim() === q || indicatorEntry(x) === q) hits.push({ field: 'indicators', index: i }); });
  node.milestones.forEach((m, i) => { if (m.text.trim() === q || milestoneEntry(m) === q) hits.push({ field: 'milestones', index: i }); });
  return hits.length === 1 ? hits[0] : null;
}
