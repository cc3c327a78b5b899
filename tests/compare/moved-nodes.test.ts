/**
 * A node moved in a plan is a difference against the plan it came from, whatever its kind: a draft made from
 * 杨浦 2015–2017 (planFromTemplate → 2027–2029, seeds/002) compared with its template through compare.plans (the
 * compare view, the CLI). The seed's 行动一 holds 重点任务1 建设综合云平台, 2 城市综合管理信息化, 3 推进三网融合, …;
 * 行动二 holds 重点任务9 电子政务一体化 …; 一、背景和基本评估 holds the sections (一) 行动背景研究 … (五) 发展目标.
 * Walk 5 moved a task among its siblings and the compare said "0 处差异".
 */
import { describe, expect, it } from 'vitest';
import { comparePlans, comparisonRows } from '../../shared/compare/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { planFromTemplate } from '../../shared/template';
import { moveNode } from '../../shared/tree';
import { YANGPU_2015 } from './labels';
import { seedDoc } from './score';

const template = seedDoc(YANGPU_2015);
const draftOf = (): PlanDoc => ({ ...planFromTemplate(template, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'tpl' }), id: 'draft' });
const find = (d: PlanDoc, kind: string, heading: string): { node: PlanNode; parentId: string | null } => {
  const hits = [...walk(d.nodes)].filter(({ node }) => node.kind === kind && node.heading === heading);
  if (hits.length !== 1) throw new Error(`${hits.length} × ${kind} ${heading}`);
  const { node, path } = hits[0];
  return { node, parentId: path.length ? path[path.length - 1].id : null };
};
/** The moved pairs as [kind, heading] (left = draft). */
const movedOf = (draft: PlanDoc) => {
  const c = comparePlans(draft, template);
  return { c, moved: c.pairs.filter((p) => p.moved).map((p) => [p.left.kind, p.left.heading]) };
};

describe('compare.plans: moved nodes of every kind are reported', () => {
  it('an untouched draft: every node paired, none moved', () => {
    const { c, moved } = movedOf(draftOf());
    expect(c.unmatchedLeft).toEqual([]);
    expect(c.unmatchedRight).toEqual([]);
    expect(moved).toEqual([]);
  });

  it('a task moved among its siblings (推进三网融合 first under 行动一): that task, not the ones it passed', () => {
    const d = draftOf();
    const t = find(d, 'task', '推进三网融合');
    d.nodes = moveNode(d.nodes, t.node.id, t.parentId, 0);
    const { c, moved } = movedOf(d);
    expect(moved).toEqual([['task', '推进三网融合']]);
    // its content is the template's: moved is the only difference, and the CLI rows carry the pair
    const pair = c.pairs.find((p) => p.left.heading === '推进三网融合')!;
    expect(pair.diff.summary.inserted + pair.diff.summary.deleted).toBe(0);
    expect(comparisonRows(c, d, template).find((r) => r.left?.id === t.node.id)!.pair!.moved).toBe(true);
  });

  it('a task moved under another action (电子政务一体化 from 行动二 to 行动一): moved, its new siblings not', () => {
    const d = draftOf();
    const t = find(d, 'task', '电子政务一体化');
    const a1 = find(d, 'action', '提升服务水平,打造精细规范的智慧城管');
    d.nodes = moveNode(d.nodes, t.node.id, a1.node.id, 0);
    expect(movedOf(d).moved).toEqual([['task', '电子政务一体化']]);
  });

  it('a section and an action moved among their siblings: the section, the action — not the tasks that went with it', () => {
    const d = draftOf();
    const s5 = find(d, 'section', '发展目标');
    d.nodes = moveNode(d.nodes, s5.node.id, s5.parentId, 0);
    const a1 = find(d, 'action', '提升服务水平,打造精细规范的智慧城管');
    d.nodes = moveNode(d.nodes, a1.node.id, a1.parentId, 99);
    expect(movedOf(d).moved).toEqual([
      ['section', '发展目标'],
      ['action', '提升服务水平,打造精细规范的智慧城管'],
    ]);
  });
});

describe('compare.plans: place is judged within one lineage only', () => {
  const moveFirst = (d: PlanDoc) => {
    const t = find(d, 'task', '推进三网融合');
    d.nodes = moveNode(d.nodes, t.node.id, t.parentId, 0);
    return d;
  };
  it('a draft for another district made from the template (meta.basedOn is the template\'s id): moves are reported', () => {
    const tpl = { ...template, id: 'tpl' };
    const d = moveFirst({ ...planFromTemplate(tpl, { district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'tpl' }), id: 'draft' });
    expect(d.meta.district).toBe('静安区');
    expect(comparePlans(d, tpl).pairs.filter((p) => p.moved).map((p) => p.left.heading)).toEqual(['推进三网融合']);
  });
  it('two districts\' plans with no template between them: the order of tasks is each office\'s own, nothing is "moved"', () => {
    const d = moveFirst(draftOf());
    const other: PlanDoc = { ...d, meta: { ...d.meta, district: '静安区', basedOn: null } };
    expect(comparePlans(other, template).pairs.filter((p) => p.moved)).toEqual([]);
    // the same plan under its own district name is judged
    expect(comparePlans(d, template).pairs.filter((p) => p.moved).length).toBe(1);
  });
  it('one district written two ways (楊浦區 in Traditional, as the library groups it with 杨浦区): moves are reported', () => {
    const d = moveFirst(draftOf());
    const traditional: PlanDoc = { ...d, meta: { ...d.meta, district: '楊浦區', basedOn: null } };
    expect(comparePlans(traditional, template).pairs.filter((p) => p.moved).map((p) => p.left.heading)).toEqual(['推进三网融合']);
  });
});
