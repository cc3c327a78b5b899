// @vitest-environment happy-dom
/**
 * Browser mode against the office server (renderer/src/api/session.ts, LoginDialog.vue): the session probe tells the
 * office server (auth.me) from the single-user bridge (unknown method), every call then carries the CSRF token, a
 * "log in" answer brings the login screen back, and the login screen shows the server's one line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { ApiClient, httpTransport } from '../../renderer/src/api/client';
import { isOwnAccount, login, probeSession, session } from '../../renderer/src/api/session';
import LoginDialog from '../../renderer/src/components/LoginDialog.vue';
import App from '../../renderer/src/App.vue';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { makeI18n } from '../../renderer/src/i18n';

const USER = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
type Answer = { status: number; body: unknown };

function stubServer(answer: (method: string, init: RequestInit) => Answer) {
  const calls: Array<{ method: string; headers: Record<string, string> }> = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const method = url.replace(/^.*\/api\//, '');
    calls.push({ method, headers: init.headers as Record<string, string> });
    const a = answer(method, init);
    return new Response(JSON.stringify(a.body), { status: a.status });
  }));
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(session, { mode: 'unknown', user: null, needLogin: false });
});

describe('session (browser mode)', () => {
  it('against the bridge: auth.me is unknown, mode local, no CSRF header and no login screen', async () => {
    const calls = stubServer(() => ({ status: 404, body: { ok: false, error: { code: 'unknown-method', message: '未知的接口方法:auth.me' } } }));
    await probeSession();
    expect(session.mode).toBe('local');
    expect(session.needLogin).toBe(false);
    await new ApiClient(httpTransport()).call('app.info', {}).catch(() => {});
    expect(calls[1].headers['x-csrf-token']).toBeUndefined();
    // the bridge's own 401 (no session cookie) does not bring up a login screen: it has no accounts
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '缺少或错误的访问令牌' } } }));
    await new ApiClient(httpTransport()).call('library.list', {}).catch(() => {});
    expect(session.needLogin).toBe(false);
  });

  it('against the bridge that says so (server.hello: desktop): mode local without asking auth.me (no 404 in the console)', async () => {
    const calls = stubServer((m) => (m === 'server.hello'
      ? { status: 200, body: { ok: true, result: { product: 'plan-workbench', kind: 'desktop' } } }
      : { status: 404, body: { ok: false, error: { code: 'unknown-method', message: `未知的接口方法:${m}` } } }));
    await probeSession();
    expect(session.mode).toBe('local');
    expect(calls.map((c) => c.method)).toEqual(['server.hello']);
    // the office server answers hello with kind office: auth.me is asked
    const office = stubServer((m) => (m === 'server.hello'
      ? { status: 200, body: { ok: true, result: { product: 'plan-workbench', kind: 'office' } } }
      : { status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    await probeSession();
    expect(office.map((c) => c.method)).toEqual(['server.hello', 'auth.me']);
    expect(session).toMatchObject({ mode: 'server', needLogin: true });
  });

  it('against the office server: login screen without a session; after login every call carries the CSRF token', async () => {
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    await probeSession();
    expect(session).toMatchObject({ mode: 'server', needLogin: true, user: null });
    const calls = stubServer((m) => (m === 'auth.login' ? { status: 200, body: { ok: true, result: { user: USER, userId: 7, csrf: 'tok-123' } } } : { status: 200, body: { ok: true, result: [] } }));
    expect(await login('yang', 'pw')).toBeNull();
    expect(session).toMatchObject({ mode: 'server', needLogin: false, user: USER, userId: 7 });
    // the account is told from a colleague by that id, not by its display name
    expect(isOwnAccount(7)).toBe(true);
    expect(isOwnAccount(8)).toBe(false);
    expect(isOwnAccount(undefined)).toBe(false);
    await new ApiClient(httpTransport()).call('library.list', {});
    expect(calls.map((c) => [c.method, c.headers['x-csrf-token']])).toEqual([['auth.login', undefined], ['library.list', 'tok-123']]);
    // the session ends on the server: the next call's answer brings the login screen back
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    await expect(new ApiClient(httpTransport()).call('library.list', {})).rejects.toThrow('请先登录');
    expect(session).toMatchObject({ needLogin: true, user: null, userId: null });
    expect(isOwnAccount(7)).toBe(false);
  });

  it('the login screen shows the server’s one line and clears the password; on success it is done', async () => {
    let answer: Answer = { status: 429, body: { ok: false, error: { code: 'rate-limited', message: '登录尝试次数过多,请 2 分钟后再试。' } } };
    stubServer(() => answer);
    const onDone = vi.fn();
    const w = mount(LoginDialog, { props: { onDone }, global: { plugins: [makeI18n('zh-CN')] } });
    expect(w.text()).toContain('登录单位资料库');
    await w.get('[data-test=login-username]').setValue('yang');
    await w.get('[data-test=login-password]').setValue('wrong');
    await w.get('[data-test=login-form]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-test=login-error]').text()).toBe('登录尝试次数过多,请 2 分钟后再试。');
    expect((w.get('[data-test=login-password]').element as HTMLInputElement).value).toBe('');
    expect(onDone).not.toHaveBeenCalled();
    answer = { status: 200, body: { ok: true, result: { user: USER, csrf: 'c' } } };
    await w.get('[data-test=login-password]').setValue('right-password');
    await w.get('[data-test=login-form]').trigger('submit');
    await flushPromises();
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(w.find('[data-test=login-error]').exists()).toBe(false);
  });

  it('before logging in the window shows the login form, the app’s name and help — not 资料库, 对比 or any other command', async () => {
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div data-test="library-view">资料库内容</div>' } }, { path: '/compare', name: 'compare', component: { template: '<div/>' } }] });
    await router.push('/');
    const w = mount(App, { global: { plugins: [createPinia(), router, makeI18n('zh-CN')] }, attachTo: document.body });
    try {
      // while the page does not know yet whether it is served by the office server, nothing of the app shows either
      expect(w.find('[data-test=nav-compare]').exists()).toBe(false);
      await flushPromises();
      expect(session.needLogin).toBe(true);
      expect(w.find('[data-test=login-form]').exists()).toBe(true);
      expect(w.find('.brand').text()).toContain('规划工作台');
      expect(w.find('[data-test=open-help]').exists()).toBe(true);
      expect(w.find('nav').exists()).toBe(false);
      expect(w.find('[data-test=nav-compare]').exists()).toBe(false);
      for (const b of ['new-plan', 'import', 'open-backups', 'identity', 'account', 'logout', 'library-view']) expect(w.find(`[data-test=${b}]`).exists(), b).toBe(false);
      // every button left: the login's own, help and the language
      const buttons = w.findAll('button').map((b) => b.attributes('data-test') ?? b.text());
      expect(buttons.sort()).toEqual(['locale', 'login-submit', 'open-help'].sort());
    } finally {
      w.unmount();
    }
  });
});
