/**
 * App lifecycle: single instance, the core on the library in the app's data folder (defaultDataDir), app:// protocol, IPC,
 * menus, one hardened window. Kept apart from index.ts so tests can import it with a stubbed
 * 'electron' and run it step by step.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createCore, type Core } from '../core/core.js';
import { AppError } from '../../shared/errors.js';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/host.js';
import { registerIpc } from './ipc.js';
import { registerDialogIpc } from './dialogs.js';
import { buildMenuTemplate } from './menus.js';
import { defaultDataDir } from '../core/paths.js';
import { runtimePaths, type RuntimePaths } from './paths.js';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, hardenSession, openExternalSafely } from './security.js';
import { createMainWindow, createOfficeWindow, isTrustedFrame } from './window.js';
import { checkOfficeAddress, hardenOfficeSession, OFFICE_PARTITION, probeOffice, readSettings, writeSettings, type FetchLike } from './office.js';
import type { Envelope } from '../../shared/api/contract.js';
import type { OfficeConnection } from '../../shared/api/host.js';

export const APP_TITLE = '规划工作台';

/** A startup failure as a message for the error box (Chinese first, English second). */
export function describeStartupError(e: unknown, paths: Pick<RuntimePaths, 'nativeBinding'>): string {
  const text = String((e as Error)?.message ?? e);
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version|not a valid Win32 application|invalid ELF header/i.test(text)) {
    return [
      '数据库组件 better-sqlite3 不是为 Electron 编译的版本。请用 npm start 启动(它会在 .electron-native/ 准备 Electron 版本),或重新安装程序。',
      `The better-sqlite3 native module was not built for Electron (${paths.nativeBinding ?? 'default Node build'}). Start with "npm start", which prepares an Electron build in .electron-native/.`,
      '',
      text,
    ].join('\n');
  }
  if (e instanceof AppError) return e.message;
  return text;
}

/** The language of Chromium's own texts in the window (native controls, the spelling and context menus). */
export const APP_LOCALE = 'zh-CN';

/**
 * The app is Chinese: Chromium takes its own language from the system unless told (--lang), and an English system
 * then shows English in what the page does not draw itself (walk 13 saw mm/dd/yyyy in a date field). Set before the
 * app is ready, when the command line did not choose a language already (an explicit --lang is kept).
 */
export function setAppLocale(a: Pick<typeof app, 'commandLine'> = app): void {
  if (!a.commandLine.hasSwitch('lang')) a.commandLine.appendSwitch('lang', APP_LOCALE);
}

export interface RunAppOptions {
  /** The bundled import worker (electron-vite `?modulePath`, see index.ts); the core runs every import in it. */
  importWorker?: string;
  /** The folder of settings.json (default app.getPath('userData')); tests pass a temporary one. */
  settingsDir?: string;
  /** How the office server is probed (default the global fetch); tests pass a fake. */
  fetch?: FetchLike;
}

export function runApp(runOpts: RunAppOptions = {}): void {
  const mainDir = path.dirname(fileURLToPath(import.meta.url));
  const paths = runtimePaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    // Electron adds process.resourcesPath; @types/node does not know it.
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath ?? '',
    mainDir,
    env: process.env,
  });
  const origins = { devServerUrl: paths.devServerUrl };
  const log = (what: string, url: string) => console.warn(`[main] blocked ${what}${url ? `: ${url}` : ''}`);

  app.enableSandbox();
  setAppLocale();
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let win: BrowserWindow | null = null;
  let core: Core | null = null;
  // One library for the desktop app, browser mode and the CLI (SQLite in WAL mode handles two processes).
  const dataDir = defaultDataDir();

  const openWindow = () => {
    win = createMainWindow({
      preloadPath: paths.preload,
      title: APP_TITLE,
      onBlocked: log,
      openExternal: (url) => openExternalSafely(shell, url, log),
      ...origins,
    });
    win.on('focus', () => setMenu(false));
    win.on('closed', () => {
      win = null;
    });
    void win.loadURL(paths.devServerUrl ?? APP_INDEX_URL);
  };
  const send = (command: MenuCommand) => {
    // the address is asked in the app's own window, hidden while the office server's is open
    if (command === 'office.connect') showLocal();
    if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
  };
  const isTrustedSender = (frame: Parameters<typeof isTrustedFrame>[1]) => isTrustedFrame(win, frame, origins);

  // 文件 › 连接到单位资料库: the server's page in a window of its own (no preload); the app's window is hidden
  // meanwhile and shown again when that window closes (断开, or the user closes it).
  let office: BrowserWindow | null = null;
  /** The application menu, without the app page's items while the office window is in front (menus.ts). */
  let buildMenu: (officeInFront: boolean) => void = () => {};
  let menuForOffice: boolean | null = null;
  const setMenu = (officeInFront: boolean) => {
    if (menuForOffice === officeInFront) return;
    menuForOffice = officeInFront;
    buildMenu(officeInFront);
  };
  const settingsDir = () => runOpts.settingsDir ?? app.getPath('userData');
  const probeFetch: FetchLike = runOpts.fetch ?? ((url, init) => fetch(url, init));
  const showLocal = () => {
    if (!win || win.isDestroyed()) return;
    win.show();
    win.focus();
  };
  const connectOffice = async (address: string): Promise<Envelope<OfficeConnection>> => {
    const checked = checkOfficeAddress(address);
    if (!checked.ok) return { ok: false, error: { code: 'invalid-input', message: checked.message } };
    if (checked.warn) {
      const options = {
        type: 'warning' as const,
        buttons: ['仍然连接 Connect', '取消 Cancel'],
        defaultId: 1,
        cancelId: 1,
        title: APP_TITLE,
        message: `${new URL(checked.origin).host} 使用不加密的 http 连接`,
        detail: '密码和计划内容在网络上以明文传送。单位内网之外请使用 https:// 地址。\nPlain http: passwords and plans travel unencrypted. Use https:// outside the office network.',
      };
      const choice = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      if (choice.response !== 0) return { ok: false, error: { code: 'cancelled', message: '已取消连接' } };
    }
    const probed = await probeOffice(probeFetch, checked.origin);
    if (!probed.ok) return probed;
    hardenOfficeSession(session.fromPartition(OFFICE_PARTITION), checked.origin, log);
    const previous = office;
    const next = createOfficeWindow({
      origin: checked.origin,
      title: `${APP_TITLE} · 单位资料库 ${new URL(checked.origin).host}`,
      onBlocked: log,
      openExternal: (url) => openExternalSafely(shell, url, log),
    });
    office = next;
    // whichever window has the focus gets its menu (the app page's items, or none of them)
    next.on('focus', () => setMenu(true));
    next.on('closed', () => {
      if (office !== next) return; // replaced by a newer connection
      office = null;
      setMenu(false);
      showLocal();
    });
    void next.loadURL(checked.url);
    previous?.close();
    win?.hide();
    setMenu(true);
    try {
      writeSettings(settingsDir(), { officeServer: checked.url });
    } catch (e) {
      console.warn('[main] the office address could not be remembered:', e);
    }
    return { ok: true, result: { url: checked.url } };
  };
  const reconnectOffice = () => {
    const last = readSettings(settingsDir()).officeServer;
    if (!last) {
      send('office.connect');
      return;
    }
    void connectOffice(last).then((res) => {
      if (res.ok || res.error.code === 'cancelled') return;
      const options = { type: 'error' as const, title: APP_TITLE, message: res.error.message };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    });
  };
  const disconnectOffice = () => {
    if (office && !office.isDestroyed()) office.close();
    else showLocal();
  };

  app.on('second-instance', () => {
    const front = office ?? win;
    if (!front) return;
    if (front.isMinimized()) front.restore();
    front.focus();
  });
  // Any other web contents (devtools included) may not open windows or attach webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  });
  // One window: closing it ends the app on every platform (the library is closed cleanly).
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(async () => {
      try {
        // Automatic backups on; a damaged library starts in recovery mode (the window offers the latest backup).
        core = await createCore({
          dataDir,
          seedsDir: paths.seedsDir,
          host: 'electron',
          nativeBinding: paths.nativeBinding,
          backups: { schedule: true },
          recovery: true,
          importWorker: runOpts.importWorker,
        });
      } catch (e) {
        console.error('[main] the library could not be opened:', e);
        dialog.showErrorBox(`${APP_TITLE}无法启动`, describeStartupError(e, paths));
        app.exit(1);
        return;
      }
      hardenSession(session.defaultSession, origins, log);
      protocol.handle(APP_SCHEME, appProtocolHandler(paths.rendererDir, origins));
      registerIpc(ipcMain, core, { isTrustedSender });
      registerDialogIpc(ipcMain, { dialog, getWindow: () => win, isTrustedSender, connectOffice });
      buildMenu = (officeInFront: boolean) => {
        const template = buildMenuTemplate({
          office: officeInFront,
          isMac: process.platform === 'darwin',
          dev: !app.isPackaged,
          appName: APP_TITLE,
          send,
          showAbout: () => {
            const options = {
              type: 'info' as const,
              title: `关于${APP_TITLE}`,
              message: '规划工作台 Plan Workbench',
              detail: `版本 Version ${app.getVersion()}\nElectron ${process.versions.electron ?? '?'}\n资料库 Library: ${dataDir}`,
            };
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
          openDataFolder: () => void shell.openPath(dataDir),
          reconnectOffice,
          disconnectOffice,
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      };
      setMenu(false);
      openWindow();
      app.on('activate', () => {
        if (!win) openWindow();
      });
    })
    .catch((e: unknown) => {
      console.error('[main] startup failed:', e);
      dialog.showErrorBox(`${APP_TITLE}无法启动`, String((e as Error)?.message ?? e));
      app.exit(1);
    });
}
