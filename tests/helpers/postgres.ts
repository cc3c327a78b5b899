/**
 * A real PostgreSQL for a test file, in a temporary folder (issue 18: the stores' contract tests run against the
 * engine an office would run, Debian's `postgresql`):
 *
 *   const pg = postgresAvailable();                 // at the top: whether to run (see below)
 *   describe.runIf(pg)(…, () => { let cluster: PgCluster;
 *     beforeAll(async () => { cluster = await startPostgres(); });
 *     afterAll(() => cluster?.stop());
 *     … await cluster.createDatabase('t1') → a connection string
 *
 * - Binaries: $PG_BIN, else the newest /usr/lib/postgresql/<version>/bin with initdb, pg_ctl and postgres.
 *   None found: the suites are skipped with the reason printed — except under CI=true, where that is a failure
 *   (.ci/run installs postgresql).
 * - initdb refuses to run as root: as root, the folder is given to the `postgres` OS user and initdb / pg_ctl run
 *   through `runuser -u postgres --`; as another user they run as that user.
 * - The server listens on a unix socket in the temporary folder only (listen_addresses = ''), so it never takes a
 *   TCP port and two test files never meet; trust authentication (local connections of this machine only), user
 *   postgres, UTF-8, locale C. fsync off: a test cluster is thrown away.
 * - stop() stops the server (fast shutdown) and removes the folder; a test process that exits without calling it
 *   stops the server on its way out.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The folder of initdb / pg_ctl / postgres, or null. */
export function findPostgresBin(): string | null {
  const ok = (dir: string) => ['initdb', 'pg_ctl', 'postgres'].every((b) => fs.existsSync(path.join(dir, b)));
  if (process.env.PG_BIN) return ok(process.env.PG_BIN) ? process.env.PG_BIN : null;
  const root = '/usr/lib/postgresql';
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number(b) - Number(a));
  } catch {
    return null;
  }
  for (const v of versions) if (ok(path.join(root, v, 'bin'))) return path.join(root, v, 'bin');
  return null;
}

/** Whether to run the PostgreSQL suites; throws under CI when PostgreSQL is missing. */
export function postgresAvailable(): boolean {
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const runuser = !asRoot || fs.existsSync('/usr/sbin/runuser') || fs.existsSync('/sbin/runuser');
  const hasUser = !asRoot || spawnSync('id', ['-u', 'postgres']).status === 0;
  const why = !bin ? 'no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or $PG_BIN'
    : !runuser ? 'running as root without runuser'
    : !hasUser ? 'running as root and there is no postgres OS user to run initdb'
    : null;
  if (!why) return true;
  if (process.env.CI) throw new Error(`CI: PostgreSQL is required for the store contract tests (apt-get install postgresql): ${why}`);
  console.warn(`postgres: ${why} — PostgreSQL tests skipped`);
  return false;
}

export interface PgCluster {
  /** The temporary folder (data in ./data, the socket in the folder itself). */
  dir: string;
  /** `postgres --version`, e.g. "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)". */
  version: string;
  /** Milliseconds spent in initdb and in starting the server. */
  timings: { initdbMs: number; startMs: number };
  /** Connection string of a database of this cluster (user postgres, over the socket). */
  url(database?: string): string;
  /** Create a new empty database and return its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(opts: { prefix?: string } = {}): Promise<PgCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries found');
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'pw-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (cmd: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args));
  const asSync = (cmd: string, args: string[]) => (asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : spawnSync(cmd, args));
  const pgCtl = path.join(bin, 'pg_ctl');
  let running = false;
  const cleanup = () => {
    if (running) asSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
    running = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  try {
    const { stdout: version } = await run(path.join(bin, 'postgres'), ['--version']);
    const t0 = performance.now();
    await as(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const t1 = performance.now();
    const serverOpts = [
      `-k ${dir}`,
      `-c listen_addresses=''`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=40',
    ].join(' ');
    running = true;
    await as(pgCtl, ['-D', data, '-o', serverOpts, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    const t2 = performance.now();
    const url = (database = 'postgres') => `postgresql://postgres@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}`;
    return {
      dir,
      version: version.trim().replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL '),
      timings: { initdbMs: Math.round(t1 - t0), startMs: Math.round(t2 - t1) },
      url,
      async createDatabase(name: string) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
        const client = new pg.Client({ connectionString: url() });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
        } finally {
          await client.end();
        }
        return url(name);
      },
      async stop() {
        process.removeListener('exit', cleanup);
        if (running) {
          running = false;
          await as(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => asSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']));
        }
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    let log = '';
    try { log = fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000); } catch { /* none */ }
    process.removeListener('exit', cleanup);
    cleanup();
    throw new Error(`PostgreSQL did not start: ${(e as Error).message}${log ? '\n' + log : ''}`);
  }
}
