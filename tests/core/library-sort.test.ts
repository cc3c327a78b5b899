/** The library's order (its 排序 menu) kept in the library's settings, on both storages. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-sort-');

describe.each(ENGINES)('%s', (engine) => {
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`library order on ${engine}`, () => {
    it('none until chosen; a chosen order is kept across a restart of the core; an unknown order is refused and changes nothing', async () => {
      const dataDir = tempDir();
      const core = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test' });
      try {
        expect(await ok(core, 'library.sort', {})).toEqual({ sort: null });
        expect(await ok(core, 'library.setSort', { sort: 'issued' })).toEqual({ sort: 'issued' });
        expect(await ok(core, 'library.sort', {})).toEqual({ sort: 'issued' });
        const bad = await fails(core, 'library.setSort', { sort: 'size' } as never);
        expect(bad.code).toBe('invalid-input');
        expect(await ok(core, 'library.sort', {})).toEqual({ sort: 'issued' });
      } finally {
        core.close();
      }
      const again = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test' });
      try {
        expect(await ok(again, 'library.sort', {})).toEqual({ sort: 'issued' });
      } finally {
        again.close();
      }
    });
  });
});
