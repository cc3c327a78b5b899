/**
 * The review of session 36's real-plan rules (rev36) found five of them reaching too far; each case here is written in
 * our own words, in another style than the review's input, and failed before its fix (docs/importer-grammar.md
 * "Rules added from real plans (session 36)").
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; body: string; lead: string[]; partners: string[]; children: N[] };
const outline = (ns: N[], depth = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.number}${n.heading}`, ...outline(n.children, depth + 1)]);
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('a one-cell-per-line table whose header has no blank lines: a stray blank line inside a row is no empty cell', () => {
  it('the blank before a row\'s 责任单位 leaves it in its column when the row then fills its columns up to the next 序号', () => {
    const lines = ['南屿县2025年农村人居环境整治任务表', '二、任务分解', '序号', '工作任务', '责任单位', '配合单位', '完成时间',
      '1', '完成农村户厕改造1200户。', '县农业农村局', '各乡镇人民政府', '2025年11月',
      '2', '建成村级污水处理站15座。', '', '县生态环境局', '县水利局', '2025年10月',
      '3', '创建美丽庭院示范户300户。', '县住建局', '各乡镇人民政府', '2025年12月'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 二、任务分解', '  task 1完成农村户厕改造1200户。', '  task 2建成村级污水处理站15座。', '  task 3创建美丽庭院示范户300户。']);
    expect(roles(plan.nodes)).toEqual(['1 县农业农村局|各乡镇人民政府', '2 县生态环境局|县水利局', '3 县住建局|各乡镇人民政府']);
  });
  it('a blank line that is an empty 配合单位 (the row closes on the next 序号 with every column) stays an empty cell', () => {
    const lines = ['南屿县2025年农村人居环境整治任务表', '序号', '工作任务', '责任单位', '配合单位', '完成时间',
      '1', '完成农村户厕改造1200户。', '县农业农村局', '', '2025年11月',
      '2', '建成村级污水处理站15座。', '县生态环境局', '县水利局', '2025年10月'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1 县农业农村局|', '2 县生态环境局|县水利局']);
  });
});

describe('a header naming units and people in one column (责任单位及责任人, 牵头单位/责任人, 责任单位和责任领导) is a department column', () => {
  it('a Markdown table headed 牵头单位/责任人: the units lead', () => {
    const md = ['# 云溪区2025年城市更新重点任务', '', '## 一、重点任务', '', '| 序号 | 重点任务 | 牵头单位/责任人 | 完成时限 |', '|---|---|---|---|',
      '| 1 | 改造老旧街巷18条。 | 区城管局（周强） | 2025年9月底前 |', '| 2 | 新建停车泊位600个。 | 区交通局、区城投公司 | 2025年12月底前 |'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(['part 一、重点任务', '  task 1改造老旧街巷18条。', '  task 2新建停车泊位600个。']);
    expect(roles(plan.nodes)[1]).toBe('2 区交通局、区城投公司|');
    expect(roles(plan.nodes)[0]).toMatch(/^1 区城管局/);
  });
  it('one cell per line, a 责任单位和责任领导 column: the rows are read, the units lead', () => {
    const lines = ['云溪区2025年城市更新重点任务', '序号', '重点任务', '责任单位和责任领导', '完成时限',
      '1', '改造老旧街巷18条。', '区城管局', '2025年9月底前', '2', '新建停车泊位600个。', '区交通局', '2025年12月底前'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1 区城管局|', '2 区交通局|']);
  });
  it('a 责任领导 column alone names people, as before: the 责任单位 column leads', () => {
    const plan = importText(['云溪区2025年城市更新重点任务', ['序号', '重点任务', '责任单位', '责任领导'].join('\t'), ['1', '改造老旧街巷18条。', '区城管局', '周强'].join('\t'), ['2', '新建停车泊位600个。', '区交通局', '李华'].join('\t')].join('\n'), 'x.txt');
    expect(roles(plan.nodes)).toEqual(['1 区城管局|', '2 区交通局|']);
  });
});

describe('a task opening with a bracketed word that is also an index label ("（一）【分类】…") stays a task', () => {
  it('a (一) list under a part, one of its points "【分类】…" with a sentence: all three are tasks, the 分类 one keeps its deadline', () => {
    const lines = ['青川区2025年城乡环境治理工作要点', '一、重点工作', '（一）【分类】推进垃圾分类提质，2025年10月底前实现农村垃圾分类全覆盖。（责任单位：区城管局）',
      '（二）【整治】清理河道沿岸垃圾，巡查常态化。（责任单位：区水务局）', '（三）【绿化】新增城市绿地12公顷。（责任单位：区林业局）'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(outline(plan.nodes).map((l) => l.slice(0, 15))).toEqual(['part 一、重点工作', '  task （一）【分类】推', '  task （二）【整治】清', '  task （三）【绿化】新']);
    const first = all(plan.nodes as N[])[1] as N & { milestones: { date: string }[] };
    expect(first.lead).toEqual(['区城管局']);
    expect(first.milestones.length).toBe(1);
  });
  it('a run of index labels with short values ("1. [分类] …" ⏎ "2. [来源] …") is still the page\'s record', () => {
    const plan = importText(['1. [分类] 城乡建设', '2. [来源] 青川区人民政府办公室', '3. [成文日期] 2025-03-02', '', '青川区2025年城乡环境治理工作要点', '一、重点工作', '（一）推进垃圾分类提质。（责任单位：区城管局）'].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2025-03-02');
    expect(outline(plan.nodes)).toEqual(['part 一、重点工作', '  task （一）推进垃圾分类提质']);
  });
});

describe('a 分类 / 类别 column in a table under a heading: its groups are sections of the heading, or its cell a line of each task', () => {
  it('a Markdown table under "一、" with a 任务类别 merged down (written on a group\'s first row): a section per group', () => {
    const md = ['# 南屿县2025年民生实事', '', '## 一、实事项目', '', '| 序号 | 任务类别 | 项目名称 | 责任单位 |', '|---|---|---|---|',
      '| 1 | 教育 | 新建公办幼儿园2所 | 县教体局 |', '| 2 |  | 改扩建中小学食堂6所 | 县教体局 |', '| 3 | 养老 | 建成乡镇养老服务中心4个 | 县民政局 |'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(['part 一、实事项目', '  section 教育', '    task 1新建公办幼儿园2所', '    task 2改扩建中小学食堂6所', '  section 养老', '    task 3建成乡镇养老服务中心4个']);
  });
  it('one 类别 for every row (no groups): the cell stays a line of each task\'s text, as before', () => {
    const plan = importText(['南屿县2025年民生实事', '二、实事项目', ['序号', '类别', '项目名称', '责任单位'].join('\t'), ['1', '教育', '新建公办幼儿园2所', '县教体局'].join('\t'), ['2', '', '改扩建中小学食堂6所', '县教体局'].join('\t')].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 二、实事项目', '  task 1新建公办幼儿园2所', '  task 2改扩建中小学食堂6所']);
    expect(all(plan.nodes as N[]).slice(1).map((n) => n.body)).toEqual(['类别：教育', '类别：教育']);
  });
});

describe('the year of a one-year plan\'s title', () => {
  const period = (title: string) => importText([title, '一、主要任务', '（一）治理扬尘污染。（牵头单位：区生态环境局）'].join('\n'), 'x.txt').meta.period;
  it('a 行动计划 or 任务清单 closing on （试行） / （暂行） is still a plan of its year', () => {
    expect(period('云溪区2026年数字经济发展行动计划（试行）')).toEqual({ start: 2026, end: 2026 });
    expect(period('南屿县2025年安全生产责任清单(暂行)')).toEqual({ start: 2025, end: 2025 });
  });
  it('a year that dates the meeting a plan carries out (2025年全会, 经济工作会议) is no year of the plan', () => {
    expect(period('青川区贯彻落实2025年市委全会精神实施方案')).not.toEqual({ start: 2025, end: 2025 });
    expect(period('云溪区落实2026年全市经济工作会议精神重点任务分解方案')).not.toEqual({ start: 2026, end: 2026 });
    expect(period('南屿县2025年《政府工作报告》重点任务分解方案')).toEqual({ start: 2025, end: 2025 });
  });
});
