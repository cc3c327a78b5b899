/**
 * Places and governments in a plan's head: the administrative units (province, city, district/county) as rule
 * tables, and the reading of a government or organ named at an offset ("上海市杨浦区人民政府办公室") or at the start of
 * a title. Matched on the folded view (fold.ts); what is returned is the original text. Used by meta.ts.
 */
import { foldForMatch } from '../text/fold';
import { YEAR_PART } from './dates';

/** A unit of administration: a proper name of minName…maxName characters + suffix. Rows are tried in order. */
interface UnitRule {
  suffix: string;
  minName: number;
  maxName: number;
  /** Only directly after a city (成都市都江堰市: a county-level city); a lone "X市" is a city. */
  afterCity?: boolean;
  /** Only before an organ (or where a sentence names the plan's own place): never from a title alone. */
  organOnly?: boolean;
  /** Only right before its own government or party committee (an organ that follows a place directly). */
  governmentOnly?: boolean;
}

/** Provinces (only skipped over: the model has no province field). */
export const PROVINCE_UNITS: UnitRule[] = [
  { suffix: '特别行政区', minName: 2, maxName: 2 }, // 香港特别行政区
  { suffix: '自治区', minName: 2, maxName: 5 }, // 广西壮族自治区
  { suffix: '省', minName: 2, maxName: 3 }, // 四川省, 黑龙江省
];

/**
 * The provinces and autonomous regions by their short names, as a text names them before their city without 省 or
 * 自治区 ("广西南宁市", "内蒙古赤峰市", "湖南长沙市"): read as the province only there, a city right after it (alone, "广西"
 * names a region, no unit the model holds). The municipalities (北京, 上海 …) are cities, read with 市.
 */
const PROVINCES = ['黑龙江', '内蒙古', '河北', '山西', '辽宁', '吉林', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '广西', '西藏', '宁夏', '新疆'];
/** The municipalities and the special administrative regions (and 台湾): the rest of the 34 province-level places. */
const CITY_PROVINCES = ['北京', '天津', '上海', '重庆', '香港', '澳门', '台湾'];
/** The 34 province-level places by their short names, as an alternation for a pattern (GB/T 2260). */
export const PROVINCE_LEVEL_NAMES = [...PROVINCES, ...CITY_PROVINCES].join('|');
const PROVINCE_SHORT = new RegExp(`^(?:${PROVINCES.join('|')})`);
/** The province named short at `pos` when a city follows it (PROVINCE_SHORT), not a prefecture's name that opens so
 *  ("海南藏族自治州": a nationality's name alone is no city's, its place is before it). */
function shortProvinceAt(f: string, pos: number): UnitAt[] {
  const m = PROVINCE_SHORT.exec(f.slice(pos, pos + 3));
  if (!m) return [];
  const end = pos + m[0].length;
  const city = unitsAt(f, end, CITY_UNITS, false).some((c) => !c.word && !/族$/.test(f.slice(c.start, c.end).replace(/(?:自治州|州|市|盟|地区)$/, '')));
  return city ? [{ start: pos, end, word: false, titleWord: false }] : [];
}

/** Cities: 上海市, 成都市, 呼和浩特市. */
export const CITY_UNITS: UnitRule[] = [
  { suffix: '市', minName: 2, maxName: 4 },
  // prefectures the model's city field holds too: 凉山彝族自治州, 凉山州, 锡林郭勒盟 (a 县/旗 plan names them before itself)
  { suffix: '自治州', minName: 2, maxName: 8 },
  { suffix: '州', minName: 2, maxName: 3 },
  { suffix: '盟', minName: 2, maxName: 4 },
  // a prefecture named by 地区 only before its own government: 喀什地区行政公署, 阿里地区人民政府 (贫困地区, 重点地区,
  // 长三角地区 are words everywhere else)
  { suffix: '地区', minName: 2, maxName: 4, governmentOnly: true },
];

/** Districts and counties (区/县/旗, 新区, 自治县, a county-level 市 after a city). */
export const DISTRICT_UNITS: UnitRule[] = [
  { suffix: '新区', minName: 2, maxName: 3 }, // 浦东新区, 滨海新区 (before 区: 浦东 + 新区, not 浦东新 + 区)
  { suffix: '自治县', minName: 2, maxName: 6 }, // 长阳土家族自治县
  { suffix: '自治旗', minName: 2, maxName: 6 }, // 鄂温克族自治旗
  { suffix: '区', minName: 2, maxName: 4 }, // 杨浦区, 东湖区, 石景山区
  // a one-character name only right after its city, and only where an organ names it: 攀枝花市东区人民政府, 中山市西区区委
  // (alone, 东区/城区 are words; in a title, "郑州市新区开发…", "宁波市东区供水管网…" are parts of the city)
  { suffix: '区', minName: 1, maxName: 1, afterCity: true, organOnly: true },
  { suffix: '县', minName: 1, maxName: 4 }, // 南屿县, 沛县
  { suffix: '旗', minName: 2, maxName: 5 }, // 准格尔旗
  { suffix: '市', minName: 2, maxName: 4, afterCity: true }, // 成都市都江堰市
];

/** Townships after their district or city (only skipped over: the model has no township field): 巴南区木洞镇人民政府. */
export const TOWNSHIP_UNITS: UnitRule[] = [
  { suffix: '街道办事处', minName: 2, maxName: 4 },
  { suffix: '街道', minName: 2, maxName: 4 },
  { suffix: '镇', minName: 2, maxName: 4 },
  { suffix: '乡', minName: 2, maxName: 5 }, // 民族乡: 石门土家族乡 is 5
];
/**
 * Words ending like a township: 乡镇, 城乡, 小镇, 家乡 — never a township's name + suffix; 城镇, 集镇, 村镇 only after
 * the words that make them common nouns (小城镇, 重点集镇, 特色村镇): 王集镇, 古城镇, 新城镇 are townships.
 */
const TOWNSHIP_WORDS = /(乡镇|小镇|名镇|强镇|重镇|城乡|家乡|故乡|水乡|老乡|下乡|返乡|(?:^|小|中心|重点|特色|建制|新型|示范|全县|全区|全市)(?:城镇|集镇|村镇))$/;
/** A township's name + suffix ("木洞镇", "王集镇", "望川街道"): a place name, not a word ("各乡镇", "全区各街道"). */
const isTownship = (name: string, suffix: string) => isPlaceName(name) && !TOWNSHIP_WORDS.test(name + suffix);

/** Characters that never occur in a place name (pronouns, particles): "提高我区", "本市", "各区". */
const NAME_STOP = /[我各该此其每某的之与及等在对把被个项]/; // not 本 (本溪市), 全 (全椒县), 从 (从化区), 向 (向阳区), 将 (将乐县)
/** Names never start with a verb or a preposition: "加强绿化市容", "推进智慧城区", "关于…". */
export const NAME_VERB_START = /^(关于|推进|推动|加快|加强|提高|提升|促进|深化|建设|打造|实施|做好|支持|落实|印发|转发|全面|进一步|开展|完善|优化|创建|构建|健全|发展|服务|聚焦|围绕|实现|做强|争创|创新|规范|培育|深入|贯彻|依托|面向|助力|赋能|统筹|坚持|巩固|新型|智慧|数字|现代|国际)/;
/** Common words that end in a unit suffix: a "name" + suffix ending in one of these is a word, not a place. */
const UNIT_WORDS = /(社区|园区|小区|景区|校区|商区|厂区|灾区|牧区|示范区|试点区|开发区|功能区|保护区|自贸区|高新区|经开区|保税区|实验区|集聚区|承载区|先行区|核心区|引领区|试验区|合作区|服务区|住宅区|工业区|商务区|风景区|旅游区|生态区|超市|门市|夜市|股市|楼市|上市|联盟|同盟|结盟|加盟|直辖市|地级市|县级市|强市|强区|强县|大县|贫困县|示范县|试点县|边境县|全县|本县|郊县|区县|市县|县市)$/;
/**
 * …and these only after a name of three characters or more: 智慧城区, 中心城区, 智慧城市, 国际大都市 are words, but
 * 东城区, 金山区, 宝山区, 盐城市, 成都市 are places.
 */
const LONG_UNIT_WORDS = /(城区|城市|都市|山区|林区|矿区|郊区|老区|地区|片区|街区|市区)$/;
/**
 * Words that make 地区 a common noun, "a region of that kind" — 重点地区, 贫困地区, 民族地区, 边境地区, 长三角地区,
 * 中西部地区 —: before 地区 no prefecture's name, even before 人民政府 ("重点地区人民政府债务风险化解", "长三角地区人民
 * 政府间合作"). A prefecture's proper name (喀什, 阿里, 云岭) is none of them (review rev40).
 */
const REGION_WORDS = /(重点|贫困|民族|边境|边疆|边远|偏远|沿海|沿边|沿江|沿线|内陆|农村|农牧|牧区|林区|山区|革命老|老区|欠发达|发达|脱贫|受灾|灾区|周边|相关|其他|有关|部分|特殊|困难|落后|薄弱|[东西南北中]部|东北|东南|西南|西北|华北|华东|华南|华中|长三角|珠三角|京津冀|粤港澳|大湾区|成渝|港澳|台湾|毗邻|接壤|相邻|流域|高原|城乡|试点|示范|重要|同类|不同|境外|海外|国外|涉藏|少数民族|城市|城镇|农业|工业|郊|全|本|外)$/;
/**
 * Places that are far more often words at the start of a title ("老城区更新…", "杭州市城区河道…"): read only where a
 * government names them ("阳泉市城区人民政府").
 */
const TITLE_UNIT_WORDS = /^(老城区|新城区|主城区|旧城区|新城市|城区|郊区|矿区|市区|山区|林区|老区|片区|街区|园区|社区|小区|景区|校区|厂区|灾区|牧区)$/;
/** A character right after the suffix that makes the suffix part of a word: 市场, 市民, 市容, 区域, 县域. */
const AFTER_SUFFIX_WORD: Record<string, RegExp> = {
  '市': /^[场民容政域值面井貌况辖]/,
  '区': /^[域块位间划别内外]/,
  '新区': /^[域块]/,
  // (县城 is the county town — but "石桥县城乡融合", "石桥县城市管理局" are 县 + 城乡 / 城市)
  '县': /^(?:[域级]|城(?![乡市]))/,
};

/**
 * Organs that follow a place name directly ("杨浦区人民政府办公室", "杨浦区委"), longest first; the party committee's
 * own offices and departments ("中共静安区委办公室", "中共成都市委社会工作部") are organs of their own, not 委 + text —
 * and so are its working committees ("中共白沙区委区直机关工作委员会", "县委县直机关工委", "区委教育工委"). A
 * prefecture's or league's government is its 行政公署 ("锡林郭勒盟行政公署", "喀什地区行政公署办公室").
 */
const ORGAN_DIRECT = /^(人民政府办公室|人民政府办公厅|人民政府|行政公署办公室|行政公署|政府办公室|政府办公厅|政府办|政府|人大常委会|人民代表大会常务委员会|委员会|政协|党委|纪委|委(?:办公室|办公厅|组织部|宣传部|统战部|统一战线工作部|社会工作部|政法委员会|政法委|网信办|政策研究室|编办|机构编制委员会办公室|全面深化改革委员会办公室|改革办|[\u4e00-\u9fa5]{1,8}?(?:工作委员会|工委))|委)/;
/** A department: any name (no sentence, no 关于) ending in one of these. A committee's office is one organ ("生态环境保护
 *  委员会办公室", "食品安全委员会办公室": the office that signs for the committee, as a 领导小组办公室 does) — not a zone's
 *  working or administrative committee's office ("X新城工作委员会办公室"), which no government reader knows (meta.ts
 *  ZONE_ORGAN reads it). */
const ORGAN_DEPARTMENT = /^([\u4e00-\u9fa5]{1,16}?)(管理委员会|(?<!工作)委员会办公室|委员会|管委会|领导小组办公室|领导小组|局|办公室|办公厅|中心)/;
/** Every organ above contains one of these characters (a quick test before the full reading). */
const ORGAN_HINT = /[政委局办厅心组协]/;
const NOT_IN_DEPARTMENT = /关于|印发|转发|的|通知|[我本各]/;

interface Span { start: number; end: number }
export interface Government {
  province: string | null;
  city: string | null;
  district: string | null;
  /** The organ after the place ("人民政府办公室"), null in a title. */
  organ: string | null;
  /** Offset just after what was read. */
  end: number;
}

/**
 * 和 read as "and" inside a name: after two characters or more ("绿化和市容", "园区和市场", "城区和新城区") or after a unit's
 * kind ("区和市两级"). A place's own 和 opens its name (和平区, 和田, 和龙市) or follows its first character (呼和浩特, 太和县,
 * 仁和区, 同和镇): one character is no word that a conjunction joins to another.
 */
const AND_IN_NAME = /^[^]{2,}和|^[区县市省州盟旗镇乡]和/;
function isPlaceName(name: string): boolean {
  if (!/^[\u4e00-\u9fa5]+$/.test(name)) return false;
  if (NAME_STOP.test(name) || NAME_VERB_START.test(name)) return false;
  if (AND_IN_NAME.test(name)) return false;
  if (/(区|县|市|省)$/.test(name)) return false;
  // "自治区推进…领导小组" names the region by its kind alone (自治 + 区 is no place); "中共X市委X市人民政府": the 委 closes
  // the city's party committee, no name starts with it (委X市 is no county-level city)
  if (/自治$/.test(name) || /^[委府]/.test(name)) return false;
  return true;
}

/** Candidate units at `pos`, shortest name first; `word` = the name + suffix also ends like a common word (城区). */
type UnitAt = Span & { word: boolean; longWord?: boolean; titleWord: boolean; organOnly?: boolean; governmentOnly?: boolean };
function unitsAt(f: string, pos: number, rules: UnitRule[], afterCity: boolean): UnitAt[] {
  const out: UnitAt[] = [];
  const maxName = Math.max(...rules.map((r) => r.maxName));
  for (let len = 1; len <= maxName; len++) {
    for (const r of rules) {
      if (len < r.minName || len > r.maxName || (r.afterCity && !afterCity)) continue;
      if (!f.startsWith(r.suffix, pos + len)) continue;
      const name = f.slice(pos, pos + len);
      // (a county or city made a district keeps its old name before 区, "沙县区", "沙市区": read only right before its own
      // government — "各县区人民政府", "全市区域" are no place; real batch 20's 06)
      const renamed = len === 2 && r.suffix === '区' && /[县市]$/.test(name) && /^[\u4e00-\u9fa5]/.test(name) && !NAME_STOP.test(name[0]) && !/[全本]/.test(name[0]) && !!organAt(f, pos + len + 1)?.direct;
      if (!isPlaceName(name) && !renamed) continue;
      const short = UNIT_WORDS.test(name + r.suffix);
      // (before 地区, a prefecture's name of any length is no word — 阿克苏地区 —; a kind of region is: 贫困地区, 长三角地区)
      const long = !short && (r.governmentOnly ? REGION_WORDS.test(name) : len >= 3 && LONG_UNIT_WORDS.test(name + r.suffix));
      out.push({ start: pos, end: pos + len + r.suffix.length, word: short || long, longWord: long, titleWord: TITLE_UNIT_WORDS.test(name + r.suffix), organOnly: r.organOnly, governmentOnly: r.governmentOnly });
    }
  }
  return out;
}

function organAt(f: string, pos: number): (Span & { direct?: boolean }) | null {
  const rest = f.slice(pos);
  const d = ORGAN_DIRECT.exec(rest);
  if (d) return { start: pos, end: pos + d[0].length, direct: true };
  const g = ORGAN_DEPARTMENT.exec(rest);
  if (g && !NOT_IN_DEPARTMENT.test(g[1])) return { start: pos, end: pos + g[0].length };
  return null;
}

/**
 * The government named at `pos` of `text`: [province][city][district] + organ (an issuer), or, with
 * `organ: 'optional'`, a place at the start of a title ("上海市奉贤区推进…", "杨浦区“智慧城市”…").
 */
export function readGovernment(text: string, pos = 0, opts: { organ: 'required' | 'optional'; ownPlace?: boolean } = { organ: 'required' }, folded = foldForMatch(text)): Government | null {
  const f = folded;
  if (opts.organ === 'required' && !ORGAN_HINT.test(f.slice(pos, pos + 40))) return null; // fast path: most lines
  const start = pos + (f.startsWith('中共', pos) ? 2 : 0);
  const str = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  for (const p of [...unitsAt(f, start, PROVINCE_UNITS, false), ...shortProvinceAt(f, start), null]) {
    const p1 = p ? p.end : start;
    for (const c of [...unitsAt(f, p1, CITY_UNITS, false), null]) {
      const p2 = c ? c.end : p1;
      for (const d of [...unitsAt(f, p2, DISTRICT_UNITS, !!c), null]) {
        let p3 = d ? d.end : p2;
        // a township after its district or city, before an organ: skipped over (its government issues; the district is read)
        if ((d || c) && opts.organ === 'required' && /[镇乡街]/.test(f.slice(p3 + 1, p3 + 7))) {
          const t = unitsAt(f, p3, TOWNSHIP_UNITS, false).find((u) => !u.word && !TOWNSHIP_WORDS.test(f.slice(u.start, u.end)) && organAt(f, u.end)?.direct);
          if (t) p3 = t.end;
        }
        // no unit that is also a common word (智慧城区, 中心城区, 城市), even before an organ — but a district of three
        // characters ending like one (石景山区) right after its city and right before its own organ is the place:
        // "中共北京市石景山区委办公室", "X市石景山区人民政府"
        const ownOrgan = d?.longWord && c ? organAt(f, p3)?.direct : false;
        // (a unit read only before its own government is a word only when a kind of region says it: 贫困地区, not 阿克苏地区)
        if ([p, c, d].some((u) => u?.word && !(u === d && ownOrgan))) continue;
        const organ = organAt(f, p3);
        if (!organ && opts.organ === 'required') continue;
        if (!organ && !p && !c && !d) continue;
        // a one-character district only where an organ (or a sentence naming the plan's own place) names it
        if (!organ && d?.organOnly && !opts.ownPlace) continue;
        if (!organ?.direct && [p, c, d].some((u) => u?.governmentOnly)) continue;
        // an organ that follows a place, with none before it, names no government: "政府文件", "政府信息公开" (page chrome)
        if (organ?.direct && !p && !c && !d) continue;
        if (!organ) {
          // in a title: no suffix that starts a word (上海市场, 区域), no place that is mostly a word (老城区)
          if ([p, c, d].some((u) => u?.titleWord)) continue;
          const last = (d ?? c ?? p)!;
          const suffix = [...DISTRICT_UNITS, ...CITY_UNITS, ...PROVINCE_UNITS].map((r) => r.suffix).find((s) => f.startsWith(s, last.end - s.length))!;
          if (AFTER_SUFFIX_WORD[suffix]?.test(f.slice(last.end))) continue;
        }
        return { province: str(p), city: str(c), district: str(d), organ: str(organ), end: organ ? organ.end : p3 };
      }
    }
  }
  return null;
}

/** The district named at the start of a title or by an issuer in `text` ("上海市杨浦区人民政府" → 杨浦区), else null. */
export function findDistrict(text: string): string | null {
  const t = text.trim();
  return readGovernment(t, 0, { organ: 'required' })?.district ?? placeOfTitle(t)?.district ?? null;
}

/** What may precede the place in a title (titlePlaceStart). */
const TITLE_LEAD = new RegExp(`^[\\s《“"]*(?:关于(?:印发|转发|发布|召开|举办|举行|开展|组织|做好|报送|参加)?[\\s《“"]*)?(?:(?:19|20)\\d{2}\\s*(?:(?:[-—–~]+|至|到)\\s*(?:19|20)\\d{2})?\\s*年度?\\s*)?(?:${YEAR_PART}\\s*)?(?:第[〇一二三四五六七八九十百0-9]+(?:次|届|批|期|轮|季度)\\s*)?`);
/** Skip what may precede the place in a title: 《, 关于印发, a year ("2021年杨浦区…"). */
// (…and the verb of a notice's matter, "关于召开青川区2026年…会议的通知": a verb before a place is no part of its name)
function titlePlaceStart(folded: string): number {
  // (an ordinal after the year is no place's first word: "2024年第五次县政府常务会议确定事项…" names no county "第五次县")
  // (…nor a part of the year: "关于2026年上半年区政府重点工作进展情况的通报", "2026年一季度区政府…", "2026年1—6月区…" name
  // no district "上半年区", h-left40)
  const m = TITLE_LEAD.exec(folded);
  return m ? m[0].length : 0;
}

export function placeOfTitle(title: string): Government | null {
  const f = foldForMatch(title);
  return readGovernment(title, titlePlaceStart(f), { organ: 'optional' }, f);
}

/** What names the plan's own place right after it in a sentence: "结合X区实际", "X县第十七届人民代表大会". */
const OWN_PLACE_AFTER = /实际|第?[〇一二三四五六七八九十百]+届(?:人民代表大会|人大)/g;
/** Before "实际" only after these words ("结合X区实际"); "X区实际情况" elsewhere may be another district's. */
const OWN_PLACE_BEFORE_SHIJI = /(?:结合|立足|从)$/;
/** A place name starts after one of these (or after no ideograph at all): 结合, 立足, 从, 经, 在, 由, 据, 和, 与, 及. */
const PLACE_START_AFTER = /(?:[合足从经在由据和与及]|[^\u4e00-\u9fa5])$/;
/** …and not with the words of the sentence around it: "为确保县十七届人大…" names no county "为确保县". */
const SENTENCE_WORD_START = /^(?:为|确保|以|对|经|由|在|据|根据|按照|依照|落实|贯彻|认真|确定|审议|通过|召开|出席|参加|选举|当选|是|将|向|把|和|与|及|从|结合|立足)/;

/**
 * The plan's own district named only inside a sentence of its head — "为推进我区…，结合临江市东湖区实际" or
 * "（2021年1月18日南屿县第十七届人民代表大会第六次会议通过）" — when no title or issuer names it. The place must end
 * right before the marker and start at a word boundary; dates are blanked first ("18日南屿县" is no place "日南屿县").
 */
export function placeInSentence(text: string, folded = foldForMatch(text)): Government | null {
  if (!/实际|届/.test(folded)) return null;
  const f = folded.replace(/\d{1,4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/g, (m) => ' '.repeat(m.length));
  for (const m of f.matchAll(OWN_PLACE_AFTER)) {
    const at = m.index!;
    for (let s = Math.max(0, at - 14); s <= at - 2; s++) {
      const before = f.slice(Math.max(0, s - 2), s);
      if (s > 0 && !PLACE_START_AFTER.test(before)) continue;
      if (m[0] === '实际' && !OWN_PLACE_BEFORE_SHIJI.test(before)) continue;
      if (SENTENCE_WORD_START.test(f.slice(s, at))) continue;
      const g = readGovernment(text, s, { organ: 'optional', ownPlace: true }, f);
      if (g && !g.organ && g.end === at && g.district) return g;
    }
  }
  return null;
}

/**
 * The one-character district a title names right after its city ("攀枝花市东区国民经济…") when the head names an organ
 * of that district ("中共攀枝花市东区委员会", "攀枝花市东区人民政府"): alone, the title's "东区" is read as part of the city
 * ("宁波市东区供水管网…"); an organ of city + 东区 says it is a district. Null otherwise.
 */
export function oneCharDistrictNamedByOrgan(title: string, texts: readonly string[]): Government | null {
  const ft = foldForMatch(title);
  const g = placeOfTitle(title);
  if (!g?.city || g.district) return null;
  const at = ft.indexOf(foldForMatch(g.city));
  const d = at < 0 ? null : /^([\u4e00-\u9fa5])区/.exec(ft.slice(at + g.city.length));
  if (!d) return null;
  const needle = foldForMatch(g.city) + d[1] + '区';
  for (const text of texts) {
    const f = foldForMatch(text);
    for (let i = f.indexOf(needle); i >= 0; i = f.indexOf(needle, i + 1)) {
      const o = readGovernment(text, f.startsWith('中共', i - 2) ? i - 2 : i, { organ: 'required' }, f);
      if (o?.organ && o.district === d[1] + '区' && foldForMatch(o.city ?? '') === foldForMatch(g.city)) return o;
    }
  }
  return null;
}

/**
 * A township's government filling a line ("石岭县青禾镇人民政府", "青禾镇人民政府", "望川街道办事处"): the county or
 * district it names first, if any (a 镇's plan belongs to its county: the district field). Null when the line is no
 * such name. Read for a signature after the text (paragraphs.ts) and for a notice's header and signature (meta.ts),
 * where `bare` reads the name alone too ("青川区柳塘街道", "青林镇": opts.bare).
 */
/** readTownship's reading of a township named after its city and district: the longest such place, or null. */
function withDistrict(text: string, t: string): { district: string | null } | null {
  const own = /((?:镇|乡)(?:人民政府|党委)|街道(?:办事处|党工委))$/.exec(t);
  if (!own) return null;
  for (let k = own.index - 2; k >= 4; k--) {
    if (!/[县区市旗]/.test(t[k - 1])) continue;
    const name = t.slice(k, own.index);
    if (!/^[\u4e00-\u9fa5]{2,6}$/.test(name) || !isTownship(name, own[1].startsWith('街道') ? '街道' : own[1][0])) continue;
    const g = readGovernment(text.trim().slice(0, k) + '人民政府');
    if (g?.district && g.city && g.end === k + 4) return { district: g.district };
  }
  return null;
}

export function readTownship(text: string, folded = foldForMatch(text.trim()), opts: { bare?: boolean } = {}): { district: string | null } | null {
  // (`bare`: in a signature's place — the red header "X文件", the line over the 成文日期 — a street's or a township's
  // name alone signs as its government does, "青川区柳塘街道" as "青川区柳塘街道办事处"; in the text it is a place)
  if (opts.bare && /(?:街道|镇|乡)\s*$/.test(folded)) {
    const organ = /街道\s*$/.test(folded) ? '办事处' : '人民政府';
    return readTownship(text.trim() + organ, folded.trim() + organ);
  }
  // (every such line ends in 政府, 党委, 办事处 or 党工委)
  if (!/(?:政府|党委|办事处|党工委)\s*$/.test(folded)) return null;
  const t = folded.trim();
  const m = /^([\u4e00-\u9fa5]{2,12}?[县区市旗])?([\u4e00-\u9fa5]{2,6}?)(?:镇|乡)(?:人民政府|党委)$|^([\u4e00-\u9fa5]{2,12}?[县区市旗])?[\u4e00-\u9fa5]{2,6}?街道(?:办事处|党工委)$/.exec(t);
  if (!m) return null;
  // (the township named with its city and its district, "临江市东湖区桂园街道办事处": the longest place before it that is
  // a district's — the shortest, 临江市, is a city's and names no county)
  const placed = withDistrict(text, t);
  if (placed) return placed;
  const county = m[1] ?? m[3];
  // (the township's own name: not "各乡镇人民政府", "全区各街道办事处", "推进乡镇人民政府")
  const own = /^(.*?)((?:镇|乡)(?:人民政府|党委)|街道(?:办事处|党工委))$/.exec(t.slice(county?.length ?? 0));
  if (!own || !isTownship(own[1], own[2].startsWith('街道') ? '街道' : own[2][0])) return null;
  const g = county ? readGovernment(text.trim().slice(0, county.length) + '人民政府') : null;
  if (county && (!g?.district || g.end !== county.length + 4)) return null;
  return { district: g?.district ?? null };
}

/** An administrative level: 1 a province or region, 2 a city, prefecture or league, 3 a district, county or banner, 4 a town, township or street. */
export type PlaceLevel = 1 | 2 | 3 | 4;
/** The unit tables by level: a suffix's level is that of the first table holding it (市 a city's; 成都市都江堰市 is read as a district by readGovernment). */
const LEVEL_UNITS: [UnitRule[], PlaceLevel][] = [[PROVINCE_UNITS, 1], [CITY_UNITS, 2], [DISTRICT_UNITS, 3], [TOWNSHIP_UNITS, 4]];
const suffixLevel = (suffix: string): PlaceLevel => LEVEL_UNITS.find(([rules]) => rules.some((r) => r.suffix === suffix))![1];
/**
 * A government's own organ or its party committee's, and their general offices: not a department, not the congress. (行署
 * is a prefecture's or league's 行政公署 said short: "盟行署决定"; 办 its office said short: 县委办, 区政府办.)
 */
const GOVERNING = /^(?:人民政府|政府|行政公署|行署|党委|党工委|委员会|委|办事处)(?:办公厅|办公室|办)?$/;
/** A unit named by its kind alone before an organ: "市政府", "县人民政府", "区委办公室", "自治区人民政府", "县民政局" (longest first). */
const KIND_ALONE = new RegExp(`^(${[...new Set(LEVEL_UNITS.flatMap(([rules]) => rules.map((r) => r.suffix)))].sort((a, b) => b.length - a.length).join('|')})(.+)$`, 'u');

/**
 * An organ whose unit is named by its kind alone, with no proper name: "县人民政府办公室" (县, 3, its government), "区政府"
 * (区, 3), "自治州人民政府" (自治州, 2), "盟行署" (盟, 2), "县民政局" (县, 3, a department of it), "镇人民政府" (镇, 4), and
 * the party committee's organs with or without 中共 before them: "中共县委办公室", "县委办", "中共区委组织部" (区, 3; `party`
 * the 中共 said). `kind` is the suffix said ("自治州"), `organ` what follows it. Null when the name opens with no unit's
 * suffix or no organ follows it ("区域协调", "县域"), or when 中共 stands before an organ of no committee ("中共县政府").
 * Read by placeLevel and by meta.ts (an issuer said short, a government said by its kind).
 */
export function kindAlone(name: string): { kind: string; level: PlaceLevel; organ: string; government: boolean; party?: string } | null {
  const whole = name.trim();
  const party = /^中共/.test(whole) ? whole.slice(0, 2) : '';
  const n = whole.slice(party.length);
  const f = foldForMatch(n);
  const m = KIND_ALONE.exec(f);
  if (!m || (party && !/^(?:党?工?委)/.test(m[2]))) return null;
  const government = GOVERNING.test(m[2]);
  if (!government && !organAt(f, m[1].length)) return null;
  return { kind: m[1], level: suffixLevel(m[1]), organ: n.slice(m[1].length), government, ...(party ? { party } : {}) };
}

/**
 * The full name of a government said by its kind alone ("县人民政府", "自治州人民政府", "市人民政府办公室") that is the
 * government of `place`'s unit of that level (the plan's own place, read from its title), when that unit's name ends like
 * the kind said ("南屿县" for 县, "凉山彝族自治州" or "凉山州" for 州 and 自治州): "南屿县人民政府". Null when `said` is
 * no government named by its kind, the kind is a township's (the model holds none), or `place` has no such unit.
 */
export function governmentOfKind(said: string, place: Government | null): string | null {
  const k = kindAlone(said);
  if (!k?.government || !place) return null;
  const unit = k.level === 1 ? place.province : k.level === 2 ? place.city : k.level === 3 ? place.district : null;
  return unit && unit.endsWith(k.kind.slice(-1)) ? (k.party ?? '') + unit + k.organ : null;
}

/**
 * The administrative level of an organ or a place name: the deepest unit it opens with — "南屿县清溪镇农业服务中心" 4,
 * "临江市东湖区城市管理局" 3, "云溪区" 3 — or the kind its government is named by alone ("县人民政府" 3, "市委办公厅" 2,
 * "中共县委办公室" 3, "县委办" 3).
 * `government`: the whole name is that unit's government or party committee (or their general office), the kind of
 * organ an upward document is addressed to; a department, "区政府各委、办、局" or "各区人民政府" is none. Null when the
 * name opens with no place. Used by export/upward.ts (the 签发人 of a 上行文).
 */
export function placeLevel(name: string): { level: PlaceLevel; government: boolean } | null {
  const n = name.trim();
  const f = foldForMatch(n);
  const kind = kindAlone(n);
  if (kind?.government) return { level: kind.level, government: true };
  if (readTownship(n.replace(/(?:办公室|办公厅)$/u, ''))) return { level: 4, government: true };
  const g = readGovernment(n, 0, { organ: 'optional' }, f);
  if (!g || (!g.province && !g.city && !g.district)) return null;
  // (a township's own department after its county: "南屿县清溪镇农业服务中心")
  const organStart = g.end - (g.organ?.length ?? 0);
  const town = !!g.organ && unitsAt(f, organStart, TOWNSHIP_UNITS, false).some((u) => !u.word && !TOWNSHIP_WORDS.test(f.slice(u.start, u.end)));
  const level: PlaceLevel = town ? 4 : g.district ? 3 : g.city ? 2 : 1;
  // (the organ with what follows it: "东湖区委办" reads 委 as the organ, its 办 after it)
  return { level, government: !town && !!g.organ && GOVERNING.test(f.slice(organStart)) };
}
