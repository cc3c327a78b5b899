/**
 * Minimal typings of the 'electron' APIs this app uses (main and preload).
 *
 * Why: Electron is an optionalDependency whose binary download fails on the team's machines and in
 * CI, and npm then drops the whole package — its electron.d.ts included. The Electron layer must
 * still type-check there, so the few APIs we touch are declared here, as an ambient module.
 *
 * Shapes follow Electron 39's own electron.d.ts (a subset; extra members are left out, never
 * changed). TypeScript consults an ambient `declare module 'electron'` before resolving the
 * package, so these typings are the ones in force whether node_modules/electron exists or not:
 * the build behaves the same on every machine. When you use a new Electron API, add it here,
 * copied from the real typings.
 *
 * This file must stay a script (no top-level import/export) so the declaration is ambient.
 */
declare module 'electron' {
  // ---- shared pieces -------------------------------------------------------------------------

  interface Event {
    preventDefault(): void;
    readonly defaultPrevented?: boolean;
  }

  interface WebPreferences {
    preload?: string;
    /** A session of its own ('persist:<name>' keeps its cookies on disk). */
    partition?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    webviewTag?: boolean;
    experimentalFeatures?: boolean;
    navigateOnDragDrop?: boolean;
    spellcheck?: boolean;
    safeDialogs?: boolean;
    additionalArguments?: string[];
    disableBlinkFeatures?: string;
  }

  interface BrowserWindowConstructorOptions {
    title?: string;
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    show?: boolean;
    backgroundColor?: string;
    autoHideMenuBar?: boolean;
    icon?: string;
    webPreferences?: WebPreferences;
  }

  interface HandlerDetails {
    url: string;
    frameName: string;
    features: string;
    disposition: string;
  }

  type WindowOpenHandlerResponse = { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions?: BrowserWindowConstructorOptions };

  interface WebFrameMain {
    readonly url: string;
    readonly origin: string;
    readonly processId: number;
    readonly routingId: number;
    readonly parent: WebFrameMain | null;
    readonly top: WebFrameMain | null;
    readonly detached?: boolean;
  }

  interface WebContents {
    readonly id: number;
    readonly mainFrame: WebFrameMain;
    readonly session: Session;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string, ...rest: unknown[]) => void): this;
    on(event: 'will-attach-webview', listener: (event: Event, ...rest: unknown[]) => void): this;
    on(event: string, listener: (...args: any[]) => void): this;
    send(channel: string, ...args: unknown[]): void;
    getURL(): string;
    getType(): string;
    isDestroyed(): boolean;
  }

  // ---- main process --------------------------------------------------------------------------

  class BrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    readonly id: number;
    readonly webContents: WebContents;
    loadURL(url: string): Promise<void>;
    show(): void;
    hide(): void;
    focus(): void;
    restore(): void;
    close(): void;
    isMinimized(): boolean;
    isDestroyed(): boolean;
    on(event: string, listener: (...args: any[]) => void): this;
    once(event: string, listener: (...args: any[]) => void): this;
    static getAllWindows(): BrowserWindow[];
  }

  interface CommandLine {
    appendSwitch(the_switch: string, value?: string): void;
    hasSwitch(the_switch: string): boolean;
    getSwitchValue(the_switch: string): string;
  }

  interface App {
    readonly isPackaged: boolean;
    readonly commandLine: CommandLine;
    getAppPath(): string;
    getPath(name: 'home' | 'appData' | 'userData' | 'sessionData' | 'temp' | 'exe' | 'documents' | 'downloads' | 'logs'): string;
    getVersion(): string;
    enableSandbox(): void;
    requestSingleInstanceLock(additionalData?: Record<any, any>): boolean;
    whenReady(): Promise<void>;
    quit(): void;
    exit(exitCode?: number): void;
    on(event: 'web-contents-created', listener: (event: Event, webContents: WebContents) => void): this;
    on(event: string, listener: (...args: any[]) => void): this;
  }

  interface IpcMainInvokeEvent {
    readonly sender: WebContents;
    readonly senderFrame: WebFrameMain | null;
    readonly processId: number;
    readonly frameId: number;
  }

  interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: any[]) => Promise<any> | any): void;
    removeHandler(channel: string): void;
  }

  interface OpenDialogOptions {
    title?: string;
    defaultPath?: string;
    buttonLabel?: string;
    filters?: Array<{ name: string; extensions: string[] }>;
    properties?: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'showHiddenFiles'>;
  }

  interface OpenDialogReturnValue {
    canceled: boolean;
    filePaths: string[];
  }

  interface MessageBoxOptions {
    message: string;
    type?: 'none' | 'info' | 'error' | 'question' | 'warning';
    title?: string;
    detail?: string;
    buttons?: string[];
    defaultId?: number;
    cancelId?: number;
  }

  interface MessageBoxReturnValue {
    response: number;
    checkboxChecked: boolean;
  }

  interface Dialog {
    showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
    showMessageBoxSync(window: BrowserWindow, options: MessageBoxOptions): number;
    showErrorBox(title: string, content: string): void;
  }

  interface MenuItemConstructorOptions {
    label?: string;
    accelerator?: string;
    role?:
      | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'forceReload' | 'toggleDevTools'
      | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'quit' | 'hide' | 'hideOthers' | 'unhide'
      | 'about' | 'close' | 'minimize';
    type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
    enabled?: boolean;
    visible?: boolean;
    click?: (...args: any[]) => void;
    submenu?: MenuItemConstructorOptions[];
  }

  class Menu {
    static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
    static setApplicationMenu(menu: Menu | null): void;
  }

  interface CustomScheme {
    scheme: string;
    privileges?: {
      standard?: boolean;
      secure?: boolean;
      bypassCSP?: boolean;
      allowServiceWorkers?: boolean;
      supportFetchAPI?: boolean;
      corsEnabled?: boolean;
      stream?: boolean;
      codeCache?: boolean;
    };
  }

  interface Protocol {
    registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  }

  interface OnHeadersReceivedListenerDetails {
    url: string;
    resourceType: string;
    responseHeaders?: Record<string, string[]>;
  }

  interface HeadersReceivedResponse {
    cancel?: boolean;
    responseHeaders?: Record<string, string | string[]>;
  }

  interface OnBeforeRequestListenerDetails {
    id: number;
    url: string;
    method: string;
    resourceType: string;
  }

  interface CallbackResponse {
    cancel?: boolean;
    redirectURL?: string;
  }

  interface WebRequest {
    onBeforeRequest(listener: ((details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void) | null): void;
    onHeadersReceived(listener: (details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void): void;
  }

  interface Session {
    readonly webRequest: WebRequest;
    setPermissionRequestHandler(
      handler: ((webContents: WebContents, permission: string, callback: (permissionGranted: boolean) => void, details: unknown) => void) | null,
    ): void;
    setPermissionCheckHandler(
      handler: ((webContents: WebContents | null, permission: string, requestingOrigin: string, details: unknown) => boolean) | null,
    ): void;
  }

  interface Shell {
    openPath(path: string): Promise<string>;
    openExternal(url: string, options?: { activate?: boolean }): Promise<void>;
  }

  const app: App;
  const dialog: Dialog;
  const ipcMain: IpcMain;
  const protocol: Protocol;
  const session: { readonly defaultSession: Session; fromPartition(partition: string): Session };
  const shell: Shell;

  // ---- preload -------------------------------------------------------------------------------

  interface IpcRendererEvent {
    readonly sender: unknown;
  }

  interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<any>;
    on(channel: string, listener: (event: IpcRendererEvent, ...args: any[]) => void): this;
    removeListener(channel: string, listener: (...args: any[]) => void): this;
  }

  interface ContextBridge {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  }

  const contextBridge: ContextBridge;
  const ipcRenderer: IpcRenderer;
}
