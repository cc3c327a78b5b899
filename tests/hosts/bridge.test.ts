/**
 * The HTTP bridge: a contract test (every method in METHODS gives the same result over HTTP as
 * through core.call), the token / Origin / Host checks, body limits, and the static file server.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, METHOD_NAMES, type Envelope, type Input, type MethodName } from '../../shared/api/contract.js';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { sessionCookieName, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/bridge/server.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');

const tempDir = tempDirs('pw-bridge-');

function openCore(dataDir: string): Promise<Core> {
  return createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
}

/** A raw HTTP request (no URL normalisation, any Host/Origin header). */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function post(bridge: Bridge, method: string, input: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token, ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, headers: res.headers, env: (await res.json()) as Envelope<unknown> };
}

// ---------------------------------------------------------------------------------------------
// The contract test. Two libraries with identical content (the second a file copy of the first,
// so plan ids match): one served over HTTP, one called directly; the same sequence of calls must
// give the same envelopes on both, apart from newly created ids and timestamps.

interface Ctx {
  seedId: string;
  otherSeedId: string;
  /** A seed put in the trash before the run (in both libraries), for plan.purge. */
  trashedId: string;
  seedDoc: PlanDoc;
  seedFileBase64: string;
  /** Ids created by earlier calls in this run, on this side. */
  created: string[];
  /** Annotations made by review.add on this side. */
  annotations: string[];
  dataDir: string;
  /** The stored revision of a plan on this side (for baseRevision). */
  rev: (id: string) => number;
  /** A Word file exported from the seed (no comments). */
  docxBase64: string;
}

/** A node of the seed with a body long enough to quote. */
const quotable = (c: Ctx) => {
  const n = [...walk(c.seedDoc.nodes)].find(({ node }) => node.body.length >= 20)!.node;
  return { nodeId: n.id, field: 'body' as const, start: 2, end: 8, quote: n.body.slice(2, 8) };
};

/** Valid inputs for every method, in the order they run. Typed: a method missing here does not compile. */
const VALID: { [K in MethodName]: (ctx: Ctx) => Input<K> } = {
  'app.info': () => ({}),
  'library.list': () => ({}),
  'library.search': () => ({ query: '养老 服务', filters: { district: '杨浦区', limit: 20 } }),
  'library.departments': () => ({}),
  'library.opened': (c) => ({ id: c.seedId }),
  'library.recent': () => ({}),
  'library.setSort': () => ({ sort: 'period' }),
  'library.sort': () => ({}),
  'plan.importPreview': (c) => ({ fileName: '杨浦区.txt', dataBase64: c.seedFileBase64, jobId: 'contract-job' }),
  // nothing running under this id by now: { cancelled: false } on both sides
  'plan.importCancel': () => ({ jobId: 'contract-job' }),
  'plan.importCommit': (c) => ({ doc: c.seedDoc, status: 'draft' }),
  'plan.get': (c) => ({ id: c.seedId }),
  'plan.save': (c) => ({ id: c.created[0], doc: { ...c.seedDoc, meta: { ...c.seedDoc.meta, title: '改过的标题' } }, baseRevision: 1 }),
  'plan.delete': (c) => ({ id: c.otherSeedId }),
  'plan.restore': (c) => ({ id: c.otherSeedId }),
  'plan.purge': (c) => ({ id: c.trashedId }),
  'trash.list': () => ({}),
  'trash.setDays': () => ({ days: 30 }),
  'plan.duplicate': (c) => ({ id: c.created[0] }),
  'plan.setStatus': (c) => ({ id: c.created[0], status: 'review' }),
  'plan.createFromTemplate': (c) => ({ templateId: c.seedId, district: '虹口区', period: { start: 2024, end: 2026 }, mode: 'full' }),
  'plan.createBlank': () => ({ title: '空白计划', district: '虹口区', period: { start: 2024, end: 2026 } }),
  'export.docx': (c) => ({ id: c.seedId, options: { cover: true, annexes: true, comments: [{ nodeId: c.seedDoc.nodes[0].id, author: '审核', date: '2016-07-01', text: '请核对' }] } }),
  'export.markdown': (c) => ({ id: c.seedId }),
  // needs LibreOffice (installed by .ci/run); the small blank plan keeps the two conversions short
  'export.pdf': (c) => ({ id: c.created[3] }),
  // LibreOffice and pdftoppm again, on the small blank plan
  'export.preview': (c) => ({ id: c.created[3] }),
  'export.capabilities': () => ({}),
  // nothing running under this id: { cancelled: false } on both sides
  'export.cancel': () => ({ jobId: 'contract-export' }),
  'versions.list': (c) => ({ planId: c.created[0] }),
  'versions.create': (c) => ({ planId: c.created[0], name: '送审稿' }),
  'versions.get': (c) => ({ planId: c.created[0], versionId: 1 }),
  'compare.plans': (c) => ({ leftId: c.seedId, rightId: c.created[0] }),
  'compare.versions': (c) => ({ planId: c.created[0], fromVersionId: 1, toVersionId: 'current' }),
  'compare.pins.set': (c) => ({ leftId: c.seedId, rightId: c.created[0], pins: [{ left: c.seedDoc.nodes[0].id, right: c.seedDoc.nodes[1].id, mode: 'pin' }] }),
  // the blank plan: matches in the template copy (created[2]) would carry its random node ids
  'compare.similar': (c) => ({ planId: c.created[3], perTask: 3 }),
  'prefs.get': () => ({}),
  'prefs.set': () => ({ identity: { name: '张审核', department: '区发展改革委' } }),
  'review.list': (c) => ({ planId: c.created[0] }),
  'review.add': (c) => ({ planId: c.created[0], kind: 'suggestion', anchor: quotable(c), body: '措辞', replacement: '建议的文字' }),
  'review.reply': (c) => ({ planId: c.created[0], annotationId: c.annotations[0], body: '同意' }),
  'review.edit': (c) => ({ planId: c.created[0], annotationId: c.annotations[0], body: '措辞更准确', replacement: '更好的文字' }),
  'review.setStatus': (c) => ({ planId: c.created[0], annotationId: c.annotations[0], status: 'open' }),
  'review.accept': (c) => ({ planId: c.created[0], annotationId: c.annotations[0], baseRevision: c.rev(c.created[0]) }),
  'review.delete': (c) => ({ planId: c.created[0], annotationId: c.annotations[0] }),
  'review.submit': (c) => ({ planId: c.created[0], name: '征求意见' }),
  'review.close': (c) => ({ planId: c.created[0] }),
  'review.rounds': (c) => ({ planId: c.created[0] }),
  'review.exportPackage': (c) => ({ planId: c.created[0], includeClosed: true }),
  'review.importPackage': (c) => ({
    fileName: '审阅包.planreview',
    dataBase64: Buffer.from(JSON.stringify({
      format: 'plan-workbench-review/v1', exportedAt: '2026-11-20T08:00:00.000Z', exportedBy: { name: '李', department: '' },
      planId: c.created[0], revision: 1, round: null, plan: { ...c.seedDoc, id: c.created[0] }, annotations: [],
    })).toString('base64'),
  }),
  'review.importWord': (c) => ({ planId: c.created[0], file: { fileName: '杨浦区.docx', dataBase64: c.docxBase64 } }),
  'history.list': (c) => ({ planId: c.created[0] }),
  'history.restoreNode': (c) => ({ planId: c.created[0], nodeId: quotable(c).nodeId, source: { versionId: 1 }, baseRevision: c.rev(c.created[0]) }),
  'history.restorePlan': (c) => ({ planId: c.created[0], versionId: 1, baseRevision: c.rev(c.created[0]) }),
  // empty in a library that was never served (the office server writes it): the same [] on both sides
  'audit.list': (c) => ({ planId: c.created[0] }),
  'backup.list': () => ({}),
  'backup.create': () => ({}),
  // the backup backup.create just wrote on this side (names carry the time, normalised below)
  'backup.restore': (c) => ({ name: fs.readdirSync(path.join(c.dataDir, 'backups')).filter((n) => n.endsWith('-manual.sqlite')).sort().pop()! }),
};

/** Methods that create a plan and return { id }. */
const CREATES = new Set<MethodName>(['plan.importCommit', 'plan.duplicate', 'plan.createFromTemplate', 'plan.createBlank']);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Backup file names carry the time they were taken: library-20250301T093000123Z-v4-manual.sqlite */
const BACKUP_TIME = /^library-\d{8}T\d{9}Z-/;

/** Replace what legitimately differs between the two sides: new ids, timestamps, the data folder. */
function normalise(value: unknown, side: { created: string[]; dataDir: string }): unknown {
  const { created } = side;
  return JSON.parse(JSON.stringify(value), (k, v) => {
    if (k === 'bytes' && typeof v === 'number') return '<bytes>'; // a backup's file size depends on page allocation order
    if (typeof v !== 'string') return v;
    if (ISO_TIME.test(v)) return '<time>';
    if (/^[ar]_[A-Za-z0-9_-]{12}$/.test(v)) return '<review-id>';
    if (BACKUP_TIME.test(v)) return v.replace(BACKUP_TIME, 'library-<time>-');
    if (v === side.dataDir) return '<dataDir>';
    const i = created.indexOf(v);
    return i >= 0 ? `<created#${i}>` : v;
  });
}

describe('contract: HTTP gives the same results as core.call', () => {
  let httpCore: Core;
  let directCore: Core;
  let bridge: Bridge;
  let base: Omit<Ctx, 'created' | 'dataDir' | 'annotations' | 'rev'>;
  let dirA: string;
  let dirB: string;

  beforeAll(async () => {
    const a = (dirA = tempDir());
    const first = await openCore(a);
    const trashedId = first.library.listPlans().find((p) => p.district === '浦东新区')!.id;
    first.library.trashPlan(trashedId);
    first.close();
    const b = (dirB = tempDir());
    for (const f of fs.readdirSync(a)) fs.copyFileSync(path.join(a, f), path.join(b, f));
    httpCore = await openCore(a);
    directCore = await openCore(b);
    bridge = await startBridge({ core: httpCore, port: 0 });
    const list = httpCore.library.listPlans();
    const yp = list.find((p) => p.district === '杨浦区')!;
    const { id: _id, ...seedDoc } = httpCore.library.getPlan(yp.id);
    const seedFile = fs.readdirSync(SEEDS_DIR).sort()[2];
    base = {
      seedId: yp.id,
      otherSeedId: list.find((p) => p.district === '奉贤区')!.id,
      trashedId,
      seedDoc,
      seedFileBase64: fs.readFileSync(path.join(SEEDS_DIR, seedFile)).toString('base64'),
      docxBase64: ((await httpCore.call('export.docx', { id: yp.id })) as { result: { dataBase64: string } }).result.dataBase64,
    };
  });
  afterAll(async () => {
    await bridge.close();
    httpCore.close();
    directCore.close();
  });

  it('both libraries start identical', async () => {
    expect(await post(bridge, 'library.list', {}).then((r) => r.env)).toEqual(await directCore.call('library.list', {}));
  });

  it('has a valid input for every method in METHODS', () => {
    expect(METHOD_NAMES.filter((m) => !(m in VALID))).toEqual([]);
    expect(Object.keys(VALID).filter((m) => !(m in METHODS))).toEqual([]);
  });

  it('every method, in order, gives the same envelope over HTTP and directly', async () => {
    const ctxHttp: Ctx = { ...base, created: [], annotations: [], dataDir: dirA, rev: (id) => httpCore.library.revisionOf(id) };
    const ctxDirect: Ctx = { ...base, created: [], annotations: [], dataDir: dirB, rev: (id) => directCore.library.revisionOf(id) };
    for (const method of METHOD_NAMES) {
      const make = VALID[method] as (c: Ctx) => unknown;
      const viaHttp = await post(bridge, method, make(ctxHttp));
      const direct = await directCore.call(method, make(ctxDirect));
      expect(direct.ok ? null : direct.error, method).toBeNull();
      expect(METHODS[method].output.safeParse((direct as { result: unknown }).result).success, `${method} output schema`).toBe(true);
      expect(viaHttp.status).toBe(200);
      if (CREATES.has(method) && viaHttp.env.ok && direct.ok) {
        ctxHttp.created.push((viaHttp.env.result as { id: string }).id);
        ctxDirect.created.push((direct.result as { id: string }).id);
      }
      if (method === 'review.add' && viaHttp.env.ok && direct.ok) {
        ctxHttp.annotations.push((viaHttp.env.result as { id: string }).id);
        ctxDirect.annotations.push((direct.result as { id: string }).id);
      }
      // A review package carries ids and times inside its base64 JSON: compare it decoded.
      const open = (env: unknown) =>
        method === 'review.exportPackage' && (env as { ok: boolean }).ok
          ? { ...(env as object), result: { ...(env as { result: object }).result, dataBase64: JSON.parse(Buffer.from((env as { result: { dataBase64: string } }).result.dataBase64, 'base64').toString('utf8')) } }
          : env;
      expect(normalise(open(viaHttp.env), ctxHttp), method).toEqual(normalise(open(direct), ctxDirect));
    }
    // And the libraries end up the same.
    const [h, d] = [await post(bridge, 'library.list', {}), await directCore.call('library.list', {})];
    expect(normalise(h.env, ctxHttp)).toEqual(normalise(d, ctxDirect));
  }, 120_000); // export.pdf runs LibreOffice twice

  it('errors travel the same way: invalid input, unknown method, not found', async () => {
    for (const method of METHOD_NAMES) {
      const viaHttp = await post(bridge, method, { bogus: true });
      expect(viaHttp.env).toEqual(await directCore.call(method, { bogus: true }));
      expect(viaHttp.env.ok).toBe(false);
      expect(viaHttp.status).toBe(400);
    }
    const unknown = await post(bridge, 'plan.nope', {});
    expect(unknown.env).toEqual(await directCore.call('plan.nope', {}));
    expect(unknown.status).toBe(404);
    const missing = await post(bridge, 'plan.get', { id: 'p_missing' });
    expect(missing.env).toEqual(await directCore.call('plan.get', { id: 'p_missing' }));
    expect(missing.status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------

describe('bridge security and static files', () => {
  let core: Core;
  let bridge: Bridge;
  let www: string;
  let root: string;
  const SECRET = 'TOP-SECRET-CONTENT-8c1f';
  const INDEX = '<!doctype html><html><head><meta charset="utf-8"><title>规划工作台</title></head><body><div id="app"></div></body></html>';

  beforeAll(async () => {
    root = tempDir();
    www = path.join(root, 'www');
    fs.mkdirSync(path.join(www, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(www, 'index.html'), INDEX);
    fs.writeFileSync(path.join(www, 'assets', 'app.js'), 'console.log("app")');
    fs.writeFileSync(path.join(www, 'assets', 'app.css'), 'body{}');
    fs.writeFileSync(path.join(www, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    fs.writeFileSync(path.join(www, '.env'), SECRET);
    fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
    fs.writeFileSync(path.join(root, 'www-evil.txt'), SECRET); // sibling whose name starts with the root's name
    try {
      fs.symlinkSync(path.join(root, 'secret.txt'), path.join(www, 'assets', 'link.txt'));
    } catch {
      /* no symlinks on this system */
    }
    core = await openCore(tempDir());
    bridge = await startBridge({ core, port: 0, staticDir: www });
  });
  afterAll(async () => {
    await bridge.close();
    core.close();
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
    expect(bridge.url).not.toContain(bridge.token);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
      .map((i) => i.address);
    for (const address of [...others, '::1']) {
      const reached = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: address, port: bridge.port, timeout: 2000 });
        s.on('connect', () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
        s.on('timeout', () => {
          s.destroy();
          resolve(false);
        });
      });
      expect(reached, address).toBe(false);
    }
  });

  it('makes a new random token per start', async () => {
    const other = await startBridge({ core, port: 0 });
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(bridge.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(other.token).not.toBe(bridge.token);
      expect(other.port).not.toBe(bridge.port);
    } finally {
      await other.close();
    }
  });

  it('refuses API calls without the right token (401)', async () => {
    const variants: Array<Record<string, string>> = [{}, { [TOKEN_HEADER]: '' }, { [TOKEN_HEADER]: 'wrong' }, { [TOKEN_HEADER]: bridge.token + 'x' }];
    for (const headers of variants) {
      const res = await request(bridge.port, { method: 'POST', path: '/api/library.list', headers: { host: `127.0.0.1:${bridge.port}`, ...headers }, body: '{}' });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const good = await post(bridge, 'library.list', {});
    expect(good.status).toBe(200);
    expect(good.env.ok).toBe(true);
  });

  it('refuses other origins (403) and sends no CORS headers', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${bridge.port + 1}`, `https://127.0.0.1:${bridge.port}`, `http://127.0.0.1:${bridge.port}.evil.example`]) {
      const res = await post(bridge, 'library.list', {}, { origin });
      expect(res.status, origin).toBe(403);
      expect(res.env).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const preflight = await request(bridge.port, { method: 'OPTIONS', path: '/api/library.list', headers: { origin: 'http://evil.example' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    for (const origin of [`http://127.0.0.1:${bridge.port}`, `http://localhost:${bridge.port}`]) {
      const res = await post(bridge, 'library.list', {}, { origin });
      expect(res.status, origin).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses foreign Host headers (DNS rebinding), even for the page and the launch link', async () => {
    for (const host of ['evil.example', `evil.example:${bridge.port}`, `127.0.0.1.nip.io:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`]) {
      const page = await request(bridge.port, { path: '/', headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.text).not.toContain(bridge.token);
      const api = await request(bridge.port, { method: 'POST', path: '/api/library.list', headers: { host, [TOKEN_HEADER]: bridge.token }, body: '{}' });
      expect(api.status, host).toBe(403);
    }
    const local = await request(bridge.port, { path: '/', headers: { host: `localhost:${bridge.port}`, cookie: `${sessionCookieName(bridge.port)}=${bridge.token}` } });
    expect(local.status).toBe(200);
  });

  it('answers non-JSON with 400 invalid-json, GET on the API with 405, and too large bodies with 413', async () => {
    const h = { host: `127.0.0.1:${bridge.port}`, [TOKEN_HEADER]: bridge.token };
    for (const body of ['', 'not json', '{"a":', '\u0000']) {
      const res = await request(bridge.port, { method: 'POST', path: '/api/library.list', headers: h, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    }
    const get = await request(bridge.port, { path: '/api/library.list', headers: h });
    expect(get.status).toBe(405);

    const small = await startBridge({ core, port: 0, maxBodyBytes: 1000 });
    try {
      const hs = { host: `127.0.0.1:${small.port}`, [TOKEN_HEADER]: small.token };
      const ok = await request(small.port, { method: 'POST', path: '/api/library.search', headers: hs, body: JSON.stringify({ query: '养老' }) });
      expect(ok.status).toBe(200);
      const big = JSON.stringify({ query: 'x'.repeat(5000) });
      const res = await request(small.port, { method: 'POST', path: '/api/library.search', headers: hs, body: big });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
      // Chunked (no Content-Length): cut off while streaming.
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: small.port, method: 'POST', path: '/api/library.search', headers: { ...hs, 'transfer-encoding': 'chunked' }, agent: false }, (r) => {
          r.resume();
          resolve(r.statusCode!);
        });
        req.on('error', reject);
        for (let i = 0; i < 10; i++) req.write('x'.repeat(500));
        req.end();
      });
      expect(chunked).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('the default body limit admits a maximal import file', async () => {
    const res = await post(bridge, 'plan.importPreview', { fileName: 'big.txt', dataBase64: Buffer.alloc(20 * 1024 * 1024 + 3, 0x61).toString('base64') });
    expect(res.env).toMatchObject({ ok: false, error: { code: 'too-large' } }); // the core's limit, not the HTTP one
  });

  it('serves index.html (without any token in it) to the session cookie, for / and for app routes', async () => {
    const cookie = `${sessionCookieName(bridge.port)}=${bridge.token}`;
    for (const p of ['/', '/index.html', '/plans/p_abc', '/compare?a=1&b=2', '/assets', '/assets/']) {
      const res = await request(bridge.port, { path: p, headers: { host: `127.0.0.1:${bridge.port}`, cookie } });
      expect(res.status, p).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.text).not.toContain(bridge.token);
      expect(res.text).toContain('<div id="app"></div>');
    }
  });

  it('GET / hands the session token to no one: without the cookie the page is refused and nothing carries the token', async () => {
    for (const p of ['/', '/index.html', '/plans/p_abc']) {
      const res = await request(bridge.port, { path: p, headers: { host: `127.0.0.1:${bridge.port}` } });
      expect(res.status, p).toBe(401);
      expect(res.text).not.toContain(bridge.token);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const api = await request(bridge.port, { method: 'POST', path: '/api/app.info', headers: { host: `127.0.0.1:${bridge.port}` }, body: '{}' });
    expect(api.status).toBe(401);
  });

  it('the one-time launch URL sets an HttpOnly SameSite=Strict session cookie, once; the cookie opens the page and the API', async () => {
    const own = await startBridge({ core, port: 0, staticDir: www });
    try {
      const host = `127.0.0.1:${own.port}`;
      expect(own.launchUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${own.port}/\\?launch=[A-Za-z0-9_-]{32}$`));
      expect(own.launchUrl).not.toContain(own.token);
      const launchPath = new URL(own.launchUrl).pathname + new URL(own.launchUrl).search;
      const wrong = await request(own.port, { path: '/?launch=wrong', headers: { host } });
      expect(wrong.status).toBe(403);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const first = await request(own.port, { path: launchPath, headers: { host } });
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe('/');
      const setCookie = first.headers['set-cookie']![0];
      expect(setCookie).toBe(`${sessionCookieName(own.port)}=${own.token}; HttpOnly; SameSite=Strict; Path=/`);
      // Once only: a second process that got hold of the link (ps, history) gets nothing.
      const again = await request(own.port, { path: launchPath, headers: { host } });
      expect(again.status).toBe(403);
      expect(again.headers['set-cookie']).toBeUndefined();
      const cookie = setCookie.split(';')[0];
      const page = await request(own.port, { path: '/', headers: { host, cookie } });
      expect(page.status).toBe(200);
      const api = await request(own.port, { method: 'POST', path: '/api/app.info', headers: { host, cookie, 'content-type': 'application/json' }, body: '{}' });
      expect(api.status).toBe(200);
      expect(JSON.parse(api.text)).toMatchObject({ ok: true, result: { host: 'test' } });
      // The cookie does not open another server's session (another port, another token).
      const wrongCookie = await request(own.port, { method: 'POST', path: '/api/app.info', headers: { host, cookie: `${sessionCookieName(own.port)}=${bridge.token}` }, body: '{}' });
      expect(wrongCookie.status).toBe(401);
    } finally {
      await own.close();
    }
  });

  it('serves assets with their content types; missing files are 404, not the app', async () => {
    const cases: Array<[string, string, string]> = [
      ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log("app")'],
      ['/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
      ['/assets/font.woff2', 'font/woff2', 'wOF2'],
    ];
    for (const [p, type, body] of cases) {
      const res = await request(bridge.port, { path: p, headers: { host: `127.0.0.1:${bridge.port}` } });
      expect(res.status, p).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.text).toBe(body);
    }
    const head = await request(bridge.port, { method: 'HEAD', path: '/assets/app.js', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log("app")'.length));
    expect(head.text).toBe('');
    const missing = await request(bridge.port, { path: '/assets/missing.js', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(missing.status).toBe(404);
    const post = await request(bridge.port, { method: 'POST', path: '/index.html', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(post.status).toBe(405);
  });

  it('refuses path traversal, absolute paths, dotfiles and symlinks out of the build', async () => {
    const abs = path.join(root, 'secret.txt');
    const attempts: Array<[string, number[]]> = [
      ['/..%2fsecret.txt', [403]],
      ['/..%2f..%2f..%2f..%2fetc%2fpasswd', [403]],
      ['/assets/..%2f..%2fsecret.txt', [403]],
      ['/%2e%2e/secret.txt', [403]],
      ['/%2e%2e%2fsecret.txt', [403]],
      ['/..%5csecret.txt', [403]],
      ['/assets%5c..%5c..%5csecret.txt', [403]],
      ['/../secret.txt', [403]],
      ['/assets/../../secret.txt', [403]],
      ['/..%2fwww-evil.txt', [403]],
      ['/' + encodeURIComponent(abs), [404]], // resolved inside the build: no such file
      ['//' + abs.replace(/^\//, ''), [404]],
      ['/%00/secret.txt', [400]],
      ['/%E0%A4%A', [400]],
      ['/.env', [404]],
      ['/%2eenv', [404]],
      ['/assets/link.txt', [403]],
    ];
    for (const [p, statuses] of attempts) {
      const res = await request(bridge.port, { path: p, headers: { host: `127.0.0.1:${bridge.port}` } });
      expect(statuses, `${p} → ${res.status}`).toContain(res.status);
      expect(res.text, p).not.toContain(SECRET);
    }
  });

  it('without a renderer build, GET answers 404 and the API still works', async () => {
    const bare = await startBridge({ core, port: 0 });
    try {
      const res = await request(bare.port, { path: '/', headers: { host: `127.0.0.1:${bare.port}` } });
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(bare.token);
      expect((await post(bare, 'app.info', {})).env.ok).toBe(true);
    } finally {
      await bare.close();
    }
  });
});

