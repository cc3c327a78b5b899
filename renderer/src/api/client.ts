/**
 * The renderer's only way to the core: an ApiClient over one transport per host — IPC through the Electron
 * preload's api object, or the HTTP bridge (browser mode) — both returning the same Envelope. Errors become
 * ApiError with the core's code. Which transport serves the app is the host's choice (renderer/src/host).
 */
import type { CallWarning, Envelope, Input, MethodName, Output } from '../../../shared/api/contract';
import type { ErrorCode } from '../../../shared/errors';
import { csrfHeaders, isLoginRequired, markLoginRequired } from './session';
import { postApi } from './http';

export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the Electron preload exposes as window.api (read only by renderer/src/host/electron.ts). */
export type PreloadApi = { [K in MethodName]: (input: Input<K>) => Promise<Envelope<Output<K>>> };

export interface Transport {
  send<K extends MethodName>(method: K, input: Input<K>): Promise<Envelope<Output<K>>>;
}

export function ipcTransport(api: PreloadApi): Transport {
  return { send: (method, input) => (api[method] as (i: typeof input) => Promise<Envelope<Output<typeof method>>>)(input) };
}

/**
 * Browser mode: POST /api/<method> on the page's own origin. The HttpOnly session cookie set by the launch link
 * authorises the call (the bridge's x-plan-token header is for scripts, never for the page). Against the office
 * server the call also carries the session's CSRF token (./session.ts), and a "log in" answer brings up the login
 * screen.
 */
export function httpTransport(base = ''): Transport {
  return {
    async send(method, input) {
      const { env } = await postApi(`${base}/api/${method}`, input, csrfHeaders());
      if (isLoginRequired(env)) markLoginRequired();
      return env as Envelope<Output<typeof method>>;
    },
  };
}

/** Told the warnings of an ok answer (a step after the call's committed write failed; the write stands). */
export type WarningListener = (warnings: CallWarning[], method: string) => void;
let warningListener: WarningListener | null = null;

/** The composition root shows them (renderer/src/main.ts: a toast that stays until closed). */
export function onApiWarnings(listener: WarningListener | null): void {
  warningListener = listener;
}

export class ApiClient {
  constructor(private transport: Transport) {}
  async call<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
    const env = await this.transport.send(method, input);
    if (!env.ok) throw new ApiError(env.error.code, env.error.message, env.error.details);
    // the write was made: the result goes to the caller as usual, the warnings to the user
    reportWarnings(env.warnings, method);
    return env.result;
  }
}

/** An ok answer's warnings to the listener (also the office server's own methods, ./server.ts). */
export function reportWarnings(warnings: CallWarning[] | undefined, method: string): void {
  if (warnings?.length) warningListener?.(warnings, method);
}

let client: ApiClient | null = null;

/**
 * The installed host's client (renderer/src/host: installHost sets it), the stores' way to the core; without a
 * host (unit tests) an HTTP client. Tests may replace it with setApi.
 */
export function useApi(): ApiClient {
  if (!client) client = new ApiClient(httpTransport());
  return client;
}

export function setApi(c: ApiClient | null) {
  client = c;
}

/** Files travel as base64. */
export async function fileToBase64(file: Blob): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}
