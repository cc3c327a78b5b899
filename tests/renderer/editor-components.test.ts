// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { SAVE_DEBOUNCE_MS, SAVE_SLOW_MS, useEditorStore } from '../../renderer/src/stores/editor';
import { useUi } from '../../renderer/src/stores/ui';
import { useToasts } from '../../renderer/src/stores/toasts';
import OutlineTree from '../../renderer/src/editor/OutlineTree.vue';
import EditorView from '../../renderer/src/views/EditorView.vue';
import { ROW_HEIGHT, visibleWindow, zoneOf } from '../../renderer/src/editor/outline';
import { fuzzyFilter } from '../../renderer/src/editor/fuzzy';
import { planTextGrammar, tokenizeLine } from '../../renderer/src/editor/planText';
import { bigDoc, fakeLibrary, flat, seedDoc, type FakeLibrary } from './helpers';
import { emptyNode, type PlanDoc, type PlanNode } from '../../shared/model/plan';

/** Monaco cannot run in happy-dom: the body editor is replaced by a textarea with the same interface. */
const MonacoStub = defineComponent({
  name: 'MonacoBody',
  props: { modelValue: { type: String, default: '' }, docKey: String, findings: Array, departments: Array, placeholder: String, ariaLabel: String },
  emits: ['update:modelValue', 'palette', 'focus', 'blur'],
  setup(props, { emit, expose }) {
    const focused: { range?: unknown }[] = [];
    expose({ focus: (range?: unknown) => focused.push({ range }), focused });
    return () => h('textarea', {
      'data-test': 'body-stub',
      value: props.modelValue,
      onInput: (e: Event) => emit('update:modelValue', (e.target as HTMLTextAreaElement).value),
    });
  },
});

let lib: FakeLibrary;
let pinia: Pinia;
const mounted: VueWrapper[] = [];
/** Every editor store a test opened (a second setup() makes a new Pinia; the first store's autosave timer would
 *  otherwise save into a later fake library): afterEach unloads them all. */
const stores: ReturnType<typeof useEditorStore>[] = [];

function setup(docs: Record<string, PlanDoc>) {
  lib = fakeLibrary(docs);
  setApi(lib.client);
  pinia = createPinia();
  setActivePinia(pinia);
}

function globalOpts() {
  return { plugins: [pinia, makeI18n('zh-CN')], stubs: { MonacoBody: MonacoStub } };
}

async function mountOutline(id = 'p1') {
  const store = useEditorStore();
  stores.push(store);
  await store.load(id);
  const w = mount(OutlineTree, { global: globalOpts(), attachTo: document.body });
  mounted.push(w);
  await nextTick();
  return { w, store };
}

async function mountEditor(id = 'p1', query: Record<string, string> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => h('div', 'library') } },
      { path: '/plan/:id', component: EditorView, props: true },
    ],
  });
  await router.push({ path: `/plan/${id}`, query });
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const w = mount(Root, { global: { ...globalOpts(), plugins: [pinia, makeI18n('zh-CN'), router] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  await nextTick();
  stores.push(useEditorStore());
  return { w, store: useEditorStore(), router };
}

function key(target: Element | Window, k: string, opts: KeyboardEventInit = {}) {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...opts });
  target.dispatchEvent(e);
  return e;
}

beforeEach(() => {
  try { localStorage.clear(); } catch { /* none */ }
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  while (stores.length) stores.pop()!.unload();
  try { useEditorStore().unload(); } catch { /* no pinia */ }
  setApi(null);
  vi.useRealTimers();
});

describe('outline helpers', () => {
  it('drop zones: upper quarter before, lower quarter after, middle into', () => {
    expect(zoneOf(2)).toBe('before');
    expect(zoneOf(ROW_HEIGHT / 2)).toBe('into');
    expect(zoneOf(ROW_HEIGHT - 2)).toBe('after');
  });
  it('visible window', () => {
    expect(visibleWindow(1000, 0, 600)).toEqual({ start: 0, end: 28 });
    const w = visibleWindow(1000, 15000, 600);
    expect(w.start).toBe(492);
    expect(w.end).toBe(528);
  });
  it('fuzzy matches Chinese commands and headings', () => {
    const items = ['添加任务', '降级(缩进)', '升级(取消缩进)', '显示检查面板'];
    expect(fuzzyFilter('缩进', items, (x) => x).map((r) => r.item)).toEqual(['降级(缩进)', '升级(取消缩进)']);
    expect(fuzzyFilter('检面', items, (x) => x)[0].item).toBe('显示检查面板');
    expect(fuzzyFilter('zzz', items, (x) => x)).toHaveLength(0);
  });
});

describe('plan-text grammar (Monarch)', () => {
  const tokens = (line: string, depts: string[] = []) => tokenizeLine(planTextGrammar(depts), line).filter((t) => t.token);
  it('marks years, percentages, numbers and target phrases', () => {
    expect(tokens('到2016年,家庭光纤入户率达到95%以上,新增3个')).toEqual([
      { text: '2016年', token: 'number.year' },
      { text: '达到', token: 'keyword.target' },
      { text: '95%', token: 'number.percent' },
      { text: '以上', token: 'keyword.target' },
      { text: '新增', token: 'keyword.target' },
      { text: '3', token: 'number' },
    ]);
    expect(tokens('(2014-2016)')[0]).toEqual({ text: '2014-2016', token: 'number.year' });
  });
  it('marks the library\'s departments, then generic 区…委 names, but not 区一盘棋的局', () => {
    expect(tokens('由杨浦区科委牵头,配合单位:信息中心、区建交委', ['信息中心', '杨浦区科委'])).toEqual([
      { text: '杨浦区科委', token: 'department' },
      { text: '信息中心', token: 'department' },
      { text: '区建交委', token: 'department.generic' },
    ]);
    expect(tokens('形成全区一盘棋的局面')).toEqual([]);
  });
});

describe('outline: virtual list', () => {
  it('renders only a window of rows for a 1,000-node plan, and scrolls', async () => {
    setup({ big: bigDoc(1000) });
    const { w, store } = await mountOutline('big');
    store.expandAll();
    await nextTick();
    expect(store.rows.length).toBeGreaterThanOrEqual(1000);
    const rows = w.findAll('[data-test=outline-row]');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    // the spacer is as tall as all rows
    const tree = w.get('[data-test=outline-tree]').element as HTMLElement;
    expect(tree.style.height).toBe(`${store.rows.length * ROW_HEIGHT}px`);
    // scroll to the middle: other rows, still a window
    const vp = w.get('[data-test=outline-viewport]').element as HTMLElement;
    vp.scrollTop = 500 * ROW_HEIGHT;
    await w.get('[data-test=outline-viewport]').trigger('scroll');
    const after = w.findAll('[data-test=outline-row]');
    expect(after.length).toBeLessThan(60);
    const ids = after.map((r) => r.attributes('data-id'));
    expect(ids).toContain(store.rows[500].node.id);
    expect(ids).not.toContain(store.rows[0].node.id);
  });

  it('opens a large plan with items collapsed; collapse and expand change the rows', async () => {
    setup({ big: bigDoc(1000) });
    const { w, store } = await mountOutline('big');
    expect(store.rows.length).toBeLessThan(store.nodeCount);
    const part = store.nodes[0];
    store.toggleCollapse(part.id, true);
    await nextTick();
    expect(w.find(`[data-id="${part.children[0].id}"]`).exists()).toBe(false);
    await w.get(`[data-id="${part.id}"] .caret`).trigger('click');
    expect(w.find(`[data-id="${part.children[0].id}"]`).exists()).toBe(true);
  });
});

describe('outline: keyboard', () => {
  beforeEach(() => setup({ p1: seedDoc() }));

  it('arrows move the selection; right/left expand, collapse and go to the parent', async () => {
    const { w, store } = await mountOutline();
    const tree = w.get('[data-test=outline-tree]').element;
    expect(store.selectedId).toBe(store.nodes[0].id);
    key(tree, 'ArrowDown');
    expect(store.selectedId).toBe(store.rows[1].node.id);
    key(tree, 'ArrowUp');
    expect(store.selectedId).toBe(store.nodes[0].id);
    key(tree, 'ArrowLeft'); // collapse part 一
    await nextTick();
    expect(store.collapsed.has(store.nodes[0].id)).toBe(true);
    key(tree, 'ArrowDown');
    expect(store.selectedId).toBe(store.nodes[1].id);
    key(tree, 'ArrowRight'); // already expanded: to the first child
    expect(store.selectedId).toBe(store.nodes[1].children[0].id);
    key(tree, 'ArrowLeft'); // expanded with children → collapse; again → parent
    key(tree, 'ArrowLeft');
    expect(store.selectedId).toBe(store.nodes[1].id);
  });

  it('Tab / Shift+Tab indent and outdent, numbers follow; Alt+↑/↓ move among siblings', async () => {
    const { w, store } = await mountOutline();
    const tree = w.get('[data-test=outline-tree]').element;
    const action = store.nodes[1].children.find((c) => c.kind === 'action')!;
    const [t1, t2] = action.children;
    store.select(t2.id);
    const e = key(tree, 'Tab');
    expect(e.defaultPrevented).toBe(true);
    expect(store.info.get(t2.id)!.parentId).toBe(t1.id);
    await nextTick();
    // the row shows the derived number of an item under a task
    expect(w.get(`[data-id="${t2.id}"] [data-test=row-number]`).text()).toBe(store.numbers.get(t2.id));
    key(tree, 'Tab', { shiftKey: true });
    expect(store.info.get(t2.id)!.parentId).toBe(action.id);
    const numBefore = store.numbers.get(t2.id);
    const firstNumber = store.numbers.get(t1.id);
    key(tree, 'ArrowUp', { altKey: true });
    expect(store.info.get(t2.id)!.index).toBe(0);
    await nextTick();
    // t2 now carries the first number, t1 the second
    expect(store.numbers.get(t2.id)).toBe(firstNumber);
    expect(store.numbers.get(t1.id)).toBe(numBefore);
    expect(w.get(`[data-id="${t2.id}"] [data-test=row-number]`).text()).toBe(firstNumber);
    key(tree, 'ArrowDown', { altKey: true });
    expect(store.info.get(t2.id)!.index).toBe(1);
    expect(store.numbers.get(t2.id)).toBe(numBefore);
  });

  it('Tab that brought the focus to the outline: the next Tab and Shift+Tab move on, not demote the selected node; after an arrow, Enter or a click they demote and promote again (walk 14)', async () => {
    const { w, store } = await mountOutline();
    const tree = w.get('[data-test=outline-tree]').element as HTMLElement;
    const action = store.nodes[1].children.find((c) => c.kind === 'action')!;
    const [t1, t2] = action.children;
    store.select(t2.id);
    // Tab from the control before it (the find button) lands on the outline
    const before = document.createElement('button');
    document.body.appendChild(before);
    try {
      before.focus();
      key(before, 'Tab');
      tree.focus();
      // before: this Tab made t2 an item of t1 (and every later task renumbered)
      expect(key(tree, 'Tab').defaultPrevented).toBe(false);
      expect(key(tree, 'Tab', { shiftKey: true }).defaultPrevented).toBe(false);
      expect(store.info.get(t2.id)!.parentId).toBe(action.id);
      // a key of the outline's own (here ↓ then ↑, back to t2): Tab demotes again
      key(tree, 'ArrowDown');
      key(tree, 'ArrowUp');
      expect(store.selectedId).toBe(t2.id);
      expect(key(tree, 'Tab').defaultPrevented).toBe(true);
      expect(store.info.get(t2.id)!.parentId).toBe(t1.id);
      key(tree, 'Tab', { shiftKey: true });
      expect(store.info.get(t2.id)!.parentId).toBe(action.id);
      // the focus brought back by a click (or from the node's fields by Esc): Tab demotes at once
      tree.blur();
      before.focus();
      key(before, 'Tab');
      document.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      tree.focus();
      expect(key(tree, 'Tab').defaultPrevented).toBe(true);
      expect(store.info.get(t2.id)!.parentId).toBe(t1.id);
    } finally {
      before.remove();
    }
  });

  it('read-only (review mode): Tab and Shift+Tab leave the outline as anywhere else; a refusal said again is one toast, not one more each time (keyboard walk at 683×512)', async () => {
    const { w, store } = await mountOutline();
    const toasts = useToasts();
    const tree = w.get('[data-test=outline-tree]').element;
    store.readOnly = true;
    const task = flat(store.nodes).find((n) => n.kind === 'task')!;
    store.select(task.id);
    const parent = store.info.get(task.id)!.parentId;
    // before: each was caught (indent, outdent refused) — the focus could not leave the outline, and each said 只读
    expect(key(tree, 'Tab').defaultPrevented).toBe(false);
    expect(key(tree, 'Tab', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(store.info.get(task.id)!.parentId).toBe(parent);
    expect(toasts.items).toEqual([]);
    // Delete is still refused with a word — once, however often it is pressed
    for (let i = 0; i < 4; i++) key(tree, 'Delete');
    await flushPromises();
    expect(toasts.items.map((t) => t.text)).toEqual(['审阅模式下计划为只读']);
    expect(store.info.has(task.id)).toBe(true);
  });

  it('Delete asks before deleting a node with children; a leaf goes at once (undoable)', async () => {
    const { w, store } = await mountOutline();
    const ui = useUi();
    const tree = w.get('[data-test=outline-tree]').element;
    const part = store.nodes[0];
    store.select(part.id);
    key(tree, 'Delete');
    await flushPromises();
    expect(ui.confirm).not.toBeNull();
    expect(ui.confirm!.text).toContain('总体要求');
    ui.confirm!.resolve(false);
    await flushPromises();
    expect(store.info.has(part.id)).toBe(true);
    key(tree, 'Delete');
    await flushPromises();
    ui.confirm!.resolve(true);
    await flushPromises();
    expect(store.info.has(part.id)).toBe(false);
    store.undo();
    expect(store.info.has(part.id)).toBe(true);
    // a leaf
    const leaf = flat(store.nodes).find((n) => n.children.length === 0)!;
    store.select(leaf.id);
    key(tree, 'Delete');
    await flushPromises();
    expect(ui.confirm).toBeNull();
    expect(store.info.has(leaf.id)).toBe(false);
  });

  it('shows lint counts and 未复核 badges; clicking the badge confirms', async () => {
    const d = seedDoc();
    d.nodes[0] = { ...d.nodes[0], unreviewed: true };
    setup({ p1: d });
    const { w, store } = await mountOutline();
    const row = w.get(`[data-id="${store.nodes[0].id}"]`);
    await row.get('[data-test=row-unreviewed]').trigger('click');
    expect(store.info.get(store.nodes[0].id)!.node.unreviewed).toBeUndefined();
    const withLint = store.rows.find((r) => store.findingsByNode.has(r.node.id))!;
    expect(w.get(`[data-id="${withLint.node.id}"] [data-test=row-lint]`).text()).toBe(String(store.findingsByNode.get(withLint.node.id)!.count));
  });

  it('drag and drop: onto the middle of a row moves into it, onto its lower edge after it', async () => {
    const { w, store } = await mountOutline();
    const action = store.nodes[1].children.find((c) => c.kind === 'action')!;
    const [t1, t2] = action.children;
    const dt = { setData: () => {}, getData: () => '', effectAllowed: '', dropEffect: '' };
    const rowOf = (id: string) => w.get(`[data-id="${id}"]`);
    await rowOf(t2.id).trigger('dragstart', { dataTransfer: dt });
    await rowOf(t1.id).trigger('dragover', { dataTransfer: dt, clientY: 1 });
    // happy-dom has no layout: the row's rect is empty, so the zone comes from offsetY (not settable) → middle
    expect(rowOf(t1.id).classes().some((c) => c.startsWith('drop-'))).toBe(true);
    await rowOf(t1.id).trigger('drop', { dataTransfer: dt });
    expect(store.info.get(t2.id)!.parentId).toBe(t1.id);
    store.undo();
    // store-level: before / after
    expect(store.dropOn(t2.id, t1.id, 'before')).toBe(true);
    expect(store.info.get(t2.id)!.index).toBe(0);
    expect(store.dropOn(t2.id, t1.id, 'after')).toBe(true);
    expect(store.info.get(t2.id)!.index).toBe(1);
  });

  it('⌕ (查找) sits in one unbreakable group with the outline\'s icons, so a narrow outline never puts it alone on a line (walk 13)', async () => {
    const { w } = await mountOutline();
    // at 1280×800 the 300-px outline wrapped ⌕ alone onto a second line, where it read like a full stop: now it
    // goes with ⇤ ⇥ ↑ ↓ ✕ (the group does not wrap inside; tests/e2e/ui5-layout measures the line at 1280×800)
    const icons = w.get('[data-test=outline-icons]');
    expect(icons.find('[data-test=open-find]').exists()).toBe(true);
    expect(icons.find('[data-test=delete]').exists()).toBe(true);
    expect(icons.find('[data-test=outdent]').exists()).toBe(true);
    // the ＋ buttons are narrower: an ASCII + with the label, no space
    expect(w.get('[data-test=add-sibling]').text()).toBe('+同级');
  });

  it('find box: filters and steps through matches', async () => {
    const { w, store } = await mountOutline();
    await w.get('[data-test=open-find]').trigger('click');
    const input = w.get('[data-test=find-input]');
    await input.setValue('电子政务');
    const count = w.get('[data-test=find-count]').text();
    expect(count).toMatch(/^1\/\d+$/);
    const first = store.selectedId;
    expect(store.info.get(first!)!.node.heading + store.info.get(first!)!.node.body).toContain('电子政务');
    await input.trigger('keydown', { key: 'Enter' });
    expect(store.selectedId).not.toBe(first);
    await w.get('[data-test=find-filter]').setValue(true);
    const shown = w.findAll('[data-test=outline-row]').length;
    expect(shown).toBeLessThan(store.rows.length);
  });
});

describe('editor view', () => {
  beforeEach(() => setup({ p1: seedDoc() }));

  it('a link to a plan in the 回收站 says so (the core’s not-found says trashed, without listing the trash) and offers 恢复, which opens it; a plan that is nowhere keeps the plain message (walk 8)', async () => {
    const doc = seedDoc();
    const trash = new Map([['p9', { ...structuredClone(doc), id: 'p9', revision: 3 }]]);
    lib = fakeLibrary({ p1: doc }, undefined, {
      // as both stores answer (electron/core/library.ts notFound): not-found, with trashed and the plan's title
      'plan.get': ({ id }, plans) => {
        const p = plans.get(id);
        if (p) return p;
        const t = trash.get(id);
        throw t
          ? { code: 'not-found', message: `规划《${t.meta.title}》已移入回收站,恢复后才能打开`, details: { id, trashed: true, title: t.meta.title, trashedAt: '2026-12-05T00:00:00Z' } }
          : { code: 'not-found', message: `找不到规划 ${id}`, details: { id } };
      },
      'plan.restore': ({ id }, plans) => { plans.set(id, trash.get(id)!); trash.delete(id); return { ok: true }; },
      'library.list': () => [],
      'library.opened': () => ({ ok: true }),
    });
    setApi(lib.client);
    const { w } = await mountEditor('p9');
    await flushPromises();
    expect(w.get('[data-test=load-in-trash]').text()).toBe(`“${doc.meta.title}”已被删除,在回收站中:恢复后即可打开。`);
    expect(w.find('[data-test=load-not-found]').exists()).toBe(false);
    // the answer said it: the trash was not listed to find out
    expect(lib.calls.map((c) => c.method)).not.toContain('trash.list');
    await w.get('[data-test=restore-from-trash]').trigger('click');
    await flushPromises();
    expect(lib.calls.filter((c) => c.method === 'plan.restore').map((c) => c.input)).toEqual([{ id: 'p9' }]);
    expect((w.get('[data-test=heading-input]').element as HTMLTextAreaElement).value).toBe(doc.nodes[0].heading);

    const other = await mountEditor('p404');
    await flushPromises();
    expect(other.w.get('[data-test=load-not-found]').text()).toContain('找不到这份规划');
    expect(other.w.find('[data-test=restore-from-trash]').exists()).toBe(false);
    expect(lib.calls.map((c) => c.method)).not.toContain('trash.list');
  });

  it('loads the plan, selects the node from the route, shows save state', async () => {
    const target = flat(seedDoc().nodes).filter((n) => n.kind === 'task')[3];
    const { w, store } = await mountEditor('p1', { node: target.id });
    expect(store.selectedId).toBe(target.id);
    expect(w.get('[data-test=save-state]').text()).toContain('已保存');
    expect(w.get('[data-test=save-state]').attributes('aria-label')).toMatch(/^已保存/);
    expect((w.get('[data-test=heading-input]').element as HTMLTextAreaElement).value).toBe(target.heading);
  });

  it('the centre panel shows a node chosen right after opening at once; while the selection moves fast it follows once it rests', async () => {
    // the clock stands still (promises still settle): the plan opens and every selection below comes "at once"
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { w, store } = await mountEditor('p1');
    const heading = () => (w.get('[data-test=heading-input]').element as HTMLTextAreaElement).value;
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    expect(heading()).toBe(store.nodes[0].heading);
    // the plan opened with its first node selected: that was no step of a walk, so the next choice shows at once
    store.select(a.id);
    await nextTick();
    expect(heading()).toBe(a.heading);
    // a second selection right after it (holding ↓): the panel keeps the last one until the selection rests
    store.select(b.id);
    await nextTick();
    expect(store.selectedId).toBe(b.id);
    expect(heading()).toBe(a.heading);
    await vi.advanceTimersByTimeAsync(120);
    expect(heading()).toBe(b.heading);
  });

  it('editing the heading clears 未复核; Ctrl+Z outside Monaco undoes, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const d = seedDoc();
    const task = flat(d.nodes).find((n) => n.kind === 'task')!;
    task.unreviewed = true;
    setup({ p1: d });
    const { w, store } = await mountEditor('p1', { node: task.id });
    expect(w.find('[data-test=unreviewed-banner]').exists()).toBe(true);
    await w.get('[data-test=heading-input]').setValue('电子政务一体化建设');
    expect(store.info.get(task.id)!.node.heading).toBe('电子政务一体化建设');
    expect(store.info.get(task.id)!.node.unreviewed).toBeUndefined();
    expect(w.find('[data-test=unreviewed-banner]').exists()).toBe(false);
    expect(w.get('[data-test=save-state]').text()).toContain('未保存');
    // its accessible name says the state whether the words are on screen or left to the tooltip (ui38: a bare dot)
    expect(w.get('[data-test=save-state]').attributes('aria-label')).toMatch(/^未保存/);
    // body via the (stubbed) Monaco wrapper: another field, another step
    await w.get('[data-test=body-stub]').setValue('新的正文');
    expect(store.undoStack.length).toBe(2);
    key(w.get('[data-test=heading-input]').element, 'z', { ctrlKey: true });
    await nextTick();
    expect(store.info.get(task.id)!.node.body).toBe(task.body);
    key(document.body, 'z', { ctrlKey: true });
    await nextTick();
    expect(store.info.get(task.id)!.node.heading).toBe(task.heading);
    expect(store.info.get(task.id)!.node.unreviewed).toBe(true);
    expect((w.get('[data-test=heading-input]').element as HTMLTextAreaElement).value).toBe(task.heading);
    key(document.body, 'z', { ctrlKey: true, shiftKey: true });
    expect(store.info.get(task.id)!.node.heading).toBe('电子政务一体化建设');
    key(document.body, 'y', { ctrlKey: true });
    expect(store.info.get(task.id)!.node.body).toBe('新的正文');
  });

  it('Esc in a field of the centre panel goes back to the outline at the selected node (walk 5); an Esc the field used itself does not', async () => {
    const task = flat(seedDoc().nodes).filter((n) => n.kind === 'task')[2];
    const { w, store } = await mountEditor('p1', { node: task.id });
    const tree = w.get('[data-test=outline-tree]').element as HTMLElement;
    const heading = w.get('[data-test=heading-input]').element as HTMLTextAreaElement;
    heading.focus();
    expect(key(heading, 'Escape').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(tree);
    expect(store.selectedId).toBe(task.id);
    // the body and the department chips too
    const body = w.get('[data-test=body-stub]').element as HTMLTextAreaElement;
    body.focus();
    key(body, 'Escape');
    expect(document.activeElement).toBe(tree);
    // a department box: its first Esc closes the suggestions it shows on focus, the next goes back
    const chips = w.get('[data-test=chips-input]').element as HTMLInputElement;
    chips.focus();
    await nextTick();
    expect(w.findAll('[data-test=chips-option]').length).toBeGreaterThan(0);
    key(chips, 'Escape');
    await nextTick();
    expect(w.findAll('[data-test=chips-option]').length).toBe(0);
    expect(document.activeElement).toBe(chips);
    key(chips, 'Escape');
    expect(document.activeElement).toBe(tree);
    // the field's own Esc (here: closing its suggestions, Monaco's find widget) keeps the focus where it is
    heading.focus();
    const own = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    own.preventDefault();
    heading.dispatchEvent(own);
    expect(document.activeElement).toBe(heading);
    // Enter on the outline comes back to the heading: the round trip by keyboard
    key(tree, 'Enter');
    await nextTick();
    await nextTick();
    expect(document.activeElement).toBe(w.get('[data-test=heading-input]').element);
  });

  it('leaves Ctrl+Z to Monaco when it has focus', async () => {
    const { w, store } = await mountEditor('p1');
    store.updateNode(store.nodes[0].id, { heading: 'X' });
    const fakeMonaco = document.createElement('div');
    fakeMonaco.className = 'monaco-editor';
    const inner = document.createElement('textarea');
    fakeMonaco.appendChild(inner);
    w.element.appendChild(fakeMonaco);
    const e = key(inner, 'z', { ctrlKey: true });
    expect(e.defaultPrevented).toBe(false);
    expect(store.info.get(store.nodes[0].id)!.node.heading).toBe('X');
  });

  it('Ctrl+K opens the command palette; a command runs; a heading goes to its node', async () => {
    const { w, store } = await mountEditor('p1');
    key(document.body, 'k', { ctrlKey: true });
    await nextTick();
    expect(w.find('[data-test=palette]').exists()).toBe(true);
    const input = w.get('[data-test=palette-input]');
    await input.setValue('电子政务一体化');
    const items = w.findAll('[data-test=palette-item]');
    expect(items.length).toBeGreaterThan(0);
    await input.trigger('keydown', { key: 'Enter' });
    expect(w.find('[data-test=palette]').exists()).toBe(false);
    expect(store.selected!.heading).toBe('电子政务一体化');
    // a command: 添加任务
    const before = store.nodeCount;
    key(document.body, 'k', { ctrlKey: true });
    await nextTick();
    await w.get('[data-test=palette-input]').setValue('添加任务');
    await w.get('[data-test=palette-input]').trigger('keydown', { key: 'Enter' });
    expect(store.nodeCount).toBe(before + 1);
    expect(store.selected!.kind).toBe('task');
  });

  it('a dialog opened from the command palette gives the focus back to where it was before the palette (walk 9)', async () => {
    const { w } = await mountEditor('p1');
    const history = w.get<HTMLButtonElement>('[data-test=toggle-history]').element;
    history.focus();
    key(history, 'k', { ctrlKey: true });
    await nextTick();
    const input = w.get('[data-test=palette-input]');
    expect(document.activeElement).toBe(input.element);
    await input.setValue('导出');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    const dialog = w.get('[data-test=export-dialog]');
    expect(dialog.element.contains(document.activeElement)).toBe(true);
    await dialog.trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(w.find('[data-test=export-dialog]').exists()).toBe(false);
    // before: the palette's input (gone by then) was the dialog's opener, and the focus fell to the page's body
    expect(document.activeElement).toBe(history);
    // Esc in the palette, and Ctrl+K again (the key that opened it), give it back too
    key(history, 'k', { ctrlKey: true });
    await nextTick();
    await w.get('[data-test=palette-input]').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(document.activeElement).toBe(history);
    key(history, 'k', { ctrlKey: true });
    await nextTick();
    key(w.get('[data-test=palette-input]').element, 'k', { ctrlKey: true });
    await flushPromises();
    expect(w.find('[data-test=palette]').exists()).toBe(false);
    expect(document.activeElement).toBe(history);
    // opened with the focus on the body (as right after the plan opens): the toolbar's 命令 button gets it
    history.blur();
    expect(document.activeElement).toBe(document.body);
    key(document.body, 'k', { ctrlKey: true });
    await nextTick();
    await w.get('[data-test=palette-input]').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(document.activeElement).toBe(w.get('[data-test=open-palette]').element);
  });

  it('Ctrl+F opens the find box over the outline', async () => {
    const { w } = await mountEditor('p1');
    key(document.body, 'f', { ctrlKey: true });
    await nextTick();
    expect(w.find('[data-test=find]').exists()).toBe(true);
  });

  it('lint panel: a click selects the node; the quick fix applies and Ctrl+Z undoes it', async () => {
    const { w, store } = await mountEditor('p1');
    // only the selected node's findings, for a node with a body fix
    const f = store.findings.find((x) => x.rule === 'halfwidth-punct' && x.field === 'body' && x.nodeId && store.findings.filter((y) => y.nodeId === x.nodeId && y.rule === 'halfwidth-punct').length > 1)!;
    store.select(f.nodeId!);
    await w.get('[data-test=lint-only-selected]').setValue(true);
    const rows = w.findAll('[data-test=finding]');
    // half-width punctuation is one hint per node (issue 17)
    const own = store.findings.filter((x) => x.nodeId === f.nodeId);
    const marks = own.filter((x) => x.rule === 'halfwidth-punct');
    expect(rows.length).toBe(own.length - marks.length + 1);
    store.select(store.nodes[0].id);
    await w.get('[data-test=lint-only-selected]').setValue(false);
    // click the node's hint → selects its node
    const node = store.info.get(f.nodeId!)!.node;
    const label = `${store.numbers.get(node.id) ?? ''}${node.heading || node.body.slice(0, 24)}`;
    const item = w.findAll('[data-test=finding]').find((r) => r.get('.where').text() === label && r.text().includes(`有 ${marks.length} 处半角标点`))!;
    await item.get('button.main').trigger('click');
    await flushPromises();
    expect(store.selectedId).toBe(f.nodeId);
    expect(store.focusRequest!.field).toBe(marks[0].field);
    const before = store.info.get(f.nodeId!)!.node.body;
    const count = store.findings.length;
    // its fix changes every mark of the node at once
    await item.get('[data-test=quick-fix]').trigger('click');
    expect(store.findings.length).toBe(count - marks.length);
    expect(store.info.get(f.nodeId!)!.node.body).not.toBe(before);
    key(document.body, 'z', { ctrlKey: true });
    expect(store.info.get(f.nodeId!)!.node.body).toBe(before);
  });

  it('lint panel: a quick fix whose label is a sentence goes under the message, a short one stays beside it (walk 13)', async () => {
    const { w, store } = await mountEditor('p1');
    const task = [...store.info.values()].map((i) => i.node).find((n) => n.kind === 'task')!;
    // the body names the old departments; the fields were changed since
    store.updateNode(task.id, { body: '推进高频事项一件事一次办。\n牵头单位：区政务服务办；配合单位：区发展改革委、区司法局。', lead: ['区数据局'], partners: ['区发展改革委', '区司法局', '区财政局'] });
    store.lintNow();
    store.select(task.id);
    await nextTick();
    await w.get('[data-test=lint-only-selected]').setValue(true);
    const rows = w.findAll('[data-test=finding]');
    const stale = rows.find((r) => r.text().includes('与牵头和配合单位不一致'))!;
    expect(stale.get('[data-test=quick-fix]').text()).toMatch(/^改为“牵头单位：区数据局；配合单位：/);
    expect(stale.classes()).toContain('fix-below');
    // a half-width mark's fix (改为“，”) is short: beside the message as before
    store.updateNode(task.id, { body: '推进高频事项,一件事一次办。' });
    store.lintNow();
    await nextTick();
    const punct = w.findAll('[data-test=finding]').find((r) => r.find('[data-test=quick-fix]').exists() && r.get('[data-test=quick-fix]').text().length <= 8)!;
    expect(punct.classes()).not.toContain('fix-below');
  });

  it('shows the conflict message with reload, never overwriting silently', async () => {
    const { w, store } = await mountEditor('p1');
    lib.plans.get('p1')!.revision = 9;
    store.updateNode(store.nodes[0].id, { heading: '冲突' });
    await store.flush();
    await nextTick();
    expect(w.find('[data-test=conflict]').exists()).toBe(true);
    expect(w.get('[data-test=conflict]').text()).toContain('第 9 版');
    expect(lib.calls.filter((c) => c.method === 'plan.save')).toHaveLength(1);
    await w.get('[data-test=conflict-reload]').trigger('click');
    const ui = useUi();
    ui.confirm!.resolve(true);
    await flushPromises();
    expect(store.saveState).toBe('saved');
    expect(store.revision).toBe(9);
    expect(w.find('[data-test=conflict]').exists()).toBe(false);
  });

  it('a conflict names the colleague the office server says saved the plan, in the banner and in the merge view', async () => {
    const { w, store } = await mountEditor('p1');
    lib.plans.get('p1')!.revision = 9;
    lib.savedBy = '张规划';
    store.updateNode(store.nodes[0].id, { heading: '冲突' });
    await store.flush();
    await flushPromises();
    expect(store.conflictBy).toBe('张规划');
    expect(w.get('[data-test=conflict-text]').text()).toBe('张规划 已把这份计划保存为第 9 版(在您打开之后)。您在此处的修改仍然保留,但尚未保存。');
    expect(w.get('[data-test=conflict-text]').text()).not.toContain('另一个窗口');
    await store.startMerge();
    await flushPromises();
    expect(w.get('[data-test=merge-intro]').text()).toMatch(/^张规划 已把资料库中的这份计划保存为第 9 版/);
  });

  it('the app\'s own newer revision (an accepted suggestion) merges by itself, or says so when both changed one node', async () => {
    const { w, store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    // the accept stored b's new body as revision 9 while the planner typed in a
    const p = lib.plans.get('p1')!;
    let nodes = structuredClone(p.nodes);
    for (const n of flat(nodes)) if (n.id === b.id) n.body = '采纳后的正文';
    lib.plans.set('p1', { ...p, nodes, revision: 9 });
    store.noteOwnChange(9);
    store.updateNode(a.id, { heading: '输入的标题' });
    await store.flush();
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('saved');
    expect(w.find('[data-test=conflict]').exists()).toBe(false);
    expect(w.find('[data-test=merge-view]').exists()).toBe(false);
    const stored = flat(lib.plans.get('p1')!.nodes);
    expect(stored.find((n) => n.id === a.id)!.heading).toBe('输入的标题');
    expect(stored.find((n) => n.id === b.id)!.body).toBe('采纳后的正文');
    // now the accept and the typing meet in one node: the merge view and the banner name the accept, not another window
    const q = lib.plans.get('p1')!;
    nodes = structuredClone(q.nodes);
    for (const n of flat(nodes)) if (n.id === a.id) n.body = '又一条采纳的正文';
    lib.plans.set('p1', { ...q, nodes, revision: q.revision + 1 });
    store.noteOwnChange(q.revision + 1);
    store.updateNode(a.id, { body: '同时输入的正文' });
    await store.flush();
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('conflict');
    expect(w.get('[data-test=merge-intro]').text()).toMatch(new RegExp(`^您接受的修改建议已保存为第 ${q.revision + 1} 版`));
    store.hideMerge();
    await nextTick();
    const text = w.get('[data-test=conflict-text]').text();
    expect(text).toContain('您接受的修改建议');
    expect(text).not.toContain('另一个窗口');
    expect(w.get('[data-test=conflict]').text()).toContain('尚未保存:您接受建议期间的输入');
  });

  /** The accept stored `change` of a task as revision `rev` (the stored plan moved on by the app itself). */
  function storeAccept(id: string, change: Partial<PlanNode>, rev?: number): number {
    const p = lib.plans.get('p1')!;
    const nodes = structuredClone(p.nodes);
    for (const n of flat(nodes)) if (n.id === id) Object.assign(n, change);
    const revision = rev ?? p.revision + 1;
    lib.plans.set('p1', { ...p, nodes, revision });
    return revision;
  }

  it('after the merge with the app\'s own accept the undo history starts afresh: an undo cannot take the accepted text back (rev42b F1)', async () => {
    const { store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    store.updateNode(a.id, { heading: '先输入的标题' });
    await store.flush();
    store.updateNode(a.id, { heading: '接受期间输入的标题' });
    expect(store.canUndo).toBe(true);
    store.noteOwnChange(storeAccept(b.id, { body: '采纳后的正文' }));
    await store.flush();
    await flushPromises();
    expect(store.saveState).toBe('saved');
    expect(store.canUndo).toBe(false);
    expect(store.undo()).toBe(false);
    expect(store.info.get(b.id)!.node.body).toBe('采纳后的正文');
    expect(store.info.get(a.id)!.node.heading).toBe('接受期间输入的标题');
    // what is typed after it is undone as usual, back to the merged plan and no further
    store.updateNode(a.id, { heading: '之后输入的标题' });
    expect(store.undo()).toBe(true);
    expect(store.canUndo).toBe(false);
    expect(store.info.get(a.id)!.node.heading).toBe('接受期间输入的标题');
    expect(store.info.get(b.id)!.node.body).toBe('采纳后的正文');
    await store.flush();
    await flushPromises();
    const stored = flat(lib.plans.get('p1')!.nodes);
    expect(stored.find((n) => n.id === b.id)!.body).toBe('采纳后的正文');
    expect(stored.find((n) => n.id === a.id)!.heading).toBe('接受期间输入的标题');
  });

  it('the accept\'s answer after the save\'s conflict: compared again field by field and merged by itself, the view closed (rev42b F2)', async () => {
    const { w, store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    const rev = storeAccept(a.id, { body: '采纳后的正文' });
    store.updateNode(a.id, { heading: '输入的标题' }); // a's 标题: a node-by-node comparison calls it a conflict
    await store.flush();
    await flushPromises();
    await nextTick();
    // not yet known as the app's own: an ordinary conflict, the view open on a node-by-node comparison
    expect(store.saveState).toBe('conflict');
    expect(store.mergeOpen).toBe(true);
    expect(store.mergeSession?.result.conflicts.map((c) => c.id)).toEqual([a.id]);
    store.noteOwnChange(rev);
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('saved');
    expect(store.mergeOpen).toBe(false);
    expect(w.find('[data-test=conflict]').exists()).toBe(false);
    expect(w.find('[data-test=merge-view]').exists()).toBe(false);
    expect(store.canUndo).toBe(false);
    const n = flat(lib.plans.get('p1')!.nodes).find((x) => x.id === a.id)!;
    expect([n.heading, n.body]).toEqual(['输入的标题', '采纳后的正文']);
    // the same field on both sides, the answer again late: the banner says the same field (the kind found)
    const rev2 = storeAccept(b.id, { body: '又一条采纳的正文' });
    store.updateNode(b.id, { body: '同时输入的正文' });
    await store.flush();
    await flushPromises();
    expect(store.mergeOpen).toBe(true);
    store.noteOwnChange(rev2);
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('conflict');
    expect(store.mergeOpen).toBe(true);
    expect(w.get('[data-test=merge-intro]').text()).toMatch(new RegExp(`^您接受的修改建议已保存为第 ${rev2} 版`));
    store.hideMerge();
    await nextTick();
    expect(w.get('[data-test=conflict-text]').text()).toContain('同一节点的同一栏');
  });

  it('the node the accept changed deleted here: the banner says so, not "the same field" (rev42b F2)', async () => {
    const { w, store } = await mountEditor('p1');
    const [, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    store.noteOwnChange(storeAccept(b.id, { body: '采纳后的正文' }));
    expect(store.remove(b.id)).toBe(true);
    await store.flush();
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('conflict');
    expect(store.mergeSession?.result.conflicts.map((c) => c.kind)).toEqual(['deleted-by-mine']);
    store.hideMerge();
    await nextTick();
    const banner = w.get('[data-test=conflict]').text();
    expect(banner).toContain('您删除了它改动的节点');
    expect(banner).not.toContain('同一栏');
    expect(banner).toContain('尚未保存:您接受建议期间的修改与该建议冲突');
  });

  it('a colleague saved after the accept: not the app\'s own any more, never merged silently (rev42b F3)', async () => {
    const { w, store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    const rev = storeAccept(b.id, { body: '采纳后的正文' });
    store.noteOwnChange(rev);
    // the save meets the accept's revision; before the editor reads the stored plan, a colleague saves another node
    const transport = (lib.client as unknown as { transport: { send: (m: string, i: unknown) => Promise<{ ok: boolean }> } }).transport;
    const send = transport.send.bind(transport);
    transport.send = async (m, i) => {
      const r = await send(m, i);
      if (m === 'plan.save' && !r.ok) { transport.send = send; storeAccept(b.id, { heading: '同事改的标题' }); }
      return r;
    };
    store.updateNode(a.id, { heading: '输入的标题' });
    await store.flush();
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('conflict');
    expect(store.conflictOwn).toBe(false);
    expect(store.mergeOpen).toBe(true);
    expect(store.mergeSession?.revision).toBe(rev + 1);
    expect(w.get('[data-test=merge-intro]').text()).not.toContain('您接受的修改建议');
    expect(flat(lib.plans.get('p1')!.nodes).find((n) => n.id === a.id)!.heading).not.toBe('输入的标题'); // nothing saved by itself
    // the planner saves the merge (one undo step, as with any colleague's save)
    expect(await store.applyMerge()).toBe(true);
    expect(store.undoStack.at(-1)?.label).toBe('合并修改');
  });

  it('opens the merge view on a conflict: both versions side by side, picks by keyboard, Esc puts it aside', async () => {
    const { w, store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    store.updateNode(a.id, { heading: '我的标题' });
    store.updateNode(b.id, { lead: ['区科委'] });
    // someone else saved: a's heading and body changed there
    const p = lib.plans.get('p1')!;
    const nodes = structuredClone(p.nodes);
    for (const n of flat(nodes)) if (n.id === a.id) { n.heading = '对方的标题'; n.body = '对方的正文'; }
    lib.plans.set('p1', { ...p, nodes, revision: 6 });
    await store.flush();
    await flushPromises();
    await nextTick();
    const view = w.get('[data-test=merge-view]');
    expect(view.text()).toContain('第 6 版');
    const conflicts = view.findAll('[data-test=merge-conflict]');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].get('[data-test=merge-mine] [data-field=heading]').text()).toBe('我的标题');
    expect(conflicts[0].get('[data-test=merge-theirs] [data-field=heading]').text()).toBe('对方的标题');
    expect(conflicts[0].get('[data-test=merge-mine] [data-field=body]').text()).toBe(a.body || '(空)');
    expect(conflicts[0].get('[data-test=merge-theirs] [data-field=body]').text()).toBe('对方的正文');
    expect(view.get('[data-test=merge-auto]').text()).toContain('我修改「' + b.heading + '」:牵头单位');
    // focus starts on the first pick; 保存 waits for it
    expect(document.activeElement?.getAttribute('data-test')).toBe('merge-pick-mine');
    expect(view.get('[data-test=merge-save]').attributes('disabled')).toBeDefined();
    expect(view.get('[data-test=merge-unpicked]').text()).toBe('还有 1 处未选择');
    // Esc puts the view aside; the banner's 合并修改 brings it back
    key(document.activeElement!, 'Escape');
    await nextTick();
    expect(w.find('[data-test=merge-view]').exists()).toBe(false);
    expect(w.find('[data-test=conflict]').exists()).toBe(true);
    await w.get('[data-test=conflict-merge]').trigger('click');
    await flushPromises();
    await nextTick();
    // pick theirs (the button, as Enter on it does), then Enter on the view saves
    await w.get('[data-test=merge-pick-theirs]').trigger('click');
    expect(w.get('[data-test=merge-pick-theirs]').attributes('aria-pressed')).toBe('true');
    expect(w.find('[data-test=merge-unpicked]').exists()).toBe(false);
    key(w.get('[data-test=merge-view] .body').element, 'Enter');
    await flushPromises();
    await nextTick();
    expect(store.saveState).toBe('saved');
    expect(w.find('[data-test=merge-view]').exists()).toBe(false);
    const saved = flat(lib.plans.get('p1')!.nodes);
    expect(saved.find((n) => n.id === a.id)).toMatchObject({ heading: '对方的标题', body: '对方的正文' });
    expect(saved.find((n) => n.id === b.id)!.lead).toEqual(['区科委']);
    expect(lib.plans.get('p1')!.revision).toBe(7);
  });

  it('says so when a third save came in between, and merges again from it', async () => {
    const { w, store } = await mountEditor('p1');
    const [a, b] = flat(store.nodes).filter((n) => n.kind === 'task');
    const theirSave = (id: string, heading: string) => {
      const p = lib.plans.get('p1')!;
      const nodes = structuredClone(p.nodes);
      for (const n of flat(nodes)) if (n.id === id) n.heading = heading;
      lib.plans.set('p1', { ...p, nodes, revision: p.revision + 1 });
    };
    theirSave(a.id, '第二人的A');
    store.updateNode(a.id, { heading: '我的A' });
    await store.flush();
    await flushPromises();
    await w.get('[data-test=merge-all-mine]').trigger('click');
    theirSave(b.id, '第三人的B');
    await w.get('[data-test=merge-save]').trigger('click');
    await flushPromises();
    await nextTick();
    expect(w.get('[data-test=merge-again]').text()).toContain('又有人保存了新版本');
    expect(w.get('[data-test=merge-view]').text()).toContain('第 3 版');
    expect(w.find('[data-test=merge-conflict]').exists()).toBe(false);
    await w.get('[data-test=merge-save]').trigger('click');
    await flushPromises();
    const saved = flat(lib.plans.get('p1')!.nodes);
    expect(saved.find((n) => n.id === a.id)!.heading).toBe('我的A');
    expect(saved.find((n) => n.id === b.id)!.heading).toBe('第三人的B');
    expect(lib.plans.get('p1')!.revision).toBe(4);
  });

  it('shows a deletion against an edit, and plan information both sides changed', async () => {
    const { w, store } = await mountEditor('p1');
    const action = flat(store.nodes).find((n) => n.kind === 'action' && n.children.length >= 2)!;
    const inside = action.children[1];
    // theirs: an edit inside the action, and the issuer
    const p = lib.plans.get('p1')!;
    const nodes = structuredClone(p.nodes);
    for (const n of flat(nodes)) if (n.id === inside.id) n.partners = ['区财政局'];
    lib.plans.set('p1', { ...p, nodes, meta: { ...p.meta, issuer: '对方的发文机关' }, revision: p.revision + 1 });
    // mine: the action deleted, the issuer changed
    store.select(action.id);
    store.remove(action.id);
    store.updateMeta({ issuer: '我的发文机关' });
    await store.flush();
    await flushPromises();
    await nextTick();
    const conflicts = w.findAll('[data-test=merge-conflict]');
    expect(conflicts).toHaveLength(2);
    const [meta, del] = conflicts;
    expect(meta.get('[data-test=merge-conflict-title]').text()).toBe('计划信息');
    expect(meta.get('[data-test=merge-mine]').text()).toContain('发文机关我的发文机关');
    expect(meta.get('[data-test=merge-theirs]').text()).toContain('发文机关对方的发文机关');
    expect(del.text()).toContain('我删除了,对方修改了');
    expect(del.get('[data-test=merge-mine] .gone').text()).toBe(`已删除(连同其下 ${flat(action.children).length} 项)`);
    // keep theirs: the action comes back with the partner edit
    await del.get('[data-test=merge-pick-theirs]').trigger('click');
    await meta.get('[data-test=merge-pick-mine]').trigger('click');
    await w.get('[data-test=merge-save]').trigger('click');
    await flushPromises();
    const saved = lib.plans.get('p1')!;
    expect(flat(saved.nodes).find((n) => n.id === inside.id)!.partners).toEqual(['区财政局']);
    expect(saved.meta.issuer).toBe('我的发文机关');
  });

  it('every merge view and local copy string exists in Chinese and English, with the same keys', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { messages } = await import('../../renderer/src/i18n');
    const keysOf = (o: unknown, pre = ''): string[] => Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v, `${pre}${k}.`) : [`${pre}${k}`]));
    expect(keysOf(messages.en.merge).sort()).toEqual(keysOf(messages['zh-CN'].merge).sort());
    const src = ['MergeView.vue', 'LocalCopyBanner.vue'].map((f) => readFileSync(join(__dirname, '../../renderer/src/editor', f), 'utf8')).join('\n');
    const used = [...src.matchAll(/\bt\('(merge\.[a-zA-Z.]+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    const has = (obj: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj) !== undefined;
    for (const k of used) expect(has(messages['zh-CN'], k), k).toBe(true);
    for (const k of ['edited', 'deleted-by-mine', 'deleted-by-theirs', 'added-both', 'meta']) expect(messages.en.merge.kind[k as 'edited']).toBeTruthy();
  });

  it('leaving while the library cannot be reached keeps the plan in localStorage and does not ask; a refused save asks', async () => {
    const { store, router } = await mountEditor('p1');
    const ui = useUi();
    lib.failSaves.push('offline', 'offline');
    store.updateNode(store.nodes[0].id, { heading: '离线离开' });
    await router.push('/');
    await flushPromises();
    expect(ui.confirm).toBeFalsy();
    expect(router.currentRoute.value.path).toBe('/');
    expect(localStorage.getItem('editor.unsaved.p1')).toContain('离线离开');
    localStorage.removeItem('editor.unsaved.p1');
    // a save the library refuses (not a connection failure): the planner is asked
    await router.push('/plan/p1');
    await flushPromises();
    lib.failSaves.length = 0;
    lib.failSaves.push('invalid-input', 'invalid-input');
    store.updateNode(store.nodes[0].id, { heading: '被拒绝' });
    const leaving = router.push('/');
    await flushPromises();
    expect(ui.confirm).toBeTruthy();
    ui.confirm!.resolve(false);
    await leaving;
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/plan/p1');
    expect(localStorage.getItem('editor.unsaved.p1')).toBeNull();
  });

  it('leaving while a save hangs (walk 5: the library never answers) goes after SAVE_SLOW_MS, with the plan kept in localStorage', async () => {
    const { store, router } = await mountEditor('p1');
    const ui = useUi();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      lib.hold = true;
      store.updateNode(store.nodes[0].id, { heading: '没有回应的保存' });
      const leaving = router.push('/');
      await vi.advanceTimersByTimeAsync(SAVE_SLOW_MS - 1000);
      // still waiting for the save: nothing asked, still here
      expect(store.saveState).toBe('saving');
      expect(router.currentRoute.value.path).toBe('/plan/p1');
      await vi.advanceTimersByTimeAsync(1500);
      await leaving;
      expect(ui.confirm).toBeFalsy();
      expect(router.currentRoute.value.path).toBe('/');
      expect(localStorage.getItem('editor.unsaved.p1')).toContain('没有回应的保存');
    } finally {
      vi.useRealTimers();
      lib.hold = false;
      lib.release();
      localStorage.removeItem('editor.unsaved.p1');
    }
  });

  it('a save the library answers with an error says why under the toolbar, not only in a tooltip (walk 5: a full disk)', async () => {
    const { w, store } = await mountEditor('p1');
    lib.failSaves.push('disk-full');
    store.updateNode(store.nodes[0].id, { heading: '磁盘满时的修改' });
    await store.flush();
    await flushPromises();
    expect(store.saveState).toBe('error');
    const note = w.get('[data-test=save-error-note]');
    // the fake library's message for any failure is 保存失败 (the app's is 「磁盘空间不足,操作未完成…」)
    expect(store.saveError).toBe('保存失败');
    expect(note.text()).toBe('保存失败:保存失败。这里的修改仍然保留,会自动重试。');
    // a connection failure has its own note (the local copy), and a saved plan none
    lib.failSaves.length = 0;
    await store.flush();
    await flushPromises();
    expect(w.find('[data-test=save-error-note]').exists()).toBe(false);
  });

  it('leaving once the hanging save has been noted (plan kept) goes at once, without a second wait', async () => {
    const { w, store, router } = await mountEditor('p1');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      lib.hold = true;
      store.updateNode(store.nodes[0].id, { heading: '又一次没有回应' });
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + SAVE_SLOW_MS + 100);
      expect(store.saveSlow).toBe(true);
      expect(w.find('[data-test=slow-note]').exists()).toBe(true);
      const leaving = router.push('/');
      await vi.advanceTimersByTimeAsync(10);
      await leaving;
      expect(router.currentRoute.value.path).toBe('/');
    } finally {
      vi.useRealTimers();
      lib.hold = false;
      lib.release();
      localStorage.removeItem('editor.unsaved.p1');
    }
  });

  it('saves pending changes when leaving the route', async () => {
    const { store, router } = await mountEditor('p1');
    store.updateNode(store.nodes[0].id, { heading: '离开前保存' });
    await router.push('/');
    await flushPromises();
    const saves = lib.calls.filter((c) => c.method === 'plan.save');
    expect(saves).toHaveLength(1);
    expect(saves[0].input.doc.nodes[0].heading).toBe('离开前保存');
    expect(router.currentRoute.value.path).toBe('/');
  });

  it('saves when the window is hidden', async () => {
    const { store } = await mountEditor('p1');
    store.updateNode(store.nodes[0].id, { heading: '隐藏时保存' });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    expect(lib.calls.filter((c) => c.method === 'plan.save')).toHaveLength(1);
  });

  it('the window hidden while a 成文日期 is being typed: what is committed is saved, the typing is left alone; leaving the field takes it', async () => {
    const { w, store } = await mountEditor('p1');
    const before = store.meta!.issuedOn;
    await w.get('[data-test=open-meta]').trigger('click');
    store.updateNode(store.nodes[0].id, { heading: '切换窗口前已改' });
    const date = w.get('[data-field=issuedOn]');
    const input = date.element as HTMLInputElement;
    input.focus();
    // (typed: input events only — setValue would send the change that leaving the field sends)
    input.value = '2026年3月1'; // on its way to 2026年3月15日
    await date.trigger('input');
    const hide = async (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
      await flushPromises();
    };
    try {
      await hide('hidden');
      const saves = lib.calls.filter((c) => c.method === 'plan.save');
      expect(saves).toHaveLength(1);
      expect(saves[0].input.doc.nodes[0].heading).toBe('切换窗口前已改');
      expect(saves[0].input.doc.meta.issuedOn).toBe(before);
      // nothing rewritten under the cursor, nothing taken
      expect(input.value).toBe('2026年3月1');
      expect(store.meta!.issuedOn).toBe(before);
      await hide('visible');
      await date.setValue('2026年3月15日');
      await date.trigger('change');
      expect(store.meta!.issuedOn).toBe('2026-03-15');
    } finally {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    }
  });

  it('the page going (pagehide: closed, reloaded) takes the 成文日期 typed in the focused field', async () => {
    const { w, store } = await mountEditor('p1');
    await w.get('[data-test=open-meta]').trigger('click');
    const input = w.get('[data-field=issuedOn]').element as HTMLInputElement;
    input.focus();
    input.value = '2026年4月30日';
    await w.get('[data-field=issuedOn]').trigger('input');
    expect(store.meta!.issuedOn).not.toBe('2026-04-30');
    // (the pagehide of a page that goes: a real way out, the text is taken)
    window.dispatchEvent(new Event('pagehide'));
    await flushPromises();
    expect(store.meta!.issuedOn).toBe('2026-04-30');
  });

  it('metadata form edits the plan meta (undoable)', async () => {
    const { w, store } = await mountEditor('p1');
    await w.get('[data-test=open-meta]').trigger('click');
    expect(w.find('[data-test=meta-form]').exists()).toBe(true);
    // the place field holds a 区, a 县, a 市, a 镇 or a 街道 (南屿县's plan was shown 区: ui38): its label and the
    // form's link say 区县
    expect(w.get('[data-field=district]').element.closest('label')!.querySelector('.label')!.textContent).toBe('区县');
    expect(w.get('[data-test=open-meta]').text()).toContain('标题、区县、规划期');
    const docNo = w.get('[data-field=docNumber]');
    await docNo.setValue('静府办发[2014]012号');
    expect(store.meta!.docNumber).toBe('静府办发[2014]012号');
    store.lintNow();
    await nextTick();
    expect(w.get('[data-test=meta-form]').text()).toContain('发文字号');
    store.undo();
    expect(store.meta!.docNumber).toBe(seedDoc().meta.docNumber);
  });

  it('签发人 is offered where it applies (GB/T 9704 §7.2.6: 上行文 only): a downward plan shows a button that opens the field and focuses it; a 报告 shows the field; a name entered is kept, and the field stays while it is cleared', async () => {
    const { w, store } = await mountEditor('p1');
    await w.get('[data-test=open-meta]').trigger('click');
    // 静安 2014's plan, sent to the district's offices and streets: no field, a button
    expect(w.find('[data-field=signer]').exists()).toBe(false);
    await w.get('[data-test=meta-signer-add]').trigger('click');
    await nextTick();
    const input = w.get('[data-field=signer]');
    expect(document.activeElement).toBe(input.element);
    await input.setValue('林晓岚');
    expect(store.meta!.signer).toBe('林晓岚');
    await input.setValue('');
    expect(store.meta!.signer).toBe(null);
    expect(w.find('[data-field=signer]').exists()).toBe(true);
    // a 报告 (its title) is offered the field at once
    store.updateMeta({ title: '静安区关于智慧城区建设进展情况的报告' });
    await nextTick();
    expect(w.find('[data-field=signer]').exists()).toBe(true);
  });

  it('签发人 already entered on a downward plan is shown, not hidden', async () => {
    const doc = seedDoc();
    doc.meta.signer = '周明远';
    setup({ p1: doc });
    const { w } = await mountEditor('p1');
    await w.get('[data-test=open-meta]').trigger('click');
    expect((w.get('[data-field=signer]').element as HTMLInputElement).value).toBe('周明远');
    expect(w.find('[data-test=meta-signer-add]').exists()).toBe(false);
  });

  it('主送机关 typed with 、 inside a name is one addressee (as the import form and the Word cover read it); ，/； separate', async () => {
    const { w, store } = await mountEditor('p1');
    await w.get('[data-test=open-meta]').trigger('click');
    store.updateMeta({ addressees: [] });
    await nextTick();
    const box = w.get('[data-test=meta-addressees]');
    const input = box.get('[data-test=chips-input]');
    await input.setValue('区政府各委、办、局');
    // the 、 typed inside the name ends nothing
    expect(store.meta!.addressees).toEqual([]);
    await input.trigger('keydown', { key: '、' });
    expect(store.meta!.addressees).toEqual([]);
    await input.trigger('keydown', { key: 'Enter' });
    expect(store.meta!.addressees).toEqual(['区政府各委、办、局']);
    expect(box.findAll('[data-test=chip]').at(-1)!.text()).toContain('区政府各委、办、局');
    // a list pasted with ，/； gives one chip a body
    await input.setValue('各街道办事处；区属各单位，');
    expect(store.meta!.addressees).toEqual(['区政府各委、办、局', '各街道办事处', '区属各单位']);
    // (department chips still take 、 as a separator: 区科委、区财政局 are two departments — 'department chips' below)
  });
});

describe('a save left hanging on one plan (second review, session 27)', () => {
  beforeEach(() => setup({ p1: seedDoc(), p2: { ...seedDoc(), meta: { ...seedDoc().meta, title: '第二个计划' } } as PlanDoc }));
  it('belongs to its plan: after leaving it the next plan saves, keeps its local copy and sends its beacon; the late answer changes nothing there', async () => {
    const { store, router } = await mountEditor('p1');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // plan A: the library swallows the save; after SAVE_SLOW_MS A is kept in localStorage and the planner leaves
      lib.hold = true;
      store.updateNode(store.nodes[0].id, { heading: 'A 的修改' });
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + SAVE_SLOW_MS + 100);
      expect(store.saveSlow).toBe(true);
      const leaving = router.push('/');
      await vi.advanceTimersByTimeAsync(10);
      await leaving;
      expect(router.currentRoute.value.path).toBe('/');
      expect(localStorage.getItem('editor.unsaved.p1')).toContain('A 的修改');
      // plan B: the library answers again (A's request stays swallowed)
      lib.hold = false;
      const opening = router.push('/plan/p2');
      await vi.advanceTimersByTimeAsync(10);
      await opening;
      await vi.advanceTimersByTimeAsync(100);
      expect(store.planId).toBe('p2');
      expect(store.saveState).toBe('saved');
      expect(store.saveSlow).toBe(false);
      const savesB = () => lib.calls.filter((c) => c.method === 'plan.save' && c.input.id === 'p2');
      // the window closing: B's beacon is sent at once (A's request is not B's save in flight)
      store.updateNode(store.nodes[0].id, { heading: 'B 关窗前' });
      expect(store.saveBeacon()).toBe(true);
      await vi.advanceTimersByTimeAsync(10);
      expect(savesB()).toHaveLength(1);
      expect(savesB()[0].input.doc.nodes[0].heading).toBe('B 关窗前');
      // an ordinary edit: saved after the debounce, and stored
      store.updateNode(store.nodes[0].id, { heading: 'B 的修改' });
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 100);
      expect(savesB()).toHaveLength(2);
      expect(store.saveState).toBe('saved');
      expect(lib.plans.get('p2')!.nodes[0].heading).toBe('B 的修改');
      expect(store.revision).toBe(3);
      // A's request answers at last (stored in the library as p1): nothing of B changes, A's copy stays for A
      lib.release();
      await vi.advanceTimersByTimeAsync(100);
      expect(lib.plans.get('p1')!.nodes[0].heading).toBe('A 的修改');
      expect(store.planId).toBe('p2');
      expect(store.revision).toBe(3);
      expect(store.saveState).toBe('saved');
      expect(store.nodes[0].heading).toBe('B 的修改');
      expect(localStorage.getItem('editor.unsaved.p1')).toContain('A 的修改');
      // B's own save hanging: B is kept in localStorage after SAVE_SLOW_MS, as A was
      lib.hold = true;
      store.updateNode(store.nodes[0].id, { heading: 'B 没有回应' });
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + SAVE_SLOW_MS + 100);
      expect(store.saveSlow).toBe(true);
      expect(store.keptLocal).toBe(true);
      expect(localStorage.getItem('editor.unsaved.p2')).toContain('B 没有回应');
    } finally {
      vi.useRealTimers();
      lib.hold = false;
      lib.release();
      localStorage.removeItem('editor.unsaved.p1');
      localStorage.removeItem('editor.unsaved.p2');
    }
  });
});

describe('department chips', () => {
  beforeEach(() => setup({ p1: seedDoc() }));

  it('autocompletes from the library and the plan, adds with Enter, removes with ×, and keeps typed text on blur', async () => {
    const d = seedDoc();
    const t = flat(d.nodes).find((n) => n.kind === 'task')!;
    const { w, store } = await mountEditor('p1', { node: t.id });
    const lead = w.get('[data-test=lead]');
    const input = lead.get('[data-test=chips-input]');
    await input.trigger('focus');
    await input.setValue('区经');
    const options = lead.findAll('[data-test=chips-option]');
    expect(options.map((o) => o.text())).toContain('区经委');
    await input.trigger('keydown', { key: 'Enter' });
    expect(store.info.get(t.id)!.node.lead).toContain('区经委');
    const before = store.info.get(t.id)!.node.lead.length;
    await lead.findAll('[data-test=chip] button')[0].trigger('click');
    expect(store.info.get(t.id)!.node.lead.length).toBe(before - 1);
    await input.setValue('区新部门');
    await input.trigger('blur');
    expect(store.info.get(t.id)!.node.lead).toContain('区新部门');
    // a list pasted with 、 becomes several chips
    await input.setValue('区科委、区财政局');
    expect(store.info.get(t.id)!.node.lead).toEqual(expect.arrayContaining(['区科委', '区财政局']));
  });
});

describe('indicators and milestones', () => {
  it('adds, edits and removes indicator rows and yearly milestones, one column per year of the period', async () => {
    setup({ p1: seedDoc() });
    const d = seedDoc();
    const t = flat(d.nodes).find((n) => n.kind === 'task')!;
    const { w, store } = await mountEditor('p1', { node: t.id });
    const n0 = store.info.get(t.id)!.node.indicators.length;
    await w.get('[data-test=indicator-add]').trigger('click');
    expect(store.info.get(t.id)!.node.indicators).toHaveLength(n0 + 1);
    expect(store.info.get(t.id)!.node.indicators[n0]).toMatchObject({ comparator: '>=', year: 2016, value: null });
    const row = w.findAll('[data-test=indicator-row]')[n0];
    // the new row's name takes the focus (the keyboard walk of session 32: it stayed on 添加指标)
    await flushPromises();
    expect(document.activeElement).toBe(row.get('input[data-col=name]').element);
    await row.get('input[data-col=name]').setValue('家庭光纤入户率');
    const value = row.findAll('input')[1];
    await value.setValue('９５');
    await value.trigger('change');
    expect(store.info.get(t.id)!.node.indicators[n0]).toMatchObject({ name: '家庭光纤入户率', value: 95 });
    await w.findAll('[data-test=indicator-remove]')[n0].trigger('click');
    expect(store.info.get(t.id)!.node.indicators).toHaveLength(n0);
    store.undo();
    expect(store.info.get(t.id)!.node.indicators).toHaveLength(n0 + 1);

    const cols = w.findAll('[data-test=milestone-col]');
    expect(cols.map((c) => c.text().slice(0, 5))).toEqual(['2014年', '2015年', '2016年']);
    await cols[1].get('[data-test=milestone-add]').trigger('click');
    expect(store.info.get(t.id)!.node.milestones.some((m) => m.year === 2015)).toBe(true);
    const cell = w.findAll('[data-test=milestone-col]')[1].get('[data-test=milestone-cell]');
    await cell.get('select').setValue('推进');
    await cell.get('textarea').setValue('完成一期建设');
    expect(store.info.get(t.id)!.node.milestones.find((m) => m.year === 2015)).toEqual({ year: 2015, stage: '推进', text: '完成一期建设' });
  });

  it('a milestone typed again in its year is told under the milestones, with the fix that removes it', async () => {
    setup({ p1: seedDoc() });
    const t = flat(seedDoc().nodes).find((n) => n.kind === 'task')!;
    const { w, store } = await mountEditor('p1', { node: t.id });
    store.updateNode(t.id, { milestones: [{ year: 2015, stage: '推进', text: '完成一期建设' }] });
    await nextTick();
    // the planner adds a second milestone in 2015 and types the same stage and text
    await w.findAll('[data-test=milestone-col]')[1].get('[data-test=milestone-add]').trigger('click');
    const cells = w.findAll('[data-test=milestone-col]')[1].findAll('[data-test=milestone-cell]');
    expect(cells).toHaveLength(2);
    await cells[1].get('select').setValue('推进');
    await cells[1].get('textarea').setValue('完成一期建设');
    store.lintNow();
    await nextTick();
    const hint = w.get('[data-test=milestone-hint]');
    expect(hint.text()).toContain('年度节点重复:2015年推进“完成一期建设”已有一条');
    await hint.get('[data-test=milestone-fix]').trigger('click');
    await nextTick();
    expect(store.info.get(t.id)!.node.milestones).toEqual([{ year: 2015, stage: '推进', text: '完成一期建设' }]);
    expect(w.find('[data-test=milestone-hint]').exists()).toBe(false);
  });
});

describe('专栏 (box) in the editor', () => {
  const node = (id: string, kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({ ...emptyNode(id, kind), ...f });
  /** 一、主要任务 › （一）基础设施 › 1.千兆光网, 专栏1 (two projects), 2.算力; （二）城市治理 › 专栏2 (one project). */
  function boxDoc(): PlanDoc {
    const d = seedDoc();
    return {
      ...d,
      nodes: [
        node('p', 'part', { number: '一、', heading: '主要任务', children: [
          node('s1', 'section', { number: '（一）', heading: '完善基础设施', children: [
            node('t1', 'task', { number: '1.', heading: '建设千兆光网' }),
            node('b1', 'box', { number: '专栏1', heading: '基础设施重点工程', children: [
              node('b1i1', 'item', { number: '1.', heading: '千兆光网提速工程' }),
              node('b1i2', 'item', { number: '2.', heading: '5G精品网络工程' }),
            ] }),
            node('t2', 'task', { number: '2.', heading: '布局算力设施' }),
          ] }),
          node('s2', 'section', { number: '（二）', heading: '推进城市治理', children: [
            node('b2', 'box', { number: '专栏2', heading: '城市治理重点工程', children: [node('b2i1', 'item', { number: '1.', heading: '智慧交通示范工程' })] }),
          ] }),
        ] }),
      ],
    };
  }
  beforeEach(() => setup({ p1: boxDoc() }));

  it('the outline labels a box 专栏 with its number 专栏1 / 专栏2 and its projects 1. 2.; the node panel names the kind', async () => {
    const { w } = await mountEditor('p1', { node: 'b2' });
    const row = (id: string) => w.get(`[data-id="${id}"]`);
    expect(row('b1').get('.kind .full').text()).toBe('专栏');
    expect(row('b1').get('.kind').attributes('title')).toBe('专栏'); // the narrow row's one character (栏) keeps the name in its tooltip
    expect(row('b1').get('.kind').classes()).toContain('box');
    expect(row('b1').get('[data-test=row-number]').text()).toBe('专栏1');
    expect(row('b2').get('[data-test=row-number]').text()).toBe('专栏2');
    expect(row('b1i2').get('[data-test=row-number]').text()).toBe('2.');
    expect(row('b1i2').get('.kind .full').text()).toBe('事项');
    // the selected box: its number and kind in the panel; the kind selector offers what a section may hold
    expect(w.get('[data-test=node-number]').text()).toBe('专栏2');
    const select = w.get('[data-test=node-kind]');
    expect((select.element as HTMLSelectElement).value).toBe('box');
    expect(select.findAll('option').map((o) => o.text())).toEqual(['任务', '事项', '专栏']);
  });

  it('＋专栏 adds a box under the selected section, or after the box that holds the selected project; the kind selector turns a task into a box', async () => {
    const { w, store } = await mountEditor('p1', { node: 's2' });
    await w.get('[data-test=add-box]').trigger('click');
    const s2 = () => store.nodes[0].children[1];
    expect(s2().children.map((c) => c.kind)).toEqual(['box', 'box']);
    expect(store.numbers.get(s2().children[1].id)).toBe('专栏3');
    store.select('b1i1');
    await nextTick();
    await w.get('[data-test=add-box]').trigger('click');
    const s1 = () => store.nodes[0].children[0];
    expect(s1().children.map((c) => c.id)).toEqual(['t1', 'b1', s1().children[2].id, 't2']);
    expect(s1().children[2].kind).toBe('box');
    // numbering runs over the whole plan: the new box in （一） is 专栏2, the ones in （二） move to 专栏3 and 专栏4
    expect(store.numbers.get(s1().children[2].id)).toBe('专栏2');
    expect(store.numbers.get('b2')).toBe('专栏3');
    // a task made a box: its number follows, and one Ctrl+Z undoes it
    store.select('t2');
    await new Promise((r) => setTimeout(r, 200)); // the panel follows the selection once it rests
    await flushPromises();
    expect(w.get('[data-test=node-number]').text()).toBe('2.');
    const select = w.get('[data-test=node-kind]');
    await select.setValue('box');
    expect(flat(store.nodes).find((n) => n.id === 't2')!.kind).toBe('box');
    expect(store.numbers.get('t2')).toBe('专栏3');
    expect(w.get('[data-test=node-number]').text()).toBe('专栏3');
    store.undo();
    expect(flat(store.nodes).find((n) => n.id === 't2')!.kind).toBe('task');
  });
});

describe('editor strings', () => {
  it("every t('editor.…') key used by the editor exists in Chinese and English, dynamic families included", async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { messages } = await import('../../renderer/src/i18n');
    const { NODE_KINDS, PLAN_STATUSES } = await import('../../shared/model/plan');
    const root = join(__dirname, '../../renderer/src');
    const files = [...readdirSync(join(root, 'editor')).filter((f) => f.endsWith('.vue')).map((f) => join(root, 'editor', f)), join(root, 'views/EditorView.vue')];
    const has = (obj: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj) !== undefined;
    const keys = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('(editor\.[a-zA-Z.]+)'/g)) keys.add(m[1]);
    for (const k of NODE_KINDS) keys.add(`editor.kind.${k}`);
    for (const s of PLAN_STATUSES) keys.add(`editor.status.${s}`);
    for (const s of ['error', 'warning', 'info']) keys.add(`editor.lint.severity.${s}`);
    for (const c of ['ge', 'le', 'eq', 'gt', 'lt', 'approx']) keys.add(`editor.comparator.${c}`);
    const lintSrc = readFileSync(join(__dirname, '../../shared/lint.ts'), 'utf8');
    const rules = [...lintSrc.matchAll(/^ \* \| ([a-z-]+)\s+\| (?:error|warning|info)/gm)].map((m) => m[1]);
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(keys.size).toBeGreaterThan(100);
    for (const k of keys) {
      expect(has(messages['zh-CN'], k), `zh-CN ${k}`).toBe(true);
      expect(has(messages.en, k), `en ${k}`).toBe(true);
    }
    for (const r of rules) {
      expect((messages['zh-CN'].editor.lint.rule as Record<string, string>)[r], `zh-CN lint.rule.${r}`).toBeTruthy();
      expect((messages.en.editor.lint.rule as Record<string, string>)[r], `en lint.rule.${r}`).toBeTruthy();
    }
  });
});

describe('the 问题 panel counts as the toolbar badges do (h-ui46)', () => {
  it('its header gives the errors and warnings the badges add up to and names the hints apart', async () => {
    const doc = seedDoc();
    const nodes = flat(doc.nodes);
    nodes[0].heading = '';                      // an error: empty heading
    nodes[1].body = `${nodes[1].body}目标,包括:A,B,C`;  // hints: half-width punctuation (info, one per node)
    nodes[2].body = `${nodes[2].body}(一`;      // a warning: unmatched bracket
    setup({ p1: doc });
    const { w, store } = await mountEditor();
    store.lintNow();
    await nextTick();
    const errors = store.findings.filter((f) => f.severity === 'error').length;
    const warnings = store.findings.filter((f) => f.severity === 'warning').length;
    const hints = store.listFindings.filter((f) => f.severity === 'info').length;
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    expect(hints).toBeGreaterThan(0);
    expect(w.get('[data-test=lint-errors]').text()).toBe(String(errors));
    expect(w.get('[data-test=lint-warnings]').text()).toBe(String(warnings));
    expect(w.get('[data-test=lint-errors]').attributes('title')).toBe(`${errors} 项错误`);
    expect(w.get('[data-test=lint-total]').text()).toBe(`${errors + warnings} 项待处理 · 另有 ${hints} 项提示`);
  });
});
