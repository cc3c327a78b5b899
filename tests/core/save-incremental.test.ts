/**
 * plan.save writes only what changed (electron/core/library.ts replacePlan, electron/store/pg/store.ts replacePlan;
 * docs/reliability.md › The host never freezes). Property: random edit sequences as the editor makes them — insert,
 * move, delete, edit fields, renumber, paste a copied subtree, change the plan's district, status or period — saved
 * one after the other give the same library as writing the plan anew each time: the node rows and department rows,
 * the plan read back, the search results (new words found, removed ones not), the department list. Run on SQLite
 * and, when PostgreSQL is installed, on PgStore.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';
import { emptyNode } from '../../shared/model/plan';
import { openLibrary, type Library } from '../../electron/core/library';
import { createCore, type Core } from '../../electron/core/core';
import { SqliteStore } from '../../electron/store/sqlite';
import { PgStore } from '../../electron/store/pg/store';
import type { PlanStore } from '../../electron/store/types';
import type { SearchFilters } from '../../electron/core/library';
import { planArbitrary, DEPARTMENTS } from '../helpers/plan-arbitrary';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres';

/** Words an edit may write; each is searched for after every save (a word removed must no longer be found). */
const WORDS = ['湿地公园', '氢能产业', '低空经济', '数字孪生', '口袋公园', '充电桩', '托育服务', '雨污分流'];
const QUERIES = [...WORDS, '数据', '智慧', '建设', '5G', '一网通办', '养老'];
const FACET_FILTERS: SearchFilters[] = [
  { department: DEPARTMENTS[1] },
  { department: DEPARTMENTS[8] },
  { kind: 'task' },
  { kind: ['section', 'action'] },
  ...(['draft', 'review', 'final', 'reference'] as const).map((status) => ({ status })),
  { district: '东湖区' },
  { district: '青山区' },
  { periodStart: 2026, periodEnd: 2026 },
  { periodStart: 2016, periodEnd: 2018 },
];

type Edit =
  | { op: 'insert'; at: number; pos: number; word: number }
  | { op: 'delete'; at: number }
  | { op: 'move'; at: number; to: number; pos: number }
  | { op: 'heading' | 'body'; at: number; word: number }
  | { op: 'departments'; at: number; lead: number[]; partners: number[] }
  | { op: 'fields'; at: number; kind: number; milestone: boolean; unreviewed: 0 | 1 | 2; theme: number }
  | { op: 'renumber' }
  | { op: 'paste'; at: number; to: number; pos: number }
  | { op: 'meta'; district: number; status: number; period: number };

const idx = fc.nat({ max: 10_000 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: idx, pos: idx, word: idx }),
  fc.record({ op: fc.constant('delete' as const), at: idx }),
  fc.record({ op: fc.constant('move' as const), at: idx, to: idx, pos: idx }),
  fc.record({ op: fc.constantFrom('heading' as const, 'body' as const), at: idx, word: idx }),
  fc.record({ op: fc.constant('departments' as const), at: idx, lead: fc.array(idx, { maxLength: 2 }), partners: fc.array(idx, { maxLength: 2 }) }),
  fc.record({ op: fc.constant('fields' as const), at: idx, kind: idx, milestone: fc.boolean(), unreviewed: fc.constantFrom(0 as const, 1 as const, 2 as const), theme: idx }),
  fc.record({ op: fc.constant('renumber' as const) }),
  fc.record({ op: fc.constant('paste' as const), at: idx, to: idx, pos: idx }),
  fc.record({ op: fc.constant('meta' as const), district: idx, status: idx, period: idx }),
);

/** Every node with the list that holds it, in pre-order. */
function flat(doc: PlanDoc): Array<{ node: PlanNode; list: PlanNode[] }> {
  const out: Array<{ node: PlanNode; list: PlanNode[] }> = [];
  const visit = (list: PlanNode[]) => {
    for (const node of list) {
      out.push({ node, list });
      visit(node.children);
    }
  };
  visit(doc.nodes);
  return out;
}

const within = (node: PlanNode, other: PlanNode): boolean => node === other || node.children.some((c) => within(c, other));
let fresh = 0;

/** Apply one edit as the editor would (ids stay unique; a paste gives the copy new ids). */
function apply(doc: PlanDoc, e: Edit): void {
  const all = flat(doc);
  const pick = (i: number) => all[i % all.length];
  const listAt = (i: number): PlanNode[] => (i % (all.length + 1) === all.length ? doc.nodes : pick(i).node.children);
  switch (e.op) {
    case 'insert': {
      const list = listAt(e.at);
      const n = { ...emptyNode(`new${++fresh}`, 'task'), heading: `推进${WORDS[e.word % WORDS.length]}建设`, body: `新增任务${fresh}。` };
      list.splice(e.pos % (list.length + 1), 0, n);
      return;
    }
    case 'delete': {
      if (!all.length) return;
      const { node, list } = pick(e.at);
      list.splice(list.indexOf(node), 1);
      return;
    }
    case 'move':
    case 'paste': {
      if (!all.length) return;
      const { node, list } = pick(e.at);
      const copy = e.op === 'paste' ? structuredClone(node) : node;
      if (e.op === 'paste') {
        const renew = (n: PlanNode) => {
          n.id = `copy${++fresh}`;
          n.children.forEach(renew);
        };
        renew(copy);
      }
      const targets = e.op === 'move' ? all.filter((t) => !within(node, t.node)) : all;
      if (e.op === 'move') list.splice(list.indexOf(node), 1);
      const to = e.to % (targets.length + 1) === targets.length ? doc.nodes : targets[e.to % (targets.length + 1)].node.children;
      to.splice(e.pos % (to.length + 1), 0, copy);
      return;
    }
    case 'heading':
    case 'body': {
      if (!all.length) return;
      const n = pick(e.at).node;
      n[e.op] = e.op === 'heading' ? `${WORDS[e.word % WORDS.length]}工程` : `加快${WORDS[e.word % WORDS.length]}建设,完善配套。`;
      return;
    }
    case 'departments': {
      if (!all.length) return;
      const n = pick(e.at).node;
      n.lead = e.lead.map((i) => DEPARTMENTS[i % DEPARTMENTS.length]);
      n.partners = e.partners.map((i) => DEPARTMENTS[(i + 7) % DEPARTMENTS.length]);
      return;
    }
    case 'fields': {
      if (!all.length) return;
      const n = pick(e.at).node;
      n.kind = (['task', 'item', 'section', 'action'] as const)[e.kind % 4];
      n.milestones = e.milestone ? [{ year: 2026, stage: '完成', text: '完成建设' }] : [];
      n.themes = e.theme % 3 === 0 ? [] : [['数字经济', '民生'][e.theme % 2]];
      if (e.unreviewed === 2) delete n.unreviewed;
      else n.unreviewed = e.unreviewed === 1;
      return;
    }
    case 'renumber': {
      const visit = (list: PlanNode[], depth: number) =>
        list.forEach((n, i) => {
          n.number = depth === 0 ? `${'一二三四五六七八九十'[i % 10]}、` : `(${i + 1})`;
          visit(n.children, depth + 1);
        });
      visit(doc.nodes, 0);
      return;
    }
    case 'meta': {
      doc.meta.district = ['东湖区', '青山区', null][e.district % 3];
      doc.meta.status = (['draft', 'review', 'final', 'reference'] as const)[e.status % 4];
      doc.meta.period = [{ start: 2025, end: 2027 }, { start: 2026, end: 2030 }, null][e.period % 3];
      return;
    }
  }
}

/** What the library holds of a plan, apart from row ids, revision and timestamps. */
interface Held {
  plan: PlanDoc;
  rows: unknown[];
  departments: string[];
  search: Record<string, string[]>;
  list: unknown;
}

async function held(store: PlanStore, id: string, rows: () => Promise<unknown[]>): Promise<Held> {
  const search: Record<string, string[]> = {};
  for (const q of QUERIES) {
    search[q] = (await store.search(q, { planId: id, limit: 500 }))
      .filter((h) => h.planId === id)
      .map((h) => `${h.nodeId} ${h.field} ${h.path.join('/')} ${JSON.stringify(h.snippet)}`)
      .sort();
    // every facet a node's index row carries: its department, kind, the plan's status, district and years
    for (const f of FACET_FILTERS) {
      search[`${q} ${JSON.stringify(f)}`] = (await store.search(q, { planId: id, limit: 500, ...f })).map((h) => h.nodeId).sort();
    }
  }
  const { id: _id, ...plan } = await store.getPlan(id);
  const summary = (await store.listPlans()).find((p) => p.id === id)!;
  const { createdAt: _c, updatedAt: _u, revision: _r, ...list } = summary;
  return { plan: plan as PlanDoc, rows: await rows(), departments: await store.departments(), search, list };
}

const sqliteRows = (lib: Library, id: string) => async () => [
  ...lib.db
    .prepare(
      `SELECT node_id, parent_id, position, seq, depth, kind, number, heading, body, lead, partners, indicators, milestones, themes, unreviewed, extra
       FROM nodes WHERE plan_id = ? ORDER BY seq`,
    )
    .all(id),
  ...lib.db
    .prepare(`SELECT n.node_id, d.name, d.role FROM node_departments d JOIN nodes n ON n.rowid = d.node_row WHERE n.plan_id = ? ORDER BY 1, 2, 3`)
    .all(id),
  // every node has exactly one index row (a stale one would make the count differ)
  lib.db.prepare(`SELECT count(*) AS fts FROM node_fts WHERE rowid IN (SELECT rowid FROM nodes WHERE plan_id = ?)`).get(id),
  lib.db.prepare(`SELECT count(*) AS fts FROM node_fts`).get(),
];

const pgRows = (store: PgStore, id: string) => async () => [
  ...(
    await store.pool.query(
      `SELECT node_id, parent_id, position, seq, depth, kind, number, heading, body, lead::text, partners::text, indicators::text,
              milestones::text, themes::text, unreviewed, extra::text, h_units, b_units, tokens, n_tokens
       FROM nodes WHERE plan_id = $1 ORDER BY seq`,
      [id],
    )
  ).rows,
  ...(
    await store.pool.query(
      `SELECT n.node_id, d.name, d.role FROM node_departments d JOIN nodes n ON n.row = d.node_row WHERE n.plan_id = $1 ORDER BY 1, 2, 3`,
      [id],
    )
  ).rows,
  (await store.pool.query(`SELECT n_nodes, n_tokens FROM plans WHERE id = $1`, [id])).rows[0],
];

/**
 * One edit sequence: `inc` saves each state with replacePlan (incremental), `full` writes the same state anew
 * (delete + add under the same id: every row written). After each save both must hold the same.
 */
async function runSequence(
  inc: { store: PlanStore; rows: (id: string) => () => Promise<unknown[]> },
  full: { store: PlanStore; rows: (id: string) => () => Promise<unknown[]> },
  base: PlanDoc,
  edits: Edit[],
): Promise<void> {
  const doc = structuredClone(base);
  const id = await inc.store.addPlan(doc);
  await full.store.addPlan(doc, { id });
  let revision = 1;
  const states: PlanDoc[] = [];
  for (const e of edits) {
    apply(doc, e);
    states.push(structuredClone(doc));
    revision = (await inc.store.replacePlan(id, structuredClone(doc), { baseRevision: revision })).revision;
    await full.store.deletePlan(id);
    await full.store.addPlan(structuredClone(doc), { id });
    const a = await held(inc.store, id, inc.rows(id));
    const b = await held(full.store, id, full.rows(id));
    expect(a.plan).toEqual(doc);
    expect(a).toEqual(b);
    // search after a save: every word the plan holds now is found in it, a word it no longer holds is not
    const text = flat(doc).map(({ node }) => node.heading + node.body).join('\n');
    for (const w of WORDS) expect(a.search[w].length > 0, `${w} after ${e.op}`).toBe(text.includes(w));
  }
  await inc.store.deletePlan(id);
  await full.store.deletePlan(id);
}

const RUNS = Number(process.env.SAVE_PROPERTY_RUNS ?? 25);
const baseArb = planArbitrary();
const editsArb = fc.array(editArb, { minLength: 1, maxLength: 12 });

describe('plan.save writes only what changed: the same library as writing the plan anew', () => {
  let dir: string;
  let a: Library;
  let b: Library;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-save-inc-'));
    a = openLibrary({ dataDir: path.join(dir, 'a') });
    b = openLibrary({ dataDir: path.join(dir, 'b') });
  });
  afterAll(() => {
    a?.close();
    b?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('SQLite: random edit sequences', async () => {
    const inc = { store: new SqliteStore(a), rows: (id: string) => sqliteRows(a, id) };
    const full = { store: new SqliteStore(b), rows: (id: string) => sqliteRows(b, id) };
    await fc.assert(fc.asyncProperty(baseArb, editsArb, (base, edits) => runSequence(inc, full, base, edits)), { numRuns: RUNS });
  }, 300_000);

  it('SQLite: a save that moves a subtree out of a deleted parent, inserts before everything and deletes in the middle', async () => {
    const inc = { store: new SqliteStore(a), rows: (id: string) => sqliteRows(a, id) };
    const full = { store: new SqliteStore(b), rows: (id: string) => sqliteRows(b, id) };
    const node = (id: string, heading: string, children: PlanNode[] = []): PlanNode => ({ ...emptyNode(id, 'task'), heading, children });
    const base: PlanDoc = {
      ...(fc.sample(baseArb, { numRuns: 1, seed: 7 })[0] as PlanDoc),
      nodes: [node('a', '湿地公园', [node('a1', '氢能产业', [node('a11', '低空经济')]), node('a2', '数字孪生')]), node('b', '口袋公园'), node('c', '充电桩')],
    };
    // move a11 to the top, delete a (with a1, a2), insert before everything
    const edits: Edit[] = [
      { op: 'move', at: 2, to: 6, pos: 0 },
      { op: 'delete', at: 1 },
      { op: 'insert', at: 5, pos: 0, word: 6 },
    ];
    await runSequence(inc, full, base, edits);
  });
});

const pg = postgresAvailable();
describe.runIf(pg)('plan.save writes only what changed: PostgreSQL', () => {
  let cluster: PgCluster;
  let a: PgStore;
  let b: PgStore;
  beforeAll(async () => {
    cluster = await startPostgres();
    a = await PgStore.open({ connectionString: await cluster.createDatabase('save_inc') });
    b = await PgStore.open({ connectionString: await cluster.createDatabase('save_full') });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await cluster?.stop();
  });

  it('PgStore: random edit sequences', async () => {
    const inc = { store: a, rows: (id: string) => pgRows(a, id) };
    const full = { store: b, rows: (id: string) => pgRows(b, id) };
    await fc.assert(fc.asyncProperty(baseArb, editsArb, (base, edits) => runSequence(inc, full, base, edits)), { numRuns: Math.ceil(RUNS / 2) });
  }, 300_000);
});

describe('plan.save through the core: races and what follows the write', () => {
  let dir: string;
  let core: Core;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-save-core-'));
    core = await createCore({ dataDir: dir, seedsDir: null, host: 'test' });
  });
  afterAll(() => {
    core?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.result as T;
  };

  it('two saves on the same revision at once (two windows; the host turns between their steps): one stored with its history entry, the other a conflict that stored nothing', async () => {
    const base = fc.sample(baseArb, { numRuns: 1, seed: 11 })[0] as PlanDoc;
    const { id } = await ok<{ id: string }>('plan.importCommit', { doc: base });
    const stored = await ok<PlanDoc & { revision: number }>('plan.get', { id });
    const edited = (word: string) => {
      const doc = { format: stored.format, meta: stored.meta, nodes: structuredClone(stored.nodes) };
      doc.nodes[0].heading = `${word}工程`;
      return doc;
    };
    const [a, b] = await Promise.all([
      core.call('plan.save', { id, doc: edited(WORDS[0]), baseRevision: stored.revision }),
      core.call('plan.save', { id, doc: edited(WORDS[1]), baseRevision: stored.revision }),
    ]);
    expect([a, b].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'conflict']);
    const now = await ok<PlanDoc & { revision: number }>('plan.get', { id });
    expect(now.revision).toBe(stored.revision + 1);
    expect(now.nodes[0].heading).toBe(`${WORDS[0]}工程`);
    const history = await ok<Array<{ kind: string; revision: number; changes: unknown[] }>>('history.list', { planId: id });
    const edits = history.filter((h) => h.kind === 'edit');
    expect(edits.map((h) => h.revision)).toEqual([now.revision]);
    expect(JSON.stringify(edits[0].changes)).toContain(WORDS[0]);
    expect(JSON.stringify(edits[0].changes)).not.toContain(WORDS[1]);
    // search: the new heading is found, the old one (unless it is still somewhere else in the plan) and the loser's are not
    const hits = async (q: string) => (await ok<Array<{ nodeId: string }>>('library.search', { query: q, filters: { planId: id } })).map((h) => h.nodeId);
    expect(await hits(WORDS[0])).toContain(now.nodes[0].id);
    expect(await hits(WORDS[1])).not.toContain(now.nodes[0].id);
  });

  it('saves one after the other (autosave, then Ctrl+S on the revision it answered): the stored vectors and tokens are those of the last one, and search finds its words and not the replaced ones', async () => {
    const base = fc.sample(baseArb, { numRuns: 1, seed: 12 })[0] as PlanDoc;
    const { id } = await ok<{ id: string }>('plan.importCommit', { doc: base });
    let stored = await ok<PlanDoc & { revision: number }>('plan.get', { id });
    for (let i = 0; i < 4; i++) {
      const doc = { format: stored.format, meta: stored.meta, nodes: structuredClone(stored.nodes) };
      doc.nodes[0].body = `第${i}次:${WORDS[i]}`;
      const r = await core.call('plan.save', { id, doc, baseRevision: stored.revision });
      expect(r.ok).toBe(true);
      stored = { ...doc, id, revision: (r as { result: { revision: number } }).result.revision } as PlanDoc & { revision: number };
    }
    // a second connection to the same file reads what the core committed
    const lib = openLibrary({ dataDir: dir });
    try {
      const plan = lib.db.prepare(`SELECT revision FROM plans WHERE id = ?`).get(id) as { revision: number };
      const vectors = lib.db.prepare(`SELECT revision FROM plan_vectors WHERE plan_id = ?`).get(id) as { revision: number } | undefined;
      const tokens = lib.db.prepare(`SELECT DISTINCT revision FROM plan_tokens WHERE plan_id = ?`).all(id) as Array<{ revision: number }>;
      expect(plan.revision).toBe(stored.revision);
      expect(vectors?.revision).toBe(plan.revision);
      expect(tokens.map((t) => t.revision)).toEqual([plan.revision]);
    } finally {
      lib.close();
    }
    const hits = (await ok<Array<{ nodeId: string }>>('library.search', { query: WORDS[3], filters: { planId: id } })).map((h) => h.nodeId);
    expect(hits).toContain(stored.nodes[0].id);
    for (const w of WORDS.slice(0, 3)) {
      const old = (await ok<Array<{ nodeId: string; field: string }>>('library.search', { query: w, filters: { planId: id } })).filter((h) => h.nodeId === stored.nodes[0].id && h.field === 'body');
      expect(old, w).toEqual([]);
    }
  });
});
