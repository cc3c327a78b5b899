/** Small helpers shared by the review-round components: error text and file picking. */
import { ApiError } from '../api/client';
import { UnsavedError } from './serverChange';

type T = (key: string, named?: Record<string, unknown>) => string;

/** One line for a failed review action: unsaved edits, the core's message (with code), or the error. */
export function failureText(t: T, e: unknown, unsavedKey: string, failedKey: string): { text: string; code?: string } {
  if (e instanceof UnsavedError) return { text: t(unsavedKey, { msg: e.message }), code: e.state };
  if (e instanceof ApiError) return { text: t(failedKey, { msg: e.message }), code: e.code };
  return { text: t(failedKey, { msg: e instanceof Error ? e.message : String(e) }) };
}
