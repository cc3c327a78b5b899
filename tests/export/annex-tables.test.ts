/**
 * The official Word document's annex tables as a clerk wants them (walk 12, "Left"): 附表1's columns follow what they
 * hold — a department name is never broken inside when its column can hold it (measured from the package: the
 * table's w:gridCol widths against each name's width at 五号, and the cell's paragraphs, which break only between
 * names); its container column says what it holds or is left out; 附表2 lists a goal stated in 总体目标 and carried
 * by a task once, naming both, and the import gives it back to both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'docs');
const text = (s: string, name = 'plan.txt') => importFile({ bytes: new TextEncoder().encode(s), fileName: name });
const corpus = (f: string) => importFile({ bytes: new Uint8Array(readFileSync(join(CORPUS, f))), fileName: f });

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
// (a cell's lines: its paragraphs, and within one the lines its w:br breaks — a department cell is one paragraph)
const paraTexts = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].flatMap((p) => p[0].split(/<w:br\/>/).map((part) => decode([...part.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))));

interface Grid { widths: number[]; head: string[]; rows: string[][][] }
/** The tables of the document whose head row holds `headCell`: column widths (w:gridCol), head texts, each cell's paragraphs. */
async function tables(doc: PlanDoc, headCell: string): Promise<Grid[]> {
  const xml = strFromU8(unzipSync(await buildDocx(doc, { cover: true, annexes: true }))['word/document.xml']);
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => {
    const widths = [...m[0].matchAll(/<w:gridCol w:w="(\d+)"/g)].map((g) => Number(g[1]));
    const rows = [...m[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paraTexts(c[0]).filter(Boolean)));
    return { widths, head: rows[0]?.map((c) => c.join('')) ?? [], rows: rows.slice(1) };
  }).filter((t) => t.head.includes(headCell));
}
const taskGrid = async (doc: PlanDoc) => (await tables(doc, '牵头部门'))[0];

/** Width of a name at 五号 in em: CJK one em, Latin letters and digits half (the bracketed remark included). */
const em = (s: string) => [...s].reduce((a, c) => a + ((c.codePointAt(0) ?? 0) >= 0x80 ? 1 : 0.5), 0);
/** Em a column of w twips holds on a line: less the cell margins (57 + 57), over 10.5 pt = 210 twips. */
const holds = (w: number) => (w - 114) / 210;

/** Names of a department column broken inside: wider than the column's line, or split over two of its paragraphs. */
function brokenNames(g: Grid, col: number, names: string[][]): string[] {
  const out: string[] = [];
  g.rows.forEach((cells, i) => {
    const list = names[i];
    if (!list?.length) return;
    // each paragraph of the cell is whole names joined by 、 (the last of a line keeps its 、)
    const pieces = cells[col].flatMap((p) => p.split('、').filter(Boolean));
    expect(pieces).toEqual(list);
    for (const n of list) if (em(n) + (list.length > 1 ? 1 : 0) > holds(g.widths[col]) + 1e-6) out.push(n);
  });
  return out;
}
const deptLists = (doc: PlanDoc) => [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

describe('附表1 主要任务分解表: the columns follow what they hold', () => {
  it('南湖区 2024—2026 (walk 12): every department name on one line of its column; the year columns share what is left', async () => {
    const doc = await corpus('23-annex-task-table.txt');
    const g = await taskGrid(doc);
    expect(g.widths.reduce((a, b) => a + b, 0)).toBe(12756); // the landscape 版心
    const lead = g.head.indexOf('牵头部门');
    const partners = g.head.indexOf('配合部门');
    const tasks = deptLists(doc);
    expect(tasks.map((t) => t.lead)).toEqual([['区住房城乡建设委'], ['区城市更新中心'], ['区规划资源局'], ['区绿化市容局'], ['区房管局'], ['区民政局']]);
    expect(tasks[0].partners).toEqual(['区房管局', '区规划资源局', '各街道']);
    // before: 1000-twip department columns (4.2 em) broke 区住房城/乡建设委 and 区规划资/源局
    expect(brokenNames(g, lead, tasks.map((t) => t.lead))).toEqual([]);
    expect(brokenNames(g, partners, tasks.map((t) => t.partners))).toEqual([]);
    expect(holds(g.widths[lead])).toBeGreaterThanOrEqual(8); // 区住房城乡建设委
    // the three year columns one width, each wider than a department column was (1000 twips)
    const years = g.head.map((h, i) => (/^\d{4}年$/.test(h) ? g.widths[i] : 0)).filter(Boolean);
    expect(years).toHaveLength(3);
    expect(Math.max(...years) - Math.min(...years)).toBeLessThanOrEqual(2);
  });

  const sixYears = (names: { lead: string; partners: string }[]) => `临江市北湖区城乡融合发展行动计划（2021—2026年）

一、总体目标

到2026年，城乡融合发展取得明显成效。

二、重点任务

${names.map((_, i) => `${i + 1}.推进城乡融合第${'一二三四五六'[i]}项工作。完善城乡基础设施和公共服务。`).join('\n\n')}

附件

重点任务分解表

序号	重点任务	牵头单位	配合单位	2021年	2022年	2023年	2024年	2025年	2026年
${names.map((n, i) => `${i + 1}	推进城乡融合第${'一二三四五六'[i]}项工作	${n.lead}	${n.partners}	开展调研（启动）	制定方案（推进）	组织实施（推进）	扩大试点（推进）	全面推开（推进）	总结评估（完成）`).join('\n')}
`;

  it('a plan of six years with departments of nine characters: six year columns, no name broken', async () => {
    const doc = await text(sixYears([
      { lead: '区农业农村和水利局', partners: '区规划和自然资源局、区生态环境局' },
      { lead: '区交通运输局', partners: '区财政局、区规划和自然资源局、各镇人民政府' },
      { lead: '区卫生健康委员会', partners: '区民政局、区财政局' },
    ]));
    const g = await taskGrid(doc);
    expect(g.head.filter((h) => /^\d{4}年$/.test(h))).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年', '2026年']);
    const tasks = deptLists(doc);
    expect(tasks[0].lead).toEqual(['区农业农村和水利局']);
    expect(brokenNames(g, g.head.indexOf('牵头部门'), tasks.map((t) => t.lead))).toEqual([]);
    expect(brokenNames(g, g.head.indexOf('配合部门'), tasks.map((t) => t.partners))).toEqual([]);
    // a year's head "2021年" on one line of its column (3 em)
    for (const [i, h] of g.head.entries()) if (/^\d{4}年$/.test(h)) expect(holds(g.widths[i])).toBeGreaterThanOrEqual(3);
  });

  it('a plan of two years with many partners and long task names: the partners packed several to a line, none broken', async () => {
    const partners = '区发展改革委、区经济信息化委、区商务委、区财政局、区人力资源社会保障局、区市场监管局、区科委、各街道办事处';
    const doc = await text(`某区推进数字经济发展两年行动方案（2025—2026年）

一、重点任务

1.推进全区重点产业园区数字化转型升级和智能化改造提升。建设智慧园区平台。

2.推进中小企业数字化转型和工业互联网平台推广应用。培育数字化转型服务商。

附件

重点任务分解表

序号	重点任务	牵头单位	配合单位	2025年	2026年
1	推进全区重点产业园区数字化转型升级和智能化改造提升	区经济信息化委	${partners}	建成智慧园区平台（启动）	完成改造提升（完成）
2	推进中小企业数字化转型和工业互联网平台推广应用	区科委	${partners}	培育服务商10家（推进）	推广应用企业500家（完成）
`);
    const g = await taskGrid(doc);
    const col = g.head.indexOf('配合部门');
    const tasks = deptLists(doc);
    // (the lead, also listed among the partners, is the lead only)
    expect(tasks[0].partners).toHaveLength(7);
    expect(brokenNames(g, col, tasks.map((t) => t.partners))).toEqual([]);
    // several names on a line: fewer lines than names
    expect(g.rows[0][col].length).toBeLessThan(7);
  });
});

describe('附表1: the container column', () => {
  it('left out when every task sits in one part (二、重点任务: the column would repeat it on every row)', async () => {
    const doc = await corpus('23-annex-task-table.txt');
    const g = await taskGrid(doc);
    expect(g.head.slice(0, 3)).toEqual(['序号', '重点任务', '主要内容']);
    expect(g.rows.flat(2).some((c) => c.includes('二、重点任务'))).toBe(false);
    // Markdown's table too
    expect(buildMarkdown(doc, { annexes: true })).toContain('| 序号 | 重点任务 | 主要内容 | 牵头部门 | 配合部门 | 2024年 | 2025年 | 2026年 |');
  });

  it('named for what it holds: 行动 for actions, 部分 for parts', async () => {
    const actions = await text(`某区城乡融合行动计划（2024—2026年）

一、重点任务

（一）乡村建设行动

1.建设美丽乡村。建成示范村20个，由区农业农村委牵头。

2.提升农村公路。新增农村公路80公里，由区交通委牵头。

（二）公共服务均等化行动

3.完善农村养老服务。建设互助养老点30个，由区民政局牵头。
`);
    const ga = await taskGrid(actions);
    expect(ga.head[1]).toBe('行动');
    expect(ga.rows[0][1].join('')).toContain('乡村建设行动');
    const parts = await text(`某区民生工作方案（2024—2026年）

一、优质教育

重点任务1：新建中小学校。新建学校5所。牵头单位：区教育局。

二、健康服务

重点任务2：建设社区卫生服务中心。新建中心3个。牵头单位：区卫生健康委。
`);
    const gp = await taskGrid(parts);
    expect(gp.head[1]).toBe('部分');
    expect(gp.rows.map((r) => r[1].join(''))).toEqual(['一、优质教育', '二、健康服务']);
    // sections (or a mix of levels): 类别, a head the importer reads as the container column
    const sections = await text(`某区民生工作方案（2024—2026年）

一、主要任务

（一）教育

1.新建中小学校。新建学校5所。牵头单位：区教育局。

（二）卫生

2.建设社区卫生服务中心。新建中心3个。牵头单位：区卫生健康委。
`);
    const gs = await taskGrid(sections);
    expect(gs.head[1]).toBe('类别');
    expect(gs.rows.map((r) => r[1].join(''))).toEqual(['（一）教育', '（二）卫生']);
  });
});

/** Every node's indicators as "heading: name value unit year" (the round trip must give back each name). */
const targets = (doc: PlanDoc) => [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.indicators.length)
  .map((n) => `${n.heading}: ${n.indicators.map((i) => `${i.name} ${i.comparator}${i.value}${i.unit} ${i.year}`).join('、')}`);
const backFromDocx = async (doc: PlanDoc) => importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'back.docx' });
const backFromMarkdown = (doc: PlanDoc) => importFile({ bytes: new TextEncoder().encode(buildMarkdown(doc, { annexes: true })), fileName: 'back.md' });

describe('附表2 主要指标表: a goal stated in 总体目标 and carried by a task', () => {
  // 总体目标 (tests/corpus/docs/23): "完成旧住房成套改造12万平方米，实施城中村改造项目6个，改造提升老旧街区15片，新增公共绿地
  // 30万平方米，建设各类保障性租赁住房5000套"; task 1 "完成改造12万平方米", task 3 "改造提升老旧街区15片", task 4 "新增公共绿地
  // 30万平方米，建设口袋公园20个", task 5 "建设各类保障性租赁住房5000套", task 6 "“15分钟社区生活圈”示范街道" 4 个
  const read = [
    '总体目标: 旧住房成套改造 =12万平方米 2026、城中村改造项目 =6个 2026、改造提升老旧街区 =15片 2026、公共绿地 =30万平方米 2026、各类保障性租赁住房 =5000套 2026',
    '推进旧住房成套改造: 改造 =12万平方米 2026',
    '推进老旧街区更新: 改造提升老旧街区 =15片 2026',
    '增加公共绿地和开放空间: 公共绿地 =30万平方米 2026、口袋公园 =20个 2026',
    '建设保障性租赁住房: 各类保障性租赁住房 =5000套 2026',
    '完善社区公共服务设施: “15分钟社区生活圈”示范街道 =4个 2026',
  ];

  it('one row when the goal and the task name it alike, naming both; two rows when the names differ; every name comes back', async () => {
    const doc = await corpus('23-annex-task-table.txt');
    expect(targets(doc)).toEqual(read);
    const [g] = await tables(doc, '所属任务');
    const rows = g.rows.map((r) => r.map((c) => c.join('')));
    // the same name: one row where the goal stands, naming both
    expect(rows.filter((r) => r[1] === '30')).toEqual([['公共绿地', '30', '万平方米', '2026', '一、总体目标；4.增加公共绿地和开放空间']]);
    expect(rows.filter((r) => r[1] === '5000')).toHaveLength(1);
    expect(rows.filter((r) => r[1] === '15')).toHaveLength(1);
    // task 1 says less ("改造"): a row of its own, so that neither name is lost
    expect(rows.filter((r) => r[1] === '12')).toEqual([
      ['旧住房成套改造', '12', '万平方米', '2026', '一、总体目标'],
      ['改造', '12', '万平方米', '2026', '1.推进旧住房成套改造'],
    ]);
    // two tasks with the same figure are two targets; a goal without a task's stays its own row
    expect(rows.find((r) => r[1] === '6')?.[4]).toBe('一、总体目标');
    expect(rows).toHaveLength(8);
    // back, from Word and from Markdown: each node its own targets under its own names
    expect(targets(await backFromDocx(doc))).toEqual(read);
    expect(targets(await backFromMarkdown(doc))).toEqual(read);
  });

  it('a target the user renamed on the task (社区公园及公共绿地) is not merged into the goal\'s, and neither name changes on the way back', async () => {
    const doc = await corpus('23-annex-task-table.txt');
    const task4 = [...walk(doc.nodes)].map((w) => w.node).find((n) => n.heading === '增加公共绿地和开放空间')!;
    task4.indicators[0] = { ...task4.indicators[0], name: '社区公园及公共绿地' };
    const renamed = read.map((l) => l.replace('增加公共绿地和开放空间: 公共绿地', '增加公共绿地和开放空间: 社区公园及公共绿地'));
    expect(targets(doc)).toEqual(renamed);
    const [g] = await tables(doc, '所属任务');
    expect(g.rows.map((r) => r.map((c) => c.join(''))).filter((r) => r[1] === '30')).toEqual([
      ['公共绿地', '30', '万平方米', '2026', '一、总体目标'],
      ['社区公园及公共绿地', '30', '万平方米', '2026', '4.增加公共绿地和开放空间'],
    ]);
    expect(targets(await backFromDocx(doc))).toEqual(renamed);
    expect(targets(await backFromMarkdown(doc))).toEqual(renamed);
  });
});
