/**
 * Files given on the command line: reading one to import (size limit first), importing it on the fly in the isolated
 * worker (nothing stored). No core here: compare and export-docx of files never load it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError, LIMITS, tooLargeReason } from '../../shared/errors';
import { importIsolated } from '../core/isolated-import';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository (or installed package): electron/cli/ from source, out/cli/ in the bundle — two levels down either way. */
export const ROOT = join(HERE, '..', '..');

/**
 * The worker entry: in the bundle (out/cli) its sibling import-worker.mjs; from source (tsx) none, and
 * isolated-import.ts builds one from the sources.
 */
export const WORKER_ENTRY: string | undefined = existsSync(join(HERE, 'import-worker.mjs')) ? join(HERE, 'import-worker.mjs') : undefined;

/** Read a file to import, refusing one over LIMITS.maxImportBytes before reading it. */
export function readImport(file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', basename(file), tooLargeReason(size), { bytes: size, limit: LIMITS.maxImportBytes });
  }
  return new Uint8Array(readFileSync(file));
}

/** Import a file on the fly (nothing stored), isolated like the app's imports. */
export const importPath = (file: string) => importIsolated({ bytes: readImport(file), fileName: basename(file) }, { workerEntry: WORKER_ENTRY });

export const isFile = (x: string) => existsSync(x) && statSync(x).isFile();
