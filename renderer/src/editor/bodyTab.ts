/**
 * What Tab does in a node's body editor (MonacoBody.vue): move on to the next field (the default, as in every other
 * field of the form) or type a tab character (a source table's separator). Ctrl+M in the body, or the switch by the
 * body's label (NodePanel.vue), changes it. A view setting, kept like 检查's and 审阅's panes (localStorage): before,
 * it was the body editor's own and was forgotten on the next node and the next start, with nothing showing it.
 */
import { storedFlag } from '../storedFlag';

/** true: Tab types a tab character in the body; false: Tab moves on. */
export const bodyTabTypes = storedFlag('editor.bodyTab', false, { words: { on: 'type', off: 'move' } });

export function toggleBodyTab(): void {
  bodyTabTypes.value = !bodyTabTypes.value;
}
