/**
 * The Markdown front end (shared/importer/formats/markdown.ts): a plan we wrote in Markdown, the rules one by one,
 * and the app's own Markdown export of the five seeds read back with its headings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../shared/export/markdown.js';
import { importFile, importText } from '../../shared/importer/index.js';
import { readMarkdown } from '../../shared/importer/formats/markdown.js';
import { readSource } from '../../shared/importer/source.js';
import { annotationBlock, takeAnnotationBlocks } from '../../shared/model/annotation-text.js';
import type { Annotation } from '../../shared/model/annotation.js';
import { FORMAT, emptyNode, walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

const PLAN_MD = `# 某区推进城市更新三年行动计划（2025—2027年）

为加快推进城市更新，**改善**人居环境，
结合本区实际，制定本计划。

一、总体要求
============

## （一）主要目标

到2027年，完成旧区改造*30万平方米*，新增公园绿地10公顷。

## （二）重点任务

3. 推进旧区改造。牵头单位：区旧改办。
4) 整治背街小巷。牵头单位：区建管委。
   配合单位：各街道办事处。

- 区发展改革委
* 区财政局
  - 区审计局

| 序号 | 任务 | 牵头单位 |
|:----|:----:|----:|
| 1 | 旧区改造 | 区旧改办 |
| 2 | 背街小巷整治 | 区建管委 |

\`\`\`
附件：任务分解表
\`\`\`

Smart city
platform

第一行  
第二行
`;

describe('Markdown → lines', () => {
  const lines = readMarkdown(PLAN_MD);
  const byText = (t: string) => lines.find((l) => l.text === t);

  it('ATX and setext headings → heading hints, without the #s or underline', () => {
    expect(lines.filter((l) => l.heading).map((l) => [l.heading, l.text])).toEqual([
      [1, '某区推进城市更新三年行动计划（2025—2027年）'],
      [1, '一、总体要求'],
      [2, '（一）主要目标'],
      [2, '（二）重点任务'],
    ]);
  });

  it('a paragraph is one line: a wrap between Chinese characters joined without a space, between Latin words with one; emphasis removed', () => {
    expect(byText('为加快推进城市更新，改善人居环境，结合本区实际，制定本计划。')).toBeDefined();
    expect(byText('到2027年，完成旧区改造30万平方米，新增公园绿地10公顷。')).toBeDefined();
    expect(byText('Smart city platform')).toBeDefined();
  });

  it('list items keep the number the author wrote (Markdown would renumber) and bullets become •', () => {
    const items = lines.filter((l) => l.list);
    expect(items.map((l) => [l.text, l.list])).toEqual([
      ['3. 推进旧区改造。牵头单位：区旧改办。', { level: 0, ordered: true }],
      ['4) 整治背街小巷。牵头单位：区建管委。配合单位：各街道办事处。', { level: 0, ordered: true }],
      ['• 区发展改革委', { level: 0, ordered: false }],
      ['• 区财政局', { level: 0, ordered: false }],
      ['• 区审计局', { level: 1, ordered: false }],
    ]);
  });

  it('a pipe table → one line per row with cells (the header row included, the delimiter row not)', () => {
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['序号', '任务', '牵头单位'], ['1', '旧区改造', '区旧改办'], ['2', '背街小巷整治', '区建管委'],
    ]);
    expect(lines.find((l) => l.cells)!.text).toBe('序号\t任务\t牵头单位');
  });

  it('code blocks are kept as text; a hard break starts a new line', () => {
    expect(byText('附件：任务分解表')).toBeDefined();
    expect(byText('第一行')).toBeDefined();
    expect(byText('第二行')).toBeDefined();
  });

  it('line numbers are the lines of the .md file, blank lines only where the file has them', () => {
    expect(lines[0]).toEqual({ text: '某区推进城市更新三年行动计划（2025—2027年）', line: 1, heading: 1 });
    expect(byText('一、总体要求')!.line).toBe(6);
    expect(byText('（一）主要目标')!.line).toBe(9);
    const src = PLAN_MD.split('\n');
    for (const l of lines) if (l.text === '') expect(src[l.line - 1].trim(), `line ${l.line}`).toBe('');
    for (let k = 1; k < lines.length; k++) expect(lines[k].line).toBeGreaterThan(lines[k - 1].line);
  });

  it('readSource reads .md and .markdown through Markdown (GB18030 too), .txt stays plain text', async () => {
    const md = await readSource(utf8('## 一、总体要求\n'), '计划.md');
    expect(md.lines).toEqual([{ text: '一、总体要求', line: 1, heading: 2 }]);
    // "## 一、总体要求" in GBK, written byte by byte (一 D2BB 、 A1A2 总 D7DC 体 CCE5 要 D2AA 求 C7F3), twice
    const gbk = new Uint8Array(Buffer.from('2323 20 d2bb a1a2 d7dc cce5 d2aa c7f3 0a 0a d2bb a1a2 d7dc cce5 d2aa c7f3 0a'.replace(/ /g, ''), 'hex'));
    const fromGbk = await readSource(gbk, 'x.markdown');
    expect(fromGbk.encoding).toBe('gb18030');
    expect(fromGbk.lines[0]).toEqual({ text: '一、总体要求', line: 1, heading: 2 });
    expect((await readSource(utf8('## 一、总体要求\n'), '计划.txt')).lines).toEqual([{ text: '## 一、总体要求', line: 1 }]);
  });
});

describe('a 专栏 written as a block quote ends with the quote (the frame a text has)', () => {
  // what the export writes for a task whose content is its box: the task's heading, its departments line, the box
  const MD = `# 东湖区推进数字化转型三年行动计划（2025—2027年）

## 一、主要任务

### 1.建设千兆光网

推进千兆光网进小区。

### 2.深化一网通办改革

牵头单位：区政务服务中心

> **专栏1　重点工程**
>
> 1.平台升级工程
>
> 升级平台。
>
> 2.试点示范工程

### 3.推进一网统管建设

完善城市运行管理平台。
`;
  it('the quoted lines are marked with their quote, the lines after it are not', () => {
    const lines = readMarkdown(MD).filter((l) => l.text);
    const at = (t: string) => lines.find((l) => l.text === t)!;
    expect([at('专栏1　重点工程').frame, at('1.平台升级工程').frame, at('2.试点示范工程').frame]).toEqual([1, 1, 1]);
    expect(at('3.推进一网统管建设').frame).toBeUndefined();
    expect(at('牵头单位：区政务服务中心').frame).toBeUndefined();
  });
  it('the box is the content of the task it follows (a departments line is no text), and task 3 follows it', async () => {
    const doc = await importFile({ bytes: utf8(MD), fileName: 'plan.md' });
    const part = doc.nodes[0];
    expect(part.children.map((n) => `${n.kind} ${n.number}${n.heading}`)).toEqual(['task 1.建设千兆光网', 'task 2.深化一网通办改革', 'task 3.推进一网统管建设']);
    const box = part.children[1].children[0];
    expect(`${box.kind} ${box.heading}`).toBe('box 重点工程');
    expect(box.children.map((n) => `${n.kind} ${n.number}${n.heading}`)).toEqual(['item 1.平台升级工程', 'item 2.试点示范工程']);
    expect(part.children[1].lead).toEqual(['区政务服务中心']);
  });
});

describe('a node with fields and no text of its own comes back with no text (a planner adds a task and its departments first)', () => {
  const task = (id: string, heading: string, f: Partial<PlanNode>): PlanNode => ({ ...emptyNode(id, 'task'), heading, ...f });
  const doc: PlanDoc = {
    format: FORMAT,
    meta: { ...importText('某区三年行动计划\n\n一、主要任务\n').meta, title: '东湖区推进数字化转型三年行动计划（2025—2027年）', period: { start: 2025, end: 2027 } },
    nodes: [{
      ...emptyNode('p1', 'part'), heading: '主要任务', children: [
        task('t1', '建设千兆光网', { lead: ['区科委'], partners: ['区经委', '区财政局'] }),
        task('t2', '深化一网通办改革', { body: '推动高频政务服务事项全程网办。', lead: ['区政务服务中心'] }),
        task('t3', '建设城市数据中心', { lead: ['区数据局'], milestones: [{ year: 2026, stage: '完成', text: '建成投入使用' }],
          indicators: [{ name: '数据中心机架数', value: 500, unit: '个', comparator: '>=', year: 2027, text: '' }] }),
      ],
    }],
  };
  it('its fields come back from the field lines the export writes, and its text stays empty', async () => {
    for (const annexes of [false, true]) {
      const back = await importFile({ bytes: utf8(buildMarkdown(doc, { annexes })), fileName: 'plan.md' });
      const tasks = back.nodes[0].children;
      expect(tasks.map((t) => [t.heading, t.lead, t.partners, t.milestones, t.indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year])]), `annexes ${annexes}`).toEqual([
        ['建设千兆光网', ['区科委'], ['区经委', '区财政局'], [], []],
        ['深化一网通办改革', ['区政务服务中心'], [], [], []],
        ['建设城市数据中心', ['区数据局'], [], [{ year: 2026, stage: '完成', text: '建成投入使用' }], [['数据中心机架数', 500, '个', '>=', 2027]]],
      ]);
      // (a node with text keeps the lines after it, as every format's import keeps field lines in the text)
      expect(tasks.map((t) => t.body), `annexes ${annexes}`).toEqual(['', '推动高频政务服务事项全程网办。\n牵头单位：区政务服务中心', '']);
    }
  });
  it('a planner\'s own Markdown: only lines worded exactly as the export prints the fields read are no text; any other wording stays as written', async () => {
    const bodies = [
      '【牵头单位：区科委；配合单位：区经委】',
      // (the export prints the departments line first)
      '年度节点：2026年完成：实现全区覆盖\n\n牵头单位：区经委',
      // (the export prints one line; 等相关部门 is no department a field holds)
      '牵头单位：区科委\n\n配合单位：区经委等相关部门',
      // (a remark in brackets: the lead field holds no such words)
      '牵头单位：区科委（负责统筹协调，每月调度一次）',
      // (as the export prints it: the fields hold it)
      '牵头单位：区科委；配合单位：区经委',
    ];
    const md = '# 某区行动计划\n\n## 一、主要任务\n\n' + bodies.map((b, k) => `### ${k + 1}.建设任务${k + 1}\n\n${b}\n\n`).join('');
    const back = (await importFile({ bytes: utf8(md), fileName: 'plan.md' })).nodes[0].children;
    const asWritten = bodies.map((b) => b.replace(/\n\n/g, '\n'));
    expect(back.map((t) => t.body)).toEqual([...asWritten.slice(0, 4), '']);
    // (the remark stays with its one lead: its comma separates its words, not two departments)
    expect(back.map((t) => t.lead)).toEqual([['区科委'], ['区经委'], ['区科委'], ['区科委(负责统筹协调，每月调度一次)'], ['区科委']]);
    expect(back[0].partners).toEqual(['区经委']);
    expect(back[4].partners).toEqual(['区经委']);
    expect(back[1].milestones).toEqual([{ year: 2026, stage: '完成', text: '实现全区覆盖' }]);
    // the same lines in a text file are the document's own text, kept as written (the Word export prints them so)
    const txt = await importFile({ bytes: utf8(md.replace(/^#+ /gm, '')), fileName: 'plan.txt' });
    expect(txt.nodes[0].children.map((t) => t.body)).toEqual(asWritten);
  });
});

describe('a field line typed into the text of a node whose field is empty reaches the Markdown export (nothing entered is lost)', () => {
  const task = (id: string, heading: string, body: string): PlanNode => ({ ...emptyNode(id, 'task'), heading, body });
  const doc: PlanDoc = {
    format: FORMAT,
    meta: { ...importText('某区三年行动计划\n\n一、主要任务\n').meta, title: '东湖区推进数字化转型三年行动计划（2025—2027年）', period: { start: 2025, end: 2027 } },
    nodes: [{
      ...emptyNode('p1', 'part'), heading: '主要任务', children: [
        task('t1', '建设千兆光网', '牵头单位：区科委'),
        task('t2', '推进5G网络深度覆盖', '推动5G网络向重点场所延伸。\n年度节点：2026年完成：实现全区覆盖'),
        task('t3', '建设城市数据中心', '指标：数据中心机架数不低于500个（2027年）'),
      ],
    }],
  };
  it('the lines are printed as written and come back as the fields', async () => {
    for (const annexes of [false, true]) {
      const md = buildMarkdown(doc, { annexes });
      const lines = md.split('\n');
      for (const l of ['牵头单位：区科委', '推动5G网络向重点场所延伸。', '年度节点：2026年完成：实现全区覆盖', '指标：数据中心机架数不低于500个（2027年）']) expect(lines, `annexes ${annexes}`).toContain(l);
      const tasks = (await importFile({ bytes: utf8(md), fileName: 'plan.md' })).nodes[0].children;
      expect(tasks.map((t) => [t.lead, t.milestones, t.indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year])]), `annexes ${annexes}`).toEqual([
        [['区科委'], [], []],
        [[], [{ year: 2026, stage: '完成', text: '实现全区覆盖' }], []],
        [[], [], [['数据中心机架数', 500, '个', '>=', 2027]]],
      ]);
      // (a line as the export prints the field is no text; the line after a text stays with it, as from every format)
      expect(tasks.map((t) => t.body), `annexes ${annexes}`).toEqual(['', '推动5G网络向重点场所延伸。\n年度节点：2026年完成：实现全区覆盖', '']);
    }
  });
});

describe("the app's own Markdown export reads back with its headings", () => {
  const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  expect(files).toHaveLength(5);

  /** The export's headings as written: `#…# text` lines, Markdown backslash escapes removed. */
  const writtenHeadings = (md: string) => md.split('\n').map((l) => /^(#{1,6}) (.*)$/.exec(l)).filter((m) => m !== null)
    .map((m) => [m![1].length, m![2].replace(/\\([\\`*_[\]|<>#+\-.!])/g, '$1').trim()] as [number, string]);

  it('body text that starts like Markdown ("1. ", "# ", "- ") is escaped by the export and read back as written', async () => {
    const doc = importText('某区三年行动计划\n\n一、总体要求\n\n坚持问题导向。\n');
    doc.meta.preamble = '1. 以数字和点开头的正文\n# 以井号开头的正文\n- 以减号开头的正文';
    const { lines } = await readSource(utf8(buildMarkdown(doc)), 'export.md');
    const got = lines.map((l) => l.text);
    for (const t of ['1. 以数字和点开头的正文', '# 以井号开头的正文', '- 以减号开头的正文']) expect(got).toContain(t);
    expect(lines.filter((l) => l.list || (l.heading && l.text.includes('正文')))).toEqual([]);
  });

  for (const file of files) {
    it(`${file}: every exported heading comes back as a heading line of the same level and text`, async () => {
      const doc = importText(readFileSync(join(SEEDS, file), 'utf8'), file);
      const md = buildMarkdown(doc, { annexes: true });
      const expected = writtenHeadings(md);
      expect(expected.length).toBeGreaterThan(5);
      const { lines } = await readSource(utf8(md), 'export.md');
      expect(lines.filter((l) => l.heading).map((l) => [l.heading, l.text])).toEqual(expected);
      // the annex pipe tables come back as rows
      if (md.includes('\n| ')) expect(lines.some((l) => l.cells && l.cells.length >= 5)).toBe(true);
      // no Markdown escape is left in the text
      expect(lines.map((l) => l.text).join('\n')).not.toMatch(/\\[\\`*_[\]|<>#]/);
    });
  }
});

describe('annotation comment blocks (shared/model/annotation-text.ts)', () => {
  const md = [
    '# 某区推进城市更新三年行动计划（2025—2027年）', '',
    '## 一、总体要求', '', '坚持统筹推进。', '',
    '<!-- 作者自己的备注，不是批注 -->', '',
    '<!-- 批注 a1', '类型：批注', '状态：未解决', '位置：一、总体要求', '标注：正文', '偏移：2', '原文：统筹', '作者：李审核', '时间：2026-12-01T08:00:00.000Z', '内容："两行\\n意见"', '-->', '',
    '<!-- 批注 a2', '类型：批注', '这一行没有冒号', '-->', '',
  ].join('\n');

  it('a block is an annotation on the node its 位置 names; a malformed one is a report line; another HTML comment stays text', async () => {
    const doc = await importFile({ bytes: utf8(md), fileName: 'x.md' });
    const part = doc.nodes.find((n) => n.heading === '总体要求')!;
    expect(doc.annotations).toHaveLength(1);
    expect(doc.annotations![0]).toMatchObject({ id: 'a1', kind: 'comment', status: 'open', body: '两行\n意见', anchor: { nodeId: part.id, field: 'body', quote: '统筹', start: 2 } });
    expect(doc.report!.warnings.filter((w) => w.code === 'annotation-invalid').map((w) => w.message)).toEqual(['第 21 行的批注注释块无法读取,未导入:无法读取的一行“这一行没有冒号”']);
    // the author's own comment is read as before (text), the blocks are not
    expect(part.body).toContain('作者自己的备注');
    expect(JSON.stringify(doc.nodes)).not.toContain('李审核');
  });

  // a person's own one-line note that happens to start with 批注, in a plan of five headed nodes
  const PLAN = [
    '# 某区智慧城市建设三年行动计划', '', '## 一、总体要求', '', '### （一）指导思想', '', '以新时代思想为指导。', '',
    '<!-- 批注 请核对这一段的数据 -->', '', '### （二）发展目标', '', '到2025年，建成智慧城市。', '',
    '## 二、主要任务', '', '### （一）建设政务外网', '', '完成政务外网升级改造。', '',
  ];
  const outline = (d: { nodes: Parameters<typeof walk>[0] }) => [...walk(d.nodes)].map(({ node }) => `${node.number}${node.heading}|${node.body}`);

  it('a comment closing on its own line is no block: the plan after it is read, the comment stays text', async () => {
    const doc = await importFile({ bytes: utf8(PLAN.join('\n')), fileName: 'x.md' });
    expect(outline(doc)).toEqual([
      '一、总体要求|', '（一）指导思想|以新时代思想为指导。\n<!-- 批注 请核对这一段的数据 -->', '（二）发展目标|到2025年，建成智慧城市。',
      '二、主要任务|', '（一）建设政务外网|完成政务外网升级改造。',
    ]);
    expect(doc.annotations ?? []).toEqual([]);
    // and with text after the comment on its line (a second review's case): that text is kept, nothing blanked
    const after = await importFile({ bytes: utf8(PLAN.join('\n').replace('<!-- 批注 请核对这一段的数据 -->', '<!-- 批注 请核对 --> 这句话要保留')), fileName: 'x.md' });
    expect(outline(after)[1]).toBe('（一）指导思想|以新时代思想为指导。\n<!-- 批注 请核对 --> 这句话要保留');
    expect(after.report?.warnings.filter((w) => w.code === 'annotation-invalid') ?? []).toEqual([]);
  });

  it('a block that never closes takes only its 键：值 lines; the text after it and a later block come in', async () => {
    const open = PLAN.map((l) => (l.startsWith('<!-- 批注') ? '<!-- 批注 x1\n类型：批注\n状态：未解决' : l));
    const later = ['<!-- 批注 a1', '类型：批注', '状态：未解决', '位置：二、主要任务 › （一）建设政务外网', '标注：正文', '偏移：2', '原文：政务外网', '作者：李审核', '时间：2026-12-01T08:00:00.000Z', '内容：请补充时限', '-->', ''];
    for (const text of [open.join('\n'), [...open, ...later].join('\n')]) {
      const doc = await importFile({ bytes: utf8(text), fileName: 'x.md' });
      expect(outline(doc)).toEqual([
        '一、总体要求|', '（一）指导思想|以新时代思想为指导。', '（二）发展目标|到2025年，建成智慧城市。', '二、主要任务|', '（一）建设政务外网|完成政务外网升级改造。',
      ]);
      expect(doc.report!.warnings.filter((w) => w.code === 'annotation-invalid').map((w) => w.message))
        .toEqual(['第 9 行的批注注释块无法读取,未导入:批注注释块没有结束标记 -->(只去掉了第 9–11 行,其后的文字照常读入)']);
      const task = [...walk(doc.nodes)].find((w) => w.node.heading === '建设政务外网')!.node;
      expect((doc.annotations ?? []).map((a) => [a.id, a.anchor.nodeId, a.anchor.quote, a.body]))
        .toEqual(text.includes('a1') ? [['a1', task.id, '政务外网', '请补充时限']] : []);
    }
  });

  it('a block carries its small fields exactly: a file name with |, an empty 处理时间, null 建议 and 采纳前原文, the text "null"', () => {
    const base: Annotation = {
      id: 'a_1', planId: 'p', kind: 'suggestion', anchor: { nodeId: 'n1', field: 'node', quote: '', start: 0, prefix: '', suffix: '', path: [] },
      author: { name: '王审核', department: '' }, body: '意见', replacement: null, status: 'resolved', round: null, replies: [],
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', closedBy: { name: '李', department: '' }, closedAt: '',
      original: null, origin: { kind: 'package', fileName: '审阅|第二轮.planreview', ref: 'r|1' },
    };
    const back = (a: Annotation) => takeAnnotationBlocks(annotationBlock(a, ['一、总体要求'])).blocks[0].annotation!;
    for (const a of [base, { ...base, replacement: 'null', original: 'null', closedAt: null, closedBy: null }, { ...base, kind: 'comment' as const, replacement: '改为', original: undefined }]) {
      expect(back(a)).toEqual({ ...a, planId: 'markdown', anchor: { ...a.anchor, nodeId: '' } });
    }
    // the one-line 来源 of the files written before: a file name with | is the middle
    const old = annotationBlock(base, ['一、总体要求']).replace(/来源：package\n来源文件：.*\n来源编号：.*/, '来源：package|审阅|第二轮.planreview|r1');
    expect(takeAnnotationBlocks(old).blocks[0].annotation!.origin).toEqual({ kind: 'package', fileName: '审阅|第二轮.planreview', ref: 'r1' });
  });

  it('the same file without its blocks reads as the same plan', async () => {
    const plain = md.split('\n').slice(0, 8).join('\n');
    const a = await importFile({ bytes: utf8(md), fileName: 'x.md' });
    const b = await importFile({ bytes: utf8(plain), fileName: 'x.md' });
    expect(a.nodes).toEqual(b.nodes);
  });
});
