/**
 * v-keep-typed: a field bound with `:value` that the model takes only on `change` (a number parsed when the planner
 * leaves it: 目标值, 年份, the plan period's years) keeps what is typed in it while it has the focus. Vue sets a bound
 * value again on every render of the element, so any other change re-rendering the row while the text was typed and
 * not yet committed — the lint's findings after the name typed just before, the save state — put the field back to
 * the model's value: the keyboard walk of session 32 typed 指标名称, Tab, Tab, 500 and found 目标值 empty, the plan's
 * 指标 saved without its target ("nothing entered is lost"). Once the field's own change has committed, the model's
 * value is shown again (normalised: ９５ → 95).
 */
import type { Directive } from 'vue';

interface Typed { value: string; start: number | null; end: number | null }
const typed = new WeakMap<HTMLInputElement, Typed>();
const committed = new WeakSet<HTMLInputElement>();
const onChange = (e: Event) => committed.add(e.target as HTMLInputElement);

export const vKeepTyped: Directive<HTMLInputElement> = {
  mounted(el) {
    el.addEventListener('change', onChange);
  },
  beforeUpdate(el) {
    typed.delete(el);
    if (committed.has(el)) { committed.delete(el); return; }
    if (el.ownerDocument.activeElement !== el) return;
    let start: number | null = null;
    let end: number | null = null;
    try { start = el.selectionStart; end = el.selectionEnd; } catch { /* type=number has no selection */ }
    typed.set(el, { value: el.value, start, end });
  },
  updated(el) {
    const t = typed.get(el);
    typed.delete(el);
    if (!t || el.ownerDocument.activeElement !== el || el.value === t.value) return;
    el.value = t.value;
    if (t.start !== null && t.end !== null) try { el.setSelectionRange(t.start, t.end); } catch { /* not a text field */ }
  },
  beforeUnmount(el) {
    el.removeEventListener('change', onChange);
  },
};
