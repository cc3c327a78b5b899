/**
 * Derived numbering: the five seeds renumber to what they wrote (where they are consistent),
 * and numbers follow moves and insertions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { applyNumbers, deriveNumbers, foldNumber, readNumber } from '../../shared/numbering';
import { findNode, insertNode, moveNode, newNode } from '../../shared/tree';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedFile = (prefix: string) => readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
const load = (prefix: string): PlanDoc => {
  const f = seedFile(prefix);
  return importText(readFileSync(join(SEEDS, f), 'utf8'), f);
};
const all = (nodes: PlanNode[]) => [...walk(nodes)].map((x) => x.node);
const byWritten = (nodes: PlanNode[], kind: PlanNode['kind'], number: string) =>
  all(nodes).find((n) => n.kind === kind && foldNumber(n.number) === foldNumber(number))!;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** Nodes whose derived number differs from the written one (after folding width and separators). */
function mismatches(doc: PlanDoc) {
  const derived = deriveNumbers(doc.nodes);
  return [...walk(doc.nodes)]
    .filter(({ node }) => foldNumber(derived.get(node.id)!) !== foldNumber(node.number))
    .map(({ node, path }) => ({ node, path, derived: derived.get(node.id)! }));
}

describe('readNumber / foldNumber', () => {
  it('reads the written forms of the seeds', () => {
    expect(readNumber('重点专项:16')).toEqual({ style: 'label', ordinal: 16, label: '重点专项', numeral: 'arabic' });
    expect(readNumber('重点任务二十三')).toEqual({ style: 'label', ordinal: 23, label: '重点任务', numeral: 'cn' });
    expect(readNumber('支撑体系二')).toMatchObject({ style: 'label', ordinal: 2, label: '支撑体系' });
    expect(readNumber('第三章')).toEqual({ style: 'chapter', ordinal: 3 });
    expect(readNumber('二十、')).toEqual({ style: 'cn', ordinal: 20 });
    expect(readNumber('（十二）')).toEqual({ style: 'cnparen', ordinal: 12 });
    expect(readNumber('5.')).toEqual({ style: 'arabic', ordinal: 5 });
    expect(readNumber('1、')).toEqual({ style: 'arabic', ordinal: 1 });
    expect(readNumber('3)')).toEqual({ style: 'paren', ordinal: 3 });
    expect(readNumber('⑥')).toEqual({ style: 'circled', ordinal: 6 });
    expect(readNumber('•').style).toBe('bullet');
    expect(readNumber('——').style).toBe('bullet');
    expect(readNumber('附件').style).toBe('appendix');
    expect(readNumber('').style).toBe('none');
  });
  it('folds width and separators', () => {
    expect(foldNumber('重点专项:16')).toBe(foldNumber('重点专项16'));
    expect(foldNumber('（一）')).toBe(foldNumber('(一)'));
    expect(foldNumber('1、')).toBe(foldNumber('1.'));
    expect(foldNumber('3)')).toBe(foldNumber('（3）'));
    expect(foldNumber('一、')).not.toBe(foldNumber('(一)'));
  });
});

describe('deriveNumbers on the seeds', () => {
  it('000 静安 2014: every number as written; 重点专项 run on 1–22 across 行动一…五', () => {
    const doc = load('000');
    expect(mismatches(doc)).toEqual([]);
    const d = deriveNumbers(doc.nodes);
    expect(d.get(byWritten(doc.nodes, 'task', '重点专项:16').id)).toBe('重点专项16');
    expect(d.get(byWritten(doc.nodes, 'task', '重点专项17').id)).toBe('重点专项17');
    expect(d.get(byWritten(doc.nodes, 'section', '(三)').id)).toBe('（三）'); // full-width per GB/T 15834
    expect(d.get(byWritten(doc.nodes, 'action', '行动五').id)).toBe('行动五');
    expect(d.get(doc.nodes[2].id)).toBe('三、');
    expect(d.get(doc.nodes[3].id)).toBe('附件'); // the only top-level appendix
    // bullets stay bullets
    const bullet = all(doc.nodes).find((n) => n.number === '•')!;
    expect(d.get(bullet.id)).toBe('•');
    // 推进原则 1、…5、 (items under a section) are at the 1. level
    expect(d.get(byWritten(doc.nodes, 'item', '5、').id)).toBe('5.');
  });

  it('001 浦东 2011: 重点任务一…二十三 run on across the two parts, in Chinese numerals', () => {
    const doc = load('001');
    expect(mismatches(doc)).toEqual([]);
    const d = deriveNumbers(doc.nodes);
    expect(d.get(doc.nodes[1].children[0].id)).toBe('重点任务五');
    expect(d.get(doc.nodes[1].children[18].id)).toBe('重点任务二十三');
  });

  it('002 杨浦 2015: 重点任务1–28 across 行动一…五, 支撑体系 and 重点专项1–20 restart in part 三', () => {
    const doc = load('002');
    const d = deriveNumbers(doc.nodes);
    const part3 = doc.nodes[2];
    expect(d.get(part3.children[0].id)).toBe('支撑体系一');
    expect(d.get(part3.children[0].children[0].id)).toBe('重点专项1');
    expect(d.get(part3.children[2].children[7].id)).toBe('重点专项20');
    expect(d.get(byWritten(doc.nodes, 'task', '重点任务28').id)).toBe('重点任务28');
    // The only disagreements are in 一、(二) 发展现状, where the plan's own numbering is broken:
    // the headings "1上一轮行动计划评估", "3存在的问题", "4发展诉求" lost their 、, so the 1)…4) and 1)…8)
    // lists of (3)/(4) land in the list of 2、调研总结, and 1)…3) + 2、 sit side by side (see seed-structure.md).
    const mm = mismatches(doc);
    expect(mm.length).toBe(16);
    for (const m of mm) {
      expect(m.node.kind).toBe('item');
      expect(m.path.map((p) => p.heading)).toContain('发展现状');
    }
    expect(mm.map((m) => m.node.number).slice(0, 4)).toEqual(['1)', '2)', '3)', '2、']);
  });

  it('003 奉贤 2020: plain 1.–19. run on across 行动一…五', () => {
    const doc = load('003');
    expect(mismatches(doc)).toEqual([]);
    const d = deriveNumbers(doc.nodes);
    const actions = doc.nodes[1].children.filter((n) => n.kind === 'action');
    expect(d.get(actions[1].children[0].id)).toBe('4.');
    expect(d.get(actions[4].children[2].id)).toBe('19.');
  });

  it('004 静安 十一五: a chapter plan keeps 第X章, sections 一、, tasks restart 1. in each section', () => {
    const doc = load('004');
    expect(mismatches(doc)).toEqual([]);
    const d = deriveNumbers(doc.nodes);
    expect(d.get(doc.nodes[3].id)).toBe('第四章');
    expect(d.get(doc.nodes[2].children[4].id)).toBe('五、');
    expect(d.get(doc.nodes[2].children[1].children[0].id)).toBe('1.');
    expect(d.get(doc.nodes[2].children[2].children[5].id)).toBe('6.');
  });

  it('a plan in 部分 (corpus 33: 第一部分 › 一、 › （一） › 1. › （1）) keeps 第X部分 and its sections step down: every number as written', () => {
    const f = join(__dirname, '..', 'corpus', 'docs', '33-five-levels.txt');
    const doc = importText(readFileSync(f, 'utf8'), '33-five-levels.txt');
    expect(mismatches(doc).map((m) => `${m.node.number} → ${m.derived}`)).toEqual([]);
    const d = deriveNumbers(doc.nodes);
    const tasks = doc.nodes[2];
    expect([d.get(tasks.id), d.get(tasks.children[0].id), d.get(tasks.children[0].children[0].id), d.get(tasks.children[0].children[0].children[0].id)])
      .toEqual(['第三部分', '一、', '（一）', '1.']);
  });
});

describe('numbers follow edits', () => {
  it('moving 重点专项3 from 行动一 to the end of 行动二 renumbers the tasks that follow', () => {
    const doc = load('000');
    const nodes = deepFreeze(doc.nodes);
    const part = nodes[1];
    const [a1, a2] = part.children;
    const t3 = a1.children[2];
    expect(t3.number).toBe('重点专项3');
    const moved = moveNode(nodes, t3.id, a2.id, a2.children.length);
    const d = deriveNumbers(moved);
    const na1 = findNode(moved, a1.id)!;
    const na2 = findNode(moved, a2.id)!;
    expect(na1.children.map((n) => d.get(n.id))).toEqual(['重点专项1', '重点专项2', '重点专项3', '重点专项4', '重点专项5']);
    expect(na1.children[2].heading).toBe('公共安全管理信息化'); // was 重点专项4
    expect(na2.children.map((n) => d.get(n.id))).toEqual(['重点专项6', '重点专项7', '重点专项8', '重点专项9', '重点专项10', '重点专项11', '重点专项12']);
    expect(na2.children[6].id).toBe(t3.id);
    expect(d.get(t3.id)).toBe('重点专项12');
    // 行动三 onwards unchanged
    expect(d.get(byWritten(moved, 'task', '重点专项13').id)).toBe('重点专项13');
    // the written numbers are untouched (the importer's record), only the derived ones change
    expect(findNode(moved, t3.id)!.number).toBe('重点专项3');
  });

  it('moving a task to another section of a chapter plan renumbers both sections', () => {
    const doc = load('004');
    const ch3 = doc.nodes[2];
    const s1 = ch3.children[0];
    const s2 = ch3.children[1];
    const moved = moveNode(doc.nodes, s1.children[0].id, s2.id, 0);
    const d = deriveNumbers(moved);
    expect(findNode(moved, s1.id)!.children.map((n) => d.get(n.id))).toEqual(['1.', '2.']);
    expect(findNode(moved, s2.id)!.children.map((n) => d.get(n.id))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('a new unnumbered task takes the family of its siblings', () => {
    const doc = load('000');
    const a1 = doc.nodes[1].children[0];
    const t = newNode('task', { heading: '新任务' });
    const next = insertNode(doc.nodes, a1.id, 0, t);
    const d = deriveNumbers(next);
    expect(d.get(t.id)).toBe('重点专项1');
    expect(d.get(byWritten(next, 'task', '重点专项22').id)).toBe('重点专项23');
  });
});

describe('a plan built in the editor (nothing written)', () => {
  const item2 = newNode('item');
  const item1 = newNode('item', { children: [item2] });
  const taskA = newNode('task', { children: [item1] });
  const taskB = newNode('task');
  const taskC = newNode('task');
  const actionA = newNode('action', { children: [taskA, taskB] });
  const actionB = newNode('action', { children: [taskC] });
  const secTask = newNode('task');
  const sec1 = newNode('section', { children: [newNode('task')] });
  const sec2 = newNode('section', { children: [secTask] });
  const part1 = newNode('part', { children: [sec1, sec2] });
  const part2 = newNode('part', { children: [actionA, actionB] });
  const app = newNode('appendix');
  const app2 = newNode('appendix');
  const nodes = deepFreeze([part1, part2, app, app2]);
  const d = deriveNumbers(nodes);

  it('uses 一、（一）1.（1）① and 行动一', () => {
    expect(d.get(part2.id)).toBe('二、');
    expect(d.get(sec2.id)).toBe('（二）');
    expect(d.get(secTask.id)).toBe('1.'); // restarts in each section
    expect(d.get(actionB.id)).toBe('行动二');
    expect(d.get(taskC.id)).toBe('3.'); // runs on across actions
    expect(d.get(item1.id)).toBe('（1）');
    expect(d.get(item2.id)).toBe('①');
    expect(d.get(app.id)).toBe('附件1');
    expect(d.get(app2.id)).toBe('附件2');
  });

  it('keeps 支撑体系 and 行动 apart, and applyNumbers copies without mutating', () => {
    const s1 = newNode('action', { number: '支撑体系一' });
    const s2 = newNode('action');
    const a = newNode('action', { number: '行动一' });
    const p = newNode('part', { children: [a, s1, s2] });
    const dd = deriveNumbers([p]);
    expect(dd.get(s2.id)).toBe('支撑体系二'); // takes the family of the first labelled sibling action… 
    expect(dd.get(a.id)).toBe('行动一');
    const out = applyNumbers(nodes);
    expect(out).not.toBe(nodes);
    expect(out[1].number).toBe('二、');
    expect(nodes[1].number).toBe('');
  });
});

describe('专栏 (box)', () => {
  const item = (number = '', children: PlanNode[] = []) => newNode('item', { number, children });
  // 一、 ─ （一） ─ 1. 专栏(1.(1) 2.) 2.   ; 二、 ─ 行动一 ─ 1. ─ 专栏(1.) ; top-level 专栏 ; 附件
  const sub = item();
  const b1i1 = item('', [sub]);
  const b1i2 = item();
  const box1 = newNode('box', { heading: '基础设施重点工程', children: [b1i1, b1i2] });
  const t1 = newNode('task');
  const t2 = newNode('task');
  const sec = newNode('section', { children: [t1, box1, t2] });
  const b2i1 = item();
  const box2 = newNode('box', { children: [b2i1] });
  const t3i = item();
  const t3 = newNode('task', { children: [t3i, box2] });
  const t4 = newNode('task');
  const act = newNode('action', { children: [t3, t4] });
  const bullet = item('•');
  const box3 = newNode('box', { children: [bullet, item()] });
  const part1 = newNode('part', { children: [sec] });
  const part2 = newNode('part', { children: [act] });
  const nodes = deepFreeze([part1, part2, box3, newNode('appendix')]);
  const d = deriveNumbers(nodes);

  it('boxes count 专栏1, 专栏2 … in document order across the whole plan, whatever part, section, action or task holds them', () => {
    expect(d.get(box1.id)).toBe('专栏1');
    expect(d.get(box2.id)).toBe('专栏2');
    expect(d.get(box3.id)).toBe('专栏3');
  });

  it('the projects of a box are 1. 2. …, one level below them （1）; bullets stay bullets and do not count', () => {
    expect(d.get(b1i1.id)).toBe('1.');
    expect(d.get(b1i2.id)).toBe('2.');
    expect(d.get(sub.id)).toBe('（1）');
    expect(d.get(b2i1.id)).toBe('1.'); // a box inside a task: still 1., not the task's （1）
    expect(d.get(t3i.id)).toBe('（1）');
    expect(d.get(bullet.id)).toBe('•');
    // an unnumbered point among bullets is a bullet too (issue 17: a new point takes its list's style)
    expect(d.get(box3.children[1].id)).toBe('•');
  });

  it('a box between tasks does not interrupt their numbers, and other counters are untouched', () => {
    expect(d.get(t1.id)).toBe('1.');
    expect(d.get(t2.id)).toBe('2.');
    expect(d.get(t3.id)).toBe('1.');
    expect(d.get(t4.id)).toBe('2.');
    expect(d.get(part2.id)).toBe('二、');
    expect(d.get(act.id)).toBe('行动一');
    expect(d.get(nodes[3].id)).toBe('附件');
  });

  it('reads 专栏1 and 专栏一 as written; keeps the Chinese numeral when the plan writes it so', () => {
    expect(readNumber('专栏1')).toMatchObject({ style: 'label', label: '专栏', ordinal: 1, numeral: 'arabic' });
    expect(readNumber('专栏十二')).toMatchObject({ style: 'label', label: '专栏', ordinal: 12, numeral: 'cn' });
    const a = newNode('box', { number: '专栏一' });
    const b = newNode('box'); // added in the editor: follows the plan's numeral
    const c = newNode('box', { number: '专栏3' }); // written in digits: keeps them
    const dd = deriveNumbers([newNode('part', { children: [a] }), newNode('part', { children: [newNode('section', { children: [b] }), c] })]);
    expect([dd.get(a.id), dd.get(b.id), dd.get(c.id)]).toEqual(['专栏一', '专栏二', '专栏3']);
  });

  it('numbers follow an insertion and a move; the numbering lint sees a gap in written box numbers', async () => {
    const { lintPlan } = await import('../../shared/lint');
    const extra = newNode('box', { heading: '新专栏' });
    const withNew = insertNode(nodes, part1.id, 0, extra);
    const dn = deriveNumbers(withNew);
    expect([dn.get(extra.id), dn.get(box1.id), dn.get(box2.id), dn.get(box3.id)]).toEqual(['专栏1', '专栏2', '专栏3', '专栏4']);
    const moved = deriveNumbers(moveNode(nodes, box3.id, sec.id, 0));
    expect([moved.get(box3.id), moved.get(box1.id), moved.get(box2.id)]).toEqual(['专栏1', '专栏2', '专栏3']);
    const written = [newNode('box', { number: '专栏1', heading: 'A' }), newNode('box', { number: '专栏3', heading: 'B' })];
    const doc = { meta: { title: 't', period: null, docNumber: null, preamble: '', notice: '' }, nodes: written } as unknown as PlanDoc;
    const gaps = lintPlan(doc).filter((f) => f.rule === 'numbering-gap');
    expect(gaps.map((f) => f.nodeId)).toEqual([written[1].id]);
    // a box needs its title, like a section
    const untitled = newNode('box', { number: '专栏1' });
    const empty = lintPlan({ ...doc, nodes: [untitled] } as PlanDoc).filter((f) => f.rule === 'empty-heading');
    expect(empty.map((f) => [f.nodeId, f.message])).toEqual([[untitled.id, '专栏“专栏1”没有标题']]);
  });
});

describe('an action under a section (corpus 140: （一）X工程 ⏎ 1.X行动 ⏎ （1）task)', () => {
  const text = [
    '南屿县乡村振兴实施方案',
    '一、重点任务',
    '（一）实施产业提质工程',
    '1.粮食安全保障行动',
    '（1）稳定粮食生产。落实粮食生产责任。（责任单位：县农业农村局）',
    '（2）建设高标准农田。新建高标准农田3万亩。（责任单位：县农业农村局）',
    '2.特色产业壮大行动',
    '（1）做强茶叶产业。新增茶园5000亩。（责任单位：县林业局）',
  ].join('\n');
  it('is numbered by the level after the section (1.), its tasks by the next one (（1）), as written — not 行动一 beside the section', () => {
    const doc = importText(text, 'x.txt');
    expect(mismatches(doc).map((m) => `${m.node.number}→${m.derived}`)).toEqual([]);
    const action = byWritten(doc.nodes, 'action', '2.');
    expect(deriveNumbers(doc.nodes).get(action.id)).toBe('2.');
  });
  it('an action written with its label keeps it (行动一 under a section)', () => {
    const doc = importText(text.replace('1.粮食安全保障行动', '行动一 粮食安全保障行动').replace('2.特色产业壮大行动', '行动二 特色产业壮大行动'), 'x.txt');
    const labelled = all(doc.nodes).filter((n) => n.kind === 'action').map((n) => deriveNumbers(doc.nodes).get(n.id));
    expect(labelled).toEqual(['行动一', '行动二']);
  });
});

describe('tasks under a section of a section (corpus 157: 一、X處 ⏎ （一）年度施政重點 ⏎ 1.task; session 35)', () => {
  // (another style: a 第X章-less plan of four levels whose （一） work headings stand under 一、 sections of a part)
  const text = [
    '临湖街道2026年工作计划',
    '壹、工作目标',
    '全年完成固定资产投资12亿元。',
    '贰、重点工作',
    '一、城市建设',
    '（一）工作目标',
    '完成老旧小区改造8个。',
    '（二）重点任务',
    '1.推进老旧小区改造。完成改造8个。（牵头科室：城建办）',
    '2.整治背街小巷。整治背街小巷20条。（牵头科室：城管办）',
    '二、社会事业',
    '（一）工作目标',
    '新增托育托位120个。',
    '（二）重点任务',
    '1.发展普惠托育。新增托育托位120个。（牵头科室：社会事务办）',
  ].join('\n');
  it('the tasks are numbered by the level after their section (（1）), not with its own 2.', () => {
    const doc = importText(text, 'x.txt');
    const t = all(doc.nodes).find((n) => n.heading === '整治背街小巷')!;
    expect(t.kind).toBe('task');
    expect(deriveNumbers(doc.nodes).get(t.id)).toBe('（2）');
    const s = all(doc.nodes).find((n) => n.heading === '重点任务')!;
    expect(deriveNumbers(doc.nodes).get(s.id)).toBe('2.');
  });
});
