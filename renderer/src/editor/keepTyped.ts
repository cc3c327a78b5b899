/**
 * v-keep-typed="identity": a field bound with `:value` that the model takes only on `change` (a number parsed when
 * the planner leaves it: 目标值, 年份, the plan period's years) keeps what is typed in it while it has the focus. Vue
 * sets a bound value again on every render of the element, so any other change re-rendering the row while the text
 * was typed and not yet committed — the lint's findings after the name typed just before, the save state — put the
 * field back to the model's value: the keyboard walk of session 32 typed 指标名称, Tab, Tab, 500 and found 目标值
 * empty, the plan's 指标 saved without its target ("nothing entered is lost").
 *
 * What is typed belongs to one field of one row of one node: `identity` names it (e.g. `<node id>/indicators/2/value`).
 * The panel and the rows are reused when the panel shows another node (an undo re-selects the node it changed) or a
 * row moves, so the typed text is dropped, and the model's value shown, when
 *   - the identity changes (the element now shows another node's or another row's field),
 *   - the field's model value changes from outside (an undo or redo, a merge, another window's save),
 *   - the field's own `change` has committed it (the model's value shows, normalised: ９５ → 95).
 * Ctrl+Z in a field with typed text discards that text first (`discardTyped`, EditorView's keys), as it undoes the
 * typing of a field the model takes on `input`; redo discards it before it redoes.
 */
import type { Directive, VNode } from 'vue';
import { holdTyped } from '../components/typedFields';

interface Typed { value: string; start: number | null; end: number | null }
interface Field {
  /** The binding's identity at the last render. */
  id: unknown;
  /** The model's value at the last render, as the field shows it. */
  shown: string;
  /** The field's own change has fired since the last render (and nothing was typed after it). */
  committed: boolean;
  /** Between beforeUpdate and updated: the text to put back. */
  typed: Typed | null;
  /** Its hold in components/typedFields.ts: a way out that does not blur the field sends its change first. */
  release: () => void;
}
const fields = new WeakMap<HTMLInputElement, Field>();

const shownOf = (vnode: VNode): string => {
  const v: unknown = vnode.props?.value;
  return v === null || v === undefined ? '' : String(v);
};
const onChange = (e: Event) => {
  const f = fields.get(e.target as HTMLInputElement);
  if (f) f.committed = true;
};
const onInput = (e: Event) => {
  const f = fields.get(e.target as HTMLInputElement);
  if (f) f.committed = false;
};

export const vKeepTyped: Directive<HTMLInputElement, unknown> = {
  mounted(el, binding, vnode) {
    const release = holdTyped(() => el, () => {
      const f = fields.get(el);
      // (the field's own change parses it; a text it cannot read keeps the model's value, as leaving the field does)
      if (f && !f.committed && el.value !== f.shown) el.dispatchEvent(new Event('change'));
      return null;
    });
    fields.set(el, { id: binding.value, shown: shownOf(vnode), committed: false, typed: null, release });
    el.addEventListener('change', onChange);
    el.addEventListener('input', onInput);
  },
  beforeUpdate(el, binding, vnode) {
    const f = fields.get(el);
    if (!f) return;
    f.typed = null;
    const committed = f.committed;
    f.committed = false;
    if (committed || binding.value !== f.id || shownOf(vnode) !== f.shown) return;
    if (el.ownerDocument.activeElement !== el || el.value === f.shown) return;
    let start: number | null = null;
    let end: number | null = null;
    try { start = el.selectionStart; end = el.selectionEnd; } catch { /* type=number has no selection */ }
    f.typed = { value: el.value, start, end };
  },
  updated(el, binding, vnode) {
    const f = fields.get(el);
    if (!f) return;
    f.id = binding.value;
    f.shown = shownOf(vnode);
    const t = f.typed;
    f.typed = null;
    if (!t || el.ownerDocument.activeElement !== el || el.value === t.value) return;
    el.value = t.value;
    if (t.start !== null && t.end !== null) try { el.setSelectionRange(t.start, t.end); } catch { /* not a text field */ }
  },
  beforeUnmount(el) {
    fields.get(el)?.release();
    el.removeEventListener('change', onChange);
    el.removeEventListener('input', onInput);
    fields.delete(el);
  },
};

/**
 * The element is a v-keep-typed field showing text typed and not committed: put the model's value back and say so
 * (Ctrl+Z undoes that typing, not the plan's last command). False for any other element.
 */
export function discardTyped(el: Element | null): boolean {
  const f = el ? fields.get(el as HTMLInputElement) : undefined;
  if (!f) return false;
  const input = el as HTMLInputElement;
  if (input.value === f.shown) return false;
  input.value = f.shown;
  f.committed = false;
  try { input.setSelectionRange(f.shown.length, f.shown.length); } catch { /* type=number has no selection */ }
  return true;
}
