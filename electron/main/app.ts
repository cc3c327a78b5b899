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
import { createMainWindow, isTrustedFrame } from './window.js';

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

export interface RunAppOptions {
  /** The bundled import worker (electron-vite `?modulePath`, see index.ts); the core runs every import in it. */
  importWorker?: string;
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
    win.on('closed', () => {
      win = null;
    });
    void win.loadURL(paths.devServerUrl ?? APP_INDEX_URL);
  };
  const send = (command: MenuCommand) => {
    if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
  };
  const isTrustedSender = (frame: Parameters<typeof isTrustedFrame>[1]) => isTrustedFrame(win, frame, origins);

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
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
      registerDialogIpc(ipcMain, { dialog, getWindow: () => win, isTrustedSender });
      const template = buildMenuTemplate({
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
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
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
