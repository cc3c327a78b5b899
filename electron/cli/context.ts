/** The core on a library folder, for the commands that change the library or go through its handlers. */
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { createCore, type Core } from '../core/core';
import { defaultDataDir } from '../core/paths';
import type { Library } from '../core/library';
import type { Args } from './args';
import { ROOT, WORKER_ENTRY } from './files';

export type Call = <K extends MethodName>(m: K, i: Input<K>) => Promise<Output<K>>;

export async function withCore<T>(args: Args, fn: (call: Call, core: Core) => Promise<T>): Promise<T> {
  const dataDir = (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();
  // stderr holds one line per failed command: warnings and storage errors (already said in that line) are logged
  // only with PW_DEBUG=1; unexpected errors always (their stack is the only record of them).
  const logError = (message: string, error: unknown) => {
    if (process.env.PW_DEBUG || /unexpected error|damaged/.test(message)) console.error(message, error);
  };
  const core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'cli', logError, importWorker: WORKER_ENTRY });
  try {
    return await fn(async (method, input) => {
      const env = await core.call(method, input);
      if (!env.ok) throw new AppError(env.error.code, env.error.message, env.error.details);
      return env.result as Output<typeof method>;
    }, core);
  } finally {
    core.close();
  }
}

/** The core's library, for electron/cli/read.ts on a first start (the core creates it and imports the seeds). */
export async function withCoreLibrary<T>(args: Args, fn: (lib: Library) => Promise<T>): Promise<T> {
  const core = await createCore({ dataDir: (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir(), seedsDir: join(ROOT, 'seeds'), host: 'cli', importWorker: WORKER_ENTRY });
  try {
    return await fn(core.library);
  } finally {
    core.close();
  }
}

