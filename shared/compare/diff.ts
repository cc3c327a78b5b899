/**
 * Inside an aligned pair: a word-level diff (Myers O(ND) on Intl.Segmenter tokens, compared by key so
 * 静安区 ≡ 杨浦区 and 三年 ≡ 3年 count as equal) of heading and text, and a field diff: departments added /
 * removed, indicators compared by name (value, unit, year, comparator), milestones by year (by plan year when
 * the two periods start in different years), and the items (事项) under the pair matched and compared the same way.
 * Environment-free.
 *
 * The pieces: myers.ts (edit script), words.ts (word diff, summary), same-text.ts (text keys, plan years),
 * items.ts (items flattened and paired), fields.ts (field and item diff). This module keeps their exports in one
 * place and diffs a pair.
 */
import type { PreparedNode } from './prepare';
import { fieldDiff, type FieldDiff } from './fields';
import { periodShift, type FieldDiffOptions } from './same-text';
import { diffTokens, foldShiftedYears, summarize, type DiffOp, type DiffSummary } from './words';

export { MAX_EDIT_COST, myers } from './myers';
export { WORD_DIFF_MAX_TOKENS, diffTokens, foldShiftedYears, summarize, type DiffOp, type DiffSummary } from './words';
export { periodShift, sameText, textKey, type FieldDiffOptions } from './same-text';
export { MAX_ITEM_CANDIDATES, itemsUnder, lis, matchItems } from './items';
export { fieldDiff, itemDiffs, type FieldDiff, type IndicatorValue, type ItemDiff, type ItemField, type Role } from './fields';

export interface PairDiff {
  heading: DiffOp[];
  /** Body with items folded in (prepare.nodeText). */
  text: DiffOp[];
  fields: FieldDiff;
  summary: DiffSummary;
}

/** Diff of two prepared nodes (their tokens are reused). */
export function diffNodes(l: PreparedNode, r: PreparedNode, leftMasks: readonly string[], rightMasks: readonly string[], opts: FieldDiffOptions = {}): PairDiff {
  const shift = periodShift(opts.periods);
  const heading = foldShiftedYears(diffTokens(l.headTokens, r.headTokens), shift);
  const text = foldShiftedYears(diffTokens(l.textTokens, r.textTokens), shift);
  return { heading, text, fields: fieldDiff(l.node, r.node, leftMasks, rightMasks, opts), summary: summarize(heading, text) };
}
