/**
 * General rules found in the eleventh batch of real plans and left by the tenth (session 37, docs/importer-corpus.md
 * "Real plans read (session 37, second batch)"), written as rules in docs/importer-grammar.md "Rules added from real
 * plans (session 37, h-real11)". The real texts were read, never kept: every case is in our own words, with fictional
 * places, in another style than the page that showed the gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; lead: string[]; partners: string[]; children: N[] };

describe('a notice cited in 《》 inside a sentence of the plan is not the title of a notice this text is', () => {
  it('"为落实《…关于印发(X)的通知》…制定本方案" over a plan of two parts: the parts are the plan\'s, not a notice\'s requests', () => {
    const plan = importText([
      '云溪区城乡垃圾分类三年攻坚实施方案',
      '为落实《临江市人民政府办公室关于印发(临江市生活垃圾分类攻坚方案)的通知》要求，推进我区垃圾分类工作，结合实际，制定本方案。',
      '一、总体目标',
      '到2027年底，全区城乡生活垃圾分类覆盖率达到95%以上。',
      '二、工作原则',
      '坚持政府推动、全民参与、城乡统筹。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|总体目标', 'part 二、|工作原则']);
    expect(plan.meta.title).toBe('云溪区城乡垃圾分类三年攻坚实施方案');
  });
});

describe('pinyin a mirror site printed after the characters is dropped, and said', () => {
  it('"区(qū)政(zhèng)府(fǔ)…": the 文号, the issuer and the units read as written without it', () => {
    const plan = importText([
      '青川区(qū)人民政府办公室关于印发(fā)2026年重点项目推进方案的通知',
      '青政办发(fā)〔2026〕4号',
      '各街道办事处，区(qū)政府各部门：',
      '《2026年重点项目推进方案》已经区(qū)政府同意，现印发(fā)给你们，请认真执行。',
      '青川区(qū)人民政府办公室',
      '2026年3月2日',
      '2026年重点项目推进方案',
      '一、项目建设',
      '1.建成城东污水处理厂二期。（牵头单位：区住建局；配合单位：区财政局）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.docNumber).toBe('青政办发〔2026〕4号');
    expect(plan.meta.issuer).toBe('青川区人民政府办公室');
    expect(plan.meta.title).toBe('2026年重点项目推进方案');
    expect(roles(plan.nodes as N[])).toEqual(['1. 区住建局|区财政局']);
    expect(plan.report?.removed.filter((r) => r.reason === '网页注音').map((r) => r.text)).toContain('(qū)');
  });
  it('a single reading in brackets is a gloss the author wrote, kept', () => {
    const plan = importText(['南屿县古村落保护方案', '一、保护对象', '1.修缮栖(qī)霞村古戏台。'].join('\n'), 'x.txt');
    expect(JSON.stringify(plan.nodes)).toContain('栖(qī)霞村');
  });
});

describe('a cover byline is never the title', () => {
  it('"X规划编制工作领导小组办公室 编" under a 纲要 title and its adoption line', () => {
    const plan = importText([
      '南屿县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要',
      '（2026年1月12日南屿县第十九届人民代表大会第五次会议通过）',
      '南屿县“十五五”规划编制工作领导小组办公室 编',
      '第一章 开启现代化建设新阶段',
      '“十五五”时期是南屿县全面推进现代化建设的关键时期。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2030 });
  });
});

describe('a notice an office heads with 印发 and neither 关于 nor quotes names what it publishes', () => {
  it('"X区人民政府办公室印发X区关于…的实施意见的通知": the title is the 实施意见, the office the issuer', () => {
    const plan = importText([
      '云溪区人民政府办公室印发云溪区关于推进老旧小区改造的实施意见的通知',
      '各街道办事处，区政府各部门：',
      '《云溪区关于推进老旧小区改造的实施意见》已经区政府同意，现印发给你们，请认真贯彻落实。',
      '2026年4月8日',
      '一、目标任务',
      '（一）2026年完成老旧小区改造30个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区关于推进老旧小区改造的实施意见');
    expect(plan.meta.issuer).toBe('云溪区人民政府办公室');
  });
});

describe('a 意见 citing a name after 关于 is titled whole', () => {
  it('a page\'s 标题 cell "X人民政府关于落实2026年《政府工作报告》重点工作责任分工的意见": not the quoted name', () => {
    const plan = importText([
      '索引号：QC0101-2026-00031',
      '发布机构：青川区人民政府',
      '标题：青川区人民政府关于落实2026年《政府工作报告》重点工作责任分工的意见',
      '发布日期：2026-02-12',
      '',
      '各街道办事处，区政府各部门：',
      '为确保区《政府工作报告》各项任务落到实处，现就重点工作责任分工提出如下意见。',
      '一、主要预期目标',
      '1.地区生产总值增长5.5%左右。（区发展改革委负责）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区人民政府关于落实2026年《政府工作报告》重点工作责任分工的意见');
    expect(plan.meta.issuer).toBe('青川区人民政府');
  });
});

describe('an addressee line that lost its colon', () => {
  it('names parted by spaces, the sentence sending the plan after it: the addressees, and the lines the notice\'s', () => {
    const plan = importText([
      '东湖区人民政府办公室关于印发东湖区2026年为民办实事项目的通知',
      '各街道办事处 区政府各部门 各有关单位',
      '现将《东湖区2026年为民办实事项目》印发给你们，请认真组织实施。',
      '东湖区人民政府办公室',
      '2026年2月26日',
      '东湖区2026年为民办实事项目',
      '一、教育',
      '1.新建公办幼儿园2所。（牵头单位：区教育局）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.addressees).toEqual(['各街道办事处', '区政府各部门', '各有关单位']);
    expect(plan.meta.preamble).toBe('');
    expect(plan.meta.title).toBe('东湖区2026年为民办实事项目');
  });
});

describe('a 民生实事 table pasted one cell per line', () => {
  const text = [
    '南屿县2026年民生实事分解表',
    '序号',
    '民生实事',
    '责任单位',
    '完成时限',
    '1',
    '改造县城供水管网12公里。',
    '县水务局',
    '县住建局',
    '10月底前',
    '2',
    '建成县全民健身中心。',
    '县文旅局',
    '8月底前',
    '开放城区学校运动场地。',
    '12月底前',
    '3',
    '新增城区停车位800个。',
    '县公安局',
    '县城管局',
    '县住建局',
    '12月底前',
  ].join('\n');
  it('民生实事 is the task column; a unit cell written one unit a line is one cell', () => {
    const plan = importText(text, 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 县水务局、县住建局|', '2 县文旅局|', ' 县文旅局|', '3 县公安局、县城管局、县住建局|']);
  });
  it('a row without its 序号 under a row read whole (the 序号 and unit cells merged over both) is a task of its own', () => {
    const plan = importText(text, 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|改造县城供水管网12公里。', 'task 2|建成县全民健身中心。', 'task |开放城区学校运动场地。', 'task 3|新增城区停车位800个。']);
  });
});

describe('a task table pasted one cell per line under a 重点任务 header', () => {
  const text = [
    '青川区2026年重点任务分工表',
    '序号',
    '重点任务',
    '牵头单位',
    '完成时限',
    '1',
    '推进城北片区雨污分流改造。',
    '区住建局',
    '区水务局',
    '11月底前',
    '2',
    '建设区级养老服务中心。',
    '区民政局',
    '6月底前开工',
    '完成中心主体工程。',
    '12月底前',
    '3',
    '新增公共充电桩300个。',
    '区发展改革委',
    '12月底前',
  ].join('\n');
  it('units one a line in the unit cell, and a row without 序号 under a whole row: every task with its units', () => {
    const plan = importText(text, 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|推进城北片区雨污分流改造。', 'task 2|建设区级养老服务中心。', 'task |完成中心主体工程。', 'task 3|新增公共充电桩300个。']);
    expect(roles(plan.nodes as N[])).toEqual(['1 区住建局、区水务局|', '2 区民政局|', ' 区民政局|', '3 区发展改革委|']);
  });
});

describe('a notice title headed by a government named by its level alone', () => {
  it('"县人民政府关于" ⏎ "印发南屿县…方案的通知": the issuer is the 县 the published plan names', () => {
    const plan = importText([
      '县人民政府关于',
      '印发南屿县2026年农村供水保障提升方案',
      '的通知',
      '南政发〔2026〕11号',
      '各乡镇人民政府，县政府各部门：',
      '现将《南屿县2026年农村供水保障提升方案》印发给你们，请认真组织实施。',
      '2026年4月2日',
      '南屿县2026年农村供水保障提升方案',
      '一、提升目标',
      '到2026年底，农村自来水普及率达到96%。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府');
    expect(plan.meta.title).toBe('南屿县2026年农村供水保障提升方案');
  });
});
