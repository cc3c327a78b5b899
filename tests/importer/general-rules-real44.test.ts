/**
 * General rules found in the twentieth batch of real plans (session 44, h-real20: docs/importer-corpus.md "A
 * twentieth batch"). The real texts were read, never kept: every case is in our own words, with fictional places.
 * Each rule case fails on the importer of f495b327 (main before this batch); the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const body = ['一、总体要求', '坚持稳中求进。', '二、重点工作', '（一）抓实项目建设。年内开工项目5个。（牵头单位：区发改委）'];
const all = (d: ReturnType<typeof importText>) => JSON.stringify([d.meta, d.nodes]);
const speech = ['各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议。', '一、2025年工作回顾', '全年完成投资86亿元。', '二、2026年工作安排', '（一）做强实体经济。实施技改项目40个。'];

describe('a document site\'s listing over the document', () => {
  it('its counters, upload date and file name are the site\'s, and its sample word leaves the title', () => {
    const d = importText(['东湖区城管局2026年工作计划.docxVIP', '', '- 3', '- 约3.6千字', '- 约 7页', '- 2026-02-03 发布于江苏', '- 举报', '', '东湖区城管局2026年工作计划模板', '', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('东湖区城管局2026年工作计划');
    expect(d.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(d.meta.issuedOn).toBeNull();
    expect(all(d)).not.toMatch(/千字|发布于|举报|docx|模板/);
  });
  it('guard: a title whose own words end in 模板 before the plan\'s word keeps them', () => {
    const d = importText(['东湖区政务服务模板化改革实施方案', '', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('东湖区政务服务模板化改革实施方案');
  });
});

describe('a report\'s occasion line', () => {
  it('run on after its headline: the headline is the title, the date after 在 is the day, the byline names the place', () => {
    const d = importText(['政府工作报告——在2026年1月9日临江市桐县区第三届人民代表大会第五次会议上', '', '日期：2026-01-12　来源：桐县区融媒体中心', '| | | |', '', '临江市桐县区人民政府区长　陈立新', '', ...speech].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('政府工作报告');
    expect(d.meta.issuedOn).toBe('2026-01-09');
    expect(d.meta.issuer).toBe('临江市桐县区人民政府');
    expect(d.meta.district).toBe('桐县区');
    expect(all(d)).not.toMatch(/融媒体中心|\| \|/);
  });
  it('wrapped over two lines at the top, with no headline: no title', () => {
    const d = importText(['——2026年1月15日在临江市青川区第二届人民代表大会', '第六次会议上', '', '临江市青川区人民政府区长　林海', '', ...speech].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('');
    expect(d.meta.issuer).toBe('临江市青川区人民政府');
    expect(d.meta.issuedOn).toBe('2026-01-15');
  });
  it('guard: "各县区人民政府" names no district 各县区', () => {
    const d = importText(['关于做好2026年防汛工作的通知', '各县区人民政府：', '现将有关事项通知如下。', ...body].join('\n'), 'x.txt');
    expect(d.meta.district).toBeNull();
  });
});

describe('a 纲要 and a 建议 as sites print them', () => {
  it('"前 言" under a 篇 heading is no part of it; a spaced year in the title is closed up; a bar of link names is chrome', () => {
    const d = importText(['规划计划|行业报告|可研报告|范文大全|政策解读|地方标准', '', '南屿县国民经济和社会发展第十四个五年规划', '和二 〇 三五年远景目标纲要', '', '第一篇　继往开来　开启新征程', '前　言', '本纲要是今后五年的行动纲领。', '第一章　发展基础', '全县经济持续增长。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('南屿县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(d.nodes[0].heading.replace(/\s/g, '')).toBe('继往开来开启新征程');
    expect(all(d)).not.toMatch(/行业报告/);
  });
  it('a site\'s greeting is chrome; a title\'s first half "中共X区委关于…" names its issuer', () => {
    const d = importText(['今天是：2026年1月5日 星期一　欢迎访问临江市东湖区人大常委会网站！', '', '中共临江市东湖区委关于制定东湖区国民经济', '和社会发展第十五个五年规划的建议', '（2025年12月20日中国共产党临江市东湖区第三届委员会第八次全体会议通过）', '', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBe('中共临江市东湖区委');
    expect(all(d)).not.toMatch(/欢迎访问/);
  });
  it('a government and its court signing together: the signature issues', () => {
    const d = importText(['临江市东湖区人民政府　临江市东湖区人民法院印发', '关于建立行政争议协同化解机制的意见的通知', '各街道办事处，区政府各部门：', '现将《意见》印发给你们，请认真贯彻执行。', '临江市东湖区人民政府　临江市东湖区人民法院', '2026年3月16日', '', '关于建立行政争议协同化解机制的意见', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuer?.replace(/\s/g, '')).toBe('临江市东湖区人民政府临江市东湖区人民法院');
    expect(d.meta.district).toBe('东湖区');
  });
});
