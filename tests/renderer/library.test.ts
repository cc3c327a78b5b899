// @vitest-environment happy-dom
/** Library store and view: grouping, search with filters, delete/duplicate with confirmation, i18n completeness. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, getActivePinia, setActivePinia } from 'pinia';
import { session } from '../../renderer/src/api/session';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roleMethods } from '../../electron/server/permissions';
import { createRouter, createMemoryHistory } from 'vue-router';
import type { PlanSummary, SearchHit } from '../../shared/api/contract';
import { setApi } from '../../renderer/src/api/client';
import { FakeSource, fakeApi } from './helpers';
import { makeI18n, messages } from '../../renderer/src/i18n';
import zh from '../../renderer/src/i18n/zh-CN';
import en from '../../renderer/src/i18n/en';
import { DEPARTMENT_MAX, planTells, QUERY_MAX, SORTED, stampLabel, useLibrary } from '../../renderer/src/stores/library';
import { METHODS } from '../../shared/api/contract';
import { useUi } from '../../renderer/src/stores/ui';
import { ACTION_TOAST_MS, useToasts } from '../../renderer/src/stores/toasts';
import { useEditorStore } from '../../renderer/src/stores/editor';
import LibraryView from '../../renderer/src/views/LibraryView.vue';

const summary = (id: string, title: string, district: string | null, start: number, status: PlanSummary['status'] = 'reference'): PlanSummary => ({
  id, title, district, period: { start, end: start + 2 }, status, counts: { action: 5, task: 22 }, sourceFileName: `${id}.txt`,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: `2026-01-0${id.length % 9 + 1}T00:00:00Z`, basedOn: null, revision: 1,
});

const PLANS = [
  summary('a', '静安区推进智慧城区建设三年行动方案(2014-2016)', '静安区', 2014),
  summary('b', '静安区国民经济和社会信息化“十一五”规划', '静安区', 2006),
  summary('c', '杨浦区“智慧城市”建设三年行动计划(2015-2017)', '杨浦区', 2015),
  summary('d', '无区名的计划', null, 2020, 'draft'),
];

describe('library store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => setApi(null));

  it('groups plans by district (pinyin order, no district last) and period (newest first)', async () => {
    fakeApi({ 'library.list': () => PLANS });
    const lib = useLibrary();
    await lib.load();
    expect(lib.groups.map((g) => g.district)).toEqual(['静安区', '杨浦区', '']); // jìng'ān before yángpǔ
    expect(lib.groups[0].periods.map((p) => p.period)).toEqual(['2014—2016', '2006—2008']);
    lib.filters.district = '静安区';
    expect(lib.groups.map((g) => g.district)).toEqual(['静安区']);
    lib.filters.period = '2014—2016';
    expect(lib.groups[0].periods.flatMap((p) => p.plans.map((x) => x.id))).toEqual(['a']);
  });

  it('one district however it is written: 南嶼縣, 南屿县 and ＮＹ区 spellings are one facet entry and one group, named by the most common spelling', async () => {
    const plans = [
      summary('n1', '南屿县规划一', '南屿县', 2014),
      summary('n2', '南嶼縣規劃二', '南嶼縣', 2017),
      summary('n3', '南屿县规划三', '南屿县', 2020),
      summary('n4', '南屿区规划', '南屿區', 2020),
      summary('y1', '杨浦区规划', '杨浦区', 2015),
      summary('y2', '杨浦区规划二', ' 杨浦 区', 2018),
    ];
    const calls = fakeApi({ 'library.list': () => plans, 'library.search': () => [] });
    const lib = useLibrary();
    await lib.load();
    // 南屿县 twice, 南嶼縣 once: the group is 南屿县; 南屿區 is another district (区, not 县); 杨浦区 beats its spaced spelling
    expect(lib.districts).toEqual(['南屿區', '南屿县', '杨浦区'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(lib.groups.map((g) => [g.district, g.periods.flatMap((p) => p.plans.map((x) => x.id)).sort()])).toEqual(
      expect.arrayContaining([['南屿县', ['n1', 'n2', 'n3']], ['南屿區', ['n4']], ['杨浦区', ['y1', 'y2']]]),
    );
    expect(lib.groups).toHaveLength(3);
    lib.filters.district = '南屿县';
    expect(lib.groups.map((g) => g.district)).toEqual(['南屿县']);
    expect(lib.groups[0].periods.flatMap((p) => p.plans.map((x) => x.id)).sort()).toEqual(['n1', 'n2', 'n3']);
    // a spelling the facet does not offer (typed, or kept from before) filters the same
    lib.filters.district = '南嶼縣';
    expect(lib.groups[0].periods.flatMap((p) => p.plans.map((x) => x.id)).sort()).toEqual(['n1', 'n2', 'n3']);
    // the search sends the district; the library matches every spelling of it (tests/store/contract.test.ts)
    lib.filters.district = '南屿县';
    lib.query = '规划';
    await lib.search();
    expect((calls.at(-1)!.input as { filters: { district: string } }).filters.district).toBe('南屿县');
  });

  it('sorts the cards by date issued, period, district, title or last change — one list, ties by last change — and keeps the choice per user', async () => {
    localStorage.clear();
    const plans = [
      { ...summary('a', '乙计划', '杨浦区', 2015), issuedOn: '2015-03-01', updatedAt: '2026-01-03T00:00:00Z' },
      { ...summary('b', '甲计划', '静安區', 2020), issuedOn: null, updatedAt: '2026-01-05T00:00:00Z' },
      { ...summary('c', '丙计划', '静安区', 2014), issuedOn: '2016-07-01', updatedAt: '2026-01-01T00:00:00Z' },
      { ...summary('d', '丁计划', null, 2020), issuedOn: '2015-03-01', updatedAt: '2026-01-04T00:00:00Z' },
    ];
    fakeApi({ 'library.list': () => plans });
    const lib = useLibrary();
    await lib.load();
    expect(lib.sort).toBe('group');
    const order = () => lib.groups.flatMap((g) => g.periods.flatMap((p) => p.plans.map((x) => x.id)));
    // newest issued first, the one without a date last; 2015-03-01 twice: the later change first
    lib.sort = 'issued';
    expect(lib.groups.map((g) => g.district)).toEqual([SORTED]);
    expect(order()).toEqual(['c', 'd', 'a', 'b']);
    lib.sort = 'period';
    expect(order()).toEqual(['b', 'd', 'a', 'c']); // 2020 twice: b changed later
    lib.sort = 'district';
    expect(order()).toEqual(['b', 'c', 'a', 'd']); // 静安 (both spellings; jìng) before 杨浦 (yáng), none last
    lib.sort = 'title';
    expect(order()).toEqual(['c', 'd', 'b', 'a']); // 丙 bǐng, 丁 dīng, 甲 jiǎ, 乙 yǐ
    lib.sort = 'updated';
    expect(order()).toEqual(['b', 'd', 'a', 'c']);
    // filters still apply
    lib.filters.district = '静安区';
    expect(order()).toEqual(['b', 'c']);
    await flushPromises();
    // kept: a new store (the next start) opens with it
    setActivePinia(createPinia());
    expect(useLibrary().sort).toBe('updated');
    localStorage.clear();
  });

  it('the order is kept in the library’s settings (library.setSort): another browser opens with it; this browser’s copy is only the first guess; an order only this browser had is written to the library', async () => {
    localStorage.clear();
    // the library (a settings row) as the core keeps it
    let stored: string | null = null;
    const handlers = {
      'library.list': () => PLANS,
      'library.sort': () => ({ sort: stored }),
      'library.setSort': ({ sort }: { sort: string }) => { stored = sort; return { sort }; },
    };
    let calls = fakeApi(handlers);
    const lib = useLibrary();
    await lib.loadSortPreference();
    expect(lib.sort).toBe('group');
    expect(calls.map((c) => c.method)).toEqual(['library.sort']); // nothing chosen: nothing written
    lib.sort = 'title';
    await flushPromises();
    expect(stored).toBe('title');
    expect(calls.filter((c) => c.method === 'library.setSort').map((c) => c.input)).toEqual([{ sort: 'title' }]);

    // another browser (nothing in its localStorage): the library's order
    localStorage.clear();
    setActivePinia(createPinia());
    calls = fakeApi(handlers);
    const other = useLibrary();
    expect(other.sort).toBe('group'); // the first paint's guess
    await other.loadSortPreference();
    expect(other.sort).toBe('title');
    expect(calls.filter((c) => c.method === 'library.setSort')).toEqual([]); // read, not written back
    expect(localStorage.getItem('pw.library.sort.local')).toBe('title'); // the next first paint guesses it

    // changed on another machine meanwhile: the library's answer wins over this browser's guess
    stored = 'district';
    setActivePinia(createPinia());
    fakeApi(handlers);
    const again = useLibrary();
    expect(again.sort).toBe('title');
    await again.loadSortPreference();
    expect(again.sort).toBe('district');

    // an order chosen before the library kept it (only in this browser) is written there once
    stored = null;
    localStorage.setItem('pw.library.sort.local', 'period');
    setActivePinia(createPinia());
    calls = fakeApi(handlers);
    const before = useLibrary();
    await before.loadSortPreference();
    await flushPromises();
    expect(before.sort).toBe('period');
    expect(stored).toBe('period');

    // a library that cannot answer (an older office server): the guess stays
    setActivePinia(createPinia());
    fakeApi({ 'library.list': () => PLANS });
    const older = useLibrary();
    await older.loadSortPreference();
    expect(older.sort).toBe('period');
    localStorage.clear();
  });

  it('search hits stay ranked by relevance unless an order is chosen; then they follow their plans’ order, each plan’s hits by relevance', async () => {
    const plans = [
      { ...summary('a', '乙计划', '杨浦区', 2015), updatedAt: '2026-01-03T00:00:00Z' },
      { ...summary('b', '甲计划', '静安区', 2020), updatedAt: '2026-01-05T00:00:00Z' },
    ];
    const hit = (planId: string, nodeId: string, score: number): SearchHit => ({ planId, planTitle: planId, district: null, nodeId, kind: 'task', path: [], field: 'body', snippet: [{ text: '养老', hit: true }], score });
    const ranked = [hit('a', 'n1', -9), hit('b', 'n2', -8), hit('a', 'n3', -7), hit('b', 'n4', -6)];
    fakeApi({ 'library.list': () => plans, 'library.search': () => ranked });
    const lib = useLibrary();
    await lib.load();
    lib.sort = 'group';
    lib.query = '养老';
    await lib.search();
    expect(lib.sortedHits.map((h) => h.nodeId)).toEqual(['n1', 'n2', 'n3', 'n4']);
    lib.sort = 'updated';
    expect(lib.sortedHits.map((h) => h.nodeId)).toEqual(['n2', 'n4', 'n1', 'n3']);
    lib.sort = 'title';
    expect(lib.sortedHits.map((h) => h.nodeId)).toEqual(['n2', 'n4', 'n1', 'n3']); // 甲 before 乙
    lib.sort = 'group';
    await flushPromises();
  });

  it('searches with the filters and ignores answers that arrive after a newer query', async () => {
    let release: (v: SearchHit[]) => void = () => {};
    const calls = fakeApi({
      'library.list': () => PLANS,
      'library.search': (input: { query: string }) => (input.query === '养' ? new Promise<SearchHit[]>((r) => { release = r; }) : [{ planId: 'a', planTitle: 't', district: '静安区', nodeId: 'n1', kind: 'task', path: ['x'], field: 'heading', snippet: [{ text: '养老', hit: true }], score: 1 }]),
    });
    const lib = useLibrary();
    lib.query = '养';
    const slow = lib.search();
    lib.query = '养老';
    lib.filters.kind = 'task';
    lib.filters.period = '2014—2016';
    await lib.search();
    release([]);
    await slow;
    expect(lib.hits).toHaveLength(1);
    expect(lib.searchedFor).toBe('养老');
    expect(calls.at(-1)).toEqual({ method: 'library.search', input: { query: '养老', filters: { district: undefined, periodStart: 2014, periodEnd: 2016, kind: 'task', department: undefined, limit: 200 } } });
  });

  it('a one-year period in the filter (a plan of 2024 is listed as 「2024」) searches that year only, not 2024 onwards (walk 7)', async () => {
    const calls = fakeApi({ 'library.list': () => PLANS, 'library.search': () => [] });
    const lib = useLibrary();
    lib.query = '营商环境';
    lib.filters.period = '2024';
    await lib.search();
    expect(calls.at(-1)).toEqual({ method: 'library.search', input: { query: '营商环境', filters: { district: undefined, periodStart: 2024, periodEnd: 2024, kind: undefined, department: undefined, limit: 200 } } });
  });

  it('the period filter keeps overlapping plans on the cards as the search does: a plan of 2021—2025 is kept for 2023, 2021—2023 and 2024—2027', async () => {
    const five = { ...summary('e', '某区数字化转型“十四五”规划', '某区', 2021), period: { start: 2021, end: 2025 } };
    const calls = fakeApi({ 'library.list': () => [...PLANS, five], 'library.search': () => [] });
    const lib = useLibrary();
    await lib.load();
    const shown = () => lib.groups.flatMap((g) => g.periods.flatMap((p) => p.plans.map((x) => x.id))).sort();
    for (const period of ['2023', '2021—2023', '2024—2027', '2025', '2016—2021']) {
      lib.filters.period = period;
      expect(shown(), period).toContain('e');
    }
    for (const period of ['2026—2027', '2019—2020', '2026']) {
      lib.filters.period = period;
      expect(shown(), period).not.toContain('e');
    }
    // 2014—2016 (静安): also 杨浦 2015—2017, which shares 2015 and 2016; not 2006—2008, not the plan of 2020—2022
    lib.filters.period = '2014—2016';
    expect(shown()).toEqual(['a', 'c']);
    // the search asks the store for the same years (its SQL keeps overlapping periods: tests/store/contract.test.ts)
    lib.query = '数字化';
    lib.filters.period = '2024—2027';
    await lib.search();
    expect(calls.at(-1)).toEqual({ method: 'library.search', input: { query: '数字化', filters: { district: undefined, periodStart: 2024, periodEnd: 2027, kind: undefined, department: undefined, limit: 200 } } });
  });
});

describe('a search term longer than the library searches (walk 6)', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => setApi(null));

  it('QUERY_MAX is the contract\'s own limit', () => {
    expect(METHODS['library.search'].input.safeParse({ query: '养'.repeat(QUERY_MAX) }).success).toBe(true);
    expect(METHODS['library.search'].input.safeParse({ query: '养'.repeat(QUERY_MAX + 1) }).success).toBe(false);
    expect(METHODS['library.search'].input.safeParse({ query: '', filters: { department: '区'.repeat(DEPARTMENT_MAX) } }).success).toBe(true);
    expect(METHODS['library.search'].input.safeParse({ query: '', filters: { department: '区'.repeat(DEPARTMENT_MAX + 1) } }).success).toBe(false);
  });

  it('a pasted paragraph is not sent; the results say it is too long (no toast with the validator\'s English), the earlier results go', async () => {
    const hit: SearchHit = { planId: 'a', planTitle: 't', district: '静安区', nodeId: 'n1', kind: 'task', path: ['x'], field: 'heading', snippet: [{ text: '养老', hit: true }], score: 1 };
    const calls = fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [], 'library.search': () => [hit] });
    const pinia = createPinia();
    setActivePinia(pinia);
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: LibraryView }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
    await router.push('/');
    const w = mount(LibraryView, { global: { plugins: [pinia, router, makeI18n('zh-CN')] } });
    await flushPromises();
    const lib = useLibrary();
    lib.query = '养老';
    await lib.search();
    await flushPromises();
    expect(w.findAll('[data-test=hit]')).toHaveLength(1);
    const paragraph = '推进社区嵌入式养老服务设施建设，'.repeat(15); // 240 characters
    lib.query = paragraph;
    await lib.search();
    await flushPromises();
    expect(calls.filter((c) => c.method === 'library.search')).toHaveLength(1);
    expect(w.findAll('[data-test=hit]')).toHaveLength(0);
    expect(w.get('[data-test=query-too-long]').text()).toBe('搜索词太长(240 个字符):最多 200 个字符,请用其中的几个关键词搜索。');
    expect(w.text()).not.toContain('没有找到');
    expect(useToasts().items).toHaveLength(0);
    // a shorter term searches again, and the note goes
    lib.query = '养老';
    await lib.search();
    await flushPromises();
    expect(w.find('[data-test=query-too-long]').exists()).toBe(false);
    expect(w.findAll('[data-test=hit]')).toHaveLength(1);
    // the same for a paragraph pasted into the department filter
    lib.filters.department = '区发展改革委、'.repeat(20); // 140 characters
    await lib.search();
    await flushPromises();
    expect(calls.filter((c) => c.method === 'library.search')).toHaveLength(2);
    expect(w.get('[data-test=query-too-long]').text()).toBe('部门名称太长(140 个字符):最多 100 个字符,请输入一个部门的名称。');
    expect(useToasts().items).toHaveLength(0);
    lib.filters.department = '';
    w.unmount();
  });
});

describe('LibraryView', () => {
  afterEach(() => setApi(null));

  async function mountView(o: { attach?: boolean } = {}) {
    const pinia = createPinia();
    setActivePinia(pinia);
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: LibraryView }, { path: '/plan/:id', name: 'plan', component: { template: '<div/>' } }] });
    await router.push('/');
    const wrapper = mount(LibraryView, { global: { plugins: [pinia, router, makeI18n('zh-CN')] }, ...(o.attach ? { attachTo: document.body } : {}) });
    await flushPromises();
    return { wrapper, router, pinia };
  }

  it('shows plan cards with status and counts, and an empty state', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => ['区科委'] });
    const { wrapper } = await mountView();
    const cards = wrapper.findAll('[data-test=plan-card]');
    expect(cards).toHaveLength(4);
    expect(cards[0].text()).toContain('5 个行动 · 22 项任务');
    expect(wrapper.text()).toContain('参考');
    expect(wrapper.text()).toContain('草稿');

    fakeApi({ 'library.list': () => [], 'library.departments': () => [] });
    const { wrapper: empty } = await mountView();
    expect(empty.text()).toContain('资料库里还没有计划');
  });

  it('the 排序 menu orders the cards in one list without district headings, each card naming its district', async () => {
    localStorage.clear();
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    const { wrapper } = await mountView();
    expect(wrapper.findAll('h2.district').length).toBeGreaterThan(1);
    // the closed select cut the default's long name at the side bar's width (walks 8, 13): a short name, and what
    // it means for a search under it
    expect(wrapper.get('[data-test=sort]').attributes('title')).toBe('按区县和时期分组');
    expect((wrapper.get('[data-test=sort]').element as HTMLSelectElement).selectedOptions[0].text).toBe('按区县和时期分组');
    expect(wrapper.get('[data-test=sort-hint]').text()).toBe('搜索结果按相关度排列');
    expect(wrapper.get('[data-test=sort]').attributes('aria-describedby')).toBe('sort-group-hint');
    await wrapper.get('[data-test=sort]').setValue('title');
    await flushPromises();
    expect(wrapper.get('[data-test=sort]').attributes('title')).toBe('标题');
    expect(wrapper.find('[data-test=sort-hint]').exists()).toBe(false);
    expect(wrapper.findAll('h2.district')).toHaveLength(0);
    const cards = wrapper.findAll('[data-test=plan-card]');
    expect(cards.map((c) => c.get('.title').text())).toEqual([...PLANS].map((p) => p.title).sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(cards.find((c) => c.attributes('data-plan-id') === 'c')!.get('[data-test=card-district]').text()).toBe('杨浦区');
    localStorage.clear();
  });

  it('a card whose plan writes its district otherwise than its group says so; the others do not repeat the group', async () => {
    fakeApi({
      'library.list': () => [summary('n1', '南屿县规划一', '南屿县', 2014), summary('n2', '南嶼縣規劃二', '南嶼縣', 2017), summary('n3', '南屿县规划三', '南屿县', 2020)],
      'library.departments': () => [],
    });
    const { wrapper } = await mountView();
    expect(wrapper.findAll('h2.district').map((h) => h.text())).toEqual(['南屿县']);
    const written = Object.fromEntries(wrapper.findAll('[data-test=plan-card]').map((c) => [c.attributes('data-plan-id'), c.find('[data-test=card-district]').exists() ? c.find('[data-test=card-district]').text() : null]));
    expect(written).toEqual({ n1: null, n2: '南嶼縣', n3: null });
    // the filter holds what a plan's 区/县/市/镇/街道 field holds: a library of 县 plans was offered 区 / 所有区 (ui38)
    expect(wrapper.findAll('[data-test=filter-district] option').map((o) => o.text())).toEqual(['所有区县', '南屿县']);
    const label = wrapper.get('[data-test=filter-district]').element.closest('label')!;
    expect(label.firstChild!.textContent!.trim()).toBe('区县');
    expect(wrapper.get('[data-test=plan-count]').text()).toBe('3 份计划');
  });

  it('the period filter: its tooltip says it keeps overlapping periods, and choosing 2014—2016 shows the plan of 2015—2017 too', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    const { wrapper } = await mountView();
    const select = wrapper.get('[data-test=filter-period]');
    expect(select.attributes('title')).toContain('重叠');
    expect(select.attributes('title')).toContain('2024—2027');
    await select.setValue('2014—2016');
    const titles = wrapper.findAll('[data-test=plan-card]').map((c) => c.text());
    // the side bar counts what the filter leaves, of the whole library (walk 8: it said 7 while 2 cards were shown)
    expect(wrapper.get('[data-test=plan-count]').text()).toBe('2 / 4 份计划'); // 静安 2014—2016 and 杨浦 2015—2017 of the four
    expect(titles.some((x) => x.includes('静安区推进智慧城区建设三年行动方案'))).toBe(true);
    expect(titles.some((x) => x.includes('杨浦区“智慧城市”建设三年行动计划'))).toBe(true);
    expect(titles.some((x) => x.includes('十一五'))).toBe(false);
  });

  it('the same plan imported from .txt, .docx and .pdf: 最近打开 cards say the source file and import time of each; a plan of its own says nothing more', async () => {
    const title = '松江区推进数字乡村建设实施方案(2024—2026年)';
    const same = (id: string, file: string, at: string) => ({ ...summary(id, title, '松江区', 2024), sourceFileName: file, createdAt: at });
    const txt = same('t', '松江区数字乡村实施方案.txt', '2026-12-05T07:01:00');
    const docx = same('x', '松江区数字乡村实施方案.docx', '2026-12-05T07:03:00');
    const pdf = same('p', '松江区数字乡村实施方案.pdf', '2026-12-05T07:05:00');
    const opened = (p: PlanSummary) => ({ ...p, openedAt: '2026-12-05T08:00:00Z' });
    fakeApi({ 'library.list': () => [...PLANS, txt, docx, pdf], 'library.recent': () => [opened(pdf), opened(docx), opened(txt), opened(PLANS[0])], 'library.departments': () => [] });
    const { wrapper } = await mountView();
    const recent = wrapper.findAll('[data-test=recent-plan]');
    expect(recent).toHaveLength(4);
    expect(recent.slice(0, 3).map((r) => r.get('[data-test=recent-tell]').text())).toEqual([
      'PDF · 导入于 2026-12-05 07:05 · 松江区数字乡村实施方案.pdf',
      'DOCX · 导入于 2026-12-05 07:03 · 松江区数字乡村实施方案.docx',
      'TXT · 导入于 2026-12-05 07:01 · 松江区数字乡村实施方案.txt',
    ]);
    expect(recent[3].find('[data-test=recent-tell]').exists()).toBe(false);
  });

  it('planTells: a copy without a source says when it was made; differing statuses are named', () => {
    const t = makeI18n('zh-CN').global.t as unknown as (k: string, v?: Record<string, unknown>) => string;
    const ref = { ...summary('r', '某区三年行动计划', '某区', 2024), createdAt: '2026-03-01T09:30:00' };
    const draft = { ...summary('d2', '某区三年行动计划', '某区', 2024, 'draft'), sourceFileName: null, createdAt: '2026-03-02T10:00:00' };
    const otherPeriod = summary('o', '某区三年行动计划', '某区', 2027);
    const tells = planTells([ref, draft, otherPeriod], t);
    expect(tells.get('r')).toBe('TXT · 参考 · 导入于 2026-03-01 09:30 · r.txt');
    expect(tells.get('d2')).toBe('草稿 · 新建于 2026-03-02 10:00');
    expect(tells.has('o')).toBe(false);
    expect(stampLabel('not a date')).toBe('not a date');
  });

  /** A library behind the fake API with a trash: plan.delete / plan.restore / plan.purge move plans between the two. */
  function trashApi() {
    const trashed = new Map<string, string>();
    const calls = fakeApi({
      'library.list': () => PLANS.filter((p) => !trashed.has(p.id)),
      // as the core answers it: the plans opened lately that are in the library (not in the trash)
      'library.recent': () => PLANS.filter((p) => !trashed.has(p.id)).slice(0, 2).map((p) => ({ ...p, openedAt: '2026-12-06T01:00:00.000Z' })),
      'library.departments': () => [],
      'plan.delete': ({ id }: { id: string }) => { trashed.set(id, '2026-12-06T02:00:00.000Z'); return { ok: true }; },
      'plan.restore': ({ id }: { id: string }) => { trashed.delete(id); return { ok: true }; },
      'plan.purge': ({ id }: { id: string }) => { trashed.delete(id); return { ok: true }; },
      'trash.list': () => ({ days: 30, plans: PLANS.filter((p) => trashed.has(p.id)).map((p) => ({ ...p, trashedAt: trashed.get(p.id)!, purgeAt: '2027-01-05T02:00:00.000Z' })) }),
      'trash.setDays': ({ days }: { days: number }) => ({ days }),
    });
    return { calls, trashed };
  }
  const ctrlZ = (target: EventTarget = window) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));

  it('删除 moves the plan to the trash at once; the toast says so and its 撤销 brings the plan back, as Ctrl+Z does in the library (not in a text field)', async () => {
    const { calls } = trashApi();
    const { wrapper, pinia } = await mountView({ attach: true });
    // this view's store: a view of an earlier test still mounted may have made its own pinia the active one again
    // (a store used in a component sets it), and then useToasts() was that one's — 1 run in ~4 failed so under load
    const toasts = useToasts(pinia);
    await wrapper.findAll('[data-test=delete]')[0].trigger('click');
    await flushPromises();
    expect(useUi().confirm).toBeNull(); // no question: it can be undone
    expect(calls.find((c) => c.method === 'plan.delete')?.input).toEqual({ id: 'a' });
    expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(3);
    const toast = toasts.items.at(-1)!;
    expect(toast.text).toBe('已将“静安区推进智慧城区建设三年行动方案(2014-2016)”移到回收站');
    expect(toast.action?.label).toBe('撤销');
    toasts.act(toast.id);
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.restore').map((c) => c.input)).toEqual([{ id: 'a' }]);
    expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(4);
    expect(toasts.items.at(-1)!.text).toBe('已恢复“静安区推进智慧城区建设三年行动方案(2014-2016)”');

    await wrapper.findAll('[data-test=delete]')[1].trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(3);
    // Ctrl+Z typed in the search box is the box's own undo
    ctrlZ(wrapper.get('[data-test=search]').element);
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.restore')).toHaveLength(1);
    (document.activeElement as HTMLElement | null)?.blur();
    ctrlZ();
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.restore')).toHaveLength(2);
    expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(4);
    // the delete's toast, whose 撤销 has been done, is gone
    expect(toasts.items.filter((x) => x.action)).toEqual([]);
    // nothing more to undo
    ctrlZ();
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.restore')).toHaveLength(2);
    wrapper.unmount();
  });

  it('Enter on a card opens its plan, Enter on one of its buttons does that button only: 删除 from the keyboard did both, opening the plan just deleted (找不到这份规划); the focus goes on to the next card', async () => {
    trashApi();
    const { wrapper, router } = await mountView({ attach: true });
    const push = vi.spyOn(router, 'push');
    const enter = (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const cards = () => wrapper.findAll('[data-test=plan-card]');
    const second = cards()[1].attributes('data-plan-id');
    const del = cards()[0].get<HTMLButtonElement>('[data-test=delete]').element;
    del.focus();
    enter(del);
    del.click(); // what the browser does next for Enter on a button
    await flushPromises();
    expect(push).not.toHaveBeenCalled();
    expect(cards()).toHaveLength(3);
    // the card that took its place has the focus, not the page's body
    expect((document.activeElement as HTMLElement).getAttribute('data-plan-id')).toBe(second);
    enter(wrapper.get('[data-test=compare-with]').element);
    expect(push).not.toHaveBeenCalledWith({ name: 'plan', params: { id: second } });
    enter(document.activeElement!);
    expect(push).toHaveBeenCalledWith({ name: 'plan', params: { id: second } });
    wrapper.unmount();
  });

  it('Ctrl+Z undoes a delete only while its toast offers 撤销: not once the toast has gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { calls } = trashApi();
      const { wrapper, pinia } = await mountView({ attach: true });
      await wrapper.findAll('[data-test=delete]')[0].trigger('click');
      await flushPromises();
      expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(3);
      vi.advanceTimersByTime(ACTION_TOAST_MS + 1);
      expect(useToasts(pinia).items.filter((x) => x.action)).toEqual([]);
      (document.activeElement as HTMLElement | null)?.blur();
      ctrlZ();
      await flushPromises();
      expect(calls.filter((c) => c.method === 'plan.restore')).toEqual([]);
      expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(3);
      wrapper.unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  it('回收站 lists the deleted plans with when they go for good; 恢复 puts one back; 永久删除 asks first, the question starting on 取消 (walk 6)', async () => {
    const { calls } = trashApi();
    const { wrapper, pinia } = await mountView({ attach: true });
    // the view's own store: a card view left mounted by an earlier test may make another pinia the active one
    const ui = useUi(pinia);
    await wrapper.findAll('[data-test=delete]')[0].trigger('click');
    await flushPromises();
    await wrapper.findAll('[data-test=delete]')[0].trigger('click');
    await flushPromises();
    await wrapper.get('[data-test=open-trash]').trigger('click');
    await flushPromises();
    const rows = () => wrapper.findAll('[data-test=trash-row]');
    expect(rows().map((r) => r.attributes('data-plan-id')).sort()).toEqual(['a', 'b']);
    expect(wrapper.get('[data-test=trash-dialog]').text()).toContain('保留 30 天');
    expect(rows()[0].text()).toContain('2027-01-05 永久删除');
    await rows().find((r) => r.attributes('data-plan-id') === 'b')!.get('[data-test=trash-restore]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'plan.restore').map((c) => c.input)).toEqual([{ id: 'b' }]);
    expect(rows().map((r) => r.attributes('data-plan-id'))).toEqual(['a']);
    expect(wrapper.findAll('[data-test=plan-card]').map((c) => c.attributes('data-plan-id'))).toContain('b');

    const ConfirmDialog = (await import('../../renderer/src/components/ConfirmDialog.vue')).default;
    await rows()[0].get('[data-test=trash-purge]').trigger('click');
    const dialog = mount(ConfirmDialog, { global: { plugins: [getActivePinia()!, makeI18n('zh-CN')] }, attachTo: document.body });
    await flushPromises();
    expect(dialog.text()).toContain('此操作无法撤销');
    expect(document.activeElement?.getAttribute('data-test')).toBe('confirm-cancel');
    // Enter on the focused button is its click
    (document.activeElement as HTMLElement).click();
    await flushPromises();
    expect(ui.confirm).toBeNull();
    expect(calls.some((c) => c.method === 'plan.purge')).toBe(false);
    dialog.unmount();
    await rows()[0].get('[data-test=trash-purge]').trigger('click');
    ui.confirm!.resolve(true);
    await flushPromises();
    expect(calls.find((c) => c.method === 'plan.purge')?.input).toEqual({ id: 'a' });
    expect(wrapper.find('[data-test=trash-empty]').exists()).toBe(true);
    // the trash's days
    await wrapper.get('[data-test=trash-days]').setValue(7);
    await wrapper.get('[data-test=trash-days-save]').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.method === 'trash.setDays')?.input).toEqual({ days: 7 });
    wrapper.unmount();
  });

  it('a plan deleted leaves 最近打开 at once (it stayed there, leading to 找不到这份规划); Ctrl+Z brings it back (walk 8)', async () => {
    trashApi();
    const { wrapper } = await mountView({ attach: true });
    const recent = () => wrapper.findAll('[data-test=recent-plan]').map((b) => b.attributes('title'));
    const first = recent()[0]!;
    expect(recent()).toHaveLength(2);
    await wrapper.findAll('[data-test=plan-card]').find((c) => c.text().includes(first))!.get('[data-test=delete]').trigger('click');
    await flushPromises();
    expect(recent()).not.toContain(first);
    (document.activeElement as HTMLElement | null)?.blur(); // (the search box has its own Ctrl+Z)
    ctrlZ(); // 撤销
    await vi.waitFor(() => expect(recent()).toContain(first));
    wrapper.unmount();
  });

  it('回收站 keeps the focus inside after 恢复 and 永久删除: the next row’s same button, then 关闭 — so Esc still closes it (walk 8)', async () => {
    trashApi();
    const { wrapper, pinia } = await mountView({ attach: true });
    const ui = useUi(pinia);
    for (let i = 0; i < 3; i++) {
      await wrapper.findAll('[data-test=delete]')[0].trigger('click');
      await flushPromises();
    }
    await wrapper.get('[data-test=open-trash]').trigger('click');
    await flushPromises();
    const rows = () => wrapper.findAll('[data-test=trash-row]');
    expect(rows()).toHaveLength(3);
    const active = () => document.activeElement as HTMLElement;
    const rowOf = (el: Element) => el.closest('[data-test=trash-row]')?.getAttribute('data-plan-id');
    // it opens on the first 恢复 (it opened on the 保留天数 box)
    await vi.waitFor(() => expect(active().getAttribute('data-test')).toBe('trash-restore'));
    expect(rowOf(active())).toBe(rows()[0].attributes('data-plan-id'));
    const idle = () => vi.waitFor(() => expect(wrapper.findAll('[data-test=trash-restore]').every((b) => b.attributes('disabled') === undefined)).toBe(true));
    // 恢复 on the first row: the focus goes to 恢复 of the row now first
    const second = rows()[1].attributes('data-plan-id');
    (rows()[0].get('[data-test=trash-restore]').element as HTMLElement).focus();
    await rows()[0].get('[data-test=trash-restore]').trigger('click');
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    await idle();
    await flushPromises();
    expect(active().getAttribute('data-test')).toBe('trash-restore');
    expect(rowOf(active())).toBe(second);
    // 永久删除 on the last row (confirmed): 永久删除 of the row before it
    const last = () => rows()[rows().length - 1];
    const before = rows()[0].attributes('data-plan-id');
    (last().get('[data-test=trash-purge]').element as HTMLElement).focus();
    await last().get('[data-test=trash-purge]').trigger('click');
    await vi.waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(true);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    await idle();
    await flushPromises();
    expect(active().getAttribute('data-test')).toBe('trash-purge');
    expect(rowOf(active())).toBe(before);
    // the last one restored: 关闭, and Esc there closes the dialog
    await rows()[0].get('[data-test=trash-restore]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test=trash-empty]').exists()).toBe(true));
    await flushPromises();
    expect(active().getAttribute('data-test')).toBe('trash-close');
    await wrapper.get('[data-test=trash-close]').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(wrapper.find('[data-test=trash-dialog]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('on the office server a reviewer sees no create, copy or delete on the cards; a planner does', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    session.mode = 'server';
    try {
      session.user = { username: 'rev', displayName: '杨审核', role: 'reviewer', district: '杨浦区', disabled: false };
      const { wrapper } = await mountView();
      expect(wrapper.findAll('[data-test=plan-card]')).toHaveLength(4);
      for (const b of ['delete', 'duplicate', 'use-template']) expect(wrapper.findAll(`[data-test=${b}]`), b).toHaveLength(0);
      expect(wrapper.findAll('[data-test=open-plan]')).toHaveLength(4);
      session.user = { ...session.user, role: 'planner' };
      const { wrapper: planner } = await mountView();
      expect(planner.findAll('[data-test=delete]')).toHaveLength(4);
    } finally {
      session.mode = 'unknown';
      session.user = null;
    }
  });

  it('on the office server each card offers what the server says this account may do with that plan', async () => {
    const readOnly = { edit: false, delete: false, share: false, copy: true };
    const own = { edit: true, delete: true, share: true, copy: true };
    // a planner: the three reference plans are only read and copied, the own draft is theirs
    fakeApi({ 'library.list': () => PLANS.map((p) => ({ ...p, may: p.status === 'reference' ? readOnly : own })), 'library.departments': () => [] });
    session.mode = 'server';
    try {
      session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
      const { wrapper } = await mountView();
      const cards = wrapper.findAll('[data-test=plan-card]');
      expect(cards).toHaveLength(4);
      const byTitle = (title: string) => cards.find((c) => c.find('.title').text() === title)!;
      for (const p of PLANS) {
        const card = byTitle(p.title);
        expect(card.findAll('[data-test=delete]'), p.title).toHaveLength(p.status === 'reference' ? 0 : 1);
        expect(card.findAll('[data-test=duplicate]'), p.title).toHaveLength(1);
        expect(card.findAll('[data-test=use-template]'), p.title).toHaveLength(1);
      }
    } finally {
      session.mode = 'unknown';
      session.user = null;
    }
  });

  it('on the office server each card says whose plan it is and who has it, in one line with a sentence as tooltip', async () => {
    const [a, b, c, d] = PLANS;
    fakeApi({
      'library.list': () => [
        { ...a, sharing: { owner: null, mine: false, sharedToMe: null } }, // a seed: nothing to say
        { ...b, status: 'draft', sharing: { owner: '张三', mine: false, sharedToMe: 'read' } },
        { ...c, status: 'draft', sharing: { owner: '杨规划', mine: true, sharedToMe: null, sharedWith: 2 } },
        { ...d, status: 'draft', sharing: { owner: '李四', mine: false, sharedToMe: 'edit' } },
        // drafts without owner: to one who may share them (a district planner, an admin) with how many accounts
        { ...summary('e', '杨浦区无所有者草案甲', '杨浦区', 2027, 'draft'), sharing: { owner: null, mine: false, sharedToMe: null, sharedWith: 2 } },
        { ...summary('f', '杨浦区无所有者草案乙', '杨浦区', 2027, 'draft'), sharing: { owner: null, mine: false, sharedToMe: null, sharedWith: 0 } },
        // … and to the others (no count sent) nothing more than that it has no owner
        { ...summary('g', '杨浦区无所有者草案丙', '杨浦区', 2027, 'review'), sharing: { owner: null, mine: false, sharedToMe: null } },
      ],
      'library.departments': () => [],
    });
    session.mode = 'server';
    try {
      session.user = { username: 'yang', displayName: '杨规划', role: 'planner', district: '杨浦区', disabled: false };
      const { wrapper } = await mountView();
      const badge = (title: string) => wrapper.findAll('[data-test=plan-card]').find((x) => x.find('.title').text() === title)!.find('[data-test=sharing-badge]');
      expect(badge(a.title).exists()).toBe(false);
      expect(badge(b.title).text()).toBe('共享给我 · 只读 · 所有者 张三');
      expect(badge(b.title).attributes('title')).toBe('张三 把这份规划共享给你:只读');
      expect(badge(c.title).text()).toBe('我的 · 已共享 2 人');
      expect(badge(d.title).text()).toBe('共享给我 · 可编辑 · 所有者 李四');
      expect(badge('杨浦区无所有者草案甲').text()).toBe('无所有者 · 已共享 2 人');
      expect(badge('杨浦区无所有者草案甲').attributes('title')).toBe('这份草稿没有所有者(在服务器之前创建或导入),已共享给 2 个账户;在编辑器中点“共享”查看或更改');
      expect(badge('杨浦区无所有者草案乙').text()).toBe('无所有者');
      expect(badge('杨浦区无所有者草案丙').text()).toBe('无所有者');
      expect(badge('杨浦区无所有者草案丙').attributes('title')).toBe('这份草稿没有所有者(在服务器之前创建或导入):本区规划人员都可以修改和共享');
    } finally {
      session.mode = 'unknown';
      session.user = null;
    }
    // the desktop app and browser mode (one user): no badge
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    const { wrapper: local } = await mountView();
    expect(local.findAll('[data-test=sharing-badge]')).toHaveLength(0);
  });

  it('on the office server the open library follows a share without a reload: a plan shared appears, a count changes, one taken back leaves — said in one line when its card had the focus or it was last open here', async () => {
    FakeSource.all = [];
    const [a, b, c] = PLANS;
    const own = { ...summary('own', '杨浦区自己的草案', '杨浦区', 2027, 'draft'), sharing: { owner: '静规划', mine: true, sharedToMe: null, sharedWith: 1 } };
    const shared = { ...summary('s1', '杨浦区共享来的草案', '杨浦区', 2027, 'draft'), sharing: { owner: '杨规划', mine: false, sharedToMe: 'read' as const } };
    const other = { ...summary('s2', '杨浦区另一份共享草案', '杨浦区', 2027, 'draft'), sharing: { owner: '杨规划', mine: false, sharedToMe: 'read' as const } };
    let list: PlanSummary[] = [a, b, c, own];
    const calls = fakeApi({ 'library.list': () => list, 'library.recent': () => [], 'library.departments': () => [] });
    vi.stubGlobal('EventSource', FakeSource);
    session.mode = 'server';
    try {
      session.user = { username: 'jing', displayName: '静规划', role: 'planner', district: '静安区', disabled: false };
      const { wrapper } = await mountView({ attach: true });
      expect(FakeSource.all.map((s) => s.url)).toEqual(['/api/events?library=1']);
      const source = FakeSource.all[0];
      // a share given, changed or taken back: the account's library stream says which plan (events.ts rightsChanged)
      const shareEvent = (planId: string) => source.send('change', { planId, method: 'plan.share', changes: ['rights'] });
      const titles = () => wrapper.findAll('[data-test=plan-card] .title').map((x) => x.text());
      const card = (title: string) => wrapper.findAll('[data-test=plan-card]').find((x) => x.find('.title').text() === title)!;
      const lists = () => calls.filter((x) => x.method === 'library.list').length;
      expect(lists()).toBe(1);
      expect(wrapper.text()).toContain('4 份计划');

      // shared with me elsewhere: the card appears with its badge, the count follows — nothing was polled meanwhile
      list = [a, b, c, own, shared, other];
      shareEvent('s1');
      await flushPromises();
      expect(lists()).toBe(2);
      expect(titles()).toContain(shared.title);
      expect(card(shared.title).find('[data-test=sharing-badge]').text()).toBe('共享给我 · 只读 · 所有者 杨规划');
      expect(wrapper.text()).toContain('6 份计划');
      // my own plan shared with one more account (in another window)
      list = list.map((p) => (p.id === 'own' ? { ...own, sharing: { ...own.sharing, sharedWith: 2 } } : p));
      shareEvent('own');
      await flushPromises();
      expect(card(own.title).find('[data-test=sharing-badge]').text()).toBe('我的 · 已共享 2 人');

      // taken back while its card has the focus: gone, and said in one line
      (card(shared.title).element as HTMLElement).focus();
      list = list.filter((p) => p.id !== 's1');
      shareEvent('s1');
      await flushPromises();
      expect(titles()).not.toContain(shared.title);
      expect(useToasts().items.map((x) => x.text)).toEqual(['“杨浦区共享来的草案”已不再共享给你,已从资料库中移除']);
      expect(document.activeElement).toBe(wrapper.find('[data-test=search]').element);
      expect(wrapper.text()).toContain('5 份计划');
      // another taken back that nobody was looking at: it leaves quietly
      list = list.filter((p) => p.id !== 's2');
      shareEvent('s2');
      await flushPromises();
      expect(titles()).not.toContain(other.title);
      expect(useToasts().items).toHaveLength(1);
      // one last open in this window's editor: said too
      list = [...list, other];
      shareEvent('s2');
      await flushPromises();
      useEditorStore().planId = 's2';
      list = list.filter((p) => p.id !== 's2');
      shareEvent('s2');
      await flushPromises();
      expect(useToasts().items.map((x) => x.text)[1]).toBe('“杨浦区另一份共享草案”已不再共享给你,已从资料库中移除');
      // leaving the library closes the stream
      wrapper.unmount();
      expect(source.closed).toBe(true);
    } finally {
      session.mode = 'unknown';
      session.user = null;
      vi.unstubAllGlobals();
    }
  });

  it('a reviewer or clerk is not offered the review package import, and is told why on the button', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    session.mode = 'server';
    try {
      session.user = { username: 'clerk', displayName: '文书甲', role: 'clerk', district: '杨浦区', disabled: false };
      session.methods = roleMethods('clerk');
      const { wrapper } = await mountView();
      const btn = wrapper.get('[data-test=library-package-import]');
      expect(btn.attributes('disabled')).toBeDefined();
      expect(btn.attributes('title')).toBe('当前账户是文书角色,不能导入审阅包;请规划人员导入。');
      session.user = { ...session.user, role: 'planner' };
      session.methods = roleMethods('planner');
      const { wrapper: planner } = await mountView();
      expect(planner.get('[data-test=library-package-import]').attributes('disabled')).toBeUndefined();
    } finally {
      session.mode = 'unknown';
      session.user = null;
      session.methods = null;
    }
  });

  it('a file dropped on the library opens the import dialog with that file', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    const { wrapper } = await mountView();
    const ui = useUi();
    const file = new File(['一、总体要求'], '某区计划.txt', { type: 'text/plain' });
    const dataTransfer = { types: ['Files'], files: [file] };
    await wrapper.find('.library').trigger('dragover', { dataTransfer });
    expect(wrapper.find('[data-test=dropzone]').exists()).toBe(true);
    await wrapper.find('.library').trigger('drop', { dataTransfer });
    expect(wrapper.find('[data-test=dropzone]').exists()).toBe(false);
    expect(ui.importOpen).toBe(true);
    expect(ui.importFile?.name).toBe('某区计划.txt');
  });

  it('several files dropped at once (walk 5: a folder\'s files) go to the batch import, all of them; one file alone keeps the import dialog', async () => {
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [] });
    const { wrapper } = await mountView();
    const ui = useUi();
    const names = ['东山区规划.docx', '东湖区阅读.md', '县实施方案.pdf', '坏文件.docx'];
    const dataTransfer = { types: ['Files'], files: names.map((n) => new File(['x'], n)) };
    await wrapper.find('.library').trigger('drop', { dataTransfer });
    expect(ui.importOpen).toBe(false);
    expect(ui.importBatch.map((f) => f.name)).toEqual(names);
    // one file alone: the import dialog with its report and levels
    ui.importBatch = [];
    await wrapper.find('.library').trigger('drop', { dataTransfer: { types: ['Files'], files: [new File(['x'], '一个.txt')] } });
    expect(ui.importOpen).toBe(true);
    expect(ui.importFile?.name).toBe('一个.txt');
    expect(ui.importBatch).toEqual([]);
  });

  it('层级 is greyed until a search or a department, and says so (walk 13: no word of why)', async () => {
    vi.useFakeTimers();
    fakeApi({ 'library.list': () => PLANS, 'library.departments': () => [], 'library.search': () => [] });
    const { wrapper } = await mountView();
    const kind = wrapper.get<HTMLSelectElement>('[data-test=filter-kind]');
    expect(kind.element.disabled).toBe(true);
    const hint = wrapper.get('[data-test=filter-kind-hint]');
    expect(hint.text()).toBe('搜索或按部门筛选时可选:只列出这一层级的条目');
    expect(kind.attributes('aria-describedby')).toBe(hint.attributes('id'));
    await wrapper.find('[data-test=search]').setValue('养老');
    vi.advanceTimersByTime(250);
    vi.useRealTimers();
    await flushPromises();
    expect(kind.element.disabled).toBe(false);
    expect(wrapper.find('[data-test=filter-kind-hint]').exists()).toBe(false);
    expect(kind.attributes('aria-describedby')).toBeUndefined();
  });

  it('opens a search hit at its node', async () => {
    vi.useFakeTimers();
    fakeApi({
      'library.list': () => PLANS,
      'library.departments': () => [],
      'library.search': () => [{ planId: 'c', planTitle: '杨浦', district: '杨浦区', nodeId: 'n0042', kind: 'task', path: ['二、发展重点', '重点任务17 智慧养老'], field: 'heading', snippet: [{ text: '智慧', hit: false }, { text: '养老', hit: true }], score: 1 }],
    });
    const { wrapper, router } = await mountView();
    await wrapper.find('[data-test=search]').setValue('养老');
    vi.advanceTimersByTime(250);
    vi.useRealTimers();
    await flushPromises();
    const hit = wrapper.find('[data-test=hit]');
    expect(hit.find('mark').text()).toBe('养老');
    await hit.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/plan/c?node=n0042');
  });
});

describe('i18n', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  it('English has exactly the keys of Chinese', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    expect(keys(messages.en).sort()).toEqual(keys(messages['zh-CN']).sort());
  });
  it('every t(\'…\') key used by the app shell and library exists', () => {
    const files = ['App.vue', 'views/LibraryView.vue', 'components/ImportDialog.vue', 'components/NewPlanDialog.vue', 'components/ConfirmDialog.vue', 'components/BackupDialog.vue', 'components/RecoveryDialog.vue'];
    const known = new Set(keys(messages['zh-CN'])); // the app's keys and the namespaces merged in (compare.nav in the top bar)
    for (const f of files) {
      const src = readFileSync(join(__dirname, '../../renderer/src', f), 'utf8');
      for (const m of src.matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) expect(known.has(m[1]), `${f}: ${m[1]}`).toBe(true);
    }
  });
});
