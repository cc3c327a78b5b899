/**
 * The second review of session 36's rules (rev36b) on table columns, table groups and one-year titles; each case is
 * written in our own words, in another style than the review's input, and failed before its fix
 * (docs/importer-grammar.md "Rules added from real plans (session 36)").
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; body: string; lead: string[]; partners: string[]; children: N[] };
const outline = (ns: N[], depth = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.number}${n.heading}`, ...outline(n.children, depth + 1)]);
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('a unit word directly before 负责人 / 联系人 / 领导 heads a column of people (the person of the unit)', () => {
  it('a Markdown table: 牵头部门负责人 beside 牵头部门 names no lead, its names stay in the task\'s text', () => {
    const md = ['# 临江市东湖区2025年教育提质重点任务', '', '## 一、重点任务', '', '| 序号 | 重点任务 | 牵头部门 | 牵头部门负责人 | 完成时限 |', '|---|---|---|---|---|',
      '| 1 | 新建幼儿园4所。 | 区教育局 | 孙悦 | 2025年8月底前 |', '| 2 | 改造学校食堂12个。 | 区市场监管局 | 周涛 | 2025年11月底前 |'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(roles(plan.nodes)).toEqual(['1 区教育局|', '2 区市场监管局|']);
    expect(all(plan.nodes).find((n) => n.number === '2')!.body).toContain('牵头部门负责人：周涛');
  });
  it('one cell per line: 责任单位 then 单位联系人 — three tasks, each led by its unit, not by the person', () => {
    const lines = ['南屿县2025年农村供水保障任务表', '二、任务分解', '序号', '工作任务', '责任单位', '单位联系人', '完成时间',
      '1', '改造农村供水管网40公里。', '县水利局', '郑华', '2025年10月',
      '2', '新建村级净水站6座。', '县生态环境局', '何平', '2025年9月',
      '3', '完成水质检测全覆盖。', '县疾控中心', '冯洁', '2025年12月'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 二、任务分解', '  task 1改造农村供水管网40公里。', '  task 2新建村级净水站6座。', '  task 3完成水质检测全覆盖。']);
    expect(roles(plan.nodes)).toEqual(['1 县水利局|', '2 县生态环境局|', '3 县疾控中心|']);
  });
  it('a header joining a township\'s offices to their people (责任站所和责任人) is the lead column', () => {
    const md = ['# 云溪区青石镇2025年重点工作任务', '', '## 一、重点任务', '', '| 序号 | 重点任务 | 责任站所和责任人 | 完成时限 |', '|---|---|---|---|',
      '| 1 | 完成高标准农田建设3000亩。 | 农业服务中心 | 2025年10月底前 |', '| 2 | 整治河道岸线8公里。 | 水利站 | 2025年6月底前 |'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(['part 一、重点任务', '  task 1完成高标准农田建设3000亩。', '  task 2整治河道岸线8公里。']);
    expect(roles(plan.nodes)).toEqual(['1 农业服务中心|', '2 水利站|']);
  });
});

describe('a task table\'s 类别 column under a heading', () => {
  it('a grouped table continued after 续表 (its header repeated) goes on in its groups', () => {
    const md = ['# 南屿县2025年民生实事推进方案', '', '## 一、民生实事', '', '| 序号 | 分类 | 重点任务 | 责任单位 | 完成时限 |', '|---|---|---|---|---|',
      '| 1 | 教育 | 新建公办幼儿园2所。 | 县教育局 | 2025年9月底前 |', '| 2 | 医疗 | 建成县域医共体信息平台。 | 县卫健局 | 2025年12月底前 |',
      '', '续表', '', '| 序号 | 分类 | 重点任务 | 责任单位 | 完成时限 |', '|---|---|---|---|---|',
      '| 3 | 医疗 | 改造乡镇卫生院5家。 | 县卫健局 | 2025年11月底前 |', '| 4 | 养老 | 新增养老床位200张。 | 县民政局 | 2025年12月底前 |',
      '', '## 二、保障措施', '', '强化督查考核。'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(['part 一、民生实事', '  section 教育', '    task 1新建公办幼儿园2所。', '  section 医疗', '    task 2建成县域医共体信息平台。',
      '    task 3改造乡镇卫生院5家。', '  section 养老', '    task 4新增养老床位200张。', 'part 二、保障措施']);
    expect((plan.report?.warnings ?? []).filter((w) => w.code === 'table-row-unmatched')).toEqual([]);
  });
  it('a 类别 value that comes back after another is no group: the rows stay tasks in their order, 类别 in their text', () => {
    const md = ['# 青川区2025年重点项目推进方案', '', '## 一、重点项目', '', '| 序号 | 类别 | 项目名称 | 责任单位 | 完成时限 |', '|---|---|---|---|---|',
      '| 1 | 城区 | 青川路拓宽工程 | 区交通局 | 2025年12月底前 |', '| 2 | 农村 | 乡村客运站改造 | 区交通局 | 2025年9月底前 |',
      '| 3 | 城区 | 滨河步道建设 | 区城管局 | 2025年10月底前 |'];
    const plan = importText(md.join('\n'), 'x.md');
    expect(outline(plan.nodes)).toEqual(['part 一、重点项目', '  task 1青川路拓宽工程', '  task 2乡村客运站改造', '  task 3滨河步道建设']);
    expect(all(plan.nodes).filter((n) => n.kind === 'task').map((n) => n.body.split('\n')[0])).toEqual(['类别：城区', '类别：农村', '类别：城区']);
  });
  it('so in a plan that is only its table: no parts 城区, 农村, 城区', () => {
    const lines = ['南屿县2025年重点项目清单', '', '序号\t类别\t项目名称\t责任单位\t完成时限', '1\t城区\t南屿大道拓宽工程\t县交通局\t2025年12月底前',
      '2\t农村\t乡镇客运站改造\t县交通局\t2025年9月底前', '3\t城区\t滨河步道建设\t县城管局\t2025年10月底前'];
    const plan = importText(lines.join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['task 1南屿大道拓宽工程', 'task 2乡镇客运站改造', 'task 3滨河步道建设']);
    expect(plan.nodes.map((n) => n.body.split('\n')[0])).toEqual(['类别：城区', '类别：农村', '类别：城区']);
  });
});

describe('a year before a meeting is the meeting\'s only where the plan carries out its spirit or decisions', () => {
  const period = (title: string) => importText([title, '一、主要任务', '（一）做好筹备组织。（牵头单位：区政府办公室）'].join('\n'), 'x.txt').meta.period;
  it('a meeting that is the plan\'s own work (提案办理, 运动大会) dates the plan', () => {
    expect(period('临江市东湖区关于做好2025年区政协会议提案办理的工作方案')).toEqual({ start: 2025, end: 2025 });
    expect(period('南屿县2026年第十届农民运动大会实施方案')).toEqual({ start: 2026, end: 2026 });
  });
  it('学习 / 贯彻 a meeting, or its 精神 / 部署, is still the meeting\'s year (a guard: so before too)', () => {
    expect(period('云溪区学习贯彻2025年区委全会部署工作方案')).toBeNull();
    expect(period('青川区2025年市委经济工作会议精神落实方案')).toBeNull();
  });
});
