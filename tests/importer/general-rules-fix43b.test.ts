/**
 * Rules of session 43 (h-fix43b): rev43a's findings on the session's rules (/work/notes/b43/rev43a-report.md F1–F6 and
 * the aside), each a general rule. Every case is in our own words and failed on 6b5f010c.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('F1: the closing note of a task table whose rows carry no 序号, and what follows it, is no row', () => {
  const head = ['云溪区2026年为民办实事任务分解表', '', '序号', '', '实 事 项 目', '', '牵头领导', '', '责任单位', '', '完成时限', ''];
  const rows = ['新建城区公办幼儿园2所，新增学位720个，确保秋季开学前投入使用。', '', '郑远航', '', '区教育局', '', '2026年8月', '',
    '改造老旧小区9个，同步完善托育配套设施，惠及居民2600户。', '', '沈一鸣', '', '区住建局', '', '2026年12月', ''];
  const note = '各责任单位每月10日前报送进度，区政府督查室按月通报完成情况。';
  const plan = (after: string[]) => importText([...head, ...rows, note, '', ...after].join('\n'), 'x.txt');
  it.each([
    ['the signature and its date', ['云溪区人民政府办公室', '', '2026年3月6日']],
    ['a 联系人 line', ['联系人：区政府督查室 陈静']],
    ['the date alone', ['2026年3月6日']],
  ])('followed by %s', (_, after) => {
    const ns = all(plan(after).nodes);
    expect(ns.map((n) => n.heading.slice(0, 6))).toEqual(['新建城区公办', '改造老旧小区']);
    expect(ns.map((n) => n.lead)).toEqual([['区教育局'], ['区住建局']]);
    expect(JSON.stringify(ns)).not.toContain('督查室按月通报');
  });
  it('the signature is read as such, not as a leader', () => {
    const d = plan(['云溪区人民政府办公室', '', '2026年3月6日']);
    expect([d.meta.issuer, d.meta.issuedOn]).toEqual(['云溪区人民政府办公室', '2026-03-06']);
  });
  it('guard: a third row with its leader and unit is read', () => {
    const ns = all(plan(['', '宋  凯', '', '区卫健委', '', '2026年10月']).nodes);
    expect(ns.map((n) => n.heading.slice(0, 6))).toEqual(['新建城区公办', '改造老旧小区', '各责任单位每']);
  });
});

describe('F3: a site\'s name (…官网, …门户网站) is chrome only at the page\'s head or foot, not a heading or a list line of the text', () => {
  const plan = (site: string) => importText(['南屿县2026年政务公开工作要点', '', '一、重点任务', `（一）改版县政府${site}`,
    '完成适老化改造，2026年6月底前上线。（牵头单位：县数据局）', `（二）建设南屿文旅${site}`, '整合景区、酒店信息。（牵头单位：县文旅局）',
    '（三）规范政务新媒体', '清理低效账号。', '发布渠道：', '南屿发布', `南屿文旅${site}`, '南屿融媒', '二、保障措施', '加强统筹协调。'].join('\n'), 'x.txt');
  it.each([['官网'], ['门户网站']])('%s in headings and in a list', (site) => {
    const d = plan(site);
    const ns = all(d.nodes);
    expect(ns.filter((n) => n.number.startsWith('（')).map((n) => n.heading)).toEqual([`改版县政府${site}`, `建设南屿文旅${site}`, '规范政务新媒体']);
    expect(ns.find((n) => n.heading === '规范政务新媒体')!.body).toContain(`南屿发布\n南屿文旅${site}\n南屿融媒`);
    expect(d.report!.removed.map((r) => r.text)).not.toContain(`南屿文旅${site}`);
  });
  it('guard: the site\'s name on the page\'s first line is still chrome', () => {
    const d = importText(['南屿县人民政府门户网站', '南屿县2026年政务公开工作要点', '一、重点任务', '（一）改版网站', '完成适老化改造。', '（二）规范新媒体', '清理低效账号。'].join('\n'), 'x.txt');
    expect(d.report!.removed.map((r) => r.text)).toContain('南屿县人民政府门户网站');
    expect(d.meta.title).toBe('南屿县2026年政务公开工作要点');
  });
});

describe('F4: a 提纲 whose entries the text never says again is the body\'s outline, not its contents', () => {
  const text = ['云溪区2026年理论宣讲工作安排', '', '一、宣讲主题', '围绕高质量发展开展分众化宣讲。', '二、宣讲内容', '提纲：',
    '（一）全年经济社会发展目标', '地区生产总值增长6%左右。', '（二）重点民生实事', '办好十件民生实事。', '（三）深化改革举措', '推进营商环境改革。',
    '三、工作要求', '各单位要精心组织。'];
  it('the outline\'s headings stay the sections of 二、', () => {
    const d = importText(text.join('\n'), 'x.txt');
    const two = d.nodes.find((n) => n.number === '二、')!;
    expect(two.children.map((n) => n.heading)).toEqual(['全年经济社会发展目标', '重点民生实事', '深化改革举措']);
  });
  it('guard: a 提纲 whose entries the body says again is contents', () => {
    const d = importText(['云溪区2026年理论宣讲工作安排', '提纲：', '一、宣讲主题', '二、宣讲内容', '三、工作要求', ...text.slice(2).filter((l) => l !== '提纲：')].join('\n'), 'x.txt');
    expect(d.nodes.map((n) => n.heading)).toEqual(['宣讲主题', '宣讲内容', '工作要求']);
    expect(d.report!.removed.filter((r) => r.reason.startsWith('目录')).length).toBe(4);
  });
});

describe('F2: a cell\'s tail ending in 。 under a space-aligned table\'s last row, the cell broken by the wrap, is no note', () => {
  const head = ['南屿县2026年民生实事项目', '', '一、民生实事', '序号    项目名称    建设内容    牵头单位',
    '1    城北积水点整治    整治积水点9处，新建泵站1座    县住建局'];
  const plan = (lines: string[]) => all(importText([...head, ...lines, '二、保障措施', '（一）加强调度。每月调度一次。'].join('\n'), 'x.txt').nodes);
  it('the wrapped tail goes on with its cell', () => {
    const ns = plan(['2    社区助餐建设    新建社区食堂15个并同步建设老年    县民政局', '                     助餐点4个。']);
    expect(ns.find((n) => n.number === '2')!.body).toContain('新建社区食堂15个并同步建设老年助餐点4个。');
  });
  it('guard: a note under a narrower cell is the table\'s note', () => {
    const ns = plan(['2    社区助餐建设    新建社区食堂15个    县民政局', '                     以上项目由县政府统一调度。']);
    expect(ns.find((n) => n.number === '2')!.body).not.toContain('以上项目');
  });
});

describe('F5: a 时间 line beside a 地点 line is a meeting\'s details, not the page\'s stamp', () => {
  it('the 时间 and 地点 lines both stay; no issue date is read from them', () => {
    const d = importText(['南屿县2026年防汛工作要点', '- 时间：2026-04-12', '- 地点：县水利局', '', '一、工作目标', '汛期零伤亡。',
      '二、重点任务', '（一）排查隐患', '完成水库隐患排查40座。（牵头单位：县水利局）'].join('\n'), 'x.txt');
    expect(d.report!.removed.map((r) => r.text)).not.toContain('- 时间：2026-04-12');
    expect(d.meta.issuedOn).toBeNull();
  });
  it('guard: a 时间 line alone under the title is the page\'s stamp', () => {
    const d = importText(['南屿县2026年防汛工作要点', '- 时间：2026-04-12', '', '一、工作目标', '汛期零伤亡。', '二、重点任务', '（一）排查隐患',
      '完成水库隐患排查40座。'].join('\n'), 'x.txt');
    expect(d.report!.removed.map((r) => r.text)).toContain('- 时间：2026-04-12');
  });
});

describe('F6: a notice asking for a year\'s 总结 and the next year\'s 计划 plans no year', () => {
  const notice = (title: string) => importText([title, '', '县直各部门，各乡镇人民政府：', '现将有关事项通知如下：', '一、报送内容',
    '（一）年度工作总结', '主要包括工作完成情况。', '（二）年度工作计划', '主要包括重点任务。', '二、报送时间', '请于2025年12月18日前报送县政府办公室。'].join('\n'), 'x.txt');
  it.each([['关于报送2025年工作总结和2026年工作计划的通知'], ['关于上报2025年度工作总结及2026年度工作要点的通知']])('%s', (title) => {
    expect(notice(title).meta.period).toBeNull();
  });
  it('guard: the 总结和计划 itself plans the second year', () => {
    expect(notice('南屿县水利局2025年工作总结和2026年工作计划').meta.period).toEqual({ start: 2026, end: 2026 });
  });
});

describe('aside: a verb before a place in a notice\'s title is no part of the place\'s name', () => {
  it.each([['关于召开南屿县2026年防汛工作会议的通知'], ['关于开展南屿县2026年安全生产大检查的通知'], ['关于举办云溪区2026年职业技能大赛的通知']])('%s', (title) => {
    const d = importText([title, '', '各有关单位：', '现将有关事项通知如下：', '一、时间安排', '2026年3月上旬。', '二、有关要求', '请各单位按时参加。'].join('\n'), 'x.txt');
    expect(['南屿县', '云溪区']).toContain(d.meta.district);
  });
});
