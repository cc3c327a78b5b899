/**
 * Rules found by sending the corpus documents of session 34 (140–151) through every export and back
 * (`tests/tools/roundtrip-all.ts`, docs/exchange.md). Each case is written in our own words, in more than one style,
 * and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';

type N = { heading: string; lead: string[]; partners: string[]; indicators: { name: string; value: number | null; unit: string; year: number | null }[]; milestones: { year: number }[]; children: N[] };
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

describe('a tab-separated table whose rows lost their leading empty cells (a 类别 merged down, the line trimmed)', () => {
  // (as Word prints a plan's text — a paragraph keeps no leading tab — or as a text copied without its indent)
  it('an indicator table: 类别 | 序号 | 指标名称 | 单位 | 基期值 | 2025年 | 2027年 — the short rows are read by position', () => {
    const plan = importText(['南屿县城乡环境提升三年行动方案（2025—2027年）', '一、主要目标', '到2027年，城乡环境明显改善。主要指标如下：',
      '类别\t序号\t指标名称\t单位\t基期值\t2025年\t2027年', '生态环境\t1\t城市绿化覆盖率\t%\t38\t40\t42', '2\t空气质量优良天数比率\t%\t85\t88\t90',
      '3\t黑臭水体消除数\t条\t0\t4\t9', '市容环境\t4\t背街小巷整治\t条\t—\t30\t80',
      '二、重点任务', '（一）推进绿化提升。新增城市绿地40公顷。（牵头单位：县住建局）'].join('\n'), 'x.txt');
    const goals = all(plan.nodes as N[]).find((n) => n.heading === '主要目标')!;
    expect(goals.indicators.map((i) => `${i.name} ${i.value}${i.unit} ${i.year}`).sort()).toEqual([
      '城市绿化覆盖率 40% 2025', '城市绿化覆盖率 42% 2027', '空气质量优良天数比率 88% 2025', '空气质量优良天数比率 90% 2027',
      '背街小巷整治 30条 2025', '背街小巷整治 80条 2027', '黑臭水体消除数 4条 2025', '黑臭水体消除数 9条 2027'].sort());
  });
  it('a task table: 领域 | 序号 | 重点任务 | 牵头单位 | 完成时限 — a short row keeps its department and deadline', () => {
    const plan = importText(['云溪区2025年民生实事项目安排', '一、项目安排', '领域\t序号\t重点任务\t牵头单位\t完成时限',
      '教育\t1\t新建公办幼儿园3所\t区教育局\t2025年9月底前', '2\t新增中小学学位1200个\t区教育局\t2025年8月底前',
      '养老\t3\t建设社区嵌入式养老服务站6个\t区民政局\t2025年11月底前', '4\t开展老年人助餐服务\t区民政局\t2025年12月底前'].join('\n'), 'x.txt');
    const tasks = all(plan.nodes as N[]).filter((n) => n.lead.length);
    expect(tasks.map((n) => `${n.heading}|${n.lead.join('、')}|${n.milestones.map((m) => m.year).join(',')}`)).toEqual([
      '新建公办幼儿园3所|区教育局|2025', '新增中小学学位1200个|区教育局|2025', '建设社区嵌入式养老服务站6个|区民政局|2025', '开展老年人助餐服务|区民政局|2025']);
  });
  it('a row short of its last cell (no 完成时限) is not shifted: its number is not under 序号 once shifted', () => {
    const plan = importText(['云溪区2025年民生实事项目安排', '一、项目安排', '序号\t重点任务\t牵头单位\t完成时限',
      '1\t新建公办幼儿园3所\t区教育局\t2025年9月底前', '2\t新增中小学学位1200个\t区教育局'].join('\n'), 'x.txt');
    const tasks = all(plan.nodes as N[]).filter((n) => n.lead.length);
    expect(tasks.map((n) => `${n.heading}|${n.lead.join('、')}`)).toEqual(['新建公办幼儿园3所|区教育局', '新增中小学学位1200个|区教育局']);
  });
});

describe('a title naming its office over a line of labelled fields naming it again (as Markdown prints the head)', () => {
  it('the title is the title, not a web page\'s <title> said again by the field line', async () => {
    const a = await importFile({ bytes: new TextEncoder().encode(['# 云溪区高新技术产业园区管理委员会2025年工作要点', '', '发文机关：云溪区高新技术产业园区管理委员会　成文日期：2025年2月10日', '', '2025年是全面推进乡村振兴的关键之年。',
      '', '## 一、稳定粮食生产', '', '全年粮食播种面积稳定在48万亩以上。（牵头单位：县农业农村局）'].join('\n')), fileName: 'x.md' });
    expect([a.meta.title, a.meta.period, a.meta.issuer]).toEqual(['云溪区高新技术产业园区管理委员会2025年工作要点', { start: 2025, end: 2025 }, '云溪区高新技术产业园区管理委员会']);
    const b = importText(['青川区城市更新工作领导小组办公室2025年工作要点', '发文机关：青川区城市更新工作领导小组办公室　发文字号：青更办〔2025〕2号',
      '为推进城市更新，制定本要点。', '一、推进老旧小区改造', '完成老旧小区改造30个。（牵头单位：区住房城乡建设局）'].join('\n'), 'x.txt');
    expect([b.meta.title, b.meta.period]).toEqual(['青川区城市更新工作领导小组办公室2025年工作要点', { start: 2025, end: 2025 }]);
  });
  it('a web page\'s <title> over its index line and the title said again is still dropped', () => {
    const c = importText(['云溪区城市环境整治实施方案', '发布机构：云溪区城市管理局　发布日期：2025-03-02', '云溪区城市环境整治实施方案',
      '为改善城市环境，制定本方案。', '一、整治背街小巷', '完成背街小巷整治60条。（牵头单位：区城市管理局）'].join('\n'), 'x.txt');
    expect(c.meta.title).toBe('云溪区城市环境整治实施方案');
    expect(c.report!.removed.map((r) => r.reason)).toContain('网页标题');
  });
});

describe('a notice that is itself the plan, as its Word cover prints it', () => {
  it('the red header "X办公室文件" over the title with no 文号 between is not the title\'s first line', () => {
    const a = importText(['南屿县人民政府办公室文件', '关于做好2025年春季造林绿化工作的通知', '各乡镇人民政府，县直各部门：', '为做好今年春季造林绿化工作，现就有关事项通知如下：',
      '一、明确目标任务', '全县完成造林面积1.2万亩。（牵头单位：县林业局）', '二、强化工作保障', '各乡镇要落实专人负责。'].join('\n'), 'x.txt');
    expect([a.meta.title, a.meta.issuer]).toEqual(['关于做好2025年春季造林绿化工作的通知', '南屿县人民政府办公室']);
    const b = importText(['云溪区城市管理局文件', '关于开展背街小巷环境整治专项行动的通知', '各街道办事处：', '一、整治范围', '辖区内背街小巷80条。（牵头单位：区城市管理局）'].join('\n'), 'x.txt');
    expect(b.meta.title).toBe('关于开展背街小巷环境整治专项行动的通知');
  });
  it('its signature and 附注 before the first annex are the issuer, the date and the notice\'s 附注, not the last point\'s text', () => {
    const a = importText(['关于做好2025年春季造林绿化工作的通知', '各乡镇人民政府，县直各部门：', '一、明确目标任务', '全县完成造林面积1.2万亩。（牵头单位：县林业局）',
      '二、强化工作保障', '各乡镇要落实专人负责。', '南屿县人民政府办公室', '2025年2月26日', '（此件公开发布）', '附表1', '春季造林任务分解表', '序号\t乡镇\t造林面积（亩）', '1\t青禾镇\t3000', '2\t石岭镇\t2500'].join('\n'), 'x.txt');
    expect([a.meta.issuer, a.meta.issuedOn, a.meta.notice]).toEqual(['南屿县人民政府办公室', '2025-02-26', '（此件公开发布）']);
    const last = all(a.nodes as N[]).find((n) => n.heading.startsWith('强化工作保障')) as unknown as { body: string };
    expect(last.body).not.toMatch(/此件公开发布|人民政府办公室/);
    // (a second style: a bureau's notice, its annex labelled 附件 with a list under it)
    const b = importText(['关于开展背街小巷环境整治专项行动的通知', '各街道办事处：', '一、整治范围', '辖区内背街小巷80条。（牵头单位：区城市管理局）', '二、工作要求',
      '各街道要细化方案，按月报送进展。', '临江市云溪区城市管理局', '2025年4月2日', '（此件主动公开）', '附件', '背街小巷整治名录', '1．青石巷', '2．柳荫巷'].join('\n'), 'x.txt');
    expect([b.meta.issuer, b.meta.issuedOn, b.meta.notice]).toEqual(['临江市云溪区城市管理局', '2025-04-02', '（此件主动公开）']);
  });
});
