/**
 * Accepting a suggestion on one entry of a list field (shared/review/fields.ts applyItem, acceptIndicator), ui41 and
 * rev40b F3: an indicator's figures follow the accepted words, read with the plan's period (a year before its first is
 * a baseline) — the entry stays one indicator: of several in the words the one naming it, the others not added; no
 * figure for it in the words, the old figures kept (acceptIndicator says 'kept', the editor tells the planner); a
 * suggestion to delete an indicator or a milestone ('' or blank) removes it, as it removes a department (it was kept
 * with no words and its figures standing). Hand-written nodes of 南屿县's fictional plan of 2027—2031.
 */
import { describe, expect, it } from 'vitest';
import { acceptIndicator, applyItem, indicatorsFromWords } from '../../shared/review/fields';
import type { Indicator, PlanNode } from '../../shared/model/plan';

const EHR: Indicator = { name: '电子病历使用率', value: 95, unit: '%', comparator: '>=', year: 2031, text: '电子病历使用率不低于95%' };
const HEADING = '推进南屿县智慧医疗';
const PERIOD = { start: 2027, end: 2031 };
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

  it('words giving two indicators: the one naming the entry replaces it, the other is not added (rev40b F3)', () => {
    const out = applyItem(node(), 'indicators', 0, '电子病历使用率达到98%,门诊预约诊疗率达到60%', PERIOD)!;
    expect(out.indicators!.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([['电子病历使用率', 98, '%', 2031], ['每千人口床位数', 6, '张', 2032]]);
    // (the other named first: the same)
    const swapped = applyItem(node(), 'indicators', 0, '门诊预约诊疗率达到60%,电子病历使用率达到98%', PERIOD)!;
    expect(swapped.indicators!.map((i) => [i.name, i.value])).toEqual([['电子病历使用率', 98], ['每千人口床位数', 6]]);
    const said = acceptIndicator(EHR, '电子病历使用率达到98%,门诊预约诊疗率达到60%', HEADING, PERIOD);
    expect(said).toMatchObject({ how: 'read', changed: true });
    expect(said.others.map((i) => [i.name, i.value])).toEqual([['门诊预约诊疗率', 60]]);
  });

  it("a year before the plan's first is a baseline, not the target's year nor a second indicator (rev40b F3)", () => {
    // 南屿县's plan of 2027—2031: 2025 is a year of what is there
    const baseline = applyItem(node(), 'indicators', 0, '电子病历使用率不低于97%（2025年为80%）', PERIOD)!;
    expect(baseline.indicators).toEqual([{ ...EHR, value: 97, text: '电子病历使用率不低于97%（2025年为80%）' }, BEDS]);
    const compared = applyItem(node(), 'indicators', 0, '电子病历使用率不低于98%，较2025年提高10个百分点', PERIOD)!;
    expect(compared.indicators!.map((i) => [i.name, i.value, i.unit, i.comparator, i.year])).toEqual([['电子病历使用率', 98, '%', '>=', 2031], ['每千人口床位数', 6, '张', '>=', 2032]]);
    // the same words, the figures as they were: only the words changed, nothing to tell
    expect(acceptIndicator(EHR, '电子病历使用率不低于95%（2025年为80%）', HEADING, PERIOD)).toMatchObject({ how: 'read', changed: false, others: [] });
  });

  it('a shorter form of the typed name in the words keeps the typed name (rev40b F3)', () => {
    const out = applyItem(node(), 'indicators', 0, '使用率不低于98%', PERIOD)!;
    expect(out.indicators![0]).toEqual({ ...EHR, value: 98, text: '使用率不低于98%' });
  });

  it('words whose only figure is another indicator: the entry keeps its figures, and the planner is told of the other (rev40b F3)', () => {
    const words = '电子病历使用率进一步提高，2028年前完成3家医院改造，门诊预约诊疗率达到60%';
    const out = applyItem(node(), 'indicators', 0, words, PERIOD)!;
    expect(out.indicators).toEqual([{ ...EHR, text: words }, BEDS]);
    expect(acceptIndicator(EHR, words, HEADING, PERIOD).how).toBe('kept');
    // (one other indicator alone, the words naming this one: the same — it was put in its place, silently)
    const alone = acceptIndicator(EHR, '电子病历使用率进一步提高，2028年前完成3家医院改造', HEADING, PERIOD);
    expect(alone).toMatchObject({ how: 'kept', after: { ...EHR, text: '电子病历使用率进一步提高，2028年前完成3家医院改造' } });
    expect(alone.others.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([['医院改造', 3, '家', 2028]]);
    // one indicator of another name: it is what the words now say — it replaces the entry, and the change is told
    const renamed = acceptIndicator(EHR, '到2031年电子病历普及率达到98%', HEADING, PERIOD);
    expect(renamed).toMatchObject({ how: 'read', changed: true, after: { name: '电子病历普及率', value: 98, year: 2031 } });
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
    // blank words are empty ones: the indicator goes (it was kept with its figures, under words of spaces)
    expect(applyItem(node(), 'indicators', 1, ' \u3000 ')!.indicators).toEqual([EHR]);
    expect(acceptIndicator(EHR, '  ', HEADING, PERIOD)).toMatchObject({ how: 'deleted', after: null });
  });
});
