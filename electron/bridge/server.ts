/**
 * The HTTP bridge: the core's API over plain node:http, for browser mode and end-to-end tests.
 *
 *   GET  /?launch=<key>  the one-time launch URL (printed to the user's terminal, opened in their browser):
 *                        exchanges the launch key, once, for the session cookie and redirects to /
 *   POST /api/<method>   JSON body = the method's input; response = Envelope JSON
 *                        the session cookie (the page) or header `x-plan-token: <token>` (in-process tools) required
 *   GET  /…              the built renderer (staticDir); index.html for unknown routes (SPA), only with the
 *                        session cookie (401 otherwise); assets (code, styles, fonts) without
 *
 * Security (the server holds the user's library; any web page the user visits can send
 * requests to 127.0.0.1):
 *   - listens on 127.0.0.1 only;
 *   - a random session token per launch, required on every API call. It is never served: the browser gets it
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
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../shared/api/contract.js';
import type { ErrorShape } from '../../shared/errors.js';
import type { Core } from '../core/core.js';

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

export interface Bridge {
  /** http://127.0.0.1:<port>/ — carries no token. */
  url: string;
  /** http://127.0.0.1:<port>/?launch=<key> — opens the app once (sets the session cookie); only for the user's own browser. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

import { contentType } from '../core/content-types.js';

export { contentType };

/** HTTP status for an error code (the Envelope is the real answer). */
function statusFor(code: string): number {
  switch (code) {
    case 'invalid-input':
    case 'invalid-json':
    case 'bad-request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not-found':
    case 'unknown-method':
      return 404;
    case 'method-not-allowed':
      return 405;
    case 'conflict':
      return 409;
    case 'payload-too-large':
      return 413;
    case 'internal':
      return 500;
    case 'busy':
    case 'closed':
      return 503;
    default:
      return 422; // import errors and other refusals of valid-looking requests
  }
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, error: ErrorShape, extra: Record<string, string> = {}): void {
  sendJson(res, statusFor(error.code), { ok: false, error }, extra);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Read the body up to `max` bytes; null when it is larger (the rest is not read). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(e);
      }
    });
  });
}

/** The value of cookie `name` in a Cookie header, or undefined. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
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
    const host = (req.headers.host ?? '').toLowerCase();
    if (!ownHosts.includes(host)) {
      sendError(res, { code: 'forbidden', message: '拒绝访问:主机名不符', details: { en: `Host ${host || '(none)'} is not this server.` } });
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !ownHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
      sendError(res, { code: 'forbidden', message: '拒绝访问:请求来自其他网站', details: { en: 'Cross-origin requests are refused.' } });
      return;
    }
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
    if (!hasSession(req) && !tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendError(res, { code: 'unauthorized', message: '缺少或错误的访问令牌', details: { en: `Missing or wrong ${TOKEN_HEADER} header.` } });
      return;
    }
    const tooLarge = () => {
      sendError(
        res,
        { code: 'payload-too-large', message: `请求过大(上限 ${maxBody} 字节)`, details: { limit: maxBody } },
        { Connection: 'close' },
      );
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) return tooLarge();
    const body = await readBody(req, maxBody);
    if (body === null) return tooLarge();
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      sendError(res, { code: 'invalid-json', message: '请求内容不是有效的 JSON', details: { en: 'The request body is not valid JSON.' } });
      return;
    }
    const env = await opts.core.call(method, input);
    if (env.ok) sendJson(res, 200, env);
    else sendError(res, env.error);
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, rawPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, { code: 'method-not-allowed', message: '只接受 GET 请求' }, { Allow: 'GET, HEAD' });
      return;
    }
    if (!staticRoot) return sendText(res, 404, '界面尚未构建 (UI not built).');
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    if (decoded.includes('\0')) return sendText(res, 400, 'Bad request');
    const rel = decoded.replace(/\\/g, '/').replace(/^\/+/, '');
    const target = path.resolve(staticRoot, rel);
    if (!inside(staticRoot, target) || path.isAbsolute(rel) || /^[a-z]:/i.test(rel)) return sendText(res, 403, 'Forbidden');
    const segments = rel.split('/').filter(Boolean);
    if (segments.some((s) => s.startsWith('.'))) return sendText(res, 404, 'Not found');

    const stat = await fs.promises.stat(target).catch(() => null);
    if (stat?.isFile()) {
      // Symlinks inside the build must not lead out of it.
      const [realRoot, realTarget] = await Promise.all([fs.promises.realpath(staticRoot), fs.promises.realpath(target)]);
      if (!inside(realRoot, realTarget)) return sendText(res, 403, 'Forbidden');
      if (path.basename(target) === 'index.html' && path.dirname(target) === staticRoot) return sendIndex(req, res);
      return sendFile(req, res, realTarget, stat.size);
    }
    // No listings. A path that looks like a file (has an extension) and is missing → 404;
    // any other route is the single-page app.
    const last = segments[segments.length - 1] ?? '';
    if (!stat && /\.[A-Za-z0-9]+$/.test(last)) return sendText(res, 404, 'Not found');
    return sendIndex(req, res);
  }

  async function sendIndex(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hasSession(req)) {
      return sendText(res, 401, '请用启动浏览器模式时显示的链接打开规划工作台(链接只能使用一次)。(Open the app with the link printed at start; it works once.)');
    }
    const html = await fs.promises.readFile(path.join(staticRoot!, 'index.html'), 'utf8').catch(() => null);
    if (html === null) return sendText(res, 404, '界面尚未构建 (UI not built): index.html missing.');
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none'",
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, size: number): Promise<void> {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      'Content-Length': size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const stream = fs.createReadStream(file);
      stream.on('error', () => {
        res.destroy();
        resolve();
      });
      stream.on('end', resolve);
      stream.pipe(res);
    });
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

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
