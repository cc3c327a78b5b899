/**
 * General rules found by blind batch 34 of the corpus (tests/corpus/docs/297–303, h-gen28; docs/importer-corpus.md,
 * batch 34; docs/importer-grammar.md, "Rules added for batch 34").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on 981d9d0b, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const indicators = (n: N) => n.indicators.map((i) => `${i.name}=${i.value}${i.unit}`);
const years = (n: N) => n.milestones.map((m) => `${m.year}${m.stage ?? ''}`);

/** A 街道 task table whose merged cells are typed 同上 (297 is a 区 城市更新 table of 牵头单位 and 配合单位). */
const DITTO = [
  '青川区东门街道2026年平安建设工作安排',
  '一、工作目标',
  '全年刑事案件发案数同比下降5%。',
  '二、重点工作',
  '序号\t工作内容\t责任科室\t完成时间',
  '1\t开展出租屋消防安全检查\t街道应急办\t2026年6月底',
  '2\t整治电动自行车违规充电\t同上\t同上',
  '3\t推进社区网格员队伍建设\t街道综治中心\t2026年9月底',
  '4\t组织平安建设宣传月活动\t同上。\t2026年5月底',
].join('\n');

describe('a merged cell written 同上 / 同左 (paragraphs.ts fillDittoCells)', () => {
  it('同上 takes the cell above in its column: the unit and the date of the row above', () => {
    const r = plan(DITTO);
    expect(byHeading(r.nodes, '整治电动自行车违规充电').lead).toEqual(['街道应急办']);
    expect(years(byHeading(r.nodes, '整治电动自行车违规充电'))).toEqual(years(byHeading(r.nodes, '开展出租屋消防安全检查')));
    expect(byHeading(r.nodes, '组织平安建设宣传月活动').lead).toEqual(['街道综治中心']);
  });
  it('同左 takes the cell before it in its row: a year\'s step the same as the year before', () => {
    const r = plan(['云溪区垃圾分类三年行动计划（2026—2027年）', '一、重点任务', '序号\t任务\t2026年\t2027年\t责任单位', '1\t推进小区垃圾分类\t完成10个小区\t同左\t区城市管理局', '2\t建设再生资源回收站\t建成2座\t建成3座\t区商务局'].join('\n'));
    const m = byHeading(r.nodes, '推进小区垃圾分类').milestones.find((x) => x.year === 2027);
    expect(m?.text).toContain('完成10个小区');
  });
  it('a 同上 with nothing above it stays as written (guard)', () => {
    const r = plan(DITTO.replace('1\t开展出租屋消防安全检查\t街道应急办', '1\t开展出租屋消防安全检查\t同上'));
    expect(r.nodes.length).toBeGreaterThan(0);
    expect(byHeading(r.nodes, '开展出租屋消防安全检查').lead).not.toContain('街道应急办');
  });
});

/** A 县 要点 whose points close with "牵头：…；时限：…" (298 is a 镇 方案 of short-named offices). */
const SHORT_DEADLINE = [
  '南屿县2026年文化旅游工作要点',
  '一、重点任务',
  '（一）建设县博物馆新馆。完成主体工程。牵头：县文化和旅游局；时限：2026年10月底前。',
  '（二）打造南屿古镇夜游线路。新增夜间文旅消费集聚区1个。牵头：县商务局；时限：2026年6月底前。',
  '二、保障措施',
  '加强资金保障。',
].join('\n');

describe('时限 is a deadline label (labels.ts DEADLINE_LABELS)', () => {
  it('"时限：2026年10月底前" is the task\'s deadline', () => {
    const r = plan(SHORT_DEADLINE);
    expect(years(byHeading(r.nodes, '建设县博物馆新馆'))).toEqual(['2026完成']);
    expect(years(byHeading(r.nodes, '打造南屿古镇夜游线路'))).toEqual(['2026完成']);
  });
});

describe('a name opening with 和 as a word (indicators.ts CLAUSE_START)', () => {
  it('"建成和谐社区示范点6个" counts 和谐社区示范点; "和Y" after a list is still no name (guard)', () => {
    const r = plan(['云溪区东湖街道2026年社区建设工作计划', '一、重点工作', '（一）推进社区治理。建成和谐社区示范点6个。（责任单位：街道社区办）'].join('\n'));
    expect(indicators(byHeading(r.nodes, '推进社区治理'))).toContain('和谐社区示范点=6个');
  });
});

/** A 区 规划 with English headings (299 is a 开发区's 工作计划 with English lines under its parts). */
const ENGLISH = [
  '东湖区国际化社区建设三年行动计划（2026—2028年）',
  'Donghu District Three-Year Action Plan for International Communities',
  '2026年3月2日',
  '一、总体目标 Overall Goals',
  '到2028年，建成国际化示范社区8个。',
  '二、重点任务 Key Tasks',
  '（一）完善多语种服务 Multilingual Services',
  '在社区服务中心设置外语服务窗口20个。（责任单位：区外办）',
  '（二）建设国际人才公寓 Housing',
  '筹集国际人才公寓500套。（责任单位：区住房城乡建设局）',
  '（三）推广 IPv6',
  '完成社区网络改造。（责任单位：区数据局）',
].join('\n');

describe('a heading followed by its English (paragraphs.ts ENGLISH_TAIL) and a title\'s English line (meta.ts LATIN_LINE)', () => {
  it('the heading is the Chinese, the English its text', () => {
    const r = plan(ENGLISH);
    expect(outline(r.nodes).slice(0, 4)).toEqual(['part 一、|总体目标', 'part 二、|重点任务', '  task （一）|完善多语种服务', '  task （二）|建设国际人才公寓']);
    expect(byHeading(r.nodes, '完善多语种服务').body.startsWith('Multilingual Services')).toBe(true);
  });
  it('the date under the title\'s English line is the plan\'s', () => {
    expect(plan(ENGLISH).meta.issuedOn).toBe('2026-03-02');
  });
  it('one Latin word that is an acronym or a term stays in the heading (guard)', () => {
    expect(byHeading(plan(ENGLISH).nodes, '推广 IPv6') ?? byHeading(plan(ENGLISH).nodes, '推广IPv6')).toBeTruthy();
  });
});

/** A scanned 街道 计划 (300 is a 县 要点 with letter-spaced headings). */
const SCANNED = [
  '青 川 区 南 湖 街 道 2 0 2 6 年 工 作 计 划',
  '一、 重 点 工 作',
  '1. 改造老旧小区。完成改造 1 2 个，二〇二六年 9 月底前完成。（责任单位：街道城建办）',
  '2. 新增养老床位。新增 1 5 0 张。（责任单位：街道民政科）',
  '南屿区南湖街道办事处',
].join('\n');

describe('a text recognised from a scan (clean.ts closeScanSpacing, celltable.ts digitView)', () => {
  it('letter-spaced lines and spaced figures are closed up; a Chinese-digit year dates the deadline', () => {
    const r = plan(SCANNED);
    expect(r.meta.title).toBe('青川区南湖街道2026年工作计划');
    expect(outline(r.nodes)[0]).toBe('part 一、|重点工作');
    expect(indicators(byHeading(r.nodes, '新增养老床位'))).toContain('养老床位=150张');
    expect(years(byHeading(r.nodes, '改造老旧小区'))).toContain('2026完成');
  });
  it('a document without the trait keeps its spaces (guard: one "第 3 批" is no scan)', () => {
    const r = plan(['临江市2026年工作要点', '一、重点工作', '1.推进试点。开展第 3 批试点。（责任单位：市发展改革委）'].join('\n'));
    expect(byHeading(r.nodes, '推进试点').body).toContain('第 3 批');
  });
  it('a year in Chinese digits dates a deadline in a text typed so (not a scan)', () => {
    const r = plan(['云溪区城市更新三年行动方案（2026—2028年）', '一、主要任务', '（一）建设滨江公园。二〇二七年底前建成滨江公园。（责任单位：区城市管理局）'].join('\n'));
    expect(years(byHeading(r.nodes, '建设滨江公园'))).toContain('2027完成');
  });
});

/** A 县 整治方案 whose stages are unbracketed headings (302 is a 区 “无废城市” 方案 with 阶段目标 lines). */
const STAGES = [
  '南屿县餐饮油烟专项整治方案（2026—2027年）',
  '一、整治阶段与任务',
  '第一阶段 排查摸底（2026年3月—5月）',
  '（一）建立餐饮单位台账。逐户登记油烟净化设施情况。（责任单位：县市场监管局）',
  '第二阶段 评估验收（2027年3月—6月）',
  '（二）开展整治效果评估。委托第三方开展评估。（责任单位：县生态环境局）',
  '二、保障措施',
  '加强部门协作。',
].join('\n');

describe('a stage heading 第X阶段 over its work (grammar.ts rule stage; levels.ts namesStage; enrich.ts)', () => {
  it('the stages are sections, their points tasks with the stage\'s year — 评估 in a stage\'s name no evaluation frame', () => {
    const r = plan(STAGES);
    expect(outline(r.nodes)).toEqual([
      'part 一、|整治阶段与任务',
      '  section 第一阶段|排查摸底（2026年3月—5月）',
      '    task （一）|建立餐饮单位台账',
      '  section 第二阶段|评估验收（2027年3月—6月）',
      '    task （二）|开展整治效果评估',
      'part 二、|保障措施',
    ]);
    expect(years(byHeading(r.nodes, '建立餐饮单位台账'))).toEqual(['2026']);
    expect(years(byHeading(r.nodes, '开展整治效果评估'))).toEqual(['2027']);
  });
  it('a stage written out with its sentence stays text, as its piece broken off does (guard)', () => {
    const r = plan(['南屿县2026年防汛工作方案', '一、工作步骤', '第一阶段（2026年3月—4月）：动员部署。各乡镇制定方案。', '第二阶段（2026年5月—9月）', '：全面实施。', '二、保障措施', '加强值守。'].join('\n'));
    expect(outline(r.nodes)).toEqual(['part 一、|工作步骤', 'part 二、|保障措施']);
  });
});

describe('what is counted after an attribute with a figure, or after a list of quoted terms (indicators.ts)', () => {
  it('"新建日处理能力2万吨的污水处理厂1座" counts 污水处理厂; "“A”“B”等“C”50个" counts “C”', () => {
    const r = plan(['青川区2026年生态环境工作要点', '一、重点任务', '1.补齐污水处理短板。新建日处理能力2万吨的污水处理厂1座。（责任单位：区水务局）', '2.推进绿色创建。创建“绿色学校”“绿色家庭”等“绿色细胞”50个。（责任单位：区生态环境局）'].join('\n'));
    expect(indicators(byHeading(r.nodes, '补齐污水处理短板'))).toContain('污水处理厂=1座');
    expect(indicators(byHeading(r.nodes, '推进绿色创建')).some((s) => s.includes('绿色细胞') && s.endsWith('=50个'))).toBe(true);
  });
});

describe('年度安排 is a schedule label (labels.ts SCHEDULE_LABELS)', () => {
  it('"年度安排：" over "2026年：…" lines gives each year its milestone, whatever the verb', () => {
    const r = plan(['临江市东湖区养老服务体系建设三年行动计划（2026—2028年）', '一、重点任务', '（一）发展社区助餐', '扩大老年助餐服务覆盖面。', '年度安排：', '2026年：新增助餐点10个；', '2027年：新增助餐点15个；', '2028年：助餐服务覆盖全部社区。', '责任单位：区民政局。'].join('\n'));
    expect(years(byHeading(r.nodes, '发展社区助餐')).map((y) => y.slice(0, 4))).toEqual(['2026', '2027', '2028']);
  });
});
