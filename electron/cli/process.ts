/**
 * How a command-line process ends, for both entries (the CommonJS launcher, launcher.ts, and the ES module entry,
 * index.ts): a failure is one line on stderr and its exit code, never a stack trace.
 */
import { EXIT, USAGE, UsageError } from './args';
import { errorLine } from './errors';

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

/** A failed command: a usage error with the usage (exit 2), anything else as one line (exit 1). */
export function reportFailure(e: unknown): void {
  if (e instanceof UsageError) {
    process.stderr.write(`错误: ${e.message}\n${USAGE}\n`);
    process.exit(EXIT.usage);
  }
  process.stderr.write(`错误: ${errorLine(e)}\n`);
  process.exit(EXIT.failed);
}
