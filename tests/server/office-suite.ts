/**
 * The office server (electron/server/): real HTTP on 127.0.0.1 over a temporary library with the seeds, five
 * accounts (admin; planners of 杨浦区 and 静安区; a reviewer of 杨浦区; a clerk), and a clock the tests move.
 * Each refusal is checked together with the library it must leave unchanged.
 *
 * One suite, run on both storages (`plan-workbench serve --data-dir` and `--db postgres://`): server.test.ts
 * (SQLite) and server-postgres.test.ts (a real PostgreSQL in a temporary folder, tests/helpers/postgres.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope, StoredPlan } from '../../shared/api/contract.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { DB_FILE_NAME } from '../../electron/core/db.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { tempDirs } from '../helpers/temp.js';
import { openEventStream, type EventStream } from './event-stream.js';
import type { PgCluster } from '../helpers/postgres.js';

export type Engine = 'sqlite' | 'postgres';

/** The suite on one storage; `pg` gives the PostgreSQL cluster the file started (postgres only). */
export function officeSuite(engine: Engine, pg: () => PgCluster = () => { throw new Error('no PostgreSQL cluster'); }): void {
  const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
  const tempDir = tempDirs('pw-server-');

  const PW = {
    admin: 'admin-pass-一二三四',
    yang: 'yangpu-planner-pw-7',
    jing: 'jingan-planner-pw-8',
    rev: 'reviewer-yangpu-pw9',
    clerk: 'clerk-export-pw-10',
  };

  let core: Core;
  let server: OfficeServer;
  let dataDir: string;
  let clock = new Date('2026-12-01T08:00:00Z').getTime();
  const logged: string[] = [];

  interface Answer {
    status: number;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read both shapes
    env: any;
    headers: Headers;
  }

  /** A browser-like client: keeps the session cookie and the CSRF token. */
  class Client {
    cookie = '';
    csrf = '';
    async login(username: string, password: string): Promise<Answer> {
      const a = await this.raw('auth.login', { username, password }, { csrf: false });
      const set = a.headers.get('set-cookie');
      if (a.env.ok && set) {
        this.cookie = set.split(';')[0];
        this.csrf = a.env.result.csrf;
      }
      return a;
    }
    async raw(method: string, input: unknown, o: { csrf?: boolean | string; origin?: string } = {}): Promise<Answer> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (this.cookie) headers.cookie = this.cookie;
      if (o.csrf !== false) headers[CSRF_HEADER] = typeof o.csrf === 'string' ? o.csrf : this.csrf;
      if (o.origin) headers.origin = o.origin;
      const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
      return { status: res.status, env: (await res.json()) as Envelope<unknown>, headers: res.headers };
    }
    /** The result, or throws with the error. */
    async call<T = any>(method: string, input: unknown): Promise<T> {
      const a = await this.raw(method, input);
      if (!a.env.ok) throw new Error(`${method}: ${a.env.error.code} ${a.env.error.message}`);
      return a.env.result as T;
    }
  }

  const admin = new Client();
  const yang = new Client(); // planner, 杨浦区
  const jing = new Client(); // planner, 静安区
  const rev = new Client(); // reviewer, 杨浦区
  const clerk = new Client();
  let draftId: string; // 杨浦区 planner's draft
  const UNIQUE = '量子养老机器人试点';

  /** The stored state of a plan, to prove a refusal changed nothing. */
  const planState = async (id: string) => JSON.stringify(await core.db.plans.getStored(id));

  function rawRequest(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(opts.body);
    });
  }

  beforeAll(async () => {
    dataDir = tempDir();
    vi.spyOn(console, 'log').mockImplementation((...a) => void logged.push(a.map(String).join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void logged.push(a.map(String).join(' ')));
    const postgres = engine === 'postgres' ? await pg().createDatabase('office') : undefined;
    core = await createCore({ dataDir, postgres, seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => logged.push(`${m} ${String(e)}`) });
    expect(core.db.kind).toBe(engine);
    server = await startOfficeServer({ core, port: 0, now: () => new Date(clock), limits: { perAccount: 3, perAddress: 1000, lockMs: 60_000 } });
    const acc = server.accounts;
    await acc.add({ username: 'admin', role: 'admin', password: PW.admin, displayName: '管理员' });
    await acc.add({ username: 'yang', role: 'planner', district: '杨浦区', password: PW.yang, displayName: '杨规划' });
    await acc.add({ username: 'jing', role: 'planner', district: '静安区', password: PW.jing, displayName: '静规划' });
    await acc.add({ username: 'rev', role: 'reviewer', district: '杨浦区', password: PW.rev, displayName: '杨审核' });
    await acc.add({ username: 'clerk', role: 'clerk', district: '杨浦区', password: PW.clerk, displayName: '文书甲' });
    for (const [c, u, p] of [[admin, 'admin', PW.admin], [yang, 'yang', PW.yang], [jing, 'jing', PW.jing], [rev, 'rev', PW.rev], [clerk, 'clerk', PW.clerk]] as const) {
      const a = await c.login(u, p);
      expect(a.env.ok, u).toBe(true);
    }
    // The 杨浦区 planner's draft, with a phrase found nowhere else in the library.
    draftId = (await yang.call('plan.createBlank', { title: '杨浦区测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
    const plan = await yang.call<StoredPlan>('plan.get', { id: draftId });
    const { id: _i, revision, ...doc } = plan;
    doc.nodes[0].heading = UNIQUE;
    await yang.call('plan.save', { id: draftId, doc, baseRevision: revision });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    core?.close();
    vi.restoreAllMocks();
  });

  describe('login, sessions, CSRF', () => {
    it('login sets an HttpOnly, SameSite=Strict session cookie and answers the account and a CSRF token', async () => {
      const c = new Client();
      const a = await c.login('yang', PW.yang);
      expect(a.status).toBe(200);
      expect(a.env.result.user).toEqual({ username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false });
      expect(a.env.result.csrf).toMatch(/^[A-Za-z0-9_-]{32}$/);
      // and its id (how the page tells its own saves from a colleague's: PlanEvent.by.userId, details.savedByUserId)
      expect(a.env.result.userId).toBe((await server.accounts.get('yang')).id);
      expect(a.env.result.userId).not.toBe((await server.accounts.get('jing')).id);
      const set = a.headers.get('set-cookie')!;
      // named by the library's own id (every server process of the library sends and reads the same name), not the port
      expect(server.cookieName).toMatch(/^pw_office_[0-9a-f]{12}$/);
      expect(set).toMatch(new RegExp(`^${server.cookieName}=[A-Za-z0-9_-]{43};`));
      expect(set).toContain('HttpOnly');
      expect(set).toContain('SameSite=Strict');
      expect(set).not.toContain('Secure'); // plain http on loopback; secureCookies adds it
      // auth.me needs the cookie only (a reloaded page learns its CSRF token there)
      const me = await c.raw('auth.me', {}, { csrf: false });
      expect(me.env).toEqual({ ok: true, result: { user: a.env.result.user, userId: a.env.result.userId, csrf: c.csrf, methods: a.env.result.methods } });
    });

    it('a wrong password and an unknown user get the same one-line answer, and no cookie', async () => {
      const c = new Client();
      const wrong = await c.login('jing', 'not-the-password');
      const nobody = await c.login('nobody', 'not-the-password');
      for (const a of [wrong, nobody]) {
        expect(a.status).toBe(401);
        expect(a.env).toMatchObject({ ok: false, error: { code: 'unauthorized', message: '用户名或密码错误' } });
        expect(a.headers.get('set-cookie')).toBeNull();
      }
    });

    it('a call without a session, or with a made-up one, is 401 and changes nothing', async () => {
      const before = await planState(draftId);
      const none = new Client();
      const a = await none.raw('plan.get', { id: draftId });
      expect(a.status).toBe(401);
      expect(a.env).toMatchObject({ ok: false, error: { code: 'unauthorized', message: '请先登录' } });
      const fake = new Client();
      fake.cookie = `${server.cookieName}=${'A'.repeat(43)}`;
      fake.csrf = yang.csrf;
      const b = await fake.raw('plan.delete', { id: draftId });
      expect(b.status).toBe(401);
      expect(await planState(draftId)).toBe(before);
    });

    it('a changing call without the CSRF token, with a wrong one, or from another origin is 403 and the library is unchanged', async () => {
      const before = await planState(draftId);
      const plan = await yang.call<StoredPlan>('plan.get', { id: draftId });
      const { id: _i, revision, ...doc } = plan;
      const changed = { ...doc, meta: { ...doc.meta, title: '被篡改的标题' } };
      const noToken = await yang.raw('plan.save', { id: draftId, doc: changed, baseRevision: revision }, { csrf: false });
      expect(noToken.status).toBe(403);
      expect(noToken.env).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(noToken.env.error.message).toMatch(/安全令牌/);
      const wrongToken = await yang.raw('plan.save', { id: draftId, doc: changed, baseRevision: revision }, { csrf: rev.csrf });
      expect(wrongToken.status).toBe(403);
      const crossSite = await yang.raw('plan.delete', { id: draftId }, { origin: 'http://evil.example' });
      expect(crossSite.status).toBe(403);
      expect(await planState(draftId)).toBe(before);
    });

    it('a Host that is not this server is refused (DNS rebinding), also for the login', async () => {
      const r = await rawRequest({ path: '/api/auth.login', method: 'POST', headers: { host: `evil.example:${server.port}`, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'yang', password: PW.yang }) });
      expect(r.status).toBe(403);
      expect(r.text).toContain('主机名不符');
    });

    it('bound to all interfaces (the LAN): the machine’s own name is a valid Host, a foreign one is not, and nothing answers without a login', async () => {
      const lan = await startOfficeServer({ core, host: '0.0.0.0', port: 0 });
      try {
        const ask = (host: string, path = '/api/library.list') =>
          new Promise<number>((resolve, reject) => {
            const req = http.request({ host: '127.0.0.1', port: lan.port, method: 'POST', path, headers: { host: `${host}:${lan.port}`, 'content-type': 'application/json' }, agent: false }, (res) => {
              res.resume();
              resolve(res.statusCode!);
            });
            req.on('error', reject);
            req.end('{}');
          });
        expect(await ask(os.hostname().toLowerCase())).toBe(401); // reaches the server: no session, no answer
        expect(await ask('evil.example')).toBe(403);
        expect(lan.url).toBe(`http://${os.hostname()}:${lan.port}/`);
      } finally {
        await lan.close();
      }
    });

    it('rate limiting: after 3 failures the account is locked even for the right password, with back-off', async () => {
      const c = new Client();
      for (let i = 0; i < 3; i++) expect((await c.login('clerk', 'guess-' + i)).status).toBe(401);
      const locked = await c.login('clerk', PW.clerk);
      expect(locked.status).toBe(429);
      expect(locked.env).toMatchObject({ ok: false, error: { code: 'rate-limited', message: '登录尝试次数过多,请 1 分钟后再试。' } });
      expect(locked.headers.get('retry-after')).toBe('60');
      expect(locked.headers.get('set-cookie')).toBeNull();
      clock += 61_000;
      expect((await c.login('clerk', PW.clerk)).status).toBe(200); // the lock is over; success clears the count
      for (let i = 0; i < 3; i++) await c.login('clerk', 'guess-again-' + i);
      // the count was cleared, so this is the second lock of the key: twice as long
      const again = await c.login('clerk', PW.clerk);
      expect(again.status).toBe(429);
      expect(again.env.error.message).toBe('登录尝试次数过多,请 2 分钟后再试。');
      clock += 121_000;
      expect((await c.login('clerk', PW.clerk)).status).toBe(200);
    });

    it('logout ends the session on the server (the old cookie no longer works)', async () => {
      const c = new Client();
      await c.login('rev', PW.rev);
      const out = await c.raw('auth.logout', {});
      expect(out.env).toEqual({ ok: true, result: { ok: true } });
      expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect((await c.raw('plan.get', { id: draftId })).status).toBe(401);
    });

    it('a session ends after two idle hours', async () => {
      const c = new Client();
      await c.login('rev', PW.rev);
      expect((await c.raw('library.list', {})).status).toBe(200);
      clock += 2 * 60 * 60 * 1000 + 1000;
      expect((await c.raw('library.list', {})).status).toBe(401);
      // the shared clients logged in long ago: log them in again
      for (const [cl, u, p] of [[admin, 'admin', PW.admin], [yang, 'yang', PW.yang], [jing, 'jing', PW.jing], [rev, 'rev', PW.rev], [clerk, 'clerk', PW.clerk]] as const) {
        expect((await cl.login(u, p)).status).toBe(200);
      }
    });
  });

  describe('roles', () => {
    it('a reviewer cannot plan.save (library unchanged) but can review.add, signed with the account', async () => {
      const before = await planState(draftId);
      const plan = await rev.call<StoredPlan>('plan.get', { id: draftId }); // same district: readable
      const { id: _i, revision, ...doc } = plan;
      const save = await rev.raw('plan.save', { id: draftId, doc: { ...doc, meta: { ...doc.meta, title: '审核改的' } }, baseRevision: revision });
      expect(save.status).toBe(403);
      expect(save.env).toMatchObject({ ok: false, error: { code: 'forbidden', message: '当前账户(审核)无权执行此操作' } });
      expect(await planState(draftId)).toBe(before);
      const node = plan.nodes[0];
      const ann = await rev.call('review.add', { planId: draftId, kind: 'comment', anchor: { nodeId: node.id, field: 'node', start: 0, end: 0, quote: '' }, body: '请补充指标' });
      expect(ann.author).toEqual({ name: '杨审核', department: '杨浦区' });
      expect((await yang.call('review.list', { planId: draftId })).map((a: { body: string }) => a.body)).toContain('请补充指标');
      // prefs.get answers the account; prefs.set is nobody's on the server
      expect(await rev.call('prefs.get', {})).toEqual({ identity: { name: '杨审核', department: '杨浦区' } });
      expect((await admin.raw('prefs.set', { identity: { name: 'x', department: '' } })).status).toBe(403);
    });

    it('a clerk can export the Word document but not edit; a reviewer cannot export', async () => {
      const doc = await clerk.call('export.docx', { id: draftId });
      expect(Buffer.from(doc.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
      expect((await clerk.raw('plan.setStatus', { id: draftId, status: 'final' })).status).toBe(403);
      expect((await rev.raw('export.docx', { id: draftId })).status).toBe(403);
    });

    it('the session names the methods the role may call, and the server refuses the others (the page offers only those)', async () => {
      const methods = async (c: Client) => (await c.call<{ methods: string[] }>('auth.me', {})).methods;
      const [p, r, k] = [await methods(yang), await methods(rev), await methods(clerk)];
      // README › roles: planners draft, comment and export; reviewers comment, never export; clerks export, never comment
      expect(p).toEqual(expect.arrayContaining(['plan.save', 'plan.share', 'review.add', 'export.docx', 'export.preview']));
      expect(r).toEqual(expect.arrayContaining(['review.add', 'review.reply', 'plan.get']));
      expect(r).not.toContain('export.docx');
      expect(r).not.toContain('export.preview');
      expect(r).not.toContain('plan.save');
      expect(k).toEqual(expect.arrayContaining(['export.docx', 'export.preview', 'review.list']));
      for (const m of ['review.add', 'review.reply', 'review.exportPackage', 'plan.save', 'plan.share']) expect(k).not.toContain(m);
      expect(p).not.toContain('users.add');
      // as the server then decides
      const node = (await clerk.call<StoredPlan>('plan.get', { id: draftId })).nodes[0];
      const before = await planState(draftId);
      const add = await clerk.raw('review.add', { planId: draftId, kind: 'comment', anchor: { nodeId: node.id, field: 'node', start: 0, end: 0, quote: '' }, body: '文书的批注' });
      expect(add.status).toBe(403);
      expect((await rev.raw('export.preview', { id: draftId })).status).toBe(403);
      expect(await planState(draftId)).toBe(before);
    });

    it('backups and the whole audit log are for admins only', async () => {
      expect((await yang.raw('backup.create', {})).status).toBe(403);
      expect((await yang.raw('audit.list', {})).status).toBe(403);
      expect((await admin.raw('backup.list', {})).status).toBe(200);
    });
  });

  describe('plans per district and per share', () => {
    it("a planner of another district cannot read the draft: plan.get answers as for a missing plan, list and search leave it out", async () => {
      const got = await jing.raw('plan.get', { id: draftId });
      const missing = await jing.raw('plan.get', { id: 'p_nosuchplan' });
      expect(got.status).toBe(404);
      expect(got.env.error).toEqual({ ...missing.env.error, message: missing.env.error.message.replace('p_nosuchplan', draftId), details: { ...missing.env.error.details, id: draftId, en: `No plan with id ${draftId} in the library.` } });
      expect((await jing.call('library.list', {})).map((p: { id: string }) => p.id)).not.toContain(draftId);
      expect((await jing.call('library.search', { query: UNIQUE })).map((h: { planId: string }) => h.planId)).not.toContain(draftId);
      expect((await jing.raw('library.search', { query: UNIQUE, filters: { planId: draftId } })).status).toBe(404);
      for (const [m, input] of [['versions.list', { planId: draftId }], ['review.list', { planId: draftId }], ['history.list', { planId: draftId }], ['compare.plans', { leftId: draftId, rightId: draftId }], ['export.markdown', { id: draftId }], ['audit.list', { planId: draftId }], ['plan.duplicate', { id: draftId }]] as const) {
        const a = await jing.raw(m, input);
        expect(a.status, `${m} ${JSON.stringify(a.env).slice(0, 200)}`).toBe(404);
      }
      // while its own planner (and the library's reference plans for everyone) are found
      expect((await yang.call('library.search', { query: UNIQUE })).map((h: { planId: string }) => h.planId)).toContain(draftId);
      const jingList = await jing.call('library.list', {});
      expect(jingList.filter((p: { status: string }) => p.status === 'reference').length).toBe(5);
    });

    it('a review package names its plan: the plan is checked as the core will read the file (also with a BOM), one without a readable plan id is refused', async () => {
      // the owner's package of the draft, carrying a new annotation of another district's planner
      const pkg = await yang.call<{ dataBase64: string }>('review.exportPackage', { planId: draftId });
      const json = JSON.parse(Buffer.from(pkg.dataBase64, 'base64').toString('utf8'));
      const base = (await yang.call('review.list', { planId: draftId })).length;
      json.annotations.push({ ...json.annotations[0] ?? {}, id: 'a_injected', planId: draftId });
      const plain = Buffer.from(JSON.stringify(json), 'utf8');
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
      const before = await planState(draftId);
      for (const bytes of [plain, withBom]) {
        const a = await jing.raw('review.importPackage', { fileName: 'x.json', dataBase64: bytes.toString('base64') });
        expect(a.status, JSON.stringify(a.env).slice(0, 200)).toBe(404);
      }
      expect((await yang.call('review.list', { planId: draftId })).length).toBe(base);
      expect(await planState(draftId)).toBe(before);
      const noId = await jing.raw('review.importPackage', { fileName: 'x.json', dataBase64: Buffer.from('{"format":"plan-workbench-review/v1"}').toString('base64') });
      expect(noId.env.error.code).toBe('invalid-package');
    });

    it("compare.versions against a template reads the template: a plan whose meta.basedOn names another district's draft does not reveal it", async () => {
      const own = (await jing.call('plan.createBlank', { title: '静安区测试草案', district: '静安区', period: { start: 2027, end: 2029 } })).id as string;
      const plan = await jing.call<StoredPlan>('plan.get', { id: own });
      const { id: _i, revision, ...doc } = plan;
      await jing.call('plan.save', { id: own, doc: { ...doc, meta: { ...doc.meta, basedOn: draftId } }, baseRevision: revision });
      const a = await jing.raw('compare.versions', { planId: own, fromVersionId: 'basedOn', toVersionId: 'current' });
      expect(a.status).toBe(404);
      expect(JSON.stringify(a.env)).not.toContain(UNIQUE);
      // its owner compares against its own template as before
      const mine = await yang.call<StoredPlan>('plan.get', { id: draftId });
      const copy = (await yang.call('plan.createBlank', { title: '杨浦区第二稿', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      const c = await yang.call<StoredPlan>('plan.get', { id: copy });
      const { id: _c, revision: rc, ...cdoc } = c;
      await yang.call('plan.save', { id: copy, doc: { ...cdoc, meta: { ...cdoc.meta, basedOn: mine.id } }, baseRevision: rc });
      expect((await yang.raw('compare.versions', { planId: copy, fromVersionId: 'basedOn', toVersionId: 'current' })).env.ok).toBe(true);
      await yang.call('plan.delete', { id: copy });
      await jing.call('plan.delete', { id: own });
    });

    it('shared to read: readable, not editable; shared to edit: editable; only the owner may share', async () => {
      expect((await jing.raw('plan.share', { planId: draftId, username: 'jing', access: 'edit' })).status).toBe(404); // cannot even see it
      expect((await rev.raw('plan.share', { planId: draftId, username: 'jing', access: 'read' })).status).toBe(403); // reviewer role
      expect(await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'read' })).toEqual([{ username: 'jing', access: 'read' }]);
      const plan = await jing.call<StoredPlan>('plan.get', { id: draftId });
      expect(plan.nodes[0].heading).toBe(UNIQUE);
      expect((await jing.call('library.search', { query: UNIQUE })).map((h: { planId: string }) => h.planId)).toContain(draftId);
      const before = await planState(draftId);
      const { id: _i, revision, ...doc } = plan;
      const edit = { id: draftId, doc: { ...doc, meta: { ...doc.meta, title: '静安改过的标题' } }, baseRevision: revision };
      expect((await jing.raw('plan.save', edit)).status).toBe(403);
      expect(await planState(draftId)).toBe(before);
      await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'edit' });
      expect((await jing.raw('plan.save', edit)).env.ok).toBe(true);
      expect((await core.db.plans.getPlan(draftId)).meta.title).toBe('静安改过的标题');
      // deleting stays the owner's
      expect((await jing.raw('plan.delete', { id: draftId })).status).toBe(403);
      await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'none' });
      expect((await jing.raw('plan.get', { id: draftId })).status).toBe(404);
    });
    it('whom to share with: planners and admins list the accounts that can log in (names, role, district), others are refused', async () => {
      const dir = await yang.call<{ username: string; displayName: string; role: string; district: string | null }[]>('users.directory', {});
      const jingEntry = dir.find((u) => u.username === 'jing');
      expect(jingEntry).toEqual({ username: 'jing', displayName: '静规划', role: 'planner', district: '静安区' });
      expect(dir.map((u) => u.username)).toEqual([...dir.map((u) => u.username)].sort((a, b) => a.localeCompare(b)));
      // every account that can log in but the admin (who sees every plan, and whose user name is nobody's business)
      expect(dir.map((u) => u.username)).toEqual(expect.arrayContaining(['clerk', 'jing', 'rev', 'yang']));
      expect(dir.map((u) => u.role)).not.toContain('admin');
      expect(JSON.stringify(dir)).not.toMatch(/scrypt|hash|password|disabled/i);
      expect((await rev.raw('users.directory', {})).status).toBe(403);
      expect((await clerk.raw('users.directory', {})).status).toBe(403);
      expect((await admin.raw('users.directory', {})).env.ok).toBe(true);
    });
    it('library.list and plan.get say what the account may do with each plan, as the server then decides', async () => {
      type Listed = { id: string; status: string; may?: { edit: boolean; delete: boolean; share: boolean; copy: boolean } };
      const may = async (c: Client, id: string) => (await c.call<Listed[]>('library.list', {})).find((p) => p.id === id)?.may;
      const reference = (await yang.call<Listed[]>('library.list', {})).find((p) => p.status === 'reference')!.id;
      const own = (await yang.call('plan.createBlank', { title: '杨浦区权限测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      const none = { edit: false, delete: false, share: false, copy: false };
      // README: planners edit, delete and share their own drafts; a reference plan is only read (and copied)
      expect(await may(yang, own)).toEqual({ edit: true, delete: true, share: true, copy: true });
      expect(await may(yang, reference)).toEqual({ edit: false, delete: false, share: false, copy: true });
      // reviewers and clerks change no plan and make none
      expect(await may(rev, own)).toEqual(none);
      expect(await may(clerk, reference)).toEqual(none);
      // admins: everything
      expect(await may(admin, reference)).toEqual({ edit: true, delete: true, share: true, copy: true });
      // shared to read: readable, nothing more; to edit: editable, still not deletable or sharable
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'read' });
      expect(await may(jing, own)).toEqual({ edit: false, delete: false, share: false, copy: true });
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'edit' });
      expect(await may(jing, own)).toEqual({ edit: true, delete: false, share: false, copy: true });
      expect((await jing.call<StoredPlan>('plan.get', { id: own })).may).toEqual({ edit: true, delete: false, share: false, copy: true });
      // and the server acts as it said: the planner's delete of a reference plan is refused, the plan stays
      expect((await yang.call<StoredPlan>('plan.get', { id: reference })).may).toEqual({ edit: false, delete: false, share: false, copy: true });
      expect((await yang.raw('plan.delete', { id: reference })).status).toBe(403);
      expect((await jing.raw('plan.delete', { id: own })).status).toBe(403);
      expect((await yang.raw('plan.get', { id: reference })).env.ok).toBe(true);
      await yang.call('plan.delete', { id: own });
    });
    it('the trash follows the delete rule: only who may delete a plan sees it in the trash, restores it or deletes it for good', async () => {
      type Trash = { days: number; plans: Array<{ id: string }> };
      const own = (await yang.call('plan.createBlank', { title: '杨浦区回收站测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'edit' });
      await yang.call('plan.delete', { id: own });
      const inTrash = async (c: Client) => (await c.call<Trash>('trash.list', {})).plans.some((p) => p.id === own);
      expect(await inTrash(yang)).toBe(true);
      expect(await inTrash(admin)).toBe(true);
      // shared to edit is not enough to delete, nor to restore; reviewers and clerks have no trash
      expect(await inTrash(jing)).toBe(false);
      expect((await jing.raw('plan.restore', { id: own })).status).toBe(403);
      expect((await jing.raw('plan.purge', { id: own })).status).toBe(403);
      expect((await rev.raw('trash.list', {})).status).toBe(403);
      expect((await clerk.raw('plan.restore', { id: own })).status).toBe(403);
      // the trash's age limit is the admins'
      expect((await yang.raw('trash.setDays', { days: 7 })).status).toBe(403);
      // a trashed plan is read by nobody, not even its owner; the not-found says 回收站 (with its title) only to those
      // who see it in their trash: to the account it was shared with (another district) and to the district's
      // reviewer it is the answer of a missing plan
      const got = async (c: Client) => (await c.raw('plan.get', { id: own })).env as { ok: boolean; error?: { code: string; message: string; details?: Record<string, unknown> } };
      for (const c of [yang, admin]) {
        const env = await got(c);
        expect(env.ok).toBe(false);
        expect(env.error?.code).toBe('not-found');
        expect(env.error?.details).toMatchObject({ id: own, trashed: true, title: '杨浦区回收站测试草案' });
      }
      for (const c of [jing, rev]) {
        const env = await got(c);
        expect(env.error?.code).toBe('not-found');
        expect(env.error?.details?.trashed).toBeUndefined();
        expect(JSON.stringify(env.error)).not.toMatch(/回收站|杨浦区回收站测试草案|trash/);
        expect(env.error).toEqual({ code: 'not-found', message: `找不到规划 ${own}`, details: { id: own, en: `No plan with id ${own} in the library.` } });
      }
      // a save by the account it was shared with: plain too
      expect(JSON.stringify((await jing.raw('plan.setStatus', { id: own, status: 'final' })).env)).not.toMatch(/回收站|trash/);
      await yang.call('plan.restore', { id: own });
      expect((await jing.call<StoredPlan>('plan.get', { id: own })).may).toEqual({ edit: true, delete: false, share: false, copy: true });
      await yang.call('plan.delete', { id: own });
      await yang.call('plan.purge', { id: own });
      expect(await inTrash(admin)).toBe(false);
    });
  });

  describe('the library order per account', () => {
    it('library.setSort keeps each account’s own order: another account’s is not changed, and a new login finds it', async () => {
      const sortOf = async (c: Client) => (await c.call<{ sort: string | null }>('library.sort', {})).sort;
      expect(await sortOf(jing)).toBeNull();
      expect(await yang.call('library.setSort', { sort: 'title' })).toEqual({ sort: 'title' });
      await rev.call('library.setSort', { sort: 'period' });
      expect(await sortOf(yang)).toBe('title');
      expect(await sortOf(rev)).toBe('period');
      expect(await sortOf(jing)).toBeNull();
      // the desktop's one (the library's own key) is not an account's
      expect(await sortOf(admin)).toBeNull();
      expect((await jing.raw('library.setSort', { sort: 'nonsense' })).env.ok).toBe(false);
      expect(await sortOf(jing)).toBeNull();
    });
  });

  describe('owners and shares in the library', () => {
    it('library.list and plan.get name the owner, a share with the caller, and to its owner how many accounts have it', async () => {
      type Sharing = { owner: string | null; mine: boolean; sharedToMe: 'read' | 'edit' | null; sharedWith?: number };
      type Listed = { id: string; status: string; sharing?: Sharing };
      const sharing = async (c: Client, id: string) => (await c.call<Listed[]>('library.list', {})).find((p) => p.id === id)?.sharing;
      const own = (await yang.call('plan.createBlank', { title: '杨浦区共享测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      // not shared yet: the owner sees its own name and 0 accounts
      expect(await sharing(yang, own)).toEqual({ owner: '杨规划', mine: true, sharedToMe: null, sharedWith: 0 });
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'read' });
      await yang.call('plan.share', { planId: own, username: 'clerk', access: 'read' });
      expect(await sharing(yang, own)).toEqual({ owner: '杨规划', mine: true, sharedToMe: null, sharedWith: 2 });
      // the account it is shared with: whose it is and how; not how many others have it
      expect(await sharing(jing, own)).toEqual({ owner: '杨规划', mine: false, sharedToMe: 'read' });
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'edit' });
      expect(await sharing(jing, own)).toEqual({ owner: '杨规划', mine: false, sharedToMe: 'edit' });
      expect((await jing.call<StoredPlan & { sharing: Sharing }>('plan.get', { id: own })).sharing).toEqual({ owner: '杨规划', mine: false, sharedToMe: 'edit' });
      // the reviewer of the district reads the district's drafts without a share
      expect(await sharing(rev, own)).toEqual({ owner: '杨规划', mine: false, sharedToMe: null });
      // an admin may share any plan: sees the count too
      expect(await sharing(admin, own)).toEqual({ owner: '杨规划', mine: false, sharedToMe: null, sharedWith: 2 });
      // a seed (reference) plan has no owner
      const reference = (await yang.call<Listed[]>('library.list', {})).find((p) => p.status === 'reference')!;
      expect(reference.sharing).toEqual({ owner: null, mine: false, sharedToMe: null });
      // a share ended: one account left
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'none' });
      expect((await yang.call<StoredPlan & { sharing: Sharing }>('plan.get', { id: own })).sharing).toEqual({ owner: '杨规划', mine: true, sharedToMe: null, sharedWith: 1 });
      // the audit says with whom and what access, an ended share too (newest first)
      const shares = (await yang.call<Array<{ method: string; user: string; result: string; share?: unknown }>>('audit.list', { planId: own })).filter((e) => e.method === 'plan.share');
      expect(shares.map((e) => [e.user, e.result, e.share])).toEqual([
        ['yang', 'ok', { username: 'jing', displayName: '静规划', access: 'none' }],
        ['yang', 'ok', { username: 'jing', displayName: '静规划', access: 'edit' }],
        ['yang', 'ok', { username: 'clerk', displayName: '文书甲', access: 'read' }],
        ['yang', 'ok', { username: 'jing', displayName: '静规划', access: 'read' }],
      ]);
      // a refused share is recorded with what was asked
      expect((await rev.raw('plan.share', { planId: own, username: 'jing', access: 'edit' })).status).toBe(403);
      const refused = (await yang.call<Array<{ method: string; user: string; result: string; share?: unknown }>>('audit.list', { planId: own }))[0];
      expect(refused).toMatchObject({ method: 'plan.share', user: 'rev', result: 'forbidden', share: { username: 'jing', access: 'edit' } });
      // other entries carry no share
      expect((await yang.call<Array<{ method: string; share?: unknown }>>('audit.list', { planId: own })).find((e) => e.method === 'plan.createBlank')!.share).toBeUndefined();
      // with whom it is shared is for those who may share it: the district's reviewer reads the plan and its audit,
      // sees that it was shared, not with whom; and may not list its shares
      const seen = (await rev.call<Array<{ method: string; result: string; share?: unknown }>>('audit.list', { planId: own })).filter((e) => e.method === 'plan.share');
      expect(seen.length).toBe(5);
      expect(seen.every((e) => e.share === undefined)).toBe(true);
      expect((await rev.raw('plan.shares', { planId: own })).status).toBe(403);
      expect((await admin.call<Array<{ method: string; share?: unknown }>>('audit.list', { planId: own })).filter((e) => e.share).length).toBe(5);
      await yang.call('plan.delete', { id: own });
      // a deleted plan's audit is the admins', with whom it was shared included
      expect((await admin.call<Array<{ method: string; share?: unknown }>>('audit.list', { planId: own })).filter((e) => e.share).length).toBe(5);
    });
  });

  describe('the open library follows a share (library event streams)', () => {
    type Sharing = { owner: string | null; mine: boolean; sharedToMe: 'read' | 'edit' | null; sharedWith?: number };
    type Listed = { id: string; sharing?: Sharing };
    const listed = async (c: Client, id: string) => (await c.call<Listed[]>('library.list', {})).find((p) => p.id === id);
    const heard = (s: EventStream) => s.events.filter((e) => e.event === 'change').map((e) => e.data);
    const library = (c: Client) => openEventStream(server.port, c.cookie, '?library=1');
    /** One after another, so the server visits them in this order at each event. */
    const libraries = async (cs: Client[]) => {
      const out: EventStream[] = [];
      for (const c of cs) out.push(await library(c));
      return out;
    };

    it("a share given, changed and taken back reaches the library of that account and of those who may share the plan, nobody else's", async () => {
      const own = (await yang.call('plan.createBlank', { title: '杨浦区实时共享测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      // opened first: the accounts that must hear nothing are checked before the others are written to
      const [revL, clerkL, jingL, yangL, adminL] = await libraries([rev, clerk, jing, yang, admin]);
      expect([revL, clerkL, jingL, yangL, adminL].map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
      const event = { planId: own, method: 'plan.share', changes: ['rights'] };

      await yang.call('plan.share', { planId: own, username: 'jing', access: 'read' });
      // jing: given the plan; yang: its owner; admin: may share any plan
      for (const s of [jingL, yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toEqual([event]));
      // the district's reviewer and clerk read the draft anyway and are not told how many have it: nothing
      expect(heard(revL)).toEqual([]);
      expect(heard(clerkL)).toEqual([]);
      // and what jing's library then lists is the share
      expect((await listed(jing, own))?.sharing).toEqual({ owner: '杨规划', mine: false, sharedToMe: 'read' });

      // a refused share changes nothing and is heard by nobody (the next event is the second everywhere)
      expect((await rev.raw('plan.share', { planId: own, username: 'jing', access: 'edit' })).status).toBe(403);
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'edit' });
      for (const s of [jingL, yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toEqual([event, event]));

      // taken back: jing hears it (the library stream stays open: it is not the plan's), and no longer lists the plan
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'none' });
      for (const s of [jingL, yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toHaveLength(3));
      expect(jingL.isClosed()).toBe(false);
      expect(await listed(jing, own)).toBeUndefined();
      expect((await listed(yang, own))?.sharing).toEqual({ owner: '杨规划', mine: true, sharedToMe: null, sharedWith: 0 });
      expect(heard(revL)).toEqual([]);
      expect(heard(clerkL)).toEqual([]);
      for (const s of [revL, clerkL, jingL, yangL, adminL]) s.close();
      await yang.call('plan.delete', { id: own });
    });

    it("a share of 'none' to an account that never had the plan tells it nothing; a real share taken back still does", async () => {
      const own = (await yang.call('plan.createBlank', { title: '杨浦区未共享草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      // jing (静安区) cannot read this 杨浦区 draft; its stream is opened first, so at each event it is visited first
      const [jingL, yangL, adminL] = await libraries([jing, yang, admin]);
      const event = { planId: own, method: 'plan.share', changes: ['rights'] };
      expect((await yang.call('plan.share', { planId: own, username: 'jing', access: 'none' }))).toEqual([]);
      // those who may share the plan hear it; jing, visited before them, heard nothing (not even the plan's id)
      for (const s of [yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toEqual([event]));
      expect(heard(jingL)).toEqual([]);
      expect(await listed(jing, own)).toBeUndefined();
      // given and taken back: jing hears both (its list gains the plan, then drops it)
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'read' });
      await vi.waitFor(() => expect(heard(jingL)).toEqual([event]));
      expect((await listed(jing, own))?.sharing).toEqual({ owner: '杨规划', mine: false, sharedToMe: 'read' });
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'none' });
      await vi.waitFor(() => expect(heard(jingL)).toEqual([event, event]));
      expect(await listed(jing, own)).toBeUndefined();
      // 'none' once more, now that jing has nothing: nothing for jing (yang and admin hear all four)
      await yang.call('plan.share', { planId: own, username: 'jing', access: 'none' });
      for (const s of [yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toHaveLength(4));
      expect(heard(jingL)).toEqual([event, event]);
      for (const s of [jingL, yangL, adminL]) s.close();
      await yang.call('plan.delete', { id: own });
    });

    it('a draft without owner: its district planner and admins see how many accounts have it and hear its shares; its reviewer neither', async () => {
      // made outside the server (before it, or by the seeds): no owner
      const env = await core.call('plan.createBlank', { title: '杨浦区无所有者草案', district: '杨浦区', period: { start: 2027, end: 2029 } });
      expect(env.ok).toBe(true);
      const orphan = (env as { result: { id: string } }).result.id;
      expect((await listed(yang, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: null, sharedWith: 0 });
      expect((await listed(rev, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: null });
      const [revL, yangL, adminL, jingL] = await libraries([rev, yang, admin, jing]);
      await yang.call('plan.share', { planId: orphan, username: 'jing', access: 'read' });
      await yang.call('plan.share', { planId: orphan, username: 'clerk', access: 'read' });
      const event = { planId: orphan, method: 'plan.share', changes: ['rights'] };
      for (const s of [yangL, adminL]) await vi.waitFor(() => expect(heard(s)).toEqual([event, event]));
      await vi.waitFor(() => expect(heard(jingL)).toEqual([event]));
      expect(heard(revL)).toEqual([]);
      // said where the owner's own card says it: to the district's planner and to admins, not to the reviewer
      expect((await listed(yang, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: null, sharedWith: 2 });
      expect((await listed(admin, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: null, sharedWith: 2 });
      expect((await listed(rev, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: null });
      expect((await listed(jing, orphan))?.sharing).toEqual({ owner: null, mine: false, sharedToMe: 'read' });
      for (const s of [revL, yangL, adminL, jingL]) s.close();
      await admin.call('plan.delete', { id: orphan });
    });

    it('the library stream needs a session, names a plan or the library (not both), and ends with the session', async () => {
      expect((await openEventStream(server.port, null, '?library=1')).status).toBe(401);
      expect((await openEventStream(server.port, jing.cookie, `?library=1&planId=${draftId}`)).status).toBe(400);
      expect((await openEventStream(server.port, jing.cookie, '?library=0')).status).toBe(400);
      const c = new Client();
      expect((await c.login('jing', PW.jing)).status).toBe(200);
      const s = await library(c);
      expect(s.status).toBe(200);
      await c.call('auth.logout', {});
      await s.closed;
      expect(s.events.filter((e) => e.event === 'end').map((e) => e.data)).toEqual([{ reason: 'session' }]);
    });
  });

  describe('admin and audit', () => {
    it('an admin adds, lists, changes and disables accounts; a disabled account loses its session and cannot log in', async () => {
      expect((await yang.raw('users.list', {})).status).toBe(403);
      const added = await admin.call('users.add', { username: 'temp', role: 'clerk', password: 'temporary-pass-1', displayName: '临时' });
      expect(added).toEqual({ username: 'temp', displayName: '临时', role: 'clerk', district: null, disabled: false });
      const short = await admin.raw('users.add', { username: 'x2', role: 'clerk', password: 'short' });
      expect(short.env).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const list = await admin.call('users.list', {});
      expect(list.map((u: { username: string }) => u.username)).toEqual(['admin', 'clerk', 'jing', 'rev', 'temp', 'yang']);
      expect(JSON.stringify(list)).not.toMatch(/scrypt|hash|password/i);
      const t = new Client();
      expect((await t.login('temp', 'temporary-pass-1')).status).toBe(200);
      // a password is kept exactly as typed, invisible characters included
      await admin.call('users.add', { username: 'zwsp', role: 'clerk', password: 'pass\u200bword-12345' });
      expect((await new Client().login('zwsp', 'pass\u200bword-12345')).status).toBe(200);
      expect((await new Client().login('zwsp', 'password-12345')).status).toBe(401);
      await admin.call('users.update', { username: 'zwsp', disabled: true });
      const offered = async () => (await yang.call<{ username: string }[]>('users.directory', {})).map((u) => u.username);
      expect(await offered()).toContain('temp');
      expect(await admin.call('users.update', { username: 'temp', disabled: true })).toMatchObject({ disabled: true });
      // a disabled account is no longer offered to share with
      expect(await offered()).not.toContain('temp');
      expect((await t.raw('library.list', {})).status).toBe(401);
      expect((await t.login('temp', 'temporary-pass-1')).status).toBe(401);
      // the last admin cannot lock everyone out
      const demote = await admin.raw('users.update', { username: 'admin', role: 'planner' });
      expect(demote.env).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    });

    it('writes are in the audit log with the right user; refusals too; reads are not', async () => {
      const entries = await yang.call('audit.list', { planId: draftId });
      const by = (m: string, result: string) => entries.filter((e: { method: string; result: string }) => e.method === m && e.result === result).map((e: { user: string }) => e.user);
      expect(by('plan.createBlank', 'ok')).toEqual(['yang']);
      // with the account's display name as it is now
      expect(entries.find((e: { method: string }) => e.method === 'plan.createBlank').userName).toBe('杨规划');
      expect(by('plan.save', 'ok')).toEqual(['jing', 'yang']); // newest first
      expect(by('plan.save', 'forbidden')).toEqual(['jing', 'rev']);
      expect(by('review.add', 'ok')).toEqual(['rev']);
      expect(by('export.docx', 'ok')).toEqual(['clerk']);
      expect(by('plan.share', 'ok')).toEqual(['yang', 'yang', 'yang']);
      expect(entries.some((e: { method: string }) => e.method === 'plan.get')).toBe(false);
      for (const e of entries) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      const all = await admin.call('audit.list', { limit: 1000 });
      const logins = all.filter((e: { method: string }) => e.method === 'auth.login');
      expect(logins.filter((e: { result: string }) => e.result === 'rate-limited').map((e: { user: string }) => e.user)).toEqual(['clerk', 'clerk']);
      expect(all.filter((e: { method: string; result: string }) => e.method === 'users.update' && e.result === 'invalid-state').map((e: { user: string }) => e.user)).toEqual(['admin']);
    });

    it("a deleted plan's audit entries are for admins only", async () => {
      const gone = (await yang.call('plan.createBlank', { title: '杨浦区将删除的草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
      expect((await yang.call('audit.list', { planId: gone })).map((e: { method: string }) => e.method)).toEqual(['plan.createBlank']);
      await yang.call('plan.delete', { id: gone });
      for (const c of [yang, jing, rev]) expect((await c.raw('audit.list', { planId: gone })).status).toBe(404);
      expect((await admin.call('audit.list', { planId: gone })).map((e: { method: string }) => e.method)).toEqual(['plan.delete', 'plan.createBlank']);
    });

    it('passwords are never stored or logged in clear: the database files hold scrypt hashes only', async () => {
      let files: string[];
      if (engine === 'sqlite') {
        core.library.db.pragma('wal_checkpoint(TRUNCATE)');
        files = [DB_FILE_NAME, DB_FILE_NAME + '-wal'].map((f) => path.join(dataDir, f)).filter((f) => fs.existsSync(f));
      } else {
        // every file of the cluster's data folder (tables, indexes, write-ahead log) after a checkpoint
        await core.db.sql.run('CHECKPOINT');
        files = (fs.readdirSync(path.join(pg().dir, 'data'), { recursive: true }) as string[]).map((f) => path.join(pg().dir, 'data', f)).filter((f) => fs.statSync(f).isFile());
        expect(files.length).toBeGreaterThan(100);
      }
      const bytes = Buffer.concat(files.map((f) => fs.readFileSync(f)));
      // the search can find text: the accounts' display names are in the same files
      expect(bytes.includes(Buffer.from('杨审核', 'utf8'))).toBe(true);
      for (const pw of [...Object.values(PW), 'temporary-pass-1', 'pass\u200bword-12345']) {
        expect(bytes.includes(Buffer.from(pw, 'utf8')), pw).toBe(false);
        expect(logged.join('\n')).not.toContain(pw);
      }
      const hashes = await core.db.sql.all<{ password_hash: string }>(`SELECT password_hash FROM users`);
      expect(hashes.length).toBe(7);
      for (const h of hashes) expect(h.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
      expect(new Set(hashes.map((h) => h.password_hash.split('$')[4])).size).toBe(7); // a salt per user
      // and the sessions table holds digests, not the cookie values
      const cookieValue = yang.cookie.split('=')[1];
      expect(bytes.includes(Buffer.from(cookieValue))).toBe(false);
    });
  });
}
