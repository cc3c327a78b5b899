/**
 * Reading plans straight from the library, for the commands whose start-up matters most (compare, export-docx):
 * openLibrary loads SQLite and the plan model only, where createCore also loads every service (the Word and Markdown
 * exports, the importer, review, backups) — about half the start-up of a command. A library that does not exist yet
 * is created by the core as usual (first start: the reference plans are imported), then read the same way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../core/db';
import { openLibrary, type Library } from '../core/library';
import { defaultDataDir } from '../core/paths';
import type { Args } from './args';
import { lazy } from './lazy';

export const dataDirOf = (args: Args): string => (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();

export async function withLibrary<T>(args: Args, fn: (lib: Library) => Promise<T>): Promise<T> {
  const dataDir = dataDirOf(args);
  if (!existsSync(join(dataDir, DB_FILE_NAME))) {
    const { withCoreLibrary } = await lazy.context();
    return withCoreLibrary(args, fn);
  }
  const lib = openLibrary({ dataDir });
  try {
    return await fn(lib);
  } finally {
    lib.close();
  }
}
