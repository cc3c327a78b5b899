/**
 * The office server's own methods (plan-workbench serve, electron/server/): accounts, sessions and plan shares.
 * They travel like the API (POST /api/<method>, one JSON argument, an Envelope back) but exist only on the server:
 * the desktop app and browser mode have one user and no accounts, so these are not in METHODS (./contract.ts) and
 * the core does not implement them.
 */
import { z } from 'zod';

export const ROLES = ['planner', 'reviewer', 'clerk', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** User names: letters (any script), digits, . _ - ; compared without case. */
export const Username = z.string().min(1).max(64).regex(/^[\p{L}\p{N}._-]+$/u);
/** Passwords: 12 characters or more (OWASP ASVS 2.1.1), at most 200 (scrypt is given a bounded input). */
export const MIN_PASSWORD_CHARS = 12;
export const Password = z.string().min(MIN_PASSWORD_CHARS).max(200);
const District = z.string().min(1).max(50);

/** An account as the server shows it (never the password hash). */
export const Account = z.object({
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** null: no district (an admin, a city-level reviewer): sees drafts only when they are shared. */
  district: z.string().nullable(),
  disabled: z.boolean(),
});
export type Account = z.infer<typeof Account>;

/** An account as the 共享 dialog lists it (users.directory). */
export const DirectoryEntry = Account.pick({ username: true, displayName: true, role: true, district: true });
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

/**
 * The session as the client needs it: who is logged in, the CSRF token to send in the x-csrf-token header, and the
 * API and server methods the account's role may call (electron/server/permissions.ts roleMethods: the page offers
 * only those; each plan's own rights come with it, PlanRights). `userId`: the account's id, as events and conflicts
 * name who made a change (PlanEvent.by.userId, plan.save's details.savedByUserId) — the page tells its own account
 * from a colleague by it, not by the display name (two colleagues may be named alike, a name may change).
 */
export const SessionView = z.object({ user: Account, userId: z.number().int(), csrf: z.string(), methods: z.array(z.string()).optional() });
export type SessionView = z.infer<typeof SessionView>;

export const ShareAccess = z.enum(['read', 'edit']);
export const PlanShare = z.object({ username: z.string(), access: ShareAccess });

const PlanId = z.string().min(1).max(100);

export const SERVER_METHODS = {
  /** Log in: a new session (HttpOnly cookie) and its CSRF token. The only method that needs no session. */
  'auth.login': { input: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }).strict(), output: SessionView },
  /** End this session (the cookie is cleared, the server-side record deleted). */
  'auth.logout': { input: z.object({}).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Who is logged in, and the CSRF token (a page reloaded in a logged-in browser asks this first). */
  'auth.me': { input: z.object({}).strict(), output: SessionView },
  /** Change one's own password (the old one is checked); every other session of the account ends. */
  'auth.passwd': { input: z.object({ oldPassword: z.string().min(1).max(200), newPassword: Password }).strict(), output: z.object({ ok: z.literal(true) }) },
  /** Admins: all accounts. */
  'users.list': { input: z.object({}).strict(), output: z.array(Account) },
  /**
   * Planners and admins: whom a plan can be shared with (the 共享 dialog) — every account that can log in but the
   * admins (who see every plan), with its name, role and district; nothing else (no disabled accounts, no state).
   */
  'users.directory': { input: z.object({}).strict(), output: z.array(DirectoryEntry) },
  /** Admins: a new account. */
  'users.add': {
    input: z.object({ username: Username, displayName: z.string().max(50).optional(), role: Role, district: District.nullable().optional(), password: Password }).strict(),
    output: Account,
  },
  /** Admins: change an account's role, district, name, password, or disable it (its sessions end). */
  'users.update': {
    input: z.object({
      username: Username,
      displayName: z.string().min(1).max(50).optional(),
      role: Role.optional(),
      district: District.nullable().optional(),
      disabled: z.boolean().optional(),
      password: Password.optional(),
    }).strict(),
    output: Account,
  },
  /** Who a plan is shared with (anyone who can read the plan). */
  'plan.shares': { input: z.object({ planId: PlanId }).strict(), output: z.array(PlanShare) },
  /** Share a plan with a user to read or to edit, or ('none') stop sharing it. The plan's owner or an admin. */
  'plan.share': {
    input: z.object({ planId: PlanId, username: Username, access: z.enum(['read', 'edit', 'none']) }).strict(),
    output: z.array(PlanShare),
  },
} as const;

export type ServerMethodName = keyof typeof SERVER_METHODS;
export const SERVER_METHOD_NAMES = Object.keys(SERVER_METHODS) as ServerMethodName[];
export type ServerInput<K extends ServerMethodName> = z.infer<(typeof SERVER_METHODS)[K]['input']>;
export type ServerOutput<K extends ServerMethodName> = z.infer<(typeof SERVER_METHODS)[K]['output']>;

/**
 * POST /api/server.hello (no session, no token, any body): which kind of Plan Workbench answers at this address. The
 * office server says 'office'; a desktop's browser mode (the single-user bridge on 127.0.0.1, electron/bridge) says
 * 'desktop'. The desktop app's 连接到单位资料库 asks this first (electron/main/office.ts probeOffice): the bridge
 * answers every other call like the office server (an Envelope, 401 without a session) and must not be taken for it.
 */
export const HELLO_METHOD = 'server.hello';
export const ServerHello = z.object({ product: z.literal('plan-workbench'), kind: z.enum(['office', 'desktop']) });
export type ServerHello = z.infer<typeof ServerHello>;
export const helloOf = (kind: ServerHello['kind']): ServerHello => ({ product: 'plan-workbench', kind });

/** The header that carries the session's CSRF token on every call but auth.login and auth.me. */
export const CSRF_HEADER = 'x-csrf-token';
