/**
 * Security policy of the desktop window, as plain functions (unit-tested with a stubbed 'electron').
 *
 *   - The renderer is served from app://workbench/ (production) or the electron-vite dev server (dev).
 *     Those two origins are the only "app URLs": navigation, IPC senders and the CSP are keyed on them.
 *   - webPreferences (written out literally in window.ts, where static scanners can read them):
 *     contextIsolation, sandbox, no nodeIntegration, webSecurity, no webview — the preload is the
 *     only bridge.
 *   - CSP without 'unsafe-eval' and without inline scripts. Monaco runs its workers from 'self'
 *     or blob:, Vue/Monaco inject <style> elements, so style-src allows 'unsafe-inline' (styles only).
 *   - window.open, <webview>, navigation away from the app and every permission request are denied.
 *   - No remote content: outside the app (and, in dev, the dev server) every request is cancelled.
 *   - shell.openExternal only through openExternalSafely(): https links to EXTERNAL_HTTPS_HOSTS and
 *     mailto: links; a link to one of those (window.open or navigation) opens in the system browser
 *     or mail program, never in the app window.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentType } from '../core/content-types.js';
import type { Session, Shell, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Privileges of app:// (registered before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true, // URL parsing, relative URLs, 'self' in the CSP
  secure: true, // a secure context, like https
  supportFetchAPI: true,
  corsEnabled: true, // module scripts and module workers are fetched in CORS mode
  codeCache: true,
} as const;

/** The origin of an http(s) URL, or null. */
function httpOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export interface AppOrigins {
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), only when not packaged. */
  devServerUrl?: string;
}

/** Is `url` a page of this app: app://workbench/… or, in dev, the dev server's origin? */
export function isAppUrl(url: string, origins: AppOrigins = {}): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && !u.username && !u.password;
  const dev = httpOrigin(origins.devServerUrl);
  return dev !== null && u.origin === dev;
}

/**
 * The Content-Security-Policy of every page. No 'unsafe-eval', no inline or remote scripts.
 * In dev the dev server's origin (and its HMR websocket) is allowed as well.
 */
export function contentSecurityPolicy(origins: AppOrigins = {}): string {
  const dev = httpOrigin(origins.devServerUrl);
  const devWs = dev ? dev.replace(/^http/, 'ws') : null;
  const self = ["'self'", ...(dev ? [dev] : [])];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', self],
    ['style-src', [...self, "'unsafe-inline'"]],
    ['img-src', [...self, 'data:', 'blob:']],
    ['font-src', [...self, 'data:']],
    ['worker-src', [...self, 'blob:']],
    ['connect-src', [...self, ...(devWs ? [devWs] : [])]],
    ['manifest-src', ["'self'"]],
    ['media-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * Hosts whose https links may be opened in the system browser. Only the LibreOffice download page
 * (named in the "PDF export unavailable" hint); add a host here when the UI links to a new site.
 */
export const EXTERNAL_HTTPS_HOSTS: readonly string[] = ['www.libreoffice.org'];

/**
 * May `url` be handed to the operating system (shell.openExternal)? Only https: to a host of
 * EXTERNAL_HTTPS_HOSTS on the default port without credentials, and mailto:. Never file:, smb:,
 * javascript:, custom schemes or http:, which would let page content start local programs.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'mailto:') return u.pathname.length > 0 && !/[\r\n]/.test(decodeURIComponentSafe(url));
  if (u.protocol !== 'https:') return false;
  if (u.username || u.password || u.port) return false;
  return EXTERNAL_HTTPS_HOSTS.includes(u.hostname.toLowerCase());
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The only way this app calls shell.openExternal: allow-listed URLs only. Returns whether it opened. */
export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string, onBlocked?: (what: string, url: string) => void): boolean {
  if (!isAllowedExternalUrl(url)) {
    onBlocked?.('openExternal', url);
    return false;
  }
  void shell.openExternal(url).catch(() => onBlocked?.('openExternal failed', url));
  return true;
}

export interface HardenOptions extends AppOrigins {
  /** Called for each refused navigation or window (for the log). */
  onBlocked?: (what: string, url: string) => void;
  /** Opens an external link (app.ts: openExternalSafely with Electron's shell). Without it, none opens. */
  openExternal?: (url: string) => void;
  /**
   * The pages this web contents may navigate to; default isAppUrl. The office window (window.ts) passes its
   * server's origin here, and nothing of the app's.
   */
  allowUrl?: (url: string) => boolean;
}

/**
 * Deny window.open, <webview>, and navigation or redirects away from the app (or from opts.allowUrl). A window.open or a
 * navigation to an allow-listed external link (isAllowedExternalUrl) is still refused in the app,
 * and handed to opts.openExternal instead.
 */
export function hardenWebContents(contents: WebContents, opts: HardenOptions = {}): void {
  const blocked = (what: string, url: string) => opts.onBlocked?.(what, url);
  const external = (url: string) => {
    if (opts.openExternal && isAllowedExternalUrl(url)) opts.openExternal(url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window.open', url);
    external(url);
    return { action: 'deny' };
  });
  const allowed = opts.allowUrl ?? ((url: string) => isAppUrl(url, opts));
  const guard = (what: string) => (event: { preventDefault(): void }, url: string) => {
    if (!allowed(url)) {
      event.preventDefault();
      blocked(what, url);
      if (what === 'will-navigate') external(url);
    }
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => {
    event.preventDefault();
    blocked('webview', '');
  });
}

/**
 * May the app load `url` at all? The app itself (app://workbench), data: and blob: URLs (images,
 * Monaco's workers, downloads of exports), devtools: — and, in dev, the dev server (http and its
 * HMR websocket). Everything else — any http(s)/ws(s) host, file:, ftp: — is remote or local
 * content the app never needs.
 */
export function isAllowedRequestUrl(url: string, origins: AppOrigins = {}): boolean {
  if (isAppUrl(url, origins)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:') return true;
  const dev = httpOrigin(origins.devServerUrl);
  if (dev && (u.protocol === 'ws:' || u.protocol === 'wss:')) {
    return u.host === new URL(dev).host && !u.username && !u.password;
  }
  return false;
}

/**
 * Deny every permission request and check (camera, notifications, clipboard-read, geolocation …),
 * cancel every request for remote content (isAllowedRequestUrl), and put the CSP on every http(s)
 * response (the dev server; app:// responses carry it themselves).
 */
export function hardenSession(session: Session, origins: AppOrigins = {}, onBlocked?: (what: string, url: string) => void): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, origins);
    if (!allowed) onBlocked?.('request', details.url);
    callback({ cancel: !allowed });
  });
  const csp = contentSecurityPolicy(origins);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}

export function mimeType(file: string): string {
  return contentType(file);
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The file under `root` that an app:// URL names, or null when the URL is not ours or tries to leave
 * `root` (.., encoded ..%2f, backslashes, NUL, absolute or drive paths, dot-files). "/" and paths
 * without an extension are the single-page app's index.html (the router uses hash history anyway).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  // Encoded separators never occur in the renderer build's own URLs.
  if (/%2f|%5c/i.test(u.pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '');
  if (/^[a-z]:/i.test(rel) || path.isAbsolute(rel)) return null;
  const segments = rel.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const base = path.resolve(root);
  const last = segments[segments.length - 1] ?? '';
  const target = segments.length === 0 || !/\.[A-Za-z0-9]+$/.test(last) ? path.join(base, 'index.html') : path.resolve(base, ...segments);
  return inside(base, target) ? target : null;
}

/** Minimal Response-like result for the protocol handler (Response exists in Node 20 and Electron). */
function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * The app:// handler: serves files of the renderer build from `root`, nothing else.
 * Only GET/HEAD; symlinks leading out of `root` are refused; every response carries the CSP.
 */
export function appProtocolHandler(root: string, origins: AppOrigins = {}): (request: Request) => Promise<Response> {
  const csp = contentSecurityPolicy(origins);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const target = resolveAppPath(root, request.url);
    if (!target) return textResponse(403, 'Forbidden');
    try {
      const [realRoot, realTarget] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(target)]);
      if (!inside(realRoot, realTarget)) return textResponse(403, 'Forbidden');
      const stat = await fs.promises.stat(realTarget);
      if (!stat.isFile()) return textResponse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await fs.promises.readFile(realTarget);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeType(realTarget),
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
}
