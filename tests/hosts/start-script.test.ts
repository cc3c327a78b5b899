/**
 * electron/start.mjs (npm start): without the Electron binary it prints one notice line and starts
 * browser mode (the bridge CLI with the same options); with it, it prepares the Electron build of
 * better-sqlite3 and runs electron-vite dev. Nothing is spawned here: spawn is a fake, and Electron's presence or
 * absence is stubbed (requireElectron/exists), so the tests hold on machines with and without Electron.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  BROWSER_MODE_NOTICE,
  FORCED_BROWSER_NOTICE,
  NATIVE_BINDING_ENV,
  NATIVE_DIR,
  NATIVE_FAILED_NOTICE,
  NATIVE_FILE,
  ROOT,
  decideStartMode,
  findElectron,
  rendererNeedsBuild,
  start,
} from '../../electron/start.mjs';
import * as mainPaths from '../../electron/main/paths';

const absent = () => {
  const e = new Error("Cannot find module 'electron'") as Error & { code?: string };
  e.code = 'MODULE_NOT_FOUND';
  throw e;
};

/** A spawn that records its calls and exits with 0 on the next tick. */
function fakeSpawn() {
  const calls: Array<{ command: string; args: string[]; options: any }> = [];
  const spawn = vi.fn((command: string, args: string[], options: any) => {
    calls.push({ command, args, options });
    const child = Object.assign(new EventEmitter(), { exitCode: null as number | null, kill: vi.fn() });
    setTimeout(() => {
      child.exitCode = 0;
      child.emit('exit', 0, null);
    }, 0);
    return child as never;
  });
  return { spawn, calls };
}

describe('npm start', () => {
  it('findElectron: absent package, missing binary or no path → not found with a reason; present → its binary', () => {
    // absence, stubbed: holds on a machine with or without Electron
    expect(findElectron({ requireElectron: absent })).toEqual({ found: false, reason: "Cannot find module 'electron'" });
    expect(findElectron({ requireElectron: () => '/nope/electron', exists: () => false })).toEqual({ found: false, reason: 'missing /nope/electron' });
    expect(findElectron({ requireElectron: () => '' as never }).found).toBe(false);
    // presence, stubbed
    expect(findElectron({ requireElectron: () => '/bin/electron', exists: (p: string) => p === '/bin/electron' })).toEqual({ found: true, binary: '/bin/electron' });
    // this machine, whichever it is: found means a binary that exists, not found means a reason
    const here = findElectron();
    if (here.found) expect(fs.existsSync(here.binary!)).toBe(true);
    else expect(here.reason).toBeTruthy();
  });

  it('without Electron: decides browser mode, with the arguments for the bridge', () => {
    const d = decideStartMode({ argv: ['--port', '0', '--no-open'], requireElectron: absent });
    expect(d).toMatchObject({ mode: 'web', notice: BROWSER_MODE_NOTICE, args: ['--port', '0', '--no-open'] });
    // a package whose binary path does not exist counts as absent
    expect(decideStartMode({ requireElectron: () => '/nope/electron', exists: () => false }).mode).toBe('web');
    // --web forces browser mode and is not passed on
    expect(decideStartMode({ argv: ['--web', '--no-open'], requireElectron: () => '/bin/electron', exists: () => true })).toMatchObject({
      mode: 'web',
      notice: FORCED_BROWSER_NOTICE,
      args: ['--no-open'],
    });
    expect(decideStartMode({ requireElectron: () => '/bin/electron', exists: () => true })).toMatchObject({ mode: 'electron', binary: '/bin/electron' });
  });

  it('the notice is one line, Chinese and English', () => {
    expect(BROWSER_MODE_NOTICE).not.toContain('\n');
    expect(BROWSER_MODE_NOTICE).toMatch(/[\u4e00-\u9fff]/);
    expect(BROWSER_MODE_NOTICE).toMatch(/Electron binary not available; starting browser mode/);
  });

  it('without Electron: prints exactly the notice and runs tsx electron/bridge/cli.ts with the same args', async () => {
    const lines: string[] = [];
    const { spawn, calls } = fakeSpawn();
    const prepareSqlite = vi.fn(() => '/x');
    const code = await start({
      argv: ['--port', '0', '--no-open'],
      env: { PATH: '/usr/bin' },
      log: (l) => lines.push(l),
      spawn,
      requireElectron: absent,
      needsBuild: () => false,
      prepareSqlite,
    });
    expect(code).toBe(0);
    expect(lines).toEqual([BROWSER_MODE_NOTICE]);
    expect(prepareSqlite).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    expect(calls[0].command).toBe(process.execPath);
    expect(calls[0].args).toEqual(['--import', 'tsx', path.join(ROOT, 'electron', 'bridge', 'cli.ts'), '--port', '0', '--no-open']);
    expect(calls[0].options.cwd).toBe(ROOT);
  });

  it('without Electron and without a renderer build: builds the UI first, then browser mode', async () => {
    const lines: string[] = [];
    const { spawn, calls } = fakeSpawn();
    await start({ argv: [], env: {}, log: (l) => lines.push(l), spawn, requireElectron: absent, needsBuild: () => true });
    expect(lines[0]).toBe(BROWSER_MODE_NOTICE);
    expect(calls.map((c) => c.args.slice(-1)[0])).toEqual(['build', path.join(ROOT, 'electron', 'bridge', 'cli.ts')]);
  });

  it('npm run start:web is start.mjs --web: a stale or missing UI is built first, then browser mode with the options', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts['start:web']).toBe('node electron/start.mjs --web');
    const lines: string[] = [];
    const { spawn, calls } = fakeSpawn();
    // Electron present or not: --web means browser mode, and the UI is built when needed
    await start({ argv: ['--web', '--port', '5180', '--no-open'], env: {}, log: (l) => lines.push(l), spawn, requireElectron: () => '/bin/electron', exists: () => true, needsBuild: () => true });
    expect(lines[0]).toBe(FORCED_BROWSER_NOTICE);
    expect(calls.map((c) => c.args.slice(-1)[0])).toEqual(['build', '--no-open']);
    expect(calls[1].args).toEqual(['--import', 'tsx', path.join(ROOT, 'electron', 'bridge', 'cli.ts'), '--port', '5180', '--no-open']);
    const fresh = fakeSpawn();
    await start({ argv: ['--web'], env: {}, log: () => {}, spawn: fresh.spawn, requireElectron: absent, needsBuild: () => false });
    expect(fresh.calls).toHaveLength(1); // built and current: no build
  });

  it('with Electron: prepares better-sqlite3 for its ABI and runs electron-vite dev with the binding', async () => {
    const { spawn, calls } = fakeSpawn();
    const prepareSqlite = vi.fn(() => '/repo/.electron-native/better_sqlite3.node');
    await start({
      argv: [],
      env: {},
      log: () => {},
      spawn,
      requireElectron: () => '/bin/electron',
      exists: () => true,
      electronVersion: () => '39.2.0',
      prepareSqlite,
    });
    expect(prepareSqlite).toHaveBeenCalledWith('39.2.0');
    expect(calls).toHaveLength(1);
    expect(calls[0].args.slice(-1)).toEqual(['dev']);
    expect(calls[0].args[0]).toMatch(/electron-vite/);
    expect(calls[0].options.env[NATIVE_BINDING_ENV]).toBe('/repo/.electron-native/better_sqlite3.node');
  });

  it('with Electron but no Electron build of better-sqlite3: falls back to browser mode with a notice', async () => {
    const lines: string[] = [];
    const { spawn, calls } = fakeSpawn();
    await start({
      argv: [],
      env: {},
      log: (l) => lines.push(l),
      spawn,
      requireElectron: () => '/bin/electron',
      exists: () => true,
      electronVersion: () => '39.2.0',
      prepareSqlite: () => null,
      needsBuild: () => false,
    });
    expect(lines).toEqual([NATIVE_FAILED_NOTICE]);
    expect(calls[0].args).toContain(path.join(ROOT, 'electron', 'bridge', 'cli.ts'));
  });

  it('uses the same .electron-native names as the main process', () => {
    expect(NATIVE_DIR).toBe(mainPaths.NATIVE_DIR);
    expect(NATIVE_FILE).toBe(mainPaths.NATIVE_FILE);
    expect(NATIVE_BINDING_ENV).toBe(mainPaths.NATIVE_BINDING_ENV);
  });

  it('rendererNeedsBuild: missing or stale out/renderer', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-start-'));
    expect(rendererNeedsBuild(root)).toBe(false); // no renderer sources at all
    fs.mkdirSync(path.join(root, 'renderer', 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<html>');
    expect(rendererNeedsBuild(root)).toBe(true);
    fs.mkdirSync(path.join(root, 'out', 'renderer'), { recursive: true });
    const built = path.join(root, 'out', 'renderer', 'index.html');
    fs.writeFileSync(built, '<html>');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(built, later, later);
    expect(rendererNeedsBuild(root)).toBe(false);
    const src = path.join(root, 'renderer', 'src', 'main.ts');
    fs.writeFileSync(src, '');
    const evenLater = new Date(Date.now() + 120_000);
    fs.utimesSync(src, evenLater, evenLater);
    expect(rendererNeedsBuild(root)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
