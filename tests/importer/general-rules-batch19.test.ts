/**
 * General rules found by blind batch 19 (corpus 106–111, docs/importer-corpus.md; docs/importer-grammar.md "Rules added
 * for batch 19"). Every case is written in our own words and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const doc = (text: string) => importText(text, 'x.txt');
const nodes = (text: string) => [...walk(doc(text).nodes)].map((w) => w.node);
const tasks = (text: string) => nodes(text).filter((n) => n.kind === 'task');
const roles = (text: string) => tasks(text).map((n) => [n.heading, n.lead, n.partners]);

describe('a group closing with one line of departments for all its points (三年行动)', () => {
  it('"以上任务由A牵头，B、C配合。" after the last point gives every point of the group A and B, C', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
（一）景区提升行动
1.提升河桥古镇景区。2026年底前完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。
以上任务由区文化旅游局牵头，区住房城乡建设局、区市场监管局配合。
（二）品牌推广行动
3.办好河桥灯会。每年举办灯会1次。
4.拓展客源市场。
以上任务由区文化旅游局负责。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局', '区市场监管局']],
      ['培育精品民宿', ['区文化旅游局'], ['区住房城乡建设局', '区市场监管局']],
      ['办好河桥灯会', ['区文化旅游局'], []],
      ['拓展客源市场', ['区文化旅游局'], []],
    ]);
  });
  it('the line after a 专栏 that closes the group gives the points before the 专栏; a point naming its own keeps them', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
1.提升河桥古镇景区。完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。（区农业农村局负责）
专栏1　景区提升重点项目
——河桥古镇游客中心改造项目
——滨河夜游项目
以上任务由区文化旅游局牵头，区住房城乡建设局配合。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局']],
      ['培育精品民宿', ['区农业农村局'], []],
    ]);
  });
  it('"以上第1项由A牵头，B配合；第2、3项由C牵头。" gives each point the roles of its number', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
1.提升河桥古镇景区。完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。
3.发展体育赛事。每年举办品牌赛事2场。
以上第1项由区文化旅游局牵头，区住房城乡建设局配合；第2、3项由区体育中心牵头，各街道配合。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局']],
      ['培育精品民宿', ['区体育中心'], ['各街道']],
      ['发展体育赛事', ['区体育中心'], ['各街道']],
    ]);
  });
});

describe('a 倒排工期 schedule dated with dots (节点安排)', () => {
  const text = `河桥区2025年重大项目建设倒排工期计划
一、产业类项目
1.河桥智能制造产业园
建设内容：新建标准厂房8万平方米。
责任单位：区工业和信息化局（牵头）、河桥城投集团有限公司
节点安排：2025.04.30前完成施工图审查；2025.06.30前开工建设；2026.06.30前竣工投用。
2.河桥中学扩建工程
责任单位：区教育局
节点安排：2025/3/31前开工；2025.12底前主体封顶；2026.8前投入使用。`;
  it('节点安排 is a field of its own (the 责任单位 line before it ends there) and each dated node a milestone of its year', () => {
    const t = tasks(text);
    expect(t.map((n) => [n.heading, n.lead, n.partners, n.milestones.map((m) => m.year)])).toEqual([
      ['河桥智能制造产业园', ['区工业和信息化局'], ['河桥城投集团有限公司'], [2025, 2026]],
      ['河桥中学扩建工程', ['区教育局'], [], [2025, 2026]],
    ]);
    // the milestone's text is the nodes as written, dots and all (a year's nodes one after another, joined by ；, since
    // session 39: each year's first node before), cut where it is written after a date without a day ("2025.12底前" is
    // longer as words: review 31 found "026.8前投入使用")
    expect(t.map((n) => n.milestones.map((m) => m.text))).toEqual([
      ['2025.04.30前完成施工图审查；2025.06.30前开工建设', '2026.06.30前竣工投用'],
      ['2025/3/31前开工；2025.12底前主体封顶', '2026.8前投入使用'],
    ]);
  });
  it('a number with a decimal is no date ("总投资2025.5万元")', () => {
    const t = tasks(`河桥区2025年重大项目建设倒排工期计划
一、产业类项目
1.河桥物流园
总投资2025.5万元，建设冷库1座。
责任单位：区商务局`);
    expect(t[0].milestones).toEqual([]);
  });
});

describe('a 镇 plan: its notice signed by the township, tasks with 责任站所 / 责任村（社区） lines', () => {
  const text = `河湾镇人民政府
关于印发《河湾镇2025年重点工作计划》的通知
各村（社区），镇直各单位：
现将《河湾镇2025年重点工作计划》印发给你们，请认真落实。
汀水县河湾镇人民政府
2025年2月10日
河湾镇2025年重点工作计划
一、重点工作
1.建设高标准农田。新建高标准农田2000亩。
包村领导：王强
责任站所：镇农业综合服务中心、镇水利站
责任村（社区）：东湾村、西湾村
完成时限：2025年10月底前
2.深化平安河湾建设。矛盾纠纷调处成功率达到98%。
责任站所：镇综治中心
完成时限：2025年12月底前`;
  it('the township government (with its county, when said twice) is the issuer, its county the district', () => {
    const m = doc(text).meta;
    expect([m.issuer, m.district, m.issuedOn]).toEqual(['汀水县河湾镇人民政府', '汀水县', '2025-02-10']);
  });
  it('the 站所 lead, the villages carry the task out (partners); the 包村领导 is no department', () => {
    expect(roles(text)).toEqual([
      ['建设高标准农田', ['镇农业综合服务中心', '镇水利站'], ['东湾村', '西湾村']],
      ['深化平安河湾建设', ['镇综治中心'], []],
    ]);
  });
});

describe('a notice of the party committee\'s working committee (机关党建)', () => {
  it('"中共X区委区直机关工作委员会" is the issuer whole, not the party committee', () => {
    const m = doc(`中共河桥区委区直机关工作委员会
关于印发《2025年区直机关党建工作要点》的通知
区直各单位党组织：
现将《2025年区直机关党建工作要点》印发给你们，请认真贯彻落实。
中共河桥区委区直机关工作委员会
2025年3月1日
2025年区直机关党建工作要点
一、强化政治建设
（一）深化理论武装。全年集中学习12次。
责任部门：区直机关工委宣传部
责任人：李明`).meta;
    expect([m.issuer, m.district]).toEqual(['中共河桥区委区直机关工作委员会', '河桥区']);
  });
});

describe('a 责任清单 that is only its table, with a 类别 column merged down (开发区)', () => {
  const text = `河桥经济开发区2025年重点工作及责任清单
序号\t类别\t重点工作\t责任领导\t责任单位\t完成时限
1\t招商引资\t引进亿元以上项目10个，实际到位资金30亿元\t陈明\t招商服务部\t全年
2\t\t落实项目专班服务机制\t陈明\t安商服务部、经济发展局\t6月底前
3\t园区建设\t建成污水处理厂二期\t李强\t规划建设局、河桥开发区建设发展有限公司\t2025年9月底前
4\t\t盘活低效工业用地300亩\t李强\t改革办\t全年
河桥经济开发区管理委员会党政办公室　　2025年2月20日印发`;
  it('each 类别 is a part over its rows; a row whose 类别 cell is empty keeps its cells where they are', () => {
    const ns = nodes(text);
    expect(ns.map((n) => `${n.kind} ${n.heading}`)).toEqual([
      'part 招商引资', 'task 引进亿元以上项目10个，实际到位资金30亿元', 'task 落实项目专班服务机制',
      'part 园区建设', 'task 建成污水处理厂二期', 'task 盘活低效工业用地300亩',
    ]);
    expect(roles(text).map((r) => r[1])).toEqual([['招商服务部'], ['安商服务部', '经济发展局'], ['规划建设局', '河桥开发区建设发展有限公司'], ['改革办']]);
  });
  it('the 责任领导 stays the task\'s text; "6月底前" in a one-year plan is a milestone of that year; the 版记 of a zone\'s office is no text', () => {
    const d = doc(text);
    const t = [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    expect(t[1].body).toContain('责任领导：陈明');
    expect(t[1].milestones.map((m) => [m.year, m.stage])).toEqual([[2025, '完成']]);
    expect(t[0].milestones).toEqual([]);
    expect(d.meta.preamble).not.toContain('印发');
  });
  it('a sum of money named for what it counts is a target in a sentence of counts ("实际到位资金30亿元")', () => {
    const t = tasks(text);
    expect(t[0].indicators.map((i) => [i.name, i.value, i.unit])).toContainEqual(['实际到位资金', 30, '亿元']);
  });
});

describe('an indicator table with a 类别 column merged down and units in brackets after the names (专项规划)', () => {
  it('every row is read by its positions; "…床位数（张）" is the name 床位数 with the unit 张', () => {
    const d = doc(`河桥区“十四五”养老服务体系建设规划
一、总体要求
（一）发展目标
到2025年，基本建成养老服务体系。
类别\t序号\t指标名称\t2020年基期值\t2025年目标值\t属性
养老服务供给\t1\t每千名老年人拥有养老床位数（张）\t34\t40\t约束性
\t2\t养老机构护理型床位占比（%）\t48\t60\t约束性
居家社区养老\t3\t老年助餐点（个）\t32\t80\t预期性
二、主要任务
（一）扩大老年助餐服务
1.新增老年助餐点48个。（责任单位：区民政局）`);
    const goal = [...walk(d.nodes)].map((w) => w.node).find((n) => n.heading === '发展目标')!;
    expect(goal.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
      ['每千名老年人拥有养老床位数', 40, '张'],
      ['养老机构护理型床位占比', 60, '%'],
      ['老年助餐点', 80, '个'],
    ]);
  });
});

describe('the 版记 printed by a township government (the official .docx of a 镇 plan read back)', () => {
  it('"汀水县河湾镇人民政府  2025年2月10日印发" closing the plan is no text of its last node', () => {
    const t = tasks(`河湾镇2025年重点工作计划
一、重点工作
1.建设高标准农田。新建高标准农田2000亩。
责任站所：镇农业综合服务中心
2.深化平安河湾建设。矛盾纠纷调处成功率达到98%。
责任站所：镇综治中心
汀水县河湾镇人民政府　　2025年2月10日印发`);
    expect(t[1].body).not.toContain('印发');
  });
});
