/**
 * `npm run dist [-- electron-builder options]`: build with electron-vite, package with
 * electron-builder (electron-builder.yml), then put the Node build of better-sqlite3 back.
 *
 * Why the last step: electron-builder's npmRebuild rebuilds node_modules/better-sqlite3 in place
 * for Electron (and for the last target architecture). The tests, the CLI and browser mode run on
 * Node and need the Node build (docs/desktop.md), so `npm rebuild better-sqlite3` restores it —
 * also when packaging failed half-way.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The commands, in order; `run(cmd, args)` returns an exit status. Returns the overall status. */
export function dist(builderArgs, run) {
  let status = run('npx', ['electron-vite', 'build']);
  if (status === 0) status = run('npx', ['electron-builder', ...builderArgs]);
  const restored = run('npm', ['rebuild', 'better-sqlite3']);
  if (restored !== 0) console.error('dist: `npm rebuild better-sqlite3` failed; run it before npm test / npm start.');
  return status !== 0 ? status : restored;
}

function run(cmd, args) {
  console.log(`dist: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return res.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(dist(process.argv.slice(2), run));
}
