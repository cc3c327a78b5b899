// @vitest-environment happy-dom
/**
 * The app-wide dialogs and a change of page (renderer/src/components/useModalFocus.ts, useCloseOnLeave): the pages'
 * own dialogs (export, share, preview) close with their page, so the app-wide ones close too when the route's path
 * changes (before, 备份与恢复 stayed open over the next page, walk finding); a confirmation answers 取消; one doing work
 * (a backup being made) stays until it is done; a change of the node in the same plan (?node=) closes nothing.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';

import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import BackupDialog from '../../renderer/src/components/BackupDialog.vue';
import ConfirmDialog from '../../renderer/src/components/ConfirmDialog.vue';
import HelpPanel from '../../renderer/src/components/HelpPanel.vue';
import IdentityDialog from '../../renderer/src/review/IdentityDialog.vue';
import { useUi } from '../../renderer/src/stores/ui';
import { usePrefs } from '../../renderer/src/stores/prefs';
import { fakeApi } from './helpers';

async function setup() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const page = { template: '<div/>' };
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: page }, { path: '/compare', component: page }, { path: '/plan/:id', component: page }] });
  await router.push('/plan/p1?node=a');
  const plugins = [pinia, router, makeI18n('zh-CN')];
  return { router, plugins, ui: useUi() };
}

afterEach(() => setApi(null));

describe('app-wide dialogs when the page changes', () => {
  it('备份与恢复 closes when another page opens; a new node of the same plan (?node=) leaves it open', async () => {
    fakeApi({ 'backup.list': () => [], 'app.info': () => ({ dataDir: '/tmp/lib' }) });
    const { router, plugins, ui } = await setup();
    ui.backupsOpen = true;
    const w = mount(BackupDialog, { global: { plugins } });
    await flushPromises();
    await router.push('/plan/p1?node=b');
    await flushPromises();
    expect(ui.backupsOpen).toBe(true);
    await router.push('/compare');
    await flushPromises();
    expect(ui.backupsOpen).toBe(false);
    w.unmount();
  });

  it('a backup being made keeps its dialog open across the change of page (its result is the library’s)', async () => {
    let finish: (v: unknown) => void = () => {};
    fakeApi({ 'backup.list': () => [], 'app.info': () => ({ dataDir: '/tmp/lib' }), 'backup.create': () => new Promise((r) => { finish = r; }) });
    const { router, plugins, ui } = await setup();
    ui.backupsOpen = true;
    const w = mount(BackupDialog, { global: { plugins } });
    await flushPromises();
    await w.get('[data-test=backup-create]').trigger('click');
    await router.push('/');
    await flushPromises();
    expect(ui.backupsOpen).toBe(true);
    finish({ name: 'b1', bytes: 1024, createdAt: '2026-12-06T00:00:00Z', schemaVersion: 1, plans: 5 });
    await flushPromises();
    expect(ui.backupsOpen).toBe(true); // done: the user reads the result and closes it
    w.unmount();
  });

  it('a confirmation answers 取消; help and the reviewer identity close', async () => {
    fakeApi({ 'prefs.get': () => ({ identity: { name: '', department: '' } }) });
    const { router, plugins, ui } = await setup();
    const answer = ui.ask('删除“某计划”?此操作无法撤销。', true, { irreversible: true });
    const confirm = mount(ConfirmDialog, { global: { plugins } });
    ui.helpOpen = true;
    const help = mount(HelpPanel, { global: { plugins } });
    const prefs = usePrefs();
    const identity = prefs.openDialog('menu');
    const who = mount(IdentityDialog, { global: { plugins } });
    await flushPromises();
    await router.push('/compare');
    await flushPromises();
    expect(await answer).toBe(false);
    expect(ui.confirm).toBeNull();
    expect(ui.helpOpen).toBe(false);
    expect(await identity).toBe(false);
    expect(prefs.dialog).toBeNull();
    for (const w of [confirm, help, who]) w.unmount();
  });
});

describe('a dialog keeps the focus while it works (walk 10)', () => {
  it('立即备份 is disabled while the backup is made: the focus stays in 备份与恢复, and Esc closes it after', async () => {
    let finish: (v: unknown) => void = () => {};
    fakeApi({ 'backup.list': () => [], 'app.info': () => ({ dataDir: '/tmp/lib' }), 'backup.create': () => new Promise((r) => { finish = r; }) });
    const { plugins, ui } = await setup();
    ui.backupsOpen = true;
    const w = mount(BackupDialog, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const create = w.get<HTMLButtonElement>('[data-test=backup-create]').element;
    create.focus();
    await w.get('[data-test=backup-create]').trigger('click');
    await flushPromises();
    expect(create.disabled).toBe(true);
    // Chromium takes the focus from a focused button that becomes disabled and gives it to <body> (happy-dom does not)
    if (document.activeElement === create) { create.disabled = false; create.blur(); create.disabled = true; }
    const dialog = w.get('[role=dialog]').element;
    expect(dialog.contains(document.activeElement)).toBe(true);
    finish({ name: 'b1', bytes: 1024, createdAt: '2026-12-06T00:00:00Z', schemaVersion: 1, plans: 5 });
    await flushPromises();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.backupsOpen).toBe(false);
    w.unmount();
  });
});
