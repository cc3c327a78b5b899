/**
 * General rules of the importer's batch 18 round (docs/importer-grammar.md, "Rules added for batch 18"): the gaps the
 * fifth blind batch 98–103 found. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('〔牵头单位：…；责任单位：…〕: tortoise-shell brackets as the bracket of a task’s units (济南 钢城区 分工方案)', () => {
  it('the closing 〕 is no part of the last partner', () => {
    const t = tasks(`某区2025年优化营商环境重点任务
一、提升政务服务
1.深化“一窗通办”改革。综合窗口办件占比达到90%以上。〔牵头单位：区行政审批服务局；责任单位：各街道办事处〕
2.规范公共资源交易。〔牵头单位：区公共资源交易中心；责任单位：区住房城乡建设局、区交通运输局〕`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区行政审批服务局'], ['各街道办事处']],
      [['区公共资源交易中心'], ['区住房城乡建设局', '区交通运输局']],
    ]);
  });
});

describe('（A牵头，B参与，C落实）: three roles in one bracket (郑州 金水区 河长制工作要点)', () => {
  it('the units that take part and the units that carry it out are partners', () => {
    const t = tasks(`某区2025年河湖长制工作要点
一、推进重点河道治理
1.实施白鹭河综合治理。完成干流清淤8.5公里。（区水务局牵头，区生态环境局、区财政局参与，白鹭街道、滨江街道落实）
2.提升小微水体。完成小微水体整治40处。（区农业农村局牵头，各镇街落实）`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区水务局'], ['区生态环境局', '区财政局', '白鹭街道', '滨江街道']],
      [['区农业农村局'], ['各镇街']],
    ]);
  });
  it('a list that only says who carries it out: they lead', () => {
    const t = tasks(`某区2025年工作要点
一、治理
1.整治东渠。完成截污纳管。（东渠街道落实）`);
    expect(t[0].lead).toEqual(['东渠街道']);
  });
});

describe('牵头科室 / 配合科室 lines: a street’s or a bureau’s own offices (街道 年度工作计划)', () => {
  it('read as the lead and partner labels', () => {
    const t = tasks(`某街道2025年重点工作计划
一、重点工作
（一）推进老旧小区改造。完成5个老旧小区综合改造。
牵头科室：街道城市建设管理办公室
配合科室：街道平安建设办公室、各社区居委会
（二）深化网格化治理。优化调整网格36个。
责任处室：区局综合处`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['街道城市建设管理办公室'], ['街道平安建设办公室', '各社区居委会']],
      [['区局综合处'], []],
    ]);
  });
});

describe('时间节点 of months without a year in a one-year plan (街道 年度工作计划)', () => {
  it('the node is the plan’s year, as a 完成时限 without a year is', () => {
    const t = tasks(`某街道2025年重点工作计划
一、重点工作
（一）推进老旧小区改造。完成5个老旧小区综合改造。
时间节点：3月底前完成施工招标；6月底前全面开工；11月底前全部完工。
牵头科室：街道城市建设管理办公室
（二）打造便民生活圈。新建社区食堂2个。
进度安排：9月底前建成运营。
牵头科室：街道社区服务办公室`);
    expect(t.map((n) => n.milestones.map((m) => m.year))).toEqual([[2025], [2025]]);
  });
});

describe('"附件：1.X" ⏎ "2.Y" closing a plan without a notice, before 附件1 and 附件2 themselves', () => {
  it('the list’s first line names an annex and is none (as its second line already was)', () => {
    const d = importText(`某街道2025年重点工作计划
一、重点工作
（一）推进老旧小区改造。完成5个老旧小区综合改造。
二、工作要求
（一）细化责任。每月报送进展。
附件：1.重点工作月度安排表
      2.老旧小区改造项目表
附件1
重点工作月度安排表
月份\t主要工作
3月\t施工招标
附件2
老旧小区改造项目表
序号\t小区名称
1\t青霞一村`, 'x.txt');
    expect(d.nodes.filter((n) => n.kind === 'appendix').map((n) => [n.number, n.heading])).toEqual([
      ['附件1', '重点工作月度安排表'],
      ['附件2', '老旧小区改造项目表'],
    ]);
  });
});

describe('"1*." — a point marked by a star after its number (广州 黄埔区 营商环境 行动方案: the new reforms)', () => {
  const text = `某区2025年优化营商环境改革任务清单
为优化营商环境，制定本清单。带“*”号的为今年新增的创新改革事项。
一、提升政务服务效能
1*.推行“高效办成一件事”集成服务。2025年6月底前实现12个“一件事”集成办理。〔牵头单位：区行政审批服务局〕
2.深化“一窗通办”改革。综合窗口办件占比达到90%以上。〔牵头单位：区行政审批服务局〕
3＊．开展涉企收费专项治理。〔牵头单位：区发展改革局〕`;
  it('is a point numbered as written, star kept', () => {
    const t = tasks(text);
    expect(t.map((n) => [n.number, n.heading])).toEqual([
      ['1*.', '推行“高效办成一件事”集成服务'],
      ['2.', '深化“一窗通办”改革'],
      ['3＊．', '开展涉企收费专项治理'],
    ]);
  });
});

describe('a plan without a notice whose title names no place, signed by "中共X县委办公室" (县委全会 分工方案)', () => {
  it('the signature’s place is the plan’s district', () => {
    const d = importText(`贯彻落实县委十四届八次全会精神重点任务分工方案
一、着力推动经济高质量发展
1）加快建设特色产业园区。新建标准厂房10万平方米。
牵头单位：县发展改革局
二、着力维护社会和谐稳定
2）推进平安建设。深化矛盾纠纷排查化解。
牵头单位：县委政法委、县政府办
中共岱川县委办公室
2025年1月20日`, 'x.txt');
    expect([d.meta.district, d.meta.issuer, d.meta.issuedOn]).toEqual(['岱川县', '中共岱川县委办公室', '2025-01-20']);
  });
});

describe('实施步骤 / 实施阶段 / 进度安排: the steps of the work are never a task context, though 实施 opens the heading', () => {
  it('its dated (一) stages are sections beside (一) tasks elsewhere', () => {
    const d = importText(`某区市容环境秩序专项整治行动方案
一、整治重点
（一）占道经营整治。清理流动摊贩。牵头单位：区城市管理局　配合单位：区市场监管局
（二）违规户外广告整治。拆除违规广告牌200块以上。牵头单位：区城市管理局　配合单位：各街道办事处
二、实施步骤
（一）动员部署阶段（2025年4月1日至4月15日）。制定细化方案，召开动员大会。
（二）集中整治阶段（2025年4月16日至9月30日）。各牵头单位集中攻坚。
三、保障措施
（一）加强组织领导。成立领导小组。`, 'x.txt');
    expect(d.nodes.map((n) => n.children.map((c) => c.kind))).toEqual([['task', 'task'], ['section', 'section'], ['section']]);
  });
});

describe('a 任务清单 whose task column says what is done, the task named in another column (整治内容 | 具体任务)', () => {
  it('the row goes to the task its other cell names', () => {
    const t = tasks(`某区市容环境秩序专项整治行动方案
一、整治重点
（一）占道经营整治。清理流动摊贩。牵头单位：区城市管理局
（二）违规户外广告整治。拆除违规广告牌200块以上。牵头单位：区城市管理局
附件
专项整治任务清单
序号\t整治内容\t具体任务\t牵头单位\t完成时限
1\t占道经营整治\t清理流动摊贩和店外经营，设置便民疏导点15处\t区城市管理局\t2025年9月底前
2\t违规户外广告整治\t拆除违规、破损广告牌200块以上\t区城市管理局\t2025年8月底前`);
    expect(t.map((n) => n.milestones.map((m) => `${m.year}${m.stage}`))).toEqual([['2025完成'], ['2025完成']]);
  });
});
