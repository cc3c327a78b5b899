/** backup.*: list, make and restore backups (../backup.ts: the files; ../lifecycle.ts: the swap of a restore). */
import type { BackupSummary, Handlers } from '../../../shared/api/contract.js';
import { countPlansIn, createBackup, listBackups, pruneBackups, type BackupInfo } from '../backup.js';
import type { Lifecycle } from '../lifecycle.js';
import { afterCommit } from '../after-commit.js';

const errorText = (e: unknown) => String((e as { code?: string })?.code ?? (e as Error)?.message ?? e).slice(0, 200);

/** A backup as the API lists it (with its number of plans, read from the file). */
export function backupSummary(b: BackupInfo): BackupSummary {
  return { name: b.name, createdAt: b.createdAt, kind: b.kind, schemaVersion: b.schemaVersion, bytes: b.bytes, plans: countPlansIn(b.file) };
}

/** These work in recovery mode too (backup.create answers 'db-corrupt' there: there is no library to copy). */
export function backupHandlers(life: Lifecycle): Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore'> {
  const { dataDir } = life.opts;
  return {
    'backup.list': async () => listBackups(dataDir).map(backupSummary),
    'backup.create': async () => {
      await life.scheduler.idle();
      const made = await createBackup(life.current().db, dataDir, 'manual', life.now(), life.fileChecker);
      // the backup is written and listed: removing old ones is housekeeping (tried again after the next backup)
      await afterCommit(life.logError, 'backup.create: removing old backups', () => pruneBackups(dataDir, life.settings, life.now()), (e) => ({
        code: 'backup-prune-failed',
        message: `备份已完成(${made.name}),但未能删除过期的旧备份(${errorText(e)}),下次备份后会再试。`,
        details: { name: made.name, en: `The backup ${made.name} was made, but old backups could not be removed; tried again after the next backup.` },
      }));
      return backupSummary(made);
    },
    'backup.restore': async ({ name }) => life.restore(name),
  };
}
