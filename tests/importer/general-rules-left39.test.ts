/**
 * What session 38 left in the importer (docs/importer-grammar.md, "Rules added in session 39 (h-left39)"): a baseline
 * read as a target; several steps of one year; a measure whose first clause holds a space in a table of two task columns; the second length phrase of a paragraph. Each case is written afresh, with fictional places, in two styles; the rule cases fail on b762efe5,
 * the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const indicators = (ns: PlanNode[]) => all(ns).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`));

describe('a baseline is no target: what is there before the plan names the target after it (indicators.ts baseZones)', () => {
  it('a 行动方案 whose 主要目标 opens each target with its baseline: 截至…, a year before the plan, 现有, 目前, 从…提高到…', () => {
    const p = plan(['临江市东湖区数字乡村建设三年行动方案（2025—2027年）', '一、主要目标',
      '截至2024年底，全区行政村5G网络覆盖率达45%，到2027年达到60%。',
      '2023年全区农产品网络零售额已达到3.2亿元，到2027年力争达到6亿元。',
      '全区现有电商服务站点80家，到2027年达到150家。',
      '目前全区农村宽带接入用户达到3.5万户，到2027年达到5万户。',
      '快递进村覆盖率从70%提高到95%。',
      '二、重点任务', '（一）推进网络覆盖。2024年全区行政村4G网络覆盖率98%，2027年全面达到100%。',
      '（二）发展农村电商。2024年全区农村电商主体达到1200家，2026年达到1600家，2027年达到2000家。'].join('\n'));
    // (the target of each, its year the year it names or the plan's last; no baseline of 2023 or 2024, 45%, 80家, 3.5万户)
    expect(indicators(p.nodes)).toEqual([
      '行政村5G网络覆盖率 >= 60% 2027', '农产品网络零售额 >= 6亿元 2027', '电商服务站点 >= 150家 2027',
      '农村宽带接入用户 >= 5万户 2027', '快递进村覆盖率 >= 95% 2027',
      '行政村4G网络覆盖率 >= 100% 2027', '农村电商主体 >= 1600家 2026', '农村电商主体 >= 2000家 2027']);
  });

  it('a 工作要点 of one year whose baselines stand in a bracket or a clause before the target, and a 由…的…下降至… pair', () => {
    const p = plan(['青川区2026年养老服务工作要点', '一、工作目标',
      '护理型床位占比提高到60%（2025年底为52%）。',
      '2025年底，全区社区嵌入式服务设施18个；2026年底，嵌入式服务设施达到30个。',
      '老年人意外伤害发生率由2025年的3.2‰下降至2026年的2.5‰以内。',
      '二、重点工作', '1.推进助餐服务。全区已建成老年助餐点46个，2026年新增助餐点20个。'].join('\n'));
    expect(indicators(p.nodes)).toEqual([
      '护理型床位占比 >= 60% 2026', '嵌入式服务设施 >= 30个 2026', '老年人意外伤害发生率 <= 2.5‰ 2026', '助餐点 = 20个 2026']);
  });

  it('a year before the plan dating a thing is no target year (改造2000年底前建成的…: the plan\'s last); guards: a base of a change (较2024年) and steps of the plan\'s own years stay targets', () => {
    const p = plan(['南屿县城镇老旧小区改造三年行动方案（2025—2027年）', '一、主要目标',
      '改造2000年底前建成的老旧小区48个。',
      '万元地区生产总值用水量较2024年下降8%。',
      '2025年改造40个，2026年改造60个，2027年改造120个。',
      // (a change from a year before the plan to a level of no year tells what was done: no target)
      '全区易涝点由2023年的31处减少至9处。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['老旧小区 = 48个 2027', '万元地区生产总值用水量较2024年下降 >= 8% 2027',
      '改造 = 40个 2025', '改造 = 60个 2026', '改造 = 120个 2027']);
  });

  it('a plan that names no period: 截至… is a baseline up to the year it aims at', () => {
    const p = plan(['云溪区关于加快公共充电设施建设的实施意见', '一、工作目标',
      '截至2024年底，全区建成公共充电桩1200个，到2027年达到3000个以上，其中快充桩占比达到40%。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['公共充电桩 >= 3000个 2027', '快充桩占比 >= 40% 2027']);
  });
});

describe('several steps of one year are all said in that year\'s milestone (celltable.ts stepOfYear)', () => {
  const ms = (text: string) => all(plan(text).nodes).filter((n) => n.milestones.length).map((n) => `${n.heading}: ${n.milestones.map((m) => `${m.year} ${m.stage ?? '-'} ${m.text}`).join(' | ')}`);
  it('a 时间节点 line and a sentence of yearly steps, each with two steps of 2026 (a half-year\'s and the year-end\'s)', () => {
    expect(ms(['南屿县农村供水保障两年行动计划（2026—2027年）', '一、重点任务',
      '1.改造老旧供水管网。更新农村供水管网120公里。', '牵头单位：县水利局',
      '时间节点：2026年6月底前完成管网普查；2026年底前完成改造60公里；2027年10月底前全面完成。',
      '2.建设水质监测站。新建水质自动监测站8座。', '牵头单位：县卫生健康局',
      '2026年上半年完成站点选址，2026年底前建成4座，2027年底前建成其余4座。'].join('\n'))).toEqual([
      '改造老旧供水管网: 2026 完成 2026年6月底前完成管网普查；2026年底前完成改造60公里 | 2027 完成 2027年10月底前全面完成',
      '建设水质监测站: 2026 完成 2026年上半年完成站点选址；2026年底前建成4座 | 2027 完成 2027年底前建成其余4座',
    ]);
  });
  it('a 倒排工期 of dotted dates and quarters: the starts of one year one milestone, its ends another', () => {
    expect(ms(['云溪区2026年重点项目建设计划', '一、城建项目', '1.云溪大道改造工程',
      '进度安排：2026.03.31前完成施工图审查；2026.09.30前完成路面改造；2027.06.30前完成绿化提升。',
      '2.云溪体育公园', '2026年一季度启动场地平整，2026年三季度启动场馆建设，2027年建成开放。'].join('\n'))).toEqual([
      '云溪大道改造工程: 2026 完成 2026.03.31前完成施工图审查；2026.09.30前完成路面改造 | 2027 完成 2027.06.30前完成绿化提升',
      '云溪体育公园: 2026 启动 2026年一季度启动场地平整；2026年三季度启动场馆建设 | 2027 完成 2027年建成开放',
    ]);
  });
});

describe('a measure whose first clause holds a space, in a table parted by single spaces with two task columns, keeps its first piece (clean.ts MEASURE_OPENS)', () => {
  const rows = (text: string) => all(plan(text).nodes).filter((n) => n.kind === 'task').map((n) => `${n.number}|${n.heading}|${n.body}|${n.lead.join('、')}`);
  it('重点任务 具体措施: measures opening with how often, 完成, 对 and 依托', () => {
    expect(rows(['青川区2026年河湖长制重点任务分解表', '序号 重点任务 具体措施 牵头单位 配合单位 完成时限',
      '1 加强水质 监测 每月监测 断面水质，发现超标及时通报。 区生态环境分局 区水利局 2026年12月底',
      '2 推进河道 综合治理 完成青川河 清淤疏浚，清淤 8万立方米。 区水利局 各街道 2026年10月底',
      '3 整治入河 排污口 对沿河 排污口逐一排查，分类整治。 区生态环境分局 区城管局 2026年9月底',
      '4 守护饮用水 水源地 依托 视频监控系统，实行全天候巡查。 区水利局 区公安分局 持续推进'].join('\n'))).toEqual([
      '1|加强水质 监测|每月监测 断面水质，发现超标及时通报。|区生态环境分局',
      '2|推进河道 综合治理|完成青川河 清淤疏浚，清淤 8万立方米。|区水利局',
      '3|整治入河 排污口|对沿河 排污口逐一排查，分类整治。|区生态环境分局',
      '4|守护饮用水 水源地|依托 视频监控系统，实行全天候巡查。|区水利局',
    ]);
  });
  it('主要任务 工作措施 and one 责任单位 column (both units lead): measures opening with 按季度, 通过 and a date', () => {
    expect(rows(['云溪区2026年优化营商环境重点任务清单', '编号 主要任务 工作措施 责任单位 完成时间',
      '1 提升政务服务 效能 按季度 梳理高频事项清单，推行“一件事一次办”。 区政务服务中心 区数据局 2026年12月底',
      '2 降低企业 融资成本 通过 政银企对接会，全年帮助企业融资20亿元。 区金融办 区财政局 2026年12月底',
      '3 优化工程 建设审批 2026年6月底前 上线联合审批系统，审批时限压减至30个工作日。 区住建局 区自然资源局 2026年6月底'].join('\n'))).toEqual([
      '1|提升政务服务 效能|按季度 梳理高频事项清单，推行“一件事一次办”。|区政务服务中心、区数据局',
      '2|降低企业 融资成本|通过 政银企对接会，全年帮助企业融资20亿元。|区金融办、区财政局',
      '3|优化工程 建设审批|2026年6月底前 上线联合审批系统，审批时限压减至30个工作日。|区住建局、区自然资源局',
    ]);
  });
});

describe('every length a paragraph says is read, not only its first (dates.ts periodFromText)', () => {
  const period = (text: string) => plan(text).meta.period;
  it('a length of the past, then the plan\'s in the next sentence of the same paragraph', () => {
    expect(period(['临江市东湖区推进城市书房建设行动方案', '为进一步完善公共文化服务体系，制定本方案。', '一、总体目标',
      '经过三年努力，全区已建成城市书房18家，阅读服务网络初步形成。下一步，用三年时间，到2028年全区城市书房达到40家。',
      '二、重点任务', '（一）新建一批城市书房。每年新建城市书房8家。'].join('\n'))).toEqual({ start: 2026, end: 2028 });
  });
  it('a length of one work\'s object, then the plan\'s after a ；', () => {
    expect(period(['南屿县加快农村寄递物流体系建设工作方案', '一、工作目标',
      '对现有乡镇快递网点，力争两年内完成改造提升；通过三年左右时间，到2027年底，基本建成县乡村三级寄递物流体系，建制村快递服务通达率达到100%。',
      '二、主要任务', '（一）完善县级分拨中心。'].join('\n'))).toEqual({ start: 2025, end: 2027 });
  });
});
