/**
 * Level mappings remembered per document style: when the planner corrects the levels of an import (plan.importPreview
 * with a mapping) and saves it (plan.importCommit with levelMapping), the mapping is kept under the document's style
 * signature (ImportReport.style, e.g. 'cn>cnparen>arabic'); the next preview of a document of that style applies it
 * (see import-worker.ts). Stored as one settings value (key 'import.levelMappings'), the most recently used
 * MAX_REMEMBERED styles.
 */
import { LevelMapping } from '../../shared/model/plan.js';
import type { PlanStore } from '../store/types.js';

export const LEVEL_MAPPINGS_KEY = 'import.levelMappings';
/** Styles remembered at most; the least recently saved is forgotten first. */
export const MAX_REMEMBERED = 200;

interface Entry { mapping: LevelMapping; savedAt: string }

/** The remembered mappings by style (entries that no longer validate are dropped). */
export async function rememberedMappings(plans: Pick<PlanStore, 'getSetting'>): Promise<Map<string, LevelMapping>> {
  const out = new Map<string, LevelMapping>();
  for (const [style, e] of await load(plans)) out.set(style, e.mapping);
  return out;
}

/** Remember `mapping` for `style`; an empty mapping forgets the style (back to the importer's own levels). */
export async function rememberMapping(plans: Pick<PlanStore, 'getSetting' | 'setSetting'>, style: string, mapping: LevelMapping, now = new Date()): Promise<void> {
  const all = await load(plans);
  const had = all.delete(style);
  if (Object.keys(mapping).length === 0) {
    if (had) await save(plans, all);
    return;
  }
  all.set(style, { mapping, savedAt: now.toISOString() }); // re-inserted: most recent last
  while (all.size > MAX_REMEMBERED) all.delete(all.keys().next().value!);
  await save(plans, all);
}

async function load(plans: Pick<PlanStore, 'getSetting'>): Promise<Map<string, Entry>> {
  const raw = await plans.getSetting<unknown>(LEVEL_MAPPINGS_KEY);
  const out = new Map<string, Entry>();
  if (!Array.isArray(raw)) return out;
  for (const item of raw) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !item[1] || typeof item[1] !== 'object') continue;
    const m = LevelMapping.safeParse((item[1] as Entry).mapping);
    if (m.success) out.set(item[0], { mapping: m.data, savedAt: String((item[1] as Entry).savedAt ?? '') });
  }
  return out;
}

/** Stored as a list of [style, entry] pairs, oldest first (no object keys: a style may be any string). */
function save(plans: Pick<PlanStore, 'setSetting'>, all: Map<string, Entry>): Promise<void> {
  return plans.setSetting(LEVEL_MAPPINGS_KEY, [...all]);
}
