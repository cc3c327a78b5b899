/**
 * The Electron main process, with a stubbed 'electron' (the real package is absent here and in CI):
 * window hardening, CSP, navigation and permission denial, the app:// protocol, IPC sender checks,
 * menus, the import dialog and the app lifecycle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronStub, fakeFrame, FakeBrowserWindow, FakeIpcMain, FakeSession, FakeWebContents, resetElectronStub } from '../helpers/electron-stub';

vi.mock('electron', async () => (await import('../helpers/electron-stub')).electronStub);

const coreMock = vi.hoisted(() => ({
  createCore: vi.fn(),
}));
vi.mock('../../electron/core/core.js', () => coreMock);

import { METHOD_NAMES } from '../../shared/api/contract';
import { CONNECT_OFFICE_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, OPEN_IMPORT_FILE_CHANNEL } from '../../shared/api/host';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  appProtocolHandler,
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  resolveAppPath,
} from '../../electron/main/security';
import { createMainWindow, isTrustedFrame } from '../../electron/main/window';
import { registerIpc, type CoreLike } from '../../electron/main/ipc';
import { buildMenuTemplate } from '../../electron/main/menus';
import { readImportFile, registerDialogIpc } from '../../electron/main/dialogs';
import { NATIVE_BINDING_ENV, NATIVE_DIR, NATIVE_FILE, runtimePaths } from '../../electron/main/paths';
import { defaultDataDir } from '../../electron/core/paths';
import { describeStartupError, runApp, setAppLocale } from '../../electron/main/app';

const DEV_URL = 'http://localhost:5173';

beforeEach(() => resetElectronStub());

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const event = () => ({ preventDefault: vi.fn() });

describe('BrowserWindow', () => {
  it('is created with a hardened webPreferences and our preload', () => {
    const preload = path.resolve('/app/out/preload/index.cjs');
    const win = createMainWindow({ preloadPath: preload, title: '规划工作台' }) as unknown as FakeBrowserWindow;
    const prefs = win.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe(preload);
  });

  it('the preload path points at the CommonJS preload build next to out/main', () => {
    const p = runtimePaths({ isPackaged: true, appPath: '/x/app.asar', resourcesPath: '/x', mainDir: '/x/app.asar/out/main', env: {}, exists: () => false });
    expect(p.preload).toBe(path.resolve('/x/app.asar/out/preload/index.cjs'));
    const win = createMainWindow({ preloadPath: p.preload, title: 't' }) as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences.preload).toBe(p.preload);
  });

  it('asks before closing when the editor holds unsaved changes, and closes only on "close anyway"', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', title: '规划工作台' }) as unknown as FakeBrowserWindow;
    const [onPrevent] = win.webContents.listeners.get('will-prevent-unload')!;
    electronStub.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const stay = event();
    onPrevent(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    electronStub.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    const close = event();
    onPrevent(close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(electronStub.dialog.showMessageBoxSync.mock.calls[0][1]).toMatchObject({ message: '还有修改没有保存', cancelId: 0 });
  });

  it('denies window.open', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', title: 't' }) as unknown as FakeBrowserWindow;
    const handler = win.webContents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://workbench/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents navigation to a foreign URL, allows the app itself', () => {
    const blocked: string[] = [];
    const win = createMainWindow({ preloadPath: '/p.cjs', title: 't', onBlocked: (_w, url) => blocked.push(url) }) as unknown as FakeBrowserWindow;
    const [navigate] = win.webContents.listeners.get('will-navigate')!;
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://localhost:5173/', 'app://evil/index.html', 'javascript:alert(1)']) {
      const e = event();
      navigate(e, url);
      expect(e.preventDefault, url).toHaveBeenCalled();
    }
    const ok = event();
    navigate(ok, 'app://workbench/index.html#/plan/p_1');
    expect(ok.preventDefault).not.toHaveBeenCalled();
    expect(blocked).toContain('https://example.com/');

    const [redirect] = win.webContents.listeners.get('will-redirect')!;
    const r = event();
    redirect(r, 'https://example.com/');
    expect(r.preventDefault).toHaveBeenCalled();

    const [webview] = win.webContents.listeners.get('will-attach-webview')!;
    const w = event();
    webview(w);
    expect(w.preventDefault).toHaveBeenCalled();
  });

  it('in dev, the dev server origin (only) is an app URL', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, { devServerUrl: DEV_URL });
    const [navigate] = contents.listeners.get('will-navigate')!;
    const ok = event();
    navigate(ok, `${DEV_URL}/#/`);
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const bad = event();
    navigate(bad, 'http://localhost:5174/');
    expect(bad.preventDefault).toHaveBeenCalled();
    expect(isAppUrl('app://workbench/x', {})).toBe(true);
    expect(isAppUrl('app://user:pw@workbench/x', {})).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  for (const [name, origins] of [
    ['production', {}],
    ['dev', { devServerUrl: DEV_URL }],
  ] as const) {
    it(`${name}: no unsafe-eval anywhere, no inline or remote scripts, workers from self/blob`, () => {
      const csp = contentSecurityPolicy(origins);
      expect(csp).not.toContain('unsafe-eval');
      const d = directives(csp);
      expect(d.get('default-src')).toEqual(["'none'"]);
      const scripts = d.get('script-src')!;
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((s) => s !== "'self'" && s !== DEV_URL)).toEqual([]);
      expect(d.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('frame-ancestors')).toEqual(["'none'"]);
      expect(d.get('connect-src')!.some((s) => s.startsWith('https:') || s === '*')).toBe(false);
    });
  }

  it('is set on every http(s) response of the session (dev server)', () => {
    const s = new FakeSession();
    hardenSession(s as never, { devServerUrl: DEV_URL });
    const callback = vi.fn();
    s.headersListener!({ url: `${DEV_URL}/`, resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"], 'X-A': ['1'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy'][0]).toBe(contentSecurityPolicy({ devServerUrl: DEV_URL }));
    expect(headers['X-A']).toEqual(['1']);
  });
});

describe('permissions', () => {
  it('the session denies every permission request and check', () => {
    const s = new FakeSession();
    hardenSession(s as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const cb = vi.fn();
      s.permissionRequestHandler!({}, permission, cb, {});
      expect(cb).toHaveBeenCalledWith(false);
      expect(s.permissionCheckHandler!({}, permission, 'app://workbench', {})).toBe(false);
    }
  });
});

describe('app:// protocol', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-proto-'));
    root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>规划工作台</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    outside = path.join(base, 'secret.txt');
    fs.writeFileSync(outside, 'secret');
  });
  afterEach(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  it('resolveAppPath refuses path traversal and foreign hosts', () => {
    for (const url of [
      'app://workbench/..%2f..%2fsecret.txt',
      'app://workbench/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://workbench/..%5c..%5csecret.txt',
      'app://workbench/%2fetc%2fpasswd',
      'app://workbench/C:%5cWindows%5cwin.ini',
      'app://workbench/a%00.js',
      'app://workbench/.env',
      'app://workbench/%E0%A4%A.js',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
    expect(resolveAppPath(root, 'app://workbench/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://workbench/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://workbench/plan/p_1')).toBe(path.join(root, 'index.html'));
    // URL parsing already folds ../ and %2e%2e/ — they stay inside the root.
    expect(resolveAppPath(root, 'app://workbench/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://workbench/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('serves renderer files with the CSP and refuses traversal, symlinks out, and other methods', async () => {
    const handle = appProtocolHandler(root);
    const index = await handle(new Request('app://workbench/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await index.text()).toContain('规划工作台');

    const js = await handle(new Request('app://workbench/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);

    const traversal = await handle(new Request('app://workbench/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');

    fs.symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
    const link = await handle(new Request('app://workbench/assets/link.txt'));
    expect(link.status).toBe(403);

    expect((await handle(new Request('app://workbench/assets/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://workbench/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('IPC', () => {
  const trustedUrl = 'app://workbench/index.html';
  function setup(check?: (frame: any) => boolean) {
    const ipcMain = new FakeIpcMain();
    const call = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, result: { method, input } }));
    const core: CoreLike = { call };
    const dispose = registerIpc(ipcMain as never, core, { isTrustedSender: check ?? ((frame) => frame?.url === trustedUrl), logError: () => {} });
    return { ipcMain, call, dispose };
  }

  it('registers one handler per API method on api:<method>, and no other channel', () => {
    const { ipcMain, dispose } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('a foreign sender frame gets an Envelope error "forbidden" and the core is not called', async () => {
    const { ipcMain, call } = setup();
    const handler = ipcMain.handlers.get('api:library.list')!;
    for (const senderFrame of [fakeFrame('https://evil.example/'), null, undefined]) {
      const res = await handler({ senderFrame, sender: {} }, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const throwing = setup(() => {
      throw new Error('boom');
    });
    expect(await throwing.ipcMain.handlers.get('api:plan.get')!({ senderFrame: fakeFrame(trustedUrl) }, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
    expect(throwing.call).not.toHaveBeenCalled();
  });

  it('a trusted sender gets exactly what core.call returns', async () => {
    const { ipcMain, call } = setup();
    const res = await ipcMain.handlers.get('api:plan.get')!({ senderFrame: fakeFrame(trustedUrl) }, { id: 'p_1' });
    expect(call).toHaveBeenCalledWith('plan.get', { id: 'p_1' });
    expect(res).toEqual({ ok: true, result: { method: 'plan.get', input: { id: 'p_1' } } });
  });

  it('error Envelopes pass through unchanged; a throwing core becomes "internal", never an exception', async () => {
    const ipcMain = new FakeIpcMain();
    const error = { code: 'conflict' as const, message: '已被修改', details: { revision: 3 } };
    registerIpc(ipcMain as never, { call: async () => ({ ok: false, error }) }, { isTrustedSender: () => true });
    expect(await ipcMain.handlers.get('api:plan.save')!({ senderFrame: fakeFrame(trustedUrl) }, {})).toEqual({ ok: false, error });

    const ipc2 = new FakeIpcMain();
    registerIpc(ipc2 as never, { call: async () => { throw new Error('oops'); } }, { isTrustedSender: () => true, logError: () => {} });
    expect(await ipc2.handlers.get('api:app.info')!({ senderFrame: fakeFrame(trustedUrl) }, {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('isTrustedFrame: only the main frame of our window on an app URL', async () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', title: 't' }) as unknown as FakeBrowserWindow;
    await win.loadURL(APP_INDEX_URL);
    const main = win.webContents.mainFrame;
    expect(isTrustedFrame(win as never, main as never)).toBe(true);
    // same ids, but a subframe
    expect(isTrustedFrame(win as never, fakeFrame(APP_INDEX_URL, main, main) as never)).toBe(false);
    // another window's frame
    expect(isTrustedFrame(win as never, fakeFrame(APP_INDEX_URL, { processId: 999, routingId: 1 }) as never)).toBe(false);
    // our main frame after navigating elsewhere
    expect(isTrustedFrame(win as never, { ...main, url: 'https://evil.example/' } as never)).toBe(false);
    // dev server only when configured
    expect(isTrustedFrame(win as never, { ...main, url: `${DEV_URL}/` } as never)).toBe(false);
    expect(isTrustedFrame(win as never, { ...main, url: `${DEV_URL}/` } as never, { devServerUrl: DEV_URL })).toBe(true);
    expect(isTrustedFrame(null, main as never)).toBe(false);
    expect(isTrustedFrame(win as never, null)).toBe(false);
    win.destroyed = true;
    expect(isTrustedFrame(win as never, main as never)).toBe(false);
  });
});

describe('menus', () => {
  function items(template: any[]): any[] {
    return template.flatMap((i) => [i, ...(i.submenu ? items(i.submenu) : [])]);
  }

  it('Chinese menus with the agreed accelerators; page actions send allow-listed commands only', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ isMac: false, dev: false, appName: '规划工作台', send: (c) => sent.push(c), showAbout: () => {}, openDataFolder: () => {}, reconnectOffice: () => {}, disconnectOffice: () => {} });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const all = items(template);
    const byLabel = (label: string) => all.find((i) => i.label === label);
    expect(byLabel('新建计划…').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('导入…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('导出').submenu.length).toBeGreaterThan(0);
    expect(byLabel('查找…').accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('预览与打印…').accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel('帮助与快捷键').accelerator).toBe('F1');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste']) expect(all.some((i) => i.role === role), role).toBe(true);
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    for (const i of all) if (i.click && i.label !== '打开资料库文件夹' && !String(i.label).startsWith('关于')) i.click();
    expect(sent.length).toBeGreaterThan(0);
    for (const c of sent) expect(MENU_COMMANDS).toContain(c);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('macOS gets the application menu; dev builds get developer tools', () => {
    const template = buildMenuTemplate({ isMac: true, dev: true, appName: '规划工作台', send: () => {}, showAbout: () => {}, openDataFolder: () => {}, reconnectOffice: () => {}, disconnectOffice: () => {} });
    expect(template[0].label).toBe('规划工作台');
    expect(items(template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('import dialog', () => {
  it('reads the chosen file as { fileName, dataBase64 }; cancel is null; untrusted is forbidden', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-dlg-'));
    const file = path.join(dir, '计划.txt');
    fs.writeFileSync(file, '一、总体要求');
    const ipcMain = new FakeIpcMain();
    const dialog = { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [file] })) };
    registerDialogIpc(ipcMain as never, { dialog: dialog as never, getWindow: () => null, isTrustedSender: (f) => f?.url === APP_INDEX_URL });
    expect([...ipcMain.handlers.keys()]).toEqual([OPEN_IMPORT_FILE_CHANNEL, CONNECT_OFFICE_CHANNEL]);
    const handler = ipcMain.handlers.get(OPEN_IMPORT_FILE_CHANNEL)!;

    expect(await handler({ senderFrame: fakeFrame('https://evil.example/') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();

    const res = await handler({ senderFrame: fakeFrame(APP_INDEX_URL) });
    expect(res).toEqual({ ok: true, result: { fileName: '计划.txt', dataBase64: Buffer.from('一、总体要求').toString('base64') } });

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handler({ senderFrame: fakeFrame(APP_INDEX_URL) })).toEqual({ ok: true, result: null });

    expect(await readImportFile(file, 3)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // (an English window reads the figures and the advice too: details.en from tooLargeReason, rev37 M2)
    expect(await readImportFile(file, 3)).toMatchObject({ error: { details: { en: expect.stringMatching(/^The file is too large \(0\.0 MB; the limit is 0 MB\): check that it is the right file/) } } });
    expect(await readImportFile(path.join(dir, 'missing.txt'))).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('runtime paths', () => {
  it('dev: repo seeds, dev server, Electron build of better-sqlite3 in .electron-native when present', () => {
    const native = path.join('/repo', NATIVE_DIR, NATIVE_FILE);
    const p = runtimePaths({
      isPackaged: false,
      appPath: '/repo',
      resourcesPath: '/electron/resources',
      mainDir: '/repo/out/main',
      env: { ELECTRON_RENDERER_URL: DEV_URL },
      exists: (f) => f === native,
    });
    expect(p).toEqual({
      preload: path.resolve('/repo/out/preload/index.cjs'),
      rendererDir: path.resolve('/repo/out/renderer'),
      devServerUrl: DEV_URL,
      seedsDir: path.join('/repo', 'seeds'),
      nativeBinding: native,
    });
    expect(runtimePaths({ isPackaged: false, appPath: '/repo', resourcesPath: '', mainDir: '/repo/out/main', env: {}, exists: () => false }).nativeBinding).toBeUndefined();
  });

  it('packaged: resources/seeds, never the dev server; the env override wins', () => {
    const p = runtimePaths({
      isPackaged: true,
      appPath: '/opt/pw/resources/app.asar',
      resourcesPath: '/opt/pw/resources',
      mainDir: '/opt/pw/resources/app.asar/out/main',
      env: { ELECTRON_RENDERER_URL: 'http://evil.example', [NATIVE_BINDING_ENV]: '/custom/b.node' },
      exists: () => false,
    });
    expect(p.devServerUrl).toBeUndefined();
    expect(p.seedsDir).toBe(path.join('/opt/pw/resources', 'seeds'));
    expect(p.nativeBinding).toBe(path.resolve('/custom/b.node'));
  });
});

describe('app lifecycle (runApp)', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('Chromium speaks Chinese: --lang=zh-CN before ready (an English system showed mm/dd/yyyy: walk 13); an explicit --lang is kept', () => {
    runApp();
    expect(electronStub.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'zh-CN');
    expect(electronStub.app.commandLine.getSwitchValue('lang')).toBe('zh-CN');
    expect(electronStub.app.whenReady).toHaveBeenCalled();
    expect(electronStub.app.commandLine.appendSwitch.mock.invocationCallOrder[0]).toBeLessThan(electronStub.app.whenReady.mock.invocationCallOrder[0]);

    resetElectronStub();
    electronStub.app.commandLine.switches.set('lang', 'en-GB');
    setAppLocale(electronStub.app as never);
    expect(electronStub.app.commandLine.appendSwitch).not.toHaveBeenCalled();
    expect(electronStub.app.commandLine.getSwitchValue('lang')).toBe('en-GB');
  });

  it('a second instance quits without opening anything', () => {
    electronStub.app.singleInstance = false;
    runApp();
    expect(electronStub.app.quit).toHaveBeenCalled();
    expect(electronStub.app.whenReady).not.toHaveBeenCalled();
    expect(coreMock.createCore).not.toHaveBeenCalled();
  });

  it('starts: sandbox, app:// privileged, core on the shared data folder, IPC, menu, one window on app://', async () => {
    const core = { call: vi.fn(async () => ({ ok: true, result: 1 })), close: vi.fn() };
    coreMock.createCore.mockReset().mockResolvedValue(core);
    runApp({ importWorker: '/repo/out/main/import-worker.js' });
    expect(electronStub.app.enableSandbox).toHaveBeenCalled();
    expect(electronStub.protocol.privileged).toEqual([expect.objectContaining({ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(coreMock.createCore).not.toHaveBeenCalled(); // not before ready
    electronStub.app.fireReady();
    await flush();
    await flush();

    expect(coreMock.createCore).toHaveBeenCalledTimes(1);
    const opts = coreMock.createCore.mock.calls[0][0];
    expect(opts.host).toBe('electron');
    // the same library as browser mode and the CLI
    expect(opts.dataDir).toBe(defaultDataDir());
    expect(opts.seedsDir).toBe(path.join('/repo', 'seeds'));
    // automatic backups, and a damaged library opens in recovery mode instead of failing to start
    expect(opts.backups).toEqual({ schedule: true });
    expect(opts.recovery).toBe(true);
    // imports run in the bundled worker that index.ts passes in
    expect(opts.importWorker).toBe('/repo/out/main/import-worker.js');

    expect(electronStub.protocol.handlers.has(APP_SCHEME)).toBe(true);
    const channels = [...electronStub.ipcMain.handlers.keys()].sort();
    expect(channels).toEqual([...METHOD_NAMES.map((m) => `api:${m}`), OPEN_IMPORT_FILE_CHANNEL, CONNECT_OFFICE_CHANNEL].sort());
    expect(electronStub.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electronStub.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0];
    expect(win.loaded).toEqual([APP_INDEX_URL]);
    expect(win.options.webPreferences.sandbox).toBe(true);

    // The window's own frame reaches the core; a foreign frame does not.
    const handler = electronStub.ipcMain.handlers.get('api:app.info')!;
    expect(await handler({ senderFrame: win.webContents.mainFrame }, {})).toEqual({ ok: true, result: 1 });
    expect(await handler({ senderFrame: fakeFrame(APP_INDEX_URL, { processId: 5 }) }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.call).toHaveBeenCalledTimes(1);

    // Menu commands go to the window over the one menu channel.
    const template = electronStub.Menu.buildFromTemplate.mock.calls[0][0] as any[];
    const newPlan = template[0].submenu.find((i: any) => i.accelerator === 'CmdOrCtrl+N');
    newPlan.click();
    expect(win.webContents.sent).toEqual([[MENU_CHANNEL, 'plan.new']]);

    // Quitting closes the library.
    electronStub.app.emit('will-quit');
    expect(core.close).toHaveBeenCalled();
  });

  it('a library that cannot be opened shows an error box and exits', async () => {
    coreMock.createCore.mockReset().mockRejectedValue(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115'));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    runApp();
    electronStub.app.fireReady();
    await flush();
    await flush();
    expect(electronStub.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(electronStub.dialog.showErrorBox.mock.calls[0][1]).toContain('better-sqlite3');
    expect(electronStub.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('describeStartupError passes AppError messages through', async () => {
    const { AppError } = await import('../../shared/errors');
    expect(describeStartupError(new AppError('db-too-new', '资料库文件由更新版本创建'), { nativeBinding: undefined })).toBe('资料库文件由更新版本创建');
  });
});
