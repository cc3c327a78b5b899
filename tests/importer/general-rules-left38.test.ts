/**
 * What session 37 left in the importer (docs/importer-grammar.md, "Rules added in session 38 (h-left38)"): a 镇's or
 * 街道's stations (市场监管所, 司法所, 水利站) named alone in a bracket as the units doing the work, and (n) sub-points
 * numbered on from an opening (n) list across the points that hold them. Each case is written afresh, with fictional
 * places, in two styles; the rule cases fail on 64a63c41, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: PlanNode[], h: string) => all(ns).find((n) => n.heading === h);
const indicators = (ns: PlanNode[]) => all(ns).flatMap((n) => n.indicators.map((i) => `${i.name} ${i.value}${i.unit}`));
/** The text hard-wrapped every `n` characters, as a narrow page or a fixed-width print breaks it. */
const wrap = (t: string, n: number) => t.split('\n').map((l) => l.replace(new RegExp(`(.{${n}})`, 'g'), '$1\n')).join('\n');
const tasks = (ns: PlanNode[]) => all(ns).filter((n) => n.kind === 'task').map((t) => [t.number, t.heading, t.lead.join('、'), t.partners.join('、'), t.milestones.map((m) => m.text).join('')].join('|'));

describe('a station of a 镇 or 街道 named alone in a bracket is a unit doing the work; an institute or a clinic is not (departments.ts STATION)', () => {
  it('indicators in a sentence and labelled deadlines of a 镇 plan: （市场监管所）, （派出所、司法所）, （水利站） are roles; （省茶叶研究所） stays', () => {
    const p = plan(['云溪区东岭镇2026年平安建设工作要点', '一、主要目标',
      '到2026年底，食品抽检合格率（市场监管所）达到98%，矛盾纠纷调解成功率（派出所、司法所）达到99%，农村自来水普及率（水利站）达到95%，镇村两级医疗机构门诊量（镇卫生所）达到3万人次。',
      '二、重点任务',
      '1.开展食品安全专项检查。', '完成时限：2026年6月底前（市场监管所）',
      '2.化解矛盾纠纷。', '完成时限：2026年9月底前（派出所、司法所）',
      '3.开展茶叶新品种试种。', '完成时限：2026年10月底前（省茶叶研究所）'].join('\n'));
    // (the name is the figure's, the stations who answer for it; a clinic is where the visits are counted)
    expect(indicators(p.nodes)).toEqual(['食品抽检合格率 98%', '矛盾纠纷调解成功率 99%', '农村自来水普及率 95%', '镇村两级医疗机构门诊量（镇卫生所） 3万人次']);
    const ms = (h: string) => byHeading(p.nodes, h)!.milestones.map((m) => m.text);
    expect(ms('开展食品安全专项检查')).toEqual(['2026年6月底前']);
    expect(ms('化解矛盾纠纷')).toEqual(['2026年9月底前']);
    // (an institute is a name of its own: its bracket stays in the deadline's words)
    expect(ms('开展茶叶新品种试种')).toEqual(['2026年10月底前（省茶叶研究所）']);
  });

  it('an indicator table of a 街道 plan: （司法所） and （水利站、农技站） give the part its units; （社区卫生所）, （县农科所） stay in the names', () => {
    const p = plan(['南屿县清河街道2027年平安建设工作方案', '一、主要指标',
      '序号\t指标名称\t目标值\t完成时限',
      '1\t食品抽检合格率（清河市场监管所）\t98%\t2027年底',
      '2\t社区矫正对象再犯罪率（司法所）\t≤0.2%\t2027年底',
      '3\t辖区儿童免疫接种率（社区卫生所）\t95%\t2027年底',
      '4\t茶园病虫害绿色防控覆盖率（县农科所）\t90%\t2027年底',
      '5\t农田灌溉水有效利用系数（水利站、农技站）\t0.6\t2027年底',
      '二、工作要求', '各社区要加强协同。'].join('\n'));
    expect(indicators(p.nodes)).toEqual(['食品抽检合格率 98%', '社区矫正对象再犯罪率 0.2%', '辖区儿童免疫接种率（社区卫生所） 95%',
      '茶园病虫害绿色防控覆盖率（县农科所） 90%', '农田灌溉水有效利用系数 0.6']);
    expect(p.nodes[0].lead).toEqual(['清河市场监管所', '司法所', '水利站', '农技站']);
  });
});

describe('(n) sub-points numbered on across the points that hold them stay under their point (paragraphs.ts openingTop)', () => {
  it('an opening （1）（2） list, then 1、 points whose （3）（4）, （5）（6） go on from it: each under its own point', () => {
    const p = plan(['南屿县2026年乡村建设工作要点',
      '（1）总体要求', '（2）工作目标',
      '1、推进农村道路提档。全年完成农村公路提档升级60公里。', '（3）打通断头路', '（4）完善安保设施',
      '2、改善农村人居环境。新建农村公厕30座。', '（5）推进厕所改造', '（6）治理生活污水'].join('\n'));
    expect(outline(p.nodes).map((l) => l.replace(/^(\s*)\w+ /, '$1'))).toEqual([
      '（1）|总体要求', '（2）|工作目标',
      '1、|推进农村道路提档', '  （3）|打通断头路', '  （4）|完善安保设施',
      '2、|改善农村人居环境', '  （5）|推进厕所改造', '  （6）|治理生活污水']);
  });

  it('the areas listed ① ②, then 1. tasks with ③ ④ and ⑤ ⑥ under them: the tasks are not under ② or ④', () => {
    const p = plan(['云溪区2026年背街小巷整治工作安排', '①滨江片区', '②火车站片区',
      '1.整治路面破损。修补破损路面2万平方米。（责任单位：区城管局）', '③人行道', '④车行道',
      '2.规范店招店牌。更换不规范店招300块。（责任单位：区城管局）', '⑤沿街商铺', '⑥农贸市场周边',
      '3.清理架空线缆。入地改造线缆15公里。（责任单位：区住建局）'].join('\n'));
    const tasks = all(p.nodes).filter((n) => n.number.endsWith('.'));
    expect(tasks.map((t) => [t.heading, t.children.map((c) => c.number).join('')])).toEqual([
      ['整治路面破损', '③④'], ['规范店招店牌', '⑤⑥'], ['清理架空线缆', '']]);
    expect(p.nodes.map((n) => n.number)).toEqual(['①', '②', '1.', '2.', '3.']);
    expect(byHeading(p.nodes, '清理架空线缆')!.lead).toEqual(['区住建局']);
  });

  it('guards: (1)(2) under 1. and (3)(4) under 2., with bare points or points with text, read as written', () => {
    for (const text of [
      ['临江市东湖区2026年社区治理工作要点', '一、重点任务', '1.完善社区服务体系', '(1)新建社区服务站6个，年底前全部投入使用。',
        '(2)推行社区事务清单管理。', '2.提升基层议事能力', '(3)每个社区建立居民议事会。', '(4)培训社区议事骨干300人次。'],
      ['云溪区2026年文明城市创建工作方案', '1.优化城市环境。围绕背街小巷和农贸市场开展整治。', '(1)背街小巷整治', '(2)农贸市场提升',
        '2.提升市民素质。以新时代文明实践为抓手。', '(3)志愿服务', '(4)诚信建设'],
    ]) {
      const nodes = all(plan(text.join('\n')).nodes);
      const points = nodes.filter((n) => /^\d\.$/.test(n.number));
      expect(points.map((t) => t.children.map((c) => c.number).join(''))).toEqual(['(1)(2)', '(3)(4)']);
    }
  });

  it('guard: 187\'s shape — bare (n) headings whose numbering goes on after the points, each holding its points — keeps them on top', () => {
    const p = plan(['青川区2026年全民健身工作要点', '（1）总体目标', '（2）设施建设',
      '1、新建社区健身点。全年新建社区健身点25个。（牵头单位：区文体旅局）',
      '2、改造公共体育场。完成区体育场塑胶跑道改造。（牵头单位：区文体旅局）',
      '（3）赛事活动', '3、举办全民健身运动会。设置比赛项目12个。（牵头单位：区文体旅局）',
      '（4）工作要求', '各单位要加强协同。'].join('\n'));
    expect(p.nodes.map((n) => `${n.number}${n.children.map((c) => c.number).join('')}`)).toEqual(['（1）', '（2）1、2、', '（3）3、', '（4）']);
  });
});

describe('a text hard-wrapped narrower than a wrap is told (20 characters): 【】 runs and tab tables are joined back (paragraphs.ts wrappedRuns, clean.ts rejoinWrappedTabRows)', () => {
  it('numbered 【任务名称】 runs with blank lines between tasks, wrapped at 15 and 19: every task with its units and deadline', () => {
    const text = ['青川区2027年老旧小区改造任务清单', '', '一、整治提升', '',
      '1.【任务名称】改造老旧小区【工作内容】完成河西、桥东等12个老旧小区改造，同步更新供水管网【牵头单位】区住建局【配合单位】区水务局、河西街道【完成时限】2027年11月底前', '',
      '2.【任务名称】增设充电设施【工作内容】在改造小区新增电动自行车充电端口800个【牵头单位】区住建局【配合单位】区消防救援大队【完成时限】2027年9月底前', '',
      '二、长效管理', '',
      '3.【任务名称】引入物业服务【工作内容】改造后小区物业服务覆盖率达到90%【牵头单位】区住建局【完成时限】2027年12月底前', ''].join('\n');
    const want = ['1.|改造老旧小区|区住建局|区水务局、河西街道|2027年11月底前', '2.|增设充电设施|区住建局|区消防救援大队|2027年9月底前', '3.|引入物业服务|区住建局||2027年12月底前'];
    expect(tasks(plan(text).nodes)).toEqual(want);
    for (const n of [15, 19]) expect(tasks(plan(wrap(text, n)).nodes)).toEqual(want);
  });

  it('（一） 【工作任务】 runs without blank lines, a plain sentence after the last, wrapped at 16: the sentence stays out of the last task', () => {
    const text = ['南屿县2026年农贸市场提升工作安排', '一、主要任务',
      '（一）【工作任务】改造农贸市场【具体措施】完成城关、东坝2个农贸市场改造，推行智慧计量【责任单位】县商务局【完成时间】2026年8月底前',
      '（二）【工作任务】规范市场秩序【具体措施】整治占道经营和短斤少两，全年检查不少于24次【责任单位】县市场监管局【完成时间】2026年12月底前',
      '二、工作要求', '各乡镇参照执行。'].join('\n');
    const want = ['（一）|改造农贸市场|县商务局||2026年8月底前', '（二）|规范市场秩序|县市场监管局||2026年12月底前'];
    expect(tasks(plan(text).nodes)).toEqual(want);
    const p = plan(wrap(text, 16));
    expect(tasks(p.nodes)).toEqual(want);
    expect(byHeading(p.nodes, '规范市场秩序')!.body).not.toContain('参照');
  });

  it('a yearly targets table (tabs) wrapped at 14 and 17, its head and rows cut inside cells: the same values as unwrapped, no "6%"', () => {
    const text = ['云溪区2026年全民健身工作方案', '一、年度目标', '全区全民健身设施建设目标如下：',
      '指标名称\t单位\t2026年\t2027年\t2028年', '社区健身点\t个\t120\t150\t180', '经常参加体育锻炼人数比例\t%\t42%\t44%\t46%',
      '人均体育场地面积\t平方米\t2.6\t2.8\t3.0', '护理型床位占比\t%\t≥55%\t≥60%\t≥65%', '二、保障措施', '区财政局加大投入。'].join('\n');
    const want = indicators(plan(text).nodes);
    // (read from the unwrapped table: each row's last year)
    expect(want).toEqual(['社区健身点 180个', '经常参加体育锻炼人数比例 46%', '人均体育场地面积 3平方米', '护理型床位占比 65%']);
    for (const n of [14, 17]) expect(indicators(plan(wrap(text, n)).nodes)).toEqual(want);
  });

  it('a 序号 | 指标 | 目标值 | 责任单位 table wrapped at 13: each indicator keeps its whole value and its comparator', () => {
    const text = ['临江市东湖区2027年垃圾分类工作要点', '（一）主要指标',
      '序号\t指标\t目标值\t责任单位', '1\t生活垃圾回收利用率\t≥38%\t区城管局', '2\t厨余垃圾分出率\t≥25%\t区城管局', '3\t垃圾分类小区覆盖率\t100%\t各街道办事处',
      '（二）工作要求', '各街道要每月通报。'].join('\n');
    const want = ['生活垃圾回收利用率 38%', '厨余垃圾分出率 25%', '垃圾分类小区覆盖率 100%'];
    expect(indicators(plan(text).nodes)).toEqual(want);
    const p = plan(wrap(text, 13));
    expect(indicators(p.nodes)).toEqual(want);
    expect(all(p.nodes).flatMap((n) => n.indicators.map((i) => i.comparator))).toEqual(['>=', '>=', '=']);
  });

  it('guard: a table whose short rows an author left without their last cells is not joined up', () => {
    const text = ['青川区2026年为民办实事项目', '一、项目安排',
      '序号\t项目\t牵头单位\t完成时限', '1\t改造农贸市场\t区商务局\t6月底', '2\t新建公厕', '3\t整治河塘\t区水利局\t11月底', '4\t增设路灯',
      '二、工作要求', '各单位按季度报送。'].join('\n');
    const p = plan(text);
    expect(JSON.stringify(p.nodes)).not.toContain('新建公厕3');
    expect(JSON.stringify(p.nodes)).not.toContain('新建公厕\t3');
  });
});

describe('a table parted by single spaces with two task columns side by side (clean.ts twoTaskCells)', () => {
  it('重点任务 具体措施 牵头单位 配合单位 完成时限, names and measures holding spaces: each row split, no row left unsplit', () => {
    const p = plan(['青川区2026年河湖长制重点任务分解表',
      '序号 重点任务 具体措施 牵头单位 配合单位 完成时限',
      '1 加强水资源保护 严守用水总量控制红线，全区用水总量控制在1.8亿立方米以内。 区水务局 区发展改革局 2026年12月底',
      '2 推进河道 综合治理 完成青川河、柳溪河2条河道清淤疏浚，清淤 12万立方米。 区水务局 区城管局 各街道 2026年10月底',
      '3 开展“清四乱” 专项行动 对河湖乱占、乱采、乱堆、乱建问题开展排查，动态清零。 区水务局 持续推进'].join('\n'));
    expect(all(p.nodes).filter((n) => n.kind === 'task').map((t) => [t.heading, t.body, t.lead.join('、'), t.partners.join('、')])).toEqual([
      ['加强水资源保护', '严守用水总量控制红线，全区用水总量控制在1.8亿立方米以内。', '区水务局', '区发展改革局'],
      ['推进河道 综合治理', '完成青川河、柳溪河2条河道清淤疏浚，清淤 12万立方米。', '区水务局', '区城管局、各街道'],
      ['开展“清四乱” 专项行动', '对河湖乱占、乱采、乱堆、乱建问题开展排查，动态清零。', '区水务局', '']]);
    expect(byHeading(p.nodes, '推进河道 综合治理')!.milestones.map((m) => m.text)).toEqual(['2026年10月底']);
    expect((p.report?.warnings ?? []).map((w) => w.code)).not.toContain('table-row-unsplit');
  });

  it('主要任务 工作措施 责任单位 完成时间 under a heading: a measure broken before its figure keeps it', () => {
    const p = plan(['南屿县2027年农村人居环境整治提升任务清单', '一、任务分工',
      '序号 主要任务 工作措施 责任单位 完成时间',
      '1 农村厕所 革命 新建改建农村户厕1200户，问题厕所 动态清零。 县农业农村局 2027年10月底前',
      '2 生活垃圾治理 建成乡镇垃圾转运站3座，行政村保洁全覆盖。 县城管局 各乡镇 2027年9月底前',
      '3 村容村貌提升 拆除危旧房 200间；建设“美丽庭院”示范户500户。 各乡镇 2027年12月底前',
      '二、工作要求', '各乡镇每月5日前报送进度。'].join('\n'));
    expect(tasks(p.nodes)).toEqual(['1|农村厕所 革命|县农业农村局||2027年10月底前', '2|生活垃圾治理|县城管局、各乡镇||2027年9月底前', '3|村容村貌提升|各乡镇||2027年12月底前']);
    expect(byHeading(p.nodes, '村容村貌提升')!.body).toBe('拆除危旧房 200间；建设“美丽庭院”示范户500户。');
    expect(p.nodes[1].body).toBe('各乡镇每月5日前报送进度。');
  });
});

describe('numbered 【】 runs that lost their line breaks are a task each (paragraphs.ts runTogetherRuns, GLUED_SIGNATURE)', () => {
  const lines = ['临江市东湖区2026年口袋公园建设任务清单', '为提升城市绿化品质，制定本清单。', '一、新建项目',
    '1.【工作任务】建设滨河口袋公园【具体措施】利用滨河闲置地建设口袋公园3个【责任单位】区园林中心【完成时间】2026年8月底前',
    '2.【工作任务】建设社区游园【具体措施】在老旧小区周边建设社区游园5个【责任单位】区园林中心、各街道【完成时间】2026年10月底前',
    '二、提升项目',
    '3.【工作任务】改造既有绿地【具体措施】改造提升街头绿地12处【责任单位】区城管局【完成时间】2026年11月底前',
    '临江市东湖区园林绿化工作领导小组办公室', '2026年3月9日'];
  const want = ['1.|建设滨河口袋公园|区园林中心||2026年8月底前', '2.|建设社区游园|区园林中心、各街道||2026年10月底前', '3.|改造既有绿地|区城管局||2026年11月底前'];

  it('the whole text on one line: the parts, the three tasks with units and deadlines; the signature out of the last deadline', () => {
    const p = plan(lines.join(''));
    expect(tasks(p.nodes)).toEqual(want);
    expect(p.nodes.map((n) => n.heading)).toEqual(['新建项目', '提升项目']);
    expect(byHeading(p.nodes, '改造既有绿地')!.body).toContain('临江市东湖区园林绿化工作领导小组办公室2026年3月9日');
  });

  it('the lines joined by spaces: the same reading', () => {
    const p = plan(lines.join(' '));
    expect(tasks(p.nodes)).toEqual(want);
    expect(byHeading(p.nodes, '改造既有绿地')!.milestones.map((m) => m.text)).toEqual(['2026年11月底前']);
  });

  it('guard: runs numbered out of turn in a paragraph are left as written', () => {
    const text = ['云溪区2026年重点任务', '一、重点任务', '说明：示例写法为1.【任务名称】X【牵头单位】Y，另见3.【任务名称】Z【牵头单位】W。'].join('\n');
    expect(plan(text).nodes[0].body).toBe('说明：示例写法为1.【任务名称】X【牵头单位】Y，另见3.【任务名称】Z【牵头单位】W。');
  });
});
