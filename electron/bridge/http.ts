/**
 * HTTP pieces shared by the single-user bridge (./server.ts) and the office server (../server/server.ts):
 * status codes for error codes, JSON envelopes with the security headers, bounded body reading, cookies,
 * a constant-time token comparison and the static file server of the built renderer.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Envelope } from '../../shared/api/contract.js';
import type { ErrorShape } from '../../shared/errors.js';
import { contentType } from '../core/content-types.js';

export { contentType };

/** HTTP status for an error code (the Envelope is the real answer). */
export function statusFor(code: string): number {
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
    case 'rate-limited':
      return 429;
    case 'internal':
      return 500;
    case 'busy':
    case 'closed':
      return 503;
    default:
      return 422; // import errors and other refusals of valid-looking requests
  }
}

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>, extra: Record<string, string> = {}): void {
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

export function sendError(res: http.ServerResponse, error: ErrorShape, extra: Record<string, string> = {}): void {
  sendJson(res, statusFor(error.code), { ok: false, error }, extra);
}

export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Read the body up to `max` bytes; null when it is larger (the rest is not read). */
export function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
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

/**
 * Refuse a request whose Host is not one of this server's names (DNS rebinding) or whose Origin, when present, is
 * not allowed for that host (another web page): 403 with one line. True when the request may go on.
 */
export function hostAndOriginOk(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rule: { host(host: string): boolean; origin(origin: string, host: string): boolean },
): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!rule.host(host)) {
    sendError(res, { code: 'forbidden', message: '拒绝访问:主机名不符', details: { en: `Host ${host || '(none)'} is not this server.` } });
    return false;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !rule.origin(origin.toLowerCase(), host)) {
    sendError(res, { code: 'forbidden', message: '拒绝访问:请求来自其他网站', details: { en: 'Cross-origin requests are refused.' } });
    return false;
  }
  return true;
}

/**
 * The JSON body of an API call: over `maxBody` bytes (declared or read) → 413 and the connection closed; not JSON →
 * 400 'invalid-json'. `{ input }` when it can go on, null when the answer was sent.
 */
export async function readJsonBody(req: http.IncomingMessage, res: http.ServerResponse, maxBody: number): Promise<{ input: unknown } | null> {
  const tooLarge = () => {
    sendError(res, { code: 'payload-too-large', message: `请求过大(上限 ${maxBody} 字节)`, details: { limit: maxBody } }, { Connection: 'close' });
    return null;
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBody) return tooLarge();
  const body = await readBody(req, maxBody);
  if (body === null) return tooLarge();
  try {
    return { input: JSON.parse(body.toString('utf8')) };
  } catch {
    sendError(res, { code: 'invalid-json', message: '请求内容不是有效的 JSON', details: { en: 'The request body is not valid JSON.' } });
    return null;
  }
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * GET/HEAD of the built renderer under `staticRoot` (null: not built → 404). Paths are decoded, then resolved and
 * checked (also after following symlinks) to stay inside it; no listings, no dotfiles. index.html and unknown routes
 * (the single-page app) go to `sendIndex`, which decides who may see the page.
 */
export async function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rawPath: string,
  staticRoot: string | null,
  sendIndex: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
): Promise<void> {
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

/** index.html of the build, with no caching and no framing. */
export async function sendIndexHtml(req: http.IncomingMessage, res: http.ServerResponse, staticRoot: string): Promise<void> {
  const html = await fs.promises.readFile(path.join(staticRoot, 'index.html'), 'utf8').catch(() => null);
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

export function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, size: number): Promise<void> {
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

export function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

export function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
