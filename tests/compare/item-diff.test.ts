/**
 * Diffs of every level and every field: a draft made from 杨浦 2015–2017 (planFromTemplate → 2027–2029) with
 * edited items (事项) of 重点任务3 推进三网融合, compared with its template through both paths (compare.plans
 * as the compare view and the CLI do, compare.versions 'basedOn'); milestones line up by plan year.
 * Expected values are read from seeds/002 (重点任务3 has three items 1)–3); 重点任务1 has milestones
 * 2015 启动 / 2016 推进 / 2017 完成 for 建立政务云平台).
 */
import { describe, expect, it } from 'vitest';
import { comparePlans, comparisonRows } from '../../shared/compare/index';
import { fieldDiff } from '../../shared/compare/diff';
import { orderRows } from '../../shared/compare/rows';
import { compareVersions } from '../../shared/compare/versions';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { planFromTemplate } from '../../shared/template';
import { newNode } from '../../shared/tree';
import { YANGPU_2015 } from './labels';
import { resolveTask, seedDoc } from './score';
import { ok } from '../helpers/core-call.js';

const template = seedDoc(YANGPU_2015);
const draftOf = (district = '杨浦区'): PlanDoc => ({ ...planFromTemplate(template, { district, period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'tpl' }), id: 'draft' });
const byHeading = (d: PlanDoc, kind: string, heading: string): PlanNode => {
  const hits = [...walk(d.nodes)].filter(({ node }) => node.kind === kind && node.heading === heading);
  if (hits.length !== 1) throw new Error(`${hits.length} × ${kind} ${heading}`);
  return hits[0].node;
};
const SW = '推进三网融合';
const items = (n: PlanNode) => n.children.filter((c) => c.kind === 'item');
/** The three items of 重点任务3 as written in seeds/002. */
const ITEM1 = '完成杨浦区全覆盖、大容量的NGB-W网络建设,实现公交、商圈、学校、社区等深度覆盖。';
const ITEM2 = '着力在民生服务(居家养老、社区治理)、城市运行等领域提升广播电视普遍服务能级和智慧应用水平。';
const ITEM3 = '试点开展频谱资源综合利用,率先在本市形成基于广电白频谱的骨干物联专网应用框架。';
const text = (n: PlanNode) => [n.heading, n.body].filter(Boolean).join('');

describe('the template task 重点任务3 as read from the seed', () => {
  it('has the three items 1)–3)', () => {
    const t = byHeading(template, 'task', SW);
    expect(resolveTask(template, '重点任务3 推进三网融合')).toBe(t.id);
    // the importer keeps the paragraphs after 3) with it; each item starts as written
    const got = items(t).map(text);
    expect(got).toHaveLength(3);
    [ITEM1, ITEM2, ITEM3].forEach((x, i) => expect(got[i].startsWith(x.slice(0, -1))).toBe(true));
  });
});

describe('draft against its template: fields of items', () => {
  const draft = draftOf();
  const task = byHeading(draft, 'task', SW);
  const [i1, i2, i3] = items(task);
  i1.partners = [...i1.partners, '区建管委'];
  i2.indicators = [{ name: 'NGB-W网络覆盖率', value: 100, unit: '%', comparator: '>=', year: 2029, text: '' }];
  i3.milestones = [...i3.milestones, { year: 2028, stage: '推进', text: '白频谱骨干物联专网试点' }];

  it('compare.plans (the compare view, the CLI): the task row lists the three changed items and their fields', () => {
    const c = comparePlans(draft, template);
    const pair = c.pairs.find((p) => p.left.id === task.id)!;
    expect(pair.right.heading).toBe(SW);
    const f = pair.diff.fields;
    expect(f.changed).toBe(true); // never "部门、指标、年度节点均无差异"
    expect(f.items!.map((x) => [x.left?.id, x.fields, x.moved])).toEqual([
      [i1.id, ['partners'], false],
      [i2.id, ['indicators'], false],
      [i3.id, ['milestones'], false],
    ]);
    expect(f.items![0].detail!.departments.removed).toEqual(['区建管委']); // left = draft, right = template
    expect(f.items![1].detail!.indicators).toEqual([{ name: 'NGB-W网络覆盖率', left: { value: 100, unit: '%', year: 2029, comparator: '>=' }, right: null, changed: [] }]);
    const ms = f.items![2].detail!.milestones;
    expect(ms).toEqual([{ year: 2028, slot: 2, leftYear: 2028, rightYear: 2016, changed: true, left: [{ stage: '推进', text: '白频谱骨干物联专网试点' }], right: [] }]);
    // the task row is a change in the rows the CLI prints and the view shows
    const row = comparisonRows(c, draft, template).find((r) => r.left?.id === task.id)!;
    expect(row.pair!.diff.fields.items).toHaveLength(3);
  });

  it('compare.versions basedOn: the same three items changed, nothing else', () => {
    const d = compareVersions(template, draft);
    expect(d.stats.matchedBy).toBe('content');
    const mine = new Set([i1.id, i2.id, i3.id]);
    const ch = d.changed.filter((c) => mine.has(c.node.id));
    expect(ch.map((c) => [c.node.id, c.fields])).toEqual([
      [i1.id, ['partners']],
      [i2.id, ['indicators']],
      [i3.id, ['milestones']],
    ]);
    expect(ch[0].detail!.departments.added).toEqual(['区建管委']);
    // no item of this task reported added, removed or moved
    const allItems = new Set(items(task).map((x) => x.id));
    expect([...d.added, ...d.moved].filter((x) => allItems.has(x.node.id))).toEqual([]);
  });

  it('an untouched draft: no item differences, milestones of 2027 line up with 2015 (第1年)', () => {
    const clean = draftOf();
    const c = comparePlans(clean, template);
    const pair = c.pairs.find((p) => p.left.heading === SW && p.left.kind === 'task')!;
    expect(pair.diff.fields.items ?? []).toEqual([]);
    // no pair anywhere reports an item difference (years shifted by the copy, bare years left alone, are no edit)
    expect(c.pairs.flatMap((p) => (p.diff.fields.items ?? []).map((i) => `${p.left.heading}: ${i.left?.heading}`))).toEqual([]);
    expect(c.pairs.filter((p) => p.diff.fields.milestones.some((m) => m.changed)).map((p) => p.left.heading)).toEqual([]);
    // and no text either: a year the copy shifted (2017 → 2029 in 发展目标's "2017年底,通过…") is written
    // differently, not changed; 发展现状 tells what was done, so the copy kept its 2014 (shared/template.ts, history)
    expect(c.pairs.filter((p) => p.diff.summary.inserted || p.diff.summary.deleted).map((p) => p.left.heading)).toEqual([]);
    expect(c.stats.changedPairs).toBe(0);
    const mb = c.pairs.find((p) => p.left.heading === '发展目标')!.diff.text.find((o) => o.op === 'equal' && o.right?.includes('2017年底'));
    expect(mb?.text).toContain('2029年底');
    const xz = c.pairs.find((p) => p.left.heading === '发展现状')!.diff.text.filter((o) => (o.right ?? o.text).includes('2014'));
    expect(xz.length).toBeGreaterThan(0);
    expect(xz.every((o) => o.op === 'equal' && (o.right === undefined || o.right === o.text))).toBe(true);
    const yun = c.pairs.find((p) => p.left.heading === '建设综合云平台')!;
    const ms = yun.diff.fields.milestones;
    expect(ms.map((m) => [m.slot, m.leftYear, m.rightYear])).toEqual([[1, 2027, 2015], [2, 2028, 2016], [3, 2029, 2017]]);
    expect(ms[0].left.find((x) => x.text === '建立政务云平台')?.stage).toBe('启动');
    expect(ms[0].right.find((x) => x.text === '建立政务云平台')?.stage).toBe('启动');
    expect(ms.every((m) => !m.changed)).toBe(true);
    expect(yun.diff.fields.changed).toBe(false);
    const v = compareVersions(template, clean);
    expect(v.changed.filter((x) => x.fields.includes('milestones') || x.fields.includes('indicators')).map((x) => x.node.heading)).toEqual([]);
    expect(v.changed.map((x) => `${x.node.heading}: ${x.fields.join(',')}`)).toEqual([]);
  });
});

describe('draft against its template: items added, removed and moved', () => {
  const draft = draftOf('虹口区');
  const task = byHeading(draft, 'task', SW);
  const [i1, i2, i3] = items(task);
  const added = newNode('item', { number: '4)', heading: '推进5G网络与NGB-W网络协同建设' });
  // remove 2), move 3) first, add a new one last: 3) 1) new
  task.children = [i3, i1, ...task.children.filter((c) => c.kind !== 'item'), added];

  it('compare.plans: item rows for removed, moved and added', () => {
    const c = comparePlans(draft, template);
    const pair = c.pairs.find((p) => p.left.id === task.id)!;
    const it = pair.diff.fields.items!;
    const tItems = items(byHeading(template, 'task', SW));
    // rows in the draft's order; 1) kept its place, so it is not listed; 2) (only in the template) after 1)
    expect(it.map((x) => [x.left?.id ?? null, x.right?.id ?? null, x.moved, x.fields])).toEqual([
      [i3.id, tItems[2].id, true, []],
      [null, tItems[1].id, false, []],
      [added.id, null, false, []],
    ]);
    expect(pair.diff.fields.changed).toBe(true);
  });

  it('compare.versions basedOn: added, removed, moved items by id', () => {
    const d = compareVersions(template, draft);
    const tItems = items(byHeading(template, 'task', SW));
    expect(d.added.filter((x) => x.node.kind === 'item' && x.at.parentId === task.id).map((x) => x.node.id)).toEqual([added.id]);
    expect(d.removed.filter((x) => x.node.kind === 'item').map((x) => x.node.id)).toContain(tItems[1].id);
    expect(d.removed.filter((x) => x.node.kind === 'item').map((x) => x.node.id)).not.toContain(tItems[0].id);
    expect(d.moved.filter((x) => x.node.kind === 'item').map((x) => x.node.id)).toEqual([i3.id]);
  });
});

describe('milestones by plan year', () => {
  const node = (ms: PlanNode['milestones']): PlanNode => ({ ...newNode('task'), milestones: ms });
  it('2015 启动 against 2027 启动 is 第1年 on both sides; a changed stage is reported', () => {
    const a = node([{ year: 2015, stage: '启动', text: '建立政务云平台' }, { year: 2016, stage: '推进', text: '建立政务云平台' }]);
    const b = node([{ year: 2027, stage: '启动', text: '建立政务云平台' }, { year: 2028, stage: '完成', text: '建立政务云平台' }]);
    const f = fieldDiff(a, b, [], [], { periods: [{ start: 2015, end: 2017 }, { start: 2027, end: 2029 }] });
    expect(f.milestones.map((m) => [m.slot, m.leftYear, m.rightYear, m.changed])).toEqual([[1, 2015, 2027, false], [2, 2016, 2028, true]]);
    expect(f.changed).toBe(true);
    // without periods (or the same start) by calendar year, as before
    const g = fieldDiff(a, b);
    expect(g.milestones.map((m) => m.year)).toEqual([2015, 2016, 2027, 2028]);
  });

  it('years inside the text count as plan years, and an indicator year too', () => {
    const a = { ...node([{ year: 2015, stage: '完成', text: '2015年底前完成' }]), indicators: [{ name: '覆盖率', value: 90, unit: '%', comparator: '>=' as const, year: 2017, text: '' }] };
    const b = { ...node([{ year: 2027, stage: '完成', text: '2027年底前完成' }]), indicators: [{ name: '覆盖率', value: 90, unit: '%', comparator: '>=' as const, year: 2029, text: '' }] };
    const f = fieldDiff(a, b, [], [], { periods: [{ start: 2015, end: 2017 }, { start: 2027, end: 2029 }] });
    expect(f.changed).toBe(false);
    expect(f.indicators[0].changed).toEqual([]);
  });

  it('a department that changed role (牵头 → 配合) is a change', () => {
    const a = { ...newNode('task'), lead: ['区科委'], partners: ['区民政局'] };
    const b = { ...newNode('task'), lead: ['区民政局'], partners: ['区科委'] };
    const f = fieldDiff(a, b);
    expect(f.departments.roles).toEqual([{ name: '区科委', left: 'lead', right: 'partner' }, { name: '区民政局', left: 'partner', right: 'lead' }]);
    expect(f.changed).toBe(true);
  });
});

describe('orderRows (one row order for the CLI, the view and the item list)', () => {
  it('left order; a right-only node after the nearest paired right node before it', () => {
    const rows = orderRows(['a', 'b', 'c'], ['x', 'y', 'n', 'z'], new Map([['a', 'x'], ['c', 'y']]), new Set(['b']), new Set(['n', 'z']));
    expect(rows).toEqual([
      { left: 'a', right: 'x' },
      { left: 'b', right: null },
      { left: 'c', right: 'y' },
      { left: null, right: 'n' },
      { left: null, right: 'z' },
    ]);
    expect(orderRows([], ['n'], new Map(), new Set(), new Set(['n']))).toEqual([{ left: null, right: 'n' }]);
  });
});

describe('the CLI compare: the same item changes, as lines', () => {
  it('a draft made through the core from 杨浦 2015, its items edited, against the template', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createCore } = await import('../../electron/core/core');
    const { run } = await import('../../electron/cli/index');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-itemdiff-'));
    try {
      const core = await createCore({ dataDir: dir, seedsDir: path.join(import.meta.dirname, '..', '..', 'seeds'), host: 'test', logError: () => {} });
      let draftId = '';
      let tplId = '';
      try {
        tplId = core.library.listPlans().find((p) => p.district === '杨浦区')!.id;
        draftId = (await ok(core, 'plan.createFromTemplate', { templateId: tplId, district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full' })).id;
        const { revision, id: _id, ...doc } = await ok(core, 'plan.get', { id: draftId });
        const task = byHeading(doc, 'task', SW);
        const [i1, , i3] = items(task);
        i1.partners = ['区建管委'];
        i3.milestones = [{ year: 2028, stage: '推进', text: '白频谱骨干物联专网试点' }];
        task.children.splice(task.children.indexOf(items(task)[1]), 1); // remove 2)
        await ok(core, 'plan.save', { id: draftId, doc, baseRevision: revision });
      } finally {
        core.close();
      }
      let text = '';
      await run(['compare', draftId, tplId, '--data-dir', dir], (s) => (text += s));
      const lines = text.split("\n");
      if (process.env.SHOW) console.log(text.split("\n").filter((l) => l.startsWith("        ")).slice(0, 60).join("\n"));
      const at = lines.findIndex((l) => l.includes(`${SW}  ↔  ${SW}`));
      expect(at).toBeGreaterThanOrEqual(0);
      const block = lines.slice(at + 1, at + 8).join('\n');
      expect(block).toContain('事项 3 项有差异:');
      expect(block).toContain('[配合部门] 1)');
      expect(block).toContain('部门 仅左侧: 区建管委');
      expect(block).toContain('[仅右侧] 2)');
      expect(block).toContain('年度节点 第2年(2028 / 2016): 【推进】白频谱骨干物联专网试点 → —');
      let json = '';
      await run(['compare', draftId, tplId, '--json', '--data-dir', dir], (s) => (json += s));
      const row = (JSON.parse(json).pairs as any[]).find((p) => p.left?.heading === SW && p.left.kind === 'task');
      expect(row.diff.fields.items.map((x: any) => x.fields)).toEqual([['partners'], [], ['milestones']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('itemDiffs on a small tree', () => {
  const item = (id: string, heading: string, children: PlanNode[] = []): PlanNode => ({ ...newNode('item', { heading, children }), id });
  const task = (children: PlanNode[]): PlanNode => ({ ...newNode('task', { heading: '建设综合云平台' }), children });
  it('an item moved under another item is moved (by id and by content); a changed heading carries a word diff', () => {
    const a = task([item('a', '建立政务云平台', [item('a1', '整合各部门机房资源')]), item('b', '建立服务云平台')]);
    const b = task([item('a', '建立政务云平台'), item('b', '建立服务云平台', [item('a1', '整合各部门机房资源')])]);
    for (const mode of ['id', 'content'] as const) {
      const f = fieldDiff(a, b, [], [], { items: mode });
      expect(f.items!.map((x) => [x.left?.id, x.right?.id, x.moved, x.depth])).toEqual([['a1', 'a1', true, 1]]);
    }
    const c = task([item('a', '建立政务云平台'), item('b', '建立区级服务云平台')]);
    const d = task([item('a', '建立政务云平台'), item('b', '建立服务云平台')]);
    const g = fieldDiff(c, d, [], [], { items: 'id' });
    expect(g.items!.map((x) => x.fields)).toEqual([['heading']]);
    expect(g.items![0].text!.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text])).toEqual([['delete', '区级']]);
  });
});

describe('items written without a heading', () => {
  it('are named in the diff by the start of their text (a bullet of the walk: 仅左侧 · — before)', () => {
    const draft = draftOf();
    const task = byHeading(draft, 'task', SW);
    const bullet = newNode('item', { body: '新增广电白频谱物联专网在社区养老服务中的应用示范项目' });
    task.children.push(bullet);
    const pair = comparePlans(draft, template).pairs.find((p) => p.left.id === task.id)!;
    const added = pair.diff.fields.items!.find((x) => x.left?.id === bullet.id)!;
    expect(added.right).toBeNull();
    // 24 characters of the body, then …
    expect(added.left!.heading).toBe('新增广电白频谱物联专网在社区养老服务中的应用示范…');
    // a short one whole, and an item with a heading keeps its heading
    const short = newNode('item', { body: '建设示范社区' });
    const titled = newNode('item', { heading: '物联专网', body: '建设骨干物联专网' });
    task.children.push(short, titled);
    const refs = comparePlans(draft, template).pairs.find((p) => p.left.id === task.id)!.diff.fields.items!;
    expect(refs.find((x) => x.left?.id === short.id)!.left!.heading).toBe('建设示范社区');
    expect(refs.find((x) => x.left?.id === titled.id)!.left!.heading).toBe('物联专网');
  });
});

describe('item pairing by similar text', () => {
  it('the Dice of sorted bigram codes is diceOfLists of the bigrams, on every pair of item keys of two seeds', async () => {
    const { bigrams } = await import('../../shared/compare/normalize');
    const { diceOfLists } = await import('../../shared/text/similarity');
    const { diceSorted, itemText, sortedBigrams } = await import('../../shared/compare/items');
    const { textKey } = await import('../../shared/compare/same-text');
    const { districtNames } = await import('../../shared/compare/normalize');
    const { JINGAN_2014 } = await import('./labels');
    const keys = (d: PlanDoc) => [...walk(d.nodes)].filter(({ node }) => node.kind === 'item').map(({ node }) => textKey(itemText(node), districtNames(d.meta.district), { years: false }));
    const a = [...keys(seedDoc(JINGAN_2014)), ...keys(template)];
    const b = [...a];
    // short keys too: a lone character, two characters, nothing but punctuation
    a.push('', '网', '网络', '，。', '网 络', '网络网络');
    b.push('', '网', '络网', '网络', '网网络络');
    let some = 0;
    for (const x of a)
      for (const y of b) {
        const want = diceOfLists(bigrams(x), bigrams(y));
        expect(diceSorted(sortedBigrams(x), sortedBigrams(y))).toBe(want);
        if (want > 0 && want < 1) some++;
      }
    expect(a.length * b.length).toBeGreaterThan(8_000);
    expect(some).toBeGreaterThan(1000);
  });
});
