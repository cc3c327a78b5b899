/**
 * General rules found by blind batch 25 of the corpus (tests/corpus/docs/176–181; docs/importer-corpus.md, batch 25;
 * docs/importer-grammar.md, "Rules added for batch 25").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);
const years = (n: N | undefined) => (n?.milestones ?? []).map((m) => m.year);

describe('month lines over each month\'s numbered work are headings (176: "1月" … "12月" over 1. 2.)', () => {
  // a 社区 plan writing its months in Chinese with 份 and a colon, its points (一)(二) afresh under each
  const text = [
    '南屿县青林社区2026年工作安排',
    '一、全年目标',
    '全年新增志愿者120人。',
    '二、逐月安排',
    '一月份：',
    '（一）开展元旦春节走访慰问。（责任单位：社区居委会）',
    '（二）排查辖区出租屋消防隐患。',
    '二月份：',
    '（一）组织元宵节邻里文化活动。',
    '三月份：',
    '（一）开展学雷锋志愿服务月活动。',
    '（二）完成网格员业务培训。',
    '三、工作要求',
    '各网格按月报送工作进展。',
  ].join('\n');
  it('each month line is an unnumbered heading holding that month\'s points', () => {
    const o = outline(plan(text).nodes).join('\n');
    expect(o).toContain('  section |一月份\n    ');
    expect(o).toContain('  section |二月份\n    ');
    expect(o).toContain('  section |三月份\n    ');
    expect(o).not.toMatch(/part \(一\)|part （一）/);
  });
  it('a single month line, or one followed by text (a schedule), stays text', () => {
    const one = ['青川区2026年河长制工作计划', '一、重点工作', '6月', '1.开展汛前河道清障。', '2.完成入河排污口排查。', '二、工作要求', '按时报送。'].join('\n');
    expect(all(plan(one).nodes).map((n) => n.heading)).not.toContain('6月');
    const sched = ['青川区2026年河长制工作计划', '一、进度安排', '3月', '完成方案编制。', '6月', '完成排查。', '二、工作要求', '按时报送。'].join('\n');
    expect(all(plan(sched).nodes).map((n) => n.heading)).not.toContain('3月');
  });
});

describe('a table headed by the content and the time limit of a kind of work (177: 整治内容 / 整治标准 / 整治时限)', () => {
  // a 问题整改 方案 whose table is headed 整改内容 / 整改标准 / 整改期限
  const text = [
    '云溪区2026年生态环境问题整改工作方案',
    '一、整改目标',
    '2026年底前完成全部问题整改销号。',
    '二、整改任务',
    '序号\t整改内容\t整改标准\t责任单位\t整改期限',
    '1\t河道沿岸垃圾清理\t沿岸无垃圾堆放\t区水务局、各街道办事处\t2026年5月底前',
    '2\t餐饮油烟治理\t油烟净化设施安装率100%\t区城管局\t2026年9月底前',
    '3\t工地扬尘管控\t围挡、覆盖、冲洗全部到位\t区住建局\t2026年6月底前',
    '三、保障措施',
    '（一）加强组织领导。成立整改工作专班。',
  ].join('\n');
  it('the first content column names the rows, the second is their text, the 期限 their year', () => {
    const nodes = plan(text).nodes;
    const t = byHeading(nodes, '餐饮油烟治理');
    expect(t).toMatchObject({ kind: 'task', number: '2', lead: ['区城管局'] });
    expect(t?.body).toContain('油烟净化设施安装率100%');
    expect(years(byHeading(nodes, '工地扬尘管控'))).toContain(2026);
  });
});

describe('a mark before a table row\'s task words (179: "★推行…" in the 改革事项 cell)', () => {
  // a 重点任务 table marking its key tasks with ▲, the mark explained under the title
  const text = [
    '青川区2026年数字政府建设工作要点',
    '（标注▲的为年度重点攻坚任务）',
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '1\t▲建设区级数据共享交换平台\t区数据局\t区财政局\t2026年9月底前',
    '2\t推进政务服务“掌上办”\t区政务服务中心\t区数据局\t2026年12月底前',
    '3\t▲ 开展公共数据授权运营试点\t区数据局\t区发改局\t2026年11月底前',
  ].join('\n');
  it('the task is named by its words; the mark stays in its text', () => {
    const nodes = plan(text).nodes;
    const t = byHeading(nodes, '建设区级数据共享交换平台');
    expect(t).toMatchObject({ kind: 'task', number: '1', lead: ['区数据局'], partners: ['区财政局'] });
    expect(t?.body?.split('\n')[0]).toBe('▲');
    expect(byHeading(nodes, '开展公共数据授权运营试点')).toMatchObject({ kind: 'task', number: '3' });
  });
});

describe('a title naming a year and ending in 清单 is a plan of that year (179: …2026年优化营商环境改革事项清单)', () => {
  it('2026年…问题清单 → 2026', () => {
    const text = ['南屿县2026年安全生产重点问题整改清单', '一、道路交通', '1.整治农村公路临水临崖路段。（责任单位：县交通运输局）', '二、消防安全', '2.整改高层住宅消防通道占用问题。（责任单位：县消防救援大队）'].join('\n');
    expect(plan(text).meta.period).toEqual({ start: 2026, end: 2026 });
  });
});
