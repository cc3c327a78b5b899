// @vitest-environment happy-dom
/**
 * 共享 (components/ShareDialog.vue) over the office server's plan.shares, plan.share and users.directory, against a
 * fake server behind fetch that keeps the shares as electron/server/access.ts does (one access per account, 'none'
 * removes it, the list back sorted by user name): who it is shared with and how, whom it can be shared with (not
 * oneself, not admins, not twice), 可编辑 only for planners, each change sent at once, the server's refusal shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { session } from '../../renderer/src/api/session';
import { makeI18n } from '../../renderer/src/i18n';
import ShareDialog from '../../renderer/src/components/ShareDialog.vue';
import { stubServerFetch } from './helpers';
import type { Account, DirectoryEntry } from '../../shared/api/server';

const YANG: Account = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
const DIRECTORY: DirectoryEntry[] = [
  { username: 'admin', displayName: '信息科管理员', role: 'admin', district: null },
  { username: 'jing', displayName: '静规划', role: 'planner', district: '静安区' },
  { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区' },
  { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区' },
];
let shares: Map<string, 'read' | 'edit'>;
let calls: Array<{ method: string; input: Record<string, unknown> }>;
let failShares: string | null;

function stubServer() {
  stubServerFetch(calls, (method, input, { ok, fail }) => {
    const list = () => [...shares].sort(([a], [b]) => a.localeCompare(b)).map(([username, access]) => ({ username, access }));
    if (method === 'users.directory') return ok(DIRECTORY);
    if (method === 'plan.shares') return failShares ? fail(404, 'not-found', failShares) : ok(list());
    if (method === 'plan.share') {
      if (!DIRECTORY.some((d) => d.username === input.username)) return fail(404, 'not-found', `没有用户 ${String(input.username)}`);
      if (input.access === 'none') shares.delete(String(input.username));
      else shares.set(String(input.username), input.access as 'read' | 'edit');
      return ok(list());
    }
    return undefined;
  });
}

const mounted: VueWrapper[] = [];
async function mountDialog(): Promise<VueWrapper> {
  const pinia = createPinia();
  setActivePinia(pinia);
  const w = mount(ShareDialog, { props: { planId: 'p1', title: '杨浦区智慧城市三年行动计划(2027-2029)草案', district: '杨浦区' }, global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return w;
}
const options = (w: VueWrapper, sel: string) => w.get(sel).findAll('option').map((o) => ({ value: o.element.value, text: o.text(), disabled: o.element.disabled }));

beforeEach(() => {
  shares = new Map([['rev', 'read']]);
  calls = [];
  failShares = null;
  stubServer();
  Object.assign(session, { mode: 'server', user: YANG, needLogin: false });
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  vi.unstubAllGlobals();
  Object.assign(session, { mode: 'unknown', user: null, needLogin: false });
});

describe('共享', () => {
  it('shows whom the plan is shared with and how, and offers only the others who can be given it', async () => {
    const w = await mountDialog();
    expect(calls.map((c) => c.method).sort()).toEqual(['plan.shares', 'users.directory']);
    expect(w.text()).toContain('共享《杨浦区智慧城市三年行动计划(2027-2029)草案》');
    const rows = w.findAll('[data-test=share-row]');
    expect(rows).toHaveLength(1);
    // rev is of the plan's district: marked as reading it already
    expect(rows[0].text()).toContain('杨审核(rev) · 审核 · 杨浦区 · 本区,已可查看');
    expect((rows[0].get('[data-test=share-access]').element as HTMLSelectElement).value).toBe('read');
    // a reviewer cannot be given 可编辑
    expect(options(w, '[data-test=share-row] [data-test=share-access]').find((o) => o.value === 'edit')!.disabled).toBe(true);
    // not oneself (yang), not an admin, not rev again: only jing
    const offered = options(w, '[data-test=share-pick]').filter((o) => o.value);
    expect(offered.map((o) => o.value)).toEqual(['jing']);
    expect(offered[0].text).toBe('静规划(jing) · 规划 · 静安区');
  });

  it('shares with a planner to edit, changes a share, ends one — each sent at once, the list the server’s answer', async () => {
    const w = await mountDialog();
    await w.get('[data-test=share-pick]').setValue('jing');
    await w.get('[data-test=share-pick-access]').setValue('edit');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'plan.share', input: { planId: 'p1', username: 'jing', access: 'edit' } });
    expect(w.findAll('[data-test=share-row]').map((r) => r.attributes('data-username'))).toEqual(['jing', 'rev']);
    expect(w.get('[data-test=share-done]').text()).toBe('已共享给“静规划”(可编辑)');
    // nobody left to offer
    expect(options(w, '[data-test=share-pick]').filter((o) => o.value)).toEqual([]);

    const jing = w.get('[data-test=share-row][data-username=jing]');
    await jing.get('[data-test=share-access]').setValue('read');
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'plan.share', input: { planId: 'p1', username: 'jing', access: 'read' } });
    expect(shares.get('jing')).toBe('read');

    await w.get('[data-test=share-row][data-username=rev] [data-test=share-remove]').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'plan.share', input: { planId: 'p1', username: 'rev', access: 'none' } });
    expect(w.findAll('[data-test=share-row]').map((r) => r.attributes('data-username'))).toEqual(['jing']);
    // ending a share does not hide the plan from its own district: said so
    expect(w.get('[data-test=share-done]').text()).toBe('已取消共享给“杨审核”;“杨审核”是本区账户,仍能看到这份规划');
    // rev can be chosen again, to read only (the hint says why)
    await w.get('[data-test=share-pick]').setValue('rev');
    expect(w.find('[data-test=share-read-only-hint]').exists()).toBe(true);
    expect(options(w, '[data-test=share-pick-access]').find((o) => o.value === 'edit')!.disabled).toBe(true);
  });

  it('Enter on the form’s selects shares (the browser would only open the list)', async () => {
    shares.clear();
    const w = await mountDialog();
    await w.get('[data-test=share-pick]').setValue('jing');
    await w.get('[data-test=share-pick-access]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'plan.share', input: { planId: 'p1', username: 'jing', access: 'read' } });
    // jing is of another district: no note about reading it already
    expect(w.get('[data-test=share-done]').text()).toBe('已共享给“静规划”(只读)');
  });

  it('a 可编辑 chosen before picking a reviewer falls back to 只读', async () => {
    shares.clear();
    const w = await mountDialog();
    expect(w.find('[data-test=share-none]').exists()).toBe(true);
    await w.get('[data-test=share-pick-access]').setValue('edit');
    await w.get('[data-test=share-pick]').setValue('rev');
    await w.get('[data-test=share-pick]').trigger('change');
    expect((w.get('[data-test=share-pick-access]').element as HTMLSelectElement).value).toBe('read');
    await w.get('[data-test=share-add]').trigger('click');
    await flushPromises();
    expect(calls.at(-1)!.input).toEqual({ planId: 'p1', username: 'rev', access: 'read' });
    // a share to read changes nothing for an account of the plan's district: said so
    expect(w.get('[data-test=share-done]').text()).toBe('已共享给“杨审核”(只读);“杨审核”是本区账户,本来就能看到这份规划');
  });

  it('says in one line when the shares cannot be read, and tries again on request', async () => {
    failShares = '没有找到这份规划';
    const w = await mountDialog();
    expect(w.get('[data-test=share-error]').text()).toContain('读取共享情况失败:没有找到这份规划');
    failShares = null;
    await w.get('[data-test=share-error] button').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=share-error]').exists()).toBe(false);
    expect(w.findAll('[data-test=share-row]')).toHaveLength(1);
  });

  it('ending the share whose button had the focus keeps the focus in the dialog (Esc still closes it)', async () => {
    const w = await mountDialog();
    const remove = w.get('[data-test=share-row][data-username=rev] [data-test=share-remove]');
    (remove.element as HTMLElement).focus();
    await remove.trigger('click');
    await flushPromises();
    expect(w.find('[data-test=share-row]').exists()).toBe(false);
    expect(w.get('[data-test=share-dialog]').element.contains(document.activeElement)).toBe(true);
  });

  it('a share with an account the directory leaves out (disabled, or an admin) shows its user name alone', async () => {
    shares.set('old', 'read');
    const w = await mountDialog();
    const row = w.get('[data-test=share-row][data-username=old]');
    expect(row.get('.who').text()).toBe('old');
  });

  it('Esc closes it', async () => {
    const w = await mountDialog();
    await w.get('[data-test=share-dialog]').trigger('keydown', { key: 'Escape' });
    expect(w.emitted('close')).toHaveLength(1);
  });
});
