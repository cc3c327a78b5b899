/**
 * An error never hides a committed write (docs/reliability.md): a step after the commit that fails answers ok with a
 * warning (Envelope.warnings, electron/core/after-commit.ts), and the library holds the write. The failures are
 * injected after the commit: a pruning of old backups that throws (electron/core/backup.ts, mocked here), a backup
 * schedule that cannot restart after a restore. The server's own steps: tests/server/server-after-commit.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { collectWarnings, afterCommit } from '../../electron/core/after-commit.js';
import { tempDirs } from '../helpers/temp.js';
import { ok } from '../helpers/core-call.js';

// pruneBackups as the core has it, unless a test makes it fail
const prune = vi.hoisted(() => ({ fail: false }));
vi.mock('../../electron/core/backup.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../electron/core/backup.js')>();
  return {
    ...orig,
    pruneBackups: (...args: Parameters<typeof orig.pruneBackups>) => {
      if (prune.fail) throw Object.assign(new Error('EACCES: permission denied, scandir'), { code: 'EACCES' });
      return orig.pruneBackups(...args);
    },
  };
});

// openLibrary as the core has it, unless a test makes the next opens fail (a migration that cannot finish, say)
const opening = vi.hoisted(() => ({ fail: false }));
vi.mock('../../electron/core/library.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../electron/core/library.js')>();
  return {
    ...orig,
    openLibrary: (...args: Parameters<typeof orig.openLibrary>) => {
      if (opening.fail) throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
      return orig.openLibrary(...args);
    },
  };
});

const tempDir = tempDirs('pw-after-commit-');
const logged: string[] = [];
const open = (extra: Partial<Parameters<typeof createCore>[0]> = {}): Promise<Core> =>
  createCore({ dataDir: tempDir(), seedsDir: null, host: 'test', logError: (m) => logged.push(m), ...extra });

afterEach(() => {
  prune.fail = false;
  opening.fail = false;
  logged.length = 0;
});

describe('after-commit steps', () => {
  it('afterCommit: a failing step is logged, its warning joins the call\'s answer, and the call goes on', async () => {
    const log: string[] = [];
    const { value, warnings } = await collectWarnings(async () => {
      const first = await afterCommit((m) => log.push(m), 'step one', () => {
        throw new Error('boom');
      }, () => ({ code: 'x', message: '已保存,但第一步失败' }));
      const second = await afterCommit((m) => log.push(m), 'step two', async () => undefined);
      return [first, second];
    });
    expect(value).toEqual([false, true]);
    expect(warnings).toEqual([{ code: 'x', message: '已保存,但第一步失败' }]);
    expect(log).toEqual(['[core] warning: step one failed after the write was committed (the write stands):']);
  });

  it('backup.create whose clean-up of old backups fails: ok, the backup listed, and a warning naming it', async () => {
    const core = await open();
    try {
      prune.fail = true;
      const env = await core.call('backup.create', {});
      expect(env.ok).toBe(true);
      if (!env.ok) return;
      expect(env.warnings).toEqual([
        {
          code: 'backup-prune-failed',
          message: `备份已完成(${env.result.name}),但未能删除过期的旧备份(EACCES),下次备份后会再试。`,
          details: { name: env.result.name, en: `The backup ${env.result.name} was made, but old backups could not be removed; tried again after the next backup.` },
        },
      ]);
      expect((await ok(core, 'backup.list', {})).map((b) => b.name)).toEqual([env.result.name]);
      expect(logged.some((m) => /backup\.create: removing old backups failed after the write was committed/.test(m))).toBe(true);
      // without the fault: no warnings at all
      prune.fail = false;
      const again = await core.call('backup.create', {});
      expect(again.ok && again.warnings).toBe(undefined);
    } finally {
      core.close();
    }
  });

  it('backup.restore whose backup schedule cannot restart: ok with a warning, and the library is the backup\'s', async () => {
    const core = await open({ backups: { schedule: true } });
    try {
      const { id: kept } = await ok(core, 'plan.createBlank', { title: '备份前的计划', district: '某区', period: { start: 2027, end: 2029 } });
      const made = await ok(core, 'backup.create', {});
      const { id: later } = await ok(core, 'plan.createBlank', { title: '备份后的计划', district: '某区', period: { start: 2027, end: 2029 } });
      vi.spyOn(core.backups, 'start').mockImplementation(() => {
        throw new Error('timer failed');
      });
      const env = await core.call('backup.restore', { name: made.name });
      expect(env.ok).toBe(true);
      if (!env.ok) return;
      expect(env.result).toMatchObject({ restored: made.name, plans: 1 });
      expect(env.warnings).toEqual([
        { code: 'backup-schedule-failed', message: '备份已恢复,但自动备份未能重新开始;请重新启动程序。', details: { en: 'The backup was restored, but automatic backups could not be restarted; restart the app.' } },
      ]);
      // the restore happened: a retry is not needed (and would find nothing to change)
      expect((await ok(core, 'library.list', {})).map((p) => p.id)).toEqual([kept]);
      expect((await core.call('plan.get', { id: later })).ok).toBe(false);
    } finally {
      vi.restoreAllMocks();
      core.close();
    }
  });

  it('backup.restore whose library cannot be opened after the copy: the error says the backup is in the file and names the kept library', async () => {
    const core = await open();
    try {
      await ok(core, 'plan.createBlank', { title: '备份前的计划', district: '某区', period: { start: 2027, end: 2029 } });
      const made = await ok(core, 'backup.create', {});
      await ok(core, 'plan.createBlank', { title: '备份后的计划', district: '某区', period: { start: 2027, end: 2029 } });
      opening.fail = true;
      const env = await core.call('backup.restore', { name: made.name });
      expect(env.ok).toBe(false);
      if (env.ok) return;
      const safety = (await ok(core, 'backup.list', {})).map((b) => b.name).find((n) => n !== made.name);
      expect(safety).toBeDefined();
      expect(env.error).toMatchObject({
        code: 'restore-unopened',
        message: `备份「${made.name}」已写入资料库文件,但资料库未能打开:SQLITE_FULL: database or disk is full。恢复前的资料库已保存为备份「${safety}」。请重新启动程序;仍无法打开时,启动时可再选择一个备份恢复。`,
        details: { restored: made.name, safetyBackup: safety },
      });
      // the core answers as in recovery mode; once the file can be opened, the library is the backup's
      expect((await core.call('library.list', {})).ok).toBe(false);
      opening.fail = false;
      const again = await ok(core, 'backup.restore', { name: made.name });
      expect(again.restored).toBe(made.name);
      expect((await ok(core, 'library.list', {})).map((p) => p.title)).toEqual(['备份前的计划']);
    } finally {
      core.close();
    }
  });
});
