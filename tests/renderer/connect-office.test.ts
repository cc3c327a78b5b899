// @vitest-environment happy-dom
/**
 * 文件 › 连接到单位资料库 in the desktop app's own page (renderer/src/components/ConnectOfficeDialog.vue): the dialog
 * sends what was typed (trimmed) through the preload's connectOffice, closes when main has opened the server's
 * window, shows main's one line when it refused (bad address, server unreachable), and offers the last address again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ConnectOfficeDialog from '../../renderer/src/components/ConnectOfficeDialog.vue';
import { createElectronHost } from '../../renderer/src/host/electron';
import { makeI18n } from '../../renderer/src/i18n';
import type { Envelope } from '../../shared/api/contract';
import type { OfficeConnection } from '../../shared/api/host';

type Connect = (address: string) => Promise<Envelope<OfficeConnection>>;

function open(connect: Connect, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const onClose = vi.fn();
  const w = mount(ConnectOfficeDialog, { props: { connect, onClose }, global: { plugins: [makeI18n(locale)] }, attachTo: document.body });
  return { w, onClose };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('连接到单位资料库 dialog', () => {
  it('sends the typed address (trimmed) once and closes when main has connected', async () => {
    const connect = vi.fn<Connect>(async (a) => ({ ok: true, result: { url: `http://${a}/` } }));
    const { w, onClose } = open(connect);
    expect(w.text()).toContain('连接到单位资料库');
    expect(w.text()).toContain('服务器地址');
    await w.get('[data-test=office-address]').setValue('  192.168.1.20:8080 ');
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(connect.mock.calls).toEqual([['192.168.1.20:8080']]);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(w.find('[data-test=office-error]').exists()).toBe(false);
  });

  it('shows main’s one line when the server cannot be reached, stays open, and clears it on the next try', async () => {
    const line = '无法连接单位资料库 192.168.1.20:8080:请检查地址和网络,或请管理员确认服务器已启动';
    const connect = vi.fn<Connect>(async () => ({ ok: false, error: { code: 'offline', message: line } }));
    const { w, onClose } = open(connect);
    await w.get('[data-test=office-address]').setValue('http://192.168.1.20:8080');
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-test=office-error]').text()).toBe(line);
    expect(w.get('[data-test=office-error]').attributes('role')).toBe('alert');
    expect(onClose).not.toHaveBeenCalled();
    connect.mockResolvedValueOnce({ ok: true, result: { url: 'http://192.168.1.21:8080/' } });
    await w.get('[data-test=office-address]').setValue('http://192.168.1.21:8080');
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a refused address shows main’s reason; an empty one is not sent', async () => {
    const connect = vi.fn<Connect>(async () => ({ ok: false, error: { code: 'invalid-input', message: '只能连接 http:// 或 https:// 地址' } }));
    const { w } = open(connect);
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(connect).not.toHaveBeenCalled();
    expect(w.get('[data-test=office-error]').text()).toBe('请输入单位资料库的地址');
    await w.get('[data-test=office-address]').setValue('file:///etc/passwd');
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(connect.mock.calls).toEqual([['file:///etc/passwd']]);
    expect(w.get('[data-test=office-error]').text()).toBe('只能连接 http:// 或 https:// 地址');
  });

  it('declining plain http leaves no error line; 取消 and Esc close without connecting', async () => {
    const connect = vi.fn<Connect>(async () => ({ ok: false, error: { code: 'cancelled', message: '已取消连接' } }));
    const { w, onClose } = open(connect);
    await w.get('[data-test=office-address]').setValue('http://plan.example.gov.cn');
    await w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    expect(w.find('[data-test=office-error]').exists()).toBe(false);
    await w.get('[data-test=office-cancel]').trigger('click');
    await w.get('.backdrop').trigger('keydown', { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('offers the last address typed again', async () => {
    const connect = vi.fn<Connect>(async () => ({ ok: false, error: { code: 'offline', message: 'x' } }));
    const first = open(connect);
    await first.w.get('[data-test=office-address]').setValue('10.0.0.5:8080');
    await first.w.get('[data-test=office-dialog]').trigger('submit');
    await flushPromises();
    first.w.unmount();
    const second = open(connect);
    expect((second.w.get('[data-test=office-address]').element as HTMLInputElement).value).toBe('10.0.0.5:8080');
  });

  it('English labels', () => {
    const { w } = open(vi.fn<Connect>(), 'en');
    expect(w.text()).toContain('Connect to the office library');
    expect(w.text()).toContain('Server address');
    expect(w.get('[data-test=office-connect]').text()).toBe('Connect');
  });

  it('the desktop host hands the preload’s connectOffice to the page; without it there is none', async () => {
    const connectOffice = vi.fn(async () => ({ ok: true as const, result: { url: 'http://10.0.0.5/' } }));
    const dialogs = { openImportFile: vi.fn(), connectOffice };
    const host = createElectronHost({ api: {} as never, appDialogs: dialogs as never })!;
    expect(await host.dialogs!.connectOffice!('10.0.0.5')).toEqual({ ok: true, result: { url: 'http://10.0.0.5/' } });
    expect(createElectronHost({ api: {} as never })!.dialogs).toBeNull();
  });
});
