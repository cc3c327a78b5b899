// Runs the TypeScript worker entry from source (CLI, browser mode, tests): tsx's ESM hooks are
// registered inside the worker thread, then import-worker.ts is loaded. The built app does not
// use this file: electron-vite bundles import-worker.ts as its own chunk.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
