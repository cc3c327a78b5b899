/**
 * Live review events of the office server (electron/server/events.ts, GET /api/events?planId=…): real HTTP on
 * 127.0.0.1 over a temporary library with the seeds; planners of 杨浦区 and 静安区, a reviewer of 杨浦区, an admin;
 * a clock the tests move and a short heartbeat (100 ms) so the checks a heartbeat makes can be seen.
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope, StoredPlan } from '../../shared/api/contract.js';
import type { PlanEvent } from '../../shared/api/live.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { NO_EVENT, PLAN_CHANGES } from '../../electron/server/events.js';
import { WRITE_METHODS } from '../../electron/core/dispatch.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-events-');
const PW = { admin: 'admin-pass-一二三四', yang: 'yangpu-planner-pw-7', jing: 'jingan-planner-pw-8', rev: 'reviewer-yangpu-pw9' };
const HEARTBEAT_MS = 100;

let core: Core;
let server: OfficeServer;
let clock = new Date('2026-12-01T08:00:00Z').getTime();
const logged: string[] = [];

class Client {
  cookie = '';
  csrf = '';
  /** The account's id as the session answers it (SessionView.userId). */
  userId = 0;
  async login(username: string, password: string): Promise<void> {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const env = (await res.json()) as Envelope<{ csrf: string; userId: number }>;
    if (!env.ok) throw new Error(`login ${username}: ${env.error.message}`);
    this.cookie = res.headers.get('set-cookie')!.split(';')[0];
    this.csrf = env.result.csrf;
    this.userId = env.result.userId;
  }
  async raw(method: string, input: unknown): Promise<{ status: number; env: Envelope<unknown> }> {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, [CSRF_HEADER]: this.csrf },
      body: JSON.stringify(input),
    });
    return { status: res.status, env: (await res.json()) as Envelope<unknown> };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read the results loosely
  async call<T = any>(method: string, input: unknown): Promise<T> {
    const a = await this.raw(method, input);
    if (!a.env.ok) throw new Error(`${method}: ${a.env.error.code} ${a.env.error.message}`);
    return a.env.result as T;
  }
}

/** One event stream as a browser's EventSource reads it: events, comments, and the end of the connection. */
interface Stream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body when the server refused (JSON). */
  refusal?: Envelope<unknown>;
  events: Array<{ event: string; id?: string; data: unknown }>;
  comments: string[];
  closed: Promise<void>;
  isClosed(): boolean;
  close(): void;
}

function openStream(cookie: string | null, query: string, method = 'GET'): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (cookie) headers.cookie = cookie;
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: `/api/events${query}`, headers, agent: false }, (res) => {
      let closedNow = false;
      let markClosed!: () => void;
      const closed = new Promise<void>((r) => (markClosed = r));
      const s: Stream = { status: res.statusCode!, headers: res.headers, events: [], comments: [], closed, isClosed: () => closedNow, close: () => req.destroy() };
      res.on('close', () => {
        closedNow = true;
        markClosed();
      });
      if (res.statusCode !== 200) {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          s.refusal = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<unknown>;
          resolve(s);
        });
        return;
      }
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let at: number;
        while ((at = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          const ev: { event: string; id?: string; data: string[] } = { event: 'message', data: [] };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) s.comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) ev.event = line.slice(7);
            else if (line.startsWith('id: ')) ev.id = line.slice(4);
            else if (line.startsWith('data: ')) ev.data.push(line.slice(6));
          }
          if (ev.data.length) s.events.push({ event: ev.event, id: ev.id, data: JSON.parse(ev.data.join('\n')) });
        }
      });
      resolve(s);
    });
    req.on('error', reject);
    req.end();
  });
}

const changes = (s: Stream) => s.events.filter((e) => e.event === 'change').map((e) => e.data as PlanEvent);
const ends = (s: Stream) => s.events.filter((e) => e.event === 'end').map((e) => (e.data as { reason: string }).reason);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const admin = new Client();
const yang = new Client();
const jing = new Client();
const rev = new Client();
let draftId: string; // 杨浦区 planner's draft
let jingDraft: string; // 静安区 planner's draft
let firstNode: string;

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...a) => void logged.push(a.map(String).join(' ')));
  core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => logged.push(`${m} ${String(e)}`) });
  server = await startOfficeServer({ core, port: 0, now: () => new Date(clock), live: { heartbeatMs: HEARTBEAT_MS, perSession: 2, perUser: 3 } });
  await server.accounts.add({ username: 'admin', role: 'admin', password: PW.admin, displayName: '管理员' });
  await server.accounts.add({ username: 'yang', role: 'planner', district: '杨浦区', password: PW.yang, displayName: '杨规划' });
  await server.accounts.add({ username: 'jing', role: 'planner', district: '静安区', password: PW.jing, displayName: '静规划' });
  await server.accounts.add({ username: 'rev', role: 'reviewer', district: '杨浦区', password: PW.rev, displayName: '杨审核' });
  await admin.login('admin', PW.admin);
  await yang.login('yang', PW.yang);
  await jing.login('jing', PW.jing);
  await rev.login('rev', PW.rev);
  draftId = (await yang.call('plan.createBlank', { title: '杨浦区实时审阅草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
  jingDraft = (await jing.call('plan.createBlank', { title: '静安区实时审阅草案', district: '静安区', period: { start: 2027, end: 2029 } })).id;
  firstNode = (await yang.call<StoredPlan>('plan.get', { id: draftId })).nodes[0].id;
}, 120_000);

afterAll(async () => {
  await server?.close();
  core?.close();
  vi.restoreAllMocks();
});

const comment = (c: Client, planId: string, body: string) =>
  c.call('review.add', { planId, kind: 'comment', anchor: { nodeId: firstNode, field: 'node', start: 0, end: 0, quote: '' }, body });

describe('opening a stream', () => {
  it('without a session, or with a made-up one, is 401 (the login flag the page reads) and no stream', async () => {
    const none = await openStream(null, `?planId=${draftId}`);
    expect(none.status).toBe(401);
    expect(none.refusal).toMatchObject({ ok: false, error: { code: 'unauthorized', message: '请先登录', details: { login: true } } });
    const fake = await openStream(`${server.cookieName}=${'A'.repeat(43)}`, `?planId=${draftId}`);
    expect(fake.status).toBe(401);
    expect(server.live.count()).toBe(0);
  });

  it("another district's draft is answered exactly as a missing plan (404), a reference plan of any district is readable", async () => {
    const other = await openStream(jing.cookie, `?planId=${draftId}`);
    const missing = await openStream(jing.cookie, `?planId=no-such-plan`);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.refusal).toEqual({ ok: false, error: { code: 'not-found', message: `找不到规划 ${draftId}`, details: { id: draftId, en: `No plan with id ${draftId} in the library.` } } });
    // the same words as for an id that does not exist, and as plan.get answers
    expect(JSON.stringify(missing.refusal).replaceAll('no-such-plan', draftId)).toBe(JSON.stringify(other.refusal));
    expect((await jing.raw('plan.get', { id: draftId })).env).toEqual(other.refusal);
    const seeds = await jing.call<Array<{ id: string; status: string }>>('library.list', {});
    const reference = seeds.find((p) => p.status === 'reference')!;
    const ok = await openStream(jing.cookie, `?planId=${reference.id}`);
    expect(ok.status).toBe(200);
    ok.close();
    await ok.closed;
  });

  it('without a plan id 400; only GET (no CSRF header can come with an EventSource, so nothing else is accepted)', async () => {
    expect((await openStream(yang.cookie, '')).status).toBe(400);
    expect((await openStream(yang.cookie, '?planId=')).status).toBe(400);
    const post = await openStream(yang.cookie, `?planId=${draftId}`, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
  });

  it('a stream is text/event-stream, not cached, with the security headers', async () => {
    const s = await openStream(yang.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(s.headers['cache-control']).toBe('no-store');
    expect(s.headers['x-content-type-options']).toBe('nosniff');
    s.close();
    await s.closed;
    await vi.waitFor(() => expect(server.live.count()).toBe(0));
  });

  it('at most 2 streams per session and 3 per account (the page polls instead); a closed one frees its place', async () => {
    const a = await openStream(yang.cookie, `?planId=${draftId}`);
    const b = await openStream(yang.cookie, `?planId=${draftId}`);
    const c = await openStream(yang.cookie, `?planId=${draftId}`);
    expect([a.status, b.status, c.status]).toEqual([200, 200, 429]);
    expect(c.refusal).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    const second = new Client();
    await second.login('yang', PW.yang); // another browser of the same account
    const d = await openStream(second.cookie, `?planId=${draftId}`);
    const e = await openStream(second.cookie, `?planId=${draftId}`);
    expect([d.status, e.status]).toEqual([200, 429]);
    a.close();
    await a.closed;
    await vi.waitFor(() => expect(server.live.count()).toBe(2));
    const f = await openStream(second.cookie, `?planId=${draftId}`);
    expect(f.status).toBe(200);
    for (const s of [b, d, f]) s.close();
    await Promise.all([b.closed, d.closed, f.closed]);
    await vi.waitFor(() => expect(server.live.count()).toBe(0));
  });
});

describe('events', () => {
  it('every changing API method either announces what it changes or is listed as sending no event', () => {
    for (const m of WRITE_METHODS) expect(PLAN_CHANGES[m] !== undefined !== NO_EVENT.has(m), m).toBe(true);
    expect(Object.keys(PLAN_CHANGES).every((m) => WRITE_METHODS.has(m as never))).toBe(true);
  });

  it("a reviewer's review.add through the API reaches the planner's stream of that plan, and no stream of another plan", async () => {
    const planner = await openStream(yang.cookie, `?planId=${draftId}`);
    const reviewer = await openStream(rev.cookie, `?planId=${draftId}`);
    const otherPlan = await openStream(jing.cookie, `?planId=${jingDraft}`);
    expect([planner.status, reviewer.status, otherPlan.status]).toEqual([200, 200, 200]);
    const ann = await comment(rev, draftId, '请补充2027年的量化指标');
    await vi.waitFor(() => expect(changes(planner)).toHaveLength(1));
    expect(changes(planner)[0]).toEqual({ planId: draftId, method: 'review.add', changes: ['annotations'], by: { userId: expect.any(Number), name: '杨审核' } });
    await vi.waitFor(() => expect(changes(reviewer)).toHaveLength(1));
    // the planner's reply is an event too; the other plan's stream got nothing of either
    await yang.call('review.reply', { planId: draftId, annotationId: ann.id, body: '已补充' });
    await vi.waitFor(() => expect(changes(planner).map((e) => e.method)).toEqual(['review.add', 'review.reply']));
    await wait(3 * HEARTBEAT_MS);
    expect(changes(otherPlan)).toEqual([]);
    // a refused call sends nothing: the reviewer cannot save the text
    const plan = await rev.call<StoredPlan>('plan.get', { id: draftId });
    const { id: _i, revision, ...doc } = plan;
    expect((await rev.raw('plan.save', { id: draftId, doc, baseRevision: revision })).status).toBe(403);
    // the planner's save announces the new revision, a status change the status
    const saved = await yang.call<{ revision: number }>('plan.save', { id: draftId, doc, baseRevision: revision });
    await yang.call('plan.setStatus', { id: draftId, status: 'review' });
    await vi.waitFor(() => expect(changes(reviewer).map((e) => e.method)).toEqual(['review.add', 'review.reply', 'plan.save', 'plan.setStatus']));
    expect(changes(reviewer)[2]).toEqual({ planId: draftId, method: 'plan.save', changes: ['revision'], revision: saved.revision, by: { userId: expect.any(Number), name: '杨规划' } });
    expect(changes(reviewer)[3]).toEqual({ planId: draftId, method: 'plan.setStatus', changes: ['status', 'revision'], status: 'review', by: { userId: expect.any(Number), name: '杨规划' } });
    // ids increase (an EventSource keeps the last one)
    const ids = planner.events.filter((e) => e.event === 'change').map((e) => Number(e.id));
    expect(ids.every((n, i) => i === 0 || n > ids[i - 1])).toBe(true);
    await yang.call('plan.setStatus', { id: draftId, status: 'draft' });
    for (const s of [planner, reviewer, otherPlan]) s.close();
    await vi.waitFor(() => expect(server.live.count()).toBe(0));
  });

  it("a colleague's save is named: in the event the open editors get, and in the conflict of a save made on the old revision", async () => {
    const mine = await openStream(yang.cookie, `?planId=${draftId}`);
    const plan = await yang.call<StoredPlan>('plan.get', { id: draftId });
    const { id: _i, revision, ...doc } = plan;
    // the admin (管理员) saves first; 杨规划's editor hears who did
    const theirs = await admin.call<{ revision: number }>('plan.save', { id: draftId, doc: { ...doc, meta: { ...doc.meta, title: '杨浦区实时审阅草案(管理员改)' } }, baseRevision: revision });
    await vi.waitFor(() => expect(changes(mine).map((e) => e.method)).toContain('plan.save'));
    expect(changes(mine).find((e) => e.method === 'plan.save')).toMatchObject({ revision: theirs.revision, by: { userId: admin.userId, name: '管理员' } });
    // 杨规划's save on the revision it had conflicts, naming 管理员 and the revision that one made
    const stale = await yang.raw('plan.save', { id: draftId, doc, baseRevision: revision });
    expect(stale.env.ok).toBe(false);
    if (!stale.env.ok) {
      expect(stale.env.error.code).toBe('conflict');
      expect(stale.env.error.details).toMatchObject({ revision: theirs.revision, savedBy: '管理员', savedByUserId: admin.userId });
    }
    // a conflict with one's own later save (another window) names nobody
    const own = await yang.call<{ revision: number }>('plan.save', { id: draftId, doc, baseRevision: theirs.revision });
    const again = await yang.raw('plan.save', { id: draftId, doc, baseRevision: theirs.revision });
    expect(again.env.ok).toBe(false);
    if (!again.env.ok) {
      expect(again.env.error.details).toMatchObject({ revision: own.revision });
      expect((again.env.error.details as Record<string, unknown>).savedBy).toBeUndefined();
      expect((again.env.error.details as Record<string, unknown>).savedByUserId).toBeUndefined();
    }
    mine.close();
    await vi.waitFor(() => expect(server.live.count()).toBe(0));
  });

  it('two colleagues with the same display name are told apart by account id, in the event and in the conflict', async () => {
    // another 杨浦区 planner, also called 杨规划, given the draft to edit
    await server.accounts.add({ username: 'yang2', role: 'planner', district: '杨浦区', password: 'yangpu-planner-two-13', displayName: '杨规划' });
    const twin = new Client();
    await twin.login('yang2', 'yangpu-planner-two-13');
    expect(twin.userId).not.toBe(yang.userId);
    await yang.call('plan.share', { planId: draftId, username: 'yang2', access: 'edit' });
    const mine = await openStream(yang.cookie, `?planId=${draftId}`);
    const { id: _i, revision, ...doc } = await yang.call<StoredPlan>('plan.get', { id: draftId });
    const theirs = await twin.call<{ revision: number }>('plan.save', { id: draftId, doc: { ...doc, meta: { ...doc.meta, title: '杨浦区实时审阅草案(同名同事改)' } }, baseRevision: revision });
    await vi.waitFor(() => expect(changes(mine).filter((e) => e.method === 'plan.save')).toHaveLength(1));
    expect(changes(mine).find((e) => e.method === 'plan.save')).toMatchObject({ revision: theirs.revision, by: { userId: twin.userId, name: '杨规划' } });
    const stale = await yang.raw('plan.save', { id: draftId, doc, baseRevision: revision });
    expect(stale.env.ok).toBe(false);
    if (!stale.env.ok) expect(stale.env.error.details).toMatchObject({ revision: theirs.revision, savedBy: '杨规划', savedByUserId: twin.userId });
    await yang.call('plan.share', { planId: draftId, username: 'yang2', access: 'none' });
    mine.close();
    await vi.waitFor(() => expect(server.live.count()).toBe(0));
  });

  it('heartbeat comments keep the stream open', async () => {
    const s = await openStream(yang.cookie, `?planId=${draftId}`);
    await vi.waitFor(() => expect(s.comments.filter((c) => c === 'ping').length).toBeGreaterThanOrEqual(2));
    expect(s.isClosed()).toBe(false);
    s.close();
    await s.closed;
  });

  it('deleting the plan ends its streams (and no other plan’s)', async () => {
    const doomed = (await yang.call('plan.createBlank', { title: '待删除草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
    const s = await openStream(rev.cookie, `?planId=${doomed}`);
    const other = await openStream(rev.cookie, `?planId=${draftId}`);
    expect([s.status, other.status]).toEqual([200, 200]);
    await yang.call('plan.delete', { id: doomed });
    await s.closed;
    expect(ends(s)).toEqual(['deleted']);
    expect(other.isClosed()).toBe(false);
    other.close();
    await other.closed;
  });

  it('none for a plan the listener can no longer read: a share taken back ends the stream, later comments are not sent', async () => {
    await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'read' });
    const s = await openStream(jing.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await comment(rev, draftId, '共享期间的意见');
    await vi.waitFor(() => expect(changes(s)).toHaveLength(1));
    await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'none' });
    await s.closed;
    expect(ends(s)).toEqual(['access']);
    await comment(rev, draftId, '收回共享之后的意见');
    expect(changes(s)).toHaveLength(1);
    // and it cannot be opened again
    expect((await openStream(jing.cookie, `?planId=${draftId}`)).status).toBe(404);
  });

  it("a share changed: the plan's streams hear 'rights' (the editor asks plan.get what it may do now), other plans' streams nothing", async () => {
    await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'read' });
    const theirs = await openStream(jing.cookie, `?planId=${draftId}`);
    const owners = await openStream(yang.cookie, `?planId=${draftId}`);
    const other = await openStream(jing.cookie, `?planId=${jingDraft}`);
    expect([theirs.status, owners.status, other.status]).toEqual([200, 200, 200]);
    await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'edit' });
    const rights = { planId: draftId, method: 'plan.share', changes: ['rights'] };
    await vi.waitFor(() => expect(changes(theirs)).toEqual([rights]));
    await vi.waitFor(() => expect(changes(owners)).toEqual([rights]));
    // and the rights it then reads are the new ones
    expect((await jing.call<StoredPlan>('plan.get', { id: draftId })).may?.edit).toBe(true);
    await wait(3 * HEARTBEAT_MS);
    expect(changes(other)).toEqual([]);
    // a refused share changes nothing and sends nothing
    expect((await rev.raw('plan.share', { planId: draftId, username: 'jing', access: 'read' })).status).toBe(403);
    await wait(3 * HEARTBEAT_MS);
    expect(changes(theirs)).toHaveLength(1);
    // ended: the stream that lost the plan ends, the owner's hears it
    await yang.call('plan.share', { planId: draftId, username: 'jing', access: 'none' });
    await theirs.closed;
    expect(ends(theirs)).toEqual(['access']);
    await vi.waitFor(() => expect(changes(owners)).toHaveLength(2));
    for (const x of [owners, other]) x.close();
  });

  it('none for a plan whose status makes it unreadable: an issued plan set back to draft is checked at the event itself', async () => {
    await yang.call('plan.setStatus', { id: draftId, status: 'final' });
    const s = await openStream(jing.cookie, `?planId=${draftId}`); // final: readable by every account
    expect(s.status).toBe(200);
    await yang.call('plan.setStatus', { id: draftId, status: 'draft' });
    await s.closed;
    expect(changes(s)).toEqual([]); // not even the status change that hid it
    expect(ends(s)).toEqual(['access']);
  });
});

describe('the stream ends with the session', () => {
  it('logout ends the stream (an end event, then the connection closes), and the old cookie opens none', async () => {
    const c = new Client();
    await c.login('yang', PW.yang);
    const s = await openStream(c.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await c.call('auth.logout', {});
    await s.closed;
    expect(ends(s)).toEqual(['session']);
    expect((await openStream(c.cookie, `?planId=${draftId}`)).status).toBe(401);
  });

  it('a disabled account loses its stream at once', async () => {
    const c = new Client();
    await server.accounts.add({ username: 'rev2', role: 'reviewer', district: '杨浦区', password: 'reviewer-two-pw-11', displayName: '杨审核二' });
    await c.login('rev2', 'reviewer-two-pw-11');
    const s = await openStream(c.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await admin.call('users.update', { username: 'rev2', disabled: true });
    await s.closed;
    expect(ends(s)).toEqual(['session']);
  });

  it('an account moved to another district stops hearing its old district’s draft', async () => {
    const c = new Client();
    await server.accounts.add({ username: 'rev3', role: 'reviewer', district: '杨浦区', password: 'reviewer-three-pw-12', displayName: '杨审核三' });
    await c.login('rev3', 'reviewer-three-pw-12');
    const s = await openStream(c.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await admin.call('users.update', { username: 'rev3', district: '静安区' });
    await s.closed;
    expect(ends(s)).toEqual(['access']);
  });

  it('the stream does not keep an idle session alive: two hours without an API call end both (the last test: it moves the clock)', async () => {
    const idle = new Client();
    const busy = new Client();
    await idle.login('rev', PW.rev);
    await busy.login('yang', PW.yang);
    const a = await openStream(idle.cookie, `?planId=${draftId}`);
    const b = await openStream(busy.cookie, `?planId=${draftId}`);
    expect([a.status, b.status]).toEqual([200, 200]);
    // 1 h 50: both alive (heartbeats pass meanwhile, and check the sessions)
    clock += 110 * 60 * 1000;
    await wait(3 * HEARTBEAT_MS);
    expect([a.isClosed(), b.isClosed()]).toEqual([false, false]);
    await busy.call('library.list', {}); // one of them works
    clock += 20 * 60 * 1000; // 2 h 10 since the idle one's last call, 20 min since the busy one's
    await a.closed;
    expect(ends(a)).toEqual(['session']);
    expect((await idle.raw('library.list', {})).status).toBe(401);
    await wait(3 * HEARTBEAT_MS);
    expect(b.isClosed()).toBe(false);
    // the absolute limit (12 h after login) ends the other one, calls or not
    for (let i = 0; i < 6; i++) {
      clock += 100 * 60 * 1000;
      await busy.raw('library.list', {});
    }
    await b.closed;
    expect(ends(b)).toEqual(['session']);
    expect(server.live.count()).toBe(0);
  });
});

describe('the library restored from a backup', () => {
  it('ends every stream (accounts and sessions were swapped with the library); the page reconnects later', async () => {
    const a = new Client();
    const y = new Client();
    await a.login('admin', PW.admin);
    await y.login('yang', PW.yang);
    const backup = await a.call<{ name: string }>('backup.create', {});
    const s = await openStream(y.cookie, `?planId=${draftId}`);
    expect(s.status).toBe(200);
    await a.call('backup.restore', { name: backup.name });
    await s.closed;
    expect(ends(s)).toEqual(['shutdown']);
    expect(server.live.count()).toBe(0);
  });
});
