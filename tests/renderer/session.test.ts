// @vitest-environment happy-dom
/**
 * Browser mode against the office server (renderer/src/api/session.ts, LoginDialog.vue): the session probe tells the
 * office server (auth.me) from the single-user bridge (unknown method), every call then carries the CSRF token, a
 * "log in" answer brings the login screen back, and the login screen shows the server's one line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { ApiClient, httpTransport } from '../../renderer/src/api/client';
import { login, probeSession, session } from '../../renderer/src/api/session';
import LoginDialog from '../../renderer/src/components/LoginDialog.vue';
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

  it('against the office server: login screen without a session; after login every call carries the CSRF token', async () => {
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    await probeSession();
    expect(session).toMatchObject({ mode: 'server', needLogin: true, user: null });
    const calls = stubServer((m) => (m === 'auth.login' ? { status: 200, body: { ok: true, result: { user: USER, csrf: 'tok-123' } } } : { status: 200, body: { ok: true, result: [] } }));
    expect(await login('yang', 'pw')).toBeNull();
    expect(session).toMatchObject({ mode: 'server', needLogin: false, user: USER });
    await new ApiClient(httpTransport()).call('library.list', {});
    expect(calls.map((c) => [c.method, c.headers['x-csrf-token']])).toEqual([['auth.login', undefined], ['library.list', 'tok-123']]);
    // the session ends on the server: the next call's answer brings the login screen back
    stubServer(() => ({ status: 401, body: { ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } } }));
    await expect(new ApiClient(httpTransport()).call('library.list', {})).rejects.toThrow('请先登录');
    expect(session).toMatchObject({ needLogin: true, user: null });
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
});
