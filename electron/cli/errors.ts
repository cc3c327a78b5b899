/** The one stderr line of a failed command or of a refused file in a batch: a clear sentence, no stack trace. */
import { isAppError } from '../../shared/errors';
import { visibleControls } from '../../shared/text/invisible';

/** The one stderr line of a failed command. */
export function errorLine(e: unknown): string {
  const errno = e instanceof Error && 'code' in e ? (e as NodeJS.ErrnoException) : null;
  const msg = isAppError(e)
    ? `${e.message} (${e.code})`
    : errno?.syscall === 'mkdir' && errno.code !== 'EACCES' && errno.code !== 'EPERM' ? `不能在这里新建文件夹: ${errno.path}`
    : errno?.code === 'ENOTDIR' ? `路径中有一段不是文件夹: ${errno.path}`
    : errno?.code === 'ENOENT' ? `找不到文件: ${errno.path}`
      : errno?.code === 'EACCES' || errno?.code === 'EPERM' ? `没有权限: ${errno.path}`
        : errno?.code === 'EISDIR' ? `这是一个文件夹,不是文件: ${errno.path}`
          : `内部错误: ${e instanceof Error ? e.message : String(e)}`;
  return visibleControls(msg.replace(/\n/g, ' ')); // one line: no raw ESC, CR or LF from a file name
}

/** The code of a failed command or a refused file, for --json: the app's error code, else the system's (ENOENT …), else 'internal'. */
export function errorCode(e: unknown): string {
  return isAppError(e) ? e.code : e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'internal';
}
