/**
 * General rules found by importing real public plans themselves (session 32, docs/importer-corpus.md "Real plans
 * read (session 32)"; docs/importer-grammar.md "Rules added from real plans (session 32)"). The real texts were read,
 * never kept: every case here is written in our own words, with fictional places. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const meta = (text: string) => importText(text, 'x.txt').meta;

describe('a one-character district confirmed by an organ the head names (四川 攀枝花市东区 纲要, session 31 left)', () => {
  const gangyao = (sentence: string) => [
    '临江市东区国民经济和社会发展第十四个',
    '五年规划和二〇三五年远景目标纲要',
    '序　言',
    sentence,
    '第一章 发展基础',
    '第一节 主要成就',
    '全区地区生产总值稳步增长。',
  ].join('\n');
  it('"根据《中共临江市东区委员会关于制定…的建议》" in the 序言 names the district of the title', () => {
    const m = meta(gangyao('根据《中共临江市东区委员会关于制定东区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，编制本纲要。'));
    expect(m).toMatchObject({ city: '临江市', district: '东区' });
  });
  it('"临江市东区人民政府" in a sentence names it too', () => {
    expect(meta(gangyao('本纲要由临江市东区人民政府组织编制。')).district).toBe('东区');
  });
  it('no organ, or an organ of another district or city: the title alone names the city only', () => {
    expect(meta(gangyao('本纲要描绘未来五年发展蓝图。')).district).toBeNull();
    expect(meta(gangyao('根据《中共临江市西区委员会关于…的建议》，编制本纲要。')).district).toBeNull();
    expect(meta(gangyao('根据《中共石川市东区委员会关于…的建议》，编制本纲要。')).district).toBeNull();
  });
});

describe('a heading closed by a bracket of labelled fields (湖北 区 工作目标任务 分解表, its group rows; session 31 left)', () => {
  const parts = (text: string) => importText(text, 'x.txt').nodes.filter((n) => n.kind === 'part').map((n) => [n.heading, n.body]);
  const plan = (one: string, two: string) => ['临江区2025年工作目标任务分解方案', one, '1．地区生产总值增长6%。（牵头单位：区发改局；责任单位：区统计局）', two, '2．完成老旧小区改造10个。（牵头单位：区住建局）'].join('\n');
  it('the heading is what is before the bracket — not cut at the colon inside it, not left empty when long', () => {
    expect(parts(plan('一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:张三、李四、王五)', '二、城市建设工作目标（牵头领导：王五）'))).toEqual([
      ['主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标', '(牵头领导:张三、李四、王五)'],
      ['城市建设工作目标', '（牵头领导：王五）'],
    ]);
  });
  it('a run-in heading ended by a colon outside brackets is read as before', () => {
    expect(parts(plan('一、稳增长：全年地区生产总值增长6%左右', '二、城市建设（含老旧小区）：完成改造任务'))).toEqual([
      ['稳增长', '全年地区生产总值增长6%左右'],
      ['城市建设（含老旧小区）', '完成改造任务'],
    ]);
  });
});

describe('a web page index table with its labels in square brackets (重庆 镇 notice page; session 31 left its 文号)', () => {
  const page = [
    '[ 索引号 ] | 11500000/2025-00003 | [ 发文字号 ] | 青林府发〔2025〕4号 |',
    '[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |',
    '[ 成文日期 ] | 2025-02-20 | [ 发布日期 ] | 2025-02-21 |',
    '临江市柘塘区青林镇人民政府关于印发2025年重点工作安排的通知',
    '各村（社区）、镇属各单位：',
    '现将《2025年重点工作安排》印发给你们，请认真贯彻执行。',
    '临江市柘塘区青林镇人民政府',
    '2025年2月20日',
    '2025年重点工作安排',
    '一、产业发展',
    '（一）推进农业园区建设。完成高标准农田2000亩。',
  ].join('\n');
  it('the 文号 and 成文日期 are read from the bracketed labels, the bar-closed lines each a line, the notice title kept', () => {
    const r = importText(page, 'x.txt');
    expect(r.meta).toMatchObject({ docNumber: '青林府发〔2025〕4号', issuedOn: '2025-02-20', title: '2025年重点工作安排', district: '柘塘区', issuer: '临江市柘塘区青林镇人民政府' });
    expect(r.meta.notice).toContain('关于印发2025年重点工作安排的通知');
  });
});

describe('a three-character district ending like a word (北京 石景山区 分解方案: 中共北京市石景山区委办公室)', () => {
  it('right after its city and before its own organ, "X山区" is the district', async () => {
    const { findDistrict } = await import('../../shared/importer/places');
    expect(findDistrict('中共临江市青景山区委办公室')).toBe('青景山区');
    expect(findDistrict('临江市青景山区人民政府')).toBe('青景山区');
  });
  it('still a word without its city or before a department (大别山区, 中心城区管委会)', async () => {
    const { findDistrict } = await import('../../shared/importer/places');
    expect(findDistrict('大别山区人民政府')).toBeNull();
    expect(findDistrict('临江市中心城区管委会')).toBeNull();
  });
});

describe('a title broken inside the name it quotes (北京 石景山区 任务分解方案, a hard-wrapped page)', () => {
  const doc = (one: string, two: string) => ['中共临江市青景山区委办公室', '临江市青景山区人民政府办公室', '2025年4月16日', one, two,
    '为贯彻落实全市街道工作会议精神，结合本区实际，制定如下任务分解方案。', '一、加强党建引领', '1.完善街道党工委领导体制。', '牵头单位：区委组织部'].join('\n');
  it('the line above opens the quote the title line closes: one title', () => {
    expect(meta(doc('青景山区贯彻落实《关于加强新时代', '街道工作的意见》的任务分解方案')).title).toBe('青景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案');
  });
  it('not a name cited alone, nor a clause of a sentence', () => {
    expect(meta(doc('《关于加强新时代', '街道工作的意见》的任务分解方案')).title).not.toContain('《关于加强新时代街道');
    expect(meta(doc('根据《关于加强新时代', '街道工作的意见》，制定本方案')).title).not.toContain('根据');
  });
});

describe('a post time of a document site is no issue date (河南 汝南县 纲要 on a document site: "发表于:2022-08-08 15:54:04")', () => {
  const doc = (line: string) => [line, '临江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '序　言', '本纲要描绘未来五年发展蓝图。', '第一章 发展基础', '第一节 主要成就', '全县地区生产总值稳步增长。'].join('\n');
  it('the line is page chrome, the plan has no date', () => {
    expect(meta(doc('[可行性研究报告 - 规划计划] 发表于:2022-08-08 15:54:04')).issuedOn).toBeNull();
    expect(meta(doc('发表于 2021-1-5 14:01:07 | 显示全部楼层 |阅读模式')).issuedOn).toBeNull();
  });
  it('a sentence saying when something was published keeps its words', () => {
    expect(importText(doc('本文发表于《临江日报》。'), 'x.txt').meta.notice + importText(doc('本文发表于《临江日报》。'), 'x.txt').meta.preamble).toContain('发表于《临江日报》');
  });
});

describe('a field line of a cover is no title (河南 民权县 纲要: "规划编制单位:X县发展和改革委员会")', () => {
  it('the cover title above it stays the title', () => {
    const m = meta(['临江县国民经济和社会发展', '第十四个五年规划和二〇三五年远景目标纲要', '临江县发展和改革委员会', '2021年4月', '规划编制单位:临江县发展和改革委员会', '编制负责人:张明',
      '第一章 开启现代化建设新征程', '第一节 发展基础', '全县经济稳步增长。'].join('\n'));
    expect(m.title).toBe('临江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });
});

describe('rows of an index table without colons are lines of their own (贵州 遵义 分工方案 notice page)', () => {
  it('"文号 X 是否有效" under "您当前所在的位置" gives the 文号; the breadcrumb is chrome', () => {
    const r = importText([
      '您当前所在的位置: 首页 > 政务公开 > 政府文件',
      '索引号 000012345/2025-0001 主题分类   其他',
      '发布机构 发文日期  2025年05月10日',
      '文号 临府办函〔2025〕56号 是否有效',
      '标题 市人民政府办公室关于印发临江都市圈建设责任分工方案的通知',
      '市人民政府办公室关于印发临江都市圈建设责任分工方案的通知',
      '各县、区人民政府，市政府各部门：',
      '现将《临江都市圈建设责任分工方案》印发给你们，请认真抓好落实。',
      '临江都市圈建设责任分工方案',
      '一、强化组织协调',
      '（一）建立推进机制。（市发展改革委牵头，市直各部门配合）',
    ].join('\n'), 'x.txt');
    expect(r.meta).toMatchObject({ docNumber: '临府办函〔2025〕56号', issuedOn: '2025-05-10', title: '临江都市圈建设责任分工方案' });
    expect(r.report!.removed.map((x) => x.reason)).toContain('面包屑导航');
  });
});

describe('a chapter heading ending in a comma goes on, padded quotes no gap (贵州 红花岗区 纲要)', () => {
  it('"第一章 X “ Y ” Z，" ⏎ "W" is one heading', () => {
    const nodes = importText(['临江市青山区国民经济和社会发展第十四个五年规划纲要', '本纲要描绘全区未来五年发展蓝图。',
      '第一章 做大做强 “ 临江都市圈 ” 核心区的增长极,', '向社会主义现代化新征程迈进的形势和任务', '第一节 发展基础', '全区经济稳步增长。'].join('\n'), 'x.txt').nodes;
    expect(nodes[0]).toMatchObject({ number: '第一章', heading: '做大做强 “ 临江都市圈 ” 核心区的增长极,向社会主义现代化新征程迈进的形势和任务', body: '' });
  });
});

describe('a numbered heading naming a task table over its header (江西 县 民生实事 任务分解表)', () => {
  it('"一、10件民生实事任务分解表" ⏎ 序号/具体工作任务和要求/责任领导/责任单位 rows: a part and its tasks', () => {
    const nodes = importText(['临江县2025年民生实事任务分解', '一、10件民生实事任务分解表',
      '序号\t具体工作任务和要求\t责任领导\t责任单位\t落实情况', '1\t完成城北学校主体建设，增加义务教育学位5000个。\t张明\t县教体局\t已完成。', '2\t完成县妇幼保健院主体工程建设。\t张明\t县卫健委\t已封顶。',
      '二、10件重点工程任务分解表', '序号\t具体工作任务和要求\t责任领导\t责任单位\t落实情况', '1\t完成城北大道建设。\t李华\t县住建局\t已完成。', '2\t完成城南污水厂扩建。\t李华\t县水务局\t已通水。'].join('\n'), 'x.txt').nodes;
    expect(nodes.map((n) => [n.kind, n.heading, n.children.map((c) => c.lead.join('、'))])).toEqual([
      ['part', '10件民生实事任务分解表', ['县教体局', '县卫健委']],
      ['part', '10件重点工程任务分解表', ['县住建局', '县水务局']],
    ]);
  });
});

describe('rows of an index table printed with bars stay out of the title (浙江 镇 notice page: "生成日期 | X | 公开方式 | 主动公开 |")', () => {
  it('生成日期 is the page\'s date label; a bar row is never the title', () => {
    const r = importText(['索引号 | 0010/2025-00042 | ||', '组配分类 | 部门文件 | 发布机构 | 青林镇 |', '生成日期 | 2025-10-22 | 公开方式 | 主动公开 |', '文号 | 青政〔2025〕72号 |',
      '各科室，各站所，各村：', '现将《青林镇突发公共事件总体应急预案》印发给你们，请认真执行。', '1.总则', '1.1目的依据', '为提高处置突发公共事件的能力，制定本预案。'].join('\n'), 'x.txt');
    expect(r.meta.title).not.toContain('|');
    expect(r.meta.docNumber).toBe('青政〔2025〕72号');
  });
});
