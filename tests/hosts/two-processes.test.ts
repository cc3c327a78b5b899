/**
 * Two processes on one library: the app (a core in this process, as the Electron main process or browser mode holds
 * it) and the command line (the bundle, a child process), each writing or reading while the other writes. Every
 * call must end in success or a clear message — never a damaged library, never an error for a write that was
 * committed (nor a success for one that was not). Timing decides which of the allowed outcomes a round sees; what is
 * asserted holds for every outcome (docs/reliability.md › Two processes on one library).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { DB_FILE_NAME } from '../../electron/core/db';
import { importFile } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { CLI_BIN, ensureCliBundle } from '../helpers/cli-bundle';
import { tempDirs } from '../helpers/temp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'tests', 'corpus', 'docs');
const tempDir = tempDirs('pw-two-');
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
beforeAll(() => ensureCliBundle(), 180_000);

interface Run { code: number; stdout: string; stderr: string }
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A clear message: one or a few lines of Chinese, no stack trace. */
function clear(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/TypeError|ReferenceError|SqliteError|Error: SQLITE/);
}
/** The library file is whole: SQLite's integrity check and FTS5's own check of the search index. */
function intact(dataDir: string): void {
  const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: false });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('integrity-check', 0)`).run();
  } finally {
    db.close();
  }
}
/** `n` corpus documents (our own texts) in a folder, for the command line to import. */
function corpusFolder(n: number, from = 0): string {
  const dir = tempDir();
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(from, from + n);
  for (const f of files) copyFileSync(join(CORPUS, f), join(dir, f));
  return dir;
}
async function newCore(dataDir: string): Promise<Core> {
  // with the seeds, as the app starts a library (the command line would add them to a library without them)
  const core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'test', logError: () => {} });
  cores.push(core);
  return core;
}
async function ok<T>(p: Promise<{ ok: true; result: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.result;
}

describe('the app and the command line on one library', () => {
  it('the command line imports a folder while the app saves a plan again and again: every save that answered ok is stored, every one that failed is not; every file the command line stored is there', async () => {
    const dataDir = tempDir();
    const core = await newCore(dataDir);
    const { id } = await ok(core.call('plan.createBlank', { title: '东川区并发保存测试计划', district: '东川区', period: { start: 2025, end: 2027 } }));
    const folder = corpusFolder(24);
    const before = (await ok(core.call('library.list', {}))).map((p) => p.id);
    // the app has searched before (its caches are warm): after the import its answers include the new plans
    const searchedBefore = await ok(core.call('library.search', { query: '营商环境', filters: { limit: 500 } }));
    const importing = cli(['import', folder, '--json', '--data-dir', dataDir]);
    let finished = false;
    void importing.finally(() => { finished = true; });
    let revision = (await ok(core.call('plan.get', { id }))).revision;
    let lastSaved = '';
    const failures: { code: string; message: string }[] = [];
    let saves = 0;
    for (let n = 1; !finished || n <= 3; n++) {
      const plan = await ok(core.call('plan.get', { id }));
      const heading = `主要任务(第${n}次保存)`;
      const nodes = structuredClone(plan.nodes);
      nodes[1].heading = heading;
      const env = await core.call('plan.save', { id, doc: { format: plan.format, meta: plan.meta, nodes }, baseRevision: revision });
      if (env.ok) {
        revision = env.result.revision;
        lastSaved = heading;
        saves++;
      } else {
        failures.push(env.error);
      }
      await sleep(n % 3 === 0 ? 20 : 0);
    }
    const run = await importing;
    clear(run.stderr);
    // the app: each failure is a clear 'busy' (nothing stored); the stored plan is the last save that answered ok
    for (const f of failures) expect(f.code).toBe('busy');
    const stored = await ok(core.call('plan.get', { id }));
    expect(stored.revision).toBe(1 + saves);
    expect(stored.nodes[1].heading).toBe(lastSaved);
    // the command line: every file stored (or, if it says so, refused), and the app sees exactly those plans
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; id?: string; title?: string; reason?: string });
    expect(lines).toHaveLength(24);
    const storedIds = lines.filter((l) => l.status === 'stored').map((l) => l.id!);
    for (const l of lines.filter((x) => x.status !== 'stored')) expect(l.reason ?? '').not.toBe('');
    expect(run.code).toBe(storedIds.length === 24 ? 0 : 3);
    const list = await ok(core.call('library.list', {}));
    expect(new Set(list.map((p) => p.id))).toEqual(new Set([...before, ...storedIds]));
    // the app's search (caches warm from before) answers as a fresh process reading the library now: another
    // connection's commits move data_version, which drops them
    const fresh = await cli(['search', '营商环境', '--limit', '500', '--json', '--data-dir', dataDir]);
    expect(fresh.code).toBe(0);
    const key = (h: { planId: string; nodeId: string }) => `${h.planId}/${h.nodeId}`;
    const freshHits = (JSON.parse(fresh.stdout) as { planId: string; nodeId: string }[]).map(key);
    const appHits = (await ok(core.call('library.search', { query: '营商环境', filters: { limit: 500 } }))).map(key);
    expect(new Set(appHits)).toEqual(new Set(freshHits));
    expect(appHits.length).toBeGreaterThan(searchedBefore.length); // the command line's plans are among them
    // each stored whole: its nodes as the importer reads the file, found by the app's search
    for (const l of lines.filter((x) => x.status === 'stored').slice(0, 6)) {
      const doc = await ok(core.call('plan.get', { id: l.id! }));
      const expected = await importFile({ bytes: new Uint8Array(readFileSync(l.file)), fileName: l.file });
      expect([...walk(doc.nodes)].length).toBe([...walk(expected.nodes)].length);
    }
    core.close();
    intact(dataDir);
  }, 300_000);

  it('the command line exports a plan as Word while the app deletes it: a whole .docx or 「…已移入回收站,恢复后才能打开」 with no file; the plan is in the 回收站 either way', async () => {
    const dataDir = tempDir();
    const core = await newCore(dataDir);
    const outDir = tempDir();
    const source = join(CORPUS, readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()[0]);
    const expected = await importFile({ bytes: new Uint8Array(readFileSync(source)), fileName: source });
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      const { id } = await ok(core.call('plan.importCommit', { doc: expected }));
      const file = join(outDir, `round-${round}.docx`);
      const exporting = cli(['export-docx', id, file, '--annex', '--data-dir', dataDir]);
      await sleep(round * 60); // the delete falls at another point of the export each round
      await ok(core.call('plan.delete', { id }));
      const run = await exporting;
      clear(run.stderr);
      if (run.code === 0) {
        outcomes.push('exported');
        const back = await importFile({ bytes: new Uint8Array(readFileSync(file)), fileName: file });
        expect([...walk(back.nodes)].length).toBe([...walk(expected.nodes)].length);
      } else {
        outcomes.push('not-found');
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(`错误: 规划《${expected.meta.title}》已移入回收站,恢复后才能打开 (not-found)\n`);
        expect(existsSync(file)).toBe(false);
      }
      expect(readdirSync(outDir).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
      const trash = await ok(core.call('trash.list', {}));
      expect(trash.plans.map((p) => p.id)).toContain(id);
    }
    core.close();
    intact(dataDir);
    expect(outcomes).toHaveLength(6);
  }, 300_000);

  it('the app backs the library up while the command line imports: the backup is whole and holds a consistent library; the import is stored', async () => {
    const dataDir = tempDir();
    const core = await newCore(dataDir);
    // a library of some size, so the copy takes several steps
    const first = cli(['import', corpusFolder(40, 0), '--json', '--data-dir', dataDir]);
    expect((await first).code).toBe(0);
    const folder = corpusFolder(30, 40);
    const importing = cli(['import', folder, '--json', '--data-dir', dataDir]);
    // the backup starts once the command line is committing (the app sees its first plans)
    for (let i = 0; i < 3000 && (await ok(core.call('library.list', {}))).length === 5 + 40; i++) await sleep(10);
    const env = await core.call('backup.create', {});
    const run = await importing;

    clear(run.stderr);
    expect(run.code).toBe(0);
    if (!env.ok) {
      // only a clear refusal, nothing half-made in the backup folder
      expect(env.error.code).toMatch(/busy|backup-failed/);
      expect(env.error.message).not.toMatch(/SQLITE|Error:/);
    } else {
      const file = join(dataDir, 'backups', env.result.name);
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const plans = db.prepare(`SELECT count(*) FROM plans`).pluck().get() as number;
        expect(plans).toBeGreaterThan(5 + 40);
        expect(plans).toBeLessThanOrEqual(5 + 70);
        // every plan of the backup whole: its nodes are there
        expect(db.prepare(`SELECT count(*) FROM plans p WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.plan_id = p.id)`).pluck().get()).toBe(0);
      } finally {
        db.close();
      }
    }
    const names = readdirSync(join(dataDir, 'backups'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const list = await ok(core.call('library.list', {}));
    expect(list).toHaveLength(5 + 70);
    core.close();
    intact(dataDir);
  }, 300_000);
});
