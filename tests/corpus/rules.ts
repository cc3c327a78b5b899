/**
 * One numbering rule at a time: a few lines of plan text → the outline a planner expects (same format and conventions
 * as tests/corpus/expected.ts). Each case isolates one marker style or one cleaning rule, so a failure names the rule.
 * Written by hand from the text of each case, never from the importer's output.
 */
export interface RuleCase {
  /** The rule under test, one line. */
  rule: string;
  /** File name handed to the importer (.md for the Markdown cases). */
  file?: string;
  text: string;
  outline: string;
  warnings?: string[];
  absent?: string[];
  present?: string[];
}

export const RULES: RuleCase[] = [
  {
    rule: '一、 is the top level when the plan has nothing above it',
    text: `青川区2024年城市管理工作方案
一、工作目标
全年城市管理问题按期处置率达到98%。
二、保障措施
加强组织领导，落实工作责任。`,
    outline: `
part 一、|工作目标
part 二、|保障措施
`,
  },
  {
    rule: '(一) and （一） are one level (half- and full-width brackets)',
    text: `青川区2024年城市管理工作方案
一、总体要求
(一)指导思想
坚持以人民为中心。
（二）工作目标
全年城市管理问题按期处置率达到98%。`,
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|工作目标
`,
  },
  {
    rule: '1. under 主要任务 carrying 牵头单位 is the task level',
    text: `青川区2024年城市管理工作方案
一、主要任务
1.整治背街小巷。完成背街小巷整治40条。（牵头单位：区城管执法局；配合单位：各街道）
2.推进垃圾分类。生活垃圾回收利用率达到42%。（牵头单位：区绿化市容局）`,
    outline: `
part 一、|主要任务
  task 1.|整治背街小巷
  task 2.|推进垃圾分类
`,
  },
  {
    rule: '1、 tasks (Chinese enumeration comma)',
    text: `南屿县2024年农业工作要点
一、重点工作
1、稳定粮食生产。粮食播种面积稳定在40万亩以上。责任单位：县农业农村局
2、发展特色产业。建设茶叶标准化基地5个。责任单位：县农业农村局、县林业局`,
    outline: `
part 一、|重点工作
  task 1、|稳定粮食生产
  task 2、|发展特色产业
`,
  },
  {
    rule: '１．full-width digits and point are the same marker as 1.',
    text: `北湖区2024年科技工作要点
一、重点任务
１．培育高新技术企业。新增高新技术企业１００家。（牵头单位：区科委）
２．建设创新载体。新建市级以上研发机构１０家。（牵头单位：区科委；配合单位：区经委）`,
    outline: `
part 一、|重点任务
  task １．|培育高新技术企业
  task ２．|建设创新载体
`,
  },
  {
    rule: '(1) and （1） under a task are items',
    text: `青川区2024年城市管理工作方案
一、主要任务
1.整治背街小巷。完成背街小巷整治40条。（牵头单位：区城管执法局）
(1)规范店招店牌设置。
（2）规范非机动车停放秩序。
2.推进垃圾分类。生活垃圾回收利用率达到42%。（牵头单位：区绿化市容局）`,
    outline: `
part 一、|主要任务
  task 1.|整治背街小巷
    item (1)|规范店招店牌设置
    item （2）|规范非机动车停放秩序
  task 2.|推进垃圾分类
`,
  },
  {
    rule: '1) under a task is an item',
    text: `北港区智慧医疗工作方案
一、主要任务
1、推进电子病历升级。二级以上医院电子病历应用水平达到5级。责任单位：区卫生健康委
1)2024年完成区中心医院升级。
2)2025年完成其余医院升级。`,
    outline: `
part 一、|主要任务
  task 1、|推进电子病历升级
    item 1)|2024年完成区中心医院升级
    item 2)|2025年完成其余医院升级
`,
  },
  {
    rule: '① under a task is an item',
    text: `云溪区就业工作方案
一、主要任务
1.支持企业稳岗扩岗。落实稳岗返还政策。（牵头单位：区人力资源社会保障局）
①建立重点企业用工服务专员制度。
②落实一次性吸纳就业补贴。`,
    outline: `
part 一、|主要任务
  task 1.|支持企业稳岗扩岗
    item ①|建立重点企业用工服务专员制度
    item ②|落实一次性吸纳就业补贴
`,
  },
  {
    rule: '• under a task is an item',
    text: `南屿县县域商业体系建设方案
一、重点任务
1.发展村级便民商店。建设改造村级便民商店150个。（牵头单位：县供销社）
• 推广店仓合一模式。
• 增加代收代缴服务。`,
    outline: `
part 一、|重点任务
  task 1.|发展村级便民商店
    item •|推广店仓合一模式
    item •|增加代收代缴服务
`,
  },
  {
    rule: '—— goal lines under 发展目标 are items of that section',
    text: `南屿县县域商业体系建设方案
一、总体要求
（一）发展目标
到2025年，基本建成县域商业体系。
——县城商业设施更加完善，建成县级物流配送中心1个。
——乡镇商贸中心全覆盖，改造乡镇商贸中心12个。`,
    outline: `
part 一、|总体要求
  section (一)|发展目标
    item ——|县城商业设施更加完善
    item ——|乡镇商贸中心全覆盖
`,
  },
  {
    rule: '第X章 above 第X节 above 一、 (一、 as the task level inside the task chapter)',
    text: `东湖区教育事业发展“十四五”规划
第一章 总体要求
第一节 指导思想
落实立德树人根本任务。
第二章 主要任务
第一节 推进学前教育普惠发展
一、扩大普惠性资源。新增幼儿园学位4000个。(责任单位:区教育局)
二、发展托育服务。建设社区托育点20个。(责任单位:区卫生健康委、区教育局)`,
    outline: `
part 第一章|总体要求
  section 第一节|指导思想
part 第二章|主要任务
  section 第一节|推进学前教育普惠发展
    task 一、|扩大普惠性资源
    task 二、|发展托育服务
`,
  },
  {
    rule: '第X部分 is the top level, 一、 under it a section',
    text: `西岭区数字政府建设实施方案
第一部分 总体要求
一、指导思想
以数字化改革牵引政府治理方式变革。
第二部分 保障措施
一、加强组织领导
区数字政府建设领导小组统筹推进。`,
    outline: `
part 第一部分|总体要求
  section 一、|指导思想
part 第二部分|保障措施
  section 一、|加强组织领导
`,
  },
  {
    rule: '行动一 groups 重点任务N: action and tasks',
    text: `南湖区智慧社区建设三年行动计划（2025—2027年）
一、重点行动
行动一：社区数字底座夯实行动
重点任务1：建设社区数据资源库。实现社区数据一次采集、多方复用。
牵头单位：区大数据中心　配合单位：区民政局
行动二：社区服务便捷提升行动
重点任务2：发展智慧养老服务。建设社区智慧养老服务站20个。
牵头单位：区民政局　配合单位：区卫生健康委`,
    outline: `
part 一、|重点行动
  action 行动一|社区数字底座夯实行动
    task 重点任务1|建设社区数据资源库
  action 行动二|社区服务便捷提升行动
    task 重点任务2|发展智慧养老服务
`,
  },
  {
    rule: '专项一 groups 任务N: action and tasks',
    text: `西岭区数字政府建设实施方案
第一部分 重点专项
专项一 一网通办提升专项
任务1 推进政务服务事项标准化
统一全区政务服务事项名称和办理条件。
牵头单位：区政务服务办；配合单位：区司法局
专项二 一网统管深化专项
任务2 建设城市运行数字体征系统
汇聚交通、环境等运行数据。
牵头单位：区城运中心；配合单位：区公安分局`,
    outline: `
part 第一部分|重点专项
  action 专项一|一网通办提升专项
    task 任务1|推进政务服务事项标准化
  action 专项二|一网统管深化专项
    task 任务2|建设城市运行数字体征系统
`,
  },
  {
    rule: '专项行动一 is an action (not a task), 重点专项N run on across actions',
    text: `北港区文旅融合三年行动方案
一、专项行动
专项行动一：文旅资源保护利用
重点专项1：推进历史文化街区活化。植入文创、演艺等业态。
【牵头单位：区文化旅游局；配合单位：区规划资源局】
专项行动二：文旅产品供给提升
重点专项2：发展乡村旅游。培育乡村旅游重点村10个。
【牵头单位：区农业农村委；配合单位：区文化旅游局】`,
    outline: `
part 一、|专项行动
  action 专项行动一|文旅资源保护利用
    task 重点专项1|推进历史文化街区活化
  action 专项行动二|文旅产品供给提升
    task 重点专项2|发展乡村旅游
`,
  },
  {
    rule: '重点工程N are tasks',
    text: `云溪区“十四五”水务发展规划
一、重点工程
重点工程1：云溪河堤防达标工程。新建和加固堤防26公里。责任单位：区水务局。
重点工程2：城东排涝泵站工程。新建排涝泵站2座。责任单位：区水务局。`,
    outline: `
part 一、|重点工程
  task 重点工程1|云溪河堤防达标工程
  task 重点工程2|城东排涝泵站工程
`,
  },
  {
    rule: '专栏N is a box in place, its numbered projects are its items',
    text: `滨海新区“十四五”综合交通发展规划
一、重点任务
（一）构建对外交通网络
1.加快轨道交通建设。推进轨道交通3号线东延伸。（责任单位：区交通局）
专栏1　对外交通重点工程
1.轨道交通3号线东延伸工程。新建线路9.6公里。
2.沿海快速路工程。新建快速路16公里。
（二）完善城市道路网络
1.打通断头路。每年打通断头路不少于10条。（责任单位：区住房城乡建设局）`,
    outline: `
part 一、|重点任务
  section (一)|构建对外交通网络
    task 1.|加快轨道交通建设
    box 专栏1|对外交通重点工程
      item 1.|轨道交通3号线东延伸工程
      item 2.|沿海快速路工程
  section (二)|完善城市道路网络
    task 1.|打通断头路
`,
  },
  {
    rule: '附件1 on its own line takes the next line as its title; its inner numbering makes no nodes',
    text: `东湖区垃圾分类三年行动计划
一、工作目标
到2026年，生活垃圾回收利用率达到45%。
附件1
东湖区生活垃圾分类名词解释
1.可回收物：指适宜回收利用的生活垃圾。
2.有害垃圾：指对人体健康造成危害的生活废弃物。`,
    outline: `
part 一、|工作目标
appendix 附件1|东湖区生活垃圾分类名词解释
`,
  },
  {
    rule: '附表 with a title on the same line is an appendix',
    text: `东湖区垃圾分类三年行动计划
一、工作目标
到2026年，生活垃圾回收利用率达到45%。
附表：主要指标表
序号	指标	2026年
1	生活垃圾回收利用率	45%`,
    outline: `
part 一、|工作目标
appendix 附表|主要指标表
`,
  },
  {
    rule: '1.1 decimal headings are the task level inside the task chapter',
    text: `东湖区海绵城市建设专项规划
第一章 重点任务
1.1 推进建筑与小区海绵化改造
完成改造小区120个。（责任单位：区住房城乡建设委）
1.2 建设海绵型道路与广场
建成海绵型道路40公里。（责任单位：区建管委）`,
    outline: `
part 第一章|重点任务
  task 1.1|推进建筑与小区海绵化改造
  task 1.2|建设海绵型道路与广场
`,
  },
  {
    rule: 'Traditional script: 一、/（一）/1. with 牽頭單位 read on a simplified view, kept as written',
    text: `清河區智慧城市建設三年行動計劃
一、主要任務
（一）建設新型基礎設施
1.推進信息網絡升級。建成5G基站800個。（牽頭單位：區經信局；配合單位：區住房城鄉建設局）
2.建設城市大數據中心。建設數據共享交換平臺。（牽頭單位：區大數據中心）`,
    outline: `
part 一、|主要任務
  section (一)|建設新型基礎設施
    task 1.|推進信息網絡升級
    task 2.|建設城市大數據中心
`,
  },
  {
    rule: 'Traditional script: 專項一 / 重點任務1',
    text: `西嶺區數字政府建設實施方案
第一部分 重點專項
專項一 一網通辦提升專項
重點任務1：推進政務服務事項標準化。統一事項名稱和辦理條件。
牽頭單位：區政務服務辦`,
    outline: `
part 第一部分|重點專項
  action 專項一|一網通辦提升專項
    task 重點任務1|推進政務服務事項標準化
`,
  },
  {
    rule: 'a plan may start at (一): it is then the top level',
    text: `青川区2024年城市精细化管理工作方案
为进一步提高我区城市管理精细化水平，制定本方案。
（一）工作目标
全区主次干道机扫率达到95%。
（二）重点任务
1.开展道路环境提升。实施人行道修复和架空线整治。（牵头单位：区建管委）
2.深化生活垃圾分类。生活垃圾回收利用率达到42%。（牵头单位：区绿化市容局）`,
    outline: `
part (一)|工作目标
part (二)|重点任务
  task 1.|开展道路环境提升
  task 2.|深化生活垃圾分类
`,
  },
  {
    rule: 'a plan on one line is split at its markers',
    text: `北港区营商环境工作方案 为持续优化营商环境，制定本方案。 一、工作目标 (一)总体目标。经营主体满意度达到95%以上。 二、重点任务 1.深化“一网通办”改革。推动涉企事项全程网办。（牵头单位：区政务服务办） 2.推行告知承诺制。新增告知承诺事项30项。（牵头单位：区司法局）`,
    outline: `
part 一、|工作目标
  section (一)|总体目标
part 二、|重点任务
  task 1.|深化“一网通办”改革
  task 2.|推行告知承诺制
`,
  },
  {
    rule: 'a plan on one line holding a tab-separated table is split at its markers, the table rows kept by their 序号',
    text: `北港区政务服务提质工作方案为持续提升政务服务便利度，结合本区实际，制定本方案。 一、工作目标 到2025年底，全区政务服务事项网上可办率达到98%以上，企业和群众满意度达到95%以上。 二、重点任务 各牵头单位按下表推进，配合单位按职责做好数据共享和业务协同。序号\t重点任务\t牵头单位\t配合单位\t完成时限1\t推进出生登记联办，实现出生医学证明、户口登记、医保参保一次办好。\t区卫生健康委\t区公安分局、区医保局\t2025年6月底前2\t推进企业注销联办，实现税务、社保、商务注销一网通办。\t区市场监管局\t区税务局、区人社局\t2025年9月底前3\t建设线上办事专区，实现事项集中展示、进度可查。\t区数据局\t各街道\t2025年12月底前 三、保障措施 （一）加强统筹协调。区政务服务办定期研究解决跨部门协同中的问题。 （二）强化督查考核。区政府督查室每季度通报工作进展。`,
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 1|推进出生登记联办，实现出生医学证明、户口登记、医保参保一次办好
  task 2|推进企业注销联办，实现税务、社保、商务注销一网通办
  task 3|建设线上办事专区，实现事项集中展示、进度可查
part 三、|保障措施
  section （一）|加强统筹协调
  section （二）|强化督查考核
`,
  },
  {
    rule: '【】 titles opening paragraphs, two or more under one heading, are its points (no number); a lone one and 【牵头单位：…】 stay text',
    text: `青禾区全民健身提升三年行动计划
一、重点任务
【完善健身设施网络】新建改建体育公园3个。牵头单位：区体育局。
【推动场馆开放共享】学校体育场地开放率达到80%。牵头单位：区体育局；配合单位：区教育局。
【加强科学健身指导】设立体医融合服务点15个。
【牵头单位：区卫生健康委】
二、保障措施
【典型经验】青禾街道建成“15分钟健身圈”。
加强组织领导，落实工作责任。`,
    outline: `
part 一、|重点任务
  task |完善健身设施网络
  task |推动场馆开放共享
  task |加强科学健身指导
part 二、|保障措施
`,
  },
  {
    rule: 'numbered principles under 基本原则 and numbered points under 保障措施 are items, never tasks',
    text: `东湖区新型基础设施建设三年行动计划
一、总体要求
（一）基本原则
1.统筹规划，适度超前。合理布局网络和算力设施。
2.应用牵引，需求导向。以场景应用带动设施建设。
二、保障措施
1.加强组织领导。成立工作领导小组。
2.强化资金保障。统筹用好专项资金。`,
    outline: `
part 一、|总体要求
  section (一)|基本原则
    item 1.|统筹规划适度超前
    item 2.|应用牵引需求导向
part 二、|保障措施
  item 1.|加强组织领导
  item 2.|强化资金保障
`,
  },
  {
    rule: '目录 entries with page numbers and dotted leaders are not structure',
    text: `东湖区“十四五”生态环境保护规划
目  录
一、总体要求……………………1
二、主要任务 3
一、总体要求
到2025年，空气质量优良天数比例达到88%。
二、主要任务
1.推进工业污染深度治理。完成超低排放改造企业18家。（牵头单位：区生态环境局）`,
    outline: `
part 一、|总体要求
part 二、|主要任务
  task 1.|推进工业污染深度治理
`,
    absent: ['……', '主要任务 3'],
  },
  {
    rule: '目录 entries broken over two lines by a hard wrap (the leaders and page number on the next line) are not structure',
    text: `南屿县乡村振兴规划
目　录
第一章　发展基础………………
…………1
第二章　重点任务………………
……4
第一节　推进产业兴旺…………
………4
第二节　建设生态宜居乡村……
………9
第一章　发展基础
全县农村居民人均可支配收入年均增长8%。
第二章　重点任务
第一节　推进产业兴旺
1、建设现代农业产业园。新建省级产业园1个。
责任单位：县农业农村局
第二节　建设生态宜居乡村
1、改善农村人居环境。完成农村改厕8000户。
责任单位：县住房城乡建设局`,
    outline: `
part 第一章|发展基础
part 第二章|重点任务
  section 第一节|推进产业兴旺
    task 1、|建设现代农业产业园
  section 第二节|建设生态宜居乡村
    task 1、|改善农村人居环境
`,
    absent: ['……'],
  },
  {
    rule: 'a page footer (— 2 —) and a running header are dropped, the broken sentence re-joined',
    text: `西湖区数字经济发展三年行动计划
一、重点任务
　　1.加快5G网络建设。推进5G网络向工业园区延伸，到2026年建成5G基站18
00个。（牵头单位：区经信局；配合单位：区住房城乡建设局）
　　2.建设绿色算力设施。建设智算中心，各数据中心电能利用效率控制在

— 2 —

西湖区人民政府公报　2024年第5期
1.3以下。（牵头单位：区发展改革局）`,
    outline: `
part 一、|重点任务
  task 1.|加快5G网络建设
  task 2.|建设绿色算力设施
`,
    absent: ['— 2 —', '西湖区人民政府公报'],
    present: ['建成5G基站1800个', '电能利用效率控制在1.3以下'],
  },
  {
    rule: '第2页 共9页 footers are dropped',
    text: `东湖区老旧小区改造实施方案
一、重点任务
（一）实施基础类改造。更换老化燃气管道85公里。（责任单位：区住房城乡建设局）

第2页 共9页

（二）推进完善类改造。加装电梯300部。（责任单位：区住房城乡建设局）`,
    outline: `
part 一、|重点任务
  task (一)|实施基础类改造
  task (二)|推进完善类改造
`,
    absent: ['第2页', '共9页'],
  },
  {
    rule: 'plain paragraphs only: no structure, and the report says so',
    text: `北湖区2024年全民健身工作要点
全年新建和改造市民益智健身苑点40个、市民球场8片。
继续办好区第十届运动会，全年举办群众体育赛事活动不少于200场次。
加强社会体育指导员队伍建设，新培养社会体育指导员300名。`,
    outline: ``,
    warnings: ['no-structure'],
  },
  {
    rule: 'a declared count that is not met is reported',
    text: `云溪区数字乡村建设三年行动计划
本计划实施5项重点任务。
一、重点任务
重点任务1：推进乡村网络提档升级。行政村5G网络通达率达到100%。
重点任务2：发展智慧农业。建设数字农业示范基地10个。`,
    outline: `
part 一、|重点任务
  task 重点任务1|推进乡村网络提档升级
  task 重点任务2|发展智慧农业
`,
    warnings: ['count-mismatch'],
  },
  {
    rule: 'Markdown ## / ### headings are structure, # is the title',
    file: 'rule.md',
    text: `# 西岭区养老服务体系建设三年行动计划（2025—2027年）

## 重点任务

### 增加养老机构床位

新建和改建养老机构8家，新增床位1200张。

**牵头单位**：区民政局；**配合单位**：区规划资源局

## 保障措施

### 加强组织领导

区老龄工作委员会统筹推进行动计划实施。
`,
    outline: `
part |重点任务
  task |增加养老机构床位
part |保障措施
  section |加强组织领导
`,
  },
  {
    rule: '第X条 articles making a whole 工作方案 (no chapters, no 办法 in the title): the articles carrying departments are tasks, the others items; a department line after an article\'s （一） clauses is the article\'s',
    text: `青浦镇人居环境整治工作方案
第一条 为改善农村人居环境，制定本方案。
第二条 治理生活污水。完成农户生活污水治理800户。（责任单位：镇建管中心）
第三条 整治村容村貌。重点做好以下工作：
（一）拆除违章搭建；
（二）清理河道沟渠。
（责任单位：镇城管中队、镇水务站）
第四条 本方案自印发之日起施行。`,
    outline: `
item 第一条|为改善农村人居环境，制定本方案
task 第二条|治理生活污水
task 第三条|整治村容村貌
  item (一)|拆除违章搭建
  item (二)|清理河道沟渠
item 第四条|本方案自印发之日起施行
`,
  },
  {
    rule: '第X条 articles under 第X章 (with or without a space), their （一） clauses below them; 总则/附则 articles are points',
    text: `白沙县促进科技创新若干措施
第一章 总则
第一条为加快培育科技型企业，制定本措施。
第二条本措施适用于符合下列条件的企业：
（一）在本县依法纳税；
（二）研发投入占营业收入比重不低于3%。
第二章 培育创新主体
第三条 支持企业建设研发机构。对新认定的省级企业技术中心给予50万元奖励。（责任单位：县工信局）
第四条 促进科技成果转化。按技术合同成交额的5%给予补助。（责任单位：县科技局）
第三章 附则
第五条本措施自2025年5月1日起施行。`,
    outline: `
part 第一章|总则
  item 第一条|为加快培育科技型企业
  item 第二条|本措施适用于符合下列条件的企业
    item (一)|在本县依法纳税
    item (二)|研发投入占营业收入比重
part 第二章|培育创新主体
  task 第三条|支持企业建设研发机构
  task 第四条|促进科技成果转化
part 第三章|附则
  item 第五条|本措施自2025年5月1日起施行
`,
  },
  {
    rule: 'a notice whose attachment is the plan itself (附件：1.X 2.Y, then 附件1 / X): X is the body, 附件2 an annex',
    text: `青石区人民政府办公室关于印发青石区夜间经济发展工作方案的通知
各街道办事处，区政府各部门：
经区政府同意，现将《青石区夜间经济发展工作方案》印发给你们，请认真组织实施。
附件：1.青石区夜间经济发展工作方案
2.青石区夜间经济重点项目表
青石区人民政府办公室
2025年5月12日
附件1
青石区夜间经济发展工作方案
一、工作目标
到2025年底，建成夜间经济集聚区6个。
二、重点任务
（一）打造夜间消费集聚区。完善灯光、停车等配套设施。（责任单位：区商务局）
（二）丰富夜间文旅活动。全年举办活动200场以上。（责任单位：区文化旅游局）
附件2
青石区夜间经济重点项目表
滨江夜市改造提升项目`,
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|打造夜间消费集聚区
  task (二)|丰富夜间文旅活动
appendix 附件2|青石区夜间经济重点项目表
`,
  },
  {
    rule: 'a task table in the text where the text names no tasks (序号/重点任务/具体内容/牵头单位): its rows are the tasks',
    text: `北滨区2025年政务服务改革工作方案
一、重点任务
${['序号', '重点任务', '具体内容', '牵头单位', '配合单位'].join('\t')}
${['1', '推进新生儿出生一件事', '整合出生医学证明、户口登记等事项。', '区卫生健康委', '区公安分局'].join('\t')}
${['2', '推进企业信息变更一件事', '企业变更信息后相关事项同步变更。', '区市场监管局', '区税务局'].join('\t')}
二、保障措施
${['序号', '工作事项', '牵头单位', '完成时限'].join('\t')}
${['1', '建立工作专班定期会商制度', '区政务服务中心', '2025年3月底前'].join('\t')}
${['2', '开展改革成效第三方评估', '区政府督查室', '2025年12月底前'].join('\t')}`,
    outline: `
part 一、|重点任务
  task 1|推进新生儿出生一件事
  task 2|推进企业信息变更一件事
part 二、|保障措施
`,
    absent: ['具体内容'],
  },
  {
    rule: 'year lines without a number ("2024年", "2025年：") over numbered tasks are sections holding them',
    text: `西岭区生态三年行动方案（2024—2026年）
一、分年度任务
2024年
1.编制创建规划。发布实施创建规划。（责任单位：区生态环境局）
2.开展本底调查。摸清生态资源家底。（责任单位：区自然资源局）
2025年：
1.实施国土绿化行动。新增造林面积1.5万亩。（责任单位：区林业局）
二、保障措施
（一）加强组织领导。成立工作专班。`,
    outline: `
part 一、|分年度任务
  section |2024年
    task 1.|编制创建规划
    task 2.|开展本底调查
  section |2025年
    task 1.|实施国土绿化行动
part 二、|保障措施
  section (一)|加强组织领导
`,
  },
  {
    rule: 'a 任务分工 written department by department ("（一）区城管局：负责…"): the points are the tasks, the colon cuts no heading',
    text: `东坪区创建全国文明城区实施方案
一、任务分工
（一）区城管局：负责市容环境综合整治。完成背街小巷改造40条。
（二）区教育局：负责未成年人思想道德建设。建设校外实践基地10个。
二、保障措施
（一）加强组织领导。成立工作指挥部。`,
    outline: `
part 一、|任务分工
  task (一)|区城管局：负责市容环境综合整治
  task (二)|区教育局：负责未成年人思想道德建设
part 二、|保障措施
  section (一)|加强组织领导
`,
  },
  {
    rule: 'targets under a goal heading, each given its department, are tasks even when no other point carries work',
    text: `桐溪区2025年度目标责任分解方案
为压实目标责任，制定本方案。
一、目标体系
（一）经济发展目标
1.地区生产总值增长6%左右。（牵头单位：区发展改革局）
2.一般公共预算收入增长5%。（牵头单位：区财政局）
（二）社会发展目标
1.城镇新增就业6000人。（牵头单位：区人力资源社会保障局）
二、工作要求
各牵头单位每季度报送目标完成情况。`,
    outline: `
part 一、|目标体系
  section (一)|经济发展目标
    task 1.|地区生产总值增长6%左右
    task 2.|一般公共预算收入增长5%
  section (二)|社会发展目标
    task 1.|城镇新增就业6000人
part 二、|工作要求
`,
  },
  {
    rule: 'targets under a goal heading without departments stay items, beside tasks that carry theirs',
    text: `桐溪区促进消费行动方案
一、主要目标
（一）规模目标
1.社会消费品零售总额年均增长6%。
2.网络零售额突破200亿元。
二、重点任务
（一）培育消费场景
1.打造夜间消费集聚区。推动滨江片区夜间经济发展。（责任单位：区商务局）
三、保障措施
（一）加强组织领导。区商务局牵头建立工作专班。`,
    outline: `
part 一、|主要目标
  section (一)|规模目标
    item 1.|社会消费品零售总额年均增长6%
    item 2.|网络零售额突破200亿元
part 二、|重点任务
  section (一)|培育消费场景
    task 1.|打造夜间消费集聚区
part 三、|保障措施
  section (一)|加强组织领导
`,
  },
  {
    rule: 'a numbered list written in one paragraph under a heading ("1.…；2.…；3.…。") is that heading\'s text, not a point of its own',
    text: `青川区背街小巷整治实施方案
一、重点任务
（一）整治背街小巷环境
1.清理乱堆乱放；2.规范架空线缆；3.修补破损路面，整治背街小巷40条。（牵头单位：区城管局；配合单位：各街道）
（二）完善便民设施
1.新建便民服务点12个；2.增设公共座椅200处。（牵头单位：区商务局）
二、保障措施
（一）强化督查考核
1.建立月通报制度。
2.纳入街道绩效考核。`,
    outline: `
part 一、|重点任务
  task (一)|整治背街小巷环境
  task (二)|完善便民设施
part 二、|保障措施
  section (一)|强化督查考核
    item 1.|建立月通报制度
    item 2.|纳入街道绩效考核
`,
  },
  {
    rule: 'one-character numbers are their bracketed styles: ㈠…㈩ as (一), ⑴…⒇ as (1), ⒈…⒛ as 1.',
    text: `青川区2025年乡村振兴工作要点
一、发展特色产业
㈠壮大茶叶产业。新建生态茶园1000亩。（责任单位：区农业农村局）
⑴建设茶叶加工中心；
⑵培育茶叶品牌。
㈡发展乡村旅游。打造精品线路2条。（责任单位：区文化和旅游局）
二、保障措施
⒈加强组织领导。
⒉强化资金保障。`,
    outline: `
part 一、|发展特色产业
  task ㈠|壮大茶叶产业
    item ⑴|建设茶叶加工中心
    item ⑵|培育茶叶品牌
  task ㈡|发展乡村旅游
part 二、|保障措施
  item ⒈|加强组织领导
  item ⒉|强化资金保障
`,
  },
  {
    rule: 'a heading naming the unit that leads its points ("一、区民政局牵头工作（2项）") holds tasks: its numbered points are work',
    text: `2025年区政府工作报告任务清单
一、区民政局牵头工作（2项）
1.新增养老床位200张。（配合单位：各街道办事处）
2.建成社区托育点6个。
二、区教育局牵头工作（1项）
1.新增学位2700个。`,
    outline: `
part 一、|区民政局牵头工作（2项）
  task 1.|新增养老床位200张
  task 2.|建成社区托育点6个
part 二、|区教育局牵头工作（1项）
  task 1.|新增学位2700个
`,
  },
  {
    rule: 'a numbered point run on right after the bracket closing the one before ("…增长9%。（A主办，B协办）2.推进…") is a point of its own',
    text: `鹿川县落实政府工作报告重点工作责任分工的意见
一、壮大特色产业
1.实施工业倍增计划，规上工业增加值增长9%。（县工业和信息化局主办，县科技局协办）2.推进食品产业园二期建设。（县工业和信息化局负责）
3.培育数字经济新业态。（县工业和信息化局负责）`,
    outline: `
part 一、|壮大特色产业
  task 1.|实施工业倍增计划，规上工业增加值增长9%
  task 2.|推进食品产业园二期建设
  task 3.|培育数字经济新业态
`,
  },
  {
    rule: 'a task table whose header stands right after the title and whose rows are grouped by 一、 rows: the groups are parts, the rows their tasks',
    text: `2025年重点工作及责任清单
序号\t重点工作\t牵头责任单位\t协同责任单位
一、王明区长负责事项（共2项）
1\t实施区级重点项目120个。\t区发展改革委\t区自然资源局
2\t引进亿元以上产业项目30个。\t区投资促进局\t区商务局
二、刘芳副区长负责事项（共1项）
3\t新增学位900个。\t区教育局\t区财政局`,
    outline: `
part 一、|王明区长负责事项（共2项）
  task 1|实施区级重点项目120个
  task 2|引进亿元以上产业项目30个
part 二、|刘芳副区长负责事项（共1项）
  task 3|新增学位900个
`,
    absent: ['序号\t重点工作'],
  },
  {
    rule: 'a task table whose department columns are headed by a field label of a street\'s own offices and communities (责任科室 / 责任社区): its rows are the tasks',
    text: `望湖街道2025年工作要点
一、重点工作
序号\t工作内容\t责任科室\t责任社区\t完成时间
1\t新建社区食堂2个\t社区服务办公室\t南岸社区\t二季度
2\t配齐专职网格员42名\t平安建设办公室\t各社区\t一季度
二、工作要求
各科室每季度末报送进展。`,
    outline: `
part 一、|重点工作
  task 1|新建社区食堂2个
  task 2|配齐专职网格员42名
part 二、|工作要求
`,
    absent: ['序号\t工作内容'],
  },
  {
    rule: 'a 专栏 box whose projects are a table (序号 | 工程名称 | 建设内容 …) instead of numbered lines: each row is an item of the box',
    text: `白鹭县“十四五”综合交通运输发展规划
第一章 主要任务
第一节 打通对外交通通道
一、加快高速公路建设。建成白鹭至港城高速公路。
专栏1 对外交通重大工程
序号\t工程名称\t建设内容\t建设年限
1\t白鹭至港城高速公路\t新建高速公路42公里\t2021—2024年
2\tG205线白鹭段改线工程\t改建一级公路26公里\t2022—2025年
第二节 完善城乡交通网络
一、推进“四好农村路”建设。新改建农村公路300公里。`,
    outline: `
part 第一章|主要任务
  section 第一节|打通对外交通通道
    task 一、|加快高速公路建设
    box 专栏1|对外交通重大工程
      item 1|白鹭至港城高速公路
      item 2|G205线白鹭段改线工程
  section 第二节|完善城乡交通网络
    task 一、|推进“四好农村路”建设
`,
    present: ['新建高速公路42公里'],
    absent: ['序号\t工程名称'],
  },
];
