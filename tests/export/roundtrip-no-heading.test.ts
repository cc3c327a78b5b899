/**
 * A point with no heading through Markdown (session 39, h-rt40; docs/exchange.md "Said, not changed"). A 公文 numbers
 * such a point and runs its text on ("1.推进千兆光网进小区。完成改造小区一批。"), which every reader takes as heading
 * "推进千兆光网进小区" and text "完成改造小区一批。" — so the Word export still prints it run in. Markdown is an exchange
 * format with headings of its own: it prints the number as the heading ("### 1.") and the text under it, and the
 * importer reads a heading of only its number (Markdown or a Word heading style) as a point whose text follows. A
 * number alone on a line of a text stays no heading (a table's serial number, a page number). The Markdown cases fail
 * on b762efe5 (the first sentence came back as the heading); the guards case passes there.
 */
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile, importText } from '../../shared/importer/index';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost } from '../helpers/roundtrip-compare';

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `q${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const plan = (nodes: PlanNode[]): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '云溪区推进城市更新三年行动计划（2025—2027年）', district: '云溪区', city: null, period: { start: 2025, end: 2027 }, issuer: null,
    docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '为推进城市更新，制定本计划。',
  },
  nodes,
});
const viaMarkdown = (d: PlanDoc) => importFile({ bytes: new TextEncoder().encode(buildMarkdown(d)), fileName: 'plan.md' });
const shape = (ns: PlanNode[]): unknown[] => ns.map((n) => [n.kind, n.heading, n.body.split('\n').filter((l) => !/^(牵头单位|年度节点|指标)：/.test(l)).join('\n'), n.lead, shape(n.children)]);

describe('a point with no heading comes back with no heading from Markdown', () => {
  it('tasks of several sentences, one with its departments and a milestone, beside tasks with headings', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { body: '推进千兆光网进小区。完成老旧小区光纤改造一批，同步推进楼宇覆盖。', lead: ['区经委'], partners: ['区数据局'],
        milestones: [{ year: 2026, stage: '完成', text: '完成光纤改造' }] }),
      node('task', { heading: '建设智慧停车平台', body: '建成区级智慧停车平台。', lead: ['区城管局'] }),
      node('task', { body: '实施背街小巷整治，改善居民出行条件；同步完善照明设施。', lead: ['区住建局'] }),
    ] })]);
    expect(buildMarkdown(d)).toContain('### 1.\n\n推进千兆光网进小区。');
    const back = await viaMarkdown(d);
    expect(shape(back.nodes)).toEqual(shape(d.nodes));
    expect(lost(d, back)).toEqual([]);
  });

  it('a section and an item with no heading, under a part and a task', async () => {
    const d = plan([node('part', { heading: '重点任务', children: [
      node('section', { body: '优化老旧小区改造机制。建立居民议事协商制度。', children: [
        node('task', { heading: '开展完整社区试点', body: '每年选取试点社区。', lead: ['区民政局'], children: [
          node('item', { body: '完善社区养老设施。新建社区食堂一批。' }),
          node('item', { heading: '增设充电设施', body: '新增充电桩一批。' }),
        ] }),
      ] }),
    ] })]);
    const back = await viaMarkdown(d);
    expect(shape(back.nodes)).toEqual(shape(d.nodes));
  });

  it('guards: a number alone on a line of a text is no heading; bullet points stay run in', () => {
    const doc = importText(['云溪区2026年重点项目', '一、城市建设', '序号', '1.', '滨河路二期', '2.', '城东公园'].join('\n'), 'doc.txt');
    expect(JSON.stringify(doc.nodes)).not.toContain('"number":"1."');
    const md = buildMarkdown(plan([node('part', { heading: '主要任务', children: [node('task', { heading: '建设平台', lead: ['区科委'], children: [
      node('item', { number: '•', body: '推进政务云' }), node('item', { number: '•', body: '升级公务网' }),
    ] })] })]));
    expect(md).toContain('\n•推进政务云\n');
  });
});
