/**
 * Small windows (1024×768 at 150 % is 683×512 CSS px): the side panels that sit beside the text in a wide window
 * (the editor's 检查 / 历史 / 审阅 column, the compare view's pair detail) become drawers over it below a width, so
 * the text keeps a column a planner can read (≥ 360 px) instead of ~160 px between two panels.
 *   useNarrow(maxWidth)  — true while the window is at most that wide (matchMedia; the CSS follows the class it sets,
 *     so layout and behaviour agree);
 *   useDrawer(open, panel, close, fallback?) — a drawer opened from a toolbar button: the focus moves into it when it
 *     opens; Esc in it closes it (unless something in it used Esc itself); when it closes the focus goes back to what
 *     opened it (the toolbar button), as a dialog's does — or, when what opened it cannot take the focus (a click on a
 *     compare row), to `fallback()` (the drawer's toolbar button); an opener in a menu closed since (the editor's 更多)
 *     gives the focus to the menu's button.
 */
import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { focusablesIn } from './useModalFocus';
import { focusedElement, focusIn, focusLost } from './focus';

export function useNarrow(maxWidth: number): Ref<boolean> {
  const narrow = ref(false);
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return narrow;
  const mq = window.matchMedia(`(max-width: ${maxWidth}px)`);
  narrow.value = mq.matches;
  const on = (e: MediaQueryListEvent) => { narrow.value = e.matches; };
  mq.addEventListener('change', on);
  onBeforeUnmount(() => mq.removeEventListener('change', on));
  return narrow;
}

/**
 * Where the focus goes back to: the opener, or — when it is now out of sight in a closed menu (the editor's 更多 in a
 * short window: its buttons are not drawn while it is closed) — the button that opens that menu (aria-controls).
 */
function shown(el: HTMLElement): HTMLElement {
  if (el.getClientRects().length) return el;
  const menu = el.closest<HTMLElement>('[id]');
  const toggle = menu ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null;
  return toggle && toggle.getClientRects().length ? toggle : el;
}

export function useDrawer(open: Ref<boolean>, panel: Ref<HTMLElement | null | undefined>, close: () => void, fallback?: () => HTMLElement | null | undefined) {
  let opener: HTMLElement | null = null;
  watch(open, async (now) => {
    if (now) {
      opener = focusedElement() ?? fallback?.() ?? null;
      await nextTick();
      const root = panel.value;
      if (!root || root.contains(document.activeElement)) return;
      focusIn(root, focusablesIn(root)[0] ?? root);
      return;
    }
    // closed: back to the button that opened it, when the focus was in the drawer (now gone) or nowhere
    const active = document.activeElement;
    const back = opener?.isConnected ? shown(opener) : null;
    if (back && (focusLost(active) || !active!.isConnected || panel.value?.contains(active))) back.focus();
    opener = null;
  }, { flush: 'post' });
  function onKeydown(e: KeyboardEvent) {
    if (!open.value || e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  }
  return { onKeydown };
}
