/**
 * The office server (plan-workbench serve): the core's API for several people, with accounts.
 *
 *   POST /api/server.hello  { product: 'plan-workbench', kind: 'office' } without a session: what answers here (the
 *                           desktop's browser mode answers kind 'desktop'; shared/api/server.ts HELLO_METHOD)
 *   POST /api/auth.login    { username, password } → the session cookie (HttpOnly, SameSite=Strict, Secure behind
 *                           https) and { user, csrf }; the only call without a session
 *   POST /api/<method>      every other call: the session cookie AND the header x-csrf-token: <csrf of the session>
 *                           (auth.me alone needs no CSRF token: it is how a reloaded page gets it); then the caller's
 *                           role and plan access are checked (./authorize.ts over ./permissions.ts and ./access.ts), the call runs as the
 *                           account (annotations and history are signed with its name, electron/core/actor.ts), lists
 *                           are cut to what the caller may read, and changing calls are written to the audit log; a few
 *                           calls are kept per account (./personal.ts: annotation authors, 最近打开, departments, import
 *                           jobs) and a restore ends every session and keeps the accounts
 *   GET  /api/events?planId= the plan's live review events (server-sent events, ./events.ts); ?library=1: the
 *                           account's library stream (a share given, changed or taken back); on PostgreSQL the
 *                           events of every server process on the library (./bus.ts, LISTEN/NOTIFY)
 *   GET  /…                 the built renderer (index.html for app routes; it shows the login screen)
 *
 * Hardening kept from the single-user bridge (../bridge/server.ts, ../bridge/http.ts): Host must be one of this
 * server's names (DNS rebinding), an Origin header must be this server's own origin, request bodies over the limit
 * → 413, non-JSON → 400, static paths confined to the build. Added: sessions (./accounts.ts), CSRF tokens, login
 * rate limiting (./ratelimit.ts), per-method roles and per-plan access, the audit log.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { METHODS, type CallWarning, type MethodName } from '../../shared/api/contract.js';
import { CSRF_HEADER, HELLO_METHOD, helloOf, SERVER_METHODS, type ServerMethodName, type SessionView } from '../../shared/api/server.js';
import { AppError, type ErrorShape } from '../../shared/errors.js';
import { stripInvisibleDeep } from '../../shared/text/invisible.js';
import { actAs } from '../core/actor.js';
import { appendAudit } from '../core/audit.js';
import type { Core } from '../core/core.js';
import type { Db } from '../store/db.js';
import { WRITE_METHODS } from '../core/dispatch.js';
import { cookieValue, hostAndOriginOk, readJsonBody, sendError, sendIndexHtml, sendJson, serveStatic, tokenMatches } from '../bridge/http.js';
import { canRead, PlanAccess, type Caller } from './access.js';
import { createdPlanId, createGuard, primaryPlanId, Refusal, refuse } from './authorize.js';
import { Accounts, accountOf, SESSION_MAX_MS, type SessionInfo } from './accounts.js';
import { AUDITED_READS, AUDITED_SERVER_METHODS, METHOD_RULES, roleMethods, SERVER_RULES } from './permissions.js';
import { createPersonal, PersonalStore } from './personal.js';
import { DEFAULT_LIMITS, LoginLimiter, lockedMessage, type LimitSettings } from './ratelimit.js';
import { LiveEvents, type LiveSettings } from './events.js';
import { SharedEvents } from './bus.js';
import { LIVE_EVENTS_PATH } from '../../shared/api/live.js';

export const DEFAULT_MAX_BODY_BYTES = 40 * 1024 * 1024;

export interface ServerOptions {
  core: Pick<Core, 'call' | 'db'>;
  /** Address to listen on; default 127.0.0.1. Anything else serves the LAN (accounts are always required). */
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** The built renderer (out/renderer); without it GET answers 404. */
  staticDir?: string;
  /** Served behind an https reverse proxy: cookies get Secure and the __Host- prefix. */
  secureCookies?: boolean;
  /** More names (or name:port) the Host header may carry, e.g. the proxy's public name. */
  allowHosts?: string[];
  maxBodyBytes?: number;
  limits?: Partial<LimitSettings>;
  /** Live review event streams: heartbeat and caps (./events.ts DEFAULT_LIVE). */
  live?: Partial<LiveSettings>;
  /** Clock (tests). */
  now?: () => Date;
}

export interface OfficeServer {
  url: string;
  port: number;
  host: string;
  cookieName: string;
  accounts: Accounts;
  live: LiveEvents;
  /** The events shared with the other server processes on the library (PostgreSQL); null on SQLite. */
  shared: SharedEvents | null;
  close(): Promise<void>;
}

const LIBRARY_ID_KEY = 'server.libraryId';

/**
 * The library's own id for the session cookie's name: a random id stored once in its settings (the first process to
 * start on the library stores it; the others, or a restart, read it). Null when it can be neither read nor stored
 * (a read-only library that has none): the caller then names the cookie by its port.
 */
async function libraryCookieId(db: Db): Promise<string | null> {
  const ok = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{12}$/.test(v) ? v : null);
  const had = ok(await db.plans.getSetting<string>(LIBRARY_ID_KEY));
  if (had) return had;
  if (!db.readOnly) {
    // (INSERT … DO NOTHING: of two processes starting at once on a new library, the first id stored is the one)
    await db.sql.run(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, [LIBRARY_ID_KEY, JSON.stringify(randomBytes(6).toString('hex'))]);
  }
  return ok(await db.plans.getSetting<string>(LIBRARY_ID_KEY));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\./.test(host);

type AuditDetail = NonNullable<Parameters<typeof appendAudit>[1]['detail']> | null;

const PASSWORD_KEYS: ReadonlySet<string> = new Set(['password', 'oldPassword', 'newPassword']);

export async function startOfficeServer(opts: ServerOptions): Promise<OfficeServer> {
  const bindHost = opts.host ?? '127.0.0.1';
  const now = opts.now ?? (() => new Date());
  const db = () => opts.core.db;
  const accounts = new Accounts(db, now);
  const access = new PlanAccess(db);
  const personalStore = new PersonalStore(db);
  const { checkRole, planFacts, authorizePlans, filterResult, withRights, hideTrashed } = createGuard(access, personalStore);
  // per-account answers and records (last opened, departments, import jobs, annotation authors, after a restore)
  const personal = createPersonal({ db, core: opts.core, access, store: personalStore, now });
  const live = new LiveEvents({ accounts, access, now }, opts.live);
  // several server processes on one PostgreSQL library: each one's events reach the others' streams (./bus.ts)
  const channel = opts.core.db.channel;
  const shared = channel ? await SharedEvents.start(channel, live) : null;
  /**
   * Who last saved each plan through this process (or another on the library), and the revision that made: a save
   * that then conflicts on that revision is told the colleague's name and account id (details.savedBy,
   * savedByUserId). Not kept across restarts (the audit log has the rest).
   */
  const lastWriter = new Map<string, { userId: number; name: string; revision: number }>();
  // … and through the other server processes on the library (./bus.ts): their calls that made a revision
  live.onRemote = (m) => {
    if (m.t === 'change' && m.by && typeof m.revision === 'number') lastWriter.set(m.planId, { userId: m.by.userId, name: m.by.name, revision: m.revision });
  };
  const limiter = new LoginLimiter({ ...DEFAULT_LIMITS, ...opts.limits }, () => now().getTime());
  // the other server processes' login attempts count here too (./bus.ts): the limits are the library's, not a process's
  if (shared) shared.onLogin = (n) => (n.t === 'login-fail' ? limiter.fail(n.account, n.address) : limiter.succeed(n.account));
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const staticRoot = opts.staticDir ? path.resolve(opts.staticDir) : null;
  const secure = opts.secureCookies === true;
  let port = 0;
  let cookieName = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[server] request failed:', e);
      if (!res.headersSent) sendError(res, { code: 'internal', message: '程序内部错误' });
      else res.destroy();
    });
  });

  /** Names this server answers to: loopback names, the bound address, this machine's name and addresses, --allow-host. */
  function allowedHosts(): { exact: Set<string>; names: Set<string> } {
    const names = new Set<string>(['127.0.0.1', 'localhost', '[::1]']);
    if (!isLoopback(bindHost)) {
      if (bindHost !== '0.0.0.0' && bindHost !== '::') names.add(bindHost.includes(':') ? `[${bindHost}]` : bindHost);
      names.add(os.hostname().toLowerCase());
      for (const list of Object.values(os.networkInterfaces())) {
        for (const a of list ?? []) names.add(a.family === 'IPv6' ? `[${a.address.toLowerCase()}]` : a.address);
      }
    }
    const exact = new Set<string>([...names].map((n) => `${n}:${port}`));
    const bare = new Set<string>();
    for (const h of opts.allowHosts ?? []) {
      const v = h.toLowerCase();
      if (/:\d+$/.test(v)) exact.add(v);
      else bare.add(v);
    }
    return { exact, names: bare };
  }
  let hosts: { exact: Set<string>; names: Set<string> };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const ok = hostAndOriginOk(req, res, {
      host: (host) => hosts.exact.has(host) || hosts.names.has(host.replace(/:\d+$/, '')) || hosts.names.has(host),
      origin: (origin, host) => origin === `http://${host}` || origin === `https://${host}`,
    });
    if (!ok) return;
    const [rawPath] = (req.url ?? '/').split('?', 1);
    if (rawPath === LIVE_EVENTS_PATH) return live.handle(req, res, cookieValue(req.headers.cookie, cookieName));
    if (rawPath === '/api' || rawPath.startsWith('/api/')) return handleApi(req, res, rawPath.slice('/api/'.length));
    return serveStatic(req, res, rawPath, staticRoot, (rq, rs) => sendIndexHtml(rq, rs, staticRoot!));
  }

  /**
   * One audit entry. The call's answer does not depend on it: a library that cannot be written (read-only folder,
   * full disk) still answers the call as the core did, and the failure goes to the server's log.
   */
  async function record(entry: Parameters<typeof appendAudit>[1]): Promise<void> {
    try {
      await appendAudit(db().sql, entry);
    } catch (e) {
      console.error(`[server] audit entry not written (${entry.method} by ${entry.username ?? '-'}): ${(e as { code?: string }).code ?? String(e)}`);
    }
  }

  function cookie(value: string, maxAgeSeconds: number): string {
    return `${cookieName}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, { code: 'method-not-allowed', message: '接口只接受 POST 请求' }, { Allow: 'POST' });
      return;
    }
    // which kind of server this is (the desktop's connect dialog asks before anyone logs in; the body is not read)
    if (method === HELLO_METHOD) {
      req.resume();
      return sendJson(res, 200, { ok: true, result: helloOf('office') });
    }
    const address = req.socket.remoteAddress ?? '';
    const sessionToken = cookieValue(req.headers.cookie, cookieName);
    const session = method === 'auth.login' ? null : await accounts.session(sessionToken);
    if (method !== 'auth.login' && !session) {
      // details.login: the page shows its login screen (the bridge's 401 has no such flag)
      sendError(res, { code: 'unauthorized', message: '请先登录', details: { login: true, en: 'Not logged in, or the session has ended.' } });
      return;
    }
    if (session && method !== 'auth.me' && !tokenMatches(req.headers[CSRF_HEADER], session.csrf)) {
      sendError(res, { code: 'forbidden', message: '请求缺少有效的安全令牌,请刷新页面后重试', details: { en: `Missing or wrong ${CSRF_HEADER} header.` } });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(res, { code: 'invalid-json', message: '请求须为 JSON(Content-Type: application/json)', details: { en: 'Content-Type must be application/json.' } });
      return;
    }
    const body = await readJsonBody(req, res, maxBody);
    if (!body) return;
    const input = body.input;

    if (method === 'auth.login') return login(res, input, address, sessionToken);
    const s = session!;
    const caller: Caller = { id: s.user.id, username: s.user.username, role: s.user.role, district: s.user.district };
    const audit = (m: string, planId: string | null, result: string, detail: AuditDetail = null) =>
      record({ at: now().toISOString(), userId: caller.id, username: caller.username, method: m, planId, result, address, detail });

    if (Object.hasOwn(SERVER_METHODS, method)) {
      const m = method as ServerMethodName;
      let planId: string | null = null;
      // plan.share: with whom and what access, also when refused (the display name once the account is found)
      const note: { detail: AuditDetail; warnings: CallWarning[] } = { detail: null, warnings: [] };
      try {
        const parsed = SERVER_METHODS[m].input.safeParse(input);
        if (!parsed.success) refuse({ code: 'invalid-input', message: `${m} 的参数无效`, details: { issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message })) } });
        // names and districts lose invisible characters as the API's strings do; passwords are kept exactly as typed
        const data = stripInvisibleDeep(parsed.data, PASSWORD_KEYS) as Record<string, unknown>;
        planId = typeof data.planId === 'string' ? data.planId : null;
        if (m === 'plan.share') note.detail = { share: { username: data.username as string, displayName: null, access: data.access as 'read' | 'edit' | 'none' } };
        checkRole(SERVER_RULES[m], caller);
        const result = await serverMethod(m, data, s, caller, note);
        if (AUDITED_SERVER_METHODS.has(m)) await audit(m, planId, 'ok', note.detail);
        sendJson(res, 200, note.warnings.length ? { ok: true, result, warnings: note.warnings } : { ok: true, result }, m === 'auth.logout' ? { 'Set-Cookie': cookie('', 0) } : {});
      } catch (e) {
        const shape = errorShape(e);
        if (AUDITED_SERVER_METHODS.has(m)) await audit(m, planId, shape.code, note.detail);
        sendError(res, shape);
      }
      return;
    }

    if (!Object.hasOwn(METHODS, method)) {
      // Unknown method: the core's own answer.
      const env = await opts.core.call(method, input);
      return env.ok ? sendJson(res, 200, env) : sendError(res, env.error);
    }
    const m = method as MethodName;
    const rule = METHOD_RULES[m];
    const audited = WRITE_METHODS.has(m) || AUDITED_READS.has(m);
    const parsed = METHODS[m].input.safeParse(input);
    const data = parsed.success ? (stripInvisibleDeep(parsed.data, new Set(['dataBase64'])) as Record<string, unknown>) : null;
    let planId = data ? primaryPlanId(data) : null;
    try {
      checkRole(rule, caller);
      if (data) planId = (await authorizePlans(m, rule, data, caller)) ?? planId;
    } catch (e) {
      const shape = errorShape(e);
      if (audited) await audit(m, planId, shape.code);
      return sendError(res, shape);
    }
    // Invalid input goes to the core as it came: its answer (invalid-input with the issues) is the API's.
    const was = await personal.before(m);
    const env =
      (await personal.answer(m, data, input, caller)) ??
      (await actAs({ name: s.user.display_name.slice(0, 50), department: (s.user.district ?? '').slice(0, 100) }, () => opts.core.call(m, input)));
    if (!env.ok && env.error.code === 'conflict' && m === 'plan.save' && planId) {
      // name the colleague whose save made this one stale, when this server process saw it (the editor's banner):
      // the display name to show and the account's id (the page compares ids, never names)
      const last = lastWriter.get(planId);
      const details = (env.error.details ?? {}) as Record<string, unknown>;
      if (last && last.userId !== caller.id && last.revision === details.revision) env.error.details = { ...details, savedBy: last.name, savedByUserId: last.userId };
    }
    if (env.ok && WRITE_METHODS.has(m)) {
      // The core committed the write. Nothing after this may answer as if it had not (the user would retry and write
      // twice): a step that fails is logged and becomes a warning of the ok answer (docs/reliability.md › An error
      // never hides a committed write). Write methods' answers are not cut by access (no rule.filter, no withRights).
      const warnings = [...(env.warnings ?? [])];
      const step = async (what: string, work: () => Promise<void> | void, message?: string) => {
        try {
          await work();
        } catch (e) {
          console.error(`[server] ${m}: ${what} failed after the write was committed (the write stands):`, e);
          if (message) warnings.push({ code: 'after-commit', message, details: { step: what, en: `The change was saved, but ${what} failed.` } });
        }
      };
      let result: unknown = env.result;
      await step('the server\'s own records', async () => {
        result = await personal.after(m, env.result as unknown, caller, was);
      }, m === 'backup.restore' ? '备份已恢复,但服务器未能结束所有会话或核对账户;请所有用户重新登录,并由管理员核对账户。' : undefined);
      const rev = (result as { revision?: unknown } | null)?.revision;
      if (planId && typeof rev === 'number') lastWriter.set(planId, { userId: caller.id, name: s.user.display_name, revision: rev });
      if (rule.creates) {
        const created = createdPlanId(m, result);
        if (created) {
          // (without an owner, access.ts's rule for such plans applies: its district's planners)
          await step(`recording the owner of plan ${created}`, () => access.setOwner(created, caller.id), '规划已保存,但未能记录您为其所有者;本区的规划人员可以编辑它,请联系管理员补记。');
          planId = created;
        }
      }
      if (audited) await audit(m, planId, 'ok');
      // after a restore every session has ended, this one too: its cookie is cleared
      sendJson(res, 200, warnings.length ? { ok: true, result, warnings } : { ok: true, result }, m === 'backup.restore' ? { 'Set-Cookie': cookie('', 0) } : {});
      await step('announcing the change to the live event streams', () => live.changed(m, planId, result, { userId: caller.id, name: s.user.display_name }));
    } else if (env.ok) {
      const shown = rule.filter ? await filterResult(m, env.result, caller) : await withRights(m, env.result, caller);
      if (audited) await audit(m, planId, 'ok');
      sendJson(res, 200, env.warnings?.length ? { ok: true, result: shown, warnings: env.warnings } : { ok: true, result: shown });
    } else {
      if (audited) await audit(m, planId, env.error.code);
      sendError(res, await hideTrashed(env.error, caller));
    }
  }

  async function login(res: http.ServerResponse, input: unknown, address: string, oldToken: string | undefined): Promise<void> {
    const parsed = SERVER_METHODS['auth.login'].input.safeParse(input);
    if (!parsed.success) return sendError(res, { code: 'invalid-input', message: '请输入用户名和密码' });
    const { username, password } = parsed.data;
    const recordLogin = (userId: number | null, result: string) =>
      record({ at: now().toISOString(), userId, username: username.slice(0, 64), method: 'auth.login', planId: null, result, address });
    const wait = limiter.lockedFor(username, address);
    if (wait > 0) {
      await recordLogin(null, 'rate-limited');
      return sendError(res, { code: 'rate-limited', message: lockedMessage(wait), details: { retryAfterSeconds: Math.ceil(wait / 1000) } }, { 'Retry-After': String(Math.ceil(wait / 1000)) });
    }
    const user = await accounts.verify(username, password);
    if (!user) {
      limiter.fail(username, address);
      shared?.publishLogin({ t: 'login-fail', account: username, address });
      await recordLogin(null, 'unauthorized');
      return sendError(res, { code: 'unauthorized', message: '用户名或密码错误', details: { en: 'Wrong user name or password.' } });
    }
    limiter.succeed(username);
    shared?.publishLogin({ t: 'login-ok', account: username });
    // A new session id at every login (no fixation); the session the browser came with, if any, ends.
    const old = await accounts.session(oldToken);
    if (old) {
      await accounts.endSession(old.idHash);
      live.endSession(old.idHash);
    }
    const { token, csrf } = await accounts.createSession(user.id);
    await recordLogin(user.id, 'ok');
    const view: SessionView = { user: accountOf(user), userId: user.id, csrf, methods: roleMethods(user.role) };
    sendJson(res, 200, { ok: true, result: view }, { 'Set-Cookie': cookie(token, Math.floor(SESSION_MAX_MS / 1000)) });
  }

  /** Telling the live streams of a committed change: a failure is logged, never the call's answer. */
  function afterWrite(m: string, work: () => void): void {
    try {
      work();
    } catch (e) {
      console.error(`[server] ${m}: telling the live event streams failed after the write was committed (the write stands):`, e);
    }
  }

  async function serverMethod(m: ServerMethodName, data: Record<string, unknown>, s: SessionInfo, caller: Caller, note: { detail: AuditDetail; warnings: CallWarning[] }): Promise<unknown> {
    switch (m) {
      case 'auth.me':
        return { user: accountOf(s.user), userId: s.user.id, csrf: s.csrf, methods: roleMethods(s.user.role) } satisfies SessionView;
      case 'auth.logout':
        await accounts.endSession(s.idHash);
        afterWrite(m, () => live.endSession(s.idHash));
        return { ok: true };
      case 'auth.passwd': {
        const ok = await accounts.changeOwnPassword(s.user, data.oldPassword as string, data.newPassword as string, s.idHash);
        if (!ok) refuse({ code: 'forbidden', message: '原密码不正确' });
        afterWrite(m, () => live.recheck());
        return { ok: true };
      }
      case 'users.list':
        return accounts.list();
      case 'users.directory':
        return accounts.directory();
      case 'users.add':
        return accounts.add(data as Parameters<Accounts['add']>[0]);
      case 'users.update': {
        const { username, ...change } = data as { username: string } & Parameters<Accounts['update']>[1];
        const updated = await accounts.update(username, change);
        afterWrite(m, () => live.recheck());
        return updated;
      }
      case 'plan.shares': {
        const planId = data.planId as string;
        await planFacts(planId, caller, 'read');
        return access.shares(planId);
      }
      case 'plan.share': {
        const planId = data.planId as string;
        await planFacts(planId, caller, 'own');
        const target = await accounts.get(data.username as string);
        if (note.detail) note.detail.share.displayName = target.display_name || null;
        // whether that account could read the plan before: only then (or when it can after) does its library hear of it
        const as: Caller = { id: target.id, username: target.username, role: target.role, district: target.district };
        const before = await access.facts(planId, as);
        // (read before the write: the answer if reading them again after it fails)
        const prior = await access.shares(planId);
        await access.share(planId, target.id, data.access as 'read' | 'edit' | 'none');
        afterWrite(m, () => live.recheck());
        // the plan's open editors learn their rights again (a share lowered to read, raised to edit); the open
        // libraries of the account and of those who may share the plan list it again
        afterWrite(m, () => live.rightsChanged(planId, target.id, !!before && canRead(as, before)));
        try {
          return await access.shares(planId);
        } catch (e) {
          // the share is stored: answer with the list as it must be now, and say it was not read again
          console.error(`[server] plan.share: reading the shares of ${planId} again failed after the share was stored (the share stands):`, e);
          note.warnings.push({ code: 'after-commit', message: '共享已保存,但未能重新读取共享列表;显示的列表按本次修改推算,刷新后可核对。', details: { step: 'reading the shares again', en: 'The share was saved, but the list of shares could not be read again; the list shown is computed from this change.' } });
          const level = data.access as 'read' | 'edit' | 'none';
          const list = prior.filter((x) => x.username !== target.username);
          if (level !== 'none') list.push({ username: target.username, access: level });
          // in access.shares' order: by lower(username), then username
          const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
          return list.sort((a, b) => cmp(a.username.toLowerCase(), b.username.toLowerCase()) || cmp(a.username, b.username));
        }
      }
      case 'auth.login':
        throw new Error('unreachable');
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, bindHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    live.close();
    await shared?.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;
  // one name for every server process of one library (the browser holds one cookie for the address in front of them
  // all), another for another library on this host (browsers share cookies across the ports of one host)
  const lib = await libraryCookieId(opts.core.db).catch(() => null);
  cookieName = `${secure ? '__Host-' : ''}pw_office_${lib ?? port}`;
  hosts = allowedHosts();
  const shownHost = isLoopback(bindHost) || bindHost === '0.0.0.0' || bindHost === '::' ? (isLoopback(bindHost) ? '127.0.0.1' : os.hostname()) : bindHost;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`,
    port,
    host: bindHost,
    cookieName,
    accounts,
    live,
    shared,
    close: async () => {
      await new Promise<void>((resolve) => {
        live.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await shared?.close();
    },
  };
}

function errorShape(e: unknown): ErrorShape {
  if (e instanceof Refusal) return e.shape;
  if (e instanceof AppError) return e.details !== undefined ? { code: e.code, message: e.message, details: e.details } : { code: e.code, message: e.message };
  console.error('[server] unexpected error:', e);
  return { code: 'internal', message: '程序内部错误,操作未完成。' };
}

