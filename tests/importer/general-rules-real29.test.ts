/**
 * General rules found by importing real public plans themselves (session 29, docs/importer-corpus.md "Real plans
 * read (session 29)"; docs/importer-grammar.md "Rules added from real plans (session 29)"). The real texts were read,
 * never kept: every case here is written in our own words. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const tasks = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('ASCII / full-width square brackets around a roles annotation (湖北 区 重点工作责任分解)', () => {
  it('the closing ] is no part of the last name, with or without a bracketed (街道) inside it', () => {
    const t = tasks(`2025年区重点工作责任分解
一、统筹发展
1、建成区级应急指挥平台。[牵头单位:区应急管理局;责任单位:区大数据中心、各街办(新区)]
2、改造农贸市场6个。[牵头单位:区商务局;责任单位:区市场监管局、各街道]
3、新建停车泊位800个。［牵头单位：区城市管理局；责任单位：区交通运输局、各街道（社区）］`);
    expect(t.map((n) => [n.lead, n.partners])).toEqual([
      [['区应急管理局'], ['区大数据中心', '各街办(新区)']],
      [['区商务局'], ['区市场监管局', '各街道']],
      [['区城市管理局'], ['区交通运输局', '各街道(社区)']],
    ]);
  });
});

describe('a notice title a web page quotes whole in 《》, its 文号 on the next line (北京 政务公开工作要点 notice)', () => {
  it('the 文号 is read: the title ends at 》, not before it', () => {
    const doc = importText(`《青河市人民政府办公厅关于印发〈青河市2025年政务公开工作要点〉的通知》
青政办发〔2025〕9号
各区人民政府，市政府各委、办、局：
《青河市2025年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。
青河市人民政府办公厅
2025年3月2日
一、围绕优化营商环境推进公开
（一）公开涉企政策。集中公开惠企政策清单。
二、围绕民生关切推进公开
（一）公开民生实事进展。按季度公开实施进度。`, 'x.txt');
    expect(doc.meta.docNumber).toBe('青政办发〔2025〕9号');
    expect(doc.meta.title).toBe('青河市2025年政务公开工作要点');
    expect(doc.meta.issuer).toBe('青河市人民政府办公厅');
  });
});

describe('a notice title citing a quoted name inside what it publishes (湖北 蔡甸/嘉鱼 分解方案 notices)', () => {
  it('with no title line of the plan, the title is what the notice publishes, not the name it cites', () => {
    const doc = importText(`南岭县人民政府办公室关于印发2025年县《政府工作报告》重点工作责任分解方案的通知
各乡镇人民政府，县政府各部门：
现将分解方案印发给你们，请认真抓好落实。
一、壮大县域经济
1.新增规模以上工业企业12家。（县工业和信息化局牵头，县统计局配合）
二、增进民生福祉
2.新增城镇就业3000人。（县人力资源社会保障局牵头）`, 'x.txt');
    expect(doc.meta.title).toBe('2025年县《政府工作报告》重点工作责任分解方案');
  });
  it('a quote published as a whole ("关于印发《X》的通知", "《X》和《Y》的通知") is still read as before', () => {
    const one = importText(`南岭县人民政府办公室关于印发《南岭县2025年优化营商环境工作要点》的通知
各乡镇人民政府，县政府各部门：
现将《南岭县2025年优化营商环境工作要点》印发给你们。
一、提升政务服务
1.推行“一件事一次办”。（县政务服务中心负责）
二、优化要素保障
2.保障重点项目用地。（县自然资源局负责）`, 'x.txt');
    expect(one.meta.title).toBe('南岭县2025年优化营商环境工作要点');
  });
});

describe('the party committee\'s offices and departments as issuers (上海 静安区 党政联合印发, 成都 multi-organ notice)', () => {
  const plan = `
各街道党工委和办事处，区委各部门，区政府各委、办、局：
现将《松溪区文明城区建设三年行动计划（2025—2027年）》印发给你们，请认真贯彻落实。
松溪区文明城区建设三年行动计划（2025—2027年）
一、工作目标
到2027年，文明城区测评成绩保持全省前列。
二、重点任务
1.整治背街小巷50条。（区城市管理局牵头，各街道配合）
2.建设新时代文明实践站30个。（区委宣传部牵头，各街道配合）`;
  it('"中共X区委办公室 X区人民政府办公室印发《…》的通知": without 关于, the first office issues', () => {
    const doc = importText(`中共松溪区委办公室 松溪区人民政府办公室印发《松溪区文明城区建设三年行动计划（2025—2027年）》的通知${plan}`, 'x.txt');
    expect(doc.meta.issuer).toBe('中共松溪区委办公室');
    expect(doc.meta.district).toBe('松溪区');
  });
  it('several organs with a party committee department among them ("…发展和改革局 中共X区委社会工作部 … 关于印发…")', () => {
    const doc = importText(`松溪区发展和改革局 中共松溪区委社会工作部 松溪区住房和城乡建设局 关于印发松溪区文明城区建设三年行动计划（2025—2027年）的通知${plan}`, 'x.txt');
    expect(doc.meta.issuer).toBe('松溪区发展和改革局');
  });
});

describe('a plan\'s title before the body of a text not hard-wrapped (浙江 长兴县 纲要 as a web page gives it)', () => {
  it('a line naming the plan, without a clause, is whole: the preamble paragraph after it is not its rest', () => {
    const doc = importText(`岚溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
“十四五”时期是岚溪县全面开启现代化建设新征程的第一个五年，本纲要主要阐明全县发展目标、发展任务和政策导向。
一、开启现代化建设新征程
（一）发展基础更加坚实。地区生产总值达到320亿元。
（二）发展环境深刻变化。机遇和挑战并存。
二、推进产业转型升级
（一）壮大先进制造业。培育规上企业50家。`, 'x.txt');
    expect(doc.meta.title).toBe('岚溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(doc.meta.period).toEqual({ start: 2021, end: 2025 });
  });
});

describe('a title broken over lines on a cover (广东 梅江区, 浙江 庆元县 纲要 covers)', () => {
  it('the line above the title line, naming the place, is the title\'s first part', () => {
    const doc = importText(`岚溪县国民经济和社会发展

第十四个五年规划和二〇三五年远景目标纲要

岚溪县人民政府

2021年3月

本纲要根据县委建议编制，是全县人民共同的行动纲领。
第一章 发展基础
第一节 “十三五”成就
地区生产总值年均增长7%。
第二章 发展目标
第一节 主要目标
到2025年，地区生产总值达到420亿元。`, 'x.txt');
    expect(doc.meta.title).toBe('岚溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(doc.meta.district).toBe('岚溪县');
    expect(doc.meta.issuer).toBe('岚溪县人民政府');
  });
  it('a line of web chrome or a quoted notice line above a whole title is not taken', () => {
    const doc = importText(`收藏
岚溪县推进县域商业体系建设三年行动方案（2025—2027年）
为完善县域商业体系，制定本方案。
一、工作目标
到2027年，建成乡镇商贸中心10个。
二、重点任务
（一）建设乡镇商贸中心。（县商务局负责）`, 'x.txt');
    expect(doc.meta.title).toBe('岚溪县推进县域商业体系建设三年行动方案（2025—2027年）');
  });
});

describe('a title broken after its issuer and 关于 (湖南 分工意见 issued directly, its title over two lines)', () => {
  it('"X人民政府关于" ⏎ "落实《政府工作报告》…的意见": the title is the whole', () => {
    const doc = importText(`岚溪县人民政府关于
落实《政府工作报告》重点工作部门分工的意见
岚政发〔2025〕2号
各乡镇人民政府，县政府各部门：
现就县《政府工作报告》确定的重点工作提出分工意见如下：
一、主要预期目标
（一）地区生产总值增长6%左右。（县发展改革局牵头，县统计局配合）
二、重点工作
（一）新建标准厂房10万平方米。（县工业园区管委会牵头，县自然资源局配合）`, 'x.txt');
    expect(doc.meta.title).toBe('岚溪县人民政府关于落实《政府工作报告》重点工作部门分工的意见');
    expect(doc.meta.issuer).toBe('岚溪县人民政府');
    expect(doc.meta.docNumber).toBe('岚政发〔2025〕2号');
  });
});
