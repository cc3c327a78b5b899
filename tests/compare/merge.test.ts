/**
 * Three-way merge of one plan edited in two places (shared/compare/merge.ts), on the real 杨浦 2015–2017 seed
 * (seeds/002_…): the base is the imported plan, `mine` and `theirs` are edits of it made with shared/tree.ts as the
 * editor makes them. Nodes are found by the headings written in the seed (行动三 … 重点任务14 智慧交通 … 重点任务22).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { META_ID, mergePlans, type MergeDoc } from '../../shared/compare/merge';
import { importText } from '../../shared/importer/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { markAllReviewed, insertNode, moveNode, newNode, removeNode, updateNode } from '../../shared/tree';
import { planFromTemplate } from '../../shared/template';
import { deriveNumbers } from '../../shared/numbering';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seed = (prefix: string): PlanDoc => {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix))!;
  return importText(readFileSync(join(SEEDS, f), 'utf8'), f);
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const PLAN = deepFreeze(seed('002'));
const BASE: MergeDoc = deepFreeze({ meta: PLAN.meta, nodes: PLAN.nodes });
const all = (nodes: PlanNode[]) => [...walk(nodes)].map((x) => x.node);
/** The part, action or task whose heading starts with `h` (the seed's own words; 调研总结 repeats some as items). */
const byHeading = (nodes: PlanNode[], h: string) => {
  const found = all(nodes).filter((n) => n.kind !== 'item' && n.heading.startsWith(h));
  expect(found, h).toHaveLength(1);
  return found[0];
};
const id = (h: string) => byHeading(BASE.nodes, h).id;
const find = (nodes: PlanNode[], nodeId: string) => all(nodes).find((n) => n.id === nodeId) ?? null;
const parentOf = (nodes: PlanNode[], nodeId: string) => [...walk(nodes)].find((x) => x.node.id === nodeId)?.path.at(-1)?.id ?? null;
const childHeadings = (nodes: PlanNode[], parentId: string) => find(nodes, parentId)!.children.map((c) => c.heading);
const edit = (d: MergeDoc, nodeId: string, patch: Partial<PlanNode>): MergeDoc => ({ ...d, nodes: updateNode(d.nodes, nodeId, patch, 'content') });
/** Every node but `except` is as in the base (content and children order). */
function restAsBase(merged: PlanNode[], except: string[]) {
  const skip = new Set(except);
  for (const n of all(BASE.nodes)) {
    if (skip.has(n.id)) continue;
    const m = find(merged, n.id);
    expect(m, n.heading).not.toBeNull();
    const { children: a, ...ma } = m!;
    const { children: b, ...ba } = n;
    expect(ma, n.heading).toEqual(ba);
    expect(a.map((c) => c.id), n.heading).toEqual(b.map((c) => c.id));
  }
}

describe('the seed as the tests read it', () => {
  it('行动三 holds 重点任务14–22, 行动五 holds 26–28; 智慧健康 has 3 indicators and 11 milestones', () => {
    expect(childHeadings(BASE.nodes, id('立足民生服务'))).toEqual(['智慧交通', '智慧健康', '智慧教育', '智慧养老', '智慧文化', '智慧旅游', '智慧就业', '智慧气象', '无障碍智慧信息交流环境建设']);
    expect(childHeadings(BASE.nodes, id('推动示范先导'))).toEqual(['智慧社区', '智慧商圈', '智慧园区']);
    const health = byHeading(BASE.nodes, '智慧健康');
    expect(health.lead).toEqual(['区卫生计生委']);
    expect(health.indicators).toHaveLength(3);
    expect(health.milestones).toHaveLength(11);
  });
});

describe('mergePlans: changes on one side only', () => {
  it('edits of different nodes merge without asking, field by field', () => {
    const health = id('智慧健康');
    const edu = id('智慧教育');
    const mine = edit(BASE, health, { heading: '智慧健康服务', lead: ['区卫生健康委'] });
    const edu0 = byHeading(BASE.nodes, '智慧教育');
    const ms = [...edu0.milestones, { year: 2017, stage: '完成' as const, text: '建成区教育数据中心' }];
    const theirs = edit(BASE, edu, { body: '推进教育信息化2.0。', milestones: ms });
    const r = mergePlans(BASE, deepFreeze(mine), deepFreeze(theirs));
    expect(r.conflicts).toEqual([]);
    expect(r.unresolved).toEqual([]);
    const h = find(r.merged.nodes, health)!;
    expect(h.heading).toBe('智慧健康服务');
    expect(h.lead).toEqual(['区卫生健康委']);
    expect(h.body).toBe(byHeading(BASE.nodes, '智慧健康').body);
    expect(h.indicators).toEqual(byHeading(BASE.nodes, '智慧健康').indicators);
    const e = find(r.merged.nodes, edu)!;
    expect(e.heading).toBe('智慧教育');
    expect(e.body).toBe('推进教育信息化2.0。');
    expect(e.milestones).toHaveLength(edu0.milestones.length + 1);
    expect(e.milestones.at(-1)).toEqual({ year: 2017, stage: '完成', text: '建成区教育数据中心' });
    restAsBase(r.merged.nodes, [health, edu]);
    expect(r.auto).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: health, side: 'mine', change: 'edited', fields: ['heading', 'lead'] }),
      expect.objectContaining({ id: edu, side: 'theirs', change: 'edited', fields: ['body', 'milestones'] }),
    ]));
  });

  it('the same change made on both sides is no conflict', () => {
    const t = id('智慧养老');
    const mine = edit(BASE, t, { partners: ['区民政局', '各街道(镇)'] });
    const theirs = edit(BASE, t, { partners: ['区民政局', '各街道(镇)'] });
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(find(r.merged.nodes, t)!.partners).toEqual(['区民政局', '各街道(镇)']);
  });

  it('nothing changed anywhere gives the base back', () => {
    const r = mergePlans(BASE, BASE, BASE);
    expect(r.conflicts).toEqual([]);
    expect(r.auto).toEqual([]);
    expect(r.merged.nodes).toEqual(BASE.nodes);
    expect(r.merged.meta).toEqual(BASE.meta);
  });
});

describe('mergePlans: the same node changed on both sides', () => {
  const t = id('智慧养老');
  const base = byHeading(BASE.nodes, '智慧养老');
  const mine = deepFreeze(edit(BASE, t, { heading: '智慧养老服务', indicators: [{ name: '养老机构信息化覆盖率', value: 100, unit: '%', comparator: '>=', year: 2017, text: '养老机构信息化覆盖率达到100%' }] }));
  const theirs = deepFreeze(edit(BASE, t, { heading: '智慧养老体系', milestones: base.milestones.slice(0, 2) }));

  it('is one conflict listing the fields that differ; unpicked it stays unresolved (theirs meanwhile)', () => {
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0];
    expect(c).toMatchObject({ id: t, kind: 'edited', fields: ['heading', 'indicators', 'milestones'] });
    expect(c.base!.node.heading).toBe('智慧养老');
    expect(c.mine!.node.heading).toBe('智慧养老服务');
    expect(c.theirs!.node.heading).toBe('智慧养老体系');
    expect(c.mine!.path).toEqual(['二、 发展重点', '行动三 立足民生服务,打造便捷贴心的智慧生活']);
    expect(r.unresolved).toEqual([t]);
    expect(find(r.merged.nodes, t)!.heading).toBe('智慧养老体系');
  });

  it('pick mine: every field as mine has it', () => {
    const r = mergePlans(BASE, mine, theirs, { [t]: 'mine' });
    expect(r.unresolved).toEqual([]);
    const n = find(r.merged.nodes, t)!;
    expect(n.heading).toBe('智慧养老服务');
    expect(n.indicators).toEqual([expect.objectContaining({ name: '养老机构信息化覆盖率', value: 100 })]);
    expect(n.milestones).toEqual(base.milestones);
    expect(n.lead).toEqual(['区民政局']);
    restAsBase(r.merged.nodes, [t]);
  });

  it('pick theirs: every field as theirs has it', () => {
    const r = mergePlans(BASE, mine, theirs, { [t]: 'theirs' });
    const n = find(r.merged.nodes, t)!;
    expect(n.heading).toBe('智慧养老体系');
    expect(n.indicators).toEqual(base.indicators);
    expect(n.milestones).toEqual(base.milestones.slice(0, 2));
    restAsBase(r.merged.nodes, [t]);
  });

  it('an edit beside the conflict still merges', () => {
    const health = id('智慧健康');
    const mine2 = edit(mine, health, { body: '我的正文' });
    const r = mergePlans(BASE, mine2, theirs, { [t]: 'theirs' });
    expect(r.conflicts.map((c) => c.id)).toEqual([t]);
    expect(find(r.merged.nodes, health)!.body).toBe('我的正文');
  });
});

describe('mergePlans: moves', () => {
  it('mine moves 智慧旅游 to 行动五, theirs edits its body: it lands under 行动五 with their body', () => {
    const tour = id('智慧旅游');
    const act5 = id('推动示范先导');
    const mine = { ...BASE, nodes: moveNode(BASE.nodes, tour, act5, 3) };
    const theirs = edit(BASE, tour, { body: '建设智慧旅游公共服务平台。' });
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(parentOf(r.merged.nodes, tour)).toBe(act5);
    expect(childHeadings(r.merged.nodes, act5)).toEqual(['智慧社区', '智慧商圈', '智慧园区', '智慧旅游']);
    expect(childHeadings(r.merged.nodes, id('立足民生服务'))).not.toContain('智慧旅游');
    expect(find(r.merged.nodes, tour)!.body).toBe('建设智慧旅游公共服务平台。');
    expect(r.auto).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: tour, side: 'mine', change: 'moved' }),
      expect.objectContaining({ id: tour, side: 'theirs', change: 'edited', fields: ['body'] }),
    ]));
  });

  it('mine moves 智慧园区 first in 行动五, theirs renames 智慧社区 and adds a task at the end: all three kept', () => {
    const act5 = id('推动示范先导');
    const park = id('智慧园区');
    const mine = { ...BASE, nodes: moveNode(BASE.nodes, park, act5, 0) };
    const added = newNode('task', { heading: '智慧楼宇' });
    let theirs = edit(BASE, id('智慧社区'), { heading: '智慧社区(村)' });
    theirs = { ...theirs, nodes: insertNode(theirs.nodes, act5, 3, added) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(childHeadings(r.merged.nodes, act5)).toEqual(['智慧园区', '智慧社区(村)', '智慧商圈', '智慧楼宇']);
  });

  it('both move one node under different parents: a conflict on its place', () => {
    const t = id('智慧气象');
    const act4 = id('创新经济发展');
    const act5 = id('推动示范先导');
    const mine = { ...BASE, nodes: moveNode(BASE.nodes, t, act4, 0) };
    const theirs = { ...BASE, nodes: moveNode(BASE.nodes, t, act5, 0) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ id: t, kind: 'edited', fields: ['place'] });
    expect(parentOf(mergePlans(BASE, mine, theirs, { [t]: 'mine' }).merged.nodes, t)).toBe(act4);
    expect(parentOf(mergePlans(BASE, mine, theirs, { [t]: 'theirs' }).merged.nodes, t)).toBe(act5);
  });

  it('mine moves 行动四 under 行动五, theirs 行动五 under 行动四: the cycle is broken by their place', () => {
    const a4 = id('创新经济发展');
    const a5 = id('推动示范先导');
    const mine = { ...BASE, nodes: moveNode(BASE.nodes, a4, a5, 0) };
    const theirs = { ...BASE, nodes: moveNode(BASE.nodes, a5, a4, 0) };
    const r = mergePlans(BASE, mine, theirs);
    expect(parentOf(r.merged.nodes, a5)).toBe(a4);
    expect(parentOf(r.merged.nodes, a4)).toBe(id('发展重点'));
    expect(all(r.merged.nodes)).toHaveLength(all(BASE.nodes).length);
  });
});

describe('mergePlans: deletions', () => {
  it('mine deletes 行动四 (3 tasks) that theirs left alone: deleted with its tasks', () => {
    const a4 = id('创新经济发展');
    const mine = { ...BASE, nodes: removeNode(BASE.nodes, a4) };
    const theirs = edit(BASE, id('电子政务一体化'), { heading: '电子政务一体化建设' });
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    for (const h of ['创新经济发展', '互联网金融', '智慧商务', '智慧企业']) expect(find(r.merged.nodes, id(h))).toBeNull();
    expect(find(r.merged.nodes, id('电子政务一体化'))!.heading).toBe('电子政务一体化建设');
    expect(all(r.merged.nodes)).toHaveLength(all(BASE.nodes).length - 4);
    expect(r.auto).toContainEqual(expect.objectContaining({ id: a4, side: 'mine', change: 'deleted' }));
  });

  it('mine deletes 智慧就业, theirs changes its lead: a conflict, keep or delete', () => {
    const t = id('智慧就业');
    const mine = { ...BASE, nodes: removeNode(BASE.nodes, t) };
    const theirs = edit(BASE, t, { lead: ['区人力资源社会保障局'] });
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ id: t, kind: 'deleted-by-mine', mine: null, fields: ['lead'] });
    expect(r.conflicts[0].theirs!.node.lead).toEqual(['区人力资源社会保障局']);
    expect(find(mergePlans(BASE, mine, theirs, { [t]: 'mine' }).merged.nodes, t)).toBeNull();
    const kept = mergePlans(BASE, mine, theirs, { [t]: 'theirs' }).merged.nodes;
    expect(find(kept, t)!.lead).toEqual(['区人力资源社会保障局']);
    expect(childHeadings(kept, id('立足民生服务'))).toEqual(childHeadings(BASE.nodes, id('立足民生服务')));
  });

  it('theirs deletes 行动五, mine edits the indicators of 智慧商圈 inside it: one conflict at 行动五', () => {
    const a5 = id('推动示范先导');
    const shop = id('智慧商圈');
    const indicators = [{ name: '商圈免费无线网络覆盖率', value: 100, unit: '%', comparator: '>=' as const, year: 2017, text: '商圈免费无线网络覆盖率达到100%' }];
    const mine = edit(BASE, shop, { indicators });
    const theirs = { ...BASE, nodes: removeNode(BASE.nodes, a5) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts.map((c) => [c.id, c.kind])).toEqual([[a5, 'deleted-by-theirs']]);
    expect(r.conflicts[0].mine!.descendants).toBe(3);
    const keep = mergePlans(BASE, mine, theirs, { [a5]: 'mine' }).merged.nodes;
    expect(childHeadings(keep, a5)).toEqual(['智慧社区', '智慧商圈', '智慧园区']);
    expect(find(keep, shop)!.indicators).toEqual(indicators);
    restAsBase(keep, [shop]);
    const drop = mergePlans(BASE, mine, theirs, { [a5]: 'theirs' }).merged.nodes;
    expect(find(drop, a5)).toBeNull();
    expect(find(drop, shop)).toBeNull();
    expect(all(drop)).toHaveLength(all(BASE.nodes).length - 4);
  });

  it('mine adds a task under 行动四 that theirs deleted: a conflict at 行动四, never a silent loss', () => {
    const a4 = id('创新经济发展');
    const added = newNode('task', { heading: '数字人民币试点', lead: ['区金融办'] });
    const mine = { ...BASE, nodes: insertNode(BASE.nodes, a4, 1, added) };
    const theirs = { ...BASE, nodes: removeNode(BASE.nodes, a4) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts.map((c) => [c.id, c.kind])).toEqual([[a4, 'deleted-by-theirs']]);
    const keep = mergePlans(BASE, mine, theirs, { [a4]: 'mine' }).merged.nodes;
    expect(childHeadings(keep, a4)).toEqual(['互联网金融', '数字人民币试点', '智慧商务', '智慧企业']);
    expect(find(keep, added.id)!.lead).toEqual(['区金融办']);
  });

  it('both delete the same node: gone, no conflict', () => {
    const t = id('智慧气象');
    const mine = { ...BASE, nodes: removeNode(BASE.nodes, t) };
    const theirs = { ...BASE, nodes: removeNode(BASE.nodes, t) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(find(r.merged.nodes, t)).toBeNull();
  });
});

describe('mergePlans: additions', () => {
  it('both add tasks under 行动二: mine after 重点任务10, theirs at the end, both kept in place', () => {
    const a2 = id('优化电子政务');
    const m = newNode('task', { heading: '政务服务“一网通办”', lead: ['区行政服务中心'] });
    const t = newNode('task', { heading: '城市运行“一网统管”', milestones: [{ year: 2016, stage: '启动', text: '建设区城运中心' }] });
    const mine = { ...BASE, nodes: insertNode(BASE.nodes, a2, 2, m) };
    const theirs = { ...BASE, nodes: insertNode(BASE.nodes, a2, 99, t) };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(childHeadings(r.merged.nodes, a2)).toEqual(['电子政务一体化', '政府公共数据开放服务', '政务服务“一网通办”', '优化公共服务渠道', '提升电子政务网络服务能级', '公共信用信息服务平台', '城市运行“一网统管”']);
    expect(find(r.merged.nodes, m.id)!.lead).toEqual(['区行政服务中心']);
    expect(find(r.merged.nodes, t.id)!.milestones).toEqual([{ year: 2016, stage: '启动', text: '建设区城运中心' }]);
    expect(r.auto).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: m.id, side: 'mine', change: 'added' }),
      expect.objectContaining({ id: t.id, side: 'theirs', change: 'added' }),
    ]));
  });

  it('a new subtree of mine (task with two items) is added whole, reported once', () => {
    const a2 = id('优化电子政务');
    const task = newNode('task', { heading: '数据治理', children: [newNode('item', { heading: '数据目录' }), newNode('item', { heading: '数据质量' })] });
    const mine = { ...BASE, nodes: insertNode(BASE.nodes, a2, 0, task) };
    const r = mergePlans(BASE, mine, BASE);
    expect(find(r.merged.nodes, task.id)!.children.map((c) => c.heading)).toEqual(['数据目录', '数据质量']);
    expect(r.auto.filter((a) => a.change === 'added')).toHaveLength(1);
  });
});

describe('mergePlans: plan metadata', () => {
  it('merges fields changed on one side; fields both changed differently are one conflict', () => {
    const mine = { ...BASE, meta: { ...BASE.meta, docNumber: '杨府办发〔2015〕12号', issuer: '杨浦区人民政府' } };
    const theirs = { ...BASE, meta: { ...BASE.meta, title: BASE.meta.title + '(修订)', issuer: '杨浦区人民政府办公室' } };
    const r = mergePlans(BASE, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ id: META_ID, kind: 'meta' });
    expect(r.conflicts[0].meta).toEqual([{ field: 'issuer', base: BASE.meta.issuer, mine: '杨浦区人民政府', theirs: '杨浦区人民政府办公室' }]);
    const m = mergePlans(BASE, mine, theirs, { [META_ID]: 'mine' }).merged.meta;
    expect(m.issuer).toBe('杨浦区人民政府');
    expect(m.docNumber).toBe('杨府办发〔2015〕12号');
    expect(m.title).toBe(BASE.meta.title + '(修订)');
    expect(m.period).toEqual(BASE.meta.period);
    expect(mergePlans(BASE, mine, theirs, { [META_ID]: 'theirs' }).merged.meta.issuer).toBe('杨浦区人民政府办公室');
  });
});

describe('mergePlans: the 未复核 flag of a draft made from the seed', () => {
  const draft = deepFreeze(planFromTemplate(PLAN, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'plan-002' }));
  const D: MergeDoc = deepFreeze({ meta: draft.meta, nodes: draft.nodes });
  const dId = (h: string) => byHeading(D.nodes, h).id;

  it('全部确认 on one side and an edit on the other: no conflict, the edit kept and the flag cleared', () => {
    const t = dId('智慧养老');
    const other = dId('智慧教育');
    expect(find(D.nodes, t)!.unreviewed).toBe(true);
    const mine = { ...D, nodes: markAllReviewed(D.nodes) };
    // theirs edits a field without touching the flag (a mechanical edit: a written number)
    const theirs = { ...D, nodes: updateNode(D.nodes, t, { heading: '智慧养老服务体系' }, 'mechanical') };
    const r = mergePlans(D, mine, theirs);
    expect(r.conflicts).toEqual([]);
    const n = find(r.merged.nodes, t)!;
    expect(n.heading).toBe('智慧养老服务体系');
    expect('unreviewed' in n).toBe(false);
    expect('unreviewed' in find(r.merged.nodes, other)!).toBe(false);
    expect(r.auto).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: t, side: 'mine', change: 'edited', fields: ['unreviewed'] }),
      expect.objectContaining({ id: t, side: 'theirs', change: 'edited', fields: ['heading'] }),
    ]));
  });

  it('and the other way round: theirs confirms all, mine edits a written number', () => {
    const t = dId('智慧养老');
    const mine = { ...D, nodes: updateNode(D.nodes, t, { number: '重点任务十七' }, 'mechanical') };
    const theirs = { ...D, nodes: markAllReviewed(D.nodes) };
    const r = mergePlans(D, mine, theirs);
    expect(r.conflicts).toEqual([]);
    const n = find(r.merged.nodes, t)!;
    expect(n.number).toBe('重点任务十七');
    expect('unreviewed' in n).toBe(false);
    // a node mine left alone: theirs' confirmation
    expect(all(r.merged.nodes).filter((x) => x.unreviewed)).toEqual([]);
  });

  it('the flag does not hide a real clash: both edit the heading', () => {
    const t = dId('智慧养老');
    const mine = { ...D, nodes: updateNode(D.nodes, t, { heading: '甲' }, 'content') };
    const theirs = { ...D, nodes: updateNode(D.nodes, t, { heading: '乙' }, 'content') };
    const r = mergePlans(D, mine, theirs);
    expect(r.conflicts.map((c) => [c.id, c.fields])).toEqual([[t, ['heading']]]);
  });
});

describe('mergePlans: properties over random edits of the seed (fast-check)', () => {
  // a random edit script: update a field, move under another node, remove, insert — applied with shared/tree.ts
  type Op = { op: 'update' | 'move' | 'remove' | 'insert'; a: number; b: number; pos: number };
  const opArb = fc.record({ op: fc.constantFrom('update', 'move', 'remove', 'insert'), a: fc.nat(), b: fc.nat(), pos: fc.nat(12) }) as fc.Arbitrary<Op>;
  let fresh = 0;
  function apply(d: MergeDoc, ops: Op[], tag: string): MergeDoc {
    let nodes = d.nodes;
    for (const o of ops) {
      const list = all(nodes);
      const x = list[o.a % list.length];
      try {
        if (o.op === 'update') nodes = updateNode(nodes, x.id, o.b % 2 ? { heading: `${tag}${o.b}` } : { lead: [`${tag}单位${o.b}`] }, 'content');
        else if (o.op === 'remove' && list.length > 20) nodes = removeNode(nodes, x.id);
        else if (o.op === 'move') nodes = moveNode(nodes, x.id, list[o.b % list.length].id, o.pos);
        else if (o.op === 'insert') nodes = insertNode(nodes, x.id, o.pos, { ...newNode('item', { heading: `${tag}新${fresh}` }), id: `${tag}-new-${fresh++}` });
      } catch { /* a move into its own subtree: skipped, as the editor refuses it */ }
    }
    return { ...d, nodes };
  }
  const ids = (nodes: PlanNode[]) => all(nodes).map((n) => n.id);
  const shape = (nodes: PlanNode[]): unknown => nodes.map((n) => [n.id, n.heading, n.lead, shape(n.children)]);

  it('one side only: the merge is that side exactly; both sides: ids unique, each one-sided edit kept', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 12 }), fc.array(opArb, { maxLength: 12 }), fc.constantFrom<'mine' | 'theirs'>('mine', 'theirs'), (om, ot, side) => {
      const mine = apply(BASE, om, '甲');
      const theirs = apply(BASE, ot, '乙');
      expect(shape(mergePlans(BASE, mine, BASE).merged.nodes)).toEqual(shape(mine.nodes));
      expect(shape(mergePlans(BASE, BASE, theirs).merged.nodes)).toEqual(shape(theirs.nodes));
      const r0 = mergePlans(BASE, mine, theirs);
      const picks = Object.fromEntries(r0.conflicts.map((c) => [c.id, side]));
      const r = mergePlans(BASE, mine, theirs, picks);
      expect(r.unresolved).toEqual([]);
      const got = ids(r.merged.nodes);
      expect(new Set(got).size).toBe(got.length);
      const conflicted = new Set(r.conflicts.map((c) => c.id));
      const inM = new Map(all(mine.nodes).map((n) => [n.id, n]));
      const inT = new Map(all(theirs.nodes).map((n) => [n.id, n]));
      const inB = new Map(all(BASE.nodes).map((n) => [n.id, n]));
      const out = new Map(all(r.merged.nodes).map((n) => [n.id, n]));
      for (const [id, m] of inM) {
        const b = inB.get(id);
        const t = inT.get(id);
        // an edit made only by mine, on a node theirs kept untouched: in the merge
        if (b && t && !conflicted.has(id) && (m.heading !== b.heading || m.lead.join() !== b.lead.join()) && t.heading === b.heading && t.lead.join() === b.lead.join() && out.has(id)) {
          expect([out.get(id)!.heading, out.get(id)!.lead]).toEqual([m.heading, m.lead]);
        }
        // a node added by mine survives unless it sits under something a conflict's pick deleted
        if (!b && !t && side === 'mine') expect(out.has(id), id).toBe(true);
      }
    }), { numRuns: 60, seed: 20261205 });
  });
});

describe('where a conflict is', () => {
  it('names the node and its ancestors with the numbers the outline shows (derived from the place), not the numbers written in the source', () => {
    // the seed writes some numbers that its place does not give (the walk found 2、 调研总结 shown as 4. in the outline)
    const derived = deriveNumbers(BASE.nodes);
    const entry = [...walk(BASE.nodes)].find((w) => w.path.length >= 2 && w.path.some((a) => derived.get(a.id) !== a.number));
    expect(entry).toBeDefined();
    const nodeId = entry!.node.id;
    const r = mergePlans(BASE, edit(BASE, nodeId, { heading: entry!.node.heading + '(甲)' }), edit(BASE, nodeId, { heading: entry!.node.heading + '(乙)' }));
    const c = r.conflicts.find((x) => x.id === nodeId)!;
    expect(c.mine!.number).toBe(derived.get(nodeId));
    expect(c.mine!.path).toEqual(entry!.path.map((a) => [derived.get(a.id), a.heading].filter(Boolean).join(' ')));
    const written = entry!.path.find((a) => derived.get(a.id) !== a.number)!;
    expect(c.mine!.path).not.toContain([written.number, written.heading].filter(Boolean).join(' '));
  });
});

describe('mergePlans byField (the editor with its own accepted suggestion, h-ui43)', () => {
  it('one node, different fields on each side: no conflict, mine\'s 标题 and theirs\' 正文; the same field still clashes; without the option the node clashes', () => {
    const health = id('智慧健康');
    const h0 = byHeading(BASE.nodes, '智慧健康');
    const mine = deepFreeze(edit(BASE, health, { heading: '智慧健康(青川区试点)' }));
    const theirs = deepFreeze(edit(BASE, health, { body: '【云溪区】' + h0.body.slice(4) }));
    const r = mergePlans(BASE, mine, theirs, {}, { byField: true });
    expect(r.conflicts).toEqual([]);
    const m = find(r.merged.nodes, health)!;
    expect([m.heading, m.body]).toEqual(['智慧健康(青川区试点)', '【云溪区】' + h0.body.slice(4)]);
    expect(m.indicators).toEqual(h0.indicators);
    restAsBase(r.merged.nodes, [health]);
    expect(r.auto.filter((a) => a.id === health).map((a) => [a.side, a.fields])).toEqual([['mine', ['heading']], ['theirs', ['body']]]);
    // both changed the body differently: one conflict, as without the option
    const mine2 = deepFreeze(edit(mine, health, { body: h0.body + '(南屿县)' }));
    const r2 = mergePlans(BASE, mine2, theirs, {}, { byField: true });
    expect(r2.conflicts.map((c) => [c.id, c.kind])).toEqual([[health, 'edited']]);
    expect(mergePlans(BASE, mine, theirs).conflicts.map((c) => c.id)).toEqual([health]);
  });
});
