/**
 * lintPlan: every rule fires on a hand-made plan and stays quiet on correct text; on the five seeds it
 * reports the defects found by reading them (docs/seed-structure.md and the seed text, line numbers below).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { applyFix, applyFixes, fixDocNumber, halfWidthPunctuation, lintPlan, unmatchedBrackets, type Finding } from '../../shared/lint';
import { findNode } from '../../shared/tree';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const load = (prefix: string): PlanDoc => {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix))!;
  return importText(readFileSync(join(SEEDS, f), 'utf8'), f);
};
const all = (nodes: PlanNode[]) => [...walk(nodes)].map((x) => x.node);

let seq = 0;
const node = (kind: PlanNode['kind'], over: Partial<PlanNode> = {}): PlanNode => ({
  id: `x${++seq}`, kind, number: '', heading: '标题', body: '', lead: ['区科委'], partners: [], indicators: [], milestones: [], themes: [], children: [], ...over,
});
const plan = (nodes: PlanNode[], meta: Partial<PlanDoc['meta']> = {}): PlanDoc => ({
  format: 'plan-workbench/v1',
  meta: {
    title: '杨浦区推进智慧城市建设三年行动计划（2027—2029年）', district: '杨浦区', city: '上海市', period: { start: 2027, end: 2029 },
    issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '', ...meta,
  },
  nodes,
});
const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const only = (fs: Finding[], rule: Finding['rule']) => fs.filter((f) => f.rule === rule);
const marked = (text: string) => halfWidthPunctuation(text).map((p) => `${p.start}${p.char}`);

describe('half-width punctuation', () => {
  it('flags , . : ; ( ) in Chinese text, with the full-width fix', () => {
    expect(marked('推进建设,完善机制.')).toEqual(['4,', '9.']);
    expect(marked('主要包括:一是;二是')).toEqual(['4:', '7;']);
    expect(marked('行动方案(2014-2016)')).toEqual(['4(', '14)']);
    expect(marked('第四代移动通信(4G)建设')).toEqual(['7(', '10)']);
    expect(marked('达到85,在全市保持领先')).toEqual(['4,']);
    expect(marked('“智慧城市”,推进')).toEqual(['6,']);
    const doc = plan([node('part', { heading: '总体要求', body: '加快建设,推进' })]);
    const f = only(lintPlan(doc), 'halfwidth-punct');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'body', range: { start: 4, end: 5 }, fix: { replacement: '，' }, severity: 'info' });
    expect(f[0].message).toContain('半角');
    expect(f[0].messageEn).toContain('Half-width comma');
    expect(applyFix(doc, f[0]).nodes[0].body).toBe('加快建设，推进');
  });
  it('stays quiet on numbers, list numbers, URLs, Latin text and correct text', () => {
    for (const t of [
      '推进工业4.0在全球', '到2014-2016年', '达到1,000个', '时间10:30开始', '1.营造电子商务的发展环境', '配合落实市i-shanghai 2.0计划',
      '访问https://www.shanghai.gov.cn/a,b;c:d(e)获取', '联系zhang.san@jingan.gov.cn。', 'Hello, world. See (this): ok; fine.',
      '推进建设，完善机制。主要包括：一是；二是（试行）', '等...', '光纤覆盖率 98%',
    ]) expect(marked(t), t).toEqual([]);
  });
});

describe('unmatched brackets and quotes', () => {
  const um = (t: string) => unmatchedBrackets(t).map((u) => `${u.start}${u.char}`);
  it('fires on a missing partner, per paragraph', () => {
    expect(um('根据《上海市推进智慧城市建设行动计划')).toEqual(['2《']);
    expect(um('【牵头单位:区科委')).toEqual(['0【']);
    expect(um('区科委)')).toEqual(['3)']);
    expect(um('一门式受理,全区通办”,并')).toEqual(['10”']);
    expect(um('《（》')).toEqual(['1（']);
    expect(um('“第一段\n第二段”')).toEqual(['0“', '8”']);
    const f = only(lintPlan(plan([node('task', { body: '(责任单位:区科委' })])), 'unmatched-bracket');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ range: { start: 0, end: 1 }, severity: 'warning' });
  });
  it('is quiet on matched pairs, mixed widths and apostrophes', () => {
    for (const t of ['“智慧城市”', '（责任单位:区科委)', '〔2020〕', '《上海市智慧社区建设指南(试行)》', 'Shanghai’s plan', '‘一网通办’', '【牵头单位:区科委】'])
      expect(um(t), t).toEqual([]);
  });
});

describe('document number', () => {
  it('fires on [] 【】 () forms and leading zeros, with a 〔〕 fix', () => {
    expect(fixDocNumber('杨府办发[2016]30号')).toBe('杨府办发〔2016〕30号');
    expect(fixDocNumber('沪府办【2020】5号')).toBe('沪府办〔2020〕5号');
    expect(fixDocNumber('沪府(2020)27号')).toBe('沪府〔2020〕27号');
    expect(fixDocNumber('沪府（2020）27号')).toBe('沪府〔2020〕27号');
    expect(fixDocNumber('沪府〔2020〕027号')).toBe('沪府〔2020〕27号');
    const doc = plan([], { docNumber: '杨府办发[2016]30号' });
    const [f] = only(lintPlan(doc), 'doc-number-format');
    expect(f).toMatchObject({ nodeId: null, field: 'meta.docNumber', severity: 'error', fix: { replacement: '杨府办发〔2016〕30号' } });
    expect(applyFix(doc, f).meta.docNumber).toBe('杨府办发〔2016〕30号');
    const odd = only(lintPlan(plan([], { docNumber: '第30号文件' })), 'doc-number-format');
    expect(odd).toHaveLength(1);
    expect(odd[0].fix).toBeUndefined();
  });
  it('is quiet on a correct number and on none', () => {
    expect(only(lintPlan(plan([], { docNumber: '杨府办发〔2016〕30号' })), 'doc-number-format')).toEqual([]);
    expect(only(lintPlan(plan([], { docNumber: null })), 'doc-number-format')).toEqual([]);
  });
});

describe('structured fields', () => {
  it('a plan without a title (a notice excerpt imported without one): one warning on meta.title, saying what the exports print', () => {
    const f = only(lintPlan(plan([node('task')], { title: ' ' })), 'plan-no-title');
    expect(f.map((x) => [x.severity, x.nodeId, x.field])).toEqual([['warning', null, 'meta.title']]);
    expect(f[0].message).toContain('（无标题）');
    expect(only(lintPlan(plan([node('task')], { title: '南屿县稳经济工作意见' })), 'plan-no-title')).toEqual([]);
  });
  it('empty headings on part/section/action/task, not on items', () => {
    const doc = plan([node('part', { heading: '', children: [node('action', { heading: '  ', children: [node('task', { heading: '', children: [node('item', { heading: '' })] })] })] })]);
    const f = only(lintPlan(doc), 'empty-heading');
    expect(f.map((x) => findNode(doc.nodes, x.nodeId!)!.kind)).toEqual(['part', 'action', 'task']);
    expect(f[0].severity).toBe('error');
    expect(only(lintPlan(plan([node('part', { children: [node('section')] })])), 'empty-heading')).toEqual([]);
  });
  it('task without lead department', () => {
    const doc = plan([node('part', { children: [node('task', { lead: [], partners: ['区科委'] }), node('task')] })]);
    const f = only(lintPlan(doc), 'task-no-lead');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'lead', nodeId: doc.nodes[0].children[0].id });
  });
  it('indicators without value or with a year outside the period', () => {
    const ind = (value: number | null, year: number | null) => ({ name: '5G基站', value, unit: '个', comparator: '>=' as const, year, text: '' });
    const doc = plan([node('task', { indicators: [ind(null, 2029), ind(3000, 2030), ind(3000, null), ind(3000, 2027)] })]);
    const f = lintPlan(doc).filter((x) => x.rule.startsWith('indicator'));
    expect(f.map((x) => `${x.rule}@${x.field}`)).toEqual(['indicator-no-value@indicators[0]', 'indicator-year@indicators[1]']);
    expect(f[1].message).toContain('2030');
    // no period: years are not checked
    expect(rules(lintPlan(plan([node('task', { indicators: [ind(1, 1990)] })], { period: null })))).not.toContain('indicator-year');
  });
  it('milestone years outside the period', () => {
    const doc = plan([node('task', { milestones: [{ year: 2026, stage: '启动', text: '' }, { year: 2027, stage: '启动', text: '' }, { year: 2029, stage: '完成', text: '' }] })]);
    const f = only(lintPlan(doc), 'milestone-year');
    expect(f.map((x) => x.field)).toEqual(['milestones[0]']);
  });
  it('a milestone entered twice (same year, stage and text) is flagged, and the fix removes the copy', () => {
    const ms = [
      { year: 2027, stage: '启动' as const, text: '完成试点建设' },
      { year: 2027, stage: '完成' as const, text: '完成试点建设' }, // another stage: not a copy
      { year: 2028, stage: '启动' as const, text: '完成试点建设' }, // another year: not a copy
      { year: 2027, stage: '启动' as const, text: ' 完成试点建设' }, // the first again (spaces aside)
      { year: 2027, stage: null, text: '' }, // being typed
      { year: 2027, stage: null, text: '' },
      { year: 2027, stage: '启动' as const, text: '完成试点建设' }, // a third time
    ];
    const doc = plan([node('task', { milestones: ms })]);
    const f = only(lintPlan(doc), 'milestone-duplicate');
    expect(f.map((x) => x.field)).toEqual(['milestones[3]', 'milestones[6]']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('年度节点重复:2027年启动“完成试点建设”已有一条(导出的文档会印两次,重新导入只得一条)');
    // one fix: that copy goes, the others stay in order
    const one = applyFix(doc, f[1]).nodes[0].milestones;
    expect(one).toEqual([ms[0], ms[1], ms[2], ms[3], ms[4], ms[5]]);
    // all at once (from the end of the list): one of each is left, nothing flagged
    const fixed = applyFixes(doc, f);
    expect(fixed.nodes[0].milestones).toEqual([ms[0], ms[1], ms[2], ms[4], ms[5]]);
    expect(only(lintPlan(fixed), 'milestone-duplicate')).toEqual([]);
    expect(doc.nodes[0].milestones).toHaveLength(7); // the input is not changed
  });
});

describe('numbering as written', () => {
  const tasks = (...nums: string[]) => nums.map((number) => node('task', { number }));
  it('fires on a gap, a duplicate, a backwards step and a run that starts above 1', () => {
    const gap = lintPlan(plan([node('part', { number: '一、', children: [node('action', { number: '行动一', children: tasks('重点专项14', '重点专项15', '重点专项17') })] })]));
    // starts at 14 (missing 1–13) and skips 16
    expect(only(gap, 'numbering-gap').map((f) => f.message)).toEqual([
      '原文编号从“重点专项14”开始,缺少第 1–13 号',
      '原文编号不连续:“重点专项15”之后是“重点专项17”,缺少第 16 号',
    ]);
    const dup = lintPlan(plan([node('part', { number: '一、', children: [node('section', { number: '(一)', children: tasks('1.', '2.', '2.', '3.') })] })]));
    expect(only(dup, 'numbering-gap').map((f) => f.messageEn)).toEqual(['Duplicate written number "2."']);
    const back = lintPlan(plan([node('part', { number: '一、', children: [node('section', { number: '(一)', children: tasks('1.', '3.', '2.') })] })]));
    expect(only(back, 'numbering-gap').map((f) => f.messageEn)).toEqual(['Written numbering gap: "1." is followed by "3." (missing 2)', 'Written numbering goes backwards: "3." then "2."']);
    // run-on across actions: 1–3 then 5
    const across = lintPlan(plan([node('part', { number: '一、', children: [
      node('action', { number: '行动一', children: tasks('重点专项1', '重点专项2', '重点专项3') }),
      node('action', { number: '行动二', children: tasks('重点专项5') }),
    ] })]));
    expect(only(across, 'numbering-gap').map((f) => f.message)).toEqual(['原文编号不连续:“重点专项3”之后是“重点专项5”,缺少第 4 号']);
  });
  it('is quiet on runs that continue across actions or restart in each section', () => {
    const doc = plan([
      node('part', { number: '一、', children: [
        node('section', { number: '(一)', children: tasks('1、', '2、') }),
        node('section', { number: '(二)', children: tasks('1、', '2、', '3、') }),
      ] }),
      node('part', { number: '二、', children: [
        node('action', { number: '行动一', children: tasks('重点专项1', '重点专项2') }),
        node('action', { number: '行动二', children: tasks('重点专项3') }),
      ] }),
    ]);
    expect(only(lintPlan(doc), 'numbering-gap')).toEqual([]);
  });
  it('number-format: a stray colon, with a fix', () => {
    const doc = plan([node('part', { number: '一、', children: [node('action', { number: '行动一', children: tasks('重点专项15', '重点专项:16') })] })]);
    const f = only(lintPlan(doc), 'number-format');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ field: 'number', fix: { replacement: '重点专项16' } });
    expect(applyFix(doc, f[0]).nodes[0].children[0].children[1].number).toBe('重点专项16');
    expect(only(lintPlan(applyFix(doc, f[0])), 'number-format')).toEqual([]);
  });
});

describe('the five seeds', () => {
  const lints = new Map<string, Finding[]>();
  const docs = new Map<string, PlanDoc>();
  for (const s of ['000', '001', '002', '003', '004']) {
    const d = load(s);
    docs.set(s, d);
    lints.set(s, lintPlan(d));
  }
  const count = (s: string) => {
    const c: Record<string, number> = {};
    for (const f of lints.get(s)!) c[f.rule] = (c[f.rule] ?? 0) + 1;
    return c;
  };
  const at = (s: string, f: Finding) => {
    const d = docs.get(s)!;
    const n = f.nodeId ? findNode(d.nodes, f.nodeId)! : null;
    const text: string = n ? (n as unknown as Record<string, string>)[f.field] : (d.meta as unknown as Record<string, string>)[f.field.slice(5)];
    return { n, text };
  };

  it('000 静安 2014: the stray colon of 重点专项:16 (l154), no gap; half-width punctuation throughout', () => {
    const c = count('000');
    expect(Object.keys(c).sort()).toEqual(['halfwidth-punct', 'number-format']);
    const [nf] = only(lints.get('000')!, 'number-format');
    expect(at('000', nf).n!.number).toBe('重点专项:16');
    expect(nf.fix!.replacement).toBe('重点专项16');
    const hw = only(lints.get('000')!, 'halfwidth-punct');
    // 行动三 heading "着眼于产业创新,发展高端化的智慧商务" (l137)
    const a3 = all(docs.get('000')!.nodes).find((n) => n.number === '行动三')!;
    expect(hw.filter((f) => f.nodeId === a3.id && f.field === 'heading').map((f) => [a3.heading.slice(f.range!.start - 2, f.range!.end + 2), f.fix!.replacement])).toEqual([['创新,发展', '，']]);
    // the title's (2014-2016)
    expect(hw.filter((f) => f.field === 'meta.title').map((f) => f.fix!.replacement)).toEqual(['（', '）']);
    // "i-shanghai 2.0计划" (重点专项18) has its comma flagged but not the 2.0
    const t18 = all(docs.get('000')!.nodes).find((n) => n.number === '重点专项18')!.children[0];
    const dot = t18.body.indexOf('2.0');
    expect(dot).toBeGreaterThan(0);
    expect(hw.some((f) => f.nodeId === t18.id && f.range!.start === dot + 1)).toBe(false);
    expect(hw.some((f) => f.nodeId === t18.id && t18.body[f.range!.start] === ',')).toBe(true);
    // after applying every quick fix, no half-width punctuation is left
    const fixed = applyFixes(docs.get('000')!, hw);
    expect(only(lintPlan(fixed), 'halfwidth-punct')).toEqual([]);
    expect(fixed.meta.title).toBe('静安区推进智慧城区建设三年行动方案（2014-2016）');
    expect(docs.get('000')!.meta.title).toBe('静安区推进智慧城区建设三年行动方案(2014-2016)');
  });

  it('001 浦东 2011: nothing but half-width punctuation', () => {
    expect(Object.keys(count('001'))).toEqual(['halfwidth-punct']);
  });

  it('002 杨浦 2015: broken brackets and quotes, 重点专项 without departments, the lost 1、 of 发展现状', () => {
    const fs = lints.get('002')!;
    const ub = only(fs, 'unmatched-bracket').map((f) => {
      const { n, text } = at('002', f);
      return `${n!.number || n!.kind}:${text[f.range!.start]}`;
    });
    expect(ub).toEqual([
      '3):(',             // l83 "(如优生优育APP,…" never closed
      '重点任务2:)',       // l241: the 责任单位 bracket has no opening "("
      '重点任务4:(',       // l267 unclosed
      '重点任务5:(',       // l271 unclosed
      '重点任务6:(',       // l275 truncated "(责任单位:区绿化市容"
      '重点任务11:”',      // l303 "…一门式受理,全区通办”" lost its opening quote
      'appendix:”', 'appendix:”', 'appendix:”', 'appendix:”', // l698–702 and l734 lost their opening quotes
    ]);
    // part 三: 重点专项1–20 name no departments (seed-structure: "There are no departments")
    const noLead = only(fs, 'task-no-lead').map((f) => at('002', f).n!.number);
    expect(noLead).toEqual(Array.from({ length: 20 }, (_, i) => `重点专项${i + 1}`));
    // 一、(二): "1上一轮行动计划评估" lost its 、, so the list starts at 2、调研总结
    const gaps = only(fs, 'numbering-gap');
    expect(gaps).toHaveLength(1);
    expect(at('002', gaps[0]).n!.heading).toBe('调研总结');
    expect(gaps[0].message).toBe('原文编号从“2、”开始,缺少第 1 号');
    // 杨府办发〔2016〕30号 is well formed; "工业4.0" is not punctuation
    expect(count('002')['doc-number-format']).toBeUndefined();
    expect(fs.some((f) => f.rule === 'halfwidth-punct' && at('002', f).text.slice(f.range!.start - 3, f.range!.start + 2) === '业4.0在')).toBe(false);
  });

  it('003 奉贤 2020: the 【牵头单位 of task 16 that lost its 】 (l108)', () => {
    const fs = lints.get('003')!;
    expect(Object.keys(count('003')).sort()).toEqual(['halfwidth-punct', 'unmatched-bracket']);
    const [ub] = only(fs, 'unmatched-bracket');
    const { n, text } = at('003', ub);
    expect(n!.number).toBe('16.');
    expect(text.slice(ub.range!.start, ub.range!.start + 6)).toBe('【牵头单位:');
  });

  it('004 静安 十一五: no departments at all (20 tasks), one half-width comma among full-width text', () => {
    expect(count('004')).toEqual({ 'task-no-lead': 20, 'halfwidth-punct': 1 });
    const [hw] = only(lints.get('004')!, 'halfwidth-punct');
    const { n, text } = at('004', hw);
    expect(n!.heading).toBe('加快社会管理和城市建设信息化');
    expect(text.slice(hw.range!.start - 4, hw.range!.start + 5)).toBe('整体提升,深化城区');
  });

  it('is fast (timing printed, not asserted)', () => {
    const d = docs.get('002')!;
    for (let i = 0; i < 5; i++) lintPlan(d);
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      lintPlan(d);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    console.log(`lintPlan(seed 002, 97 KB): median ${runs[10].toFixed(2)} ms, min ${runs[0].toFixed(2)} ms over 20 runs`);
    expect(runs.length).toBe(20);
  });
});
