/**
 * General rules left by the eighth batch of real plans (session 36, docs/importer-corpus.md "Real plans read (session
 * 36)": 04 秦汉新城, 06 兴平市, 08 安徽 长三角, 15 新密市) and written as rules in docs/importer-grammar.md "Rules added
 * from real plans (session 36, second part)". The real texts were read, never kept: every case is in our own words,
 * with fictional places, in another style than the page that showed the gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { findResponsibility } from '../../shared/importer/departments';
import { roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; lead: string[]; partners: string[]; children: N[] };

describe('a 发文日期 / 印发日期 cell of a web page gives way to the date signing the document (its 成文日期)', () => {
  const body = ['云溪区人民政府办公室关于印发云溪区数字政府建设任务分工方案的通知', '各街道办事处，区政府各部门：',
    '现将《云溪区数字政府建设任务分工方案》印发给你们，请认真组织实施。', '', '云溪区人民政府办公室', '2025年9月2日', '',
    '一、重点任务', '1.建成政务数据共享平台。（牵头部门：区大数据中心；配合部门：区财政局）'];
  it('a bar-printed index line with 发文日期 four days after the signature', () => {
    const plan = importText(['索引号：00361-04/2025-0117 | 发文日期：2025-09-06 | 发文字号：云政办发〔2025〕31号', ...body].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-09-02');
    expect(plan.meta.docNumber).toBe('云政办发〔2025〕31号');
  });
  it('labels one per line, 印发日期 (the 版记\'s print date) after the signature', () => {
    const plan = importText(['印发日期：', '2025年9月5日', '发文机关：', '云溪区人民政府办公室', ...body].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-09-02');
  });
  it('nothing signs the document: the 发文日期 cell is its date; a 成文日期 cell still outranks a signature date', () => {
    const unsigned = body.filter((l) => l !== '2025年9月2日');
    expect(importText(['发文日期：2025-09-06', ...unsigned].join('\n'), 'x.txt').meta.issuedOn).toBe('2025-09-06');
    expect(importText(['成文日期：2025-09-01', ...body].join('\n'), 'x.txt').meta.issuedOn).toBe('2025-09-01');
  });
});

describe('关键词 / 关键字 is a label of a page\'s index, not the title', () => {
  it('"• 关键词:通知" above the notice title', () => {
    const plan = importText(['• 关键词:通知', '南屿县人民政府办公室关于做好2025年民生实事落实工作的通知', '各乡镇人民政府，县政府各部门：',
      '现将2025年民生实事分解如下。', '一、教育', '1.新建公办幼儿园2所。责任单位：县教体局'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县人民政府办公室关于做好2025年民生实事落实工作的通知');
  });
  it('a table row "关键字 | 方案 | 分类 | 综合政务"', () => {
    const plan = importText(['关键字 | 方案 | 分类 | 综合政务', '青川区2025年营商环境优化行动方案', '一、目标任务', '（一）压缩开办企业时间。（责任单位：区市场监管局）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区2025年营商环境优化行动方案');
  });
});

describe('a unit name spaced inside ("市 财政局", letter-spaced "区 商 务 局") is one name', () => {
  it('a 责任单位 line', () => {
    expect(findResponsibility('推进园区建设。责任单位：县 发改局、县 财政局')).toEqual({ lead: ['县发改局', '县财政局'], partners: [] });
  });
  it('letter-spaced cells of a table pasted as text; names set apart by spaces stay apart', () => {
    const plan = importText(['南屿县2025年外贸稳增长任务清单', '序号\t工作任务\t牵头单位\t配合单位',
      '1\t稳定外贸主体。\t县 商 务 局\t县 财 政 局', '2\t培育跨境电商。\t县商务局 县工信局\t县 税务局'].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 县商务局|县财政局', '2 县商务局、县工信局|县税务局']);
  });
});

describe('"（A,B牵头）": a list in commas before the lead\'s role, a city or district among the units, all lead', () => {
  it('ASCII and full-width commas, a district among bureaus', () => {
    expect(findResponsibility('共建科创走廊。（东湖区,区发展改革委牵头）')).toEqual({ lead: ['东湖区', '区发展改革委'], partners: [] });
    expect(findResponsibility('共建联合实验室。(区科技局，区教育局牵头)')).toEqual({ lead: ['区科技局', '区教育局'], partners: [] });
  });
  it('as a plan\'s points; a helper\'s role after commas names who leads and who helps (the bracket read as a label\'s list)', () => {
    const plan = importText(['临江市2025年都市圈协同发展工作要点', '一、协同创新', '1.共建科创走廊。（青川区,市科技局牵头）',
      '2.共建人才驿站。（市人社局，市教育局配合）', '3.共建数据中心。（市大数据局牵头,市财政局配合）'].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1. 青川区、市科技局|', '2. 市人社局|市教育局', '3. 市大数据局|市财政局']);
  });
  it('no role word: a place and a zone name are no units', () => {
    expect(findResponsibility('建设两个园区。（东湖区,高新园区）')).toBeNull();
  });
});

describe('a zone\'s offices (工作委员会 / 管理委员会) issuing, alone or together', () => {
  const rest = ['关于印发《东湖新城2025年“生态东湖”建设工作实施方案》的通知', '', '各部门、各街道：', '现将《东湖新城2025年“生态东湖”建设工作实施方案》印发给你们，请认真贯彻落实。', ''];
  const tail = ['2025年3月6日', '', '一、工作目标', '全年空气优良天数比例达到85%。', '二、重点任务', '（一）推进燃煤锅炉改造。（牵头单位：新城生态环境局）'];
  it('two offices on one line heading and signing: the first issues', () => {
    const two = '中共临江市东湖新城工作委员会办公室　临江市东湖新城管理委员会办公室';
    const plan = importText([two, ...rest, two, ...tail].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('中共临江市东湖新城工作委员会办公室');
    expect(plan.meta.issuedOn).toBe('2025-03-06');
  });
  it('an administrative committee alone signing under the notice title', () => {
    const plan = importText([...rest, '南屿高新技术产业开发区管理委员会', ...tail].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿高新技术产业开发区管理委员会');
  });
});

describe('found in the ninth batch (docs/importer-corpus.md "Real plans read (session 36, second batch)")', () => {
  it('a year followed by a count is the plan\'s year, not a month ("2025年3项民生工程和12件实事工作方案")', () => {
    const plan = importText(['南屿县2025年3项民生工程和12件惠民实事工作方案', '一、工作任务', '（一）实施农村供水提升工程。（牵头部门：县水务局）'].join('\n'), 'x.txt');
    expect(plan.meta.period).toMatchObject({ start: 2025, end: 2025 });
    // (a month after the year still is none: "2025年3月…" names a date, no plan year)
    expect(importText(['2025年3月重点工作任务清单的说明', '一、任务', '（一）整治河道。（牵头单位：县水务局）'].join('\n'), 'x.txt').meta.period).toBeNull();
  });
  it('a signature date printed without 年/月/日 in six digits, one digit of month and one of day ("202563")', () => {
    const plan = importText(['青川区人民政府办公室', '关于印发青川区2025年夜间经济提升方案的通知', '各街道办事处，区政府各部门：',
      '现将《青川区2025年夜间经济提升方案》印发给你们，请认真组织实施。', '青川区人民政府办公室', '202563', '',
      '青川区2025年夜间经济提升方案', '一、工作目标', '新增夜间消费集聚区3个。'].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-06-03');
    expect(plan.report?.uncertain.some((u) => u.field === 'issuedOn')).toBe(true);
  });
  it('a notice title closed by its 文号 in brackets: the 文号 read, the title without it, its year the period', () => {
    const plan = importText(['关于云溪区2025年数字乡村建设工作方案的通知（云政办发〔2025〕12号）', '各乡镇人民政府，区政府各部门：',
      '现就有关事项通知如下。', '一、加强组织领导', '各乡镇要明确专人负责。'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('关于云溪区2025年数字乡村建设工作方案的通知');
    expect(plan.meta.docNumber).toBe('云政办发〔2025〕12号');
    expect(plan.meta.period).toMatchObject({ start: 2025, end: 2025 });
  });
});
