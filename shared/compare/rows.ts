/**
 * Row order of a side-by-side comparison, shared by the CLI (index.ts comparisonRows), the compare view
 * (renderer/src/compare/model.ts buildRows) and the item list inside a pair (diff.ts itemDiffs): left nodes in
 * the left reading order (paired or left-only); each right-only node right after the row holding the nearest
 * right node before it that is in a pair (or first, when there is none). Nodes that are neither paired nor
 * named as left-/right-only are not shown. Environment-free.
 */
export interface RowIds {
  left: string | null;
  right: string | null;
}

export function orderRows(
  leftOrder: readonly string[],
  rightOrder: readonly string[],
  pairOf: ReadonlyMap<string, string>,
  leftOnly: ReadonlySet<string>,
  rightOnly: ReadonlySet<string>,
): RowIds[] {
  const rows: RowIds[] = [];
  const rowOfRight = new Map<string, number>();
  for (const id of leftOrder) {
    const r = pairOf.get(id);
    if (r !== undefined) {
      rowOfRight.set(r, rows.length);
      rows.push({ left: id, right: r });
    } else if (leftOnly.has(id)) rows.push({ left: id, right: null });
  }
  // after[i] = right-only nodes to insert after row i (−1: before everything)
  const after = new Map<number, string[]>();
  let anchor = -1;
  for (const id of rightOrder) {
    const at = rowOfRight.get(id);
    if (at !== undefined) anchor = at;
    else if (rightOnly.has(id)) {
      const list = after.get(anchor) ?? [];
      list.push(id);
      after.set(anchor, list);
    }
  }
  const out: RowIds[] = (after.get(-1) ?? []).map((right) => ({ left: null, right }));
  rows.forEach((row, i) => {
    out.push(row);
    for (const right of after.get(i) ?? []) out.push({ left: null, right });
  });
  return out;
}
