/**
 * Metadata from the head of a plan (the lines before its first numbered heading): the 通知 that published it,
 * the plan's own title, district, city, period, issuer, document number (文号), date, addressees.
 *
 * Every rule matches on the matching view `foldForMatch(text)` (Simplified script, half-width digits and brackets,
 * see fold.ts), which has the same length as the text; what is stored is the ORIGINAL text at the matched offsets
 * (a Traditional document keeps its own characters), normalised only where a table below says so.
 *
 * Nothing is guessed from a substring of an ordinary word: a district or city is read only where a government is
 * named — an issuer line (signature, red header, notice title "某区人民政府办公室关于印发…的通知"), the start of the
 * plan's title (or of a title quoted in the notice), a 发文机关 cell of a web page's index table, or a 文号 whose
 * prefix is an unambiguous abbreviation (沪 = 上海市). "提高我区", "绿化市容", 社区, 园区, 城市, 全市 … are words.
 *
 * The rules are data: the tables in the first section. A new form is one row there plus a test in
 * tests/importer/importer-meta.test.ts. The tables and their readers live in dates.ts (dates, periods, 文号), places.ts
 * (administrative units, governments) and headlines.ts (index tables, addressees, notice lines, run-together tocs);
 * this module reads the head with them and re-exports them.
 */
import type { ImportReport, PlanMeta } from '../model/plan';
import { LATIN_LINE, OPENING_HEADING, type Para } from './clean';
import { foldForMatch } from '../text/fold';
import { similarity } from './tables';
import { looksLikeDepartments, unitWord } from './departments';
import { DOC_PREFIX_CITY, blankLongSpans, docNumberChanges, findDate, iso, readDate, readDocNumber, readPeriod, yearOfWork, type DateFound, type DocNumberFound } from './dates';
import { governmentOfKind, kindAlone, oneCharDistrictNamedByOrgan, placeInSentence, placeLevel, placeOfTitle, PROVINCE_LEVEL_NAMES, readGovernment, readTownship, type Government } from './places';
import { ADDRESSEES, ADDRESSEE_WORDS, LEAD_IN, NOT_ADDRESSEES, OCCASION_HEAD, OCCASION_LINE, OCCASION_TAIL, SITE_BADGE, SITE_COUNTER, SITE_TEMPLATE, indexCells, splitAddressees, splitNoticeLines, splitToc } from './headlines';
import { periodText } from '../model/period';
import { isNoticeTitle, isUntitled } from '../text/notice';

export { DATE_FORMS, DOC_PREFIX_CITY, PERIOD_FORMS, findDate, findPeriod, readDate, readDocNumber, readPeriod } from './dates';
export type { DateFound, DocNumberFound, PeriodFound } from './dates';
export { CITY_UNITS, DISTRICT_UNITS, PROVINCE_UNITS, findDistrict, readGovernment } from './places';
export type { Government } from './places';
export { INDEX_LABELS } from './headlines';
/**
 * A province-level place in brackets opening a line, as a mirror site tags its pages: "(广西)", "（河北省）", "(内蒙古自治区)"
 * (folded view: Traditional 廣西 reads 广西). The short names of the 34 province-level places, with their unit or without.
 */
const PROVINCE_TAG = new RegExp(`^\\s*[(（]\\s*(?:${PROVINCE_LEVEL_NAMES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?\\s*[)）]\\s*`);
/** A source that reports the document, not issues it: 青川区融媒体中心, 临江日报社, 东湖区新闻中心, 南屿县广播电视台. */
const MEDIA = /融媒体|新闻|报社|日报|晚报|电视台|广播|网站|门户|媒体/;
/** The reason given for an issuer read from a page's 信息来源 alone (a signature at the text's end replaces it). */
export const SOURCE_ISSUER = '正文没有发文机关,发文机关取自网页的信息来源';

/** How far into the head the title, the notice title and a period are looked for (paragraphs). */
const HEAD_SPAN = 40;
/**
 * "签发人：张三" at the end of a line of the head (an upward document's 版头, beside its 文号 [std §7.2.6]; a joint
 * document names several, "签发人：张三　李四"): the whole tail after the label, as written — a name letter-spaced as an
 * official layout spaces a two-character one ("王　明"), one with a middle dot ("买买提·艾力"), a Latin one ("Li Ming"),
 * several. What the exports print (the name as entered) comes back as entered. Not a clause of a sentence: no colon,
 * no sentence mark, at most 60 characters.
 */
const SIGNER_NAMES = '[^\\s:：。；;！？!?0-9](?:[^:：。；;！？!?0-9]{0,58}[^\\s:：。；;！？!?0-9])?';
/** (the names end at a date after them, "签发人：林晓岚　　2026年1月9日": the date the document is signed, its 成文日期) */
const SIGNER = new RegExp(`(签\\s*发\\s*人\\s*[:：]\\s*)(${SIGNER_NAMES})(?:\\s*((?:19|20)[0-9]{2}\\s*(?:年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})))?\\s*$`);
const SIGNER_VALUE = new RegExp(`^${SIGNER_NAMES}$`);
/**
 * A signer's name alone on its line, as SIGNER_NAMES reads one after the label: two to four CJK characters, letter-spaced
 * or not ("王　强", "欧阳明远"); five or six set solid ("扎西次仁多吉" — not a unit's name, departments.ts unitWord); a name
 * with a middle dot ("买买提·艾力", "阿依古丽·吐尔逊"); a Latin name of two to four words, each capitalised ("Li Ming").
 */
const STACKED_SIGNER = /^(?:[\u4e00-\u9fa5](?:[ \u3000]*[\u4e00-\u9fa5]){1,3}|[\u4e00-\u9fa5]{5,6}|[\u4e00-\u9fa5]{1,8}(?:[·•・‧][\u4e00-\u9fa5]{1,8}){1,3}|[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){1,3})$/;
/**
 * A word of a document, never of a person's name: what a plan's or a notice's title, a cover's line or a note names
 * (规划编制说明, 征求意见稿, 工作要点汇编) — a five- or six-character line holding one is no transliterated name.
 */
const DOCUMENT_WORD = /计划|方案|规划|纲要|意见|要点|措施|办法|细则|清单|任务|说明|通知|通报|报告|请示|批复|公告|公报|决定|纪要|简报|附件|附表|目录|文件|汇编|草案|送审|编制|情况|工作|材料/;
/**
 * A Latin name is a Chinese one written in Pinyin (Li Ming, Ouyang Xiaolan, ZHANG Wei): each word syllables of Pinyin, or
 * an initial ("J."); English words under the signers ("Urgent Notice", "Draft Only") are no name.
 */
const PINYIN_WORD = /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v|ü|üe|ün)['’-]?)+$|^[a-z]\.$/;
const pinyinName = (t: string) => t.split(' ').every((w) => PINYIN_WORD.test(w.toLowerCase()));
const stackedName = (t: string) => STACKED_SIGNER.test(t)
  && !(/^[\u4e00-\u9fa5]{5,6}$/.test(t) && (unitWord(t) || DOCUMENT_WORD.test(t)))
  && !(/^[A-Za-z]/.test(t) && !pinyinName(t));
/**
 * The names of a SIGNER match as the line writes them (the match was on its fold, of the same length: a Traditional
 * 簽發人： is the label too).
 */
const signerName = (t: string, m: RegExpExecArray) => t.slice(m.index + m[1].length, m.index + m[1].length + m[2].length);

// (also a list of the year's work named by its closing words, "…先行区2023年重点工作任务": 工作任务 at the end of the name)
const TITLE_WORD = /(行动计划|行动方案|计划|方案|规划|纲要|意见|实施方案|工作要点|要点|若干措施|措施|举措|办法|细则|任务清单|责任清单|分解表|任务分解|工作任务$)/;
/** The inner title of a notice: 关于印发《…》的通知, 关于转发…的通知 (folded view). */
const NOTICE_QUOTED = /(?:关于)?(?:印发|转发|发布|下达)[^《〈]{0,20}[《〈]([^》〉]{4,80})[》〉]|关于[^《〈]{0,20}[《〈]([^》〉]{4,80})[》〉]/;
/** (…and a 函 or 报告 by which an organ sends its own plan up, "关于报送X的函": X — not a 通知 asking for plans to be sent,
 *  "关于报送2025年工作总结和2026年工作计划的通知", which plans nothing: dates.ts; nor a report sending up what is no
 *  plan, "关于报送2025年度河长制工作开展情况的报告": X names a plan — a TITLE_WORD in it —, else the line is the title) */
const NOTICE_BARE = /关于(?:印发|转发|发布|下达)(.{4,80}?)的(?:通知|函|决定)|关于(?:报送|呈报|上报)(.{4,80}?)的(?:函|报告|请示)\s*$/;
/** …the name itself a notice's title, "关于印发X关于Y的通知的通知": the name runs to the last 的通知 of the line. */
const NOTICE_BARE_WHOLE = /关于(?:印发|转发|发布|下达)(.{2,80}关于.{2,80}的(?:通知|函|决定))的(?:通知|函|决定)\s*$/;
/** What follows a quoted title that is the thing published: the notice's last words, or the next title quoted. */
const QUOTE_PUBLISHED = /^\s*(?:[》〉]\s*)?(?:的(?:通知|函|决定|批复)|[和及与、]?\s*[《〈]|$)/;
/**
 * The title of a notice an organ heads without 关于 and without quotes, "X市人民政府办公室印发X市关于…的意见的通知": what it
 * publishes runs from the verb to the line's last 的通知.
 */
const NOTICE_ORGAN_BARE = /(?:办公室|办公厅|人民政府|委员会|管委会)(?:印发|转发)([^《〈》〉，,。；;]{4,80})的(?:通知|函)\s*$/;
/**
 * …and one whose name opens with 关于 and quotes a document in it, "X市人民政府印发关于落实国务院《政府工作报告》重点工作
 * 任务分工的通知": the quote is part of the name (the 报告 it carries out), the name runs from 关于 to the last 的通知.
 */
const NOTICE_ORGAN_ABOUT = /(?:办公室|办公厅|人民政府|委员会|管委会)(?:印发|转发)(关于[^，,。；;]{4,80})的(?:通知|函)\s*$/;
/** A letter's title: "关于报送…的函", "关于…的请示", "关于…的报告" (its last words). */
const LETTER_TITLE = /关于.{2,80}的(?:函|请示|报告)\s*$/;
/** One organ's name, the whole of a letter's addressee line before its colon ("临江市住房和城乡建设局"). */
const ONE_ORGAN = /^[\u4e00-\u9fa5]{2,30}(?:局|委员会|委|厅|办公室|政府)$/;
/** A line of addressees without its colon: names each opening with 各 or closing as an addressee does, nothing else. */
const BARE_ADDRESSEES = /^(?:(?:[\u4e00-\u9fa5]{0,12}各[\u4e00-\u9fa5、]{1,20}|[\u4e00-\u9fa5]{2,16}(?:各部门|各有关单位|各直属机构|有关单位))[,，、\s\u3000]*){2,8}$/;
/** The sentence of a notice that sends the plan: "现将《X》印发给你们", "《X》已经区政府同意，现印发给你们". */
const SENDS_PLAN = /印发给你们|现印发|印发你们|现予印发/;
/** A line that is (part of) a notice title. */
const NOTICE_LINE = /关于|印发[《〈]|转发[《〈]|(?:办公室|办公厅|人民政府|委员会|管委会)(?:印发|转发)/;

/** The plan's own title line: a plan word, short, not a sentence, not (part of) the notice's title. */
/** A field line of a cover or a page ("规划编制单位:X县发展和改革委员会", "编制负责人:…", "信息来源:…"): never a title. */
const FIELD_LINE_START = /^[\u4e00-\u9fa5]{0,6}(?:单位|负责人|成员|机构|部门|来源|作者|审核|编辑|责编)\s*[:：]/;

/** A cover's byline: an organ and the word that it compiled the book ("X规划编制工作领导小组办公室 编", "X发展和改革局编印"). */
const BYLINE = /(?:办公室|办公厅|委员会|领导小组|工作组|局|中心|研究院|研究所)[\s\u3000]*(?:编|编印|编制|主编|汇编)\s*$/;

/**
 * A page's note of a document's status closing its 标题 cell or title line: "（废止）", "(已失效)", "（部分失效）",
 * "（已修订）", "【现行有效】" (folded view) — not "（修订）" alone, which a regulation's own name may close with.
 */
const STATUS_NOTE = /[（(【\[]\s*(?:(?:已|部分)?(?:废止|失效)|已修[订改]|现行有效)\s*[)）】\]]\s*$/;

/**
 * A document's name as a page's list of documents prints it — opened by its 文号, "盘政发〔2014〕31号 盘锦市人民政府关于…的
 * 意见(废止)", and closed by the page's note of its status, "(废止)", "(已失效)", "（已修订）" (STATUS_NOTE) —: the 文号
 * read, the name without either (`text` and its folded view `folded`), and the status note cut (`status`, '' if none).
 * One reading for a 标题 cell and for the title line.
 */
function listEntry(text: string, folded: string): { text: string; folded: string; number: DocNumberFound | null; status: string } {
  let value = text;
  let fv = folded;
  let number: DocNumberFound | null = null;
  const lead = readDocNumber(value, fv);
  if (lead && lead.index === 0 && /^[\s\u3000]+\S/.test(value.slice(lead.raw.length))) {
    number = lead;
    fv = fv.slice(lead.raw.length).trimStart();
    value = value.slice(value.length - fv.length);
  }
  const note = STATUS_NOTE.exec(fv);
  const status = note && note.index > 0 ? value.slice(note.index) : '';
  if (status) { value = value.slice(0, note!.index); fv = fv.slice(0, note!.index); }
  return { text: value, folded: fv, number, status };
}

/** The name of a publication of many documents alone on its line: "X人民政府公报（2026年第2期）", "X工作简报", "X文件汇编"
 *  (its issue after it in brackets or not: "X人民政府公报 2026年第3期"). */
const COLLECTION_NAME = /^[^，,。；;：:]{2,40}(?:公报|简报|汇编)\s*(?:[（(][^()（）]{1,20}[)）]|(?:(?:19|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*[0-9]{1,4}\s*期)?$/;
/** An issue line under a publication's name: "2026年第3期", "（总第118期）", "第3期". */
const ISSUE_LINE = /^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*[0-9]{1,4}\s*期\s*(?:[（(]\s*总\s*第\s*[0-9]{1,4}\s*期\s*[)）])?\s*[)）]?$/;
/** An entry of a publication's contents: a document's title closing with its page in brackets ("…的通知（12）"), a 文号
 *  in brackets ("（省政发〔2026〕8号）（3）"), or a title "X关于…的通知/意见/决定…" alone on its line. */
const CONTENTS_ENTRY = /[（(]\s*[0-9]{1,3}\s*[)）]\s*$|^[（(][^()（）]{0,20}〔\s*(?:19|20)\d{2}\s*〕[^()（）]{0,8}号\s*[)）]|^[^。；;，,]{4,60}关于[^。；;，,]{2,80}(?:通知|意见|决定|办法|措施|批复|报告|方案|计划|规定)$/;

/**
 * The name of a publication of many documents (a 公报, 简报, 汇编: "X人民政府公报（2026年第2期）"), in its folded view — one
 * test for a line alone, a page's 标题 cell and the title read (parse.ts reads HeadResult.collection): never a document's
 * own title "X关于…".
 */
export function isPublicationName(f: string): boolean {
  return COLLECTION_NAME.test(f.trim()) && !/关于/.test(f);
}

/** Below line `at` of a head, its lines (folded) list documents — two entries or more —, as a publication's contents do. */
function contentsFollow(folded: string[], at: number): boolean {
  let entries = 0;
  for (let k = at + 1; k < folded.length && entries < 2; k++) if (CONTENTS_ENTRY.test(folded[k].trim())) entries++;
  return entries >= 2;
}

/** A line opening with a heading's number: 一、 / （一） / 1. / 1、 (folded view). */
const NUMBERED_LINE = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[0-9]{1,2}\s*[、.．](?![0-9]))/;

/** A line closing with a document's word, as a title closes (folded view, no sentence's punctuation in it). */
const DOCUMENT_CLOSE = /^[^。，,；;：:]{6,80}(?:报告|规划|纲要|计划|方案|要点|意见|通知|决定|办法|清单)[)）]?$/;

/**
 * Characters a mirror lost to question marks between a text's words ("(海南?。?024年…"), in the folded view (which keeps
 * the full-width ？ apart): ASCII ? only, two or more of them, or one beside a digit or a punctuation mark. A full-width
 * ？ — "老旧小区怎么改？东湖区老旧小区改造三年行动计划" — is a question mark a title may hold, rev42a F3.
 */
const GARBLED = /\?.*\?|\?(?=[0-9。，、；：！,.;:!])|[0-9。，、；：！,.;:!]\?/;

/**
 * A cover's line naming the body that drew the plan up, a plan word inside its name ("临江市城市规划设计研究院", "X区规划
 * 和自然资源局", "X规划咨询有限公司"): an organ's or a firm's name ends as a name does, a title never does.
 */
const BODY_NAME = /(?:研究院|设计院|规划院|研究所|事务所|有限公司|公司|集团|局|委员会|办公室|人民政府|研究中心|咨询中心|大学|学院)\s*$/;
function isTitleCandidate(f: string): boolean {
  // (never a file's name: "附件：…分解表.xlsx" is a web page's download link, the plan is that file; never a byline)
  return TITLE_WORD.test(f) && !BYLINE.test(f) && !BODY_NAME.test(f) && !/\.(?:docx?|wps|pdf|ofd|xlsx?|et)\s*$/i.test(f) && !FIELD_LINE_START.test(f) && f.length <= 70 && !/^《/.test(f) && !/关于(印发|转发|发布|下达)|印发[《〈]|转发[《〈]|关于(?:报送|呈报|上报).*的(?:函|报告|请示)\s*$/.test(f) && !/通知|[。；:]$/.test(f) && !/[，,].*[，,]/.test(f) && !/^(根据|为|对接|按照|经|本)/.test(f) &&
    // (never a clause that opens with its date and a comma, "2016年2月，国务院批复《X规划》", nor one that names what it
    // cites for short, "(以下简称《规划》)": sentences of a text, which a title never is)
    !/^(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[，,]/.test(f) && !/以下简称/.test(f) &&
    // (nor a line a mirror garbled, its characters lost to question marks between its words — "(海南?。?024年X区政府工作
    // 报告)" over the clean headline "2024年X区政府工作报告": real batch 17's 09)
    !GARBLED.test(f);
}

/**
 * A plan a sentence says is published, by its name in 《》: "印发了《X》", "出台了《X》", "现将《X》印发", "《X》全文如下" (folded
 * view) — or made, a clause opening with 编制《X》 or 制定《X》 as a 前言 says what the text is ("依据《A》，编制《X》，是未来五年…的
 * 宏伟蓝图", "结合我县实际，特编制《X》。", "科学编制实施《X》，对于…具有重大意义": X, not the A it goes by — its adverb
 * 特/现/科学…, 实施 or 了 after the verb, and the clause closed right after the name).
 */
const PUBLISHED_NAME = /(?:印发|下发|转发|发布|出台|制定)(?:了|实施)?\s*[《〈]([^》〉]{4,80})[》〉]|现将\s*[《〈]([^》〉]{4,80})[》〉]|[《〈]([^》〉]{4,80})[》〉]\s*(?:全文如下|已经[^。；]{0,40}(?:现|予以?)印发|现印发|现予印发|印发给你们|(?:日前|近日)?(?:正式)?(?:印发|下发)(?:实施)?了?(?=[，,。；;！!\s]|$))|(?:^|[，,。；;])\s*(?:特|现|为此|据此|特此|科学|认真|研究)?\s*(?:编制|制定)(?:实施|了)?\s*[《〈]([^》〉]{4,80})[》〉]\s*(?=[，,。；;]|$)/;
/**
 * Before a name said to be printed, a word making the printing a time the sentence counts from ("自《X》印发以来",
 * "随着《X》正式印发，…", "自去年《X》印发，…" — the word opening the clause): the plan cited, not published (rev39).
 */
const SINCE_PRINTED = /(?:^|[，,。；;\s])(?:自|自从|从|随着|继)[^，,。；;《》〈〉]{0,8}$/;
/** Names in 《》 said together with the one published, "《A》和《B》正式印发", "《A》、《B》及《C》" (folded view). */
const JOINED_NAMES = /[《〈]([^》〉]{4,80})[》〉]\s*(?:和|与|及|以及|、|，)\s*$/;
/** The verbs by which a lead names the plan's issuer: it prints or issues it (not 转发, 下发: it forwards or passes it on). */
const ISSUING_VERB = /^(?:印发|发布|出台|制定)$/;
/** A notice's title quoted whole by a news lead, "《X办公室关于印发Y的通知》正式印发": the organ and the plan Y it publishes. */
const QUOTED_NOTICE = /^(.*?)关于(?:印发|转发)\s*[《〈]?(.+?)[》〉]?\s*的通知$/;
/**
 * The sentence around `at` names a plan it follows, not one it publishes: it opens with the plan it carries out or
 * goes by ("为贯彻落实市政府印发《X》，结合我区实际，制定本方案", "根据/按照/依据《X》…") or says it makes this plan
 * (制定本方案/本计划…): X is another organ's plan, never this one's title.
 */
function citesPlan(f: string, at: number, verb: boolean): boolean {
  const from = Math.max(f.lastIndexOf('。', at), f.lastIndexOf('；', at)) + 1;
  const ends = [f.indexOf('。', at), f.indexOf('；', at)].filter((k) => k >= 0);
  const sentence = f.slice(from, ends.length ? Math.min(...ends) : f.length);
  // (a verb before the name — 印发了《X》 — publishes only in a news sentence opening with its time: "近日，X印发了《Y》")
  if (verb && !NEWS_TIME.test(sentence)) return true;
  return /^\s*(?:为了?|根据|按照|依据|遵照|贯彻)/.test(sentence) || /制定(?:了)?本(?:方案|计划|规划|意见|要点|措施|细则|办法|清单|实施方案|行动方案)/.test(sentence);
}
/**
 * A news sentence's opening time and its comma: "近日，", "日前，", "2025年4月，", "今年3月，", "4月28日，" — after the
 * dateline a news page opens its lead with, if any: "东湖区新闻网讯 近日，", "本报讯（记者 林岚）日前，", "南屿县新闻 日前，".
 */
const NEWS_TIME = /^\s*(?:[^，,。；\s]{1,20}?(?:讯|电|新闻)(?:\s*[(（][^()（）]{0,20}[)）])?[\s\u3000:：]*)?(?:近日|日前|近期|最近|今年|本月|上月|(?:19|20)[0-9]{2}\s*年|[0-9]{1,2}\s*月)[^，,。；]{0,10}[，,]/;

/**
 * A 街道办事处 named with its district or city at the start of `text` ("临江市青川区东岭街道办事处…"): the office as said
 * and its place (no government reader takes a 街道办事处 for an organ), or null.
 */
function streetOffice(text: string): { text: string; gov: Government } | null {
  const m = /^[\u4e00-\u9fa5]{2,24}?街道办事处/.exec(text.trim());
  const gov = m ? readGovernment(m[0], 0, { organ: 'optional' }) : null;
  return m && gov && (gov.district || gov.city) ? { text: m[0], gov } : null;
}

/** A plan's name compared bare: folded, without spaces and 《》〈〉 ("《X》" quoted by a sentence is the title X). */
export const bareTitle = (t: string): string => foldForMatch(t).replace(/[\s《》〈〉]/g, '');

/**
 * The first plan (a plan word in its name) the lines name as published, the line's index and the organs that publish
 * it when the sentence opens with them ("近日，X办公室、Y办公室印发了《…》": the first of them, as a notice signed by
 * several), or null.
 */
export function publishedName(lines: string[], body: string[] = []): { name: string; line: number; by: { text: string; gov: Government } | null; also?: string[]; spoken?: boolean } | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const f = foldForMatch(l);
    const m = PUBLISHED_NAME.exec(f);
    if (!m) continue;
    let name = m[1] ?? m[2] ?? m[3] ?? m[4];
    let s = m.index + m[0].indexOf(name);
    // (the quote a notice's whole title, "《X办公室关于印发Y的通知》": Y is the plan, X the organ publishing it)
    const qn = QUOTED_NOTICE.exec(name);
    const qOrgan = qn?.[1] ? readGovernment(l.slice(s, s + qn[1].length), 0, { organ: 'required' }) : null;
    if (qn) { s += name.indexOf(qn[2], qn[1].length); name = qn[2]; }
    // (a 清单 published is a plan too: "重点工作清单", "民生实事项目清单")
    // (a plan made, 编制《X》, is no plan the sentence goes by, whatever it opens with: its 依据《A》 cites A)
    if (!(TITLE_WORD.test(name) || /清单$/.test(name)) || /[。；]/.test(name) || (m[4] === undefined && citesPlan(f, m.index, m[1] !== undefined))) continue;
    if (m[3] !== undefined && SINCE_PRINTED.test(f.slice(0, m.index))) continue;
    // (two or more plans published together, "《A》和《B》正式印发" (rev39): the one the text after the head speaks of —
    // the most of its words past what the names share, four characters or more, more than any other's —, else the first
    // named, as "印发了《A》和《B》" reads A; the report names them all)
    const named: { name: string; at: number }[] = [{ name, at: s }];
    if (m[3] !== undefined && !qn) {
      for (let j = JOINED_NAMES.exec(f.slice(0, m.index)); j; j = JOINED_NAMES.exec(f.slice(0, j.index))) {
        if (!(TITLE_WORD.test(j[1]) || /清单$/.test(j[1]))) break;
        named.unshift({ name: j[1], at: j.index + j[0].indexOf(j[1]) });
      }
    }
    const spoken = named.length > 1 ? spokenOf(named.map((x) => x.name), body) : -1;
    const also = named.length > 1 ? named.map((x) => l.slice(x.at, x.at + x.name.length).trim()) : [];
    ({ name, at: s } = named[Math.max(spoken, 0)]);
    // (the clause before the verb, after a time word: "近日，", "日前，", "2025年4月，")
    const before = m[1] !== undefined ? l.slice(0, m.index) : '';
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1).trim();
    let g = clause ? readGovernment(clause, 0, { organ: 'required' }) : null;
    let byText = g ? clause.slice(0, g.end) : '';
    // (a 街道办事处 publishing it, "临江市青川区东岭街道办事处印发了…": the office as said, its district and city read)
    const street = !g && clause ? streetOffice(clause) : null;
    if (street) { g = street.gov; byText = street.text; }
    // (only an organ that issues it — 印发, 发布, 出台, 制定 —, never one that forwards or passes it on: "近日，X局转发了《Y》",
    // "《X办公室关于转发Y的通知》" name Y's forwarder, not its issuer, review rev40b F8)
    const verb = qn ? /关于(印发|转发)/.exec(qn[0])![1] : m[1] !== undefined ? /^(?:印发|下发|转发|发布|出台|制定)/.exec(m[0])![0] : '';
    const by = !ISSUING_VERB.test(verb) ? null : g ? { text: byText, gov: g } : qOrgan ? { text: l.slice(m.index + m[0].indexOf(qn![1]), m.index + m[0].indexOf(qn![1]) + qOrgan.end), gov: qOrgan } : null;
    return { name: l.slice(s, s + name.length).trim(), line: i, by, ...(also.length ? { also, spoken: spoken >= 0 } : {}) };
  }
  return null;
}

/**
 * Of names a lead publishes together, the index of the one `body` speaks of: each name's longest run of characters
 * (past the start all the names share — their place, their year) found in the body's text; the longest, four
 * characters or more and longer than every other's, or -1.
 */
function spokenOf(names: string[], body: string[]): number {
  const text = foldForMatch(body.join('\n'));
  if (!text) return -1;
  const folded = names.map((n) => foldForMatch(n));
  let common = 0;
  while (folded.every((n) => n.length > common && n[common] === folded[0][common])) common++;
  const runs = folded.map((n) => {
    const rest = n.slice(common);
    let best = 0;
    for (let a = 0; a + best < rest.length; a++) while (a + best < rest.length && text.includes(rest.slice(a, a + best + 1))) best++;
    return best;
  });
  const top = Math.max(...runs);
  return top >= 4 && runs.filter((r) => r === top).length === 1 ? runs.indexOf(top) : -1;
}

// ───────────────────────────────────────────── the head ─────────────────────────────────────────────

export interface HeadResult {
  meta: Omit<PlanMeta, 'status' | 'source' | 'basedOn' | 'notice' | 'preamble'>;
  /** The document is a publication of many documents (a 公报 issue and its contents): its title is the publication's name,
   *  and the years its contents name are theirs, not a period of its own. */
  collection: boolean;
  /** Text of the 通知 (cover notice) body, '' when none. */
  notice: string;
  /** Paragraphs after the title and before the first heading (the plan's introduction). */
  preamble: Para[];
  /** Headings listed in a table of contents (for splitting run-together text). */
  toc: string[];
  uncertain: ImportReport['uncertain'];
}

interface Candidate<T> { value: T; score: number; line: number }

/** A zone's organ: "中共X新城工作委员会办公室", "X高新区管理委员会", "X经开区党工委办公室" (a name, no sentence). */
const ZONE_ORGAN = /^(?:中共)?[\u4e00-\u9fa5]{2,24}?(?:工作委员会|党工委|管理委员会|管委会)(?:办公室|办公厅)?(?=[\s\u3000]|关于|印发|转发|文件\s*$|[0-9０-９]|$)/;

/** `text` holds nothing but `raw` (spaces aside, at most 2 characters of punctuation around it). */
function isOnly(text: string, raw: string): boolean {
  return text.replace(/\s+/g, '').length <= raw.replace(/\s+/g, '').length + 2 && foldForMatch(text).replace(/\s+/g, '').includes(foldForMatch(raw).replace(/\s+/g, ''));
}

/**
 * Read the head. `head` are the paragraphs before the first numbered heading; the title is the last
 * title-like line among them (the plan's own title comes after the notice that publishes it).
 * Found-but-uncertain values are added to `uncertain`; lines dropped (a web page's <title>, a 目录, a web index
 * table) to `removed`.
 */
/** 《 opened and not closed in `t` (> 0), or 》 closing one opened before it (< 0). */
function unclosed(t: string): number {
  let open = 0;
  for (const ch of t) {
    if (ch === '《') open++;
    else if (ch === '》') { if (open > 0) open--; else return -1; }
  }
  return open;
}

export function readHead(headIn: Para[], uncertain: ImportReport['uncertain'], removed: ImportReport['removed'], body: string[] = [], bodyLine?: number): HeadResult & { titleIndex: number } {
  let head = splitNoticeLines(headIn);
  let webDate: string | null = null;
  // The web page's own <title> as line 1: it carries a publication date, or a later line says the same at full length.
  if (head.length > 1) {
    const first = head[0].text;
    const dated = /\s(?:19|20)\d\d-\d{1,2}-\d{1,2}$/.test(first);
    // (not by a line of labelled fields naming the same office, "发文机关：临江高新技术产业开发区管理委员会　成文日期：…" under
    // "临江高新技术产业开发区管理委员会2025年工作要点" — the head Markdown prints —: that is no title said again)
    // (nor by a sentence naming what the first line names — "现将《X》印发给你们，请认真贯彻执行。" under "关于印发X的通知",
    // a notice printed without a red header over it —: a page says its title again as a title)
    // (nor, under a first line styled as the document's title — Markdown's "# …", a Word heading or Title style —, by a sentence that
    // paraphrases it: "现将我区2025年度…情况报告如下。" under "# 青川区关于2025年度…情况的报告")
    // (…or closing with a document's word as a title does, "X区2024年…计划执行情况与2025年…计划(草案)的报告" over "受区人民
    // 政府委托，现将X区…报告如下": a page's <title> is said again by the page's headline, not by its text; real batch 17's 11 —
    // but a news lead quoting it in 《》, "日前，X印发了《title》。", says it again as before: the lead names the plan)
    const repeated = head.slice(1, 20).some((p) => p.text.length >= first.length && similarity(p.text, first) >= 0.6 && !indexCells(foldForMatch(p.text)).length &&
      !((isNoticeTitle(first) || head[0].heading !== undefined || head[0].titleStyle || (DOCUMENT_CLOSE.test(foldForMatch(first)) && !/[《〈]/.test(p.text))) && /[。，,；;]/.test(foldForMatch(p.text))));
    // (an issuer over "关于印发…的通知" is the first line of the notice's title, said again by its signature)
    // (a notice title over its own 文号 alone on the next line is the document's title block, as a 公文's text
    // gives it — a web page's <title> is followed by the page, which says its title again before the 文号)
    const next = foldForMatch(head[1].text).trim();
    const nextNumber = readDocNumber(head[1].text, next);
    // (…or over the addressees alone on their line, "各街道办事处：" — a notice copied without its 文号: a page's
    // <title> is followed by the page, not by whom the notice is sent to)
    const nextAddressees = ADDRESSEES.exec(next);
    const titleGoesOn = !dated && (/^关于/.test(next) || (isNoticeTitle(first) && ((nextNumber !== null && isOnly(next, nextNumber.raw)) ||
      (nextAddressees !== null && !nextAddressees[2].trim() && ADDRESSEE_WORDS.test(nextAddressees[1]) && !NOT_ADDRESSEES.test(next)))));
    // (…and never a row of the page's index table, "文件名称 | X | ||" over the text that says X again: the cell names it)
    if ((dated || repeated) && !titleGoesOn && !indexCells(foldForMatch(first)).length) {
      removed.push({ line: head[0].line, text: first, reason: '网页标题' });
      const date = dated ? findDate(first) : null;
      head = head.slice(1);
      if (date) webDate = date;
    }
  }
  const folded = head.map((p) => foldForMatch(p.text));
  let toc: string[] = [];
  const consumed = new Set<number>();
  // (signers stacked one a line, the next aligned under the first [std §7.2.6]: "签发人：林晓岚" ⏎ "　　王　强" — an
  // indented line that is a name alone, STACKED_SIGNER, under a 签发人 line with no date)
  // (and a third or fourth under the second: each under a 签发人 line or a name stacked under one)
  const stackedSigner = (i: number, depth = 0): boolean => {
    const p = head[i];
    if (!p || i < 1 || !p.indent || !stackedName(p.text.trim()) || readGovernment(p.text.trim(), 0)) return false;
    const sg = SIGNER.exec(folded[i - 1]);
    return (!!sg && !sg[3]) || (!sg && depth < 3 && stackedSigner(i - 1, depth + 1));
  };
  head.forEach((p, i) => {
    if (/^目\s*录/.test(folded[i])) { consumed.add(i); toc = splitToc(p.text.replace(/^目\s*录\s*/, '')); removed.push({ line: p.line, text: p.text, reason: '目录(结构取自正文)' }); }
  });

  const dates: Candidate<DateFound>[] = [];
  // (dates read from a 发文日期 / 印发日期 cell: a date signing the document outranks them)
  const sentCells = new Set<Candidate<DateFound>>();
  const issuers: Candidate<string>[] = [];
  const places: Candidate<Government>[] = [];
  // (a 信息来源 naming an organ of a place, "信息来源：云溪区文化体育和旅游局": the office that posted the page, the issuer
  // only when no line of the document names one — below a 公开责任部门 or a news lead naming who issued it; a newspaper,
  // 本站 or a 融媒体中心 names none: MEDIA)
  const fromSource = new Set<Candidate<string>>();
  const sourcePlace = new Map<Candidate<string>, Candidate<Government>>();
  const sourceIssuer = (value: string, fv: string) => {
    // (a 街道办事处 with its district too, "信息来源：临江市青川区东岭街道办事处", as a 发文机关 cell's)
    const street = streetOffice(value);
    const g = street?.gov ?? readGovernment(value, 0, { organ: 'required' }, fv);
    if (!g || !(g.province || g.city || g.district)) return;
    const name = street?.text ?? value.slice(0, g.end);
    if (MEDIA.test(foldForMatch(name))) return;
    const c = { value: name, score: 0.25, line: 0 };
    issuers.push(c);
    fromSource.add(c);
    const place = { value: g, score: 0.25, line: 0 };
    places.push(place);
    sourcePlace.set(c, place);
  };
  let docNumber: Candidate<DocNumberFound> | null = null;
  let published: string | null = null;
  /**
   * 签发人 of an upward document (上行文), read on the 文号's line, alone on a line of the head, or from an index
   * table's 签发人 cell [std §7.2.6].
   */
  let signer: string | null = null;

  // 1. A web page's index table: label cells decide what a value is (成文日期 yes, 发布日期 no).
  const names: { text: string; folded: string }[] = [];
  // (an index table copied one cell per line, its labels without colons — "索引号" ⏎ "011520366/2025-00418" ⏎ "发文单位" ⏎
  // "县人民政府办公室" ⏎ …, 158 —: three or more lines of the head that are each a label alone; one alone, "标题", is a
  // heading. A label's value is the next line unless that is a label too, or — but for a 标题 / 名称 — a notice's title
  // or a line longer than a cell's (the last cell empty: "公开方式" ⏎ "X关于印发…的通知"))
  const labelAlone = head.map((_, i) => indexCells(`${folded[i].trim()}:`)).map((c, i) => (c.length === 1 && c[0].start >= folded[i].trim().length + 1 ? c : []));
  const alone = labelAlone.filter((c) => c.length).length >= 3;
  head.forEach((p, i) => {
    if (consumed.has(i)) return;
    const cells = indexCells(folded[i]).length ? indexCells(folded[i]) : alone ? labelAlone[i] : [];
    if (!cells.length) return;
    consumed.add(i);
    removed.push({ line: p.line, text: p.text, reason: '网页信息栏' });
    for (const c of cells) {
      let value = p.text.slice(c.start, c.end);
      let fv = folded[i].slice(c.start, c.end);
      // "• 发文字号:" with its value on the next line (a label alone: its value, unless the next line is a label too —
      // an empty cell)
      // (…but a 文号 label's value is a 文号, or a short word saying there is none: a page's font-size control "【字号:" over
      // the cover's first title line, "X县国民经济和社会发展", has none to give — real batch 17's 02)
      if (!value && cells.length === 1 && i + 1 < head.length && !consumed.has(i + 1) && !indexCells(folded[i + 1]).length &&
        !(c.field === 'docNumber' && !readDocNumber(head[i + 1].text, folded[i + 1]) && folded[i + 1].trim().length > 4) &&
        !(alone && (labelAlone[i + 1].length || (c.field !== 'name' && (isNoticeTitle(head[i + 1].text) || folded[i + 1].trim().length > 40))))) {
        consumed.add(i + 1);
        removed.push({ line: head[i + 1].line, text: head[i + 1].text, reason: '网页信息栏' });
        value = head[i + 1].text.trim();
        fv = folded[i + 1].trim();
        // (…its value wrapped over lines before the next label: "011520366/2025-00" ⏎ "418")
        if (alone) {
          const next = labelAlone.findIndex((l, k) => k > i + 1 && l.length > 0);
          if (next > i + 2 && next <= i + 4) for (let k = i + 2; k < next; k++) {
            if (consumed.has(k)) break;
            consumed.add(k);
            removed.push({ line: head[k].line, text: head[k].text, reason: '网页信息栏' });
            value += head[k].text.trim();
            fv += folded[k].trim();
          }
        }
      }
      if (c.field === 'issuedOn' || c.field === 'sent') {
        const d = readDate(value, fv);
        if (d) { const cand = { value: d, score: 3, line: i }; dates.push(cand); if (c.field === 'sent') sentCells.add(cand); }
      }
      if (c.field === 'published') published ??= readDate(value, fv)?.iso ?? null;
      if (c.field === 'docNumber') { const dn = readDocNumber(value, fv); if (dn && !docNumber) docNumber = { value: dn, score: 3, line: i }; }
      if (c.field === 'source') sourceIssuer(value, fv);
      if (c.field === 'issuer' || c.field === 'publisher') {
        const g = readGovernment(value, 0, { organ: 'required' }, fv);
        // below a signature (2): the cell often says only "区政府办公室"; a 公开责任部门 below a notice title's organ (1)
        const score = c.field === 'publisher' ? 0.5 : 1.5;
        if (g) { issuers.push({ value: value.slice(0, g.end), score, line: i }); places.push({ value: g, score, line: i }); }
        // …else the office the label names, whatever its form (a 街道办事处, a 管委会): the issuer when nothing else
        // signs the document (the cell is the page's record of who issued it), a name on one line, not a sentence
        // (…never a site's name in the cell: "X-X官网 办公室", a mirror's brand put where the office was — a name with a
        // website's word or two names joined by a hyphen is no office's; real batch 19's 01)
        else if (value.trim().length >= 4 && value.trim().length <= 40 && !/[。，,；;：:]/.test(fv) && !/官网|网站|网址|\.(?:com|cn|net)\b|[^\s-]-[^\s-]/i.test(fv)) {
          issuers.push({ value: value.trim(), score: 0.5, line: i });
          // (a 街道办事处 with its district — "发文机关：临江市青川区东岭街道办事处", as the Markdown export writes it —
          // names the plan's district and city too)
          const street = streetOffice(value);
          if (street) places.push({ value: street.gov, score: 0.5, line: i });
        }
      }
      if (c.field === 'signer' && SIGNER_VALUE.test(value.trim())) signer ??= value.trim();
      if (c.field === 'name' && value) {
        // (a 标题 cell that opens with the document's 文号 and closes with the page's note of its status — "盘政发〔2014〕31号
        // 盘锦市人民政府关于…的意见(废止)": the 文号 is the document's number, read as its 文号 cell's would be, and "(废止)",
        // "(失效)", "（已修订）" say what the page knows of it now; neither is a word of its name)
        const entry = listEntry(value, fv);
        if (entry.number) docNumber ??= { value: entry.number, score: 2, line: i };
        value = entry.text;
        fv = entry.folded;
        names.push({ text: value, folded: fv });
        // (a name opening with a government and 关于, "X人民政府关于…的意见": the document issued directly, its organ the issuer
        // as the title line's would be)
        const named = readGovernment(value, 0, { organ: 'required' }, fv);
        if (named && /^\s*关于/.test(fv.slice(named.end))) { issuers.push({ value: value.slice(0, named.end).trim(), score: 1, line: i }); places.push({ value: named, score: 1, line: i }); }
      }
    }
  });
  // (…or the page's own line saying when it was posted, "发布时间:2024-01-18 15:22 信息来源:X镇" over the document — chrome
  // the cleanup took away (clean.ts, 网页发布信息) —: the page's date, as its index table's 公开日期 is, for a document
  // that dates itself nowhere; only such a line above the document's first heading, not a footer's)
  // (above the first heading: before the body's first line, which a line the cleanup took away may stand just above)
  const headEnd = bodyLine !== undefined ? bodyLine - 1 : headIn.length ? headIn[headIn.length - 1].line : -1;
  for (const r of removed) {
    if (r.line > headEnd || r.reason !== '网页发布信息') continue;
    const f = foldForMatch(r.text);
    if (!published && /^(?:[-–•·*]\s*)?(?:发布时间|发布日期|时间|日期)\s*[:：]/.test(f)) published = readDate(r.text)?.iso ?? null;
    // (…and its 信息来源 or 来源, when that is an organ of a place — "信息来源：云溪区文化体育和旅游局", not a newspaper or
    // 本站 —: the office that posted the page, the issuer only when no line of the document names one, as a 公开责任部门
    // cell is; real batch 15's 04)
    const source = /(?:^|[\s\u3000])(?:信息)?来源\s*[:：]\s*/.exec(f);
    if (source) sourceIssuer(r.text.slice(source.index + source[0].length), f.slice(source.index + source[0].length));
  }

  // 2. The title: the last title-like line; else the title quoted in the notice; else the first short line.
  let titleIndex = -1;
  // (within the first HEAD_SPAN paragraphs: when no heading was recognised the whole document is the "head")
  const span = Math.min(head.length, HEAD_SPAN);
  // (a placeholder in the title's place stands where the title would: the notice ends above it, the preamble starts below)
  // ("附件 （无标题）": the cover's 附件 label run together with it)
  const placeholder = (t: string) => isUntitled(t.replace(/^\s*附件(?:[0-9]{1,2})?\s*[:：\s]\s*/, ''));
  // (a table copied one cell a line puts its column heads under its "序号" — "序号" ⏎ "重 点 工 作 任 务" ⏎ "牵头领导": a head
  // is no title, however much it reads like one; real batch 18's 06, whose annex title stands above the table)
  const columnHead = (i: number) => i > 0 && /^序\s*号$/.test(folded[i - 1].trim());
  for (let i = 0; i < span; i++) if (!consumed.has(i) && !columnHead(i) && (isTitleCandidate(folded[i]) || placeholder(head[i].text))) titleIndex = i;
  let title = '';
  let titleFromNotice = false;
  // titles quoted in a notice (also the Traditional 關於印發《…》的通知), the notice title possibly broken over lines
  const noticeTitles: string[] = [];
  let noticeTitleEnd = -1;
  // (a quote that is only part of what is published — "关于印发2023年区《政府工作报告》确定的…分解方案的通知" — is a name
  // the title cites: the title is the whole, read bare; a quote published is followed by 的通知, or by the next one;
  // with no bare reading either — "关于落实2025年《政府工作报告》…的意见" — the quote as before; but a 通知 that publishes
  // nothing and only cites a name after 关于 — "X办公室关于2026年县《政府工作报告》目标任务责任分解的通知", a notice doing
  // the 分解 itself — is titled by itself, whole, as one without a quote is)
  const innerTitle = (o: string, f: string): string | null => {
    const quoted = NOTICE_QUOTED.exec(f);
    // (a bare name that is itself a notice's title — the exports' "关于印发X办公室关于…的通知的通知" for a plan titled by its
    // notice — runs to the line's last 的通知)
    const bare = NOTICE_BARE.exec(f);
    const sent = bare && (bare[2] === undefined || TITLE_WORD.test(bare[2])) ? bare : null;
    const q = (quoted && QUOTE_PUBLISHED.test(f.slice(quoted.index + quoted[0].length)) ? quoted : null) ?? NOTICE_BARE_WHOLE.exec(f) ?? sent ?? NOTICE_ORGAN_ABOUT.exec(f) ?? quoted ?? NOTICE_ORGAN_BARE.exec(f);
    if (!q) return null;
    // (…nor does a 意见 or 决定 that cites a name after 关于 — "X人民政府关于落实2025年《政府工作报告》重点工作责任分工的
    // 意见", as a web page's 标题 cell gives it: the document is the 意见, titled whole)
    if (q === quoted && q[2] !== undefined && !QUOTE_PUBLISHED.test(f.slice(q.index + q[0].length)) && /的(?:通知|意见|实施意见|决定)\s*$/.test(f)) return o.trim();
    // (…and a line that is no notice's title at all — a plan's own title opening with 关于 and citing a document, "关于贯彻
    // 落实市《政府工作报告》重点工作分工", with no verb publishing and no document's word closing it —: it names nothing)
    if (q === quoted && q[2] !== undefined && !QUOTE_PUBLISHED.test(f.slice(q.index + q[0].length)) && !/(?:通知|意见|决定|函|批复|报告|请示)\s*$/.test(f)) return null;
    const inner = q[1] ?? q[2];
    const s = q.index + q[0].indexOf(inner);
    // (a bare name that is one quote whole, read bare because a quote inside it closed first — "关于印发《2023年区〈政府
    // 工作报告〉确定的…分解方案》的通知" — without its outer 《》)
    const whole = /^\s*[《〈]([^《》]*)[》〉]\s*$/.exec(inner);
    if (q !== quoted && whole) return o.slice(s, s + inner.length).trim().slice(1, -1).trim();
    return o.slice(s, s + inner.length).trim();
  };
  // (a 标题 / 名称 cell that is the plan's own title, not a notice's: "标题:X市国民经济和社会发展第十四个五年规划纲要")
  for (const n of names) { const t = innerTitle(n.text, n.folded) ?? (isTitleCandidate(n.folded.trim()) ? n.text.trim() : null); if (t) noticeTitles.push(t); }
  for (let i = 0; i < span; i++) {
    if (consumed.has(i) || !NOTICE_LINE.test(folded[i]) || /[。，,]/.test(folded[i])) continue;
    // (a notice's title cut where the page cut it — a news page's list of other notices, "X等部门关于印发《Y行动计划》的"
    // over a headline of its own —: the next line does not go on with the document's word, and it names no plan of this
    // page; a title broken after "》的" over "通知" is read as before)
    let o = head[i].text;
    let f = folded[i];
    let k = i + 1;
    for (; k < Math.min(head.length, i + 3) && !/(通知|函|决定|的报告|的请示)$/.test(f) && !/[:。，,]/.test(folded[k]); k++) { o += head[k].text; f += folded[k]; }
    // (…with the lines under it, or as the cleanup joined it with the headline under it: "…》的" then no document's word
    // closing the whole — "关于印发贯彻落实《X》的实施方案的通知" closes with one and is read as before)
    if (/[》〉]的(?!通知|函|决定|批复|意见|实施意见|请示|报告)/.test(f) && !/[》〉]的(?:通知|函|决定|批复|意见|实施意见|请示|报告)/.test(f) && !/(?:通知|函|决定|批复|意见|请示|报告)\s*$/.test(f)) { i = k - 1; continue; }
    const t = innerTitle(o, f);
    // (the notice the exports make for a plan without a title, 关于印发（无标题）的通知, names none)
    if (t && !isUntitled(t)) {
      noticeTitles.push(t);
      noticeTitleEnd = Math.max(noticeTitleEnd, k - 1);
      // (a line of the notice's title broken over three — "关于印发" ⏎ "X方案" ⏎ "的通知" — is no title line of its own:
      // the title is the last title-like line outside it, else the one the notice names)
      if (titleIndex > i && titleIndex < k && /(?:印发|转发|下达)/.test(f) && /的通知\s*$/.test(f)) {
        titleIndex = -1;
        for (let j = 0; j < span; j++) if ((j < i || j >= k) && !consumed.has(j) && isTitleCandidate(folded[j])) titleIndex = j;
      }
      i = k - 1;
    }
  }
  // (a numbered heading is no title of the plan a notice names: "一、加强统筹谋划，科学制订办理方案", "（二）做好对接协调" —
  // the notice's own requests, numbered, when the plan it publishes is not in the text and the whole text is the head; the
  // title is then the last title-like line not numbered, else the name the notice publishes)
  if (titleIndex >= 0 && noticeTitles.length && NUMBERED_LINE.test(folded[titleIndex])) {
    titleIndex = -1;
    for (let j = 0; j < span; j++) if (!consumed.has(j) && (j < noticeTitleEnd - 2 || j > noticeTitleEnd) && isTitleCandidate(folded[j]) && !NUMBERED_LINE.test(folded[j])) titleIndex = j;
  }
  // (a title no word of the grammar marks as a plan's — 台账, 工作安排, 指标体系, 施政計畫 — is still the title line when
  // it says, alone on its line after the notice's title, what the notice publishes: the plan's own title under its 附件
  // label, as a 公文 with its 印发 notice prints it (the Word cover); read from the notice instead, the notice's text, its
  // 附件说明 and label came back as the preamble)
  if (titleIndex < 0 && noticeTitles.length) {
    // (the label run together with it, "附件 X", as the paragraphs are joined; the last such line: the 附件说明 "附件：X"
    // of the notice stands above it)
    // (the line says the name bare, as a title line does: "《X" is a sentence quoting it, cut by a hard wrap)
    const bare = (t: string) => foldForMatch(t).replace(/^\s*附件(?:[0-9]{1,2})?\s*[:：\s]\s*(?=\S)/, '').replace(/\s/g, '');
    const named = new Set(noticeTitles.map((n) => bare(n).replace(/^[《〈](.*)[》〉]$/, '$1')));
    for (let i = noticeTitleEnd + 1; i < span; i++) if (!consumed.has(i) && named.has(bare(head[i].text))) titleIndex = i;
  }
  // (…or, no line being the title, the name the notice's sentence sends — "现将《关于落实…〈政府工作报告〉重点工作的任务分工》
  // 印发给你们" — said by a line after it, or by two lines together ("关于落实…《政府工作报告》" ⏎ "重点工作的任务分工"), a word
  // more than the notice's title says it or with no notice title read: the (second) line is the title line, the first joined
  // to it below as a title broken inside its quote is)
  if (titleIndex < 0) {
    const bare = (t: string) => foldForMatch(t).replace(/\s/g, '').replace(/〈/g, '《').replace(/〉/g, '》');
    const sent = new Set(noticeTitles.map(bare));
    let sentAt = -1;
    for (let i = 0; i < span; i++) {
      if (!SENDS_PLAN.test(folded[i])) continue;
      for (const m of head[i].text.matchAll(/《((?:[^《》〈〉]|〈[^《》〈〉]*〉){4,80})》/g)) { sent.add(bare(m[1])); sentAt = Math.max(sentAt, i); }
    }
    const plain = (i: number) => !consumed.has(i) && !/[。；;，,：:]/.test(folded[i]);
    for (let i = Math.max(sentAt + 1, 1); sentAt >= 0 && i < span; i++) {
      if (!plain(i)) continue;
      if (sent.has(bare(head[i].text)) || (plain(i - 1) && i - 1 > sentAt && sent.has(bare(head[i - 1].text + head[i].text)))) titleIndex = i;
    }
  }
  // (a page's 名称 / 标题 / 文件名称 cell naming a document that is no plan — a 通报, a 决定 — is still its title when no line
  // is one: "文件名称 | 2026年第三次区政府常务会议确定事项落实情况的通报 |" over a 通报 whose first line is a sentence; not
  // a sentence itself)
  const nameCell = names.map((n) => n.text.trim()).find((t) => t.length >= 6 && t.length <= 80 && !/[。，,；;：:]/.test(foldForMatch(t)) && /[\u4e00-\u9fa5]{4}/.test(t));
  // (a page whose 标题 cell names a publication of many documents — "楚雄彝族自治州人民政府公报(2015年第4期)", a 简报, an 汇编 —
  // is titled by that name, not by the last document its contents list, "…的实施意见(60)": the line saying the cell's
  // name again is the title's line)
  // (…or, without such a cell, whose line alone says that name — "云溪市人民政府公报（2026年第2期）", as an export prints
  // the title —: that line is the title)
  // (…only when a list of documents follows the name — two entries or more: titles with their page, 文号 in brackets, "X关于
  // …的通知" lines —; a masthead over ONE document reprinted in an issue, "临江市人民政府公报" ⏎ "2026年第3期" ⏎ "X工作要点" ⏎
  // text, is the page's furniture, and the document's own title line is the title: rev41b F1)
  const bareCell = (t: string) => foldForMatch(t).replace(/\s/g, '');
  const cellLine = nameCell && isPublicationName(foldForMatch(nameCell)) ? head.findIndex((p, i) => i < span && !consumed.has(i) && bareCell(p.text) === bareCell(nameCell)) : -1;
  let collection = !!nameCell && isPublicationName(foldForMatch(nameCell)) && contentsFollow(folded, cellLine >= 0 ? cellLine : head.findIndex((_, i) => !consumed.has(i)) - 1);
  if (collection) titleIndex = cellLine;
  else {
    const named = head.findIndex((_, i) => i < span && !consumed.has(i) && isPublicationName(folded[i]));
    if (named >= 0 && contentsFollow(folded, named)) { collection = true; titleIndex = named; }
  }
  // (a masthead not read as the title — "X人民政府公报" and its issue line "2026年第3期" over the document's title line —: the
  // page's furniture, said in the report, not a line of the notice)
  if (!collection && titleIndex > 0) {
    for (let i = 0; i < titleIndex; i++) {
      if (consumed.has(i) || !isPublicationName(folded[i])) continue;
      consumed.add(i);
      removed.push({ line: head[i].line, text: head[i].text, reason: '刊物刊头（刊名和期数，非本文件的文字）' });
      if (i + 1 < titleIndex && !consumed.has(i + 1) && ISSUE_LINE.test(folded[i + 1].trim())) {
        consumed.add(i + 1);
        removed.push({ line: head[i + 1].line, text: head[i + 1].text, reason: '刊物刊头（刊名和期数，非本文件的文字）' });
      }
    }
  }
  if (titleIndex >= 0) title = head[titleIndex].text;
  else if (collection && nameCell) title = nameCell;
  else if (noticeTitles.length) { title = noticeTitles[0]; titleFromNotice = true; }
  else if (nameCell) {
    title = nameCell;
    // (the line saying it again is the title's line)
    const bareName = (t: string) => foldForMatch(t).replace(/\s/g, '');
    titleIndex = head.findIndex((p, i) => i < span && !consumed.has(i) && bareName(p.text) === bareName(nameCell));
    if (titleIndex >= 0) title = head[titleIndex].text;
  }
  else {
    // (not a line that is metadata itself: an issuer, a date, a 文号, the addressees)
    const isMeta = (i: number, redHeader: boolean) => {
      const f = folded[i].trim();
      const g = readGovernment(head[i].text.trim(), 0, { organ: 'required' });
      const d = readDate(head[i].text);
      const dn = readDocNumber(head[i].text);
      // (nor a row of a table printed with bars, "生成日期 | 2020-10-22 | 公开方式 | 主动公开 |")
      // (an organ and 文件 is the red header of a 公文, "X区人民政府办公室文件", not its title — unless no other line is one)
      // (a 文号 with its 签发人 beside it, "南府请〔2026〕3号　签发人：林晓岚", is a 文号 line as one alone is)
      const sg = SIGNER.exec(f);
      const fdn = sg ? f.slice(0, sg.index).trim() : f;
      return stackedSigner(i) || (g !== null && (g.end >= f.length - 1 || (redHeader && /^\s*文件$/.test(f.slice(g.end))))) || (d !== null && isOnly(f, d.raw)) || (dn !== null && fdn !== '' && isOnly(fdn, dn.raw)) || /:$/.test(f) || /\|.*\|/.test(f) ||
        // (a line leading into the list under it with a dash, as a colon does: "这十件实事的主要内容是——")
        /(?:——|—|--)\s*$/.test(f);
    };
    // (a line of words: never a bare number or a web page's section mark — "01", "Part 1"; nor a bracketed note opening
    // with a date or closing one opened above — "（2021年1月18日X县第十七届人民代表大会" ⏎ "第六次会议通过）", an adoption line)
    // (…nor the heading of a text's opening part alone on its line, "前言", "序言", "引言": a 纲要 excerpted from its 前言 on
    // has no title line — the heading is no name of the document; real batch 17's 03)
    const opening = (t: string) => OPENING_HEADING.test(foldForMatch(t).replace(/[\s\u3000]/g, ''));
    // (…nor a report's occasion line, "2021年12月15日在X县第十九届人民代表大会第一次会议上" at the top of a PDF's text without
    // its headline, nor a line under it — the speaker's byline, the speech: a report's title stands above its occasion
    // line or nowhere; real batch 19's 05)
    const note = (t: string) => /^\s*[(（]\s*(?:19|20)\d{2}\s*年/.test(t) || /^[^(（]*[)）]\s*$/.test(t) || opening(t) || OCCASION_LINE.test(foldForMatch(t));
    // (…and the lines under that heading are its text: a title stands above it or nowhere)
    const openingAt = head.findIndex((p, i) => i < span && !consumed.has(i) && opening(p.text));
    // (…or its first half, the line wrapped before "第四次会议上": real batch 20's 11)
    const occasionAt = head.findIndex((p, i) => i < span && (OCCASION_LINE.test(folded[i]) || (OCCASION_HEAD.test(folded[i]) && i + 1 < head.length && OCCASION_TAIL.test(folded[i + 1]))));
    const titleSpan = Math.min(openingAt >= 0 ? openingAt : span, occasionAt >= 0 ? occasionAt : span);
    // (nor a line a mirror garbled, GARBLED)
    const first = (redHeader: boolean) => head.findIndex((p, i) => i < titleSpan && !consumed.has(i) && p.text.length <= 80 && /[\u4e00-\u9fa5]{2}/.test(p.text) && !isMeta(i, redHeader) && !note(p.text) && !GARBLED.test(folded[i]));
    titleIndex = first(true);
    if (titleIndex < 0) titleIndex = first(false);
    if (titleIndex >= 0) title = head[titleIndex].text;
    // (that line a sentence — a news page or an editor's note saying who published what, "近日，X办公厅印发了《Y实施
    // 方案》，并发出通知…" — and a sentence of the head naming a plan it publishes: the plan's name is the title)
    const published = titleIndex < 0 || /[，,。；;]/.test(folded[titleIndex]) ? publishedName(head.slice(0, span).map((p) => p.text), body) : null;
    if (published) {
      title = published.name;
      titleIndex = -1;
      titleFromNotice = true;
      if (published.by) { issuers.push({ value: published.by.text, score: 0.5, line: published.line }); places.push({ value: published.by.gov, score: 0.5, line: published.line }); }
      if (published.also) uncertain.push({ field: 'title', raw: head[published.line].text.slice(0, 60), reason: `导语同时印发了${published.also.map((n) => `《${n}》`).join('')},标题取${published.spoken ? '正文所述' : '第一个'}《${published.name}》,请核对` });
    } else if (titleIndex > 0 && titleIndex === head.length - 1 && /[，,]/.test(folded[titleIndex]) && /[\u4e00-\u9fa5]$/.test(folded[titleIndex].trim()) && !placeOfTitle(head[titleIndex].text.trim()) && !TITLE_WORD.test(folded[titleIndex].split(/[，,。；;]/)[0])) {
      // (…and naming none: a clause of the notice's text cut off with the page — the last line of an excerpt that opens
      // at its addressees and ends in "各县区、各部门要高度重视，加强领" — is no title; the document has none, the line stays the
      // notice's. A whole sentence stays the title as before — a news page's lead, "日前，区政府召开会议，…。" —, and so
      // does a line opening with a place or a plan's name, a title run on into the first sentence)
      title = '';
      titleIndex = -1;
    }
  }
  // (a title line over a news lead that names it as published — a page's headline over "近日，X办公室、Y办公室印发了
  // 《title》，…", as a news page prints both and as an export sets a lead kept as the preamble under the title it read
  // from it —: the lead's publisher is the issuer, as when the lead is the first line)
  if (titleIndex >= 0) {
    const lead = publishedName(head.slice(titleIndex + 1, span).map((p) => p.text), body);
    if (lead?.by && bareTitle(lead.name) === bareTitle(title)) {
      const line = titleIndex + 1 + lead.line;
      issuers.push({ value: lead.by.text, score: 0.5, line });
      places.push({ value: lead.by.gov, score: 0.5, line });
    }
  }
  if (titleIndex >= 0) consumed.add(titleIndex);
  // A title broken over lines: the issuer and 关于 on the line above a title that goes on from them ("湖南省人民政府关于" ⏎
  // "落实《政府工作报告》重点工作部门分工的意见", a 意见 issued directly — its title is the whole); on a cover
  // ("梅州市梅江区国民经济和社会发展" ⏎ "第十四个五年规划和二〇三五年远景目标纲要"), the line(s) right above the title line,
  // short and without punctuation or quotes, the topmost naming the place the title line does not, are its first part
  // (never metadata: an issuer, a date, a 文号)
  // A title broken over lines that the notice names whole ("现将《关于促进我市开发区改革和创新发展的实施方案》印发" over
  // "关于促进我市开发区改革和" ⏎ "创新发展的实施方案"): the line(s) right above that make up the quoted title with it are
  // its first part, whatever they start with (关于…, a place or none)
  // (the names the notice's title and its text publish: "现将《X》印发给你们", "《X》已经…同意，现印发给你们")
  const named = titleIndex > 0 && !titleFromNotice ? [...noticeTitles] : [];
  for (let i = 0; i < titleIndex && named.length < 20; i++) {
    if (!/印发/.test(folded[i])) continue;
    for (const m of folded[i].matchAll(/《([^《》]{4,80})》/g)) named.push(m[1]);
  }
  // (…a name closed by its period in brackets, "《X(2021—2023年)》", over a title whose period is on a line of its own
  // under it: the name without it — the period is joined to the title below; real batch 17's 05)
  const quotedWhole = named.map(bareTitle).flatMap((q) => [q, q.replace(/[(（](?:19|20)\d{2}[-—–~～至到]+(?:19|20)\d{2}年?[)）]$/, '')])
    .filter((q) => q.length > bareTitle(title).length && q.endsWith(bareTitle(title)));
  let quotedJoin = 0;
  for (let k = 1; k <= 2 && quotedWhole.length && !quotedJoin; k++) {
    if (titleIndex - k < 0 || consumed.has(titleIndex - k)) break;
    if (quotedWhole.includes(bareTitle(head.slice(titleIndex - k, titleIndex + 1).map((p) => p.text).join('')))) quotedJoin = k;
  }
  if (quotedJoin) {
    title = head.slice(titleIndex - quotedJoin, titleIndex + 1).map((p) => p.text.trim()).join('');
    for (let j = titleIndex - quotedJoin; j < titleIndex; j++) consumed.add(j);
  } else if (titleIndex > 0 && !titleFromNotice && /^[\u4e00-\u9fa5]/.test(title) && !placeOfTitle(title)) {
    const above = titleIndex - 1;
    const g = consumed.has(above) ? null : readGovernment(head[above].text.trim(), 0, { organ: 'required' });
    // (an organ that is the whole line is the issuer's; "立山区政府2023年重点工作" ⏎ "任务分解和责任分工方案" goes on after it)
    // (nor an organ's red header "X区人民政府办公室文件", over a notice's title when no 文号 stands between them)
    // (…a 街道办事处 with its district, "临江市青川区东岭街道办事处", over "东岭街道2026年…方案" as the cover prints its issuer, too)
    const wholeOrgan = (t: string) => {
      const o = readGovernment(t, 0, { organ: 'required' });
      const st = o ? null : streetOffice(t);
      const end = o?.end ?? st?.text.length ?? -1;
      return end >= 0 && (end >= t.trim().length - 1 || /^\s*文件\s*$/.test(t.trim().slice(end)));
    };
    const bare = (i: number) => i >= 0 && !consumed.has(i) && head[i].text.trim().length <= 30 && !/[。；;，,：:、！？!?>|｜《》〈〉]/.test(folded[i]) && !/^\s*关于/.test(folded[i]) &&
      !wholeOrgan(head[i].text.trim()) && !readDate(head[i].text) && !readDocNumber(head[i].text);
    if (g && /^\s*关于\s*$/.test(foldForMatch(head[above].text.trim().slice(g.end)))) {
      title = head[above].text.trim() + title.trim();
      consumed.add(above);
      // (the line is the title's, and its government the issuer, as a notice title's "X关于…" says it)
      issuers.push({ value: head[above].text.trim().slice(0, g.end), score: 1, line: above });
      places.push({ value: g, score: 1, line: above });
    } else if (unclosed(folded[above]) > 0 && unclosed(foldForMatch(title)) < 0 && head[above].text.trim().length <= 40 && !consumed.has(above) &&
      !/[。；;，,、]/.test(folded[above]) && !/[。；;，,]/.test(foldForMatch(title)) && !/^\s*《[^《》]*$/.test(folded[above])) {
      // a title broken inside the name it quotes, as a hard-wrapped page breaks it: "X区贯彻落实《关于加强新时代" ⏎
      // "街道工作的意见》的任务分解方案" — the line above opens the quote the title line closes (neither is a clause of a
      // sentence: a hard-wrapped paragraph breaks quotes too, "根据《X区…" ⏎ "…办法》，制定本"; and not a name cited alone,
      // "《X县…第十四个" ⏎ "五年规划…纲要》")
      title = head[above].text.trim() + title.trim();
      consumed.add(above);
    } else if (!/[《》〈〉]/.test(title)) {
      for (let k = 1; k <= 2 && bare(titleIndex - k); k++) {
        if (!placeOfTitle(head[titleIndex - k].text.trim())) continue;
        title = head.slice(titleIndex - k, titleIndex + 1).map((p) => p.text.trim()).join('');
        for (let j = titleIndex - k; j < titleIndex; j++) consumed.add(j);
        // (…its first part opening with an organ and 关于, "中共三明市委关于制定三明市国民经济" ⏎ "和社会发展第十五个五年规划的
        // 建议": the organ issues it, as on one line — real batch 20's 07)
        const top = head[titleIndex - k].text.trim();
        const og = readGovernment(top, 0, { organ: 'required' });
        if (og && /^\s*关于/.test(foldForMatch(top).slice(og.end))) {
          issuers.push({ value: top.slice(0, og.end), score: 1, line: titleIndex - k });
          places.push({ value: og, score: 1, line: titleIndex - k });
        }
        break;
      }
    }
  }
  // A period on the next line ("杨浦区“智慧城市”建设三年行动计划" / "2015-2017").
  const next = titleIndex >= 0 ? head[titleIndex + 1] : undefined;
  if (title && !readPeriod(title, { infer: false }) && next && /^[(（]?\s*(19|20)\d{2}\s*[-—–~～至到]+\s*(19|20)\d{2}\s*年?\s*[)）]?$/.test(folded[titleIndex + 1])) {
    // (…its brackets as the line has them: one lost on the page, "2021—2023年)", is put back, not doubled)
    const t = next.text.trim();
    // (…nor doubled where the title line opened it, "…任务分解表（" ⏎ "2026—2028年）")
    title += `${/^[(（]/.test(t) || /[(（]\s*$/.test(title) ? '' : '('}${t}${/[)）]$/.test(t) ? '' : ')'}`;
    consumed.add(titleIndex + 1);
  }
  title = title.replace(/\s+/g, ' ').trim();
  // (a year in Chinese numerals spaced out as a cover sets it, "二 〇 三五年远景目标纲要": one word — real batch 20's 08, 12)
  title = title.replace(/二[\s\u3000]*[〇○零][\s\u3000]*[〇○零一二三四五六七八九][\s\u3000]*[〇○零一二三四五六七八九][\s\u3000]*(?=年)/gu, (y) => y.replace(/[\s\u3000]/g, ''));
  // (a page printing its heading as a table cell closes it with the cell's bar, "X街道2023年工作总结和2024年工作思路 |":
  // the bar is no word of the name; real batch 19's 03)
  title = title.replace(/(?<=\S)\s*[|｜]+$/u, '').trim();
  // (a document site's badge closing the name it lists, "2026年X市政府工作报告VIP专享": the site's, not the name's; real
  // batch 19's 07)
  const badge = SITE_BADGE.exec(title);
  if (badge) {
    removed.push({ line: titleIndex >= 0 ? head[titleIndex].line : 0, text: badge[0].trim(), reason: '网站标注（不是标题的文字）' });
    title = title.slice(0, badge.index).trim();
  }
  // (…or the site's word for a sample it offers, "2026年X局办公室工作计划模版", "X工作总结范文": a plan names itself without
  // it; real batch 20's 01 — only on a document site's copy, whose chrome was taken from the head: its listing of the
  // document (a file's name, a badge) or its counters; a 模板 an office sends out, "X社区2026年度工作计划模板", is named so)
  const siteCopy = badge !== null || removed.some((r) => r.reason === '网页标题' || (r.reason === '网页信息栏' && SITE_COUNTER.test(r.text.trim())));
  const template = siteCopy ? SITE_TEMPLATE.exec(title) : null;
  if (template) {
    removed.push({ line: titleIndex >= 0 ? head[titleIndex].line : 0, text: template[0].trim(), reason: '网站标注（不是标题的文字）' });
    title = title.slice(0, template.index).trim();
  }
  // (a mirror site tagging its pages with their province in brackets before the title, "(廣西)2024年柳州市融安縣…報告",
  // "(河北省)衡水市冀州区…规划": the tag is the site's, not the document's name — the place is in the name after it;
  // real batch 19's 06)
  const provinceTag = PROVINCE_TAG.exec(foldForMatch(title));
  if (provinceTag && DOCUMENT_WORD.test(foldForMatch(title).slice(provinceTag[0].length)) && title.length - provinceTag[0].length >= 6) {
    removed.push({ line: titleIndex >= 0 ? head[titleIndex].line : 0, text: title.slice(0, provinceTag[0].length), reason: '网站标注的省份（不是标题的文字）' });
    title = title.slice(provinceTag[0].length).trim();
  }
  // (a 纲要's name broken where its cover breaks it, "X县国民经济和社会发展 第十四个五年规划和二〇三五年" ⏎ "远景目标纲要",
  // the two halves on one line with a space between: one name — the space before its "第N个五年规划" goes, as the
  // line break between the cover's lines does; real batch 18's 05)
  title = title.replace(/(?<=[\u4e00-\u9fff])\s+(?=第[一二三四五六七八九十]{1,3}个五年(?:规划|计划))/gu, '');
  // (a news headline saying who published the plan, "湖南省印发X五年行动计划", "市政府印发《X》" — a line of its own, not a
  // notice's title (关于印发…) nor a sentence —: the plan's name is the title; the publisher, when it is an organ said whole,
  // the issuer, as a news lead's is; real batch 17's 10)
  // (…only where what stands before the verb is read whole as a place or an organ, or the name stands in 《》: a title
  // holding the verb as a word of its own — "临江市气象灾害预警信息发布能力提升三年行动方案", "东湖区重大政策出台前公平竞争
  // 审查工作方案" — is the plan's name whole, rev42a F1)
  const headline = titleIndex >= 0 && !titleFromNotice ? /^([^，,。；;：:《》〈〉\s]{2,30}?)(?:印发|出台|发布)了?\s*([《〈]?)([^《》〈〉]{4,80}?)[》〉]?$/.exec(foldForMatch(title)) : null;
  const publisher = headline ? title.slice(0, headline[1].length) : '';
  const publisherWhole = headline && (headline[2] || (readGovernment(publisher, 0, { organ: 'optional' })?.end ?? -1) >= publisher.trimEnd().length);
  if (headline && publisherWhole && !/关于/.test(headline[1]) && isTitleCandidate(headline[3])) {
    const name = title.slice(headline[1].length).replace(/^\s*\S\S了?\s*/, '').replace(/^[《〈]/, '').replace(/[》〉]$/, '').trim();
    const by = readGovernment(publisher, 0, { organ: 'required' });
    if (by && by.end >= headline[1].length) { issuers.push({ value: title.slice(0, by.end), score: 0.5, line: titleIndex }); places.push({ value: by, score: 0.5, line: titleIndex }); }
    title = name;
  }
  // (a page's 名称 / 标题 cell that says the title line again with a character or three the line lost on the page — "名称:
  // X县2023年…计划执行情况与2024年…计划草案的报告" over a heading broken as "…计划执行" ⏎ "情况2024年…" —: the cell's
  // name, whole; a cell naming another document, or the title with words of its own, is not read so)
  const lostFrom = (short: string, long: string) => {
    if (long.length - short.length < 1 || long.length - short.length > 3 || short.length < 8) return false;
    let k = 0;
    for (const ch of long) if (k < short.length && ch === short[k]) k++;
    return k === short.length;
  };
  if (title && !titleFromNotice && nameCell && lostFrom(title.replace(/\s/g, ''), nameCell.replace(/\s/g, ''))) title = nameCell;
  // (a notice title closed by its own 文号 in brackets, "关于…分工方案的通知(南经管发〔2020〕81号)", as a page heads it: the
  // 文号 is read as the 文号 (dates.ts readDocNumber), the title is what is before it — its year then reads as the period)
  const closingNumber = /^(.{6,}?(?:通知|意见|决定|批复|函|方案|计划|要点|清单))\s*[(（]\s*([^()（）]{2,20}〔\s*(?:19|20)\d{2}\s*〕\s*\d{1,4}\s*号)\s*[)）]$/.exec(title);
  if (closingNumber && readDocNumber(closingNumber[2])) title = closingNumber[1];
  // (…or opened by it, as a page's list of documents heads one: "盘政发〔2014〕31号 盘锦市人民政府关于…的意见(废止)" —
  // the 文号 is read as the 文号, the line without it as the title line, whose organ issues the document; and the page's
  // note of its status closing it, "(废止)", "（已失效）", is no word of its name either)
  // (only as a page's list prints the entry: its line opened by the 文号, or a page with a 标题 / 名称 cell — a status
  // note closing the document's own title line on a page without either, "X工作方案（已修订）", is the document's words and
  // stays: rev41b F6; cut, it is said in the report)
  const entry = listEntry(title, foldForMatch(title));
  if (entry.number && isTitleCandidate(entry.folded.trim())) {
    docNumber ??= { value: entry.number, score: 2, line: Math.max(titleIndex, 0) };
    title = (entry.text + entry.status).trim();
    if (titleIndex >= 0 && !titleFromNotice) {
      const at = head[titleIndex].text.indexOf(title.slice(0, 6));
      if (at > 0) { head[titleIndex] = { ...head[titleIndex], text: head[titleIndex].text.slice(at) }; folded[titleIndex] = foldForMatch(head[titleIndex].text); }
    }
  }
  if (entry.status && (entry.number || names.length)) {
    title = title.slice(0, title.length - entry.status.length).trim();
    removed.push({ line: titleIndex >= 0 ? head[titleIndex].line : 0, text: entry.status.trim(), reason: '网页标注的文件状态（不是标题的文字）' });
  }
  // (a placeholder where the title stands — the exports' （无标题） for a plan without one, an HTML editor's 无标题文档 —
  // names nothing: the document has no title, and the line is not the notice's or the preamble's)
  if (placeholder(title)) {
    if (titleIndex >= 0) removed.push({ line: head[titleIndex].line, text: head[titleIndex].text, reason: '标题占位（无标题）' });
    title = '';
  }
  // A plan published as the attachment of its notice is headed by the attachment's label ("附件", "附件1：") on the
  // line before its title (a 公文 with its 印发 notice, as Word exports it): the label is not part of the title.
  // The label as the grammar reads one (附件, 附件1, 附件12) and then a space or a colon: 附件管理系统…, 附件一 or the
  // year of "附件 2025年…工作要点" stay in the title.
  const label = /^附件(?:[0-9]{1,2})?\s*[:：\s]\s*(?=\S)/.exec(foldForMatch(title));
  if (label) title = title.slice(label[0].length);
  // A count after the title ("…重点工作分工方案（共计121项）", "…任务清单（共45项）"): how many points follow, not the
  // plan's name (the notice names it without the count: 《2025年区政府工作报告重点工作分工方案》).
  const count = /\s*[(（]\s*共计?\s*[0-9一二三四五六七八九十百]+\s*[项条件个]\s*[)）]$/.exec(foldForMatch(title));
  // (the count is the document's own words, kept as the first line of the preamble — as it is when it stands on a line of
  // its own under the title; a Word title joined with it, "X" ⏎ "（共13项）", lost it)
  const countLine = count && count.index > 0 && titleIndex >= 0 && !titleFromNotice ? title.slice(count.index).trim() : null;
  if (count && count.index > 0) title = title.slice(0, count.index);
  const lastNoticeLine = titleIndex >= 0 && !titleFromNotice ? titleIndex : head.length;
  // (the title as read: a 文号 closing its line is no part of it)
  const directNotice = titleIndex >= 0 && !titleFromNotice && /的通知\s*$/.test(title) && !/印发|转发/.test(title);
  const signingDate = (k: number): boolean => {
    const d = readDate(head[k].text, folded[k]);
    return d ? isOnly(folded[k], d.raw) : /^(19|20)\d{4,6}$/.test(folded[k].replace(/\s+/g, ''));
  };

  // 3. Line by line: 文号, issuer, date, addressees.
  let addressees: string[] = [];
  const notice: string[] = [];
  let addresseeAt = -1;
  // A 公文 issued directly (no 印发 notice: title, then 文号 and 主送 under it, as a web page or a plain text copy
  // gives it): the lines right under the plan's title, each of them metadata so far, may still be its 文号 (alone on
  // its line, or in brackets) and its addressees (alone on theirs) — not the preamble's first lines.
  /** The 文号 was read right under the title, not before it (checked against the period below). */
  let docNumberUnderTitle = false;
  const underTitleRun = (i: number) => titleIndex >= 0 && !titleFromNotice && i > titleIndex && i <= titleIndex + 3 &&
    head.slice(titleIndex + 1, i).every((_, k) => consumed.has(titleIndex + 1 + k));
  // (the 文号 and the date on one line, as a 公文's web copy prints them: "川办函〔2017〕113号 2017年6月2日")
  const dateOnly = (rest: string) => { const d = rest ? readDate(rest) : null; return d !== null && isOnly(rest, d.raw); };
  // (a letter — "关于报送X的函", a 请示 — is addressed to one organ, "临江市住房和城乡建设局：" alone on its line: its addressee,
  // though no word of a notice's addressees (各, 部门, 单位 …) is in it)
  const letter = head.some((_, k) => k <= noticeTitleEnd + 1 && LETTER_TITLE.test(folded[k]));
  head.forEach((p, i) => {
    if (consumed.has(i) && i !== titleIndex) return;
    const t = p.text;
    const underTitle = underTitleRun(i);
    // "签发人：张三" (several names of a joint document) after the 文号 on its line: the 文号 is read from what is before
    // it (a line of its own, "签发人：张三", is an index line: above)
    const sg = i <= lastNoticeLine || underTitle ? SIGNER.exec(folded[i]) : null;
    const f = sg ? folded[i].slice(0, sg.index) : folded[i];
    // 文号: on a line of its own (or after a label / beside the issuer), before the plan's title or right under it
    // (a 文号 alone in brackets, "（东府发〔2025〕12号）", is the line's own, not one cited)
    const alone = /^\([^()]*\)$/.test(f.trim()) && f.indexOf('号') >= 0;
    const dn = readDocNumber(t, f) ?? (alone ? readDocNumber(t.trim().slice(1, -1), f.trim().slice(1, -1)) : null);
    if (dn && (i <= lastNoticeLine || underTitle) && !docNumber) {
      // (a page's bar around it is no word of the line: "临政发〔2026〕1号 |", the cell of a title row drawn with bars)
      const rest = (alone && !readDocNumber(t, f) ? foldForMatch(t.trim().slice(1, -1).replace(dn.raw, '')).trim() : (f.slice(0, dn.index) + f.slice(dn.index + dn.raw.length)).trim()).replace(/^[\s|｜]+|[\s|｜]+$/g, '');
      const gov = rest && !/[，。,]/.test(rest) && rest.length <= 60 ? readGovernment(rest, 0) : null;
      const own = rest.length === 0 || (gov !== null && /^\s*(文件)?\s*$/.test(rest.slice(gov.end))) || /^关于[^，。,]*(通知|意见|函|决定)$/.test(rest) ||
        /(通知|意见|决定|批复|函|方案|计划)\s*\(\s*\)$/.test(rest) || dateOnly(rest);
      if (own) {
        docNumber = { value: dn, score: 2, line: i }; consumed.add(i); docNumberUnderTitle = i > lastNoticeLine;
        if (sg) signer ??= signerName(t, sg);
        // (the next signer stacked under the first: stackedSigner)
        for (let j = i + 1; sg && !sg[3] && j <= i + 4 && stackedSigner(j); j++) {
          signer = `${signer}　${head[j].text.trim()}`;
          consumed.add(j);
        }
        // (the date after the names: the document's own, as one alone on its line before the title is)
        const signed = sg?.[3] ? readDate(t.slice(sg.index + sg[0].indexOf(sg[3])), folded[i].slice(sg.index + sg[0].indexOf(sg[3]))) : null;
        if (signed) dates.push({ value: signed, score: 2, line: i });
      }
    } else if (dn && docNumber && i <= lastNoticeLine && dn.value === (docNumber as Candidate<DocNumberFound>).value.value && isOnly(f, dn.raw)) {
      // the same 文号 again, alone on its line (a web page's index table, then the document's own 文号 line): metadata,
      // not a line of the notice
      consumed.add(i);
    }
    // an issuer: a government named at the start of a short line without sentence punctuation
    // (…after a site's category label in quotes opening the line, "“党政混合信息公开” 中共X区委办公室 X区人民政府办公室印发《…》
    // 的通知": the label is the page's, the organs after it issue; real batch 19's 04)
    const siteTag = /^\s*[“"「][^”"」，,。；;《》]{2,12}[”"」][\s\u3000]+(?=\S)/.exec(f);
    const tagged = !!siteTag && !!readGovernment(t, siteTag[0].length, { organ: 'required' }, f);
    if (tagged) {
      removed.push({ line: head[i].line, text: t.slice(0, siteTag![0].length).trim(), reason: '网站标注的栏目（不是文件的文字）' });
      // (the line as the notice keeps it: without the label)
      head[i] = { ...head[i], text: t.slice(siteTag![0].length) };
      folded[i] = folded[i].slice(siteTag![0].length);
    }
    const lead = tagged ? siteTag![0].length : t.length - t.trimStart().length;
    // (before the title, or right under it: a name of an office alone deep in the introduction is no signature)
    // (…or the office signing a notice issued directly, "关于…的通知" ⏎ its text ⏎ office ⏎ date ⏎ the body: right above
    // the date alone that signs it, as signsNotice reads the date)
    const nearTitle = i <= lastNoticeLine || (titleIndex >= 0 && i <= titleIndex + 2) || (directNotice && i > titleIndex && i + 1 < head.length && signingDate(i + 1));
    const g = !nearTitle || /[。，,]/.test(f) || t.length > 150 ? null : readGovernment(t, lead, { organ: 'required' }, f);
    let govIssues = false;
    let zoneEnd = -1;
    if (g) {
      // alone or followed by a date or 文件: a signature / red header (2); followed by 关于…: the notice title (1);
      // several organs issuing together ("成都市发展和改革委员会 成都市规划和自然资源局 关于印发…"): the first
      let restAt = g.end;
      for (let more = readGovernment(t, restAt + (f.slice(restAt).length - f.slice(restAt).trimStart().length), { organ: 'required' }, f); more; more = readGovernment(t, restAt + (f.slice(restAt).length - f.slice(restAt).trimStart().length), { organ: 'required' }, f)) restAt = more.end;
      // (…or a government and its court or procuratorate, "X市人民政府　X市中级人民法院" signing a joint 意见: the government
      // issues — real batch 20's 10)
      const court = /^[\s\u3000]+[\u4e00-\u9fa5]{2,16}?(?:中级|高级)?人民(?:法院|检察院)/.exec(f.slice(restAt));
      if (court) restAt += court[0].length;
      const rest = f.slice(restAt).trim();
      const restDate = rest ? readDate(t.slice(g.end)) : null;
      // (…or "印发《…》的通知" without 关于: "中共静安区委办公室 静安区人民政府办公室印发《…》的通知", a joint notice's title)
      // (…or without quotes either, "X市人民政府办公室印发X市关于…的意见的通知": NOTICE_ORGAN_BARE)
      const score = !rest || /^文件$/.test(rest) || (restDate && isOnly(rest, restDate.raw)) ? 2 : /^(关于|(?:印发|转发)\s*[《〈])/.test(rest) || /^(?:印发|转发)[^《〈》〉，,。；;]{4,80}的(?:通知|函)\s*$/.test(rest) ? 1 : 0;
      if (score > 0) {
        govIssues = true;
        // (…but a signature or a red header of several organs and nothing else — "中共X区委办公室　X区人民政府办公室" over
        // the date — is signed by them all: the issuer is every one of them, as the exports print a joint issuer typed so)
        // (a red header "…文件", or a signature: the date after them on the line or alone on the next — not a joint
        // notice title broken after its second organ, "中共X区委办公室　X区人民政府" ⏎ "办公室印发《…》的通知")
        const signs = score === 2 && (rest !== '' || (i + 1 < head.length && signingDate(i + 1)));
        issuers.push({ value: t.slice(lead, signs ? restAt : g.end).trim(), score, line: i });
        places.push({ value: g, score, line: i });
        if (score === 2) consumed.add(i);
      }
    }
    // a zone's party working committee or administrative committee (its office) signing or heading a notice, alone or
    // two of them issuing together ("中共X新城工作委员会办公室　X新城管理委员会办公室"): the first issues, as for a
    // party committee's office and a government's (a zone is no government readGovernment knows)
    // (a government read in its name — "临江市…" — issues nothing there)
    const zone = !govIssues && nearTitle && t.length <= 150 && !/[。，,：:]/.test(f) ? ZONE_ORGAN.exec(t.trim()) : null;
    if (zone) {
      let rest = t.trim().slice(zone[0].length).trim();
      for (let more = ZONE_ORGAN.exec(rest); more && more[0]; more = ZONE_ORGAN.exec(rest)) rest = rest.slice(more[0].length).trim();
      const restDate = rest ? readDate(rest) : null;
      // (…or 文件 after them: the red header of the zone's 公文, "中共X新城工作委员会办公室文件", as after a government's name)
      const score = !rest || /^文件$/.test(rest) || (restDate && isOnly(rest, restDate.raw)) ? 2 : /^(关于|(?:印发|转发)\s*[《〈])/.test(rest) ? 1 : 0;
      // (the signature "offices + date" on one line: the date signs, as after a government's name)
      if (rest) zoneEnd = t.lastIndexOf(rest);
      if (score > 0) {
        issuers.push({ value: zone[0], score, line: i });
        if (score === 2) consumed.add(i);
      }
    }
    // a township's government alone on its line (the header or the signature of a 镇's notice: "青林镇人民政府",
    // "柘塘县青林镇人民政府"); said twice, the name with its county is the issuer
    // (…or with 文件 after it: the red header of its 公文, "临江市东湖区城南街道办事处文件", as after a government's name)
    // (…its name alone in those two places, "青川区柳塘街道文件", "青林镇" over the date: as its government signs — readTownship
    // `bare`; elsewhere the name is a place)
    const twName = t.trim().replace(/\s*文件$/, '');
    const twSigns = twName !== t.trim() || (i + 1 < head.length && signingDate(i + 1));
    const tw = !g && nearTitle && t.length <= 40 && !/[。，,]/.test(f) ? readTownship(twName, foldForMatch(twName), { bare: twSigns }) : null;
    if (tw) {
      const name = twName;
      const same = issuers.find((c) => c.score === 2 && name.length > c.value.length && name.endsWith(c.value));
      if (same) same.value = name;
      else issuers.push({ value: name, score: 2, line: i });
      // (its city and province too when the name says them: "临江市青川区东岭街道办事处", as the cover signs it)
      const pg = readGovernment(name, 0, { organ: 'optional' });
      const same2 = pg !== null && pg.district === tw.district;
      places.push({ value: { province: same2 ? pg.province : null, city: same2 ? pg.city : null, district: tw.district, organ: null, end: t.length }, score: 2, line: i });
      consumed.add(i);
    }
    // the units signing a notice named as the text names departments, alone on the line right above the date that signs
    // it ("区发展改革委　区经济信息化委" ⏎ "2025年3月18日": two bureaus issuing together, named as a planner types them),
    // before the plan's title: the signature, every unit of it the issuer (no government reader knows a name without its
    // place; read as the notice's last paragraph, the office was lost)
    // (…and the red header they head it with, "区发展改革委　区经济信息化委文件", as the Word cover prints it from the issuer)
    // (each name a district's, county's or town's unit that signs — 委, 局, 办, 办公室, 委员会, 政府, 办事处 —, as the text
    // names departments: "区科委", "县住建局"; not a fragment of a wrapped line, "委办文件", nor a company or a school)
    const unitsHeader = /^(.+?)\s*文件$/.exec(t.trim());
    const units = (x: string) => looksLikeDepartments(x) && x.trim().split(/[\s\u3000]+/).every((n) => /^(?:区|市|县|镇|中共)[\u4e00-\u9fa5]{1,20}(?:委|局|办|办公室|委员会|政府|办事处)$/.test(n));
    const wholeDate = (k: number) => signingDate(k) && !readDate(head[k].text, folded[k])?.partial;
    if (!g && !zone && !tw && i < lastNoticeLine && !consumed.has(i) && i + 1 < head.length && t.trim().length <= 60 &&
      !/[。，,、；;：:]/.test(f) && (unitsHeader ? units(unitsHeader[1]) : units(t) && wholeDate(i + 1))) {
      issuers.push({ value: unitsHeader ? unitsHeader[1] : t.trim(), score: 2, line: i });
      consumed.add(i);
    }
    // a date: the document's own (alone on its line, or after the issuer) before the title or right under it
    const d = readDate(t, f);
    if (d && i !== titleIndex) {
      // alone on its line (in brackets or not), or the signature "issuer + date"
      const alone = isOnly(f.replace(/^\s*[(]|[)]\s*$/g, ''), d.raw) || (g !== null && isOnly(f.slice(g.end), d.raw)) || (zoneEnd > 0 && isOnly(f.slice(zoneEnd), d.raw));
      const beforeTitle = i < lastNoticeLine;
      // (a line of the title in English under it, "Nanyu Economic Development Zone 2026 … Plan", is the title's own: the
      // issuer and date come on the lines after it)
      const english = titleIndex >= 0 && LATIN_LINE.test(folded[titleIndex + 1] ?? '') ? 1 : 0;
      const underTitle = titleIndex >= 0 && !titleFromNotice && i > titleIndex + english && i <= titleIndex + 2 + english;
      let score = 0;
      // (…or, under a title that is itself a notice issued directly — "X县人民政府关于2025年重点工作及责任分解的通知",
      // its text, its office, its date, then the body —, the date signing it, alone on its line)
      const signsNotice = alone && titleIndex >= 0 && !titleFromNotice && i > titleIndex && /的通知\s*$/.test(folded[titleIndex]) && !/印发|转发/.test(folded[titleIndex]);
      if (alone && (beforeTitle || underTitle || signsNotice)) score = 2;
      else if (underTitle && /^\s*\(.*\)\s*$/.test(f)) score = 1.5; // "(2021年3月5日区政府常务会议通过)" under the title
      // a date inside the notice's sentences — not a deadline it sets ("于2023年2月28日前将…报区政府督查室": 前, 以前, 之前)
      else if (beforeTitle && !/^(发布|来源|更新)/.test(f) && !/^\s*(?:前|以前|之前)/.test(f.slice(d.index + d.raw.length))) score = 1;
      if (score > 0) dates.push({ value: d, score, line: i });
      if (score >= 2) consumed.add(i);
    } else if (/^(19|20)\d{4,6}$/.test(f.replace(/\s+/g, '')) && (f.replace(/\s+/g, '').length > 6 || /^\d{2}[1-9][1-9]$/.test(f.replace(/\s+/g, '').slice(2)))) {
      // "2016718": 年/月/日 lost. Take it only when exactly one reading is a valid date, and say so.
      // (six digits, "202091", only as one digit of month and one of day, neither 0: "201910" is no date)
      const raw = f.replace(/\s+/g, '');
      const y = +raw.slice(0, 4);
      const readings = [[raw.slice(4, 5), raw.slice(5)], [raw.slice(4, 6), raw.slice(6)]]
        .filter(([m, dd]) => dd && +m >= 1 && +m <= 12 && +dd >= 1 && +dd <= 31)
        .map(([m, dd]) => iso(y, +m, +dd)!);
      if (readings.length === 1) {
        const other = dates.find((x) => x.score >= 2)?.value.iso ?? webDate;
        dates.push({ value: { iso: readings[0], raw, index: 0, partial: false }, score: 2, line: i });
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,按唯一可能读作 ${readings[0]}${other ? `(网页上另有日期 ${other},可能是发布日期)` : ''},请核对` });
      } else {
        uncertain.push({ field: 'issuedOn', raw, reason: `日期“${raw}”缺少“年/月/日”,无法确定${readings.length ? `(可能是 ${readings.join(' 或 ')})` : ''},未采用` });
      }
      consumed.add(i);
    }
    // addressees: "区政府各委、办、局,各街道办事处:" before the title
    // (or alone on their line right under the title of a 公文 issued without a notice)
    if ((i < lastNoticeLine || (underTitle && !notice.length)) && addresseeAt < 0 && i !== titleIndex) {
      // (…or a line of addressees that lost its colon on the page, "各街道办事处、乡人民政府,区人民政府各部门,各有关单位" ⏎
      // "《X》已经…同意，现印发给你们": each of its names an addressee's, the sentence sending the plan right after it)
      const colon = ADDRESSEES.exec(f);
      const am = colon ?? (BARE_ADDRESSEES.test(f) && SENDS_PLAN.test(folded[i + 1] ?? '') ? ([f + ':', f, ''] as unknown as RegExpExecArray) : null);
      if (am && (ADDRESSEE_WORDS.test(am[1]) || (letter && !am[2].trim() && ONE_ORGAN.test(am[1]))) && !NOT_ADDRESSEES.test(am[1]) && !LEAD_IN.test(am[1]) && (i < lastNoticeLine || !am[2].trim())) {
        // (the names of a line without its colon parted by spaces too, "各镇人民政府 各街道办事处 县政府各部门")
        addressees = splitAddressees(colon ? t.slice(0, am[1].length) : t.trim().replace(/[\s\u3000]+/g, '，'));
        addresseeAt = i;
        consumed.add(i);
        const body = t.slice(am[1].length + 1).trim();
        if (body) notice.push(body);
      }
    }
  });
  // A report delivered at a meeting (政府工作报告, a 计划执行情况 report), headed by the meeting — "——在X旗第十六届人民代表
  // 大会第一次会议上" — and, on the lines under it, by whom and when: "X旗人民政府代旗长 周玉龙" (the government its head
  // speaks for: the issuer) and "（2022年1月5日）" alone in brackets (the day it was delivered: its date, not the day a page
  // posted it). Only right under such an occasion line, within the head. (…or the date said first on the occasion line,
  // "——2026年1月10日在X区第二届人民代表大会第四次会议上": that date is its own, rev41b F4.) The lines are the report's
  // own byline, read, not taken away: they stay in the preamble as the document prints them (the speaker's name is no
  // field of the plan's; rev41b F2).
  // (…the occasion line broken over two, as a page wraps it: "——2024年1月30日在X区第八届人民代表大会" ⏎ "第四次会议上")
  // (…the speaker an organ's head reporting for the government, "X区发展和改革局局长 姓名" — a 计划执行情况 report —: the
  // organ issues it; or named by office alone, "县委副书记、县长 姓名": the government of the place the occasion line
  // names, of the level the office says — real batch 17's 04, 09, 11)
  const NAME = '[\\u4e00-\\u9fa5]{1,2}(?:[\\s\\u3000]?[\\u4e00-\\u9fa5·•]){1,12}';
  const HEADS_SPEAKER = new RegExp(`^(?:代|副)?(?:[省市县区旗州盟]长|局长|主任|厅长|委员会主任)[\\s\\u3000]*${NAME}$`);
  const OFFICE_SPEAKER = new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,10}、)*(?:代|副)?([市县区旗州])长[\\s\\u3000]+${NAME}$`);
  for (let i = 0; i < span; i++) {
    // (…or without its dash, opened by its date, as a PDF's text gives the line under the headline: "2021年12月15日在X县第十九届
    // 人民代表大会第一次会议上" — real batch 19's 05)
    // (…or its date after 在, "——在2025年12月29日X区第十八届人民代表大会第六次会议上" — real batch 20's 06)
    const OCCASION = /^\s*(?:[—－-]{1,2}\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?|(?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在)((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*在\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?.{4,60}(?:会议|大会)上\s*$/;
    let occasion = OCCASION.exec(folded[i]);
    let from = i + 1;
    if (!occasion && i + 1 < span && OCCASION_HEAD.test(folded[i]) && OCCASION_TAIL.test(folded[i + 1])) {
      occasion = OCCASION.exec(folded[i].trimEnd() + folded[i + 1].trim());
      from = i + 2;
    }
    if (!occasion) continue;
    const saidAt = occasion[1] ?? occasion[2] ?? occasion[3];
    const said = saidAt ? readDate(saidAt) : null;
    if (said) dates.push({ value: said, score: 2, line: i });
    const occasionText = from === i + 2 ? folded[i].trimEnd() + folded[i + 1].trim() : folded[i];
    for (let k = from; k <= from + 2 && k < span; k++) {
      const line = folded[k].trim();
      const at = head[k].text.indexOf(head[k].text.trim());
      const g = readGovernment(head[k].text, at, { organ: 'required' }, folded[k]);
      if (g && (g.province || g.city || g.district) && HEADS_SPEAKER.test(foldForMatch(head[k].text.slice(g.end)).trim())) {
        issuers.push({ value: head[k].text.slice(at, g.end).trim(), score: 2, line: k });
        // (…and names the plan's place, as a signature does: "三明市沙县区人民政府区长 吴晓峰" — real batch 20's 06)
        places.push({ value: g, score: 2, line: k });
        // (its place said short, "东乌旗": the district is the one the occasion line names in full)
        continue;
      }
      const office = OFFICE_SPEAKER.exec(line);
      if (office) {
        const place = /在\s*([\u4e00-\u9fa5]{2,20}?)第[一二三四五六七八九十百0-9]{1,4}届/.exec(occasionText)?.[1];
        const gov = place ? readGovernment(`${place}人民政府`, 0, { organ: 'required' }) : null;
        if (place && gov && (gov.district || gov.city) && place.endsWith(office[1])) { issuers.push({ value: `${place}人民政府`, score: 2, line: k }); places.push({ value: gov, score: 2, line: k }); }
        continue;
      }
      const d = /^[(（].+[)）]$/.test(line) ? readDate(line.slice(1, -1)) : null;
      if (d && isOnly(line.slice(1, -1).trim(), d.raw)) dates.push({ value: d, score: 2, line: k });
    }
  }

  // 4. Choose: the best score wins, the earliest among equals (a signature beats a date inside a sentence).
  const best = <T>(list: Candidate<T>[]) => list.reduce<Candidate<T> | null>((b, c) => (!b || c.score > b.score ? c : b), null);
  const cellDate = best(dates);
  const date = cellDate && sentCells.has(cellDate) ? best(dates.filter((d) => d.score >= 2 && !sentCells.has(d))) ?? cellDate : cellDate;
  let issuedOn: string | null = date?.value.iso ?? null;
  if (date?.value.partial) uncertain.push({ field: 'issuedOn', raw: date.value.raw, reason: `只写了年月(${date.value.iso}),没有日` });
  else if (date && date.score < 2 && !uncertain.some((u) => u.field === 'issuedOn')) {
    uncertain.push({ field: 'issuedOn', raw: date.value.raw, reason: `成文日期取自通知正文中的日期 ${date.value.iso},请核对` });
  }
  if (!issuedOn && (webDate ?? published)) {
    issuedOn = (webDate ?? published)!;
    uncertain.push({ field: 'issuedOn', raw: issuedOn, reason: `正文没有成文日期,采用网页上的日期 ${issuedOn}(可能是网页发布日期)` });
  }
  // the same government said twice, once with its county or city before it ("青林镇人民政府" in the header, "柘塘县青林镇
  // 人民政府" signing): the longer name, whichever line came first
  for (const c of issuers) {
    const longer = issuers.find((o) => o.score >= c.score && o.value.length > c.value.length && o.value.endsWith(c.value));
    if (longer) c.value = longer.value;
  }
  // An issuer that names no place (a red header's "省政府办公厅文件", a notice title "区人民政府办公室关于印发…", a page's
  // 发文单位 cell "区人民政府办公室") gives way to one that names it (the signature "云南省人民政府办公厅", the notice
  // title "郧阳区人民政府关于…"), whatever their scores: it is the same office said short, or a page's record of the
  // office that posted it — but only a government of the level the short name says (区/县 a district's, 市 a city's, 省 a
  // province's: places.ts kindAlone and placeLevel): a page cell naming another level's government, or a body that is
  // none (a 街道, a 管委会), is no longer form of the same office and does not outrank it (review rev35).
  // (an office named by a 信息来源 issues the plan only when its place is the one the plan's title names, the title naming
  // one: a city's office reposting a county's plan, "信息来源：临江市人民政府办公室" over "南屿县2026年…工作要点", is not its
  // issuer, nor does its city become the plan's — the planner enters it; rev41b F5)
  const ownPlace = title ? placeOfTitle(title.trim()) : null;
  if (ownPlace && (ownPlace.district || ownPlace.city)) {
    for (const c of fromSource) {
      const g = sourcePlace.get(c)!.value;
      const same = (a: string | null, b: string | null) => !!a && !!b && (a === b || a.startsWith(b) || b.startsWith(a));
      const agrees = ownPlace.district ? same(ownPlace.district, g.district) : !g.district && same(ownPlace.city, g.city);
      if (agrees) continue;
      issuers.splice(issuers.indexOf(c), 1);
      places.splice(places.indexOf(sourcePlace.get(c)!), 1);
    }
  }
  const govOf = (c: Candidate<string>) => readGovernment(c.value, 0, { organ: 'required' });
  const unplaced = issuers.filter((c) => { const g = govOf(c); return !!g && !(g.province || g.city || g.district); });
  const placedFor = (c: Candidate<string>) => {
    const g = govOf(c);
    if (!g || !(g.province || g.city || g.district)) return false;
    const own = placeLevel(c.value)?.level;
    return unplaced.every((u) => { const said = kindAlone(u.value)?.level; return !said || said === own; });
  };
  const issuerPool = unplaced.length && issuers.some(placedFor) ? issuers.filter(placedFor) : issuers;
  const chosen = best(issuerPool);
  let issuer = chosen?.value ?? null;
  // (a page cell's short name of a government, "发文机关: 盘锦市政府", over a title line naming it in full, "盘锦市人民政府关于…
  // 的意见": the same office, its full name the issuer)
  const shortGov = issuer ? /^(.{2,20}?[省市县区旗州])政府(.*)$/.exec(issuer) : null;
  if (shortGov && issuers.some((c) => c.value === `${shortGov[1]}人民政府${shortGov[2]}`)) issuer = `${shortGov[1]}人民政府${shortGov[2]}`;
  // (…and one from a 信息来源 only is said so: a signature at the text's end gives way to nothing else, but to this it
  // does — paragraphs.ts take)
  if (chosen && fromSource.has(chosen)) uncertain.push({ field: 'issuer', raw: chosen.value, reason: `${SOURCE_ISSUER}“${chosen.value}”,请核对` });
  // No issuer else: a notice title headed by a government named by its level alone ("自治区人民政府关于" ⏎ "印发新疆维吾尔
  // 自治区…计划的通知", "县人民政府关于印发X县…的通知") is the government of the place the published name opens with, when
  // that place is of the level said (自治区 / 省 a province's, 市 a city's, 县 / 区 / 旗 a district's: places.ts governmentOfKind)
  // (…only a line that is the notice's title, or its first part going on over the next lines — "县人民政府关于印发X的通知",
  // "自治区人民政府关于" ⏎ "印发…的通知" —: short, no sentence's punctuation, closing as a title closes; never a sentence
  // of the text citing an organ's decision, "市委关于加快数字化发展的决定提出，…", "区人民政府关于…的工作部署已经明确，…";
  // and, read from a level alone, reported so, review rev40)
  const TITLE_CLOSE = /的(?:通知|意见|决定|函|批复|报告|通报)\s*(?:[(（][^()（）]{2,30}[)）])?\s*$/;
  const SENTENCE_MARK = /[。，,；;：:！!？?]/;
  const titleLine = (k: number) => {
    let joined = '';
    for (let j = k; j < Math.min(span, k + 3); j++) {
      const line = folded[j].trim();
      if (!line || line.length > 60 || SENTENCE_MARK.test(line)) return false;
      joined += line;
      if (TITLE_CLOSE.test(joined)) return joined.length <= 120;
    }
    return false;
  };
  for (let i = 0; i < span && !issuer; i++) {
    const m = /^\s*([\u4e00-\u9fa5]{2,12}?)\s*关于/.exec(folded[i]);
    if (!m || !kindAlone(m[1])?.government || !titleLine(i)) continue;
    issuer = governmentOfKind(m[1], placeOfTitle((title || noticeTitles[0] || '').trim()));
    if (issuer) uncertain.push({ field: 'issuer', raw: head[i].text.trim().slice(0, 60), reason: `发文机关只写了“${m[1]}”,按标题中的地名读作 ${issuer},请核对` });
  }
  // No issuer else: a notice whose text says the government decided it — "经南屿县人民政府研究决定，现将《X》印发给你们",
  // "自治州人民政府决定：" — was issued by that government (its own decision, published in its name; "经X同意" is another
  // organ's approval, its office issuing, and gives none). A government named by its level alone (自治州, 县, 盟 …) is the
  // government of the place the title opens with, when that place is of the level said; reported as read from the text.
  for (let i = 0; i < span && !issuer; i++) {
    const at = /(?:^|[，,。；;：:\s]|经)((?:[\u4e00-\u9fa5]{0,16}?)(?:人民政府|行政公署|行署|管理委员会|管委会))(?:常务会议|全体会议)?(?:研究)?决定/.exec(folded[i]);
    if (!at) continue;
    // (the decision is the publishing: the sentence after 决定 prints the plan — "，现将《X》印发给你们", "，将《X》印发",
    // "：" ⏎ the line doing so —, not a decision the notice cites, "临江市人民政府决定在全市开展…。现将《X》印发…", rev39)
    const after = folded[i].slice(at.index + at[0].length);
    const sentence = (/^[\s：:，,]*$/.test(after) && i + 1 < span ? folded[i + 1] : after).split(/[。；;！!]/)[0];
    if (!/印发|下发|发布|转发|颁布/.test(sentence)) continue;
    const said = at[1].replace(/^经/, '');
    const g = readGovernment(said, 0, { organ: 'required' });
    let name: string | null = null;
    if (g && (g.province || g.city || g.district)) name = said.slice(0, g.end);
    else if (kindAlone(said)?.government) name = governmentOfKind(said, placeOfTitle((title || noticeTitles[0] || '').trim()));
    if (name) {
      issuer = name;
      uncertain.push({ field: 'issuer', raw: head[i].text.slice(0, 60), reason: `没有落款或发文机关,发文机关取自通知中的“${at[0].replace(/^[，,。；;：:\s]/, '')}”,请核对` });
    }
  }
  if (docNumber) {
    const dn = (docNumber as Candidate<DocNumberFound>).value;
    if (dn.raw !== dn.value) uncertain.push({ field: 'docNumber', raw: dn.raw, reason: `发文字号写法不规范(${docNumberChanges(dn.raw)}),已规范化为 ${dn.value}` });
  }

  // 5. Period: the title, then a title quoted in the notice, then (uncertain) a year range elsewhere in the head (and
  // parse.ts: a title naming the plan's length, with the year its text says the work is done by).
  let periodFound = title ? readPeriod(title) : null;
  // (a 公报 titled by its own name lists other documents: their years, "…关于印发2026年国民经济和社会发展计划的通知（23）",
  // are theirs; the publication has no plan period but its title's)
  if (!collection) for (const t of noticeTitles) periodFound ??= readPeriod(t);
  if (!periodFound && !collection) {
    for (let i = 0; i < span && !periodFound; i++) {
      // (not the span of another plan the head cites in 《》 — "为落实《临江市社区服务体系建设规划（2021—2025年）》" —;
      // the plan's own name quoted is its own: a name that IS its title, with or without its span, punctuation folded —
      // not one sharing the title's first words, as the plans of one district do: 《临江市东湖区城市更新专项规划（2021—
      // 2035年）》 cited by 临江市东湖区城市更新三年行动方案. Nor a span of more than ten years, quoted or not: a long-range
      // plan the head cites, "根据临江市国土空间总体规划（2021—2035年）" (review rev38))
      // (…or that name with its place before it, or without it: a notice publishing 《东湖区X方案（2016—2017年）》 for the
      // title "X方案", as a title typed without its district is quoted by the notice that issues it)
      const names = [title, ...noticeTitles].filter(Boolean).map(bareName);
      const placed = (longer: string, shorter: string) => shorter.length >= 6 && longer.endsWith(shorter) &&
        /^[\u4e00-\u9fa5]{1,12}(?:省|市|区|县|旗|州|盟|镇|乡|街道)$/.test(longer.slice(0, longer.length - shorter.length));
      const own = (q: string) => { const b = bareName(q); return names.some((n) => n === b || placed(b, n) || placed(n, b)); };
      const p = readPeriod(blankLongSpans(head[i].text.replace(/《[^《》]*》/g, (q) => (own(q) ? q : ' '.repeat(q.length)))), { infer: false });
      if (p) {
        periodFound = p;
        uncertain.push({ field: 'period', raw: head[i].text.slice(0, 60), reason: `标题中没有规划期,取自开头文字中的年份 ${periodText(p)},请核对` });
      }
    }
  }
  if (!periodFound && !title) {
    // a page without its title that names for short the plan its text divides or carries out ("《X州国民经济和社会发展第
    // 十一个五年规划纲要》（以下简称《纲要》）…将《纲要》确定的主要目标和任务分解落实"): that plan's period
    for (let i = 0; i < span && !periodFound; i++) {
      const m = /《([^《》]{4,80})》\s*[(（]\s*以下简称/.exec(head[i].text);
      const p = m ? readPeriod(m[1]) : null;
      if (p) {
        periodFound = { ...p, inferredFrom: null };
        uncertain.push({ field: 'period', raw: m![0].slice(0, 60), reason: `页面没有标题,规划期取自正文简称的《${m![1]}》(${periodText(p)}),请核对` });
      }
    }
  }
  if (!periodFound && !collection) {
    // a notice that is itself the plan, its title without a year: the one year whose work its sentences deliver
    const w = yearOfWork(title, head.slice(0, span).map((p) => p.text), issuedOn ? Number(issuedOn.slice(0, 4)) : null);
    if (w) {
      periodFound = { start: w.year, end: w.year, inferredFrom: null };
      uncertain.push({ field: 'period', raw: w.raw, reason: `标题中没有规划期,取自正文中的“${w.raw}”,请核对` });
    }
  }
  if (periodFound?.inferredFrom) uncertain.push({ field: 'period', raw: periodFound.inferredFrom, reason: `由“${periodFound.inferredFrom}”推算为 ${periodText(periodFound)}` });
  const period = periodFound ? { start: periodFound.start, end: periodFound.end } : null;
  // A 文号 right under the title is the plan's own only when the plan could have been issued in its year: a number of
  // two or more years before the period starts is one the introduction cites (a 2019 文号 under a 2021–2023 plan).
  if (docNumber && docNumberUnderTitle && period) {
    const year = Number(/〔([0-9]{4})〕/.exec((docNumber as Candidate<DocNumberFound>).value.value)?.[1] ?? NaN);
    if (year < period.start - 1) {
      consumed.delete((docNumber as Candidate<DocNumberFound>).line);
      const at = uncertain.findIndex((u) => u.field === 'docNumber');
      if (at >= 0) uncertain.splice(at, 1);
      docNumber = null;
    }
  }

  // 6. District and city: only where a government or the plan's own title names them.
  const titlePlaces = [title, ...noticeTitles].filter(Boolean).map(placeOfTitle).filter((g): g is Government => g !== null);
  const issuerPlaces = [...places].sort((a, b) => b.score - a.score).map((c) => c.value);
  const ordered = [...titlePlaces, ...issuerPlaces];
  // …else a sentence of the head naming the plan's own place ("结合X区实际", "X县第十七届人民代表大会"), said uncertain
  if (!ordered.some((g) => g.district)) {
    for (let i = 0; i < span; i++) {
      const g = placeInSentence(head[i].text, folded[i]);
      if (g) {
        ordered.push(g);
        uncertain.push({ field: 'district', raw: head[i].text.slice(0, 60), reason: `标题和发文机关都没有写区县,取自正文中的“${g.district}”,请核对` });
        break;
      }
    }
  }
  // …else the title's one-character district after its city, where the head names an organ of it ("中共攀枝花市东区委员会")
  if (!ordered.some((g) => g.district) && title) {
    const g = oneCharDistrictNamedByOrgan(title, head.slice(0, span).map((p) => p.text));
    if (g) ordered.push(g);
  }
  const district = ordered.find((g) => g.district)?.district ?? null;
  let city = ordered.find((g) => g.city)?.city ?? null;
  const dnPrefix = docNumber ? (docNumber as Candidate<DocNumberFound>).value.prefix : '';
  if (!city && dnPrefix && DOC_PREFIX_CITY[foldForMatch(dnPrefix[0])]) city = DOC_PREFIX_CITY[foldForMatch(dnPrefix[0])];

  // 7. What is left: the notice (before the title) and the preamble (after it).
  // (a notice without addressees: its paragraphs after its title's last line, the title's lines being joined below)
  const noticeFrom = addresseeAt >= 0 ? addresseeAt + 1 : !titleFromNotice && noticeTitleEnd >= 0 ? noticeTitleEnd + 1 : -1;
  // (with the title only in the notice, a notice signed with its date alone on a line after the addressees ends there:
  // what follows the signature is the plan's own introduction — "关于印发" ⏎ X ⏎ "的通知", addressees, text, office,
  // date, then "为推动…，制定本方案。" with no title line of the plan's)
  const squeeze = (s: string) => foldForMatch(s).replace(/[\s:：《》"“”()（）。.—–-]/g, '');
  const bare = (s: string) => foldForMatch(s).replace(/\s/g, '');
  const selfNote = (t: string) => {
    const m = /^附件(?:[0-9]{1,2}(?=\D))?\s*[:：]?\s*(.*)$/.exec(foldForMatch(t).trim());
    // (a plan without a title: the placeholder the exports print for it, in the 附件说明 or the notice title they make —
    // "附件：（无标题）", "关于印发（无标题）的通知")
    if (bare(title) === '') return m ? isUntitled(m[1]) : isNoticeTitle(t) && isUntitled(innerTitle(t, foldForMatch(t)) ?? '');
    return m ? squeeze(m[1]) === squeeze(title) : bare(t) === bare(title);
  };
  let signedAt = titleFromNotice && addresseeAt >= 0 ? Math.max(-1, ...dates.filter((d) => d.score >= 2 && d.line > addresseeAt).map((d) => d.line)) : -1;
  // (…but for the plan's title, its 附件 label, after the signature: the notice's, removed below as before)
  if (signedAt >= 0) while (signedAt + 1 < head.length && (consumed.has(signedAt + 1) || selfNote(head[signedAt + 1].text) || /^附件[0-9]{0,2}\s*[:：]?$/.test(foldForMatch(head[signedAt + 1].text).trim()))) signedAt++;
  // (only where a sentence opens what follows, as an introduction does: a table's header, an 附件 line, another
  // notice's title after the signature stay where they were)
  if (signedAt >= 0 && !(signedAt + 1 < head.length && /。$/.test(head[signedAt + 1].text.trim()) && !/^附件/.test(head[signedAt + 1].text.trim()))) signedAt = -1;
  const noticeStop = signedAt >= 0 ? signedAt + 1 : lastNoticeLine;
  if (noticeFrom >= 0) {
    for (let i = noticeFrom; i < noticeStop; i++) if (!consumed.has(i)) { notice.push(head[i].text); consumed.add(i); }
  }
  // with a title line: notice before it, preamble after it; with the title only in the notice: the notice runs to
  // the end of the head (or its signature) when it has addressees, else to the notice title's last line
  const noticeEnd = !titleFromNotice ? Math.max(0, titleIndex) : addresseeAt >= 0 ? (signedAt >= 0 ? signedAt + 1 : head.length) : noticeTitleEnd + 1;
  const preambleFrom = !titleFromNotice ? titleIndex + 1 : noticeEnd;
  const preamble = [...(countLine ? [{ ...head[titleIndex], text: countLine }] : []), ...head.slice(preambleFrom).filter((_, k) => !consumed.has(preambleFrom + k))];
  // lines before the title that are neither notice nor metadata (e.g. the notice title) are kept with the notice
  // (by place, not by text: every line read into the notice is consumed — a line of the notice's title may say the same
  // as one of its text, "《东坪区2025年优化营商环境工作" in a hard-wrapped copy)
  const noticeTitle = head.slice(0, noticeEnd).filter((_, i) => !consumed.has(i)).map((p) => p.text);
  // The notice's 附件说明 naming the plan itself ("附件：X", and the "附件" label over the plan's title), X being the
  // plan's title: the plan is the attachment, so the line is where the cover puts it, not the notice's text — as a plan
  // with a numbered body already has it removed with the label (paragraphs.ts unwrapPlanAnnex). The cover prints it
  // again from the title (shared/export/docx/cover.ts); kept, every Word export with the cover added one more.
  // So is the title itself on a line of its own among them (a plan whose title is read from the notice, its title
  // line after the signature: "# X" in Markdown). A list of several annexes ("附件：1.X"), or one naming another
  // document, stays.
  // A news page printing the notice whole after its lead ("…要求各地各部门对照分工抓好落实。全文如下：" ⏎ "X人民政府印发
  // 关于…的通知"): what stands before "全文如下" — a related link cut off, the news headline, the lead — is the page's,
  // not the notice's; the notice starts with its title. (Cut in the joined text, so a hard-wrapped copy splits alike;
  // the page's lines are still read for the head's fields above. Kept, the cover printed them as the notice's first
  // paragraph, which came back joined with the next: corpus 240.)
  let pre = noticeTitle.join('');
  const fullText = [...pre.matchAll(/(?:全文|原文)如下\s*[:：。.]?\s*/g)].pop();
  if (fullText) {
    const rest = pre.slice(fullText.index! + fullText[0].length);
    const restFolded = foldForMatch(rest);
    if (rest.trim() && !/[。，,；;：:]/.test(restFolded) && /(?:关于|印发|转发|通知)/.test(restFolded)) {
      const at = head.findIndex((p, i) => i < noticeEnd && !consumed.has(i));
      removed.push({ line: at >= 0 ? head[at].line : 0, text: pre.slice(0, fullText.index! + fullText[0].length), reason: `新闻稿导语（“${fullText[0].replace(/[\s:：。.]+$/, '')}”之前，不是通知的文字）` });
      pre = rest;
    }
  }
  const all = [...pre ? [pre] : [], ...notice];
  const kept = all.filter((t) => !selfNote(t));
  // (the bare label "附件" left last, over the plan's title)
  while (kept.length && /^附件[0-9]{0,2}\s*[:：]?$/.test(foldForMatch(kept[kept.length - 1]).trim())) kept.pop();
  for (const t of all) if (!kept.includes(t)) removed.push({ line: head.find((p) => p.text === t)?.line ?? 0, text: t, reason: /^附件/.test(foldForMatch(t).trim()) ? '附件说明（附件即方案正文）' : bare(title) === '' ? '印发通知标题（方案无标题）' : '方案标题（已读入标题）' });
  return {
    titleIndex,
    collection,
    meta: { title, district, city, period, issuer, docNumber: docNumber ? (docNumber as Candidate<DocNumberFound>).value.value : null, issuedOn, addressees, ...(signer ? { signer } : {}) },
    notice: kept.join('\n'),
    preamble,
    toc,
    uncertain,
  };
}

/** A plan's name as its title and a 《》 quoting it compare: without the 《》, its span of years (bracketed or not),
 *  spaces and punctuation ("《东湖区X方案（2024—2026年）》", "《东湖区2024—2026年X方案》" and "东湖区X方案" are one name). */
function bareName(s: string): string {
  return foldForMatch(s)
    .replace(/[（(]\s*(?:19|20)\d{2}[^（()）]{0,14}[）)]/g, '')
    .replace(/(?:19|20)\d{2}\s*年?\s*(?:[-—–~～－―]+|至|到)\s*(?:19|20)\d{2}\s*年?/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}
