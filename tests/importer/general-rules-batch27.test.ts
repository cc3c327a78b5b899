/**
 * General rules found by blind batch 27 of the corpus (tests/corpus/docs/196–201; docs/importer-corpus.md, batch 27;
 * docs/importer-grammar.md, "Rules added for batch 27").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);
const md = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'x.md' });

describe('bold CommonMark leaves as text after a CJK full stop (200: "**一是加强统筹。**健全…")', () => {
  // numbered points 1. with the bold lead, and a __…__ one; the parts as ## headings
  const text = [
    '# 南屿县2026年营商环境优化工作要点',
    '',
    '## 一、提升政务服务效能',
    '',
    '**1.推进“一件事”集成办理。**全年新增集成办理事项10项。（责任单位：县政务服务中心）',
    '',
    '**2.压减审批时限。**一般事项审批时限压减50%。（责任单位：县行政审批局）',
    '',
    '## 二、加强要素保障',
    '',
    '__3.保障用地需求。__新增工业用地供应500亩。（责任单位：县自然资源局）',
    '',
  ].join('\n');
  it('the ** and __ around the lead are markup: the points are read with their headings', async () => {
    const doc = await md(text);
    const o = outline(doc.nodes).join('\n');
    expect(o).toContain('part 一、|提升政务服务效能\n  task 1.|推进“一件事”集成办理\n  task 2.|压减审批时限');
    expect(o).toContain('part 二、|加强要素保障\n  task 3.|保障用地需求');
    expect(byHeading(doc.nodes, '压减审批时限')!.lead).toEqual(['县行政审批局']);
    expect(JSON.stringify(doc.nodes)).not.toContain('**');
  });
  it('a ** written for another reason than a pair around text stays', async () => {
    const doc = await md(['# 云溪区工作要点', '', '## 一、重点工作', '', '1.建设5G基站2**0个。（责任单位：区经信局）', ''].join('\n'));
    expect(JSON.stringify(doc.nodes)).toContain('2**0个');
  });
});

describe('a township signing with its city and its district (200: "临江市东湖区桂园街道办事处")', () => {
  // a 镇党委's plan and a 街道党工委's, each signed with city and district, the date under it
  const text = (organ: string) => [
    '2026年基层党建工作要点',
    '一、夯实组织基础',
    '（一）规范组织生活。每季度开展一次主题党日。（责任单位：组织办）',
    '（二）建强党员队伍。全年发展党员12名。（责任单位：组织办）',
    '二、推进融合发展',
    '（一）深化党建联建。新建联建项目5个。（责任单位：党建办）',
    organ,
    '2026年3月2日',
  ].join('\n');
  it('the signature is read: issuer, date and the district it names', () => {
    for (const organ of ['临江市青川区南岭镇党委', '临江市云溪区石桥街道党工委']) {
      const r = plan(text(organ));
      expect(r.meta.issuer).toBe(organ);
      expect(r.meta.issuedOn).toBe('2026-03-02');
      expect(r.meta.district).toBe(organ.includes('青川区') ? '青川区' : '云溪区');
    }
  });
});

describe('footnotes after the signature (201: "南屿县人民政府办公室" ⏎ date ⏎ "[1]“六乱”指…")', () => {
  // full-width brackets, marks only in the body, a 区政府 signing
  const text = [
    '云溪区背街小巷“四化”提升行动方案',
    '为改善城区人居环境，制定本方案。',
    '一、工作目标',
    '完成背街小巷“四化”［1］提升30条。',
    '二、主要任务',
    '（一）实施道路整修。完成路面整修30条。（责任单位：区住建局）',
    '（二）规范“门前三包”［2］。签订责任书1200份。（责任单位：区城管局）',
    '云溪区人民政府',
    '2026年4月8日',
    '［1］“四化”指硬化、亮化、绿化、净化。',
    '［2］“门前三包”指包卫生、包秩序、包绿化。',
  ].join('\n');
  it('the signature is read before the notes, and the notes stay text', () => {
    const r = plan(text);
    expect(r.meta.issuer).toBe('云溪区人民政府');
    expect(r.meta.issuedOn).toBe('2026-04-08');
    expect(JSON.stringify(r.nodes)).toContain('“四化”指硬化、亮化、绿化、净化');
    expect(JSON.stringify(r.nodes)).not.toContain('云溪区人民政府\\n2026年4月8日');
  });
  it('lines after a date that no mark in the text points to are no footnotes: nothing is read as a signature', () => {
    const r = plan(text.replace('“四化”［1］', '“四化”').replace('“门前三包”［2］', '“门前三包”'));
    expect(r.meta.issuer).toBeNull();
  });
});

describe('a table of yearly targets, years alone, cells with a sign and a unit (197: "≥95%", "不少于3个")', () => {
  // no 单位 column: the unit in the cell; 不低于 / ≤ / a bare figure
  const text = [
    '青川区全民健身三年行动计划（2026—2028年）',
    '一、主要目标',
    '各年度目标如下：',
    '指标名称\t2026年\t2027年\t2028年',
    '经常参加体育锻炼人数比例\t不低于42%\t不低于44%\t46%',
    '社会体育指导员\t不少于1200名\t不少于1300名\t1400名',
    '人均体育场地面积\t≥2.9平方米\t≥3.0平方米\t3.2平方米',
    '二、重点任务',
    '（一）建设健身设施。新建体育公园3个。（责任单位：区文旅体局）',
  ].join('\n');
  it('each year column is a target of its year, the number read past its sign and its unit', () => {
    const goal = byHeading(plan(text).nodes, '主要目标')!;
    const got = goal.indicators.map((i) => `${i.name}|${i.comparator}${i.value}${i.unit}|${i.year}`).sort();
    expect(got).toEqual([
      '人均体育场地面积|=3.2平方米|2028',
      '人均体育场地面积|>=2.9平方米|2026',
      '人均体育场地面积|>=3平方米|2027',
      '社会体育指导员|=1400名|2028',
      '社会体育指导员|>=1200名|2026',
      '社会体育指导员|>=1300名|2027',
      '经常参加体育锻炼人数比例|=46%|2028',
      '经常参加体育锻炼人数比例|>=42%|2026',
      '经常参加体育锻炼人数比例|>=44%|2027',
    ]);
  });
});

describe('a lead cell left empty under a written one in a text copy of a Word table (199: merged 牵头单位)', () => {
  // the 责任单位 column leads; a header repeated after "（续表）" starts afresh
  const text = [
    '南屿县2026年农贸市场提升实施方案',
    '一、重点任务',
    '1.改造城东农贸市场。完成市场改造。',
    '2.改造城西农贸市场。完成市场改造。',
    '3.建设智慧监管平台。实现市场在线监管。',
    '4.开展食品快检。每月开展快检。',
    '附件',
    '任务分工表',
    '序号\t工作任务\t责任单位\t配合单位\t完成时间',
    '1\t改造城东农贸市场\t县商务局\t县市场监管局\t2026年9月',
    '2\t改造城西农贸市场\t\t县住建局\t2026年11月',
    '（续表）',
    '序号\t工作任务\t责任单位\t配合单位\t完成时间',
    '3\t建设智慧监管平台\t\t县数据局\t2026年12月',
    '4\t开展食品快检\t县市场监管局\t\t2026年12月',
  ].join('\n');
  it('the empty lead cell is the one above; none is carried over a repeated header; empty partners stay empty', () => {
    const nodes = plan(text).nodes;
    expect(byHeading(nodes, '改造城西农贸市场')!.lead).toEqual(['县商务局']);
    expect(byHeading(nodes, '建设智慧监管平台')!.lead).toEqual([]);
    expect(byHeading(nodes, '建设智慧监管平台')!.partners).toEqual(['县数据局']);
    expect(byHeading(nodes, '开展食品快检')!.partners).toEqual([]);
  });
});
