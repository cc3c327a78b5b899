/**
 * Preloaded into a command-line process under test (`node --import <this> …`): its first read of the file named
 * $PW_TEST_HOLD_FILE (a basename) waits until the file $PW_TEST_HOLD_GO exists. A test sends its signal while the
 * process is held there, then creates the go file: the process is certainly still in that file when the signal comes
 * (tests/hosts/cli-walk.test.ts, Ctrl+C during a batch import). Test code only; the command line has no such hook.
 */
import fs, { existsSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';

const hold = process.env.PW_TEST_HOLD_FILE;
const go = process.env.PW_TEST_HOLD_GO;
if (hold && go) {
  const read = fs.readFileSync;
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  let held = false;
  fs.readFileSync = function readFileSync(path, ...rest) {
    if (!held && typeof path === 'string' && basename(path) === hold) {
      held = true;
      while (!existsSync(go)) Atomics.wait(sleep, 0, 0, 10);
    }
    return read.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
}
