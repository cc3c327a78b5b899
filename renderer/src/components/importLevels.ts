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

const alone = (rows: readonly LevelRow[], key: string) => {
  const d = rows.find((r) => r.key === key)?.depth;
  return rows.filter((r) => r.depth === d).length === 1;
};
const maxDepth = (rows: readonly LevelRow[]) => Math.max(-1, ...rows.map((r) => r.depth));

export function setKind(rows: readonly LevelRow[], key: string, kind: LevelKind): LevelRow[] {
  return rows.map((r) => (r.key === key ? { ...r, kind } : { ...r }));
}

export function canMergeUp(rows: readonly LevelRow[], key: string): boolean {
  return (rows.find((r) => r.key === key)?.depth ?? 0) > 0;
}

export function mergeUp(rows: readonly LevelRow[], key: string): LevelRow[] {
  const me = rows.find((r) => r.key === key);
  if (!me || me.depth === 0) return sortRows(rows);
  const d = me.depth;
  const target = rows.find((r) => r.depth === d - 1);
  const wasAlone = alone(rows, key);
  return renumber(rows.map((r) => {
    if (r.key === key) return { ...r, depth: d - 1, kind: target?.kind ?? r.kind };
    if (wasAlone && r.depth > d) return { ...r, depth: r.depth - 1 };
    return { ...r };
  }));
}

export function canSplit(rows: readonly LevelRow[], key: string): boolean {
  return rows.some((r) => r.key === key) && !alone(rows, key);
}

export function split(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canSplit(rows, key)) return sortRows(rows);
  const d = rows.find((r) => r.key === key)!.depth;
  return renumber(rows.map((r) => (r.key === key ? { ...r, depth: d + 0.5 } : { ...r })));
}

export function canMoveUp(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  return !!me && (me.depth > 0 || !alone(rows, key));
}

export function moveUp(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canMoveUp(rows, key)) return sortRows(rows);
  const d = rows.find((r) => r.key === key)!.depth;
  if (!alone(rows, key)) return renumber(rows.map((r) => (r.key === key ? { ...r, depth: d - 0.5 } : { ...r })));
  return renumber(rows.map((r) => (r.key === key ? { ...r, depth: d - 1 } : r.depth === d - 1 ? { ...r, depth: d } : { ...r })));
}

export function canMoveDown(rows: readonly LevelRow[], key: string): boolean {
  const me = rows.find((r) => r.key === key);
  return !!me && (me.depth < maxDepth(rows) || !alone(rows, key));
}

export function moveDown(rows: readonly LevelRow[], key: string): LevelRow[] {
  if (!canMoveDown(rows, key)) return sortRows(rows);
  const d = rows.find((r) => r.key === key)!.depth;
  if (!alone(rows, key)) return renumber(rows.map((r) => (r.key === key ? { ...r, depth: d + 0.5 } : { ...r })));
  return renumber(rows.map((r) => (r.key === key ? { ...r, depth: d + 1 } : r.depth === d + 1 ? { ...r, depth: d } : { ...r })));
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

/** Whether two level tables say the same (same styles, depths and kinds). */
export function sameRows(a: readonly LevelRow[], b: readonly LevelRow[]): boolean {
  const key = (rs: readonly LevelRow[]) => sortRows(rs).map((r) => `${r.key}:${r.depth}:${r.kind}`).join('|');
  return key(a) === key(b);
}
