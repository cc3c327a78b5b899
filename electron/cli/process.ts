/**
 * How a command-line process ends, for both entries (the CommonJS launcher, launcher.ts, and the ES module entry,
 * index.ts): a failure is one line on stderr and its exit code, never a stack trace.
 */
import { writeSync } from 'node:fs';
import { EXIT, UsageError, usageOf } from './args';
import { errorLine } from './errors';

/** Set once writeOut has handed stdout to process.stdout (fd 1 would not take a write at once). */
let stdoutStream = false;

/**
 * The compare command's output (launcher.ts): written to fd 1 at once, without process.stdout — on a pipe that stream
 * is a net.Socket, whose modules (net, streams) cost a compare process ~3 ms of its main thread before the first line.
 * Where fd 1 does not take a blocking write (EAGAIN: a non-blocking descriptor shared with the parent), the rest goes
 * through process.stdout as before. A reader gone (EPIPE: `compare … | head`) ends the process quietly, as quietOnEpipe
 * does. On Windows, process.stdout (a console is written in UTF-16 there).
 */
export function writeOut(s: string): void {
  if (stdoutStream || process.platform === 'win32') return void streamOut(s);
  const bytes = Buffer.from(s, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at, bytes.length - at);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(EXIT.ok);
    if (code !== 'EAGAIN') throw e;
    streamOut(bytes.subarray(at));
  }
}
function streamOut(s: string | Uint8Array): void {
  if (!stdoutStream) {
    stdoutStream = true;
    quietOnEpipe();
  }
  process.stdout.write(s);
}

/**
 * Exit after writeOut's output: at once when all of it went to fd 1 and stderr writes are synchronous (Linux: files,
 * pipes and terminals), without making process.stdout and process.stderr only to ask them; else exitWhenFlushed.
 */
export function exitWhenWritten(code: number): void {
  if (!stdoutStream && process.platform === 'linux') process.exit(code);
  exitWhenFlushed(code);
}

/**
 * Exit as soon as stdout and stderr have handed everything to the system (pipes are asynchronous on POSIX). Left to
 * itself, Node waits at the end for V8's background work of this one-shot process — optimising compilations that
 * will never run — which cost a compare ~20–40 ms of wall-clock time after its last line was written.
 */
export function exitWhenFlushed(code: number): void {
  const flushed = (s: NodeJS.WriteStream) => (s.writableLength === 0 ? Promise.resolve() : new Promise<void>((r) => s.once('drain', () => r())));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}

/** `plan-workbench list | head`: the reader went away; stop quietly. */
export function quietOnEpipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
}

/**
 * A failed command: a usage error with the usage of its command (exit 2; `command`: the command run, where the error
 * does not name one), anything else as one line (exit 1).
 */
export function reportFailure(e: unknown, command?: string): void {
  if (e instanceof UsageError) {
    process.stderr.write(`错误: ${e.message}\n${usageOf(e.command ?? command)}\n`);
    process.exit(EXIT.usage);
  }
  process.stderr.write(`错误: ${errorLine(e)}\n`);
  process.exit(EXIT.failed);
}
