/**
 * What session 40 left in the importer's indicators and milestones (docs/importer-grammar.md, "Rules added in session 41
 * (h-imp41a)"): a change against a base year beside its level; a year said after an indicator's name; one figure said of
 * two years; 新改建 and the other contracted pairs of building verbs; a thing built by a deadline then handed on to be
 * run; the stage of a one-year plan's task whose months or quarters are ticked. Each case is written afresh, with
 * fictional places, in the styles a planner meets (行动计划 prose, 任务分解表 rows, 工作要点 points); the 12 rule cases fail
 * on b65b9aba, the 3 guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const indicators = (text: string) => all(plan(text).nodes).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`));
const ms = (text: string) => all(plan(text).nodes).filter((n) => n.milestones.length).map((n) => `${n.heading}: ${n.milestones.map((m) => `${m.year} ${m.stage ?? '-'} ${m.text}`).join(' | ')}`);

describe('a change against a base year said beside the level it reaches is that level, no indicator of its own (indicators.ts BASE_ONLY, CHANGE_NAME)', () => {
  it('a 行动方案\'s tasks: the level first, then its change from 2025 ("较2025年提高10个百分点", "比2025年提高5个百分点")', () => {
    expect(indicators(['云溪区卫生健康事业发展行动方案（2026—2028年）', '一、重点任务',
      '（一）推进智慧医院建设。到2028年，电子病历系统应用水平分级评价达标率不低于98%，较2025年提高10个百分点。',
      '（二）提升基层服务。家庭医生签约服务覆盖率达到45%，比2025年提高5个百分点。'].join('\n'))).toEqual([
      '电子病历系统应用水平分级评价达标率 >= 98% 2028', '家庭医生签约服务覆盖率 >= 45% 2028',
    ]);
  });
  it('a 三年行动计划\'s 主要目标: the change first, then the level — the level named by the thing, not by its change', () => {
    expect(indicators(['临江市东湖区生态环境提升三年行动计划（2026—2028年）', '一、主要目标',
      '到2028年，全区森林覆盖率较2025年提高2个百分点，达到45%。',
      'PM2.5平均浓度较2025年下降5%，控制在30微克/立方米以内。',
      '城市绿地率提高5个百分点，达到40%。'].join('\n'))).toEqual([
      '森林覆盖率 >= 45% 2028', 'PM2.5平均浓度 <= 30微克/立方米 2028', '城市绿地率 >= 40% 2028',
    ]);
  });
  it('a 工作要点\'s 主要目标: a change of another unit than the level is a target of its own, named by the thing', () => {
    expect(indicators(['南屿县2026年工业经济工作要点', '一、主要目标', '全县规模以上工业增加值达到500亿元，比上年增长8%。',
      '高新技术企业达到180家，较2025年增加30家。'].join('\n'))).toEqual([
      '规模以上工业增加值 >= 500亿元 2026', '规模以上工业增加值比上年增长 >= 8% 2026', '高新技术企业 >= 180家 2026',
    ]);
  });
  it('a 工作要点\'s points: yearly levels with a change between them keep each year\'s level', () => {
    expect(indicators(['青川区2026—2027年慢性病防治工作要点', '一、重点工作',
      '1.加强高血压管理。高血压患者规范管理率2026年达到65%，较2025年提高3个百分点，2027年达到70%。'].join('\n'))).toEqual([
      '高血压患者规范管理率 >= 65% 2026', '高血压患者规范管理率 >= 70% 2027',
    ]);
  });
  it('guards: a change with no level is the target, of the year aimed at, never of its base year', () => {
    expect(indicators(['南屿县节能降碳行动方案（2026—2028年）', '一、主要目标',
      '到2027年，全县常住人口城镇化率较2025年提高3个百分点。', '单位地区生产总值能耗较2025年下降8%。',
      '二、重点任务', '1.发展绿色建筑。新建绿色建筑占比较上年提高10个百分点。'].join('\n'))).toEqual([
      '常住人口城镇化率较2025年提高 >= 3个百分点 2027', '单位地区生产总值能耗较2025年下降 >= 8% 2028', '绿色建筑占比较上年提高 >= 10个百分点 2028',
    ]);
    // (a change and a higher aim of the same change, in its unit: both, as before — "年均增长7%以上，力争达到9%")
    expect(indicators(['南屿县工业稳增长行动方案（2026—2028年）', '一、主要目标', '到2028年，全县规模以上工业增加值年均增长7%以上，力争达到9%。'].join('\n'))).toEqual([
      '规模以上工业增加值年均增长 >= 7% 2028', '规模以上工业增加值年均增长 >= 9% 2028',
    ]);
  });
});

describe('a year said after an indicator\'s name, and one figure said of two years (indicators.ts YEAR_AFTER_NAME; the duplicate key holds the year)', () => {
  it('a 三年行动计划: "覆盖率2026年达到90%，2027年保持90%以上" — both years, named by the words before the year', () => {
    expect(indicators(['东湖区城乡环境整治三年行动计划（2026—2028年）', '一、主要目标',
      '生活垃圾分类覆盖率2026年达到90%，2027年保持90%以上。',
      '到2026年，城市生活污水集中收集率达到70%；到2027年，城市生活污水集中收集率保持在70%以上；到2028年达到75%。'].join('\n'))).toEqual([
      '生活垃圾分类覆盖率 >= 90% 2026', '生活垃圾分类覆盖率 >= 90% 2027',
      '城市生活污水集中收集率 >= 70% 2026', '城市生活污水集中收集率 >= 70% 2027', '城市生活污水集中收集率 >= 75% 2028',
    ]);
  });
  it('a 工作方案\'s task: the level of the first year kept in the next ("2026年…达到95%，2027年保持95%")', () => {
    expect(indicators(['云溪区农村人居环境整治工作方案（2026—2027年）', '二、主要任务',
      '（一）巩固改厕成果。2026年农村卫生厕所普及率达到95%，2027年保持95%。'].join('\n'))).toEqual([
      '农村卫生厕所普及率 >= 95% 2026', '农村卫生厕所普及率 = 95% 2027',
    ]);
  });
  it('a 行动计划\'s tasks: years listed before one value are each that value\'s ("2027年、2028年保持在95%以上", "…每年新建…20个")', () => {
    expect(indicators(['东湖区城乡环境整治三年行动计划（2026—2028年）', '二、重点任务',
      '（一）巩固农村改厕成果。2026年农村卫生厕所普及率达到95%，2027年、2028年保持在95%以上。',
      '（二）推进垃圾收运。2026年、2027年、2028年每年新建垃圾收集点20个。'].join('\n'))).toEqual([
      '农村卫生厕所普及率 >= 95% 2026', '农村卫生厕所普及率 >= 95% 2027', '农村卫生厕所普及率 >= 95% 2028',
      '垃圾收集点 = 20个 2026', '垃圾收集点 = 20个 2027', '垃圾收集点 = 20个 2028',
    ]);
  });
  it('guards: the same figure said twice of one year stays one indicator; years matched to values by 分别 are no list of one value', () => {
    expect(indicators(['南屿县老旧小区改造工作方案（2026—2027年）', '一、重点任务',
      '1.推进改造。2026年、2027年分别改造老旧小区10个、20个。'].join('\n'))).not.toContain('改造老旧小区 = 10个 2026');
    expect(indicators(['南屿县2026年教育工作要点', '一、重点工作',
      '1.普及学前教育。学前教育毛入园率达到95%。学前教育毛入园率达到95%，巩固提高。'].join('\n'))).toEqual([
      '学前教育毛入园率 >= 95% 2026',
    ]);
  });
});

describe('新改建 and the contracted pairs of building verbs count what they build, named as the plan words them (indicators.ts COUNT_CONTEXT, COUNT_VERB)', () => {
  it('a 工作计划\'s points: a count after its year, and 新建改建 kept whole (not 改建…)', () => {
    expect(indicators(['青川区2026年城乡建设重点工作计划', '一、重点任务',
      '1.提升道路通行能力。2026年新改建农村公路80公里。', '2.改善供水。新改建供水管网120公里。',
      '3.完善教育设施。新改扩建中小学8所。', '4.建设公厕。新建改建城乡公厕20座。'].join('\n'))).toEqual([
      '新改建农村公路 = 80公里 2026', '新改建供水管网 = 120公里 2026', '新改扩建中小学 = 8所 2026', '新建改建城乡公厕 = 20座 2026',
    ]);
  });
  it('建成区级 is a district-level thing built (guards: 改扩建 alone and 建成区 keep their words)', () => {
    expect(indicators(['南屿县公共服务设施建设行动方案（2026—2028年）', '一、重点任务',
      '（一）改扩建学校。改扩建学校3所。', '（二）提升绿化。建成区绿化覆盖率达到45%。',
      '（三）建设养老中心。2027年底前建成区级综合养老服务中心1个。'].join('\n'))).toEqual([
      '改扩建学校 = 3所 2028', '建成区绿化覆盖率 >= 45% 2028', '区级综合养老服务中心 = 1个 2027',
    ]);
  });
});

describe('a thing built by a deadline, then handed on to be run, is a milestone (celltable.ts HANDED_ON)', () => {
  it('a 行动方案\'s tasks: "…前建成…的…设施，由…负责运营"', () => {
    expect(ms(['临江市东湖区城市基础设施提升行动方案（2026—2028年）', '一、重点任务',
      '（一）建设智慧停车设施。2027年底前建成覆盖全区的智慧停车设施，由区城投公司负责运营。',
      '（二）建设应急储备库。2026年底前建成区级的应急物资储备设施，由区应急管理局负责日常管理。'].join('\n'))).toEqual([
      '建设智慧停车设施: 2027 完成 2027年底前建成覆盖全区的智慧停车设施',
      '建设应急储备库: 2026 完成 2026年底前建成区级的应急物资储备设施',
    ]);
  });
  it('guards: a treatment of what is done by then stays no milestone (按…给予, 由…验收)', () => {
    expect(ms(['青川区老旧小区改造工作方案（2026—2027年）', '一、重点任务',
      '（一）落实奖补。2026年底前完成改造的小区，按每户500元标准给予奖补。',
      '（二）组织验收。2026年底前建成投用的配套设施，由区住建局组织验收。'].join('\n'))).toEqual([]);
  });
});

describe('a one-year plan\'s task whose months or quarters are ticked has the stage a planner reads (celltable.ts spanStage)', () => {
  it('a 工作要点\'s month columns: ticks ending before the year\'s end are done then; words say their own stage', () => {
    expect(ms(['云溪区2026年数字政府工作要点', '', '一、重点任务',
      '序号\t重点任务\t牵头单位\t1月\t2月\t3月\t4月\t5月\t6月\t7月\t8月\t9月\t10月\t11月\t12月',
      '1\t建设政务云平台\t区数据局\t●\t●\t●\t\t\t\t\t\t\t\t\t',
      '2\t推进一网通办\t区政务服务中心\t\t\t\t√\t√\t完成验收\t\t\t\t\t\t',
      '3\t开展数据治理\t区数据局\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●'].join('\n'))).toEqual([
      '建设政务云平台: 2026 完成 月份：1月、2月、3月',
      '推进一网通办: 2026 完成 月份：4月、5月',
      '开展数据治理: 2026 推进 月份：1月、2月、3月、4月、5月、6月、7月、8月、9月、10月、11月、12月',
    ]);
  });
  it('a 工作计划\'s quarter columns ticked: one milestone of the quarters, not a "●" of each', () => {
    expect(ms(['青川区2026年营商环境优化工作计划', '', '一、重点任务',
      '序号\t重点任务\t牵头单位\t一季度\t二季度\t三季度\t四季度',
      '1\t推行惠企政策免申即享\t区发展改革委\t●\t●\t\t',
      '2\t建设企业服务中心\t区商务局\t\t√\t√\t建成投用',
      '3\t开展营商环境评价\t区营商办\t●\t●\t●\t●',
      '4\t改造政务服务大厅\t区政务服务中心\t\t启动改造\t●\t●'].join('\n'))).toEqual([
      '推行惠企政策免申即享: 2026 完成 季度：一季度、二季度',
      '建设企业服务中心: 2026 完成 建成投用',
      '开展营商环境评价: 2026 推进 季度：一季度、二季度、三季度、四季度',
      '改造政务服务大厅: 2026 启动 启动改造 | 2026 推进 季度：三季度、四季度',
    ]);
  });
});
