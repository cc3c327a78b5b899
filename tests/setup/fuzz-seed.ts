/**
 * One seed for every fast-check property in `npm test` (vitest setupFiles, tests/vitest.config.ts), so that a run
 * can be repeated exactly: a property that fails prints its seed and path, and `FUZZ_SEED=<n>` replays it or
 * explores another part of the input space (`FUZZ_RUNS` makes the importer's and readers' properties longer).
 * A property that sets its own seed (merge.test.ts) keeps it. `npm run fuzz` is the long, randomly seeded hunt.
 */
import fc from 'fast-check';

export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '' && Number.isFinite(Number(process.env.FUZZ_SEED)) ? Number(process.env.FUZZ_SEED) : 20_261_205;

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED });
