// @vitest-environment happy-dom
/**
 * Where the focus is when a plan opens (walk 9: it was left on the page's body, and a keyboard user had to Tab from
 * the top through the app's bar and the toolbar): in the selected node's 标题 — the editor's first field, where Enter
 * in the outline puts it and from where Esc goes to the outline — however the plan was opened (a card of the
 * library, a link with ?node=, the import dialog's 保存到资料库 whose opener was in the app's top bar, back from the
 * library to the plan, another plan in the same view), with a status line saying the plan and the node.
 * An empty plan: 添加第一部分.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { useEditorStore } from '../../renderer/src/stores/editor';
import EditorView from '../../renderer/src/views/EditorView.vue';
import { fakeLibrary, flat, MonacoStub, seedDoc } from './helpers';
import type { PlanDoc } from '../../shared/model/plan';

let pinia: Pinia;
const mounted: VueWrapper[] = [];

/** The app's shell: a top bar with 导入文件… (outside the routed view) and the library or the editor. */
async function mountApp(docs: Record<string, PlanDoc>, start: string) {
  setApi(fakeLibrary(docs).client);
  pinia = createPinia();
  setActivePinia(pinia);
  const Library = defineComponent({
    setup() {
      return () => h('div', Object.keys(docs).map((id) => h('button', { 'data-test': `card-${id}`, onClick: () => void router.push(`/plan/${id}`) }, id)));
    },
  });
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: Library }, { path: '/plan/:id', component: EditorView, props: true }],
  });
  await router.push(start);
  await router.isReady();
  const Root = defineComponent({ render: () => h('div', [h('header', [h('button', { 'data-test': 'top-import' }, '导入文件…')]), h(RouterView)]) });
  const i18n = makeI18n('zh-CN');
  const w = mount(Root, { global: { plugins: [pinia, i18n, router], stubs: { MonacoBody: MonacoStub } }, attachTo: document.body });
  mounted.push(w);
  await settle();
  return { w, router, i18n, store: useEditorStore() };
}

async function settle() {
  for (let i = 0; i < 4; i++) { await flushPromises(); await nextTick(); }
}

const focusedTest = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-test') ?? document.activeElement?.tagName;

afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  try { useEditorStore().unload(); } catch { /* no pinia */ }
  try { localStorage.clear(); } catch { /* none */ }
  setApi(null);
});

describe('the focus when a plan opens', () => {
  it('the status line is not left in Chinese after a switch to English (walk 13)', async () => {
    const { w, i18n } = await mountApp({ p1: seedDoc() }, '/plan/p1');
    expect(w.get('[data-test=editor-opened]').text()).toMatch(/^已打开/);
    (i18n.global.locale as unknown as { value: string }).value = 'en';
    await settle();
    expect(w.get('[data-test=editor-opened]').text()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(w.find('[data-test=heading-input]').exists()).toBe(true);
  });

  it('from a card of the library (Enter or a click): the selected node\'s 标题, the plan and the node said', async () => {
    const doc = seedDoc();
    const { w, store } = await mountApp({ p1: doc }, '/');
    const card = w.get<HTMLButtonElement>('[data-test=card-p1]').element;
    card.focus();
    card.click();
    await settle();
    expect(store.planId).toBe('p1');
    const heading = w.get<HTMLTextAreaElement>('[data-test=heading-input]').element;
    expect(document.activeElement).toBe(heading);
    expect(heading.value).toBe(store.selected!.heading);
    expect(w.get('[data-test=editor-opened]').text()).toBe(`已打开“${doc.meta.title}”。光标在“${store.numbers.get(store.selectedId!) ?? ''}${store.selected!.heading}”的标题中;Esc 回到大纲。`);
    expect(w.get('[data-test=editor-opened]').attributes('role')).toBe('status');
    // Esc from there: the outline at that node (as from any field of the centre)
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await nextTick();
    expect(focusedTest()).toBe('outline-tree');
  });

  it('a link with ?node=, and the import dialog\'s 保存到资料库 (its opener in the top bar): the 标题 of that node', async () => {
    const doc = seedDoc();
    const task = flat(doc.nodes).find((n) => n.kind === 'task')!;
    const { w, router, store } = await mountApp({ p1: doc, p2: seedDoc('002_72028bf86ba9aa86.txt') }, `/plan/p1?node=${task.id}`);
    expect(store.selectedId).toBe(task.id);
    expect(document.activeElement).toBe(w.get('[data-test=heading-input]').element);
    expect(w.get<HTMLTextAreaElement>('[data-test=heading-input]').element.value).toBe(task.heading);
    // the import dialog gives the focus back to its opener (导入文件… in the top bar), then opens the new plan
    w.get<HTMLButtonElement>('[data-test=top-import]').element.focus();
    await router.push('/plan/p2');
    await settle();
    expect(store.planId).toBe('p2');
    expect(document.activeElement).toBe(w.get('[data-test=heading-input]').element);
    expect(w.get('[data-test=editor-opened]').text()).toContain('已打开“杨浦区“智慧城市”建设三年行动计划(2015-2017)”');
  });

  it('back from the library to the plan; an empty plan: 添加第一部分', async () => {
    const doc = seedDoc();
    const empty: PlanDoc = { ...doc, meta: { ...doc.meta, title: '空计划' }, nodes: [] };
    const { w, router, store } = await mountApp({ p1: doc, p3: empty }, '/plan/p1');
    await router.push('/');
    await settle();
    w.get<HTMLButtonElement>('[data-test=card-p1]').element.focus();
    await router.push('/plan/p1');
    await settle();
    expect(document.activeElement).toBe(w.get('[data-test=heading-input]').element);
    await router.push('/plan/p3');
    await settle();
    expect(focusedTest()).toBe('add-first-part');
    expect(w.get('[data-test=editor-opened]').text()).toBe('已打开“空计划”:这份计划还没有内容。');
  });

  it('F6 / Shift+F6 move the focus between the panes: fields → side column → top bar → outline (Tab indents in the outline)', async () => {
    const { w, store } = await mountApp({ p1: seedDoc() }, '/plan/p1');
    const heading = w.get<HTMLTextAreaElement>('[data-test=heading-input]').element;
    expect(document.activeElement).toBe(heading);
    const press = async (shiftKey = false) => {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'F6', shiftKey, bubbles: true, cancelable: true }));
      await nextTick();
    };
    const pane = () => {
      const a = document.activeElement as HTMLElement;
      return a.closest('header.bar') ? 'bar' : a.closest('.col-outline') ? 'outline' : a.closest('main.centre') ? 'fields' : a.closest('[data-test=side-column]') ? 'side' : a.tagName;
    };
    const selected = store.selectedId;
    expect(w.find('[data-test=side-column]').exists()).toBe(true); // the checks are open on a plan with findings
    const forward: string[] = [];
    for (let i = 0; i < 4; i++) { await press(); forward.push(pane()); }
    expect(forward).toEqual(['side', 'bar', 'outline', 'fields']);
    expect(document.activeElement).toBe(heading); // back in the node's first field
    const backward: string[] = [];
    for (let i = 0; i < 4; i++) { await press(true); backward.push(pane()); }
    expect(backward).toEqual(['outline', 'bar', 'side', 'fields']);
    // moving the focus selects nothing else and changes nothing
    expect(store.selectedId).toBe(selected);
    expect(store.canUndo).toBe(false);
    // the checks closed: three panes
    w.get<HTMLButtonElement>('[data-test=toggle-lint]').element.click();
    await settle();
    expect(w.find('[data-test=side-column]').exists()).toBe(false);
    heading.focus();
    await press();
    expect(pane()).toBe('bar');
  });
});
