/**
 * Work after a write was committed (docs/reliability.md › An error never hides a committed write). Once a call's
 * transaction has committed, a later step that fails (derived data, a backup's clean-up, the hosts' bookkeeping) must
 * not turn the answer into an error: the user would think nothing was saved and retry, and the retry would save,
 * create or import twice. Such a step runs in `afterCommit`: a failure is logged, and when the user should know of it,
 * it becomes a warning of the call's ok answer (Envelope.warnings; ./dispatch.ts collects them per call).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallWarning } from '../../shared/api/contract.js';
import type { LogError } from './dispatch.js';

const store = new AsyncLocalStorage<CallWarning[]>();

/** Run one call, collecting the warnings its handler adds. */
export async function collectWarnings<T>(fn: () => Promise<T>): Promise<{ value: T; warnings: CallWarning[] }> {
  const warnings: CallWarning[] = [];
  const value = await store.run(warnings, fn);
  return { value, warnings };
}

/** Add a warning to the answer of the call running now (outside a call: nothing). */
export function warn(w: CallWarning): void {
  store.getStore()?.push(w);
}

/**
 * A step after the commit: its failure is logged as a warning (the write stands) and, with `warning`, told to the
 * user in the call's answer. Returns whether the step succeeded.
 */
export async function afterCommit(logError: LogError, what: string, work: () => Promise<unknown> | unknown, warning?: (e: unknown) => CallWarning): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (e) {
    logError(`[core] warning: ${what} failed after the write was committed (the write stands):`, e);
    if (warning) warn(warning(e));
    return false;
  }
}
