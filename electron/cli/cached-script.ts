/**
 * Loads a classic script of the bundle (out/cli/compare-script.cjs) with V8's code cache, as v8-compile-cache does:
 * the first run compiles it and, once the command is done (the functions it ran are compiled by then), writes the
 * cache next to it, named by the script file's identity (size, modification time in nanoseconds, inode: what a
 * rebuild or an edit changes — hashing its content would load node:crypto, ~1.5 ms of every compare process); later
 * runs hand the cache to vm.Script and skip parsing and compiling. V8 checks the source's length and its own
 * version and flags again, and rejects a cache that does not fit. The cache is never needed: missing, unreadable, rejected by V8 (another Node version, other flags) or
 * not writable (a read-only install), the script is compiled as usual (and the cache written again when possible).
 * A rebuild replaces the whole folder, caches included.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export interface CachedScript<T> {
  exports: T;
  /** Write the cache if there was none (or V8 rejected it); never throws. */
  done(): void;
}

/** The script `file` (an absolute path), or null when it is not there (running from the sources: no bundle). */
export function loadCachedScript<T>(file: string): CachedScript<T> | null {
  let source: string;
  let key: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const st = fs.fstatSync(fd, { bigint: true });
      key = identityKey(`${st.size}:${st.mtimeNs}:${st.ino}`);
      source = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
  const cacheFile = `${file}.${key}.cache`;
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

/** 16 hex digits of FNV-1a (64 bits) of a short string: the name of a script file's code cache. */
export function identityKey(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}
