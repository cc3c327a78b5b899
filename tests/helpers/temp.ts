/**
 * Temporary folders for a test file. At the top level of the file:
 *
 *   const tempDir = tempDirs('pw-core-');                  // removed after the file's tests
 *   const tempDir = tempDirs('pw-backup-', { each: true }); // removed after each test
 *
 * `tempDir()` makes a new folder under the OS temp folder (`tempDir('pw-other-')` with another prefix). Removal
 * first makes a folder writable again (tests that make one read-only), and ignores folders already gone. Register
 * it before hooks that must run first on the way out (closing cores): vitest runs after-hooks in reverse order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

export function tempDirs(prefix: string, opts: { each?: boolean } = {}): (otherPrefix?: string) => string {
  const made: string[] = [];
  (opts.each ? afterEach : afterAll)(() => {
    for (const d of made.splice(0)) {
      try {
        fs.chmodSync(d, 0o755);
      } catch {
        /* already gone */
      }
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
  return (otherPrefix = prefix) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), otherPrefix));
    made.push(d);
    return d;
  };
}
