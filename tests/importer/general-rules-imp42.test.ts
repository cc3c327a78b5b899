/**
 * Session 42, h-imp42: leftovers the reviews of session 41 found in the importer. Each case is written afresh, in our own
 * words and fictional places; the rule cases fail on 9d337735, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const node = (ns: PlanNode[], heading: string) => all(ns).find((n) => n.heading === heading)!;
const indicators = (n: PlanNode) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`);
const milestones = (n: PlanNode) => n.milestones.map((m) => `${m.year} ${m.stage}`);
/** Every line cut every `width` characters, as a text printed in a narrow column and converted (import-snapshot's wrapN). */
const wrap = (text: string, width: number) => text.split('\n').map((l) => l.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n')).join('\n');

describe('a notice title\'s last line, cut by a hard wrap at its last character, is not the addressees\' (clean.ts joinBroken)', () => {
  const notice = [
    '云溪市人民政府印发关于贯彻落实市',
    '《政府工作报告》重点工作分工的通知',
    '各区人民政府，市政府各部门：',
    '现将《关于贯彻落实市〈政府工作报告〉重点工作分工》印发给你们，请认真贯彻执行。',
    '云溪市人民政府',
    '2026年2月10日',
    '关于贯彻落实市《政府工作报告》重点工作分工',
    '一、稳定经济增长',
    '1.地区生产总值增长6%左右。',
    '牵头单位：市发展改革委',
    '责任单位：市统计局，各区人民政府',
    '2.新增城镇就业8000人。',
    '牵头单位：市人力资源社会保障局',
    '责任单位：市财政局',
    '二、推进重点领域改革',
    '3.深化市属国有企业改革，完成市属企业整合重组，提高国有资本配置效率和运营水平。',
    '牵头单位：市国资委',
    '责任单位：市财政局、市人力资源社会保障局',
    '4.推进政务服务“一网通办”，新增集成办理事项20项，提升企业和群众办事满意度。',
    '牵头单位：市政务服务中心',
    '责任单位：市直各有关部门，各区人民政府',
  ].join('\n');
  it('wrapped every 17 characters (the title\'s second line just 17): the addressees are the organs of their own line', () => {
    const p = plan(wrap(notice, 17));
    expect(p.meta.addressees).toEqual(['各区人民政府', '市政府各部门']);
    expect(p.meta.title).toBe('关于贯彻落实市《政府工作报告》重点工作分工');
    expect(p.meta.notice).toContain('《政府工作报告》重点工作分工的通知');
  });
  it('…and when the wrap cuts the addressees\' line too; guard: the text as written reads as before', () => {
    expect(plan(notice).meta.addressees).toEqual(['各区人民政府', '市政府各部门']);
    const long = notice.replace('各区人民政府，市政府各部门：', '各区人民政府，市政府各部门、各直属机构：');
    expect(plan(wrap(long, 17)).meta.addressees).toEqual(['各区人民政府', '市政府各部门', '各直属机构']);
  });
});

describe('a departments bracket broken over two lines is read whole (clean.ts joinBroken, departmentsBracketOpen)', () => {
  const text = [
    '青川区城市更新三年行动方案（2025—2027年）',
    '一、主要任务',
    '（一）推进老旧小区改造。完成老旧小区改造30个，同步加装电梯。（牵头单位：区住建委；',
    '配合单位：区财政局、区规划资源局）',
    '（二）推进街区更新。打造特色街区5条。（牵头单位：区商务',
    '委；配合单位：区文旅局、区城管局）',
    '（三）推进公园建设。新建口袋公园12个。（牵头单位：区绿化市容局；配合单位：',
    '区财政局、区规划资源局）',
    '（四）推进停车改善。新增公共停车泊位2000个。（牵头单位：区交通委；配合',
    '单位：区公安分局）',
    '二、保障措施',
    '（一）加强组织领导。成立工作专班。',
  ].join('\n');
  it('broken after ；, inside an organ\'s name, after a label\'s colon, inside a label', () => {
    const p = plan(text);
    const roles = (heading: string) => { const n = node(p.nodes, heading); return [n.lead, n.partners]; };
    expect(roles('推进老旧小区改造')).toEqual([['区住建委'], ['区财政局', '区规划资源局']]);
    expect(roles('推进街区更新')).toEqual([['区商务委'], ['区文旅局', '区城管局']]);
    expect(roles('推进公园建设')).toEqual([['区绿化市容局'], ['区财政局', '区规划资源局']]);
    expect(roles('推进停车改善')).toEqual([['区交通委'], ['区公安分局']]);
  });
  it('the same in Traditional script', () => {
    const p = plan([
      '青川區城市更新三年行動方案（2025—2027年）',
      '一、主要任務',
      '（一）推進老舊小區改造。完成老舊小區改造30個。（牽頭單位：區住建委；',
      '配合單位：區財政局、區規劃資源局）',
      '（二）推進街區更新。打造特色街區5條。（牽頭單位：區商務',
      '委；配合單位：區文旅局、區城管局）',
      '二、保障措施',
      '（一）加強組織領導。成立工作專班。',
    ].join('\n'));
    const roles = (heading: string) => { const n = node(p.nodes, heading); return [n.lead, n.partners]; };
    expect(roles('推進老舊小區改造')).toEqual([['區住建委'], ['區財政局', '區規劃資源局']]);
    expect(roles('推進街區更新')).toEqual([['區商務委'], ['區文旅局', '區城管局']]);
  });
  it('guards: a bracket closed on its line, and a line opening with a marker after an open bracket, stay as they were', () => {
    const p = plan(['南屿县节水行动方案（2025—2027年）', '一、主要任务',
      '（一）推进节水。开展节水型单位创建。（牵头单位：县水利局；配合单位：县财政局）', '（二）建设计量设施。（牵头单位：县水利局；配合',
      '（三）治理漏损。改造供水管网20公里。（牵头单位：县住建局）'].join('\n'));
    expect([node(p.nodes, '推进节水').lead, node(p.nodes, '推进节水').partners]).toEqual([['县水利局'], ['县财政局']]);
    expect(node(p.nodes, '治理漏损').lead).toEqual(['县住建局']);
    expect(all(p.nodes).map((n) => n.number)).toEqual(['一、', '（一）', '（二）', '（三）']);
  });
});

describe('"2026年建成X" without 前/底 in a plan of several years is a milestone (celltable.ts yearStageOpens)', () => {
  it('a year opening its clause, after a word of intent, after the work\'s subject; each its stage', () => {
    const p = plan(['南屿县城乡供水提升三年行动方案（2025—2027年）', '一、主要任务',
      '（一）建设水厂。2026年建成县第二水厂，日供水能力达到5万吨。',
      '（二）改造泵站。力争2027年完成城南泵站改造。',
      '（三）建设调度中心。县供水调度中心2025年启动建设。'].join('\n'));
    expect(milestones(node(p.nodes, '建设水厂'))).toEqual(['2026 完成']);
    expect(milestones(node(p.nodes, '改造泵站'))).toEqual(['2027 完成']);
    expect(milestones(node(p.nodes, '建设调度中心'))).toEqual(['2025 启动']);
  });
  it('guards: a rate (2026年完成率), an account (已), a year before the period, a one-year plan, a base (比2025年)', () => {
    const p = plan(['云溪区燃气管网更新三年行动方案（2026—2028年）', '一、主要任务',
      '（一）更新燃气管网。到2028年，2026年完成率达到40%的街道全部完成验收。',
      '（二）巩固已有成果。2026年已建成智慧燃气监测平台，持续做好运行维护。',
      '（三）延续前期工作。2024年完成管网普查，在此基础上实施改造。',
      '（四）对标提升。比2025年建成的管网多改造20公里。'].join('\n'));
    for (const h of ['更新燃气管网', '巩固已有成果', '延续前期工作', '对标提升']) expect(milestones(node(p.nodes, h))).toEqual([]);
    const q = plan(['青川区2026年城市管理工作要点', '一、重点工作', '（一）建设智慧停车平台。2026年建成智慧停车平台。'].join('\n'));
    expect(milestones(node(q.nodes, '建设智慧停车平台'))).toEqual([]);
  });
});

describe('a name holding a bracket with Latin letters inside is whole (indicators.ts INNER_BRACKET)', () => {
  it('细颗粒物（PM2.5）年均浓度, 化学需氧量（COD）排放量', () => {
    const p = plan(['临江市东湖区大气和水环境质量提升行动方案（2025—2027年）', '一、主要目标',
      '到2027年，细颗粒物（PM2.5）年均浓度降至30微克/立方米以下，化学需氧量（COD）排放量控制在1200吨以内。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['细颗粒物（PM2.5）年均浓度 <= 30微克/立方米 2027', '化学需氧量（COD）排放量 <= 1200吨 2027']);
  });
  it('guard: a bracket of a department after the name is still no part of it', () => {
    const p = plan(['临江市东湖区大气环境质量提升行动方案（2025—2027年）', '一、主要目标',
      '到2027年，空气质量优良天数比率（区生态环境局牵头）达到88%。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['空气质量优良天数比率 >= 88% 2027']);
  });
});

describe('values said 分别 of a list of names or of years: each its own (indicators.ts respectively)', () => {
  it('years listed before one name; names joined by 和 and by 、; 以上 after the last value is each one\'s', () => {
    const p = plan(['南屿县城乡供水提升三年行动方案（2025—2027年）', '一、主要目标',
      '到2025年、2027年，农村自来水普及率分别达到95%、99%。到2027年，水质达标率和水压合格率分别达到98%和95%。',
      '到2027年，城市污水处理率、污泥无害化处置率、再生水利用率分别达到97%、95%、30%以上。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual([
      '农村自来水普及率 >= 95% 2025', '农村自来水普及率 >= 99% 2027', '水质达标率 >= 98% 2027', '水压合格率 >= 95% 2027',
      '城市污水处理率 >= 97% 2027', '污泥无害化处置率 >= 95% 2027', '再生水利用率 >= 30% 2027',
    ]);
  });
  it('a value without its unit takes the next one\'s; 2026年和2028年 after 到; 控制在 … 以内', () => {
    const p = plan(['云溪区噪声污染防治行动方案（2026—2028年）', '一、主要目标',
      '到2026年和2028年，功能区声环境质量夜间达标率分别达到80、85%。',
      '到2028年，昼间和夜间道路交通噪声平均值分别控制在68分贝和58分贝以内。'].join('\n'));
    // (分贝 is not among the units: the second sentence has no value the importer reads, with or without 分别)
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['功能区声环境质量夜间达标率 >= 80% 2026', '功能区声环境质量夜间达标率 >= 85% 2028']);
  });
  it('names listed before a shared measure take it: 公交车、出租车新能源占比; 城市、农村自来水普及率', () => {
    const p = plan(['临江市东湖区绿色交通三年行动方案（2025—2027年）', '一、主要目标',
      '到2027年，新增公共充电桩600个，公交车、出租车新能源占比分别达到100%和90%，城市、农村自来水普及率分别达到99%、95%。'].join('\n'));
    expect(indicators(node(p.nodes, '主要目标'))).toEqual(['公共充电桩 = 600个 2027', '公交车新能源占比 >= 100% 2027', '出租车新能源占比 >= 90% 2027',
      '城市自来水普及率 >= 99% 2027', '农村自来水普及率 >= 95% 2027']);
  });
  it('guard: a list of two names and one value is no pairing: one indicator, as before', () => {
    const p = plan(['青川区绿化提升三年行动方案（2026—2028年）', '一、重点任务',
      '（一）提升绿地率。到2028年，建成区绿地率和绿化覆盖率分别达到40%。'].join('\n'));
    expect(node(p.nodes, '提升绿地率').indicators.map((i) => `${i.value}${i.unit} ${i.year}`)).toEqual(['40% 2028']);
  });
});

describe('a 专栏\'s figures of no year take the deadline the box states, not the plan\'s last year (enrich.ts boxDeadline)', () => {
  const text = ['云溪区城市更新行动计划（2025—2028年）', '一、重点任务', '（一）推进老旧小区改造', '全面推进城镇老旧小区改造，完善社区服务设施。',
    '专栏1 老旧小区改造重点工程（到2026年）', '1.改造老旧小区120个，惠及居民3.5万户。', '2.加装电梯200部。',
    '（二）推进城市绿化', '专栏2 城市绿化重点工程', '1.新建口袋公园30个。', '2.新建绿道50公里。', '到2027年，上述工程全部建成。',
    '（三）推进管网更新', '专栏3 到2026年管网更新重点工程', '1.更新燃气管网80公里。', '2.到2028年，新建供水管网40公里。',
    '（四）推进道路改造', '专栏4 道路改造重点工程（2025—2028年）', '1.改造背街小巷60条。'].join('\n');
  it('a year in the heading (in brackets, opening it), a closing sentence of the box; an item\'s own year stays its own', () => {
    const p = plan(text);
    const years = (h: string) => node(p.nodes, h).indicators.map((i) => `${i.name} ${i.year}`);
    expect(years('改造老旧小区120个，惠及居民3.5万户')).toEqual(['改造老旧小区 2026', '惠及居民 2026']);
    expect(years('加装电梯200部')).toEqual(['加装电梯 2026']);
    expect(years('新建口袋公园30个')).toEqual(['口袋公园 2027']);
    expect(years('新建绿道50公里')).toEqual(['绿道 2027']);
    expect(years('更新燃气管网80公里')).toEqual(['更新燃气管网 2026']);
    expect(all(p.nodes).find((n) => n.body.includes('新建供水管网') || n.heading.includes('新建供水管网'))!.indicators.map((i) => `${i.name} ${i.year}`)).toEqual(['供水管网 2028']);
  });
  it('guard: a box headed by the plan\'s period gives its items the plan\'s last year, as before', () => {
    const p = plan(text);
    expect(node(p.nodes, '改造背街小巷60条').indicators.map((i) => i.year)).toEqual([2028]);
  });
});

describe('a space-aligned table row whose cells go on onto a line of their own, aligned under their columns (clean.ts columnsUnder)', () => {
  const text = ['云溪区排水防涝能力提升行动方案（2025—2027年）', '一、重点任务',
    '（一）城北排水管网改造工程。改造雨污合流管网20公里。', '（二）城南易涝点整治工程。整治易涝点12处。', '（三）老城区雨水管网提标工程。提标改造雨水管网20公里。',
    '二、保障措施', '（一）加强组织领导。成立工作专班。', '附件', '重点任务分工表',
    '序号    重点任务                    工作内容                        牵头单位      配合单位',
    '1       城北排水管网改造工程        改造雨污合流管网20公里          区水务局      区财政局',
    '2       城南易涝点整治工程          整治易涝点12处，新建泵站2座，   区住建委      区水务局、',
    '                                    配套建设调蓄池1座                             区城管局',
    '3       老城区雨水管网提标工程      提标改造雨水管网20公里          区水务局      各街道办事处'].join('\n');
  it('the pieces join their cells (a partner of the row above; the rows after it are still the table\'s)', () => {
    const p = plan(text);
    const roles = (heading: string) => { const n = node(p.nodes, heading); return [n.lead, n.partners]; };
    expect(roles('城南易涝点整治工程')).toEqual([['区住建委'], ['区水务局', '区城管局']]);
    expect(roles('老城区雨水管网提标工程')).toEqual([['区水务局'], ['各街道办事处']]);
    expect(all(p.nodes).some((n) => n.body.split('\n').includes('配套建设调蓄池1座'))).toBe(false);
  });
  it('guard: a line not under the row\'s columns ends the table, as before', () => {
    const p = plan(text.replace('                                    配套建设调蓄池1座                             区城管局', '   注：配套建设调蓄池1座'));
    expect(node(p.nodes, '老城区雨水管网提标工程').lead).toEqual([]);
  });
});
