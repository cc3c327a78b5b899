/**
 * Where the desktop app finds its parts. Pure (no 'electron'): index.ts passes app.isPackaged,
 * app.getAppPath(), process.resourcesPath and the folder of the built main script.
 *
 *                      dev (npm start → electron-vite dev)        packaged
 *   preload            out/preload/index.cjs                       same, inside the app
 *   renderer           ELECTRON_RENDERER_URL (dev server)          out/renderer via app://
 *   seeds              <repo>/seeds                                <resources>/seeds (PACKAGED_SEEDS_DIR;
 *                                                                  electron-builder.yml extraResources)
 *   better-sqlite3     <repo>/.electron-native/better_sqlite3.node <resources>/native/better_sqlite3.node
 *                      when present, else the default build        when present, else the default build
 *
 * In dev the .electron-native build is made for Electron's ABI by electron/start.mjs. A package made
 * with electron-builder.yml has no resources/native: electron-builder rebuilds node_modules for
 * Electron (npmRebuild) and unpacks better-sqlite3's .node next to app.asar, so the default build is
 * the right one there.
 *
 * PLAN_WORKBENCH_SQLITE_BINDING overrides the better-sqlite3 binding in both cases.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Keep in sync with electron/start.mjs (a test checks it). */
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';
export const NATIVE_BINDING_ENV = 'PLAN_WORKBENCH_SQLITE_BINDING';
/** Folder of the seeds under process.resourcesPath in a packaged app (electron-builder.yml extraResources `to`). */
export const PACKAGED_SEEDS_DIR = 'seeds';

export interface RuntimeInfo {
  isPackaged: boolean;
  /** app.getAppPath(): the repo root in dev (where package.json is). */
  appPath: string;
  /** process.resourcesPath (packaged). */
  resourcesPath: string;
  /** Folder of the built main script (out/main). */
  mainDir: string;
  env: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
}

export interface RuntimePaths {
  preload: string;
  rendererDir: string;
  /** Dev server URL, only when not packaged. */
  devServerUrl: string | undefined;
  seedsDir: string;
  nativeBinding: string | undefined;
}

export function runtimePaths(info: RuntimeInfo): RuntimePaths {
  const exists = info.exists ?? ((f: string) => fs.existsSync(f));
  const override = info.env[NATIVE_BINDING_ENV];
  const candidate = info.isPackaged
    ? path.join(info.resourcesPath, 'native', NATIVE_FILE)
    : path.join(info.appPath, NATIVE_DIR, NATIVE_FILE);
  return {
    preload: path.resolve(info.mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.resolve(info.mainDir, '..', 'renderer'),
    devServerUrl: info.isPackaged ? undefined : info.env.ELECTRON_RENDERER_URL || undefined,
    seedsDir: info.isPackaged ? path.join(info.resourcesPath, PACKAGED_SEEDS_DIR) : path.join(info.appPath, 'seeds'),
    nativeBinding: override ? path.resolve(override) : exists(candidate) ? candidate : undefined,
  };
}
