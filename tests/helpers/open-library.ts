/**
 * Child process for tests/core/faults.test.ts (the seeding race): opens the core on the data folder given as argv[2]
 * with the repository's seeds, as every host does on start, and prints what it saw as one JSON line.
 */
import path from 'node:path';
import { createCore } from '../../electron/core/core.js';

const dataDir = process.argv[2];
const core = await createCore({ dataDir, seedsDir: path.join(import.meta.dirname, '..', '..', 'seeds'), host: 'test' });
const env = await core.call('library.list', {});
process.stdout.write(JSON.stringify({ imported: core.seeds.imported.length, plans: env.ok ? env.result.length : -1 }) + '\n');
core.close();
