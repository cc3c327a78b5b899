// @vitest-environment happy-dom
/**
 * The help panel (F1) is a modal: found in walk 5, it left the focus on the outline behind it, where Tab indented the
 * selected node and Delete would have deleted it. Now the focus moves into the panel, Tab stays inside, keys pressed
 * in it do not reach the editor's window shortcuts, and closing it gives the focus back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { nextTick } from 'vue';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { makeI18n } from '../../renderer/src/i18n';
import { useUi } from '../../renderer/src/stores/ui';
import HelpPanel from '../../renderer/src/components/HelpPanel.vue';

let pinia: Pinia;
let outside: HTMLElement;
let wrapper: VueWrapper | null = null;
const seen: string[] = [];
const onWindowKey = (e: KeyboardEvent) => seen.push(e.key);

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  seen.length = 0;
  // stands for the outline tree: it had the focus when F1 was pressed
  outside = document.createElement('div');
  outside.tabIndex = 0;
  outside.setAttribute('data-test', 'outline-tree');
  document.body.appendChild(outside);
  outside.focus();
  window.addEventListener('keydown', onWindowKey);
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  outside.remove();
  window.removeEventListener('keydown', onWindowKey);
});

async function open() {
  useUi().helpOpen = true;
  wrapper = mount(HelpPanel, { global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
  await nextTick();
  await nextTick();
  return wrapper;
}

describe('HelpPanel focus', () => {
  it('takes the focus when it opens (its close button), not leaving it on the outline behind', async () => {
    const w = await open();
    expect(document.activeElement).toBe(w.get('[data-test=help-close]').element);
  });

  it('keeps Tab and Shift+Tab inside and stops the keys pressed in it before the window shortcuts', async () => {
    const w = await open();
    const close = w.get('[data-test=help-close]').element as HTMLElement;
    const body = w.get('[data-test=help-body]').element as HTMLElement;
    // two stops: × and the scrollable body; Tab from the last goes back to the first
    body.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    body.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(close);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    close.dispatchEvent(back);
    expect(document.activeElement).toBe(body);
    for (const key of ['Delete', 'z']) close.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: key === 'z', bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('gives the focus back where it was when it closes', async () => {
    const w = await open();
    expect(document.activeElement).not.toBe(outside);
    w.unmount();
    wrapper = null;
    expect(document.activeElement).toBe(outside);
  });
});
