/**
 * General rules found by blind batch 35 of the corpus (tests/corpus/docs/321–327, h-gen29; docs/importer-corpus.md,
 * batch 35; docs/importer-grammar.md, "Rules added for batch 35").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on f495b327, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const indicators = (n: N) => n.indicators.map((i) => `${i.name}=${i.value}${i.unit}`);
const years = (n: N) => n.milestones.map((m) => `${m.year}${m.stage ?? ''}`);

describe('参与科室 / 参与处室 / 参与股室 name the partners (labels.ts PARTNER_LABELS; 321 is a 市 bureau\'s 处室)', () => {
  it('a 县 bureau\'s 股室: "责任股室：A；参与股室：B、C" — A leads, B and C help', () => {
    const r = plan([
      '南屿县交通运输局2026年工作要点',
      '一、重点工作',
      '1.推进农村公路养护。完成农村公路养护120公里。（责任股室：公路管理股；参与股室：计划财务股、县农村公路养护中心）',
      '2.规范道路运输市场。开展非法营运专项整治。（责任股室：运输管理股；参与股室：县交通执法大队）',
      '二、工作要求',
      '各股室要细化措施。',
    ].join('\n'));
    const n = byHeading(r.nodes, '推进农村公路养护');
    expect(n.lead).toEqual(['公路管理股']);
    expect(n.partners).toEqual(['计划财务股', '县农村公路养护中心']);
    expect(byHeading(r.nodes, '规范道路运输市场').partners).toEqual(['县交通执法大队']);
  });
});

describe('整改任务 / 攻坚任务 / 改革任务 hold the plan\'s work (levels.ts TASK_CONTEXT; 322 is a 函\'s 整改任务)', () => {
  it('the （一） points under "二、改革任务" are tasks, though they name no unit', () => {
    const r = plan([
      '云溪区2026年营商环境改革工作方案',
      '一、总体目标',
      '全年新增市场主体5000户。',
      '二、改革任务',
      '（一）推行企业登记全程电子化。实现企业登记全程网办。',
      '（二）深化工程建设项目审批改革。审批时限压缩至30个工作日。',
      '三、保障措施',
      '（一）加强组织领导。成立工作专班。',
    ].join('\n'));
    expect(byHeading(r.nodes, '推行企业登记全程电子化').kind).toBe('task');
    expect(byHeading(r.nodes, '深化工程建设项目审批改革').kind).toBe('task');
    expect(byHeading(r.nodes, '加强组织领导').kind).not.toBe('task');
  });
});

describe('dated steps joined by arrows are a schedule\'s steps (celltable.ts STEP_ARROWS; 326 is a 区 交通 推进路线)', () => {
  it('"时间节点：2026年5月开工→2027年9月竣工" — the start in 2026, the completion in 2027', () => {
    const r = plan([
      '南湖区2026—2027年水利工程建设计划',
      '一、重点工程',
      '（一）南湖泵站扩建。新增排涝能力每秒20立方米。（牵头单位：区水务局）',
      '时间节点：2026年5月开工→2027年9月竣工验收。',
      '二、保障措施',
      '加强资金保障。',
    ].join('\n'));
    const n = byHeading(r.nodes, '南湖泵站扩建');
    expect(years(n)).toContain('2026启动');
    expect(years(n)).toContain('2027完成');
    // (the words of each step end at its arrow)
    expect(n.milestones.find((m) => m.year === 2027)?.text).toBe('2027年9月竣工验收');
  });
  it('an arrow before no date joins no steps (guard)', () => {
    const r = plan([
      '南湖区2026—2027年水利工程建设计划',
      '一、重点工程',
      '（一）南湖泵站扩建。按照设计→施工→验收流程推进，2027年底前建成投用。（牵头单位：区水务局）',
      '二、保障措施',
      '加强资金保障。',
    ].join('\n'));
    expect(years(byHeading(r.nodes, '南湖泵站扩建'))).toEqual(['2027完成']);
  });
});

describe('累计 after a deadline is the target of that date, no account (celltable.ts ACCOUNT; 323 is a Traditional 港澳 plan)', () => {
  it('"2026年底前建成3个，2027年底前累计建成8个": both years', () => {
    const r = plan([
      '青川区社区嵌入式服务设施建设方案（2026—2027年）',
      '一、主要任务',
      '（一）建设社区嵌入式服务设施。2026年底前建成3个，2027年底前累计建成8个。（牵头单位：区民政局）',
      '二、保障措施',
      '加强统筹。',
    ].join('\n'));
    expect(years(byHeading(r.nodes, '建设社区嵌入式服务设施'))).toEqual(['2026完成', '2027完成']);
  });
  it('"累计完成投资" with no deadline before it stays an account (guard)', () => {
    const r = plan([
      '青川区社区嵌入式服务设施建设方案（2026—2027年）',
      '一、主要任务',
      '（一）建设社区嵌入式服务设施。2026年累计完成投资2亿元，2027年建成8个。（牵头单位：区民政局）',
      '二、保障措施',
      '加强统筹。',
    ].join('\n'));
    expect(years(byHeading(r.nodes, '建设社区嵌入式服务设施'))).not.toContain('2026完成');
  });
});

describe('FLOPS in capitals is a unit of computing (indicators.ts METRIC_UNITS; 324 is a 开发区 AI 算力 target)', () => {
  it('"智能算力规模达到50EFLOPS"', () => {
    const r = plan([
      '临江市2026年算力基础设施建设工作方案',
      '一、重点任务',
      '（一）建设城市智算中心。智能算力规模达到50EFLOPS。（牵头单位：市数据局）',
      '二、保障措施',
      '加强统筹。',
    ].join('\n'));
    expect(indicators(byHeading(r.nodes, '建设城市智算中心'))).toContain('智能算力规模=50EFLOPS');
  });
});

const REPORT = [
  '南屿县人民政府',
  '关于报送南屿县2026年农村供水保障工作方案的报告',
  '南政报〔2026〕3号',
  '',
  '临江市水利局：',
  '　　按照市里部署，我县制定了农村供水保障工作方案，现报送如下。',
  '一、工作目标',
  '全年农村自来水普及率达到98%。',
  '二、主要任务',
  '（一）实施水厂提标改造。改造乡镇水厂4座。（牵头单位：县水利局）',
  '三、保障措施',
  '（一）加强资金保障。县财政安排资金3000万元。',
  '',
  '南屿县人民政府',
  '2026年4月2日',
  '（联系人：县水利局　王芳；联系电话：82012345）',
].join('\n');

describe('a 报告 or 函 sending the organ\'s own plan up (meta.ts NOTICE_BARE, LETTER_TITLE; paragraphs.ts ANNOTATION_LINE; 322 is a 函)', () => {
  it('"关于报送X的报告": the title is X, its year the period', () => {
    const r = plan(REPORT);
    expect(r.meta.title).toBe('南屿县2026年农村供水保障工作方案');
    expect(r.meta.period).toEqual({ start: 2026, end: 2026 });
  });
  it('the date over the 附注 "（联系人：…）" is the signature\'s: its 成文日期', () => {
    expect(plan(REPORT).meta.issuedOn).toBe('2026-04-02');
  });
  it('a 请示 addressed to one organ: "临江市水利局：" alone on its line is its addressee', () => {
    const r = plan(REPORT.replace('的报告', '的请示').replace('关于报送南屿县2026年农村供水保障工作方案', '关于报送南屿县2026年农村供水保障工作方案'));
    expect(r.meta.addressees).toEqual(['临江市水利局']);
  });
  it('a 通知 asking for plans to be sent names no plan of its own (guard)', () => {
    const r = plan([
      '南屿县人民政府办公室',
      '关于报送2025年工作总结和2026年工作计划的通知',
      '县政府各部门：',
      '请于2025年12月20日前报送本单位年度工作总结和下一年度工作计划。',
      '南屿县人民政府办公室',
      '2025年12月1日',
    ].join('\n'));
    expect(r.meta.title).not.toBe('2025年工作总结和2026年工作计划');
  });
});
