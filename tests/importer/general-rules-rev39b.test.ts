/**
 * Review rev39's findings 2, 3, 7, 8, 9 and 16 on the rules session 39's h-real13 added (docs/importer-grammar.md
 * "Rules added from real plans (session 39, h-real13)", its "Fixed after review rev39" part). Every case is in our own
 * words, in another style than rev39's documents; each failed on 3bace26d but the guards, which pass on both (11 cases fail there, 5 guards pass).
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; body: string; lead: string[]; partners: string[]; indicators: unknown[]; milestones: unknown[]; children: N[] };
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const tops = (plan: { nodes: unknown[] }) => outline(plan.nodes as N[]).filter((l) => !l.startsWith(' '));

describe('the closing top of a bare-number outline is no item of a list numbered the same way (finding 2)', () => {
  const head = [
    '南屿县森林防灭火应急预案',
    '1 总则',
    '1.1 编制目的',
    '为科学处置森林火灾，制定本预案。',
    '2 指挥体系',
    '2.1 县森林防灭火指挥部',
    '指挥部办公室设在县应急管理局。',
    '3 应急保障',
    '3.1 队伍保障',
    '全县组建专业扑火队8支。',
    '3.2 物资保障',
    '全县设立物资储备库，分布如下：',
  ];
  it('"1 城关储备库" … "3 白沙储备库" ⏎ "4 青山储备库" ⏎ "5 石门储备库" under 3.2: all five stay 3.2\'s text', () => {
    const plan = importText([...head, '1 城关储备库', '2 东岭储备库', '3 白沙储备库', '4 青山储备库', '5 石门储备库'].join('\n'), 'x.txt');
    expect(tops(plan)).toEqual(['part 1|总则', 'part 2|指挥体系', 'part 3|应急保障']);
    const s32 = all(plan.nodes as N[]).find((n) => n.number === '3.2')!;
    for (const w of ['3 白沙储备库', '4 青山储备库', '5 石门储备库']) expect(s32.body).toContain(w);
  });
  it('…nor when each item has a line of text under it ("4 青山储备库" ⏎ "储备风力灭火机40台")', () => {
    const plan = importText([...head, '1 城关储备库', '储备扑火服200套。', '2 东岭储备库', '储备水泵12台。', '3 白沙储备库', '储备油锯30台。', '4 青山储备库', '储备风力灭火机40台。'].join('\n'), 'x.txt');
    expect(tops(plan)).toEqual(['part 1|总则', 'part 2|指挥体系', 'part 3|应急保障']);
  });
  it('guard: after such a list that stops below the last top\'s number, "4 附则" with its text is the next top', () => {
    const plan = importText([...head, '1 城关储备库', '2 东岭储备库', '4 附则', '本预案由县应急管理局负责解释。'].join('\n'), 'x.txt');
    expect(tops(plan)).toEqual(['part 1|总则', 'part 2|指挥体系', 'part 3|应急保障', 'part 4|附则']);
  });
});

describe('a table row in a text holding a page\'s markup stays one row (finding 3)', () => {
  it('Markdown under <p> lines, a cell broken with <br/>: one task per row, its departments read, no tags', async () => {
    const md = [
      '<p style="text-align:center"><strong>南屿县2026年农村人居环境整治任务清单</strong></p>',
      '<p style="text-align:right">南屿县农业农村局</p>',
      '',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时间 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 改造农村户厕<br/>1500户 | 县农业农村局 | 县卫健局<br/>各乡镇 | 2026年11月底前 |',
      '| 2 | 建设污水处理站6座 | 县生态环境分局 | 各乡镇 | 2026年12月底前 |',
    ].join('\n');
    const plan = await importFile({ bytes: new TextEncoder().encode(md), fileName: 'x.md' });
    const tasks = all(plan.nodes as N[]).filter((n) => n.kind === 'task');
    expect(tasks.map((n) => n.number)).toEqual(['1', '2']);
    expect(roles(plan.nodes as N[])).toEqual(['1 县农业农村局|县卫健局、各乡镇', '2 县生态环境分局|各乡镇']);
    expect(tasks.every((n) => !/<|>/.test(n.heading + n.body + n.partners.join('')))).toBe(true);
  });
});

describe('a government that decided something else is no issuer (finding 7)', () => {
  it('"…临江市人民政府决定于今年在全市实施…。现将《云溪区…》印发给你们" unsigned: the city decided the action, not the notice — no issuer', () => {
    const plan = importText([
      '关于印发云溪区2026年农贸市场提升改造实施方案的通知',
      '各街道办事处，区直有关单位：',
      '为改善群众购物环境，临江市人民政府决定于今年在全市实施农贸市场提升改造行动。现将《云溪区2026年农贸市场提升改造实施方案》印发给你们，请抓好落实。',
      '云溪区2026年农贸市场提升改造实施方案',
      '一、改造任务',
      '（一）改造农贸市场5个。（区商务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBeNull();
  });
  it('guard: "区人民政府决定，将《X》印发给你们" — the decision prints it — still names the government of the title\'s place', () => {
    const plan = importText([
      '关于印发云溪区2026年农贸市场提升改造实施方案的通知',
      '各街道办事处，区直有关单位：',
      '为改善群众购物环境，区人民政府决定，将《云溪区2026年农贸市场提升改造实施方案》印发给你们，请抓好落实。',
      '一、改造任务',
      '（一）改造农贸市场5个。（区商务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('云溪区人民政府');
  });
});

describe('a government that decided it, on two lines (finding 7)', () => {
  it('guard: "经研究，县人民政府决定：" ⏎ "将《X》印发给你们…" — the line after the colon prints it: the county government', () => {
    const plan = importText([
      '关于印发青川县2026年冬春农田水利建设方案的通知',
      '各乡镇人民政府：',
      '经研究，县人民政府决定：',
      '将《青川县2026年冬春农田水利建设方案》印发给你们，请认真组织实施。',
      '一、建设任务',
      '（一）新建塘坝12座。（县水利局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('青川县人民政府');
  });
});

describe('a plan a lead counts from is cited, not published (finding 8)', () => {
  for (const lead of [
    '随着《青川区智慧社区建设三年行动计划》正式印发，全区智慧社区建设全面铺开，2026年重点工作安排如下。',
    '《青川区智慧社区建设三年行动计划》印发实施以来，全区建成智慧社区42个。现将2026年重点工作安排如下。',
    '自去年《青川区智慧社区建设三年行动计划》印发，全区建成智慧社区42个，现将2026年重点工作安排如下。',
  ]) {
    it(`"${lead.slice(0, 30)}…": the plan named is not the title`, () => {
      const plan = importText([lead, '一、完善基础设施', '（一）新建智慧社区平台10个。（区数据局牵头）'].join('\n'), 'x.txt');
      expect(plan.meta.title).not.toBe('青川区智慧社区建设三年行动计划');
    });
  }
  it('guard: "《X》日前正式印发，明确…" publishes X', () => {
    const plan = importText(['《青川区智慧社区建设三年行动计划》日前正式印发，明确了三年建设目标。', '一、完善基础设施', '（一）新建智慧社区平台10个。（区数据局牵头）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区智慧社区建设三年行动计划');
  });
});

describe('a page index\'s 公开责任部门 does not outrank the notice title\'s organ (finding 9)', () => {
  it('"公开责任部门：南屿县人民政府办公室" over "南屿县人民政府关于印发…的通知", unsigned: the county government issues it', () => {
    const plan = importText([
      '公开责任部门：南屿县人民政府办公室　　公开方式：主动公开',
      '文号：南政发〔2026〕9号',
      '南屿县人民政府关于印发南屿县2026年为民办实事项目的通知',
      '各乡镇人民政府，县直各单位：',
      '现将《南屿县2026年为民办实事项目》印发给你们，请认真抓好落实。',
      '南屿县2026年为民办实事项目',
      '一、新建城乡公交候车亭60个',
      '由县交通运输局牵头，9月底前完成。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府');
  });
  it('guard: with no other organ named, the 公开责任部门 is the issuer (h-real13\'s rule)', () => {
    const plan = importText([
      '标题：南屿县2026年第一季度重点项目推进情况的通报',
      '公开责任部门：南屿县人民政府办公室',
      '县政府督查室对一季度重点项目推进情况进行了督查，现通报如下。',
      '一、总体情况',
      '重点项目42个，已开工31个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府办公室');
  });
});

describe('a lead publishing two plans together (finding 16)', () => {
  // The title is one plan's name (the exports print it as the document's; "A和B" names no document): the plan the page
  // goes on to speak of, else the first named (as "印发了《A》和《B》" reads A); the report names them all, the lead stays.
  it('"《A》和《B》正式印发" over a text speaking of B\'s work: B is the title', () => {
    const plan = importText([
      '青川区融媒体中心讯 日前，《青川区河湖长制工作要点》和《青川区美丽河湖建设实施方案》正式印发。',
      '一、建设目标',
      '到2027年，建成美丽河湖12条。',
      '二、主要任务',
      '（一）开展美丽河湖创建。（区水利局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区美丽河湖建设实施方案');
    expect(plan.report?.uncertain.find((u) => u.field === 'title')?.reason).toContain('《青川区河湖长制工作要点》');
  });
  it('"《A》与《B》近日印发" over a text naming neither: A, the first named, is the title and the report names both', () => {
    const plan = importText([
      '云溪融媒讯 《云溪区托育服务体系建设方案》与《云溪区普惠托育机构扶持办法》近日印发。',
      '一、工作目标',
      '到2027年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区托育服务体系建设方案');
    const note = plan.report?.uncertain.find((u) => u.field === 'title');
    expect(note?.reason).toContain('《云溪区普惠托育机构扶持办法》');
  });
  it('three, "《A》、《B》和《C》正式印发": A', () => {
    const plan = importText([
      '日前，《云溪区托育服务体系建设方案》、《云溪区普惠托育机构扶持办法》和《云溪区托育从业人员培训计划》正式印发。',
      '一、工作目标',
      '到2027年，新增普惠托位1200个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区托育服务体系建设方案');
  });
});
