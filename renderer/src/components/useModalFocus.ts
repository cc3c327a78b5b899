/**
 * A modal dialog's keyboard contract, for dialogs that do not manage focus themselves:
 *   - when it opens, focus moves into it (the element matching `initial`, else its first focusable element), so its
 *     own keys (Escape closes, Enter confirms) work at once — also when it was opened from the native menu while the
 *     focus was in the editor;
 *   - Tab and Shift+Tab stay inside it (`trapTab` on the dialog's keydown);
 *   - when it closes, focus goes back where it was.
 */
import { nextTick, onBeforeUnmount, onMounted, type Ref } from 'vue';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusablesIn(root: HTMLElement | null): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0);
}

export function useModalFocus(dialog: Ref<HTMLElement | null>, initial?: string) {
  let returnFocus: HTMLElement | null = null;
  onMounted(async () => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    await nextTick();
    const root = dialog.value;
    if (!root || root.contains(document.activeElement)) return;
    const target = (initial ? root.querySelector<HTMLElement>(initial) : null) ?? focusablesIn(root)[0] ?? root;
    if (target === root && !root.hasAttribute('tabindex')) root.tabIndex = -1;
    target.focus();
  });
  onBeforeUnmount(() => {
    if (returnFocus?.isConnected) returnFocus.focus();
  });
  function trapTab(e: KeyboardEvent) {
    if (e.key !== 'Tab') return;
    const list = focusablesIn(dialog.value);
    if (!list.length) return;
    const first = list[0];
    const last = list[list.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  }
  return { trapTab };
}
