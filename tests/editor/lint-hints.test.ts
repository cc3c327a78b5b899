/**
 * Issue 17, lint noise and planners' hints: half-width punctuation grouped per node with one fix for all of it;
 * an item without lead among items that name theirs; a target year outside the plan period; English fix labels;
 * and the number a new point takes among bullets (shared/numbering.ts siblingBullet).
 */
import { describe, expect, it } from 'vitest';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';
import { applyFix, groupFindings, lintPlan, targetYears, type Finding } from '../../shared/lint';
import { deriveNumbers, siblingBullet } from '../../shared/numbering';
import { moveNode } from '../../shared/tree';
import { buildMarkdown } from '../../shared/export/markdown';

let seq = 0;
const node = (kind: PlanNode['kind'], over: Partial<PlanNode> = {}): PlanNode => ({
  id: `n${++seq}`, kind, number: '', heading: '标题', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...over,
});
const plan = (nodes: PlanNode[]): PlanDoc => ({
  format: 'plan-workbench/v1',
  meta: {
    title: '杨浦区推进智慧城市建设三年行动计划（2027—2029年）', district: '杨浦区', city: '上海市', period: { start: 2027, end: 2029 },
    issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '',
  },
  nodes,
});
const only = (fs: Finding[], rule: Finding['rule']) => fs.filter((f) => f.rule === rule);

describe('half-width punctuation, grouped per node', () => {
  // a: heading 1 mark ("," after 建设), body 3 (":" after 包括, "," after 网络, "." after 平台); b: 1 (","); c: none
  const a = node('task', { lead: ['区科委'], heading: '推进建设,完善机制', body: '主要包括:一是完善网络,二是建设平台.' });
  const b = node('task', { lead: ['区科委'], heading: '建设平台', body: '推进应用,扩大覆盖' });
  const c = node('task', { lead: ['区科委'], heading: '完善制度', body: '无标点问题。' });
  const doc = plan([node('part', { heading: '主要任务', children: [a, b, c] })]);
  const raw = lintPlan(doc);
  const grouped = groupFindings(raw);

  it('one hint per node for its half-width marks, single marks unchanged', () => {
    expect(only(raw, 'halfwidth-punct')).toHaveLength(5);
    const g = only(grouped, 'halfwidth-punct');
    expect(g.map((f) => f.nodeId)).toEqual([a.id, b.id]);
    expect(g[0].members).toHaveLength(4);
    expect(g[0].message).toBe('有 4 处半角标点“, : .”,应改为全角');
    expect(g[0].fix?.label).toBe('全部改为全角(4)');
    // b has a single mark: it stays the single finding with its own fix
    expect(g[1].members).toBeUndefined();
    expect(g[1].fix?.replacement).toBe('，');
  });

  it('the group fix changes every mark of the node, heading and body', () => {
    const fixed = applyFix(doc, only(grouped, 'halfwidth-punct')[0]);
    const t = fixed.nodes[0].children[0];
    expect(t.heading).toBe('推进建设，完善机制');
    expect(t.body).toBe('主要包括：一是完善网络，二是建设平台。');
    expect(fixed.nodes[0].children[1].body).toBe('推进应用,扩大覆盖');
  });

  it('fix labels exist in English', () => {
    expect(only(raw, 'halfwidth-punct')[0].fix?.labelEn).toBe('Change to "，"');
    expect(only(grouped, 'halfwidth-punct')[0].fix?.labelEn).toBe('Change all 4 to full-width');
  });
});

describe('item without lead', () => {
  it('fires on an item without lead among items that name theirs, not when the task names one', () => {
    const i1 = node('item', { number: '(1)', lead: ['区建管委'] });
    const i2 = node('item', { number: '(2)' });
    const i3 = node('item', { number: '(3)', lead: ['区民政局'] });
    const t1 = node('task', { lead: [], children: [i1, i2, i3] });
    const j1 = node('item', { number: '(1)' });
    const j2 = node('item', { number: '(2)', lead: ['区民政局'] });
    const t2 = node('task', { lead: ['区科委'], children: [j1, j2] });
    const k1 = node('item', { number: '(1)' });
    const t3 = node('task', { lead: ['区科委'], children: [k1] });
    const f = only(lintPlan(plan([node('part', { children: [t1, t2, t3] })])), 'item-no-lead');
    expect(f.map((x) => x.nodeId)).toEqual([i2.id]);
    expect(f[0].message).toBe('事项“（2）”没有牵头单位(同级事项都写明了牵头单位)'); // the number the panel shows (derived)
    expect(f[0].severity).toBe('warning');
  });
  it('a task without lead still gets task-no-lead', () => {
    const t = node('task', { number: '1.' });
    expect(only(lintPlan(plan([node('part', { children: [t] })])), 'task-no-lead').map((x) => x.nodeId)).toEqual([t.id]);
  });
});

describe('target year outside the plan period', () => {
  it('reads target phrasings, not plain years or ranges', () => {
    expect(targetYears('到2016年,实现全覆盖').map((y) => y.year)).toEqual([2016]);
    expect(targetYears('2015年底前完成改造').map((y) => [y.year, y.text])).toEqual([[2015, '2015年底前']]);
    expect(targetYears('2028年建成平台').map((y) => y.year)).toEqual([2028]);
    expect(targetYears('至2020年末累计').map((y) => y.year)).toEqual([2020]);
    expect(targetYears('2014年,全区共有')).toEqual([]);
    expect(targetYears('三年行动计划(2014—2016年)')).toEqual([]);
    expect(targetYears('2025年前三季度')).toEqual([]);
    expect(targetYears('从2001年的40%增长到2005年底的100%')).toEqual([]);
  });
  it('warns for targets outside 2027–2029 with the phrase and its place', () => {
    const body = '到2029年,建成平台;2016年底前完成改造。';
    const t = node('task', { lead: ['区科委'], body });
    const f = only(lintPlan(plan([node('part', { children: [t] })])), 'target-year');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('目标年份 2016 不在规划期 2027–2029 内:“2016年底前”');
    expect(body.slice(f[0].range!.start, f[0].range!.end)).toBe('2016年底前');
  });
});

describe('a new point among bullets', () => {
  const b1 = node('item', { number: '•', heading: '', body: '推进政务云' });
  const b2 = node('item', { number: '•', heading: '', body: '升级公务网' });
  const fresh = node('item', { number: '', heading: '', body: '新的一点' });
  const n1 = node('item', { number: '(1)', body: '甲' });
  const task1 = node('task', { number: '重点专项1', lead: ['区科委'], children: [b1, fresh, b2] });
  const task2 = node('task', { number: '重点专项2', lead: ['区科委'], children: [n1] });
  const nodes = [node('part', { number: '一、', children: [node('action', { number: '行动一', children: [task1, task2] })] })];

  it('takes the bullet of its siblings, and the numbered style among numbered ones', () => {
    expect(siblingBullet(task1.children, fresh)).toBe('•');
    expect(deriveNumbers(nodes).get(fresh.id)).toBe('•');
    expect(siblingBullet(task2.children, n1)).toBeNull();
  });
  it('exports as a bullet, not as （1） among bullets', () => {
    const md = buildMarkdown(plan(nodes));
    const line = md.split('\n').find((l) => l.includes('新的一点'))!;
    expect(line).toContain('•');
    expect(line).not.toMatch(/[（(]1[）)]/);
  });
  it('moved among numbered points it is numbered; moved back it is a bullet again', () => {
    const moved = moveNode(nodes, fresh.id, task2.id, 1);
    expect(deriveNumbers(moved).get(fresh.id)).toBe('（2）');
    const back = moveNode(moved, fresh.id, task1.id, 2);
    expect(deriveNumbers(back).get(fresh.id)).toBe('•');
  });
});

describe('messages name a node by the number the panel shows (walk 5: 任务“一、” under the label 1.落实草畜平衡制度)', () => {
  // tasks written 一、 三、 under a part: the editor shows them 1. and 2. (shared/derived-numbers.ts)
  const t1 = node('task', { number: '一、', heading: '落实草畜平衡制度' });
  const t2 = node('task', { number: '三、', heading: '', lead: ['区农委'] });
  const i1 = node('item', { number: '(3)', lead: ['区农委'] });
  const i2 = node('item', { number: '(5)' });
  const t3 = node('task', { number: '四、', heading: '推进', lead: [], children: [i1, i2] });
  const doc = plan([node('part', { number: '一、', heading: '主要任务', children: [t1, t2, t3] })]);
  const fs = lintPlan(doc);
  const shown = deriveNumbers(doc.nodes);
  it('task-no-lead, empty-heading and item-no-lead quote the shown number', () => {
    expect(shown.get(t1.id)).toBe('1.');
    expect(only(fs, 'task-no-lead').map((f) => f.message)).toEqual(['任务“1.”没有牵头部门', '任务“3.”没有牵头部门']);
    expect(only(fs, 'empty-heading').map((f) => f.message)).toEqual(['任务“2.”没有标题']);
    expect(only(fs, 'item-no-lead').map((f) => [f.message, f.messageEn])).toEqual([[`事项“${shown.get(i2.id)}”没有牵头单位(同级事项都写明了牵头单位)`, `Item "${shown.get(i2.id)}" has no lead department (its sibling items name theirs)`]]);
    expect(shown.get(i2.id)).not.toBe('(5)');
  });
  it('the findings about the numbers as written say so: 原文编号', () => {
    const gaps = only(fs, 'numbering-gap').map((f) => f.message);
    expect(gaps.length).toBeGreaterThan(0);
    for (const m of gaps) expect(m).toMatch(/^原文编号/);
    expect(gaps).toContain('原文编号不连续:“一、”之后是“三、”,缺少第 2 号');
  });
});
