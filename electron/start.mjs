#!/usr/bin/env node
/**
 * npm start [-- <options>]
 *
 * Desktop mode when the Electron binary is installed, browser mode otherwise:
 *
 *   Electron present   1. prepare better-sqlite3 built for Electron's ABI in .electron-native/
 *                         (prebuild-install for the Electron runtime; else `npx @electron/rebuild`
 *                         on a private copy; both need the network once, the result is cached and
 *                         the Node build in node_modules — used by tests and the bridge — is untouched)
 *                      2. electron-vite dev (main passes .electron-native/better_sqlite3.node to
 *                         better-sqlite3 through its nativeBinding option)
 *   Electron absent    one notice line, then browser mode: the same as `npm run start:web` with the
 *   (this machine, CI) same options (--port, --data-dir, --seeds-dir, --no-open); the renderer is built
 *                      first when out/renderer is missing or older than its sources.
 *
 * `npm start -- --web` forces browser mode. If the Electron build of better-sqlite3 cannot be
 * prepared, browser mode is used as well, with a notice.
 */
import { spawn as nodeSpawn, spawnSync as nodeSpawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Same names as electron/main/paths.ts (a test checks it). */
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';
export const NATIVE_BINDING_ENV = 'PLAN_WORKBENCH_SQLITE_BINDING';

export const BROWSER_MODE_NOTICE = '未找到 Electron 程序(本机无法下载),改用浏览器模式 / Electron binary not available; starting browser mode';
export const FORCED_BROWSER_NOTICE = '按要求使用浏览器模式 / Browser mode requested (--web)';
export const NATIVE_FAILED_NOTICE =
  '未能准备 Electron 版本的 better-sqlite3(需要联网一次),改用浏览器模式 / Could not prepare better-sqlite3 for Electron (needs the network once); starting browser mode';

const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or why there is none. `require('electron')` returns the binary's
 * path; it throws when the package is absent (npm dropped it after the download failed) or when
 * its path.txt is missing.
 */
export function findElectron({ requireElectron = () => require('electron'), exists = fs.existsSync } = {}) {
  let binary;
  try {
    binary = requireElectron();
  } catch (e) {
    return { found: false, reason: String(e?.message ?? e).split('\n')[0] };
  }
  if (typeof binary !== 'string' || !binary) return { found: false, reason: 'electron did not return a binary path' };
  if (!exists(binary)) return { found: false, reason: `missing ${binary}` };
  return { found: true, binary };
}

/**
 * Which mode to start, without side effects.
 *   → { mode: 'web', notice, args }            args: for electron/bridge/cli.ts
 *   → { mode: 'electron', binary, args }
 */
export function decideStartMode({ argv = [], requireElectron, exists } = {}) {
  const forcedWeb = argv.includes('--web');
  const args = argv.filter((a) => a !== '--web');
  if (forcedWeb) return { mode: 'web', notice: FORCED_BROWSER_NOTICE, args };
  const electron = findElectron({ requireElectron, exists });
  if (!electron.found) return { mode: 'web', notice: BROWSER_MODE_NOTICE, reason: electron.reason, args };
  return { mode: 'electron', binary: electron.binary, args };
}

/**
 * Newest modification time (ms) of the files under `dir` (those whose name `only` matches, when given), skipping
 * node_modules and dot-folders.
 */
export function newestMtime(dir, only) {
  let newest = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && (!only || only.test(e.name))) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** Is out/renderer missing or older than renderer/ or shared/? (Only when renderer/index.html exists.) */
export function rendererNeedsBuild(root = ROOT) {
  if (!fs.existsSync(path.join(root, 'renderer', 'index.html'))) return false;
  const built = path.join(root, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return newestMtime(path.join(root, 'renderer')) > builtAt || newestMtime(path.join(root, 'shared')) > builtAt;
}

function electronViteBin(root) {
  return path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
}

/** The command line of browser mode: `tsx electron/bridge/cli.ts <args>` run by this Node. */
export function webCommand(args, root = ROOT) {
  return { command: process.execPath, args: ['--import', 'tsx', path.join(root, 'electron', 'bridge', 'cli.ts'), ...args], cwd: root };
}

/** The command line of desktop mode: electron-vite dev. */
export function electronCommand(root = ROOT) {
  return { command: process.execPath, args: [electronViteBin(root), 'dev'], cwd: root };
}

// ---- better-sqlite3 for Electron ------------------------------------------------------------

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** What the cached Electron build must match. */
export function nativeStamp(root = ROOT, electronVersion) {
  return {
    electron: electronVersion,
    betterSqlite3: readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

/**
 * Ensure <root>/.electron-native/better_sqlite3.node is better-sqlite3 built for this Electron.
 * Never touches node_modules/better-sqlite3 (the Node build stays for tests and the bridge).
 * Returns the file, or null when it could not be prepared.
 */
export function prepareElectronSqlite({ root = ROOT, electronVersion, log = console.log, spawnSync = nodeSpawnSync } = {}) {
  const dir = path.join(root, NATIVE_DIR);
  const target = path.join(dir, NATIVE_FILE);
  const stampFile = path.join(dir, 'stamp.json');
  const stamp = nativeStamp(root, electronVersion);
  try {
    if (fs.existsSync(target) && JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp)) return target;
  } catch {
    /* rebuild */
  }
  log(`正在准备 Electron ${electronVersion} 版本的 better-sqlite3 / Preparing better-sqlite3 for Electron ${electronVersion} …`);
  const work = path.join(dir, 'work');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const src = path.join(root, 'node_modules', 'better-sqlite3');
  const run = (command, args, cwd) => spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npx' }).status === 0;
  const electronArgs = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform];

  // 1. A prebuilt binary for the Electron runtime (prebuild-install ships with better-sqlite3),
  //    downloaded into a private copy of the package.
  let built = null;
  const pre = path.join(work, 'prebuilt');
  fs.mkdirSync(pre, { recursive: true });
  fs.copyFileSync(path.join(src, 'package.json'), path.join(pre, 'package.json'));
  const prebuildBin = (() => {
    try {
      return require.resolve('prebuild-install/bin.js', { paths: [src, root] });
    } catch {
      return null;
    }
  })();
  if (prebuildBin && run(process.execPath, [prebuildBin, ...electronArgs, '--verbose'], pre)) {
    const f = path.join(pre, 'build', 'Release', NATIVE_FILE);
    if (fs.existsSync(f)) built = f;
  }

  // 2. Build from source with @electron/rebuild, fetched by npx (not a dependency: its git
  //    dependency cannot be installed everywhere), on a copy in work/app/node_modules.
  if (!built) {
    const app = path.join(work, 'app');
    const copy = path.join(app, 'node_modules', 'better-sqlite3');
    fs.cpSync(src, copy, { recursive: true, filter: (p) => path.relative(src, p).split(path.sep)[0] !== 'build' });
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'electron-native-build', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }));
    const ok = run('npx', ['--yes', '@electron/rebuild', '--version', electronVersion, '--arch', process.arch, '--module-dir', app, '--only', 'better-sqlite3', '--force'], app);
    const f = path.join(copy, 'build', 'Release', NATIVE_FILE);
    if (ok && fs.existsSync(f)) built = f;
  }

  if (!built) {
    fs.rmSync(work, { recursive: true, force: true });
    return null;
  }
  fs.copyFileSync(built, target);
  fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}

// ---- running ----------------------------------------------------------------------------------

/**
 * Run a child to completion, forwarding SIGINT/SIGTERM to it. Resolves with its exit code, and
 * `interrupted` when we were asked to stop meanwhile (Ctrl+C during the UI build ends npm start).
 */
function runChild(spawn, { command, args, cwd }, env) {
  return new Promise((resolve) => {
    let interrupted = false;
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    const forward = (signal) => () => {
      interrupted = true;
      if (child.exitCode === null) child.kill(signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (code) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve({ code, interrupted });
    };
    child.on('error', (e) => {
      console.error(String(e?.message ?? e));
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Everything `npm start` does; dependencies injectable for tests. Resolves with the exit code.
 */
export async function start({
  argv = process.argv.slice(2),
  env = process.env,
  root = ROOT,
  log = console.log,
  spawn = nodeSpawn,
  requireElectron,
  exists,
  needsBuild = () => rendererNeedsBuild(root),
  prepareSqlite = (electronVersion) => prepareElectronSqlite({ root, electronVersion, log }),
  electronVersion = () => readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version,
} = {}) {
  const decision = decideStartMode({ argv, requireElectron, exists });

  const web = async (notice, args) => {
    log(notice);
    if (needsBuild()) {
      log('正在构建界面 / Building the UI (electron-vite build) …');
      const build = await runChild(spawn, { command: process.execPath, args: [electronViteBin(root), 'build'], cwd: root }, env);
      if (build.interrupted) return 130;
      if (build.code !== 0) log('界面构建失败,仅启动接口 / UI build failed; starting the API only');
    }
    return (await runChild(spawn, webCommand(args, root), env)).code;
  };

  if (decision.mode === 'web') return web(decision.notice, decision.args);

  if (decision.args.length) log(`桌面模式忽略这些参数 / Ignored in desktop mode: ${decision.args.join(' ')}`);
  const binding = prepareSqlite(electronVersion());
  if (!binding) return web(NATIVE_FAILED_NOTICE, decision.args);
  return (await runChild(spawn, electronCommand(root), { ...env, [NATIVE_BINDING_ENV]: binding })).code;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  start().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
