/**
 * The level table of the import preview (ImportDialog.vue): every change previews the file again with the mapping
 * it makes, once the planner pauses (REMAP_DELAY_MS); a re-run that fails leaves the last preview shown.
 */
import { computed, ref, type Ref, type ShallowRef } from 'vue';
import type { LevelMapping, PlanDoc } from '../../../shared/model/plan';
import type { AppliedMapping, ImportPreview } from '../../../shared/api/contract';
import { ApiError } from '../api/client';
import type { useLibrary } from '../stores/library';
import { mappingFor, sameRows, withTextRows, type LevelRow } from './importLevels';

/** How long a level change waits for the next one before the preview runs again (ms). */
const REMAP_DELAY_MS = 350;

export interface LevelRemapInput {
  /** The file being previewed. */
  file: ShallowRef<File | null>;
  /** The shown preview's plan. */
  doc: Ref<PlanDoc | null>;
  /** The level mapping the shown preview was made with at the planner's request (null: none asked for). */
  userMapping: Ref<LevelMapping | null>;
  /** The mapping the core says the shown preview was made with. */
  applied: Ref<AppliedMapping | null>;
  /** The last row the importer reported for each style. */
  known: Map<string, LevelRow>;
  lib: Pick<ReturnType<typeof useLibrary>, 'importPreview' | 'importCancel'>;
  newJobId: () => string;
  /** Show a re-run's preview (first = false). */
  show: (d: ImportPreview, first: boolean) => void;
}

export function useLevelRemap({ file, doc, userMapping, applied, known, lib, newJobId, show }: LevelRemapInput) {
  /** The level table as the planner is editing it (the shown preview's levels until a change). */
  const rows = ref<LevelRow[]>([]);
  /** A re-run of the preview with a changed mapping: waiting for the debounce, running, or failed (the last preview stays). */
  const remap = ref<{ state: 'idle' | 'waiting' | 'running' | 'failed'; message?: string }>({ state: 'idle' });
  let remapTimer: ReturnType<typeof setTimeout> | null = null;
  let remapRuns = 0;
  let remapJob: string | null = null;

  /** The mapping the shown preview was made with. */
  const baseMapping = computed<LevelMapping>(() => userMapping.value ?? applied.value?.mapping ?? {});
  /** The levels of the shown preview, with the styles it was told to read as 正文 (what a change is measured against). */
  const shownLevels = computed<LevelRow[]>(() => withTextRows(doc.value?.report?.levels ?? [], baseMapping.value, known));

  function onLevels(next: LevelRow[]) {
    rows.value = next;
    if (sameRows(next, shownLevels.value)) {
      stopRemap(); // back to what is shown: nothing to run
      return;
    }
    scheduleRemap(mappingFor(baseMapping.value, shownLevels.value, next), REMAP_DELAY_MS);
  }

  /** 恢复自动识别: the importer's own levels (an empty mapping; saving then forgets the remembered one). */
  function resetLevels() {
    scheduleRemap({}, 0);
  }

  function scheduleRemap(mapping: LevelMapping, delay: number) {
    stopRemap();
    remap.value = { state: 'waiting' };
    remapTimer = setTimeout(() => { remapTimer = null; void runRemap(mapping); }, delay);
  }

  /** Stop a waiting or running re-run (its answer is ignored). */
  function stopRemap() {
    if (remapTimer) clearTimeout(remapTimer);
    remapTimer = null;
    remapRuns++;
    if (remapJob) lib.importCancel(remapJob).catch(() => { /* finished meanwhile */ });
    remapJob = null;
    remap.value = { state: 'idle' };
  }

  async function runRemap(mapping: LevelMapping) {
    const f = file.value;
    if (!f) return;
    const mine = ++remapRuns;
    const jobId = newJobId();
    remapJob = jobId;
    remap.value = { state: 'running' };
    try {
      const d = await lib.importPreview(f, jobId, mapping);
      if (mine !== remapRuns) return;
      userMapping.value = mapping;
      show(d, false);
      remap.value = { state: 'idle' };
    } catch (e) {
      if (mine !== remapRuns) return;
      rows.value = shownLevels.value; // the table shows the preview that is still shown
      remap.value = { state: 'failed', message: e instanceof ApiError ? e.message : String(e) };
    } finally {
      if (mine === remapRuns) remapJob = null;
    }
  }

  /** Styles the planner has changed: in the mapping of the shown preview, or edited since. */
  const changedKeys = computed(() => {
    const keys = new Set(Object.keys(baseMapping.value));
    for (const r of rows.value) {
      const shown = shownLevels.value.find((x) => x.key === r.key);
      if (shown && (shown.kind !== r.kind || shown.depth !== r.depth)) keys.add(r.key);
    }
    return [...keys];
  });
  const busy = computed(() => remap.value.state === 'waiting' || remap.value.state === 'running');
  const hasLevels = computed(() => shownLevels.value.length > 0);
  const adjusted = computed(() => !!userMapping.value && Object.keys(userMapping.value).length > 0);
  const rememberedShown = computed(() => !userMapping.value && !!applied.value?.remembered);

  return { rows, remap, shownLevels, onLevels, resetLevels, stopRemap, changedKeys, busy, hasLevels, adjusted, rememberedShown };
}
