/**
 * The focus fallen to the page: on <body> (or nowhere) Esc no longer reaches a dialog and Tab walks the page behind
 * it. Dialogs, drawers and views that move the focus or take elements away check for it and put the focus somewhere
 * sensible; these are the checks and the one way to focus a container.
 */

/** Whether the focus is lost: nowhere, or on the page's body. */
export function focusLost(active: Element | null = document.activeElement): boolean {
  return !active || active === document.body;
}

/** The element holding the focus, or null when the focus is lost (the opener to give it back to). */
export function focusedElement(): HTMLElement | null {
  const a = document.activeElement;
  return a instanceof HTMLElement && !focusLost(a) ? a : null;
}

/** Focus a container (a dialog, a drawer) that is no Tab stop: focusable by script (tabindex -1) unless it says otherwise. */
export function focusContainer(root: HTMLElement): void {
  if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
  root.focus();
}

/** Focus `target`; where that is the container `root` itself, as focusContainer. */
export function focusIn(root: HTMLElement, target: HTMLElement): void {
  if (target === root) focusContainer(root);
  else target.focus();
}
