/**
 * An ok answer with warnings (a step after the call's committed write failed, docs/reliability.md › An error never
 * hides a committed write): the caller gets the result as usual — the write is not reported as failed — and the
 * warnings go to the listener the composition root installs (renderer/src/main.ts shows them as toasts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, onApiWarnings, type Transport } from '../../renderer/src/api/client';
import type { CallWarning } from '../../shared/api/contract';

afterEach(() => onApiWarnings(null));

const answering = (env: unknown): Transport => ({ send: async () => env as never });

describe('ApiClient and warnings', () => {
  it('gives the result to the caller and the warnings to the listener', async () => {
    const seen: Array<{ method: string; warnings: CallWarning[] }> = [];
    onApiWarnings((warnings, method) => seen.push({ method, warnings }));
    const warning = { code: 'after-commit', message: '规划已保存,但未能记录您为其所有者;本区的规划人员可以编辑它,请联系管理员补记。' };
    const client = new ApiClient(answering({ ok: true, result: { id: 'p1' }, warnings: [warning] }));
    expect(await client.call('plan.createBlank', { title: '计划', district: '某区', period: { start: 2027, end: 2029 } })).toEqual({ id: 'p1' });
    expect(seen).toEqual([{ method: 'plan.createBlank', warnings: [warning] }]);
  });

  it('an answer without warnings tells the listener nothing', async () => {
    const seen: unknown[] = [];
    onApiWarnings((w) => seen.push(w));
    const client = new ApiClient(answering({ ok: true, result: { ok: true } }));
    expect(await client.call('plan.delete', { id: 'p1' })).toEqual({ ok: true });
    expect(seen).toEqual([]);
  });
});

describe('the toast of a warning', () => {
  it('is a warning (amber), not an error, and stays until closed; info toasts still go by themselves', async () => {
    const { vi } = await import('vitest');
    const { createPinia, setActivePinia } = await import('pinia');
    const { useToasts, TOAST_MS } = await import('../../renderer/src/stores/toasts');
    vi.useFakeTimers();
    try {
      setActivePinia(createPinia());
      const toasts = useToasts();
      const id = toasts.warning('备份已完成,但未能清理旧的备份;请检查备份文件夹的空间。');
      toasts.info('已保存');
      vi.advanceTimersByTime(TOAST_MS * 10);
      expect(toasts.items.map((t) => [t.id, t.kind])).toEqual([[id, 'warning']]);
      toasts.dismiss(id);
      expect(toasts.items).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
