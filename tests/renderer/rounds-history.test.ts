// @vitest-environment happy-dom
/**
 * Review rounds, the review package, the Word comments import and the history panel against a fake core
 * (an in-memory library speaking the API contract): the editor saves pending edits before every change the
 * core makes and reloads after it; refusals leave everything as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import type { ErrorCode } from '../../shared/errors';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { defineComponent, h, nextTick, watch } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import { makeI18n, messages } from '../../renderer/src/i18n';
import roundsZh from '../../renderer/src/i18n/rounds.zh-CN';
import roundsEn from '../../renderer/src/i18n/rounds.en';
import historyZh from '../../renderer/src/i18n/history.zh-CN';
import historyEn from '../../renderer/src/i18n/history.en';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { useToasts } from '../../renderer/src/stores/toasts';
import { useUi } from '../../renderer/src/stores/ui';
import { useRoundsStore } from '../../renderer/src/stores/rounds';
import { useReview } from '../../renderer/src/stores/review';
import { usePrefs } from '../../renderer/src/stores/prefs';
import { nodeState, shortDiff } from '../../renderer/src/stores/history';
import { session } from '../../renderer/src/api/session';
import EditorView from '../../renderer/src/views/EditorView.vue';
import LibraryView from '../../renderer/src/views/LibraryView.vue';
import PackageDialog from '../../renderer/src/review/PackageDialog.vue';
import WordCommentsDialog from '../../renderer/src/review/WordCommentsDialog.vue';
import type { Envelope, MethodName, StoredPlan } from '../../shared/api/contract';
import type { AnnotationView, HistoryEntry, MergeReport, ReviewRound } from '../../shared/review/model';
import type { VersionSummary } from '../../shared/compare/schema';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { seedDoc } from './helpers';

const MonacoStub = defineComponent({
  name: 'MonacoBody',
  props: { modelValue: { type: String, default: '' }, docKey: String, findings: Array, departments: Array, placeholder: String, ariaLabel: String },
  setup(props, { expose }) {
    expose({ focus: () => undefined });
    return () => h('textarea', { 'data-test': 'body-stub', value: props.modelValue });
  },
});

const ME = { name: '王芳', department: '区发展改革委' };

/** A fake core: plans with revisions, rounds, versions, history, and the review package's annotations by id. */
interface FakeCore {
  plans: Map<string, StoredPlan>;
  rounds: ReviewRound[];
  versions: (VersionSummary & { doc: PlanDoc })[];
  history: HistoryEntry[];
  /** Annotation ids already in the library (a package's are merged by id). */
  annotationIds: Set<string>;
  calls: { method: MethodName; input: any }[];
  failSave: ErrorCode | null;
}

let core: FakeCore;
let pinia: Pinia;
const mounted: VueWrapper[] = [];
let downloads: { name: string; type: string; blob: Blob }[];

function nodesOf(p: PlanDoc): PlanNode[] {
  return [...walk(p.nodes)].map((x) => x.node);
}
function setHeading(nodes: PlanNode[], id: string, heading: string): PlanNode[] {
  return nodes.map((n) => (n.id === id ? { ...n, heading } : { ...n, children: setHeading(n.children, id, heading) }));
}

function setup(doc: PlanDoc) {
  const d = structuredClone(doc);
  d.meta.status = 'draft';
  core = { plans: new Map([['p1', { ...d, id: 'p1', revision: 1 }]]), rounds: [], versions: [], history: [], annotationIds: new Set(), calls: [], failSave: null };
  const snapshot = (reason: string, name = ''): VersionSummary => {
    const p = core.plans.get('p1')!;
    const v = { planId: 'p1', versionId: core.versions.length + 7, name, kind: (name ? 'named' : 'auto') as 'named' | 'auto', reason, revision: p.revision, status: p.meta.status, createdAt: new Date(2027, 2, core.versions.length + 1).toISOString(), counts: {} };
    core.versions.unshift({ ...v, doc: structuredClone(p) });
    return v;
  };
  const bump = (p: StoredPlan, patch: Partial<StoredPlan>) => {
    const next = { ...p, ...patch, revision: p.revision + 1 };
    core.plans.set(p.id, next);
    return next;
  };
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      core.calls.push({ method, input: structuredClone(input) });
      const i = input as any;
      const ok = (result: unknown): Envelope<any> => ({ ok: true, result });
      const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): Envelope<any> => ({ ok: false, error: { code, message, details } });
      const p = core.plans.get(i.planId ?? i.id);
      switch (method) {
        case 'plan.get': return p ? ok(structuredClone(p)) : fail('not-found', '找不到计划');
        case 'library.departments': return ok([]);
        case 'library.list': return ok([]);
        case 'plan.save': {
          if (core.failSave) return fail(core.failSave, '磁盘已满,无法保存');
          if (p!.revision !== i.baseRevision) return fail('conflict', '计划已在别处被修改', { revision: p!.revision });
          const next = bump(p!, { ...structuredClone(i.doc), id: p!.id });
          return ok({ revision: next.revision, updatedAt: new Date().toISOString() });
        }
        case 'review.rounds': return ok(core.rounds.filter((r) => r.planId === i.planId));
        case 'review.list': return ok([]);
        case 'review.submit': {
          if (p!.meta.status !== 'draft') return fail('invalid-state', '只有草稿可以提交审阅');
          const v = snapshot('submit');
          bump(p!, { meta: { ...p!.meta, status: 'review' } });
          const r: ReviewRound = { planId: 'p1', round: core.rounds.length + 1, name: `第${core.rounds.length + 1}轮`, versionId: v.versionId, startedAt: new Date().toISOString(), startedBy: ME, closedAt: null };
          core.rounds.push(r);
          return ok(r);
        }
        case 'review.close': {
          const r = core.rounds.find((x) => x.closedAt === null);
          if (!r) return fail('invalid-state', '没有进行中的审阅');
          r.closedAt = new Date().toISOString();
          bump(p!, { meta: { ...p!.meta, status: 'draft' } });
          return ok(r);
        }
        case 'review.exportPackage': {
          const pkg = { format: 'plan-workbench-review/v1', planId: 'p1', revision: p!.revision, annotations: [{ id: 'a1' }, { id: 'a2' }] };
          return ok({ fileName: '静安区规划_审阅包.planreview', dataBase64: btoa(unescape(encodeURIComponent(JSON.stringify(pkg)))), annotations: 2 });
        }
        case 'review.importPackage': {
          const pkg = JSON.parse(decodeURIComponent(escape(atob(i.dataBase64))));
          const ids: string[] = pkg.annotations.map((a: { id: string }) => a.id);
          const added = ids.filter((x) => !core.annotationIds.has(x));
          for (const x of added) core.annotationIds.add(x);
          const r: MergeReport = { planId: pkg.planId, mode: 'merged', added: added.length, updated: 0, unchanged: ids.length - added.length, orphaned: added.includes('a2') ? 1 : 0 };
          return ok(r);
        }
        case 'review.importWord':
          return ok({ planId: i.planId, comments: 3, added: 3, skipped: 0, unmatched: [{ author: '李审核', text: '此处指标口径需说明', quote: '不在计划中的一句话', annotationId: 'w3' }] });
        case 'history.list':
          return ok(core.history.filter((e) => !i.nodeId || e.changes.some((c) => c.nodeId === i.nodeId)));
        case 'history.restoreNode': {
          if (p!.revision !== i.baseRevision) return fail('conflict', '计划已在别处被修改');
          const e = core.history.find((x) => x.seq === i.source.seq)!;
          const c = e.changes.find((x) => x.nodeId === i.nodeId)!;
          const state = (i.source.side === 'before' ? c.before : c.after) as { heading: string };
          const next = bump(p!, { nodes: setHeading(p!.nodes, i.nodeId, state.heading) });
          return ok({ revision: next.revision });
        }
        case 'versions.list': return ok(core.versions.map(({ doc: _d, ...v }) => v));
        case 'audit.list': return ok([
          { seq: 12, at: '2027-03-03T10:00:00Z', user: 'yang', userName: '杨规划', method: 'plan.share', planId: 'p1', result: 'ok', share: { username: 'jing', displayName: '静规划', access: 'none' } },
          { seq: 11, at: '2027-03-03T09:00:00Z', user: 'yang', userName: '杨规划', method: 'plan.share', planId: 'p1', result: 'ok', share: { username: 'jing', displayName: '静规划', access: 'edit' } },
          { seq: 10, at: '2027-03-03T08:00:00Z', user: 'rev', userName: '杨审核', method: 'plan.share', planId: 'p1', result: 'forbidden', share: { username: 'zhao', displayName: null, access: 'read' } },
          { seq: 9, at: '2027-03-02T10:00:00Z', user: 'rev', userName: '杨审核', method: 'plan.save', planId: 'p1', result: 'forbidden' },
          { seq: 8, at: '2027-03-02T09:00:00Z', user: 'yang', userName: '杨规划', method: 'plan.save', planId: 'p1', result: 'conflict' },
          { seq: 7, at: '2027-03-01T09:00:00Z', user: 'clerk', userName: null, method: 'export.someday', planId: 'p1', result: 'ok' },
          { seq: 6, at: '2027-03-01T08:00:00Z', user: 'yang', userName: '杨规划', method: 'plan.save', planId: 'p1', result: 'no-such-code' },
        ]);
        case 'history.restorePlan': {
          if (p!.revision !== i.baseRevision) return fail('conflict', '计划已在别处被修改');
          const v = core.versions.find((x) => x.versionId === i.versionId)!;
          const undo = snapshot('restore');
          const next = bump(p!, { meta: v.doc.meta, nodes: v.doc.nodes });
          return ok({ revision: next.revision, undoVersionId: undo.versionId });
        }
        default: return fail('unsupported', method);
      }
    },
  };
  setApi(new ApiClient(transport));
  pinia = createPinia();
  setActivePinia(pinia);
}

const methods = () => core.calls.map((c) => c.method);
const calls = (m: MethodName) => core.calls.filter((c) => c.method === m);

async function mountEditor(): Promise<{ w: VueWrapper; router: Router; store: ReturnType<typeof useEditorStore> }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'library', component: { render: () => h('div', 'library') } },
      { path: '/plan/:id', name: 'plan', component: EditorView, props: true },
      { path: '/compare', name: 'compare', component: { render: () => h('div', 'compare') } },
    ],
  });
  await router.push('/plan/p1');
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const w = mount(Root, { global: { plugins: [pinia, makeI18n('zh-CN'), router], stubs: { MonacoBody: MonacoStub } }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  await nextTick();
  return { w, router, store: useEditorStore() };
}

/** Answer the confirmation the UI asks (ConfirmDialog lives in App, not mounted here). */
async function answer(ok: boolean) {
  await flushPromises();
  const ui = useUi();
  expect(ui.confirm).not.toBeNull();
  ui.confirm!.resolve(ok);
  await flushPromises();
}

function file(name: string, text: string): File {
  return new File([text], name);
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
  try { useEditorStore().unload(); } catch { /* no pinia */ }
  setApi(null);
  vi.restoreAllMocks();
});

describe('review rounds in the editor toolbar', () => {
  it('提交审阅 saves the pending edit first, then shows round 1 under review; 本轮以来的修改 opens the version comparison', async () => {
    setup(seedDoc());
    const { w, store, router } = await mountEditor();
    expect(w.find('[data-test=round-chip]').exists()).toBe(false);
    expect(w.find('[data-test=round-changes]').exists()).toBe(false);
    const task = nodesOf(store.currentDoc()).find((n) => n.kind === 'task')!;
    store.updateNode(task.id, { heading: `${task.heading}(修订)` });
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    // the edit reached the library before the snapshot was taken
    const m = methods();
    expect(m.indexOf('plan.save')).toBeGreaterThan(-1);
    expect(m.indexOf('plan.save')).toBeLessThan(m.indexOf('review.submit'));
    expect(core.versions[0].doc.nodes.length).toBeGreaterThan(0);
    expect(nodesOf(core.versions[0].doc).find((n) => n.id === task.id)!.heading).toBe(`${task.heading}(修订)`);
    // reloaded: the status and revision are the library's
    expect(store.meta!.status).toBe('review');
    expect(store.revision).toBe(core.plans.get('p1')!.revision);
    expect(store.hasUnsaved).toBe(false);
    expect(w.find('[data-test=round-chip]').text()).toBe('第 1 轮 · 审阅中');
    expect(w.find('[data-test=round-submit]').exists()).toBe(false);
    expect(w.find('[data-test=round-close]').exists()).toBe(true);
    expect(useToasts().items.map((t) => t.text)).toContain('已提交第 1 轮审阅');
    await w.find('[data-test=round-changes]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('compare');
    expect(router.currentRoute.value.query).toEqual({ left: 'p1', v: String(core.rounds[0].versionId) });
  });

  it('提交审阅 shows the 批注 tab: the plan is read-only now and the reviewers\' comments come there, not 问题 (ui42)', async () => {
    localStorage.setItem('editor.lintOpen', '1');
    setup(seedDoc());
    const { w } = await mountEditor();
    // a draft opens on 问题 alone
    expect(w.find('[data-test=lint-panel]').exists()).toBe(true);
    expect(w.find('[data-test=review-panel]').exists()).toBe(false);
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    await nextTick();
    expect(w.find('[data-test=review-panel]').exists()).toBe(true);
    expect(w.get('[data-test=side-tab-review]').attributes('aria-selected')).toBe('true');
    expect(w.find('[data-test=lint-panel]').exists()).toBe(false);
    // 问题 is still one click away, and ending the round leaves the column as the planner set it
    await w.get('[data-test=side-tab-lint]').trigger('click');
    await w.find('[data-test=round-close]').trigger('click');
    await answer(true);
    await nextTick();
    expect(w.get('[data-test=side-tab-lint]').attributes('aria-selected')).toBe('true');
  });

  it('after 提交审阅 the empty 批注 tab tells the planner the reviewers\' comments arrive there; ＋ 批注 is not the primary button (rev41a F10)', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    usePrefs().identity = { ...ME }; // the planner who submits (the round's startedBy)
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    await nextTick();
    expect(w.get('[data-test=review-empty]').text()).toBe('已提交第 1 轮审阅。审阅人的批注和修改建议会出现在这里。');
    expect(w.get('[data-test=review-comment]').classes()).not.toContain('primary');
    // a reviewer (another identity) on the same plan is asked to comment, as before
    usePrefs().identity = { name: '赵审阅', department: '区财政局' };
    await nextTick();
    expect(w.get('[data-test=review-empty]').text()).toBe('还没有批注。选中标题或正文中的文字,按 Ctrl+Alt+M 添加批注。');
    expect(w.get('[data-test=review-comment]').classes()).toContain('primary');
  });

  it('round 2 open: the button names round 1 and compares with it — not with round 2\'s own snapshot, which shows nothing (walk ui40)', async () => {
    setup(seedDoc());
    const { w, store, router } = await mountEditor();
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=round-changes]').text()).toBe('第 1 轮后的修改');
    await w.find('[data-test=round-close]').trigger('click');
    await answer(true);
    // between the rounds: the changes since round 1
    expect(w.find('[data-test=round-changes]').text()).toBe('第 1 轮后的修改');
    const task = nodesOf(store.currentDoc()).find((n) => n.kind === 'task')!;
    store.updateNode(task.id, { heading: `${task.heading}(第二稿)` });
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=round-chip]').text()).toBe('第 2 轮 · 审阅中');
    expect(core.rounds).toHaveLength(2);
    // the reviewer of round 2 wants what changed since round 1, the version read last
    expect(w.find('[data-test=round-changes]').text()).toBe('第 1 轮后的修改');
    expect(w.find('[data-test=round-changes]').attributes('title')).toBe('与第 1 轮提交时的版本比较');
    await w.find('[data-test=round-changes]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ left: 'p1', v: String(core.rounds.find((r) => r.round === 1)!.versionId) });
    expect(core.rounds[0].versionId).not.toBe(core.rounds[1].versionId);
  });

  it('结束审阅 asks, then closes the round and the plan is a draft again (the round stays for comparing)', async () => {
    setup(seedDoc());
    const { w, store } = await mountEditor();
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    await w.find('[data-test=round-close]').trigger('click');
    await answer(false);
    expect(methods()).not.toContain('review.close');
    await w.find('[data-test=round-close]').trigger('click');
    await answer(true);
    expect(calls('review.close')).toHaveLength(1);
    expect(store.meta!.status).toBe('draft');
    expect(w.find('[data-test=round-chip]').exists()).toBe(false);
    expect(w.find('[data-test=round-submit]').exists()).toBe(true);
    expect(w.find('[data-test=round-changes]').exists()).toBe(true);
  });

  it('结束审阅 with annotations still open says how many, and that they stay (walk ui40: the question did not)', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    const review = useReview();
    const open = (id: string, status: 'open' | 'rejected'): AnnotationView => ({
      id, planId: 'p1', kind: 'comment', anchor: { nodeId: 'gone', field: 'body', quote: '已删除的段落', start: 0, prefix: '', suffix: '', path: [] },
      author: { name: '李审阅', department: '' }, body: '意见', replacement: null, status, round: 1, replies: [],
      createdAt: '2025-03-01T02:00:00.000Z', updatedAt: '2025-03-01T02:00:00.000Z', closedBy: null, closedAt: null, origin: null,
      resolved: { state: 'orphaned', nodeId: 'gone', field: 'body', start: 0, end: 0, text: '' },
    }) as AnnotationView;
    review.items = [open('a1', 'open'), open('a2', 'open'), open('a3', 'rejected')];
    await w.find('[data-test=round-close]').trigger('click');
    await flushPromises();
    expect(useUi().confirm!.text).toBe('结束第 1 轮审阅?还有 2 条批注或修改建议未处理(结束后仍保留,可在下一轮继续)。计划状态将回到“草稿”。');
    await answer(false);
    review.items = [open('a3', 'rejected')];
    await w.find('[data-test=round-close]').trigger('click');
    await flushPromises();
    expect(useUi().confirm!.text).toBe('结束第 1 轮审阅?计划状态将回到“草稿”。');
    await answer(true);
    expect(calls('review.close')).toHaveLength(1);
  });

  it('提交审阅 and 结束审阅 leave the focus on the button now in their place, not on the page (walk 12)', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    // the opening asked for the heading's focus (a screen reader is told the plan and the node): done once, not again
    // when the plan is loaded again after 提交审阅 (the node panel mounted anew took it up: the heading got the focus)
    const submit = w.find('[data-test=round-submit]').element as HTMLButtonElement;
    submit.focus();
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    await nextTick();
    expect(submit.isConnected).toBe(false);
    expect(document.activeElement).toBe(w.find('[data-test=round-close]').element);
    await w.find('[data-test=round-close]').trigger('click');
    await answer(true);
    await nextTick();
    expect(w.find('[data-test=round-close]').exists()).toBe(false);
    expect(document.activeElement).toBe(w.find('[data-test=round-submit]').element);
  });

  it('a failing save stops the submission: nothing is submitted and the edit is kept', async () => {
    setup(seedDoc());
    const { w, store } = await mountEditor();
    const task = nodesOf(store.currentDoc()).find((n) => n.kind === 'task')!;
    store.updateNode(task.id, { heading: '未保存的标题' });
    core.failSave = 'disk-full';
    await w.find('[data-test=round-submit]').trigger('click');
    await flushPromises();
    expect(methods()).not.toContain('review.submit');
    expect(store.info.get(task.id)!.node.heading).toBe('未保存的标题');
    expect(store.meta!.status).toBe('draft');
    const err = useToasts().items.find((t) => t.kind === 'error')!;
    expect(err.text).toContain('最新修改尚未保存');
    expect(err.text).toContain('磁盘已满');
  });

  it('导出审阅包 saves first and downloads the .planreview file the core made', async () => {
    setup(seedDoc());
    const { w, store } = await mountEditor();
    const task = nodesOf(store.currentDoc()).find((n) => n.kind === 'task')!;
    store.updateNode(task.id, { heading: '导出前的修改' });
    await w.find('[data-test=review-menu]').trigger('click');
    await w.find('[data-test=package-export]').trigger('click');
    await flushPromises();
    expect(methods().indexOf('plan.save')).toBeLessThan(methods().indexOf('review.exportPackage'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe('静安区规划_审阅包.planreview');
    const pkg = JSON.parse(await downloads[0].blob.text());
    expect(pkg.format).toBe('plan-workbench-review/v1');
    expect(useToasts().items.map((t) => t.text)).toContain('已导出审阅包“静安区规划_审阅包.planreview”(含 2 条批注)');
  });
});

describe('the 审阅包与批注 menu and the focus (walk 14)', () => {
  const menuButton = (w: VueWrapper) => w.get('[data-test=review-menu]').element as HTMLButtonElement;
  async function choose(w: VueWrapper, item: string) {
    menuButton(w).focus();
    await w.get('[data-test=review-menu]').trigger('click');
    const el = w.get(`[data-test=${item}]`).element as HTMLButtonElement;
    el.focus(); // (a click focuses the button too)
    el.click();
    await flushPromises();
  }

  it('导入 Word 批注 and 导入审阅包: closing the dialog gives the focus back to the menu\'s button, not to the page\'s body', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    for (const [item, dialog] of [['word-import', 'word-dialog'], ['package-import', 'package-dialog']] as const) {
      await choose(w, item);
      const d = document.querySelector<HTMLElement>(`[data-test=${dialog}]`)!;
      expect(d).not.toBeNull();
      expect(d.contains(document.activeElement)).toBe(true);
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await flushPromises();
      expect(document.querySelector(`[data-test=${dialog}]`)).toBeNull();
      expect(document.activeElement).toBe(menuButton(w));
    }
  });

  it('导出审阅包: the focus stays on the menu\'s button once the package is downloaded', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    await choose(w, 'package-export');
    expect(downloads).toHaveLength(1);
    expect(document.activeElement).toBe(menuButton(w));
  });
});

describe('review package import', () => {
  async function mountDialog(f: File | null) {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => h('div') } }, { path: '/plan/:id', name: 'plan', component: { render: () => h('div', 'plan') } }] });
    await router.push('/');
    const w = mount(PackageDialog, { props: { file: f }, global: { plugins: [pinia, makeI18n('zh-CN'), router] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    return { w, router };
  }
  const pkgFile = () => file('审阅包.planreview', JSON.stringify({ format: 'plan-workbench-review/v1', planId: 'p1', annotations: [{ id: 'a1' }, { id: 'a2' }] }));

  it('shows the merge report, then nothing new the second time, and opens the plan', async () => {
    setup(seedDoc());
    const heard: string[] = [];
    const stop = watch(() => useReview().changedOutside, (c) => { if (c) heard.push(c.planId); }, { flush: 'sync' });
    try {
      const { w } = await mountDialog(pkgFile());
      expect(w.find('[data-test=package-report]').attributes('data-mode')).toBe('merged');
      expect(w.find('[data-test=package-added]').text()).toBe('2');
      expect(w.find('[data-test=package-unchanged]').text()).toBe('0');
      expect(w.find('[data-test=package-orphaned]').text()).toBe('1');
      expect(w.find('[data-test=package-nothing-new]').exists()).toBe(false);
      const { w: again, router } = await mountDialog(pkgFile());
      expect(again.find('[data-test=package-added]').text()).toBe('0');
      expect(again.find('[data-test=package-unchanged]').text()).toBe('2');
      expect(again.find('[data-test=package-nothing-new]').text()).toBe('没有新的批注:这个审阅包已经导入过。');
      await again.find('[data-test=package-open]').trigger('click');
      await flushPromises();
      expect(router.currentRoute.value.fullPath).toBe('/plan/p1');
      expect(again.emitted('close')).toHaveLength(1);
      expect(heard).toEqual(['p1', 'p1']);
    } finally {
      stop();
    }
  });

  it('refuses a file that is not a review package without calling the core; the picker is offered again', async () => {
    setup(seedDoc());
    const { w } = await mountDialog(file('计划.docx', 'PK'));
    expect(methods()).not.toContain('review.importPackage');
    expect(w.find('[data-test=package-error]').text()).toContain('“计划.docx”不是审阅包');
    expect(w.find('[data-test=package-choose]').exists()).toBe(true);
  });

  it('a .planreview file dropped on the library opens the package dialog, other files the import dialog', async () => {
    setup(seedDoc());
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: LibraryView }, { path: '/plan/:id', name: 'plan', component: { render: () => h('div') } }] });
    await router.push('/');
    await router.isReady();
    const w = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [pinia, makeI18n('zh-CN'), router] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    const drop = async (f: File) => {
      const e = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
      Object.defineProperty(e, 'dataTransfer', { value: { files: [f], types: ['Files'] } });
      w.find('.library').element.dispatchEvent(e);
      await flushPromises();
    };
    await drop(pkgFile());
    expect(w.find('[data-test=package-dialog]').exists()).toBe(true);
    expect(w.find('[data-test=package-added]').text()).toBe('2');
    expect(useUi().importOpen).toBe(false);
    await w.find('[data-test=package-dialog] .x').trigger('click');
    expect(w.find('[data-test=package-dialog]').exists()).toBe(false);
    await drop(file('计划.txt', '关于印发……的通知'));
    expect(useUi().importOpen).toBe(true);
    expect(w.find('[data-test=package-dialog]').exists()).toBe(false);
  });
});

describe('Word comments import', () => {
  it('lists the comments that matched no node with author, text and quote', async () => {
    setup(seedDoc());
    const w = mount(WordCommentsDialog, { props: { planId: 'p1', file: file('审阅意见.docx', 'PK\u0003\u0004') }, global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    const c = calls('review.importWord')[0];
    expect(c.input.planId).toBe('p1');
    expect(c.input.file.fileName).toBe('审阅意见.docx');
    expect(atob(c.input.file.dataBase64)).toBe('PK\u0003\u0004');
    expect(w.find('[data-test=word-summary]').text()).toBe('文件中共有 3 条批注:新增 3 条,已存在而跳过 0 条。');
    const rows = w.findAll('[data-test=word-unmatched-row]');
    expect(rows).toHaveLength(1);
    expect(rows[0].findAll('td').map((td) => td.text())).toEqual(['李审核', '此处指标口径需说明', '不在计划中的一句话']);
    expect(w.text()).toContain('未能对应的批注(1 条)');
  });

  it('refuses a file that is not .docx', async () => {
    setup(seedDoc());
    const w = mount(WordCommentsDialog, { props: { planId: 'p1', file: file('意见.pdf', '%PDF') }, global: { plugins: [pinia, makeI18n('zh-CN')] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    expect(methods()).not.toContain('review.importWord');
    expect(w.find('[data-test=word-error]').text()).toContain('不是 Word 文件');
  });
});

describe('history panel', () => {
  /** Two recorded edits of the first task's heading, by two people. */
  function withHistory(doc: PlanDoc) {
    setup(doc);
    const p = core.plans.get('p1')!;
    const task = nodesOf(p).find((n) => n.kind === 'task')!;
    const h0 = task.heading;
    const change = (before: string, after: string, body?: [string, string]) => ({
      nodeId: task.id, label: `一、${after}`, change: 'changed' as const, fields: body ? ['heading', 'body'] : ['heading'],
      before: { heading: before, body: body?.[0] ?? task.body, parentId: null, index: 0 }, after: { heading: after, body: body?.[1] ?? task.body, parentId: null, index: 0 },
    });
    core.history = [
      { planId: 'p1', seq: 1, at: '2027-03-01T09:00:00Z', actor: { name: '张规划', department: '区规划科' }, kind: 'edit', summary: '修改 1 个节点', revision: 2, changes: [change(h0, `${h0}A`, ['推进建设。', '加快推进建设。'])] },
      { planId: 'p1', seq: 2, at: '2027-03-02T09:00:00Z', actor: { name: '李审核', department: '' }, kind: 'edit', summary: '修改 1 个节点', revision: 3, changes: [change(`${h0}A`, `${h0}B`)] },
    ];
    core.plans.set('p1', { ...p, nodes: setHeading(p.nodes, task.id, `${h0}B`) });
    return { task, h0 };
  }

  it('lists a node\'s changes newest first with who, fields and before → after', async () => {
    const { task, h0 } = withHistory(seedDoc());
    const { w, store } = await mountEditor();
    store.select(task.id);
    await w.find('[data-test=toggle-history]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=history-panel]').exists()).toBe(true);
    expect(w.find('[data-test=lint-panel]').exists()).toBe(false);
    expect(calls('history.list').at(-1)!.input).toEqual({ planId: 'p1', nodeId: task.id, limit: 200 });
    const entries = w.findAll('[data-test=history-entry]');
    expect(entries.map((e) => e.attributes('data-seq'))).toEqual(['2', '1']);
    expect(entries[0].find('[data-test=history-who]').text()).toBe('李审核');
    expect(entries[1].find('[data-test=history-who]').text()).toBe('张规划(区规划科)');
    expect(entries[0].find('[data-test=history-fields]').text()).toBe('修改:标题');
    expect(entries[1].find('[data-test=history-fields]').text()).toBe('修改:标题、正文');
    const d = entries[1].findAll('[data-test=history-diff]');
    expect(d).toHaveLength(2);
    // heading: h0 → h0 + 'A': nothing removed, 'A' added after the heading's last characters
    expect(d[0].find('[data-test=diff-before] del').exists()).toBe(false);
    expect(d[0].find('[data-test=diff-before]').text()).toBe(h0.length > 8 ? `…${h0.slice(-8)}` : h0);
    expect(d[0].find('[data-test=diff-after] ins').text()).toBe('A');
    // body: 推进建设。 → 加快推进建设。: 加快 inserted at the start
    expect(d[1].find('[data-test=diff-after] ins').text()).toBe('加快');
    expect(d[1].find('[data-test=diff-after]').text()).toBe('加快推进建设。');
    expect(d[1].find('[data-test=diff-before]').text()).toBe('推进建设。');
  });

  it('恢复到此修改之前 saves pending work, restores with the saved revision and reloads the editor keeping the selection', async () => {
    const { task, h0 } = withHistory(seedDoc());
    const { w, store } = await mountEditor();
    store.select(task.id);
    await w.find('[data-test=toggle-history]').trigger('click');
    await flushPromises();
    // a pending edit elsewhere in the plan
    const other = nodesOf(store.currentDoc()).filter((n) => n.kind === 'task')[1];
    store.updateNode(other.id, { heading: '另一项任务的新标题' });
    await w.findAll('[data-test=history-entry]')[1].find('[data-test=restore-before]').trigger('click');
    await flushPromises();
    const m = methods();
    expect(m.lastIndexOf('plan.save')).toBeLessThan(m.indexOf('history.restoreNode'));
    const r = calls('history.restoreNode')[0].input;
    expect(r).toEqual({ planId: 'p1', nodeId: task.id, source: { seq: 1, side: 'before' }, baseRevision: 2 });
    // the editor shows the library's plan: the restored heading and the saved edit, the same node selected
    expect(store.info.get(task.id)!.node.heading).toBe(h0);
    expect(store.info.get(other.id)!.node.heading).toBe('另一项任务的新标题');
    expect(store.revision).toBe(3);
    expect(store.selectedId).toBe(task.id);
    expect(store.hasUnsaved).toBe(false);
    expect(useToasts().items.some((t) => t.kind === 'ok' && t.text.startsWith('已恢复'))).toBe(true);
  });

  it('the plan tab lists every entry; the versions tab restores the whole plan after asking, and 撤销 restores the snapshot taken before', async () => {
    const { task, h0 } = withHistory(seedDoc());
    // a version from before the two edits
    const p = core.plans.get('p1')!;
    core.versions = [{ planId: 'p1', versionId: 3, name: '初稿', kind: 'named', reason: 'named', revision: 1, status: 'draft', createdAt: '2027-02-28T09:00:00Z', counts: {}, doc: { ...structuredClone(p), nodes: setHeading(p.nodes, task.id, h0) } }];
    const { w, store } = await mountEditor();
    await w.find('[data-test=toggle-history]').trigger('click');
    await w.find('[data-test=history-tab-plan]').trigger('click');
    await flushPromises();
    expect(calls('history.list').at(-1)!.input).toEqual({ planId: 'p1', limit: 200 });
    expect(w.findAll('[data-test=history-entry]')).toHaveLength(2);
    await w.find('[data-test=history-tab-versions]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=version-label]').text()).toBe('初稿');
    await w.find('[data-test=restore-plan]').trigger('click');
    await answer(false);
    expect(methods()).not.toContain('history.restorePlan');
    await w.find('[data-test=restore-plan]').trigger('click');
    await answer(true);
    expect(calls('history.restorePlan')[0].input).toEqual({ planId: 'p1', versionId: 3, baseRevision: 1 });
    expect(store.info.get(task.id)!.node.heading).toBe(h0);
    const toast = useToasts().items.find((t) => t.action)!;
    expect(toast.text).toBe('已将整个规划恢复到“初稿”');
    expect(toast.action!.label).toBe('撤销');
    const undoVersion = core.versions.find((v) => v.reason === 'restore')!.versionId;
    useToasts().act(toast.id);
    await flushPromises();
    expect(calls('history.restorePlan')[1].input).toEqual({ planId: 'p1', versionId: undoVersion, baseRevision: 2 });
    expect(store.info.get(task.id)!.node.heading).toBe(`${h0}B`);
    expect(useToasts().items.map((t) => t.text)).toContain('已撤销恢复');
  });

  it('closing the panel brings the lint panel back', async () => {
    withHistory(seedDoc());
    const { w } = await mountEditor();
    expect(w.find('[data-test=lint-panel]').exists()).toBe(true);
    await w.find('[data-test=toggle-history]').trigger('click');
    expect(w.find('[data-test=history-panel]').exists()).toBe(true);
    expect(w.find('[data-test=lint-panel]').exists()).toBe(false);
    await w.find('[data-test=toggle-history]').trigger('click');
    expect(w.find('[data-test=history-panel]').exists()).toBe(false);
    expect(w.find('[data-test=lint-panel]').exists()).toBe(true);
  });
});

describe('history panel on the office server', () => {
  afterEach(() => {
    session.mode = 'unknown';
  });

  it('has an 审计 tab only on the server: who did what to this plan, when, and whether it was done', async () => {
    setup(seedDoc());
    const { w } = await mountEditor();
    await w.find('[data-test=toggle-history]').trigger('click');
    await flushPromises();
    expect(w.find('[data-test=history-tab-audit]').exists()).toBe(false); // the desktop and browser mode: no audit log
    session.mode = 'server';
    await flushPromises();
    await w.find('[data-test=history-tab-audit]').trigger('click');
    await flushPromises();
    expect(calls('audit.list').at(-1)!.input).toEqual({ planId: 'p1', limit: 200 });
    const all = w.findAll('[data-test=audit-entry]');
    // a share: with whom and what access, an ended one says so; a refused one what was asked
    expect(all.slice(0, 3).map((r) => r.find('.summary').text())).toEqual([
      '取消共享给“静规划(jing)” · 成功',
      '共享给“静规划(jing)”:可编辑 · 成功',
      '共享给“zhao”:只读 · 未执行:没有权限',
    ]);
    const rows = all.slice(3);
    expect(rows.map((r) => [r.attributes('data-method'), r.attributes('data-result')])).toEqual([['plan.save', 'forbidden'], ['plan.save', 'conflict'], ['export.someday', 'ok'], ['plan.save', 'no-such-code']]);
    // who: the account's name, its login name beside it and as the tooltip; an entry without a name shows the login
    expect(rows[0].get('[data-test=audit-who]').text()).toBe('杨审核');
    expect(rows[0].get('[data-test=audit-who]').attributes('title')).toBe('rev');
    expect(rows[0].get('[data-test=audit-login]').text()).toBe('rev');
    expect(rows[2].get('[data-test=audit-who]').text()).toBe('clerk');
    expect(rows[2].find('[data-test=audit-login]').exists()).toBe(false);
    // why not: the reason in Chinese, the code only as the tooltip
    expect(rows[0].find('.summary').text()).toBe('保存 · 未执行:没有权限');
    expect(rows[0].get('[data-test=audit-result]').attributes('title')).toBe('forbidden');
    expect(rows[1].find('.summary').text()).toBe('保存 · 未执行:他人已先保存,未覆盖(保存冲突)');
    expect(rows[2].find('.summary').text()).toBe('export.someday · 成功'); // a method without a label: as it is
    expect(rows[3].find('.summary').text()).toBe('保存 · 未执行:错误代码 no-such-code'); // a code this version does not know
  });
});

describe('error codes in words', () => {
  it('every code the API can answer has a Chinese (and an English) reason, read through errorCodeText', async () => {
    const { errorCodeText } = await import('../../renderer/src/api/errorText');
    const src = readFileSync(join(__dirname, '../../shared/errors.ts'), 'utf8');
    // the codes as shared/errors.ts lists them (ImportErrorCode and ErrorCode)
    const codes = [...src.slice(src.indexOf('export type ImportErrorCode'), src.indexOf('export interface ErrorShape')).matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(40);
    for (const locale of ['zh-CN', 'en'] as const) {
      const { global } = makeI18n(locale);
      for (const code of codes) {
        const text = errorCodeText(global.t, global.te, code);
        expect(text, `${locale} ${code}`).not.toMatch(/错误代码|error code/);
        if (locale === 'zh-CN') expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

describe('history helpers', () => {
  it('shortDiff keeps the changed middle with a little context', () => {
    expect(shortDiff('abc', 'abc')).toBeNull();
    expect(shortDiff('推进建设。', '加快推进建设。')).toEqual({
      before: { pre: '', mid: '', post: '推进建设' + '。' },
      after: { pre: '', mid: '加快', post: '推进建设' + '。' },
    });
    const before = '到2016年,全区家庭光纤入户率达到90%以上,公共场所无线网络全覆盖。';
    const after = '到2016年,全区家庭光纤入户率达到95%以上,公共场所无线网络全覆盖。';
    // common prefix ends after "达到9", the suffix starts at "%以上": only 0 → 5 differs
    const d = shortDiff(before, after, 4)!;
    expect(d.before).toEqual({ pre: '…率达到9', mid: '0', post: '%以上,…' });
    expect(d.after).toEqual({ pre: '…率达到9', mid: '5', post: '%以上,…' });
  });
  it('nodeState reads a node flat or under `node`', () => {
    expect(nodeState({ heading: 'a', body: 'b', parentId: null })).toEqual({ heading: 'a', body: 'b', number: undefined });
    expect(nodeState({ node: { heading: 'x', number: '1、' }, index: 0 })).toEqual({ heading: 'x', body: undefined, number: '1、' });
    expect(nodeState(null)).toBeNull();
  });
  it('the rounds store knows the open and the latest round', async () => {
    setup(seedDoc());
    core.rounds = [
      { planId: 'p1', round: 2, name: '', versionId: 9, startedAt: '', startedBy: ME, closedAt: null },
      { planId: 'p1', round: 1, name: '', versionId: 7, startedAt: '', startedBy: ME, closedAt: '2027-01-01' },
    ];
    const s = useRoundsStore();
    await s.load('p1');
    expect(s.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(s.open!.round).toBe(2);
    expect(s.latest!.versionId).toBe(9);
  });
});

describe('rounds and history strings', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  it('English has exactly the keys of Chinese', () => {
    expect(keys(roundsEn).sort()).toEqual(keys(roundsZh).sort());
    expect(keys(historyEn).sort()).toEqual(keys(historyZh).sort());
  });
  it("every t('…') key the review files use exists", () => {
    const known = new Set(keys(messages['zh-CN']));
    const root = join(__dirname, '../../renderer/src');
    const files = ['review/RoundBar.vue', 'review/PackageDialog.vue', 'review/WordCommentsDialog.vue', 'review/HistoryPanel.vue', 'views/EditorView.vue', 'views/LibraryView.vue'];
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      for (const m of src.matchAll(/\bt\('((?:rounds|history)\.[a-zA-Z0-9.]+)'/g)) expect(known.has(m[1]), `${f}: ${m[1]}`).toBe(true);
    }
  });
});
