/**
 * The review store against a fake transport: a small in-memory review backend that anchors with the core's own
 * functions (shared/review/anchor.ts: makeAnchor on add, resolveAnchor on list — ok, moved, changed, orphaned) and
 * applies accepted suggestions to the stored plan with a new revision.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '../../renderer/src/api/session';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { setApi } from '../../renderer/src/api/client';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { usePrefs } from '../../renderer/src/stores/prefs';
import { ReviewRefused, useReview } from '../../renderer/src/stores/review';
import { fakeLibrary, flat, seedDoc, type FakeHandlers, type FakeLibrary } from './helpers';
import type { StoredPlan } from '../../shared/api/contract';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';
import type { Annotation, AnnotationView, Person } from '../../shared/review/model';
import { makeAnchor, resolveAnchor, updatedAnchor } from '../../shared/review/anchor';

interface Backend {
  annotations: Annotation[];
  identity: Person;
  handlers: FakeHandlers;
}

function reviewBackend(identity: Person = { name: '', department: '' }): Backend {
  const b: Backend = { annotations: [], identity, handlers: {} };
  let seq = 0;
  const now = () => new Date(Date.UTC(2025, 0, 1, 8, 0, seq++)).toISOString();
  const nodeOf = (p: StoredPlan, id: string) => flat(p.nodes).find((n) => n.id === id);
  /** As the core lists them: resolved now, and an anchor found by search re-recorded at its new place. */
  function view(a: Annotation, plans: Map<string, StoredPlan>): AnnotationView {
    const p = plans.get(a.planId)!;
    const resolved = resolveAnchor(p, a.anchor);
    a.anchor = updatedAnchor(p, a.anchor, resolved);
    return { ...a, resolved };
  }
  const find = (id: string) => {
    const a = b.annotations.find((x) => x.id === id);
    if (!a) throw { code: 'not-found', message: '找不到批注' };
    return a;
  };
  b.handlers = {
    'prefs.get': () => ({ identity: b.identity }),
    'prefs.set': (i) => { b.identity = i.identity; return { identity: b.identity }; },
    'review.list': (i, plans) => b.annotations.filter((a) => a.planId === i.planId).map((a) => view(a, plans)),
    'review.add': (i, plans) => {
      const t = now();
      const a: Annotation = {
        id: `a${b.annotations.length + 1}`, planId: i.planId, kind: i.kind,
        anchor: makeAnchor(plans.get(i.planId)!, i.anchor), // throws not-found / anchor-not-found as the core does
        author: { ...b.identity }, body: i.body, replacement: i.kind === 'suggestion' ? i.replacement ?? '' : null, status: 'open', round: null,
        replies: [], createdAt: t, updatedAt: t, closedBy: null, closedAt: null, origin: null,
      };
      b.annotations.push(a);
      return view(a, plans);
    },
    'review.reply': (i, plans) => {
      const a = find(i.annotationId);
      a.replies.push({ id: `r${a.replies.length + 1}`, author: { ...b.identity }, body: i.body, createdAt: now() });
      return view(a, plans);
    },
    'review.edit': (i, plans) => {
      const a = find(i.annotationId);
      a.body = i.body;
      if (i.replacement !== undefined) a.replacement = i.replacement;
      return view(a, plans);
    },
    'review.setStatus': (i, plans) => {
      const a = find(i.annotationId);
      a.status = i.status;
      a.closedBy = i.status === 'open' ? null : { ...b.identity };
      a.closedAt = i.status === 'open' ? null : now();
      return view(a, plans);
    },
    'review.delete': (i) => {
      b.annotations = b.annotations.filter((a) => a.id !== i.annotationId);
      return { ok: true };
    },
    'review.accept': (i, plans) => {
      const p = plans.get(i.planId)!;
      if (p.revision !== i.baseRevision) throw { code: 'conflict', message: '计划已在别处被修改', details: { revision: p.revision } };
      const a = find(i.annotationId);
      const r = resolveAnchor(p, a.anchor);
      if (a.kind !== 'suggestion' || r.state === 'orphaned' || r.state === 'changed' || r.field === 'node') {
        throw { code: 'anchor-changed', message: '建议修改的原文已被改动,无法直接采纳,请手工修改' };
      }
      const next = structuredClone(p);
      const n = nodeOf(next, r.nodeId)!;
      const field = r.field as 'heading' | 'body';
      n[field] = n[field].slice(0, r.start) + a.replacement! + n[field].slice(r.end);
      next.revision = p.revision + 1;
      plans.set(i.planId, next);
      a.status = 'accepted';
      a.closedBy = { ...b.identity };
      a.anchor = makeAnchor(next, { nodeId: r.nodeId, field, start: r.start, end: r.start + a.replacement!.length, quote: a.replacement! });
      return { revision: next.revision, annotation: view(a, plans) };
    },
  };
  return b;
}

/** 杨浦 2015–2017: tasks with body text. */
const YANGPU = '002_72028bf86ba9aa86.txt';

let lib: FakeLibrary;
let backend: Backend;
let doc: PlanDoc;

const ME: Person = { name: '王审阅', department: '区发展改革委' };
const OTHER: Person = { name: '李科长', department: '区科委' };

function setup(identity: Person = ME, docs?: Record<string, PlanDoc>) {
  setActivePinia(createPinia());
  doc = seedDoc(YANGPU);
  backend = reviewBackend(identity);
  lib = fakeLibrary(docs ?? { p1: doc }, undefined, backend.handlers);
  setApi(lib.client);
}

afterEach(() => {
  useEditorStore().unload();
  setApi(null);
});

/** Flush the watchers and the fake transport's promises. */
async function settle() {
  for (let i = 0; i < 6; i++) {
    await nextTick();
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function open(id = 'p1') {
  const editor = useEditorStore();
  const review = useReview();
  expect(await editor.load(id)).toBe(true);
  await settle();
  return { editor, review };
}

/** A task with a body long enough to quote from. */
function bodyTask(editor: ReturnType<typeof useEditorStore>, i = 0): PlanNode {
  return flat(editor.nodes).filter((n) => n.kind === 'task' && n.body.length >= 30)[i];
}

/** Seed annotations directly in the backend (as another reviewer would have). */
function seedAnnotation(planId: string, node: PlanNode, start: number, len: number, author: Person, extra: Partial<Annotation> = {}): Annotation {
  const a: Annotation = {
    id: `s${backend.annotations.length + 1}`, planId, kind: 'comment',
    anchor: { nodeId: node.id, field: 'body', quote: node.body.slice(start, start + len), start, prefix: '', suffix: '', path: [] },
    author, body: '请核实', replacement: null, status: 'open', round: null, replies: [],
    createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', closedBy: null, closedAt: null, origin: null,
    ...extra,
  };
  backend.annotations.push(a);
  return a;
}

describe('review store: loading, counts and filters', () => {
  beforeEach(() => setup());

  it('loads the annotations of the plan the editor opens, counts open ones per node and keeps orphaned ones apart', async () => {
    const plan = seedDoc(YANGPU);
    const tasks = flat(plan.nodes).filter((n) => n.kind === 'task' && n.body.length >= 30);
    const [t1, t2] = tasks;
    seedAnnotation('p1', t1, 0, 6, OTHER);
    seedAnnotation('p1', t1, 10, 4, ME);
    seedAnnotation('p1', t2, 2, 5, OTHER, { status: 'resolved' });
    // its quote is in no node: orphaned
    seedAnnotation('p1', t2, 0, 4, OTHER, { anchor: { nodeId: 'gone', field: 'body', quote: '此段文字已删除', start: 3, prefix: '', suffix: '', path: [] } });
    const { review } = await open();

    expect(review.items).toHaveLength(4);
    expect(review.openCountByNode.get(t1.id)).toBe(2);
    expect(review.openCountByNode.get(t2.id)).toBeUndefined(); // its only annotation is resolved
    expect(review.openCount).toBe(3);
    // default filter: open ones; the orphaned one is listed, in its own group
    expect(review.anchored.map((a) => a.id)).toEqual(['s1', 's2']);
    expect(review.orphaned.map((a) => a.id)).toEqual(['s4']);
    review.filters.status = 'all';
    expect(review.anchored.map((a) => a.id)).toEqual(['s1', 's2', 's3']);
  });

  it('lists a node\'s threads in reading order: whole node, heading, body by position, whatever order they were made in (walk 5)', async () => {
    const plan = seedDoc(YANGPU);
    const t1 = flat(plan.nodes).filter((n) => n.kind === 'task' && n.body.length >= 30)[0];
    seedAnnotation('p1', t1, 10, 4, OTHER); // s1: body, later in the text
    seedAnnotation('p1', t1, 0, 4, OTHER); // s2: body, first in the text
    seedAnnotation('p1', t1, 0, 2, OTHER, { anchor: { nodeId: t1.id, field: 'heading', quote: t1.heading.slice(0, 2), start: 0, prefix: '', suffix: '', path: [] } }); // s3
    seedAnnotation('p1', t1, 0, 0, OTHER, { anchor: { nodeId: t1.id, field: 'node', quote: '', start: 0, prefix: '', suffix: '', path: [] } }); // s4
    const { review } = await open();
    expect(review.anchored.map((a) => `${a.id}:${a.resolved.field}`)).toEqual(['s4:node', 's3:heading', 's2:body', 's1:body']);
  });

  it('filters by mine, by reviewer and by part (the top-level ancestor of the anchor)', async () => {
    const plan = seedDoc(YANGPU);
    const parts = plan.nodes;
    const taskIn = (p: PlanNode) => flat(p.children).find((n) => n.kind === 'task' && n.body.length >= 30)!;
    const partA = parts.find((p) => taskIn(p))!;
    const partB = parts.find((p) => p !== partA && taskIn(p))!;
    seedAnnotation('p1', taskIn(partA), 0, 4, ME);
    seedAnnotation('p1', taskIn(partB), 0, 4, OTHER);
    seedAnnotation('p1', taskIn(partB), 5, 4, ME);
    const { review } = await open();
    await usePrefs().load();

    review.filters.mine = true;
    expect(review.filtered.map((a) => a.id)).toEqual(['s1', 's3']);
    review.filters.mine = false;
    review.filters.reviewer = OTHER.name;
    expect(review.filtered.map((a) => a.id)).toEqual(['s2']);
    review.filters.reviewer = null;
    review.filters.part = partB.id;
    expect(review.filtered.map((a) => a.id)).toEqual(['s2', 's3']);
    expect(review.partOf(review.items[0])).toBe(partA.id);
    expect(review.reviewers).toEqual([...new Set([ME.name, OTHER.name])].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});

describe('review store: adding', () => {
  it('saves the pending edit before adding, so the quote is checked against the text on screen', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    // the planner types at the start of the body; the autosave has not run yet
    editor.updateNode(t.id, { body: '新增一句。' + t.body });
    expect(editor.saveState).toBe('unsaved');
    const body = editor.info.get(t.id)!.node.body;
    review.setSelection({ nodeId: t.id, field: 'body', start: 5, end: 12, quote: body.slice(5, 12) });
    expect(review.startDraft('comment')).toBe(true);
    expect(review.panelOpen).toBe(true);
    review.draft!.body = '这句话的依据是什么?';
    const a = await review.submitDraft();

    const methods = lib.calls.map((c) => c.method);
    expect(methods.indexOf('plan.save')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('plan.save')).toBeLessThan(methods.indexOf('review.add'));
    expect(lib.plans.get('p1')!.nodes).toEqual(editor.nodes); // stored = shown
    expect(a.anchor).toMatchObject({ nodeId: t.id, field: 'body', start: 5, quote: t.body.slice(0, 7) });
    expect(a.author).toEqual(ME);
    expect(review.items.map((x) => x.id)).toContain(a.id);
    expect(review.activeId).toBe(a.id);
    expect(review.draft).toBeNull();
    expect(review.openCountByNode.get(t.id)).toBe(1);
  });

  it('asks for the reviewer identity before the first comment (the core\'s 未署名 counts as none)', async () => {
    setup({ name: '未署名', department: '' });
    const { editor, review } = await open();
    const prefs = usePrefs();
    const t = bodyTask(editor);
    const pending = review.add('comment', { nodeId: t.id, field: 'node', start: 0, end: 0, quote: '' }, '整体结构请再斟酌');
    await settle();
    expect(prefs.dialog?.reason).toBe('comment');
    await prefs.save({ name: ' 赵审核 ', department: '区府办' });
    prefs.dialog!.resolve(true);
    const a = await pending;
    expect(a.author).toEqual({ name: '赵审核', department: '区府办' });
    expect(backend.identity.name).toBe('赵审核');
  });

  it('does not post when the identity dialog is cancelled', async () => {
    setup({ name: '', department: '' });
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const pending = review.add('comment', { nodeId: t.id, field: 'node', start: 0, end: 0, quote: '' }, '意见');
    await settle();
    usePrefs().dialog!.resolve(false);
    await expect(pending).rejects.toEqual(new ReviewRefused('noIdentity'));
    expect(lib.calls.some((c) => c.method === 'review.add')).toBe(false);
    expect(review.items).toHaveLength(0);
  });

  it('re-finds a selection the planner typed before while the composer was open', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const quote = t.body.slice(8, 16);
    review.setSelection({ nodeId: t.id, field: 'body', start: 8, end: 16, quote });
    review.startDraft('suggestion');
    expect(review.draft!.replacement).toBe(quote); // a suggestion starts from the quoted text
    editor.updateNode(t.id, { body: '补充:' + t.body });
    review.draft!.replacement = '改写后的文字';
    const a = await review.submitDraft();
    expect(a.kind).toBe('suggestion');
    expect(a.anchor.start).toBe(11);
    expect(a.anchor.quote).toBe(quote);
    expect(a.replacement).toBe('改写后的文字');
  });

  it('without a selection a comment goes on the whole node, and a suggestion is refused', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    editor.select(t.id);
    expect(review.startDraft('suggestion')).toBe(false);
    expect(review.startDraft('comment')).toBe(true);
    expect(review.draft!.anchor).toEqual({ nodeId: t.id, field: 'node', start: 0, end: 0, quote: '' });
  });

  it('forgets a selection when another node is selected', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    editor.select(t.id);
    review.setSelection({ nodeId: t.id, field: 'heading', start: 0, end: 2, quote: t.heading.slice(0, 2) });
    review.clearSelection(t.id, 'body'); // another field: kept
    expect(review.selection).not.toBeNull();
    editor.select(bodyTask(editor, 1).id);
    await nextTick();
    expect(review.selection).toBeNull();
  });
});

describe('review store: threads', () => {
  it('replies, resolves, reopens, edits and deletes', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const a = await review.add('comment', { nodeId: t.id, field: 'body', start: 0, end: 4, quote: t.body.slice(0, 4) }, '请补充数据');
    let v = await review.reply(a.id, '  已补充  ');
    expect(v.replies.map((r) => r.body)).toEqual(['已补充']);
    v = await review.setStatus(a.id, 'resolved');
    expect(v.status).toBe('resolved');
    expect(review.openCountByNode.get(t.id)).toBeUndefined();
    expect(review.anchored).toHaveLength(0); // filter: open
    review.filters.status = 'all';
    expect(review.anchored.map((x) => x.status)).toEqual(['resolved']);
    await review.setStatus(a.id, 'open');
    await review.edit(a.id, '请补充 2024 年数据');
    expect(review.items[0].body).toBe('请补充 2024 年数据');
    await review.remove(a.id);
    expect(review.items).toHaveLength(0);
  });

  it('re-anchors after each save: the list is fetched again when the revision changes', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const quote = t.body.slice(10, 16);
    const a = await review.add('comment', { nodeId: t.id, field: 'body', start: 10, end: 16, quote }, '意见');
    expect(review.items[0].resolved.state).toBe('ok');
    editor.updateNode(t.id, { body: '前言。' + t.body });
    await editor.flush();
    await settle();
    const v = review.items.find((x) => x.id === a.id)!;
    expect(v.resolved).toMatchObject({ state: 'moved', start: 13, end: 19, text: quote });
    // the text is deleted: orphaned, still listed
    editor.updateNode(t.id, { body: '全部重写。' });
    await editor.flush();
    await settle();
    expect(review.orphaned.map((x) => x.id)).toEqual([a.id]);
    expect(review.openCountByNode.get(t.id)).toBeUndefined();
  });

  it('an entry of a list field: selected, moved by the planner while the composer is open, sent at its new index; renamed later it is outdated (changed), deleted it is kept as orphaned', async () => {
    setup();
    const { editor, review } = await open();
    // 重点任务15 智慧健康 (seed line: 责任单位:区卫生计生委)
    const t = flat(editor.nodes).find((n) => n.heading === '智慧健康')!;
    expect(review.selectEntry(t.id, 'lead', 0)).toBe(true);
    expect(review.selectEntry(t.id, 'lead', 5)).toBe(false);
    expect(review.selection).toEqual({ nodeId: t.id, field: 'lead', start: 0, end: 1, quote: '区卫生计生委' });
    expect(review.startDraft('comment')).toBe(true);
    editor.updateNode(t.id, { lead: ['区民政局', '区卫生计生委'] });
    review.draft!.body = '牵头单位请核实';
    const a = await review.submitDraft();
    expect(a.anchor).toMatchObject({ field: 'lead', start: 1, quote: '区卫生计生委' });
    expect(review.entriesMarked(t.id, 'lead')).toEqual([1]);
    editor.updateNode(t.id, { lead: ['区民政局', '区卫生健康委'] });
    await editor.flush();
    await settle();
    expect(review.items[0].resolved).toMatchObject({ state: 'changed', field: 'lead', start: 1, text: '区卫生健康委' });
    editor.updateNode(t.id, { lead: ['区民政局'] });
    await editor.flush();
    await settle();
    expect(review.orphaned.map((x) => x.id)).toEqual([a.id]);
    expect(review.entriesMarked(t.id, 'lead')).toEqual([]);
  });

  it('focusing a thread selects its node and asks the panel to reveal the range', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor, 2);
    const a = await review.add('comment', { nodeId: t.id, field: 'body', start: 3, end: 9, quote: t.body.slice(3, 9) }, '意见');
    editor.select(editor.nodes[0].id);
    review.focusThread(a.id);
    expect(editor.selectedId).toBe(t.id);
    expect(review.activeId).toBe(a.id);
    expect(review.revealRequest?.id).toBe(a.id);
    expect(review.rangesOf(t.id, 'body').map((x) => [x.resolved.start, x.resolved.end])).toEqual([[3, 9]]);
  });
});

describe('review store: accepting suggestions', () => {
  it('saves pending work, accepts, and reloads the plan with the new text and revision', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const other = bodyTask(editor, 1);
    const quote = t.body.slice(0, 6);
    const s = await review.add('suggestion', { nodeId: t.id, field: 'body', start: 0, end: 6, quote }, '表述更准确', '【建议文字】');
    // unsaved work elsewhere in the plan
    editor.updateNode(other.id, { heading: other.heading + '(修订)' });
    expect(editor.saveState).toBe('unsaved');
    editor.select(t.id);
    const revBefore = lib.plans.get('p1')!.revision;

    const v = await review.accept(s.id);
    expect(v.annotation.status).toBe('accepted');
    expect(v.indicator).toBeNull(); // (the body: no indicator)
    const saveIdx = lib.calls.map((c) => c.method).lastIndexOf('plan.save');
    const acceptCall = lib.calls.findIndex((c) => c.method === 'review.accept');
    expect(saveIdx).toBeLessThan(acceptCall);
    expect(lib.calls[acceptCall].input.baseRevision).toBe(revBefore + 1); // the revision after the flush
    expect(editor.revision).toBe(revBefore + 2);
    expect(editor.info.get(t.id)!.node.body).toBe('【建议文字】' + t.body.slice(6));
    expect(editor.info.get(other.id)!.node.heading).toBe(other.heading + '(修订)'); // not lost
    expect(editor.saveState).toBe('saved');
    expect(editor.selectedId).toBe(t.id);
    expect(review.openCountByNode.get(t.id)).toBeUndefined();
  });

  it('keeps what the planner types while the accept is on its way (no reload over it; its save meets the new revision)', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const other = bodyTask(editor, 1);
    const s = await review.add('suggestion', { nodeId: t.id, field: 'body', start: 0, end: 4, quote: t.body.slice(0, 4) }, '', '【新提法】');
    await editor.flush();
    // the planner types in another task's 标题 after 接受 is clicked, before the core answers
    const accept = backend.handlers['review.accept']!;
    backend.handlers['review.accept'] = (i, plans) => {
      editor.updateNode(other.id, { heading: other.heading + '（青川区补充）' });
      return accept(i, plans);
    };
    const v = await review.accept(s.id);
    expect(v.annotation.status).toBe('accepted');
    expect(flat(lib.plans.get('p1')!.nodes).find((n) => n.id === t.id)!.body).toBe('【新提法】' + t.body.slice(4)); // stored
    // the typed words are still in the editor and still to be saved, not replaced by the reloaded plan
    expect(editor.info.get(other.id)!.node.heading).toBe(other.heading + '（青川区补充）');
    expect(editor.hasUnsaved).toBe(true);
    await editor.flush();
    await settle();
    // their save met the accept's revision, the app's own change: merged by itself (another node), no conflict shown
    expect(editor.saveState).toBe('saved');
    expect(editor.mergeOpen).toBe(false);
    expect(editor.conflictOwn).toBe(false);
    const stored = flat(lib.plans.get('p1')!.nodes);
    expect(stored.find((n) => n.id === t.id)!.body).toBe('【新提法】' + t.body.slice(4));
    expect(stored.find((n) => n.id === other.id)!.heading).toBe(other.heading + '（青川区补充）');
    expect(editor.info.get(t.id)!.node.body).toBe('【新提法】' + t.body.slice(4));
    expect(editor.revision).toBe(lib.plans.get('p1')!.revision);
  });

  it('typing in the field the accept changes leaves a conflict known as the app\'s own (not another window\'s); another field of that node merges', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const s = await review.add('suggestion', { nodeId: t.id, field: 'body', start: 0, end: 4, quote: t.body.slice(0, 4) }, '', '【新提法】');
    await editor.flush();
    const accept = backend.handlers['review.accept']!;
    backend.handlers['review.accept'] = (i, plans) => {
      editor.updateNode(t.id, { heading: t.heading + '（南屿县）' });
      return accept(i, plans);
    };
    await review.accept(s.id);
    await editor.flush();
    await settle();
    // its 标题 typed, its 正文 accepted: merged field by field
    expect(editor.saveState).toBe('saved');
    const n = flat(lib.plans.get('p1')!.nodes).find((x) => x.id === t.id)!;
    expect([n.heading, n.body]).toEqual([t.heading + '（南屿县）', '【新提法】' + t.body.slice(4)]);
    // now typing in the 正文 while a second accept changes it
    const body = editor.info.get(t.id)!.node.body;
    const s2 = await review.add('suggestion', { nodeId: t.id, field: 'body', start: 0, end: 5, quote: body.slice(0, 5) }, '', '【再改】');
    backend.handlers['review.accept'] = (i, plans) => {
      editor.updateNode(t.id, { body: body + '（南屿县）' });
      return accept(i, plans);
    };
    await review.accept(s2.id);
    await editor.flush();
    await settle();
    expect(editor.saveState).toBe('conflict');
    expect(editor.conflictOwn).toBe(true);
    expect(editor.conflictBy).toBeNull();
    expect(editor.autoMerging).toBe(false);
    expect(editor.mergeSession?.result.conflicts.map((c) => [c.id, c.fields])).toEqual([[t.id, ['body']]]);
    expect(editor.info.get(t.id)!.node.body).toBe(body + '（南屿县）'); // kept
    // a conflict with someone else's save afterwards is not taken for the app's own
    editor.unload();
    await open();
    lib.plans.get('p1')!.revision += 1;
    editor.updateNode(t.id, { heading: '别处' });
    await editor.flush();
    await settle();
    expect(editor.saveState).toBe('conflict');
    expect(editor.conflictOwn).toBe(false);
  });

  it('is refused in review mode (the author accepts in edit mode)', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    const s = await review.add('suggestion', { nodeId: t.id, field: 'body', start: 0, end: 3, quote: t.body.slice(0, 3) }, '', '改');
    review.reviewMode = true;
    await expect(review.accept(s.id)).rejects.toEqual(new ReviewRefused('reviewMode'));
    expect(lib.calls.some((c) => c.method === 'review.accept')).toBe(false);
  });
});

describe('review mode', () => {
  it('opens plans under review read-only: edits, structure changes, undo and fixes refused; comments allowed', async () => {
    const d = seedDoc(YANGPU);
    setup(ME, { p1: d, p2: { ...d, meta: { ...d.meta, status: 'review' } } });
    const { editor, review } = await open('p2');
    expect(review.reviewMode).toBe(true);
    expect(editor.readOnly).toBe(true);
    const t = bodyTask(editor);
    const before = editor.nodes;
    editor.updateNode(t.id, { heading: '改标题' });
    expect(editor.addSibling()).toBeNull();
    expect(editor.remove(t.id)).toBe(false);
    expect(editor.applyAllFixes()).toBe(0);
    expect(editor.nodes).toBe(before);
    expect(editor.saveState).toBe('saved');
    expect(editor.canUndo).toBe(false);
    const a = await review.add('comment', { nodeId: t.id, field: 'heading', start: 0, end: 2, quote: t.heading.slice(0, 2) }, '标题可再精炼');
    expect(a.anchor.field).toBe('heading');
    // a draft opens in edit mode
    await editor.load('p1');
    await settle();
    expect(review.reviewMode).toBe(false);
    expect(review.items).toHaveLength(0);
  });

  it('on the office server a reviewer (or clerk) opens every plan in review mode; a planner opens drafts for editing', async () => {
    setup();
    session.mode = 'server';
    try {
      session.user = { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区', disabled: false };
      const { editor, review } = await open();
      expect(editor.meta?.status).toBe('draft');
      expect(review.reviewMode).toBe(true);
      expect(editor.readOnly).toBe(true);
      editor.unload();
      await settle();
      session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
      const again = await open();
      expect(again.review.reviewMode).toBe(false);
    } finally {
      session.mode = 'unknown';
      session.user = null;
    }
  });

  it('switching review mode off allows editing again, with the undo history kept', async () => {
    setup();
    const { editor, review } = await open();
    const t = bodyTask(editor);
    editor.updateNode(t.id, { heading: '甲' });
    review.reviewMode = true;
    expect(editor.canUndo).toBe(false);
    expect(editor.undo()).toBe(false);
    review.reviewMode = false;
    expect(editor.canUndo).toBe(true);
    expect(editor.undo()).toBe(true);
    expect(editor.info.get(t.id)!.node.heading).toBe(t.heading);
  });
});
