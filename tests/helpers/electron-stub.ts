/**
 * A stand-in for the 'electron' module (absent on this machine and in CI): records what the main
 * process and the preload do with it. Tests install it with
 *   vi.mock('electron', async () => (await import('./helpers/electron-stub')).electronStub)
 * and reset it with resetElectronStub() between tests.
 */
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

export interface FakeFrame {
  url: string;
  origin: string;
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
  top: FakeFrame | null;
}

export function fakeFrame(url: string, ids: { processId?: number; routingId?: number } = {}, parent: FakeFrame | null = null): FakeFrame {
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    /* keep '' */
  }
  const frame: FakeFrame = { url, origin, processId: ids.processId ?? 1, routingId: ids.routingId ?? 1, parent, top: null };
  frame.top = parent ? parent.top : frame;
  return frame;
}

export class FakeWebContents extends FakeEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame: FakeFrame;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  sent: Array<[string, ...unknown[]]> = [];
  constructor(url = 'app://workbench/index.html') {
    super();
    this.mainFrame = fakeFrame(url, { processId: 100 + this.id, routingId: 1 });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  getURL() {
    return this.mainFrame.url;
  }
  getType() {
    return 'window';
  }
  isDestroyed() {
    return false;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  constructor(public options: any) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
  }
  visible = true;
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  restore() {}
  close() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  static getAllWindows() {
    return FakeBrowserWindow.instances;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  headersListener: Listener | null = null;
  beforeRequestListener: Listener | null = null;
  webRequest = {
    onHeadersReceived: (listener: Listener) => {
      this.headersListener = listener;
    },
    onBeforeRequest: (listener: Listener | null) => {
      this.beforeRequestListener = listener;
    },
  };
  setPermissionRequestHandler(h: Listener | null) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Listener | null) {
    this.permissionCheckHandler = h;
  }
}

export class FakeIpcMain {
  handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

function makeApp() {
  const emitter = new FakeEmitter();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  return Object.assign(emitter, {
    isPackaged: false,
    singleInstance: true,
    calls: [] as string[],
    getAppPath: () => '/repo',
    getPath: (name: string) => `/home/user/.config/plan-workbench-test/${name === 'userData' ? '' : name}`.replace(/\/$/, ''),
    getVersion: () => '0.1.0',
    enableSandbox: vi.fn(() => {}),
    /** Chromium's command line (app.commandLine): the switches appended, by name */
    commandLine: (() => {
      const switches = new Map<string, string>();
      return {
        switches,
        appendSwitch: vi.fn((name: string, value = '') => { switches.set(name, value); }),
        hasSwitch: (name: string) => switches.has(name),
        getSwitchValue: (name: string) => switches.get(name) ?? '',
      };
    })(),
    requestSingleInstanceLock: vi.fn(function (this: void) {
      return electronStub.app.singleInstance;
    }),
    whenReady: vi.fn(() => ready),
    fireReady: () => resolveReady(),
    quit: vi.fn(() => {}),
    exit: vi.fn((_code?: number) => {}),
  });
}

function makeStub() {
  return {
    app: makeApp(),
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
      showErrorBox: vi.fn((_title: string, _content: string) => {}),
    },
    ipcMain: new FakeIpcMain(),
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown) => {}),
    },
    protocol: {
      privileged: [] as unknown[],
      registerSchemesAsPrivileged: vi.fn(function (schemes: unknown[]) {
        electronStub.protocol.privileged.push(...schemes);
      }),
      handlers: new Map<string, (request: Request) => Promise<Response>>(),
      handle: vi.fn(function (scheme: string, handler: (request: Request) => Promise<Response>) {
        electronStub.protocol.handlers.set(scheme, handler);
      }),
    },
    session: {
      defaultSession: new FakeSession(),
      partitions: new Map<string, FakeSession>(),
      fromPartition(name: string) {
        const map = electronStub.session.partitions;
        if (!map.has(name)) map.set(name, new FakeSession());
        return map.get(name)!;
      },
    },
    shell: { openPath: vi.fn(async (_p: string) => ''), openExternal: vi.fn(async (_url: string) => {}) },
    // preload side
    contextBridge: {
      exposed: new Map<string, unknown>(),
      exposeInMainWorld: vi.fn(function (key: string, api: unknown) {
        if (electronStub.contextBridge.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
        electronStub.contextBridge.exposed.set(key, api);
      }),
    },
    ipcRenderer: Object.assign(new FakeEmitter(), {
      invoke: vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ ok: true, result: { channel, args } })),
    }),
  };
}

export type ElectronStub = ReturnType<typeof makeStub>;

/** The module object handed to vi.mock('electron'); its fields are replaced in place by resetElectronStub. */
export const electronStub: ElectronStub = makeStub();

export function resetElectronStub(): void {
  Object.assign(electronStub, makeStub());
  FakeBrowserWindow.instances = [];
}
