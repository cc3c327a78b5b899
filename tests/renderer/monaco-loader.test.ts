// @vitest-environment happy-dom
/**
 * The body editor's code (Monaco, a chunk of its own) is loaded once; a load that failed — the office server or the
 * network gone when a node was first opened — is not remembered: the next ask loads again (the walk found the body
 * editor dead for good after a server restart).
 */
import { describe, expect, it, vi } from 'vitest';

let attempts = 0;
vi.mock('../../renderer/src/editor/monaco', () => {
  attempts++;
  if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
  return { monaco: { loaded: true }, LANGUAGE: 'plan-text' };
});
vi.mock('monaco-editor/esm/nls.messages.zh-cn.js', () => ({}));

describe('loadMonaco', () => {
  it('tries again after a failed load, then keeps the loaded module', async () => {
    const { loadMonaco } = await import('../../renderer/src/editor/monacoLoader');
    await expect(loadMonaco(true)).rejects.toThrow(); // vitest wraps the factory's error
    const mod = await loadMonaco(true);
    expect(mod.LANGUAGE).toBe('plan-text');
    expect(await loadMonaco(true)).toBe(mod);
    expect(attempts).toBe(2);
  });
});
