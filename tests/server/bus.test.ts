/**
 * The shared live-event bus (electron/server/bus.ts) over a channel made here (the PostgreSQL one is tested with two
 * servers in server-shared-events.test.ts): what it sends, what it takes from others and what it ignores, the order
 * of its messages, and a listener that cannot be had at first or is lost later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../electron/store/db.js';
import { LIVE_CHANNEL, SharedEvents, type LoginNote } from '../../electron/server/bus.js';
import type { LiveBus, LiveMessage } from '../../electron/server/events.js';

/** A broadcast channel in memory: every listener gets every payload; notify can be held, listen made to fail. */
function memoryChannel() {
  const listeners = new Set<{ message(p: string): void; lost(e: unknown): void }>();
  const sent: string[] = [];
  let failListen = 0;
  let hold: Promise<void> | null = null;
  const channel: Channel = {
    async notify(name, payload) {
      expect(name).toBe(LIVE_CHANNEL);
      if (hold) await hold;
      sent.push(payload);
      for (const l of [...listeners]) l.message(payload);
    },
    async listen(name, on) {
      expect(name).toBe(LIVE_CHANNEL);
      if (failListen > 0) {
        failListen--;
        throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
      }
      listeners.add(on);
      return { close: async () => void listeners.delete(on) };
    },
  };
  return {
    channel,
    sent,
    listeners,
    failNext: (n: number) => (failListen = n),
    holdSends: () => {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = null;
        release();
      };
    },
    /** Another process's payload, or anything else that arrives on the channel. */
    deliver: (payload: string) => {
      for (const l of [...listeners]) l.message(payload);
    },
    loseAll: () => {
      for (const l of [...listeners]) {
        listeners.delete(l);
        l.lost(Object.assign(new Error('terminated'), { code: '57P01' }));
      }
    },
  };
}

function fakeLive() {
  const received: LiveMessage[] = [];
  let missed = 0;
  let bus: LiveBus | null = null;
  return {
    received,
    missed: () => missed,
    bus: () => bus,
    live: {
      receive: (m: LiveMessage) => void received.push(m),
      missed: () => void missed++,
      attach: (b: LiveBus | null) => void (bus = b),
    },
  };
}

const change = (planId: string, revision: number): LiveMessage => ({ t: 'change', planId, method: 'plan.save', changes: ['revision'], revision, by: { userId: 2, name: '杨规划' } });

afterEach(() => vi.useRealTimers());

describe('the shared live-event bus', () => {
  it("sends its process's messages in order, takes other processes' messages, skips its own and anything malformed", async () => {
    const ch = memoryChannel();
    const logs: string[] = [];
    const one = fakeLive();
    const other = fakeLive();
    const a = await SharedEvents.start(ch.channel, one.live, (m) => logs.push(m));
    const b = await SharedEvents.start(ch.channel, other.live, (m) => logs.push(m));
    expect(one.bus()).toBe(a);
    expect(a.from).not.toBe(b.from);
    // the first send is held: the two after it must not overtake it
    const release = ch.holdSends();
    a.publish(change('p1', 2));
    a.publish({ t: 'rights', planId: 'p1', userId: 3, readBefore: false });
    a.publish({ t: 'session', idHash: 'h1' });
    release();
    await vi.waitFor(() => expect(other.received).toHaveLength(3));
    expect(other.received).toEqual([change('p1', 2), { t: 'rights', planId: 'p1', userId: 3, readBefore: false }, { t: 'session', idHash: 'h1' }]);
    expect(one.received).toEqual([]); // its own, delivered when it announced them
    expect(ch.sent.map((p) => JSON.parse(p))).toEqual(other.received.map((m) => ({ v: 1, from: a.from, m })));
    // not JSON, another version, a message of no known kind, a wrong field: ignored by everyone
    for (const p of ['not json', JSON.stringify({ v: 2, from: 'x', m: change('p1', 3) }), JSON.stringify({ v: 1, from: 'x', m: { t: 'drop-table' } }), JSON.stringify({ v: 1, from: 'x', m: { t: 'rights', planId: 'p1', userId: '3', readBefore: false } }), JSON.stringify({ v: 1, from: 'x', m: { t: 'change', planId: 'p1', method: 'plan.save', changes: 'revision' } })]) ch.deliver(p);
    expect(other.received).toHaveLength(3);
    expect(one.received).toEqual([]);
    expect(b.received).toBe(3);
    await a.close();
    await b.close();
    expect(one.bus()).toBeNull();
    expect(ch.listeners.size).toBe(0);
    expect(logs).toEqual([]);
  });

  it("carries login outcomes to the other processes' rate limiters: each once, never its own, nothing malformed, never as a live event", async () => {
    const ch = memoryChannel();
    const one = fakeLive();
    const other = fakeLive();
    const a = await SharedEvents.start(ch.channel, one.live, () => {});
    const b = await SharedEvents.start(ch.channel, other.live, () => {});
    const heardA: LoginNote[] = [];
    const heardB: LoginNote[] = [];
    a.onLogin = (n) => void heardA.push(n);
    b.onLogin = (n) => void heardB.push(n);
    a.publishLogin({ t: 'login-fail', account: 'yang', address: '10.0.0.7' });
    a.publishLogin({ t: 'login-ok', account: 'yang' });
    await vi.waitFor(() => expect(heardB).toHaveLength(2));
    expect(heardB).toEqual([{ t: 'login-fail', account: 'yang', address: '10.0.0.7' }, { t: 'login-ok', account: 'yang' }]);
    expect(heardA).toEqual([]);
    expect(other.received).toEqual([]);
    for (const l of [{ t: 'login-fail', account: 'yang' }, { t: 'login-fail', account: '', address: 'x' }, { t: 'login-ok', account: 'y'.repeat(201) }, { t: 'login-reset' }, 'yang']) ch.deliver(JSON.stringify({ v: 1, from: 'x', l }));
    expect(heardB).toHaveLength(2);
    expect(b.received).toBe(2);
    await a.close();
    await b.close();
  });

  it('a listener that cannot be had at start is tried again (the server starts); a lost one ends the streams and listens again', async () => {
    vi.useFakeTimers();
    const ch = memoryChannel();
    const logs: string[] = [];
    const one = fakeLive();
    ch.failNext(2);
    const a = await SharedEvents.start(ch.channel, one.live, (m) => logs.push(m));
    expect(a.listening).toBe(false);
    expect(one.bus()).toBe(a); // its own messages are still sent
    expect(logs[0]).toMatch(/cannot listen .*ECONNREFUSED.*trying again every 2 s/);
    await vi.advanceTimersByTimeAsync(2000); // the second try fails too
    expect(a.listening).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(a.listening).toBe(true);
    // streams opened meanwhile may have missed others' messages: they end (and the pages reconnect)
    expect(one.missed()).toBe(1);
    ch.deliver(JSON.stringify({ v: 1, from: 'other', m: { t: 'recheck' } }));
    expect(one.received).toEqual([{ t: 'recheck' }]);
    // the connection lost: the streams end at once, and again once it listens anew
    ch.loseAll();
    expect(a.listening).toBe(false);
    expect(one.missed()).toBe(2);
    expect(logs.some((l) => /connection was lost \(57P01\)/.test(l))).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(a.listening).toBe(true);
    expect(one.missed()).toBe(3);
    await a.close();
    // closed: no more tries, nothing sent
    ch.loseAll();
    a.publish({ t: 'recheck' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ch.sent).toEqual([]);
    expect(one.missed()).toBe(3);
  });

  it('a message that cannot be sent is one line in the log, and the next one is still sent', async () => {
    const ch = memoryChannel();
    const logs: string[] = [];
    const a = await SharedEvents.start({ ...ch.channel, notify: async (n, p) => (p.includes('"deleted"') ? Promise.reject(Object.assign(new Error('down'), { code: 'ECONNRESET' })) : ch.channel.notify(n, p)) }, fakeLive().live, (m) => logs.push(m));
    a.publish({ t: 'deleted', planId: 'p9' });
    a.publish({ t: 'recheck' });
    await vi.waitFor(() => expect(ch.sent).toHaveLength(1));
    expect(JSON.parse(ch.sent[0]).m).toEqual({ t: 'recheck' });
    expect(logs).toEqual(['[server] live event not sent to the other server processes (deleted): ECONNRESET']);
    await a.close();
  });
});
