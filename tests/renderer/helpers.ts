/** Test helpers for the renderer: a fake ApiClient over an in-memory library, and real plans from the seeds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import type { Envelope, Handlers, MethodName, StoredPlan } from '../../shared/api/contract';
import { importText } from '../../shared/importer/index';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';
import type { ErrorCode } from '../../shared/errors';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';

const SEEDS = join(__dirname, '../../seeds');

/** 静安 2014–2016 (seed 000), imported with the real importer. */
export function seedDoc(file = '000_c5ac5ec241139578.txt'): PlanDoc {
  return importText(readFileSync(join(SEEDS, file), 'utf8'), file);
}

/** A plan with at least `n` nodes: the seed's parts repeated with fresh ids. */
export function bigDoc(n = 1000): PlanDoc {
  const doc = seedDoc();
  const parts = doc.nodes.filter((p) => p.kind === 'part');
  const out: PlanNode[] = [];
  let count = 0;
  let copy = 0;
  const size = (list: PlanNode[]): number => list.reduce((s, x) => s + 1 + size(x.children), 0);
  const clone = (x: PlanNode, c: number): PlanNode => ({ ...x, id: `${x.id}~${c}`, children: x.children.map((y) => clone(y, c)) });
  while (count < n) {
    for (const p of parts) {
      const cp = clone(p, copy);
      out.push(cp);
      count += size([cp]);
    }
    copy++;
  }
  return { ...doc, nodes: out };
}

/**
 * A fake for one API method with the real signature (`Handlers` in shared/api/contract: its input, its output),
 * plus the stored plans; it returns the result (or a promise of it) or throws { code, message } to fail.
 */
export type FakeHandler<K extends MethodName> = (input: Parameters<Handlers[K]>[0], plans: Map<string, StoredPlan>) => Awaited<ReturnType<Handlers[K]>> | ReturnType<Handlers[K]>;
export type FakeHandlers = { [K in MethodName]?: FakeHandler<K> };

export interface FakeLibrary {
  client: ApiClient;
  plans: Map<string, StoredPlan>;
  calls: { method: MethodName; input: any }[];
  /** The next `plan.save` fails with this code (e.g. 'conflict', 'offline'). */
  failSaves: ErrorCode[];
  /** The next `plan.save` is stored, then answers with this code (the answer lost: the connection dropped after the commit). */
  lostAnswers: ErrorCode[];
  /** Hold plan.save responses until released (to test saves in flight). */
  hold: boolean;
  /** A conflict names this colleague (details.savedBy, as the office server does). */
  savedBy?: string;
  /** …and gives that account's id (details.savedByUserId). */
  savedByUserId?: number;
  release(): void;
}

/**
 * `extra`: handlers for more methods (e.g. a fake review backend); they see the stored plans and may
 * return a result or throw { code, message } to fail.
 */
export function fakeLibrary(
  docs: Record<string, PlanDoc>,
  departments: string[] = ['区科委', '区经委', '区信息中心'],
  extra: FakeHandlers = {},
): FakeLibrary {
  const plans = new Map<string, StoredPlan>();
  for (const [id, d] of Object.entries(docs)) plans.set(id, { ...structuredClone(d), id, revision: 1 });
  const calls: FakeLibrary['calls'] = [];
  const waiting: (() => void)[] = [];
  const lib: FakeLibrary = {
    client: null as unknown as ApiClient,
    plans,
    calls,
    failSaves: [],
    lostAnswers: [],
    hold: false,
    release() {
      while (waiting.length) waiting.shift()!();
    },
  };
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      calls.push({ method, input: structuredClone(input) });
      const i = input as any;
      const more = extra[method] as FakeHandler<MethodName> | undefined;
      if (more) {
        try {
          return { ok: true, result: structuredClone(await more(i, plans)) };
        } catch (e) {
          const err = e as { code?: ErrorCode; message?: string; details?: Record<string, unknown> };
          return { ok: false, error: { code: err.code ?? 'internal', message: err.message ?? String(e), details: err.details } };
        }
      }
      switch (method) {
        case 'plan.get': {
          const p = plans.get(i.id);
          if (!p) return { ok: false, error: { code: 'not-found', message: '找不到计划' } };
          return { ok: true, result: structuredClone(p) };
        }
        case 'plan.save': {
          if (lib.hold) await new Promise<void>((r) => waiting.push(r));
          const code = lib.failSaves.shift();
          const p = plans.get(i.id)!;
          if (code === 'conflict' || p.revision !== i.baseRevision) {
            return { ok: false, error: { code: 'conflict', message: '计划已在别处被修改', details: lib.savedBy ? { revision: p.revision, savedBy: lib.savedBy, ...(lib.savedByUserId !== undefined ? { savedByUserId: lib.savedByUserId } : {}) } : { revision: p.revision } } };
          }
          if (code) return { ok: false, error: { code, message: '保存失败' } };
          const next = { ...structuredClone(i.doc), id: i.id, revision: p.revision + 1 };
          plans.set(i.id, next);
          const lost = lib.lostAnswers.shift();
          if (lost) return { ok: false, error: { code: lost, message: '连接中断' } };
          return { ok: true, result: { revision: next.revision, updatedAt: new Date().toISOString() } };
        }
        case 'library.departments':
          return { ok: true, result: departments };
        default:
          return { ok: false, error: { code: 'unsupported', message: method } };
      }
    },
  };
  lib.client = new ApiClient(transport);
  return lib;
}

/** Depth-first list of nodes. */
export function flat(nodes: PlanNode[]): PlanNode[] {
  return nodes.flatMap((n) => [n, ...flat(n.children)]);
}

/** What a fake office server answers with: the call's result, or a refusal with its HTTP status. */
export interface ServerReply {
  ok(result: unknown): Response;
  fail(status: number, code: string, message: string): Response;
}

/**
 * fetch stubbed as the office server's POST /api/<method> (the page's own callServer goes through it): each call is
 * recorded in `calls` and answered by `answer`; a method it does not know gets 404 unknown-method.
 */
export function stubServerFetch(
  calls: Array<{ method: string; input: Record<string, unknown> }>,
  answer: (method: string, input: Record<string, unknown>, reply: ServerReply) => Response | undefined,
): void {
  const reply: ServerReply = {
    ok: (result) => new Response(JSON.stringify({ ok: true, result }), { status: 200 }),
    fail: (status, code, message) => new Response(JSON.stringify({ ok: false, error: { code, message } }), { status }),
  };
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const method = url.replace(/^.*\/api\//, '');
    const input = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ method, input });
    return answer(method, input, reply) ?? reply.fail(404, 'unknown-method', method);
  }));
}

/** An EventSource the test drives: open, send an event, refuse, drop (renderer/src/review/live.ts). */
export class FakeSource {
  static all: FakeSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, Array<(m: { data: string }) => void>>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(name: string, fn: (m: { data: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  // what the server does
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(name: string, data: unknown) {
    for (const fn of this.listeners.get(name) ?? []) fn({ data: JSON.stringify(data) });
  }
  /** A refusal (401/404/429) or no connection: the browser closes it. */
  refuse() {
    this.readyState = 2;
    this.onerror?.();
  }
  /** A dropped connection: the browser reconnects by itself. */
  drop() {
    this.readyState = 0;
    this.onerror?.();
  }
}

/**
 * The renderer's API answered by `handlers` (method → result; a throw { code, message } fails the call; a method
 * without a handler answers unknown-method). Installed as the app's client; returns the calls made, in order.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler sees its method's input
export function fakeApi(handlers: Partial<Record<MethodName, (input: any) => unknown>>): { method: string; input: unknown }[] {
  const calls: { method: string; input: unknown }[] = [];
  const transport: Transport = {
    async send(method, input) {
      calls.push({ method, input });
      const h = handlers[method];
      if (!h) return { ok: false, error: { code: 'unknown-method', message: method } } as Envelope<never>;
      try {
        return { ok: true, result: await h(input) } as Envelope<never>;
      } catch (e) {
        return { ok: false, error: { code: (e as { code?: string }).code ?? 'x', message: String((e as Error).message) } } as Envelope<never>;
      }
    },
  };
  setApi(new ApiClient(transport));
  return calls;
}

/** The body editor (Monaco) as a textarea, for a whole EditorView mounted in happy-dom (`stubs: { MonacoBody: MonacoStub }`). */
export const MonacoStub = defineComponent({
  name: 'MonacoBody',
  props: { modelValue: { type: String, default: '' }, docKey: String, findings: Array, departments: Array, placeholder: String, ariaLabel: String },
  emits: ['update:modelValue', 'palette', 'focus', 'blur'],
  setup(props, { expose }) {
    expose({ focus: () => undefined });
    return () => h('textarea', { 'data-test': 'body-stub', value: props.modelValue });
  },
});
