/** The 回收站's age limit, on both storages: a plan deleted longer ago than the trash's days is deleted for good. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-trash-');
const DAY = 24 * 3600 * 1000;

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
  });
});
