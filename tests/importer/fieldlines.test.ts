/**
 * The rules the exchange round trip relies on, one by one (shared/importer/fieldlines.ts, shared/importer/repeated.ts):
 * field lines under a node, who a 牵头单位 line belongs to, and annex tables that only repeat the plan.
 */
import { describe, expect, it } from 'vitest';
import { departmentsOf, readFieldLine } from '../../shared/importer/fieldlines.js';
import { fieldLines } from '../../shared/export/markdown.js';
import { emptyNode } from '../../shared/model/plan.js';
import { importFile, importText } from '../../shared/importer/index.js';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';

const md = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'plan.md' });
const find = (doc: PlanDoc, heading: string): PlanNode => {
  const hit = [...walk(doc.nodes)].find(({ node }) => (node.heading + node.body).startsWith(heading));
  if (!hit) throw new Error(`no node ${heading}`);
  return hit.node;
};

describe('field lines', () => {
  it('a 牵头单位/配合单位 line names the lead and the partners', () => {
    expect(readFieldLine('牵头单位：区科委、区经委；配合单位：区财政局')).toMatchObject({ field: 'departments', lead: ['区科委', '区经委'], partners: ['区财政局'] });
    expect(readFieldLine('【牵头单位：区发展改革委；配合单位：区财政局、各街道(镇)】')).toMatchObject({ lead: ['区发展改革委'], partners: ['区财政局', '各街道(镇)'] });
    expect(readFieldLine('配合单位：区政务服务中心')).toMatchObject({ lead: [], partners: ['区政务服务中心'] });
    // "各街道配合": a name followed by 配合 is a partner
    expect(readFieldLine('牵头单位：区住房城乡建设委、区房管局，各街道配合')).toMatchObject({ lead: ['区住房城乡建设委', '区房管局'], partners: ['各街道'] });
  });

  it('a line that says more than departments is no field line', () => {
    expect(readFieldLine('【牵头单位：区经委】围绕大模型等领域，引进一批头部企业。')).toBeNull();
    expect(readFieldLine('牵头单位：区科委；责任单位：各街道。完成时限：2025年6月底前')).toBeNull();
    expect(readFieldLine('推进千兆光网进小区。')).toBeNull();
    expect(readFieldLine('指标：到2025年，全区GDP增长6%。')).toBeNull();
    expect(readFieldLine('主要指标：光纤覆盖率达到95%以上')).toBeNull();
  });

  it('牵头 and 责任 lines of one node: 牵头 leads, 责任 carry it out with the lead; 责任 alone leads', () => {
    const lines = ['牵头单位：区发展改革局', '责任单位：各街道、区经济运行各专班'].map((l) => readFieldLine(l)!);
    expect(departmentsOf(lines)).toEqual({ lead: ['区发展改革局'], partners: ['各街道', '区经济运行各专班'] });
    expect(departmentsOf([readFieldLine('责任单位：区科委')!])).toEqual({ lead: ['区科委'], partners: [] });
  });

  it('a 年度节点 line: one milestone per entry, an entry without text is its own text', () => {
    expect(readFieldLine('年度节点：2025年启动：完成光网改造方案；2026年推进：改造老旧小区光网300个；2026年：试点10个小区；2027年完成')).toEqual({
      field: 'milestones',
      milestones: [
        { year: 2025, stage: '启动', text: '完成光网改造方案' },
        { year: 2026, stage: '推进', text: '改造老旧小区光网300个' },
        { year: 2026, stage: null, text: '试点10个小区' },
        { year: 2027, stage: '完成', text: '2027年完成' },
      ],
    });
    // a text holding a ； and a date of its own (143's 时间节点 cell "2025年6月底前上线8个事项；2025年12月底前全部上线") is one
    // entry: an entry starts with its year, stage and colon, or is them alone
    expect(readFieldLine('年度节点：2025年完成：2025年6月底前上线8个事项；2025年12月底前全部上线；2026年推进；2027年：全面推广')).toEqual({
      field: 'milestones',
      milestones: [
        { year: 2025, stage: '完成', text: '2025年6月底前上线8个事项；2025年12月底前全部上线' },
        { year: 2026, stage: '推进', text: '2026年推进' },
        { year: 2027, stage: null, text: '全面推广' },
      ],
    });
    // the usual schedule sentence is read by the schedule rule, not as a field line
    expect(readFieldLine('时间节点：2025年启动，2026年推进，2027年完成')).toBeNull();
  });

  it('an 指标 line: name, comparator, value, unit and year per entry', () => {
    expect(readFieldLine('指标：千兆光网覆盖率不低于98%（2027年）；数据中心能耗不高于1.3；老旧小区改造数为300个（2026年）')).toEqual({
      field: 'indicators',
      indicators: [
        { name: '千兆光网覆盖率', value: 98, unit: '%', comparator: '>=', year: 2027, text: '千兆光网覆盖率不低于98%（2027年）' },
        { name: '数据中心能耗', value: 1.3, unit: '', comparator: '<=', year: null, text: '数据中心能耗不高于1.3' },
        { name: '老旧小区改造数', value: 300, unit: '个', comparator: '=', year: 2026, text: '老旧小区改造数为300个（2026年）' },
      ],
    });
  });

  it("a node's own field line states the field: sentences, its items and tables add nothing to it", () => {
    const doc = importText([
      '某区三年行动计划', '', '一、主要任务', '', '（一）建设千兆光网', '推进光网改造（责任单位：区通信管理局）。', '牵头单位：区科委；配合单位：区住房城乡建设委',
      '1.推进老旧小区光网改造。', '牵头单位：区房管局', '2.推进商务楼宇光网升级。', '', '二、保障措施', '', '加强组织领导。',
    ].join('\n'));
    const task = find(doc, '建设千兆光网');
    expect([task.lead, task.partners]).toEqual([['区科委'], ['区住房城乡建设委']]);
    expect(find(doc, '推进老旧小区光网改造').lead).toEqual(['区房管局']);
  });

  it('a 牵头单位 line between two points belongs to the point before it; after the last point, to their owner', () => {
    const between = importText(['某区三年行动计划', '', '一、主要任务', '', '（一）建设千兆光网', '', '（1）推进老旧小区光网改造。', '（2）推进商务楼宇光网升级。', '牵头单位：区房管局', '（3）推进园区双千兆覆盖。'].join('\n'));
    expect(find(between, '推进商务楼宇光网升级').lead).toEqual(['区房管局']);
    expect(find(between, '推进老旧小区光网改造').lead).toEqual([]);
    const after = importText(['某区三年行动计划', '', '一、主要任务', '', '（一）建设千兆光网', '', '（1）推进老旧小区光网改造。', '（2）推进商务楼宇光网升级。', '牵头单位：区科委'].join('\n'));
    expect(find(after, '推进商务楼宇光网升级').lead).toEqual([]);
    expect(find(after, '建设千兆光网').lead).toEqual(['区科委']);
  });
});

describe('a short bracketed field line is no web page button (found by the field-lines property)', () => {
  // (the web chrome rules took any 【…】 of up to 8 characters for a button like 【打印】【关闭】: 【牵头单位：区科委】 was
  // removed, and near the end of a document it started the "footer" and everything after it was dropped)
  it('【牵头单位：区科委】 under a task is its departments line, in a text and in Markdown; the tasks after it stay', async () => {
    const lines = ['东湖区推进数字化转型三年行动计划（2025—2027年）', '一、主要任务', '1.建设千兆光网', '【牵头单位：区科委】', '2.建设数据中心', '推进。'];
    for (const doc of [importText(lines.join('\n')), await md(lines.map((l, i) => (i === 0 ? `# ${l}` : i === 1 ? `## ${l}` : /^\d\./.test(l) ? `### ${l}` : l)).join('\n\n'))]) {
      const tasks = doc.nodes[0].children;
      expect(tasks.map((t) => [t.heading, t.body, t.lead])).toEqual([['建设千兆光网', '【牵头单位：区科委】', ['区科委']], ['建设数据中心', '推进。', []]]);
      expect(doc.report!.removed).toEqual([]);
    }
    // (a button stays a button)
    expect(importText([...lines, '【打印】【关闭】'].join('\n')).report!.removed.map((r) => r.text)).toEqual(['【打印】【关闭】']);
  });
});

describe('what the Markdown export writes reads back as written', () => {
  it('departments, milestones and indicators with awkward values', () => {
    const node: PlanNode = {
      ...emptyNode('x', 'item'),
      lead: ['区科委', '各街道(镇)'],
      partners: ['上海联通浦东分公司'],
      milestones: [
        { year: 2025, stage: '启动', text: '' },
        { year: 2025, stage: null, text: '2025年' },
        { year: 2026, stage: null, text: '启动调研：摸清底数' },
        { year: 2026, stage: '推进', text: '完成一期建设。建立40个站点，覆盖率90%' },
        { year: 2027, stage: '完成', text: '2027年完成' },
      ],
      indicators: [
        { name: '为民服务满意度', value: 95, unit: '%', comparator: '>=', year: 2027, text: '为民服务满意度不低于95%（2027年）' },
        { name: '两化融合指数', value: 88.5, unit: '', comparator: '~', year: null, text: '两化融合指数约88.5' },
        { name: '公共数据开放', value: null, unit: '', comparator: '=', year: null, text: '' },
        // a target without a figure keeps its year (printed after its words, as the entries with a figure print theirs)
        { name: '智慧社区覆盖率', value: null, unit: '', comparator: '=', year: 2026, text: '智慧社区覆盖率显著提升' },
      ],
    };
    const back = fieldLines(node).map((l) => readFieldLine(l));
    expect(back).toHaveLength(3);
    expect(back[0]).toMatchObject({ lead: node.lead, partners: node.partners });
    expect(back[1]).toEqual({ field: 'milestones', milestones: node.milestones });
    expect(back[2]).toEqual({ field: 'indicators', indicators: node.indicators });
  });
});

describe('annex tables that only repeat the plan', () => {
  const plan = (cell2026: string) => [
    '# 东湖区数字化转型三年行动计划（2025—2027年）', '',
    '## 一、主要任务', '',
    '### 1.建设千兆光网', '', '推进千兆光网进小区。', '', '牵头单位：区科委', '', '年度节点：2025年启动：完成方案；2026年推进：改造300个小区', '',
    '### 2.建设数据中心', '', '统筹建设区级数据中心。', '',
    '## 附表1　主要任务分解表', '',
    '| 序号 | 重点任务 | 主要内容 | 牵头部门 | 配合部门 | 2025年 | 2026年 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| 1 | 1.建设千兆光网 | 推进千兆光网进小区。 | 区科委 |  | 启动：完成方案 | ${cell2026} |`,
    '| 2 | 2.建设数据中心 | 统筹建设区级数据中心。 |  |  |  |  |',
  ].join('\n');

  it('is read, not kept as an annex, and the report says so', async () => {
    const doc = await md(plan('推进：改造300个小区'));
    expect(doc.nodes.map((n) => n.kind)).toEqual(['part']);
    expect(doc.report!.removed.some((r) => /附表只重复了正文/.test(r.reason) && r.text.includes('主要任务分解表'))).toBe(true);
    expect(find(doc, '建设千兆光网').milestones).toEqual([{ year: 2025, stage: '启动', text: '完成方案' }, { year: 2026, stage: '推进', text: '改造300个小区' }]);
  });

  it('with one cell the plan does not say, it stays an annex', async () => {
    const doc = await md(plan('推进：改造500个小区'));
    expect(doc.nodes.map((n) => n.kind)).toEqual(['part', 'appendix']);
    expect(doc.report!.removed.some((r) => /附表只重复了正文/.test(r.reason))).toBe(false);
  });
});
