/**
 * Importer leftovers of session 44 (h-imp46): a line with no number after stages that open the body, the count of
 * 阶段 where the stages stand, a text titled by the plan it says it makes (特编制《X》。, 制定《X》。, 科学编制实施《X》，…)
 * with its period, and a 牵头单位 column of zones. Cases in our own words, fictional places; the rule cases fail on
 * 037bd170.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { fits } from '../../shared/importer/cellrows';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const shape = (ns: N[]): string[] => ns.map((n) => `${n.number}|${n.heading}${n.children.length ? `[${shape(n.children).join(' ')}]` : ''}`);

const stages = [
  '青川区2026年背街小巷提升行动方案',
  '第一阶段：动员部署（2026年1月至2月）',
  '制定工作方案，明确责任分工。',
  '第二阶段：集中整治（2026年3月至10月）',
  '完成背街小巷整治40条。',
  '第三阶段：总结验收（2026年11月至12月）',
  '组织验收，总结经验。',
];

describe('a line of words after stages that open the body, over a list numbered 1, is the plan\'s next part (paragraphs.ts headingAfterStages)', () => {
  it('"保障措施" over （一）（二）: beside the stages, holding its list', () => {
    const r = plan([...stages, '保障措施', '（一）加强组织领导。成立区背街小巷提升工作专班。', '（二）强化资金保障。区财政安排专项资金3000万元。'].join('\n'));
    expect(shape(r.nodes)).toEqual(['第一阶段|动员部署（2026年1月至2月）', '第二阶段|集中整治（2026年3月至10月）', '第三阶段|总结验收（2026年11月至12月）', '|保障措施[（一）|加强组织领导 （二）|强化资金保障]']);
  });
  it('"保障措施" over 一、二、: the line is a heading, not the third stage\'s text', () => {
    const r = plan([...stages, '保障措施', '一、加强组织领导。成立区背街小巷提升工作专班。', '二、强化资金保障。区财政安排专项资金3000万元。'].join('\n'));
    expect(r.nodes.map((n) => n.heading)).toEqual(['动员部署（2026年1月至2月）', '集中整治（2026年3月至10月）', '总结验收（2026年11月至12月）', '保障措施']);
    expect(r.nodes[2].body).toBe('组织验收，总结经验。');
    expect(r.nodes[3].children.map((c) => c.number)).toEqual(['一、', '二、']);
  });
  it('a Markdown heading with no number after the stages holds the 一、二、 under it', async () => {
    const md = ['# 青川区2026年背街小巷提升行动方案', '', '## 第一阶段：动员部署', '', '制定工作方案。', '', '## 第二阶段：集中整治', '', '完成整治40条。', '', '## 第三阶段：总结验收', '', '组织验收。', '', '## 保障措施', '', '一、加强组织领导。成立专班。', '', '二、强化资金保障。安排资金3000万元。'].join('\n');
    const r = await importFile({ bytes: new TextEncoder().encode(md), fileName: 'x.md' });
    expect(r.nodes.map((n) => n.heading)).toEqual(['动员部署', '集中整治', '总结验收', '保障措施']);
    expect(r.nodes[3].children.map((c) => c.number)).toEqual(['一、', '二、']);
  });
  it('guards: a stage whose text leads into its list with a colon holds it; a line of words over no list stays text', () => {
    const led = plan([...stages.slice(0, 6), '本阶段重点抓好以下工作：', '一、建立长效机制。制定管护办法。', '二、开展评估验收。形成评估报告。'].join('\n'));
    expect(led.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
    expect(led.nodes[2].children.map((c) => c.number)).toEqual(['一、', '二、']);
    const none = plan([...stages, '南屿县人民政府办公室', '2026年1月8日'].join('\n'));
    expect(none.nodes.map((n) => n.number)).toEqual(['第一阶段', '第二阶段', '第三阶段']);
  });
});

describe('a count of 阶段 counts the stage headings where they stand (selfcheck.ts)', () => {
  const counted = (n: string) => plan([stages[0], `为改善群众出行环境，行动分${n}个阶段实施。`, ...stages.slice(1)].join('\n'));
  const mismatch = (r: ReturnType<typeof plan>) => (r.report?.warnings ?? []).filter((w) => w.code === 'count-mismatch');
  it('"分三个阶段" over three stages at the top level: no count-mismatch', () => {
    expect(mismatch(counted('三'))).toEqual([]);
  });
  it('guard: "分四个阶段" over three stages still warns', () => {
    expect(mismatch(counted('四')).map((w) => w.message)).toEqual([expect.stringContaining('找到 3 个')]);
  });
});

describe('a text with no title line is titled by the plan it says it makes (meta.ts PUBLISHED_NAME)', () => {
  const opening = '云溪区常住人口中老年人占比持续上升，居家社区养老服务需求日益增长，现有设施布局不均、专业人员不足的问题仍较突出，需要统筹谋划、系统推进，补齐短板。';
  const body = ['一、工作目标', '到2028年，社区养老服务设施覆盖率达到100%。', '二、重点任务', '（一）完善社区养老网络。新建老年助餐点30个。（牵头单位：区民政局）'];
  const named = (sentence: string) => plan([opening, sentence, ...body].join('\n')).meta;
  it('"结合我区实际，特编制《X》。": X, not the 《A》 it goes by', () => {
    const m = named('根据《临江市养老服务发展规划（2026—2030年）》，结合我区实际，特编制《云溪区养老服务体系建设三年行动计划（2026—2028年）》。');
    expect(m.title).toBe('云溪区养老服务体系建设三年行动计划（2026—2028年）');
    expect(m.period).toEqual({ start: 2026, end: 2028 });
  });
  it('"依据《A》，制定《X》。": X', () => {
    expect(named('依据《临江市养老服务发展规划（2026—2030年）》，制定《云溪区养老服务体系建设三年行动计划（2026—2028年）》。').title).toBe('云溪区养老服务体系建设三年行动计划（2026—2028年）');
  });
  it('a 十四五 preamble naming its own plan, "科学编制实施《X(2021-2025年)》，对于…具有重大意义": its title and period', () => {
    const r = plan([
      '“十四五”时期，是云溪区在全面建成小康社会之后开启现代化建设新征程的第一个五年，是推动高质量发展的关键五年。科学编制实施《临江市云溪区国民经济和社会发展规划(2021-2025年)》，对于全区开创高质量发展新局面具有重大意义。',
      '第一章 发展基础',
      '“十三五”时期，全区地区生产总值年均增长7%。',
      '第二章 总体要求',
      '坚持稳中求进工作总基调。',
    ].join('\n'));
    expect(r.meta.title).toBe('临江市云溪区国民经济和社会发展规划(2021-2025年)');
    expect(r.meta.period).toEqual({ start: 2021, end: 2025 });
  });
  it('guards: a plan cited and a plan made by 本方案 title nothing; 制定 inside a clause of the work is no naming', () => {
    expect(named('根据《临江市养老服务发展规划（2026—2030年）》，结合我区实际，制定本方案。').title).not.toContain('临江市养老服务发展规划');
    expect(named('区民政局牵头制定《云溪区社区食堂管理办法》，全区建成社区食堂12个。').title).not.toContain('社区食堂管理办法');
  });
});

describe('a 牵头单位 column of zones and platforms is the units column (cellrows.ts fits)', () => {
  it('zones, with an alias in brackets, fit a units column; a task or a figure does not', () => {
    expect(['湖滨新城', '东湖科学城(东湖创新港)', '临港经济开发区（滨江产业园）', '柳塘街道、青林镇'].map((c) => fits('dept', c))).toEqual([true, true, true, true]);
    expect(['建设湖滨新城', '新增商业综合体2个', '湖滨新城要加快商务区开发，建成启用湖滨会展中心。'].map((c) => fits('dept', c))).toEqual([false, false, false]);
  });
  it('a table one cell a line with no 序号 whose units are zones: its rows are read, each led by its zone', () => {
    const r = plan([
      '各镇人民政府、街道办事处，区直各单位：', '',
      '现将2026年《政府工作报告》明确的平台发展重点任务分解如下（详见附件），请认真落实。', '',
      '临江市东湖区人民政府办公室', '', '2026年3月10日', '',
      '附件', '', '2026年《政府工作报告》平台发展任务分解表', '',
      '序号', '', '重点工作任务', '', '牵头领导', '', '牵头单位', '',
      '湖滨新城要加快商务区开发，建成启用湖滨会展中心，年内新开业商业综合体2个。', '', '吴  昕', '', '湖滨新城', '',
      '临港经济开发区要做强智能装备产业，力争规模工业增加值增长10%。', '', '周  航', '', '钱立群', '', '临港经济开发区(滨江产业园)',
    ].join('\n'));
    const tasks = all(r.nodes).filter((n) => n.kind === 'task');
    expect(tasks.map((t) => t.lead)).toEqual([['湖滨新城'], ['临港经济开发区(滨江产业园)']]);
  });
});
