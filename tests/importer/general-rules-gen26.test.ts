/**
 * General rules found by blind batch 32 of the corpus (tests/corpus/docs/242, 260–265, h-gen26; docs/importer-corpus.md,
 * batch 32; docs/importer-grammar.md, "Rules added for batch 32").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on b65b9aba, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const everyText = (r: ReturnType<typeof plan>) => [r.meta.preamble, ...all(r.nodes).flatMap((n) => [n.heading, n.body])].join('\n');

/** A 养老 方案 whose task table has its 责任单位 over 牵头单位 | 配合单位, copied as a grid: the group label's merged cell
 *  an empty cell after it, the lower row without its last (empty) cell (242 is a project table whose 年度计划 spans
 *  three years). */
const GRID_HEAD = [
  '临江市青川区2026年养老服务提升工作方案',
  '一、工作目标',
  '到2026年底，全区新增养老床位300张。',
  '二、重点任务',
  '序号\t重点任务\t责任单位\t\t完成时限',
  '\t\t牵头单位\t配合单位',
  '1\t新建社区养老服务中心5个\t区民政局\t区财政局、各街道办事处\t2026年10月底前',
  '2\t开展老年助餐服务\t区民政局\t区市场监督管理局\t2026年6月底前',
  '3\t推进居家适老化改造800户\t区住房和城乡建设局\t区民政局\t2026年12月底前',
  '三、保障措施',
  '（一）加强组织领导。区养老服务工作领导小组统筹推进。',
].join('\n');

describe('a table head of two rows copied as a grid, a group label\'s span written as empty cells (headrows.ts gridCells)', () => {
  it('责任单位 over 牵头单位 | 配合单位: the rows are tasks with their lead and partners', () => {
    const r = plan(GRID_HEAD);
    expect(outline(r.nodes)).toEqual([
      'part 一、|工作目标',
      'part 二、|重点任务',
      '  task 1|新建社区养老服务中心5个',
      '  task 2|开展老年助餐服务',
      '  task 3|推进居家适老化改造800户',
      'part 三、|保障措施',
      '  section （一）|加强组织领导',
    ]);
    expect(roles(r.nodes)).toEqual(['1 区民政局|区财政局、各街道办事处', '2 区民政局|区市场监督管理局', '3 区住房和城乡建设局|区民政局']);
    expect(byHeading(r.nodes, '开展老年助餐服务').milestones.map((m) => m.year)).toEqual([2026]);
  });
  it('guard: a row of text under a one-row head, with empty cells, is a row of the table, not a second head row', () => {
    const r = plan(GRID_HEAD.replace('\t\t牵头单位\t配合单位\n', '').replace('序号\t重点任务\t责任单位\t\t完成时限', '序号\t重点任务\t牵头单位\t配合单位\t完成时限')
      .replace('2\t开展老年助餐服务\t区民政局\t区市场监督管理局', '2\t开展老年助餐服务\t区民政局\t'));
    expect(roles(r.nodes)).toEqual(['1 区民政局|区财政局、各街道办事处', '2 区民政局|', '3 区住房和城乡建设局|区民政局']);
  });
});

describe('a line break written <br> inside a Markdown table cell (formats/markdown.ts)', () => {
  const MD = [
    '# 南屿县2026年农村供水保障任务分工',
    '',
    '## 一、重点任务',
    '',
    '| 序号 | 任务 | 责任单位 | 完成时限 |',
    '|:---:|---|---|---|',
    '| 1 | 建设城乡供水一体化管网 | 县水利局（牵头）<br/>各镇人民政府 | 2026年11月底前 |',
    '| 2 | 改造农村水厂3座 | 县水利局<BR />县财政局 | 2026年9月底前 |',
    '',
    '## 二、工作要求',
    '',
    '各镇要落实属地责任。',
  ].join('\n');
  it('the cell\'s lines are its units: the one marked （牵头） leads; no tag is left in the plan', async () => {
    const r = await importFile({ bytes: new TextEncoder().encode(MD), fileName: 'x.md' });
    expect(roles(r.nodes)).toEqual(['1 县水利局|各镇人民政府', '2 县水利局、县财政局|']);
    expect(everyText(r)).not.toMatch(/<br/i);
  });
});

describe('field lines whose labels are in Traditional characters, whole or in part (fieldlines.ts readFieldLine)', () => {
  const TRAD = [
    '雲溪區2026年社區養老服務實施方案',
    '一、總體要求',
    '到2026年底，全區社區養老服務設施覆蓋率達到100%。',
    '二、主要任務',
    '1.建設社區嵌入式養老服務中心。新建養老服務中心6個。',
    '牽頭單位：區民政局',
    '配合單位：區財政局、各街道辦事處',
    '2.發展老年助餐服務。新增老年助餐點20個。',
    '牵头單位：區民政局',
    '配合单位：區市場監管局',
    '時間節點：2026年啟動：確定助餐點佈局；2027年完成：實現社區全覆蓋',
  ].join('\n');
  it('牽頭單位 / 配合單位 / 配合单位 lines give lead and partners, 時間節點 its years — the names as written', () => {
    const r = plan(TRAD);
    expect(roles(r.nodes)).toEqual(['1. 區民政局|區財政局、各街道辦事處', '2. 區民政局|區市場監管局']);
    expect(byHeading(r.nodes, '發展老年助餐服務').milestones.map((m) => [m.year, m.stage, m.text])).toEqual([[2026, '启动', '確定助餐點佈局'], [2027, '完成', '實現社區全覆蓋']]);
  });
});

describe('a committee\'s office signing a plan (places.ts ORGAN_DEPARTMENT: X委员会办公室)', () => {
  const SIGNED = [
    '南屿县2026年食品安全工作要点',
    '一、强化源头治理',
    '（一）开展农药残留专项整治，抽检食用农产品2000批次。（牵头单位：县农业农村局）',
    '（二）推进学校食堂“明厨亮灶”全覆盖。（牵头单位：县市场监督管理局；配合单位：县教育局）',
    '南屿县食品安全委员会办公室',
    '2026年3月12日',
  ].join('\n');
  it('the office is the issuer and its date the 成文日期; neither stays text of the last point', () => {
    const r = plan(SIGNED);
    expect(r.meta.issuer).toBe('南屿县食品安全委员会办公室');
    expect(r.meta.issuedOn).toBe('2026-03-12');
    expect(all(r.nodes).at(-1)!.body).not.toContain('委员会办公室');
  });
  it('guard: a zone\'s working committee\'s office is no government of its city (meta.ts reads it as a zone\'s organ)', () => {
    const zone = '中共临江市东湖新城工作委员会办公室';
    const r = plan([`${zone}关于印发《东湖新城2026年食品安全工作要点》的通知`, '新城各部门：', '现将《东湖新城2026年食品安全工作要点》印发给你们，请认真贯彻落实。', zone, '2026年3月2日',
      ...SIGNED.replace('南屿县2026年食品安全工作要点', '东湖新城2026年食品安全工作要点').split('\n').slice(0, -2)].join('\n'));
    expect(r.meta.issuer).toBe(zone);
    expect(r.meta.city).toBeNull();
  });
  it('guard: a committee signing itself still does', () => {
    const r = plan(SIGNED.replace('南屿县食品安全委员会办公室', '南屿县食品安全委员会'));
    expect(r.meta.issuer).toBe('南屿县食品安全委员会');
  });
});

describe('a point whose sentence ends with words a goal heading ends with is work (levels.ts contextOf: the first clause)', () => {
  const POINTS = [
    '青川区2026年城市管理重点工作安排',
    '一、提升市容环境',
    '（一）整治背街小巷40条，打造精品街区5个。（牵头单位：区城市管理局）',
    '（二）改造老旧市政道路12公里。（牵头单位：区住房和城乡建设局）',
    '二、推进智慧城管',
    '（一）建成区级智慧停车平台，完成市下达的年度目标任务。（牵头单位：区城市管理局；配合单位：区交通运输局）',
  ].join('\n');
  it('"建成区级智慧停车平台，完成市下达的年度目标任务", alone in its part, is a task as the points of the other part are', () => {
    const r = plan(POINTS);
    expect(outline(r.nodes)).toEqual([
      'part 一、|提升市容环境',
      '  task （一）|整治背街小巷40条，打造精品街区5个',
      '  task （二）|改造老旧市政道路12公里',
      'part 二、|推进智慧城管',
      '  task （一）|建成区级智慧停车平台，完成市下达的年度目标任务',
    ]);
  });
  it('guard: a goal heading of one phrase is still no task ("（一）年度目标任务" over its text, before the part\'s tasks)', () => {
    const r = plan(POINTS.replace('一、提升市容环境\n', '一、提升市容环境\n（一）年度目标任务\n全区城市管理考核位居全市前列。\n').replace('（一）整治', '（二）整治').replace('（二）改造', '（三）改造'));
    expect(outline(r.nodes).slice(0, 3)).toEqual(['part 一、|提升市容环境', '  section （一）|年度目标任务', '  task （二）|整治背街小巷40条，打造精品街区5个']);
  });
});

describe('footnotes marked by circled numbers after figures, the notes after the signature (paragraphs.ts readSignature)', () => {
  const NOTES = [
    '云溪区2026年全民健身实施方案',
    '一、工作目标',
    '到2026年底，全区人均体育场地面积达到2.8平方米①，经常参加体育锻炼人数比例达到42%②。',
    '二、主要任务',
    '（一）建设社区健身设施。新建社区多功能运动场15片。（牵头单位：区体育局）',
    '（二）举办群众赛事活动。全年举办区级赛事30场。（牵头单位：区体育局；配合单位：各街道办事处）',
    '云溪区人民政府办公室',
    '2026年4月2日',
    '①人均体育场地面积按第七次全国体育场地普查口径计算。',
    '②经常参加体育锻炼人数指每周参加3次以上的人数。',
  ].join('\n');
  it('the signature is read before the notes; the notes stay text of the last node, no points', () => {
    const r = plan(NOTES);
    expect(r.meta.issuer).toBe('云溪区人民政府办公室');
    expect(r.meta.issuedOn).toBe('2026-04-02');
    expect(outline(r.nodes)).toEqual(['part 一、|工作目标', 'part 二、|主要任务', '  task （一）|建设社区健身设施', '  task （二）|举办群众赛事活动']);
    expect(byHeading(r.nodes, '举办群众赛事活动').body).toContain('②经常参加体育锻炼人数指每周参加3次以上的人数。');
  });
  it('notes opened by 注： inside the text, where an export prints them, go on with their first line: no list from ②', () => {
    const r = plan(NOTES.replace('云溪区人民政府办公室\n2026年4月2日\n①', '注：①'));
    expect(outline(r.nodes)).toEqual(['part 一、|工作目标', 'part 二、|主要任务', '  task （一）|建设社区健身设施', '  task （二）|举办群众赛事活动']);
    expect(byHeading(r.nodes, '举办群众赛事活动').body).toContain('注：①人均体育场地面积按第七次全国体育场地普查口径计算。\n②经常参加');
  });
  it('guard: circled lines after the signature that no figure above calls are no notes', () => {
    const r = plan(NOTES.replace('2.8平方米①', '2.8平方米').replace('42%②', '42%'));
    expect(r.meta.issuer).toBeNull();
  });
});

describe('a 专栏 that names its units carries its dates as a task does (enrich.ts)', () => {
  const BOXES = [
    '南屿县“十五五”水利发展规划',
    '一、主要任务',
    '（一）完善城乡供水体系',
    '推进城乡供水一体化，提高农村供水保障水平。',
    '专栏1 城乡供水一体化工程',
    '建设内容：新建规模化水厂2座，改造供水管网300公里。',
    '牵头单位：县水利局',
    '建设期限：2026年开工，2028年底前建成',
    '（二）加强防洪能力建设',
    '实施中小河流治理，提升防洪标准。',
    '专栏2 防洪重点工程',
    '——中小河流治理工程',
    '——病险水库除险加固工程，2027年完成',
  ].join('\n');
  it('the box with its 牵头单位 has its years; a box of projects naming no unit has none of its own', () => {
    const r = plan(BOXES);
    const box = byHeading(r.nodes, '城乡供水一体化工程');
    expect(box.kind).toBe('box');
    expect(box.lead).toEqual(['县水利局']);
    // (read as a task's sentence is: "2026年开工，2028年底前建成" gives the year it is done by)
    expect(box.milestones.map((m) => m.year)).toEqual([2028]);
    expect(byHeading(r.nodes, '防洪重点工程').milestones).toEqual([]);
  });
});

describe('a 版记 whose 印发 line is wrapped after its office (paragraphs.ts dropBanji; signatureAt takes no 印发 date)', () => {
  const BANJI = [
    '南屿县2026年森林防火工作方案',
    '一、工作目标',
    '全年森林火灾受害率控制在0.3‰以内。',
    '二、主要任务',
    '（一）开展火灾隐患排查。全面排查林区隐患点。（牵头单位：县林业局）',
    '（二）加强扑火队伍建设。组建乡镇专业扑火队12支。（牵头单位：县应急管理局）',
    '南屿县人民政府办公室',
    '2026年3月18日',
    '抄送：县委办公室，县人大常委会办公室。',
    '南屿县人民政府办公室',
    '2026年3月20日印发',
  ].join('\n');
  it('the signature gives the 成文日期, the wrapped 印发 line the 印发日期; 抄送 and the office are no text of the last task', () => {
    const r = plan(BANJI);
    expect(r.meta.issuedOn).toBe('2026-03-18');
    expect(r.meta.printedOn).toBe('2026-03-20');
    expect(byHeading(r.nodes, '加强扑火队伍建设').body).toBe('组建乡镇专业扑火队12支。（牵头单位：县应急管理局）');
  });
});
