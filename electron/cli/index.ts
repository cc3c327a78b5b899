#!/usr/bin/env node
/**
 * The command line over the same core as the app: `plan-workbench <command> [options]` (package.json "bin":
 * out/cli/plan-workbench.js, launcher.ts, which runs compare and help itself and every other command here, in the ES
 * module bundle out/cli/main.mjs built by electron/cli/build.mjs), or `npm run -s cli -- <command>` in the
 * repository. The commands and exit codes are in USAGE (args.ts).
 *
 * Start-up: this entry loads only args.ts and shared/errors.ts; each command imports its own module on demand
 * (import.ts, library.ts, export.ts, compare.ts — in the bundle, chunks of their own), so `plan-workbench help`
 * never parses zod, SQLite, docx or the importer.
 *
 * Files are imported in a worker thread with the app's memory and time limits (electron/core/isolated-import.ts).
 * Errors: one line on stderr, exit code 1 (2 for a usage error, 3 for a batch that was partly refused).
 */
import { realpathSync } from 'node:fs';
import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { EXIT, helpText, helpTopic, parseArgs, unknownCommand, USAGE, UsageError, type Args } from './args';
import { lazy } from './lazy';
import { loadCachedScript } from './cached-script';
import { exitWhenFlushed, quietOnEpipe, reportFailure } from './process';
import { AppError } from '../../shared/errors';

export { parseArgs } from './args';
export { lazy } from './lazy';

/** Run one command; resolves with its exit code (0, or 3 for a batch partly refused); throws for a failure. */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const args = parseArgs(argv);
  try {
    return await dispatch(args, out);
  } catch (e) {
    // a usage error of a command is said with that command's usage (reportFailure)
    if (e instanceof UsageError) e.command ??= args.positional[0];
    throw e;
  }
}

async function dispatch(args: Args, out: (s: string) => void): Promise<number> {
  const cmd = args.positional[0];
  if (args.flags.has('--help')) {
    out(helpText(helpTopic(args)) + '\n'); // `export-md --help`: that command's usage alone, as `help export-md`
    return EXIT.ok;
  }
  switch (cmd) {
    case 'import':
      return (await import('./import')).importCommand(args, out);
    case 'list':
    case 'show':
    case 'search':
    case 'export-json':
    case 'export-md':
      return (await import('./library')).libraryCommand(cmd, args, out);
    case 'export-docx':
      return (await import('./export')).exportDocxCommand(args, out);
    case 'compare': {
      // the bundle's compare script with V8's code cache (cached-script.ts); from the sources, the module itself
      const script = loadCachedScript<typeof import('./compare-script')>(fileURLToPath(new URL('./compare-script.cjs', import.meta.url)));
      if (!script) return (await import('./compare')).compareCommand(args, out);
      try {
        return await script.exports.run(args, out, { lazy, UsageError, AppError });
      } finally {
        script.done();
      }
    }
    case 'serve':
      return (await import('./serve')).serveCommand(args, out);
    case 'users':
      return (await import('./users')).usersCommand(args, out);
    case undefined:
      out(USAGE + '\n');
      return EXIT.ok;
    case 'help':
      out(helpText(args.positional[1]) + '\n');
      return EXIT.ok;
    default:
      throw unknownCommand(cmd);
  }
}

const isMain = (() => {
  try {
    // npx and npm's bin links start us through a symlink
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

/**
 * Run a command as the process (exit code, errors on stderr): from the sources (tsx electron/cli/index.ts), or
 * called by the installed command's launcher (launcher.ts) for every command but compare and help.
 */
export function main(argv: string[]): void {
  // Node 22+: keep the compiled bundle in Node's compile cache (a temp folder) — later starts skip parsing it
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  quietOnEpipe();
  run(argv).then((code) => {
    process.exitCode = code;
    if (parseArgs(argv).positional[0] === 'compare') exitWhenFlushed(code);
  }, reportFailure);
}

if (isMain) main(process.argv.slice(2));
