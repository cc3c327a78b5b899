/**
 * General rules of the importer's batch 17 round (docs/importer-grammar.md, "Rules added for batch 17"): the gaps the
 * fourth blind batch 88–93 found. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('主要责任单位 leads (北京 大兴 分工方案: 牵头领导 / 主要责任单位 / 配合单位 / 完成时限 lines)', () => {
  it('as a field line under a point, after the leader (a post, no department)', () => {
    const t = tasks(`2025年区政府工作报告重点工作分工方案
一、主要预期目标
1.地区生产总值比上年增长5.5%左右。
牵头领导：常务副区长
主要责任单位：区发展改革委
配合单位：区统计局
完成时限：2025年12月底
2.培育数字经济新动能，新增“专精特新”企业15家。
牵头领导：副区长（李文）
主要责任单位：区科技局、区经济和信息化局
完成时限：2025年10月底前`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区发展改革委'], ['区统计局']],
      [['区科技局', '区经济和信息化局'], []],
    ]);
  });
});

describe('a notice that numbers its requests before the plan it publishes (北京 大兴, 湖北 蔡甸 分工方案 notices)', () => {
  const text = `澄川区人民政府办公室关于印发《2025年区政府工作报告重点工作分工方案》的通知
澄政办发〔2025〕4号
各镇人民政府，各街道办事处：
《2025年区政府工作报告重点工作分工方案》已经区政府常务会议审议通过，现印发给你们，并就有关事项通知如下：
一、提高站位，压实责任。各主要责任单位要逐项制定落实方案。
二、强化督办，按时报送。每季度末月25日前将进展情况报区政府督查室。
澄川区人民政府办公室
2025年2月26日
（此件公开发布）
2025年区政府工作报告重点工作分工方案（共计2项）
一、主要预期目标
1.地区生产总值比上年增长5.5%左右。
二、产业发展
2.新增规模以上工业企业20家。`;
  it('the notice’s 一、二、 stay its text; the body starts at the plan’s 一、 after the signature', () => {
    const d = importText(text, 'x.txt');
    expect(d.nodes.map((n) => n.heading)).toEqual(['主要预期目标', '产业发展']);
    expect(d.meta.notice).toContain('提高站位，压实责任');
    expect(d.meta.issuedOn).toBe('2025-02-26');
  });
  it('the count after the title is not part of it', () => {
    expect(importText(text, 'x.txt').meta.title).toBe('2025年区政府工作报告重点工作分工方案');
    expect(importText('2025年区政府重点工作任务清单（共45项）\n一、经济发展\n1.地区生产总值增长6%。\n二、民生\n2.新增学位900个。', 'x.txt').meta.title).toBe('2025年区政府重点工作任务清单');
    // a bracket that names something else stays
    expect(importText('区老旧小区改造实施方案（试行）\n一、目标\n二、任务', 'x.txt').meta.title).toBe('区老旧小区改造实施方案（试行）');
  });
  it('a plan without a notice keeps a list the same style numbered 1 again as its own (no date between)', () => {
    const d = importText(`某区工作方案
一、总体要求
二、主要任务
一、附则说明`, 'x.txt');
    expect(d.nodes.length).toBe(3);
  });
});

describe('task tables named in other words, and a plan that is nothing but its table (督办台账, 季度分解表, 分解表)', () => {
  it('督办事项 / 重点工作任务 / 具体工作任务和要求 name the task column', async () => {
    const { taskTableHeader } = await import('../../shared/importer/celltable');
    for (const h of ['督办事项', '重点工作任务', '具体工作任务和要求']) expect(taskTableHeader(['序号', h, '牵头单位', '配合单位']), h).toBe(true);
    // (a column of what was done is no task column: a table of results alone is no task table)
    expect(taskTableHeader(['序号', '进展情况', '牵头单位'])).toBe(false);
  });
  it('a table after the notice and the title, no heading: its rows are the plan\'s tasks at the top', () => {
    const d = importText(`汀兰区人民政府办公室关于印发2025年重点工作任务季度分解表的通知
各街道办事处，区政府各部门：
现将《2025年重点工作任务季度分解表》印发给你们，请认真落实。
汀兰区人民政府办公室
2025年2月18日
2025年重点工作任务季度分解表
序号\t重点工作任务\t责任单位\t一季度\t四季度
1\t新建5G基站260个\t区大数据中心（牵头）、区通信发展办\t完成站址规划\t全面完成
2\t新增学位540个\t区教育局\t完成施工招标\t完成验收`, 'x.txt');
    expect(d.nodes.map((n) => [n.kind, n.number, n.heading, n.lead, n.partners])).toEqual([
      ['task', '1', '新建5G基站260个', ['区大数据中心'], ['区通信发展办']],
      ['task', '2', '新增学位540个', ['区教育局'], []],
    ]);
    expect(d.meta.preamble).toBe('');
    expect(d.nodes[0].body).toContain('完成站址规划');
  });
});

describe('民生实事 项目 field lines (江西 南昌县: 牵头领导 / 牵头单位 / 责任单位 / 任务目标 under each 一、 project)', () => {
  it('another field glued on after a department list ("责任单位：石门镇任务目标：…") is a line of its own', () => {
    const d = importText(`2025年县政府民生实事项目
一、社区养老服务项目
牵头单位：县民政局
责任单位：石门镇任务目标：建成社区嵌入式养老服务中心4个。
二、公共充电设施项目
牵头单位：县发展改革局
责任单位：县供电公司
任务目标：新建公共充电桩400个。`, 'x.txt');
    expect(d.nodes.map((n) => [n.lead, n.partners])).toEqual([[['县民政局'], ['石门镇']], [['县发展改革局'], ['县供电公司']]]);
    expect(d.nodes[0].body).toContain('任务目标：建成社区嵌入式养老服务中心4个');
  });
  it('a field line that recurs after page numbers ("牵头领导：刘春梅" under two projects) is text, not a running header', () => {
    const d = importText(`2025年县政府民生实事项目
一、城区雨污分流改造项目
牵头领导：陈志远
牵头单位：县住房城乡建设局
任务目标：新建改造雨污管网28公里。
— 1 —
二、公办幼儿园扩容项目
牵头领导：刘春梅
牵头单位：县教育体育局
任务目标：新增学位810个。
— 2 —
三、急诊急救能力提升项目
牵头领导：刘春梅
牵头单位：县卫生健康委
任务目标：新增重症监护床位20张。
— 3 —`, 'x.txt');
    expect(d.nodes.map((n) => n.body.includes('牵头领导：'))).toEqual([true, true, true]);
    expect(d.report!.removed.map((r) => r.text)).toEqual(['— 1 —', '— 2 —', '— 3 —']);
  });
});

describe('a deadline whose verb comes a few words after the month', () => {
  it('"2025年9月秋季开学投入使用" is a 2025 完成; a month with no verb of completion after it is no deadline', async () => {
    const { textMilestones } = await import('../../shared/importer/celltable');
    expect(textMilestones('新增学位810个，2025年9月秋季开学投入使用。').map((m) => [m.year, m.stage])).toEqual([[2025, '完成']]);
    expect(textMilestones('2025年9月召开全县现场推进会。')).toEqual([]);
  });
});

describe('the signature of a plan with annexes stands before the first annex (GB/T 9704), also a township\'s', () => {
  const plan = (signer: string) => `青禾镇乡村振兴三年行动实施方案（2025—2027年）
一、主要任务
新建标准化生态茶园3000亩。
二、保障措施
每年统筹涉农资金不少于1500万元。
附件：青禾镇乡村振兴项目库
${signer}
2025年3月20日
附件
青禾镇乡村振兴项目库
序号\t项目名称\t责任单位
1\t高山生态茶园建设项目\t镇农业服务中心`;
  it('reads issuer and date there and leaves them out of the text; a 镇 names its county first: the district', () => {
    const d = importText(plan('石岭县青禾镇人民政府'), 'x.txt');
    expect([d.meta.issuer, d.meta.issuedOn, d.meta.district]).toEqual(['石岭县青禾镇人民政府', '2025-03-20', '石岭县']);
    expect(d.nodes[1].body).not.toContain('2025年3月20日');
  });
  it('a county government signing there too', () => {
    const d = importText(plan('石岭县人民政府'), 'x.txt');
    expect([d.meta.issuer, d.meta.issuedOn]).toEqual(['石岭县人民政府', '2025-03-20']);
  });
  it('a line that only looks like a township is no signature', () => {
    const d = importText(plan('加快推进特色小镇'), 'x.txt');
    expect(d.meta.issuedOn).toBe(null);
  });
});

describe('a 季度分解表: the year of a one-year 分解表 / 分工方案 / 台账, its quarters as stages of that year', () => {
  it('the title of a one-year 分解表, 分工方案 or 督办台账 gives its year', () => {
    for (const t of ['2025年区政府工作报告重点工作任务季度分解表', '2025年区政府工作报告重点工作分工方案', '白石区2025年重点工作督办台账']) {
      expect(importText(`${t}\n一、经济\n1.地区生产总值增长6%。\n二、民生\n2.新增学位900个。`, 'x.txt').meta.period, t).toEqual({ start: 2025, end: 2025 });
    }
  });
  it('四季度 "全面完成" is a 完成 of that year; the quarters stay the task\'s text', () => {
    const d = importText(`2025年重点工作任务季度分解表
序号\t重点工作任务\t责任单位\t一季度\t二季度\t三季度\t四季度
1\t新建5G基站260个\t区大数据中心\t完成站址规划\t建成基站100个\t平台上线试运行\t全面完成
2\t新增学位540个\t区教育局\t完成施工招标\t主体完工\t9月投入使用\t完成验收`, 'x.txt');
    expect(d.nodes[0].milestones.some((m) => m.year === 2025 && m.stage === '完成' && m.text === '全面完成')).toBe(true);
    expect(d.nodes[0].body).toContain('二季度：建成基站100个');
  });
});

describe('figures of a column that reports or steps through the quarters are no targets', () => {
  it('进展情况 (督办台账) and 二季度 (季度分解表) cells stay text; their counts are no indicators', () => {
    const d = importText(`白石区2025年重点工作督办台账
序号\t督办事项\t牵头单位\t进展情况\t二季度
1\t新开工亿元以上项目25个\t区发展改革局\t上半年新开工亿元以上项目14个，完成投资98亿元\t累计开工15个
2\t新增城镇就业4500人\t区人力资源社会保障局\t新增城镇就业2600人\t累计新增就业2800人`, 'x.txt');
    expect(d.nodes.map((n) => n.indicators.map((i) => i.value))).toEqual([[25], [4500]]);
    expect(d.nodes[0].body).toContain('进展情况：上半年新开工亿元以上项目14个');
  });
});

describe('points a task table names with their departments are tasks (the official .docx of a 督办台账 read back)', () => {
  it('numbered points under a group that is no task context, departments in the annex table only', () => {
    const d = importText(`白石区2025年重点工作督办台账
一、经济运行类（2项）
1.新开工亿元以上项目25个
2.新增入驻企业40家
二、民生保障类（1项）
3.新增城镇就业4500人
附表1
主要任务分解表
序号\t重点任务\t牵头部门\t配合部门
1\t1.新开工亿元以上项目25个\t区发展改革局\t区住房城乡建设局
2\t2.新增入驻企业40家\t区科技局\t
3\t3.新增城镇就业4500人\t区人力资源社会保障局\t区总工会`, 'x.txt');
    const pts = d.nodes.slice(0, 2).flatMap((p) => p.children);
    expect(pts.map((n) => [n.kind, n.lead])).toEqual([['task', ['区发展改革局']], ['task', ['区科技局']], ['task', ['区人力资源社会保障局']]]);
  });
  it('a point the table does not name keeps its kind with its siblings (not every one named: none moves)', () => {
    const d = importText(`白石区2025年重点工作督办台账
一、经济运行类
1.新开工亿元以上项目25个
2.加强经济运行监测分析
附表1
主要任务分解表
序号\t重点任务\t牵头部门
1\t1.新开工亿元以上项目25个\t区发展改革局`, 'x.txt');
    expect(d.nodes[0].children.map((n) => n.kind)).toEqual(['item', 'item']);
  });
});
