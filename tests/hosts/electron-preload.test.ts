/**
 * The preload, with a stubbed 'electron': window.api has exactly one function per API method, each
 * invoking `api:<method>`; besides it only the tiny appMenu / appDialogs objects are exposed (appDialogs:
 * openImportFile and connectOffice).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronStub } from '../helpers/electron-stub';
import { build } from 'esbuild';
import { METHODS, METHOD_NAMES } from '../../shared/api/contract';
import { CONNECT_OFFICE_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, OPEN_IMPORT_FILE_CHANNEL } from '../../shared/api/host';

vi.mock('electron', async () => (await import('../helpers/electron-stub')).electronStub);

type Fn = (...args: unknown[]) => Promise<unknown>;
let exposed: Map<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index');
  exposed = electronStub.contextBridge.exposed;
});

describe('preload', () => {
  it('its method list is the contract\'s, and its bundle holds no zod or schema code', async () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(METHODS).sort());
    const r = await build({ entryPoints: ['electron/preload/index.ts'], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', external: ['electron'], logLevel: 'silent' });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('shared/api/contract.ts'))).toBe(false);
    expect(r.outputFiles[0].contents.length).toBeLessThan(20_000); // 780 KB when it imported the contract
  });

  it('exposes api, appMenu and appDialogs — nothing else', () => {
    expect([...exposed.keys()].sort()).toEqual(['api', 'appDialogs', 'appMenu']);
  });

  it('window.api has exactly the METHOD_NAMES as keys, each a function', () => {
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof api[name]).toBe('function');
    // no generic escape hatches
    for (const k of ['invoke', 'send', 'on', 'call', 'ipcRenderer']) expect(k in api).toBe(false);
  });

  it('each method invokes api:<method> with its input and resolves to what main returns', async () => {
    const api = exposed.get('api') as Record<string, Fn>;
    for (const name of METHOD_NAMES) {
      electronStub.ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const res = await api[name](input);
      expect(electronStub.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(electronStub.ipcRenderer.invoke).toHaveBeenCalledWith(`api:${name}`, input);
      expect(res).toEqual({ ok: true, result: { channel: `api:${name}`, args: [input] } });
    }
  });

  it('a method called without input sends {} (like the HTTP transport)', async () => {
    const api = exposed.get('api') as Record<string, Fn>;
    electronStub.ipcRenderer.invoke.mockClear();
    await api['library.list']();
    expect(electronStub.ipcRenderer.invoke).toHaveBeenCalledWith('api:library.list', {});
  });

  it('error Envelopes from main reach the renderer unchanged', async () => {
    const api = exposed.get('api') as Record<string, Fn>;
    const error = { ok: false, error: { code: 'conflict', message: '计划已被修改', details: { revision: 2 } } };
    electronStub.ipcRenderer.invoke.mockResolvedValueOnce(error);
    expect(await api['plan.save']({ id: 'p', doc: {}, baseRevision: 1 })).toEqual(error);
  });

  it('appMenu.onCommand forwards only allow-listed commands and can unsubscribe', () => {
    const appMenu = exposed.get('appMenu') as { onCommand(cb: (c: string) => void): () => void };
    expect(Object.keys(appMenu)).toEqual(['onCommand']);
    const got: string[] = [];
    const off = appMenu.onCommand((c) => got.push(c));
    const listeners = electronStub.ipcRenderer.listeners.get(MENU_CHANNEL)!;
    expect(listeners).toHaveLength(1);
    const ipcEvent = { sender: {} };
    listeners[0](ipcEvent, 'plan.new');
    listeners[0](ipcEvent, 'shell.openExternal');
    listeners[0](ipcEvent, { toString: () => 'plan.new' });
    listeners[0](ipcEvent, MENU_COMMANDS[MENU_COMMANDS.length - 1]);
    expect(got).toEqual(['plan.new', MENU_COMMANDS[MENU_COMMANDS.length - 1]]);
    off();
    expect(electronStub.ipcRenderer.listeners.get(MENU_CHANNEL)).toHaveLength(0);
    expect(() => appMenu.onCommand('not a function' as never)).toThrow(TypeError);
  });

  it('appDialogs has two functions: openImportFile and connectOffice (the one added for 连接到单位资料库)', async () => {
    const appDialogs = exposed.get('appDialogs') as { openImportFile(): Promise<unknown> };
    expect(Object.keys(appDialogs)).toEqual(['openImportFile', 'connectOffice']);
    expect(Object.isFrozen(appDialogs)).toBe(true);
    electronStub.ipcRenderer.invoke.mockClear();
    await appDialogs.openImportFile();
    expect(electronStub.ipcRenderer.invoke).toHaveBeenCalledWith(OPEN_IMPORT_FILE_CHANNEL);
  });

  it('appDialogs.connectOffice sends the address string, and only a string, on its one channel', async () => {
    const appDialogs = exposed.get('appDialogs') as { connectOffice(address: unknown): Promise<unknown> };
    electronStub.ipcRenderer.invoke.mockClear();
    const answer = { ok: false, error: { code: 'offline', message: '无法连接单位资料库 10.0.0.1' } };
    electronStub.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    expect(await appDialogs.connectOffice('http://10.0.0.1:8080')).toEqual(answer);
    await appDialogs.connectOffice({ toString: () => 'http://10.0.0.1' });
    expect(electronStub.ipcRenderer.invoke.mock.calls).toEqual([
      [CONNECT_OFFICE_CHANNEL, 'http://10.0.0.1:8080'],
      [CONNECT_OFFICE_CHANNEL, ''],
    ]);
  });
});
