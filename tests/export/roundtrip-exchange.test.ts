/**
 * The open exchange formats go both ways (issue 13, "Nothing entered is lost"): a plan exported as plan JSON
 * (plan-workbench/v1, as the CLI's export-json and the export dialog write it) or as the app's Markdown, and imported
 * again through the core (plan.importPreview → plan.importCommit), is the same plan.
 *
 *  - JSON: identical — meta, every node with kind, number, heading, body, departments, indicators, milestones,
 *    themes, review flag, and the import report — once ids are dropped;
 *  - Markdown: the same headings at the same levels with the same kinds, and per node the same lead and partner
 *    departments, indicators (name, value, unit, comparator, year) and milestones (year, stage, text).
 *
 * On the five seeds and on a plan edited through the core API (item-level departments, milestones and indicators, a
 * 专栏, review flags, metadata). The figures (kept / total) are printed and recorded in docs/exchange.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { PlanDoc, walk, type PlanNode } from '../../shared/model/plan.js';
import type { StoredPlan } from '../../shared/api/contract.js';
import { fails, ok } from '../helpers/core-call.js';
import { splitFieldLines } from '../../shared/importer/fieldlines.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
let dataDir: string;
let core: Core;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-exchange-'));
  core = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test' });
}, 120_000);
afterAll(async () => {
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** export-json as the CLI writes it: the stored plan less its revision, checked against the schema. */
async function exportJson(id: string): Promise<string> {
  const { revision: _r, ...doc } = await ok(core, 'plan.get', { id });
  return JSON.stringify(PlanDoc.parse(doc), null, 2) + '\n';
}

/** Import a file as the app does (preview in the worker, then commit); returns the stored plan. */
async function importThroughCore(fileName: string, text: string): Promise<StoredPlan> {
  const { levelMapping: _m, ...doc } = await ok(core, 'plan.importPreview', { fileName, dataBase64: b64(text) });
  const { id } = await ok(core, 'plan.importCommit', { doc });
  return ok(core, 'plan.get', { id });
}

/** A plan without its ids (plan id, revision, node ids): what "the same plan" means across a library. */
function withoutIds(p: StoredPlan | PlanDoc): unknown {
  const strip = (n: PlanNode): unknown => {
    const { id: _id, children, ...rest } = n;
    return { ...rest, children: children.map(strip) };
  };
  const { id: _id, revision: _rev, nodes, ...rest } = p as StoredPlan;
  return { ...rest, nodes: nodes.map(strip) };
}

/** Leaves of a JSON value (for the fields-kept figure). */
function leaves(v: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) leaves(x, `${at}/${k}`, out);
  } else out.set(at, JSON.stringify(v));
  return out;
}

/** Headings as compared across a Markdown round trip: printed punctuation (full-width, 一字线) folded back. */
const norm = (s: string) => s.normalize('NFKC').replace(/[—–－]/g, '-').replace(/[“”]/g, '"').replace(/\s+/g, '');

interface Flat { node: PlanNode; depth: number; key: string }
function flatten(nodes: PlanNode[]): Flat[] {
  return [...walk(nodes)].map(({ node, path: up }) => ({
    node,
    depth: up.length,
    // heading and body together: a short first sentence may come back as the heading of a point (（1）推进…。)
    // (field lines read back stay in the body as text: they are not the node's text)
    key: `${up.length}|${node.kind}|${norm(node.heading + splitFieldLines(node.body).text.join('')).replace(/[\p{P}\p{S}]/gu, '').slice(0, 24)}`,
  }));
}

/** Pair the nodes of two plans in document order by level, kind and heading (longest common subsequence). */
function pairNodes(a: Flat[], b: Flat[]): [Flat, Flat][] {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i].key === b[j].key ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: [Flat, Flat][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i].key === b[j].key) { out.push([a[i], b[j]]); i++; j++; } else if (L[i + 1][j] >= L[i][j + 1]) i++; else j++;
  }
  return out;
}

interface Figures { meta: [number, number]; nodes: [number, number]; extraNodes: number; departments: [number, number]; indicators: [number, number]; milestones: [number, number]; lost: string[] }

/**
 * Metadata the Markdown export writes (title, 发文机关 / 发文字号 / 成文日期, the 印发 notice with its 主送机关) and what
 * the title says (district, city, period). The notice is compared as printed (punctuation folded), less a first line
 * 关于印发…的通知 (printed as the notice's title when it has none, and read back as its first line).
 */
const MD_META = ['title', 'district', 'city', 'period', 'issuer', 'docNumber', 'issuedOn', 'addressees', 'notice'] as const;
const noticeText = (d: PlanDoc) => norm(d.meta.notice.split('\n').filter((p, i) => !(i === 0 && /^关于.{2,}的通知$/.test(p.trim()))).join(''));

/** What a Markdown round trip kept of a plan, field by field. */
function markdownFigures(orig: PlanDoc, back: PlanDoc): Figures {
  const a = flatten(orig.nodes);
  const b = flatten(back.nodes);
  const pairs = pairNodes(a, b);
  const f: Figures = { meta: [0, 0], nodes: [pairs.length, a.length], extraNodes: b.length - pairs.length, departments: [0, 0], indicators: [0, 0], milestones: [0, 0], lost: [] };
  for (const k of MD_META) {
    const same = k === 'title' ? norm(orig.meta.title) === norm(back.meta.title) : k === 'notice' ? noticeText(orig) === noticeText(back)
      : JSON.stringify(orig.meta[k]) === JSON.stringify(back.meta[k]);
    f.meta[1]++;
    if (same) f.meta[0]++;
    else f.lost.push(`meta.${k}: ${JSON.stringify(orig.meta[k])} → ${JSON.stringify(back.meta[k])}`);
  }
  const paired = new Map(pairs.map(([x, y]) => [x.node, y.node]));
  for (const { node } of a) {
    const got = paired.get(node);
    const where = `${node.kind} ${node.number}${node.heading.slice(0, 20)}`;
    const dept = (x: PlanNode | undefined) => (x ? [...x.lead.map((d) => `牵头:${d}`), ...x.partners.map((d) => `配合:${d}`)] : []);
    // (an indicator's name is read from the text, which the export prints with official punctuation — "(包括…)" as
    // "（包括…）" — so names are compared as printed, like the title and the notice)
    const ind = (x: PlanNode | undefined) => (x ? x.indicators.map((i) => `${norm(i.name)}|${i.value}|${i.unit}|${i.comparator}|${i.year}`) : []);
    const ms = (x: PlanNode | undefined) => (x ? x.milestones.map((m) => `${m.year}|${m.stage}|${m.text}`) : []);
    for (const [k, fn] of [['departments', dept], ['indicators', ind], ['milestones', ms]] as const) {
      const want = fn(node);
      const have = fn(got);
      f[k][1] += want.length;
      for (const w of want) {
        if (have.includes(w)) f[k][0]++;
        else f.lost.push(`${where}: ${k} ${w}`);
      }
      for (const h of have) if (!want.includes(h)) f.lost.push(`${where}: extra ${k} ${h}`);
    }
    if (!got) f.lost.push(`${where}: node not found`);
  }
  return f;
}

const figures: Record<string, { json?: string; markdown?: Figures }> = {};

/** A plan entered through the core API: every field a user can set, at every level. */
async function editedPlan(): Promise<string> {
  const { id } = await ok(core, 'plan.createBlank', { title: '东湖区推进数字化转型三年行动计划（2025—2027年）', district: '东湖区', period: { start: 2025, end: 2027 } });
  const plan = await ok(core, 'plan.get', { id });
  let k = 0;
  const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
    id: `e${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
  });
  const { revision, ...doc } = plan;
  doc.meta = {
    ...doc.meta,
    issuer: '东湖区人民政府办公室',
    docNumber: '东府办发〔2025〕12号',
    issuedOn: '2025-03-18',
    addressees: ['各街道办事处', '区政府各委、办、局'],
    notice: '经区政府同意，现将《东湖区推进数字化转型三年行动计划（2025—2027年）》印发给你们，请认真组织实施。',
    preamble: '为加快推进数字化转型，结合本区实际，制定本行动计划。',
  };
  doc.nodes = [
    node('part', { number: '一、', heading: '总体要求', body: '坚持以人民为中心，统筹发展和安全。', children: [
      node('section', { number: '（一）', heading: '主要目标', body: '到2027年，数字化转型取得明显成效。', indicators: [
        { name: '千兆光网覆盖率', value: 98, unit: '%', comparator: '>=', year: 2027, text: '千兆光网覆盖率达到98%' },
        { name: '政务服务事项全程网办率', value: 90, unit: '%', comparator: '>=', year: 2026, text: '' },
        { name: '数据中心能耗', value: 1.3, unit: '', comparator: '<=', year: null, text: 'PUE控制在1.3以内' },
      ] }),
    ] }),
    node('part', { number: '二、', heading: '主要任务', children: [
      node('action', { number: '行动一', heading: '建设新型基础设施', lead: ['区科委'], partners: ['区发展改革委'], children: [
        node('task', { number: '1.', heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇。', lead: ['区科委'], partners: ['区住房城乡建设委', '各街道(镇)'],
          milestones: [
            { year: 2025, stage: '启动', text: '完成光网改造方案' },
            { year: 2026, stage: '推进', text: '改造老旧小区光网300个' },
            { year: 2026, stage: '推进', text: '新建5G基站500个' },
            { year: 2027, stage: '完成', text: '全区千兆光网全覆盖' },
          ],
          unreviewed: true,
          children: [
            node('item', { number: '（1）', heading: '', body: '推进老旧小区光网改造。', lead: ['区住房城乡建设委'], partners: ['区房管局'],
              milestones: [{ year: 2025, stage: null, text: '试点10个小区' }],
              indicators: [{ name: '老旧小区光网改造数', value: 300, unit: '个', comparator: '=', year: 2027, text: '改造300个' }] }),
            node('item', { number: '（2）', heading: '', body: '推进商务楼宇光网升级。' }),
            node('item', { number: '（3）', heading: '', body: '推进产业园区双千兆覆盖。', lead: ['区经委'], partners: ['各园区管委会'],
              milestones: [{ year: 2027, stage: '完成', text: '园区双千兆全覆盖' }] }),
          ] }),
        node('task', { number: '2.', heading: '建设城市数据中心', body: '统筹建设区级数据中心。', lead: ['区大数据中心'],
          indicators: [{ name: '数据中心机架', value: 2000, unit: '个', comparator: '>=', year: 2027, text: '' }] }),
        node('box', { number: '专栏1', heading: '新型基础设施重点工程', children: [
          node('item', { number: '1.', heading: '千兆小区工程', body: '改造老旧小区光网。', lead: ['区科委'] }),
        ] }),
      ] }),
      node('action', { number: '行动二', heading: '提升政务服务效能', children: [
        node('task', { number: '3.', heading: '深化一网通办', body: '推动高频事项全程网办。', partners: ['区政务服务中心'],
          milestones: [{ year: 2025, stage: '启动', text: '2025年启动' }, { year: 2027, stage: '完成', text: '高频事项全程网办' }] }),
      ] }),
    ] }),
  ];
  const saved = await ok(core, 'plan.save', { id, doc, baseRevision: revision });
  expect(saved.revision).toBe(revision + 1);
  return id;
}

async function planIds(): Promise<{ name: string; id: string }[]> {
  const list = await ok(core, 'library.list', {});
  const seeds = list.filter((p) => p.sourceFileName && /^\d{3}_/.test(p.sourceFileName)).map((p) => ({ name: p.sourceFileName!, id: p.id }));
  seeds.sort((x, y) => x.name.localeCompare(y.name));
  return [...seeds, { name: 'edited', id: await editedPlan() }];
}

describe('open exchange formats round trip', () => {
  let plans: { name: string; id: string }[] = [];
  beforeAll(async () => { plans = await planIds(); }, 120_000);

  it('the library holds the five seeds and the edited plan', () => {
    expect(plans.map((p) => p.name)).toEqual(['000_c5ac5ec241139578.txt', '001_93e2e572a76f2d41.txt', '002_72028bf86ba9aa86.txt', '003_95ba35a700e40d34.txt', '004_5927250410f73846.txt', 'edited']);
  });

  it('export-json → import: the identical plan (ids aside), for every seed and the edited plan', async () => {
    for (const { name, id } of plans) {
      const orig = await ok(core, 'plan.get', { id });
      const back = await importThroughCore('plan.json', await exportJson(id));
      expect(back.id).not.toBe(id);
      const a = leaves(withoutIds(orig));
      const b = leaves(withoutIds(back));
      const kept = [...a].filter(([k, v]) => b.get(k) === v).length;
      figures[name] = { ...figures[name], json: `${kept}/${a.size}` };
      expect(withoutIds(back)).toEqual(withoutIds(orig));
      // node ids survive too (annotations and version comparisons hang on them)
      expect([...walk(back.nodes)].map((x) => x.node.id)).toEqual([...walk(orig.nodes)].map((x) => x.node.id));
    }
  }, 120_000);

  it('export-markdown → import: the same headings, levels and kinds, departments, indicators and milestones', async () => {
    for (const { name, id } of plans) {
      const orig = await ok(core, 'plan.get', { id });
      const { text } = await ok(core, 'export.markdown', { id });
      const back = await importThroughCore('plan.md', text);
      const f = markdownFigures(orig, back);
      figures[name] = { ...figures[name], markdown: f };
    }
    for (const [name, f] of Object.entries(figures)) {
      const m = f.markdown!;
      expect(m.lost, `${name}:\n${m.lost.slice(0, 20).join('\n')}`).toEqual([]);
      expect(m.nodes[0]).toBe(m.nodes[1]);
      expect(m.extraNodes).toBe(0);
    }
  }, 180_000);

  it('a second Markdown round trip changes nothing more', async () => {
    const id = plans.find((p) => p.name === 'edited')!.id;
    const once = await importThroughCore('plan.md', (await ok(core, 'export.markdown', { id })).text);
    const twice = await importThroughCore('plan.md', (await ok(core, 'export.markdown', { id: once.id })).text);
    expect((await ok(core, 'export.markdown', { id: twice.id })).text).toBe((await ok(core, 'export.markdown', { id: once.id })).text);
  }, 60_000);

  afterAll(() => {
    const rows = Object.entries(figures).map(([name, f]) => {
      const m = f.markdown;
      const r = (x?: [number, number]) => (x ? `${x[0]}/${x[1]}` : '—');
      return `| ${name} | ${f.json ?? '—'} | ${r(m?.meta)} | ${r(m?.nodes)} | ${m ? m.extraNodes : '—'} | ${r(m?.departments)} | ${r(m?.indicators)} | ${r(m?.milestones)} |`;
    });
    console.log(['| plan | JSON: fields kept | Markdown: metadata | nodes | extra nodes | departments | indicators | milestones |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
  });
});

describe('plan JSON that cannot be imported leaves the library unchanged', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": "plan-workbench/v1", "meta": ', /JSON 格式有误/],
    ['JSON, not a plan', '{"name": "某区计划", "tasks": []}', /不是规划交换文件/],
    ['a JSON array', '[1, 2, 3]', /不是规划交换文件/],
    ['a newer format version', '{"format": "plan-workbench/v2", "meta": {}, "nodes": []}', /较新版本.*plan-workbench\/v2.*升级/],
    ['a v1 plan that breaks the schema', '{"format": "plan-workbench/v1", "meta": {"title": "某区计划"}, "nodes": []}', /不符合 plan-workbench\/v1 格式:meta › district/],
  ];
  for (const [what, text, message] of cases) {
    it(`${what}: one Chinese line, nothing stored`, async () => {
      const before = (await ok(core, 'library.list', {})).length;
      const err = await fails(core, 'plan.importPreview', { fileName: '计划.json', dataBase64: b64(text) });
      expect(err.message).toMatch(message);
      expect(err.message).toMatch(/^无法导入 计划\.json:/);
      expect(err.message).not.toMatch(/\n|at .*\.ts/);
      expect((await ok(core, 'library.list', {})).length).toBe(before);
    });
  }

  it('a review package given to the plan import says how to open it, whatever its name', async () => {
    for (const fileName of ['审阅.planreview', '审阅.json']) {
      const err = await fails(core, 'plan.importPreview', { fileName, dataBase64: b64('{"format": "plan-workbench-review/v1", "plan": {}}') });
      expect(err.message).toMatch(/这是审阅包.*导入审阅包/);
    }
  });

  it('a node kind the format does not have is named with its place in the tree', async () => {
    const { revision: _r, ...doc } = await ok(core, 'plan.get', { id: (await ok(core, 'library.list', {}))[0].id });
    const bad = JSON.parse(JSON.stringify(doc));
    bad.nodes[0].kind = 'chapter';
    const err = await fails(core, 'plan.importPreview', { fileName: 'bad.json', dataBase64: b64(JSON.stringify(bad)) });
    expect(err.message).toMatch(/nodes 第 1 项 › kind/);
    expect(err.message).not.toMatch(/\n/);
  });

  it('a text file that starts with { is still text; plan JSON under another name is still a plan', async () => {
    const text = await ok(core, 'plan.importPreview', { fileName: 'notes.txt', dataBase64: b64('{草稿}\n某区三年行动计划\n一、总体要求\n坚持问题导向。\n二、主要任务\n推进改革。\n') });
    expect(text.nodes.length).toBeGreaterThan(0);
    const id = (await ok(core, 'library.list', {}))[0].id;
    const plan = await ok(core, 'plan.importPreview', { fileName: 'plan.txt', dataBase64: b64(await exportJson(id)) });
    expect(withoutIds(plan as PlanDoc)).toEqual(withoutIds((({ levelMapping: _m, ...d }) => d)(await ok(core, 'plan.importPreview', { fileName: 'plan.json', dataBase64: b64(await exportJson(id)) })) as PlanDoc));
    expect(plan.meta.title).toBe((await ok(core, 'plan.get', { id })).meta.title);
  });
});
