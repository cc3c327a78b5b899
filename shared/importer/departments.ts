/**
 * Department names: find them in "(责任单位:…)" annotations and in flattened table cells,
 * split them (、，, spaces, and names glued together such as "公安静安分局区科委"), and normalise them.
 */
import { execAll, splitAfter, stringList, withoutTrailingDeng } from '../text/scan';
import { matchView } from './grammar';
import { alternation, DEADLINE_LABELS, DEPARTMENT_LABEL, LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS } from './labels';

/**
 * The fields of a province's departments named …厅 (省财政厅, 自治区住建厅, 省人民政府办公厅: the 厅 of the State
 * Council's ministries and of the offices a province has had, full and short names: 省海洋与渔业厅, 省民宗厅, 省广电厅,
 * 省监察厅). A 厅 after any other word is a hall (营业厅, 宴会厅, 音乐厅, 大厅, 展厅) — unless the name is an office's of a
 * province, a region or a city (省/自治区/市 …厅, `OFFICE_HALL`).
 */
const HALL_FIELDS = '办公|教育|科学技术|科技|工业和信息化|工信|经济和信息化|经信|公安|国家安全|民政|司法|财政|人力资源和社会保障|人力资源社会保障|人社|'
  + '自然资源|国土资源|国土|生态环境|环境保护|环保|住房和城乡建设|住房城乡建设|住建|建设|交通运输|交通|水利|农业农村|农业|林业|商务|'
  + '文化和旅游|文化旅游|文旅|文化|卫生健康|卫健|卫生|退役军人事务|应急管理|审计|外事|侨务|监狱管理|信息产业|'
  + '海洋与渔业|海洋渔业|海洋|渔业|民族宗教|民族事务|民宗|广播电视|新闻出版广电|广电|新闻出版|监察|粮食|物价|劳动和社会保障|劳动保障|劳动';
/**
 * The 厅 of an office of a province, an autonomous region or a city (a name opening 省/自治区/市: 省海洋与渔业厅, 省X厅
 * whatever X names), unless the word before 厅 is a hall's: 营业厅, 宴会厅, 音乐厅, 展厅, 大厅, 餐厅, 客厅, 舞厅, 门厅…
 */
const OFFICE_HALL = '(?<=^(?:省|自治区|市)[\\u4e00-\\u9fa5]{1,12}(?<!营业|宴会|音乐|展|大|餐|客|舞|门|会|礼|报告|候车|候机|售票|放映|影|歌|茶|服务|接待|演播|多功能|球|展览|陈列))厅';
/** Endings of an organisation name. */
const SUFFIX = `(?:妇联|残联|工商联|侨联|文联|科协|供销(?:合作)?社|联社|分局|分公司|公司|管委会|委员会|办公室|办事处|街道办|街道|镇政府|政府|中心|局|(?<=(?:${HALL_FIELDS}))厅|${OFFICE_HALL}|委|办|院|所|馆|站|队|会|室|部门|部|党校|学校|企业|单位|园区|科技园|园|基地|集团|银行|运营商|广场|各街道\\(镇\\)|\\(镇\\))`;
const SUFFIX_RE = new RegExp(`${SUFFIX}$`);
/** Whether a word ends as a unit's name does (区财政局, 单位, 部门, 科室, 站所, 中心): a column header's part naming units. */
export const unitWord = (w: string): boolean => SUFFIX_RE.test(w);

/** Where a new name starts right after a name ending: 区, 市, 公安, 各, 中国, 上海, 东方 … */
const GLUE_SPLIT = new RegExp(`(?<=(?:分局|局|委|办|部|校|公司|中心|管委会))(?=(?:区|市|公安|各|中国|上海|东方|浦东|长城))`, 'g');

/** Words that are never a department on their own (and a cell written as empty: "—", "无", "暂无"). */
/** Words of a units cell that name no unit: a joining word, a list's closing 等相关部门, a dash or 无 for none, and a
 *  ditto (同上 / 同左) that points to nothing (paragraphs.ts fillDittoCells leaves it as written). A collective named
 *  among units — "区住建局、相关部门", "相关单位" — is one of them, as written (COLLECTIVE), in a roles clause, a field or
 *  a column alike, so a plan's 配合单位 comes back through its exports. */
const NOT_DEPT = /^(等|相关|有关|及|和|与|以及|成员单位|等相关部门|相关企业|等政府管理部门|—+|-+|－+|无|暂无|同上|同左)$/;

export function normaliseDept(name: string): string {
  // (each replace only where what it replaces can be: a name is read many times, most need none of them)
  let s = SPACE.test(name) ? name.replace(/[\s\u3000]+/g, '') : name;
  if (s.indexOf('（') >= 0) s = s.replace(/（/g, '(');
  if (s.indexOf('）') >= 0) s = s.replace(/）/g, ')');
  if (s.length && (LIST_MARKS.indexOf(s[0]) >= 0 || LIST_MARKS.indexOf(s[s.length - 1]) >= 0)) s = s.replace(/^[、，,;；:：。.]+|[、，,;；:：。.]+$/g, '');
  // "区市场监督管理局（以下简称区市场监管局）": the short name the text uses after it is a note, no part of the name
  if (s.indexOf('简称') >= 0) s = s.replace(ABBREVIATION_NOTE, '');
  // "上海联通浦东分公司等", "区科委等政府管理部门", "中国电信等相关企业" → the name itself
  if (s.indexOf('等') >= 0) {
    // (also the level of the others: "…等区有关部门", "…等县直有关单位", "…等市级相关部门" — 按职责分工负责)
    // (a level only before what it qualifies: 平等镇 is a town, not "平" and "等镇")
    s = s.replace(/等(?:(?:[区市县镇乡旗省]级?|[区市县]直)?(?:相关|有关|其他)?(?:政府管理部门|部门|企业|单位|工作部门|相关环境工作部门)|[区市县]直|相关|有关|其他)?$/, '');
    s = s.replace(/等相关.*$/, '');
  }
  if (s[0] === '由' || s[0] === '请' || s[0] === '会') s = s.replace(/^(由|请|会同)/, '');
  return s;
}
const SPACE = /[\s\u3000]/;
/** The marks normaliseDept drops at a name's ends (a name with none at either end is not scanned for them). */
const LIST_MARKS = '、，,;；:：。.';
/**
 * A department named in full at its first use, with the short name the text uses after it: "区商务和经济信息化局
 * （以下简称区商务经信局）", "（简称“区发改委”）" — a note, no part of the name (the names stay as written after it).
 */
const ABBREVIATION_NOTE = /[（(]\s*(?:以下|下文)?简称[^（()）\n]{1,20}[)）]/g;
/** A label inside a cell or annotation ("责任单位：", "参与部门："): a separator of its names. */
const LABEL_IN_LIST = new RegExp(`[（(]?\\s*${DEPARTMENT_LABEL}\\s*[:：]\\s*`, 'g');

/** Split a cell or annotation into department names. */
const DATED = /(?:19|20)\d{2}\s*年/;
const ROLE_THEN_WORDS = /^(.{2,}?(?:配合|协同|参与|协助))(?:落实|实施|推进|做好|开展|完成)\S*$/;

/** A closed bracket after a name, without brackets inside: "（负责统筹协调，每月调度一次）". */
const BRACKET_GROUP = /[（(][^（()）]*[)）]/g;
const LIST_SEPARATOR = /[、，,;；/\s\u3000]+|(?<=[^(（])及(?=[^时])|和(?=[区市各])/;
/**
 * A remark's separators are kept through the split as private-use characters (never in a name) and put back after it;
 * other white space becomes a space (normaliseDept drops white space anyway).
 */
const KEEPABLE = '、，,;；/ \u3000及和';
const KEPT_SEPARATOR = /[、，,;；/\s\u3000及和]/g;
const KEPT_MARK = /[\uE100-\uE109]/g;
const KEPT_MARK_AT = /[\uE100-\uE109]/;
const keepSeparator = (c: string): string => {
  const i = KEEPABLE.indexOf(c);
  return String.fromCharCode(0xe100 + (i >= 0 ? i : KEEPABLE.indexOf(' ')));
};

/**
 * Where the words of a list that name no department stay: a clause of the work after the names ("（牵头单位：区商务委，
 * 每季度报送进展）"), a date ("区科委，2025年底前完成"). 'text': the text the list was read from keeps them (an annotation
 * in a sentence, a field line of the body, a table kept as an annex's text) — they are left out of the names. An array:
 * the caller gets them there, as written, to keep them (a task table's cell, whose row is read into its task and kept
 * nowhere else).
 */
export type ListRemarks = 'text' | string[];

/** The words that open a note on the plan's lists of units, not a role (以下各项均需…, 以上单位…, 下同, 上述…, 不再列出). */
const LIST_NOTE_WORDS = '以下|以上|下同|上述|不再|均需|均由';
/**
 * A clause after a list's names that says how or when the work is done, not who: how often, in what manner, a date (a
 * year, or a deadline within it: 年底前, 6月底前, 上半年, 第三季度, 年内), or a verb of the work (配合做好验收, 协助, 会同,
 * 完成, 推进 …), or a note on the plan's lists (以下…, 以上…, 下同, 上述…, 不再列出). (A clause that ends as a name does — "会同区财政局" — stays a name: takeWorkClauses.)
 */
const WORK_CLAUSE = new RegExp('^(?:每(?:日|天|周|旬|月|季|季度|半年|年)|定期|及时|按(?:日|周|月|季|季度|年|时|期)|负责|做好|确保|督促|统筹|抓好|切实|(?:于|在)?(?:19|20)\\d{2}\\s*年'
  + '|(?:于|在|力争|争取)?(?:年[底末内中]|全年|[上下]半年|第?[一二三四1-4１-４]季度|[0-9０-９]{1,2}\\s*月|[一二三四五六七八九十]{1,3}月(?:份|底|末|前|[上中下]旬))'
  + '|配合|协助|协同|会同|参与|完成|推进|落实|开展|实施|组织|加快|加强|持续'
  // (a note on the lists of the plan: "以下各项均需各街道配合，不再列出", "下同", "上述单位均需…")
  + `|${LIST_NOTE_WORDS})`);
/** Precheck of WORK_CLAUSE after a comma. */
const WORK_AFTER_COMMA = new RegExp(`[，,]\\s*(?:每|定期|及时|按|负责|做好|确保|督促|统筹|抓好|切实|于|在|力争|争取|19|20|年|全年|[上下]半年|第|[一二三四1-4１-４]季度|[0-9０-９]|[一二三四五六七八九十]{1,3}月|配合|协助|协同|会同|参与|完成|推进|落实|开展|实施|组织|加快|加强|持续|${LIST_NOTE_WORDS})`);
/** A list's label (LABEL_IN_LIST) while the clauses of the work are taken: where such a clause ends. */
const LABEL_MARK = '\uE10F';
const LABEL_MARKS = /\uE10F/g;
const OPEN = '（(';
const CLOSE = '）)';

/**
 * The text without the clauses of the work after its names (WORK_CLAUSE, after a comma outside brackets, up to a ；, a
 * bracket closing the annotation, another list's label or the end), each given to `remarks`. A clause that ends as a
 * name does (", 统筹办") is a name; a remark inside a name's bracket ("区科委（负责统筹，每月调度一次）") is the name's.
 */
function takeWorkClauses(text: string, remarks: ListRemarks): string {
  if (!WORK_AFTER_COMMA.test(text)) return text;
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
    else if (depth === 0 && (c === '，' || c === ',')) {
      const rest = text.slice(i + 1);
      const from = i + 1 + (rest.length - rest.trimStart().length);
      // (a name before it: not the list's first words)
      if (WORK_CLAUSE.test(text.slice(from)) && /[\u4e00-\u9fa5]/.test(out)) {
        let j = from;
        for (let d = 0; j < text.length; j++) {
          const x = text[j];
          if (OPEN.includes(x)) d++;
          else if (CLOSE.includes(x)) { if (!d) break; d--; } else if (!d && /[；;】\]\n\uE10F]/.test(x)) break;
        }
        const clause = text.slice(from, j).replace(/[，,、\s]+$/, '').trim();
        if (clause && !SUFFIX_RE.test(normaliseDept(clause))) {
          if (remarks !== 'text') remarks.push(clause);
          i = j - 1;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

const LONE_CHAR = /^[\u4e00-\u9fa5]$/;
const NOT_LONE = /[等及和与一二三四五六七八九十]/;
const SPACED_PAIR = /[\u4e00-\u9fa5][ \u3000]+[\u4e00-\u9fa5]/;
/** A character standing alone that a name split by a space lost (joinSpacedNames). */
function loneChar(x: string): boolean {
  return LONE_CHAR.test(x) && !NOT_LONE.test(x);
}
/**
 * A name letter-spaced or spaced after its place ("区 商 务 局", "市 财政局", as a cell or a page spaces it) made whole: a
 * space (not a line break: a wrap) next to a character standing alone between spaces or list marks is inside a name —
 * after it always, before it only when the text before is Chinese characters that end no unit ("区商务 局", not
 * "区城市管理局 配"). 等 / 及 / 和 / 与 stay words, a numeral is a heading's number ("二、").
 */
function joinSpacedNames(text: string): string {
  if (!SPACED_PAIR.test(text)) return text;
  return text.replace(/[ \u3000]+/g, (sp: string, at: number) => {
    const left = /[^、，,；;：:（()）\s\u3000]*$/.exec(text.slice(0, at))![0];
    const right = /^[^、，,；;：:（()）\s\u3000]*/.exec(text.slice(at + sp.length))![0];
    if (loneChar(left) && /^[\u4e00-\u9fa5]/.test(right)) return '';
    if (loneChar(right) && /^[\u4e00-\u9fa5]{1,8}$/.test(left) && !SUFFIX_RE.test(left)) return '';
    return sp;
  });
}

export function splitDepartments(text: string, remarks: ListRemarks): string[] {
  const out: string[] = [];
  // (an empty list — findResponsibility's part after a partners' label it did not find — names nobody: not scanned)
  if (!text) return out;
  // (the labels first, each as a mark where a clause of the work ends; then a separator of names)
  const labelled = text.replace(LABEL_IN_LIST, LABEL_MARK);
  let listed = takeWorkClauses(labelled, remarks);
  if (labelled !== text) listed = listed.replace(LABEL_MARKS, '、');
  // A remark in brackets after a name ("区科委（负责统筹协调，每月调度一次）") is one piece with its name: its commas
  // separate its words, not departments. A bracket that lists departments ("相关部门（区发改委、区财政局）") is split.
  if (listed.indexOf('（') >= 0 || listed.indexOf('(') >= 0) {
    listed = listed.replace(BRACKET_GROUP, (g) =>
      LIST_SEPARATOR.test(g.slice(1, -1)) && !looksLikeDepartments(g.slice(1, -1))
        ? g.replace(KEPT_SEPARATOR, keepSeparator)
        : g,
    );
  }
  // (a name spaced inside, "区 商 务 局": one name — joinSpacedNames)
  listed = joinSpacedNames(listed);
  const parts = listed.split(LIST_SEPARATOR);
  for (let part of parts) {
    if (KEPT_MARK_AT.test(part)) part = part.replace(KEPT_MARK, (c) => KEEPABLE[c.charCodeAt(0) - 0xe100]);
    for (const piece of part.split(GLUE_SPLIT)) {
      let n = normaliseDept(piece);
      // an unbalanced closing bracket belongs to the annotation around the list, not to the name
      if (/[)）]$/.test(n) && !/[(（]/.test(n)) n = n.slice(0, -1);
      if (n === '成员单位' && out.length) { out[out.length - 1] += n; continue; }
      if (!n || NOT_DEPT.test(n)) continue;
      // a date is no unit ("区科委，2025年底前完成"); a role with words after it is the role ("各街镇配合落实" → 各街镇配合)
      // (a remark in brackets may date the work: "区科委（负责统筹，2025年底前完成）" is still 区科委's)
      if (DATED.test(n.indexOf('(') > 0 ? n.replace(/\([^()]*\)/g, '') : n)) { if (remarks !== 'text') remarks.push(piece.trim()); continue; }
      n = n.replace(ROLE_THEN_WORDS, '$1');
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

/**
 * A role word closing a name ("区财政局协办", "区科委牵头"), when it is one: 协办 and 主办 end names too (区政协办 is the
 * office of the 区政协, not 区政 helping) — they are a role only after a department's name.
 */
/** 指导 as a helper's role, with the words a guiding bureau's clause puts before it: "县农业农村局加强业务指导",
 *  "县住建局给予技术指导", "区卫健委提供政策指导" — the unit is the name up to its own ending (局, 委, 办公室, 中心, 政府…:
 *  SUFFIX), the verb phrase after it up to 指导 is the role. A name without such an ending ("各乡镇加强业务指导") keeps the
 *  words 加强/负责/业务 out of it. */
const GUIDE_ROLE = '(?:(?:会同|协同|共同)[^、，,。；;：:()（）\\s]{0,6}?|(?!同)[^、，,。；;：:()（）\\s]{0,8}?)指导';
/**
 * "区教育局会同区卫健委指导", "区林业局协同县农业农村局业务指导": two units that guide together — both partners. The 会同/协同
 * between two names, in a clause that closes with 指导, is read as a list's 、 (jointGuide); a bare "区教育局会同指导" is the
 * unit and its role (GUIDE_ROLE: the role opens with 会同/协同/共同, the name never ends on 会 before 同 — 区教育局会).
 */
const JOINT_GUIDE = new RegExp(`(${SUFFIX})(?:会同|协同)(?=[^、，,。；;：:()（）\\s]{2,}?${SUFFIX}[^、，,。；;：:()（）\\s]{0,6}?指导(?:[，,；;。)）]|$))`, 'g');
const jointGuide = (text: string) => (text.indexOf('指导') >= 0 ? text.replace(JOINT_GUIDE, '$1、') : text);
const GUIDED = `(.{2,}${SUFFIX})(${GUIDE_ROLE})`;
const GUIDES = '(?:加强|负责)?(?:业务)?指导';
/** A name and the role that makes it a partner (配合, 协同, …, 指导): the shortest name before the role's words. */
const HELPER_CLAUSE = new RegExp(`^${GUIDED}$|^(.{2,}?)(配合|协同|参与|协助|协办|${GUIDES})$`);
/**
 * The characters a HELPER_CLAUSE match ends with (its roles' last: 配合 协同 参与 协助 协办, 指导): a text ending otherwise is
 * not tried — the expression's names before every role word at every length cost ~1 µs, and few names end in a role.
 */
const HELPER_ENDS = new Set(['配合', '协同', '参与', '协助', '协办', '指导'].map((w) => w.charCodeAt(w.length - 1)));
/** HELPER_CLAUSE's match as [whole, name, role] whichever way it read. */
function helperClause(text: string): RegExpExecArray | null {
  const m = text.length && HELPER_ENDS.has(text.charCodeAt(text.length - 1)) ? HELPER_CLAUSE.exec(text) : null;
  if (m && m[1] === undefined) { m[1] = m[3]; m[2] = m[4]; }
  return m;
}
export function roleSuffix(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && (m[2] === '协办' || m[2] === '主办') && !looksLikeDepartments(m[1]) ? null : m;
}

/** "区市场监管局（牵头）": the unit of a list marked as the one that leads. */
const LEAD_MARK = /^(.{2,})\((?:牵头|牵头单位|牵头部门|主责|主责单位)\)$/;
/** "各镇人民政府（配合）": the name closing a group of helpers ("区农业农村委、各镇人民政府（配合）"). */
const PARTNER_MARK = /^(.{2,})\((?:配合|配合单位|配合部门|协同|协办|参与)\)$/;

/**
 * A list of departments in which some are marked with their role ("区市场监管局（牵头）、区税务局、区公安分局",
 * "区科委（牵头），区农业农村委、各镇人民政府（配合）", "区科委，区财政局（配合）"): the names marked 牵头 lead and
 * those marked 配合 help. An unmarked name helps when some name is marked to lead, else it leads — unless the list's
 * label already says its names lead (`labelLeads`: "牵头单位：区科委、区经委（牵头）" names two leads, the mark
 * repeating the label). The marks are not part of the names. Null when none is marked (read as the label says).
 */
export function markedRoles(names: string[], labelLeads = false): { lead: string[]; partners: string[] } | null {
  const leadMarked = names.some((n) => LEAD_MARK.test(n));
  if (!leadMarked && !names.some((n) => PARTNER_MARK.test(n))) return null;
  const lead = stringList();
  const partners = stringList();
  for (const n of names) {
    const m = LEAD_MARK.exec(n);
    const p = m ? null : PARTNER_MARK.exec(n);
    const [name, leads] = m ? [m[1], true] : p ? [p[1], false] : [n, labelLeads || !leadMarked];
    const to = leads ? lead : partners;
    if (!to.includes(name)) to.push(name);
  }
  return { lead, partners: partners.filter((n) => !lead.includes(n)) };
}

/** Does this short text look like a list of departments (a 责任单位 cell)? */
const QUANTITY = /[0-9０-９]\s*(?:公里|千米|平方米|米|亩|万|亿|个|家|套|户|人|项|座|条|%|％)/;
export function looksLikeDepartments(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60) return false;
  if (/[。；]|[(（](启动|推进|完成|阶段性完成|推进完成)[)）]$/.test(t)) return false;
  // (a quantity is never in a name: "实施道路大修30公里县交通运输局" is a heading run into the name after it)
  if (QUANTITY.test(t)) return false;
  // (by a loop: the arrays map() and filter() return are of another hidden class in optimised code than in the
  // interpreter, and V8 threw this function's optimised code away when that changed, in the benchmark's procedure)
  const parts = joinSpacedNames(t).split(/[、，,\s\u3000]+|及/);
  let names = 0;
  let bad = false;
  for (let i = 0; i < parts.length; i++) {
    const n = normaliseDept(parts[i]);
    if (!n || NOT_DEPT.test(n)) continue;
    // (a colon ends a lead-in: "主要做好以下工作：由县…局" is no name)
    if (/[:：]/.test(n)) return false;
    if (!(n.length <= 20 && (SUFFIX_RE.test(n) || /^(区|市)?[\u4e00-\u9fa5]{1,6}(委|局|办)/.test(n) || /^各/.test(n)))) bad = true;
    names++;
  }
  return names > 0 && !bad;
}

const LABEL = alternation(LEAD_LABELS, ['牵头']);
/** A lead label, not the 责任单位 of a partner's label (协同责任单位, 配合责任单位). */
const LEAD_AT = `(?<!协同|配合)(?:${LABEL})`;
/**
 * A label with its list: "(责任单位:…)", "【牵头单位:…,配合单位:…】", "[牵头单位:…;责任单位:…]" (square brackets, ASCII or
 * full-width), "〔牵头单位：…；责任单位：…〕" (the tortoise-shell brackets of a 文号, used as a bracket: the closing one
 * is no part of the last name), also with a bracket missing on either side; an
 * unbracketed list ends at a full stop or at the next label ("牵头单位：A；责任单位：B。完成时限：…").
 */
const RESP_RE = new RegExp(`[（(【〔\\[［]?\\s*(${LEAD_AT})\\s*[:：]\\s*((?:(?!${LEAD_AT}\\s*[:：])[^（()）【】〔〕\\[\\]［］\\n。]|[（(][^（()）\\n]{0,12}[)）])*)(?:[)）】〕\\]］。]|(?=${LEAD_AT}\\s*[:：])|$)`, 'gm');
/** What every match of RESP_RE holds: a label and its colon (a text without one has no annotation to read). */
const HAS_LABEL = new RegExp(`${LABEL}\\s*[:：]`);
/**
 * Where RESP_RE's first match may start, `label` the offset of HAS_LABEL's first match: its label is one too, so no match
 * starts before that label's white space and one bracket before it (RESP_RE opens with them) — the text before is not
 * scanned.
 */
function respStart(text: string, label: number): number {
  let at = label;
  while (at > 0 && WHITE.test(text[at - 1])) at--;
  return at > 0 ? at - 1 : 0;
}
const WHITE = /^\s$/;
const PARTNER_LABEL = new RegExp(`[;；，,、]?\\s*${alternation(PARTNER_LABELS, ['配合'])}\\s*[:：]`);
/** Another field in the same annotation ("（牵头单位：A；配合单位：B；完成时限：2025年6月底前）"): the list ends before it. */
const OTHER_FIELD = new RegExp(`[;；，,、]?\\s*${alternation(DEADLINE_LABELS, SCHEDULE_LABELS, ['时限', '责任领导', '牵头领导', '分管领导', '联系人', '备注'])}\\s*[:：]`);
/**
 * A point that opens with the departments that do it, a colon and what they do ("区发展改革委：牵头建立…", "区财政局、
 * 区金融办：负责设立…"; the 任务分工 of a plan written department by department).
 */
const DEPT_FIRST = /^\s*([^：:，,。；;\n]{2,60}?)\s*[:：]\s*(?=牵头|负责|会同|配合|协助|统筹|指导|组织|督促|承担|落实)/;
/** An unlabelled list of departments in brackets closing a paragraph: "…上市融资。(区科委、区金融办)" */
// (a round bracket left unopened right before a square one closes — "[A牵头，B配合，…不再列出)]", a note's bracket the page
// lost the opening of — is the note's, not the list's)
const TRAILING_LIST = /[（(【〔［\[]((?:[^（()）【】〔〕［］\[\]\n]|[（(][^（()）\n]{0,12}[)）]){2,200})(?:[)）](?=[】〕］\]]))?[)）】〕］\]][。；]?\s*$/gm;
/** What every match of TRAILING_LIST ends with: a line that ends with a closing bracket. */
const ENDS_BRACKETED = /[)）】〕］\]][。；]?\s*$/m;
/**
 * A paragraph closing with its departments after a dash, past its last sentence: "…年内完成12条。——县住建局牵头，县城管局、
 * 城关镇配合", "…18公里。——县水务局" (the dash stands where a bracket would; a list of units or a roles list, to the line's end).
 */
const DASH_TAIL = '\\s*(?:—{1,2}|─{1,2}|-{2})\\s*([^\\n。—]{2,200}?)\\s*[。；;]?\\s*$';
const TRAILING_DASH = new RegExp(`[。；;！!]${DASH_TAIL}`, 'gm');
/** A line that is such a dash and its departments alone (a PDF's line the page's edge broke off the sentence before it). */
const DASH_LINE = new RegExp(`^${DASH_TAIL}`);

/** The departments after such a dash: a roles list ("县住建局牵头，县城管局配合") or a list of units alone ("县水务局"). */
function dashDepartments(body: string): Responsibility | null {
  const roles = rolesList(body) ?? clauseRoles(body);
  if (roles) return roles;
  const names = withoutTrailingDeng(body);
  return looksLikeDepartments(names) && splitDepartments(names, 'text').every(unitWord) ? { lead: splitDepartments(body, 'text'), partners: [] } : null;
}

/** "——县住建局牵头，县城管局配合" as a line of its own: the departments it names, else null (a 专栏's item "——实施…。"). */
export function dashAttribution(line: string): Responsibility | null {
  const m = DASH_LINE.exec(line);
  return m ? dashDepartments(m[1]) : null;
}

/** What a unit's name opens with: a place's level or 各 (区住建局, 县工信局, 各街道, 省财政厅). */
const UNIT_START = /^(?:[区市县省镇乡各]|街道)/;
/** The same at the start of the line a heading stands over (not 乡 or 镇: "城" ⏎ "乡建设局" is a name wrapped). */
const SECOND_UNIT = /^[区市县省各]/;

/**
 * Departments named in a paragraph: "(责任单位:…)" / "【牵头单位:…,配合单位:…】" annotations (tolerating a
 * missing bracket and nested "(镇)"), or an unlabelled bracketed list of department names at a paragraph's end.
 */
export interface Responsibility { lead: string[]; partners: string[] }

export function findResponsibility(text: string): Responsibility | null {
  // (a department's short name noted at its first use is no part of its name, nor a bracket of the list)
  if (text.indexOf('简称') >= 0) text = text.replace(ABBREVIATION_NOTE, '');
  const lead = stringList();
  const partners = stringList();
  let found = false;
  // (a label's list and a point opening with its departments — HAS_LABEL, DEPT_FIRST — each need a colon: most nodes'
  // texts hold none, and are not scanned for a label)
  const colon = text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
  const label = colon ? HAS_LABEL.exec(text) : null;
  const matches = label ? execAll(RESP_RE, text, respStart(text, label.index)) : [];
  // "牵头单位：A" with "责任单位：B" (a 分工方案) or "主办单位：B" (福州 任务): A leads, B are the units that carry it out with A
  const hasLead = matches.some((m) => /^(牵头|主责)/.test(m[1]));
  for (const m of matches) {
    found = true;
    let body = jointGuide(m[2]);
    const other = OTHER_FIELD.exec(body);
    if (other) body = body.slice(0, other.index);
    // "责任单位：区发展改革委牵头，各街镇配合", "区市场监管局负责，区公安分局、区商务委参与": a roles list after the label
    // says who leads and who helps
    const roles = rolesList(body.replace(/[）)】\]\s]+$/, ''));
    if (roles) {
      for (const d of roles.lead) if (!lead.includes(d)) lead.push(d);
      for (const d of roles.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
      continue;
    }
    // "责任单位：区卫生健康委，区发展改革委、区财政局配合": the clause closing with 配合 names partners — all of its units —,
    // the clauses without a role word lead
    const helped = clauseRoles(body.replace(/[）)】\]\s。；;]+$/, ''));
    if (helped) {
      for (const d of helped.lead) if (!lead.includes(d)) lead.push(d);
      for (const d of helped.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
      continue;
    }
    if (hasLead && /^(责任|实施|主办|推进)/.test(m[1])) {
      for (const d of splitDepartments(body, 'text')) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
      continue;
    }
    let partnerPart = '';
    const pm = PARTNER_LABEL.exec(body);
    if (pm) { partnerPart = body.slice(pm.index + pm[0].length); body = body.slice(0, pm.index); }
    // "区市场监管局（牵头）、区税务局": the marked unit leads, the others help
    // (the names split once: read for their marks, else one by one below)
    const names = splitDepartments(body, 'text');
    const marked = markedRoles(names, /^(牵头|主责)/.test(m[1]));
    if (marked) {
      for (const d of marked.lead) if (!lead.includes(d)) lead.push(d);
      for (const d of marked.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
    }
    // "区住房城乡建设委、区房管局，各街道配合": a name followed by 配合/协同/参与 is a partner; "区发展改革委牵头，
    // 各街镇配合": a name followed by 牵头/负责 leads
    if (!marked) for (const d of names) {
      const helper = roleSuffix(helperClause(d));
      const leader = helper ? null : roleSuffix(/^(.{2,}?)(牵头负责|总牵头|牵头|主责|主办|负责)$/.exec(d));
      if (helper) { if (!partners.includes(helper[1])) partners.push(helper[1]); } else if (!lead.includes(leader?.[1] ?? d)) lead.push(leader?.[1] ?? d);
    }
    for (const d of splitDepartments(partnerPart, 'text')) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
  }
  if (!found && ENDS_BRACKETED.test(text)) {
    for (const m of execAll(TRAILING_LIST, text)) {
      // "[A牵头，B配合，各镇街负责落实。以下各项均需…，不再列出]": the roles are the first sentence, a note follows
      const stop = m[1].indexOf('。');
      // (…or "（市人社局，市教育局配合）": the clause without a role leads, as after a label — clauseRoles)
      const roles = rolesList(m[1]) ?? (stop > 0 ? rolesList(m[1].slice(0, stop)) : null) ?? clauseRoles(m[1].replace(/[。；;]$/, ''));
      if (roles) {
        found = true;
        for (const d of roles.lead) if (!lead.includes(d)) lead.push(d);
        for (const d of roles.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
        continue;
      }
      if (!looksLikeDepartments(withoutTrailingDeng(m[1]))) continue;
      // (a short bracket, under four characters, names units only as an organ's or a station's name, "（区委）", "（司法所）",
      // as rolesBracket reads one: "集聚博物馆(场馆)" at a hard-wrapped line's end is the word's own gloss, no unit)
      if (m[1].trim().length < 4 && !organNames(m[1].trim())) continue;
      // (a bracket right after a township's word holding the other kind of place, "相关镇（街道）", "各乡（社区）": one
      // name of two kinds of place, as "各乡镇（街道）" is — a place where the work is done, no unit)
      if (/[镇乡村]\s*$/.test(text.slice(0, m.index)) && /^(?:街道|社区|街道办事处|办事处)$/.test(m[1].trim())) continue;
      found = true;
      for (const d of splitDepartments(m[1], 'text')) if (!lead.includes(d)) lead.push(d);
    }
  }
  if (!found && /—|─|--/.test(text)) {
    for (const m of execAll(TRAILING_DASH, text)) {
      const roles = dashDepartments(m[1]);
      if (!roles) continue;
      found = true;
      for (const d of roles.lead) if (!lead.includes(d)) lead.push(d);
      for (const d of roles.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
    }
  }
  // "区发展改革委：牵头建立…": the departments opening the point lead it
  if (!found && colon) {
    const first = deptFirst(text);
    if (first) { found = true; for (const d of first) if (!lead.includes(d)) lead.push(d); }
  }
  // "…。由区发改委牵头，区财政局、区科委配合。" / "此项工作由区教育局负责。" / "…。区卫生健康委、区民政局按职责分工负责。":
  // a sentence that is a roles list and nothing else; "由区卫生健康委牵头，区民政局配合，推进…": a sentence opening with one
  if (!found && ROLE_WORD.test(text)) {
    for (const sentence of splitAfter(text, '。；;！!')) {
      // A sentence over several lines: wrapped (the lines are one sentence; Chinese text has no spaces to keep), or
      // its first lines are something else (a heading, "主要做好以下工作：") — the lines from the first one that
      // makes a roles sentence
      const lines = sentence.split('\n');
      const from = (k: number) => (k === lines.length - 1 ? lines[k] : lines.slice(k).map((l) => l.trim()).join(''));
      // a line opening with 由 first, then the whole sentence, then the lines after a line that ends a clause
      // (a heading line over a roles sentence that opens with a unit — "推进产业升级" ⏎ "县工信局牵头。", the heading's
      // full stop dropped by splitHeading — is no first part of a name: the sentence from its second line first; not a
      // line with a role word or 由 in it, "由县住房城" ⏎ "乡建设局牵头", a name wrapped)
      const first = lines.length > 1 ? lines[0].trim() : '';
      const headingOver = first.length >= 4 && !UNIT_START.test(first) && !/[，,、：:；;]$|由|牵头|负责|配合/.test(first) && SECOND_UNIT.test(lines[1].trim());
      const starts = lines.length === 1 ? [0] : [
        ...lines.flatMap((l, k) => (k > 0 && BY.test(l) ? [k] : [])),
        ...(headingOver ? [1] : []),
        0,
        ...lines.flatMap((_, k) => (k > 0 && /[：:，,]\s*$/.test(lines[k - 1]) ? [k] : [])),
        // (last, any later line: a node's heading, its sentence end dropped, over the roles sentence its body opens
        // with — "实施道路大修30公里" ⏎ "县交通运输局牵头，县财政局配合。")
        ...lines.flatMap((_, k) => (k > 0 ? [k] : [])),
      ];
      for (const k of starts) {
        const roles = rolesSentence(from(k));
        if (!roles) continue;
        found = true;
        for (const d of roles.lead) if (!lead.includes(d)) lead.push(d);
        for (const d of roles.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
        break;
      }
    }
  }
  // "区交通委要会同区公安分局、各街道做好…", "由A会同B…", "A牵头，会同B…": the unit acting with others leads
  if (!found && JOINT_WORD.test(text)) {
    for (const sentence of splitAfter(text, '。；;！!')) {
      const roles = jointSentence(sentence);
      if (!roles) continue;
      found = true;
      for (const d of roles.lead) if (!lead.includes(d)) lead.push(d);
      for (const d of roles.partners) if (!partners.includes(d) && !lead.includes(d)) partners.push(d);
    }
  }
  return found ? { lead, partners } : null;
}

/** The verbs by which one unit works with others: 会同, 联合, 协同, 商 (商 only before a unit's name). */
const JOINT_WORD = /会同|联合|协同|商(?=[区市县旗各])/;
const JOINT_ALL = /会同|联合|协同|商(?=[区市县旗各])/g;
/** The first characters of JOINT_ALL's verbs. */
const JOINT_FIRST = /[会联协商]/;
/**
 * A unit's name as a sentence names it (the department grammar's: a unit prefix, at most 16 characters, an
 * organisation ending), or a group of units (各街道, 各镇); never "有关部门". Within a longer text: the longest such
 * prefix (区委宣传部, not 区委).
 */
const UNIT_NAME = new RegExp(`^(?:(?:区|市|县|旗|团区委|团县委)[\\u4e00-\\u9fa5()（）]{0,14}${SUFFIX}|各(?:街道|镇|乡|街镇|乡镇|镇街|街道办事处|乡镇人民政府|镇人民政府))$`);
/** Words no unit's name holds: a verb of work (the name ended before it), 有关/相关 ("区有关部门" names nobody). */
const WORK_VERB = /做好|开展|推进|加强|研究|制定|落实|完善|负责|会同|联合|协同|有关|相关|其他/;
const isUnitName = (s: string) => s.length <= 16 && UNIT_NAME.test(s) && !WORK_VERB.test(s) && !NOT_DEPT.test(s);
/** Names joined in a list: 、 and 和/及/与 before a unit prefix ("区人力资源和社会保障局" is one name). */
const LIST_SEP = /、|[和及与](?=[区市县旗各])/;

/** A list of units that is the whole text ("区交通委", "区教育局、区财政局"), or null. */
function unitList(text: string): string[] | null {
  const names = text.split(LIST_SEP).map((s) => s.trim());
  return names.length && names.every(isUnitName) ? names : null;
}

/** The units a text opens with ("区公安分局、各街道做好…" → 区公安分局, 各街道), or null. */
function leadingUnits(text: string): string[] | null {
  const out: string[] = [];
  for (const piece of text.split(LIST_SEP)) {
    const s = piece.trim();
    if (isUnitName(s)) { out.push(s); continue; }
    let best = '';
    for (let k = Math.min(16, s.length - 1); k >= 3; k--) if (isUnitName(s.slice(0, k))) { best = s.slice(0, k); break; }
    if (best) out.push(best);
    break;
  }
  return out.length ? out : null;
}

/** Between the acting unit and 会同: 要, 应, 负责, 牵头 … ("区交通委要会同…", "区教育局牵头会同…"). */
const MODAL_TAIL = /(?:要|应|应当|将|须|需|需要|继续|积极|主动|切实|负责|牵头|共同)+$/;

/**
 * A sentence in which a named unit does the work with other named units: "区交通委要会同区公安分局、各街道做好…",
 * "由区城管执法局会同区市场监管局开展…", "区交通委牵头，会同区住房城乡建设委推进…", "区财政局商区发展改革委下达…":
 * the unit before the verb leads, the units after it are partners. Both must be units' names by the department
 * grammar: "会同有关部门研究" (nobody named leads, or only 有关部门 helps) gives nothing.
 */
/** How far after a 会同 verb its partners' names are read, and before it the acting unit (characters). */
const JOINT_AFTER = 160;
const JOINT_BEFORE = 120;

export function jointSentence(sentence: string): Responsibility | null {
  // (a sentence without a character a joint verb opens with — 会同, 联合, 协同, 商, JOINT_ALL — has none, whatever its
  // lines joined make: it is not split and joined)
  if (!JOINT_FIRST.test(sentence)) return null;
  // (a sentence over several lines — wrapped text, or a heading line before it — is read joined; where its lines
  // began is kept: the acting unit may open one, after a heading without a sentence end)
  const lines = sentence.trim().split(/\s*\n\s*/);
  const s = lines.join('');
  const starts: number[] = [];
  for (let k = 0, at = 0; k < lines.length; at += lines[k].length, k++) if (k > 0) starts.push(at);
  for (const m of execAll(JOINT_ALL, s)) {
    // (the units read are near the verb — a list of names after it, one unit with 由 and modal words before it —
    // so each look is a window: a long text without punctuation costs a pass, not a pass per verb)
    const after = m.index + m[0].length;
    const partners = leadingUnits(s.slice(after, after + JOINT_AFTER).split(/[，,：:；;。]/)[0]);
    if (!partners) continue;
    const offset = Math.max(0, m.index - JOINT_BEFORE);
    const before = s.slice(offset, m.index);
    const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：'), before.lastIndexOf(':'));
    const clean = (c: string) => c.trim().replace(/^(?:此项工作|该项工作|并)?由/, '').replace(MODAL_TAIL, '');
    // the clause before the verb; else from a line start inside it, or from a 由 inside it ("加装电梯⏎由区住房城乡建设局…")
    const from = [cut + 1, ...starts.map((k) => k - offset).filter((k) => k > cut + 1 && k < before.length), ...[...before.matchAll(/由/g)].map((x) => x.index!).filter((k) => k > cut)];
    let lead: string[] | null = null;
    for (const k of from) if ((lead = unitList(clean(before.slice(k))))) break;
    // "区交通委牵头，会同…": the unit is the clause before
    if (!lead && !clean(before.slice(cut + 1)) && cut > 0) {
      const prev = before.slice(0, cut);
      const pcut = Math.max(prev.lastIndexOf('，'), prev.lastIndexOf(','), prev.lastIndexOf('：'), prev.lastIndexOf(':'));
      const clause = prev.slice(pcut + 1).trim();
      if (/(?:牵头|负责|牵头负责)$/.test(clause)) lead = unitList(clean(clause));
    }
    if (!lead) continue;
    return { lead, partners: partners.filter((d) => !lead!.includes(d)) };
  }
  return null;
}

/**
 * A labelled list of clauses, some closing with 配合/协同/参与/协助 ("区卫生健康委，区发展改革委、区财政局配合"): every
 * unit of such a clause is a partner, the units of the clauses without a role word lead. Null unless the list has
 * two or more clauses, one of them a helpers' clause, one a leads' clause, and every clause names only units.
 */
export function clauseRoles(body: string): Responsibility | null {
  const clauses = body.split(/[，,；;]/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2 || clauses.length > 4) return null;
  const lead: string[] = [];
  const partners: string[] = [];
  for (const c of clauses) {
    const helper = /^(.+?)(?:配合|协同|参与|协助)$/.exec(c);
    const names = helper ? helper[1] : c;
    if (!roleNames(withoutTrailingDeng(names)) || /牵头|负责|主责/.test(names)) return null;
    const into = helper ? partners : lead;
    for (const d of splitDepartments(names, 'text')) if (!into.includes(d)) into.push(d);
  }
  return lead.length && partners.length ? { lead, partners } : null;
}

/** A heading that groups the points one unit leads: "一、区发展改革局牵头工作（4项）", "区教育局负责事项". */
const GROUP_LEAD = /^(.{2,60}?)(?:牵头|负责)的?(?:工作|事项|任务)(?:\s*[（(]\s*共?\s*[0-9一二三四五六七八九十]+\s*项\s*[)）])?\s*[。：:]?$/;
/**
 * The units a heading names as the lead of the points under it (a 任务清单 grouped by lead unit: "区发展改革局牵头工作
 * （4项）"), or null — also for a heading naming a person ("潘东旭市长负责事项": no unit's name).
 */
export function groupLead(heading: string): string[] | null {
  if (heading.indexOf('牵头') < 0 && heading.indexOf('负责') < 0) return null;
  const m = GROUP_LEAD.exec(heading.trim());
  if (!m) return null;
  const names = m[1].trim();
  return unitList(names) ?? (looksLikeDepartments(names) ? splitDepartments(names, 'text') : null);
}

/** A heading that is only the name of one agency (局, 委, 委员会, 办, 办公室, 处, 厅; a party committee's 部): "一、社會處",
 *  "（二）区财政局", "（三）区委组织部". Not 科, 室 or another 部 (重点学科, 实验室, 企业总部 name no agency). */
const AGENCY_HEADING = /^(?:[\u4e00-\u9fa5]{1,12}(?:局|委员会|委|办公室|办|处|厅)|(?:[区县市旗]委|党工委|党委)[\u4e00-\u9fa5]{1,8}部)$/;
/** Words ending like an agency that are none: 布局, 格局, 大局, 新局 …; 客厅, 大厅 …; 好处, 此处, 难处 …; a way of handling (网上办,
 *  就近办, 马上办, 帮办, 代办). */
const NOT_AGENCY = /(?:布|格|大|全|开|新|结|变|破|当)局$|(?:客|大|展|餐|门)厅$|(?:好|用|此|彼|各|去|出|难|长|短|益|住|相|到|共|深|暗|何|妙|之|一|两|多|几)处$|(?:网上|掌上|指尖|就近|马上|一次|一网|一窗|跨省|跨域|全程|集成|联|帮|代|通|即|快|好|立|速|承|协|主|督|包|就|接诉即|简易)办$|^(?:全|本|各|有关|相关)/;
/**
 * The agency a heading is no more than the name of, as the unit carrying the points under it (a 台湾 縣政府's 施政計畫
 * grouped by 局處: "一、社會處 / （二）年度施政重點 / 1.…"; a plan grouped by department: "（三）区财政局"), as written,
 * or null. Only a whole heading of one name, three to sixteen characters (compared in Simplified script).
 */
export function headingUnit(heading: string): string[] | null {
  const h = heading.trim().replace(/[。：:]$/, '');
  if (h.length < 3 || h.length > 16) return null;
  const v = matchView(h);
  return AGENCY_HEADING.test(v) && !NOT_AGENCY.test(v) && !WORK_VERB.test(v) ? [h] : null;
}

/** The departments opening a point before a colon and what they do ("区发展改革委：牵头建立…"), or null. */
export function deptFirst(text: string): string[] | null {
  const m = DEPT_FIRST.exec(text);
  if (!m || !looksLikeDepartments(m[1]) || !m[1].split(/[、，,]/).every((n) => /^(区|市|县|镇|乡|各)/.test(n.trim()))) return null;
  return splitDepartments(m[1], 'text');
}

/** A paragraph that only says who leads and who helps: "由A牵头，B配合。", "（A牵头，B配合）". */
export function isRolesLine(text: string): boolean {
  const m = /^(?:[（(](.{2,80})[)）]|(?:此项|该项|本项|以上|上述)?(?:工作|任务)?由(.{2,80}?))[。；;]?$/.exec(text.trim());
  return !!m && rolesList(m[1] ?? m[2]) !== null;
}

/** What a sentence that says who does the work holds. */
const ROLE_WORD = /牵头|负责|主责/;
/** A label opening a roles sentence: 任务分工：, 责任分工：, 工作分工：, 部门分工：, 分工：. */
const DIVISION_LABEL = /^(?:任务分工|责任分工|工作分工|部门分工|分工)\s*[:：]\s*/;
/** "（此项工作）由" opening a roles sentence. */
const BY = /^\s*(?:此项|该项|本项|以上|上述)?(?:工作|任务)?由/;

/**
 * Who leads and who helps, said by one sentence: the whole sentence is a roles list ("由A牵头，B配合。", "A、B按职责
 * 分工负责。"), or its first clauses are one after 由 ("由A牵头，B、C配合，推进…": at most three clauses, and what follows
 * them is the work). Null when the sentence is anything else.
 */
export function rolesSentence(sentence: string): { lead: string[]; partners: string[] } | null {
  // ("任务分工：赵副县长负责，县农业农村局总牵头。": a 分工 label before the list)
  const s = sentence.trim().replace(/[。；;！!]$/, '').replace(DIVISION_LABEL, '');
  if (s.length < 4 || /[（()）]/.test(s)) return null;
  const by = BY.exec(s);
  const rest = by ? s.slice(by[0].length) : s;
  // (without 由, the sentence is the list itself: "改造费用由产权单位负责", "…的单位负责" name no department)
  if (!by && /[由的]/.test(rest)) return null;
  const whole = rolesList(rest);
  if (whole || !by) return whole;
  const clauses = rest.split(/[，,]/);
  for (let k = Math.min(3, clauses.length - 1); k >= 1; k--) {
    const roles = rolesList(clauses.slice(0, k).join('，'));
    if (roles) return roles;
  }
  return null;
}

/** A roles list's clause naming the leaders who answer for the work: 分管副区长负责, 区长负责, 常务副区长、协管副主任负责. */
const LEADERS = /^(?:[\u4e00-\u9fa5]{0,8}?(?:区长|县长|市长|旗长|州长|省长|主任|秘书长|[区县市]领导)、?)+(?:负责|牵头负责)$/;

/**
 * What a clause of a roles list says its departments do: lead (牵头, 分别牵头 — "（县人社局、县民政局分别牵头）": each leads its
 * share —, 总牵头, 负责, 主责, 主办) or help (配合, 协同, 参与, 协助,
 * 协办, 指导: the bureau that guides the townships doing the work, "（各乡镇人民政府负责，县农业农村局指导）"). 负责落实 / 负责实施 / 具体落实 / a bare 落实 after a leading clause are the units that carry the work out with the
 * lead (partners, as 按职责分工负责 is): "（A牵头，B配合，各镇街负责落实）", "（A牵头，B参与，各镇街落实）" (郑州 金水区 河长制
 * 工作要点: who leads, who takes part, who carries it out).
 */
/** Names of bodies that are no government department, listed among them: banks' branches, companies, associations
 *  ("国家开发银行云南省分行、农业发展银行云南省分行"): one name (ORG_NAME), a list of them (ORG_NAMES), one in a list (ORG_PIECE). */
const ORG_NAME = '[^、，,。；;：:\\s]{2,24}(?:分行|支行|银行|公司|集团|协会|商会|联合会)';
const ORG_NAMES = new RegExp(`^${ORG_NAME}(?:、${ORG_NAME})*$`);
const ORG_PIECE = new RegExp(`(?:^|、)${ORG_NAME}(?=、|$)`, 'g');
/**
 * A township named as a unit in a roles clause ("县城管局、城关镇配合", "桥头镇负责"): its own name and 镇 / 乡 / 街道 (not
 * 城乡, 乡镇, 中心镇, 特色小镇 — kinds of place, no unit; nor a kind with a qualifier, "沿线乡镇", "试点镇", "涉及街道", nor any
 * name ending in a kind, 乡镇/城镇/村镇/集镇). Only beside a role word: alone a township is where the work is done.
 */
const TOWNSHIP = /^(?!(?:各|全|本|有关|相关|城|乡|中心|重点|特色小|小|村)(?:镇|乡|街道)|(?:沿线|试点|涉及|属地|周边|示范|建制|所在|其他|其余|相应))(?![\u4e00-\u9fa5]*(?:乡镇|城镇|村镇|集镇)(?:人民政府|政府)?$)[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道)(?:人民政府|政府|办事处)?$/;
/**
 * Units named together by their kind and a word that picks them, the plan's own and not named one by one: "沿线乡镇",
 * "有关乡镇", "相关部门", "各有关单位", "沿线各乡镇", "各镇街". Beside a role word a lead or a partner written as such, as
 * "各有关部门配合" and "沿线街道配合" are ("县农业农村局牵头，沿线乡镇配合": the bureau leads, 沿线乡镇 helps); alone, where
 * the work is done. Not a kind with another qualifier, one of a kind (试点镇, 示范镇, 涉及街道: TOWNSHIP).
 */
const COLLECTIVE = /^(?:各?(?:沿线|有关|相关)各?|各)(?:乡镇|街道|镇街|街镇|镇|乡|部门|单位)$/;
/** A list of units, townships or a collective of units named among them: the names of a roles clause. */
const roleNames = (names: string): boolean =>
  looksLikeDepartments(names) || (names.split('、').every((p) => TOWNSHIP.test(p.trim()) || COLLECTIVE.test(p.trim()) || looksLikeDepartments(p)) && !QUANTITY.test(names));
/** A city, district or county named as a unit ("合肥市", "东湖区"): not a zone of a plan (园区, 示范区, 片区, 城区 …). */
const PLACE_UNIT = /^[\u4e00-\u9fa5]{2,5}(?<!园|示范|片|城|景|新|社|开发|功能|核心|保护|试验|自贸|商|街)[市区县]$/;
const LEAD_ROLES = '牵头负责|分别牵头|总牵头|牵头|主责|主办|负责落实|负责实施|具体落实|负责|按职责分工负责|分别负责|落实';
const HELP_ROLES = `配合|协同|参与|协助|协办|${GUIDES}|按职责分工配合|共同推进`;
const ROLE_CLAUSE = new RegExp(`^(.+?)(?:${LEAD_ROLES})$|^(.{2,}${SUFFIX})(?:${GUIDE_ROLE})$|^(.+?)(?:${HELP_ROLES})$`);
/**
 * The characters a ROLE_CLAUSE match can end with: the last of each role word (GUIDE_ROLE and GUIDES end in 指导; a
 * piece of GUIDES cut at its inner | adds a character too many, which only lets the expression decide). A clause ending
 * otherwise is no role clause without the expression's try of every role word after every prefix (~1 µs a clause).
 */
const ROLE_ENDS = new Set([...LEAD_ROLES.split('|'), ...HELP_ROLES.split('|'), '指导'].map((w) => w.charCodeAt(w.length - 1)));
function roleClause(c: string): RegExpExecArray | null {
  return c.length && ROLE_ENDS.has(c.charCodeAt(c.length - 1)) ? ROLE_CLAUSE.exec(c) : null;
}

/**
 * A bracketed list that says who leads and who helps, closing a paragraph: "（区发改委牵头，区财政局、区科委配合）",
 * "（区法院负责）", "（区人社局牵头，各街道按职责分工负责）". Every clause (split at ，；) must end in a role word and
 * hold only department names, and one clause must lead; null otherwise.
 */
/** A clause that is a note on the plan's lists, not a role: 以下各项均需…, 以上单位…, 下同, 上述…, 不再列出. */
const LIST_NOTE = new RegExp(`^(?:${LIST_NOTE_WORDS})`);
export function rolesList(text: string): { lead: string[]; partners: string[] } | null {
  const lead = stringList();
  const partners = stringList();
  // (a clause with the deadline — "（区交通委负责，2025年底前完成）" — is the milestone's, not a role)
  // (by a loop into a list of strings: the arrays map() and filter() return are of another hidden class in optimised
  // code than in the interpreter, and V8 threw this function's optimised code away when that changed)
  // (roles set apart by semicolons, a role's own list in comma-separated groups — "省发展改革委、财政厅牵头；省工业和信息化委、
  // 国土资源厅，国家开发银行云南省分行，各州、市人民政府配合": the groups before the clause that names their role are
  // that role's; a semicolon's segment whose groups are all department lists and whose last one names the role)
  text = jointGuide(text);
  const segments = /[；;]./.test(text) ? text.replace(/[。；;]$/, '').split(/[；;]/) : null;
  if (segments) text = segments.map((seg) => {
    const groups = seg.split(/[，,]/).map((g) => g.trim());
    // (not a group that says its own role: "县市场监管局牵头，县税务局配合；…" are two clauses, not one list)
    return groups.length > 1 && roleClause(groups[groups.length - 1]) && groups.slice(0, -1).every((g) => !roleClause(g) && (looksLikeDepartments(g) || ORG_NAMES.test(g))) ? groups.join('、') : seg;
  }).join('；');
  // (one list of units in commas before the lead's role, "（区科技局,区教育局牵头）", "（合肥市,省发展改革委牵头）" — a
  // city or a district among them, as a province's plan names the cities that lead with its bureaus: all lead; not
  // before a helper's role, "区卫生健康委，区民政局配合" names who leads and who helps)
  let places: string[] = [];
  if (!segments && /[，,]/.test(text)) {
    const groups = text.replace(/[。]$/, '').split(/[，,]/).map((g) => g.trim());
    const last = /^(.+?)(?:牵头负责|总牵头|牵头|主责|负责)$/.exec(groups[groups.length - 1]);
    const unit = (g: string) => !roleClause(g) && (looksLikeDepartments(g) || ORG_NAMES.test(g));
    if (groups.length > 1 && groups.length <= 6 && last && !/配合|协同|参与|协助/.test(last[1]) && groups.slice(0, -1).every((g) => unit(g) || PLACE_UNIT.test(g))) {
      places = groups.slice(0, -1).filter((g) => !unit(g));
      text = groups.filter((g) => !places.includes(g)).join('、');
    }
  }
  const parts = text.replace(/[。；;]$/, '').split(/[，,；;]/);
  const clauses = stringList();
  for (let i = 0; i < parts.length; i++) { const c = parts[i].trim(); if (c && !/^(?:于|在)?(?:19|20)\d{2}\s*年/.test(c)) clauses.push(c); }
  // (the leaders who answer for the work may open the list, before the departments: "（常务副区长、协管副主任负责，
  // 区发展改革局牵头，区财政局配合）" — posts, not departments: passed over)
  const leaders = clauses.length > 1 && /长|主任|领导/.test(clauses[0]) && LEADERS.test(clauses[0]);
  if (leaders) clauses.shift();
  // (a note on the plan's lists closing the roles — "（A牵头，B配合，以下各项均需各乡镇配合，不再列出）" — says who
  // helps everywhere, not here: the list ends before it)
  for (let i = 1; i < clauses.length; i++) if (LIST_NOTE.test(clauses[i])) { clauses.length = i; break; }
  if (!clauses.length || clauses.length > 3) return null;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const m = roleClause(c);
    if (!m) return null;
    const names = withoutTrailingDeng(m[1] ?? m[2] ?? m[3]);
    // (banks' branches and companies named among the departments count as names too)
    const orgsOut = names.replace(ORG_PIECE, '').replace(/^、+/, '');
    if (!roleNames(names) && !/^(区|市|县)级?各/.test(names) && !(orgsOut !== names && orgsOut && looksLikeDepartments(orgsOut))) return null;
    const into = m[1] !== undefined && !(lead.length && /按职责分工负责$|落实$|负责实施$/.test(c)) ? lead : partners;
    // (a collective is named as written, alone or in a list of units — "相关部门配合", "县住建局、相关部门配合": the bureau and
    // the departments the work concerns help; NOT_DEPT passes over only a bare 相关 or 等相关部门, the list's closing words)
    for (const d of COLLECTIVE.test(names.trim()) ? [names.trim()] : splitDepartments(names, 'text')) if (!into.includes(d)) into.push(d);
  }
  if (places.length && lead.length) lead.unshift(...places.filter((p) => !lead.includes(p)));
  return lead.length ? { lead, partners } : null;
}

/**
 * The endings of a government organ's name (区财政局, 区发改委, 区政府办, 街道办事处, 镇政府, 区法院, 团区委, 区妇联): a
 * bracket of names alone names units that do the work only with such endings. A facility's or a class's noun — 社区养老
 * 服务中心, 日间照料中心, 规上企业, 公办幼儿园, 县级医院, 国有企业, 乡镇卫生院, 区属学校 — ends as a unit's name too
 * (SUFFIX) but says where or over whom a figure is counted, not who answers for it.
 */
const ORGAN_SUFFIX = new RegExp(`(?:妇联|残联|工商联|侨联|文联|科协|分局|管委会|委员会|办公室|办事处|街道办|街道|政府|法院|检察院|局|(?<=(?:${HALL_FIELDS}))厅|${OFFICE_HALL}|委|办|部)$`);
/**
 * The fields of a 镇's or 街道's stations (站所): 派出所, 司法所, 财政所, 市场监管所, 国土所, 规划建设所, 水利站, 农技站,
 * 畜牧兽医站, 文化站 … — the 所 or 站 right after the short name of an office's field, the town's or district's place
 * before it or not ("东岭镇司法所", "清河市场监管所", "区市场监管局东岭市场监管所": a place of two or three
 * characters alone, or any name ending 镇/乡/街道/区/县/市/局). An institute, a clinic or a
 * firm ends in 所 after a name of its own — 茶叶研究所, 农科所, 卫生所, 律师事务所, 设计所 — and is no station
 * (卫生 is left out: a 卫生所 or 卫生站 is where care is given, a scope of what is counted, as 卫生院).
 */
const STATION_FIELDS = '派出|司法|财政|财税|市场监管|市场监督管理|工商|税务|国土|国土资源|自然资源|规划|规划建设|村镇建设|城建|建管|土管|'
  + '林业|水利|水务|农技|农业技术推广|农业服务|农经|经管|农机|畜牧|畜牧兽医|兽医|动物防疫|劳动保障|社保|民政|统计|安监|环保|文化|广电';
const STATION = new RegExp(`^(?:[\\u4e00-\\u9fa5]{0,12}?(?:镇|乡|街道|区|县|市|局)|[\\u4e00-\\u9fa5]{2,3})?(?:${STATION_FIELDS})[所站]$`);
/** A 镇's or 街道's station named alone (STATION): a unit that does the work, however short its name ("司法所"). */
const stationName = (n: string): boolean => STATION.test(n);
/** Names alone, each a government organ's (ORGAN_SUFFIX), a station's (STATION) or the 各街道/各乡镇 of the plan's area. */
function organNames(t: string, stations = false): boolean {
  if (!looksLikeDepartments(t)) return false;
  const names = splitDepartments(t, 'text');
  return names.length > 0 && names.every((n) => (stations ? stationName(n) : ORGAN_SUFFIX.test(n) || stationName(n) || /^各/.test(n)));
}

/**
 * Whether a bracket's words name who does the work, not what is done, measured or counted — the one rule for an
 * indicator's name ("老旧小区改造完成率（区住建局牵头）", celltable.ts readIndicatorTable; a sentence's, indicators.ts) and a
 * task's clause (celltable.ts tasksBracket): a department field's label and its value ("责任单位：区住建局"), a roles
 * list ("区住建局牵头", "区城管局负责，各街道配合": rolesList — a role's verb, 牵头/负责/配合/指导…), or names alone of
 * four characters or more that are government organs' (organNames: "区城管局", "县水利局、县农业农村局") — not a short
 * bracket of the name's own, "乡镇（街道）", "（园区）", nor a scope or a class of what is counted, "（规上企业）",
 * "（公办幼儿园）", "（社区养老服务中心）". `withTime`: a bracket that also gives the work's time ("（区住建局牵头，
 * 2025年底前完成）", "（责任单位：…；完成时限：2025年12月底）") still names it — a task's bracket; an indicator's name keeps
 * such a bracket, which says more than who.
 */
const ROLES_LABEL = new RegExp(`^\\s*${DEPARTMENT_LABEL}\\s*[:：]`);
export function rolesBracket(inner: string, opts: { withTime?: boolean } = {}): boolean {
  const t = inner.trim();
  if (!opts.withTime && (/[0-9０-９]/.test(t) || /时限|时间|节点|期限/.test(t))) return false;
  // (four characters or more, "（园区）" being a name's own; a station's name is shorter and still one: "（司法所）")
  return ROLES_LABEL.test(t) || rolesList(t) !== null || (t.length >= 4 ? organNames(t) : organNames(t, true));
}

/**
 * Split the trailing department columns off a flattened annex row:
 * "…提升公共信息平台服务能级。区委办 区科委 区保密局" → text, ['区委办','区科委','区保密局'].
 */
export function splitTrailingDepartments(row: string): { text: string; depts: string[] } {
  const t = row.trim();
  const lastStop = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'), t.lastIndexOf(')'), t.lastIndexOf('）'));
  if (lastStop < 0) return { text: t, depts: [] };
  const tail = t.slice(lastStop + 1).trim();
  if (!tail) return { text: t, depts: [] };
  // (a tail with words that name no department — "区科委，每季度报送进展" — is no columns of names: the row stays whole)
  const words: string[] = [];
  const depts = splitDepartments(tail, words);
  if (!depts.length || words.length || !depts.every((d) => SUFFIX_RE.test(d) || /^(区|市)[\u4e00-\u9fa5]{1,8}(委|局|办)/.test(d) || /成员单位$/.test(d) || /^各/.test(d))) {
    return { text: t, depts: [] };
  }
  return { text: t.slice(0, lastStop + 1).trim(), depts };
}
