/**
 * The leftovers of the second review of session 36 (rev36b): a group line between the rows of a borderless PDF table,
 * a 会同…指导 partner, a labelled milestone's roles bracket, ★ marks and a bare 责任科室 header in a table written one
 * cell a line, stacked signers beyond 2–4 CJK characters, an indicator's roles bracket. The cases are written afresh
 * in two styles each; each failed on 26c78be7.
 */
import { describe, expect, it } from 'vitest';
import { columnKind } from '../../shared/importer/cellrows';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';
import { convert, fodt, readWithNode, sofficeEnabled, texts } from '../formats/office.js';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const tasksOf = (ns: PlanNode[]) => all(ns).filter((n) => n.kind === 'task');

describe.runIf(sofficeEnabled())('PDF: a group line between the rows of a borderless table stays in the table (pdf-layout.ts tableLine)', () => {
  /** A .docx table without borders whose one-cell rows (group lines) span the table's width, made a PDF by LibreOffice. */
  const pdfOf = (before: string, rows: string[][], after: string[]) => {
    const n = rows[0].length;
    const src = fodt([before, { table: rows }, ...after], { size: 12 })
      .replace(/<table:table-row><table:table-cell (office:value-type="string"><text:p>[^<]*<\/text:p><\/table:table-cell>)<\/table:table-row>/g,
        (_, rest) => `<table:table-row><table:table-cell table:number-columns-spanned="${n}" ${rest}${'<table:covered-table-cell/>'.repeat(n - 1)}</table:table-row>`);
    return convert('t.docx', convert('t.fodt', src, 'docx'), 'pdf');
  };
  const read = async (pdf: Uint8Array) => {
    const { lines } = await readWithNode(pdf, 't.pdf');
    // (one table: no empty line — the reader's mark of a table's end — between its header and its last row)
    const first = lines.findIndex((l) => l.cells);
    const last = lines.findLastIndex((l) => l.cells);
    const one = lines.slice(first, last + 1).every((l) => l.text.trim() !== '');
    return { cells: lines.filter((l) => l.cells).map((l) => l.cells), order: texts(lines).map((t) => t.split('\t')[0]), one };
  };

  it('（一）/（二） groups of a project list: the rows after the second group are cells, the group line where it stands', async () => {
    const head = ['序号', '项目', '规模', '投资', '责任单位'];
    const r = [['1', '东湖绿道', '8公里', '9000', '区城管局'], ['2', '第二水厂', '3万吨/日', '26000', '区水务局'],
      ['3', '城南中学', '48个班', '15000', '区教育局'], ['4', '区图书馆', '1.5万平方米', '11000', '区文旅局']];
    const rows = [head, ['（一）续建项目（2个）'], r[0], r[1], ['（二）新开工项目（2个）'], r[2], r[3]];
    const got = await read(pdfOf('临江市东湖区2027年重点建设项目安排如下。', rows, ['各单位每月5日前报送进度。']));
    expect(got.cells).toEqual([head, ...r]);
    expect(got.one).toBe(true);
    expect(got.order).toEqual(['临江市东湖区2027年重点建设项目安排如下。', '序号', '（一）续建项目（2个）', '1', '2', '（二）新开工项目（2个）', '3', '4', '各单位每月5日前报送进度。']);
  }, 120_000);

  it('一、/二、 groups of a duty table, then a heading after its last row: the rows are cells, the heading text after the table', async () => {
    const head = ['序号', '事项', '牵头单位', '时限'];
    const r = [['1', '改造农贸市场', '县商务局', '6月底'], ['2', '新建公厕', '县城管局', '9月底'], ['3', '整治河塘', '县水利局', '11月底']];
    const rows = [head, ['一、民生服务'], r[0], r[1], ['二、生态环境'], r[2], ['三、保障措施']];
    const got = await read(pdfOf('南屿县2026年为民办实事分工：', rows, ['各单位按季度报送进展。']));
    expect(got.cells).toEqual([head, ...r]);
    expect(got.one).toBe(true);
    expect(got.order).toEqual(['南屿县2026年为民办实事分工：', '序号', '一、民生服务', '1', '2', '二、生态环境', '3', '三、保障措施', '各单位按季度报送进展。']);
  }, 120_000);
});

describe('a unit that guides 会同/协同 another keeps its whole name (departments.ts GUIDE_ROLE, jointGuide)', () => {
  it('bracketed roles: 会同指导 after a name ending 局, and 会同 between two guiding units', () => {
    const plan = importText(['青川区2026年校园安全工作要点', '一、重点任务',
      '1.完成校舍抗震加固15所（区住建局牵头，区教育局会同指导）。',
      '2.开展校园食品安全检查（区市场监管局负责，区教育局会同区卫健委指导）。',
      '3.配齐专职保安（区公安分局牵头，区教育局协同做好指导）。'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => t.lead)).toEqual([['区住建局'], ['区市场监管局'], ['区公安分局']]);
    expect(tasks.map((t) => t.partners)).toEqual([['区教育局'], ['区教育局', '区卫健委'], ['区教育局']]);
  });

  it('a 责任单位 line under the task: 会同指导, and 协同 another unit\'s guidance', () => {
    const plan = importText(['南屿县2026年农村饮水安全工作方案', '一、主要任务',
      '（一）改造供水管网。改造农村供水管网60公里。', '责任单位：县水利局牵头，县卫健局会同指导',
      '（二）开展水质检测。每季度检测水样200份。', '责任单位：县卫健局负责，县疾控中心协同县生态环境分局指导'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => t.lead)).toEqual([['县水利局'], ['县卫健局']]);
    expect(tasks.map((t) => t.partners)).toEqual([['县卫健局'], ['县疾控中心', '县生态环境分局']]);
  });
});

describe('a labelled milestone drops the roles bracket closing it, as an unlabelled one does (celltable.ts textMilestones, withoutRoles)', () => {
  it('a three-year plan: 完成时限/时间节点 lines with a 责任单位 bracket or a roles list; a bracket of the work itself stays', () => {
    const plan = importText(['云溪区营商环境优化三年行动方案（2026—2028年）', '一、政务服务',
      '1.推行企业开办一日办结。', '完成时限：2026年6月底前（责任单位：区市场监管局）',
      '2.建设政务服务一网通办平台。', '时间节点：2027年9月底前上线运行（区数据局牵头，区政务服务中心配合）',
      '3.推进工程建设项目审批改革。', '完成时限：2028年12月底前（含二期工程）'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => t.milestones.map((m) => [m.year, m.text]))).toEqual([
      [[2026, '2026年6月底前']], [[2027, '2027年9月底前上线运行']], [[2028, '2028年12月底前（含二期工程）']]]);
    expect(tasks.map((t) => t.lead)).toEqual([['区市场监管局'], ['区数据局'], []]);
  });

  it('a one-year plan: 完成时限 without a year, inline after the task, with a roles list or a labelled lead', () => {
    const plan = importText(['南屿县2026年教育工作要点', '一、办学条件',
      '1.新建城东小学。完成时限：9月底前（县教育局负责，县住建局配合）',
      '2.改造薄弱学校运动场8个。完成时限：10月底前（牵头单位：县教育局）'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => t.milestones.map((m) => [m.year, m.text]))).toEqual([[[2026, '9月底前']], [[2026, '10月底前']]]);
    expect(tasks.map((t) => t.partners)).toEqual([['县住建局'], []]);
  });
});

describe('a table written one cell a line: a marked 序号 ("★1") opens its row, the mark off the task (cellrows.ts serial)', () => {
  it('plain lines: "★1" and "☆3" rows among unmarked ones are rows as in a grid table, the 序号 kept as written', () => {
    const plan = importText(['青川区2026年优化营商环境重点任务', '一、重点任务', '序号', '重点任务', '牵头单位', '完成时限',
      '★1', '推行经营主体一照多址改革', '区市场监管局', '2026年6月底前',
      '2', '优化工程建设项目审批流程', '区住建局', '2026年9月底前',
      '☆3', '建立企业诉求直通车制度', '区营商环境办', '2026年12月底前'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => [t.number, t.heading, t.lead])).toEqual([
      ['★1', '推行经营主体一照多址改革', ['区市场监管局']], ['2', '优化工程建设项目审批流程', ['区住建局']], ['☆3', '建立企业诉求直通车制度', ['区营商环境办']]]);
    expect(tasks.map((t) => t.milestones.map((m) => m.text))).toEqual([['2026年6月底前'], ['2026年9月底前'], ['2026年12月底前']]);
  });

  it('a web page\'s cells each closed by a bar: "▲2 |" opens the second row; a ★ before a task\'s words leaves the name', () => {
    const plan = importText(['南屿县2026年民生实事项目清单', '一、民生实事', '序号 |', '项目名称 |', '责任单位 |', '完成时间 |',
      '1 |', '★新建城北幼儿园 |', '县教育局 |', '2026年8月底前 |',
      '▲2 |', '改造城区供水管网20公里 |', '县水务局 |', '2026年11月底前 |'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => [t.number, t.heading, t.lead])).toEqual([['1', '新建城北幼儿园', ['县教育局']], ['▲2', '改造城区供水管网20公里', ['县水务局']]]);
    expect(tasks[0].body.split('\n')[0]).toBe('★');
  });
});

describe('a bare 责任科室 / 责任股室 / 配合科室 header is a department column of a table written one cell a line (cellrows.ts columnKind)', () => {
  it('牵头科室 and 配合科室 with a 配合 cell left empty: the deadline stays in its column', () => {
    const plan = importText(['南屿县交通运输局2026年重点工作任务分解', '一、重点任务', '序号', '重点任务', '牵头科室', '配合科室', '完成时限',
      '1', '完成农村公路提档升级30公里', '公路股', '规划科、财务股', '2026年11月底前',
      '2', '新建城乡客运候车亭40个', '运输股', '2026年9月底前',
      '3', '开展道路运输安全专项整治', '综合执法大队', '安全股', '2026年6月底前'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([[['公路股'], ['规划科', '财务股']], [['运输股'], []], [['综合执法大队'], ['安全股']]]);
    expect(tasks.map((t) => t.milestones.map((m) => m.text))).toEqual([['2026年11月底前'], ['2026年9月底前'], ['2026年6月底前']]);
    expect(tasks[1].body).toBe('');
  });

  it('the header kinds: a bare 责任科室, 责任股室, 责任处室, 配合股室 name departments; 责任科室及责任人 too, 科室负责人 people', () => {
    expect(['责任科室', '责任股室', '责任处室', '牵头科室', '配合股室', '责任科室及责任人'].map(columnKind)).toEqual(Array(6).fill('dept'));
    expect(columnKind('科室负责人')).toBe('person');
    expect(columnKind('备注')).toBe('other');
  });

  it('责任股室 and 配合股室 with no time column, cells closed by bars: a table, its offices the tasks\' units', () => {
    const plan = importText(['云溪区农业农村局2026年工作任务清单', '一、工作任务', '序号 |', '工作事项 |', '责任股室 |', '配合股室 |',
      '1 |', '推进高标准农田建设 |', '农田建设股 |', '计划财务股 |',
      '2 |', '开展农村宅基地规范管理 |', '农村经营管理股 |', '政策法规股 |'].join('\n'), 'x.txt');
    const tasks = tasksOf(plan.nodes);
    expect(tasks.map((t) => [t.heading, t.lead, t.partners])).toEqual([
      ['推进高标准农田建设', ['农田建设股'], ['计划财务股']], ['开展农村宅基地规范管理', ['农村经营管理股'], ['政策法规股']]]);
  });
});

describe('signers stacked one a line are read whatever their names\' shape (meta.ts STACKED_SIGNER, stackedSigner)', () => {
  it('names with a middle dot and a Latin name, three signers of a joint report', () => {
    const plan = importText(['云溪区民族宗教事务局', '云溪区文化广电旅游体育局', '',
      '云民宗报〔2026〕2号          签发人：买买提·艾力', '                                阿依古丽·吐尔逊', '                                Li Ming', '',
      '云溪区民族宗教事务局 云溪区文化广电旅游体育局关于2026年民族文化节筹备情况的报告', '', '区人民政府：',
      '现将2026年民族文化节筹备情况报告如下。', '一、总体安排', '1.举办民族歌舞展演12场。'].join('\n'), 'x.txt');
    expect(plan.meta.signer).toBe('买买提·艾力　阿依古丽·吐尔逊　Li Ming');
    expect(plan.meta.title).toBe('云溪区民族宗教事务局 云溪区文化广电旅游体育局关于2026年民族文化节筹备情况的报告');
    expect(plan.meta.docNumber).toBe('云民宗报〔2026〕2号');
    expect(`${plan.meta.notice}${plan.meta.preamble}`).not.toMatch(/吐尔逊|Li Ming/);
  });

  it('a Latin name first and a six-character name under it, indented with full-width spaces', () => {
    const plan = importText(['南屿县人民政府', '', '南府请〔2026〕9号　　　　　　签发人：Zhang Wei', '　　　　　　　　　　　　　　　　　　扎西次仁多吉', '',
      '南屿县人民政府关于申请设立高原生态保护示范区的请示', '', '云溪市人民政府：', '为加强高原生态保护，现申请设立县级示范区。'].join('\n'), 'x.txt');
    expect(plan.meta.signer).toBe('Zhang Wei　扎西次仁多吉');
    expect(plan.meta.title).toBe('南屿县人民政府关于申请设立高原生态保护示范区的请示');
    expect(`${plan.meta.notice}${plan.meta.preamble}`).not.toContain('扎西次仁多吉');
  });
});

describe('a roles bracket in an indicator\'s name goes to the roles, not the name (celltable.ts readIndicatorTable, indicators.ts findIndicators)', () => {
  it('a 主要指标 table whose names close with a roles list or a 责任单位 label: the names without them, the units the node\'s', () => {
    const plan = importText(['青川区2026年城市更新主要指标', '一、主要指标', '序号\t指标名称\t单位\t目标值\t属性',
      '1\t老旧小区改造完成率（区住建局牵头）\t%\t90\t约束性', '2\t城市生活垃圾回收利用率（区城管局负责，各街道配合）\t%\t40\t预期性',
      '3\t口袋公园数量（责任单位：区园林中心）\t个\t15\t预期性', '4\t乡镇（街道）综合文化站覆盖率\t%\t100\t约束性'].join('\n'), 'x.txt');
    const part = all(plan.nodes).find((n) => n.heading === '主要指标')!;
    expect(part.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['老旧小区改造完成率', 90, '%'], ['城市生活垃圾回收利用率', 40, '%'], ['口袋公园数量', 15, '个'], ['乡镇（街道）综合文化站覆盖率', 100, '%']]);
    expect(part.indicators[0].text).toContain('（区住建局牵头）');
    // (in any order: the 责任单位 label in the table's text is read with the part's own text, before the table's rows)
    expect([...part.lead].sort()).toEqual(['区住建局', '区城管局', '区园林中心'].sort());
    expect(part.partners).toEqual(['各街道']);
  });

  it('a sentence of targets with a roles bracket after each name: the names whole, without the bracket', () => {
    const plan = importText(['南屿县2026年城乡建设工作要点', '一、主要目标',
      '农村生活污水治理率（县生态环境分局牵头）达到60%，新建口袋公园（县城管局）15个，乡镇（街道）综合文化站覆盖率达到100%。'].join('\n'), 'x.txt');
    const part = all(plan.nodes).find((n) => n.heading === '主要目标')!;
    expect(part.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['农村生活污水治理率', 60, '%'], ['口袋公园', 15, '个'], ['乡镇（街道）综合文化站覆盖率', 100, '%']]);
  });
});
