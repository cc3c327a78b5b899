/**
 * Live review on the office server: server-sent events of one plan (shared/api/live.ts).
 *
 *   GET /api/events?planId=<id>   text/event-stream; the session cookie as every call (no CSRF token: an EventSource
 *                                 cannot send a header, so the stream is read-only — it changes nothing, and a page of
 *                                 another site gets no cookie (SameSite=Strict) and no CORS answer to read it with)
 *   GET /api/events?library=1     the account's library stream (the open library list): the same, for no one plan
 *
 * Who may listen: the plan must be readable by the caller, by the same rule as the API's plan reads (./access.ts
 * canRead); an unreadable plan is answered exactly as a missing one (404 not-found, ./authorize.ts notFound).
 *
 * What is sent: after a call that changed a plan succeeded (server.ts calls `changed`; after plan.share
 * `rightsChanged`, changes ['rights']), an event `change` to every
 * stream of that plan — each listener's right to read the plan is checked again at that moment, with the account as it
 * is now (district, role, disabled, shares), so a share taken back or a plan whose status made it unreadable sends
 * nothing more and its stream ends. Every `heartbeatMs` a comment line keeps proxies from closing the stream, and the
 * streams are checked again: the session must still be live (./accounts.ts session: logout, the absolute limit, the
 * idle limit, a disabled account, a changed password or role end it) and the plan readable. The stream does not keep
 * its session alive: opening it and its checks read the session without touching its idle clock (`touch: false`),
 * so a session whose only traffic is its event stream idles out as any other, without an API call for SESSION_IDLE_MS
 * — whichever server process those calls went to (the clock is the session's row in the database).
 *
 * The library stream (shared/api/live.ts LIBRARY_EVENTS_QUERY) needs only the session. After plan.share
 * (`rightsChanged`) it carries the same `change` event (changes ['rights'], the plan id, nothing else) to the library
 * streams of the account the share was given to, changed for or taken from — when that account could read the plan
 * before the share or can read it after (a share of 'none' to an account that never had the plan tells it nothing,
 * not even that the plan exists) — and of the accounts that may share the plan now (its owner, admins; a district's
 * planners for a draft without owner — authorize.ts mayShare), whose count of shares changed; the page lists its
 * library again. Nobody else hears of it. Its checks: the session, as above.
 *
 * Bounds: `perSession` streams per session, `perUser` per account, `total` per server (a browser over HTTP/1.1 has
 * six connections per server: every open editor holds one); beyond them 429 and the page polls instead. A client that
 * does not read its stream (more than MAX_BUFFERED bytes waiting) is cut off.
 *
 * Several processes on one library (PostgreSQL, behind one address): each change is also published as a LiveMessage
 * (`attach`: ./bus.ts carries it over the database's LISTEN/NOTIFY), and a message from another process is delivered
 * here as if the call had been served here (`receive`): the same events to this process's streams, each listener's
 * rights checked again at delivery on the shared database, sessions ended, accounts re-checked. Without a bus
 * (SQLite) the events reach this process's streams only.
 */
import type http from 'node:http';
import type { MethodName } from '../../shared/api/contract.js';
import type { LiveEndReason, PlanChange, PlanEvent } from '../../shared/api/live.js';
import { stripInvisibleDeep } from '../../shared/text/invisible.js';
import { SECURITY_HEADERS, sendError } from '../bridge/http.js';
import { canRead, type Caller, type PlanAccess, type PlanFacts } from './access.js';
import type { Accounts, UserRow } from './accounts.js';
import { mayShare, notFound } from './authorize.js';

export interface LiveSettings {
  /** Heartbeat comment and re-check of every stream, ms. */
  heartbeatMs: number;
  perSession: number;
  perUser: number;
  total: number;
}

export const DEFAULT_LIVE: LiveSettings = { heartbeatMs: 25_000, perSession: 4, perUser: 8, total: 1000 };

/** A client this far behind in reading its stream is cut off. */
const MAX_BUFFERED = 256 * 1024;
/** The browser's wait before it reconnects after a dropped connection (the `retry` field), ms. */
const RETRY_MS = 5000;

/** What each changing call changes of the plan it names. Calls not listed send nothing (a new plan has no listener). */
export const PLAN_CHANGES: { readonly [K in MethodName]?: readonly PlanChange[] } = {
  'plan.save': ['revision'],
  'plan.setStatus': ['status', 'revision'],
  'review.add': ['annotations'],
  'review.reply': ['annotations'],
  'review.edit': ['annotations'],
  'review.setStatus': ['annotations'],
  'review.delete': ['annotations'],
  'review.accept': ['annotations', 'revision'],
  'review.submit': ['rounds', 'status', 'revision'],
  'review.close': ['rounds', 'status', 'revision'],
  'review.importPackage': ['annotations'],
  'review.importWord': ['annotations'],
  'history.restoreNode': ['revision'],
  'history.restorePlan': ['revision'],
};

/**
 * Changing calls that send no event: a new plan has no listener yet; versions, pins and prefs change nothing the
 * editor shows; plan.delete ends the plan's streams ('deleted'); backup.restore swaps the whole library (accounts
 * and sessions included) and ends every stream ('shutdown': the page reconnects later and catches up).
 */
export const NO_EVENT: ReadonlySet<MethodName> = new Set<MethodName>([
  'plan.importCommit', 'plan.duplicate', 'plan.createFromTemplate', 'plan.createBlank', 'plan.delete',
  'plan.restore', 'plan.purge', 'trash.setDays', 'versions.create', 'compare.pins.set', 'prefs.set', 'backup.create', 'backup.restore',
]);

/** The parts of the server's accounts and plan access the streams use (sync today; awaited, so async stores fit). */
export interface LiveDeps {
  accounts: Pick<Accounts, 'session' | 'userById'>;
  access: Pick<PlanAccess, 'facts'>;
  now: () => Date;
}

/**
 * What one server process tells the others on the same library (./bus.ts): the calls of LiveEvents below, as data.
 * Ids and names only — no text of a plan; each receiver checks its own listeners' rights at delivery.
 */
export type LiveMessage =
  | { t: 'change'; planId: string; method: string; changes: PlanChange[]; revision?: number; by?: { userId: number; name: string } }
  | { t: 'deleted'; planId: string }
  | { t: 'restored' }
  | { t: 'rights'; planId: string; userId: number; readBefore: boolean }
  | { t: 'session'; idHash: string }
  | { t: 'recheck' };

/** Where a process publishes its LiveMessages (./bus.ts SharedEvents); publish must not throw. */
export interface LiveBus {
  publish(m: LiveMessage): void;
}

interface Stream {
  res: http.ServerResponse;
  /** The plan listened to; null: the account's library stream. */
  planId: string | null;
  token: string;
  idHash: string;
  userId: number;
  ended: boolean;
}

type Awaitable<T> = T | Promise<T>;

const callerOf = (u: UserRow): Caller => ({ id: u.id, username: u.username, role: u.role, district: u.district });

export class LiveEvents {
  private readonly streams = new Set<Stream>();
  private readonly settings: LiveSettings;
  /** The other processes on this library, when there may be any (./bus.ts). */
  private bus: LiveBus | null = null;
  /** Told of each message of another process after it is delivered here (server.ts: who saved which revision). */
  onRemote: ((m: LiveMessage) => void) | null = null;
  private readonly timer: ReturnType<typeof setInterval>;
  /** Deliveries and checks run one after another, so a plan's events reach a stream in the order of the calls. */
  private queue: Promise<void> = Promise.resolve();
  private seq = 0;

  constructor(
    private readonly deps: LiveDeps,
    settings: Partial<LiveSettings> = {},
  ) {
    this.settings = { ...DEFAULT_LIVE, ...settings };
    this.timer = setInterval(() => this.enqueue(() => this.check(true)), this.settings.heartbeatMs);
    this.timer.unref();
  }

  /** Open streams (all, or of one plan; null: the library streams). */
  count(planId?: string | null): number {
    let n = 0;
    for (const s of this.streams) if (planId === undefined || s.planId === planId) n++;
    return n;
  }

  /** GET /api/events?planId=… (or ?library=1): refuse, or hold the response open as the plan's (the library's) event stream. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse, token: string | undefined): Promise<void> {
    if (req.method !== 'GET') {
      sendError(res, { code: 'method-not-allowed', message: '实时更新只接受 GET 请求', details: { en: 'Only GET.' } }, { Allow: 'GET' });
      return;
    }
    // opening a stream is no use of the session: its idle clock stays as the API calls left it
    const session = await this.deps.accounts.session(token, { touch: false });
    if (!session) {
      sendError(res, { code: 'unauthorized', message: '请先登录', details: { login: true, en: 'Not logged in, or the session has ended.' } });
      return;
    }
    const params = new URL(req.url ?? '/', 'http://server').searchParams;
    const raw = params.get('planId');
    const library = params.get('library') === '1';
    if (library && raw !== null) {
      sendError(res, { code: 'invalid-input', message: '实时更新须指定规划编号或资料库,不能两者都指定', details: { en: 'Either planId or library=1, not both.' } });
      return;
    }
    // the plan id as the API reads one (invisible characters dropped), so the same id names the same plan
    const planId = library ? null : raw === null ? '' : (stripInvisibleDeep(raw) as string);
    if (planId !== null && (planId.length < 1 || planId.length > 100)) {
      sendError(res, { code: 'invalid-input', message: '缺少规划编号(planId)', details: { en: 'planId is required (1–100 characters), or library=1.' } });
      return;
    }
    const caller = callerOf(session.user);
    if (planId !== null && !(await this.readable(planId, caller))) {
      sendError(res, notFound(planId));
      return;
    }
    const { perSession, perUser, total } = this.settings;
    let ofSession = 0;
    let ofUser = 0;
    for (const s of this.streams) {
      if (s.idHash === session.idHash) ofSession++;
      if (s.userId === caller.id) ofUser++;
    }
    if (ofSession >= perSession || ofUser >= perUser || this.streams.size >= total) {
      sendError(res, { code: 'rate-limited', message: '打开的实时更新连接过多,此窗口改为定时刷新', details: { en: 'Too many event streams.' } }, { 'Retry-After': '60' });
      return;
    }

    // the client may have gone while the checks above awaited: its 'close' has fired already and would never come
    if (req.destroyed || res.closed) return;
    const stream: Stream = { res, planId, token: token!, idHash: session.idHash, userId: caller.id, ended: false };
    this.streams.add(stream);
    res.on('close', () => this.remove(stream));
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // an nginx in front must pass the events on at once
      'X-Accel-Buffering': 'no',
    });
    this.write(stream, `retry: ${RETRY_MS}\n: open\n\n`);
  }

  /** Publish this process's changes to the other processes on the library as well (./bus.ts). */
  attach(bus: LiveBus | null): void {
    this.bus = bus;
  }

  /** A message of another process on the library: delivered to this process's streams as if the call had been served here. */
  receive(m: LiveMessage): void {
    this.apply(m);
    this.onRemote?.(m);
  }

  /** The messages of other processes may have been missed (./bus.ts lost its connection): every stream ends, the pages reconnect and catch up. */
  missed(): void {
    for (const s of this.streams) this.end(s, 'shutdown');
  }

  /** A call succeeded: announce what it changed of `planId` to that plan's streams. */
  changed(method: string, planId: string | null, result: unknown, by?: { userId: number; name: string }): void {
    let m: LiveMessage | null = null;
    const changes = PLAN_CHANGES[method as MethodName];
    if (method === 'backup.restore') m = { t: 'restored' };
    else if ((method === 'plan.delete' || method === 'plan.purge') && planId) m = { t: 'deleted', planId };
    else if (changes && planId) {
      const r = result as { revision?: unknown } | null;
      m = { t: 'change', planId, method, changes: [...changes] };
      if (typeof r?.revision === 'number') m.revision = r.revision;
      if (by) m.by = { userId: by.userId, name: by.name };
    }
    if (m) this.announce(m);
  }

  /** Deliver here and publish to the other processes. */
  private announce(m: LiveMessage): void {
    this.apply(m);
    this.bus?.publish(m);
  }

  private apply(m: LiveMessage): void {
    switch (m.t) {
      case 'change':
        return this.deliverChange(m);
      case 'deleted':
        for (const s of this.streams) if (s.planId === m.planId) this.end(s, 'deleted');
        return;
      case 'restored':
        for (const s of this.streams) this.end(s, 'shutdown');
        return;
      case 'rights':
        return this.deliverRights(m.planId, m.userId, m.readBefore);
      case 'session':
        for (const s of this.streams) if (s.idHash === m.idHash) this.end(s, 'session');
        return;
      case 'recheck':
        return this.enqueue(() => this.check(false));
    }
  }

  private deliverChange(m: Extract<LiveMessage, { t: 'change' }>): void {
    const { planId, changes } = m;
    if (![...this.streams].some((s) => s.planId === planId)) return;
    const base: PlanEvent = { planId, method: m.method, changes: [...changes] };
    if (m.revision !== undefined) base.revision = m.revision;
    if (m.by) base.by = { userId: m.by.userId, name: m.by.name };
    const id = ++this.seq;
    this.enqueue(async () => {
      for (const s of [...this.streams]) {
        if (s.ended || s.planId !== planId) continue;
        const facts = await this.factsNow(s);
        if (s.ended) continue;
        if (!facts) {
          this.end(s, 'access');
          continue;
        }
        const event: PlanEvent = changes.includes('status') ? { ...base, status: facts.status } : base;
        this.write(s, `event: change\nid: ${id}\ndata: ${JSON.stringify(event)}\n\n`);
      }
    });
  }

  /**
   * The plan's shares changed (plan.share, with `userId`'s share): its streams that may still read it get `change`
   * with changes ['rights'] (the page asks plan.get for its rights again); a stream whose account lost the plan ends
   * ('access', as recheck). The library streams of the accounts that may share the plan now get the same event (the
   * page lists its library again), and those of `userId` when that account could read the plan before the share
   * (`readBefore`, asked by the caller before it changed the share) or can read it now: a share of 'none' to an
   * account that never had the plan tells it nothing, not even that the plan exists. No other library stream hears of it.
   */
  rightsChanged(planId: string, userId: number, readBefore: boolean): void {
    this.announce({ t: 'rights', planId, userId, readBefore });
  }

  private deliverRights(planId: string, userId: number, readBefore: boolean): void {
    if (![...this.streams].some((s) => s.planId === planId || s.planId === null)) return;
    const id = ++this.seq;
    const event: PlanEvent = { planId, method: 'plan.share', changes: ['rights'] };
    const text = `event: change\nid: ${id}\ndata: ${JSON.stringify(event)}\n\n`;
    this.enqueue(async () => {
      for (const s of [...this.streams]) {
        if (s.ended) continue;
        if (s.planId === null) {
          if (await this.concerns(s, planId, userId, readBefore)) this.write(s, text);
          continue;
        }
        if (s.planId !== planId) continue;
        const facts = await this.factsNow(s);
        if (s.ended) continue;
        if (!facts) this.end(s, 'access');
        else this.write(s, text);
      }
    });
  }

  /** A session ended (logout, a new login in the same browser): its streams end. */
  endSession(idHash: string): void {
    this.announce({ t: 'session', idHash });
  }

  /** Accounts changed (disabled, new password or role, another district): every stream is checked now. */
  recheck(): void {
    this.announce({ t: 'recheck' });
  }

  /** The server stops: every stream ends (the page reconnects later). */
  close(): void {
    clearInterval(this.timer);
    for (const s of this.streams) this.end(s, 'shutdown');
  }

  // --- inside ------------------------------------------------------------------------------------------------

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e) => console.error('[server] event streams:', e));
  }

  /**
   * Heartbeat (ping) and/or re-check: the session live (not ended, not idle: accounts.session, without touching its
   * idle clock), the plan readable by the account as it is now.
   */
  private async check(ping: boolean): Promise<void> {
    const sessions = new Map<string, boolean>();
    for (const s of [...this.streams]) {
      if (s.ended) continue;
      if (ping) this.write(s, ': ping\n\n');
      let live = sessions.get(s.idHash);
      if (live === undefined) {
        live = (await this.deps.accounts.session(s.token, { touch: false })) !== null;
        sessions.set(s.idHash, live);
      }
      if (!live) {
        this.end(s, 'session');
        continue;
      }
      if (s.planId !== null && !(await this.factsNow(s))) this.end(s, 'access');
    }
  }

  /**
   * Whether a share of `planId` with `userId` concerns the account of library stream `s`: its own share, when it could
   * read the plan before (`readBefore`) or can now; or it may share the plan.
   */
  private async concerns(s: Stream, planId: string, userId: number, readBefore: boolean): Promise<boolean> {
    const user = (await this.deps.accounts.userById(s.userId)) as UserRow | undefined;
    if (!user || user.disabled || s.ended) return false;
    const caller = callerOf(user);
    const f = await (this.deps.access.facts(planId, caller) as Awaitable<PlanFacts | null>);
    if (s.ended) return false;
    if (user.id === userId && (readBefore || (!!f && canRead(caller, f)))) return true;
    return !!f && mayShare(caller, f);
  }

  /** The plan's facts when the stream's account (as it is now) may read it; else null. */
  private async factsNow(s: Stream): Promise<PlanFacts | null> {
    if (s.planId === null) return null;
    const user = (await this.deps.accounts.userById(s.userId)) as UserRow | undefined;
    if (!user || user.disabled) return null;
    const caller = callerOf(user);
    const f = await (this.deps.access.facts(s.planId, caller) as Awaitable<PlanFacts | null>);
    return f && canRead(caller, f) ? f : null;
  }

  private async readable(planId: string, caller: Caller): Promise<boolean> {
    const f = await (this.deps.access.facts(planId, caller) as Awaitable<PlanFacts | null>);
    return !!f && canRead(caller, f);
  }

  private write(s: Stream, text: string): void {
    if (s.ended) return;
    if (s.res.writableLength > MAX_BUFFERED) {
      s.res.destroy();
      this.remove(s);
      return;
    }
    s.res.write(text);
  }

  private end(s: Stream, reason: LiveEndReason): void {
    if (s.ended) return;
    this.write(s, `event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    this.remove(s);
    s.res.end();
  }

  private remove(s: Stream): void {
    s.ended = true;
    this.streams.delete(s);
  }
}
