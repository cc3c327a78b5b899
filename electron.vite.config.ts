/**
 * electron-vite build of the three parts:
 *
 *   main      electron/main/index.ts   → out/main/index.js    ES module (package.json "type": "module";
 *                                                              Electron ≥ 28 loads ESM main scripts)
 *             electron/core/import-worker.ts → out/main/import-worker.js  the import worker thread
 *   preload   electron/preload/index.ts → out/preload/index.cjs CommonJS, fully bundled: a sandboxed
 *                                                              preload can be neither ESM nor require
 *                                                              anything but 'electron'
 *   renderer  renderer/index.html      → out/renderer         Vue; also served by the HTTP bridge
 *
 * Dependencies stay external in main (better-sqlite3 must: it is a native module whose Electron
 * build is chosen at run time through its nativeBinding option, see electron/main/paths.ts).
 *
 * Electron itself is usually absent here (its binary cannot be downloaded, npm drops the package),
 * and electron-vite reads Electron's version from node_modules/electron to pick build targets and
 * to allow ESM output. When the package is missing we give it the version from package.json, so
 * `electron-vite build` works on every machine.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

const root = import.meta.dirname;

if (!process.env.ELECTRON_MAJOR_VER) {
  try {
    createRequire(import.meta.url).resolve('electron/package.json');
  } catch {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      optionalDependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const range = pkg.optionalDependencies?.electron ?? pkg.devDependencies?.electron ?? '39';
    process.env.ELECTRON_MAJOR_VER = /\d+/.exec(range)?.[0] ?? '39';
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: { include: ['better-sqlite3'] },
      // Two entries: the app, and the import worker it starts per import (out/main/import-worker.js, see
      // electron/main/index.ts); what they share (the importer, zod) goes to out/main/chunks/.
      lib: {
        entry: { index: resolve(root, 'electron/main/index.ts'), 'import-worker': resolve(root, 'electron/core/import-worker.ts') },
        formats: ['es'],
      },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything (zod included, for the method list): sandboxed preloads cannot require.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [vue()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: 'esbuild',
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
