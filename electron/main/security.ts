/**
 * Security policy of the desktop window, as plain functions (unit-tested with a stubbed 'electron').
 *
 *   - The renderer is served from app://workbench/ (production) or the electron-vite dev server (dev).
 *     Those two origins are the only "app URLs": navigation, IPC senders and the CSP are keyed on them.
 *   - webPreferences: contextIsolation, sandbox, no nodeIntegration, webSecurity, no webview, no
 *     remote module — the preload is the only bridge.
 *   - CSP without 'unsafe-eval' and without inline scripts. Monaco runs its workers from 'self'
 *     or blob:, Vue/Monaco inject <style> elements, so style-src allows 'unsafe-inline' (styles only).
 *   - window.open, <webview>, navigation away from the app and every permission request are denied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentType } from '../core/content-types.js';
import type { Session, WebContents, WebPreferences } from 'electron';

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

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

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

export interface HardenOptions extends AppOrigins {
  /** Called for each refused navigation or window (for the log). */
  onBlocked?: (what: string, url: string) => void;
}

/** Deny window.open, <webview>, and navigation or redirects away from the app. */
export function hardenWebContents(contents: WebContents, opts: HardenOptions = {}): void {
  const blocked = (what: string, url: string) => opts.onBlocked?.(what, url);
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window.open', url);
    return { action: 'deny' };
  });
  const guard = (what: string) => (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, opts)) {
      event.preventDefault();
      blocked(what, url);
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
 * Deny every permission request and check (camera, notifications, clipboard-read, geolocation …),
 * and put the CSP on every http(s) response (the dev server; app:// responses carry it themselves).
 */
export function hardenSession(session: Session, origins: AppOrigins = {}): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
