/**
 * Importer leftovers of session 43 (session 44, h-imp45): a collective partner inside a list of units, 和 inside a
 * place's name, a heading of the plan's top level after a run of stages, a ditto that points to nothing, and the site
 * names read as chrome only where a page's chrome stands. Cases in our own words, fictional places (and real place
 * names for the 和 rule, which is about names); the rule cases fail on f495b327.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readGovernment } from '../../shared/importer/places';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;

describe('a collective partner (相关部门, 有关单位, 各乡镇) in a list of units is a unit as written (departments.ts rolesList)', () => {
  const r = plan([
    '南屿县2026年城乡环境整治工作方案',
    '一、重点任务',
    '（一）开展道路保洁提升。完成县城主干道保洁全覆盖。（县城管局牵头，县住建局、相关部门配合）',
    '（二）整治违法建设。拆除违建面积2万平方米。（县自然资源局牵头，县公安局、有关单位、各乡镇配合）',
    '（三）整治河道。清理河道20公里。（县水利局牵头，相关部门配合）',
  ].join('\n'));
  it('"县住建局、相关部门配合": both help', () => {
    const t = byHeading(r.nodes, '开展道路保洁提升');
    expect(t.lead).toEqual(['县城管局']);
    expect(t.partners).toEqual(['县住建局', '相关部门']);
  });
  it('guard: several collectives among the names keep their places', () => {
    expect(byHeading(r.nodes, '整治违法建设').partners).toEqual(['县公安局', '有关单位', '各乡镇']);
  });
  it('a collective alone, as before', () => {
    expect(byHeading(r.nodes, '整治河道').partners).toEqual(['相关部门']);
  });
});

describe('和 inside a place\'s own name is no "and" (places.ts isPlaceName)', () => {
  it('呼和浩特市 before its district', () => {
    const r = plan('呼和浩特市赛罕区2026年老旧小区改造工作方案\n一、工作目标\n2026年完成老旧小区改造30个。');
    expect(r.meta.city).toBe('呼和浩特市');
    expect(r.meta.district).toBe('赛罕区');
  });
  it('a name whose 和 follows its first character, or opens it', () => {
    expect(readGovernment('太和县人民政府', 0, { organ: 'required' })).toMatchObject({ district: '太和县', organ: '人民政府' });
    expect(readGovernment('天津市和平区人民政府', 0, { organ: 'required' })).toMatchObject({ city: '天津市', district: '和平区' });
  });
  it('a township whose 和 follows its first character signs the plan (同和镇)', () => {
    const r = plan(['南屿县同和镇2026年人居环境整治工作方案', '一、工作目标', '全镇完成改厕300户。', '二、重点任务', '（一）推进改厕。完成改厕300户。（镇农业服务中心负责）', '', '南屿县同和镇人民政府', '2026年3月2日'].join('\n'));
    expect(r.meta.issuer).toBe('南屿县同和镇人民政府');
    expect(r.meta.issuedOn).toBe('2026-03-02');
  });
  it('guards: 和 joining two words is "and" still', () => {
    expect(readGovernment('上海市绿化和市容管理局')).toMatchObject({ city: '上海市', district: null, organ: '绿化和市容管理局' });
    const r = plan('智慧城市建设三年行动计划\n全市各社区、园区和市场主体要服务市民，推进中心城区和新城区建设。');
    expect(r.meta.district).toBeNull();
  });
});

describe('a heading of the top level after stages that open the body (levels.ts closeLocalSequence)', () => {
  const stages = [
    '青川区2026年背街小巷提升行动方案',
    '第一阶段：动员部署（2026年1月至2月）',
    '制定工作方案，明确责任分工。',
    '第二阶段：集中整治（2026年3月至10月）',
    '完成背街小巷整治40条。',
    '第三阶段：总结验收（2026年11月至12月）',
    '组织验收，总结经验。',
  ];
  it('一、保障措施 after the last stage is the stages\' sibling, not the third stage\'s first', () => {
    const r = plan([...stages, '一、保障措施', '（一）加强组织领导。成立区背街小巷提升工作专班。', '（二）强化资金保障。区财政安排专项资金3000万元。', '二、工作要求', '各街道要按时报送工作进展。'].join('\n'));
    expect(r.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段', '一、', '二、']);
    expect(byHeading(r.nodes, '总结验收（2026年11月至12月）').children).toEqual([]);
    expect(byHeading(r.nodes, '保障措施').children.map((c) => c.heading)).toEqual(['加强组织领导', '强化资金保障']);
  });
  it('guard: a plan laid out by stage keeps each stage\'s 一、二、', () => {
    const r = plan([
      '青川区2026—2028年背街小巷提升三年行动方案',
      '第一阶段：夯实基础（2026年）',
      '一、完成背街小巷摸底。建立台账。',
      '二、启动首批整治。完成整治20条。',
      '第二阶段：全面推进（2027年）',
      '一、完成第二批整治。完成整治30条。',
      '第三阶段：巩固提升（2028年）',
      '一、建立长效机制。每年复查一次。',
    ].join('\n'));
    expect(r.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
    expect(r.nodes.map((n) => n.children.length)).toEqual([2, 1, 1]);
  });
});

describe('a ditto (同上 / 同左) that points to nothing names no unit and is no empty cell (paragraphs.ts fillDittoCells)', () => {
  const head = '序号\t工作任务\t牵头单位\t配合单位\t完成时限';
  const rows = (lead2: string, lead4: string) => plan([
    '云溪区2026年农村人居环境整治任务分解表',
    head,
    '1\t完成农村户厕改造500户\t区农业农村局\t各镇街\t2026年10月底',
    `2\t新建农村污水管网30公里\t${lead2}\t区水务局\t2026年11月底`,
    '3\t清理村庄垃圾点200处\t区城管局\t各镇街\t2026年12月底',
    `4\t整治村内水塘40处\t${lead4}\t区住建局\t2026年12月底`,
  ].join('\n'));
  const leads = (r: ReturnType<typeof plan>) => all(r.nodes).filter((n) => n.kind === 'task').map((n) => n.lead.join('、'));
  it('同左 in a 牵头单位 column after the task\'s text: no lead, not the row above\'s', () => {
    expect(leads(rows('同左', '同左'))).toEqual(['区农业农村局', '', '区城管局', '']);
  });
  it('同上 under an empty cell: no lead named 同上', () => {
    const r = plan([
      '云溪区2026年农村人居环境整治任务分解表',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '|---|---|---|---|---|',
      '| 1 | 完成农村户厕改造500户 | 区农业农村局 | 各镇街 | 2026年10月底 |',
      '| 2 | 新建农村污水管网30公里 |  | 区水务局 | 2026年11月底 |',
      '| 3 | 清理村庄垃圾点200处 | 同上 | 区城管局 | 2026年12月底 |',
    ].join('\n'));
    expect(leads(r)).toEqual(['区农业农村局', '', '']);
  });
  it('guards: an empty cell in a text copy is merged down from the row above; 同上 copies the cell above', () => {
    expect(leads(rows('', ''))).toEqual(['区农业农村局', '区农业农村局', '区城管局', '区城管局']);
    expect(leads(rows('同上', '同上'))).toEqual(['区农业农村局', '区农业农村局', '区城管局', '区城管局']);
  });
});

describe('a site\'s name (…官网, …门户网站) is chrome only in a chrome position (clean.ts SITE_NAME, siteChromeAt)', () => {
  const removed = (r: ReturnType<typeof plan>) => (r.report?.removed ?? []).filter((x) => x.reason === '网站名称').map((x) => x.text);
  const bodies = (r: ReturnType<typeof plan>) => all(r.nodes).map((n) => `${n.heading}\n${n.body}`).join('\n');
  it('a line of the text between two of its lines, wrapped before its sentence goes on, is the text\'s', () => {
    const r = plan([
      '云溪区2026年政务公开工作要点',
      '一、重点任务',
      '（一）推进平台整合',
      '将各部门网站统一整合至区政府门户网站',
      '统一发布政务信息，年底前完成。',
      '（二）优化办事服务',
      '推动一网通办事项全部上线。',
    ].join('\n'));
    expect(removed(r)).toEqual([]);
    expect(bodies(r)).toContain('区政府门户网站');
  });
  it('guards: at the page\'s head, beside a page\'s stamp, and where a mirror prints it over the 成文日期', () => {
    const head = plan(['云溪区2026年政务公开工作要点', '云溪区人民政府门户网站', '发布时间：2026-02-03', '一、重点任务', '（一）推进平台整合。年底前完成。', '（二）优化办事服务。年底前完成。', '云溪区人民政府门户网站'].join('\n'));
    expect(removed(head)).toEqual(['云溪区人民政府门户网站', '云溪区人民政府门户网站']);
    const signed = plan([
      '云溪区人民政府关于印发2026年政务公开工作要点的通知',
      '各街道办事处，区政府各部门：',
      '现将《2026年政务公开工作要点》印发给你们，请认真贯彻执行。',
      '东湖文库-东湖官网',
      '2026年2月3日',
      '2026年政务公开工作要点',
      '一、重点任务',
      '（一）推进平台整合。年底前完成。',
    ].join('\n'));
    expect(removed(signed)).toEqual(['东湖文库-东湖官网']);
  });
  it('guards: a numbered heading naming a site, a list of channels', () => {
    const r = plan([
      '云溪区2026年政务新媒体工作方案',
      '一、重点任务',
      '（一）改版区政府官网',
      '年底前完成改版。',
      '（二）统筹宣传渠道',
      '推广渠道：',
      '云溪发布',
      '云溪文旅官网',
      '云溪融媒',
    ].join('\n'));
    expect(removed(r)).toEqual([]);
  });
});

describe('a text with no title line is titled by the plan it says it makes, 编制《X》 (meta.ts PUBLISHED_NAME)', () => {
  const opening = '南屿县地处滨海丘陵地带，全县辖8个镇3个街道，近年来城乡供水设施持续完善，但农村供水保障水平仍不均衡，水源调蓄能力有待提升，需要系统谋划。';
  it('"依据《A》，编制《X》，是…": X, not A', () => {
    const r = plan([opening, '依据《临江市水安全保障规划（2026—2035年）》，编制《南屿县城乡供水一体化规划（2026—2035年）》，是全县供水设施建设的依据。', '第一章 发展基础', '全县农村自来水普及率达到96%。', '第二章 总体要求', '坚持城乡统筹。'].join('\n'));
    expect(r.meta.title).toBe('南屿县城乡供水一体化规划（2026—2035年）');
  });
  it('guards: a plan it goes by titles nothing; a title line stays the title', () => {
    const cited = plan([opening, '根据《临江市水安全保障规划（2026—2035年）》，结合我县实际，制定本方案。', '一、工作目标', '全县农村自来水普及率达到98%。'].join('\n'));
    expect(cited.meta.title).not.toContain('临江市水安全保障规划');
    const titled = plan(['南屿县2026年城乡供水工作方案', '依据《临江市水安全保障规划》，编制《南屿县城乡供水一体化规划》，是全县的依据。', '一、工作目标', '全县农村自来水普及率达到98%。'].join('\n'));
    expect(titled.meta.title).toBe('南屿县2026年城乡供水工作方案');
  });
});

describe('a short bracket at a line\'s end names units only as an organ\'s name (departments.ts findResponsibility)', () => {
  const report = (bracket: string) => plan([
    '南屿县2026年政府工作报告',
    '一、2025年工作回顾',
    '一是文化旅游产业蓬勃发展。建成东岭创意文化园等一批文旅新载',
    `体，集聚博物馆${bracket}`,
    '达30座，全年实现文创产业增加值8.5亿元。',
    '二是现代农业提质增效。建成高标准农田5万亩。',
  ].join('\n'));
  it('"集聚博物馆(场馆)" at a hard-wrapped line\'s end: no unit', () => {
    const t = byHeading(report('(场馆)').nodes, '文化旅游产业蓬勃发展');
    expect([...t.lead, ...t.partners]).toEqual([]);
  });
  it('guard: an organ\'s short name in the bracket is a unit', () => {
    expect(byHeading(report('（县委）').nodes, '文化旅游产业蓬勃发展').lead).toEqual(['县委']);
  });
});
