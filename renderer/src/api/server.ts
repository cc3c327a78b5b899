/**
 * The office server's own methods (shared/api/server.ts: accounts, shares) from the page, as the API's are called
 * (./client.ts): POST /api/<method> with the session's CSRF token; a failure throws ApiError with the server's one
 * line, and a "log in" answer brings the login screen back. Only a page served by the office server calls these.
 */
import type { ServerInput, ServerMethodName, ServerOutput } from '../../../shared/api/server';
import { ApiError, reportWarnings } from './client';
import { postApi } from './http';
import { csrfHeaders, isLoginRequired, markLoginRequired } from './session';

export async function callServer<K extends ServerMethodName>(method: K, input: ServerInput<K>): Promise<ServerOutput<K>> {
  const { env } = await postApi(`/api/${method}`, input, csrfHeaders());
  if (isLoginRequired(env)) markLoginRequired();
  if (!env.ok) throw new ApiError(env.error.code, env.error.message, env.error.details);
  // (a write that was stored, a step after it that failed: shown, the result used as usual)
  reportWarnings(env.warnings, method);
  return env.result as ServerOutput<K>;
}
