// @vitest-environment happy-dom
/**
 * The import dialog's 取消 button: the running plan.importPreview carries a jobId, 取消 sends plan.importCancel with
 * that id, the dialog returns to the file choice at once (the core's later 'cancelled' answer is not shown as an
 * error), and nothing is stored. A file over the size limit is refused before it is read or sent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { useUi } from '../../renderer/src/stores/ui';
import ImportDialog from '../../renderer/src/components/ImportDialog.vue';
import { LIMITS } from '../../shared/errors';
import type { Envelope, MethodName } from '../../shared/api/contract';

let calls: { method: MethodName; input: any }[];
let pinia: Pinia;
const mounted: VueWrapper[] = [];
/** Running previews by jobId: plan.importCancel answers them with 'cancelled', as the core does. */
let running: Map<string, (env: Envelope<any>) => void>;

beforeEach(() => {
  calls = [];
  running = new Map();
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      const i = input as any;
      calls.push({ method, input: { ...i, dataBase64: i?.dataBase64 ? `<${i.dataBase64.length} chars>` : undefined } });
      if (method === 'plan.importPreview') return new Promise((resolve) => running.set(i.jobId, resolve));
      if (method === 'plan.importCancel') {
        const r = running.get(i.jobId);
        running.delete(i.jobId);
        r?.({ ok: false, error: { code: 'cancelled', message: `无法导入 ${'大文件.txt'}:导入已取消` } });
        return { ok: true, result: { cancelled: !!r } };
      }
      if (method === 'library.list') return { ok: true, result: [] };
      return { ok: false, error: { code: 'unexpected', message: method } };
    },
  };
  setApi(new ApiClient(transport));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  setApi(null);
});

async function open(file: File) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
  const ui = useUi();
  ui.importOpen = true;
  ui.importFile = file;
  const w = mount(ImportDialog, { global: { plugins: [pinia, router, makeI18n('zh-CN')] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, ui };
}

describe('ImportDialog: cancel', () => {
  it('取消 during an import sends plan.importCancel with the import\'s jobId and returns to the file choice', async () => {
    const { w, ui } = await open(new File(['一、总体要求\n'.repeat(1000)], '大文件.txt', { type: 'text/plain' }));
    expect(w.find('[data-test="import-progress"]').exists()).toBe(true);
    const preview = calls.find((c) => c.method === 'plan.importPreview')!;
    expect(preview.input.fileName).toBe('大文件.txt');
    expect(preview.input.jobId).toMatch(/^import-/);
    const button = w.find('[data-test="import-cancel"]');
    expect(button.text()).toBe('取消');
    await button.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.importCancel')).toEqual([{ method: 'plan.importCancel', input: { jobId: preview.input.jobId, dataBase64: undefined } }]);
    expect(w.find('[data-test="import-progress"]').exists()).toBe(false);
    expect(w.find('[data-test="import-error"]').exists()).toBe(false);
    expect(w.find('[data-test="import-cancelled"]').text()).toContain('已取消导入');
    expect(w.find('[data-test="import-file"]').exists()).toBe(true);
    expect(ui.importOpen).toBe(true);
    expect(calls.some((c) => c.method === 'plan.importCommit')).toBe(false);
  });

  it('closing the dialog during an import cancels it', async () => {
    const { w, ui } = await open(new File(['一、总体要求\n'], 'a.txt'));
    const jobId = calls.find((c) => c.method === 'plan.importPreview')!.input.jobId;
    await w.find('button.link').trigger('click'); // ×
    await flushPromises();
    expect(ui.importOpen).toBe(false);
    expect(calls.find((c) => c.method === 'plan.importCancel')?.input.jobId).toBe(jobId);
  });

  it('a file over the size limit is refused with too-large before it is read or sent', async () => {
    const big = new File(['x'], 'big.txt');
    Object.defineProperty(big, 'size', { value: LIMITS.maxImportBytes + 1 });
    const { w } = await open(big);
    expect(w.find('[data-test="import-error"]').text()).toContain('too-large');
    expect(w.find('[data-test="import-error"]').text()).toContain('无法导入 big.txt:文件过大');
    expect(calls.some((c) => c.method === 'plan.importPreview')).toBe(false);
  });
});
