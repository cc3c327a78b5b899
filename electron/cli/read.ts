/**
 * Reading plans straight from the library, for the commands whose start-up matters most (compare, export-docx):
 * openLibrary loads SQLite and the plan model only, where createCore also loads every service (the Word and Markdown
 * exports, the importer, review, backups) — about half the start-up of a command. A library that does not exist yet
 * is created by the core as usual (first start: the reference plans are imported), then read the same way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corruptDatabaseError, DB_FILE_NAME, isCorruptionError } from '../core/db';
import { openLibrary, type Library } from '../core/library';
import { defaultDataDir } from '../core/paths';
import type { Args } from './args';
import { lazy } from './lazy';

export const dataDirOf = (args: Args): string => (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();

/**
 * `quickCheck: false` (a command that only reads, or checks with checkDatabase before it writes): no PRAGMA
 * quick_check at open — it reads the whole file, ~8 ms for the reference plans and growing with the library — unless
 * a migration is pending (electron/core/db.ts). A page that turns out damaged while reading is the same one-line
 * 'db-corrupt' error as at open.
 */
export async function withLibrary<T>(args: Args, fn: (lib: Library) => Promise<T>, opts: { quickCheck?: boolean } = {}): Promise<T> {
  const dataDir = dataDirOf(args);
  if (!existsSync(join(dataDir, DB_FILE_NAME))) {
    const { withCoreLibrary } = await lazy.context();
    return withCoreLibrary(args, fn);
  }
  // these commands never write the search index: no merge steps of it in this short process (electron/core/fts-merge.ts)
  const lib = openLibrary({ dataDir, quickCheck: opts.quickCheck, mergeIndex: false });
  try {
    return await fn(lib);
  } catch (e) {
    if (isCorruptionError(e)) throw corruptDatabaseError(dataDir, String((e as Error).message).slice(0, 300));
    throw e;
  } finally {
    lib.close();
  }
}
