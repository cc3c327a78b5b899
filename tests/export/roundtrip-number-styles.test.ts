/**
 * Every numbering style the importer's grammar reads (shared/importer/grammar.ts RULES, RULE by id) is printed by the exports so
 * that it reads back: a small document written in that style, imported, exported as Markdown and as plain Word and
 * imported again, gives back its outline and fields (as the round-trip property compares them). The table below holds
 * one document for each rule id; a rule added to the grammar without one fails the first test.
 * Session 43 (h-fix43a): the stages of a 实施方案 (第一阶段：启动部署（…）, h-gen28's `stage`) were printed （一）（二）（三）,
 * and a stage named 总结评估 read back as an evaluation heading whose task became an item (corpus 302); they keep 第X阶段.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { RULE, readMarker } from '../../shared/importer/public';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

const HEAD = '南屿县数字化发展工作方案（2026—2027年）\n\n为推进全县数字化发展，结合本县实际，制定本方案。\n\n';
/** One document per rule id, in our own wording. */
const DOCS: Record<string, string> = {
  part: '第一部分 总体要求\n到2027年，全县建成智慧社区20个。\n第二部分 主要任务\n一、建设社区服务平台\n整合社区服务资源，建成统一平台。\n二、完善社区治理机制\n健全网格化管理制度。',
  pian: '第一篇 发展基础\n第一章 发展环境\n全县经济保持平稳增长。\n第二篇 发展任务\n第二章 产业发展\n加快建设现代农业产业园。\n第三章 城乡建设\n推进城乡基础设施一体化。',
  daxie: '壹、前言\n本縣持續推進數位治理。\n貳、年度施政重點\n一、推動智慧交通\n建置交通號誌聯網系統。\n二、推動智慧醫療\n建置遠距醫療服務平台。',
  chapter: '第一章 发展基础\n全县经济平稳增长。\n第二章 主要任务\n一、推进产业升级\n建成产业园区两个。\n二、推进城乡融合\n完成美丽乡村建设10个。',
  jie: '第一章 发展任务\n第一节 推进数字政府建设\n建成县级政务云平台。\n第二节 完善信息基础设施\n新建5G基站300个。\n第二章 保障措施\n加强组织领导，落实工作责任。',
  action: '一、重点行动\n行动一：智慧政务提升行动\n1.建设政务服务平台。整合全县政务服务事项。（牵头单位：县数据局）\n行动二：城市更新行动\n2.改造老旧小区。完成老旧小区改造20个。（牵头单位：县住房城乡建设局）\n二、保障措施\n加强组织领导。',
  keytask: '一、主要任务\n重点任务1：建设综合云平台\n整合各部门计算资源。（牵头单位：县数据局）\n重点任务2：推进数据共享\n建立数据共享目录。（牵头单位：县数据局）\n二、保障措施\n加强组织领导。',
  box: '一、主要任务\n（一）建设智慧交通\n建成智能信号灯系统。\n专栏1 智慧交通重点工程\n1.智能信号灯改造工程。\n2.公交电子站牌工程。\n（二）建设智慧医疗\n建成远程医疗服务平台。',
  appendix: '一、主要任务\n（一）建设政务云平台\n整合全县计算资源。\n（二）推进数据共享\n建立共享目录。\n\n附件：重点项目名单\n1.县级政务云平台建设项目\n2.数据共享交换平台建设项目',
  article: '第一条 为加强政府投资项目管理，制定本办法。\n第二条 本办法适用于全县政府投资项目。\n第三条 县发展改革局负责项目审批和监督管理。',
  stage: '一、建设目标\n到2027年底，全县生活垃圾回收利用率达到40%。\n二、阶段任务\n第一阶段：启动部署（2026年1月—6月）\n1.编制任务清单。梳理固体废物底数。（责任单位：县生态环境局）\n第二阶段：全面推进（2026年7月—2027年6月）\n2.建设资源化利用项目。建成建筑垃圾资源化利用厂1座。（责任单位：县城市管理局）\n第三阶段：总结评估（2027年7月—12月）\n3.开展建设成效评估。委托第三方机构进行评估。（责任单位：县生态环境局）',
  cn: '一、总体要求\n到2027年，全县数字经济核心产业增加值达到30亿元。\n二、主要任务\n（一）推进产业数字化\n建设数字化车间10个。\n（二）推进数字产业化\n引进数字企业20家。',
  cnparen: '一、主要任务\n（一）推进产业数字化\n建设数字化车间10个。\n（二）推进数字产业化\n引进数字企业20家。\n二、保障措施\n（一）加强组织领导\n成立工作专班。',
  decimal3: '一、主要任务\n1.1 建设感知网络\n1.1.1 建设视频感知网络\n新建高清视频监控点500个。\n1.1.2 建设物联感知网络\n部署水位传感器100个。\n1.2 建设数据平台\n建成县级数据平台。',
  decimal: '一、主要任务\n1.1 建设城市大脑\n整合城市运行数据。（牵头单位：县数据局）\n1.2 推进数据共享\n建立数据共享目录。（牵头单位：县数据局）\n二、保障措施\n加强组织领导。',
  arabic: '一、主要任务\n1.推进光纤入户。新增光纤用户1万户。（牵头单位：县工业和信息化局）\n2.建设政务云。建成县级政务云平台。（牵头单位：县数据局）\n二、保障措施\n加强组织领导。',
  paren: '一、主要任务\n1.推进光纤入户。（牵头单位：县工业和信息化局）\n（1）完成城区光纤改造。\n（2）推进农村光纤覆盖。\n2.建设政务云。建成县级政务云平台。（牵头单位：县数据局）',
  halfparen: '一、主要任务\n1.推进光纤入户。（牵头单位：县工业和信息化局）\n1)完成城区光纤改造。\n2)推进农村光纤覆盖。\n2.建设政务云。建成县级政务云平台。（牵头单位：县数据局）',
  letter: '1 总则\n\n1.1 规划目的\n为构建连续舒适的慢行交通网络，编制本规划。\n\n2 重点任务\n\n2.1 步行系统规划\n\n2.1.1 完善步行网络\n结合道路改造补齐人行道断点。\na）主干道人行道宽度不小于3米；\nb）次干道人行道宽度不小于2米。\n（责任单位：县住房城乡建设局）\n\n2.1.2 建设过街设施\n在学校周边新建人行过街设施10处。\n（责任单位：县交通运输局）',
  shi: '一、主要任务\n（一）推进数字政府建设\n一是完善政务云平台。扩容计算和存储资源。\n二是加强数据共享。建立数据共享目录。\n（二）推进数字社会建设\n建设智慧社区10个。',
  circled: '一、主要任务\n1.推进光纤入户。（牵头单位：县工业和信息化局）\n①完成城区光纤改造。\n②推进农村光纤覆盖。\n2.建设政务云。建成县级政务云平台。（牵头单位：县数据局）',
  bullet: '一、主要任务\n（一）推进数字政府建设\n•完善政务云平台。\n•加强数据共享。\n（二）推进数字社会建设\n建设智慧社区10个。',
};

const enc = new TextEncoder();
const styleOf = (number: string, heading: string) => readMarker(`${number.trim()}${number.trim() && /阶段$/.test(number.trim()) ? '：' : ''}${heading}`)?.style ?? null;

describe('every numbering style of the grammar reads back through the exports', () => {
  it('the table holds a document for every rule of the grammar', () => {
    expect(Object.keys(RULE).filter((id) => !(id in DOCS))).toEqual([]);
  });
  it.each(Object.keys(DOCS))('%s', async (id) => {
    const d: PlanDoc = await importFile({ bytes: enc.encode(HEAD + DOCS[id]), fileName: `${id}.txt` });
    // the document uses the style: some node is numbered in it as written
    const styles = [...walk(d.nodes)].map((w) => styleOf(w.node.number, w.node.heading || w.node.body));
    expect(styles).toContain(id);
    const md = await importFile({ bytes: enc.encode(buildMarkdown(d)), fileName: 'plan.md' });
    expect(lost(d, md)).toEqual([]);
    const word = await importFile({ bytes: await buildDocx(d, {}), fileName: 'plan.docx' });
    expect(lost(d, word, { skipMeta: NOT_IN_PLAIN_WORD })).toEqual([]);
  });
});

describe('a point with no heading whose number the grammar reads alone but not run in', () => {
  // (h-fix43c's bare stage, "第一阶段" alone over its text: the Word export ran the number into the text, "第一阶段：2026年1月至
  // 3月，完成…。", which the stage rule (a name, not a sentence) reads as text — the stage was lost through plain Word)
  const text = HEAD + '一、主要任务\n（一）推进垃圾分类\n新建分类投放点200个。（牵头单位：县城管局）\n二、实施安排\n第一阶段\n2026年1月至3月，完成方案制定和任务分解。\n第二阶段 全面推进\n2026年4月至10月，各单位全面推进各项任务。\n第三阶段：巩固提升\n2026年11月至12月，总结经验，巩固成效。\n三、保障措施\n加强组织领导。';
  it('comes back through Markdown and plain Word', async () => {
    const d: PlanDoc = await importFile({ bytes: enc.encode(text), fileName: 'stages.txt' });
    const stages = d.nodes[1].children;
    expect(stages.map((s) => [s.number, s.heading])).toEqual([['第一阶段', ''], ['第二阶段', '全面推进'], ['第三阶段', '巩固提升']]);
    const md = await importFile({ bytes: enc.encode(buildMarkdown(d)), fileName: 'plan.md' });
    expect(lost(d, md)).toEqual([]);
    const word = await importFile({ bytes: await buildDocx(d, {}), fileName: 'plan.docx' });
    expect(lost(d, word, { skipMeta: NOT_IN_PLAIN_WORD })).toEqual([]);
  });
});
