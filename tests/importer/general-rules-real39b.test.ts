/**
 * General rules found in the fourteenth batch of real plans (session 39, h-real14: docs/importer-corpus.md "Real plans
 * read (session 39, second batch)"), written as rules in docs/importer-grammar.md "Rules added from real plans (session
 * 39, h-real14)". The real texts were read, never kept: every case is in our own words, with fictional places, in
 * another style than the page that showed the gap. Each rule case failed before its rule; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

describe('a notice whose plan is not on the page, its own requests numbered', () => {
  it('一、 requests under 关于印发《X》的通知: the title is X, not the first request', () => {
    const plan = importText([
      '青川区人民政府办公室关于印发《2026年区〈政府工作报告〉确定的主要目标任务责任分解方案》的通知',
      '各街道办事处，区人民政府各部门：',
      '《2026年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下。',
      '一、加强统筹谋划，科学制订办理方案',
      '各责任单位要高度重视，逐项制订细化的工作方案。',
      '二、做好对接协调，积极推进工作落实',
      '各牵头单位要切实履行牵头抓总责任。',
      '三、高效督办落实，确保完成目标任务',
      '区政府督查室将跟踪督办，定期通报。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('2026年区〈政府工作报告〉确定的主要目标任务责任分解方案');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.meta.issuer).toBe('青川区人民政府办公室');
  });
  it('（一） requests, the notice titled on a page under its index rows, a deadline in its text', () => {
    const plan = importText([
      '标 题: | 南屿县人民政府办公室关于印发《南屿县2026年民生实事项目实施方案》的通知 |',
      '发布日期: | 2026年03月02日 |',
      '南屿县人民政府办公室关于印发《南屿县2026年民生实事项目实施方案》的通知',
      '各乡镇人民政府，县政府各部门：',
      '《南屿县2026年民生实事项目实施方案》已经县人民政府同意，现印发给你们，请结合以下要求抓好落实。',
      '（一）压实工作责任，制定推进计划',
      '各责任单位于2026年3月15日前将推进计划报县政府督查室。',
      '（二）强化调度督办，按月报告进展',
      '县政府督查室每月通报一次进展情况。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县2026年民生实事项目实施方案');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    // (the deadline "于2026年3月15日前" is no date of the notice: the page's date, said to be the page's)
    expect(plan.meta.issuedOn).toBe('2026-03-02');
  });
  it('guard: the plan on the page after the notice keeps its own title and parts', () => {
    const plan = importText([
      '云溪区人民政府办公室关于印发《云溪区2026年背街小巷整治工作方案》的通知',
      '各街道办事处，区政府各部门：',
      '《云溪区2026年背街小巷整治工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '云溪区人民政府办公室',
      '2026年2月20日',
      '云溪区2026年背街小巷整治工作方案',
      '一、工作目标',
      '全年整治背街小巷40条。',
      '二、重点任务',
      '（一）整治路面破损。（区城管局牵头）',
      '（二）规范架空线缆。（区住建局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2026年背街小巷整治工作方案');
    expect(plan.meta.issuedOn).toBe('2026-02-20');
    expect(outline(plan.nodes).filter((l) => !l.startsWith(' '))).toEqual(['part 一、|工作目标', 'part 二、|重点任务']);
  });
});

describe('an annual 经济社会发展计划', () => {
  it('"X区2020年经济社会发展计划" is a plan of 2020', () => {
    const plan = importText(['东湖区2026年经济社会发展计划', '一、总体思路', '坚持稳中求进。', '二、主要目标', '地区生产总值增长6%左右。'].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
  });
  it('"X县2026年国民经济和社会发展计划", the title in a notice that publishes it', () => {
    const plan = importText([
      '南屿县人民政府关于印发南屿县2026年国民经济和社会发展计划的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将《南屿县2026年国民经济和社会发展计划》印发给你们，请认真组织实施。',
      '南屿县人民政府',
      '2026年1月20日',
      '南屿县2026年国民经济和社会发展计划',
      '一、主要预期目标',
      '地区生产总值增长6%。',
      '二、重点工作',
      '（一）扩大有效投资。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
  });
  it('guard: a report on the last year\'s plan and the next one\'s draft names no period', () => {
    const plan = importText(['关于南屿县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告', '一、2025年计划执行情况', '地区生产总值增长6%。'].join('\n'), 'x.txt');
    expect(plan.meta.period).toBeNull();
  });
});

describe('departments that 分别牵头', () => {
  it('"（区卫健委、区教育局分别牵头，各街道配合）": both lead, 分别 no part of a name', () => {
    const plan = importText(['云溪区2026年重点工作安排', '一、民生保障', '1.新增托位200个。（区卫健委、区教育局分别牵头，各街道配合）', '2.新建口袋公园5个。（区城管局牵头）'].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1. 区卫健委、区教育局|各街道', '2. 区城管局|']);
  });
  it('a roles line under a 方案\'s （一） task, the lead pair alone on it', () => {
    const plan = importText(['南屿县2026年就业促进工作方案', '一、主要任务', '（一）开展技能培训。全年培训3000人次。', '（县人社局、县农业农村局分别牵头）', '（二）开发公益岗位。新增岗位200个。', '（县人社局牵头，各乡镇配合）'].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['（一） 县人社局、县农业农村局|', '（二） 县人社局|各乡镇']);
  });
});

describe('a signature before a web page\'s download links', () => {
  it('a progress note signed by a bureau, its table\'s .xls name after the date', () => {
    const plan = importText([
      '云溪区2026年一季度重点项目推进情况',
      '2026年全区安排重点项目40个，全年计划完成投资60亿元。',
      '（一）新建项目12个，一季度完成投资1.2亿元，完成年度计划的11.4%。',
      '（二）续建项目28个，一季度完成投资12.6亿元，完成年度计划的25.5%。',
      '各项目进度详见附表。',
      '临江市云溪区发展和改革局',
      '2026年4月12日',
      '2026年一季度区重点项目推进情况表.xls',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('临江市云溪区发展和改革局');
    expect(plan.meta.issuedOn).toBe('2026-04-12');
  });
  it('a 方案 signed by a township, two links (.docx, .pdf) after it', () => {
    const plan = importText([
      '青川区桂花镇2026年人居环境整治工作方案',
      '一、工作目标',
      '全年完成12个村庄的环境整治。',
      '二、工作措施',
      '1.清理房前屋后杂物。（镇村建办牵头）',
      '2.改造农村户厕300户。（镇农业服务中心牵头）',
      '青川区桂花镇人民政府',
      '2026年3月2日',
      '桂花镇村庄整治清单.docx',
      '桂花镇户厕改造名册.pdf',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('青川区桂花镇人民政府');
    expect(plan.meta.issuedOn).toBe('2026-03-02');
    expect(JSON.stringify(plan.nodes)).not.toContain('2026年3月2日');
  });
  it('guard: a file name after the text with no signature before it reads no issuer', () => {
    const plan = importText(['南屿县2026年农村公路养护工作方案', '一、工作目标', '全年养护农村公路300公里。', '二、工作措施', '1.开展日常巡查。（县交通运输局牵头）', '南屿县农村公路养护台账.xlsx'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBeNull();
    expect(plan.meta.issuedOn).toBeNull();
  });
});

describe('a table written with single spaces, in Traditional script', () => {
  it('"序號 重點工作任務 牽頭責任單位 一季度完成情況": its rows are the tasks, as a Simplified page\'s are', () => {
    const plan = importText([
      '2026年縣政府重點工作任務一季度完成情況',
      '序號 重點工作任務 牽頭責任單位 一季度完成情況',
      '1 地區生產總值增長6%以上。 縣發改局 一季度增長6.3%',
      '2 一般公共預算收入增長4%。 縣財政局、縣稅務局 一季度增長4.1%',
      '3 新增城鎮就業3000人。 縣人社局 一季度新增820人',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['task 1|地區生產總值增長6%以上。', 'task 2|一般公共預算收入增長4%。', 'task 3|新增城鎮就業3000人。']);
    expect(roles(plan.nodes)).toEqual(['1 縣發改局|', '2 縣財政局、縣稅務局|', '3 縣人社局|']);
  });
  it('a 任務分解表 with 配合單位 and 完成時限 columns', () => {
    const plan = importText([
      '南嶼縣2026年重點任務分解表',
      '序號 重點任務 牽頭單位 配合單位 完成時限',
      '1 建成縣域醫療次中心 縣衛健局 縣發改局 2026年底',
      '2 改造農村公路80公里 縣交通運輸局 各鄉鎮 2026年10月',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1 縣衛健局|縣發改局', '2 縣交通運輸局|各鄉鎮']);
  });
});

describe('a body of 一是/二是 paragraphs, the first leading into a numbered list', () => {
  it('"一是…：" over （一）–（三） projects, then 二是, 三是: the 是 paragraphs are the parts', () => {
    const plan = importText([
      '云溪区石桥镇人民政府2026年工作计划',
      '一是做强特色产业。产业兴则乡村兴。2026年，镇党委政府共谋划农业项目3个：',
      '（一）茶叶加工厂项目：位于石桥村，总投资300万元，预计2026年6月建成。',
      '（二）冷链仓储项目：位于北坪村，总投资450万元，预计2026年9月建成。',
      '（三）稻渔综合种养项目：位于下溪村，占地200亩，预计2026年4月开工。',
      '二是加强党的建设。组织好党员学习教育，推进支部标准化建设。',
      '三是改善人居环境。完成8个村的污水管网改造。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes).map((l) => l.replace(/^(\s*)\S+ /, '$1'))).toEqual([
      '一是|做强特色产业', '  （一）|茶叶加工厂项目', '  （二）|冷链仓储项目', '  （三）|稻渔综合种养项目', '二是|加强党的建设', '三是|改善人居环境',
    ]);
  });
  it('"一是，…如下：" over 1. 2. points, then 二是', () => {
    const plan = importText([
      '南屿县青禾乡2026年重点工作安排',
      '一是，抓好民生实事。今年乡党委政府确定为民办实事如下：',
      '1.新建村级养老服务站2个。',
      '2.改造农村危房15户。',
      '二是，抓好安全生产。开展地质灾害隐患点排查，汛期落实24小时值班。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes).map((l) => l.replace(/^(\s*)\S+ /, '$1'))).toEqual([
      '一是|抓好民生实事', '  1.|新建村级养老服务站2个', '  2.|改造农村危房15户', '二是|抓好安全生产',
    ]);
  });
  it('guard: 一是/二是 inside a （一） section keep their place under it', () => {
    const plan = importText([
      '东湖区2026年城市管理工作要点',
      '（一）提升市容环境。',
      '一是开展背街小巷整治，全年整治40条。',
      '二是规范户外广告设置。',
      '（二）加强执法监管。',
      '一是开展占道经营专项整治。',
      '二是推进非现场执法。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes).filter((l) => !l.startsWith(' ')).map((l) => l.replace(/^\S+ /, ''))).toEqual(['（一）|提升市容环境', '（二）|加强执法监管']);
  });
});
