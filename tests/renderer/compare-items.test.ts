// @vitest-environment happy-dom
/**
 * The compare view on a draft made from 杨浦 2015–2017 (→ 2027–2029) against its template: the task whose items
 * were edited is a change, its field diff lists the items (not "均无差异"), milestones read 第1年…; the view's
 * rows are in the same order as the CLI's (one shared row order).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, getActivePinia, setActivePinia } from 'pinia';
import { ApiClient, setApi, type Transport } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { newerPlan, useCompareStore } from '../../renderer/src/stores/compare';
import { useLibrary } from '../../renderer/src/stores/library';
import FieldDiffView from '../../renderer/src/compare/FieldDiffView.vue';
import { comparePlans, comparisonRows, compareVersions } from '../../shared/compare/index';
import type { Envelope } from '../../shared/api/contract';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { planFromTemplate } from '../../shared/template';
import { moveNode, newNode } from '../../shared/tree';
import { fakeLibrary, seedDoc } from './helpers';
import { session } from '../../renderer/src/api/session';
import { roleMethods } from '../../electron/server/permissions';

const YANGPU = '002_72028bf86ba9aa86.txt';

function setup() {
  const template: PlanDoc = { ...seedDoc(YANGPU), meta: { ...seedDoc(YANGPU).meta, status: 'reference' } };
  const draft = planFromTemplate(template, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'T' });
  const task = [...walk(draft.nodes)].find(({ node }) => node.kind === 'task' && node.heading === '推进三网融合')!.node;
  const items = task.children.filter((c) => c.kind === 'item');
  items[0].partners = ['区建管委'];
  items[2].milestones = [{ year: 2028, stage: '推进', text: '白频谱骨干物联专网试点' }];
  task.children.push(newNode('item', { heading: '推进5G网络与NGB-W网络协同建设' }));
  const lib = fakeLibrary({ T: template, D: draft });
  const transport: Transport = {
    async send(method, input): Promise<Envelope<any>> {
      const i = input as any;
      if (method === 'compare.plans') {
        const c = comparePlans(lib.plans.get(i.leftId)!, lib.plans.get(i.rightId)!, { pins: [] });
        return { ok: true, result: structuredClone({ leftId: i.leftId, rightId: i.rightId, ...c, pins: [] }) };
      }
      return { ok: true, result: await lib.client.call(method, i as never) };
    },
  };
  setApi(new ApiClient(transport));
  return { lib, task, items };
}

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => setApi(null));

describe('compare view: a draft against its template', () => {
  it('the task with edited items is a change with the items listed; the rows are the CLI rows', async () => {
    const { lib, task, items } = setup();
    const s = useCompareStore();
    expect(await s.open('D', { kind: 'plan', id: 'T' })).toBe(true);
    const row = s.rows.find((r) => r.left?.id === task.id)!;
    expect(row.status).toBe('changed');
    const listed = row.fields!.items!;
    expect(listed.map((x) => [x.left?.id ?? null, x.right ? 'T' : null, x.fields])).toEqual([
      [items[0].id, 'T', ['partners']],
      [items[2].id, 'T', ['milestones']],
      [task.children[task.children.length - 1].id, null, []],
    ]);
    // one row order: the view's rows are the CLI's
    const cli = comparisonRows(s.comparison! as never, lib.plans.get('D')!, lib.plans.get('T')!);
    expect(s.rows.map((r) => `${r.left?.id ?? ''}|${r.right?.id ?? ''}`)).toEqual(cli.map((r) => `${r.left?.id ?? ''}|${r.right?.id ?? ''}`));

    const w = mount(FieldDiffView, { props: { fields: row.fields! }, global: { plugins: [makeI18n('zh-CN')] } });
    const text = w.text();
    expect(text).not.toContain('均无差异');
    expect(w.findAll('[data-test="item-row"]')).toHaveLength(3);
    expect(w.find('[data-test="item-diff"]').text()).toContain('3 项事项有差异');
    expect(w.findAll('[data-test="item-row"]')[0].text()).toContain('配合部门');
    expect(w.findAll('[data-test="item-row"]')[0].text()).toContain('区建管委');
    expect(w.findAll('[data-test="item-row"]')[1].text()).toContain('第2年');
    expect(w.findAll('[data-test="item-row"]')[2].text()).toContain('仅左侧');
  });

  it('an unedited task: milestones by plan year, 2027 ↔ 2015 on one line, no change', async () => {
    setup();
    const s = useCompareStore();
    await s.open('D', { kind: 'plan', id: 'T' });
    const row = s.rows.find((r) => r.left?.heading === '建设综合云平台' && r.right)!;
    expect(row.status).toBe('same');
    const w = mount(FieldDiffView, { props: { fields: row.fields! }, global: { plugins: [makeI18n('zh-CN')] } });
    const lines = w.findAll('[data-test="milestone-diff"] tbody tr').map((tr) => tr.find('td').text());
    expect(lines).toEqual(['第1年2027 / 2015', '第2年2028 / 2016', '第3年2029 / 2017']);
    expect(w.text()).toContain('部门、指标、年度节点及事项均无差异');
  });
});

describe('compare view: a task moved among its siblings (walk 5: "0 处差异")', () => {
  it('is a change: the row is tagged 位置已变, counted and stepped to, and kept by 只看有差异', async () => {
    const template: PlanDoc = { ...seedDoc(YANGPU), meta: { ...seedDoc(YANGPU).meta, status: 'reference' } };
    const draft = planFromTemplate(template, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'T' });
    // seeds/002 行动一: 重点任务1 建设综合云平台, 2 城市综合管理信息化, …; the first goes after the second
    const { node: task, path } = [...walk(draft.nodes)].find(({ node }) => node.kind === 'task' && node.heading === '建设综合云平台')!;
    draft.nodes = moveNode(draft.nodes, task.id, path[path.length - 1].id, 1);
    const lib = fakeLibrary({ T: template, D: draft });
    setApi(new ApiClient({
      async send(method, input): Promise<Envelope<any>> {
        const i = input as any;
        if (method === 'compare.plans') return { ok: true, result: structuredClone({ leftId: i.leftId, rightId: i.rightId, ...comparePlans(lib.plans.get(i.leftId)!, lib.plans.get(i.rightId)!, { pins: [] }), pins: [] }) };
        return { ok: true, result: await lib.client.call(method, i as never) };
      },
    }));
    const s = useCompareStore();
    expect(await s.open('D', { kind: 'plan', id: 'T' })).toBe(true);
    const moved = s.rows.filter((r) => r.moved).map((r) => [r.left?.heading, r.right?.heading, r.status]);
    // two siblings swapped: one of them is out of order (the first in the draft, 城市综合管理信息化), its text unchanged
    expect(moved).toEqual([['城市综合管理信息化', '城市综合管理信息化', 'same']]);
    expect(s.changeCount).toBe(1);
    s.filters.onlyChanged = true;
    expect(s.visibleRows.map((r) => r.left?.heading)).toEqual(['城市综合管理信息化']);
    expect(s.next()).toBe(s.visibleRows[0].key);
  });
});

describe('compare view: a plan against one of its versions', () => {
  it('a task whose item changed: its field diff lists the item, departments in the view direction (left = now)', async () => {
    const { s, task, items } = await openVersion();
    const row = s.rows.find((r) => r.left?.id === task.id)!;
    expect(row.status).toBe('changed');
    expect(row.fields!.items!.map((x) => [x.left?.heading ?? null, x.right ? 'v' : null, x.fields])).toEqual([
      [items[0].heading, 'v', ['partners']],
      ['推进5G网络与NGB-W网络协同建设', null, []],
    ]);
    expect(row.fields!.items![0].detail!.departments.removed).toEqual(['区建管委']); // only on the left: the plan now
  });

  it('against an earlier version the left side is the newer one: what it alone has is green (added since), not struck out in red; the diff editor is told so', async () => {
    const { s, task } = await openVersion();
    const fields = s.rows.find((r) => r.left?.id === task.id)!.fields!;
    const i18n = makeI18n('zh-CN');
    const asVersion = mount(FieldDiffView, { props: { fields, newerLeft: true }, global: { plugins: [i18n] } });
    const added = asVersion.findAll('[data-test="item-row"]').find((r) => r.text().includes('推进5G网络与NGB-W网络协同建设'))!;
    expect(added.find('.tag').classes()).toContain('ins');
    expect(added.find('.tag').text()).toBe('仅左侧');
    // the item's partner 区建管委, on the plan now only: green, not struck out
    expect(asVersion.find('[data-test="depts-removed"] .chip').classes()).toEqual(['chip', 'ins']);
    // the same fields between two plans (the right side newer): left-only is red as before
    const asPlans = mount(FieldDiffView, { props: { fields }, global: { plugins: [i18n] } });
    expect(asPlans.findAll('[data-test="item-row"]').find((r) => r.text().includes('推进5G网络与NGB-W网络协同建设'))!.find('.tag').classes()).toContain('del');
    expect(asPlans.find('[data-test="depts-removed"] .chip').classes()).toEqual(['chip', 'del']);
    // PairDetail passes the direction on to the diff editor and the field view
    const { default: PairDetail } = await import('../../renderer/src/compare/PairDetail.vue');
    s.select(s.rows.find((r) => r.left?.id === task.id)!.key);
    const pinia = getActivePinia()!;
    const detail = mount(PairDetail, { global: { plugins: [pinia, i18n], stubs: { DiffEditor: true, RouterLink: true, 'router-link': true } } });
    expect(detail.findComponent({ name: 'DiffEditor' }).props('newerLeft')).toBe(true);
    expect(detail.findComponent(FieldDiffView).props('newerLeft')).toBe(true);
  });
});

/** The draft D compared in the compare store with an earlier version of itself (right): item 1) had no partner, the last item was not there. */
async function openVersion() {
  const { lib, task, items } = setup();
  const current = lib.plans.get('D')!;
  const version = structuredClone(current);
  // the version had the template's partners on item 1); the plan now has 区建管委 too, and one more item
  const vTask = [...walk(version.nodes)].find(({ node }) => node.id === task.id)!.node;
  vTask.children = vTask.children.filter((c) => c.kind !== 'item' || c.heading !== '推进5G网络与NGB-W网络协同建设');
  vTask.children.find((c) => c.id === items[0].id)!.partners = [];
  setApi(new ApiClient({
    async send(method, input): Promise<Envelope<any>> {
      const i = input as any;
      if (method === 'versions.get') return { ok: true, result: { planId: 'D', versionId: 1, name: 'v', kind: 'named', reason: 'named', revision: 1, status: 'draft', createdAt: '2025-01-01T00:00:00Z', counts: {}, doc: structuredClone(version) } };
      if (method === 'compare.versions') return { ok: true, result: structuredClone({ planId: 'D', from: { label: 'v', planId: 'D', versionId: 1 }, to: { label: 'current', planId: 'D', versionId: null }, ...compareVersions(version, current, { matchBy: 'id' }) }) };
      return { ok: true, result: await lib.client.call(method, i as never) };
    },
  }));
  const s = useCompareStore();
  expect(await s.open('D', { kind: 'version', versionId: 1 })).toBe(true);
  return { s, task, items };
}

/** The draft D compared with the plan T in the compare store, and PairDetail's mount options. */
async function openPairDetail() {
  const { task } = setup();
  const { default: PairDetail } = await import('../../renderer/src/compare/PairDetail.vue');
  const pinia = createPinia();
  setActivePinia(pinia);
  const s = useCompareStore();
  await s.open('D', { kind: 'plan', id: 'T' });
  const opts = { global: { plugins: [pinia, makeI18n('zh-CN')], stubs: { DiffEditor: true, RouterLink: true, 'router-link': true } } };
  return { task, PairDetail, s, opts };
}

describe('compare view: the selected pair', () => {
  it('an action whose task changed does not say 均无差异 of itself; the task lists its items', async () => {
    const { task, PairDetail, s, opts } = await openPairDetail();
    const action = s.rows.find((r) => r.left?.kind === 'action' && r.right && s.leftNode(r.left.id)!.children.some((c) => c.id === task.id))!;
    expect(action.fields!.changed).toBe(false);
    s.select(action.key);
    const w = mount(PairDetail, opts);
    await new Promise((r) => setTimeout(r, 0));
    expect(w.find('[data-test="below-changed"]').text()).toBe('本节点的部门、指标、年度节点及事项无差异;其下级有 1 处差异');
    expect(w.text()).not.toContain('均无差异');
    s.select(s.rows.find((r) => r.left?.id === task.id)!.key);
    await w.vm.$nextTick();
    expect(w.findAll('[data-test="item-row"]')).toHaveLength(3);
    expect(w.find('[data-test="below-changed"]').exists()).toBe(false);
    w.unmount();
  });
});

describe('compare view: which side is the newer', () => {
  it('a draft against a plan of an earlier period: the draft (left) is the newer — what it added is green, not struck out (walk 12); the other way round the right is', async () => {
    const { task, PairDetail, s, opts } = await openPairDetail(); // D 2027—2029 on the left, T 2015—2017 on the right
    expect(s.newerLeft).toBe(true);
    s.select(s.rows.find((r) => r.left?.id === task.id && r.right)!.key);
    const w = mount(PairDetail, opts);
    await new Promise((r) => setTimeout(r, 0));
    expect(w.findComponent({ name: 'DiffEditor' }).props('newerLeft')).toBe(true);
    expect(w.findComponent(FieldDiffView).props('newerLeft')).toBe(true);
    // the item the draft added: 仅左侧, green
    const added = w.findAll('[data-test="item-row"]').find((r) => r.text().includes('推进5G网络与NGB-W网络协同建设'))!;
    expect(added.find('.tag').classes()).toContain('ins');
    w.unmount();
    // the rows: a task only the draft has is tagged as added (green), not as dropped
    const { default: CompareRows } = await import('../../renderer/src/compare/CompareRows.vue');
    const rows = mount(CompareRows, { props: { leftTitle: 'D', rightTitle: 'T' }, ...opts });
    expect(rows.get('[data-test=compare-rows-box]').classes()).toContain('newer-left');
    rows.unmount();
    await s.open('T', { kind: 'plan', id: 'D' });
    expect(s.newerLeft).toBe(false);
    const back = mount(CompareRows, { props: { leftTitle: 'T', rightTitle: 'D' }, ...opts });
    expect(back.get('[data-test=compare-rows-box]').classes()).not.toContain('newer-left');
    back.unmount();
    // the same plan on both sides: nothing tells them apart, the right side is the newer (as before)
    await s.open('D', { kind: 'plan', id: 'D' });
    expect(s.newerLeft).toBe(false);
  });
});

describe('compare view: two plans of the same period', () => {
  /** A 2015—2017 draft of 杨浦 written anew (not from T), with one task T does not have, and T's period. */
  function sameCycleDraft(lib: ReturnType<typeof setup>['lib']) {
    const t = lib.plans.get('T')!;
    const draft = structuredClone(seedDoc(YANGPU));
    draft.meta = { ...draft.meta, status: 'draft', basedOn: null, period: { ...t.meta.period! } };
    const part = [...walk(draft.nodes)].map((w) => w.node).find((n) => n.children.some((c) => c.kind === 'task'))!;
    part.children.push(newNode('task', { heading: '建设区块链政务服务平台' }));
    lib.plans.set('D25', { ...draft, id: 'D25', revision: 1 });
  }

  it('a draft on the left against a reference plan of its period: the draft is the newer — its new task green, not struck out as dropped', async () => {
    const { lib } = setup();
    sameCycleDraft(lib);
    expect(lib.plans.get('D25')!.meta.period).toEqual(lib.plans.get('T')!.meta.period);
    const { default: CompareRows } = await import('../../renderer/src/compare/CompareRows.vue');
    const pinia = getActivePinia()!;
    const s = useCompareStore();
    expect(await s.open('D25', { kind: 'plan', id: 'T' })).toBe(true);
    // before: the right side was always the newer when the periods start in one year
    expect(s.newerLeft).toBe(true);
    const row = s.rows.find((r) => r.left?.heading === '建设区块链政务服务平台')!;
    expect(row.right).toBeNull();
    const w = mount(CompareRows, { props: { leftTitle: 'D25', rightTitle: 'T' }, global: { plugins: [pinia, makeI18n('zh-CN')], stubs: { RouterLink: true, 'router-link': true } } });
    expect(w.get('[data-test=compare-rows-box]').classes()).toContain('newer-left');
    w.unmount();
    // the other way round, the draft on the right is the newer
    expect(await s.open('T', { kind: 'plan', id: 'D25' })).toBe(true);
    expect(s.newerLeft).toBe(false);
  });

  it('two finished plans of one period: the one saved later is the newer (the library\'s last change)', async () => {
    const { lib } = setup();
    const t = lib.plans.get('T')!;
    lib.plans.set('T2', { ...structuredClone(t), id: 'T2' });
    const library = useLibrary();
    const summary = (id: string, updatedAt: string) => ({ id, title: t.meta.title, district: t.meta.district, period: t.meta.period, status: 'reference' as const, counts: {}, sourceFileName: null, createdAt: '2026-01-01T00:00:00Z', updatedAt, basedOn: null, revision: 1 });
    library.plans = [summary('T', '2026-03-01T08:00:00Z'), summary('T2', '2026-05-01T08:00:00Z')];
    const s = useCompareStore();
    await s.open('T2', { kind: 'plan', id: 'T' });
    expect(s.newerLeft).toBe(true);
    await s.open('T', { kind: 'plan', id: 'T2' });
    expect(s.newerLeft).toBe(false);
    // the library not loaded: nothing tells them apart, the right side as before
    library.plans = [];
    await s.open('T2', { kind: 'plan', id: 'T' });
    expect(s.newerLeft).toBe(false);
  });

  it('newerPlan: period, then the plan made from the other, then a plan being written, then the later save', () => {
    const p = (id: string, start: number | null, status: PlanDoc['meta']['status'], basedOn: string | null = null, updatedAt: string | null = null) =>
      ({ id, meta: { period: start === null ? null : { start, end: start + 2 }, status, basedOn }, updatedAt });
    // periods that differ decide first (walk 12), whatever the status
    expect(newerPlan(p('a', 2027, 'reference'), p('b', 2024, 'draft'))).toBe('left');
    expect(newerPlan(p('a', 2024, 'draft'), p('b', 2027, 'reference'))).toBe('right');
    // one period: a draft made from the other (its template) is the newer, even if the template is a draft too
    expect(newerPlan(p('a', 2025, 'draft', 'b'), p('b', 2025, 'draft', null, '2026-09-01T00:00:00Z'))).toBe('left');
    expect(newerPlan(p('a', 2025, 'draft'), p('b', 2025, 'draft', 'a'))).toBe('right');
    // a plan being written (草稿, 审核中) against a finished one (参考, 定稿)
    expect(newerPlan(p('a', 2025, 'review'), p('b', 2025, 'final', null, '2026-09-01T00:00:00Z'))).toBe('left');
    expect(newerPlan(p('a', 2025, 'reference'), p('b', 2025, 'draft'))).toBe('right');
    // a period not known on one side: the same tie-breaks
    expect(newerPlan(p('a', null, 'draft'), p('b', 2025, 'reference'))).toBe('left');
    // else the later save; the right side when nothing tells them apart
    expect(newerPlan(p('a', 2025, 'draft', null, '2026-05-02T00:00:00Z'), p('b', 2025, 'review', null, '2026-05-01T00:00:00Z'))).toBe('left');
    expect(newerPlan(p('a', 2025, 'final', null, '2026-05-01T00:00:00Z'), p('b', 2025, 'reference', null, '2026-05-02T00:00:00Z'))).toBe('right');
    expect(newerPlan(p('a', 2025, 'final'), p('b', 2025, 'final'))).toBe('right');
  });
});

describe('compare view: the score explained', () => {
  it('an unedited task (文字相同 100%) whose score is below 100 says what else the score weighs, with the figures the core gave', async () => {
    const { PairDetail, s, opts } = await openPairDetail();
    const row = s.rows.find((r) => r.left?.heading === '建设综合云平台' && r.right)!;
    expect(row.similarity).toBe(1);
    expect(row.parts).toBeTruthy();
    s.select(row.key);
    const w = mount(PairDetail, opts);
    await new Promise((r) => setTimeout(r, 0));
    const text = w.get('[data-test="score-parts"]').text();
    expect(text).toContain('相似度是配对的综合分');
    expect(text).toContain(`标题 ${Math.round(row.parts!.heading * 100)}`);
    expect(text).toContain(`正文 ${Math.round(row.parts!.content * 100)}`);
    if (typeof row.parts!.context === 'number') expect(text).toContain(`上级节点 ${Math.round(row.parts!.context * 100)}`);
    expect(text).toContain('文字相同只比较两段文字');
    w.unmount();
  });
});

describe('compare view: pairing on the office server', () => {
  afterEach(() => Object.assign(session, { mode: 'unknown', user: null, methods: null }));
  it('a clerk (who may not save pairings: compare.pins.set) gets 配对 / 拆开 greyed with the reason; a planner does not', async () => {
    const { task, PairDetail, s, opts } = await openPairDetail();
    s.select(s.rows.find((r) => r.left?.id === task.id && r.right)!.key);
    for (const role of ['clerk', 'planner'] as const) {
      Object.assign(session, { mode: 'server', user: { username: role, displayName: role, role, district: '杨浦区', disabled: false }, methods: roleMethods(role) });
      const w = mount(PairDetail, opts);
      await new Promise((r) => setTimeout(r, 0));
      for (const b of ['pin-row', 'break-row']) {
        const el = w.get(`[data-test="${b}"]`);
        if (role === 'clerk') {
          expect(el.attributes('disabled'), b).toBeDefined();
          expect(el.attributes('title'), b).toBe('当前账户是文书角色,不能保存对比配对;可以查看对比结果。');
        } else expect(el.attributes('disabled'), b).toBeUndefined();
      }
      w.unmount();
    }
  });
});
