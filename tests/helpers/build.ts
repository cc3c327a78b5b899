/**
 * One build of the app for every test that needs it (the end-to-end tests serve out/renderer, Electronegativity
 * scans out/, the hostile-input test loads out/main/import-worker.js): `electron-vite build` unless every output is
 * newer than every source. Test files run in parallel workers, so the build is guarded by a lock directory
 * (mkdir is atomic): one worker builds, the others wait for it and then find the outputs fresh.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'out');
const OUTPUTS = ['main/index.js', 'main/import-worker.js', 'preload/index.cjs', 'renderer/index.html'].map((f) => path.join(OUT, f));
const LOCK = path.join(ROOT, 'test-results', '.build-lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

function newest(p: string): number {
  const s = fs.statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, name)));
  return t;
}

function fresh(): boolean {
  const sources = Math.max(...['electron', 'shared', 'renderer', 'electron.vite.config.ts'].map((d) => newest(path.join(ROOT, d))));
  return OUTPUTS.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= sources);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build unless fresh; returns out/. */
export function ensureBuilt(): string {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (fresh()) return OUT;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch { /* gone meanwhile */ }
      sleep(500);
      continue;
    }
    try {
      if (!fresh()) execFileSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'pipe' });
      return OUT;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
