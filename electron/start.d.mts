/** Types of scripts/start.mjs (for tests/hosts/start-script.test.ts). */
import type { ChildProcess, spawnSync as nodeSpawnSync } from 'node:child_process';

export const ROOT: string;
export const NATIVE_DIR: string;
export const NATIVE_FILE: string;
export const NATIVE_BINDING_ENV: string;
export const BROWSER_MODE_NOTICE: string;
export const FORCED_BROWSER_NOTICE: string;
export const NATIVE_FAILED_NOTICE: string;

export interface ElectronProbe {
  requireElectron?: () => unknown;
  exists?: (file: string) => boolean;
}

export function findElectron(opts?: ElectronProbe): { found: true; binary: string } | { found: false; reason: string };

export type StartDecision =
  | { mode: 'web'; notice: string; reason?: string; args: string[] }
  | { mode: 'electron'; binary: string; args: string[] };

export function decideStartMode(opts?: ElectronProbe & { argv?: string[] }): StartDecision;

export function newestMtime(dir: string, only?: RegExp): number;
export function rendererNeedsBuild(root?: string): boolean;

export interface Command {
  command: string;
  args: string[];
  cwd: string;
}
export function webCommand(args: string[], root?: string): Command;
export function electronCommand(root?: string): Command;

export function nativeStamp(root: string | undefined, electronVersion: string): { electron: string; betterSqlite3: string; platform: string; arch: string };
export function prepareElectronSqlite(opts?: {
  root?: string;
  electronVersion: string;
  log?: (line: string) => void;
  spawnSync?: typeof nodeSpawnSync;
}): string | null;

export function start(opts?: ElectronProbe & {
  argv?: string[];
  env?: Record<string, string | undefined>;
  root?: string;
  log?: (line: string) => void;
  spawn?: (command: string, args: string[], options: { cwd: string; env: Record<string, string | undefined>; stdio: 'inherit' }) => ChildProcess;
  needsBuild?: () => boolean;
  prepareSqlite?: (electronVersion: string) => string | null;
  electronVersion?: () => string;
}): Promise<number>;
