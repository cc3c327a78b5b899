/**
 * Hostile and broken input (tests/fixtures/hostile/, made by tests/tools/make-hostile.ts): every file gets its
 * specific ImportError through the core (plan.importPreview → the isolated worker) and through the CLI, within the
 * documented hard limits of time and memory (LIMITS.importTimeoutMs, LIMITS.importMemoryMb — docs/reliability.md),
 * and the library is unchanged. Also: the isolation itself (timeout, out-of-memory, cancel, a free event loop) and
 * the worker entry of the built main process.
 */
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, LIMITS } from '../../shared/errors';
import { createCore, type Core } from '../../electron/core/core';
import { importIsolated, sourceWorkerEntry, TSX_WORKER_ENTRY, YOUNG_GENERATION_MB, type ImportStats } from '../../electron/core/isolated-import';
import { HOSTILE, HOSTILE_DIR, hostilePath } from '../tools/make-hostile';
import { ensureBuilt } from '../helpers/build';
import { tempDirs } from '../helpers/temp.js';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const tempDir = tempDirs('pw-');

/** Everything a user could see of the library: plans, their revisions and content. */
function digest(core: Core): { count: number; sha: string } {
  const plans = core.library.listPlans();
  const h = createHash('sha256');
  for (const p of plans) h.update(JSON.stringify([p.id, p.revision, p.updatedAt, core.library.getPlan(p.id)]));
  return { count: plans.length, sha: h.digest('hex') };
}

/** big-50mb.txt is made here at test time (not checked in); the other files are read from tests/fixtures/hostile. */
const scratch = tempDir('pw-hostile-made-');
const b64 = (file: string) => readFileSync(hostilePath(file, scratch)).toString('base64');
const seedBytes = (n: number) => readFileSync(join(SEEDS, ['000_c5ac5ec241139578', '001_93e2e572a76f2d41', '002_72028bf86ba9aa86'][n] + '.txt'));

/** Hard limits: the worker is terminated past them. The heap limit is old + young generation. */
const withinLimits = (s: ImportStats) => {
  expect(s.elapsedMs).toBeLessThanOrEqual(LIMITS.importTimeoutMs);
  if (s.heapTotalMb !== undefined) expect(s.heapTotalMb).toBeLessThanOrEqual(LIMITS.importMemoryMb + YOUNG_GENERATION_MB);
};

describe('the hostile corpus', () => {
  it('has a README entry for every file, and the files are what the generator makes', () => {
    const readme = readFileSync(join(HOSTILE_DIR, 'README.md'), 'utf8');
    for (const f of HOSTILE) {
      expect(readme).toContain(`\`${f.name}\``);
      expect(readme).toMatch(new RegExp(`\`${f.name.replace('.', '\\.')}\`[^\\n]*\`${f.code}\``));
      if (f.atTestTime) {
        // made at test time, never checked in
        expect(existsSync(join(HOSTILE_DIR, f.name)), f.name).toBe(false);
        expect(readFileSync(hostilePath(f.name, scratch)).length).toBe(52_428_800); // the README's 50 MB
        continue;
      }
      const onDisk = readFileSync(join(HOSTILE_DIR, f.name));
      expect(Buffer.compare(onDisk, f.make()), f.name).toBe(0);
    }
  }, 120_000);
});

describe('hostile files through the core (plan.importPreview in the worker)', () => {
  let core: Core;
  const stats: Array<ImportStats & { fileName: string }> = [];
  beforeAll(async () => {
    core = await createCore({ dataDir: tempDir('pw-hostile-'), seedsDir: SEEDS, host: 'test', onImportStats: (s) => stats.push(s) });
  });
  afterAll(() => core.close());

  for (const f of HOSTILE) {
    it(`${f.name} → ${f.code}, within the limits, nothing stored`, async () => {
      const before = digest(core);
      const env = await core.call('plan.importPreview', { fileName: f.name, dataBase64: b64(f.name) });
      expect(env.ok).toBe(false);
      if (env.ok) return;
      expect(env.error.code).toBe(f.code);
      expect(env.error.message).toContain(f.name); // names the file, in Chinese
      expect(env.error.message).toMatch(/^无法导入 /);
      expect(digest(core)).toEqual(before);
      // too-large is refused before a worker starts; every other file was parsed in one
      const s = stats.find((x) => x.fileName === f.name);
      if (f.code === 'too-large') expect(s).toBeUndefined();
      else {
        expect(s).toMatchObject({ outcome: 'error' });
        withinLimits(s!);
      }
    }, 120_000);
  }
});

describe('hostile files through the CLI', () => {
  const run = promisify(execFile);
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const dataDir = tempDir('pw-hostile-cli-');

  for (const name of ['png-as-text.txt', 'zip-bomb.docx', 'big-50mb.txt', 'billion-laughs.docx', 'many-headings.txt']) {
    const f = HOSTILE.find((x) => x.name === name)!;
    it(`import ${name} → exit 1, one line on stderr with ${f.code}, nothing stored`, async () => {
      const list = async () => (await run(tsx, [join(ROOT, 'electron/cli/index.ts'), 'list', '--data-dir', dataDir], { cwd: ROOT })).stdout;
      const before = await list();
      let err: { code: number; stderr: string } | null = null;
      try {
        await run(tsx, [join(ROOT, 'electron/cli/index.ts'), 'import', hostilePath(name, scratch), '--data-dir', dataDir], { cwd: ROOT });
      } catch (e) {
        err = e as { code: number; stderr: string };
      }
      expect(err?.code).toBe(1);
      const lines = err!.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
      expect(lines[0]).toContain(`(${f.code})`);
      expect(await list()).toBe(before);
    }, 120_000);
  }
});

describe('import isolation', () => {
  let core: Core;
  const dataDir = tempDir('pw-isolation-');
  beforeAll(async () => {
    core = await createCore({ dataDir, seedsDir: SEEDS, host: 'test' });
  });
  afterAll(() => core.close());
  /** A large but legitimate file: 40 copies of the 杨浦 plan (~4 MB, far from the size limit). */
  const large = () => Buffer.concat(Array.from({ length: 40 }, () => seedBytes(2)));

  it('cancelling a running import answers cancelled; nothing stored; the event loop stays free meanwhile', async () => {
    const before = digest(core);
    const order: string[] = [];
    const preview = core.call('plan.importPreview', { fileName: '大文件.txt', dataBase64: large().toString('base64'), jobId: 'job-1' })
      .then((env) => { order.push('preview'); return env; });
    // the core answers other calls while the worker parses
    const info = await core.call('app.info', {});
    order.push('info');
    expect(info.ok).toBe(true);
    const list = await core.call('library.list', {});
    expect(list.ok && list.result.length).toBe(before.count);
    const cancel = await core.call('plan.importCancel', { jobId: 'job-1' });
    expect(cancel).toEqual({ ok: true, result: { cancelled: true } });
    const env = await preview;
    expect(order).toEqual(['info', 'preview']);
    expect(env).toMatchObject({ ok: false, error: { code: 'cancelled', details: { fileName: '大文件.txt', en: 'The import was cancelled.' } } });
    expect(digest(core)).toEqual(before);
    // the job is gone; the same id can run again and finish
    expect(await core.call('plan.importCancel', { jobId: 'job-1' })).toEqual({ ok: true, result: { cancelled: false } });
  }, 120_000);

  it('a cancel that overtakes its import makes that import answer cancelled at once', async () => {
    expect(await core.call('plan.importCancel', { jobId: 'job-early' })).toEqual({ ok: true, result: { cancelled: false } });
    const env = await core.call('plan.importPreview', { fileName: 'a.txt', dataBase64: seedBytes(1).toString('base64'), jobId: 'job-early' });
    expect(env).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // only once
    const again = await core.call('plan.importPreview', { fileName: 'a.txt', dataBase64: seedBytes(1).toString('base64'), jobId: 'job-early' });
    expect(again.ok).toBe(true);
  }, 120_000);

  it('over the time limit → timeout; over the memory limit → out-of-memory; the worker is stopped, nothing stored', async () => {
    const small = await createCore({ dataDir, seedsDir: null, host: 'test', importLimits: { timeoutMs: 300 } });
    try {
      const before = digest(small);
      const env = await small.call('plan.importPreview', { fileName: '大文件.txt', dataBase64: large().toString('base64') });
      expect(env).toMatchObject({ ok: false, error: { code: 'timeout', details: { limitMs: 300 } } });
      expect(env.ok || env.error.message).toMatch(/^无法导入 大文件\.txt:处理时间超过/);
      expect(digest(small)).toEqual(before);
    } finally {
      small.close();
    }
    // with a 24 MB heap, the 杨浦 plan (98 KB) still imports, but 120 copies of it (11.7 MB) cannot
    expect((await importIsolated({ bytes: seedBytes(2), fileName: '杨浦.txt' }, { memoryMb: 24 })).meta.district).toBe('杨浦区');
    let err: unknown;
    let st: ImportStats | undefined;
    try {
      const huge = Buffer.concat(Array.from({ length: 120 }, () => seedBytes(2)));
      await importIsolated({ bytes: huge, fileName: '大文件.txt' }, { memoryMb: 24, onStats: (s) => { st = s; } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ code: 'out-of-memory', details: { limitMb: 24 } });
    expect(st?.outcome).toBe('out-of-memory');
  }, 120_000);

  it('from source, the worker runs an esbuild bundle of import-worker.ts (cached); the tsx bootstrap works too', async () => {
    const entry = String(await sourceWorkerEntry());
    // a folder per source version (code splitting: pdfjs and word-extractor in chunks of their own)
    expect(entry).toMatch(/plan-workbench-[^/\\]+[/\\]import-worker-[0-9a-f]{16}[/\\]import-worker\.js$/);
    expect(await sourceWorkerEntry()).toBe(await sourceWorkerEntry()); // built once per process
    const viaTsx = await importIsolated({ bytes: seedBytes(1), fileName: '浦东.txt' }, { workerEntry: TSX_WORKER_ENTRY });
    expect(viaTsx).toEqual(await importIsolated({ bytes: seedBytes(1), fileName: '浦东.txt' }));
  }, 120_000);

  it('a plan imported in the worker is the plan imported in-process', async () => {
    const { importFile } = await import('../../shared/importer/index');
    const bytes = seedBytes(0);
    expect(await importIsolated({ bytes, fileName: '静安.txt' })).toEqual(await importFile({ bytes, fileName: '静安.txt' }));
    // the caller's buffer is copied, not transferred away
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes[0]).toBe(readFileSync(join(SEEDS, '000_c5ac5ec241139578.txt'))[0]);
  }, 120_000);
});

describe('the built main process', () => {
  it('out/main has the import worker as its own entry, and it imports', async () => {
    const worker = join(ROOT, 'out', 'main', 'import-worker.js');
    ensureBuilt();
    // the main entry points at it (electron/main/index.ts)
    expect(readFileSync(join(ROOT, 'out', 'main', 'index.js'), 'utf8')).toContain('"import-worker.js"');
    const doc = await importIsolated({ bytes: seedBytes(1), fileName: '浦东.txt' }, { workerEntry: worker });
    expect(doc.meta.district).toBe('浦东新区');
    await expect(importIsolated({ bytes: readFileSync(join(HOSTILE_DIR, 'billion-laughs.docx')), fileName: 'b.docx' }, { workerEntry: worker }))
      .rejects.toMatchObject({ code: 'doctype' });
  }, 300_000);
});
