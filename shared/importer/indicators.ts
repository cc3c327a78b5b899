/**
 * Measurable targets in plan text: "家庭光纤入户率达到60%", "建成各类室外无线2400个", "移动宽带用户数达360万",
 * "两化融合指数争取达到85", table rows "光纤覆盖率   98%".
 */
import type { Comparator, Indicator } from '../model/plan';
import { execAll, splitAfter, stringList } from '../text/scan';
import { datedRelativeYears } from './dates';
import { rolesBracket } from './departments';

/**
 * Units as a grammar, not a list fitted to a few plans (docs/importer-grammar.md, "Targets"):
 *   unit     = compound | magnitude? simple | magnitude          ("微克/立方米", "万人次", "亿元", "360万")
 *   compound = magnitude? simple ("/" | "每") per? denominator   ("台/百户", "元/人", "兆比特每秒")
 *   simple   = measure word (量词) | metric unit | money | ratio
 * Letter units M, G, T stand only where a word ends ("20M。", "3M以上", not "5G基站"): see VALUE_RE.
 */
const MAGNITUDE = ['万亿', '千万', '百万', '十万', '亿', '万'];
/** Chinese measure words (量词) of things counted: 个 家 … 人次. */
const MEASURE_WORDS = [
  '人次', '个次', '家次', '户次', '车次', '架次', '批次', '台套', '标箱', '站点',
  '个', '家', '户', '项', '套', '座', '所', '处', '条', '台', '辆', '艘', '架', '根', '盏', '株', '棵', '栋', '幢', '间',
  '张', '床', '名', '位', '人', '场', '批', '支', '款', '种', '块', '路', '站', '部', '件', '册', '份', '本', '篇', '门',
  '只', '头', '口', '眼', '宗', '片', '段', '列', '趟', '班', '次',
];
/** Metric (and customary) units of length, area, volume, mass, power and energy, and computing. */
const METRIC_UNITS = [
  '平方公里', '平方千米', '平方米', '立方米', '公里', '千米', '厘米', '毫米', '米', '公顷', '亩', '吨标准煤', '吨标煤', '吨',
  '千克', '公斤', '毫克', '微克', '克', '升', '千瓦时', '兆瓦时', '千瓦', '兆瓦', '吉瓦', '千伏安', '千伏', '皮长公里',
  '兆比特', '千兆比特', '千兆', '兆', 'PFlops', 'EFlops', 'TFlops', 'PFLOPS', 'EFLOPS', 'TFLOPS', 'km', 'kW', 'MW', 'GW', 'Mbps', 'Gbps', 'MB', 'GB', 'TB',
];
/** Money, shares and other levels that are not counts. */
const OTHER_UNITS = ['美元', '元', '个百分点', '百分点', '%', '％', '‰', '倍', '岁', '分(?!钟|之)'];
/** What a compound unit is "per": 百户, 人, 万人, 平方公里, 秒 … */
const DENOMINATOR = '(?:百|千|万)?(?:户|人口|人|平方公里|平方米|立方米|公顷|亩|升|年|日|天|秒|小时|床|辆|家|台)';
const alt = (xs: string[]) => [...xs].sort((a, b) => b.replace(/\(.*\)/, '').length - a.replace(/\(.*\)/, '').length).map((u) => u.replace(/[/%]/g, (c) => '\\' + c)).join('|');
const SIMPLE = `(?:${alt([...MEASURE_WORDS, ...METRIC_UNITS, ...OTHER_UNITS])})`;
const MAG = `(?:${alt(MAGNITUDE)})`;
const UNIT_RE = `${MAG}?${SIMPLE}(?:[/／]|每)${DENOMINATOR}|${MAG}?${SIMPLE}|${MAG}`;
/** A sum of money, and the names that say which sum a plan counts (funds arrived, investment, revenue, output). */
const MONEY_UNIT = /^(?:万亿|千万|百万|亿|万)?(?:美)?元$/;
const MONEY_NAME = /(?:到位资金|到资|投资|营业收入|营收|产值|销售额|税收|收入|交易额|融资)$/;
/** A whole text that is a unit ("张", "%", "万人次", "人/万人"): the bracket closing an indicator's name in a table. */
const WHOLE_UNIT = new RegExp(`^(?:${UNIT_RE})$`);
export const isUnit = (s: string): boolean => WHOLE_UNIT.test(s);
/** Units of things counted (built, gathered, trained): measure words and metric units, with a magnitude or not. */
const COUNT_WORD = new RegExp(`^${MAG}?(?:${alt(MEASURE_WORDS)})$`);
const COUNTED = new RegExp(`^${MAG}?(?:${alt([...MEASURE_WORDS, ...METRIC_UNITS])})$`);

/**
 * Verbs of level and of change, with the comparator each implies. A level ("提高到20%", "控制在35微克/立方米以内")
 * is the value to reach; a change ("下降15%", "年均增长6%", "提高3个百分点") is the size of the change: its verb stays
 * in the name (单位地区生产总值能耗下降 ≥ 15%), and a change stated as a target is a least change ('>=') unless 左右,
 * 以内 … say otherwise.
 */
const LEVEL_VERBS: [string, Comparator][] = [
  ['不少于|不低于|不小于|力争超过|超过|突破|达到以上|以上', '>='],
  ['控制在|控制到|不超过|不高于|不多于|不大于|下降到|下降至|降低到|降低至|降至|减少到|减少至|减至|压减到|压减至|压缩到|压缩至|压降到|压降至|缩短到|缩短至|缩减到|缩减至', '<='],
  ['大于|高于|多于', '>'],
  ['小于|低于|少于', '<'],
  ['力争累计达到|力争达到|争取达到|累计达到|达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|扩大到|扩大至|上升到|上升至|升至|增至|提至', '>='],
  ['保持在|保持|稳定在|维持在|维持', '='],
  ['约|左右', '~'],
  ['为', '='],
];
/** Verbs of change: the value that follows is by how much, not the level reached. */
const CHANGE_VERBS = '增长|提高|提升|增加|上升|下降|降低|减少|压减|压降|压缩|缩短|削减|扩大|缩小';
const CHANGE_TAIL = new RegExp(`(${CHANGE_VERBS})\\s*$`);

/** A value with its unit; letter units (M, G, T) only where the word ends ("20M。", "3M以上", not "5G基站"). */
const VALUE_RE = new RegExp(
  `(?<![A-Za-z0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(?:(${UNIT_RE})|([MGT](?:bps)?)(?=$|[，,。；;、）)]|以上|以下|左右)|(?=[，,。；;、）)\\s]|$))`,
  'g',
);
/** What every match of VALUE_RE holds. */
const HAS_DIGIT = /[0-9０-９]/;
/** The verb before a value ("覆盖率达到"), longest first (力争达到, not 达到; 下降至, not 降至). */
const VERB_WORDS = LEVEL_VERBS.flatMap(([v]) => v.split('|')).filter((v) => !['以上', '达到以上', '左右'].includes(v));
// (约 is "about" — not the end of 签约, 合约, 预约, 节约 …: "完成征收签约1200户" counts 征收签约, no 征收签 of about 1200)
const VERB_TAIL = new RegExp(`(${alt(VERB_WORDS).replace(/(^|\|)约(?=\||$)/, '$1(?<![签合预节制公条契践履])约')})\\s*$`);
/** Table rows of an indicator list: "光纤覆盖率     98%" */
const TABLE_ROW = new RegExp(`([\\u4e00-\\u9fa5A-Za-z]{3,30}?)\\s{2,}([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(${UNIT_RE})`, 'g');

/**
 * The year a sentence names ("到2013年", "2015 年底"): only the year is read, and the leftmost "(到|至|于|在)? YYYY年" holds
 * the same year as the leftmost "YYYY年", so the words around it are not matched.
 */
const YEAR_RE = /(20[0-9]{2}|19[0-9]{2})\s*年/;
/** A sentence states a target when it names a year to reach or a level to reach … */
const TARGET_CONTEXT = new RegExp(`(到20[0-9]{2}年|至20[0-9]{2}年|力争|目标|功能标志|实现|建成|新建|新增|累计|形成|完成|指标|${alt(VERB_WORDS.filter((v) => !['达', '为', '约'].includes(v)))}|${CHANGE_VERBS})`);
/** … or a count of things to build, cultivate or gather ("推出精品民宿100家"): then only counted units are read. */
const COUNT_CONTEXT = /(建设|新改扩?建|新扩建|改扩建|培育|推出|集聚|引进|打造|创建|改造|募集|实施|开展|设立|每年|扶持|开放|修复|治理|举办|上线|接入|种植|供应)/;
/**
 * Counts in a sentence naming no verb of either list: "整治老旧小区45个", "开通公交线路12条", "安装智能路灯800盏". Any verb
 * may stand before the object; the count must close its clause (a number and a measure word before 。，；、 or 以上) and
 * the clause name no stock (共有, 现有, 面积, 人口 …: what exists is no target).
 */
const OPEN_COUNT = new RegExp(`[\\u4e00-\\u9fa5][0-9０-９]+(?:[.．][0-9０-９]+)?\\s*${MAG}?(?:${alt([...MEASURE_WORDS, ...METRIC_UNITS])})(?:以上|左右)?\\s*(?:[，,。；;、）)（(]|$)`);
/** A line under the label of a table column that reports (进展情况, 落实情况 …) or gives a quarter's step (二季度). */
export const REPORT_LINE = /^\s*(?:[^\s：:\n]{0,4}(?:进展情况|落实情况|完成情况|推进情况|办理情况|办结情况|工作进展|进展|状态)|第?[一二三四1-4]季度(?:末|目标|进度|节点)?)\s*[:：]/m;
/**
 * The words of what is there at a date (截至2024年底, 目前, 现有) and of what was done (已, 此前, 过去): one source for the
 * three uses, which differ on purpose in what they add (docs/importer-grammar.md, "Words of what is there"):
 * - enrich.ts `PAST_SENTENCE` leaves a sentence (or, in one aiming at a year, a clause) naming one out before any value
 *   is read — these words only: it runs on every sentence, targets too, so no word a target says as well (期间 in
 *   "“十五五”期间…达到…", 上年 in "较上年增长8%", 以来) may be in it;
 * - `OPEN_PAST` marks a sentence of open counts, with no word of target, as an account — these and the words of an
 *   account or a stock (共有, 涉及, 期间, 以来, 先后, 去年, 上年): a sentence without a target word may be cut by any of them;
 * - `BASE_WORD` marks where a baseline begins inside a sentence that also states its target, up to the plan's first year
 *   said after it — 截至/截止/目前/现有 and 已 with what was had or done (已有, 已建, 已完成 …): bare 已 or 过去 would start a
 *   zone inside a target's own words ("已纳入计划的…项目全部开工，开工率100%").
 */
export const THERE_WORDS = ['截至', '截止', '目前', '现有'];
export const PAST_WORDS = ['已', '此前', '过去', ...THERE_WORDS];
/**
 * A word of what is there said of the target's subject, not of a baseline: "现有规模以上工业企业…", "已建成的污水处理厂…",
 * "已有的…" — the existing things the target is about. Read so only after the year the sentence aims at ("到2028年，现有
 * …覆盖率达到80%": the target's subject; "全区现有站点80家，到2027年…" stays a baseline): enrich.ts targetsOnly,
 * baseZones here (afterPlanYear).
 */
export const SUBJECT_THERE = /现有(?=[\u4e00-\u9fa5])|已有的|已建成?的/g;
/**
 * A clause opened by a word of what is there that only counts it — "现有污水处理厂5座", "已建成的充电站12座" — with no verb
 * of its own (TARGET_CONTEXT, COUNT_CONTEXT): a stock stated beside the target, not the target's subject, wherever it
 * stands ("到2028年，污水处理率达到98%，现有污水处理厂5座"). `clause` is the clause from that word on, or holding it.
 */
export function stockClause(clause: string): boolean {
  const m = THERE_OPENS.exec(clause);
  if (!m) return false;
  // (after the word: 已建成的 says 建成 of the past)
  const c = clause.slice(m.index + m[0].length).split(/[，,；;。]/)[0];
  return HAS_DIGIT.test(c) && !TARGET_CONTEXT.test(c) && !COUNT_CONTEXT.test(c);
}
const THERE_OPENS = new RegExp(SUBJECT_THERE.source);
/** A sentence about what was done or is there ("已整治…", "“十四五”期间，整治…"): its counts are no targets. */
const OPEN_PAST = new RegExp(`(?:${[...PAST_WORDS, '共有', '涉及', '期间', '以来', '先后', '去年', '上年'].join('|')})`);
/**
 * A line stating a sum of money under a label of its own, as a 专项资金 plan writes each project's budget ("预算金额：
 * 3800万元", "补助资金：500万元", "计划投资：1.2亿元"): the sum is a figure of the work, named by its label (batch 29).
 * Only a label naming a sum (…金额, …资金, …投资, …经费, …预算) and only the sum alone on its line.
 */
/**
 * …not a label saying the sum is spent or there already — an account of the work ("累计完成投资：3.2亿元", "已下达资金：
 * 8000万元", "实际到位资金：…", "截至目前完成投资：…"): no target (rev39 finding 11).
 */
const ACCOUNT_LABEL = /^(?:累计|已|实际|截至|截止|目前|现有|去年|上年|历年|此前|前期)|已(?:完成|下达|拨付|到位|支付|使用|投入)/;
const LABELLED_SUM = /^\s*([\u4e00-\u9fa5]{0,10}(?:金额|资金|投资|经费|预算))\s*[：:]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*((?:万亿|千万|百万|亿|万)?元)\s*[。；;]?\s*$/;
/**
 * Money the plan puts into its work: "安排城市更新专项资金8600万元", "统筹…资金3000万元", "投入财政资金1.2亿元" — a sum
 * after a verb of allocating and a name of funds is a figure of the plan (batch 29), as "实际到位资金45亿元" is.
 */
// (…or pays it out: "政策兑现资金5000万元", "发放稳岗返还资金1200万元", "拨付科技创新奖补资金3000万元", 兑付 — the sum paid out
// is the row's target; paid already, "已拨付资金…", "累计发放…", it is an account, as ACCOUNT_LABEL reads such a label)
const PAYING = '兑现|兑付|拨付|发放';
const ALLOCATING = `安排|投入|筹集|筹措|下达|统筹|落实|${PAYING}`;
const FUNDS_WORD = '资金|经费';
const FUNDS = new RegExp(`(?<!(?:已|累计|已经)\\s*)(?:${ALLOCATING})[^，,。；;：:]{0,16}?(?:${FUNDS_WORD})\\s*[0-9０-９]`);
/** A name of funds (…资金, …经费), and the words up to its verbs of allocating, which are no part of it. */
const FUNDS_NAME = new RegExp(`(?:${FUNDS_WORD})$`);
const FUNDS_VERB = new RegExp(`^.*?(?:${ALLOCATING})+`);
/** (…but a paying verb between a name's words and 资金 is the name's own: "政策兑现资金" is those funds, not 资金 paid) */
const PAID_FUNDS = new RegExp(`[\u4e00-\u9fa5](?:${PAYING})(?:${FUNDS_WORD})$`);
/**
 * How often a thing is done is the work's rhythm, not a target (docs/importer-grammar.md, "Frequencies"):
 * repetitions of one act (次, 期, 轮, 遍, 回) counted per recurring period ("每年开展应急演练1次", "每季度召开1次联席会议",
 * "年度检查不超过1次"), and any count of events in a period shorter than a year ("每月举办对接活动2场") — at most a dozen
 * (RHYTHM_MAX). A volume per year stays a target: things made (每年新增就业岗位5000个), events held (每年举办赛事活动100场),
 * acts counted by the hundred ("全年开展安全检查100次以上", "年度完成执法检查5000次"), a change (年均增长6%).
 */
const RHYTHM_UNIT = /^(次|期|轮|遍|回)$/;
/** The most times a period a rhythm is counted (每月一次 is 12 a year); more is a volume. */
const RHYTHM_MAX = 12;
const EVENT_UNIT = /^(次|期|轮|遍|回|场|场次|批次)$/;
const RECURRING = /每\s*(?:[0-9０-９]+|[一二两三四五六七八九十半])?\s*个?\s*(?:年度|年|季度|季|月|周|星期|旬|日|天|学期)|定期|年度|全年|年内/;
const SUB_YEAR = /每\s*(?:[0-9０-９]+|[一二两三四五六七八九十半])?\s*个?\s*(?:季度|季|月|周|星期|旬|日|天)|每\s*半\s*年/;
/** A short bracket inside a name, more of the name after it: 执业（助理）医师, 城镇（常住）人口 — or the name's own symbol or
 *  abbreviation in Latin letters, digits after them: 细颗粒物（PM2.5）年均浓度, 可吸入颗粒物（PM10）浓度, 化学需氧量（COD）排放量. */
const INNER_BRACKET = /[（(](?:[\u4e00-\u9fa5]{1,4}|[A-Za-z][A-Za-z0-9.．₀-₉\-]{0,9})[)）](?=[\u4e00-\u9fa5])/g;
/**
 * A bracket of words closing the name right before the value: 省级卫生乡镇（街道）6个, 示范社区（村）20个, and the scope or
 * class of what is counted, 研发经费投入强度（规上企业）达到2.5%, 养老服务中心（日间照料中心）6个 (a roles bracket is read
 * out of the sentence before: departments.ts rolesBracket).
 */
const END_BRACKET = /[（(][\u4e00-\u9fa5]{1,10}[)）]$/;
const CLAUSE_DELIMITERS = /[，,。；;：:、（）()]/;
/** A bracket with no bracket inside: where a roles bracket is looked for (departments.ts rolesBracket). */
const ROLES_IN = /[（(]([^（()）]{2,60})[)）]/g;
/** The clause before a value: the text since the last delimiter, a short bracket inside a name not being one. */
function lastClause(before: string): string {
  const bracket = before.indexOf('（') >= 0 || before.indexOf('(') >= 0;
  let masked = bracket ? before.replace(INNER_BRACKET, (m) => '之'.repeat(m.length)) : before;
  // (only a name set off by a delimiter before it, with no number in it — not what a count before it counts:
  // "50个城市(地区)300家以上品牌餐饮酒店", where the text before 300 starts right after "50个")
  // (also with the verb after it: "专任教师本科以上学历比例（公办幼儿园）达到" 80%)
  const verb = bracket ? VERB_TAIL.exec(masked) : null;
  const head = verb ? masked.slice(0, verb.index) : masked;
  const end = bracket ? END_BRACKET.exec(head) : null;
  const pieces = end ? head.slice(0, end.index).split(CLAUSE_DELIMITERS) : [];
  if (end && pieces.length > 1 && !/[0-9０-９]/.test(pieces[pieces.length - 1])) masked = head.slice(0, end.index) + '之'.repeat(end[0].length) + masked.slice(head.length);
  const tail = masked.split(CLAUSE_DELIMITERS).pop() ?? '';
  return before.slice(before.length - tail.length);
}
/** A rate's name: what a bare percentage after it is the level of. */
const RATE_NAME = /(?:率|比例|占比)$/;
/** A rate and its level closing a clause after the sentence's first, which names the work and holds no figure: the
 *  level of that work ("公开保障性住房分配信息，分配结果公示率100%"; not a list of figures, "森林覆盖率45%，城镇化率65%"). */
const LEVEL_AFTER_WORK = /^\s*[^，,。；;：:0-9０-９]+[，,][^。；;]*?(?:率|比例|占比)\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％](?:以上|左右)?\s*(?:[，,。；;）)]|$)/;
const CLAUSE_CLOSE = /^\s*(?:以上|左右)?\s*(?:[，,。；;、）)（(]|$)/;
const STOCK = /(涉及|共有|拥有|现有|已有|设有|辖有|辖区|其中|合计|总计|共计|建筑面积|占地|总面积|人口|常住|户籍|全长|长约|总长|共分|分为|划分|下辖|包括|包含)/;
/** What an open count never names: a part of the document itself (附件1份, 共5章30条), a name holding a number. */
const NOT_OPEN_NAME = /^(附件|附表|本(?:方案|计划|意见|办法|规划|实施方案|实施意见))|[0-9０-９]/;
/** The words after a value go on naming something (the value is part of a name), not a new clause. */
const SUFFIX = /^\s*(?:以上|以内|以下|左右|及以上|余|多)?\s*/;
const CONTINUES_WORD = /^(?!和|及|与|或|并|且|同时|其中|等)[\u4e00-\u9fa5A-Za-z]/;
const continues = (after: string) => CONTINUES_WORD.test(after.replace(SUFFIX, ''));
/**
 * Verbs whose object may follow the count ("培育10家龙头企业", "新增2000个停车泊位", "完成390个行政村宽带接入"): a
 * verb of building, making or gathering; not 开展/实施 (开展3项行动 lists work, it sets no target).
 */
const OBJECT_AFTER = /(建成|新建|完成|培训|覆盖|建设|实现|使|有|达到|新增|培育|推出|集聚|引进|打造|创建|设立|招引|布设|部署|上线|接入|种植|提供|认定|孵化)\s*$/;
/** Verbs that stand before the name of what is counted ("推出精品民宿100家", "集聚人工智能企业500家"). */
const COUNT_VERB = /^(新建和改造|建设改造|组织实施|新增|新建(?![改扩])|建成(?!区(?!级))|建设|培育|推出|集聚|引进|打造|创建|募集|实施|开展|设立|培训|招引|提供|布设|部署|完成|举办|上线|接入|种植|供应)+/;

function toNum(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace('．', '.'));
}

/**
 * What a change is measured from ("较2023年", "比上年", "同比"): its year is no target year; it stays in the name
 * (万元地区生产总值用水量较2023年下降 ≥ 8%: the base is part of what is measured).
 */
const BASE_RE = /(?:比|较|相比|与|从|由)\s*[12１２][09０９][0-9０-９]{2}\s*年(?:底|末)?(?:水平)?(?:相比)?(?:的)?|同比|环比|(?:比|较)(?:上年|去年|上一年)/g;

/**
 * A year closing the words that name a value ("生活垃圾分类覆盖率2026年达到90%", "…覆盖率到2027年底保持"): the year the
 * value is of, said after its name — the name is the words before it (not a base, "较2025年": BASE_RE; not a year alone).
 */
const YEAR_AFTER_NAME = /(?<=[\u4e00-\u9fa5A-Za-z)）]{2})(?<![比较与从由])\s*(?:(?:到|至|在|于)\s*)?[12１２][09０９][0-9０-９]{2}\s*年(?:底|末)?$/;
/** Years listed by 、/和/及 opening the clause that ends at a value ("2027年、2028年保持在"): group 1 the list. */
const LISTED_YEARS = /(?:^|[，,；;：:。])\s*((?:19|20)[0-9]{2}\s*年(?:\s*[、和及]\s*(?:19|20)[0-9]{2}\s*年)+)[^，,；;：:。0-9０-９]*$/;
/** A name that is only the base of a change: "较2025年", "比上年", "与2025年相比", "同比". */
const BASE_ONLY = new RegExp(`^(?:${BASE_RE.source})$`);
/** A change's verb closing a name, its base before it when said: "较2025年提高", "提高" (CHANGE_NAME.index: where they start). */
const CHANGE_NAME = new RegExp(`(?:${BASE_RE.source})?\\s*(?:${CHANGE_VERBS})$`);
function cleanName(s: string): string {
  return s
    .replace(/^[\s,，、;；。:：]+/, '')
    .replace(YEAR_AFTER_NAME, '')
    .replace(/^.*?(?<![比较与从])[12１２][09０９][0-9０-９]{2}\s*年(?:底|末)?(?:前|以前|内)?/, '')
    // a month's deadline left from the date ("2025年6月底前上线…": 6月底前)
    .replace(/^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:底|末|中旬|上旬|下旬)?(?:前|之前)?/, '')
    // a list's marker run into the name ("专班2.一般公共预算收入": a list on one line)
    .replace(/^.*[0-9０-９][.．、](?=[\u4e00-\u9fa5])/, '')
    // the frame of a baseline ("在现有12个基础上新建8个": 基础上新建): no part of a name
    .replace(/^[^，,。；;]*?基础上/, '')
    .replace(/^(规划|预计|计划|目标)/, '')
    .replace(/^(的|达到|以上|以内|其中|同时|并|且|目前|当前|现有|已有的|已建成?的|在(?![编产研售用营]|建(?!成|设))|实现|基本|全面|全区|累计|力争|争取|进一步|基本建成|建成(?!区(?!级))|新建(?![改扩])|完成|达成|主要区域|到20\d\d年(底|末)?|20\d\d年(底|末)?|[一二三四五六七八九十两]+年(?:内|间)?|每年|年均|全年|年内|今年|当年|全(?:区|县|市|镇|乡|省))+/, '')
    .replace(COUNT_VERB, '')
    .replace(/(的|为|将|要|均|总|平均|在|达|是|已经|已)$/, '')
    .replace(/^[\s,，、]+|[\s,，、]+$/g, '')
    .trim();
}

/** A phrase of manner opening a name: 按照/根据/依照/对照/参照 … 要求/标准/规定/部署/原则/模式 (before at least 3 characters). */
const ACCORDING_TO = /^(?:按照|根据|依照|对照|遵照|参照)[^，,。；;]{1,20}?(?:要求|标准|规定|部署|原则|模式|思路)(?=[\u4e00-\u9fa5]{3})/;
/** Words a name cannot start with: prepositions, conjunctions, demonstratives and clause openers ("与正在筹建的…"). */
// (和 as a conjunction, not the first character of a word: 和美乡村, 和谐社区, 和平, 和睦)
const CLAUSE_START = /^(与|和(?!谐|美|平|睦)|及|并|或|对|把|将|向|从|以|由|被|其|该|此|这|那|沿|随着|通过|围绕|按照|依托|结合|针对|利用|落实|推进|加快|加强|积极|完善|健全|建立|开展|鼓励|支持|推动)/;
/** Words inside a clause, never inside a name: adverbs of time and manner ("正在筹建"). */
const CLAUSE_WORD = /(正在|已经|逐步|不断|努力|大力)/;
/** Words a name cannot end with: a verb or conjunction still waiting for its object ("子类包含", "家庭能够享受"). */
const OPEN_END = /(包含|涵盖|享受|包括|对接|及|和|与|或|等|按|中新增|能够|可以|可)$/;
/** Words after a name that belong to the verb: "…处理率保持", "…担保费率降至", "…拥有量基本". */
const TRAILING = /(保持在?|稳定在|基本|降至|降低至|下降至|下降到|降低到|控制在|提升至|提高至|原则上|每年)+$/;

/**
 * A name a reader recognises as an indicator, or null (then the value is not offered). General rules, no words of
 * a particular plan: a name holds no count of its own ("涵盖5大类"), does not start like a clause (与, 利用, 推进 …),
 * holds no adverb of a clause (正在), does not end waiting for an object (包含, 享受, 和), is no bare place name
 * (杨浦区, 中心城区) and no list of quoted terms (“法人”和“地理信息”). Words of the verb after it are dropped
 * (…处理率保持 → …处理率). A count of things built takes what follows its verb (园区利用闲置空间建设演艺新空间 → 演艺新空间).
 */
/** A heading naming a part of the plan itself, not a thing: 主要目标, 工作目标, 重点任务, 主要指标, 工作要求. */
const OWN_PART = /(?:目标|任务|指标|要求)$/;
/** A remainder ("剩余", "其余的", "余下") names no thing of its own. */
const REMAINDER = /^(?:剩余|其余|余下|剩下)(?:的|部分)?$/;
/** A second verb joined to the first before the object ("新建和改造口袋公园", "新建或更新全民健身路径"): not the name. */
const JOINED = '(?:和|及|与|或)(?:改造提升|改扩建|改造|改建|扩建|培育|更新|加固|新建|建设|提升|恢复|修复|整治|维修)';
const JOINED_VERB = new RegExp(`^${JOINED}`);
/** Two verbs of building joined before the object ("改造或更新供水管网", "新建和改扩建学校"): the object is the name. */
const VERB_PAIR = new RegExp(`^(?:新建|改造|改建|扩建|改扩建|更新|建设|提升|修复|整治|维修|加固)${JOINED}(?=[\\u4e00-\\u9fa5]{2})`);
export function recognisableName(raw: string, counted = false): string | null {
  // "新建和改造口袋公园", "新增和恢复有效灌溉面积" read from its second verb: the conjunction and the verb go, the object stays
  // (…and "新建或更新全民健身路径": either verb, the same object)
  let name = raw.replace(TRAILING, '').replace(JOINED_VERB, '').replace(VERB_PAIR, '').trim();
  // "按照“一镇一中心”要求改造提升乡镇商贸中心": the manner the work follows is no part of what is counted — the name is
  // what comes after the 按照/根据…要求 phrase (then it may not start like a clause, as any name)
  name = name.replace(ACCORDING_TO, '');
  if (counted) {
    // "配置紧急呼叫、烟感报警等智能设备1万台": what is counted is what the list is of
    name = name.replace(/^.{2,}?等(?:领域|方面|行业|区域)?(?![级次])(?=[\u4e00-\u9fa5]{4,}$)/, '');
    // (…and a list of quoted terms before the quoted term it is of, "创建“无废学校”“无废社区”等“无废细胞”100个": “无废细胞”)
    name = name.replace(/^(?:[“"][^”"]{2,12}[”"][、，,]?){2,}等(?=[“"][\u4e00-\u9fa5]{2,}[”"][\u4e00-\u9fa5]*$)/, '');
    // "建成年处理能力50万吨的建筑垃圾资源化利用厂1座": a figure saying what the thing is like (its capacity, its size) is
    // an attribute before 的, no part of what is counted — the name is what follows it (a figure that is an amount: not a
    // grade or a technology that is part of the thing, "国家4A级的旅游景区", "5G的行政村基站", "G318沿线的观景平台")
    name = name.replace(/^[^，,。；;]*?(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])[0-9０-９][0-9０-９.．]*(?![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ]|\s*[级星代])[^的，,。；;]*的(?=[\u4e00-\u9fa5]{3,}$)/, '');
    const verbs = [...name.matchAll(/(新建和改造|建设改造|组织实施|新增|新建|建成|建设|培育|推出|集聚|引进|打造|创建|设立|布设|部署|上线)/g)];
    const last = verbs[verbs.length - 1];
    if (last && last.index! > 0) {
      const rest = name.slice(last.index! + last[0].length).replace(/^的/, '');
      if (rest.length >= 3) name = rest.replace(JOINED_VERB, '') || rest;
    }
  }
  if (name.length < 2 || !/[\u4e00-\u9fa5A-Za-z]{2}/.test(name)) return null;
  if (/[0-9０-９]+\s*(大类|类|个|家|项|种|批|座|所|条|万|亿|余)/.test(name)) return null;
  if (CLAUSE_START.test(name) || CLAUSE_WORD.test(name) || OPEN_END.test(name)) return null;
  // the rest of a count said before ("2026年完成40条，2027年完成剩余40条"): a step of that count, no thing named 剩余
  if (REMAINDER.test(name)) return null;
  // a bare place (杨浦区, 中心城区) — not a countable thing ending like one (老旧小区, 产业园区, 社区, 病区)
  if (/^[^、，,]{0,3}(区|市|县|镇|街道|城区)$/.test(name) && !/(小区|园区|社区|景区|街区|校区|片区|厂区|病区)$/.test(name)) return null;
  if (/[”"]\s*(和|与|及|、)\s*[“"]/.test(name)) return null;
  if (name.length > 24) return null;
  return name;
}

/** The comparator of a verb of LEVEL_VERBS, read as a whole word (不超过 is '<=', though it ends in 超过). */
const VERB_COMPARATOR = new Map(LEVEL_VERBS.flatMap(([v, c]) => v.split('|').map((w) => [w, c] as const)));
function comparatorOf(verb: string): Comparator {
  return VERB_COMPARATOR.get(verb) ?? '=';
}

/**
 * Indicators in one paragraph. `defaultYear` is the plan's end year (used when the sentence names none).
 * Only sentences that state a target (到2013年, 力争, 达到, 建成 …) are read, so background figures are left alone.
 * Each value (number + unit) takes its name from the words before it in the same clause, less the verb
 * ("家庭光纤入户率达到60%" → 家庭光纤入户率, >=); a bare "力争累计达到3000个" takes the previous name; a count with no name
 * ("累计建成30家") takes the object of `subject`, the heading of the node ("建设城市书房" → 城市书房).
 */
/**
 * `startYear`: the first year of the plan's period, when known — a verbless rate of a year before it is an account
 * ("2024年全区在建工地检查覆盖率100%，今年继续开展专项检查" in a 2025 plan).
 */
export function findIndicators(paragraph: string, defaultYear: number | null, subject = '', startYear: number | null = null): Indicator[] {
  const out: Indicator[] = [];
  const seen = new Set<string>();
  // a line of a table's column of what was done or is planned for a quarter, kept as the task's text ("进展情况：上半年
  // 新开工亿元以上项目14个", "二季度：累计新增就业2800人"): its figures are an account or a step, no target of the plan
  if ((paragraph.includes('情况') || paragraph.includes('季度') || paragraph.includes('进展') || paragraph.includes('状态')) && REPORT_LINE.test(paragraph)) {
    paragraph = paragraph.split('\n').filter((l) => !REPORT_LINE.test(l)).join('\n');
  }
  if (paragraph.indexOf('：') >= 0 || paragraph.indexOf(':') >= 0) {
    let rest = '';
    for (const line of paragraph.split('\n')) {
      const m = LABELLED_SUM.exec(line);
      if (m && !ACCOUNT_LABEL.test(m[1])) out.push({ name: m[1], value: toNum(m[2]), unit: m[3], comparator: '=', year: defaultYear, text: line.trim() });
      else rest += (rest ? '\n' : '') + line;
    }
    paragraph = rest;
  }
  for (const written of splitAfter(paragraph, '。！？!?')) {
    // (a sentence without a digit has no value)
    if (!HAS_DIGIT.test(written)) continue;
    // a roles bracket inside the sentence ("老旧小区改造完成率（区住建局牵头）达到90%", "新建口袋公园（区城管局）15个") says
    // who does the work: read without it — no part of a name, nor a delimiter that cuts the name off its value (the
    // indicator's text keeps the sentence as written)
    const sentence0 = written.indexOf('（') >= 0 || written.indexOf('(') >= 0 ? written.replace(ROLES_IN, (b, inner: string) => (rolesBracket(inner) ? '' : b)) : written;
    // a year counted from the plan's first ("第三年完成30公里" in a plan of 2026—2030) is that year: the target's year,
    // and no part of its name (dates.ts datedRelativeYears, batch 29)
    const sentence = startYear !== null && defaultYear !== null ? datedRelativeYears(sentence0, { start: startYear, end: defaultYear }) : sentence0;
    const counting = !TARGET_CONTEXT.test(sentence);
    const funds = FUNDS.test(sentence);
    // a sentence without a word of target or count may still state counts: "整治老旧小区45个", "植树造林5000株"
    const open = counting && !COUNT_CONTEXT.test(sentence) && !funds;
    // (…or a level closing a clause after the work's: "公开保障性住房分配信息，分配结果公示率100%" — the rate the work
    // reaches, read as a verbless rate is below; only the rate: the sentence states no count)
    const levelOnly = open && !OPEN_COUNT.test(sentence) && LEVEL_AFTER_WORK.test(sentence);
    // (told before the years and baselines are read: a sentence passed over here needs none of them)
    if (open && ((!OPEN_COUNT.test(sentence) && !levelOnly) || OPEN_PAST.test(sentence))) continue;
    // "到2013年…" sets the year of its own sentence; other sentences take the plan's end year. A sentence of yearly
    // steps ("2024年，改造40处；2025年，改造60处；2026年，完成全部120处") gives each value the year said last before it.
    // (A base year — "较2023年" — is no year of a target: blanked out, positions kept.)
    const baseText = sentence.indexOf('比') >= 0 || sentence.indexOf('较') >= 0 || sentence.indexOf('从') >= 0 || sentence.indexOf('由') >= 0 ? sentence.replace(BASE_RE, (b) => ' '.repeat(b.length)) : sentence;
    // what is there before the plan sets to work — "截至2024年底，…覆盖率达45%，到2027年达到60%", "（2024年底为120个）",
    // "快递进村覆盖率从70%提高到95%" — is its baseline, no target (baseZones); its name still names the target after it.
    // Its years, and a year before the plan dating a thing ("改造2000年底前建成的老旧小区"), are no year of a target.
    const base = baseZones(baseText, startYear);
    const yearText = base.length || (startYear !== null && (DATING_YEAR.test(baseText) || NAMING_YEAR.test(baseText))) ? withoutBaseYears(baseText, base, startYear) : baseText;
    NAMING_YEAR.lastIndex = 0;
    const ym = YEAR_RE.exec(yearText);
    const years = ym ? yearMentions(yearText) : null;
    const year = ym ? Number(ym[1]) : defaultYear;
    // (a total said before the steps of its years is of the year the steps complete all of it: "新建水厂8座，2026年建成
    // 3座，2027年底前全部建成" is 8座 in 2027 — ALL_DONE; else the sentence's first year)
    const done = years && years.length > 1 ? ALL_DONE.exec(yearText) : null;
    const wholeYear = done && years!.some((y) => y.year === Number(done[1])) ? Number(done[1]) : year;
    const text = written.trim();
    const fromBase = sentence.indexOf('从') >= 0 || sentence.indexOf('由') >= 0;
    let prevEnd = 0;
    let prevName = '';
    let prevFrom = '';
    /** The last change this sentence gave ("森林覆盖率较2025年提高" ≥ 2个百分点): a level of the same thing after it replaces it. */
    let lastChange: Indicator | null = null;
    /** The last indicator this sentence gave. */
    let lastOne: Indicator | null = null;
    let fromPast = false;
    // values said "respectively" of the names or the years listed before them: each value its own name or year
    // (respectively), the values read here no more below
    const paired = sentence.indexOf('分别') >= 0 ? respectively(sentence, yearText, base, years, year, wholeYear, text) : null;
    for (const m of execAll(VALUE_RE, sentence)) {
      const at = m.index ?? 0;
      // (in the sentence's order: a list's targets where its first value stands)
      const span = paired ? paired.spans.findIndex(([a, b]) => at >= a && at < b) : -1;
      if (span >= 0) {
        for (const ind of paired!.out[span]) { const key = `${ind.name}|${ind.value}|${ind.unit}|${ind.year}`; if (!seen.has(key)) { seen.add(key); out.push(ind); } }
        paired!.out[span] = [];
        prevEnd = at + m[0].length;
        continue;
      }
      let unit = (m[2] ?? m[3] ?? '').replace('％', '%');
      if (levelOnly && unit !== '%') continue;
      const after = sentence.slice(at + m[0].length);
      const before = sentence.slice(prevEnd, at);
      const prevEnd0 = prevEnd;
      prevEnd = at + m[0].length;
      if (/^\s*(年|月|日|号|工作日|小时|分钟|天|次会议|届|多年|周年|大|个中心|\+|重点专项|重点任务|具体事项|项任务|行动|方面)/.test(after)) continue;
      if (/^(19|20)\d\d$/.test(m[1]) && !unit) continue;
      // 第3批, the second number of a range (3-5个, 3至5家): no target of its own
      if (/(第|[0-9０-９]\s*[-~～－—至到])\s*$/.test(before)) continue;
      // the clause: text since the last delimiter
      // (a short bracket inside a name is part of it: "每千人口执业（助理）医师数")
      let clause = lastClause(before).replace(ALL_TAIL, '');
      // "由2023年的3.2亿元提高到2027年的6亿元": the level reached names what the value from which it rose names
      // (a change from a year before the plan to a level of no year, "易涝点由2018年的31处减少至9处", tells what was done)
      let fromName = '';
      const to = fromBase && prevFrom ? FROM_TO.exec(clause) : null;
      if (to && fromPast && !to[2]) { prevFrom = ''; continue; }
      if (to) { fromName = prevFrom; clause = to[1]; }
      const from = fromBase ? FROM_TAIL.exec(clause) : null;
      prevFrom = '';
      if (from) { prevFrom = cleanName(clause.slice(0, from.index)); prevName = prevFrom; fromPast = startYear !== null && !!from[1] && Number(from[1]) < startYear; continue; }
      // how often, not how much: "每年开展应急演练1次", "每月举办活动2场" (RHYTHM_UNIT)
      // (a rhythm is a few times a period; a count past a dozen is a volume: "全年开展安全检查100次以上")
      if (toNum(m[1]) <= RHYTHM_MAX && ((RHYTHM_UNIT.test(unit) && RECURRING.test(clause)) || (EVENT_UNIT.test(unit) && SUB_YEAR.test(clause)))) continue;
      // a rate written before its value: "达到每秒60立方米" is 60 立方米/秒
      const per = unit && unit.indexOf('/') < 0 ? /每\s*(秒|日|天|年|小时|月)\s*$/.exec(clause) : null;
      if (per) { clause = clause.slice(0, per.index); unit = `${unit}/${per[1]}`; }
      // the verb usually stands before the value ("覆盖率达到60%"), sometimes before the name ("达到车牌照识别率99%")
      const verb = VERB_TAIL.exec(clause)?.[1] ?? /^\s*(力争达到|达到|超过|不低于|不少于)/.exec(clause)?.[1] ?? '';
      let name = cleanName(clause.slice(0, clause.length - (VERB_TAIL.exec(clause)?.[0].length ?? 0)));
      // a value inside a name is no target of its own: "65岁以上老年人健康管理率", "500米覆盖率", "800兆数字集群"
      // (the words before it then still name the next value)
      // (a count followed by what it counts is no such value: "覆盖超过21万户家庭")
      if (name && !COUNT_WORD.test(unit) && continues(after)) { prevEnd = prevEnd0; continue; }
      // a change named by its base alone ("…不低于98%，较2025年提高10个百分点", "…达到45%，比上年提高5个百分点"): the level
      // said before it measured from the base year — the same target, no indicator of its own (its words stay the
      // level's text); nor one of the base's year (docs/importer-grammar.md, "A change against a base year")
      // (…when it is in the level's unit or in points of a rate; a change of another unit is a target of its own, named
      // by the thing: "工业增加值达到500亿元，比上年增长8%" is 工业增加值比上年增长 ≥ 8%)
      if (name && !fromName && BASE_ONLY.test(name.replace(CHANGE_TAIL, '').trim())) {
        if (!lastOne || /^(?:个)?百分点$/.test(unit) || unit === lastOne.unit) continue;
        name = prevName + name;
      }
      let restated: Indicator | null = null;
      if (fromName) name = fromName;
      else if (!name && verb) {
        name = prevName;
        // a level after a change of the same thing ("森林覆盖率较2025年提高2个百分点，达到45%", "绿地率提高5个百分点，达到
        // 40%"): the level's name is the thing's, without the base and the verb of change; the change says the same target
        // from its base and gives way to the level
        const change = CHANGE_NAME.exec(name);
        // (only a level in another unit than the change's: "年均增长7%以上，力争达到9%" is the same change, a higher
        // aim — both kept, as before)
        if (change && change.index > 0 && !CHANGE_TAIL.test(clause) && lastChange && lastChange.name === prevName && lastChange.unit !== unit) {
          name = name.slice(0, change.index);
          restated = lastChange;
        }
      }
      // the next step of the same work names only its verb: "2024年，改造小型供水工程40处；2025年，改造60处" (改造 →
      // 改造小型供水工程)
      else if (name && prevName.length > name.length && prevName.startsWith(name) && STEP_VERB.test(name)) name = prevName;
      // a total said of what the clause before counted: "新开通5G基站1500个以上，总数达到3000个以上" is 5G基站总数
      // (the previous name without its verb of new things), never a thing named 总数
      else if (prevName && TOTAL_WORD.test(name)) name = prevName.replace(NEW_VERB, '') + name;
      // "完成青霞一村、青霞二村等5个老旧小区综合改造": names listed before a count (A、B等, A、B) are examples of what the
      // count counts, named after it — one target (老旧小区综合改造: 5 个), not one per listed name
      let enumerated = false;
      if (name && COUNT_WORD.test(unit)) {
        const lead = before.split(/[，,。；;：:（）()“”"]/).pop() ?? '';
        // (the list right before the count: its last name holds no figure — "民生保障3类9项指标" lists no 9 项)
        const tail = (lead.includes('、') || /等\s*$/.test(lead)) && !/[0-9０-９]/.test(lead.slice(lead.lastIndexOf('、') + 1)) ? ENUM_TAIL.exec(after) : null;
        if (tail && !VERB_TAIL.test(tail[1])) { name = cleanName(tail[1]); enumerated = true; }
      }
      if (!name && (!clause.trim() || OBJECT_AFTER.test(clause))) {
        // the name follows the value: "完成390个行政村宽带接入", "实现90%以上非涉密公文网上流转"
        const tail = /^([^，,。；;：:、0-9０-９]{2,24})/.exec(after.replace(/^\s*(以上|以内|以下|左右)?的?/, ''));
        // "65岁以上老年人健康管理率达到75%": the first value is part of the next one's name
        if (tail && VERB_TAIL.test(tail[1])) { prevEnd = prevEnd0; continue; }
        if (tail) name = cleanName(tail[1]);
        // "建设城市书房。…累计建成30家": what is counted is what the heading names
        // (not a heading of the plan's own parts, 主要目标, 重点任务: it names no thing)
        else if (subject && /(建成|新建|完成|建设|新增|培育|打造)\s*$/.test(clause) && !OWN_PART.test(subject)) name = cleanName(subject);
      }
      if (!name || name.length < 2 || !/[\u4e00-\u9fa5A-Za-z]{2}/.test(name)) continue;
      // a name a reader recognises: no stray bracket, no clause joined by 为/以
      if (/^[)）\]】]|[(（][^)）]*$|^[^(（]*[)）]/.test(name) || /(为重点|为主|为核心|为抓手)$/.test(name)) continue;
      // (in a sentence of counts, a sum of money counts too when its name says what sum: "实际到位资金45亿元",
      // "完成固定资产投资30亿元" — not a price or a fund's size said in passing)
      // (…and a rate closing its clause with its level, no verb between: "开展专项检查，在建工地检查覆盖率100%" — the
      // level the work reaches, unless the sentence tells what was done: 已, 去年, 上年度 …, or the rate's year is before
      // the plan's period, "2024年全区在建工地检查覆盖率100%" in a 2025 plan)
      // (…and the funds a verb of allocating puts into the work: "安排城市更新专项资金8600万元" — named without the verb)
      if (funds && MONEY_UNIT.test(unit) && FUNDS_NAME.test(name) && !PAID_FUNDS.test(name)) name = name.replace(FUNDS_VERB, '') || name;
      if (counting && !COUNTED.test(unit) && !(MONEY_UNIT.test(unit) && (MONEY_NAME.test(name) || (funds && FUNDS_NAME.test(name))))
        && !(unit === '%' && !verb && RATE_NAME.test(name) && CLAUSE_CLOSE.test(after) && !OPEN_PAST.test(sentence)
          && !(startYear !== null && ym && (years && years.length > 1 ? yearBefore(years, at, wholeYear) : year)! < startYear))) continue;
      // an open count: object, number and measure word closing the clause, naming no stock of what exists
      // (in a sentence of counts, a clause naming a stock — 共有, 涉及, 面积 … — counts what exists)
      if ((open && !CLAUSE_CLOSE.test(after)) || (counting && STOCK.test(clause))) continue;
      // (how often a thing is done — 召开推进会2次, 培训3期 — is the work's rhythm, not its target)
      if (open && (/^(次|期|轮|届|份|章|节)$/.test(unit) || NOT_OPEN_NAME.test(clause.trim()))) continue;
      if (!unit && !/(指数|得分|评分|等级)$/.test(name)) continue;
      // a letter unit is read after a verb only ("带宽达到20M"; "协同3G、4G发展" names no target)
      if (m[3] && !verb) continue;
      const suffix = /^\s*(以上|以内|以下|左右)/.exec(after)?.[1];
      // a change ("下降15%") is a least change; a level takes its verb's comparator
      const change = !verb && CHANGE_TAIL.test(clause);
      const comparator = suffix === '以上' ? '>=' : suffix === '以内' || suffix === '以下' ? '<=' : suffix === '左右' ? '~' : change ? '>=' : comparatorOf(verb);
      prevName = name;
      // "建档率、电子病历使用率、…共享率等基本达到100%": one value for a list of names
      const wide = before.split(/[，,。；;：:（）()“”"]/).pop() ?? '';
      const listed = !enumerated && wide.includes('、') && /(等|均|都)(基本|全部)?\s*$/.test(wide.slice(0, wide.length - (VERB_TAIL.exec(wide)?.[0].length ?? 0)));
      // only names a reader recognises are offered (recognisableName); a list keeps those of its names that are (of at
      // least two characters). (Built by a loop into a stringList: an empty array made by filter() is of another
      // hidden class, and V8 threw away this function's optimised code at the first list)
      const counted = COUNTED.test(unit);
      const names = stringList();
      if (listed) {
        const parts = wide.slice(0, wide.length - (VERB_TAIL.exec(wide)?.[0].length ?? 0)).replace(/(等|均|都)(基本|全部)?\s*$/, '').split('、');
        for (let i = 0; i < parts.length; i++) {
          const part = cleanName(parts[i]);
          const recognised = part.length >= 2 ? recognisableName(part, counted) : null;
          if (recognised) names.push(recognised);
        }
      } else {
        const recognised = recognisableName(name, counted);
        if (recognised) names.push(recognised);
      }
      if (!names.length) continue;
      prevName = names[names.length - 1];
      // (…and a value of a year before the plan's is an account: "由2015年的53…下降至2020年的33…" in a 2021 plan)
      // (not a year dating a thing: "改造2000年底前建成的老旧小区48个" — ACCOUNT_YEAR)
      if (inZone(base, at) || (startYear !== null && ym && (years && years.length > 1 ? yearBefore(years, at, wholeYear) : year)! < startYear)) continue;
      for (const each of names) {
        // (one figure said of two years is two targets: "2026年达到90%，2027年保持90%以上" — general-rules-imp41)
        const y = years && years.length > 1 ? yearBefore(years, at, wholeYear) : year;
        const key = `${each}|${m[1]}|${unit}|${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ind: Indicator = { name: each, value: toNum(m[1]), unit, comparator, year: y, text };
        if (restated && restated.year === y) out.splice(out.indexOf(restated), 1);
        // (years listed before the value's clause, "2027年、2028年保持在95%以上", "2026年、2027年每年新建…20个": the value is
        // each one's — the years before the last said are added, in the plan's period when it is known)
        // (not a list of years matched to a list of values: "2026年、2027年分别完成10个、20个")
        const listed = y !== null ? LISTED_YEARS.exec(yearText.slice(0, at)) : null;
        if (listed && !/分别|依次/.test(listed[0])) {
          for (const ly of listed[1].match(/(?:19|20)[0-9]{2}/g)!.map(Number)) {
            if (ly === y || (startYear !== null && ly < startYear) || seen.has(`${each}|${m[1]}|${unit}|${ly}`)) continue;
            seen.add(`${each}|${m[1]}|${unit}|${ly}`);
            out.push({ ...ind, year: ly });
          }
        }
        out.push(ind);
        lastChange = CHANGE_NAME.test(each) ? ind : null;
        lastOne = ind;
      }
    }
  }
  return out;
}

/** A value of a list said with 分别: a number, its unit when written, 以上/以下/以内/左右 when said. */
const EACH_VALUE = `[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:${UNIT_RE})?\\s*(?:以上|以下|以内|左右)?`;
/** 分别, the verb, then two values or more joined by 、/和/及/与 ("分别达到98%和95%", "分别为60%、75%、90%"). */
const RESPECTIVELY = new RegExp(`分别\\s*(${alt(VERB_WORDS)})?\\s*(${EACH_VALUE}(?:\\s*(?:、|和|及|与)\\s*${EACH_VALUE})+)`, 'g');
/** The names a 分别 clause lists before it ("水质达标率和水压合格率"): split at 、/和, else at 、/和/及/与. */
const NAME_LISTS = [/、|和/, /、|和|及|与/];
/** A list of years before a 分别 clause ("到2025年、2027年", "2026年和2028年底"): group 1 the list. */
const YEAR_LIST = /((?:19|20)[0-9]{2}\s*年(?:底|末)?(?:\s*(?:、|和|及|与)\s*(?:19|20)[0-9]{2}\s*年(?:底|末)?)+)[^0-9０-９]*$/;
/** What a name measures, closing it: a rate, a share, a level, an amount ("…普及率", "…新能源占比", "…年均浓度"). */
const MEASURE_END = /(?:率|比例|占比|比重|指数|浓度|数|量|面积|长度|规模|能力|收入|产值|值|水平|时间|密度)$/;
/** A character closing a word of a place or scope a list's items qualify a measure by (城市, 农村, 乡镇, 中心城区, 县城). */
const SCOPE_END = /[区县市镇乡村城]/;
/**
 * Where the last item of a list stops qualifying its measure — the length of its qualifier, the rest the ending the items
 * before share —, read from the item before it `n`: a qualifier of a place or scope as `n` is one ends at the end of the
 * first run of such characters ("中心城区、乡镇污水处理率": 乡镇); one of Latin letters and digits at the first Chinese
 * character ("PM2.5、PM10平均浓度"); one ending as `n` ends at that character ("公交车、出租车新能源占比"); else as many
 * characters as `n` has (the parallel items are written alike: "小学、初中入学率"). 0 when no ending is left of two
 * characters or more.
 */
function qualifierEnd(n: string, last: string): number {
  let k = 0;
  if (/^[A-Za-z0-9.．]+$/.test(n)) k = /^[A-Za-z0-9.．]*/.exec(last)![0].length;
  else if (SCOPE_END.test(n[n.length - 1])) {
    const at = last.slice(0, 4).search(SCOPE_END);
    if (at >= 0) { k = at; while (k < last.length && SCOPE_END.test(last[k])) k++; }
  }
  if (!k) {
    const head = last.indexOf(n[n.length - 1]);
    if (head >= 0 && head <= n.length + 1 && last.length - head - 1 >= 2) k = head + 1;
  }
  if (!k) k = n.length;
  return k > 0 && last.length - k >= 2 ? k : 0;
}
/**
 * The names of a list that share the last one's measure ("公交车、出租车新能源占比" is 公交车新能源占比 and 出租车新能源占比;
 * "城市、农村自来水普及率"; "中心城区、乡镇污水处理率"): a name before the last that measures nothing takes the last one's
 * words after its qualifier (qualifierEnd).
 */
function sharedTail(names: string[]): string[] {
  const last = names[names.length - 1];
  if (names.length < 2 || !MEASURE_END.test(last)) return names;
  return names.map((n, i) => {
    if (i === names.length - 1 || n.length < 2 || MEASURE_END.test(n)) return n;
    const k = qualifierEnd(n, last);
    return k ? n + last.slice(k) : n;
  });
}
/**
 * Values said respectively of a list (docs/importer-grammar.md, "分别"): "水质达标率和水压合格率分别达到98%和95%" is two
 * targets, each name its value in order; "到2025年、2027年，农村自来水普及率分别达到95%、99%" is one name's value in each year
 * listed before it. Only when the list and the values are as many, each name recognisable; else null (read as before).
 * A value without its unit takes the next one's ("分别达到60、90%"); 以上/以下 said after the last only is each one's.
 * `spans`: where the values stand in the sentence; `out`: each span's targets.
 */
function respectively(sentence: string, yearText: string, base: Array<[number, number]>, years: Array<{ at: number; year: number }> | null,
  year: number | null, wholeYear: number | null, text: string): { out: Indicator[][]; spans: Array<[number, number]> } | null {
  const out: Indicator[][] = [];
  const spans: Array<[number, number]> = [];
  for (const r of execAll(RESPECTIVELY, sentence)) {
    if (inZone(base, r.index)) continue;
    const valuesAt = r.index + r[0].length - r[2].length;
    const values = execAll(VALUE_RE, r[2]).map((v) => ({ value: toNum(v[1]), unit: (v[2] ?? '').replace('％', '%'), suffix: /^\s*(以上|以下|以内|左右)/.exec(r[2].slice(v.index + v[0].length))?.[1] ?? '' }));
    for (let i = values.length - 2; i >= 0; i--) {
      if (!values[i].unit) values[i].unit = values[i + 1].unit;
      if (!values[i].suffix && i === values.length - 2 && !values.slice(0, -1).some((v) => v.suffix)) values[i].suffix = values[values.length - 1].suffix;
    }
    if (values.some((v) => !v.unit) || values.length < 2) continue;
    if (values.length > 2 && values[values.length - 1].suffix && values.slice(0, -1).every((v) => !v.suffix)) for (const v of values) v.suffix = values[values.length - 1].suffix;
    // (the clause back to its comma: 、 parts the names, not the clause)
    const clause = sentence.slice(0, r.index).split(/[，,。；;：:]/).pop() ?? '';
    // (split at 、/和 first, then at 及/与 too: 及 and 与 are inside words as often — 普及率, 参与率)
    let names: (string | null)[] = [];
    for (const list of NAME_LISTS) {
      names = sharedTail(clause.split(list).map((x) => cleanName(x))).map((x) => (x.length >= 2 ? recognisableName(x) : null));
      if (names.length === values.length && names.every(Boolean)) break;
    }
    if (!(names.length === values.length && names.every(Boolean))) names = [recognisableName(cleanName(clause))];
    const verb = r[1] ?? '';
    const comparatorFor = (suffix: string): Comparator => (suffix === '以上' ? '>=' : suffix === '以内' || suffix === '以下' ? '<=' : suffix === '左右' ? '~' : comparatorOf(verb));
    let pairs: { name: string; year: number | null }[] | null = null;
    if (names.length === values.length) {
      const y = years && years.length > 1 ? yearBefore(years, r.index, wholeYear) : year;
      pairs = names.map((name) => ({ name: name!, year: y }));
    } else if (names.length === 1 && names[0]) {
      const listed = YEAR_LIST.exec(yearText.slice(0, r.index));
      const ys = listed ? listed[1].match(/(?:19|20)[0-9]{2}/g)!.map(Number) : [];
      if (ys.length === values.length && ys.every((y, i) => !i || y > ys[i - 1])) pairs = ys.map((y) => ({ name: names[0]!, year: y }));
    }
    if (!pairs) continue;
    out.push(pairs.map((p, i) => ({ name: p.name, value: values[i].value, unit: values[i].unit, comparator: comparatorFor(values[i].suffix), year: p.year, text })));
    spans.push([valuesAt, r.index + r[0].length]);
  }
  return out.length ? { out, spans } : null;
}

/**
 * A baseline's word: what is there or was done (截至, 目前, 现有 …). A baseline runs from it to the first year of the plan
 * said after it, or to its bracket's end (baseZones).
 */
const BASE_WORD = new RegExp([...THERE_WORDS, '已有', '已经', '已达', '已建', '已累计', '已实现', '已完成', '已覆盖'].join('|'), 'g');
/** A year opening its clause (after 截至, 在, 于 or nothing): not one dating a thing ("2000年底前建成的"). */
const CLAUSE_YEAR = /(?:^|[，,；;：:（(])\s*(?:截至|截止|在|于)?\s*((?:19|20)[0-9]{2})\s*年(?!\s*(?:底|末)?\s*(?:前|以前|之前|以来|后|以后|起|开始))/g;
const ANY_YEAR = /((?:19|20)[0-9]{2})\s*年/g;
/**
 * Where a sentence tells its baseline (docs/importer-grammar.md, "Baselines"): from a word of what is there (截至, 目前,
 * 现有, 已…) or a year before the plan's first opening a clause ("2024年全区…45%", "（2024年底为120个）"), to the first
 * year of the plan's period said after it (by a clause's year only when the plan's first year is known), or the end of
 * the bracket it opened in, or the sentence's end. The base years of a change ("较2023年") are blanked out before.
 */
function baseZones(text: string, startYear: number | null): Array<[number, number]> {
  const starts: number[] = [];
  if (BASE_WORD.test(text)) {
    BASE_WORD.lastIndex = 0;
    for (let m = BASE_WORD.exec(text); m; m = BASE_WORD.exec(text)) if (!subjectThere(text, m.index, startYear)) starts.push(m.index);
  }
  BASE_WORD.lastIndex = 0;
  // (a year opening a clause that tells of a thing, "2024年启动的…项目全部完成，…完成率达到100%", is no baseline of the
  // clauses after it: its zone ends with its own clause — THING_AFTER_YEAR)
  const own: number[] = [];
  if (startYear !== null) {
    for (const m of text.matchAll(CLAUSE_YEAR)) {
      if (Number(m[1]) >= startYear) continue;
      const at = m.index + m[0].indexOf(m[1]);
      starts.push(at);
      if (THING_AFTER_YEAR.test(text.slice(m.index + m[0].length))) own.push(at);
    }
  }
  if (!starts.length) return [];
  const zones: Array<[number, number]> = [];
  for (const from of starts) {
    let to = text.length;
    if (own.includes(from)) {
      const end = text.slice(from).search(/[，,；;：:]/);
      if (end >= 0) to = from + end;
    }
    // (a frame of the baseline ends it: "全区现有农贸市场26个，在此基础上新建…4个", "在现有12个基础上新建8个" — what
    // follows 基础上 is the plan's)
    const frame = text.indexOf('基础上', from);
    if (frame >= 0 && frame + 3 < to) to = frame + 3;
    // (a bracket opened before the start and closed after it ends the baseline)
    const open = Math.max(text.lastIndexOf('（', from), text.lastIndexOf('(', from));
    if (open >= 0 && open > Math.max(text.lastIndexOf('）', from), text.lastIndexOf(')', from))) {
      const close = text.slice(from).search(/[)）]/);
      if (close >= 0) to = from + close;
    }
    for (const m of text.slice(from).matchAll(ANY_YEAR)) {
      const y = Number(m[1]);
      const at = from + m.index!;
      if (at === from || at >= to) continue;
      if (startYear !== null ? y >= startYear : /(?<!截)(?:到|至)\s*$/.test(text.slice(0, at))) { to = at; break; }
    }
    zones.push([from, to]);
  }
  return zones;
}
/** A word of what is there at `at` that names the target's subject (SUBJECT_THERE): after a year of the plan said before
 *  it in the sentence (a year after 到/至 when the plan's first year is unknown). */
function subjectThere(text: string, at: number, startYear: number | null): boolean {
  SUBJECT_THERE.lastIndex = at;
  const m = SUBJECT_THERE.exec(text);
  SUBJECT_THERE.lastIndex = 0;
  if (!m || m.index !== at) return false;
  // (a clause that only counts what is there is a stock, its zone a baseline's: stockClause)
  if (stockClause(text.slice(at))) return false;
  for (const y of text.slice(0, at).matchAll(ANY_YEAR)) {
    if (startYear !== null ? Number(y[1]) >= startYear : /(?:到|至)\s*$/.test(text.slice(0, y.index))) return true;
  }
  return false;
}
/**
 * What follows a year opening a clause that tells of a thing, not of what there was that year: a few words then 的
 * ("2024年启动的", "2025年度未完成的") — not the year's own 的 ("2024年底的", "2024年的").
 */
const THING_AFTER_YEAR = /^(?!\s*(?:底|末)?\s*的)[^0-9０-９，,。；;：:（(的]{1,8}的/;
/**
 * A year naming a thing, said inside its clause after a verb, in a clause stating no value: "巩固2025年…创建成果，",
 * "落实2025年中央一号文件部署，", "对照2025年省考核标准，" — the thing's year, not the year of the targets after it.
 * (Not after a word of time or a place saying whose year it is — 到, 至, 在, 于, 从, 由, 较, 全区 …: "全区2024年完成改造，"
 * is an account; nor a clause holding any other figure.) The lookahead of the year first is for speed only: the
 * lookbehind tried at every offset of a sentence (back over the clause each time) made this 3–18× slower.
 */
const NAMING_YEAR = /(?=(?:19|20)[0-9]{2}\s*年)(?<=(?:^|[，,；;：:（(])[^0-9０-９，,。；;：:（(]*[\u4e00-\u9fa5](?<![到至在于从由自较比与和及区县市省镇乡村我本年]))((?:19|20)[0-9]{2})\s*年(?=[^0-9０-９，,。；;：:]*(?:[，,；;：:]|$))/g;
/** A year dating a thing: "2000年底前建成的", "2015年以前建设的" (withoutBaseYears). */
const DATING_YEAR = /(?:19|20)[0-9]{2}\s*年(?=\s*(?:底|末)?\s*(?:前|以前|之前)[^，,。；;]{0,6}的)/;
const DATING_YEARS = new RegExp(DATING_YEAR.source, 'g');
/** `text` with the years of its baselines and the years before the plan dating a thing blanked out, positions kept. */
function withoutBaseYears(text: string, zones: Array<[number, number]>, startYear: number | null): string {
  let out = text.replace(ANY_YEAR, (y, n: string, at: number) => (inZone(zones, at) ? ' '.repeat(y.length) : y));
  if (startYear !== null) out = out.replace(DATING_YEARS, (y) => (Number(y.slice(0, 4)) < startYear ? ' '.repeat(y.length) : y));
  if (startYear !== null) out = out.replace(NAMING_YEAR, (y) => (Number(y.slice(0, 4)) < startYear ? ' '.repeat(y.length) : y));
  return out;
}
const inZone = (zones: Array<[number, number]>, at: number) => zones.some(([a, b]) => at >= a && at < b);
/** The value a change starts from: "从70%", "由2023年的3.2亿元" closing the clause before the value. */
const FROM_TAIL = /(?:从|由)\s*(?:((?:19|20)[0-9]{2})\s*年(?:底|末)?的?)?\s*$/;
/** The level reached after it: "提高到", "提高到2027年的" (the verb's level word kept). */
const FROM_TO = new RegExp(`^\\s*((?:${CHANGE_VERBS})(?:到|至))\\s*(?:((?:19|20)[0-9]{2})\\s*年(?:底|末)?的?)?\\s*$`);

/**
 * The years a sentence names, with where each is said — those that go forward only: steps of a plan are told in the
 * order of their years, and an earlier year said after a later one describes a thing ("2024年至2026年，改造2000年底前
 * 建成的老旧小区156个": 2000 dates the houses, not the target).
 */
function yearMentions(text: string): Array<{ at: number; year: number }> {
  const out: Array<{ at: number; year: number }> = [];
  const re = new RegExp(YEAR_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(m[1]);
    if (!out.length || year >= out[out.length - 1].year) out.push({ at: m.index, year });
  }
  return out;
}
/** A step completing all the work by its year: "2027年底前全部建成", "2028年全面完成", "2027年底前完成全部改造" (the year of a
 *  total said before the steps). */
const ALL_DONE = /((?:19|20)[0-9]{2})\s*年\s*(?:底|末)?\s*(?:前|之前)?\s*(?:力争|确保)?\s*(?:(?:全部|全面)\s*(?:建成|完成|完工|竣工|投用|投入使用|通车|达标)|(?:完成|建成)\s*(?:全部|所有|剩余|其余))/;
/** The year said last before `at`; `first` (the sentence's first year, or the year its steps complete all: ALL_DONE) for
 *  a value said before any. */
function yearBefore(years: Array<{ at: number; year: number }>, at: number, first: number | null): number | null {
  let y = first;
  for (const m of years) {
    if (m.at >= at) break;
    y = m.year;
  }
  return y;
}
/** "完成全部120处…": the word of quantity before a value is no part of a name (完成全部120处 reads as 完成120处); nor is a
 *  remainder ("完成剩余18台燃气锅炉低氮燃烧改造": what is counted follows the value, batch 29). */
const ALL_TAIL = /(全部|所有|剩余|其余|余下)\s*$/;
/**
 * What a count names right after its measure word ("5个老旧小区综合改造"): a word, up to the clause's end — not 以上/左右
 * (then the count closes its clause: "破损广告牌200块以上" counts what stands before it).
 */
const ENUM_TAIL = /^(?!以上|以内|以下|左右|的)([\u4e00-\u9fa5][^，,。；;：:、0-9０-９\s]{1,23})/;
/** A verb of work done, which alone names no target: the step repeats the work named before it. */
const STEP_VERB = /^(改造|新建|建成|建设|完成|新增|培育|实施|打造|整治|提升|开工|推广|创建)$/;

/** A name that is only a total of something named before it in the sentence. */
const TOTAL_WORD = /^(?:总数|总量|总规模|总数量|数量|规模)$/;
/** Verbs of new things before a name ("新开通5G基站"): the total is of the thing, not of what is new. */
const NEW_VERB = /^(?:新开通|新开工|新建成|新引进|新培育|新认定|新增|新建|新开|新上)+/;

/** Indicator table flattened into one line: "光纤覆盖率   98%机关办公业务实现数字化   95%…". */
export function findTableIndicators(text: string, year: number | null): Indicator[] {
  const out: Indicator[] = [];
  for (const m of execAll(TABLE_ROW, text)) {
    const name = recognisableName(cleanName(m[1].replace(/^.*[：:]/, '')));
    if (!name) continue;
    out.push({ name, value: toNum(m[2]), unit: m[3].replace('％', '%'), comparator: '=', year, text: m[0].replace(/\s+/g, ' ').trim() });
  }
  return out;
}
