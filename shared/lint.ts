/**
 * Checks on a plan, for the editor's problem list and for review. Pure and environment-free.
 *
 * Rules (id — severity — what fires):
 *
 * | rule                   | severity | fires on                                                                    |
 * |------------------------|----------|-----------------------------------------------------------------------------|
 * | empty-heading          | error    | a part, section, action, task or box (专栏) whose heading is empty            |
 * | plan-no-title          | warning  | meta.title empty (a notice excerpt or a page imported without its title):    |
 * |                        |          | Word, PDF and Markdown print （无标题） in its place                          |
 * | doc-number-format      | error    | meta.docNumber not of the form 机关代字〔年份〕序号号 (杨府办发〔2016〕30号);   |
 * |                        |          | quick fix for [2016] 【2016】 (2016) （2016） and a leading 0 in the 序号        |
 * | task-no-lead           | warning  | a task with no lead department                                              |
 * | indicator-no-value     | warning  | an indicator without a value                                                |
 * | indicator-year         | warning  | an indicator whose year lies outside the plan period                        |
 * | milestone-year         | warning  | a milestone whose year lies outside the plan period                         |
 * | milestone-duplicate    | warning  | a milestone entered again on its node (same year, stage and text): the Word  |
 * |                        |          | and Markdown exports print it twice and a re-import reads it once; fix:     |
 * |                        |          | remove it                                                                    |
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
 * | field-line-stale       | warning  | a field line of the body (责任单位：… / 年度节点：… / 指标：…) its field no      |
 * |                        |          | longer holds (changed in the field forms); fix: the line from the field      |
 * |                        |          | (the exports print that line already: shared/fieldtext.ts)            |
 * | indicator-text         | warning  | an indicator whose value, unit or comparator a sentence of the node gives    |
 * |                        |          | otherwise (指标“5G基站”为200个，正文写作120个); fix: the figure in the text     |
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
import { NODE_KIND_ZH, type PlanDoc, type PlanNode } from './model/plan';
import { numberingEntries, readNumber } from './numbering';
import { finding, type Finding } from './lint-finding';
import { bracketClass, DOC_NUMBER_RE, fixDocNumber, FULL, FULL_OF, halfWidthPunctuation, NAMES, PAIR_OF, unmatchedBrackets } from './lint-text';
import { templateRefFindings } from './lint-fixes';
import { periodText } from './model/period';
import { groupLeads, staleFieldLines, staleIndicators, withRecordedStatements } from './fieldtext';

export type { Finding, LintRule, Severity } from './lint-finding';
export { DOC_NUMBER_RE, fixDocNumber, halfWidthPunctuation, unmatchedBrackets } from './lint-text';
export { applyFix, applyFixes, dismissTemplateRef, reviewGaps } from './lint-fixes';

const KIND_ZH = NODE_KIND_ZH;

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

/**
 * Findings on the numbers as written in the text (the panel labels a node by its shown, derived number, so these
 * say 原文编号: the written one is what they are about).
 */
function numberingFindings(out: Finding[], entries: ReturnType<typeof numberingEntries>): void {
  const runs = new Map<string, { node: PlanNode; n: number; written: string }[]>();
  for (const e of entries) {
    const w = e.written;
    // number-format: a stray colon or space inside the written number
    if (w.ordinal !== null && /^.+?[\s:：]+.*[0-9一二三四五六七八九十]/.test(e.node.number.trim())) {
      const clean = e.node.number.trim().replace(/[\s:：]+(?=[0-9０-９一二三四五六七八九十百〇零两])/g, '');
      if (clean !== e.node.number && readNumber(clean).ordinal === w.ordinal) {
        out.push(finding('number-format', e.node.id, 'number', `原文编号“${e.node.number}”中有多余的符号`, `Stray character in the written number "${e.node.number}"`, {
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
          prev ? `原文编号不连续:“${prev.written}”之后是${at},缺少第 ${missing} 号` : `原文编号从${at}开始,缺少第 ${missing} 号`,
          prev ? `Written numbering gap: "${prev.written}" is followed by "${cur.written}" (missing ${missing})` : `Written numbering starts at "${cur.written}" (missing ${missing})`));
      } else if (prev && cur.n === prev.n) {
        out.push(finding('numbering-gap', cur.node.id, 'number', `原文编号重复:${at}出现两次`, `Duplicate written number "${cur.written}"`));
      } else {
        out.push(finding('numbering-gap', cur.node.id, 'number', `原文编号倒序:“${prev!.written}”之后是${at}`, `Written numbering goes backwards: "${prev!.written}" then "${cur.written}"`));
      }
      prev = cur;
    }
  }
}

const FIELD_ZH = { departments: '牵头和配合单位', milestones: '年度节点', indicators: '指标' } as const;
const COMPARATOR_ZH: Record<string, string> = { '>=': '不低于', '<=': '不高于', '>': '高于', '<': '低于', '~': '约', '=': '为' };
const COMPARATOR_EN: Record<string, string> = { '>=': 'at least ', '<=': 'at most ', '>': 'over ', '<': 'under ', '~': 'about ', '=': '' };
const fmtValue = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

/** Fields and the text that states them: a stale field line, a sentence giving an indicator another figure. */
function fieldTextFindings(out: Finding[], n: PlanNode, group: string[] | null = null): void {
  for (const s of staleFieldLines(n, group)) {
    const label = s.line.length > 24 ? `${s.line.slice(0, 24)}…` : s.line;
    // (the words the line says beyond the field stay, each a line after it: "每季度报送进展")
    const written = [s.current ?? '', ...s.keep].filter(Boolean).join('\n');
    const fix = s.others ? {} : { fix: written ? { label: `改为“${written.length > 30 ? `${written.slice(0, 30)}…` : written}”`, labelEn: s.current ? 'Write the line from the fields' : 'Keep only the words that name no field', replacement: written } : { label: '删除此行', labelEn: 'Delete the line', replacement: '' } };
    out.push(finding('field-line-stale', n.id, 'body',
      `正文中的“${label}”与${FIELD_ZH[s.field]}不一致（导出按${FIELD_ZH[s.field]}${s.current ? `印作“${s.current}”` : '不印此行'}）`,
      `The line "${label}" in the text no longer matches the ${s.field} (exports print ${s.current ? `"${s.current}"` : 'no such line'})`,
      { range: { start: s.start, end: s.end }, ...fix }));
  }
  for (const s of staleIndicators(n)) {
    const i = s.indicator;
    const w = s.written;
    const entered = `${COMPARATOR_ZH[i.comparator]}${fmtValue(i.value!)}${i.unit}`;
    const written = `${fmtValue(w.value!)}${w.unit}`;
    // the figure alone can be put right in the text when unit and comparator agree
    const fixable = s.at >= 0 && w.unit === i.unit && w.comparator === i.comparator;
    out.push(finding('indicator-text', n.id, fixable ? 'body' : `indicators[${s.index}]`,
      `指标“${i.name}”${entered}，正文写作${written}`,
      `Indicator "${i.name}" is ${COMPARATOR_EN[i.comparator] ?? ''}${fmtValue(i.value!)}${i.unit}; the text says ${written}`,
      fixable ? { range: { start: s.at, end: s.at + s.writtenValue.length }, fix: { label: `正文改为${fmtValue(i.value!)}`, labelEn: `Change the text to ${fmtValue(i.value!)}`, replacement: fmtValue(i.value!) } } : {}));
  }
}

export function lintPlan(doc: PlanDoc): Finding[] {
  // (a plan imported before the import recorded what its texts stated is read as it always was)
  doc = withRecordedStatements(doc);
  const out: Finding[] = [];
  const meta = doc.meta;
  const period = meta.period;

  // plan-level
  if (!meta.title.trim()) {
    out.push(finding('plan-no-title', null, 'meta.title', '计划没有标题:导出的 Word、PDF 和 Markdown 将在标题处印“（无标题）”,请在计划信息中填写标题',
      'The plan has no title: the Word, PDF and Markdown exports print "（无标题）" in its place; enter it under plan details'));
  }
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

  // nodes: named by the number the editor and the 检查 panel show (derived), not the one written in the text
  const entries = numberingEntries(doc.nodes);
  const shown = new Map(entries.map((e) => [e.node.id, e.number]));
  // (the lead a heading above gives its tasks, "一、区发展改革局牵头工作": their departments lines are read with it)
  const groups = groupLeads(doc.nodes);
  const visit = (list: PlanNode[], ancestorLead: boolean): void => {
    // item-no-lead: only where the document names leads per item (a sibling item has one)
    const itemsHaveLeads = !ancestorLead && list.some((c) => c.kind === 'item' && c.lead.length > 0);
    for (const n of list) {
      const num = shown.get(n.id) ?? n.number;
      if ((n.kind === 'part' || n.kind === 'section' || n.kind === 'action' || n.kind === 'task' || n.kind === 'box') && !n.heading.trim()) {
        out.push(finding('empty-heading', n.id, 'heading', `${KIND_ZH[n.kind]}${num ? `“${num}”` : ''}没有标题`, `${n.kind}${num ? ` "${num}"` : ''} has no heading`));
      }
      if (n.kind === 'task' && n.lead.length === 0) {
        out.push(finding('task-no-lead', n.id, 'lead', `任务${num ? `“${num}”` : ''}没有牵头部门`, `Task${num ? ` "${num}"` : ''} has no lead department`));
      }
      if (n.kind === 'item' && itemsHaveLeads && n.lead.length === 0) {
        out.push(finding('item-no-lead', n.id, 'lead', `事项${num && !isBullet(num) ? `“${num}”` : ''}没有牵头单位(同级事项都写明了牵头单位)`, `Item${num && !isBullet(num) ? ` "${num}"` : ''} has no lead department (its sibling items name theirs)`));
      }
      if (period) {
        for (const field of ['heading', 'body'] as const) {
          for (const y of targetYears(n[field])) {
            if (inPeriod(y.year, period)) continue;
            out.push(finding('target-year', n.id, field, `目标年份 ${y.year} 不在规划期 ${periodText(period)} 内:“${y.text}”`, `Target year ${y.year} is outside the plan period ${periodText(period)}: "${y.text}"`, { range: { start: y.start, end: y.start + y.text.length } }));
          }
        }
      }
      n.indicators.forEach((ind, i) => {
        const field = `indicators[${i}]`;
        if (ind.value === null) {
          out.push(finding('indicator-no-value', n.id, field, `指标“${ind.name}”没有目标值`, `Indicator "${ind.name}" has no target value`));
        }
        if (period && ind.year !== null && !inPeriod(ind.year, period)) {
          out.push(finding('indicator-year', n.id, field, `指标“${ind.name}”的年份 ${ind.year} 不在规划期 ${periodText(period)} 内`, `Indicator "${ind.name}": year ${ind.year} is outside the plan period ${periodText(period)}`));
        }
      });
      // the same milestone again (year, stage and text; an empty one being typed is none)
      n.milestones.forEach((m, i) => {
        const text = m.text.trim();
        if (!text || !n.milestones.slice(0, i).some((o) => o.year === m.year && o.stage === m.stage && o.text.trim() === text)) return;
        const what = `${m.year}年${m.stage ?? ''}“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
        out.push(finding('milestone-duplicate', n.id, `milestones[${i}]`,
          `年度节点重复:${what}已有一条(导出的文档会印两次,重新导入只得一条)`,
          `Duplicate milestone: ${m.year} ${m.stage ?? ''} "${text}" is already there (exports print it twice; a re-import reads one)`,
          { range: { start: i, end: i + 1 }, fix: { label: '删除重复的节点', labelEn: 'Remove the duplicate', replacement: '' } }));
      });
      if (period) {
        n.milestones.forEach((m, i) => {
          if (!inPeriod(m.year, period)) {
            out.push(finding('milestone-year', n.id, `milestones[${i}]`, `进度安排的年份 ${m.year} 不在规划期 ${periodText(period)} 内`, `Milestone year ${m.year} is outside the plan period ${periodText(period)}`));
          }
        });
      }
      fieldTextFindings(out, n, groups.get(n) ?? null);
      textFindings(out, n.id, 'heading', n.heading);
      textFindings(out, n.id, 'body', n.body);
      visit(n.children, ancestorLead || n.lead.length > 0);
    }
  };
  visit(doc.nodes, false);
  numberingFindings(out, entries);
  templateRefFindings(out, doc);
  return out;
}
