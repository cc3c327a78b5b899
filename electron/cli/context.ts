/**
 * What the commands share: the core on a library folder, reading files to import, importing a file on the fly.
 * Loaded on demand by the entry (it pulls in the core, zod and SQLite).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, ImportError, LIMITS } from '../../shared/errors';
import { importIsolated } from '../core/isolated-import';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { createCore } from '../core/core';
import { defaultDataDir } from '../core/paths';
import type { Args } from './args';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository (or installed package): electron/cli/ from source, out/cli/ in the bundle — two levels down either way. */
export const ROOT = join(HERE, '..', '..');

/**
 * The worker entry: in the bundle (out/cli) its sibling import-worker.js; from source (tsx) none, and
 * isolated-import.ts builds one from the sources.
 */
export const WORKER_ENTRY: string | undefined = existsSync(join(HERE, 'import-worker.js')) ? join(HERE, 'import-worker.js') : undefined;

export type Call = <K extends MethodName>(m: K, i: Input<K>) => Promise<Output<K>>;

export async function withCore<T>(args: Args, fn: (call: Call) => Promise<T>): Promise<T> {
  const dataDir = (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();
  // stderr holds one line per failed command: warnings and storage errors (already said in that line) are logged
  // only with PW_DEBUG=1; unexpected errors always (their stack is the only record of them).
  const logError = (message: string, error: unknown) => {
    if (process.env.PW_DEBUG || /unexpected error|damaged/.test(message)) console.error(message, error);
  };
  const core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'cli', logError, importWorker: WORKER_ENTRY });
  try {
    return await fn(async (method, input) => {
      const env = await core.call(method, input);
      if (!env.ok) throw new AppError(env.error.code, env.error.message, env.error.details);
      return env.result as Output<typeof method>;
    });
  } finally {
    core.close();
  }
}

/** Read a file to import, refusing one over LIMITS.maxImportBytes before reading it. */
export function readImport(file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', basename(file), `文件过大(${size} 字节,上限 ${LIMITS.maxImportBytes} 字节)`, { bytes: size, limit: LIMITS.maxImportBytes });
  }
  return new Uint8Array(readFileSync(file));
}

/** Import a file on the fly (nothing stored), isolated like the app's imports. */
export const importPath = (file: string) => importIsolated({ bytes: readImport(file), fileName: basename(file) }, { workerEntry: WORKER_ENTRY });

export const isFile = (x: string) => existsSync(x) && statSync(x).isFile();
