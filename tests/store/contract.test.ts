/**
 * The PlanStore contract (electron/store/types.ts), one test list run against both stores (describe.each):
 * SqliteStore over the desktop Library, PgStore on a real PostgreSQL started in a temporary folder
 * (tests/helpers/postgres.ts; skipped with the reason printed when PostgreSQL is missing, a failure under CI).
 * Then the two stores side by side: the same seeds, the same queries and filters, the same hits.
 *
 * Expected search hits come from an oracle written here, independently of textindex.ts: a node matches when every
 * query term (a run of letters/digits of the query after NFKC + lower case) occurs in a run of its heading or body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index.js';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { SqliteStore } from '../../electron/store/sqlite.js';
import pg from 'pg';
import { PgStore } from '../../electron/store/pg/store.js';
import { PG_MIGRATIONS } from '../../electron/store/pg/migrations/index.js';
import type { PlanStore, SearchFilters, SearchHit } from '../../electron/store/types.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-store-');
const PG = postgresAvailable();

/** Facts read from the seed files (their first lines: title, district, period). */
const SEED_FACTS = [
  { file: '000', district: '静安区', period: { start: 2014, end: 2016 } },
  { file: '001', district: '浦东新区', period: { start: 2011, end: 2013 } },
  { file: '002', district: '杨浦区', period: { start: 2015, end: 2017 } },
  { file: '003', district: '奉贤区', period: { start: 2020, end: 2022 } },
  { file: '004', district: '静安区', period: { start: 2006, end: 2010 } },
];

let seeds: Array<{ id: string; fileName: string; doc: PlanDoc }> = [];
let cluster: PgCluster | null = null;
let dbCount = 0;

beforeAll(async () => {
  const files = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  seeds = await Promise.all(
    files.map(async (fileName, i) => ({ id: `seed${i}`, fileName, doc: await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS_DIR, fileName))), fileName }) })),
  );
  if (PG) {
    cluster = await startPostgres();
    console.info(`postgres: ${cluster.version}; initdb ${cluster.timings.initdbMs} ms, start ${cluster.timings.startMs} ms`);
  }
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

async function openStore(kind: 'sqlite' | 'postgres'): Promise<PlanStore> {
  if (kind === 'sqlite') return SqliteStore.open({ dataDir: tempDir() });
  return PgStore.open({ connectionString: await cluster!.createDatabase(`contract_${++dbCount}`) });
}

/** Every seed, in file order, with a fixed id (both stores then hold the same plans under the same ids). */
async function addSeeds(store: PlanStore): Promise<void> {
  for (const s of seeds) await store.addPlan(s.doc, { id: s.id, status: 'reference' });
}

/** Every node of a tree, in reading order. */
const allNodes = (nodes: PlanNode[]): PlanNode[] => [...walk(nodes)].map((w) => w.node);

// ---------------------------------------------------------------------------
// The search oracle

const runs = (s: string) => s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Keys (planId/nodeId) of the seed nodes every term of `query` occurs in, with the filters a test uses. */
function oracle(query: string, filter: (plan: { id: string; doc: PlanDoc }, n: PlanNode) => boolean = () => true): Set<string> {
  const terms = runs(query);
  const out = new Set<string>();
  for (const s of seeds) {
    for (const n of allNodes(s.doc.nodes)) {
      const text = [...runs(n.heading), ...runs(n.body)];
      if (terms.every((t) => text.some((r) => r.includes(t))) && filter(s, n)) out.add(`${s.id}/${n.id}`);
    }
  }
  return out;
}

const keys = (hits: SearchHit[]) => hits.map((h) => `${h.planId}/${h.nodeId}`);

const QUERIES = ['养老', '一网通办', '光纤', '区科委', '信息化', '4G', 'wifi', 'ＷｉＦｉ', '电子政务', '物联网', '云计算 大数据', '宽带 城市', '区商务委', '网格化', '养'];

// ---------------------------------------------------------------------------
// One contract, two stores

describe.each(['sqlite', 'postgres'] as const)('PlanStore contract: %s', (kind) => {
  const skip = kind === 'postgres' && !PG;
  let store: PlanStore;

  beforeAll(async () => {
    if (skip) return;
    store = await openStore(kind);
    await addSeeds(store);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  describe.skipIf(skip)('with the five seeds', () => {
    it('lists the five seeds in the order they were added, with their districts and periods', async () => {
      const list = await store.listPlans();
      expect(list.map((p) => p.id)).toEqual(['seed0', 'seed1', 'seed2', 'seed3', 'seed4']);
      expect(list.map((p) => ({ district: p.district, period: p.period }))).toEqual(SEED_FACTS.map(({ district, period }) => ({ district, period })));
      expect(list.every((p) => p.status === 'reference' && p.revision === 1)).toBe(true);
      // the date issued as read (the library's sort by it): 静安区 2006 has only year and month
      expect(list.map((p) => p.issuedOn)).toEqual(seeds.map((s) => s.doc.meta.issuedOn));
      expect(list.map((p) => p.issuedOn)).toEqual(['2015-06-11', '2011-11-16', '2016-07-18', '2020-08-27', '2005-11']);
      for (const [i, p] of list.entries()) {
        expect(p.title).toBe(seeds[i].doc.meta.title);
        expect(p.counts.task ?? 0).toBe([...allNodes(seeds[i].doc.nodes)].filter((n) => n.kind === 'task').length);
      }
      expect(await store.countPlans('reference')).toBe(5);
      expect(await store.countPlans('draft')).toBe(0);
    });

    it('reads every seed back as it was stored', async () => {
      for (const s of seeds) {
        const got = await store.getPlan(s.id);
        expect(got).toEqual({ ...s.doc, id: s.id, meta: { ...s.doc.meta, status: 'reference' } });
        expect(await store.getStored(s.id)).toEqual({ ...got, revision: 1 });
      }
    });

    it('filters the list by district, period and status', async () => {
      expect((await store.listPlans({ district: '静安区' })).map((p) => p.id)).toEqual(['seed0', 'seed4']);
      expect((await store.listPlans({ district: '静安区', period: { start: 2006, end: 2010 } })).map((p) => p.id)).toEqual(['seed4']);
      expect((await store.listPlans({ period: { start: 2015, end: 2017 } })).map((p) => p.id)).toEqual(['seed2']);
      expect(await store.listPlans({ district: '徐汇区' })).toEqual([]);
      expect(await store.listPlans({ district: null })).toEqual([]);
      expect(await store.listPlans({ status: 'draft' })).toEqual([]);
      expect((await store.listPlans({ status: 'reference' })).length).toBe(5);
    });

    it('lists the departments, sorted', async () => {
      const expected = new Set<string>();
      for (const s of seeds) for (const n of allNodes(s.doc.nodes)) for (const d of [...n.lead, ...n.partners]) if (d.trim()) expected.add(d);
      const got = await store.departments();
      expect(got).toContain('区科委');
      expect(got).toEqual([...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('finds a seed by its text fingerprint and by its nodes, nothing for another document', async () => {
      const s = seeds[2];
      expect(s.doc.meta.source?.textSha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await store.plansFromSameSource(s.doc.meta.source)).map((p) => p.id)).toEqual([s.id]);
      expect((await store.plansFromSameSource({ textSha256: s.doc.meta.source!.textSha256 })).map((p) => p.id)).toEqual([s.id]);
      expect((await store.plansFromSameSource({ sha256: s.doc.meta.source!.sha256 })).map((p) => p.id)).toEqual([s.id]);
      expect(await store.plansFromSameSource({ textSha256: '0'.repeat(64) })).toEqual([]);
      expect(await store.plansFromSameSource(null)).toEqual([]);
      const nodes = [...allNodes(s.doc.nodes)].slice(3, 8);
      expect((await store.plansHoldingNodes(nodes)).map((p) => p.id)).toEqual([s.id]);
      // the same node ids with another text belong to no plan (every seed numbers its nodes n0001 …)
      expect(await store.plansHoldingNodes(nodes.map((n) => ({ ...n, body: n.body + '。' })))).toEqual([]);
    });

    for (const q of QUERIES) {
      it(`search「${q}」finds exactly the nodes holding every term`, async () => {
        const expected = oracle(q);
        expect(expected.size).toBeGreaterThan(0);
        expect(expected.size).toBeLessThan(500);
        const hits = await store.search(q, { limit: 500 });
        expect(new Set(keys(hits))).toEqual(expected);
        expect(hits.length).toBe(expected.size);
        // heading hits come first (no heading hit after a body hit)
        const fields = hits.map((h) => h.field).join(' ');
        expect(fields).toMatch(/^(heading ?)*(body ?)*$/);
        for (const h of hits) expect(h.snippet.some((s) => s.hit) || h.field === 'body').toBe(true);
      });
    }

    it('search applies district, kind, department, period and plan filters', async () => {
      const planOf = (id: string) => seeds.find((s) => s.id === id)!;
      const cases: Array<[string, SearchFilters, (p: { id: string; doc: PlanDoc }, n: PlanNode) => boolean]> = [
        ['信息化', { district: '静安区' }, (p) => p.doc.meta.district === '静安区'],
        ['建设', { kind: 'task' }, (_p, n) => n.kind === 'task'],
        ['建设', { kind: ['action', 'part'] }, (_p, n) => n.kind === 'action' || n.kind === 'part'],
        ['智慧', { department: '区科委' }, (_p, n) => n.lead.includes('区科委') || n.partners.includes('区科委')],
        ['平台', { periodStart: 2015, periodEnd: 2016 }, (p) => p.doc.meta.period!.start <= 2016 && p.doc.meta.period!.end >= 2015],
        ['平台', { periodStart: 2018 }, (p) => p.doc.meta.period!.end >= 2018],
        ['网络', { planId: 'seed1', kind: 'task' }, (p, n) => p.id === 'seed1' && n.kind === 'task'],
        ['网络', { status: 'reference', district: '杨浦区' }, (p) => p.doc.meta.district === '杨浦区'],
      ];
      for (const [q, filters, keep] of cases) {
        const expected = oracle(q, keep);
        expect(expected.size, `${q} ${JSON.stringify(filters)}`).toBeGreaterThan(0);
        expect(expected.size, `${q} ${JSON.stringify(filters)}`).toBeLessThan(500);
        const hits = await store.search(q, { ...filters, limit: 500 });
        expect(new Set(keys(hits)), `${q} ${JSON.stringify(filters)}`).toEqual(expected);
        for (const h of hits) expect(planOf(h.planId)).toBeTruthy();
      }
      expect(await store.search('信息化', { kind: [] })).toEqual([]);
      expect(await store.search('信息化', { status: 'draft' })).toEqual([]);
      expect(await store.search('信息化', { district: '徐汇区' })).toEqual([]);
      expect(await store.search('信息化', { periodStart: 2030 })).toEqual([]);
      expect(await store.search('。,', {})).toEqual([]);
    });

    it('the period filter keeps any overlapping period: 奉贤 2020—2022 is found by 2021, by 2018—2020 and by 2022—2026, not by 2023—2026', async () => {
      const fengxian = seeds.find((x) => x.fileName.startsWith('003'))!.id;
      const plansFound = async (periodStart: number, periodEnd: number) => new Set((await store.search('智慧', { periodStart, periodEnd, limit: 500 })).map((h) => h.planId));
      for (const [a, b] of [[2021, 2021], [2018, 2020], [2022, 2026], [2020, 2022], [2010, 2030]]) expect((await plansFound(a, b)).has(fengxian), `${a}—${b}`).toBe(true);
      for (const [a, b] of [[2023, 2026], [2018, 2019]]) expect((await plansFound(a, b)).has(fengxian), `${a}—${b}`).toBe(false);
    });

    it('lists a department\'s nodes in plan order without a query', async () => {
      const expected: string[] = [];
      for (const s of seeds) for (const n of allNodes(s.doc.nodes)) if (n.lead.includes('区科委') || n.partners.includes('区科委')) expected.push(`${s.id}/${n.id}`);
      expect(expected.length).toBeGreaterThan(3);
      expect(keys(await store.search('', { department: '区科委', limit: 500 }))).toEqual(expected);
      expect(keys(await store.search('', { department: '区科委', limit: 3 }))).toEqual(expected.slice(0, 3));
      expect(await store.search('', {})).toEqual([]);
    });

    it('cuts a long Chinese run that finds nothing into words', async () => {
      // 养老服务平台建设 occurs nowhere as one phrase; its words 养老 服务 平台 建设 do
      expect(oracle('养老服务平台建设').size).toBe(0);
      const words = oracle('养老 服务 平台 建设');
      expect(words.size).toBeGreaterThan(0);
      expect(new Set(keys(await store.search('养老服务平台建设', { limit: 500 })))).toEqual(words);
    });
  });

  describe.skipIf(skip)('the trash', () => {
    let t: PlanStore;
    beforeAll(async () => {
      t = await openStore(kind);
      for (const i of [0, 2, 4]) await t.addPlan(seeds[i].doc, { id: seeds[i].id, status: 'reference' });
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });

    it('a trashed plan leaves every read, keeps its rows, and comes back as it was; only a trashed plan is purged', async () => {
      const stored = await t.getStored('seed2');
      const listed = (await t.listPlans()).find((p) => p.id === 'seed2');
      const depts = await t.departments();
      const hits = await t.search('网络', { limit: 500 });
      expect(hits.some((h) => h.planId === 'seed2')).toBe(true);
      await t.trashPlan('seed2', '2026-12-01T00:00:00.000Z');
      expect((await t.listPlans()).map((p) => p.id)).toEqual(['seed0', 'seed4']);
      expect(await t.hasPlan('seed2')).toBe(false);
      await expect(t.getPlan('seed2')).rejects.toMatchObject({ code: 'not-found' });
      await expect(t.getStored('seed2')).rejects.toMatchObject({ code: 'not-found' });
      await expect(t.revisionOf('seed2')).rejects.toMatchObject({ code: 'not-found' });
      await expect(t.replacePlan('seed2', stored, { baseRevision: stored.revision })).rejects.toMatchObject({ code: 'not-found' });
      await expect(t.setStatus('seed2', 'draft')).rejects.toMatchObject({ code: 'not-found' });
      await expect(t.trashPlan('seed2')).rejects.toMatchObject({ code: 'not-found' });
      expect(await t.countPlans('reference')).toBe(2);
      expect(new Set(keys(await t.search('网络', { limit: 500 })))).toEqual(oracle('网络', (p) => p.id === 'seed0' || p.id === 'seed4'));
      expect(await t.search('网络', { planId: 'seed2' })).toEqual([]);
      expect(await t.search('', { department: '区科委', planId: 'seed2' })).toEqual([]);
      expect(await t.plansFromSameSource(seeds[2].doc.meta.source)).toEqual([]);
      // the departments only this plan names are gone
      const others = new Set<string>();
      for (const i of [0, 4]) for (const n of allNodes(seeds[i].doc.nodes)) for (const d of [...n.lead, ...n.partners]) if (d.trim()) others.add(d);
      expect(await t.departments()).toEqual(depts.filter((d) => others.has(d)));
      expect(await t.listTrash()).toEqual([{ ...listed, trashedAt: '2026-12-01T00:00:00.000Z' }]);
      await expect(t.purgePlan('seed0')).rejects.toMatchObject({ code: 'not-found' });

      await t.restorePlan('seed2');
      await expect(t.restorePlan('seed2')).rejects.toMatchObject({ code: 'not-found' });
      expect(await t.getStored('seed2')).toEqual(stored);
      expect((await t.listPlans()).find((p) => p.id === 'seed2')).toEqual(listed);
      expect(await t.departments()).toEqual(depts);
      expect(new Set(keys(await t.search('网络', { limit: 500 })))).toEqual(new Set(keys(hits)));
      expect(await t.listTrash()).toEqual([]);

      await t.trashPlan('seed2', '2026-12-01T00:00:00.000Z');
      await t.trashPlan('seed4', '2026-12-03T00:00:00.000Z');
      expect((await t.listTrash()).map((p) => p.id)).toEqual(['seed4', 'seed2']);
      expect(await t.purgeTrashedBefore('2026-12-02T00:00:00.000Z')).toEqual(['seed2']);
      await t.purgePlan('seed4');
      expect(await t.listTrash()).toEqual([]);
      await expect(t.restorePlan('seed2')).rejects.toMatchObject({ code: 'not-found' });
      expect((await t.listPlans()).map((p) => p.id)).toEqual(['seed0']);
      // purged for good: the id is free again
      await t.addPlan(seeds[2].doc, { id: 'seed2', status: 'reference' });
      expect(await t.hasPlan('seed2')).toBe(true);
    });
  });

  describe.skipIf(skip)('one district however it is written', () => {
    let other: PlanStore;
    /** Seed 000 (静安区) written in Traditional characters, seed 004 (静安区) as it is, seed 002 (杨浦区) in full width with a space. */
    const written = (i: number, district: string): PlanDoc => ({ ...seeds[i].doc, meta: { ...seeds[i].doc.meta, district } });
    beforeAll(async () => {
      other = await openStore(kind);
      await other.addPlan(written(0, '靜安區'), { id: 'seed0', status: 'reference' });
      await other.addPlan(written(4, '静安区'), { id: 'seed4', status: 'reference' });
      await other.addPlan(written(2, '杨浦 区'), { id: 'seed2', status: 'reference' });
    }, 60_000);
    afterAll(async () => {
      await other?.close();
    });

    it('keeps each plan\'s district as written', async () => {
      expect((await other.listPlans()).map((p) => p.district)).toEqual(['靜安區', '静安区', '杨浦 区']);
      expect((await other.getPlan('seed0')).meta.district).toBe('靜安區');
    });

    it('lists and searches every spelling of a district under any of them', async () => {
      for (const d of ['静安区', '靜安區', '静安區', ' 静安区 ']) expect((await other.listPlans({ district: d })).map((p) => p.id), d).toEqual(['seed0', 'seed4']);
      expect((await other.listPlans({ district: '杨浦区' })).map((p) => p.id)).toEqual(['seed2']);
      expect(await other.listPlans({ district: '徐汇区' })).toEqual([]);
      const jingan = oracle('信息化', (p) => p.id === 'seed0' || p.id === 'seed4');
      expect([...jingan].some((k) => k.startsWith('seed0/')) && [...jingan].some((k) => k.startsWith('seed4/'))).toBe(true);
      for (const d of ['静安区', '靜安區']) expect(new Set(keys(await other.search('信息化', { district: d, limit: 500 }))), d).toEqual(jingan);
      expect(new Set(keys(await other.search('网络', { district: '杨浦区', limit: 500 })))).toEqual(oracle('网络', (p) => p.id === 'seed2'));
    });

    it('a plan saved with another spelling of another district moves with it', async () => {
      const stored = await other.getStored('seed0');
      await other.replacePlan('seed0', { ...stored, meta: { ...stored.meta, district: '楊浦區' } }, { baseRevision: stored.revision });
      expect((await other.listPlans({ district: '杨浦区' })).map((p) => p.id)).toEqual(['seed0', 'seed2']);
      expect((await other.listPlans({ district: '静安区' })).map((p) => p.id)).toEqual(['seed4']);
      expect(new Set(keys(await other.search('网络', { district: '楊浦區', limit: 500 })))).toEqual(oracle('网络', (p) => p.id === 'seed0' || p.id === 'seed2'));
    });
  });

  describe.skipIf(skip)('writes', () => {
    let doc: PlanDoc;
    let id: string;

    beforeAll(async () => {
      doc = structuredClone(seeds[3].doc);
      id = await store.addPlan(doc, { status: 'draft' });
    });

    it('gives a new plan a fresh id and revision 1', async () => {
      expect(id).toMatch(/^p_/);
      expect(await store.revisionOf(id)).toBe(1);
      expect(await store.hasPlan(id)).toBe(true);
      expect((await store.getPlan(id)).meta.status).toBe('draft');
      expect(await store.countPlans('draft')).toBe(1);
    });

    it('saves with the stored revision and refuses a stale one, keeping the first save', async () => {
      const first = structuredClone(doc);
      first.nodes[0].heading = '第一位的修改:光纤到户';
      const saved = await store.replacePlan(id, first, { baseRevision: 1 });
      expect(saved.revision).toBe(2);
      expect(await store.revisionOf(id)).toBe(2);

      const stale = structuredClone(doc);
      stale.nodes[0].heading = '第二位的修改';
      const err = await store.replacePlan(id, stale, { baseRevision: 1 }).then(() => null, (e: unknown) => e);
      expect(err).toMatchObject({ code: 'conflict', details: { id, baseRevision: 1, revision: 2 } });
      const got = await store.getPlan(id);
      expect(got.nodes[0].heading).toBe('第一位的修改:光纤到户');
      expect(await store.revisionOf(id)).toBe(2);
      expect(await store.getStored(id)).toEqual({ ...first, id, revision: 2, meta: { ...first.meta, status: 'draft' } });
      // the index follows the save: the new heading is found, the refused one is not
      expect(keys(await store.search('第一位的修改', { planId: id }))).toEqual([`${id}/${first.nodes[0].id}`]);
      expect(await store.search('第二位的修改', {})).toEqual([]);
    });

    it('lets exactly one of two writers from the same revision win', async () => {
      const base = await store.revisionOf(id);
      const a = structuredClone(doc);
      a.nodes[0].heading = '甲的修改';
      const b = structuredClone(doc);
      b.nodes[0].heading = '乙的修改';
      const results = await Promise.allSettled([store.replacePlan(id, a, { baseRevision: base }), store.replacePlan(id, b, { baseRevision: base })]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won.length).toBe(1);
      expect(lost.length).toBe(1);
      expect(lost[0].reason).toMatchObject({ code: 'conflict', details: { revision: base + 1 } });
      expect(await store.revisionOf(id)).toBe(base + 1);
      const winner = results[0].status === 'fulfilled' ? '甲的修改' : '乙的修改';
      expect((await store.getPlan(id)).nodes[0].heading).toBe(winner);
    });

    it('refuses a save of an unknown plan', async () => {
      await expect(store.replacePlan('p_none', doc, { baseRevision: 1 })).rejects.toMatchObject({ code: 'not-found' });
      await expect(store.revisionOf('p_none')).rejects.toMatchObject({ code: 'not-found' });
      await expect(store.getPlan('p_none')).rejects.toMatchObject({ code: 'not-found' });
    });

    it('changes the status (list, meta, search filter) and bumps the revision', async () => {
      const before = await store.revisionOf(id);
      const saved = await store.setStatus(id, 'review');
      expect(saved.revision).toBe(before + 1);
      expect((await store.getPlan(id)).meta.status).toBe('review');
      expect((await store.listPlans({ status: 'review' })).map((p) => p.id)).toEqual([id]);
      const hits = await store.search('养老', { status: 'review', limit: 500 });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.planId === id)).toBe(true);
    });

    it('a period filter stays bounded when a stored plan ends in a far-off year (a typo such as 2025–20255)', async () => {
      const far = structuredClone(seeds[1].doc);
      far.meta.title = '远期测试计划';
      far.meta.period = { start: 2011, end: 2_000_000_000 };
      const farId = await store.addPlan(far, { status: 'draft' });
      try {
        // the plan's years are indexed from its start for at most 60 years, on both engines
        const hits = await store.search('信息', { planId: farId, periodStart: 2040, limit: 500 });
        expect(hits.length).toBeGreaterThan(0);
        expect(await store.search('信息', { planId: farId, periodStart: 2100, limit: 500 })).toEqual([]);
        expect((await store.search('信息', { periodStart: 2040, limit: 500 })).every((h) => h.planId === farId)).toBe(true);
      } finally {
        await store.deletePlan(farId);
      }
    });

    it('keeps settings as JSON', async () => {
      expect(await store.getSetting('x.missing')).toBeUndefined();
      await store.setSetting('x.recent', [{ id, at: '2026-12-05T00:00:00.000Z' }]);
      await store.setSetting('x.recent', [{ id, at: '2026-12-05T00:00:01.000Z' }]);
      expect(await store.getSetting('x.recent')).toEqual([{ id, at: '2026-12-05T00:00:01.000Z' }]);
    });

    it('deletes a plan with its nodes and index rows', async () => {
      await store.deletePlan(id);
      expect(await store.hasPlan(id)).toBe(false);
      await expect(store.getPlan(id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(store.deletePlan(id)).rejects.toMatchObject({ code: 'not-found' });
      expect((await store.search('养老', { limit: 500 })).some((h) => h.planId === id)).toBe(false);
      expect(await store.plansFromSameSource(doc.meta.source)).toEqual([expect.objectContaining({ id: 'seed3' })]);
      expect((await store.listPlans()).length).toBe(5);
    });
  });
});

// ---------------------------------------------------------------------------
// The two stores side by side

describe.runIf(PG)('PostgreSQL finds what SQLite finds', () => {
  let lite: PlanStore;
  let pg: PlanStore;

  beforeAll(async () => {
    lite = await openStore('sqlite');
    pg = await openStore('postgres');
    await addSeeds(lite);
    await addSeeds(pg);
  }, 120_000);

  afterAll(async () => {
    await lite?.close();
    await pg?.close();
  });

  it('stores the same plans', async () => {
    for (const s of seeds) expect(await pg.getPlan(s.id)).toEqual(await lite.getPlan(s.id));
    const strip = (l: Awaited<ReturnType<PlanStore['listPlans']>>) => l.map(({ createdAt, updatedAt, ...rest }) => rest);
    expect(strip(await pg.listPlans())).toEqual(strip(await lite.listPlans()));
    expect(await pg.departments()).toEqual(await lite.departments());
  });

  const FILTERS: SearchFilters[] = [
    {},
    { district: '静安区' },
    { kind: 'task' },
    { kind: ['action', 'item'] },
    { department: '区科委' },
    { periodStart: 2012, periodEnd: 2015 },
    { planId: 'seed2' },
    { district: '浦东新区', kind: 'task' },
  ];

  /**
   * Same hits: the same nodes in the same order, with the same plan, path, field, snippet and score (heading hits:
   * coverage of the heading; the others: bm25, computed by FTS5 in SQLite and in SQL by PgStore from the same
   * statistics — the same float8 operations, so the same bits).
   */
  function expectSameHits(a: SearchHit[], b: SearchHit[], what: string) {
    expect(b, what).toEqual(a);
  }

  it('returns the same hits for every query and filter (limit 500)', async () => {
    let compared = 0;
    let total = 0;
    for (const q of [...QUERIES, '智慧', '建设', '养老服务平台建设', '']) {
      for (const f of FILTERS) {
        const filters = { ...f, limit: 500 };
        const [a, b] = [await lite.search(q, filters), await pg.search(q, filters)];
        expect(a.length, `${q} ${JSON.stringify(f)}`).toBeLessThan(500);
        expectSameHits(a, b, `${q} ${JSON.stringify(f)}`);
        compared++;
        total += a.length;
      }
    }
    expect(compared).toBe((QUERIES.length + 4) * FILTERS.length);
    expect(total).toBeGreaterThan(1000);
    console.info(`store parity: ${compared} searches, ${total} hits, identical in both stores`);
  });

  it('returns the same first hits under smaller limits', async () => {
    let bodyHits = 0;
    for (const q of ['智慧', '建设', '信息化', '平台', '养老', '云计算 大数据']) {
      const total = (await lite.search(q, { limit: 500 })).length;
      for (const limit of [1, 10, undefined]) {
        const [a, b] = [await lite.search(q, { limit }), await pg.search(q, { limit })];
        expect(a.length).toBe(Math.min(limit ?? 50, total));
        expectSameHits(a, b, `${q} limit ${limit}`);
        bodyHits += a.filter((h) => h.field === 'body').length;
      }
    }
    // some of these lists reach past the heading hits into the bm25-ranked ones
    expect(bodyHits).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------
// PostgreSQL only: the schema's migrations and connection errors

describe.runIf(PG)('PostgreSQL schema', () => {
  async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }
  const tables = (url: string) =>
    withClient(url, async (c) => (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename));

  it('records each migration in schema_version, once, even when two servers start together', async () => {
    const url = await cluster!.createDatabase('schema_fresh');
    const [a, b] = await Promise.all([PgStore.open({ connectionString: url }), PgStore.open({ connectionString: url })]);
    await a.close();
    await b.close();
    const rows = await withClient(url, async (c) => (await c.query(`SELECT version, name FROM schema_version ORDER BY version`)).rows);
    expect(rows).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // the SQLite library's tables (migrations 001–011, less its FTS5 index) and the version table
    expect(await tables(url)).toEqual([
      'annotation_authors', 'annotations', 'audit_log', 'compare_pins', 'compare_terms', 'node_departments', 'nodes', 'plan_history', 'plan_history_nodes',
      'plan_owners', 'plan_shares', 'plan_tokens', 'plan_vectors', 'plan_versions', 'plans', 'review_rounds', 'schema_version', 'sessions', 'settings', 'user_recent', 'users',
    ]);
    // opening again applies nothing
    const again = await PgStore.open({ connectionString: url });
    await again.close();
    expect(await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM schema_version`)).rows[0].n)).toBe(8);
  });

  it('refuses a database of a newer schema and changes nothing in it', async () => {
    const url = await cluster!.createDatabase('schema_newer');
    const store = await PgStore.open({ connectionString: url });
    await store.addPlan(seeds[0].doc, { id: 'seed0' });
    await store.close();
    await withClient(url, (c) => c.query(`INSERT INTO schema_version (version, name) VALUES (99, 'from-the-future')`));
    const before = await tables(url);
    const err = await PgStore.open({ connectionString: url }).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'db-too-new', details: { dbVersion: 99, supportedVersion: 8 } });
    expect((err as Error).message).toMatch(/更新版本/);
    expect(await tables(url)).toEqual(before);
    expect(await withClient(url, async (c) => (await c.query(`SELECT id FROM plans`)).rows)).toEqual([{ id: 'seed0' }]);
  });

  it('007 gives the plans of a schema-6 library their district key: every spelling of a district lists and searches as one', async () => {
    const url = await cluster!.createDatabase('schema_district');
    const store = await PgStore.open({ connectionString: url });
    await store.addPlan({ ...seeds[0].doc, meta: { ...seeds[0].doc.meta, district: '靜安區' } }, { id: 'seed0' });
    await store.addPlan(seeds[4].doc, { id: 'seed4' });
    await store.close();
    // the schema of version 6: 007 and 008 only added a column and its index each
    await withClient(url, (c) => c.query(`DROP INDEX plans_trashed; ALTER TABLE plans DROP COLUMN trashed_at; DELETE FROM schema_version WHERE version = 8;
      DROP INDEX plans_district_key; ALTER TABLE plans DROP COLUMN district_key; DELETE FROM schema_version WHERE version = 7`));
    const migrated = await PgStore.open({ connectionString: url });
    try {
      expect(await withClient(url, async (c) => (await c.query(`SELECT id, district, district_key FROM plans ORDER BY id`)).rows)).toEqual([
        { id: 'seed0', district: '靜安區', district_key: '静安区' },
        { id: 'seed4', district: '静安区', district_key: '静安区' },
      ]);
      expect((await migrated.listPlans({ district: '静安区' })).map((p) => p.id)).toEqual(['seed0', 'seed4']);
      const hits = await migrated.search('信息化', { district: '靜安區', limit: 500 });
      expect(new Set(hits.map((h) => h.planId))).toEqual(new Set(['seed0', 'seed4']));
    } finally {
      await migrated.close();
    }
  });

  it('says in one line that a server cannot be reached, without the password', async () => {
    const url = `postgresql://postgres:s3cret@localhost/none?host=${encodeURIComponent(cluster!.dir + '/nowhere')}`;
    const err = await PgStore.open({ connectionString: url }).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'unavailable' });
    expect((err as Error).message).toMatch(/^无法连接/);
    expect((err as Error).message).not.toContain('s3cret');
    expect((err as Error).message).not.toContain('\n');
  });
});
