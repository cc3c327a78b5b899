/**
 * The desktop app: what electron/preload/index.ts exposes (window.api, window.appMenu, window.appDialogs).
 * Only this file reads those globals.
 */
import type { AppDialogsBridge, AppMenuBridge } from '../../../shared/api/host';
import { ApiClient, ipcTransport, type PreloadApi } from '../api/client';
import { downloadFile } from './browser';
import type { Host } from './index';

declare global {
  /** Present only in Electron (electron/preload/index.ts). */
  interface Window {
    api?: PreloadApi;
    appMenu?: AppMenuBridge;
    appDialogs?: AppDialogsBridge;
  }
}

/** The desktop host when the preload is there, else null (browser mode). */
export function createElectronHost(w: Pick<Window, 'api' | 'appMenu' | 'appDialogs'> = window): Host | null {
  if (!w.api) return null;
  return {
    kind: 'desktop',
    api: new ApiClient(ipcTransport(w.api)),
    menu: w.appMenu ?? null,
    dialogs: w.appDialogs ?? null,
    savesSurviveUnload: true,
    print: () => window.print(),
    // Electron turns a download into its save dialog (or the Downloads folder)
    saveFile: downloadFile,
    reload: () => window.location.reload(),
    closeWindow: () => window.close(),
  };
}
