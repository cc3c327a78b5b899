/**
 * A district plan written for these tests (our own wording, in the style of a 三年行动计划), and a generator of
 * longer plan-like text for the benchmark. Paragraphs are kept as written so a test can check that a reader gives
 * each of them back whole.
 */

export const TITLE = '某区推进数字经济高质量发展三年行动计划（2025—2027年）';

/** Body paragraphs: headings (numbered lines) and long paragraphs that wrap over several printed lines. */
export const PLAN: string[] = [
  '为深入贯彻国家和本市关于加快数字经济发展的部署，抢抓新一轮科技革命和产业变革机遇，推动数字技术与实体经济深度融合，结合本区实际，制定本行动计划。',
  '一、总体要求',
  '（一）指导思想',
  '坚持创新驱动、应用牵引、安全可控的原则，以数据要素市场化配置为主线，以重点园区和龙头企业为载体，着力培育新业态新模式，全面提升城区数字化治理水平，为建设现代化国际化城区提供有力支撑。',
  '（二）主要目标',
  '全区数字经济核心产业增加值占地区生产总值的比重达到12%，到2027年规模以上软件和信息服务业营业收入年均增长10%以上，新增国家级专精特新“小巨人”企业15家，建成5G基站3000个，重点公共场所无线网络覆盖率达到100%。',
  '二、重点任务',
  '（一）夯实数字基础设施',
  '1. 加快新型网络建设。统筹推进千兆光网和5G网络协同发展，推动商务楼宇、产业园区和居民小区光纤入户改造，到2026年实现重点区域5G网络连续覆盖。牵头单位：区科委；配合单位：区经委、区建管委、各街道办事处。',
  '2. 布局算力基础设施。支持企业建设绿色数据中心和边缘计算节点，推动存量数据中心节能改造，新建数据中心电能利用效率控制在1.25以下，全区算力规模比重达到12%以上。牵头单位：区发展改革委；配合单位：区科委、区生态环境局。',
  '（二）推动产业数字化转型',
  '3. 实施制造业“智改数转”工程。每年遴选20家重点企业开展智能工厂和数字化车间建设，推广工业互联网平台应用，引导中小企业“上云用数赋智”，到2027年规模以上工业企业数字化转型比重达到80%。牵头单位：区经委；配合单位：区科委、区财政局。',
  '4. 发展数字商贸。支持商圈和专业市场开展数字化改造，培育直播电商、即时零售等新模式，打造2至3个智慧商圈示范项目，网络零售额年均增长8%。牵头单位：区商务委；配合单位：区市场监管局、各街道办事处。',
  '（三）提升城市数字化治理',
  '5. 深化“一网通办”。推进高频事项“一件事一次办”，实现个人和企业全生命周期事项线上办理比例达到90%以上，政务服务“好差评”满意率保持在99%以上。牵头单位：区政务服务办；配合单位：各相关部门。',
  '6. 推进“一网统管”。整合城市运行各类感知数据，完善区、街镇、网格三级联动的城市运行管理平台，提升突发事件发现、处置和反馈的效率，实现重点领域风险隐患早发现、早预警、早处置。牵头单位：区城运中心；配合单位：区应急局、区公安分局。',
  '三、保障措施',
  '（一）加强组织领导。成立由区政府主要领导任组长的数字经济发展领导小组，统筹协调重大事项，定期研究解决推进中的困难和问题。',
  '（二）强化政策支持。用好区级产业发展专项资金，对数字化转型示范项目给予最高不超过500万元的补贴，落实人才公寓、子女入学等配套政策。',
  '（三）严格考核评估。建立年度任务清单和评估机制，将行动计划实施情况纳入各部门绩效考核，每年向社会公布推进情况。',
];

/**
 * The phrase a wrap must not split. In 主要目标 it follows 21 Chinese characters, so in a 2-character-indented first
 * line of 25 characters (16 pt, the text block of office.ts) the line breaks inside it.
 */
export const TARGET = '比重达到12%';

/** Plan-like text of about `pages` A4 pages at 16 pt (the benchmark's 50-page PDF): PLAN repeated under new part numbers. */
export function longPlan(pages: number): string[] {
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const out: string[] = [];
  // one round of PLAN is about 2.4 pages at 16 pt (measured with LibreOffice 7.4 and Noto Serif CJK)
  for (let k = 0; out.length < (pages / 2.4) * PLAN.length; k++) {
    for (const p of PLAN) out.push(p.replace(/^([一二三])、/, (_m, n: string) => `${cn[(k * 3 + cn.indexOf(n)) % 10]}、`));
  }
  return out;
}
