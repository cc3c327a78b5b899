/**
 * General rules of the importer's batch 16 round (docs/importer-grammar.md, "Rules added for batch 16"): the gaps the
 * third blind batch 81–86 found (one-character numbers are in tests/corpus/rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { textMilestones } from '../../shared/importer/celltable';

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
