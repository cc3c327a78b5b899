// @vitest-environment happy-dom
/**
 * The batch import panel (BatchImportDialog.vue): several files dropped or chosen together are imported one after
 * another through plan.importPreview / plan.importCommit, with the CLI's rule (shared/api/batch-import.ts):
 *   - each row's state: 等待 → 正在读取 → 已存入 (warning count) / 重复 (naming the library's plan, or the batch's
 *     earlier file with the same text) / 无法导入 (the importer's reason, without 「无法导入 <file>:」);
 *   - one file at a time (the next preview is sent only when the previous file is done);
 *   - 停止 lets the current file finish, imports no more, and says the stored plans stay;
 *   - the summary counts; a stored plan opens, its import report unfolds; Esc stops, then closes; focus goes back.
 * The API is faked at the transport (as in import-dialog.test.ts); the core's own answers are tested in tests/core.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { useUi } from '../../renderer/src/stores/ui';
import BatchImportDialog from '../../renderer/src/components/BatchImportDialog.vue';
import type { Envelope, MethodName } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/errors';

let calls: { method: MethodName; input: any }[];
let pinia: Pinia;
const mounted: VueWrapper[] = [];
/** What plan.importPreview answers for each file name (a function may hold the answer back). */
let answers: Record<string, () => Envelope<any> | Promise<Envelope<any>>>;
let commits: number;

const task = (id: string, heading: string) => ({ id, kind: 'task', number: '1.', heading, body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] });
/** A previewed plan: `text` is its text fingerprint (meta.source.textSha256), `tasks` its task headings. */
function plan(title: string, text: string, tasks: string[], warnings: string[] = [], duplicates: any[] = []): Envelope<any> {
  return {
    ok: true,
    result: {
      format: 'plan-workbench/v1',
      meta: { title, district: '某区', city: null, period: { start: 2024, end: 2026 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'reference', source: { fileName: `${title}.txt`, encoding: 'utf-8', sha256: `bytes-${text}`, bytes: 10, textSha256: text }, basedOn: null, notice: '', preamble: '' },
      nodes: [{ ...task('s1', '一、主要任务'), kind: 'section', number: '一、', children: tasks.map((t, i) => task(`t${i}`, t)) }],
      report: { warnings: warnings.map((message) => ({ code: 'no-period', message })), declared: {}, found: { section: 1, task: tasks.length }, removed: [], unstructured: 0, uncertain: [] },
      duplicates,
    },
  };
}
const refused = (file: string, code: ErrorCode, reason: string): Envelope<any> => ({ ok: false, error: { code, message: `无法导入 ${file}:${reason}` } });

beforeEach(() => {
  calls = [];
  answers = {};
  commits = 0;
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      const i = input as any;
      calls.push({ method, input: method === 'plan.importPreview' ? { fileName: i.fileName, jobId: i.jobId } : method === 'plan.importCommit' ? { title: i.doc.meta.title, status: i.status } : i });
      if (method === 'plan.importPreview') return answers[i.fileName]();
      if (method === 'plan.importCommit') return { ok: true, result: { id: `p_new${++commits}` } };
      if (method === 'library.list') return { ok: true, result: [] };
      return { ok: false, error: { code: 'unknown-method', message: method } };
    },
  };
  setApi(new ApiClient(transport));
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  setApi(null);
  document.body.innerHTML = '';
});

/** The panel as App.vue shows it (while ui.importBatch holds files), opened from a button that had the focus. */
async function open(names: string[], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
  const ui = useUi();
  const opener = document.createElement('button');
  opener.textContent = '导入';
  document.body.appendChild(opener);
  opener.focus();
  const Host = defineComponent({ setup: () => () => (ui.importBatch.length ? h(BatchImportDialog, { key: ui.batchSeq }) : null) });
  ui.openBatchImport(names.map((n) => new File([`内容 ${n}`], n, { type: 'text/plain' })));
  const w = mount(Host, { global: { plugins: [pinia, router, makeI18n(locale)] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, ui, router, opener };
}

const rows = (w: VueWrapper) => w.findAll('[data-test="batch-row"]');
const states = (w: VueWrapper) => rows(w).map((r) => r.attributes('data-state'));

describe('BatchImportDialog: states and summary', () => {
  it('in English the refusals read in English from the app’s table (they were the core’s Chinese sentences: walk 13)', async () => {
    answers = {
      '坏文件.docx': () => refused('坏文件.docx', 'binary', '这是 PNG 图片,不是文本或 Word 文档'),
      '扫描.pdf': () => refused('扫描.pdf', 'no-text-layer', '这是扫描版 PDF,页面是图片,没有可复制的文字层'),
    };
    const { w } = await open(['坏文件.docx', '扫描.pdf'], 'en');
    expect(states(w)).toEqual(['refused', 'refused']);
    const [bad, scan] = rows(w).map((r) => r.get('[data-test="batch-reason"]'));
    expect(bad.text()).toBe('Not a readable text or Word file. Save it as .docx, .pdf or plain text and import that.');
    expect(bad.attributes('title')).toBe('这是 PNG 图片,不是文本或 Word 文档');
    expect(scan.text()).toBe('The PDF has no text (a scan): needs OCR. Run text recognition (OCR) on the PDF first, or import the Word file it was made from.');
    expect(w.get('[data-test="batch-reason"]').attributes('data-code')).toBe('binary');
  });

  it('stores the good files, names the duplicate and its plan, gives the refusal\'s reason; one file at a time', async () => {
    answers = {
      '东山区规划.txt': () => plan('东山区“十四五”规划', 'T1', ['建设智慧社区', '完善养老服务'], ['未识别到规划期']),
      '东湖区阅读.md': () => plan('东湖区全民阅读三年行动计划', 'T2', ['建设书香社区']),
      '旧稿.txt': () => plan('东山区“十四五”规划(旧)', 'T9', ['x'], [], [{ id: 'p_old', title: '东山区“十四五”规划(2021年版)', status: 'reference', sourceFileName: '旧稿.docx', updatedAt: '2026-01-01T00:00:00Z' }]),
      '东山区规划 副本.txt': () => plan('东山区“十四五”规划', 'T1', ['建设智慧社区', '完善养老服务']),
      '坏文件.docx': () => refused('坏文件.docx', 'binary', '这是 PNG 图片,不是文本或 Word 文档'),
    };
    const { w, ui } = await open(['东山区规划.txt', '东湖区阅读.md', '旧稿.txt', '东山区规划 副本.txt', '坏文件.docx']);

    expect(states(w)).toEqual(['stored', 'stored', 'duplicate', 'duplicate', 'refused']);
    // the previews went one after another, each followed by its commit when stored (the order of the calls)
    expect(calls.filter((c) => c.method.startsWith('plan.')).map((c) => `${c.method} ${c.input.fileName ?? c.input.title}`)).toEqual([
      'plan.importPreview 东山区规划.txt', 'plan.importCommit 东山区“十四五”规划',
      'plan.importPreview 东湖区阅读.md', 'plan.importCommit 东湖区全民阅读三年行动计划',
      'plan.importPreview 旧稿.txt', 'plan.importPreview 东山区规划 副本.txt', 'plan.importPreview 坏文件.docx',
    ]);
    // stored as reference plans, and the library list reloaded once, at the end
    expect(calls.filter((c) => c.method === 'plan.importCommit').map((c) => c.input.status)).toEqual(['reference', 'reference']);
    expect(calls.filter((c) => c.method === 'library.list')).toHaveLength(1);

    const [a, b, old, copy, bad] = rows(w);
    expect(a.text()).toContain('已存入');
    expect(a.text()).toContain('《东山区“十四五”规划》 · 2 项任务');
    expect(a.get('[data-test="batch-warnings"]').text()).toBe('1 条提示');
    expect(b.get('[data-test="batch-warnings"]').text()).toBe('无提示');
    expect(old.get('[data-test="batch-duplicate-of"]').text()).toBe('与资料库中的《东山区“十四五”规划(2021年版)》内容相同,未重复存入');
    // the copy in the same batch: a duplicate of the plan the first file was just stored as
    expect(copy.get('[data-test="batch-duplicate-of"]').text()).toBe('与资料库中的《东山区“十四五”规划》内容相同,未重复存入');
    expect(bad.get('[data-test="batch-reason"]').text()).toBe('这是 PNG 图片,不是文本或 Word 文档');
    expect(bad.get('[data-test="batch-reason"]').attributes('data-code')).toBe('binary');
    expect(bad.text()).not.toMatch(/Error|at \w+ \(/);

    expect(w.get('[data-test="batch-count"]').text()).toBe('已处理 5 / 5');
    expect(w.get('[data-test="batch-summary"]').text()).toContain('已存入 2 份 · 重复未存入 2 份 · 无法导入 1 份');
    expect(w.find('[data-test="batch-skipped"]').exists()).toBe(false);
    expect(w.get('h2').text()).toBe('批量导入完成');
    // the focus moves to 完成 at the end
    expect(document.activeElement?.getAttribute('data-test')).toBe('batch-close');
    expect(ui.importBatch).toHaveLength(5);
  });

  it('shows the rows waiting and reading while a file is read, and the count n of N', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => plan('甲计划', 'A', ['任务一']),
      'b.txt': () => new Promise((r) => { release = r; }),
      'c.txt': () => plan('丙计划', 'C', ['任务三']),
    };
    const { w } = await open(['a.txt', 'b.txt', 'c.txt']);
    expect(states(w)).toEqual(['stored', 'reading', 'waiting']);
    expect(rows(w)[2].text()).toContain('等待');
    expect(w.get('[data-test="batch-count"]').text()).toBe('已处理 1 / 3');
    expect(w.get('[data-test="batch-progress"]').attributes('aria-valuenow')).toBe('1');
    expect(w.text()).toContain('正在导入 b.txt…');
    expect(w.find('[data-test="batch-summary"]').exists()).toBe(false);
    // c.txt is not sent while b.txt is read
    expect(calls.filter((c) => c.method === 'plan.importPreview').map((c) => c.input.fileName)).toEqual(['a.txt', 'b.txt']);
    release(plan('乙计划', 'B', ['任务二']));
    await flushPromises();
    expect(states(w)).toEqual(['stored', 'stored', 'stored']);
  });

  it('a stored plan opens, and its import report unfolds in its row', async () => {
    answers = {
      'a.txt': () => plan('甲计划', 'A', ['任务一', '任务二'], ['未识别到规划期', '第 3 行无法判断层级']),
      'b.txt': () => refused('b.txt', 'empty', '文件是空的'),
    };
    const { w, ui, router } = await open(['a.txt', 'b.txt']);
    const a = rows(w)[0];
    await a.get('[data-test="batch-report"]').trigger('click');
    const report = a.get('[data-test="batch-report-body"]');
    expect(report.text()).toContain('未识别到规划期');
    expect(report.text()).toContain('第 3 行无法判断层级');
    await a.get('[data-test="batch-open"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/plan/p_new1');
    expect(ui.importBatch).toEqual([]);
    expect(w.find('[data-test="batch-import"]').exists()).toBe(false);
  });
});

describe('BatchImportDialog: stop', () => {
  it('停止 lets the current file finish, imports no more, and says what was stored stays', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => plan('甲计划', 'A', ['任务一']),
      'b.txt': () => new Promise((r) => { release = r; }),
      'c.txt': () => plan('丙计划', 'C', ['任务三']),
      'd.txt': () => plan('丁计划', 'D', ['任务四']),
    };
    const { w } = await open(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(document.activeElement?.getAttribute('data-test')).toBe('batch-stop');
    await w.get('[data-test="batch-stop"]').trigger('click');
    expect(w.get('[data-test="batch-stopping"]').text()).toBe('当前文件导入完成后停止…');
    // 停止 is disabled now: the focus stays in the panel
    expect(document.activeElement).toBe(w.get('[data-test="batch-import"]').element);
    // the current file is not abandoned: it is stored when its preview answers
    release(plan('乙计划', 'B', ['任务二']));
    await flushPromises();
    expect(states(w)).toEqual(['stored', 'stored', 'skipped', 'skipped']);
    expect(rows(w)[2].text()).toContain('未导入');
    expect(rows(w)[2].text()).toContain('批量导入已停止,这个文件没有读取');
    expect(calls.filter((c) => c.method === 'plan.importPreview').map((c) => c.input.fileName)).toEqual(['a.txt', 'b.txt']);
    expect(calls.filter((c) => c.method === 'plan.importCommit').map((c) => c.input.title)).toEqual(['甲计划', '乙计划']);
    expect(w.get('h2').text()).toBe('批量导入已取消');
    expect(w.get('[data-test="batch-count"]').text()).toBe('已处理 2 / 4');
    expect(w.get('[data-test="batch-summary"]').text()).toContain('已存入 2 份 · 重复未存入 0 份 · 无法导入 0 份');
    expect(w.get('[data-test="batch-skipped"]').text()).toBe('已取消:2 个文件未导入;已存入的规划保留在资料库中。');
  });

  it('Esc stops a running batch (it does not close it), then closes it; the focus goes back to where it was', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => new Promise((r) => { release = r; }),
      'b.txt': () => plan('乙计划', 'B', ['任务二']),
    };
    const { w, ui, opener } = await open(['a.txt', 'b.txt']);
    const panel = w.get('[data-test="batch-import"]');
    expect(panel.element.contains(document.activeElement)).toBe(true);
    await panel.trigger('keydown', { key: 'Escape' });
    expect(ui.importBatch).toHaveLength(2);
    expect(w.find('[data-test="batch-stopping"]').exists()).toBe(true);
    release(refused('a.txt', 'no-text-layer', '这是扫描版 PDF,页面是图片,没有可复制的文字层;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入'));
    await flushPromises();
    expect(states(w)).toEqual(['refused', 'skipped']);
    expect(rows(w)[0].get('[data-test="batch-reason"]').text()).toBe('这是扫描版 PDF,页面是图片,没有可复制的文字层;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入');
    // nothing stored: the library list is not reloaded
    expect(calls.filter((c) => c.method === 'plan.importCommit' || c.method === 'library.list')).toEqual([]);
    await w.get('[data-test="batch-import"]').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(ui.importBatch).toEqual([]);
    expect(w.find('[data-test="batch-import"]').exists()).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('Tab stays inside the panel', async () => {
    answers = { 'a.txt': () => plan('甲计划', 'A', ['任务一']), 'b.txt': () => plan('乙计划', 'B', ['任务二']) };
    const { w } = await open(['a.txt', 'b.txt']);
    const close = w.get('[data-test="batch-close"]');
    expect(document.activeElement).toBe(close.element);
    // 完成 is the last focusable: Tab goes round to the first (the header's ×)
    await close.trigger('keydown', { key: 'Tab' });
    expect(w.get('[data-test="batch-import"]').element.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(close.element);
  });
});

describe('BatchImportDialog: nothing runs unseen (second review, session 27)', () => {
  const file = (n: string) => new File([`内容 ${n}`], n, { type: 'text/plain' });
  const previews = () => calls.filter((c) => c.method === 'plan.importPreview').map((c) => c.input.fileName);

  it('打开 is offered only once the batch has ended: while it runs the panel stays, and says when plans can be opened', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => plan('甲计划', 'A', ['任务一']),
      'b.txt': () => new Promise((r) => { release = r; }),
      'c.txt': () => refused('c.txt', 'empty', '文件是空的'),
    };
    const { w, ui, router } = await open(['a.txt', 'b.txt', 'c.txt']);
    expect(states(w)).toEqual(['stored', 'reading', 'waiting']);
    expect(rows(w)[0].find('[data-test="batch-open"]').exists()).toBe(false);
    expect(w.get('[data-test="batch-open-later"]').text()).toBe('已存入的规划在批量导入完成或停止后可以打开。');
    release(plan('乙计划', 'B', ['任务二']));
    await flushPromises();
    // the whole batch ran in view: c's refusal is shown
    expect(states(w)).toEqual(['stored', 'stored', 'refused']);
    expect(rows(w)[2].get('[data-test="batch-reason"]').text()).toBe('文件是空的');
    expect(w.find('[data-test="batch-open-later"]').exists()).toBe(false);
    await rows(w)[0].get('[data-test="batch-open"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/plan/p_new1');
    expect(ui.importBatch).toEqual([]);
  });

  it('打开已有规划 (a duplicate) also waits for the end, and a stopped batch offers 打开 at once after its current file', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => plan('甲计划', 'A', ['任务一'], [], [{ id: 'p_old', title: '旧计划', same: 'text' }]),
      'b.txt': () => new Promise((r) => { release = r; }),
      'c.txt': () => plan('丙计划', 'C', ['任务三']),
    };
    const { w } = await open(['a.txt', 'b.txt', 'c.txt']);
    expect(states(w)).toEqual(['duplicate', 'reading', 'waiting']);
    expect(w.find('[data-test="batch-open-existing"]').exists()).toBe(false);
    await w.get('[data-test="batch-stop"]').trigger('click');
    release(plan('乙计划', 'B', ['任务二']));
    await flushPromises();
    expect(states(w)).toEqual(['duplicate', 'stored', 'skipped']);
    expect(w.find('[data-test="batch-open-existing"]').exists()).toBe(true);
    expect(rows(w)[1].find('[data-test="batch-open"]').exists()).toBe(true);
  });

  it('files dropped while a batch runs join it (a folder or a single file): new rows 等待, imported after the others, counted in the panel; after the end a new batch gets its own panel', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => new Promise((r) => { release = r; }),
      'b.txt': () => plan('乙计划', 'B', ['任务二']),
      'x.txt': () => plan('戊计划', 'X', ['任务五']),
      'y.txt': () => plan('己计划', 'Y', ['任务六']),
      'z.txt': () => plan('庚计划', 'Z', ['任务七']),
      'b 副本.txt': () => plan('乙计划', 'B', ['任务二']),
    };
    const { w, ui } = await open(['a.txt', 'b.txt']);
    expect(ui.batchRunning).toBe(true);
    expect(w.find('[data-test="batch-queued"]').exists()).toBe(false);
    // a folder dropped on the library meanwhile, then a single file (it would open the import dialog otherwise)
    expect(ui.openBatchImport([file('x.txt'), file('y.txt')])).toBe(true);
    expect(ui.openBatchImport([file('z.txt')])).toBe(true);
    expect(ui.openImport(file('b 副本.txt'))).toBe(true);
    expect(ui.importOpen).toBe(false);
    await flushPromises();
    expect(rows(w).map((r) => r.find('.name').text())).toEqual(['a.txt', 'b.txt', 'x.txt', 'y.txt', 'z.txt', 'b 副本.txt']);
    expect(states(w)).toEqual(['reading', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect(w.get('h2').text()).toBe('批量导入(6 个文件)');
    expect(w.get('[data-test="batch-count"]').text()).toBe('已处理 0 / 6');
    expect(w.get('[data-test="batch-queued"]').text()).toBe('导入进行中加入的 4 个文件已排入本批,在其余文件之后导入。');
    expect(w.find('[data-test="batch-busy"]').exists()).toBe(false);
    // still one file at a time: nothing else was read while a.txt is
    expect(previews()).toEqual(['a.txt']);
    release(plan('甲计划', 'A', ['任务一']));
    await flushPromises();
    // the copy of b.txt that joined is a duplicate of the plan b.txt was just stored as (the batch's own rule)
    expect(states(w)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'duplicate']);
    expect(previews()).toEqual(['a.txt', 'b.txt', 'x.txt', 'y.txt', 'z.txt', 'b 副本.txt']);
    expect(w.get('[data-test="batch-summary"]').text()).toContain('已存入 5 份 · 重复未存入 1 份 · 无法导入 0 份');
    expect(ui.batchRunning).toBe(false);
    // ended (panel still open): the files dropped now are a batch of their own, in a new panel
    expect(ui.openBatchImport([file('x.txt'), file('y.txt')])).toBe(true);
    await flushPromises();
    expect(rows(w).map((r) => r.find('.name').text())).toEqual(['x.txt', 'y.txt']);
    expect(w.find('[data-test="batch-queued"]').exists()).toBe(false);
    expect(previews()).toEqual(['a.txt', 'b.txt', 'x.txt', 'y.txt', 'z.txt', 'b 副本.txt', 'x.txt', 'y.txt']);
  });

  it('once 停止 was asked, files dropped are refused and the panel says so; the file picker does not open while a batch runs', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => new Promise((r) => { release = r; }),
      'b.txt': () => plan('乙计划', 'B', ['任务二']),
      'x.txt': () => plan('戊计划', 'X', ['任务五']),
    };
    const { w, ui } = await open(['a.txt', 'b.txt']);
    // 导入文件… (Ctrl+O) asks for no file: nothing to queue, the picker is not opened behind the panel
    expect(ui.openImport()).toBe(false);
    expect(ui.importOpen).toBe(false);
    await flushPromises();
    expect(w.get('[data-test="batch-busy"]').text()).toBe('批量导入进行中:其他文件没有导入,请在本批完成或停止后再导入。');
    await w.get('[data-test="batch-stop"]').trigger('click');
    expect(ui.openBatchImport([file('x.txt'), file('b.txt')])).toBe(false);
    expect(ui.openImport(file('x.txt'))).toBe(false);
    await flushPromises();
    expect(rows(w).map((r) => r.find('.name').text())).toEqual(['a.txt', 'b.txt']);
    release(plan('甲计划', 'A', ['任务一']));
    await flushPromises();
    expect(states(w)).toEqual(['stored', 'skipped']);
    expect(previews()).toEqual(['a.txt']);
    expect(ui.batchRunning).toBe(false);
    expect(w.find('[data-test="batch-busy"]').exists()).toBe(false);
    // stopped and ended: a drop is a new batch again
    expect(ui.openBatchImport([file('x.txt'), file('b.txt')])).toBe(true);
  });

  it('the panel taken away while running stops the batch after the current file', async () => {
    let release!: (env: Envelope<any>) => void;
    answers = {
      'a.txt': () => new Promise((r) => { release = r; }),
      'b.txt': () => plan('乙计划', 'B', ['任务二']),
    };
    const { w, ui } = await open(['a.txt', 'b.txt']);
    ui.importBatch = [];
    await flushPromises();
    expect(w.find('[data-test="batch-import"]').exists()).toBe(false);
    // still running (the current file finishes): no other import starts meanwhile
    expect(ui.batchRunning).toBe(true);
    // files dropped now neither join the stopping batch nor open a panel of their own
    expect(ui.openBatchImport([file('x.txt'), file('y.txt')])).toBe(false);
    await flushPromises();
    expect(w.find('[data-test="batch-import"]').exists()).toBe(false);
    release(plan('甲计划', 'A', ['任务一']));
    await flushPromises();
    expect(previews()).toEqual(['a.txt']);
    expect(calls.filter((c) => c.method === 'plan.importCommit').map((c) => c.input.title)).toEqual(['甲计划']);
    expect(ui.batchRunning).toBe(false);
  });
});
