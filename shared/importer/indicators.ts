/**
 * Measurable targets in plan text: "家庭光纤入户率达到60%", "建成各类室外无线2400个", "移动宽带用户数达360万",
 * "两化融合指数争取达到85", table rows "光纤覆盖率   98%".
 */
import type { Comparator, Indicator } from '../model/plan';
import { execAll, splitAfter } from '../text/scan';

const UNITS = [
  '兆比特/秒', '兆比特每秒', '千兆比特/秒', '皮长公里', '台/百户', '台/人', '部/百户', '万亿元', '万户', '万人次', '万人', '万台', '万个', '万家', '万辆', '万条', '万次', '万件', '亿元', '万元', '公里', 'km', 'Mbps', 'Gbps', 'MB', 'GB', 'M', 'G', 'T',
  '万平方米', '平方公里', '平方米', '万亩', '公顷', '万吨', '千瓦', '兆瓦', 'PFlops', '亩', '吨', '名', '场', '批', '支', '间', '床', '款', '种',
  '%', '％', '个百分点', '个', '户', '家', '项', '套', '座', '条', '所', '处', '台', '人次', '人', '万', '倍', '兆', '千兆', '站点', '站', '辆', '块', '张', '路',
];
const UNIT_RE = UNITS.map((u) => u.replace(/[/%]/g, (c) => '\\' + c)).join('|');

/** Verbs and phrases that introduce a target value, with the comparator they imply. */
const VERBS: [RegExp, Comparator][] = [
  [/(不少于|不低于|不小于|力争超过|超过|突破|达到以上|以上)$/, '>='],
  [/(控制在|不超过|不高于)$/, '<='],
  [/(大于|高于|多于)$/, '>'],
  [/(小于|低于|少于)$/, '<'],
  [/(力争累计达到|力争达到|争取达到|累计达到|达到|达|提高到|提升到|增加到|增长到|扩大到)$/, '>='],
  [/(约|左右)$/, '~'],
  [/为$/, '='],
];

/** A value with its unit; letter units (M, G, T) only where the word ends ("20M。", "3M以上", not "5G基站"). */
const VALUE_RE = new RegExp(
  `(?<![A-Za-z0-9０-９.．])([0-9０-９]+(?:[.．][0-9]+)?)\\s*(?:(${UNIT_RE.replace(/\|M\|G\|T/, '')})|([MGT](?:bps)?)(?=$|[，,。；;、）)]|以上|以下|左右)|(?=[，,。；;、）)\\s]|$))`,
  'g',
);
/** What every match of VALUE_RE holds. */
const HAS_DIGIT = /[0-9０-９]/;
const VERB_TAIL = /(不少于|不低于|不小于|力争超过|超过|突破|控制在|不超过|不高于|大于|高于|多于|小于|低于|少于|力争累计达到|力争达到|争取达到|累计达到|达到|达|提高到|提升到|增加到|增长到|扩大到|约|为)\s*$/;
/** Table rows of an indicator list: "光纤覆盖率     98%" */
const TABLE_ROW = new RegExp(`([\\u4e00-\\u9fa5A-Za-z]{3,30}?)\\s{2,}([0-9０-９]+(?:[.．][0-9]+)?)\\s*(${UNIT_RE})`, 'g');

/**
 * The year a sentence names ("到2013年", "2015 年底"): only the year is read, and the leftmost "(到|至|于|在)? YYYY年" holds
 * the same year as the leftmost "YYYY年", so the words around it are not matched.
 */
const YEAR_RE = /(20[0-9]{2}|19[0-9]{2})\s*年/;
/** A sentence states a target when it names a year to reach or a level to reach … */
const TARGET_CONTEXT = /(到20[0-9]{2}年|至20[0-9]{2}年|力争|目标|功能标志|达到|实现|建成|新建|新增|不少于|不低于|超过|累计|形成|完成|指标)/;
/** … or a count of things to build, cultivate or gather ("推出精品民宿100家"): then only counted units are read. */
const COUNT_CONTEXT = /(建设|培育|推出|集聚|引进|打造|创建|改造|募集|实施|开展|设立|每年|扶持|开放|修复|治理|举办|上线|接入|种植|供应)/;
const COUNTED_UNIT = /^(万?个|万?家|万?亩|万?户|项|座|所|处|条|套|间|名|万?人|万?人次|场|批|支|床|款|种|公里|平方公里|万?平方米|公顷|亩|万?吨|千瓦|兆瓦|台|辆|块|张|站|站点|PFlops)$/;
/**
 * A quantity target in a clause of its own: a verb of work, its object, a number and a measure word, and nothing more
 * ("整治老旧小区45个", "加装电梯120台", "更新公交车辆200辆"). Read in any sentence, as COUNT_CONTEXT's verbs are, but only
 * in this shape: the verb opens the clause (after a time word at most) and the measure word closes it, so "现有老旧小区45个",
 * "已整治45个", "涉及居民1.2万户" and figures inside a longer clause stay text.
 */
const QUANTITY_VERB = '(?:整治|加装|安装|更新|更换|改建|新改建|改扩建|新改扩建|扩建|修缮|整修|提升改造|改造提升|增设|配建|配置|新开|开通|铺设|敷设|栽植|补植|新植|拆除|清理|疏浚|组建|孵化|认定|推广|创成|培养|吸引|收储|盘活|腾退|处置|淘汰|关停|整合|贯通|打通|回收|救助|资助|帮扶|慰问|筛查|检测|评定|挂牌|命名|建立|配备|招录|招聘)';
const QUANTITY_CLAUSE = new RegExp(`^(?:全年|年内|每年|三年内|三年|今年|明年|再)?${QUANTITY_VERB}[^0-9０-９，,。；;：:、（）()]{2,16}$`);
/** Sentences about what was done or is there: no quantity target in them. */
const QUANTITY_PAST = /(已|现有|截至|截止|共有|涉及|期间|以来|先后|过去|去年|上年|同比|目前)/;

/** Verbs that stand before the name of what is counted ("推出精品民宿100家", "集聚人工智能企业500家"). */
const COUNT_VERB = /^(新建和改造|建设改造|组织实施|新增|新建|建成(?!区)|建设|培育|推出|集聚|引进|打造|创建|募集|实施|开展|设立|培训|招引|提供|布设|部署|完成|举办|上线|接入|种植|供应)+/;

function toNum(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace('．', '.'));
}

function cleanName(s: string): string {
  return s
    .replace(/^[\s,，、;；。:：]+/, '')
    .replace(/^.*?(?:19|20)\d\d\s*年(?:底|末|前)?/, '')
    .replace(/^(规划|预计|计划|目标)/, '')
    .replace(/^(的|达到|以上|以内|其中|同时|并|且|使|在|实现|基本|全面|全区|累计|力争|争取|进一步|基本建成|建成(?!区)|新建|完成|达成|主要区域|到20\d\d年(底|末)?|20\d\d年(底|末)?|三年内|三年|每年|年均|全年)+/, '')
    .replace(COUNT_VERB, '')
    .replace(/(的|为|将|要|均|总|平均|在|达|是)$/, '')
    .replace(/^[\s,，、]+|[\s,，、]+$/g, '')
    .trim();
}

/** Words a name cannot start with: prepositions, conjunctions, demonstratives and clause openers ("与正在筹建的…"). */
const CLAUSE_START = /^(与|和|及|并|或|对|把|将|向|从|以|由|被|其|该|此|这|那|沿|随着|通过|围绕|按照|依托|结合|针对|利用|落实|推进|加快|加强|积极|完善|健全|建立|开展|鼓励|支持|推动)/;
/** Words inside a clause, never inside a name: adverbs of time and manner ("正在筹建"). */
const CLAUSE_WORD = /(正在|已经|逐步|不断|努力|大力)/;
/** Words a name cannot end with: a verb or conjunction still waiting for its object ("子类包含", "家庭能够享受"). */
const OPEN_END = /(包含|涵盖|享受|包括|对接|及|和|与|或|等|按|中新增|能够|可以|可)$/;
/** Words after a name that belong to the verb: "…处理率保持", "…担保费率降至", "…拥有量基本". */
const TRAILING = /(保持在?|稳定在|基本|降至|降低至|下降至|下降到|降低到|控制在|提升至|提高至)$/;

/**
 * A name a reader recognises as an indicator, or null (then the value is not offered). General rules, no words of
 * a particular plan: a name holds no count of its own ("涵盖5大类"), does not start like a clause (与, 利用, 推进 …),
 * holds no adverb of a clause (正在), does not end waiting for an object (包含, 享受, 和), is no bare place name
 * (杨浦区, 中心城区) and no list of quoted terms (“法人”和“地理信息”). Words of the verb after it are dropped
 * (…处理率保持 → …处理率). A count of things built takes what follows its verb (园区利用闲置空间建设演艺新空间 → 演艺新空间).
 */
export function recognisableName(raw: string, counted = false): string | null {
  // "新建和改造口袋公园" read from its second verb: the conjunction and the verb go, the object stays
  let name = raw.replace(TRAILING, '').replace(/^(和|及|与)(改造提升|改造|改建|培育|更新|加固|新建|建设|提升)/, '').trim();
  if (counted) {
    const verbs = [...name.matchAll(/(新建和改造|建设改造|组织实施|新增|新建|建成|建设|培育|推出|集聚|引进|打造|创建|设立|布设|部署|上线)/g)];
    const last = verbs[verbs.length - 1];
    if (last && last.index! > 0) {
      const rest = name.slice(last.index! + last[0].length).replace(/^的/, '');
      if (rest.length >= 3) name = rest;
    }
  }
  if (name.length < 2 || !/[\u4e00-\u9fa5A-Za-z]{2}/.test(name)) return null;
  if (/[0-9０-９]+\s*(大类|类|个|家|项|种|批|座|所|条|万|亿|余)/.test(name)) return null;
  if (CLAUSE_START.test(name) || CLAUSE_WORD.test(name) || OPEN_END.test(name)) return null;
  // a bare place (杨浦区, 中心城区) — not a countable thing ending like one (老旧小区, 产业园区, 社区, 病区)
  if (/^[^、，,]{0,3}(区|市|县|镇|街道|城区)$/.test(name) && !/(小区|园区|社区|景区|街区|校区|片区|厂区|病区)$/.test(name)) return null;
  if (/[”"]\s*(和|与|及|、)\s*[“"]/.test(name)) return null;
  if (name.length > 24) return null;
  return name;
}

function comparatorOf(verb: string): Comparator {
  for (const [re, c] of VERBS) if (re.test(verb)) return c;
  return '=';
}

/**
 * Indicators in one paragraph. `defaultYear` is the plan's end year (used when the sentence names none).
 * Only sentences that state a target (到2013年, 力争, 达到, 建成 …) are read, so background figures are left alone.
 * Each value (number + unit) takes its name from the words before it in the same clause, less the verb
 * ("家庭光纤入户率达到60%" → 家庭光纤入户率, >=); a bare "力争累计达到3000个" takes the previous name; a count with no name
 * ("累计建成30家") takes the object of `subject`, the heading of the node ("建设城市书房" → 城市书房).
 */
export function findIndicators(paragraph: string, defaultYear: number | null, subject = ''): Indicator[] {
  const out: Indicator[] = [];
  const seen = new Set<string>();
  for (const sentence of splitAfter(paragraph, '。！？!?')) {
    // (a sentence without a digit has no value)
    if (!HAS_DIGIT.test(sentence)) continue;
    // "到2013年…" sets the year of its own sentence; other sentences take the plan's end year
    const ym = YEAR_RE.exec(sentence);
    const counting = !TARGET_CONTEXT.test(sentence);
    // (a sentence without a count verb may still hold quantity targets in clauses of their own: QUANTITY_CLAUSE)
    const quantityOnly = counting && !COUNT_CONTEXT.test(sentence);
    if (quantityOnly && QUANTITY_PAST.test(sentence)) continue;
    const year = ym ? Number(ym[1]) : defaultYear;
    const text = sentence.trim();
    let prevEnd = 0;
    let prevName = '';
    for (const m of execAll(VALUE_RE, sentence)) {
      const at = m.index ?? 0;
      const unit = (m[2] ?? m[3] ?? '').replace('％', '%');
      const after = sentence.slice(at + m[0].length);
      const before = sentence.slice(prevEnd, at);
      prevEnd = at + m[0].length;
      if (/^\s*(年|月|日|号|工作日|小时|分钟|天|次会议|届|多年|周年|大|个中心|\+|重点专项|重点任务|具体事项|项任务|行动|方面)/.test(after)) continue;
      if (/^(19|20)\d\d$/.test(m[1]) && !unit) continue;
      // the clause: text since the last delimiter
      const clause = before.split(/[，,。；;：:、（）()]/).pop() ?? '';
      if (quantityOnly && !(QUANTITY_CLAUSE.test(clause.trim()) && COUNTED_UNIT.test(unit) && /^\s*(以上)?\s*([，,。；;、]|$)/.test(after))) continue;
      // the verb usually stands before the value ("覆盖率达到60%"), sometimes before the name ("达到车牌照识别率99%")
      const verb = VERB_TAIL.exec(clause)?.[1] ?? /^\s*(力争达到|达到|超过|不低于|不少于)/.exec(clause)?.[1] ?? '';
      let name = cleanName(clause.slice(0, clause.length - (VERB_TAIL.exec(clause)?.[0].length ?? 0)));
      if (!name && verb) name = prevName;
      if (!name && (!clause.trim() || /(建成|新建|完成|培训|覆盖|建设|实现|使|有|达到)\s*$/.test(clause))) {
        // the name follows the value: "完成390个行政村宽带接入", "实现90%以上非涉密公文网上流转"
        const tail = /^([^，,。；;：:、0-9０-９]{2,24})/.exec(after.replace(/^\s*(以上|以内|以下|左右)?的?/, ''));
        if (tail) name = cleanName(tail[1]);
        // "建设城市书房。…累计建成30家": what is counted is what the heading names
        else if (subject && /(建成|新建|完成|建设|新增|培育|打造)\s*$/.test(clause)) name = cleanName(subject);
      }
      if (!name || name.length < 2 || !/[\u4e00-\u9fa5A-Za-z]{2}/.test(name)) continue;
      // a name a reader recognises: no stray bracket, no clause joined by 为/以
      if (/^[)）\]】]|[(（][^)）]*$|^[^(（]*[)）]/.test(name) || /(为重点|为主|为核心|为抓手)$/.test(name)) continue;
      if (counting && !COUNTED_UNIT.test(unit)) continue;
      if (!unit && !/(指数|得分|评分|等级)$/.test(name)) continue;
      const suffix = /^\s*(以上|以内|以下|左右)/.exec(after)?.[1];
      const comparator = suffix === '以上' ? '>=' : suffix === '以内' || suffix === '以下' ? '<=' : suffix === '左右' ? '~' : comparatorOf(verb);
      prevName = name;
      // "建档率、电子病历使用率、…共享率等基本达到100%": one value for a list of names
      const wide = before.split(/[，,。；;：:（）()“”"]/).pop() ?? '';
      const list = wide.includes('、') && /(等|均|都)(基本|全部)?\s*$/.test(wide.slice(0, wide.length - (VERB_TAIL.exec(wide)?.[0].length ?? 0)))
        ? wide.slice(0, wide.length - (VERB_TAIL.exec(wide)?.[0].length ?? 0)).replace(/(等|均|都)(基本|全部)?\s*$/, '').split('、').map(cleanName).filter((x) => x.length >= 2)
        : [name];
      // only names a reader recognises are offered (recognisableName); a list keeps those of its names that are
      const names = list.map((x) => recognisableName(x, COUNTED_UNIT.test(unit))).filter((x): x is string => !!x);
      if (!names.length) continue;
      prevName = names[names.length - 1];
      for (const each of names) {
        const key = `${each}|${m[1]}|${unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ name: each, value: toNum(m[1]), unit, comparator, year, text });
      }
    }
  }
  return out;
}

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
