/**
 * New plans: from a template (a prior plan, the district's own last cycle or a peer district's) or blank.
 * Environment-free.
 *
 * planFromTemplate decisions:
 *
 * Years — offset = new.start − old.start.
 *   - A year is a 4-digit 19xx/20xx followed by 年 ("到2016年底", "2015年项目"), or an end of a range
 *     YYYY-YYYY (separators - – — － ~ ～ 至 到), e.g. "(2014-2016)". Bare numbers are never taken for years
 *     ("2000个基站", "20166月底", "2013数字化占比16%").
 *   - Window: a single year shifts when it lies in old.start−1 … old.end+1 (so "到2016年底" → 2029, while
 *     "2001年" or "2030年将产生22万亿的产值" in a background paragraph stay).
 *   - A range shifts as a whole when it overlaps the template period and both ends lie in the window
 *     (2014-2016 → 2027-2029, 2015-2016年 → 2028-2029年); it stays when it does not overlap ("行动计划(2011-2013)",
 *     the previous cycle) and is flagged when it reaches outside ('period' below). The range equal to the
 *     template period maps to the new period exactly (also when the new period has another length).
 *   - Indicator and milestone years (numeric fields) shift under the same window; outside it they stay
 *     (and lint reports them).
 *   - The template's own 五年规划 name (静安 “十一五”规划 for 2006–2010) becomes the one of the new start year
 *     (十五五 for 2026); other 五年 names are references (below). Chinese-numeral years (二○一五年) are not shifted.
 *
 * History is not rewritten where the text says it is history (walk 5: 杨浦 2015–2017 → 2018–2020 turned 发展现状's
 * 「2015年在公共停车场…推进安装」 into 2018, a false statement). A year the frame would move is kept as written and
 * FLAGGED ('history' below) when it tells what was done:
 *   - anywhere in the heading and body of a narrative node — its heading or an ancestor's names a review of the
 *     past (NARRATIVE_HEADING: 发展现状, 工作回顾, 主要成效, 调研总结, 发展基础 …), targets included ("到2016年底已建成"
 *     there is a fact of the past);
 *   - elsewhere, when the year's own clause states no target or plan (到/至 YYYY, YYYY年…前, 将 (not 已将), 力争,
 *     计划, 目标 …) and what it dates — its clause and those after it up to the next year of the sentence — first
 *     says what was done (已, 完成了, 建成了, 取得了, 截至 …): 「截至2015年底，已完成8个，2017年前全部完成」 keeps 2015
 *     and moves 2017. A year that is neither (以2016年奥运会为契机) still moves with the frame.
 *   Milestones, indicators and targets are shifted as before: they are the plan's frame.
 *
 * The plan's own frame moves; references to other documents never do. Years are shifted only where they are the
 * plan's own period, targets and milestones (above). A dated reference to another document is kept as written —
 * years and district alike — and FLAGGED: recorded in meta.templateRefs, which lint reports ('template-reference')
 * until the planner edits the reference or dismisses the hint. By general rules, not by the seed's words:
 *   - 'title': a 《…》 title of another document that carries a date — a year, a YYYY-YYYY period or a 五年规划 name
 *     (《上海市推进智慧城市建设行动计划(2011-2013)》, 《静安区信息化发展“十二五”规划》). The template's own title cited
 *     in its own text becomes the new title; an undated title (《网络安全法》) is kept and not flagged;
 *   - 'doc-number': document numbers (沪府〔2020〕27号, also with [] 【】 () brackets);
 *   - 'dated': a year that belongs to another document: after an issuing body (市委2014年…, 国务院2015年…; not a
 *     deadline such as 区政府2016年底前) or
 *     followed by a document's designation (2014年一号课题, 2014年1号文件, 2015年政府工作报告);
 *   - 'five-year': a 五年规划 name outside titles (衔接“十三五”前期研究, 十二五期间) — never shifted;
 *   - 'history': a year of a narrative of what was done (above); its quote is the year and the words after it
 *     (2015年在公共停车场), so the 检查 panel shows which statement to check;
 *   - 'period': a YYYY-YYYY period that overlaps the template's period but reaches outside its years
 *     (old.start−1 … old.end+1): another plan's period (建设规划(2011-2015)), not this plan's frame.
 *   References are flagged when the period moves (offset ≠ 0), and when the district changes for those that name
 *   the template's district.
 *
 * District — the template's district (静安区) becomes the new one (杨浦区) where it names the district:
 *   - the full name everywhere outside citations: 静安区门户网站 → 杨浦区门户网站, 静安区中心医院 → 杨浦区中心医院;
 *   - the short form (静安, 浦东 for 浦东新区): 智慧静安 → 智慧杨浦, “上海静安”, 运动静安, 静安子平台;
 *   - also inside department names that carry the district, because they name the new district's own
 *     branch of a city department: 公安静安分局 → 公安杨浦分局 (in text, lead and partners). This keeps the
 *     department lists sensible for the new district; the nodes are marked unreviewed anyway.
 *   - not in place names that merely contain the short form: a short form followed by 寺 公园 园 (not 园区)
 *     路 站 大桥 滨江 古镇 别墅 山 江 岛 湖 stays (静安寺, 张江静安园, 黄浦江, 普陀山, 崇明岛).
 *
 * Everything else:
 *   - every node gets a new id and `unreviewed: true`; numbers as written are kept;
 *   - meta: status 'draft', basedOn = templateId, source/docNumber/issuedOn null, district and period as
 *     given, title as given or derived (the template title with district and period replaced), issuer with
 *     the district replaced, addressees and city kept, notice '' (it records the old plan's adoption:
 *     meeting, date), preamble transformed ('full') or '' ('structure'); no import report.
 *   - mode 'structure': headings, numbers, departments and themes kept (transformed); bodies emptied;
 *     indicators keep name, unit, comparator and (shifted) year, with value null and text '';
 *     milestones keep (shifted) year and stage, with text ''. Items without a heading are kept (they hold
 *     departments and show how many 事项 a task had).
 */
import { FORMAT, type Indicator, type Milestone, type Period, type PlanDoc, type PlanNode, type TemplateRef } from './model/plan';
import { applyNumbers } from './numbering';
import { newId, newNode } from './tree';
import { districtShortName } from './text/district';

export interface TemplateOptions {
  district: string;
  period: Period;
  mode: 'full' | 'structure';
  title?: string;
  templateId: string;
}

export { districtShortName } from './text/district';

const KEEP_AFTER_SHORT = /^(?:寺|公园|雕塑公园|园(?!区)|路|站|大桥|滨江|古镇|别墅|山|江|岛|湖)/;

const YEAR = '(?:19|20)\\d{2}';
/** Bodies that issue documents: a year right after one of them dates that body's document or act. */
const ISSUER = '(?:中共中央|党中央|中央|国务院|全国人大(?:常委会)?|[省市区县]委(?:[省市区县]政府)?|[省市区县]政府|[省市区县]人大(?:常委会)?|[省市区县]政协)';
/** A document's designation right after "YYYY年": 一号课题, 1号文件, 第3号令, (区)政府工作报告. */
const DESIGNATION = '(?:度)?(?:第?[一二三四五六七八九十〇零0-9０-９]+号(?:课题|文件|文|令|报告|意见|通知)|(?:[省市区县]|国务院)?(?:政府)?工作报告)';
const DATED_REF_RE = new RegExp(`(?<issuer>${ISSUER}(?:于|在)?)?(?<![0-9０-９])(?:${YEAR})年(?<desig>${DESIGNATION})?`, 'g');
/** 五年规划 names: 十二五, “十三五”, 十一五期间 (a bare 十五 only before 规划/时期/期间/计划 or in quotes). */
const FIVE_YEAR_RE = /(?<![一二三四五六七八九十百千万零〇两0-9])(?:十[一二三四六七八九]五|[一二三四六七八九]五(?=规划|时期|期间|计划|”|")|(?<=[“"])十五(?=[”"])|十五(?=规划|时期|期间|计划))/g;
const FIVE_YEAR_ONE = new RegExp(FIVE_YEAR_RE.source);
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The years of a 五年规划 name: 十二五 → 2011–2015, 十五 → 2001–2005 (一五 1953, 二五 1958, then 1966 + 5·(n−3)). */
export function fiveYearPeriod(name: string): Period | null {
  const m = /^(十)?([一二三四六七八九])?五$/.exec(name.replace(/[“”"]/g, ''));
  if (!m || (!m[1] && !m[2])) return null;
  const n = (m[1] ? 10 : 0) + (m[2] ? CN_DIGIT[m[2]] : 0);
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

/** The 五年规划 name whose years hold `year` (2027 → 十五五). */
export function fiveYearName(year: number): string {
  const n = year >= 1966 ? Math.floor((year - 1966) / 5) + 3 : year >= 1958 ? 2 : 1;
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return `${n >= 20 ? digits[Math.floor(n / 10)] + '十' : n >= 10 ? '十' : ''}${digits[n % 10]}五`;
}

export type RefKind = TemplateRef['kind'];

/**
 * A node that tells what was done (its heading or an ancestor's: 发展现状, 工作回顾, 主要成效, 调研总结, 发展基础 …):
 * none of its years is shifted.
 */
export const NARRATIVE_HEADING = /(?:现状|回顾|成效|成绩|进展|总结|(?:发展|工作|现有|已有)基础|基本情况|主要做法)(?:[和与及、][^,，;；。]{0,8})?$/;
/**
 * A title of such a section: short, no clause (定期审视建设成效,实现滚动提升 is a measure, not a review), ending in
 * the word or in "word 和/与 …" (发展现状和存在问题). A long "heading" is a sentence the importer took as one.
 */
const isNarrativeHeading = (h: string) => {
  const t = h.replace(/[\s\u3000]+/g, '');
  return t.length <= 16 && !/[,，;；。]/.test(t) && NARRATIVE_HEADING.test(t);
};
/** A sentence that tells what was done (已, 完成了, 建成了, 截至 …) … */
const PAST_RE = /已|完成了|建成了|取得了|实现了|开展了|累计|截至|截止|此前/;
/** … unless it also states a target or a plan (到2016年, 2016年底前, 将, 力争 …): then its years are the frame. */
const TARGET_RE = /(?:到|(?<![截])至)\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年[^,，。;；]{0,6}?(?:前|以前|之前)|(?<!已)将|力争|争取|计划|预计|目标|确保/;
/** Where a clause ends inside a sentence (a year's own clause is judged for a target). */
const CLAUSE_END = /[,，:：]/;
/** Where a sentence ends (for the sentence rule and the quote of a kept year). */
const SENTENCE_END = /[。;；!！?？\n]/;
/** The next year written after a position (a sticky search from lastIndex on). */
const YEAR_AHEAD = /(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])/g;

const RANGE_SEP = '\\s*(?:-|–|—|－|~|～|至|到)+\\s*';
const YEAR_RE = new RegExp(`(?<![0-9０-９.])(${YEAR})(?:${RANGE_SEP}(${YEAR}))?(?![0-9０-９])(\\s*年)?`, 'g');
const DOC_NUMBER_RE = /[\u4e00-\u9fff]{1,15}\s*[〔\[【(（［]\s*(?:19|20)\d{2}\s*[〕\]】)）］]\s*\d+\s*号/g;

function fold(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/[—–－~～]/g, '-');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text rewriter for one template → new plan. Exported for tests and for the editor's "re-apply". */
export function makeRewriter(template: PlanDoc, opts: { district: string; period: Period }) {
  const old = template.meta.period;
  const offset = old ? opts.period.start - old.start : 0;
  const oldDistrict = template.meta.district?.trim() || null;
  const oldShort = oldDistrict ? districtShortName(oldDistrict) : null;
  const newDistrict = opts.district.trim();
  const newShort = districtShortName(newDistrict) ?? newDistrict;
  const city = template.meta.city ?? '';
  const ownTitles = new Set<string>();
  if (template.meta.title) {
    const t = fold(template.meta.title);
    ownTitles.add(t);
    if (city && t.startsWith(fold(city))) ownTitles.add(t.slice(fold(city).length));
    else if (city) ownTitles.add(fold(city) + t);
  }

  const inWindow = (y: number) => !!old && y >= old.start - 1 && y <= old.end + 1;

  const shiftYears = (s: string): string => {
    if (!old || offset === 0) return s;
    return s.replace(YEAR_RE, (all, a: string, b: string | undefined, nian: string | undefined) => {
      const y1 = Number(a);
      if (b !== undefined) {
        const y2 = Number(b);
        if (!(y1 <= old.end && y2 >= old.start)) return all; // does not overlap the template period
        const sep = all.slice(a.length, all.indexOf(b, a.length));
        const [n1, n2] = y1 === old.start && y2 === old.end ? [opts.period.start, opts.period.end] : [y1 + offset, y2 + offset];
        return `${n1}${sep}${n2}${nian ?? ''}`;
      }
      if (!nian) return all; // a bare number is not a year
      return inWindow(y1) ? `${y1 + offset}${nian}` : all;
    });
  };

  const districtRe = oldDistrict
    ? new RegExp(oldShort && oldShort !== oldDistrict ? `${escapeRe(oldDistrict)}|${escapeRe(oldShort)}` : escapeRe(oldDistrict), 'g')
    : null;
  const replaceDistrict = (s: string): string => {
    if (!districtRe || !oldDistrict || oldDistrict === newDistrict) return s;
    return s.replace(districtRe, (m: string, at: number, whole: string) => {
      if (m === oldDistrict) return newDistrict;
      // the short form: not where it is part of a place name (静安寺, 张江静安园)
      if (KEEP_AFTER_SHORT.test(whole.slice(at + m.length))) return m;
      return newShort;
    });
  };

  const plain = (s: string) => replaceDistrict(shiftYears(s));

  const namesOldDistrict = (q: string) => !!oldDistrict && oldDistrict !== newDistrict && (q.includes(oldDistrict) || (!!oldShort && q.includes(oldShort)));
  /** Whether a reference kept as written is worth the planner's look: the period moved, or it names the old district. */
  const flag = (q: string) => offset !== 0 || namesOldDistrict(q);
  const dated = (q: string) => new RegExp(YEAR).test(q) || FIVE_YEAR_ONE.test(q);

  /**
   * Rewrite free text: the plan's own years and the district, except inside references to other documents, which
   * are kept as written and returned (those worth flagging) in `refs`.
   */
  const scan = (s: string, ctx: { narrative?: boolean } = {}): { text: string; refs: { quote: string; kind: RefKind }[] } => {
    if (!s) return { text: s, refs: [] };
    const spans: { start: number; end: number; replace: string | null; kind: RefKind | null; quote?: string }[] = [];
    const free = (a: number, b: number) => !spans.some((x) => a < x.end && b > x.start);
    for (const m of s.matchAll(/《([^《》\n]*)》/g)) {
      const own = ownTitles.has(fold(m[1]));
      spans.push({ start: m.index!, end: m.index! + m[0].length, replace: own ? `《${plain(m[1])}》` : null, kind: own ? null : dated(m[1]) || namesOldDistrict(m[1]) ? 'title' : null });
    }
    for (const m of s.matchAll(DOC_NUMBER_RE)) {
      if (free(m.index!, m.index! + m[0].length)) spans.push({ start: m.index!, end: m.index! + m[0].length, replace: null, kind: 'doc-number' });
    }
    for (const m of s.matchAll(DATED_REF_RE)) {
      if (!m.groups?.issuer && !m.groups?.desig) continue;
      // 区政府2016年底前完成: a deadline of this plan's own, not a document
      if (!m.groups?.desig && /^\s*(?:底|前|内|末|以前|之前)/.test(s.slice(m.index! + m[0].length))) continue;
      if (free(m.index!, m.index! + m[0].length)) spans.push({ start: m.index!, end: m.index! + m[0].length, replace: null, kind: 'dated' });
    }
    for (const m of s.matchAll(FIVE_YEAR_RE)) {
      if (!free(m.index!, m.index! + m[0].length)) continue;
      // the template's own five-year period (静安 “十一五”规划, 2006–2010) is its frame: it moves with the period
      const p = fiveYearPeriod(m[0]);
      const own = !!old && offset !== 0 && !!p && p.start === old.start && p.end === old.end;
      spans.push({ start: m.index!, end: m.index! + m[0].length, replace: own ? fiveYearName(opts.period.start) : null, kind: own ? null : 'five-year' });
    }
    if (old) {
      for (const m of s.matchAll(YEAR_RE)) {
        if (m[2] === undefined) continue;
        const y1 = Number(m[1]);
        const y2 = Number(m[2]);
        const overlaps = y1 <= old.end && y2 >= old.start;
        const own = inWindow(y1) && inWindow(y2);
        const end = m.index! + m[0].length - (m[3]?.length ?? 0);
        if (overlaps && !own && free(m.index!, end)) spans.push({ start: m.index!, end, replace: null, kind: 'period' });
      }
    }
    if (old && offset !== 0) {
      // history: a year (or period) in a narrative of what was done is kept as written and flagged, never shifted
      for (const m of s.matchAll(YEAR_RE)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (!m[3] && m[2] === undefined) continue; // a bare number
        if (shiftYears(m[0]) === m[0] || !free(start, end)) continue; // not a year the frame would move
        let from = start;
        while (from > 0 && !SENTENCE_END.test(s[from - 1])) from--;
        let to = end;
        while (to < s.length && !SENTENCE_END.test(s[to])) to++;
        if (!ctx.narrative) {
          // the year's own clause states no target or plan ("计划2016年再建30块", "2017年前全部完成" are the frame) …
          let cs = start;
          while (cs > from && !CLAUSE_END.test(s[cs - 1])) cs--;
          let ce = end;
          while (ce < to && !CLAUSE_END.test(s[ce])) ce++;
          if (TARGET_RE.test(s.slice(cs, ce))) continue;
          // … and what it dates, up to the next year of the sentence, tells what was done ("截至2015年底，已完成8个
          // 停车场改造" keeps its 2015; the "2017年前全部完成" after it moves)
          YEAR_AHEAD.lastIndex = end;
          const next = YEAR_AHEAD.exec(s.slice(0, to));
          let upTo = next ? next.index : to;
          if (next) while (upTo > ce && !CLAUSE_END.test(s[upTo - 1])) upTo--;
          // (the first of the two it says decides: "2016年，力争建成…，已有规划…" is a target)
          const context = s.slice(cs, Math.max(ce, upTo));
          const past = context.search(PAST_RE);
          const target = context.search(TARGET_RE);
          if (past < 0 || (target >= 0 && target < past)) continue;
        }
        const tail = /^[^,，、:：()（）“”"《》]{0,8}/.exec(s.slice(end, to))![0];
        spans.push({ start, end, replace: null, kind: 'history', quote: (m[0] + tail).trim() });
      }
    }
    if (spans.length === 0) return { text: plain(s), refs: [] };
    spans.sort((a, b) => a.start - b.start);
    let out = '';
    let pos = 0;
    const refs: { quote: string; kind: RefKind }[] = [];
    for (const sp of spans) {
      const quote = sp.quote ?? s.slice(sp.start, sp.end);
      out += plain(s.slice(pos, sp.start)) + (sp.replace ?? s.slice(sp.start, sp.end));
      if (sp.kind && sp.replace === null && flag(quote) && !refs.some((r) => r.quote === quote)) refs.push({ quote, kind: sp.kind });
      pos = sp.end;
    }
    return { text: out + plain(s.slice(pos)), refs };
  };

  const text = (s: string): string => scan(s).text;

  const year = (y: number | null): number | null => (y !== null && inWindow(y) ? y + offset : y);

  return { text, scan, year, department: replaceDistrict, offset };
}

/** A new draft plan from a template plan. The template is not changed. */
export function planFromTemplate(template: PlanDoc, opts: TemplateOptions): PlanDoc {
  const rw = makeRewriter(template, opts);
  const structure = opts.mode === 'structure';
  const refs: TemplateRef[] = [];
  /** Rewrite one field, recording the references it keeps. */
  const field = (s: string, nodeId: string | null, name: string, narrative = false): string => {
    const r = rw.scan(s, { narrative });
    for (const x of r.refs) refs.push({ nodeId, field: name, quote: x.quote, kind: x.kind });
    return r.text;
  };

  const indicator = (id: string) => (i: Indicator, k: number): Indicator =>
    structure
      ? { name: rw.text(i.name), value: null, unit: i.unit, comparator: i.comparator, year: rw.year(i.year), text: '' }
      : { ...i, name: rw.text(i.name), year: rw.year(i.year), text: field(i.text, id, `indicators[${k}].text`) };
  const milestone = (id: string) => (m: Milestone, k: number): Milestone =>
    ({ year: rw.year(m.year)!, stage: m.stage, text: structure ? '' : field(m.text, id, `milestones[${k}].text`) });

  const copy = (inNarrative: boolean) => (n: PlanNode): PlanNode => {
    const id = newId();
    const narrative = inNarrative || isNarrativeHeading(n.heading);
    return {
      ...n,
      id,
      heading: field(n.heading, id, 'heading', narrative),
      body: structure ? '' : field(n.body, id, 'body', narrative),
      lead: n.lead.map(rw.department),
      partners: n.partners.map(rw.department),
      indicators: n.indicators.map(indicator(id)),
      milestones: n.milestones.map(milestone(id)),
      themes: [...n.themes],
      children: n.children.map(copy(narrative)),
      unreviewed: true,
    };
  };

  const m = template.meta;
  const title = opts.title?.trim() || field(m.title, null, 'meta.title');
  const preamble = structure ? '' : field(m.preamble, null, 'meta.preamble');
  const nodes = template.nodes.map(copy(false));
  return {
    format: FORMAT,
    meta: {
      title,
      district: opts.district,
      city: m.city,
      period: { start: opts.period.start, end: opts.period.end },
      issuer: m.issuer === null ? null : rw.department(m.issuer),
      docNumber: null,
      issuedOn: null,
      addressees: [...m.addressees],
      status: 'draft',
      source: null,
      basedOn: opts.templateId,
      notice: '',
      preamble,
      ...(refs.length ? { templateRefs: refs } : {}),
    },
    nodes,
  };
}

/**
 * An empty plan with the usual skeleton:
 * 一、总体要求 (（一）指导思想 （二）发展目标) / 二、主要任务 / 三、保障措施. Numbers are filled in (derived).
 */
export function blankPlan(opts: { title: string; district: string; period: Period }): PlanDoc {
  const nodes = [
    newNode('part', {
      heading: '总体要求',
      children: [newNode('section', { heading: '指导思想' }), newNode('section', { heading: '发展目标' })],
    }),
    newNode('part', { heading: '主要任务' }),
    newNode('part', { heading: '保障措施' }),
  ];
  return {
    format: FORMAT,
    meta: {
      title: opts.title,
      district: opts.district,
      city: null,
      period: { start: opts.period.start, end: opts.period.end },
      issuer: null,
      docNumber: null,
      issuedOn: null,
      addressees: [],
      status: 'draft',
      source: null,
      basedOn: null,
      notice: '',
      preamble: '',
    },
    nodes: applyNumbers(nodes),
  };
}
