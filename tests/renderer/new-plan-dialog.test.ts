// @vitest-environment happy-dom
/**
 * 新建计划 by keyboard (the keyboard walk of session 32 at 1366×768): Enter on the chosen template did nothing, 下一步
 * left the focus on the dialog (not on 区, the next step's first field), and the two 模式 radios were two Tab stops
 * (radios without a name: no group). Now the dialog's keys are the app's other dialogs' (useDialogKeys): Enter in a
 * field is the step's primary button (下一步, then 创建), Esc closes; each step starts on its first field; each radio
 * set is one group.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import NewPlanDialog from '../../renderer/src/components/NewPlanDialog.vue';
import { useUi } from '../../renderer/src/stores/ui';
import type { PlanSummary } from '../../shared/api/contract';
import { fakeApi } from './helpers';

const PLAN: PlanSummary = {
  id: 'a', title: '静安区推进智慧城区建设三年行动方案(2014-2016)', district: '静安区', period: { start: 2014, end: 2016 }, status: 'reference',
  counts: { action: 5, task: 22 }, sourceFileName: 'a.txt', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', basedOn: null, revision: 1,
};

afterEach(() => setApi(null));

async function open() {
  const calls = fakeApi({ 'library.list': () => [PLAN], 'plan.createFromTemplate': () => ({ id: 'p_new' }) });
  const pinia = createPinia();
  setActivePinia(pinia);
  const page = { template: '<div/>' };
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: page }, { path: '/plan/:id', name: 'plan', component: page }] });
  await router.push('/');
  const ui = useUi();
  ui.newPlanOpen = true;
  const w = mount(NewPlanDialog, { global: { plugins: [pinia, router, makeI18n('zh-CN')] }, attachTo: document.body });
  await flushPromises();
  return { w, ui, calls, router };
}
const enter = (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

describe('新建计划 by keyboard', () => {
  it('Enter on the chosen template goes to the next step, the focus on 区; Enter there creates the plan', async () => {
    const { w, ui, calls, router } = await open();
    const radios = w.findAll<HTMLInputElement>('input[type=radio]');
    expect(radios.map((r) => r.attributes('name'))).toEqual(['wizard-template', 'wizard-template']);
    const template = radios[1].element;
    template.checked = true;
    await radios[1].trigger('change');
    template.focus();
    enter(template);
    await flushPromises();
    expect(w.find('[data-test=wizard-district]').exists()).toBe(true);
    expect(document.activeElement).toBe(w.get('[data-test=wizard-district]').element);
    expect((w.get('[data-test=wizard-district]').element as HTMLInputElement).value).toBe('静安区');
    // the 模式 radios are one group
    expect(w.findAll('[data-test^=mode-]').map((r) => r.attributes('name'))).toEqual(['wizard-mode', 'wizard-mode']);
    enter(document.activeElement!);
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.createFromTemplate').map((c) => (c.input as { templateId: string }).templateId)).toEqual(['a']);
    expect(ui.newPlanOpen).toBe(false);
    expect(router.currentRoute.value.path).toBe('/plan/p_new');
    w.unmount();
  });

  it('返回 goes back with the focus on the chosen template; Esc closes', async () => {
    const { w, ui } = await open();
    await w.get('[data-test=wizard-next]').trigger('click');
    await flushPromises();
    const back = w.findAll('footer button').find((b) => b.text() === '返回')!;
    await back.trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(w.find('input[type=radio]:checked').element);
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(ui.newPlanOpen).toBe(false);
    w.unmount();
  });
});
