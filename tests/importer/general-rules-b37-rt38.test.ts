/**
 * Rules found by sending every seed and corpus document through every export and back in session 37 (h-rt38,
 * `tests/tools/roundtrip-all.ts`, docs/exchange.md). Each case is written in our own words, in more than one style,
 * and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

describe('a township\'s or 街道\'s red header "X街道办事处文件" is the red header, not the start of the notice\'s title', () => {
  // (193 through the Word cover: "临江市东湖区城南街道办事处文件" over the 文号 and "关于印发…的通知" came back as the notice's
  // first line "临江市东湖区城南街道办事处文件关于印发…的通知"; a government's or a zone's "…文件" was read as the header)
  const cover = (office: string, shape: 'cover' | 'plain') => importText([
    ...(shape === 'cover' ? [`${office}文件`, '东街发〔2026〕5号'] : [`${office}文件`, '', '（东街发〔2026〕5号）', '']),
    '关于印发《东街2026年社区治理重点任务》的通知',
    '各社区居委会，街道各科室：',
    '《东街2026年社区治理重点任务》已经街道党工委会议研究同意，现印发给你们，请认真抓好落实。',
    office, '2026年3月2日',
    '东街2026年社区治理重点任务',
    '一、完善社区服务',
    '1.新建社区食堂2个。（牵头科室：社会事务办公室）',
    '2.改造社区用房3处。（牵头科室：城市建设管理办公室）',
  ].join('\n'), 'x.txt');
  it.each([
    ['临江市东湖区东街街道办事处'],
    ['青川区东街街道办事处'],
    ['东街街道办事处'],
    ['东街街道党工委'],
    ['青林镇人民政府'],
    ['南屿县青林乡人民政府'],
  ])('%s', (office) => {
    for (const shape of ['cover', 'plain'] as const) {
      const d = cover(office, shape);
      expect(d.meta.notice.split('\n'), `${office} ${shape}`).toEqual([
        '关于印发《东街2026年社区治理重点任务》的通知',
        '《东街2026年社区治理重点任务》已经街道党工委会议研究同意，现印发给你们，请认真抓好落实。',
      ]);
      expect([d.meta.title, d.meta.issuer, d.meta.docNumber], `${office} ${shape}`).toEqual(['东街2026年社区治理重点任务', office, '东街发〔2026〕5号']);
    }
  });
  it('a sentence naming a 街道办事处 and 文件 stays the notice\'s', () => {
    const d = importText(['关于印发《东街2026年社区治理重点任务》的通知', '各社区居委会：',
      '根据东街街道办事处文件精神，现将《东街2026年社区治理重点任务》印发给你们，请认真抓好落实。', '东街街道办事处', '2026年3月2日',
      '东街2026年社区治理重点任务', '一、完善社区服务', '1.新建社区食堂2个。（牵头科室：社会事务办公室）'].join('\n'), 'x.txt');
    expect(d.meta.notice).toContain('根据东街街道办事处文件精神');
  });
});

describe('a site\'s breadcrumb is page chrome in any script and shape', () => {
  // (190, a Traditional page: "- 首頁 > 政務公開 > 政府信息公開 > …" stayed the notice's first paragraph, and through the
  // Word cover ran into the next; only a Simplified trail at the line's start, "首页 > …" or "当前位置：…", was chrome)
  const page = (crumb: string) => importText([crumb,
    '青川区人民政府办公室关于印发《青川区2026年重点工作任务分解方案》的通知', '青政办〔2026〕2号', '各街道办事处，区直各单位：',
    '现将《青川区2026年重点工作任务分解方案》印发给你们，请认真贯彻落实。', '青川区人民政府办公室', '2026年1月22日',
    '青川区2026年重点工作任务分解方案', '一、完善基础设施', '1.新建口袋公园2处。（牵头单位：区城管局）', '2.改造背街小巷5条。（牵头单位：区住建局）'].join('\n'), 'x.txt');
  it.each([
    ['首頁 > 政務公開 > 區政府文件'],
    ['- 首頁 > 政務公開 > 政府信息公開 > 區政府文件'],
    ['- 首页 > 政务公开 > 区政府文件'],
    ['• 首页 ＞ 政务公开 ＞ 通知公告'],
    ['首页 政务公开 政府信息公开 区政府文件'],
    ['首页/政务公开/通知公告'],
    ['首页›政务公开›通知公告'],
    ['當前位置：首頁 > 政務公開'],
    ['您現在的位置：首頁 > 政務公開 > 通知公告'],
  ])('%s', (crumb) => {
    const d = page(crumb);
    expect(d.meta.notice.split('\n')[0]).toBe('青川区人民政府办公室关于印发《青川区2026年重点工作任务分解方案》的通知');
    expect(d.report!.removed.find((r) => r.text === crumb)?.reason).toBe('面包屑导航');
  });
  it('not: a line of words opening with 首页, or 首页 and one name', () => {
    for (const line of ['首页建设', '首页 政务公开']) expect(page(line).report!.removed.find((r) => r.text === line)).toBeUndefined();
  });
  it('a breadcrumb under the plan\'s numbered headings (a text pasted in the wrong order) leaves them in place', () => {
    const d = importText(['一、完善基础设施', '1.新建口袋公园2处。（牵头单位：区城管局）', '2.改造背街小巷5条。（牵头单位：区住建局）',
      '首页 > 政务公开 > 区政府文件', '青川区2026年重点工作任务分解方案', '二、提升公共服务', '1.新建幼儿园2所。（牵头单位：区教育局）'].join('\n'), 'x.txt');
    expect(d.report!.removed.filter((r) => r.reason === '网站页眉')).toEqual([]);
    expect(d.nodes.map((n) => n.heading)).toContain('完善基础设施');
  });
});
