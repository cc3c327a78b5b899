/** Immutable tree operations: results, kinds, ids surviving, and inputs never mutated (deep-frozen). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { importText } from '../../shared/importer/index';
import { walk, type PlanNode } from '../../shared/model/plan';
import {
  countUnreviewed, findNode, indent, indexPathOf, insertNode, isAllowed, kindForNewChild, kindUnder, markAllReviewed, markReviewed, moveNode, newNode,
  outdent, pathOf, removeNode, updateNode,
} from '../../shared/tree';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const n = (id: string, kind: PlanNode['kind'], children: PlanNode[] = [], heading = id): PlanNode => ({
  id, kind, number: '', heading, body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children,
});

/**
 * p1 ─ s1 ─ t1 ─ i1
 *    │    └ t2
 *    └ s2
 * p2 ─ a1 ─ t3
 *    │    └ t4
 *    └ a2 ─ t5
 */
const fixture = () =>
  deepFreeze([
    n('p1', 'part', [n('s1', 'section', [n('t1', 'task', [n('i1', 'item')]), n('t2', 'task')]), n('s2', 'section')]),
    n('p2', 'part', [n('a1', 'action', [n('t3', 'task'), n('t4', 'task')]), n('a2', 'action', [n('t5', 'task')])]),
  ]);

const shape = (nodes: PlanNode[]): unknown => nodes.map((x) => (x.children.length ? { [`${x.id}:${x.kind}`]: shape(x.children) } : `${x.id}:${x.kind}`));
const ids = (nodes: PlanNode[]) => [...walk(nodes)].map((x) => x.node.id).sort();

function code(fn: () => unknown): string | null {
  try { fn(); return null; } catch (e) { expect(e).toBeInstanceOf(AppError); return (e as AppError).code; }
}

describe('lookup', () => {
  const t = fixture();
  it('findNode, pathOf, indexPathOf', () => {
    expect(findNode(t, 't4')!.heading).toBe('t4');
    expect(findNode(t, 'nope')).toBeNull();
    expect(pathOf(t, 'i1')!.map((x) => x.id)).toEqual(['p1', 's1', 't1', 'i1']);
    expect(pathOf(t, 'p2')!.map((x) => x.id)).toEqual(['p2']);
    expect(pathOf(t, 'nope')).toBeNull();
    expect(indexPathOf(t, 't5')).toEqual([1, 1, 0]);
  });
});

describe('insertNode / removeNode / updateNode', () => {
  it('inserts at an index, shares untouched subtrees, does not mutate', () => {
    const t = fixture();
    const x = n('x', 'task');
    const out = insertNode(t, 's1', 1, x);
    expect(shape(out[0].children[0].children)).toEqual([{ 't1:task': ['i1:item'] }, 'x:task', 't2:task']);
    expect(out[1]).toBe(t[1]); // structural sharing
    expect(out[0].children[1]).toBe(t[0].children[1]);
    expect(t[0].children[0].children.length).toBe(2);
    expect(insertNode(t, null, 0, n('p0', 'part'))[0].id).toBe('p0');
    expect(insertNode(t, 'a2', 99, n('y', 'task'))[1].children[1].children.map((c) => c.id)).toEqual(['t5', 'y']);
    expect(insertNode(t, 'a2', -1, n('y', 'task'))[1].children[1].children.map((c) => c.id)).toEqual(['t5', 'y']);
  });
  it('refuses an unknown parent and a duplicate id', () => {
    const t = fixture();
    expect(code(() => insertNode(t, 'nope', 0, n('x', 'task')))).toBe('not-found');
    expect(code(() => insertNode(t, 's2', 0, n('t3', 'task')))).toBe('duplicate-id');
    expect(code(() => insertNode(t, 's2', 0, n('x', 'task', [n('i1', 'item')])))).toBe('duplicate-id');
  });
  it('removes a subtree', () => {
    const t = fixture();
    const out = removeNode(t, 's1');
    expect(ids(out)).toEqual(['a1', 'a2', 'p1', 'p2', 's2', 't3', 't4', 't5']);
    expect(out[1]).toBe(t[1]);
    expect(removeNode(t, 'p2').length).toBe(1);
    expect(code(() => removeNode(t, 'nope'))).toBe('not-found');
  });
  it('patches fields but never id or children', () => {
    const t = fixture();
    const out = updateNode(t, 't4', { heading: '新标题', lead: ['区科委'], unreviewed: false });
    const t4 = findNode(out, 't4')!;
    expect(t4).toMatchObject({ id: 't4', heading: '新标题', lead: ['区科委'], unreviewed: false, kind: 'task' });
    expect(findNode(t, 't4')!.heading).toBe('t4');
    const sneaky = updateNode(t, 't1', { id: 'zzz', children: [] } as never);
    expect(findNode(sneaky, 't1')!.children.length).toBe(1);
    expect(findNode(sneaky, 'zzz')).toBeNull();
    expect(code(() => updateNode(t, 'nope', { heading: 'x' }))).toBe('not-found');
    // changing a kind fits the subtree: a section turned into a task makes its tasks items
    expect(shape([findNode(updateNode(t, 's1', { kind: 'task' }), 's1')!])).toEqual([{ 's1:task': [{ 't1:item': ['i1:item'] }, 't2:item'] }]);
  });
});

describe('未复核: one rule for who changed a node (EditOrigin)', () => {
  const marked = (): PlanNode[] => deepFreeze(fixture().map(function mark(x): PlanNode { return { ...x, unreviewed: true, children: x.children.map(mark) }; }));
  it('a mechanical change (the default) keeps the flag, whatever it changes', () => {
    const t = marked();
    for (const patch of [{ body: '改为全角，' }, { number: '重点专项16' }, { kind: 'item' as const }, { heading: '新' }]) {
      expect(findNode(updateNode(t, 't4', patch), 't4')!.unreviewed).toBe(true);
      expect(findNode(updateNode(t, 't4', patch, 'mechanical'), 't4')!.unreviewed).toBe(true);
    }
  });
  it('a content change by the planner clears it (the key is removed); number, kind or an unchanged value do not', () => {
    const t = marked();
    for (const patch of [{ heading: '新标题' }, { body: 'x' }, { lead: ['区科委'] }, { partners: ['区财政局'] }, { themes: ['政务'] },
      { milestones: [{ year: 2015, stage: '完成' as const, text: '' }] }]) {
      const t4 = findNode(updateNode(t, 't4', patch, 'content'), 't4')!;
      expect('unreviewed' in t4).toBe(false);
    }
    expect(findNode(updateNode(t, 't4', { number: '2.' }, 'content'), 't4')!.unreviewed).toBe(true);
    expect(findNode(updateNode(t, 't4', { kind: 'item' }, 'content'), 't4')!.unreviewed).toBe(true);
    expect(findNode(updateNode(t, 't4', { heading: 't4', lead: [] }, 'content'), 't4')!.unreviewed).toBe(true);
    expect(findNode(updateNode(t, 't4', { heading: 'y', unreviewed: true }, 'content'), 't4')!.unreviewed).toBe(true);
  });
  it('markReviewed (one node or a subtree), markAllReviewed, countUnreviewed', () => {
    const t = marked();
    const all = countUnreviewed(t);
    expect(all).toBe(12);
    expect(countUnreviewed(markReviewed(t, 's1'))).toBe(all - 1);
    expect(countUnreviewed(markReviewed(t, 's1', true))).toBe(all - 4);
    expect(countUnreviewed(markAllReviewed(t))).toBe(0);
    expect(markAllReviewed(fixture())).toEqual(fixture());
  });
  it("kindForNewChild: the last child's kind when allowed (专栏 and 附件 left out), else what kindUnder gives a plain node", () => {
    const t = fixture();
    expect(kindForNewChild(null)).toBe('part');
    expect(kindForNewChild(findNode(t, 'p2'))).toBe('action');
    expect(kindForNewChild(findNode(t, 's2'))).toBe('task');
    expect(kindForNewChild(n('p', 'part'))).toBe('section');
    expect(kindForNewChild(n('s', 'section', [n('i', 'item'), n('b', 'box')]))).toBe('item');
    expect(kindForNewChild(n('t', 'task'))).toBe('item');
  });
});

describe('moveNode', () => {
  it('moves a task between actions; ids survive; index is the final position', () => {
    const t = fixture();
    const out = moveNode(t, 't3', 'a2', 1);
    expect(shape(out[1].children)).toEqual([{ 'a1:action': ['t4:task'] }, { 'a2:action': ['t5:task', 't3:task'] }]);
    expect(ids(out)).toEqual(ids(t));
    expect(out[0]).toBe(t[0]);
    expect(findNode(out, 't3')).toEqual(findNode(t, 't3'));
  });
  it('reorders within one parent', () => {
    const t = fixture();
    expect(moveNode(t, 't3', 'a1', 1)[1].children[0].children.map((c) => c.id)).toEqual(['t4', 't3']);
    expect(moveNode(t, 't4', 'a1', 0)[1].children[0].children.map((c) => c.id)).toEqual(['t4', 't3']);
    expect(moveNode(t, 'p2', null, 0).map((c) => c.id)).toEqual(['p2', 'p1']);
  });
  it('keeps the kind where allowed, re-kinds where not (with the subtree)', () => {
    const t = fixture();
    // a section moved under another part stays a section
    expect(findNode(moveNode(t, 's2', 'p2', 0), 's2')!.kind).toBe('section');
    // a task moved under a task becomes an item; its items stay items
    const out = moveNode(t, 't1', 't2', 0);
    expect(findNode(out, 't1')!.kind).toBe('item');
    expect(findNode(out, 'i1')!.kind).toBe('item');
    // a part moved under a section becomes a task; its sections become items… via task → item
    const deep = moveNode(t, 'p2', 's2', 0);
    expect(shape(findNode(deep, 's2')!.children)).toEqual([
      { 'p2:task': [{ 'a1:item': ['t3:item', 't4:item'] }, { 'a2:item': ['t5:item'] }] },
    ]);
  });
  it('refuses moving a node into its own subtree, or onto itself', () => {
    const t = fixture();
    expect(code(() => moveNode(t, 'p1', 't1', 0))).toBe('invalid-move');
    expect(code(() => moveNode(t, 'p1', 'p1', 0))).toBe('invalid-move');
    expect(code(() => moveNode(t, 'p1', 'i1', 0))).toBe('invalid-move');
    expect(code(() => moveNode(t, 'nope', null, 0))).toBe('not-found');
    expect(code(() => moveNode(t, 't1', 'nope', 0))).toBe('not-found');
  });
});

describe('indent / outdent', () => {
  it('indent: becomes the last child of its previous sibling; kind follows the parent', () => {
    const t = fixture();
    const out = indent(t, 't4'); // under t3 → item
    expect(shape(out[1].children[0].children)).toEqual([{ 't3:task': ['t4:item'] }]);
    // a section under the previous section → task; kept id
    const s = indent(t, 's2');
    expect(shape(s[0].children)).toEqual([{ 's1:section': [{ 't1:task': ['i1:item'] }, 't2:task', 's2:task'] }]);
    // a part under the previous part: has no task children → section; its actions become tasks, their tasks items
    const p = indent(t, 'p2');
    expect(shape(p)).toEqual([
      {
        'p1:part': [
          { 's1:section': [{ 't1:task': ['i1:item'] }, 't2:task'] },
          's2:section',
          { 'p2:section': [{ 'a1:task': ['t3:item', 't4:item'] }, { 'a2:task': ['t5:item'] }] },
        ],
      },
    ]);
    expect(ids(p)).toEqual(ids(t));
  });
  it('indent of a first child is refused', () => {
    const t = fixture();
    expect(code(() => indent(t, 'p1'))).toBe('invalid-move');
    expect(code(() => indent(t, 't3'))).toBe('invalid-move');
  });
  it('outdent: becomes the next sibling of its parent', () => {
    const t = fixture();
    // a task out of an action, into the part → section (it has no task children)
    const out = outdent(t, 't3');
    expect(shape(out[1].children)).toEqual([{ 'a1:action': ['t4:task'] }, 't3:section', { 'a2:action': ['t5:task'] }]);
    // an item out of its task → task, right after the task
    const o2 = outdent(t, 'i1');
    expect(shape(o2[0].children[0].children)).toEqual(['t1:task', 'i1:task', 't2:task']);
    // a section out of its part → part, right after the part
    const o3 = outdent(t, 's2');
    expect(o3.map((x) => `${x.id}:${x.kind}`)).toEqual(['p1:part', 's2:part', 'p2:part']);
    // an action with tasks outdented from a part gives a part; indenting it back gives an action again
    const o4 = outdent(t, 'a2');
    expect(o4.map((x) => `${x.id}:${x.kind}`)).toEqual(['p1:part', 'p2:part', 'a2:part']);
    // the part's children are tasks: not allowed under a part? they are (浦东 2011), so they stay tasks
    expect(findNode(o4, 't5')!.kind).toBe('task');
    expect(findNode(indent(o4, 'a2'), 'a2')!.kind).toBe('action');
  });
  it('outdent at the top level is refused', () => {
    expect(code(() => outdent(fixture(), 'p2'))).toBe('invalid-move');
    expect(code(() => outdent(fixture(), 'nope'))).toBe('not-found');
  });
});

describe('kind rules', () => {
  it('kindUnder follows the table', () => {
    expect(kindUnder(null, n('x', 'task'))).toBe('part');
    expect(kindUnder(null, n('x', 'appendix'))).toBe('appendix');
    expect(kindUnder('part', n('x', 'item'))).toBe('section');
    expect(kindUnder('part', n('x', 'action'))).toBe('action');
    expect(kindUnder('part', n('x', 'section', [n('y', 'task')]))).toBe('action');
    // 浦东 2011: tasks straight under parts stay tasks when the part holds tasks
    expect(kindUnder('part', n('x', 'task'), [n('t', 'task'), n('u', 'task')])).toBe('task');
    expect(kindUnder('action', n('x', 'section'))).toBe('task');
    expect(kindUnder('section', n('x', 'item'))).toBe('task');
    expect(isAllowed('section', 'item')).toBe(true);
    expect(kindUnder('task', n('x', 'part'))).toBe('item');
    expect(isAllowed('part', 'task')).toBe(true);
    expect(isAllowed('task', 'task')).toBe(false);
  });
  it('reordering tasks of 浦东 2011 (tasks under parts) keeps them tasks', () => {
    const f = readdirSync(join(__dirname, '..', '..', 'seeds')).find((x) => x.startsWith('001'))!;
    const doc = importText(readFileSync(join(__dirname, '..', '..', 'seeds', f), 'utf8'), f);
    const nodes = deepFreeze(doc.nodes);
    const t = nodes[1].children[3];
    const out = moveNode(nodes, t.id, nodes[0].id, 0);
    expect(out[0].children[0].id).toBe(t.id);
    expect(out[0].children[0].kind).toBe('task');
    expect(out[1].children.length).toBe(nodes[1].children.length - 1);
  });
});

describe('newNode', () => {
  it('gives fresh unique ids and applies overrides (never the id)', () => {
    const a = newNode('task', { heading: '甲', lead: ['区科委'] });
    const b = newNode('task');
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).toMatchObject({ kind: 'task', heading: '甲', lead: ['区科委'], body: '', children: [], number: '' });
    expect(newNode('item', { id: 'fixed' } as never).id).not.toBe('fixed');
    const many = new Set(Array.from({ length: 1000 }, () => newNode('item').id));
    expect(many.size).toBe(1000);
  });
});

describe('专栏 (box)', () => {
  /**
   * p1 ─ s1 ─ t1
   *    │    ├ b1 ─ b1i1
   *    │    │    └ b1i2 ─ b1i2a
   *    │    └ t2 ─ i2
   *    └ b2 ─ b2i1
   * b3 (top level)
   */
  const boxes = () =>
    deepFreeze([
      n('p1', 'part', [
        n('s1', 'section', [n('t1', 'task'), n('b1', 'box', [n('b1i1', 'item'), n('b1i2', 'item', [n('b1i2a', 'item')])]), n('t2', 'task', [n('i2', 'item')])]),
        n('b2', 'box', [n('b2i1', 'item')]),
      ]),
      n('b3', 'box'),
    ]);

  it('may stand at the top level and under a part, section, action or task, and holds only items', () => {
    for (const parent of [null, 'part', 'section', 'action', 'task'] as const) expect(isAllowed(parent, 'box'), String(parent)).toBe(true);
    for (const parent of ['item', 'appendix', 'box'] as const) expect(isAllowed(parent, 'box'), parent).toBe(false);
    expect(isAllowed('box', 'item')).toBe(true);
    for (const kind of ['part', 'section', 'action', 'task', 'appendix'] as const) expect(isAllowed('box', kind), kind).toBe(false);
  });

  it('keeps its kind wherever a box may stand, becomes an item elsewhere; what moves into a box becomes an item', () => {
    for (const parent of [null, 'part', 'section', 'action', 'task'] as const) expect(kindUnder(parent, n('x', 'box'))).toBe('box');
    expect(kindUnder('item', n('x', 'box'))).toBe('item');
    expect(kindUnder('appendix', n('x', 'box'))).toBe('item');
    expect(kindUnder('box', n('x', 'task'))).toBe('item');
    expect(kindUnder('box', n('x', 'section', [n('y', 'task')]))).toBe('item');
  });

  it('moves and outdents with its projects; a box among a part\'s children does not turn a task into a section', () => {
    const t = boxes();
    // the box of （一） moved to the top level: still a box, its projects (and their sub-items) unchanged
    const top = moveNode(t, 'b1', null, 1);
    expect(shape(top)).toEqual([
      { 'p1:part': [{ 's1:section': ['t1:task', { 't2:task': ['i2:item'] }] }, { 'b2:box': ['b2i1:item'] }] },
      { 'b1:box': ['b1i1:item', { 'b1i2:item': ['b1i2a:item'] }] },
      'b3:box',
    ]);
    // outdented from the section into the part: still a box
    expect((shape(outdent(t, 'b1')) as unknown[])[0]).toEqual({ 'p1:part': [{ 's1:section': ['t1:task', { 't2:task': ['i2:item'] }] }, { 'b1:box': ['b1i1:item', { 'b1i2:item': ['b1i2a:item'] }] }, { 'b2:box': ['b2i1:item'] }] });
    // indented under t1 (a task may hold a box)
    expect(findNode(indent(t, 'b1'), 't1')!.children.map((c) => `${c.id}:${c.kind}`)).toEqual(['b1:box']);
    // a task indented into the box becomes a project (item)
    const into = indent(t, 't2');
    expect(findNode(into, 'b1')!.children.map((c) => `${c.id}:${c.kind}`)).toEqual(['b1i1:item', 'b1i2:item', 't2:item']);
    // dropped onto an item, a box becomes an item, and so do its projects
    expect(shape([findNode(moveNode(t, 'b2', 'i2', 0), 'i2')!])).toEqual([{ 'i2:item': [{ 'b2:item': ['b2i1:item'] }] }]);
    // a task re-kinded under a part: a box among the part's children does not count against "the part holds tasks"
    expect(kindUnder('part', n('x', 'task'), [n('t', 'task'), n('bx', 'box')])).toBe('task');
    expect(kindUnder('part', n('x', 'task'), [n('s', 'section'), n('bx', 'box')])).toBe('section');
  });

  it('a box made a task (or a task made a box) fits the children: kinds a box cannot hold become items', () => {
    const t = boxes();
    const asBox = updateNode(t, 't2', { kind: 'box' });
    expect(shape([findNode(asBox, 't2')!])).toEqual([{ 't2:box': ['i2:item'] }]);
    const s = deepFreeze([n('s', 'section', [n('t', 'task', [n('i', 'item')])])]);
    expect(shape(updateNode(s, 's', { kind: 'box' }))).toEqual([{ 's:box': [{ 't:item': ['i:item'] }] }]);
  });
});
