// @vitest-environment happy-dom
/**
 * 账户管理 (views/AccountsView.vue, components/AccountDialog.vue) over the office server's users.* methods, against
 * a fake server behind fetch that answers as electron/server/accounts.ts does: list, add (with what the server would
 * refuse said first, and the server's own refusal shown as it comes), edit, reset a password, disable after a
 * confirmation; the dialog takes the focus, Esc closes it; anyone but an admin is told, and nothing is asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { session } from '../../renderer/src/api/session';
import { makeI18n } from '../../renderer/src/i18n';
import { useUi } from '../../renderer/src/stores/ui';
import AccountsView from '../../renderer/src/views/AccountsView.vue';
import { stubServerFetch } from './helpers';
import type { Account } from '../../shared/api/server';

const ADMIN: Account = { username: 'admin', displayName: '管理员', role: 'admin', district: null, disabled: false };
let users: Account[];
let calls: Array<{ method: string; input: Record<string, unknown> }>;

function stubServer() {
  stubServerFetch(calls, (method, input, { ok, fail }) => {
    if (method === 'users.list') return ok(users);
    if (method === 'users.add') {
      if (users.some((u) => u.username === input.username)) return fail(409, 'conflict', `用户名 ${String(input.username)} 已存在`);
      const a: Account = { username: String(input.username), displayName: String(input.displayName ?? input.username), role: input.role as Account['role'], district: (input.district as string | null) ?? null, disabled: false };
      users.push(a);
      return ok(a);
    }
    if (method === 'users.update') {
      const u = users.find((x) => x.username === input.username)!;
      if (input.disabled === true && u.role === 'admin') return fail(409, 'invalid-state', '不能停用或降级最后一个管理员账户');
      const { password: _p, username: _u, ...change } = input;
      Object.assign(u, change);
      return ok(u);
    }
    return undefined;
  });
}

const mounted: VueWrapper[] = [];
async function mountView(): Promise<VueWrapper> {
  const pinia = createPinia();
  setActivePinia(pinia);
  const w = mount(AccountsView, { global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return w;
}
const row = (w: VueWrapper, username: string) => w.get(`[data-test=account-row][data-username="${username}"]`);

beforeEach(() => {
  users = [structuredClone(ADMIN), { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false }];
  calls = [];
  stubServer();
  Object.assign(session, { mode: 'server', user: ADMIN, needLogin: false });
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  vi.unstubAllGlobals();
  Object.assign(session, { mode: 'unknown', user: null, needLogin: false });
});

describe('账户管理', () => {
  it('lists every account with its role, district and state', async () => {
    const w = await mountView();
    expect(calls.map((c) => c.method)).toEqual(['users.list']);
    expect(w.findAll('[data-test=account-row]')).toHaveLength(2);
    expect(row(w, 'yang').text()).toContain('杨规划');
    expect(row(w, 'yang').text()).toContain('规划');
    expect(row(w, 'yang').text()).toContain('杨浦区');
    expect(row(w, 'admin').text()).toContain('不属于任何区');
    expect(row(w, 'admin').text()).toContain('(当前账户)');
    // the own account can be renamed, not reset or disabled from here (either would end this session)
    expect(row(w, 'admin').find('[data-test=account-edit]').exists()).toBe(true);
    expect(row(w, 'admin').find('[data-test=account-password]').exists()).toBe(false);
    expect(row(w, 'admin').find('[data-test=account-toggle]').exists()).toBe(false);
  });

  it('adds an account: the dialog takes the focus; a short password or a mismatch is one line and nothing is sent; the server’s refusal shows as it comes', async () => {
    const w = await mountView();
    await w.get('[data-test=account-add]').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(w.get('[data-test=account-username]').element);
    await w.get('[data-test=account-username]').setValue('wang');
    await w.get('[data-test=account-display-name]').setValue('王审核');
    await w.get('[data-test=account-role]').setValue('reviewer');
    await w.get('[data-test=account-district]').setValue('静安区');
    await w.get('[data-test=account-password-input]').setValue('short');
    await w.get('[data-test=account-password-confirm]').setValue('short');
    await w.get('[data-test=account-dialog]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-test=account-error]').text()).toBe('密码至少需要 12 个字符');
    await w.get('[data-test=account-password-input]').setValue('wang-reviewer-pw-1');
    await w.get('[data-test=account-password-confirm]').setValue('wang-reviewer-pw-2');
    await w.get('[data-test=account-dialog]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-test=account-error]').text()).toBe('两次输入的密码不一致');
    expect(calls.filter((c) => c.method === 'users.add')).toHaveLength(0);

    await w.get('[data-test=account-password-input]').setValue('wang-reviewer-pw-1');
    await w.get('[data-test=account-password-confirm]').setValue('wang-reviewer-pw-1');
    await w.get('[data-test=account-dialog]').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'users.add')!.input).toEqual({ username: 'wang', displayName: '王审核', role: 'reviewer', district: '静安区', password: 'wang-reviewer-pw-1' });
    expect(w.find('[data-test=account-dialog]').exists()).toBe(false);
    expect(row(w, 'wang').text()).toContain('审核');

    // a user name that is taken: the server's line
    await w.get('[data-test=account-add]').trigger('click');
    await w.get('[data-test=account-username]').setValue('yang');
    await w.get('[data-test=account-password-input]').setValue('another-password-1');
    await w.get('[data-test=account-password-confirm]').setValue('another-password-1');
    await w.get('[data-test=account-dialog]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-test=account-error]').text()).toBe('用户名 yang 已存在');
    // Esc closes it
    await w.get('[data-test=account-username]').trigger('keydown', { key: 'Escape' });
    expect(w.find('[data-test=account-dialog]').exists()).toBe(false);
  });

  it('changes a role and district, resets a password, disables after a confirmation; the server’s refusal for the last admin is shown', async () => {
    const w = await mountView();
    await row(w, 'yang').get('[data-test=account-edit]').trigger('click');
    await w.get('[data-test=account-role]').setValue('clerk');
    await w.get('[data-test=account-district]').setValue('');
    await w.get('[data-test=account-dialog]').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'users.update', input: { username: 'yang', role: 'clerk', district: null, displayName: '杨规划' } });
    expect(row(w, 'yang').text()).toContain('文书');
    expect(row(w, 'yang').text()).toContain('不属于任何区');

    await row(w, 'yang').get('[data-test=account-password]').trigger('click');
    await w.get('[data-test=account-password-input]').setValue('a-new-password-12');
    await w.get('[data-test=account-password-confirm]').setValue('a-new-password-12');
    await w.get('[data-test=account-dialog]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'users.update', input: { username: 'yang', password: 'a-new-password-12' } });

    const ui = useUi();
    await row(w, 'yang').get('[data-test=account-toggle]').trigger('click');
    expect(ui.confirm?.text).toContain('停用账户“杨规划”(yang)');
    ui.confirm!.resolve(false);
    await flushPromises();
    expect(calls.at(-1)!.input).not.toHaveProperty('disabled');
    await row(w, 'yang').get('[data-test=account-toggle]').trigger('click');
    ui.confirm!.resolve(true);
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'users.update', input: { username: 'yang', disabled: true } });
    expect(row(w, 'yang').get('[data-test=account-state]').text()).toBe('已停用');
    expect(row(w, 'yang').get('[data-test=account-toggle]').text()).toBe('启用');

    // another admin may not be disabled when it is the last one: the server's line
    users.push({ username: 'boss', displayName: '主任', role: 'admin', district: null, disabled: false });
    users.splice(0, 1); // (this fake refuses any admin)
    mounted.splice(mounted.indexOf(w), 1);
    w.unmount();
    const again = await mountView();
    await row(again, 'boss').get('[data-test=account-toggle]').trigger('click');
    useUi().confirm!.resolve(true);
    await flushPromises();
    const { useToasts } = await import('../../renderer/src/stores/toasts');
    expect(useToasts().items.at(-1)).toMatchObject({ kind: 'error', text: '不能停用或降级最后一个管理员账户' });
    expect(row(again, 'boss').get('[data-test=account-state]').text()).toBe('启用');
  });

  it('anyone but an admin is told so, and nothing is asked of the server', async () => {
    session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
    const w = await mountView();
    expect(w.get('[data-test=accounts-refused]').text()).toBe('没有权限');
    expect(w.find('[data-test=account-add]').exists()).toBe(false);
    expect(calls).toEqual([]);
  });
});
