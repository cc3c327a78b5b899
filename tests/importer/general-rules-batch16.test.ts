/**
 * General rules of the importer's batch 16 round (docs/importer-grammar.md, "Rules added for batch 16"): the gaps the
 * third blind batch 81–86 found (one-character numbers, the 牵头工作 groups' outline and a point run on after an
 * annotation are cases in tests/corpus/rules.ts). Not general-rules-b16.test.ts: that file holds the rules added after
 * batch 15.
 */
import { describe, expect, it } from 'vitest';
import { textMilestones } from '../../shared/importer/celltable';
import { findResponsibility, groupLead } from '../../shared/importer/departments';
import { importText } from '../../shared/importer/index';

describe('a deadline in any words: a year with 前, or a year and month with a verb of completion', () => {
  it('reads the year as a 完成 milestone whatever the verb after 前', () => {
    for (const s of ['完善城乡供水设施，2025年底前实现城乡供水一体化全覆盖。', '开展规划编制工作，2025年12月底前形成规划纲要草案。', '改造燃气管道18公里，2025年底前全部完成。', '2025年10月底前全部完工。', '新建中小学3所，2025年9月投入使用。']) {
      expect(textMilestones(s).map((m) => [m.year, m.stage]), s).toEqual([[2025, '完成']]);
    }
  });
  it('开工 before the deadline starts the work', () => {
    expect(textMilestones('2026年6月底前开工建设污水处理厂二期。').map((m) => [m.year, m.stage])).toEqual([[2026, '启动']]);
  });
  it('is not an account, a start or what was built by then', () => {
    for (const s of ['截至2024年底前累计建成基站800个。', '2019年底前建成的老旧小区纳入改造范围。', '自2024年9月起实行错峰收运。', '2023年已建成区级数据中心。', '2025年9月召开推进会。']) {
      expect(textMilestones(s), s).toEqual([]);
    }
  });
});

describe('roles said in other words: 主办/协办, 总牵头, 负责落实, a 任务分工 label, a note after the roles', () => {
  const roles = (t: string) => { const r = findResponsibility(t); return r && { lead: [...r.lead], partners: [...r.partners] }; };
  it('主办 leads, 协办 helps (黑龙江 分工意见)', () => {
    expect(roles('一般公共预算收入增长5%。（县财政局主办，县税务局、县统计局协办）')).toEqual({ lead: ['县财政局'], partners: ['县税务局', '县统计局'] });
  });
  it('协办 closing a name is part of it when what is before is no department (区政协办: the 区政协\'s office)', async () => {
    const { readFieldLine } = await import('../../shared/importer/fieldlines');
    expect(readFieldLine('配合单位：区政协办、区人大办')).toMatchObject({ partners: ['区政协办', '区人大办'] });
    expect(roles('加强民主监督。（责任单位：区政府办，区政协办配合）')).toEqual({ lead: ['区政府办'], partners: ['区政协办'] });
    expect(roles('加强民主监督。（牵头单位：区政府办；配合单位：区政协办）')).toEqual({ lead: ['区政府办'], partners: ['区政协办'] });
  });
  it('a 任务分工 line: the leader passed over, the unit 总牵头 leads', () => {
    expect(roles('工作要求：稳步提高粮食综合生产能力。\n任务分工：赵明远副县长负责，县农业农村局总牵头。')).toEqual({ lead: ['县农业农村局'], partners: [] });
  });
  it('units that 负责落实 after a lead carry the work out with it; a note after the roles\' sentence is passed over', () => {
    expect(roles('新建污水管网25公里。[区水务局牵头，区财政局配合，各镇街负责落实。以下各项均需各镇街落实，不再列出]')).toEqual({ lead: ['区水务局'], partners: ['区财政局', '各镇街'] });
  });
});

describe('牵头责任单位 and 协同责任单位 (安徽: 牵头负责领导 / 牵头责任单位 / 协同责任单位 under each point)', () => {
  const roles = (t: string) => { const r = findResponsibility(t); return r && { lead: [...r.lead], partners: [...r.partners] }; };
  it('in one bracket: the 责任单位 of 协同责任单位 is no lead label', () => {
    expect(roles('推进老旧小区改造。（牵头责任单位：县住房城乡建设局；协同责任单位：县财政局、县城投公司）')).toEqual({ lead: ['县住房城乡建设局'], partners: ['县财政局', '县城投公司'] });
  });
  it('as field lines under a point, after the leader (a person, kept as text)', async () => {
    const { importText } = await import('../../shared/importer/index');
    const d = importText(`桐川县2025年县政府重点工作任务
一、扎实推进产业发展
1.推进新材料产业园扩区提质。新建标准化厂房10万平方米。
牵头负责领导：周建平。
牵头责任单位：县经开区管委会。
协同责任单位：县自然资源和规划局、县投资促进中心。
2.加快现代农业示范区建设。新建高标准农田2万亩。
牵头负责领导：刘志强。
牵头责任单位：县农业农村局。
协同责任单位：县财政局。`);
    const t = d.nodes[0].children;
    expect(t.map((n) => [n.kind, n.lead, n.partners])).toEqual([
      ['task', ['县经开区管委会'], ['县自然资源和规划局', '县投资促进中心']],
      ['task', ['县农业农村局'], ['县财政局']],
    ]);
    expect(t[0].body).toContain('牵头负责领导：周建平');
  });
});

describe('a 任务清单 grouped by lead unit (山西 沁县: "一、县示范区管委会牵头工作（8项）")', () => {
  it('the heading names the lead; a person\'s group names none', () => {
    expect(groupLead('区发展改革局牵头工作（4项）')).toEqual(['区发展改革局']);
    expect(groupLead('区教育局负责事项')).toEqual(['区教育局']);
    expect(groupLead('潘东旭市长负责事项（共9项）')).toBeNull();
    expect(groupLead('加强组织领导')).toBeNull();
  });
  it('every task under it takes that unit as its lead, beside the partners it names', () => {
    const d = importText(`2025年区政府工作报告任务清单
一、区民政局牵头工作（2项）
1.新增养老床位200张。（配合单位：各街道办事处）
2.建成社区托育点6个。
二、区教育局牵头工作（1项）
1.新增学位2700个。（牵头单位：区发展改革局）`);
    expect(d.nodes.flatMap((p) => p.children.map((t) => [t.kind, t.lead, t.partners]))).toEqual([
      ['task', ['区民政局'], ['各街道办事处']],
      ['task', ['区民政局'], []],
      ['task', ['区发展改革局'], []],
    ]);
  });
});

describe('a 责任单位 field line whose second clause closes with 配合', () => {
  it('every unit of that clause helps, as in an annotation', async () => {
    const { readFieldLine } = await import('../../shared/importer/fieldlines');
    expect(readFieldLine('（责任单位：区农业农村局，区市场监管局、区文化和旅游局配合）')).toMatchObject({ lead: ['区农业农村局'], partners: ['区市场监管局', '区文化和旅游局'] });
  });
});

describe('an indicator named after two verbs joined by 和 ("新增和恢复有效灌溉面积3万亩")', () => {
  it('is read from its second verb: the object is the name', async () => {
    const { findIndicators } = await import('../../shared/importer/indicators');
    expect(findIndicators('新增和恢复有效灌溉面积3万亩。', null).map((i) => [i.name, i.value, i.unit])).toEqual([['有效灌溉面积', 3, '万亩']]);
    expect(findIndicators('新建和扩建公共停车场5处。', null).map((i) => [i.name, i.value, i.unit])).toEqual([['公共停车场', 5, '处']]);
  });
});

describe('a column of a body task table the grammar does not read (任务来源, 备注 …)', () => {
  it('stays the task\'s text under its header: nothing entered is lost', () => {
    const d = importText(`东湖区2025年重点工作清单
一、重点任务
序号\t重点工作\t牵头单位\t任务来源\t备注
1\t新增学位900个。\t区教育局\t区政府工作报告\t
2\t新建口袋公园10个。\t区城管局\t民生实事\t结合城市更新`);
    expect(d.nodes[0].children.map((t) => [t.heading, t.lead, t.body])).toEqual([
      ['新增学位900个。', ['区教育局'], '任务来源：区政府工作报告'],
      ['新建口袋公园10个。', ['区城管局'], '任务来源：民生实事\n备注：结合城市更新'],
    ]);
  });
});
