/**
 * The search index's merging out of the user's writes (electron/core/fts-merge.ts, docs/reliability.md › The search
 * index is merged between calls): FTS5's automerge is off, the library merges in small steps on later turns of the
 * event loop; segments stay bounded, searches answer as with FTS5's own merging, an error or a kill in the middle of a
 * step leaves the index usable, and a library written before (automerge on) is taken over.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { openLibrary, type Library, type SearchFilters } from '../../electron/core/library.js';
import { DB_FILE_NAME } from '../../electron/core/db.js';
import { IndexMerger, indexShape, MERGE_PAGES, WATCH_MS } from '../../electron/core/fts-merge.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('pw-fts-merge-');
const open: Array<Library | Core> = [];
afterEach(() => {
  for (const x of open.splice(0)) x.close();
});

const WORDS = ['智慧社区', '一网通办', '养老服务', '数据共享', '网络安全', '光纤入户', '政务云', '城市运行', '公共数据', '应急处置', '生活圈', '基站建设'];
const DEPTS = ['区科委', '区经委', '区民政局', '区数据局', '区城运中心'];
const DISTRICTS = ['静安区', '杨浦区', '浦东新区'];

/** A plan of `tasks` tasks whose texts are drawn from WORDS by `seed` (the same seed, the same plan). */
function plan(seed: number, tasks: number): PlanDoc {
  let n = 0;
  const w = (k: number) => WORDS[(seed * 7 + k * 5) % WORDS.length];
  const node = (kind: PlanNode['kind'], heading: string, body: string, children: PlanNode[] = [], extra: Partial<PlanNode> = {}): PlanNode => ({
    id: `p${seed}n${++n}`, kind, number: '', heading, body, lead: [], partners: [], indicators: [], milestones: [], themes: [], children, ...extra,
  });
  const items = Array.from({ length: tasks }, (_, t) =>
    node('task', `推进${w(t)}建设第${seed % 13}批`, `围绕${w(t + 1)}和${w(t + 2)},完善${w(t + 3)}机制,到${2025 + (t % 3)}年完成。`, [], {
      lead: [DEPTS[(seed + t) % DEPTS.length]],
      partners: [DEPTS[(seed + t + 2) % DEPTS.length]],
    }));
  return {
    format: FORMAT,
    meta: {
      title: `测试计划${seed}`, district: DISTRICTS[seed % DISTRICTS.length], city: '上海市', period: { start: 2025, end: 2027 }, issuer: null,
      docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '',
    },
    nodes: [node('part', '一、主要任务', '', [node('action', `行动${seed % 5 + 1} ${w(0)}`, `${w(1)}行动`, items)])],
  };
}

const turn = () => new Promise<void>((r) => setImmediate(r));
/** Turns of the event loop until the library's merger has nothing scheduled (it merges one step a turn). */
async function settle(lib: Library): Promise<void> {
  for (let i = 0; i < 100_000 && lib.merger!.pending; i++) await new Promise<void>((r) => setTimeout(r, 1));
}

const QUERIES = ['智慧社区', '一网通办 建设', '养老服务', '数据共享 机制', '网络安全', '光纤', '政务云 完善', '生活圈'];
const FILTERS: SearchFilters[] = [{}, { district: '杨浦区' }, { kind: 'task' }, { department: '区科委' }, { district: '静安区', kind: 'task', department: '区民政局' }, { limit: 500 }];
function searches(lib: Library): unknown {
  return QUERIES.flatMap((q) => FILTERS.map((f) => lib.search(q, f)));
}
/** FTS5's own answers (a search inside a transaction ranks by FTS5's bm25, search.ts), as a check of the ones above. */
function searchesByFts5(lib: Library): unknown {
  return lib.db.transaction(() => searches(lib))();
}

function automerge(db: Database.Database): unknown {
  return db.prepare(`SELECT v FROM node_fts_config WHERE k = 'automerge'`).pluck().get();
}
function integrityCheck(db: Database.Database): void {
  db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('integrity-check', 0)`).run();
}

describe('the search index is merged in steps after the writes', () => {
  it('turns automerge off once per library, kept in the file', () => {
    const dir = tempDir();
    const lib = openLibrary({ dataDir: dir });
    open.push(lib);
    expect(automerge(lib.db)).toBe(0);
    expect(lib.merger).not.toBeNull();
    lib.close();
    const raw = new Database(path.join(dir, DB_FILE_NAME));
    expect(automerge(raw)).toBe(0);
    raw.close();
  });

  it('a process that only reads (the command line\'s compare, export-docx) neither turns automerge off nor runs a step', async () => {
    const dir = tempDir();
    const writer = openLibrary({ dataDir: dir });
    writer.merger!.close(); // left with merging to do
    writer.db.unsafeMode(true);
    writer.db.prepare(`DELETE FROM node_fts_config WHERE k = 'automerge'`).run();
    for (let i = 0; i < 12; i++) writer.addPlan(plan(i, 20));
    const before = indexShape(writer.db);
    writer.close();
    const reader = openLibrary({ dataDir: dir, mergeIndex: false });
    open.push(reader);
    expect(reader.merger).toBeNull();
    await new Promise<void>((r) => setTimeout(r, 20)); // turns in which a merger would have stepped
    expect(automerge(reader.db)).toBeUndefined();
    expect(indexShape(reader.db)).toEqual(before);
    expect(reader.search('智慧社区', {}).length).toBeGreaterThan(0);
  });

  it('keeps the segments bounded over 500 imports and deletes, merging on the turns between them; without the steps they pile up', async () => {
    const run = async (merge: boolean) => {
      const lib = openLibrary({ dataDir: tempDir() });
      open.push(lib);
      if (!merge) lib.merger!.close();
      const ids: string[] = [];
      let most = 0;
      for (let i = 0; i < 500; i++) {
        // one in three writes deletes (moves to the trash) an earlier plan, as a planner tidying the library does
        if (i % 3 === 2) lib.trashPlan(ids.splice((i * 7) % ids.length, 1)[0]);
        else ids.push(lib.addPlan(plan(i, 5 + (i % 40)), { id: `plan-${i}` }));
        await turn(); // the host answers and turns its loop: one merge step may run
        most = Math.max(most, indexShape(lib.db).segments);
      }
      if (merge) await settle(lib);
      return { lib, most, shape: indexShape(lib.db) };
    };
    const merged = await run(true);
    const levels = merged.shape.levels.length;
    // merged: no level holds usermerge (4) segments or more, no merge is left under way, a step finds nothing to do
    expect(merged.shape.levels.every((n) => n < 4)).toBe(true);
    expect(merged.shape.merging).toBe(0);
    expect(merged.lib.merger!.step()).toBe('done');
    expect(merged.most).toBeLessThanOrEqual(4 * levels + 4);
    integrityCheck(merged.lib.db);
    // the same writes with automerge off and no steps: FTS5's crisis merge (16 a level) is all that bounds them
    const piled = await run(false);
    expect(piled.shape.segments).toBeGreaterThan(2 * merged.shape.segments);
    expect(piled.shape.levels.some((n) => n >= 8)).toBe(true);
    // the same rows either way: the same answers
    expect(searches(piled.lib)).toEqual(searches(merged.lib));
  });

  it('answers every search as a library merged by FTS5 itself (automerge on), with the same ranking and scores', async () => {
    const withSteps = openLibrary({ dataDir: tempDir() });
    const withAutomerge = openLibrary({ dataDir: tempDir() });
    open.push(withSteps, withAutomerge);
    withAutomerge.merger!.close();
    withAutomerge.db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('automerge', 4)`).run();
    for (let i = 0; i < 150; i++) {
      for (const lib of [withSteps, withAutomerge]) {
        if (i % 4 === 3) lib.trashPlan(`plan-${i - 2}`);
        else if (i % 4 === 2) lib.replacePlan(`plan-${i - 1}`, plan(i + 1000, 12), { baseRevision: 1 });
        else lib.addPlan(plan(i, 3 + (i % 30)), { id: `plan-${i}` });
      }
      await turn();
    }
    await settle(withSteps);
    expect(withSteps.merger!.steps).toBeGreaterThan(0);
    expect(indexShape(withSteps.db)).not.toEqual(indexShape(withAutomerge.db));
    const a = searches(withSteps);
    expect(a).toEqual(searches(withAutomerge));
    expect(searchesByFts5(withSteps)).toEqual(searchesByFts5(withAutomerge));
    expect((a as unknown[][]).flat().length).toBeGreaterThan(500);
  });

  it('a merge step is not a write of the library: what the search keeps stays kept across the steps', async () => {
    const lib = openLibrary({ dataDir: tempDir() });
    open.push(lib);
    for (let i = 0; i < 40; i++) lib.addPlan(plan(i, 20));
    const before = searches(lib);
    searches(lib); // the second search of each phrase: its entry is wanted, built on later turns
    const cache = (lib as unknown as { searcher: { cache: { generation: string } } }).searcher.cache;
    const generation = cache.generation;
    expect(lib.merger!.drain()).toBeGreaterThan(0);
    expect(searches(lib)).toEqual(before);
    expect(cache.generation).toBe(generation);
  });

  it('an error in a merge step leaves the index as it was; a library locked by another process is tried later, never waited for', () => {
    const dir = tempDir();
    const lib = openLibrary({ dataDir: dir });
    open.push(lib);
    lib.merger!.close(); // steps by hand below
    const hand = new IndexMerger(lib.db);
    for (let i = 0; i < 60; i++) lib.addPlan(plan(i, 10));
    const structure = () => lib.db.prepare(`SELECT block FROM node_fts_data WHERE id = 10`).pluck().get() as Buffer;
    const before = structure();
    const answers = searches(lib);
    // a step that fails after FTS5 merged: rolled back with its transaction
    expect(() =>
      lib.db.transaction(() => {
        lib.db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('merge', ?)`).run(-MERGE_PAGES);
        expect(structure().equals(before)).toBe(false);
        throw new Error('the step failed');
      })(),
    ).toThrow('the step failed');
    expect(structure().equals(before)).toBe(true);
    expect(searches(lib)).toEqual(answers);
    integrityCheck(lib.db);
    // inside a transaction of the caller's a step does nothing ('later')
    lib.db.transaction(() => expect(hand.step()).toBe('later'))();
    // another connection holds the write lock: the step answers 'busy' at once (busy_timeout 0 for the step), the
    // index unchanged and the connection's own timeout as it was
    const timeout = lib.db.pragma('busy_timeout', { simple: true });
    const other = new Database(path.join(dir, DB_FILE_NAME));
    other.exec('BEGIN IMMEDIATE');
    expect(hand.step()).toBe('busy');
    other.exec('ROLLBACK');
    other.close();
    expect(lib.db.pragma('busy_timeout', { simple: true })).toBe(timeout);
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2); // FULL again after the step's NORMAL
    expect(structure().equals(before)).toBe(true);
    // then it merges to the end
    expect(hand.drain()).toBeGreaterThan(0);
    expect(hand.step()).toBe('done');
    expect(indexShape(lib.db).levels.every((n) => n < 4)).toBe(true);
    expect(searches(lib)).toEqual(answers);
    integrityCheck(lib.db);
  });

  it('a process killed in the middle of merging leaves the index usable: searches answer as before and merging goes on', async () => {
    const dir = tempDir();
    const lib = openLibrary({ dataDir: dir });
    lib.merger!.close();
    for (let i = 0; i < 120; i++) lib.addPlan(plan(i, 20));
    const answers = searches(lib);
    lib.close();
    let underWay = 0;
    for (let round = 0; round < 4; round++) {
      // round 0 kills the child between two steps of a merge under way (it pauses there: a fast machine finished the
      // whole merge before the timed kills of the other rounds, which fall wherever they fall — inside a step too)
      const child = spawn(process.execPath, [path.join(import.meta.dirname, '..', 'helpers', 'fts-merge-child.mjs'), path.join(dir, DB_FILE_NAME), '1', round === 0 ? 'pause' : 'run'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => resolve());
        child.on('exit', (code) => reject(new Error(`the child ended (${code}) before merging`)));
      });
      await new Promise((r) => setTimeout(r, round === 0 ? 0 : 20 + round * 40));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const after = openLibrary({ dataDir: dir });
      open.push(after);
      after.merger!.close();
      if (indexShape(after.db).merging > 0) underWay++;
      if (round === 0) expect(indexShape(after.db).merging).toBeGreaterThan(0);
      integrityCheck(after.db);
      expect(searches(after)).toEqual(answers);
      after.close();
    }
    // at least one kill fell in the middle of a merge (the next step goes on with it): round 0's at the least
    expect(underWay).toBeGreaterThan(0);
    const last = openLibrary({ dataDir: dir });
    open.push(last);
    await settle(last);
    expect(last.merger!.step()).toBe('done');
    integrityCheck(last.db);
    expect(searches(last)).toEqual(answers);
  });

  it('takes over a library written before (automerge on, merges under way): opened, written and searched as before', async () => {
    const dir = tempDir();
    const first = openLibrary({ dataDir: dir });
    first.merger!.close();
    // as the code before left it: no automerge row (FTS5's default, 4), segments merged by FTS5 inside the writes
    // (FTS5's shadow tables are written only outside SQLite's defensive mode)
    first.db.unsafeMode(true);
    first.db.prepare(`DELETE FROM node_fts_config WHERE k = 'automerge'`).run();
    first.close();
    const old = openLibrary({ dataDir: dir });
    old.merger!.close();
    old.db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('automerge', 4)`).run();
    const ids: string[] = [];
    for (let i = 0; i < 80; i++) ids.push(old.addPlan(plan(i, 10 + (i % 25))));
    for (const id of ids.slice(0, 20)) old.trashPlan(id);
    // and a merge left under way (as automerge leaves one between two writes): every segment onto one level, one page merged
    old.db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('merge', -1)`).run();
    expect(indexShape(old.db).merging).toBe(1);
    old.db.unsafeMode(true);
    old.db.prepare(`DELETE FROM node_fts_config WHERE k = 'automerge'`).run();
    const answers = searches(old);
    old.close();
    const raw = new Database(path.join(dir, DB_FILE_NAME));
    expect(automerge(raw)).toBeUndefined();
    raw.close();

    const lib = openLibrary({ dataDir: dir });
    open.push(lib);
    expect(automerge(lib.db)).toBe(0);
    expect(searches(lib)).toEqual(answers);
    await settle(lib); // the merge under way is finished in steps after the open
    expect(indexShape(lib.db)).toMatchObject({ segments: 1, merging: 0 });
    expect(searches(lib)).toEqual(answers);
    const added = lib.addPlan(plan(500, 30));
    lib.trashPlan(ids[30]);
    await settle(lib);
    expect(lib.merger!.step()).toBe('done');
    expect(indexShape(lib.db).levels.every((n) => n < 4)).toBe(true);
    integrityCheck(lib.db);
    expect(lib.search('智慧社区', { limit: 500 }).some((h) => h.planId === added)).toBe(true);
    expect(lib.search('智慧社区', { limit: 500 }).some((h) => h.planId === ids[30])).toBe(false);
  });

  it('no step runs while a write call of the user is running (the core counts them)', async () => {
    const core = await createCore({ dataDir: tempDir(), seedsDir: null, host: 'test' });
    open.push(core);
    const merger = core.library.merger!;
    expect(merger.busy()).toBe(false);
    const call = core.call('plan.importCommit', { doc: plan(1, 600) });
    expect(merger.busy()).toBe(true);
    expect(merger.step()).toBe('later');
    const env = await call;
    expect(env.ok).toBe(true);
    expect(merger.busy()).toBe(false);
    // a read does not hold the steps back
    const read = core.call('library.search', { query: '智慧社区' });
    expect(merger.busy()).toBe(false);
    await read;
  });
});

const ROOT = path.join(import.meta.dirname, '..', '..');
/** Another process writes `count` plans into the library (tests/helpers/fts-other-writer.ts) and ends on its own. */
function otherProcessWrites(dataDir: string, count: number, word: string): Promise<{ ids: string[]; afterOpen: string[]; afterClose: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'tests', 'helpers', 'fts-other-writer.ts'), dataDir, String(count), word], { cwd: ROOT }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout)));
  });
}

describe('the idle check for another process\'s writes (once a minute, fake clock)', () => {
  // only the interval is faked: the merge steps it starts run on real turns of the loop (settle)
  afterEach(() => {
    vi.useRealTimers();
  });

  it('another process\'s write of the index is merged after the next idle check, not before; an unchanged index is only looked at', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = tempDir();
    const lib = openLibrary({ dataDir: dir });
    open.push(lib);
    for (let i = 0; i < 3; i++) lib.addPlan(plan(i, 10));
    await settle(lib);
    const merger = lib.merger!;
    const steps = merger.steps;
    // idle, nothing changed: the check reads the structure record and schedules nothing
    vi.advanceTimersByTime(WATCH_MS);
    expect(merger.checks).toBe(1);
    expect(merger.pending).toBe(false);
    expect(merger.steps).toBe(steps);

    // the command line writes 8 plans (8 transactions, automerge off in the file, its own steps never ran)
    const word = '跨进程写入核验';
    const other = await otherProcessWrites(dir, 8, word);
    expect(other.ids).toHaveLength(8);
    const written = indexShape(lib.db);
    expect(Math.max(...written.levels)).toBeGreaterThanOrEqual(4); // a level of usermerge (4) segments or more: merging to do
    // no step before the next check: a minute less a millisecond later the index is as the other process left it
    vi.advanceTimersByTime(WATCH_MS - 1);
    await turn();
    expect(merger.pending).toBe(false);
    expect(indexShape(lib.db)).toEqual(written);
    // the next idle check sees the structure record changed and merges, in steps on the following turns
    vi.advanceTimersByTime(1);
    expect(merger.checks).toBe(2);
    expect(merger.pending).toBe(true);
    await settle(lib);
    expect(merger.steps).toBeGreaterThan(steps);
    expect(indexShape(lib.db).levels.every((n) => n < 4)).toBe(true);
    expect(merger.step()).toBe('done');
    integrityCheck(lib.db);
    // the other process's plans are found by this one's searches
    expect(new Set(lib.search(word, { limit: 500 }).map((h) => h.planId))).toEqual(new Set(other.ids));
    // and the check after that finds the index as the last step left it: nothing to do
    vi.advanceTimersByTime(WATCH_MS);
    expect(merger.checks).toBe(3);
    expect(merger.pending).toBe(false);
  }, 60_000);

  it('no check runs while a write call of the user is running; the first idle minute after it checks', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const core = await createCore({ dataDir: tempDir(), seedsDir: null, host: 'test' });
    open.push(core);
    const merger = core.library.merger!;
    await settle(core.library);
    const checks = merger.checks;
    const call = core.call('plan.importCommit', { doc: plan(1, 600) });
    expect(merger.busy()).toBe(true);
    vi.advanceTimersByTime(3 * WATCH_MS); // three checks fall due while the import runs
    expect(merger.checks).toBe(checks);
    expect((await call).ok).toBe(true);
    await settle(core.library); // the import's own steps
    vi.advanceTimersByTime(WATCH_MS);
    expect(merger.checks).toBe(checks + 1);
  }, 60_000);

  it('closing the library stops the check; its timers never keep a process alive (a process that writes and closes ends on its own)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lib = openLibrary({ dataDir: tempDir() });
    open.push(lib);
    await settle(lib);
    expect(vi.getTimerCount()).toBe(1); // the idle check
    lib.close();
    expect(vi.getTimerCount()).toBe(0);
    const checks = lib.merger!.checks;
    vi.advanceTimersByTime(5 * WATCH_MS);
    expect(lib.merger!.checks).toBe(checks);
    vi.useRealTimers();
    // a real process: open (the check scheduled, a step kicked), write, close, and the process ends by itself —
    // neither timer is among the handles that keep its event loop alive, before or after the close
    const other = await otherProcessWrites(tempDir(), 2, '自行退出');
    expect(other.ids).toHaveLength(2);
    expect(other.afterOpen).toEqual([]);
    expect(other.afterClose).toEqual([]);
  }, 60_000);
});
