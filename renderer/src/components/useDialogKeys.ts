/**
 * Keyboard and focus of a modal dialog (ExportDialog.vue): Esc closes, Enter runs the dialog's action (not on a
 * button, select, textarea or link, which have their own Enter, nor while an IME composes), Tab and Shift+Tab stay
 * inside the dialog, and the focus goes back where it was when the dialog closes. Key events stop at the dialog:
 * the editor's window shortcuts (Ctrl+Z, Ctrl+K …) must not act on the plan behind it.
 */
import { onBeforeUnmount, onMounted, type Ref } from 'vue';

export function useDialogKeys(dialog: Ref<HTMLElement | undefined>, on: { escape: () => void; enter: () => void }) {
  let returnFocus: HTMLElement | null = null;

  function focusables(): HTMLElement[] {
    return [...(dialog.value?.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])') ?? [])]
      .filter((el) => !(el as HTMLButtonElement).disabled && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
  }

  function onKeydown(e: KeyboardEvent) {
    e.stopPropagation();
    if (e.key === 'Escape') { e.preventDefault(); on.escape(); return; }
    if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229 && !e.shiftKey && !e.altKey) {
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'A') return; // their own Enter
      e.preventDefault();
      on.enter();
      return;
    }
    if (e.key === 'Tab') {
      const list = focusables();
      if (!list.length) return;
      const first = list[0];
      const last = list[list.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    }
  }

  onMounted(() => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  });
  onBeforeUnmount(() => {
    if (returnFocus?.isConnected) returnFocus.focus();
  });

  return { onKeydown };
}
