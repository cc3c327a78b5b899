/**
 * Core tests on both storages: `describe.each(ENGINES)` and, inside, `const createCore = engineCore(engine)` in
 * place of the core's own — SQLite on the data folder as always, or PostgreSQL: one real cluster per test file
 * (tests/helpers/postgres.ts, started on first use, stopped after the file), one database per data folder (a
 * data folder opened again is the same database). Skipped with the reason printed when PostgreSQL is missing; a
 * failure under CI.
 */
import { afterAll } from 'vitest';
import { createCore as coreOnFolder, type CoreOptions } from '../../electron/core/core.js';
import { postgresAvailable, startPostgres, type PgCluster } from './postgres.js';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

let available: boolean | undefined;
/** Whether the suite of this engine is skipped here. */
export const engineMissing = (engine: Engine): boolean => engine === 'postgres' && !(available ??= postgresAvailable());

let cluster: Promise<PgCluster> | null = null;
const databases = new Map<string, string>();

/** createCore on the engine (call it inside the engine's describe: it registers the cluster's stop). */
export function engineCore(engine: Engine): typeof coreOnFolder {
  if (engine === 'sqlite') return coreOnFolder;
  afterAll(async () => {
    const c = cluster;
    cluster = null;
    databases.clear();
    await (await c)?.stop();
  });
  return async (opts: CoreOptions) => {
    cluster ??= startPostgres({ prefix: 'pw-pg-core-' });
    const c = await cluster;
    let url = databases.get(opts.dataDir);
    if (!url) {
      url = await c.createDatabase(`core_${databases.size + 1}`);
      databases.set(opts.dataDir, url);
    }
    return coreOnFolder({ ...opts, postgres: url });
  };
}
