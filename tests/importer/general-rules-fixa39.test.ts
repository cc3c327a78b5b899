/**
 * The review of session 39's rules (rev39 findings 1, 5, 6; docs/importer-grammar.md, "Rules added in session 39
 * (h-left39)"): a year that only names a thing took the targets of its sentence away; a list of names of one length
 * was joined as if wrapped; a word of a task's name opened its measure in a table of two task columns. Each case is
 * written afresh with fictional places, in a style other than h-left39's (general-rules-left39.test.ts); the rule cases
 * fail on 3bace26d, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const indicators = (ns: PlanNode[]) => all(ns).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`));

describe('a year before the plan that names a thing keeps the targets of its sentence, at the plan\'s year (indicators.ts NAMING_YEAR, THING_AFTER_YEAR)', () => {
  it('a 三年行动方案 whose targets follow a clause about an earlier year\'s thing: after a verb (深化, 按照) or opening a 的 clause', () => {
    const p = plan(['南屿县城乡环境整治三年行动方案（2025—2027年）', '一、主要目标',
      '深化2023年省级文明县城创建成果，到2027年县城建成区绿化覆盖率达到43%。',
      '按照2024年市级考核办法，全县生活垃圾回收利用率达到40%。',
      '2023年开工的滨海绿道二期全线贯通，新增绿道里程25公里。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['县城建成区绿化覆盖率 >= 43% 2027', '生活垃圾回收利用率 >= 40% 2027', '绿道里程 = 25公里 2027']);
  });
  it('a 工作要点 of one year with numbered tasks: 延续…, 参照…, a 2025年批复的… clause', () => {
    const p = plan(['云溪区2026年城市更新工作要点', '1.改造老旧街区。延续2025年街区微更新试点做法，全年改造老旧街区12个。',
      '2.推进城中村改造。2025年批复的城中村改造项目全部开工，城中村改造开工率达到100%。',
      '3.提升物业管理。参照2024年市物业服务评价标准，住宅小区物业服务覆盖率达到95%。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['改造老旧街区 = 12个 2026', '城中村改造开工率 >= 100% 2026', '住宅小区物业服务覆盖率 >= 95% 2026']);
  });
  it('guards: a year with what there was that year (2024年全区的…为…, 全区2024年…) stays an account, no target', () => {
    const p = plan(['青川区养老服务体系建设三年行动方案（2025—2027年）', '一、主要目标',
      '2024年全区的养老机构护理型床位占比为52%，到2027年护理型床位占比达到65%。',
      '全区2024年完成适老化改造，改造覆盖率达到45%。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['护理型床位占比 >= 65% 2027']);
  });
});

describe('in a table of two task columns, a word of the name is no opening of the measure (clean.ts twoTaskCells)', () => {
  const rows = (text: string) => all(plan(text).nodes).filter((n) => n.kind === 'task').map((n) => `${n.number}|${n.heading}|${n.body}`);
  it('names whose second piece is 全年, 新增, 完成: the measure opens at the piece of its punctuation; 定期 right before it still opens it', () => {
    expect(rows(['南屿县2026年民生实事任务分解表', '序号 重点任务 具体措施 牵头单位 配合单位 完成时限',
      '1 抓好 全年 背街小巷 整治 每个镇打造示范街巷2条，全年整治背街小巷30条。 县城管局 各镇 2026年11月底',
      '2 扩大 新增 普惠托位 供给 改造社区托育点6个，新增普惠托位300个。 县卫健委 县教育局 2026年12月底',
      '3 如期 完成 燃气管网 更新 更新燃气管道45公里，实现隐患清零。 县住建局 县应急局 2026年10月底',
      '4 强化 燃气 安全 定期 巡检用户燃气设施，发现隐患限期整改。 县住建局 县市场监管局 持续推进'].join('\n'))).toEqual([
      '1|抓好 全年 背街小巷 整治|每个镇打造示范街巷2条，全年整治背街小巷30条。',
      '2|扩大 新增 普惠托位 供给|改造社区托育点6个，新增普惠托位300个。',
      '3|如期 完成 燃气管网 更新|更新燃气管道45公里，实现隐患清零。',
      '4|强化 燃气 安全|定期 巡检用户燃气设施，发现隐患限期整改。',
    ]);
  });
});

describe('a list of names of one length and one kind is no hard-wrapped text (clean.ts narrowWrap)', () => {
  it('a part listing nine centres of 12 characters; an annex listing nine villages of 13 after a 要点\'s points', () => {
    const centres = ['滨江', '云溪', '青禾', '东岭', '西林', '南山', '北塘', '湖畔', '桂苑'].map((s) => `${s}社区居家养老服务中心`);
    const villages = ['东岭村', '西坡村', '南湾村', '北岗村', '上林村', '下湾村', '石桥村', '柳溪村', '竹园村'].map((s) => `青川镇${s}美丽乡村示范点`);
    const body = (p: ReturnType<typeof plan>, heading: string) => all(p.nodes).find((n) => n.heading === heading)?.body;
    const a = plan(['云溪区居家养老服务提升方案', '一、服务网点', ...centres, '二、重点任务', '（一）配齐设施。每个中心配备助浴设备2套。'].join('\n'));
    expect(body(a, '服务网点')).toBe(centres.join('\n'));
    const b = plan(['青川镇2026年和美乡村建设工作要点', '1.整治村庄环境。每村清理积存垃圾，拆除违章搭建。', '2.打造示范村。建成美丽乡村示范点9个。',
      '附件：示范点名单', ...villages].join('\n'));
    expect(body(b, '示范点名单')).toBe(villages.join('\n'));
  });
});
