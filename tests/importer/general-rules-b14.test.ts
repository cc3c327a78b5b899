/**
 * General rules of the importer's batch 14 round (docs/importer-grammar.md, "Rules added for batch 14"): the gaps the
 * last session left (a 公文 issued directly, without a 印发 notice) and the styles of corpus 67–70.
 * The outline rules (a whole plan on one line holding tabs) are cases in tests/corpus/rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { importFile, importText } from '../../shared/importer/index';

describe('a 公文 issued directly: 文号 and 主送 under its title are metadata, not the preamble', () => {
  const body = `一、工作目标
到2027年，完成老旧小区改造120个。
二、保障措施
加强组织领导，落实工作责任。
东湖区人民政府
2025年3月10日`;
  it('版头, 文号, title, then the 主送 line: the addressees leave the preamble', () => {
    const d = importText(`东湖区人民政府文件\n东府发〔2025〕12号\n东湖区人民政府关于推进城市更新三年行动的实施方案\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，结合本区实际，制定本方案。\n${body}`);
    expect(d.meta.docNumber).toBe('东府发〔2025〕12号');
    expect(d.meta.addressees).toEqual(['各街道办事处', '镇人民政府', '区政府各委、办、局']);
    expect(d.meta.preamble).toBe('为加快推进城市更新，结合本区实际，制定本方案。');
    expect(d.meta.notice).toBe('');
  });
  it('the title first, the 文号 (bare or in brackets) and the 主送 line under it, as a web page prints them', () => {
    for (const dn of ['东府发〔2025〕12号', '（东府发〔2025〕12号）']) {
      const d = importText(`东湖区人民政府关于推进城市更新三年行动的实施方案\n${dn}\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，制定本方案。\n${body}`);
      expect(d.meta.docNumber).toBe('东府发〔2025〕12号');
      expect(d.meta.addressees).toEqual(['各街道办事处', '镇人民政府', '区政府各委、办、局']);
      expect(d.meta.preamble).toBe('为加快推进城市更新，制定本方案。');
    }
  });
  it('not: a 文号 cited in the preamble, a line under the title that goes on after its colon, or one after the text began', () => {
    const cited = importText(`东湖区城市更新三年行动方案\n根据《关于推进城市更新的意见》（东府发〔2024〕3号），制定本方案。\n${body}`);
    expect(cited.meta.docNumber).toBeNull();
    const goesOn = importText(`东湖区城市更新三年行动方案\n各街道、各部门：要高度重视城市更新工作。\n${body}`);
    expect(goesOn.meta.addressees).toEqual([]);
    expect(goesOn.meta.preamble).toContain('各街道、各部门：要高度重视城市更新工作。');
    const later = importText(`东湖区城市更新三年行动方案\n为加快推进城市更新，制定本方案。\n各街道办事处、各部门：\n${body}`);
    expect(later.meta.addressees).toEqual([]);
  });
  it('a 文号 under a title with a period is the plan\'s own when the plan could have been issued that year', () => {
    const under = (dn: string) => importText(`东湖区城市更新三年行动方案（2026—2028年）\n${dn}\n为加快推进城市更新，制定本方案。\n${body}`);
    // issued the year before the period or in it
    expect(under('东府发〔2025〕12号').meta.docNumber).toBe('东府发〔2025〕12号');
    expect(under('东府发〔2026〕7号').meta.docNumber).toBe('东府发〔2026〕7号');
    // two years before the period starts: a document the introduction cites, kept in the preamble
    const cited = under('东府发〔2024〕12号');
    expect(cited.meta.docNumber).toBeNull();
    expect(cited.meta.preamble).toContain('东府发〔2024〕12号');
  });
  it('the official .docx prints them on its cover and gives them back', async () => {
    const a = importText(`东湖区人民政府关于推进城市更新三年行动的实施方案\n东府发〔2025〕12号\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，制定本方案。\n${body}`);
    const b = await importFile({ bytes: await buildDocx(a, { cover: true, annexes: true }), fileName: 'roundtrip.docx' });
    expect(b.meta.docNumber).toBe(a.meta.docNumber);
    expect(b.meta.addressees).toEqual(a.meta.addressees);
    expect(b.meta.preamble).toBe(a.meta.preamble);
    expect(b.meta.issuer).toBe('东湖区人民政府');
    expect(b.meta.issuedOn).toBe('2025-03-10');
  });
});

describe('【】 titles opening paragraphs, in a series, are points without a number', () => {
  const tasks = (text: string) => {
    const d = importText(text);
    const out: string[] = [];
    const walk = (ns: typeof d.nodes, depth: number) => { for (const n of ns) { out.push(`${'  '.repeat(depth)}${n.kind} ${n.number}|${n.heading}`); walk(n.children, depth + 1); } };
    walk(d.nodes, 0);
    return out;
  };
  it('two or more under one heading: tasks headed by the bracket\'s text, their text after it', () => {
    const d = importText(`青禾区全民健身三年行动计划
一、重点任务
【完善健身设施网络】新建体育公园3个。牵头单位：区体育局。
【推动场馆开放共享】学校体育场地开放率达到80%。牵头单位：区体育局；配合单位：区教育局。
二、保障措施
加强组织领导。`);
    const t = d.nodes[0].children;
    expect(t.map((n) => [n.kind, n.number, n.heading])).toEqual([['task', '', '完善健身设施网络'], ['task', '', '推动场馆开放共享']]);
    // (the closing 牵头单位 clause is split onto a line of its own, as after any heading: splitFieldTail)
    expect(t[0].body.replace(/\n/g, '')).toBe('新建体育公园3个。牵头单位：区体育局。');
    expect(t[0].lead).toEqual(['区体育局']);
    expect(t[1].partners).toEqual(['区教育局']);
    expect(d.report?.levels?.find((l) => l.key === 'bracket')?.count).toBe(2);
  });
  it('not: a single 【…】 paragraph, a 【牵头单位：…】 field, a bracket closing a paragraph', () => {
    expect(tasks(`青禾区全民健身三年行动计划
一、重点任务
1.完善健身设施网络。新建体育公园3个。
【典型经验】青禾街道建成“15分钟健身圈”。
2.推动场馆开放共享。学校体育场地开放率达到80%。
【牵头单位：区体育局；配合单位：区教育局】
【牵头单位：区体育局】`)).toEqual(['part 一、|重点任务', '  task 1.|完善健身设施网络', '  task 2.|推动场馆开放共享']);
  });
  it('the planner can map the level to text: the paragraphs stay text of the heading above', () => {
    const d = importText(`青禾区全民健身三年行动计划
一、重点任务
【完善健身设施网络】新建体育公园3个。
【推动场馆开放共享】学校体育场地开放率达到80%。`, 'p.txt', { bracket: { kind: 'text' } });
    expect(d.nodes[0].children).toEqual([]);
    expect(d.nodes[0].body).toContain('【完善健身设施网络】新建体育公园3个。');
  });
});

describe('a task table keyed by the tasks\' numbers (任务分工表 naming the tasks in words of its own)', () => {
  const plan = (rows: string[]) => importText(`澄湖区建筑垃圾治理三年行动方案（2025—2027年）
一、重点任务
1.推行工程渣土分类管理。全面落实建筑垃圾处置核准制度。
2.推广绿色建造方式。新建民用建筑中装配式建筑占比达到50%。
3.规范装修垃圾收运。设置装修垃圾临时堆放点120个。
二、保障措施
加强组织领导。
附件
重点任务分工表
序号\t工作任务\t牵头单位\t配合单位
${rows.join('\n')}`);
  const lead = (d: ReturnType<typeof plan>, i: number) => d.nodes[0].children[i].lead;
  it('a row whose words name no heading takes the task of its 序号 when the rows that do name one agree', () => {
    const d = plan(['1\t渣土分类管理\t区城管局\t区住房城乡建设委', '2\t装配式建造\t区住房城乡建设委\t区发展改革委', '3\t装修垃圾收运\t区城管局\t各街道']);
    expect([0, 1, 2].map((i) => lead(d, i))).toEqual([['区城管局'], ['区住房城乡建设委'], ['区城管局']]);
    expect(d.report!.warnings.filter((w) => w.code === 'table-row-unmatched')).toEqual([]);
  });
  it('not when a named row disagrees with its 序号: the row stays unmatched and says so', () => {
    const d = plan(['1\t装修垃圾收运\t区城管局\t各街道', '2\t装配式建造\t区住房城乡建设委\t区发展改革委', '3\t渣土分类管理\t区城管局\t区住房城乡建设委']);
    expect(lead(d, 1)).toEqual([]);
    expect(d.report!.warnings.filter((w) => w.code === 'table-row-unmatched').length).toBe(1);
  });
});

describe('一是…，二是… run on inside one paragraph is text, not a point (found by the round trip of 70)', () => {
  it('a paragraph opening 一是 whose 二是 follows inside it stays the text of the heading above', () => {
    const d = importText(`石岭县低空经济发展工作方案
第一章 夯实低空基础设施
1、建设低空起降设施
一是建成石岭通用机场，二是布局无人机起降点50个，三是配套建设充换电设施。
责任单位：县发展改革局
2、构建低空智联网络
一是新建5G-A基站80个；二是建设低空监管平台。
责任单位：县数据局`);
    const ch = d.nodes[0].children;
    expect(ch.map((n) => `${n.kind} ${n.number}|${n.heading}|${n.children.length}`)).toEqual(['task 1、|建设低空起降设施|0', 'task 2、|构建低空智联网络|0']);
    expect(ch[0].body).toContain('一是建成石岭通用机场，二是布局无人机起降点50个');
    expect(ch[0].lead).toEqual(['县发展改革局']);
  });
  it('一是X。 and 二是Y。 as paragraphs of their own are still points', () => {
    const d = importText(`石岭县2025年工作要点
一、夯实低空基础设施
一是建成石岭通用机场。年内完成跑道建设。
二是布局无人机起降点。新建起降点50个。`);
    expect(d.nodes[0].children.map((n) => `${n.number}|${n.heading}`)).toEqual(['一是|建成石岭通用机场', '二是|布局无人机起降点']);
  });
});
