/**
 * The compare command as one classic script (out/cli/compare-script.cjs, built by build.mjs), which the launcher
 * (launcher.ts; index.ts too) runs through cached-script.ts with V8's code cache: a compare process then neither parses nor compiles the compare
 * code again (Node 20 has no compile cache for ES modules). The same sources as the ES module chunk of compare.ts.
 *
 * The script has its own copies of the modules it bundles: its UsageError and AppError are turned into the host's
 * (the host decides the exit code and the message by them), and the modules loaded on demand (./lazy: importing a
 * file, creating a library) are the host's.
 */
import { isAppError, type AppError } from '../../shared/errors';
import { UsageError, type Args } from './args';
import { compareCommand } from './compare';
import { lazy, type Lazy } from './lazy';

export interface ScriptHost {
  lazy: Lazy;
  UsageError: new (message: string) => Error;
  AppError: new (code: AppError['code'], message: string, details?: Record<string, unknown>) => Error;
}

export async function run(args: Args, out: (s: string) => void, host: ScriptHost): Promise<number> {
  Object.assign(lazy, host.lazy);
  try {
    return await compareCommand(args, out);
  } catch (e) {
    if (e instanceof UsageError) throw new host.UsageError(e.message);
    if (isAppError(e)) throw new host.AppError(e.code, e.message, e.details);
    throw e;
  }
}
