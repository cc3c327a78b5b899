/**
 * General rules left by the ninth batch of real plans and found in the tenth (session 37, docs/importer-corpus.md "Real
 * plans read (session 37)"), written as rules in docs/importer-grammar.md "Rules added from real plans (session 37)".
 * The real texts were read, never kept: every case is in our own words, with fictional places, in another style than
 * the page that showed the gap. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; lead: string[]; partners: string[]; children: N[] };

describe('a web index in Traditional characters is read as the simplified one', () => {
  it('"- 標題:" over "- 備注/文號:" and "- 公文生成日期:": each label a line of its own, the notice title whole', () => {
    const plan = importText([
      '- 首頁 > 政務公開 > 縣政府文件',
      '- 索 引 號:QC07202-3000-2026-00005',
      '- 發布機構:南嶼縣人民政府辦公室',
      '- 公文生成日期:2026-01-20',
      '- 標題:南嶼縣人民政府辦公室關于2026年縣《政府工作報告》目標任務責任分解的通知',
      '- 備注/文號:南政辦〔2026〕3號',
      '- 發布日期:2026-01-23',
      '各鄉鎮人民政府,縣直各單位:',
      '現將2026年縣《政府工作報告》目標任務責任分解給你們,請認真抓好落實。有關事項通知如下:',
      '一、提高認識,壓實責任。各鄉鎮、各部門要把落實縣《政府工作報告》作為年度工作的重中之重。',
      '二、細化措施,合力推進。各單位要對照目標,細化任務分解,加強分工協作。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南嶼縣人民政府辦公室關于2026年縣《政府工作報告》目標任務責任分解的通知');
    expect(plan.meta.docNumber).toBe('南政辦〔2026〕3號');
    expect(plan.meta.issuedOn).toBe('2026-01-20');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
  });
  it('a bulleted index with 發文序號 (a 文号 written "1 號") over a 印发 notice', () => {
    const plan = importText([
      '• 發文單位:區政府辦',
      '• 信息名稱:關於印發《2026年區政府工作報告重點工作分工方案》的通知',
      '• 發文序號:青政辦發〔2026〕1 號',
      '• 成文日期:2026年2月6日',
      '關於印發《2026年區政府工作報告重點工作分工方案》的通知',
      '各街道辦事處,區政府各部門:',
      '《2026年區政府工作報告重點工作分工方案》已經區政府常務會議審議通過,現印發給你們,請認真貫徹落實。',
      '臨江市青川區人民政府辦公室',
      '2026年2月6日',
      '2026年區政府工作報告重點工作分工方案',
      '一、主要預期目標',
      '1.地區生產總值增長6%左右。',
      '主要責任單位:區發展改革委',
    ].join('\n'), 'x.txt');
    expect(plan.meta.docNumber).toBe('青政辦發〔2026〕1號');
    expect(plan.meta.title).toBe('2026年區政府工作報告重點工作分工方案');
  });
  it('a notice titled X重点工作责任分工 (no 方案) has the year of X as its period', () => {
    const plan = importText(['2026年县政府工作报告所列重点工作责任分工', '一、稳定经济增长', '1.地区生产总值增长6%。（牵头单位：县发展改革局）'].join('\n'), 'x.txt');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
  });
});

describe("a notice's own requests before the plan it publishes are the notice's", () => {
  it('the notice title broken over three lines under the page index, its requests, and no plan on the page', () => {
    const plan = importText([
      '文      号 云政办〔2026〕2号 信息分类: 综合政务',
      '发布机构 云溪区人民政府办公室 有 效 性 有效',
      '标     题 区人民政府办公室关于印发2026年区《政府工作报告》确定的重点目标任务分解方案的通知',
      '',
      '区人民政府办公室关于印发2026',
      '',
      '区《政府工作报告》确定的重点目标任务',
      '',
      '分解方案的通知',
      '',
      '各街道办事处,区人民政府各部门:',
      '',
      '现将《2026年区〈政府工作报告〉确定的重点目标任务分解方案》印发给你们,并就有关事项通知如下:',
      '',
      '一、压实工作责任。各牵头单位要明确分管领导和具体责任人,逐项制定落实措施。',
      '',
      '二、按季报送进展。各单位于每季度末月25日前将进展情况报区政府督查室。',
      '',
      '三、强化督查考核。区政府督查室对落实情况跟踪督办,结果纳入年度绩效考核。',
    ].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.meta.title).toBe('2026年区《政府工作报告》确定的重点目标任务分解方案');
  });
  it('a Traditional notice whose title is broken over two lines, signed, then the plan\'s own title and preamble only', () => {
    const plan = importText([
      '臨江市人民政府關于印發2026年市《政府工作報告》',
      '重點任務分工方案的通知',
      '臨府〔2026〕9號',
      '各區人民政府,市政府各部門:',
      '《2026年市〈政府工作報告〉重點任務分工方案》已經市政府全體會議審議通過,現印發給你們,并提出以下意見。',
      '一、主動擔當作為。各區、各部門要逐項制定落實方案,明確季度目標。',
      '二、按時報告進度。各牽頭單位每季度末將落實情況報市政府督查室。',
      '臨江市人民政府',
      '2026年2月20日',
      '2026年市《政府工作報告》重點任務',
      '分工方案',
      '為做好今年全市政府工作,現將市《政府工作報告》確定的主要預期目標和重點任務分解如下',
    ].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.meta.issuedOn).toBe('2026-02-20');
  });
  it('an excerpt opening at its addressees: requests, the 附件 list, the signature, then 附件1 — the plan is 附件1\'s', () => {
    const plan = importText([
      '各乡镇人民政府,县直各有关单位:',
      '经县政府同意,现将《2026年县政府工作报告任务分解》《2026年十件民生实事任务分解》印发给你们。请认真抓好落实。',
      '一、责任到人。各牵头单位要逐项细化职责,明确责任人。',
      '二、按月调度。各单位每月5日前报送上月进展。',
      '附件:1.2026年县政府工作报告任务清单',
      '2.2026年十件民生实事任务分解',
      '南屿县人民政府办公室',
      '2026年3月2日',
      '(此件公开发布)',
      '附件1',
      '2026年县政府工作报告任务清单',
      '一、县发展改革局牵头工作(2项)',
      '1.新开工亿元以上项目30个。',
      '2.争取地方政府专项债券10亿元。',
      '二、县农业农村局牵头工作(1项)',
      '3.新建高标准农田2万亩。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual([
      'part 一、|县发展改革局牵头工作(2项)', '  task 1.|新开工亿元以上项目30个', '  task 2.|争取地方政府专项债券10亿元',
      'part 二、|县农业农村局牵头工作(1项)', '  task 3.|新建高标准农田2万亩',
    ]);
    expect(plan.meta.issuer).toBe('南屿县人民政府办公室');
  });
});

describe('tables drawn with bars of other kinds', () => {
  it('a table drawn with box characters (│ cells, ├──┼──┤ rulings)', () => {
    const plan = importText([
      '青川区2026年城市更新重点任务清单',
      '┌────┬──────────────┬──────────┬──────────┬──────────┐',
      '│序号│重点任务│牵头单位│配合单位│完成时限│',
      '├────┼──────────────┼──────────┼──────────┼──────────┤',
      '│1│改造老旧小区12个，加装电梯40部│区住建局│各街道办事处│2026年11月底前│',
      '├────┼──────────────┼──────────┼──────────┼──────────┤',
      '│2│新建口袋公园6处│区城管局│区自然资源局│2026年10月底前│',
      '└────┴──────────────┴──────────┴──────────┴──────────┘',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 区住建局|各街道办事处', '2 区城管局|区自然资源局']);
    expect(plan.meta.preamble).not.toMatch(/[┌└]/);
  });
  it('full-width bars, the header and rows padded with empty cells past the last column ("｜｜｜")', () => {
    const plan = importText([
      '南屿县2026年农村人居环境整治任务分解表',
      '｜序号｜整治任务｜牵头单位｜配合单位｜完成时限｜｜｜',
      '｜1｜完成农村户厕改造800户｜县农业农村局｜各乡镇人民政府｜2026年10月底前｜｜｜',
      '｜2｜建成垃圾分类示范村15个｜县住建局｜｜2026年12月底前｜｜｜',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 县农业农村局|各乡镇人民政府', '2 县住建局|']);
  });
  it('one cell per line closed by " |", rows parted by a "|" line, a spanning title padded "||||", a bare year and "(万元)"', () => {
    const plan = importText([
      '云溪区2026年十件民生实事项目清单 |', '||||||', '|',
      '序号 |', '项目名称 |', '建设地点 |', '建设时间 |', '年度投资 (万元) |', '责任单位 |', '|',
      '1 |', '中小学运动场改造项目 |', '各街道 |', '2026 |', '420 |', '区教育局 |', '|',
      '2 |', '社区养老服务站建设项目 |', '东城街道 |', '2026 |', '300 |', '区民政局 |',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|中小学运动场改造项目', 'task 2|社区养老服务站建设项目']);
    expect(roles(plan.nodes as N[])).toEqual(['1 区教育局|', '2 区民政局|']);
  });
  it('the same in Traditional characters (序號, 責任單位)', () => {
    const plan = importText([
      '序號 |', '項目名稱 |', '建設時間 |', '責任單位 |', '|',
      '1 |', '城區供水管網改造項目 |', '2026 |', '區水務局 |', '|',
      '2 |', '農村公路安防工程 |', '2026 |', '區交通運輸局 |',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 區水務局|', '2 區交通運輸局|']);
  });
});

describe('a table head whose cells are broken over two lines (牵头 / 单位)', () => {
  it('one cell per line: "牵头" ⏎ "单位", "完成" ⏎ "时限"', () => {
    const plan = importText([
      '青川区2026年重点工作目标任务分解表', '序号', '目标任务', '牵头', '单位', '配合', '单位', '完成', '时限',
      '1', '全年新签约亿元以上项目20个', '区投资促进局', '区发展改革局', '2026年12月底前',
      '2', '新增规模以上工业企业15家', '区经济信息化局', '区统计局、各街道办事处', '2026年12月底前',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|全年新签约亿元以上项目20个', 'task 2|新增规模以上工业企业15家']);
    expect(roles(plan.nodes as N[])).toEqual(['1 区投资促进局|区发展改革局', '2 区经济信息化局|区统计局、各街道办事处']);
  });
  it('tab-separated: the head\'s second row holds only the rest of its words', () => {
    const plan = importText([
      '云溪区2026年重点工作任务分解表', '序号\t重点任务\t牵头\t配合\t完成', '\t\t单位\t单位\t时限',
      '1\t新建社区食堂8个\t区民政局\t各街道办事处\t2026年10月底前',
      '2\t改造背街小巷20条\t区城管局\t区住建局\t2026年11月底前',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['task 1|新建社区食堂8个', 'task 2|改造背街小巷20条']);
    expect(roles(plan.nodes as N[])).toEqual(['1 区民政局|各街道办事处', '2 区城管局|区住建局']);
  });
});

describe('"镇（街道）" is one name of two kinds of place, no unit in a bracket', () => {
  it('a 建设地点 cell "相关镇（街道）" beside the 责任单位 column adds no lead', () => {
    const plan = importText(['序号\t项目名称\t建设地点\t责任单位', '1\t中小学运动场改造项目\t相关镇（街道）\t区教育局', '2\t老旧小区改造项目\t东城街道\t区住建局'].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 区教育局|', '2 区住建局|']);
  });
  it('a point whose first sentence ends in "相关镇（街道）。" and closes with its units: those units only', () => {
    const plan = importText(['一、重点任务', '1.改造老旧小区10个，分布在相关镇（街道）。（区住建局、各街道）', '2.建设口袋公园5处。（区城管局）'].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1. 区住建局、各街道|', '2. 区城管局|']);
  });
});

describe('a table whose cells are parted by single spaces, with group rows and unit cells written over lines', () => {
  it('"一、…" group rows between the rows keep the rows under them', () => {
    const plan = importText([
      '南屿县2026年重点工作任务分解表',
      '序号 重点任务 牵头单位 配合单位 完成时限',
      '一、稳定经济增长',
      '1 新开工亿元以上项目30个 县发展改革局 县自然资源局 2026年12月底前',
      '2 新增规模以上工业企业12家 县工信局 县统计局 2026年12月底前',
      '二、增进民生福祉',
      '3 新建村级养老服务站15个 县民政局 各乡镇人民政府 2026年10月底前',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual([
      'part 一、|稳定经济增长', '  task 1|新开工亿元以上项目30个', '  task 2|新增规模以上工业企业12家',
      'part 二、|增进民生福祉', '  task 3|新建村级养老服务站15个',
    ]);
    expect(roles(plan.nodes as N[])).toEqual(['1 县发展改革局|县自然资源局', '2 县工信局|县统计局', '3 县民政局|各乡镇人民政府']);
  });
  it('a second lead on the next line, then the partners\' list on the line after it', () => {
    const plan = importText([
      '云溪区2026年政府工作报告任务分解表',
      '序号 工作任务 主要责任单位 协同配合单位',
      '1 一般公共预算收入增长5%。 区财政局',
      '区税务局',
      '区政府有关部门,各街道办事处。',
      '2 新增城镇就业6000人。 区人社局 各街道办事处。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1 区财政局、区税务局|区政府有关部门、各街道办事处', '2 区人社局|各街道办事处']);
  });
});

describe('a plan titled by its own notice comes back from its Markdown export with that title', () => {
  it('"关于印发X办公室关于…的通知的通知" (what the export writes over it): X runs to the last 的通知', () => {
    const plan = importText(['关于印发南屿县人民政府办公室关于2026年县《政府工作报告》目标任务责任分解的通知的通知', '', '南政办〔2026〕3号', '',
      '各乡镇人民政府，县直各单位：', '', '现将2026年县目标任务责任分解给你们。', '', '南屿县人民政府办公室', '', '2026年1月20日', '',
      '# 南屿县人民政府办公室关于2026年县《政府工作报告》目标任务责任分解的通知', '', '## 一、提高认识，压实责任', '', '各乡镇要把落实工作作为重中之重。'].join('\n'), 'plan.md');
    expect(plan.meta.title).toBe('南屿县人民政府办公室关于2026年县《政府工作报告》目标任务责任分解的通知');
  });
});
