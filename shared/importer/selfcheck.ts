/**
 * Self-check: counts the text declares ("推动建设22个重点专项", "4项重点任务、21个具体事项", "十九项任务",
 * "五大行动") against what was found, within the part that declares them (or the whole plan for the introduction and
 * for a heading with nothing under it).
 */
import { countKinds, type ImportReport, type PlanNode } from '../model/plan';
import type { Para } from './clean';
import { cnToNumber } from '../text/numerals';
import { countNouns } from './grammar';
import { execAll } from '../text/scan';
import type { Draft } from './parse';
import { isNotTaskContext, isTaskContext } from './levels';

/** "22个重点专项", "五大行动", "十九项任务": a number, a measure word and a noun of the grammar (grammar.ts `nouns`). */
// counts of parts, chapters and sections are not checked ("三个部分" is said of anything)
const NOUNS = countNouns().filter((x) => !/^(部分|章|节)$/.test(x.noun));
// (not after 第: “第3项专项工作”, “第三项任务” name one of them, they count nothing — walk 13's report listed ten
// 「文中写明“1项专项”…找到 0 个」 for headings 第1项专项工作 … 第10项专项工作; nor inside a longer numeral: 十九 is one number)
const DECL = new RegExp(`(?<![第0-9一二三四五六七八九十百])([0-9]{1,3}|[一二三四五六七八九十百]{1,4})\\s*(?:个|项|大|条)\\s*(${NOUNS.map((x) => x.noun).join('|')})`, 'g');
/**
 * What every match of DECL holds: its measure word and noun. Tested first: DECL begins with a class of digits and
 * 一…百, so irregexp tries it at every 一 of a text (the most common character of these plans) — ~1 % of an import.
 */
const DECL_TAIL = new RegExp(`[个项大条]\\s*(?:${NOUNS.map((x) => x.noun).join('|')})`);
const KIND: Record<string, string> = Object.fromEntries(NOUNS.map((x) => [x.noun, x.kind]));
/** Nouns of a style without a level of its own (阶段): counted as that style's numbered headings, wherever they stand. */
const RELATIVE: Record<string, string> = Object.fromEntries(NOUNS.flatMap((x) => (x.relative ? [[x.noun, x.relative]] : [])));

export function declaredCounts(_paras: Para[], preamble: Para[], all: Draft[], nodes: PlanNode[], report: ImportReport) {
  const check = (text: string, line: number, scope: Draft | null) => {
    if (!DECL_TAIL.test(text)) return;
    for (const m of execAll(DECL, text)) {
      const n = cnToNumber(m[1]);
      if (!n) continue;
      const kind = KIND[m[2]];
      const key = scope ? `${kind}@${scope.node.number}` : kind;
      if (key in report.declared) continue;
      const within = scope ? scope.node.children : nodes;
      // ("十大专项行动" over "一、开展拆违拆临专项行动" …: parts or sections named …行动 are the actions it counts)
      // ("分三个阶段实施" over 第一阶段 … 第三阶段: the stages, whatever kind their level gave them — parts at the top —
      // when any stands there; else the kind's nodes, as a stage written "（一）动员部署阶段" is)
      const styled = RELATIVE[m[2]] ? all.filter((d) => d.style === RELATIVE[m[2]] && d.n > 0 && (!scope || inside(d, scope))).length : 0;
      const found = styled || ((countKinds(within) as Record<string, number>)[kind] ?? 0) + (kind === 'action' ? namedActions(within) : 0);
      report.declared[key] = n;
      report.found[key] = found;
      if (found !== n) {
        report.warnings.push({
          code: 'count-mismatch',
          message: `文中写明“${m[0]}”,${scope ? `“${scope.node.number}${scope.node.heading}”中` : '全文'}找到 ${found} 个(${kindName(kind)})${found < n ? ',文本可能不完整或有未识别的编号' : ''}`,
          line,
        });
      }
    }
  };
  for (const p of preamble) check(p.text, p.line, null);
  for (const d of all) {
    if (d.node.kind === 'item' || d.node.kind === 'appendix') continue;
    // the part (or section) that declares the count is the scope — unless nothing stands under it: a count in
    // "一、总体要求 … 本方案部署三大行动" speaks of the whole plan (a heading cannot hold what it has no children for)
    const scope = d.node.children.length ? d : null;
    check(d.node.heading, d.line, scope);
    check(d.node.body, d.bodyLines[0] ?? d.line, scope);
  }
}

/** Whether `d` stands under `scope`. */
function inside(d: Draft, scope: Draft): boolean {
  for (let p = d.parent; p; p = p.parent) if (p === scope) return true;
  return false;
}

/** Parts and sections (not actions) whose heading ends in 行动, at any depth. */
function namedActions(nodes: PlanNode[]): number {
  let n = 0;
  for (const d of nodes) {
    if ((d.kind === 'part' || d.kind === 'section') && /行动$/.test(d.heading)) n++;
    n += namedActions(d.children);
  }
  return n;
}

function kindName(kind: string): string {
  return { task: '任务', item: '具体事项', action: '行动', part: '部分', section: '节', box: '专栏' }[kind] ?? kind;
}

/**
 * Never flatten silently: no structure, a task context without tasks, or most of the text in the preamble is said
 * in the report, with the way out (the level mapping of the import preview).
 */
export function structureWarnings(all: Draft[], preamble: string[], paras: Para[], report: ImportReport) {
  if (!all.some((d) => d.style !== 'bullet' && d.style !== 'appendix')) {
    // (where the text went: the preamble, or the notice — a 印发 notice whose plan is not in the text, parse.ts
    // noticeRequestsOnly, or a text run together on one line after its notice title)
    const where = preamble.some((t) => t.trim()) ? '全文作为引言保存' : '全文作为通知保存';
    report.warnings.push({ code: 'no-structure', message: `没有识别到编号标题(一、/(一)/行动一/重点任务1 等),${where}`, line: null });
    return;
  }
  const tasks = all.filter((d) => d.node.kind === 'task').length;
  const context = all.find((d) => d.node.kind !== 'item' && isTaskContext(d.node.heading) && !isNotTaskContext(d.node.heading));
  let bodyChars = 0;
  for (let i = 0; i < paras.length; i++) bodyChars += paras[i].text.length;
  if (!tasks && (context || bodyChars > 3000)) {
    report.warnings.push({
      code: 'no-tasks',
      message: context
        ? `“${context.node.number}${context.node.heading}”中没有识别出任务:请在导入预览的“层级”中指定哪一级是任务`
        : '全文没有识别出任务:请在导入预览的“层级”中指定哪一级是任务',
      line: context?.line ?? null,
    });
  }
  const pre = preamble.reduce((k, t) => k + t.length, 0);
  if (pre > 500 && pre > bodyChars) {
    report.warnings.push({ code: 'mostly-preamble', message: `大部分文字(${pre} 字)在第一个编号标题之前,作为引言保存:请检查导入预览的“层级”`, line: null });
  }
}

export function numberingWarnings(all: Draft[], report: ImportReport) {
  // Numbers of siblings of one style should run 1, 2, 3 …; 重点专项/重点任务 also run on across actions within a part.
  const groups = new Map<string, Draft[]>();
  for (const d of all) {
    if (d.style === 'bullet' || d.style === 'appendix' || !d.n) continue;
    let scope: Draft | null = d.parent;
    if (d.style === 'keytask') { scope = d; while (scope.parent && scope.style !== 'cn' && scope.style !== 'chapter') scope = scope.parent; if (scope === d) scope = null; }
    // (a ★ or ▲ before the number, or a * after it, marks a key point of the same run: "★1." "2." "★3." count on;
    // full-width digits are digits: "１）" "２）" are one run, as "1)" "2)" are)
    const key = `${scope?.node.id ?? 'root'}|${d.style}|${d.node.number.replace(/[:：\s★☆▲△*＊]/g, '').replace(/[0-9０-９一二三四五六七八九十百]+/g, '#')}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  for (const list of groups.values()) {
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1].n;
      const n = list[i].n;
      if (n !== prev + 1 && n !== 1) {
        report.warnings.push({
          code: 'numbering-gap',
          message: `编号不连续:“${list[i - 1].node.number}”之后是“${list[i].node.number}”`,
          line: list[i].line,
        });
      }
    }
  }
}
