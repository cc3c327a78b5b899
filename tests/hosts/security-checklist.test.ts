/**
 * Electron's security checklist, item by item, asserted against the code (with the stubbed
 * 'electron' module). One describe per item; docs/security.md maps each item to the code and to
 * the tests here. The static scan of the built app (Electronegativity) is
 * tests/hosts/electronegativity.test.ts; the HTTP bridge's checks are in tests/hosts/bridge.test.ts and
 * tests/hosts/bridge-fuzz.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { described, lintAt } from '../helpers/eslint';
import { electronStub, fakeFrame, FakeBrowserWindow, FakeSession, FakeWebContents, resetElectronStub } from '../helpers/electron-stub';

vi.mock('electron', async () => (await import('../helpers/electron-stub')).electronStub);

const coreMock = vi.hoisted(() => ({ createCore: vi.fn() }));
vi.mock('../../electron/core/core.js', () => coreMock);

import { METHOD_NAMES } from '../../shared/api/contract';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  appProtocolHandler,
  contentSecurityPolicy,
  EXTERNAL_HTTPS_HOSTS,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  openExternalSafely,
} from '../../electron/main/security';
import { createMainWindow, createOfficeWindow } from '../../electron/main/window';
import { runApp } from '../../electron/main/app';
import { FUSE_SETTINGS, readFuses, SENTINEL, setFuses } from '../../electron/packaging/after-pack.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DEV_URL = 'http://localhost:5173';
const flush = () => new Promise((r) => setTimeout(r, 0));
const event = () => ({ preventDefault: vi.fn() });

function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** Start the app with the stub: packaged or dev; returns the one window and the core mock. */
async function startApp(opts: { packaged: boolean; env?: Record<string, string> }) {
  electronStub.app.isPackaged = opts.packaged;
  const saved = { ...process.env };
  Object.assign(process.env, opts.env ?? {});
  const core = { call: vi.fn(async () => ({ ok: true, result: 'core answered' })), close: vi.fn() };
  coreMock.createCore.mockReset().mockResolvedValue(core);
  try {
    runApp();
    electronStub.app.fireReady();
    await flush();
    await flush();
  } finally {
    for (const k of Object.keys(opts.env ?? {})) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return { win: FakeBrowserWindow.instances[0], core };
}

beforeEach(() => {
  resetElectronStub();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('contextIsolation', () => {
  it('the main window isolates the preload from the page', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', title: 't' }) as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences.contextIsolation).toBe(true);
  });

  it('the office window (the server’s page, 连接到单位资料库) is isolated, sandboxed and has no preload at all', () => {
    const win = createOfficeWindow({ origin: 'http://192.168.1.20:8080', title: 't' }) as unknown as FakeBrowserWindow;
    const prefs = win.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.partition).toBe('persist:office'); // not the app's session, whose requests stay app:// only
  });

  it('the main window and the office window (window.ts) are the only BrowserWindows the main process creates, and there are no views (a lint rule, eslint.config.mjs)', async () => {
    const create = "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ show: false });\n";
    expect(described(await lintAt('electron/main/app.ts', create))).toEqual([expect.stringMatching(/^no-restricted-syntax: The main window and the office window .* are the only BrowserWindows/)]);
    expect(await lintAt('electron/main/window.ts', create)).toEqual([]);
    const view = "import { WebContentsView } from 'electron';\nexport const v = () => new WebContentsView();\n";
    expect(described(await lintAt('electron/main/window.ts', view))).toContain('no-restricted-syntax: No BrowserView or WebContentsView: one window showing the app only (docs/security.md).');
  });

  it('the preload exposes its objects through contextBridge only, never on window directly (a lint rule, eslint.config.mjs)', async () => {
    const rule = /^no-restricted-syntax: The preload exposes its objects through contextBridge\.exposeInMainWorld only/;
    for (const code of ['window.api = {};', 'globalThis.api = {};', "window['api'] = {};"]) {
      expect(described(await lintAt('electron/preload/index.ts', code)), code).toEqual([expect.stringMatching(rule)]);
    }
    expect(await lintAt('electron/preload/index.ts', "import { contextBridge } from 'electron';\ncontextBridge.exposeInMainWorld('api', {});\n")).toEqual([]);
  });
});

describe('sandbox', () => {
  it('the renderer is sandboxed, and sandboxing is enabled for every renderer before the app is ready', async () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', title: 't' }) as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences.sandbox).toBe(true);
    resetElectronStub();
    electronStub.app.whenReady.mockImplementation(() => {
      expect(electronStub.app.enableSandbox).toHaveBeenCalled();
      return new Promise<void>(() => {});
    });
    coreMock.createCore.mockReset();
    runApp();
    expect(electronStub.app.enableSandbox).toHaveBeenCalledTimes(1);
  });
});

describe('no nodeIntegration', () => {
  it('no Node.js in the page, its workers or subframes; no <webview>; web security on', () => {
    const prefs = (createMainWindow({ preloadPath: '/p.cjs', title: 't' }) as unknown as FakeBrowserWindow).options.webPreferences;
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
    expect(prefs.preload).toBe('/p.cjs');
  });
});

describe('CSP with no unsafe-eval/unsafe-inline scripts', () => {
  for (const [name, origins] of [
    ['production', {}],
    ['dev', { devServerUrl: DEV_URL }],
  ] as const) {
    it(`${name}: scripts and workers only from the app itself; no eval, no inline script, nothing by default`, () => {
      const csp = contentSecurityPolicy(origins);
      const d = cspDirectives(csp);
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).not.toContain("'wasm-unsafe-eval'");
      expect(d.get('default-src')).toEqual(["'none'"]);
      const ownOrigins = ["'self'", ...('devServerUrl' in origins ? [DEV_URL] : [])];
      expect(d.get('script-src')).toEqual(ownOrigins); // no 'unsafe-inline', data:, blob:, *, https:
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      // 'unsafe-inline' appears for styles only (Vue/Monaco inject <style> elements)
      for (const [directive, values] of d) if (directive !== 'style-src') expect(values, directive).not.toContain("'unsafe-inline'");
    });
  }

  it('every app:// response and every http(s) response of the session carries it', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-csp-'));
    try {
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
      const res = await appProtocolHandler(root)(new Request(APP_INDEX_URL));
      expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      const notFound = await appProtocolHandler(root)(new Request('app://workbench/missing.js'));
      expect(notFound.status).toBe(404);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    const s = new FakeSession();
    hardenSession(s as never, { devServerUrl: DEV_URL });
    const cb = vi.fn();
    s.headersListener!({ url: `${DEV_URL}/`, resourceType: 'mainFrame', responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-inline'"] } }, cb);
    expect(cb.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy({ devServerUrl: DEV_URL })]);
  });

  it('the page itself has no inline script or inline event handler (renderer/index.html and its build)', () => {
    const pages = [path.join(ROOT, 'renderer', 'index.html'), path.join(ROOT, 'out', 'renderer', 'index.html')].filter((p) => fs.existsSync(p));
    for (const page of pages) {
      const html = fs.readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, page).toMatch(/\bsrc=/);
        expect(body.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/javascript:/i);
    }
  });
});

describe('no remote content', () => {
  it('production: only app://workbench, data:, blob: and devtools: may load; any web or file URL is cancelled', () => {
    for (const url of ['app://workbench/index.html', 'app://workbench/assets/x.js', 'data:image/png;base64,AA', 'blob:app://workbench/1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequestUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'app://other/index.html',
      'app://user@workbench/index.html',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('dev: the dev server (and its HMR websocket) only', () => {
    const dev = { devServerUrl: DEV_URL };
    expect(isAllowedRequestUrl(`${DEV_URL}/src/main.ts`, dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://cdn.example.com/vue.js', dev)).toBe(false);
  });

  it('the session cancels remote requests', () => {
    const s = new FakeSession();
    const blocked: string[] = [];
    hardenSession(s as never, {}, (_what, url) => blocked.push(url));
    const answer = (url: string) => {
      const cb = vi.fn();
      s.beforeRequestListener!({ id: 1, url, method: 'GET', resourceType: 'script' }, cb);
      return cb.mock.calls[0][0];
    };
    expect(answer('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(answer('app://workbench/assets/index.js')).toEqual({ cancel: false });
    expect(blocked).toEqual(['https://example.com/tracker.js']);
  });

  it('the CSP names no remote host', () => {
    for (const values of cspDirectives(contentSecurityPolicy()).values()) {
      for (const v of values) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], v).toContain(v);
    }
  });

  it('a packaged app loads its page from app://, never from a dev server, even if ELECTRON_RENDERER_URL is set', async () => {
    const { win } = await startApp({ packaged: true, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } });
    expect(win.loaded).toEqual([APP_INDEX_URL]);
    const cb = vi.fn();
    electronStub.session.defaultSession.beforeRequestListener!({ id: 1, url: 'https://evil.example/', method: 'GET', resourceType: 'mainFrame' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });

  it('the renderer source references no remote script, style, image or font', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of fs.readdirSync(dir)) {
        const p = path.join(dir, name);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(vue|ts|css|html)$/.test(name)) files.push(p);
      }
    };
    walk(path.join(ROOT, 'renderer'));
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/(src|href)\s*=\s*["']https?:|url\(\s*["']?https?:|@import\s+["']?https?:|import\s*\(\s*["']https?:/i);
    }
  });
});

describe('navigation and window.open denied', () => {
  it('window.open is denied for every URL, the app’s own included', async () => {
    const { win } = await startApp({ packaged: true });
    const open = win.webContents.windowOpenHandler!;
    for (const url of [APP_INDEX_URL, 'https://example.com/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)']) {
      expect(open({ url }), url).toEqual({ action: 'deny' });
    }
  });

  it('navigation and redirects away from the app are prevented; in-app navigation is not', async () => {
    const { win } = await startApp({ packaged: true });
    for (const name of ['will-navigate', 'will-redirect']) {
      const [guard] = win.webContents.listeners.get(name)!;
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://localhost:5173/', 'app://evil/index.html', 'data:text/html,x', 'javascript:alert(1)']) {
        const e = event();
        guard(e, url);
        expect(e.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
      const ok = event();
      guard(ok, `${APP_INDEX_URL}#/plan/p_1`);
      expect(ok.preventDefault).not.toHaveBeenCalled();
    }
    const [webview] = win.webContents.listeners.get('will-attach-webview')!;
    const w = event();
    webview(w);
    expect(w.preventDefault).toHaveBeenCalled();
  });

  it('every other web contents (devtools, anything later) may not open windows or attach webviews', async () => {
    await startApp({ packaged: true });
    const other = new FakeWebContents('devtools://devtools/bundled/inspector.html');
    electronStub.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const w = event();
    other.listeners.get('will-attach-webview')![0](w);
    expect(w.preventDefault).toHaveBeenCalled();
  });
});

describe('permission requests and checks denied', () => {
  it('every permission request is refused and every check answers false, for any origin', async () => {
    await startApp({ packaged: true });
    const s = electronStub.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'unknown']) {
      const cb = vi.fn();
      s.permissionRequestHandler!({}, permission, cb, { requestingUrl: APP_INDEX_URL });
      expect(cb, permission).toHaveBeenCalledWith(false);
      expect(s.permissionCheckHandler!({}, permission, 'app://workbench', {}), permission).toBe(false);
      expect(s.permissionCheckHandler!(null, permission, 'https://example.com', {}), permission).toBe(false);
    }
  });
});

describe('sender-frame validation on every IPC call', () => {
  it('every channel the app registers refuses frames other than its window’s main frame, without reaching the core', async () => {
    const { win, core } = await startApp({ packaged: true });
    const channels = [...electronStub.ipcMain.handlers.keys()];
    expect(channels.length).toBe(METHOD_NAMES.length + 2); // the API + the import dialog + 连接到单位资料库
    const main = win.webContents.mainFrame;
    const untrusted = [
      null,
      undefined,
      fakeFrame('https://evil.example/', main), // same ids, foreign page
      fakeFrame(APP_INDEX_URL, { processId: 999, routingId: 1 }), // another renderer
      fakeFrame(APP_INDEX_URL, main, main as never), // a subframe of our page
      fakeFrame('http://localhost:5173/', main), // dev server URL in a packaged app
    ];
    for (const channel of channels) {
      for (const senderFrame of untrusted) {
        const res = await electronStub.ipcMain.handlers.get(channel)!({ senderFrame, sender: win.webContents }, {});
        expect(res, `${channel} from ${senderFrame?.url}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(core.call).not.toHaveBeenCalled();
    expect(electronStub.dialog.showOpenDialog).not.toHaveBeenCalled();
    // …and the main frame itself is served
    expect(await electronStub.ipcMain.handlers.get('api:app.info')!({ senderFrame: main }, {})).toEqual({ ok: true, result: 'core answered' });
  });

  it('the main process listens with ipcMain.handle only, in ipc.ts and dialogs.ts (a lint rule, eslint.config.mjs)', async () => {
    const listen = "import { ipcMain } from 'electron';\nipcMain.on('api:x', () => {});\n";
    const handle = "import { ipcMain } from 'electron';\nipcMain.handle('api:x', async () => ({ ok: true }));\n";
    expect(described(await lintAt('electron/main/menus.ts', listen))).toEqual([expect.stringMatching(/^no-restricted-syntax: .*ipcMain\.handle only/)]);
    expect(described(await lintAt('electron/main/ipc.ts', listen))).toEqual([expect.stringMatching(/^no-restricted-syntax: .*ipcMain\.handle only/)]);
    expect(described(await lintAt('electron/main/menus.ts', handle))).toEqual([expect.stringMatching(/^no-restricted-syntax: ipcMain\.handle belongs in .*ipc\.ts or dialogs\.ts/)]);
    expect(await lintAt('electron/main/ipc.ts', handle)).toEqual([]);
    expect(await lintAt('electron/main/dialogs.ts', handle)).toEqual([]);
  });
});

describe('shell.openExternal only for allow-listed https/mailto links', () => {
  it('the allow-list: https to the listed hosts and mailto:, nothing else', () => {
    expect(EXTERNAL_HTTPS_HOSTS).toEqual(['www.libreoffice.org']);
    for (const url of ['https://www.libreoffice.org/download/', 'https://WWW.LibreOffice.org/', 'mailto:office@example.gov.cn', 'mailto:a@b.cn?subject=%E8%AE%A1%E5%88%92']) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://www.libreoffice.org/', // not https
      'https://www.libreoffice.org.evil.example/',
      'https://evil.example/?www.libreoffice.org',
      'https://user:pw@www.libreoffice.org/',
      'https://www.libreoffice.org:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share/x.exe',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'app://workbench/index.html',
      'mailto:a@b.cn%0D%0ABcc:x@evil.example',
      'not a url',
      `https://www.libreoffice.org/${'a'.repeat(3000)}`,
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('openExternalSafely opens allow-listed links and refuses the rest', async () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const blocked: string[] = [];
    expect(openExternalSafely(shell, 'https://www.libreoffice.org/download/', (_w, u) => blocked.push(u))).toBe(true);
    expect(openExternalSafely(shell, 'file:///etc/passwd', (_w, u) => blocked.push(u))).toBe(false);
    expect(shell.openExternal.mock.calls).toEqual([['https://www.libreoffice.org/download/']]);
    expect(blocked).toEqual(['file:///etc/passwd']);
  });

  it('a link to an allow-listed site opens in the system browser, never in the window; other links open nowhere', async () => {
    const { win } = await startApp({ packaged: true });
    const open = win.webContents.windowOpenHandler!;
    expect(open({ url: 'https://www.libreoffice.org/download/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const [navigate] = win.webContents.listeners.get('will-navigate')!;
    const e = event();
    navigate(e, 'mailto:office@example.gov.cn');
    expect(e.preventDefault).toHaveBeenCalled();
    navigate(event(), 'file:///etc/passwd');
    const [redirect] = win.webContents.listeners.get('will-redirect')!;
    redirect(event(), 'https://www.libreoffice.org/redirected'); // a redirect never opens anything
    expect(electronStub.shell.openExternal.mock.calls).toEqual([['https://www.libreoffice.org/download/'], ['mailto:office@example.gov.cn']]);
  });

  it('without an opener, hardenWebContents opens nothing', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    contents.windowOpenHandler!({ url: 'https://www.libreoffice.org/' });
    expect(electronStub.shell.openExternal).not.toHaveBeenCalled();
  });

  it('shell.openExternal is called in one place only: openExternalSafely (a lint rule, eslint.config.mjs)', async () => {
    const call = "import { shell } from 'electron';\nexport function go(url: string) { void shell.openExternal(url); }\n";
    const rule = /^no-restricted-syntax: shell\.openExternal only through openExternalSafely/;
    expect(described(await lintAt('electron/main/app.ts', call))).toEqual([expect.stringMatching(rule)]);
    expect(described(await lintAt('electron/main/security.ts', call))).toEqual([expect.stringMatching(rule)]);
    const security = fs.readFileSync(path.join(ROOT, 'electron/main/security.ts'), 'utf8');
    expect(security).toContain('export function openExternalSafely');
    expect(await lintAt('electron/main/security.ts', security)).toEqual([]);
    const copy = security.replace('export function openExternalSafely', 'export function openExternalQuickly');
    expect(described(await lintAt('electron/main/security.ts', copy))).toEqual([expect.stringMatching(rule)]);
  });
});

describe('a custom app:// protocol instead of file:// in production', () => {
  it('app:// is registered as a privileged standard, secure scheme before ready and served from out/renderer', async () => {
    const { win } = await startApp({ packaged: true });
    expect(electronStub.protocol.privileged).toEqual([{ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect((electronStub.protocol.privileged[0] as { privileges: Record<string, unknown> }).privileges.bypassCSP).toBeUndefined();
    expect(electronStub.protocol.handlers.has(APP_SCHEME)).toBe(true);
    expect(win.loaded).toEqual(['app://workbench/index.html']);
  });

  it('file:// is never loaded or trusted: no loadFile, no file: URL in the main process (a lint rule, eslint.config.mjs)', async () => {
    const rule = /^no-restricted-syntax: The app is served from app:\/\/ only/;
    for (const code of ["win.loadFile('index.html');", "win.loadURL('file:///app/index.html');", 'win.loadURL(`file://${dir}/index.html`);', "protocol.registerFileProtocol('x', () => {});", "protocol.interceptFileProtocol('file', () => {});"]) {
      expect(described(await lintAt('electron/main/app.ts', code)), code).toEqual([expect.stringMatching(rule)]);
    }
    expect(await lintAt('electron/main/app.ts', "win.loadURL('app://workbench/index.html');")).toEqual([]);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
  });

  it('the app:// handler does not leave the renderer folder', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-app-'));
    const root = path.join(base, 'renderer');
    fs.mkdirSync(root);
    try {
      fs.writeFileSync(path.join(root, 'index.html'), 'ok');
      const handle = appProtocolHandler(root);
      fs.writeFileSync(path.join(base, '.pw-secret.txt'), 'secret');
      for (const url of [
        'app://workbench/..%2f.pw-secret.txt',
        'app://workbench/%2e%2e%2f.pw-secret.txt',
        'app://workbench/..%5c.pw-secret.txt',
        'app://workbench/C:/Windows/win.ini',
        `app://workbench/${path.join(base, '.pw-secret.txt')}`,
        'app://workbench//etc/hostname',
        'app://workbench/.env',
      ]) {
        const res = await handle(new Request(url));
        // refused, or (a route without an extension) the app's own index.html — never the file named
        if (res.status === 200) expect(await res.text(), url).toBe('ok');
        else expect([403, 404], url).toContain(res.status);
      }
      expect((await handle(new Request('app://other/index.html'))).status).toBe(403);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('fuses set when packaging', () => {
  it('electron-builder.yml runs the fuse hook after packing', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/electron\/packaging\/after-pack\.mjs$/m);
  });

  it('the hook turns off RunAsNode, NODE_OPTIONS and --inspect, and loads the app from the asar only', () => {
    const stock = Buffer.concat([Buffer.from('…'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001'), Buffer.from('…')]);
    const fuses = readFuses(setFuses(stock));
    expect(fuses).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(fuses).toMatchObject(FUSE_SETTINGS);
  });
});
