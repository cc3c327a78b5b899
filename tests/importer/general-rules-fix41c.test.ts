/**
 * rev41b's findings in paragraphs and milestones (/work/notes/b41/rev41b-findings.md F5a, F3, F8): a work point named
 * as a noun phrase (汛期值守安排) is no frame of the points; a task handed on to be run that closes with its bracketed
 * lead still has its deadline; a quarters or months milestone's text names no stage its own stage contradicts. Every
 * case is written afresh, with fictional places, in two or more styles; the rule cases fail on a80d2378, the guards
 * pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: PlanNode[], h: string) => all(ns).find((n) => n.heading === h)!;
const ms = (text: string) => all(plan(text).nodes).filter((n) => n.milestones.length).map((n) => `${n.heading}: ${n.milestones.map((m) => `${m.year} ${m.stage ?? '-'} ${m.text}`).join(' | ')}`);

describe('only a fixed frame name at the head of a group frames its run-in points (paragraphs.ts framingTitle, F5a)', () => {
  it('a 应急 工作要点: a verb-opened point and a 值守安排 before the bracketed points are points', () => {
    const p = plan(['云溪区2026年应急管理工作要点', '一、做好防汛工作',
      '健全防汛责任体系。落实行政首长负责制，明确各级责任人。', '汛期值守安排。汛期实行24小时领导带班和值班制度。',
      '加强隐患排查。排查整治隐患点50处。（区应急管理局牵头）', '强化物资储备。储备编织袋1万条。（区水务局牵头）'].join('\n'));
    expect(outline(p.nodes).map((l) => l.replace(/^\s*\S+ /, ''))).toEqual(['一、|做好防汛工作', '|健全防汛责任体系', '|汛期值守安排', '|加强隐患排查', '|强化物资储备']);
    expect(byHeading(p.nodes, '做好防汛工作').body ?? '').toBe('');
  });
  it('a 工作方案 with （责任单位：…）: a 建设情况 point between two bracketed points, a 保障安排 before them', () => {
    const p = plan(['南屿县2026年农村供水保障工作方案', '一、提升供水能力',
      '水源保障安排。枯水期启用备用水源2处，实行分时供水。',
      '新建供水工程。新建农村集中供水工程6处。（责任单位：县水利局）',
      '管网改造进展情况。完成老旧管网改造40公里。',
      '强化水质检测。全年抽检水样300份。（责任单位：县卫生健康局）'].join('\n'));
    expect(outline(p.nodes).map((l) => l.replace(/^\s*\S+ /, ''))).toEqual(['一、|提升供水能力', '|水源保障安排', '|新建供水工程', '|管网改造进展情况', '|强化水质检测']);
  });
  it('guard: 总体安排 and 工作要求 at the head of the group stay the heading\'s text', () => {
    const p = plan(['青川区2026年河湖治理工作要点', '一、重点工作',
      '总体安排。全年治理河道12条，完成投资3亿元。', '工作要求。坚持系统治理、源头管控。',
      '整治黑臭水体。完成黑臭水体整治8处。（区水务局牵头）', '建设生态缓冲带。新建生态缓冲带15公里。（区生态环境局牵头）'].join('\n'));
    expect(outline(p.nodes).map((l) => l.replace(/^\s*\S+ /, ''))).toEqual(['一、|重点工作', '|整治黑臭水体', '|建设生态缓冲带']);
    expect(byHeading(p.nodes, '重点工作').body).toBe('总体安排。全年治理河道12条，完成投资3亿元。\n工作要求。坚持系统治理、源头管控。');
  });
});

describe('a thing built by a deadline and handed on to be run, closing with its lead in a bracket, is a milestone (celltable.ts HANDED_ON, F3)', () => {
  it('"…由区城投公司负责运营（区住建局牵头）。" and "…由县水务公司统一运维（牵头单位：县水利局）。"', () => {
    expect(ms(['临江市东湖区停车设施建设行动方案（2026—2027年）', '一、重点任务',
      '（一）建设智慧停车设施。2027年底前建成覆盖全区的智慧停车设施，由区城投公司负责运营（区住建局牵头）。',
      '（二）建设污水处理站。2026年底前建成农村污水处理站20座，由区水务公司统一运维（牵头单位：区水务局；配合单位：各街道）。',
      '（三）建设应急储备库。2026年底前建成区级的应急物资储备设施，由区应急管理局负责日常管理（责任单位：区应急管理局）。'].join('\n'))).toEqual([
      '建设智慧停车设施: 2027 完成 2027年底前建成覆盖全区的智慧停车设施',
      '建设污水处理站: 2026 完成 2026年底前建成农村污水处理站20座',
      '建设应急储备库: 2026 完成 2026年底前建成区级的应急物资储备设施',
    ]);
  });
  it('guard: a treatment of what was built by then stays no milestone, bracket or not', () => {
    expect(ms(['青川区老旧管网改造实施方案（2026—2027年）', '一、改造范围',
      '（一）改造对象。2000年底前建成的供水管网，由区水务局统一组织改造（区水务局牵头）。'].join('\n'))).toEqual([]);
  });
});

describe('a ticked quarters or months milestone names no stage its own contradicts (celltable.ts, F8)', () => {
  it('a 任务分解表 in Markdown: ticks ending before 四季度 are 完成, the text names the quarters alone', () => {
    expect(ms(['# 南屿县2026年养老服务工作任务分解表', '', '## 一、重点任务', '',
      '| 序号 | 重点任务 | 牵头单位 | 一季度 | 二季度 | 三季度 | 四季度 |', '|---|---|---|---|---|---|---|',
      '| 1 | 新建社区食堂10个 | 县民政局 | 启动选址 | ● | ● | |',
      '| 2 | 开展养老服务评估 | 县民政局 | ● | ● | ● | ● |'].join('\n'))).toEqual([
      '新建社区食堂10个: 2026 启动 启动选址 | 2026 完成 季度：二季度、三季度',
      '开展养老服务评估: 2026 推进 季度：一季度、二季度、三季度、四季度',
    ]);
  });
  it('a 工作计划 of months in tabs: the milestone names the months; the task\'s text keeps 推进月份', () => {
    const text = ['云溪区2026年文化惠民工作计划', '', '一、重点任务',
      '序号\t重点任务\t牵头单位\t1月\t2月\t3月\t4月\t5月\t6月\t7月\t8月\t9月\t10月\t11月\t12月',
      '1\t举办惠民演出\t区文旅局\t\t\t●\t●\t●\t\t\t\t\t\t\t',
      '2\t开放公共文化场馆\t区文旅局\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●\t●'].join('\n');
    expect(ms(text)).toEqual(['举办惠民演出: 2026 完成 月份：3月、4月、5月', '开放公共文化场馆: 2026 推进 月份：1月、2月、3月、4月、5月、6月、7月、8月、9月、10月、11月、12月']);
    expect(byHeading(plan(text).nodes, '举办惠民演出').body).toContain('推进月份：3月、4月、5月');
  });
});

describe('circled notes opened by 注： right under the signature are notes, cited or not (paragraphs.ts readSignature, F7)', () => {
  it('a 实施方案 whose notes explain a term and the date it takes effect: the signature is read, the notes stay text', () => {
    const p = plan(['南屿县农村道路养护实施方案', '一、主要任务', '（一）加强日常养护。全县农村公路优良路率达到80%（县交通运输局牵头）。',
      '（二）完善管护机制。建立县乡村三级路长制（县交通运输局牵头）。', '', '南屿县人民政府办公室', '2026年4月10日',
      '注：①农村公路指县道、乡道和村道；', '②本方案自印发之日起施行。'].join('\n'));
    expect([p.meta.issuer, p.meta.issuedOn]).toEqual(['南屿县人民政府办公室', '2026-04-10']);
    expect(byHeading(p.nodes, '完善管护机制').body).toContain('注：①农村公路指县道、乡道和村道；\n②本方案自印发之日起施行。');
    expect(all(p.nodes).some((n) => /南屿县人民政府办公室|2026年4月10日/.test(n.body ?? ''))).toBe(false);
  });
  it('a 工作要点 with a note on one line, after a date written in figures', () => {
    const p = plan(['云溪区2026年社区治理工作要点', '一、重点工作', '1.推进网格化管理。全区划分网格300个。（区委社会工作部牵头）',
      '2.建设社区服务站。新建社区服务站6个。（区民政局牵头）', '云溪区民政局', '2026年3月2日', '注：① 本要点由区民政局负责解释。'].join('\n'));
    expect([p.meta.issuer, p.meta.issuedOn]).toEqual(['云溪区民政局', '2026-03-02']);
    expect(byHeading(p.nodes, '建设社区服务站').body).toContain('注：① 本要点由区民政局负责解释。');
  });
  it('guard: circled lines without 注： and uncited after an office and a date stay as they were (no signature read)', () => {
    const p = plan(['青川区2026年节水工作要点', '一、重点工作', '（一）推进节水改造。改造公共供水管网20公里（区水务局牵头）。',
      '青川区水务局', '2026年1月15日', '①开展节水宣传周活动；', '②评选节水型单位10家。'].join('\n'));
    expect(p.meta.issuedOn ?? null).toBe(null);
  });
});
