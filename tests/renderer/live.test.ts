// @vitest-environment happy-dom
/**
 * Live review in the page (renderer/src/review/live.ts): the plan's event stream with a fake EventSource (no polling
 * while it is open, polling while it is down or refused, the stream tried again later, one catch-up poll when it is
 * back, the server's `end` obeyed), and what a change does to the open editor's stores (applyPlanEvent).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { setApi } from '../../renderer/src/api/client';
import { applyPlanEvent, changedByColleague, startLive } from '../../renderer/src/review/live';
import { useEditorStore } from '../../renderer/src/stores/editor';
import { useReview } from '../../renderer/src/stores/review';
import { useRoundsStore } from '../../renderer/src/stores/rounds';
import type { PlanEvent } from '../../shared/api/live';
import { FakeSource, fakeLibrary, flat, seedDoc } from './helpers';

const last = () => FakeSource.all[FakeSource.all.length - 1];

function start(extra: { EventSource?: null } = {}) {
  const changes: PlanEvent[] = [];
  const poll = vi.fn();
  const sessionEnd = vi.fn();
  const h = startLive({ planId: 'p 1', pollMs: 5000, retryMs: 60_000, onChange: (e) => changes.push(e), poll, onSessionEnd: sessionEnd, EventSource: FakeSource as never, ...extra });
  return { h, poll, changes, sessionEnd };
}

afterEach(() => {
  vi.useRealTimers();
  FakeSource.all = [];
});

describe('the event stream', () => {
  it('listens to the plan’s events; nothing is polled while the stream is open; another plan’s event is ignored', () => {
    vi.useFakeTimers();
    const { h, poll, changes } = start();
    expect(FakeSource.all).toHaveLength(1);
    expect(last().url).toBe('/api/events?planId=p%201');
    last().open();
    expect(h.mode).toBe('stream');
    vi.advanceTimersByTime(60_000);
    expect(poll).not.toHaveBeenCalled();
    const e: PlanEvent = { planId: 'p 1', method: 'review.add', changes: ['annotations'] };
    last().send('change', e);
    last().send('change', { ...e, planId: 'other' });
    expect(changes).toEqual([e]);
    h.stop();
    expect(last().closed).toBe(true);
  });

  it('refused (or unreachable): polls every 5 s, tries the stream again after a minute, stops polling once it is back and catches up once', () => {
    vi.useFakeTimers();
    const { h, poll } = start();
    last().refuse();
    expect(h.mode).toBe('poll');
    vi.advanceTimersByTime(15_000);
    expect(poll).toHaveBeenCalledTimes(3);
    expect(FakeSource.all).toHaveLength(1);
    vi.advanceTimersByTime(45_000); // a minute after the refusal: a new try
    expect(FakeSource.all).toHaveLength(2);
    expect(FakeSource.all[0].closed).toBe(true);
    poll.mockClear();
    last().open(); // a first open catches nothing up; the poll before it ran already
    expect(poll).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(30_000);
    expect(poll).toHaveBeenCalledTimes(0);
    h.stop();
  });

  it('a dropped connection: polls while the browser reconnects, one catch-up poll when it is open again, then no polling', () => {
    vi.useFakeTimers();
    const { h, poll } = start();
    last().open();
    last().drop();
    expect(h.mode).toBe('poll');
    vi.advanceTimersByTime(5000);
    expect(poll).toHaveBeenCalledTimes(1);
    expect(FakeSource.all).toHaveLength(1); // the browser's own reconnection, same EventSource
    last().open();
    expect(poll).toHaveBeenCalledTimes(2); // the catch-up
    vi.advanceTimersByTime(20_000);
    expect(poll).toHaveBeenCalledTimes(2);
    h.stop();
  });

  it('the server’s end: a session or access that ended is not tried again (polling meets the login / not-found); a server restart is', () => {
    vi.useFakeTimers();
    const a = start();
    last().open();
    last().send('end', { reason: 'session' });
    expect(last().closed).toBe(true);
    expect(a.sessionEnd).toHaveBeenCalledTimes(1); // the page checks its session at once (login screen)
    vi.advanceTimersByTime(120_000);
    expect(FakeSource.all).toHaveLength(1);
    expect(a.poll).toHaveBeenCalledTimes(24);
    a.h.stop();

    const b = start();
    last().open();
    last().send('end', { reason: 'shutdown' });
    expect(b.sessionEnd).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(FakeSource.all).toHaveLength(3);
    b.h.stop();
    vi.advanceTimersByTime(120_000);
    expect(FakeSource.all).toHaveLength(3);
    expect(last().closed).toBe(true);
  });

  it('the library stream: its own address, every plan’s event, never polled — tried again later and caught up once when back', () => {
    vi.useFakeTimers();
    const changes: PlanEvent[] = [];
    const poll = vi.fn();
    const h = startLive({ planId: null, pollMs: 0, retryMs: 60_000, onChange: (e) => changes.push(e), poll, EventSource: FakeSource as never });
    expect(last().url).toBe('/api/events?library=1');
    last().open();
    last().send('change', { planId: 'a', method: 'plan.share', changes: ['rights'] });
    last().send('change', { planId: 'b', method: 'plan.share', changes: ['rights'] });
    expect(changes.map((e) => e.planId)).toEqual(['a', 'b']);
    // refused or dropped: no polling meanwhile, the stream again after a minute
    last().refuse();
    vi.advanceTimersByTime(59_000);
    expect(poll).not.toHaveBeenCalled();
    expect(FakeSource.all).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(FakeSource.all).toHaveLength(2);
    last().open();
    expect(poll).toHaveBeenCalledTimes(1); // the catch-up
    last().drop();
    vi.advanceTimersByTime(600_000);
    expect(poll).toHaveBeenCalledTimes(1);
    h.stop();
  });

  it('the plan’s stream ended because the account lost the plan: said once (onAccessEnd), not the session’s end', () => {
    const access = vi.fn();
    const sessionEnd = vi.fn();
    const h = startLive({ planId: 'p 1', pollMs: 5000, onChange: () => {}, poll: () => {}, onSessionEnd: sessionEnd, onAccessEnd: access, EventSource: FakeSource as never });
    last().open();
    last().send('end', { reason: 'access' });
    expect(access).toHaveBeenCalledTimes(1);
    expect(sessionEnd).not.toHaveBeenCalled();
    expect(last().closed).toBe(true);
    h.stop();
  });

  it('without EventSource: polling only', () => {
    vi.useFakeTimers();
    const { h, poll } = start({ EventSource: null });
    vi.advanceTimersByTime(10_000);
    expect(poll).toHaveBeenCalledTimes(2);
    expect(FakeSource.all).toHaveLength(0);
    h.stop();
    vi.advanceTimersByTime(10_000);
    expect(poll).toHaveBeenCalledTimes(2);
  });
});

describe('a change in the open editor', () => {
  async function settle() {
    for (let i = 0; i < 6; i++) {
      await nextTick();
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  it('annotations listed again, rounds loaded again; a newer revision reloads the plan, an own (not newer) one does not', async () => {
    setActivePinia(createPinia());
    const lib = fakeLibrary({ p1: seedDoc() }, undefined, { 'review.list': () => [], 'review.rounds': () => [] });
    setApi(lib.client);
    try {
      const editor = useEditorStore();
      const review = useReview();
      expect(await editor.load('p1')).toBe(true);
      await useRoundsStore().load('p1');
      await settle();
      expect(review.planId).toBe('p1');
      const count = (m: string) => lib.calls.filter((c) => c.method === m).length;
      const before = { list: count('review.list'), rounds: count('review.rounds'), get: count('plan.get') };
      applyPlanEvent({ planId: 'p1', method: 'review.add', changes: ['annotations'] });
      applyPlanEvent({ planId: 'p1', method: 'review.submit', changes: ['rounds'] });
      applyPlanEvent({ planId: 'p2', method: 'review.add', changes: ['annotations'] }); // not the open plan
      await settle();
      expect(count('review.list')).toBe(before.list + 1);
      expect(count('review.rounds')).toBe(before.rounds + 1);
      // the editor's own save: the revision it already has
      const reloaded: unknown[] = [];
      applyPlanEvent({ planId: 'p1', method: 'plan.save', changes: ['revision'], revision: editor.revision }, (ev) => reloaded.push(ev));
      await new Promise((r) => setTimeout(r, 400));
      await settle();
      expect(count('plan.get')).toBe(before.get);
      expect(reloaded).toEqual([]);
      // someone else's save: a newer revision in the library
      const stored = lib.plans.get('p1')!;
      lib.plans.set('p1', { ...stored, meta: { ...stored.meta, title: '别人改过的标题' }, revision: stored.revision + 1 });
      const theirs = { planId: 'p1', method: 'plan.save', changes: ['revision' as const], revision: stored.revision + 1, by: { userId: 2, name: '张规划' } };
      applyPlanEvent(theirs, (ev) => reloaded.push(ev));
      await new Promise((r) => setTimeout(r, 400));
      await settle();
      expect(count('plan.get')).toBe(before.get + 1);
      // the page is told, with who saved (EditorView shows it as one line)
      expect(reloaded).toEqual([theirs]);
      expect(editor.revision).toBe(stored.revision + 1);
      expect(editor.meta?.title).toBe('别人改过的标题');
      editor.unload();
    } finally {
      setApi(null);
    }
  });
});

describe('submitted for review by a colleague while edits wait here', () => {
  it('the editor goes into review mode at once, not loaded over the edits (h-ui44: typing went on into a plan under review, the merge saved it)', async () => {
    setActivePinia(createPinia());
    const lib = fakeLibrary({ p1: seedDoc() }, undefined, { 'review.list': () => [], 'review.rounds': () => [] });
    setApi(lib.client);
    try {
      const editor = useEditorStore();
      const review = useReview();
      expect(await editor.load('p1')).toBe(true);
      await nextTick();
      expect(review.reviewMode).toBe(false);
      const gets = () => lib.calls.filter((c) => c.method === 'plan.get').length;
      const before = gets();
      const t = flat(editor.nodes).find((n) => n.kind === 'task')!;
      editor.updateNode(t.id, { heading: '提交审阅前输入的' });
      expect(editor.hasUnsaved).toBe(true);
      // the event of another status (or none) changes nothing here
      applyPlanEvent({ planId: 'p1', method: 'plan.setStatus', changes: ['status'], status: 'draft', revision: editor.revision + 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(review.reviewMode).toBe(false);
      applyPlanEvent({ planId: 'p1', method: 'review.submit', changes: ['status', 'rounds', 'revision'], status: 'review', revision: editor.revision + 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(review.reviewMode).toBe(true);
      expect(editor.readOnly).toBe(true);
      expect(gets()).toBe(before); // not reloaded: the edit is still here, to be saved (or merged)
      expect(editor.info.get(t.id)!.node.heading).toBe('提交审阅前输入的');
      editor.unload();
    } finally {
      setApi(null);
    }
  });
});

describe('who changed the plan (the editor’s one line after a reload)', () => {
  it('a colleague is named by the event’s account id: a namesake is named, one’s own account (renamed or not) is not', async () => {
    const { session } = await import('../../renderer/src/api/session');
    Object.assign(session, { mode: 'server', user: { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false }, userId: 3 });
    try {
      const save = (by?: PlanEvent['by']): PlanEvent => ({ planId: 'p1', method: 'plan.save', changes: ['revision'], revision: 4, ...(by ? { by } : {}) });
      // another account that is also called 杨规划
      expect(changedByColleague(save({ userId: 4, name: '杨规划' }))).toBe('杨规划');
      expect(changedByColleague(save({ userId: 5, name: '张规划' }))).toBe('张规划');
      // this account in another window, under its old name or its present one
      expect(changedByColleague(save({ userId: 3, name: '杨规划(旧名)' }))).toBeNull();
      expect(changedByColleague(save({ userId: 3, name: '杨规划' }))).toBeNull();
      expect(changedByColleague(save())).toBeNull();
    } finally {
      Object.assign(session, { mode: 'unknown', user: null, userId: null, needLogin: false });
    }
  });
});

describe('a reviewer’s account on the office server', () => {
  it('cannot leave review mode (the toolbar, the banner and the palette all set it through the store)', async () => {
    const { session } = await import('../../renderer/src/api/session');
    setActivePinia(createPinia());
    const lib = fakeLibrary({ p1: seedDoc() }, undefined, { 'review.list': () => [] });
    setApi(lib.client);
    try {
      Object.assign(session, { mode: 'server', user: { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区', disabled: false } });
      const review = useReview();
      const editor = useEditorStore();
      expect(await editor.load('p1')).toBe(true);
      await nextTick();
      expect(review.reviewMode).toBe(true);
      expect(review.reviewModeLocked).toBe(true);
      review.reviewMode = false;
      expect(editor.readOnly).toBe(true);
      // a planner's account can
      session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
      expect(review.reviewModeLocked).toBe(false);
      review.reviewMode = false;
      expect(editor.readOnly).toBe(false);
      editor.unload();
    } finally {
      Object.assign(session, { mode: 'unknown', user: null, needLogin: false });
      setApi(null);
    }
  });
});
