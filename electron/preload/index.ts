/**
 * Preload (sandboxed, context-isolated; built to out/preload/index.cjs as CommonJS with everything
 * bundled, since a sandboxed preload can require nothing but 'electron').
 *
 * Exposes exactly:
 *   window.api         one function per METHOD_NAMES entry, invoking `api:<method>` and resolving to
 *                      the Envelope main returns. Nothing else: no generic send/invoke/on.
 *   window.appMenu     onCommand(cb): menu commands, names checked against MENU_COMMANDS.
 *   window.appDialogs  openImportFile(): the native open dialog (see electron/main/dialogs.ts);
 *                      connectOffice(address): 文件 › 连接到单位资料库 — only the address string travels;
 *                      main checks it and opens the server's page in a window WITHOUT this preload.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods.js';
import {
  CONNECT_OFFICE_CHANNEL,
  MENU_CHANNEL,
  OPEN_IMPORT_FILE_CHANNEL,
  isMenuCommand,
  type AppDialogsBridge,
  type AppMenuBridge,
  type MenuCommand,
} from '../../shared/api/host.js';

export type PreloadApi = Record<MethodName, (input?: unknown) => Promise<unknown>>;

/** The window.api object: built from the method list, one invoke per method. */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): PreloadApi {
  const api = {} as PreloadApi;
  for (const name of METHOD_NAMES) {
    const channel = `api:${name}`;
    // Methods without arguments may be called as api['library.list'](); the HTTP transport sends {} too.
    api[name] = (input?: unknown) => invoke(channel, input === undefined ? {} : input);
  }
  return Object.freeze(api);
}

export function buildAppMenu(
  on: (channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void) => void,
  off: (channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void) => void,
): AppMenuBridge {
  return Object.freeze({
    onCommand(cb: (command: MenuCommand) => void) {
      if (typeof cb !== 'function') throw new TypeError('appMenu.onCommand expects a function');
      // The renderer never sees the IPC event object, only a checked command name.
      const listener = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) cb(command);
      };
      on(MENU_CHANNEL, listener);
      return () => off(MENU_CHANNEL, listener);
    },
  });
}

type ConnectOffice = NonNullable<AppDialogsBridge['connectOffice']>;

export function buildAppDialogs(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): Required<AppDialogsBridge> {
  return Object.freeze({
    openImportFile: () => invoke(OPEN_IMPORT_FILE_CHANNEL) as ReturnType<AppDialogsBridge['openImportFile']>,
    // a string only (anything else becomes ''), so no object from the page crosses to main
    connectOffice: (address: string) => invoke(CONNECT_OFFICE_CHANNEL, typeof address === 'string' ? address : '') as ReturnType<ConnectOffice>,
  });
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld(
  'appMenu',
  buildAppMenu(
    (channel, listener) => ipcRenderer.on(channel, listener),
    (channel, listener) => ipcRenderer.removeListener(channel, listener),
  ),
);
contextBridge.exposeInMainWorld(
  'appDialogs',
  buildAppDialogs((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
