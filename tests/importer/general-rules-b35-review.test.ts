/**
 * Rules of session 35 that the second review (rev35) found losing or inventing data on ordinary documents, each
 * case written by the reviewer from reading the texts; each passed on 1c73572e and failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { normaliseDept } from '../../shared/importer/departments';
import type { PlanNode } from '../../shared/model/plan';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: PlanNode[], h: string) => all(ns).find((n) => n.heading === h)!;

describe('a heading that is no agency gives its tasks no lead (enrich.ts headingUnit)', () => {
  it('（一）优化产业布局 / （二）构建开放新格局 over tasks naming no unit', () => {
    const plan = importText(['青川区“十五五”现代产业体系发展规划（2026—2030年）', '一、主要任务', '（一）优化产业布局',
      '1.建设北部先进制造集聚区。到2030年，集聚区产值达到800亿元。', '2.提升南部现代服务业集聚区。引育总部企业20家。',
      '（二）构建开放新格局', '1.深度融入区域协同发展。2028年底前建成青川综合保税区。', '（三）强化科技创新', '1.建设青川科创走廊。新增高新技术企业300家。'].join('\n'), 'x.txt');
    for (const h of ['建设北部先进制造集聚区', '提升南部现代服务业集聚区', '深度融入区域协同发展']) expect(byHeading(plan.nodes, h).lead, h).toEqual([]);
  });
});

describe('a roles bracket with a semicolon keeps each clause\'s role (departments.ts rolesList segments)', () => {
  it('（A牵头，B配合；C负责落实）', () => {
    const plan = importText(['南屿县2026年营商环境优化工作要点', '一、重点任务', '（一）深化审批改革',
      '1.推行企业开办一日办结。压缩企业开办时间至1个工作日。（县市场监管局牵头，县税务局配合；各乡镇负责落实）'].join('\n'), 'x.txt');
    const t = byHeading(plan.nodes, '推行企业开办一日办结');
    expect(t.lead).toEqual(['县市场监管局']);
    expect(t.partners).toEqual(['县税务局', '各乡镇']);
  });
});

describe('a title of two clauses with no place and no plan word is still the title when nothing precedes it (meta.ts)', () => {
  it('凝心聚力，奋力谱写高质量发展新篇章', () => {
    const plan = importText(['凝心聚力，奋力谱写高质量发展新篇章', '一、2025年工作回顾', '过去一年，全区地区生产总值增长6%。', '二、2026年主要任务', '（一）做强实体经济。新建智能装备产业园。（区工信局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('凝心聚力，奋力谱写高质量发展新篇章');
  });
});

describe('a page cell naming another government or a 街道 does not outrank the document\'s own signature (meta.ts issuerPool)', () => {
  const text = (cell: string) => ['索引号：11350-2026-00012', `发布机构：${cell}`, '成文日期：2026-03-02',
    '区人民政府办公室关于印发东湖区2026年城市管理重点工作要点的通知', '各街道办事处，区政府各部门：', '现将《东湖区2026年城市管理重点工作要点》印发给你们，请认真贯彻落实。',
    '区人民政府办公室', '2026年3月2日', '东湖区2026年城市管理重点工作要点', '一、市容环境', '（一）整治背街小巷20条。（区城管局）'].join('\n');
  it.each(['临江市人民政府办公室', '东湖街道办事处'])('发布机构：%s', (cell) => {
    expect(importText(text(cell), 'x.txt').meta.issuer).toBe('区人民政府办公室');
  });
});

describe('capital numerals number a text only as a run from 壹 (parse.ts daxieRun)', () => {
  it('"陆、海、空多式联运…" in a section\'s text is text, not a top-level part', () => {
    const plan = importText(['东湖区2026年综合交通工作方案', '一、总体目标', '构建海陆空立体交通网络。', '二、重点任务', '（一）完善路网',
      '陆、海、空多式联运示范工程年内启动。', '1.新建城东快速路。2026年底前建成通车。（区交通局）', '2.建设临港物流园。（区商务局）', '三、保障措施', '加强组织领导。'].join('\n'), 'x.txt');
    expect(plan.nodes.map((n) => n.number + n.heading)).toEqual(['一、总体目标', '二、重点任务', '三、保障措施']);
    expect(byHeading(plan.nodes, '完善路网').body).toContain('陆、海、空多式联运示范工程年内启动。');
  });
  it('壹、 貳、 參、 over 一、 still number the parts', () => {
    const plan = importText(['南嶼縣政府115年度施政計畫', '壹、前言', '本縣施政以民為本。', '貳、年度施政重點', '一、社會處', '（一）擴大長照服務據點。', '參、預期效益', '提升縣民福祉。'].join('\n'), 'x.txt');
    expect(plan.nodes.map((n) => n.number)).toEqual(['壹、', '貳、', '參、']);
  });
});

describe('"等" closes a list only with what it qualifies (departments.ts normaliseDept)', () => {
  it('平等镇 is a town; …等区有关部门, …等县直 and …等 still end the name', () => {
    expect(['平等镇', '平等镇人民政府', '上等乡人民政府'].map(normaliseDept)).toEqual(['平等镇', '平等镇人民政府', '上等乡人民政府']);
    expect(['区发改委等区有关部门', '区民政局等县直', '区教育局等县直有关单位', '上海联通浦东分公司等', '区财政局等有关'].map(normaliseDept))
      .toEqual(['区发改委', '区民政局', '区教育局', '上海联通浦东分公司', '区财政局']);
  });
});

