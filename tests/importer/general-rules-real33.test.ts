/**
 * General rules found by importing real public plans themselves (session 33, docs/importer-corpus.md "Real plans
 * read (session 33)"; docs/importer-grammar.md "Rules added from real plans (session 33)"). The real texts were read,
 * never kept: every case here is written in our own words, with fictional places. Each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

type N = { number: string; heading: string; children: N[] };
const flat = (ns: N[]): string[] => ns.flatMap((n) => [`${n.number}${n.heading}`, ...flat(n.children)]);
const parts = (text: string) => flat(importText(text, 'x.txt').nodes);

describe('a 印发 notice whose plan is not in the text: its own numbered requests are no parts (安徽/贵州 notice pages; session 32 left)', () => {
  const head = [
    '临江市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知',
    '临府办〔2025〕3号',
    '各县、区人民政府，市政府各部门：',
    '2025年《政府工作报告》已经市人大会议审议通过，经市政府同意，现将主要目标任务分解下发，请认真抓好落实。',
  ];
  it('an excerpt cut after the first request ("一、强化责任意识，以讲政治高度抓落实。…") has no body', () => {
    const plan = importText([...head, '一、强化责任意识，以讲政治高度抓落实。各地各单位要主动作为，带着责任干，努力推动各项工作走在前列、'].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.meta.notice).toContain('强化责任意识');
    expect(plan.meta.title).toBe('2025年政府工作报告主要目标任务分解');
  });
  it('requests, signature, date and a 附件 download link (a file name): no body, and the file is not the title', () => {
    const plan = importText([...head, '一、强化组织协调', '各县区要建立推动落实机制。', '二、强化要素保障', '各级各部门要加强资金保障。', '临江市人民政府办公室', '2025年1月14日', '附件：2025年政府工作报告主要目标任务分解表.xlsx'].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.meta.title).toBe('2025年政府工作报告主要目标任务分解');
    expect(plan.report!.warnings.map((w) => w.code)).toContain('no-structure');
  });
  it('the plan after the requests (its title again, then its 一、) is read as before', () => {
    expect(parts([...head, '一、强化组织协调', '各县区要建立推动落实机制。', '二、强化要素保障', '各级各部门要加强资金保障。', '临江市人民政府办公室', '2025年1月14日',
      '2025年政府工作报告主要目标任务分解', '一、经济发展', '1.地区生产总值增长6%。（牵头单位：市发展改革委）'].join('\n'))).toEqual(['一、经济发展', '1.地区生产总值增长6%']);
  });
  it('headings with units under them (a 下达 notice\'s 民生实事), a lower level, or the notice signed before them stay the plan\'s', () => {
    const xiada = ['临江县人民政府办公室关于下达2025年民生实事项目任务的通知', '各乡镇人民政府：', '现将项目任务下达给你们，请认真组织实施。'];
    expect(parts([...xiada, '一、城区雨污分流改造项目', '牵头单位：县住房城乡建设局', '二、农村饮水安全提升项目', '牵头单位：县水利局'].join('\n'))).toEqual(['一、城区雨污分流改造项目', '二、农村饮水安全提升项目']);
    expect(parts([...head, '一、经济发展', '（一）稳定工业增长', '二、城乡建设', '（一）老旧小区改造'].join('\n'))).toHaveLength(4);
    expect(parts([...head, '临江市人民政府办公室', '2025年1月14日', '一、经济发展', '二、城乡建设'].join('\n'))).toEqual(['一、经济发展', '二、城乡建设']);
  });
  // (review of session 33: the plan printed after its notice lost its outline to the notice)
  describe('the plan printed after the notice that sends it keeps its outline', () => {
    const sends = (title: string, named: string, between: string[]) => importText([title, '各街道办事处，区政府各部门：', `现将《${named}》印发给你们，请认真贯彻执行。`, ...between,
      '一、总体要求', '坚持问题导向，持续优化营商环境，政务服务事项网上可办率达到98%以上。', '二、重点任务', '深化“一网通办”改革，推进政务服务事项标准化。', '三、保障措施', '加强组织领导，各部门要明确专人负责。'].join('\n'), 'x.txt');
    const sections = ['一、总体要求', '二、重点任务', '三、保障措施'];
    it('its title on a line before its 一、', () => {
      const plan = sends('关于印发西江区2025年优化营商环境工作要点的通知', '西江区2025年优化营商环境工作要点', ['西江区2025年优化营商环境工作要点']);
      expect(flat(plan.nodes)).toEqual(sections);
      expect(plan.meta.title).toBe('西江区2025年优化营商环境工作要点');
      expect(plan.meta.notice).not.toContain('总体要求');
    });
    it('its title broken over two lines, or with its words in another order', () => {
      const two = sends('关于印发《西江区优化营商环境三年行动方案（2025—2027年）》的通知', '西江区优化营商环境三年行动方案（2025—2027年）', ['西江区优化营商环境三年行动方案', '（2025—2027年）']);
      expect(flat(two.nodes)).toEqual(sections);
      expect(flat(sends('关于印发西江区2025年优化营商环境工作要点的通知', '西江区2025年优化营商环境工作要点', ['2025年西江区优化营商环境工作要点']).nodes)).toEqual(sections);
    });
    it('no title line: the notice sends the plan by its name and announces no requests of its own', () => {
      expect(flat(sends('关于印发西江区2025年优化营商环境工作要点的通知', '西江区2025年优化营商环境工作要点', []).nodes)).toEqual(sections);
    });
    it('a notice that announces its requests (通知如下, 下列要求) or gives the plan as a file keeps them its own', () => {
      const own = (say: string, after: string[] = []) => importText(['临江市人民政府关于印发2021年市政府工作报告目标任务分解表的通知', '各县、市、区人民政府：',
        say, '一、强化组织领导', '各地要明确责任。', '二、强化督查考核', '市政府督查室跟踪督办。', ...after].join('\n'), 'x.txt').nodes;
      expect(own('现将《2021年临江市政府工作报告目标任务分解表》印发给你们，并就抓好落实通知如下：')).toEqual([]);
      expect(own('现将《2021年临江市政府工作报告目标任务分解表》印发给你们，并提出下列工作要求，请认真抓好落实。')).toEqual([]);
      expect(own('现将《2021年临江市政府工作报告目标任务分解表》印发给你们，请认真抓好落实。', ['附件：2021年市政府工作报告目标任务分解表.xlsx'])).toEqual([]);
    });
  });
  it('a notice that publishes nothing (关于做好…的通知) keeps its 一、二、 as parts', () => {
    expect(parts(['临江市人民政府办公室关于做好2025年防汛工作的通知', '各县区：', '为做好防汛工作，现通知如下：', '一、压实防汛责任', '二、加强隐患排查'].join('\n'))).toEqual(['一、压实防汛责任', '二、加强隐患排查']);
  });
});

describe('a table of contents without a "目录" line where the text stops after it (内蒙古 盟 纲要 page; session 32 left)', () => {
  const entries = ['第一篇 开启新征程 1', '第一章 发展基础 1', '第一节 主要成就 1', '第二节 发展环境 5', '第二章 总体要求 8', '第一节 指导思想 8', '第二节 发展目标 10', '第二篇 建设现代产业体系 14', '第三章 壮大特色农业 14'];
  const head = ['临江盟国民经济和社会发展第十四个五年规划和2035年远景目标纲要', '临江盟行政公署', '二〇二一年五月'];
  it('eight or more chapter-rank entries with rising page numbers are a 目录, not the body', () => {
    const plan = importText([...head, ...entries].join('\n'), 'x.txt');
    expect(plan.nodes).toEqual([]);
    expect(plan.report!.removed.filter((r) => r.reason.startsWith('目录')).length).toBe(entries.length);
  });
  it('fewer entries, entries of a lower rank (1.) or page numbers going down stay what they were', () => {
    expect(flat(importText([...head, ...entries.slice(0, 5)].join('\n'), 'x.txt').nodes).length).toBeGreaterThan(0);
    const points = ['1.新建公园 3', '2.新建绿道 4', '3.新增停车位 5', '4.改造老旧小区 6', '5.新建学校 7', '6.新建医院 8', '7.新建体育馆 9', '8.新建图书馆 10'];
    expect(flat(importText(['临江县2025年民生实事', '一、城市建设', ...points].join('\n'), 'x.txt').nodes).length).toBe(9);
    const down = entries.map((e, k) => e.replace(/[0-9]+$/, String(30 - k)));
    expect(flat(importText([...head, ...down].join('\n'), 'x.txt').nodes).length).toBeGreaterThan(0);
  });
});

describe('a title broken over lines that the notice names whole, its first line starting with 关于 (天津 开发区 实施方案 notice)', () => {
  const doc = (first: string, second: string) => importText([
    '临江市人民政府办公室印发关于加快开发区转型升级实施方案的通知', '各区人民政府：',
    '现将《关于加快临江经济开发区转型升级的实施方案》印发给你们，请认真贯彻执行。', '临江市人民政府办公室', '2024年6月12日',
    first, second, '一、总体要求', '二、重点任务',
  ].join('\n'), 'x.txt').meta.title;
  it('the lines that make up the name the notice publishes are the title', () => {
    expect(doc('关于加快临江经济开发区', '转型升级的实施方案')).toBe('关于加快临江经济开发区转型升级的实施方案');
  });
  it('lines that do not make it up are not joined', () => {
    expect(doc('关于加快临江经济开发区', '转型升级的工作方案')).toBe('转型升级的工作方案');
  });
});

describe('index rows with their labels in 【】, as law sites print them (山西 省政府 目标责任分解 on a law site)', () => {
  const plan = importText([
    '【发布单位】临江市', '【发布文号】临政发[2024]3号', '【发布日期】2024-02-05', '【失效日期】', '【所属类别】政策参考', '【文件来源】临江市',
    '临江市人民政府关于印发2024年市政府工作目标责任分解的通知', '各县区人民政府：', '现将分解安排如下：',
    '一、扩大有效投资', '1.实施市级重点项目150个。', '二、建设宜居城市', '2.完成老旧小区改造60个。',
  ].join('\n'), 'x.txt');
  it('are read as the page\'s index (文号, issuer), never as 【】 titles of the body', () => {
    expect(plan.meta).toMatchObject({ docNumber: '临政发〔2024〕3号', title: '2024年市政府工作目标责任分解' });
    expect(flat(plan.nodes)).toEqual(['一、扩大有效投资', '1.实施市级重点项目150个', '二、建设宜居城市', '2.完成老旧小区改造60个']);
  });
  it('a 【】 title series in a body stays a series of titles', () => {
    expect(flat(importText(['临江区2025年工作要点', '【稳增长】全年地区生产总值增长6%。', '【促改革】深化营商环境改革。', '【惠民生】新增就业8000人。'].join('\n'), 'x.txt').nodes)).toEqual(['稳增长', '促改革', '惠民生']);
  });
});

describe('a table copied from a web page one cell per line, each cell closed by " |" (安徽 开发区 责任清单 page; session 32 left 吉水县)', () => {
  const rows = ['1 |', '新签约亿元以上项目25个。 |', '王立新 |', '招商服务部 |', '全年 |', '2 |', '盘活存量土地300亩。 |', '赵明 |', '自然资源分局 |', '2025年11月底前 |'];
  const plan = importText(['临江开发区2025年重点工作清单', '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |', ...rows].join('\n'), 'x.txt');
  it('its rows are the tasks, their units the leads, the 责任领导 kept in the text', () => {
    expect(flat(plan.nodes)).toEqual(['1新签约亿元以上项目25个。', '2盘活存量土地300亩。']);
    expect(plan.nodes.map((n) => n.lead)).toEqual([['招商服务部'], ['自然资源分局']]);
    expect(plan.nodes[0].body).toContain('王立新');
  });
});

describe('a notice\'s 附件 list whose items open with a year, and the signature after it (宁夏 区政府办 notice)', () => {
  const doc = (list: string[]) => importText([
    '关于做好2025年政府工作报告任务落实工作的通知', '各街道办事处：', '现将任务分解落实（详见附件），通知如下：', '一、压实责任', '各单位要逐项推进。', '二、强化督查', '区政府办公室跟踪督办。',
    ...list, '临江市柘塘区人民政府办公室', '2025年2月20日',
  ].join('\n'), 'x.txt');
  it('"附件：1.2025年…" ⏎ "2.2025年…" is the notice\'s list: no annex, and the signature under it is read', () => {
    const plan = doc(['附件：1.2025年主要目标任务分解表', '2.2025年民生实事任务分解表']);
    expect(flat(plan.nodes)).toEqual(['一、压实责任', '二、强化督查']);
    expect(plan.meta).toMatchObject({ issuer: '临江市柘塘区人民政府办公室', issuedOn: '2025-02-20', district: '柘塘区' });
  });
  it('an annex that follows its note keeps its place (the signature before it is read as before)', () => {
    const plan = importText(['临江区2025年工作要点', '一、稳增长', '二、促改革', '临江市临江区人民政府', '2025年2月20日', '附件', '重点项目表', '1.城北大道'].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-02-20');
    expect(flat(plan.nodes)[2]).toMatch(/^附件/);
  });
});

describe('a task whose own heading names the unit that leads it ("（二）省审计厅牵头的工作", 山西 目标责任分解)', () => {
  const plan = importText([
    '临江市2024年市政府工作目标责任分解', '一、王明市长负责的工作', '（一）市审计局牵头的工作', '全面加强审计监督。', '协同单位：市直各部门。',
    '（二）市编办牵头的工作', '深化乡镇机构改革。', '二、李华副市长负责的工作', '（一）市财政局牵头的工作', '1.加强预算管理。', '2.盘活存量资金。',
  ].join('\n'), 'x.txt');
  const find = (h: string) => { const walk = (ns: typeof plan.nodes): (typeof plan.nodes)[number] | undefined => { for (const n of ns) { if (n.heading === h) return n; const f = walk(n.children); if (f) return f; } return undefined; }; return walk(plan.nodes); };
  it('is led by that unit; a person\'s heading names no lead', () => {
    expect(find('市审计局牵头的工作')?.lead).toEqual(['市审计局']);
    expect(find('市编办牵头的工作')?.lead).toEqual(['市编办']);
    expect(find('加强预算管理')?.lead).toEqual(['市财政局']);
    expect(find('王明市长负责的工作')?.lead).toEqual([]);
  });
});
