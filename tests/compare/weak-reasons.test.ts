/**
 * Function words (基于, 充分, 通过 …: shared/compare/weak-words.ts) are not shown as a pair's reasons, and still count in
 * the score: the list is for the display only. Two small plans of our own wording (临江市东湖区, 南屿县).
 */
import { describe, expect, it } from 'vitest';
import { alignPlans } from '../../shared/compare/align';
import { isWeakReason } from '../../shared/compare/weak-words';
import { importText } from '../../shared/importer/index';

const LEFT = `临江市东湖区智慧城区建设三年行动计划（2026—2028年）

一、重点任务

1. 智慧停车
基于城市感知网络，充分利用现有泊位资源，通过停车诱导平台发布空余泊位信息，进一步提高泊位周转率。（牵头单位：区交通委）

2. 社区养老
依托社区综合服务中心，建设老年助餐点和日间照料中心，推广智能手环紧急呼叫服务。（牵头单位：区民政局）
`;

const rightText = (weak: boolean) => `南屿县数字化转型行动方案（2026—2028年）

一、主要任务

1. 停车诱导
${weak ? '基于' : ''}物联感知设备，${weak ? '充分' : ''}挖掘机关单位闲置泊位，${weak ? '通过' : ''}停车诱导平台向公众开放泊位信息，${weak ? '进一步' : ''}缓解停车难。（牵头单位：县交通运输局）

2. 居家养老
建设镇级养老服务中心和村级老年助餐点，为独居老人安装紧急呼叫设备。（牵头单位：县民政局）
`;

const parse = (text: string, name: string) => importText(text, name);
const parkingPair = (right: string) => {
  const a = alignPlans(parse(LEFT, 'left.txt'), parse(right, 'right.txt'));
  const p = a.pairs.find((x) => x.left.heading === '智慧停车');
  if (!p) throw new Error(`智慧停车 not paired: ${a.pairs.map((x) => x.left.heading + '↔' + x.right.heading).join(', ')}`);
  return p;
};

describe('reasons without function words', () => {
  it('lists prepositions, conjunctions and adverbs of official prose, not the words of a subject', () => {
    for (const w of ['基于', '充分', '通过', '进一步', '以及', '按照', '切实', '进行']) expect(isWeakReason(w)).toBe(true);
    for (const w of ['停车', '泊位', '养老', '利用', '平台', '建设', '基础', '充电']) expect(isWeakReason(w)).toBe(false);
  });

  it('a pair that shares 基于, 充分, 通过 and 进一步 shows its subject words, not them', () => {
    const p = parkingPair(rightText(true));
    expect(p.right.heading).toBe('停车诱导');
    expect(p.reasons).toEqual(expect.arrayContaining(['泊位', '诱导']));
    for (const w of ['基于', '充分', '通过', '进一步']) expect(p.reasons).not.toContain(w);
    expect(p.reasons.some(isWeakReason)).toBe(false);
  });

  it('the function words still count in the score: without them in the right plan the pair scores otherwise', () => {
    const withWeak = parkingPair(rightText(true));
    const without = parkingPair(rightText(false));
    expect(without.right.heading).toBe('停车诱导');
    // the content cosine over heading + text: the shared 基于 / 充分 / 通过 / 进一步 are part of it
    expect(withWeak.parts.content).toBeGreaterThan(without.parts.content);
    expect(withWeak.reasons).toEqual(without.reasons);
  });
});
