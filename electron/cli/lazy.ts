/**
 * The modules the compare path loads only when it needs them (a file to import, a library to create): through
 * this object rather than an import() in compare.ts and read.ts, so that the compare script (compare-script.ts, a
 * classic script with V8's code cache) can use the ES module bundle's own copies — build.mjs replaces this file
 * in that script with an empty object, which the script fills from its host (launcher.ts or index.ts) before it runs.
 */
export const lazy = {
  files: () => import('./files'),
  context: () => import('./context'),
};
export type Lazy = typeof lazy;
