/**
 * Packaging (electron-builder.yml): the configuration is valid for electron-builder 25, builds the
 * agreed targets (Windows NSIS; Linux deb + AppImage; x64 and arm64), ships the seeds where the
 * packaged main process looks for them, rebuilds and unpacks better-sqlite3, and sets the Electron
 * fuses through the afterPack hook. `npm run dist` itself needs network access (Electron download)
 * and is not run here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGED_SEEDS_DIR, runtimePaths } from '../../electron/main/paths';
import { dist } from '../../electron/packaging/dist.mjs';
import afterPack, { electronBinaryPath, flipFuses, FUSES_V1, FUSE_SETTINGS, readFuses, SENTINEL, setFuses } from '../../electron/packaging/after-pack.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');
// electron-builder's own loader and schema check (app-builder-lib, resolved from electron-builder).
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = builderRequire('builder-util');

type Target = { target: string; arch: string[] };
let config: any;

/** The `files` patterns (electron-builder's loader turns the list into [{ filter: [...] }]). */
function filePatterns(): string[] {
  return (config.files as Array<string | { filter?: string[] }>).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
}

beforeAll(async () => {
  // a wrong root must fail the file, not leave every test skipped
  if (!fs.existsSync(CONFIG_FILE)) throw new Error(`no electron-builder.yml at ${CONFIG_FILE}`);
  config = await getConfig(ROOT, CONFIG_FILE, null);
  if (!config) throw new Error(`electron-builder read nothing from ${CONFIG_FILE}`);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder 25’s own schema validation (and an invalid key would not)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: 1 }, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('names the app and its files', () => {
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/i);
    expect(config.productName).toContain('规划工作台');
    expect(config.executableName).toMatch(/^[a-z0-9-]+$/); // ASCII binary name, used by the fuse hook
    expect(config.directories.output).toBe('dist');
  });

  it('Windows: an NSIS installer for x64 and arm64', () => {
    const targets = config.win.target as Target[];
    expect(targets.map((t) => t.target)).toEqual(['nsis']);
    expect(targets[0].arch.sort()).toEqual(['arm64', 'x64']);
    expect(config.nsis.oneClick).toBe(false);
  });

  it('Linux: deb and AppImage, each for x64 and arm64', () => {
    const targets = config.linux.target as Target[];
    expect(targets.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of targets) expect([...t.arch].sort(), t.target).toEqual(['arm64', 'x64']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/); // the deb needs a maintainer address
  });

  it('packs the electron-vite build and package.json, whose "main" is in it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(filePatterns()).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('leaves out only packages the main process does not import', () => {
    const excluded = filePatterns()
      .map((f) => /^!\*\*\/node_modules\/((?:@[^/]+\/)?[^/*{]+)\/\*\*$/.exec(f)?.[1])
      .filter((n): n is string => !!n);
    expect(excluded).toContain('monaco-editor');
    // every bare import of the main side (electron/main, electron/core, shared)
    const imports = new Set<string>();
    const walk = (dir: string) => {
      for (const name of fs.readdirSync(dir)) {
        const p = path.join(dir, name);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|mjs)$/.test(name)) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)['"]([^'".][^'"]*)['"]/g)) {
            const spec = m[1];
            if (spec.startsWith('node:') || spec === 'electron') continue;
            imports.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
          }
        }
      }
    };
    for (const d of ['electron/main', 'electron/core', 'shared']) walk(path.join(ROOT, d));
    expect(imports).toContain('better-sqlite3');
    for (const name of imports) {
      expect(excluded, name).not.toContain(name);
      expect(excluded.some((e) => e === name.split('/')[0]), name).toBe(false);
    }
  });

  it('ships the seeds as extra resources where the packaged main process looks for them', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'seeds', to: PACKAGED_SEEDS_DIR })]);
    const from = path.join(ROOT, config.extraResources[0].from);
    expect(fs.readdirSync(from).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
    const resources = path.join(os.tmpdir(), 'pw-packaged', 'resources');
    const packaged = runtimePaths({
      isPackaged: true,
      appPath: path.join(resources, 'app.asar'),
      resourcesPath: resources,
      mainDir: path.join(resources, 'app.asar', 'out', 'main'),
      env: {},
      exists: () => false,
    });
    expect(packaged.seedsDir).toBe(path.join(resources, config.extraResources[0].to));
    // the preload and the renderer are found inside the asar, next to out/main
    expect(packaged.preload).toBe(path.join(resources, 'app.asar', 'out', 'preload', 'index.cjs'));
    expect(packaged.rendererDir).toBe(path.join(resources, 'app.asar', 'out', 'renderer'));
  });

  it('rebuilds better-sqlite3 for Electron and unpacks its .node from the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\*\.node$/)]));
    // the pattern matches the module's build output
    const glob = config.asarUnpack[0] as string;
    const re = new RegExp('^' + glob.split('**/').map((part) => part.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')).join('(?:.*/)?') + '$');
    expect(re.test('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
  });

  it('builds with the Electron version of package-lock.json (electron is an optionalDependency, which electron-builder does not read)', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    expect(config.electronVersion).toBe(lock.packages['node_modules/electron'].version);
  });

  it('sets the fuses in an afterPack hook', () => {
    expect(config.afterPack).toBe('./electron/packaging/after-pack.mjs');
    expect(fs.existsSync(path.join(ROOT, config.afterPack))).toBe(true);
  });

  it('npm run dist, dist:linux and dist:win build, package with their options, then restore better-sqlite3 (with stand-in npx/npm)', () => {
    if (process.platform === 'win32') return; // the stand-ins are shell scripts
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-dist-'));
    const log = path.join(bin, 'calls.log');
    try {
      for (const name of ['npx', 'npm']) fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> '${log}'\n`, { mode: 0o755 });
      const npm = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim(); // the real one
      const env = { ...process.env, PATH: bin + path.delimiter + process.env.PATH };
      for (const [script, options] of [['dist', ''], ['dist:linux', ' --linux'], ['dist:win', ' --win']]) {
        fs.rmSync(log, { force: true });
        execFileSync(npm, ['run', '-s', script], { cwd: ROOT, env, stdio: 'pipe' });
        expect(fs.readFileSync(log, 'utf8').trim().split('\n'), script).toEqual(['npx electron-vite build', `npx electron-builder${options}`, 'npm rebuild better-sqlite3']);
      }
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });
});

describe('npm run dist (electron/packaging/dist.mjs)', () => {
  function fake(statuses: Record<string, number>) {
    const calls: string[] = [];
    const run = (cmd: string, args: string[]) => {
      const line = [cmd, ...args].join(' ');
      calls.push(line);
      return statuses[line] ?? 0;
    };
    return { calls, run };
  }

  it('builds, packages with the given options, then restores the Node build of better-sqlite3', () => {
    const { calls, run } = fake({});
    expect(dist(['--linux'], run)).toBe(0);
    expect(calls).toEqual(['npx electron-vite build', 'npx electron-builder --linux', 'npm rebuild better-sqlite3']);
  });

  it('restores better-sqlite3 also when packaging fails, and reports the failure', () => {
    const { calls, run } = fake({ 'npx electron-builder': 2 });
    expect(dist([], run)).toBe(2);
    expect(calls).toEqual(['npx electron-vite build', 'npx electron-builder', 'npm rebuild better-sqlite3']);
    const err = console.error;
    console.error = () => {};
    try {
      const failedRestore = fake({ 'npm rebuild better-sqlite3': 1 });
      expect(dist([], failedRestore.run)).toBe(1);
    } finally {
      console.error = err;
    }
    const failedBuild = fake({ 'npx electron-vite build': 1 });
    expect(dist([], failedBuild.run)).toBe(1);
    expect(failedBuild.calls).toEqual(['npx electron-vite build', 'npm rebuild better-sqlite3']);
  });
});

// ---------------------------------------------------------------------------------------------
// The fuse hook, on synthetic binaries laid out like Electron's fuse wire.

function fakeBinary(wire: string, copies = 1): Buffer {
  const one = Buffer.concat([Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, wire.length]), Buffer.from(wire, 'ascii')]);
  return Buffer.concat([Buffer.from('\x7fELF…code…'), ...Array.from({ length: copies }, () => Buffer.concat([one, Buffer.from('…more code…')]))]);
}

describe('Electron fuses (electron/packaging/after-pack.mjs)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-fuses-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the settings: no RunAsNode, no NODE_OPTIONS, no --inspect, app only from asar, cookies encrypted, no file:// privileges', () => {
    expect(FUSE_SETTINGS).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    // wire order as in Electron's fuses.json5
    expect(FUSES_V1.slice(0, 6)).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
    ]);
  });

  it('flips exactly the configured fuses of a stock binary and leaves the others', () => {
    // Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
    // asar integrity off, only-asar off, v8 snapshot off, file privileges on, a 9th fuse on
    const buf = setFuses(fakeBinary('101100011'));
    expect(readFuses(buf)).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: false,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      fuse8: true,
    });
    expect(buf.length).toBe(fakeBinary('101100011').length);
  });

  it('sets both wires of a two-slice binary; a removed fuse stays removed', () => {
    const buf = setFuses(fakeBinary('r01100011', 2));
    const second = buf.lastIndexOf(Buffer.from(SENTINEL));
    expect(readFuses(buf).RunAsNode).toBe('removed');
    expect(readFuses(buf.subarray(second)).RunAsNode).toBe('removed');
    expect(readFuses(buf.subarray(second)).OnlyLoadAppFromAsar).toBe(true);
  });

  it('refuses a file without a fuse wire, an unknown wire version, a too short wire, or an unknown fuse name', () => {
    expect(() => setFuses(Buffer.from('not electron'))).toThrow(/sentinel/);
    const v2 = fakeBinary('101100011');
    v2[v2.indexOf(Buffer.from(SENTINEL)) + SENTINEL.length] = 2;
    expect(() => setFuses(v2)).toThrow(/version 2/);
    expect(() => setFuses(fakeBinary('1011'))).toThrow(/OnlyLoadAppFromAsar/);
    expect(() => setFuses(fakeBinary('101100011'), { NoSuchFuse: true })).toThrow(/Unknown fuse/);
    expect(() => setFuses(fakeBinary('101100011', 3))).toThrow(/3 fuse wires/);
  });

  it('the hook finds the packaged binary (executableName) on Windows and Linux and flips it in place', async () => {
    const linuxDir = path.join(dir, 'linux-unpacked');
    fs.mkdirSync(linuxDir);
    fs.writeFileSync(path.join(linuxDir, config.executableName), fakeBinary('101100011'));
    const linux = { appOutDir: linuxDir, electronPlatformName: 'linux', packager: { executableName: config.executableName, appInfo: { productFilename: 'x' } } };
    expect(electronBinaryPath(linux)).toBe(path.join(linuxDir, 'plan-workbench'));
    const log = console.log;
    console.log = () => {};
    try {
      await afterPack(linux);
    } finally {
      console.log = log;
    }
    expect(readFuses(fs.readFileSync(path.join(linuxDir, 'plan-workbench')))).toMatchObject(FUSE_SETTINGS);

    // Windows: electron-builder names the exe after productFilename, which executableName sets
    const win = { appOutDir: path.join(dir, 'win-unpacked'), electronPlatformName: 'win32', packager: { appInfo: { productFilename: config.executableName } } };
    expect(electronBinaryPath(win)).toBe(path.join(dir, 'win-unpacked', 'plan-workbench.exe'));
    const exe = path.join(dir, 'plan-workbench.exe');
    fs.writeFileSync(exe, fakeBinary('10110001'));
    expect(await flipFuses(exe)).toMatchObject(FUSE_SETTINGS);
  });
});
