/** Output files of the commands: checked before any work, written whole or not at all. */
import { accessSync, constants, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
