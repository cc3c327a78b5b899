/**
 * Loads a classic script of the bundle (out/cli/compare-script.cjs) with V8's code cache, as v8-compile-cache does:
 * the first run compiles it and, once the command is done (the functions it ran are compiled by then), writes the
 * cache next to it, named by a hash of the script; later runs hand the cache to vm.Script and skip parsing and
 * compiling. The cache is never needed: missing, unreadable, rejected by V8 (another Node version, other flags) or
 * not writable (a read-only install), the script is compiled as usual (and the cache written again when possible).
 * A rebuild replaces the whole folder, caches included.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface CachedScript<T> {
  exports: T;
  /** Write the cache if there was none (or V8 rejected it); never throws. */
  done(): void;
}

/** The script `name` next to this module, or null when it is not there (running from the sources: no bundle). */
export function loadCachedScript<T>(name: string): CachedScript<T> | null {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const cacheFile = `${file}.${createHash('sha256').update(source).digest('hex').slice(0, 16)}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // CommonJS's wrapper, on the script's first line: line numbers in stack traces stay those of the file
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    done() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile); // whole or not at all, for processes running at the same time
      } catch {
        /* not writable: compiled as usual next time */
      }
    },
  };
}
