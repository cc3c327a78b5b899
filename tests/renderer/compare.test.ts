// @vitest-environment happy-dom
/**
 * Compare store on real plans (静安 2014 ↔ 杨浦 2015, aligned by the real shared/compare): rows in place, pins
 * stored with compare.pins.set and applied on reload, filters, next / previous change, "take this" (fresh ids,
 * plan.save with baseRevision, one retry on 'conflict'), a plan against a version; overview helpers; i18n.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, getActivePinia, setActivePinia } from 'pinia';
import { makeI18n } from '../../renderer/src/i18n';
import MetaChanges from '../../renderer/src/compare/MetaChanges.vue';
import ReviewLog from '../../renderer/src/compare/ReviewLog.vue';
import CompareRows from '../../renderer/src/compare/CompareRows.vue';
import type { AnnotationView } from '../../shared/review/model';
import { ApiClient, ApiError, setApi, type Transport } from '../../renderer/src/api/client';
import { useCompareStore } from '../../renderer/src/stores/compare';
import { flatten, indicatorGroup, tasksByTheme, unitKey, withBreak, withPin } from '../../renderer/src/compare/model';
import { comparePlans, compareVersions } from '../../shared/compare/index';
import type { Envelope, PlanSummary } from '../../shared/api/contract';
import type { Pin } from '../../shared/compare/align';
import { planFromTemplate } from '../../shared/template';
import { findNode, locate } from '../../shared/tree';
import type { PlanDoc } from '../../shared/model/plan';
import zh from '../../renderer/src/i18n/compare.zh-CN';
import en from '../../renderer/src/i18n/compare.en';
import { fakeLibrary, flat, seedDoc, type FakeLibrary } from './helpers';
import { comparisonCsv, comparisonFileName, comparisonJson } from '../../renderer/src/compare/exportComparison';

const JINGAN = '000_c5ac5ec241139578.txt';
const YANGPU = '002_72028bf86ba9aa86.txt';

let lib: FakeLibrary;
let pinStore: Map<string, Pin[]>;
let versions: Map<number, PlanDoc>;
/** review.list per plan (a version compare shows what the review did since the version). */
let notes: Map<string, AnnotationView[]>;

/** The fake library of helpers.ts plus compare.*, versions.* and library.list (the real alignment). */
function withCompare(base: FakeLibrary): ApiClient {
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      const i = input as any;
      base.calls.push({ method, input: structuredClone(input) });
      const doc = (id: string) => {
        const p = base.plans.get(id);
        if (!p) throw new ApiError('not-found', id);
        return p;
      };
      try {
        switch (method) {
          case 'compare.plans': {
            const pins: Pin[] = i.pins ?? pinStore.get(`${i.leftId}|${i.rightId}`) ?? [];
            const c = comparePlans(doc(i.leftId), doc(i.rightId), { pins });
            return { ok: true, result: structuredClone({ leftId: i.leftId, rightId: i.rightId, ...c, pins }) };
          }
          case 'compare.pins.set':
            pinStore.set(`${i.leftId}|${i.rightId}`, structuredClone(i.pins));
            return { ok: true, result: { ok: true, pins: i.pins.length } };
          case 'versions.get': {
            const v = versions.get(i.versionId)!;
            return { ok: true, result: { planId: i.planId, versionId: i.versionId, name: 'v', kind: 'named', reason: 'named', revision: 1, status: 'draft', createdAt: '2025-01-01T00:00:00Z', counts: {}, doc: structuredClone(v) } };
          }
          case 'compare.versions': {
            // (to another version too: two review rounds' snapshots compared)
            const to = i.toVersionId === 'current' ? doc(i.planId) : versions.get(i.toVersionId)!;
            const d = compareVersions(versions.get(i.fromVersionId)!, to, { matchBy: 'id' });
            return { ok: true, result: structuredClone({ planId: i.planId, from: { label: 'v', planId: i.planId, versionId: i.fromVersionId }, to: { label: i.toVersionId === 'current' ? 'current' : 'v', planId: i.planId, versionId: i.toVersionId === 'current' ? null : i.toVersionId }, ...d }) };
          }
          case 'review.list':
            return { ok: true, result: structuredClone(notes.get(i.planId) ?? []) };
          case 'versions.list':
            return {
              ok: true,
              result: [
                { planId: i.planId, versionId: 7, name: '第1轮审阅', kind: 'auto', reason: 'review-round:1', revision: 3, status: 'review', createdAt: '2026-12-06T03:21:40.000Z', counts: {} },
                { planId: i.planId, versionId: 6, name: '状态变更', kind: 'auto', reason: 'status:draft→review', revision: 3, status: 'draft', createdAt: '2026-12-06T03:21:39.000Z', counts: {} },
              ],
            };
          case 'library.list': {
            const list: PlanSummary[] = [...base.plans.values()].map((p) => ({
              id: p.id, title: p.meta.title, district: p.meta.district, period: p.meta.period, status: p.meta.status, counts: {},
              sourceFileName: null, createdAt: '', updatedAt: '', basedOn: p.meta.basedOn, revision: p.revision, ...(p.may ? { may: p.may } : {}),
            }));
            return { ok: true, result: list };
          }
          default: {
            base.calls.pop(); // the base transport records it
            return { ok: true, result: await base.client.call(method, i) };
          }
        }
      } catch (e) {
        if (e instanceof ApiError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
        throw e;
      }
    },
  };
  return new ApiClient(transport);
}

function setup(opts: { leftDraft?: boolean } = {}) {
  const jingan = seedDoc(JINGAN);
  const yangpu = seedDoc(YANGPU);
  const ref = (d: PlanDoc): PlanDoc => ({ ...d, meta: { ...d.meta, status: 'reference' } });
  const draft = planFromTemplate(jingan, { district: '静安区', period: { start: 2017, end: 2019 }, mode: 'full', templateId: 'L' });
  lib = fakeLibrary({ L: ref(jingan), R: ref(yangpu), D: draft });
  pinStore = new Map();
  versions = new Map();
  notes = new Map();
  setApi(withCompare(lib));
  return { jingan, yangpu, draft, leftId: opts.leftDraft ? 'D' : 'L' };
}

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => setApi(null));

const rowOf = (s: ReturnType<typeof useCompareStore>, left: string, right: string) =>
  s.rows.find((r) => r.left?.heading === left && r.right?.heading === right);

describe('compare store: rows', () => {
  it('aligns 静安 2014 with 杨浦 2015: the 养老 pair, unmatched nodes in place with an empty opposite cell', async () => {
    setup();
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'plan', id: 'R' })).toBe(true);
    const pair = rowOf(s, '智慧养老服务', '智慧养老')!;
    expect(pair).toBeDefined();
    expect(pair.score).toBeGreaterThan(0.3);
    expect(pair.reasons.length).toBeGreaterThan(0);
    expect(pair.themes).toContain('养老');
    expect(rowOf(s, '宽带城市深化', '宽带城市深化')).toBeDefined();
    const onlyLeft = s.rows.filter((r) => r.left && !r.right);
    const onlyRight = s.rows.filter((r) => !r.left && r.right);
    expect(onlyLeft.map((r) => r.left!.heading)).toContain('智慧体育服务');
    expect(onlyRight.length).toBe(s.comparison!.unmatchedRight.length);
    expect(onlyLeft.every((r) => r.status === 'left-only')).toBe(true);
    // every left node of the alignment once, in the left plan's reading order
    const order = flatten(seedDoc(JINGAN).nodes).map((x) => x.node.heading);
    const lefts = s.rows.filter((r) => r.left).map((r) => order.indexOf(r.left!.heading));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    // an unmatched right node comes after the row of the nearest paired right node before it (in the right plan)
    const R = flatten(s.rightDoc!.nodes).map((x) => x.node.id);
    const pairedAt = new Map(s.rows.flatMap((r, i) => (r.left && r.right ? [[R.indexOf(r.right.id), i] as const] : [])));
    s.rows.forEach((r, i) => {
      if (r.left || !r.right) return;
      const at = R.indexOf(r.right.id);
      const before = [...pairedAt.keys()].filter((k) => k < at);
      if (before.length) expect(pairedAt.get(Math.max(...before))!).toBeLessThan(i);
    });
    expect(s.selected).not.toBeNull();
  });

  it('reports a comparison that cannot be made', async () => {
    setup();
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'plan', id: 'nope' })).toBe(false);
    expect(s.error).toBeTruthy();
    expect(s.rows).toEqual([]);
  });
});

describe('compare store: pins', () => {
  it('pins a pair by hand, stores it with compare.pins.set, and a reload applies it', async () => {
    setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    const left = s.rows.find((r) => r.left?.heading === '智慧体育服务')!.left!.id;
    const right = s.rows.find((r) => !r.left && r.right?.kind === 'task')!.right!.id;
    s.choose('left', left);
    s.choose('right', right);
    expect(await s.pinPair()).toBe(true);
    expect(lib.calls.filter((c) => c.method === 'compare.pins.set').at(-1)!.input).toEqual({ leftId: 'L', rightId: 'R', pins: [{ left, right, mode: 'pin' }] });
    const row = s.rows.find((r) => r.left?.id === left)!;
    expect(row.right?.id).toBe(right);
    expect(row.pinned).toBe(true);
    expect(s.selectedKey).toBe(row.key);
    expect(s.pick).toEqual({ left: null, right: null });

    // a fresh store (the view reopened): compare.plans without pins → the stored ones apply
    setActivePinia(createPinia());
    const again = useCompareStore();
    await again.open('L', { kind: 'plan', id: 'R' });
    expect(lib.calls.filter((c) => c.method === 'compare.plans').at(-1)!.input.pins).toBeUndefined();
    expect(again.pins).toEqual([{ left, right, mode: 'pin' }]);
    expect(again.rows.find((r) => r.left?.id === left)!.pinned).toBe(true);

    // unpin: the automatic alignment decides again
    expect(await again.forget(left, right)).toBe(true);
    expect(pinStore.get('L|R')).toEqual([]);
    expect(again.rows.find((r) => r.left?.id === left)!.right).toBeNull();
  });

  it('breaks a pair: the two are no longer paired, and the break is stored', async () => {
    setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    expect(await s.breakPair(row)).toBe(true);
    expect(pinStore.get('L|R')).toEqual([{ left: row.left!.id, right: row.right!.id, mode: 'break' }]);
    expect(s.rows.some((r) => r.left?.id === row.left!.id && r.right?.id === row.right!.id)).toBe(false);
    expect(await s.resetPins()).toBe(true);
    expect(rowOf(s, '智慧养老服务', '智慧养老')).toBeDefined();
  });

  it('pin and break helpers keep one statement per node', () => {
    let pins = withPin([], 'a', 'x');
    pins = withPin(pins, 'a', 'y'); // a re-pinned
    expect(pins).toEqual([{ left: 'a', right: 'y', mode: 'pin' }]);
    pins = withBreak(pins, 'a', 'y');
    expect(pins).toEqual([{ left: 'a', right: 'y', mode: 'break' }]);
    expect(withPin(pins, 'a', 'y')).toEqual([{ left: 'a', right: 'y', mode: 'pin' }]);
  });
});

describe('compare store: filters and next / previous change', () => {
  it('filters only changed, only unmatched, by theme', async () => {
    setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    const all = s.visibleRows.length;
    s.filters.onlyUnmatched = true;
    expect(s.visibleRows.length).toBeGreaterThan(0);
    expect(s.visibleRows.every((r) => !r.left || !r.right)).toBe(true);
    s.filters.onlyUnmatched = false;
    s.filters.onlyChanged = true;
    expect(s.visibleRows.every((r) => r.status !== 'same')).toBe(true);
    s.filters.onlyChanged = false;
    s.filters.theme = '养老';
    expect(s.visibleRows.length).toBeLessThan(all);
    expect(s.visibleRows.every((r) => r.themes.includes('养老'))).toBe(true);
    expect(s.visibleRows.some((r) => r.left?.heading === '智慧养老服务')).toBe(true);
  });

  it('steps through the changes of the visible rows and wraps', async () => {
    setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    s.filters.theme = '养老';
    const changes = s.visibleRows.filter((r) => r.status !== 'same');
    expect(changes.length).toBeGreaterThan(1);
    s.select(null);
    expect(s.next()).toBe(changes[0].key);
    expect(s.next()).toBe(changes[1].key);
    expect(s.previous()).toBe(changes[0].key);
    expect(s.previous()).toBe(changes[changes.length - 1].key); // wraps
  });

  it('a version: rows by node id, the edited node changed, unchanged ones same', async () => {
    const { jingan } = setup();
    const current = lib.plans.get('L')!;
    const t = flat(current.nodes).find((n) => n.heading === '智慧养老服务')!;
    versions.set(3, structuredClone(jingan));
    t.heading = '智慧养老服务提升';
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'version', versionId: 3 })).toBe(true);
    expect(s.canPin).toBe(false);
    const row = s.rows.find((r) => r.left?.id === t.id)!;
    expect(row.right?.id).toBe(t.id);
    expect(row.status).toBe('changed');
    expect(s.rows.filter((r) => r.status === 'changed').length).toBe(1);
    expect(s.next()).toBe(row.key);
  });

  it('two versions (第1轮 ↔ 第2轮): the left column is the later version, not the plan now; rows, metadata and reload between the two', async () => {
    const { jingan } = setup();
    const current = lib.plans.get('L')!;
    const round1 = structuredClone(jingan);
    const round2 = structuredClone(jingan);
    const t2 = flat(round2.nodes).find((n) => n.heading === '智慧养老服务')!;
    t2.heading = '智慧养老服务提升';
    round2.meta.signer = '周明远';
    versions.set(3, round1);
    versions.set(4, round2);
    // the plan has changed again since round 2: not part of this compare
    flat(current.nodes).find((n) => n.heading === '智慧医疗服务')!.heading = '智慧医疗服务(第三稿)';
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'version', versionId: 3 }, 4)).toBe(true);
    expect(lib.calls.filter((c) => c.method === 'compare.versions').map((c) => c.input)).toEqual([{ planId: 'L', fromVersionId: 3, toVersionId: 4 }]);
    expect(s.leftVersion?.versionId).toBe(4);
    expect(s.rows.filter((r) => r.status === 'changed').map((r) => r.left?.heading)).toEqual(['智慧养老服务提升']);
    expect(s.rows.some((r) => r.left?.heading === '智慧医疗服务(第三稿)')).toBe(false);
    expect(s.metaChanges).toEqual([{ field: 'signer', from: '', to: '周明远' }]);
    // what the review did since a version is counted up to now: two versions show none of it
    expect(s.reviewLog).toBeNull();
    expect(await s.reload()).toBe(true);
    expect(s.leftVersion?.versionId).toBe(4);
    // the plan now on the left again
    expect(await s.open('L', { kind: 'version', versionId: 3 })).toBe(true);
    expect(s.leftVersion).toBeNull();
    expect(s.rows.filter((r) => r.status === 'changed').map((r) => r.left?.heading)).toEqual(['智慧医疗服务(第三稿)']);
  });

  it('a version: the plan\'s metadata changed since it, field by field (version → now); none against another plan', async () => {
    const { jingan } = setup();
    const current = lib.plans.get('L')!;
    versions.set(3, structuredClone(jingan));
    current.meta.docNumber = '静府办发〔2014〕9号';
    current.meta.addressees = ['各街道办事处'];
    current.meta.status = 'final';
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'version', versionId: 3 })).toBe(true);
    expect(s.metaChanges.map((c) => c.field)).toEqual([
      ...(jingan.meta.docNumber === current.meta.docNumber ? [] : ['docNumber']),
      ...(JSON.stringify(jingan.meta.addressees) === JSON.stringify(current.meta.addressees) ? [] : ['addressees']),
      'status',
    ]);
    expect(s.metaChanges.find((c) => c.field === 'status')).toEqual({ field: 'status', from: jingan.meta.status, to: 'final' });
    expect(s.metaChanges.find((c) => c.field === 'addressees')?.to).toBe('各街道办事处');
    // shown above the rows: the fields, and each from → to (a status by its name)
    const w = mount(MetaChanges, { props: { changes: s.metaChanges }, global: { plugins: [makeI18n('zh-CN')] } });
    expect(w.find('summary').text()).toContain('规划信息有改动');
    expect(w.find('[data-field="status"]').text()).toContain('→ 定稿');
    expect(w.find('[data-field="addressees"]').text()).toBe(`主送机关: ${jingan.meta.addressees.join('、') || '(空)'} → 各街道办事处`);
    w.unmount();
    expect(await s.open('L', { kind: 'plan', id: 'R' })).toBe(true);
    expect(s.metaChanges).toEqual([]);
  });

  it('a version: what the review did since it — added, closed, still open, replies — above the rows and on each row; nothing against another plan', async () => {
    const { jingan } = setup();
    const current = lib.plans.get('L')!;
    versions.set(3, structuredClone(jingan)); // taken 2025-01-01T00:00:00Z (the fake versions.get)
    const [t1, t2] = flat(current.nodes).filter((n) => n.heading === '智慧养老服务' || n.heading === '智慧体育服务');
    const person = { name: '李审核', department: '' };
    const note = (id: string, nodeId: string, createdAt: string, more: Partial<AnnotationView> = {}): AnnotationView => ({
      id, planId: 'L', kind: 'comment', anchor: { nodeId, field: 'node', quote: '', start: 0, prefix: '', suffix: '', path: [] }, author: person, body: `意见${id}`,
      replacement: null, status: 'open', round: null, replies: [], createdAt, updatedAt: createdAt, closedBy: null, closedAt: null, origin: null,
      resolved: { state: 'ok', nodeId, field: 'node', start: 0, end: 0, text: '' }, ...more,
    });
    notes.set('L', [
      // before the version, open, with a reply after it
      note('a', t1.id, '2024-12-01T00:00:00Z', { replies: [{ id: 'r', author: { name: '王规划', department: '' }, body: '已改', createdAt: '2025-02-01T00:00:00Z' }] }),
      // after the version, open
      note('b', t1.id, '2025-02-01T00:00:00Z'),
      // before, resolved after
      note('c', t2.id, '2024-12-01T00:00:00Z', { status: 'resolved', closedBy: person, closedAt: '2025-03-01T00:00:00Z' }),
      // before, resolved before: nothing to say
      note('d', t2.id, '2024-11-01T00:00:00Z', { status: 'resolved', closedBy: person, closedAt: '2024-12-01T00:00:00Z' }),
    ]);
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'version', versionId: 3 })).toBe(true);
    expect(s.reviewLog!.counts).toEqual({ added: 1, closed: 1, open: 2, replies: 1 });
    expect(s.reviewLog!.byNode.get(t1.id)!.map((e) => [e.id, e.activity, e.replies])).toEqual([['a', 'open', 1], ['b', 'added', 0]]);
    expect(s.reviewLog!.byNode.get(t2.id)!.map((e) => [e.id, e.activity])).toEqual([['c', 'closed']]);
    const i18n = makeI18n('zh-CN');
    const log = mount(ReviewLog, { props: { log: s.reviewLog, nodes: current.nodes }, global: { plugins: [i18n] } });
    expect(log.find('summary').text()).toBe('此版本以来的审阅:新增 1 条批注、处理 1 条、1 条回复;现有 2 条未解决');
    expect(log.findAll('li').map((l) => l.text().replace(/\s+/g, ' '))).toEqual([
      `${t1.number}智慧养老服务 未解决 · 李审核:意见a (未解决, +1)`,
      `${t1.number}智慧养老服务 新增 · 李审核:意见b (未解决)`,
      `${t2.number}智慧体育服务 已处理 · 李审核:意见c (已解决)`,
    ]);
    log.unmount();
    const rows = mount(CompareRows, { props: { leftTitle: 'L', rightTitle: 'v' }, global: { plugins: [getActivePinia()!, i18n] } });
    const badge = (id: string) => rows.find(`[data-key="${s.rows.find((r) => r.left?.id === id)!.key}"] [data-test="row-review"]`);
    expect(badge(t1.id).text()).toBe('✎1 ○1');
    expect(badge(t1.id).attributes('title')).toBe('未解决 · 李审核:意见a\n新增 · 李审核:意见b');
    expect(badge(t2.id).text()).toBe('✓1');
    expect(rows.findAll('[data-test="row-review"]').length).toBe(2);
    rows.unmount();
    expect(await s.open('L', { kind: 'plan', id: 'R' })).toBe(true);
    expect(s.reviewLog).toBeNull();
  });

  it('a version: items are folded into their task; an edited item marks the task changed', async () => {
    const { jingan } = setup();
    versions.set(4, structuredClone(jingan));
    const current = lib.plans.get('L')!;
    const task = flat(current.nodes).find((n) => n.kind === 'task' && n.children.some((c) => c.kind === 'item'))!;
    const item = task.children.find((c) => c.kind === 'item')!;
    item.body += '(已修改)';
    const s = useCompareStore();
    await s.open('L', { kind: 'version', versionId: 4 });
    expect(s.rows.some((r) => r.left?.kind === 'item' || r.right?.kind === 'item')).toBe(false);
    const changed = s.rows.filter((r) => r.status === 'changed');
    expect(changed.map((r) => r.left!.id)).toEqual([task.id]);
    expect(changed[0].reasons).toContain('items');
    // the row's tooltip names the fields in the UI's language (walk ui40: it read “items”)
    const rows = mount(CompareRows, { props: { leftTitle: 'L', rightTitle: 'v' }, global: { plugins: [getActivePinia()!, makeI18n('zh-CN')] } });
    const title = rows.get(`[data-key="${changed[0].key}"] .mid`).attributes('title')!;
    expect(title).toContain('事项');
    expect(title).not.toMatch(/[A-Za-z]/);
    rows.unmount();
    // and the CSV's 共同词 column the same (the view passes the names it shows)
    const { global: g } = makeI18n('zh-CN');
    const recs = parseCsv(comparisonCsv(s.rows, (k) => (g.te(`compare.fieldNames.${k}`) ? g.t(`compare.fieldNames.${k}`) : k)).slice(1));
    const rec = recs.find((r) => r[4] === task.heading)!;
    expect(rec[8]).toContain('事项');
    expect(rec[8]).not.toMatch(/[A-Za-z]/);
  });
});

describe('compare store: numbers as the editor shows them, in both views (walk 5)', () => {
  // 静安 2014: 重点专项1 电子政务一体化, 重点专项2 提升公共服务能级, 重点专项3 城市综合管理信息化 (seed l82)
  const dropFirstTask = (d: PlanDoc) => {
    const first = flat(d.nodes).find((n) => n.heading === '电子政务一体化')!;
    const parent = flat(d.nodes).find((n) => n.children.includes(first))!;
    parent.children = parent.children.filter((c) => c !== first);
  };
  it('本轮以来的修改 (a version): the left column shows 重点专项2 as the editor does, and the written 重点专项3 beside it', async () => {
    const { jingan } = setup();
    versions.set(5, structuredClone(jingan));
    dropFirstTask(lib.plans.get('L')!);
    const s = useCompareStore();
    await s.open('L', { kind: 'version', versionId: 5 });
    const row = s.rows.find((r) => r.left?.heading === '城市综合管理信息化')!;
    expect(row.left!.number).toBe('重点专项2');
    expect(row.left!.written).toBe('重点专项3');
    // the version still has 重点专项1: there the shown and written numbers agree
    expect(row.right!.number).toBe('重点专项3');
    expect(row.right!.written).toBeUndefined();
    // （一） shown where the text writes (一): the same number, no 原文 tag (walk screenshot of this fix)
    const guiding = s.rows.find((r) => r.left?.heading === '指导思想')!;
    expect(guiding.left!.number).toBe('（一）');
    expect(guiding.left!.written).toBeUndefined();
  });
  it('two plans: the same rule on both sides', async () => {
    setup();
    dropFirstTask(lib.plans.get('L')!);
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    const row = s.rows.find((r) => r.left?.heading === '城市综合管理信息化')!;
    expect([row.left!.number, row.left!.written]).toEqual(['重点专项2', '重点专项3']);
    expect(s.rows.filter((r) => r.right).every((r) => !r.right!.written || r.right!.written !== r.right!.number)).toBe(true);
  });
});

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { rec.push(f); f = ''; } else if (c === '\r' && text[i + 1] === '\n') { rec.push(f); out.push(rec); rec = []; f = ''; i++; } else f += c;
  }
  return out;
}

describe('compare view export: CSV (UTF-8 with BOM) and JSON of the rows shown (walk 5)', () => {
  it('CSV: BOM, the header of the CLI writer, one record per visible row with numbers as shown, status and terms', async () => {
    setup();
    const first = flat(lib.plans.get('L')!.nodes).find((n) => n.heading === '电子政务一体化')!;
    const parent = flat(lib.plans.get('L')!.nodes).find((n) => n.children.includes(first))!;
    parent.children = parent.children.filter((c) => c !== first);
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    s.filters.onlyChanged = true;
    const csv = comparisonCsv(s.visibleRows);
    expect(csv.startsWith('\ufeff相似度,状态,左侧类型,左侧编号,左侧,右侧类型,右侧编号,右侧,共同词\r\n')).toBe(true);
    const recs = parseCsv(csv.slice(1));
    expect(recs).toHaveLength(s.visibleRows.length + 1);
    expect(recs.every((r) => r.length === 9)).toBe(true);
    // the 养老 pair of 静安 2014 ↔ 杨浦 2015: task 重点专项9 (now 8 after the deletion) ↔ 智慧养老
    const yl = recs.find((r) => r[4] === '智慧养老服务' && r[7] === '智慧养老')!;
    expect(yl[1]).toBe('有改动');
    expect([yl[2], yl[5]]).toEqual(['任务', '任务']);
    expect(yl[3]).toBe('重点专项8(原文 重点专项9)');
    expect(Number(yl[0])).toBeGreaterThan(0.3);
    expect(yl[8].split('、').length).toBeGreaterThan(0);
    const only = recs.find((r) => r[4] === '智慧体育服务')!;
    expect([only[1], only[5], only[7]]).toEqual(['仅左侧', '', '']);
    expect(comparisonFileName(s.leftDoc!, 'csv', '2026-12-05')).toBe('对比_静安区推进智慧城区建设三年行动方案（2014—2016）_2026-12-05.csv');
  });
  it('JSON: both plans, the filters and every row shown with its field diff; a version names the version', async () => {
    const { jingan } = setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    const j = JSON.parse(comparisonJson({ left: { id: 'L', doc: s.leftDoc! }, right: { kind: 'plan', id: 'R', doc: s.rightDoc! }, filters: s.filters }, s.visibleRows));
    expect(j.left).toMatchObject({ id: 'L', district: '静安区', period: { start: 2014, end: 2016 } });
    expect(j.right).toMatchObject({ kind: 'plan', id: 'R', district: '杨浦区' });
    expect(j.rows).toHaveLength(s.visibleRows.length);
    const yl = j.rows.find((r: any) => r.left?.heading === '智慧养老服务');
    expect(yl).toMatchObject({ status: 'changed', right: { heading: '智慧养老' } });
    expect(yl.diff.departments).toBeDefined();
    versions.set(6, structuredClone(jingan));
    flat(lib.plans.get('L')!.nodes).find((n) => n.heading === '智慧养老服务')!.heading = '智慧养老服务提升';
    await s.open('L', { kind: 'version', versionId: 6 });
    s.filters.onlyChanged = true;
    const v = JSON.parse(comparisonJson({ left: { id: 'L', doc: s.leftDoc! }, right: { kind: 'version', versionId: 6, label: 'v 2025-01-01' }, filters: s.filters }, s.visibleRows));
    expect(v.right).toEqual({ kind: 'version', versionId: 6, label: 'v 2025-01-01' });
    expect(v.filters.onlyChanged).toBe(true);
    expect(v.rows.map((r: any) => [r.left.heading, r.right.heading, r.status])).toEqual([['智慧养老服务提升', '智慧养老服务', 'changed']]);
  });
});

describe('compare store: take this', () => {
  it('copies a right node after its counterpart in the left draft, fresh ids, saved with baseRevision', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'R' });
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    expect(row).toBeDefined();
    const placement = s.suggestedPlacement(row.right!.id)!;
    expect(placement).toEqual({ mode: 'after', anchorId: row.left!.id });
    const before = structuredClone(lib.plans.get('D')!);
    const source = findNode(s.rightDoc!.nodes, row.right!.id)!;

    const r = await s.take({ rightId: row.right!.id, targetId: 'D', placement, adapt: true });
    expect(r).toMatchObject({ ok: true, targetId: 'D', retried: false });
    const save = lib.calls.filter((c) => c.method === 'plan.save');
    expect(save.length).toBe(1);
    expect(save[0].input.baseRevision).toBe(1);
    const saved = lib.plans.get('D')!;
    expect(saved.revision).toBe(2);
    const added = findNode(saved.nodes, (r as { nodeId: string }).nodeId)!;
    expect(added.heading).toBe('智慧养老');
    expect(added.kind).toBe('task');
    expect(added.unreviewed).toBe(true);
    expect(added.number).toBe('');
    // right after the counterpart, under the same parent
    const at = locate(saved.nodes, added.id)!;
    const anchor = locate(saved.nodes, row.left!.id)!;
    expect(at.parent?.id).toBe(anchor.parent?.id);
    expect(at.index).toBe(anchor.index + 1);
    // fresh ids for the node and its subtree; fields copied; district rewritten
    const oldIds = new Set([...flat(before.nodes), ...flat(s.rightDoc!.nodes)].map((n) => n.id));
    const copied = flat([added]);
    expect(copied.length).toBe(flat([source]).length);
    expect(copied.every((n) => !oldIds.has(n.id))).toBe(true);
    expect(new Set(copied.map((n) => n.id)).size).toBe(copied.length);
    expect(added.lead.length + added.partners.length).toBe(source.lead.length + source.partners.length);
    expect(added.body).toContain('利用静安区的大学教育资源'); // the district rewritten…
    expect(added.body).toContain('《杨浦区养老设施布局规划》'); // …but not in a citation
    expect(added.milestones.map((m) => m.year)).toContain(2019); // 2015–2017 → 2017–2019
    // the comparison was reloaded: the new node is there and selected
    expect(s.selected?.left?.id).toBe(added.id);
    // and shows the number it takes in the draft (issue 17: no unnumbered row after 采纳): right after
    // 重点专项9 智慧养老服务 of 静安 2014 (seeds/000 l117), so 重点专项10
    expect(s.selected?.left?.number).toBe('重点专项10');
    // and the tasks after it move on, as in the editor: 重点专项10 智慧体育服务 (l122) reads 重点专项11 — never two rows
    // numbered 重点专项10 (the walk saw two 重点专项2 in the draft column)
    const sport = s.rows.find((x) => x.left?.heading === '智慧体育服务')!;
    expect(sport.left!.number).toBe('重点专项11');
    const numbers = s.rows.filter((x) => x.left?.kind === 'task').map((x) => x.left!.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('copies as the last child of a chosen parent, without rewriting when asked', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'R' });
    const right = s.rows.find((r) => !r.left && r.right?.kind === 'task')!.right!;
    const parent = flat(lib.plans.get('D')!.nodes).find((n) => n.kind === 'action')!;
    const r = await s.take({ rightId: right.id, targetId: 'D', placement: { mode: 'child', parentId: parent.id }, adapt: false });
    expect(r.ok).toBe(true);
    const p = findNode(lib.plans.get('D')!.nodes, parent.id)!;
    expect(p.children.at(-1)!.heading).toBe(right.heading);
  });

  it('a task taken to the top level becomes a part', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'R' });
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    const r = await s.take({ rightId: row.right!.id, targetId: 'D', placement: { mode: 'child', parentId: null }, adapt: true });
    expect(r.ok).toBe(true);
    const top = lib.plans.get('D')!.nodes.at(-1)!;
    expect(top.kind).toBe('part');
    expect(top.heading).toBe('智慧养老');
  });

  it('on a conflict reads the draft again and retries once', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'R' });
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    lib.failSaves = ['conflict'];
    const r = await s.take({ rightId: row.right!.id, targetId: 'D', placement: { mode: 'after', anchorId: row.left!.id }, adapt: true });
    expect(r).toMatchObject({ ok: true, retried: true });
    const saves = lib.calls.filter((c) => c.method === 'plan.save');
    expect(saves.length).toBe(2);
    expect(lib.calls.filter((c) => c.method === 'plan.get' && c.input.id === 'D').length).toBeGreaterThanOrEqual(3); // open, take ×2
    expect(flat(lib.plans.get('D')!.nodes).filter((n) => n.heading === '智慧养老').length).toBe(1);
  });

  it('a second conflict is reported and nothing is saved', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'R' });
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    lib.failSaves = ['conflict', 'conflict'];
    const before = lib.plans.get('D')!.revision;
    const r = await s.take({ rightId: row.right!.id, targetId: 'D', placement: { mode: 'after', anchorId: row.left!.id }, adapt: true });
    expect(r).toMatchObject({ ok: false, code: 'conflict' });
    expect(lib.plans.get('D')!.revision).toBe(before);
    expect(s.busy).toBe(false);
  });

  it('when the left plan is no draft, the drafts of the library are offered (not the right plan)', async () => {
    setup();
    const s = useCompareStore();
    await s.open('L', { kind: 'plan', id: 'R' });
    expect(s.leftIsDraft).toBe(false);
    expect((await s.drafts()).map((p) => p.id)).toEqual(['D']);
    // on the office server, a draft this account may not edit (shared to read, another's) is no target
    lib.plans.get('D')!.may = { edit: false, delete: false, share: false, copy: true };
    expect((await s.drafts()).map((p) => p.id)).toEqual([]);
    lib.plans.get('D')!.may = { edit: true, delete: true, share: true, copy: true };
    expect((await s.drafts()).map((p) => p.id)).toEqual(['D']);
    delete lib.plans.get('D')!.may;
    const row = rowOf(s, '智慧养老服务', '智慧养老')!;
    const target = lib.plans.get('D')!.nodes[1];
    const r = await s.take({ rightId: row.right!.id, targetId: 'D', placement: { mode: 'child', parentId: target.id }, adapt: true });
    expect(r.ok).toBe(true);
    expect(findNode(lib.plans.get('D')!.nodes, target.id)!.children.at(-1)!.heading).toBe('智慧养老');
    // a reference plan is refused as a target
    const refused = await s.take({ rightId: row.right!.id, targetId: 'L', placement: { mode: 'child', parentId: null }, adapt: true });
    expect(refused).toMatchObject({ ok: false, code: 'not-draft' });
  });
});

describe('overview helpers', () => {
  it('counts tasks by theme (with the items under them) and groups indicators by name keywords', () => {
    const m = tasksByTheme(seedDoc(JINGAN));
    expect(m.get('养老')!.map((n) => n.heading)).toContain('智慧养老服务');
    expect(m.get('医疗健康')!.length).toBeGreaterThan(0);
    expect(indicatorGroup({ name: '家庭光纤入户率', unit: '%' })).toBe('fibre');
    expect(indicatorGroup({ name: '家庭光纤用户平均互联网接入带宽', unit: '兆比特/秒' })).toBe('bandwidth');
    expect(indicatorGroup({ name: '5G基站', unit: '个' })).toBe('mobile');
    expect(indicatorGroup({ name: 'WiFi热点', unit: '个' })).toBe('wireless');
    expect(indicatorGroup({ name: '区内家庭宽带接入户', unit: '万家' })).toBe('broadband');
    expect(indicatorGroup({ name: '电子病历使用率', unit: '%' })).toBe('health');
    expect(unitKey('兆比特/秒')).toBe('Mbps');
    expect(unitKey('M')).toBe('Mbps');
  });
});

describe('compare i18n', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  it('English has exactly the keys of Chinese', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("every t('compare.…') key used by the compare files exists", async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../renderer/src');
    const files = ['views/CompareView.vue', ...readdirSync(join(root, 'compare')).filter((f) => f.endsWith('.vue')).map((f) => `compare/${f}`)];
    const known = new Set(keys(zh).map((k) => `compare.${k}`));
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      for (const m of src.matchAll(/\bt\('(compare\.[a-zA-Z0-9.]+)'/g)) expect(known.has(m[1]), `${f}: ${m[1]}`).toBe(true);
    }
  });
});

describe('the compare view by keyboard (session 32)', () => {
  it('opened with the focus nowhere (Ctrl+K 对比 from the editor) and the left plan given: the focus is on 右侧', async () => {
    setup();
    const { createRouter, createMemoryHistory } = await import('vue-router');
    const { default: CompareView } = await import('../../renderer/src/views/CompareView.vue');
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/compare', name: 'compare', component: CompareView }, { path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
    await router.push('/compare?left=L');
    (document.activeElement as HTMLElement | null)?.blur();
    const w = mount(CompareView, { global: { plugins: [getActivePinia()!, router, makeI18n('zh-CN')] }, attachTo: document.body });
    await flushPromises();
    expect(document.activeElement).toBe(w.get('[data-test=right-plan]').element);
    w.unmount();
  });
});

describe('times as the user reads them (walk 8)', () => {
  it('the 右侧 menu names a version as 历史 does — why it was taken, its local time (it read UTC: 8 hours early in Beijing; two snapshots of one minute read alike)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      setup();
      const { createRouter, createMemoryHistory } = await import('vue-router');
      const { default: CompareView } = await import('../../renderer/src/views/CompareView.vue');
      const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/compare', name: 'compare', component: CompareView }, { path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
      await router.push('/compare?left=L');
      const w = mount(CompareView, { global: { plugins: [getActivePinia()!, router, makeI18n('zh-CN')] } });
      await flushPromises();
      await flushPromises();
      const option = (v: number) => w.find(`[data-test=right-plan] option[value="v:${v}"]`).text();
      expect(option(7)).toBe('提交第 1 轮审阅时的快照(2026-12-06 11:21)');
      expect(option(6)).toBe('状态改为“审核中”时的快照(原为“草稿”)(2026-12-06 11:21)');
      w.unmount();
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('two versions of one plan: each column head starts with its version (第 2 轮 / 第 1 轮), not with the plan\'s title they share (walk ui40)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const { jingan } = setup();
      versions.set(7, structuredClone(jingan));
      versions.set(6, structuredClone(jingan));
      const { createRouter, createMemoryHistory } = await import('vue-router');
      const { default: CompareView } = await import('../../renderer/src/views/CompareView.vue');
      const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/compare', name: 'compare', component: CompareView }, { path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
      await router.push('/compare?left=L&v=7');
      const w = mount(CompareView, { global: { plugins: [getActivePinia()!, router, makeI18n('zh-CN')] } });
      await flushPromises();
      await flushPromises();
      const heads = () => w.findAll('[data-test=compare-rows-box] .head .cell').map((c) => c.text());
      expect(heads()[0]).toMatch(/^当前稿 · /);
      expect(heads()[1]).toMatch(/^提交第 1 轮审阅时的快照\(2026-12-06 11:21\) · /);
      // a version on each side (对比第 1 轮与第 2 轮 opens so): the left head names its own
      await router.push('/compare?left=L&v=7&lv=6');
      await flushPromises();
      await flushPromises();
      expect(heads()[0]).toMatch(/^状态改为“审核中”时的快照/);
      expect(heads()[1]).toMatch(/^提交第 1 轮审阅时的快照/);
      w.unmount();
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('这份文件已经导入过 gives the plans’ last change in local time', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const { default: ImportDuplicates } = await import('../../renderer/src/components/ImportDuplicates.vue');
      const plans = [{ id: 'p1', title: '柏溪县农村供水保障三年行动方案（2024—2026年）', status: 'reference' as const, sourceFileName: '供水方案.docx', updatedAt: '2026-12-05T23:59:00.000Z' }];
      const w = mount(ImportDuplicates, { props: { plans }, global: { plugins: [makeI18n('zh-CN')] } });
      expect(w.find('[data-test=import-duplicate-plan] .muted').text()).toBe('参考 · 供水方案.docx · 更新于 2026-12-06 07:59');
      w.unmount();
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('the pair summary says what differs, never 文字相同 100% beside a difference (walk 13)', () => {
  async function detailOf(pick: (s: ReturnType<typeof useCompareStore>) => string, locale: 'zh-CN' | 'en' = 'zh-CN') {
    const { default: PairDetail } = await import('../../renderer/src/compare/PairDetail.vue');
    const { createRouter, createMemoryHistory } = await import('vue-router');
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
    const s = useCompareStore();
    s.select(pick(s));
    const w = mount(PairDetail, { global: { plugins: [getActivePinia()!, router, makeI18n(locale)], stubs: { DiffEditor: true } } });
    await flushPromises();
    const text = w.get('[data-test=similarity]').text();
    w.unmount();
    return text;
  }

  it('a draft against its template: the years written differently are named (compared by plan year, the text counts as the same)', async () => {
    setup({ leftDraft: true });
    const s = useCompareStore();
    expect(await s.open('D', { kind: 'plan', id: 'L' })).toBe(true);
    // a row whose text names a year: in the 2017–2019 draft the template's 2014–2016 years moved with the period
    const withYear = s.rows.find((r) => r.left && r.right && r.similarity === 1 && /20\d\d/.test(s.leftNode(r.left.id)!.body) && s.leftNode(r.left.id)!.body !== s.rightNode(r.right.id)!.body);
    expect(withYear, 'a pair of the draft and its template whose text differs only by its years').toBeDefined();
    const left = s.leftNode(withYear!.left!.id)!.body.match(/20\d\d/g)!;
    const right = s.rightNode(withYear!.right!.id)!.body.match(/20\d\d/g)!;
    const text = await detailOf(() => withYear!.key);
    expect(text).not.toContain('文字相同 100%');
    expect(text).toMatch(/^· 年份\(左侧 .+,右侧 .+\)不同,其余文字相同$/);
    // the years named are those written in the two texts, left in the left one
    const named = text.match(/左侧 (.+),右侧 (.+)\)/)!;
    for (const y of named[1].split('、')) expect(left).toContain(y);
    for (const y of named[2].split('、')) expect(right).toContain(y);
    expect(await detailOf(() => withYear!.key, 'en')).toMatch(/^· Differs in years \(left .+, right .+\); the rest of the text is the same$/);
  });

  it('a pair with the same text: 文字相同 100% only when no field differs; a department, an indicator or a milestone that differs is named', async () => {
    setup();
    const s = useCompareStore();
    expect(await s.open('L', { kind: 'plan', id: 'D' })).toBe(true);
    const same = s.rows.find((r) => r.left && r.right && r.similarity === 1 && !r.fields?.changed && s.leftNode(r.left.id)!.body === s.rightNode(r.right.id)!.body)!;
    expect(await detailOf(() => same.key)).toBe('· 文字相同 100%');
    // the draft's task gets a lead department, an indicator and a milestone the template's has not: all named, the
    // text still the same
    const task = s.rows.find((r) => r.left && r.right && r.similarity === 1 && !r.fields?.changed && s.rightNode(r.right.id)!.kind === 'task')!;
    expect(task, 'a task whose text and fields are the same').toBeDefined();
    const d = structuredClone(lib.plans.get('D')!);
    const node = findNode(d.nodes, task.right!.id)!;
    node.lead = [...node.lead, '区东湖街道办事处'];
    node.indicators = [...node.indicators, { name: '试点街道覆盖率', value: 80, unit: '%', comparator: '>=', year: 2019, text: '试点街道覆盖率达到80%' }];
    node.milestones = [...node.milestones, { year: 2018, stage: null, text: '完成东湖街道试点' }];
    lib.plans.set('D', d);
    expect(await s.open('L', { kind: 'plan', id: 'D' })).toBe(true);
    expect(await detailOf(() => task.key)).toBe('· 部门、指标、年度节点不同,其余文字相同');
  });
});

describe('pairSummary', () => {
  it('years written: 19xx and 20xx not inside a longer number', async () => {
    const { yearsWritten, pairDifferences } = await import('../../renderer/src/compare/pairSummary');
    expect(yearsWritten('到2028年底,完成12019个;2026—2028年')).toEqual(['2028', '2026', '2028']);
    expect(pairDifferences('到2028年建成', '到2025年建成', null).years).toEqual({ left: ['2028'], right: ['2025'] });
    expect(pairDifferences('到2028年建成', '到2028年建成', null).years).toBeNull();
    expect(pairDifferences('2026年起步,2028年建成', '2025年建成', null).years).toEqual({ left: ['2026', '2028'], right: ['2025'] });
  });
});

describe('the plan menus show the plans of the route (walk at 1280×800: 左侧 blank)', () => {
  it('a draft made since the library list was read: its menu names it (it was blank), the list read again', async () => {
    setup();
    // the library list read before the draft D existed (made from the template since, in another window)
    const { useLibrary } = await import('../../renderer/src/stores/library');
    const d = lib.plans.get('D')!;
    lib.plans.delete('D');
    await useLibrary().load();
    lib.plans.set('D', d);
    const { createRouter, createMemoryHistory } = await import('vue-router');
    const { default: CompareView } = await import('../../renderer/src/views/CompareView.vue');
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/compare', name: 'compare', component: CompareView }, { path: '/', component: { template: '<div/>' } }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
    await router.push('/compare?left=D&right=L');
    const w = mount(CompareView, { global: { plugins: [getActivePinia()!, router, makeI18n('zh-CN')] }, attachTo: document.body });
    await flushPromises();
    await flushPromises();
    const left = w.get('[data-test=left-plan]').element as HTMLSelectElement;
    const right = w.get('[data-test=right-plan]').element as HTMLSelectElement;
    expect(left.value).toBe('D');
    expect(left.selectedOptions[0]?.text).toContain('静安区');
    expect(right.value).toBe('p:L');
    w.unmount();
  });
});
