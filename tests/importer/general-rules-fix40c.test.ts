/**
 * rev40b's findings on h-left40's rules (F1, F5, F9): a heading of work that says 基础/成效 with a verb (强基础, 见成效) is
 * no account; "现有X N座" as a clause of its own is a stock, not a target; 前三季度 is a part of the year to dates.ts as to
 * places.ts. Each case is written afresh, with fictional places, in a style other than rev40b's; the rule cases fail on
 * 3543e312, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const indicators = (ns: PlanNode[]) => all(ns).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit} ${i.year}`));

describe('a heading of work saying 基础/成效 with a verb is no account: its figures are targets (enrich.ts PAST_PART, F1)', () => {
  it('a 行动计划\'s sections of paired slogans (强弱项、夯基础, 重落实、出成效, 固根本、强基础) over numbered tasks', () => {
    const p = plan(['云溪区2027年乡村建设行动计划', '一、主要举措',
      '（一）强弱项、夯基础', '1.改善农村道路。2027年新建农村公路60公里。',
      '（二）重落实、出成效', '2.整治人居环境。到2027年底，农村生活垃圾分类覆盖率达到90%。',
      '（三）固根本、强基础', '3.建设文化礼堂。2027年新建村级文化礼堂12个。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['农村公路 = 60公里 2027', '农村生活垃圾分类覆盖率 >= 90% 2027', '村级文化礼堂 = 12个 2027']);
  });
  it('tasks whose run-in headings are a verb and 基础/成效 (打基础, 求实效、显成效) under 工作措施', () => {
    const p = plan(['临江市东湖区养老服务体系建设实施方案（2026—2028年）', '一、工作目标', '健全居家社区机构相协调的养老服务体系。',
      '二、工作措施', '1.打基础。到2028年，建成街道综合养老服务中心8个。',
      '2.求实效、显成效。到2028年，养老机构护理型床位占比达到65%。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['街道综合养老服务中心 = 8个 2028', '养老机构护理型床位占比 >= 65% 2028']);
  });
  it('guards: a part named 主要成绩, a part 现状与基础 over a section 取得的成就 — their figures are accounts still', () => {
    const p = plan(['南屿县全民健身实施计划（2026—2030年）', '一、主要成绩', '全县累计建成健身步道150公里，人均体育场地面积达到2.4平方米。',
      '二、重点任务', '（一）完善健身设施。到2030年，人均体育场地面积达到3平方米。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['人均体育场地面积 >= 3平方米 2030']);
    const q = plan(['青川区智慧交通发展规划（2026—2030年）', '一、现状与基础', '（一）取得的成就', '全区公交智能调度覆盖率达到85%，建成智慧路口40个。',
      '二、重点任务', '（一）建设智慧路口。到2030年，新建智慧路口100个。'].join('\n'));
    expect(indicators(q.nodes)).toEqual(['智慧路口 = 100个 2030']);
  });
});

describe('"现有X N座" as a clause of its own counts a stock, not a target (indicators.ts stockClause, F5)', () => {
  it('a stock said after the target in the sentence of the year: 现有 and 已建成的, in a task\'s text and a 主要目标 line', () => {
    const p = plan(['云溪区城乡环卫一体化实施方案（2026—2028年）', '一、主要目标',
      '到2028年，全区公共充电桩达到3000个，现有充电站45座。', '二、重点任务',
      '（一）完善转运体系。到2028年，城市生活垃圾无害化处理率保持100%，已建成的垃圾转运站12座。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['公共充电桩 >= 3000个 2028', '城市生活垃圾无害化处理率 = 100% 2028']);
  });
  it('guard: 现有 naming the subject of a clause with its own verb stays the target\'s subject', () => {
    const p = plan(['青川区中小学办学条件提升方案（2026—2028年）', '一、重点任务',
      '（一）改善校舍条件。到2028年，现有中小学标准化达标率达到100%，新建教学楼6栋。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['中小学标准化达标率 >= 100% 2028', '教学楼 = 6栋 2028']);
  });
});

describe('前三季度 is a part of the year to a progress note\'s period as to a title\'s place (dates.ts YEAR_PART, F9)', () => {
  const doc = (title: string, signer: string) => plan([title, '一、总体情况', '全县民生实事项目完成投资12亿元。',
    '二、下一步工作', '（一）加快项目建设。各牵头单位要倒排工期，确保年底前完成全年目标。', signer, '2025年10月15日'].join('\n')).meta;
  it('a report of the first three quarters: its year, and the signature\'s county (no place 前三季度县)', () => {
    const a = doc('南屿县2025年前三季度民生实事项目办理情况报告', '南屿县人民政府办公室');
    const b = doc('2025年前三季度县政府重点工作推进情况通报', '南屿县人民政府办公室');
    expect([a.period, b.period, b.district]).toEqual([{ start: 2025, end: 2025 }, { start: 2025, end: 2025 }, '南屿县']);
  });
  it('guard: a year before 前 that is no part of it ("2025年前已开工项目") still gives no period', () => {
    expect(doc('关于2025年前已开工项目推进情况的通报', '青川区人民政府办公室').period).toBeNull();
  });
});
