/**
 * General rules found by blind batch 26 of the corpus (tests/corpus/docs/184–189; docs/importer-corpus.md, batch 26;
 * docs/importer-grammar.md, "Rules added for batch 26").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);

describe('a task written as a run of 【】 labelled fields on one line (186: "1.【任务名称】X【工作内容】…【牵头单位】A…")', () => {
  // unnumbered lines under each 一、, other labels: 工作任务 / 具体措施 / 责任单位 with （牵头） / 完成时间 / 备注
  const text = [
    '青川区2026年文明城市创建重点任务',
    '一、市容环境',
    '【工作任务】整治背街小巷【具体措施】完成背街小巷路面修补和立面清洗40条【责任单位】区城管局（牵头）、各街道办事处【完成时间】2026年6月底前',
    '【工作任务】规范户外广告【具体措施】拆除违规户外广告招牌，建立设置审批台账【责任单位】区城管局【完成时间】2026年8月底前【备注】纳入月度考评',
    '二、公共秩序',
    '【工作任务】治理非机动车乱停放【具体措施】新划非机动车停放区200处【责任单位】区公安分局交警大队（牵头）、区城管局【完成时间】2026年9月底前',
    '【工作任务】整治占道经营【具体措施】设置疏导点8个【责任单位】区市场监管局【完成时间】2026年10月底前',
    '三、工作要求',
    '各责任单位每月报送创建进展。',
  ].join('\n');
  it('the name is the heading, the units and the time are read, another label stays in the text', () => {
    const nodes = plan(text).nodes;
    const o = outline(nodes).join('\n');
    expect(o).toContain('part 一、|市容环境\n  task |整治背街小巷\n  task |规范户外广告');
    expect(o).toContain('part 二、|公共秩序\n  task |治理非机动车乱停放\n  task |整治占道经营');
    const t = byHeading(nodes, '整治背街小巷')!;
    expect(t.lead).toEqual(['区城管局']);
    expect(t.partners).toEqual(['各街道办事处']);
    expect(t.milestones.map((m) => m.year)).toEqual([2026]);
    expect(t.body).not.toContain('【');
    expect(byHeading(nodes, '规范户外广告')!.body).toContain('备注：纳入月度考评');
  });
  it('a line of index fields with no department or time label is left as written', () => {
    // in the head: the page's index row it is, read (its 发布机构 the issuer) and set aside as written, in no node
    const row = '【发布机构】云溪区人民政府【主题分类】综合政务';
    const idx = ['云溪区2026年工作要点', row, '一、重点工作', '1.推进城市更新。（责任单位：区住建局）', '2.办好民生实事。（责任单位：区民政局）'].join('\n');
    const r = plan(idx);
    expect(r.report?.removed).toContainEqual(expect.objectContaining({ text: row, reason: '网页信息栏' }));
    expect(r.meta.issuer).toBe('云溪区人民政府');
    expect(all(r.nodes).map((n) => `${n.heading}${n.body}`).join('\n')).not.toMatch(/发布机构|主题分类/);
    // in the text: a run of 【】 labels none of which is a task's field stays in its point's text as written
    const inText = ['云溪区2026年工作要点', '一、重点工作', '1.推进城市更新。【政策依据】区城市更新条例【主题分类】城乡建设', '2.办好民生实事。（责任单位：区民政局）'].join('\n');
    const one = all(plan(inText).nodes).find((n) => n.number === '1.')!;
    expect(`${one.heading}。${one.body}`).toContain('【政策依据】区城市更新条例【主题分类】城乡建设');
  });
});

describe('推进单位 beside a lead label helps, alone it leads (188: "主责单位：A" ⏎ "推进单位：B、各乡镇（街道）")', () => {
  // the fields in one closing bracket of run-in (一) tasks
  const text = [
    '云溪区2026年节水型社会建设实施方案',
    '一、工作目标',
    '全区万元地区生产总值用水量下降3%。',
    '二、重点任务',
    '（一）推进公共机构节水。完成30家公共机构节水改造。（主责单位：区机关事务中心；推进单位：区水务局、区教育局）',
    '（二）推广农业节水灌溉。新增高效节水灌溉面积5000亩。（推进单位：区农业农村局）',
    '三、保障措施',
    '加强考核。',
  ].join('\n');
  it('reads the 主责单位 as the lead and the 推进单位 as partners; a 推进单位 alone as the lead', () => {
    const nodes = plan(text).nodes;
    const a = byHeading(nodes, '推进公共机构节水')!;
    expect(a.lead).toEqual(['区机关事务中心']);
    expect(a.partners).toEqual(['区水务局', '区教育局']);
    const b = byHeading(nodes, '推广农业节水灌溉')!;
    expect(b.lead).toEqual(['区农业农村局']);
  });
  it('the same as field lines', () => {
    const lines = ['南屿县2026年控辍保学工作方案', '一、重点任务', '（一）建立辍学学生台账。逐校逐生排查。', '主责单位：县教体局', '推进单位：县公安局、各乡镇（街道）', '（二）落实资助政策。', '主责单位：县教体局', '二、工作要求', '按月报送。'].join('\n');
    const a = byHeading(plan(lines).nodes, '建立辍学学生台账')!;
    expect(a.lead).toEqual(['县教体局']);
    // (both partners, the township's bracket written half-width as unit names are)
    expect(a.partners).toEqual(['县公安局', '各乡镇(街道)']);
    const b = byHeading(plan(lines).nodes, '落实资助政策')!;
    expect(b.lead).toEqual(['县教体局']);
    expect(b.partners).toEqual([]);
  });
});

describe('a party committee\'s department signing its own plan (187: "中共临江市东湖区委社会工作部" ⏎ date)', () => {
  const body = ['云溪区2026年组织工作要点', '一、加强干部队伍建设', '1.开展年轻干部递进培养。（责任科室：干部科）', '二、加强基层组织建设', '2.推进村（社区）党组织书记专题轮训。（责任科室：组织科）'];
  it('gives the issuer and the date, and the district when the title has none', () => {
    const r = plan([...body, '中共云溪区委组织部', '2026年4月8日'].join('\n'));
    expect(r.meta.issuer).toBe('中共云溪区委组织部');
    expect(r.meta.issuedOn).toBe('2026-04-08');
    const untitled = plan(['2026年宣传思想工作要点', ...body.slice(1), '中共青川区委宣传部', '2026年2月3日'].join('\n'));
    expect(untitled.meta.issuer).toBe('中共青川区委宣传部');
    expect(untitled.meta.district).toBe('青川区');
  });
  it('a department named without its place is no signature', () => {
    const r = plan([...body, '区委组织部', '2026年4月8日'].join('\n'));
    expect(r.meta.issuer).toBeNull();
  });
});

describe('bracketed arabic points opening the body as bare headings are its top level (187: "(1)总体目标" over "1.…。一是…")', () => {
  // full-width （1）, points 1、 carrying text and a closing bracket
  const text = [
    '南屿县2026年食品安全工作要点',
    '2026年，全县食品安全工作要坚持“四个最严”要求。',
    '（1）工作目标',
    '全年食品抽检量达到每千人5批次。',
    '（2）监管重点',
    '1、强化校园食品安全。一是落实校长陪餐制度；二是开展学校食堂专项检查。（责任单位：县市场监管局、县教体局）',
    '2、整治农村集体聚餐。一是建立聚餐备案制度；二是培训乡厨300人次。（责任单位：县市场监管局）',
    '（3）能力建设',
    '3、建设智慧监管平台。推动食品生产企业接入率达到100%。（责任单位：县市场监管局）',
    '（4）工作要求',
    '一是压实属地责任；二是加强督导。',
  ].join('\n');
  it('the (1) headings are parts holding the numbered points', () => {
    const o = outline(plan(text).nodes).join('\n');
    expect(o).toContain('part （1）|工作目标\npart （2）|监管重点\n  task 1、|强化校园食品安全\n  task 2、|整治农村集体聚餐\npart （3）|能力建设\n  task 3、|建设智慧监管平台\npart （4）|工作要求');
  });
  it('(1) points under a 1. heading, or under bare 1. headings, keep the usual order', () => {
    const under = ['云溪区2026年体育工作计划', '1.健身设施', '（1）新建社区健身点20个。', '（2）更新老旧健身器材。', '2.赛事活动', '（1）举办全民健身运动会。', '（2）开展社区篮球联赛。'].join('\n');
    const o = outline(plan(under).nodes).join('\n');
    expect(o).toMatch(/^\S+ 1\.\|健身设施\n  \S+ （1）\|/);
    expect(o).not.toMatch(/^\S+ （1）/m);
    const first = ['云溪区2026年体育工作计划', '（1）健身设施建设要加快。', '（2）赛事活动要丰富。', '1.新建社区健身点20个。（责任单位：区体育局）', '2.举办运动会。（责任单位：区体育局）'].join('\n');
    expect(outline(plan(first).nodes).some((l) => l.startsWith('  ') && /\|新建社区健身点/.test(l))).toBe(false);
  });
});
