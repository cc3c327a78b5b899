/**
 * General rules added after batch 15 (docs/importer-grammar.md, "Rules added after batch 15"): targets under a goal
 * heading given their own departments, a 目录 entry broken over two lines by a hard wrap, a total said of the thing
 * counted before it in the sentence, a numbered list written in one paragraph. Each case fails without its rule; each has a case where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { findIndicators } from '../../shared/importer/indicators';
import { importText } from '../../shared/importer/index';
import { walk, type PlanNode } from '../../shared/model/plan';

const outline = (d: { nodes: PlanNode[] }) => [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading.replace(/\s+/g, '')}`);

describe('targets under a goal heading', () => {
  const head = `柳塘区2025年度目标责任分解方案
为压实年度目标责任，制定本方案。
一、年度主要目标
（一）经济发展目标
`;
  it('each given its own department, they are tasks though no other point carries work', () => {
    const d = importText(head + `1.地区生产总值增长6%左右。（牵头单位：区发展改革局）
2.规模以上工业增加值增长7%。（牵头单位：区工业和信息化局）
二、工作要求
各牵头单位每季度报送完成情况。`, '目标.txt');
    expect(outline(d)).toEqual([
      'part 一、|年度主要目标',
      '  section （一）|经济发展目标',
      '    task 1.|地区生产总值增长6%左右',
      '    task 2.|规模以上工业增加值增长7%',
      'part 二、|工作要求',
    ]);
    const first = d.nodes[0].children[0].children[0];
    expect(first.lead).toEqual(['区发展改革局']);
    expect(first.indicators.map((i) => [i.value, i.unit])).toEqual([[6, '%']]);
  });
  it('not: targets without departments stay items; nor does a safeguard point with departments become a task', () => {
    const d = importText(head + `1.地区生产总值增长6%左右。
2.规模以上工业增加值增长7%。
二、保障措施
（一）加强目标考核。
1.建立季度通报制度。（牵头单位：区政府督查室）`, '目标.txt');
    expect(outline(d)).toEqual([
      'part 一、|年度主要目标',
      '  section （一）|经济发展目标',
      '    item 1.|地区生产总值增长6%左右',
      '    item 2.|规模以上工业增加值增长7%',
      'part 二、|保障措施',
      '  section （一）|加强目标考核',
      '    item 1.|建立季度通报制度',
    ]);
  });
});

describe('a 目录 entry broken over two lines by a hard wrap', () => {
  it('the heading line and the line of leaders and page number under it are one entry, both dropped', () => {
    const d = importText(`石桥县文旅融合发展规划
目　录
一、发展基础……………
……1
二、重点任务……………
………3
一、发展基础
全县接待游客年均增长9%。
二、重点任务
1.打造全域旅游品牌。创建省级旅游度假区1个。（责任单位：县文化和旅游局）`, '文旅.txt');
    expect(outline(d)).toEqual([
      'part 一、|发展基础',
      'part 二、|重点任务',
      '  task 1.|打造全域旅游品牌',
    ]);
    expect(d.report!.removed.filter((r) => r.reason.startsWith('目录')).map((r) => r.text)).toEqual(['目　录', '一、发展基础……………', '……1', '二、重点任务……………', '………3']);
  });
  it('not: without a 目录 title, one heading line over a line ending in a number ("5G基站 600") is kept', () => {
    const d = importText(`石桥县信息基础设施建设方案
一、主要指标
5G基站 600
二、重点任务
1.加快5G网络建设。新建5G基站600个。（责任单位：县工业和信息化局）`, '信息.txt');
    expect(outline(d)).toEqual(['part 一、|主要指标', 'part 二、|重点任务', '  task 1.|加快5G网络建设']);
    expect(d.nodes[0].body).toContain('5G基站 600');
    expect(d.report!.removed.filter((r) => r.reason.startsWith('目录'))).toEqual([]);
  });
});

describe('a total said of the thing counted before it', () => {
  const read = (t: string) => findIndicators(t, 2027).map((i) => [i.name, i.value, i.unit, i.comparator]);
  it('"新开通5G基站1500个以上，总数达到3000个以上" is 3000 of 5G基站总数', () => {
    expect(read('新开通5G基站1500个以上，总数达到3000个以上。')).toEqual([['新开通5G基站', 1500, '个', '>='], ['5G基站总数', 3000, '个', '>=']]);
    expect(read('到2027年，新增充电桩2000个，总量达到8000个。')).toEqual([['充电桩', 2000, '个', '='], ['充电桩总量', 8000, '个', '>=']]);
  });
  it('not: a total named with its thing, or one with nothing before it', () => {
    expect(read('全区养老机构床位总数达到5000张。')).toEqual([['养老机构床位总数', 5000, '张', '>=']]);
    expect(read('总数达到3000个以上。')).toEqual([['总数', 3000, '个', '>=']]);
  });
});

describe('a numbered list written in one paragraph under a heading', () => {
  it('"1.…；2.…；3.…。" is the heading\'s text: the heading keeps it and the departments after it', () => {
    const d = importText(`青川区城市更新实施方案
一、重点任务
（一）实施老旧小区改造
1.改造老旧供水管网60公里；2.新建社区服务设施15处；3.完成加装电梯200部。（牵头单位：区住房城乡建设局）
（二）完善公园绿地
（1）建成口袋公园20个；（2）新建绿道30公里。（牵头单位：区城管局）`, '更新.txt');
    expect(outline(d)).toEqual(['part 一、|重点任务', '  task （一）|实施老旧小区改造', '  task （二）|完善公园绿地']);
    expect(d.nodes[0].children.map((n) => n.lead)).toEqual([['区住房城乡建设局'], ['区城管局']]);
    expect(d.nodes[0].children[0].body).toContain('2.新建社区服务设施15处');
  });
  it('not: points on lines of their own, or a first point whose text holds a 2 that is no marker', () => {
    const d = importText(`青川区城市更新实施方案
一、重点任务
（一）实施老旧小区改造
1.改造老旧供水管网60公里，其中主干管2.5公里。（牵头单位：区水务局）
2.新建社区服务设施15处。（牵头单位：区民政局）`, '更新.txt');
    expect(outline(d)).toEqual(['part 一、|重点任务', '  section （一）|实施老旧小区改造', '    task 1.|改造老旧供水管网60公里，其中主干管2.5公里', '    task 2.|新建社区服务设施15处']);
  });
});
