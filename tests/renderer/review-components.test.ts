// @vitest-environment happy-dom
/** The review panel, threads, review mode and the identity dialog in the editor (happy-dom, Monaco stubbed). */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { setApi } from '../../renderer/src/api/client';
import { session } from '../../renderer/src/api/session';
import { makeI18n, messages } from '../../renderer/src/i18n';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { usePrefs } from '../../renderer/src/stores/prefs';
import { useReview } from '../../renderer/src/stores/review';
import { useToasts } from '../../renderer/src/stores/toasts';
import { refreshRights } from '../../renderer/src/review/serverChange';
import { roleMethods } from '../../electron/server/permissions';
import EditorView from '../../renderer/src/views/EditorView.vue';
import IdentityDialog from '../../renderer/src/review/IdentityDialog.vue';
import ReviewThread from '../../renderer/src/review/ReviewThread.vue';
import { fakeLibrary, flat, seedDoc, type FakeHandlers, type FakeLibrary } from './helpers';
import { applyItemOutcome, indicatorText, type IndicatorOutcome } from '../../shared/review/fields';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';
import type { Annotation, AnnotationView, Person, ReviewRound } from '../../shared/review/model';

const YANGPU = '002_72028bf86ba9aa86.txt';
const ME: Person = { name: '王审阅', department: '区发展改革委' };

/** Monaco cannot run in happy-dom: a textarea with the same interface (focus, reveal, highlights as data). */
const MonacoStub = defineComponent({
  name: 'MonacoBody',
  props: { modelValue: { type: String, default: '' }, docKey: String, findings: Array, departments: Array, placeholder: String, ariaLabel: String, readOnly: Boolean, highlights: { type: Array, default: () => [] } },
  emits: ['update:modelValue', 'palette', 'focus', 'blur', 'selection', 'comment'],
  setup(props, { emit, expose }) {
    const revealed: unknown[] = [];
    expose({ focus: () => undefined, reveal: (r: unknown) => revealed.push(r), revealed });
    return () => h('textarea', {
      'data-test': 'body-stub',
      value: props.modelValue,
      readonly: props.readOnly,
      'data-highlights': JSON.stringify(props.highlights),
      onInput: (e: Event) => emit('update:modelValue', (e.target as HTMLTextAreaElement).value),
    });
  },
});

/** A minimal review backend: anchors stay where they were made (enough for the components). */
function backend(identity: Person) {
  const anns: Annotation[] = [];
  let id = identity;
  const view = (a: Annotation): AnnotationView => ({
    ...a,
    resolved: a.anchor.nodeId === 'gone'
      ? { state: 'orphaned', nodeId: 'gone', field: a.anchor.field, start: a.anchor.start, end: a.anchor.start + a.anchor.quote.length, text: a.anchor.quote }
      : { state: 'ok', nodeId: a.anchor.nodeId, field: a.anchor.field, start: a.anchor.start, end: a.anchor.start + a.anchor.quote.length, text: a.anchor.quote },
  });
  const find = (x: string) => anns.find((a) => a.id === x)!;
  return {
    anns,
    handlers: {
      'prefs.get': () => ({ identity: id }),
      // as the core has them: a plan stored under review (status 'review') was submitted, so round 1 is open
      'review.rounds': (i, plans): ReviewRound[] =>
        plans.get(i.planId)?.meta.status === 'review'
          ? [{ planId: i.planId, round: 1, name: '第1轮审阅', versionId: 1, startedAt: '2025-03-01T01:00:00.000Z', startedBy: { name: '李科长', department: '区发展改革委' }, closedAt: null }]
          : [],
      'prefs.set': (i) => { id = i.identity; return { identity: id }; },
      'review.list': () => anns.map(view),
      'review.add': (i) => {
        const a: Annotation = {
          id: `a${anns.length + 1}`, planId: i.planId, kind: i.kind, anchor: { ...i.anchor, prefix: '', suffix: '', path: [] },
          author: id, body: i.body, replacement: i.replacement ?? null, status: 'open', round: null, replies: [],
          createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z', closedBy: null, closedAt: null, origin: null,
        };
        delete (a.anchor as { end?: number }).end;
        anns.push(a);
        return view(a);
      },
      'review.reply': (i) => { const a = find(i.annotationId); a.replies.push({ id: 'r' + a.replies.length, author: id, body: i.body, createdAt: '2025-03-01T03:00:00.000Z' }); return view(a); },
      'review.setStatus': (i) => { const a = find(i.annotationId); a.status = i.status; a.closedBy = i.status === 'open' ? null : id; a.closedAt = '2025-03-01T04:00:00.000Z'; return view(a); },
    } satisfies FakeHandlers,
  };
}

let lib: FakeLibrary;
let pinia: Pinia;
const mounted: VueWrapper[] = [];

afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  useEditorStore().unload();
  setApi(null);
  try { localStorage.clear(); } catch { /* none */ }
});

async function mountEditor(docs: Record<string, PlanDoc>, id: string, identity: Person = ME) {
  const b = backend(identity);
  lib = fakeLibrary(docs, undefined, b.handlers);
  setApi(lib.client);
  pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => h('div', 'library') } }, { path: '/plan/:id', component: EditorView, props: true }],
  });
  await router.push(`/plan/${id}`);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const w = mount(Root, { global: { plugins: [pinia, makeI18n('zh-CN'), router], stubs: { MonacoBody: MonacoStub } }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  await nextTick();
  return { w, b, editor: useEditorStore(), review: useReview() };
}

const bodyTask = (nodes: PlanNode[], i = 0) => flat(nodes).filter((n) => n.kind === 'task' && n.body.length >= 30)[i];

/** The review panel open on a task's body with two comments on it (第一条, 第二条). */
async function twoComments(w: VueWrapper, editor: ReturnType<typeof useEditorStore>) {
  editor.select(bodyTask(editor.nodes).id);
  await settle();
  await w.find('[data-test=toggle-review]').trigger('click');
  for (const text of ['第一条', '第二条']) {
    await w.find('[data-test=review-comment]').trigger('click');
    await w.find('[data-test=composer-body]').setValue(text);
    await w.find('[data-test=composer]').trigger('submit');
    await settle();
  }
}

async function settle() {
  for (let i = 0; i < 4; i++) { await flushPromises(); await nextTick(); }
}

describe('review panel', () => {
  it('comments on a body range, replies and resolves; the outline counts open annotations', async () => {
    const { w, editor, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    const t = bodyTask(editor.nodes);
    editor.select(t.id);
    await settle();
    await w.find('[data-test=toggle-review]').trigger('click');
    expect(w.find('[data-test=review-panel]').exists()).toBe(true);
    expect(w.find('[data-test=review-suggest]').attributes('disabled')).toBeDefined(); // nothing selected

    // the body editor reports a selection (Monaco does this on every selection change)
    w.findComponent(MonacoStub).vm.$emit('selection', { start: 2, end: 10, text: t.body.slice(2, 10) });
    await nextTick();
    expect(w.find('[data-test=review-selection]').text()).toContain(t.body.slice(2, 10));
    await w.find('[data-test=review-comment]').trigger('click');
    expect(w.find('[data-test=composer-quote]').text()).toBe(t.body.slice(2, 10));
    expect(w.find('[data-test=composer-send]').attributes('disabled')).toBeDefined(); // empty comment
    await w.find('[data-test=composer-body]').setValue('请补充建设进度安排');
    await w.find('[data-test=composer]').trigger('submit');
    await settle();
    const add = lib.calls.find((c) => c.method === 'review.add')!;
    expect(add.input.anchor).toEqual({ nodeId: t.id, field: 'body', start: 2, end: 10, quote: t.body.slice(2, 10) });
    expect(w.find('[data-test=composer]').exists()).toBe(false);
    const thread = () => w.find('[data-test=thread]');
    expect(thread().find('[data-test=thread-quote]').text()).toBe(t.body.slice(2, 10));
    expect(thread().find('[data-test=thread-body]').text()).toBe('请补充建设进度安排');
    expect(thread().text()).toContain(ME.name);
    // the range is highlighted in the body, as the current thread
    expect(JSON.parse(w.find('[data-test=body-stub]').attributes('data-highlights')!)).toEqual([{ id: 'a1', start: 2, end: 10, active: true }]);
    const badge = () => w.find(`[data-test=outline-row][data-id="${t.id}"] [data-test=row-annotations]`);
    expect(badge().text()).toContain('1');

    await thread().find('[data-test=reply-open]').trigger('click');
    await thread().find('[data-test=reply-input]').setValue('已补充到 2017 年');
    await thread().find('[data-test=reply-send]').trigger('click');
    await settle();
    expect(thread().findAll('[data-test=reply]').map((r) => r.text())).toEqual([expect.stringContaining('已补充到 2017 年')]);

    await thread().find('[data-test=resolve]').trigger('click');
    await settle();
    expect(review.items[0].status).toBe('resolved');
    expect(w.findAll('[data-test=thread]')).toHaveLength(0); // filter: open
    expect(badge().exists()).toBe(false);
    await w.find('[data-test=filter-all]').trigger('click');
    expect(thread().attributes('data-status')).toBe('resolved');
    expect(thread().find('[data-test=reopen]').exists()).toBe(true);
  });

  it('解决 under the 未解决 filter: the focus goes to the thread now in its place, then to 批注, not the page\'s body (keyboard walk, session 32)', async () => {
    const { w, editor } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    await twoComments(w, editor);
    expect(w.findAll('[data-test=thread]')).toHaveLength(2);
    const first = w.findAll('[data-test=thread]')[0];
    const keep = w.findAll('[data-test=thread]')[1].attributes('data-id');
    const resolve = first.get('[data-test=resolve]').element as HTMLButtonElement;
    resolve.focus();
    resolve.click();
    await settle();
    expect(w.findAll('[data-test=thread]')).toHaveLength(1);
    const active = document.activeElement as HTMLElement;
    expect(active).not.toBe(document.body);
    expect(active.closest<HTMLElement>('[data-test=thread]')?.dataset.id).toBe(keep);
    // the last one: 批注
    const last = w.get('[data-test=thread] [data-test=resolve]').element as HTMLButtonElement;
    last.focus();
    last.click();
    await settle();
    expect(w.findAll('[data-test=thread]')).toHaveLength(0);
    expect(document.activeElement).toBe(w.get('[data-test=review-comment]').element);
  });

  it('解决 as Chromium does it: the focused button, disabled while the call runs, gives the focus to <body> first — the focus still goes to the next thread (walk 14)', async () => {
    const { w, editor, b } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    // the answer comes after the page has drawn the busy button (as over HTTP)
    const handlers = b.handlers as Record<string, (i: never, plans: never) => unknown>;
    const setStatus = handlers['review.setStatus'];
    let answer = () => {};
    handlers['review.setStatus'] = async (i, plans) => { await new Promise<void>((r) => { answer = r; }); return setStatus(i, plans); };
    await twoComments(w, editor);
    // Chromium: a focused button that becomes disabled loses the focus to the page's body at once (happy-dom keeps it)
    const blurred: string[] = [];
    const proto = Object.getPrototypeOf(w.get('[data-test=resolve]').element) as HTMLButtonElement;
    const own = Object.getOwnPropertyDescriptor(proto, 'disabled');
    const base = own ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proto), 'disabled')!;
    Object.defineProperty(proto, 'disabled', {
      configurable: true,
      get() { return base.get!.call(this); },
      set(v: boolean) {
        if (v && document.activeElement === this) { blurred.push((this as HTMLElement).dataset.test ?? ''); (this as HTMLElement).blur(); }
        base.set!.call(this, v);
      },
    });
    try {
      const keep = w.findAll('[data-test=thread]')[1].attributes('data-id');
      const resolve = w.findAll('[data-test=thread]')[0].get('[data-test=resolve]').element as HTMLButtonElement;
      resolve.focus();
      resolve.click();
      await settle();
      expect(blurred).toEqual(['resolve']); // it did lose the focus on the way
      answer();
      await settle();
      expect(w.findAll('[data-test=thread]')).toHaveLength(1);
      expect(document.activeElement).not.toBe(document.body);
      expect((document.activeElement as HTMLElement).closest<HTMLElement>('[data-test=thread]')?.dataset.id).toBe(keep);
      // a click on the page's empty space afterwards is the user's: a later change of the list leaves the focus there
      (document.activeElement as HTMLElement).blur();
      await w.find('[data-test=filter-all]').trigger('click');
      await settle();
      expect(document.activeElement).toBe(document.body);
    } finally {
      if (own) Object.defineProperty(proto, 'disabled', own);
      else delete (proto as { disabled?: boolean }).disabled;
    }
  });

  it('a suggestion sent from 建议修改 and a reply sent or dropped leave the focus in the panel, not on the page\'s body (walk 12)', async () => {
    const { w, editor } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    const t = bodyTask(editor.nodes);
    editor.select(t.id);
    await settle();
    await w.find('[data-test=toggle-review]').trigger('click');
    w.findComponent(MonacoStub).vm.$emit('selection', { start: 0, end: 6, text: t.body.slice(0, 6) });
    await nextTick();
    const suggest = w.get('[data-test=review-suggest]').element as HTMLButtonElement;
    suggest.focus();
    suggest.click();
    await settle();
    expect(document.activeElement?.getAttribute('data-test')).toBe('composer-replacement');
    await w.find('[data-test=composer-replacement]').setValue(`${t.body.slice(0, 6)}(修订)`);
    await w.find('[data-test=composer]').trigger('submit');
    await settle();
    expect(lib.calls.some((c) => c.method === 'review.add')).toBe(true);
    // 建议修改 is disabled now (nothing selected): 批注
    expect(suggest.disabled).toBe(true);
    expect(document.activeElement).toBe(w.get('[data-test=review-comment]').element);

    const thread = () => w.get('[data-test=thread]');
    const replyOpen = async () => {
      (thread().get('[data-test=reply-open]').element as HTMLButtonElement).click();
      await settle();
      expect(document.activeElement?.getAttribute('data-test')).toBe('reply-input');
    };
    await replyOpen();
    await thread().get('[data-test=reply-input]').setValue('同意');
    await thread().get('[data-test=reply-input]').trigger('keydown', { key: 'Enter', ctrlKey: true });
    await settle();
    expect(thread().findAll('[data-test=reply]')).toHaveLength(1);
    expect(document.activeElement).toBe(thread().get('[data-test=reply-open]').element);
    await replyOpen();
    await thread().get('[data-test=reply-input]').trigger('keydown', { key: 'Escape' });
    await settle();
    expect(thread().find('[data-test=reply-input]').exists()).toBe(false);
    expect(document.activeElement).toBe(thread().get('[data-test=reply-open]').element);
  });

  it('Ctrl+Alt+S suggests new wording for the selection (walk ui40: 建议修改 had no key); without a selection it says why', async () => {
    const { w, editor, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    const t = bodyTask(editor.nodes);
    editor.select(t.id);
    await settle();
    const key = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    key();
    await settle();
    expect(w.find('[data-test=composer]').exists()).toBe(false);
    expect(useToasts().items.map((x) => x.text).at(-1)).toBe('请先在标题或正文中选中要修改的文字');
    const heading = w.find('[data-test=heading-input]');
    (heading.element as HTMLTextAreaElement).setSelectionRange(0, 2);
    await heading.trigger('select');
    key();
    await settle();
    expect(w.find('[data-test=composer-quote]').text()).toBe(t.heading.slice(0, 2));
    expect(w.find('[data-test=composer-replacement]').exists()).toBe(true);
    expect(review.draft?.kind).toBe('suggestion');
    expect(w.get('[data-test=review-suggest]').attributes('title')).toBe('对所选文字提出修改建议 (Ctrl+Alt+S)');
  });

  it('a heading selection is what Ctrl+Alt+M comments on; clicking a thread selects its node', async () => {
    const { w, editor, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    const t = bodyTask(editor.nodes);
    editor.select(t.id);
    await settle();
    const heading = w.find('[data-test=heading-input]');
    const el = heading.element as HTMLTextAreaElement;
    el.setSelectionRange(0, 2);
    await heading.trigger('select');
    expect(review.selection).toEqual({ nodeId: t.id, field: 'heading', start: 0, end: 2, quote: t.heading.slice(0, 2) });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(w.find('[data-test=composer-quote]').text()).toBe(t.heading.slice(0, 2));
    await w.find('[data-test=composer-body]').setValue('标题宜加“全面”');
    await w.find('[data-test=composer-send]').trigger('click');
    await settle();
    editor.select(editor.nodes[0].id);
    await settle();
    await w.find('[data-test=thread]').trigger('click');
    await settle();
    expect(editor.selectedId).toBe(t.id);
    expect(review.activeId).toBe('a1');
  });

  it('each thread names the round it was made in (第 1 轮 / 第 2 轮); one made outside a round names none (walk ui40)', async () => {
    const { w, b, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    const base = { planId: 'p1', kind: 'comment' as const, author: { name: '李科长', department: '' }, replacement: null, status: 'open' as const, replies: [], createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z', closedBy: null, closedAt: null, origin: null };
    const anchor = { nodeId: 'gone', field: 'body' as const, quote: '已删除的段落', start: 0, prefix: '', suffix: '', path: [] };
    b.anns.push(
      { ...base, id: 'r1', anchor, body: '第一轮的意见', round: 1 },
      { ...base, id: 'r2', anchor, body: '第二轮的意见', round: 2 },
      { ...base, id: 'r0', anchor, body: '轮次之外的意见', round: null },
    );
    await review.refresh();
    review.panelOpen = true;
    await settle();
    const threads = w.findAll('[data-test=thread]');
    const roundOf = (body: string) => threads.find((x) => x.text().includes(body))!.find('[data-test=thread-round]');
    expect(roundOf('第一轮的意见').text()).toBe('第 1 轮');
    expect(roundOf('第二轮的意见').text()).toBe('第 2 轮');
    expect(roundOf('第二轮的意见').attributes('title')).toBe('在第 2 轮审阅中提出');
    expect(roundOf('轮次之外的意见').exists()).toBe(false);
  });

  it('lists orphaned annotations in their own group', async () => {
    const { w, b, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    b.anns.push({
      id: 'x1', planId: 'p1', kind: 'comment', anchor: { nodeId: 'gone', field: 'body', quote: '已删除的段落', start: 0, prefix: '', suffix: '', path: [] },
      author: { name: '李科长', department: '' }, body: '此段是否保留?', replacement: null, status: 'open', round: null, replies: [],
      createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z', closedBy: null, closedAt: null, origin: null,
    });
    await review.refresh();
    review.panelOpen = true;
    await settle();
    const group = w.find('[data-test=orphaned-group]');
    expect(group.exists()).toBe(true);
    expect(group.find('[data-test=thread]').text()).toContain('已删除的段落');
    expect(group.find('[data-test=anchor-state]').text()).toBe('找不到原文');
  });
});

describe('a plan under review opens on the review panel (walk 14)', () => {
  it('审阅中: the 审阅 panel is open and its tab chosen, also when 检查 was remembered open', async () => {
    const d = seedDoc(YANGPU);
    localStorage.setItem('editor.lintOpen', '1');
    const { w } = await mountEditor({ p3: { ...d, meta: { ...d.meta, status: 'review' } } }, 'p3');
    await settle();
    expect(w.find('[data-test=review-panel]').exists()).toBe(true);
    expect(w.find('[data-test=side-tab-review]').attributes('aria-selected')).toBe('true');
    expect(w.find('[data-test=lint-panel]').exists()).toBe(false);
  });

  it('a draft: the review panel stays closed (nothing to review yet)', async () => {
    const { w } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    await settle();
    expect(w.find('[data-test=review-panel]').exists()).toBe(false);
  });
});

describe('the toolbar\'s three look-alikes say what each does (ui38: 审阅模式, 审阅 and 检查 beside a 检查 tab)', () => {
  it('审阅模式 (read-only), 批注 (the comments panel) and 问题 (the linter\'s panel): distinct names, the side tabs named as their buttons, tooltips naming F9 / Shift+F9 / Ctrl+F9, which do what the buttons do', async () => {
    localStorage.setItem('editor.lintOpen', '1');
    const { w, review } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    await settle();
    const text = (sel: string) => w.get(sel).text().replace(/\s*\d+$/, '').trim();
    const names = [text('[data-test=review-mode]'), text('[data-test=toggle-review]'), text('[data-test=toggle-lint]').replace(/\s.*$/, '')];
    // 审阅模式 says its state on it (ui41: a lit 审阅模式 was pressed to "enter" it); its accessible name stays 审阅模式
    expect(names).toEqual(['审阅模式：关', '批注', '问题']);
    expect(w.get('[data-test=review-mode-state]').attributes('aria-hidden')).toBe('true');
    expect(w.get('[data-test=review-mode]').attributes('title')).toMatch(/只读.*\(Ctrl\+F9\)$/);
    expect(w.get('[data-test=toggle-review]').attributes('title')).toMatch(/批注面板.*\(Shift\+F9\)$/);
    expect(w.get('[data-test=toggle-lint]').attributes('title')).toMatch(/问题面板.*\(F9\)$/);
    expect(w.find('[data-test=review-panel]').exists()).toBe(false);
    // Shift+F9 opens the comments panel beside the checks: the two tabs are named as the buttons that open them
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F9', shiftKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(review.panelOpen).toBe(true);
    expect(w.find('[data-test=review-panel]').exists()).toBe(true);
    expect(w.findAll('[data-test=side-column] [role=tab]').map((x) => x.text().replace(/\s*\d+$/, ''))).toEqual(['问题', '批注']);
    // F9 as the 问题 button: first its tab shown, then the panel off (the comments panel stays); Ctrl+F9: review
    // mode on, and off again
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F9', bubbles: true, cancelable: true }));
    await settle();
    expect(w.get('[data-test=side-tab-lint]').attributes('aria-selected')).toBe('true');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F9', bubbles: true, cancelable: true }));
    await settle();
    expect(w.get('[data-test=toggle-lint]').attributes('aria-pressed')).toBe('false');
    expect(review.panelOpen).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F9', ctrlKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(review.reviewMode).toBe(true);
    expect(w.get('[data-test=review-mode]').attributes('aria-pressed')).toBe('true');
    expect(w.get('[data-test=review-mode]').text()).toBe('审阅模式：开');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F9', ctrlKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(review.reviewMode).toBe(false);
  });
});

describe('comments on one entry of a list field', () => {
  it('in review mode (the fields disabled), ✎ on a department chip, an indicator row and a milestone cell opens the composer on that entry; the thread names the field and the entry is marked', async () => {
    const d = seedDoc(YANGPU);
    const { w, editor, review } = await mountEditor({ p3: { ...d, meta: { ...d.meta, status: 'review' } } }, 'p3');
    // 重点任务15 智慧健康: 牵头 区卫生计生委, three indicators of one sentence, milestones 2015 启动 市民电子档案 …
    const t = flat(editor.nodes).find((n) => n.heading === '智慧健康')!;
    expect(t.lead).toEqual(['区卫生计生委']);
    editor.select(t.id);
    await settle();
    expect(w.find('fieldset.structured').attributes('disabled')).toBeDefined();

    const send = async (body: string) => {
      await w.find('[data-test=composer-body]').setValue(body);
      await w.find('[data-test=composer]').trigger('submit');
      await settle();
      return lib.calls.filter((c) => c.method === 'review.add').at(-1)!.input;
    };
    await w.find('[data-test=lead] [data-test=chip-comment]').trigger('click');
    await settle();
    expect(w.find('[data-test=composer-quote]').text()).toBe('区卫生计生委');
    expect((await send('牵头单位应为区卫健委')).anchor).toEqual({ nodeId: t.id, field: 'lead', start: 0, end: 1, quote: '区卫生计生委' });

    await w.findAll('[data-test=indicator-comment]')[1].trigger('click');
    await settle();
    expect((await send('电子病历使用率的口径?')).anchor).toEqual({ nodeId: t.id, field: 'indicators', start: 1, end: 2, quote: '电子病历使用率不低于100%（2017年）' }); // the entry, not the sentence the three share

    await w.findAll('[data-test=milestone-comment]')[0].trigger('click');
    await settle();
    const m0 = t.milestones[0];
    expect((await send('2015年能否启动?')).anchor).toEqual({ nodeId: t.id, field: 'milestones', start: 0, end: 1, quote: `${m0.year}年${m0.stage}：${m0.text}` });

    // the threads say which field; the entries commented on are marked in the form
    const fields = w.findAll('[data-test=thread]').map((x) => x.find('.field').text());
    expect(fields.sort()).toEqual(['年度节点', '指标', '牵头单位'].sort());
    expect(w.find('[data-test=lead] [data-test=chip]').classes()).toContain('rv-marked');
    expect(w.findAll('[data-test=indicator-row]').map((r) => r.classes().includes('rv-marked'))).toEqual([false, true, false]);
    expect(w.findAll('[data-test=milestone-cell]').filter((c) => c.classes().includes('rv-marked')).map((c) => c.attributes('data-index'))).toEqual(['0']);
    // ✎, then 建议修改 in the review panel: a suggestion on that entry, the replacement starting from the entry
    await w.findAll('[data-test=milestone-comment]')[0].trigger('click');
    await settle();
    await w.find('[data-test=review-suggest]').trigger('click');
    await settle();
    expect((w.find('[data-test=composer-replacement]').element as HTMLTextAreaElement).value).toBe(`${m0.year}年${m0.stage}：${m0.text}`);
    expect(review.draft!.anchor.field).toBe('milestones');
  });

  it('with the review panel closed, ✎ opens it with the cursor in the composer (walk 8: it stayed on ✎), as Ctrl+Alt+M does', async () => {
    const d = seedDoc(YANGPU);
    const { w, editor, review } = await mountEditor({ p3: { ...d, meta: { ...d.meta, status: 'review' } } }, 'p3');
    const t = flat(editor.nodes).find((n) => n.heading === '智慧健康')!;
    editor.select(t.id);
    review.panelOpen = false;
    await settle();
    expect(w.find('[data-test=review-panel]').exists()).toBe(false);
    const pen = w.find('[data-test=lead] [data-test=chip-comment]');
    (pen.element as HTMLElement).focus();
    await pen.trigger('click');
    await settle();
    expect(w.find('[data-test=composer-quote]').text()).toBe('区卫生计生委');
    expect(document.activeElement?.getAttribute('data-test')).toBe('composer-body');
    // a suggestion started while the panel is closed: the replacement, selected
    await w.find('[data-test=composer]').find('button[type=button]').trigger('click'); // 取消
    review.panelOpen = false;
    await settle();
    review.selectEntry(t.id, 'indicators', 1);
    review.startDraft('suggestion');
    await settle();
    expect(document.activeElement?.getAttribute('data-test')).toBe('composer-replacement');
  });

  it('when the composer closes (Esc, 取消, 发表) the focus goes back to the ✎ that opened it, not to the page (walk 8)', async () => {
    const d = seedDoc(YANGPU);
    const { w, editor } = await mountEditor({ p3: { ...d, meta: { ...d.meta, status: 'review' } } }, 'p3');
    const t = flat(editor.nodes).find((n) => n.heading === '智慧健康')!;
    editor.select(t.id);
    await settle();
    const pen = () => w.findAll('[data-test=indicator-comment]')[1];
    const open = async () => {
      (pen().element as HTMLElement).focus();
      await pen().trigger('click');
      await settle();
      expect(document.activeElement?.getAttribute('data-test')).toBe('composer-body');
    };
    await open();
    await w.find('[data-test=composer-body]').trigger('keydown', { key: 'Escape' });
    await settle();
    expect(w.find('[data-test=composer]').exists()).toBe(false);
    expect(document.activeElement).toBe(pen().element);
    await open();
    await w.find('[data-test=composer-body]').setValue('口径?');
    await w.find('[data-test=composer]').trigger('submit');
    await settle();
    expect(lib.calls.some((c) => c.method === 'review.add')).toBe(true);
    expect(document.activeElement).toBe(pen().element);
  });
});

describe('a thread on an entry', () => {
  it('names the field and shows an edited entry as 条目已改(过时) (a text anchor edited stays 原文已改)', async () => {
    setActivePinia(createPinia());
    const base: AnnotationView = {
      id: 'e1', planId: 'p1', kind: 'comment', anchor: { nodeId: 'n1', field: 'partners', quote: '区科委', start: 0, prefix: '', suffix: '', path: [] },
      author: ME, body: '请核实', replacement: null, status: 'open', round: null, replies: [],
      createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z', closedBy: null, closedAt: null, origin: null,
      resolved: { state: 'changed', nodeId: 'n1', field: 'partners', start: 0, end: 1, text: '区科经委' },
    };
    const w = mount(ReviewThread, { props: { a: base }, global: { plugins: [makeI18n('zh-CN')] } });
    mounted.push(w);
    expect(w.find('.field').text()).toBe('配合单位');
    expect(w.find('[data-test=anchor-state]').text()).toBe('条目已改(过时)');
    await w.setProps({ a: { ...base, anchor: { ...base.anchor, field: 'body' }, resolved: { ...base.resolved, field: 'body', end: 4 } } });
    expect(w.find('.field').text()).toBe('正文');
    expect(w.find('[data-test=anchor-state]').text()).toBe('原文已改');
  });
});

describe('review mode', () => {
  it('a plan under review opens read-only; comments and suggestions stay allowed, accepting does not', async () => {
    const d = seedDoc(YANGPU);
    const { w, editor, review } = await mountEditor({ p2: { ...d, meta: { ...d.meta, status: 'review' } } }, 'p2');
    const t = bodyTask(editor.nodes);
    editor.select(t.id);
    await settle();
    expect(w.find('[data-test=review-banner]').exists()).toBe(true);
    expect(w.find('[data-test=review-mode]').attributes('aria-pressed')).toBe('true');
    // the round bar shows the open round (no second submit); the node panel shows the selected task
    expect(w.find('[data-test=round-chip]').text()).toBe('第 1 轮 · 审阅中');
    expect(w.find('[data-test=round-submit]').exists()).toBe(false);
    expect((w.find('[data-test=heading-input]').element as HTMLTextAreaElement).value).toBe(t.heading);
    expect(w.find('[data-test=heading-input]').attributes('readonly')).toBeDefined();
    expect(w.find('[data-test=body-stub]').attributes('readonly')).toBeDefined();
    // editing controls are hidden while read-only, not greyed (find stays)
    expect(w.find('[data-test=add-sibling]').exists()).toBe(false);
    expect(w.find('[data-test=undo]').exists()).toBe(false);
    expect(w.find('[data-test=open-find]').exists()).toBe(true);
    expect(w.find('[data-test=outline-row]').attributes('draggable')).toBe('false');
    expect(w.find('fieldset.structured').attributes('disabled')).toBeDefined();

    review.setSelection({ nodeId: t.id, field: 'body', start: 0, end: 4, quote: t.body.slice(0, 4) });
    review.panelOpen = true;
    await settle();
    await w.find('[data-test=review-suggest]').trigger('click');
    expect((w.find('[data-test=composer-replacement]').element as HTMLTextAreaElement).value).toBe(t.body.slice(0, 4));
    await w.find('[data-test=composer-replacement]').setValue('新的表述');
    await w.find('[data-test=composer-send]').trigger('click');
    await settle();
    const thread = w.find('[data-test=thread]');
    expect(thread.find('[data-test=suggestion]').text()).toContain('新的表述');
    expect(thread.find('del').text()).toBe(t.body.slice(0, 4));
    expect(thread.find('[data-test=accept]').attributes('disabled')).toBeDefined();
    expect(thread.find('[data-test=reject]').attributes('disabled')).toBeDefined();
    expect(lib.calls.some((c) => c.method === 'plan.save')).toBe(false);

    await w.find('[data-test=review-mode-exit]').trigger('click');
    expect(w.find('[data-test=review-banner]').exists()).toBe(false);
    expect(w.find('[data-test=heading-input]').attributes('readonly')).toBeUndefined();
    expect(w.find('[data-test=thread] [data-test=accept]').attributes('disabled')).toBeUndefined();
    expect(w.find('[data-test=add-sibling]').exists()).toBe(true);
    expect(w.find('[data-test=undo]').exists()).toBe(true);
  });
});

describe('accepting a suggestion on an indicator tells the planner what changed (rev40b F3)', () => {
  // 重点任务15 智慧健康 of the 杨浦 2015–2017 seed: 市民电子健康档案建档率 / 电子病历使用率 / 医院间资源和信息共享率, each
  // 不低于100% (2017年), read from one sentence
  const EHR_ENTRY = '电子病历使用率不低于100%（2017年）';
  /**
   * The editor on the seed with a suggestion on 电子病历使用率; review.accept as the core does it (applyItemOutcome, the
   * plan's period) and answering what it did to the indicator — or `said`, to show that the thread tells the planner the
   * core's answer and computes none of its own.
   */
  async function suggestOnEhr(replacement: string, said?: (o: IndicatorOutcome) => IndicatorOutcome) {
    const { w, b, editor, review } = await mountEditor({ p5: seedDoc(YANGPU) }, 'p5');
    const node = flat(editor.nodes).find((n) => n.indicators.some((i) => i.name === '电子病历使用率'))!;
    const at = node.indicators.findIndex((i) => i.name === '电子病历使用率');
    expect(indicatorText(node.indicators[at])).toBe(EHR_ENTRY);
    const handlers = b.handlers as FakeHandlers;
    handlers['review.accept'] = (i, plans) => {
      const a = b.anns.find((x) => x.id === i.annotationId)!;
      const p = plans.get(i.planId)!;
      const n = flat(p.nodes).find((x) => x.id === a.anchor.nodeId)!;
      const applied = applyItemOutcome(n, 'indicators', a.anchor.start, a.replacement!, p.meta.period)!;
      Object.assign(n, applied.patch);
      p.revision += 1;
      a.status = 'accepted';
      const indicator = said ? said(applied.indicator!) : applied.indicator!;
      return { revision: p.revision, annotation: { ...a, resolved: { state: 'ok', nodeId: n.id, field: 'indicators', start: a.anchor.start, end: a.anchor.start + 1, text: '' } }, indicator };
    };
    handlers['review.add']!({ planId: 'p5', kind: 'suggestion', anchor: { nodeId: node.id, field: 'indicators', start: at, end: at + 1, quote: EHR_ENTRY }, body: '改目标', replacement }, lib.plans);
    editor.select(node.id);
    review.panelOpen = true;
    await review.refresh();
    await settle();
    return { w, thread: () => w.find('[data-test=thread]') };
  }
  const toastsOf = (kind: string) => useToasts().items.filter((x) => x.kind === kind).map((x) => x.text);

  it('figures re-read from the words (a baseline year before the plan is no second indicator): the before and after in a warning', async () => {
    const { thread } = await suggestOnEhr('电子病历使用率不低于98%（2014年为80%）');
    await thread().find('[data-test=accept]').trigger('click');
    await settle();
    expect(toastsOf('ok')).toContain('已接受建议,指标已修改');
    expect(toastsOf('warning')).toEqual(['已接受建议,指标按新文字改为“电子病历使用率不低于98%（2017年）”(原为“电子病历使用率不低于100%（2017年）”),请在“指标”中核对。']);
  });

  it('words giving another indicator too: it is named as not added', async () => {
    const { thread } = await suggestOnEhr('电子病历使用率不低于98%,门诊预约诊疗率不低于60%');
    await thread().find('[data-test=accept]').trigger('click');
    await settle();
    const [warning] = toastsOf('warning');
    expect(warning).toContain('改为“电子病历使用率不低于98%（2017年）”');
    expect(warning).toContain('新文字中另有指标门诊预约诊疗率不低于60%（2017年）,未作为新指标添加');
  });

  it('the warning is the core\'s answer (review.accept\'s indicator), not a second computation in the editor (ui42)', async () => {
    // the core says the words gave no figure for it (as it would with another period or another node than the
    // editor's): the thread says so, though the words read alone would give 98%
    const { thread } = await suggestOnEhr('电子病历使用率不低于98%', (o) => ({ ...o, after: { ...o.before, text: '电子病历使用率不低于98%' }, how: 'kept', changed: false }));
    await thread().find('[data-test=accept]').trigger('click');
    await settle();
    expect(toastsOf('warning')).toEqual(['已接受建议,但新文字中读不出指标“电子病历使用率”的数值:目标值、单位和年份仍是原来的(100%,2017年),请在“指标”中核对。']);
  });

  it('blank words: shown as (删除), and the toast says the indicator was deleted', async () => {
    const { thread } = await suggestOnEhr(' \u3000 ');
    expect(thread().find('ins.repl').text()).toBe('(删除)');
    await thread().find('[data-test=accept]').trigger('click');
    await settle();
    expect(toastsOf('ok')).toContain('已接受建议,指标已删除');
    expect(toastsOf('ok')).not.toContain('已接受建议,指标已修改');
    expect(toastsOf('warning')).toEqual([]);
  });
});

describe('an account that may not edit the plan (office server)', () => {
  afterEach(() => Object.assign(session, { mode: 'unknown', user: null, needLogin: false }));
  const rights = (edit: boolean) => ({ edit, delete: edit, share: edit, copy: true });

  it('opens it read-only and says once why; the editing controls are hidden, not greyed, and review mode cannot be left', async () => {
    session.mode = 'server';
    session.user = { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区', disabled: false };
    const d = seedDoc(YANGPU);
    const { w, editor } = await mountEditor({ p3: d }, 'p3');
    await settle();
    expect(editor.readOnly).toBe(true);
    expect(w.findAll('[data-test=review-banner]')).toHaveLength(1);
    expect(w.get('[data-test=read-only-reason]').text()).toContain('当前账户是审核角色');
    for (const control of ['review-mode', 'review-mode-exit', 'undo', 'redo', 'add-sibling', 'add-child', 'indent', 'outdent', 'delete']) {
      expect(w.find(`[data-test=${control}]`).exists(), control).toBe(false);
    }
    // reading stays: find in the plan, the review panel
    expect(w.find('[data-test=open-find]').exists()).toBe(true);
    expect(w.find('[data-test=toggle-review]').exists()).toBe(true);
  });

  it('a planner: a reference plan the server says they may not edit is read-only with that reason; their own draft is not', async () => {
    session.mode = 'server';
    session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
    const d = seedDoc(YANGPU);
    const reference = { ...d, meta: { ...d.meta, status: 'reference' }, may: rights(false) } as PlanDoc;
    const { w, editor } = await mountEditor({ ref: reference }, 'ref');
    await settle();
    expect(editor.readOnly).toBe(true);
    expect(w.get('[data-test=read-only-reason]').text()).toContain('这是参考规划');
    expect(w.find('[data-test=undo]').exists()).toBe(false);
    expect(w.find('[data-test=review-mode]').exists()).toBe(false);
    w.unmount();
    mounted.length = 0;
    useEditorStore().unload();

    const draft = { ...d, meta: { ...d.meta, status: 'draft' }, may: rights(true) } as PlanDoc;
    const mine = await mountEditor({ own: draft }, 'own');
    await settle();
    expect(mine.editor.readOnly).toBe(false);
    expect(mine.w.find('[data-test=review-banner]').exists()).toBe(false);
    expect(mine.w.find('[data-test=undo]').exists()).toBe(true);
    expect(mine.w.find('[data-test=add-sibling]').exists()).toBe(true);
  });
});

describe('what each role is offered, and whose plan it is (office server)', () => {
  afterEach(() => Object.assign(session, { mode: 'unknown', user: null, needLogin: false, methods: null }));
  const rights = (edit: boolean) => ({ edit, delete: false, share: false, copy: edit });
  function as(role: 'planner' | 'reviewer' | 'clerk', username: string) {
    session.mode = 'server';
    session.user = { username, displayName: username, role, district: '杨浦区', disabled: false };
    session.methods = roleMethods(role); // as the server sends them with the session
  }
  const key = (k: string, o: KeyboardEventInit = {}) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...o }));
  const toastTexts = () => useToasts().items.map((x) => x.text);

  it('a clerk: comment and suggest greyed with the reason, Ctrl+Alt+M says it and opens no composer, the 审阅 menu greyed; export offered', async () => {
    as('clerk', 'clerk');
    const { w, editor, review } = await mountEditor({ p1: { ...seedDoc(YANGPU), may: rights(false) } as PlanDoc }, 'p1');
    editor.select(bodyTask(editor.nodes).id);
    review.panelOpen = true;
    await settle();
    const reason = '当前账户是文书角色,不能批注或提出修改建议;可以查看批注。';
    for (const b of ['review-comment', 'review-suggest', 'comment-node']) {
      expect(w.get(`[data-test=${b}]`).attributes('disabled'), b).toBeDefined();
      expect(w.get(`[data-test=${b}]`).attributes('title'), b).toBe(reason);
    }
    expect(w.get('[data-test=review-menu]').attributes('disabled')).toBeDefined();
    expect(w.get('[data-test=review-menu]').attributes('title')).toBe(reason);
    key('m', { ctrlKey: true, altKey: true, code: 'KeyM' });
    await settle();
    expect(review.draft).toBeNull();
    expect(w.find('[data-test=composer]').exists()).toBe(false);
    expect(toastTexts()).toContain(reason);
    // even called directly, the store opens no composer
    expect(review.startDraft('comment', { nodeId: editor.selectedId! })).toBe(false);
    // the clerk's work: preview and export
    expect(w.get('[data-test=open-export]').attributes('disabled')).toBeUndefined();
    expect(w.get('[data-test=open-preview]').attributes('disabled')).toBeUndefined();
    expect(lib.calls.some((c) => c.method === 'review.add')).toBe(false);
  });

  it('a reviewer: 预览 and 导出 greyed with the reason, Ctrl+E and Ctrl+P say it instead; comments offered; package import greyed', async () => {
    as('reviewer', 'rev');
    const { w, editor } = await mountEditor({ p1: { ...seedDoc(YANGPU), may: rights(false) } as PlanDoc }, 'p1');
    editor.select(bodyTask(editor.nodes).id);
    await settle();
    const reason = '当前账户是审核角色,不能预览或导出公文;请文书或规划人员导出。';
    for (const b of ['open-export', 'open-preview']) {
      expect(w.get(`[data-test=${b}]`).attributes('disabled'), b).toBeDefined();
      expect(w.get(`[data-test=${b}]`).attributes('title'), b).toBe(reason);
    }
    key('e', { ctrlKey: true });
    await settle();
    expect(toastTexts().filter((x) => x === reason)).toHaveLength(1);
    // said again by Ctrl+P while it is shown: the same toast, not a second one under it (stores/toasts.ts)
    key('p', { ctrlKey: true });
    await settle();
    expect(document.querySelector('[data-test=export-dialog]')).toBeNull();
    expect(toastTexts().filter((x) => x === reason)).toHaveLength(1);
    expect(lib.calls.some((c) => c.method.startsWith('export.'))).toBe(false);
    // comments are the reviewer's work
    expect(w.get('[data-test=comment-node]').attributes('disabled')).toBeUndefined();
    await w.get('[data-test=review-menu]').trigger('click');
    expect(w.get('[data-test=package-export]').attributes('disabled')).toBeUndefined();
    expect(w.get('[data-test=word-import]').attributes('disabled')).toBeUndefined();
    expect(w.get('[data-test=package-import]').attributes('disabled')).toBeDefined();
    expect(w.get('[data-test=package-import]').attributes('title')).toBe('当前账户是审核角色,不能导入审阅包;请规划人员导入。');
  });

  it('a planner reading a plan shared to read: the banner and the header name the owner; a share raised to edit unlocks it, lowered locks it again', async () => {
    as('planner', 'jing');
    const shared = { ...seedDoc(YANGPU), may: rights(false), sharing: { owner: '杨规划', mine: false, sharedToMe: 'read' } } as PlanDoc;
    const { w, editor } = await mountEditor({ p2: shared }, 'p2');
    await settle();
    expect(editor.readOnly).toBe(true);
    expect(w.get('[data-test=read-only-reason]').text()).toBe('只读:这份规划由 杨规划 所有,共享给你只读;可以查看和批注。');
    expect(w.get('[data-test=sharing-badge]').text()).toBe('共享给我 · 只读 · 所有者 杨规划');
    // the owner raises the share (the server's live event 'rights' makes the editor ask plan.get)
    Object.assign(lib.plans.get('p2')!, { may: rights(true), sharing: { owner: '杨规划', mine: false, sharedToMe: 'edit' } });
    expect(await refreshRights('p2')).toBe('edit');
    await settle();
    expect(editor.readOnly).toBe(false);
    expect(w.find('[data-test=review-banner]').exists()).toBe(false);
    expect(w.get('[data-test=sharing-badge]').text()).toBe('共享给我 · 可编辑 · 所有者 杨规划');
    expect(w.find('[data-test=undo]').exists()).toBe(true);
    // nothing changed: nothing to say
    expect(await refreshRights('p2')).toBeNull();
    Object.assign(lib.plans.get('p2')!, { may: rights(false), sharing: { owner: '杨规划', mine: false, sharedToMe: 'read' } });
    expect(await refreshRights('p2')).toBe('read');
    await settle();
    expect(editor.readOnly).toBe(true);
    expect(w.get('[data-test=read-only-reason]').text()).toContain('由 杨规划 所有');
  });

  it("a reviewer on a planner's draft: the role's reason, then whose plan it is", async () => {
    as('reviewer', 'rev');
    const d = { ...seedDoc(YANGPU), may: rights(false), sharing: { owner: '杨规划', mine: false, sharedToMe: null } } as PlanDoc;
    const { w } = await mountEditor({ p4: d }, 'p4');
    await settle();
    expect(w.get('[data-test=read-only-reason]').text()).toBe('只读:当前账户是审核角色,不能修改规划正文;可以选中文字批注(Ctrl+Alt+M)或提出修改建议。这份规划由 杨规划 所有。');
    expect(w.get('[data-test=sharing-badge]').text()).toBe('所有者 杨规划');
  });

  it('the desktop app and browser mode (one user): everything offered, no badge', async () => {
    const { w, editor } = await mountEditor({ p1: seedDoc(YANGPU) }, 'p1');
    editor.select(bodyTask(editor.nodes).id);
    await settle();
    for (const b of ['open-export', 'open-preview', 'comment-node', 'review-menu']) expect(w.get(`[data-test=${b}]`).attributes('disabled'), b).toBeUndefined();
    expect(w.find('[data-test=sharing-badge]').exists()).toBe(false);
  });
});

describe('identity dialog', () => {
  it('saves the name and department with prefs.set and answers the request that opened it', async () => {
    const b = backend({ name: '', department: '' });
    lib = fakeLibrary({}, undefined, b.handlers);
    setApi(lib.client);
    pinia = createPinia();
    setActivePinia(pinia);
    const prefs = usePrefs();
    const asked = prefs.ensureIdentity();
    await settle();
    expect(prefs.dialog?.reason).toBe('comment');
    const w = mount(IdentityDialog, { global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
    mounted.push(w);
    await settle();
    expect(w.text()).toContain('第一次批注前');
    await w.find('form').trigger('submit');
    expect(w.find('[role=alert]').text()).toBe('请填写姓名');
    await w.find('[data-test=identity-name]').setValue('  张三 ');
    await w.find('[data-test=identity-department]').setValue('区科委');
    await w.find('form').trigger('submit');
    await settle();
    expect(await asked).toBe(true);
    expect(lib.calls.find((c) => c.method === 'prefs.set')!.input).toEqual({ identity: { name: '张三', department: '区科委' } });
    expect(prefs.identity).toEqual({ name: '张三', department: '区科委' });
    expect(prefs.dialog).toBeNull();
  });
});

describe('review strings', () => {
  it("every t('review.…') key used by the app exists in Chinese and English, dynamic families included", async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../renderer/src');
    const files = [
      ...readdirSync(join(root, 'review')).map((f) => join(root, 'review', f)),
      ...['editor/NodePanel.vue', 'editor/OutlineTree.vue', 'editor/ChipsInput.vue', 'editor/IndicatorsTable.vue', 'editor/MilestonesGrid.vue', 'views/EditorView.vue', 'App.vue'].map((f) => join(root, f)),
    ];
    const has = (obj: unknown, key: string) => typeof key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj) === 'string';
    const keys = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('(review\.[a-zA-Z.]+)'/g)) keys.add(m[1]);
    for (const k of ['comment', 'suggestion']) keys.add(`review.kind.${k}`);
    for (const s of ['open', 'resolved', 'accepted', 'rejected']) keys.add(`review.status.${s}`);
    for (const s of ['moved', 'changed', 'orphaned', 'outdated']) { keys.add(`review.state.${s}`); keys.add(`review.stateHint.${s}`); }
    for (const f of ['heading', 'body', 'node', 'lead', 'partners', 'indicators', 'milestones']) keys.add(`review.field.${f}`);
    for (const o of ['package', 'docx']) keys.add(`review.origin.${o}`);
    for (const r of ['noIdentity', 'unsaved', 'noSelection', 'selectionChanged', 'notLoaded', 'reviewMode']) keys.add(`review.errors.${r}`);
    expect(keys.size).toBeGreaterThan(60);
    for (const k of keys) {
      expect(has(messages['zh-CN'], k), `zh-CN ${k}`).toBe(true);
      expect(has(messages.en, k), `en ${k}`).toBe(true);
    }
  });
});
