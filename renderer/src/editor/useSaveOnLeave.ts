/**
 * Nothing is lost on close (EditorView.vue): pending changes are saved when the window is hidden or closed and
 * when leaving the route; a failing save keeps the changes and asks (`askLeave`) before leaving — except while the
 * library cannot be reached and the plan is kept in localStorage (stores/editor/localCopy.ts): then leaving is
 * safe, the copy is offered when the plan is opened again. A save left unanswered is not waited for beyond
 * SAVE_SLOW_MS: by then the plan is kept there too, and leaving detaches it (stores/editor/autosave.ts reset()): the
 * next plan's saves, local copy and beacon do not wait for it, and its late answer changes nothing there.
 * Text typed in a field the plan takes only when it is left (a 成文日期, a 目标值: components/typedFields.ts) is taken
 * first on every way out — the route changing without the field ever losing the focus (a shortcut, a link, the
 * menu), the window closed; a text the field cannot take (no date) asks (`askLeave` with it) before leaving. The window
 * hidden takes every such text but the one of the field that has the focus (its typing may not be done).
 */
import { onBeforeUnmount, onMounted } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';
import { useHost } from '../host';
import { commitTyped } from '../components/typedFields';
import { SAVE_SLOW_MS, useEditorStore } from '../stores/editor';

export function useSaveOnLeave(askLeave: (refused: string[]) => Promise<boolean>) {
  const store = useEditorStore();
  const host = useHost();

  async function leaveOk(): Promise<boolean> {
    const refused = commitTyped();
    // a save the library does not answer must not keep the planner here (walk 5: ‹ 资料库 did nothing while the
    // bridge hung): after SAVE_SLOW_MS the plan is in localStorage, as when the library cannot be reached
    // (already past that, with the copy kept: no second wait)
    if (!(store.saveSlow && store.keptLocal)) {
      let wait: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([store.flush(), new Promise<void>((r) => { wait = setTimeout(r, SAVE_SLOW_MS + 50); })]);
      clearTimeout(wait);
    }
    if (!refused.length && (!store.hasUnsaved || ((store.offline || store.saveSlow) && store.keptLocal))) return true;
    return askLeave(refused);
  }
  onBeforeRouteLeave(async () => {
    const ok = await leaveOk();
    if (ok) store.unload();
    return ok;
  });
  onBeforeRouteUpdate(async (to, from) => {
    if (to.params.id === from.params.id) return true;
    return leaveOk();
  });

  /**
   * Closing the window or tab. In Electron the save request goes over IPC and completes in the main
   * process, so a dispatched save is enough; a conflict or a failing save still asks (the main process
   * shows the question on 'will-prevent-unload'). In a browser a request started during unload may be
   * cancelled, so any unsaved change asks for confirmation, which also gives the save time to finish.
   */
  function onBeforeUnload(e: BeforeUnloadEvent) {
    const refused = commitTyped();
    if (!store.hasUnsaved && !refused.length) return;
    if (store.hasUnsaved) {
      const sent = store.saveBeacon();
      // (a text no field could take asks all the same)
      if (!refused.length && sent && host.savesSurviveUnload) return;
      if (!refused.length && (store.offline || store.saveSlow) && store.keptLocal) return; // saveBeacon wrote the plan as it is now to localStorage
    }
    e.preventDefault();
    e.returnValue = '';
  }
  // (the window hidden is no way out: the planner may be looking up what to type. What is committed is saved; a field
  // being typed in keeps its text — "2026年3月1" heading for 15日 is not taken as 1 March — until it is left, Enter,
  // or the page goes: pagehide, beforeunload, the route)
  function onVisibility() {
    if (document.visibilityState !== 'hidden') return;
    commitTyped(null, { exceptFocused: true });
    void store.flush();
  }
  function onPageHide() {
    commitTyped();
    void store.flush();
  }

  onMounted(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}
