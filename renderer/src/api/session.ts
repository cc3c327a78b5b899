/**
 * Browser mode against the office server (plan-workbench serve): who is logged in, the session's CSRF token that
 * every call carries in x-csrf-token, and whether the login screen is due. Against the single-user bridge
 * (npm run start:web) server.hello answers kind 'desktop' (auth.me is not asked): mode 'local', nothing changes.
 */
import { reactive } from 'vue';
import { HELLO_METHOD, type Account, type SessionView } from '../../../shared/api/server';
import type { Envelope, PlanRights } from '../../../shared/api/contract';
import { postApi } from './http';

export const session = reactive({
  /** 'server': the office server (accounts); 'local': the bridge or the desktop app; 'unknown' before probeSession. */
  mode: 'unknown' as 'unknown' | 'local' | 'server',
  user: null as Account | null,
  /** The account's id (SessionView.userId): how events and conflicts tell this account from a colleague. */
  userId: null as number | null,
  /** The server answered that this page has no (or no longer a) session: show the login screen. */
  needLogin: false,
  /** The methods the account's role may call (SessionView.methods); null: not told (everything offered). */
  methods: null as string[] | null,
});

let csrf: string | null = null;

/** The CSRF header for the next call ({} outside the office server). */
export function csrfHeaders(): Record<string, string> {
  return csrf ? { 'x-csrf-token': csrf } : {};
}

/** An answer of the office server that means "log in": its 401 carries details.login. */
export function isLoginRequired(env: Envelope<unknown>): boolean {
  return !env.ok && env.error.code === 'unauthorized' && env.error.details?.login === true;
}

export function markLoginRequired(): void {
  session.mode = 'server';
  session.needLogin = true;
  session.user = null;
  session.userId = null;
  session.methods = null;
  csrf = null;
}

async function post(method: string, input: unknown): Promise<Envelope<unknown>> {
  return (await postApi(`/api/${method}`, input, csrfHeaders())).env;
}

function signedIn(view: SessionView): void {
  session.mode = 'server';
  session.user = view.user;
  session.userId = typeof view.userId === 'number' ? view.userId : null;
  session.methods = view.methods ?? null;
  session.needLogin = false;
  csrf = view.csrf;
}

/** Ask the server who is logged in (at start, in browser mode). Never throws: unreachable → 'local' (the views say so). */
export async function probeSession(): Promise<void> {
  try {
    // the single-user bridge says it is one (server.hello, 200): no auth.me, which it would answer 404 — a console
    // error on every load of browser mode; the office server (or an older bridge) is asked auth.me as before
    const hello = await post(HELLO_METHOD, {}).catch(() => null);
    if (hello?.ok && (hello.result as { kind?: unknown } | null)?.kind === 'desktop') {
      session.mode = 'local';
      return;
    }
    const env = await post('auth.me', {});
    if (env.ok) signedIn(env.result as SessionView);
    else if (isLoginRequired(env)) markLoginRequired();
    else session.mode = 'local';
  } catch {
    session.mode = 'local';
  }
}

/** Log in; null when done, else the server's one line (wrong password, locked …). */
export async function login(username: string, password: string): Promise<string | null> {
  try {
    const env = await post('auth.login', { username, password });
    if (env.ok) {
      signedIn(env.result as SessionView);
      return null;
    }
    return env.error.code === 'invalid-input' ? '请输入用户名和密码' : env.error.message;
  } catch {
    return '无法连接到服务器,请稍后再试';
  }
}

export async function logout(): Promise<void> {
  try {
    await post('auth.logout', {});
  } finally {
    markLoginRequired();
  }
}

/**
 * Was it this account that made a change the server names by account id (PlanEvent.by.userId, a conflict's
 * details.savedByUserId) — e.g. a save from another window of one's own? Ids, not display names: two colleagues may be
 * named alike, and a name may change. False outside the office server and when either id is unknown.
 */
export function isOwnAccount(userId: unknown): boolean {
  return session.mode === 'server' && session.userId !== null && userId === session.userId;
}

/** May this page create and change plans? Always outside the office server; there, planners and admins. */
export function mayEditPlans(): boolean {
  return session.mode !== 'server' || session.user?.role === 'planner' || session.user?.role === 'admin';
}

/** Does this account's top bar offer 备份与恢复? Outside the office server (one user, own library) always; there, the admin only. */
export function mayBackUp(): boolean {
  return session.mode !== 'server' || session.user?.role === 'admin';
}

/**
 * May this page do `what` with one plan? On the office server the plan says so itself (PlanRights: library.list and
 * plan.get carry what the server's own access rules allow this account); outside it (one user) everything is allowed.
 */
export function mayOn(plan: { may?: PlanRights } | null | undefined, what: keyof PlanRights): boolean {
  if (plan?.may) return plan.may[what];
  return mayEditPlans();
}

/**
 * May this account's role call `method` at all (its rights on a plan aside)? Outside the office server (one user)
 * always; there, as the server listed with the session (electron/server/permissions.ts roleMethods).
 */
export function roleMay(method: string): boolean {
  if (session.mode !== 'server' || !session.methods) return true;
  return session.methods.includes(method);
}
