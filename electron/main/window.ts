/**
 * The one application window, hardened (see security.ts), and the check that an IPC message
 * comes from it.
 */
import { BrowserWindow, type WebFrameMain } from 'electron';
import { hardenWebContents, isAppUrl, webPreferences, type AppOrigins } from './security.js';

export interface MainWindowOptions extends AppOrigins {
  preloadPath: string;
  title: string;
  onBlocked?: (what: string, url: string) => void;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: opts.title,
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: webPreferences(opts.preloadPath),
  });
  hardenWebContents(win.webContents, opts);
  win.once('ready-to-show', () => win.show());
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
