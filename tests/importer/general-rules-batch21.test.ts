/**
 * General rules found by blind batch 21 (tests/corpus/docs/126–131; docs/importer-corpus.md, batch 21;
 * docs/importer-grammar.md, "Rules added for batch 21"). Every case is written in our own words, with fictional
 * places, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readMarker } from '../../shared/importer/grammar';
import { findIndicators } from '../../shared/importer/indicators';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('a star or triangle before a point\'s number marks a key point (部门 工作要点 "★1.")', () => {
  const text = [
    '石川区教育局2025年工作要点',
    '标注“★”的为重点工作。',
    '一、推进学前教育普惠发展',
    '★1.新建公办幼儿园。新建公办幼儿园3所。（责任科室：基础教育科）',
    '2.规范民办园管理。开展民办园年检。（责任科室：民办教育科）',
    '二、提升义务教育质量',
    '▲3.推进集团化办学。新组建教育集团2个。（责任科室：基础教育科；配合科室：人事科）',
  ].join('\n');
  it('the marked lines are points of their level, the mark kept with the number', () => {
    const tasks = all(plan(text).nodes).filter((n) => n.kind === 'task').map((n) => [n.number, n.heading, n.lead.join('、')]);
    expect(tasks).toEqual([
      ['★1.', '新建公办幼儿园', '基础教育科'],
      ['2.', '规范民办园管理', '民办教育科'],
      ['▲3.', '推进集团化办学', '基础教育科'],
    ]);
  });
  it('a mark before text or before a bullet is no marker', () => {
    expect(readMarker('★重点工作')).toBeNull();
    expect(readMarker('★●完善机制')).toBeNull();
    expect(readMarker('★ 2.推进改革')?.raw).toBe('★2.');
  });
});

describe('a district bureau signing its own plan at its end ("河阳区住房和城乡建设局" ⏎ "2025年2月18日")', () => {
  const text = (signer: string) => [
    '河阳区住房和城乡建设局2025年工作要点',
    '一、推进城市更新',
    '1.实施老旧小区改造。完成改造42个。（责任科室：城市建设科）',
    '二、保障住房安全',
    '2.加快保障性住房建设。筹集保障性租赁住房1500套。（责任科室：住房保障科）',
    signer,
    '2025年2月18日',
  ].join('\n');
  it('the bureau is the issuer and the date its date', () => {
    expect(plan(text('河阳区住房和城乡建设局')).meta).toMatchObject({ issuer: '河阳区住房和城乡建设局', issuedOn: '2025-02-18' });
  });
  it('a unit without its place is a line of the text, not a signature', () => {
    expect(plan(text('区住建局')).meta.issuer).toBeNull();
  });
});

describe('a department named in full with its short name noted after it ("区商务和经济信息化局（以下简称区商务经信局）")', () => {
  const text = (bracket: string) => [
    '青峰区城乡商业体系建设实施方案',
    '一、重点任务',
    '（一）完善镇级商贸网络。改造提升镇级商贸中心12个。' + bracket,
    '（二）发展农村电子商务。培育农村电商带头人200名。（区商务经信局牵头，区农业农村局配合）',
  ].join('\n');
  const first = (bracket: string) => { const t = all(plan(text(bracket)).nodes).find((n) => n.heading === '完善镇级商贸网络')!; return [t.lead, t.partners]; };
  it('the note nested in a roles bracket is no part of the name, and the list is still read', () => {
    expect(first('（区商务和经济信息化局（以下简称区商务经信局）牵头，区发展和改革局（简称“区发改局”）、区财政局配合）'))
      .toEqual([['区商务和经济信息化局'], ['区发展和改革局', '区财政局']]);
  });
  it('after a label too', () => {
    expect(first('（牵头单位：区商务和经济信息化局（以下简称区商务经信局）；配合单位：区财政局）')).toEqual([['区商务和经济信息化局'], ['区财政局']]);
  });
});

describe('an indicator table with two target columns ("2025年目标值" and "2027年目标值" beside "2024年基期值")', () => {
  const text = (heads: string) => [
    '西岭区制造业数字化转型三年行动方案（2025—2027年）',
    '一、总体目标',
    '主要指标如下：',
    heads,
    '1\t省级智能工厂\t家\t6\t10\t20\t预期性',
    '2\t数字经济核心产业增加值\t亿元\t86\t100\t150\t预期性',
    '二、重点任务',
    '1.推进智能工厂建设。（责任单位：区工业和信息化局）',
  ].join('\n');
  const goals = (heads: string) => plan(text(heads)).nodes.find((n) => n.heading === '总体目标')!.indicators.map((i) => `${i.name} ${i.value}${i.unit} ${i.year}`).sort();
  it('each target column is a target of its own year', () => {
    expect(goals('序号\t指标名称\t单位\t2024年基期值\t2025年目标值\t2027年目标值\t属性')).toEqual([
      '数字经济核心产业增加值 100亿元 2025', '数字经济核心产业增加值 150亿元 2027', '省级智能工厂 10家 2025', '省级智能工厂 20家 2027',
    ]);
  });
  it('columns of years alone keep the latest year only, as before', () => {
    expect(goals('序号\t指标名称\t单位\t2024年\t2025年\t2027年\t属性')).toEqual(['数字经济核心产业增加值 150亿元 2027', '省级智能工厂 20家 2027']);
  });
});

describe('a rate closing its clause with its level, no verb between ("开展专项检查，在建工地检查覆盖率100%")', () => {
  const rates = (s: string) => findIndicators(s, 2025).map((i) => `${i.name} ${i.value}${i.unit}`);
  it('is the level the work reaches', () => {
    expect(rates('开展建筑施工安全专项检查，在建工地检查覆盖率100%。').join()).toMatch(/检查覆盖率 100%$/);
    expect(rates('开展执法检查，重点企业检查覆盖率100%。')).toEqual(['重点企业检查覆盖率 100%']);
  });
  it('not in a sentence of what was done, and not for a share that is no rate', () => {
    expect(rates('已开展专项检查，在建工地检查覆盖率100%。')).toEqual([]);
    expect(rates('开展专项检查，重点企业100%。')).toEqual([]);
  });
});

describe('在 opening a name is kept where it is part of the word (在建, 在编, 在产 …)', () => {
  const names = (s: string) => findIndicators(s, 2025).map((i) => i.name);
  it('在建工地, 在编教师 keep their 在; 在 as a preposition is dropped', () => {
    expect(names('开展专项检查，在建工地检查覆盖率100%。')).toEqual(['在建工地检查覆盖率']);
    expect(names('在编教师达到1200人。')).toEqual(['在编教师']);
    expect(names('在建成区新增公园绿地面积达到20公顷。')).toEqual(['公园绿地面积']);
  });
});

describe('约 ending a word (签约, 合约, 预约, 节约) is no "about" before a value ("完成征收签约1200户")', () => {
  const read = (s: string) => findIndicators(s, 2025).map((i) => `${i.name} ${i.comparator}${i.value}${i.unit}`);
  it('签约 stays in the name and the value is exact', () => {
    expect(read('完成征收签约1200户。')).toEqual(['征收签约 =1200户']);
    expect(read('新增线上预约1200人次。').join()).not.toMatch(/~/);
  });
  it('约 after a name is still "about"', () => {
    expect(read('到2025年，地区生产总值达到约1200亿元。').join()).toMatch(/地区生产总值/);
  });
});

describe('the 版记 of a bureau\'s own plan ("河阳区住房和城乡建设局　2025年2月18日印发") is no text of the last point', () => {
  it('is dropped as the 版记 of a government is', () => {
    const p = plan(['河阳区住房和城乡建设局2025年工作要点', '一、推进城市更新', '1.实施老旧小区改造。完成改造42个。（责任科室：城市建设科）',
      '2.推进城中村改造。完成征收签约1200户。（责任科室：房屋征收科）', '抄送：区人民政府办公室。', '河阳区住房和城乡建设局　　2025年2月18日印发'].join('\n'));
    const last = all(p.nodes).find((n) => n.heading === '推进城中村改造')!;
    expect(last.body).not.toMatch(/印发|抄送/);
  });
});
