/**
 * 文件 › 连接到单位资料库 in the Electron main process, with a stubbed 'electron': the address check, the probe, the
 * office window (no preload, sandboxed, its own session, navigation kept on the server's origin), the remembered
 * address in userData/settings.json, the menu items and their wiring, and the IPC channel's sender check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronStub, fakeFrame, FakeBrowserWindow, FakeIpcMain, FakeSession, resetElectronStub } from '../helpers/electron-stub';

vi.mock('electron', async () => (await import('../helpers/electron-stub')).electronStub);

const coreMock = vi.hoisted(() => ({ createCore: vi.fn() }));
vi.mock('../../electron/core/core.js', () => coreMock);

import { CONNECT_OFFICE_CHANNEL, MENU_CHANNEL } from '../../shared/api/host';
import { APP_INDEX_URL } from '../../electron/main/security';
import {
  checkOfficeAddress,
  hardenOfficeSession,
  isOfficeRequestUrl,
  isPrivateAddress,
  OFFICE_PARTITION,
  probeOffice,
  readSettings,
  SETTINGS_FILE,
  writeSettings,
  type FetchLike,
} from '../../electron/main/office';
import { createOfficeWindow } from '../../electron/main/window';
import { registerDialogIpc } from '../../electron/main/dialogs';
import { buildMenuTemplate } from '../../electron/main/menus';
import { runApp } from '../../electron/main/app';

const flush = () => new Promise((r) => setTimeout(r, 0));
const event = () => ({ preventDefault: vi.fn() });

let dir: string;
beforeEach(() => {
  resetElectronStub();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-office-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A fetch answering like plan-workbench serve before logging in (401 with an Envelope). */
/** A server answering every call with `envelope` (JSON); by default the office server's answer to server.hello. */
function serverFetch(envelope: unknown = { ok: true, result: { product: 'plan-workbench', kind: 'office' } }, status = 200): FetchLike & ReturnType<typeof vi.fn> {
  return vi.fn(async () => ({
    status,
    headers: { get: (n: string) => (n.toLowerCase() === 'content-type' ? 'application/json; charset=utf-8' : null) },
    text: async () => JSON.stringify(envelope),
  })) as never;
}

describe('the address', () => {
  const good: Array<[string, string, boolean]> = [
    // typed, origin, asks before plain http
    ['http://192.168.1.20:8080', 'http://192.168.1.20:8080', false],
    ['http://192.168.1.20:8080/', 'http://192.168.1.20:8080', false],
    ['  192.168.1.20:8080  ', 'http://192.168.1.20:8080', false], // no scheme: http
    ['10.0.0.5', 'http://10.0.0.5', false],
    ['http://172.16.3.4:3000', 'http://172.16.3.4:3000', false],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', false],
    ['localhost:8080', 'http://localhost:8080', false],
    ['http://plan-server:8080', 'http://plan-server:8080', false], // one label: a LAN name
    ['http://ghj.local', 'http://ghj.local', false],
    ['http://[::1]:8080', 'http://[::1]:8080', false],
    ['http://[fd12:3456::1]:8080', 'http://[fd12:3456::1]:8080', false],
    ['https://plan.example.gov.cn', 'https://plan.example.gov.cn', false],
    ['HTTPS://Plan.Example.gov.cn:8443/', 'https://plan.example.gov.cn:8443', false],
    ['https://203.0.113.7', 'https://203.0.113.7', false],
    ['http://plan.example.gov.cn:8080', 'http://plan.example.gov.cn:8080', true], // a domain over http: ask
  ];
  for (const [typed, origin, warn] of good) {
    it(`accepts ${JSON.stringify(typed)}`, () => {
      expect(checkOfficeAddress(typed)).toEqual({ ok: true, origin, url: `${origin}/`, warn });
    });
  }

  const bad: Array<[unknown, RegExp]> = [
    ['', /请输入/],
    ['   ', /请输入/],
    [undefined, /请输入/],
    [42, /请输入/],
    ['file:///etc/passwd', /只能连接 http/],
    ['javascript:alert(1)', /只能连接 http/],
    ['ftp://192.168.1.20/', /只能连接 http/],
    ['ws://192.168.1.20:8080', /只能连接 http/],
    ['app://workbench/index.html', /只能连接 http/],
    ['http://admin:secret@192.168.1.20:8080', /不能含用户名或密码/],
    ['https://user@plan.example.gov.cn', /不能含用户名或密码/],
    ['http://', /格式不正确/],
    ['http://192.168.1.20:99999', /格式不正确/],
    ['http://192.168.1.20:8080/api/plan.save', /不要带路径/],
    ['http://192.168.1.20:8080/?next=https://evil.example', /不要带路径/],
    ['http://192.168.1.20 :8080', /空格/],
    ['http://203.0.113.7:8080', /公网地址只能用 https/],
    ['8.8.8.8', /公网地址只能用 https/],
    [`https://${'a'.repeat(2100)}.cn`, /过长/],
  ];
  for (const [typed, message] of bad) {
    it(`refuses ${JSON.stringify(typed)?.slice(0, 60)} with one Chinese line`, () => {
      const res = checkOfficeAddress(typed);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.message).toMatch(message);
        expect(res.message).not.toContain('\n');
      }
    });
  }

  it('private and loopback addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.31.0.1', '192.168.0.1', '169.254.1.1', '100.64.0.1', '[::1]', 'fd00::1', 'fe80::1', '::ffff:192.168.1.1']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '203.0.113.7', '2001:db8::1', 'plan.example.gov.cn']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('the probe', () => {
  it('the office server answers POST /api/server.hello with kind office; only that is sent', async () => {
    const f = serverFetch();
    expect(await probeOffice(f, 'http://192.168.1.20:8080')).toEqual({ ok: true, result: { url: 'http://192.168.1.20:8080/' } });
    expect(f).toHaveBeenCalledTimes(1);
    const [url, init] = f.mock.calls[0] as [string, Record<string, unknown>];
    expect(url).toBe('http://192.168.1.20:8080/api/server.hello');
    expect(init).toMatchObject({ method: 'POST', body: '{}', redirect: 'manual' });
  });

  it('a desktop’s browser mode (kind desktop) is not taken for the office library, and says so in its own line', async () => {
    const res = await probeOffice(serverFetch({ ok: true, result: { product: 'plan-workbench', kind: 'desktop' } }), 'http://127.0.0.1:5180');
    expect(res).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    if (!res.ok) expect(res.error.message).toBe('127.0.0.1:5180 是某台电脑上规划工作台的浏览器模式(单人使用),不是单位资料库:请填写 plan-workbench serve 服务器的地址');
  });

  it('an Envelope is not enough: the bridge’s 401 (no login flag) is refused; an office server older than server.hello (401 with details.login) is recognised', async () => {
    const bridge401 = await probeOffice(serverFetch({ ok: false, error: { code: 'unauthorized', message: '缺少或错误的访问令牌' } }, 401), 'http://127.0.0.1:5180');
    expect(bridge401).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    if (!bridge401.ok) expect(bridge401.error.message).toContain('不是规划工作台的单位资料库');
    const older = await probeOffice(serverFetch({ ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } }, 401), 'http://192.168.1.20:8080');
    expect(older).toEqual({ ok: true, result: { url: 'http://192.168.1.20:8080/' } });
    // another product's JSON that happens to say ok
    expect(await probeOffice(serverFetch({ ok: true, result: { kind: 'office' } }), 'http://10.0.0.9')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('unreachable: one Chinese line naming the host', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const res = await probeOffice(f as never, 'http://192.168.1.20:8080');
    expect(res).toMatchObject({ ok: false, error: { code: 'offline' } });
    if (!res.ok) expect(res.error.message).toBe('无法连接单位资料库 192.168.1.20:8080:请检查地址和网络,或请管理员确认服务器已启动');
  });

  it('another kind of server (an HTML page, a redirect) is not taken for the office library', async () => {
    for (const [status, type, body] of [
      [200, 'text/html', '<html>router login</html>'],
      [302, null, ''],
      [200, 'application/json', '{"hello":"world"}'],
      [200, 'application/json', 'not json'],
    ] as const) {
      const f = vi.fn(async () => ({ status, headers: { get: () => type }, text: async () => body }));
      const res = await probeOffice(f as never, 'http://10.0.0.9');
      expect(res, `${status} ${type}`).toMatchObject({ ok: false, error: { code: 'bad-response' } });
      if (!res.ok) expect(res.error.message).toContain('不是规划工作台的单位资料库');
    }
  });
});

describe('the office window', () => {
  const origin = 'http://192.168.1.20:8080';

  it('has no preload, runs sandboxed and isolated in a session of its own, with no Node', () => {
    const win = createOfficeWindow({ origin, title: 't' }) as unknown as FakeBrowserWindow;
    const prefs = win.options.webPreferences;
    expect('preload' in prefs).toBe(false);
    expect(prefs.partition).toBe(OFFICE_PARTITION);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('navigates within its server only; window.open is denied; allow-listed links go to the system browser', () => {
    const opened: string[] = [];
    const win = createOfficeWindow({ origin, title: 't', openExternal: (u) => opened.push(u) }) as unknown as FakeBrowserWindow;
    for (const name of ['will-navigate', 'will-redirect']) {
      const [guard] = win.webContents.listeners.get(name)!;
      for (const url of ['http://192.168.1.20:8080/#/plan/p_1', 'http://192.168.1.20:8080/index.html']) {
        const e = event();
        guard(e, url);
        expect(e.preventDefault, `${name} ${url}`).not.toHaveBeenCalled();
      }
      for (const url of [
        'http://192.168.1.20:8081/', // another port
        'https://192.168.1.20:8080/', // another scheme
        'http://192.168.1.21:8080/',
        'http://user:pw@192.168.1.20:8080/',
        APP_INDEX_URL, // the app's own pages are not the server's
        'file:///etc/passwd',
        'javascript:alert(1)',
        'https://www.libreoffice.org/download/',
      ]) {
        const e = event();
        guard(e, url);
        expect(e.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
    }
    for (const url of [`${origin}/`, 'https://evil.example/', 'https://www.libreoffice.org/download/']) {
      expect(win.webContents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    // navigation to the allow-listed page once, window.open once; nothing else left the window
    expect(opened).toEqual(['https://www.libreoffice.org/download/', 'https://www.libreoffice.org/download/']);
  });

  it('its session loads the server and data:/blob: only, and refuses every permission', () => {
    for (const url of [`${origin}/`, `${origin}/assets/index.js`, `${origin}/api/plan.get`, 'data:image/png;base64,AA', 'blob:http://192.168.1.20:8080/1']) {
      expect(isOfficeRequestUrl(url, origin), url).toBe(true);
    }
    for (const url of ['https://cdn.example.com/x.js', 'http://192.168.1.20:9000/', APP_INDEX_URL, 'file:///etc/passwd', 'http://u:p@192.168.1.20:8080/', 'ws://192.168.1.20:8080/', 'nonsense']) {
      expect(isOfficeRequestUrl(url, origin), url).toBe(false);
    }
    const s = new FakeSession();
    const blocked: string[] = [];
    hardenOfficeSession(s as never, origin, (_w, u) => blocked.push(u));
    const answer = (url: string) => {
      const cb = vi.fn();
      s.beforeRequestListener!({ id: 1, url, method: 'GET', resourceType: 'script' }, cb);
      return cb.mock.calls[0][0];
    };
    expect(answer(`${origin}/assets/index.js`)).toEqual({ cancel: false });
    expect(answer('https://tracker.example/t.js')).toEqual({ cancel: true });
    expect(blocked).toEqual(['https://tracker.example/t.js']);
    const cb = vi.fn();
    s.permissionRequestHandler!({}, 'notifications', cb, { requestingUrl: origin });
    expect(cb).toHaveBeenCalledWith(false);
    expect(s.permissionCheckHandler!({}, 'clipboard-read', origin, {})).toBe(false);
  });
});

describe('the remembered address', () => {
  it('is kept in userData/settings.json, merged with what is there; a damaged file is no settings', () => {
    expect(readSettings(dir)).toEqual({});
    writeSettings(dir, { officeServer: 'http://10.0.0.5:8080/' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual({ officeServer: 'http://10.0.0.5:8080/' });
    expect(readSettings(dir)).toEqual({ officeServer: 'http://10.0.0.5:8080/' });
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{ not json');
    expect(readSettings(dir)).toEqual({});
    // an address that would not pass the check is not used
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ officeServer: 'file:///etc/passwd' }));
    expect(readSettings(dir)).toEqual({});
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]); // no temporary file left
  });
});

describe('menu items', () => {
  it('文件 holds 连接到单位资料库… (asks in the app window), 重新连接 and 断开 (handled in main)', () => {
    const sent: string[] = [];
    const reconnect = vi.fn();
    const disconnect = vi.fn();
    const template = buildMenuTemplate({ isMac: false, dev: false, appName: 'x', send: (c) => sent.push(c), showAbout: () => {}, openDataFolder: () => {}, reconnectOffice: reconnect, disconnectOffice: disconnect });
    const file = (template[0].submenu as Array<{ label?: string; click?: () => void }>).map((i) => i);
    const labels = file.map((i) => i.label);
    expect(labels).toContain('连接到单位资料库…');
    expect(labels).toContain('重新连接上次的单位资料库');
    expect(labels).toContain('断开单位资料库');
    file.find((i) => i.label === '连接到单位资料库…')!.click!();
    expect(sent).toEqual(['office.connect']);
    file.find((i) => i.label === '重新连接上次的单位资料库')!.click!();
    expect(reconnect).toHaveBeenCalledTimes(1);
    file.find((i) => i.label === '断开单位资料库')!.click!();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});

describe('the menu while the office window is in front', () => {
  function labels(template: any[]): string[] {
    return template.flatMap((i) => [i.label, ...(i.submenu ? labels(i.submenu) : [])]).filter(Boolean);
  }
  function accelerators(template: any[]): string[] {
    return template.flatMap((i) => [i.accelerator, ...(i.submenu ? accelerators(i.submenu) : [])]).filter(Boolean);
  }
  const base = { isMac: false, dev: false, appName: 'x', send: () => {}, showAbout: () => {}, openDataFolder: () => {}, reconnectOffice: () => {}, disconnectOffice: () => {} };

  it('leaves out the app page’s items, so Ctrl+N, Ctrl+E, Ctrl+F, F1 … reach the server’s page', () => {
    const app = buildMenuTemplate(base);
    const office = buildMenuTemplate({ ...base, office: true });
    for (const l of ['新建计划…', '导入…', '导出', '预览与打印…', '备份与恢复…', '查找…', '资料库', '帮助与快捷键']) {
      expect(labels(app), l).toContain(l);
      expect(labels(office), l).not.toContain(l);
    }
    for (const l of ['连接到单位资料库…', '重新连接上次的单位资料库', '断开单位资料库', '退出', '撤销', '复制', '粘贴']) expect(labels(office), l).toContain(l);
    for (const a of ['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+E', 'CmdOrCtrl+P', 'CmdOrCtrl+F', 'CmdOrCtrl+L', 'F1']) {
      expect(accelerators(app), a).toContain(a);
      expect(accelerators(office), a).not.toContain(a);
    }
  });
});

describe('the IPC channel', () => {
  it('refuses other senders and anything but a string, before connecting', async () => {
    const ipcMain = new FakeIpcMain();
    const connect = vi.fn(async (u: string) => ({ ok: true as const, result: { url: u } }));
    registerDialogIpc(ipcMain as never, { dialog: {} as never, getWindow: () => null, isTrustedSender: (f) => f?.url === APP_INDEX_URL, connectOffice: connect });
    const handler = ipcMain.handlers.get(CONNECT_OFFICE_CHANNEL)!;
    expect(await handler({ senderFrame: fakeFrame('http://192.168.1.20:8080/') }, 'http://10.0.0.1')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: fakeFrame(APP_INDEX_URL) }, { toString: () => 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handler({ senderFrame: fakeFrame(APP_INDEX_URL) }, 'x'.repeat(3000))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(connect).not.toHaveBeenCalled();
    expect(await handler({ senderFrame: fakeFrame(APP_INDEX_URL) }, '10.0.0.1')).toEqual({ ok: true, result: { url: '10.0.0.1' } });
  });
});

describe('connecting, in the running app', () => {
  async function start(fetchFn: FetchLike = serverFetch()) {
    electronStub.app.isPackaged = true;
    const core = { call: vi.fn(async () => ({ ok: true, result: null })), close: vi.fn() };
    coreMock.createCore.mockReset().mockResolvedValue(core);
    runApp({ settingsDir: dir, fetch: fetchFn });
    electronStub.app.fireReady();
    await flush();
    await flush();
    const local = FakeBrowserWindow.instances[0];
    const connect = (address: unknown) => electronStub.ipcMain.handlers.get(CONNECT_OFFICE_CHANNEL)!({ senderFrame: local.webContents.mainFrame }, address);
    type Item = { label?: string; click?: () => void };
    /** The File menu of the application menu set last. */
    const fileMenu = () => {
      const calls = electronStub.Menu.buildFromTemplate.mock.calls;
      return (calls[calls.length - 1][0] as Array<{ submenu: Item[] }>)[0].submenu;
    };
    const click = (label: string) => fileMenu().find((i) => i.label === label)!.click!();
    const menuHasAppItems = () => fileMenu().some((i) => i.label === '新建计划…');
    return { local, connect, click, menuHasAppItems };
  }

  it('opens the server in a window without preload, hides the app, remembers the address; 断开 shows the app again', async () => {
    const { local, connect, click, menuHasAppItems } = await start();
    expect(menuHasAppItems()).toBe(true);
    expect(await connect(' 192.168.1.20:8080 ')).toEqual({ ok: true, result: { url: 'http://192.168.1.20:8080/' } });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    const office = FakeBrowserWindow.instances[1];
    expect(office.loaded).toEqual(['http://192.168.1.20:8080/']);
    expect(office.options.webPreferences.preload).toBeUndefined();
    expect(local.visible).toBe(false);
    expect(menuHasAppItems()).toBe(false); // the server's page gets Ctrl+N, Ctrl+E … itself
    expect(readSettings(dir)).toEqual({ officeServer: 'http://192.168.1.20:8080/' });
    // the focus decides the menu: the app window's items when it is in front, none in front of the server's page
    local.emit('focus');
    expect(menuHasAppItems()).toBe(true);
    office.emit('focus');
    expect(menuHasAppItems()).toBe(false);
    // the office session lets the server through and nothing else; the app's session is unchanged
    const officeSession = electronStub.session.partitions.get(OFFICE_PARTITION)!;
    const cb = vi.fn();
    officeSession.beforeRequestListener!({ id: 1, url: 'http://192.168.1.20:8080/assets/a.js', method: 'GET', resourceType: 'script' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: false });
    const cb2 = vi.fn();
    electronStub.session.defaultSession.beforeRequestListener!({ id: 2, url: 'http://192.168.1.20:8080/', method: 'GET', resourceType: 'mainFrame' }, cb2);
    expect(cb2).toHaveBeenCalledWith({ cancel: true });
    // the office page cannot use the app's IPC: its frame is not the trusted one
    const forged = await electronStub.ipcMain.handlers.get('api:library.list')!({ senderFrame: office.webContents.mainFrame }, {});
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    click('断开单位资料库');
    expect(office.destroyed).toBe(true);
    expect(local.visible).toBe(true);
    expect(menuHasAppItems()).toBe(true);
    // 重新连接 uses the remembered address
    click('重新连接上次的单位资料库');
    await flush();
    await flush();
    expect(FakeBrowserWindow.instances).toHaveLength(3);
    expect(FakeBrowserWindow.instances[2].loaded).toEqual(['http://192.168.1.20:8080/']);
    expect(local.visible).toBe(false);
  });

  it('a server that cannot be reached: one Chinese line, no window, nothing remembered', async () => {
    const down = vi.fn(async () => {
      throw new TypeError('connect ECONNREFUSED');
    });
    const { local, connect } = await start(down as never);
    const res = await connect('http://192.168.1.20:8080');
    expect(res).toMatchObject({ ok: false, error: { code: 'offline', message: expect.stringMatching(/^无法连接单位资料库 192\.168\.1\.20:8080/) } });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(local.visible).toBe(true);
    expect(fs.existsSync(path.join(dir, SETTINGS_FILE))).toBe(false);
  });

  it('重新连接 to a server that has gone: one Chinese line in a native dialog, the app stays as it was', async () => {
    writeSettings(dir, { officeServer: 'http://10.0.0.5:8080/' });
    const down = vi.fn(async () => {
      throw new TypeError('connect ETIMEDOUT');
    });
    const { local, click, menuHasAppItems } = await start(down as never);
    click('重新连接上次的单位资料库');
    await flush();
    await flush();
    expect(down).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(local.visible).toBe(true);
    expect(menuHasAppItems()).toBe(true);
    const calls = electronStub.dialog.showMessageBox.mock.calls as unknown as Array<[unknown, { type: string; message: string }]>;
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toMatchObject({ type: 'error', message: '无法连接单位资料库 10.0.0.5:8080:请检查地址和网络,或请管理员确认服务器已启动' });
    expect(readSettings(dir)).toEqual({ officeServer: 'http://10.0.0.5:8080/' }); // still remembered for next time
  });

  it('a bad address never reaches the network', async () => {
    const f = serverFetch();
    const { connect } = await start(f);
    for (const a of ['file:///etc/passwd', 'javascript:alert(1)', 'http://a:b@10.0.0.1', 'http://203.0.113.7']) {
      expect(await connect(a), a).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(f).not.toHaveBeenCalled();
  });

  it('plain http to a domain name asks first; cancelling connects nothing', async () => {
    const f = serverFetch();
    const { connect } = await start(f);
    electronStub.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await connect('http://plan.example.gov.cn:8080')).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(f).not.toHaveBeenCalled();
    expect(electronStub.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    electronStub.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await connect('http://plan.example.gov.cn:8080')).toEqual({ ok: true, result: { url: 'http://plan.example.gov.cn:8080/' } });
  });

  it('连接到单位资料库… shows the app window and asks there; 重新连接 without a remembered address asks too', async () => {
    const { local, connect, click } = await start();
    await connect('10.0.0.5:8080');
    expect(local.visible).toBe(false);
    click('连接到单位资料库…');
    expect(local.visible).toBe(true);
    expect(local.webContents.sent).toEqual([[MENU_CHANNEL, 'office.connect']]);
    fs.rmSync(path.join(dir, SETTINGS_FILE));
    click('重新连接上次的单位资料库');
    expect(local.webContents.sent).toEqual([
      [MENU_CHANNEL, 'office.connect'],
      [MENU_CHANNEL, 'office.connect'],
    ]);
  });

  it('a second connection replaces the first window; closing the office window shows the app', async () => {
    const { local, connect } = await start();
    await connect('10.0.0.5:8080');
    const first = FakeBrowserWindow.instances[1];
    await connect('10.0.0.6:8080');
    const second = FakeBrowserWindow.instances[2];
    expect(first.destroyed).toBe(true);
    expect(local.visible).toBe(false); // replaced, not disconnected
    second.close();
    expect(local.visible).toBe(true);
    expect(readSettings(dir)).toEqual({ officeServer: 'http://10.0.0.6:8080/' });
  });
});
