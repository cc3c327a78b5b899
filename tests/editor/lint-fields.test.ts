/**
 * Fields and the text that states them (walk 4): a field line of the body the field forms have since changed
 * (field-line-stale) and a sentence giving an indicator another figure than the entered one (indicator-text), each
 * with a quick fix; none on a plan as imported (the seeds, the corpus documents with field lines, 松江).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { applyFix, lintPlan, type Finding } from '../../shared/lint';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { updateNode } from '../../shared/tree';
import { groupLeads, printedParagraphs } from '../../shared/fieldtext';
import { paragraphs } from '../../shared/export/text';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SONGJIANG = path.join(ROOT, 'tests', 'tools', 'walk4', '松江区数字乡村实施方案.txt');
const load = (f: string) => importFile({ bytes: new Uint8Array(fs.readFileSync(f)), fileName: path.basename(f) });
const RULES = new Set(['field-line-stale', 'indicator-text']);
const ours = (d: PlanDoc) => lintPlan(d).filter((f) => RULES.has(f.rule));
const nodeOf = (d: PlanDoc, heading: string) => [...walk(d.nodes)].find((w) => w.node.heading === heading)!.node;
function change(d: PlanDoc, id: string, patch: (n: PlanNode) => Partial<PlanNode>): PlanDoc {
  const n = [...walk(d.nodes)].find((w) => w.node.id === id)!.node;
  return { ...d, nodes: updateNode(d.nodes, id, patch(n), 'content') };
}

describe('no finding on plans as imported', () => {
  it('the seeds, the corpus documents and 松江: none, and every node prints its body as written', async () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'seeds', f)),
      ...fs.readdirSync(path.join(ROOT, 'tests', 'corpus', 'docs')).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(ROOT, 'tests', 'corpus', 'docs', f)),
      SONGJIANG,
    ];
    expect(files.length).toBeGreaterThan(60);
    const found: string[] = [];
    let changed = 0;
    for (const f of files) {
      const d = await load(f);
      for (const x of ours(d)) found.push(`${path.basename(f)}: ${x.message}`);
      // (as the Word export prints them with its annexes, the default: the 主要任务分解表 carries the milestones' words;
      // with the lead a heading above gives its tasks, as the exports pass it — corpus 83)
      const groups = groupLeads(d.nodes);
      for (const w of walk(d.nodes)) if (printedParagraphs(w.node, d.meta.period, { annexes: true, group: groups.get(w.node) ?? null }).join('\n') !== paragraphs(w.node.body).join('\n')) changed++;
    }
    expect(found).toEqual([]);
    expect(changed).toBe(0);
  }, 120_000);
  it('corpus 69 without annexes: the 分工表\'s words of a milestone ("2025年12月") are printed, the text\'s sentence says other words', async () => {
    const d = await load(path.join(ROOT, 'tests', 'corpus', 'docs', '69-annex-division-keyed-by-number.txt'));
    const n = nodeOf(d, '规范装修垃圾收运');
    expect(n.milestones).toEqual([expect.objectContaining({ year: 2025, stage: '完成', text: '2025年12月' })]);
    expect(printedParagraphs(n, d.meta.period, { annexes: true })).toEqual(paragraphs(n.body));
    expect(printedParagraphs(n, d.meta.period).slice(-1)[0]).toMatch(/^年度节点：2025年完成：2025年12月/);
  });
});

describe('departments the text does not state, in a Word export without annexes (second review)', () => {
  it('print as a 牵头单位/配合单位 line and come back; with annexes the 分解表 carries them and the body stays as written', async () => {
    const { buildDocx } = await import('../../shared/export/docx');
    const d0 = await load(SONGJIANG);
    const task = [...walk(d0.nodes)].find((w) => w.node.kind === 'task')!.node;
    const body = '完善农村信息基础设施，推进涉农数据共享。';
    const d = change(d0, task.id, () => ({ body, lead: ['区档案局'], partners: ['区财政局', '区农业农村委'] }));
    const n = nodeOf(d, task.heading);
    expect(printedParagraphs(n, d.meta.period, { annexes: true })).toEqual([body]);
    // (the task's milestones and indicators, which its old text stated and the new one does not, follow as lines too)
    expect(printedParagraphs(n, d.meta.period).slice(0, 2)).toEqual([body, '牵头单位：区档案局；配合单位：区财政局、区农业农村委']);
    // (with annexes 松江's own 主要指标 table, which names 区科委 for this task's indicator, comes back too)
    const back = await importFile({ bytes: await buildDocx(d, { annexes: false }), fileName: 'rt.docx' });
    const m = [...walk(back.nodes)].find((w) => w.node.heading === task.heading)!.node;
    expect([m.lead, m.partners]).toEqual([['区档案局'], ['区财政局', '区农业农村委']]);
  }, 60_000);
  it('a text that names them all prints as written', async () => {
    const d0 = await load(SONGJIANG);
    const task = [...walk(d0.nodes)].find((w) => w.node.kind === 'task')!.node;
    const body = '由区科委牵头，区财政局配合，推进涉农数据共享。';
    // (no milestones or indicators: the new text states none, and they would print as lines of their own)
    const d = change(d0, task.id, () => ({ body, lead: ['区科委'], partners: ['区财政局'], milestones: [], indicators: [] }));
    expect(printedParagraphs(nodeOf(d, task.heading), d.meta.period)).toEqual([body]);
  });
});

describe('a milestone whose words the planner changed, the text still giving its year (second review)', () => {
  it('comes back with the planner\'s words from Word with and without annexes', async () => {
    const { buildDocx } = await import('../../shared/export/docx');
    const d0 = await load(SONGJIANG);
    const task = [...walk(d0.nodes)].find((w) => w.node.kind === 'task')!.node;
    const body = '2025年底前建成智慧停车平台。';
    const words = '建成智慧停车平台并接入全区50个公共停车场';
    const d = change(d0, task.id, () => ({ body, milestones: [{ year: 2025, stage: '完成', text: words }] }));
    for (const annexes of [false, true]) {
      const back = await importFile({ bytes: await buildDocx(d, { annexes }), fileName: 'rt.docx' });
      const n = [...walk(back.nodes)].find((w) => w.node.heading === task.heading)!.node;
      expect(n.milestones.map((m) => [m.year, m.stage, m.text]), `annexes: ${annexes}`).toEqual([[2025, '完成', words]]);
    }
  }, 60_000);
});

describe('milestones and indicators the text does not state, in a Word export without annexes', () => {
  // entered in the field forms under a text that gives neither (the 分解表 and the 主要指标表 carry them with annexes;
  // without, before this rule, the document had them nowhere and a re-import lost them)
  const entered = {
    body: '完善农村信息基础设施，推进涉农数据共享。',
    milestones: [{ year: 2024, stage: '启动' as const, text: '编制涉农数据目录' }, { year: 2026, stage: '完成' as const, text: '涉农数据全部接入' }],
    indicators: [{ name: '涉农数据共享率', value: 90, unit: '%', comparator: '>=' as const, year: 2026, text: '' }],
  };
  it('print as a 年度节点 and a 指标 line after the text, and come back; with annexes the body stays as written', async () => {
    const { buildDocx } = await import('../../shared/export/docx');
    const d0 = await load(SONGJIANG);
    const task = [...walk(d0.nodes)].find((w) => w.node.kind === 'task')!.node;
    const d = change(d0, task.id, () => entered);
    const n = nodeOf(d, task.heading);
    expect(printedParagraphs(n, d.meta.period, { annexes: true })).toEqual([entered.body]);
    expect(printedParagraphs(n, d.meta.period).slice(-2)).toEqual(['年度节点：2024年启动：编制涉农数据目录；2026年完成：涉农数据全部接入', '指标：涉农数据共享率不低于90%（2026年）']);
    for (const annexes of [false, true]) {
      const back = await importFile({ bytes: await buildDocx(d, { annexes }), fileName: 'rt.docx' });
      const m = [...walk(back.nodes)].find((w) => w.node.heading === task.heading)!.node;
      expect(m.milestones.map((x) => [x.year, x.stage, x.text]), `annexes: ${annexes}`).toEqual([[2024, '启动', '编制涉农数据目录'], [2026, '完成', '涉农数据全部接入']]);
      expect(m.indicators.map((x) => [x.name, x.value, x.unit, x.comparator, x.year]), `annexes: ${annexes}`).toEqual([['涉农数据共享率', 90, '%', '>=', 2026]]);
    }
  }, 60_000);
  it('a text that states them prints as written', async () => {
    const d0 = await load(SONGJIANG);
    const task = [...walk(d0.nodes)].find((w) => w.node.kind === 'task')!.node;
    const body = '2024年启动编制涉农数据目录，到2026年涉农数据共享率达到90%。';
    // (the milestone in the words the sentence gives it — its clause with its year, as the importer reads every
    // dated clause: "2024年启动编制涉农数据目录")
    const d = change(d0, task.id, () => ({ body, lead: [], partners: [], milestones: [{ year: 2024, stage: '启动', text: '2024年启动编制涉农数据目录' }], indicators: [{ name: '涉农数据共享率', value: 90, unit: '%', comparator: '>=', year: 2026, text: '' }] }));
    expect(printedParagraphs(nodeOf(d, task.heading), d.meta.period)).toEqual([body]);
    // the same milestone entered in other words than the sentence's: without a 分解表 a re-import would give the
    // sentence's words, so the entered ones print as a 年度节点 line after the text
    const other = change(d0, task.id, () => ({ body, lead: [], partners: [], milestones: [{ year: 2024, stage: '启动', text: '编制涉农数据目录' }], indicators: [{ name: '涉农数据共享率', value: 90, unit: '%', comparator: '>=', year: 2026, text: '' }] }));
    expect(printedParagraphs(nodeOf(other, task.heading), other.meta.period)).toEqual([body, '年度节点：2024年启动：编制涉农数据目录']);
  });
});

describe('松江 after the planner changed task 1 in the field forms', async () => {
  const a = await load(SONGJIANG);
  const t1 = nodeOf(a, '推进乡村5G网络和千兆光网建设');
  const edited = change(a, t1.id, (n) => ({ partners: ['区农业农村委', '区经委'], indicators: n.indicators.map((i) => ({ ...i, value: 200 })) }));
  const fs1 = ours(edited);
  const by = (rule: Finding['rule']) => fs1.filter((f) => f.rule === rule);

  it('names both figures of the indicator, and fixes the text', () => {
    expect(by('indicator-text').map((f) => f.message)).toEqual(['指标“5G基站”为200个，正文写作120个']);
    // in English without the Chinese comparator (walk 13 saw 「is 不低于100%」 in the English lint panel)
    expect(by('indicator-text').map((f) => f.messageEn)).toEqual(['Indicator "5G基站" is 200个; the text says 120个']);
    const f = by('indicator-text')[0];
    expect(f.nodeId).toBe(t1.id);
    expect(edited.nodes && nodeOf(edited, t1.heading).body.slice(f.range!.start, f.range!.end)).toBe('120');
    const fixed = nodeOf(applyFix(edited, f), t1.heading);
    expect(fixed.body).toContain('2024年新建5G基站200个，2025年');
  });

  it('an indicator entered as 不低于 reads “at least” in English', () => {
    const atLeast = change(a, t1.id, (n) => ({ indicators: n.indicators.map((i) => ({ ...i, value: 200, comparator: '>=' as const })) }));
    const [f] = ours(atLeast).filter((x) => x.rule === 'indicator-text');
    expect(f.message).toContain('不低于200个');
    expect(f.messageEn).toMatch(/^Indicator "5G基站" is at least 200个; the text says /);
    expect(f.messageEn).not.toMatch(/不低于/);
  });

  it('points at the stale 责任单位 line, and writes it from the fields', () => {
    const [f] = by('field-line-stale');
    expect(by('field-line-stale')).toHaveLength(1);
    const body = nodeOf(edited, t1.heading).body;
    expect(body.slice(f.range!.start, f.range!.end)).toBe('责任单位：区科委（牵头），区农业农村委、各镇人民政府（配合）');
    const fixed = nodeOf(applyFix(edited, f), t1.heading);
    expect(fixed.body.split('\n')[1]).toBe('牵头单位：区科委；配合单位：区农业农村委、区经委');
  });

  it('with both fixes applied: no finding left, and the text read again gives the entered fields', async () => {
    let d = edited;
    for (const rule of ['indicator-text', 'field-line-stale'] as const) d = applyFix(d, ours(d).find((f) => f.rule === rule)!);
    expect(ours(d)).toEqual([]);
    const t = nodeOf(d, t1.heading);
    const again = await importFile({ bytes: new TextEncoder().encode(`${t.number}${t.heading}。${t.body}`), fileName: 'task.txt' });
    const n = [...walk(again.nodes)].find((w) => w.node.lead.length)!.node;
    expect([n.lead, n.partners]).toEqual([['区科委'], ['区农业农村委', '区经委']]);
  });

  it('an emptied field: the fix deletes its line', () => {
    const cleared = change(a, t1.id, () => ({ lead: [], partners: [] }));
    const f = ours(cleared).find((x) => x.rule === 'field-line-stale')!;
    expect(f.fix!.replacement).toBe('');
    expect(printedParagraphs(nodeOf(cleared, t1.heading)).some((p) => p.includes('责任单位'))).toBe(false);
  });
});

describe('a departments annotation in a sentence (奉贤 2020)', async () => {
  const seed = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('003_'))!;
  const a = await load(path.join(ROOT, 'seeds', seed));
  const t = [...walk(a.nodes)].find((w) => w.node.body.includes('新建5G基站不少于2000个'))!.node;

  it('a partner added beside the annotation is no finding; a lead replaced is, fixed in the same brackets', () => {
    expect(ours(change(a, t.id, (n) => ({ partners: [...n.partners, '区建管委'] })))).toEqual([]);
    const edited = change(a, t.id, () => ({ lead: ['区经委'], partners: ['区科委(信息委)', '各电信基础运营商'] }));
    const [f] = ours(edited);
    expect(f.rule).toBe('field-line-stale');
    expect(nodeOf(edited, t.heading).body.slice(f.range!.start, f.range!.end)).toBe('【牵头单位:区科委(信息委),配合单位:各电信基础运营商】');
    expect(f.fix!.replacement).toBe('【牵头单位：区经委；配合单位：区科委(信息委)、各电信基础运营商】');
  });
});

describe('figures read as the importer reads them (second review)', () => {
  it('full-width digits as imported are no stale figure; a changed value still is', async () => {
    const text = ['东川区数字乡村实施方案（2024—2026年）', '一、主要任务', '1.推进乡村5G网络建设。新建5G基站１２００个。', '牵头单位：区工信局'].join('\n');
    const d = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'a.txt' });
    const t = [...walk(d.nodes)].find((w) => w.node.kind === 'task')!.node;
    expect(t.indicators.map((i) => [i.name, i.value])).toEqual([['5G基站', 1200]]);
    expect(ours(d)).toEqual([]);
    expect(printedParagraphs(t, d.meta.period)).toEqual(paragraphs(t.body));
    const edited = change(d, t.id, (n) => ({ indicators: n.indicators.map((i) => ({ ...i, value: 1500 })) }));
    const found = ours(edited);
    expect(found.map((f) => f.rule)).toEqual(['indicator-text']);
    expect(found[0].message).toContain('1500');
    expect(found[0].message).toContain('1200');
  });
});

describe('a lead given by the heading above ("一、区民政局牵头工作（2项）", corpus 83)', () => {
  const text = `2025年区政府工作报告任务清单
一、区民政局牵头工作（2项）
1.新增养老床位200张。（配合单位：各街道办事处）
2.建成社区托育点6个。`;
  it('a task\'s 配合单位 line is read with it: no finding, printed as written, with or without annexes', async () => {
    const d = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'g.txt' });
    const groups = groupLeads(d.nodes);
    const [t1, t2] = d.nodes[0].children;
    expect([t1.lead, t1.partners, groups.get(t1)]).toEqual([['区民政局'], ['各街道办事处'], ['区民政局']]);
    expect(ours(d)).toEqual([]);
    for (const annexes of [true, false]) {
      expect(printedParagraphs(t1, null, { annexes, group: groups.get(t1) })).toEqual(['（配合单位：各街道办事处）']);
      expect(printedParagraphs(t2, null, { annexes, group: groups.get(t2) })).toEqual([]);
    }
  });
  it('a lead changed in the editor prints the line from the fields (a re-import would read the heading\'s otherwise)', async () => {
    const d = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'g.txt' });
    const t1 = d.nodes[0].children[0];
    const e = change(d, t1.id, () => ({ lead: ['区卫生健康委'] }));
    const n = e.nodes[0].children[0];
    expect(printedParagraphs(n, null, { annexes: true, group: groupLeads(e.nodes).get(n) })).toEqual(['牵头单位：区卫生健康委；配合单位：各街道办事处']);
    expect(ours(e).map((f) => f.rule)).toEqual(['field-line-stale']);
  });
});
