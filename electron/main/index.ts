/**
 * Electron main process entry (built by electron-vite to out/main/index.js, package.json "main").
 * Everything is in app.ts so it can be unit-tested with a stubbed 'electron'.
 *
 * The importer runs in a worker thread (electron/core/isolated-import.ts). electron.vite.config.ts
 * builds electron/core/import-worker.ts as a second entry of the main build, out/main/import-worker.js,
 * next to this file; the core starts one worker per import from it.
 * (electron-vite's `?modulePath` import would do the same, but with Vite 7 its sub-build fails.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runApp } from './app.js';

runApp({ importWorker: path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-worker.js') });
