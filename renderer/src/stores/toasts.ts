import { defineStore } from 'pinia';
import { ref } from 'vue';

/** A button in a toast (e.g. 撤销 after restoring a whole plan); running it closes the toast. */
export interface ToastAction { label: string; run: () => void }
export interface Toast { id: number; kind: 'info' | 'error' | 'ok' | 'warning'; text: string; action?: ToastAction }

/** How long a toast stays; one with an action stays longer so there is time to use it. */
export const TOAST_MS = 4000;
export const ACTION_TOAST_MS = 10_000;
/** How many toasts are shown at once (the newest); the older ones are counted in one line with 全部关闭. */
export const TOAST_STACK = 3;

/**
 * Short messages at the bottom of the window. Errors and warnings stay until closed: a warning is what went wrong after
 * a write that was made (the write stands: amber, not the red of a failed call).
 */
export const useToasts = defineStore('toasts', () => {
  const items = ref<Toast[]>([]);
  let next = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  /**
   * A message said again while it is still shown (the same kind and text, no button: a key held or pressed again,
   * 审阅模式下计划为只读 for each Tab) is the toast already there, shown for its full time again — not one more toast
   * over the text (the keyboard walk at 683×512 stacked eight).
   */
  function push(kind: Toast['kind'], text: string, action?: ToastAction) {
    const same = action ? undefined : items.value.find((t) => !t.action && t.kind === kind && t.text === text);
    const id = same?.id ?? next++;
    if (!same) items.value.push(action ? { id, kind, text, action } : { id, kind, text });
    if (kind !== 'error' && kind !== 'warning') {
      clearTimeout(timers.get(id));
      timers.set(id, setTimeout(() => dismiss(id), action ? ACTION_TOAST_MS : TOAST_MS));
    }
    return id;
  }
  function dismiss(id: number) {
    clearTimeout(timers.get(id));
    timers.delete(id);
    items.value = items.value.filter((t) => t.id !== id);
  }
  function dismissAll() {
    for (const t of items.value) clearTimeout(timers.get(t.id));
    timers.clear();
    items.value = [];
  }
  /** The toast's button: close it, then run the action. */
  function act(id: number) {
    const t = items.value.find((x) => x.id === id);
    dismiss(id);
    t?.action?.run();
  }
  return {
    items, push, dismiss, dismissAll, act,
    info: (t: string, action?: ToastAction) => push('info', t, action),
    ok: (t: string, action?: ToastAction) => push('ok', t, action),
    error: (t: string) => push('error', t),
    warning: (t: string) => push('warning', t),
  };
});
