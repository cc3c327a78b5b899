/**
 * General rules found in the nineteenth batch of real plans (session 43, h-real19: docs/importer-corpus.md "A
 * nineteenth batch"). The real texts were read, never kept: every case is in our own words, with fictional places.
 * Each rule case fails on the importer of 981d9d0b (main before this batch); the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const body = ['一、总体要求', '坚持稳中求进。', '二、重点工作', '（一）抓实项目建设。年内开工项目5个。（牵头科室：经济发展办）'];
const all = (d: ReturnType<typeof importText>) => JSON.stringify([d.meta, d.nodes]);

describe('a year\'s account and the next year\'s plan in one title', () => {
  for (const [title, year] of [['柳溪街道2025年工作总结和2026年工作计划', 2026], ['柳溪街道2025年工作总结暨2026年工作思路', 2026], ['柳溪街道二〇二五年工作总结及二〇二六年工作打算', 2026]] as const) {
    it(`"${title}" plans ${year}`, () => {
      expect(importText([title, ...body].join('\n'), 'x.txt').meta.period).toEqual({ start: year, end: year });
    });
  }
  it('guard: years that do not follow each other name no plan year', () => {
    expect(importText(['柳溪街道2023年工作总结和2026年工作计划', ...body].join('\n'), 'x.txt').meta.period).toBeNull();
  });
});

describe('a title as a mirror or a document site prints it', () => {
  it('the cell bar closing a title line is no word of the name', () => {
    const d = importText(['组配分类 | 计划总结 | 发布机构 | 柳溪街道 |', '柳溪街道2026年工作要点 |', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('柳溪街道2026年工作要点');
  });
  it('a province in brackets before the title, "(浙江)", is the site\'s tag', () => {
    const d = importText(['(浙江)2026年临江市青川区人民政府工作报告', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('2026年临江市青川区人民政府工作报告');
  });
  it('guard: a bracket opening a title that is no province stays', () => {
    const d = importText(['（试行）青川区社区服务工作方案', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toContain('（试行）');
  });
  it('a document site\'s desktop prompt, its VIP badge and its 提纲 are the site\'s', () => {
    const d = importText(['电脑桌面', '添加云文库到电脑桌面', '安装后可以在桌面快捷访问', '', '青川区2026年工作要点VIP专享', '', '提纲：', '一、总体要求', '二、重点工作', '', '青川区2026年工作要点', '', ...body].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('青川区2026年工作要点');
    expect(d.nodes.map((n) => n.number)).toEqual(['一、', '二、']);
    expect(all(d)).not.toMatch(/电脑桌面|VIP|提纲/);
  });
  it('a page\'s stamp "- 时间:2026-02-20" under the title is the page\'s date, not the text', () => {
    const d = importText(['柳溪街道2026年工作要点', '- 时间:2026-02-20', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuedOn).toBe('2026-02-20');
    expect(all(d)).not.toContain('时间:2026');
  });
});

describe('a report opened by its occasion line', () => {
  const report = ['2026年1月14日在南屿县第十八届人民代表大会第五次会议上', '南屿县人民政府县长　周海峰', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2025年工作回顾', '全县地区生产总值增长6%。'];
  it('the occasion line opened by its date, without the dash, dates the report; the byline issues it; neither is the title', () => {
    const d = importText(report.join('\n'), 'x.txt');
    expect(d.meta.title).toBe('');
    expect(d.meta.issuer).toBe('南屿县人民政府');
    expect(d.meta.issuedOn).toBe('2026-01-14');
    expect(d.meta.addressees).toEqual([]);
  });
});

describe('a mirror\'s words where the office was', () => {
  it('a quoted site category before a joint notice\'s organs: the first office issues', () => {
    const d = importText(['“党政混合信息公开” 中共东湖区委办公室 东湖区人民政府办公室印发《东湖区社区服务三年行动计划（2026—2028年）》的通知', '东湖区社区服务三年行动计划', '（2026—2028年）', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBe('中共东湖区委办公室');
    expect(all(d)).not.toContain('党政混合信息公开');
  });
  it('a site\'s brand in the 发布机构 cell and the signature is no office', () => {
    const d = importText(['发布机构: | 乐途文库-乐途官网 办公室 | 生成日期: | 2026-01-20 |', '区政府关于印发2026年重点工作分解方案的通知', '各街道办事处：', '现将《2026年重点工作分解方案》印发给你们。', '乐途文库-乐途官网', '2026年1月20日', '2026年重点工作分解方案', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBeNull();
    expect(all(d)).not.toContain('乐途官网');
  });
  it('guard: a 街道 named by the 发布机构 cell still issues', () => {
    const d = importText(['发布机构 | 柳溪街道 | 生成日期 | 2026-03-10 |', '柳溪街道2026年工作要点', ...body].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBe('柳溪街道');
  });
});
