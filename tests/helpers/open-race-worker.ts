/**
 * Worker thread for tests/core/open-race.test.ts (bundled by esbuild at test time: a worker cannot load TypeScript).
 * Opens each folder of workerData.dirs in turn with openDatabase, all workers starting each folder together
 * (a barrier on a shared counter), and posts the code and message of every error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../electron/core/db.js';

const { counter, dirs, workers } = workerData as { counter: SharedArrayBuffer; dirs: string[]; workers: number };
const arrived = new Int32Array(counter);
for (let round = 0; round < dirs.length; round++) {
  Atomics.add(arrived, 0, 1);
  // spin, not Atomics.wait: the workers should leave the barrier within microseconds of each other
  while (Atomics.load(arrived, 0) < (round + 1) * workers) {
    /* wait for the others */
  }
  try {
    openDatabase(dirs[round]).close();
  } catch (e) {
    parentPort!.postMessage(`${String((e as { code?: unknown }).code)}: ${String((e as Error).message).slice(0, 160)}`);
  }
}
