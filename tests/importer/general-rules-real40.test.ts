/**
 * General rules found in the fifteenth batch of real plans (session 40, h-real15: docs/importer-corpus.md "Real plans
 * read (session 40)"), written as rules in docs/importer-grammar.md "Rules added from real plans (session 40,
 * h-real15)". The real texts were read, never kept: every case is in our own words, with fictional places, in another
 * style than the page that showed the gap. Each rule case failed before its rule; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

describe('a year the plan prepares for is not the year of its work', () => {
  it('"为2027年开好局打下基础" in a winter plan without a year in its title: no period from it', () => {
    const plan = importText([
      '云溪区人民政府关于印发《云溪区冬季攻坚百日行动方案》的通知',
      '云政发〔2026〕31号',
      '各街道办事处，区政府各部门：',
      '《云溪区冬季攻坚百日行动方案》已经区政府同意，现印发给你们，请认真组织实施。',
      '云溪区人民政府',
      '2026年11月2日',
      '云溪区冬季攻坚百日行动方案',
      '岁末年初是冲刺全年目标的关键时段，也是为2027年工作开好局、打下坚实基础的重要窗口，特制定本方案。',
      '一、攻坚目标',
      '全面完成年度目标任务。',
      '二、攻坚任务',
      '（一）抓项目进度。加快在建项目施工。（区发展改革局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区冬季攻坚百日行动方案');
    expect(plan.meta.period).toBeNull();
  });
  it('guard: a notice naming the year of its own work keeps it', () => {
    const plan = importText([
      '南屿县人民政府办公室关于印发《南屿县重点工作任务分解》的通知',
      '各乡镇人民政府，县政府各部门：',
      '为确保全面完成2027年各项工作任务，现将《南屿县重点工作任务分解》印发给你们，请认真抓好落实。',
      '南屿县人民政府办公室',
      '2027年2月10日',
      '一、经济发展',
      '1.地区生产总值增长6%。（县发展改革局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2027, end: 2027 });
  });
});

describe('a year\'s 落实措施 is an annual plan', () => {
  it('"2026年…重点任务落实措施": the year is its period', () => {
    const plan = importText([
      '临江市东湖区2026年优化营商环境重点任务落实措施',
      '一、提升政务服务效能',
      '1.推行企业开办一日办结。（区行政审批局牵头）',
      '2.扩大“免申即享”政策范围。（区财政局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(roles(plan.nodes)).toEqual(['1. 区行政审批局|', '2. 区财政局|']);
  });
  it('guard: a year inside a cited document\'s name keeps none for a title without a plan word', () => {
    const plan = importText([
      '关于落实2026年区委全会精神的若干举措',
      '一、强化组织领导',
      '各部门要切实履行职责。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toBeNull();
  });
});

describe('a page\'s label alone on its line is no title', () => {
  it('"信息详情" between the site\'s name and the document\'s title', () => {
    const plan = importText([
      '临江市青川区人民政府',
      '信息详情',
      '青川区2026年上半年重点工作推进情况',
      '发布时间:2026-07-12',
      '一、经济运行',
      '1.地区生产总值增长5.6%。（区发展改革局）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区2026年上半年重点工作推进情况');
  });
  it('"全文" opening a page\'s copy of a plan without a title', () => {
    const plan = importText([
      '全文',
      '为进一步优化营商环境，结合本区实际，提出以下工作要点。',
      '一、深化审批改革',
      '1.全面推行告知承诺制。（区行政审批局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).not.toBe('全文');
    expect(outline(plan.nodes)).toEqual(['part 一、|深化审批改革', '  task 1.|全面推行告知承诺制']);
  });
  it('guard: "正文" inside the text, after its headings, stays the text\'s', () => {
    const plan = importText([
      '云溪区2026年档案工作要点',
      '一、规范公文归档',
      '公文归档时须同时归档以下部分：',
      '正文',
      '附件及处理单。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2026年档案工作要点');
    expect(JSON.stringify(plan.nodes)).toContain('正文');
  });
});

describe('the page\'s "发布时间" line dates a document that dates itself nowhere', () => {
  it('a 镇 plan posted with its time and source: the page\'s date, said to be the page\'s', () => {
    const plan = importText([
      '首页 > 政务公开 > 乡镇信息公开 > 石门镇',
      '石门镇2026年度工作计划',
      '发布时间：2026年01月20日 09:15  信息来源：南屿县石门镇',
      '2026年镇政府工作的总体要求是：稳中求进。',
      '（一）抓好春耕生产。',
      '（二）推进集镇提质。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2026-01-20');
    expect(plan.report?.uncertain.some((u) => u.field === 'issuedOn')).toBe(true);
  });
  it('guard: a signature date outranks the page\'s', () => {
    const plan = importText([
      '发布时间：2026-03-09 10:00',
      '石门镇2026年度工作计划',
      '（一）抓好春耕生产。',
      '（二）推进集镇提质。',
      '石门镇人民政府',
      '2026年3月1日',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2026-03-01');
  });
});

describe('a signature at the text\'s end outranks the page\'s date', () => {
  it('an index\'s 公开日期 over a plan signed at its end: the signature\'s date, no note of the page\'s', () => {
    const plan = importText([
      '索 引 号: 11N-2026-00412 | 公开日期: 2026-04-03',
      '南屿县2026年森林防火工作方案',
      '一、工作目标',
      '全年不发生重大森林火灾。',
      '二、主要措施',
      '（一）加强火源管控。（县林业局牵头）',
      '（二）开展隐患排查。（县应急管理局牵头）',
      '南屿县人民政府办公室',
      '2026年3月28日',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2026-03-28');
    expect(plan.report?.uncertain.some((u) => u.field === 'issuedOn')).toBe(false);
  });
});

describe('a news page printing a notice after its own lead', () => {
  it('a related link cut at "》的" is no notice title; the notice "X人民政府印发关于…《Y》…的通知" names the plan', () => {
    const plan = importText([
      '临江市发展改革委等部门关于印发《临江市物流降本增效专项行动方案》的',
      '临江市部署2026年重点工作 推进“十大工程”',
      '本报讯 3月10日，临江市人民政府公布了重点工作分工，明确各项任务的牵头部门。',
      '全文如下：',
      '临江市人民政府印发关于贯彻落实市',
      '《政府工作报告》重点任务分工的通知',
      '各区人民政府，市政府各部门：',
      '现将《关于贯彻落实市〈政府工作报告〉重点任务的分工》印发给你们，请认真执行。',
      '临江市人民政府',
      '2026年3月6日',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).not.toContain('物流降本增效');
    expect(plan.meta.title).toContain('关于贯彻落实市《政府工作报告》重点任务');
    expect(plan.meta.issuer).toBe('临江市人民政府');
    expect(plan.meta.issuedOn).toBe('2026-03-06');
  });
  it('guard: "关于印发贯彻落实《X》的实施方案的通知" (》的 inside the name) names the 实施方案', () => {
    const plan = importText([
      '关于印发贯彻落实《临江市河道管理条例》的实施方案的通知',
      '各街道办事处：',
      '现将《贯彻落实〈临江市河道管理条例〉的实施方案》印发给你们。',
      '一、主要任务',
      '（一）开展河道清理。（区水务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('贯彻落实《临江市河道管理条例》的实施方案');
  });
  it('guard: a notice title broken after "》的" goes on with 通知 on the next line', () => {
    const plan = importText([
      '青川区人民政府办公室关于印发《青川区2026年节水行动方案》的',
      '通知',
      '各街道办事处：',
      '现将《青川区2026年节水行动方案》印发给你们，请认真执行。',
      '青川区人民政府办公室',
      '2026年4月1日',
      '青川区2026年节水行动方案',
      '一、主要任务',
      '（一）推进节水改造。（区水务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区2026年节水行动方案');
  });
});

describe('the plan\'s own title broken over two lines, as the notice\'s sentence sends it', () => {
  it('"现将《X的任务分工》印发" over "X" ⏎ "的任务分工": the plan\'s name, not the notice title\'s shorter one', () => {
    const plan = importText([
      '青川区人民政府办公室关于印发贯彻落实《临江市优化营商环境条例》任务分工的通知',
      '各街道办事处，区政府各部门：',
      '现将《贯彻落实〈临江市优化营商环境条例〉的任务分工》印发给你们，请认真落实。',
      '青川区人民政府办公室',
      '2026年5月8日',
      '贯彻落实《临江市优化营商环境条例》',
      '的任务分工',
      '一、优化政务服务',
      '1.推行“一件事一次办”。（区政务服务中心牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('贯彻落实《临江市优化营商环境条例》的任务分工');
    expect(plan.meta.notice).not.toContain('的任务分工\n一、');
    expect(outline(plan.nodes)).toEqual(['part 一、|优化政务服务', '  task 1.|推行“一件事一次办”']);
  });
  it('guard: title lines saying the notice title\'s name keep it', () => {
    const plan = importText([
      '青川区人民政府办公室关于印发贯彻落实《临江市优化营商环境条例》任务分工的通知',
      '各街道办事处，区政府各部门：',
      '现将《贯彻落实〈临江市优化营商环境条例〉任务分工》印发给你们，请认真落实。',
      '青川区人民政府办公室',
      '2026年5月8日',
      '贯彻落实《临江市优化营商环境条例》',
      '任务分工',
      '一、优化政务服务',
      '1.推行“一件事一次办”。（区政务服务中心牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('贯彻落实《临江市优化营商环境条例》任务分工');
  });
});

describe('a plan\'s own title opening with 关于 and citing a document', () => {
  it('"关于贯彻落实区《政府工作报告》重点工作分工" alone over its parts: the whole line, not the cited 政府工作报告', () => {
    const plan = importText([
      '关于贯彻落实区《政府工作报告》重点工作分工',
      '一、经济发展',
      '1.地区生产总值增长6%。',
      '牵头单位：区发展改革局',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('关于贯彻落实区《政府工作报告》重点工作分工');
    expect(roles(plan.nodes)).toEqual(['1. 区发展改革局|']);
  });
  it('guard: a 意见 citing a document after 关于 stays titled whole, a notice publishing a quoted plan names it', () => {
    const a = importText(['云溪区人民政府关于落实2026年《政府工作报告》重点工作责任分工的意见', '一、经济发展', '1.地区生产总值增长6%。（区发展改革局牵头）'].join('\n'), 'x.txt');
    expect(a.meta.title).toBe('云溪区人民政府关于落实2026年《政府工作报告》重点工作责任分工的意见');
    const b = importText(['关于印发《云溪区2026年河湖长制工作要点》的通知', '各街道办事处：', '现将《云溪区2026年河湖长制工作要点》印发给你们，请认真执行。', '一、强化河湖管护', '（一）开展河湖清四乱。（区水务局牵头）'].join('\n'), 'x.txt');
    expect(b.meta.title).toBe('云溪区2026年河湖长制工作要点');
  });
});

describe('a page\'s 名称 cell that the heading says again with a character lost', () => {
  it('the cell\'s name, whole', () => {
    const plan = importText([
      '索 引 号: 11N-2026-00031  发文机关: 南屿县统计局',
      '标  题: 南屿县2025年统计工作总结和2026年统计工作计划',
      '文  号: 南统字〔2026〕2号',
      '南屿县2025年统计工作总结2026年统计工作计划',
      '一、2025年工作总结',
      '全年完成各项调查任务。',
      '二、2026年工作计划',
      '（一）做好经济普查后续工作。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县2025年统计工作总结和2026年统计工作计划');
  });
  it('guard: a cell naming a longer document keeps the heading\'s title', () => {
    const plan = importText([
      '名  称: 云溪区人民政府办公室关于印发云溪区2026年河湖长制工作要点的通知',
      '云溪区2026年河湖长制工作要点',
      '一、强化河湖管护',
      '（一）开展河湖清四乱。（区水务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2026年河湖长制工作要点');
  });
});
