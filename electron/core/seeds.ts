/**
 * Reference plans shipped in seeds/*.txt, imported into the library as status 'reference'.
 *
 * Choice (documented): each seed file is imported at most once per library, ever.
 * The settings key `seeds.imported` records, per seed file name, the sha256 of the bytes
 * that were imported, the plan id it became and when. Consequences:
 *  - first start: every seed is imported;
 *  - a user who deletes a reference plan does not get it back on the next start;
 *  - a seed file added by a later app version is imported on the next start;
 *  - a seed whose content changed in a later version is NOT re-imported (the user may have
 *    deleted or curated the old one); it is reported as `changed` so the UI can offer it;
 *  - a seed that fails to import is not recorded and is retried on the next start (the
 *    failure is returned, never thrown, so one bad file does not block the others).
 * Import and record happen in one transaction, so a crash cannot duplicate a seed. Several processes may open a new
 * library at once (the desktop app, browser mode, the CLI): the record is read again inside that transaction, which
 * takes the write lock (BEGIN IMMEDIATE; on PostgreSQL a transaction-level advisory lock), and a seed another process
 * recorded meanwhile is skipped — each seed is stored once whatever the number of processes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PlanDoc } from '../../shared/model/plan.js';
import type { Db } from '../store/db.js';

export const SEEDS_SETTING = 'seeds.imported';

export type ImportFn = (input: { bytes: Uint8Array; fileName: string }) => Promise<PlanDoc>;

export interface SeedRecord {
  sha256: string;
  planId: string;
  importedAt: string;
}

export interface EnsureSeedsResult {
  imported: Array<{ fileName: string; planId: string }>;
  /** Already imported once (maybe deleted since by the user). */
  skipped: string[];
  /** Imported once, but the shipped file has changed since. */
  changed: string[];
  failed: Array<{ fileName: string; error: { code: string; message: string } }>;
}

export async function ensureSeeds(db: Db, seedsDir: string, importFn: ImportFn): Promise<EnsureSeedsResult> {
  const result: EnsureSeedsResult = { imported: [], skipped: [], changed: [], failed: [] };
  let files: string[];
  try {
    files = fs.readdirSync(seedsDir).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  } catch {
    return result; // no seeds folder: nothing to do
  }
  for (const fileName of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(seedsDir, fileName)));
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const done = (await db.plans.getSetting<Record<string, SeedRecord>>(SEEDS_SETTING)) ?? {};
    const prior = done[fileName];
    if (prior) {
      (prior.sha256 === sha256 ? result.skipped : result.changed).push(fileName);
      continue;
    }
    let doc: PlanDoc;
    try {
      doc = await importFn({ bytes, fileName });
    } catch (e) {
      const err = e as { code?: unknown; message?: unknown };
      result.failed.push({
        fileName,
        error: { code: typeof err?.code === 'string' ? err.code : 'import-failed', message: String(err?.message ?? e) },
      });
      continue;
    }
    const planId = await db.transaction(async (): Promise<string | null> => {
      if (db.kind === 'postgres') await db.sql.run(`SELECT pg_advisory_xact_lock(8470001)`); // servers starting together: one at a time
      const now = (await db.plans.getSetting<Record<string, SeedRecord>>(SEEDS_SETTING)) ?? {};
      if (now[fileName]) return null; // another process stored it while this one was importing
      const id = await db.plans.addPlan(doc, { status: 'reference' });
      now[fileName] = { sha256, planId: id, importedAt: new Date().toISOString() };
      await db.plans.setSetting(SEEDS_SETTING, now);
      return id;
    });
    if (planId === null) result.skipped.push(fileName);
    else result.imported.push({ fileName, planId });
  }
  return result;
}
