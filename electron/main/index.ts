/**
 * Electron main process entry (built by electron-vite to out/main/index.js, package.json "main").
 * Everything is in app.ts so it can be unit-tested with a stubbed 'electron'.
 */
import { runApp } from './app.js';

runApp();
