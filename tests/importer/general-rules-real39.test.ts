/**
 * General rules found in the thirteenth batch of real plans (session 39, h-real13: docs/importer-corpus.md "Real plans
 * read (session 39)"), and the cases the twelfth batch left, written as rules in docs/importer-grammar.md "Rules added
 * from real plans (session 39, h-real13)". The real texts were read, never kept: every case is in our own words, with
 * fictional places, in another style than the page that showed the gap. Each rule case failed before its rule; the
 * cases marked "guard" pass before and after (what the rule must not do, or a decision the code already keeps).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type N = { kind: string; number: string; heading: string; body: string; lead: string[]; partners: string[]; indicators: unknown[]; milestones: unknown[]; children: N[] };
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('a news page whose only title is the plan its lead sentence says was published', () => {
  it('"X新闻网讯 近日，X办公室印发了关于印发《Y》的通知，…": the dateline before the time word; Y the title, X the issuer', () => {
    const plan = importText([
      '青川新闻网讯　近日，临江市青川区人民政府办公室印发了关于印发《青川区2026年背街小巷整治提升工作方案》的通知，对全年整治工作作出安排。',
      '一、整治范围',
      '全区背街小巷86条。',
      '二、工作措施',
      '（一）修补破损路面。（区城管局牵头，各街道配合）',
      '（二）规范杆线设置。（区住建局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区2026年背街小巷整治提升工作方案');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.meta.issuer).toBe('临江市青川区人民政府办公室');
    expect(roles(plan.nodes as N[])).toEqual(['（一） 区城管局|各街道', '（二） 区住建局|']);
  });
  it('the same in Traditional characters, "本報訊（記者 …）日前，…辦公室關於印發《…清單》的通知正式下發。" (a 清单 is a plan published)', () => {
    const plan = importText([
      '本報訊（記者 林岚）日前，南屿縣人民政府辦公室關於印發《南屿縣2026年為民辦實事項目清單》的通知正式下發。',
      '一、教育',
      '1.新建幼兒園2所。（縣教育局牽頭）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿縣2026年為民辦實事項目清單');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.meta.issuer).toBe('南屿縣人民政府辦公室');
  });
  it('a lead quoting the notice\'s whole title, "《X办公室关于印发Y的通知》日前正式印发": Y the title, X the issuer', () => {
    const plan = importText([
      '日前，《云溪区人民政府办公室关于印发云溪区2026年养老服务提质行动计划的通知》正式印发，明确了六项重点任务。',
      '一、扩大服务供给',
      '（一）新建社区养老服务站8个。（区民政局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2026年养老服务提质行动计划');
    expect(plan.meta.issuer).toBe('云溪区人民政府办公室');
  });
  it('a 街道办事处 publishing it, "临江市东湖区桂园街道办事处印发了关于印发《…》的通知": the office the issuer, its district read', () => {
    const plan = importText([
      '东湖新闻网讯　日前，临江市东湖区桂园街道办事处印发了关于印发《桂园街道2026年背街小巷整治工作方案》的通知。',
      '一、整治任务',
      '（一）修补破损路面。（城市管理办公室牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('临江市东湖区桂园街道办事处');
    expect(plan.meta.district).toBe('东湖区');
  });
  it('…and read back: "发文机关：临江市青川区东岭街道办事处" (the Markdown export\'s line) and the same office alone on the cover\'s signature line name the district and the city', () => {
    const md = importText(['# 东岭街道2026年老旧小区改造提升工作方案', '', '发文机关：临江市青川区东岭街道办事处', '', '## 一、工作目标', '', '完成改造12个。'].join('\n'), 'x.md');
    expect([md.meta.issuer, md.meta.district, md.meta.city]).toEqual(['临江市青川区东岭街道办事处', '青川区', '临江市']);
    const cover = importText([
      '关于印发东岭街道2026年老旧小区改造提升工作方案的通知',
      '现将《东岭街道2026年老旧小区改造提升工作方案》印发给你们，请认真贯彻执行。',
      '临江市青川区东岭街道办事处',
      '东岭街道2026年老旧小区改造提升工作方案',
      '一、工作目标',
      '完成改造12个。',
    ].join('\n'), 'x.txt');
    expect([cover.meta.issuer, cover.meta.district, cover.meta.city]).toEqual(['临江市青川区东岭街道办事处', '青川区', '临江市']);
  });
  it('guard: a lead without a published name stays as before (its sentence the title, no issuer)', () => {
    const plan = importText(['日前，区政府召开常务会议，研究部署今年重点工作。', '一、稳增长', '（一）扩大有效投资。（区发展改革委牵头）'].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('日前，区政府召开常务会议，研究部署今年重点工作。');
    expect(plan.meta.issuer).toBeNull();
  });
});

describe('a notice that names its issuer only as the government that decided it', () => {
  it('"经南屿县人民政府研究决定，现将《X》印发给你们" with no signature: that government the issuer, reported', () => {
    const plan = importText([
      '关于印发南屿县2026年防汛抗旱工作要点的通知',
      '各乡镇人民政府，县直各单位：',
      '经南屿县人民政府研究决定，现将《南屿县2026年防汛抗旱工作要点》印发给你们，请认真贯彻执行。',
      '2026年4月1日',
      '南屿县2026年防汛抗旱工作要点',
      '一、落实防汛责任',
      '（一）压实包保责任。（县水利局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府');
    expect(plan.report?.uncertain.some((u) => u.field === 'issuer')).toBe(true);
  });
  it('"自治州人民政府决定：" (the level alone): the government of the place the title opens with', () => {
    const plan = importText([
      '关于印发青川州2026年重点工作任务分解方案的通知',
      '各县市人民政府，州直各部门：',
      '为确保全年目标任务完成，自治州人民政府决定，将《青川州2026年重点工作任务分解方案》印发给你们，请认真组织实施。',
      '一、稳定经济增长',
      '（一）推进重大项目建设。（州发展改革委牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('青川州人民政府');
  });
  it('guard: "经区人民政府同意" is another organ\'s approval — its office issues the notice, unnamed: no issuer', () => {
    const plan = importText([
      '关于印发云溪区2026年安全生产工作要点的通知',
      '各街道办事处，区政府各部门：',
      '经区人民政府同意，现将《云溪区2026年安全生产工作要点》印发给你们，请认真贯彻执行。',
      '云溪区2026年安全生产工作要点',
      '一、压实安全责任',
      '（一）落实党政领导责任。（区应急管理局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBeNull();
  });
});

describe('a web page\'s own lines', () => {
  it('"您的位置：政务公开 > 公报" is page chrome, not the title (over a title no plan word marks, a 公报\'s issue)', () => {
    const plan = importText([
      '您的位置：政务公开 > 政府公报',
      '云溪区人民政府公报2026年第2期',
      '一、区政府文件',
      '（一）云溪区人民政府关于表彰2025年度安全生产先进单位的决定。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区人民政府公报2026年第2期');
  });
  it('a 通报 whose index names it ("文件名称 | X |", "公开责任部门 | 办公室 |") over a first sentence saying it again: the cell its title, the office its issuer; "第三次区" no district', () => {
    const plan = importText([
      '文件名称 | 2026年第三次区政府常务会议议定事项办理情况的通报 |',
      '索引号 | 0001/2026-0031 | 公开目录: | 政务督查 |',
      '公开责任部门 | 青川区政府办公室 | 公开形式: | 主动公开 |',
      '成文日期: | 2026年05月20日 |',
      '区政府督查室近期对2026年第三次区政府常务会议议定事项办理情况进行了跟踪督查，现通报如下。',
      '一、总体情况',
      '议定事项18件，已办结11件。',
      '二、下步要求',
      '各承办单位要加快办理进度。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('2026年第三次区政府常务会议议定事项办理情况的通报');
    expect(plan.meta.issuer).toBe('青川区政府办公室');
    expect(plan.meta.issuedOn).toBe('2026-05-20');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|总体情况', 'part 二、|下步要求']);
  });
  it('an ordinal after the title\'s year names no place: "2026年第五次县政府…" has no county "第五次县"', () => {
    const plan = importText(['2026年第五次县政府常务会议确定事项落实情况的通报', '一、总体情况', '确定事项30件。'].join('\n'), 'x.txt');
    expect(plan.meta.district).toBeNull();
  });
  it('a line leading into the list under it with a dash ("主要内容是——") is no title', () => {
    const plan = importText([
      '2026-02-03 09:15',
      '近日，县委、县政府研究决定，今年继续为民办好十件实事，并实行月报制度，按月通报进展情况，半年和全年完成情况按期上报，县政府办公室跟踪督查，各牵头单位科学安排进度，确保年底全部完成。',
      '十件实事的主要内容是——',
      '一、新增城区学位1200个。',
      '二、改造农村公路50公里。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).not.toBe('十件实事的主要内容是——');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|新增城区学位1200个', 'part 二、|改造农村公路50公里']);
  });
  it('a page\'s HTML printed as text ("<p>…</p><p style=…>…</p>"): the paragraphs are its lines, the tags go', () => {
    const plan = importText([
      '发文机关：临江市人民政府',
      '<p>各区县人民政府，市政府各部门：</p><p>　　现将《临江市促进青年就业创业实施方案》印发给你们，请认真组织实施。</p><p style="text-align: right;">临江市人民政府</p><p style="text-align: right;">2026年3月2日</p>',
      '<p style="text-align: center;"><strong>临江市促进青年就业创业实施方案</strong></p><p><br/></p><p><strong>一、总体目标</strong></p><p>到2028年，全市新增青年就业岗位5万个&nbsp;。</p><p><strong>二、重点任务</strong></p><p>（一）拓宽就业渠道。（市人力资源社会保障局牵头）</p>',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('临江市促进青年就业创业实施方案');
    expect(plan.meta.issuedOn).toBe('2026-03-02');
    expect(outline(plan.nodes as N[])).toEqual(['part 一、|总体目标', 'part 二、|重点任务', '  task （一）|拓宽就业渠道']);
    expect(all(plan.nodes as N[]).every((n) => !/<|>|&nbsp;/.test(n.heading + n.body))).toBe(true);
  });
  it('a 文号 beside the notice\'s title in a row drawn with bars ("…的通知 临政发〔2026〕1号 |") is read', () => {
    const plan = importText([
      '||||||',
      '关于印发2026年《政府工作报告》重点任务分工方案的通知 临政发〔2026〕1号 |',
      '||||||',
      '各区人民政府，市政府各部门：现将2026年《政府工作报告》重点任务分工方案印发给你们，请抓好落实。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.docNumber).toBe('临政发〔2026〕1号');
  });
});

describe('a 目录 whose chapter entries lost their numbers', () => {
  it('"总则" ⏎ "1.1 …" ⏎ … ⏎ "保障措施" ⏎ "3.1 …" ⏎ "4 附则", then the body "1 总则" ⏎ "1.1 …" ⏎ text (the page cut after it): no structure from the entries', () => {
    const plan = importText([
      '云溪区森林火灾应急预案',
      '总则',
      '1.1 编制目的',
      '1.2 适用范围',
      '1.3 工作原则',
      '组织指挥',
      '2.1 指挥机构',
      '2.2 工作组',
      '保障措施',
      '3.1 队伍保障',
      '3.2 物资保障',
      '4 附则',
      '1 总则',
      '1.1 编制目的',
      '为有效预防和处置森林火灾，保障人民群众生命财产安全，制定本预案。',
      '1.2 适用范围',
      '本预案适用于本区行政区域内森林火灾的应对工作。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[])).toEqual(['part 1|总则', '  section 1.1|编制目的', '  section 1.2|适用范围']);
  });
  it('the closing "4 附则" after tops 1–3, with text and no 4.1 under it, is the outline\'s next top (not text of 3.2)', () => {
    const plan = importText([
      '青川区地质灾害应急预案',
      '1 总则',
      '1.1 编制目的',
      '为做好地质灾害应急工作，制定本预案。',
      '1.2 适用范围',
      '本预案适用于本区行政区域。',
      '2 组织体系',
      '2.1 指挥机构',
      '区应急指挥部统一指挥。',
      '3 应急响应',
      '3.1 响应分级',
      '响应分为四级。',
      '4 附则',
      '本预案自印发之日起施行。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[]).filter((l) => !l.startsWith(' '))).toEqual(['part 1|总则', 'part 2|组织体系', 'part 3|应急响应', 'part 4|附则']);
  });
  it('guard: a run of numbered headings with text under each is the body, not a 目录', () => {
    const plan = importText([
      '云溪区森林火灾应急预案',
      '1 总则',
      '1.1 编制目的',
      '为有效预防和处置森林火灾，制定本预案。',
      '1.2 适用范围',
      '本预案适用于本区行政区域。',
      '2 组织指挥',
      '2.1 指挥机构',
      '区森林防灭火指挥部负责组织指挥。',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes as N[]).filter((l) => !l.startsWith(' '))).toEqual(['part 1|总则', 'part 2|组织指挥']);
  });
});

describe('a 考核评分表 (考核项目 / 考核内容 / 分值 / 评分标准): decision, guards', () => {
  // A scoring table says how the plan's work is scored, not what the work is: its rows are no tasks (they name no unit
  // that does them), its 分值 no indicators (points, not targets of the plan), its 评分标准 no milestones. A planner
  // keeps it as it is — the plan's annex, its rows as written — and reads the plan's tasks from the plan.
  const table = [
    '序号\t考核项目\t考核内容\t分值\t评分标准',
    '1\t政务服务\t“一网通办”事项网上可办率达到95%以上\t10\t每低1个百分点扣1分，扣完为止',
    '2\t要素保障\t新增工业用地供应300亩\t15\t按完成比例计分',
    '3\t法治环境\t涉企行政检查事项清单公布率100%\t5\t未公布的扣5分',
  ];
  it('guard: as a plan\'s annex, kept whole as the annex\'s text; no task, indicator or milestone from it', () => {
    const plan = importText([
      '东湖区2026年优化营商环境工作方案',
      '一、工作目标',
      '到2026年底，营商环境评价进入全市前三。',
      '二、重点任务',
      '（一）提升政务服务效能。（区政务服务中心牵头）',
      '附件',
      '东湖区2026年营商环境工作考核评分表',
      ...table,
    ].join('\n'), 'x.txt');
    const nodes = all(plan.nodes as N[]);
    const annex = nodes.find((n) => n.kind === 'appendix')!;
    expect(annex.heading).toBe('东湖区2026年营商环境工作考核评分表');
    for (const row of table) expect(annex.body).toContain(row);
    expect(nodes.filter((n) => n.kind === 'task').map((n) => n.heading)).toEqual(['提升政务服务效能']);
    expect(nodes.flatMap((n) => n.indicators)).toEqual([]);
  });
  it('guard: alone, as a Markdown table, kept whole; no task, indicator or unit read from its rows', () => {
    const plan = importText([
      '# 云溪区2026年社区治理工作考核评分表',
      '',
      '| 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 组织建设 | 社区党组织书记培训覆盖率100% | 20 | 每少1人扣2分 |',
      '| 2 | 服务群众 | 社区综合服务设施面积达标 | 30 | 不达标不得分 |',
    ].join('\n'), 'x.md');
    const nodes = all(plan.nodes as N[]);
    expect(nodes.filter((n) => n.kind === 'task')).toEqual([]);
    expect(nodes.flatMap((n) => [...n.indicators, ...n.lead])).toEqual([]);
    const text = [plan.meta.preamble, ...nodes.map((n) => `${n.heading} ${n.body}`)].join('\n');
    for (const w of ['社区党组织书记培训覆盖率100%', '每少1人扣2分', '不达标不得分']) expect(text).toContain(w);
  });
});
