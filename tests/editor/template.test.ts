/**
 * New plans from a template: seed 000 (静安 2014–2016) → 杨浦区 2027–2029, strings looked up in the seed
 * (line numbers of seeds/000_….txt); and the blank skeleton.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { PlanDoc, walk, type PlanNode } from '../../shared/model/plan';
import { deriveNumbers } from '../../shared/numbering';
import { blankPlan, districtShortName, fiveYearName, fiveYearPeriod, makeRewriter, planFromTemplate } from '../../shared/template';
import { applyFixes, dismissTemplateRef, lintPlan } from '../../shared/lint';
import { updateNode } from '../../shared/tree';
import { insertNode } from '../../shared/tree';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const load = (prefix: string): PlanDoc => {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix))!;
  return importText(readFileSync(join(SEEDS, f), 'utf8'), f);
};
const all = (nodes: PlanNode[]) => [...walk(nodes)].map((x) => x.node);
const allText = (nodes: PlanNode[]) => all(nodes).map((n) => `${n.heading}\n${n.body}`).join('\n');

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('planFromTemplate: 静安 2014–2016 → 杨浦区 2027–2029 (full)', () => {
  const tpl = deepFreeze(load('000'));
  const before = JSON.stringify(tpl);
  const plan = planFromTemplate(tpl, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'plan-000' });
  const src = all(tpl.nodes);
  const out = all(plan.nodes);

  it('is a valid plan-workbench/v1 draft based on the template, with a derived title', () => {
    expect(PlanDoc.safeParse(plan).success).toBe(true);
    expect(plan.meta).toMatchObject({
      title: '杨浦区推进智慧城区建设三年行动方案(2027-2029)',
      district: '杨浦区',
      city: '上海市',
      period: { start: 2027, end: 2029 },
      status: 'draft',
      basedOn: 'plan-000',
      source: null,
      docNumber: null,
      issuedOn: null,
      notice: '',
      issuer: '上海市杨浦区人民政府办公室',
    });
    expect(plan.report).toBeUndefined();
    expect(JSON.stringify(tpl)).toBe(before); // (frozen anyway)
  });

  it('gives every node a new id and marks it unreviewed, keeping the structure', () => {
    expect(out.length).toBe(src.length);
    const oldIds = new Set(src.map((n) => n.id));
    expect(out.every((n) => !oldIds.has(n.id))).toBe(true);
    expect(new Set(out.map((n) => n.id)).size).toBe(out.length);
    expect(out.every((n) => n.unreviewed === true)).toBe(true);
    expect(out.map((n) => `${n.kind}${n.number}`)).toEqual(src.map((n) => `${n.kind}${n.number}`));
    expect(deriveNumbers(plan.nodes).get(out.find((n) => n.number === '重点专项:16')!.id)).toBe('重点专项16');
  });

  it('shifts the target year: l54 "到2016年底" (发展目标) → 2029, indicators 2016 → 2029', () => {
    const goals = out.find((n) => n.kind === 'section' && n.heading === '发展目标')!;
    expect(goals.body).toContain('经过三年持续推进,到2029年底,基本构建起');
    expect(goals.body).not.toContain('2016');
    const inds = out.flatMap((n) => n.indicators);
    expect(inds.map((i) => `${i.name}=${i.value}${i.unit}@${i.year}`)).toEqual([
      '家庭光纤入户率=60%@2029', '家庭光纤用户平均互联网接入带宽=40兆比特/秒@2029', '用户普及率=70%@2029',
    ]);
    // the appendix title repeats the plan title and period
    expect(out.find((n) => n.kind === 'appendix')!.heading).toContain('杨浦区推进智慧城区建设三年行动方案(2027-2029)主要任务一览');
  });

  it('keeps citations of other documents: l14 《上海市推进智慧城市建设行动计划(2011-2013)》 and (2014-2016)', () => {
    expect(plan.meta.preamble).toContain('对接《上海市推进智慧城市建设行动计划(2011-2013)》,落实杨浦智慧城区建设规划');
    expect(plan.meta.preamble).toContain('根据《上海市推进智慧城市建设行动计划(2014-2016)》、《静安区信息化发展“十二五”规划》和《静安区智慧城区建设规划(2011-2015)》');
  });

  it('replaces the district where it names it: 智慧静安 (l62), 上海静安, 静安区门户网站, 公安静安分局', () => {
    const text = allText(plan.nodes);
    expect(text).toContain('围绕“智慧杨浦”建设目标');
    expect(text).toContain('完善“上海杨浦”门户网站功能');
    expect(text).toContain('加强杨浦区门户网站内容建设');
    expect(text).toContain('探索建设智慧杨浦图书馆');
    expect(text).toContain('公共信用信息服务平台杨浦子平台');
    expect(text).not.toContain('智慧静安');
    const depts = out.flatMap((n) => [...n.lead, ...n.partners]);
    expect(depts).toContain('公安杨浦分局');
    expect(depts.some((d) => d.includes('静安'))).toBe(false);
    // but not inside place names: 静安寺 (l145) and 张江静安园 (l141)
    expect(text).toContain('推动南京西路、静安寺、曹家渡等重点商圈');
    expect(text).toContain('围绕张江静安园建设');
  });
});

describe('templates stay honest: 静安 2014–2016 → 2027–2029, the frame moves, references to other documents are flagged', () => {
  const tpl = deepFreeze(load('000'));
  const plan = planFromTemplate(tpl, { district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full', templateId: 'plan-000' });
  const out = all(plan.nodes);
  const src = all(tpl.nodes);
  const refs = plan.meta.templateRefs ?? [];

  it('moves the frame: title period (l12), the target year (l46 到2016年底), indicator years', () => {
    expect(plan.meta.title).toBe('静安区推进智慧城区建设三年行动方案(2027-2029)');
    expect(out.find((n) => n.heading === '发展目标')!.body).toContain('经过三年持续推进,到2029年底,基本构建起');
    expect(new Set(out.flatMap((n) => n.indicators.map((i) => i.year)))).toEqual(new Set([2029]));
  });

  it('keeps l78 "贯彻落实市委2014年一号课题" as written (a dated reference to another document) and flags it', () => {
    const i = src.findIndex((n) => n.body.includes('市委2014年一号课题'));
    expect(i).toBeGreaterThan(0);
    expect(out[i].body).toContain('贯彻落实市委2014年一号课题,建设居民区事务信息系统');
    expect(out[i].body).not.toContain('2027年一号课题');
    expect(refs).toContainEqual({ nodeId: out[i].id, field: 'body', quote: '市委2014年一号课题', kind: 'dated' });
  });

  it('keeps the l14 preamble citations as written and flags every one: earlier plans, the city plan of 2014–2016, 十二五/十三五', () => {
    const pre = plan.meta.preamble;
    expect(pre).toContain('对接《上海市推进智慧城市建设行动计划(2011-2013)》');
    expect(pre).toContain('根据《上海市推进智慧城市建设行动计划(2014-2016)》、《静安区信息化发展“十二五”规划》和《静安区智慧城区建设规划(2011-2015)》,衔接区信息化发展“十三五”前期研究');
    expect(refs.filter((r) => r.field === 'meta.preamble').map((r) => `${r.kind}:${r.quote}`).sort()).toEqual([
      'five-year:十三五',
      'title:《上海市推进智慧城市建设行动计划(2011-2013)》',
      'title:《上海市推进智慧城市建设行动计划(2014-2016)》',
      'title:《静安区信息化发展“十二五”规划》',
      'title:《静安区智慧城区建设规划(2011-2015)》',
    ].sort());
  });

  it('rewrites nothing silently: every year that changed is in the new frame, and every flagged reference is verbatim in the template', () => {
    const years = (t: string) => (t.match(/(?:19|20)\d{2}/g) ?? []);
    const pairs: [string, string][] = [[tpl.meta.title, plan.meta.title], [tpl.meta.preamble, plan.meta.preamble],
      ...src.flatMap((n, k): [string, string][] => [[n.heading, out[k].heading], [n.body, out[k].body]])];
    let shifted = 0;
    for (const [a, b] of pairs) {
      const ya = years(a);
      const yb = years(b);
      expect(yb.length).toBe(ya.length);
      yb.forEach((y, k) => {
        if (y === ya[k]) return;
        shifted++;
        expect(Number(y) - Number(ya[k])).toBe(13);
        expect(Number(y)).toBeGreaterThanOrEqual(2026);
        expect(Number(y)).toBeLessThanOrEqual(2030);
      });
    }
    expect(shifted).toBeGreaterThanOrEqual(4); // title, 发展目标, the appendix title's period (2 years each for ranges)
    for (const r of refs) {
      const field = r.nodeId === null ? (plan.meta as unknown as Record<string, string>)[r.field.slice(5)] : (out.find((n) => n.id === r.nodeId) as unknown as Record<string, string>)[r.field];
      expect(field).toContain(r.quote);
      expect(tpl.meta.preamble + allText(tpl.nodes)).toContain(r.quote);
    }
  });

  it('lint names each reference (template-reference) until it is edited away or dismissed; fix-all resolves none', () => {
    const hints = lintPlan(plan).filter((f) => f.rule === 'template-reference');
    expect(hints.length).toBe(refs.length);
    const topic = hints.find((f) => f.message.includes('“市委2014年一号课题”'))!;
    expect(topic.severity).toBe('warning');
    expect(topic.message).toContain('2027–2029');
    const node = out.find((n) => n.id === topic.nodeId)!;
    expect(node.body.slice(topic.range!.start, topic.range!.end)).toBe('市委2014年一号课题');
    // 全部修复 (half-width punctuation: (2011-2013) → （2011-2013）) is mechanical: every hint stays
    const fixed = applyFixes(plan, lintPlan(plan).filter((f) => f.fix));
    expect(fixed.meta.preamble).toContain('《上海市推进智慧城市建设行动计划（2011-2013）》');
    expect(lintPlan(fixed).filter((f) => f.rule === 'template-reference').length).toBe(refs.length);
    expect(all(fixed.nodes).every((n) => n.unreviewed === true)).toBe(true);
    // resolving by editing the reference
    const edited: PlanDoc = { ...plan, nodes: updateNode(plan.nodes, node.id, { body: node.body.replace('市委2014年一号课题', '市委2027年一号课题') }, 'content') };
    expect(lintPlan(edited).filter((f) => f.rule === 'template-reference').length).toBe(refs.length - 1);
    // resolving by dismissing (keeping it as written)
    const title = hints.find((f) => f.message.includes('(2011-2013)'))!;
    const kept = dismissTemplateRef(plan, title);
    expect(kept.meta.preamble).toBe(plan.meta.preamble);
    expect(kept.meta.templateRefs!.length).toBe(refs.length - 1);
    expect(lintPlan(kept).some((f) => f.id === title.id)).toBe(false);
    expect(PlanDoc.safeParse(kept).success).toBe(true);
  });

  it('flags nothing when the period and district stay; a plan without references has no templateRefs', () => {
    const same = planFromTemplate(tpl, { district: '静安区', period: { start: 2014, end: 2016 }, mode: 'full', templateId: 't' });
    expect(same.meta.templateRefs).toBeUndefined();
    expect(same.meta.preamble).toBe(tpl.meta.preamble);
  });
});

describe('five-year plan names', () => {
  it('maps names to years and years to names', () => {
    expect(fiveYearPeriod('十二五')).toEqual({ start: 2011, end: 2015 });
    expect(fiveYearPeriod('“十一五”')).toEqual({ start: 2006, end: 2010 });
    expect(fiveYearPeriod('十五')).toEqual({ start: 2001, end: 2005 });
    expect(fiveYearName(2027)).toBe('十五五');
    expect(fiveYearName(2016)).toBe('十三五');
  });
  it('静安 十一五 (2006–2010) → 2026–2030: its own 十一五 becomes 十五五, the cited 十五 (l3 “十五”回顾) is kept and flagged', () => {
    const tpl = load('004');
    const plan = planFromTemplate(tpl, { district: '静安区', period: { start: 2026, end: 2030 }, mode: 'full', templateId: 't' });
    expect(plan.meta.title).toBe('静安区国民经济和社会信息化“十五五”规划');
    expect(allText(plan.nodes)).toContain('“十五”期间');
    expect(plan.meta.templateRefs!.some((r) => r.kind === 'five-year' && r.quote === '十五')).toBe(true);
  });
});

describe('planFromTemplate: structure mode, explicit title, other seeds', () => {
  it('keeps headings and structured fields, empties bodies and values', () => {
    const tpl = load('000');
    const plan = planFromTemplate(tpl, { district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'structure', templateId: 't', title: '杨浦区数字化转型三年行动计划（2027—2029年）' });
    expect(plan.meta.title).toBe('杨浦区数字化转型三年行动计划（2027—2029年）');
    expect(plan.meta.preamble).toBe('');
    const out = all(plan.nodes);
    expect(out.every((n) => n.body === '')).toBe(true);
    expect(out.find((n) => n.number === '重点专项6')!.heading).toBe('上海市公共信用信息服务平台杨浦子平台');
    expect(out.find((n) => n.number === '重点专项4')!.lead).toEqual(['公安杨浦分局', '区市场监管局', '区房管局']);
    const inds = out.flatMap((n) => n.indicators);
    expect(inds[0]).toEqual({ name: '家庭光纤入户率', value: null, unit: '%', comparator: '>=', year: 2029, text: '' });
    expect(PlanDoc.safeParse(plan).success).toBe(true);
  });

  it('杨浦 2015–2017 → 奉贤区 2024–2026: milestones shift, history and the previous cycle stay', () => {
    const tpl = load('002');
    const plan = planFromTemplate(tpl, { district: '奉贤区', period: { start: 2024, end: 2026 }, mode: 'full', templateId: 't' });
    const out = all(plan.nodes);
    const years = new Set(out.flatMap((n) => n.milestones.map((m) => m.year)));
    expect([...years].sort()).toEqual([2024, 2025, 2026]);
    expect(plan.meta.title).toBe('奉贤区“智慧城市”建设三年行动计划(2024-2026)');
    const text = allText(plan.nodes);
    // l59: the previous plan, cited, and its year of writing (2011, outside the window)
    expect(text).toContain('《行动计划(2011-2013)》)于2011年编制完成');
    // l87: 2020年 / 2030年 forecasts in a background paragraph are far outside 2014–2018: unchanged
    expect(text).toContain('2020年中国的养老产业将产生8万亿的产值,2030年将产生22万亿的产值');
    // a target year inside the period shifts (l191 区 "到2017年底")
    expect(text).toContain('到2026年底');
    expect(text).not.toContain('智慧杨浦');
    expect(text).toContain('智慧奉贤');
  });

  it('奉贤 2020: document numbers in citations stay (l14 沪府〔2020〕27号)', () => {
    const tpl = load('003');
    const plan = planFromTemplate(tpl, { district: '静安区', period: { start: 2026, end: 2028 }, mode: 'full', templateId: 't' });
    expect(plan.meta.preamble).toContain('(沪府〔2020〕27号)');
    expect(plan.meta.preamble).toContain('(沪委办〔2020〕2号)');
    expect(plan.meta.title).toBe('上海市静安区推进智慧城市建设三年行动计划(2026-2028)');
  });
});

describe('the text rewriter', () => {
  const tpl = { ...blankPlan({ title: '静安区推进智慧城区建设三年行动方案(2014-2016)', district: '静安区', period: { start: 2014, end: 2016 } }) };
  tpl.meta = { ...tpl.meta, city: '上海市' };
  const rw = makeRewriter(tpl, { district: '杨浦区', period: { start: 2027, end: 2029 } });
  it('shifts years inside the window old.start−1 … old.end+1, ranges that overlap the period', () => {
    expect(rw.text('2013年底前完成,2017年全面推广')).toBe('2026年底前完成,2030年全面推广');
    expect(rw.text('2001年起步,2012年试点')).toBe('2001年起步,2012年试点');
    expect(rw.text('2014—2016年')).toBe('2027—2029年');
    expect(rw.text('2015至2017年')).toBe('2028至2030年');
    expect(rw.text('(2011-2013)')).toBe('(2011-2013)');
    expect(rw.text('建设2015个基站,带宽2016兆')).toBe('建设2015个基站,带宽2016兆');
    expect(rw.year(2016)).toBe(2029);
    expect(rw.year(2020)).toBe(2020);
    expect(rw.year(null)).toBeNull();
  });
  it('maps the exact period to a new period of another length', () => {
    const rw5 = makeRewriter(tpl, { district: '杨浦区', period: { start: 2026, end: 2030 } });
    expect(rw5.text('行动方案(2014-2016)')).toBe('行动方案(2026-2030)');
  });
  it('keeps citations but rewrites the plan citing its own title', () => {
    expect(rw.text('根据《静安区信息化发展规划(2014-2016)》')).toBe('根据《静安区信息化发展规划(2014-2016)》');
    expect(rw.text('现将《静安区推进智慧城区建设三年行动方案(2014-2016)》印发')).toBe('现将《杨浦区推进智慧城区建设三年行动方案(2027-2029)》印发');
    expect(rw.text('《上海市静安区推进智慧城区建设三年行动方案(2014-2016)》')).toBe('《上海市杨浦区推进智慧城区建设三年行动方案(2027-2029)》');
    expect(rw.text('(静府办发[2015]12号)静安区2015年')).toBe('(静府办发[2015]12号)杨浦区2028年');
  });
  it('tells the frame from references by general rules: issuer + year, year + designation, other periods, 五年 names', () => {
    const scan = (t: string) => { const r = rw.scan(t); return [r.text, r.refs.map((x) => `${x.kind}:${x.quote}`)]; };
    expect(scan('按照国务院2015年部署,2016年底前完成')).toEqual(['按照国务院2015年部署,2029年底前完成', ['dated:国务院2015年']]);
    expect(scan('落实2015年政府工作报告和2014年1号文件要求,2015年启动')).toEqual(['落实2015年政府工作报告和2014年1号文件要求,2028年启动', ['dated:2015年政府工作报告', 'dated:2014年1号文件']]);
    expect(scan('对接智慧城区建设规划(2011-2015),2015-2016年分步实施')).toEqual(['对接智慧城区建设规划(2011-2015),2028-2029年分步实施', ['period:2011-2015']]);
    expect(scan('“十二五”期间,十五个街道')).toEqual(['“十二五”期间,十五个街道', ['five-year:十二五']]);
    expect(scan('(静府办发〔2015〕12号)')).toEqual(['(静府办发〔2015〕12号)', ['doc-number:静府办发〔2015〕12号']]);
    expect(scan('《网络安全法》')).toEqual(['《网络安全法》', []]);
    expect(scan('区政府2016年底前建成')).toEqual(['区政府2029年底前建成', []]);
  });
  it('short names', () => {
    expect(districtShortName('浦东新区')).toBe('浦东');
    expect(districtShortName('杨浦区')).toBe('杨浦');
    expect(districtShortName('崇明县')).toBe('崇明');
    const pd = { ...tpl, meta: { ...tpl.meta, district: '浦东新区' } };
    expect(makeRewriter(pd, { district: '闵行区', period: { start: 2027, end: 2029 } }).text('智慧浦东建设,浦东新区,黄浦江')).toBe('智慧闵行建设,闵行区,黄浦江');
  });
});

describe('blankPlan', () => {
  it('has the usual skeleton with derived numbers', () => {
    const p = blankPlan({ title: '杨浦区推进智慧城市建设三年行动计划(2027-2029)', district: '杨浦区', period: { start: 2027, end: 2029 } });
    expect(PlanDoc.safeParse(p).success).toBe(true);
    expect(p.meta).toMatchObject({ status: 'draft', basedOn: null, district: '杨浦区', period: { start: 2027, end: 2029 } });
    expect(all(p.nodes).map((n) => `${n.kind}:${n.number}${n.heading}`)).toEqual([
      'part:一、总体要求', 'section:（一）指导思想', 'section:（二）发展目标', 'part:二、主要任务', 'part:三、保障措施',
    ]);
    expect(all(p.nodes).every((n) => n.unreviewed === undefined)).toBe(true);
  });
});

describe('planFromTemplate: a 专栏 (box) is carried over like any node', () => {
  it('keeps the box in place with its projects, rewrites district and years, empties bodies in structure mode', () => {
    const tpl = load('000');
    const sec = all(tpl.nodes).find((n) => n.kind === 'action')!;
    const project: PlanNode = { ...newNodeLike('item'), number: '1.', heading: '静安智慧交通示范工程', body: '到2016年建成信号控制系统。' };
    const box: PlanNode = { ...newNodeLike('box'), number: '专栏1', heading: '静安重点工程', children: [project] };
    const withBox: PlanDoc = { ...tpl, nodes: insertNode(tpl.nodes, sec.id, Number.POSITIVE_INFINITY, box) };
    const opts = { district: '杨浦区', period: { start: 2027, end: 2029 }, templateId: 'tpl' };
    const full = planFromTemplate(withBox, { ...opts, mode: 'full' });
    const b = all(full.nodes).find((n) => n.kind === 'box')!;
    expect(b.id).not.toBe(box.id);
    expect([b.number, b.heading, b.unreviewed]).toEqual(['专栏1', '杨浦重点工程', true]);
    expect(b.children.map((c) => [c.kind, c.heading, c.body])).toEqual([['item', '杨浦智慧交通示范工程', '到2029年建成信号控制系统。']]);
    // it stays where it was: the last child of the same action (the first action of the plan)
    const action = all(full.nodes).find((n) => n.kind === 'action')!;
    expect(action.children[action.children.length - 1]).toBe(b);
    const structure = planFromTemplate(withBox, { ...opts, mode: 'structure' });
    const s = all(structure.nodes).find((n) => n.kind === 'box')!;
    expect(s.children.map((c) => [c.heading, c.body])).toEqual([['杨浦智慧交通示范工程', '']]);
    expect(deriveNumbers(structure.nodes).get(s.id)).toBe('专栏1');
  });
});

function newNodeLike(kind: PlanNode['kind']): PlanNode {
  return { id: `x-${kind}-${Math.random().toString(36).slice(2)}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] };
}

describe('an annual plan as a template: last year\'s 工作要点 → this year\'s', () => {
  // corpus 55: 东坪区2025年优化营商环境工作要点, deadlines "完成时限：2025年6月底前" …
  const text = readFileSync(join(__dirname, '..', 'corpus', 'docs', '55-yaodian-bracket-fields.txt'), 'utf8');
  const old = importText(text, '55.txt');
  it('the title\'s year is the plan\'s period (one year), and the new year moves title, deadlines and milestones', () => {
    expect(old.meta.period).toEqual({ start: 2025, end: 2025 });
    const p = planFromTemplate(old, { district: '东坪区', period: { start: 2026, end: 2026 }, mode: 'full', templateId: 'p_55' });
    expect(p.meta.title).toBe('东坪区2026年优化营商环境工作要点');
    const nodes = [...walk(p.nodes)].map((w) => w.node);
    const withDeadline = nodes.filter((n) => n.body.includes('完成时限'));
    expect(withDeadline.length).toBeGreaterThan(5);
    for (const n of withDeadline) expect(n.body, n.heading).toMatch(/完成时限：2026年\d{1,2}月底前/);
    expect(nodes.flatMap((n) => n.milestones.map((m) => m.year)).every((y) => y === 2026)).toBe(true);
  });
});

describe('history is never rewritten: years of what was done are kept and listed (walk 5)', () => {
  // seed 002 (杨浦 2015–2017), l127 under (二)发展现状 / 调研总结 / 10)智慧交通 (目前在建的智慧交通项目):
  // "⑥ 2015年在公共停车场(库)和道路停车场中推进安装或改装…" — a fact of 2015, not a target
  const tpl = load('002');
  const plan = planFromTemplate(tpl, { district: '杨浦区', period: { start: 2018, end: 2020 }, mode: 'full', templateId: 't' });
  const out = all(plan.nodes);
  const text = allText(plan.nodes);
  it('keeps l127 "2015年在公共停车场" as written and lists it in the 检查 panel', () => {
    expect(text).toContain('2015年在公共停车场(库)和道路停车场中推进安装');
    expect(text).not.toContain('2018年在公共停车场');
    expect(plan.meta.templateRefs).toContainEqual(expect.objectContaining({ kind: 'history', quote: '2015年在公共停车场' }));
    const f = lintPlan(plan).filter((x) => x.rule === 'template-reference' && x.message.includes('2015年在公共停车场'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('往年情况中的年份');
    const node = out.find((n) => n.id === f[0].nodeId)!;
    expect(node.body.slice(f[0].range!.start, f[0].range!.end)).toBe('2015年在公共停车场');
  });
  it('keeps l99 7)智慧商圈 "被评为2014年上海市电子商务…" (调研总结) as written', () => {
    expect(text).toMatch(/被评为2014年上海市电子商务/);
  });
  it('still shifts the targets and milestones: l189 "2017年底" (发展目标) → 2020, milestones 2018–2020', () => {
    expect(text).toContain('到2020年底,基本构建起');
    expect(new Set(out.flatMap((n) => n.milestones.map((m) => m.year)))).toEqual(new Set([2018, 2019, 2020]));
  });
  it('every year of the window the template kept is listed: none is left silently', () => {
    // a year of the window 2014–2018 kept with the words after it is either listed (history, dated, title …) or
    // inside a listed reference
    const src = all(tpl.nodes);
    let kept = 0;
    src.forEach((s, i) => {
      const o = `${out[i].heading}\n${out[i].body}`;
      for (const m of `${s.heading}\n${s.body}`.matchAll(/(?<![0-9])(201[4-8])年(.{0,4})/g)) {
        if (!o.includes(m[0])) continue; // shifted
        kept++;
        const quotes = (plan.meta.templateRefs ?? []).filter((r) => r.nodeId === out[i].id).map((r) => r.quote);
        expect(quotes.some((q) => q.includes(m[1])), `${s.heading}: ${m[0]}`).toBe(true);
      }
    });
    expect(kept).toBeGreaterThanOrEqual(2);
  });
  it('the sentence rule outside narrative sections: past tense without a target keeps the year', () => {
    const t = { ...blankPlan({ title: '甲区行动计划(2015-2017)', district: '甲区', period: { start: 2015, end: 2017 } }) };
    const rw = makeRewriter(t, { district: '甲区', period: { start: 2018, end: 2020 } });
    expect(rw.scan('2014年已建成光纤网络,覆盖全区。2016年底前完成改造。').text).toBe('2014年已建成光纤网络,覆盖全区。2019年底前完成改造。');
    expect(rw.scan('截至2015年,累计建成基站300个。').refs).toEqual([{ kind: 'history', quote: '2015年' }]);
    expect(rw.scan('到2017年,已建成全覆盖网络。').text).toBe('到2020年,已建成全覆盖网络。');
    expect(rw.scan('2015年推进停车收费系统。', { narrative: true }).text).toBe('2015年推进停车收费系统。');
  });
  it('each year by its own clause (second review): 已将 is past, a target after a past clause moves alone', () => {
    const t = { ...blankPlan({ title: '甲区行动计划(2015-2017)', district: '甲区', period: { start: 2015, end: 2017 } }) };
    const rw = makeRewriter(t, { district: '甲区', period: { start: 2018, end: 2020 } });
    expect(rw.scan('2015年已将12个公共停车场纳入统一管理。').text).toBe('2015年已将12个公共停车场纳入统一管理。');
    expect(rw.scan('截至2015年底，已完成8个停车场改造，2017年前全部完成。').text).toBe('截至2015年底，已完成8个停车场改造，2020年前全部完成。');
    expect(rw.scan('2015年建成了诱导屏20块，计划2016年再建30块。').text).toBe('2015年建成了诱导屏20块，计划2019年再建30块。');
    expect(rw.scan('2015年，全区已建成智慧停车平台。').text).toBe('2015年，全区已建成智慧停车平台。');
    // no past in what the year dates: the frame moves
    expect(rw.scan('2016年，力争建成智慧停车平台，已有规划将同步修编。').text).toBe('2019年，力争建成智慧停车平台，已有规划将同步修编。');
  });
});
