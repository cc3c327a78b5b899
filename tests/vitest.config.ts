// vitest configuration (kept under tests/ so the repository's top level stays as the customer laid it out)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // .vue single-file components (renderer tests under tests/renderer)
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // one fast-check seed for the whole run (FUZZ_SEED=<n> replays or explores; see the file)
    setupFiles: ['./tests/setup/fuzz-seed.ts'],
    // the second names the files a crashed worker was running (vitest itself only says that a worker exited)
    reporters: ['default', './tests/reporters/unfinished.ts'],
  },
});
