/** Output files of the commands: checked before any work, written whole or not at all. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    throw e;
  }
}
