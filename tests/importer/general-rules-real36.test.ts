/**
 * General rules found by importing real public plans (session 36, docs/importer-corpus.md "Real plans read (session
 * 36)"; docs/importer-grammar.md "Rules added from real plans (session 36)"). The real texts were read, never kept:
 * every case here is written in our own words, with fictional places, in another style than the plan that showed the
 * gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; lead: string[]; partners: string[]; children: N[] };
const outline = (ns: N[], depth = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.number}${n.heading}`, ...outline(n.children, depth + 1)]);

describe('a 分类 column written on its group\'s first row only (merged cells saved as text: 莲都区 session 35, 吴江区, 钟楼区)', () => {
  const rows = [
    ['序号', '分类', '工作任务', '牵头单位', '配合单位'],
    ['1', '产业提升', '新增规上工业企业12家。', '区经信局', '区统计局'],
    ['2', '', '建成标准厂房8万平方米。', '区住建局', '区经信局'],
    ['3', '城乡建设', '改造老旧小区15个。', '区住建局', '各街道'],
    ['4', '', '新建口袋公园6个。', '区园林局', ''],
  ];
  const expected = ['part 产业提升', '  task 1新增规上工业企业12家。', '  task 2建成标准厂房8万平方米。', 'part 城乡建设', '  task 3改造老旧小区15个。', '  task 4新建口袋公园6个。'];
  it('tab-separated: the rows below a 分类 cell belong to its group, each group a part', () => {
    const plan = importText(['青川区2025年重点工作任务清单', ...rows.map((r) => r.join('\t'))].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(expected);
    expect(roles(plan.nodes)).toEqual(['1 区经信局|区统计局', '2 区住建局|区经信局', '3 区住建局|各街道', '4 区园林局|']);
  });
  it('a Markdown table, its 任务类别 cells empty below the first', () => {
    const md = ['# 青川区2025年重点工作任务清单', '', ...rows.map((r, i) => `| ${(i === 0 ? r.map((c) => (c === '分类' ? '任务类别' : c)) : r).join(' | ')} |`)];
    md.splice(3, 0, '|---|---|---|---|---|');
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(expected);
  });
});

describe('a table pasted one cell per line, an empty cell a blank line of its own (广州 session 34, the 分类 cells above)', () => {
  it('no blank line between cells: each blank line is one empty cell, the cells after it stay in their columns', () => {
    const lines = ['南屿县2025年民生实事清单', '序号', '类别', '工作任务', '牵头单位', '配合单位',
      '1', '教育', '新建公办幼儿园2所。', '县教体局', '县财政局',
      '2', '', '改造农村学校食堂10所。', '县教体局', '',
      '3', '医疗', '建成县域医共体信息平台。', '县卫健局', '县医保局'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 教育', '  task 1新建公办幼儿园2所。', '  task 2改造农村学校食堂10所。', 'part 医疗', '  task 3建成县域医共体信息平台。']);
    expect(roles(plan.nodes)).toEqual(['1 县教体局|县财政局', '2 县教体局|', '3 县卫健局|县医保局']);
  });
  it('a blank line between every two cells (a web page copied so): an empty cell is two more; a 牵头单位 left empty stays empty', () => {
    const cells = ['序号', '工作任务', '牵头单位', '配合单位',
      '1', '建成智慧停车平台。', '区城管局', '区交通局',
      '2', '新增公共充电桩500个。', '', '区发改局',
      '3', '改造公交站台40座。', '区交通局', '区城管局'];
    const plan = importText(['云溪区2025年交通治理任务表', '', ...cells.flatMap((c) => [c, ''])].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['task 1建成智慧停车平台。', 'task 2新增公共充电桩500个。', 'task 3改造公交站台40座。']);
    expect(roles(plan.nodes)).toEqual(['1 区城管局|区交通局', '2 |区发改局', '3 区交通局|区城管局']);
  });
});

describe('a notice title broken over three lines, "关于印发" ⏎ the plan\'s name ⏎ "的通知" (吉林 长吉 notice)', () => {
  const lines = ['临江市东湖区人民政府', '关于印发', '东湖区2025年养老服务提升行动方案', '的通知', '',
    '各街道办事处，区政府各部门：', '现将本方案印发给你们，请认真组织实施。', '', '临江市东湖区人民政府', '2025年4月8日', '',
    '一、工作目标', '到年底，新建社区养老服务站10个。', '二、重点任务', '（一）建设社区养老服务站。（牵头单位：区民政局）'];
  it('the middle line is the name the notice publishes, not a title line: the notice\'s text and date are read', () => {
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('东湖区2025年养老服务提升行动方案');
    expect(plan.meta.issuedOn).toBe('2025-04-08');
    expect(plan.meta.preamble).toBe('');
    expect(plan.meta.notice).toContain('现将本方案印发给你们');
  });
  it('a 意见 whose title goes on from "…关于" is its own title, as before', () => {
    const plan = importText(['南屿县人民政府关于', '加快推进数字乡村建设的意见', '南政发〔2025〕3号', '各乡镇人民政府：', '为加快数字乡村建设，提出如下意见：', '一、夯实数字基础', '（一）推进5G网络覆盖。（牵头单位：县工信局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县人民政府关于加快推进数字乡村建设的意见');
  });
});

describe('an excerpt that opens mid-document: no title, its first line a heading numbered past 1 (brief of session 36)', () => {
  it('"三、重点任务" first, "四、保障措施" after it: both parts, the (一) under 三、 its tasks; no title', () => {
    const plan = importText(['三、重点任务', '（一）推进老旧小区改造。完成改造20个。（牵头单位：区住建局；配合单位：各街道）', '（二）完善社区服务设施。新建社区食堂10个。（牵头单位：区民政局）', '四、保障措施', '（一）加强组织领导。'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('');
    expect(outline(plan.nodes)).toEqual(['part 三、重点任务', '  task （一）推进老旧小区改造', '  task （二）完善社区服务设施', 'part 四、保障措施', '  section （一）加强组织领导']);
  });
  it('points 5. and 6. of a cut list, no higher heading: read as points, not a title (as before: the first marker starts the body)', () => {
    const plan = importText(['5.建设口袋公园8个。（责任单位：区园林局）', '6.改造背街小巷12条。（责任单位：区城管局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('');
    expect(roles(plan.nodes)).toEqual(['5. 区园林局|', '6. 区城管局|']);
  });
});

describe('a web page\'s index table printed as a numbered list of bracketed labels (朝阳区 page)', () => {
  it('"1. [发文机构] …" ⏎ "2. [成文日期] …": the page\'s record, no parts', () => {
    const plan = importText(['1. [发文机构] 云溪区人民政府办公室', '2. [成文日期] 2025-05-06', '3. [发文字号] 云政办发〔2025〕9号', '4. [有效性] 现行有效', '',
      '云溪区人民政府办公室关于印发《云溪区2025年河湖治理行动方案》的通知', '各乡镇人民政府，区政府各部门：', '现将《云溪区2025年河湖治理行动方案》印发给你们，请认真贯彻执行。',
      '云溪区2025年河湖治理行动方案', '一、主要任务', '（一）清理河道淤积。（牵头单位：区水务局）'].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('云溪区人民政府办公室');
    expect(plan.meta.issuedOn).toBe('2025-05-06');
    expect(plan.meta.docNumber).toBe('云政办发〔2025〕9号');
    expect(outline(plan.nodes)).toEqual(['part 一、主要任务', '  task （一）清理河道淤积']);
  });
});

describe('points numbered with the small full stop ﹒ (安徽 news page)', () => {
  it('"1﹒…" ⏎ "牵头责任单位：…" are points with their departments', () => {
    const plan = importText(['青川区2025年重点工作', '一、稳住经济大盘', '1﹒地区生产总值增长6%。', '牵头责任单位：区发改局。', '协同责任单位：区统计局。', '2﹒固定资产投资增长8%。', '牵头责任单位：区发改局。'].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 一、稳住经济大盘', '  task 1﹒地区生产总值增长6%', '  task 2﹒固定资产投资增长8%']);
    expect(roles(plan.nodes)).toEqual(['1﹒ 区发改局|区统计局', '2﹒ 区发改局|']);
  });
});

describe('the year of a title naming a 行动计划 or a 任务分解意见 of one year (朝阳区, 西安)', () => {
  it('"…建设2026年行动计划", "2025年《政府工作报告》任务分解意见": that year', () => {
    expect(importText(['美丽云溪建设2026年行动计划', '一、主要任务', '（一）治理扬尘污染。（牵头单位：区生态环境局）'].join('\n'), 'x.txt').meta.period).toEqual({ start: 2026, end: 2026 });
    expect(importText(['南屿县2025年《政府工作报告》任务分解意见', '一、经济发展', '（一）地区生产总值增长6%。（责任单位：县发改局）'].join('\n'), 'x.txt').meta.period).toEqual({ start: 2025, end: 2025 });
    // (a plan that runs to a year is no plan of that year)
    expect(importText(['云溪区到2027年城市更新行动计划', '一、主要任务'].join('\n'), 'x.txt').meta.period).not.toEqual({ start: 2027, end: 2027 });
  });
});

describe('found while writing the session\'s corpus documents (170, 172, 174)', () => {
  it('a 牵头领导 column names people, not the lead: the 责任单位 column leads, the leader stays the row\'s text', () => {
    const plan = importText(['云溪区2025年重点项目推进清单', ['序号', '项目', '牵头领导', '责任单位'].join('\t'), ['1', '建成区体育中心。', '李强', '区文旅局'].join('\t'), ['2', '完成滨江大道拓宽。', '王芳', '区交通局、区城管局'].join('\t')].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1 区文旅局|', '2 区交通局、区城管局|']);
    expect(JSON.stringify(plan.nodes)).toContain('李强');
  });
  it('a notice titled only in its lines ("关于印发" ⏎ X ⏎ "的通知"), signed, then the plan\'s introduction: the introduction is the preamble', () => {
    const plan = importText(['南屿县人民政府办公室', '关于印发', '南屿县农村供水保障提升方案', '的通知', '各乡镇人民政府，县直各单位：', '现将本方案印发给你们，请认真贯彻落实。', '南屿县人民政府办公室', '2025年6月3日',
      '为保障农村群众饮水安全，制定本方案。', '一、重点任务', '（一）改造老旧供水管网。（牵头单位：县水利局）'].join('\n'), 'x.txt');
    expect(plan.meta.preamble).toBe('为保障农村群众饮水安全，制定本方案。');
    expect(plan.meta.notice).not.toContain('为保障农村群众饮水安全');
  });
  it('a 通知 issued directly, "…关于2025年区政府工作任务责任分解的通知" (no 印发 or 下达), signed before its body: its year and its date', () => {
    const plan = importText(['云溪区人民政府关于2025年区政府工作任务责任分解的通知', '各街道办事处，区政府各部门：', '区政府2025年工作任务已经区政府常务会议研究确定，现将责任分解如下，请抓好落实。', '云溪区人民政府', '2025年2月12日',
      '一、稳定经济增长', '1.地区生产总值增长6%。（牵头单位：区发改局）'].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-02-12');
    expect(plan.meta.period).toEqual({ start: 2025, end: 2025 });
  });
});
