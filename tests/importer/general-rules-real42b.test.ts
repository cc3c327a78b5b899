/**
 * General rules found in the eighteenth batch of real plans (session 42, h-real18: docs/importer-corpus.md "An
 * eighteenth batch"). The real texts were read, never kept: every case is in our own words, with fictional places.
 * Each rule case fails on the importer of 28d5c128 (main before this batch); the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const body = ['一、总体要求', '坚持稳中求进。', '二、重点工作', '（一）抓实项目建设。年内开工项目5个。'];

describe('a street\'s year ahead', () => {
  for (const word of ['工作谋划', '工作思路', '工作打算']) {
    it(`"2026年${word}" is a plan of one year`, () => {
      const d = importText([`青川区柳塘街道2026年${word}`, ...body].join('\n'), 'x.txt');
      expect(d.meta.period).toEqual({ start: 2026, end: 2026 });
    });
  }
  it('guard: a year\'s 工作总结 reports a year, it plans none', () => {
    const d = importText(['青川区柳塘街道2025年工作总结', ...body].join('\n'), 'x.txt');
    expect(d.meta.period).toBeNull();
  });
});

describe('the head of a district site\'s page', () => {
  const page = (head: string[]) => importText([...head, '', '云溪区石桥街道2026年工作要点', '', ...body].join('\n'), 'x.txt');
  it('an accessibility line with the site\'s links, "无障碍阅读 关怀版 返回首页", is no title', () => {
    const d = page(['无障碍阅读 关怀版 返回首页', '政府信息公开']);
    expect(d.meta.title).toBe('云溪区石桥街道2026年工作要点');
    expect(JSON.stringify([d.meta, d.nodes])).not.toContain('关怀版');
  });
  it('an index table\'s values without their labels (索引号 ⏎ 发布机构 ⏎ date) are the page\'s, not the title', () => {
    const d = page(['云溪区石桥街道2026年工作要点', '11330106MB1234567Y/2026-0001208', '云溪区石桥街道办事处', '2026-01-14']);
    expect(d.meta.title).toBe('云溪区石桥街道2026年工作要点');
    expect(JSON.stringify([d.meta, d.nodes])).not.toContain('11330106MB1234567Y');
  });
  it('a row of buttons, "打印整页 打印内容 分享", is no line of the text', () => {
    const d = page(['字号:', '打印整页 打印内容 分享']);
    expect(JSON.stringify([d.meta, d.nodes])).not.toContain('打印整页');
  });
  it('guard: a sentence under the 索引号 line is the text\'s', () => {
    const d = page(['11330106MB1234567Y/2026-0001208', '街道将继续分享经验做法，推动工作落实。']);
    expect(JSON.stringify([d.meta, d.nodes])).toContain('分享经验做法');
  });
});

describe('a table copied one cell a line under its notice', () => {
  it('a column head under "序号", letter-spaced "重 点 工 作 任 务", is no title: the annex title is', () => {
    const d = importText(['各镇人民政府、街道办事处，区直各单位：', '现将2026年《政府工作报告》明确的重点工作任务分解如下（详见附件），请抓好落实。', '临江市东湖区人民政府办公室', '2026年2月27日', '附件', '2026年《政府工作报告》工作任务分解表', '序号', '重 点 工 作 任 务', '牵头领导', '牵头单位', '东湖科创园要加快孵化载体建设，年内新增孵化面积5万平方米。', '周建平', '区科技局'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('2026年《政府工作报告》工作任务分解表');
  });
});

describe('a 纲要\'s cover', () => {
  it('two cover lines on one with a space before "第N个五年规划" are one name', () => {
    const d = importText(['南屿县国民经济和社会发展 第十五个五年规划和二〇三五年', '远景目标纲要', '', '第一章 发展基础', '全县经济稳步增长。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('南屿县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要');
  });
  it('guard: a space between two issuers in a joint title stays', () => {
    const d = importText(['中共南屿县委 南屿县人民政府关于印发《南屿县乡村振兴三年行动方案（2026—2028年）》的通知', '各乡镇：', '现将方案印发给你们。', '南屿县乡村振兴三年行动方案（2026—2028年）', '一、总体要求', '坚持农业农村优先发展。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('南屿县乡村振兴三年行动方案（2026—2028年）');
  });
});
