/**
 * The command line as users run it: the bundle out/cli/plan-workbench.js (package.json "bin"), built here when it is
 * missing or older than the sources (a fresh clone's `npm install` builds it through `prepare`).
 */
import { execFile } from 'node:child_process';
import { buildCli, cliBundleStale, CLI_BIN, CLI_OUT } from '../../electron/cli/build.mjs';

export { CLI_BIN, CLI_OUT };

let ready: Promise<void> | null = null;
/** Build the bundle once per test file when it is stale (concurrent builds keep the first finished bundle). */
export function ensureCliBundle(): Promise<void> {
  ready ??= cliBundleStale() ? buildCli().then(() => undefined) : Promise.resolve();
  return ready;
}

export interface CliResult { code: number; stdout: string; stderr: string }

/** Run `node out/cli/plan-workbench.js <args>`; never throws for a non-zero exit (the code is in the result). */
export async function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  await ensureCliBundle();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}
