/**
 * General rules found by blind batch 21 (corpus 106–111, docs/importer-corpus.md; docs/importer-grammar.md "Rules added
 * for batch 21"). Every case is written in our own words and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const doc = (text: string) => importText(text, 'x.txt');
const nodes = (text: string) => [...walk(doc(text).nodes)].map((w) => w.node);
const tasks = (text: string) => nodes(text).filter((n) => n.kind === 'task');
const roles = (text: string) => tasks(text).map((n) => [n.heading, n.lead, n.partners]);

describe('a group closing with one line of departments for all its points (三年行动)', () => {
  it('"以上任务由A牵头，B、C配合。" after the last point gives every point of the group A and B, C', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
（一）景区提升行动
1.提升河桥古镇景区。2026年底前完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。
以上任务由区文化旅游局牵头，区住房城乡建设局、区市场监管局配合。
（二）品牌推广行动
3.办好河桥灯会。每年举办灯会1次。
4.拓展客源市场。
以上任务由区文化旅游局负责。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局', '区市场监管局']],
      ['培育精品民宿', ['区文化旅游局'], ['区住房城乡建设局', '区市场监管局']],
      ['办好河桥灯会', ['区文化旅游局'], []],
      ['拓展客源市场', ['区文化旅游局'], []],
    ]);
  });
  it('the line after a 专栏 that closes the group gives the points before the 专栏; a point naming its own keeps them', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
1.提升河桥古镇景区。完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。（区农业农村局负责）
专栏1　景区提升重点项目
——河桥古镇游客中心改造项目
——滨河夜游项目
以上任务由区文化旅游局牵头，区住房城乡建设局配合。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局']],
      ['培育精品民宿', ['区农业农村局'], []],
    ]);
  });
  it('"以上第1项由A牵头，B配合；第2、3项由C牵头。" gives each point the roles of its number', () => {
    expect(roles(`河桥区文旅融合三年行动方案（2025—2027年）
一、重点任务
1.提升河桥古镇景区。完成古镇游客中心改造。
2.培育精品民宿。新增精品民宿30家。
3.发展体育赛事。每年举办品牌赛事2场。
以上第1项由区文化旅游局牵头，区住房城乡建设局配合；第2、3项由区体育中心牵头，各街道配合。`)).toEqual([
      ['提升河桥古镇景区', ['区文化旅游局'], ['区住房城乡建设局']],
      ['培育精品民宿', ['区体育中心'], ['各街道']],
      ['发展体育赛事', ['区体育中心'], ['各街道']],
    ]);
  });
});
