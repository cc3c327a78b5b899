/**
 * The HTTP bridge: the core's API over plain node:http, for browser mode and end-to-end tests.
 *
 *   GET  /?launch=<key>  the one-time launch URL (printed to the user's terminal, opened in their browser):
 *                        exchanges the launch key, once, for the session cookie and redirects to /
 *   POST /api/<method>   JSON body = the method's input; response = Envelope JSON
 *                        the session cookie (the page) or header `x-plan-token: <token>` (in-process tools) required
 *   POST /api/server.hello the one call without it: { product: 'plan-workbench', kind: 'desktop' }, so that the
 *                        desktop app's 连接到单位资料库 tells this bridge from an office server (shared/api/server.ts)
 *   GET  /…              the built renderer (staticDir); index.html for unknown routes (SPA), only with the
 *                        session cookie (401 otherwise); assets (code, styles, fonts) without
 *
 * Security (the server holds the user's library; any web page the user visits can send
 * requests to 127.0.0.1):
 *   - listens on 127.0.0.1 only;
 *   - a random session token per launch, required on every API call but server.hello (which answers only the kind). It is never served: the browser gets it
 *     as an HttpOnly, SameSite=Strict cookie in exchange for the one-time launch key, so another local process
 *     (another OS user on a terminal server) that asks GET / gets nothing, and page scripts cannot read it;
 *   - Host must be 127.0.0.1:<port> or localhost:<port> (403 otherwise): a DNS-rebinding
 *     page (evil.example resolving to 127.0.0.1) cannot even load index.html to read the token;
 *   - an Origin header, when present, must be this server's own origin (403 otherwise);
 *   - request bodies over maxBodyBytes → 413; non-JSON bodies → 400 'invalid-json';
 *   - static paths are decoded, then resolved and checked (also after following symlinks)
 *     to stay inside staticDir; no directory listings, no dotfiles.
 *
 * HTTP status codes are a convenience for logs and devtools; clients read the Envelope.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core.js';
import { contentType } from '../core/content-types.js';
import { HELLO_METHOD, helloOf } from '../../shared/api/server.js';
import { cookieValue, hostAndOriginOk, readJsonBody, sendError, sendIndexHtml, sendJson, sendText, SECURITY_HEADERS, serveStatic, tokenMatches } from './http.js';

export const TOKEN_HEADER = 'x-plan-token';
/** Session cookie name (per port: cookies are per host, and several browser-mode servers may run). */
export const sessionCookieName = (port: number) => `pw_session_${port}`;
export const LAUNCH_PARAM = 'launch';
export const DEFAULT_MAX_BODY_BYTES = 40 * 1024 * 1024;
export const BIND_ADDRESS = '127.0.0.1';

export interface BridgeOptions {
  core: Pick<Core, 'call'>;
  /** 0 (default) = a free port chosen by the system. */
  port?: number;
  /** The built renderer (out/renderer). Without it GET answers 404. */
  staticDir?: string;
  /** Default: crypto.randomBytes(24).toString('base64url'), new on every start. */
  token?: string;
  /** The one-time launch key; default: random, new on every start. */
  launchKey?: string;
  /** Largest accepted request body; default 40 MB (a 20 MB file travels as ~27 MB of base64). */
  maxBodyBytes?: number;
}

export { contentType };

export interface Bridge {
  /** http://127.0.0.1:<port>/ — carries no token. */
  url: string;
  /** http://127.0.0.1:<port>/?launch=<key> — opens the app once (sets the session cookie); only for the user's own browser. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const launchKey = opts.launchKey ?? crypto.randomBytes(24).toString('base64url');
  let launched = false;
  const hasSession = (req: http.IncomingMessage) => tokenMatches(cookieValue(req.headers.cookie, sessionCookieName(port)), token);
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const staticRoot = opts.staticDir ? path.resolve(opts.staticDir) : null;
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[bridge] request failed:', e);
      if (!res.headersSent) sendError(res, { code: 'internal', message: '程序内部错误' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hostAndOriginOk(req, res, { host: (h) => ownHosts.includes(h), origin: (o) => ownHosts.some((h) => o === `http://${h}`) })) return;
    const [rawPath, query = ''] = (req.url ?? '/').split('?', 2);
    if (rawPath === '/api' || rawPath.startsWith('/api/')) return handleApi(req, res, rawPath.slice('/api/'.length));
    const key = new URLSearchParams(query).get(LAUNCH_PARAM);
    if (key !== null) return handleLaunch(req, res, key);
    return handleStatic(req, res, rawPath);
  }

  /** The launch key, once, for the session cookie; then to / (the key leaves the address bar and the history). */
  function handleLaunch(req: http.IncomingMessage, res: http.ServerResponse, key: string): void {
    if (req.method !== 'GET' || launched || !tokenMatches(key, launchKey)) {
      if (hasSession(req)) return redirectHome(res); // a reload of the launch URL in the browser that used it
      return sendText(res, 403, '启动链接无效或已使用过。请重新启动浏览器模式,并打开它显示的新链接。(This launch link is invalid or was already used.)');
    }
    launched = true;
    redirectHome(res, `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
  }

  function redirectHome(res: http.ServerResponse, cookie?: string): void {
    res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Cache-Control': 'no-store', 'Content-Length': 0, ...(cookie ? { 'Set-Cookie': cookie } : {}) });
    res.end();
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, { code: 'method-not-allowed', message: '接口只接受 POST 请求' }, { Allow: 'POST' });
      return;
    }
    // the one call without the token: which kind of Plan Workbench this is, so that the desktop app's 连接到单位资料库
    // does not take this single-user bridge for an office server (it tells nothing else; the body is not read)
    if (method === HELLO_METHOD) {
      req.resume();
      return sendJson(res, 200, { ok: true, result: helloOf('desktop') });
    }
    if (!hasSession(req) && !tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendError(res, { code: 'unauthorized', message: '缺少或错误的访问令牌', details: { en: `Missing or wrong ${TOKEN_HEADER} header.` } });
      return;
    }
    const body = await readJsonBody(req, res, maxBody);
    if (!body) return;
    const env = await opts.core.call(method, body.input);
    if (env.ok) sendJson(res, 200, env);
    else sendError(res, env.error);
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, rawPath: string): Promise<void> {
    return serveStatic(req, res, rawPath, staticRoot, sendIndex);
  }

  async function sendIndex(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hasSession(req)) {
      return sendText(res, 401, '请用启动浏览器模式时显示的链接打开规划工作台(链接只能使用一次)。(Open the app with the link printed at start; it works once.)');
    }
    return sendIndexHtml(req, res, staticRoot!);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, BIND_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${BIND_ADDRESS}:${port}/`,
    launchUrl: `http://${BIND_ADDRESS}:${port}/?${LAUNCH_PARAM}=${launchKey}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

