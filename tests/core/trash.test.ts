/** The 回收站's age limit, on both storages: a plan deleted longer ago than the trash's days is deleted for good. */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fails, ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-trash-');
const DAY = 24 * 3600 * 1000;
const ENGINES_SQLITE_CORE = engineCore('sqlite');

describe.each(ENGINES)('%s', (engine) => {
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`trash on ${engine}`, () => {
    it('keeps a deleted plan for the trash’s days (default 30, then as set), then deletes it for good when the trash is listed or another plan deleted', async () => {
      let clock = new Date('2026-12-01T00:00:00.000Z');
      const core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', now: () => clock });
      try {
        const [a, b, c] = (await ok(core, 'library.list', {})).map((p) => p.id);
        await ok(core, 'plan.delete', { id: a });
        clock = new Date(clock.getTime() + 29 * DAY);
        expect((await ok(core, 'trash.list', {})).plans.map((p) => p.id)).toEqual([a]);
        clock = new Date(clock.getTime() + 2 * DAY); // 31 days after
        expect((await ok(core, 'trash.list', {})).plans).toEqual([]);
        expect((await fails(core, 'plan.restore', { id: a })).code).toBe('not-found');

        expect(await ok(core, 'trash.setDays', { days: 7 })).toEqual({ days: 7 });
        await ok(core, 'plan.delete', { id: b });
        const listed = await ok(core, 'trash.list', {});
        expect(listed.days).toBe(7);
        expect(listed.plans.map((p) => [p.id, p.trashedAt, p.purgeAt])).toEqual([[b, clock.toISOString(), new Date(clock.getTime() + 7 * DAY).toISOString()]]);
        clock = new Date(clock.getTime() + 8 * DAY);
        // deleting another plan empties what is due
        await ok(core, 'plan.delete', { id: c });
        expect((await ok(core, 'trash.list', {})).plans.map((p) => p.id)).toEqual([c]);
        await ok(core, 'plan.restore', { id: c });
        expect((await ok(core, 'library.list', {})).map((p) => p.id)).toContain(c);
      } finally {
        core.close();
      }
    });

    it('a plan read of a trashed plan answers not-found saying so (details.trashed, its title); an unknown id stays plain; restored, it opens again', async () => {
      const core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test' });
      try {
        const [a] = await ok(core, 'library.list', {});
        const doc = await ok(core, 'plan.get', { id: a.id });
        await ok(core, 'plan.delete', { id: a.id });
        const e = await fails(core, 'plan.get', { id: a.id });
        expect(e.code).toBe('not-found');
        expect(e.details).toMatchObject({ id: a.id, trashed: true, title: a.title });
        expect(typeof e.details?.trashedAt).toBe('string');
        expect(e.message).toContain('回收站');
        // a save and a status change of it say the same (the store's lock/revision reads)
        expect((await fails(core, 'plan.save', { id: a.id, doc, baseRevision: doc.revision })).details).toMatchObject({ trashed: true });
        expect((await fails(core, 'plan.setStatus', { id: a.id, status: 'final' })).details).toMatchObject({ trashed: true });
        const unknown = await fails(core, 'plan.get', { id: 'no-such-plan' });
        expect(unknown.code).toBe('not-found');
        expect(unknown.details?.trashed).toBeUndefined();
        expect(unknown.message).not.toContain('回收站');
        await ok(core, 'plan.restore', { id: a.id });
        expect((await ok(core, 'plan.get', { id: a.id })).meta.title).toBe(a.title);
      } finally {
        core.close();
      }
    });

    it('a trashed plan has no versions to show; a clean-up of the trash that fails after a delete leaves the delete answered ok', async () => {
      const core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test' });
      try {
        const [a, b] = (await ok(core, 'library.list', {})).map((p) => p.id);
        const v = await ok(core, 'versions.create', { planId: a, name: '送审稿' });
        await ok(core, 'plan.delete', { id: a });
        expect((await fails(core, 'versions.get', { planId: a, versionId: v.versionId })).code).toBe('not-found');
        await ok(core, 'plan.restore', { id: a });
        expect((await ok(core, 'versions.get', { planId: a, versionId: v.versionId })).name).toBe('送审稿');

        const spy = vi.spyOn(core.db.plans, 'purgeTrashedBefore').mockRejectedValue(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }));
        const env = await core.call('plan.delete', { id: b });
        expect(env.ok).toBe(true);
        expect((await ok(core, 'library.list', {})).map((p) => p.id)).not.toContain(b);
        expect((await ok(core, 'trash.list', {})).plans.map((p) => p.id)).toEqual([b]);
        spy.mockRestore();
      } finally {
        core.close();
      }
    });
  });
});

describe('trash after a backup is restored', () => {
  it('a plan that comes back in the restored trash gets the trash’s days again from the restore, not from its deletion', async () => {
    let clock = new Date('2026-10-01T00:00:00.000Z');
    const dataDir = tempDir();
    const core = await ENGINES_SQLITE_CORE({ dataDir, seedsDir: SEEDS_DIR, host: 'test', now: () => clock });
    try {
      const [a] = (await ok(core, 'library.list', {})).map((p) => p.id);
      await ok(core, 'plan.delete', { id: a });
      clock = new Date('2026-10-11T00:00:00.000Z');
      const made = await ok(core, 'backup.create', {});
      clock = new Date('2026-11-20T00:00:00.000Z'); // 50 days after the delete: purged by this listing
      expect((await ok(core, 'trash.list', {})).plans).toEqual([]);
      await ok(core, 'backup.restore', { name: made.name });
      const listed = await ok(core, 'trash.list', {});
      expect(listed.plans.map((p) => [p.id, p.trashedAt, p.purgeAt])).toEqual([[a, '2026-10-01T00:00:00.000Z', '2026-12-20T00:00:00.000Z']]);
      await ok(core, 'plan.restore', { id: a });
      expect((await ok(core, 'library.list', {})).map((p) => p.id)).toContain(a);
      // a plan deleted after the restore, and the restored ones once their new days are over, are purged as before
      await ok(core, 'plan.delete', { id: a });
      clock = new Date('2026-12-21T00:00:00.000Z');
      expect((await ok(core, 'trash.list', {})).plans).toEqual([]);
    } finally {
      core.close();
    }
  });
});
