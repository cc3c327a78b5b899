/** Calling the core in tests: unwrap an answer (checked against its output schema), or expect an error envelope. */
import { METHODS, type MethodName, type Output } from '../../shared/api/contract.js';
import type { Core } from '../../electron/core/core.js';

/** Call and unwrap; fails the test with the error envelope when not ok. Checks the output schema. */
export async function ok<K extends MethodName>(core: Core, method: K, input: unknown): Promise<Output<K>> {
  const env = await core.call(method, input);
  if (!env.ok) throw new Error(`${method} failed: ${JSON.stringify(env.error)}`);
  const checked = METHODS[method].output.safeParse(env.result);
  if (!checked.success) throw new Error(`${method} output does not match its schema: ${checked.error.message}`);
  return env.result as Output<K>;
}

/** Call and expect an error envelope; returns it. */
export async function fails(core: Core, method: string, input: unknown) {
  const env = await core.call(method, input);
  if (env.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(env.result).slice(0, 200)}`);
  return env.error;
}
