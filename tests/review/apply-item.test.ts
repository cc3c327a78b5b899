/**
 * Accepting a suggestion on one entry of a list field (shared/review/fields.ts applyItem), ui41: an indicator's
 * figures follow the accepted words — one indicator, several where the words give several, or (no figure in the words)
 * the old figures kept, which indicatorsFromWords reports as [] so the editor tells the planner; a suggestion to
 * delete an indicator or a milestone ('') removes it, as it removes a department (it was kept with no words and its
 * figures standing). Hand-written nodes of 南屿县's fictional plan.
 */
import { describe, expect, it } from 'vitest';
import { applyItem, indicatorsFromWords } from '../../shared/review/fields';
import type { Indicator, PlanNode } from '../../shared/model/plan';

const EHR: Indicator = { name: '电子病历使用率', value: 95, unit: '%', comparator: '>=', year: 2031, text: '电子病历使用率不低于95%' };
const BEDS: Indicator = { name: '每千人口床位数', value: 6, unit: '张', comparator: '>=', year: 2032, text: '每千人口床位数达到6张' };
const node = (): PlanNode => ({
  id: 'n1', kind: 'task', number: null, heading: '推进南屿县智慧医疗', body: '', lead: ['县卫健委'], partners: [], themes: [],
  indicators: [EHR, BEDS],
  milestones: [{ year: 2030, stage: '启动', text: '建设县域影像中心' }, { year: 2031, stage: '完成', text: '建设县域影像中心' }],
  children: [],
} as unknown as PlanNode);

describe('applyItem on indicators and milestones (ui41)', () => {
  it('new words with a figure and a year: the indicator follows them (value, unit, year)', () => {
    const out = applyItem(node(), 'indicators', 0, '到2032年电子病历使用率达到98%')!;
    expect(out.indicators![0]).toMatchObject({ name: '电子病历使用率', value: 98, unit: '%', year: 2032, text: '到2032年电子病历使用率达到98%' });
    expect(out.indicators![1]).toEqual(BEDS);
  });

  it('words giving two indicators: both, in its place', () => {
    const out = applyItem(node(), 'indicators', 0, '电子病历使用率达到98%,门诊预约诊疗率达到60%')!;
    expect(out.indicators!.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([
      ['电子病历使用率', 98, '%', 2031], ['门诊预约诊疗率', 60, '%', 2031], ['每千人口床位数', 6, '张', 2032],
    ]);
  });

  it('words without a figure: the old figures kept with the new words, and indicatorsFromWords says none were read', () => {
    expect(indicatorsFromWords('电子病历使用率进一步提高', EHR, '推进南屿县智慧医疗')).toEqual([]);
    const out = applyItem(node(), 'indicators', 0, '电子病历使用率进一步提高')!;
    expect(out.indicators![0]).toEqual({ ...EHR, text: '电子病历使用率进一步提高' });
  });

  it('a suggestion to delete (empty words) removes the indicator or the milestone', () => {
    expect(applyItem(node(), 'indicators', 0, '')!.indicators).toEqual([BEDS]);
    expect(applyItem(node(), 'milestones', 1, '  ')!.milestones).toEqual([{ year: 2030, stage: '启动', text: '建设县域影像中心' }]);
    expect(applyItem(node(), 'lead', 0, '')!.lead).toEqual([]);
  });
});
