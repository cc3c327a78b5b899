/**
 * A modal dialog's keyboard and focus, in one place (new plan, import, export, backups, recovery, confirm, identity,
 * take-over, review packages and Word comments, the help panel; the command palette and the preview keep their own
 * keys, the login screen is the whole page):
 *   useModalFocus(dialog, initial?)
 *     - when it opens, focus moves into it (the element matching `initial` — the dialog itself while that one is
 *       disabled —, else its first focusable element), so its own keys work at once — also when it was opened from
 *       the native menu while the focus was in the editor;
 *     - `trapTab` (on the dialog's keydown): Tab and Shift+Tab stay inside it; a radio group is one stop (its
 *       checked button), as the browser's own Tab order has it;
 *     - while it is open, a focus lost to <body> by a change inside it (a focused button disabled while it works,
 *       a row removed) comes back to the dialog itself (holdFocus);
 *     - when it closes, focus goes back where it was.
 *   useDialogKeys(dialog, { escape, enter }, initial?)  (ExportDialog.vue) — the above, plus: Esc closes, Enter runs
 *     the dialog's action (not on a button, select, textarea or link, which have their own Enter, nor while an IME
 *     composes), and key events stop at the dialog: the editor's window shortcuts (Ctrl+Z, Ctrl+K …) must not act
 *     on the plan behind it.
 *   useCloseOnLeave(close, busy?)  — the app-wide dialogs (backups, import, batch import, new plan, identity, connect
 *     to the office library, confirm, help) close when the page changes (another route path: the 资料库 menu command,
 *     the browser's back, a link), as the pages' own dialogs (export, share, preview) close with their page; a
 *     confirmation answers 取消. One that is doing work (a backup or restore being made, an import being stored, a
 *     batch importing) stays until it is done: its result is the library's, not the page's.
 */
import { inject, nextTick, onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { routeLocationKey } from 'vue-router';
import { focusContainer, focusIn, focusLost } from './focus';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function focusablesIn(root: HTMLElement | null | undefined): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) =>
    !(el as HTMLButtonElement).disabled
    && !(el instanceof HTMLInputElement && (el.type === 'hidden' || (el.type === 'radio' && !el.checked)))
    && !el.closest('[inert]'));
}

/**
 * Chromium takes the focus from a focused button that becomes disabled (导出 while exporting, 立即备份 while the backup
 * is made) or is removed, and gives it to <body>: Esc, Enter and the Tab trap no longer reach the dialog, and the
 * editor's shortcuts act on the plan behind it (walk 10). After any such change inside the dialog, a focus that is
 * lost (on <body>, or on a disabled element of the dialog) goes to the dialog itself.
 */
function holdFocus(root: HTMLElement): MutationObserver {
  const observer = new MutationObserver(() => {
    const a = document.activeElement as HTMLButtonElement | null;
    const lost = focusLost(a) || (root.contains(a) && a!.disabled);
    if (!lost || !root.isConnected) return;
    focusContainer(root);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  return observer;
}

export function useModalFocus(dialog: Ref<HTMLElement | null | undefined>, initial?: string) {
  let returnFocus: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  onMounted(async () => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    await nextTick();
    const root = dialog.value;
    if (root) observer = holdFocus(root);
    if (!root || root.contains(document.activeElement)) return;
    // a disabled initial element (ExportDialog's PDF, checked while the PDF check runs) takes no focus: the dialog
    // itself does, not the opener behind it (walk 10), and the dialog moves it on when the element is enabled
    const wanted = initial ? root.querySelector<HTMLElement>(initial) : null;
    const target = wanted ? ((wanted as HTMLInputElement).disabled ? root : wanted) : focusablesIn(root)[0] ?? root;
    focusIn(root, target);
  });
  onBeforeUnmount(() => {
    observer?.disconnect();
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

export function useDialogKeys(dialog: Ref<HTMLElement | null | undefined>, on: { escape: () => void; enter: () => void }, initial?: string) {
  const { trapTab } = useModalFocus(dialog, initial);
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
    trapTab(e);
  }
  return { onKeydown };
}

/** Close the dialog when the route's path changes, unless `busy()` (see the header). Without a router (unit tests) nothing. */
export function useCloseOnLeave(close: () => void, busy: () => boolean = () => false) {
  const route = inject(routeLocationKey, null);
  if (!route) return;
  watch(() => route.path, () => { if (!busy()) close(); });
}
