/**
 * What session 38 left in the importer (docs/importer-grammar.md, "Rules added in session 39 (h-left39)"): a baseline
 * read as a target; several steps of one year; a measure whose first clause holds a space in a table of two task columns; the second length phrase of a paragraph; a text hard-wrapped under 20 characters. Each case is written afresh, with fictional places, in two styles; the rule cases fail on b762efe5,
 * the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';
import { outline } from './outline-lines';

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

describe('a text hard-wrapped every 12–19 characters is joined back; short lines of a list stay (clean.ts narrowWrap)', () => {
  /** The text hard-wrapped every `n` characters, as a narrow column prints it. */
  const wrap = (t: string, n: number) => t.split('\n').map((l) => l.replace(new RegExp(`(.{${n}})`, 'g'), '$1\n')).join('\n');
  const read = (text: string) => { const p = plan(text); return [...outline(p.nodes), ...indicators(p.nodes), ...all(p.nodes).flatMap((n) => n.lead)]; };
  const fangan = ['云溪区全民健身设施补短板工作方案（2026—2027年）', '一、工作目标',
    '到2027年，全区人均体育场地面积达到2.8平方米，社区15分钟健身圈覆盖率达到95%以上。', '二、重点任务',
    '（一）建设社区健身中心。利用闲置厂房和边角地新建社区健身中心12个，配齐健身器材和管理人员。牵头单位：区体育局。',
    '（二）改造提升全民健身路径。对使用超过八年的健身路径逐一排查，更新老旧器材，全区改造健身路径80条。牵头单位：区城管局。',
    '（三）推动学校体育场地开放。具备条件的公办中小学体育场地在课余时间和节假日向社会开放，开放率达到90%。牵头单位：区教育局。',
    '三、保障措施', '各街道要将健身设施建设纳入年度重点工作，加强日常巡查维护，确保设施安全可用。'].join('\n');
  const yaodian = ['南屿县2026年农村公路养护工作要点', '1.开展路况普查。对全县农村公路逐段开展技术状况评定，建立养护档案，评定覆盖率达到100%。',
    '2.实施危桥改造。完成县乡道危桥改造15座，消除重大安全隐患，年底前全部通过交工验收。',
    '3.推进路长制。健全县乡村三级路长体系，实现农村公路路长制覆盖率100%，每季度开展一次巡查考评。',
    '4.加强应急保障。完善汛期和冰雪天气应急预案，储备应急物资，组建乡镇应急抢通队伍18支。'].join('\n');
  it('a 方案 with parts and tasks wrapped at 16 and at 18 reads as the unwrapped text', () => {
    for (const n of [16, 18]) expect(read(wrap(fangan, n))).toEqual(read(fangan));
  });
  it('a 工作要点 of numbered points wrapped at 14 and at 19 reads as the unwrapped text', () => {
    for (const n of [14, 19]) expect(read(wrap(yaodian, n))).toEqual(read(yaodian));
  });
  it('guards: a members list and an annex of one cell a line, short lines of about one length, stay lines of their own', () => {
    const members = ['云溪区全民健身工作领导小组成员名单', '组　长：王建国　区人民政府副区长', '副组长：刘晓明　区体育局局长',
      '副组长：陈　静　区教育局局长', '成　员：李　强　区发展改革委副主任', '　　　　赵丽华　区财政局副局长', '　　　　孙　伟　区住房城乡建设局副局长',
      '　　　　周　敏　区城管局副局长', '　　　　吴志刚　区自然资源局副局长', '　　　　郑海燕　各街道办事处副主任', '领导小组办公室设在区体育局。'].join('\n');
    // (each line read as if a blank line stood after it: none joined to the next)
    expect(read(members)).toEqual(read(members.split('\n').join('\n\n')));
    const cells = ['附件', '2026年健身设施建设点位表', '序号', '点位名称', '所在街道', '1', '滨江社区健身中心（新建）', '滨江街道',
      '2', '云溪公园全民健身路径（改造）', '云溪街道', '3', '城北体育公园笼式足球场（新建）', '城北街道', '4', '东岭小学体育场地（开放）', '东岭街道',
      '5', '青禾社区多功能运动场（新建）', '青禾街道', '6', '西湖社区健身中心（改造）', '西湖街道'].join('\n');
    expect(read(cells)).toEqual(read(cells.split('\n').join('\n\n')));
  });
});
