/**
 * The two storages of the core give the same answers: a core on a library folder (SQLite) and a core on a real
 * PostgreSQL, both holding the five seeds, asked the same questions through the API — the library list, searches
 * with filters, a comparison of two plans, the library-wide similar tasks — and again after the same edit is saved in
 * both (the comparison vectors, the search index and the history follow the save). Plan ids are random per library,
 * so answers are compared with each id replaced by its plan's title.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { ok } from '../helpers/core-call.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-agree-');
const PG = postgresAvailable();

describe.runIf(PG)('SQLite and PostgreSQL answer alike', () => {
  let cluster: PgCluster;
  let lite: Core;
  let pg: Core;
  /** plan id → title, per core */
  const titles = new Map<string, string>();

  beforeAll(async () => {
    cluster = await startPostgres({ prefix: 'pw-pg-agree-' });
    lite = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test' });
    pg = await createCore({ dataDir: tempDir(), postgres: await cluster.createDatabase('agree'), seedsDir: SEEDS_DIR, host: 'test' });
    for (const c of [lite, pg]) for (const p of await ok(c, 'library.list', {})) titles.set(p.id, p.title);
  }, 120_000);

  afterAll(async () => {
    lite?.close();
    pg?.close();
    await cluster?.stop();
  });

  /** The answer with plan ids replaced by titles and times dropped. */
  const neutral = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v, (k, x) => (/At$/.test(k) ? undefined : typeof x === 'string' && titles.has(x) ? `《${titles.get(x)}》` : x)));
  const idOf = async (c: Core, district: string, start: number) =>
    (await ok(c, 'library.list', {})).find((p) => p.district === district && p.period?.start === start)!.id;

  it('the same list and the same search hits, in the same order with the same scores', async () => {
    expect(neutral(await ok(pg, 'library.list', {}))).toEqual(neutral(await ok(lite, 'library.list', {})));
    expect((await ok(pg, 'library.list', {})).length).toBe(5);
    for (const [query, filters] of [
      ['养老', {}],
      ['光纤 宽带', { district: '杨浦区' }],
      ['信息化', { kind: ['task'] }],
      ['', { department: '区商务委' }],
      ['云计算', { periodStart: 2014, periodEnd: 2016 }],
    ] as const) {
      const a = await ok(lite, 'library.search', { query, filters });
      const b = await ok(pg, 'library.search', { query, filters });
      expect(a.length, query).toBeGreaterThan(0);
      expect(neutral(b), query).toEqual(neutral(a));
    }
  });

  it('the same comparison of 静安 2014 with 杨浦 2015, and the same similar tasks across the library', async () => {
    const pairs = async (c: Core) => ok(c, 'compare.plans', { leftId: await idOf(c, '静安区', 2014), rightId: await idOf(c, '杨浦区', 2015) });
    const a = await pairs(lite);
    expect(a.pairs.length).toBeGreaterThan(10);
    expect(neutral(await pairs(pg))).toEqual(neutral(a));
    const similar = async (c: Core) => ok(c, 'compare.similar', { planId: await idOf(c, '杨浦区', 2015) });
    const s = await similar(lite);
    expect(s.tasks.some((t) => t.matches.length > 0)).toBe(true);
    expect(neutral(await similar(pg))).toEqual(neutral(s));
  });

  it('after the same save in both: the same similar tasks, the same hits for the new words, the same history', async () => {
    const edit = async (c: Core) => {
      const { id } = await ok(c, 'plan.duplicate', { id: await idOf(c, '奉贤区', 2020), title: '奉贤区测试副本' });
      titles.set(id, '奉贤区测试副本');
      const plan: StoredPlan = await ok(c, 'plan.get', { id });
      const { id: _i, revision, ...doc } = plan;
      doc.nodes[0].heading = '智慧养老服务与长者照护平台建设';
      doc.nodes[0].body = '建设区级长者照护数据平台,推进智慧养老服务全覆盖。';
      await ok(c, 'plan.save', { id, doc, baseRevision: revision });
      return id;
    };
    const [la, pa] = [await edit(lite), await edit(pg)];
    const hits = async (c: Core) => ok(c, 'library.search', { query: '长者照护' });
    expect((await hits(lite)).map((h) => [h.planTitle, h.field, h.snippet.filter((x) => x.hit).map((x) => x.text).join('')])).toEqual([
      ['奉贤区测试副本', 'heading', '长者照护'], // one hit per node: the heading's, as it holds the words too
    ]);
    expect(neutral(await hits(pg))).toEqual(neutral(await hits(lite)));
    expect(neutral(await ok(pg, 'compare.similar', { planId: pa }))).toEqual(neutral(await ok(lite, 'compare.similar', { planId: la })));
    const history = async (c: Core, id: string) => (await ok(c, 'history.list', { planId: id })).map((e) => ({ kind: e.kind, summary: e.summary, revision: e.revision }));
    expect(await history(lite, la)).toEqual([
      { kind: 'edit', summary: expect.stringMatching(/^修改 1 处/), revision: 2 },
      { kind: 'create', summary: expect.stringMatching(/^复制自《/), revision: 1 },
    ]);
    expect(await history(pg, pa)).toEqual(await history(lite, la));
    expect((await ok(pg, 'versions.list', { planId: pa })).map((v) => v.reason)).toEqual((await ok(lite, 'versions.list', { planId: la })).map((v) => v.reason));
  });
});
