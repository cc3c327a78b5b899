/**
 * The style corpus: documents written by the team in the styles real planning offices use, each with a hand-written
 * expected outline. Every value here was written by reading the document in tests/corpus/docs — never copied from
 * the importer's output. The runner is tests/importer/corpus.test.ts; docs/importer-corpus.md explains how to add a document.
 *
 * Conventions (the same for every document):
 * - Levels belong to the document. The top level it uses is `part`, whatever its marker ((一) when the plan starts
 *   there, 第一部分, 第一章, 一、, a Markdown `##`). A level under a part is a `section` unless it is the task level or an
 *   action. Except a flat plan — its only numbered level （一） or 1., nothing below it, departments on at least half
 *   of its points: those points are its work, `task` where they carry departments, `item` where not (as the articles
 *   of a plan written in articles without chapters, 63). No document here is flat, so no expectation moved
 *   (docs/importer-grammar.md, "A flat plan", gives the evidence).
 * - task = the level that carries the plan's work items (departments, targets, milestones) inside 主要任务 / 重点任务 /
 *   重点工作 / 重点专项 / 重点工程. A level that groups tasks is an `action` when it is named 行动 / 专项 / 专项行动 —
 *   by its marker (行动一, 专项一, 专项行动一) or by every heading of that level ending in 行动 ((一)商圈能级提升行动,
 *   (二)…行动) — else a `section` (第一节, (一)加快信息基础设施建设 under 主要任务). Numbered points in 指导思想 / 基本原则 / 发展基础 /
 *   工作步骤 / 保障措施 are `item`s, never tasks. Sub-points of a task ((1), ①, •, ——, 1)) are `item`s.
 * - The same marker can be a section in one part and a task in another ((一) under 总体要求 vs (一) carrying 牵头单位
 *   under 主要任务): kinds are decided by context, not by the marker alone.
 * - box = a 专栏 (专栏1 …重点工程), in place where it is written, its numbered projects as its `item` children.
 * - appendix = 附件 / 附表 (and a titled 重点任务分解表 at the end). Its heading is its title (on the 附件 line or the line
 *   after it). Table rows and an annex's own inner numbering never create nodes: an appendix has no children here.
 *   The departments and yearly columns of a task table go onto the main-text tasks (checked with departments /
 *   milestones on the task's heading).
 * - 目录 lines are not structure; page numbers, running headers and page footers are not text.
 * - number = the marker as written (一、 (一) 1. （1） 第一章 第一节 行动一 重点任务3 专项一 任务1 专栏2 附件1 ①), compared
 *   after folding full-width ASCII (１．→1.  （一）→(一)), removing whitespace and a trailing ：/: . Unnumbered
 *   headings (Markdown `##`, Word heading styles) have an empty number.
 * - heading = the node's heading: a heading line on its own, or the run-in heading before the first 。 of a numbered
 *   paragraph ("1.推进5G网络深度覆盖。到2026年…" → 推进5G网络深度覆盖). In text run together on one line, a heading
 *   followed by a space is a heading on its own ("一、发展成就 “十三五”期间…" → 发展成就). Compared after removing
 *   whitespace, folding full-width ASCII (（）：１), and dropping a trailing 。；：.
 * - item text = the first characters (≥ 6) of heading+body, compared as a prefix after removing whitespace and
 *   punctuation on both sides. A Markdown list bullet (`- `) is syntax, not a written number: its item has number ''.
 * - Traditional-script documents keep their characters: headings, departments, title, district, issuer and 文号 are
 *   written here in Traditional script (清河區, 清府發〔2020〕25號); indicator units are compared with 個/億/萬… folded.
 * - District/city come from the title, issuer, notice or 文号 only (never from 提高我区, 绿化市容, 全市, or a plan cited
 *   in the preamble such as 《临江市…规划》). A county (县) is the district field; a title without a city gives city
 *   null unless the issuer names it. docNumber is compared with whitespace removed (豫政〔 2019 〕 15 号 → 豫政〔2019〕15号).
 *   issuedOn is the document's own date (the notice's signature), not a web page's 发布日期. A notice that delivers
 *   its work itself, with no title of its own after it ("关于下达2025年县政府民生实事项目任务的通知" ⏎ 一、…项目): the
 *   title is what it delivers (2025年县政府民生实事项目任务), as a 关于印发《X》的通知 gives X.
 * - period: (2024—2026年), (2021——2023年), (2025-2027), “十四五” → 2021–2025.
 * - departments: lead and partners as written, compared as sets; a trailing 等 is not part of a name. 责任单位 lists
 *   are lead only; "区A、区B，各街道配合" is lead A, B and partner 各街道. Departments of an annex table row go to the
 *   main-text task of the same name.
 * - indicators: on the node with that heading or below it; the name read by the importer must contain the name
 *   written here (5G基站 ⊂ 全区5G基站), value and unit exactly.
 * - milestones: a year, and a stage where the text or the table cell says one (（启动）, 2025年推进 …).
 * - absent: checked in the preamble, the notice and every heading and body (whitespace ignored); present: whole in
 *   one heading or body (spaces ignored, line breaks not — a target split over two lines must be re-joined).
 */

export interface CorpusDoc {
  /** File under tests/corpus/docs. */
  file: string;
  /** One line: which style it exercises. */
  style: string;
  /** Bytes handed to importFile are the UTF-8 file re-encoded to this encoding (and CRLF) at test time. */
  encoding?: 'gb18030';
  /** Also made into these formats at test time (LibreOffice from .txt: plain paragraphs; pandoc from .md: .docx with
   *  heading styles); each must meet the same expectations. */
  formats?: ('docx' | 'doc' | 'pdf' | 'docx-list')[];
  meta?: {
    title?: string;
    district?: string | null;
    city?: string | null;
    period?: { start: number; end: number } | null;
    docNumber?: string | null;
    issuer?: string | null;
    issuedOn?: string | null;
    /** 主送机关, as split by the importer's convention (、 and ， between names; 委、办、局 stays one name). */
    addressees?: string[];
  };
  /** The whole tree, one node per line, two spaces of indentation per depth: `kind number|text`. */
  outline: string;
  departments?: { heading: string; lead: string[]; partners?: string[] }[];
  /** `year`, when given, is the target year the indicator must carry (read from the sentence's clause). */
  indicators?: { heading: string; name: string; value: number; unit: string; year?: number }[];
  milestones?: { heading: string; year: number; stage?: '启动' | '推进' | '完成' | null }[];
  /** Warning codes that must appear in report.warnings. */
  warnings?: string[];
  /** Strings that must not appear anywhere in the imported plan (meta, preamble, headings, bodies). */
  absent?: string[];
  /** Strings that must appear whole in some node's heading or body. */
  present?: string[];
}

const BATCH1: CorpusDoc[] = [
  {
    file: '01-classic-four-levels.txt',
    formats: ['docx', 'doc', 'pdf'],
    style: '一、/(一)/1./(1) classic four levels, tasks under (一) sections of 重点任务, numbered principles as items',
    meta: { title: '临江市东湖区推进新型基础设施建设三年行动计划（2024—2026年）', district: '东湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|基本原则
    item 1.|统筹规划适度超前
    item 2.|应用牵引需求导向
    item 3.|政府引导市场主导
  section (三)|发展目标
part 二、|重点任务
  section (一)|加快信息基础设施建设
    task 1.|推进5G网络深度覆盖
      item (1)|开放公共资源
      item (2)|简化审批流程
    task 2.|建设千兆光网
    task 3.|布局物联感知设施
  section (二)|推进算力基础设施建设
    task 1.|建设区级数据中心
    task 2.|发展边缘计算节点
  section (三)|推进融合基础设施建设
    task 1.|建设智能充电网络
      item (1)|公共停车场充电设施
      item (2)|住宅小区充电设施
      item (3)|公交场站充电设施
    task 2.|推进市政设施智能化改造
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|加强督促考核
  section (四)|营造良好氛围
`,
    departments: [
      { heading: '推进5G网络深度覆盖', lead: ['区经委'], partners: ['区住房城乡建设委', '区规划资源局'] },
      { heading: '布局物联感知设施', lead: ['区大数据中心'], partners: ['区城运中心', '区建管委'] },
      { heading: '建设智能充电网络', lead: ['区发展改革委'], partners: ['区交通委', '区住房城乡建设委', '区供电公司'] },
      { heading: '推进市政设施智能化改造', lead: ['区建管委'], partners: ['区绿化市容局', '区城运中心'] },
    ],
    indicators: [
      { heading: '推进5G网络深度覆盖', name: '5G基站', value: 1200, unit: '个' },
      { heading: '建设智能充电网络', name: '充电桩', value: 3500, unit: '个' },
      { heading: '发展目标', name: '千兆光网覆盖家庭', value: 25, unit: '万户' },
    ],
  },
  {
    file: '02-starts-at-paren.txt',
    style: 'plan that starts at (一) with no 一、 above it; 提高我区 / 绿化市容 in the text; one-year 工作方案',
    meta: { title: '青川区2024年城市精细化管理工作方案', district: '青川区', city: null },
    outline: `
part (一)|工作目标
part (二)|工作原则
  item 1.|问题导向精准施策
  item 2.|条块结合属地负责
part (三)|重点任务
  task 1.|开展道路环境提升
  task 2.|推进绿化市容品质提升
  task 3.|深化生活垃圾分类
  task 4.|加强违法建筑治理
  task 5.|提升“一网统管”处置效能
  task 6.|整治背街小巷环境
part (四)|工作步骤
  item 1.|动员部署阶段
  item 2.|集中推进阶段
  item 3.|总结评估阶段
part (五)|保障措施
  item 1.|加强统筹协调
  item 2.|落实经费保障
  item 3.|强化考核督查
`,
    departments: [
      { heading: '开展道路环境提升', lead: ['区建管委'], partners: ['区绿化市容局', '各街道'] },
      { heading: '深化生活垃圾分类', lead: ['区绿化市容局'], partners: ['区商务委', '各街道'] },
      { heading: '加强违法建筑治理', lead: ['区城管执法局'], partners: ['区规划资源局', '区房管局', '各街道'] },
    ],
    indicators: [
      { heading: '深化生活垃圾分类', name: '生活垃圾回收利用率', value: 42, unit: '%' },
      { heading: '推进绿化市容品质提升', name: '口袋公园', value: 12, unit: '个' },
    ],
  },
  {
    file: '03-skipped-level.txt',
    style: 'skipped level: 一、 parts then directly 1. tasks (heading on its own line, departments on a line of their own)',
    meta: { title: '南屿县农村人居环境整治提升三年行动方案（2023—2025年）', district: '南屿县', city: null, period: { start: 2023, end: 2025 } },
    outline: `
part 一、|总体要求
part 二、|主要任务
  task 1.|扎实推进农村厕所革命
    item (1)|开展问题厕所排查整改
    item (2)|建立改厕后续管护制度
  task 2.|加快农村生活污水治理
  task 3.|健全农村生活垃圾收运处置体系
  task 4.|整体提升村容村貌
    item (1)|实施村庄绿化美化工程
    item (2)|加强传统村落保护
    item (3)|规范农房建设管理
  task 5.|建立健全长效管护机制
part 三、|实施步骤
  item 1.|启动实施阶段
  item 2.|全面推进阶段
  item 3.|巩固提升阶段
part 四、|保障措施
  item 1.|强化组织领导
  item 2.|加大投入力度
  item 3.|发挥农民主体作用
  item 4.|加强宣传引导
`,
    departments: [
      { heading: '扎实推进农村厕所革命', lead: ['县农业农村局'], partners: ['县卫生健康局', '县住房城乡建设局', '各乡镇'] },
      { heading: '加快农村生活污水治理', lead: ['县生态环境局'], partners: ['县水利局', '县农业农村局', '各乡镇'] },
      { heading: '建立健全长效管护机制', lead: ['县农业农村局'], partners: ['县财政局', '各乡镇'] },
    ],
    indicators: [
      { heading: '扎实推进农村厕所革命', name: '农村卫生户厕普及率', value: 98, unit: '%' },
      { heading: '总体要求', name: '农村生活污水治理率', value: 60, unit: '%' },
    ],
  },
  {
    file: '04-chapter-section-resp.txt',
    style: '第一章/第一节/一、 with (责任单位:…) tasks, 十四五 period, a 目录 without page numbers',
    meta: { title: '临江市东湖区教育事业发展“十四五”规划', district: '东湖区', city: '临江市', period: { start: 2021, end: 2025 } },
    outline: `
part 第一章|发展基础与面临形势
  section 第一节|发展基础
  section 第二节|面临形势
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|发展目标
part 第三章|主要任务
  section 第一节|推进学前教育普惠发展
    task 一、|扩大普惠性学前教育资源
    task 二、|提升保育教育质量
    task 三、|发展托育服务
  section 第二节|推动义务教育优质均衡发展
    task 一、|优化学校布局
    task 二、|深化集团化办学
    task 三、|减轻学生过重负担
    task 四、|加强体育美育劳动教育
  section 第三节|推进高中阶段教育特色多样发展
    task 一、|扩大优质高中资源
    task 二、|推动特色高中建设
  section 第四节|建设高素质教师队伍
    task 一、|加强师德师风建设
    task 二、|提升教师专业能力
    task 三、|深化教师管理改革
  section 第五节|推进教育数字化转型
    task 一、|建设智慧校园
    task 二、|推动数字资源共建共享
part 第四章|保障措施
  section 第一节|加强党的全面领导
  section 第二节|强化经费保障
  section 第三节|加强监测评估
`,
    departments: [
      { heading: '扩大普惠性学前教育资源', lead: ['区教育局', '区规划资源局', '区住房城乡建设委'] },
      { heading: '发展托育服务', lead: ['区卫生健康委', '区教育局'] },
      { heading: '深化教师管理改革', lead: ['区教育局', '区委编办', '区财政局'] },
    ],
    indicators: [
      { heading: '扩大普惠性学前教育资源', name: '普惠性幼儿园覆盖率', value: 85, unit: '%' },
      { heading: '减轻学生过重负担', name: '课后服务覆盖率', value: 100, unit: '%' },
      { heading: '发展目标', name: '学前教育毛入园率', value: 98, unit: '%' },
    ],
  },
  {
    file: '05-part-zhuanxiang-renwu.txt',
    style: '第一部分/专项一/任务1 (tasks numbered on across 专项), 牵头单位/配合单位 on their own line',
    meta: { title: '西岭区数字政府建设实施方案（2024—2026年）', district: '西岭区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 第一部分|总体要求
  section 一、|指导思想
  section 二、|基本原则
  section 三、|建设目标
part 第二部分|重点专项
  action 专项一|一网通办提升专项
    task 任务1|推进政务服务事项标准化
    task 任务2|深化“高效办成一件事”
    task 任务3|推行“免申即享”服务
  action 专项二|一网统管深化专项
    task 任务4|建设城市运行数字体征系统
    task 任务5|推进基层治理数字化
  action 专项三|数据资源赋能专项
    task 任务6|完善公共数据目录
    task 任务7|推进公共数据授权运营
    task 任务8|加强数据安全保护
part 第三部分|保障措施
  section 一、|加强组织领导
  section 二、|完善资金保障
  section 三、|强化考核评估
`,
    departments: [
      { heading: '推进政务服务事项标准化', lead: ['区政务服务办'], partners: ['区司法局', '各委办局'] },
      { heading: '深化“高效办成一件事”', lead: ['区政务服务办'], partners: ['区市场监管局', '区人力资源社会保障局', '区医保局'] },
      { heading: '建设城市运行数字体征系统', lead: ['区城运中心'], partners: ['区公安分局', '区生态环境局', '区交通委'] },
      { heading: '加强数据安全保护', lead: ['区委网信办'], partners: ['区公安分局', '区大数据中心'] },
    ],
    indicators: [
      { heading: '推行“免申即享”服务', name: '免申即享', value: 50, unit: '项' },
      { heading: '推进公共数据授权运营', name: '数据服务企业', value: 10, unit: '家' },
    ],
  },
];

const BATCH2: CorpusDoc[] = [
  {
    file: '06-action-keytask.txt',
    formats: ['pdf'],
    style: '行动一：…/重点任务一：… (Chinese numerals, run on across actions), departments on the next line, milestones in the text',
    meta: { title: '临江市南湖区智慧社区建设三年行动计划（2025—2027年）', district: '南湖区', city: '临江市', period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|基本原则
  section (三)|主要目标
part 二、|重点行动
  action 行动一|社区数字底座夯实行动
    task 重点任务一|建设社区数据资源库
    task 重点任务二|统一社区工作平台
    task 重点任务三|完善社区感知设施
  action 行动二|社区服务便捷提升行动
    task 重点任务四|推进社区事务就近办
    task 重点任务五|发展智慧养老服务
    task 重点任务六|推广智慧健康服务
  action 行动三|社区治理精细赋能行动
    task 重点任务七|推进社区安全智能防控
    task 重点任务八|深化社区议事协商数字化
  action 行动四|智慧社区示范引领行动
    task 重点任务九|打造智慧社区示范点
    task 重点任务十|培育智慧社区应用场景
part 三、|保障措施
  section (一)|加强统筹推进
  section (二)|加大资金投入
  section (三)|强化安全保障
`,
    departments: [
      { heading: '建设社区数据资源库', lead: ['区大数据中心'], partners: ['区民政局', '区公安分局', '各街道'] },
      { heading: '完善社区感知设施', lead: ['区公安分局'], partners: ['区房管局', '区消防救援支队', '各街道'] },
      { heading: '发展智慧养老服务', lead: ['区民政局'], partners: ['区卫生健康委', '区财政局'] },
      { heading: '培育智慧社区应用场景', lead: ['区科委'], partners: ['区经委', '区民政局'] },
    ],
    indicators: [
      { heading: '完善社区感知设施', name: '智能安防设施覆盖住宅小区', value: 90, unit: '%' },
      { heading: '打造智慧社区示范点', name: '示范点', value: 60, unit: '个' },
    ],
    milestones: [
      { heading: '建设社区数据资源库', year: 2025, stage: '启动' },
      { heading: '建设社区数据资源库', year: 2026, stage: '推进' },
      { heading: '建设社区数据资源库', year: 2027, stage: '完成' },
      { heading: '推进社区事务就近办', year: 2025, stage: '启动' },
      { heading: '推进社区事务就近办', year: 2026, stage: '完成' },
      { heading: '打造智慧社区示范点', year: 2027, stage: '完成' },
    ],
  },
  {
    file: '07-zhuanxiang-runon.txt',
    style: '专项行动一 (action) / 重点专项N running on across actions, • bullets, 【牵头单位：…；配合单位：…】 after the bullets',
    meta: { title: '北港区推进文化和旅游深度融合三年行动方案（2024—2026年）', district: '北港区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|专项行动
  action 专项行动一|文旅资源保护利用
    task 重点专项1|推进历史文化街区活化
      item •|完成老码头仓库群修缮
      item •|编制历史文化街区业态导则
    task 重点专项2|推动非物质文化遗产进景区
    task 重点专项3|建设智慧博物馆
  action 专项行动二|文旅产品供给提升
    task 重点专项4|打造滨江文旅休闲带
      item •|建设滨江文化驿站
      item •|打造夜间经济集聚区
      item •|举办滨江艺术季
    task 重点专项5|发展乡村旅游
    task 重点专项6|培育演艺新空间
  action 专项行动三|文旅服务品质优化
    task 重点专项7|完善旅游公共服务体系
    task 重点专项8|提升文旅市场监管水平
    task 重点专项9|加强文旅品牌宣传推广
      item •|每年组织境内外文旅推介活动
      item •|建设全媒体文旅宣传矩阵
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大政策支持
  section (三)|强化人才支撑
  section (四)|做好监测评估
`,
    departments: [
      { heading: '推进历史文化街区活化', lead: ['区文化旅游局'], partners: ['区规划资源局', '区住房城乡建设委'] },
      { heading: '打造滨江文旅休闲带', lead: ['区建管委'], partners: ['区文化旅游局', '区绿化市容局', '区商务委'] },
      { heading: '提升文旅市场监管水平', lead: ['区市场监管局'], partners: ['区文化旅游局', '区公安分局'] },
      { heading: '加强文旅品牌宣传推广', lead: ['区委宣传部'], partners: ['区文化旅游局', '区融媒体中心'] },
    ],
    indicators: [
      { heading: '建设智慧博物馆', name: '馆藏文物数字化率', value: 80, unit: '%' },
      { heading: '发展乡村旅游', name: '精品民宿', value: 100, unit: '家' },
      { heading: '总体目标', name: '旅游总收入', value: 450, unit: '亿元' },
    ],
  },
  {
    file: '08-decimal.txt',
    style: '第一章 + 1.1/1.2 decimal headings: sections in most chapters, tasks (with (1) items) in 第三章 重点任务',
    meta: { title: '临江市东湖区海绵城市建设专项规划（2023—2030年）', district: '东湖区', city: '临江市', period: { start: 2023, end: 2030 } },
    outline: `
part 第一章|规划基础
  section 1.1|建设现状
  section 1.2|面临问题
part 第二章|总体要求
  section 2.1|指导思想
  section 2.2|规划目标
part 第三章|重点任务
  task 3.1|推进建筑与小区海绵化改造
    item (1)|新建住宅小区全部按海绵
    item (2)|老旧小区改造同步实施
  task 3.2|建设海绵型道路与广场
  task 3.3|实施公园绿地海绵化建设
  task 3.4|开展水系综合整治
    item (1)|完成骨干河道生态护岸改造
    item (2)|打通断头河12条
    item (3)|建设初期雨水调蓄池6座
  task 3.5|消除城市易涝点
  task 3.6|建设海绵城市监测平台
part 第四章|实施保障
  section 4.1|加强规划管控
  section 4.2|创新建设模式
  section 4.3|强化考核评估
`,
    departments: [
      { heading: '推进建筑与小区海绵化改造', lead: ['区住房城乡建设委', '区房管局'], partners: ['各街道'] },
      { heading: '实施公园绿地海绵化建设', lead: ['区绿化市容局'] },
      { heading: '开展水系综合整治', lead: ['区水务局', '区生态环境局'] },
    ],
    indicators: [
      { heading: '建设海绵型道路与广场', name: '海绵型道路', value: 40, unit: '公里' },
      { heading: '推进建筑与小区海绵化改造', name: '改造小区', value: 120, unit: '个' },
      { heading: '规划目标', name: '年径流总量控制率', value: 75, unit: '%' },
      // "到2025年，…比例达到45%；到2030年，达到80%以上": each value the year of its own clause
      { heading: '规划目标', name: '海绵城市达标面积占建成区面积比例', value: 45, unit: '%', year: 2025 },
      { heading: '规划目标', name: '海绵城市达标面积占建成区面积比例', value: 80, unit: '%', year: 2030 },
    ],
  },
  {
    file: '09-whole-plan-one-line.txt',
    style: 'whole plan on ONE line (title, preamble, 一、/(一)/1. all run together, separated by spaces)',
    meta: { title: '北港区2024年营商环境优化提升工作方案', district: '北港区', city: null },
    outline: `
part 一、|工作目标
  section (一)|总体目标
  section (二)|分项目标
    item 1.|企业开办时间压缩至1个工作日以内
    item 2.|工程建设项目审批时间
    item 3.|新增经营主体
part 二、|重点任务
  section (一)|提升政务服务效能
    task 1.|深化“一网通办”改革
    task 2.|推行告知承诺制
  section (二)|优化市场准入环境
    task 1.|放宽经营场所登记条件
    task 2.|推进工程建设项目审批改革
  section (三)|加强企业全周期服务
    task 1.|健全政企沟通机制
    task 2.|强化惠企政策兑现
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
`,
    departments: [
      { heading: '深化“一网通办”改革', lead: ['区政务服务办'], partners: ['区市场监管局', '区税务局'] },
      { heading: '推进工程建设项目审批改革', lead: ['区住房城乡建设委'], partners: ['区规划资源局', '区发展改革委'] },
      { heading: '强化惠企政策兑现', lead: ['区财政局'], partners: ['区经委', '区科委'] },
    ],
    indicators: [
      { heading: '推行告知承诺制', name: '告知承诺事项', value: 30, unit: '项' },
    ],
  },
  {
    file: '10-run-together-lines.txt',
    style: 'headings run together: each 第X章 with its 一、 sections and (一) tasks on one long line (heading, space, body)',
    formats: ['pdf'],
    meta: { title: '南屿县“十四五”文化和旅游发展规划', district: '南屿县', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 第一章|发展基础
  section 一、|发展成就
  section 二、|存在不足
part 第二章|总体思路
  section 一、|指导思想
  section 二、|发展目标
part 第三章|主要任务
  section 一、|构建全域旅游发展格局
    task (一)|打造环湖旅游度假区
    task (二)|建设山地运动休闲带
  section 二、|丰富文化和旅游产品供给
    task (一)|发展乡村旅游
    task (二)|推动文创产品开发
    task (三)|培育节庆品牌
  section 三、|完善公共文化服务体系
    task (一)|推进文化设施提档升级
    task (二)|推进数字文化服务
part 第四章|保障措施
  section 一、|加强组织领导
  section 二、|强化要素保障
  section 三、|加强人才队伍建设
`,
    departments: [
      { heading: '打造环湖旅游度假区', lead: ['县文化和旅游局', '县自然资源局'] },
      { heading: '推进数字文化服务', lead: ['县文化和旅游局', '县融媒体中心'] },
    ],
    indicators: [
      { heading: '发展乡村旅游', name: '精品民宿', value: 200, unit: '家' },
      { heading: '建设山地运动休闲带', name: '山地运动营地', value: 5, unit: '个' },
      { heading: '发展目标', name: '旅游总收入', value: 85, unit: '亿元' },
    ],
  },
];

const BATCH3: CorpusDoc[] = [
  {
    file: '11-toc-page-numbers.txt',
    style: '目录 whose lines end in page numbers ("一、“十三五”发展回顾 1"), then the same headings in the body',
    meta: { title: '临江市东湖区“十四五”生态环境保护规划', district: '东湖区', city: '临江市', period: { start: 2021, end: 2025 } },
    outline: `
part 一、|“十三五”发展回顾
part 二、|面临形势
part 三、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 四、|主要任务
  section (一)|深入打好蓝天保卫战
    task 1.|推进工业污染深度治理
    task 2.|加强挥发性有机物综合治理
    task 3.|强化移动源污染防治
    task 4.|加强扬尘污染管控
  section (二)|深入打好碧水保卫战
    task 1.|推进污水处理提质增效
    task 2.|实施河湖生态修复
    task 3.|保障饮用水安全
  section (三)|深入打好净土保卫战
    task 1.|加强土壤污染源头防控
    task 2.|推进建设用地安全利用
    task 3.|推进固体废物减量化
part 五、|保障措施
  section (一)|压实工作责任
  section (二)|加大资金投入
  section (三)|强化监督考核
`,
    departments: [
      { heading: '强化移动源污染防治', lead: ['区交通委'], partners: ['区公安分局', '区生态环境局'] },
      { heading: '推进固体废物减量化', lead: ['区生态环境局'], partners: ['区经委', '区绿化市容局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '空气质量优良天数比例', value: 88, unit: '%' },
      { heading: '推进污水处理提质增效', name: '城镇污水处理率', value: 98, unit: '%' },
      { heading: '推进工业污染深度治理', name: '改造企业', value: 18, unit: '家' },
    ],
    absent: ['发展回顾 1', '面临形势 3', '净土保卫战 10', '保障措施 12'],
  },
  {
    file: '12-toc-dotted-leaders.txt',
    style: '目录 with dotted leaders (第一章　发展基础……1), 第X章/第X节, tasks numbered 1、 with 责任单位： on the next line',
    meta: { title: '南屿县现代农业发展规划（2021—2025年）', district: '南屿县', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 第一章|发展基础
  section 第一节|发展成效
  section 第二节|存在问题
part 第二章|总体要求
part 第三章|重点任务
  section 第一节|提升粮食综合生产能力
    task 1、|加强高标准农田建设
    task 2、|推进农业机械化
    task 3、|完善粮食储备体系
  section 第二节|壮大特色优势产业
    task 1、|做强茶产业
    task 2、|发展生态畜牧业
    task 3、|推进农产品加工业发展
  section 第三节|推进农业科技创新
    task 1、|建设农业科技园区
    task 2、|推广数字农业
part 第四章|保障措施
  section 第一节|加强组织领导
  section 第二节|强化投入保障
  section 第三节|加强人才支撑
`,
    departments: [
      { heading: '加强高标准农田建设', lead: ['县农业农村局', '县财政局', '县自然资源局'] },
      { heading: '完善粮食储备体系', lead: ['县发展改革局', '县粮食储备中心'] },
      { heading: '推进农产品加工业发展', lead: ['县工业和信息化局', '县农业农村局'] },
    ],
    indicators: [
      { heading: '推进农业机械化', name: '综合机械化率', value: 85, unit: '%' },
      { heading: '发展生态畜牧业', name: '畜禽粪污综合利用率', value: 90, unit: '%' },
    ],
    absent: ['……'],
  },
  {
    file: '13-pdf-dash-footers.txt',
    style: 'PDF-like text: lines hard-broken at 34 characters, "— 2 —" footers, a running header per page, a 配合单位 split across a page break, a line starting "1.3以下"',
    meta: { title: '临江市西湖区数字经济发展三年行动计划（2024—2026年）', district: '西湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|发展目标
part 二、|重点任务
  section (一)|壮大数字核心产业
    task 1.|发展软件和信息技术服务业
    task 2.|培育人工智能产业
  section (二)|推进产业数字化转型
    task 1.|实施制造业数字化改造
    task 2.|发展智慧商贸
    task 3.|推进农业数字化
  section (三)|夯实数字基础设施
    task 1.|加快5G网络建设
    task 2.|建设绿色算力设施
  section (四)|激活数据要素价值
    task 1.|推进公共数据开放
    task 2.|培育数据交易市场主体
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化政策支持
  section (三)|加强人才保障
`,
    departments: [
      { heading: '培育人工智能产业', lead: ['区科技局'], partners: ['区经信局', '区发展改革局'] },
      { heading: '加快5G网络建设', lead: ['区经信局'], partners: ['区住房城乡建设局', '区自然资源局'] },
      { heading: '建设绿色算力设施', lead: ['区发展改革局'], partners: ['区经信局', '区供电公司'] },
    ],
    indicators: [
      { heading: '发展目标', name: '地区生产总值比重', value: 12, unit: '%' },
      { heading: '加快5G网络建设', name: '5G基站', value: 1800, unit: '个' },
      { heading: '推进公共数据开放', name: '开放数据集', value: 200, unit: '个' },
    ],
    absent: ['— 1 —', '— 2 —', '— 3 —', '西湖区人民政府公报'],
    present: ['比重达到12%', '电能利用效率控制在1.3以下', '配合单位：区经信局、区发展改革局', '开放数据集不少于200个'],
  },
  {
    file: '14-pdf-page-of-pages.txt',
    style: 'PDF-like text: 30-character lines, "第2页 共3页" footers, the title repeated as running header, (一) tasks with 1. items and 责任单位 after the items',
    meta: { title: '东湖区老旧小区综合改造三年行动实施方案（2024—2026年）', district: '东湖区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|实施基础类改造
    item 1.|开展供排水设施改造
    item 2.|实施燃气管道更新
  task (二)|推进完善类改造
    item 1.|加装电梯300部
    item 2.|建设电动自行车集中充电设施
  task (三)|推进提升类改造
  task (四)|建立长效管理机制
  task (五)|加强历史风貌保护
part 三、|实施步骤
  section (一)|2024年
  section (二)|2025年
  section (三)|2026年
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|拓宽资金渠道
  section (三)|强化质量监管
`,
    departments: [
      { heading: '实施基础类改造', lead: ['区住房城乡建设局'], partners: ['区水务集团', '区燃气公司', '各街道'] },
      { heading: '推进完善类改造', lead: ['区住房城乡建设局'], partners: ['区市场监管局', '区公安分局', '区消防救援大队'] },
      { heading: '推进提升类改造', lead: ['区民政局'], partners: ['区卫生健康局', '区商务局', '区住房城乡建设局'] },
    ],
    indicators: [
      { heading: '推进完善类改造', name: '停车位', value: 4500, unit: '个' },
      { heading: '建立长效管理机制', name: '物业服务覆盖率', value: 100, unit: '%' },
      // "2024年至2026年，全区计划改造2000年底前建成的老旧小区156个": 2000 dates the houses; the target is 2026's
      { heading: '工作目标', name: '老旧小区', value: 156, unit: '个', year: 2026 },
    ],
    absent: ['第1页', '共3页', '东湖区老旧小区综合改造三年行动实施方案'],
    present: ['新增停车位4500个', '区燃气公司', '物业服务覆盖率达到100%'],
  },
  {
    file: '15-traditional-notice.txt',
    style: 'Traditional script with a cover notice: 文号 清府發〔2020〕25號 above the notice title, issuer and date, then the plan',
    meta: {
      title: '清河區推進智慧城市建設三年行動計劃（2020—2022年）', district: '清河區', city: '臨江市', period: { start: 2020, end: 2022 },
      docNumber: '清府發〔2020〕25號', issuer: '臨江市清河區人民政府', issuedOn: '2020-06-18',
    },
    outline: `
part 一、|總體要求
  section (一)|指導思想
  section (二)|發展目標
part 二、|主要任務
  section (一)|建設新型智慧城市基礎設施
    task 1.|推進信息網絡升級
    task 2.|建設城市大數據中心
  section (二)|推進城市治理智能化
    task 1.|建設城市運行管理中心
    task 2.|推進智慧交通建設
    task 3.|推進智慧環保建設
  section (三)|推進民生服務便捷化
    task 1.|推進政務服務“一網通辦”
    task 2.|發展智慧醫療
part 三、|保障措施
  section (一)|加強組織領導
  section (二)|加強資金保障
  section (三)|加強網絡安全
`,
    departments: [
      { heading: '推進信息網絡升級', lead: ['區經信局', '區住房城鄉建設局'] },
      { heading: '推進智慧交通建設', lead: ['區交通運輸局', '區公安分局'] },
      { heading: '發展智慧醫療', lead: ['區衛生健康局', '區醫保局'] },
    ],
    indicators: [
      { heading: '推進信息網絡升級', name: '5G基站', value: 800, unit: '個' },
      { heading: '推進政務服務“一網通辦”', name: '網上可辦率', value: 95, unit: '%' },
    ],
  },
  {
    file: '16-traditional-notice-line.txt',
    style: 'Traditional script, the whole notice on one line ending in (南政辦〔2021〕22號), date 二〇二一年八月十日, 1. tasks with ① items, 牽頭單位 lines',
    meta: {
      title: '南嶼縣全民健身實施計劃（2021—2025年）', district: '南嶼縣', city: null, period: { start: 2021, end: 2025 },
      docNumber: '南政辦〔2021〕22號', issuer: '南嶼縣人民政府辦公室', issuedOn: '2021-08-10',
    },
    outline: `
part 一、|總體要求
part 二、|發展目標
part 三、|主要任務
  task 1.|加大全民健身場地設施供給
    item ①|新建縣全民健身中心1座
    item ②|每個鄉鎮建成1個全民健身廣場
    item ③|利用公園綠地
  task 2.|廣泛開展全民健身賽事活動
    item ①|每年舉辦縣級綜合性運動會
    item ②|打造南嶼湖環湖騎行品牌賽事
  task 3.|提升科學健身指導水平
    item ①|每年培訓社會體育指導員
    item ②|建設國民體質監測站點
  task 4.|促進重點人群體育活動開展
    item ①|落實學生每天校內外
    item ②|推廣適合老年人的健身項目
  task 5.|推動體育產業發展
part 四、|保障措施
  item 1.|加強組織領導
  item 2.|加大經費投入
  item 3.|強化督導評估
`,
    departments: [
      { heading: '加大全民健身場地設施供給', lead: ['縣文化和旅遊體育局'], partners: ['縣自然資源局', '縣住房城鄉建設局', '各鄉鎮'] },
      { heading: '廣泛開展全民健身賽事活動', lead: ['縣文化和旅遊體育局'], partners: ['縣總工會', '團縣委', '縣婦聯'] },
      { heading: '促進重點人群體育活動開展', lead: ['縣教育局'], partners: ['縣文化和旅遊體育局', '縣民政局'] },
    ],
    indicators: [
      { heading: '推動體育產業發展', name: '體育產業總規模', value: 8, unit: '億元' },
      { heading: '發展目標', name: '經常參加體育鍛煉人數比例', value: 40, unit: '%' },
    ],
  },
];

const BATCH4: CorpusDoc[] = [
  {
    file: '17-fullwidth-digits.txt',
    style: 'full-width digits and punctuation throughout: １．tasks, （１）items, ２０２５年, ６０％',
    meta: { title: '临江市北湖区促进中小企业高质量发展行动方案（２０２３—２０２５年）', district: '北湖区', city: '临江市', period: { start: 2023, end: 2025 } },
    outline: `
part 一、|总体目标
part 二、|主要任务
  section (一)|实施梯度培育工程
    task １．|建立优质企业培育库
      item （１）|每年开展一次入库企业遴选
      item （２）|对入库企业实行一企一策
    task ２．|推动企业上规升级
  section (二)|提升企业创新能力
    task １．|支持企业建设研发机构
    task ２．|促进产学研合作
    task ３．|加强知识产权保护
  section (三)|推动数字化转型
    task １．|开展数字化诊断服务
      item （１）|编制中小企业数字化转型指引
      item （２）|遴选发布数字化转型服务商目录
      item （３）|组织数字化转型典型案例评选
    task ２．|推广工业互联网平台应用
  section (四)|强化金融支持
    task １．|扩大政府性融资担保覆盖面
    task ２．|推广“信易贷”模式
part 三、|保障措施
  section (一)|健全工作机制
  section (二)|加大财政支持
  section (三)|优化服务体系
`,
    departments: [
      { heading: '建立优质企业培育库', lead: ['区经信局'], partners: ['区科技局', '区市场监管局'] },
      { heading: '加强知识产权保护', lead: ['区市场监管局'], partners: ['区法院', '区司法局'] },
      { heading: '推广“信易贷”模式', lead: ['区发展改革局'], partners: ['区金融办', '人民银行北湖支行'] },
    ],
    indicators: [
      { heading: '建立优质企业培育库', name: '入库企业', value: 500, unit: '家' },
      { heading: '推动企业上规升级', name: '规模以上工业企业', value: 120, unit: '家' },
      { heading: '推广工业互联网平台应用', name: '数字化转型覆盖率', value: 60, unit: '%' },
    ],
  },
  {
    file: '18-zhuanlan-boxes.txt',
    style: '专栏1/专栏2 boxes of numbered projects at the end of a section, in a 十四五 plan',
    meta: { title: '临江市滨海新区“十四五”综合交通发展规划', district: '滨海新区', city: '临江市', period: { start: 2021, end: 2025 } },
    outline: `
part 一、|发展基础
part 二、|总体要求
  section (一)|指导思想
  section (二)|发展目标
part 三、|重点任务
  section (一)|构建内畅外联的对外交通网络
    task 1.|加快轨道交通建设
    task 2.|完善高快速路网
    box 专栏1|对外交通重点工程
      item 1.|轨道交通3号线东延伸工程
      item 2.|轨道交通5号线一期工程
      item 3.|滨海高速扩容改造工程
      item 4.|沿海快速路工程
  section (二)|完善城市道路网络
    task 1.|打通断头路
    task 2.|推进主干路提升改造
    task 3.|建设智慧道路
    box 专栏2|城市道路重点工程
      item 1.|海滨大道综合改造工程
      item 2.|新港路北延工程
      item 3.|断头路打通工程
  section (三)|优先发展公共交通
    task 1.|优化公交线网
    task 2.|建设公交场站
    task 3.|完善慢行交通系统
part 四、|保障措施
  section (一)|加强组织协调
  section (二)|强化要素保障
  section (三)|加强实施评估
`,
    departments: [
      { heading: '加快轨道交通建设', lead: ['区交通局', '区轨道交通建设指挥部'] },
      { heading: '完善慢行交通系统', lead: ['区住房城乡建设局', '区绿化市容局'] },
    ],
    indicators: [
      { heading: '建设智慧道路', name: '智慧道路', value: 50, unit: '公里' },
      { heading: '完善慢行交通系统', name: '慢行道', value: 200, unit: '公里' },
      { heading: '发展目标', name: '轨道交通运营里程', value: 45, unit: '公里' },
    ],
  },
  {
    file: '19-markdown-numbered.md',
    style: 'Markdown: # title, ## 一、 parts, ### （一） sections, **1.…。** bold run-in tasks, a pipe table 附件 with 牵头/配合/2024/2025/2026 columns',
    meta: { title: '临江市东湖区全民阅读促进三年行动方案（2024—2026年）', district: '东湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|工作目标
part 二、|重点任务
  section (一)|完善阅读设施网络
    task 1.|建设城市书房
    task 2.|推进公共图书馆总分馆建设
  section (二)|丰富阅读活动供给
    task 1.|举办东湖读书节
    task 2.|推进青少年阅读
    task 3.|关爱特殊群体阅读
  section (三)|推进数字阅读
    task 1.|建设数字阅读平台
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化经费保障
appendix 附件|重点任务分解表
`,
    departments: [
      { heading: '建设城市书房', lead: ['区文化旅游局'], partners: ['区规划资源局', '各街道'] },
      { heading: '推进青少年阅读', lead: ['区教育局'], partners: ['区文化旅游局'] },
      { heading: '关爱特殊群体阅读', lead: ['区文化旅游局'], partners: ['区民政局', '区残联'] },
    ],
    indicators: [
      { heading: '建设城市书房', name: '城市书房', value: 30, unit: '家' },
      { heading: '工作目标', name: '居民综合阅读率', value: 92, unit: '%' },
    ],
    milestones: [
      { heading: '建设城市书房', year: 2024, stage: '启动' },
      { heading: '建设城市书房', year: 2025, stage: '推进' },
      { heading: '建设城市书房', year: 2026, stage: '完成' },
      { heading: '举办东湖读书节', year: 2026, stage: '完成' },
      { heading: '建设数字阅读平台', year: 2025, stage: '启动' },
      { heading: '建设数字阅读平台', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '20-markdown-unnumbered.md',
    formats: ['docx'],
    style: 'Markdown with unnumbered ## / ### / #### headings (a Word file through pandoc), **牵头单位**： lines, - bullets as items',
    meta: { title: '西岭区养老服务体系建设三年行动计划（2025—2027年）', district: '西岭区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part |总体目标
part |重点任务
  section |扩大养老服务供给
    task |增加养老机构床位
      item •|2025年完成3家养老机构新建
      item •|2026年完成区社会福利院改扩建
    task |发展社区嵌入式养老
  section |提升养老服务质量
    task |推进医养结合
      item •|支持有条件的养老机构内设医务室
      item •|推广家庭病床服务
    task |加强养老护理人才队伍建设
  section |完善老年助餐服务
    task |建设老年助餐服务点
part |保障措施
  section |加强组织领导
  section |加大资金投入
`,
    departments: [
      { heading: '增加养老机构床位', lead: ['区民政局'], partners: ['区规划资源局', '区住房城乡建设委'] },
      { heading: '推进医养结合', lead: ['区卫生健康委'], partners: ['区民政局', '区医保局'] },
      { heading: '建设老年助餐服务点', lead: ['区民政局'], partners: ['区市场监管局', '区商务委'] },
    ],
    indicators: [
      { heading: '推进医养结合', name: '护理型床位占比', value: 65, unit: '%' },
      { heading: '建设老年助餐服务点', name: '老年助餐服务点', value: 150, unit: '个' },
    ],
  },
  {
    file: '21-gongzuo-fangan-paren-tasks.txt',
    style: '工作方案 behind a 通知 (主送, issuer, date, no 文号): 主要任务 holds run-in (一)…(七) tasks directly, 工作要求 (一) are sections',
    meta: {
      title: '东湖区2024年优化营商环境重点工作方案', district: '东湖区', city: '临江市',
      docNumber: null, issuer: '临江市东湖区人民政府办公室', issuedOn: '2024-03-12',
    },
    outline: `
part 一、|工作目标
part 二、|主要任务
  task (一)|提升企业开办便利度
  task (二)|优化工程建设项目审批
  task (三)|提升政务服务效能
  task (四)|加强惠企政策兑现
  task (五)|强化公平竞争审查
  task (六)|完善涉企执法监管
  task (七)|健全政企沟通机制
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|加强督查评估
  section (三)|做好宣传解读
  section (四)|严格廉洁自律
`,
    departments: [
      { heading: '提升企业开办便利度', lead: ['区市场监管局'], partners: ['区税务局', '区人力资源社会保障局'] },
      { heading: '加强惠企政策兑现', lead: ['区发展改革委'], partners: ['区财政局', '区经委', '区科委'] },
      { heading: '完善涉企执法监管', lead: ['区司法局'], partners: ['区城管执法局', '区市场监管局', '区生态环境局'] },
    ],
    indicators: [
      { heading: '提升政务服务效能', name: '全程网办', value: 95, unit: '%' },
    ],
  },
];

const BATCH5: CorpusDoc[] = [
  {
    file: '22-bracket-annotations.txt',
    formats: ['docx'],
    style: '【牵头单位：…；配合单位：…】 annotations at the end of a task, once right after the run-in heading, once lead only',
    meta: { title: '青川区加快人工智能产业发展三年行动方案（2024—2026年）', district: '青川区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|基本原则
  section (三)|发展目标
part 二、|重点任务
  section (一)|夯实产业发展基础
    task 1.|建设公共算力平台
    task 2.|推动数据资源开放
    task 3.|建设创新载体
  section (二)|培育壮大产业主体
    task 1.|引进头部企业
    task 2.|培育创新型企业
    task 3.|建设特色产业园区
  section (三)|拓展行业应用场景
    task 1.|推进智能制造应用
    task 2.|推进智慧医疗应用
    task 3.|推进城市治理应用
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|加大政策支持
  section (三)|强化人才支撑
  section (四)|加强安全治理
`,
    departments: [
      { heading: '建设公共算力平台', lead: ['区发展改革委'], partners: ['区科委', '区经委', '区国资委'] },
      { heading: '推动数据资源开放', lead: ['区大数据中心'], partners: ['区交通委', '区卫生健康委', '区城运中心'] },
      { heading: '引进头部企业', lead: ['区投资促进中心'], partners: ['区经委', '区科委'] },
      { heading: '推进智能制造应用', lead: ['区经委'], partners: [] },
      { heading: '推进城市治理应用', lead: ['区城运中心'], partners: ['区公安分局', '区交通委', '区生态环境局'] },
    ],
    indicators: [
      { heading: '培育创新型企业', name: '人工智能企业', value: 500, unit: '家' },
      { heading: '推进城市治理应用', name: '标杆应用场景', value: 50, unit: '个' },
      { heading: '发展目标', name: '人工智能核心产业规模', value: 300, unit: '亿元' },
      // (under "（一）夯实产业发展基础", a heading of work on a base, not of what was done: h-left40)
      { heading: '建设公共算力平台', name: '算力规模', value: 2000, unit: 'PFlops' },
      { heading: '建设创新载体', name: '创新载体', value: 10, unit: '个' },
    ],
  },
  {
    file: '23-annex-task-table.txt',
    formats: ['pdf'],
    style: 'tasks without departments in the text; 附件 重点任务分解表 as a tab-separated table 序号/重点任务/牵头单位/配合单位/2024年/2025年/2026年',
    meta: { title: '临江市南湖区推进城市更新三年行动计划（2024—2026年）', district: '南湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task 1.|推进旧住房成套改造
  task 2.|实施城中村改造
  task 3.|推进老旧街区更新
  task 4.|增加公共绿地和开放空间
  task 5.|建设保障性租赁住房
  task 6.|完善社区公共服务设施
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|创新资金筹措
  section (三)|强化规划引领
appendix 附件|南湖区城市更新三年行动重点任务分解表
`,
    departments: [
      { heading: '推进旧住房成套改造', lead: ['区住房城乡建设委'], partners: ['区房管局', '区规划资源局', '各街道'] },
      { heading: '实施城中村改造', lead: ['区城市更新中心'], partners: ['区规划资源局', '区财政局', '各镇'] },
      { heading: '完善社区公共服务设施', lead: ['区民政局'], partners: ['区卫生健康委', '区教育局', '区体育局'] },
    ],
    indicators: [
      { heading: '建设保障性租赁住房', name: '保障性租赁住房', value: 5000, unit: '套' },
      { heading: '增加公共绿地和开放空间', name: '口袋公园', value: 20, unit: '个' },
    ],
    milestones: [
      { heading: '推进旧住房成套改造', year: 2024, stage: '启动' },
      { heading: '推进旧住房成套改造', year: 2025, stage: '推进' },
      { heading: '推进旧住房成套改造', year: 2026, stage: '完成' },
      { heading: '推进老旧街区更新', year: 2024, stage: '推进' },
      { heading: '建设保障性租赁住房', year: 2026, stage: '完成' },
      { heading: '完善社区公共服务设施', year: 2025, stage: '推进' },
      { heading: '完善社区公共服务设施', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '24-annex-own-numbering.txt',
    style: '通知 with an attachment list (附件：1.… 2.…), then the plan, then 附件1 / 附件2 with their own 1. / 一、 numbering',
    meta: {
      title: '东湖区推进生活垃圾分类三年行动计划（2024—2026年）', district: '东湖区', city: '临江市', period: { start: 2024, end: 2026 },
      issuer: '临江市东湖区人民政府办公室', issuedOn: '2024-01-26',
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|推进源头减量
    task 1.|推行绿色办公
    task 2.|限制过度包装
  section (二)|完善分类投放收运体系
    task 1.|提升居民区分类设施
    task 2.|规范分类收运
  section (三)|提升资源化利用水平
    task 1.|完善可回收物回收体系
    task 2.|建设湿垃圾资源化处理设施
part 三、|保障措施
  section (一)|强化责任落实
  section (二)|加强执法监督
  section (三)|深化宣传动员
appendix 附件1|东湖区生活垃圾分类名词解释
appendix 附件2|东湖区生活垃圾分类主要指标表
`,
    departments: [
      { heading: '推行绿色办公', lead: ['区机管局'], partners: ['各委办局'] },
      { heading: '限制过度包装', lead: ['区市场监管局'], partners: ['区商务委', '区邮政管理局'] },
      { heading: '建设湿垃圾资源化处理设施', lead: ['区绿化市容局'], partners: ['区发展改革委', '区生态环境局'] },
    ],
    indicators: [
      { heading: '完善可回收物回收体系', name: '可回收物回收服务点', value: 600, unit: '个' },
      { heading: '提升居民区分类设施', name: '厢房', value: 800, unit: '个' },
      { heading: '工作目标', name: '生活垃圾回收利用率', value: 45, unit: '%' },
    ],
  },
  {
    file: '25-notice-docno-spaces.txt',
    formats: ['doc'],
    style: '红头 cover: 版头, 文号 with spaces (东政办〔 2021 〕 15 号), notice title on two lines, date in Chinese numerals (二〇二一年三月五日), 版记 at the end; 责任单位： as a trailing sentence',
    meta: {
      title: '东湖区推进体育强区建设三年行动计划（2021—2023年）', district: '东湖区', city: '临江市', period: { start: 2021, end: 2023 },
      docNumber: '东政办〔2021〕15号', issuer: '临江市东湖区人民政府办公室', issuedOn: '2021-03-05',
    },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|主要任务
  section (一)|完善全民健身公共服务体系
    task 1.|建设体育场地设施
    task 2.|推进学校体育场地开放
    task 3.|广泛开展全民健身活动
  section (二)|提升竞技体育水平
    task 1.|加强后备人才培养
    task 2.|办好品牌赛事
  section (三)|推动体育产业发展
    task 1.|培育体育市场主体
    task 2.|促进体育消费
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大经费投入
  section (三)|强化督查考核
`,
    departments: [
      { heading: '建设体育场地设施', lead: ['区体育局', '区绿化市容局', '各街道'] },
      { heading: '办好品牌赛事', lead: ['区体育局', '区公安分局', '区文化旅游局'] },
      { heading: '促进体育消费', lead: ['区商务委', '区体育局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '经常参加体育锻炼人数比例', value: 45, unit: '%' },
      { heading: '培育体育市场主体', name: '体育产业总规模', value: 60, unit: '亿元' },
      { heading: '加强后备人才培养', name: '青少年体育训练基地', value: 5, unit: '个' },
    ],
    // the 版记 (抄送, 印发 line) closes the document: not text of the last section (added in batch 10)
    absent: ['抄送：区委办公室', '2021年3月5日印发'],
  },
  {
    file: '26-emdash-period.txt',
    style: 'period written with a double em-dash (2021——2023年) in the title and 2021—2023 in the text; 1、 tasks with 1) items after the 责任单位 line; 1、 points in 保障措施',
    meta: { title: '北港区推进智慧医疗建设三年行动方案（2021——2023年）', district: '北港区', city: null, period: { start: 2021, end: 2023 } },
    outline: `
part 一、|总体要求
part 二、|主要任务
  section (一)|建设智慧医院
    task 1、|推进电子病历系统升级
      item 1)|2021年完成区中心医院升级改造
      item 2)|2022年完成区中医医院升级改造
      item 3)|2023年完成全部二级医院升级改造
    task 2、|发展互联网医院
    task 3、|推广智慧服务
  section (二)|推进区域医疗协同
    task 1、|建设区域影像和检验中心
    task 2、|推进远程医疗服务
      item 1)|建设远程会诊中心1个
      item 2)|社区卫生服务中心远程会诊
  section (三)|提升公共卫生信息化水平
    task 1、|建设公共卫生监测预警平台
    task 2、|开放居民电子健康档案
part 三、|保障措施
  item 1、|加强组织领导
  item 2、|保障资金投入
  item 3、|加强信息安全
`,
    departments: [
      { heading: '推进电子病历系统升级', lead: ['区卫生健康委'], partners: ['各公立医院'] },
      { heading: '推广智慧服务', lead: ['各公立医院'], partners: ['区卫生健康委'] },
      { heading: '建设公共卫生监测预警平台', lead: ['区疾控中心'], partners: ['区教育局', '区市场监管局'] },
    ],
    indicators: [
      { heading: '发展互联网医院', name: '互联网医院', value: 3, unit: '家' },
      { heading: '开放居民电子健康档案', name: '开放率', value: 80, unit: '%' },
      { heading: '建设区域影像和检验中心', name: '检查检验结果互认项目', value: 100, unit: '项' },
    ],
  },
];

const BATCH6: CorpusDoc[] = [
  {
    file: '27-circled-items.txt',
    style: 'circled ①②③ sub-points under 1. tasks (each on its own line, after the task paragraph)',
    meta: { title: '云溪区促进高质量充分就业三年行动计划（2024—2026年）', district: '云溪区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|主要任务
  section (一)|稳定和扩大就业岗位
    task 1.|支持企业稳岗扩岗
      item ①|建立重点企业用工服务专员制度
      item ②|对吸纳登记失业人员的企业
    task 2.|发展新就业形态
      item ①|建设零工市场2个
      item ②|推进新就业形态劳动者职业伤害保障试点
      item ③|在街道建设暖心驿站30个
  section (二)|促进重点群体就业
    task 1.|做好高校毕业生就业服务
    task 2.|促进农村劳动力转移就业
      item ①|建立农村劳动力就业台账
      item ②|建设就业帮扶车间10个
    task 3.|兜牢困难群体就业底线
  section (三)|加强技能培训和创业扶持
    task 1.|大规模开展职业技能培训
      item ①|建设区级公共实训基地1个
      item ②|推行企业新型学徒制
    task 2.|优化创业扶持政策
part 三、|组织实施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|做好监测预警
`,
    departments: [
      { heading: '支持企业稳岗扩岗', lead: ['区人力资源社会保障局'], partners: ['区财政局', '区税务局'] },
      { heading: '做好高校毕业生就业服务', lead: ['区人力资源社会保障局'], partners: ['区教育局', '团区委'] },
      { heading: '促进农村劳动力转移就业', lead: ['区农业农村局'], partners: ['区人力资源社会保障局', '各镇'] },
    ],
    indicators: [
      { heading: '做好高校毕业生就业服务', name: '就业见习岗位', value: 1000, unit: '个' },
      { heading: '优化创业扶持政策', name: '扶持创业', value: 3000, unit: '人' },
      { heading: '总体目标', name: '城镇新增就业', value: 1.5, unit: '万人' },
    ],
  },
  {
    file: '28-bullets-dashes.txt',
    style: '—— goal lines under 发展目标 (items of a section) and • sub-points under tasks',
    meta: { title: '南屿县加快县域商业体系建设实施方案（2023—2025年）', district: '南屿县', city: null, period: { start: 2023, end: 2025 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|发展目标
    item ——|县城商业设施更加完善
    item ——|乡镇商贸中心全覆盖
    item ——|村级商业网点更加便利
part 二、|重点任务
  section (一)|完善县乡村三级商业网络
    task 1.|改造提升县城商业设施
      item •|改造县城农贸市场3个
      item •|建设社区便民商圈2个
    task 2.|建设乡镇商贸中心
    task 3.|发展村级便民商店
      item •|推广店仓合一模式
      item •|推动便民商店增加代收代缴
  section (二)|健全农村物流配送体系
    task 1.|建设县级物流配送中心
    task 2.|推进农村客货邮融合发展
      item •|开通客货邮融合线路8条
      item •|建设乡镇客货邮综合服务站
      item •|建设村级寄递物流综合服务点
  section (三)|促进农产品上行
    task 1.|发展农村电商
    task 2.|加强农产品产地冷链设施建设
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大资金支持
  section (三)|强化跟踪评估
`,
    departments: [
      { heading: '改造提升县城商业设施', lead: ['县商务局'], partners: ['县住房城乡建设局', '县市场监管局'] },
      { heading: '发展村级便民商店', lead: ['县供销社'], partners: ['县商务局', '各乡镇'] },
      { heading: '建设县级物流配送中心', lead: ['县交通运输局'], partners: ['县邮政管理局', '县供销社'] },
    ],
    indicators: [
      { heading: '发展村级便民商店', name: '村级便民商店', value: 150, unit: '个' },
      { heading: '推进农村客货邮融合发展', name: '行政村快递服务覆盖率', value: 100, unit: '%' },
      { heading: '加强农产品产地冷链设施建设', name: '产地冷藏保鲜设施', value: 30, unit: '个' },
    ],
  },
  {
    file: '29-no-structure.txt',
    style: 'no structure at all: a 工作要点 written as plain paragraphs, signed at the end — nothing to place, the report must say so',
    meta: { title: '北湖区2024年全民健身工作要点', district: '北湖区' },
    outline: ``,
    warnings: ['no-structure'],
  },
  {
    file: '30-truncated-count.txt',
    style: 'truncated document: the preamble declares 12项重点任务, the text stops inside 重点任务8',
    meta: { title: '临江市云溪区推进数字乡村建设三年行动计划（2024—2026年）', district: '云溪区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  section (一)|夯实乡村数字基础设施
    task 重点任务1|推进乡村网络提档升级
    task 重点任务2|推进农业农村基础设施数字化改造
    task 重点任务3|建设农业农村大数据平台
  section (二)|发展乡村数字经济
    task 重点任务4|发展智慧农业
    task 重点任务5|发展农村电子商务
    task 重点任务6|发展乡村新业态
  section (三)|提升乡村数字治理水平
    task 重点任务7|推进乡村治理数字化
    task 重点任务8|推进平安乡村智能化建设
`,
    departments: [
      { heading: '推进乡村网络提档升级', lead: ['区经信局'], partners: ['区通信管理办', '各镇'] },
      { heading: '推进乡村治理数字化', lead: ['区委组织部'], partners: ['区民政局', '区农业农村局', '各镇'] },
    ],
    indicators: [
      { heading: '发展农村电子商务', name: '农产品网络零售额', value: 25, unit: '亿元' },
      { heading: '发展智慧农业', name: '数字农业示范基地', value: 10, unit: '个' },
    ],
    warnings: ['count-mismatch'],
  },
];

const BATCH7: CorpusDoc[] = [
  {
    file: '31-gb18030-crlf.txt',
    style: 'GB18030 bytes with CRLF line ends (converted at test time); 1、 tasks, (1) items before the 责任单位 line',
    encoding: 'gb18030',
    meta: { title: '临江市北湖区全面推行河湖长制工作三年行动方案（2024—2026年）', district: '北湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|工作目标
part 二、|主要任务
  section (一)|加强水资源保护
    task 1、|严格水资源管理
      item (1)|开展重点用水单位计量监控
      item (2)|推进节水型社会建设
    task 2、|保障河湖生态流量
  section (二)|加强水污染防治
    task 1、|深化入河排污口整治
    task 2、|推进农业面源污染治理
    task 3、|加强船舶港口污染防治
  section (三)|加强水生态修复
    task 1、|建设幸福河湖
      item (1)|2024年建成5条
      item (2)|2025年建成5条
      item (3)|2026年建成5条
    task 2、|推进水土保持
part 三、|保障措施
  section (一)|压实河湖长责任
  section (二)|强化部门协同
  section (三)|加强考核问责
  section (四)|鼓励社会参与
`,
    departments: [
      { heading: '严格水资源管理', lead: ['区水务局'], partners: ['区发展改革委', '区经委'] },
      { heading: '深化入河排污口整治', lead: ['区生态环境局'], partners: ['区水务局', '各街道'] },
      { heading: '建设幸福河湖', lead: ['区水务局'], partners: ['区规划资源局', '区绿化市容局', '各街道'] },
      { heading: '推进水土保持', lead: ['区水务局'], partners: [] },
    ],
    indicators: [
      { heading: '建设幸福河湖', name: '幸福河湖', value: 15, unit: '条' },
      { heading: '深化入河排污口整治', name: '整治完成率', value: 100, unit: '%' },
      { heading: '工作目标', name: '河湖水质优良比例', value: 85, unit: '%' },
    ],
  },
  {
    file: '32-district-word-traps.txt',
    style: 'district and city only from the issuer (临江市云溪区绿化和市容管理局) and 文号: the title says 城市绿化市容, the text says 提高我区 / 全市',
    meta: {
      title: '城市绿化市容品质提升三年行动方案（2024—2026年）', district: '云溪区', city: '临江市', period: { start: 2024, end: 2026 },
      docNumber: '云绿容〔2024〕6号', issuer: '临江市云溪区绿化和市容管理局', issuedOn: '2024-04-02',
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|提升城市绿化品质
    task 1.|推进公园城市建设
    task 2.|建设生态廊道
    task 3.|推进立体绿化
  section (二)|改善市容环境面貌
    task 1.|创建市容环境示范街区
    task 2.|规范户外广告和店招店牌
    task 3.|提升道路清扫保洁水平
  section (三)|提升精细化管理水平
    task 1.|建设智慧绿化市容平台
    task 2.|完善社会共治机制
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|加强考核评价
`,
    departments: [
      { heading: '推进公园城市建设', lead: ['区绿化市容局'], partners: ['区规划资源局', '区建管委'] },
      { heading: '建设智慧绿化市容平台', lead: ['区绿化市容局'], partners: ['区城运中心', '区大数据中心'] },
    ],
    indicators: [
      { heading: '建设生态廊道', name: '生态廊道', value: 30, unit: '公里' },
      { heading: '工作目标', name: '建成区绿化覆盖率', value: 42, unit: '%' },
    ],
  },
  {
    file: '33-five-levels.txt',
    style: 'five levels: 第一部分 / 一、 / (一) / 1. / (1) — two section levels above the tasks',
    meta: { title: '北湖区“十四五”科技创新发展规划', district: '北湖区', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 第一部分|发展基础和面临形势
  section 一、|发展基础
  section 二、|面临形势
part 第二部分|总体要求
  section 一、|指导思想
  section 二、|发展目标
part 第三部分|主要任务
  section 一、|强化创新策源能力
    section (一)|建设高水平创新平台
      task 1.|建设北湖实验室
        item (1)|2022年完成实验室主体建设
        item (2)|2023年实验室正式运行
      task 2.|布局新型研发机构
    section (二)|加强基础研究和关键核心技术攻关
      task 1.|设立基础研究专项
      task 2.|实施关键核心技术攻关计划
  section 二、|提升企业创新能力
    section (一)|培育科技型企业
      task 1.|实施高新技术企业倍增计划
        item (1)|建立高新技术企业培育库
        item (2)|对首次认定的高新技术企业
        item (3)|开展高新技术企业认定辅导
      task 2.|支持科技型中小企业成长
    section (二)|促进科技成果转化
      task 1.|建设技术转移服务体系
part 第四部分|保障措施
  section 一、|加强组织领导
  section 二、|加大科技投入
  section 三、|优化创新生态
`,
    departments: [
      { heading: '建设北湖实验室', lead: ['区科委', '区发展改革委'] },
      { heading: '实施高新技术企业倍增计划', lead: ['区科委', '区税务局'] },
      { heading: '建设技术转移服务体系', lead: ['区科委', '区商务委'] },
    ],
    indicators: [
      { heading: '建设技术转移服务体系', name: '技术合同成交额', value: 120, unit: '亿元' },
      { heading: '实施关键核心技术攻关计划', name: '攻关项目', value: 50, unit: '项' },
      { heading: '发展目标', name: '研发经费投入强度', value: 4, unit: '%' },
    ],
  },
  {
    file: '34-web-page-index-table.txt',
    style: 'saved government web page: site chrome, an index table with 成文日期 2023-04-10 and 发布日期 2023-04-17, the notice twice, (一) run-in tasks with (责任单位：…)',
    meta: {
      title: '北港区加快发展银发经济实施方案', district: '北港区', city: null,
      docNumber: '北府办发〔2023〕8号', issuer: '北港区人民政府办公室', issuedOn: '2023-04-10',
    },
    outline: `
part 一、|发展目标
part 二、|主要任务
  task (一)|发展老年助餐服务
  task (二)|拓展居家养老服务
  task (三)|培育银发经济市场主体
  task (四)|发展老年用品产业
  task (五)|促进老年文旅消费
  task (六)|推进适老化改造
  task (七)|帮助老年人跨越数字鸿沟
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化政策支持
  section (三)|加强人才培养
`,
    departments: [
      { heading: '发展老年助餐服务', lead: ['区民政局', '区市场监管局', '各街道'] },
      { heading: '培育银发经济市场主体', lead: ['区经委', '区商务委', '区投资促进中心'] },
      { heading: '帮助老年人跨越数字鸿沟', lead: ['区老龄办', '区大数据中心'] },
    ],
    indicators: [
      { heading: '发展老年助餐服务', name: '社区老年助餐点', value: 120, unit: '个' },
      { heading: '推进适老化改造', name: '适老化改造', value: 3000, unit: '户' },
    ],
    absent: ['您当前的位置', '索 引 号', '发布日期', '打印本页', '网站标识码', '字体：大 中 小'],
  },
  {
    file: '35-key-projects.txt',
    style: '十四五 plan with (一) run-in tasks in 主要任务 and 重点工程1…5 as tasks of their own part, 责任单位 as a trailing sentence',
    meta: { title: '云溪区“十四五”水务发展规划', district: '云溪区', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 一、|发展现状
part 二、|发展目标
part 三、|主要任务
  task (一)|提升防洪排涝能力
  task (二)|保障城乡供水安全
  task (三)|推进污水收集处理
  task (四)|加强河湖生态保护
part 四、|重点工程
  task 重点工程1|云溪河堤防达标工程
  task 重点工程2|城东排涝泵站工程
  task 重点工程3|第二水厂扩建工程
  task 重点工程4|城南污水处理厂提标改造工程
  task 重点工程5|环湖生态修复工程
part 五、|保障措施
  section (一)|加强组织领导
  section (二)|拓宽投融资渠道
  section (三)|强化科技支撑
  section (四)|加强监督评估
`,
    departments: [
      { heading: '提升防洪排涝能力', lead: ['区水务局', '区应急管理局'] },
      { heading: '第二水厂扩建工程', lead: ['区水务集团'] },
      { heading: '城南污水处理厂提标改造工程', lead: ['区水务局', '区生态环境局'] },
    ],
    indicators: [
      { heading: '推进污水收集处理', name: '城镇污水处理率', value: 98, unit: '%' },
      { heading: '云溪河堤防达标工程', name: '堤防', value: 26, unit: '公里' },
      { heading: '环湖生态修复工程', name: '修复湿地面积', value: 300, unit: '公顷' },
    ],
  },
];

const BATCH8: CorpusDoc[] = [
  {
    file: '36-actions-keyprojects-runon.txt',
    style: '行动一：…。 / 重点专项N running on across actions, 主要内容： and 推进部门/配合部门 lines, indented • bullets; period (2025-2027) without 年',
    meta: { title: '临江市云溪区推进“数字云溪”建设三年行动方案（2025-2027）', district: '云溪区', city: '临江市', period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体要求
part 二、|发展重点
  action 行动一|数字治理提能行动
    task 重点专项1|城市运行数字孪生平台
      item •|完成全区三维城市信息模型建设
      item •|接入各类城市运行感知数据
    task 重点专项2|智慧应急指挥体系
    task 重点专项3|基层治理智能化
  action 行动二|数字经济跃升行动
    task 重点专项4|数字产业集聚区
    task 重点专项5|工业互联网赋能
    task 重点专项6|数字商贸新业态
      item •|建设直播电商基地2个
      item •|举办数字消费节
  action 行动三|数字生活普惠行动
    task 重点专项7|数字教育
    task 重点专项8|数字健康
    task 重点专项9|数字无障碍
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大资金投入
  section (三)|强化评估考核
`,
    departments: [
      { heading: '城市运行数字孪生平台', lead: ['区城运中心'], partners: ['区规划资源局', '区大数据中心'] },
      { heading: '基层治理智能化', lead: ['区民政局'], partners: ['各街道'] },
      { heading: '数字无障碍', lead: ['区大数据中心'], partners: ['区民政局', '区残联'] },
    ],
    indicators: [
      { heading: '数字产业集聚区', name: '数字经济企业', value: 300, unit: '家' },
      { heading: '数字教育', name: '智慧校园示范校', value: 20, unit: '所' },
      { heading: '工业互联网赋能', name: '工业互联网平台', value: 3, unit: '个' },
    ],
  },
  {
    file: '37-markdown-app-export.md',
    formats: ['docx'],
    style: "Markdown as the app's own export writes it: issuer and date line, ## 一、 / ### （一） / #### 1．, bold （1） items, a 附表1 pipe table with 行动/重点任务/主要内容/牵头/配合/years",
    meta: {
      title: '南湖区推进智慧交通建设三年行动计划（2025—2027年）', district: '南湖区', city: '临江市', period: { start: 2025, end: 2027 },
      issuer: '临江市南湖区人民政府办公室', issuedOn: '2025-02-18',
    },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|重点任务
  section (一)|建设智慧交通基础设施
    task 1．|推进路口信号灯联网联控
      item （1）|2025年完成主干道路口联网改造
      item （2）|2026年完成次干道路口联网改造
    task 2．|建设智慧道路
  section (二)|提升出行服务智能化水平
    task 1．|建设智慧停车平台
    task 2．|提升公交出行体验
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|落实资金保障
appendix 附表1|南湖区推进智慧交通建设三年行动计划（2025—2027年）主要任务分解表
`,
    departments: [
      { heading: '推进路口信号灯联网联控', lead: ['区公安分局'], partners: ['区交通委', '区建管委'] },
      { heading: '提升公交出行体验', lead: ['区交通委'], partners: ['区公交公司'] },
    ],
    indicators: [
      { heading: '建设智慧道路', name: '智慧道路', value: 30, unit: '公里' },
      { heading: '主要目标', name: '公共停车泊位智能化覆盖率', value: 90, unit: '%' },
    ],
    milestones: [
      { heading: '推进路口信号灯联网联控', year: 2025, stage: '启动' },
      { heading: '推进路口信号灯联网联控', year: 2026, stage: '推进' },
      { heading: '推进路口信号灯联网联控', year: 2027, stage: '完成' },
      { heading: '建设智慧道路', year: 2027, stage: '完成' },
      { heading: '建设智慧停车平台', year: 2025, stage: '启动' },
    ],
  },
  {
    file: '38-paren-named-actions.txt',
    style: '(一)…行动 headings grouping 1. tasks under 重点行动: actions named by their headings, (一) in 保障措施 stays a section',
    meta: { title: '临江市东湖区促进消费扩容提质三年行动计划（2024—2026年）', district: '东湖区', city: '临江市', period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点行动
  action (一)|商圈能级提升行动
    task 1.|推进核心商圈改造升级
    task 2.|发展首店首发经济
  action (二)|消费新场景培育行动
    task 1.|打造特色商业街区
    task 2.|发展夜间经济
    task 3.|培育数字消费新业态
  action (三)|消费环境优化行动
    task 1.|提升消费维权效能
    task 2.|完善消费配套设施
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化政策支持
  section (三)|做好监测评估
`,
    departments: [
      { heading: '推进核心商圈改造升级', lead: ['区商务委'], partners: ['区规划资源局', '区建管委'] },
      { heading: '发展夜间经济', lead: ['区商务委'], partners: ['区交通委', '区公安分局'] },
      { heading: '完善消费配套设施', lead: ['区交通委'], partners: ['区建管委', '区商务委'] },
    ],
    indicators: [
      { heading: '发展首店首发经济', name: '首店数量', value: 300, unit: '家' },
      { heading: '发展夜间经济', name: '夜间消费占比', value: 35, unit: '%' },
      { heading: '完善消费配套设施', name: '公共停车泊位', value: 2000, unit: '个' },
    ],
  },
];

/** Blind batch: styles read in public plans (实施意见, 工作要点, 分工方案, 旗 十四五规划, 县 方案 …) that batches 1–8 do not cover,
 *  written by a helper that did not write the importer; the outlines were written by reading the documents. */
const BATCH9: CorpusDoc[] = [
  {
    file: '39-shishi-yijian-yishi.txt',
    style: '实施意见 (no notice): (一)X。 run-in tasks under 二、重点任务 whose paragraphs hold 一是…二是… and inline 1.…；2.… points, （责任单位：…） at the end',
    meta: { title: '临江市西岭区人民政府关于加快发展银发经济的实施意见', district: '西岭区', city: '临江市', issuer: '临江市西岭区人民政府', issuedOn: '2025-03-18', addressees: ['各街道办事处', '镇人民政府', '区政府各部门', '各直属机构'] },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|重点任务
  task (一)|扩大老年助餐服务
  task (二)|发展居家养老服务
  task (三)|提升老年健康服务
  task (四)|培育老年用品市场
  task (五)|丰富老年文体生活
  task (六)|加强老年人权益保障
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素支撑
  section (三)|营造良好氛围
`,
    departments: [
      { heading: '扩大老年助餐服务', lead: ['区民政局', '区商务委', '各街道'] },
      { heading: '提升老年健康服务', lead: ['区卫生健康委', '区医保局'] },
      { heading: '加强老年人权益保障', lead: ['区公安分局', '区司法局', '区残联'] },
    ],
    indicators: [
      { heading: '扩大老年助餐服务', name: '长者食堂', value: 20, unit: '家' },
      { heading: '发展居家养老服务', name: '家庭养老床位', value: 1500, unit: '张' },
      { heading: '主要目标', name: '养老服务床位', value: 4500, unit: '张' },
    ],
  },
  {
    file: '40-gongzuo-yaodian-yishi.txt',
    style: '工作要点: 一、 parts whose work items are paragraphs 一是X。…二是X。… each with （牵头单位：…；配合单位：…）; 一是 in 加强组织保障 are items',
    meta: { title: '青川区2025年数字政府建设工作要点', district: '青川区', city: null },
    outline: `
part 一、|夯实数字基础设施
  task 一是|完善政务云平台
  task 二是|优化电子政务外网
  task 三是|建设城市感知网络
part 二、|提升政务服务效能
  task 一是|深化“高效办成一件事”
  task 二是|推进“免申即享”
  task 三是|提升窗口服务水平
part 三、|强化数据共享应用
  task 一是|健全公共数据目录
  task 二是|推动数据开放利用
part 四、|推进城市运行“一网统管”
  task 一是|完善城运指挥体系
  task 二是|拓展城运应用场景
part 五、|加强组织保障
  item 一是|压实工作责任
  item 二是|加强督促考核
  item 三是|强化安全保障
`,
    departments: [
      { heading: '完善政务云平台', lead: ['区大数据中心'], partners: ['区财政局'] },
      { heading: '建设城市感知网络', lead: ['区城运中心'], partners: ['区建管委', '区水务局'] },
      { heading: '推进“免申即享”', lead: ['区发展改革委'], partners: ['区财政局', '区人力资源社会保障局'] },
      { heading: '拓展城运应用场景', lead: ['区城运中心'], partners: ['区应急局', '区建管委'] },
    ],
    indicators: [
      { heading: '建设城市感知网络', name: '物联感知设备', value: 5000, unit: '个' },
      { heading: '推动数据开放利用', name: '数据集', value: 50, unit: '个' },
    ],
  },
  {
    file: '41-tasks-content-resp-deadline.txt',
    style: '县 工作方案: tasks are 1.X heading lines, each followed by 主要内容：/责任单位：/完成时限： lines',
    meta: { title: '南屿县2025年营商环境优化提升工作方案', district: '南屿县', city: null },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 1.|深化企业开办便利化改革
  task 2.|优化工程建设项目审批
  task 3.|提升不动产登记服务
  task 4.|加强涉企法治保障
  task 5.|强化惠企政策兑现
part 三、|工作要求
  section (一)|加强组织领导
  section (二)|强化督查考核
  section (三)|加强宣传引导
`,
    departments: [
      { heading: '深化企业开办便利化改革', lead: ['县市场监管局', '县公安局', '县税务局'] },
      { heading: '提升不动产登记服务', lead: ['县自然资源局'] },
      { heading: '加强涉企法治保障', lead: ['县司法局', '县法院'] },
    ],
    indicators: [
      { heading: '强化惠企政策兑现', name: '政策兑现率', value: 95, unit: '%' },
      { heading: '工作目标', name: '全程网办率', value: 85, unit: '%' },
    ],
    milestones: [
      { heading: '深化企业开办便利化改革', year: 2025, stage: '完成' },
      { heading: '加强涉企法治保障', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '42-fengong-lead-resp-lines.txt',
    style: '分工方案 with a notice: 1.target。 lines under 主要预期目标 and under (一) groups, each followed by 牵头单位：/责任单位： lines (责任单位 = partners here), numbering running on across groups',
    meta: {
      title: '云溪区政府2025年重点工作任务分解和责任分工方案', district: '云溪区', city: null,
      docNumber: '云政发〔2025〕3号', issuer: '云溪区人民政府', issuedOn: '2025-02-26',
    },
    outline: `
part 一、|经济社会发展主要预期目标
  task 1.|地区生产总值增长6%左右
  task 2.|一般公共预算收入增长5%左右
  task 3.|社会消费品零售总额增长7%左右
part 二、|重点工作任务
  section (一)|推动产业转型升级
    task 4.|实施制造业技术改造项目40个，新增规模以上工业企业25家
    task 5.|新培育国家级专精特新“小巨人”企业3家
  section (二)|扩大有效投资
    task 6.|实施亿元以上项目60个，完成固定资产投资180亿元
    task 7.|争取地方政府专项债券资金15亿元
  section (三)|增进民生福祉
    task 8.|新建改扩建中小学校4所，新增学位3600个
    task 9.|新增城镇就业8000人，城镇调查失业率控制在5.5%以内
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革局'], partners: ['各街道', '区经济运行各专班'] },
      { heading: '实施制造业技术改造项目40个，新增规模以上工业企业25家', lead: ['区工信局'], partners: ['云溪经济开发区', '各街道'] },
      { heading: '新增城镇就业8000人，城镇调查失业率控制在5.5%以内', lead: ['区人力资源社会保障局'], partners: ['各街道'] },
    ],
    indicators: [
      { heading: '新建改扩建中小学校4所，新增学位3600个', name: '学位', value: 3600, unit: '个' },
    ],
  },
  {
    file: '43-qi-shisiwu-zhangjie-zhuanlan.txt',
    style: '旗 “十四五”专项规划: 前 言, 第一章/第一节/一、X。 run-in work items (no departments, no 主要任务 heading), 专栏N with 1. projects between 一、 items, OCR spaces in “ 十四五 ”',
    meta: { title: '北原市乌兰旗“十四五”生态环境保护规划', district: '乌兰旗', city: '北原市', period: { start: 2021, end: 2025 } },
    outline: `
part 第一章|发展基础与形势
  section 第一节|“十三五”时期主要成效
  section 第二节|面临的形势
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|主要目标
part 第三章|加强生态保护修复
  section 第一节|推进草原生态保护
    task 一、|落实草畜平衡制度
    task 二、|实施退化草原修复
    box 专栏1|草原生态保护重点工程
      item 1.|退化草原人工种草生态修复项目
      item 2.|草原有害生物防控项目
  section 第二节|加强水土流失治理
    task 一、|推进小流域综合治理
    task 二、|开展沙化土地综合治理
part 第四章|深入打好污染防治攻坚战
  section 第一节|持续改善大气环境质量
    task 一、|推进燃煤锅炉整治
    task 二、|加强扬尘污染管控
  section 第二节|保护水生态环境
    task 一、|保障饮用水水源安全
    task 二、|推进污水处理设施建设
    box 专栏2|水污染防治重点工程
      item 1.|旗污水处理厂提标改造项目
      item 2.|苏木乡镇污水处理站建设项目
part 第五章|保障措施
  section 第一节|加强组织领导
  section 第二节|强化资金保障
`,
    indicators: [
      { heading: '主要目标', name: '森林覆盖率', value: 18, unit: '%' },
      { heading: '实施退化草原修复', name: '退化草原', value: 50, unit: '万亩' },
      { heading: '推进污水处理设施建设', name: '污水处理站', value: 8, unit: '座' },
    ],
  },
  {
    file: '44-county-colon-runin-fullwidth.txt',
    style: '县 实施方案: "一、 X" with a space, (一)X：text run-in headings ended by a colon, full-width （１） sub-points, 责任单位： line after the sub-points',
    meta: { title: '石门县推进农村人居环境整治提升实施方案', district: '石门县', city: null, issuer: '石门县人民政府办公室', issuedOn: '2024-05-20' },
    outline: `
part 一、|总体要求
  section (一)|工作目标
  section (二)|基本原则
part 二、|重点任务
  task (一)|扎实推进农村厕所革命
    item (1)|科学选择改厕模式
    item (2)|强化改厕质量管控
  task (二)|梯次推进农村生活污水治理
    item (1)|建设污水处理设施
    item (2)|健全运维管护机制
  task (三)|健全农村生活垃圾收运处置体系
  task (四)|整体提升村容村貌
part 三、|保障措施
  section (一)|强化组织领导
  section (二)|加大资金投入
  section (三)|严格考核督导
`,
    departments: [
      { heading: '扎实推进农村厕所革命', lead: ['县农业农村局', '县卫生健康局'] },
      { heading: '梯次推进农村生活污水治理', lead: ['市生态环境局石门分局', '县住房城乡建设局'] },
      { heading: '整体提升村容村貌', lead: ['县农业农村局', '县妇联'] },
    ],
    indicators: [
      { heading: '扎实推进农村厕所革命', name: '户厕', value: 6000, unit: '户' },
      { heading: '健全农村生活垃圾收运处置体系', name: '垃圾转运站', value: 12, unit: '座' },
      { heading: '工作目标', name: '农村卫生厕所普及率', value: 95, unit: '%' },
    ],
  },
  {
    file: '45-bufen-cn-decimal.txt',
    style: '第一部分/一、/1．1 (full-width decimal with a space before the text) tasks under 第二部分 主要任务, 一、 as sections in 发展现状 and 保障措施',
    meta: { title: '临江市东湖区全民健身发展规划（2025—2027年）', district: '东湖区', city: '临江市', period: { start: 2025, end: 2027 } },
    outline: `
part 第一部分|发展现状
  section 一、|工作成效
  section 二、|存在问题
part 第二部分|主要任务
  section 一、|完善全民健身设施网络
    task 1.1|建设社区健身设施
    task 1.2|推进公共体育场馆开放
    task 1.3|建设健身步道
  section 二、|丰富全民健身赛事活动
    task 2.1|打造品牌赛事
    task 2.2|广泛开展群众健身活动
  section 三、|提升科学健身指导水平
    task 3.1|壮大社会体育指导员队伍
    task 3.2|推进体卫融合
part 第三部分|保障措施
  section 一、|加强组织领导
  section 二、|加大经费投入
  section 三、|强化监测评估
`,
    departments: [
      { heading: '建设社区健身设施', lead: ['区体育局'], partners: ['区规划资源局', '各街道'] },
      { heading: '建设健身步道', lead: ['区绿化市容局'], partners: ['区体育局'] },
      { heading: '推进体卫融合', lead: ['区卫生健康委'], partners: ['区体育局'] },
    ],
    indicators: [
      { heading: '建设社区健身设施', name: '社区市民健身点', value: 100, unit: '处' },
      { heading: '建设健身步道', name: '健身步道', value: 30, unit: '公里' },
      { heading: '推进体卫融合', name: '运动健康服务中心', value: 3, unit: '个' },
    ],
  },
  {
    file: '46-ocr-spaces-annex-table.txt',
    // (also as a LibreOffice PDF since session 31: its tab-separated table has a row where a cell ends on a tab stop)
    formats: ['pdf'],
    style: 'OCR-ish text (（ 一 ） with spaces, "一、 X", 城市书房 30 家) with (一) run-in tasks and a tab-separated 附件 table 序号/重点任务/具体措施/牵头单位/责任单位/完成时限',
    meta: { title: '西岭区公共文化服务提质增效三年行动方案（2025—2027年）', district: '西岭区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task (一)|完善公共文化设施网络
  task (二)|丰富公共文化产品供给
  task (三)|推进公共文化数字化建设
  task (四)|壮大基层文化队伍
  task (五)|创新社会化运营机制
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化经费保障
  section (三)|严格督查考核
appendix 附件|西岭区公共文化服务提质增效重点任务清单
`,
    departments: [
      { heading: '完善公共文化设施网络', lead: ['区文化旅游局'], partners: ['区发展改革委', '区住房城乡建设委', '各街道'] },
      { heading: '推进公共文化数字化建设', lead: ['区文化旅游局'], partners: ['区大数据中心'] },
      { heading: '壮大基层文化队伍', lead: ['区文化旅游局'], partners: ['区委组织部', '各街道'] },
    ],
    indicators: [
      { heading: '完善公共文化设施网络', name: '城市书房', value: 30, unit: '家' },
      { heading: '壮大基层文化队伍', name: '群众文艺团队', value: 200, unit: '支' },
    ],
    milestones: [
      { heading: '完善公共文化设施网络', year: 2027, stage: '完成' },
      { heading: '推进公共文化数字化建设', year: 2026, stage: '完成' },
    ],
  },
];

/** Batch 10: styles read in public plans of other cities (task table as the body, run-in tasks numbered through the
 *  parts with "（A牵头，B配合）", 第X章/第X条 articles, tasks grouped by year, Word list numbering, the plan as 附件1). */
const BATCH10: CorpusDoc[] = [
  {
    file: '47-body-task-table-tabs.txt',
    // (also as a LibreOffice PDF since session 31: its tab-separated table has a row where a cell ends on a tab stop)
    formats: ['pdf'],
    style: '工作方案 whose 重点任务 are a tab-separated table in the body (序号/重点任务/具体内容/牵头单位/配合单位/完成时限), no numbered tasks in the text; signature without notice',
    meta: { title: '临江市北滨区2025年“高效办成一件事”改革工作方案', district: '北滨区', city: '临江市', issuer: '临江市北滨区人民政府办公室', issuedOn: '2025-02-18' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 1|推进新生儿出生“一件事”
  task 2|推进企业信息变更“一件事”
  task 3|推进开办餐饮店“一件事”
  task 4|推进退休“一件事”
  task 5|推进水电气网联合报装“一件事”
  task 6|推进残疾人服务“一件事”
  task 7|推进企业破产信息核查“一件事”
  task 8|建设“一件事”线上专区
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化数据支撑
  section (三)|加强督查评估
`,
    departments: [
      { heading: '推进新生儿出生“一件事”', lead: ['区卫生健康委'], partners: ['区公安分局', '区医保局', '区人社局'] },
      { heading: '推进水电气网联合报装“一件事”', lead: ['区建设管理委'], partners: ['区供电公司', '区自来水公司', '区燃气公司'] },
      { heading: '推进企业破产信息核查“一件事”', lead: ['区法院'], partners: ['区市场监管局', '区税务局', '区规划资源局'] },
      { heading: '建设“一件事”线上专区', lead: ['区数据局'], partners: ['区政务服务中心', '各街道'] },
    ],
    indicators: [
      { heading: '建设“一件事”线上专区', name: '线上办理率', value: 80, unit: '%' },
      { heading: '工作目标', name: '满意度', value: 98, unit: '%' },
    ],
    milestones: [
      { heading: '推进新生儿出生“一件事”', year: 2025, stage: '完成' },
      { heading: '建设“一件事”线上专区', year: 2025, stage: '完成' },
    ],
    absent: ['具体内容'],
  },
  {
    file: '48-continuous-tasks-lead-partner-parens.txt',
    style: '若干举措 with a notice (文号, 此件公开发布): 一、 groups that name work, tasks 1.–10. numbered through the parts, 一是…二是… inside, departments as "（A牵头，B、C配合）" / "（A负责）" closing the paragraph',
    meta: { title: '青石区进一步优化营商环境若干举措', district: '青石区', city: '云州市', docNumber: '青府办发〔2025〕9号', issuer: '云州市青石区人民政府办公室', issuedOn: '2025-03-06' },
    outline: `
part 一、|深化审批制度改革，提升政务服务效能
  task 1.|推行涉企审批“一窗通办”
  task 2.|压减工程建设项目审批时间
  task 3.|提升企业开办和注销便利度
  task 4.|扩大“免申即享”政策覆盖面
part 二、|优化市场环境，激发经营主体活力
  task 5.|降低企业要素成本
  task 6.|强化金融服务实体经济
  task 7.|加强人才服务保障
part 三、|强化法治保障，稳定经营主体预期
  task 8.|规范涉企行政检查
  task 9.|依法平等保护各类经营主体
  task 10.|健全政企沟通机制
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
  section (三)|营造良好氛围
`,
    departments: [
      { heading: '推行涉企审批“一窗通办”', lead: ['区政务服务中心'], partners: ['区市场监管局', '区住房城乡建设局', '区卫生健康委'] },
      { heading: '提升企业开办和注销便利度', lead: ['区市场监管局'], partners: ['区税务局', '区公安分局', '区人社局'] },
      { heading: '降低企业要素成本', lead: ['区发展改革局'], partners: ['区自然资源局', '区市场监管局', '区供电公司'] },
      { heading: '规范涉企行政检查', lead: ['区司法局'], partners: ['区级各行政执法部门'] },
      { heading: '依法平等保护各类经营主体', lead: ['区法院'] },
      { heading: '健全政企沟通机制', lead: ['区发展改革局'], partners: ['区政务服务中心', '各街道'] },
    ],
    indicators: [
      { heading: '强化金融服务实体经济', name: '普惠小微贷款', value: 20, unit: '亿元' },
      { heading: '健全政企沟通机制', name: '企业诉求办结率', value: 98, unit: '%' },
    ],
  },
  {
    file: '49-articles-zhang-tiao.txt',
    style: '若干措施 in articles: 第X章 with 第X条 (written with and without a space after it), （一） clauses inside an article, （责任单位：…） on the articles of the chapters that name work; 总则 and 附则 hold no tasks',
    meta: { title: '云州市白沙县促进科技创新若干措施（试行）', district: '白沙县', city: '云州市' },
    outline: `
part 第一章|总则
  item 第一条|为深入实施创新驱动发展战略
  item 第二条|本措施适用于在本县依法登记注册
    item (一)|在本县依法纳税
    item (二)|近三年未发生重大安全
    item (三)|研发投入占营业收入比重
  item 第三条|县财政每年安排科技创新专项资金
part 第二章|培育创新主体
  task 第四条|支持科技型企业梯次成长
  task 第五条|鼓励企业加大研发投入
  task 第六条|支持企业建设研发机构
part 第三章|建设创新平台
  task 第七条|支持新型研发机构发展
  task 第八条|推进科技企业孵化器建设
  task 第九条|促进科技成果转化
part 第四章|附则
  item 第十条|本措施与本县其他同类政策
  item 第十一条|本措施由县科技局负责解释
`,
    departments: [
      { heading: '支持科技型企业梯次成长', lead: ['县科技局', '县财政局'] },
      { heading: '鼓励企业加大研发投入', lead: ['县科技局', '县统计局', '县税务局'] },
      { heading: '支持新型研发机构发展', lead: ['县科技局'] },
    ],
    indicators: [
      { heading: '支持科技型企业梯次成长', name: '高新技术企业', value: 120, unit: '家' },
      { heading: '支持新型研发机构发展', name: '新型研发机构', value: 5, unit: '家' },
    ],
  },
  {
    file: '50-yearly-task-sections.txt',
    style: '三年行动方案 whose tasks are grouped by year ((一)2024年度重点任务 …), each task with 牵头单位：/配合单位： lines; a task takes the year of its group as a milestone',
    meta: { title: '西岭区创建国家生态文明建设示范区三年行动方案（2024—2026年）', district: '西岭区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|分年度推进计划
  section (一)|2024年度重点任务
    task 1.|编制创建规划
    task 2.|开展指标达标评估
    task 3.|启动河湖生态修复
  section (二)|2025年度重点任务
    task 1.|推进大气污染深度治理
    task 2.|实施国土绿化行动
    task 3.|培育生态文化品牌
  section (三)|2026年度重点任务
    task 1.|补齐指标短板
    task 2.|开展创建技术评估
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '编制创建规划', lead: ['区生态环境局'], partners: ['区发展改革委', '区规划资源局'] },
      { heading: '推进大气污染深度治理', lead: ['区生态环境局'], partners: ['区工信局', '区公安分局', '区交通运输局'] },
      { heading: '开展创建技术评估', lead: ['区创建工作领导小组办公室'], partners: ['区生态环境局', '各街道'] },
    ],
    indicators: [
      { heading: '启动河湖生态修复', name: '河道综合整治', value: 12, unit: '公里' },
      { heading: '实施国土绿化行动', name: '口袋公园', value: 20, unit: '个' },
      { heading: '总体目标', name: '森林覆盖率', value: 42, unit: '%' },
    ],
    milestones: [
      { heading: '编制创建规划', year: 2024 },
      { heading: '启动河湖生态修复', year: 2024 },
      { heading: '实施国土绿化行动', year: 2025 },
      { heading: '补齐指标短板', year: 2026 },
    ],
  },
  {
    file: '51-word-list-numbering.txt',
    formats: ['docx-list'],
    style: '实施方案 一、/(一)/1./(1) — also as a Word file whose numbers are Word list numbering (w:numPr with 一、/（一）/1./（1） levels), not text',
    meta: { title: '南湖区推进养老服务体系建设实施方案（2025—2027年）', district: '南湖区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|主要任务
  section (一)|完善居家社区养老服务网络
    task 1.|建设街道综合养老服务中心
    task 2.|发展老年助餐服务
      item (1)|完善助餐补贴政策
      item (2)|推广智慧助餐结算
  section (二)|提升机构养老服务质量
    task 1.|推进公办养老机构改革
    task 2.|加强养老服务人才队伍建设
  section (三)|推进医养康养深度融合
    task 1.|深化医养签约服务
    task 2.|发展智慧健康养老
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
  section (三)|加强监督考核
`,
    departments: [
      { heading: '建设街道综合养老服务中心', lead: ['区民政局', '各街道'] },
      { heading: '发展老年助餐服务', lead: ['区民政局', '区商务局', '区市场监管局'] },
      { heading: '发展智慧健康养老', lead: ['区民政局', '区数据局'] },
    ],
    indicators: [
      { heading: '建设街道综合养老服务中心', name: '综合养老服务中心', value: 12, unit: '个' },
      { heading: '主要目标', name: '养老床位', value: 3800, unit: '张' },
    ],
  },
  {
    file: '52-plan-as-attachment.txt',
    style: '通知 whose attachment list names the plan itself (附件：1.方案 2.分解表): the plan follows as 附件1 and is the body, not an annex; 附件2 a space-aligned 任务分解表 giving the tasks their departments',
    meta: { title: '青石区夜间经济发展工作方案', district: '青石区', city: '云州市', issuer: '云州市青石区人民政府办公室', issuedOn: '2025-05-12' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|打造夜间消费集聚区
  task (二)|培育夜间特色街区
  task (三)|丰富夜间文旅活动
  task (四)|优化夜间交通服务
  task (五)|加强夜间安全管理
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|加大政策支持
appendix 附件2|青石区夜间经济发展重点任务分解表
`,
    departments: [
      { heading: '打造夜间消费集聚区', lead: ['区商务局'], partners: ['区住房城乡建设局', '区城管局'] },
      { heading: '丰富夜间文旅活动', lead: ['区文化旅游局'], partners: ['区商务局', '区融媒体中心'] },
      { heading: '加强夜间安全管理', lead: ['区公安分局'], partners: ['区应急管理局', '区市场监管局'] },
    ],
    indicators: [
      { heading: '优化夜间交通服务', name: '夜间定制公交线路', value: 5, unit: '条' },
      { heading: '工作目标', name: '夜间经济集聚区', value: 6, unit: '个' },
    ],
    milestones: [
      { heading: '优化夜间交通服务', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '53-annex-table-group-rows.txt',
    formats: ['pdf'],
    style: '行动计划 with (一) groups and 1. tasks numbered afresh in each; an annex 任务分工表 (tab-separated) whose rows are grouped by 一、 rows standing alone between them, numbered afresh per group, with a 责任领导 column (a person, not a department)',
    meta: { title: '云溪区促进消费扩容提质三年行动计划（2025—2027年）', district: '云溪区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体目标
part 二、|主要任务
  section (一)|提升商业载体能级
    task 1.|推动重点商圈改造升级
    task 2.|打造特色商业街区
    task 3.|发展社区商业
  section (二)|培育消费新业态
    task 1.|发展首发经济
    task 2.|促进数字消费
  section (三)|优化消费环境
    task 1.|加强消费维权
    task 2.|提升消费便利度
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大政策支持
appendix 附件|云溪区促进消费扩容提质三年行动计划任务分工表
`,
    departments: [
      { heading: '推动重点商圈改造升级', lead: ['区商务委'], partners: ['区规划资源局', '区建设管理委'] },
      { heading: '促进数字消费', lead: ['区经信委'], partners: ['区商务委', '区数据局'] },
      { heading: '加强消费维权', lead: ['区市场监管局'], partners: ['区司法局'] },
      { heading: '提升消费便利度', lead: ['区交通委'], partners: ['区公安分局', '区商务委'] },
    ],
    indicators: [
      { heading: '提升消费便利度', name: '公共停车泊位', value: 2000, unit: '个' },
      { heading: '总体目标', name: '社会消费品零售总额', value: 800, unit: '亿元' },
    ],
    milestones: [
      { heading: '推动重点商圈改造升级', year: 2026, stage: '完成' },
      { heading: '加强消费维权', year: 2025, stage: '完成' },
      { heading: '提升消费便利度', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '54-county-roles-sentences-stages.txt',
    style: '县 实施方案 with (一) run-in tasks closing with "由A牵头，B、C配合。" / "此项工作由A负责。" (one after a ①②③ list, naming the task), 实施步骤 stages with dates in their headings, signature with a date in Chinese numerals',
    meta: { title: '南屿县农村生活污水治理提升实施方案', district: '南屿县', city: null, issuer: '南屿县人民政府办公室', issuedOn: '2025-04-08' },
    outline: `
part 一、|总体要求
part 二、|重点任务
  task (一)|科学编制治理规划
  task (二)|加快治理设施建设
  task (三)|推进黑臭水体整治
  task (四)|健全长效运维机制
    item ①|将已建设施全部纳入运维范围
    item ②|落实运维经费县、乡两级分担机制
    item ③|开展运维单位年度考核
  task (五)|强化资金保障
part 三、|实施步骤
  section (一)|动员部署阶段（2025年4月—5月）
  section (二)|集中攻坚阶段（2025年6月—2026年6月）
  section (三)|总结提升阶段（2026年7月—12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|严格督查考核
`,
    departments: [
      { heading: '科学编制治理规划', lead: ['县生态环境局'], partners: ['县住房城乡建设局', '县农业农村局'] },
      { heading: '加快治理设施建设', lead: ['县住房城乡建设局'], partners: ['县生态环境局', '各乡镇'] },
      { heading: '健全长效运维机制', lead: ['县住房城乡建设局'], partners: ['县财政局', '各乡镇'] },
      { heading: '强化资金保障', lead: ['县财政局'] },
    ],
    indicators: [
      { heading: '加快治理设施建设', name: '配套管网', value: 120, unit: '公里' },
      { heading: '推进黑臭水体整治', name: '整治', value: 15, unit: '处' },
      { heading: '总体要求', name: '农村生活污水治理率', value: 65, unit: '%' },
    ],
  },
];

// Batch 11: styles read in public plans of other cities (工作要点 whose points close with one bracket holding 牵头单位,
// 配合单位 and 完成时限, or 责任单位 with the lead marked （牵头）; a 任务分工 written department by department; tasks
// grouped under year lines without a number; a 重点项目 list with 总投资 and 建设年限, continued as a 续表).
const BATCH11: CorpusDoc[] = [
  {
    file: '55-yaodian-bracket-fields.txt',
    formats: ['docx'],
    style: '工作要点 with a notice and （此件公开发布）: points 1.–8. numbered through 一、 groups, each closing with one bracket "（牵头单位：A；配合单位：B、C；完成时限：2025年6月底前）" or "（责任单位：A（牵头）、B、C；完成时限：…）"; 4. names 重点项目; 版记',
    meta: { title: '东坪区2025年优化营商环境工作要点', district: '东坪区', city: '澜州市', docNumber: '东府办发〔2025〕6号', issuer: '澜州市东坪区人民政府办公室', issuedOn: '2025-02-18' },
    outline: `
part 一、|提升政务服务效能
  task 1.|深化“一件事一次办”改革
  task 2.|推行企业开办全程网办
  task 3.|提升12345热线服务质量
part 二、|强化要素保障
  task 4.|保障重点项目用地
  task 5.|缓解中小企业融资难题
  task 6.|加强人才服务保障
part 三、|营造公平竞争环境
  task 7.|规范涉企行政检查
  task 8.|清理妨碍统一市场的规定
part 四、|工作要求
`,
    departments: [
      { heading: '深化“一件事一次办”改革', lead: ['区政务服务中心'], partners: ['区市场监管局', '区人社局'] },
      { heading: '推行企业开办全程网办', lead: ['区市场监管局'], partners: ['区税务局', '区公安分局'] },
      { heading: '保障重点项目用地', lead: ['区自然资源局'], partners: ['区发展改革委'] },
      { heading: '缓解中小企业融资难题', lead: ['区金融办'], partners: ['区财政局', '人民银行东坪支行'] },
      { heading: '规范涉企行政检查', lead: ['区司法局'], partners: ['区级各行政执法部门'] },
      { heading: '清理妨碍统一市场的规定', lead: ['区市场监管局'], partners: ['区发展改革委', '区财政局'] },
    ],
    indicators: [
      { heading: '提升12345热线服务质量', name: '按时办结率', value: 98, unit: '%' },
      { heading: '保障重点项目用地', name: '产业用地', value: 1200, unit: '亩' },
      { heading: '加强人才服务保障', name: '人才公寓', value: 500, unit: '套' },
    ],
    milestones: [
      { heading: '深化“一件事一次办”改革', year: 2025, stage: '完成' },
      { heading: '清理妨碍统一市场的规定', year: 2025, stage: '完成' },
    ],
    absent: ['抄送：区委办公室', '2025年2月18日印发'],
  },
  {
    file: '56-fengong-dept-first.txt',
    style: '实施方案 whose 任务分工 is written department by department: "（一）区委宣传部：牵头负责…。" — the units before the colon lead the task (two of them in （三））; 实施步骤 stages with dates; 保障措施',
    meta: { title: '东坪区创建全国文明城区实施方案（2024—2026年）', district: '东坪区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|创建目标
part 二、|任务分工
  task (一)|区委宣传部：牵头负责创建工作的宣传发动
  task (二)|区城管局：负责市容环境综合整治
  task (三)|区住房城乡建设局、区房管局：负责老旧小区环境提升
  task (四)|区交通运输局：牵头负责交通秩序和公共交通服务提升
  task (五)|区教育局：负责未成年人思想道德建设
  task (六)|各街道办事处：负责辖区创建任务落实
part 三、|实施步骤
  section (一)|动员部署阶段（2024年3月—4月）
  section (二)|全面创建阶段（2024年5月—2026年6月）
  section (三)|迎检验收阶段（2026年7月—12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
  section (三)|落实经费保障
`,
    departments: [
      { heading: '区委宣传部：牵头负责创建工作的宣传发动', lead: ['区委宣传部'], partners: [] },
      { heading: '区城管局：负责市容环境综合整治', lead: ['区城管局'], partners: [] },
      { heading: '区住房城乡建设局、区房管局：负责老旧小区环境提升', lead: ['区住房城乡建设局', '区房管局'], partners: [] },
      { heading: '区交通运输局：牵头负责交通秩序和公共交通服务提升', lead: ['区交通运输局'] },
      { heading: '各街道办事处：负责辖区创建任务落实', lead: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '创建目标', name: '新时代文明实践站覆盖率', value: 100, unit: '%' },
      { heading: '区城管局：负责市容环境综合整治', name: '背街小巷', value: 40, unit: '条' },
      { heading: '区住房城乡建设局、区房管局：负责老旧小区环境提升', name: '老旧小区', value: 60, unit: '个' },
      { heading: '区交通运输局：牵头负责交通秩序和公共交通服务提升', name: '公共停车泊位', value: 3000, unit: '个' },
    ],
  },
  {
    file: '57-unmarked-year-headings.txt',
    formats: ['pdf', 'docx'],
    style: 'tasks grouped under year lines without a number ("2024年", "2025年：", "二〇二六年") with 牵头单位：/配合单位： lines; a 进度安排： schedule of year lines over text inside a task stays its text (and gives its milestones)',
    meta: { title: '西岭区生态文明示范区创建三年行动方案（2024—2026年）', district: '西岭区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|分年度重点任务
  section |2024年
    task 1.|编制创建规划
    task 2.|开展本底调查
  section |2025年
    task 1.|实施国土绿化行动
    task 2.|推进污水管网建设
  section |二〇二六年
    task 1.|开展达标评估
    task 2.|完成创建验收
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格考核问责
`,
    departments: [
      { heading: '编制创建规划', lead: ['区生态环境局'], partners: ['区发展改革委', '区自然资源局'] },
      { heading: '实施国土绿化行动', lead: ['区林业局'], partners: ['各乡镇人民政府'] },
      { heading: '推进污水管网建设', lead: ['区住房城乡建设局'], partners: ['区水务局', '区财政局'] },
      { heading: '开展达标评估', lead: ['区生态环境局'], partners: ['区创建工作领导小组成员单位'] },
    ],
    indicators: [
      { heading: '总体目标', name: '森林覆盖率', value: 32, unit: '%' },
      { heading: '实施国土绿化行动', name: '造林面积', value: 1.5, unit: '万亩' },
      { heading: '推进污水管网建设', name: '城镇生活污水集中收集率', value: 75, unit: '%' },
      { heading: '强化资金保障', name: '创建专项资金', value: 3000, unit: '万元' },
    ],
    milestones: [
      { heading: '编制创建规划', year: 2024 },
      { heading: '开展本底调查', year: 2024 },
      { heading: '实施国土绿化行动', year: 2025 },
      { heading: '推进污水管网建设', year: 2025, stage: '完成' },
      { heading: '推进污水管网建设', year: 2026, stage: '完成' },
      { heading: '开展达标评估', year: 2026, stage: '完成' },
      { heading: '完成创建验收', year: 2026 },
    ],
    present: ['2025年：', '2026年：'],
  },
  {
    file: '58-project-list-table-continued.txt',
    // (not 'pdf': LibreOffice sets a tab-separated text with default tab stops, wrapped, no columns to read)
    formats: ['docx', 'pdf'],
    style: '重点项目 list as the body: a tab-separated 序号/项目名称/建设内容/总投资（亿元）/建设年限/责任单位 table, continued after "（续表）" with its header repeated; 责任单位 cells with the lead marked （牵头）',
    meta: { title: '东坪区城市更新三年行动方案（2025—2027年）', district: '东坪区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|重点项目
  task 1|滨江老厂区更新项目
  task 2|城南片区棚户区改造
  task 3|老旧小区综合整治
  task 4|城市慢行系统建设
  task 5|地下管网更新改造
part 三、|保障措施
  section (一)|健全推进机制
  section (二)|强化资金保障
  section (三)|优化审批服务
`,
    departments: [
      { heading: '滨江老厂区更新项目', lead: ['区住房城乡建设局'], partners: ['区文化旅游局'] },
      { heading: '城南片区棚户区改造', lead: ['区房管局'], partners: [] },
      { heading: '城市慢行系统建设', lead: ['区城管局'], partners: ['区交通运输局'] },
      { heading: '地下管网更新改造', lead: ['区水务局'] },
    ],
    indicators: [
      { heading: '滨江老厂区更新项目', name: '总投资', value: 18.5, unit: '亿元' },
      { heading: '地下管网更新改造', name: '总投资', value: 9.4, unit: '亿元' },
      { heading: '主要目标', name: '老旧小区', value: 45, unit: '个' },
      // the 建设内容 cell "整治老旧小区45个，加装电梯120部": a quantity target (verb + object + number + measure word)
      { heading: '老旧小区综合整治', name: '老旧小区', value: 45, unit: '个' },
    ],
    milestones: [
      { heading: '滨江老厂区更新项目', year: 2025, stage: '启动' },
      { heading: '滨江老厂区更新项目', year: 2027, stage: '完成' },
      { heading: '地下管网更新改造', year: 2026, stage: '启动' },
      { heading: '地下管网更新改造', year: 2027, stage: '完成' },
    ],
    present: ['（续表）', '各责任单位要按照项目清单明确的建设内容和年限'],
  },
];

// Batch 12: styles read in public plans of other cities (实施意见 with a 主要指标 table of 基期值/目标值/属性 columns,
// 攻坚行动 with "（责任单位：A牵头，B配合）" and a 任务清单 annex, tasks 1. under 一、 with 目标：/具体措施：/牵头单位： lines
// and 专栏 boxes of —— lines). Written by reading the documents.
const BATCH12: CorpusDoc[] = [
  {
    file: '59-shishi-yijian-indicator-table.txt',
    formats: ['pdf'],
    style: '实施意见 issued by the government itself (主送, signature, 施行 date): 主要目标 as a numbered list of targets, then a tab-separated 主要指标 table (序号/指标名称/单位/2024年基期值/2027年目标值/属性 约束性·预期性) with no 所属任务 column; tasks (一) closing with （责任单位：A，配合单位：B、C）',
    meta: { title: '云溪区人民政府关于推进美丽城区建设的实施意见', district: '云溪区', city: null, issuer: '云溪区人民政府', issuedOn: '2025-04-10', addressees: ['各街道办事处', '镇人民政府', '区政府各部门', '各直属机构'] },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
    item 1.|城市生活垃圾回收利用率达到45%以上
    item 2.|建成区绿化覆盖率达到43%
    item 3.|城市污水集中收集率达到80%
    item 4.|新建城市绿道50公里
part 二、|重点任务
  task (一)|深化生活垃圾分类
  task (二)|提升城区绿化品质
  task (三)|补齐污水收集短板
  task (四)|建设城市绿道网络
  task (五)|推进城区环境精细化管理
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '深化生活垃圾分类', lead: ['区城管局'], partners: ['区商务局', '各街道', '各镇'] },
      { heading: '补齐污水收集短板', lead: ['区水务局'], partners: ['区住房城乡建设局', '区生态环境分局'] },
      { heading: '建设城市绿道网络', lead: ['区自然资源局'], partners: ['区园林绿化中心', '区文化旅游局'] },
    ],
    indicators: [
      // the table's target column (2027年目标值), not its 基期值; a row the text does not state
      { heading: '主要目标', name: '地表水国控断面优良水体比例', value: 90, unit: '%' },
      { heading: '主要目标', name: '新增公园绿地面积', value: 60, unit: '公顷' },
      { heading: '主要目标', name: '城市生活垃圾回收利用率', value: 45, unit: '%' },
      { heading: '深化生活垃圾分类', name: '再生资源回收站点', value: 120, unit: '个' },
      { heading: '补齐污水收集短板', name: '污水管网', value: 120, unit: '公里' },
      { heading: '推进城区环境精细化管理', name: '机械化清扫率', value: 95, unit: '%' },
    ],
    milestones: [
      // one deadline in a sentence: "2025年底前完成老旧管网排查", "2026年底前建成滨溪绿道主线"
      { heading: '补齐污水收集短板', year: 2025, stage: '完成' },
      { heading: '建设城市绿道网络', year: 2026, stage: '完成' },
    ],
    absent: ['2025年4月10日'],
    present: ['美丽城区建设主要指标如下', '本意见自2025年5月1日起施行'],
  },
  {
    file: '60-gongjian-resp-lead-partner-qingdan.txt',
    style: '攻坚行动方案: tasks 1. numbered afresh under (一)…攻坚 groups, each closing with "（责任单位：A牵头，B、C配合）" (the label and a roles list in one bracket); 攻坚步骤 stages with dates in their headings; a 任务清单 annex written as tab-separated text (序号/任务/具体内容/责任单位/完成时限) whose 责任单位 cells are roles lists',
    meta: { title: '南湖区优化营商环境攻坚行动方案（2025—2026年）', district: '南湖区', city: null, period: { start: 2025, end: 2026 } },
    outline: `
part 一、|攻坚目标
part 二、|攻坚任务
  section (一)|政务服务提速攻坚
    task 1.|推行“高效办成一件事”
    task 2.|压缩企业开办时间
  section (二)|要素保障攻坚
    task 1.|深化“标准地”出让
    task 2.|降低企业用能成本
  section (三)|监管执法优化攻坚
    task 1.|推行“综合查一次”
    task 2.|建立企业诉求闭环机制
part 三、|攻坚步骤
  section (一)|动员部署阶段（2025年3月—4月）
  section (二)|集中攻坚阶段（2025年5月—2026年10月）
  section (三)|总结提升阶段（2026年11月—12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
appendix 附件|南湖区优化营商环境攻坚行动任务清单
`,
    departments: [
      { heading: '推行“高效办成一件事”', lead: ['区政务服务中心'], partners: ['区有关部门'] },
      { heading: '压缩企业开办时间', lead: ['区市场监管局'], partners: ['区税务局', '区人社局'] },
      { heading: '降低企业用能成本', lead: ['区发展改革委'], partners: ['区供电公司', '区水务集团'] },
      { heading: '推行“综合查一次”', lead: ['区司法局'], partners: ['区级各行政执法部门'] },
      { heading: '建立企业诉求闭环机制', lead: ['区营商办'], partners: ['各街镇'] },
    ],
    indicators: [
      { heading: '攻坚目标', name: '网上可办率', value: 98, unit: '%' },
      { heading: '攻坚目标', name: '市场主体', value: 8000, unit: '户' },
      { heading: '推行“高效办成一件事”', name: '集成服务场景', value: 20, unit: '个' },
      { heading: '深化“标准地”出让', name: '标准地', value: 500, unit: '亩' },
      { heading: '降低企业用能成本', name: '用电报装容量', value: 200, unit: '千瓦' },
    ],
    milestones: [
      // the 完成时限 column of the 清单
      { heading: '推行“高效办成一件事”', year: 2025, stage: '完成' },
      { heading: '降低企业用能成本', year: 2026, stage: '完成' },
      { heading: '建立企业诉求闭环机制', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '61-tasks-measures-zhuanlan-dashes.txt',
    style: '县 行动计划: tasks 1. directly under 一、, each with 目标： / 具体措施： lines ((1)(2) on lines of their own, or run in on one line), then a 牵头单位： line and a 配合单位： line after the points; 专栏 boxes of —— lines after a part\'s last task; a county name before 城乡 (石桥县城乡…)',
    meta: { title: '石桥县城乡融合发展三年行动计划（2025—2027年）', district: '石桥县', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|推进城乡基础设施一体化
  task 1.|建设城乡供水一体化工程
    item (1)|实施县城水厂扩建工程
    item (2)|推进城乡供水管网互联互通
    item (3)|建立城乡统一的供水运营管理体制
  task 2.|完善城乡交通网络
  box 专栏1|城乡基础设施重点工程
    item ——|县城水厂扩建工程
    item ——|农村公路提档升级工程
    item ——|城乡物流服务体系工程
part 二、|推进城乡公共服务均等化
  task 1.|促进城乡教育资源均衡配置
    item (1)|实施乡村学校改薄工程
    item (2)|推行县域教师
  task 2.|提升基层医疗卫生服务能力
    item (1)|建设县域医共体
    item (2)|实施村卫生室标准化建设
  box 专栏2|城乡公共服务重点项目
    item ——|县第三中学新建工程
    item ——|县人民医院医技楼工程
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
  section (三)|严格督促检查
`,
    departments: [
      { heading: '建设城乡供水一体化工程', lead: ['县水利局'], partners: ['县发展改革局', '县财政局', '各乡镇'] },
      { heading: '完善城乡交通网络', lead: ['县交通运输局'], partners: ['县商务局', '县邮政分公司', '各乡镇'] },
      { heading: '促进城乡教育资源均衡配置', lead: ['县教育局'], partners: ['县财政局', '县人社局'] },
      { heading: '提升基层医疗卫生服务能力', lead: ['县卫生健康局'], partners: ['县医保局', '各乡镇'] },
    ],
    indicators: [
      { heading: '建设城乡供水一体化工程', name: '农村自来水普及率', value: 99, unit: '%' },
      { heading: '建设城乡供水一体化工程', name: '供水管网', value: 180, unit: '公里' },
      { heading: '完善城乡交通网络', name: '农村公路', value: 300, unit: '公里' },
      { heading: '完善城乡交通网络', name: '城乡公交线路', value: 12, unit: '条' },
      { heading: '城乡基础设施重点工程', name: '村级物流服务点', value: 260, unit: '个' },
      { heading: '促进城乡教育资源均衡配置', name: '交流轮岗教师', value: 200, unit: '名' },
      { heading: '提升基层医疗卫生服务能力', name: '标准化村卫生室占比', value: 100, unit: '%' },
    ],
    present: ['具体措施：（1）实施农村公路提档升级工程；（2）推进城乡公交一体化', '牵头单位：县水利局'],
  },
  {
    file: '62-pdf-unwrapped-page-breaks.txt',
    style: 'text taken from a PDF without hard wrapping (one line a paragraph): a notice with 文号, page numbers "— 2 —" and the running header between the halves of a paragraph (one cut between "助餐点" and "40个"), 牵头单位：…；配合单位：… lines',
    meta: { title: '青川区养老服务体系建设三年行动方案（2025—2027年）', district: '青川区', city: null, period: { start: 2025, end: 2027 }, docNumber: '青府办发〔2025〕12号', issuer: '青川区人民政府办公室', issuedOn: '2025-02-20' },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task (一)|完善社区养老服务网络
  task (二)|推进医养康养融合发展
  task (三)|加强养老服务人才队伍建设
  task (四)|发展智慧养老服务
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大资金投入
`,
    departments: [
      { heading: '完善社区养老服务网络', lead: ['区民政局'], partners: ['区财政局', '区自然资源局', '各街道'] },
      { heading: '加强养老服务人才队伍建设', lead: ['区人力资源社会保障局'], partners: ['区民政局', '区财政局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '护理型床位占比', value: 65, unit: '%' },
      { heading: '主要目标', name: '养老护理员', value: 1500, unit: '人次' },
      { heading: '完善社区养老服务网络', name: '社区老年助餐点', value: 40, unit: '个' },
      { heading: '发展智慧养老服务', name: '智能安全监护设备', value: 3000, unit: '户' },
    ],
    milestones: [
      { heading: '发展智慧养老服务', year: 2026, stage: '完成' },
    ],
    absent: ['— 2 —', '— 3 —', '— 4 —'],
    present: ['新建社区老年助餐点40个，打造15分钟养老服务圈', '落实入职奖励政策，稳定养老服务人才队伍'],
  },
];

/**
 * Batch 13: styles read in public plans of other cities (a 工作方案 written in articles without chapters, sentences
 * in which a unit works 会同 others, …). Written by reading each document.
 */
const BATCH13: CorpusDoc[] = [
  {
    file: '63-fangan-articles-joint-work.txt',
    style: '工作方案 written in articles without chapters (第一条 … 第十五条, a 工作方案 title, not a 办法): the articles are its points at the top level, those with departments its tasks; （一） clauses inside one with "（责任单位：A、B，各街道配合）" after them; departments said by sentences "A要会同B、C做好…", "由A会同B…", "A牵头，会同B…", "A联合B…", "A商B…"; a notice whose title is broken over two lines',
    meta: { title: '柳溪区老旧小区改造提升工作方案', district: '柳溪区', city: '澄江市', docNumber: '柳政办发〔2024〕18号', issuer: '澄江市柳溪区人民政府办公室', issuedOn: '2024-04-12' },
    outline: `
item 第一条|为改善老旧小区居住条件
item 第二条|本方案所称老旧小区
item 第三条|改造工作坚持居民自愿、街道主导、部门协同、分类施策的原则
item 第四条|工作目标。2024年至2026年，全区完成老旧小区改造120个
task 第五条|摸清改造底数
task 第六条|改造基础设施
  item （一）|供水管网。更换老旧铸铁管
  item （二）|燃气管网。对使用年限超过20年
  item （三）|雨污管网。结合海绵城市建设
task 第七条|加装电梯
task 第八条|补齐养老托育设施
task 第九条|改善停车条件
task 第十条|提升小区环境
task 第十一条|建立长效管理机制
task 第十二条|多渠道筹措资金
item 第十三条|加强组织领导
item 第十四条|强化督查考核
item 第十五条|本方案自印发之日起施行
`,
    departments: [
      { heading: '摸清改造底数', lead: ['区住房城乡建设局'], partners: ['区财政局', '各街道'] },
      { heading: '改造基础设施', lead: ['区住房城乡建设局', '区水务局'], partners: ['各街道'] },
      { heading: '加装电梯', lead: ['区住房城乡建设局'], partners: ['区市场监管局', '区自然资源局'] },
      { heading: '补齐养老托育设施', lead: ['区民政局', '区卫生健康委'], partners: [] },
      { heading: '改善停车条件', lead: ['区交通运输局'], partners: ['区公安分局', '各街道'] },
      { heading: '提升小区环境', lead: ['区城管执法局'], partners: ['区消防救援大队'] },
      { heading: '建立长效管理机制', lead: ['区住房城乡建设局'], partners: ['各街道'] },
      { heading: '多渠道筹措资金', lead: ['区财政局'], partners: ['区发展改革委'] },
    ],
    indicators: [
      { heading: '改造基础设施', name: '管网', value: 150, unit: '公里' },
      { heading: '加装电梯', name: '电梯', value: 300, unit: '台' },
      { heading: '补齐养老托育设施', name: '社区养老服务站', value: 15, unit: '个' },
      { heading: '补齐养老托育设施', name: '托育服务点', value: 10, unit: '个' },
      { heading: '改善停车条件', name: '停车泊位', value: 3000, unit: '个' },
      { heading: '提升小区环境', name: '生活垃圾分类覆盖率', value: 100, unit: '%' },
    ],
    milestones: [
      { heading: '摸清改造底数', year: 2024, stage: '完成' },
      { heading: '改善停车条件', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '64-body-table-merged-cells.txt',
    formats: ['pdf'],
    style: '三年行动计划 whose 重点任务 are only a tab-separated table 序号/工作任务/工作措施/责任单位/完成时限 in the text, cut by group rows "（一）提升商业载体能级" standing alone between its rows, with cells merged down (a row whose 序号 and 工作任务 cells are empty — leading tabs — is another measure of the task above, with its own 责任单位 and sometimes an empty 完成时限)',
    meta: { title: '云峰区促进消费扩容提质三年行动计划（2025—2027年）', district: '云峰区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  section （一）|提升商业载体能级
    task 1|改造提升核心商圈
    task 2|打造特色商业街区
  section （二）|培育消费新场景
    task 3|发展夜间经济
    task 4|扩大文旅体育消费
    task 5|发展即时零售
  section （三）|优化消费环境
    task 6|建设放心消费示范单位
    task 7|完善消费维权机制
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
  section （三）|加强督查评估
`,
    departments: [
      // the 责任单位 column names leads; a merged-down row adds the unit of its measure
      { heading: '改造提升核心商圈', lead: ['区商务局', '区交通运输局'], partners: [] },
      { heading: '打造特色商业街区', lead: ['区商务局', '区城管执法局'], partners: [] },
      { heading: '发展夜间经济', lead: ['区商务局', '区文化旅游局', '区公安分局'], partners: [] },
      { heading: '扩大文旅体育消费', lead: ['区文化旅游局', '区体育局'], partners: [] },
      { heading: '完善消费维权机制', lead: ['区市场监管局', '区司法局'], partners: [] },
    ],
    indicators: [
      { heading: '总体目标', name: '社会消费品零售总额', value: 650, unit: '亿元' },
      { heading: '改造提升核心商圈', name: '品牌首店', value: 20, unit: '家' },
      { heading: '改造提升核心商圈', name: '停车泊位', value: 800, unit: '个' },
      { heading: '打造特色商业街区', name: '特色商业街区', value: 5, unit: '条' },
      { heading: '发展夜间经济', name: '夜间经济集聚区', value: 3, unit: '个' },
      { heading: '发展即时零售', name: '前置仓', value: 30, unit: '个' },
      { heading: '建设放心消费示范单位', name: '放心消费示范单位', value: 300, unit: '家' },
      { heading: '完善消费维权机制', name: '消费投诉按时办结率', value: 98, unit: '%' },
    ],
    milestones: [
      { heading: '改造提升核心商圈', year: 2026, stage: '完成' },
      { heading: '改造提升核心商圈', year: 2025, stage: '完成' },
      { heading: '打造特色商业街区', year: 2027, stage: '完成' },
      { heading: '发展夜间经济', year: 2025, stage: '完成' },
      { heading: '完善消费维权机制', year: 2025, stage: '完成' },
    ],
    present: ['完善商圈停车、导视和智慧服务设施，新增停车泊位800个', '加强夜间治安巡逻和交通疏导'],
    absent: ['序号\t工作任务'],
  },
  {
    file: '65-fields-closing-paragraph-project-annex.txt',
    style: '三年行动计划 whose (一) task paragraphs close with unbracketed fields "。责任单位：A，B、C配合；完成时限：2026年12月底。" (a 配合 clause of several units, deadlines without 前, 持续推进 / 每年), and a 附件 重点项目表 (序号/项目名称/建设内容/总投资（亿元）/建设年限/责任单位) whose projects are not the text\'s tasks',
    meta: { title: '望海区医疗卫生服务能力提升三年行动计划（2024—2026年）', district: '望海区', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task （一）|提升区级医院综合能力
  task （二）|建设紧密型医疗集团
  task （三）|夯实基层医疗卫生服务网底
  task （四）|加强公共卫生体系建设
  task （五）|推进中医药传承创新
  task （六）|发展智慧医疗
  task （七）|加强卫生人才队伍建设
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|加大投入保障
  section （三）|强化考核评估
appendix 附件|望海区医疗卫生重点项目表
`,
    departments: [
      // "区卫生健康委，区发展改革委、区财政局配合": both units of the 配合 clause help
      { heading: '提升区级医院综合能力', lead: ['区卫生健康委'], partners: ['区发展改革委', '区财政局'] },
      { heading: '建设紧密型医疗集团', lead: ['区卫生健康委', '区医保局'], partners: [] },
      { heading: '夯实基层医疗卫生服务网底', lead: ['区卫生健康委'], partners: ['各街道(镇)'] },
      { heading: '加强公共卫生体系建设', lead: ['区疾控中心'], partners: [] },
      { heading: '发展智慧医疗', lead: ['区卫生健康委'], partners: ['区数据局'] },
      { heading: '加强卫生人才队伍建设', lead: ['区卫生健康委', '区人力资源社会保障局'], partners: [] },
    ],
    indicators: [
      { heading: '总体目标', name: '执业（助理）医师数', value: 3.6, unit: '人' },
      { heading: '总体目标', name: '医疗机构床位数', value: 6.5, unit: '张' },
      { heading: '总体目标', name: '诊疗量占比', value: 65, unit: '%' },
      { heading: '提升区级医院综合能力', name: '床位', value: 600, unit: '张' },
      { heading: '建设紧密型医疗集团', name: '紧密型城市医疗集团', value: 2, unit: '个' },
      { heading: '夯实基层医疗卫生服务网底', name: '社区卫生服务站', value: 8, unit: '个' },
      { heading: '夯实基层医疗卫生服务网底', name: '村卫生室', value: 40, unit: '个' },
      { heading: '推进中医药传承创新', name: '中医药服务覆盖率', value: 100, unit: '%' },
      { heading: '发展智慧医疗', name: '电子健康档案开放率', value: 90, unit: '%' },
      { heading: '加强卫生人才队伍建设', name: '高层次医学人才', value: 20, unit: '名' },
      { heading: '加强卫生人才队伍建设', name: '全科医生', value: 60, unit: '名' },
    ],
    milestones: [
      { heading: '提升区级医院综合能力', year: 2026, stage: '完成' },
      { heading: '建设紧密型医疗集团', year: 2025, stage: '完成' },
      { heading: '夯实基层医疗卫生服务网底', year: 2026, stage: '完成' },
      { heading: '加强公共卫生体系建设', year: 2025, stage: '完成' },
      { heading: '发展智慧医疗', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '66-taiwan-vocabulary.txt',
    style: 'a mainland plan copied in Taiwan script and vocabulary (opencc-js cn→twp, as mirror sites publish them): 平臺, 「」 quotes, 最佳化 for 优化, 資料 for 数据 — also in department names (區資料局) —, 網路, 程式, 執行; 【牽頭單位：…；配合單位：…】 brackets; 望府辦發〔2023〕9號',
    meta: { title: '望江區數字政府建設三年行動計劃（2023—2025年）', district: '望江區', city: '臨海市', period: { start: 2023, end: 2025 }, docNumber: '望府辦發〔2023〕9號', issuer: '臨海市望江區人民政府辦公室', issuedOn: '2023-03-20' },
    outline: `
part 一、|總體目標
part 二、|主要任務
  section （一）|最佳化政務服務
    task 1.|推進「一網通辦」
    task 2.|深化「好差評」制度
  section （二）|夯實數字底座
    task 3.|建設政務雲平臺
    task 4.|完善網路基礎設施
    task 5.|強化資料共享
  section （三）|提升治理能力
    task 6.|建設城市執行管理中心
    task 7.|加強網路安全防護
part 三、|保障措施
  section （一）|加強組織領導
  section （二）|強化資金保障
  section （三）|加強人才支撐
`,
    departments: [
      { heading: '推進「一網通辦」', lead: ['區政務服務中心'], partners: ['區資料局', '區級各部門'] },
      { heading: '建設政務雲平臺', lead: ['區資料局'], partners: ['區財政局'] },
      { heading: '完善網路基礎設施', lead: ['區資料局'], partners: ['區工信局', '各街道'] },
      { heading: '建設城市執行管理中心', lead: ['區城運中心'], partners: ['區應急局', '區城管局', '區交通運輸局'] },
      { heading: '加強網路安全防護', lead: ['區委網信辦'], partners: ['區公安分局', '區資料局'] },
    ],
    indicators: [
      { heading: '總體目標', name: '網上可辦率', value: 100, unit: '%' },
      { heading: '總體目標', name: '實際網辦率', value: 85, unit: '%' },
      { heading: '深化「好差評」制度', name: '差評整改率', value: 100, unit: '%' },
      { heading: '建設政務雲平臺', name: '上雲率', value: 90, unit: '%' },
      { heading: '完善網路基礎設施', name: '5G基站', value: 300, unit: '個' },
      { heading: '建設城市執行管理中心', name: '應用場景', value: 20, unit: '個' },
    ],
    milestones: [
      { heading: '建設政務雲平臺', year: 2024, stage: '完成' },
      { heading: '建設城市執行管理中心', year: 2025, stage: '完成' },
    ],
  },
];

/**
 * Batch 14 (67–70): written after reading public plans of other cities (深圳 人工智能 行动方案 with "（责任单位：A、B等）"
 * and "2023年年底前启动建设", 蔡甸区 目标任务责任分解 with 主送 lines, plans with yearly target tables and 【】 titles).
 */
const BATCH14: CorpusDoc[] = [
  {
    file: '67-direct-gongwen-ai-plus-deng.txt',
    style: '实施意见 issued directly as a 公文 (版头 …文件, 文号, title, 主送 line, signature; no 印发 notice): parts 一、 that name work with (一) run-in tasks, no 主要任务 heading; "（责任单位：A、B等）" closing each task; "2025年年底前启动…" deadlines; Latin letters and digits in names (“AI+制造”, 5G-A基站, L4级)',
    formats: ['docx'],
    meta: { title: '临江市鹭洲区人民政府关于加快推进“人工智能+”行动的实施意见', district: '鹭洲区', city: '临江市', docNumber: '鹭府发〔2025〕7号', issuer: '临江市鹭洲区人民政府', issuedOn: '2025-04-15', addressees: ['各街道办事处', '镇人民政府', '区政府各委、办、局', '各有关单位'] },
    outline: `
part 一、|夯实智能算力底座
  task (一)|建设区级智能算力中心
  task (二)|完善5G-A和千兆光网
  task (三)|推动算力普惠共享
part 二、|加快“AI+”场景应用
  task (一)|实施“AI+制造”提升工程
  task (二)|拓展“AI+政务”服务
  task (三)|推进“AI+医疗”“AI+教育”应用
  task (四)|开展L4级自动驾驶测试
part 三、|培育人工智能产业生态
  task (一)|引育人工智能企业
  task (二)|建设人工智能产业园
part 四、|强化保障措施
  section (一)|加强统筹协调
  section (二)|加大政策支持
  section (三)|强化人才支撑
`,
    departments: [
      { heading: '建设区级智能算力中心', lead: ['区发展改革局', '区数据局'] },
      { heading: '完善5G-A和千兆光网', lead: ['区工业和信息化局', '区通信发展办'] },
      { heading: '实施“AI+制造”提升工程', lead: ['区工业和信息化局'] },
      { heading: '开展L4级自动驾驶测试', lead: ['区交通运输局', '区公安分局'] },
      { heading: '建设人工智能产业园', lead: ['区住房城乡建设局', '鹭洲高新区管委会'] },
    ],
    indicators: [
      { heading: '完善5G-A和千兆光网', name: '5G-A基站', value: 500, unit: '个' },
      { heading: '实施“AI+制造”提升工程', name: '智能工厂', value: 20, unit: '家' },
      { heading: '实施“AI+制造”提升工程', name: '数字化车间', value: 50, unit: '个' },
      { heading: '拓展“AI+政务”服务', name: '智能导办覆盖率', value: 90, unit: '%' },
      { heading: '推进“AI+医疗”“AI+教育”应用', name: '智慧课堂示范校', value: 30, unit: '所' },
      { heading: '开展L4级自动驾驶测试', name: '自动驾驶测试道路', value: 100, unit: '公里' },
      { heading: '引育人工智能企业', name: '人工智能企业', value: 100, unit: '家' },
      { heading: '建设人工智能产业园', name: '载体面积', value: 20, unit: '万平方米' },
    ],
    milestones: [
      { heading: '建设区级智能算力中心', year: 2025, stage: '启动' },
      { heading: '建设区级智能算力中心', year: 2026, stage: '完成' },
    ],
    absent: ['临江市鹭洲区人民政府文件', '各街道办事处、镇人民政府'],
  },  {
    file: '68-yearly-targets-table-bracket-titles.txt',
    style: '三年行动计划: 主要目标 as one "到2025年，…" line per year, then a tab-separated table of yearly targets without 序号 (指标名称/单位/2025年/2026年/2027年); tasks under 二、重点任务 as 【】 titles opening their paragraphs (no numbers), 牵头单位：…；配合单位：… closing each',
    formats: ['docx'],
    meta: { title: '青禾区全民健身提升三年行动计划（2025—2027年）', district: '青禾区', city: null, period: { start: 2025, end: 2027 }, issuer: '青禾区人民政府办公室', issuedOn: '2025-03-28' },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task |完善健身设施网络
  task |推动场馆开放共享
  task |丰富全民健身赛事
  task |加强科学健身指导
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化经费保障
  section (三)|加强督查评估
`,
    departments: [
      { heading: '完善健身设施网络', lead: ['区体育局'], partners: ['区规划资源局', '区绿化市容局', '各街道'] },
      { heading: '推动场馆开放共享', lead: ['区体育局'], partners: ['区教育局', '区数据局'] },
      { heading: '丰富全民健身赛事', lead: ['区体育局'], partners: ['区总工会', '团区委', '各街道'] },
      { heading: '加强科学健身指导', lead: ['区卫生健康委'], partners: ['区体育局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '人均体育场地面积', value: 2.8, unit: '平方米' },
      { heading: '主要目标', name: '人均体育场地面积', value: 3.2, unit: '平方米' },
      { heading: '主要目标', name: '经常参加体育锻炼人数比例', value: 46, unit: '%' },
      { heading: '主要目标', name: '国民体质监测合格率', value: 93, unit: '%' },
      { heading: '主要目标', name: '社会体育指导员', value: 3, unit: '名' },
      { heading: '完善健身设施网络', name: '体育公园', value: 3, unit: '个' },
      { heading: '完善健身设施网络', name: '健身驿站', value: 12, unit: '处' },
      { heading: '推动场馆开放共享', name: '学校体育场地开放率', value: 80, unit: '%' },
      { heading: '丰富全民健身赛事', name: '赛事活动', value: 100, unit: '场' },
      { heading: '加强科学健身指导', name: '体医融合服务点', value: 15, unit: '个' },
      { heading: '加强科学健身指导', name: '社会体育指导员', value: 600, unit: '名' },
    ],
    milestones: [
      { heading: '推动场馆开放共享', year: 2026, stage: '完成' },
    ],
  },  {
    file: '69-annex-division-keyed-by-number.txt',
    // (also as a LibreOffice PDF since session 31: its tab-separated table has a row where a cell ends on a tab stop)
    formats: ['pdf'],
    style: '三年行动方案 whose text names no departments: tasks 1.–8. numbered on through （一）（二）（三） groups, departments and deadlines only in a closing 附件 重点任务分工表 (序号/工作任务/牵头单位/配合单位/完成时限, tab-separated) whose 工作任务 cells name the tasks in shorter words of their own (装配式建造 for 推广绿色建造方式), keyed by the 序号; 完成时限 as "2025年12月" or 持续推进',
    meta: { title: '临江市澄湖区建筑垃圾治理三年行动方案（2025—2027年）', district: '澄湖区', city: '临江市', period: { start: 2025, end: 2027 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|推进源头减量
    task 1.|推行工程渣土分类管理
    task 2.|推广绿色建造方式
    task 3.|规范装修垃圾收运
  section (二)|规范运输处置
    task 4.|强化运输车辆监管
    task 5.|建设消纳处置场所
    task 6.|严厉打击偷倒乱倒
  section (三)|提升资源化利用
    task 7.|建设资源化利用项目
    task 8.|推广再生产品应用
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
appendix 附件|澄湖区建筑垃圾治理重点任务分工表
`,
    departments: [
      { heading: '推行工程渣土分类管理', lead: ['区城管局'], partners: ['区住房城乡建设委'] },
      { heading: '推广绿色建造方式', lead: ['区住房城乡建设委'], partners: ['区发展改革委'] },
      { heading: '规范装修垃圾收运', lead: ['区城管局'], partners: ['各街道'] },
      { heading: '强化运输车辆监管', lead: ['区交通运输局'], partners: ['区公安分局', '区城管局'] },
      { heading: '严厉打击偷倒乱倒', lead: ['区城管执法局'], partners: ['区公安分局', '各街道'] },
      { heading: '推广再生产品应用', lead: ['区住房城乡建设委'], partners: ['区交通运输局', '区绿化市容局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '建筑垃圾资源化利用率', value: 60, unit: '%' },
      { heading: '推广绿色建造方式', name: '装配式建筑占比', value: 50, unit: '%' },
      { heading: '规范装修垃圾收运', name: '装修垃圾临时堆放点', value: 120, unit: '个' },
      { heading: '建设消纳处置场所', name: '建筑垃圾消纳场', value: 2, unit: '处' },
      { heading: '建设资源化利用项目', name: '年处理能力', value: 100, unit: '万吨' },
      { heading: '推广再生产品应用', name: '再生产品使用比例', value: 20, unit: '%' },
    ],
    milestones: [
      { heading: '推行工程渣土分类管理', year: 2025 },
      { heading: '推广绿色建造方式', year: 2027 },
      { heading: '规范装修垃圾收运', year: 2025, stage: '完成' },
      { heading: '建设消纳处置场所', year: 2026, stage: '完成' },
      { heading: '建设资源化利用项目', year: 2027 },
    ],
  },  {
    file: '70-chapters-points-yishi-fields.txt',
    style: '县 工作方案 in chapters without sections: 第X章 then points 1、2、 numbered on through the chapters that name work (no 主要任务 heading), each point a paragraph of 一是…二是…三是… followed by 责任单位： and 完成时限： lines; 保障措施 points 1、 afresh; “低空+文旅”, 5G-A in headings and targets',
    formats: ['docx'],
    meta: { title: '石岭县低空经济发展工作方案（2025—2027年）', district: '石岭县', city: null, period: { start: 2025, end: 2027 }, issuer: '石岭县人民政府办公室', issuedOn: '2025-05-08' },
    outline: `
part 第一章|总体要求
part 第二章|夯实低空基础设施
  task 1、|建设低空起降设施
  task 2、|构建低空智联网络
part 第三章|拓展低空应用场景
  task 3、|发展“低空+文旅”
  task 4、|推广“低空+农业”
  task 5、|拓展“低空+应急”
part 第四章|保障措施
  item 1、|加强组织领导
  item 2、|强化政策支持
  item 3、|守牢安全底线
`,
    departments: [
      { heading: '建设低空起降设施', lead: ['县发展改革局', '县交通运输局'] },
      { heading: '构建低空智联网络', lead: ['县数据局', '县工业和信息化局'] },
      { heading: '发展“低空+文旅”', lead: ['县文化旅游局'] },
      { heading: '推广“低空+农业”', lead: ['县农业农村局', '县林业局'] },
      { heading: '拓展“低空+应急”', lead: ['县应急管理局', '县消防救援大队'] },
    ],
    indicators: [
      { heading: '总体要求', name: '低空经济相关企业', value: 30, unit: '家' },
      { heading: '总体要求', name: '低空航线', value: 20, unit: '条' },
      { heading: '建设低空起降设施', name: '无人机起降点', value: 50, unit: '个' },
      { heading: '构建低空智联网络', name: '基站', value: 80, unit: '个' },
      { heading: '发展“低空+文旅”', name: '低空旅游精品线路', value: 5, unit: '条' },
      { heading: '推广“低空+农业”', name: '植保飞防面积', value: 30, unit: '万亩' },
      { heading: '拓展“低空+应急”', name: '无人机应急救援队伍', value: 3, unit: '支' },
    ],
    milestones: [
      { heading: '建设低空起降设施', year: 2026, stage: '完成' },
      { heading: '构建低空智联网络', year: 2025, stage: '完成' },
      { heading: '推广“低空+农业”', year: 2027, stage: '完成' },
      { heading: '拓展“低空+应急”', year: 2026, stage: '完成' },
    ],
  },  {
    file: '71-body-table-no-xuhao.txt',
    style: '年度 工作方案 whose 重点任务 are a tab-separated table in the body with no 序号 column (重点任务/主要内容/牵头单位/配合单位/完成时限): the rows are the tasks, unnumbered; a rhythm (每日机扫2遍) beside targets',
    formats: ['docx', 'pdf'],
    meta: { title: '临江市松屿区2025年城市精细化管理工作方案', district: '松屿区', city: '临江市', issuer: '临江市松屿区人民政府办公室', issuedOn: '2025-02-20' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task |提升道路保洁质量
  task |整治违法建设
  task |规范户外广告招牌
  task |建设智慧城管平台
  task |创建示范街区
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化考核问效
`,
    departments: [
      { heading: '提升道路保洁质量', lead: ['区城管局'], partners: ['各街道'] },
      { heading: '整治违法建设', lead: ['区城管执法局'], partners: ['区规划资源局', '各街道'] },
      { heading: '建设智慧城管平台', lead: ['区数据局'], partners: ['区城管局'] },
      { heading: '创建示范街区', lead: ['各街道'], partners: ['区城管局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '机扫率', value: 100, unit: '%' },
      { heading: '工作目标', name: '按期处置率', value: 98, unit: '%' },
      { heading: '整治违法建设', name: '违法建设', value: 5, unit: '万平方米' },
      { heading: '建设智慧城管平台', name: '问题自动发现率', value: 60, unit: '%' },
      { heading: '创建示范街区', name: '示范街区', value: 10, unit: '个' },
    ],
    milestones: [
      { heading: '提升道路保洁质量', year: 2025, stage: '完成' },
      { heading: '创建示范街区', year: 2025, stage: '完成' },
    ],
    absent: ['主要内容'],
  },
];

/** Batch 15: a blind batch written after reading public plans of provinces the corpus had not drawn on (see
 *  docs/importer-corpus.md). Every value was written by reading the document. */
const BATCH15: CorpusDoc[] = [
  {
    file: '72-pian-zhang-jie-guihua.txt',
    formats: ['docx'],
    style: '县 十四五 纲要 in 篇/章/节: 第一篇 over 第一章 over 第一节 over 一、X。 run-in work items; headings of two phrases split by a space; a 篇 heading broken over two lines; 专栏N with 1. projects; a chapter without sections',
    meta: { title: '澜川市柏溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', district: '柏溪县', city: '澜川市', period: { start: 2021, end: 2025 } },
    outline: `
part 第一篇|立足新起点 开启现代化建设新征程
  section 第一章|发展基础
  section 第二章|指导思想和发展目标
    section 第一节|指导思想
    section 第二节|主要目标
part 第二篇|坚持工业强县 构建现代产业体系和现代化经济体系
  section 第三章|做强特色制造业
    section 第一节|以园区为载体 壮大主导产业
      task 一、|提升柏溪工业园区承载能力
      task 二、|培育竹木精深加工产业集群
      box 专栏1|制造业重点项目
        item 1.|柏溪工业园区标准厂房三期项目
        item 2.|竹基新材料产业园项目
    section 第二节|以创新为动力 推动企业转型
      task 一、|实施企业技术改造
      task 二、|培育专精特新企业
  section 第四章|发展现代服务业
    section 第一节|以全域旅游为引领 繁荣文旅产业
      task 一、|打造溪谷生态旅游带
      task 二、|发展乡村民宿
part 第三篇|推进城乡融合 建设美丽宜居柏溪
  section 第五章|提升县城综合承载能力
    section 第一节|以更新为抓手 完善城市功能
      task 一、|推进老旧小区改造
      task 二、|完善县城路网
      box 专栏2|城乡建设重点工程
        item 1.|县城老旧小区改造工程
        item 2.|城北污水处理厂扩建工程
part 第四篇|强化规划实施保障
  section 第六章|健全规划实施机制
    section 第一节|加强规划衔接
    section 第二节|强化监测评估
`,
    indicators: [
      { heading: '主要目标', name: '城镇化率', value: 55, unit: '%' },
      { heading: '培育专精特新企业', name: '专精特新中小企业', value: 15, unit: '家' },
      { heading: '推进老旧小区改造', name: '老旧小区', value: 48, unit: '个' },
      { heading: '发展乡村民宿', name: '精品民宿', value: 200, unit: '家' },
    ],
  },
  {
    file: '73-fengong-yijian-fenguan-lingdao.txt',
    style: '政府工作报告 分工意见 issued directly (文号, 主送, signature, 此件公开发布): (一) points under 一、 groups, each closing with "（分管副区长负责，A牵头，B、C配合）" — the leader who answers for it (a post, not a department) before the lead; 总体要求/主要预期目标 carry departments too',
    meta: {
      title: '澜川市溪南区人民政府关于落实《政府工作报告》重点工作部门分工的意见', district: '溪南区', city: '澜川市',
      docNumber: '溪南政发〔2025〕3号', issuer: '澜川市溪南区人民政府', issuedOn: '2025-02-10',
      addressees: ['各镇人民政府', '街道办事处', '区政府各部门', '各直属机构'],
    },
    outline: `
part 一、|落实2025年经济社会发展主要预期目标
  task (一)|总体要求
  task (二)|主要预期目标
part 二、|坚持项目为王，扩大有效投资
  task (一)|狠抓重大项目建设
  task (二)|加大招商引资力度
  task (三)|优化项目要素保障
part 三、|推动产业升级，壮大实体经济
  task (一)|培育先进制造业集群
  task (二)|提振消费市场
part 四、|着力保障和改善民生
  task (一)|扩大优质教育供给
  task (二)|健全养老服务体系
part 五、|工作要求
  section (一)|强化责任落实
  section (二)|加强督查考核
`,
    departments: [
      { heading: '总体要求', lead: ['区政府办公室'], partners: ['区政府各部门'] },
      { heading: '主要预期目标', lead: ['区发展改革局'], partners: ['区财政局', '区统计局', '区人力资源社会保障局'] },
      { heading: '狠抓重大项目建设', lead: ['区发展改革局'], partners: ['区自然资源局', '区住房城乡建设局'] },
      { heading: '加大招商引资力度', lead: ['区投资促进局'], partners: ['区商务局', '各镇街'] },
      { heading: '优化项目要素保障', lead: ['区自然资源局', '区财政局'], partners: ['区发展改革局'] },
      { heading: '提振消费市场', lead: ['区商务局'], partners: ['区文化旅游局', '各街道办事处'] },
      { heading: '健全养老服务体系', lead: ['区民政局'], partners: ['区卫生健康局', '各镇街'] },
    ],
    indicators: [
      { heading: '主要预期目标', name: '城镇新增就业', value: 8000, unit: '人' },
      { heading: '狠抓重大项目建设', name: '区级重点项目', value: 120, unit: '个' },
      { heading: '扩大优质教育供给', name: '学位', value: 6000, unit: '个' },
      { heading: '健全养老服务体系', name: '养老床位', value: 500, unit: '张' },
    ],
  },
  {
    file: '74-mubiao-guanli-shared-resp.txt',
    formats: ['docx'],
    style: '年度目标管理工作方案: targets 1.–6. as "X增长N%；" lines under (一) groups, their department given after them for several at once ("以上3项目标的责任单位均为A。") or for one ("该项目标的责任单位为A。")',
    meta: { title: '溪南区2025年度政府目标管理工作方案', district: '溪南区', city: null },
    outline: `
part 一、|目标体系设置
  section (一)|经济发展目标
    task 1.|地区生产总值增长6%左右
    task 2.|固定资产投资增长7%
    task 3.|规模以上工业增加值增长8%
    task 4.|一般公共预算收入增长5%
    task 5.|社会消费品零售总额增长7%
    task 6.|实际使用外资达到1.2亿美元
  section (二)|民生实事目标
    task 1.|新增城镇就业8000人
    task 2.|新增公办学位6000个
    task 3.|改造老旧小区30个
    task 4.|新建改建城市道路12公里
part 二、|目标考核办法
  section (一)|实行分类考核
  section (二)|强化结果运用
part 三、|工作要求
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革局'] },
      { heading: '固定资产投资增长7%', lead: ['区发展改革局'] },
      { heading: '规模以上工业增加值增长8%', lead: ['区发展改革局'] },
      { heading: '一般公共预算收入增长5%', lead: ['区财政局'] },
      { heading: '社会消费品零售总额增长7%', lead: ['区商务局'] },
      { heading: '实际使用外资达到1.2亿美元', lead: ['区商务局'] },
      { heading: '新增城镇就业8000人', lead: ['区人力资源社会保障局'] },
      { heading: '新增公办学位6000个', lead: ['区教育局'] },
      { heading: '改造老旧小区30个', lead: ['区住房城乡建设局'] },
      { heading: '新建改建城市道路12公里', lead: ['区住房城乡建设局'] },
    ],
    indicators: [
      { heading: '新增城镇就业8000人', name: '城镇就业', value: 8000, unit: '人' },
      { heading: '改造老旧小区30个', name: '老旧小区', value: 30, unit: '个' },
    ],
  },
  {
    file: '75-yearly-runin-milestones.txt',
    formats: ['docx'],
    style: '县 三年行动方案: (一) run-in tasks whose yearly steps run in one sentence ("2024年，…；2025年，…；2026年，全面完成…。"), 牵头单位：/配合单位： lines after each task; 实施步骤 stages dated in their headings',
    meta: { title: '柏溪县农村供水保障三年行动方案（2024—2026年）', district: '柏溪县', city: null, period: { start: 2024, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task (一)|实施规模化供水工程
  task (二)|推进小型供水工程标准化改造
  task (三)|加强水源地保护
  task (四)|健全运行管护机制
part 三、|实施步骤
  section (一)|启动实施阶段（2024年3月—12月）
  section (二)|全面推进阶段（2025年1月—12月）
  section (三)|巩固提升阶段（2026年1月—12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '实施规模化供水工程', lead: ['县水利局'], partners: ['县发展改革局', '县财政局', '各乡镇人民政府'] },
      { heading: '推进小型供水工程标准化改造', lead: ['县水利局'], partners: ['县卫生健康局', '各乡镇人民政府'] },
      { heading: '加强水源地保护', lead: ['县生态环境局'], partners: ['县水利局', '县自然资源局'] },
      { heading: '健全运行管护机制', lead: ['县水利局'], partners: ['县发展改革局', '县市场监管局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '农村自来水普及率', value: 95, unit: '%' },
      { heading: '总体目标', name: '水质达标率', value: 92, unit: '%' },
      { heading: '实施规模化供水工程', name: '日供水能力', value: 2, unit: '万吨', year: 2025 },
      // "2024年，改造小型供水工程40处；2025年，改造60处；…": the second step names only its verb and has its own year
      { heading: '推进小型供水工程标准化改造', name: '改造小型供水工程', value: 40, unit: '处', year: 2024 },
      { heading: '推进小型供水工程标准化改造', name: '改造小型供水工程', value: 60, unit: '处', year: 2025 },
    ],
    milestones: [
      { heading: '实施规模化供水工程', year: 2024 },
      { heading: '实施规模化供水工程', year: 2025 },
      { heading: '实施规模化供水工程', year: 2026, stage: '完成' },
      { heading: '推进小型供水工程标准化改造', year: 2024 },
      { heading: '推进小型供水工程标准化改造', year: 2025 },
      { heading: '推进小型供水工程标准化改造', year: 2026, stage: '完成' },
      { heading: '加强水源地保护', year: 2024, stage: '完成' },
      { heading: '健全运行管护机制', year: 2024 },
      { heading: '健全运行管护机制', year: 2025 },
      { heading: '健全运行管护机制', year: 2026 },
    ],
  },
  {
    file: '76-yaodian-quarter-deadlines.txt',
    formats: ['docx'],
    style: '县 年度工作要点: points 1.–7. numbered through 一、 groups, each closing with one bracket "（牵头单位：A；配合单位：B、C；完成时限：…）" whose deadline has no year (6月底前, 第三季度, 第四季度) — the year is the plan\'s own — or is 全年持续推进 / 长期坚持; a bank branch as a partner',
    meta: { title: '柏溪县2025年优化营商环境工作要点', district: '柏溪县', city: null },
    outline: `
part 一、|提升政务服务效能
  task 1.|深化“高效办成一件事”
  task 2.|推行涉企证照电子化应用
  task 3.|规范中介服务
part 二、|优化要素保障
  task 4.|降低用地成本
  task 5.|强化融资服务
part 三、|加强法治保障
  task 6.|规范涉企行政检查
  task 7.|健全企业诉求闭环办理机制
part 四、|工作要求
`,
    departments: [
      { heading: '深化“高效办成一件事”', lead: ['县行政审批局'], partners: ['县数据局', '县市场监管局'] },
      { heading: '推行涉企证照电子化应用', lead: ['县市场监管局'], partners: ['县数据局'] },
      { heading: '规范中介服务', lead: ['县行政审批局'] },
      { heading: '降低用地成本', lead: ['县自然资源局'], partners: ['县发展改革局', '县经济开发区管委会'] },
      { heading: '强化融资服务', lead: ['县财政局'], partners: ['人民银行柏溪县支行', '县金融服务中心'] },
      { heading: '规范涉企行政检查', lead: ['县司法局'], partners: ['县级各行政执法部门'] },
      { heading: '健全企业诉求闭环办理机制', lead: ['县政务服务中心'], partners: ['县级各有关部门'] },
    ],
    indicators: [
      { heading: '规范中介服务', name: '入驻机构', value: 150, unit: '家' },
      { heading: '强化融资服务', name: '普惠小微贷款', value: 15, unit: '亿元' },
      { heading: '健全企业诉求闭环办理机制', name: '按时办结率', value: 98, unit: '%' },
    ],
    milestones: [
      { heading: '深化“高效办成一件事”', year: 2025, stage: '完成' },
      { heading: '推行涉企证照电子化应用', year: 2025, stage: '完成' },
      { heading: '规范中介服务', year: 2025, stage: '完成' },
      { heading: '降低用地成本', year: 2025, stage: '完成' },
      { heading: '规范涉企行政检查', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '77-resp-township-parens.txt',
    formats: ['docx'],
    style: '县 实施方案 with a notice: (一) run-in tasks with 责任单位： lines marking the lead "（牵头）" after its name and 各乡镇（街道） — brackets inside a unit\'s name — and 完成时限： lines; 省级卫生乡镇（街道） inside a target',
    meta: {
      title: '北坪县城乡环境卫生整洁行动实施方案', district: '北坪县', city: null, docNumber: '北坪政办发〔2024〕15号',
      issuer: '北坪县人民政府办公室', issuedOn: '2024-03-20',
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|整治城乡结合部环境
  task (二)|提升农贸市场卫生水平
  task (三)|推进农村改厕
  task (四)|开展病媒生物防制
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
`,
    departments: [
      { heading: '整治城乡结合部环境', lead: ['县城市管理局'], partners: ['县住房城乡建设局', '各乡镇（街道）'] },
      { heading: '提升农贸市场卫生水平', lead: ['县市场监管局'], partners: ['县商务局', '县卫生健康局'] },
      { heading: '推进农村改厕', lead: ['县农业农村局'], partners: ['县卫生健康局', '各乡镇（街道）'] },
      { heading: '开展病媒生物防制', lead: ['县卫生健康局'], partners: ['县爱卫会各成员单位'] },
    ],
    indicators: [
      { heading: '工作目标', name: '农村卫生厕所普及率', value: 90, unit: '%' },
      { heading: '工作目标', name: '省级卫生乡镇', value: 6, unit: '个' },
      { heading: '推进农村改厕', name: '农村卫生户厕', value: 3000, unit: '户' },
    ],
    milestones: [
      { heading: '整治城乡结合部环境', year: 2024, stage: '完成' },
      { heading: '提升农贸市场卫生水平', year: 2025, stage: '完成' },
      { heading: '推进农村改厕', year: 2025, stage: '完成' },
    ],
  },
];

/** After batch 15 (78–80): styles read in public plans (实施方案 with a numbered list inside each part's paragraph,
 *  数字经济 plans with "1+N" / "X+Y" names and 5G totals, 附表 of yearly targets by 街道). */
const BATCH16: CorpusDoc[] = [
  {
    file: '78-runin-numbered-list-per-part.txt',
    formats: ['docx'],
    style: '实施方案: (一) run-in tasks whose paragraph holds the work as a numbered list "1.…；2.…；3.…。" (kept in the body, as 一是… is), one closing "（牵头单位：A；配合单位：B、C）"',
    meta: { title: '青川区推进城市更新行动实施方案', district: '青川区', city: null },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|实施老旧小区改造
  task (二)|推进街区功能提升
  task (三)|完善公园绿地体系
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
`,
    departments: [
      { heading: '实施老旧小区改造', lead: ['区住房城乡建设局'], partners: ['区民政局', '各街道'] },
      { heading: '推进街区功能提升', lead: ['区商务局'], partners: ['区城管局', '各街道'] },
      { heading: '完善公园绿地体系', lead: ['区城管局'], partners: ['区自然资源局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧小区改造', value: 45, unit: '个' },
      { heading: '工作目标', name: '口袋公园', value: 20, unit: '个' },
      { heading: '实施老旧小区改造', name: '老旧供水管网', value: 60, unit: '公里' },
      { heading: '实施老旧小区改造', name: '加装电梯', value: 200, unit: '部' },
      { heading: '推进街区功能提升', name: '背街小巷', value: 40, unit: '条' },
      { heading: '完善公园绿地体系', name: '绿道', value: 30, unit: '公里' },
    ],
    present: ['1.完善基础设施，改造老旧供水管网60公里；2.增设养老托育等服务设施'],
  },
  {
    file: '79-digital-economy-1n-xy-names.txt',
    style: '数字经济 行动方案: "1+N" / "X+Y" / “AI+制造” / “5G+X” names in headings, the period said in the preamble ("实施期为2025—2027年"), a total after a count of new ones ("新开通5G基站1500个以上，总数达到3000个以上")',
    meta: { title: '云溪区数字经济高质量发展行动方案', district: '云溪区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体要求
  section (一)|发展目标
part 二、|重点任务
  section (一)|实施“1+N”园区提升行动
    task 1.|建设数字经济核心区
    task 2.|打造N个特色数字产业园
  section (二)|推进“X+Y”融合应用
    task 1.|深化“AI+制造”
    task 2.|拓展“数据+服务”
    task 3.|发展“5G+X”应用
part 三、|保障措施
  section (一)|强化组织领导
  section (二)|加大政策支持
`,
    departments: [
      { heading: '建设数字经济核心区', lead: ['区发展改革局'], partners: ['区投资促进局'] },
      { heading: '打造N个特色数字产业园', lead: ['区科技局'], partners: ['各街道'] },
      { heading: '深化“AI+制造”', lead: ['区工业和信息化局'] },
      { heading: '拓展“数据+服务”', lead: ['区大数据中心'], partners: ['区政务服务办'] },
      { heading: '发展“5G+X”应用', lead: ['区工业和信息化局'], partners: ['区通信发展办'] },
    ],
    indicators: [
      { heading: '发展目标', name: '数字经济核心产业增加值', value: 260, unit: '亿元' },
      { heading: '发展目标', name: '5G基站', value: 3000, unit: '个' },
      { heading: '发展目标', name: '应用场景', value: 50, unit: '个' },
      { heading: '深化“AI+制造”', name: '智能工厂', value: 8, unit: '家' },
      { heading: '拓展“数据+服务”', name: '公共数据集', value: 300, unit: '个' },
      { heading: '发展“5G+X”应用', name: '5G基站', value: 1500, unit: '个' },
      { heading: '发展“5G+X”应用', name: '5G基站总数', value: 3000, unit: '个' },
      { heading: '发展“5G+X”应用', name: '千兆小区', value: 20, unit: '个' },
    ],
  },
  {
    file: '80-annex-yearly-targets-by-street.txt',
    formats: ['docx'],
    style: '三年攻坚 实施方案: (一) run-in tasks with one closing "（牵头单位：A；配合单位：B）" (各街道 as the lead of one), a 附表 of yearly targets by 街道 (街道/指标/单位/2025年/2026年/2027年, the 街道 cell merged down, a 合计 row) kept whole as the appendix\'s text: its figures break the plan\'s targets down by place and are not the plan\'s indicators',
    // (三年攻坚 + "到2027年" under its 工作目标: 2025–2027, reported as inferred)
    meta: { title: '东坪区垃圾分类三年攻坚实施方案', district: '东坪区', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|工作目标
part 二、|主要任务
  task (一)|完善分类投放设施
  task (二)|健全分类收运体系
  task (三)|开展示范创建
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
appendix 附表|各街道垃圾分类年度目标表
`,
    departments: [
      { heading: '完善分类投放设施', lead: ['区城管局'], partners: ['各街道'] },
      { heading: '健全分类收运体系', lead: ['区城管局'], partners: ['区环卫中心'] },
      { heading: '开展示范创建', lead: ['各街道'], partners: ['区城管局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '生活垃圾回收利用率', value: 45, unit: '%' },
      { heading: '工作目标', name: '示范小区覆盖率', value: 80, unit: '%' },
      { heading: '完善分类投放设施', name: '分类投放点', value: 600, unit: '个' },
      { heading: '完善分类投放设施', name: '可回收物服务点', value: 120, unit: '个' },
      { heading: '健全分类收运体系', name: '分类运输车辆', value: 40, unit: '辆' },
      { heading: '健全分类收运体系', name: '大件垃圾拆解中心', value: 1, unit: '座' },
    ],
    present: ['北岭街道\t示范小区覆盖率\t%\t50\t65\t80', '合计\t分类投放点改造\t个\t150\t200\t250'],
  },
];

/** Batch 16 (81–86): styles read in public plans of provinces the corpus had not drawn on (福建 沙县区 ㈠ markers,
 *  黑龙江 主办/协办 分工意见 and 十大工程 任务分工, 山西 沁县 任务清单 grouped by lead unit, 安徽 繁昌区/滁州 牵头负责领导 /
 *  牵头责任单位 / 协同责任单位 lines, 黑龙江 佳木斯 square-bracket roles). Written before reading shared/importer/. */
const BATCH17: CorpusDoc[] = [
  {
    file: '81-enclosed-numerals-yaodian.txt',
    formats: ['docx'],
    style: '工作要点 numbered with enclosed ideographs: 一、 parts naming work, ㈠㈡㈢ run-in tasks (afresh per part) closing with "（责任单位：A、B）" / "（责任单位：A，B、C配合）", ⑴⑵⑶ sub-points on lines of their own and the bracket on a line after them',
    meta: { title: '澄溪区2025年推进乡村全面振兴工作要点', district: '澄溪区', city: null },
    outline: `
part 一、|确保粮食和重要农产品稳定供给
  task ㈠|稳定粮食生产
  task ㈡|加快高标准农田建设
  task ㈢|稳定生猪和蔬菜供应
part 二、|做强乡村特色产业
  task ㈠|壮大茶叶全产业链
    item ⑴|新建生态茶园示范基地5个
    item ⑵|支持茶企开展精深加工
    item ⑶|办好第三届澄溪春茶开采节
  task ㈡|发展乡村休闲旅游
  task ㈢|培育新型农业经营主体
part 三、|建设宜居宜业和美乡村
  task ㈠|推进农村人居环境整治
  task ㈡|完善农村基础设施
part 四、|工作要求
`,
    departments: [
      { heading: '稳定粮食生产', lead: ['区农业农村局', '各镇人民政府'] },
      { heading: '加快高标准农田建设', lead: ['区农业农村局'], partners: ['区财政局', '区自然资源局'] },
      { heading: '稳定生猪和蔬菜供应', lead: ['区农业农村局', '区商务局'] },
      { heading: '壮大茶叶全产业链', lead: ['区农业农村局'], partners: ['区市场监管局', '区文化和旅游局'] },
      { heading: '发展乡村休闲旅游', lead: ['区文化和旅游局'], partners: ['各镇人民政府'] },
      { heading: '培育新型农业经营主体', lead: ['区农业农村局'] },
      { heading: '推进农村人居环境整治', lead: ['区生态环境局', '区住房和城乡建设局'], partners: ['各镇人民政府'] },
      { heading: '完善农村基础设施', lead: ['区交通运输局', '区水利局'] },
    ],
    indicators: [
      { heading: '稳定粮食生产', name: '粮食播种面积', value: 12.5, unit: '万亩' },
      { heading: '稳定粮食生产', name: '粮食产量', value: 5.2, unit: '万吨' },
      { heading: '加快高标准农田建设', name: '高标准农田', value: 1.2, unit: '万亩' },
      { heading: '稳定生猪和蔬菜供应', name: '蔬菜保供基地', value: 3, unit: '个' },
      { heading: '壮大茶叶全产业链', name: '生态茶园示范基地', value: 5, unit: '个' },
      { heading: '发展乡村休闲旅游', name: '乡村旅游精品线路', value: 4, unit: '条' },
      { heading: '培育新型农业经营主体', name: '省级示范家庭农场', value: 10, unit: '家' },
      { heading: '推进农村人居环境整治', name: '农村生活污水治理率', value: 70, unit: '%' },
      { heading: '完善农村基础设施', name: '农村公路', value: 35, unit: '公里' },
    ],
    milestones: [
      { heading: '加快高标准农田建设', year: 2025, stage: '完成' },
      { heading: '完善农村基础设施', year: 2025 },
    ],
  },
  {
    file: '82-zhuban-xieban-fengong.txt',
    style: '分工意见 issued directly (文号, 主送, signature): points closing with "（A主办，B、C协办）", "（A负责）" and "（A、B分别负责）"; 主要预期目标 as (一) points with their own departments; two 1. points run together on one line after a closing bracket',
    meta: {
      title: '鹿川县人民政府关于落实2025年《政府工作报告》重点工作责任分工的意见', district: '鹿川县', city: null,
      docNumber: '鹿政发〔2025〕3号', issuer: '鹿川县人民政府', issuedOn: '2025-02-14',
      addressees: ['各乡镇人民政府', '县政府各部门', '各直属机构'],
    },
    outline: `
part 一、|全县经济社会发展主要预期目标
  task (一)|地区生产总值增长6%左右
  task (二)|一般公共预算收入增长5%左右
  task (三)|固定资产投资增长8%以上
  task (四)|城镇居民人均可支配收入、农村居民人均可支配收入分别增长5.5%和7%
part 二、|加快产业转型升级，增强县域经济实力
  section (一)|壮大特色产业集群
    task 1.|实施工业倍增计划，新增规模以上工业企业25家，规上工业增加值增长9%
    task 2.|推进绿色食品产业园二期建设，2025年底前完成主体工程
    task 3.|培育数字经济新业态，建成县级数据中心1个，新增“上云”企业80家
  section (二)|做优现代服务业
    task 1.|发展县域商贸物流，建设县级物流配送中心1个、乡镇快递服务站12个
    task 2.|提升全域旅游品质，创建国家4A级旅游景区1个，接待游客增长10%以上
part 三、|持续改善民生福祉
  task (一)|稳定扩大就业
  task (二)|办好人民满意教育
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['县发展改革局'] },
      { heading: '一般公共预算收入增长5%左右', lead: ['县财政局'], partners: ['县税务局'] },
      { heading: '固定资产投资增长8%以上', lead: ['县发展改革局'], partners: ['县工业和信息化局', '县住房城乡建设局', '县交通运输局'] },
      { heading: '城镇居民人均可支配收入、农村居民人均可支配收入分别增长5.5%和7%', lead: ['县发展改革局', '县农业农村局'] },
      { heading: '实施工业倍增计划，新增规模以上工业企业25家，规上工业增加值增长9%', lead: ['县工业和信息化局'], partners: ['县发展改革局', '县科技局'] },
      { heading: '推进绿色食品产业园二期建设，2025年底前完成主体工程', lead: ['县工业和信息化局'], partners: ['县自然资源局'] },
      { heading: '培育数字经济新业态，建成县级数据中心1个，新增“上云”企业80家', lead: ['县工业和信息化局'] },
      { heading: '发展县域商贸物流，建设县级物流配送中心1个、乡镇快递服务站12个', lead: ['县商务局'], partners: ['县邮政管理局', '县交通运输局'] },
      { heading: '稳定扩大就业', lead: ['县人力资源社会保障局'], partners: ['县农业农村局', '县总工会'] },
      { heading: '办好人民满意教育', lead: ['县教育局'], partners: ['县发展改革局', '县财政局'] },
    ],
    indicators: [
      { heading: '实施工业倍增计划，新增规模以上工业企业25家，规上工业增加值增长9%', name: '规模以上工业企业', value: 25, unit: '家' },
      { heading: '培育数字经济新业态，建成县级数据中心1个，新增“上云”企业80家', name: '上云', value: 80, unit: '家' },
      { heading: '发展县域商贸物流，建设县级物流配送中心1个、乡镇快递服务站12个', name: '乡镇快递服务站', value: 12, unit: '个' },
      { heading: '稳定扩大就业', name: '城镇新增就业', value: 3200, unit: '人' },
      { heading: '办好人民满意教育', name: '学位', value: 2400, unit: '个' },
    ],
    milestones: [
      { heading: '推进绿色食品产业园二期建设，2025年底前完成主体工程', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '83-tasks-grouped-by-lead-unit.txt',
    style: '任务清单 as the 附件 of its notice (附件 line, title), tasks grouped by their lead unit: "一、区发展改革局牵头工作（4项）" then 1. tasks (afresh per group) — the group names the lead, a task adds only "（配合单位：B、C）"',
    meta: {
      title: '2025年区政府工作报告任务清单', district: '平澜区', city: null, docNumber: '平政办发〔2025〕6号',
      issuer: '平澜区人民政府办公室', issuedOn: '2025-03-06', addressees: ['各街道办事处', '区政府各部门', '各有关单位'],
    },
    outline: `
part 一、|区发展改革局牵头工作（4项）
  task 1.|全年实施区级重点项目90个，完成投资150亿元
  task 2.|争取超长期特别国债和地方政府专项债券资金12亿元以上
  task 3.|推进滨江新区综合管廊一期建设，2025年底前建成投用
  task 4.|开展“十五五”规划编制工作，2025年12月底前形成规划纲要草案
part 二、|区工业和信息化局牵头工作（3项）
  task 1.|新增规模以上工业企业30家，规上工业增加值增长8%
  task 2.|实施技术改造项目40个，创建省级智能工厂3家
  task 3.|新建5G基站300个，实现重点园区5G网络全覆盖
part 三、|区民政局牵头工作（2项）
  task 1.|新建社区嵌入式养老服务中心4个，新增养老床位200张
  task 2.|推进“一老一小”服务融合，建成社区托育点6个
part 四、|区教育局牵头工作（2项）
  task 1.|新建中小学3所，新增学位2700个，2025年9月投入使用
  task 2.|实施校园食品安全提升工程，学校“互联网+明厨亮灶”覆盖率达到100%
`,
    departments: [
      { heading: '全年实施区级重点项目90个，完成投资150亿元', lead: ['区发展改革局'] },
      { heading: '争取超长期特别国债和地方政府专项债券资金12亿元以上', lead: ['区发展改革局'], partners: ['区财政局'] },
      { heading: '推进滨江新区综合管廊一期建设，2025年底前建成投用', lead: ['区发展改革局'], partners: ['区住房城乡建设局', '区城投集团'] },
      { heading: '新增规模以上工业企业30家，规上工业增加值增长8%', lead: ['区工业和信息化局'] },
      { heading: '新建5G基站300个，实现重点园区5G网络全覆盖', lead: ['区工业和信息化局'], partners: ['区通信发展办'] },
      { heading: '新建社区嵌入式养老服务中心4个，新增养老床位200张', lead: ['区民政局'], partners: ['各街道办事处'] },
      { heading: '推进“一老一小”服务融合，建成社区托育点6个', lead: ['区民政局'], partners: ['区卫生健康委'] },
      { heading: '新建中小学3所，新增学位2700个，2025年9月投入使用', lead: ['区教育局'], partners: ['区发展改革局', '区自然资源局'] },
    ],
    indicators: [
      { heading: '全年实施区级重点项目90个，完成投资150亿元', name: '重点项目', value: 90, unit: '个' },
      { heading: '新增规模以上工业企业30家，规上工业增加值增长8%', name: '规模以上工业企业', value: 30, unit: '家' },
      { heading: '新建5G基站300个，实现重点园区5G网络全覆盖', name: '5G基站', value: 300, unit: '个' },
      { heading: '新建社区嵌入式养老服务中心4个，新增养老床位200张', name: '养老床位', value: 200, unit: '张' },
      { heading: '新建中小学3所，新增学位2700个，2025年9月投入使用', name: '学位', value: 2700, unit: '个' },
    ],
    milestones: [
      { heading: '推进滨江新区综合管廊一期建设，2025年底前建成投用', year: 2025 },
      { heading: '开展“十五五”规划编制工作，2025年12月底前形成规划纲要草案', year: 2025 },
      { heading: '新建中小学3所，新增学位2700个，2025年9月投入使用', year: 2025 },
    ],
  },
  {
    file: '84-leader-lead-xietong-lines.txt',
    formats: ['docx'],
    style: '重点工作任务 numbered 1.–6. through 一、 groups, each point followed by three lines "牵头负责领导：<a person>。" / "牵头责任单位：A。" / "协同责任单位：B、C。" — the leader is a person, not a department; 协同责任单位 are the partners',
    meta: { title: '桐川县2025年县政府重点工作任务', district: '桐川县', city: null },
    outline: `
part 一、|确保完成全年主要预期目标
  task 1.|地区生产总值增长6.5%左右
  task 2.|一般公共预算收入增长5%
part 二、|扎实推进产业发展
  task 3.|推进新材料产业园扩区提质
  task 4.|加快现代农业示范区建设
part 三、|持续增进民生福祉
  task 5.|实施城镇老旧小区改造
  task 6.|提升县域医疗服务能力
`,
    departments: [
      { heading: '地区生产总值增长6.5%左右', lead: ['县发展改革委'], partners: ['县直相关单位'] },
      { heading: '一般公共预算收入增长5%', lead: ['县财政局'], partners: ['县税务局'] },
      { heading: '推进新材料产业园扩区提质', lead: ['县经开区管委会'], partners: ['县自然资源和规划局', '县投资促进中心'] },
      { heading: '加快现代农业示范区建设', lead: ['县农业农村局'], partners: ['县财政局', '县水利局', '各乡镇人民政府'] },
      { heading: '实施城镇老旧小区改造', lead: ['县住房城乡建设局'], partners: ['县城市管理局', '县城投公司'] },
      { heading: '提升县域医疗服务能力', lead: ['县卫生健康委'], partners: ['县医疗保障局'] },
    ],
    indicators: [
      { heading: '推进新材料产业园扩区提质', name: '标准化厂房', value: 10, unit: '万平方米' },
      { heading: '加快现代农业示范区建设', name: '高标准农田', value: 2, unit: '万亩' },
      { heading: '加快现代农业示范区建设', name: '农业产业化龙头企业', value: 5, unit: '家' },
      { heading: '实施城镇老旧小区改造', name: '城镇老旧小区', value: 24, unit: '个' },
      { heading: '提升县域医疗服务能力', name: '县域就诊率', value: 90, unit: '%' },
    ],
    milestones: [
      { heading: '推进新材料产业园扩区提质', year: 2025 },
      { heading: '实施城镇老旧小区改造', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '85-square-bracket-roles.txt',
    formats: ['pdf'],
    style: '年度 实施方案 (一) sections and 1. tasks closing with half-width square brackets "[A牵头，B、C配合，各镇街负责落实。以下各项均需…，不再列出]" / "[A负责]" / "[A牵头]"',
    meta: { title: '清湾区2025年度水污染防治重点工作实施方案', district: '清湾区', city: null },
    outline: `
part 一、|工作目标
part 二、|工作任务
  section (一)|强化工业污染治理
    task 1.|整治园区污水处理设施
    task 2.|开展涉水企业专项执法
  section (二)|推进城镇污水处理
    task 1.|完善城区污水管网
    task 2.|治理城区黑臭水体
  section (三)|加强农业农村污染防治
    task 1.|推进农村生活污水治理
    task 2.|控制养殖业污染
part 三、|保障措施
  section (一)|压实工作责任
  section (二)|强化考核问责
`,
    departments: [
      { heading: '整治园区污水处理设施', lead: ['区生态环境局'], partners: ['区工业和信息化局', '区住房城乡建设局', '各镇街'] },
      { heading: '开展涉水企业专项执法', lead: ['区生态环境局'] },
      { heading: '完善城区污水管网', lead: ['区住房城乡建设局'], partners: ['区财政局'] },
      { heading: '治理城区黑臭水体', lead: ['区住房城乡建设局'], partners: ['区水务局', '区生态环境局'] },
      { heading: '推进农村生活污水治理', lead: ['区生态环境局'], partners: ['区农业农村局'] },
      { heading: '控制养殖业污染', lead: ['区农业农村局'] },
    ],
    indicators: [
      { heading: '完善城区污水管网', name: '污水管网', value: 25, unit: '公里' },
      { heading: '完善城区污水管网', name: '生活污水集中收集率', value: 72, unit: '%' },
      { heading: '推进农村生活污水治理', name: '农村生活污水治理率', value: 45, unit: '%' },
      { heading: '控制养殖业污染', name: '畜禽粪污综合利用率', value: 92, unit: '%' },
    ],
    milestones: [
      { heading: '整治园区污水处理设施', year: 2025, stage: '完成' },
      { heading: '治理城区黑臭水体', year: 2025 },
    ],
  },
  {
    file: '86-gongcheng-renwu-fengong.txt',
    formats: ['docx'],
    style: '工程推进工作方案 after its notice: 一、X工程 parts with "工作要求：" and "任务分工：<leader>负责，A总牵头。" lines, then 1.X工程： colon-headed tasks closing with an unbracketed "B牵头，C、D等单位配合。"',
    meta: {
      title: '重点工程推进工作方案', district: '柳坪县', city: null, docNumber: '柳政办发〔2024〕21号',
      issuer: '柳坪县人民政府办公室', issuedOn: '2024-04-08', addressees: ['各乡镇人民政府', '县政府各部门'],
    },
    outline: `
part 一、|粮食产能提升工程
  task 1.|农田水利工程
  task 2.|良种推广工程
part 二、|县城功能完善工程
  task 1.|市政管网更新工程
  task 2.|公共停车设施工程
part 三、|保障措施
`,
    departments: [
      { heading: '粮食产能提升工程', lead: ['县农业农村局'] },
      { heading: '县城功能完善工程', lead: ['县住房城乡建设局'] },
      { heading: '农田水利工程', lead: ['县水利局'], partners: ['县发展改革局', '县财政局'] },
      { heading: '良种推广工程', lead: ['县农业农村局'], partners: ['县科技局'] },
      { heading: '市政管网更新工程', lead: ['县住房城乡建设局'], partners: ['县城市管理局', '县城投公司'] },
      { heading: '公共停车设施工程', lead: ['县城市管理局'], partners: ['县自然资源局', '县公安局交警大队'] },
    ],
    indicators: [
      { heading: '农田水利工程', name: '有效灌溉面积', value: 3, unit: '万亩' },
      { heading: '良种推广工程', name: '良种覆盖率', value: 98, unit: '%' },
      { heading: '市政管网更新工程', name: '燃气管道', value: 18, unit: '公里' },
      { heading: '公共停车设施工程', name: '停车泊位', value: 1500, unit: '个' },
    ],
    milestones: [
      { heading: '农田水利工程', year: 2026, stage: '完成' },
      { heading: '市政管网更新工程', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '87-duty-list-grouped-by-leader.txt',
    formats: ['pdf'],
    style: '重点工作及责任清单 after its notice: one tab-separated table (序号/重点工作/牵头责任单位/协同责任单位/任务来源) right after the title, its rows grouped by "一、王明区长负责事项（共2项）" rows naming the leader who answers for them, numbered on through the groups; a 任务来源 column the model has no field for (kept as the task\'s text)',
    meta: {
      title: '2025年重点工作及责任清单', district: '桐溪区', city: null, docNumber: '桐政发〔2025〕2号', issuer: '桐溪区人民政府',
      issuedOn: '2025-02-20', addressees: ['各镇人民政府', '街道办事处', '区政府各部门', '各直属机构'],
    },
    outline: `
part 一、|王明区长负责事项（共2项）
  task 1|全年实施区级重点项目120个，完成投资200亿元
  task 2|新引进亿元以上产业项目30个，实际利用外资增长5%
part 二、|陈立新副区长负责事项（共2项）
  task 3|新建改建城市道路12公里，2025年底前建成滨河路二期
  task 4|改造城镇老旧小区30个，加装电梯100部
part 三、|刘芳副区长负责事项（共2项）
  task 5|新增城镇就业5000人，零就业家庭动态清零
  task 6|新建普惠性幼儿园3所，新增学位900个
`,
    departments: [
      { heading: '全年实施区级重点项目120个，完成投资200亿元', lead: ['区发展改革委'], partners: ['区住房城乡建设局', '区自然资源局'] },
      { heading: '新引进亿元以上产业项目30个，实际利用外资增长5%', lead: ['区投资促进局'], partners: ['区商务局'] },
      { heading: '新建改建城市道路12公里，2025年底前建成滨河路二期', lead: ['区住房城乡建设局'], partners: ['区城市管理局'] },
      { heading: '改造城镇老旧小区30个，加装电梯100部', lead: ['区住房城乡建设局'], partners: ['各街道办事处'] },
      { heading: '新增城镇就业5000人，零就业家庭动态清零', lead: ['区人力资源社会保障局'], partners: ['区财政局'] },
      { heading: '新建普惠性幼儿园3所，新增学位900个', lead: ['区教育局'], partners: ['区发展改革委', '区财政局'] },
    ],
    indicators: [
      { heading: '全年实施区级重点项目120个，完成投资200亿元', name: '区级重点项目', value: 120, unit: '个' },
      { heading: '新引进亿元以上产业项目30个，实际利用外资增长5%', name: '亿元以上产业项目', value: 30, unit: '个' },
      { heading: '新建改建城市道路12公里，2025年底前建成滨河路二期', name: '城市道路', value: 12, unit: '公里' },
      { heading: '改造城镇老旧小区30个，加装电梯100部', name: '电梯', value: 100, unit: '部' },
      { heading: '新增城镇就业5000人，零就业家庭动态清零', name: '城镇就业', value: 5000, unit: '人' },
      { heading: '新建普惠性幼儿园3所，新增学位900个', name: '学位', value: 900, unit: '个' },
    ],
    milestones: [
      { heading: '新建改建城市道路12公里，2025年底前建成滨河路二期', year: 2025, stage: '完成' },
    ],
    present: ['任务来源：区政府民生实事'],
    absent: ['序号\t重点工作'],
  },
];

/** Batch 17 (88–93): a fourth blind batch, written before reading shared/importer/, in shapes read in public plans of
 *  provinces the corpus had not drawn on (北京 大兴区 分工方案 with 牵头领导 / 主要责任单位 / 完成时限 lines, 江西 南昌县
 *  民生实事 票决项目 with 牵头领导 / 牵头单位 / 责任单位 / 任务目标 lines, 吉水县 分解表 with a 落实情况 column, 新建区 进度表,
 *  县区 目标管理绩效考核 with scores, 天津 滨海新区 PDF page furniture, 大洼/盘锦 季度形象进度). */
const BATCH18: CorpusDoc[] = [
  {
    file: '88-fengong-lingdao-zhuyao-zeren.txt',
    formats: ['docx'],
    style: '区政府工作报告 重点工作分工方案 after its 版头 notice ("（共计9项）" after the title): 1. points numbered on through 一、 groups, each followed by lines "牵头领导：<a post>" / "主要责任单位：A、B" / "配合单位：C、D" / "完成时限：…" (全年, 持续推进)',
    meta: {
      title: '2025年区政府工作报告重点工作分工方案', district: '澄川区', city: null, docNumber: '澄政办发〔2025〕4号',
      issuer: '澄川区人民政府办公室', issuedOn: '2025-02-26', addressees: ['各镇人民政府', '各街道办事处', '区政府各委、办、局'],
    },
    outline: `
part 一、|全区经济社会发展主要预期目标
  task 1.|地区生产总值比上年增长5.5%左右
  task 2.|区级一般公共预算收入增长4%
  task 3.|城镇调查失业率控制在5%以内
part 二、|加快构建现代化产业体系
  task 4.|推进智能制造产业园建设，新增规模以上工业企业20家，新建标准厂房8万平方米
  task 5.|培育数字经济新动能，建成算力中心一期，新增“专精特新”企业15家
  task 6.|提振文旅消费，举办夜间消费活动30场，接待游客增长8%以上
part 三、|用心用情增进民生福祉
  task 7.|新建改扩建中小学和幼儿园4所，新增学位2400个
  task 8.|完成老旧小区综合整治35个，加装电梯80部
  task 9.|新增养老家庭照护床位500张，建成社区养老服务驿站6个
`,
    departments: [
      { heading: '地区生产总值比上年增长5.5%左右', lead: ['区发展改革委'], partners: ['区统计局', '区经济和信息化局'] },
      { heading: '区级一般公共预算收入增长4%', lead: ['区财政局'], partners: ['区税务局'] },
      { heading: '城镇调查失业率控制在5%以内', lead: ['区人力资源社会保障局'] },
      { heading: '推进智能制造产业园建设，新增规模以上工业企业20家，新建标准厂房8万平方米', lead: ['区经济和信息化局'], partners: ['区规划自然资源分局', '澄川经济开发区管委会'] },
      { heading: '培育数字经济新动能，建成算力中心一期，新增“专精特新”企业15家', lead: ['区科技局', '区经济和信息化局'], partners: ['区政务服务和数据管理局'] },
      { heading: '提振文旅消费，举办夜间消费活动30场，接待游客增长8%以上', lead: ['区文化和旅游局'], partners: ['区商务局', '各街道办事处'] },
      { heading: '新建改扩建中小学和幼儿园4所，新增学位2400个', lead: ['区教委'], partners: ['区发展改革委', '区财政局', '区规划自然资源分局'] },
      { heading: '完成老旧小区综合整治35个，加装电梯80部', lead: ['区住房城乡建设委'], partners: ['各街道办事处', '区城管委'] },
      { heading: '新增养老家庭照护床位500张，建成社区养老服务驿站6个', lead: ['区民政局'], partners: ['区卫生健康委', '各镇人民政府'] },
    ],
    indicators: [
      { heading: '推进智能制造产业园建设，新增规模以上工业企业20家，新建标准厂房8万平方米', name: '规模以上工业企业', value: 20, unit: '家' },
      { heading: '推进智能制造产业园建设，新增规模以上工业企业20家，新建标准厂房8万平方米', name: '标准厂房', value: 8, unit: '万平方米' },
      { heading: '培育数字经济新动能，建成算力中心一期，新增“专精特新”企业15家', name: '专精特新', value: 15, unit: '家' },
      { heading: '新建改扩建中小学和幼儿园4所，新增学位2400个', name: '学位', value: 2400, unit: '个' },
      { heading: '完成老旧小区综合整治35个，加装电梯80部', name: '电梯', value: 80, unit: '部' },
      { heading: '新增养老家庭照护床位500张，建成社区养老服务驿站6个', name: '家庭照护床位', value: 500, unit: '张' },
      { heading: '新增养老家庭照护床位500张，建成社区养老服务驿站6个', name: '社区养老服务驿站', value: 6, unit: '个' },
    ],
    milestones: [
      { heading: '地区生产总值比上年增长5.5%左右', year: 2025 },
      { heading: '推进智能制造产业园建设，新增规模以上工业企业20家，新建标准厂房8万平方米', year: 2025 },
      { heading: '培育数字经济新动能，建成算力中心一期，新增“专精特新”企业15家', year: 2025 },
      { heading: '新建改扩建中小学和幼儿园4所，新增学位2400个', year: 2025 },
      { heading: '完成老旧小区综合整治35个，加装电梯80部', year: 2025 },
    ],
  },
  {
    file: '89-minsheng-shishi-project-fields.txt',
    formats: ['pdf'],
    style: '民生实事 项目任务 notice (文号 under the title, signature and （此件公开发布） after the list, "— 1 —" page numbers between projects): 一、 project headings, each followed by lines 牵头领导：<a person> / 牵头单位：A / 责任单位：B、C / 任务目标：…; one "责任单位：石门镇任务目标：…" run together on one line',
    meta: {
      title: '2025年县政府民生实事项目任务', district: '枫桥县', city: null,
      docNumber: '枫府办字〔2025〕9号', issuer: '枫桥县人民政府办公室', issuedOn: '2025-03-12', addressees: ['各乡镇人民政府', '县直各有关单位'],
    },
    // the 一、 projects are the notice's work: each names its lead, its 责任单位 and its target, nothing below them
    outline: `
task 一、|城区雨污分流改造项目
task 二、|农村饮水安全提升项目
task 三、|公办幼儿园扩容项目
task 四、|社区嵌入式养老服务项目
task 五、|公共充电设施建设项目
task 六、|县人民医院急诊急救能力提升项目
`,
    departments: [
      { heading: '城区雨污分流改造项目', lead: ['县住房城乡建设局'], partners: ['县城投集团', '城关镇'] },
      { heading: '农村饮水安全提升项目', lead: ['县水利局'], partners: ['县水务公司', '各相关乡镇'] },
      { heading: '公办幼儿园扩容项目', lead: ['县教育体育局'], partners: ['县财政局', '城关镇'] },
      { heading: '社区嵌入式养老服务项目', lead: ['县民政局'], partners: ['石门镇'] },
      { heading: '公共充电设施建设项目', lead: ['县发展改革局'], partners: ['国网枫桥县供电公司'] },
      { heading: '县人民医院急诊急救能力提升项目', lead: ['县卫生健康委'], partners: ['县人民医院'] },
    ],
    indicators: [
      { heading: '城区雨污分流改造项目', name: '雨污管网', value: 28, unit: '公里' },
      { heading: '农村饮水安全提升项目', name: '农村自来水普及率', value: 95, unit: '%' },
      { heading: '公办幼儿园扩容项目', name: '学位', value: 810, unit: '个' },
      { heading: '社区嵌入式养老服务项目', name: '养老床位', value: 120, unit: '张' },
      { heading: '公共充电设施建设项目', name: '公共充电桩', value: 400, unit: '个' },
      { heading: '县人民医院急诊急救能力提升项目', name: '重症监护床位', value: 20, unit: '张' },
    ],
    milestones: [
      { heading: '城区雨污分流改造项目', year: 2025, stage: '完成' },
      { heading: '公办幼儿园扩容项目', year: 2025 },
    ],
    absent: ['— 1 —', '— 2 —', '— 3 —'],
  },
  {
    file: '90-duban-taizhang-progress-status.txt',
    formats: ['pdf'],
    style: '督办台账: a tab-separated table (序号/督办事项/责任领导/牵头单位/配合单位/办结时限/进展情况/状态) after a short preamble, rows grouped by "一、经济运行类（3项）" rows, numbered on; a 进展情况 column of achieved figures (not targets) and a 状态 column; 附注 and 抄送 lines after it',
    meta: { title: '白石区2025年重点工作督办台账（第二季度）', district: '白石区', city: null },
    outline: `
part 一、|经济运行类（3项）
  task 1|全年固定资产投资增长6%，新开工亿元以上项目25个
  task 2|建成白石科创港二期，新增入驻企业40家
  task 3|盘活闲置低效用地1200亩
part 二、|城市建设类（2项）
  task 4|打通断头路6条，新建改建城市道路9公里
  task 5|完成城中村改造项目3个，筹集保障性租赁住房1500套
part 三、|民生保障类（2项）
  task 6|新增城镇就业4500人，开展职业技能培训6000人次
  task 7|建成区妇幼保健院新院区，新增床位300张
`,
    departments: [
      { heading: '全年固定资产投资增长6%，新开工亿元以上项目25个', lead: ['区发展改革局'], partners: ['区住房城乡建设局', '区自然资源局'] },
      { heading: '建成白石科创港二期，新增入驻企业40家', lead: ['区科技局'], partners: ['白石高新区管委会'] },
      { heading: '盘活闲置低效用地1200亩', lead: ['区自然资源局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '打通断头路6条，新建改建城市道路9公里', lead: ['区住房城乡建设局'], partners: ['区城市管理局', '区交通运输局'] },
      { heading: '完成城中村改造项目3个，筹集保障性租赁住房1500套', lead: ['区住房城乡建设局'], partners: ['区城投集团'] },
      { heading: '新增城镇就业4500人，开展职业技能培训6000人次', lead: ['区人力资源社会保障局'], partners: ['区总工会', '团区委'] },
      { heading: '建成区妇幼保健院新院区，新增床位300张', lead: ['区卫生健康委'], partners: ['区发展改革局', '区财政局'] },
    ],
    indicators: [
      { heading: '全年固定资产投资增长6%，新开工亿元以上项目25个', name: '亿元以上项目', value: 25, unit: '个' },
      { heading: '建成白石科创港二期，新增入驻企业40家', name: '入驻企业', value: 40, unit: '家' },
      { heading: '盘活闲置低效用地1200亩', name: '低效用地', value: 1200, unit: '亩' },
      { heading: '打通断头路6条，新建改建城市道路9公里', name: '城市道路', value: 9, unit: '公里' },
      { heading: '完成城中村改造项目3个，筹集保障性租赁住房1500套', name: '保障性租赁住房', value: 1500, unit: '套' },
      { heading: '新增城镇就业4500人，开展职业技能培训6000人次', name: '城镇就业', value: 4500, unit: '人' },
      { heading: '建成区妇幼保健院新院区，新增床位300张', name: '床位', value: 300, unit: '张' },
    ],
    milestones: [
      { heading: '全年固定资产投资增长6%，新开工亿元以上项目25个', year: 2025 },
      { heading: '建成白石科创港二期，新增入驻企业40家', year: 2025 },
      { heading: '盘活闲置低效用地1200亩', year: 2025 },
      { heading: '建成区妇幼保健院新院区，新增床位300张', year: 2025 },
    ],
    present: ['上半年新开工亿元以上项目14个，完成投资98亿元'],
  },
  {
    file: '91-kaohe-zhibiao-fenzhi.txt',
    style: '考核指标体系: 一、 categories with their score "（40分）", 1. indicators numbered on with a score in their heading "地区生产总值增速（10分）。目标值：…", then 评分办法： / 责任单位： / 配合单位： / 数据来源： lines; 加分项 and 扣分项 as (一) points',
    meta: { title: '岚桥区2025年度镇街高质量发展综合考核指标体系', district: '岚桥区', city: null },
    outline: `
part 一、|经济发展（40分）
  task 1.|地区生产总值增速（10分）
  task 2.|规模以上工业增加值增速（10分）
  task 3.|固定资产投资（10分）
  task 4.|招商引资（10分）
part 二、|城乡建设（30分）
  task 5.|城市更新（15分）
  task 6.|农村人居环境（15分）
part 三、|民生保障（30分）
  task 7.|就业创业（10分）
  task 8.|养老托育（10分）
  task 9.|安全生产（10分）
part 四、|加分项和扣分项
  section (一)|加分项
  section (二)|扣分项
`,
    departments: [
      { heading: '地区生产总值增速（10分）', lead: ['区发展改革局'] },
      { heading: '规模以上工业增加值增速（10分）', lead: ['区工业和信息化局'] },
      { heading: '固定资产投资（10分）', lead: ['区发展改革局', '区住房城乡建设局'] },
      { heading: '招商引资（10分）', lead: ['区投资促进中心'], partners: ['区商务局'] },
      { heading: '城市更新（15分）', lead: ['区住房城乡建设局'], partners: ['区城市管理局'] },
      { heading: '农村人居环境（15分）', lead: ['区农业农村局'], partners: ['区生态环境局'] },
      { heading: '就业创业（10分）', lead: ['区人力资源社会保障局'] },
      { heading: '养老托育（10分）', lead: ['区民政局', '区卫生健康委'] },
      { heading: '安全生产（10分）', lead: ['区应急管理局'] },
    ],
    indicators: [
      { heading: '规模以上工业增加值增速（10分）', name: '规模以上工业企业', value: 12, unit: '家' },
      { heading: '固定资产投资（10分）', name: '投资', value: 85, unit: '亿元' },
      { heading: '招商引资（10分）', name: '亿元以上项目', value: 18, unit: '个' },
      { heading: '招商引资（10分）', name: '到位资金', value: 60, unit: '亿元' },
      { heading: '城市更新（15分）', name: '老旧小区', value: 22, unit: '个' },
      { heading: '城市更新（15分）', name: '城市绿地', value: 12, unit: '公顷' },
      { heading: '农村人居环境（15分）', name: '农村生活污水治理率', value: 60, unit: '%' },
      { heading: '农村人居环境（15分）', name: '美丽宜居村', value: 8, unit: '个' },
      { heading: '就业创业（10分）', name: '城镇新增就业', value: 3800, unit: '人' },
      { heading: '养老托育（10分）', name: '普惠托位', value: 300, unit: '个' },
      { heading: '养老托育（10分）', name: '邻里互助点', value: 40, unit: '个' },
    ],
  },
  {
    file: '92-zhen-xiangcun-xiangmuku-pdf.txt',
    formats: ['pdf'],
    style: '镇 乡村振兴 三年行动实施方案 as its PDF reads: "— 2 —" page numbers with the running header on the line after them (one page break between two tasks); yearly steps "2025年，…；2026年，…；2027年，…"; （责任单位：A，各村（社区）） / （责任单位：A，B配合）; signature before a 附件 项目库 table (序号/项目名称/建设地点/建设内容及规模/总投资（万元）/实施年度/责任单位) that goes on over a page break with its header repeated, and a 合计 row',
    meta: {
      title: '青禾镇乡村振兴三年行动实施方案（2025—2027年）', district: '石岭县', city: null, period: { start: 2025, end: 2027 },
      issuer: '石岭县青禾镇人民政府', issuedOn: '2025-03-20',
    },
    outline: `
part 一、|总体要求
  section (一)|工作思路
  section (二)|主要目标
part 二、|重点任务
  section (一)|做强特色产业
    task 1.|建设高山茶叶基地
    task 2.|发展乡村旅游
  section (二)|改善人居环境
    task 1.|推进农村生活污水治理
    task 2.|实施村庄绿化美化
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
appendix 附件|青禾镇乡村振兴项目库（2025—2027年）
`,
    departments: [
      { heading: '建设高山茶叶基地', lead: ['镇农业服务中心', '各村（社区）'] },
      { heading: '发展乡村旅游', lead: ['镇文化旅游服务中心'], partners: ['镇规划建设办'] },
      { heading: '推进农村生活污水治理', lead: ['镇规划建设办'], partners: ['县生态环境局石岭分局'] },
      { heading: '实施村庄绿化美化', lead: ['镇规划建设办', '各村（社区）'] },
    ],
    indicators: [
      { heading: '主要目标', name: '省级美丽乡村示范村', value: 3, unit: '个', year: 2027 },
      { heading: '建设高山茶叶基地', name: '标准化生态茶园', value: 3000, unit: '亩' },
      { heading: '发展乡村旅游', name: '精品民宿', value: 20, unit: '家' },
      { heading: '推进农村生活污水治理', name: '村级污水处理站', value: 9, unit: '座' },
      { heading: '推进农村生活污水治理', name: '农村生活污水治理率', value: 75, unit: '%' },
      { heading: '实施村庄绿化美化', name: '口袋公园', value: 12, unit: '个' },
    ],
    milestones: [
      { heading: '建设高山茶叶基地', year: 2025 },
      { heading: '建设高山茶叶基地', year: 2026 },
      { heading: '建设高山茶叶基地', year: 2027, stage: '完成' },
      { heading: '推进农村生活污水治理', year: 2026, stage: '完成' },
    ],
    absent: ['— 2 —', '— 3 —', '— 4 —', '— 5 —'],
  },
  {
    file: '93-quarterly-task-table.txt',
    formats: ['docx', 'pdf'],
    style: '季度分解表 after its notice: one tab-separated table right after the title (序号/重点工作任务/责任单位/一季度/二季度/三季度/四季度), the lead marked （牵头） in the 责任单位 cell, each quarter a stage of the year (四季度 全面完成 / 全面完工)',
    meta: {
      title: '2025年区政府工作报告重点工作任务季度分解表', district: '汀兰区', city: null, docNumber: '汀政办发〔2025〕7号',
      issuer: '汀兰区人民政府办公室', issuedOn: '2025-02-18', addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
task 1|建成汀兰智造产业园一期，新增规模以上工业企业15家
task 2|新建5G基站260个，建设区级城市运行管理平台
task 3|实施城市更新项目8个，改造老旧小区26个
task 4|新增城镇就业5200人，零就业家庭动态清零
task 5|新建公办幼儿园2所，新增学位540个
task 6|建成社区卫生服务中心2个，家庭医生签约率达到45%
`,
    departments: [
      { heading: '建成汀兰智造产业园一期，新增规模以上工业企业15家', lead: ['区工业和信息化局'], partners: ['区发展改革局'] },
      { heading: '新建5G基站260个，建设区级城市运行管理平台', lead: ['区大数据中心'], partners: ['区通信发展办'] },
      { heading: '实施城市更新项目8个，改造老旧小区26个', lead: ['区住房城乡建设局'], partners: ['各街道办事处'] },
      { heading: '新增城镇就业5200人，零就业家庭动态清零', lead: ['区人力资源社会保障局'] },
      { heading: '新建公办幼儿园2所，新增学位540个', lead: ['区教育局'], partners: ['区财政局'] },
      { heading: '建成社区卫生服务中心2个，家庭医生签约率达到45%', lead: ['区卫生健康委'] },
    ],
    indicators: [
      { heading: '建成汀兰智造产业园一期，新增规模以上工业企业15家', name: '规模以上工业企业', value: 15, unit: '家' },
      { heading: '新建5G基站260个，建设区级城市运行管理平台', name: '5G基站', value: 260, unit: '个' },
      { heading: '实施城市更新项目8个，改造老旧小区26个', name: '老旧小区', value: 26, unit: '个' },
      { heading: '新增城镇就业5200人，零就业家庭动态清零', name: '城镇就业', value: 5200, unit: '人' },
      { heading: '新建公办幼儿园2所，新增学位540个', name: '学位', value: 540, unit: '个' },
      { heading: '建成社区卫生服务中心2个，家庭医生签约率达到45%', name: '家庭医生签约率', value: 45, unit: '%' },
    ],
    milestones: [
      { heading: '建成汀兰智造产业园一期，新增规模以上工业企业15家', year: 2025 },
      { heading: '新建5G基站260个，建设区级城市运行管理平台', year: 2025, stage: '完成' },
      { heading: '实施城市更新项目8个，改造老旧小区26个', year: 2025, stage: '完成' },
      { heading: '新增城镇就业5200人，零就业家庭动态清零', year: 2025, stage: '完成' },
    ],
    present: ['完成厂房主体封顶'],
    absent: ['序号\t重点工作任务'],
  },
];

/** Batch 19 (94–97): shapes found by importing real public plans themselves (session 29, h-real; the texts read were
 *  not kept): a 分解方案 notice quoted whole in 《》 by a web page with its 文号 on the next line and its own numbered
 *  points before the signature, tasks closing with ASCII "[牵头单位:…;责任单位:…]" (湖北 区 分解方案); a joint notice
 *  of the party committee's and the government's offices "…印发《…》的通知" without 关于 (上海 静安区, 成都 multi-organ); a
 *  纲要 title broken over two lines on its cover (广东 梅江区, 浙江 庆元县); a 分工意见 title broken after "X人民政府关于" (湖南). */
const BATCH19: CorpusDoc[] = [
  {
    file: '94-fenjie-notice-points-square-brackets.txt',
    style: '分解方案 after its notice: the notice title quoted whole in 《》 (as a web page quotes it, 〈〉 inside) with the 文号 alone on the next line; the notice numbers its requests 一、二、三、 before the signature, then the plan\'s own 一、; targets (一) with 责任单位： lines (tasks: a target assigned to a department is work, as in 97); tasks 1、 closing with "[牵头单位:A;责任单位:B、C(街道)]" in ASCII square brackets (and ［］ full-width)',
    meta: {
      title: '2025年区《政府工作报告》确定的主要目标任务责任分解方案', district: '北湾区', city: null, docNumber: '北湾政办〔2025〕3号',
      issuer: '北湾区人民政府办公室', issuedOn: '2025-02-08', addressees: ['各街道办事处', '镇人民政府', '区政府各部门', '各直属机构'],
    },
    outline: `
part 一、|主要预期目标
  task （一）|地区生产总值增长6%左右
  task （二）|一般公共预算收入增长5%
  task （三）|城镇新增就业4200人
part 二、|重点工作任务
  section （一）|推动产业提质增效
    task 1、|培育壮大新材料产业集群，新增规模以上工业企业20家，技术改造投资增长10%
    task 2、|推进北湾港物流园二期建设，2025年9月底前建成冷链仓储中心
  section （二）|提升城市品质
    task 3、|改造老旧小区28个，同步加装电梯60部
    task 4、|新建口袋公园12个，完成滨江绿道提升6公里
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革局'] },
      { heading: '一般公共预算收入增长5%', lead: ['区财政局'] },
      { heading: '城镇新增就业4200人', lead: ['区人力资源社会保障局'] },
      { heading: '培育壮大新材料产业集群，新增规模以上工业企业20家，技术改造投资增长10%', lead: ['区经济和信息化局'], partners: ['区科技局', '各镇(街道)'] },
      { heading: '推进北湾港物流园二期建设，2025年9月底前建成冷链仓储中心', lead: ['区商务局'], partners: ['区交通运输局', '区自然资源局'] },
      { heading: '改造老旧小区28个，同步加装电梯60部', lead: ['区住房城乡建设局'], partners: ['区财政局', '各街道(社区)'] },
      { heading: '新建口袋公园12个，完成滨江绿道提升6公里', lead: ['区园林绿化局'], partners: ['区城市管理局', '沿江各街道'] },
    ],
  },
  {
    file: '95-joint-party-notice-no-guanyu.txt',
    style: 'a joint notice of the party committee\'s office and the government\'s office, "中共北湾区委办公室 北湾区人民政府办公室印发《…》的通知" (no 关于, no signature): the issuer is the first office; tasks 1. under (一) closing with "（A牵头，B、C配合）", the party committee\'s departments (区委社会工作部, 区委宣传部) leading',
    meta: {
      title: '北湾区社区服务提升三年行动计划（2025—2027年）', district: '北湾区', city: null, period: { start: 2025, end: 2027 },
      docNumber: '北湾委办发〔2025〕7号', issuer: '中共北湾区委办公室', issuedOn: null,
      addressees: ['各镇党委和人民政府', '各街道党工委和办事处', '区委各部门', '区政府各委、办、局'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section （一）|补齐社区服务设施
    task 1.|实施社区用房达标工程，2025年底前完成15个社区用房改造
    task 2.|建设社区嵌入式服务综合体，2026年底前建成8个
  section （二）|丰富社区服务内容
    task 3.|推广社区食堂，2027年底前建成社区食堂40个
    task 4.|开展“社区夜校”，每年开设课程200期以上
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化经费保障
`,
    departments: [
      { heading: '实施社区用房达标工程，2025年底前完成15个社区用房改造', lead: ['区委社会工作部'], partners: ['区民政局', '各街道'] },
      { heading: '建设社区嵌入式服务综合体，2026年底前建成8个', lead: ['区发展改革局'], partners: ['区住房城乡建设局', '区自然资源局'] },
      { heading: '推广社区食堂，2027年底前建成社区食堂40个', lead: ['区民政局'], partners: ['区市场监管局', '各街道'] },
      { heading: '开展“社区夜校”，每年开设课程200期以上', lead: ['区委宣传部'], partners: ['区教育局', '区文化旅游局'] },
    ],
    milestones: [
      { heading: '实施社区用房达标工程，2025年底前完成15个社区用房改造', year: 2025, stage: '完成' },
      { heading: '建设社区嵌入式服务综合体，2026年底前建成8个', year: 2026, stage: '完成' },
      { heading: '推广社区食堂，2027年底前建成社区食堂40个', year: 2027, stage: '完成' },
    ],
  },
  {
    file: '96-gangyao-cover-title-two-lines.txt',
    style: '县 十四五 纲要 as its cover gives it: the title broken over two lines ("岚溪县国民经济和社会发展" ⏎ "第十四个五年规划和二〇三五年远景目标纲要"), blank lines between, the government and "2021年3月" under it; 第X章 / 第X节, the sections of the chapter that names work carrying targets',
    meta: {
      title: '岚溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', district: '岚溪县', city: null,
      period: { start: 2021, end: 2025 }, docNumber: null, issuer: '岚溪县人民政府', issuedOn: '2021-03',
    },
    outline: `
part 第一章|发展基础和发展环境
  section 第一节|“十三五”发展成就
  section 第二节|“十四五”发展环境
part 第二章|总体要求和发展目标
  section 第一节|发展目标
  section 第二节|远景目标
part 第三章|构建现代产业体系
  task 第一节|壮大先进制造业
  task 第二节|提升现代服务业
`,
  },
  {
    file: '97-fengong-yijian-title-after-guanyu.txt',
    style: '分工意见 issued directly (文号, 主送, signature at the end) whose title is broken after its issuer and 关于 ("岚溪县人民政府关于" ⏎ "落实《政府工作报告》重点工作部门分工的意见"); (一) points closing with "（分管副县长负责，A牵头，B配合）"',
    meta: {
      title: '岚溪县人民政府关于落实《政府工作报告》重点工作部门分工的意见', district: '岚溪县', city: null, docNumber: '岚政发〔2025〕2号',
      issuer: '岚溪县人民政府', issuedOn: '2025-02-10', addressees: ['各乡镇人民政府', '县政府各部门', '各直属机构'],
    },
    outline: `
part 一、|主要预期目标
  task （一）|地区生产总值增长6%左右，一般公共预算收入增长4%
  task （二）|城镇新增就业2800人，城镇调查失业率控制在5.5%以内
part 二、|重点工作
  task （一）|推进工业园区扩容提质，新建标准厂房12万平方米
  task （二）|实施农村公路提质改造120公里，2025年10月底前完工
  task （三）|新建县第二人民医院门诊综合楼，2025年底前投入使用
`,
    departments: [
      { heading: '地区生产总值增长6%左右，一般公共预算收入增长4%', lead: ['县发展改革局', '县财政局'], partners: ['县统计局'] },
      { heading: '城镇新增就业2800人，城镇调查失业率控制在5.5%以内', lead: ['县人力资源社会保障局'] },
      { heading: '推进工业园区扩容提质，新建标准厂房12万平方米', lead: ['县工业园区管委会'], partners: ['县自然资源局', '县住房城乡建设局'] },
      { heading: '实施农村公路提质改造120公里，2025年10月底前完工', lead: ['县交通运输局'], partners: ['各乡镇人民政府'] },
      { heading: '新建县第二人民医院门诊综合楼，2025年底前投入使用', lead: ['县卫生健康局'], partners: ['县财政局'] },
    ],
  },
];

/** Real plans read (session 30, h-real2; the texts read were not kept): shapes of real public plans written in our own
 *  words — a Word task table pasted as plain text one cell per line (江苏 钟楼区 分解表, left open in session 29). */
const BATCH_REAL30: CorpusDoc[] = [
  {
    file: '105-task-list-one-cell-per-line.txt',
    formats: ['docx', 'pdf'],
    style: '任务清单 after its notice: a Word table pasted one cell per line (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 each on a line, then row after row opening with its 序号 alone), group rows 一、/二、 between the rows, one row with its 配合单位 cell empty (no line for it), a last row whose deadline is 持续推进',
    meta: {
      title: '青禾区2025年优化营商环境重点任务清单', district: '青禾区', city: null, period: { start: 2025, end: 2025 },
      docNumber: '青禾府办发〔2025〕11号', issuer: '青禾区人民政府办公室', issuedOn: '2025-03-06', addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
part 一、|政务服务
  task 1|在区政务服务中心设立“一窗通办”专区，综合受理事项达到120项
  task 2|企业开办全程网上办理，办结时间压缩至1个工作日
  task 3|推行工程建设项目“拿地即开工”，年内覆盖新建工业项目30个
part 二、|要素保障
  task 4|建立中小企业融资服务平台，年内撮合融资10亿元
  task 5|新建人才公寓400套，解决重点企业人才住房
  task 6|开展“企业服务日”活动，全年走访企业500家
appendix 附件|任务清单填报说明（略）
`,
    departments: [
      { heading: '在区政务服务中心设立“一窗通办”专区，综合受理事项达到120项', lead: ['区政务服务管理局'], partners: ['区大数据中心', '各街道办事处'] },
      { heading: '企业开办全程网上办理，办结时间压缩至1个工作日', lead: ['区市场监管局'], partners: ['区税务局', '区公安分局'] },
      { heading: '建立中小企业融资服务平台，年内撮合融资10亿元', lead: ['区金融工作局'], partners: [] },
      { heading: '开展“企业服务日”活动，全年走访企业500家', lead: ['区工业和信息化局'], partners: ['区商务局', '各街道办事处'] },
    ],
    milestones: [
      { heading: '在区政务服务中心设立“一窗通办”专区，综合受理事项达到120项', year: 2025, stage: '完成' },
      { heading: '建立中小企业融资服务平台，年内撮合融资10亿元', year: 2025, stage: '完成' },
      { heading: '新建人才公寓400套，解决重点企业人才住房', year: 2025, stage: '完成' },
    ],
    absent: ['序号'],
  },
];

/** Batch 18 (fifth blind batch, 98–103): written before reading shared/importer/, after reading public plans of
 *  places and genres the corpus had not drawn on (docs/importer-corpus.md, "Batch 18"). */
/** Session 31: the gaps found by importing real public plans (docs/importer-corpus.md "Real plans read (session 31)"), each in a document of our own. */
const BATCH_REAL31: CorpusDoc[] = [
  {
    file: '113-one-char-district-after-city.txt',
    style: '区 三年行动方案 after its notice, the district a one-character name right after its city (临江市东区), with the words 中心城区, 老城区 and 东区片区 in its preamble',
    meta: {
      title: '临江市东区背街小巷环境提升三年行动方案（2025—2027年）', district: '东区', city: '临江市', period: { start: 2025, end: 2027 },
      docNumber: '东区府办发〔2025〕6号', issuer: '临江市东区人民政府办公室', issuedOn: '2025-03-12', addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|整治背街小巷路面
  task (二)|建设口袋公园
  task (三)|规范沿街立面
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
`,
    departments: [
      { heading: '整治背街小巷路面', lead: ['区城市管理局'], partners: ['区住房城乡建设局', '各街道办事处'] },
      { heading: '建设口袋公园', lead: ['区园林绿化局'], partners: ['各街道办事处'] },
      { heading: '规范沿街立面', lead: ['区市场监管局'], partners: ['区城市管理局'] },
    ],
  },
  {
    file: '114-district-named-in-sentence.txt',
    style: '县 三年行动方案 whose county is named only in the adoption line above its title ("（2025年1月16日石川县第十八届人民代表大会" ⏎ "第五次会议通过）"), the title and preamble naming no place (县域, 结合县域交通发展实际)',
    meta: { title: '县域农村公路提升三年行动方案（2025—2027年）', district: '石川县', city: null, period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体目标
part 二、|主要任务
  task (一)|实施农村公路提档升级
  task (二)|推进危桥改造
  task (三)|完善养护机制
part 三、|保障措施
  section (一)|强化组织领导
  section (二)|加强资金保障
`,
    departments: [
      { heading: '实施农村公路提档升级', lead: ['县交通运输局'], partners: ['县财政局', '各乡镇人民政府'] },
      { heading: '推进危桥改造', lead: ['县交通运输局'], partners: ['县应急管理局'] },
    ],
  },
  {
    file: '115-notice-year-from-body.txt',
    formats: ['pdf'],
    style: '任务分解表 notice that is itself the plan, the year in neither its title nor its table\'s title: "…确定的2025年各项工作任务" in its sentence; the table (序号/重点工作任务/牵头单位/配合单位/完成时限) right after the title',
    meta: {
      title: '《政府工作报告》重点工作任务分解表', district: '东湖区', city: '临江市', period: { start: 2025, end: 2025 },
      issuer: '临江市东湖区人民政府办公室', issuedOn: '2025-02-10', addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
task 1|新建社区养老服务站6个，新增养老床位300张
task 2|改造老旧小区18个，加装电梯40部
task 3|新增城镇就业4800人
task 4|建成智慧停车平台，新增公共停车泊位1200个
`,
    departments: [
      { heading: '新建社区养老服务站6个，新增养老床位300张', lead: ['区民政局'], partners: ['区卫生健康委', '各街道办事处'] },
      { heading: '新增城镇就业4800人', lead: ['区人力资源社会保障局'], partners: ['区工商联'] },
    ],
    milestones: [{ heading: '建成智慧停车平台，新增公共停车泊位1200个', year: 2025 }],
  },
  {
    file: '116-lost-bullets-question-mark-pua.txt',
    style: '工作方案 as a text export left its bullets: "?" (and "? ") before each point of (一)(二), a Word symbol-font bullet as the private-use character U+F0B7 under (三), the roles bracket on a line after the points; a pair of quotes lost as "?十四五?" inside a sentence',
    meta: { title: '东湖区2025年城市更新工作方案', district: '东湖区', period: { start: 2025, end: 2025 } },
    outline: `
part 一、|工作目标
part 二、|主要任务
  task (一)|推进老旧小区改造
    item ?|完成老旧小区改造20个
    item ?|同步改造雨污管网12公里
  task (二)|整治背街小巷
    item ?|整治背街小巷30条
    item ?|规范沿街店招店牌
  task (三)|建设口袋公园
    item \uF0B7|建成口袋公园8个
    item \uF0B7|新增绿地面积2万平方米
part 三、|保障措施
  section (一)|加强组织领导
`,
    departments: [
      { heading: '推进老旧小区改造', lead: ['区住房城乡建设局'], partners: ['各街道办事处'] },
      { heading: '整治背街小巷', lead: ['区城市管理局'], partners: ['区市场监管局'] },
      { heading: '建设口袋公园', lead: ['区园林绿化局'] },
    ],
  },
];

const BATCH20: CorpusDoc[] = [
  {
    file: '98-hehuzhang-three-role-bracket.txt',
    formats: ['docx'],
    style: '河湖长制 工作要点: 1. points numbered on through 一、 groups, each closing with a bracket of three roles "（A牵头，B参与，C落实）" — the units that take part and the units that carry it out both partners; two leads in one bracket',
    meta: { title: '鹭洲区2025年河湖长制工作要点', district: '鹭洲区', city: null },
    outline: `
part 一、|压实河湖长责任
  task 1.|强化河湖长巡河履职
  task 2.|健全“河湖长+”协作机制
part 二、|推进重点河道治理
  task 3.|实施白鹭河综合治理
  task 4.|整治东渠黑臭水体
  task 5.|提升小微水体
part 三、|强化水资源保护
  task 6.|严格用水总量控制
  task 7.|保障饮用水水源安全
part 四、|保障措施
  section (一)|加强督导考核
  section (二)|强化社会监督
`,
    departments: [
      { heading: '强化河湖长巡河履职', lead: ['区河湖长制办公室'], partners: ['各成员单位', '各镇街'] },
      { heading: '健全“河湖长+”协作机制', lead: ['区河湖长制办公室', '区人民检察院'], partners: ['公安鹭洲分局'] },
      { heading: '实施白鹭河综合治理', lead: ['区水务局'], partners: ['区生态环境局', '区财政局', '白鹭街道', '滨江街道'] },
      { heading: '整治东渠黑臭水体', lead: ['区住房城乡建设局'], partners: ['区水务局', '东渠街道'] },
      { heading: '提升小微水体', lead: ['区农业农村局'], partners: ['各镇街'] },
      { heading: '严格用水总量控制', lead: ['区水务局'], partners: ['区发展改革局'] },
      { heading: '保障饮用水水源安全', lead: ['区生态环境局'], partners: ['区水务局', '区卫生健康委'] },
    ],
    indicators: [
      { heading: '实施白鹭河综合治理', name: '清淤', value: 8.5, unit: '公里' },
      { heading: '实施白鹭河综合治理', name: '生态护岸', value: 3.2, unit: '公里' },
      { heading: '保障饮用水水源安全', name: '水质达标率', value: 100, unit: '%' },
    ],
    milestones: [
      { heading: '实施白鹭河综合治理', year: 2025 },
      { heading: '整治东渠黑臭水体', year: 2025, stage: '完成' },
    ],
  },
  {
    file: '99-zhuanxiang-zhengzhi-stages-pdf.txt',
    // (also made into a .pdf since session 31: LibreOffice lays the tab-separated 任务清单 out at its tab stops, each
    // row wrapped over two lines (pdf-layout.ts, tab-separated rows, session 30), and in row 4 "…60条" ends on a tab
    // stop and "各街道办事处" follows with no gap: the run is cut at that stop, where a glyph boundary stands on it.
    // docs/importer-grammar.md, "PDF rules added in session 31")
    formats: ['pdf'],
    style: '专项整治行动方案 as its PDF reads ("— 2 —" and the running header between two tasks): (一)X整治。 run-in tasks under 整治重点 (not 主要任务), each closing with "牵头领导：<a person>　牵头单位：A　配合单位：B、C" on the same line, fields parted by full-width spaces; 实施步骤 stages dated "（2025年4月1日至4月15日）"; signature, then a 附件 任务清单 (序号/整治内容/具体任务/牵头单位/配合单位/完成时限) going on over a page break with its header repeated',
    meta: { title: '雁回区市容环境秩序专项整治行动方案', district: '雁回区', city: null, issuer: '雁回区人民政府', issuedOn: '2025-03-25' },
    outline: `
part 一、|整治目标
part 二、|整治重点
  task (一)|占道经营整治
  task (二)|违规户外广告整治
  task (三)|建筑工地扬尘整治
  task (四)|背街小巷环境整治
part 三、|实施步骤
  section (一)|动员部署阶段（2025年4月1日至4月15日）
  section (二)|集中整治阶段（2025年4月16日至9月30日）
  section (三)|总结提升阶段（2025年10月1日至10月31日）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|严格督查考核
appendix 附件|专项整治任务清单
`,
    departments: [
      { heading: '占道经营整治', lead: ['区城市管理局'], partners: ['区市场监管局', '公安雁回分局', '各街道办事处'] },
      { heading: '违规户外广告整治', lead: ['区城市管理局'], partners: ['区住房城乡建设局', '各街道办事处'] },
      { heading: '建筑工地扬尘整治', lead: ['区住房城乡建设局'], partners: ['区生态环境局', '区城市管理局'] },
      { heading: '背街小巷环境整治', lead: ['各街道办事处'], partners: ['区城市管理局', '区住房城乡建设局'] },
    ],
    indicators: [
      { heading: '占道经营整治', name: '便民疏导点', value: 15, unit: '处' },
      { heading: '违规户外广告整治', name: '广告牌', value: 200, unit: '块' },
      { heading: '背街小巷环境整治', name: '背街小巷', value: 60, unit: '条' },
    ],
    milestones: [
      { heading: '占道经营整治', year: 2025 },
      { heading: '背街小巷环境整治', year: 2025 },
    ],
    absent: ['— 2 —', '— 4 —'],
  },
  {
    file: '100-yingshang-starred-items-hex-brackets.txt',
    style: '营商环境 改革任务清单: 1. points numbered on through 一、 groups, new reforms marked by a star after the number ("1*.", explained in the preamble), each closing with a tortoise-shell bracket "〔牵头单位：A；责任单位：B、C〕"; deadlines "2025年6月底前实现…" / "2025年12月底前覆盖…"; a closing request after the last point',
    meta: { title: '枫岭区2025年优化营商环境改革任务清单', district: '枫岭区', city: null },
    outline: `
part 一、|提升政务服务效能
  task 1*.|推行“高效办成一件事”集成服务
  task 2.|深化“一窗通办”改革
part 二、|优化市场环境
  task 3*.|开展涉企收费专项治理
  task 4.|规范公共资源交易
part 三、|强化法治保障
  task 5*.|推行包容审慎监管
  task 6.|加强涉企纠纷化解
`,
    departments: [
      { heading: '推行“高效办成一件事”集成服务', lead: ['区行政审批服务局'], partners: ['区市场监管局', '区人力资源社会保障局'] },
      { heading: '深化“一窗通办”改革', lead: ['区行政审批服务局'], partners: ['各街道办事处'] },
      { heading: '开展涉企收费专项治理', lead: ['区发展改革局', '区市场监管局'], partners: ['区财政局'] },
      { heading: '规范公共资源交易', lead: ['区公共资源交易中心'], partners: ['区住房城乡建设局', '区交通运输局'] },
      { heading: '推行包容审慎监管', lead: ['区司法局'], partners: ['区市场监管局', '区城市管理局', '区生态环境局'] },
      { heading: '加强涉企纠纷化解', lead: ['区司法局', '区人民法院'], partners: ['区工商联'] },
    ],
    indicators: [
      { heading: '深化“一窗通办”改革', name: '综合窗口办件占比', value: 90, unit: '%' },
      { heading: '规范公共资源交易', name: '电子招标投标率', value: 100, unit: '%' },
      { heading: '加强涉企纠纷化解', name: '调解成功率', value: 85, unit: '%' },
    ],
    milestones: [
      { heading: '推行“高效办成一件事”集成服务', year: 2025 },
      { heading: '开展涉企收费专项治理', year: 2025, stage: '完成' },
      { heading: '推行包容审慎监管', year: 2025 },
    ],
  },
  {
    file: '101-quanhui-county-leaders-paren-numbers.txt',
    formats: ['doc'],
    style: '县委全会 重点任务分工方案 (no notice; the 县委办公室 signs): tasks 1）2） (full-width closing bracket only) numbered on through 一、 groups, each followed by "责任县领导：<persons>" / "牵头单位：A、B" / "责任单位：C、D" lines; party and government units lead together (县委办、县政府办, 县委政法委、县政府办); the county named only in the preamble and the signature',
    meta: { title: '贯彻落实县委十四届八次全会精神重点任务分工方案', district: '岱川县', city: null, issuer: '中共岱川县委办公室', issuedOn: '2025-01-20' },
    outline: `
part 一、|着力推动经济高质量发展
  task 1)|加快建设特色产业园区
  task 2)|壮大县域民营经济
part 二、|着力深化全面从严治党
  task 3)|深化基层党组织建设
  task 4)|加强意识形态和宣传工作
part 三、|着力维护社会和谐稳定
  task 5)|推进平安岱川建设
  task 6)|抓好全会精神督查落实
`,
    departments: [
      { heading: '加快建设特色产业园区', lead: ['县发展改革局', '县工业和信息化局'], partners: ['岱川工业园区管委会', '县自然资源局'] },
      { heading: '壮大县域民营经济', lead: ['县工商联', '县市场监管局'], partners: ['县财政局', '县金融服务中心'] },
      { heading: '深化基层党组织建设', lead: ['县委组织部'], partners: ['县委社会工作部', '各乡镇党委'] },
      { heading: '加强意识形态和宣传工作', lead: ['县委宣传部'], partners: ['县融媒体中心', '县文化广电旅游局'] },
      { heading: '推进平安岱川建设', lead: ['县委政法委', '县政府办'], partners: ['县公安局', '县司法局', '县信访局'] },
      { heading: '抓好全会精神督查落实', lead: ['县委办', '县政府办'], partners: ['县委督查室', '县政府督查室'] },
    ],
    indicators: [
      { heading: '加快建设特色产业园区', name: '标准厂房', value: 10, unit: '万平方米' },
      { heading: '壮大县域民营经济', name: '市场主体', value: 3000, unit: '户' },
      { heading: '壮大县域民营经济', name: '民营经济增加值占比', value: 58, unit: '%' },
      { heading: '推进平安岱川建设', name: '规范化建设达标率', value: 100, unit: '%' },
    ],
    milestones: [{ heading: '深化基层党组织建设', year: 2025, stage: '完成' }],
  },
  {
    file: '102-jiedao-monthly-nodes-two-annex-tables.txt',
    style: '街道 年度重点工作计划: (一) run-in tasks under 重点工作, each followed by "时间节点：3月底前…；6月底前…；11月底前…。" (months without a year, the year in the title), "牵头科室：" / "配合科室：" lines naming the street\'s own offices; two 附件 each with its table (月份/主要工作/责任科室; 序号/小区名称/户数/改造内容/投资（万元）), announced as "附件：1.… 2.…"',
    meta: { title: '鹭洲区青霞街道2025年重点工作计划', district: '鹭洲区', city: null },
    outline: `
part 一、|主要目标
part 二、|重点工作
  task (一)|推进老旧小区改造
  task (二)|打造“一刻钟便民生活圈”
  task (三)|深化网格化治理
part 三、|工作要求
  section (一)|细化责任
  section (二)|强化考核
appendix 附件1|重点工作月度安排表
appendix 附件2|老旧小区改造项目表
`,
    departments: [
      { heading: '推进老旧小区改造', lead: ['街道城市建设管理办公室'], partners: ['街道平安建设办公室', '各社区居委会'] },
      { heading: '打造“一刻钟便民生活圈”', lead: ['街道社区服务办公室'], partners: ['街道经济发展办公室'] },
      { heading: '深化网格化治理', lead: ['街道平安建设办公室'], partners: ['各社区居委会'] },
    ],
    indicators: [
      { heading: '推进老旧小区改造', name: '老旧小区综合改造', value: 5, unit: '个' },
      { heading: '打造“一刻钟便民生活圈”', name: '社区食堂', value: 2, unit: '个' },
      { heading: '深化网格化治理', name: '按期办结率', value: 98, unit: '%' },
    ],
    milestones: [
      { heading: '推进老旧小区改造', year: 2025 },
      { heading: '打造“一刻钟便民生活圈”', year: 2025 },
    ],
  },
  {
    file: '103-xiezuo-projects-implementing-units.txt',
    formats: ['docx'],
    style: '东西部协作 项目实施计划: 一、 groups of projects, 1. projects numbered on, each closing with "协作资金800万元。实施单位：A；配合单位：B；完成时限：2025年10月底。" run on in the paragraph — the 实施单位 the lead',
    meta: { title: '岱川县2025年东西部协作项目实施计划', district: '岱川县', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|产业协作项目
  task 1.|高山蔬菜产业园提升项目
  task 2.|东西部协作共建产业园配套项目
part 二、|民生协作项目
  task 3.|乡镇卫生院能力提升项目
  task 4.|职业技能培训项目
part 三、|人才交流项目
  task 5.|教育人才组团帮扶项目
  task 6.|干部双向挂职项目
part 四、|保障措施
  section (一)|规范资金管理
  section (二)|强化调度推进
`,
    departments: [
      { heading: '高山蔬菜产业园提升项目', lead: ['县农业农村局'] },
      { heading: '东西部协作共建产业园配套项目', lead: ['岱川工业园区管委会'], partners: ['县商务局'] },
      { heading: '乡镇卫生院能力提升项目', lead: ['县卫生健康局'] },
      { heading: '职业技能培训项目', lead: ['县人力资源社会保障局'] },
      { heading: '教育人才组团帮扶项目', lead: ['县教育局'] },
      { heading: '干部双向挂职项目', lead: ['县委组织部'], partners: ['县乡村振兴局'] },
    ],
    indicators: [
      { heading: '高山蔬菜产业园提升项目', name: '连栋大棚', value: 120, unit: '亩' },
      { heading: '东西部协作共建产业园配套项目', name: '标准厂房', value: 2, unit: '万平方米' },
      { heading: '职业技能培训项目', name: '技能培训', value: 1500, unit: '人次' },
    ],
    milestones: [
      { heading: '高山蔬菜产业园提升项目', year: 2025 },
      { heading: '乡镇卫生院能力提升项目', year: 2025 },
      { heading: '干部双向挂职项目', year: 2025 },
    ],
  },
];

/** Batch 19 of docs/importer-corpus.md (106–111; the arrays above took the names BATCH19/BATCH20): a sixth blind batch, written before reading shared/importer/, after reading public plans of
 *  places and genres the corpus had not drawn on (安徽 霍山 开发区 重点工作及责任清单 with 责任领导 names and 部/办/公司 units,
 *  重庆 开州 高新区 工作方案, 江苏 姜堰 大会战, 山东 中疃镇 and 天津 乡镇 重点工作, 广西 乡镇 目标管理 考评办法, 四川 米易 白马工业园区,
 *  泸州 十四五 生态环境保护规划, 广东 五华 转水镇 党建 三年行动, 黔东南 机关党建 清单, 龙口 重点项目任务清单, 烟台 挂图作战 and
 *  隆回 倒排工期). */
const BATCH21: CorpusDoc[] = [
  {
    file: '106-zhen-villages-responsible-lines.txt',
    formats: ['pdf'],
    style: '镇 年度重点工作计划 after its notice (the county only in the signature): 1. tasks numbered on through (一) groups, each followed by "包村领导：<a person>" / "责任站所：A、B" / "责任村（社区）：<villages>" / "完成时限：…" lines — the township\'s offices lead, the villages carry it out (partners); one task without villages',
    meta: {
      title: '青林镇2025年重点工作计划', district: '柘塘县', city: null, docNumber: '青政发〔2025〕3号',
      issuer: '柘塘县青林镇人民政府', issuedOn: '2025-02-12', addressees: ['各村（社区）', '镇直各单位', '各站所'],
    },
    outline: `
part 一、|主要目标
part 二、|重点工作
  section (一)|产业发展
    task 1.|壮大茶叶主导产业
    task 2.|发展林下经济
  section (二)|基础设施
    task 3.|实施农村道路提质工程
    task 4.|推进农村供水保障
  section (三)|社会治理
    task 5.|深化平安青林建设
    task 6.|提升人居环境
part 三、|工作要求
  section (一)|压实责任
  section (二)|强化调度
  section (三)|严格考核
`,
    departments: [
      { heading: '壮大茶叶主导产业', lead: ['镇农业综合服务中心'], partners: ['枫坪村', '茶山村', '青林社区'] },
      { heading: '发展林下经济', lead: ['镇林业站', '镇农业综合服务中心'], partners: ['高岭村', '枫坪村'] },
      { heading: '实施农村道路提质工程', lead: ['镇村镇建设管理所'], partners: ['全镇各村（社区）'] },
      { heading: '推进农村供水保障', lead: ['镇水利站'], partners: ['茶山村', '石塘村', '高岭村'] },
      { heading: '深化平安青林建设', lead: ['镇综治中心', '镇派出所', '镇司法所'] },
      { heading: '提升人居环境', lead: ['镇生态环境办公室'], partners: ['全镇各村（社区）'] },
    ],
    indicators: [
      { heading: '主要目标', name: '粮食播种面积', value: 4.2, unit: '万亩' },
      { heading: '壮大茶叶主导产业', name: '标准化生态茶园', value: 800, unit: '亩' },
      { heading: '壮大茶叶主导产业', name: '低产茶园', value: 1200, unit: '亩' },
      { heading: '发展林下经济', name: '林下中药材', value: 1500, unit: '亩' },
      { heading: '实施农村道路提质工程', name: '通组道路', value: 28, unit: '公里' },
      { heading: '推进农村供水保障', name: '供水管网', value: 35, unit: '公里' },
      { heading: '推进农村供水保障', name: '农村自来水普及率', value: 98, unit: '%' },
      { heading: '深化平安青林建设', name: '调处成功率', value: 98, unit: '%' },
      { heading: '提升人居环境', name: '美丽庭院示范户', value: 300, unit: '户' },
      { heading: '提升人居环境', name: '口袋公园', value: 5, unit: '个' },
    ],
    milestones: [
      { heading: '壮大茶叶主导产业', year: 2025 },
      { heading: '推进农村供水保障', year: 2025 },
      { heading: '提升人居环境', year: 2025 },
    ],
  },
  {
    file: '107-kaifaqu-category-column-table.txt',
    formats: ['docx', 'pdf'],
    style: '开发区 管委会 重点工作及责任清单 after its notice: one tab-separated table right after the title (序号/类别/重点工作/责任领导/责任单位/完成时限) whose 类别 cell stands on the first row of its group only (merged down: the rows after it open with an empty cell); 责任领导 names; units of a zone — 部, 办, 局 without 区, companies (…有限公司), a city bureau\'s branch; 完成时限 全年 / 6月底前',
    meta: {
      title: '云岭经济开发区2025年重点工作及责任清单', docNumber: '云开管〔2025〕4号', issuer: '云岭经济开发区管理委员会',
      issuedOn: '2025-02-20', addressees: ['管委会各部（局）', '开发区各平台公司'],
    },
    outline: `
part |招商引资
  task 1|全年引进亿元以上产业项目12个，实际到位资金45亿元
  task 2|落实重点项目“领导+专班”服务机制，签约项目开工率达到80%
  task 3|建设新能源电池配套产业园，引进配套企业8家
part |园区建设
  task 4|盘活低效工业用地400亩，处置闲置厂房6万平方米
  task 5|建成开发区污水处理厂二期，新增日处理能力2万吨
  task 6|完成纬六路以北地块水电气路网配套，新建道路3.5公里
part |营商环境
  task 7|推行企业开办“一日办结”，涉企事项网上可办率达到95%
  task 8|开展安全生产和生态环境执法检查，重点企业检查覆盖率100%
`,
    departments: [
      { heading: '全年引进亿元以上产业项目12个，实际到位资金45亿元', lead: ['招商服务一部', '招商服务二部'] },
      { heading: '落实重点项目“领导+专班”服务机制，签约项目开工率达到80%', lead: ['安商服务部', '经济发展局'] },
      { heading: '建设新能源电池配套产业园，引进配套企业8家', lead: ['招商服务二部', '云岭产业投资集团有限公司'] },
      { heading: '盘活低效工业用地400亩，处置闲置厂房6万平方米', lead: ['改革办', '规划建设局'] },
      { heading: '建成开发区污水处理厂二期，新增日处理能力2万吨', lead: ['规划建设局', '云岭开发区建设发展有限公司'] },
      { heading: '完成纬六路以北地块水电气路网配套，新建道路3.5公里', lead: ['规划建设局'] },
      { heading: '推行企业开办“一日办结”，涉企事项网上可办率达到95%', lead: ['政务服务中心', '党政办公室'] },
      { heading: '开展安全生产和生态环境执法检查，重点企业检查覆盖率100%', lead: ['应急管理局', '市生态环境局云岭分局'] },
    ],
    indicators: [
      { heading: '全年引进亿元以上产业项目12个，实际到位资金45亿元', name: '亿元以上产业项目', value: 12, unit: '个' },
      { heading: '全年引进亿元以上产业项目12个，实际到位资金45亿元', name: '到位资金', value: 45, unit: '亿元' },
      { heading: '建设新能源电池配套产业园，引进配套企业8家', name: '配套企业', value: 8, unit: '家' },
      { heading: '盘活低效工业用地400亩，处置闲置厂房6万平方米', name: '低效工业用地', value: 400, unit: '亩' },
      { heading: '完成纬六路以北地块水电气路网配套，新建道路3.5公里', name: '道路', value: 3.5, unit: '公里' },
      { heading: '推行企业开办“一日办结”，涉企事项网上可办率达到95%', name: '网上可办率', value: 95, unit: '%' },
      // (re-read in batch 21: a rate with its level closing the clause is a target, as "覆盖率达到100%" is)
      { heading: '开展安全生产和生态环境执法检查，重点企业检查覆盖率100%', name: '重点企业检查覆盖率', value: 100, unit: '%' },
    ],
    milestones: [
      { heading: '建设新能源电池配套产业园，引进配套企业8家', year: 2025 },
      { heading: '建成开发区污水处理厂二期，新增日处理能力2万吨', year: 2025 },
      { heading: '推行企业开办“一日办结”，涉企事项网上可办率达到95%', year: 2025 },
    ],
    // (the 责任领导 column stays each task's text, "责任领导：叶志远": nothing entered is lost — no department)
    absent: ['云岭经济开发区管理委员会党政办公室　　　　2025年2月20日印发'],
  },
  {
    file: '108-sannian-closing-line-departments.txt',
    style: '三年行动方案: (一)…行动 groups of 1. tasks numbered on, with no department on any task; each group closes with one line naming the departments of all its tasks — "以上任务由A牵头，B、C配合。" — or of each by its number ("以上第4项由A牵头，B配合；第5项由C牵头，各街道配合；第6项由D、E牵头，F配合。"); a 专栏 of —— projects between the tasks and that line',
    meta: { title: '湄水市白沙区促进消费提质扩容三年行动方案（2025—2027年）', district: '白沙区', city: '湄水市', period: { start: 2025, end: 2027 } },
    outline: `
part 一、|总体目标
part 二、|重点行动
  action (一)|商圈提能行动
    task 1.|改造提升核心商圈
    task 2.|培育夜间经济集聚区
    task 3.|发展首店经济
    box 专栏1|商圈提能重点项目
      item ——|白沙路步行街改造提升项目
      item ——|江湾里商业综合体项目
  action (二)|服务消费扩容行动
    task 4.|扩大文旅消费
    task 5.|发展体育消费
    task 6.|提升养老托育服务消费
  action (三)|消费环境优化行动
    task 7.|畅通消费物流网络
    task 8.|加强消费者权益保护
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化政策支持
  section (三)|加强监测评估
`,
    departments: [
      { heading: '改造提升核心商圈', lead: ['区商务局'], partners: ['区发展改革委', '区住房城乡建设局', '区城市管理局'] },
      { heading: '培育夜间经济集聚区', lead: ['区商务局'], partners: ['区发展改革委', '区住房城乡建设局', '区城市管理局'] },
      { heading: '发展首店经济', lead: ['区商务局'], partners: ['区发展改革委', '区住房城乡建设局', '区城市管理局'] },
      { heading: '扩大文旅消费', lead: ['区文化旅游局'], partners: ['区商务局'] },
      { heading: '发展体育消费', lead: ['区体育中心'], partners: ['各街道'] },
      { heading: '提升养老托育服务消费', lead: ['区民政局', '区卫生健康委'], partners: ['区发展改革委'] },
      { heading: '畅通消费物流网络', lead: ['区市场监管局'], partners: ['区邮政管理局', '区商务局', '各街道'] },
      { heading: '加强消费者权益保护', lead: ['区市场监管局'], partners: ['区邮政管理局', '区商务局', '各街道'] },
    ],
    indicators: [
      { heading: '总体目标', name: '社会消费品零售总额', value: 520, unit: '亿元', year: 2027 },
      { heading: '总体目标', name: '特色商业街区', value: 6, unit: '条' },
      { heading: '改造提升核心商圈', name: '年客流量', value: 3000, unit: '万人次' },
      { heading: '培育夜间经济集聚区', name: '夜间经济集聚区', value: 5, unit: '个', year: 2027 },
      { heading: '扩大文旅消费', name: '省级旅游休闲街区', value: 1, unit: '个', year: 2025 },
      { heading: '扩大文旅消费', name: '精品旅游线路', value: 10, unit: '条' },
      { heading: '发展体育消费', name: '社区运动场地', value: 40, unit: '处' },
      { heading: '提升养老托育服务消费', name: '普惠托位', value: 600, unit: '个' },
      { heading: '畅通消费物流网络', name: '社区快递服务站', value: 60, unit: '个' },
      { heading: '加强消费者权益保护', name: '放心消费示范单位', value: 300, unit: '家' },
    ],
    milestones: [
      // ("到2027年建成夜间经济集聚区5个", "2025年创建省级旅游休闲街区1个": targets with their year — indicators, not milestones)
      { heading: '改造提升核心商圈', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '109-zhuanxiang-guihua-category-indicator-table.txt',
    formats: ['docx', 'pdf'],
    style: '十四五 专项规划 (its period said in the preamble: 规划期为2021—2025年): under 发展目标 a tab-separated 主要指标 table "表1 …" whose first column 类别 is merged down (rows after the first of a group open with an empty cell), no 单位 column — each unit in brackets after the indicator\'s name ("每千名老年人拥有养老床位数（张）", "…占比（%）"), 2020年基期值 / 2025年目标值 / 属性; a 注 line after it',
    meta: { title: '白沙区“十四五”养老服务体系建设规划', district: '白沙区', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 一、|发展基础
part 二、|总体要求
  section (一)|指导思想
  section (二)|发展目标
part 三、|主要任务
  section (一)|完善养老服务设施网络
    task 1.|推进街道综合养老服务中心全覆盖
    task 2.|建设社区嵌入式养老服务站
  section (二)|发展居家社区养老服务
    task 3.|扩大老年助餐服务
    task 4.|开展家庭养老床位建设
  section (三)|推进医养康养融合发展
    task 5.|提升老年健康服务能力
    task 6.|发展医养结合机构
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
  section (三)|加强监测评估
`,
    departments: [
      { heading: '推进街道综合养老服务中心全覆盖', lead: ['区民政局'], partners: ['区自然资源局', '各街道'] },
      { heading: '建设社区嵌入式养老服务站', lead: ['区民政局'], partners: ['区住房城乡建设局'] },
      { heading: '扩大老年助餐服务', lead: ['区民政局'], partners: ['区市场监管局', '各街道'] },
      { heading: '开展家庭养老床位建设', lead: ['区民政局'], partners: ['区财政局'] },
      { heading: '提升老年健康服务能力', lead: ['区卫生健康委'] },
      { heading: '发展医养结合机构', lead: ['区卫生健康委'], partners: ['区民政局', '区医保局'] },
    ],
    indicators: [
      // the table's target column (2025年目标值), its unit read from the bracket closing the name
      { heading: '发展目标', name: '每千名老年人拥有养老床位数', value: 40, unit: '张' },
      { heading: '发展目标', name: '养老机构护理型床位占比', value: 60, unit: '%' },
      { heading: '发展目标', name: '社区嵌入式养老服务站', value: 45, unit: '个' },
      { heading: '发展目标', name: '老年助餐点', value: 80, unit: '个' },
      { heading: '发展目标', name: '医养结合机构', value: 8, unit: '家' },
      { heading: '建设社区嵌入式养老服务站', name: '社区嵌入式养老服务站', value: 27, unit: '个' },
      { heading: '扩大老年助餐服务', name: '老年助餐点', value: 48, unit: '个' },
      { heading: '开展家庭养老床位建设', name: '家庭养老床位', value: 500, unit: '张' },
      { heading: '提升老年健康服务能力', name: '健康管理率', value: 72, unit: '%' },
      { heading: '发展医养结合机构', name: '医养结合机构', value: 5, unit: '家' },
    ],
    milestones: [{ heading: '推进街道综合养老服务中心全覆盖', year: 2023 }],
  },
  {
    file: '110-daopai-gongqi-dotted-dates.txt',
    style: '重大项目 倒排工期计划: 1. projects (named, no sentence) numbered on through 一、 groups, each followed by 建设内容： / 责任单位：A（牵头）、B / 节点安排： lines; the nodes dated with dots ("2025.03.31前完成施工图审查；…；2026.06.30前竣工投用。"), over two or three years',
    meta: { title: '白沙区2025年重大项目建设倒排工期计划', district: '白沙区', city: null },
    outline: `
part 一、|产业类项目
  task 1.|白沙智能装备产业园二期
  task 2.|江湾数字经济产业大厦
part 二、|基础设施类项目
  task 3.|滨江路快速化改造工程
  task 4.|白沙河综合治理工程
part 三、|民生类项目
  task 5.|白沙区第二人民医院新院区
  task 6.|城东九年一贯制学校
part 四、|工作要求
  section (一)|严格节点管理
  section (二)|强化要素保障
  section (三)|加强督查通报
`,
    departments: [
      { heading: '白沙智能装备产业园二期', lead: ['区工业和信息化局'], partners: ['白沙产业投资集团有限公司'] },
      { heading: '江湾数字经济产业大厦', lead: ['区科技局'], partners: ['区住房城乡建设局'] },
      { heading: '滨江路快速化改造工程', lead: ['区交通运输局'], partners: ['区城市管理局', '滨江街道'] },
      { heading: '白沙河综合治理工程', lead: ['区水务局'], partners: ['区生态环境局'] },
      { heading: '白沙区第二人民医院新院区', lead: ['区卫生健康委'], partners: ['区发展改革委'] },
      { heading: '城东九年一贯制学校', lead: ['区教育局'], partners: ['区住房城乡建设局'] },
    ],
    indicators: [
      { heading: '白沙智能装备产业园二期', name: '标准厂房', value: 12, unit: '万平方米' },
      { heading: '滨江路快速化改造工程', name: '跨线桥', value: 2, unit: '座' },
      { heading: '白沙河综合治理工程', name: '生态护岸', value: 5, unit: '公里' },
      { heading: '白沙区第二人民医院新院区', name: '床位', value: 600, unit: '张' },
      { heading: '城东九年一贯制学校', name: '学位', value: 2160, unit: '个' },
    ],
    milestones: [
      { heading: '白沙智能装备产业园二期', year: 2025 },
      { heading: '江湾数字经济产业大厦', year: 2025 },
      { heading: '江湾数字经济产业大厦', year: 2026, stage: '完成' },
      { heading: '滨江路快速化改造工程', year: 2025 },
      { heading: '滨江路快速化改造工程', year: 2026, stage: '完成' },
      { heading: '白沙河综合治理工程', year: 2025, stage: '完成' },
      { heading: '白沙区第二人民医院新院区', year: 2027, stage: '完成' },
      { heading: '城东九年一贯制学校', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '111-dangjian-leader-person-lines.txt',
    formats: ['doc'],
    style: '机关党建 工作要点 after a notice of the party committee\'s working committee (中共X区委区直机关工作委员会): (一)…(六) run-in points numbered on through 一、 parts, 一是…二是… inside, each followed by "责任领导：<a person>" / "责任部门：A、B" / "责任人：<persons>" / "完成时限：…" lines — the persons are no departments',
    meta: {
      title: '2025年区直机关党建工作要点', district: '白沙区', city: null, docNumber: '白直工委发〔2025〕2号',
      issuer: '中共白沙区委区直机关工作委员会', issuedOn: '2025-02-28', addressees: ['区直各单位党组织'],
    },
    outline: `
part 一、|强化政治机关建设
  task (一)|深化理论武装
  task (二)|严明政治纪律和政治规矩
part 二、|夯实基层组织基础
  task (三)|推进党支部标准化规范化建设
  task (四)|加强党务干部队伍建设
part 三、|推进党建与业务深度融合
  task (五)|开展“党建+营商环境”行动
part 四、|加强作风和纪律建设
  task (六)|持续整治形式主义官僚主义
`,
    departments: [
      { heading: '深化理论武装', lead: ['区直机关工委宣传部'] },
      { heading: '严明政治纪律和政治规矩', lead: ['区直机关工委办公室', '区直机关纪工委'] },
      { heading: '推进党支部标准化规范化建设', lead: ['区直机关工委组织部'] },
      { heading: '加强党务干部队伍建设', lead: ['区直机关工委组织部', '区委党校'] },
      { heading: '开展“党建+营商环境”行动', lead: ['区直机关工委组织部', '区政务服务中心党委'] },
      { heading: '持续整治形式主义官僚主义', lead: ['区直机关纪工委'] },
    ],
    indicators: [
      { heading: '推进党支部标准化规范化建设', name: '五星级党支部', value: 30, unit: '个' },
      { heading: '开展“党建+营商环境”行动', name: '党员示范岗', value: 100, unit: '个' },
      { heading: '开展“党建+营商环境”行动', name: '走访企业', value: 300, unit: '家' },
    ],
    milestones: [
      { heading: '严明政治纪律和政治规矩', year: 2025 },
      { heading: '推进党支部标准化规范化建设', year: 2025 },
      { heading: '持续整治形式主义官僚主义', year: 2025 },
    ],
  },
];

/** Batch 20 of docs/importer-corpus.md (117–122): a seventh blind batch, written before reading shared/importer/, after
 *  reading public plans of places and genres the corpus had not drawn on (街道 工作要点 and 社代会 reports, 民生实事 清单 with
 *  年度投资金额（万元）, 专项整治 with stages, 分解 notices naming 责任人 and 联系电话, Traditional mirrors of mainland plans). */
const BATCH22: CorpusDoc[] = [
  {
    file: '117-jiedao-table-quarters-community-remarks.txt',
    formats: ['pdf', 'docx'],
    style: '街道 年度工作要点: 二、重点工作 as one tab-separated table (序号/工作内容/责任科室/责任社区/完成时间/备注) — the street\'s offices lead, its 社区 carry the work out, 完成时间 a quarter (一季度…四季度) or 全年 without a year, a 备注 column kept as text; the street office\'s signature after the plan',
    meta: {
      title: '北湖区望湖街道2025年工作要点', district: '北湖区', city: null, period: { start: 2025, end: 2025 },
      issuer: '北湖区望湖街道办事处', issuedOn: '2025-02-18',
    },
    outline: `
part 一、|工作目标
part 二、|重点工作
  task 1|推进老旧小区改造，完成望湖新村、湖滨苑等3个小区综合改造
  task 2|建设社区嵌入式服务设施，新建社区食堂2个
  task 3|开展“敲门行动”，走访辖区企业150家
  task 4|完成社区网格优化调整，配齐专职网格员42名
  task 5|推进生活垃圾分类提质，创建垃圾分类示范小区6个
  task 6|组织开展“邻里节”系列活动12场
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|加强督查考核
`,
    departments: [
      { heading: '推进老旧小区改造，完成望湖新村、湖滨苑等3个小区综合改造', lead: ['城市建设管理办公室'], partners: ['望湖社区', '湖滨社区'] },
      { heading: '建设社区嵌入式服务设施，新建社区食堂2个', lead: ['社区服务办公室'], partners: ['南岸社区', '柳塘社区'] },
      { heading: '开展“敲门行动”，走访辖区企业150家', lead: ['经济发展办公室'], partners: ['各社区'] },
      { heading: '完成社区网格优化调整，配齐专职网格员42名', lead: ['平安建设办公室'], partners: ['各社区'] },
      { heading: '组织开展“邻里节”系列活动12场', lead: ['党群工作办公室'], partners: ['各社区'] },
    ],
    indicators: [
      { heading: '工作目标', name: '市场主体', value: 300, unit: '户' },
      { heading: '工作目标', name: '按期办结率', value: 98, unit: '%' },
      { heading: '建设社区嵌入式服务设施，新建社区食堂2个', name: '社区食堂', value: 2, unit: '个' },
      { heading: '完成社区网格优化调整，配齐专职网格员42名', name: '网格员', value: 42, unit: '名' },
      { heading: '推进生活垃圾分类提质，创建垃圾分类示范小区6个', name: '示范小区', value: 6, unit: '个' },
    ],
    milestones: [
      { heading: '推进老旧小区改造，完成望湖新村、湖滨苑等3个小区综合改造', year: 2025 },
      { heading: '建设社区嵌入式服务设施，新建社区食堂2个', year: 2025 },
      { heading: '完成社区网格优化调整，配齐专职网格员42名', year: 2025 },
      { heading: '推进生活垃圾分类提质，创建垃圾分类示范小区6个', year: 2025 },
    ],
    present: ['区级民生实事项目', '每季度报送走访台账'],
    absent: ['序号\t工作内容'],
  },
  {
    file: '118-gongjian-stage-ranges-fullwidth.txt',
    formats: ['pdf'],
    style: '专项整治攻坚行动方案 typed with full-width digits throughout (２０２５年, １００％, ２．５万户): (一)X整治。 run-in tasks under 整治重点 with 牵头单位： / 配合单位： / 完成时限：２０２５年６月底前 lines; 实施步骤 stages dated by month ranges in their headings (（２０２５年４月—９月）); the county government\'s signature (also as .pdf)',
    meta: { title: '柘溪县城镇燃气安全专项整治攻坚行动方案', district: '柘溪县', city: null, issuer: '柘溪县人民政府', issuedOn: '2025-03-05' },
    outline: `
part 一、|工作目标
part 二、|整治重点
  task (一)|燃气经营企业整治
  task (二)|餐饮场所用气整治
  task (三)|燃气管道设施整治
  task (四)|居民用户安全宣传
part 三、|实施步骤
  section (一)|动员部署阶段（２０２５年３月）
  section (二)|集中整治阶段（２０２５年４月—９月）
  section (三)|巩固提升阶段（２０２５年１０月—１１月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
`,
    departments: [
      { heading: '燃气经营企业整治', lead: ['县住房城乡建设局'], partners: ['县市场监管局', '县公安局'] },
      { heading: '餐饮场所用气整治', lead: ['县市场监管局'], partners: ['县商务局', '县消防救援大队', '各乡镇人民政府'] },
      { heading: '燃气管道设施整治', lead: ['县住房城乡建设局'], partners: ['县城市管理局', '县自然资源局'] },
      { heading: '居民用户安全宣传', lead: ['县住房城乡建设局'], partners: ['县应急管理局', '各乡镇人民政府'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧燃气管道', value: 35, unit: '公里' },
      { heading: '燃气管道设施整治', name: '老旧燃气管道', value: 35, unit: '公里' },
      { heading: '餐饮场所用气整治', name: '餐饮场所', value: 1200, unit: '家' },
      { heading: '居民用户安全宣传', name: '居民用户', value: 2.5, unit: '万户' },
    ],
    milestones: [
      { heading: '燃气经营企业整治', year: 2025 },
      { heading: '餐饮场所用气整治', year: 2025 },
      { heading: '燃气管道设施整治', year: 2025 },
      { heading: '居民用户安全宣传', year: 2025 },
    ],
  },
  {
    file: '119-minsheng-list-investment-remarks.txt',
    formats: ['docx', 'pdf'],
    style: '民生实事 项目清单 as the 附件 of its notice (关于印发X的通知, 文号 under the title, 主送, signature): one tab-separated table (序号/项目名称/建设内容/投资额（万元）/责任单位/完成时限/备注) grouped by "一、教育文化类（2项）" rows standing alone, numbered on; the 投资额 in 万元, a 备注 column (票决项目, 续建项目, 以奖代补) kept as text (also as .docx)',
    meta: {
      title: '西陵区2025年民生实事项目清单', district: '西陵区', city: '澄江市', period: { start: 2025, end: 2025 },
      docNumber: '西政办发〔2025〕6号', issuer: '澄江市西陵区人民政府办公室', issuedOn: '2025-02-10',
      addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
part 一、|教育文化类（2项）
  task 1|城北小学扩建工程
  task 2|社区图书馆分馆建设
part 二、|医疗养老类（2项）
  task 3|社区卫生服务中心提升改造
  task 4|老年助餐服务点建设
part 三、|城市建设类（2项）
  task 5|既有住宅加装电梯
  task 6|城区公共停车泊位建设
`,
    departments: [
      { heading: '城北小学扩建工程', lead: ['区教育局'] },
      { heading: '社区图书馆分馆建设', lead: ['区文化旅游局'] },
      { heading: '社区卫生服务中心提升改造', lead: ['区卫生健康局'] },
      { heading: '老年助餐服务点建设', lead: ['区民政局'] },
      { heading: '既有住宅加装电梯', lead: ['区住房城乡建设局'] },
      { heading: '城区公共停车泊位建设', lead: ['区城市管理局'] },
    ],
    indicators: [
      { heading: '城北小学扩建工程', name: '学位', value: 540, unit: '个' },
      { heading: '城北小学扩建工程', name: '投资额', value: 4800, unit: '万元' },
      { heading: '社区图书馆分馆建设', name: '社区图书馆分馆', value: 10, unit: '个' },
      { heading: '老年助餐服务点建设', name: '老年助餐服务点', value: 15, unit: '个' },
      { heading: '既有住宅加装电梯', name: '投资额', value: 3600, unit: '万元' },
      { heading: '城区公共停车泊位建设', name: '停车泊位', value: 800, unit: '个' },
    ],
    milestones: [
      { heading: '城北小学扩建工程', year: 2025 },
      { heading: '社区卫生服务中心提升改造', year: 2025 },
      { heading: '城区公共停车泊位建设', year: 2025 },
    ],
    present: ['票决项目', '以奖代补'],
  },
  {
    file: '120-leader-lead-person-phone.txt',
    formats: ['doc'],
    style: '重点工作推进方案: (一) run-in tasks each followed by "责任领导：<a person>（副区长）" / "牵头单位：A" / "责任人：<a person>（A局长），联系电话：0591-87651234" (or a mobile number) / "配合单位：B、C" lines — neither the persons nor the telephone numbers are departments, targets or dates; a 联系人 line closing the plan (also as .doc)',
    meta: { title: '芦湾区2025年城市更新重点工作推进方案', district: '芦湾区', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|实施老旧小区改造
  task (二)|推进雨污管网更新
  task (三)|建设口袋公园
  task (四)|推进历史街区保护更新
part 三、|保障措施
  section (一)|健全推进机制
  section (二)|强化要素保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '实施老旧小区改造', lead: ['区住房城乡建设局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '推进雨污管网更新', lead: ['区水利局'], partners: ['区城市管理局'] },
      { heading: '建设口袋公园', lead: ['区城市管理局'], partners: ['区自然资源局', '各街道办事处'] },
      { heading: '推进历史街区保护更新', lead: ['区文化旅游局'], partners: ['区住房城乡建设局', '西河街道办事处'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧小区', value: 28, unit: '个' },
      { heading: '工作目标', name: '雨污管网', value: 40, unit: '公里' },
      { heading: '推进雨污管网更新', name: '雨污管网', value: 40, unit: '公里' },
      { heading: '推进雨污管网更新', name: '易涝点', value: 5, unit: '处' },
      { heading: '建设口袋公园', name: '口袋公园', value: 15, unit: '个' },
      { heading: '推进历史街区保护更新', name: '历史建筑', value: 18, unit: '栋' },
    ],
    milestones: [
      { heading: '实施老旧小区改造', year: 2025 },
      { heading: '建设口袋公园', year: 2025 },
    ],
    present: ['刘海涛（区住房城乡建设局局长）'],
  },
  {
    file: '121-traditional-annex-remarks.txt',
    formats: ['pdf', 'docx'],
    style: 'a mainland 实施方案 exported in Traditional script (opencc-js cn→tw, no vocabulary change): 一、/（一）/1./（1） with 1. afresh per section, no departments in the text; a closing 附件 重點任務分解表 (序號/重點任務/責任單位/完成時限/備註) repeating the tasks by name with their units and deadlines, a 備註 column (also as .docx)',
    meta: { title: '豐源縣推進縣域商業體系建設實施方案', district: '豐源縣', city: null },
    outline: `
part 一、|總體目標
part 二、|重點任務
  section (一)|完善縣域商業網絡
    task 1.|建設縣級物流配送中心
    task 2.|改造提升鄉鎮商貿中心
      item (1)|完善購物餐飲功能
      item (2)|拓展便民服務功能
    task 3.|發展村級便民商店
  section (二)|發展農村電子商務
    task 1.|培育農村電商主體
    task 2.|拓展農產品上行渠道
part 三、|保障措施
  section (一)|加強組織領導
  section (二)|強化資金保障
appendix 附件|重點任務分解表
`,
    departments: [
      { heading: '建設縣級物流配送中心', lead: ['縣商務局', '縣郵政分公司'] },
      { heading: '改造提升鄉鎮商貿中心', lead: ['縣商務局', '各鄉鎮人民政府'] },
      { heading: '發展村級便民商店', lead: ['縣供銷社'] },
      { heading: '培育農村電商主體', lead: ['縣商務局', '縣人力資源社會保障局'] },
      { heading: '拓展農產品上行渠道', lead: ['縣農業農村局', '縣供銷社'] },
    ],
    indicators: [
      { heading: '總體目標', name: '農村網絡零售額', value: 6, unit: '億元' },
      { heading: '改造提升鄉鎮商貿中心', name: '鄉鎮商貿中心', value: 8, unit: '個' },
      { heading: '發展村級便民商店', name: '村級便民商店', value: 120, unit: '個' },
      { heading: '拓展農產品上行渠道', name: '農產品產地集配中心', value: 3, unit: '個' },
    ],
    milestones: [
      { heading: '建設縣級物流配送中心', year: 2025 },
      { heading: '改造提升鄉鎮商貿中心', year: 2025 },
      { heading: '發展村級便民商店', year: 2025 },
      { heading: '培育農村電商主體', year: 2025 },
      { heading: '拓展農產品上行渠道', year: 2025 },
    ],
    present: ['中央資金支持項目', '每年新增40個'],
  },
  {
    file: '122-gangyao-box-tables.txt',
    formats: ['pdf', 'docx'],
    style: '县 十四五 专项规划 in chapters (第X章 / 第X节 / 一、X。 run-in work), its period in the preamble; 专栏N boxes whose projects are a tab-separated table (序号/工程名称/建设内容/总投资（亿元）/建设年限) instead of numbered lines — each row a project of the box (also as .docx)',
    meta: { title: '白鹭县“十四五”综合交通运输发展规划', district: '白鹭县', city: null, period: { start: 2021, end: 2025 } },
    outline: `
part 第一章|发展基础
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|发展目标
part 第三章|主要任务
  section 第一节|打通对外交通通道
    task 一、|加快高速公路建设
    task 二、|提升国省干线公路
    box 专栏1|对外交通重大工程
      item 1|白鹭至港城高速公路
      item 2|G205线白鹭段改线工程
      item 3|S312线拓宽改造工程
  section 第二节|完善城乡交通网络
    task 一、|推进“四好农村路”建设
    task 二、|发展城乡客运一体化
    box 专栏2|城乡交通重大工程
      item 1|农村公路提质改造工程
      item 2|危桥改造工程
      item 3|乡镇综合运输服务站
part 第四章|保障措施
  section 第一节|加强组织领导
  section 第二节|强化资金保障
`,
    indicators: [
      { heading: '发展目标', name: '高速公路通车里程', value: 120, unit: '公里', year: 2025 },
      { heading: '发展目标', name: '农村公路优良中等路率', value: 80, unit: '%' },
      { heading: '推进“四好农村路”建设', name: '农村公路', value: 300, unit: '公里' },
      { heading: '推进“四好农村路”建设', name: '危桥', value: 40, unit: '座' },
      { heading: '发展城乡客运一体化', name: '新能源公交车', value: 60, unit: '辆' },
    ],
    present: ['新建双向四车道高速公路42公里', '改造危桥40座'],
  },
];

/** Session 32: the gaps found by importing real public plans (docs/importer-corpus.md "Real plans read (session 32)"), each in a document of our own. */
const BATCH_REAL32: CorpusDoc[] = [
  {
    file: '123-gangyao-document-site-cover.txt',
    style: '区 十四五 纲要 as a document-sharing site gives it: the site\'s heading line and "[规划计划] 发表于:<date time>", the cover title over two lines with the bureau and "2021年3月" under it, "规划编制单位:" / "编制负责人:" field lines, a one-character district (临江市东区) named by an organ only in the 序言 (《中共临江市东区委员会关于…的建议》), quotes padded with spaces (“ 十三五 ”), a chapter heading broken after its comma',
    meta: {
      title: '临江市东区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', district: '东区', city: '临江市',
      period: { start: 2021, end: 2025 }, docNumber: null, issuer: '临江市东区发展和改革局', issuedOn: '2021-03',
    },
    outline: `
part 第一章|夯实 “ 老工业基地 ” 转型的产业根基，奋力开创现代化东区建设新局面
  section 第一节|发展基础
  section 第二节|主要目标
part 第二章|建设现代产业体系
  task 第一节|壮大先进制造业
  task 第二节|提升现代服务业
part 第三章|保障规划实施
  section 第一节|加强组织领导
`,
    departments: [
      { heading: '壮大先进制造业', lead: ['区经济和信息化局'], partners: ['区科技局'] },
      { heading: '提升现代服务业', lead: ['区商务局'], partners: ['区发展和改革局'] },
    ],
    indicators: [
      { heading: '壮大先进制造业', name: '传统产业技术改造项目', value: 60, unit: '个' },
      { heading: '壮大先进制造业', name: '专精特新企业', value: 30, unit: '家' },
    ],
    absent: ['发表于'],
  },
  {
    file: '124-fenjie-fangan-index-rows-no-colon.txt',
    style: '区委办 区政府办 joint 任务分解方案 on its web page: "您当前所在的位置" breadcrumb, index rows without colons ("文号 X 是否有效", "发布机构 发文日期  2025年04月16日"), the district 青景山区 (three characters ending like 山区) named by "中共临江市青景山区委办公室", the plan title broken inside the name it quotes ("…贯彻落实《关于加强新时代" ⏎ "街道工作的意见》的任务分解方案"), 一、 groups closed by "（牵头领导：…）", 1. points numbered on with 牵头单位 / 协办单位 lines',
    meta: {
      title: '青景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案', district: '青景山区', city: '临江市', period: null,
      docNumber: '青办发〔2025〕9号', issuer: '中共临江市青景山区委办公室', issuedOn: '2025-04-16',
    },
    outline: `
part 一、|提高基层党建工作水平
  task 1.|完善街道党工委对地区治理重大工作的领导体制机制，涉及基层治理的重大事项由街道党工委讨论决定
  task 2.|以区域化党建为重点
part 二、|深化街道管理体制改革、综合执法改革和社区服务改革等重点改革任务
  task 3.|推进街道综合执法，整合街道执法力量，2025年6月底前完成综合执法队组建
  task 4.|完善社区服务体系，新建社区综合服务设施8个
`,
    departments: [
      { heading: '完善街道党工委对地区治理重大工作的领导体制机制，涉及基层治理的重大事项由街道党工委讨论决定', lead: ['区委组织部'], partners: ['区委编办', '区民政局', '各街道党工委'] },
      { heading: '以区域化党建为重点', lead: ['区委组织部'], partners: ['区委社会工作部', '各街道党工委'] },
      { heading: '推进街道综合执法，整合街道执法力量，2025年6月底前完成综合执法队组建', lead: ['区司法局'], partners: ['区城市管理委', '各街道办事处'] },
      { heading: '完善社区服务体系，新建社区综合服务设施8个', lead: ['区民政局'], partners: ['区财政局', '各街道办事处'] },
    ],
    indicators: [
      { heading: '完善社区服务体系，新建社区综合服务设施8个', name: '社区综合服务设施', value: 8, unit: '个' },
    ],
    milestones: [
      { heading: '以区域化党建为重点', year: 2025 },
      { heading: '推进街道综合执法，整合街道执法力量，2025年6月底前完成综合执法队组建', year: 2025 },
    ],
  },
  {
    file: '125-minsheng-shishi-tables-under-headings.txt',
    formats: ['pdf'],
    style: '县 民生实事 and 重点工程 任务分解表 notice page: an index table printed with bars and its labels in square brackets ("[ 发文字号 ] | X |"), then 一、/二、 headings naming a table ("一、10件民生实事任务分解表"), each over a tab table 序号 / 具体工作任务和要求 / 责任领导 / 责任单位 / 落实情况 (empty) — the rows are the tasks',
    meta: {
      title: '2025年民生实事和重点工程任务分解表', district: '柘塘县', city: null, period: { start: 2025, end: 2025 },
      docNumber: '柘府办发〔2025〕7号', issuer: '柘塘县人民政府办公室', issuedOn: '2025-02-18',
    },
    outline: `
part 一、|10件民生实事任务分解表
  task 1|完成城北学校主体建设，新增义务教育学位3000个
  task 2|完成县妇幼保健院主体工程建设，5个乡镇卫生院完成改扩建
  task 3|启动城南幼儿园建设，扩充公办幼儿园学位至1500个
part 二、|5项重点工程任务分解表
  task 1|建成城北大道一期工程，新建道路4.5公里
  task 2|完成城南污水处理厂扩建，新增日处理能力2万吨
`,
    departments: [
      { heading: '完成城北学校主体建设，新增义务教育学位3000个', lead: ['县教体局'] },
      { heading: '完成县妇幼保健院主体工程建设，5个乡镇卫生院完成改扩建', lead: ['县卫健委'] },
      { heading: '建成城北大道一期工程，新建道路4.5公里', lead: ['县住建局'] },
      { heading: '完成城南污水处理厂扩建，新增日处理能力2万吨', lead: ['县水务局'] },
    ],
    indicators: [
      { heading: '完成城北学校主体建设，新增义务教育学位3000个', name: '义务教育学位', value: 3000, unit: '个' },
    ],
  },
];

/** Blind batch 21 (126–131): written before reading shared/importer/, after reading public plans of zones (管委会),
 *  townships, one bureau's own 工作要点 and plans with annex tables (docs/importer-corpus.md, batch 21). */
const BATCH23: CorpusDoc[] = [
  {
    file: '126-gaoxinqu-guanwei-bumen-leads.txt',
    formats: ['docx'],
    style: '高新区 管委会 工作方案 after its notice (版头 "…管理委员会文件", 文号, the organ\'s name broken before 关于, 主送 管委会各部门): (一) run-in tasks closing with "（牵头部门：A；配合部门：B、C）" — the zone\'s own offices without 区 (科技创新局, 党群工作部, 财政金融局, a city bureau\'s 分局, a company); "6月底前" / "9月底前" in a one-year plan; a 版记 with 抄送 and the printing office',
    meta: {
      title: '枫城高新区2025年科技创新提升工作方案', docNumber: '枫高管发〔2025〕6号',
      issuer: '枫城高新技术产业开发区管理委员会', issuedOn: '2025-03-12',
      addressees: ['管委会各部门', '各街道办事处', '驻区各单位'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|壮大创新主体
  task (二)|建设研发平台
  task (三)|促进成果转化
  task (四)|引育科技人才
  task (五)|拓展创新空间
  task (六)|强化科技金融
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化考核督导
  section (三)|加大资金保障
`,
    departments: [
      { heading: '壮大创新主体', lead: ['科技创新局'], partners: ['经济发展局', '财政金融局', '各街道办事处'] },
      { heading: '建设研发平台', lead: ['科技创新局'], partners: ['投资促进局', '枫城科创集团有限公司'] },
      { heading: '促进成果转化', lead: ['科技创新局'], partners: ['市场监管分局', '枫城科创集团有限公司'] },
      { heading: '引育科技人才', lead: ['党群工作部'], partners: ['科技创新局', '社会事务局'] },
      { heading: '拓展创新空间', lead: ['规划建设局'], partners: ['自然资源和规划分局', '枫城科创集团有限公司'] },
      { heading: '强化科技金融', lead: ['财政金融局'], partners: ['科技创新局', '各合作银行'] },
    ],
    indicators: [
      { heading: '工作目标', name: '研发经费投入强度', value: 4.2, unit: '%' },
      { heading: '工作目标', name: '高新技术企业总数', value: 420, unit: '家' },
      { heading: '工作目标', name: '技术合同成交额', value: 35, unit: '亿元' },
      { heading: '壮大创新主体', name: '入库企业', value: 120, unit: '家' },
      { heading: '建设研发平台', name: '省级工程技术研究中心', value: 5, unit: '个' },
      { heading: '引育科技人才', name: '博士后科研工作站', value: 3, unit: '个' },
      { heading: '拓展创新空间', name: '孵化载体面积', value: 10, unit: '万平方米' },
    ],
    milestones: [
      // a one-year plan: "6月底前完成首批入库企业辅导", "9月底前中心投入运营"
      { heading: '壮大创新主体', year: 2025 },
      { heading: '促进成果转化', year: 2025 },
    ],
    absent: ['抄送：枫城市科学技术局', '2025年3月12日印发'],
  },
  {
    file: '127-bumen-zhujianju-star-keshi.txt',
    formats: ['pdf'],
    style: '部门 工作要点 of one 区 bureau (no notice, the bureau\'s signature): 1. points numbered on through 一、 groups, the year\'s key points marked by a star before the number ("★1.", explained in the preamble), each closing with "（责任科室：A；配合科室：B、C）" — the bureau\'s own 科室 and its 局属 units leading; a 机关党委 lead',
    meta: { title: '河阳区住房和城乡建设局2025年工作要点', district: '河阳区', city: null, issuer: '河阳区住房和城乡建设局', issuedOn: '2025-02-18' },
    outline: `
part 一、|稳步推进城市更新
  task ★1.|实施老旧小区改造
  task 2.|推进城中村改造
  task ★3.|完善市政基础设施
part 二、|着力保障住房安全
  task ★4.|做好保交房工作
  task 5.|加快保障性住房建设
  task 6.|开展自建房安全专项整治
part 三、|提升建筑业发展质量
  task 7.|培育建筑业骨干企业
  task ★8.|强化施工安全监管
part 四、|加强机关自身建设
  task 9.|深化党建引领
  task 10.|推进依法行政
`,
    departments: [
      { heading: '实施老旧小区改造', lead: ['城市建设科'], partners: ['计划财务科', '区物业服务中心'] },
      { heading: '推进城中村改造', lead: ['房屋征收科'], partners: ['政策法规科'] },
      { heading: '完善市政基础设施', lead: ['城市建设科'], partners: ['区市政设施管理所'] },
      { heading: '做好保交房工作', lead: ['房地产市场监管科'], partners: ['计划财务科'] },
      { heading: '加快保障性住房建设', lead: ['住房保障科'] },
      { heading: '开展自建房安全专项整治', lead: ['村镇建设科'], partners: ['区建设工程质量安全监督站', '各街道办事处'] },
      { heading: '培育建筑业骨干企业', lead: ['建筑市场管理科'] },
      { heading: '强化施工安全监管', lead: ['区建设工程质量安全监督站'], partners: ['建筑市场管理科'] },
      { heading: '深化党建引领', lead: ['机关党委'] },
      { heading: '推进依法行政', lead: ['政策法规科'] },
    ],
    indicators: [
      { heading: '实施老旧小区改造', name: '老旧小区', value: 42, unit: '个' },
      { heading: '实施老旧小区改造', name: '电梯', value: 60, unit: '部' },
      { heading: '完善市政基础设施', name: '雨污管网', value: 30, unit: '公里' },
      { heading: '加快保障性住房建设', name: '保障性租赁住房', value: 1500, unit: '套' },
      { heading: '开展自建房安全专项整治', name: '经营性自建房', value: 3500, unit: '栋' },
      { heading: '培育建筑业骨干企业', name: '建筑业总产值', value: 320, unit: '亿元' },
      { heading: '强化施工安全监管', name: '检查覆盖率', value: 100, unit: '%' },
    ],
    milestones: [
      // the year of the title: "6月底前全部开工，11月底前完成主体改造", "9月底前实现重大隐患清零"
      { heading: '实施老旧小区改造', year: 2025 },
      { heading: '开展自建房安全专项整治', year: 2025 },
    ],
  },
  {
    file: '128-abbrev-after-first-use.txt',
    style: '实施方案 after its notice: (一) run-in tasks closing with "（A牵头，B、C配合）" where a department is named in full at its first use with its short name in a nested bracket ("区商务和经济信息化局（以下简称区商务经信局）牵头") and by the short name after it; a 公安 分局 named after the district ("公安青峰分局"); 实施步骤 stages dated by month ranges',
    meta: {
      title: '青峰区城乡商业体系建设实施方案（2025—2027年）', district: '青峰区', city: null, period: { start: 2025, end: 2027 },
      docNumber: '青府办发〔2025〕9号', issuer: '青峰区人民政府办公室', issuedOn: '2025-04-03',
      addressees: ['各镇人民政府', '街道办事处', '区政府各部门'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|完善镇级商贸网络
  task (二)|发展农村电子商务
  task (三)|健全城乡物流配送体系
  task (四)|提升农产品供应链水平
  task (五)|规范城乡市场秩序
part 三、|实施步骤
  section (一)|启动阶段（2025年4月—6月）
  section (二)|推进阶段（2025年7月—2026年12月）
  section (三)|总结阶段（2027年1月—12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
  section (三)|加强督查考核
`,
    departments: [
      // names as written: the full name where the text gives it, the short name after "以下简称"
      { heading: '完善镇级商贸网络', lead: ['区商务和经济信息化局'], partners: ['区发展和改革局', '区财政局', '各镇'] },
      { heading: '发展农村电子商务', lead: ['区商务经信局'], partners: ['区农业农村局', '区邮政分公司'] },
      { heading: '健全城乡物流配送体系', lead: ['区交通运输局'], partners: ['区商务经信局', '区发改局'] },
      { heading: '提升农产品供应链水平', lead: ['区农业农村局'], partners: ['区市场监督管理局', '区商务经信局'] },
      { heading: '规范城乡市场秩序', lead: ['区市场监管局'], partners: ['公安青峰分局', '区商务经信局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '镇级商贸中心', value: 12, unit: '个' },
      { heading: '工作目标', name: '农村网络零售额', value: 18, unit: '亿元' },
      { heading: '发展农村电子商务', name: '农村电商带头人', value: 200, unit: '名' },
      { heading: '健全城乡物流配送体系', name: '镇级物流服务站', value: 10, unit: '个' },
      { heading: '提升农产品供应链水平', name: '产地冷藏保鲜设施', value: 20, unit: '个' },
    ],
    milestones: [
      { heading: '完善镇级商贸网络', year: 2025, stage: '完成' },
      { heading: '健全城乡物流配送体系', year: 2026 },
    ],
  },
  {
    file: '129-indicator-two-target-years.txt',
    formats: ['docx', 'pdf'],
    style: '三年行动方案 signed by the government (no notice): a tab-separated 主要指标 table with TWO target columns (序号/指标名称/单位/2024年基期值/2025年目标值/2027年目标值/属性, a "—" 基期值), each a target of its own year; 1. tasks directly under 重点任务 holding two measures, each closing with its own "（责任单位：A；完成时限：2025年6月底）"',
    meta: { title: '西岭区制造业数字化转型三年行动方案（2025—2027年）', district: '西岭区', city: null, period: { start: 2025, end: 2027 }, issuer: '西岭区人民政府', issuedOn: '2025-01-20' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task 1.|开展企业诊断服务
  task 2.|推进智能工厂建设
  task 3.|培育工业互联网平台
  task 4.|夯实数字基础设施
  task 5.|推动绿色化数字化协同
part 三、|保障措施
  section (一)|加强统筹推进
  section (二)|加大政策支持
  section (三)|强化人才支撑
`,
    departments: [
      // two measures, two brackets: both units answer for the task
      { heading: '开展企业诊断服务', lead: ['区工业和信息化局', '区科学技术局'] },
      { heading: '推进智能工厂建设', lead: ['区工业和信息化局', '区财政局'] },
      { heading: '培育工业互联网平台', lead: ['区工业和信息化局', '区数据局'] },
      { heading: '夯实数字基础设施', lead: ['区数据局'] },
      { heading: '推动绿色化数字化协同', lead: ['区发展和改革局'] },
    ],
    indicators: [
      // each target column is a target of its year (the table and the sentence say both)
      { heading: '总体目标', name: '规模以上工业企业数字化改造覆盖率', value: 60, unit: '%', year: 2025 },
      { heading: '总体目标', name: '规模以上工业企业数字化改造覆盖率', value: 85, unit: '%', year: 2027 },
      { heading: '总体目标', name: '省级工业互联网平台', value: 5, unit: '个', year: 2025 },
      { heading: '总体目标', name: '省级工业互联网平台', value: 10, unit: '个', year: 2027 },
      { heading: '总体目标', name: '省级智能工厂', value: 10, unit: '家', year: 2025 },
      { heading: '总体目标', name: '省级智能工厂', value: 20, unit: '家', year: 2027 },
      { heading: '总体目标', name: '数字经济核心产业增加值', value: 100, unit: '亿元', year: 2025 },
      { heading: '总体目标', name: '数字经济核心产业增加值', value: 150, unit: '亿元', year: 2027 },
      { heading: '推进智能工厂建设', name: '省级智能工厂', value: 14, unit: '家' },
      { heading: '培育工业互联网平台', name: '上云企业', value: 1500, unit: '家' },
      { heading: '夯实数字基础设施', name: '5G基站', value: 800, unit: '个' },
    ],
    milestones: [
      { heading: '开展企业诊断服务', year: 2025 },
      { heading: '推进智能工厂建设', year: 2027 },
      { heading: '培育工业互联网平台', year: 2027 },
      { heading: '夯实数字基础设施', year: 2026 },
      { heading: '推动绿色化数字化协同', year: 2026 },
    ],
  },
  {
    file: '130-fubiao-hyphen-task-numbers.txt',
    style: '行动计划 whose tasks (1. afresh under each (一)) name no department: a closing 附表 重点任务分工表 (序号/重点任务/牵头单位/配合单位/完成时限) numbers them "1-1, 1-2, 2-1" — group and task — and gives their units and deadlines (2026年10月底, 持续推进)',
    meta: { title: '南溪区全民健身设施补短板行动计划（2025—2026年）', district: '南溪区', city: null, period: { start: 2025, end: 2026 } },
    outline: `
part 一、|行动目标
part 二、|重点任务
  section (一)|扩大健身设施供给
    task 1.|建设社区体育公园
    task 2.|推进健身步道建设
    task 3.|更新老旧健身器材
  section (二)|盘活存量体育资源
    task 1.|推动学校体育场地开放
    task 2.|利用闲置空间建设健身场所
  section (三)|提升设施运营水平
    task 1.|建立智慧管理平台
    task 2.|落实设施管护责任
part 三、|保障措施
  section (一)|加强组织协调
  section (二)|保障建设用地
  section (三)|多渠道筹措资金
appendix 附表|南溪区全民健身设施补短板重点任务分工表
`,
    departments: [
      { heading: '建设社区体育公园', lead: ['区体育局'], partners: ['区住房和城乡建设局', '区城市管理局', '各街道办事处'] },
      { heading: '推进健身步道建设', lead: ['区城市管理局'], partners: ['区水务局', '区体育局'] },
      { heading: '更新老旧健身器材', lead: ['区体育局'], partners: ['各街道办事处'] },
      { heading: '推动学校体育场地开放', lead: ['区教育局'], partners: ['区体育局', '区公安分局'] },
      { heading: '利用闲置空间建设健身场所', lead: ['区体育局'], partners: ['区自然资源和规划局', '区消防救援大队'] },
      { heading: '建立智慧管理平台', lead: ['区体育局'], partners: ['区数据局'] },
      { heading: '落实设施管护责任', lead: ['各街道办事处'], partners: ['区体育局', '区城市管理局'] },
    ],
    indicators: [
      { heading: '行动目标', name: '人均体育场地面积', value: 2.8, unit: '平方米' },
      { heading: '行动目标', name: '社区体育公园', value: 12, unit: '个' },
      { heading: '推进健身步道建设', name: '健身步道', value: 40, unit: '公里' },
      { heading: '更新老旧健身器材', name: '器材', value: 600, unit: '件' },
      { heading: '推动学校体育场地开放', name: '开放率', value: 90, unit: '%' },
    ],
    milestones: [
      { heading: '建设社区体育公园', year: 2026 },
      { heading: '推进健身步道建设', year: 2026 },
      { heading: '更新老旧健身器材', year: 2025 },
      { heading: '推动学校体育场地开放', year: 2025 },
      { heading: '利用闲置空间建设健身场所', year: 2026 },
      { heading: '建立智慧管理平台', year: 2025 },
    ],
  },
  {
    file: '131-zhen-one-table-village-units.txt',
    formats: ['pdf'],
    style: '镇 任务清单 that is ONE tab-separated table after a two-paragraph preamble (序号/目标任务/具体措施/牵头单位/配合单位/完成时限), no heading at all: the township\'s 站所 lead (镇综合行政执法队, 镇规划建设办, 镇农业服务中心, 镇妇联), villages named one by one or as 各村（社区） partners; 完成时限 "2025年6月底前" / 全年; the township\'s signature with its county',
    meta: { title: '青禾镇2025年人居环境整治提升重点任务清单', district: '临川县', city: null, issuer: '临川县青禾镇人民政府', issuedOn: '2025-03-05' },
    outline: `
task 1|农村生活垃圾分类处理
task 2|农村生活污水治理
task 3|农村户厕改造提升
task 4|村庄清洁行动
task 5|美丽庭院创建
task 6|农房风貌管控
task 7|和美乡村示范村建设
`,
    departments: [
      { heading: '农村生活垃圾分类处理', lead: ['镇综合行政执法队'], partners: ['各村（社区）'] },
      { heading: '农村生活污水治理', lead: ['镇规划建设办'], partners: ['石岭村', '枫桥村', '下湾村'] },
      { heading: '农村户厕改造提升', lead: ['镇社会事务办'], partners: ['各村（社区）'] },
      { heading: '村庄清洁行动', lead: ['镇农业服务中心'], partners: ['各村（社区）'] },
      { heading: '美丽庭院创建', lead: ['镇妇联'], partners: ['各村（社区）'] },
      { heading: '农房风貌管控', lead: ['镇规划建设办'], partners: ['镇综合行政执法队', '各村（社区）'] },
      { heading: '和美乡村示范村建设', lead: ['镇农业服务中心'], partners: ['镇规划建设办', '石岭村', '枫桥村'] },
    ],
    indicators: [
      { heading: '农村生活垃圾分类处理', name: '垃圾分类收集亭', value: 28, unit: '座' },
      { heading: '农村生活污水治理', name: '受益农户', value: 860, unit: '户' },
      { heading: '农村户厕改造提升', name: '农村公厕', value: 6, unit: '座' },
      { heading: '美丽庭院创建', name: '美丽庭院示范户', value: 300, unit: '户' },
      { heading: '和美乡村示范村建设', name: '和美乡村示范村', value: 2, unit: '个' },
    ],
    milestones: [
      { heading: '农村生活垃圾分类处理', year: 2025 },
      { heading: '农村生活污水治理', year: 2025 },
      { heading: '农房风貌管控', year: 2025 },
    ],
  },
];

// Documents of our own in shapes met reading real public plans in session 33 (docs/importer-corpus.md).
const BATCH_REAL33: CorpusDoc[] = [
  {
    file: '132-notice-requests-plan-as-file.txt',
    style: '县政府办 印发 notice on its web page whose plan (the 任务分解表) is a separate file: the notice numbers its own requests (一、提高政治站位… 二、加强统筹调度… 三、严格督查考核…, no units, no lower level), then its signature and date and "附件：….xlsx" — the download link; no plan in the text, so no outline, the whole text the notice',
    meta: {
      title: '2025年县政府工作报告重点工作任务分解', district: '柘川县', city: null, period: { start: 2025, end: 2025 },
      docNumber: '柘府办发〔2025〕5号', issuer: '柘川县人民政府办公室', issuedOn: '2025-02-26',
      addressees: ['各乡镇人民政府', '街道办事处', '县政府各部门', '各有关单位'],
    },
    outline: ``,
    warnings: ['no-structure'],
    absent: ['打印本页', '发布时间'],
  },
  {
    file: '133-gangyao-contents-page-no-title.txt',
    style: '县 纲要 web page giving only the cover and the contents (no "目录" line: a run of 第X篇/第X章/第X节 entries ending in rising page numbers, the text stopping after them) and the full text as a .pdf link — no body here, the entries are no outline',
    meta: {
      title: '云岭县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', district: '云岭县', city: null, period: { start: 2021, end: 2025 },
      issuer: '云岭县人民政府', issuedOn: '2021-05',
    },
    outline: ``,
    warnings: ['no-structure'],
    absent: ['打印本页', '发展基础', '壮大特色农业'],
  },
  {
    file: '134-kaifaqu-guanyu-title-broken.txt',
    style: '市政府办 印发 notice of a 开发区 实施方案 whose own title starts with 关于 and is broken over two lines ("关于加快临江经济开发区" ⏎ "转型升级的实施方案"), the notice naming it whole ("现将《关于加快…的实施方案》印发给你们") while its own title drops the 的; 一、 parts, (一) tasks with "（责任单位：…）"',
    meta: {
      title: '关于加快临江经济开发区转型升级的实施方案', district: null, city: '临江市',
      docNumber: '临政办函〔2024〕21号', issuer: '临江市人民政府办公室', issuedOn: '2024-06-12',
    },
    outline: `
part 一、|总体要求
  section （一）|工作目标
part 二、|重点任务
  task （一）|推进产业链招商
  task （二）|盘活低效用地
  task （三）|完善园区配套
part 三、|保障措施
  section （一）|强化组织领导
  section （二）|加强考核评价
`,
    departments: [
      { heading: '推进产业链招商', lead: ['开发区管委会', '市商务局'] },
      { heading: '盘活低效用地', lead: ['市自然资源局', '开发区管委会'] },
      { heading: '完善园区配套', lead: ['开发区管委会', '市住房城乡建设局'] },
    ],
  },
  {
    file: '135-law-site-bracket-index-rows.txt',
    style: '市政府 目标责任分解 notice as a law site prints it: index rows with their labels in 【】 ("【发布文号】临政发[2024]3号", "【失效日期】" empty, "【所属类别】政策参考"), the 文号 in ASCII square brackets, then 一、 groups of 1. tasks numbered on, each with 牵头单位 / 协同单位 lines',
    meta: {
      title: '2024年市政府工作目标责任分解', district: null, city: '临江市', period: { start: 2024, end: 2024 },
      docNumber: '临政发〔2024〕3号', issuer: '临江市人民政府', issuedOn: '2024-02-05',
    },
    outline: `
part 一、|扩大有效投资
  task 1.|全年实施市级重点项目150个，完成投资420亿元
  task 2.|争取地方政府专项债券资金45亿元以上
part 二、|建设宜居城市
  task 3.|完成城镇老旧小区改造60个，2024年11月底前全部完工
  task 4.|新建改造城市供水管网80公里
part 三、|办好民生实事
  task 5.|新增城镇就业2.5万人
  task 6.|新建普惠性托育机构12所
`,
    departments: [
      { heading: '全年实施市级重点项目150个，完成投资420亿元', lead: ['市发展改革委'], partners: ['市财政局', '各县区人民政府'] },
      { heading: '新建改造城市供水管网80公里', lead: ['市水务局'] },
      { heading: '新建普惠性托育机构12所', lead: ['市卫生健康委'], partners: ['市教育局', '各县区人民政府'] },
    ],
    milestones: [{ heading: '完成城镇老旧小区改造60个，2024年11月底前全部完工', year: 2024 }],
    absent: ['发布单位', '所属类别', '政策参考', '文件来源'],
  },
  {
    file: '136-kaifaqu-cells-closed-by-bars.txt',
    formats: ['pdf'],
    style: '开发区 重点工作及责任清单 as a web page\'s table copied as text: one cell per line, each closed by " |" (序号 | ⏎ 重点工作 | ⏎ 责任领导 | ⏎ 责任单位 | ⏎ 完成时限 |), a 责任领导 column of people\'s names — the rows are the tasks',
    meta: { title: '临江经济开发区2025年重点工作及责任清单', period: { start: 2025, end: 2025 } },
    outline: `
task 1|优化重点项目服务机制，落实“领导+专班”“项目管家”制度，全年新签约亿元以上项目25个。
task 2|推进低效工业用地再开发，盘活闲置厂房8万平方米、存量土地300亩。
task 3|建成开发区污水处理厂二期，新增日处理能力1万吨。
task 4|新建标准厂房15万平方米，完善园区道路、供水、供电等配套设施。
task 5|开展安全生产专项整治，重点企业隐患排查覆盖率达到100%。
`,
    departments: [
      { heading: '优化重点项目服务机制，落实“领导+专班”“项目管家”制度，全年新签约亿元以上项目25个。', lead: ['招商服务部', '企业服务部'] },
      { heading: '新建标准厂房15万平方米，完善园区道路、供水、供电等配套设施。', lead: ['规划建设部', '城投公司'] },
    ],
    milestones: [
      { heading: '推进低效工业用地再开发，盘活闲置厂房8万平方米、存量土地300亩。', year: 2025 },
      { heading: '建成开发区污水处理厂二期，新增日处理能力1万吨。', year: 2025 },
    ],
    present: ['王立新'],
    absent: [' |'],
  },
  {
    file: '137-notice-annex-list-years-signature.txt',
    style: '区政府办 notice that does the 分解 itself (关于做好…的通知, no 印发): its own 一、二、三、 requests, then its 附件 list whose items open with a year ("附件：1.2025年…分解表" ⏎ "2.2025年…" ⏎ "3.2025年…": 2.2025 alone is no marker) and the signature after the list — the tables sent apart',
    meta: {
      title: '关于做好2025年政府工作报告主要目标任务和民生实事落实工作的通知', district: '柘塘区', city: '临江市',
      issuer: '临江市柘塘区人民政府办公室', issuedOn: '2025-02-20',
    },
    outline: `
part 一、|压实责任，确保质量
part 二、|协同配合，形成合力
part 三、|强化督查，严格考核
`,
  },
];


/** Session 33 (h-fields): deadlines after their subject, a 时间节点 line of months, clauses of the work after department names. */
const BATCH_FIELDS33: CorpusDoc[] = [
  {
    file: '138-jiedao-deadlines-after-subject-remarks.txt',
    style: '街道 年度重点工作安排: (一) run-in tasks whose deadlines follow their subject ("东门菜场改造项目于6月底前开工", "社区卫生服务站新址于年底前投入使用"), a "时间节点：3月底前…；6月底前…；10月底前…" line, 牵头科室 lines and a bracket with a clause of the work after the names ("，每月报送改造进度"); 工作要求 with a prohibition and a condition before deadlines (严禁在年底前…, 对6月底前未完成整改的…)',
    meta: { title: '临川区城东街道2025年重点工作安排', district: '临川区', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|工作目标
part 二、|重点工作
  task (一)|推进城市更新
  task (二)|建设智慧停车设施
  task (三)|提升为民服务水平
part 三、|工作要求
  section (一)|严格资金管理
  section (二)|强化督查考核
`,
    departments: [
      { heading: '推进城市更新', lead: ['街道城市建设管理办公室'], partners: ['街道经济发展办公室', '各社区居委会'] },
      { heading: '建设智慧停车设施', lead: ['街道城市建设管理办公室'] },
      { heading: '提升为民服务水平', lead: ['街道党政办公室'], partners: ['各社区居委会'] },
    ],
    indicators: [
      { heading: '推进城市更新', name: '老旧小区综合改造', value: 6, unit: '个' },
      { heading: '建设智慧停车设施', name: '公共停车泊位', value: 300, unit: '个' },
    ],
    milestones: [
      { heading: '推进城市更新', year: 2025, stage: '启动' },
      { heading: '推进城市更新', year: 2025, stage: '完成' },
      { heading: '建设智慧停车设施', year: 2025, stage: '完成' },
    ],
    present: ['牵头科室：街道城市建设管理办公室，每月报送改造进度', '每季度通报办理情况'],
  },
  {
    file: '139-fenjie-table-cells-with-remarks.txt',
    style: '区 民生实事 任务分解表 alone: 一、 group headings each over a tab table 序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 whose rows are the tasks; some department cells go on after the names with a clause of the work ("区教育局，每月报送建设进度", "各街道，及时做好场地协调") — no department, the task\'s text',
    meta: { title: '临川区2025年民生实事项目任务分解表', district: '临川区', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|教育卫生类
  task 1|新建城东小学综合楼，新增学位900个
  task 2|改造提升社区卫生服务站5个
part 二、|城市建设类
  task 1|新建口袋公园6个，新增绿地2.4万平方米
  task 2|新增公共停车泊位1500个
`,
    departments: [
      { heading: '新建城东小学综合楼，新增学位900个', lead: ['区教育局'], partners: ['区住房城乡建设局', '城东街道'] },
      { heading: '改造提升社区卫生服务站5个', lead: ['区卫生健康委'], partners: ['各街道'] },
      { heading: '新建口袋公园6个，新增绿地2.4万平方米', lead: ['区绿化市容局'], partners: ['各街道'] },
      { heading: '新增公共停车泊位1500个', lead: ['区交通委'], partners: ['区公安分局交警支队', '各街道'] },
    ],
    indicators: [
      { heading: '新增公共停车泊位1500个', name: '公共停车泊位', value: 1500, unit: '个' },
    ],
    milestones: [
      { heading: '新建城东小学综合楼，新增学位900个', year: 2025, stage: '完成' },
      { heading: '新增公共停车泊位1500个', year: 2025, stage: '完成' },
    ],
    present: ['每月报送建设进度', '及时做好场地协调', '按季度通报进展'],
  },
];

/** Blind batch 22 of docs/importer-corpus.md (140–145, h-gen16): shapes read in public plans of session 34, written before the importer ran on them. */
const BATCH24: CorpusDoc[] = [
  {
    file: '140-xiangcun-gongcheng-xingdong-four-deep.txt',
    formats: ['docx'],
    style: '县 乡村全面振兴 实施方案 four levels deep: 二、重点任务 / （一）实施X工程 / 1.X行动 (every heading of the level ending in 行动) / （1）X。run-in tasks closing with "（责任单位：…）"; a preface of 指导思想 / 基本原则 / 工作目标; 实施步骤 as unnumbered "第一阶段（2025年3月—4月）：动员部署。…" lines',
    meta: { title: '南屿县2025年乡村全面振兴实施方案', district: '南屿县', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|基本原则
  section (三)|工作目标
part 二、|重点任务
  section (一)|实施产业提质工程
    action 1.|粮食安全保障行动
      task (1)|稳定粮食生产
      task (2)|建设高标准农田
    action 2.|特色产业壮大行动
      task (1)|做强茶叶产业
      task (2)|发展乡村旅游
  section (二)|实施乡村建设工程
    action 1.|人居环境提升行动
      task (1)|推进农村改厕
      task (2)|治理农村生活污水
    action 2.|基础设施完善行动
      task (1)|提升农村公路
      task (2)|保障农村供水
  section (三)|实施乡村治理工程
    action 1.|基层组织建设行动
      task (1)|整顿软弱涣散村党组织
      task (2)|壮大村级集体经济
part 三、|实施步骤
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '稳定粮食生产', lead: ['县农业农村局', '各乡镇人民政府'] },
      { heading: '建设高标准农田', lead: ['县农业农村局', '县财政局'] },
      { heading: '做强茶叶产业', lead: ['县农业农村局', '县林业局'] },
      { heading: '发展乡村旅游', lead: ['县文化和旅游局'] },
      { heading: '推进农村改厕', lead: ['县农业农村局', '县卫生健康局'] },
      { heading: '治理农村生活污水', lead: ['市生态环境局南屿分局', '县住房和城乡建设局'] },
      { heading: '保障农村供水', lead: ['县水利局'] },
      { heading: '整顿软弱涣散村党组织', lead: ['县委组织部'] },
    ],
    indicators: [
      { heading: '工作目标', name: '高标准农田', value: 3.2, unit: '万亩' },
      { heading: '稳定粮食生产', name: '粮食播种面积', value: 48, unit: '万亩' },
      { heading: '建设高标准农田', name: '高标准农田', value: 3.2, unit: '万亩' },
      { heading: '推进农村改厕', name: '农村卫生户厕', value: 3000, unit: '户' },
      { heading: '提升农村公路', name: '农村公路', value: 120, unit: '公里' },
      { heading: '保障农村供水', name: '农村自来水普及率', value: 98, unit: '%' },
    ],
    milestones: [
      { heading: '建设高标准农田', year: 2025 },
      { heading: '推进农村改厕', year: 2025 },
      { heading: '整顿软弱涣散村党组织', year: 2025 },
    ],
    present: ['第一阶段（2025年3月—4月）：动员部署。', '第三阶段（2025年11月—12月）：考核验收。'],
  },
  {
    file: '141-sannian-indicator-table-bare-years.txt',
    formats: ['docx', 'pdf'],
    style: '区 三年行动方案 signed by the government: a tab-separated 主要指标 table 类别/序号/指标名称/单位/基期值/2025年/2027年/属性 — the 类别 merged down, the base column without its year (a note under the table says it), the target columns headed by bare years; tasks （1）（2） directly under （一） sections, no 1. level, closing with "（牵头单位：A；配合单位：B、C）"',
    meta: { title: '青川区城市更新三年行动方案（2025—2027年）', district: '青川区', city: null, period: { start: 2025, end: 2027 }, issuer: '青川区人民政府', issuedOn: '2025-02-10' },
    outline: `
part 一、|主要目标
part 二、|重点任务
  section (一)|居住品质提升
    task (1)|推进老旧小区改造
    task (2)|推动既有住宅加装电梯
  section (二)|公共空间优化
    task (1)|建设口袋公园
    task (2)|增加停车供给
  section (三)|城市功能完善
    task (1)|改造地下管网
    task (2)|建设完整社区
part 三、|保障措施
  section (一)|强化组织领导
  section (二)|加强资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '推进老旧小区改造', lead: ['区住房城乡建设局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '推动既有住宅加装电梯', lead: ['区住房城乡建设局'], partners: ['区市场监管局', '各街道办事处'] },
      { heading: '建设口袋公园', lead: ['区园林绿化局'], partners: ['区自然资源局'] },
      { heading: '增加停车供给', lead: ['区交通运输局'], partners: ['区自然资源局', '区城管执法局'] },
      { heading: '改造地下管网', lead: ['区住房城乡建设局'], partners: ['区水务局', '青川燃气有限公司'] },
      { heading: '建设完整社区', lead: ['区民政局'], partners: ['区商务局', '各街道办事处'] },
    ],
    indicators: [
      // each bare-year column is a target of that year
      { heading: '主要目标', name: '城镇老旧小区改造', value: 40, unit: '个', year: 2025 },
      { heading: '主要目标', name: '城镇老旧小区改造', value: 120, unit: '个', year: 2027 },
      { heading: '主要目标', name: '既有住宅加装电梯', value: 150, unit: '台', year: 2025 },
      { heading: '主要目标', name: '既有住宅加装电梯', value: 400, unit: '台', year: 2027 },
      { heading: '主要目标', name: '口袋公园', value: 36, unit: '个', year: 2027 },
      { heading: '主要目标', name: '公共停车泊位', value: 12000, unit: '个', year: 2027 },
      { heading: '建设口袋公园', name: '口袋公园', value: 24, unit: '个' },
      { heading: '增加停车供给', name: '公共停车泊位', value: 3800, unit: '个' },
    ],
    milestones: [
      // "其中2025年完成40个" (a year and 完成 alone in a sentence, no 前/底) is not read as a milestone in any body
      // (celltable.ts textMilestones: one unlabelled year–stage pair is passed over); the 主要指标 table's 2025年 /
      // 2027年 columns are the goals' indicators above, not the tasks' milestones (an indicator table is no task table)
      { heading: '改造地下管网', year: 2026 },
    ],
  },
  {
    file: '142-kaifaqu-yaodian-unnumbered-runin.txt',
    formats: ['docx'],
    style: '开发区 管委会 年度工作要点 signed by the 管委会: 一、 groups whose tasks carry NO number — each a paragraph opening with a short run-in heading ("突出产业链招商。…") and closing with "（牵头部门：A；配合部门：B、C）"; the zone\'s own offices without 区, a city bureau\'s 分局, a company; 主要预期目标 in the preamble',
    meta: { title: '临江高新技术产业开发区管理委员会2025年工作要点', district: null, city: null, period: { start: 2025, end: 2025 }, issuer: '临江高新技术产业开发区管理委员会', issuedOn: '2025-01-22' },
    outline: `
part 一、|聚焦招商引资，增强发展后劲
  task |突出产业链招商
  task |抓好项目落地服务
part 二、|聚焦创新驱动，培育新质生产力
  task |壮大创新主体
  task |建设创新平台
part 三、|聚焦民生保障，提升园区品质
  task |完善园区配套
  task |守牢安全底线
`,
    departments: [
      { heading: '突出产业链招商', lead: ['招商服务局'], partners: ['经济发展局', '科技创新局'] },
      { heading: '抓好项目落地服务', lead: ['经济发展局'], partners: ['规划建设局', '市自然资源和规划局高新区分局'] },
      { heading: '壮大创新主体', lead: ['科技创新局'] },
      { heading: '建设创新平台', lead: ['科技创新局'], partners: ['临江高新投资集团有限公司'] },
      { heading: '完善园区配套', lead: ['规划建设局'], partners: ['社会事务局'] },
      { heading: '守牢安全底线', lead: ['应急管理局'], partners: ['市生态环境局高新区分局'] },
    ],
    indicators: [
      { heading: '突出产业链招商', name: '亿元以上项目', value: 20, unit: '个' },
      { heading: '壮大创新主体', name: '国家级高新技术企业', value: 40, unit: '家' },
      { heading: '完善园区配套', name: '人才公寓', value: 800, unit: '套' },
    ],
    milestones: [{ heading: '抓好项目落地服务', year: 2025 }],
  },
  {
    file: '143-qingdan-juju-shijianjiedian-table.txt',
    formats: ['pdf', 'docx'],
    style: '区 重点任务清单 that is one tab-separated table after a one-paragraph preamble: 序号/工作任务/具体举措/责任单位/时间节点, rows grouped by "一、…" rows standing alone, numbered on; the 具体举措 cell a list "1.…；2.…。"; the 责任单位 cell "A（牵头）、B、C"; the 时间节点 cell with two dated steps ("2025年6月底前上线8个事项；2025年12月底前全部上线"), one date, 全年, or a date and 持续推进',
    meta: { title: '云溪区2025年优化营商环境重点任务清单', district: '云溪区', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|提升政务服务效能
  task 1|推行“高效办成一件事”
  task 2|深化“一网通办”
part 二、|优化要素保障
  task 3|推行工业用地“标准地”出让
  task 4|降低企业融资成本
part 三、|加强法治保障
  task 5|规范涉企行政检查
  task 6|加强商事纠纷化解
`,
    departments: [
      { heading: '推行“高效办成一件事”', lead: ['区政务服务中心'], partners: ['区数据局'] },
      { heading: '深化“一网通办”', lead: ['区数据局'], partners: ['区政务服务中心', '区人力资源社会保障局'] },
      { heading: '推行工业用地“标准地”出让', lead: ['区自然资源局'], partners: ['区发展改革局'] },
      { heading: '降低企业融资成本', lead: ['区金融服务中心'], partners: ['区财政局'] },
      { heading: '规范涉企行政检查', lead: ['区司法局'], partners: ['区市场监管局'] },
      { heading: '加强商事纠纷化解', lead: ['区人民法院'], partners: ['区司法局'] },
    ],
    indicators: [
      { heading: '深化“一网通办”', name: '网上可办率', value: 98, unit: '%' },
      { heading: '降低企业融资成本', name: '普惠小微贷款', value: 15, unit: '亿元' },
    ],
    milestones: [
      { heading: '推行“高效办成一件事”', year: 2025 },
      { heading: '深化“一网通办”', year: 2025 },
      { heading: '加强商事纠纷化解', year: 2025 },
    ],
    present: ['梳理企业开办、项目开工等重点事项12个'],
  },
  {
    file: '144-duban-notice-chengban-lines.txt',
    formats: ['doc'],
    style: '区政府办 督办通知 that is itself the plan (版头 …文件, 文号, title broken after the organ, 主送, signature, （此件公开发布）): 一、督办事项 of 1. points each followed by "承办单位：A" / "协办单位：B、C" / "办结时限：2025年12月31日" lines — 承办 leads, 协办 partners; 二、督办要求 with (一) requests and a 联系人 line',
    meta: {
      title: '关于对2025年第一批重点事项进行督办的通知', district: '云溪区', city: '临江市',
      docNumber: '云府办函〔2025〕9号', issuer: '临江市云溪区人民政府办公室', issuedOn: '2025-03-04',
      addressees: ['各街道办事处', '区政府各部门'],
    },
    outline: `
part 一、|督办事项
  task 1.|城东安置房项目建设
  task 2.|中小学学位扩容
  task 3.|河道黑臭水体治理
  task 4.|背街小巷环境整治
  task 5.|清理拖欠企业账款
part 二、|督办要求
  section (一)|逐项建立台账
  section (二)|按月报送进展
  section (三)|严格督办问责
`,
    departments: [
      { heading: '城东安置房项目建设', lead: ['区住房城乡建设局'], partners: ['城东街道办事处', '云溪国有资产投资有限公司'] },
      { heading: '中小学学位扩容', lead: ['区教育局'], partners: ['区发展改革局', '区财政局'] },
      { heading: '河道黑臭水体治理', lead: ['区水务局'], partners: ['市生态环境局云溪分局', '南门街道办事处'] },
      { heading: '背街小巷环境整治', lead: ['区城市管理局'], partners: ['各街道办事处'] },
      { heading: '清理拖欠企业账款', lead: ['区工业和信息化局'], partners: ['区财政局', '区审计局'] },
    ],
    indicators: [
      { heading: '城东安置房项目建设', name: '安置房', value: 1200, unit: '套' },
      { heading: '中小学学位扩容', name: '学位', value: 2700, unit: '个' },
      { heading: '背街小巷环境整治', name: '背街小巷', value: 45, unit: '条' },
    ],
    milestones: [
      { heading: '城东安置房项目建设', year: 2025 },
      { heading: '中小学学位扩容', year: 2025 },
      { heading: '河道黑臭水体治理', year: 2025 },
      { heading: '清理拖欠企业账款', year: 2025 },
    ],
  },
  {
    file: '145-zhuanxiang-stage-groups-numbered-on.txt',
    formats: ['pdf'],
    style: '攻坚行动方案 whose tasks are grouped by stage: 三、阶段任务 / "（一）第一阶段：全面排查（2025年4月—6月）" … "（三）第三阶段：巩固提升（2026年1月—6月）", 1. tasks numbered on through the stages, each with 牵头单位 / 配合单位 lines and no date of its own — each task takes its stage\'s year; signed by the 区政府办公室',
    meta: { title: '青川区违法建设治理攻坚行动方案（2025—2026年）', district: '青川区', city: null, period: { start: 2025, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2025-03-28' },
    outline: `
part 一、|工作目标
part 二、|治理范围
part 三、|阶段任务
  section (一)|第一阶段：全面排查（2025年4月—6月）
    task 1.|开展拉网式排查
    task 2.|建立信息平台
  section (二)|第二阶段：集中拆治（2025年7月—12月）
    task 3.|拆除重点区域违法建设
    task 4.|整治住宅小区违建
  section (三)|第三阶段：巩固提升（2026年1月—6月）
    task 5.|开展验收销号
    task 6.|健全长效机制
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化执法保障
  section (三)|严格考核问责
`,
    departments: [
      { heading: '开展拉网式排查', lead: ['区城市管理局'], partners: ['各街道办事处'] },
      { heading: '建立信息平台', lead: ['区数据局'], partners: ['区城市管理局'] },
      { heading: '拆除重点区域违法建设', lead: ['各街道办事处'], partners: ['区城市管理局', '区公安分局'] },
      { heading: '整治住宅小区违建', lead: ['区住房城乡建设局'], partners: ['各街道办事处'] },
      { heading: '开展验收销号', lead: ['区城市管理局'], partners: ['区自然资源局'] },
      { heading: '健全长效机制', lead: ['区城市管理局'], partners: ['区司法局', '区考核办'] },
    ],
    indicators: [
      { heading: '工作目标', name: '存量违法建设拆除整治率', value: 95, unit: '%' },
      { heading: '拆除重点区域违法建设', name: '拆除面积', value: 15, unit: '万平方米' },
      { heading: '整治住宅小区违建', name: '违法搭建整治', value: 2000, unit: '处' },
    ],
    milestones: [
      // a task takes the year of its stage
      { heading: '开展拉网式排查', year: 2025 },
      { heading: '拆除重点区域违法建设', year: 2025 },
      { heading: '开展验收销号', year: 2026 },
      { heading: '健全长效机制', year: 2026 },
    ],
  },
];

/** Session 34 (h-real6): documents of our own in the shapes of a sixth batch of real plans (docs/importer-corpus.md). */
const BATCH_REAL34: CorpusDoc[] = [
  {
    file: '146-fengong-fenguan-lingdao-bumen-fengong.txt',
    style: '区政府 分工方案 printed after its 印发 notice, as a province\'s 分工方案 is: numbered targets and tasks, each followed by a "分管区领导：X" line and a "部门分工：A牵头，B、C配合。" line (the 部门分工 label opening the roles sentence); numbering 1.–10. running on across （一）（二）（三） sections',
    meta: {
      title: '2025年区《政府工作报告》重点任务分工方案', district: '青川区', city: '临江市', period: { start: 2025, end: 2025 },
      docNumber: '青府〔2025〕6号', issuer: '临江市青川区人民政府', issuedOn: '2025-02-18',
    },
    outline: `
part 一、|2025年经济社会发展主要预期目标
  task 1.|地区生产总值增长6%左右
  task 2.|一般公共预算收入增长4%
  task 3.|城镇新增就业4500人
  task 4.|单位地区生产总值能耗完成市下达任务
part 二、|重点工作任务
  section (一)|做强先进制造业
    task 5.|推动新能源装备产业园二期建成投产，新增规模以上工业企业20家
    task 6.|实施技术改造项目30个，完成工业投资45亿元
  section (二)|提升城市品质
    task 7.|完成老旧小区改造18个，加装电梯60台
    task 8.|新建口袋公园5个，新增绿地3万平方米
  section (三)|办好民生实事
    task 9.|新增公办幼儿园学位900个，建成青川实验小学新校区
    task 10.|建成社区嵌入式养老服务中心6个
part 三、|工作要求
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革局'], partners: ['各街道', '区直各部门'] },
      { heading: '一般公共预算收入增长4%', lead: ['区财政局'], partners: ['区税务局'] },
      { heading: '单位地区生产总值能耗完成市下达任务', lead: ['区发展改革局'], partners: ['区工业和信息化局', '区生态环境分局'] },
      { heading: '推动新能源装备产业园二期建成投产，新增规模以上工业企业20家', lead: ['区工业和信息化局'], partners: ['区投资促进中心', '东湖街道'] },
      { heading: '新增公办幼儿园学位900个，建成青川实验小学新校区', lead: ['区教育局'], partners: ['区财政局', '区住房城乡建设局'] },
    ],
    present: ['分管区领导：周建国'],
  },
  {
    file: '147-shuiwuran-notes-in-role-brackets.txt',
    style: '县 水污染防治 重点工作 实施方案 whose role brackets close with notes on the whole plan: "（A牵头，B、C配合，以下各项均需各乡镇人民政府配合，不再列出）", a square bracket with a round one left unopened "[A牵头，B、C配合，以下均需…落实，不再列出)]", "〔责任单位：A、B按职责分工负责。具体任务均涉及…，不再做分工，下同。〕", "（牵头单位：A；配合单位：B、C。以上单位按职责分工负责）" — the notes name no unit',
    meta: {
      title: '南屿县2025年水污染防治重点工作实施方案', district: '南屿县', city: null, period: { start: 2025, end: 2025 },
      docNumber: '南政办发〔2025〕11号', issuer: '南屿县人民政府办公室', issuedOn: '2025-03-10',
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|工业污染防治
    task 1.|全面排查涉水工业企业，依法取缔不符合产业政策的小型造纸、印染企业
    task 2.|推进县经济开发区污水集中处理设施提标改造，出水达到一级A标准
  section (二)|城镇生活污染治理
    task 3.|新建改造城镇污水管网25公里，县城污水集中收集率达到75%
    task 4.|完成县第二污水处理厂扩建，新增日处理能力1万吨
  section (三)|农业农村污染治理
    task 5.|推进畜禽养殖粪污资源化利用，规模养殖场粪污处理设施装备配套率达到98%
    task 6.|完成15个行政村生活污水治理
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化考核问责
`,
    departments: [
      { heading: '全面排查涉水工业企业，依法取缔不符合产业政策的小型造纸、印染企业', lead: ['县生态环境局'], partners: ['县工业和信息化局', '县市场监管局'] },
      { heading: '推进县经济开发区污水集中处理设施提标改造，出水达到一级A标准', lead: ['县经济开发区管委会'], partners: ['县生态环境局'] },
      { heading: '新建改造城镇污水管网25公里，县城污水集中收集率达到75%', lead: ['县住房城乡建设局'], partners: ['县发展改革局', '县财政局'] },
      { heading: '完成县第二污水处理厂扩建，新增日处理能力1万吨', lead: ['县住房城乡建设局', '县水利局'] },
      { heading: '完成15个行政村生活污水治理', lead: ['县生态环境局'], partners: ['县农业农村局', '县住房城乡建设局'] },
    ],
    present: ['以下各项均需各乡镇人民政府配合，不再列出'],
  },
  {
    file: '148-fengong-first-listed-leads.txt',
    style: '区 重点工作责任分工方案 (一、/（一）/1、) whose brackets list units with one 负责 and say once "列第一位的为牵头单位，下同": the first unit of each such list leads, the others help; a bracket with its own 牵头/配合 keeps them',
    meta: { title: '云溪区推进城乡融合发展重点工作责任分工方案', district: '云溪区', city: null },
    outline: `
part 一、|完善城乡基础设施
  section (一)|健全交通网络
    task 1、|建设环湖旅游公路二期工程，全长18公里，2025年底前建成通车
    task 2、|实施农村公路提档升级，改造县乡道40公里，实现行政村通双车道公路全覆盖
  section (二)|提升供水保障
    task 3、|推进城乡供水一体化，新建改造供水管网60公里，农村自来水普及率达到99%
part 二、|推动公共服务均衡
  section (一)|促进教育均衡
    task 4、|新建改扩建乡村学校6所，新增学位2400个
    task 5、|实施城乡教师交流轮岗，每年交流教师不少于150人
  section (二)|提升医疗服务
    task 6、|建设紧密型县域医共体，乡镇卫生院标准化建设达标率达到100%
part 三、|强化要素保障
  task 7、|建立城乡融合发展项目库，年内入库项目不少于50个
  task 8、|每年安排城乡融合发展专项资金不少于1亿元
`,
    departments: [
      { heading: '建设环湖旅游公路二期工程，全长18公里，2025年底前建成通车', lead: ['区交通运输局'], partners: ['区发展改革局', '区财政局'] },
      { heading: '实施农村公路提档升级，改造县乡道40公里，实现行政村通双车道公路全覆盖', lead: ['区交通运输局'], partners: ['区财政局'] },
      { heading: '推进城乡供水一体化，新建改造供水管网60公里，农村自来水普及率达到99%', lead: ['区水利局'], partners: ['区住房城乡建设局', '各镇人民政府'] },
      { heading: '实施城乡教师交流轮岗，每年交流教师不少于150人', lead: ['区教育局'], partners: ['区人力资源社会保障局'] },
      { heading: '建设紧密型县域医共体，乡镇卫生院标准化建设达标率达到100%', lead: ['区卫生健康委'] },
      { heading: '建立城乡融合发展项目库，年内入库项目不少于50个', lead: ['区发展改革局'], partners: ['区自然资源分局', '区财政局'] },
    ],
    milestones: [{ heading: '建设环湖旅游公路二期工程，全长18公里，2025年底前建成通车', year: 2025 }],
  },
  {
    file: '149-minsheng-bar-rows-one-per-line.txt',
    formats: ['pdf'],
    style: '县 民生实事 任务分解表 as a web page copied as text: each 一、 group over a table written one row per line with " | " between its cells (序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |), two units in a cell one space apart ("县教育体育局 各相关乡镇政府") — the rows are the tasks, the 落实情况 kept',
    meta: { title: '南屿县2025年十件民生实事任务分解表', district: '南屿县', city: null, period: { start: 2025, end: 2025 } },
    outline: `
part 一、|教育卫生类民生实事任务分解表
  task 1|新建南屿县第三小学，新增义务教育学位1800个，2025年9月实现秋季开学。
  task 2|改扩建乡镇卫生院4所，县域内就诊率达到90%以上。
  task 3|新建普惠性幼儿园2所，公办幼儿园在园幼儿占比达到55%。
part 二、|城乡建设类民生实事任务分解表
  task 1|推进城乡供水一体化，新建供水管网45公里。
  task 2|改造城区老旧小区10个，惠及居民2600户。
  task 3|新增城区公共停车泊位1200个。
`,
    departments: [
      { heading: '新建南屿县第三小学，新增义务教育学位1800个，2025年9月实现秋季开学。', lead: ['县教育体育局', '各相关乡镇政府'] },
      { heading: '新建普惠性幼儿园2所，公办幼儿园在园幼儿占比达到55%。', lead: ['县教育体育局'] },
      { heading: '新增城区公共停车泊位1200个。', lead: ['县城市管理局', '县公安局交警大队'] },
    ],
    // (no milestone expected: "2025年9月实现秋季开学" is a dated target the importer's milestone grammar does not read in
    // a paragraph either — left, docs/importer-corpus.md "Real plans read (session 34)")
    present: ['林晓东', '已完成管网铺设32公里'],
    absent: [' |'],
  },
  {
    file: '150-news-page-published-bare-toc.txt',
    style: 'a news page giving a 行动方案 whole: no title line, the sentence "近日，中共X区委办公室、X区人民政府办公室印发了《Y》…" then "《Y》全文如下。", then its 一、二、三、 headings alone (a 目录 with no 目录 line and no page numbers) before the body repeats them with text',
    meta: {
      title: '青川区县域商业体系建设三年行动方案（2025—2027年）', district: '青川区', city: '临江市', period: { start: 2025, end: 2027 },
      issuer: '中共临江市青川区委办公室',
    },
    outline: `
part 一、|总体要求
part 二、|重点任务
  task (一)|完善县域商业网络
  task (二)|发展农村电子商务
  task (三)|健全农村物流体系
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
`,
    departments: [
      { heading: '完善县域商业网络', lead: ['区商务局'], partners: ['区发展改革局', '各街道'] },
      { heading: '健全农村物流体系', lead: ['区交通运输局'], partners: ['区邮政管理局'] },
    ],
    milestones: [{ heading: '健全农村物流体系', year: 2026 }],
  },
  {
    file: '151-fenjie-single-space-cells.txt',
    style: '区政府办 印发 notice (title over two lines, "云政办函〔2025〕14号 2025年4月8日" — 文号 and date on one line) over a 重点任务分解表 whose cells are separated by single spaces ("序号 重点任务 牵头单位 配合单位 完成时限"), a task\'s words holding spaces around quotes ("实施工程建设项目 “拿地即开工” 改革"); rows with one partner, two, three, none, and a standing term for a deadline ("持续推进")',
    formats: ['pdf'],
    meta: {
      title: '云溪区2025年优化营商环境重点任务分解表', district: '云溪区', city: null, period: { start: 2025, end: 2025 },
      docNumber: '云政办函〔2025〕14号', issuer: '云溪区人民政府办公室', issuedOn: '2025-04-08',
    },
    outline: `
task 1|推行企业开办全程网办
task 2|实施工程建设项目 “拿地即开工” 改革
task 3|开展涉企收费专项检查
task 4|建立企业诉求“直通车”制度
task 5|推进政务服务事项 “一网通办”
task 6|推行惠企政策 “免申即享”
`,
    departments: [
      { heading: '推行企业开办全程网办', lead: ['区市场监管局'], partners: ['区数据局'] },
      { heading: '实施工程建设项目 “拿地即开工” 改革', lead: ['区住房城乡建设局'], partners: ['区自然资源分局'] },
      { heading: '开展涉企收费专项检查', lead: ['区发展改革局'], partners: ['区财政局', '区市场监管局'] },
      { heading: '建立企业诉求“直通车”制度', lead: ['区营商环境办'], partners: [] },
      { heading: '推行惠企政策 “免申即享”', lead: ['区财政局'], partners: ['区人力资源社会保障局', '区税务局', '各街道'] },
    ],
    milestones: [
      { heading: '推行企业开办全程网办', year: 2025 },
      { heading: '开展涉企收费专项检查', year: 2025 },
      { heading: '建立企业诉求“直通车”制度', year: 2025 },
    ],
  },
];

/** Batch 23 (152–157): a fifth blind batch, written from reading public plans before running the importer on them (docs/importer-corpus.md). */
const BATCH25: CorpusDoc[] = [
  {
    file: '152-shiwuwu-zhuanxiang-zhuanlan-gongcheng.txt',
    formats: ['docx'],
    style: '区 “十五五” 专项规划 in 第X章 / 第X节 / 一、X。 run-in work, its period said in the preamble and by “十五五”; 专栏N …重点工程 boxes after a section\'s tasks, their projects 1.X工程。 lines; a chapter of 第X节 保障措施',
    meta: { title: '云溪区“十五五”养老服务体系建设规划', district: '云溪区', city: null, period: { start: 2026, end: 2030 } },
    outline: `
part 第一章|规划背景
  section 第一节|发展基础
  section 第二节|面临形势
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|发展目标
part 第三章|主要任务
  section 第一节|完善居家社区养老服务网络
    task 一、|推进社区嵌入式养老服务
    task 二、|扩大老年助餐服务
    box 专栏1|居家社区养老重点工程
      item 1.|嵌入式养老服务综合体建设工程
      item 2.|家庭养老床位建设工程
      item 3.|适老化改造工程
  section 第二节|提升机构养老服务能力
    task 一、|推动公办养老机构提质增效
    task 二、|深化医养结合
    box 专栏2|机构养老重点工程
      item 1.|区社会福利中心改扩建工程
      item 2.|农村区域性养老服务中心建设工程
  section 第三节|强化养老服务人才支撑
    task 一、|壮大养老护理员队伍
    task 二、|发展志愿服务
part 第四章|保障措施
  section 第一节|加强组织领导
  section 第二节|强化资金保障
  section 第三节|开展评估监测
`,
    indicators: [
      { heading: '发展目标', name: '养老机构护理型床位占比', value: 70, unit: '%', year: 2030 },
      { heading: '发展目标', name: '老年助餐服务点', value: 120, unit: '个' },
      { heading: '推进社区嵌入式养老服务', name: '社区嵌入式养老服务综合体', value: 10, unit: '个', year: 2028 },
      { heading: '扩大老年助餐服务', name: '老年助餐服务点', value: 34, unit: '个' },
      { heading: '推动公办养老机构提质增效', name: '护理型床位占比', value: 70, unit: '%' },
    ],
    present: ['完成特殊困难老年人家庭适老化改造3000户'],
  },
  {
    file: '153-shishi-yijian-tiao-numbered-on-zeren.txt',
    style: '区政府 实施意见 issued directly as a 公文 (版头, 文号, 主送, signature, （此件公开发布）): 1. paragraphs numbered on through the 一、 parts (1.指导思想 and 2.主要目标 under 总体要求), each task paragraph closing with "（责任单位：A、B）", "（A牵头负责）" or "（A、B等区有关部门按职责分工负责）" — every unit named answers for it',
    meta: {
      title: '青川区人民政府关于加快发展银发经济的实施意见', district: '青川区', city: null,
      docNumber: '青政发〔2026〕4号', issuer: '青川区人民政府', issuedOn: '2026-02-12',
      addressees: ['各街道办事处', '镇人民政府', '区政府各部门', '各直属机构'],
    },
    outline: `
part 一、|总体要求
  item 1.|指导思想。坚持以人民为中心
  item 2.|主要目标。到2027年
part 二、|扩大老年助餐和照护服务供给
  task 3.|发展老年助餐服务
  task 4.|拓展居家照护服务
  task 5.|丰富老年文体服务
part 三、|培育银发经济产业集群
  task 6.|壮大康复辅具产业
  task 7.|发展智慧健康养老产业
  task 8.|培育旅居养老业态
part 四、|优化银发经济发展环境
  task 9.|加强金融支持
  task 10.|强化市场监管
`,
    departments: [
      { heading: '发展老年助餐服务', lead: ['区民政局', '区商务局'] },
      { heading: '拓展居家照护服务', lead: ['区民政局'] },
      { heading: '丰富老年文体服务', lead: ['区教育局', '区文化旅游体育局'] },
      { heading: '壮大康复辅具产业', lead: ['区工业和信息化局', '青川高新区管委会'] },
      { heading: '发展智慧健康养老产业', lead: ['区工业和信息化局', '区卫生健康委'] },
      { heading: '培育旅居养老业态', lead: ['区文化旅游体育局'] },
      { heading: '加强金融支持', lead: ['区金融服务中心', '区财政局'] },
      { heading: '强化市场监管', lead: ['区市场监管局', '公安青川分局'] },
    ],
    indicators: [
      { heading: '总体要求', name: '银发经济相关市场主体', value: 1200, unit: '家' },
      { heading: '总体要求', name: '老年友好型社区', value: 20, unit: '个' },
      { heading: '发展老年助餐服务', name: '社区长者食堂', value: 15, unit: '个', year: 2026 },
      { heading: '拓展居家照护服务', name: '家庭养老床位', value: 800, unit: '张' },
      { heading: '壮大康复辅具产业', name: '康复辅具生产企业', value: 10, unit: '家' },
      { heading: '培育旅居养老业态', name: '旅居养老示范线路', value: 5, unit: '条' },
    ],
    milestones: [
      { heading: '壮大康复辅具产业', year: 2027 },
      { heading: '强化市场监管', year: 2026 },
    ],
  },
  {
    file: '154-gongzuo-taizhang-zeren-lingdao.txt',
    formats: ['docx', 'pdf'],
    style: '区 重点工作台账 that is one tab-separated table after a one-paragraph preamble: 序号/重点任务/工作目标/工作措施/责任领导/责任单位/完成时限, rows grouped by "一、…" rows standing alone and numbered on; 责任领导 a person with the post in brackets ("陈晓东（副区长）"), 责任单位 "A（牵头）、B、C", 完成时限 a dated month or 全年',
    meta: { title: '东湖区2026年优化营商环境重点工作台账', district: '东湖区', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|政务服务提质
  task 1|推行企业开办“一日办结”
  task 2|深化工程建设项目审批改革
part 二、|要素保障优化
  task 3|强化中小企业融资支持
  task 4|保障重点项目用地
part 三、|法治环境建设
  task 5|规范涉企行政检查
`,
    departments: [
      { heading: '推行企业开办“一日办结”', lead: ['区市场监管局'], partners: ['区税务局', '区人力资源社会保障局'] },
      { heading: '深化工程建设项目审批改革', lead: ['区住房城乡建设局'], partners: ['区自然资源局'] },
      { heading: '强化中小企业融资支持', lead: ['区金融服务中心'], partners: ['区财政局'] },
      { heading: '保障重点项目用地', lead: ['区自然资源局'], partners: [] },
      { heading: '规范涉企行政检查', lead: ['区司法局'], partners: ['区市场监管局'] },
    ],
    indicators: [
      { heading: '强化中小企业融资支持', name: '普惠小微企业贷款', value: 20, unit: '亿元' },
    ],
    milestones: [
      { heading: '推行企业开办“一日办结”', year: 2026 },
      { heading: '深化工程建设项目审批改革', year: 2026 },
      { heading: '强化中小企业融资支持', year: 2026 },
      { heading: '保障重点项目用地', year: 2026 },
    ],
    present: ['整合设立登记、印章刻制、申领发票、社保登记等环节'],
  },
  {
    file: '155-niandu-zhongdian-xiangmu-yezhu.txt',
    formats: ['docx', 'pdf'],
    style: '县政府办 印发 notice (文号 under the title, 主送, signature) whose 附件 is the 年度重点项目建设计划: one tab-separated table 序号/项目名称/建设内容及规模/总投资（万元）/2026年计划投资（万元）/建设年限/业主单位, grouped by "一、产业项目（2个）" rows, numbered on; the 业主单位 (a bureau, a hospital, a state company) carries each project; 建设年限 "2025—2027" or one year',
    meta: {
      title: '南屿县2026年重点项目建设计划', district: '南屿县', city: null, period: { start: 2026, end: 2026 },
      docNumber: '南政办发〔2026〕9号', issuer: '南屿县人民政府办公室', issuedOn: '2026-03-02',
      addressees: ['各乡镇人民政府', '县政府各部门', '县属各企业'],
    },
    outline: `
part 一、|产业项目（2个）
  task 1|南屿经济开发区标准厂房三期
  task 2|县域冷链物流中心
part 二、|社会民生项目（2个）
  task 3|县第二高级中学新建工程
  task 4|县人民医院急诊综合楼
part 三、|基础设施项目（2个）
  task 5|城区雨污分流改造工程
  task 6|S218线南屿段改建工程
`,
    departments: [
      { heading: '南屿经济开发区标准厂房三期', lead: ['南屿县产业投资发展有限公司'] },
      { heading: '县域冷链物流中心', lead: ['南屿县供销合作社'] },
      { heading: '县第二高级中学新建工程', lead: ['县教育局'] },
      { heading: '县人民医院急诊综合楼', lead: ['南屿县人民医院'] },
      { heading: '城区雨污分流改造工程', lead: ['县住房和城乡建设局'] },
      { heading: 'S218线南屿段改建工程', lead: ['县交通运输局'] },
    ],
    indicators: [
      { heading: '南屿经济开发区标准厂房三期', name: '总投资', value: 68000, unit: '万元' },
      { heading: '南屿经济开发区标准厂房三期', name: '计划投资', value: 25000, unit: '万元' },
      { heading: '县第二高级中学新建工程', name: '学位', value: 2400, unit: '个' },
      { heading: '县人民医院急诊综合楼', name: '床位', value: 300, unit: '张' },
      { heading: 'S218线南屿段改建工程', name: '总投资', value: 124000, unit: '万元' },
    ],
    milestones: [
      { heading: '南屿经济开发区标准厂房三期', year: 2025, stage: '启动' },
      { heading: '南屿经济开发区标准厂房三期', year: 2027, stage: '完成' },
      { heading: '县第二高级中学新建工程', year: 2026, stage: '启动' },
      { heading: 'S218线南屿段改建工程', year: 2028, stage: '完成' },
    ],
  },
  {
    file: '156-fengong-qiantou-zeren-inline.txt',
    style: '区政府 重点工作任务分工 signed by the 区政府办 (no notice): (一) run-in tasks numbered on through 一、 groups, each paragraph closing with "牵头单位：A；责任单位：B、C。" in the same paragraph — no 配合, the 责任单位 after a 牵头单位 are its partners; targets and a dated node inline; a 工作要求 part without points',
    meta: {
      title: '临江市东湖区2026年区政府重点工作任务分工', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 },
      issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-02-20',
    },
    outline: `
part 一、|推动产业转型升级
  task (一)|壮大先进制造业集群
  task (二)|加快服务业提质扩容
part 二、|扩大有效投资
  task (三)|加快重大项目建设
  task (四)|强化招商引资
part 三、|增进民生福祉
  task (五)|办好教育民生实事
  task (六)|提升医疗服务能力
part 四、|工作要求
`,
    departments: [
      { heading: '壮大先进制造业集群', lead: ['区工业和信息化局'], partners: ['区发展改革局', '区科技局'] },
      { heading: '加快服务业提质扩容', lead: ['区商务局'], partners: ['区文化旅游局', '区市场监管局'] },
      { heading: '加快重大项目建设', lead: ['区发展改革局'], partners: ['区住房城乡建设局', '区自然资源局', '东湖新城管委会'] },
      { heading: '强化招商引资', lead: ['区投资促进中心'], partners: ['区工业和信息化局'] },
      { heading: '办好教育民生实事', lead: ['区教育局'], partners: ['区财政局', '区住房城乡建设局'] },
      { heading: '提升医疗服务能力', lead: ['区卫生健康局'], partners: ['区医疗保障局', '各街道办事处'] },
    ],
    indicators: [
      { heading: '壮大先进制造业集群', name: '技术改造项目', value: 60, unit: '个' },
      { heading: '加快服务业提质扩容', name: '品牌首店', value: 15, unit: '家' },
      { heading: '加快重大项目建设', name: '区级重点项目', value: 80, unit: '个' },
      { heading: '办好教育民生实事', name: '学位', value: 3600, unit: '个' },
    ],
    milestones: [
      { heading: '加快重大项目建设', year: 2026 },
      { heading: '办好教育民生实事', year: 2026 },
    ],
  },
  {
    file: '157-taiwan-xian-shizheng-jihua-renyi.txt',
    style: '台湾 縣政府 年度施政計畫 in Traditional script: 壹、貳、參、 at the top, 一、X處 sections named by the bureau that carries them, （一）年度施政目標 / （二）年度施政重點 with 1.X。 run-in work; the year in the Republic era (115年度 = 2026, "115年6月底前完成")',
    meta: { title: '南嶼縣政府115年度施政計畫', district: '南嶼縣', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 壹、|前言
part 貳、|年度施政目標及重點
  section 一、|社會處
    section (一)|年度施政目標
    section (二)|年度施政重點
      task 1.|擴充公共托育服務
      task 2.|布建長期照顧服務據點
  section 二、|工務處
    section (一)|年度施政目標
    section (二)|年度施政重點
      task 1.|推動人行環境改善
      task 2.|辦理橋梁耐震補強
  section 三、|環境保護局
    section (一)|年度施政目標
    section (二)|年度施政重點
      task 1.|推動資源回收再利用
      task 2.|改善河川水質
part 參、|預期效益
`,
    departments: [
      { heading: '擴充公共托育服務', lead: ['社會處'] },
      { heading: '推動人行環境改善', lead: ['工務處'] },
      { heading: '改善河川水質', lead: ['環境保護局'] },
    ],
    indicators: [
      { heading: '擴充公共托育服務', name: '公共托嬰中心', value: 2, unit: '所' },
      { heading: '布建長期照顧服務據點', name: '社區照顧關懷據點', value: 12, unit: '處' },
      { heading: '推動人行環境改善', name: '人行道', value: 12, unit: '公里' },
      { heading: '推動資源回收再利用', name: '資源回收率', value: 58, unit: '%' },
    ],
    milestones: [{ heading: '推動人行環境改善', year: 2026 }],
  },
];

/**
 * Session 35 (h-real7): documents in the shapes of a seventh batch of real public plans (湖北 郧阳区 目标任务分解表, 浙江
 * 绍兴 进展情况表, 云南 稳增长 意见, 山东 先行区 重点工作任务 and 云南 规划's red header, 贵州 黔东南州 工作方案's index
 * table, 湖北 蔡甸区 分解方案 notice) — our own wording, fictional places (docs/importer-corpus.md "Real plans read
 * (session 35)").
 */
const BATCH_REAL35: CorpusDoc[] = [
  {
    file: '158-mubiao-fenjie-cell-lines-spaced-header.txt',
    formats: ['pdf'],
    style: '县政府 目标任务分解 notice on a web page (index labels and values on lines of their own) over its annex table copied one cell per line: a letter-spaced header cell ("目  标  任  务"), a 责任人 column of names, rows whose 责任单位 cell is empty (one line fewer), long group rows naming their 牵头领导',
    meta: { title: '2025年县政府工作目标任务落实责任分解表', district: '桐川县', city: null, period: { start: 2025, end: 2025 }, docNumber: '桐政发〔2025〕4号', issuer: '桐川县人民政府', issuedOn: '2025-02-10' },
    outline: `
part 一、|经济运行、项目建设、财政金融、营商环境等工作目标
  task 1|地区生产总值增长6.5%以上。
  task 2|固定资产投资增长8%以上，新开工亿元以上项目20个。
  task 3|一般公共预算收入增长5%。
  task 4|新增市场主体3000户，营商环境评价进入全市前三。
part 二、|乡村振兴、生态环境、城乡建设等工作目标
  task 5|粮食播种面积稳定在42万亩以上。
  task 6|PM2.5平均浓度控制在30微克/立方米以内。
  task 7|完成农村公路提档升级80公里。
part 三、|民生保障、社会事业、安全生产等工作目标
  task 8|城镇新增就业2500人。
  task 9|新建普惠性幼儿园3所，新增学位900个。
  task 10|生产安全事故起数和死亡人数实现“双下降”。
`,
    departments: [
      { heading: '地区生产总值增长6.5%以上。', lead: ['县发改局'], partners: ['县统计局', '各乡镇人民政府'] },
      { heading: '固定资产投资增长8%以上，新开工亿元以上项目20个。', lead: ['县发改局'], partners: [] },
      { heading: 'PM2.5平均浓度控制在30微克/立方米以内。', lead: ['县生态环境分局'], partners: [] },
      { heading: '生产安全事故起数和死亡人数实现“双下降”。', lead: ['县应急管理局'], partners: ['县安委会各成员单位'] },
    ],
    present: ['王海'],
  },
  {
    file: '159-jinzhan-qingkuang-cell-lines-breadcrumb.txt',
    formats: ['pdf'],
    style: '市政府 重点工作 进展情况表 as a web page copied as text: the breadcrumb broken after 首页 ("> 政务公开 > 重点工作" on a line of its own), an "作者： 来源：… 发布时间：…" line under the title, the table one cell per line with 序号 / 内容与要求 / 进展情况 / 责任单位',
    meta: { title: '临江市政府2025年重点工作（预下达）上半年进展情况表', city: '临江市', period: { start: 2025, end: 2025 } },
    outline: `
task 1|坚持稳中求进，加强月度经济运行监测调度，确保地区生产总值增长6%左右。
task 2|持续开展重大项目攻坚，全年实施市重点项目150个以上，完成年度投资800亿元。
task 3|编制实施先进制造业集群培育三年行动计划，力争集成电路产业产值增长15%。
task 4|新建5G基站1500个，实现重点乡镇连续覆盖。
task 5|深化“一件事一次办”改革，新增集成服务事项20项。
task 6|新增城镇就业4万人，城镇调查失业率控制在5.5%以内。
task 7|改造城镇老旧小区60个，惠及居民1.2万户。
`,
    departments: [
      { heading: '坚持稳中求进，加强月度经济运行监测调度，确保地区生产总值增长6%左右。', lead: ['市发改委'] },
      { heading: '新建5G基站1500个，实现重点乡镇连续覆盖。', lead: ['市经信局'] },
      { heading: '深化“一件事一次办”改革，新增集成服务事项20项。', lead: ['市政务服务办'] },
    ],
    present: ['已建成5G基站960个，完成全年目标的64%。'],
    absent: ['> 政务公开', '作者：'],
  },
  {
    file: '160-yijian-excerpt-semicolon-role-groups.txt',
    style: '县 稳经济 意见 as a page gives it from its addressees on (no title, no 文号): 一、 points each closing with a long roles bracket whose roles are set apart by a semicolon and whose partners come in comma-separated groups, banks and companies among them ("（A、B牵头；C、D，E支行、F公司，各乡镇人民政府配合）")',
    meta: { district: null, city: null },
    outline: `
part 一、|加快重大项目建设
part 二、|加强城镇基础设施投入
part 三、|扩大消费需求
part 四、|稳定市场主体
part 五、|强化要素保障
`,
    departments: [
      { heading: '加快重大项目建设', lead: ['县发展改革局', '县财政局'], partners: ['县自然资源局', '县林业局', '县生态环境分局', '县住建局', '县水务局', '农业发展银行南屿县支行', '南屿农村商业银行股份有限公司', '各乡镇人民政府'] },
      { heading: '加强城镇基础设施投入', lead: ['县住建局'], partners: ['县财政局', '县城投集团有限公司'] },
      { heading: '扩大消费需求', lead: ['县商务局'], partners: ['县财政局', '县市场监管局', '各乡镇人民政府'] },
      { heading: '稳定市场主体', lead: ['县市场监管局', '县税务局'], partners: ['县人社局', '县金融服务中心', '南屿农村商业银行股份有限公司'] },
      { heading: '强化要素保障', lead: ['县自然资源局'], partners: ['县发展改革局', '县工信局'] },
    ],
  },
  {
    file: '161-xianxingqu-gongzuorenwu-red-header-no-place.txt',
    style: '区政府办 notice under a red header that names no place ("区政府办公室文件"), signed "云溪区人民政府办公室", publishing "《X》已经区政府同意，现印发给你们" where X — a list of the year\'s 工作任务 — is written over two lines below; 1. tasks numbered on through 一、 parts, each closing with （牵头单位：…）',
    meta: { title: '云溪区建设绿色低碳发展示范区2025年重点工作任务', district: '云溪区', city: null, period: { start: 2025, end: 2025 }, docNumber: '云政办字〔2025〕3号', issuer: '云溪区人民政府办公室', issuedOn: '2025-01-20' },
    outline: `
part 一、|推动产业绿色转型
  task 1.|建设零碳产业园
  task 2.|培育绿色制造体系
  task 3.|发展循环经济
part 二、|推进能源清洁低碳
  task 4.|扩大清洁能源利用
  task 5.|推动建筑节能
part 三、|提升生态环境质量
  task 6.|深化大气污染防治
  task 7.|建设美丽河湖
`,
    departments: [
      { heading: '建设零碳产业园', lead: ['区发改局'] },
      { heading: '发展循环经济', lead: ['区商务局', '区城管局'] },
      { heading: '建设美丽河湖', lead: ['区水利局', '区生态环境分局'] },
    ],
  },
  {
    file: '162-sannian-gongzuo-fangan-bar-index-empty-cell.txt',
    style: '县 三年行动 工作方案 on a web page whose index table is printed with bars and has empty cells ("发布机构 | 是否有效 | ||": the issuer\'s cell empty), —— principles, 四、重点任务 in three (一) 行动 with 1. tasks numbered on, （责任单位：…）',
    meta: { title: '南屿县“护山、护水、护林”三年行动工作方案(2025—2027年)', district: '南屿县', city: null, period: { start: 2025, end: 2027 }, issuer: null, issuedOn: '2025-06-18' },
    outline: `
part 一、|指导思想
part 二、|行动原则
  item ——|坚持党政同责，突出共同参与
  item ——|坚持系统治理，突出源头防控
part 三、|主要目标
part 四、|重点任务
  action (一)|护山行动
    task 1.|开展历史遗留矿山生态修复
    task 2.|加强地质灾害防治
  action (二)|护水行动
    task 3.|实施河湖“清四乱”专项整治
    task 4.|推进城乡污水管网建设
  action (三)|护林行动
    task 5.|实施国土绿化提升工程
    task 6.|加强森林防火
part 五、|保障措施
  section (一)|加强组织领导
  section (二)|强化考核督导
`,
    departments: [
      { heading: '开展历史遗留矿山生态修复', lead: ['县自然资源局'] },
      { heading: '推进城乡污水管网建设', lead: ['县住建局', '县生态环境分局'] },
      { heading: '加强森林防火', lead: ['县林业局', '县应急管理局'] },
    ],
    milestones: [{ heading: '开展历史遗留矿山生态修复', year: 2027 }],
    absent: ['是否有效'],
  },
  {
    file: '163-fenjie-fangan-notice-title-no-place.txt',
    style: '区政府办 分解方案 notice whose title names no place ("区人民政府办公室关于印发2025年区《政府工作报告》确定的…方案的通知", said twice), a page index with 发布机构 "区人民政府办公室", signed "青川区人民政府办公室"; the notice\'s own 一、二、三、 requests, then the 方案 with (一) targets and 1. tasks each followed by a "责任单位：…" line',
    meta: { title: '2025年区《政府工作报告》确定的主要目标任务责任分解方案', district: '青川区', city: null, period: { start: 2025, end: 2025 }, docNumber: '青政办〔2025〕1号', issuer: '青川区人民政府办公室', issuedOn: '2025-01-06' },
    outline: `
part 一、|2025年全区经济社会发展的主要预期目标
  task (一)|地区生产总值增长6%以上
  task (二)|规上工业增加值增长8%以上
  task (三)|固定资产投资增长7%以上
part 二、|2025年重点工作任务
  section (一)|推动制造业提质升级
    task 1.|实施技术改造项目30个，新增高新技术企业40家
    task 2.|建设智能工厂和数字化车间10个
  section (二)|扩大有效投资
    task 3.|全年实施区重点项目80个，完成投资120亿元
`,
    departments: [
      { heading: '地区生产总值增长6%以上', lead: ['区发展和改革局'] },
      { heading: '规上工业增加值增长8%以上', lead: ['区科技和经信局'] },
      { heading: '建设智能工厂和数字化车间10个', lead: ['区科技和经信局', '区发展和改革局'] },
    ],
  },
];

/** Batch 24 of docs/importer-corpus.md (164–169; the arrays above took the names up to BATCH25): an eleventh blind batch by h-gen18, written before running the importer on
 *  them, after reading public plans (渝中区 and 立山区 分解方案 with 牵头单位/责任单位, 咸阳 放管服 要点 with "（A牵头，…按职责分工负责）",
 *  武汉、洪山、蔡甸 责任分解方案, 杭州 责任分解, 广丰区 分工, 静安区 三年行动计划, 县 生态环境 三年推进方案 with 主要内容 lines,
 *  广元 三年行动, 霍山 开发区 责任清单, 大洼区 and 兴庆区 任务分解). */
const BATCH26: CorpusDoc[] = [
  {
    file: '164-shishi-fangan-qiantou-zeren-comma.txt',
    style: '区 实施方案: 1. tasks numbered on through (一) sections, each closing with "（牵头单位：A，责任单位：B、C）" — the two fields parted by a comma, not a semicolon; the 责任单位 beside a 牵头单位 help',
    meta: { title: '临江市东湖区促进夜间经济发展实施方案', district: '东湖区', city: '临江市' },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|工作目标
part 二、|重点任务
  section (一)|优化夜间消费布局
    task 1.|打造夜间经济集聚区
    task 2.|培育特色街区
  section (二)|丰富夜间消费业态
    task 3.|发展夜间文旅
    task 4.|活跃夜间餐饮
  section (三)|强化夜间服务保障
    task 5.|完善夜间交通
    task 6.|加强安全管理
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|加大政策支持
  section (三)|营造良好氛围
`,
    departments: [
      { heading: '打造夜间经济集聚区', lead: ['区商务局'], partners: ['区城市管理局', '区住房城乡建设局', '湖滨街道办事处'] },
      { heading: '培育特色街区', lead: ['区商务局'], partners: ['各街道办事处'] },
      { heading: '发展夜间文旅', lead: ['区文化旅游局'], partners: ['区交通运输局', '公安东湖分局'] },
      { heading: '活跃夜间餐饮', lead: ['区市场监管局'], partners: ['区城市管理局', '区商务局'] },
      { heading: '完善夜间交通', lead: ['区交通运输局'], partners: ['公安东湖分局交警大队', '区城市管理局'] },
      { heading: '加强安全管理', lead: ['公安东湖分局'], partners: ['区应急管理局', '区消防救援大队'] },
    ],
    indicators: [
      { heading: '工作目标', name: '市级夜间经济集聚区', value: 3, unit: '个', year: 2027 },
      { heading: '工作目标', name: '夜间消费特色街区', value: 8, unit: '条' },
      { heading: '发展夜间文旅', name: '夜游线路', value: 6, unit: '条' },
      { heading: '活跃夜间餐饮', name: '夜市摊区', value: 12, unit: '处' },
      { heading: '完善夜间交通', name: '临时停车泊位', value: 1500, unit: '个' },
    ],
    milestones: [
      { heading: '打造夜间经济集聚区', year: 2026 },
      { heading: '加强安全管理', year: 2026 },
    ],
  },
  {
    file: '165-sannian-xingdong-shishi-gongcheng-zeren-line.txt',
    formats: ['docx'],
    style: '县 三年行动方案: 二、重点行动 / （一）实施X行动 / 1.X工程。 tasks, 1. afresh under each action, each followed by a "责任单位：A、B、各乡镇人民政府" line AFTER its paragraph; 实施步骤 stages dated in their headings (also as .docx)',
    meta: { title: '南屿县农村人居环境整治提升三年行动方案（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体目标
part 二、|重点行动
  action (一)|实施农村厕所革命提升行动
    task 1.|户厕改造提质工程
    task 2.|公厕建设管护工程
  action (二)|实施生活污水治理攻坚行动
    task 1.|集镇污水管网完善工程
    task 2.|村庄污水分类治理工程
  action (三)|实施村容村貌整治行动
    task 1.|垃圾收运体系建设工程
    task 2.|美丽宜居村庄创建工程
part 三、|实施步骤
  section (一)|动员部署阶段（2026年1月—3月）
  section (二)|全面推进阶段（2026年4月—2027年12月）
  section (三)|巩固提升阶段（2028年1月—12月）
part 四、|保障措施
  section (一)|强化组织领导
  section (二)|加大资金投入
  section (三)|严格督查考核
`,
    departments: [
      { heading: '户厕改造提质工程', lead: ['县农业农村局', '县卫生健康局', '各乡镇人民政府'] },
      { heading: '公厕建设管护工程', lead: ['县住房城乡建设局', '各乡镇人民政府'] },
      { heading: '集镇污水管网完善工程', lead: ['县住房城乡建设局'] },
      { heading: '村庄污水分类治理工程', lead: ['市生态环境局南屿分局', '各乡镇人民政府'] },
      { heading: '垃圾收运体系建设工程', lead: ['县城市管理局', '各乡镇人民政府'] },
      { heading: '美丽宜居村庄创建工程', lead: ['县农业农村局', '县自然资源局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '农村卫生厕所普及率', value: 95, unit: '%', year: 2028 },
      { heading: '总体目标', name: '农村生活污水治理率', value: 60, unit: '%' },
      { heading: '户厕改造提质工程', name: '农村卫生户厕', value: 4500, unit: '户' },
      { heading: '公厕建设管护工程', name: '农村公厕', value: 80, unit: '座' },
      { heading: '集镇污水管网完善工程', name: '污水收集管网', value: 45, unit: '公里' },
      { heading: '垃圾收运体系建设工程', name: '乡镇垃圾转运站', value: 6, unit: '座' },
    ],
    milestones: [
      { heading: '户厕改造提质工程', year: 2026 },
      { heading: '集镇污水管网完善工程', year: 2027 },
    ],
  },
  {
    file: '166-gongzuo-fangan-deadline-bracket.txt',
    formats: ['pdf'],
    style: '区 年度工作方案: (一) run-in tasks directly under 二、工作任务, each paragraph closing with a bracket that holds only its deadline ("（2026年3月底前完成）", "（时间节点：2026年11月底前）", "（2026年7月起持续推进）"), then a "责任单位：…" line (also as .pdf)',
    meta: { title: '青川区2026年老旧小区改造提升工作方案', district: '青川区', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|工作目标
part 二、|工作任务
  task (一)|开展改造前摸底
  task (二)|完善基础设施
  task (三)|推进加装电梯
  task (四)|补齐公共服务短板
  task (五)|健全长效管理
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|强化质量监管
  section (三)|加强宣传引导
`,
    departments: [
      { heading: '开展改造前摸底', lead: ['区住房城乡建设局', '各街道办事处'] },
      { heading: '完善基础设施', lead: ['区住房城乡建设局', '区水务局', '区城市管理局'] },
      { heading: '推进加装电梯', lead: ['区住房城乡建设局', '区市场监管局', '区财政局'] },
      { heading: '补齐公共服务短板', lead: ['区民政局', '区商务局', '各街道办事处'] },
      { heading: '健全长效管理', lead: ['区住房城乡建设局', '各街道办事处'] },
    ],
    indicators: [
      { heading: '工作目标', name: '加装电梯', value: 120, unit: '部' },
      { heading: '工作目标', name: '停车位', value: 800, unit: '个' },
      { heading: '完善基础设施', name: '地下管网', value: 65, unit: '公里' },
      { heading: '补齐公共服务短板', name: '社区综合服务站', value: 15, unit: '个' },
    ],
    milestones: [
      { heading: '开展改造前摸底', year: 2026 },
      { heading: '完善基础设施', year: 2026 },
      { heading: '推进加装电梯', year: 2026 },
      { heading: '补齐公共服务短板', year: 2026 },
      { heading: '健全长效管理', year: 2026 },
    ],
  },
  {
    file: '167-fengong-gebumen-anzhize-fuze.txt',
    style: '区 政府工作报告 重点工作分工方案: 1. targets and tasks numbered on through the parts, each closing with "（A牵头，各部门按职责分工负责）" — the lead and the collective that answers with it — or "（A牵头，B配合）", "（A负责）", "（A、B按职责分工负责）"',
    meta: { title: '云溪区落实2026年政府工作报告重点工作分工方案', district: '云溪区', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|主要预期目标
  task 1.|地区生产总值增长6%左右
  task 2.|一般公共预算收入增长4%
  task 3.|城镇调查失业率控制在5.5%以内
part 二、|重点工作
  section (一)|着力扩大有效投资
    task 4.|加快重大项目建设
    task 5.|推动工业提质增效
  section (二)|持续增进民生福祉
    task 6.|办好人民满意教育
    task 7.|完善养老服务体系
    task 8.|推进城市更新
    task 9.|稳定和扩大就业
part 三、|工作要求
  section (一)|强化责任落实
  section (二)|加强督查考核
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革委'], partners: ['各部门'] },
      { heading: '一般公共预算收入增长4%', lead: ['区财政局'], partners: ['区税务局'] },
      { heading: '城镇调查失业率控制在5.5%以内', lead: ['区人力资源社会保障局'], partners: ['各街道办事处'] },
      { heading: '加快重大项目建设', lead: ['区发展改革委'], partners: ['各部门'] },
      { heading: '推动工业提质增效', lead: ['区工业和信息化局'], partners: ['区财政局', '区税务局'] },
      { heading: '办好人民满意教育', lead: ['区教育局'] },
      { heading: '完善养老服务体系', lead: ['区民政局'], partners: ['各街道办事处'] },
      { heading: '推进城市更新', lead: ['区住房城乡建设局', '区城市管理局'] },
      { heading: '稳定和扩大就业', lead: ['区人力资源社会保障局'], partners: ['区有关部门'] },
    ],
    indicators: [
      { heading: '加快重大项目建设', name: '区级重点项目', value: 80, unit: '个' },
      { heading: '办好人民满意教育', name: '学位', value: 5400, unit: '个' },
      { heading: '完善养老服务体系', name: '社区老年助餐点', value: 20, unit: '个' },
      { heading: '推进城市更新', name: '背街小巷', value: 60, unit: '条' },
    ],
    milestones: [{ heading: '加快重大项目建设', year: 2026 }],
  },
  {
    file: '168-gangyao-pian-zhang-box-table-no-xuhao.txt',
    formats: ['docx'],
    style: '县 十五五 纲要 in 第X篇 / 第X章 / 一、X。 — chapters numbered on through the volumes, no 第X节, the work run in under the chapters; 专栏N boxes whose projects are a tab-separated table WITHOUT a 序号 column (工程名称 / 建设内容 / 建设年限): each row an unnumbered project of the box (also as .docx)',
    meta: { title: '南屿县国民经济和社会发展第十五个五年规划纲要', district: '南屿县', city: null, period: { start: 2026, end: 2030 } },
    outline: `
part 第一篇|开启现代化建设新征程
  section 第一章|发展基础
  section 第二章|发展目标
part 第二篇|构建现代乡村产业体系
  section 第三章|做强特色农业
    task 一、|建设高标准农田
    task 二、|发展农产品精深加工
    box 专栏1|特色农业重点工程
      item |高标准农田建设工程
      item |茶叶全产业链提升工程
      item |柑橘冷链物流工程
  section 第四章|壮大县域工业
    task 一、|提升工业园区能级
    task 二、|培育新能源装备产业
part 第三篇|增进民生福祉
  section 第五章|提升公共服务水平
    task 一、|优化教育资源配置
    task 二、|推进健康南屿建设
    box 专栏2|民生保障重点工程
      item |县第二中学新建工程
      item |县人民医院综合楼工程
part 第四篇|强化规划实施保障
  section 第六章|加强党的全面领导
  section 第七章|健全规划实施机制
`,
    indicators: [
      { heading: '发展目标', name: '城镇化率', value: 58, unit: '%', year: 2030 },
      { heading: '建设高标准农田', name: '高标准农田', value: 8, unit: '万亩' },
      { heading: '提升工业园区能级', name: '标准厂房', value: 20, unit: '万平方米' },
    ],
    present: ['新建和改造提升高标准农田8万亩'],
  },
  {
    file: '169-xian-fangan-xiangzhen-lead-zhidao.txt',
    formats: ['doc'],
    style: '县 年度工作方案 whose townships carry the work: (一) run-in tasks closing with "（责任单位：各乡镇人民政府；指导单位：县X局）", "（各乡镇人民政府负责，县X局指导）" — the bureau that guides a partner —, "（牵头单位：各乡镇人民政府；配合单位：…）", and a county bureau leading with 各乡镇人民政府 as partner (also as .doc)',
    meta: { title: '柳河县2026年秸秆禁烧和综合利用工作方案', district: '柳河县', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|落实网格化监管
  task (二)|推进秸秆机械化还田
  task (三)|培育收储运体系
  task (四)|拓展离田利用途径
  task (五)|强化执法检查
part 三、|实施步骤
  section (一)|宣传发动阶段（2026年3月—5月）
  section (二)|集中管控阶段（2026年6月—11月）
  section (三)|总结考核阶段（2026年12月）
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|落实资金保障
`,
    departments: [
      { heading: '落实网格化监管', lead: ['各乡镇人民政府'], partners: ['县生态环境局'] },
      { heading: '推进秸秆机械化还田', lead: ['各乡镇人民政府'], partners: ['县农业农村局'] },
      { heading: '培育收储运体系', lead: ['各乡镇人民政府'], partners: ['县农业农村局', '县财政局'] },
      { heading: '拓展离田利用途径', lead: ['县发展改革局'], partners: ['县工业和信息化局', '各乡镇人民政府'] },
      { heading: '强化执法检查', lead: ['县生态环境局', '县公安局'], partners: ['各乡镇人民政府'] },
    ],
    indicators: [
      { heading: '工作目标', name: '秸秆综合利用率', value: 93, unit: '%' },
      { heading: '推进秸秆机械化还田', name: '秸秆机械化还田面积', value: 35, unit: '万亩' },
      { heading: '培育收储运体系', name: '乡镇秸秆收储中心', value: 8, unit: '个' },
    ],
  },
];

/**
 * Session 36 (h-real8): documents in the shapes of an eighth batch of real public plans (docs/importer-corpus.md "Real
 * plans read (session 36)"), written in our own words with fictional places; expectations written by reading them.
 */
const BATCH_REAL36: CorpusDoc[] = [
  {
    file: '170-fenjie-luoshi-fenlei-merged-first-row.txt',
    formats: ['pdf'],
    style: '区政府 重点工作目标任务分解落实方案 notice over its table copied with tabs: a 分类 column written on each group\'s first row only (merged cells saved as text), a 牵头领导 column of names, likewise written once per leader, beside the 责任单位 column',
    meta: { title: '区政府2025年重点工作目标任务分解落实方案', district: '东湖区', city: '临江市', period: { start: 2025, end: 2025 }, docNumber: '东政发〔2025〕2号', issuer: '临江市东湖区人民政府', issuedOn: '2025-01-22' },
    outline: `
part |经济发展主要预期目标
  task 1|地区生产总值增长6%左右。
  task 2|一般公共预算收入同口径增长5%。
  task 3|规上工业总产值增长7%左右。
  task 4|社会消费品零售总额增长6%。
part |做强先进制造业
  task 5|推进新能源装备产业园二期建设，年内完成投资15亿元。
  task 6|新增专精特新中小企业20家，高新技术企业净增35家。
  task 7|实施工业技术改造项目40个，建成智能工厂3家。
part |提升城市品质
  task 8|完成城镇老旧小区改造18个，加装电梯60部。
  task 9|新建改造口袋公园10个、绿道12公里。
  task 10|打通断头路4条，新增公共停车泊位1500个。
part |增进民生福祉
  task 11|新建公办幼儿园2所，新增学位720个。
  task 12|城镇新增就业6500人，帮扶就业困难人员再就业800人。
  task 13|建成社区嵌入式养老服务站12个。
`,
    departments: [
      { heading: '地区生产总值增长6%左右。', lead: ['区发改局', '区统计局'], partners: [] },
      { heading: '一般公共预算收入同口径增长5%。', lead: ['区财政局', '区税务局'], partners: [] },
      { heading: '完成城镇老旧小区改造18个，加装电梯60部。', lead: ['区住建局', '各街道'], partners: [] },
      { heading: '建成社区嵌入式养老服务站12个。', lead: ['区民政局'], partners: [] },
    ],
    present: ['周明'],
  },
  {
    file: '171-renwu-qingdan-cell-lines-blank-empty-cells.txt',
    style: '县 政府工作报告重点任务清单 as a web page copied as text: the table one cell per line, an empty cell a blank line of its own (the 分类 cell written on its group\'s first row only, 配合单位 cells left empty), the breadcrumb and page record over it, signed under it',
    formats: ['pdf'],
    meta: { title: '南屿县2025年政府工作报告重点任务清单', district: '南屿县', city: null, period: { start: 2025, end: 2025 }, issuer: '南屿县人民政府办公室', issuedOn: '2025-02-18' },
    outline: `
part |稳定经济增长
  task 1|全年实施县重点项目60个，完成投资85亿元。
  task 2|新引进亿元以上产业项目12个。
  task 3|新增规模以上工业企业15家。
part |推进乡村振兴
  task 4|新建高标准农田3万亩。
  task 5|改造提升农村公路45公里。
  task 6|创建和美乡村示范村8个。
part |办好民生实事
  task 7|新建城区学校1所，新增学位1350个。
  task 8|实施城区供水管网改造20公里。
  task 9|建成乡镇综合养老服务中心4个。
`,
    departments: [
      { heading: '全年实施县重点项目60个，完成投资85亿元。', lead: ['县发改局'], partners: ['县财政局'] },
      { heading: '新引进亿元以上产业项目12个。', lead: ['县商务局'], partners: [] },
      { heading: '创建和美乡村示范村8个。', lead: ['县农业农村局'], partners: ['各乡镇人民政府'] },
      { heading: '实施城区供水管网改造20公里。', lead: ['县住建局'], partners: ['县水务集团'] },
    ],
    absent: ['首页 > 政务公开'],
  },
  {
    file: '172-shishi-fangan-notice-title-three-lines.txt',
    style: '区政府办 notice whose title is broken over three lines ("关于印发" ⏎ the plan\'s name ⏎ "的通知", no 《》), the plan following the signature without a title line of its own: its introduction, 一、 parts, (一) sections, 1. tasks numbered on, each followed by a "责任单位：…" line',
    meta: { title: '青川区城乡融合发展改革试点实施方案', district: '青川区', city: null, period: { start: 2025, end: 2027 }, docNumber: '青政办函〔2025〕17号', issuer: '青川区人民政府办公室', issuedOn: '2025-05-12' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  section (一)|深化农村土地制度改革
    task 1.|稳妥推进农村集体经营性建设用地入市，2025年完成入市地块5宗以上
    task 2.|探索宅基地所有权、资格权、使用权分置实现形式，在3个村开展试点
  section (二)|推动城乡公共服务均衡配置
    task 3.|组建城乡教育共同体8个，推动城区优质学校与乡村学校结对全覆盖
    task 4.|推进紧密型医共体建设，每个乡镇卫生院至少有1名区级医院医生常驻
  section (三)|促进城乡产业协同发展
    task 5.|建设城乡产业协同发展平台2个，培育农产品加工企业10家
    task 6.|发展乡村旅游和农村电商，培育乡村旅游重点村5个
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化督促考核
`,
    departments: [
      { heading: '稳妥推进农村集体经营性建设用地入市，2025年完成入市地块5宗以上', lead: ['区自然资源局', '区农业农村局'] },
      { heading: '推进紧密型医共体建设，每个乡镇卫生院至少有1名区级医院医生常驻', lead: ['区卫健局', '区医保局'] },
      { heading: '发展乡村旅游和农村电商，培育乡村旅游重点村5个', lead: ['区文旅局', '区商务局'] },
    ],
  },
  {
    file: '173-excerpt-opens-at-san-zhongdian-renwu.txt',
    style: '区 城市更新 方案 as an excerpt that opens mid-document: no title, its first line "三、重点任务", (一) 行动 tasks each closing with （牵头单位：…；配合单位：…）, then 四、保障措施',
    meta: { title: '', district: null, city: null, period: null },
    outline: `
part 三、|重点任务
  task (一)|实施老旧小区改造提升行动
  task (二)|实施完整社区建设行动
  task (三)|实施城市道路畅通行动
  task (四)|实施城市生态修复行动
  task (五)|实施历史街区保护利用行动
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督导考核
`,
    departments: [
      { heading: '实施老旧小区改造提升行动', lead: ['区住建局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '实施城市道路畅通行动', lead: ['区交通局'], partners: ['区城管局', '交警云溪大队'] },
      { heading: '实施历史街区保护利用行动', lead: ['区文旅局'], partners: ['区住建局', '区商务局'] },
    ],
  },
  {
    file: '174-zhongdian-gongzuo-small-stop-three-role-lines.txt',
    formats: ['pdf'],
    style: '县政府 重点工作及责任分解 notice issued directly (its own title a 通知, signed before the body), points numbered with the small full stop "1﹒" as a news page prints them, each followed by 牵头负责领导 / 牵头责任单位 / 协同责任单位 lines',
    meta: { title: '南屿县人民政府关于2025年重点工作及责任分解的通知', district: '南屿县', city: null, period: { start: 2025, end: 2025 }, docNumber: '南政发〔2025〕5号', issuer: '南屿县人民政府', issuedOn: '2025-02-20' },
    outline: `
part 一、|确保完成全年主要预期目标
  task 1﹒|全县生产总值增长6.5%以上，在实际工作中力争更好结果
  task 2﹒|固定资产投资增长8%以上
  task 3﹒|社会消费品零售总额增长7%左右
part 二、|加快建设现代化产业体系
  task 4﹒|新增规模以上工业企业20家，规上工业增加值增长9%
  task 5﹒|培育省级专精特新中小企业8家以上
part 三、|持续增进民生福祉
  task 6﹒|城镇新增就业4000人以上，城镇调查失业率控制在5.5%以内
  task 7﹒|新建改扩建中小学和幼儿园6所，新增学位2700个
`,
    departments: [
      { heading: '全县生产总值增长6.5%以上，在实际工作中力争更好结果', lead: ['县发展改革委'], partners: ['县政府各部门', '各直属机构'] },
      { heading: '培育省级专精特新中小企业8家以上', lead: ['县工信局'], partners: [] },
      { heading: '新建改扩建中小学和幼儿园6所，新增学位2700个', lead: ['县教体局'], partners: ['县发展改革委', '县财政局', '县自然资源局'] },
    ],
    present: ['林海'],
  },
  {
    file: '175-xingdong-jihua-numbered-bracket-index.txt',
    style: '区政府办 notice on a web page whose index table is printed as a numbered list of bracketed labels ("1. [主题分类] …", "5. [发文字号] 青政办发 〔2026〕 4号"), publishing a one-year 行动计划 (美丽青川建设2026年行动计划): 一、 battles with (一) tasks numbered on, （责任单位：…）',
    meta: { title: '美丽青川建设2026年行动计划', district: '青川区', city: '临江市', period: { start: 2026, end: 2026 }, docNumber: '青政办发〔2026〕4号', issuer: '临江市青川区人民政府办公室', issuedOn: '2026-03-10' },
    outline: `
part 一、|持续深入打好蓝天保卫战
  task (一)|强化扬尘精细化管控
  task (二)|推进移动源污染治理
part 二、|持续深入打好碧水保卫战
  task (三)|巩固黑臭水体治理成效
  task (四)|推进污水管网提质增效
part 三、|持续深入打好净土保卫战
  task (五)|加强建设用地土壤风险管控
part 四、|推动绿色低碳发展
  task (六)|推广绿色建筑
`,
    departments: [
      { heading: '强化扬尘精细化管控', lead: ['区住建局', '区城管局'] },
      { heading: '巩固黑臭水体治理成效', lead: ['区水务局'] },
      { heading: '推广绿色建筑', lead: ['区住建局', '区发改委'] },
    ],
    absent: ['[主题分类]', '[有效性]'],
  },
];

// Batch 25 (session 36, h-gen19): six shapes read in public plans (街道 月度计划, 专项整治 table, 镇 乡村振兴 with
// 村委会 units, 营商环境 改革事项清单 with ★, 区委 工作要点 with 牵头领导 in brackets, a 中英 园区 plan). Written from
// reading the documents, before the importer was run on them.
const BATCH27: CorpusDoc[] = [
  {
    file: '176-jiedao-jihua-month-headings.txt',
    style: '街道 年度重点工作计划 laid out by month: "1月" … "12月" lines without a number as headings, 1. tasks afresh under each month closing with "（责任科室：A；配合科室：B）", signed by the 街道办事处',
    meta: { title: '云溪区松岭街道2026年重点工作计划', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区松岭街道办事处', issuedOn: '2026-01-09' },
    outline: `
part 一、|工作目标
part 二、|月度工作安排
  section |1月
    task 1.|召开街道经济工作会议，分解全年招商引资和项目建设任务
    task 2.|开展节前安全生产大检查，排查整治燃气、消防隐患
  section |2月
    task 1.|举办“春风行动”专场招聘会2场，帮助辖区企业招工300人
  section |3月
    task 1.|完成12个社区网格优化调整，配齐专职网格员
    task 2.|启动松岭路沿街立面整治工程
  section |4月
    task 1.|开展春季爱国卫生运动，集中清理背街小巷和老旧小区卫生死角
  section |5月
    task 1.|组织辖区企业参加区投资贸易洽谈会，签约项目不少于5个
  section |6月
    task 1.|开展防汛应急演练，完成低洼易涝点排查
    task 2.|完成上半年重点工作督查，形成督查通报
  section |7月
    task 1.|组织暑期青少年托管服务，开设“四点半课堂”6个
  section |8月
    task 1.|建成松岭社区嵌入式服务中心并投入使用
  section |9月
    task 1.|开展“敬老月”活动，走访慰问辖区高龄老人
  section |10月
    task 1.|完成松岭路沿街立面整治工程验收
  section |11月
    task 1.|开展冬季消防安全专项检查，重点检查“九小场所”
  section |12月
    task 1.|开展年度工作考核，总结全年工作并谋划2027年工作思路
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|强化督查通报
`,
    departments: [
      { heading: '召开街道经济工作会议，分解全年招商引资和项目建设任务', lead: ['经济发展办公室'], partners: [] },
      { heading: '开展节前安全生产大检查，排查整治燃气、消防隐患', lead: ['平安建设办公室'], partners: ['综合行政执法队'] },
      { heading: '完成12个社区网格优化调整，配齐专职网格员', lead: ['党建工作办公室'], partners: ['各社区'] },
      { heading: '建成松岭社区嵌入式服务中心并投入使用', lead: ['社区服务办公室'], partners: ['松岭社区'] },
    ],
    indicators: [{ heading: '工作目标', name: '市场主体', value: 260, unit: '户' }],
  },
  {
    file: '177-zhengzhi-fangan-biaozhun-shixian-table.txt',
    formats: ['docx'],
    style: '区 专项整治方案 whose 三、整治内容及责任分工 is a tab-separated table 序号 / 整治内容 / 整治标准 / 责任单位 / 整治时限 (the rows are the tasks, the standard their text), 实施步骤 stages dated in their headings, signed by the 区政府办',
    meta: { title: '青川区背街小巷环境专项整治方案', district: '青川区', city: null, issuer: '青川区人民政府办公室', issuedOn: '2026-02-26' },
    outline: `
part 一、|整治范围
part 二、|整治目标
part 三、|整治内容及责任分工
  task 1|路面破损修复
  task 2|架空线缆规范整理
  task 3|违法建设拆除
  task 4|占道经营整治
  task 5|垃圾分类设施提升
  task 6|公共照明补缺
part 四、|实施步骤
  section (一)|排查摸底阶段（2026年3月）
  section (二)|集中整治阶段（2026年4月—9月）
  section (三)|验收巩固阶段（2026年10月）
part 五、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '路面破损修复', lead: ['区住建局', '各街道办事处'], partners: [] },
      { heading: '架空线缆规范整理', lead: ['区工信局', '电信青川分公司', '移动青川分公司'], partners: [] },
      { heading: '占道经营整治', lead: ['区城管局', '区市场监管局'], partners: [] },
      { heading: '公共照明补缺', lead: ['区城管局'], partners: [] },
    ],
    indicators: [{ heading: '整治目标', name: '路面完好率', value: 95, unit: '%' }],
    milestones: [
      { heading: '路面破损修复', year: 2026 },
      { heading: '公共照明补缺', year: 2026 },
    ],
  },
  {
    file: '178-zhen-xiangcun-zhenxing-cun-weihui-units.txt',
    formats: ['pdf'],
    style: '镇 乡村振兴 年度实施方案 whose villages carry the work: (一) sections of 1. tasks numbered on, each closing with "（牵头单位：镇A办；责任单位：各行政村）" or villages named one by one ("上坝村委会、下坝村委会"), the township signing with its county',
    meta: { title: '石门镇2026年乡村振兴重点工作实施方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县石门镇人民政府', issuedOn: '2026-03-05' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|发展壮大村级集体经济
    task 1.|盘活闲置资产
    task 2.|发展特色产业
  section (二)|提升农村人居环境
    task 3.|推进农村厕所改造
    task 4.|开展村庄清洁行动
  section (三)|加强乡村治理
    task 5.|推广积分制管理
    task 6.|化解矛盾纠纷
part 三、|保障措施
  section (一)|压实工作责任
  section (二)|强化要素保障
`,
    departments: [
      { heading: '盘活闲置资产', lead: ['镇农业农村办'], partners: ['各行政村'] },
      { heading: '发展特色产业', lead: ['镇农业服务中心'], partners: ['上坝村委会', '下坝村委会'] },
      { heading: '开展村庄清洁行动', lead: ['镇生态环境办'], partners: ['各行政村', '镇环卫所'] },
      { heading: '推广积分制管理', lead: ['镇党建办'], partners: ['石门村委会', '枫林村委会', '青溪村委会'] },
    ],
    indicators: [
      { heading: '发展特色产业', name: '高山蔬菜基地', value: 2000, unit: '亩' },
      { heading: '推进农村厕所改造', name: '户厕改造', value: 450, unit: '户' },
    ],
  },
  {
    file: '179-yingshang-gaige-shixiang-qingdan-star-cell.txt',
    formats: ['pdf'],
    style: '区政府办 印发 notice over a 营商环境 改革事项清单: one tab-separated table 序号 / 改革事项 / 改革举措 / 牵头单位 / 协同单位 / 完成时限, rows grouped by "一、…环境" rows, new reforms marked by a ★ at the start of the 改革事项 cell (explained under the title)',
    meta: { title: '东湖区2026年优化营商环境改革事项清单', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 }, docNumber: '东政办发〔2026〕6号', issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-03-16' },
    outline: `
part 一、|政务服务环境
  task 1|推行经营主体“一照多址”
  task 2|深化工程建设项目审批改革
  task 3|拓展“高效办成一件事”场景
part 二、|市场竞争环境
  task 4|清理妨碍统一市场的政策措施
  task 5|推行远程异地评标
part 三、|法治保障环境
  task 6|推行包容审慎监管
`,
    departments: [
      { heading: '推行经营主体“一照多址”', lead: ['区市场监管局'], partners: ['区政务服务中心'] },
      { heading: '深化工程建设项目审批改革', lead: ['区住建局'], partners: ['区自然资源局', '区政务服务中心'] },
      { heading: '推行远程异地评标', lead: ['区公共资源交易中心'], partners: ['区发改局', '区财政局'] },
      { heading: '推行包容审慎监管', lead: ['区司法局'], partners: ['区市场监管局', '区城管局'] },
    ],
    milestones: [{ heading: '推行远程异地评标', year: 2026 }],
  },
  {
    file: '180-quwei-gongzuo-yaodian-lingdao-bumen-bracket.txt',
    formats: ['doc'],
    style: '区委 年度工作要点 adopted by a plenary (adoption line under the title, no signature): 1. points numbered on through 一、 parts, each closing with "（牵头领导：<a person>；牵头部门：A；配合部门：B、C）" — the party committee\'s departments (区委改革办, 区委社会工作部, 区纪委监委机关) leading',
    meta: { title: '中共青川区委2026年工作要点', district: '青川区', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|坚持创新驱动，加快建设现代化产业体系
  task 1.|推动先进制造业集群发展
  task 2.|加快科技创新平台建设
part 二、|深化改革开放，持续激发发展活力
  task 3.|深化国资国企改革
  task 4.|打造一流营商环境
part 三、|坚持人民至上，不断增进民生福祉
  task 5.|办好民生实事
  task 6.|推进教育优质均衡发展
part 四、|坚持全面从严治党，锻造高素质干部队伍
  task 7.|加强干部队伍建设
  task 8.|深化党风廉政建设
`,
    departments: [
      { heading: '推动先进制造业集群发展', lead: ['区经信局'], partners: ['区发改局', '区科技局'] },
      { heading: '加快科技创新平台建设', lead: ['区科技局'], partners: [] },
      { heading: '打造一流营商环境', lead: ['区委改革办', '区政务服务中心'], partners: [] },
      { heading: '办好民生实事', lead: ['区委社会工作部', '区民政局'], partners: ['各街道党工委'] },
      { heading: '深化党风廉政建设', lead: ['区纪委监委机关'], partners: ['区委巡察办'] },
    ],
    indicators: [{ heading: '加快科技创新平台建设', name: '高新技术企业', value: 180, unit: '家' }],
    present: ['王立新'],
  },
  {
    file: '181-yuanqu-zhongying-action-headings.txt',
    style: '高新区 行动计划 with bilingual headings: an English title line over the Chinese one, parts "一、总体目标 / Overall Goals", actions "Action 1 / 行动一　X行动" (the English marker and the Chinese one naming the same action), 1. tasks numbered on with （牵头单位：…；配合单位：…）, signed by the 管委会',
    meta: { title: '云溪高新区数字经济发展行动计划（2026—2028年）', district: null, city: null, period: { start: 2026, end: 2028 }, issuer: '云溪高新技术产业开发区管理委员会', issuedOn: '2026-04-02' },
    outline: `
part 一、|总体目标 / Overall Goals
part 二、|重点行动 / Key Actions
  action 行动一|数字基础设施提升行动
    task 1.|建设智能算力中心
    task 2.|推进5G网络深度覆盖
  action 行动二|产业数字化转型行动
    task 3.|推动制造业“智改数转”
    task 4.|建设工业互联网平台
  action 行动三|国际合作拓展行动
    task 5.|举办国际数字经济论坛
    task 6.|建设跨境数据服务中心
part 三、|保障措施 / Safeguards
  section (一)|加强组织领导
  section (二)|加大政策支持
`,
    departments: [
      { heading: '建设智能算力中心', lead: ['园区经济发展局'], partners: ['园区建设管理局'] },
      { heading: '推进5G网络深度覆盖', lead: ['园区建设管理局'], partners: ['电信云溪分公司', '移动云溪分公司'] },
      { heading: '推动制造业“智改数转”', lead: ['园区经济发展局'], partners: [] },
      { heading: '建设跨境数据服务中心', lead: ['园区科技创新局'], partners: ['园区法务办'] },
    ],
    indicators: [{ heading: '总体目标 / Overall Goals', name: '5G基站', value: 800, unit: '个' }],
  },
];

/** Session 36, second batch (h-real9): the shapes of the real plans read in session 36 (docs/importer-corpus.md), in our own words. */
const BATCH_REAL36B: CorpusDoc[] = [
  {
    file: '182-xincheng-gongwei-guanwei-joint-notice.txt',
    style: 'a zone\'s joint notice on a web page: the party working committee\'s and the administrative committee\'s offices on one line heading and signing, the signature\'s date on its own line while the page\'s index says 发文日期 four days later, 关键词 as an index cell; points 1.–7. numbered on through (一)–(三), roles in brackets "（A,B牵头）" with an ASCII comma, "（A，B配合）", and a 版记 with 印发',
    meta: { title: '东湖新城2025年“蓝绿东湖”建设工作实施方案', period: { start: 2025, end: 2025 }, docNumber: '东新办发〔2025〕7号', issuer: '中共临江市东湖新城工作委员会办公室', issuedOn: '2025-04-07' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section （一）|持续改善空气质量
    task 1.|加强工地扬尘管控
    task 2.|推进燃气锅炉低氮改造
    task 3.|开展餐饮油烟治理
  section （二）|提升东湖水环境
    task 4.|实施入湖河道清淤
    task 5.|推进雨污分流改造
  section （三）|扩大城市绿色空间
    task 6.|建设口袋公园
    task 7.|打造滨湖绿道
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化督查考核
`,
    departments: [
      { heading: '加强工地扬尘管控', lead: ['新城建设局', '新城城管执法局'] },
      { heading: '推进燃气锅炉低氮改造', lead: ['新城生态环境分局'], partners: ['新城经济发展局'] },
      { heading: '开展餐饮油烟治理', lead: ['各街道', '新城市场监管局'] },
      { heading: '推进雨污分流改造', lead: ['新城水务局'], partners: ['新城建设局'] },
      { heading: '打造滨湖绿道', lead: ['新城园林绿化中心', '新城文旅体育局'] },
    ],
    absent: ['关键词', '发文日期'],
  },
  {
    file: '183-minsheng-gongcheng-spaced-cells-table.txt',
    style: 'a 县政府办 notice issued directly, its title closed by its 文号 in brackets and its year followed by counts ("2025年5项民生工程和10件惠民实事"), signed with a date that lost 年/月/日 in six digits ("202537"); two tab-separated task tables numbered on (1–15) whose unit cells are letter-spaced ("县 人 社 局", "县 住建局"), one lead cell "县妇联,县卫健局牵头"; 工作要求 (一)(二) after; a task cell "X工程：Y，…" is a run-in heading X and its text Y, as on a numbered line',
    meta: { title: '关于南屿县2025年5项民生工程和10件惠民实事任务分解方案的通知', district: '南屿县', period: { start: 2025, end: 2025 }, docNumber: '南政办发〔2025〕9号', issuer: '南屿县人民政府办公室', issuedOn: '2025-03-07' },
    outline: `
part 一、|民生工程
  task 1|城乡居民增收工程
  task 2|农村供水保障工程
  task 3|教育提质工程
  task 4|健康南屿工程
  task 5|养老服务工程
part 二、|惠民实事
  task 6|改造城区老旧小区8个，惠及居民1600户。
  task 7|新增城区公共停车泊位800个。
  task 8|开通城乡公交线路3条。
  task 9|建设农贸市场2个，提升改造1个。
  task 10|免费开展适龄妇女“两癌”筛查1.5万人。
  task 11|建成全民健身步道12公里。
  task 12|为困难残疾人提供辅具适配服务300人次。
  task 13|新建城乡充电桩200个。
  task 14|完成农村危房改造120户。
  task 15|开展“送戏下乡”演出150场。
part 三、|工作要求
  section （一）|压实工作责任
  section （二）|加强督查考核
`,
    departments: [
      { heading: '城乡居民增收工程', lead: ['县人社局'], partners: ['县农业农村局'] },
      { heading: '教育提质工程', lead: ['县教体局'], partners: ['县财政局', '县住建局'] },
      { heading: '新增城区公共停车泊位800个。', lead: ['县公安局', '县城管局'], partners: ['县住建局'] },
      { heading: '建设农贸市场2个，提升改造1个。', lead: ['县商务局'], partners: ['县市场监管局'] },
      { heading: '免费开展适龄妇女“两癌”筛查1.5万人。', lead: ['县妇联', '县卫健局'] },
    ],
    present: ['新增城镇就业2800人，农村劳动力转移就业1.2万人次。', '新建村级互助养老服务点20个。'],
  },
];

// Batch 26 (session 37, h-gen20): six shapes read in public plans (区委全会 分工 with a 牵头区领导 column, a decimal
// 1 / 1.1 / 1.1.1 outline, 【】 field labels run on one line, (1) parts with 一是 inside, 主责单位 / 推进单位 / 责任主体
// lines with a 阶段安排 table, 保障措施 before 主要任务). Written from reading the documents, before the importer was run on them.
const BATCH28: CorpusDoc[] = [
  {
    file: '184-quwei-quanhui-fengong-lingdao-three-columns.txt',
    formats: ['docx'],
    style: '区委办 印发 notice over a 区委全会 重点任务分工方案 that is one tab-separated table 序号 / 重点任务 / 牵头区领导 / 牵头单位 / 责任单位 (three columns of who answers: a leader\'s name or two, the lead unit, the units beside it), rows grouped by "一、…" rows and numbered on',
    meta: { title: '区委十届七次全会重点任务分工方案', district: '青川区', city: null, issuer: '中共青川区委办公室', issuedOn: '2026-01-20' },
    outline: `
part 一、|聚力产业升级
  task 1|实施先进制造业强链行动，全年新增规模以上工业企业25家
  task 2|推进青川科创走廊建设，建成中试基地2个
  task 3|加快楼宇经济提质增效，新引进总部企业5家
part 二、|深化改革开放
  task 4|深化国资国企改革，完成区属国有企业整合重组
  task 5|推进政务服务“一网通办”，可网办事项比例达到95%
part 三、|增进民生福祉
  task 6|新建改扩建中小学校4所，新增学位3600个
  task 7|建设社区嵌入式服务设施12处
  task 8|完成城镇老旧小区改造30个
`,
    departments: [
      { heading: '实施先进制造业强链行动，全年新增规模以上工业企业25家', lead: ['区经信局'], partners: ['区发改局', '区科技局', '各街道'] },
      { heading: '推进青川科创走廊建设，建成中试基地2个', lead: ['区科技局'], partners: ['区经信局', '区财政局'] },
      { heading: '深化国资国企改革，完成区属国有企业整合重组', lead: ['区国资中心'], partners: ['区财政局', '区委组织部'] },
      { heading: '推进政务服务“一网通办”，可网办事项比例达到95%', lead: ['区政务服务中心'], partners: ['区大数据中心'] },
      { heading: '完成城镇老旧小区改造30个', lead: ['区住建局'], partners: ['区城管局', '各街道'] },
    ],
    indicators: [
      { heading: '实施先进制造业强链行动，全年新增规模以上工业企业25家', name: '规模以上工业企业', value: 25, unit: '家' },
      { heading: '推进政务服务“一网通办”，可网办事项比例达到95%', name: '可网办事项比例', value: 95, unit: '%' },
    ],
    present: ['王立群、陈东'],
  },
  {
    file: '185-xian-fangan-decimal-outline.txt',
    formats: ['docx'],
    style: '县 实施方案 numbered in a decimal outline: "1　总体要求" / "1.1　工作目标" / "2.1.1　X。" (a full-width space after each number), tasks at the third level with 牵头单位： and 配合单位： lines after them, 保障措施 as 3.1 / 3.2 headings over their text, the government\'s signature',
    meta: { title: '南屿县城乡供水一体化实施方案（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府', issuedOn: '2026-02-10' },
    outline: `
part 1|总体要求
  section 1.1|指导思想
  section 1.2|工作目标
part 2|重点任务
  section 2.1|水源保障工程
    task 2.1.1|建设县第二水厂
    task 2.1.2|规范水源地保护
  section 2.2|管网延伸工程
    task 2.2.1|推进主干管网向乡镇延伸
    task 2.2.2|改造老旧村级管网
  section 2.3|运行管理提升
    task 2.3.1|组建县级供水公司
    task 2.3.2|推行智慧供水
part 3|保障措施
  section 3.1|加强组织领导
  section 3.2|强化资金保障
`,
    departments: [
      { heading: '建设县第二水厂', lead: ['县水利局'], partners: ['县自然资源局', '县住建局'] },
      { heading: '规范水源地保护', lead: ['县生态环境局'], partners: ['县水利局', '相关乡镇人民政府'] },
      { heading: '改造老旧村级管网', lead: ['县城投公司'], partners: ['各乡镇人民政府'] },
      { heading: '推行智慧供水', lead: ['县水利局'], partners: ['县数据局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '农村自来水普及率', value: 99, unit: '%', year: 2028 },
      { heading: '推进主干管网向乡镇延伸', name: '主干管网', value: 120, unit: '公里' },
    ],
    milestones: [
      { heading: '建设县第二水厂', year: 2027 },
      { heading: '规范水源地保护', year: 2026 },
      { heading: '组建县级供水公司', year: 2026 },
    ],
  },
  {
    file: '186-renwu-qingdan-bracket-fields-one-line.txt',
    style: '区 任务清单 whose 1. tasks (numbered on through 一、 groups) are each one line of 【】 labelled fields run together: "【任务名称】X【工作内容】…【牵头单位】A【配合单位】B、C【完成时限】2026年10月底前" — the name is the heading, one task without 【配合单位】; signed by a 领导小组办公室',
    meta: { title: '云溪区2026年城市更新重点任务清单', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区城市更新工作领导小组办公室', issuedOn: '2026-02-16' },
    outline: `
part 一、|片区更新
  task 1.|推进老旧厂区改造
  task 2.|实施城中村改造
part 二、|设施补短板
  task 3.|新建口袋公园
  task 4.|增设公共停车泊位
  task 5.|加装既有住宅电梯
part 三、|机制保障
  task 6.|建立城市体检评估机制
`,
    departments: [
      { heading: '推进老旧厂区改造', lead: ['区住建局'], partners: ['区经信局', '区文旅局'] },
      { heading: '实施城中村改造', lead: ['区房屋征收中心'], partners: ['区自然资源局', '西坝街道'] },
      { heading: '增设公共停车泊位', lead: ['区城管局'], partners: ['区公安分局交警大队'] },
      { heading: '加装既有住宅电梯', lead: ['区住建局'], partners: [] },
      { heading: '建立城市体检评估机制', lead: ['区自然资源局'], partners: ['区住建局', '区统计局'] },
    ],
    indicators: [
      { heading: '新建口袋公园', name: '口袋公园', value: 15, unit: '个' },
      { heading: '增设公共停车泊位', name: '公共停车泊位', value: 1200, unit: '个' },
    ],
    milestones: [
      { heading: '推进老旧厂区改造', year: 2026 },
      { heading: '建立城市体检评估机制', year: 2026 },
    ],
  },
  {
    file: '187-gongzuo-yaodian-paren-top-level-yishi.txt',
    style: '区委社会工作部 年度工作要点 whose top level is "(1)…(4)" in ASCII brackets on lines of their own, 1. tasks numbered on through (2) and (3) with 一是…；二是… inside and a closing "（牵头单位：A；配合单位：B）", 一是/二是 also inside the (4) requirements paragraph',
    meta: { title: '临江市东湖区2026年基层治理工作要点', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '中共临江市东湖区委社会工作部', issuedOn: '2026-03-02' },
    outline: `
part (1)|总体目标
part (2)|强化党建引领
  task 1.|健全街道社区党组织领导机制
  task 2.|推进新就业群体融入基层治理
part (3)|提升服务效能
  task 3.|深化社区减负增效
  task 4.|完善社区养老托育服务
part (4)|工作要求
`,
    departments: [
      { heading: '健全街道社区党组织领导机制', lead: ['区委组织部'], partners: ['区委社会工作部', '各街道党工委'] },
      { heading: '推进新就业群体融入基层治理', lead: ['区委社会工作部'], partners: ['区总工会', '区市场监管局'] },
      { heading: '深化社区减负增效', lead: ['区民政局'], partners: ['区委社会工作部', '区大数据中心'] },
      { heading: '完善社区养老托育服务', lead: ['区民政局', '区卫健局'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '总体目标', name: '社区社会组织', value: 150, unit: '家' },
      { heading: '完善社区养老托育服务', name: '社区养老服务综合体', value: 6, unit: '个' },
    ],
  },
  {
    file: '188-xian-fangan-zhuze-tuijin-stage-table.txt',
    formats: ['pdf'],
    style: '县 实施方案 whose (一) run-in tasks are followed by "主责单位：A" and "推进单位：B、各乡镇（街道）" lines, or by "责任主体：各乡镇（街道）" alone (the townships answer); 三、阶段安排 as a tab-separated table 阶段 / 时间 / 主要工作 (stages, not tasks); the 县政府办\'s signature',
    meta: { title: '南屿县2026年农村人居环境整治提升实施方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-28' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|推进农村户厕改造
  task (二)|治理农村生活污水
  task (三)|提升生活垃圾收运处置
  task (四)|开展村庄清洁行动
part 三、|阶段安排
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
`,
    departments: [
      { heading: '推进农村户厕改造', lead: ['县农业农村局'], partners: ['各乡镇（街道）'] },
      { heading: '治理农村生活污水', lead: ['县生态环境局'], partners: ['县水利局', '各乡镇（街道）'] },
      { heading: '提升生活垃圾收运处置', lead: ['县城管局'], partners: ['各乡镇（街道）'] },
      { heading: '开展村庄清洁行动', lead: ['各乡镇（街道）'], partners: [] },
    ],
    indicators: [
      { heading: '工作目标', name: '农村卫生厕所普及率', value: 92, unit: '%' },
      { heading: '推进农村户厕改造', name: '农村卫生户厕', value: 3000, unit: '户' },
    ],
    milestones: [{ heading: '治理农村生活污水', year: 2026 }],
  },
  {
    file: '189-fangan-baozhang-first-renwu-last.txt',
    style: '区 实施方案 in reverse order: 一、保障措施 first ((一) run-in headings), then 二、建设目标, then 三、主要任务 last — (一) run-in tasks closing with "（牵头单位：A；配合单位：B、C）"; signed by the 区政府办',
    meta: { title: '青川区“无废城市”建设实施方案（2026—2027年）', district: '青川区', city: null, period: { start: 2026, end: 2027 }, issuer: '青川区人民政府办公室', issuedOn: '2026-03-12' },
    outline: `
part 一、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
  section (三)|严格督查考核
part 二、|建设目标
part 三、|主要任务
  task (一)|推动工业固废源头减量
  task (二)|推进建筑垃圾资源化利用
  task (三)|深化生活垃圾分类
  task (四)|强化危险废物监管
`,
    departments: [
      { heading: '推动工业固废源头减量', lead: ['区经信局'], partners: ['区生态环境局', '区发改局'] },
      { heading: '推进建筑垃圾资源化利用', lead: ['区住建局'], partners: ['区城管局', '区自然资源局'] },
      { heading: '深化生活垃圾分类', lead: ['区城管局'], partners: ['各街道办事处'] },
      { heading: '强化危险废物监管', lead: ['区生态环境局'], partners: ['区交通运输局', '区公安分局'] },
    ],
    indicators: [
      { heading: '建设目标', name: '一般工业固体废物综合利用率', value: 95, unit: '%', year: 2027 },
      { heading: '推动工业固废源头减量', name: '绿色工厂', value: 8, unit: '家' },
    ],
    milestones: [
      { heading: '推动工业固废源头减量', year: 2026 },
      { heading: '推进建筑垃圾资源化利用', year: 2027 },
    ],
  },
];

/**
 * Batch 27 (h-gen21, session 37): a fourteenth blind batch, written after reading public plans of shapes the style
 * table did not cover (a plan sent as a 函 to many units, yearly targets in a table with ≥ / 不少于 cells and 注： lines
 * under it, a Traditional-script plan in 第一部分 parts whose tasks close with "（A、B按職責分工負責）", a 分工表 annex
 * continued after （续表） with merged 牵头单位 cells and a 备注 column, a 街道 工作要点 whose points open with bold
 * "一是X。" leads and name 社区 by name, a plan whose footnotes "[1]…" follow its signature) and before running the
 * importer on them. Every expectation below was written by reading the document.
 */
const BATCH29: CorpusDoc[] = [
  {
    file: '196-han-zhusong-many-units.txt',
    formats: ['docx'],
    style: '区政府办 印发 a plan by a 函 (关于印发《X》的函, 文号 东政办函〔2026〕9号, "特此函告。", 联系人 line): a 主送 list of many units parted by 、 and ， (街道, bureaus, the fire brigade, utility companies); (一) run-in tasks closing with （牵头单位：…；配合单位：…）, companies as partners',
    meta: {
      title: '东湖区2026年老旧小区改造提升工作方案', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 },
      docNumber: '东政办函〔2026〕9号', issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-03-06',
      addressees: ['各街道办事处', '区发展改革委', '区财政局', '区住房城乡建设局', '区城管局', '区民政局', '区市场监管局', '区消防救援大队', '国网东湖供电公司', '东湖水务集团', '临江燃气东湖分公司'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|实施基础类改造
  task (二)|推进既有住宅加装电梯
  task (三)|完善社区服务设施
  task (四)|健全长效管理机制
part 三、|保障措施
  section (一)|加强资金保障
  section (二)|强化督导考核
`,
    departments: [
      { heading: '实施基础类改造', lead: ['区住房城乡建设局'], partners: ['国网东湖供电公司', '东湖水务集团', '临江燃气东湖分公司'] },
      { heading: '推进既有住宅加装电梯', lead: ['区住房城乡建设局'], partners: ['区市场监管局', '各街道办事处'] },
      { heading: '完善社区服务设施', lead: ['区民政局'], partners: ['区消防救援大队', '各街道办事处'] },
      { heading: '健全长效管理机制', lead: ['各街道办事处'], partners: ['区城管局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '加装电梯', value: 60, unit: '部' },
      { heading: '工作目标', name: '物业管理覆盖率', value: 100, unit: '%' },
      { heading: '完善社区服务设施', name: '社区养老服务站', value: 6, unit: '个' },
    ],
    milestones: [
      { heading: '实施基础类改造', year: 2026 },
      { heading: '健全长效管理机制', year: 2026 },
    ],
  },
  {
    file: '197-qu-niandu-mubiao-biao-zhu.txt',
    formats: ['pdf'],
    style: '区 三年行动方案 whose 年度目标 are a tab-separated table 指标 / 单位 / 2025年 / 2026年 / 2027年 with cells "≥95%", "不少于3个", "100%", then 注：1.… 2.… lines under it (notes, not points); (一) run-in tasks each followed by a 责任单位 line; signed by the 区政府',
    meta: { title: '云溪区养老服务提质扩容三年行动方案（2025—2027年）', district: '云溪区', city: null, period: { start: 2025, end: 2027 }, issuer: '云溪区人民政府', issuedOn: '2025-03-18' },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|年度目标
part 二、|重点任务
  task (一)|织密社区养老服务网络
  task (二)|扩大护理型床位供给
  task (三)|发展老年助餐服务
  task (四)|加强养老护理人才队伍建设
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|落实资金保障
`,
    departments: [
      { heading: '织密社区养老服务网络', lead: ['区民政局', '各街道办事处'] },
      { heading: '扩大护理型床位供给', lead: ['区民政局', '区卫生健康委'] },
      { heading: '发展老年助餐服务', lead: ['各街道办事处', '区市场监管局'] },
      { heading: '加强养老护理人才队伍建设', lead: ['区人力资源社会保障局', '区民政局'] },
    ],
    indicators: [
      { heading: '年度目标', name: '社区养老服务设施覆盖率', value: 90, unit: '%', year: 2025 },
      { heading: '年度目标', name: '社区养老服务设施覆盖率', value: 95, unit: '%', year: 2026 },
      { heading: '年度目标', name: '社区养老服务设施覆盖率', value: 100, unit: '%', year: 2027 },
      { heading: '年度目标', name: '街道综合养老服务中心', value: 3, unit: '个', year: 2025 },
      { heading: '年度目标', name: '街道综合养老服务中心', value: 5, unit: '个', year: 2026 },
      { heading: '年度目标', name: '街道综合养老服务中心', value: 7, unit: '个', year: 2027 },
      { heading: '年度目标', name: '护理型床位占比', value: 65, unit: '%', year: 2027 },
      { heading: '年度目标', name: '老年助餐点', value: 70, unit: '个', year: 2027 },
      { heading: '加强养老护理人才队伍建设', name: '养老护理员', value: 300, unit: '人次' },
    ],
    milestones: [
      { heading: '扩大护理型床位供给', year: 2026 },
      { heading: '加强养老护理人才队伍建设', year: 2026 },
    ],
    present: ['护理型床位占比按全区养老机构床位总数计算'],
  },
  {
    file: '198-fanti-diyibufen-anzhize.txt',
    style: 'a mainland 实施方案 in Traditional script: 第一部分 / 第二部分 / 第三部分 parts, 一、 sections in the first, （一） run-in tasks directly under the second, each closing with "（區數據局、區財政局按職責分工負責）" or "（區數據局牽頭，各街道辦事處按職責分工負責）"; signed by the 區政府辦',
    meta: { title: '青川區數字政府建設實施方案（2026—2028年）', district: '青川區', city: null, period: { start: 2026, end: 2028 }, issuer: '青川區人民政府辦公室', issuedOn: '2026-04-10' },
    outline: `
part 第一部分|總體要求
  section 一、|指導思想
  section 二、|主要目標
part 第二部分|重點任務
  task (一)|建設一體化政務雲平台
  task (二)|推進政務數據共享開放
  task (三)|深化“一網通辦”改革
  task (四)|提升基層治理數字化水平
part 第三部分|保障措施
  section (一)|加強組織領導
  section (二)|強化安全保障
`,
    departments: [
      { heading: '建設一體化政務雲平台', lead: ['區數據局', '區財政局'] },
      { heading: '推進政務數據共享開放', lead: ['區數據局'], partners: ['各街道辦事處'] },
      { heading: '深化“一網通辦”改革', lead: ['區政務服務中心', '區數據局'] },
      { heading: '提升基層治理數字化水平', lead: ['區委政法委', '區應急管理局'] },
    ],
    indicators: [
      { heading: '主要目標', name: '政務服務事項網上可辦率', value: 98, unit: '%', year: 2028 },
      { heading: '主要目標', name: '政務數據共享需求滿足率', value: 95, unit: '%' },
      { heading: '推進政務數據共享開放', name: '開放數據集', value: 50, unit: '個' },
    ],
    milestones: [
      { heading: '建設一體化政務雲平台', year: 2026 },
      { heading: '深化“一網通辦”改革', year: 2027 },
    ],
  },
  {
    file: '199-fengongbiao-xubiao-beizhu.txt',
    formats: ['docx', 'pdf'],
    style: '县 实施方案 whose 1. tasks (numbered on through (一) sections) name no department: a closing 附件 重点任务分工表 (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 / 备注) broken by "（续表）" with its header repeated, 牵头单位 cells merged down (left empty under the first row), a 备注 column',
    meta: { title: '南屿县县域商业体系建设实施方案（2026—2027年）', district: '南屿县', city: null, period: { start: 2026, end: 2027 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|完善县域商业网络
    task 1.|改造提升乡镇商贸中心
    task 2.|发展村级便民商店
  section (二)|健全县乡村物流配送体系
    task 3.|建设县级物流配送中心
    task 4.|推进快递进村
  section (三)|促进农产品上行
    task 5.|培育农产品电商品牌
    task 6.|完善冷链设施
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
appendix 附件|重点任务分工表
`,
    departments: [
      { heading: '改造提升乡镇商贸中心', lead: ['县商务局'], partners: ['各乡镇人民政府'] },
      { heading: '发展村级便民商店', lead: ['县商务局'], partners: ['县供销社', '县邮政分公司'] },
      { heading: '建设县级物流配送中心', lead: ['县交通运输局'], partners: ['县商务局', '县自然资源局'] },
      { heading: '推进快递进村', lead: ['县邮政管理局'], partners: ['县交通运输局', '各乡镇人民政府'] },
      { heading: '培育农产品电商品牌', lead: ['县农业农村局'], partners: ['县商务局', '县市场监管局'] },
      { heading: '完善冷链设施', lead: ['县农业农村局'], partners: ['县商务局', '各乡镇人民政府'] },
    ],
    indicators: [
      { heading: '工作目标', name: '乡镇商贸中心', value: 8, unit: '个' },
      { heading: '工作目标', name: '村级便民商店', value: 120, unit: '个' },
      { heading: '工作目标', name: '快递进村覆盖率', value: 100, unit: '%' },
      { heading: '完善冷链设施', name: '产地冷藏保鲜设施', value: 15, unit: '个' },
    ],
    milestones: [
      { heading: '改造提升乡镇商贸中心', year: 2027 },
      { heading: '发展村级便民商店', year: 2026 },
      { heading: '建设县级物流配送中心', year: 2027 },
      { heading: '推进快递进村', year: 2026 },
      { heading: '培育农产品电商品牌', year: 2027 },
      { heading: '完善冷链设施', year: 2026 },
    ],
  },
  {
    file: '200-jiedao-yaodian-bold-yishi-shequ.md',
    formats: ['docx'],
    style: '街道 年度工作要点 in Markdown (and as a .docx with bold runs): ## 一、 parts whose work items are paragraphs opening with a bold lead "**一是加强统筹。**", each closing with "（责任科室：A；责任社区：桂花社区、丹桂社区）" — the street\'s office leads, its 社区 named one by one carry it out; signed by the 街道办事处',
    meta: { title: '临江市东湖区桂园街道2026年工作要点', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市东湖区桂园街道办事处', issuedOn: '2026-01-20' },
    outline: `
part 一、|聚焦党建引领，提升基层治理效能
  task 一是|加强统筹
  task 二是|做强网格
  task 三是|深化共治
part 二、|聚焦民生保障，提升群众幸福指数
  task 一是|兜牢底线
  task 二是|办好实事
part 三、|聚焦城市管理，提升人居环境品质
  task 一是|整治背街小巷
  task 二是|推进垃圾分类
`,
    departments: [
      { heading: '加强统筹', lead: ['党建办'], partners: ['各社区'] },
      { heading: '做强网格', lead: ['平安办'], partners: ['桂花社区', '丹桂社区', '金桂社区'] },
      { heading: '深化共治', lead: ['社区建设办'], partners: ['丹桂社区'] },
      { heading: '兜牢底线', lead: ['社会事务办'], partners: [] },
      { heading: '办好实事', lead: ['社会事务办'], partners: ['金桂社区', '银桂社区'] },
      { heading: '整治背街小巷', lead: ['城管办'], partners: ['桂花社区', '银桂社区'] },
      { heading: '推进垃圾分类', lead: ['城管办'], partners: ['各社区'] },
    ],
    indicators: [
      { heading: '做强网格', name: '网格员', value: 96, unit: '名' },
      { heading: '推进垃圾分类', name: '垃圾分类参与率', value: 90, unit: '%' },
    ],
    milestones: [{ heading: '办好实事', year: 2026 }],
  },
  {
    file: '201-xian-fangan-jiaozhu-footnotes.txt',
    formats: ['doc'],
    style: '县 整治实施方案 with footnotes: markers "“六乱”[1]" in the text, the notes "[1]“六乱”指…" as lines after the 县政府办\'s signature (as Word prints them at the end); (一) run-in tasks closing with "（责任单位：A、B，各乡镇配合）"; 工作步骤 (一) stages dated in their sentences',
    meta: { title: '南屿县城乡环境“六乱”整治实施方案', district: '南屿县', city: null, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-26' },
    outline: `
part 一、|整治目标
part 二、|整治任务
  task (一)|整治乱搭乱建
  task (二)|整治乱堆乱放
  task (三)|整治乱贴乱画
  task (四)|整治乱停乱放
part 三、|工作步骤
  section (一)|动员部署
  section (二)|集中整治
  section (三)|巩固提升
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|严格督查考核
`,
    departments: [
      { heading: '整治乱搭乱建', lead: ['县自然资源局', '县城管局'], partners: ['各乡镇'] },
      { heading: '整治乱堆乱放', lead: ['县城管局'], partners: ['各乡镇'] },
      { heading: '整治乱贴乱画', lead: ['县城管局', '县市场监管局'] },
      { heading: '整治乱停乱放', lead: ['县公安局交警大队', '县住建局'] },
    ],
    indicators: [
      { heading: '整治目标', name: '整改率', value: 95, unit: '%' },
      { heading: '整治乱停乱放', name: '停车泊位', value: 800, unit: '个' },
    ],
    milestones: [{ heading: '整治乱停乱放', year: 2026 }],
    present: ['“三包”指包卫生、包秩序、包绿化'],
  },
];


/** Session 37 (h-real10): shapes of the tenth batch of real plans, in our own words (docs/importer-corpus.md "Real plans read (session 37)"). */
const BATCH_REAL37: CorpusDoc[] = [
  {
    file: '190-trad-index-list-notice-fenjie-itself.txt',
    style: 'a 区政府办 notice doing the 分解 itself on a web page in Traditional characters, its index a bulleted list ("- 標題:", "- 發布機構:", "- 公文生成日期:", "- 備注/文號:", "- 發布日期:"), no title line in the body: the notice\'s title whole from the 標題 cell (it publishes nothing, it only cites 《政府工作報告》), its date the 公文生成日期 and the signature, not the 發布日期; its own 一、二、三、 the document\'s parts (as 137), a 附件 line naming the table sent apart',
    meta: {
      title: '青川區人民政府辦公室關于2026年區《政府工作報告》目標任務責任分解的通知', district: '青川區',
      issuer: '青川區人民政府辦公室', docNumber: '青政辦〔2026〕2號', issuedOn: '2026-01-22', period: { start: 2026, end: 2026 },
    },
    outline: `
part 一、|提高認識,壓實責任
part 二、|細化措施,按季推進
part 三、|跟蹤督辦,嚴格考核
appendix 附件|2026年區《政府工作報告》目標任務責任分解表
`,
    absent: ['發布日期', '公文生成日期'],
  },
  {
    file: '191-excerpt-addressees-requests-annex-by-lead.txt',
    style: 'a 县政府办 印发 notice as a page excerpt gives it, opening at its addressees (no title line): "现将《X》《Y》印发给你们", its own 一、二、三、 requests, a 附件 list of two, the signature and （此件公开发布）, then 附件1 — the plan, grouped by lead unit "一、县X牵头工作（3项）" with 1.–9. numbered on, a few with their "（配合单位：…）"; the requests stay the notice\'s',
    meta: { title: '2026年县《政府工作报告》任务清单', district: '南屿县', issuer: '南屿县人民政府办公室', issuedOn: '2026-03-06', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|县经济开发区管委会牵头工作（3项）
  task 1.|投资2.5亿元建设新能源电池配件产业园，年内完成主体工程
  task 2.|新建标准厂房6万平方米，盘活闲置厂房2万平方米
  task 3.|引进亿元以上工业项目5个
part 二、|县农业农村局牵头工作（3项）
  task 4.|新建高标准农田1.8万亩
  task 5.|培育市级以上农业产业化龙头企业3家
  task 6.|改造提升农村公路45公里
part 三、|县卫生健康局牵头工作（3项）
  task 7.|建成县人民医院门诊综合楼并投入使用
  task 8.|新建村卫生室标准化示范点12个
  task 9.|为65岁以上老年人免费健康体检2.4万人次
`,
    departments: [
      { heading: '投资2.5亿元建设新能源电池配件产业园，年内完成主体工程', lead: ['县经济开发区管委会'] },
      { heading: '改造提升农村公路45公里', lead: ['县农业农村局'], partners: ['县交通运输局'] },
      { heading: '为65岁以上老年人免费健康体检2.4万人次', lead: ['县卫生健康局'], partners: ['各乡镇人民政府'] },
    ],
  },
  {
    file: '192-minsheng-cells-bar-lines-bare-year.txt',
    formats: ['pdf'],
    style: '县政府 notice of 十大民生实事 issued directly, its 附件 清单 a web table copied one cell per line, each closed by " |", rows parted by a "|" line, the spanning title padded "||||||", a header "年度投资 (万元)" with a space, a 建设时间 column of bare years ("2026"), a 建设地点 "相关乡镇 (街道)" — the rows are the projects, led by the 责任单位',
    meta: { title: '南屿县2026年十大民生实事项目', district: '南屿县', issuer: '南屿县人民政府', docNumber: '南政发〔2026〕6号', issuedOn: '2026-03-12', period: { start: 2026, end: 2026 } },
    outline: `
task 1|中小学运动场地提升改造项目
task 2|城北片区道路建设项目
task 3|老旧小区改造项目
task 4|农村公路安全防护工程
task 5|县医院急诊能力提升项目
`,
    departments: [
      { heading: '中小学运动场地提升改造项目', lead: ['县教体局'] },
      { heading: '城北片区道路建设项目', lead: ['县住建局'] },
      { heading: '农村公路安全防护工程', lead: ['县交通运输局'] },
      { heading: '县医院急诊能力提升项目', lead: ['县卫健局'] },
    ],
    absent: ['||||||'],
  },
  {
    file: '193-jiedao-box-drawn-task-table.txt',
    style: '街道办事处 印发 notice whose 任务清单 is a table drawn with box characters ("│序号│重点任务│牵头科室│…│", "├──┼──┤" rulings between rows, "┌──┬──┐" and "└──┴──┘" around it), the 街道\'s 科室 leading, 社区 as partners; a 版记 with 抄送',
    meta: { title: '城南街道2026年城市更新重点任务清单', issuer: '临江市东湖区城南街道办事处', docNumber: '城南街发〔2026〕3号', issuedOn: '2026-02-16', period: { start: 2026, end: 2026 } },
    outline: `
task 1|完成桃园、柳岸两个老旧小区综合改造，加装电梯16部
task 2|新建口袋公园3处，改造背街小巷8条
task 3|新增社区助餐点4个，实现辖区全覆盖
task 4|推进老旧管网改造，更换燃气管道5.6公里
task 5|建成智慧停车平台，新增共享泊位300个
`,
    departments: [
      { heading: '完成桃园、柳岸两个老旧小区综合改造，加装电梯16部', lead: ['城市建设管理办公室'], partners: ['桃园社区', '柳岸社区'] },
      { heading: '新增社区助餐点4个，实现辖区全覆盖', lead: ['社会事务办公室'], partners: ['各社区居委会'] },
      { heading: '建成智慧停车平台，新增共享泊位300个', lead: ['经济发展办公室'], partners: ['城市建设管理办公室'] },
    ],
    absent: ['┌', '├', '└'],
  },
  {
    file: '194-fenjie-cells-header-broken-lines.txt',
    formats: ['pdf'],
    style: '区 目标任务分解表 as a Word table pasted one cell per line whose narrow header cells are broken over two lines ("牵头" ⏎ "单位", "配合" ⏎ "单位", "完成" ⏎ "时限"), rows grouped by "一、…" lines, numbered on',
    meta: { title: '云溪区2026年重点工作目标任务分解表', district: '云溪区', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|稳增长促发展
  task 1|地区生产总值增长6%左右
  task 2|全年新签约亿元以上项目20个，到位资金40亿元
  task 3|新增规模以上工业企业15家
part 二、|惠民生增福祉
  task 4|新建社区食堂8个
  task 5|改造背街小巷20条
  task 6|新增城区公办学位1200个
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革局'], partners: ['区统计局', '各街道办事处'] },
      { heading: '全年新签约亿元以上项目20个，到位资金40亿元', lead: ['区投资促进局'], partners: ['区发展改革局', '区财政局'] },
      { heading: '新增城区公办学位1200个', lead: ['区教育局'], partners: ['区财政局', '区自然资源局'] },
    ],
  },
  {
    file: '195-fenjie-fullwidth-bars-padded-rows.txt',
    formats: ['pdf'],
    style: '区政府 印发 notice over a 分解落实方案 whose table is drawn with full-width bars, each row padded with empty cells past its last column ("｜序号｜目标任务｜牵头单位｜责任单位｜完成时限｜｜｜｜"), a row with its 责任单位 cell empty; the 责任单位 beside a 牵头单位 help; a 版记 (session 37, 吴江区 shape)',
    meta: { title: '云溪区2026年重点工作目标任务分解落实方案', district: '云溪区', city: '临江市', issuer: '临江市云溪区人民政府', docNumber: '云政发〔2026〕4号', issuedOn: '2026-02-27', period: { start: 2026, end: 2026 } },
    outline: `
task 1|地区生产总值增长6%左右
task 2|一般公共预算收入增长5%
task 3|新开工亿元以上产业项目25个
task 4|新增城镇就业6500人
task 5|新建养老服务综合体2个
task 6|完成河道综合整治12公里
`,
    departments: [
      { heading: '地区生产总值增长6%左右', lead: ['区发展改革委'], partners: ['区统计局', '各街道办事处'] },
      { heading: '新增城镇就业6500人', lead: ['区人力资源社会保障局'], partners: ['各街道办事处'] },
      { heading: '完成河道综合整治12公里', lead: ['区水务局'] },
    ],
    absent: ['｜｜'],
  },
];

/** Session 37, second batch of real plans (h-real11): the shapes of the eleventh batch, in our own words. */
const BATCH_REAL37B: CorpusDoc[] = [
  {
    file: '202-minshi-duban-cells-units-lines.txt',
    formats: ['pdf'],
    style: '县政府办 督办 notice over a 民生实事目标任务分解表 pasted one cell per line with blank lines between the cells (序号 / 民生实事 / 责任单位 / 完成时限): 民生实事 the task column, a 责任单位 cell written one unit a line ("县水务局" ⏎ "县住建局" ⏎ "县自来水公司"), a row without its 序号 under row 5 (its 序号 and 责任单位 cells merged over both); page chrome 来源 / 发布日期 / 分享到 (session 37, 大竹县 shape)',
    meta: { title: '2026年民生实事目标任务分解表', district: '南屿县', issuer: '南屿县人民政府办公室', docNumber: '南政办〔2026〕9号', issuedOn: '2026-03-02', period: { start: 2026, end: 2026 } },
    outline: `
task 1|实施城区老旧供水管网改造,更新管网15公里。
task 2|新建城东、城西2座口袋公园。
task 3|建成县妇幼保健院新院区。
task 4|新增公办幼儿园学位600个。
task 5|开工建设县社会福利中心二期。
task |建成乡镇敬老院护理楼3栋。
task 6|改造提升农贸市场2个。
task 7|完成农村公路提档升级60公里。
task 8|实施城区背街小巷整治20条。
`,
    departments: [
      { heading: '实施城区老旧供水管网改造,更新管网15公里。', lead: ['县水务局', '县住建局', '县自来水公司'] },
      { heading: '建成县妇幼保健院新院区。', lead: ['县卫健局', '县城投公司'] },
      { heading: '建成乡镇敬老院护理楼3栋。', lead: ['县民政局'] },
      { heading: '实施城区背街小巷整治20条。', lead: ['县城管局', '各街道办事处'] },
    ],
    absent: ['分享到'],
  },
  {
    file: '203-fangan-excerpt-addressees-cites-notice.txt',
    style: '县政府办 notice opening at its addressees (no 关于…的通知 line), signed, then the 三年行动实施方案 whose introduction cites another organ\'s notice in 《》 ("为贯彻落实《…关于印发(X)的通知》…制定本方案") — the plan\'s 一、二、 are its parts, not a notice\'s requests; —— principles, its 重点任务 a paragraph of 一是…二是… (no numbered tasks, no units named: otherwise the rule keeping a notice\'s requests would not have applied) (session 37, 龙里县 shape)',
    meta: { title: '青川县农村生活污水治理三年行动实施方案', district: '青川县', issuer: '青川县人民政府办公室', issuedOn: '2026-04-16' },
    outline: `
part 一、|总体要求
part 二、|基本原则
  item ——|因地制宜,分类施策。根据村庄人口规模、地形条件和
  item ——|统筹推进,建管并重。把设施建设和运行维护同步谋划
part 三、|工作目标
part 四、|重点任务
part 五、|保障措施
`,
  },
  {
    file: '204-fanti-zhuyin-gongzuo-jihua.txt',
    style: '州政府 notice of a 工作计划 on a Traditional-script mirror that prints a pinyin reading after many characters ("發(fā)", "區(qū)", "現(xiàn)"): its 文号 line "云州政發(fā)〔2026〕3號" on top, then addressees, the sending sentence, the signature, the plan; 一、 parts, 1. tasks numbered on through the parts with "(牽頭單位:…;責任單位:…,6月底完成)" (session 37, 湘西州 shape)',
    meta: { title: '云溪州2026年深化“放管服”改革優化營商環境工作計劃', city: '云溪州', issuer: '云溪州人民政府', docNumber: '云州政發〔2026〕3號', issuedOn: '2026-02-10', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|進一步提升政務服務效能
  task 1.|深化審批制度改革
  task 2.|推進政務服務標準化
part 二、|持續優化市場環境
  task 3.|降低企業開辦成本
  task 4.|規范涉企收費
part 三、|強化監管執法
  task 5.|推行包容審慎監管
`,
    departments: [
      { heading: '深化審批制度改革', lead: ['州行政審批服務局'], partners: ['州司法局', '州直相關單位'] },
      { heading: '降低企業開辦成本', lead: ['州市場監管局'], partners: ['州稅務局', '州公安局'] },
      { heading: '推行包容審慎監管', lead: ['州司法局'], partners: ['州直各執法部門'] },
    ],
    absent: ['(fā)', '(qū)'],
  },
  {
    file: '205-gangyao-cover-byline-adoption.txt',
    style: '区 十五五 纲要 as a district site gives its cover: the title, the adoption line broken over two lines ("——2026年1月20日…人民代表大会" ⏎ "第六次会议通过"), the compiler\'s byline "云溪区“十五五”规划编制工作领导小组办公室 编" (a plan word in it, last before the text: no title), a bare "目 录" with no entries; 第X章 / 第X节 (session 37, 昌都市 shape)',
    meta: { title: '云溪区国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要', district: '云溪区', period: { start: 2026, end: 2030 } },
    outline: `
part 第一章|开启现代化云溪建设新征程
  section 第一节|发展基础
  section 第二节|发展环境
part 第二章|总体要求和主要目标
  section 第一节|指导思想
  section 第二节|主要目标
part 第三章|建设现代化产业体系
  task 第一节|壮大先进制造业
  task 第二节|提升现代服务业
`,
  },
  {
    file: '206-yijian-tongzhi-yinfa-no-guanyu.txt',
    style: '区政府办 notice titled "X办公室印发X关于…的实施意见的通知" — neither 关于 before 印发 nor quotes around what it publishes —, a page\'s 发布时间 line, the signature, then the 实施意见 without its own title line: the title is what the notice publishes, the office its issuer; 一、 parts, (一) sections and tasks with "(牵头单位:…;配合单位:…)" (session 37, 张家口 shape)',
    meta: { title: '东湖区关于推进城市更新行动的实施意见', district: '东湖区', issuer: '东湖区人民政府办公室', issuedOn: '2026-05-11' },
    outline: `
part 一、|总体思路
  section (一)|指导思想
  section (二)|工作目标
part 二、|重点任务
  task (一)|推进老旧小区改造
  task (二)|实施背街小巷整治
  task (三)|完善城市绿地系统
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
`,
    departments: [
      { heading: '推进老旧小区改造', lead: ['区住建局'], partners: ['区民政局', '各街道办事处'] },
      { heading: '完善城市绿地系统', lead: ['区园林绿化中心'], partners: ['区自然资源分局'] },
    ],
  },
];

/** Session 38, twelfth batch of real plans (h-real12): the shapes of the twelfth batch, in our own words. */
const BATCH_REAL38: CorpusDoc[] = [
  {
    file: '213-fenjiebiao-jucuo-cell-per-line-lingdao.txt',
    style: '区政府 notice (文号, a page\'s 发布时间 / 来源 line, signature, 此件公开发布) over a 政府工作报告重点工作任务分解表 pasted one cell per line with blank lines between the cells: 序号 / 主要工作举措 / 牵头单位 / 配合单位 / 责任领导, group rows 一、 二、 under the header, row 1 without its 责任领导 cell (session 38, 辽中区 shape)',
    formats: ['pdf'],
    meta: { title: '2026年区政府工作报告重点工作任务分解表', district: '东湖区', city: '临江市', issuer: '临江市东湖区人民政府', docNumber: '东政发〔2026〕2号', issuedOn: '2026-01-20', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|壮大现代产业体系
  task 1|聚焦绿色食品加工,推进预制菜产业园二期建设,年内引进精深加工企业5家以上。
  task 2|加快光伏组件回收、再生铝等在建项目建设,推动签约项目年内开工。
  task 3|实施工业技术改造项目20个,推动规上工业企业数字化改造全覆盖。
part 二、|提升城市功能品质
  task 4|改造老旧小区18个,同步完善养老托育、停车充电等配套设施。
  task 5|新建改建口袋公园8处、绿道12公里。
`,
    departments: [
      { heading: '聚焦绿色食品加工,推进预制菜产业园二期建设,年内引进精深加工企业5家以上。', lead: ['区农业农村局'], partners: ['区发展改革局', '区商务局', '东湖经济开发区管委会'] },
      { heading: '加快光伏组件回收、再生铝等在建项目建设,推动签约项目年内开工。', lead: ['东湖经济开发区管委会'], partners: ['区自然资源分局', '区生态环境分局', '区发展改革局'] },
      { heading: '新建改建口袋公园8处、绿道12公里。', lead: ['区城市管理局'], partners: ['区自然资源分局', '区住房城乡建设局'] },
    ],
  },
  {
    file: '214-zhongdian-gongzuo-qingdan-jindu-bar.txt',
    style: '县 重点工作清单 of a quarter\'s progress as a news page prints it: 时间 / 来源 / 浏览次数 lines, then a table with bars (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |) and no unit column, its 进度安排 cells stages ①②③ by month, its last row cut by the page in a cell (session 38, 开化县 shape)',
    meta: { title: '青川县2026年度重点工作清单(一季度政府工作报告重点任务执行落实情况)', district: '青川县', period: { start: 2026, end: 2026 } },
    outline: `
task 1|启动县城市民中心建设。
task 2|壮大县域金融服务,新增普惠小微贷款8亿元。
task 3|完成城区雨污分流改造15公里。
task 4|新增城镇就业岗位2500个。
task 5|建成乡镇污水处理站4座。
`,
    milestones: [
      { heading: '启动县城市民中心建设。', year: 2026, stage: '完成' },
      { heading: '建成乡镇污水处理站4座。', year: 2026, stage: '完成' },
    ],
    absent: ['浏览次数'],
  },
  {
    file: '215-xingdong-fangan-no-year-span-in-text.txt',
    style: '县政府办 notice of a 行动方案 whose title names no year and no length; its 工作目标 opens with the span "2026—2028年，全县…"; (一) tasks closed by "(X牵头,Y、Z配合)", a 供销社 among the partners (session 38: 石嘴山 left in session 37, 海东 / 银川 shapes)',
    meta: { title: '南屿县推进县域商业体系建设行动方案', district: '南屿县', issuer: '南屿县人民政府办公室', docNumber: '南政办发〔2026〕11号', issuedOn: '2026-03-18', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|改造提升乡镇商贸中心
  task (二)|建设县级物流配送中心
  task (三)|发展农村电商
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
`,
    departments: [
      { heading: '改造提升乡镇商贸中心', lead: ['县商务局'], partners: ['各乡镇人民政府'] },
      { heading: '建设县级物流配送中心', lead: ['县交通运输局'], partners: ['县邮政管理局', '县供销社'] },
      { heading: '发展农村电商', lead: ['县商务局'], partners: ['县农业农村局', '县人力资源社会保障局'] },
    ],
  },
  {
    file: '216-guihua-mulu-lost-stop-2035.txt',
    style: '县政府办 notice (title broken after 关于) of a 建设规划 (2024-2035年) — twelve years, to a long-range goal\'s year —, the plan\'s title again, a 目录 without page numbers one of whose entries lost its full stop ("3建立现代环境治理体系"), then the body: 一、 (一) 1. with "(X牵头,Y配合)" (session 38, 镇赉县 shape)',
    meta: { title: '云溪县生态文明建设示范县建设规划(2024-2035年)', district: '云溪县', issuer: '云溪县人民政府办公室', docNumber: '云政办发〔2026〕7号', issuedOn: '2026-02-09', period: { start: 2024, end: 2035 } },
    outline: `
part 一、|工作基础
  section (一)|建设基础
    task 1.|区域特征
    task 2.|工作成效
  section (二)|存在问题
part 二、|规划任务
  section (一)|生态制度体系建设
    task 1.|完善生态环境保护制度
    task 2.|健全资源高效利用制度
    task 3.|建立现代环境治理体系
  section (二)|生态安全体系建设
    task 1.|提升水生态环境质量
    task 2.|加强土壤污染防治
part 三、|保障措施
`,
    departments: [
      { heading: '健全资源高效利用制度', lead: ['县自然资源局'], partners: ['县水利局'] },
      { heading: '建立现代环境治理体系', lead: ['县生态环境局'], partners: ['各乡镇'] },
      { heading: '加强土壤污染防治', lead: ['县农业农村局'] },
    ],
    absent: ['3建立现代环境治理体系'],
  },
];

/**
 * Blind batch 28 (h-gen22, session 38): documents 207–212 written in our own words, with fictional places, in shapes
 * read in public plans the table did not cover (docs/importer-corpus.md, batch 28); expectations written by reading
 * them before the importer ran on them.
 */
const BATCH_BLIND28: CorpusDoc[] = [
  {
    file: '207-qu-fangan-quanhao-zeren-shixian-yihang.txt',
    formats: ['docx'],
    style: '区 年度 实施方案 whose (一) tasks under 重点任务 are heading lines over ①②③ measures on lines of their own, each task closed by ONE line holding two or three fields parted by full-width spaces ("责任单位：A、B　　完成时限：2026年12月底前", "牵头单位：A　　配合单位：B、C　　完成时限：…"); a company among the partners; signed by the 区政府办公室 (also as .docx)',
    meta: { title: '云溪区2026年城市更新行动实施方案', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区人民政府办公室', issuedOn: '2026-02-09' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|推进老旧小区综合改造
    item ①|完成32个老旧小区综合改造
    item ②|结合改造同步推进既有住宅加装电梯
    item ③|建立业委会物业社区共管机制
  task (二)|完善公共空间和便民设施
    item ①|利用边角地闲置地新建口袋公园
    item ②|在公园和广场增设健身设施
  task (三)|实施城市地下管网改造
    item ①|改造雨污管网45公里
    item ②|开展燃气老化管道更新改造
    item ③|建成地下管网信息管理平台
  task (四)|推动低效片区有机更新
    item ①|启动西河片区
    item ②|引入社会资本参与片区运营
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '推进老旧小区综合改造', lead: ['区住房和城乡建设局', '各街道办事处'] },
      { heading: '完善公共空间和便民设施', lead: ['区城市管理局', '区文化和旅游体育局'] },
      { heading: '实施城市地下管网改造', lead: ['区水务局'], partners: ['区住房和城乡建设局', '云溪燃气有限公司'] },
      { heading: '推动低效片区有机更新', lead: ['区发展和改革局', '区自然资源局', '区投资促进中心'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧小区综合改造', value: 32, unit: '个' },
      { heading: '工作目标', name: '口袋公园', value: 12, unit: '个' },
      { heading: '工作目标', name: '雨污管网', value: 45, unit: '公里' },
      { heading: '推进老旧小区综合改造', name: '加装电梯', value: 60, unit: '部' },
      { heading: '推进老旧小区综合改造', name: '物业服务覆盖率', value: 100, unit: '%' },
      { heading: '完善公共空间和便民设施', name: '口袋公园', value: 12, unit: '个' },
      { heading: '完善公共空间和便民设施', name: '健身路径', value: 40, unit: '处' },
      { heading: '实施城市地下管网改造', name: '雨污管网', value: 45, unit: '公里' },
      { heading: '实施城市地下管网改造', name: '燃气管道', value: 30, unit: '公里' },
    ],
    milestones: [
      { heading: '推进老旧小区综合改造', year: 2026 },
      { heading: '完善公共空间和便民设施', year: 2026 },
      { heading: '实施城市地下管网改造', year: 2026 },
      { heading: '推动低效片区有机更新', year: 2026 },
    ],
  },
  {
    file: '208-xian-zhuanxiang-fangan-jieduan-xiangzhen.txt',
    formats: ['pdf'],
    style: '县 专项行动 工作方案 whose townships carry the work: (一) run-in tasks closing with "（牵头单位：县A局；责任单位：各乡镇人民政府）" (the 责任单位 beside a 牵头单位 help) or a township leading; 三、时间安排 as (一) run-in phases "动员部署阶段（2026年3月）。…" / "集中攻坚阶段（2026年4月—9月）。…" / "总结验收阶段（2026年10月—11月）。…"; no year in the title; signed by the 县政府办公室 (also as .pdf)',
    meta: { title: '南屿县农村生活垃圾治理专项行动工作方案', district: '南屿县', city: null, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-26' },
    outline: `
part 一、|工作目标
part 二、|工作任务
  task (一)|完善收运设施
  task (二)|清理积存垃圾
  task (三)|推行分类减量
  task (四)|健全长效管护机制
part 三、|时间安排
  section (一)|动员部署阶段（2026年3月）
  section (二)|集中攻坚阶段（2026年4月—9月）
  section (三)|总结验收阶段（2026年10月—11月）
part 四、|工作要求
  section (一)|压实乡镇责任
  section (二)|加强督查考核
`,
    departments: [
      { heading: '完善收运设施', lead: ['县住房和城乡建设局'], partners: ['各乡镇人民政府'] },
      { heading: '清理积存垃圾', lead: ['各乡镇人民政府'], partners: ['县农业农村局', '县水利局'] },
      { heading: '推行分类减量', lead: ['县农业农村局'], partners: ['各乡镇人民政府', '县供销合作社'] },
      { heading: '健全长效管护机制', lead: ['县财政局'], partners: ['各乡镇人民政府'] },
    ],
    indicators: [
      { heading: '工作目标', name: '农村生活垃圾无害化处理率', value: 95, unit: '%', year: 2026 },
      { heading: '工作目标', name: '乡镇垃圾转运站', value: 6, unit: '座' },
      { heading: '工作目标', name: '垃圾分类示范村', value: 20, unit: '个' },
      { heading: '完善收运设施', name: '乡镇垃圾转运站', value: 6, unit: '座' },
      { heading: '清理积存垃圾', name: '积存垃圾', value: 1.5, unit: '万吨' },
      { heading: '推行分类减量', name: '垃圾分类示范村', value: 20, unit: '个' },
      { heading: '健全长效管护机制', name: '保洁员', value: 1200, unit: '名' },
    ],
  },
  {
    file: '209-qu-yaodian-banjiao-biaodian.txt',
    style: '区 政务公开 工作要点 typed in half-width punctuation throughout ("(一)", ",", ";", ":", "(牵头单位:A;配合单位:B、C)") with the full stop 。 and the enumeration comma 、 kept: 一、 groups of (一) run-in tasks, one task holding (1)(2)(3) points on lines of their own ending in ";" with its department bracket on a line after them; deadlines by month without a year (3月底前, 11月底前)',
    meta: { title: '青川区2026年政务公开工作要点', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-03-05' },
    outline: `
part 一、|围绕重点领域深化公开
  task (一)|推进决策公开
  task (二)|加强政策解读
  task (三)|做好民生领域信息公开
    item (1)|公开义务教育招生入学政策
    item (2)|公开养老服务机构名录
    item (3)|公开保障性住房分配信息
part 二、|围绕平台建设提升质效
  task (一)|优化政府网站建设
  task (二)|规范政务新媒体管理
part 三、|围绕基层公开夯实基础
  task (一)|推进街道政务公开标准化
  task (二)|建设政务公开专区
part 四、|工作要求
`,
    departments: [
      { heading: '推进决策公开', lead: ['区政府办公室'], partners: ['区司法局', '区各有关部门'] },
      { heading: '加强政策解读', lead: ['区政府办公室'], partners: ['区融媒体中心'] },
      { heading: '做好民生领域信息公开', lead: ['区教育局', '区民政局', '区住房和城乡建设局'] },
      { heading: '优化政府网站建设', lead: ['区数据局'], partners: ['区政府办公室'] },
      { heading: '规范政务新媒体管理', lead: ['区委网信办'], partners: ['区政府办公室', '区数据局'] },
      { heading: '推进街道政务公开标准化', lead: ['各街道办事处'], partners: ['区政府办公室'] },
      { heading: '建设政务公开专区', lead: ['区政务服务中心'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '做好民生领域信息公开', name: '分配结果公示率', value: 100, unit: '%' },
      { heading: '优化政府网站建设', name: '网站信息发布合格率', value: 100, unit: '%' },
      { heading: '建设政务公开专区', name: '政务公开专区', value: 10, unit: '个' },
    ],
    milestones: [
      { heading: '推进决策公开', year: 2026 },
      { heading: '优化政府网站建设', year: 2026 },
      { heading: '推进街道政务公开标准化', year: 2026 },
    ],
  },
  {
    file: '210-fangan-mubiao-fujian-zhibiao-xiangmu.txt',
    formats: ['docx'],
    style: '区 三年 实施方案 whose targets stand only in its 主要目标 paragraph ("到2025年，…15个，…1200个。到2027年，…达到90%以上，…达到95%以上，…达到300家") and none in its (一) run-in tasks closing with （责任单位：…）; "附件：1.… ⏎ 2.…" then the signature, then 附件1 a 主要指标表 (序号/指标名称/单位/2024年基期值/2025年目标值/2027年目标值/属性) and 附件2 a 重点项目表 of other columns (序号/项目名称/建设内容/总投资（万元）/建设年限/责任单位) (also as .docx)',
    meta: { title: '东湖区一刻钟便民生活圈建设实施方案（2025—2027年）', district: '东湖区', city: '临江市', period: { start: 2025, end: 2027 }, issuer: '临江市东湖区人民政府办公室', issuedOn: '2025-04-16' },
    outline: `
part 一、|主要目标
part 二、|主要任务
  task (一)|科学规划网点布局
  task (二)|补齐基本保障业态
  task (三)|发展品质提升业态
  task (四)|推动数字化赋能
part 三、|保障措施
  section (一)|加强组织协调
  section (二)|强化资金支持
appendix 附件1|东湖区一刻钟便民生活圈建设主要指标表
appendix 附件2|东湖区一刻钟便民生活圈重点项目表
`,
    departments: [
      { heading: '科学规划网点布局', lead: ['区商务局', '区自然资源局'] },
      { heading: '补齐基本保障业态', lead: ['区商务局', '区市场监管局', '各街道办事处'] },
      { heading: '发展品质提升业态', lead: ['区商务局', '区文化和旅游局'] },
      { heading: '推动数字化赋能', lead: ['区工业和信息化局', '区邮政管理局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '一刻钟便民生活圈', value: 15, unit: '个', year: 2025 },
      { heading: '主要目标', name: '社区便民商业网点', value: 1200, unit: '个', year: 2025 },
      { heading: '主要目标', name: '一刻钟便民生活圈覆盖率', value: 90, unit: '%', year: 2027 },
      { heading: '主要目标', name: '社区居民满意度', value: 95, unit: '%', year: 2027 },
      { heading: '主要目标', name: '品牌连锁便利店', value: 300, unit: '家', year: 2027 },
    ],
  },
  {
    file: '211-qu-jihua-jidu-jiedian.txt',
    style: '区 两年行动计划 whose 1. tasks under 重点任务 are each followed by a 责任单位： line and a "进度安排：" line of dated steps by quarter and month ("2026年一季度完成…；二季度启动…；第三季度末前完成…；四季度开园", "2027年二季度建成…", "2027年一季度末前完成…", "2027年四季度完成…") — quarters carrying the year said before them; signed by the 区政府',
    meta: { title: '云溪区托育服务体系建设两年行动计划（2026—2027年）', district: '云溪区', city: null, period: { start: 2026, end: 2027 }, issuer: '云溪区人民政府', issuedOn: '2026-01-20' },
    outline: `
part 一、|行动目标
part 二、|重点任务
  task 1.|建设区级托育综合服务中心
  task 2.|发展社区嵌入式托育
  task 3.|推动幼儿园开设托班
  task 4.|加强托育人才培养
part 三、|保障措施
  item 1.|强化政策支持
  item 2.|加强监督管理
`,
    departments: [
      { heading: '建设区级托育综合服务中心', lead: ['区卫生健康委', '区机关事务服务中心'] },
      { heading: '发展社区嵌入式托育', lead: ['各街道办事处', '区卫生健康委'] },
      { heading: '推动幼儿园开设托班', lead: ['区教育局'] },
      { heading: '加强托育人才培养', lead: ['区人力资源和社会保障局', '区卫生健康委'] },
    ],
    indicators: [
      { heading: '行动目标', name: '每千人口拥有3岁以下婴幼儿托位数', value: 4.5, unit: '个', year: 2027 },
      { heading: '行动目标', name: '普惠性托位占比', value: 60, unit: '%' },
      { heading: '推动幼儿园开设托班', name: '托班托位', value: 400, unit: '个' },
      { heading: '加强托育人才培养', name: '托育从业人员', value: 600, unit: '人次' },
    ],
    milestones: [
      { heading: '建设区级托育综合服务中心', year: 2026 },
      { heading: '发展社区嵌入式托育', year: 2026 },
      { heading: '发展社区嵌入式托育', year: 2027 },
      { heading: '推动幼儿园开设托班', year: 2026 },
      { heading: '推动幼儿园开设托班', year: 2027 },
      { heading: '加强托育人才培养', year: 2027 },
    ],
  },
  {
    file: '212-xian-jihua-mingci-jieshi.txt',
    style: '县 三年行动计划 closing with a 四、名词解释 part of numbered definitions ("1.“两清两治”：指…", "3.美丽宜居示范村：指…") after 保障措施 — notes, not work; 1. tasks closing with "（A牵头，B配合，各乡镇人民政府负责落实）" and "（各乡镇人民政府负责，县A局指导）"; a city bureau\'s 分局 leading; signed by the 县政府',
    meta: { title: '石川县农村人居环境整治提升行动计划（2026—2028年）', district: '石川县', city: null, period: { start: 2026, end: 2028 }, issuer: '石川县人民政府', issuedOn: '2026-03-12' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task 1.|推进农村厕所革命
  task 2.|治理农村生活污水
  task 3.|深化“两清两治”
  task 4.|建设美丽宜居示范村
part 三、|保障措施
  item 1.|加强组织领导
  item 2.|强化资金投入
part 四、|名词解释
  item 1.|两清两治指清理农村生活垃圾
  item 2.|首厕过关制指每个乡镇
  item 3.|美丽宜居示范村指经县
`,
    departments: [
      { heading: '推进农村厕所革命', lead: ['县农业农村局'], partners: ['县卫生健康局', '各乡镇人民政府'] },
      { heading: '治理农村生活污水', lead: ['市生态环境局石川分局'], partners: ['县住房和城乡建设局', '各乡镇人民政府'] },
      { heading: '深化“两清两治”', lead: ['各乡镇人民政府'], partners: ['县农业农村局'] },
      { heading: '建设美丽宜居示范村', lead: ['县农业农村局'], partners: ['县自然资源局', '县文化和旅游局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '农村卫生户厕普及率', value: 92, unit: '%', year: 2028 },
      { heading: '总体目标', name: '农村生活污水治理率', value: 45, unit: '%', year: 2028 },
      { heading: '总体目标', name: '美丽宜居示范村', value: 50, unit: '个' },
      { heading: '推进农村厕所革命', name: '农村卫生户厕', value: 9000, unit: '户' },
    ],
  },
];

/** Session 38 (h-left38): shapes of the rules written for what session 37 left (importer-grammar.md, "session 38"). */
const BATCH_LEFT38: CorpusDoc[] = [
  {
    file: '219-zhen-zhansuo-roles-subpoints-numbered-on.txt',
    style: '镇 工作要点 opening with bare (1) (2) headings, then 1、 points whose own (n) sub-points number on from them ((3)(4) under 1、, (5)(6) under 2、), its stations as units: indicators "群众安全感满意度（派出所、司法所）达到98%", a roles bracket "（司法所牵头，派出所、各村委会配合）", a labelled deadline "完成时限：…（市场监管所）"; the 镇政府 signature (session 38)',
    meta: { title: '青川区东岭镇2026年平安建设工作要点', district: '青川区', period: { start: 2026, end: 2026 }, issuer: '东岭镇人民政府', issuedOn: '2026-03-06' },
    outline: `
part （1）|工作依据
part （2）|工作目标
part 1、|深化矛盾纠纷化解
  task （3）|完善调解网络
  task （4）|推进诉调对接
part 2、|加强食品安全监管
  task （5）|校园周边整治
  task （6）|农村集体聚餐管理
`,
    departments: [
      { heading: '深化矛盾纠纷化解', lead: ['司法所'], partners: ['派出所', '各村委会'] },
      { heading: '加强食品安全监管', lead: ['市场监管所'], partners: [] },
    ],
    indicators: [
      { heading: '工作目标', name: '群众安全感满意度', value: 98, unit: '%', year: 2026 },
      { heading: '工作目标', name: '食品抽检合格率', value: 97, unit: '%', year: 2026 },
      { heading: '工作目标', name: '农村饮用水水质达标率', value: 95, unit: '%', year: 2026 },
    ],
  },
  {
    file: '220-fenjie-single-space-two-task-columns.txt',
    style: '县 河湖长制 重点任务分解表 printed with single spaces between cells under "序号 重点任务 具体措施 牵头单位 配合单位 完成时限" — two task columns side by side, names and measures holding spaces ("推进河道 综合治理", "清淤 15万立方米"), rows with one, two or no partners, a standing term for a deadline; a closing sentence (session 38, 平顶山 shape)',
    meta: { title: '南屿县2026年河湖长制重点任务分解表', district: '南屿县', period: { start: 2026, end: 2026 } },
    outline: `
task 1|加强水资源 保护
task 2|推进河道 综合治理
task 3|开展“清四乱” 专项行动
task 4|改善农村 水环境
`,
    departments: [
      { heading: '加强水资源 保护', lead: ['县水利局'], partners: ['县发展改革局'] },
      { heading: '推进河道 综合治理', lead: ['县水利局'], partners: ['县自然资源局', '各乡镇'] },
      { heading: '开展“清四乱” 专项行动', lead: ['县水利局'], partners: [] },
      { heading: '改善农村 水环境', lead: ['县生态环境分局'], partners: ['县住建局', '县农业农村局'] },
    ],
    indicators: [
      { heading: '推进河道 综合治理', name: '清淤', value: 15, unit: '万立方米' },
      { heading: '改善农村 水环境', name: '农村污水处理设施', value: 30, unit: '处' },
    ],
    milestones: [
      { heading: '加强水资源 保护', year: 2026, stage: '完成' },
      { heading: '改善农村 水环境', year: 2026, stage: '完成' },
    ],
    present: ['对河湖乱占、乱采、乱堆、乱建问题开展排查整治，动态清零。'],
  },
];

/** Batch 29 (h-gen23, blind): shapes read in public plans the corpus did not hold yet — a 专项资金 plan whose projects
 *  carry 资金来源 / 预算金额 lines, relative years (第一年/第二年/第三年) in a plan whose period is in its title, 任务一：
 *  headings, 第X部分 over (一) tasks with 牵头领导 + 牵头单位 lines, a 街道 plan of 科室 and 社区居委会, a 工作要点 of
 *  四十条 with trailing role brackets. Written before running the importer on them. */
const BATCH_GEN29: CorpusDoc[] = [
  {
    file: '221-qu-zhuanxiang-zijin-laiyuan-yusuan.txt',
    formats: ['pdf'],
    style: '区 专项资金 使用计划 signed by the 区财政局: (一) projects under 二、资金使用项目, each followed by "资金来源：<funds>" / "预算金额：3800万元" / 责任单位 / 配合单位 / 完成时限 lines — the source of funds names no unit, the budget is a figure of the project (batch 29, 惠州/菏泽 专项资金 shapes)',
    meta: { title: '临江市云溪区2026年城市更新专项资金使用计划', district: '云溪区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市云溪区财政局', issuedOn: '2026-02-10' },
    outline: `
part 一、|总体安排
part 二、|资金使用项目
  task (一)|老旧小区综合改造
  task (二)|背街小巷环境整治
  task (三)|口袋公园建设
  task (四)|既有住宅加装电梯补助
part 三、|资金管理
  section (一)|严格预算执行
  section (二)|强化绩效评价
  section (三)|加强监督检查
`,
    departments: [
      { heading: '老旧小区综合改造', lead: ['区住房和城乡建设局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '背街小巷环境整治', lead: ['区城市管理局'], partners: ['区市场监管局', '各街道办事处'] },
      { heading: '口袋公园建设', lead: ['区园林绿化中心'], partners: ['区自然资源局', '各街道办事处'] },
      { heading: '既有住宅加装电梯补助', lead: ['区住房和城乡建设局'], partners: ['区市场监管局', '区财政局'] },
    ],
    indicators: [
      { heading: '总体安排', name: '城市更新专项资金', value: 8600, unit: '万元' },
      { heading: '老旧小区综合改造', name: '预算金额', value: 3800, unit: '万元' },
      { heading: '老旧小区综合改造', name: '老旧小区', value: 28, unit: '个' },
      { heading: '背街小巷环境整治', name: '预算金额', value: 1650, unit: '万元' },
      { heading: '背街小巷环境整治', name: '背街小巷', value: 35, unit: '条' },
      { heading: '口袋公园建设', name: '预算金额', value: 1350, unit: '万元' },
      { heading: '口袋公园建设', name: '口袋公园', value: 12, unit: '个' },
      { heading: '既有住宅加装电梯补助', name: '预算金额', value: 1800, unit: '万元' },
      { heading: '既有住宅加装电梯补助', name: '加装电梯', value: 90, unit: '台' },
    ],
    milestones: [
      { heading: '老旧小区综合改造', year: 2026, stage: '完成' },
      { heading: '背街小巷环境整治', year: 2026, stage: '完成' },
      { heading: '口袋公园建设', year: 2026, stage: '完成' },
      { heading: '既有住宅加装电梯补助', year: 2026, stage: '完成' },
    ],
    present: ['资金来源：区级城市更新专项资金、中央补助资金', '资金来源：区级城市更新专项资金、社会捐建资金'],
  },
  {
    file: '222-xian-sannian-diyinian-xiangdui-niandu.txt',
    formats: ['docx'],
    style: '县 三年行动计划 whose period is only in its title (2026—2028年) and whose tasks step by relative years "第一年完成…，第二年…，第三年全部建成" (each the title\'s first, second, third year), "（牵头单位：A；配合单位：B）" closing each 1. task; 三、进度安排 of unnumbered "第一年为启动攻坚年…" lines (batch 29)',
    meta: { title: '南屿县农村供水保障三年行动计划（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-03-02' },
    outline: `
part 一、|行动目标
part 二、|重点任务
  task 1.|实施规模化供水工程
  task 2.|改造老旧供水管网
  task 3.|提升水质检测能力
  task 4.|建立长效管护机制
part 三、|进度安排
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|多元筹措资金
  section (三)|强化督导考核
`,
    departments: [
      { heading: '实施规模化供水工程', lead: ['县水利局'], partners: ['县发展改革局', '县自然资源局'] },
      { heading: '改造老旧供水管网', lead: ['县水利局'], partners: ['各乡镇人民政府'] },
      { heading: '提升水质检测能力', lead: ['县卫生健康局'], partners: ['县水利局', '市生态环境局南屿分局'] },
      { heading: '建立长效管护机制', lead: ['县水利局'], partners: ['县财政局', '各乡镇人民政府'] },
    ],
    indicators: [
      { heading: '行动目标', name: '农村自来水普及率', value: 98, unit: '%' },
      { heading: '行动目标', name: '规模化供水工程覆盖农村人口比例', value: 85, unit: '%' },
      { heading: '行动目标', name: '农村供水水质达标率', value: 95, unit: '%' },
      { heading: '实施规模化供水工程', name: '千吨万人供水工程', value: 6, unit: '处' },
      { heading: '改造老旧供水管网', name: '老旧供水管网', value: 420, unit: '公里' },
      { heading: '提升水质检测能力', name: '移动检测车', value: 2, unit: '台' },
    ],
    milestones: [
      { heading: '实施规模化供水工程', year: 2026 },
      { heading: '实施规模化供水工程', year: 2027, stage: '启动' },
      { heading: '实施规模化供水工程', year: 2028, stage: '完成' },
      { heading: '改造老旧供水管网', year: 2026 },
      { heading: '改造老旧供水管网', year: 2027 },
      { heading: '改造老旧供水管网', year: 2028 },
      { heading: '提升水质检测能力', year: 2026 },
      { heading: '提升水质检测能力', year: 2027 },
      { heading: '建立长效管护机制', year: 2026 },
      { heading: '建立长效管护机制', year: 2028 },
    ],
  },
  {
    file: '223-qu-renwu-yi-maohao-biaoti.txt',
    formats: ['docx'],
    style: '区 实施方案 whose tasks are "任务一：X" heading lines under 二、重点任务 (the colon closing the marker), each followed by a paragraph and 牵头单位 / 配合单位 lines; no year in the title, targets "到2027年底" (batch 29)',
    meta: { title: '临江市青川区全民健身设施补短板实施方案', district: '青川区', city: '临江市', issuer: '临江市青川区人民政府', issuedOn: '2026-04-08' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 任务一|完善社区健身设施
  task 任务二|建设体育公园
  task 任务三|推进学校体育场地开放
  task 任务四|盘活闲置空间
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化用地保障
  section (三)|加强运营管理
`,
    departments: [
      { heading: '完善社区健身设施', lead: ['区文化体育和旅游局'], partners: ['区住房和城乡建设局', '各街道办事处'] },
      { heading: '建设体育公园', lead: ['区园林绿化中心'], partners: ['区文化体育和旅游局', '区自然资源局'] },
      { heading: '推进学校体育场地开放', lead: ['区教育局'], partners: ['区文化体育和旅游局', '区公安分局'] },
      { heading: '盘活闲置空间', lead: ['区文化体育和旅游局'], partners: ['区自然资源局', '区城市管理局', '各街道办事处'] },
    ],
    indicators: [
      { heading: '工作目标', name: '人均体育场地面积', value: 2.8, unit: '平方米', year: 2027 },
      { heading: '完善社区健身设施', name: '全民健身路径', value: 80, unit: '条' },
      { heading: '建设体育公园', name: '体育公园', value: 3, unit: '个' },
      { heading: '推进学校体育场地开放', name: '开放学校', value: 45, unit: '所' },
      { heading: '盘活闲置空间', name: '社会足球场地', value: 20, unit: '块' },
    ],
    milestones: [
      { heading: '完善社区健身设施', year: 2026 },
      { heading: '完善社区健身设施', year: 2027 },
      { heading: '建设体育公园', year: 2027, stage: '完成' },
      { heading: '盘活闲置空间', year: 2026 },
    ],
  },
  {
    file: '224-qu-diyibufen-qiantou-lingdao-danwei.txt',
    formats: ['docx', 'doc'],
    style: '区 重点工作方案 in 第一部分 / 第二部分 / 第三部分 (a space after the marker): (一) task heading lines under 第二部分 each followed by "牵头领导：<a person>（<post>）" / 牵头单位 / 配合单位 / 完成时限 lines — the leader a person, kept as the task\'s text (batch 29, 大兴区/渝中区 shapes)',
    meta: { title: '临江市东湖区2026年优化营商环境重点工作方案', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-03-16' },
    outline: `
part 第一部分|总体目标
part 第二部分|重点工作
  task (一)|深化企业开办集成服务
  task (二)|推进工程建设项目审批提速
  task (三)|强化涉企政策直达
  task (四)|规范涉企执法检查
part 第三部分|保障措施
  section (一)|加强组织领导
  section (二)|强化督查考核
`,
    departments: [
      { heading: '深化企业开办集成服务', lead: ['区市场监管局'], partners: ['区政务服务中心', '区人力资源和社会保障局', '区公安分局'] },
      { heading: '推进工程建设项目审批提速', lead: ['区住房和城乡建设局'], partners: ['区自然资源局', '区政务服务中心'] },
      { heading: '强化涉企政策直达', lead: ['区发展和改革局'], partners: ['区财政局', '区科技局'] },
      { heading: '规范涉企执法检查', lead: ['区司法局'], partners: ['区市场监管局', '区应急管理局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '政务服务事项网上可办率', value: 98, unit: '%' },
      { heading: '总体目标', name: '市场主体', value: 8000, unit: '户' },
      { heading: '强化涉企政策直达', name: '免申即享事项', value: 50, unit: '项' },
    ],
    milestones: [
      { heading: '深化企业开办集成服务', year: 2026, stage: '完成' },
      { heading: '推进工程建设项目审批提速', year: 2026, stage: '完成' },
      { heading: '规范涉企执法检查', year: 2026, stage: '完成' },
    ],
    present: ['牵头领导：周建国（副区长、区公安分局局长）', '牵头领导：李红梅（副区长）'],
  },
  {
    file: '225-jiedao-jihua-keshi-shequ-juweihui.txt',
    style: '街道 年度工作计划 signed by the 街道办事处: 1. points numbered on through 一、 groups, each closing with "（党政办牵头，各社区居委会配合）" / "（社区服务办牵头，桂花社区居委会、丹桂社区居委会配合）" / "（城管办负责）" — the street\'s offices (no 区, no 局) leading, 社区居委会 and the local 派出所 as partners (batch 29)',
    meta: { title: '云溪区桂园街道2026年工作计划', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区桂园街道办事处', issuedOn: '2026-01-20' },
    outline: `
part 一、|加强基层党建
  task 1.|深化“红色物业”建设
  task 2.|建强社区工作者队伍
part 二、|提升社区服务
  task 3.|打造社区养老服务阵地
  task 4.|优化“一站式”便民服务
part 三、|维护平安稳定
  task 5.|开展矛盾纠纷排查化解
  task 6.|推进消防安全隐患整治
part 四、|改善人居环境
  task 7.|推进垃圾分类提质
  task 8.|整治背街小巷环境
`,
    departments: [
      { heading: '深化“红色物业”建设', lead: ['党政办'], partners: ['各社区居委会'] },
      { heading: '建强社区工作者队伍', lead: ['党政办'], partners: [] },
      { heading: '打造社区养老服务阵地', lead: ['社区服务办'], partners: ['桂花社区居委会', '丹桂社区居委会'] },
      { heading: '优化“一站式”便民服务', lead: ['社区服务办'], partners: ['党政办', '各社区居委会'] },
      { heading: '开展矛盾纠纷排查化解', lead: ['平安办'], partners: ['桂园派出所', '各社区居委会'] },
      { heading: '推进消防安全隐患整治', lead: ['平安办'], partners: ['城管办', '各社区居委会'] },
      { heading: '推进垃圾分类提质', lead: ['城管办'], partners: ['各社区居委会'] },
      { heading: '整治背街小巷环境', lead: ['城管办'], partners: [] },
    ],
    indicators: [
      { heading: '深化“红色物业”建设', name: '物业服务满意度', value: 90, unit: '%' },
      { heading: '打造社区养老服务阵地', name: '社区助餐点', value: 3, unit: '个' },
      { heading: '优化“一站式”便民服务', name: '社区可办事项', value: 60, unit: '项' },
      { heading: '开展矛盾纠纷排查化解', name: '矛盾纠纷化解率', value: 95, unit: '%' },
      { heading: '推进消防安全隐患整治', name: '电动自行车集中充电设施', value: 40, unit: '处' },
      { heading: '整治背街小巷环境', name: '背街小巷', value: 6, unit: '条' },
    ],
    milestones: [
      { heading: '推进垃圾分类提质', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '226-qu-yaodian-sishitiao-weizhui-kuohao.txt',
    style: '区 工作要点 of 四十条 (declared in the preamble): 1.–40. numbered straight through four 一、 parts, each point one sentence with the unit in a trailing bracket "（区教育局牵头，区发改委、区财政局配合）" / "（区教育局负责）"; short names of bureaus (区发改委, 区住建委, 区卫健委) (batch 29, 官渡区/咸阳 shapes)',
    meta: { title: '临江市南湖区2026年民生保障工作要点', district: '南湖区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市南湖区人民政府办公室', issuedOn: '2026-02-06' },
    outline: `
part 一、|办好公平优质教育
  task 1.|新建改扩建中小学校4所，新增学位3600个
  task 2.|新建公办幼儿园2所，普惠性幼儿园覆盖率保持在90%以上
  task 3.|推进集团化办学，新组建教育集团3个
  task 4.|实施中小学课后服务提质行动，课后服务覆盖率达到100%
  task 5.|建设智慧校园示范校10所
  task 6.|推进校园食堂“明厨亮灶”全覆盖
  task 7.|开展中小学生心理健康筛查，建立学生心理健康档案
  task 8.|完善家庭经济困难学生资助体系，做到应助尽助
  task 9.|改造提升中小学校运动场地8处
  task 10.|引进培养优秀教师200名
part 二、|提升医疗卫生服务
  task 11.|推进区人民医院新院区建设，年内完成主体结构封顶
  task 12.|建成社区卫生服务中心标准化门诊5家
  task 13.|推进家庭医生签约服务，重点人群签约率达到80%
  task 14.|开展适龄妇女“两癌”免费筛查1.5万人次
  task 15.|新增托位500个，每千人口拥有托位数达到4.5个
  task 16.|推进医保支付方式改革，实现按病种付费全覆盖
  task 17.|建设区级急救站点3个，急救平均反应时间缩短至12分钟以内
  task 18.|开展爱国卫生运动，创建健康社区10个
  task 19.|完善中医药服务网络，社区中医馆覆盖率达到100%
  task 20.|加强食品安全抽检，抽检合格率达到98%以上
part 三、|织密社会保障网络
  task 21.|城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内
  task 22.|开展职业技能培训8000人次
  task 23.|新建社区嵌入式养老服务设施6处
  task 24.|新增社区助餐点15个
  task 25.|完成特殊困难老年人家庭适老化改造300户
  task 26.|落实低保标准动态调整机制，做到应保尽保
  task 27.|筹集保障性租赁住房1500套
  task 28.|推进退役军人服务站标准化建设
  task 29.|开展困难残疾人家庭无障碍改造200户
  task 30.|推进根治欠薪工作，实现欠薪案件动态清零
part 四、|建设宜居美好城区
  task 31.|完成老旧小区改造22个
  task 32.|新建口袋公园10个
  task 33.|新增公共停车泊位2000个
  task 34.|打通断头路5条
  task 35.|新建改造公共厕所20座
  task 36.|推进生活垃圾分类，居民小区分类达标率达到95%
  task 37.|建设全民健身场地12处
  task 38.|开展公共文化惠民演出300场
  task 39.|完成既有住宅加装电梯100台
  task 40.|新建新能源汽车充电桩1000个
`,
    departments: [
      { heading: '新建改扩建中小学校4所，新增学位3600个', lead: ['区教育局'], partners: ['区发改委', '区财政局'] },
      { heading: '推进集团化办学，新组建教育集团3个', lead: ['区教育局'], partners: [] },
      { heading: '推进校园食堂“明厨亮灶”全覆盖', lead: ['区市场监管局'], partners: ['区教育局'] },
      { heading: '推进区人民医院新院区建设，年内完成主体结构封顶', lead: ['区卫健委'], partners: ['区发改委', '区住建委'] },
      { heading: '开展适龄妇女“两癌”免费筛查1.5万人次', lead: ['区卫健委'], partners: ['区妇联'] },
      { heading: '开展爱国卫生运动，创建健康社区10个', lead: ['区卫健委'], partners: ['各街道'] },
      { heading: '新建社区嵌入式养老服务设施6处', lead: ['区民政局'], partners: ['区住建委', '各街道'] },
      { heading: '推进退役军人服务站标准化建设', lead: ['区退役军人事务局'], partners: [] },
      { heading: '开展困难残疾人家庭无障碍改造200户', lead: ['区残联'], partners: ['区民政局'] },
      { heading: '推进根治欠薪工作，实现欠薪案件动态清零', lead: ['区人社局'], partners: ['区住建委', '区交通委'] },
      { heading: '打通断头路5条', lead: ['区交通委'], partners: ['区规划资源局', '区住建委'] },
      { heading: '新建新能源汽车充电桩1000个', lead: ['区发改委'], partners: ['区住建委', '区城管委'] },
    ],
    indicators: [
      { heading: '新建改扩建中小学校4所，新增学位3600个', name: '学位', value: 3600, unit: '个' },
      { heading: '新增托位500个，每千人口拥有托位数达到4.5个', name: '托位', value: 500, unit: '个' },
      { heading: '城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内', name: '城镇新增就业', value: 1.2, unit: '万人' },
      { heading: '完成老旧小区改造22个', name: '老旧小区改造', value: 22, unit: '个' },
      { heading: '推进生活垃圾分类，居民小区分类达标率达到95%', name: '居民小区分类达标率', value: 95, unit: '%' },
      { heading: '新建新能源汽车充电桩1000个', name: '新能源汽车充电桩', value: 1000, unit: '个' },
    ],
  },
];

/**
 * Session 39 (h-real13): documents 227–231 written in our own words, with fictional places, in the shapes of the
 * thirteenth batch of real pages (docs/importer-corpus.md "Real plans read (session 39)"); expectations written by
 * reading them.
 */
const BATCH_REAL39: CorpusDoc[] = [
  {
    file: '227-xinwen-daoyu-guanyu-yinfa-jiedao-fangan.txt',
    style: '街道 工作方案 reprinted whole by a news page: breadcrumb "您的位置：…", 来源 / 浏览次数, then a lead opening with its dateline ("青川新闻网讯　近日，临江市青川区东岭街道办事处印发了关于印发《X》的通知，…方案全文如下：") — the plan\'s only title —, 一、(一) with "（X办公室牵头，Y配合）", an 编辑 line and 上一篇 / 下一篇 links (session 39: 银川 left in session 38, 福建 25项实事 shapes)',
    meta: { title: '东岭街道2026年老旧小区改造提升工作方案', district: '青川区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市青川区东岭街道办事处' },
    outline: `
part 一、|工作目标
part 二、|主要任务
  task （一）|完善基础设施
  task （二）|补齐服务短板
  task （三）|推进长效管理
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
  section （三）|做好宣传引导
`,
    departments: [
      { heading: '完善基础设施', lead: ['城市建设办公室'], partners: ['各社区居委会'] },
      { heading: '补齐服务短板', lead: ['社会事务办公室'], partners: ['城市建设办公室', '各社区居委会'] },
      { heading: '推进长效管理', lead: ['社区治理办公室'], partners: [] },
    ],
    absent: ['您的位置', '浏览次数', '上一篇'],
  },
  {
    file: '228-xian-yuan-mulu-zhangming-shiqu-bianhao.txt',
    formats: ['pdf'],
    style: '县 应急预案 notice without its issuer\'s name (no red header, only the date signs it; "经南屿县人民政府研究决定，现将《X》印发给你们"), a 目录 without a 目录 line or page numbers whose chapter entries lost their numbers ("总则" ⏎ "1.1 编制目的" ⏎ … ⏎ "5  附则"), then the body "1 总则" ⏎ "1.1 …" ⏎ text, closing on "5 附则" with text and no 5.1 (session 39, 牟定县 shape)',
    meta: { title: '南屿县城市内涝灾害应急预案（试行）', district: '南屿县', issuer: '南屿县人民政府', issuedOn: '2026-04-08' },
    outline: `
part 1|总则
  section 1.1|编制目的
  section 1.2|适用范围
  section 1.3|工作原则
part 2|组织指挥体系
  section 2.1|县防汛抗旱指挥部
  section 2.2|现场工作组
part 3|监测预警
  section 3.1|风险监测
  section 3.2|预警发布
part 4|应急处置
  section 4.1|分级响应
  section 4.2|处置措施
part 5|附则
`,
  },
  {
    file: '229-duban-tongbao-shuxian-suoyin-wenjianmingcheng.txt',
    style: '区政府督查室 通报 of a meeting\'s decided matters on a 政务公开 page whose index is printed as bar rows ("文件名称 | X | ||", "公开责任部门 | 区政府办公室 | 公开形式: | …", "文号 | 督查通报第五期 | 成文日期: | …"), the text opening with a sentence that says its name again; 一、(一) points, an .xlsx 附件 (session 39, 紫阳县 shape)',
    meta: { title: '2026年第三次区政府常务会议议定事项办理情况的通报', district: '云溪区', issuer: '云溪区政府办公室', issuedOn: '2026-05-20', docNumber: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|总体情况
part 二、|存在问题
  section （一）|部分事项进度滞后
  section （二）|部分单位报送不及时
part 三、|下步要求
  section （一）|加快办理进度
  section （二）|严格报送制度
  section （三）|强化跟踪问效
appendix 附件|2026年第三次区政府常务会议议定事项办理情况汇总表.xlsx
`,
    absent: ['公开责任部门', '索引号'],
  },
  {
    file: '230-shishi-fangan-html-biaoqian-chengwen.txt',
    style: '区政府 实施方案 notice as a law site prints it: labelled lines (发文机关 / 发布日期 / 时效性 / 文号) over the page\'s HTML printed as text ("<p>…</p><p style=\\"text-align: right;\\">…</p>", <strong> headings, &nbsp; and &ldquo; entities), the signature and the title inside the markup; 一、(一) tasks with "（X牵头，Y配合）" (session 39, 山西 law-site shape)',
    meta: { title: '东湖区促进青年就业创业实施方案', district: '东湖区', city: '临江市', issuer: '临江市东湖区人民政府', docNumber: '东政发〔2026〕4号', issuedOn: '2026-03-10' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task （一）|拓宽就业渠道
  task （二）|支持自主创业
  task （三）|强化就业服务
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '拓宽就业渠道', lead: ['区人力资源社会保障局'], partners: ['区国资委', '区工商联'] },
      { heading: '支持自主创业', lead: ['区人力资源社会保障局'], partners: ['区财政局'] },
      { heading: '强化就业服务', lead: ['区人力资源社会保障局'], partners: ['各街道办事处'] },
    ],
    absent: ['<p>', '</p>', '<strong>', '&nbsp;', 'text-align'],
  },
  {
    file: '231-zhongdian-xiangmu-fangan-kaohe-pingfenbiao.txt',
    style: '区 重点项目建设 实施方案 (总投资 / 年度计划投资 in its 总体目标) signed by the 区政府办公室, its annex a 考核评分表 in tab-separated cells (序号 / 考核项目 / 考核内容 / 分值 / 评分标准): kept whole as the annex\'s text — the rows score the work, they are no tasks, their 分值 no indicators (session 39: the 考核 table left in session 38)',
    meta: { title: '云溪区2026年重点项目建设实施方案', district: '云溪区', period: { start: 2026, end: 2026 }, issuer: '云溪区人民政府办公室', issuedOn: '2026-02-16' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task （一）|加快前期工作
  task （二）|推动项目开工
  task （三）|强化要素保障
part 三、|工作要求
  section （一）|落实包联责任
  section （二）|严格考核评价
appendix 附件|云溪区2026年重点项目建设考核评分表
`,
    departments: [
      { heading: '加快前期工作', lead: ['区发展改革局'], partners: ['区自然资源局', '区生态环境分局'] },
      { heading: '推动项目开工', lead: ['区发展改革局'], partners: ['各项目业主单位'] },
      { heading: '强化要素保障', lead: ['区自然资源局'], partners: [] },
    ],
    present: ['新开工项目按期开工率达到90%', '每延误1个项目扣2分'],
  },
];

const BATCH_LEFT39: CorpusDoc[] = [
  {
    file: '232-jizhun-mubiao-liangbu-jiedian.txt',
    style: '区 三年行动方案 whose 主要目标 tells each target after its baseline (截至2024年底…达72%，到2027年达到100%; 现有…46个，到2027年达到90个; 从38%提高到60%; 由2024年的300张增加到2027年的1200张) and whose 时间节点 lines give two steps of one year (session 39, h-left39)',
    meta: { title: '临江市东湖区社区养老服务提质三年行动方案（2025—2027年）', district: '东湖区', city: '临江市', period: { start: 2025, end: 2027 } },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task （一）|完善社区养老服务设施
  task （二）|扩大老年助餐服务
  task （三）|发展家庭养老床位
part 三、|保障措施
  section （一）|加强资金保障
  section （二）|强化督导考核
`,
    departments: [
      { heading: '完善社区养老服务设施', lead: ['区民政局'], partners: ['区住房城乡建设委', '各街道办事处'] },
      { heading: '扩大老年助餐服务', lead: ['区民政局'], partners: ['区市场监管局'] },
      { heading: '发展家庭养老床位', lead: ['区民政局'], partners: ['区卫生健康委', '区医保局'] },
    ],
    // (the targets, never the baselines 72%, 46个, 38%, 300张: the section's indicators are exactly these four)
    indicators: [
      { heading: '主要目标', name: '社区养老服务设施覆盖率', value: 100, unit: '%', year: 2027 },
      { heading: '主要目标', name: '老年助餐点', value: 90, unit: '个', year: 2027 },
      { heading: '主要目标', name: '护理型床位占比', value: 60, unit: '%', year: 2027 },
      { heading: '主要目标', name: '家庭养老床位', value: 1200, unit: '张', year: 2027 },
    ],
    milestones: [
      { heading: '完善社区养老服务设施', year: 2025, stage: '完成' },
      { heading: '完善社区养老服务设施', year: 2026, stage: '完成' },
      { heading: '扩大老年助餐服务', year: 2025, stage: '完成' },
      { heading: '扩大老年助餐服务', year: 2026, stage: '完成' },
      { heading: '发展家庭养老床位', year: 2025, stage: '完成' },
      { heading: '发展家庭养老床位', year: 2027, stage: '完成' },
    ],
    // (a year's second step is said in its milestone's text, which the corpus does not check: general-rules-left39 does)
  },
];

/** What session 39 left in the importer (session 40, h-left40): whole documents of the rules general-rules-left40 tests
 *  case by case, written in our own words before they were imported. */
const BATCH_LEFT40: CorpusDoc[] = [
  {
    file: '233-jiedian-douhao-quanbu-jiancheng.txt',
    style: '县 三年行动计划 whose 时间节点/进度安排 lines cut their yearly steps by commas ("2026年完成…，2027年开工建设，2028年建成通水"), whose tasks state a total before its yearly steps and close them with "2027年底前全部建成" / "…完成全部改造", and one chain holding two steps of 2027 (session 40, h-left40)',
    meta: { title: '南屿县城乡供水一体化三年行动计划（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 } },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task （一）|建设县城第二水厂
  task （二）|改造农村供水管网
  task （三）|建设水质监测站点
  task （四）|推进小型水厂整合
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '建设县城第二水厂', lead: ['县水利局'], partners: ['县发展改革局', '县自然资源局'] },
      { heading: '改造农村供水管网', lead: ['县水利局'], partners: ['各乡镇人民政府'] },
      { heading: '建设水质监测站点', lead: ['县卫生健康局'], partners: ['县水利局'] },
      { heading: '推进小型水厂整合', lead: ['县水利局'], partners: ['各乡镇人民政府'] },
    ],
    // (each total of the year its steps complete it, each step of its own year)
    indicators: [
      { heading: '主要目标', name: '农村自来水普及率', value: 99, unit: '%', year: 2028 },
      { heading: '主要目标', name: '规模化供水工程覆盖农村人口比例', value: 90, unit: '%', year: 2028 },
      { heading: '改造农村供水管网', name: '农村供水管网', value: 360, unit: '公里', year: 2027 },
      { heading: '改造农村供水管网', name: '农村供水管网', value: 120, unit: '公里', year: 2026 },
      { heading: '改造农村供水管网', name: '农村供水管网', value: 150, unit: '公里', year: 2027 },
      { heading: '建设水质监测站点', name: '水质自动监测站', value: 12, unit: '座', year: 2027 },
      { heading: '推进小型水厂整合', name: '小型水厂', value: 10, unit: '处', year: 2026 },
      { heading: '推进小型水厂整合', name: '小型水厂', value: 15, unit: '处', year: 2027 },
    ],
    // (the comma-cut steps of the 时间节点 line: 2027's 开工建设 is its own milestone; 推进小型水厂整合's chain keeps its
    // 2026 step though 2027 is said twice)
    milestones: [
      { heading: '建设县城第二水厂', year: 2026, stage: '完成' },
      { heading: '建设县城第二水厂', year: 2027 },
      { heading: '建设县城第二水厂', year: 2028, stage: '完成' },
      { heading: '改造农村供水管网', year: 2026, stage: '完成' },
      { heading: '改造农村供水管网', year: 2027, stage: '完成' },
      { heading: '建设水质监测站点', year: 2026, stage: '完成' },
      { heading: '建设水质监测站点', year: 2027, stage: '完成' },
      { heading: '建设水质监测站点', year: 2028 },
      { heading: '推进小型水厂整合', year: 2026 },
      { heading: '推进小型水厂整合', year: 2027, stage: '完成' },
    ],
  },
  {
    file: '234-gongzuo-jichu-xianyou-zhuti.txt',
    style: '区 行动方案 opening with a 工作基础 part of accounts with no year (累计改造…18个, 建成…5个), its 主要目标 naming the targets\' subjects by 现有…/已建成的… after "到2027年，", a baseline closed by "在此基础上", and a task headed 夯实市场发展基础 (work on a base, not an account) (session 40, h-left40)',
    meta: { title: '云溪区农贸市场提质升级行动方案（2026—2027年）', district: '云溪区', city: null, period: { start: 2026, end: 2027 } },
    outline: `
part 一、|工作基础
part 二、|主要目标
part 三、|重点任务
  task （一）|夯实市场发展基础
  task （二）|推进智慧市场建设
part 四、|保障措施
  section （一）|加强统筹协调
`,
    departments: [
      { heading: '夯实市场发展基础', lead: ['区商务局'], partners: ['区住房城乡建设局', '各街道办事处'] },
      { heading: '推进智慧市场建设', lead: ['区商务局'], partners: ['区市场监管局'] },
    ],
    // (none under 工作基础 — 18个, 900个, 5个 are what was done: general-rules-left40 asserts the whole list)
    indicators: [
      { heading: '主要目标', name: '农贸市场标准化改造完成率', value: 100, unit: '%', year: 2027 },
      { heading: '主要目标', name: '食用农产品抽检合格率', value: 98, unit: '%', year: 2027 },
      { heading: '主要目标', name: '社区农贸市场', value: 4, unit: '个', year: 2027 },
      { heading: '主要目标', name: '农贸市场总数', value: 30, unit: '个', year: 2027 },
      { heading: '夯实市场发展基础', name: '冷链设施', value: 20, unit: '处' },
      { heading: '推进智慧市场建设', name: '智慧农贸市场', value: 6, unit: '个' },
      { heading: '推进智慧市场建设', name: '智慧化覆盖率', value: 60, unit: '%' },
    ],
  },
  {
    file: '235-shangbannian-jinzhan-tongbao.txt',
    style: '区政府办公室 通报 of a half-year\'s progress ("关于2026年上半年区政府重点工作进展情况的通报"), addressees, 一、二、三、 parts with (一) sections, signed and dated: its period the year 2026 (session 40, h-left40)',
    // (the 区 of "上半年区政府" is the issuer's district, no district "上半年区": places.ts titlePlaceStart)
    meta: { title: '关于2026年上半年区政府重点工作进展情况的通报', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-07-10' },
    outline: `
part 一、|总体情况
part 二、|进展较好的工作
  section （一）|城市更新项目
  section （二）|民生实事项目
part 三、|下一步要求
  section （一）|加快滞后事项推进
  section （二）|按时报送进展
`,
  },
];

/** Real plans read in session 39, second batch (h-real14): shapes of the public pages, in our own words — a notice on a
 *  page under its index rows whose published plan is not on the page and whose own requests are numbered 一、二、三、
 *  with a deadline date in them; an annual 经济社会发展计划 sent by its notice, two departments that 分别牵头. Written
 *  before running the importer on them. */
const BATCH_REAL39B: CorpusDoc[] = [
  {
    file: '236-notice-requests-numbered-plan-elsewhere.txt',
    style: '区 notice on a web page under bar index rows (名称 / 文号 / 公开日期), publishing a 责任分解方案 that is not on the page; the notice\'s own requests numbered 一、二、三、 with titled headings, a deadline "于2026年3月10日前" in them; the title line broken by a space (session 39 h-real14, 武昌区 shape)',
    meta: { title: '2026年区〈政府工作报告〉确定的重点工作任务 责任分解方案', district: '青川区', city: '临江市', period: { start: 2026, end: 2026 }, docNumber: '青政办〔2026〕3号', issuer: '临江市青川区人民政府办公室', issuedOn: '2026-02-26' },
    outline: ``,
    absent: ['名 称:'],
  },
  {
    file: '237-zhen-annual-jingji-shehui-fazhan-jihua.txt',
    style: '县 annual 经济社会发展计划 sent by its notice (文号, signature, date), the plan titled "X县2026年经济社会发展计划" without a plan word of the annual list before; (一) tasks with bracketed roles, one "（A、B分别牵头）" (session 39 h-real14, 渝北区 shape)',
    meta: { title: '南屿县2026年经济社会发展计划', district: '南屿县', period: { start: 2026, end: 2026 }, docNumber: '南政办发〔2026〕6号', issuer: '南屿县人民政府办公室', issuedOn: '2026-02-12' },
    outline: `
part 一、|主要预期目标
part 二、|重点工作
  task (一)|扩大有效投资
  task (二)|壮大特色产业
  task (三)|提升城乡品质
  task (四)|兜牢民生底线
part 三、|保障措施
`,
    departments: [
      { heading: '扩大有效投资', lead: ['县发展改革局'], partners: ['县财政局', '县自然资源局'] },
      { heading: '壮大特色产业', lead: ['县工信局'], partners: ['县农业农村局'] },
      { heading: '提升城乡品质', lead: ['县住建局'], partners: ['县水利局', '各乡镇'] },
      { heading: '兜牢民生底线', lead: ['县人社局', '县民政局'], partners: [] },
    ],
    indicators: [
      { heading: '扩大有效投资', name: '年度计划投资', value: 85, unit: '亿元' },
      { heading: '兜牢民生底线', name: '城镇新增就业', value: 3200, unit: '人' },
    ],
  },
];

const BATCH_GEN30: CorpusDoc[] = [
  {
    file: '243-qu-fangan-xiaoshu-renwu-zhongwen-bufen.txt',
    formats: ['docx'],
    style: '区 实施方案 whose parts are 一、二、三、 and whose second level is decimal, carrying the part\'s number: "1.1 指导思想" / "1.2 工作目标" heading lines under 一、, run-in "2.1 X。…（牵头单位：A；配合单位：B）" tasks under 二、重点任务, "3.1 X。…" under 三、保障措施; the 区政府办\'s signature after the plan (batch 30)',
    meta: { title: '东湖区智慧社区建设实施方案（2026—2027年）', district: '东湖区', city: '临江市', period: { start: 2026, end: 2027 }, issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-03-02' },
    outline: `
part 一、|总体要求
  section 1.1|指导思想
  section 1.2|工作目标
part 二、|重点任务
  task 2.1|建设社区数据底座
  task 2.2|推广智慧安防应用
  task 2.3|发展智慧养老服务
  task 2.4|打造线上议事平台
part 三、|保障措施
  section 3.1|加强组织领导
  section 3.2|强化资金保障
  section 3.3|开展评估考核
`,
    departments: [
      { heading: '建设社区数据底座', lead: ['区数据局'], partners: ['区民政局', '各街道办事处'] },
      { heading: '推广智慧安防应用', lead: ['公安东湖分局'], partners: ['区住房和城乡建设局', '各街道办事处'] },
      { heading: '发展智慧养老服务', lead: ['区民政局'], partners: ['区卫生健康委'] },
      { heading: '打造线上议事平台', lead: ['区委社会工作部'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '工作目标', name: '智慧社区', value: 60, unit: '个', year: 2027 },
      { heading: '工作目标', name: '社区综合服务平台覆盖率', value: 100, unit: '%' },
      { heading: '推广智慧安防应用', name: '智能门禁', value: 1200, unit: '套' },
      { heading: '发展智慧养老服务', name: '紧急呼叫设备', value: 3000, unit: '台' },
    ],
    milestones: [
      { heading: '建设社区数据底座', year: 2026 },
      { heading: '发展智慧养老服务', year: 2027 },
      { heading: '打造线上议事平台', year: 2026 },
    ],
  },
  {
    file: '244-xian-fangan-renwu-fengong-duan.txt',
    formats: ['pdf'],
    style: '县 实施方案 whose 1.–8. tasks (numbered on through three （一） groups) name no department: a closing part 三、任务分工 gives them in one paragraph by number — "以上第1、3项由A牵头，B、C配合；第2项由A、D牵头，E配合；第4、5项由…；第6至8项由…" (lists and a range of numbers); signed by the county government (batch 30)',
    meta: { title: '南屿县县域商业体系建设实施方案（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府', issuedOn: '2026-02-06' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section (一)|完善县域商业网络
    task 1.|改造提升县城商业中心
    task 2.|建设乡镇商贸中心
    task 3.|发展村级便民商店
  section (二)|健全物流配送体系
    task 4.|建设县级物流配送中心
    task 5.|推进快递进村
  section (三)|培育农村消费市场
    task 6.|发展农村电子商务
    task 7.|开展消费帮扶活动
    task 8.|规范农村市场秩序
part 三、|任务分工
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
  section (三)|开展督导评估
`,
    departments: [
      { heading: '改造提升县城商业中心', lead: ['县商务局'], partners: ['县市场监管局', '各乡镇人民政府'] },
      { heading: '建设乡镇商贸中心', lead: ['县商务局', '县供销合作社'], partners: ['县财政局'] },
      { heading: '发展村级便民商店', lead: ['县商务局'], partners: ['县市场监管局', '各乡镇人民政府'] },
      { heading: '建设县级物流配送中心', lead: ['县交通运输局'], partners: ['县邮政管理局', '各乡镇人民政府'] },
      { heading: '推进快递进村', lead: ['县交通运输局'], partners: ['县邮政管理局', '各乡镇人民政府'] },
      { heading: '发展农村电子商务', lead: ['县商务局'], partners: ['县农业农村局', '县市场监管局'] },
      { heading: '开展消费帮扶活动', lead: ['县商务局'], partners: ['县农业农村局', '县市场监管局'] },
      { heading: '规范农村市场秩序', lead: ['县商务局'], partners: ['县农业农村局', '县市场监管局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '乡镇商贸中心', value: 12, unit: '个', year: 2028 },
      { heading: '工作目标', name: '村级便民商店覆盖率', value: 95, unit: '%' },
      { heading: '建设乡镇商贸中心', name: '乡镇商贸中心', value: 12, unit: '个' },
      { heading: '发展村级便民商店', name: '村级便民商店', value: 150, unit: '个' },
      { heading: '推进快递进村', name: '共同配送线路', value: 20, unit: '条' },
      { heading: '发展农村电子商务', name: '农村电商带头人', value: 200, unit: '名' },
    ],
    milestones: [
      { heading: '建设县级物流配送中心', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '245-qu-xingdong-lizheng-quebao-mubiao.txt',
    style: '区 三年行动方案 whose targets give two values — the one the plan answers for and the one it strives for: "年均增长7%以上，力争达到9%", "确保达到180家，力争突破200家", "确保达到320家、力争达到350家", "确保新增…30家，力争新增40家", "确保80家、力争100家"; the indicator is the first (the committed) value; 1. tasks numbered on through (一)…行动 groups with "（责任单位：A、B）" (batch 30)',
    meta: { title: '云溪区先进制造业高质量发展三年行动方案（2026—2028年）', district: '云溪区', city: null, period: { start: 2026, end: 2028 }, issuer: '云溪区人民政府', issuedOn: '2026-01-15' },
    outline: `
part 一、|主要目标
part 二、|重点行动
  action (一)|产业链提升行动
    task 1.|做强智能装备产业链
    task 2.|培育新材料产业集群
  action (二)|企业梯度培育行动
    task 3.|培育专精特新企业
    task 4.|推动企业上规升级
  action (三)|数字化转型行动
    task 5.|推进智能工厂建设
    task 6.|推广工业互联网应用
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
  section (三)|严格考核评估
`,
    departments: [
      { heading: '做强智能装备产业链', lead: ['区工业和信息化局', '区投资促进局'] },
      { heading: '培育新材料产业集群', lead: ['区工业和信息化局', '区科技局'] },
      { heading: '培育专精特新企业', lead: ['区工业和信息化局'] },
      { heading: '推动企业上规升级', lead: ['区统计局', '区工业和信息化局'] },
      { heading: '推进智能工厂建设', lead: ['区工业和信息化局', '区数据局'] },
      { heading: '推广工业互联网应用', lead: ['区工业和信息化局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '规模以上工业增加值', value: 7, unit: '%', year: 2028 },
      { heading: '主要目标', name: '高新技术企业', value: 180, unit: '家' },
      { heading: '主要目标', name: '规模以上工业企业', value: 320, unit: '家' },
      { heading: '主要目标', name: '工业技术改造投资', value: 10, unit: '%' },
      { heading: '做强智能装备产业链', name: '智能装备产业产值', value: 300, unit: '亿元', year: 2028 },
      { heading: '培育新材料产业集群', name: '新材料企业', value: 60, unit: '家' },
      { heading: '培育专精特新企业', name: '专精特新中小企业', value: 30, unit: '家' },
      { heading: '推动企业上规升级', name: '规模以上工业企业', value: 80, unit: '家' },
      { heading: '推进智能工厂建设', name: '智能工厂', value: 25, unit: '个' },
    ],
    present: ['力争突破200家', '力争新增40家'],
  },
  {
    file: '246-qu-fangan-jidu-shixian-shijianbiao.txt',
    formats: ['doc'],
    style: '区 年度工作方案: (一) run-in tasks each followed by 责任单位： and 完成时限： lines whose deadlines are quarters after a year ("2026年第二季度前", "2026年第三季度", "2026年第四季度前") or a standing term (长期坚持); 三、时间安排 as a tab-separated 时间表 时间节点 / 工作内容 / 责任单位 whose rows are dated steps of the whole plan, not tasks; signed by the 区政府办 (batch 30)',
    meta: { title: '青川区2026年城市内涝治理工作方案', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-02-20' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|改造易涝积水点
  task (二)|完善雨水管网
  task (三)|清疏排水设施
  task (四)|建设内涝监测预警系统
part 三、|时间安排
part 四、|工作要求
  section (一)|压实工作责任
  section (二)|加强督导检查
`,
    departments: [
      { heading: '改造易涝积水点', lead: ['区水务局', '区住房和城乡建设局'] },
      { heading: '完善雨水管网', lead: ['区水务局'] },
      { heading: '清疏排水设施', lead: ['区城市管理局', '各街道办事处'] },
      { heading: '建设内涝监测预警系统', lead: ['区水务局', '区数据局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '易涝积水点', value: 30, unit: '处' },
      { heading: '工作目标', name: '雨水管网', value: 25, unit: '公里' },
      { heading: '完善雨水管网', name: '雨水管网', value: 25, unit: '公里' },
      { heading: '建设内涝监测预警系统', name: '积水监测点', value: 50, unit: '个' },
    ],
    milestones: [
      { heading: '改造易涝积水点', year: 2026, stage: '完成' },
      { heading: '完善雨水管网', year: 2026, stage: '完成' },
      { heading: '建设内涝监测预警系统', year: 2026, stage: '完成' },
    ],
    present: ['完成易涝积水点排查和改造方案编制'],
  },
  {
    file: '247-qu-xinjijian-jiehao-biaoti-leiji.txt',
    formats: ['docx'],
    style: '区 新基建 三年行动方案: 主要目标 opening with a bare year clause ("2026年，全区新建…。到2028年，全区累计建成…") — cumulative totals after 累计; (一)X。 section headings closed by a stop alone on their line, a paragraph of the section\'s own before its 1. tasks (numbered on through the sections) closing with "（责任单位：A、B）"; a 公安 分局 among the units (batch 30, 六盘水 shape)',
    meta: { title: '临江市南湖区新型基础设施建设三年行动方案（2026—2028年）', district: '南湖区', city: '临江市', period: { start: 2026, end: 2028 }, issuer: '临江市南湖区人民政府办公室', issuedOn: '2026-01-08' },
    outline: `
part 一、|主要目标
part 二、|重点任务
  section (一)|推进信息基础设施建设
    task 1.|加快5G网络覆盖
    task 2.|建设千兆光网
  section (二)|推进融合基础设施建设
    task 3.|建设智慧交通设施
    task 4.|布局充电基础设施
  section (三)|推进创新基础设施建设
    task 5.|建设区级中试基地
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化要素保障
`,
    departments: [
      { heading: '加快5G网络覆盖', lead: ['区工业和信息化局', '区通信发展办公室'] },
      { heading: '建设千兆光网', lead: ['区通信发展办公室'] },
      { heading: '建设智慧交通设施', lead: ['区交通运输局', '公安南湖分局'] },
      { heading: '布局充电基础设施', lead: ['区发展和改革局', '区住房和城乡建设局'] },
      { heading: '建设区级中试基地', lead: ['区科技局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '5G基站', value: 600, unit: '个', year: 2026 },
      { heading: '主要目标', name: '标准机架', value: 500, unit: '个', year: 2026 },
      { heading: '主要目标', name: '5G基站', value: 3000, unit: '个', year: 2028 },
      { heading: '主要目标', name: '创新平台', value: 40, unit: '个', year: 2028 },
      { heading: '建设千兆光网', name: '千兆宽带用户', value: 8, unit: '万户' },
      { heading: '布局充电基础设施', name: '公共充电桩', value: 1500, unit: '个' },
      { heading: '建设区级中试基地', name: '中试基地', value: 3, unit: '个' },
    ],
    present: ['坚持适度超前，加快5G和千兆光网协同部署', '推动传统基础设施数字化改造'],
  },
  {
    file: '248-qu-guihua-zhuanlan-zhongjian-zeren.txt',
    style: '区 “十五五” 专项规划 signed by a 区 bureau: 专栏 boxes standing BETWEEN two tasks of a section (1. tasks numbered on through the sections), one of —— projects and one of 1. projects (numbered afresh, the next task numbered on from the one before the box), each project closing with its own "（责任单位：A、B）" — the projects are items, their departments checked in tests/importer/general-rules-batch30.test.ts (the outline compares items by their text) (batch 30)',
    meta: { title: '临江市云溪区“十五五”文化和旅游发展规划', district: '云溪区', city: '临江市', period: { start: 2026, end: 2030 }, issuer: '临江市云溪区文化和旅游局', issuedOn: '2026-03-10' },
    outline: `
part 一、|发展基础
part 二、|发展目标
part 三、|主要任务
  section (一)|建设滨江文旅融合发展带
    task 1.|打造滨江文化旅游带
    task 2.|提升历史文化街区
    box 专栏1|滨江文旅重点项目
      item ——|滨江文化公园工程
      item ——|古镇保护利用工程
    task 3.|发展水上旅游
  section (二)|推进乡村旅游提质
    task 4.|建设乡村旅游重点村
    box 专栏2|乡村旅游重点工程
      item 1.|乡村旅游环线工程
      item 2.|民宿集聚区培育工程
    task 5.|丰富乡村旅游产品
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|加强监测评估
`,
    departments: [
      { heading: '打造滨江文化旅游带', lead: ['区文化和旅游局', '区住房和城乡建设局'] },
      { heading: '提升历史文化街区', lead: ['区文化和旅游局'] },
      { heading: '发展水上旅游', lead: ['区交通运输局', '区文化和旅游局'] },
      { heading: '建设乡村旅游重点村', lead: ['区农业农村局', '区文化和旅游局'] },
      { heading: '丰富乡村旅游产品', lead: ['区文化和旅游局', '各镇人民政府'] },
    ],
    indicators: [
      { heading: '发展目标', name: '年接待游客', value: 1500, unit: '万人次', year: 2030 },
      { heading: '发展目标', name: '旅游景区', value: 5, unit: '个' },
      { heading: '打造滨江文化旅游带', name: '滨江慢行步道', value: 30, unit: '公里' },
      { heading: '发展水上旅游', name: '游船码头', value: 4, unit: '座' },
      { heading: '建设乡村旅游重点村', name: '精品民宿', value: 200, unit: '家' },
    ],
  },
];

/** Real plans read in session 40 (h-real15): shapes of the public pages, in our own words — a 四季度 冲刺 plan without a
 *  year in its title that prepares the next year's start; a year's 落实措施 under a notice whose own requests are
 *  numbered, its parts counting their tasks; a news page printing a notice after its lead, under a related link cut at
 *  "》的", its tasks with 牵头领导 / 牵头单位 / 责任单位 lines; a 镇 plan page dated only by its 发布时间 line under a
 *  "信息详情" label. Written before running the importer on them. */
const BATCH_REAL40: CorpusDoc[] = [
  {
    file: '238-sijidu-chongci-kaihaoju-no-year.txt',
    style: '区 四季度 专项行动实施方案 notice under index lines (索引号 / 发布机构 / 文号 / 公开日期), its title broken over two lines and without a year; the preamble prepares "为2027年工作开好局" (no period from it); (一) tasks closing with （责任单位：…） (session 40 h-real15, 海西州 shape)',
    meta: { title: '关于在全区开展“冲刺四季度、决胜全年”专项行动实施方案', district: '青川区', city: '临江市', period: null, docNumber: '青政办〔2026〕58号', issuer: '临江市青川区人民政府办公室', issuedOn: '2026-10-20' },
    outline: `
part 一、|目标要求
part 二、|重点任务
  task （一）|抓好主要指标冲刺
  task （二）|抓好重点项目攻坚
  task （三）|抓好民生实事兑现
part 三、|工作要求
  section （一）|压实工作责任
  section （二）|强化督查问效
`,
    departments: [
      { heading: '抓好主要指标冲刺', lead: ['区发展改革局', '区统计局'] },
    ],
  },
  {
    file: '239-luoshi-cuoshi-notice-points-counted-parts.txt',
    style: '县 notice on a law site (类别 / 文号 / 颁发日期 lines, a 文号 written "南政办发 [2026]9 号") whose own requests are numbered 一、二、 before its signature, publishing a year\'s 《政府工作报告》重点工作任务落实措施: parts counting their tasks "（3项）", tasks numbered on through the parts with 牵头单位 / 配合单位 lines (session 40 h-real15, 铁岭 shape)',
    meta: { title: '2026年县《政府工作报告》重点工作任务落实措施', district: '南屿县', period: { start: 2026, end: 2026 }, docNumber: '南政办发〔2026〕9号', issuer: '南屿县人民政府办公室', issuedOn: '2026-03-12' },
    outline: `
part 一、|稳住经济增长基本盘（3项）
  task 1.|地区生产总值增长6%左右，一般公共预算收入增长5%
  task 2.|固定资产投资增长8%，全年实施县级重点项目60个
  task 3.|社会消费品零售总额增长6.5%，举办促消费活动30场
part 二、|持续改善民生福祉（2项）
  task 4.|城镇新增就业3000人，城镇调查失业率控制在5.5%以内
  task 5.|新建改建农村公路120公里，完成农村危房改造200户
`,
    departments: [
      { heading: '地区生产总值增长6%左右，一般公共预算收入增长5%', lead: ['县发展改革局', '县财政局'], partners: [] },
      { heading: '固定资产投资增长8%，全年实施县级重点项目60个', lead: ['县发展改革局'], partners: ['县自然资源局', '县住建局'] },
      { heading: '新建改建农村公路120公里，完成农村危房改造200户', lead: ['县交通运输局'], partners: ['县住建局', '各乡镇人民政府'] },
    ],
  },
  {
    file: '240-news-page-notice-after-lead-leader-lines.txt',
    style: 'a news page printing a 市 notice after "全文如下：" — over it a related link cut at "》的" and the news headline and lead; the notice\'s title "X人民政府印发关于…《政府工作报告》…的通知" broken over two lines, the plan\'s title too; tasks with 牵头领导 (a person), 牵头单位 and 责任单位 lines (session 40 h-real15, 天津 news page and 辽宁 分工方案 shapes)',
    meta: { title: '关于贯彻落实市《政府工作报告》重点工作分工', city: '临江市', issuer: '临江市人民政府', issuedOn: '2026-03-06' },
    // (the page's lines before "全文如下" are not the notice's: session 41, h-rt41)
    absent: ['本报讯', '全文如下', '物流降本增效专项行动方案'],
    outline: `
part 一、|今年全市经济社会发展的主要预期目标
  task 1.|地区生产总值增长5.5%左右
  task 2.|一般公共预算收入增长5%
part 二、|扎实推进重点领域改革
  task 3.|深化国有企业改革，完成市属企业整合重组
  task 4.|推进“高效办成一件事”，新增集成办理事项20项
`,
    departments: [
      { heading: '地区生产总值增长5.5%左右', lead: ['市发展改革委'], partners: ['市工业和信息化局', '市商务局', '各区人民政府'] },
      { heading: '深化国有企业改革，完成市属企业整合重组', lead: ['市国资委'], partners: ['市财政局', '市人力资源社会保障局'] },
    ],
  },
  {
    file: '241-zhen-work-plan-page-posted-time.txt',
    style: '镇 年度政府工作计划 as its page prints it: breadcrumb, a "信息详情" label, the title, then "发布时间：… 信息来源：…" — the page\'s only date —; targets in the preamble, four （一） parts without roles (session 40 h-real15, 菁芜洲镇 shape)',
    meta: { title: '石门镇2026年度政府工作计划', period: { start: 2026, end: 2026 }, issuedOn: '2026-01-22' },
    outline: `
part （一）|做强特色产业
part （二）|改善人居环境
part （三）|增进民生福祉
part （四）|守牢安全底线
`,
    absent: ['信息详情'],
  },
];

const BATCH_GEN31: CorpusDoc[] = [
  {
    file: '249-qu-yaodian-yuefen-dian-biao.txt',
    formats: ['docx'],
    style: '区 年度工作要点 whose 重点工作 are one tab-separated table 序号 / 重点工作 / 责任单位 / 1月 … 12月, the months a task runs ticked "●" and the others empty; "A（牵头）、B、C" in the 责任单位 cell; signed by the 区政府办 (batch 31)',
    meta: { title: '青川区2026年优化营商环境工作要点', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-02-09' },
    outline: `
part 一、|工作目标
part 二、|重点工作及月度安排
  task 1|开展涉企收费专项清理
  task 2|推行企业开办“一日办结”
  task 3|建设惠企政策“免申即享”平台
  task 4|开展涉企行政检查规范行动
  task 5|组织政企恳谈会12场
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|加强督查考核
`,
    departments: [
      { heading: '开展涉企收费专项清理', lead: ['区市场监管局'], partners: ['区财政局', '区发展改革局'] },
      { heading: '推行企业开办“一日办结”', lead: ['区政务服务中心'], partners: ['区市场监管局'] },
      { heading: '建设惠企政策“免申即享”平台', lead: ['区数据局'], partners: ['区财政局'] },
      { heading: '开展涉企行政检查规范行动', lead: ['区司法局'] },
      { heading: '组织政企恳谈会12场', lead: ['区工商联'], partners: ['区投资促进局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '网上可办率', value: 98, unit: '%' },
      { heading: '组织政企恳谈会12场', name: '政企恳谈会', value: 12, unit: '场' },
    ],
    milestones: [
      { heading: '开展涉企收费专项清理', year: 2026 },
      { heading: '推行企业开办“一日办结”', year: 2026 },
      { heading: '建设惠企政策“免申即享”平台', year: 2026 },
      { heading: '开展涉企行政检查规范行动', year: 2026 },
    ],
    absent: ['序号\t重点工作'],
  },
  {
    file: '250-xian-xingdong-mubiao-pozhe-shuzi.txt',
    style: '县 三年行动方案 whose 主要目标 are "——" lines, each a short phrase closed by 。 and a sentence of figures ("——物流配送更加高效。建成县级物流配送中心2个，快递进村覆盖率达到100%。"), after "具体目标是："; (一)…行动 actions over 1. tasks numbered on with "（牵头单位：A；配合单位：B、C）" (batch 31, 华容区 shape)',
    meta: { title: '南屿县县域商业体系建设三年行动方案（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府', issuedOn: '2026-03-02' },
    outline: `
part 一、|主要目标
  item ——|商业网点更加健全
  item ——|物流配送更加高效
  item ——|农村电商更加活跃
  item ——|消费环境更加优化
part 二、|重点行动
  action (一)|乡镇商贸中心提升行动
    task 1.|改造提升乡镇商贸中心
    task 2.|发展村级便民商店
  action (二)|物流配送网络建设行动
    task 3.|建设县级物流配送中心
    task 4.|推进快递进村
  action (三)|农村电商培育行动
    task 5.|培育电商经营主体
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金支持
  section (三)|开展监测评估
`,
    departments: [
      { heading: '改造提升乡镇商贸中心', lead: ['县商务局'], partners: ['县住房和城乡建设局', '各镇人民政府'] },
      { heading: '发展村级便民商店', lead: ['县商务局'], partners: ['县供销社'] },
      { heading: '建设县级物流配送中心', lead: ['县交通运输局'], partners: ['县邮政管理局', '县商务局'] },
      { heading: '推进快递进村', lead: ['县交通运输局'], partners: ['县邮政管理局'] },
      { heading: '培育电商经营主体', lead: ['县商务局'], partners: ['县人力资源和社会保障局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '乡镇商贸中心', value: 12, unit: '个' },
      { heading: '主要目标', name: '村级便民商店覆盖率', value: 95, unit: '%' },
      { heading: '主要目标', name: '县级物流配送中心', value: 2, unit: '个' },
      { heading: '主要目标', name: '快递进村覆盖率', value: 100, unit: '%' },
      { heading: '主要目标', name: '电商示范企业', value: 20, unit: '家' },
      { heading: '主要目标', name: '社会消费品零售总额', value: 180, unit: '亿元' },
      { heading: '改造提升乡镇商贸中心', name: '乡镇商贸中心', value: 12, unit: '个' },
      { heading: '发展村级便民商店', name: '村级便民商店', value: 150, unit: '个' },
      { heading: '推进快递进村', name: '农村物流线路', value: 25, unit: '条' },
    ],
    milestones: [{ heading: '建设县级物流配送中心', year: 2027 }],
  },
  {
    file: '251-qu-fangan-runin-bufen-zeren.txt',
    formats: ['docx'],
    style: '区 年度工作方案 whose tasks under 二、重点任务 carry no number: each a paragraph opening with a lead phrase closed by 。 ("发展老年助餐服务。…"), three of five closing with "（牵头单位：A；配合单位：B、C）" and two with no unit at all; 保障措施 one paragraph (batch 31)',
    meta: { title: '云溪区2026年社区养老服务提质工作方案', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区人民政府办公室', issuedOn: '2026-03-18' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task |完善服务设施网络
  task |发展老年助餐服务
  task |推进居家适老化改造
  task |加强医养结合服务
  task |开展探访关爱行动
part 三、|保障措施
`,
    departments: [
      { heading: '完善服务设施网络', lead: ['区民政局'], partners: ['区住房和城乡建设局', '各街道办事处'] },
      { heading: '发展老年助餐服务', lead: ['区民政局'], partners: ['区市场监管局'] },
      { heading: '加强医养结合服务', lead: ['区卫生健康局'], partners: ['区民政局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '社区嵌入式养老服务中心', value: 6, unit: '个' },
      { heading: '工作目标', name: '老年助餐点', value: 80, unit: '个' },
      { heading: '工作目标', name: '月探访率', value: 100, unit: '%' },
      { heading: '完善服务设施网络', name: '社区嵌入式养老服务中心', value: 6, unit: '个' },
      { heading: '推进居家适老化改造', name: '适老化改造', value: 400, unit: '户' },
      { heading: '加强医养结合服务', name: '签约率', value: 100, unit: '%' },
    ],
    present: ['为特殊困难老年人家庭实施适老化改造400户，改造完成后逐户回访', '依托网格员每月上门探访'],
  },
  {
    file: '252-qu-jihua-fubiao-niandu-touzi.txt',
    formats: ['docx'],
    style: '区 三年项目建设计划 with a closing 附表 年度投资计划表 (序号 / 项目名称 / 建设内容 / 总投资（亿元） / 2026年（亿元） / 2027年（亿元） / 2028年（亿元） / 责任单位) whose rows are projects, not the text\'s tasks — the year columns are money, not stages; (一) run-in tasks with "（牵头单位：A；配合单位：B）" (batch 31)',
    meta: { title: '临江市东湖区2026—2028年城市更新项目建设计划', district: '东湖区', city: '临江市', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task (一)|推进老旧小区改造
  task (二)|实施片区综合更新
  task (三)|补齐停车设施短板
part 三、|保障措施
  section (一)|强化统筹调度
  section (二)|拓宽融资渠道
appendix 附表|东湖区城市更新项目年度投资计划表
`,
    departments: [
      { heading: '推进老旧小区改造', lead: ['区住房和城乡建设局'], partners: ['各街道办事处'] },
      { heading: '实施片区综合更新', lead: ['区城市更新中心'], partners: ['区自然资源和规划局'] },
      { heading: '补齐停车设施短板', lead: ['区城市管理局'], partners: ['区交通运输局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '老旧小区', value: 120, unit: '个' },
      { heading: '总体目标', name: '公共停车泊位', value: 3000, unit: '个' },
      { heading: '推进老旧小区改造', name: '电梯', value: 200, unit: '部' },
      { heading: '补齐停车设施短板', name: '公共停车泊位', value: 3000, unit: '个' },
    ],
    milestones: [
      { heading: '推进老旧小区改造', year: 2026, stage: '完成' },
      { heading: '实施片区综合更新', year: 2028, stage: '完成' },
    ],
    present: ['改造道路管网、建设口袋公园'],
  },
  {
    file: '253-xian-fangan-liangliebiao-wuxuhao.txt',
    formats: ['pdf'],
    style: '县 实施方案 whose 重点任务 are a tab-separated table of two columns only, 工作内容 | 责任单位, without 序号: each row an unnumbered task named by its whole 工作内容 cell, the 责任单位 cell (two units, a city bureau\'s 分局 among them) its leads (batch 31)',
    meta: { title: '南屿县2026年农村人居环境整治提升实施方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-03-06' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task |完成农村户厕改造3000户，建立户厕管护长效机制
  task |新建农村生活污水处理设施40处
  task |开展村庄清洁行动，每季度组织一次集中整治
  task |创建省级美丽宜居村庄15个
  task |完成农村公路路域环境整治300公里
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化考核激励
`,
    departments: [
      { heading: '完成农村户厕改造3000户，建立户厕管护长效机制', lead: ['县农业农村局', '各镇人民政府'] },
      { heading: '新建农村生活污水处理设施40处', lead: ['市生态环境局南屿分局', '县水利局'] },
      { heading: '开展村庄清洁行动，每季度组织一次集中整治', lead: ['县农业农村局', '各镇人民政府'] },
      { heading: '创建省级美丽宜居村庄15个', lead: ['县住房和城乡建设局'] },
      { heading: '完成农村公路路域环境整治300公里', lead: ['县交通运输局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '卫生厕所普及率', value: 92, unit: '%' },
      { heading: '工作目标', name: '生活污水治理率', value: 55, unit: '%' },
      { heading: '工作目标', name: '无害化处理率', value: 98, unit: '%' },
      { heading: '完成农村户厕改造3000户，建立户厕管护长效机制', name: '户厕', value: 3000, unit: '户' },
      { heading: '新建农村生活污水处理设施40处', name: '污水处理设施', value: 40, unit: '处' },
      { heading: '创建省级美丽宜居村庄15个', name: '美丽宜居村庄', value: 15, unit: '个' },
      { heading: '完成农村公路路域环境整治300公里', name: '路域环境整治', value: 300, unit: '公里' },
    ],
    absent: ['工作内容\t责任单位'],
  },
  {
    file: '254-qu-qingdan-lianzihao-xuhao.txt',
    formats: ['pdf'],
    style: '区 重点任务清单 that is one tab-separated table after a one-paragraph preamble (序号 / 重点任务 / 责任单位 / 完成时限), rows grouped by "一、…" rows standing alone and numbered "1-1, 1-2, 2-1" (group and task) instead of 1, 2, 3; "A（牵头）、B" (batch 31)',
    meta: { title: '青川区2026年数字经济发展重点任务清单', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-02-26' },
    outline: `
part 一、|做强数字产业
  task 1-1|建设青川软件产业园二期，新增入驻企业30家
  task 1-2|培育数字经济核心产业企业，新增规模以上企业8家
part 二、|推进产业数字化
  task 2-1|推动规模以上工业企业数字化改造60家
  task 2-2|建设智慧农业示范基地3个
part 三、|夯实数字基础设施
  task 3-1|新建5G基站400个
  task 3-2|建成区级城市运行管理平台
`,
    departments: [
      { heading: '建设青川软件产业园二期，新增入驻企业30家', lead: ['区工业和信息化局'], partners: ['区投资促进局'] },
      { heading: '培育数字经济核心产业企业，新增规模以上企业8家', lead: ['区工业和信息化局'] },
      { heading: '推动规模以上工业企业数字化改造60家', lead: ['区工业和信息化局'], partners: ['区科技局'] },
      { heading: '建设智慧农业示范基地3个', lead: ['区农业农村局'] },
      { heading: '新建5G基站400个', lead: ['区通信发展办公室'], partners: ['各街道办事处'] },
      { heading: '建成区级城市运行管理平台', lead: ['区数据局'] },
    ],
    indicators: [
      { heading: '建设青川软件产业园二期，新增入驻企业30家', name: '入驻企业', value: 30, unit: '家' },
      { heading: '建设智慧农业示范基地3个', name: '智慧农业示范基地', value: 3, unit: '个' },
      { heading: '新建5G基站400个', name: '5G基站', value: 400, unit: '个' },
    ],
    milestones: [
      { heading: '建设青川软件产业园二期，新增入驻企业30家', year: 2026 },
      { heading: '推动规模以上工业企业数字化改造60家', year: 2026 },
      { heading: '新建5G基站400个', year: 2026 },
      { heading: '建成区级城市运行管理平台', year: 2026 },
    ],
    absent: ['序号\t重点任务'],
  },
];

const BATCH_IMP41: CorpusDoc[] = [
  {
    file: '266-qu-sannian-jiao-jinian-tigao-baochi.txt',
    style: '区 三年行动计划 in prose whose 主要目标 give a rate\'s level with its change from 2025 ("较2025年提高2个百分点，达到41%", "不低于85%，较2025年提高10个百分点"), one figure kept in two years ("2026年达到95%，2027年保持95%以上"), 新改建/新建改建 counts after their year, and things built by a deadline then handed on to be run ("…建成覆盖全区的…设施，由…负责运营") (session 41, h-imp41a)',
    meta: { title: '临江市东湖区城乡品质提升三年行动计划（2026—2028年）', district: '东湖区', city: '临江市', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|主要目标
part 二、|重点任务
  task （一）|完善城乡路网
  task （二）|建设智慧停车设施
  task （三）|提升污水处理能力
  task （四）|推进垃圾分类
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '完善城乡路网', lead: ['区交通运输局'], partners: ['区住房城乡建设局'] },
      { heading: '建设智慧停车设施', lead: ['区城投公司'] },
      { heading: '提升污水处理能力', lead: ['区水务局'] },
      { heading: '推进垃圾分类', lead: ['区城市管理局'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '主要目标', name: '森林覆盖率', value: 41, unit: '%', year: 2028 },
      { heading: '主要目标', name: '城市生活污水集中收集率', value: 85, unit: '%', year: 2028 },
      { heading: '主要目标', name: '单位地区生产总值能耗', value: 8, unit: '%', year: 2028 },
      { heading: '主要目标', name: '生活垃圾分类覆盖率', value: 95, unit: '%', year: 2026 },
      { heading: '主要目标', name: '生活垃圾分类覆盖率', value: 95, unit: '%', year: 2027 },
      { heading: '完善城乡路网', name: '新改建农村公路', value: 60, unit: '公里', year: 2026 },
      { heading: '完善城乡路网', name: '新建改建城市道路', value: 12, unit: '公里', year: 2027 },
      { heading: '完善城乡路网', name: '断头路', value: 5, unit: '条' },
      { heading: '建设智慧停车设施', name: '公共停车泊位', value: 3000, unit: '个' },
      { heading: '提升污水处理能力', name: '城镇污水处理率', value: 96, unit: '%', year: 2026 },
      { heading: '提升污水处理能力', name: '城镇污水处理率', value: 96, unit: '%', year: 2027 },
      { heading: '提升污水处理能力', name: '城镇污水处理率', value: 98, unit: '%', year: 2028 },
      { heading: '推进垃圾分类', name: '区级再生资源分拣中心', value: 1, unit: '个' },
    ],
    milestones: [
      { heading: '完善城乡路网', year: 2026 },
      { heading: '完善城乡路网', year: 2027 },
      { heading: '建设智慧停车设施', year: 2027, stage: '完成' },
      { heading: '提升污水处理能力', year: 2028 },
      { heading: '推进垃圾分类', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '267-xian-fenjiebiao-mubiao-jiao-jinian.txt',
    formats: ['pdf'],
    style: '县 任务分解表, one tab table (序号 / 重点任务 / 工作目标 / 牵头单位 / 配合单位 / 完成时限) under a one-line preamble, whose 工作目标 cells state a level with its change from 2025 either way round, a rate kept in a second year, 新改建/新建改建 counts and a growth of another unit than the level ("达到12亿元，比2025年增长20%") (session 41, h-imp41a)',
    meta: { title: '南屿县乡村建设三年行动任务分解表（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-03-10' },
    outline: `
task 1|提升农村公路品质
task 2|巩固农村供水保障
task 3|建设农村寄递物流体系
task 4|推进农村改厕
task 5|发展农村电商
`,
    departments: [
      { heading: '提升农村公路品质', lead: ['县交通运输局'], partners: ['各乡镇人民政府'] },
      { heading: '巩固农村供水保障', lead: ['县水利局'], partners: ['县卫生健康局'] },
      { heading: '建设农村寄递物流体系', lead: ['县商务局'], partners: ['县邮政分公司'] },
      { heading: '推进农村改厕', lead: ['县农业农村局'], partners: ['县卫生健康局', '各乡镇人民政府'] },
      { heading: '发展农村电商', lead: ['县商务局'], partners: ['县农业农村局'] },
    ],
    indicators: [
      { heading: '提升农村公路品质', name: '新改建农村公路', value: 150, unit: '公里' },
      { heading: '提升农村公路品质', name: '农村公路优良中等路率', value: 85, unit: '%', year: 2028 },
      { heading: '巩固农村供水保障', name: '农村自来水普及率', value: 98, unit: '%', year: 2026 },
      { heading: '巩固农村供水保障', name: '农村自来水普及率', value: 98, unit: '%', year: 2027 },
      { heading: '推进农村改厕', name: '新建改建农村卫生户厕', value: 4000, unit: '户' },
      { heading: '推进农村改厕', name: '卫生厕所普及率', value: 92, unit: '%', year: 2028 },
      { heading: '发展农村电商', name: '农村网络零售额', value: 12, unit: '亿元', year: 2028 },
      { heading: '发展农村电商', name: '农村网络零售额比2025年增长', value: 20, unit: '%', year: 2028 },
    ],
    milestones: [
      { heading: '提升农村公路品质', year: 2028, stage: '完成' },
      { heading: '巩固农村供水保障', year: 2027, stage: '完成' },
      { heading: '建设农村寄递物流体系', year: 2027, stage: '完成' },
      { heading: '推进农村改厕', year: 2028, stage: '完成' },
    ],
    absent: ['序号\t重点任务'],
  },
  {
    file: '268-qu-yaodian-jidu-dian-biao.txt',
    style: '区 年度工作要点 whose 主要目标 paragraph gives levels with their change from the year before ("较2025年提高3个百分点", "比上年提高2个百分点"), then a 重点工作及季度安排 table (序号 / 重点工作 / 责任单位 / 一季度…四季度) whose quarters are ticked with ● or √ or say what is done ("启动建设", "完成验收") (session 41, h-imp41a)',
    meta: { title: '云溪区2026年城市管理工作要点', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区城市管理局', issuedOn: '2026-01-20' },
    outline: `
part 一、|主要目标
part 二、|重点工作及季度安排
  task 1|开展市容环境专项整治
  task 2|建设智慧城管平台二期
  task 3|推进生活垃圾分类
  task 4|新改建公共厕所30座
`,
    departments: [
      { heading: '开展市容环境专项整治', lead: ['区城市管理局'] },
      { heading: '建设智慧城管平台二期', lead: ['区城市管理局', '区数据局'] },
      { heading: '推进生活垃圾分类', lead: ['区城市管理局', '各街道办事处'] },
      { heading: '新改建公共厕所30座', lead: ['区城市管理局'] },
    ],
    indicators: [
      { heading: '主要目标', name: '生活垃圾回收利用率', value: 45, unit: '%', year: 2026 },
      { heading: '主要目标', name: '城市道路机械化清扫率', value: 92, unit: '%', year: 2026 },
      { heading: '主要目标', name: '新改建公共厕所', value: 30, unit: '座', year: 2026 },
      { heading: '新改建公共厕所30座', name: '新改建公共厕所', value: 30, unit: '座', year: 2026 },
    ],
    milestones: [
      { heading: '开展市容环境专项整治', year: 2026, stage: '完成' },
      { heading: '建设智慧城管平台二期', year: 2026, stage: '完成' },
      { heading: '推进生活垃圾分类', year: 2026, stage: '推进' },
      { heading: '新改建公共厕所30座', year: 2026, stage: '启动' },
      { heading: '新改建公共厕所30座', year: 2026, stage: '推进' },
    ],
    absent: ['序号\t重点工作'],
  },
];

const BATCH_REAL41: CorpusDoc[] = [
  {
    file: '255-shifanqu-fangan-fanti-mulu-xinwen.txt',
    style: '实施方案 of a zone two cities set up, on a Traditional-script news mirror: a news lead, the cover title and its year-month, a 目錄 with leaders and page numbers, then a sentence opening with its date and naming the plan it follows "（以下簡稱《規劃》）" before the first chapter (session 41 h-real16, 哈长一体化发展示范区 shape)',
    meta: { title: '臨雲同城化發展先行區實施方案', issuer: null, issuedOn: '2026-04' },
    outline: `
part 第一章|總體要求
  section （一）|基本思路
  section （二）|發展目標
part 第二章|重點任務
  section （一）|共建產業協作平台
    task 1.|合作共建臨雲智能裝備產業園，2027年前引進配套企業30家
    task 2.|建立兩市招商項目信息共享和利益分成機制
  section （二）|共享公共服務資源
    task 3.|推動兩市三級醫院檢查結果互認，2026年底前實現互認項目100項
    task 4.|開通跨市公交線路5條
  section （三）|共護沿江生態環境
    task 5.|建立沿江水質聯合監測站3個，斷面水質穩定達到Ⅱ類
part 第三章|保障措施
  section （一）|健全協調機制
  section （二）|強化要素保障
`,
    departments: [
      { heading: '合作共建臨雲智能裝備產業園，2027年前引進配套企業30家', lead: ['臨江市工業和信息化局', '雲溪市工業和信息化局'] },
      { heading: '建立兩市招商項目信息共享和利益分成機制', lead: ['臨江市投資促進局'], partners: ['雲溪市投資促進局'] },
      { heading: '開通跨市公交線路5條', lead: ['雲溪市交通運輸局'], partners: ['臨江市交通運輸局'] },
    ],
    milestones: [
      { heading: '合作共建臨雲智能裝備產業園，2027年前引進配套企業30家', year: 2027 },
      { heading: '推動兩市三級醫院檢查結果互認，2026年底前實現互認項目100項', year: 2026 },
    ],
    absent: ['目　錄', '……………'],
  },
  {
    file: '256-shi-yijian-wenhao-biaoti-feizhi.txt',
    style: '市政府 意见 issued directly, as a page\'s list of documents prints it: breadcrumb, index labels (发文机关 giving the short "云溪市政府", an empty 发文字号, a 标题 cell opening with the 文号 and closing with "（废止）", an empty 主题词), the title line again with its 文号 and status; 一、 parts, 1. principles, （一） duties closing with "（A牵头，B配合）" (session 41 h-real16, 盘锦 辽东湾新区 shape)',
    meta: { title: '云溪市人民政府关于市直部门支持滨江新区开发建设工作职责的意见', docNumber: '云政发〔2021〕12号', issuer: '云溪市人民政府', issuedOn: '2021-06-18', city: '云溪市', period: null },
    outline: `
part 一、|指导思想
part 二、|基本原则
  item 1.|坚持市级统筹
  item 2.|坚持新区主责
  item 3.|坚持部门协同
part 三、|职责分工
  task （一）|规划建设
  task （二）|项目审批
  task （三）|招商引资
  task （四）|财政支持
  task （五）|社会事务
part 四、|工作要求
`,
    departments: [
      { heading: '规划建设', lead: ['市自然资源局'], partners: ['市住房城乡建设局'] },
      { heading: '项目审批', lead: ['市行政审批局'] },
      { heading: '财政支持', lead: ['市财政局'] },
      { heading: '社会事务', lead: ['市教育局', '市卫生健康委', '市民政局'] },
    ],
    absent: ['（废止）', '浏览次数'],
  },
  {
    file: '257-qi-zhengfu-gongzuo-baogao-yanjiang.txt',
    style: '旗 政府工作报告 as its page prints it: breadcrumb, the letter-spaced headline with its year, 发布日期 of the page, then "——在X旗…人民代表大会…会议上", the byline "X旗人民政府代旗长　姓名" and "（2026年1月9日）" — the government issuing, the day delivered (session 41 h-real16, 东乌珠穆沁旗 shape)',
    meta: { title: '政府工作报告（2026年）', issuer: '云溪旗人民政府', issuedOn: '2026-01-09', district: '云溪旗' },
    outline: `
part 一、|2025年工作回顾
part 二、|2026年工作安排
  section （一）|做强现代农牧业
  section （二）|壮大绿色能源产业
  section （三）|提升城乡人居环境
  section （四）|办好民生实事
part 三、|加强政府自身建设
`,
    // (the byline "云溪旗人民政府代旗长　…" and "（2026年1月9日）" are read and kept in the preamble: rev41b F2)
    absent: ['当前位置'],
  },
  {
    file: '258-shi-gongbao-mulu-wenjian.txt',
    style: '市政府公报 page: index labels, an empty 标题 label with the 公报\'s name on the next line and again under it, then its contents — group labels (省政府文件, 市政府办公室文件 …) over documents\' titles with their 文号 and page numbers in brackets, one naming a year\'s 计划 and one a 三年行动计划（2026—2028年）: no plan, no period (session 41 h-real16, 楚雄州公报 shape)',
    meta: { title: '云溪市人民政府公报（2026年第2期）', issuer: '云溪市人民政府办公室', issuedOn: '2026-03-15', period: null, docNumber: null },
    outline: ``,
    absent: ['您当前所在的位置'],
  },
];
/** Session 41 (h-imp41b): introductions in the shape of run-in points, 评估 as a verb of work, accounts at every level, a page's 信息来源. */
const BATCH_IMP41B: CorpusDoc[] = [
  {
    file: '269-jiedao-yaodian-kuangjia-pinggu-xinxilaiyuan.txt',
    style: '街道 工作要点 posted as a web page (breadcrumb, "发布时间… 信息来源：<the 街道办事处>… 浏览次数" line, no signature), 一、 groups of unnumbered run-in points closing with （牵头单位：…；配合单位：…）, each group opened by run-in paragraphs that frame it (总体安排。 工作要求。 工作思路。), a point opening with 评估 (h-imp41b)',
    meta: { title: '青川区东岭街道2027年社区治理工作要点', district: '青川区', city: '临江市', period: { start: 2027, end: 2027 }, issuer: '临江市青川区东岭街道办事处', issuedOn: '2027-02-20' },
    outline: `
part 一、|夯实基层组织
  task |健全网格组织
  task |建强社区队伍
  task |规范阵地运行
part 二、|提升服务效能
  task |完善养老服务
  task |优化政务服务
  task |评估为民服务成效
part 三、|加强平安建设
  task |排查化解矛盾
  task |整治消防隐患
  task |推进智慧安防
part 四、|保障措施
`,
    departments: [
      { heading: '健全网格组织', lead: ['街道党建办'], partners: ['各社区居委会'] },
      { heading: '评估为民服务成效', lead: ['街道党政办'], partners: ['各社区居委会'] },
      { heading: '整治消防隐患', lead: ['街道应急办'], partners: ['街道城管科'] },
    ],
    indicators: [
      { heading: '完善养老服务', name: '社区长者食堂', value: 4, unit: '家' },
      { heading: '评估为民服务成效', name: '居民满意度', value: 92, unit: '%', year: 2027 },
      { heading: '排查化解矛盾', name: '调解成功率', value: 98, unit: '%' },
    ],
    absent: ['浏览次数'],
  },
  {
    file: '270-guihua-huigu-dingbu-jichusheshi-pinggu.txt',
    style: '县 十五五 专项规划 signed by the government: a top part 一、“十四五”发展回顾 whose sections state what was done (and 存在的主要问题), goals in a part of their own, 重点任务 › （一）农业发展基础设施建设 over 1. tasks with 牵头单位 lines, a task opening with 评估, and a closing part 四、规划实施评估 (h-imp41b)',
    meta: { title: '南屿县“十五五”农业农村现代化规划（2026—2030年）', district: '南屿县', period: { start: 2026, end: 2030 }, issuer: '南屿县人民政府', issuedOn: '2026-03-18' },
    outline: `
part 一、|“十四五”发展回顾
  section （一）|农业生产稳中有进
  section （二）|农村面貌明显改善
  section （三）|存在的主要问题
part 二、|发展目标
part 三、|重点任务
  section （一）|农业发展基础设施建设
    task 1.|建设高标准农田
    task 2.|完善农田水利设施
  section （二）|产业融合发展
    task 1.|延伸农产品加工链条
    task 2.|评估特色产业园建设成效
  section （三）|乡村建设
    task 1.|改善农村人居环境
part 四、|规划实施评估
  section （一）|开展中期评估
  section （二）|强化考核运用
`,
    departments: [
      { heading: '完善农田水利设施', lead: ['县水利局'] },
      { heading: '评估特色产业园建设成效', lead: ['县农业农村局'], partners: ['县财政局'] },
      { heading: '改善农村人居环境', lead: ['市生态环境局南屿分局'] },
    ],
    indicators: [
      { heading: '发展目标', name: '粮食总产量', value: 27, unit: '万吨', year: 2030 },
      { heading: '发展目标', name: '农产品加工转化率', value: 70, unit: '%', year: 2030 },
      { heading: '建设高标准农田', name: '高标准农田', value: 25, unit: '万亩', year: 2030 },
      { heading: '完善农田水利设施', name: '灌排泵站', value: 40, unit: '座' },
      { heading: '评估特色产业园建设成效', name: '省级以上产业园', value: 5, unit: '个', year: 2030 },
    ],
  },
];

/** Blind batch 32 (h-gen26, session 41): seven styles the corpus lacked, written before the importer was run on them —
 *  a 乡村振兴 project table whose 年度计划 has the years as sub-columns (a header of two rows); a 专项整治 方案 whose
 *  tasks stand under its 阶段 (dated ranges) instead of years; a 规划 whose actions are 专栏 boxes of field lines beside
 *  prose; a Markdown 工作要点 exported by an online editor (setext headings, <br> inside pipe-table cells); a mainland plan
 *  typed partly in Traditional characters; a 工作要点 whose points close with "（责任单位：…；完成时限：…）" BEFORE
 *  their full stop; a 发展计划 with footnotes ①②③ after figures and the notes after the signature. */
const BATCH_GEN32: CorpusDoc[] = [
  {
    file: '242-qu-xiangcun-xiangmu-niandu-zilie.txt',
    style: '区 乡村振兴 重点项目 三年行动计划 whose 二、重点项目 is one tab-separated table with a header of two rows: 序号 / 项目名称 / 建设内容 / 建设地点 / 总投资（万元） / 年度计划 spanning 2026年 · 2027年 · 2028年 sub-columns / 责任单位 — the rows are the tasks, each year cell a step of that year ("建成4个", "开工建设"), "A（牵头）、B" in 责任单位 (batch 32)',
    meta: { title: '临江市云溪区乡村振兴重点项目三年行动计划（2026—2028年）', district: '云溪区', city: '临江市', period: { start: 2026, end: 2028 }, issuer: '临江市云溪区人民政府', issuedOn: '2026-02-12' },
    outline: `
part 一、|总体要求
  section (一)|指导思想
  section (二)|主要目标
part 二、|重点项目
  task 1|云溪现代农业产业园
  task 2|农村公路提档升级工程
  task 3|美丽乡村示范村建设
  task 4|农村供水保障工程
  task 5|乡村文化振兴工程
  task 6|农村电商服务体系建设
part 三、|保障措施
  section (一)|强化组织推进
  section (二)|加强要素保障
  section (三)|严格考核评估
`,
    departments: [
      { heading: '云溪现代农业产业园', lead: ['区农业农村局'], partners: ['桃源镇人民政府'] },
      { heading: '农村公路提档升级工程', lead: ['区交通运输局'] },
      { heading: '美丽乡村示范村建设', lead: ['区农业农村局', '区住房和城乡建设局'] },
      { heading: '农村供水保障工程', lead: ['区水利局'] },
      { heading: '农村电商服务体系建设', lead: ['区商务局'], partners: ['区供销合作社'] },
    ],
    indicators: [
      { heading: '主要目标', name: '美丽乡村示范村', value: 12, unit: '个' },
      { heading: '主要目标', name: '农产品加工业产值', value: 45, unit: '亿元' },
      { heading: '云溪现代农业产业园', name: '高标准农田', value: 8000, unit: '亩' },
      { heading: '农村公路提档升级工程', name: '农村公路', value: 120, unit: '公里' },
      { heading: '乡村文化振兴工程', name: '综合文化服务中心', value: 30, unit: '个' },
    ],
    milestones: [
      { heading: '云溪现代农业产业园', year: 2026 },
      { heading: '云溪现代农业产业园', year: 2027 },
      { heading: '云溪现代农业产业园', year: 2028 },
      { heading: '美丽乡村示范村建设', year: 2027 },
      { heading: '农村供水保障工程', year: 2028 },
    ],
    absent: ['序号\t项目名称', '2026年\t2027年\t2028年'],
  },
  {
    file: '260-qu-zhengzhi-jieduan-buzhou.txt',
    style: '区 专项整治 工作方案 whose tasks stand under its 阶段 instead of years: 三、整治阶段和任务 holds "（一）动员部署阶段（2026年4月1日—4月20日）" / "（二）集中整治阶段（…—9月30日）" / "（三）巩固提升阶段（…—12月31日）" heading lines over 1.–7. run-in tasks numbered on through them, each closing with （责任单位：…；配合单位：…）, a gas company as partner (batch 32)',
    meta: { title: '青川区2026年城镇燃气安全专项整治工作方案', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-03-25' },
    outline: `
part 一、|整治目标
part 二、|整治范围
part 三、|整治阶段和任务
  section (一)|动员部署阶段（2026年4月1日—4月20日）
    task 1.|制定整治清单
    task 2.|开展宣传发动
  section (二)|集中整治阶段（2026年4月21日—9月30日）
    task 3.|整治餐饮场所隐患
    task 4.|改造老旧燃气管道
    task 5.|打击非法经营
  section (三)|巩固提升阶段（2026年10月1日—12月31日）
    task 6.|开展整改复查
    task 7.|建立长效机制
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化督查问责
`,
    departments: [
      { heading: '制定整治清单', lead: ['区城市管理局', '各街道办事处'] },
      { heading: '开展宣传发动', lead: ['区应急管理局', '区融媒体中心'] },
      { heading: '整治餐饮场所隐患', lead: ['区市场监督管理局'], partners: ['区城市管理局', '区消防救援大队'] },
      { heading: '改造老旧燃气管道', lead: ['区住房和城乡建设局'], partners: ['青川燃气有限公司'] },
      { heading: '打击非法经营', lead: ['区城市管理局', '区公安分局'] },
      { heading: '建立长效机制', lead: ['区城市管理局'], partners: ['区司法局'] },
    ],
    indicators: [
      { heading: '整治目标', name: '整改率', value: 100, unit: '%' },
      { heading: '整治目标', name: '老旧燃气管道', value: 60, unit: '公里' },
      { heading: '整治餐饮场所隐患', name: '燃气泄漏报警装置', value: 1800, unit: '套' },
      { heading: '改造老旧燃气管道', name: '老旧燃气管道', value: 60, unit: '公里' },
    ],
    milestones: [
      { heading: '制定整治清单', year: 2026 },
      { heading: '整治餐饮场所隐患', year: 2026 },
      { heading: '建立长效机制', year: 2026 },
    ],
  },
  {
    file: '261-xian-guihua-zhuanlan-xingdong-zhengwen.txt',
    style: '县 “十五五” 专项规划 signed by a 县 bureau whose actions are 专栏 boxes beside prose: (一) heading lines under 三、主要任务 over a paragraph each, every one followed by "专栏N　X行动" and three field lines 建设内容： / 责任单位： / 完成时限： (no numbered projects) — the box carries the departments and the year; an unnumbered 前言 line opening the preamble, the period said in it (规划期为2026—2030年) (batch 32)',
    meta: { title: '南屿县“十五五”全民健身发展规划', district: '南屿县', city: null, period: { start: 2026, end: 2030 }, issuer: '南屿县体育局', issuedOn: '2026-04-08' },
    outline: `
part 一、|发展基础
part 二、|发展目标
part 三、|主要任务
  task (一)|完善全民健身设施网络
  box 专栏1|健身设施补短板行动
  task (二)|丰富全民健身赛事活动
  box 专栏2|品牌赛事培育行动
  task (三)|推动体育产业发展
  box 专栏3|体育旅游融合行动
part 四、|保障措施
  section (一)|加强组织领导
  section (二)|强化要素保障
`,
    departments: [
      { heading: '健身设施补短板行动', lead: ['县体育局', '县住房和城乡建设局'] },
      { heading: '品牌赛事培育行动', lead: ['县体育局', '各乡镇人民政府'] },
      { heading: '体育旅游融合行动', lead: ['县文化和旅游局', '县体育局'] },
    ],
    indicators: [
      { heading: '发展目标', name: '人均体育场地面积', value: 3, unit: '平方米' },
      { heading: '发展目标', name: '经常参加体育锻炼人数比例', value: 45, unit: '%' },
      { heading: '健身设施补短板行动', name: '社区健身中心', value: 10, unit: '个' },
      { heading: '体育旅游融合行动', name: '体育旅游示范基地', value: 2, unit: '个' },
    ],
    milestones: [
      { heading: '健身设施补短板行动', year: 2028 },
      { heading: '品牌赛事培育行动', year: 2030 },
      { heading: '体育旅游融合行动', year: 2029 },
    ],
  },
  {
    file: '262-qu-yaodian-markdown-setext-br.md',
    style: '区 工作要点 in Markdown as an online editor exports it: setext headings (the title underlined with ===, the parts "一、X" with ---), ### for the third level, 二、重点任务 a pipe table 序号 / 重点任务 / 主要内容 / 牵头单位 / 配合单位 / 完成时限 whose cells hold <br> between lines and between units, one 配合单位 cell empty; the bureau\'s signature and date as two paragraphs (batch 32)',
    meta: { title: '云溪区2026年智慧教育建设工作要点', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区教育局', issuedOn: '2026-02-20' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 1|升级校园网络
  task 2|建设智慧教室
  task 3|建设区域教育资源平台
  task 4|培育应用示范校
  task 5|开展教师数字素养培训
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化经费保障
`,
    departments: [
      { heading: '升级校园网络', lead: ['区教育局'], partners: ['区数据局', '区财政局'] },
      { heading: '建设智慧教室', lead: ['区教育局'], partners: ['区财政局'] },
      { heading: '建设区域教育资源平台', lead: ['区教育局', '区数据局'], partners: ['区融媒体中心'] },
      { heading: '培育应用示范校', lead: ['区教育局'], partners: [] },
      { heading: '开展教师数字素养培训', lead: ['区教师发展中心'], partners: ['各中小学校'] },
    ],
    indicators: [
      { heading: '工作目标', name: '智慧教室', value: 120, unit: '间' },
      { heading: '工作目标', name: '示范校', value: 10, unit: '所' },
      { heading: '建设智慧教室', name: '智慧教室', value: 120, unit: '间' },
      { heading: '开展教师数字素养培训', name: '教师', value: 3000, unit: '人次' },
    ],
    milestones: [
      { heading: '升级校园网络', year: 2026 },
      { heading: '建设智慧教室', year: 2026 },
    ],
    absent: ['<br>', '---', '==='],
  },
  {
    file: '263-qu-fangan-fanjian-hunza.txt',
    style: '区 实施方案 typed partly in Traditional characters, as an old office\'s files are: 區 / 實施 / 總體 / 責任單位 / 配合單位 / 完成時限 beside Simplified words in the same lines ("责任單位：區城市管理局", "區住房和城乡建设局"), the title and the signature mixing both (临江市東湖區 … 臨江市東湖區人民政府辦公室); (一) task heading lines followed by 責任單位 / 配合單位 / 完成時限 lines (batch 32)',
    meta: { title: '临江市東湖區2026年老旧小区改造實施方案', district: '東湖區', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '臨江市東湖區人民政府辦公室', issuedOn: '2026-03-02' },
    outline: `
part 一、|總體要求
  section (一)|工作目标
  section (二)|基本原则
part 二、|主要任務
  task (一)|实施基础类改造
  task (二)|推进完善类改造
  task (三)|開展提升类改造
  task (四)|健全长效管理機制
part 三、|保障措施
  section (一)|加強組織領導
  section (二)|強化資金保障
`,
    departments: [
      { heading: '实施基础类改造', lead: ['區住房和城鄉建設局'], partners: ['區水務局', '各街道辦事處'] },
      { heading: '推进完善类改造', lead: ['區住房和城乡建设局', '區民政局'], partners: ['區市场监管局'] },
      { heading: '開展提升类改造', lead: ['區城市管理局'], partners: ['区交通运输局', '各街道辦事處'] },
      { heading: '健全长效管理機制', lead: ['各街道辦事處'], partners: ['區住房和城鄉建設局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧小区', value: 45, unit: '个' },
      { heading: '工作目标', name: '电梯', value: 150, unit: '部' },
      { heading: '工作目标', name: '停车泊位', value: 800, unit: '个' },
      { heading: '推进完善类改造', name: '电梯', value: 150, unit: '部' },
      { heading: '開展提升类改造', name: '停车泊位', value: 800, unit: '个' },
    ],
    milestones: [
      { heading: '实施基础类改造', year: 2026 },
      { heading: '推进完善类改造', year: 2026 },
      { heading: '開展提升类改造', year: 2026 },
    ],
  },
  {
    file: '264-qu-yaodian-kuohao-juhao-qian.txt',
    style: '区 生态环境保护 工作要点 signed by a committee\'s office: 1.–8. points numbered on through 一、 parts, each one sentence whose "（责任单位：A、B；完成时限：…）" stands BEFORE its closing 。 — deadlines "2026年6月底前启动，10月底前完成", "每季度通报，年底前达标", "全年持续推进"; "区A牵头，区B配合" inside the 责任单位 field; PM2.5 in a bracket inside the sentence (batch 32)',
    meta: { title: '云溪区2026年生态环境保护工作要点', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区生态环境保护委员会办公室', issuedOn: '2026-02-27' },
    outline: `
part 一、|持续改善空气质量
  task 1.|全区细颗粒物（PM2.5）年均浓度控制在30微克/立方米以下，空气质量优良天数比率达到85%以上
  task 2.|完成涉挥发性有机物重点企业深度治理15家
  task 3.|淘汰国三及以下排放标准营运柴油货车300辆
part 二、|深入推进水污染防治
  task 4.|国控、市控断面水质优良比例保持100%，消除城区黑臭水体
  task 5.|新建和改造污水管网35公里，城市生活污水集中收集率达到75%
part 三、|加强土壤和固体废物污染防治
  task 6.|受污染耕地安全利用率保持在95%以上
  task 7.|建成区级建筑垃圾资源化利用厂1座
part 四、|推动绿色低碳发展
  task 8.|创建市级绿色工厂5家，完成年度节能降碳目标任务
`,
    departments: [
      { heading: '全区细颗粒物（PM2.5）年均浓度控制在30微克/立方米以下，空气质量优良天数比率达到85%以上', lead: ['区生态环境局', '各街道办事处'] },
      { heading: '完成涉挥发性有机物重点企业深度治理15家', lead: ['区生态环境局'] },
      { heading: '淘汰国三及以下排放标准营运柴油货车300辆', lead: ['区交通运输局', '区公安分局交警大队'] },
      { heading: '国控、市控断面水质优良比例保持100%，消除城区黑臭水体', lead: ['区水务局', '区生态环境局'] },
      { heading: '新建和改造污水管网35公里，城市生活污水集中收集率达到75%', lead: ['区住房和城乡建设局'], partners: ['区水务局'] },
      { heading: '创建市级绿色工厂5家，完成年度节能降碳目标任务', lead: ['区工业和信息化局', '区发展和改革委员会'] },
    ],
    indicators: [
      { heading: '全区细颗粒物（PM2.5）年均浓度控制在30微克/立方米以下，空气质量优良天数比率达到85%以上', name: '优良天数比率', value: 85, unit: '%' },
      { heading: '完成涉挥发性有机物重点企业深度治理15家', name: '深度治理', value: 15, unit: '家' },
      { heading: '淘汰国三及以下排放标准营运柴油货车300辆', name: '柴油货车', value: 300, unit: '辆' },
      { heading: '新建和改造污水管网35公里，城市生活污水集中收集率达到75%', name: '污水管网', value: 35, unit: '公里' },
      { heading: '受污染耕地安全利用率保持在95%以上', name: '安全利用率', value: 95, unit: '%' },
      { heading: '创建市级绿色工厂5家，完成年度节能降碳目标任务', name: '绿色工厂', value: 5, unit: '家' },
    ],
    milestones: [
      { heading: '完成涉挥发性有机物重点企业深度治理15家', year: 2026 },
      { heading: '淘汰国三及以下排放标准营运柴油货车300辆', year: 2026 },
      { heading: '建成区级建筑垃圾资源化利用厂1座', year: 2026 },
    ],
  },
  {
    file: '265-qu-jihua-jiaozhu-quanhao.txt',
    style: '区 年度 国民经济和社会发展计划 signed by the 区发展和改革委员会 with footnotes: ①②③ right after figures ("486亿元①", "1.2万人②", "下降3%③"), the notes after the signature as "注：①…" ⏎ "②…" ⏎ "③…" lines; (一) task heading lines over one paragraph closing with （牵头单位：…；配合单位：…）; parts headed by years (一、2025年计划执行情况) (batch 32)',
    meta: { title: '青川区2026年国民经济和社会发展计划', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区发展和改革委员会', issuedOn: '2026-01-20' },
    outline: `
part 一、|2025年计划执行情况
part 二、|2026年主要预期目标
part 三、|2026年重点工作
  task (一)|扩大有效投资
  task (二)|促进消费提质
  task (三)|推动产业升级
  task (四)|稳定扩大就业
  task (五)|推进节能降碳
part 四、|保障措施
  section (一)|加强统筹调度
  section (二)|强化监测评估
`,
    departments: [
      { heading: '扩大有效投资', lead: ['区发展和改革委员会'], partners: ['区工业和信息化局'] },
      { heading: '促进消费提质', lead: ['区商务局'] },
      { heading: '推动产业升级', lead: ['区科技局'], partners: ['区工业和信息化局'] },
      { heading: '稳定扩大就业', lead: ['区人力资源和社会保障局'] },
      { heading: '推进节能降碳', lead: ['区发展和改革委员会'], partners: ['区生态环境局'] },
    ],
    indicators: [
      { heading: '2026年主要预期目标', name: '城镇新增就业', value: 1.2, unit: '万人' },
      { heading: '2026年主要预期目标', name: '调查失业率', value: 5.5, unit: '%' },
      { heading: '扩大有效投资', name: '重点项目', value: 80, unit: '个' },
      { heading: '推动产业升级', name: '高新技术企业', value: 180, unit: '家' },
      { heading: '稳定扩大就业', name: '城镇新增就业', value: 1.2, unit: '万人' },
      { heading: '推进节能降碳', name: '分布式光伏', value: 5, unit: '万千瓦' },
    ],
    present: ['城镇新增就业为全年累计数', '能耗降低目标以市下达任务为准'],
  },
];
// Session 42, h-real17: six documents in our own words for the shapes twelve real pages (广西, 新疆, 海南, 四川, 青海, 福建,
// 安徽, 湖南, 湖北) showed the importer missed (docs/importer-corpus.md, "A seventeenth batch").
const BATCH_H_REAL17: CorpusDoc[] = [
  {
    file: '284-xian-gongzuo-baogao-xianzhang-huiyi-liangxing.txt',
    style: '县 政府工作报告 as its page prints it: site name, breadcrumb, the letter-spaced headline, the occasion line broken over two ("——2026年1月8日在南屿县第二届人民代表大会" ⏎ "第五次会议上") and a byline by office alone, "县委副书记、县长　姓名·姓名" — the government of the county the occasion names issues it (session 42 h-real17, 尉犁县 / 秀英区 shape)',
    meta: { title: '政府工作报告', issuer: '南屿县人民政府', issuedOn: '2026-01-08', district: '南屿县', period: null },
    outline: `
part 一、|2025年工作回顾
part 二、|2026年工作安排
  section （一）|壮大特色农业
  section （二）|做强县域工业
  section （三）|发展文化旅游
  section （四）|增进民生福祉
part 三、|加强政府自身建设
`,
    absent: ['当前位置', '门户网站'],
  },
  {
    file: '285-qu-jihua-zhixing-baogao-juzhang-wuzhangai.txt',
    style: '区 计划执行情况与计划草案的报告 under a site\'s accessibility toolbar line ("今天是 智能问答无障碍浏览长者模式"): the title line over the occasion line, the page\'s 信息来源, a byline "X区发展和改革局局长　姓名" (the organ reporting issues it), and a first sentence paraphrasing the title (session 42 h-real17, 鄂城区 shape)',
    meta: { title: '云溪区2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划（草案）的报告', issuer: '云溪区发展和改革局', issuedOn: '2026-01-12', district: '云溪区', period: null },
    outline: `
part 一、|2025年国民经济和社会发展计划执行情况
  section （一）|产业结构持续优化
  section （二）|重点项目加快推进
  section （三）|民生保障有力有效
part 二、|2026年国民经济和社会发展计划（草案）
  section （一）|着力扩大有效投资
  section （二）|加快构建现代产业体系
  section （三）|持续增进民生福祉
`,
    absent: ['智能问答', '长者模式'],
  },
  {
    file: '286-xian-shiwuwu-gangyao-zihao-fengmian-sanhang.txt',
    style: '县 十五五 纲要 on a city site\'s page: breadcrumb, index rows (发布机构 南屿县政府), the page\'s title with 【十五五】, the font-size control "【字号:" and 打印, then the cover title in three lines parted by blank lines, a 目录 and the text in 第X章 / 第X节 (session 42 h-real17, 旺苍县 shape)',
    meta: { title: '南屿县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要', district: '南屿县', period: { start: 2026, end: 2030 }, docNumber: null, issuer: '南屿县政府' },
    outline: `
part 第一章|规划背景
  section 第一节|“十四五”时期发展成就
  section 第二节|“十五五”时期发展环境
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|主要目标
part 第三章|保障措施
  section 第一节|加强党的全面领导
  section 第二节|健全规划实施机制
`,
    indicators: [{ heading: '主要目标', name: '地区生产总值', value: 320, unit: '亿元' }],
    absent: ['【字号', '打印'],
  },
  {
    file: '287-shi-gongjian-fangan-wenzhang-laiyuan-fengmian.txt',
    style: '市 三年攻坚行动方案 reposted by an association\'s site: the page\'s title line, a CMS line "发布日期:… 浏览次数:… 文章来源:临江市人民政府 文章作者:…", the notice naming the plan with its period "《X（2026—2028年）》", its date, then the cover title broken over two lines (no place the importer knows opening it) and the period on a third that lost its opening bracket, "2026—2028年）"; （一） tasks closing with （牵头单位：…；配合单位：…） (session 42 h-real17, 广西 乡村振兴 攻坚行动方案 shape)',
    meta: { title: '临江乡村振兴产业基础设施公共服务能力提升三年攻坚行动方案（2026—2028年）', issuer: '临江市人民政府', issuedOn: '2026-03-19', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体要求
  section （一）|指导思想
  section （二）|主要目标
part 二、|重点任务
  task （一）|壮大乡村特色产业
  task （二）|完善乡村基础设施
  task （三）|提升乡村公共服务
part 三、|保障措施
  section （一）|强化组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '壮大乡村特色产业', lead: ['市农业农村局'], partners: ['市工业和信息化局'] },
      { heading: '完善乡村基础设施', lead: ['市交通运输局', '市水利局'] },
      { heading: '提升乡村公共服务', lead: ['市教育局'], partners: ['市民政局'] },
    ],
    indicators: [{ heading: '主要目标', name: '农产品加工业产值', value: 600, unit: '亿元' }],
    absent: ['浏览次数', '文章作者'],
  },
  {
    file: '288-shi-xingdong-jihua-wuzhangai-luanma-yinfa.txt',
    style: '市 三年行动计划 on a news mirror: the site\'s accessibility toolbar one control a line (拼音 … 换肤), a garbled copy of the headline ("(云溪?。?026年…"), the headline saying who published it ("云溪市人民政府印发X（2026—2028年）"), index labels one a line (发布日期, 来源, 编辑, 审核) (session 42 h-real17, 随州 / 秀英区 / 长株潭 shapes)',
    meta: { title: '文旅融合发展三年行动计划（2026—2028年）', issuer: '云溪市人民政府', city: '云溪市', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体要求
  section （一）|指导思想
  section （二）|行动目标
part 二、|重点任务
  task （一）|打造精品旅游线路
  task （二）|培育文旅消费新场景
  task （三）|提升公共文化服务
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化要素保障
`,
    departments: [
      { heading: '打造精品旅游线路', lead: ['市文化广电旅游局'], partners: ['市交通运输局'] },
      { heading: '培育文旅消费新场景', lead: ['市商务局'] },
      { heading: '提升公共文化服务', lead: ['市文化广电旅游局'] },
    ],
    indicators: [{ heading: '行动目标', name: '旅游总收入', value: 350, unit: '亿元' }],
    absent: ['辅助浏览', '换肤', '?。?', '林晓', '周航'],
  },
  {
    file: '289-qu-shiwuwu-gangyao-qianyan-wubiaoti.txt',
    style: '区 十五五 纲要 excerpted from its 前言 on: no title line — the heading 前言 is no name of the document —, the 纲要 named only inside a sentence ("编制《X》"), then 第X章 / 第X节 (session 42 h-real17, 玉树州 shape)',
    // (session 44, h-imp45: the 纲要 the 前言 says it makes, "编制《X》，是…", titles the text — before, no title)
    meta: { title: '青川区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要', district: '青川区', issuer: null, period: { start: 2026, end: 2030 } },
    outline: `
part 第一章|发展基础
  section 第一节|“十四五”时期发展成就
  section 第二节|面临的形势
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|发展目标
part 第三章|规划实施
  section 第一节|强化规划统筹
  section 第二节|加强监测评估
`,
    indicators: [{ heading: '发展目标', name: '地区生产总值', value: 1200, unit: '亿元' }],
  },
];
const BATCH_H_GEN27: CorpusDoc[] = [
  {
    file: '277-xian-fangan-renwu-pozhe-bumen.txt',
    formats: ['docx', 'pdf'],
    style: '县 工作方案 whose 主要任务及分工 is a numbered list, each point closing with a dash and its departments after the full stop ("。——县A牵头，县B、城关镇配合", "。——县水务局"), 各镇（街道） / 各有关单位 / a 供电公司 among the partners (blind batch 33, h-gen27)',
    meta: { title: '南屿县2026年县城人居环境品质提升工作方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-26' },
    outline: `
part 一、|工作目标
part 二、|主要任务及分工
  task 1.|实施背街小巷改造
  task 2.|建设口袋公园
  task 3.|推进污水管网补短板
  task 4.|整治城市“空中飞线”
  task 5.|规范占道经营管理
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '实施背街小巷改造', lead: ['县住房城乡建设局'], partners: ['县城市管理局', '城关镇'] },
      { heading: '建设口袋公园', lead: ['县城市管理局'], partners: ['县自然资源局', '各镇（街道）'] },
      { heading: '推进污水管网补短板', lead: ['县水务局'] },
      { heading: '整治城市“空中飞线”', lead: ['县工业和信息化局'], partners: ['国网南屿县供电公司', '各通信运营企业'] },
      { heading: '规范占道经营管理', lead: ['县城市管理局'], partners: ['城关镇', '各有关单位'] },
    ],
    indicators: [
      { heading: '工作目标', name: '背街小巷', value: 12, unit: '条' },
      { heading: '工作目标', name: '城市公园绿地', value: 8, unit: '公顷' },
      { heading: '工作目标', name: '县城生活污水集中收集率', value: 75, unit: '%' },
      { heading: '工作目标', name: '口袋公园', value: 6, unit: '个' },
      { heading: '建设口袋公园', name: '口袋公园', value: 6, unit: '个' },
      { heading: '推进污水管网补短板', name: '污水管网', value: 18, unit: '公里' },
      { heading: '规范占道经营管理', name: '便民疏导点', value: 10, unit: '处' },
    ],
    milestones: [
      { heading: '整治城市“空中飞线”', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '278-qu-yaodian-jidu-fenkuai.txt',
    formats: ['pdf'],
    style: '区 年度工作要点 in quarter blocks: the parts are 一、第一季度 … 四、第四季度 (no other name), points 1.–8. numbered through them with （责任单位：…）; each point is scheduled in its quarter of the plan\'s year; signed by a 领导小组办公室 (blind batch 33, h-gen27)',
    meta: { title: '青川区2026年数字经济发展工作要点', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区数字经济发展领导小组办公室', issuedOn: '2026-01-15' },
    outline: `
part 一、|第一季度
  task 1.|制定数字经济年度招商方案
  task 2.|启动青川数字产业园二期建设
part 二、|第二季度
  task 3.|举办数字经济产业对接会
  task 4.|推进企业上云用云
part 三、|第三季度
  task 5.|建成区级工业互联网平台
  task 6.|开展数字技能培训
part 四、|第四季度
  task 7.|完成青川数字产业园二期主体工程
  task 8.|开展年度考核评估
`,
    departments: [
      { heading: '制定数字经济年度招商方案', lead: ['区商务局', '区发展改革局'] },
      { heading: '启动青川数字产业园二期建设', lead: ['区数字产业园管委会'] },
      { heading: '举办数字经济产业对接会', lead: ['区科技局'] },
      { heading: '推进企业上云用云', lead: ['区工业和信息化局'] },
      { heading: '建成区级工业互联网平台', lead: ['区工业和信息化局', '区数据局'] },
      { heading: '开展数字技能培训', lead: ['区人力资源社会保障局'] },
      { heading: '完成青川数字产业园二期主体工程', lead: ['区数字产业园管委会'] },
      { heading: '开展年度考核评估', lead: ['区发展改革局'] },
    ],
    indicators: [
      { heading: '举办数字经济产业对接会', name: '合作项目', value: 10, unit: '个' },
      { heading: '推进企业上云用云', name: '上云企业', value: 200, unit: '家' },
      { heading: '建成区级工业互联网平台', name: '规模以上工业企业', value: 80, unit: '家' },
      { heading: '开展数字技能培训', name: '数字化人才', value: 1500, unit: '人次' },
    ],
    milestones: [
      { heading: '制定数字经济年度招商方案', year: 2026 },
      { heading: '启动青川数字产业园二期建设', year: 2026, stage: '启动' },
      { heading: '举办数字经济产业对接会', year: 2026 },
      { heading: '推进企业上云用云', year: 2026 },
      { heading: '建成区级工业互联网平台', year: 2026 },
      { heading: '开展数字技能培训', year: 2026 },
      { heading: '完成青川数字产业园二期主体工程', year: 2026 },
      { heading: '开展年度考核评估', year: 2026 },
    ],
  },
  {
    file: '279-qu-jihua-wiki-renwu-gouxuan.md',
    formats: ['docx'],
    style: 'Markdown 工作计划 kept in a collaborative wiki: a "> 📌 文档负责人：@…　最近更新：2026-01-12" callout, ### 1. tasks whose sub-steps are task-list checkboxes "- [x] …" / "- [ ] …", and one line of bold fields with @-mentions and ISO dates "**负责**：@区数据局　**协同**：@A @B　**截止**：2026-06-30" (blind batch 33, h-gen27)',
    meta: { title: '云溪区2026年数字政府建设工作计划', district: '云溪区', city: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task 1.|完善一网通办平台
    item •|完成平台接口改造
    item •|上线高频事项智能预审
  task 2.|建设公共数据开放平台
    item •|编制公共数据开放目录
    item •|开放数据集不少于200个
  task 3.|推进基层数据减负
    item •|清理整合基层报表
part 三、|工作要求
`,
    departments: [
      { heading: '完善一网通办平台', lead: ['区数据局'], partners: ['区政务服务中心', '区财政局'] },
      { heading: '建设公共数据开放平台', lead: ['区数据局'] },
      { heading: '推进基层数据减负', lead: ['区委社会工作部'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '总体目标', name: '政务服务事项网上可办率', value: 98, unit: '%' },
      { heading: '总体目标', name: '日均办件量', value: 3000, unit: '件' },
      { heading: '建设公共数据开放平台', name: '数据集', value: 200, unit: '个' },
    ],
    milestones: [
      { heading: '完善一网通办平台', year: 2026, stage: '完成' },
      { heading: '建设公共数据开放平台', year: 2026, stage: '完成' },
      { heading: '推进基层数据减负', year: 2026, stage: '完成' },
    ],
    absent: ['[ ]', '[x]', '**'],
  },
  {
    file: '280-qu-guihua-sanji-shuzi-ab-liebiao.txt',
    formats: ['pdf'],
    style: '专项规划 text from a design institute in the GB/T 1.1 manner: chapters "1 总则" (a bare number and a space), sections 1.1, tasks 3.1.1 under 3 重点任务, sub-items "a）…；" "b）…。" and a closing （责任单位：…）; a cover of the institute\'s name and year-month (blind batch 33, h-gen27)',
    meta: { title: '东湖区慢行交通系统专项规划（2026—2035年）', district: '东湖区', period: { start: 2026, end: 2035 }, issuedOn: '2026-03' },
    outline: `
part 1|总则
  section 1.1|规划目的
  section 1.2|规划范围
part 2|规划目标
  section 2.1|总体目标
part 3|重点任务
  section 3.1|步行系统规划
    task 3.1.1|完善步行网络
      item a)|主干道人行道宽度不小于3米
      item b)|次干道人行道宽度不小于2.5米
    task 3.1.2|建设过街设施
  section 3.2|自行车系统规划
    task 3.2.1|建设自行车专用道
      item a)|专用道宽度不小于2.5米
      item b)|与机动车道物理隔离
      item c)|交叉口设置自行车过街带
    task 3.2.2|规范非机动车停放
part 4|实施保障
  section 4.1|加强规划衔接
  section 4.2|建立评估机制
`,
    departments: [
      { heading: '完善步行网络', lead: ['区住房城乡建设委', '区交通委'] },
      { heading: '建设过街设施', lead: ['区交通委'] },
      { heading: '建设自行车专用道', lead: ['区交通委'], partners: ['各街道'] },
      { heading: '规范非机动车停放', lead: ['区城管委'] },
    ],
    indicators: [
      { heading: '总体目标', name: '绿色出行比例', value: 75, unit: '%', year: 2035 },
      { heading: '完善步行网络', name: '人行道断点', value: 120, unit: '处', year: 2030 },
      { heading: '建设过街设施', name: '人行过街设施', value: 15, unit: '处' },
      { heading: '建设自行车专用道', name: '自行车专用道', value: 45, unit: '公里' },
      { heading: '规范非机动车停放', name: '非机动车停放区', value: 200, unit: '处' },
    ],
  },
  {
    file: '281-zhen-jihua-fuhao-renwu.txt',
    formats: ['docx'],
    style: '镇 年度重点工作计划 whose tasks are marked with ◆ (one with ▲) instead of numbers under 一、 field parts, each closing with （责任单位：…）; signed jointly by the 镇党委 and 镇政府 (blind batch 33, h-gen27)',
    meta: { title: '临江市云溪区桥头镇2026年乡村振兴重点工作计划', district: '云溪区', city: '临江市', period: { start: 2026, end: 2026 }, issuedOn: '2026-02-10' },
    outline: `
part 一、|产业发展
  task ◆|发展特色果蔬种植
  task ◆|培育农产品加工企业
part 二、|乡村建设
  task ◆|实施农村道路提档升级
  task ◆|推进农村厕所改造
  task ▲|建设村级综合服务站
part 三、|乡村治理
  task ◆|深化网格化管理
part 四、|保障措施
`,
    departments: [
      { heading: '发展特色果蔬种植', lead: ['镇农业农村办', '镇经济发展办'] },
      { heading: '培育农产品加工企业', lead: ['镇经济发展办'] },
      { heading: '实施农村道路提档升级', lead: ['镇村镇建设办'], partners: ['各村'] },
      { heading: '推进农村厕所改造', lead: ['镇社会事务办'] },
      { heading: '建设村级综合服务站', lead: ['镇党政办'] },
      { heading: '深化网格化管理', lead: ['镇综治中心'] },
    ],
    indicators: [
      { heading: '发展特色果蔬种植', name: '标准化果蔬基地', value: 3, unit: '个' },
      { heading: '培育农产品加工企业', name: '农产品加工企业', value: 2, unit: '家' },
      { heading: '培育农产品加工企业', name: '年产值', value: 5000, unit: '万元' },
      { heading: '实施农村道路提档升级', name: '村组道路', value: 25, unit: '公里' },
      { heading: '推进农村厕所改造', name: '卫生厕所', value: 300, unit: '户' },
      { heading: '建设村级综合服务站', name: '村级综合服务站', value: 4, unit: '个' },
    ],
  },
  {
    file: '282-qu-fangan-lingyu-mubiao-renwu-cuoshi-biao.txt',
    formats: ['docx', 'pdf'],
    style: '区 实施方案 whose tasks are field cards: each (一) field heading followed by a two-column tab-separated table 项目/内容 with rows 工作目标 / 主要任务 / 工作措施 / 责任单位 ("区A牵头，区B、区C配合") / 完成时限 (blind batch 33, h-gen27)',
    meta: { title: '青川区2026年民生领域补短板实施方案', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府', issuedOn: '2026-03-05' },
    outline: `
part 一、|基本原则
part 二、|分领域任务
  task (一)|学前教育扩容
  task (二)|基层医疗提升
  task (三)|社区养老服务
part 三、|保障措施
  section (一)|加强统筹调度
  section (二)|强化资金保障
`,
    departments: [
      { heading: '学前教育扩容', lead: ['区教育局'], partners: ['区自然资源局', '区财政局'] },
      { heading: '基层医疗提升', lead: ['区卫生健康委'] },
      { heading: '社区养老服务', lead: ['区民政局'], partners: ['各街道办事处'] },
    ],
    indicators: [
      { heading: '学前教育扩容', name: '学位', value: 1800, unit: '个' },
      { heading: '学前教育扩容', name: '公办园在园幼儿占比', value: 60, unit: '%' },
      { heading: '基层医疗提升', name: '达标率', value: 100, unit: '%' },
      { heading: '社区养老服务', name: '社区养老服务综合体', value: 3, unit: '个' },
      { heading: '社区养老服务', name: '助餐点', value: 20, unit: '个' },
    ],
    milestones: [
      { heading: '学前教育扩容', year: 2026, stage: '完成' },
      { heading: '基层医疗提升', year: 2026, stage: '完成' },
      { heading: '社区养老服务', year: 2026, stage: '完成' },
    ],
    absent: ['项目\t内容'],
  },
  {
    file: '283-zhen-zhongdian-gongzuo-zeren-yihang.txt',
    formats: ['doc'],
    style: '镇 重点工作任务 whose (一)…(五) tasks run on through 一、 parts, each followed by ONE line of three fields set apart by full-width spaces "责任领导：陈立新　责任单位：镇经济发展办　完成时限：2026年9月底" (a person, the units, a month or 长期坚持) (blind batch 33, h-gen27)',
    meta: { title: '南屿县白沙镇2026年重点工作任务', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuedOn: '2026-01-20' },
    outline: `
part 一、|经济发展
  task (一)|推进白沙农产品物流园建设
  task (二)|壮大村级集体经济
part 二、|社会事业
  task (三)|完成镇卫生院改扩建
  task (四)|实施学校食堂提升改造
part 三、|平安建设
  task (五)|开展安全生产隐患排查整治
`,
    departments: [
      { heading: '推进白沙农产品物流园建设', lead: ['镇经济发展办'] },
      { heading: '壮大村级集体经济', lead: ['镇农业农村办', '镇财政所'] },
      { heading: '完成镇卫生院改扩建', lead: ['镇社会事务办', '镇卫生院'] },
      { heading: '实施学校食堂提升改造', lead: ['镇社会事务办'] },
      { heading: '开展安全生产隐患排查整治', lead: ['镇应急管理办'] },
    ],
    indicators: [
      { heading: '推进白沙农产品物流园建设', name: '商贸物流企业', value: 5, unit: '家' },
      { heading: '完成镇卫生院改扩建', name: '病床', value: 40, unit: '张' },
      { heading: '实施学校食堂提升改造', name: '中小学食堂', value: 3, unit: '所' },
      { heading: '开展安全生产隐患排查整治', name: '重大隐患整改率', value: 100, unit: '%' },
    ],
    milestones: [
      { heading: '推进白沙农产品物流园建设', year: 2026, stage: '完成' },
      { heading: '壮大村级集体经济', year: 2026, stage: '完成' },
      { heading: '完成镇卫生院改扩建', year: 2026, stage: '完成' },
      { heading: '实施学校食堂提升改造', year: 2026, stage: '完成' },
    ],
  },
];
/** h-real18 (session 42): rules from an eighteenth batch of real plans (docs/importer-corpus.md "An eighteenth batch"). */
const BATCH_H_REAL18: CorpusDoc[] = [
  {
    file: '293-jiedao-niandu-gongzuo-mouhua-suoyin.txt',
    style: '街道 2026年工作谋划 under a page\'s index rows in | cells (标题 / 索引号 / 文号 empty / 发文日期 / 发布机构): a street\'s year ahead named 工作谋划, one year its period; (一) parts with 1. items',
    meta: { title: '青川区柳塘街道2026年工作谋划', issuer: '青川区柳塘街道', issuedOn: '2026-02-09', docNumber: null, district: '青川区', period: { start: 2026, end: 2026 } },
    outline: `
part （一）|着力抓好党建引领
  task 1.|夯实基层组织
  task 2.|深化共建联建
part （二）|着力推动产业发展
  task 1.|做强楼宇经济
  task 2.|发展都市农业
part （三）|着力改善民生福祉
  task 1.|办好民生实事
  task 2.|提升养老服务
part （四）|着力提升治理效能
  task 1.|加强平安建设
`,
    absent: ['索引号', '11330105MB0000123X'],
  },
  {
    file: '294-jiedao-gongzuo-silu-guanhuaiban-wubiaoqian-suoyin.txt',
    style: '街道 2026年工作思路 as a district site prints it: an accessibility line with the site\'s links ("无障碍阅读 关怀版 返回首页"), 政府信息公开, the page\'s title, the index table\'s values without their labels (索引号 ⏎ 办事处 ⏎ date), the title again, 字号:, a row of buttons "打印整页 打印内容 分享"; 工作思路 a year\'s plan',
    meta: { title: '云溪区石桥街道2026年工作思路', district: '云溪区', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|总体思路
part 二、|重点工作
  task （一）|抓实项目建设
  task （二）|抓好城市管理
  task （三）|办好民生实事
`,
    absent: ['无障碍阅读', '关怀版', '11330106MB1234567Y', '打印整页', '打印内容'],
  },
  {
    file: '295-qu-fenjiebiao-xuhao-liemingkong-ge.txt',
    style: '区政府办公室 notice with no title line (addressees first, signature, date) over its annex 《政府工作报告》工作任务分解表 copied one cell a line, its column heads under 序号 — the letter-spaced "重 点 工 作 任 务" a head, not the title',
    meta: { title: '2026年《政府工作报告》工作任务分解表', issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-02-27', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 } },
    outline: `
task 1|东湖科创园要加快孵化载体建设,年内新增孵化面积5万平方米,引进科技型企业50家。
task 2|东湖经济开发区要聚焦智能装备产业,推进重点项目建设,力争规模工业增加值增长8%。
`,
    departments: [
      { heading: '东湖科创园要加快孵化载体建设,年内新增孵化面积5万平方米,引进科技型企业50家。', lead: ['区科技局'] },
      { heading: '东湖经济开发区要聚焦智能装备产业,推进重点项目建设,力争规模工业增加值增长8%。', lead: ['东湖经济开发区管委会'] },
    ],
  },
  {
    file: '296-xian-shiwuwu-gangyao-fengmian-yihang-kongge.txt',
    style: '县 十五五 纲要 whose cover\'s first line holds two of its lines with a space between ("X县国民经济和社会发展 第十五个五年规划和二〇三五年" ⏎ "远景目标纲要"): one name, no space in it',
    meta: { title: '南屿县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要', district: '南屿县', period: { start: 2026, end: 2030 } },
    outline: `
part 第一章|站上新起点
  section 第一节|“十四五”发展成就
  section 第二节|发展环境
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|主要目标
`,
    indicators: [{ heading: '主要目标', name: '地区生产总值', value: 260, unit: '亿元' }],
  },
];

/** h-imp44 (session 43): last session's importer leftovers, each as a general rule (docs/importer-grammar.md, session 43). */
const BATCH_H_IMP44: CorpusDoc[] = [
  {
    file: '310-qu-fenjiebiao-wu-xuhao-shuzi.txt',
    style: '区政府办公室 notice with no title line over its annex 《政府工作报告》工作任务分解表 copied one cell a line, its header opening with 序号 but no row carrying its number (the web copy dropped the column\'s cells): each row a task sentence, its leaders one a line (one or two, a name letter-spaced), its unit',
    meta: { title: '2026年《政府工作报告》工作任务分解表', issuer: '临江市青川区人民政府办公室', issuedOn: '2026-03-06', district: '青川区', city: '临江市', period: { start: 2026, end: 2026 } },
    outline: `
task |青川科创园要加快建设孵化载体,年内新增孵化面积3万平方米,引进科技型企业40家。
task |青川经济开发区要做强新材料产业,加快推进重点项目建设,力争规模工业增加值增长9%。
task |城区要加快老旧小区改造,年内完成改造小区12个,惠及居民3200户。
`,
    departments: [
      { heading: '青川科创园要加快建设孵化载体,年内新增孵化面积3万平方米,引进科技型企业40家。', lead: ['区科技局'] },
      { heading: '青川经济开发区要做强新材料产业,加快推进重点项目建设,力争规模工业增加值增长9%。', lead: ['区经信局'] },
      { heading: '城区要加快老旧小区改造,年内完成改造小区12个,惠及居民3200户。', lead: ['区住建局'] },
    ],
  },
];

/** h-gen28 (session 43): blind batch 34 (docs/importer-corpus.md "Batch 34"). */
const BATCH_H_GEN28: CorpusDoc[] = [
  {
    file: '297-qu-fangan-renwubiao-tongshang.txt',
    formats: ['docx'],
    style: '区 实施方案 whose 二、重点任务 is a tab-separated table 序号 / 重点任务 / 主要内容 / 牵头单位 / 配合单位 / 完成时限 in which a merged cell is written "同上": a 牵头单位 or 配合单位 the same as the row above (blind batch 34, h-gen28)',
    meta: { title: '临江市青川区2026年城市更新重点任务实施方案', district: '青川区', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '临江市青川区人民政府', issuedOn: '2026-02-20' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task 1|老旧小区综合改造
  task 2|完整社区建设试点
  task 3|停车设施补短板
  task 4|口袋公园建设
  task 5|历史街区保护利用
  task 6|城市更新项目储备
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
  section (三)|严格督查考核
`,
    departments: [
      { heading: '老旧小区综合改造', lead: ['区住房和城乡建设局'], partners: ['区财政局', '各街道办事处'] },
      { heading: '完整社区建设试点', lead: ['区住房和城乡建设局'], partners: ['区民政局', '区卫生健康局'] },
      { heading: '停车设施补短板', lead: ['区城市管理局'], partners: ['区公安分局交警大队'] },
      { heading: '口袋公园建设', lead: ['区城市管理局'], partners: ['区公安分局交警大队'] },
      { heading: '历史街区保护利用', lead: ['区文化和旅游局'], partners: ['区商务局'] },
      { heading: '城市更新项目储备', lead: ['区发展和改革局'], partners: ['区商务局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '老旧小区', value: 32, unit: '个' },
      { heading: '工作目标', name: '公共停车泊位', value: 1500, unit: '个' },
      { heading: '工作目标', name: '口袋公园', value: 10, unit: '个' },
      { heading: '老旧小区综合改造', name: '电梯', value: 60, unit: '部' },
      { heading: '口袋公园建设', name: '口袋公园', value: 10, unit: '个' },
      { heading: '城市更新项目储备', name: '城市更新项目', value: 20, unit: '个' },
    ],
    milestones: [
      { heading: '老旧小区综合改造', year: 2026, stage: '完成' },
      { heading: '口袋公园建设', year: 2026, stage: '完成' },
    ],
    absent: ['同上'],
  },
  {
    file: '298-zhen-fangan-bumen-jiancheng.txt',
    formats: ['doc'],
    style: '镇 工作方案 whose departments are the 镇\'s short names ("镇经发办", "镇社事办", "镇建管办", "镇综执队", "镇农办"), (一) run-in tasks each followed by one line "牵头：…；配合：…；时限：…" (short labels), a closing 注 spelling the short names out (blind batch 34, h-gen28)',
    meta: { title: '云溪区石港镇2026年和美乡村建设工作方案', district: '云溪区', city: null, period: { start: 2026, end: 2026 }, issuer: '云溪区石港镇人民政府', issuedOn: '2026-03-02', addressees: ['各村（社区）', '镇各办、站、所'] },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|实施农村人居环境整治
  task (二)|推进农村生活污水治理
  task (三)|发展富民乡村产业
  task (四)|提升公共服务水平
  task (五)|加强乡村治理
part 三、|工作要求
  section (一)|压实工作责任
  section (二)|加强督查考核
`,
    departments: [
      { heading: '实施农村人居环境整治', lead: ['镇建管办'], partners: ['镇综执队', '各村（社区）'] },
      { heading: '推进农村生活污水治理', lead: ['镇建管办'], partners: ['镇农办'] },
      { heading: '发展富民乡村产业', lead: ['镇经发办'], partners: ['镇农办', '镇财政所'] },
      { heading: '提升公共服务水平', lead: ['镇社事办'], partners: ['镇卫生院'] },
      { heading: '加强乡村治理', lead: ['镇综治办'], partners: ['镇司法所', '镇派出所'] },
    ],
    indicators: [
      { heading: '工作目标', name: '和美乡村示范村', value: 3, unit: '个' },
      { heading: '工作目标', name: '农村生活污水治理率', value: 60, unit: '%' },
      { heading: '工作目标', name: '农村卫生厕所普及率', value: 98, unit: '%' },
      { heading: '实施农村人居环境整治', name: '积存垃圾', value: 2000, unit: '吨' },
      { heading: '推进农村生活污水治理', name: '污水管网', value: 15, unit: '公里' },
      { heading: '发展富民乡村产业', name: '冷库', value: 2, unit: '座' },
      { heading: '提升公共服务水平', name: '村卫生室', value: 6, unit: '个' },
      { heading: '提升公共服务水平', name: '老年食堂', value: 4, unit: '个' },
    ],
    milestones: [
      { heading: '实施农村人居环境整治', year: 2026, stage: '完成' },
      { heading: '推进农村生活污水治理', year: 2026, stage: '完成' },
      { heading: '发展富民乡村产业', year: 2026, stage: '完成' },
      { heading: '提升公共服务水平', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '299-kaifaqu-shuangyu-biaoti.txt',
    formats: ['docx'],
    style: '开发区 管委会 工作计划 with English headings: the title followed by its English line, each part "一、X" followed by an English line of its own ("Key Tasks"), each (一) heading followed on its line by its English ("（一）聚焦主导产业精准招商 Targeted Promotion of Leading Industries"); the 管委会 and date under the title; 牵头单位 / 配合单位 in the sentence (blind batch 34, h-gen28)',
    meta: { title: '南屿经济开发区2026年招商引资工作计划', district: null, period: { start: 2026, end: 2026 }, issuer: '南屿经济开发区管理委员会', issuedOn: '2026-01-28' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task (一)|聚焦主导产业精准招商
  task (二)|拓展境外招商渠道
  task (三)|优化外资企业服务
  task (四)|强化项目落地保障
part 三、|保障措施
  section (一)|完善考核激励
  section (二)|加强队伍建设
`,
    departments: [
      { heading: '聚焦主导产业精准招商', lead: ['招商一局'], partners: ['经济发展局'] },
      { heading: '拓展境外招商渠道', lead: ['招商二局'], partners: ['开发区外事办'] },
      { heading: '优化外资企业服务', lead: ['企业服务局'], partners: ['营商环境办'] },
      { heading: '强化项目落地保障', lead: ['规划建设局'], partners: ['南屿开发区建设投资公司'] },
    ],
    indicators: [
      { heading: '总体目标', name: '亿元以上项目', value: 30, unit: '个' },
      { heading: '总体目标', name: '外商投资企业', value: 15, unit: '家' },
      { heading: '总体目标', name: '总部型企业', value: 5, unit: '家' },
      { heading: '聚焦主导产业精准招商', name: '产业链项目', value: 18, unit: '个' },
      { heading: '拓展境外招商渠道', name: '招商联络点', value: 2, unit: '个' },
      { heading: '优化外资企业服务', name: '诉求办结率', value: 95, unit: '%' },
      { heading: '强化项目落地保障', name: '标准厂房', value: 15, unit: '万平方米' },
    ],
    milestones: [
      { heading: '强化项目落地保障', year: 2026, stage: '完成' },
    ],
  },
  {
    file: '300-xian-yaodian-ocr-kongge-ling.txt',
    formats: ['pdf'],
    style: '县 工作要点 as text recognised from a scan: stray spaces between characters and inside figures ("南 屿 县 2 0 2 6 年", "一、 稳 定 粮 食 生 产", "4 5 万亩", "8 %", "县 财 政 局"), 〇 for 零 in years ("二〇二六年 1 0 月底前", the signature date 二〇二六年二月十日), page numbers "— 1 —" (blind batch 34, h-gen28)',
    meta: { title: '南屿县2026年农业农村工作要点', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-10' },
    outline: `
part 一、|稳定粮食生产
  task 1.|抓好粮食播种面积
  task 2.|建设高标准农田
part 二、|发展乡村产业
  task 3.|培育农业产业化龙头企业
  task 4.|发展乡村旅游
part 三、|建设宜居乡村
  task 5.|推进农村改厕
  task 6.|治理农村生活污水
`,
    departments: [
      { heading: '抓好粮食播种面积', lead: ['县农业农村局'] },
      { heading: '建设高标准农田', lead: ['县农业农村局', '县财政局'] },
      { heading: '培育农业产业化龙头企业', lead: ['县农业农村局'], partners: ['县工业和信息化局'] },
      { heading: '发展乡村旅游', lead: ['县文化和旅游局'] },
      { heading: '推进农村改厕', lead: ['县农业农村局'], partners: ['县卫生健康局', '各乡镇人民政府'] },
      { heading: '治理农村生活污水', lead: ['县生态环境局'] },
    ],
    indicators: [
      { heading: '抓好粮食播种面积', name: '粮食播种面积', value: 45, unit: '万亩' },
      { heading: '抓好粮食播种面积', name: '粮食总产量', value: 20, unit: '万吨' },
      { heading: '建设高标准农田', name: '高标准农田', value: 3, unit: '万亩' },
      { heading: '培育农业产业化龙头企业', name: '龙头企业', value: 5, unit: '家' },
      { heading: '发展乡村旅游', name: '游客', value: 120, unit: '万人次' },
      { heading: '推进农村改厕', name: '农村户厕', value: 2000, unit: '户' },
      { heading: '治理农村生活污水', name: '农村生活污水治理率', value: 45, unit: '%' },
    ],
    milestones: [
      { heading: '建设高标准农田', year: 2026, stage: '完成' },
      { heading: '推进农村改厕', year: 2026, stage: '完成' },
    ],
    absent: ['— 1 —', '— 2 —'],
  },
  {
    file: '301-qu-sannian-lingyu-daoniannian-zhuanlan-zhibiao.txt',
    formats: ['docx'],
    style: '区 三年行动方案 by field: each (一) field of 二、分领域目标任务 opens with its own "到2027年，…达到…" target sentence, then 1. 2. run-in tasks (numbering restarting in each field) with （牵头单位：…；配合单位：…）, then a "专栏N　X领域主要指标" box that is a tab-separated table 指标名称 / 单位 / 2024年 / 2027年 / 属性 (one field without a box) (blind batch 34, h-gen28)',
    meta: { title: '临江市东湖区公共服务提质三年行动方案（2025—2027年）', district: '东湖区', city: '临江市', period: { start: 2025, end: 2027 }, issuer: '临江市东湖区人民政府办公室', issuedOn: '2025-03-18' },
    outline: `
part 一、|总体要求
part 二、|分领域目标任务
  section (一)|教育
    task 1.|扩充优质学位
    task 2.|建设智慧校园
    box 专栏1|教育领域主要指标
  section (二)|医疗卫生
    task 1.|提升基层医疗服务能力
    task 2.|建设区域医疗中心
    box 专栏2|医疗卫生领域主要指标
  section (三)|养老托育
    task 1.|发展社区养老服务
    task 2.|扩大普惠托育供给
part 三、|保障措施
  section (一)|加强统筹协调
  section (二)|强化要素保障
`,
    departments: [
      { heading: '扩充优质学位', lead: ['区教育局'], partners: ['区自然资源局'] },
      { heading: '建设智慧校园', lead: ['区教育局'] },
      { heading: '提升基层医疗服务能力', lead: ['区卫生健康委'] },
      { heading: '建设区域医疗中心', lead: ['区卫生健康委'], partners: ['区发展改革委', '区财政局'] },
      { heading: '发展社区养老服务', lead: ['区民政局'], partners: ['各街道办事处'] },
      { heading: '扩大普惠托育供给', lead: ['区卫生健康委'] },
    ],
    indicators: [
      { heading: '教育', name: '学前教育普惠率', value: 92, unit: '%', year: 2027 },
      { heading: '教育', name: '义务教育学校校舍达标率', value: 100, unit: '%' },
      { heading: '医疗卫生', name: '医师数', value: 3.6, unit: '人', year: 2027 },
      { heading: '医疗卫生', name: '医疗卫生机构床位数', value: 6, unit: '张' },
      { heading: '养老托育', name: '护理型床位占比', value: 65, unit: '%', year: 2027 },
      { heading: '扩充优质学位', name: '学位', value: 9000, unit: '个' },
      { heading: '建设智慧校园', name: '智慧校园覆盖率', value: 100, unit: '%' },
      { heading: '建设区域医疗中心', name: '床位', value: 600, unit: '张' },
      { heading: '发展社区养老服务', name: '助餐点', value: 40, unit: '个' },
      { heading: '扩大普惠托育供给', name: '普惠托位', value: 1200, unit: '个' },
    ],
  },
  {
    file: '302-qu-fangan-jieduan-mubiao.txt',
    formats: ['pdf'],
    style: '区 实施方案 whose tasks stand under its stages: 二、实施阶段 holds unbracketed "第一阶段：启动部署（2026年1月—6月）" lines, each followed by an "阶段目标：…" line, then 1.–5. run-in tasks numbered on through the stages with （责任单位：…；配合单位：…）; the second stage runs from one year into the next (blind batch 34, h-gen28)',
    meta: { title: '云溪区“无废城市”建设实施方案（2026—2027年）', district: '云溪区', city: '临江市', period: { start: 2026, end: 2027 }, issuer: '临江市云溪区人民政府', issuedOn: '2026-01-08' },
    outline: `
part 一、|建设目标
part 二、|阶段任务
  section 第一阶段|启动部署（2026年1月—6月）
    task 1.|编制建设任务清单
    task 2.|建立固体废物信息平台
  section 第二阶段|全面推进（2026年7月—2027年6月）
    task 3.|建设建筑垃圾资源化利用项目
    task 4.|开展“无废细胞”创建
  section 第三阶段|总结评估（2027年7月—12月）
    task 5.|开展建设成效评估
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化宣传引导
`,
    departments: [
      { heading: '编制建设任务清单', lead: ['区生态环境局'] },
      { heading: '建立固体废物信息平台', lead: ['区生态环境局'], partners: ['区数据局'] },
      { heading: '建设建筑垃圾资源化利用项目', lead: ['区城市管理局'], partners: ['区住房城乡建设局'] },
      { heading: '开展“无废细胞”创建', lead: ['区生态环境局'], partners: ['区教育局', '各街道办事处'] },
      { heading: '开展建设成效评估', lead: ['区生态环境局'] },
    ],
    indicators: [
      { heading: '建设目标', name: '一般工业固体废物综合利用率', value: 92, unit: '%', year: 2027 },
      { heading: '建设目标', name: '生活垃圾回收利用率', value: 40, unit: '%' },
      { heading: '建设目标', name: '建筑垃圾资源化利用率', value: 60, unit: '%' },
      { heading: '建设建筑垃圾资源化利用项目', name: '建筑垃圾资源化利用厂', value: 1, unit: '座' },
      { heading: '开展“无废细胞”创建', name: '无废细胞', value: 100, unit: '个' },
    ],
    milestones: [
      // a task takes the year of its stage; the second stage spans two years and names none
      { heading: '编制建设任务清单', year: 2026 },
      { heading: '建立固体废物信息平台', year: 2026 },
      { heading: '开展建设成效评估', year: 2027 },
    ],
  },
  {
    file: '303-xian-sannian-renwu-niandu-fenhang.txt',
    formats: ['doc'],
    style: '县 三年行动计划 whose (一) task heading lines are each followed by a paragraph, a "年度安排：" line and one line per year "2026年：…；" "2027年：…；" "2028年：…。", then "责任单位：A、B；配合单位：C。" on one line (blind batch 34, h-gen28)',
    meta: { title: '南屿县县域商业体系建设三年行动计划（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 }, issuer: '南屿县人民政府办公室', issuedOn: '2026-02-05' },
    outline: `
part 一、|总体目标
part 二、|重点任务
  task (一)|完善县乡村三级物流配送体系
  task (二)|改造提升乡镇商贸中心
  task (三)|发展农村电子商务
part 三、|保障措施
  section (一)|加强组织协调
  section (二)|加大资金支持
`,
    departments: [
      { heading: '完善县乡村三级物流配送体系', lead: ['县商务局', '县交通运输局'], partners: ['县邮政分公司'] },
      { heading: '改造提升乡镇商贸中心', lead: ['县商务局'], partners: ['各乡镇人民政府'] },
      { heading: '发展农村电子商务', lead: ['县商务局'], partners: ['县人力资源和社会保障局', '县农业农村局'] },
    ],
    indicators: [
      { heading: '总体目标', name: '乡镇商贸中心', value: 10, unit: '个' },
      { heading: '总体目标', name: '村级便民商店', value: 120, unit: '个' },
      { heading: '总体目标', name: '农村网络零售额', value: 8, unit: '亿元', year: 2028 },
      { heading: '完善县乡村三级物流配送体系', name: '快递服务通达率', value: 100, unit: '%', year: 2028 },
      { heading: '发展农村电子商务', name: '农村电商人才', value: 1000, unit: '人次', year: 2027 },
    ],
    milestones: [
      { heading: '完善县乡村三级物流配送体系', year: 2026 },
      { heading: '完善县乡村三级物流配送体系', year: 2027, stage: '完成' },
      { heading: '改造提升乡镇商贸中心', year: 2026 },
      { heading: '改造提升乡镇商贸中心', year: 2027 },
      { heading: '改造提升乡镇商贸中心', year: 2028 },
      { heading: '发展农村电子商务', year: 2026, stage: '启动' },
    ],
  },
];

/** Session 43 (h-real19): shapes of the nineteenth batch of real pages, in our own words. */
const BATCH_H_REAL19: CorpusDoc[] = [
  {
    file: '304-jiedao-zongjie-silu-suoyin-shuxian.txt',
    style: '街道 2025年工作总结和2026年工作思路 under a page\'s index rows in | cells, its title line closed by the cell\'s bar ("… |"): the account\'s year is done, the year after it is planned — one year its period (real batch 19\'s 03, 东柳街道 shape)',
    meta: { title: '青川区柳溪街道2025年工作总结和2026年工作思路', district: '青川区', issuer: '柳溪街道', issuedOn: '2026-03-10', docNumber: null, period: { start: 2026, end: 2026 } },
    outline: `
part 一、|2025年工作回顾
part 二、|2026年工作思路
  task （一）|抓实项目建设
  task （二）|推进城市更新
  task （三）|办好民生实事
`,
    departments: [
      { heading: '抓实项目建设', lead: ['经济发展办'], partners: ['党政办'] },
      { heading: '办好民生实事', lead: ['社会事务办'], partners: ['各社区'] },
    ],
    absent: ['索引号', '组配分类', '11330105MB0000456K'],
  },
  {
    file: '305-xian-gongzuo-baogao-pdf-huiyi-hang-wupozhe.txt',
    style: '县 政府工作报告 as a PDF\'s text gives it, hard-wrapped, "- 2 -" page numbers: no headline, the occasion line opened by its date without the dash ("2026年1月14日在X县…会议上"), the byline "X县人民政府县长　姓名", "各位代表：" — no title line, the government issuing, the day delivered, no addressees (real batch 19\'s 05, 大邑县 shape)',
    meta: { title: '', district: '南屿县', issuer: '南屿县人民政府', issuedOn: '2026-01-14', period: null, docNumber: null, addressees: [] },
    outline: `
part 一、|2025年工作回顾
  item 一是|产业基础持续夯实
part 二、|2026年工作安排
  section （一）|做强县域特色产业
  section （二）|提升县城承载能力
  section （三）|办好民生实事
part 三、|加强政府自身建设
`,
    absent: ['- 2 -', '- 3 -'],
    present: ['全县地区生产总值达到286亿元', '新建城市停车位1200个'],
  },
  {
    file: '306-jingxiang-shengfen-biaoqian-gongzuo-baogao.txt',
    style: '区 政府工作报告 on a mirror site that tags its pages with their province in brackets before the title ("(浙江)2026年X区人民政府工作报告") and stamps them "- 时间:2026-01-20": the tag and the stamp are the site\'s; the occasion line and byline give issuer and date (real batch 19\'s 06 and 02, 融安县 / 昌硕街道 shapes)',
    meta: { title: '2026年临江市青川区人民政府工作报告', district: '青川区', city: '临江市', issuer: '临江市青川区人民政府', issuedOn: '2026-01-08', period: null },
    // (the (一) points under "2026年主要工作" are its work: tasks, as under 重点工作 — the convention's task level; first
    // written as sections)
    outline: `
part 一、|2025年工作回顾
part 二、|2026年主要工作
  task （一）|壮大先进制造业
  task （二）|提升城市品质
  task （三）|增进民生福祉
part 三、|加强政府自身建设
`,
    absent: ['(浙江)', '时间:2026-01-20'],
  },
  {
    file: '307-wenku-zhuomian-vip-tigang-yaodian.txt',
    style: '工作要点 on a document site: its prompt to pin it to the desktop (电脑桌面 / 添加X到电脑桌面 / 安装后可以在桌面快捷访问), the listed name with its badge ("…工作要点VIP专享"), a "提纲：" of the headings without page numbers, then the title and the text (real batch 19\'s 07, 横州市 shape)',
    meta: { title: '东湖区2026年城市管理工作要点', district: '东湖区', period: { start: 2026, end: 2026 } },
    outline: `
part 一、|总体要求
part 二、|重点任务
  task （一）|提升市容环境
  task （二）|规范停车秩序
  task （三）|推进垃圾分类
part 三、|保障措施
`,
    departments: [
      { heading: '提升市容环境', lead: ['区城管局'], partners: ['区住建局', '各街道'] },
      { heading: '规范停车秩序', lead: ['区交通运输局'], partners: ['公安东湖分局'] },
    ],
    indicators: [{ heading: '推进垃圾分类', name: '生活垃圾回收利用率', value: 45, unit: '%' }],
    absent: ['电脑桌面', '安装后可以在桌面快捷访问', 'VIP专享', '提纲'],
  },
  {
    file: '308-lianhe-tongzhi-wangzhan-leibie-yinhao.txt',
    style: 'joint 区委办 / 区政府办 notice headline on a mirror, opened by the site\'s category in quotes ("“党政混合信息公开” 中共X区委办公室 X区人民政府办公室印发《Y》的通知"): the first office issues; the plan\'s title over three lines with its period (real batch 19\'s 04, 静安 shape)',
    meta: { title: '东湖区加快建设“数字东湖”三年行动计划（2026—2028年）', district: '东湖区', issuer: '中共东湖区委办公室', period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体要求
  section （一）|指导思想
  section （二）|主要目标
part 二、|重点任务
  task （一）|夯实数字基础设施
  task （二）|培育数字产业集群
  task （三）|深化数字政府建设
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '夯实数字基础设施', lead: ['区数据局'], partners: ['区工信局', '区住建局'] },
      { heading: '深化数字政府建设', lead: ['区数据局'], partners: ['区政府办', '各街道'] },
    ],
    absent: ['党政混合信息公开'],
  },
  {
    file: '309-fenjie-luoshi-fangan-fabujigou-wangzhanming.txt',
    style: '区政府 分解落实方案 notice on a mirror that put a site\'s brand where the office was — the 发布机构 cell "X文库-X官网 办公室" and the signature "X文库-X官网": no issuer from either; 1. points numbered on through 一、 groups, "（A主办，B协办）" (real batch 19\'s 01, 鼓楼区 shape)',
    meta: { title: '2026年区政府主要工作目标任务分解落实方案', issuer: null, docNumber: '东政〔2026〕3号', issuedOn: '2026-01-20', period: { start: 2026, end: 2026 }, addressees: ['各街道办事处', '区政府各部门', '各直属单位'] },
    outline: `
part 一、|聚力扩大有效需求
  task 1.|地区生产总值增长5.5%左右
  task 2.|社会消费品零售总额增长6%
  task 3.|推进滨江商业综合体建设
part 二、|聚力建设宜居城区
  task 4.|完成老旧小区改造15个
  task 5.|新建口袋公园10个
`,
    departments: [
      { heading: '地区生产总值增长5.5%左右', lead: ['区发改委'], partners: ['区财政局'] },
      { heading: '社会消费品零售总额增长6%', lead: ['区商务局'], partners: ['相关街道'] },
      { heading: '完成老旧小区改造15个', lead: ['区住建局'], partners: ['各街道'] },
    ],
    absent: ['乐途官网'],
  },
];
const BATCH_H_REAL20: CorpusDoc[] = [
  {
    file: '315-wenku-jishu-keshi-gongzuo-jihua-muban.txt',
    style: '局办公室 年度工作计划 on a document site: the listed file name ("X.docxVIP"), the listing\'s counters one a line behind bullets ("- 3", "- 约3.6千字", "- 约 7页", "- 2026-02-03 发布于江苏", "- 举报"), the title closed by the site\'s "模板"; 1. tasks numbered on through 一、 parts with （牵头科室：…；配合科室：…） (real batch 20\'s 01 and 02, book118 shape)',
    meta: { title: '东湖区住房和城乡建设局办公室2026年工作计划', district: '东湖区', period: { start: 2026, end: 2026 }, issuedOn: null, docNumber: null },
    outline: `
part 一、|强化统筹协调
  task 1.|健全科室协作机制
  task 2.|完善重点工作台账
  task 3.|精简会议活动
part 二、|提升文电质量
  task 4.|规范公文办理
  task 5.|做好信息报送
part 三、|加强后勤保障
  task 6.|抓好节能降耗
  task 7.|保障办公安全
part 四、|建强干部队伍
  task 8.|开展业务培训
`,
    departments: [
      { heading: '健全科室协作机制', lead: ['综合科'], partners: ['各业务科室'] },
      { heading: '完善重点工作台账', lead: ['督查科'], partners: ['规划科', '城建科'] },
      { heading: '做好信息报送', lead: ['文秘科'] },
    ],
    indicators: [
      { heading: '完善重点工作台账', name: '年度任务完成率', value: 100, unit: '%' },
      { heading: '做好信息报送', name: '政务信息', value: 120, unit: '条' },
    ],
    absent: ['约3.6千字', '发布于江苏', '举报', 'docxVIP', '模板'],
  },
  {
    file: '316-baogao-biaoti-huiyi-tonghang-xianqu.txt',
    style: '区 政府工作报告 on a news page: the headline and its occasion on one line ("政府工作报告——在2026年1月9日X区…会议上", the date after 在), a "日期：… 来源：…" stamp and an empty row "| | | |", the byline of a county made a district ("临江市桐县区人民政府区长　姓名"); ㈠㈡㈢ run-in points (real batch 20\'s 06, 沙县区 shape)',
    meta: { title: '政府工作报告', district: '桐县区', city: '临江市', issuer: '临江市桐县区人民政府', issuedOn: '2026-01-09', period: null, docNumber: null, addressees: [] },
    outline: `
part 一、|2025年工作回顾
  section ㈠|产业发展稳中有进
  section ㈡|城乡面貌持续改善
  section ㈢|民生保障更加有力
part 二、|2026年工作安排
  section ㈠|做强实体经济
  section ㈡|提升城市品质
  section ㈢|办好民生实事
part 三、|全面加强政府自身建设
`,
    absent: ['来源：桐县区融媒体中心', '| | | |'],
    present: ['新建城市停车位1500个'],
  },
  {
    file: '317-baogao-huiyi-liangxing-wu-biaoti.txt',
    style: '区 政府工作报告 excerpted from its occasion line on, no headline: the dash-opened occasion line wrapped over two ("——2026年1月15日在X区第二届人民代表大会" ⏎ "第六次会议上"), the byline, "各位代表：" — no title, the government issuing, the day delivered (real batch 20\'s 11, 江源区 shape)',
    meta: { title: '', district: '青川区', city: '临江市', issuer: '临江市青川区人民政府', issuedOn: '2026-01-15', period: null, addressees: [] },
    outline: `
part 一、|2025年工作回顾
part 二、|2026年主要工作
  task （一）|聚力扩大有效投资
  task （二）|聚力提升城市功能
  task （三）|聚力增进民生福祉
part 三、|加强政府自身建设
`,
    present: ['新增公共停车位2000个'],
  },
  {
    file: '318-gangyao-wenku-lianjielan-qianyan.txt',
    style: '县 十四五 纲要 on a document site: a bar of the site\'s link names ("规划计划|行业报告|…"), "[规划计划] 发表于:…", "收藏"; the title over two lines with its year spaced out ("二 〇 三五年"); "前　言" right under the 第一篇 heading, then 第一章 / 第一节 / 一、X。 (real batch 20\'s 08 and 12, 遂川县 / 福州 shapes)',
    meta: { title: '南屿县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', district: '南屿县', period: { start: 2021, end: 2025 } },
    outline: `
part 第一篇|继往开来 开启现代化建设新征程
  section 第一章|发展基础
  section 第二章|发展目标
part 第二篇|坚持创新驱动 壮大县域经济
  section 第三章|做强特色产业
    section 第一节|提升园区承载能力
      task 一、|完善园区基础设施
      task 二、|推动企业提质升级
    section 第二节|发展现代服务业
      task 一、|打造全域旅游
      task 二、|繁荣商贸物流
`,
    absent: ['规划计划|行业报告', '发表于', '收藏'],
  },
  {
    file: '319-shiwei-jianyi-huanying-fangwen-liangxing.txt',
    style: '区委 十五五 规划建议 on a 人大 site: its greeting ("今天是：… 欢迎访问X网站！"), the title over two lines opening with the party committee and 关于 ("中共X区委关于制定X区国民经济" ⏎ "和社会发展第十五个五年规划的建议"), the adoption line; 1. paragraphs numbered on through 一、 parts (real batch 20\'s 07, 三明 shape)',
    meta: { title: '中共临江市东湖区委关于制定东湖区国民经济和社会发展第十五个五年规划的建议', district: '东湖区', city: '临江市', issuer: '中共临江市东湖区委', period: { start: 2026, end: 2030 }, issuedOn: '2025-12-20' },
    // (4.–7., under the parts that name work — no 主要任务 heading, as 67 —, are its work: tasks; first written as items,
    // changed by that convention once the import read 4./5. as tasks and 6./7. as items: 增进 now names work as 建设 does)
    outline: `
part 一、|锚定目标，开创东湖高质量发展新局面
  item 1.|十四五时期东湖发展取得新成就
  item 2.|十五五时期东湖发展的总体要求
  item 3.|十五五时期经济社会发展的主要目标
part 二、|建设现代化产业体系，增强发展新动能
  task 4.|壮大先进制造业
  task 5.|提升现代服务业能级
part 三、|增进民生福祉，扎实推进共同富裕
  task 6.|办好人民满意的教育
  task 7.|健全养老服务体系
`,
    absent: ['欢迎访问', '今天是'],
  },
  {
    file: '320-lianhe-yijian-zhengfu-fayuan.txt',
    style: '区政府 and 区人民法院 joint 意见 issued by a notice: "X区人民政府　X区人民法院印发" ⏎ "关于…的意见的通知", signed by both over the date — a government and its court sign together; (一) run-in tasks with （牵头单位：…；配合单位：…）, the court leading one (real batch 20\'s 10, 鹤岗 shape)',
    meta: { title: '临江市东湖区人民政府临江市东湖区人民法院关于建立行政争议协同化解机制的意见', district: '东湖区', city: '临江市', issuer: '临江市东湖区人民政府临江市东湖区人民法院', docNumber: '东政发〔2026〕5号', issuedOn: '2026-03-16', addressees: ['各街道办事处', '区政府各部门', '区人民法院各庭室'] },
    outline: `
part 一、|总体要求
part 二、|重点任务
  task （一）|建立重大决策风险会商机制
  task （二）|健全行政争议诉前调解机制
  task （三）|完善败诉案件通报机制
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|强化考核评价
`,
    departments: [
      { heading: '建立重大决策风险会商机制', lead: ['区司法局'], partners: ['区人民法院', '区发改委'] },
      { heading: '健全行政争议诉前调解机制', lead: ['区人民法院'], partners: ['区司法局', '各街道办事处'] },
    ],
    indicators: [{ heading: '健全行政争议诉前调解机制', name: '诉前调解成功率', value: 30, unit: '%' }],
  },
];

const BATCH_H_GEN29: CorpusDoc[] = [
  {
    file: '321-shi-bumen-chushi-canyu.txt',
    formats: ['docx'],
    style: '市直部门 工作方案 after the bureau\'s own 印发 notice (版头 "…局文件", 文号, 主送 局机关各处室、局属各单位): (一) run-in tasks closing with "（牵头处室：A；参与处室：B、C）" — the bureau\'s 处室 and 局属 centres, 参与处室 the partners; a city bureau, no district (blind batch 35, h-gen29)',
    meta: {
      title: '2026年国土空间规划实施监督工作方案', district: null, city: '临江市', period: { start: 2026, end: 2026 },
      docNumber: '临自然资规发〔2026〕5号', issuer: '临江市自然资源和规划局', issuedOn: '2026-02-10', addressees: ['局机关各处室', '局属各单位'],
    },
    outline: `
part 一、|工作目标
part 二、|重点任务
  task (一)|完善详细规划编制
  task (二)|开展规划实施评估
  task (三)|严格规划许可管理
  task (四)|强化耕地保护监督
  task (五)|推进批而未供土地处置
  task (六)|加强规划执法监督
part 三、|保障措施
  section (一)|加强统筹调度
  section (二)|强化督查考核
`,
    departments: [
      { heading: '完善详细规划编制', lead: ['详细规划处'], partners: ['国土空间规划处', '市规划编研中心'] },
      { heading: '开展规划实施评估', lead: ['国土空间规划处'], partners: ['市规划编研中心', '市不动产登记中心'] },
      { heading: '严格规划许可管理', lead: ['建设工程规划处'], partners: ['政务服务处', '法规处'] },
      { heading: '强化耕地保护监督', lead: ['耕地保护监督处'], partners: ['国土空间用途管制处', '市土地整理中心'] },
      { heading: '推进批而未供土地处置', lead: ['自然资源开发利用处'], partners: ['市土地储备中心', '执法监督处'] },
      { heading: '加强规划执法监督', lead: ['执法监督处'], partners: ['法规处', '市自然资源执法支队'] },
    ],
    indicators: [
      { heading: '完善详细规划编制', name: '详细规划单元', value: 12, unit: '个' },
      { heading: '强化耕地保护监督', name: '补充耕地', value: 1500, unit: '亩' },
      { heading: '推进批而未供土地处置', name: '闲置土地', value: 3000, unit: '亩' },
      { heading: '加强规划执法监督', name: '立案查处率', value: 100, unit: '%' },
    ],
  },
  {
    file: '322-qu-zhengfu-hanbao-renwubiao.txt',
    formats: ['doc'],
    style: '区政府 函 to a higher office ("关于报送…工作计划的函", 东政函〔2026〕7号, 主送 a city bureau, "现将有关情况函告如下", "特此函告，请予审核。", a 联系人 line after the signature) that is the plan itself: 二、整改任务 (一) run-in tasks naming no unit, their 牵头单位 / 配合单位 / 完成时限 only in the attached tab-separated 任务表 whose rows name them (blind batch 35, h-gen29)',
    meta: {
      title: '2026年城市体检问题整改工作计划', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 },
      docNumber: '东政函〔2026〕7号', issuer: '临江市东湖区人民政府', issuedOn: '2026-03-06', addressees: ['临江市住房和城乡建设局'],
    },
    outline: `
part 一、|问题清单情况
part 二、|整改任务
  task (一)|老旧住房安全整治
  task (二)|完整社区补短板
  task (三)|街区停车设施建设
  task (四)|城区防洪排涝提升
part 三、|保障措施
  section (一)|加强组织领导
  section (二)|强化资金保障
appendix 附件|东湖区2026年城市体检问题整改任务表
`,
    departments: [
      { heading: '老旧住房安全整治', lead: ['区住房城乡建设局'], partners: ['各街道办事处'] },
      { heading: '完整社区补短板', lead: ['区民政局'], partners: ['区卫生健康局', '各街道办事处'] },
      { heading: '街区停车设施建设', lead: ['区城市管理局'], partners: ['区公安分局交警大队'] },
      { heading: '城区防洪排涝提升', lead: ['区水务局'], partners: ['区城市管理局'] },
    ],
    indicators: [
      { heading: '老旧住房安全整治', name: '危房', value: 120, unit: '栋' },
      { heading: '完整社区补短板', name: '社区养老服务设施', value: 8, unit: '处' },
      { heading: '完整社区补短板', name: '托育点', value: 6, unit: '个' },
      { heading: '街区停车设施建设', name: '公共停车泊位', value: 2000, unit: '个' },
      { heading: '街区停车设施建设', name: '背街小巷', value: 15, unit: '条' },
      { heading: '城区防洪排涝提升', name: '雨污分流管网', value: 25, unit: '公里' },
      { heading: '城区防洪排涝提升', name: '易涝积水点', value: 10, unit: '处' },
    ],
    milestones: [
      { heading: '老旧住房安全整治', year: 2026 },
      { heading: '城区防洪排涝提升', year: 2026 },
    ],
  },
  {
    file: '323-fanti-gangao-hezuo-renyi.txt',
    formats: ['pdf'],
    style: '区 cooperation plan with 港澳 in Traditional script, numbered 壹、貳、參、 at the top (the 港澳 / 台 manner) over 一、 sections and （一） run-in tasks numbered afresh under each section, closing with "（牽頭單位：A；配合單位：B、C）"; 參、保障措施 of run-in 一、 points (blind batch 35, h-gen29)',
    meta: { title: '臨江市東湖區深化與港澳青年創新創業合作工作計劃（2026—2027年）', district: '東湖區', city: '臨江市', period: { start: 2026, end: 2027 }, issuer: '臨江市東湖區人民政府辦公室', issuedOn: '2026-04-15' },
    outline: `
part 壹、|總體要求
  section 一、|指導思想
  section 二、|主要目標
part 貳、|重點任務
  section 一、|搭建創新創業平台
    task (一)|建設港澳青年創業基地
    task (二)|完善孵化服務體系
  section 二、|優化政策支持
    task (一)|落實創業扶持政策
    task (二)|便利跨境執業就業
  section 三、|深化交流互動
    task (一)|開展青年實習交流
part 參、|保障措施
  section 一、|加強組織領導
  section 二、|強化宣傳推廣
`,
    departments: [
      { heading: '建設港澳青年創業基地', lead: ['區港澳事務辦公室'], partners: ['區科技局', '東湖科技園管理委員會'] },
      { heading: '完善孵化服務體系', lead: ['區科技局'], partners: ['區財政局', '區市場監督管理局'] },
      { heading: '落實創業扶持政策', lead: ['區人力資源和社會保障局'], partners: ['區財政局'] },
      { heading: '便利跨境執業就業', lead: ['區司法局'], partners: ['區人力資源和社會保障局', '區港澳事務辦公室'] },
      { heading: '開展青年實習交流', lead: ['團區委'], partners: ['區教育局', '區港澳事務辦公室'] },
    ],
    indicators: [
      { heading: '主要目標', name: '港澳青年創新創業基地', value: 3, unit: '個', year: 2027 },
      { heading: '完善孵化服務體系', name: '孵化機構', value: 5, unit: '家' },
      { heading: '開展青年實習交流', name: '實習崗位', value: 1000, unit: '個' },
    ],
    milestones: [
      { heading: '建設港澳青年創業基地', year: 2026 },
      { heading: '建設港澳青年創業基地', year: 2027 },
    ],
  },
  {
    file: '324-kaifaqu-ju-zhongxin-yingwen-suoxie.txt',
    formats: ['docx'],
    style: '开发区 行动方案 signed by its 管委会: the zone\'s 局 and 中心 without 区 (建设管理局, 大数据中心, 投资促进中心, 党政办公室, a 市场监管分局) in "（牵头单位：A；配合单位：B、C）"; English abbreviations inside targets and headings (占GDP比重, 5G基站, 5G-A, AI算力, “AI+制造”, IPv6活跃用户占比) and an English unit (300PFLOPS) (blind batch 35, h-gen29)',
    meta: { title: '临江经济技术开发区2026年数字经济发展行动方案', district: null, period: { start: 2026, end: 2026 }, issuer: '临江经济技术开发区管理委员会', issuedOn: '2026-02-26' },
    outline: `
part 一、|发展目标
part 二、|重点任务
  task (一)|加快5G和千兆光网建设
  task (二)|建设AI算力中心
  task (三)|推动“AI+制造”应用
  task (四)|培育数字经济企业
  task (五)|推进IPv6规模部署
part 三、|保障措施
  section (一)|加强组织推进
  section (二)|强化政策支持
`,
    departments: [
      { heading: '加快5G和千兆光网建设', lead: ['建设管理局'], partners: ['经济发展局', '大数据中心'] },
      { heading: '建设AI算力中心', lead: ['科技创新局'], partners: ['大数据中心', '财政局'] },
      { heading: '推动“AI+制造”应用', lead: ['经济发展局'], partners: ['科技创新局'] },
      { heading: '培育数字经济企业', lead: ['投资促进中心'], partners: ['经济发展局', '市场监管分局'] },
      { heading: '推进IPv6规模部署', lead: ['大数据中心'], partners: ['党政办公室'] },
    ],
    indicators: [
      { heading: '发展目标', name: '占GDP比重', value: 15, unit: '%' },
      { heading: '发展目标', name: '5G基站', value: 400, unit: '个' },
      { heading: '发展目标', name: 'IPv6活跃用户占比', value: 80, unit: '%' },
      { heading: '加快5G和千兆光网建设', name: '5G基站', value: 400, unit: '个' },
      { heading: '建设AI算力中心', name: '算力规模', value: 300, unit: 'PFLOPS' },
      { heading: '推动“AI+制造”应用', name: '应用场景', value: 30, unit: '个' },
      { heading: '推动“AI+制造”应用', name: '数字化改造覆盖率', value: 90, unit: '%' },
      { heading: '培育数字经济企业', name: '数字经济企业', value: 50, unit: '家' },
      { heading: '推进IPv6规模部署', name: 'IPv6活跃用户占比', value: 80, unit: '%' },
    ],
  },
  {
    file: '325-qu-fangan-quanhao-zerendanwei.txt',
    formats: ['docx'],
    style: '区 工作方案 four levels deep under 二、重点任务: 1. and （1） heading lines alone, the work in ①② run-in points each closing with "（责任单位：A、B）" — the circled points carry the departments, so they are the tasks and the levels above them sections (blind batch 35, h-gen29)',
    meta: { title: '青川区2026年城乡环境综合整治工作方案', district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: '青川区人民政府办公室', issuedOn: '2026-03-12' },
    outline: `
part 一、|工作目标
part 二、|重点任务
  section 1.|城市环境整治
    section (1)|市容秩序整治
      task ①|规范占道经营
      task ②|整治户外广告
    section (2)|道路环境提升
      task ①|实施道路保洁提质
      task ②|整治背街小巷
  section 2.|农村环境整治
    section (1)|农村生活垃圾治理
      task ①|完善收运体系
    section (2)|农村厕所革命
      task ①|推进户厕改造
part 三、|工作要求
  section (一)|加强组织领导
  section (二)|严格督查考核
`,
    departments: [
      { heading: '规范占道经营', lead: ['区城管局', '各街道办事处'] },
      { heading: '整治户外广告', lead: ['区城管局'] },
      { heading: '实施道路保洁提质', lead: ['区环卫中心'] },
      { heading: '整治背街小巷', lead: ['区住建局', '各街道办事处'] },
      { heading: '完善收运体系', lead: ['区农业农村局', '各镇人民政府'] },
      { heading: '推进户厕改造', lead: ['区农业农村局', '区卫生健康局'] },
    ],
    indicators: [
      { heading: '工作目标', name: '机械化清扫率', value: 95, unit: '%' },
      { heading: '规范占道经营', name: '临时疏导点', value: 10, unit: '处' },
      { heading: '整治户外广告', name: '户外广告', value: 300, unit: '处' },
      { heading: '实施道路保洁提质', name: '机械化清扫率', value: 95, unit: '%' },
      { heading: '整治背街小巷', name: '背街小巷', value: 20, unit: '条' },
      { heading: '完善收运体系', name: '垃圾分类收集点', value: 80, unit: '个' },
      { heading: '推进户厕改造', name: '户厕', value: 1200, unit: '户' },
    ],
  },
  {
    file: '326-qu-jihua-jiantou-luxiantu.txt',
    formats: ['pdf'],
    style: '区 two-year 项目推进计划: (一) run-in projects closing with （牵头单位：…；配合单位：…）, each followed by a "推进路线：" line of dated steps joined by arrows ("2026年3月完成初步设计→2026年6月开工建设→2027年6月主线通车→2027年12月全面完工") (blind batch 35, h-gen29)',
    meta: { title: '云溪区2026—2027年重点交通项目建设推进计划', district: '云溪区', city: null, period: { start: 2026, end: 2027 }, issuer: '云溪区人民政府', issuedOn: '2026-02-28' },
    outline: `
part 一、|总体目标
part 二、|重点项目
  task (一)|云溪大道快速化改造
  task (二)|青川路公交枢纽建设
  task (三)|智慧停车平台建设
  task (四)|农村公路提档升级
part 三、|保障措施
  section (一)|强化要素保障
  section (二)|实行挂图作战
`,
    departments: [
      { heading: '云溪大道快速化改造', lead: ['区交通运输局'], partners: ['区自然资源和规划局', '区财政局'] },
      { heading: '青川路公交枢纽建设', lead: ['区交通运输局'], partners: ['区城投集团'] },
      { heading: '智慧停车平台建设', lead: ['区城市管理局'], partners: ['区大数据中心', '区公安分局'] },
      { heading: '农村公路提档升级', lead: ['区交通运输局'], partners: ['各镇人民政府'] },
    ],
    indicators: [
      { heading: '总体目标', name: '农村公路', value: 60, unit: '公里', year: 2027 },
      { heading: '青川路公交枢纽建设', name: '公交停车位', value: 120, unit: '个' },
      { heading: '智慧停车平台建设', name: '泊位', value: 5000, unit: '个' },
      { heading: '农村公路提档升级', name: '农村公路', value: 60, unit: '公里' },
    ],
    milestones: [
      { heading: '云溪大道快速化改造', year: 2026 },
      { heading: '云溪大道快速化改造', year: 2027, stage: '完成' },
      { heading: '青川路公交枢纽建设', year: 2026 },
      { heading: '青川路公交枢纽建设', year: 2027 },
      { heading: '智慧停车平台建设', year: 2026, stage: '完成' },
      { heading: '农村公路提档升级', year: 2027, stage: '完成' },
    ],
  },
  {
    file: '327-qu-fenjiebiao-liangceng-biaotou.txt',
    formats: ['docx'],
    style: '区 任务分解表 that is one tab-separated table right after the title and a sentence, its head of two rows: "责任单位" spanning two columns over bare "牵头" / "配合" on the second row (the span an empty cell, the other cells of the second row empty); signed by a 领导小组办公室 (blind batch 35, h-gen29)',
    meta: { title: '南湖区2026年优化营商环境重点任务分解表', district: '南湖区', city: null, period: { start: 2026, end: 2026 }, issuer: '南湖区优化营商环境工作领导小组办公室', issuedOn: '2026-03-20' },
    outline: `
task 1|深化企业开办便利化
task 2|推进工程建设项目审批改革
task 3|提升政务服务效能
task 4|加强涉企收费治理
task 5|强化惠企政策兑现
`,
    departments: [
      { heading: '深化企业开办便利化', lead: ['区市场监管局'], partners: ['区政务服务中心', '区税务局'] },
      { heading: '推进工程建设项目审批改革', lead: ['区住房城乡建设局'], partners: ['区自然资源局', '区行政审批局'] },
      { heading: '提升政务服务效能', lead: ['区政务服务中心'], partners: ['区数据局'] },
      { heading: '加强涉企收费治理', lead: ['区发展改革局'], partners: ['区财政局', '区市场监管局'] },
      { heading: '强化惠企政策兑现', lead: ['区工业和信息化局'], partners: ['区财政局'] },
    ],
    indicators: [
      { heading: '提升政务服务效能', name: '集成服务事项', value: 20, unit: '项' },
      { heading: '强化惠企政策兑现', name: '政策兑现资金', value: 5000, unit: '万元' },
    ],
    milestones: [
      { heading: '深化企业开办便利化', year: 2026 },
      { heading: '推进工程建设项目审批改革', year: 2026 },
      { heading: '强化惠企政策兑现', year: 2026 },
    ],
    absent: ['牵头\t配合'],
  },
];

const BATCH_H_IMP45: CorpusDoc[] = [
  {
    file: '311-xian-zhuanxiang-guihua-bianzhi-mingcheng.txt',
    style: '县 专项规划 excerpted from its opening paragraphs on: no title line, the plan named only where the text says it makes it ("根据《A》，结合实际，编制《X》，作为…") — X is the title, A the plan it goes by; 第X章 / 第X节 (session 44 h-imp45, real17 03\'s structure)',
    meta: { title: '南屿县综合交通运输发展规划（2026—2035年）', district: '南屿县', city: null, issuer: null, period: { start: 2026, end: 2035 } },
    outline: `
part 第一章|发展基础
  section 第一节|发展成就
  section 第二节|存在问题
part 第二章|总体要求
  section 第一节|指导思想
  section 第二节|发展目标
part 第三章|保障措施
  section 第一节|加强组织领导
  section 第二节|强化资金保障
`,
    indicators: [{ heading: '发展目标', name: '公路通车里程', value: 3200, unit: '公里' }],
  },
  {
    file: '312-qu-xingdong-fangan-jieduan-kaitou.txt',
    style: '区 行动方案 whose body opens with its three stages (第一阶段…第三阶段, each a line of text under it), then 一、主要任务 and 二、保障措施 at the top level — not under the last stage; roles brackets naming a collective among the partners ("区住建局、相关部门配合", "有关单位配合") (session 44 h-imp45)',
    meta: { title: '云溪区2026年背街小巷环境提升行动方案', district: '云溪区', period: { start: 2026, end: 2026 } },
    outline: `
part 第一阶段|摸底建档（2026年1月—2月）
part 第二阶段|集中整治（2026年3月—10月）
part 第三阶段|验收巩固（2026年11月—12月）
part 一、|主要任务
  task （一）|整治路面设施
  task （二）|规范沿街秩序
  task （三）|完善照明设施
part 二、|保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
`,
    departments: [
      { heading: '整治路面设施', lead: ['区城管局'], partners: ['区住建局', '相关部门'] },
      { heading: '规范沿街秩序', lead: ['区市场监管局'], partners: ['区城管局', '各街道'] },
      { heading: '完善照明设施', lead: ['区城管局'], partners: ['有关单位'] },
    ],
  },
  {
    file: '313-xian-renwubiao-tongzuo-konggeshi.txt',
    style: '县 任务分解表 as tab-separated text under its title and signature, in a county whose name holds 和 (安和县); a 牵头单位 cell written "同左" after the task\'s text points to nothing (no lead, not the row above\'s), a 牵头单位 cell left empty is merged down from the row above (session 44 h-imp45)',
    meta: { title: '临江市安和县2026年农村人居环境整治任务分解表', district: '安和县', city: '临江市', period: { start: 2026, end: 2026 }, issuer: '安和县人民政府办公室', issuedOn: '2026-02-12' },
    outline: `
task 1|完成农村户厕改造800户
task 2|新建农村污水管网40公里
task 3|清理村庄垃圾点300处
task 4|整治村内坑塘50处
task 5|建设村庄小公园12处
`,
    departments: [
      { heading: '完成农村户厕改造800户', lead: ['县农业农村局'], partners: ['各乡镇'] },
      { heading: '新建农村污水管网40公里', lead: [], partners: ['县水务局'] },
      { heading: '清理村庄垃圾点300处', lead: ['县城管局'], partners: ['各乡镇'] },
      { heading: '整治村内坑塘50处', lead: ['县城管局'], partners: ['县水务局'] },
      { heading: '建设村庄小公园12处', lead: [], partners: ['县住建局'] },
    ],
    absent: ['同左'],
  },
  {
    file: '314-xian-zhengfu-gongzuo-baogao-zhehang-kuohao.txt',
    style: '县 政府工作报告 hard-wrapped as a PDF\'s text: a line ends inside a sentence with a word\'s own bracket, "集聚博物馆(场馆)" ⏎ "达30座" — no unit 场馆; 一是/二是 points under 一、 (session 44 h-imp45, real19 05\'s structure)',
    meta: { title: '南屿县2026年政府工作报告', district: '南屿县', issuedOn: '2026-01-12' },
    outline: `
part 一、|2025年工作回顾
  item 一是|文化旅游产业蓬勃发展
  item 二是|现代农业提质增效
part 二、|2026年主要任务
  task （一）|做强文旅产业
  task （二）|推进乡村振兴
`,
    departments: [{ heading: '做强文旅产业', lead: [], partners: [] }],
  },
];
/** h-imp46 (session 44): the session's importer leftovers. */
const BATCH_H_IMP46: CorpusDoc[] = [
  {
    file: '328-qu-fangan-jieduan-baozhang-wubianhao.txt',
    style: '县 行动方案 whose body opens with its three stages (第一阶段…第三阶段, a sentence under each), then a plain line "保障措施" with no number over its own （一）（二）（三）: the plan\'s next part beside the stages, holding its list — not a line of the last stage\'s text (session 44 h-imp46)',
    meta: { title: '南屿县2026年农贸市场改造提升行动方案', district: '南屿县', city: null, period: { start: 2026, end: 2026 }, issuer: '南屿县人民政府', issuedOn: '2026-01-15' },
    outline: `
part 第一阶段|调查摸底（2026年1月至3月）
part 第二阶段|集中改造（2026年4月至10月）
part 第三阶段|验收巩固（2026年11月至12月）
part |保障措施
  section （一）|加强组织领导
  section （二）|强化资金保障
  section （三）|严格督查考核
`,
  },
  {
    file: '329-qu-xingdong-jihua-tebianzhi-mingcheng.txt',
    style: '区 三年行动计划 excerpted from its opening paragraph on: no title line, the plan named only where the text says it makes it ("根据《A》，结合我区实际，特编制《X》。") — X is the title and gives the period, A (a city\'s plan it goes by) names neither; 一、/（一） with roles brackets (session 44 h-imp46)',
    meta: { title: '云溪区养老服务体系建设三年行动计划（2026—2028年）', district: '云溪区', city: null, issuer: null, period: { start: 2026, end: 2028 } },
    outline: `
part 一、|总体要求
  section （一）|指导思想
  section （二）|主要目标
part 二、|重点任务
  task （一）|完善社区养老服务网络
  task （二）|推进医养结合
  task （三）|加强养老人才队伍建设
part 三、|保障措施
  section （一）|加强组织领导
  section （二）|加大投入力度
`,
    departments: [
      { heading: '完善社区养老服务网络', lead: ['区民政局'], partners: ['区住建局', '各街道'] },
      { heading: '推进医养结合', lead: ['区卫生健康局'], partners: ['区民政局'] },
    ],
  },
  {
    file: '330-qu-fenjiebiao-pingtai-qianqu.txt',
    style: '区政府办公室 notice with no title line over its annex 《政府工作报告》任务分解表 copied one cell a line with no 序号 in any row, whose 牵头单位 cells are mostly zones and platforms (东湖科学城(东湖创新港), 临港经济开发区(滨江产业园), 湖滨新城) — still the units column; a bureau in the last row (session 44 h-imp46, real18 06\'s structure)',
    meta: { title: '2026年《政府工作报告》平台发展任务分解表', issuer: '临江市东湖区人民政府办公室', issuedOn: '2026-03-10', district: '东湖区', city: '临江市', period: { start: 2026, end: 2026 } },
    outline: `
task |东湖科学城要加快建设实验室集群和中试基地,年内引进高新技术企业60家,研发投入增长12%。
task |临港经济开发区要做强智能装备和新能源产业,力争规模工业增加值增长10%、实际利用外资2亿美元。
task |湖滨新城要加快商务区开发,建成启用湖滨会展中心,年内新开业商业综合体2个。
task |城区要加快城市更新,年内完成老旧街区改造5片,新增公共停车泊位1500个。
`,
    departments: [
      { heading: '东湖科学城要加快建设实验室集群和中试基地,年内引进高新技术企业60家,研发投入增长12%。', lead: ['东湖科学城(东湖创新港)'] },
      { heading: '临港经济开发区要做强智能装备和新能源产业,力争规模工业增加值增长10%、实际利用外资2亿美元。', lead: ['临港经济开发区(滨江产业园)'] },
      { heading: '湖滨新城要加快商务区开发,建成启用湖滨会展中心,年内新开业商业综合体2个。', lead: ['湖滨新城'] },
      { heading: '城区要加快城市更新,年内完成老旧街区改造5片,新增公共停车泊位1500个。', lead: ['区住建局'] },
    ],
  },
];

export const CORPUS: CorpusDoc[] = [...BATCH1, ...BATCH2, ...BATCH3, ...BATCH4, ...BATCH5, ...BATCH6, ...BATCH7, ...BATCH8, ...BATCH9, ...BATCH10, ...BATCH11, ...BATCH12, ...BATCH13, ...BATCH14, ...BATCH15, ...BATCH16, ...BATCH17, ...BATCH18, ...BATCH19, ...BATCH20, ...BATCH_REAL30, ...BATCH21, ...BATCH_REAL31, ...BATCH22, ...BATCH_REAL32, ...BATCH23, ...BATCH_REAL33, ...BATCH_FIELDS33, ...BATCH24, ...BATCH_REAL34, ...BATCH25, ...BATCH_REAL35, ...BATCH26, ...BATCH_REAL36, ...BATCH27, ...BATCH_REAL36B, ...BATCH28, ...BATCH29, ...BATCH_REAL37, ...BATCH_REAL37B, ...BATCH_REAL38, ...BATCH_BLIND28, ...BATCH_LEFT38, ...BATCH_GEN29, ...BATCH_REAL39, ...BATCH_LEFT39, ...BATCH_REAL39B, ...BATCH_GEN30, ...BATCH_REAL40, ...BATCH_LEFT40, ...BATCH_GEN31, ...BATCH_IMP41, ...BATCH_REAL41, ...BATCH_IMP41B, ...BATCH_GEN32, ...BATCH_H_REAL17, ...BATCH_H_GEN27, ...BATCH_H_REAL18, ...BATCH_H_IMP44, ...BATCH_H_GEN28, ...BATCH_H_REAL19, ...BATCH_H_REAL20, ...BATCH_H_GEN29, ...BATCH_H_IMP45, ...BATCH_H_IMP46];
