/** Output files of the commands: checked before any work, written whole or not at all. */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args';

/**
 * An output file the command can write: its folder exists, and it is not a folder itself. Asked before the library is
 * opened or a document built, so that a wrong path costs nothing and says what is wrong (not a temporary file's name).
 */
export function checkOutputFile(file: string): void {
  const dir = dirname(resolve(file));
  if (!existsSync(dir)) throw new UsageError(`输出文件夹不存在: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`输出位置不是文件夹: ${dir}`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`输出文件是一个文件夹: ${file}`);
  checkWritableFolder(dir);
}

/**
 * A command's plan reference that is no file: a plan id — or a file's name typed wrong (it has a folder or an extension,
 * which no plan id has), said as a missing file instead of "找不到规划 某区计划.docx".
 */
export function missingFileOrId(ref: string): void {
  if (/[\\/]|\.[A-Za-z0-9]{1,5}$/.test(ref)) throw Object.assign(new Error(`找不到文件: ${ref}`), { code: 'ENOENT', path: ref });
}

/** Write through a temporary file: a failed or interrupted write leaves no half document under the final name. */
export function writeAtomic(file: string, bytes: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    // the error names the file asked for, not the temporary one (a clerk never typed 公文.docx.1234.tmp)
    const errno = e as NodeJS.ErrnoException;
    if (errno && typeof errno === 'object' && errno.path === tmp) errno.path = file;
    throw e;
  }
}

/**
 * A folder the command is to write into: said before the library is opened or any document built, once — not once per
 * plan, each naming a temporary file. Not a usage error (exit 1): the command was right, the folder is not writable.
 */
export function checkWritableFolder(dir: string): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    const errno = e as NodeJS.ErrnoException;
    throw Object.assign(new Error(`不能写入文件夹: ${dir}`), { code: errno.code, path: dir });
  }
}

/**
 * Make an output folder and the missing folders above it, one level at a time. Not mkdirSync's `recursive`: Node's
 * loops for ever where the system answers ENOENT for a folder whose parent exists (under /proc; some network and FUSE
 * mounts), and says a part of the path that is a file as 「内部错误: ENOTDIR …」. Here a file in the path is an ENOTDIR
 * naming that file, and a folder the system will not make an error of the mkdir naming it (errors.ts says both).
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let p = resolve(dir);
  while (!existsSync(p)) {
    missing.unshift(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  if (existsSync(p) && !statSync(p).isDirectory()) throw Object.assign(new Error(`not a directory: ${p}`), { code: 'ENOTDIR', path: p });
  for (const m of missing) {
    try {
      mkdirSync(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(m).isDirectory()) continue; // made meanwhile
      throw e;
    }
  }
}
