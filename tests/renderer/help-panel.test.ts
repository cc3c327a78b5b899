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
import { session } from '../../renderer/src/api/session';
import { roleMethods } from '../../electron/server/permissions';

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

describe('HelpPanel tasks follow the role (h-ui46: a planner on the office server was told of 备份, which only the admin has)', () => {
  const tasksShown = (w: VueWrapper) => w.findAll('[data-test=help-tasks] li').map((li) => li.attributes('data-task'));
  afterEach(() => {
    session.mode = 'unknown';
    session.user = null;
    session.methods = null;
  });

  it('one user on their own library: every task, 备份 included', async () => {
    session.mode = 'local';
    const w = await open();
    expect(tasksShown(w)).toEqual(['import', 'newPlan', 'edit', 'compare', 'review', 'preview', 'export', 'backup']);
    expect(w.get('[data-test=help-tasks]').text()).toContain('备份与恢复');
  });

  it('a planner on the office server: no 备份 (the bar has no such button)', async () => {
    session.mode = 'server';
    session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
    const w = await open();
    expect(tasksShown(w)).toEqual(['import', 'newPlan', 'edit', 'compare', 'review', 'preview', 'export']);
    expect(w.get('[data-test=help-tasks]').text()).not.toContain('备份');
  });

  it('a reviewer: neither 导入, 新建, 提交审阅 nor 导出 — commenting is theirs', async () => {
    session.mode = 'server';
    session.user = { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区', disabled: false };
    session.methods = roleMethods('reviewer');
    const w = await open();
    expect(tasksShown(w)).toEqual(['compare', 'reviewOnly']);
    const text = w.get('[data-test=help-tasks]').text();
    expect(text).not.toContain('提交审阅');
    expect(text).not.toContain('导入文件');
  });

  it('a clerk: compare, preview and export, no commenting', async () => {
    session.mode = 'server';
    session.user = { username: 'clk', displayName: '文书李', role: 'clerk', district: '杨浦区', disabled: false };
    session.methods = roleMethods('clerk');
    const w = await open();
    expect(tasksShown(w)).toEqual(['compare', 'preview', 'export']);
  });

  it('the admin on the office server: 备份 too', async () => {
    session.mode = 'server';
    session.user = { username: 'adm', displayName: '管理员', role: 'admin', district: null, disabled: false };
    const w = await open();
    expect(tasksShown(w)).toContain('backup');
  });
});
