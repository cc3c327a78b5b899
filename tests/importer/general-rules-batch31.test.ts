/**
 * General rules found by blind batch 31 of the corpus (tests/corpus/docs/249–254, h-gen25; docs/importer-corpus.md,
 * batch 31; docs/importer-grammar.md, "Rules added for batch 31").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on c63e2031, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;

/** A 政府工作报告 分解 of 南屿县 in 一、 groups of unnumbered run-in points, "（A牵头，B配合）" closing most, not all (251 is a
 *  区 方案 with one group and （牵头单位：…；配合单位：…） fields). */
const RUNIN_SOME = [
  '南屿县2026年政府工作报告重点工作分解',
  '一、稳住经济基本盘',
  '抓好项目建设。全年实施县级重点项目60个，完成投资120亿元。（县发展改革局牵头，县财政局、县自然资源局配合）',
  '扩大有效消费。举办促消费活动30场以上。',
  '壮大县域工业。新增规模以上工业企业12家。（县工业和信息化局牵头）',
  '二、办好民生实事',
  '改善群众居住条件。改造老旧小区15个。（县住房和城乡建设局牵头，各镇人民政府配合）',
  '提升养老服务水平。新建农村互助养老点20个。（县民政局负责）',
].join('\n');

describe('unnumbered run-in points of which only some close with their departments are still the group\'s points (paragraphs.ts runInTitles)', () => {
  it('two of three points with a roles bracket, one without: all three are tasks, the third without departments', () => {
    const r = plan(RUNIN_SOME);
    expect(outline(r.nodes)).toEqual([
      'part 一、|稳住经济基本盘',
      '  task |抓好项目建设',
      '  task |扩大有效消费',
      '  task |壮大县域工业',
      'part 二、|办好民生实事',
      '  task |改善群众居住条件',
      '  task |提升养老服务水平',
    ]);
    expect(roles(r.nodes)).toEqual([' 县发展改革局|县财政局、县自然资源局', ' 县工业和信息化局|', ' 县住房和城乡建设局|各镇人民政府', ' 县民政局|']);
    expect(byHeading(r.nodes, '扩大有效消费').body).toContain('举办促消费活动30场以上');
  });
  it('the point without units first: it is a point too, not the heading\'s lead text', () => {
    const r = plan(RUNIN_SOME.replace('抓好项目建设。全年实施县级重点项目60个，完成投资120亿元。（县发展改革局牵头，县财政局、县自然资源局配合）\n扩大有效消费。举办促消费活动30场以上。',
      '扩大有效消费。举办促消费活动30场以上。\n抓好项目建设。全年实施县级重点项目60个，完成投资120亿元。（县发展改革局牵头，县财政局、县自然资源局配合）'));
    expect(outline(r.nodes).slice(0, 4)).toEqual(['part 一、|稳住经济基本盘', '  task |扩大有效消费', '  task |抓好项目建设', '  task |壮大县域工业']);
    expect(byHeading(r.nodes, '稳住经济基本盘').body).toBe('');
  });
  it('guard: one bracket among three run-in paragraphs is no series — they stay the group\'s text', () => {
    const r = plan(RUNIN_SOME.replace('（县工业和信息化局牵头）', ''));
    expect(all(r.nodes).filter((n) => n.kind === 'task').map((n) => n.heading)).toEqual(['改善群众居住条件', '提升养老服务水平']);
    expect(byHeading(r.nodes, '稳住经济基本盘').body).toContain('抓好项目建设。');
  });
  it('guard: a paragraph not in the run-in shape among them still leaves the group as text', () => {
    const r = plan(RUNIN_SOME.replace('扩大有效消费。举办', '我们要以更大力度扩大有效消费，举办'));
    expect(all(r.nodes).filter((n) => n.kind === 'task').map((n) => n.heading)).toEqual(['改善群众居住条件', '提升养老服务水平']);
  });
});

/** A 街道 工作安排 whose 重点工作 are a table of 重点任务 | 牵头单位 only (253 is a 县 方案 of 工作内容 | 责任单位). */
const TWO_COLUMNS = [
  '云溪区桂花街道2026年背街小巷整治工作安排',
  '一、整治目标',
  '全年完成背街小巷整治20条。',
  '二、重点任务',
  '重点任务\t牵头单位',
  '整治背街小巷路面破损\t街道城市管理办公室',
  '规范沿街店铺门头招牌\t街道城市管理办公室、桂花社区',
  '补齐小巷照明设施\t街道社区服务中心',
  '三、工作要求',
  '各社区要落实属地责任，每月报送整治进度。',
].join('\n');

describe('a table of two columns, the work and its units, is a task table (clean.ts twoColumnTables)', () => {
  it('"重点任务⇥牵头单位" and three rows: three unnumbered tasks with their leads', () => {
    const r = plan(TWO_COLUMNS);
    expect(outline(r.nodes)).toEqual([
      'part 一、|整治目标',
      'part 二、|重点任务',
      '  task |整治背街小巷路面破损',
      '  task |规范沿街店铺门头招牌',
      '  task |补齐小巷照明设施',
      'part 三、|工作要求',
    ]);
    expect(roles(r.nodes)).toEqual([' 街道城市管理办公室|', ' 街道城市管理办公室、桂花社区|', ' 街道社区服务中心|']);
  });
  it('guard: lines of one tab under a header that names no units ("时间⇥安排") stay text', () => {
    const r = plan(TWO_COLUMNS.replace('重点任务\t牵头单位', '时间\t安排'));
    expect(all(r.nodes).filter((n) => n.kind === 'task')).toEqual([]);
  });
});

/** A 镇 年度工作计划 whose table ticks months written in Chinese numerals, one month's cell saying what is done then (249
 *  is a 区 工作要点 of 1月…12月 ticked ●, its first row's empty months right under the header). */
const MONTHS = [
  '青禾镇2026年人居环境整治工作计划',
  '一、工作目标',
  '全年完成农村户厕改造300户。',
  '二、重点工作',
  ['序号', '重点工作', '责任单位', '一月', '二月', '三月', '四月', '五月', '六月'].join('\t'),
  ['1', '开展村庄清洁行动', '镇农业服务中心', '√', '√', '', '', '', ''].join('\t'),
  ['2', '实施户厕改造', '镇规划建设办', '', '', '√', '√', '√', '完成验收'].join('\t'),
  ['3', '整治河塘沟渠', '镇水利站（牵头）、各村', '', '√', '√', '', '', ''].join('\t'),
].join('\n');

describe('month columns of a 推进计划 give a one-year plan\'s tasks their year and the months as text (celltable.ts monthsLine; clean.ts positionalRows)', () => {
  it('rows with their empty months in place: each task keeps the months ticked, a month\'s words, and takes the year', () => {
    const r = plan(MONTHS);
    expect(outline(r.nodes)).toEqual([
      'part 一、|工作目标',
      'part 二、|重点工作',
      '  task 1|开展村庄清洁行动',
      '  task 2|实施户厕改造',
      '  task 3|整治河塘沟渠',
    ]);
    expect(roles(r.nodes)).toEqual(['1 镇农业服务中心|', '2 镇规划建设办|', '3 镇水利站|各村']);
    expect(byHeading(r.nodes, '开展村庄清洁行动').body).toBe('推进月份：一月、二月');
    expect(byHeading(r.nodes, '实施户厕改造').body).toBe('推进月份：三月、四月、五月\n六月：完成验收');
    expect(byHeading(r.nodes, '整治河塘沟渠').body).toBe('推进月份：二月、三月');
    for (const h of ['开展村庄清洁行动', '实施户厕改造', '整治河塘沟渠']) expect(byHeading(r.nodes, h).milestones.map((m) => m.year)).toEqual([2026]);
  });
  it('guard: a plan of three years gives no year from its months', () => {
    const r = plan(MONTHS.replace('青禾镇2026年人居环境整治工作计划', '青禾镇人居环境整治三年行动计划（2026—2028年）'));
    expect(byHeading(r.nodes, '开展村庄清洁行动').milestones).toEqual([]);
  });
});

/** A 分工表 copied as text whose last rows lost their tabs (254's .pdf reads so): rows numbered 1, 2, 3. */
const SPACED_ROWS = [
  '临江市东湖区2026年城市管理重点任务分工表',
  ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].join('\t'),
  ['1', '推进垃圾分类示范小区建设', '区城市管理局', '各街道办事处', '2026年10月底'].join('\t'),
  ['2', '整治占道经营', '区城管执法局', '区市场监管局', '2026年6月底'].join('\t'),
  '3 建设智慧停车平台 区交通运输局 区数据局 2026年12月底',
  '4 改造公厕20座 区城市管理局 各街道办事处 2026年9月底',
  '',
  '临江市东湖区人民政府办公室',
  '2026年3月1日',
].join('\n');

describe('rows of a tab-separated task table that go on with spaces for tabs are its rows (clean.ts spacedRowsUnderTabs)', () => {
  it('rows 3 and 4 after two tabbed rows: four tasks with leads, partners and deadlines', () => {
    const r = plan(SPACED_ROWS);
    expect(outline(r.nodes)).toEqual([
      'task 1|推进垃圾分类示范小区建设',
      'task 2|整治占道经营',
      'task 3|建设智慧停车平台',
      'task 4|改造公厕20座',
    ]);
    expect(roles(r.nodes)).toEqual(['1 区城市管理局|各街道办事处', '2 区城管执法局|区市场监管局', '3 区交通运输局|区数据局', '4 区城市管理局|各街道办事处']);
    expect(byHeading(r.nodes, '改造公厕20座').milestones.map((m) => `${m.year}${m.stage}`)).toEqual(['2026完成']);
  });
  it('guard: a line numbered out of turn after the rows ends the table (it is text)', () => {
    const r = plan(SPACED_ROWS.replace('3 建设智慧停车平台', '5 建设智慧停车平台'));
    expect(all(r.nodes).map((n) => n.heading)).toEqual(['推进垃圾分类示范小区建设', '整治占道经营']);
  });
});
