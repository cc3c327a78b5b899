/**
 * General rules found by importing real public plans themselves (session 31, docs/importer-corpus.md "Real plans
 * read (session 31)"; docs/importer-grammar.md "Rules added from real plans (session 31)"). The real texts were read,
 * never kept: every case here is written in our own words, with fictional places where the rule allows. Each case
 * failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { findDistrict, placeOfTitle } from '../../shared/importer/places';
import { walk } from '../../shared/model/plan';

const meta = (text: string) => importText(text, 'x.txt').meta;

describe('districts of a one-character name (四川 攀枝花市东区 纲要; 山西 阳泉市 城区/郊区/矿区; 济南市市中区)', () => {
  it('right after its city, "X市东区" / "X市西区" is the district where an organ names it — not from a title alone (review 31)', () => {
    expect(placeOfTitle('临江市东区国民经济和社会发展第十四个五年规划纲要')).toMatchObject({ city: '临江市', district: null });
    expect(findDistrict('临江市西区人民政府办公室')).toBe('西区');
    expect(meta('临江市东区2025年城市更新工作方案\n一、总体要求\n（一）目标。完成改造。').district).toBeNull();
    expect(meta('临江市东区2025年城市更新工作方案\n一、总体要求\n（一）目标。完成改造。\n临江市东区人民政府\n2025年3月1日').district).toBe('东区');
  });
  it('城区 / 郊区 / 矿区 after a city are districts only where a government names them, never at the start of a title', () => {
    expect(findDistrict('临江市郊区人民政府')).toBe('郊区');
    expect(findDistrict('临江市矿区人民政府办公室')).toBe('矿区');
    expect(findDistrict('临江市城区河道整治三年行动方案')).toBeNull();
    expect(findDistrict('临江市郊区农业发展规划')).toBeNull();
    expect(findDistrict('临江市社区治理行动方案')).toBeNull();
  });
  it('alone, a one-character name + 区 is no district (东区管委会, 西区人民政府: the city is not said)', () => {
    expect(findDistrict('东区管委会')).toBeNull();
    expect(findDistrict('西区人民政府')).toBeNull();
  });
  it('one-character counties and 市中区 are read as before (和县, 沛县, 单县; 临江市市中区)', () => {
    expect(findDistrict('临江市和县人民政府')).toBe('和县');
    expect(findDistrict('单县人民政府办公室')).toBe('单县');
    expect(findDistrict('临江市市中区人民政府')).toBe('市中区');
  });
});

describe('the district named only inside a sentence of the head (新疆 县 纲要 under its adoption line; a 实施方案 "结合X区实际")', () => {
  it('"（…南屿县第十七届人民代表大会第六次会议通过）" names the county, said uncertain', () => {
    const d = importText('（2021年1月18日南屿县第十七届人民代表大会\n第六次会议通过）\n目 录\n第一篇 发展基础\n第一章 发展基础', 'x.txt');
    expect(d.meta.district).toBe('南屿县');
    expect(d.report!.uncertain.some((u) => u.field === 'district')).toBe(true);
  });
  it('"为推进我区…，结合临江市东湖区实际" names the district and its city', () => {
    expect(meta('各街道办事处，区政府各部门：\n为推进我区老旧小区改造，结合临江市东湖区实际，制定本方案。\n一、工作目标\n（一）改造小区20个。'))
      .toMatchObject({ district: '东湖区', city: '临江市' });
  });
  it('no place in "结合本区实际", "为确保县十七届人大…", "参照X区的做法": words of the sentence are no name', () => {
    expect(meta('老旧小区改造工作方案\n为推进我区工作，结合本区实际，制定本方案。\n一、工作目标\n（一）改造小区20个。').district).toBeNull();
    expect(meta('重点工作任务分解方案\n为确保县十七届人大四次会议确定的各项目标任务落到实处，制定本方案。\n一、工作目标\n（一）改造小区20个。').district).toBeNull();
    expect(meta('老旧小区改造工作方案\n学习东湖区经验，立足实际，制定本方案。\n一、工作目标\n（一）改造小区20个。').district).toBeNull();
  });
});

describe('a notice that is itself the plan, its title without a year (辽宁 区 任务分解 notice; 甘肃/湖北 分解 notices)', () => {
  it('the one year whose work its sentences deliver is the period, said uncertain', () => {
    const d = importText(`各镇（街道），区政府各部门：
为全面完成好《政府工作报告》中确定的2025年各项工作任务，现将《〈政府工作报告〉任务分解表》印发给你们。
请各牵头单位严格按照任务分工抓好落实。
附件：《政府工作报告》任务分解表
临江市东湖区人民政府办公室
2025年1月20日`, 'x.txt');
    expect(d.meta.period).toEqual({ start: 2025, end: 2025 });
    expect(d.report!.uncertain.some((u) => u.field === 'period')).toBe(true);
  });
  it('not when two years are so named, nor from an account ("2024年工作回顾"), nor for a three-year plan or a year heading', () => {
    expect(meta('重点工作分解方案\n在完成2024年各项工作任务的基础上，部署2025年重点工作任务。\n一、主要任务\n（一）改造小区20个。').period).toBeNull();
    expect(meta('东湖区工作报告\n现将2024年工作回顾如下，请审议。\n一、主要成效\n（一）改造小区20个。').period).toBeNull();
    expect(meta('东湖区老旧小区改造三年行动方案\n为完成2025年各项工作任务，制定本方案。\n一、主要任务\n（一）改造小区20个。').period).not.toEqual({ start: 2025, end: 2025 });
  });
});

describe('an organ with no place before it is no issuer (湖北 区 分解 notice as its web page gives it: "政府文件", "政府信息公开")', () => {
  it('a page line "政府文件" does not outrank the notice title\'s government', () => {
    expect(meta(`政府信息公开
东湖区人民政府关于分解落实2025年区政府工作目标任务的通知
文件类型
政府文件
各乡镇人民政府，区政府各部门：
现将2025年区政府工作目标任务分解下达给你们，请认真组织落实。
附件：2025年区政府工作目标任务落实责任分解表`).issuer).toBe('东湖区人民政府');
  });
});

describe('a township government after its district (重庆 镇 notice; 浙江 镇 预案 notice)', () => {
  it('"临江市东湖区青石镇人民政府" issues: the township is skipped over, the district and city are read', () => {
    const m = meta(`临江市东湖区青石镇人民政府关于印发2025年镇重点工作计划的通知
各村（居）民委员会，镇属各单位：
现将《2025年镇重点工作计划》印发给你们，请认真贯彻落实。
临江市东湖区青石镇人民政府
2025年2月20日
2025年镇重点工作计划
一、主要任务
（一）改造农村公路12公里。`);
    expect(m).toMatchObject({ issuer: '临江市东湖区青石镇人民政府', district: '东湖区', city: '临江市', issuedOn: '2025-02-20' });
  });
  it('words ending like a township are none: "东湖区城乡建设局", "临江市乡镇人民政府" (no township named 城乡 or 乡镇)', () => {
    expect(findDistrict('东湖区城乡建设局')).toBe('东湖区');
    expect(findDistrict('临江市乡镇人民政府')).toBeNull();
    expect(findDistrict('东湖区城镇建设管理办公室')).toBe('东湖区');
  });
});

describe('bullets a text export lost (宁夏 都市圈 工作计划 on a mirror: "?"; a Word symbol-font bullet as a private-use character)', () => {
  const plan = (b: string) => `东湖区2025年城市更新工作方案
一、主要任务
（一）推进老旧小区改造。
${b}完成老旧小区改造20个，新增停车位500个。
${b}加装电梯40部。
（二）推进背街小巷整治。（牵头单位：区城管局）`;
  const items = (b: string) => [...walk(importText(plan(b), 'x.txt').nodes)].map((w) => w.node).filter((n) => n.kind === 'item');
  it('"?" or "? " before a point\'s first word, and U+F0B7 / U+F0A7, are bullets: the points are items of their task', () => {
    for (const b of ['?', '? ', '？', '\uF0B7', '\uF0A7 ']) {
      expect(items(b).map((n) => n.body.replace(/\s/g, '').slice(0, 6)), JSON.stringify(b)).toEqual(['完成老旧小区', '加装电梯40']);
    }
  });
  it('a line whose quotes were lost ("?十四五?时期…") is text, not a point', () => {
    expect(items('').length).toBe(0);
    const d = importText('东湖区2025年城市更新工作方案\n一、主要任务\n（一）推进老旧小区改造。\n?十四五?时期完成改造20个。', 'x.txt');
    expect([...walk(d.nodes)].some((w) => w.node.kind === 'item')).toBe(false);
  });
});

describe('an adoption line above the content is no title (新疆 县 纲要 whose page holds no title line)', () => {
  it('"（2021年1月18日…人民代表大会" ⏎ "第六次会议通过）" is neither the title nor its second line', () => {
    const d = importText('（2021年1月18日南屿县第十七届人民代表大会\n第六次会议通过）\n目 录\n第一篇 发展基础\n第一章 发展基础', 'x.txt');
    expect(d.meta.title).not.toMatch(/人民代表大会|会议通过/);
  });
});

describe('the title in a web page\'s index table (海南 市 纲要: "标题:X市…纲要" over a title the page breaks)', () => {
  it('a 标题 cell that is the plan\'s own title is the title, and gives its period', () => {
    const m = meta(`标题:临江市国民经济和社会发展第十四个五年规划纲要
索引号:00821970-1/2021-00240 分 类:综合政务 发文机关:临江市发展和改革委员会 成文日期:2021年11月02日 文 号:无
（2021年1月17日临江市第十五届人民代表大会第七次会议通过）
（一）决胜全面建成小康社会取得决定性成就
“十三五”时期，全市经济社会发展取得新的成就。`);
    expect(m).toMatchObject({ title: '临江市国民经济和社会发展第十四个五年规划纲要', city: '临江市', period: { start: 2021, end: 2025 } });
  });
});

describe('主办单位 in a roles bracket (福建 市 任务 progress page: "（牵头领导：X；牵头单位：A；主办单位：B、C）")', () => {
  const task = (bracket: string) => [...walk(importText(`二、主要任务\n1、完善乡村文化设施，建设综合文化站12个。${bracket}`, 'x.txt').nodes)].map((w) => w.node).find((n) => n.number === '1、')!;
  it('beside a 牵头 label the 主办 units help; the label never stays in a name', () => {
    const t = task('（牵头领导：王明；牵头单位：市文化局；主办单位：市广电局、市财政局）');
    expect([t.lead, t.partners]).toEqual([['市文化局'], ['市广电局', '市财政局']]);
  });
  it('alone, 主办单位 leads', () => {
    expect(task('（主办单位：市文化局；协办单位：市广电局）').lead).toEqual(['市文化局']);
  });
});

describe('a cover date letter-spaced as a PDF gives it (海南 区 纲要: "二 〇 二一年二月" under the government)', () => {
  it('spaces between the Chinese digits of the year are read through', () => {
    const m = meta(`临江市东湖区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
临江市东湖区人民政府
二 〇 二一年二月
前言
“十三五”时期，全区经济社会发展取得显著成就。`);
    expect(m.issuedOn).toBe('2021-02');
  });
});

describe('a 目录 entry whose leader runs out without its page number (青海 县 纲要 cut after its 目录)', () => {
  it('is an entry of the 目录, not a heading of the plan', () => {
    const d = importText(`临江县国民经济和社会发展第十四个五年规划纲要
目 录
第一章  全面建成小康社会....... 3
第一节  发展基础.................. 3
第二节  发展环境.................. 14
第二节  提质发展全域旅游...................`, 'x.txt');
    expect([...walk(d.nodes)].map((w) => w.node.heading)).toEqual([]);
  });
});
