/**
 * The counterexamples the round-trip property (roundtrip-property.test.ts) found, shrunk and kept as examples: each
 * failed before its fix (importer: departments.ts / fieldlines.ts / celltable.ts role marks under a 牵头 label,
 * celltable.ts rows naming one of two points that open alike, parse.ts a 牵头单位 line after a point under an owner
 * that named its own, levels.ts the task level when points name departments on some headings, repeated.ts the
 * generated annexes of an edited plan, clean.ts a 指标 line joined onto a full line above it).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile, importText } from '../../shared/importer/index';
import { FORMAT, walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost } from '../helpers/roundtrip-compare';

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `c${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const plan = (nodes: PlanNode[]): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '东湖区推进数字化转型三年行动计划（2025—2027年）', district: '东湖区', city: null, period: { start: 2025, end: 2027 },
    issuer: '东湖区人民政府办公室', docNumber: '东府办发〔2025〕12号', issuedOn: '2025-03-18', addressees: ['各街道办事处'], status: 'draft',
    source: null, basedOn: null, notice: '经区政府同意，现将《东湖区推进数字化转型三年行动计划（2025—2027年）》印发给你们，请认真组织实施。',
    preamble: '为加快推进数字化转型，结合本区实际，制定本行动计划。',
  },
  nodes,
});
const viaWord = async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' });
const viaMarkdown = (d: PlanDoc) => importFile({ bytes: new TextEncoder().encode(buildMarkdown(d, { annexes: true })), fileName: 'plan.md' });
const find = (d: PlanDoc, heading: string) => [...walk(d.nodes)].find((w) => w.node.heading === heading)!.node;

describe('role marks under a label that says the role', () => {
  it('牵头单位：A、B（牵头）: both lead (the mark repeats the label); 责任单位：A、B（牵头）: B leads, A helps', () => {
    const text = (label: string) => ['东湖区智慧城市建设行动方案（2025—2027年）', '一、主要任务', '1.建设千兆光网', '推进千兆光网进小区。', `${label}：区科委、区经委（牵头）；配合单位：区财政局`].join('\n');
    const lead = importText(text('牵头单位')).nodes[0].children[0];
    expect([lead.lead, lead.partners]).toEqual([['区科委', '区经委'], ['区财政局']]);
    const resp = importText(text('责任单位')).nodes[0].children[0];
    expect([resp.lead, resp.partners]).toEqual([['区经委'], ['区科委', '区财政局']]);
  });

  it('a lead list with a （牵头） mark typed on one name comes back from Word with both names leading', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇。', lead: ['区人力资源社会保障局', '区住房城乡建设委（牵头）'], partners: ['区商务委'] }),
      node('task', { heading: '建设城市数据中心', body: '统筹建设区级数据中心。', lead: ['区科委'] }),
    ] })]);
    const t = find(await viaWord(d), '建设千兆光网');
    expect([t.lead, t.partners]).toEqual([['区人力资源社会保障局', '区住房城乡建设委'], ['区商务委']]);
  });
});

describe('two points that open with the same sentence keep their own fields through Word', () => {
  it('the 分解表 row “（2）支持…” names the point numbered (2) under its own task, not the first point that opens alike', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区。', lead: ['区科委'], children: [
        node('item', { heading: '试点示范工程', children: [node('item', { body: '支持AI+应用场景建设，推动人工智能与实体经济融合。\n坚持以人民为中心，统筹发展和安全。' })] }),
        node('item', { body: '支持AI+应用场景建设，推动人工智能与实体经济融合。', lead: ['区城管执法局'], partners: ['区大数据中心'], milestones: [{ year: 2026, stage: '启动', text: '完成建设方案编制' }] }),
      ] }),
    ] })]);
    const back = await viaWord(d);
    expect(lost(d, back)).toEqual([]);
  });
});

describe('Markdown: departments of tasks and of some of their points', () => {
  it('tasks that all name departments stay the tasks when some points name theirs too', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '培育数字经济企业', body: '鼓励企业开展数字化改造。', lead: ['区市场监管局'], children: [
        node('item', { heading: '标准规范建设', lead: ['区科委'], partners: ['区数据局'] }),
        node('item', { body: '推动高频政务服务事项全程网办。', lead: ['区商务委'], partners: ['区数据局'] }),
      ] }),
      node('task', { heading: '建设智慧社区（村）', body: '落实财政资金保障。', lead: ['区经委'], children: [
        node('item', { heading: '应用推广计划', body: '建立健全工作推进机制。', lead: ['区文化旅游局'] }),
        node('item', { heading: '平台升级工程', lead: ['区市场监管局'], partners: ['区政务服务中心'], children: [node('item', { heading: '试点示范工程' })] }),
      ] }),
      node('task', { heading: '提升政务服务效能', body: '支持AI+应用场景建设。', lead: ['区文化旅游局'], children: [node('item', { heading: '数据治理专项' })] }),
    ] })]);
    expect(lost(d, await viaMarkdown(d), { skipMeta: ['addressees'] })).toEqual([]);
  });

  it('a 牵头单位 line after the last point of a list stays that point\'s when the task named its own', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '提升政务服务效能', lead: ['区商务委'], children: [
        node('item', { heading: '平台升级工程', children: [
          node('item', { heading: '人才培育计划', partners: ['区经委'] }),
          node('item', { heading: '标准规范建设', body: '推动高频政务服务事项全程网办。', lead: ['区财政局'], partners: ['区政务服务中心'] }),
        ] }),
      ] }),
    ] })]);
    const back = await viaMarkdown(d);
    expect(lost(d, back, { skipMeta: ['addressees'] })).toEqual([]);
    expect(find(back, '提升政务服务效能').lead).toEqual(['区商务委']);
  });
});

describe('the annexes the Word export generates for an edited plan are read back, not kept', () => {
  it('主要任务分解表 and 主要指标表 with milestones without a stage in one year, indicator years and a point without a heading', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区。', lead: ['区科委（牵头）'], partners: ['区经委'],
        milestones: [{ year: 2025, stage: null, text: '全面推广应用' }, { year: 2025, stage: null, text: '完成建设方案编制' }],
        indicators: [{ name: '千兆光网覆盖率', value: 98, unit: '%', comparator: '>=', year: 2026, text: '' }],
        children: [node('item', { body: '新建５Ｇ基站，实现重点区域连续覆盖。\n开展满意度调查，及时回应群众关切。', lead: ['区数据局'] })] }),
    ] })]);
    const back = await viaWord(d);
    expect(back.nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).toEqual([]);
    expect(back.report!.removed.map((r) => r.text).filter((t) => /(主要任务分解表|主要指标表)$/.test(t))).toEqual([expect.stringMatching(/主要任务分解表$/), expect.stringMatching(/主要指标表$/)]);
    expect(lost(d, back)).toEqual([]);
  });
});

describe('Markdown: a 指标 line after a 年度节点 line is a line of its own', () => {
  it('is not joined onto the 年度节点 line as the end of its last milestone (the exporter\'s Markdown of a shrunk plan)', async () => {
    const md = ['# 东湖区推进数字化转型三年行动计划（2021—2024年）', '发文机关：东湖区人民政府办公室　发文字号：东府办发〔2021〕7号　成文日期：2021年12月25日',
      '加强部门协同，形成工作合力。', '新建５Ｇ基站，实现重点区域连续覆盖。', '## 一、总体要求', '## 二、主要任务', '### 1.建设智慧教育平台', '牵头单位：区民政局',
      '#### （1）标准规范建设', '（2）一是加强统筹协调，二是强化督促检查。', '## 三、保障措施', '### （一）强化资金保障',
      '完善城市运行管理平台，提升精细化治理水平。', '支持AI+应用场景建设，推动人工智能与实体经济融合。',
      '年度节点：2021年完成：开展中期评估；2023年启动：建成投入使用；2021年启动：开展中期评估',
      '指标：高新技术企业数约1503万户（2023年）；数字经济核心产业增加值不高于80.3项（2023年）'].join('\n\n');
    const s = find(await importFile({ bytes: new TextEncoder().encode(md), fileName: 'plan.md' }), '强化资金保障');
    expect(s.milestones.map((m) => m.text)).toEqual(['开展中期评估', '建成投入使用', '开展中期评估']);
    expect(s.indicators.map((i) => `${i.name}|${i.value}`)).toEqual(['高新技术企业数|1503', '数字经济核心产业增加值|80.3']);
  });
});

describe('the 印发 notice and its addressees come back from Markdown and Word', () => {
  const tasks = () => [node('part', { heading: '主要任务', children: [node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇。', lead: ['区科委'] })] })];
  const title = '东湖区推进数字化转型三年行动计划（2025—2027年）';
  it('Markdown: the notice before the plan\'s # title — its title, 文号, 主送机关 (one of them with 、), text, office, date, 附注', async () => {
    const d = plan(tasks());
    d.meta.addressees = ['区政府各委、办、局', '各街道办事处'];
    d.meta.notice = `关于印发《${title}》的通知\n现将《${title}》印发给你们，请认真贯彻执行。\n（此件公开发布）`;
    const md = buildMarkdown(d, { annexes: true });
    // written as a 公文's text carries it
    expect(md.split('\n\n').slice(0, 8)).toEqual([`关于印发《${title}》的通知`, '东府办发〔2025〕12号', '区政府各委、办、局，各街道办事处：',
      `现将《${title}》印发给你们，请认真贯彻执行。`, '东湖区人民政府办公室', '2025年3月18日', '（此件公开发布）', `# ${title}`]);
    const back = await viaMarkdown(d);
    expect(back.meta.addressees).toEqual(['区政府各委、办、局', '各街道办事处']);
    expect(back.meta.notice).toBe(d.meta.notice);
    expect([back.meta.title, back.meta.docNumber, back.meta.issuer, back.meta.issuedOn]).toEqual([title, '东府办发〔2025〕12号', '东湖区人民政府办公室', '2025-03-18']);
    expect(back.nodes.map((n) => n.heading)).toEqual(['主要任务']);
    expect(lost(d, back)).toEqual([]);
  });
  it('Markdown: a plan with addressees and no notice gives them under its title (a 公文 issued directly)', async () => {
    const d = plan(tasks());
    d.meta.notice = '';
    const md = buildMarkdown(d);
    expect(md.split('\n\n').slice(0, 3)).toEqual([`# ${title}`, '发文机关：东湖区人民政府办公室　发文字号：东府办发〔2025〕12号　成文日期：2025年3月18日', '各街道办事处：']);
    const back = await viaMarkdown(d);
    expect([back.meta.addressees, back.meta.notice, back.meta.preamble]).toEqual([['各街道办事处'], '', d.meta.preamble]);
  });
  it('Word and Markdown: a notice without addressees keeps its title line apart from its text', async () => {
    const d = plan(tasks());
    d.meta.addressees = [];
    for (const back of [await viaWord(d), await viaMarkdown(d)]) {
      expect(back.meta.addressees).toEqual([]);
      expect(back.meta.notice).toBe(`关于印发${title}的通知\n${d.meta.notice}`);
    }
  });
});

describe('Word: a 专栏 inside a task with no text ends with its frame', () => {
  it('its projects (1. 2.) stay the box\'s, and the task after the box is the next task', async () => {
    const d = plan([node('part', { heading: '主要任务', children: [
      node('task', { heading: '建设千兆光网', body: '推进千兆光网进小区。', lead: ['区科委'] }),
      node('task', { heading: '深化一网通办改革', lead: ['区数据局'], children: [
        node('box', { heading: '重点工程', children: [node('item', { heading: '试点示范工程', body: '开展试点。' }), node('item', { heading: '平台升级工程' })] }),
      ] }),
      node('task', { heading: '建设城市数据中心', body: '统筹建设区级数据中心。', lead: ['区经委'] }),
    ] })]);
    const back = await viaWord(d);
    const shape = [...walk(back.nodes)].filter((w) => !w.path.some((p) => p.kind === 'appendix') && w.node.kind !== 'appendix')
      .map((w) => `${w.path.length}|${w.node.kind}|${w.node.heading}`);
    expect(shape).toEqual(['0|part|主要任务', '1|task|建设千兆光网', '1|task|深化一网通办改革', '2|box|重点工程', '3|item|试点示范工程', '3|item|平台升级工程', '1|task|建设城市数据中心']);
    expect(lost(d, back)).toEqual([]);
  });
});
