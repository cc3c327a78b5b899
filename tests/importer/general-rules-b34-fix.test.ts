/**
 * Review findings of session 34 (b): a web page's footer lines beside a task's field lines, a plan cited by the
 * sentence that opens a plan, a Markdown heading holding its run-in text, run-in points beside a part that has none,
 * a note closing a grouped table. Every case is written in our own words, with fictional places, and failed before
 * its fix.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);

describe('a web page footer after the last task\'s field lines is the footer (clean.ts DUBAN_FIELD)', () => {
  it('主办单位 right after 牵头/配合 lines is no second lead of the last task', () => {
    const p = plan([
      '南屿县2025年数字乡村建设要点',
      '一、夯实基础设施',
      '（一）扩大光纤覆盖。行政村千兆光网通达率达到90%。',
      '牵头单位：县经济信息化局',
      '（二）建设益农信息社。新建村级信息服务站30个。',
      '牵头单位：县农业农村局',
      '配合单位：县商务局',
      '主办单位：南屿县人民政府办公室',
      '承办单位：南屿县融媒体中心',
      '网站标识码：4509220001',
      '桂ICP备11002233号',
    ].join('\n'));
    const t = byHeading(p.nodes, '建设益农信息社')!;
    expect([t.kind, t.lead, t.partners]).toEqual(['task', ['县农业农村局'], ['县商务局']]);
    expect(t.body).not.toMatch(/主办|承办/);
    expect(p.report!.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['主办单位：南屿县人民政府办公室', '承办单位：南屿县融媒体中心']));
  });
  const qingchuan = [
    '青川区2025年文明城市创建工作要点',
    '一、主要任务',
    '（一）整治农贸市场。完成8个农贸市场提档升级。（牵头单位：区市场监管局）',
    '（二）规范共享单车停放。（牵头单位：区城管局）',
    '主办单位：青川区人民政府',
    '承办单位：青川区信息中心',
    '责任单位：青川区融媒体中心',
    '网站标识码：5101050002',
  ].join('\n');
  it('a footer 承办单位 line followed by a 责任单位 line is no lead (its neighbour is no 督办 line, a 主办 line is near)', () => {
    const p = plan(qingchuan);
    const t = byHeading(p.nodes, '规范共享单车停放')!;
    expect(t.lead).toEqual(['区城管局']);
    expect(t.lead).not.toContain('青川区信息中心');
    expect(p.report!.removed.some((r) => r.text === '承办单位：青川区信息中心')).toBe(true);
  });
  it('and the labelled line between two footer lines is the footer\'s too, no partner of the last task', () => {
    const p = plan(qingchuan);
    const t = byHeading(p.nodes, '规范共享单车停放')!;
    expect([t.lead, t.partners, t.body]).toEqual([['区城管局'], [], '（牵头单位：区城管局）']);
    expect(p.report!.removed.some((r) => r.text === '责任单位：青川区融媒体中心')).toBe(true);
  });
  it('a 督办 matter\'s 承办 / 协办 / 办结时限 lines at the end of the page stay its fields', () => {
    const p = plan([
      '云溪区2025年第三批督办事项',
      '1.老旧管网改造。完成城北片区供水管网改造6公里。',
      '承办单位：区水务局',
      '协办单位：区住房城乡建设局、城北街道办事处',
      '办结时限：2025年11月30日',
    ].join('\n'));
    const t = byHeading(p.nodes, '老旧管网改造')!;
    expect([t.kind, t.lead, t.partners]).toEqual(['task', ['区水务局'], ['区住房城乡建设局', '城北街道办事处']]);
    expect(p.report!.removed).toEqual([]);
  });
});

describe('a plan the opening sentence carries out is not this plan\'s title (meta.ts citesPlan)', () => {
  const body = ['', '一、工作目标', '到2026年，全县农村供水保障水平明显提升。', '', '二、重点任务', '（一）改造供水工程。新建改造集中供水工程12处。（牵头单位：县水利局）'];
  it('为贯彻落实…印发《X》，…制定本方案: X is another organ\'s plan', () => {
    const p = plan(['为贯彻落实省水利厅印发《农村供水高质量发展三年行动计划》，结合我县实际，制定本方案。', ...body].join('\n'));
    expect(p.meta.title).not.toBe('农村供水高质量发展三年行动计划');
  });
  it('根据《X》…, with this plan made: no title from X either', () => {
    const p = plan(['根据市政府发布《南屿市水安全保障规划》，结合本县实际，制定本计划。', ...body].join('\n'));
    expect(p.meta.title).not.toBe('南屿市水安全保障规划');
  });
  it('a sentence saying since when another plan was published, no news time before it, names no title', () => {
    const p = plan(['自市政府印发《南屿市城乡供水一体化实施方案》以来，我县供水条件持续改善。', ...body].join('\n'));
    expect(p.meta.title).not.toBe('南屿市城乡供水一体化实施方案');
  });
  it('a news page saying who published the plan still names it (近日，X印发了《Y》)', () => {
    const p = plan(['近日，南屿县人民政府办公室印发了《南屿县农村供水保障实施方案》，全文如下。', ...body].join('\n'));
    expect(p.meta.title).toBe('南屿县农村供水保障实施方案');
  });
});

describe('a Markdown heading "（一）X：a sentence of clauses" is a run-in heading and its text, as in a .txt (paragraphs.ts wholeAfterColon)', () => {
  const md = [
    '# 青川区2025年河道治理工作方案',
    '',
    '## 一、重点任务',
    '',
    '### （一）完善河长体系：建立区镇村三级河长巡河制度，明确巡河频次和问题交办流程',
    '',
    '区河长办每月通报巡河情况。',
    '',
    '### （二）专项行动二：河道清淤',
    '',
    '区水务局牵头，各镇配合。',
    '',
    '### （三）疏浚支流：2025年底前完成8条',
    '',
    '区水务局牵头。',
  ].join('\n');
  const readMd = () => importFile({ bytes: new TextEncoder().encode(md), fileName: 'x.md' });
  it('the heading is cut at the colon when a clause follows it', async () => {
    const p = await readMd();
    const n = byHeading(p.nodes, '完善河长体系')!;
    expect(n).toBeDefined();
    expect(n.body).toMatch(/^建立区镇村三级河长巡河制度，明确巡河频次和问题交办流程\n区河长办每月通报巡河情况。/);
    // the same text as a .txt reads the same way
    const t = byHeading(plan(md.replace(/^#+ /gm, ''), 'x.txt').nodes, '完善河长体系')!;
    expect(t.body).toBe(n.body);
  });
  it('a label before the colon, or a short phrase after it, keeps the heading whole', async () => {
    const p = await readMd();
    expect(byHeading(p.nodes, '专项行动二：河道清淤')).toBeDefined();
    expect(byHeading(p.nodes, '疏浚支流：2025年底前完成8条')).toBeDefined();
  });
});

describe('run-in points take their kind from their own group, not the next one (levels.ts outsideStyles)', () => {
  const first = [
    '南屿县2025年食品安全工作要点',
    '',
    '一、压实监管责任',
    '落实包保责任。县乡两级包保干部全年督导不少于4次。（牵头单位：县市场监管局）',
    '开展校园食品检查。每学期检查学校食堂全覆盖。（牵头单位：县教育局；配合单位：县市场监管局）',
    '',
    '二、强化风险治理',
  ];
  it('with the second group\'s first paragraph not a run-in point, the first group\'s points are still tasks', () => {
    const p = plan([...first, '各乡镇要认真做好辖区小作坊登记工作。（责任单位：各乡镇）', '推进抽检监测。全年完成食品抽检2000批次。（牵头单位：县市场监管局）'].join('\n'));
    for (const h of ['落实包保责任', '开展校园食品检查']) expect(byHeading(p.nodes, h)?.kind, h).toBe('task');
    expect(byHeading(p.nodes, '开展校园食品检查')!.partners).toEqual(['县市场监管局']);
  });
  it('and the same as when the second group is run-in points too', () => {
    const p = plan([...first, '规范小作坊登记。各乡镇做好辖区小作坊登记。（责任单位：各乡镇）', '推进抽检监测。全年完成食品抽检2000批次。（牵头单位：县市场监管局）'].join('\n'));
    for (const h of ['落实包保责任', '开展校园食品检查']) expect(byHeading(p.nodes, h)?.kind, h).toBe('task');
  });
});

describe('a note closing a grouped table is the table\'s, not its last group\'s (parse.ts TABLE_NOTE)', () => {
  const html = (note: string) => `<html><body><h1>云溪区2025年为民办实事项目</h1>
<table border="1">
<tr><td>序号</td><td>项目名称</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td colspan="4">一、交通出行</td></tr>
<tr><td>1</td><td>新增公交线路4条</td><td>区交通运输局</td><td>2025年6月</td></tr>
<tr><td colspan="4">二、医疗卫生</td></tr>
<tr><td>2</td><td>新建社区卫生服务站3个</td><td>区卫生健康局</td><td>2025年10月</td></tr>
<tr><td>3</td><td>配置急救车辆5辆</td><td>区卫生健康局</td><td>2025年12月</td></tr>
${note}
</table></body></html>`;
  const read = (s: string) => importFile({ bytes: new TextEncoder().encode(s), fileName: 'x.html' });
  it('a one-cell row 说明：… under the last row goes with the table, not into 二、医疗卫生', async () => {
    const note = '说明：以上项目所需资金由区财政统筹安排，各街道做好配合。';
    const p = await read(html(`<tr><td colspan="4">${note}</td></tr>`));
    const g = byHeading(p.nodes, '医疗卫生')!;
    expect(g.children.map((c) => c.heading)).toEqual(['新建社区卫生服务站3个', '配置急救车辆5辆']);
    expect(g.body).toBe('');
    // nothing lost: the note is the plan's text, with the table's
    expect(p.meta.preamble).toContain(note);
  });
  it('a last row that is no note is left where it was', async () => {
    const p = await read(html('<tr><td colspan="4">全区统筹推进</td></tr>'));
    expect(byHeading(p.nodes, '医疗卫生')!.body).toBe('全区统筹推进');
  });
});
