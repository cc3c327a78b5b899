/**
 * The installed command `plan-workbench` (package.json "bin": out/cli/plan-workbench.js, built by build.mjs as a
 * CommonJS script). `compare` and `help` run here without Node's ES module loader — an ES module entry and its
 * chunks cost a process ~8 ms of CPU more than one CommonJS script: `compare` runs the compare script with V8's code
 * cache (cached-script.ts), as index.ts would. Every other command (and compare when the script is missing) runs in
 * the ES module bundle (out/cli/main.mjs: index.ts `main`), which also gives the compare script the modules it loads
 * on demand (importing a file, creating a library: lazy.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/errors';
import { helpText, helpTopic, parseArgs, UsageError, type Args } from './args';
import { loadCachedScript } from './cached-script';
import { exitWhenWritten, quietOnEpipe, reportFailure, writeOut } from './process';

type Main = typeof import('./index');
let mainModule: Promise<Main> | undefined;
const esm = (): Promise<Main> => (mainModule ??= import(pathToFileURL(path.join(__dirname, 'main.mjs')).href) as Promise<Main>);

function launch(argv: string[]): void {
  let args: Args | null;
  try {
    args = parseArgs(argv);
  } catch {
    args = null; // a usage error: the ES module entry reports it, as for every other command
  }
  const cmd = args?.positional[0];
  if (args && cmd === undefined && args.flags.has('--version') && !args.flags.has('--help')) {
    // `plan-workbench --version`: the package's version (was the whole usage), read from package.json beside out/
    quietOnEpipe();
    let version = '(版本未知:找不到 package.json)';
    try {
      version = (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      /* a copy of out/cli alone: said, not a stack trace */
    }
    process.stdout.write(`plan-workbench ${version}\n`);
    return;
  }
  if (args && (args.flags.has('--help') || cmd === undefined || cmd === 'help')) {
    quietOnEpipe(); // `plan-workbench help | head -1`: a reader gone is no failure
    try {
      // `help export-md`, `export-md --help`: that command's usage alone
      process.stdout.write(helpText(helpTopic(args)) + '\n');
    } catch (e) {
      reportFailure(e, 'help'); // `help frobnicate`, `frobnicate --help`: an unknown command
    }
    return;
  }
  if (args && cmd === 'compare') {
    const script = loadCachedScript<typeof import('./compare-script')>(path.join(__dirname, 'compare-script.cjs'));
    if (script) {
      const lazy = { files: () => esm().then((m) => m.lazy.files()), context: () => esm().then((m) => m.lazy.context()) };
      script.exports.run(args, writeOut, { lazy, UsageError, AppError }).then(
        (code) => {
          script.done();
          process.exitCode = code;
          exitWhenWritten(code);
        },
        (e: unknown) => {
          script.done();
          reportFailure(e, 'compare');
        },
      );
      return;
    }
  }
  esm().then((m) => m.main(argv), reportFailure);
}

launch(process.argv.slice(2));
