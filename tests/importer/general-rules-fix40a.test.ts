/**
 * Review rev40's findings F1, F4, F5 and F7 on batch 30's rules (docs/importer-grammar.md, batch 30's section, its
 * "Fixed after review rev40" part). Every case is in our own words, in another style than rev40's documents; each
 * failed on 136bae39 but the guards (8 of 9 cases fail there; the deadlines' guard passes on both).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

type M = { year: number; stage?: string; text: string };
type N = { kind: string; number: string; heading: string; body: string; lead: string[]; partners: string[]; milestones: M[]; children: N[] };
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

/** The milestones of every task of a one-part plan of the period 2026—2028, one line each: "number year stage". */
const milestonesOf = (tasks: string[]) => {
  const plan = importText(['南屿县城乡建设提质行动计划（2026—2028年）', '一、主要任务', ...tasks, '南屿县人民政府', '2026年3月9日'].join('\n'), 'x.txt');
  return all(plan.nodes as N[]).filter((n) => n.kind === 'task').map((n) => `${n.number} ${n.milestones.map((m) => `${m.year}${m.stage ?? ''}`).join(',')}`);
};

describe('a 的-phrase after a deadline\'s verb that is the subject of what follows is no milestone (F1)', () => {
  it('the predicate opens the next clause: 按…给予, 由…, 可享受', () => {
    expect(milestonesOf([
      '（一）推进加装电梯。2027年6月底前完成加装电梯的住宅楼，按每部15万元标准给予补助。',
      '（二）整治违法建设。2026年底前完成拆除的违建点位，由所在乡镇统一组织复绿。',
      '（三）发展绿色农业。2027年底前取得绿色食品认证的种植基地，可享受每亩200元补贴。',
    ])).toEqual(['（一） ', '（二） ', '（三） ']);
  });
  it('the predicate in its clause after the 的-phrase: 纳入, 列入', () => {
    expect(milestonesOf([
      '（一）建设充电设施。2026年9月底前投入运营的公共充电站纳入县级运营补贴范围。',
      '（二）培育示范村。2027年底前通过验收的美丽乡村列入县级示范村名单。',
    ])).toEqual(['（一） ', '（二） ']);
  });
  it('…also with more than eight characters between the verb and the 的 (read as a stage or a deadline in any words before)', () => {
    expect(milestonesOf([
      '（一）推进旧改。2026年底前完成老旧小区综合整治改造的住宅小区，按每户800元标准给予奖补。',
      '（二）整治街巷。2027年底前完成整治提升改造工程建设的背街小巷纳入长效管理范围。',
      '（三）提升公路。2027年底前完成全县农村公路提档升级改造的三年任务。',
    ])).toEqual(['（一） ', '（二） ', '（三） 2027完成']);
  });
  it('guard: the 的 modifies the verb\'s object — the clause is the work done by then', () => {
    expect(milestonesOf([
      '（一）建设冷链物流。2027年底前建成服务全县的冷链物流中心。',
      '（二）兜牢民生底线。2026年底前实现符合条件的困难群众应保尽保。',
      '（三）完善应急广播。2026年底前建成覆盖城乡的应急广播体系，实现预警信息直达村组。',
    ])).toEqual(['（一） 2027完成', '（二） 2026完成', '（三） 2026完成']);
  });
});

describe('a division by number names the task level, not the targets, and nobody where the numbers restart (F4, F7)', () => {
  it('targets 1.–4. under 工作目标, tasks （一）–（三） under 主要任务: the tasks take the departments', () => {
    const plan = importText([
      '临江市东湖区背街小巷整治工作方案',
      '一、工作目标',
      '1.整治背街小巷40条。',
      '2.新增停车泊位800个。',
      '3.架空线入地改造15公里。',
      '4.居民满意度达到90%以上。',
      '二、主要任务',
      '（一）整治路面环境。修复破损路面，统一铺装人行道。',
      '（二）规范停车秩序。利用边角空地增设停车泊位。',
      '（三）清理架空线缆。推进通信线缆入地，拆除废弃杆线。',
      '三、职责分工',
      '以上第1、2项由区城市管理局牵头，各街道办事处配合；第3项由区住房城乡建设局牵头。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['（一） 区城市管理局|各街道办事处', '（二） 区城市管理局|各街道办事处', '（三） 区住房城乡建设局|']);
  });
  it('targets （1）（2） in the tasks\' style before tasks （1）–（4） numbered on through their groups: the tasks take them', () => {
    const plan = importText([
      '青川区农贸市场提升工作方案',
      '一、工作目标',
      '（1）改造提升农贸市场6家。',
      '（2）市场食品快检覆盖率达到100%。',
      '二、重点任务',
      '1.改善市场设施',
      '（1）翻新市场顶棚。更换破损顶棚，改善通风采光。',
      '（2）改造排水系统。实行雨污分流。',
      '2.加强市场管理',
      '（3）设立快检室。每家市场配备快检设备。',
      '（4）推行明码标价。统一制作价格公示牌。',
      '三、职责分工',
      '以上第1、2项由区商务局牵头；第3、4项由区市场监管局牵头，各街道办事处配合。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['（1） 区商务局|', '（2） 区商务局|', '（3） 区市场监管局|各街道办事处', '（4） 区市场监管局|各街道办事处']);
  });
  it('tasks 1. 2. restarting in each group （一）（二）: nobody takes the departments (the groups would be a guess)', () => {
    const plan = importText([
      '云溪区全民阅读推广工作方案',
      '一、工作目标',
      '到2027年，全区建成城市书房20家。',
      '二、主要任务',
      '（一）完善阅读设施',
      '1.建设城市书房。在商圈、公园新建城市书房。',
      '2.改造社区书屋。更新社区书屋图书。',
      '（二）开展阅读活动',
      '1.举办读书节。每年举办全民读书节。',
      '2.推广亲子阅读。组织亲子阅读活动。',
      '三、职责分工',
      '以上第1项由区文化旅游局牵头；第2项由区教育局牵头。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual([]);
  });
});

describe('a division by number in a part on carrying the tasks out, whatever its heading (F5)', () => {
  it('"三、组织保障" holding "以上第1、2项由…；第3项由…" after tasks 1.–3.: the tasks take them, not the parts', () => {
    const plan = importText([
      '南屿县农村供水保障提升方案',
      '一、总体目标',
      '到2027年，全县农村自来水普及率达到98%。',
      '二、重点任务',
      '1.建设规模化水厂。新建乡镇联片水厂2座。',
      '2.改造老旧管网。改造村级供水管网120公里。',
      '3.加强水质检测。每季度开展一次水质抽检。',
      '三、组织保障',
      '以上第1、2项由县水利局牵头，各乡镇人民政府配合；第3项由县卫生健康局牵头。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual(['1. 县水利局|各乡镇人民政府', '2. 县水利局|各乡镇人民政府', '3. 县卫生健康局|']);
  });
  it('guard: with no numbered points under the parts, its own siblings (the parts) take nothing', () => {
    const plan = importText([
      '云溪区校园周边环境整治方案',
      '一、整治交通秩序',
      '在学校周边设置限速标志和护学岗。',
      '二、整治流动摊贩',
      '清理校园周边200米内流动摊贩。',
      '三、组织实施',
      '以上第1项由区公安分局牵头；第2项由区城市管理局牵头。',
    ].join('\n'), 'x.txt');
    expect(roles(plan.nodes as N[])).toEqual([]);
    expect(outline(plan.nodes as N[]).length).toBe(3);
  });
});
