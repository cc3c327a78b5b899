/**
 * Live events across server processes on one PostgreSQL library (electron/server/bus.ts over LISTEN/NOTIFY): two
 * office servers, each with its own core and connection pool, on one database of a real PostgreSQL in a temporary
 * folder — as two `plan-workbench serve --db …` behind one address. A call served by one reaches the event streams
 * held by the other, with the listener's rights checked there at delivery; a session ended or an account changed on
 * one ends the streams on the other. The heartbeat is set to a minute, so within a test only the shared channel can
 * carry anything from one server to the other (the idle test runs the checks itself). Skipped when PostgreSQL is
 * missing (a failure under CI).
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope, StoredPlan } from '../../shared/api/contract.js';
import type { PlanEvent } from '../../shared/api/live.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';
import { openEventStream, type EventStream } from './event-stream.js';

const PG = postgresAvailable();
const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-shared-events-');
const PW = { admin: 'admin-pass-一二三四', yang: 'yangpu-planner-pw-7', jing: 'jingan-planner-pw-8', rev: 'reviewer-yangpu-pw9' };
const WAIT = { timeout: 15_000, interval: 20 };

let cluster: PgCluster | null = null;
let url = '';
const cores: Core[] = [];
let A: OfficeServer;
let B: OfficeServer;
let clock = new Date('2026-12-01T08:00:00Z').getTime();
const logged: string[] = [];

/**
 * A browser's session: logged in on one server; the one cookie that login set (its name and value, as a browser keeps
 * it for the one address in front of both) is sent to either.
 */
class Client {
  token = '';
  csrf = '';
  userId = 0;
  private jar = '';
  constructor(readonly username: string, private readonly password: string) {}
  cookie(_on: OfficeServer): string {
    return this.jar;
  }
  async login(on: OfficeServer): Promise<this> {
    const res = await fetch(`http://127.0.0.1:${on.port}/api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: this.username, password: this.password }) });
    const env = (await res.json()) as Envelope<{ csrf: string; userId: number }>;
    if (!env.ok) throw new Error(`login ${this.username}: ${env.error.message}`);
    this.jar = res.headers.get('set-cookie')!.split(';')[0];
    this.token = this.jar.split('=')[1];
    this.csrf = env.result.csrf;
    this.userId = env.result.userId;
    return this;
  }
  async raw(on: OfficeServer, method: string, input: unknown): Promise<{ status: number; env: Envelope<unknown> }> {
    const res = await fetch(`http://127.0.0.1:${on.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie(on), [CSRF_HEADER]: this.csrf },
      body: JSON.stringify(input),
    });
    return { status: res.status, env: (await res.json()) as Envelope<unknown> };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read the results loosely
  async call<T = any>(on: OfficeServer, method: string, input: unknown): Promise<T> {
    const a = await this.raw(on, method, input);
    if (!a.env.ok) throw new Error(`${method}: ${a.env.error.code} ${a.env.error.message}`);
    return a.env.result as T;
  }
  stream(on: OfficeServer, query: string): Promise<EventStream> {
    return openEventStream(on.port, this.cookie(on), query);
  }
}

const changes = (s: EventStream) => s.events.filter((e) => e.event === 'change').map((e) => e.data as PlanEvent);
const ends = (s: EventStream) => s.events.filter((e) => e.event === 'end').map((e) => (e.data as { reason: string }).reason);

const admin = new Client('admin', PW.admin);
const yang = new Client('yang', PW.yang);
const jing = new Client('jing', PW.jing);
const rev = new Client('rev', PW.rev);
let draftId: string;
let firstNode: string;

const comment = (c: Client, on: OfficeServer, body: string) =>
  c.call(on, 'review.add', { planId: draftId, kind: 'comment', anchor: { nodeId: firstNode, field: 'node', start: 0, end: 0, quote: '' }, body });

describe.runIf(PG)('live events shared by two server processes on one PostgreSQL library', () => {
  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation((...a) => void logged.push(a.map(String).join(' ')));
    cluster = await startPostgres({ prefix: 'pw-pg-shared-' });
    url = await cluster.createDatabase('office');
    const servers: OfficeServer[] = [];
    for (let i = 0; i < 2; i++) {
      const core = await createCore({ dataDir: tempDir(), postgres: url, seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => logged.push(`${m} ${String(e)}`) });
      cores.push(core);
      servers.push(await startOfficeServer({ core, port: 0, now: () => new Date(clock), live: { heartbeatMs: 60_000 } }));
    }
    [A, B] = servers;
    expect(A.shared?.listening).toBe(true);
    expect(B.shared?.listening).toBe(true);
    await A.accounts.add({ username: 'admin', role: 'admin', password: PW.admin, displayName: '管理员' });
    await A.accounts.add({ username: 'yang', role: 'planner', district: '杨浦区', password: PW.yang, displayName: '杨规划' });
    await A.accounts.add({ username: 'jing', role: 'planner', district: '静安区', password: PW.jing, displayName: '静规划' });
    await B.accounts.add({ username: 'rev', role: 'reviewer', district: '杨浦区', password: PW.rev, displayName: '杨审核' });
    for (const c of [admin, yang, jing]) await c.login(A);
    await rev.login(B);
    draftId = (await yang.call(A, 'plan.createBlank', { title: '杨浦区跨进程审阅草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
    firstNode = (await yang.call<StoredPlan>(B, 'plan.get', { id: draftId })).nodes[0].id;
  }, 180_000);

  afterAll(async () => {
    await A?.close();
    await B?.close();
    for (const c of cores) c.close();
    await cluster?.stop();
    vi.restoreAllMocks();
  });

  it('one session cookie for both servers (a browser keeps one for the address): logged in on A, the same cookie works on B; another library on the host names its cookie otherwise', async () => {
    expect(A.cookieName).toMatch(/^pw_office_[0-9a-f]{12}$/);
    expect(B.cookieName).toBe(A.cookieName);
    const c = await new Client('yang', PW.yang).login(A);
    expect(c.cookie(A).startsWith(`${A.cookieName}=`)).toBe(true);
    for (const on of [A, B]) expect((await c.raw(on, 'auth.me', {})).status).toBe(200);
    // a restarted process keeps the name (the id is the library's, stored once)
    const again = await startOfficeServer({ core: cores[0], port: 0, now: () => new Date(clock) });
    try {
      expect(again.cookieName).toBe(A.cookieName);
      expect((await c.raw(again, 'auth.me', {})).status).toBe(200);
    } finally {
      await again.close();
    }
    // another library (another database) on this host: another name, so its cookie does not overwrite this one's
    const other = await createCore({ dataDir: tempDir(), postgres: await cluster!.createDatabase('other'), seedsDir: null, host: 'test' });
    try {
      const O = await startOfficeServer({ core: other, port: 0, now: () => new Date(clock) });
      expect(O.cookieName).toMatch(/^pw_office_[0-9a-f]{12}$/);
      expect(O.cookieName).not.toBe(A.cookieName);
      await O.close();
    } finally {
      other.close();
    }
  });

  it("a call served by one server reaches the plan's streams on the other, once, with who made it; each server's own streams hear it once too", async () => {
    const onB = await yang.stream(B, `?planId=${draftId}`); // the planner's editor, connected to B
    const onA = await yang.stream(A, `?planId=${draftId}`); // another window of theirs, connected to A
    expect([onA.status, onB.status]).toEqual([200, 200]);
    await comment(rev, A, '跨进程的批注'); // the reviewer's call lands on A
    const added = { planId: draftId, method: 'review.add', changes: ['annotations'], by: { userId: rev.userId, name: '杨审核' } };
    await vi.waitFor(() => expect(changes(onB)).toEqual([added]), WAIT);
    await vi.waitFor(() => expect(changes(onA)).toEqual([added]), WAIT);
    // a save on B: A's stream hears it with the revision it made; B's own stream once (its own message is not taken twice)
    const { id: _i, revision, ...doc } = await yang.call<StoredPlan>(B, 'plan.get', { id: draftId });
    const saved = await yang.call<{ revision: number }>(B, 'plan.save', { id: draftId, doc: { ...doc, meta: { ...doc.meta, title: '杨浦区跨进程审阅草案(改)' } }, baseRevision: revision });
    const save = { planId: draftId, method: 'plan.save', changes: ['revision'], revision: saved.revision, by: { userId: yang.userId, name: '杨规划' } };
    await vi.waitFor(() => expect(changes(onA)).toEqual([added, save]), WAIT);
    await vi.waitFor(() => expect(changes(onB)).toEqual([added, save]), WAIT);
    // the admin's save on A from the revision before: its conflict names the colleague whose save on B made it stale
    const stale = await admin.raw(A, 'plan.save', { id: draftId, doc, baseRevision: revision });
    expect(stale.env.ok).toBe(false);
    if (!stale.env.ok) expect(stale.env.error.details).toMatchObject({ revision: saved.revision, savedBy: '杨规划', savedByUserId: yang.userId });
    // a third event from A after both: nothing was delivered twice meanwhile
    await comment(rev, A, '第二条');
    for (const s of [onA, onB]) await vi.waitFor(() => expect(changes(s)).toHaveLength(3), WAIT);
    expect(changes(onB).map((e) => e.method)).toEqual(['review.add', 'plan.save', 'review.add']);
    expect(B.shared!.received).toBeGreaterThanOrEqual(2);
    for (const s of [onA, onB]) s.close();
    await vi.waitFor(() => expect(A.live.count() + B.live.count()).toBe(0), WAIT);
  });

  it("shares changed on one server: the other's library streams hear it as on one server (a stranger's 'none' reaches nobody), a share taken back ends the plan's stream there", async () => {
    // jing (静安区) cannot read the 杨浦区 draft: a share of 'none' to it, served by A, reaches none of its streams on B
    const jingLib = await jing.stream(B, '?library=1');
    const yangLib = await yang.stream(B, '?library=1');
    const event = { planId: draftId, method: 'plan.share', changes: ['rights'] };
    await yang.call(A, 'plan.share', { planId: draftId, username: 'jing', access: 'none' });
    await vi.waitFor(() => expect(changes(yangLib)).toEqual([event]), WAIT); // the owner hears it on B …
    expect(changes(jingLib)).toEqual([]); // … jing, visited first, nothing
    // given on A: jing's library on B hears it, then jing opens the plan on B
    await yang.call(A, 'plan.share', { planId: draftId, username: 'jing', access: 'read' });
    await vi.waitFor(() => expect(changes(jingLib)).toEqual([event]), WAIT);
    const jingPlan = await jing.stream(B, `?planId=${draftId}`);
    expect(jingPlan.status).toBe(200);
    // taken back on A: on B the library hears it and the plan's stream ends ('access'), checked there at delivery
    await yang.call(A, 'plan.share', { planId: draftId, username: 'jing', access: 'none' });
    await jingPlan.closed;
    expect(ends(jingPlan)).toEqual(['access']);
    await vi.waitFor(() => expect(changes(jingLib)).toEqual([event, event]), WAIT);
    await vi.waitFor(() => expect(changes(yangLib)).toEqual([event, event, event]), WAIT);
    expect(changes(jingPlan)).toEqual([]);
    for (const s of [jingLib, yangLib]) s.close();
    await vi.waitFor(() => expect(A.live.count() + B.live.count()).toBe(0), WAIT);
  });

  it('a logout on one server ends the session’s streams on the other; an account disabled there ends its streams here', async () => {
    const y2 = await new Client('yang', PW.yang).login(A);
    const s = await y2.stream(B, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await y2.call(A, 'auth.logout', {});
    await s.closed;
    expect(ends(s)).toEqual(['session']);

    const r = await rev.stream(B, `?planId=${draftId}`);
    expect(r.status).toBe(200);
    await admin.call(A, 'users.update', { username: 'rev', disabled: true });
    await r.closed;
    expect(ends(r)).toEqual(['session']);
    await admin.call(A, 'users.update', { username: 'rev', disabled: false });
    await rev.login(B);
  });

  it('deleting the plan on one server ends its streams on the other', async () => {
    const own = (await yang.call(A, 'plan.createBlank', { title: '杨浦区跨进程删除草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id as string;
    const s = await rev.stream(B, `?planId=${own}`);
    expect(s.status).toBe(200);
    await yang.call(A, 'plan.delete', { id: own });
    await s.closed;
    expect(ends(s)).toEqual(['deleted']);
  });

  it('the listening connection lost: the streams end (the page reconnects and catches up) and the server listens again', async () => {
    const s = await yang.stream(B, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    const killer = new pg.Client({ connectionString: url });
    await killer.connect();
    try {
      const { rowCount } = await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'plan-workbench listen plan_workbench_live'`);
      expect(rowCount).toBe(2);
    } finally {
      await killer.end();
    }
    await s.closed;
    expect(ends(s)).toEqual(['shutdown']);
    await vi.waitFor(() => expect([A.shared!.listening, B.shared!.listening]).toEqual([true, true]), WAIT);
    const again = await yang.stream(B, `?planId=${draftId}`);
    await comment(rev, A, '重新连接之后');
    await vi.waitFor(() => expect(changes(again).map((e) => e.method)).toEqual(['review.add']), WAIT);
    again.close();
    expect(logged.some((l) => l.includes('shared live-event connection was lost'))).toBe(true);
  });

  it('the login rate limit is the library\'s, not a process\'s: failures on A and on B add up to one lock on both; a success clears the account on both', async () => {
    await A.accounts.add({ username: 'lim', role: 'planner', district: '杨浦区', password: 'limit-test-pw-12', displayName: '限流' });
    const attempt = async (on: OfficeServer, password: string) => {
      const res = await fetch(`http://127.0.0.1:${on.port}/api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'lim', password }) });
      return ((await res.json()) as Envelope<unknown>) as { ok: boolean; error?: { code: string } };
    };
    const heard = () => [A.shared!.received, B.shared!.received];
    // two failures on A, then a success on B clears both processes' count of the account
    for (let i = 0; i < 2; i++) expect((await attempt(A, 'wrong')).error?.code).toBe('unauthorized');
    const a0 = heard()[0];
    expect((await attempt(B, 'limit-test-pw-12')).ok).toBe(true);
    await vi.waitFor(() => expect(heard()[0]).toBeGreaterThan(a0), WAIT);
    const b0 = heard()[1];
    // the default limit is 5 failures of one account: 3 on A and 2 on B lock it on both; one process alone saw fewer
    for (let i = 0; i < 3; i++) expect((await attempt(A, 'wrong')).error?.code).toBe('unauthorized');
    await vi.waitFor(() => expect(heard()[1]).toBeGreaterThanOrEqual(b0 + 3), WAIT);
    for (let i = 0; i < 2; i++) expect((await attempt(B, 'wrong')).error?.code).toBe('unauthorized');
    expect((await attempt(B, 'limit-test-pw-12')).error?.code).toBe('rate-limited');
    await vi.waitFor(async () => expect((await attempt(A, 'limit-test-pw-12')).error?.code).toBe('rate-limited'), WAIT);
  });

  it('the idle limit counts API calls on either server: a stream on B stays while its session works on A, and ends two hours after the last call (last: it moves the clock)', async () => {
    const y3 = await new Client('yang', PW.yang).login(A);
    const s = await y3.stream(B, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    clock += 110 * 60 * 1000;
    await y3.call(A, 'library.list', {}); // the session is used, on A
    clock += 20 * 60 * 1000; // 2 h 10 after login, 20 min after the last call
    B.live.recheck();
    await rev.login(B); // the reviewer's own session idled out meanwhile
    await comment(rev, A, '会话仍然有效'); // an event after the check: the stream is still there to hear it
    await vi.waitFor(() => expect(changes(s).map((e) => e.method)).toEqual(['review.add']), WAIT);
    expect(s.isClosed()).toBe(false);
    clock += 121 * 60 * 1000; // two hours without a call
    B.live.recheck();
    await s.closed;
    expect(ends(s)).toEqual(['session']);
    expect((await y3.raw(A, 'library.list', {})).status).toBe(401);
  });
});
