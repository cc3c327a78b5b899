/**
 * Session 42, h-fix42e: rev42a's findings F7 (分别 names sharing an ending), F8 (generic township words as units) and F9
 * (a 专栏 heading's year that is no deadline). Each case is written afresh, in our own words and fictional places; the
 * rule cases fail on 28d5c128, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const node = (ns: PlanNode[], heading: string) => all(ns).find((n) => n.heading === heading)!;
const indicators = (n: PlanNode) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`);

describe('F7: names before a shared ending said 分别 take it after their qualifier, as written (indicators.ts sharedTail)', () => {
  it('qualifiers of places of different lengths: 中心城区、乡镇污水处理率; 城市和农村生活垃圾…', () => {
    const p = plan(['青川区污水治理三年行动方案（2026—2028年）', '一、主要目标',
      '到2028年，中心城区、乡镇污水处理率分别达到98%、85%，城市和农村生活垃圾无害化处理率分别达到100%和95%。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['中心城区污水处理率 >= 98% 2028', '乡镇污水处理率 >= 85% 2028',
      '城市生活垃圾无害化处理率 >= 100% 2028', '农村生活垃圾无害化处理率 >= 95% 2028']);
  });
  it('a qualifier of Latin letters and digits: PM2.5、PM10平均浓度', () => {
    const p = plan(['云溪区大气污染防治三年行动方案（2026—2028年）', '一、主要目标',
      '到2028年，PM2.5、PM10年均浓度分别控制在28微克/立方米、45微克/立方米以下。'].join('\n'));
    expect(node(p.nodes, '主要目标').indicators.map((i) => i.name)).toEqual(['PM2.5年均浓度', 'PM10年均浓度']);
  });
  it('Traditional script: each name as the text writes it, none folded to Simplified', () => {
    const p = plan(['南嶼縣2026年度施政計畫', '一、主要目標', '城市和農村自來水普及率分別達到99%和95%。'].join('\n'));
    expect(node(p.nodes, '主要目標').indicators.map((i) => i.name)).toEqual(['城市自來水普及率', '農村自來水普及率']);
  });
  it('guard: items written alike keep what they were read as (公交车、出租车新能源占比; 小学、初中入学率; 学校和医院)', () => {
    const p = plan(['临江市东湖区民生实事三年行动方案（2025—2027年）', '一、主要目标',
      '到2027年，公交车、出租车新能源占比分别达到100%和90%，小学、初中入学率分别达到100%、99%，新建学校和医院分别为3所和2家。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['公交车新能源占比 >= 100% 2027', '出租车新能源占比 >= 90% 2027',
      '小学入学率 >= 100% 2027', '初中入学率 >= 99% 2027', '学校 = 3所 2027', '医院 = 2家 2027']);
  });
});

describe('F8: a kind of township with a qualifier is no unit of a roles clause (departments.ts TOWNSHIP)', () => {
  const p = plan(['南屿县2026年农村人居环境整治工作要点', '一、农村厕所改造',
    '1.新改建户用卫生厕所3000户。县农业农村局牵头，沿线乡镇配合。', '2.建设公厕20座。试点镇负责，县住建局配合。',
    '3.新建污水处理站5座。县水务局牵头，城关镇、涉及街道配合。', '4.清理河道20公里。县水利局牵头，城关镇、桥头镇配合。'].join('\n'));
  const names = (n: PlanNode) => [...n.lead, ...n.partners];
  it('试点镇, 涉及街道 are named as no lead nor partner', () => {
    for (const n of all(p.nodes)) for (const x of names(n)) expect(x).not.toMatch(/^(试点|涉及)/);
  });
  it('沿线乡镇 is no township: a collective of the plan\'s townships, a partner written as such as 各有关部门 is (session 43, h-imp44: departments.ts COLLECTIVE)', () => {
    const n = all(p.nodes).find((x) => x.heading.startsWith('新改建户用卫生厕所'))!;
    expect([n.lead, n.partners]).toEqual([['县农业农村局'], ['沿线乡镇']]);
  });
  it('guard: townships named by their own names stay partners (城关镇、桥头镇)', () => {
    const n = all(p.nodes).find((x) => x.heading.startsWith('清理河道'))!;
    expect(n.lead).toEqual(['县水利局']);
    expect(n.partners).toEqual(['城关镇', '桥头镇']);
  });
});

describe('F9: a 专栏 heading\'s year is its deadline only when said as one (enrich.ts HEADING_YEAR)', () => {
  const text = ['东湖区基础设施提升五年规划（2026—2030年）', '第一章 交通', '一、完善路网', '新建道路50公里。',
    '专栏1 2026年新开工重点项目', '新建综合管廊12公里，新建快速路8公里。',
    '专栏2 2027年底前建成项目', '新建停车场6个。',
    '专栏3 管网工程（到2028年）', '新建雨水管网30公里。',
    '专栏4 2026年启动实施项目', '改造桥梁4座。'].join('\n');
  const p = plan(text);
  const years = (h: string) => node(p.nodes, h).indicators.map((i) => `${i.name} ${i.year}`);
  it('a year the works start in is no deadline: the plan\'s last year, as any figure of no year', () => {
    expect(years('2026年新开工重点项目')).toEqual(['综合管廊 2030', '快速路 2030']);
    expect(years('2026年启动实施项目').map((x) => x.split(' ')[1])).toEqual(['2030']);
  });
  it('guard: 到 before the year, 底前/建成 after it are deadlines', () => {
    expect(years('2027年底前建成项目').map((x) => x.split(' ')[1])).toEqual(['2027']);
    expect(years('管网工程（到2028年）')).toEqual(['雨水管网 2028']);
  });
});
