/**
 * General rules added for styles read in other cities' plans (corpus batch 10, docs/importer-grammar.md):
 * departments written as "（A牵头，B、C配合）" closing a paragraph, and tasks grouped under a year heading.
 * The outline rules (第X条 articles, a task table as the body, the plan as 附件1) are cases in tests/corpus/rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { findResponsibility, rolesList, splitDepartments } from '../../shared/importer/departments';
import { textMilestones } from '../../shared/importer/celltable';
import { importFile, importText } from '../../shared/importer/index';
import { findIndicators } from '../../shared/importer/indicators';
import { walk } from '../../shared/model/plan';
import { printedParagraphs } from '../../shared/fieldtext';
import { deriveNumbers } from '../../shared/numbering';

describe('a bracketed roles list closing a paragraph', () => {
  it('A牵头，B、C配合: A leads, B and C are partners', () => {
    expect(findResponsibility('推行容缺受理。（区政务服务中心牵头，区市场监管局、区卫生健康委配合）')).toEqual({ lead: ['区政务服务中心'], partners: ['区市场监管局', '区卫生健康委'] });
  });
  it('A负责 leads alone; 各街道按职责分工负责 after a lead helps', () => {
    expect(findResponsibility('涉企案件平均审理时间压缩至60天。（区法院负责）')).toEqual({ lead: ['区法院'], partners: [] });
    expect(findResponsibility('开展技能培训1万人次。（区人社局牵头，各街道按职责分工负责）')).toEqual({ lead: ['区人社局'], partners: ['各街道'] });
    expect(findResponsibility('规范涉企检查。（区司法局牵头，区级各行政执法部门配合）')).toEqual({ lead: ['区司法局'], partners: ['区级各行政执法部门'] });
  });
  it('a closing sentence 由A牵头，B配合。 / 此项工作由A负责。 is a roles list too; 由A牵头，定期研究… is not', () => {
    expect(findResponsibility('新组建教育集团3个。由区教育局牵头，区财政局、区人社局配合。')).toEqual({ lead: ['区教育局'], partners: ['区财政局', '区人社局'] });
    expect(findResponsibility('完成校园安防设施改造20所。此项工作由区教育局负责。')).toEqual({ lead: ['区教育局'], partners: [] });
    expect(findResponsibility('建立联席会议制度，由区教育局牵头，定期研究重大问题。')).toBeNull();
    expect(findResponsibility('由区教育局牵头组织实施，确保按期完成。')).toBeNull();
  });
  it('brackets that are not a roles list are not read as one', () => {
    expect(rolesList('含2个示范街道，到2026年完成')).toBeNull();
    expect(rolesList('区财政局、区科委配合')).toBeNull(); // nobody leads
    expect(findResponsibility('建立联席会议制度。（由区民政局牵头，定期召开会议）')).toBeNull();
  });
});

describe('tasks grouped under a year', () => {
  const plan = `西岭区生态文明建设三年行动方案（2024—2026年）
一、分年度推进计划
（一）2024年度重点任务
1.编制创建规划。发布实施创建规划。
牵头单位：区生态环境局
（二）2025年：全面推进
1.实施国土绿化行动。新增造林面积1.5万亩。
牵头单位：区林业局
2.开展达标评估。对照指标逐项评估。
完成时限：2026年底前
牵头单位：区生态环境局
二、2024—2026年重点任务
1.加强生态监管。完善监测网络。
牵头单位：区生态环境局`;
  it('a task under 2024年度重点任务 / 2025年：… takes that year; a period heading gives none', async () => {
    const d = await importText(plan, 'plan.txt');
    const tasks = new Map([...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => [w.node.heading, w.node.milestones.map((m) => m.year)]));
    expect(tasks.get('编制创建规划')).toEqual([2024]);
    expect(tasks.get('实施国土绿化行动')).toEqual([2025]);
    expect(tasks.get('开展达标评估')).toEqual([2026]); // its own deadline, not the group's year
    expect(tasks.get('加强生态监管')).toEqual([]);
  });
  it('第一阶段（2024年）：… names its year too', async () => {
    const d = await importText(`西岭区生态三年行动方案（2024—2026年）
一、分阶段任务
（一）第一阶段（2024年）：夯实基础
1.编制规划。发布实施规划。（责任单位：区生态环境局）
（二）第二阶段（2025年—2026年）：全面推进
1.实施绿化。新增造林1万亩。（责任单位：区林业局）`, 'plan.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node.milestones.map((m) => m.year);
    expect(task('编制规划')).toEqual([2024]);
    expect(task('实施绿化')).toEqual([]);
  });
});

describe('a task table aligned with spaces', () => {
  it('its rows give the tasks their departments, as a tab-separated table does', async () => {
    const text = `青石区夜间经济发展工作方案
一、重点任务
（一）打造夜间消费集聚区。完善灯光、停车等配套设施。
（二）丰富夜间文旅活动。全年举办活动200场以上。
附件
重点任务分解表
序号    重点任务                  牵头单位        配合单位
1       打造夜间消费集聚区        区商务局        区住房城乡建设局、区城管局
2       丰富夜间文旅活动          区文化旅游局    区商务局、区融媒体中心`;
    const d = await importText(text, 'plan.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect([task('打造夜间消费集聚区').lead, task('打造夜间消费集聚区').partners]).toEqual([['区商务局'], ['区住房城乡建设局', '区城管局']]);
    expect(task('丰富夜间文旅活动').lead).toEqual(['区文化旅游局']);
  });
});

describe('a task table whose rows are grouped by rows standing alone', () => {
  it('the header reaches past the group rows (一、X between rows): every group\'s rows give departments', async () => {
    const row = (...c: string[]) => c.join('\t');
    const text = [
      '云溪区促进消费三年行动计划', '一、主要任务', '（一）提升商业能级', '1.推动商圈改造。完成3个商业综合体改造。', '（二）优化消费环境', '1.加强消费维权。健全纠纷化解机制。',
      '附件', '任务分工表', row('序号', '重点任务', '牵头单位', '配合单位'), '一、提升商业能级', row('1', '推动商圈改造', '区商务委', '区规划资源局'),
      '二、优化消费环境', row('1', '加强消费维权', '区市场监管局', '区司法局'),
    ].join('\n');
    const d = await importText(text, 'plan.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(task('推动商圈改造').lead).toEqual(['区商务委']);
    expect([task('加强消费维权').lead, task('加强消费维权').partners]).toEqual([['区市场监管局'], ['区司法局']]);
  });
});

describe('a Word table as the body of 重点任务', () => {
  it('its rows are the tasks, with departments and deadlines from its columns', async () => {
    const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
    const c = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const r = (...ts: string[]) => new TableRow({ children: ts.map(c) });
    const word = new Document({ sections: [{ children: [
      new Paragraph('北滨区2025年政务服务改革工作方案'),
      new Paragraph('一、工作目标'), new Paragraph('推出“一件事”集成服务事项30项。'),
      new Paragraph('二、重点任务'),
      new Table({ rows: [
        r('序号', '重点任务', '具体内容', '牵头单位', '配合单位', '完成时限'),
        r('1', '推进新生儿出生一件事', '整合出生医学证明、户口登记等事项。', '区卫生健康委', '区公安分局、区医保局', '2025年3月底前'),
        r('2', '推进企业信息变更一件事', '企业变更信息后相关事项同步变更。', '区市场监管局', '区税务局', '2025年6月底前'),
      ] }),
      new Paragraph('三、保障措施'), new Paragraph('（一）加强统筹协调。定期研究解决重大问题。'),
    ] }] });
    const d = await importFile({ bytes: await Packer.pack(word, 'uint8array'), fileName: 'plan.docx' });
    const tasks = [...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => w.node);
    expect(tasks.map((t) => [t.number, t.heading, t.lead, t.partners, t.milestones.map((m) => m.year)])).toEqual([
      ['1', '推进新生儿出生一件事', ['区卫生健康委'], ['区公安分局', '区医保局'], [2025]],
      ['2', '推进企业信息变更一件事', ['区市场监管局'], ['区税务局'], [2025]],
    ]);
    expect(tasks[0].body).toBe('整合出生医学证明、户口登记等事项。');
    expect(d.report!.levels!.find((l) => l.key === 'tablerow')?.kind).toBe('task');
    // the planner's level mapping: rows as items, or as no headings at all (the table stays text)
    const bytes = await Packer.pack(word, 'uint8array');
    const asItems = await importFile({ bytes, fileName: 'plan.docx', mapping: { tablerow: { kind: 'item' } } });
    expect([...walk(asItems.nodes)].filter((w) => w.node.kind === 'item').map((w) => w.node.heading)).toEqual(['推进新生儿出生一件事', '推进企业信息变更一件事']);
    const asText = await importFile({ bytes, fileName: 'plan.docx', mapping: { tablerow: { kind: 'text' } } });
    expect([...walk(asText.nodes)].filter((w) => w.node.kind === 'task' || w.node.kind === 'item')).toEqual([]);
  });
});

describe('a roles line after a list of points, a target sentence naming what is there', () => {
  it('由A牵头，B配合。 after ①②③ names the task the list belongs to, not the last point', async () => {
    const d = await importText(`南屿县农村污水治理实施方案
一、重点任务
（一）健全长效运维机制。建立设施运行在线监控平台。主要做好以下工作：
①将已建设施全部纳入运维范围；
②落实运维经费分担机制；
③开展运维单位年度考核。
由县住房城乡建设局牵头，县财政局、各乡镇配合。
（二）强化资金保障。统筹整合涉农资金。此项工作由县财政局负责。`, 'plan.txt');
    const node = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading.startsWith(h))!.node;
    expect([node('健全长效运维机制').lead, node('健全长效运维机制').partners]).toEqual([['县住房城乡建设局'], ['县财政局', '各乡镇']]);
    expect(node('开展运维单位年度考核').lead).toEqual([]);
  });
  it('到2026年…达到65%以上，已建设施…: the target is read, the clause about what exists is not', async () => {
    const d = await importText(`南屿县农村污水治理实施方案
一、总体要求
到2026年底，全县农村生活污水治理率达到65%以上，已建设施正常运行率达到90%以上。截至2024年已建成处理站30座。
二、重点任务
（一）加快设施建设。新建污水处理站40座。（责任单位：县住房城乡建设局）`, 'plan.txt');
    const goal = [...walk(d.nodes)].find((w) => w.node.heading === '总体要求')!.node;
    expect(goal.indicators.map((i) => [i.value, i.unit])).toEqual([[65, '%']]);
  });
});

describe('titles named 若干举措 / 措施 / 要点 / 办法', () => {
  it('the title line after a notice ends the notice: the preamble after it is the preamble, not notice text', async () => {
    const d = await importText(`云州市青石区人民政府办公室关于印发《青石区进一步优化营商环境若干举措》的通知
各街道办事处，区政府各部门：
《青石区进一步优化营商环境若干举措》已经区政府同意，现印发给你们，请认真贯彻落实。
云州市青石区人民政府办公室
2025年3月6日
青石区进一步优化营商环境若干举措
为持续打造一流营商环境，结合我区实际，制定以下举措。
一、深化审批制度改革
1.推行涉企审批“一窗通办”。设立综合受理窗口。（区政务服务中心牵头，区市场监管局配合）
2.压减工程建设项目审批时间。全流程审批时间压缩至15个工作日。（区住房城乡建设局牵头）`, 'plan.txt');
    expect(d.meta.title).toBe('青石区进一步优化营商环境若干举措');
    expect(d.meta.preamble).toBe('为持续打造一流营商环境，结合我区实际，制定以下举措。');
    expect(d.meta.notice).not.toContain('为持续打造');
  });
});

describe('rules that must not fire on ordinary plans (second review)', () => {
  const outline = (doc: Awaited<ReturnType<typeof importText>>) => [...walk(doc.nodes)].map(({ node }) => `${node.kind}:${node.number}${node.heading}`);

  it('第一条为… in a plan not written in articles is text, not an article', async () => {
    const doc = await importText(`东湖区综合交通三年行动计划（2024—2026年）
一、主要任务
（一）完善交通网络
规划建设两条轨道交通线路：
第一条为12号线延伸段，2025年开工；
第二条为新建21号线，2026年开工。
（二）优化公交线网
新辟公交线路10条。
二、保障措施
加强组织领导。`, 'a.txt');
    expect(outline(doc)).toEqual(['part:一、主要任务', 'task:（一）完善交通网络', 'task:（二）优化公交线网', 'part:二、保障措施']);
    const first = [...walk(doc.nodes)].find(({ node }) => node.heading === '完善交通网络')!.node;
    expect(first.body).toContain('第二条为新建21号线');
  });

  it('…第一条连接张江…；第二条… inside a long paragraph is not cut into articles', async () => {
    const doc = await importText(`东湖区综合交通三年行动计划（2024—2026年）
一、主要任务
（一）加密越江通道
加快推进越江通道前期工作，会同市交通委、市规划资源局和相关区政府，完成线位比选和工程可行性研究，做好征收准备，与相关区做好衔接，形成成熟方案后报市级部门审批。第一条连接张江科学城和滨江片区；第二条连接唐镇和北蔡片区；第三条为既有线路延伸，2026年底前开工建设。
（二）优化公交线网
新辟公交线路10条。`, 'a.txt');
    expect(outline(doc)).toEqual(['part:一、主要任务', 'task:（一）加密越江通道', 'task:（二）优化公交线网']);
    expect([...walk(doc.nodes)][1].node.body).toContain('第三条为既有线路延伸');
  });

  it('a 若干措施 without chapters is still read in articles', async () => {
    const doc = await importText(`南江区支持小微企业发展若干措施
第一条 加大融资支持。对首贷企业给予贴息补助。（责任单位：区金融办）
第二条 降低经营成本。对新入驻孵化载体的企业给予租金减免。（责任单位：区科委）
第三条 本措施自印发之日起施行。`, 'a.txt');
    expect(outline(doc).map((x) => x.replace(/^[a-z]+:/, ''))).toEqual(['第一条加大融资支持', '第二条降低经营成本', '第三条本措施自印发之日起施行']);
  });

  it('a table under 保障措施 › （一）明确责任分工 gives no tasks', async () => {
    const doc = await importText(`东湖区养老服务三年行动方案（2024—2026年）
一、重点任务
加快建设养老服务体系。
二、保障措施
（一）明确责任分工
序号\t工作内容\t责任单位\t完成时间
1\t资金保障\t区财政局\t2024年
2\t用地保障\t区规划资源局\t2025年
（二）加强督查
定期开展督查。`, 'a.txt');
    expect([...walk(doc.nodes)].filter(({ node }) => node.kind === 'task')).toEqual([]);
  });

  it('a 任务分工 table repeating the tasks the text names does not double them; their departments come from it', async () => {
    const doc = await importText(`东湖区数字经济三年行动方案（2024—2026年）
一、主要任务
（一）建设算力中心
建成区级算力中心1个。
（二）培育数字企业
新增数字经济企业50家。
二、任务分工
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t建设算力中心\t区科委\t区发改委\t2025年
2\t培育数字企业\t区经委\t区科委\t2026年`, 'a.txt');
    const tasks = [...walk(doc.nodes)].filter(({ node }) => node.kind === 'task').map(({ node }) => node);
    expect(tasks.map((t) => t.heading)).toEqual(['建设算力中心', '培育数字企业']);
    expect(tasks[0].lead).toEqual(['区科委']);
    expect(tasks[1].lead).toEqual(['区经委']);
  });
});

describe('a task table in the body: its rows go, the text around them stays (nothing entered is lost)', () => {
  const head = ['北滨区2025年营商环境工作方案', '一、工作目标', '推出集成服务事项30项。', '二、重点任务', '按下表推进各项任务。'];
  const header = '序号\t重点任务\t牵头单位\t配合单位';
  const rows = ['1\t推进出生一件事\t区卫生健康委\t区公安分局', '2\t推进开办企业一件事\t区市场监管局\t区税务局'];
  const tail = ['三、保障措施', '（一）加强统筹。定期研究。'];
  const part = (d: Awaited<ReturnType<typeof importText>>) => d.nodes.find((n) => n.heading === '重点任务')!;

  it('the same table written again below stays text, whole: neither doubled nor dropped with the rows it repeats', async () => {
    const d = await importText([...head, header, ...rows, '以上任务按季度调度。', header, ...rows, ...tail].join('\n'), 'plan.txt');
    expect(part(d).children.map((n) => [n.kind, n.heading])).toEqual([['task', '推进出生一件事'], ['task', '推进开办企业一件事']]);
    // (before: every line equal to a row of the first table was taken out of the text with it)
    expect(part(d).body.split('\n')).toEqual(['按下表推进各项任务。', '以上任务按季度调度。', header, ...rows]);
  });

  it('a table continued below (续表, its header repeated) gives its rows as tasks too; the 续表 line stays', async () => {
    const d = await importText([...head, header, ...rows, '（续表）', header, '3\t推进退休一件事\t区人社局\t区医保局', ...tail].join('\n'), 'plan.txt');
    expect(part(d).children.map((n) => [n.number, n.heading, n.lead, n.partners])).toEqual([
      ['1', '推进出生一件事', ['区卫生健康委'], ['区公安分局']],
      ['2', '推进开办企业一件事', ['区市场监管局'], ['区税务局']],
      ['3', '推进退休一件事', ['区人社局'], ['区医保局']],
    ]);
    expect(part(d).body.split('\n')).toEqual(['按下表推进各项任务。', '（续表）']);
    expect((d.report?.warnings ?? []).map((w) => w.code)).not.toContain('table-row-unmatched');
  });
});

describe('year lines without a number heading their year\'s tasks', () => {
  const plan = (years: string[], extra = '') => `西岭区生态文明建设三年行动方案（2024—2026年）
一、总体要求
到2026年，全区森林覆盖率达到30%。
二、重点任务
${years[0]}
1.编制创建规划。发布实施创建规划。
牵头单位：区生态环境局
2.开展本底调查。摸清生态资源家底。
牵头单位：区自然资源局
${years[1]}
1.实施国土绿化行动。新增造林面积1.5万亩。
牵头单位：区林业局
2.开展达标评估。对照指标逐项评估。完成时限：2026年底前
牵头单位：区生态环境局
${years[2] ?? ''}
1.完成创建验收。迎接上级考核验收。
牵头单位：区生态环境局
${extra}三、保障措施
（一）加强组织领导。成立工作专班。`;
  const rows = (d: Awaited<ReturnType<typeof importText>>) => [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}${w.node.heading} ${w.node.milestones.map((m) => m.year).join(',')}`.trimEnd());

  it('"2024年" / "2025年：" / "二〇二六年" over 1. 2. … are sections; their tasks take the year (own deadlines first)', async () => {
    const d = await importText(plan(['2024年', '2025年：', '二〇二六年']), 'plan.txt');
    expect(rows(d)).toEqual([
      'part 一、总体要求', 'part 二、重点任务',
      '  section 2024年', '    task 1.编制创建规划 2024', '    task 2.开展本底调查 2024',
      '  section 2025年', '    task 1.实施国土绿化行动 2025', '    task 2.开展达标评估 2026',
      '  section 二〇二六年', '    task 1.完成创建验收 2026',
      'part 三、保障措施', '  section （一）加强组织领导',
    ]);
    // the line after "牵头单位：…" is not joined to it as the end of a sentence
    expect([...walk(d.nodes)].find((w) => w.node.heading === '开展达标评估')!.node.lead).toEqual(['区生态环境局']);
    expect(d.report!.levels!.find((l) => l.key === 'year')).toMatchObject({ kind: 'section', count: 3 });
  });

  it('a period line in the series is a heading too, and gives no year', async () => {
    const d = await importText(plan(['2024年重点任务', '2025—2026年：']).replace(/\n\n1\.完成创建验收。迎接上级考核验收。\n牵头单位：区生态环境局\n/, '\n'), 'plan.txt');
    expect(rows(d).slice(2, 8)).toEqual(['  section 2024年重点任务', '    task 1.编制创建规划 2024', '    task 2.开展本底调查 2024',
      '  section 2025—2026年', '    task 1.实施国土绿化行动', '    task 2.开展达标评估 2026']);
  });

  it('a single year line, a schedule of year lines over text, a flattened table\'s year cells stay text', async () => {
    const single = await importText(`西岭区2025年生态环境保护工作方案
一、重点任务
2025年
1.实施国土绿化行动。新增造林面积1.5万亩。（责任单位：区林业局）
2.开展达标评估。对照指标逐项评估。（责任单位：区生态环境局）`, 'a.txt');
    expect(rows(single)).toEqual(['part 一、重点任务', '  task 1.实施国土绿化行动', '  task 2.开展达标评估']);
    expect(single.nodes[0].body).toBe('2025年');
    const schedule = await importText(`西岭区生态三年行动方案（2024—2026年）
一、重点任务
1.编制创建规划。发布实施创建规划。（责任单位：区生态环境局）
进度安排：
2024年：
完成规划编制。
2025年：
完成规划评估。
2.实施国土绿化行动。新增造林面积1.5万亩。（责任单位：区林业局）`, 'a.txt');
    expect(rows(schedule).map((r) => r.replace(/ [0-9,]+$/, ''))).toEqual(['part 一、重点任务', '  task 1.编制创建规划', '  task 2.实施国土绿化行动']);
    const cells = await importText(`西岭区生态三年行动方案（2024—2026年）
一、重点任务
1.编制创建规划。发布实施创建规划。（责任单位：区生态环境局）
2.实施国土绿化行动。新增造林面积1.5万亩。（责任单位：区林业局）
附件
重点任务推进表
序号
重点任务
2024年
2025年
1.编制创建规划
完成编制
完成评估`, 'a.txt');
    expect(rows(cells).filter((r) => /section|year/.test(r))).toEqual([]);
  });

  it('the planner may map the level 年份 to text: the year lines go back into the text', async () => {
    const d = await importFile({ bytes: new TextEncoder().encode(plan(['2024年', '2025年：', '二〇二六年'])), fileName: 'plan.txt', mapping: { year: { kind: 'text' } } });
    expect(rows(d).filter((r) => /section 20|二〇/.test(r))).toEqual([]);
    expect([...walk(d.nodes)].some((w) => w.node.body.includes('二〇二六年'))).toBe(true);
  });
});

describe('the 附注 (（此件公开发布）) is the notice\'s furniture, kept as its last paragraph', () => {
  const body = `一、重点任务
（一）推行涉企审批一窗通办。设立综合受理窗口。（区政务服务中心牵头）
二、保障措施
（一）加强组织领导。`;
  it('after the signature closing a plan issued without a notice: the signature is read, the 附注 is no text of the last node', async () => {
    const d = await importText(`青石区进一步优化营商环境若干举措\n${body}\n云州市青石区人民政府办公室\n2025年3月6日\n（此件主动公开）`, 'a.txt');
    expect(d.meta.notice).toBe('（此件主动公开）');
    expect([d.meta.issuer, d.meta.issuedOn]).toEqual(['云州市青石区人民政府办公室', '2025-03-06']);
    expect([...walk(d.nodes)].map((w) => w.node.body).join('\n')).not.toContain('此件');
  });
  it('between the notice and the plan\'s title, in a notice without addressees: its own last paragraph, not glued to the notice title', async () => {
    const d = await importText(`云州市青石区人民政府办公室关于印发《青石区进一步优化营商环境若干举措》的通知
青府办发〔2025〕9号
（此件不公开）
青石区进一步优化营商环境若干举措
为持续打造一流营商环境，制定以下举措。
${body}`, 'a.txt');
    expect(d.meta.notice.split('\n')).toEqual(['云州市青石区人民政府办公室关于印发《青石区进一步优化营商环境若干举措》的通知', '（此件不公开）']);
    expect(d.meta.preamble).toBe('为持续打造一流营商环境，制定以下举措。');
  });
  it('inside the body, with the text going on after it, such a line stays the text of its node', async () => {
    const d = await importText(`青石区进一步优化营商环境若干举措
一、重点任务
（一）推行涉企审批一窗通办。设立综合受理窗口，企业开办、变更、注销一窗受理、一次办结。（区政务服务中心牵头）
（此件印发至各街道）
各街道要在综合受理窗口设立企业服务专区，安排专人负责帮办代办，做到企业诉求件件有回应。
二、保障措施
（一）加强组织领导。`, 'a.txt');
    expect(d.meta.notice).toBe('');
    const task = [...walk(d.nodes)].find((w) => w.node.heading.startsWith('推行涉企审批一窗通办'))!.node;
    expect(task.body).toContain('（此件印发至各街道）');
  });
  it('a sentence about publishing is no 附注', async () => {
    const d = await importText(`青石区进一步优化营商环境若干举措\n${body}\n（此件公开发布后，各部门应在10个工作日内制定配套细则。）`, 'a.txt');
    expect(d.meta.notice).toBe('');
  });
});

describe('departments written as 工作要点 and 任务分工 write them', () => {
  it('one bracket with 牵头单位, 配合单位 and 完成时限: the deadline is no partner', () => {
    expect(findResponsibility('新增集成服务事项15项。（牵头单位：区政务服务中心；配合单位：区市场监管局、区人社局；完成时限：2025年6月底前）'))
      .toEqual({ lead: ['区政务服务中心'], partners: ['区市场监管局', '区人社局'] });
    expect(findResponsibility('压缩至1个工作日。（责任单位：区市场监管局，完成时间：2025年底）')).toEqual({ lead: ['区市场监管局'], partners: [] });
  });
  it('责任单位：A（牵头）、B、C — the marked unit leads, the others help (annotation, field line, table cell)', async () => {
    expect(findResponsibility('企业开办时间压缩至1个工作日以内。（责任单位：区市场监管局（牵头）、区税务局、区公安分局）'))
      .toEqual({ lead: ['区市场监管局'], partners: ['区税务局', '区公安分局'] });
    const d = await importText(`东坪区2025年优化营商环境工作要点
一、重点任务
1.推行企业开办全程网办。企业开办时间压缩至1个工作日以内。
责任单位：区市场监管局（牵头）、区税务局
2.推行证照联办。
3.深化“一件事一次办”。
附件
任务分工表
序号\t重点任务\t责任单位\t完成时限
2\t推行证照联办\t区政务服务中心（牵头）、区卫生健康委\t2025年9月底前
3\t深化“一件事一次办”\t区政务服务中心\t2025年6月底前`, 'a.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect([task('推行企业开办全程网办').lead, task('推行企业开办全程网办').partners]).toEqual([['区市场监管局'], ['区税务局']]);
    expect([task('推行证照联办').lead, task('推行证照联办').partners]).toEqual([['区政务服务中心'], ['区卫生健康委']]);
    expect([task('深化“一件事一次办”').lead, task('深化“一件事一次办”').partners]).toEqual([['区政务服务中心'], []]);
  });
  it('a point opening with its departments and a colon ("区发展改革委：牵头建立…") is led by them and keeps them in its heading', async () => {
    expect(findResponsibility('区财政局、区金融办：负责设立中小企业应急转贷资金。')).toEqual({ lead: ['区财政局', '区金融办'], partners: [] });
    expect(findResponsibility('建设区级数据中心：负责全区数据汇聚。')).toBeNull(); // a heading naming a thing, not a unit
    expect(findResponsibility('区域医疗中心：建成3个。')).toBeNull(); // no role after the colon
    const d = await importText(`东坪区创建全国文明城区实施方案
一、任务分工
（一）区委宣传部：牵头负责创建工作的宣传发动，组织开展文明实践活动。
（二）区城管局：负责市容环境整治，完成背街小巷改造40条。`, 'a.txt');
    const tasks = [...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => [w.node.heading, w.node.lead]);
    expect(tasks).toEqual([['区委宣传部：牵头负责创建工作的宣传发动，组织开展文明实践活动', ['区委宣传部']], ['区城管局：负责市容环境整治，完成背街小巷改造40条', ['区城管局']]]);
  });
});

describe('a schedule written as year lines under its label', () => {
  it('"进度安排：" ⏎ "2025年：" ⏎ "完成…" ⏎ "2026年：" ⏎ "完成…": one milestone per year', () => {
    expect(textMilestones('新建改造污水管网80公里。\n进度安排：\n2025年：\n完成管网普查和项目立项。\n2026年：\n完成全部管网建设任务。').map((m) => [m.year, m.stage]))
      .toEqual([[2025, '完成'], [2026, '完成']]);
    // the milestone's text is its own clause, also in a later sentence of the paragraph (before: a slice of the start)
    expect(textMilestones('建设社区数据资源库。依托区大数据资源平台，汇聚基础数据。时间节点：2025年启动，2026年推进，2027年完成。').map((m) => m.text))
      .toEqual(['2025年启动', '2026年推进', '2027年完成']);
    // a year line in the text without a schedule label is no milestone of its own
    expect(textMilestones('2025年：\n全区开展宣传活动。')).toEqual([]);
  });
});

describe('a point naming 重点项目 is work, not a task context', () => {
  it('"4.保障重点项目用地。…（牵头单位：…）" is a task like the points around it', async () => {
    const d = await importText(`东坪区2025年优化营商环境工作要点
一、提升政务服务效能
1.深化“一件事一次办”改革。新增集成服务事项15项。（牵头单位：区政务服务中心）
2.推行企业开办全程网办。企业开办时间压缩至1个工作日。（牵头单位：区市场监管局）
二、强化要素保障
3.保障重点项目用地。全年供应产业用地1200亩。（牵头单位：区自然资源局）`, 'a.txt');
    expect([...walk(d.nodes)].map((w) => `${w.node.kind} ${w.node.number}`)).toEqual(['part 一、', 'task 1.', 'task 2.', 'part 二、', 'task 3.']);
  });
});

describe('a 重点项目 list: 总投资 and 建设年限 columns', () => {
  it('总投资（亿元） gives the row\'s task an indicator; 建设年限 "2025—2027年" a start and an end', async () => {
    const d = await importText([
      '东坪区城市更新三年行动方案（2025—2027年）', '一、重点项目',
      ['序号', '项目名称', '建设内容', '总投资（亿元）', '建设年限', '责任单位'].join('\t'),
      ['1', '滨江老厂区更新项目', '改造老旧厂房', '18.5', '2025—2027年', '区住房城乡建设局'].join('\t'),
      ['2', '城南片区棚户区改造', '改造棚户区住房', '26', '2026年', '区房管局'].join('\t'),
      '二、保障措施', '（一）健全推进机制。建立月调度制度。',
    ].join('\n'), 'a.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(task('滨江老厂区更新项目').indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['总投资', 18.5, '亿元']]);
    expect(task('滨江老厂区更新项目').milestones.map((m) => [m.year, m.stage])).toEqual([[2025, '启动'], [2027, '完成']]);
    expect(task('城南片区棚户区改造').milestones.map((m) => [m.year, m.stage])).toEqual([[2026, '完成']]);
    expect(task('城南片区棚户区改造').indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['总投资', 26, '亿元']]);
  });
});

describe('who does the work, as other plans write it (session 25)', () => {
  it('a labelled list whose names say their role: （责任单位：A牵头，B配合） → A leads, B helps', () => {
    expect(findResponsibility('推进老旧小区改造。（责任单位：区住房城乡建设委牵头，各街镇配合）')).toEqual({ lead: ['区住房城乡建设委'], partners: ['各街镇'] });
    expect(findResponsibility('开展专项整治。（责任单位：区市场监管局负责，区公安分局、区商务委参与）')).toEqual({ lead: ['区市场监管局'], partners: ['区公安分局', '区商务委'] });
  });
  it('short and other labels: （牵头：A；配合：B、C）, （主责单位：A；协同单位：B）', () => {
    expect(findResponsibility('推进智慧停车建设。（牵头：区交通委；配合：区公安分局、各街道）')).toEqual({ lead: ['区交通委'], partners: ['区公安分局', '各街道'] });
    expect(findResponsibility('推进智慧停车建设。（主责单位：区交通委；协同单位：区公安分局）')).toEqual({ lead: ['区交通委'], partners: ['区公安分局'] });
  });
  it('a sentence opening with 由A牵头，B、C配合, then the work', () => {
    expect(findResponsibility('由区卫生健康委牵头，区民政局、区医保局配合，推进医养结合。')).toEqual({ lead: ['区卫生健康委'], partners: ['区民政局', '区医保局'] });
    expect(findResponsibility('扩大普惠托育供给。由区教育局负责，新增托位300个。')).toEqual({ lead: ['区教育局'], partners: [] });
    // the first clauses after 由 must be roles and nothing else
    expect(findResponsibility('由区教育局牵头组织实施，确保按期完成。')).toBeNull();
  });
  it('a sentence that is a roles list without 由: A、B按职责分工负责。 / A牵头，B配合。', () => {
    expect(findResponsibility('推进医养结合。区卫生健康委、区民政局按职责分工负责。')).toEqual({ lead: ['区卫生健康委', '区民政局'], partners: [] });
    expect(findResponsibility('区卫生健康委牵头，区民政局配合。建设社区嵌入式养老服务设施。')).toEqual({ lead: ['区卫生健康委'], partners: ['区民政局'] });
    // a sentence that names a department doing something else is no roles list
    expect(findResponsibility('完善考核办法，区财政局负责资金保障的绩效评价工作。')).toBeNull();
  });
  it('departments in 【】 closing a paragraph; a 文号 in 〔〕 or a lead-in with a colon is no department', () => {
    expect(findResponsibility('推进医养结合。【区卫生健康委，区民政局】')).toEqual({ lead: ['区卫生健康委', '区民政局'], partners: [] });
    expect(findResponsibility('详见《关于印发实施方案的通知》（西政办〔2021〕22号）')).toBeNull();
    // a list item's heading, then the roles sentence on the next line; and wrapped over lines
    expect(findResponsibility('主要做好以下工作：\n由县住房城乡建设局牵头，县财政局、各乡镇配合。')).toEqual({ lead: ['县住房城乡建设局'], partners: ['县财政局', '各乡镇'] });
    expect(findResponsibility('开展运维单位年度考核\n由县住房城乡建设局牵头，县财政局、各乡镇配合。')).toEqual({ lead: ['县住房城乡建设局'], partners: ['县财政局', '各乡镇'] });
    expect(findResponsibility('完成整治。由县住房城\n乡建设局牵头，县财\n政局配合。')).toEqual({ lead: ['县住房城乡建设局'], partners: ['县财政局'] });
  });
});

describe('a deadline in the text is a milestone', () => {
  it('"2024年6月底前完成…；2024年底前启动…；2025年底前全面建成": each its year and stage', () => {
    const ms = textMilestones('推进医养结合。2024年6月底前完成方案制定；2024年底前启动建设；2025年底前全面建成。');
    expect(ms.map((m) => [m.year, m.stage, m.text])).toEqual([[2024, '完成', '2024年6月底前完成方案制定'], [2024, '启动', '2024年底前启动建设'], [2025, '完成', '2025年底前全面建成']]);
  });
  it('a roles list with its deadline in one bracket: （A负责，2025年底前完成）', async () => {
    const d = await importText('某区行动计划（2024—2026年）\n一、主要任务\n（一）推进智慧停车建设。新增公共停车泊位2000个（区交通委负责，2025年底前完成）。\n（二）推进充电设施。（区发展改革委牵头，区交通委配合）', 'a.txt');
    const t = [...walk(d.nodes)].find((w) => w.node.heading === '推进智慧停车建设')!.node;
    expect([t.lead, t.partners]).toEqual([['区交通委'], []]);
    expect(t.milestones.map((m) => [m.year, m.stage, m.text])).toEqual([[2025, '完成', '2025年底前完成']]);
  });
  it('a year without 前, alone in its sentence, is not one (an account, not a deadline); two in a sentence are a chain', () => {
    expect(textMilestones('本区于2019年完成智慧城市一期建设。')).toEqual([]);
    expect(textMilestones('2025年前后完成规划修编。')).toEqual([]);
    expect(textMilestones('2024年启动试点，2025年全面推进。').map((m) => [m.year, m.stage])).toEqual([[2024, '启动'], [2025, '推进']]);
  });
});

describe('a departments clause run onto a line without a sentence end (unwrapped text)', () => {
  const body = (d: Awaited<ReturnType<typeof importText>>, h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
  it('a 牵头单位：… line after a long line without a sentence end is a line of its own, not joined to it', async () => {
    const d = await importText(`东湖区城市更新三年行动计划（2025—2027年）
为加快城市更新步伐，结合本区实际，制定本计划。
一、主要任务
（一）推进老旧小区改造。整治老旧小区45个，加装电梯120台，完善小区停车和充电设施，建立长效管理机制
牵头单位：区住房城乡建设局；配合单位：区财政局、各街道
（二）提升公共空间品质。新建口袋公园12个，推动公共空间向市民开放，形成一批市民喜爱的公共空间
责任单位：区绿化市容局、区规划资源局
二、保障措施
加强组织领导，落实资金保障。`, 'a.txt');
    const a = body(d, '推进老旧小区改造');
    expect(a.body.split('\n')).toEqual(['整治老旧小区45个，加装电梯120台，完善小区停车和充电设施，建立长效管理机制', '牵头单位：区住房城乡建设局；配合单位：区财政局、各街道']);
    expect([a.lead, a.partners]).toEqual([['区住房城乡建设局'], ['区财政局', '各街道']]);
    expect(body(d, '提升公共空间品质').body.split('\n').pop()).toBe('责任单位：区绿化市容局、区规划资源局');
  });
  it('the clause run on after a space or a sentence end on the same line is split off as the field line it is', async () => {
    const d = await importText(`东湖区城市更新三年行动计划（2025—2027年）
一、主要任务
（一）推进老旧小区改造。整治老旧小区45个，建立长效管理机制 牵头单位：区住房城乡建设局；配合单位：区财政局、各街道
（二）完善社区服务设施。新建社区综合服务中心8个，全面提升服务水平。责任单位：区民政局、各街道`, 'a.txt');
    expect(body(d, '推进老旧小区改造').body.split('\n')).toEqual(['整治老旧小区45个，建立长效管理机制', '牵头单位：区住房城乡建设局；配合单位：区财政局、各街道']);
    expect(body(d, '完善社区服务设施').body.split('\n')).toEqual(['新建社区综合服务中心8个，全面提升服务水平。', '责任单位：区民政局、各街道']);
    expect(body(d, '完善社区服务设施').lead).toEqual(['区民政局', '各街道']);
  });
  it('a clause after a list of points on one line names the departments of what the list belongs to, as on a line of its own', async () => {
    const d = await importText(`北湖区河湖长制三年行动方案（2024—2026年）
一、主要任务
1、严格水资源管理。落实最严格水资源管理制度。
（1）开展重点用水单位计量监控。
（2）推进节水型社会建设。 责任单位：区水务局；配合单位：区发展改革委
2、保障河湖生态流量。建立生态流量监测预警机制。
责任单位：区水务局；配合单位：区生态环境局`, 'a.txt');
    const items = [...walk(d.nodes)].filter((w) => w.node.kind === 'item').map((w) => w.node);
    expect(items.map((n) => n.lead.length + n.partners.length)).toEqual([0, 0]);
    expect([body(d, '严格水资源管理').lead, body(d, '严格水资源管理').partners]).toEqual([['区水务局'], ['区发展改革委']]);
  });
  it('labels inside a sentence, a bracket, or a field line of their own are not cut', async () => {
    const d = await importText(`东湖区城市更新三年行动计划（2025—2027年）
一、主要任务
（一）健全工作机制。明确牵头单位：区住房城乡建设局，负责统筹协调各街道开展工作
（二）推进加装电梯。加装电梯120台。（牵头单位：区住房城乡建设局；配合单位：各街道）
（三）建设城市信息模型。实现运行状态实时感知。
推进部门：区城运中心　配合部门：区规划资源局、区大数据中心`, 'a.txt');
    expect(body(d, '健全工作机制').body).toBe('明确牵头单位：区住房城乡建设局，负责统筹协调各街道开展工作');
    expect(body(d, '推进加装电梯').body).toBe('加装电梯120台。（牵头单位：区住房城乡建设局；配合单位：各街道）');
    expect(body(d, '建设城市信息模型').body.split('\n').pop()).toBe('推进部门：区城运中心　配合部门：区规划资源局、区大数据中心');
  });
});

describe('quantity targets written as verb + object + number + measure word', () => {
  const inds = (s: string) => findIndicators(s, 2027).map((i) => [i.name, i.value, i.unit]);
  it('整治老旧小区45个 / 加装电梯120台: a clause of its own is a target', () => {
    expect(inds('整治老旧小区45个，加装电梯120台。')).toEqual([['整治老旧小区', 45, '个'], ['加装电梯', 120, '台']]);
    expect(inds('全年整治背街小巷30条。')).toEqual([['整治背街小巷', 30, '条']]);
    expect(inds('开通夜间定制公交线路5条。')).toEqual([['开通夜间定制公交线路', 5, '条']]);
  });
  it('what is there, what was done, and numbers inside a longer clause stay text', () => {
    expect(inds('全区现有老旧小区45个，涉及居民1.2万户。')).toEqual([]);
    expect(inds('已整治老旧小区45个。')).toEqual([]);
    expect(inds('“十四五”期间，整治老旧小区45个。')).toEqual([]);
    expect(inds('在整治老旧小区45个的基础上，巩固整治成效。')).toEqual([]);
    expect(inds('整治范围包括45个小区。')).toEqual([]);
    expect(inds('组织专题培训3次，召开推进会2次。')).toEqual([]);
  });
});

describe('a 主要指标 table without 所属任务 standing in the text', () => {
  it('gives the node it stands in its rows: the target column (2027年目标值 or the latest year), never the 基期值', async () => {
    const T = (...c: string[]) => c.join('\t');
    const d = await importText([
      '云溪区美丽城区建设实施方案', '一、总体要求', '（一）主要目标', '到2027年，城区人居环境明显改善。主要指标如下：',
      T('序号', '指标名称', '单位', '2024年基期值', '2027年目标值', '属性'),
      T('1', '城市生活垃圾回收利用率', '%', '38', '45', '约束性'),
      T('2', '地表水国控断面优良水体比例', '%', '83.3', '90', '约束性'),
      '（二）工作原则', '坚持问题导向。',
      '二、重点任务', '（一）深化生活垃圾分类。完善分类体系。（责任单位：区城管局）',
      '（二）开展河湖治理。消除黑臭水体。（责任单位：区水务局）',
      T('序号', '指标', '单位', '2024年', '2025年', '2027年'),
      T('1', '城市污水集中收集率', '%', '72', '75', '80'),
    ].join('\n'), 'a.txt');
    const node = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(node('主要目标').indicators.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([['城市生活垃圾回收利用率', 45, '%', 2027], ['地表水国控断面优良水体比例', 90, '%', 2027]]);
    expect(node('开展河湖治理').indicators.map((i) => [i.name, i.value, i.unit, i.year])).toEqual([['城市污水集中收集率', 80, '%', 2027]]);
    expect(node('深化生活垃圾分类').indicators).toEqual([]);
  });
  it('a node whose 指标： line states its indicators takes none from a table in its text (the field line says all)', async () => {
    const T = (...c: string[]) => c.join('\t');
    const d = await importText([
      '云溪区美丽城区建设实施方案', '一、重点任务', '（一）开展河湖治理。消除黑臭水体。', '责任单位：区水务局', '指标：城市污水集中收集率不低于80%（2027年）',
      T('序号', '指标', '单位', '2024年', '2025年', '2027年'),
      T('1', '财政投入', '亿元', '3', '4', '5'),
      '（二）深化生活垃圾分类。完善分类体系。（责任单位：区城管局）',
    ].join('\n'), 'a.txt');
    const node = [...walk(d.nodes)].find((w) => w.node.heading === '开展河湖治理')!.node;
    expect(node.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['城市污水集中收集率', 80, '%']]);
    expect(node.body).toContain('财政投入');
  });
});

describe('one deadline in a task\'s sentence', () => {
  it('"2025年底前完成…" / "2026年6月底前全面建成…" is a milestone of its stage (here 完成); what was built before a year is not', () => {
    expect(textMilestones('推进雨污分流改造，2025年底前完成老旧管网排查。').map((m) => [m.year, m.stage, m.text])).toEqual([[2025, '完成', '2025年底前完成老旧管网排查']]);
    expect(textMilestones('建设滨溪绿道，2026年6月底前全面建成主线。').map((m) => [m.year, m.stage])).toEqual([[2026, '完成']]);
    expect(textMilestones('更换2000年底前建成的老化管道30公里。')).toEqual([]);
    expect(textMilestones('到2027年，绿道总长度达到50公里。')).toEqual([]);
  });
});

describe('a roles list after a 责任单位 label', () => {
  it('（责任单位：A牵头，B、C配合）: A leads, B and C are partners — in a bracket, a field line and a table cell', async () => {
    expect(findResponsibility('企业开办全流程压缩至1个工作日。（责任单位：区市场监管局牵头，区税务局、区人社局配合）')).toEqual({ lead: ['区市场监管局'], partners: ['区税务局', '区人社局'] });
    const d = await importText([
      '南湖区优化营商环境攻坚行动方案（2025—2026年）', '一、攻坚任务',
      '1.压缩企业开办时间。企业开办全流程压缩至1个工作日。', '责任单位：区市场监管局牵头，区税务局、区人社局配合',
      '2.建立企业诉求闭环机制。畅通诉求渠道。',
      '附件', '任务清单',
      ['序号', '任务', '具体内容', '责任单位', '完成时限'].join('\t'),
      ['1', '压缩企业开办时间', '企业开办全流程压缩至1个工作日', '区市场监管局牵头，区税务局、区人社局配合', '2025年6月底前'].join('\t'),
      ['2', '建立企业诉求闭环机制', '企业诉求平均办结时间不超过5个工作日', '区营商办牵头，各街镇配合', '2026年12月底前'].join('\t'),
    ].join('\n'), 'a.txt');
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect([task('压缩企业开办时间').lead, task('压缩企业开办时间').partners]).toEqual([['区市场监管局'], ['区税务局', '区人社局']]);
    expect([task('建立企业诉求闭环机制').lead, task('建立企业诉求闭环机制').partners]).toEqual([['区营商办'], ['各街镇']]);
  });
});

describe('a task with 具体措施 points, its 牵头/配合 lines, and the 专栏 after it', () => {
  const plan = `石桥县城乡融合发展三年行动计划（2025—2027年）
一、推进城乡基础设施一体化
1.建设城乡供水一体化工程。
目标：到2027年，农村自来水普及率达到99%。
具体措施：
（1）实施县城水厂扩建工程。
（2）改造老旧供水管网180公里。
牵头单位：县水利局
配合单位：县财政局、各乡镇
专栏1　城乡基础设施重点工程
——县城水厂扩建工程：新增日供水能力5万吨。
——农村公路提档升级工程：改造提升县乡道120公里。
二、推进城乡公共服务均等化
1.提升基层医疗卫生服务能力。完善乡镇卫生院设施。
牵头单位：县卫生健康局`;
  it('the 配合单位 line after the 牵头单位 line goes with it to the task, not to the last point', async () => {
    const d = await importText(plan, 'a.txt');
    const task = [...walk(d.nodes)].find((w) => w.node.heading === '建设城乡供水一体化工程')!.node;
    expect([task.lead, task.partners]).toEqual([['县水利局'], ['县财政局', '各乡镇']]);
    expect(task.children.map((c) => c.partners.length)).toEqual([0, 0]);
  });
  it('a 专栏 after a task whose children are only points stands beside the task, as after a task without points', async () => {
    const d = await importText(plan, 'a.txt');
    expect(d.nodes[0].children.map((c) => `${c.kind} ${c.number}`)).toEqual(['task 1.', 'box 专栏1']);
  });
  it('a county name before 城乡 / 城市 is the county (县城 alone stays the county town)', async () => {
    expect((await importText(plan, 'a.txt')).meta.district).toBe('石桥县');
  });
});

describe('what the new readings must not take (second review)', () => {
  it('"X由Y负责" without a list of names is no roles sentence', () => {
    for (const s of ['改造费用由产权单位负责。', '日常维护由建设单位负责，监理单位配合。', '所需经费由用人单位负责。']) {
      expect(findResponsibility(`完成改造。${s}`), s).toBeNull();
    }
  });
  it('a year before a past action, 以前 or an account is no deadline', () => {
    for (const s of ['对2010年以前建成投用的小区开展排查。', '1998年以前建成房屋纳入改造范围。', '2019年底前建成并投入使用的学校纳入评估。', '截至2023年底前完成投资50亿元。']) {
      expect(textMilestones(s), s).toEqual([]);
    }
    expect(textMilestones('2025年底前完成排查，建立台账。').map((m) => [m.year, m.stage])).toEqual([[2025, '完成']]);
  });
  it('the document\'s own parts and divisions are no counts', () => {
    for (const s of ['附件1份。', '本实施意见共分5章30条。', '全区划分为12个街道。']) expect(findIndicators(s, 2027), s).toEqual([]);
    expect(findIndicators('整治老旧小区45个。', 2027).map((i) => [i.name, i.value, i.unit])).toEqual([['整治老旧小区', 45, '个']]);
  });
});

describe('a three-level decimal outline (2.1 / 2.1.1)', () => {
  it('x.y.z headings are a level under x.y, each with its own departments and targets', async () => {
    const d = await importText([
      '南湾区新型智慧城市建设实施方案（2024—2026年）',
      '2.1 夯实数字底座', '2.1.1 建设城市感知网络。部署物联感知终端5万个。责任单位：区数据局', '2.1.2 建设区级数据中心。责任单位：区数据局、区财政局',
      '2.2 提升治理能力', '2.2.1 推进“一网统管”。接入业务系统30个。责任单位：区城运中心',
    ].join('\n'), 'a.txt');
    const rows = [...walk(d.nodes)].map((w) => [w.path.length, w.node.number, w.node.heading, w.node.lead]);
    expect(rows).toEqual([
      [0, '2.1', '夯实数字底座', []],
      [1, '2.1.1', '建设城市感知网络', ['区数据局']],
      [1, '2.1.2', '建设区级数据中心', ['区数据局', '区财政局']],
      [0, '2.2', '提升治理能力', []],
      [1, '2.2.1', '推进“一网统管”', ['区城运中心']],
    ]);
    expect([...walk(d.nodes)].find((w) => w.node.number === '2.1.1')!.node.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([['物联感知终端', 5, '万个']]);
  });
});

describe('one vocabulary of field labels (shared/importer/labels.ts)', () => {
  const task = (lines: string[]) => importText(['东川区数字乡村建设三年行动计划（2024—2026年）', '一、重点任务', '任务1：夯实乡村数字基础设施', '加快农村千兆光网向自然村延伸。', ...lines].join('\n'), 'a.txt');
  it('every partner label is read under a 牵头部门 line: 参与部门, 协同部门, 协办部门', async () => {
    for (const label of ['参与部门', '协同部门', '协办部门', '参与单位', '配合部门']) {
      const d = await task(['牵头部门：区工信局', `${label}：区农业农村局、各镇人民政府`]);
      const t = [...walk(d.nodes)].find((w) => w.node.kind === 'task')!.node;
      expect([t.lead, t.partners], label).toEqual([['区工信局'], ['区农业农村局', '各镇人民政府']]);
    }
  });
  it('a 推进部门 clause run onto a one-line paragraph is split off like a 牵头单位 one', async () => {
    const d = await task(['完成30个行政村网络升级。 推进部门：区工信局　配合部门：区文旅局']);
    const t = [...walk(d.nodes)].find((w) => w.node.kind === 'task')!.node;
    expect([t.lead, t.partners]).toEqual([['区工信局'], ['区文旅局']]);
    expect(t.body.split('\n').at(-1)).toBe('推进部门：区工信局　配合部门：区文旅局');
  });
});

describe('a labelled schedule on one line', () => {
  it('entries after a ； go on with the label, an entry without a stage word keeps its year and text', () => {
    expect(textMilestones('时间节点：2024年启动平台建设；2025年推广应用；2026年全面建成。')).toEqual([
      { year: 2024, stage: '启动', text: '2024年启动平台建设' },
      { year: 2025, stage: null, text: '2025年推广应用' },
      { year: 2026, stage: '完成', text: '2026年全面建成' },
    ]);
  });
  it('a deadline entry (年底前) in other words than the stages is 完成', () => {
    expect(textMilestones('时间节点：2024年底前完成30个行政村网络升级；2025年底前实现行政村5G全覆盖。')).toEqual([
      { year: 2024, stage: '完成', text: '2024年底前完成30个行政村网络升级' },
      { year: 2025, stage: '完成', text: '2025年底前实现行政村5G全覆盖' },
    ]);
  });
  it('the line ends the schedule: a sentence on the next line that opens with a year is no entry, nor a year that is an account', () => {
    expect(textMilestones('时间节点：2024年启动平台建设。\n2025年，全区农产品网络零售额增长15%。')).toEqual([{ year: 2024, stage: '启动', text: '2024年启动平台建设' }]);
    expect(textMilestones('进度安排：2023年以前已建成的站点予以保留；2025年完成改造。')).toEqual([{ year: 2025, stage: '完成', text: '2025年完成改造' }]);
  });
});

describe('a unit acting with others: 会同 / 联合 / 协同 / 商', () => {
  it('the unit before the verb leads, the named units after it are partners', () => {
    expect(findResponsibility('完成断头路打通8条。区交通委要会同区公安分局、各街道做好交通组织和安全保障工作。')).toEqual({ lead: ['区交通委'], partners: ['区公安分局', '各街道'] });
    expect(findResponsibility('由区城管执法局会同区市场监管局开展占道经营整治。')).toEqual({ lead: ['区城管执法局'], partners: ['区市场监管局'] });
    expect(findResponsibility('新增停车泊位2000个，区交通委牵头，会同区住房城乡建设委、区发展改革委推进。')).toEqual({ lead: ['区交通委'], partners: ['区住房城乡建设委', '区发展改革委'] });
    expect(findResponsibility('区市场监管局联合区公安分局和区商务委开展专项检查。')).toEqual({ lead: ['区市场监管局'], partners: ['区公安分局', '区商务委'] });
    expect(findResponsibility('区财政局商区发展改革委下达年度资金计划。')).toEqual({ lead: ['区财政局'], partners: ['区发展改革委'] });
    expect(findResponsibility('区卫生健康委协同区人力资源和社会保障局、区委组织部做好人才引进。')).toEqual({ lead: ['区卫生健康委'], partners: ['区人力资源和社会保障局', '区委组织部'] });
  });
  it('a sentence over several lines (wrapped, or after a heading line) is read joined', () => {
    expect(findResponsibility('加装电梯\n由区住房城乡建设局会同区市场\n监管局、区自然资源局做好审批服务。')).toEqual({ lead: ['区住房城乡建设局'], partners: ['区市场监管局', '区自然资源局'] });
    expect(findResponsibility('加装电梯\n区住房城乡建设局要会同区市场监管局做好审批服务。')).toEqual({ lead: ['区住房城乡建设局'], partners: ['区市场监管局'] });
  });
  it('without a named lead, or with only 有关部门 after the verb, nothing is read', () => {
    expect(findResponsibility('会同有关部门研究停车收费标准。')).toBeNull();
    expect(findResponsibility('区交通委要会同有关部门加强督查。')).toBeNull();
    expect(findResponsibility('区交通委会同区有关部门加强督查。')).toBeNull();
    expect(findResponsibility('推进企业联合区内高校共建实训基地。')).toBeNull();
    expect(findResponsibility('支持企业和高校联合建立实训基地，推动部门协同办理。')).toBeNull();
    expect(findResponsibility('鼓励区商户联合开展促销活动。')).toBeNull();
  });
  it('a task whose text says so gets them in the import', async () => {
    const d = await importText(['东湖区交通综合治理工作方案', '一、主要任务', '（一）打通断头路。完成断头路打通8条。区交通委要会同区公安分局、各街道做好交通组织和安全保障工作。', '（二）研究停车收费。会同有关部门研究停车收费标准。'].join('\n'), 'a.txt');
    const rows = [...walk(d.nodes)].map((w) => [w.node.heading, w.node.lead, w.node.partners]);
    expect(rows).toContainEqual(['打通断头路', ['区交通委'], ['区公安分局', '各街道']]);
    expect(rows).toContainEqual(['研究停车收费', [], []]);
  });
});

describe('a decimal outline whose tops are bare numbers ("1 总体要求" over 1.1 / 1.1.1)', () => {
  const plan = [
    '东湖区交通综合治理工作方案',
    '为改善全区交通秩序，制定本方案。',
    '1 总体要求',
    '1.1 指导思想', '坚持以人民为中心，统筹推进交通综合治理。',
    '1.2 工作目标', '到2025年底，主干道高峰平均车速提高10%。',
    '2　主要任务',
    '围绕路网和停车两个方面，重点做好以下工作。',
    '2.1 优化路网结构',
    '2.1.1 打通断头路。完成断头路打通8条。责任单位：区交通委',
    '2.1.2 改造拥堵节点。完成拥堵节点改造12处。责任单位：区公安分局',
    '2.2 规范停车管理',
    '2.2.1 新增停车泊位。新增公共停车泊位2000个。责任单位：区交通委',
    '3 保障措施',
    '3.1 加强组织领导', '区交通委加强督查。',
  ];
  const rows = async (text: string) => [...walk((await importText(text, 'a.txt')).nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading}`);
  it('the bare numbers are the level above 1.1, the plan\'s parts; the text after one (before 2.1) is its own', async () => {
    expect(await rows(plan.join('\n'))).toEqual([
      'part 1|总体要求', '  section 1.1|指导思想', '  section 1.2|工作目标',
      'part 2|主要任务', '  section 2.1|优化路网结构', '    task 2.1.1|打通断头路', '    task 2.1.2|改造拥堵节点',
      '  section 2.2|规范停车管理', '    task 2.2.1|新增停车泊位',
      'part 3|保障措施', '  section 3.1|加强组织领导',
    ]);
    const d = await importText(plan.join('\n'), 'a.txt');
    expect(d.meta.preamble).toBe('为改善全区交通秩序，制定本方案。');
    expect(d.nodes[1].body).toBe('围绕路网和停车两个方面，重点做好以下工作。');
  });
  it('hard-wrapped, the bare number is not joined to the line before it', async () => {
    const wrapped = plan.map((l) => l.replace(/(.{14})/g, '$1\n')).join('\n');
    expect((await rows(wrapped)).filter((r) => !r.startsWith(' '))).toEqual(['part 1|总体要求', 'part 2|主要任务', 'part 3|保障措施']);
  });
  it('a line of that shape stays text unless N.1 follows it in a decimal outline', async () => {
    // over 一、 (no decimal outline); a list of figures; a sentence; a number whose next heading is not its N.1
    const other = await rows(['西湖区方案', '一、总体要求', '1 总体要求', '（一）指导思想。坚持…', '二、主要任务', '2 主要任务', '1.推进工作。责任单位：区交通委', '2.推进工作。责任单位：区交通委'].join('\n'));
    expect(other.some((r) => /\|总体要求$/.test(r) && !r.includes('一、'))).toBe(false);
    const figures = await rows(['西湖区方案', '1.1 指导思想', '12 35 48', '1 万户完成改造。', '2 主要任务', '1.2 工作目标', '2.1 优化路网'].join('\n'));
    expect(figures).toEqual(['part 1.1|指导思想', 'part 1.2|工作目标', 'part 2.1|优化路网']);
    // one decimal heading is no outline
    expect((await rows(['西湖区方案', '一、主要任务', '1 总体要求', '1.1 指导思想', '二、保障措施'].join('\n'))).some((r) => r.includes('1|总体要求'))).toBe(false);
  });
});

describe('a 工作方案 written in articles without chapters', () => {
  const plan = ['青浦镇人居环境整治工作方案', '第一条 为改善农村人居环境，制定本方案。',
    '第二条 治理生活污水。完成农户生活污水治理800户，2025年底前完成。（责任单位：镇建管中心）',
    '第三条 整治村容村貌。重点做好以下工作：', '（一）拆除违章搭建；', '（二）清理河道沟渠。', '（责任单位：镇城管中队、镇水务站）',
    '第四条 本方案自印发之日起施行。'].join('\n');
  it('the department line after an article\'s clauses names the article\'s departments; its tasks read deadlines', async () => {
    const d = await importText(plan, 'a.txt');
    const node = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(node('整治村容村貌').lead).toEqual(['镇城管中队', '镇水务站']);
    expect(node('清理河道沟渠').lead).toEqual([]);
    expect(node('治理生活污水').milestones.map((m) => [m.year, m.stage])).toEqual([[2025, '完成']]);
  });
  it('the exported numbers are 第X条 again (the top level of an article plan), so the Word copy reads back the same', async () => {
    const d = await importText(plan, 'a.txt');
    expect(d.nodes.map((n) => deriveNumbers(d.nodes).get(n.id))).toEqual(['第一条', '第二条', '第三条', '第四条']);
  });
  it('a year before a list of attributes ending in 的 is no deadline', async () => {
    expect(textMilestones('本方案所称老旧小区，是指2000年底前建成、失养失修失管、配套设施不完善的住宅小区。')).toEqual([]);
    expect(textMilestones('2025年底前建成、投用社区食堂20个。').map((m) => m.year)).toEqual([2025]);
  });
});

describe('a task table in the text with group rows and cells merged down', () => {
  const plan = ['云峰区促进消费三年行动计划（2025—2027年）', '一、重点任务',
    '序号\t工作任务\t工作措施\t责任单位\t完成时限',
    '（一）提升商业载体',
    '1\t改造核心商圈\t引进品牌首店20家以上。\t区商务局\t2026年底前',
    '\t\t新增停车泊位800个。\t区交通运输局\t2025年底前',
    '（二）培育消费场景',
    '2\t发展夜间经济\t打造夜间经济集聚区3个。\t区商务局\t2025年底前',
    '\t\t加强夜间治安巡逻。\t区公安分局\t',
    '二、保障措施', '加强组织领导。'].join('\n');
  it('a numbered line between the rows groups the rows after it; a row with empty 序号 and task cells is more of the task above', async () => {
    const d = await importText(plan, 'a.txt');
    const rows = [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading}`);
    expect(rows).toEqual(['part 一、|重点任务', '  section （一）|提升商业载体', '    task 1|改造核心商圈', '  section （二）|培育消费场景', '    task 2|发展夜间经济', 'part 二、|保障措施']);
    const task = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(task('改造核心商圈').lead).toEqual(['区商务局', '区交通运输局']);
    expect(task('改造核心商圈').body).toBe('引进品牌首店20家以上。\n新增停车泊位800个。');
    expect(task('改造核心商圈').milestones.map((m) => m.year).sort()).toEqual([2025, 2026]);
    expect(task('发展夜间经济').lead).toEqual(['区商务局', '区公安分局']);
    expect(task('改造核心商圈').indicators.map((i) => [i.value, i.unit])).toEqual([[20, '家'], [800, '个']]);
    expect(d.nodes[0].body).toBe('');
  });
  it('tab-aligned text (several tabs between cells) keeps its reading', async () => {
    const aligned = await importText(['东湖区方案', '一、重点任务', '（一）推进甲。完成甲。', '（二）推进乙。完成乙。', '附件', '分解表', '序号\t\t重点任务\t\t牵头单位\t\t配合单位', '1\t\t推进甲\t\t区教育局\t\t区财政局', '2\t\t推进乙\t\t区民政局\t\t'].join('\n'), 'a.txt');
    const node = (h: string) => [...walk(aligned.nodes)].find((w) => w.node.heading === h)!.node;
    expect([node('推进甲').lead, node('推进甲').partners]).toEqual([['区教育局'], ['区财政局']]);
    expect(node('推进乙').lead).toEqual(['区民政局']);
  });
});

describe('fields closing a paragraph (batch 13)', () => {
  it('责任单位：A，B、C配合 — every unit of the 配合 clause helps, the clause without a role leads', () => {
    expect(findResponsibility('新增床位600张。责任单位：区卫生健康委，区发展改革委、区财政局配合；完成时限：2026年12月底。')).toEqual({ lead: ['区卫生健康委'], partners: ['区发展改革委', '区财政局'] });
    expect(findResponsibility('（责任单位：区住房城乡建设委、区房管局，各街道配合）')).toEqual({ lead: ['区住房城乡建设委', '区房管局'], partners: ['各街道'] });
    // a clause that is no list of units: read as before
    expect(findResponsibility('责任单位：区卫生健康委，按要求配合')?.lead).toEqual(['区卫生健康委']);
  });
  it('a short bracket inside an indicator\'s name is part of it', () => {
    expect(findIndicators('到2026年，每千人口执业（助理）医师数达到3.6人。', 2026).map((i) => [i.name, i.value, i.unit])).toEqual([['每千人口执业（助理）医师数', 3.6, '人']]);
    expect(findIndicators('完成投资（含社会投资）50亿元。', 2026).map((i) => i.name)).not.toContain('含社会投资');
  });
});

describe('a notice whose title is broken after the issuer', () => {
  it('"XX区人民政府办公室" ⏎ "关于印发…的通知" is the notice\'s title, not a web page\'s <title> (the signature says the issuer again)', async () => {
    const d = await importText(['澄江市柳溪区人民政府办公室', '关于印发《柳溪区老旧小区改造提升工作方案》的通知', '各街道办事处：', '现印发给你们，请认真执行。',
      '澄江市柳溪区人民政府办公室', '2024年4月12日', '柳溪区老旧小区改造提升工作方案', '一、主要任务', '（一）加装电梯。加装电梯300台。', '二、保障措施', '加强领导。'].join('\n'), 'a.txt');
    expect(d.report!.removed.map((r) => r.reason)).not.toContain('网页标题');
    expect(d.meta.issuer).toBe('澄江市柳溪区人民政府办公室');
    expect(d.meta.title).toBe('柳溪区老旧小区改造提升工作方案');
  });
});

describe('a bullet that opens with a field label is the field of the node above it', () => {
  it('Markdown "- 牵头单位：" / "- 配合单位：" / "- 时间节点：" bullets give the task its departments and milestones, no points', async () => {
    const md = ['# 南溪区城市更新三年行动计划（2025—2027年）', '## 一、主要任务', '1. **实施综合整治**。完成老旧小区改造120个。',
      '   - 牵头单位：区住房城乡建设局', '   - 配合单位：各街道、区财政局', '   - 时间节点：2025年完成40个；2026年完成50个；2027年完成30个。',
      '2. **完善配套设施**。新增公共停车泊位3000个。', '   - 主要做法：试点先行', ''].join('\n');
    const d = await importFile({ bytes: new TextEncoder().encode(md), fileName: 'a.md' });
    const tasks = [...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => w.node);
    expect(tasks[0].children).toEqual([]);
    expect([tasks[0].lead, tasks[0].partners]).toEqual([['区住房城乡建设局'], ['各街道', '区财政局']]);
    expect(tasks[0].milestones.map((m) => [m.year, m.stage, m.text])).toEqual([[2025, '完成', '2025年完成40个'], [2026, '完成', '2026年完成50个'], [2027, '完成', '2027年完成30个']]);
    // a schedule's yearly amounts are milestones, not targets of the task
    expect(tasks[0].indicators.map((i) => i.value)).toEqual([120]);
    // a bullet that is no field stays a point
    expect(tasks[1].children.map((c) => [c.kind, c.body || c.heading])).toEqual([['item', '主要做法：试点先行']]);
  });
});

describe('a list whose names are marked with their role', () => {
  it('A（牵头），B、C（配合）: the 配合 mark is no part of the name; A，B（配合） without a lead mark: A leads', async () => {
    const text = (line: string) => importText(['西平区数字乡村实施方案（2024—2026年）', '一、主要任务', '1.推进乡村5G网络建设。', line].join('\n'), 'a.txt');
    const roles = async (line: string) => { const t = [...walk((await text(line)).nodes)].find((w) => w.node.kind === 'task')!.node; return [t.lead, t.partners]; };
    expect(await roles('责任单位：区科委（牵头），区农业农村委、各镇人民政府（配合）')).toEqual([['区科委'], ['区农业农村委', '各镇人民政府']]);
    expect(await roles('责任单位：区科委(牵头)，区大数据中心(配合)')).toEqual([['区科委'], ['区大数据中心']]);
    expect(await roles('责任单位：区科委，区财政局（配合）')).toEqual([['区科委'], ['区财政局']]);
  });
});

describe('a chain of clauses that open with a year, in the plan\'s period', () => {
  const P = { start: 2024, end: 2026 };
  it('each clause is its year\'s milestone, with the stage it says (开工 starts, 完工 completes) or none', () => {
    expect(textMilestones('完善行政村5G基站布局，2024年新建5G基站120个，2025年实现行政村5G网络全覆盖，2026年实现千兆光网进村入户。', P)).toEqual([
      { year: 2024, stage: null, text: '2024年新建5G基站120个' },
      { year: 2025, stage: null, text: '2025年实现行政村5G网络全覆盖' },
      { year: 2026, stage: null, text: '2026年实现千兆光网进村入户' },
    ]);
    expect(textMilestones('新建和加固堤防26公里，2024年开工，2026年完工。', P).map((m) => [m.year, m.stage])).toEqual([[2024, '启动'], [2026, '完成']]);
    // the clauses as written (a Traditional-script plan keeps its script)
    expect(textMilestones('完善基站佈局，2024年新建5G基站120個，2025年實現全覆蓋。', P).map((m) => m.text)).toEqual(['2024年新建5G基站120個', '2025年實現全覆蓋']);
  });
  it('not a forecast outside the period, an account, years out of order, or a plan without a period', () => {
    expect(textMilestones('据预测，2020年养老产业将产生8万亿的产值，2030年将产生22万亿的产值。', { start: 2015, end: 2017 })).toEqual([]);
    expect(textMilestones('2024年已建成基站80个，2025年实现全覆盖。', P)).toEqual([]);
    expect(textMilestones('2025年实现全覆盖，2024年新建基站。', P)).toEqual([]);
    expect(textMilestones('2024年新建基站120个，2025年实现全覆盖。')).toEqual([]);
  });
});

describe('how often a thing is done is no target (batch 14)', () => {
  const inds = (s: string) => findIndicators(s, 2026).map((i) => [i.name, i.value, i.unit]);
  it('repetitions of one act per recurring period: 每年…1次, 每季度召开1次, 每月通报1次, 年度检查不超过1次', () => {
    expect(inds('每年开展应急演练1次。')).toEqual([]);
    expect(inds('到2026年，每季度召开1次联席会议。')).toEqual([]);
    expect(inds('力争每月通报1次工作进展。')).toEqual([]);
    expect(inds('每半年开展1次督查，每年举办培训班2期。')).toEqual([]);
    expect(inds('同一部门对同一企业年度检查原则上不超过1次。')).toEqual([]);
  });
  it('events in a period shorter than a year are a rhythm too: 每季度举办对接活动不少于2场', () => {
    expect(inds('每季度举办融资对接活动不少于2场，2025年新增普惠小微贷款20亿元以上。')).toEqual([['普惠小微贷款', 20, '亿元']]);
  });
  it('a volume per year, a total of acts and a change stay targets', () => {
    expect(inds('每年新增就业岗位5000个。')).toEqual([['就业岗位', 5000, '个']]);
    expect(inds('每年举办区级全民健身赛事活动不少于100场。')).toEqual([['区级全民健身赛事活动', 100, '场']]);
    expect(inds('地区生产总值年均增长6%。')).toEqual([['地区生产总值年均增长', 6, '%']]);
    expect(inds('到2025年，累计开展应急演练10次。')).toEqual([['应急演练', 10, '次']]);
    expect(inds('企业跑动次数减少至0次。')).toEqual([['企业跑动次数', 0, '次']]);
  });
  it('acts counted by the hundred in a year are a volume, not a rhythm (second review)', () => {
    expect(inds('全年开展安全检查100次以上。')).toEqual([['安全检查', 100, '次']]);
    expect(inds('每年开展执法检查5000次。')).toEqual([['执法检查', 5000, '次']]);
  });
});

describe('a project list in an annex (重点项目表)', () => {
  const T = (...c: string[]) => c.join('\t');
  const text = (rows: string[][], head = ['序号', '项目名称', '建设内容', '总投资（亿元）', '建设年限', '责任单位']) => [
    '望海区医疗卫生服务能力提升三年行动计划（2024—2026年）', '一、重点任务',
    '（一）提升区级医院综合能力。推进区人民医院新院区建设，新增床位600张。责任单位：区卫生健康委。',
    '（二）加强公共卫生体系建设。建成区疾病预防控制中心实验室。责任单位：区疾控中心。',
    '二、保障措施', '（一）加强组织领导。统筹推进各项任务。',
    '附件', '望海区医疗卫生重点项目表', T(...head), ...rows.map((r) => T(...r))].join('\n');
  const projects = [['1', '区人民医院新院区', '新建医疗综合楼，设置床位600张', '18.6', '2024—2026年', '区卫生健康委'],
    ['2', '基层医疗卫生设施提升', '新建社区卫生服务站8个', '0.8', '2025—2026年', '区卫生健康委、各街道（镇）']];
  const tableWarnings = (d: { report?: { warnings: { code: string }[] } }) => (d.report?.warnings ?? []).map((w) => w.code).filter((c) => /^table-/.test(c));
  it('its rows are projects: kept as the annex\'s table, no warning of a missing task or an unread table', async () => {
    const d = await importText(text(projects), 'a.txt');
    expect(tableWarnings(d)).toEqual([]);
    const annex = d.nodes[d.nodes.length - 1];
    expect([annex.kind, annex.heading, annex.children.length]).toEqual(['appendix', '望海区医疗卫生重点项目表', 0]);
    expect(annex.body).toContain(T('1', '区人民医院新院区'));
    expect(annex.body).toContain('基层医疗卫生设施提升');
    // flattened one cell per line (a pasted Word table), the list is no unread table either
    const flat = await importText(text([]).replace(/\t/g, '\n') + '\n' + projects.flat().join('\n'), 'a.txt');
    expect(tableWarnings(flat)).toEqual([]);
  });
  it('a project the text names as a task still gives that task its columns; a task table\'s stray row still warns', async () => {
    const d = await importText(text([['1', '提升区级医院综合能力', '新建医疗综合楼', '18.6', '2024—2026年', '区卫生健康委、区财政局']]), 'a.txt');
    const task = [...walk(d.nodes)].find((w) => w.node.heading === '提升区级医院综合能力')!.node;
    expect(task.milestones.map((m) => [m.year, m.stage])).toEqual([[2024, '启动'], [2026, '完成']]);
    expect(tableWarnings(d)).toEqual([]);
    const tasks = await importText(text([['1', '建设区域医学检验中心', '建设检验中心', '1.2', '2025年', '区卫生健康委']], ['序号', '重点任务', '主要内容', '总投资（亿元）', '完成时限', '责任单位']), 'a.txt');
    expect(tableWarnings(tasks)).toContain('table-row-unmatched');
  });
  it('an annex table with no department column (小区名称 | 户数 | 改造内容) is not said to have no departments read', async () => {
    const plain = await importText(text([['1', '青霞一村', '620', '管网更新', '1800'], ['2', '霞光苑', '410', '外墙保温', '980']], ['序号', '小区名称', '户数', '改造内容', '投资（万元）']).replace('望海区医疗卫生重点项目表', '老旧小区改造项目表'), 'a.txt');
    // (was: 「附表“老旧小区改造项目表”没有读出任何部门」 — it has no column to read them from)
    expect(tableWarnings(plain)).toEqual([]);
    expect(plain.nodes[plain.nodes.length - 1].body).toContain('霞光苑');
  });
});

// f1e49006 (review rev35): a 负责单位 or 主管部门 column makes an annex table one that should give departments, as
// 责任单位 does — when it gives none, the self-check says so (3b23178a's narrowing had dropped both words)
describe('an annex table whose 负责单位 / 主管部门 column gives no task a department: table-unread', () => {
  const text = (column: string) => [
    '云溪区河湖环境提升三年行动方案（2025—2027年）', '一、重点任务',
    '（一）开展河道清淤。完成区管河道清淤45公里。', '（二）建设滨水步道。新建滨水步道12公里。', '（三）整治入河排口。排查整治入河排污口210个。',
    '二、保障措施', '（一）加强组织领导。统筹推进各项任务。',
    // (flattened one cell per line, as a Word table pasted as text; its departments are left to be named later)
    '附件：云溪区河湖环境提升任务责任表', '序号', '工作事项', '完成时限', column,
    '1', '河湖长巡查制度落地', '2025年', '按属地分工另行明确',
    '2', '河湖健康评估', '2026年', '按属地分工另行明确',
  ].join('\n');
  it.each(['负责单位', '主管部门', '责任单位'])('%s', async (column) => {
    const d = await importText(text(column), 'a.txt');
    const unread = d.report!.warnings.filter((w) => w.code === 'table-unread');
    expect(unread.map((w) => w.message)).toEqual(['附表“云溪区河湖环境提升任务责任表”没有读出任何部门']);
    expect([...walk(d.nodes)].filter((w) => w.node.kind === 'task').every((w) => !w.node.lead.length)).toBe(true);
  });
  it('a column that names no departments (完成情况) is no unread table', async () => {
    const d = await importText(text('完成情况'), 'a.txt');
    expect(d.report!.warnings.filter((w) => w.code === 'table-unread')).toEqual([]);
  });
});

describe('a flat plan: its only numbered level is （一） or 1., with departments on its points', () => {
  const flat = (mark: (i: number) => string) => ['东湖区背街小巷环境整治工作方案', '为改善背街小巷环境面貌，结合我区实际，制定本方案。',
    `${mark(1)}开展卫生保洁整治。全面清理背街小巷垃圾杂物，2025年底前完成120条背街小巷整治。（牵头单位：区城管局；配合单位：各街道）`,
    `${mark(2)}规范占道经营行为。严禁店外经营，整治流动摊贩。（牵头单位：区城管执法局；配合单位：区市场监管局、各街道）`,
    `${mark(3)}提升绿化亮化水平。补植行道树，新增路灯800盏。（牵头单位：区绿化市容局）`,
    `${mark(4)}加强组织保障。区政府成立工作领导小组，统筹推进整治工作。`].join('\n');
  const cn = (i: number) => `（${'一二三四'[i - 1]}）`;
  const rows = (d: Awaited<ReturnType<typeof importText>>) => [...walk(d.nodes)].map((w) => `${'  '.repeat(w.path.length)}${w.node.kind} ${w.node.number}|${w.node.heading}`);
  it('its points carrying departments are its tasks, the others items — never parts', async () => {
    for (const [mark, n] of [[cn, (i: number) => `（${'一二三四'[i - 1]}）`], [(i: number) => `${i}.`, (i: number) => `${i}.`]] as const) {
      const d = await importText(flat(mark), 'a.txt');
      expect(rows(d)).toEqual([`task ${n(1)}|开展卫生保洁整治`, `task ${n(2)}|规范占道经营行为`, `task ${n(3)}|提升绿化亮化水平`, `item ${n(4)}|加强组织保障`]);
      expect(d.nodes[1].partners).toEqual(['区市场监管局', '各街道']);
    }
  });
  it('the editor and the exports number its points on, in the style written (（四） after （三）, not a new 1.)', async () => {
    const d = await importText(flat(cn), 'a.txt');
    const numbers = deriveNumbers(d.nodes);
    expect(d.nodes.map((n) => numbers.get(n.id))).toEqual(['（一）', '（二）', '（三）', '（四）']);
  });
  it('not flat: a level below the points, points mostly without departments, or 一、 parts', async () => {
    const nested = await importText(flat(cn).replace('严禁店外经营', '严禁店外经营。\n1.整治流动摊贩。\n2.规范'), 'a.txt');
    expect(nested.nodes.map((n) => n.kind)).not.toContain('item');
    const few = await importText(flat(cn).replace(/（牵头单位：区城管执法局[^）]*）|（牵头单位：区绿化市容局）/g, ''), 'a.txt');
    expect(few.nodes.map((n) => n.kind)).toEqual(['part', 'part', 'part', 'part']);
    const parts = await importText(flat((i) => `${'一二三四'[i - 1]}、`), 'a.txt');
    expect(parts.nodes.map((n) => n.kind)).toEqual(['part', 'part', 'part', 'part']);
  });
});

describe('a departments line with another field or a date in it is no field line (second review)', () => {
  const task = async (line: string) => [...walk((await importText(['西平区测试实施方案（2024—2026年）', '一、主要任务', '1.推进乡村5G网络建设。', line].join('\n'), 'a.txt')).nodes)].find((w) => w.node.kind === 'task')!.node;
  it('the deadline stays a milestone, never a department; a role with words after it is the role', async () => {
    const a = await task('责任单位：区科委；完成时限：2025年底前');
    expect([a.lead, a.partners, a.milestones.map((m) => [m.year, m.stage])]).toEqual([['区科委'], [], [[2025, '完成']]]);
    const b = await task('责任单位：区科委，2025年底前完成');
    expect([b.lead, b.milestones.map((m) => [m.year, m.stage])]).toEqual([['区科委'], [[2025, '完成']]]);
    const c = await task('牵头单位：区经委，各街镇配合落实');
    expect([c.lead, c.partners]).toEqual([['区经委'], ['各街镇']]);
  });
  it('so an export after the planner changes the lead keeps the deadline as written', async () => {
    const a = await task('责任单位：区科委；完成时限：2025年底前');
    expect(printedParagraphs({ ...a, lead: ['区经委'] })).toContain('责任单位：区科委；完成时限：2025年底前');
  });
});

describe('a remark in brackets after a department is one name with it; a bracket listing departments is split', () => {
  it('its commas and 及 separate the remark\'s words, not departments', () => {
    expect(splitDepartments('区科委（负责统筹协调，每月调度一次）、区经委', 'text')).toEqual(['区科委(负责统筹协调，每月调度一次)', '区经委']);
    expect(splitDepartments('区文旅局（每季度通报进展及问题）', 'text')).toEqual(['区文旅局(每季度通报进展及问题)']);
    // (a remark that dates the work keeps its department: before, the dated half was dropped and the name cut)
    expect(splitDepartments('区科委（负责统筹，2025年底前完成）、区经委', 'text')).toEqual(['区科委(负责统筹，2025年底前完成)', '区经委']);
    expect(splitDepartments('区科委，2025年底前完成', 'text')).toEqual(['区科委']);
    const d = importText('东湖区2025年工作方案\n\n一、重点任务\n\n（一）推进数字政府建设\n\n建设一网通办平台。牵头单位：区科委（负责统筹协调，每月调度一次）；配合单位：区发改委、区财政局\n');
    const task = d.nodes[0].children[0];
    expect(task.lead).toEqual(['区科委(负责统筹协调，每月调度一次)']);
    expect(task.partners).toEqual(['区发改委', '区财政局']);
  });
  it('a bracket whose words are departments, roles marked in brackets, and a name with a bracket are read as before', () => {
    expect(splitDepartments('区级相关部门（区发改委、区财政局、区经委）', 'text').slice(1)).toEqual(['区财政局', '区经委']);
    expect(splitDepartments('区科委（牵头），区农业农村委、各镇人民政府（配合）', 'text')).toEqual(['区科委(牵头)', '区农业农村委', '各镇人民政府(配合)']);
    expect(splitDepartments('区政府办（区大数据中心）、区科委', 'text')).toEqual(['区政府办(区大数据中心)', '区科委']);
    expect(splitDepartments('（配合单位：区财政局、区税务局）', 'text')).toEqual(['区财政局', '区税务局']);
  });
});
