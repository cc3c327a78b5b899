/** The shared text measures: bigram Dice and quote occurrences (worked out by hand below). */
import { describe, expect, it } from 'vitest';
import { bigramCounts, diceOfCounts, diceOfLists, profileSimilarity, textProfile } from '../../shared/text/similarity';
import { occurrences } from '../../shared/text/occurrences';
import { similarity as importerSimilarity } from '../../shared/importer/tables';
import { similarity as anchorSimilarity } from '../../shared/review/anchor';

describe('bigram Dice', () => {
  it('counts repeated bigrams as a multiset', () => {
    expect([...bigramCounts('推进推进')]).toEqual([['推进', 2], ['进推', 1]]);
    expect(bigramCounts('区').size).toBe(0);
  });

  it('规划纲要 / 规划要点 share one of three bigrams each: 2·1 / (3 + 3)', () => {
    expect(diceOfCounts(bigramCounts('规划纲要'), bigramCounts('规划要点'))).toBeCloseTo(1 / 3, 10);
    // a repeated bigram counts as often as both sides have it: 推进推进 {推进×2, 进推} vs 推进工作 {推进, 进工, 工作} → 2·1 / 6
    expect(diceOfCounts(bigramCounts('推进推进'), bigramCounts('推进工作'))).toBeCloseTo(1 / 3, 10);
    expect(diceOfCounts(new Map(), new Map())).toBe(0);
  });

  it('lists and counts give the same Dice (推进推进 / 推进工作: 2·1 / (3 + 3))', () => {
    expect(diceOfLists(['推进', '进推', '推进'], ['推进', '进工', '工作'])).toBeCloseTo(1 / 3, 10);
    expect(diceOfLists(['推进', '推进'], ['推进', '推进'])).toBe(1);
    expect(diceOfLists([], ['推进'])).toBe(0);
  });

  it('profiles: the same text is 1, an empty one 0', () => {
    expect(profileSimilarity(textProfile('智慧交通'), textProfile('智慧交通'))).toBe(1);
    expect(profileSimilarity(textProfile(''), textProfile('智慧交通'))).toBe(0);
  });

  it('profiles count a repeated bigram as often as both texts hold it (the Dice of the counts)', () => {
    // 推进推进 / 推进工作: 推进 shared once of 3 + 3 bigrams
    expect(profileSimilarity(textProfile('推进推进'), textProfile('推进工作'))).toBeCloseTo(1 / 3, 10);
    // 推进推进推进 (推进×3, 进推×2) / 推进推进 (推进×2, 进推×1): 3 shared of 5 + 3
    expect(profileSimilarity(textProfile('推进推进推进'), textProfile('推进推进'))).toBeCloseTo(0.75, 10);
    expect(profileSimilarity(textProfile('推进推进推进'), textProfile('推进推进'))).toBeCloseTo(diceOfCounts(bigramCounts('推进推进推进'), bigramCounts('推进推进')), 10);
    // no bigram in common
    expect(profileSimilarity(textProfile('智慧交通'), textProfile('养老服务'))).toBe(0);
  });

  it('the importer ignores width, spaces and punctuation; anchors compare raw text and half-match a contained character', () => {
    expect(importerSimilarity('智慧交通（一）', '智慧交通(一)')).toBe(1);
    expect(importerSimilarity('推进 智慧城市', '推进智慧城市。')).toBe(1);
    expect(anchorSimilarity('城', '智慧城市')).toBe(0.5);
    expect(anchorSimilarity('智慧城市', '智慧城池')).toBeCloseTo((2 * 2) / 6, 10);
  });
});

describe('occurrences', () => {
  it('finds every start, overlapping ones too, and nothing for an empty quote', () => {
    expect(occurrences('推进推进推进', '推进推进')).toEqual([0, 2]);
    expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(occurrences('abc', '')).toEqual([]);
    expect(occurrences('abc', 'd')).toEqual([]);
  });
});
