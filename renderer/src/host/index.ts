/**
 * The host the renderer runs in, as one object. Two hosts exist, one file each:
 *   electron.ts  the desktop app: the preload's window.api (IPC), native menu and dialogs, Electron's print dialog
 *   browser.ts   browser mode: the HTTP bridge on the page's origin, the page's own shortcuts, downloads
 * main.ts (the composition root) builds one of them and installs it with installHost; components and stores reach it
 * with useHost() (stores keep calling useApi(), which returns the installed host's client). Nothing else in the
 * renderer reads window.api / window.appMenu / window.appDialogs.
 */
import { setApi, useApi, type ApiClient } from '../api/client';
import type { AppDialogsBridge, AppMenuBridge } from '../../../shared/api/host';
import { createBrowserHost } from './browser';

export interface Host {
  readonly kind: 'desktop' | 'browser';
  /** The core's API over this host's transport (IPC or HTTP). */
  readonly api: ApiClient;
  /**
   * The native menu (desktop only). When present, its accelerators (Ctrl+E, Ctrl+P, F1 …) arrive as commands,
   * so the page does not bind those keys itself.
   */
  readonly menu: AppMenuBridge | null;
  /** Native dialogs (desktop only); browser mode uses the page's own file input. */
  readonly dialogs: AppDialogsBridge | null;
  /**
   * A save dispatched while the window closes completes by itself (desktop: the IPC call finishes in the main
   * process). In a browser the request may be cancelled, so the page asks before leaving.
   */
  readonly savesSurviveUnload: boolean;
  /** Print the page (print CSS decides what is on paper); Electron answers with its print dialog. */
  print(): void;
  /** Hand a file to the user (browser download; in Electron the default save dialog / Downloads). */
  saveFile(fileName: string, data: BlobPart, mime: string): void;
  /** Start afresh (after a restore every view holds data of the old library). */
  reload(): void;
  /** Close the window: quits the desktop app; a browser tab the user opened stays open. */
  closeWindow(): void;
}

let current: Host | null = null;

/** The composition root's call: this host serves the whole app (its client becomes useApi()'s). */
export function installHost(host: Host | null): void {
  current = host;
  setApi(host ? host.api : null);
}

/** The installed host; without one (unit tests) a browser host over useApi()'s client. */
export function useHost(): Host {
  return current ?? createBrowserHost(useApi());
}
