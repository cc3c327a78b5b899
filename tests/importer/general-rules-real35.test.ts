/**
 * General rules found by importing real public plans (session 35, docs/importer-corpus.md "Real plans read (session
 * 35)"; docs/importer-grammar.md "Rules added from real plans (session 35)"). The real texts were read, never kept:
 * every case here is written in our own words, with fictional places, in another style than the plan that showed the
 * gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

type N = { number: string; heading: string; lead: string[]; partners: string[]; children: N[] };
const flat = (ns: N[]): string[] => ns.flatMap((n) => [`${n.number}${n.heading}`, ...flat(n.children)]);
const roles = (ns: N[]): string[] => ns.flatMap((n) => [`${n.number} ${n.lead.join('、')}|${n.partners.join('、')}`, ...roles(n.children)]);

describe('a web page\'s text copy: the breadcrumb trail broken after 首页, an index cell left empty (莲都区, 绍兴, 黔东南州 pages)', () => {
  it('"> 信息公开 > 计划总结" on the line after "您现在的位置：首页" is the trail, not the title', () => {
    const plan = importText(['您现在的位置：首页', '> 信息公开 > 计划总结', '云溪区2025年重点工作推进情况表', '一、稳定经济增长', '（一）扩大有效投资。（牵头单位：区发改局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2025年重点工作推进情况表');
    expect(plan.report!.removed.map((r) => r.text)).toContain('> 信息公开 > 计划总结');
    // (a sentence opening with > stays the text's)
    const quote = importText(['云溪区2025年重点工作推进情况表', '> 全年完成投资120亿元，增长8%。', '一、稳定经济增长'].join('\n'), 'x.txt');
    expect(quote.report!.removed.map((r) => r.text)).not.toContain('> 全年完成投资120亿元，增长8%。');
  });
  it('"作者： 来源：… 发布时间：…" under the page\'s title is the page\'s record, not the title\'s second line', () => {
    const plan = importText(['您现在的位置：首页', '> 信息公开 > 重点工作落实', '南屿县2025年为民办实事项目推进情况', '作者：  来源：南屿县人民政府办公室  发布时间：2025-07-02 09:30:00', '',
      '南屿县2025年为民办实事项目清单', '序号', '项目', '责任单位', '1', '新建幼儿园3所', '县教体局', '2', '改造农村公路50公里', '县交通局'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县2025年为民办实事项目推进情况');
    expect(plan.nodes.map((n) => `${n.number}${n.heading} ${n.lead.join('、')}`)).toEqual(['1新建幼儿园3所 县教体局', '2改造农村公路50公里 县交通局']);
  });
  it('an index cell left empty (its value lost, the next label after it) gives no value: "发文机关 | 效力状态 | |"', () => {
    const plan = importText(['索引号 | 11350-2025-00031 | 成文日期 | 2025-03-02 |', '发文机关 | 效力状态 | |', '云溪区城市更新三年行动方案(2025—2027年)', '一、总体要求'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBeNull();
    expect(plan.meta.issuedOn).toBe('2025-03-02');
    const ok = importText(['发文机关 | 云溪区人民政府办公室 | 是否有效 | 是 |', '云溪区城市更新三年行动方案(2025—2027年)', '一、总体要求'].join('\n'), 'x.txt');
    expect(ok.meta.issuer).toBe('云溪区人民政府办公室');
  });
});

describe('an issuer without a place name gives way to one with it (云南 区域协调发展规划, 郧阳区 notice)', () => {
  it('a red header "县政府办公室文件" and the signature "南屿县人民政府办公室": the signature', () => {
    const plan = importText(['县政府办公室文件', '南政办发〔2025〕6号', '南屿县人民政府办公室关于印发南屿县2025年农村公路提升行动方案的通知', '各乡镇人民政府，县直各单位：', '《南屿县2025年农村公路提升行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。', '南屿县人民政府办公室', '2025年3月6日', '南屿县2025年农村公路提升行动方案', '一、主要任务'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府办公室');
    expect(plan.meta.district).toBe('南屿县');
  });
  it('a page\'s 发布机构 cell "区政府办公室" and the notice title "青川区人民政府关于…": the title\'s government', () => {
    const plan = importText(['发布机构：区政府办公室', '青川区人民政府关于下达2025年区政府工作目标任务的通知', '各街道办事处，区政府各部门：', '现将2025年区政府工作目标任务下达给你们，请认真落实。', '2025年2月1日', '2025年区政府工作目标任务分解表', '一、经济发展', '（一）地区生产总值增长6%。（牵头单位：区发改局）'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('青川区人民政府');
  });
  it('with no issuer naming its place, the one without stays the issuer, and no district is made of it', () => {
    const plan = importText(['市政府办公室文件', '2025年城市管理重点工作要点', '一、市容环境'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('市政府办公室');
    expect(plan.meta.district).toBeNull();
  });
});

describe('a table one cell per line (郧阳区 分解表, 绍兴 进展情况表)', () => {
  it('a letter-spaced header cell, a 责任人 column of names, a 责任单位 cell left empty, a long group row naming its 牵头领导', () => {
    const lines = ['2025年县政府工作目标任务落实责任分解表', '序号', '目  标  任  务', '牵头单位', '责任单位', '责任人',
      '一、经济运行、项目建设、财政金融、营商环境等工作目标（牵头领导：周明、陈立）',
      '1', '地区生产总值增长6.5%。', '县发改局', '县统计局', '李华',
      '2', '固定资产投资增长8%。', '县发改局', '张强',
      '3', '一般公共预算收入增长5%。', '县财政局', '县税务局', '王敏'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['一、经济运行、项目建设、财政金融、营商环境等工作目标', '1地区生产总值增长6.5%。', '2固定资产投资增长8%。', '3一般公共预算收入增长5%。']);
    expect(roles(plan.nodes[0].children)).toEqual(['1 县发改局|县统计局', '2 县发改局|', '3 县财政局|县税务局']);
  });
  it('a 内容与要求 column is the task, a 进展情况 column is none of its fields', () => {
    const lines = ['云溪区2025年重点工作上半年进展情况表', '序号', '内容与要求', '进展情况', '责任单位',
      '1', '新建5G基站300个，实现城区全覆盖。', '已建成186个，完成全年目标的62%。', '区经信局',
      '2', '完成老旧小区改造20个。', '已开工14个，其中完工6个。', '区住建局'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['1新建5G基站300个，实现城区全覆盖。', '2完成老旧小区改造20个。']);
    expect(plan.nodes.map((n) => n.lead.join('、'))).toEqual(['区经信局', '区住建局']);
  });
});

describe('a roles bracket whose roles are set apart by semicolons, each role\'s list in comma-separated groups (云南 稳增长 意见)', () => {
  it('"（A、B牵头；C、D，E银行分行，各乡镇配合）": the groups before 配合 all help; a long bracket too', () => {
    const plan = importText(['各乡镇人民政府，县政府各部门：', '为促进全县经济平稳运行，现提出以下意见：', '一、推进重大项目建设',
      '建立县级领导联系重点项目制度，及时解决用地、环评、规划等问题，确保全年开工项目40个以上。（县发展改革局、县财政局牵头；县自然资源局、县生态环境分局、县住建局、县林业局、县水务局，农业发展银行南屿县支行、南屿农村商业银行股份有限公司，各乡镇人民政府配合）',
      '二、加强城市基础设施投入', '县财政筹措资金支持城市道路和管网建设。（县住建局牵头；县财政局，县城投集团有限公司配合）'].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual([
      '一、 县发展改革局、县财政局|县自然资源局、县生态环境分局、县住建局、县林业局、县水务局、农业发展银行南屿县支行、南屿农村商业银行股份有限公司、各乡镇人民政府',
      '二、 县住建局|县财政局、县城投集团有限公司',
    ]);
  });
});

describe('the title of a notice excerpt (张掖, 山东 先行区 pages)', () => {
  it('an excerpt opening at its addressees: a clause of its text is no title', () => {
    const plan = importText(['临政办发〔2025〕12号', '各区（县）人民政府，市政府各部门：', '为做好与省里支持意见的对口衔接，按照市政府领导分工和各部门工作职责，对意见涉及我市的主要工作目标逐项进行了细化，提出了8个方面52项具体任务，明确了牵头单位、责任部门和市政府责任领导，现予印发，请认真组织落实。', '各区县、各部门要高度重视，加强领'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('');
    expect(plan.meta.docNumber).toBe('临政办发〔2025〕12号');
    expect(plan.meta.notice).toContain('各区县、各部门要高度重视，加强领');
    // (a whole sentence stays the title, as general-rules-real34 has it)
    expect(importText(['各区（县）人民政府：', '各区县、各部门要高度重视，加强领导。', '一、明确责任'].join('\n'), 'x.txt').meta.title).toBe('各区县、各部门要高度重视，加强领导。');
  });
  it('"《X》已经…同意，现印发给你们" with X written over two lines under the signature, ending 工作任务', () => {
    const plan = importText(['云政办字〔2025〕3号', '各街道办事处，区政府各部门：', '《云溪区建设绿色低碳发展示范区2025年重点工作任务》已经区政府同意，现印发给你们，请认真抓好落实。', '云溪区人民政府办公室', '2025年1月20日', '云溪区建设绿色低碳发展示范区', '2025年重点工作任务', '一、推动产业绿色转型', '1.建设零碳产业园。（牵头单位：区发改局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区建设绿色低碳发展示范区2025年重点工作任务');
    expect(plan.meta.period).toEqual({ start: 2025, end: 2025 });
    expect(flat(plan.nodes)).toEqual(['一、推动产业绿色转型', '1.建设零碳产业园']);
  });
});
