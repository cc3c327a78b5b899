/**
 * Property test of the API through the real HTTP bridge (with its token): for every method in
 * METHOD_NAMES, random JSON (fast-check's jsonValue) and random mutations of a valid input are
 * posted, and every answer must be
 *   - { ok: false, error: { code, message } } with `code` one of the known error codes (never
 *     'internal', which would mean an unhandled exception), or
 *   - { ok: true, result } where result passes METHODS[m].output;
 * the library must be byte-for-byte unchanged after every call that returned an error (a digest of
 * every table), and the bridge must still answer app.info after each method's run.
 *
 * Ids in the inputs: read-only methods get real plan ids (so the handlers run on real data) or
 * random ones; methods that change or delete a plan get a scratch plan made for this test or a
 * random id (→ 'not-found'), so no seed is deleted. export.pdf and export.preview only ever get random ids, so
 * LibreOffice is never started.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, METHOD_NAMES, type Envelope, type MethodName } from '../../shared/api/contract.js';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { startBridge, TOKEN_HEADER, type Bridge } from '../../electron/bridge/server.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const RUNS_PER_METHOD = 30;

/** Every error code the core and the bridge may answer with. 'internal' is deliberately absent. */
const KNOWN_CODES = new Set([
  // core.call
  'invalid-input',
  'unknown-method',
  'not-found',
  'conflict',
  'invalid-move',
  'duplicate-id',
  'unavailable',
  'convert-failed',
  'closed',
  'busy',
  // import (shared/errors.ts ImportErrorCode)
  'empty',
  'too-large',
  'binary',
  'encoding',
  'unsupported',
  'corrupt-docx',
  'corrupt',
  'encrypted',
  'no-text-layer',
  'zip-bomb',
  'doctype',
  'no-content',
  'timeout',
  'out-of-memory',
  'cancelled',
  // review (electron/core/review.ts)
  'anchor-not-found',
  'anchor-changed',
  'invalid-state',
  'invalid-package',
  // backups (electron/core/backup.ts)
  'backup-corrupt',
  'backup-too-new',
  'backup-failed',
  'restore-unopened',
  // bridge
  'invalid-json',
]);

/** Methods that write to the library. */
const WRITES = new Set<MethodName>([
  'plan.importCommit',
  'plan.save',
  'plan.delete',
  'plan.restore',
  'plan.purge',
  'trash.setDays',
  'plan.duplicate',
  'plan.setStatus',
  'plan.createFromTemplate',
  'plan.createBlank',
  'versions.create',
  'compare.pins.set',
  'prefs.set',
  'review.add',
  'review.reply',
  'review.edit',
  'review.setStatus',
  'review.accept',
  'review.delete',
  'review.submit',
  'review.close',
  'review.importWord',
  'history.restoreNode',
  'history.restorePlan',
  'backup.restore',
]);

let dataDir: string;
let core: Core;
let bridge: Bridge;
let db: Database.Database;
let seedIds: string[];
let scratchId: string;
let seedDoc: PlanDoc;
let seedFileBase64: string;
/** Node ids of the seed (the scratch plan's are its own), for anchors and restores. */
let nodeIds: string[];

let digestCache: { dataVersion: number; digest: string } | null = null;

/**
 * A digest of the whole library: every row of every table. Recomputed only when SQLite's
 * data_version says another connection (the core's) has committed since the last one.
 */
function digest(): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  if (digestCache?.dataVersion === dataVersion) return digestCache.digest;
  const hash = crypto.createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    hash.update(`\u0000table ${t}\n`);
    const rows = db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) {
      for (const v of row) hash.update(Buffer.isBuffer(v) ? v : `${typeof v}:${String(v)}`).update('\u0001');
      hash.update('\n');
    }
  }
  digestCache = { dataVersion, digest: hash.digest('hex') };
  return digestCache.digest;
}

/**
 * The search index's merge steps (electron/core/fts-merge.ts) run on later turns of the loop after a write: they
 * reorganise FTS5's segments (its shadow tables), never the library's content. A digest is taken once they are done,
 * so that a failed call is judged by what it changed, not by the merging a successful call before it left to do.
 */
async function mergesSettled(): Promise<void> {
  for (let i = 0; i < 10_000 && core.library.merger?.pending; i++) await new Promise<void>((r) => setTimeout(r, 1));
  expect(core.library.merger?.pending ?? false).toBe(false);
}

async function post(method: string, input: unknown): Promise<Envelope<unknown>> {
  const res = await fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
    body: JSON.stringify(input) ?? 'null',
  });
  return (await res.json()) as Envelope<unknown>;
}

// ---- inputs ---------------------------------------------------------------------------------

const randomId = fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.constantFrom('p_missing', 'p_0', '../etc/passwd', '%00', ' '));

/** An id for `method`: real plans for read-only methods (except export.pdf), the scratch plan or a random id otherwise. */
function idFor(method: MethodName): fc.Arbitrary<string> {
  if (method === 'export.pdf' || method === 'export.preview' || method === 'plan.delete' || method === 'plan.purge') return randomId;
  if (WRITES.has(method)) return fc.oneof(fc.constant(scratchId), randomId);
  return fc.oneof(fc.constantFrom(...seedIds), randomId);
}

/** A level mapping (plan.importPreview, plan.importCommit): mostly valid, sometimes a kind or depth out of range. */
const levelMapping = fc.dictionary(
  fc.constantFrom('cn', 'cnparen', 'arabic', 'md-h2', '__proto__'),
  fc.record({ kind: fc.constantFrom('part', 'section', 'task', 'item', 'text', 'box'), depth: fc.integer({ min: -1, max: 4 }) }, { requiredKeys: [] }),
  { maxKeys: 4 },
);

const period = fc.record({ start: fc.integer({ min: 1990, max: 2100 }), end: fc.integer({ min: 1990, max: 2100 }) });

/** A (mostly) valid input for each method; mutations are applied on top. */
function validInput(method: MethodName): fc.Arbitrary<unknown> {
  const id = idFor(method);
  switch (method) {
    case 'app.info':
    case 'library.list':
    case 'library.departments':
    case 'library.recent':
    case 'export.capabilities':
    case 'trash.list':
      return fc.constant({});
    case 'trash.setDays':
      return fc.record({ days: fc.integer({ min: -1, max: 4000 }) });
    case 'library.search':
      return fc.record({ query: fc.string({ maxLength: 20 }), filters: fc.option(fc.record({ district: fc.constantFrom('杨浦区', '静安区'), limit: fc.integer({ min: 1, max: 50 }) }), { nil: undefined }) }, { requiredKeys: ['query'] });
    case 'plan.importPreview':
      return fc.oneof(
        fc.constant({ fileName: '杨浦区.txt', dataBase64: seedFileBase64 }),
        fc.record({ fileName: fc.constantFrom('a.txt', 'a.docx', 'a.md', 'a.pdf', 'x'), dataBase64: fc.base64String({ maxLength: 200 }) }),
        fc.record({ fileName: fc.constant('杨浦区.txt'), dataBase64: fc.constant(seedFileBase64), mapping: levelMapping }),
      );
    case 'plan.importCommit':
      return fc.oneof(
        fc.constant({ doc: seedDoc, status: 'draft' }),
        fc.record({ doc: fc.constant(seedDoc), levelMapping: fc.record({ style: fc.constantFrom('cn>cnparen>arabic', 'x', '__proto__'), mapping: levelMapping }) }),
      );
    case 'library.sort':
      return fc.constant({});
    case 'library.setSort':
      return fc.record({ sort: fc.constantFrom('group', 'issued', 'period', 'district', 'title', 'updated', 'size', '') });
    case 'plan.get':
    case 'library.opened':
    case 'plan.delete':
    case 'plan.restore':
    case 'plan.purge':
    case 'export.markdown':
      return fc.record({ id });
    case 'plan.save':
      return fc.record({ id, doc: fc.constant(seedDoc), baseRevision: fc.integer({ min: -1, max: 5 }) });
    case 'plan.duplicate':
      return fc.record({ id, title: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }, { requiredKeys: ['id'] });
    case 'plan.setStatus':
      return fc.record({ id, status: fc.constantFrom('draft', 'review', 'approved', 'archived', 'reference') });
    case 'plan.createFromTemplate':
      return fc.record({ templateId: id, district: fc.constantFrom('虹口区', '黄浦区'), period, mode: fc.constantFrom('full', 'structure') });
    case 'plan.createBlank':
      return fc.record({ title: fc.string({ minLength: 1, maxLength: 20 }), district: fc.string({ maxLength: 10 }), period });
    case 'export.docx':
    case 'export.pdf':
    case 'export.preview':
      return fc.record({ id, options: fc.option(fc.record({ cover: fc.boolean(), annexes: fc.boolean(), fonts: fc.constantFrom('gb2312', 'windows') }), { nil: undefined }) }, { requiredKeys: ['id'] });
    case 'versions.list':
      return fc.record({ planId: id });
    case 'versions.create':
      return fc.record({ planId: id, name: fc.string({ minLength: 1, maxLength: 20 }) });
    case 'versions.get':
      return fc.record({ planId: id, versionId: fc.integer({ min: 1, max: 5 }) });
    case 'compare.plans':
      return fc.record({ leftId: id, rightId: id });
    case 'compare.versions':
      return fc.record({ planId: id, fromVersionId: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant('basedOn')), toVersionId: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant('current')) });
    case 'compare.pins.set':
      return fc.record({ leftId: id, rightId: id, pins: fc.array(fc.record({ left: fc.string(), right: fc.string(), mode: fc.constantFrom('pin', 'break') }), { maxLength: 3 }) });
    case 'compare.similar':
      return fc.record({ planId: id, perTask: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }) }, { requiredKeys: ['planId'] });
    case 'plan.importCancel':
    case 'export.cancel':
      return fc.record({ jobId: fc.string({ minLength: 1, maxLength: 20 }) });
    case 'prefs.get':
    case 'backup.list':
    case 'backup.create':
      return fc.constant({});
    case 'prefs.set':
      return fc.record({ identity: fc.record({ name: fc.string({ maxLength: 12 }), department: fc.string({ maxLength: 12 }) }) });
    case 'review.list':
    case 'review.rounds':
    case 'review.close':
    case 'history.list':
      return fc.record({ planId: id });
    case 'audit.list':
      return fc.record({ planId: id, limit: fc.integer({ min: 1, max: 50 }) }, { requiredKeys: [] });
    case 'review.submit':
      return fc.record({ planId: id, name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }, { requiredKeys: ['planId'] });
    case 'review.add':
      return fc.record({
        planId: id,
        kind: fc.constantFrom('comment', 'suggestion'),
        anchor: fc.record({ nodeId: fc.constantFrom(...nodeIds, 'n-none'), field: fc.constantFrom('heading', 'body', 'node'), start: fc.nat({ max: 50 }), end: fc.nat({ max: 60 }), quote: fc.string({ maxLength: 6 }) }),
        body: fc.string({ maxLength: 20 }),
        replacement: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      }, { requiredKeys: ['planId', 'kind', 'anchor', 'body'] });
    case 'review.reply':
    case 'review.edit':
      return fc.record({ planId: id, annotationId: randomId, body: fc.string({ maxLength: 20 }) });
    case 'review.setStatus':
      return fc.record({ planId: id, annotationId: randomId, status: fc.constantFrom('open', 'resolved', 'rejected', 'accepted') });
    case 'review.accept':
      return fc.record({ planId: id, annotationId: randomId, baseRevision: fc.integer({ min: -1, max: 5 }) });
    case 'review.delete':
      return fc.record({ planId: id, annotationId: randomId });
    case 'review.exportPackage':
      return fc.record({ planId: id, includeClosed: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['planId'] });
    case 'review.importPackage':
      return fc.record({ fileName: fc.constantFrom('a.planreview', 'x'), dataBase64: fc.oneof(fc.base64String({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify({ format: 'plan-workbench-review/v1', ...(typeof v === 'object' && v ? v : { v }) })).toString('base64'))) });
    case 'review.importWord':
      return fc.record({ planId: id, file: fc.record({ fileName: fc.constantFrom('a.docx', 'b.txt'), dataBase64: fc.base64String({ maxLength: 200 }) }) });
    case 'history.restoreNode':
      return fc.record({ planId: id, nodeId: fc.constantFrom(...nodeIds, 'n-none'), source: fc.oneof(fc.record({ seq: fc.integer({ min: 1, max: 5 }), side: fc.constantFrom('before', 'after') }), fc.record({ versionId: fc.integer({ min: 1, max: 5 }) })), baseRevision: fc.integer({ min: -1, max: 5 }) });
    case 'history.restorePlan':
      return fc.record({ planId: id, versionId: fc.integer({ min: 1, max: 5 }), baseRevision: fc.integer({ min: -1, max: 5 }) });
    case 'backup.restore':
      return fc.record({ name: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('../library.sqlite', 'library-2026.sqlite', '/etc/passwd')) });
  }
}

type Json = unknown;
interface Mutation {
  kind: 'delete' | 'replace' | 'add' | 'retype';
  pick: number;
  value: Json;
  key: string;
}

/** All [container, key] slots of a JSON value (the root excluded). */
function slots(value: Json, out: Array<[Record<string, Json> | Json[], string | number]> = []): Array<[Record<string, Json> | Json[], string | number]> {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), slots(v, out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push([value as Record<string, Json>, k]), slots(v, out));
  return out;
}

function retype(v: Json): Json {
  if (typeof v === 'string') return v.length || 1e308;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [i, x]));
  if (v && typeof v === 'object') return Object.values(v);
  return v === null ? {} : null;
}

function applyMutations(base: Json, mutations: Mutation[]): Json {
  let root: Json = structuredClone(base);
  for (const m of mutations) {
    const all = slots(root);
    if (all.length === 0 || (m.kind === 'replace' && m.pick % 7 === 0)) {
      root = m.kind === 'retype' ? retype(root) : m.value; // sometimes the whole input
      continue;
    }
    const [container, key] = all[m.pick % all.length];
    const c = container as Record<string | number, Json>;
    if (m.kind === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete c[key];
    } else if (m.kind === 'replace') c[key] = m.value;
    else if (m.kind === 'retype') c[key] = retype(c[key]);
    else if (m.kind === 'add') {
      if (Array.isArray(container)) container.push(m.value);
      // an own property, so that "__proto__" really travels in the JSON
      else Object.defineProperty(c, m.key || '__proto__', { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add', 'retype'),
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  key: fc.string({ maxLength: 8 }),
});

function inputFor(method: MethodName): fc.Arbitrary<Json> {
  const base = validInput(method);
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: base },
    { weight: 3, arbitrary: fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => applyMutations(b, ms)) },
  );
}

// ---- the property ---------------------------------------------------------------------------

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-fuzz-'));
  core = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
  bridge = await startBridge({ core, port: 0 });
  db = new Database(path.join(dataDir, 'library.sqlite'), { readonly: true, fileMustExist: true });
  const list = core.library.listPlans();
  seedIds = list.map((p) => p.id);
  const { id: _id, revision: _rev, ...doc } = core.library.getPlan(seedIds[0]) as PlanDoc & { id: string; revision?: number };
  seedDoc = doc as PlanDoc;
  nodeIds = [...walk(seedDoc.nodes)].slice(0, 20).map((w) => w.node.id);
  const seedFile = fs.readdirSync(SEEDS_DIR).sort()[2];
  seedFileBase64 = fs.readFileSync(path.join(SEEDS_DIR, seedFile)).toString('base64');
  const blank = await core.call('plan.createBlank', { title: '模糊测试用计划', district: '虹口区', period: { start: 2024, end: 2026 } });
  if (!blank.ok) throw new Error(blank.error.message);
  scratchId = (blank.result as { id: string }).id;
}, 120_000);

afterAll(async () => {
  db?.close();
  await bridge?.close();
  core?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the API through the bridge, with random input', () => {
  it('the digest sees changes (sanity check of the unchanged-library assertion)', async () => {
    const before = digest();
    const res = await post('plan.setStatus', { id: scratchId, status: 'review' });
    expect(res.ok).toBe(true);
    expect(digest()).not.toBe(before);
  });

  for (const method of METHOD_NAMES) {
    it(`${method}: every answer is a known error (library unchanged) or a valid result`, async () => {
      const seen = { ok: 0, errors: new Map<string, number>() };
      await mergesSettled();
      let state = digest();
      await fc.assert(
        fc.asyncProperty(inputFor(method), async (input) => {
          const res = await post(method, input);
          expect(typeof res).toBe('object');
          if (res.ok === true) {
            const parsed = METHODS[method].output.safeParse(res.result);
            expect(parsed.success, `${method} result does not match its output schema: ${parsed.error?.message.slice(0, 300)}`).toBe(true);
            seen.ok++;
            // a successful call may change the library (also a read like compare.similar, which
            // stores the vectors it computed)
            await mergesSettled();
            state = digest();
          } else {
            expect(res.ok).toBe(false);
            expect(res.error).toBeTypeOf('object');
            expect(KNOWN_CODES.has(res.error.code), `${method}: unexpected error code ${res.error.code}: ${res.error.message}`).toBe(true);
            expect(res.error.message).toBeTypeOf('string');
            expect(res.error.message.length).toBeGreaterThan(0);
            seen.errors.set(res.error.code, (seen.errors.get(res.error.code) ?? 0) + 1);
            await mergesSettled(); // (none was pending before the call: a failed call must not have started any)
            expect(digest(), `${method}: the library changed although the call failed (${res.error.code})`).toBe(state);
          }
        }),
        { numRuns: RUNS_PER_METHOD, endOnFailure: true },
      );
      console.log(`${method}: ${seen.ok} ok, errors ${JSON.stringify(Object.fromEntries(seen.errors))}`);
      // The bridge is still up.
      const info = await post('app.info', {});
      expect(info.ok).toBe(true);
      expect(seen.ok + [...seen.errors.values()].reduce((a, b) => a + b, 0)).toBe(RUNS_PER_METHOD);
    }, 120_000);
  }

  it('compare.similar for a missing plan does not bring the stored vectors up to date (found by this test)', async () => {
    // a new plan makes the vectors stale; the failing call must not refresh them
    const created = await post('plan.createBlank', { title: '向量待更新', district: '虹口区', period: { start: 2024, end: 2026 } });
    expect(created.ok).toBe(true);
    const before = digest();
    const res = await post('compare.similar', { planId: 'p_missing' });
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(digest()).toBe(before);
    // …a valid call does refresh them
    expect((await post('compare.similar', { planId: scratchId })).ok).toBe(true);
    expect(digest()).not.toBe(before);
  });

  it('non-JSON bodies are a typed error too', async () => {
    const before = digest();
    for (const body of ['', '{', 'undefined', '\u0000', '{"id":1,}', 'NaN']) {
      const res = await fetch(`${bridge.url}api/plan.delete`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body });
      const env = (await res.json()) as Envelope<unknown>;
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.code).toBe('invalid-json');
    }
    expect(digest()).toBe(before);
  });
});
