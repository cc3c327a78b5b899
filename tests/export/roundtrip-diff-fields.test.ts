/**
 * The inventory's "diff" column (docs/exchange.md, "Every field"), field by field: two plans that differ only in one
 * field a user can enter, and what each diff the app shows says of it — the compare of two plans (`comparePlans`, the
 * 对比 view and `plan-workbench compare`), a plan against one of its versions (`compareVersions` by node id) or its
 * template (by content), the metadata above the version compare (`metaChanges`), and the history panel (`diffPlans`,
 * what every save records: the node and the field changed, the metadata as 规划信息). A field the table says a diff
 * shows must be reported there; one it says is not (themes, 未复核, the written number, an indicator's source sentence
 * in the compare of two plans) is asserted not to be, so the table and the code cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { comparePlans, compareVersions } from '../../shared/compare/index';
import { metaChanges, META_FIELDS } from '../../shared/compare/meta';
import { describeFieldDiff } from '../../shared/compare/describe';
import { FORMAT, PlanDoc, walk, type PlanNode } from '../../shared/model/plan';
import { fieldChanges } from '../helpers/roundtrip-compare';
import { diffPlans, META_NODE } from '../../shared/review/history';

let seq = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode>): PlanNode => ({ id: `n${++seq}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f });
const plan = (): PlanDoc => {
  seq = 0;
  return PlanDoc.parse({
    format: FORMAT,
    meta: {
      title: '东湖区推进数字化转型三年行动计划（2025—2027年）', district: '东湖区', city: '江州市', period: { start: 2025, end: 2027 },
      issuer: '东湖区人民政府办公室', docNumber: '东府办发〔2025〕12号', issuedOn: '2025-03-18', addressees: ['各街道办事处'], status: 'draft',
      source: null, basedOn: null, notice: '经区政府同意，现印发给你们。', preamble: '为加快推进数字化转型，制定本方案。',
    },
    nodes: [
      node('part', { heading: '主要任务', children: [
        node('task', {
          heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇，实现重点区域全覆盖。', lead: ['区经委'], partners: ['区财政局', '区数据局'],
          indicators: [{ name: '千兆光网覆盖率', value: 95, unit: '%', comparator: '>=', year: 2026, text: '到2026年千兆光网覆盖率达到95%' }],
          milestones: [{ year: 2025, stage: '启动', text: '完成方案编制' }, { year: 2026, stage: '推进', text: '开工建设' }],
          children: [node('item', { heading: '试点示范工程', body: '开展试点示范。', lead: ['区数据局'], indicators: [{ name: '试点小区数', value: 10, unit: '个', comparator: '>=', year: 2027, text: '' }], milestones: [{ year: 2027, stage: '完成', text: '试点验收' }] })],
        }),
        node('task', { heading: '推进一网统管建设', body: '完善城市运行管理平台，提升城市治理水平。', lead: ['区城管执法局'] }),
      ] }),
    ],
  });
};
const find = (d: PlanDoc, heading: string) => [...walk(d.nodes)].map((w) => w.node).find((n) => n.heading === heading)!;
const task = (d: PlanDoc) => find(d, '建设千兆光网');
const item = (d: PlanDoc) => find(d, '试点示范工程');

/**
 * What the compare of two plans reports for the task's pair: its text changed; its fields' changes (the items' too:
 * an item whose text changed is an item of the field diff with the field named); the CLI's lines of its field diff.
 */
function compared(a: PlanDoc, b: PlanDoc): { text: boolean; fields: string[]; lines: string[] } {
  const c = comparePlans(a, b);
  const p = c.pairs.find((x) => x.left.heading === '建设千兆光网')!;
  expect(p, 'the task is paired').toBeTruthy();
  const f = p.diff.fields;
  const items = (f.items ?? []).flatMap((i) => i.fields.filter((x) => x === 'heading' || x === 'body').map((x) => `item ${x}`));
  return { text: p.diff.summary.inserted + p.diff.summary.deleted > 0, fields: [...fieldChanges(f), ...items], lines: describeFieldDiff(f) };
}
/** The fields a version compare reports changed on the task or its item, by id and by content (a template's draft). */
function versions(a: PlanDoc, b: PlanDoc, matchBy: 'id' | 'content') {
  return compareVersions(a, b, { matchBy }).changed.flatMap((c) => c.fields.map((f) => `${c.node.heading} ${f}`));
}

/** What the history records of a save from `a` to `b`: node (its heading, or 规划信息) and the fields changed. */
const history = (a: PlanDoc, b: PlanDoc) => diffPlans(a, b).map((c) => `${c.nodeId === META_NODE ? '规划信息' : [...walk(a.nodes)].find((w) => w.node.id === c.nodeId)!.node.heading} ${c.change} ${c.fields.join(',')}`);

type Edit = (d: PlanDoc) => void;
/** Node fields the compare of two plans shows (field diff or word diff), and both version compares too. */
const SHOWN: Array<[string, Edit, 'text' | 'fields']> = [
  ['heading', (d) => { task(d).heading = '建设千兆宽带网络'; }, 'text'],
  ['body', (d) => { task(d).body = '推进千兆光网进小区、进楼宇、进园区，实现重点区域全覆盖。'; }, 'text'],
  ['lead added', (d) => { task(d).lead.push('区科委'); }, 'fields'],
  ['partner removed', (d) => { task(d).partners.pop(); }, 'fields'],
  ['lead ↔ partner', (d) => { const t = task(d); [t.lead, t.partners] = [['区财政局'], ['区经委', '区数据局']]; }, 'fields'],
  ['indicator name', (d) => { task(d).indicators[0].name = '千兆光网入户率'; }, 'fields'],
  ['indicator value', (d) => { task(d).indicators[0].value = 98; }, 'fields'],
  ['indicator unit', (d) => { task(d).indicators[0].unit = '个'; }, 'fields'],
  ['indicator comparator', (d) => { task(d).indicators[0].comparator = '='; }, 'fields'],
  ['indicator year', (d) => { task(d).indicators[0].year = 2027; }, 'fields'],
  ['indicator added', (d) => { task(d).indicators.push({ name: '5G基站数', value: 1200, unit: '个', comparator: '>=', year: 2027, text: '' }); }, 'fields'],
  ['indicator removed', (d) => { task(d).indicators = []; }, 'fields'],
  ['milestone year', (d) => { task(d).milestones[1].year = 2027; }, 'fields'],
  ['milestone stage', (d) => { task(d).milestones[0].stage = null; }, 'fields'],
  ['milestone text', (d) => { task(d).milestones[0].text = '完成方案编制并报批'; }, 'fields'],
  ['milestone added', (d) => { task(d).milestones.push({ year: 2027, stage: '完成', text: '全面建成' }); }, 'fields'],
  ['item text', (d) => { item(d).body = '开展试点示范，形成可复制经验。'; }, 'fields'],
  ['item lead', (d) => { item(d).lead = ['区科委']; }, 'fields'],
  ['item indicator name', (d) => { item(d).indicators[0].name = '示范小区数'; }, 'fields'],
  ['item indicator value', (d) => { item(d).indicators[0].value = 12; }, 'fields'],
  ['item milestone', (d) => { item(d).milestones[0].stage = '推进'; }, 'fields'],
];

describe('the diff column of the inventory: two plans differing in one field', () => {
  it.each(SHOWN)('%s: the compare of two plans shows it, and a version compare (by id and by content)', (_name, edit, where) => {
    const a = plan();
    const b = plan();
    edit(b);
    const c = compared(a, b);
    if (where === 'text') expect(c.text).toBe(true);
    else {
      expect(c.fields.length, 'the field diff reports it').toBeGreaterThan(0);
      expect(c.lines.length, 'the CLI compare prints it').toBeGreaterThan(0);
    }
    expect(versions(a, b, 'id').length).toBeGreaterThan(0);
    expect(versions(a, b, 'content').length).toBeGreaterThan(0);
    expect(history(a, b).length, 'the history records it').toBe(1);
  });

  it('an indicator renamed is reported as a name change with both names, its figures unchanged', () => {
    const a = plan();
    const b = plan();
    task(b).indicators[0].name = '千兆光网入户率';
    const row = comparePlans(a, b).pairs.find((x) => x.left.heading === '建设千兆光网')!.diff.fields.indicators[0];
    expect(row.name).toBe('千兆光网覆盖率 / 千兆光网入户率');
    expect(row.changed).toEqual(['name']);
  });

  it('a district name in an indicator is no change between two districts\' plans', () => {
    const a = plan();
    const b = plan();
    task(a).indicators[0].name = '东湖区千兆光网覆盖率';
    b.meta.district = '西山区';
    b.meta.title = b.meta.title.replace('东湖区', '西山区');
    task(b).indicators[0].name = '西山区千兆光网覆盖率';
    expect(compared(a, b).fields).toEqual([]);
  });

  it.each([
    ['themes', (d: PlanDoc) => { task(d).themes = ['重点民生实事']; }, 'themes'],
    ['未复核', (d: PlanDoc) => { task(d).unreviewed = true; }, 'unreviewed'],
    ['written number', (d: PlanDoc) => { task(d).number = '2.'; }, 'number'],
    ['indicator source sentence', (d: PlanDoc) => { task(d).indicators[0].text = '到2026年千兆光网覆盖率不低于95%'; }, 'indicators'],
  ] as const)('%s: not a difference between two plans (not printed, or the library\'s); the version compare by id shows it', (_n, edit, field) => {
    const a = plan();
    const b = plan();
    edit(b);
    const c = compared(a, b);
    expect([c.text, c.fields]).toEqual([false, []]);
    expect(versions(a, b, 'id')).toEqual([`建设千兆光网 ${field}`]);
    expect(history(a, b)).toEqual([`建设千兆光网 changed ${field}`]);
  });

  it('every field of the metadata but source, basedOn and templateRefs is shown changed above a version compare', () => {
    const edits: Record<(typeof META_FIELDS)[number], (m: PlanDoc['meta']) => void> = {
      title: (m) => { m.title += '（修订）'; }, district: (m) => { m.district = '西山区'; }, city: (m) => { m.city = null; },
      period: (m) => { m.period = { start: 2025, end: 2028 }; }, issuer: (m) => { m.issuer = '东湖区人民政府'; },
      docNumber: (m) => { m.docNumber = '东府办发〔2025〕13号'; }, signer: (m) => { m.signer = '周明远'; }, issuedOn: (m) => { m.issuedOn = '2025-03-19'; }, printedOn: (m) => { m.printedOn = '2025-03-21'; },
      addressees: (m) => { m.addressees.push('区政府各委、办、局'); }, status: (m) => { m.status = 'review'; },
      notice: (m) => { m.notice += '请认真贯彻执行。'; }, preamble: (m) => { m.preamble = ''; },
    };
    for (const [field, edit] of Object.entries(edits)) {
      const a = plan();
      const b = plan();
      edit(b.meta);
      expect(metaChanges(a.meta, b.meta).map((c) => c.field), field).toEqual([field]);
      expect(history(a, b), field).toEqual([`规划信息 changed ${field}`]);
    }
    const b = plan();
    b.meta.basedOn = 'p9';
    b.meta.templateRefs = [{ nodeId: null, field: 'meta.preamble', quote: '十四五', kind: 'five-year' }];
    expect(metaChanges(plan().meta, b.meta)).toEqual([]);
    // (the history records them: a save that changes the template a plan was made from is one of the library's)
    expect(history(plan(), b)).toEqual(['规划信息 changed basedOn,templateRefs']);
  });
});
