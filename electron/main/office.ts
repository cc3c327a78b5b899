/**
 * 文件 › 连接到单位资料库: the desktop app as a client of the office server (plan-workbench serve).
 * Pure functions (no 'electron' at run time), unit-tested with a stubbed 'electron':
 *
 *   checkOfficeAddress   what the user typed → the server's origin, or one Chinese line saying why not.
 *                        http: or https: only, a host, no user name or password, no path beyond "/"; plain
 *                        http only to loopback, private (RFC 1918, link-local, IPv6 ULA) or LAN names
 *                        (one label, .local, .lan, .internal, .intranet, .home.arpa); http to another name
 *                        asks first (the 政务外网 often names its hosts under .gov.cn); http to a public IP
 *                        address is refused.
 *   probeOffice          one POST /api/server.hello: the office server answers kind 'office'; a desktop's
 *                        browser mode (the single-user bridge, which answers every other call like the server)
 *                        answers kind 'desktop' and is refused with its own line. Nothing else is sent.
 *   isOfficeRequestUrl / hardenOfficeSession
 *                        the server's window runs in a session of its own (partition OFFICE_PARTITION): only
 *                        that origin (plus data:, blob:) may load, every permission is refused.
 *   readSettings / writeSettings
 *                        the app's own settings file in userData (settings.json): the last address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isIP } from 'node:net';
import type { Session } from 'electron';
import type { Envelope } from '../../shared/api/contract.js';
import type { OfficeConnection } from '../../shared/api/host.js';
import { HELLO_METHOD, ServerHello } from '../../shared/api/server.js';

/** The office window's session: its own cookies (the server's session cookie), apart from the app's. */
export const OFFICE_PARTITION = 'persist:office';
export const SETTINGS_FILE = 'settings.json';
const MAX_ADDRESS = 2048;

export type AddressCheck =
  | { ok: true; origin: string; url: string; /** plain http to a name that is not clearly on the LAN: ask first */ warn: boolean }
  | { ok: false; message: string };

function bad(message: string): AddressCheck {
  return { ok: false, message };
}

/** Loopback, private (RFC 1918, CGNAT, link-local) or IPv6 loopback/ULA/link-local literal. */
export function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(h) === 6) {
    if (h === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped) return isPrivateAddress(mapped[1]);
    return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
  }
  return false;
}

/** A host name that only resolves on a local network. */
function isLanName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || !h.includes('.') || /\.(local|lan|internal|intranet|home\.arpa|localhost)$/.test(h);
}

/** Check what the user typed. A missing scheme means http:// (an office server on the LAN is usually plain http). */
export function checkOfficeAddress(raw: unknown): AddressCheck {
  if (typeof raw !== 'string') return bad('请输入单位资料库的地址,例如 http://192.168.1.20:8080');
  const text = raw.trim();
  if (!text) return bad('请输入单位资料库的地址,例如 http://192.168.1.20:8080');
  if (text.length > MAX_ADDRESS) return bad('地址过长');
  if (/[\s\u0000-\u001f]/.test(text)) return bad('地址中不能有空格或控制字符');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  let u: URL;
  try {
    u = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return bad('地址格式不正确,例如 http://192.168.1.20:8080');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return bad('只能连接 http:// 或 https:// 地址');
  if (!u.hostname) return bad('地址中缺少服务器名称或 IP 地址');
  if (u.username || u.password) return bad('地址中不能含用户名或密码,请连接后在登录界面输入');
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) return bad('请只填写服务器地址和端口,不要带路径,例如 http://192.168.1.20:8080');
  const host = u.hostname;
  let warn = false;
  if (u.protocol === 'http:' && !isPrivateAddress(host) && !isLanName(host)) {
    if (isIP(host.replace(/^\[|\]$/g, ''))) return bad('公网地址只能用 https:// 连接,http 不加密');
    warn = true;
  }
  return { ok: true, origin: u.origin, url: `${u.origin}/`, warn };
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal; redirect?: 'manual' }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/**
 * Is a Plan Workbench office server at `origin`? One POST /api/server.hello with {} (no session needed): the office
 * server answers { kind: 'office' }. A desktop's browser mode answers { kind: 'desktop' }: it is refused with a line
 * of its own (it answers every other call as the office server does, so nothing else tells them apart). An office
 * server older than server.hello answers it as any call without a session: 401 with details.login, which only the
 * office server sends. Unreachable, a timeout, a redirect or another kind of server: one Chinese line.
 */
export async function probeOffice(fetchFn: FetchLike, origin: string, timeoutMs = 8000): Promise<Envelope<OfficeConnection>> {
  const host = new URL(origin).host;
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchFn(`${origin}/api/${HELLO_METHOD}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch (e) {
    return {
      ok: false,
      error: { code: 'offline', message: `无法连接单位资料库 ${host}:请检查地址和网络,或请管理员确认服务器已启动`, details: { en: `Could not reach ${origin}.`, cause: String((e as Error)?.message ?? e) } },
    };
  }
  let body: unknown = null;
  try {
    if (/json/i.test(res.headers.get('content-type') ?? '')) body = JSON.parse(await res.text());
  } catch {
    body = null;
  }
  const notOffice: Envelope<OfficeConnection> = {
    ok: false,
    error: { code: 'bad-response', message: `${host} 不是规划工作台的单位资料库(plan-workbench serve)`, details: { en: `${origin} answered, but not as a Plan Workbench office server (HTTP ${res.status}).` } },
  };
  if (!body || typeof body !== 'object' || typeof (body as { ok?: unknown }).ok !== 'boolean') return notOffice;
  const env = body as { ok: boolean; result?: unknown; error?: { code?: unknown; details?: { login?: unknown } } };
  if (env.ok) {
    const hello = ServerHello.safeParse(env.result);
    if (!hello.success) return notOffice;
    if (hello.data.kind === 'desktop') {
      return {
        ok: false,
        error: {
          code: 'bad-response',
          message: `${host} 是某台电脑上规划工作台的浏览器模式(单人使用),不是单位资料库:请填写 plan-workbench serve 服务器的地址`,
          details: { en: `${origin} is a desktop's browser mode (the single-user bridge), not an office server.` },
        },
      };
    }
    return { ok: true, result: { url: `${origin}/` } };
  }
  if (env.error?.code === 'forbidden') {
    // the server does not answer to this name (its Host check): say what to do
    return {
      ok: false,
      error: { code: 'forbidden', message: `单位资料库不接受地址 ${host}:请改用服务器的 IP 地址,或请管理员用 --allow-host 添加这个名称`, details: { en: `${origin} refused the name it was called by (Host check).` } },
    };
  }
  // an office server from before server.hello: "log in first" (details.login), which the bridge never answers
  if (env.error?.code === 'unauthorized' && env.error.details?.login === true) return { ok: true, result: { url: `${origin}/` } };
  return notOffice;
}

/** May the office window load `url`? Its server's origin, and data:/blob: (images, downloads of exports). */
export function isOfficeRequestUrl(url: string, origin: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:') return true;
  if (u.username || u.password) return false;
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin;
}

/** Is `url` a page of the server (navigation inside the office window)? Its origin only. */
export function isOfficePageUrl(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === origin && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * The office session: every permission refused, every request outside the server's origin cancelled (the
 * listener replaces the one of an earlier connection). The server's own CSP applies to its page.
 */
export function hardenOfficeSession(session: Session, origin: string, onBlocked?: (what: string, url: string) => void): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isOfficeRequestUrl(details.url, origin);
    if (!allowed) onBlocked?.('office request', details.url);
    callback({ cancel: !allowed });
  });
}

export interface AppSettings {
  /** The last office server connected to (origin + '/'). */
  officeServer?: string;
}

/** The app's settings (userData/settings.json); a missing or damaged file is no settings. */
export function readSettings(userDataDir: string): AppSettings {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(userDataDir, SETTINGS_FILE), 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const out: AppSettings = {};
    const office = (parsed as { officeServer?: unknown }).officeServer;
    if (typeof office === 'string') {
      const checked = checkOfficeAddress(office);
      if (checked.ok) out.officeServer = checked.url;
    }
    return out;
  } catch {
    return {};
  }
}

/** Write the settings (merged with what is there) atomically: a temporary file, then rename. */
export function writeSettings(userDataDir: string, patch: AppSettings): void {
  const next = { ...readSettings(userDataDir), ...patch };
  fs.mkdirSync(userDataDir, { recursive: true });
  const file = path.join(userDataDir, SETTINGS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  fs.renameSync(tmp, file);
}
