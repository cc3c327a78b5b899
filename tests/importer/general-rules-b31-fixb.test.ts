/**
 * Findings of the session-31 review of the importer (3, 5, 6, 7, 8), each case written in our own words from the
 * reviewer's steps. Every case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { findDistrict, placeOfTitle, readGovernment, readTownship } from '../../shared/importer/places';
import { walk } from '../../shared/model/plan';

const doc = (text: string) => importText(text, 'x.txt');
const nodes = (text: string) => [...walk(doc(text).nodes)].map((w) => w.node);

describe('a dotted date without a day ("2025.6底前") keeps the milestones after it cut where they are written', () => {
  const schedule = (line: string) => nodes(`东湖区城市更新工作倒排工期方案
一、重点项目
（一）江湾数字经济产业大厦。建设数字经济产业载体。
牵头单位：区发改委
${line}
二、保障措施
（一）加强组织领导。成立领导小组。`).flatMap((n) => n.milestones.map((m) => m.text));
  it('"2025.6底前…；2025.12底前…；2026.3.31前投入运行": each milestone is one node as written', () => {
    const nodesOf = ['2025.6底前完成方案编制', '2025.12底前完成建设验收', '2026.3.31前投入运行'];
    const said = schedule(`时间节点：${nodesOf.join('；')}。`);
    expect(said).toContain('2026.3.31前投入运行');
    expect(said.length).toBeGreaterThan(1);
    // (a year's nodes are said in its milestone one after another, joined by ； — session 39, h-left39)
    for (const s of said.flatMap((x) => x.split('；'))) expect(nodesOf).toContain(s);
  });
  it('"2025/3/31前开工；2025.12底前主体封顶；2026.8前投入使用": the 2026 node is "2026.8前投入使用"', () => {
    const nodesOf = ['2025/3/31前开工', '2025.12底前主体封顶', '2026.8前投入使用'];
    const said = schedule(`节点安排：${nodesOf.join('；')}。`);
    expect(said).toContain('2026.8前投入使用');
    for (const s of said.flatMap((x) => x.split('；'))) expect(nodesOf).toContain(s);
  });
});

describe('the year of work a dated notice looks back on is not its period', () => {
  const notice = (s: string) => doc(`东湖区人民政府关于印发重点工作任务分解方案的通知
各街道办事处，区政府各部门：
${s}
东湖区人民政府
2025年2月10日
重点工作任务分解方案
一、经济发展
（一）推进项目建设。年内开工项目20个。
牵头单位：区发改委`).meta;
  it('"在认真总结2024年工作的基础上…", "根据2024年目标考核结果…": no period 2024', () => {
    expect(notice('在认真总结2024年工作的基础上，区政府研究确定了今年重点工作任务，现印发给你们，请认真贯彻落实。').period).toBeNull();
    expect(notice('根据2024年目标考核结果，区政府研究确定了今年重点工作任务，现印发给你们。').period).toBeNull();
  });
  it('a year before the notice\'s own date is not the year of its work ("为完成2024年各项工作任务" dated 2025)', () => {
    expect(notice('为巩固2024年各项工作任务成果，区政府研究确定了今年重点工作，现印发给你们。').period).toBeNull();
  });
  it('the year the notice delivers still is ("为确保完成区委确定的2025年各项工作任务")', () => {
    expect(notice('为确保完成区委确定的2025年各项工作任务，现将任务分解如下。').period).toEqual({ start: 2025, end: 2025 });
  });
});

describe('a one-character district (X市东区) only where an organ names it', () => {
  const meta = (title: string) => doc(`${title}
一、总体要求
坚持问题导向，推进建设。
二、主要任务
（一）加快建设。推进项目。`).meta;
  it('from a title alone, 新区 / 东区 / 北区 after a city are parts of the city, not its district', () => {
    for (const title of ['郑州市新区开发建设三年行动计划（2025—2027年）', '宁波市东区供水管网改造实施方案', '广州市北区污水处理厂提标改造工作方案']) {
      expect(meta(title).district, title).toBeNull();
      expect(placeOfTitle(title)?.district ?? null, title).toBeNull();
    }
    expect(meta('宁波市东区供水管网改造实施方案').city).toBe('宁波市');
  });
  it('named by its government, party committee or the notice\'s issuer, it is the district', () => {
    expect(findDistrict('临江市东区人民政府')).toBe('东区');
    expect(readGovernment('临江市东区区委办公室')?.district).toBe('东区');
    expect(doc(`临江市东区人民政府办公室关于印发临江市东区城市更新三年行动计划（2025—2027年）的通知
各街道办事处，区政府各部门：
现将《临江市东区城市更新三年行动计划（2025—2027年）》印发给你们，请认真贯彻落实。
临江市东区人民政府办公室
2025年3月12日
临江市东区城市更新三年行动计划（2025—2027年）
一、主要任务
（一）改造小区20个。`).meta).toMatchObject({ district: '东区', city: '临江市' });
  });
  it('a sentence naming the plan\'s own place names it too ("临江市东区第十届人民代表大会", "结合临江市东区实际")', () => {
    expect(doc('（2021年1月18日临江市东区第十届人民代表大会\n第五次会议通过）\n临江市东区国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n推进建设。').meta.district).toBe('东区');
  });
});

describe('townships ending in 集镇 / 城镇 are townships; 各乡镇 / 全区各街道 are none', () => {
  it('"X区王集镇人民政府" as header and signature: the township\'s government issues', () => {
    for (const town of ['王集镇', '古城镇', '新城镇']) {
      const sig = `临江市东湖区${town}人民政府`;
      const m = doc(`${sig}\n关于印发2025年重点工作计划的通知\n各村（社区）、镇属各部门：\n现将《2025年重点工作计划》印发给你们，请认真贯彻落实。\n${sig}\n2025年2月12日\n一、经济发展\n（一）推进项目建设。年内开工项目5个。`).meta;
      expect(m, town).toMatchObject({ issuer: sig, district: '东湖区', city: '临江市' });
      expect(readTownship(`东湖区${town}人民政府`), town).toEqual({ district: '东湖区' });
    }
  });
  it('a line addressing all townships or streets is no township\'s government', () => {
    for (const s of ['各乡镇人民政府', '全县各乡镇人民政府', '全区各街道办事处', '各街道办事处', '推进乡镇人民政府']) expect(readTownship(s), s).toBeNull();
    expect(readTownship('青林镇人民政府')).toEqual({ district: null });
    expect(readTownship('望川街道办事处')).toEqual({ district: null });
  });
});

describe('a lost bullet is a Symbol/Wingdings character or a "?" of a list, not a rare character of a name', () => {
  const plan = (line: string, next = '推进污水治理。') => nodes(`东湖区推进乡村振兴三年行动计划（2025—2027年）
一、主要任务
（一）改善农村基础设施。推进道路建设。
${line}
${next}
二、保障措施
（一）加强组织领导。成立领导小组。`);
  const texts = (ns: ReturnType<typeof nodes>) => ns.map((n) => n.heading + '\n' + n.body).join('\n');
  it('a private-use character outside U+F000–F0FF (造字程序) keeps its place at the start of the line', () => {
    expect(texts(plan('\uE81E家村道路硬化工程年内完工。'))).toContain('\uE81E家村道路硬化工程年内完工');
  });
  it('a lone "?" before a word is a lost character, not a bullet', () => {
    const ns = plan('?家庄村道路硬化工程年内完工。');
    expect(texts(ns)).toContain('?家庄村道路硬化工程年内完工');
    expect(ns.some((n) => n.kind === 'item')).toBe(false);
  });
  it('"?" starting two neighbouring lines, and U+F0B7, are still bullets', () => {
    const items = plan('?推进道路硬化工程。', '?推进污水治理工程。').filter((n) => n.kind === 'item');
    expect(items.map((n) => n.body.trim())).toEqual(['推进道路硬化工程。', '推进污水治理工程。']);
    // (the unmarked line after a point goes on in its body)
    expect(plan('\uF0B7 推进道路硬化工程。').filter((n) => n.kind === 'item').map((n) => n.body.split('\n')[0].trim())).toEqual(['推进道路硬化工程。']);
  });
});
