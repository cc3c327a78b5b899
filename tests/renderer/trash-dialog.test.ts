// @vitest-environment happy-dom
/**
 * The 回收站 dialog: fewer days delete for good the plans already older than that, so saving them asks first (as
 * 永久删除 does); more days, or fewer that touch no plan, do not ask.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanSummary } from '../../shared/api/contract';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { useUi } from '../../renderer/src/stores/ui';
import TrashDialog from '../../renderer/src/components/TrashDialog.vue';
import { fakeApi } from './helpers';

const DAY = 24 * 3600 * 1000;
const trashed = (id: string, daysAgo: number, keep = 30): PlanSummary & { trashedAt: string; purgeAt: string } => ({
  id, title: `计划${id}`, district: '某区', period: { start: 2024, end: 2026 }, status: 'reference', counts: { action: 1, task: 2 },
  sourceFileName: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', basedOn: null, revision: 1,
  trashedAt: new Date(Date.now() - daysAgo * DAY).toISOString(), purgeAt: new Date(Date.now() + (keep - daysAgo) * DAY).toISOString(),
});

async function open() {
  const calls = fakeApi({
    'trash.list': () => ({ days: 30, plans: [trashed('a', 20), trashed('b', 2)] }),
    'trash.setDays': ({ days }: { days: number }) => ({ days }),
  });
  const wrapper = mount(TrashDialog, { global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, calls };
}

describe('TrashDialog › 保留天数', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    setApi(null);
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('7 days would delete the plan deleted 20 days ago: asks, and 取消 keeps the days and the plan', async () => {
    const { wrapper, calls } = await open();
    const ask = vi.spyOn(useUi(), 'ask').mockResolvedValue(false);
    await wrapper.get('[data-test=trash-days]').setValue(7);
    await wrapper.get('form.days').trigger('submit');
    await flushPromises();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toBe('保留天数改为 7 天?回收站中有 1 个计划已超过该天数,将连同版本、审阅意见和历史被永久删除,此操作无法撤销。');
    expect(ask.mock.calls[0]![2]).toEqual({ irreversible: true });
    expect(calls.some((c) => c.method === 'trash.setDays')).toBe(false);
    // confirmed: the days are saved
    ask.mockResolvedValue(true);
    await wrapper.get('form.days').trigger('submit');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'trash.setDays').map((c) => c.input)).toEqual([{ days: 7 }]);
  });

  it('more days, or fewer that no plan in the trash has reached, are saved without asking', async () => {
    const { wrapper, calls } = await open();
    const ask = vi.spyOn(useUi(), 'ask').mockResolvedValue(false);
    await wrapper.get('[data-test=trash-days]').setValue(60);
    await wrapper.get('form.days').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-test=trash-days]').setValue(25);
    await wrapper.get('form.days').trigger('submit');
    await flushPromises();
    expect(ask).not.toHaveBeenCalled();
    expect(calls.filter((c) => c.method === 'trash.setDays').map((c) => c.input)).toEqual([{ days: 60 }, { days: 25 }]);
  });
});
