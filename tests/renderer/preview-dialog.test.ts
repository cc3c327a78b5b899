// @vitest-environment happy-dom
/**
 * 预览与打印 against a fake core: LibreOffice's layout runs as a job (export.preview with a jobId) that the clerk can
 * stop — the time used and the conversion's limit shown (the limit follows the plan's size, as the export dialog's
 * PDF), 停止排版 and closing the dialog (× or Esc) send export.cancel with that jobId, a result that comes after the
 * stop is not shown, and a layout superseded by new options is stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { nextTick } from 'vue';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import PreviewDialog from '../../renderer/src/components/PreviewDialog.vue';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { clock, pdfTimeLimitMs } from '../../shared/export/pdf-time';
import { fakeLibrary, seedDoc, type FakeLibrary } from './helpers';

const YANGPU = '002_72028bf86ba9aa86.txt';
/** A 1×1 PNG as pdftoppm would answer a page (IHDR 595 × 842 is not needed: the dialog reads width/height). */
const PAGE = { width: 595, height: 842, pngBase64: 'iVBORw0KGgo=' };

let lib: FakeLibrary;
const mounted: VueWrapper[] = [];
/** The answers of export.preview still pending, by jobId; and the jobs export.cancel reached. */
let pending: Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
let cancelled: string[];

function setup(doc: PlanDoc) {
  pending = new Map();
  cancelled = [];
  lib = fakeLibrary({ p1: doc }, [], {
    'export.preview': (input) => new Promise((resolve, reject) => { pending.set(input.jobId!, { resolve: resolve as (v: unknown) => void, reject }); }),
    'export.cancel': ({ jobId }) => {
      cancelled.push(jobId);
      const p = pending.get(jobId);
      pending.delete(jobId);
      p?.reject({ code: 'cancelled', message: '已停止 LibreOffice 排版,没有生成页面图像' });
      return { cancelled: !!p };
    },
  });
  setApi(lib.client);
}

async function mountDialog(doc: PlanDoc) {
  const w = mount(PreviewDialog, { props: { planId: 'p1', doc }, global: { plugins: [createPinia(), makeI18n('zh-CN')] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return w;
}

const jobs = () => lib.calls.filter((c) => c.method === 'export.preview').map((c) => c.input.jobId as string);
const source = () => document.querySelector<HTMLElement>('[data-test=preview-source]')!;
const stopButton = () => document.querySelector<HTMLButtonElement>('[data-test=preview-stop]');

afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  setApi(null);
  vi.useRealTimers();
});

describe('预览与打印: LibreOffice\'s layout as a job the clerk can stop', () => {
  it('shows the time used and the limit (which follows the plan\'s size); 停止排版 stops it: export.cancel with its jobId, the app\'s own pages stay', async () => {
    const doc = seedDoc(YANGPU);
    setup(doc);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const w = await mountDialog(doc);
    let nodes = 0;
    for (const _ of walk(doc.nodes)) nodes++;
    const limit = clock(pdfTimeLimitMs(nodes));
    expect(limit).toBe(clock(120_000 + nodes * 200)); // 杨浦: over two minutes
    expect(jobs()).toEqual([expect.stringMatching(/^pdf-/)]);
    expect(source().dataset.state).toBe('rendering');
    expect(source().textContent).toBe(`正在用 LibreOffice 排版:已用 0:00,最长 ${limit};可点“停止排版”`);
    vi.advanceTimersByTime(65_000);
    await nextTick();
    expect(source().textContent).toContain(`已用 1:05,最长 ${limit}`);
    const pagesBefore = document.querySelectorAll('[data-test=preview-page]').length;
    expect(pagesBefore).toBeGreaterThan(0); // the app's own layout, shown meanwhile

    stopButton()!.click();
    await flushPromises();
    expect(cancelled).toEqual(jobs());
    expect(source().dataset.state).toBe('stopped');
    expect(source().textContent).toBe('已停止 LibreOffice 排版。下面显示近似预览。');
    expect(stopButton()).toBeNull();
    expect(document.querySelectorAll('[data-test=preview-page]').length).toBe(pagesBefore);
    expect(document.querySelector('[data-test=preview-page] img')).toBeNull();
    expect(w.emitted('close')).toBeUndefined(); // the dialog stays
  });

  it('a result that comes after 停止排版 (LibreOffice had finished, export.cancel found no job) is not shown', async () => {
    const doc = seedDoc();
    setup(doc);
    lib.calls.length = 0;
    await mountDialog(doc);
    const [job] = jobs();
    const answer = pending.get(job!)!;
    pending.delete(job!); // the core has answered: the cancel finds nothing
    stopButton()!.click();
    await flushPromises();
    expect(cancelled).toEqual([job]);
    answer.resolve({ pages: [PAGE, PAGE], totalPages: 2, dpi: 72 });
    await flushPromises();
    expect(source().dataset.state).toBe('stopped');
    expect(document.querySelector('[data-test=preview-page] img')).toBeNull();
  });

  it('closing the dialog while LibreOffice lays out stops it (× and Esc); a finished layout is not cancelled', async () => {
    const doc = seedDoc();
    setup(doc);
    const w = await mountDialog(doc);
    document.querySelector<HTMLButtonElement>('[data-test=preview-close]')!.click();
    expect(w.emitted('close')).toHaveLength(1);
    w.unmount();
    mounted.pop();
    await flushPromises();
    expect(cancelled).toEqual(jobs());

    setup(doc);
    const esc = await mountDialog(doc);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(esc.emitted('close')).toHaveLength(1);
    esc.unmount();
    mounted.pop();
    await flushPromises();
    expect(cancelled).toEqual(jobs());

    // the pages came: nothing runs, closing cancels nothing
    setup(doc);
    const done = await mountDialog(doc);
    pending.get(jobs()[0]!)!.resolve({ pages: [PAGE], totalPages: 1, dpi: 72 });
    await flushPromises();
    expect(source().dataset.state).toBe('images');
    expect(stopButton()).toBeNull();
    done.unmount();
    mounted.pop();
    await flushPromises();
    expect(cancelled).toEqual([]);
  });

  it('new options (通知封面) stop the layout still running for the old ones; only the new one is shown', async () => {
    const doc = seedDoc();
    setup(doc);
    await mountDialog(doc);
    const [first] = jobs();
    const cover = document.querySelector<HTMLInputElement>('[data-test=preview-cover]')!;
    cover.click();
    await flushPromises();
    const [, second] = jobs();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(cancelled).toEqual([first]);
    expect(lib.calls.filter((c) => c.method === 'export.preview').at(-1)!.input.options).toEqual({ cover: true, annexes: true });
    expect(source().dataset.state).toBe('rendering');
    pending.get(second!)!.resolve({ pages: [PAGE, PAGE, PAGE], totalPages: 3, dpi: 72 });
    await flushPromises();
    expect(source().dataset.state).toBe('images');
    expect(document.querySelectorAll('[data-test=preview-page] img')).toHaveLength(3);
  });
});
