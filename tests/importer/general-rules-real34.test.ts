/**
 * General rules found by importing real public plans (session 34, docs/importer-corpus.md "Real plans read (session
 * 34)"; docs/importer-grammar.md "Rules added from real plans (session 34)"). The real texts were read, never kept:
 * every case here is written in our own words, with fictional places, in another style than the plan that showed the
 * gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

type N = { number: string; heading: string; lead: string[]; partners: string[]; children: N[] };
const flat = (ns: N[]): string[] => ns.flatMap((n) => [`${n.number}${n.heading}`, ...flat(n.children)]);
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const roles = (text: string) => all(importText(text, 'x.txt').nodes).filter((n) => n.lead.length || n.partners.length).map((n) => `${n.number} ${n.lead.join('、')} | ${n.partners.join('、')}`);

describe('a table written one row per line with bars between its cells (吉水县 民生实事 page)', () => {
  it('a header with 序号 over rows of as many cells: the rows are tasks with their units', () => {
    const plan = importText(['青川区2025年为民办实事项目清单', '| 序号 | 项目名称 | 牵头单位 | 配合单位 | 完成时限 |',
      '| 1 | 新建社区食堂8个 | 区民政局 | 各街道 | 2025年10月底 |', '| 2 | 改造背街小巷12条 | 区住建局 | 区城管局 | 2025年11月底 |', '| 3 | 新增公办幼儿园学位600个 | 区教育局 | 区财政局 | 2025年9月 |'].join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['1新建社区食堂8个', '2改造背街小巷12条', '3新增公办幼儿园学位600个']);
    expect(plan.nodes.map((n) => `${n.lead.join('、')}|${n.partners.join('、')}`)).toEqual(['区民政局|各街道', '区住建局|区城管局', '区教育局|区财政局']);
    expect(plan.nodes[0].milestones.map((m) => m.year)).toEqual([2025]);
  });
  it('a Markdown table saved as .txt: the separator row is no task, a row with an empty cell is a row (review of session 34)', () => {
    const lines = ['南屿县2025年民生实事清单', '| 序号 | 项目名称 | 责任单位 | 完成时限 |', '|---|:---:|---|---|', '| 1 | 新建幼儿园3所 | 县教体局 | 2025年8月 |', '| 2 | 改造农村公路50公里 | 县交通局 |  |', '| 3 | 新增养老床位200张 | 县民政局 | 2025年12月 |'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['1新建幼儿园3所', '2改造农村公路50公里', '3新增养老床位200张']);
    expect(plan.nodes.map((n) => `${n.lead.join('、')}|${n.milestones.map((m) => m.text).join()}`)).toEqual(['县教体局|2025年8月', '县交通局|', '县民政局|2025年12月']);
    expect(plan.meta.preamble).toBe('');
    // (the same as the Markdown file reads it)
    expect(importText(lines.join('\n'), 'x.md').nodes.map((n) => `${n.number}${n.heading} ${n.lead.join('、')}`)).toEqual(plan.nodes.map((n) => `${n.number}${n.heading} ${n.lead.join('、')}`));
  });
  it('a web index printed with bars (no 序号 header), or a header alone, stays as it was', () => {
    const index = importText(['发布机构 | 云溪区人民政府办公室 | 发文字号 | 云政办发〔2025〕3号 |', '成文日期 | 2025-03-02 | 发布日期 | 2025-03-05 |', '云溪区2025年重点工作要点', '一、稳定经济增长', '二、改善民生'].join('\n'), 'x.txt');
    expect(flat(index.nodes)).toEqual(['一、稳定经济增长', '二、改善民生']);
    expect(index.meta.docNumber).toBe('云政办发〔2025〕3号');
    const alone = importText(['云溪区2025年重点工作要点', '序号 | 重点任务 | 牵头单位 |', '一、稳定经济增长'].join('\n'), 'x.txt');
    expect(flat(alone.nodes)).toEqual(['一、稳定经济增长']);
  });
});

describe('a task table whose cells are separated by single spaces (平顶山 page, session 33 left)', () => {
  it('header and rows of as many pieces; a task holding a space keeps its words in the task column', () => {
    const plan = importText(['南屿县2025年重点工作任务分解表', '序号 重点任务 牵头单位 配合单位 完成时限',
      '1 建成县人民医院新院区 县卫健委 县发改局 2025年12月底', '2 实施农村公路提档升级 新改建120公里 县交通局 县财政局 2025年11月', '3 新增城镇就业岗位3000个 县人社局 各乡镇 2025年12月'].join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['1建成县人民医院新院区', '2实施农村公路提档升级 新改建120公里', '3新增城镇就业岗位3000个']);
    expect(plan.nodes.map((n) => `${n.lead.join('、')}|${n.partners.join('、')}`)).toEqual(['县卫健委|县发改局', '县交通局|县财政局', '县人社局|各乡镇']);
  });
  it('pieces go to the columns by their shape: two partners, no partner, no deadline (review of session 34)', () => {
    const plan = importText(['青川区2025年城市更新重点任务分解表', '序号 重点任务 牵头单位 配合单位 完成时限',
      '1 建成区域医疗中心 区卫健委 区发改局 区财政局 2025年底', '2 改造老旧小区20个 区住建局 各街道 2025年12月', '3 新建口袋公园 区城管局 2025年10月', '4 建设智慧停车场 区交通局 区公安分局', '5 实施背街小巷 “微更新” 区城管局 区住建局 各街道 持续推进'].join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['1建成区域医疗中心', '2改造老旧小区20个', '3新建口袋公园', '4建设智慧停车场', '5实施背街小巷 “微更新”']);
    expect(plan.nodes.map((n) => `${n.lead.join('、')}|${n.partners.join('、')}`)).toEqual(['区卫健委|区发改局、区财政局', '区住建局|各街道', '区城管局|', '区交通局|区公安分局', '区城管局|区住建局、各街道']);
    expect(plan.nodes.map((n) => n.milestones.map((m) => m.text).join())).toEqual(['2025年底', '2025年12月', '2025年10月', '', '']);
    expect(plan.meta.preamble).toBe('');
    expect(plan.report!.warnings).toEqual([]);
    // (one 责任单位 column: every unit the row names is in it)
    const one = importText(['南屿县2025年民生实事清单', '序号 项目名称 责任单位 完成时限', '1 新建幼儿园3所 县教体局 县财政局 2025年8月', '2 改造农村公路50公里 县交通局 2025年11月'].join('\n'), 'x.txt');
    expect(one.nodes.map((n) => `${n.number}${n.heading} ${n.lead.join('、')}|${n.partners.join('、')}`)).toEqual(['1新建幼儿园3所 县教体局、县财政局|', '2改造农村公路50公里 县交通局|']);
  });
  it('full-width digits and ideographic spaces (a Word text saved as is): the 序号 and the deadline by their folded shape', () => {
    const plan = importText(['青川区2025年城市更新重点任务分解表', '序号　重点任务　牵头单位　配合单位　完成时限', '１　建成区域医疗中心　区卫健委　区发改局　区财政局　２０２５年底', '２　新建口袋公园　区城管局　２０２５年１０月'].join('\n'), 'x.txt');
    expect(plan.nodes.map((n) => `${n.heading} ${n.lead.join('、')}|${n.partners.join('、')}|${n.milestones.map((m) => m.year).join()}`)).toEqual(['建成区域医疗中心 区卫健委|区发改局、区财政局|2025', '新建口袋公园 区城管局||2025']);
  });
  it('a cell written as empty ("—", "无", "/") is its column\'s piece, and no unit — with single spaces or tabs', () => {
    const read = (sep: string) => importText(['青川区2025年城市更新重点任务分解表', ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].join(sep),
      ['1', '建成区域医疗中心', '区卫健委', '—', '2025年底'].join(sep), ['2', '新建口袋公园', '区城管局', '无', '—'].join(sep), ['3', '建设 智慧停车场', '区交通局', '区公安分局', '/'].join(sep)].join('\n'), 'x.txt');
    for (const sep of [' ', '\t']) {
      const plan = read(sep);
      expect(plan.nodes.map((n) => `${n.heading} ${n.lead.join('、')}|${n.partners.join('、')}|${n.milestones.map((m) => m.year).join()}`), JSON.stringify(sep)).toEqual(['建成区域医疗中心 区卫健委||2025', '新建口袋公园 区城管局||', '建设 智慧停车场 区交通局|区公安分局|']);
      expect(plan.report!.warnings).toEqual([]);
    }
  });
  it('a row with the next 序号 that does not fit is read whole as its task and reported; a number out of turn ends the table; a header of sentences is no header', () => {
    const unfit = importText(['南屿县2025年重点工作任务分解表', '序号 重点任务 牵头单位 配合单位', '1 建成县人民医院新院区 县卫健委 县发改局', '2 实施农村公路提档升级 加快推进', '3 建设污水管网 县住建局'].join('\n'), 'x.txt');
    expect(flat(unfit.nodes)).toEqual(['1建成县人民医院新院区', '2实施农村公路提档升级 加快推进', '3建设污水管网']);
    expect(unfit.nodes.map((n) => n.lead.join('、'))).toEqual(['县卫健委', '', '县住建局']);
    expect(unfit.report!.warnings.map((w) => [w.code, w.line])).toEqual([['table-row-unsplit', 4]]);
    const short = importText(['南屿县2025年重点工作任务分解表', '序号 重点任务 牵头单位 配合单位', '1 建成县人民医院新院区 县卫健委 县发改局', '2 实施农村公路提档升级 县交通局 县财政局', '4 新增就业岗位 县人社局', '3 建设污水管网 县住建局'].join('\n'), 'x.txt');
    expect(flat(short.nodes)).toEqual(['1建成县人民医院新院区', '2实施农村公路提档升级']);
    expect(short.meta.preamble).toContain('4 新增就业岗位 县人社局');
    expect(short.report!.warnings.map((w) => [w.code, w.line])).toEqual([['table-row-order', 5]]);
    const prose = importText(['南屿县2025年重点工作要点', '序号 按照全县部署，牵头单位 抓好落实', '一、稳定经济增长'].join('\n'), 'x.txt');
    expect(flat(prose.nodes)).toEqual(['一、稳定经济增长']);
  });
});

describe('a 目录 with neither a 目录 line nor page numbers (a list of headings the body repeats)', () => {
  const body = ['一、总体要求', '坚持以人民为中心，统筹推进城市更新。', '二、重点任务', '（一）改造老旧小区', '完成老旧小区改造15个。', '（二）完善停车设施', '新增公共停车泊位2000个。', '三、保障措施', '加强组织领导，落实资金保障。'];
  it('the headings before the body, each again in order with text between, are dropped as the 目录', () => {
    const plan = importText(['云溪区城市更新三年行动方案', '一、总体要求', '二、重点任务', '三、保障措施', ...body].join('\n'), 'x.txt');
    expect(flat(plan.nodes)).toEqual(['一、总体要求', '二、重点任务', '（一）改造老旧小区', '（二）完善停车设施', '三、保障措施']);
    expect(plan.report!.removed.filter((r) => r.reason.startsWith('目录')).map((r) => r.text)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施']);
  });
  it('headings that do not come back, or come back without text between them, are the plan\'s', () => {
    expect(flat(importText(['云溪区城市更新三年行动方案', '一、总体要求', '二、重点任务', '三、保障措施', '四、工作要求', '各部门抓好落实。'].join('\n'), 'x.txt').nodes)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施', '四、工作要求']);
    expect(flat(importText(['云溪区城市更新三年行动方案', '一、总体要求', '二、重点任务', '三、保障措施', '一、总体要求', '二、重点任务', '三、保障措施', '各部门抓好落实。'].join('\n'), 'x.txt').nodes)).toHaveLength(6);
  });
});

describe('the title when the plan has no title line: the plan a sentence of the head says is published (重庆 news page, 四川 editor\'s note)', () => {
  const body = ['一、总体要求', '坚持就业优先。', '二、重点任务', '新增城镇就业5000人。'];
  it('"日前，X印发《Y》…" and "《Y》全文如下", not the sentence', () => {
    const news = importText(['日前，临江市青川区委办公室、区政府办公室印发了《青川区稳就业促增收三年行动方案》，要求各街道各部门认真抓好落实。', ...body].join('\n'), 'x.txt');
    expect(news.meta.title).toBe('青川区稳就业促增收三年行动方案');
    expect(flat(news.nodes)).toEqual(['一、总体要求', '二、重点任务']);
    // (the organs the sentence opens with publish it: the first, as of a notice signed by several)
    expect(news.meta.issuer).toBe('临江市青川区委办公室');
    expect(news.meta.city).toBe('临江市');
    const whole = importText(['编者按：为做好今年就业工作，现刊发有关方案，供参阅。', '《南屿县2025年稳就业工作要点》全文如下：', ...body].join('\n'), 'x.txt');
    expect(whole.meta.title).toBe('南屿县2025年稳就业工作要点');
  });
  it('a title line of its own, or a sentence naming no plan, is read as before', () => {
    expect(importText(['日前，区政府印发了《青川区稳就业促增收三年行动方案》。', '青川区稳就业促增收三年行动方案', ...body].join('\n'), 'x.txt').meta.title).toBe('青川区稳就业促增收三年行动方案');
    expect(importText(['青川区就业服务周活动安排', ...body].join('\n'), 'x.txt').meta.title).toBe('青川区就业服务周活动安排');
    expect(importText(['日前，区政府召开会议，研究部署就业工作。', ...body].join('\n'), 'x.txt').meta.title).toBe('日前，区政府召开会议，研究部署就业工作。');
  });
});

describe('a 文号 and the date on one line under the title (四川 办公厅 分工方案 page)', () => {
  it('"云政办函〔2024〕21号 2024年5月8日" is the 文号 and the date', () => {
    const plan = importText(['云溪区人民政府办公室', '关于印发云溪区2024年消费提振行动方案的通知', '云政办函〔2024〕21号 2024年5月8日', '各街道办事处，区政府各部门：', '现将《云溪区2024年消费提振行动方案》印发给你们，请认真贯彻执行。',
      '云溪区2024年消费提振行动方案', '一、开展促消费活动', '二、培育消费新场景'].join('\n'), 'x.txt');
    expect(plan.meta.docNumber).toBe('云政办函〔2024〕21号');
    expect(plan.meta.issuedOn).toBe('2024-05-08');
  });
  it('a 文号 cited in a sentence with a date stays no 文号 of the plan', () => {
    const plan = importText(['云溪区2024年消费提振行动方案', '根据《临江市促消费若干措施》（临政发〔2024〕5号）2024年3月1日的部署，制定本方案。', '一、开展促消费活动'].join('\n'), 'x.txt');
    expect(plan.meta.docNumber).toBeNull();
  });
});

describe('who leads, said the ways real 分工方案 say it', () => {
  it('"部门分工：A牵头，B配合。" under a point (广东 分工方案, here a 区\'s)', () => {
    expect(roles(['青川区2025年政府工作报告重点任务分工方案', '一、主要预期目标', '1.地区生产总值增长6%左右。', '分管区领导：王明', '部门分工：区发展改革局牵头，各街道、区直各部门配合。', '2.城镇新增就业4000人。', '部门分工：区人力资源社会保障局牵头，区财政局配合。'].join('\n')))
      .toEqual(['1. 区发展改革局 | 各街道、区直各部门', '2. 区人力资源社会保障局 | 区财政局']);
  });
  it('a note closing the roles ("以下各项均需各乡镇配合，不再列出"), also with a round bracket the page lost the opening of', () => {
    const H = ['南屿县水污染防治重点工作实施方案', '一、工业污染防治'];
    expect(roles([...H, '1.取缔小型造纸企业。（县水务局牵头，县发改局、县财政局配合，以下各项均需各乡镇配合，不再列出）'].join('\n'))).toEqual(['1. 县水务局 | 县发改局、县财政局']);
    expect(roles([...H, '1.取缔小型造纸企业。[县水务局牵头，县发改局、县财政局配合，以下均需各乡镇人民政府落实，不再列出)]'].join('\n'))).toEqual(['1. 县水务局 | 县发改局、县财政局']);
    expect(roles([...H, '1.整治工业园区。（牵头单位：县生态环境局；配合单位：县工信局，以下各项均需各乡镇配合）'].join('\n'))).toEqual(['1. 县生态环境局 | 县工信局']);
  });
  it('"列第一位的为牵头单位，下同": an unmarked list\'s first unit leads, the others help (江西 分工方案)', () => {
    const doc = (note: string) => ['云溪区城乡融合发展重点工作责任分工方案', '一、完善基础设施', `1.建设环湖绿道。（区交通局、区发改局、区财政局负责${note}）`, '2.改造农村公路。（区交通局、区财政局负责）', '3.建设污水管网。（区住建局牵头，区水务局配合）'].join('\n');
    expect(roles(doc('。列第一位的为牵头单位，下同'))).toEqual(['1. 区交通局 | 区发改局、区财政局', '2. 区交通局 | 区财政局', '3. 区住建局 | 区水务局']);
    // without the note every unit of the list leads, as before
    expect(roles(doc(''))).toEqual(['1. 区交通局、区发改局、区财政局 | ', '2. 区交通局、区财政局 | ', '3. 区住建局 | 区水务局']);
  });
});

describe('a run-in heading over a roles sentence (found writing corpus 150; older than this session)', () => {
  it('"（一）推进产业升级。县工信局牵头。": the heading is no first part of the lead\'s name', () => {
    expect(roles(['南屿县2025年重点工作实施方案', '一、重点任务', '（一）推进产业升级。县工信局牵头，县科技局配合。', '（二）改善人居环境。县住建局牵头。'].join('\n')))
      .toEqual(['（一） 县工信局 | 县科技局', '（二） 县住建局 | ']);
  });
});

describe('a 印发 notice whose plan is sent apart, under a web page\'s index rows (凉山州 notice page)', () => {
  it('"发布日期:2024年06月19日" under the notice\'s title is the page\'s date, no signature: the requests stay the notice\'s', () => {
    const plan = importText(['云溪州人民政府办公室关于印发2024年州政府工作报告重点任务分工方案的通知', '发布日期:2024年06月19日 【打印本页】', '云府办发〔2024〕20号', '各县（市）人民政府，州级有关部门：',
      '为确保完成各项目标任务，经州政府同意，现将州政府工作报告重点任务予以分解，并就有关事项通知如下。', '一、加强领导，确保责任落实到位。主要负责同志负总责。', '二、细化方案，确保工作落实到位。逐项细化工作目标。'].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.meta.title).toBe('2024年州政府工作报告重点任务分工方案');
  });
});
