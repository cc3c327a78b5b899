// @vitest-environment happy-dom
/**
 * A 成文日期 typed into 计划信息 and not yet taken (no Enter, the field not left) is not lost on any way out of it
 * (review of session 35): a shortcut or a link to the compare view or to another plan (the route changes, the field
 * never blurs), a click in the outline (the form goes), the window closed (beforeunload; Electron's close guard asks on
 * the same event). A date that can be read is taken into the plan and saved; one that cannot makes the way out ask.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router';
import { setApi, useApi } from '../../renderer/src/api/client';
import { installHost } from '../../renderer/src/host';
import { createBrowserHost } from '../../renderer/src/host/browser';
import { makeI18n } from '../../renderer/src/i18n';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { useUi } from '../../renderer/src/stores/ui';
import EditorView from '../../renderer/src/views/EditorView.vue';
import { fakeLibrary, MonacoStub, seedDoc, type FakeLibrary } from './helpers';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  try { useEditorStore().unload(); } catch { /* no pinia */ }
  try { localStorage.clear(); } catch { /* none */ }
  installHost(null);
  setApi(null);
});

async function settle() {
  for (let i = 0; i < 6; i++) { await flushPromises(); await nextTick(); }
}

/** Two plans (issuedOn 2014-03-05), the editor on p1 showing 计划信息, and 成文日期 typed without Enter or leaving it. */
async function typedInMeta(typed: string, opts: { desktop?: boolean } = {}): Promise<{ w: VueWrapper; router: Router; lib: FakeLibrary; input: HTMLInputElement }> {
  const a = seedDoc();
  a.meta.issuedOn = '2014-03-05';
  const lib = fakeLibrary({ p1: a, p2: seedDoc('002_72028bf86ba9aa86.txt') });
  setApi(lib.client);
  // (as the Electron host: a save dispatched while the window closes completes in the main process)
  if (opts.desktop) installHost({ ...createBrowserHost(useApi()), savesSurviveUnload: true });
  const pinia = createPinia();
  setActivePinia(pinia);
  const page = defineComponent({ render: () => h('div', { 'data-test': 'other-view' }) });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: page }, { path: '/compare', name: 'compare', component: page }, { path: '/plan/:id', name: 'plan', component: EditorView, props: true }],
  });
  await router.push('/plan/p1');
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const w = mount(Root, { global: { plugins: [pinia, makeI18n('zh-CN'), router], stubs: { MonacoBody: MonacoStub } }, attachTo: document.body });
  mounted.push(w);
  await settle();
  useEditorStore().showMeta('issuedOn');
  await settle();
  const input = w.get<HTMLInputElement>('[data-field=issuedOn]');
  input.element.focus();
  // (typed: input events only — no change, no Enter; VTU's setValue would send a change too)
  input.element.value = typed;
  await input.trigger('input');
  await settle();
  expect(document.activeElement).toBe(input.element);
  expect(useEditorStore().meta!.issuedOn).toBe('2014-03-05');
  return { w, router, lib, input: input.element };
}

const savedIssuedOn = (lib: FakeLibrary) => lib.plans.get('p1')!.meta.issuedOn;

describe('a typed 成文日期 on the way out of the plan', () => {
  it('to the compare view (the palette\'s 对比, a shortcut): taken and saved before the view changes', async () => {
    const { router, lib } = await typedInMeta('2025年6月底');
    await router.push({ name: 'compare', query: { left: 'p1' } });
    await settle();
    expect(router.currentRoute.value.name).toBe('compare');
    expect(savedIssuedOn(lib)).toBe('2025-06-30');
  });

  it('to another plan in the same view: taken into this plan and saved, not shown on the next one', async () => {
    const { router, lib, w } = await typedInMeta('二〇二五年六月三十日');
    await router.push('/plan/p2');
    await settle();
    expect(router.currentRoute.value.params.id).toBe('p2');
    expect(savedIssuedOn(lib)).toBe('2025-06-30');
    expect(lib.plans.get('p2')!.meta.issuedOn).not.toBe('2025-06-30');
    expect(useEditorStore().planId).toBe('p2');
    if (useEditorStore().panel === 'meta') expect(w.get<HTMLInputElement>('[data-field=issuedOn]').element.value).not.toBe('2025年6月30日');
  });

  it('a click in the outline (the form goes): taken into the plan', async () => {
    const { w } = await typedInMeta('2025年6月底');
    await w.findAll('[data-test=outline-row]')[1].trigger('click');
    await settle();
    expect(useEditorStore().panel).not.toBe('meta');
    expect(useEditorStore().meta!.issuedOn).toBe('2025-06-30');
  });

  it('the window closed: taken before the unsaved check, so the close saves it (or asks)', async () => {
    const { lib } = await typedInMeta('2025年6月底');
    const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    window.dispatchEvent(e);
    expect(useEditorStore().meta!.issuedOn).toBe('2025-06-30');
    // the browser host cannot count on a save sent during unload: it asks, and the save is on its way
    expect(e.defaultPrevented).toBe(true);
    await settle();
    expect(savedIssuedOn(lib)).toBe('2025-06-30');
  });

  it('the desktop window closed (a save over IPC survives the page): taken and sent, the window closes without asking', async () => {
    const { lib } = await typedInMeta('2025年6月底', { desktop: true });
    // (electron/main's close guard asks only when beforeunload is prevented)
    const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    window.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    const save = lib.calls.filter((c) => c.method === 'plan.save').at(-1);
    expect((save?.input as { doc: { meta: { issuedOn: string } } } | undefined)?.doc.meta.issuedOn).toBe('2025-06-30');
  });

  it('a date that cannot be read: leaving asks; staying keeps the plan, the text and the reason', async () => {
    const { router, lib, w, input } = await typedInMeta('下个月');
    const going = router.push('/');
    await settle();
    const ui = useUi();
    expect(ui.confirm?.text).toContain('“下个月”');
    expect(ui.confirm?.text).toContain('仍要离开');
    ui.confirm!.resolve(false);
    await going;
    await settle();
    expect(router.currentRoute.value.params.id).toBe('p1');
    expect(input.value).toBe('下个月');
    expect(w.get('[data-test=date-error]').text()).toContain('无法识别的日期“下个月”');
    expect(savedIssuedOn(lib)).toBe('2014-03-05');
    // closing the window asks too
    const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
    window.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
  });
});
