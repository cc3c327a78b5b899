/**
 * General rules of session 28 (h-gen10), each on a small document written here:
 *  - a plan named for its length without its years ("三年攻坚实施方案") takes its period from what its text says the
 *    work is done by ("到2027年"): N years ending then, reported as inferred (corpus 80 had no period);
 *  - the next number of a list run into the lines before ("（一）…。1.完善基" ⏎ "础设施…；" ⏎ "2.增设…") goes on in
 *    that paragraph: a line break before the "2." (a text hard-wrapped narrower than the wrap detection reads) made
 *    it an item (corpus 78 hard-wrapped at 17 characters read one extra item).
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';

const read = (text: string): Promise<PlanDoc> => importFile({ bytes: new TextEncoder().encode(text), fileName: 'plan.txt' });
const outline = (d: PlanDoc) => [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading}`);

describe('a plan named for its length: the period from the year its text says the work is done by', () => {
  const plan = (title: string, goal: string) => [title, '', '为推进工作，结合我区实际，制定本方案。', '', '一、工作目标', '', goal, '',
    '二、主要任务', '', '（一）完善分类投放设施。改造提升分类投放点600个。（牵头单位：区城管局）', '',
    '（二）健全分类收运体系。新增分类运输车辆40辆。（牵头单位：区城管局）'].join('\n');

  it('三年攻坚 + 到2027年 → 2025–2027, reported as inferred', async () => {
    const d = await read(plan('东坪区垃圾分类三年攻坚实施方案', '到2027年，全区生活垃圾回收利用率达到45%。'));
    expect(d.meta.period).toEqual({ start: 2025, end: 2027 });
    const u = d.report!.uncertain.filter((x) => x.field === 'period');
    expect(u).toHaveLength(1);
    expect(u[0].raw).toBe('三年攻坚 + 到2027年');
    expect(u[0].reason).toMatch(/2025.2027/);
  });

  it('several years: the end whose N years hold most of them; a 远景 year after it does not move it', async () => {
    expect((await read(plan('南湖区全民健身提升三年行动计划', '到2025年，新建健身步道20公里；到2026年，…；到2027年，经常参加体育锻炼人数比例达到40%。'))).meta.period)
      .toEqual({ start: 2025, end: 2027 });
    expect((await read(plan('南湖区数字经济五年行动方案', '到2027年，数字经济核心产业增加值占比达到12%；展望到2035年，全面建成数字强区。'))).meta.period)
      .toEqual({ start: 2023, end: 2027 });
  });

  it('not when the title states the period, names no length, or is part of a citation', async () => {
    expect((await read(plan('东坪区城市更新三年行动方案（2024—2026年）', '到2027年，完成老旧小区改造45个。'))).meta.period).toEqual({ start: 2024, end: 2026 });
    expect((await read(plan('东坪区垃圾分类实施方案', '到2027年，全区生活垃圾回收利用率达到45%。'))).meta.period).toBeNull();
    expect((await read(plan('五年规划和二〇三五年远景目标纲要》', '到2027年，全区生活垃圾回收利用率达到45%。'))).meta.period).toBeNull();
  });

  it('not a year of an account (截至2020年底, 到2020年底…已建成) nor the length of another plan the title names (second review)', async () => {
    expect((await read(plan('东坪区垃圾分类三年行动计划', '到2020年底，全区已建成分类投放点300个。到2023年，全区生活垃圾回收利用率达到45%。'))).meta.period).toEqual({ start: 2021, end: 2023 });
    expect((await read(plan('东坪区垃圾分类三年行动计划', '截至2020年底，全区建成分类投放点300个。到2023年，回收利用率达到45%。'))).meta.period).toEqual({ start: 2021, end: 2023 });
    expect((await read(plan('东坪区推进五年专项规划实施的工作方案', '到2030年，全面建成。'))).meta.period).toBeNull();
  });

  it('a plan issued in a known year ends within its length after it: a long-range 到2035年 is no end of a 三年 plan of 2024', async () => {
    const signed = (goal: string) => `${plan('东坪区垃圾分类三年行动计划', goal)}\n\n东坪区人民政府办公室\n2024年3月5日`;
    expect((await read(signed('到2035年，基本建成无废城市。'))).meta.period).toBeNull();
    expect((await read(signed('到2026年，全区生活垃圾回收利用率达到45%；到2035年，基本建成无废城市。'))).meta.period).toEqual({ start: 2024, end: 2026 });
  });
});

describe('a list run into its paragraph stays in it where a line break falls before its next number', () => {
  const head = ['青川区推进城市更新行动实施方案', '', '一、重点任务', ''];
  it('"（一）…。1.完善基" ⏎ "础设施…；" ⏎ "2.增设…": no item 2, the list is the task\'s text', async () => {
    const d = await read([...head,
      '（一）实施老旧小区改造。1.完善基', '础设施，改造老旧供水管网60公里；', '2.增设养老托育等服务设施，新建社', '区嵌入式服务设施15处；3.推进既',
      '有住宅加装电梯。（牵头单位：区住房城乡建设局）', '', '（二）推进街区功能提升。1.改造提升特色商业街区6条；2.整治背街小巷40条。'].join('\n'));
    expect(outline(d)).toEqual(['part 一、|重点任务', '  task （一）|实施老旧小区改造', '  task （二）|推进街区功能提升']);
    expect(d.nodes[0].children[0].body.replace(/\n/g, '')).toContain('60公里；2.增设养老托育等服务设施');
    expect(d.nodes[0].children[0].lead).toEqual(['区住房城乡建设局']);
  });

  it('a list whose "1." opens its own line is read as nodes of its own, as before', async () => {
    const d = await read([...head, '（一）实施老旧小区改造。', '1.完善基础设施，改造老旧供水管网60公里；', '2.增设养老托育等服务设施，新建社区嵌入式服务设施15处。',
      '', '（二）推进街区功能提升。', '1.改造提升特色商业街区6条；', '2.整治背街小巷40条。'].join('\n'));
    // (the points under each （一） are the plan's tasks here: the level that holds the 牵头 lines is absent, as before)
    expect(outline(d).filter((l) => /\s(?:task|item) [12]\.\|/.test(l))).toHaveLength(4);
  });
});
