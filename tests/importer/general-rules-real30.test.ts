/**
 * General rules found by importing real public plans themselves (session 30, docs/importer-corpus.md "Real plans
 * read (session 30)"; docs/importer-grammar.md "Rules added from real plans (session 30)"). The real texts were read,
 * never kept: every case here is written in our own words. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const nodes = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);
const tasks = (text: string) => nodes(text).filter((n) => n.kind === 'task');

describe('a Word task table pasted one cell per line (江苏 区 分解表)', () => {
  it('the header gives the columns, each 序号 alone on a line opens a row; a task with its departments and deadline', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
编号
工作任务
责任单位
协同单位
完成时间
1
新建社区养老服务站6个
区民政局
各街道办事处
2025年10月底前
2
改造老旧小区供水管网18公里
区水务局
区住房城乡建设局
2025年11月底前`);
    expect(t.map((n) => [n.heading, n.lead, n.partners, n.milestones.map((m) => m.year)])).toEqual([
      ['新建社区养老服务站6个', ['区民政局'], ['各街道办事处'], [2025]],
      ['改造老旧小区供水管网18公里', ['区水务局'], ['区住房城乡建设局'], [2025]],
    ]);
  });
  it('an empty cell with no line of its own is found by kind: a deadline is no partner', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
重点任务
牵头单位
配合单位
完成时限
1
新建口袋公园10个
区城市管理局
2025年9月底前
2
新增公共停车泊位900个
区交通运输局
区公安分局
2025年12月底前`);
    expect(t.map((n) => [n.lead, n.partners, n.milestones.map((m) => m.text)])).toEqual([
      [['区城市管理局'], [], ['2025年9月底前']],
      [['区交通运输局'], ['区公安分局'], ['2025年12月底前']],
    ]);
  });
  it('a number cell equal to the next 序号 is a cell while the columns say the row goes on (a 建设数量 of 2 in row 1, of 3 in row 2)', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
建设内容
建设数量
牵头单位
完成时限
1
新建社区食堂
2
区民政局
2025年10月底前
2
新建公共充电站
3
区发展改革委
2025年11月底前
3
改造农贸市场
5
区商务委
2025年12月底前`);
    expect(t.map((n) => [n.heading, n.lead, n.milestones.map((m) => m.text)])).toEqual([
      ['新建社区食堂', ['区民政局'], ['2025年10月底前']],
      ['新建公共充电站', ['区发展改革委'], ['2025年11月底前']],
      ['改造农贸市场', ['区商务委'], ['2025年12月底前']],
    ]);
  });
  it('a row without its deadline still ends at the next 序号 (a number fits no 完成时限)', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
建设内容
建设数量
牵头单位
完成时限
1
新建社区食堂
5
区民政局
2
新建公共充电站
3
区发展改革委
2025年11月底前`);
    expect(t.map((n) => [n.heading, n.lead, n.milestones.length])).toEqual([['新建社区食堂', ['区民政局'], 0], ['新建公共充电站', ['区发展改革委'], 1]]);
  });
  it('lines holding only a no-break space count as empty cells', () => {
    const t = tasks(`河桥区2025年民生实事项目任务表
序号
重点任务
牵头单位
配合单位
完成时限
1
新建口袋公园10个
区城市管理局
\u00a0
2025年9月底前
2
新增公共停车泊位900个
区交通运输局
区公安分局
2025年12月底前`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([[['区城市管理局'], []], [['区交通运输局'], ['区公安分局']]]);
  });
  it('a short list under a 序号 line that names no department or time column is left as text', () => {
    const all = nodes(`河桥区2025年工作要点
一、总体安排
序号
名称
说明
1
全年开展专项行动三次。`);
    expect(all.filter((n) => n.kind === 'task').length).toBe(0);
    expect(all.map((n) => n.body).join('')).toContain('全年开展专项行动三次');
  });
});

describe('a （二） point run on after the roles annotation closing （一） (黑龙江 责任分工的意见 as a web page gives it)', () => {
  it('splits at the （二） that goes on the numbering: each point keeps its own departments', () => {
    const t = nodes(`河桥区人民政府关于落实《政府工作报告》重点工作责任分工的意见
一、全区经济社会发展主要目标
（一）地区生产总值增长6%左右。（区发展改革局负责）（二）一般公共预算收入增长5%。（区财政局主办，区税务局协办）
（三）固定资产投资增长8%以上。（区发展改革局主办，区住房城乡建设局协办）
二、推进产业项目建设
1.抓好30个区级重点产业项目。（区发展改革局主办，区工业和信息化局协办）`).filter((n) => n.number.startsWith('（'));
    expect(t.map((n) => [n.number, n.heading, n.lead, n.partners])).toEqual([
      ['（一）', '地区生产总值增长6%左右', ['区发展改革局'], []],
      ['（二）', '一般公共预算收入增长5%', ['区财政局'], ['区税务局']],
      ['（三）', '固定资产投资增长8%以上', ['区发展改革局'], ['区住房城乡建设局']],
    ]);
  });
});

describe('a target point （一） under a goal heading that names its own departments, beside a part whose （一） group tasks', () => {
  it('is a task, as a 1. target is (黑龙江 责任分工的意见; 湖北 区 分解方案)', () => {
    const all = nodes(`河桥区2025年重点工作责任分解方案
一、主要预期目标
（一）地区生产总值增长6%左右
责任单位：区发展改革局
（二）城镇新增就业4000人
责任单位：区人力资源社会保障局
二、重点工作任务
（一）推动产业提质增效
1.新增规模以上工业企业20家。（区工业和信息化局牵头，区统计局配合）
2.建成冷链仓储中心。（区商务局牵头，区交通运输局配合）`);
    expect(all.map((n) => `${n.kind} ${n.number}`)).toEqual(['part 一、', 'task （一）', 'task （二）', 'part 二、', 'section （一）', 'task 1.', 'task 2.']);
  });
});

describe('the title of a plan page (重庆 区 目标任务分解 as a news page gives it; 宁夏 都市圈 工作计划 on a mirror)', () => {
  it('a 任务清单 / 分解表 / 目标任务分解 line is a title line, as a 方案 or 计划 line is', () => {
    const doc = importText(`新增城镇就业4000人
改造老旧小区26个
近日，河桥区人民政府办公室发布2025年区政府工作报告重点工作目标任务分解，共细分出120项目标任务。
2025年区政府工作报告重点工作目标任务分解
一、主要预期指标
1.地区生产总值增长6%左右。
牵头单位：区发展改革局`, 'x.txt');
    expect(doc.meta.title).toBe('2025年区政府工作报告重点工作目标任务分解');
  });
  it('a bare number or mark is never the title', () => {
    const doc = importText(`今天，自治区人民政府网站发布了河桥都市圈建设2025年工作计划的消息，明确了全年重点，涉及基础设施互联互通、公共服务共建共享、生态环境联防联治和产业协作分工等方面的四十项任务，各地各部门要抓好落实。
01
一、基础设施互联互通
（一）道路畅通工程。建成快速通道两条。（区交通运输局牵头，区发展改革局配合）`, 'x.txt');
    expect(doc.meta.title).not.toBe('01');
  });
});

describe('places in an issuer (贵州 市委市政府 joint notice; 宁夏 自治区 领导小组办公室 notice)', () => {
  it('"中共X市委X市人民政府" names no county-level city "委X市": the city, the party committee issuing first', () => {
    const doc = importText(`中共河桥市委河桥市人民政府关于实施2025年十大工程的通知
河桥党发〔2025〕2号
各县、区党委和人民政府，市委各部委，市级国家机关各部门：
现将2025年十大工程实施事项通知如下：
一、产业园区建设工程
（一）标准厂房建设。建成标准厂房50万平方米。`, 'x.txt');
    expect([doc.meta.district, doc.meta.city, doc.meta.issuer]).toEqual([null, '河桥市', '中共河桥市委']);
  });
  it('"自治区推进…领导小组办公室" names the region by its kind alone: no district 自治区', () => {
    const doc = importText(`自治区推进新型城镇化工作领导小组办公室关于印发《河桥都市圈建设五年行动方案（2025-2029年）》的通知
各市、县（区）人民政府：
《河桥都市圈建设五年行动方案（2025-2029年）》已经领导小组会议研究通过，现印发给你们。
自治区推进新型城镇化工作领导小组办公室
2025年5月30日
河桥都市圈建设五年行动方案（2025-2029年）
一、总体要求
（一）指导思想。以高质量发展为主题。`, 'x.txt');
    expect(doc.meta.district).toBeNull();
    expect(doc.meta.issuer).toBe('自治区推进新型城镇化工作领导小组办公室');
  });
});

describe('prefectures as the city (四川 凉山州 分工方案 notice; 内蒙古 旗 纲要)', () => {
  it('X州 / X自治州 / X盟 before an organ or a county is the city', () => {
    const a = importText(`河川州人民政府办公室关于印发2025年州政府工作报告重点任务分工方案的通知
河川府办发〔2025〕20号
各县（市）人民政府，州级有关部门：
现将分工方案印发给你们。
一、加强领导
（一）压实责任。主要负责同志负总责。`, 'x.txt');
    expect([a.meta.city, a.meta.issuer]).toEqual(['河川州', '河川州人民政府办公室']);
    const b = importText(`河川彝族自治州青岭县人民政府关于印发青岭县2025年重点工作安排的通知
一、产业发展
（一）建设特色农业基地。新建基地3个。`, 'x.txt');
    expect([b.meta.city, b.meta.district]).toEqual(['河川彝族自治州', '青岭县']);
    const c = importText(`锡河盟青草旗人民政府关于印发青草旗2025年工作要点的通知
一、生态保护
（一）草原修复。完成修复10万亩。`, 'x.txt');
    expect([c.meta.city, c.meta.district]).toEqual(['锡河盟', '青草旗']);
  });
  it('a word ending in 盟 is no place: 产业联盟', () => {
    const d = importText(`产业联盟建设三年行动计划（2025-2027年）
一、总体要求
（一）目标。组建产业联盟5个。`, 'x.txt');
    expect(d.meta.city).toBeNull();
  });
});

describe('a declared count of 专项行动 that are the plan\'s parts (魅力城市 创建行动方案)', () => {
  it('parts named …专项行动 are the actions counted: no count-mismatch', () => {
    const doc = importText(`河桥区城市品质提升行动方案
为提升城市品质，开展城市建设三大专项行动，现制定如下方案。
一、开展违法建设整治专项行动
1.加大违建整治力度。年内拆除违法建筑10万平方米。
2.推进背街小巷整治。完成整治60条。
二、开展老旧小区改造专项行动
1.改造老旧小区30个。
2.加装电梯100部。
三、开展市容环境提升专项行动
1.新建口袋公园12个。`, 'x.txt');
    expect(doc.report!.warnings.filter((w) => w.code === 'count-mismatch')).toEqual([]);
  });
});

describe('a title broken on its cover after "X区政府YYYY年…" (辽宁 区 任务分解和责任分工方案)', () => {
  it('the line above that names the government and goes on is the title\'s first part, not an issuer line', () => {
    const doc = importText(`河桥区人民政府关于印发《河桥区政府2025年重点工作任务分解和责任分工方案》的通知
河政发〔2025〕2号
各街道办事处，各区直部门：
经区政府同意，现将方案印发给你们，请认真贯彻落实。
河桥区人民政府
2025年3月28日
河桥区政府2025年重点工作
任务分解和责任分工方案
为做好今年政府工作，现就全区2025年重点工作制定分工方案如下。
一、主要预期目标
1.地区生产总值增长6%左右。
牵头单位：区发展改革局
责任单位：各街道`, 'x.txt');
    expect(doc.meta.title).toBe('河桥区政府2025年重点工作任务分解和责任分工方案');
  });
});

describe('the year of an annual 推进方案 (四川 县域经济 重点工作推进方案)', () => {
  it('"2025年…重点工作推进方案" is a plan of 2025', () => {
    const doc = importText(`2025年河桥区县域经济改革发展重点工作推进方案
一、深化重点领域改革
（一）深化农村改革。完成农村集体产权制度改革。`, 'x.txt');
    expect(doc.meta.period).toEqual({ start: 2025, end: 2025 });
  });
});

describe('province departments named …厅 in a roles annotation (黑龙江 责任分工的意见, 十大工程推进工作方案)', () => {
  it('"（A主办，省交通运输厅、B协办）": a 厅 is a department', () => {
    const t = tasks(`河桥县2025年重点工作责任分工方案
一、交通建设
1.建成县城至高铁站快速通道。（县交通运输局主办，省交通运输厅、县自然资源局协办）
2.实施国省干线公路大修30公里。（省交通运输厅牵头，县交通运输局、各乡镇人民政府配合）`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['县交通运输局'], ['省交通运输厅', '县自然资源局']],
      [['省交通运输厅'], ['县交通运输局', '各乡镇人民政府']],
    ]);
  });
  it('a hall (大厅, 展厅) is no department', async () => {
    const { looksLikeDepartments } = await import('../../shared/importer/departments');
    expect([looksLikeDepartments('区政务服务大厅'), looksLikeDepartments('城市规划展厅'), looksLikeDepartments('省财政厅')]).toEqual([false, false, true]);
    // a hall is any 厅 after no department's field: 营业厅, 宴会厅, 音乐厅
    expect(['营业厅', '运营商营业厅', '中国移动营业厅', '宴会厅', '区文化中心音乐厅', '区政务服务大厅、营业厅'].map(looksLikeDepartments)).toEqual([false, false, false, false, false, false]);
    expect(['省交通运输厅', '自治区住建厅', '省人民政府办公厅', '省人力资源和社会保障厅', '省教育厅、省公安厅'].map(looksLikeDepartments)).toEqual([true, true, true, true, true]);
  });
});

describe('a short task whose roles sentence follows its heading sentence (黑龙江 十大工程推进工作方案: "…。X牵头，Y等单位配合。")', () => {
  it('the roles are read from the sentence after the heading; the heading is no part of the lead\'s name', () => {
    const t = tasks(`河桥区十项重点工程推进方案
一、交通畅通工程
1.实施道路大修30公里。区交通运输局牵头，区财政局、各街道办事处等单位配合。
2.新建公共停车泊位800个。区城市管理局牵头，区公安分局配合。`);
    expect(t.map((n) => [n.heading, n.lead, n.partners])).toEqual([
      ['实施道路大修30公里', ['区交通运输局'], ['区财政局', '各街道办事处']],
      ['新建公共停车泊位800个', ['区城市管理局'], ['区公安分局']],
    ]);
  });
});
