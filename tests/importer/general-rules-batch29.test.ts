/**
 * General rules found by blind batch 29 of the corpus (tests/corpus/docs/221–226, h-gen23; docs/importer-corpus.md,
 * batch 29; docs/importer-grammar.md, "Rules added for batch 29").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on b762efe5, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const years = (n: N) => n.milestones.map((m) => `${m.year}${m.stage ?? ''}`).sort();
const figures = (n: N) => n.indicators.map((i) => `${i.name} ${i.value}${i.unit}`);

/** A 资金分配方案 of 青川区 (221 is a 专项资金使用计划 of 云溪区 with (一) projects and a 资金管理 part). */
const FUNDS_PLAN = [
  '青川区2026年就业补助资金分配方案',
  '一、资金分配项目',
  '（一）职业技能培训补贴',
  '面向重点群体开展补贴性职业技能培训。',
  '资金来源：中央和省级就业补助资金',
  '补助资金：600万元',
  '责任单位：区人力资源和社会保障局',
  '配合单位：区财政局',
  '（二）创业担保贷款贴息',
  '对符合条件的创业人员按规定给予贷款贴息。',
  '计划投资：1.2亿元',
  '联系电话：12345678',
  '责任单位：区人力资源和社会保障局',
  '配合单位：区财政局、区金融服务中心',
  '二、监督管理',
  '（一）规范资金拨付。资金按项目进度拨付，不得截留挪用。',
  '（二）开展绩效评价。年度终了开展绩效自评。',
].join('\n');

describe('a 资金使用计划 / 资金分配方案 / 资金分配计划 of one year is a plan of that year (dates.ts, 年度计划)', () => {
  it('the year of the title is the period', () => {
    expect(plan(FUNDS_PLAN).meta.period).toEqual({ start: 2026, end: 2026 });
    expect(plan('南屿县2025年衔接推进乡村振兴补助资金分配计划\n一、分配原则\n按因素法分配。').meta.period).toEqual({ start: 2025, end: 2025 });
  });
  it('guard: a year the title reaches to is no plan year ("到2027年…资金使用计划" names a span it does not give)', () => {
    expect(plan('云溪区到2027年养老服务资金使用计划\n一、总体安排\n统筹使用养老服务资金。').meta.period).toBeNull();
  });
});

describe('a sum of money alone on a line under a label naming a sum is a figure of the work (indicators.ts LABELLED_SUM)', () => {
  it('补助资金：600万元, 计划投资：1.2亿元 — named by the label; the source of funds and a telephone number are no figures', () => {
    const r = plan(FUNDS_PLAN);
    expect(figures(byHeading(r.nodes, '职业技能培训补贴'))).toEqual(['补助资金 600万元']);
    expect(figures(byHeading(r.nodes, '创业担保贷款贴息'))).toEqual(['计划投资 1.2亿元']);
    // (the lines stay the task's text: nothing entered is lost)
    expect(byHeading(r.nodes, '职业技能培训补贴').body).toContain('资金来源：中央和省级就业补助资金');
    expect(byHeading(r.nodes, '职业技能培训补贴').lead).toEqual(['区人力资源和社会保障局']);
  });
  it('a label saying the sum is spent or there already is an account, no figure: "截至目前完成投资：", "累计拨付资金：" (rev39 finding 11)', () => {
    const r = plan(['青川区2026年城市更新项目资金安排计划', '一、续建项目', '（一）滨河片区雨污分流改造', '计划投资：6000万元',
      '截至目前完成投资：2400万元', '累计拨付资金：1800万元', '已到位资金：2000万元', '责任单位：区水务局'].join('\n'));
    expect(figures(byHeading(r.nodes, '滨河片区雨污分流改造'))).toEqual(['计划投资 6000万元']);
    expect(byHeading(r.nodes, '滨河片区雨污分流改造').body).toContain('累计拨付资金：1800万元');
  });
  it('guard: a label that names no sum ("建设规模：", "完成时限：") gives no labelled figure', () => {
    const r = plan(['云溪区2026年口袋公园建设计划', '一、建设项目', '（一）滨江口袋公园', '建设规模：3000平方米', '完成时限：2026年10月底前', '责任单位：区园林绿化中心'].join('\n'));
    expect(figures(byHeading(r.nodes, '滨江口袋公园'))).toEqual([]);
  });
});

describe('the funds a verb of allocating puts into the work are a figure (indicators.ts FUNDS)', () => {
  it('"县财政每年筹集衔接资金5000万元", "统筹投入财政资金1.2亿元": named without the verb', () => {
    const r = plan(['南屿县2026年巩固衔接工作要点', '一、强化投入保障',
      '1.加大财政投入。县财政每年筹集衔接资金5000万元，重点支持产业发展。（责任单位：县财政局）',
      '2.撬动社会投入。统筹投入财政资金1.2亿元，带动社会资本参与。（责任单位：县农业农村局）'].join('\n'));
    expect(figures(byHeading(r.nodes, '加大财政投入'))).toEqual(['衔接资金 5000万元']);
    expect(figures(byHeading(r.nodes, '撬动社会投入'))).toEqual(['财政资金 1.2亿元']);
  });
  it('guard: a rate of aid is no sum of the plan ("按每台20万元给予补助", "每户补助2000元")', () => {
    const r = plan(['云溪区2026年加装电梯工作方案', '一、重点任务',
      '1.实施加装电梯补助。对既有住宅加装电梯按每台20万元给予补助，困难家庭每户补助2000元。（责任单位：区住建局）'].join('\n'));
    expect(figures(byHeading(r.nodes, '实施加装电梯补助'))).toEqual([]);
  });
});

describe('two verbs joined by 或 / 和 before what is counted: the object is the name (indicators.ts JOINED_VERB, VERB_PAIR)', () => {
  it('"新建或改扩建中小学校4所", "改造或更新供水管网35公里"', () => {
    const r = plan(['云溪区2026年民生实事工作要点', '一、重点任务',
      '1.扩大学位供给。新建或改扩建中小学校4所。（责任单位：区教育局）',
      '2.保障供水安全。改造或更新供水管网35公里。（责任单位：区水务局）'].join('\n'));
    expect(figures(byHeading(r.nodes, '扩大学位供给'))).toEqual(['中小学校 4所']);
    expect(figures(byHeading(r.nodes, '保障供水安全'))).toEqual(['供水管网 35公里']);
  });
});

describe('a remainder is no name: what is counted follows the value (indicators.ts ALL_TAIL, REMAINDER)', () => {
  it('"完成剩余12座老旧泵站改造" counts 老旧泵站改造; "年底前完成其余20户" names no 其余', () => {
    const r = plan(['南屿县2026年水利工作要点', '一、重点任务',
      '1.改造老旧泵站。6月底前完成8座，年内全面完成剩余12座老旧泵站改造。（责任单位：县水利局）',
      '2.搬迁沿河住户。6月底前搬迁30户，年底前完成其余20户。（责任单位：县住建局）'].join('\n'));
    expect(figures(byHeading(r.nodes, '改造老旧泵站')).filter((f) => f.includes('12'))).toEqual(['老旧泵站改造 12座']);
    expect(figures(byHeading(r.nodes, '搬迁沿河住户')).some((f) => /其余|剩余/.test(f))).toBe(false);
  });
});

describe('a year counted from the plan\'s first (第一年, 第3年) is that year of its period (dates.ts datedRelativeYears)', () => {
  const FIVE = ['云溪区城市更新五年行动计划（2026—2030年）', '一、重点任务',
    '（一）推进老旧小区改造。改造老旧小区120个，第一年启动首批30个，第3年完成80个，第五年全面完成。（牵头单位：区住建局；配合单位：各街道）',
    '（二）完善城市绿道。建设城市绿道60公里，第二年建成绿道驿站12个，第六年开展评估。（牵头单位：区园林局）'].join('\n');
  it('milestones: 第一年 → 2026, 第3年 → 2028, 第五年 → 2030 in a plan of 2026—2030', () => {
    const r = plan(FIVE);
    expect(years(byHeading(r.nodes, '推进老旧小区改造'))).toEqual(['2026启动', '2028完成', '2030完成']);
  });
  it('a target of such a year carries that year ("第二年建成绿道驿站12个" → 2027), not the plan\'s last', () => {
    const r = plan(FIVE);
    const i = byHeading(r.nodes, '完善城市绿道').indicators.find((x) => x.value === 12);
    expect([i?.name, i?.year]).toEqual(['绿道驿站', 2027]);
  });
  it('guards: past the period (第六年 of five) no year; in a one-year plan, none', () => {
    const r = plan(FIVE);
    expect(years(byHeading(r.nodes, '完善城市绿道')).every((y) => +y.slice(0, 4) <= 2030)).toBe(true);
    expect(byHeading(r.nodes, '完善城市绿道').body).toContain('第六年开展评估');
    const one = plan(['青川区2026年教育工作要点', '一、重点任务', '1.推进课程改革。第一年完成课程方案，第二年全面实施。（责任单位：区教育局）'].join('\n'));
    expect(years(byHeading(one.nodes, '推进课程改革'))).toEqual([]);
  });
  it('guard: 第三年级 is a school year, in a plan of several years too (rev39 finding 15: the case of a one-year plan could not fail)', () => {
    const r = plan(['青川区课程改革三年行动方案（2026—2028年）', '一、重点任务',
      '1.推进课程改革。第一年级全面实施新课程，第三年级开展试点，第五年级推广。（责任单位：区教育局）'].join('\n'));
    expect(years(byHeading(r.nodes, '推进课程改革'))).toEqual([]);
    expect(byHeading(r.nodes, '推进课程改革').body).toContain('第一年级全面实施新课程');
  });
  it('the milestone says the year as the document does: "第二年开工建设", not "2027年开工建设" (rev39 finding 4)', () => {
    const r = plan(['南屿县人才安居三年行动计划（2026—2028年）', '一、重点任务',
      '1.建设人才公寓。第一年完成选址和设计，第二年开工建设，第三年建成交付使用。（牵头单位：县住建局）'].join('\n'));
    const n = byHeading(r.nodes, '建设人才公寓');
    expect(n.milestones.map((m) => `${m.year} ${m.text}`)).toEqual(['2026 第一年完成选址和设计', '2027 第二年开工建设', '2028 第三年建成交付使用']);
  });
  it('a year counted from something else is none of the plan\'s: 签约第一年 (a tenancy), 服务满第2年 (a service) — nor are the 第N年 after it in its sentence (rev39 finding 4)', () => {
    const r = plan(['南屿县人才安居三年行动计划（2026—2028年）', '一、重点任务',
      '1.发放人才租房补贴。对新引进的高层次人才，签约第一年按每月3000元发放租房补贴，第二年按每月2000元发放，第三年按每月1000元发放。（牵头单位：县人社局）',
      '2.落实安家补助。引进人才在县内服务满第2年的，一次性发放安家补助5万元。（牵头单位：县人社局）',
      '3.盘活存量住房。方案实施第一年收储存量商品房200套，第二年完成装修改造。（牵头单位：县住建局）',
      '4.改造公寓供热管网。改造供热管网60公里，其中第一年完成20公里，第三年完成40公里。（牵头单位：县住建局）'].join('\n'));
    expect(byHeading(r.nodes, '发放人才租房补贴').milestones).toEqual([]);
    expect(byHeading(r.nodes, '落实安家补助').milestones).toEqual([]);
    // (the plan's own years, after its name: "方案实施第一年")
    expect(years(byHeading(r.nodes, '盘活存量住房')).map((y) => y.slice(0, 4))).toEqual(['2026', '2027']);
    // (…and after 其中, the part of a total done in a year: "其中第一年完成20公里")
    expect(years(byHeading(r.nodes, '改造公寓供热管网'))).toEqual(['2026完成', '2028完成']);
  });
});

describe('a chain of yearly clauses is read whole when two of them say a stage (celltable.ts textMilestones); 全部 before the verb; 新开工 starts', () => {
  it('"2026年完成选址，2027年新开工2座，2028年全部建成投用" — three milestones, not the two that say a stage; 新开工 a start', () => {
    const r = plan(['南屿县污水处理设施建设三年行动方案（2026—2028年）', '一、重点任务',
      '1.建设乡镇污水处理厂。2026年完成选址，2027年新开工2座，2028年全部建成投用。（牵头单位：县住建局；配合单位：各乡镇人民政府）'].join('\n'));
    expect(years(byHeading(r.nodes, '建设乡镇污水处理厂'))).toEqual(['2026完成', '2027启动', '2028完成']);
  });
});

describe('the closing part of a 资金 plan named by its management alone is its safeguards (levels.ts SAFEGUARD)', () => {
  it('"二、监督管理" after (一) projects with departments: its (一) points are not tasks', () => {
    expect(outline(plan(FUNDS_PLAN).nodes)).toEqual([
      'part 一、|资金分配项目', '  task （一）|职业技能培训补贴', '  task （二）|创业担保贷款贴息',
      'part 二、|监督管理', '  section （一）|规范资金拨付', '  section （二）|开展绩效评价']);
  });
  it('…only a closing part: "（二）专项资金管理" under 重点任务 holds work, its points are tasks as (一)\'s are (rev39 finding 10)', () => {
    const r = plan(['云溪区农村人居环境整治提升方案（2026—2028年）', '一、重点任务', '（一）农村厕所革命',
      '1.新改建农村卫生户厕3000户。', '2.组建户厕管护服务队伍。', '（二）专项资金管理', '1.设立人居环境整治专项资金账户。',
      '2.建立资金拨付和使用台账。', '二、保障措施', '（一）加强组织领导', '成立工作专班。'].join('\n'));
    expect(outline(r.nodes)).toEqual([
      'part 一、|重点任务', '  section （一）|农村厕所革命', '    task 1.|新改建农村卫生户厕3000户', '    task 2.|组建户厕管护服务队伍',
      '  section （二）|专项资金管理', '    task 1.|设立人居环境整治专项资金账户', '    task 2.|建立资金拨付和使用台账',
      'part 二、|保障措施', '  section （一）|加强组织领导']);
  });
  it('…a part of the top level followed only by safeguards is closing: "三、绩效管理" before "四、保障措施"', () => {
    const r = plan(['南屿县2026年衔接资金项目计划', '一、产业发展项目', '（一）茶叶加工厂提升改造', '补助资金：300万元', '责任单位：县农业农村局',
      '（二）冷链物流设施建设', '补助资金：450万元', '责任单位：县商务局', '二、绩效管理', '（一）设定绩效目标', '项目实施前设定产出和效益目标。',
      '（二）开展绩效自评', '项目完工后三个月内完成自评。', '三、保障措施', '（一）强化资金监管', '严格执行报账制。'].join('\n'));
    expect(outline(r.nodes)).toEqual([
      'part 一、|产业发展项目', '  task （一）|茶叶加工厂提升改造', '  task （二）|冷链物流设施建设',
      'part 二、|绩效管理', '  section （一）|设定绩效目标', '  section （二）|开展绩效自评',
      'part 三、|保障措施', '  section （一）|强化资金监管']);
  });
  it('guard: "加强资金管理" named as work under 重点任务 stays a task', () => {
    const r = plan(['云溪区2026年财政工作要点', '一、重点任务', '（一）加强资金管理。建立资金动态监控机制。（责任单位：区财政局）', '（二）深化预算改革。推进零基预算改革。（责任单位：区财政局）'].join('\n'));
    expect(outline(r.nodes)).toEqual(['part 一、|重点任务', '  task （一）|加强资金管理', '  task （二）|深化预算改革']);
  });
});
