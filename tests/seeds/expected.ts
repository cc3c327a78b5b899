/**
 * Hand-made ground truth for the five reference plans in `seeds/`.
 *
 * Written by reading each document (sed/grep/awk to look, decisions by reading), independently of the
 * importer in shared/importer. Line numbers are 1-based lines of the seed file as stored (LF endings).
 * Every count carries a comment saying how it was counted. Where a document is ambiguous, the value is
 * what a planner would expect and `countsAlt` / `*Alt` fields list the other defensible readings, so a
 * test can be strict on the primary value and merely warn on an alternative.
 *
 * Conventions used throughout (decided once, applied to all seeds):
 * - part = top-level "一、" / "第X章" heading of the plan body; never the 目录 (TOC), never the cover 通知,
 *   never the "一、…" action rows of an annex table.
 * - section = "(一)" heading (all five seeds use half-width parentheses); in 004 (十一五 plan, chapters)
 *   the "一、" headings inside a 第X章 are the section level.
 * - task = 重点专项N / 重点任务N / 重点任务一 / numbered "N." "N、" headings *in the chapter or action that
 *   holds the plan's tasks*. Numbered principles (推进原则 1、…), numbered background/problem points and
 *   numbered 保障措施 are NOT tasks (they are body text of their section); see countsAlt where an importer
 *   that treats every "N、" under a section as a task would land.
 * - item = explicitly marked sub-point under a task ("•", "1)", "(1)", "①"). Unmarked paragraphs are
 *   body text unless a note says otherwise.
 * - appendix = 附件/附表 (and 杨浦's 重点任务分解表, see there). Annex rows never create tasks/items; their
 *   department and yearly columns are attached to the main-text tasks.
 * - lead/partners normalisation: split on 、 , ， and on run-together names ("公安静安分局区科委" →
 *   2 names), trim, drop trailing "等" / "等相关…" / "等相关部门", drop exact duplicates, keep a name's own
 *   parentheses ("区科委(信息委)", "各街道(镇)"), do NOT add a missing 区 prefix (write what the source
 *   names; where the source is truncated the note says what a planner would write).
 *   In 静安 2014's annex the flattened "推进部门 配合部门" cells cannot be told apart; convention: the
 *   first name of a row is the 推进 (lead) department, the rest are 配合 (partners).
 * - addressees (主送): split on ， , and 、 EXCEPT the fixed phrase "委、办、局" (a 、 between single
 *   characters is not a split). So "区政府各委、办、局,各街道办事处、五角场镇政府" →
 *   ["区政府各委、办、局", "各街道办事处", "五角场镇政府"].
 * - indicator comparator: 达到/达/超过/不少于/不低于/…以上 → '>='; 大于 → '>'; plain statement or plain
 *   table value → '='. year = explicit "到2013年"/"至2017年末" of the sentence, else the plan's end year.
 * - milestone text = the table cell with the trailing stage marker removed (compare with `includes`).
 *   "(阶段性完成)" and "(推进完成)" are mapped to stage '完成' (the qualifier stays visible in the raw
 *   cell); see YANGPU_MILESTONE_NOTES.
 */
import type { Comparator, NodeKind } from '../../shared/model/plan';

export type Stage = '启动' | '推进' | '完成';

export interface HeadingRef {
  /** 1-based line of the seed file. For 004 (one chapter per line) the line that holds the heading. */
  line: number;
  /** Number as written in the source ('一、', '(二)', '行动三', '重点专项:16', '1.', '1、'). */
  number: string;
  /** Heading text without the number and without the separating ':' / '、'. */
  heading: string;
}

export interface DeclaredCount {
  line: number;
  /** The sentence fragment that declares the count. */
  text: string;
  kind: NodeKind;
  /** Whole plan, or the part/chapter it is scoped to. */
  scope: string;
  declared: number;
  /** What is actually present in the scraped text, counted by hand. */
  found: number;
  matches: boolean;
  note?: string;
}

export interface DeptSample {
  kind: 'task' | 'item';
  /** Number of the task as written (for an item: its task's number). */
  number: string;
  heading: string;
  /** For an item sample: the first characters of the item text. */
  itemStartsWith?: string;
  lead: string[];
  partners: string[];
  /** Other acceptable lead reading when the source is broken. */
  leadAlt?: string[];
  /** Line(s) the departments were read from. */
  lines: number[];
  source: string;
}

export interface IndicatorSample {
  line: number;
  /** Kind and heading of the node the indicator belongs to. */
  ownerKind: NodeKind;
  owner: string;
  name: string;
  value: number;
  unit: string;
  comparator: Comparator;
  year: number;
  /** A fragment of the source sentence (compare with `includes`). */
  text: string;
  note?: string;
}

export interface MilestoneSample {
  line: number;
  /** Task number and heading in the main text ("重点任务1" "建设综合云平台"). */
  number: string;
  task: string;
  year: number;
  stage: Stage | null;
  text: string;
  note?: string;
}

export interface LineRef {
  line: number;
  text: string;
  reason: string;
}

export interface SeedExpectation {
  label: string;
  meta: {
    title: string;
    /** Other forms of the title that also appear and are acceptable. */
    titleAlt?: string[];
    district: string;
    city: string;
    period: { start: number; end: number };
    issuer: string | null;
    docNumber: string | null;
    issuedOn: string | null;
    /** Raw date text as found (null when absent). */
    issuedOnRaw: string | null;
    /** True when the date is garbled / partial and the importer should report it as uncertain. */
    issuedOnUncertain: boolean;
    addressees: string[];
  };
  /** The document stops before its end (missing parts/tasks). */
  truncated: boolean;
  counts: Record<NodeKind, number>;
  /** Other defensible counts (see comments); the primary value is in `counts`. */
  countsAlt?: Partial<Record<NodeKind, number[]>>;
  declared: DeclaredCount[];
  parts: HeadingRef[];
  sections: HeadingRef[];
  actions: HeadingRef[];
  /** All tasks of the plan body in document order. */
  tasks: HeadingRef[];
  firstTask: HeadingRef;
  lastTask: HeadingRef;
  appendices: HeadingRef[];
  deptSamples: DeptSample[];
  indicatorSamples: IndicatorSample[];
  milestoneSamples: MilestoneSample[];
  /** Total milestones expected (only 杨浦 has yearly columns). */
  milestoneTotal: number;
  /** Web-page chrome that must be removed (report.removed). */
  chrome: LineRef[];
  /** Lines that look like structure but are not (TOC, annex rows, table repeats, figure captions…). */
  notStructure: LineRef[];
  quirks: string[];
}

const ZERO: Record<NodeKind, number> = { part: 0, section: 0, action: 0, task: 0, item: 0, appendix: 0, box: 0 };

// ───────────────────────────────────────────────────────────── 000 静安 2014–2016 ──
const JINGAN_2014: SeedExpectation = {
  label: '静安区推进智慧城区建设三年行动方案(2014-2016)',
  meta: {
    title: '静安区推进智慧城区建设三年行动方案(2014-2016)', // line 12 (plan's own title line)
    titleAlt: ['上海市静安区推进智慧城区建设三年行动方案(2014-2016)'], // line 1, page title
    district: '静安区',
    city: '上海市',
    period: { start: 2014, end: 2016 }, // "(2014-2016)" in title, "到2016年底" line 46
    issuer: '上海市静安区人民政府办公室', // line 8 "上海市静安区人民政府办公室 2015年6月11日" (issuer + date on one line)
    docNumber: null, // no 文号 anywhere
    issuedOn: '2015-06-11', // line 8
    issuedOnRaw: '2015年6月11日',
    issuedOnUncertain: false,
    addressees: ['区政府各委、办、局', '各街道办事处'], // line 6, before the first ':'; 转发 notice (drafted by 区科委)
  },
  truncated: false, // ends with annex row 5.4 and chrome "返回" (line 341)
  counts: {
    ...ZERO,
    part: 3, // 一、总体要求 l16, 二、发展重点 l60, 三、保障措施 l190 (annex 一…五、 l214-320 are annex action rows, not parts)
    section: 8, // (一)(二)(三) l18/22/44 under 一; (一)…(五) l192-208 under 三
    action: 5, // 行动一…行动五 l64/101/137/158/170
    task: 22, // 重点专项1…22 l68-186 (l154 is written "重点专项:16")
    item: 39, // 38 "  •" bullets under 重点专项 between l64-189 (40 bullets minus l139 and l160, which sit directly
    //          under 行动三/行动四 as the action's intro) + 1 unbulleted paragraph l131 in 重点专项11 (the annex
    //          row l280 shows it is a separate item). Per task: 专项1=5, 2=3, 3=1, 4=3, 5=1, 6=2, 7=3, 8=3, 9=2,
    //          10=2, 11=2 (incl. l131), 12=1, 13=1, 14=1, 15=2, 16…22=1 each → 39.
    appendix: 1, // 附件 l212 主要任务一览表
  },
  countsAlt: {
    item: [38, 40, 41], // 38 = only "•"-marked lines; 40/41 = also counting the action-intro bullets l139/l160
  },
  declared: [
    { line: 62, text: '实施五大行动', kind: 'action', scope: 'plan', declared: 5, found: 5, matches: true },
    { line: 62, text: '推动建设22个重点专项', kind: 'task', scope: 'plan', declared: 22, found: 22, matches: true },
  ],
  parts: [
    { line: 16, number: '一、', heading: '总体要求' },
    { line: 60, number: '二、', heading: '发展重点' },
    { line: 190, number: '三、', heading: '保障措施' },
  ],
  sections: [
    { line: 18, number: '(一)', heading: '指导思想' },
    { line: 22, number: '(二)', heading: '推进原则' },
    { line: 44, number: '(三)', heading: '发展目标' },
    { line: 192, number: '(一)', heading: '加强组织保障' },
    { line: 196, number: '(二)', heading: '完善项目管理' },
    { line: 200, number: '(三)', heading: '引导多方参与' },
    { line: 204, number: '(四)', heading: '加快人才培养' },
    { line: 208, number: '(五)', heading: '加强宣传推广' },
  ],
  actions: [
    { line: 64, number: '行动一', heading: '打造协同一体、透明高效的智慧政务' },
    { line: 101, number: '行动二', heading: '打造运行可靠、和谐宜居的智慧社务' },
    { line: 137, number: '行动三', heading: '着眼于产业创新,发展高端化的智慧商务' },
    { line: 158, number: '行动四', heading: '建设多层次安全可控的信息基础设施' },
    { line: 170, number: '行动五', heading: '深化完善信息安全综合保障体系' },
  ],
  tasks: [
    { line: 68, number: '重点专项1', heading: '电子政务一体化' },
    { line: 76, number: '重点专项2', heading: '提升公共服务能级' },
    { line: 82, number: '重点专项3', heading: '城市综合管理信息化' },
    { line: 86, number: '重点专项4', heading: '公共安全管理信息化' },
    { line: 92, number: '重点专项5', heading: '食品安全管理信息化' },
    { line: 96, number: '重点专项6', heading: '上海市公共信用信息服务平台静安子平台' },
    { line: 105, number: '重点专项7', heading: '智慧教育服务' },
    { line: 111, number: '重点专项8', heading: '智慧医疗服务' },
    { line: 117, number: '重点专项9', heading: '智慧养老服务' },
    { line: 122, number: '重点专项10', heading: '智慧体育服务' },
    { line: 127, number: '重点专项11', heading: '智慧文化综合服务' },
    { line: 133, number: '重点专项12', heading: '智慧社区示范' },
    { line: 141, number: '重点专项13', heading: '智慧商务' },
    { line: 145, number: '重点专项14', heading: '智慧产业' },
    { line: 149, number: '重点专项15', heading: '智慧商圈' },
    { line: 154, number: '重点专项:16', heading: '智慧园区' }, // written with a stray ':' — must still be task 16
    { line: 162, number: '重点专项17', heading: '宽带城市深化' },
    { line: 166, number: '重点专项18', heading: '无线城市提升' },
    { line: 174, number: '重点专项19', heading: '重要信息系统安全保障' },
    { line: 178, number: '重点专项20', heading: '完善互联网内容安全管理' },
    { line: 182, number: '重点专项21', heading: '完善网络安全监管和应急处置' },
    { line: 186, number: '重点专项22', heading: '提升全社会网络安全意识' },
  ],
  firstTask: { line: 68, number: '重点专项1', heading: '电子政务一体化' },
  lastTask: { line: 186, number: '重点专项22', heading: '提升全社会网络安全意识' },
  appendices: [{ line: 212, number: '附件', heading: '静安区推进智慧城区建设三年行动方案(2014-2016)主要任务一览表' }],
  // Departments exist only in the annex (l214-338): rows "1.1 … 5.4" = 重点专项1…22 in order; each bullet
  // row ends with "推进部门 配合部门" names. Convention: first name = lead, rest = partners.
  deptSamples: [
    { kind: 'task', number: '重点专项3', heading: '城市综合管理信息化', lead: ['区网格化管理中心'], partners: ['区综治办', '区绿化市容局'], lines: [232], source: 'annex 1.3' },
    { kind: 'task', number: '重点专项5', heading: '食品安全管理信息化', lead: ['区市场监管局'], partners: [], lines: [242, 246], source: 'annex 1.5 (l244 "14 建立…" is a split row of the same task)' },
    { kind: 'task', number: '重点专项6', heading: '上海市公共信用信息服务平台静安子平台', lead: ['区科委'], partners: ['区发改委', '区社会信用体系联席会议成员单位'], lines: [250, 251], source: 'annex 1.6; l250 has no dept (merged cell), l251 "区社会信用体系联席会议 成员单位" is ONE name broken by a space' },
    { kind: 'task', number: '重点专项8', heading: '智慧医疗服务', lead: ['区卫生计生委'], partners: ['区民政局'], lines: [263, 264, 265], source: 'annex 2.2' },
    { kind: 'task', number: '重点专项12', heading: '智慧社区示范', lead: ['区科委'], partners: ['区社建办', '区民政局', '各街道'], lines: [284], source: 'annex 2.6, names run together "区科委区社建办区民政局各街道"' },
    { kind: 'task', number: '重点专项16', heading: '智慧园区', lead: ['区国资委'], partners: ['静工集团', '区科委', '区商务委'], lines: [308], source: 'annex 3.4' },
    { kind: 'task', number: '重点专项17', heading: '宽带城市深化', lead: ['区科委'], partners: [], lines: [314], source: 'annex 4.1' },
    { kind: 'task', number: '重点专项19', heading: '重要信息系统安全保障', lead: ['区科委'], partners: ['公安静安分局'], lines: [324], source: 'annex 5.1 "区科委公安静安分局" run together' },
    { kind: 'task', number: '重点专项20', heading: '完善互联网内容安全管理', lead: ['区委宣传部'], partners: ['区科委', '公安静安分局'], lines: [328, 329, 330], source: 'annex 5.2; l328 "区委宣传部区科委区科委" run together AND duplicated' },
    { kind: 'task', number: '重点专项22', heading: '提升全社会网络安全意识', lead: ['区科委'], partners: ['区委党校', '区人保局'], lines: [338], source: 'annex 5.4 "区科委区委党校 区人保局"' },
    { kind: 'item', number: '重点专项4', heading: '公共安全管理信息化', itemStartsWith: '打造“技防一张网”', lead: ['公安静安分局'], partners: ['区科委'], lines: [236], source: 'annex 1.4 row 1 "公安静安分局区科委"' },
    { kind: 'item', number: '重点专项1', heading: '电子政务一体化', itemStartsWith: '完成公务网骨干网升级改造', lead: ['区委办'], partners: ['区科委', '区保密局'], lines: [219], source: 'annex 1.1 row 2' },
  ],
  // Only three numeric targets in the whole plan, all in 一、(三)发展目标 (l54), target year 2016 (l46 "到2016年底").
  indicatorSamples: [
    { line: 54, ownerKind: 'section', owner: '发展目标', name: '家庭光纤入户率', value: 60, unit: '%', comparator: '>=', year: 2016, text: '家庭光纤入户率达到60%' },
    { line: 54, ownerKind: 'section', owner: '发展目标', name: '家庭光纤用户平均互联网接入带宽', value: 40, unit: '兆比特/秒', comparator: '>=', year: 2016, text: '家庭光纤用户平均互联网接入带宽达到40兆比特/秒' },
    { line: 54, ownerKind: 'section', owner: '发展目标', name: '第四代移动通信网络用户普及率', value: 70, unit: '%', comparator: '>=', year: 2016, text: '用户普及率达到70%', note: 'subject is "第四代移动通信网络…用户普及率"; the clause itself only says 用户普及率' },
  ],
  milestoneSamples: [],
  milestoneTotal: 0,
  chrome: [
    { line: 3, text: '来自智慧安全引擎', reason: 'wiki/site chrome' },
    { line: 4, text: '跳转至: 导航搜索', reason: 'wiki navigation chrome' },
    { line: 10, text: '目录', reason: 'empty TOC heading (no entries follow)' },
    { line: 341, text: '返回', reason: 'navigation link' },
  ],
  notStructure: [
    { line: 1, text: '上海市静安区推进智慧城区建设三年行动方案(2014-2016)', reason: 'page title (duplicates l12 with 上海市 prefix); title source, not body' },
    { line: 214, text: '一、打造协同一体,高效透明的智慧政务', reason: 'annex action row — must NOT become a 4th…8th part (also l253, l286, l310, l320)' },
    { line: 216, text: '1.1电子政务一体化', reason: 'annex task row = 重点专项1 (1.1…5.4 = 专项1…22), not a new task' },
    { line: 228, text: '  • 8 完善“上海静安”门户网站功能…', reason: 'stray annex 序号 "8" glued to a bullet' },
    { line: 244, text: '14 建立静安区食品流通安全信息追溯体系监管平台', reason: 'annex row (序号 14) split over two lines; belongs to 1.5 / 重点专项5' },
  ],
  quirks: [
    'l154 "重点专项:16:智慧园区" has an extra colon between 专项 and the number.',
    'l131 paragraph in 重点专项11 lost its "•" bullet (annex l280 lists it as a separate row).',
    'l139 / l160: the intro paragraph of 行动三 / 行动四 is bulleted although it is action body (行动一/二/五 intros are unbulleted).',
    'Annex l212: the annex title, a repeated title and the flattened table header "序号 行动名称 专项名称 主要任务 推进部门 配合部门" are one line.',
    'Annex action headings are reworded (l214 "打造协同一体,高效透明" vs l64 "打造协同一体、透明高效") — match annex rows to tasks by order/number (1.1…5.4), not by exact text.',
    'Annex departments: space-separated, sometimes run together (l236, l284, l303, l324, l334, l338), duplicated (l328), a name broken by a space (l251), a row without departments sharing the next row\'s cell (l250, l298).',
    'Annex rows split the main-text bullets differently (47 annex bullets vs 40 in the body; e.g. 重点专项13 = 1 bullet in body, 3 annex rows l290-292).',
    'Numbered principles "1、惠及民生、服务发展。" (l24-40) are section body, not tasks. "——显著提升…" lines l48/52/56 are goal sub-headings in (三)发展目标, not items.',
  ],
};

// ───────────────────────────────────────────────────────────── 001 浦东 2011–2013 ──
const PUDONG_2011: SeedExpectation = {
  label: '推进智慧浦东建设2011—2013年行动计划',
  meta: {
    title: '推进智慧浦东建设2011—2013年行动计划', // line 10 (em dash as written)
    titleAlt: ['推进智慧浦东建设2011-2013年行动计划', '推进智慧浦东建设2011——2013年行动计划'], // l5 / l3 spellings
    district: '浦东新区',
    city: '上海市',
    period: { start: 2011, end: 2013 },
    issuer: '上海市浦东新区经济和信息化委员会', // line 7 (notice title l2 says 浦东新区经济和信息化委员会)
    docNumber: null,
    issuedOn: '2011-11-16', // line 8 "二○一一年十一月十六日" (Chinese numerals, ○ for zero)
    issuedOnRaw: '二○一一年十一月十六日',
    issuedOnUncertain: false,
    addressees: ['区政府各委、办、局', '各开发区管委会', '各直属公司', '各街道办事处', '镇政府', '川沙新镇'], // line 4
  },
  truncated: true, // declares 32 重点任务 (l11) but stops after part 二 / 重点任务二十三 (l97-100), followed by copyright chrome l103
  counts: {
    ...ZERO,
    part: 2, // 一、信息基础设施建设 l13; 二、应用示范体系建设 l32 (parts 三… lost by truncation)
    section: 0, // no (一) headings
    action: 0, // no 行动 level
    task: 23, // 重点任务一…二十三 l16-97 (4 in part 一, 19 in part 二)
    item: 0, // the 具体事项 are not itemised in the scraped text (see quirks); 功能标志 lines are task body
    appendix: 0,
  },
  countsAlt: {
    item: [1], // if "上海电信宽带免费提速" (l17, run into the paragraph) is read as a 具体事项 title
  },
  declared: [
    { line: 11, text: '主要包括32项重点任务', kind: 'task', scope: 'plan', declared: 32, found: 23, matches: false, note: 'truncated: tasks 二十四…三十二 (and their parts) are missing' },
    { line: 11, text: '118个具体事项', kind: 'item', scope: 'plan', declared: 118, found: 0, matches: false, note: 'truncated, and the 具体事项 of the surviving parts were not scraped as items' },
    { line: 13, text: '(4项重点任务、21个具体事项)', kind: 'task', scope: '一、信息基础设施建设', declared: 4, found: 4, matches: true },
    { line: 13, text: '(4项重点任务、21个具体事项)', kind: 'item', scope: '一、信息基础设施建设', declared: 21, found: 0, matches: false },
    { line: 32, text: '(19项重点任务、60个具体事项)', kind: 'task', scope: '二、应用示范体系建设', declared: 19, found: 19, matches: true },
    { line: 32, text: '(19项重点任务、60个具体事项)', kind: 'item', scope: '二、应用示范体系建设', declared: 60, found: 0, matches: false },
  ],
  parts: [
    { line: 13, number: '一、', heading: '信息基础设施建设' }, // "(4项重点任务、21个具体事项)" is a declaration, not heading text
    { line: 32, number: '二、', heading: '应用示范体系建设' },
  ],
  sections: [],
  actions: [],
  tasks: [
    { line: 16, number: '重点任务一', heading: '提升宽带能级' },
    { line: 20, number: '重点任务二', heading: '扩大无线网络覆盖面' },
    { line: 24, number: '重点任务三', heading: '推进三网融合' },
    { line: 27, number: '重点任务四', heading: '整合城乡信息基础设施' },
    { line: 35, number: '重点任务五', heading: '完善政府网络服务体系' },
    { line: 39, number: '重点任务六', heading: '推动政务资源协同共享' },
    { line: 43, number: '重点任务七', heading: '完善城市管理物联感知网络' },
    { line: 47, number: '重点任务八', heading: '构建智能互动的交通管理系统' },
    { line: 50, number: '重点任务九', heading: '打造坚强高效的智能电网试点' },
    { line: 54, number: '重点任务十', heading: '形成多层多元的环保网络' },
    { line: 57, number: '重点任务十一', heading: '建设城市智能安全防控体系' },
    { line: 61, number: '重点任务十二', heading: '推动居民卫生医疗智慧化改造' },
    { line: 64, number: '重点任务十三', heading: '推动实施“数字教育”计划' },
    { line: 67, number: '重点任务十四', heading: '提升社区服务管理的智慧化水平' },
    { line: 71, number: '重点任务十五', heading: '提升精准农业信息化服务水平' },
    { line: 74, number: '重点任务十六', heading: '加快提升制造业信息化水平' },
    { line: 78, number: '重点任务十七', heading: '加快提升金融信息化水平' },
    { line: 81, number: '重点任务十八', heading: '加快提升航运信息化水平' },
    { line: 85, number: '重点任务十九', heading: '加快提升商旅信息化水平' },
    { line: 88, number: '重点任务二十', heading: '建设安全可控的信息保障体系' },
    { line: 91, number: '重点任务二十一', heading: '推进“智慧社区”试点建设' },
    { line: 94, number: '重点任务二十二', heading: '建设临港“智慧新城”' },
    { line: 97, number: '重点任务二十三', heading: '加强信息市民培训' },
  ],
  firstTask: { line: 16, number: '重点任务一', heading: '提升宽带能级' },
  lastTask: { line: 97, number: '重点任务二十三', heading: '加强信息市民培训' },
  appendices: [],
  // "(责任单位:…)" closes each task paragraph; all listed units are lead; no partner column exists.
  deptSamples: [
    { kind: 'task', number: '重点任务一', heading: '提升宽带能级', lead: ['浦东电信局', '东方有线'], partners: [], lines: [18], source: 'l18, the second half of a paragraph broken at l17/18' },
    { kind: 'task', number: '重点任务二', heading: '扩大无线网络覆盖面', lead: ['浦东电信局', '上海移动浦东分公司', '上海联通浦东分公司'], partners: [], lines: [21], source: '"…上海联通浦东分公司等" — 等 dropped' },
    { kind: 'task', number: '重点任务五', heading: '完善政府网络服务体系', lead: ['区委办', '市民中心'], partners: [], lines: [37], source: 'l37' },
    { kind: 'task', number: '重点任务六', heading: '推动政务资源协同共享', lead: ['各委办局'], partners: [], lines: [41], source: 'l41, second paragraph of the task' },
    { kind: 'task', number: '重点任务七', heading: '完善城市管理物联感知网络', lead: ['区建交委', '环保局'], partners: [], lines: [45], source: '"区建交委、环保局等"' },
    { kind: 'task', number: '重点任务十一', heading: '建设城市智能安全防控体系', lead: ['区府办', '建交委', '公安分局', '食药监分局', '质监局', '气象局', '安监局'], partners: [], lines: [59], source: '"…安监局等相关委办局" — suffix dropped' },
    { kind: 'task', number: '重点任务十八', heading: '加快提升航运信息化水平', lead: ['区经信委(航运办)', '建交委'], partners: [], lines: [83], source: 'parenthesis inside the 责任单位 parenthesis' },
    { kind: 'task', number: '重点任务二十三', heading: '加强信息市民培训', lead: ['区经信委', '妇联', '教育局', '科协'], partners: [], lines: [99], source: 'l99' },
  ],
  // "功能标志:到2013年,…" lines give the targets of the task above them. Year 2013 throughout.
  indicatorSamples: [
    { line: 19, ownerKind: 'task', owner: '提升宽带能级', name: '主干光缆总长', value: 29000, unit: '皮长公里', comparator: '>=', year: 2013, text: '实现主干光缆总长达29000皮长公里' },
    { line: 19, ownerKind: 'task', owner: '提升宽带能级', name: '家庭百兆宽带接入能力覆盖率', value: 90, unit: '%', comparator: '>=', year: 2013, text: '家庭百兆宽带接入能力覆盖率达90%' },
    { line: 19, ownerKind: 'task', owner: '提升宽带能级', name: '家庭用户平均带宽', value: 20, unit: 'M', comparator: '>=', year: 2013, text: '家庭用户平均带宽超过20M', note: '超过 → >= by project convention' },
    { line: 22, ownerKind: 'task', owner: '扩大无线网络覆盖面', name: '室外无线', value: 2400, unit: '个', comparator: '=', year: 2013, text: '建成各类室外无线2400个' },
    { line: 23, ownerKind: 'task', owner: '扩大无线网络覆盖面', name: 'WiFi热点', value: 3000, unit: '个', comparator: '=', year: 2013, text: 'WiFi热点3000个', note: 'l22/l23 is one sentence broken after "2400个,"' },
    { line: 23, ownerKind: 'task', owner: '扩大无线网络覆盖面', name: '移动宽带用户数', value: 360, unit: '万', comparator: '>=', year: 2013, text: '移动宽带用户数达360万' },
    { line: 23, ownerKind: 'task', owner: '扩大无线网络覆盖面', name: '主要区域无线宽带覆盖率', value: 80, unit: '%', comparator: '>=', year: 2013, text: '主要区域无线宽带覆盖率达80%以上' },
    { line: 26, ownerKind: 'task', owner: '推进三网融合', name: '有线电视数字化改造用户', value: 95, unit: '万户', comparator: '>=', year: 2013, text: '有线电视数字化改造用户达95万户' },
    { line: 26, ownerKind: 'task', owner: '推进三网融合', name: 'NGB覆盖率', value: 70, unit: '%', comparator: '>=', year: 2013, text: 'NGB覆盖率超过70%' },
    { line: 30, ownerKind: 'task', owner: '整合城乡信息基础设施', name: '农村宽带接入率', value: 45, unit: '%', comparator: '>=', year: 2013, text: '农村宽带接入率达45%' },
    { line: 42, ownerKind: 'task', owner: '推动政务资源协同共享', name: '非涉密公文网上流转', value: 90, unit: '%', comparator: '>=', year: 2013, text: '实现90%以上非涉密公文网上流转' },
    { line: 63, ownerKind: 'task', owner: '推动居民卫生医疗智慧化改造', name: '居民健康档案建档率', value: 99, unit: '%', comparator: '>=', year: 2013, text: '居民健康档案建档率达到99%' },
    { line: 77, ownerKind: 'task', owner: '加快提升制造业信息化水平', name: '两化融合指数', value: 85, unit: '', comparator: '>=', year: 2013, text: '两化融合指数争取达到85' },
    { line: 100, ownerKind: 'task', owner: '加强信息市民培训', name: '“智慧浦东人”培训', value: 40, unit: '万人', comparator: '=', year: 2013, text: '完成40万人的“智慧浦东人”培训任务' },
  ],
  milestoneSamples: [],
  milestoneTotal: 0,
  chrome: [
    { line: 1, text: '智慧浦东2011-2013行动计划', reason: 'page title of the hosting site (not the document title, which is l10)' },
    { line: 103, text: '版权声明:本站内容均来自互联网,仅供演示用,…QQ:729038198,…', reason: 'site copyright notice' },
  ],
  notStructure: [
    { line: 9, text: '\u00a0', reason: 'NBSP-only line (also l12, l31, l101): blank' },
    { line: 17, text: '上海电信宽带免费提速  以上海电信全面实施…', reason: 'project/具体事项 name run into the task paragraph with two spaces; not a heading on its own line' },
  ],
  quirks: [
    'TRUNCATED: 32 重点任务 / 118 具体事项 declared (l11), only parts 一–二 with 23 tasks survive; the importer must report found≠declared.',
    'Part headings carry their own declared counts in parentheses: l13 "(4项重点任务、21个具体事项)", l32 "(19项重点任务、60个具体事项)".',
    'Hard line breaks inside sentences (PDF columns): l17→18, l22→23, l28→29, l36→37, l44→45, l51→52, l58→59, l68→69, l75→76, l82→83, l98→99. Continuation lines start at column 0 without indentation.',
    'Indentation is NBSP (U+00A0) + ASCII space; blank lines are NBSP-only (l9, l12, l31, l101).',
    'Each task ends with "(责任单位:…)" (lead only) and is followed by a "功能标志:到2013年,…" paragraph that carries the indicators; 功能标志 is task body, not an item.',
    'Notice title split over l2-l3; issuer/date on l7-l8 with Chinese-numeral date "二○一一年十一月十六日".',
    'Three spellings of the period: "2011-2013" (l1, l5), "2011——2013" (l3), "2011—2013" (l10).',
  ],
};

// ───────────────────────────────────────────────────────────── 002 杨浦 2015–2017 ──
const YANGPU_2015: SeedExpectation = {
  label: '杨浦区“智慧城市”建设三年行动计划(2015-2017)',
  meta: {
    title: '杨浦区“智慧城市”建设三年行动计划(2015-2017)', // l33 "杨浦区“智慧城市”建设三年行动计划" + l35 "2015-2017" (title broken over two lines)
    titleAlt: ['杨浦区“智慧城市”建设三年行动计划'],
    district: '杨浦区',
    city: '上海市',
    period: { start: 2015, end: 2017 },
    issuer: '上海市杨浦区人民政府办公室', // l7
    docNumber: '杨府办发〔2016〕30号', // l3
    issuedOn: '2016-07-18', // l29 "2016718" = 2016年7月18日 with 年/月/日 lost; UNCERTAIN (report it)
    issuedOnRaw: '2016718',
    issuedOnUncertain: true, // NB: l1 "… 2016-07-28" is the web page's publication date, not the issue date
    addressees: ['区政府各委、办、局', '各街道办事处', '五角场镇政府'], // l19
  },
  truncated: false, // last line l1380 (no trailing newline) ends 五、(六) with a complete sentence
  counts: {
    ...ZERO,
    part: 5, // 一、背景和基本评估 l37, 二、发展重点 l227, 三、支撑体系 l1220, 四、行动实施机制 l1325, 五、保障措施 l1354
    section: 17, // (一)…(六) l39-221 (6) + 四 (一)…(五) l1327-1345 (5) + 五 (一)…(六) l1356-1378 (6)
    action: 8, // 行动一…五 l231/289/315/371/387 + 支撑体系一…三 l1224/1256/1288
    task: 48, // 重点任务1…28 l235-401 + 重点专项1…20 l1228-1320
    item: 3, // "1)" "2)" "3)" l251/253/255 under 重点任务3 — the only marked sub-points under a task
    appendix: 1, // 重点任务分解表 l420-1214 (see notes: not titled 附件, sits between 二 and 三)
  },
  countsAlt: {
    appendix: [0], // if the 分解表 is treated as a body table of part 二 rather than an annex
    item: [8, 10], // +5 run-in sub-points of 重点任务28 (l405-413 "推动信息基础设施集约建设。…"), +2 of 重点任务8 (l285, l287)
  },
  declared: [
    { line: 229, text: '推动建设“智慧杨浦”28个重点任务', kind: 'task', scope: '二、发展重点 (重点任务)', declared: 28, found: 28, matches: true },
    { line: 229, text: '对接“活力上海”五大行动', kind: 'action', scope: '二、发展重点 (行动)', declared: 5, found: 5, matches: true, note: 'refers to the city\'s five actions; the plan mirrors them with 行动一…五' },
    { line: 1222, text: '三大支撑体系', kind: 'action', scope: '三、支撑体系', declared: 3, found: 3, matches: true },
    { line: 1222, text: '推动建设20个重点专项', kind: 'task', scope: '三、支撑体系 (重点专项)', declared: 20, found: 20, matches: true },
  ],
  parts: [
    { line: 37, number: '一、', heading: '背景和基本评估' },
    { line: 227, number: '二、', heading: '发展重点' },
    { line: 1220, number: '三、', heading: '支撑体系' },
    { line: 1325, number: '四、', heading: '行动实施机制' },
    { line: 1354, number: '五、', heading: '保障措施' },
  ],
  sections: [
    { line: 39, number: '(一)', heading: '行动背景研究' },
    { line: 53, number: '(二)', heading: '发展现状' },
    { line: 159, number: '(三)', heading: '指导思想' },
    { line: 163, number: '(四)', heading: '基本原则' },
    { line: 187, number: '(五)', heading: '发展目标' },
    { line: 221, number: '(六)', heading: '任务概要-特色杨浦' },
    { line: 1327, number: '(一)', heading: '任务分工机制' },
    { line: 1333, number: '(二)', heading: '资金投资机制' },
    { line: 1337, number: '(三)', heading: '项目试点开展机制' },
    { line: 1341, number: '(四)', heading: '资源整合协调机制' },
    { line: 1345, number: '(五)', heading: '人才资本储备机制' },
    { line: 1356, number: '(一)', heading: '加快人才队伍建设,提供智力支持' },
    { line: 1362, number: '(二)', heading: '强化项目管理机制,落实评估考核' },
    { line: 1366, number: '(三)', heading: '定期审视建设成效,实现滚动提升' },
    { line: 1370, number: '(四)', heading: '创新投资融资体系,确保资金投入' },
    { line: 1374, number: '(五)', heading: '完善相关政策标准,优化建设环境' },
    { line: 1378, number: '(六)', heading: '加强组织领导,统筹推进落实' },
  ],
  actions: [
    { line: 231, number: '行动一', heading: '提升服务水平,打造精细规范的智慧城管' }, // trailing "。" in source dropped
    { line: 289, number: '行动二', heading: '优化电子政务,建设一体化的智慧政务' },
    { line: 315, number: '行动三', heading: '立足民生服务,打造便捷贴心的智慧生活' },
    { line: 371, number: '行动四', heading: '创新经济发展,建设集约高效的智慧产业' },
    { line: 387, number: '行动五', heading: '推动示范先导,打造智慧杨浦新标杆' },
    { line: 1224, number: '支撑体系一', heading: '建设具备国际水平的下一代城市信息基础设施' },
    { line: 1256, number: '支撑体系二', heading: '加快新一代信息技术产业发展' },
    { line: 1288, number: '支撑体系三', heading: '深化网络安全保障建设' },
  ],
  tasks: [
    { line: 235, number: '重点任务1', heading: '建设综合云平台' }, // no ':' in source
    { line: 239, number: '重点任务2', heading: '城市综合管理信息化' },
    { line: 243, number: '重点任务3', heading: '推进三网融合' }, // no ':' in source
    { line: 265, number: '重点任务4', heading: '食品安全管理信息化' },
    { line: 269, number: '重点任务5', heading: '环境保护信息化' },
    { line: 273, number: '重点任务6', heading: '市容绿化管理信息化' },
    { line: 277, number: '重点任务7', heading: '公共安全信息化' },
    { line: 281, number: '重点任务8', heading: '智能化城市生命线' },
    { line: 293, number: '重点任务9', heading: '电子政务一体化' },
    { line: 297, number: '重点任务10', heading: '政府公共数据开放服务' },
    { line: 301, number: '重点任务11', heading: '优化公共服务渠道' },
    { line: 305, number: '重点任务12', heading: '提升电子政务网络服务能级' },
    { line: 309, number: '重点任务13', heading: '公共信用信息服务平台' },
    { line: 319, number: '重点任务14', heading: '智慧交通' },
    { line: 335, number: '重点任务15', heading: '智慧健康' },
    { line: 339, number: '重点任务16', heading: '智慧教育' },
    { line: 343, number: '重点任务17', heading: '智慧养老' },
    { line: 347, number: '重点任务18', heading: '智慧文化' },
    { line: 351, number: '重点任务19', heading: '智慧旅游' },
    { line: 355, number: '重点任务20', heading: '智慧就业' },
    { line: 359, number: '重点任务21', heading: '智慧气象' },
    { line: 363, number: '重点任务22', heading: '无障碍智慧信息交流环境建设' },
    { line: 375, number: '重点任务23', heading: '互联网金融' },
    { line: 379, number: '重点任务24', heading: '智慧商务' },
    { line: 383, number: '重点任务25', heading: '智慧企业' },
    { line: 391, number: '重点任务26', heading: '智慧社区' },
    { line: 395, number: '重点任务27', heading: '智慧商圈' },
    { line: 401, number: '重点任务28', heading: '智慧园区' },
    { line: 1228, number: '重点专项1', heading: '宽带城市深化' },
    { line: 1232, number: '重点专项2', heading: '无线城市提升' },
    { line: 1244, number: '重点专项3', heading: '功能性设施建设' },
    { line: 1248, number: '重点专项4', heading: '通信枢纽建设' },
    { line: 1252, number: '重点专项5', heading: '下一代互联网建设' },
    { line: 1260, number: '重点专项6', heading: '集成电路' },
    { line: 1264, number: '重点专项7', heading: '高端软件' },
    { line: 1268, number: '重点专项8', heading: '云计算' },
    { line: 1272, number: '重点专项9', heading: '大数据' },
    { line: 1276, number: '重点专项10', heading: '物联网' },
    { line: 1280, number: '重点专项11', heading: '网络视听' },
    { line: 1284, number: '重点专项12', heading: '网络安全技术产业' },
    { line: 1292, number: '重点专项13', heading: '基础网络安全运行' },
    { line: 1296, number: '重点专项14', heading: '重要网站和信息系统安全保障' },
    { line: 1300, number: '重点专项15', heading: '重点行业工业控制系统安全防护' },
    { line: 1304, number: '重点专项16', heading: '完善互联网内容安全管理' },
    { line: 1308, number: '重点专项17', heading: '完善网络安全基础设施' },
    { line: 1312, number: '重点专项18', heading: '完善网络安全监管和应急处置' },
    { line: 1316, number: '重点专项19', heading: '加强网络空间综合治理' },
    { line: 1320, number: '重点专项20', heading: '提升全社会网络安全意识' },
  ],
  firstTask: { line: 235, number: '重点任务1', heading: '建设综合云平台' },
  lastTask: { line: 1320, number: '重点专项20', heading: '提升全社会网络安全意识' }, // last 重点任务 is 重点任务28 智慧园区 l401
  appendices: [{ line: 420, number: '', heading: '杨浦区智慧城市建设三年行动计划重点任务分解表' }],
  // Main text "(责任单位:…)" at the end of a task paragraph is the lead (no partner column anywhere).
  // The 分解表 has its own 责任单位 per row (table value in `source` where it differs).
  deptSamples: [
    { kind: 'task', number: '重点任务2', heading: '城市综合管理信息化', lead: ['区绿化市容局', '各街道(镇)'], partners: [], lines: [241], source: 'l241 "责任单位:区绿化市容局、各街道(镇))" — opening "(" missing, extra ")"' },
    { kind: 'task', number: '重点任务3', heading: '推进三网融合', lead: ['区商务委', '区科委', '区卫生计生委', '区教育局', '各街道(镇)', '区电信局', '中国移动', '中国电信', '东方有线杨浦分公司'], partners: [], lines: [263], source: 'l263, nested "(镇)" inside the parenthesis, trailing 等 dropped' },
    { kind: 'task', number: '重点任务4', heading: '食品安全管理信息化', lead: ['市场监管局'], partners: [], lines: [267], source: 'l267 "(责任单位:市场监管局" — unclosed, end of line; table l564/572 "市场监管"' },
    { kind: 'task', number: '重点任务6', heading: '市容绿化管理信息化', lead: ['区绿化市容局'], leadAlt: ['区绿化市容'], partners: [], lines: [275, 616], source: 'l275 truncated "(责任单位:区绿化市容"; table l616-632 "区绿化市容局"' },
    { kind: 'task', number: '重点任务7', heading: '公共安全信息化', lead: ['公安分局', '消防局', '绿化市容局'], partners: [], lines: [279], source: 'half-width commas as separators; table l642 "区公安分局,区消防局,绿化市容局等相关部门"' },
    { kind: 'task', number: '重点任务8', heading: '智能化城市生命线', lead: ['区电力公司', '区水务管理所'], partners: [], lines: [287], source: 'l287 (table: one row each, l682/l690)' },
    { kind: 'task', number: '重点任务9', heading: '电子政务一体化', lead: ['科委'], leadAlt: ['区科委'], partners: [], lines: [295, 704], source: 'l295 "科委" (no 区); table l704 "区科委"' },
    { kind: 'task', number: '重点任务15', heading: '智慧健康', lead: ['区卫生计生委'], partners: [], lines: [337], source: 'l337; table l824 区卫生计生委, l832/840/848 "卫生计生委"' },
    { kind: 'task', number: '重点任务22', heading: '无障碍智慧信息交流环境建设', lead: ['区科委', '区文广局'], partners: [], lines: [369], source: 'l369, paragraph 3 of the task; not in the 分解表' },
    { kind: 'task', number: '重点任务23', heading: '互联网金融', lead: ['区科委', '区金融办'], partners: [], lines: [377], source: 'l377 "(区科委、区金融办)" — no "责任单位:" label' },
    { kind: 'task', number: '重点任务26', heading: '智慧社区', lead: ['各街道(镇)'], partners: [], lines: [393], source: 'l393 "(责任单位:各街道(镇))"; table l1078… "各街道办"' },
    { kind: 'task', number: '重点任务28', heading: '智慧园区', lead: ['区科委', '相关园区'], partners: [], lines: [413], source: 'l413' },
  ],
  indicatorSamples: [
    { line: 195, ownerKind: 'section', owner: '发展目标', name: '信息化与工业化融合指数', value: 88.5, unit: '', comparator: '>=', year: 2017, text: '信息化与工业化融合指数争取达到88.5' },
    { line: 195, ownerKind: 'section', owner: '发展目标', name: '电子商务交易额年均增长', value: 30, unit: '%', comparator: '>=', year: 2017, text: '年均增长30%以上' },
    { line: 195, ownerKind: 'section', owner: '发展目标', name: '研发投入占杨浦区国内生产总值比重', value: 4.74, unit: '%', comparator: '>=', year: 2017, text: '研发投入占杨浦区国内生产总值比重超过4.74%' },
    { line: 211, ownerKind: 'section', owner: '发展目标', name: '家庭宽带接入户', value: 45, unit: '万家', comparator: '>=', year: 2017, text: '区内家庭宽带接入户达到45万家' },
    { line: 211, ownerKind: 'section', owner: '发展目标', name: '家庭高清电视户数', value: 20, unit: '万户', comparator: '>', year: 2017, text: '家庭高清电视户数大于20万户', note: '大于 → ">"' },
    { line: 219, ownerKind: 'section', owner: '发展目标', name: '养老设施信息化率', value: 40, unit: '%', comparator: '>=', year: 2017, text: '养老设施信息化率达到40%', note: 'paragraph opens "至2016年," for its first sentence only; later sentences take the end year 2017 (ambiguous)' },
    { line: 337, ownerKind: 'task', owner: '智慧健康', name: '市民电子健康档案建档率', value: 100, unit: '%', comparator: '>=', year: 2017, text: '市民电子健康档案建档率、电子病历使用率、医院间资源和信息共享率等基本达到100%', note: 'one value for three names; at least the first must be produced' },
    { line: 399, ownerKind: 'task', owner: '智慧商圈', name: '车牌照识别率', value: 99, unit: '%', comparator: '>=', year: 2017, text: '达到车牌照识别率99%' },
    { line: 1234, ownerKind: 'task', owner: '无线城市提升', name: '3G4G用户普及率', value: 75, unit: '%', comparator: '>=', year: 2017, text: '3G4G用户普及率达到75%' },
  ],
  milestoneSamples: [
    { line: 440, number: '重点任务1', task: '建设综合云平台', year: 2015, stage: '启动', text: '建立政务云平台' },
    { line: 460, number: '重点任务1', task: '建设综合云平台', year: 2017, stage: '完成', text: '建立产业云平台' },
    { line: 540, number: '重点任务3', task: '推进三网融合', year: 2015, stage: '启动', text: '完成NGB网络一期建设。建立40NGB站点,实现90%的网络覆盖率', note: 'after the page-break repeat of the header (l524-530)' },
    { line: 542, number: '重点任务3', task: '推进三网融合', year: 2016, stage: '推进', text: '继续完善NGB网络建设' },
    { line: 658, number: '重点任务7', task: '公共安全信息化', year: 2015, stage: '启动', text: '建立人群聚集风险监测与预警系统', note: 'after the page-break repeat l652-656' },
    { line: 772, number: '重点任务13', task: '公共信用信息服务平台', year: 2016, stage: '完成', text: '法人共享库诚信档案平台', note: '2017 cell l774 is "——": no 2017 milestone for this row' },
    { line: 792, number: '重点任务14', task: '智慧交通', year: 2015, stage: '完成', text: '五角场地下空间行人诱导系统', note: '2016/2017 cells "——"' },
    { line: 958, number: '重点任务20', task: '智慧就业', year: 2016, stage: '推进', text: '创建就业微信平台' },
    { line: 998, number: '重点任务23', task: '互联网金融', year: 2017, stage: '完成', text: '金融信用信息采集和共享机制' },
    { line: 1074, number: '重点任务26', task: '智慧社区', year: 2016, stage: '完成', text: '民生服务在线', note: '2017 cell l1076 is EMPTY (not "——"): the row has only two year cells before 各街道办 l1078' },
  ],
  // 234 cells ending in a stage marker between l440 and l1212: 启动 41, 推进 108, 完成 75, 阶段性完成 8, 推进完成 2.
  // 86 table rows (85 regular + 1 merged 智慧旅游 row l950 without stage), covering 26 of the 28 重点任务
  // (重点任务21 智慧气象 and 22 无障碍… have no rows). "——" cells: 20.
  milestoneTotal: 234,
  chrome: [
    { line: 1, text: '关于印发杨浦区“智慧城市”建设三年行动计划(2015-2017)的通知 2016-07-28', reason: 'web page title + publication date (the notice title proper is l11+l15)' },
  ],
  notStructure: [
    { line: 201, text: '12013-2017年 信息化与工业化融合指数发展趋势分析图', reason: 'figure caption with the figure number glued to a year ("图1 2013-2017年"); also l205, l207, l215 ("42012-2017年 …" is NOT year 42012)' },
    { line: 225, text: '5:杨浦智慧城市建设顶层设计图', reason: 'figure caption (also l259 "6NGB-W…", l327 "7:…", l329 "8:…", l1238 "92013-2017 3G4G…")' },
    { line: 416, text: '杨浦区智慧城市建设三年行动计划行动路径', reason: 'figure title; l418 "行动路径1" is its label — NOT an action' },
    { line: 434, text: '行动一、', reason: 'table 行动类别 cell (action cells: l434, l692 "行动二:", l786, l964, l1066; page-break repeats: l524, l652, l910, l1044, l1162) — none of these are new actions' },
    { line: 530, text: '推进三网融合', reason: 'table task cell repeated after a page break (also l656 公共安全信息化) — same task, not new' },
    { line: 41, text: '1、国务院提出智慧城市建设的计划', reason: 'numbered background sub-heading in 一、(一) (also l45 "2上海市…", l49 "3杨浦区…" with the 、 lost) — not tasks' },
    { line: 117, text: '① 停车诱导系统建设。…', reason: '①…⑥ (l117-127) enumerate existing projects in the 调研总结 of 一、(二) — not items of a task' },
    { line: 167, text: '1.坚持民生优先,着眼幸福杨浦。', reason: 'numbered principle of (四)基本原则 (1.…5. l167-183) — not tasks' },
    { line: 191, text: '1助推产业结构转型升级,推动智慧杨浦建设', reason: 'goal sub-heading of (五)发展目标 (also l209 "2强化…", l217 "3提升…") — not tasks' },
  ],
  quirks: [
    'Task headings without ":" — l235 "重点任务1建设综合云平台", l243 "重点任务3推进三网融合".',
    'Action headings end with "。" (l231, l315, l371, l387, l1224, l1256, l1288).',
    'Numbered sub-headings lose their separator: l45 "2上海市…", l55 "1上一轮…", l129 "3存在的问题", l141 "4发展诉求", l191/209/217.',
    'Figure numbers run into captions: l201 "12013-2017年…", l205 "22013-2017年…", l207 "32011-2017年…", l215 "42012-2017年…", l1238 "92013-2017…" — never parse these as years/numbers.',
    'Dates garbled: l29 "2016718" (issue date), l261 "20166月底" (= 2016年6月底), l540 "建立40NGB站点" (个 lost).',
    '重点任务分解表 l420-1214: one table cell per line, blank/NBSP lines between; header cells l422-432 (行动类别/重点任务/2015年项目/2016年项目/2017年项目/责任单位); each row = 2015, 2016, 2017 cell then 责任单位. Action cells appear as two lines ("行动一、" + heading) and are repeated after page breaks; task cells repeated after page breaks (l530, l656).',
    'Table irregularities: "——" for no work in a year; l1076 an empty 2017 cell; l950 one merged cell for all three years (智慧旅游) without stage; l1168 one cell with two stages "…(推进),湾谷科技园(完成)"; stages "(阶段性完成)" (8×) and "(推进完成)" (2×); l698/700/702 and l734 lost their opening quote ("3+1+x”…", "12345”…"); the two "(推进完成)" cells are l718 and l734.',
    'Table 责任单位 truncated: l806/l814 "区建" (= 区建管委); "卫生计生委" without 区 (l832-848); "市场监管" (l564/572).',
    'Main-text 责任单位 broken: l241 missing "(", l267/l271 unclosed, l275 truncated "区绿化市容", l377 no "责任单位:" label, l279/l271 half-width commas.',
    '重点任务3 (l243-263) contains a whole embedded project description (NGB-W) with items 1)2)3) and a figure caption.',
    'Lines of NBSP only between paragraphs (e.g. l5, l9, l13, l23…).',
  ],
};

// ───────────────────────────────────────────────────────────── 003 奉贤 2020–2022 ──
const FENGXIAN_2020: SeedExpectation = {
  label: '上海市奉贤区推进智慧城市建设三年行动计划(2020-2022)',
  meta: {
    title: '上海市奉贤区推进智慧城市建设三年行动计划(2020-2022)', // l12
    titleAlt: ['奉贤区推进智慧城市建设三年行动计划(2020-2022)'],
    district: '奉贤区',
    city: '上海市',
    period: { start: 2020, end: 2022 },
    issuer: '上海市奉贤区人民政府办公室', // l3 "上海市奉贤区人民政府办公室 关于转发《…》的通知"
    docNumber: null, // none in the text
    issuedOn: '2020-08-27', // l10 "2020年8月27日" (l4 "发布时间:2020-09-03" is the web publication date)
    issuedOnRaw: '2020年8月27日',
    issuedOnUncertain: false,
    addressees: ['各镇人民政府', '街道办事处', '开发区管委会', '区政府各部门', '区属公司', '各有关单位'], // l6
  },
  truncated: false, // ends 三、(四) l142, then site chrome
  counts: {
    ...ZERO,
    part: 3, // 一、总体要求 l16, 二、主要工作任务 l26, 三、机制措施 l126
    section: 6, // (一)(二) l18/22 + (一)…(四) l128-140
    action: 5, // 行动一…五 l30/46/66/94/110
    task: 19, // "1."…"19." l34-122, numbered continuously across actions (3+4+6+3+3)
    item: 0, // task bodies are single paragraphs
    appendix: 0,
  },
  declared: [
    { line: 28, text: '通过五大行动', kind: 'action', scope: 'plan', declared: 5, found: 5, matches: true },
    { line: 28, text: '十九项任务', kind: 'task', scope: 'plan', declared: 19, found: 19, matches: true },
  ],
  parts: [
    { line: 16, number: '一、', heading: '总体要求' },
    { line: 26, number: '二、', heading: '主要工作任务' },
    { line: 126, number: '三、', heading: '机制措施' },
  ],
  sections: [
    { line: 18, number: '(一)', heading: '指导思想' },
    { line: 22, number: '(二)', heading: '发展目标' },
    { line: 128, number: '(一)', heading: '加强组织领导' },
    { line: 132, number: '(二)', heading: '强化建设管理' },
    { line: 136, number: '(三)', heading: '注重人才建设' },
    { line: 140, number: '(四)', heading: '完善可持续发展模式' },
  ],
  actions: [
    { line: 30, number: '行动一', heading: '全面推进“一网通办”,提升政务服务能力' },
    { line: 46, number: '行动二', heading: '加快推进“一网统管”,提升社会治理能力' },
    { line: 66, number: '行动三', heading: '深耕智慧民生应用,做实便民惠民' },
    { line: 94, number: '行动四', heading: '数字赋能新兴产业,促进经济增长' },
    { line: 110, number: '行动五', heading: '加强网络和信息安全建设,夯实智慧城市基础' },
  ],
  tasks: [
    { line: 34, number: '1.', heading: '升级改造新型政务外网' },
    { line: 38, number: '2.', heading: '建设完善区大数据平台' },
    { line: 42, number: '3.', heading: '深化“互联网+政务服务”' },
    { line: 50, number: '4.', heading: '全力打造“智慧城运中心”' },
    { line: 54, number: '5.', heading: '建立健全“智慧应急”' },
    { line: 58, number: '6.', heading: '加快建设“智慧公安”' },
    { line: 62, number: '7.', heading: '建设完善“智慧生态”' },
    { line: 70, number: '8.', heading: '积极建设“智慧社区”' },
    { line: 74, number: '9.', heading: '深入拓展“智慧交通”' },
    { line: 78, number: '10.', heading: '融合发展“智慧健康”' },
    { line: 82, number: '11.', heading: '扎实推进“智慧教育”' },
    { line: 86, number: '12.', heading: '深化完善“智慧养老”' },
    { line: 90, number: '13.', heading: '创新发展“智慧文旅”' },
    { line: 98, number: '14.', heading: '探索创新“智慧制造”' },
    { line: 102, number: '15.', heading: '优化升级“智慧服务”' },
    { line: 106, number: '16.', heading: '鼓励培育“智慧农业”' },
    { line: 114, number: '17.', heading: '建设5G和固网“双千兆”宽带网络' },
    { line: 118, number: '18.', heading: '推动城域物联专网建设' },
    { line: 122, number: '19.', heading: '强化信息安全防护' },
  ],
  firstTask: { line: 34, number: '1.', heading: '升级改造新型政务外网' },
  lastTask: { line: 122, number: '19.', heading: '强化信息安全防护' },
  appendices: [],
  // 【牵头单位:…,配合单位:…】 at the end of each task paragraph (all 19 tasks have one).
  deptSamples: [
    { kind: 'task', number: '1.', heading: '升级改造新型政务外网', lead: ['区行政服务中心(区政务数据管理中心)'], partners: ['区科委(信息委)'], lines: [36], source: '"…(区政务数据管理中心)、配合单位:…" — 、 instead of , before 配合单位' },
    { kind: 'task', number: '2.', heading: '建设完善区大数据平台', lead: ['区政务服务办', '区行政服务中心(政务数据管理中心)'], partners: ['区科委(信息委)', '区城运中心'], lines: [40], source: 'l40' },
    { kind: 'task', number: '3.', heading: '深化“互联网+政务服务”', lead: ['区政务服务办', '区科委(信息委)', '区行政服务中心(政务数据管理中心)'], partners: ['各街镇', '海湾旅游区', '头桥集团'], lines: [44], source: 'l44' },
    { kind: 'task', number: '5.', heading: '建立健全“智慧应急”', lead: ['区应急局', '区卫生健康委', '区民防办', '区气象局'], partners: ['区城运中心'], lines: [56], source: 'l56' },
    { kind: 'task', number: '6.', heading: '加快建设“智慧公安”', lead: ['区公安分局'], partners: [], lines: [60], source: 'lead only' },
    { kind: 'task', number: '9.', heading: '深入拓展“智慧交通”', lead: ['区建设管理委(交通委)'], partners: ['区公安分局'], lines: [76], source: 'l76' },
    { kind: 'task', number: '10.', heading: '融合发展“智慧健康”', lead: ['区卫生健康委'], partners: ['区医保局'], lines: [80], source: 'l80' },
    { kind: 'task', number: '16.', heading: '鼓励培育“智慧农业”', lead: ['区农业农村委'], partners: [], lines: [108], source: 'l108 "【牵头单位:区农业农村委" — closing 】 lost (line cut)' },
    { kind: 'task', number: '18.', heading: '推动城域物联专网建设', lead: ['区城运中心', '区科委(信息委)', '各街镇', '海湾旅游区', '头桥集团', '行业主管部门'], partners: [], lines: [120], source: 'l120' },
    { kind: 'task', number: '19.', heading: '强化信息安全防护', lead: ['区委网信办', '区科委(信息委)', '区政务数据管理中心', '区融媒体中心'], partners: ['各部门'], lines: [124], source: 'l124' },
  ],
  // Only 5 numeric targets in the plan. Year 2022 (plan end; "三年内" = by 2022).
  indicatorSamples: [
    { line: 80, ownerKind: 'task', owner: '融合发展“智慧健康”', name: '医院覆盖率', value: 100, unit: '%', comparator: '=', year: 2022, text: '力争医院覆盖率100%', note: 'plain "力争…100%" → "=" (">=" acceptable: 100% is a ceiling)' },
    { line: 116, ownerKind: 'task', owner: '建设5G和固网“双千兆”宽带网络', name: '新建5G基站', value: 2000, unit: '个', comparator: '>=', year: 2022, text: '三年内新建5G基站不少于2000个' },
    { line: 116, ownerKind: 'task', owner: '建设5G和固网“双千兆”宽带网络', name: '5G基站累计', value: 3000, unit: '个', comparator: '>=', year: 2022, text: '力争累计达到3000个' },
    { line: 116, ownerKind: 'task', owner: '建设5G和固网“双千兆”宽带网络', name: '移动通信网络、固定宽带网络接入能力平均', value: 1000, unit: 'Mbps', comparator: '>=', year: 2022, text: '固定宽带网络接入能力平均达到1000Mbps' },
    { line: 116, ownerKind: 'task', owner: '建设5G和固网“双千兆”宽带网络', name: '用户感知速率平均', value: 50, unit: 'Mbps', comparator: '>=', year: 2022, text: '用户感知速率平均达到50Mbps' },
  ],
  milestoneSamples: [],
  milestoneTotal: 0,
  chrome: [
    { line: 1, text: '打造网上国际投资促进平台 致力于中国投资促进事业', reason: 'site slogan' },
    { line: 2, text: '您现在的位置:首页 > 政策法规 > 产业', reason: 'breadcrumb' },
    { line: 4, text: '发布时间:2020-09-03    来源:上海市奉贤区人民政府', reason: 'page metadata (publication date ≠ issue date)' },
    { line: 144, text: '下一条:上海市奉贤区人民政府关于印发《奉贤区关于进一步加强土地出让金分配管理的意见》的通知', reason: 'next-article link' },
    { line: 145, text: '与我们联系', reason: 'footer' },
    { line: 146, text: '  • 联系电话:+86-0512-53660867', reason: 'footer (a "•" bullet that is NOT an item)' },
    { line: 147, text: '  • 传  真:+86-0512-53660867', reason: 'footer' },
    { line: 148, text: '  • 邮  箱:info@investchn.com', reason: 'footer' },
    { line: 149, text: 'Copyright © 2015-2025 InvestCHN.com All Rights Reserved. 版权所有:投促中国', reason: 'footer' },
  ],
  notStructure: [
    { line: 3, text: '上海市奉贤区人民政府办公室 关于转发《上海市奉贤区推进智慧城市建设 三年行动计划(2020-2022)》的通知', reason: 'notice title (issuer + title on one line, stray space inside the plan title)' },
  ],
  quirks: [
    'Tasks numbered "1."…"19." continuously across the five actions (not restarting per action).',
    'Departments in 【牵头单位:…,配合单位:…】; l36 separates with 、 instead of ,; l108 lost the closing 】.',
    'Department names contain parentheses: "区科委(信息委)", "区行政服务中心(区政务数据管理中心)", "区建设管理委(交通委)" — split on 、/, outside parentheses only.',
    'Paragraphs indented with two ASCII spaces; headings too ("  一、总体要求").',
    'Footer has "•" bullets (l146-148) after the plan ends — must not become items.',
  ],
};

// ───────────────────────────────────────────────────────────── 004 静安 十一五 2006–2010 ──
const JINGAN_11TH: SeedExpectation = {
  label: '静安区国民经济和社会信息化“十一五”规划',
  meta: {
    title: '静安区国民经济和社会信息化“十一五”规划', // l1
    district: '静安区',
    city: '上海市', // from the issuer name
    period: { start: 2006, end: 2010 }, // "十一五" = 2006–2010 (not written in digits; "到2010年" l5)
    issuer: '上海市静安区信息化委员会', // l2 "上海市静安区信息化委员会二○○五年十一月" (issuer and date run together)
    docNumber: null,
    issuedOn: null, // month only: "二○○五年十一月" → report uncertain {field:'issuedOn', raw:'二○○五年十一月'}
    issuedOnRaw: '二○○五年十一月',
    issuedOnUncertain: true,
    addressees: [], // no cover notice
  },
  truncated: false, // ends 第四章 三、 "5.营造电子商务的发展环境。…" with a complete sentence; TOC matches the chapters found
  counts: {
    ...ZERO,
    part: 4, // 第一章 l4, 第二章 l5, 第三章 l6, 第四章 l7 (l3 is the 目录 listing them again)
    section: 13, // "一、" inside chapters: 第一章 2 (l4), 第二章 3 (l5), 第三章 5 (l6), 第四章 3 (l7) = TOC l3
    action: 0,
    task: 20, // "1、" under 第三章 主要任务 (l6): 一 3 + 二 5 + 三 6 + 四 3 + 五 3
    item: 0,
    appendix: 0,
  },
  countsAlt: {
    // If every "N、" under a section is a task: + 4 problems (第一章二、 l4) + 12 measures (第四章: 3 + 4 + 5 incl. "5." l7) = 36
    task: [36],
  },
  declared: [
    { line: 6, text: '从以下五个方面加大对信息化建设的推进力度', kind: 'section', scope: '第三章 主要任务', declared: 5, found: 5, matches: true },
    { line: 3, text: '目录 (4 chapters, 13 "一、" entries)', kind: 'part', scope: 'TOC', declared: 4, found: 4, matches: true, note: 'TOC l3 also lists 13 sections, found 13' },
  ],
  parts: [
    { line: 4, number: '第一章', heading: '“十五”信息化工作回顾' }, // TOC l3 calls it "“十五”回顾"
    { line: 5, number: '第二章', heading: '指导思想和总体目标' },
    { line: 6, number: '第三章', heading: '主要任务' },
    { line: 7, number: '第四章', heading: '保障措施' },
  ],
  sections: [
    { line: 4, number: '一、', heading: '“十五”回顾' },
    { line: 4, number: '二、', heading: '存在的主要问题' },
    { line: 5, number: '一、', heading: '指导思想' },
    { line: 5, number: '二、', heading: '总体目标和阶段目标' },
    { line: 5, number: '三、', heading: '信息化发展指标' },
    { line: 6, number: '一、', heading: '完善基础设施建设' },
    { line: 6, number: '二、', heading: '加强信息资源开发利用' },
    { line: 6, number: '三、', heading: '全面推进公共服务领域信息化' },
    { line: 6, number: '四、', heading: '加快社会管理和城市建设信息化' },
    { line: 6, number: '五、', heading: '推进经济领域信息化' },
    { line: 7, number: '一、', heading: '组织协调，完善信息化建设维护的运行机制' }, // TOC: "…建设维护运行机制" (no 的)
    { line: 7, number: '二、', heading: '科学发展，建立健全信息化长效管理机制' },
    { line: 7, number: '三、', heading: '强化基础，优化信息化发展环境' },
  ],
  actions: [],
  tasks: [
    { line: 6, number: '1、', heading: '推进网络普遍接入和应用发展' },
    { line: 6, number: '2、', heading: '完善电子政务基础设施' },
    { line: 6, number: '3、', heading: '建设完善信息枢纽设施' },
    { line: 6, number: '1、', heading: '深化政府信息依法公开' },
    { line: 6, number: '2、', heading: '促进政务信息资源共享' },
    { line: 6, number: '3、', heading: '完善基础数据库建设' },
    { line: 6, number: '4、', heading: '建立政务资源目录体系' },
    { line: 6, number: '5、', heading: '促进信息资源的公益性开发' },
    { line: 6, number: '1、', heading: '建设居民办事服务平台' },
    { line: 6, number: '2、', heading: '建设企业办事服务平台' },
    { line: 6, number: '3、', heading: '建设信息服务平台' },
    { line: 6, number: '4、', heading: '推进实有人口库的应用' },
    { line: 6, number: '5、', heading: '推进小区智能化和家庭信息化建设' },
    { line: 6, number: '6、', heading: '落实市级实事项目' },
    { line: 6, number: '1、', heading: '推进全区社会帮困救助业务管理信息系统的应用' },
    { line: 6, number: '2、', heading: '建立和完善全区应急管理信息平台' },
    { line: 6, number: '3、', heading: '加强地理信息系统建设与应用' },
    { line: 6, number: '1、', heading: '建设宏观经济数据库及其应用系统' },
    { line: 6, number: '2、', heading: '推进法人库的应用' },
    { line: 6, number: '3、', heading: '加快社会诚信体系建设' },
  ],
  firstTask: { line: 6, number: '1、', heading: '推进网络普遍接入和应用发展' },
  lastTask: { line: 6, number: '3、', heading: '加快社会诚信体系建设' },
  appendices: [],
  deptSamples: [], // the plan names no responsible departments
  // 第二章 三、信息化发展指标 (l5): a flattened 2-column table "name<NBSP…> value" with no row separator.
  // Plain table values → '='; year 2010 (十一五 end).
  indicatorSamples: [
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '光纤覆盖率', value: 98, unit: '%', comparator: '=', year: 2010, text: '光纤覆盖率' },
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '机关办公业务实现数字化', value: 95, unit: '%', comparator: '=', year: 2010, text: '机关办公业务实现数字化' },
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '行政审批事项网上实现比例', value: 60, unit: '%', comparator: '=', year: 2010, text: '行政审批事项网上实现比例' },
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '互联网用户数比例', value: 50, unit: '%', comparator: '=', year: 2010, text: '互联网用户数比例' },
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '居民家庭计算机拥有量', value: 95, unit: '台/百户', comparator: '=', year: 2010, text: '居民家庭计算机拥有量', note: 'source "95台/百户家庭信息消费支出占…": the unit is 台/百户, "家庭…" starts the NEXT row' },
    { line: 5, ownerKind: 'section', owner: '信息化发展指标', name: '家庭信息消费支出占消费总支出比例', value: 18, unit: '%', comparator: '=', year: 2010, text: '家庭信息消费支出占消费总支出比例' },
    { line: 6, ownerKind: 'task', owner: '完善电子政务基础设施', name: '机关工作人员人均电脑拥有量', value: 1, unit: '台/人', comparator: '>=', year: 2010, text: '机关工作人员人均电脑拥有量基本达到1台/人' },
    { line: 6, ownerKind: 'task', owner: '建设信息服务平台', name: '行政审批事项网上实现比例', value: 60, unit: '%', comparator: '>=', year: 2010, text: '行政审批事项网上实现比例达到60%' },
  ],
  milestoneSamples: [],
  milestoneTotal: 0,
  chrome: [],
  notStructure: [
    { line: 3, text: '目    录第一章     “十五”回顾一、“十五”回顾 …', reason: 'table of contents on one line — not parts/sections (useful to find heading boundaries)' },
    { line: 4, text: '…部门局域网从2001年的40%增长到2005年底的100%，机关工作人员人均电脑拥有量达到0.62台/人…', reason: 'historical facts in the 十五 review — not targets/indicators' },
  ],
  quirks: [
    'Whole chapters are single lines (l4-l7, 687-2950 chars): every heading is run into its body with no separator: "一、指导思想坚持以…", "二、总体目标和阶段目标到2007年…", "1、信息资源开发利用不够，整合共享机制缺失信息化建设取得…" (no 。 after the heading). Task headings in 第三章/第四章 end at the first "。".',
    'The TOC (l3) gives the exact heading texts and is the only reliable way to cut section headings from their bodies; chapter 1 differs (TOC "“十五”回顾" vs body "“十五”信息化工作回顾"), 第四章一、 differs by one 的.',
    'Full-width ，and ： in this seed (the others use half-width).',
    'Stray "¬" (U+00AC) characters: l6 "…明显提高。¬¬1、建设宏观经济…", l7 "…组织保障。¬    2、加强…".',
    'Numbering style switch at the very end: l7 "4、…" then "5.营造电子商务的发展环境。" (half-width full stop).',
    'The indicator table (l5) is flattened: names and values separated by runs of NBSP, rows not separated ("98%机关办公业务…", "95台/百户家庭信息消费…").',
    'Bold run-in sub-heads in 第一章一、 ("信息化工作格局基本形成。", "信息基础设施日趋完善。", "信息技术广泛应用。", "信息化发展环境不断优化。") are body text.',
    'Date is month-only and in Chinese numerals ("二○○五年十一月", l2), glued to the issuer name.',
  ],
};

export const EXPECTED: Record<string, SeedExpectation> = {
  '000_c5ac5ec241139578.txt': JINGAN_2014,
  '001_93e2e572a76f2d41.txt': PUDONG_2011,
  '002_72028bf86ba9aa86.txt': YANGPU_2015,
  '003_95ba35a700e40d34.txt': FENGXIAN_2020,
  '004_5927250410f73846.txt': JINGAN_11TH,
};

/** Decisions on 杨浦's 分解表 cells that a strict test should treat as "either is fine". */
export const YANGPU_MILESTONE_NOTES = [
  { line: 702, raw: '3+1+x”政务云平台建设(阶段性完成)', expected: { year: 2017, stage: '完成' as Stage }, alt: { stage: null }, why: '阶段性完成 = phase completed; mapped to 完成' },
  { line: 718, raw: '“一门式受理,全区通办”(推进完成)', expected: { year: 2015, stage: '完成' as Stage }, alt: { stage: '推进' as Stage }, why: '推进完成 = pushed to completion' },
  { line: 950, raw: '为第三方运营商提供杨浦区最新规划与信息更新', expected: null, alt: { years: [2015, 2016, 2017], stage: null }, why: 'one merged cell spanning all three year columns, no stage; not counted in milestoneTotal' },
  { line: 1168, raw: '城市光网普及,…上海市云计算创新基地、上海物联网科技园(推进),湾谷科技园(完成)', expected: { year: 2015, stage: '完成' as Stage }, alt: { stage: '推进' as Stage }, why: 'two stages in one cell; the trailing marker is (完成); counted once in milestoneTotal' },
] as const;
