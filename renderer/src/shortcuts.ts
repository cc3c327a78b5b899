/**
 * Every keyboard shortcut the app binds, as 帮助 (F1, components/HelpPanel.vue) lists it. One list: Help shows it,
 * tests/renderer/shortcuts.test.ts reads it against the keys the handlers bind (App.vue, views/EditorView.vue,
 * editor/OutlineTree.vue, editor/MonacoBody.vue, components/PreviewDialog.vue, components/ImportDialog.vue,
 * review/ReviewToolbar.vue, views/LibraryView.vue, views/CompareView.vue), and tests/e2e/shortcuts.e2e.test.ts checks
 * that the buttons doing the same name the keys in their tooltips (`buttons`: data-test → the keys its tooltip says).
 * Keys inside one control (the command palette's ↑↓, a chip field's Backspace, Esc closing a dialog) are not listed.
 */
export type ShortcutWhere = 'editor' | 'outline' | 'heading' | 'body' | 'find' | 'review' | 'import' | 'library' | 'compare' | 'dialog';

export interface Shortcut {
  /** As shown, key names joined by +, alternatives by ' / '. */
  keys: string;
  /** office.help.keys.<what> */
  what: string;
  /** Where it works (office.help.where.<where>); everywhere when absent. */
  where?: ShortcutWhere;
  /** The buttons that do the same (their data-test), each with the keys its tooltip names. */
  buttons?: Record<string, string>;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'F1', what: 'help', buttons: { 'open-help': 'F1' } },
  { keys: 'Ctrl+O', what: 'importFile', buttons: { import: 'Ctrl+O' } },
  { keys: 'Ctrl+N', what: 'newPlan', buttons: { 'new-plan': 'Ctrl+N' } },
  { keys: 'Ctrl+Enter', what: 'importSave', where: 'import', buttons: { 'import-save': 'Ctrl+Enter' } },
  { keys: 'Ctrl+Z', what: 'undoDelete', where: 'library' },
  { keys: 'Ctrl+K', what: 'palette', where: 'editor', buttons: { 'open-palette': 'Ctrl+K' } },
  { keys: 'Ctrl+S', what: 'save', where: 'editor' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y', what: 'undo', where: 'editor', buttons: { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' } },
  { keys: 'Ctrl+F', what: 'find', where: 'editor', buttons: { 'open-find': 'Ctrl+F' } },
  { keys: 'Enter / Shift+Enter / F3 / Shift+F3', what: 'findNext', where: 'find', buttons: { 'find-next': 'Enter', 'find-prev': 'Shift+Enter' } },
  { keys: 'Ctrl+E', what: 'export', where: 'editor', buttons: { 'open-export': 'Ctrl+E' } },
  { keys: 'Ctrl+P', what: 'print', where: 'editor', buttons: { 'open-preview': 'Ctrl+P', 'preview-print': 'Ctrl+P' } },
  { keys: 'F6 / Shift+F6', what: 'panes', where: 'editor' },
  { keys: '↑ / ↓ / Home / End / PageUp / PageDown', what: 'navigate', where: 'outline' },
  { keys: '← / →', what: 'fold', where: 'outline' },
  { keys: 'Ctrl+Shift+← / Ctrl+Shift+→', what: 'foldAll', where: 'outline', buttons: { 'collapse-all': 'Ctrl+Shift+←', 'expand-all': 'Ctrl+Shift+→' } },
  { keys: 'Ctrl+Enter', what: 'addSibling', where: 'outline', buttons: { 'add-sibling': 'Ctrl+Enter' } },
  { keys: 'Enter / F2', what: 'edit', where: 'outline' },
  { keys: 'Tab / Shift+Tab', what: 'indent', where: 'outline', buttons: { indent: 'Tab', outdent: 'Shift+Tab' } },
  { keys: 'Alt+↑ / Alt+↓', what: 'move', where: 'outline', buttons: { 'move-up': 'Alt+↑', 'move-down': 'Alt+↓' } },
  { keys: 'Delete', what: 'delete', where: 'outline', buttons: { delete: 'Delete' } },
  { keys: 'Esc', what: 'backToOutline', where: 'editor' },
  { keys: 'Enter', what: 'headingToBody', where: 'heading' },
  { keys: 'Ctrl+M', what: 'tabFocus', where: 'body', buttons: { 'body-tab-mode': 'Ctrl+M' } },
  { keys: 'Ctrl+Alt+M', what: 'comment', where: 'editor', buttons: { 'review-comment': 'Ctrl+Alt+M' } },
  { keys: 'Ctrl+Alt+S', what: 'suggest', where: 'editor', buttons: { 'review-suggest': 'Ctrl+Alt+S' } },
  { keys: 'F9', what: 'lintPanel', where: 'editor', buttons: { 'toggle-lint': 'F9' } },
  { keys: 'Shift+F9', what: 'reviewPanel', where: 'editor', buttons: { 'toggle-review': 'Shift+F9' } },
  { keys: 'Ctrl+F9', what: 'reviewMode', where: 'editor', buttons: { 'review-mode': 'Ctrl+F9' } },
  { keys: 'Ctrl+Enter', what: 'sendComment', where: 'review', buttons: { 'composer-send': 'Ctrl+Enter' } },
  { keys: 'J / K / F7 / Shift+F7', what: 'nextChange', where: 'compare', buttons: { 'next-change': 'J', 'prev-change': 'K' } },
  { keys: 'Esc', what: 'close', where: 'dialog' },
];

/** The keys of the button `button` (its data-test) as the list names them: the one spelling its tooltip and the palette use. */
export function keysOf(button: string): string {
  const keys = SHORTCUTS.find((s) => s.buttons?.[button])?.buttons?.[button];
  if (!keys) throw new Error(`no shortcut listed for the button ${button}`);
  return keys;
}

/** The keys of the entry `what` (office.help.keys.<what>) with no button of its own, e.g. 'save'. */
export function keysFor(what: string): string {
  const keys = SHORTCUTS.find((s) => s.what === what)?.keys;
  if (!keys) throw new Error(`no shortcut listed for ${what}`);
  return keys;
}

/** A button's tooltip naming its keys: 「查找 (Ctrl+F)」. */
export const withKeys = (label: string, button: string): string => `${label} (${keysOf(button)})`;

/** A button's keys as its <kbd> shows them: 「Ctrl P」. */
export const kbdOf = (button: string): string => keysOf(button).replace(/\+/g, ' ');
