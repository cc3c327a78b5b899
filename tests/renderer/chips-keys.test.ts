// @vitest-environment happy-dom
/**
 * A chip field is one Tab stop (walk 11, keyboard only at 1366×768: each department chip's ✎ and × were two, six for
 * three departments between 牵头单位 and 指标). ← at the start of the box goes to the chips, ← / → / Home / End move
 * among their ✎ and ×, → past the last back to the box, Delete on a × removes its chip. In 审阅模式 (the fieldset
 * around it disabled) the first ✎ is the Tab stop, so a reviewer still reaches them.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h, nextTick, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../renderer/src/i18n';
import ChipsInput from '../../renderer/src/editor/ChipsInput.vue';

const Host = defineComponent({
  props: { disabled: Boolean },
  setup(props) {
    const names = ref(['区科委', '区财政局', '区大数据中心']);
    return () => h('fieldset', { disabled: props.disabled }, [
      h(ChipsInput, { modelValue: names.value, label: '配合单位', reviewable: true, 'onUpdate:modelValue': (v: string[]) => { names.value = v; } }),
      h('button', { 'data-test': 'after' }, '下一个'),
    ]);
  },
});
/** Tab stops as a browser takes them (happy-dom does not disable the controls of a disabled fieldset: done here). */
const stops = (root: Element) => [...root.querySelectorAll<HTMLElement>('input, button, [role=button]')]
  .filter((el) => el.tabIndex >= 0 && !(el.matches('input, button') && ((el as HTMLInputElement).disabled || el.closest('fieldset[disabled]'))));
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const focused = () => {
  const a = document.activeElement as HTMLElement;
  return a.matches('input') ? 'box' : `${a.closest<HTMLElement>('[data-test=chip]')?.textContent?.replace(/[✎×\s]/g, '')} ${a.matches('button') ? '×' : '✎'}`;
};

describe('ChipsInput by keyboard', () => {
  it('is one Tab stop (the box); ← from its start, ← → Home End among the chips, → back to the box; Delete on × removes', async () => {
    const w = mount(Host, { global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
    await flushPromises();
    const chips = w.get('.chips').element;
    expect(stops(chips).map((el) => el.tagName)).toEqual(['INPUT']);
    const box = w.get('input').element as HTMLInputElement;
    box.focus();
    key(box, 'ArrowLeft');
    expect(focused()).toBe('区大数据中心 ×');
    key(document.activeElement!, 'ArrowLeft');
    expect(focused()).toBe('区大数据中心 ✎');
    key(document.activeElement!, 'Home');
    expect(focused()).toBe('区科委 ✎');
    key(document.activeElement!, 'ArrowRight');
    expect(focused()).toBe('区科委 ×');
    key(document.activeElement!, 'Delete');
    await nextTick();
    await flushPromises();
    expect(w.findAll('[data-test=chip]').map((c) => c.text().replace(/[✎×\s]/g, ''))).toEqual(['区财政局', '区大数据中心']);
    expect(document.activeElement).toBe(box);
    key(box, 'ArrowLeft');
    key(document.activeElement!, 'ArrowRight');
    expect(document.activeElement).toBe(box);
    // still one stop after the change
    expect(stops(chips).map((el) => el.tagName)).toEqual(['INPUT']);
    w.unmount();
  });

  it('in 审阅模式 (a disabled fieldset) the first ✎ is the Tab stop, then the one last used', async () => {
    const w = mount(Host, { props: { disabled: true }, global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
    await flushPromises();
    const chips = w.get('.chips').element;
    expect(stops(chips).map((el) => el.getAttribute('data-test'))).toEqual(['chip-comment']);
    const first = stops(chips)[0];
    first.focus();
    expect(focused()).toBe('区科委 ✎');
    key(first, 'End');
    expect(focused()).toBe('区大数据中心 ✎');
    expect(stops(chips)).toEqual([document.activeElement]);
    // back to editing: the box is the stop again
    await w.setProps({ disabled: false });
    await flushPromises();
    expect(stops(chips).map((el) => el.tagName)).toEqual(['INPUT']);
    w.unmount();
  });
});
