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
 *   - A range shifts as a whole when it overlaps the template period itself (2014-2016 → 2027-2029) and stays
 *     when it does not ("行动计划(2011-2013)", the previous cycle). The range equal to the template period maps
 *     to the new period exactly (also when the new period has another length).
 *   - Indicator and milestone years (numeric fields) shift under the same window; outside it they stay
 *     (and lint reports them).
 *   - 五年规划 names (十二五, 十三五) and Chinese-numeral years (二○一五年) are not shifted.
 *
 * Citations stay as written — years and district alike:
 *   - 《…》 titles of other documents (《上海市推进智慧城市建设行动计划(2011-2013)》, 《静安区信息化发展“十二五”规划》),
 *     except the template's own title cited in its own text, which becomes the new title;
 *   - document numbers (沪府〔2020〕27号, also with [] 【】 () brackets).
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
import { FORMAT, type Indicator, type Milestone, type Period, type PlanDoc, type PlanNode } from './model/plan';
import { applyNumbers } from './numbering';
import { newId, newNode } from './tree';

export interface TemplateOptions {
  district: string;
  period: Period;
  mode: 'full' | 'structure';
  title?: string;
  templateId: string;
}

/** 杨浦区 → 杨浦, 浦东新区 → 浦东, 崇明县 → 崇明; null when nothing would be left. */
export function districtShortName(district: string): string | null {
  const m = /^(.{2,}?)(新区|区|县)$/.exec(district.trim());
  return m ? m[1] : district.trim().length >= 2 ? district.trim() : null;
}

const KEEP_AFTER_SHORT = /^(?:寺|公园|雕塑公园|园(?!区)|路|站|大桥|滨江|古镇|别墅|山|江|岛|湖)/;

const YEAR = '(?:19|20)\\d{2}';
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

  /** Rewrite free text: years and district, except inside citations. */
  const text = (s: string): string => {
    if (!s) return s;
    const spans: { start: number; end: number; replace: string | null }[] = [];
    for (const m of s.matchAll(/《([^《》\n]*)》/g)) {
      const own = ownTitles.has(fold(m[1]));
      spans.push({ start: m.index!, end: m.index! + m[0].length, replace: own ? `《${plain(m[1])}》` : null });
    }
    for (const m of s.matchAll(DOC_NUMBER_RE)) {
      if (!spans.some((x) => m.index! >= x.start && m.index! < x.end)) spans.push({ start: m.index!, end: m.index! + m[0].length, replace: null });
    }
    if (spans.length === 0) return plain(s);
    spans.sort((a, b) => a.start - b.start);
    let out = '';
    let pos = 0;
    for (const sp of spans) {
      out += plain(s.slice(pos, sp.start)) + (sp.replace ?? s.slice(sp.start, sp.end));
      pos = sp.end;
    }
    return out + plain(s.slice(pos));
  };

  const year = (y: number | null): number | null => (y !== null && inWindow(y) ? y + offset : y);

  return { text, year, department: replaceDistrict, offset };
}

/** A new draft plan from a template plan. The template is not changed. */
export function planFromTemplate(template: PlanDoc, opts: TemplateOptions): PlanDoc {
  const rw = makeRewriter(template, opts);
  const structure = opts.mode === 'structure';

  const indicator = (i: Indicator): Indicator =>
    structure
      ? { name: rw.text(i.name), value: null, unit: i.unit, comparator: i.comparator, year: rw.year(i.year), text: '' }
      : { ...i, name: rw.text(i.name), year: rw.year(i.year), text: rw.text(i.text) };
  const milestone = (m: Milestone): Milestone => ({ year: rw.year(m.year)!, stage: m.stage, text: structure ? '' : rw.text(m.text) });

  const copy = (n: PlanNode): PlanNode => ({
    ...n,
    id: newId(),
    heading: rw.text(n.heading),
    body: structure ? '' : rw.text(n.body),
    lead: n.lead.map(rw.department),
    partners: n.partners.map(rw.department),
    indicators: n.indicators.map(indicator),
    milestones: n.milestones.map(milestone),
    themes: [...n.themes],
    children: n.children.map(copy),
    unreviewed: true,
  });

  const m = template.meta;
  return {
    format: FORMAT,
    meta: {
      title: opts.title?.trim() || rw.text(m.title),
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
      preamble: structure ? '' : rw.text(m.preamble),
    },
    nodes: template.nodes.map(copy),
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
