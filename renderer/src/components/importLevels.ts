/**
 * The level table of the import preview as data: the document's levels (ImportReport.levels, one row per marker
 * style) and the planner's corrections, turned into the LevelMapping the importer takes.
 *
 * Depths are slots: rows on one depth are one level (merged styles). The operations:
 *   - kind:     another kind for a style ('text' = not a heading, kept as body text);
 *   - mergeUp:  the style joins the level above (and takes its kind); when it was alone on its level, the levels
 *               below it move up one, so its sub-levels stay sub-levels;
 *   - split:    a style that shares its level gets a level of its own just below (the levels below move down one);
 *   - moveUp / moveDown: the style's level trades places with the level above / below; a style that shares its
 *               level first gets a level of its own (above / below the others).
 * Depths are renumbered 0, 1, 2 … after each operation. The mapping sent names only what differs from the levels
 * the last preview reported, on top of the mapping that preview was made with: whatever the planner did not touch
 * stays the importer's to decide.
 *
 * A style set to 正文 ('text') makes no headings, so the importer no longer reports it as a level: the dialog keeps
 * its row (withTextRows) so that the planner can turn it back into headings. Such rows take no part in the level
 * operations (only their kind can change).
 */
import { NODE_KINDS, type ImportLevel, type LevelMapping } from '../../../shared/model/plan';

export type LevelKind = ImportLevel['kind'];
export type LevelRow = ImportLevel;

/** The kinds offered for a level, in the order a planner thinks of them; 'box' once the model has it. */
export function kindChoices(): LevelKind[] {
  const preferred = ['part', 'section', 'action', 'task', 'item', 'box', 'appendix'];
  const known = NODE_KINDS as readonly string[];
  const ordered = preferred.filter((k) => known.includes(k));
  return [...ordered, ...known.filter((k) => !ordered.includes(k)), 'text'] as LevelKind[];
}

/** Rows top level first (stable within a depth). */
export function sortRows(rows: readonly LevelRow[]): LevelRow[] {
  return rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.depth - b.r.depth || a.i - b.i).map(({ r }) => ({ ...r }));
}

/** Depths renumbered 0, 1, 2 … keeping their order (fractional depths, from an operation, are allowed in). */
function renumber(rows: LevelRow[]): LevelRow[] {
  const depths = [...new Set(rows.map((r) => r.depth))].sort((a, b) => a - b);
  return sortRows(rows.map((r) => ({ ...r, depth: depths.indexOf(r.depth) })));
}

const isText = (r: LevelRow | undefined) => r?.kind === 'text';

/** A level operation on the heading styles; rows set to 正文 stay as they are. */
function onLevels(rows: readonly LevelRow[], key: string, f: (active: LevelRow[]) => LevelRow[]): LevelRow[] {
  if (isText(rows.find((r) => r.key === key))) return sortRows(rows);
  const text = rows.filter(isText);
  return sortRows([...f(rows.filter((r) => !isText(r))), ...text]);
}
const heading = (rows: readonly LevelRow[]) => rows.filter((r) => !isText(r));

const alone = (rows: readonly LevelRow[], key: string) => {
  const d = rows.find((r) => r.key === key)?.depth;
  return rows.filter((r) => r.depth === d).length === 1;
};
const maxDepth = (rows: readonly LevelRow[]) => Math.max(-1, ...rows.map((r) => r.depth));

export function setKind(rows: readonly LevelRow[], key: string, kind: LevelKind): LevelRow[] {
  return rows.map((r) => (r.key === key ? { ...r, kind } : { ...r }));
}

export function canMergeUp(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  return !!me && !isText(me) && me.depth > Math.min(...heading(rows).map((r) => r.depth));
}

export function mergeUp(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canMergeUp(rows, key)) return sortRows(rows);
  return onLevels(rows, key, (hs) => {
    const d = hs.find((r) => r.key === key)!.depth;
    const above = Math.max(...hs.filter((r) => r.depth < d).map((r) => r.depth));
    const target = hs.find((r) => r.depth === above);
    const wasAlone = alone(hs, key);
    return renumber(hs.map((r) => {
      if (r.key === key) return { ...r, depth: above, kind: target?.kind ?? r.kind };
      if (wasAlone && r.depth > d) return { ...r, depth: r.depth - 1 };
      return { ...r };
    }));
  });
}

export function canSplit(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  return !!me && !isText(me) && !alone(heading(rows), key);
}

export function split(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canSplit(rows, key)) return sortRows(rows);
  return onLevels(rows, key, (hs) => {
    const d = hs.find((r) => r.key === key)!.depth;
    return renumber(hs.map((r) => (r.key === key ? { ...r, depth: d + 0.5 } : { ...r })));
  });
}

export function canMoveUp(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  const hs = heading(rows);
  return !!me && !isText(me) && (me.depth > Math.min(...hs.map((r) => r.depth)) || !alone(hs, key));
}

export function moveUp(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canMoveUp(rows, key)) return sortRows(rows);
  return onLevels(rows, key, (hs) => {
    const norm = renumber(hs);
    const d = norm.find((r) => r.key === key)!.depth;
    if (!alone(norm, key)) return renumber(norm.map((r) => (r.key === key ? { ...r, depth: d - 0.5 } : r)));
    return renumber(norm.map((r) => (r.key === key ? { ...r, depth: d - 1 } : r.depth === d - 1 ? { ...r, depth: d } : r)));
  });
}

export function canMoveDown(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  const hs = heading(rows);
  return !!me && !isText(me) && (me.depth < maxDepth(hs) || !alone(hs, key));
}

export function moveDown(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canMoveDown(rows, key)) return sortRows(rows);
  return onLevels(rows, key, (hs) => {
    const norm = renumber(hs);
    const d = norm.find((r) => r.key === key)!.depth;
    if (!alone(norm, key)) return renumber(norm.map((r) => (r.key === key ? { ...r, depth: d + 0.5 } : r)));
    return renumber(norm.map((r) => (r.key === key ? { ...r, depth: d + 1 } : r.depth === d + 1 ? { ...r, depth: d } : r)));
  });
}

/**
 * The mapping for the next preview: `base` (what the last preview was made with) plus every kind and depth in `rows`
 * that differs from `reported` (the levels that preview reported).
 */
export function mappingFor(base: LevelMapping, reported: readonly LevelRow[], rows: readonly LevelRow[]): LevelMapping {
  const out: LevelMapping = {};
  for (const [k, v] of Object.entries(base)) out[k] = { ...v };
  for (const r of rows) {
    const before = reported.find((x) => x.key === r.key);
    if (!before) continue;
    if (r.kind !== before.kind) out[r.key] = { ...out[r.key], kind: r.kind };
    if (r.depth !== before.depth) out[r.key] = { ...out[r.key], depth: r.depth };
  }
  return out;
}

/**
 * The reported levels plus a row for every style the mapping makes 正文 that the importer no longer reports (from
 * `known`, the rows last seen for each style; else a bare row named by its key).
 */
export function withTextRows(reported: readonly LevelRow[], mapping: LevelMapping, known: ReadonlyMap<string, LevelRow>): LevelRow[] {
  const out = sortRows(reported);
  const deepest = maxDepth(out);
  for (const [key, m] of Object.entries(mapping)) {
    if (m.kind !== 'text' || out.some((r) => r.key === key)) continue;
    const seen = known.get(key);
    out.push({ key, sample: seen?.sample ?? '', count: seen?.count ?? 0, depth: seen?.depth ?? deepest + 1, kind: 'text' });
  }
  return sortRows(out);
}

/** Whether two level tables say the same (same styles, depths and kinds). */
export function sameRows(a: readonly LevelRow[], b: readonly LevelRow[]): boolean {
  const key = (rs: readonly LevelRow[]) => sortRows(rs).map((r) => `${r.key}:${r.depth}:${r.kind}`).join('|');
  return key(a) === key(b);
}
