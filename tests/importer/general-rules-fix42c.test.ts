/**
 * Rules fixed after review rev42a (session 42, h-fix42c): F1 a title holding 发布/出台/印发 as a word of its own is no
 * news headline, F3 a full-width ？ in a title is no garbling, F10 a legend "▲表示…" is no bullet point, F11 a
 * mentioned deadline that is no date stays as written, a Markdown task box is read as grammar.ts reads it. The probes
 * are our own wording, fictional places (rev42a's p01, p02, p03, p06, p21, p22, p26).
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { mentionFields } from '../../shared/importer/paragraphs';
import { readMarker } from '../../shared/importer/grammar';
import type { Para } from '../../shared/importer/clean';
import type { PlanNode } from '../../shared/model/plan';

const body = (lines: string[]) => [...lines, '一、总体要求', '到2028年，全市预警信息公众覆盖率达到98%以上。', '二、重点任务', '1.建成预警信息发布系统。（牵头单位：市气象局）'].join('\n');
const flat = (nodes: PlanNode[]): PlanNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

describe('a headline saying who published the plan, only when a place or an organ says it (meta.ts headline, rev42a F1)', () => {
  it('发布 inside the plan\'s own name: the title whole, the city kept', () => {
    const d = importText(body(['临江市气象灾害预警信息发布能力提升三年行动方案（2026—2028年）']), 'x.txt');
    expect(d.meta.title).toBe('临江市气象灾害预警信息发布能力提升三年行动方案（2026—2028年）');
    expect(d.meta.city).toBe('临江市');
    expect(d.meta.issuer).toBeNull();
  });
  it('出台 inside the name: "东湖区重大政策出台前公平竞争审查工作方案" is one title', () => {
    const d = importText(body(['东湖区重大政策出台前公平竞争审查工作方案']), 'x.txt');
    expect(d.meta.title).toBe('东湖区重大政策出台前公平竞争审查工作方案');
    expect(d.meta.district).toBe('东湖区');
  });
  it('Traditional script: "臨江市突發事件預警信息發布管理辦法" is one title', () => {
    const d = importText(['臨江市突發事件預警信息發布管理辦法', '第一條 為規範預警信息發布工作，制定本辦法。', '第二條 市應急管理局負責統籌協調。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('臨江市突發事件預警信息發布管理辦法');
  });
  it('guard: a place said whole before 印发 publishes the plan — the name after it is the title', () => {
    const d = importText(body(['南屿省印发气象灾害预警信息发布能力提升行动方案']), 'x.txt');
    expect(d.meta.title).toBe('气象灾害预警信息发布能力提升行动方案');
  });
  it('guard: an organ before 印发 and the name in 《》: the name the title, the organ its issuer', () => {
    const d = importText(body(['东湖区人民政府印发《东湖区城市更新三年行动计划（2026—2028年）》']), 'x.txt');
    expect(d.meta.title).toBe('东湖区城市更新三年行动计划（2026—2028年）');
    expect(d.meta.issuer).toBe('东湖区人民政府');
  });
  it('guard: an organ of a department said whole before 发布', () => {
    const d = importText(body(['临江市气象局发布气象灾害防御三年行动方案']), 'x.txt');
    expect(d.meta.title).toBe('气象灾害防御三年行动方案');
  });
});

describe('a title with a question mark (meta.ts GARBLED, rev42a F3)', () => {
  it('a full-width ？ asking the title\'s question is part of the title', () => {
    const d = importText(['老旧小区怎么改？东湖区老旧小区改造三年行动计划（2026—2028年）', '一、目标', '到2028年，完成老旧小区改造120个。', '二、任务', '1.完善基础设施。（牵头单位：区住建局）'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('老旧小区怎么改？东湖区老旧小区改造三年行动计划（2026—2028年）');
  });
  it('guard: two ASCII question marks between words are a garbled line', () => {
    const d = importText(['云溪?区城?更新工作方案', '云溪区城市更新工作方案', '一、目标', '完成更新项目10个。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('云溪区城市更新工作方案');
  });
});

describe('a legend saying what a triangle marks is no bullet point (grammar.ts readMarker, rev42a F10)', () => {
  it('"▲表示新建项目，△表示续建项目。" under the tasks stays text', () => {
    const d = importText(['云溪区2026年重点项目计划', '一、基础设施', '1.城东污水处理厂扩建工程。新增处理能力3万吨/日。（牵头单位：区水务局）', '2.滨江路改造工程。改造道路4.5公里。（牵头单位：区住建局）', '▲表示新建项目，△表示续建项目。', '二、公共服务', '1.区人民医院门诊楼。新增床位200张。（牵头单位：区卫健局）'].join('\n'), 'x.txt');
    const nodes = flat(d.nodes);
    expect(nodes.filter((n) => n.kind === 'item')).toEqual([]);
    expect(nodes.find((n) => n.heading === '滨江路改造工程')!.body).toContain('▲表示新建项目，△表示续建项目。');
  });
  it('the legend\'s words: 表示, 代表, 为 + a kind of thing', () => {
    expect(readMarker('▲表示新建项目')).toBeNull();
    expect(readMarker('△代表续建项目')).toBeNull();
    expect(readMarker('△为续建项目。')).toBeNull();
  });
  it('guard: a triangle before a point\'s text is still a bullet, 指导… and 为群众… too', () => {
    expect(readMarker('▲建设村级综合服务站')?.style).toBe('bullet');
    expect(readMarker('▲指导各镇开展排查')?.style).toBe('bullet');
    expect(readMarker('▲为群众办好十件实事，完善服务网络')?.style).toBe('bullet');
  });
});

describe('duplicates removed (rev42a F11)', () => {
  const para = (text: string): Para => ({ text, line: 1, indent: false, afterBlank: false });
  it('a mentioned deadline that is no date stays as written, never "2026年13月45日"', () => {
    expect(mentionFields([para('负责：@区数据局　截止：2026-13-45')])[0].text).toBe('牵头单位：区数据局；完成时限：2026-13-45');
  });
  it('guard: a numeric date is written out, 2026/9/30 and 2026-06-30 alike', () => {
    expect(mentionFields([para('负责：@区数据局　截止：2026-06-30')])[0].text).toBe('牵头单位：区数据局；完成时限：2026年6月30日');
    expect(mentionFields([para('负责：@区数据局　截止：2026/9/30')])[0].text).toBe('牵头单位：区数据局；完成时限：2026年9月30日');
  });
  it('guard: a Markdown task list\'s box, ticked with √ as grammar.ts reads it, is no text of the point (one pattern now)', async () => {
    const md = ['# 青川区2026年数字政府建设计划', '', '## 一、数据共享', '', '- [√] 建设数据共享平台', '- [ ] 完善政务云', ''].join('\n');
    const r = await importFile({ bytes: new TextEncoder().encode(md), fileName: 'x.md' });
    expect(flat(r.nodes).filter((n) => n.kind === 'item').map((n) => n.heading + n.body)).toEqual(['建设数据共享平台', '完善政务云']);
  });
});
