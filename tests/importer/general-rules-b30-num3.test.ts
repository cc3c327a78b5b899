/**
 * Three importer gaps a walk found (session 30, h-num3): points numbered past 99, the one year of a 实施计划 named in
 * its title, and a count after a list of names ("A、B等5个X"). Each case failed before its rule.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readPeriod } from '../../shared/importer/dates';
import { findIndicators } from '../../shared/importer/indicators';
import { walk } from '../../shared/model/plan';

const nodes = (text: string) => [...walk(importText(text, 'x.txt').nodes)].map((w) => w.node);
const tasks = (text: string) => nodes(text).filter((n) => n.kind === 'task');
const point = (n: number, what: string) => `${n}.${what}\n围绕${what}，完成建设任务，年底前投入使用。\n牵头单位：区发展改革委；配合单位：区财政局`;

describe('points numbered past 99 (where they continue the arabic points before them)', () => {
  const plan = (lines: string[]) => ['滨河区2025年重点项目推进计划', '', '一、重点项目', ...lines, '二、保障措施', '（一）加强组织领导。成立领导小组。'].join('\n');
  it('98. to 102. in one part are five tasks, each with its own text and departments', () => {
    const t = tasks(plan([point(98, '建设社区食堂'), point(99, '改造农贸市场'), point(100, '新建口袋公园'), point(101, '提升排水管网'), point(102, '完善充电设施')]));
    expect(t.map((n) => [n.number, n.heading])).toEqual([
      ['98.', '建设社区食堂'], ['99.', '改造农贸市场'], ['100.', '新建口袋公园'], ['101.', '提升排水管网'], ['102.', '完善充电设施'],
    ]);
    expect(t[1].body).not.toContain('新建口袋公园');
    expect(t[2].body).toContain('围绕新建口袋公园');
    expect(t.map((n) => n.lead)).toEqual(Array(5).fill(['区发展改革委']));
  });
  it('with 、 and with blank lines between the points', () => {
    const t = tasks(plan([point(99, '改造农贸市场'), '', '100、新建口袋公园', '围绕口袋公园，年底前建成。', '', '101、提升排水管网']));
    expect(t.map((n) => n.number)).toEqual(['99.', '100、', '101、']);
  });
  it('the walk plan of 200 points in each of 10 parts is 2,000 tasks (990 before: 100–200 in point 99)', () => {
    const text = execFileSync(process.execPath, ['tests/tools/walk6/big-plan.mjs', '200'], { encoding: 'utf8' });
    const t = tasks(text);
    expect(t.length).toBe(2000);
    expect(t.filter((n) => n.number === '200.').length).toBe(10);
    expect(t.find((n) => n.number === '150.')!.heading).toBe('完善数字基础设施监测系统（第150批）');
  });
  it('a figure at a line start that does not continue the points stays text', () => {
    const t = tasks(plan([
      point(98, '建设社区食堂'), point(99, '改造农贸市场'),
      '100.5万元用于设备购置。', '2025. 全面完成改造。', '120. 辆新能源公交车投入运营。',
    ]));
    expect(t.map((n) => n.number)).toEqual(['98.', '99.']);
    expect(t[1].body).toContain('100.5万元用于设备购置');
    expect(t[1].body).toContain('120. 辆新能源公交车');
  });
  it('points numbered straight through the parts continue over a higher heading (二、); 100. after 1. or with no 99. is no point', () => {
    const all = nodes(['滨河区2025年重点项目推进计划', '', '一、重点项目', point(98, '建设社区食堂'), point(99, '改造农贸市场'),
      '二、专项工作', point(100, '新建口袋公园'), point(101, '提升排水管网'), '三、其他', '1.完善充电设施', '102.整治背街小巷，年底前完成。'].join('\n'));
    expect(all.map((n) => n.number)).toEqual(['一、', '98.', '99.', '二、', '100.', '101.', '三、', '1.']);
    expect(all[4].heading).toBe('新建口袋公园');
    expect(all[5].heading).toBe('提升排水管网');
    expect(all[4].body).toContain('围绕新建口袋公园');
    expect(all[3].body).not.toContain('新建口袋公园');
    expect(all[5].lead).toEqual(['区发展改革委']);
    expect(all[7].body).toContain('102.整治背街小巷，年底前完成。');
    const none = nodes(['滨河区2025年重点项目推进计划', '', '一、重点项目', '二、专项工作', '100.新建口袋公园，年底前建成。'].join('\n'));
    expect(none.map((n) => n.number)).toEqual(['一、', '二、']);
    expect(none[1].body).toBe('100.新建口袋公园，年底前建成。');
  });
});

describe('the one year of an annual 实施计划 named in its title', () => {
  const period = (title: string) => { const p = readPeriod(title); return p && [p.start, p.end]; };
  it('"岱川县2025年东西部协作项目实施计划" is 2025', () => {
    expect(period('岱川县2025年东西部协作项目实施计划')).toEqual([2025, 2025]);
    expect(period('滨河区2025年重点项目推进计划')).toEqual([2025, 2025]);
    expect(importText('岱川县2025年东西部协作项目实施计划\n\n一、产业协作项目\n1.高山蔬菜产业园提升项目\n新建大棚120亩。', 'x.txt').meta.period).toEqual({ start: 2025, end: 2025 });
  });
  it('a title naming a span is no plan of one year', () => {
    expect(period('东川区2025年智慧城区建设三年行动计划')).toEqual([2025, 2027]);
    expect(period('东川区2025—2027年智慧城区建设实施计划')).toEqual([2025, 2027]);
    expect(period('东川区2025年“十四五”规划收官实施计划')).toEqual([2021, 2025]);
    expect(period('东川区2025年生态建设五年实施计划')).not.toEqual([2025, 2025]);
    expect(period('二〇二五年区政府重点项目实施计划')).toEqual([2025, 2025]);
    // "到2025年" is the end of a plan's work, not its one year
    expect(period('东川区到2025年生态建设实施计划')).toBeNull();
  });
});

describe('a count after a list of names is one target of what it counts', () => {
  const read = (s: string) => findIndicators(s, 2025).map((i) => [i.name, i.value, i.unit]);
  it('"完成青霞一村、青霞二村等5个老旧小区综合改造" is 老旧小区综合改造: 5 个, not 5 个 for each village', () => {
    expect(read('完成青霞一村、青霞二村等5个老旧小区综合改造，惠及居民2300户。')).toEqual([['老旧小区综合改造', 5, '个'], ['惠及居民', 2300, '户']]);
    expect(read('新建东湖、西湖等3个口袋公园。')).toEqual([['口袋公园', 3, '个']]);
    expect(read('完成凤溪河、柳浦沟2条黑臭水体整治。')).toEqual([['黑臭水体整治', 2, '条']]);
  });
  it('a count closing its clause counts what stands before it; a list of rates keeps one value each', () => {
    expect(read('拆除违规、破损广告牌200块以上。')).toEqual([['破损广告牌', 200, '块']]);
    expect(read('建档率、电子病历使用率等基本达到100%。')).toEqual([['建档率', 100, '%'], ['电子病历使用率', 100, '%']]);
    expect(read('新建公园3个、绿道5公里。')).toEqual([['公园', 3, '个'], ['绿道', 5, '公里']]);
  });
});

