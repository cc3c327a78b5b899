/**
 * The one application window, hardened (see security.ts), and the check that an IPC message
 * comes from it.
 */
import { BrowserWindow, dialog, type WebFrameMain } from 'electron';
import { hardenWebContents, isAppUrl, type AppOrigins } from './security.js';
import { isOfficePageUrl, OFFICE_PARTITION } from './office.js';

export interface MainWindowOptions extends AppOrigins {
  preloadPath: string;
  title: string;
  onBlocked?: (what: string, url: string) => void;
  /** Opens an allow-listed external link (see security.ts openExternalSafely). */
  openExternal?: (url: string) => void;
}

/** Size and look of both windows (the app's and the office server's); their webPreferences stay written out at each
 * constructor, where the scanners check them. */
const FRAME = { width: 1360, height: 880, minWidth: 960, minHeight: 600, show: false, backgroundColor: '#ffffff', autoHideMenuBar: false } as const;

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: opts.title,
    ...FRAME,
    // Written out here, at the constructor, so that static scanners (Electronegativity, CI) can check
    // them; tests/hosts/security-checklist.test.ts asserts each one.
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // middle-click would open links through a path that bypasses the page's click handlers
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(win.webContents, opts);
  win.once('ready-to-show', () => win.show());
  askBeforeLosingChanges(win, opts.title);
  return win;
}

/** The editor refuses to unload only when its changes cannot be saved (failing save, conflict): ask. */
function askBeforeLosingChanges(win: BrowserWindow, title: string): void {
  win.webContents.on('will-prevent-unload', (event: Event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['留下继续编辑 Stay', '仍然关闭 Close anyway'],
      defaultId: 0,
      cancelId: 0,
      title,
      message: '还有修改没有保存',
      detail: '保存失败或与其他修改冲突,关闭后这些修改会丢失。\nSome changes could not be saved; closing loses them.',
    });
    if (choice === 1) event.preventDefault(); // on will-prevent-unload, preventDefault lets the page close
  });
}

export interface OfficeWindowOptions {
  /** The office server's origin (checkOfficeAddress): the only pages this window may show. */
  origin: string;
  title: string;
  onBlocked?: (what: string, url: string) => void;
  openExternal?: (url: string) => void;
}

/**
 * The office server's page (文件 › 连接到单位资料库). Remote content: NO preload (no window.api, no IPC at all),
 * no Node, sandboxed, isolated, in a session of its own (OFFICE_PARTITION, hardened by office.ts
 * hardenOfficeSession). Navigation and redirects stay on the server's origin; window.open is denied; an
 * allow-listed external link goes to the system browser (openExternalSafely), any other link nowhere.
 */
export function createOfficeWindow(opts: OfficeWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: opts.title,
    ...FRAME,
    webPreferences: {
      // no preload: the page is the server's, it talks to the server over HTTP only
      partition: OFFICE_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(win.webContents, {
    onBlocked: opts.onBlocked,
    openExternal: opts.openExternal,
    allowUrl: (url) => isOfficePageUrl(url, opts.origin),
  });
  win.once('ready-to-show', () => win.show());
  askBeforeLosingChanges(win, opts.title);
  return win;
}

/**
 * Trusted: the main (top-level) frame of `win`, currently showing an app URL (app://workbench/… or
 * the dev server). Subframes, other windows, destroyed frames and foreign pages are refused.
 */
export function isTrustedFrame(win: BrowserWindow | null, frame: WebFrameMain | null | undefined, origins: AppOrigins = {}): boolean {
  if (!win || !frame || win.isDestroyed()) return false;
  const main = win.webContents.mainFrame;
  if (frame.parent !== null) return false;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url, origins);
}
