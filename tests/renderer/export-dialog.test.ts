// @vitest-environment happy-dom
/**
 * The export dialog against a fake ApiClient: options reach export.docx, PDF greyed out with the core's reason,
 * the default file name, errors with their code, pending edits saved first (and no export when that fails),
 * Enter/Esc, options remembered per plan, JSON without the revision; the editor's button and menu commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import { installHost, useHost } from '../../renderer/src/host';
import { makeI18n } from '../../renderer/src/i18n';
import exportZh from '../../renderer/src/i18n/export.zh-CN';
import exportEn from '../../renderer/src/i18n/export.en';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { useUi } from '../../renderer/src/stores/ui';
import { session } from '../../renderer/src/api/session';
import ExportDialog from '../../renderer/src/components/ExportDialog.vue';
import EditorView from '../../renderer/src/views/EditorView.vue';
import { cleanBaseName, defaultBaseName, loadPrefs, localToday, prefsKey } from '../../renderer/src/components/exportSupport';
import type { Envelope, MethodName, StoredPlan } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/host';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { clock, pdfTimeLimitMs } from '../../shared/export/pdf-time';
import { seedDoc } from './helpers';

const YANGPU = '002_72028bf86ba9aa86.txt';

interface Fake {
  calls: { method: MethodName; input: any }[];
  plans: Map<string, StoredPlan>;
  /** Per-method overrides: return a result, or throw { code, message } to fail. */
  handlers: Partial<Record<MethodName, (input: any) => unknown>>;
  failSave: string | null;
}

let fake: Fake;
let pinia: Pinia;
const mounted: VueWrapper[] = [];
/** Every editor store a test loaded: a test that calls setup() again (a new Pinia) leaves its earlier store's autosave
 *  timer running, whose plan.save would land in a later test's fake (CI of 450c57f5). afterEach unloads them all. */
const stores: ReturnType<typeof useEditorStore>[] = [];
let downloads: { name: string; type: string; blob: Blob }[];

function setup(docs: Record<string, PlanDoc>) {
  fake = { calls: [], plans: new Map(), handlers: {}, failSave: null };
  for (const [id, d] of Object.entries(docs)) fake.plans.set(id, { ...structuredClone(d), id, revision: 1 });
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      fake.calls.push({ method, input: structuredClone(input) });
      const i = input as any;
      try {
        const h = fake.handlers[method];
        if (h) return { ok: true, result: await h(i) };
        switch (method) {
          case 'plan.get': {
            const p = fake.plans.get(i.id);
            if (!p) throw { code: 'not-found', message: '找不到计划' };
            return { ok: true, result: structuredClone(p) };
          }
          case 'plan.save': {
            if (fake.failSave) throw { code: fake.failSave, message: '磁盘已满,无法保存' };
            const p = fake.plans.get(i.id)!;
            const next = { ...structuredClone(i.doc), id: i.id, revision: p.revision + 1 };
            fake.plans.set(i.id, next);
            return { ok: true, result: { revision: next.revision, updatedAt: new Date().toISOString() } };
          }
          case 'library.departments': return { ok: true, result: [] };
          case 'export.capabilities': return { ok: true, result: { pdf: true } };
          case 'export.docx':
          case 'export.pdf': return { ok: true, result: { fileName: 'server.docx', dataBase64: btoa('PK\u0003\u0004fake') } };
          case 'export.markdown': return { ok: true, result: { fileName: 'server.md', text: `# ${fake.plans.get(i.id)!.meta.title}\n` } };
          default: throw { code: 'unsupported', message: method };
        }
      } catch (e: any) {
        return { ok: false, error: { code: e.code ?? 'internal', message: e.message ?? String(e) } };
      }
    },
  };
  setApi(new ApiClient(transport));
  pinia = createPinia();
  setActivePinia(pinia);
}

const methods = () => fake.calls.map((c) => c.method);
const call = (m: MethodName) => fake.calls.find((c) => c.method === m);

async function mountDialog(props: Record<string, unknown> = {}, load = true) {
  const store = useEditorStore();
  stores.push(store);
  if (load) await store.load('p1');
  const w = mount(ExportDialog, { props: { planId: 'p1', ...props }, global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, store };
}

function key(target: Element, k: string, opts: KeyboardEventInit = {}) {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts });
  target.dispatchEvent(e);
  return e;
}

beforeEach(() => {
  try { localStorage.clear(); } catch { /* none */ }
  downloads = [];
  let n = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => { const u = `blob:test/${++n}`; blobs.set(u, b as Blob); return u; });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    downloads.push({ name: this.download, type: blob.type, blob });
  });
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  while (stores.length) stores.pop()!.unload();
  try { useEditorStore().unload(); } catch { /* no pinia */ }
  setApi(null);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('export dialog', () => {
  it('pre-fills the file name from the plan title and its issue date', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w, store } = await mountDialog();
    const input = w.find<HTMLInputElement>('[data-test=export-file-name]');
    expect(input.element.value).toBe(defaultBaseName(store.meta!));
    expect(input.element.value).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07-18');
    expect(w.find('[data-test=export-ext]').text()).toBe('.docx');
    // the cover option names the document number it will print
    expect(w.text()).toContain('杨府办发〔2016〕30号');
  });

  it('a plan with no 成文日期: the file name has no date (a day the plan does not hold reads as its 成文日期; it was today\'s, h-ui44)', async () => {
    const doc = seedDoc(YANGPU);
    setup({ p1: { ...doc, meta: { ...doc.meta, issuedOn: null } } });
    const { w } = await mountDialog();
    expect(w.find<HTMLInputElement>('[data-test=export-file-name]').element.value).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）');
    // its year and month alone: those
    setup({ p1: { ...doc, meta: { ...doc.meta, issuedOn: '2016-07' } } });
    const month = await mountDialog();
    expect(month.w.find<HTMLInputElement>('[data-test=export-file-name]').element.value).toBe('杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07');
  });

  it('says what happens to a table kept from the source as lines: replaced by 附表1 with annexes, by the generated table in place without', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog();
    const notes = () => w.find('[data-test="source-tables"]').text();
    expect(notes()).toContain('原文表格“杨浦区智慧城市建设三年行动计划重点任务分解表”不按逐行文字印出,由生成的附表1 主要任务分解表代替');
    // the one cell of that table no text or field of the plan says (seeds/002 line 950) is named as left out with it
    expect(notes()).toContain('其中 1 处文字计划正文和字段都没有写到,随之不印出:“为第三方运营商提供杨浦区最新规划与信息更新”');
    await w.find('[data-test="opt-annexes"]').setValue(false);
    expect(notes()).toContain('原文表格“杨浦区智慧城市建设三年行动计划重点任务分解表”不按逐行文字印出,在原处印生成的主要任务分解表(Word 表格)');
    // a plan without such a table gets no note (静安 十一五)
    setup({ p1: seedDoc('004_5927250410f73846.txt') });
    const other = await mountDialog();
    expect(other.w.find('[data-test="source-tables"]').exists()).toBe(false);
  });

  it('warns about a missing 发文字号 and a missing or incomplete 成文日期 when the cover is on', async () => {
    const doc = seedDoc(YANGPU);
    setup({ p1: doc });
    const { w } = await mountDialog();
    // 杨浦 has both: no warning
    expect(w.find('[data-test="cover-warnings"]').exists()).toBe(false);
    setup({ p1: { ...doc, meta: { ...doc.meta, docNumber: null, issuedOn: null } } });
    const none = await mountDialog();
    const items = none.w.findAll('[data-test="cover-warnings"] li').map((x) => x.text());
    // (the 版记 would print no 印发日期: today's date is proposed — the day a clerk sends it to print, GB/T 9704 §7.4.3)
    const today = localToday();
    const [y, m, d] = today.split('-').map(Number);
    expect(items).toEqual(['未填写发文字号:红头下的发文字号一行将空着', '未填写成文日期:落款将没有日期',
      '未填写印发日期:版记只印发文机关,不印“……印发”(可在计划信息中填写印发日期)', `以今天(${y}年${m}月${d}日)为印发日期`]);
    await none.w.find('[data-test="take-print-date"]').trigger('click');
    expect(none.store.meta!.printedOn).toBe(today);
    expect(none.w.findAll('[data-test="cover-warnings"] li').map((x) => x.text())).toEqual(['未填写发文字号:红头下的发文字号一行将空着', '未填写成文日期:落款将没有日期']);
    await none.w.find('[data-test="opt-cover"]').setValue(false);
    expect(none.w.find('[data-test="cover-warnings"]').exists()).toBe(false);
    // 静安 十一五: its date is only a month (2005-11)
    setup({ p1: seedDoc('004_5927250410f73846.txt') });
    const partial = await mountDialog();
    expect(partial.w.find('[data-test="cover-warnings"]').text()).toContain('成文日期“2005-11”不完整');
  });

  it('a plan the editor holds read-only (review mode): no 以今天为印发日期 (it could not be taken in), and the warning says why', async () => {
    const doc = seedDoc(YANGPU);
    setup({ p1: { ...doc, meta: { ...doc.meta, docNumber: null, issuedOn: null } } });
    const { w, store } = await mountDialog();
    store.readOnly = true;
    await nextTick();
    const items = w.findAll('[data-test="cover-warnings"] li').map((x) => x.text());
    expect(items).toEqual(['未填写发文字号:红头下的发文字号一行将空着', '未填写成文日期:落款将没有日期',
      '未填写印发日期:版记只印发文机关,不印“……印发”(计划现为只读,此处不能填写;可由能修改计划的人在计划信息中填写)']);
    expect(w.find('[data-test="take-print-date"]').exists()).toBe(false);
    // editable again (review mode left): offered, and taken into the plan
    store.readOnly = false;
    await nextTick();
    await w.find('[data-test="take-print-date"]').trigger('click');
    expect(store.meta!.printedOn).toBe(localToday());
  });

  it('says what the chosen format leaves out (docs/exchange.md): the cover\'s fields without the cover, themes set by hand, a city, the library\'s record; nothing for JSON', async () => {
    const doc = seedDoc(YANGPU);
    setup({ p1: doc });
    const { w } = await mountDialog();
    const items = () => w.findAll('[data-test="export-omissions"] li').map((x) => x.text());
    // 杨浦 as imported, Word with its cover (the default): nothing left out
    expect(items()).toEqual([]);
    await w.find('[data-test="opt-cover"]').setValue(false);
    // (and its city: 上海市 is named by the issuer 上海市杨浦区人民政府办公室 alone, which only the cover prints — a
    // plain Word export of seed 002 imports with city null)
    expect(items()).toEqual(['发文字号、成文日期、主送机关、发文机关、印发通知(只印在通知封面上,勾选“通知封面”即可印出)', '所属城市“上海市”(标题和发文机关都未写明)']);
    expect(w.find('[data-test="export-omissions"]').text()).toContain('交换文件保存计划的全部字段。');
    await w.find('[data-test="format-markdown"] input').setValue(true);
    expect(items()).toEqual([]);
    // a theme typed on a task, a city other than the one its title and issuer name (上海市杨浦区人民政府办公室: an
    // import of the file reads 上海市), a plan made from a template
    const task = doc.nodes.flatMap(function all(n): typeof doc.nodes { return [n, ...n.children.flatMap(all)]; }).find((n) => n.kind === 'task')!;
    task.themes = [...task.themes, '重点民生实事'];
    setup({ p1: { ...doc, meta: { ...doc.meta, city: '江州市', basedOn: 'plan-template', status: 'final' } } });
    const edited = await mountDialog();
    await edited.w.find('[data-test="format-markdown"] input').setValue(true);
    expect(edited.w.findAll('[data-test="export-omissions"] li').map((x) => x.text())).toEqual([
      '1 个节点手动设置的主题(导入时按正文重新识别)', '所属城市“江州市”(导入时读作“上海市”)', '计划状态和所依据的模板(本库的记录,导入的库另行设定)']);
    await edited.w.find('[data-test="format-json"] input').setValue(true);
    expect(edited.w.find('[data-test="export-omissions"]').exists()).toBe(false);
    // open annotations (the editor passes its review list): left out unless 包含批注与修改建议 is ticked, in every format
    setup({ p1: seedDoc(YANGPU) });
    const open = { status: 'open', replies: [], resolved: { state: 'ok' } };
    const noted = await mountDialog({ review: [open, open, open] });
    const notes = () => noted.w.findAll('[data-test="export-omissions"] li').map((x) => x.text());
    const left = '3 条未解决的批注和修改建议(勾选“包含批注与修改建议”可带出;审阅包也带出全部)';
    expect(notes()).toEqual([left]);
    await noted.w.find('[data-test="opt-comments"]').setValue(true);
    expect(notes()).toEqual([]);
    // the same choice for the exchange file and Markdown (their own checkbox, the same preference)
    await noted.w.find('[data-test="format-json"] input').setValue(true);
    expect(notes()).toEqual([]);
    expect(noted.w.find<HTMLInputElement>('[data-test="opt-exchange-comments"]').element.checked).toBe(true);
    await noted.w.find('[data-test="opt-exchange-comments"]').setValue(false);
    expect(notes()).toEqual([left]);
  });

  it('counts what the file really leaves out of the review: closed annotations and replies too, and in Word with 包含批注与修改建议 the closed and orphaned ones (walk 9)', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const reply = { id: 'r', author: { name: '李审核', department: '' }, body: '同意', createdAt: '2026-12-01T00:00:00Z' };
    // two open (one with a reply, one whose quoted text is gone), one resolved with two replies, one rejected suggestion
    const review = [
      { status: 'open', replies: [reply], resolved: { state: 'ok' } },
      { status: 'open', replies: [], resolved: { state: 'orphaned' } },
      { status: 'resolved', replies: [reply, reply], resolved: { state: 'moved' } },
      { status: 'rejected', replies: [], resolved: { state: 'ok' } },
    ];
    const { w } = await mountDialog({ review });
    const notes = () => w.findAll('[data-test="export-omissions"] li').map((x) => x.text());
    const all = '4 条批注和修改建议(2 条未解决、2 条已处理)及其 3 条回复';
    // before: “2 条未解决的批注和修改建议” whatever the format, and nothing with the box ticked
    await w.find('[data-test="opt-comments"]').setValue(false);
    expect(notes()).toEqual([`${all}(勾选“包含批注与修改建议”可带出未解决的;已处理的由交换文件、Markdown 或审阅包带出)`]);
    await w.find('[data-test="opt-comments"]').setValue(true);
    expect(notes()).toEqual([
      '2 条已处理(已解决、采纳或拒绝)的批注和修改建议及其 2 条回复(Word 只带出未解决的;交换文件、Markdown 和审阅包带出全部)',
      '1 条找不到原文的未解决批注和修改建议(所批注的文字已不在计划中,Word 里无处可放;交换文件、Markdown 和审阅包带出)',
    ]);
    await w.find('[data-test="format-pdf"] input').setValue(true);
    expect(notes()).toHaveLength(2);
    // plan JSON and Markdown carry every annotation and reply with the box ticked; without it, all are left out
    for (const f of ['json', 'markdown']) {
      await w.find(`[data-test="format-${f}"] input`).setValue(true);
      expect(notes(), f).toEqual([]);
      await w.find('[data-test="opt-exchange-comments"]').setValue(false);
      expect(notes(), f).toEqual([`${all}(勾选“包含批注与修改建议”可带出;审阅包也带出全部)`]);
      await w.find('[data-test="opt-exchange-comments"]').setValue(true);
    }
    // only closed ones, without the box: said as such
    setup({ p1: seedDoc(YANGPU) });
    const closed = await mountDialog({ review: [review[2]] });
    await closed.w.find('[data-test="opt-comments"]').setValue(false);
    expect(closed.w.findAll('[data-test="export-omissions"] li').map((x) => x.text())).toEqual([
      '1 条已处理(已解决、采纳或拒绝)的批注和修改建议及其 2 条回复(勾选“包含批注与修改建议”可带出未解决的;已处理的由交换文件、Markdown 或审阅包带出)']);
  });

  it('passes the Word options through to export.docx and downloads the file under the chosen name', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog();
    await w.find('[data-test=opt-cover] ').setValue(true);
    await w.find('[data-test=opt-annexes]').setValue(false);
    await w.find('[data-test=fonts-windows] input').setValue(true);
    await w.find('[data-test=export-file-name]').setValue('杨浦 2016 定稿');
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(call('export.docx')!.input).toEqual({ id: 'p1', options: { cover: true, annexes: false, fonts: 'windows' } });
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe('杨浦 2016 定稿.docx');
    expect(downloads[0].type).toContain('wordprocessingml');
    expect(new TextDecoder().decode(await downloads[0].blob.arrayBuffer())).toBe('PK\u0003\u0004fake');
    expect(w.emitted('close')).toHaveLength(1);
  });

  it('greys PDF out with the reason when export.capabilities says it is unavailable', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const reason = '导出 PDF 需要 LibreOffice(用它把 Word 文件转换为 PDF),本机未安装。';
    fake.handlers['export.capabilities'] = () => ({ pdf: false, reason });
    localStorage.setItem(prefsKey('p1'), JSON.stringify({ format: 'pdf', cover: true, annexes: true, fonts: 'gb2312' }));
    const { w } = await mountDialog();
    const radio = w.find<HTMLInputElement>('[data-test=format-pdf] input');
    expect(radio.element.disabled).toBe(true);
    expect(w.find('[data-test=pdf-reason]').text()).toContain(reason);
    // the remembered PDF falls back to Word
    expect(w.find<HTMLInputElement>('[data-test=format-docx] input').element.checked).toBe(true);
  });

  it('offers PDF when available and sends the same options to export.pdf', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog();
    const radio = w.find<HTMLInputElement>('[data-test=format-pdf] input');
    expect(radio.element.disabled).toBe(false);
    expect(w.find('[data-test=pdf-reason]').exists()).toBe(false);
    await radio.setValue(true);
    expect(w.find('[data-test=export-ext]').text()).toBe('.pdf');
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    // with a jobId (停止转换 names it: export.cancel)
    expect(call('export.pdf')!.input).toEqual({ id: 'p1', options: { cover: true, annexes: true, fonts: 'gb2312' }, jobId: expect.stringMatching(/^pdf-/) });
    expect(downloads[0].name).toMatch(/_2016-07-18\.pdf$/);
  });

  it('shows the error code and message when the export fails, and stays open', async () => {
    setup({ p1: seedDoc(YANGPU) });
    fake.handlers['export.docx'] = () => { throw { code: 'invalid-plan', message: '计划缺少标题,无法生成公文' }; };
    const { w } = await mountDialog();
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    const err = w.find('[data-test=export-error]');
    expect(err.text()).toContain('导出失败:计划缺少标题,无法生成公文');
    expect(err.text()).toContain('invalid-plan');
    expect(downloads).toHaveLength(0);
    expect(w.emitted('close')).toBeUndefined();
    expect(w.find<HTMLButtonElement>('[data-test=export-submit]').element.disabled).toBe(false);
  });

  it('saves pending edits before exporting', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w, store } = await mountDialog();
    store.updateMeta({ title: '杨浦区“智慧城市”建设三年行动计划(2015-2017)修订稿' });
    expect(store.hasUnsaved).toBe(true);
    const flush = vi.spyOn(store, 'flush');
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(flush).toHaveBeenCalledTimes(1);
    const m = methods();
    expect(m.indexOf('plan.save')).toBeGreaterThanOrEqual(0);
    expect(m.indexOf('plan.save')).toBeLessThan(m.indexOf('export.docx'));
    expect(fake.plans.get('p1')!.meta.title).toContain('修订稿');
    expect(downloads).toHaveLength(1);
  });

  it('does not export stale content when the save fails, and says why', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w, store } = await mountDialog();
    store.updateMeta({ title: '新标题' });
    fake.failSave = 'io';
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(methods()).toContain('plan.save');
    expect(methods()).not.toContain('export.docx');
    expect(w.find('[data-test=export-error]').text()).toContain('磁盘已满,无法保存');
    expect(w.find('[data-test=export-error]').text()).toContain('尚未保存');
    expect(downloads).toHaveLength(0);
    // once saving works again, the export goes through
    fake.failSave = null;
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(methods()).toContain('export.docx');
    expect(downloads).toHaveLength(1);
  });

  it('refuses to export over a save conflict', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w, store } = await mountDialog();
    store.updateMeta({ title: '新标题' });
    fake.handlers['plan.save'] = () => { throw { code: 'conflict', message: '计划已在别处被修改' }; };
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(store.saveState).toBe('conflict');
    expect(methods()).not.toContain('export.docx');
    expect(w.find('[data-test=export-error]').text()).toContain('冲突');
  });

  it('shows progress while exporting', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let release!: () => void;
    fake.handlers['export.docx'] = () => new Promise((r) => { release = () => r({ fileName: 'x.docx', dataBase64: '' }); });
    const { w } = await mountDialog();
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=export-progress]').text()).toContain('正在导出');
    expect(w.find<HTMLButtonElement>('[data-test=export-submit]').element.disabled).toBe(true);
    release();
    await flushPromises();
    expect(downloads).toHaveLength(1);
  });

  it('walk 10: the focus stays in the dialog while it exports (the disabled 导出 button dropped it to <body>): Esc still closes it', async () => {
    setup({ p1: seedDoc(YANGPU) });
    fake.handlers['export.pdf'] = () => new Promise(() => { /* LibreOffice converting for a minute */ });
    const { w } = await mountDialog({ initialFormat: 'pdf' });
    const submit = w.find<HTMLButtonElement>('[data-test=export-submit]').element;
    submit.focus();
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(submit.disabled).toBe(true);
    // Chromium takes the focus from a focused button that becomes disabled and gives it to <body> (happy-dom does not)
    if (document.activeElement === submit) { submit.disabled = false; submit.blur(); submit.disabled = true; }
    const dialog = w.find('[data-test=export-dialog]').element;
    expect(dialog.contains(document.activeElement)).toBe(true);
    key(document.activeElement!, 'Escape');
    expect(w.emitted('close')).toHaveLength(1);
  });

  it('the progress line, then the error, are scrolled into view: they end the dialog\'s scrolling body, below the Word options (walk 14, 1280×800)', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let stop: (() => void) | null = null;
    fake.handlers['export.pdf'] = () => new Promise((_, reject) => { stop = () => reject({ code: 'cancelled', message: '已取消导出 PDF,没有生成文件' }); });
    fake.handlers['export.cancel'] = () => { stop?.(); return { cancelled: true }; };
    const shown: string[] = [];
    const had = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
    Element.prototype.scrollIntoView = function (this: Element) { shown.push((this as HTMLElement).dataset.test ?? ''); };
    try {
      const { w } = await mountDialog({ initialFormat: 'pdf' });
      await w.find('[data-test=export-submit]').trigger('click');
      await flushPromises();
      expect(w.find('[data-test=export-progress]').exists()).toBe(true);
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set(['export-progress']));
      await w.find('[data-test=export-cancel]').trigger('click');
      await flushPromises();
      expect(w.find('[data-test=export-error]').exists()).toBe(true);
      expect(shown.at(-1)).toBe('export-error');
    } finally {
      if (had) Object.defineProperty(Element.prototype, 'scrollIntoView', had);
      else delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('a PDF export shows the time used and the limit (which follows the plan\'s size); 停止转换 stops it: no file, the dialog says so and stays', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let stop: (() => void) | null = null;
    fake.handlers['export.pdf'] = () => new Promise((_, reject) => { stop = () => reject({ code: 'cancelled', message: '已取消导出 PDF,没有生成文件' }); });
    fake.handlers['export.cancel'] = () => { stop?.(); return { cancelled: true }; };
    const { w, store } = await mountDialog({ initialFormat: 'pdf' });
    let nodes = 0;
    for (const _ of walk(store.nodes)) nodes++;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    const limit = clock(pdfTimeLimitMs(nodes));
    expect(w.find('[data-test=export-progress]').text()).toBe(`正在生成 PDF(先生成 Word 公文,再由 LibreOffice 转换):已用 0:00,最长 ${limit};可点“停止转换”`);
    vi.advanceTimersByTime(65_000);
    await nextTick();
    expect(w.find('[data-test=export-progress]').text()).toContain(`已用 1:05,最长 ${limit}`);
    const cancel = w.find<HTMLButtonElement>('[data-test=export-cancel]');
    expect(cancel.text()).toBe('停止转换');
    await cancel.trigger('click');
    await flushPromises();
    // the cancel names the export's job
    const job = call('export.pdf')!.input.jobId;
    expect(job).toEqual(expect.any(String));
    expect(call('export.cancel')!.input).toEqual({ jobId: job });
    expect(downloads).toHaveLength(0);
    expect(w.emitted('close')).toBeUndefined();
    expect(w.find('[data-test=export-error]').text()).toBe('已取消导出 PDF,没有生成文件。');
    expect(w.find('[data-test=export-progress]').exists()).toBe(false);
    expect(cancel.text()).toBe('取消'); // and now closes the dialog
    await cancel.trigger('click');
    expect(w.emitted('close')).toHaveLength(1);
  });

  it('停止转换 after LibreOffice finished (its answer on the way, export.cancel finds no job): no file is saved, the dialog says 已取消', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let answer!: () => void;
    fake.handlers['export.pdf'] = () => new Promise((resolve) => { answer = () => resolve({ fileName: 'server.pdf', dataBase64: btoa('%PDF-1.6 whole') }); });
    fake.handlers['export.cancel'] = () => ({ cancelled: false }); // the core had already answered
    const { w } = await mountDialog({ initialFormat: 'pdf' });
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    await w.find('[data-test=export-cancel]').trigger('click');
    await flushPromises();
    expect(call('export.cancel')!.input).toEqual({ jobId: call('export.pdf')!.input.jobId });
    answer();
    await flushPromises();
    expect(downloads).toHaveLength(0); // before: the PDF was saved after 停止转换
    expect(w.emitted('close')).toBeUndefined();
    expect(w.find('[data-test=export-error]').text()).toBe('已取消导出 PDF,没有生成文件。');
    // and the next export saves its file
    fake.handlers['export.pdf'] = () => ({ fileName: 'server.pdf', dataBase64: btoa('%PDF-1.6 whole') });
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.type).toBe('application/pdf');
  });

  it('closing the dialog while a PDF is converting stops the conversion (nobody waits for the file); Word exports have no job', async () => {
    setup({ p1: seedDoc(YANGPU) });
    fake.handlers['export.pdf'] = () => new Promise(() => { /* converting */ });
    fake.handlers['export.cancel'] = () => ({ cancelled: true });
    const { w } = await mountDialog({ initialFormat: 'pdf' });
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    key(w.find('[data-test=export-dialog]').element, 'Escape');
    expect(w.emitted('close')).toHaveLength(1);
    await flushPromises();
    expect(call('export.cancel')!.input).toEqual({ jobId: call('export.pdf')!.input.jobId });
    // Word: no jobId, no cancel (the Word document is built in a second or two)
    setup({ p1: seedDoc(YANGPU) });
    const { w: again } = await mountDialog({ initialFormat: 'docx' });
    await again.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(call('export.docx')!.input).not.toHaveProperty('jobId');
    expect(methods()).not.toContain('export.cancel');
  });

  it('walk 10: opened on PDF (the plan\'s last format) while the PDF check runs, the focus is in the dialog: Esc closes it', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let answer!: (v: unknown) => void;
    fake.handlers['export.capabilities'] = () => new Promise((r) => { answer = r; });
    localStorage.setItem(prefsKey('p1'), JSON.stringify({ format: 'pdf', cover: true, annexes: true, fonts: 'gb2312', annotations: false }));
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    try {
      const { w } = await mountDialog();
      const dialog = w.find('[data-test=export-dialog]').element;
      // the checked radio (PDF) is disabled until the check answers: focus() on it did nothing, the opener kept it
      expect(dialog.contains(document.activeElement)).toBe(true);
      answer({ pdf: true });
      await flushPromises();
      expect(document.activeElement).toBe(w.find<HTMLInputElement>('input[name="export-format"]:checked').element);
      expect((document.activeElement as HTMLInputElement).value).toBe('pdf');
      key(document.activeElement!, 'Escape');
      expect(w.emitted('close')).toHaveLength(1);
    } finally {
      opener.remove();
    }
  });

  it('Enter exports, Esc closes; the editor behind does not see the keys', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog();
    const seen: string[] = [];
    const spy = (e: KeyboardEvent) => seen.push(e.key);
    window.addEventListener('keydown', spy);
    try {
      key(w.find('[data-test=export-file-name]').element, 'z', { ctrlKey: true });
      expect(seen).toEqual([]);
      // Enter while composing Chinese in the name field does not export
      key(w.find('[data-test=export-file-name]').element, 'Enter', { isComposing: true });
      await flushPromises();
      expect(methods()).not.toContain('export.docx');
      key(w.find('[data-test=export-file-name]').element, 'Enter');
      await flushPromises();
      expect(methods()).toContain('export.docx');
      expect(downloads).toHaveLength(1);
    } finally {
      window.removeEventListener('keydown', spy);
    }
    const { w: w2 } = await mountDialog({}, false);
    key(w2.find('[data-test=format-markdown] input').element, 'Escape');
    expect(w2.emitted('close')).toHaveLength(1);
    expect(downloads).toHaveLength(1);
  });

  it('remembers the last options per plan', async () => {
    setup({ p1: seedDoc(YANGPU), p2: seedDoc() });
    const { w } = await mountDialog();
    await w.find('[data-test=opt-cover]').setValue(false);
    await w.find('[data-test=fonts-windows] input').setValue(true);
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(loadPrefs('p1')).toEqual({ format: 'docx', cover: false, annexes: true, fonts: 'windows', annotations: false });
    expect(loadPrefs('p2')).toEqual({ format: 'docx', cover: true, annexes: true, fonts: 'gb2312', annotations: false });
    const { w: again } = await mountDialog({}, false);
    expect(again.find<HTMLInputElement>('[data-test=opt-cover]').element.checked).toBe(false);
    expect(again.find<HTMLInputElement>('[data-test=fonts-windows] input').element.checked).toBe(true);
  });

  it('exports Markdown from export.markdown and the plan JSON from plan.get without the revision', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog({ initialFormat: 'markdown' });
    expect(w.find('[data-test=word-options]').exists()).toBe(false);
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(downloads[0].name).toMatch(/\.md$/);
    expect(await downloads[0].blob.text()).toContain('杨浦区');

    const { w: j } = await mountDialog({ initialFormat: 'json' }, false);
    await j.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(downloads[1].name).toMatch(/_2016-07-18\.json$/);
    const doc = JSON.parse(await downloads[1].blob.text());
    expect(doc.format).toBe('plan-workbench/v1');
    expect(doc.id).toBe('p1');
    expect(doc.meta.docNumber).toBe('杨府办发〔2016〕30号');
    expect('revision' in doc).toBe(false);
  });

  it('Markdown and the exchange file name what 包含批注与修改建议 carries, and carry every annotation when ticked', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const stored = {
      id: 'a_1', planId: 'p1', kind: 'comment', author: { name: '李审核', department: '区发改委' }, body: '写明完成年份', replacement: null,
      status: 'resolved', round: 1, replies: [], createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-02T08:00:00.000Z',
      closedBy: { name: '王规划', department: '' }, closedAt: '2026-12-02T08:00:00.000Z', origin: null,
      anchor: { nodeId: 'n0001', field: 'node', quote: '', start: 0, prefix: '', suffix: '', path: [] },
    };
    fake.handlers['review.list'] = () => [{ ...stored, resolved: { state: 'ok', nodeId: 'n0001', field: 'node', start: 0, end: 0, text: '' } }];
    const { w } = await mountDialog({ initialFormat: 'markdown' });
    // Word's options are not shown; the exchange formats' checkbox says what they carry
    expect(w.find('[data-test=word-options]').exists()).toBe(false);
    expect(w.find('[data-test=exchange-options]').text()).toBe('包含批注与修改建议全部批注与修改建议(含已解决的、回复、条目批注)写成文末的 <!-- 批注 --> 注释块:Markdown 阅读器不显示,打开文件可读,导入时恢复为批注');
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    // unticked: no annotations asked for
    expect(call('export.markdown')!.input).toEqual({ id: 'p1' });
    expect(methods()).not.toContain('review.list');

    const { w: md } = await mountDialog({ initialFormat: 'markdown' }, false);
    await md.find('[data-test=opt-exchange-comments]').setValue(true);
    await md.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(fake.calls.filter((c) => c.method === 'export.markdown').map((c) => c.input)).toEqual([{ id: 'p1' }, { id: 'p1', annotations: true }]);

    const { w: json } = await mountDialog({ initialFormat: 'json' }, false);
    expect(json.find('[data-test=exchange-comments-note]').text()).toBe('全部批注与修改建议(含已解决的、回复、条目批注)写入交换文件的 annotations 部分,导入时恢复为批注');
    expect(json.find<HTMLInputElement>('[data-test=opt-exchange-comments]').element.checked).toBe(true);
    await json.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    const file = JSON.parse(await downloads[downloads.length - 1].blob.text());
    // every status (this one resolved), without the listing's `resolved`
    expect(file.annotations).toEqual([stored]);
    expect('revision' in file).toBe(false);
  });

  it('包含批注与修改建议 is off by default and, when ticked, asks the core for the open annotations (Word and PDF), remembered per plan', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const { w } = await mountDialog();
    const box = w.find<HTMLInputElement>('[data-test=opt-comments]');
    expect(box.element.disabled).toBe(false);
    expect(box.element.checked).toBe(false);
    expect(w.find('[data-test=word-options]').text()).toContain('包含批注与修改建议');
    await w.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    // unticked: the options carry no annotations flag at all (the core's default: none)
    expect(call('export.docx')!.input.options).toEqual({ cover: true, annexes: true, fonts: 'gb2312' });

    const { w: again } = await mountDialog({ initialFormat: 'pdf' }, false);
    await again.find('[data-test=opt-comments]').setValue(true);
    await again.find('[data-test=export-submit]').trigger('click');
    await flushPromises();
    expect(call('export.pdf')!.input.options).toEqual({ cover: true, annexes: true, fonts: 'gb2312', annotations: true });
    expect(loadPrefs('p1').annotations).toBe(true);
    const { w: third } = await mountDialog({}, false);
    expect(third.find<HTMLInputElement>('[data-test=opt-comments]').element.checked).toBe(true);
  });

  it('unreviewed nodes: a planner is asked; a clerk (who cannot confirm) is told who reviews them and that they may export', async () => {
    const d = seedDoc(YANGPU);
    d.meta.status = 'draft';
    d.nodes[0].unreviewed = true;
    d.nodes[1].unreviewed = true;
    const asked: string[] = [];
    const run = async () => {
      setup({ p1: d });
      const { w } = await mountDialog();
      vi.spyOn(useUi(), 'ask').mockImplementation(async (text: string) => { asked.push(text); return true; });
      await w.find('[data-test=export-submit]').trigger('click');
      await flushPromises();
      expect(downloads.length).toBeGreaterThan(0);
      w.unmount();
      mounted.pop();
    };
    await run(); // browser mode: one user, a planner's rights
    try {
      Object.assign(session, { mode: 'server', user: { id: 'u4', name: '赵文书', role: 'clerk' }, methods: ['plan.get', 'export.docx', 'export.pdf', 'export.capabilities'] });
      await run();
    } finally {
      Object.assign(session, { mode: 'unknown', user: null, methods: null });
    }
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBe('还有 2 个节点未复核(沿用模板、尚未修改或确认),仍要导出吗?');
    expect(asked[1]).toContain('2 个节点未经规划人员复核');
    expect(asked[1]).toContain('您可以照现有内容导出');
    expect(asked[1]).not.toContain('仍要导出');
  });

  it('cleans a typed file name', () => {
    expect(cleanBaseName(' 规划/草稿:第2版? ')).toBe('规划_草稿_第2版_');
    expect(cleanBaseName('...')).toBe('');
  });
});

describe('editor: export button and desktop menu', () => {
  const MonacoStub = defineComponent({
    name: 'MonacoBody',
    props: { modelValue: { type: String, default: '' }, docKey: String, findings: Array, departments: Array, placeholder: String, ariaLabel: String },
    setup(props, { expose }) {
      expose({ focus: () => undefined });
      return () => h('textarea', { value: props.modelValue });
    },
  });

  async function mountEditor() {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => h('div', 'library') } },
        { path: '/plan/:id', component: EditorView, props: true },
      ],
    });
    await router.push('/plan/p1');
    await router.isReady();
    const Root = defineComponent({ render: () => h(RouterView) });
    const w = mount(Root, { global: { plugins: [pinia, makeI18n('zh-CN'), router], stubs: { MonacoBody: MonacoStub } }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    await nextTick();
    return w;
  }

  it('the toolbar button opens the dialog; Esc closes it', async () => {
    setup({ p1: seedDoc(YANGPU) });
    const w = await mountEditor();
    expect(w.find('[data-test=export-dialog]').exists()).toBe(false);
    await w.find('[data-test=open-export]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=export-dialog]').exists()).toBe(true);
    key(w.find('[data-test=export-dialog]').element, 'Escape');
    await nextTick();
    expect(w.find('[data-test=export-dialog]').exists()).toBe(false);
  });

  it('menu commands plan.exportDocx / plan.exportJson open the dialog on that format', async () => {
    setup({ p1: seedDoc(YANGPU) });
    let cb: ((c: MenuCommand) => void) | null = null;
    const off = vi.fn();
    installHost({ ...useHost(), kind: 'desktop', menu: { onCommand: (f) => { cb = f; return off; } } });
    try {
      const w = await mountEditor();
      expect(cb).not.toBeNull();
      cb!('plan.exportJson');
      await flushPromises();
      expect(w.find<HTMLInputElement>('[data-test=format-json] input').element.checked).toBe(true);
      await w.find('[data-test=export-cancel]').trigger('click');
      cb!('plan.exportDocx');
      await flushPromises();
      expect(w.find<HTMLInputElement>('[data-test=format-docx] input').element.checked).toBe(true);
      w.unmount();
      mounted.pop();
      expect(off).toHaveBeenCalled();
    } finally {
      installHost(null);
    }
  });
});

describe('export strings', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  it('English has exactly the keys of Chinese', () => {
    expect(keys(exportEn).sort()).toEqual(keys(exportZh).sort());
  });
  it('every export.* key the dialog and the editor use exists', () => {
    const known = new Set(keys(exportZh).map((k) => `export.${k}`));
    for (const f of ['components/ExportDialog.vue', 'components/ExportWordOptions.vue', 'views/EditorView.vue']) {
      const src = readFileSync(join(__dirname, '../../renderer/src', f), 'utf8');
      for (const m of src.matchAll(/\bt\('(export\.[a-zA-Z.]+)'/g)) expect(known.has(m[1]), `${f}: ${m[1]}`).toBe(true);
    }
    for (const f of ['docx', 'pdf', 'markdown', 'json']) {
      expect(known.has(`export.formats.${f}`)).toBe(true);
      expect(known.has(`export.formats.${f}Hint`)).toBe(true);
    }
  });
});
