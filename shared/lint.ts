/**
 * Checks on a plan, for the editor's problem list and for review. Pure and environment-free.
 *
 * Rules (id — severity — what fires):
 *
 * | rule                   | severity | fires on                                                                    |
 * |------------------------|----------|-----------------------------------------------------------------------------|
 * | empty-heading          | error    | a part, section, action, task or box (专栏) whose heading is empty            |
 * | doc-number-format      | error    | meta.docNumber not of the form 机关代字〔年份〕序号号 (杨府办发〔2016〕30号);   |
 * |                        |          | quick fix for [2016] 【2016】 (2016) （2016） and a leading 0 in the 序号        |
 * | task-no-lead           | warning  | a task with no lead department                                              |
 * | indicator-no-value     | warning  | an indicator without a value                                                |
 * | indicator-year         | warning  | an indicator whose year lies outside the plan period                        |
 * | milestone-year         | warning  | a milestone whose year lies outside the plan period                         |
 * | numbering-gap          | warning  | written numbers that skip (重点专项15 → 重点专项17), start above 1,          |
 * |                        |          | repeat, or go backwards (a new run starting at 1 is accepted)                |
 * | number-format          | info     | a written number with a stray colon or space (重点专项:16); fix: without it   |
 * | unmatched-bracket      | warning  | () （） 【】 〔〕 “” ‘’ 《》 without their partner, per paragraph               |
 * | halfwidth-punct        | info     | , . : ; ( ) in Chinese text; fix: ， 。 ： ； （ ）                          |
 * | template-reference     | warning  | a dated reference to another document a template copy kept as written       |
 * |                        |          | (meta.templateRefs: 文号, 《…(2011-2013)》, 市委2014年一号课题, 十二五) while it   |
 * |                        |          | is still in its field; resolved by editing it or dismissing (dismissTemplateRef) |
 * | item-no-lead           | warning  | an item without lead department among sibling items that name theirs, with  |
 * |                        |          | no lead on any ancestor either (the document gives leads per item there)    |
 * | target-year            | warning  | a target written in the text (到2020年 / 至2020年底 / 2020年底前 / 2020年前 /  |
 * |                        |          | 2020年完成…) whose year lies outside the plan period                          |
 *
 * The problem list shows `groupFindings(lintPlan(doc))`: the half-width punctuation of one node (or of the
 * plan's metadata) is one hint there, with one fix for all of it (`members`); the editor's markers keep the
 * single findings.
 *
 * Half-width punctuation is "in Chinese text" when the character next to it (spaces skipped) is a Han
 * character or Chinese punctuation. Not flagged: a mark between two digits (4.0, 1,000, 10:30), a . after
 * a digit or Latin letter (1.1, "1.营造" list numbers, i-shanghai 2.0), runs of dots, URLs and e-mail
 * addresses, and Latin-only text. Brackets go by pairs: a half-width pair is flagged (both halves) when
 * it holds Chinese or touches it ("(2014-2016)" after 方案, "(4G)" after 通信).
 *
 * Texts checked for punctuation and brackets: each node's heading and body; meta.title, meta.preamble and
 * meta.notice. Ranges are UTF-16 offsets into that field (`text.slice(start, end)`).
 */
import type { PlanDoc, PlanNode } from './model/plan';
import { numberingEntries, readNumber } from './numbering';

export type Severity = 'error' | 'warning' | 'info';

export type LintRule =
  | 'empty-heading'
  | 'doc-number-format'
  | 'task-no-lead'
  | 'indicator-no-value'
  | 'indicator-year'
  | 'milestone-year'
  | 'numbering-gap'
  | 'number-format'
  | 'unmatched-bracket'
  | 'halfwidth-punct'
  | 'template-reference'
  // planners' hints (issue 17)
  | 'item-no-lead'
  | 'target-year';

export interface Finding {
  /** Stable for the same problem at the same place: rule|node|field|offset. */
  id: string;
  rule: LintRule;
  severity: Severity;
  /** null for plan-level findings (meta.*). */
  nodeId: string | null;
  /** 'heading', 'body', 'number', 'lead', 'indicators[0]', 'milestones[3]', 'meta.title', 'meta.docNumber', … */
  field: string;
  /** Chinese. */
  message: string;
  messageEn: string;
  range?: { start: number; end: number };
  /** Replace `range` of `field` by `replacement` (range required). `labelEn` for the English interface. */
  fix?: { label: string; labelEn?: string; replacement: string };
  /** A grouped finding (groupFindings): the single findings it stands for; its fix applies all of theirs. */
  members?: Finding[];
}

const RULE_SEVERITY: Record<LintRule, Severity> = {
  'empty-heading': 'error',
  'doc-number-format': 'error',
  'task-no-lead': 'warning',
  'indicator-no-value': 'warning',
  'indicator-year': 'warning',
  'milestone-year': 'warning',
  'numbering-gap': 'warning',
  'number-format': 'info',
  'unmatched-bracket': 'warning',
  'halfwidth-punct': 'info',
  'template-reference': 'warning',
  'item-no-lead': 'warning',
  'target-year': 'warning',
};

const KIND_ZH: Record<PlanNode['kind'], string> = { part: '部分', section: '节', action: '行动', task: '任务', item: '事项', appendix: '附件', box: '专栏' };

function finding(rule: LintRule, nodeId: string | null, field: string, message: string, messageEn: string, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${rule}|${nodeId ?? 'doc'}|${field}|${extra.range ? extra.range.start : ''}`,
    rule,
    severity: RULE_SEVERITY[rule],
    nodeId,
    field,
    message,
    messageEn,
    ...extra,
  };
}

// --- characters ------------------------------------------------------------------------------

/** Han, CJK symbols and punctuation (、。〈〉《》「」【】〔〕…), full-width forms, “”‘’, …, —. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014
  );
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;

/** Code of the nearest non-space character before `i` on the same line, or -1. */
function prevCode(t: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = t.charCodeAt(k);
    if (c === 0x0a) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}
function nextCode(t: string, i: number): number {
  for (let k = i + 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x0a) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}

const FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '(': '（', ')': '）' };
const FULL_OF: Record<string, string> = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h]));
const NAMES: Record<string, [string, string]> = {
  ',': ['逗号', 'comma'], '.': ['句号', 'full stop'], ':': ['冒号', 'colon'], ';': ['分号', 'semicolon'],
  '(': ['左括号', 'opening bracket'], ')': ['右括号', 'closing bracket'],
};

const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff65“”‘’]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;

/** Mask of positions inside URLs / e-mail addresses (null when there are none). */
function urlMask(t: string): Uint8Array | null {
  if (!/[@:w]/i.test(t)) return null;
  let mask: Uint8Array | null = null;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(t); m; m = URL_RE.exec(t)) {
    mask ??= new Uint8Array(t.length);
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/** Half-width , . : ; ( ) in Chinese text. */
export function halfWidthPunctuation(t: string): { start: number; char: string }[] {
  const out: { start: number; char: string }[] = [];
  if (!/[,.:;()]/.test(t)) return out;
  const mask = urlMask(t);
  // bracket pairs (per line), decided as pairs
  const parenFlag = new Map<number, boolean>();
  const stack: number[] = [];
  const closePair = (open: number, close: number) => {
    let cjk = isCjk(prevCode(t, open)) || isCjk(nextCode(t, close));
    for (let k = open + 1; !cjk && k < close; k++) if (isHan(t.charCodeAt(k))) cjk = true;
    parenFlag.set(open, cjk);
    parenFlag.set(close, cjk);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) stack.length = 0;
    else if (c === 0x28 && !mask?.[i]) stack.push(i);
    else if (c === 0x29 && !mask?.[i] && stack.length) closePair(stack.pop()!, i);
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 0x2c && c !== 0x2e && c !== 0x3a && c !== 0x3b && c !== 0x28 && c !== 0x29) continue;
    if (mask?.[i]) continue;
    const p = prevCode(t, i);
    const n = nextCode(t, i);
    let flag = false;
    switch (c) {
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
        flag = (isCjk(p) || isCjk(n)) && !(isDigit(p) && isDigit(n));
        break;
      case 0x2e: { // .
        const runs = t.charCodeAt(i - 1) === 0x2e || t.charCodeAt(i + 1) === 0x2e;
        flag = !runs && isCjk(p) && !isDigit(n) && !isLatin(n);
        break;
      }
      case 0x28:
      case 0x29:
        flag = parenFlag.has(i) ? parenFlag.get(i)! : isCjk(p) || isCjk(n);
        break;
    }
    if (flag) out.push({ start: i, char: t[i] });
  }
  return out;
}

const PAIR_OF: Record<string, string> = { '(': ')', '（': '）', '【': '】', '〔': '〕', '“': '”', '‘': '’', '《': '》', ')': '(', '）': '（', '】': '【', '〕': '〔', '”': '“', '’': '‘', '》': '《' };

/** +class for an opening bracket/quote, −class for a closing one, 0 otherwise. ( and （ share a class. */
function bracketClass(c: number): number {
  switch (c) {
    case 0x28: case 0xff08: return 1; // ( （
    case 0x29: case 0xff09: return -1; // ) ）
    case 0x3010: return 2; // 【
    case 0x3011: return -2; // 】
    case 0x3014: return 3; // 〔
    case 0x3015: return -3; // 〕
    case 0x201c: return 4; // “
    case 0x201d: return -4; // ”
    case 0x2018: return 5; // ‘
    case 0x2019: return -5; // ’
    case 0x300a: return 6; // 《
    case 0x300b: return -6; // 》
    default: return 0;
  }
}

/** Brackets and quotes without a partner, per paragraph (line). ( and （ pair with either width. */
export function unmatchedBrackets(t: string): { start: number; char: string }[] {
  const out: { start: number; char: string }[] = [];
  const stackPos: number[] = [];
  const stackCls: number[] = [];
  const flush = () => {
    for (const i of stackPos) out.push({ start: i, char: t[i] });
    stackPos.length = 0;
    stackCls.length = 0;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) { flush(); continue; }
    const cls = bracketClass(c);
    if (cls === 0) continue;
    // apostrophes inside Latin words (Shanghai’s) are not quotes
    if ((cls === 5 || cls === -5) && isLatin(t.charCodeAt(i - 1)) && isLatin(t.charCodeAt(i + 1))) continue;
    if (cls > 0) { stackPos.push(i); stackCls.push(cls); continue; }
    let k = stackCls.length - 1;
    while (k >= 0 && stackCls[k] !== -cls) k--;
    if (k < 0) { out.push({ start: i, char: t[i] }); continue; }
    // everything opened after the partner is unmatched
    for (let j = k + 1; j < stackPos.length; j++) out.push({ start: stackPos[j], char: t[stackPos[j]] });
    stackPos.length = k;
    stackCls.length = k;
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

// --- document number ---------------------------------------------------------------------------

export const DOC_NUMBER_RE = /^[^〔〕\[\]【】]+〔\d{4}〕[1-9]\d*[号號]$/;

/** The 〔〕 form of a document number written with [] 【】 () （） ［］ or a leading 0, or null. */
export function fixDocNumber(s: string): string | null {
  const m = /^\s*([^〔〕\[\]【】()（）［］]+?)\s*[\[【(（〔［]\s*(\d{4})\s*[\]】)）〕］]\s*0*([1-9]\d*)\s*号\s*$/.exec(s);
  if (!m) return null;
  const fixed = `${m[1]}〔${m[2]}〕${m[3]}号`;
  return DOC_NUMBER_RE.test(fixed) && fixed !== s ? fixed : null;
}

// --- the linter --------------------------------------------------------------------------------

function textFindings(out: Finding[], nodeId: string | null, field: string, text: string): void {
  if (!text) return;
  for (const p of halfWidthPunctuation(text)) {
    const [zh, en] = NAMES[p.char];
    out.push(finding('halfwidth-punct', nodeId, field, `中文中使用了半角${zh}“${p.char}”,应为全角“${FULL[p.char]}”`, `Half-width ${en} "${p.char}" in Chinese text; use "${FULL[p.char]}"`, {
      range: { start: p.start, end: p.start + 1 },
      fix: { label: `改为“${FULL[p.char]}”`, labelEn: `Change to "${FULL[p.char]}"`, replacement: FULL[p.char] },
    }));
  }
  for (const u of unmatchedBrackets(text)) {
    const partner = PAIR_OF[u.char];
    const opening = bracketClass(u.char.charCodeAt(0)) > 0;
    out.push(finding('unmatched-bracket', nodeId, field,
      opening ? `“${u.char}”没有对应的“${partner}”` : `“${u.char}”前面没有对应的“${partner}”`,
      opening ? `"${u.char}" is never closed ("${partner}" missing)` : `"${u.char}" has no opening "${partner}"`,
      { range: { start: u.start, end: u.start + 1 } }));
  }
}

/** A bullet written as the number (•, ·, ●, ▪, -, —): not worth quoting in a message. */
function isBullet(number: string): boolean {
  return /^[\s•·●○▪■◆◇\-—–*]+$/.test(number);
}

/**
 * Years written as a target: 到2020年 / 至2020年底 / 到2020年末, 2020年底前 / 2020年前 / 2020年以前,
 * 2020年(底)(基本)完成 / 实现 / 建成 / 达到 / 形成. A year alone (2020年, 2014—2016年) is no target, nor a value at a
 * time (增长到2005年底的100%).
 */
const TARGET_RE = /(?:到|至|截至|截止到?)\s*((?:19|20|21)\d{2})\s*年(?:底|末)?(?![底末的])|((?:19|20|21)\d{2})\s*年(?:底|末)?(?:以前|之前|前(?![一二三四五六七八九十两\d]))|((?:19|20|21)\d{2})\s*年(?:底|末)?(?:前)?(?:基本)?(?:完成|实现|建成|达到|形成)/g;
export function targetYears(t: string): { year: number; start: number; text: string }[] {
  const out: { year: number; start: number; text: string }[] = [];
  if (!t || !/\d{4}/.test(t)) return out;
  TARGET_RE.lastIndex = 0;
  for (let m = TARGET_RE.exec(t); m; m = TARGET_RE.exec(t)) {
    // the year of a range (2014—2016年) is no target year on its own
    const y = m[1] ?? m[2] ?? m[3];
    const yAt = m.index + m[0].indexOf(y);
    if (/[—–\-~～至到]\s*$/.test(t.slice(Math.max(0, yAt - 2), yAt)) && !m[1]) continue;
    out.push({ year: Number(y), start: m.index, text: m[0] });
  }
  return out;
}

/**
 * The problem list's view of the findings: the half-width punctuation findings of one node (or of the plan's
 * metadata) become one finding whose `members` are the single ones and whose fix applies all of them. Other
 * findings pass unchanged, in their order (a group stands where its first member stood).
 */
export function groupFindings(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.rule !== 'halfwidth-punct') continue;
    const k = f.nodeId ?? 'doc';
    const g = groups.get(k);
    if (g) g.push(f); else groups.set(k, [f]);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.rule !== 'halfwidth-punct') { out.push(f); continue; }
    const members = groups.get(f.nodeId ?? 'doc')!;
    if (members[0] !== f) continue;
    if (members.length === 1) { out.push(f); continue; }
    const chars = [...new Set(members.map((m) => (m.range ? FULL_OF[m.fix!.replacement] ?? '' : '')))].join(' ');
    out.push({
      ...f,
      id: `halfwidth-punct|${f.nodeId ?? 'doc'}|*`,
      message: `有 ${members.length} 处半角标点“${chars}”,应改为全角`,
      messageEn: `${members.length} half-width punctuation marks "${chars}" in Chinese text; use full-width`,
      fix: { label: `全部改为全角(${members.length})`, labelEn: `Change all ${members.length} to full-width`, replacement: '' },
      members,
    });
  }
  return out;
}

function inPeriod(year: number, period: { start: number; end: number }): boolean {
  return year >= period.start && year <= period.end;
}

function numberingFindings(out: Finding[], nodes: PlanNode[]): void {
  const runs = new Map<string, { node: PlanNode; n: number; written: string }[]>();
  for (const e of numberingEntries(nodes)) {
    const w = e.written;
    // number-format: a stray colon or space inside the written number
    if (w.ordinal !== null && /^.+?[\s:：]+.*[0-9一二三四五六七八九十]/.test(e.node.number.trim())) {
      const clean = e.node.number.trim().replace(/[\s:：]+(?=[0-9０-９一二三四五六七八九十百〇零两])/g, '');
      if (clean !== e.node.number && readNumber(clean).ordinal === w.ordinal) {
        out.push(finding('number-format', e.node.id, 'number', `编号“${e.node.number}”中有多余的符号`, `Stray character in the number "${e.node.number}"`, {
          range: { start: 0, end: e.node.number.length },
          fix: { label: `改为“${clean}”`, labelEn: `Change to "${clean}"`, replacement: clean },
        }));
      }
    }
    if (!e.runKey || w.ordinal === null) continue;
    const k = `${e.runKey}|${w.style}|${w.label ?? ''}`;
    let run = runs.get(k);
    if (!run) runs.set(k, (run = []));
    run.push({ node: e.node, n: w.ordinal, written: e.node.number });
  }
  for (const run of runs.values()) {
    let prev: { node: PlanNode; n: number; written: string } | null = null;
    for (const cur of run) {
      const expected = prev ? prev.n + 1 : 1;
      if (cur.n === expected || (prev && cur.n === 1)) { prev = cur; continue; }
      const at = `“${cur.written}”`;
      if (cur.n > expected) {
        const missing = cur.n - 1 === expected ? `${expected}` : `${expected}–${cur.n - 1}`;
        out.push(finding('numbering-gap', cur.node.id, 'number',
          prev ? `编号不连续:“${prev.written}”之后是${at},缺少第 ${missing} 号` : `编号从${at}开始,缺少第 ${missing} 号`,
          prev ? `Numbering gap: "${prev.written}" is followed by "${cur.written}" (missing ${missing})` : `Numbering starts at "${cur.written}" (missing ${missing})`));
      } else if (prev && cur.n === prev.n) {
        out.push(finding('numbering-gap', cur.node.id, 'number', `编号重复:${at}出现两次`, `Duplicate number "${cur.written}"`));
      } else {
        out.push(finding('numbering-gap', cur.node.id, 'number', `编号倒序:“${prev!.written}”之后是${at}`, `Numbering goes backwards: "${prev!.written}" then "${cur.written}"`));
      }
      prev = cur;
    }
  }
}

export function lintPlan(doc: PlanDoc): Finding[] {
  const out: Finding[] = [];
  const meta = doc.meta;
  const period = meta.period;

  // plan-level
  textFindings(out, null, 'meta.title', meta.title);
  textFindings(out, null, 'meta.preamble', meta.preamble);
  textFindings(out, null, 'meta.notice', meta.notice);
  if (meta.docNumber !== null && meta.docNumber !== '' && !DOC_NUMBER_RE.test(meta.docNumber)) {
    const fixed = fixDocNumber(meta.docNumber);
    out.push(finding('doc-number-format', null, 'meta.docNumber',
      `发文字号“${meta.docNumber}”格式不符合 GB/T 9704:应为“机关代字〔年份〕序号号”,如“杨府办发〔2016〕30号”`,
      `Document number "${meta.docNumber}" does not follow GB/T 9704 (agency code〔year〕serial号, e.g. 杨府办发〔2016〕30号)`,
      { range: { start: 0, end: meta.docNumber.length }, ...(fixed ? { fix: { label: `改为“${fixed}”`, labelEn: `Change to "${fixed}"`, replacement: fixed } } : {}) }));
  }

  // nodes
  const visit = (list: PlanNode[], ancestorLead: boolean): void => {
    // item-no-lead: only where the document names leads per item (a sibling item has one)
    const itemsHaveLeads = !ancestorLead && list.some((c) => c.kind === 'item' && c.lead.length > 0);
    for (const n of list) {
      if ((n.kind === 'part' || n.kind === 'section' || n.kind === 'action' || n.kind === 'task' || n.kind === 'box') && !n.heading.trim()) {
        out.push(finding('empty-heading', n.id, 'heading', `${KIND_ZH[n.kind]}${n.number ? `“${n.number}”` : ''}没有标题`, `${n.kind}${n.number ? ` "${n.number}"` : ''} has no heading`));
      }
      if (n.kind === 'task' && n.lead.length === 0) {
        out.push(finding('task-no-lead', n.id, 'lead', `任务${n.number ? `“${n.number}”` : ''}没有牵头部门`, `Task${n.number ? ` "${n.number}"` : ''} has no lead department`));
      }
      if (n.kind === 'item' && itemsHaveLeads && n.lead.length === 0) {
        out.push(finding('item-no-lead', n.id, 'lead', `事项${n.number && !isBullet(n.number) ? `“${n.number}”` : ''}没有牵头单位(同级事项都写明了牵头单位)`, `Item${n.number && !isBullet(n.number) ? ` "${n.number}"` : ''} has no lead department (its sibling items name theirs)`));
      }
      if (period) {
        for (const field of ['heading', 'body'] as const) {
          for (const y of targetYears(n[field])) {
            if (inPeriod(y.year, period)) continue;
            out.push(finding('target-year', n.id, field, `目标年份 ${y.year} 不在规划期 ${period.start}–${period.end} 内:“${y.text}”`, `Target year ${y.year} is outside the plan period ${period.start}–${period.end}: "${y.text}"`, { range: { start: y.start, end: y.start + y.text.length } }));
          }
        }
      }
      n.indicators.forEach((ind, i) => {
        const field = `indicators[${i}]`;
        if (ind.value === null) {
          out.push(finding('indicator-no-value', n.id, field, `指标“${ind.name}”没有目标值`, `Indicator "${ind.name}" has no target value`));
        }
        if (period && ind.year !== null && !inPeriod(ind.year, period)) {
          out.push(finding('indicator-year', n.id, field, `指标“${ind.name}”的年份 ${ind.year} 不在规划期 ${period.start}–${period.end} 内`, `Indicator "${ind.name}": year ${ind.year} is outside the plan period ${period.start}–${period.end}`));
        }
      });
      if (period) {
        n.milestones.forEach((m, i) => {
          if (!inPeriod(m.year, period)) {
            out.push(finding('milestone-year', n.id, `milestones[${i}]`, `进度安排的年份 ${m.year} 不在规划期 ${period.start}–${period.end} 内`, `Milestone year ${m.year} is outside the plan period ${period.start}–${period.end}`));
          }
        });
      }
      textFindings(out, n.id, 'heading', n.heading);
      textFindings(out, n.id, 'body', n.body);
      visit(n.children, ancestorLead || n.lead.length > 0);
    }
  };
  visit(doc.nodes, false);
  numberingFindings(out, doc.nodes);
  templateRefFindings(out, doc);
  return out;
}

// --- template-reference (references a template copy kept as written; shared/template.ts) --------------------

/** The text of a field a template reference points at ('meta.preamble', 'body', 'indicators[0].text' …), or null. */
function refFieldText(doc: PlanDoc, nodeId: string | null, field: string): string | null {
  if (nodeId === null) {
    const v = (doc.meta as unknown as Record<string, unknown>)[field.replace(/^meta\./, '')];
    return typeof v === 'string' ? v : null;
  }
  let node: PlanNode | null = null;
  const find = (list: PlanNode[]) => { for (const n of list) { if (node) return; if (n.id === nodeId) node = n; else find(n.children); } };
  find(doc.nodes);
  const n = node as PlanNode | null;
  if (!n) return null;
  if (field === 'heading' || field === 'body') return n[field];
  const m = /^(indicators|milestones)\[(\d+)\]\.text$/.exec(field);
  return m ? (n[m[1] as 'indicators' | 'milestones'][Number(m[2])]?.text ?? null) : null;
}

const REF_WHAT: Record<string, [string, string]> = {
  'doc-number': ['文号', 'document number'],
  title: ['带年份的文件名', 'dated title'],
  dated: ['带年份的文件', 'dated document'],
  'five-year': ['五年规划', 'five-year plan'],
  period: ['其他规划的期限', "another plan's period"],
};

/**
 * Full-width forms and 。 folded to ASCII, one UTF-16 unit for one (offsets stay valid): a reference is still itself
 * after 全部修复半角标点 turned its (2011-2013) into （2011-2013）— a mechanical fix resolves nothing.
 */
function foldWidth(t: string): string {
  return t.replace(/[\uff01-\uff5e\u3002]/g, (c) => (c === '\u3002' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function templateRefFindings(out: Finding[], doc: PlanDoc): void {
  for (const r of doc.meta.templateRefs ?? []) {
    const text = refFieldText(doc, r.nodeId, r.field);
    const at = text === null ? -1 : foldWidth(text).indexOf(foldWidth(r.quote));
    if (at < 0) continue; // edited away: resolved
    const [zh, en] = REF_WHAT[r.kind] ?? ['引用', 'reference'];
    const period = doc.meta.period ? `${doc.meta.period.start}–${doc.meta.period.end}` : '';
    out.push(finding('template-reference', r.nodeId, r.field,
      `模板沿用的${zh}“${r.quote}”未随规划期${period ? ` ${period} ` : ''}改动,请核对:修改引用,或确认保留`,
      `The ${en} "${r.quote}" was kept as written from the template; check it against the plan period${period ? ` ${period}` : ''}: edit it, or keep it`,
      { range: { start: at, end: at + r.quote.length } }));
  }
}

/**
 * What is still to be looked at before a draft leaves the planner (export, 提交审阅): nodes still 未复核 and
 * references kept from the template that are neither edited nor dismissed.
 */
export function reviewGaps(doc: PlanDoc): { unreviewed: number; references: number } {
  let unreviewed = 0;
  const rec = (list: PlanNode[]) => { for (const n of list) { if (n.unreviewed) unreviewed++; rec(n.children); } };
  rec(doc.nodes);
  const refs: Finding[] = [];
  templateRefFindings(refs, doc);
  return { unreviewed, references: refs.length };
}

/** Dismiss a 'template-reference' finding (the planner keeps the reference as written): its entry leaves meta.templateRefs. */
export function dismissTemplateRef(doc: PlanDoc, f: Finding): PlanDoc {
  const refs = doc.meta.templateRefs;
  if (f.rule !== 'template-reference' || !refs || !f.range) return doc;
  const text = refFieldText(doc, f.nodeId, f.field);
  if (text === null) return doc;
  const quote = foldWidth(text.slice(f.range.start, f.range.end));
  const rest = refs.filter((r) => !(r.nodeId === f.nodeId && r.field === f.field && foldWidth(r.quote) === quote));
  if (rest.length === refs.length) return doc;
  const { templateRefs: _t, ...meta } = doc.meta;
  return { ...doc, meta: rest.length ? { ...meta, templateRefs: rest } : meta };
}

/** Apply a finding's quick fix to a copy of the plan (the input is not changed). */
export function applyFix(doc: PlanDoc, f: Finding): PlanDoc {
  if (f.members) return applyFixes(doc, f.members);
  if (!f.fix || !f.range) return doc;
  const { start, end } = f.range;
  const edit = (s: string) => s.slice(0, start) + f.fix!.replacement + s.slice(end);
  if (f.nodeId === null) {
    const key = f.field.replace(/^meta\./, '') as 'title' | 'preamble' | 'notice' | 'docNumber';
    const cur = doc.meta[key];
    if (typeof cur !== 'string') return doc;
    return { ...doc, meta: { ...doc.meta, [key]: edit(cur) } };
  }
  if (f.field !== 'heading' && f.field !== 'body' && f.field !== 'number') return doc;
  const field = f.field;
  const rec = (list: PlanNode[]): PlanNode[] => {
    let changed = false;
    const out = list.map((n) => {
      if (n.id === f.nodeId) { changed = true; return { ...n, [field]: edit(n[field]) }; }
      const children = rec(n.children);
      if (children === n.children) return n;
      changed = true;
      return { ...n, children };
    });
    return changed ? out : list;
  };
  return { ...doc, nodes: rec(doc.nodes) };
}

/**
 * Apply every quick fix of one rule (or all rules) at once. Fixes are applied from the end of each field
 * backwards so that the offsets of the others stay valid; fixes of the same field must not overlap.
 */
export function applyFixes(doc: PlanDoc, findings: Finding[]): PlanDoc {
  const todo = findings.flatMap((f) => f.members ?? [f]).filter((f) => f.fix && f.range).sort((a, b) => b.range!.start - a.range!.start);
  return todo.reduce((d, f) => applyFix(d, f), doc);
}
