/**
 * Self-check: counts the text declares ("推动建设22个重点专项", "4项重点任务、21个具体事项", "十九项任务",
 * "五大行动") against what was found, within the part that declares them (or the whole plan for the introduction).
 */
import { countKinds, type ImportReport, type PlanNode } from '../model/plan';
import type { Para } from './clean';
import { cnToNumber } from '../text/numerals';
import { countNouns } from './grammar';
import { execAll } from '../text/scan';
import type { Draft } from './parse';

/** "22个重点专项", "五大行动", "十九项任务": a number, a measure word and a noun of the grammar (grammar.ts `nouns`). */
// counts of parts, chapters and sections are not checked ("三个部分" is said of anything)
const NOUNS = countNouns().filter((x) => !/^(部分|章|节)$/.test(x.noun));
const DECL = new RegExp(`([0-9]{1,3}|[一二三四五六七八九十百]{1,4})\\s*(?:个|项|大|条)\\s*(${NOUNS.map((x) => x.noun).join('|')})`, 'g');
const KIND: Record<string, string> = Object.fromEntries(NOUNS.map((x) => [x.noun, x.kind]));

export function declaredCounts(_paras: Para[], preamble: Para[], all: Draft[], nodes: PlanNode[], report: ImportReport) {
  const check = (text: string, line: number, scope: Draft | null) => {
    for (const m of execAll(DECL, text)) {
      const n = cnToNumber(m[1]);
      if (!n) continue;
      const kind = KIND[m[2]];
      const found = (countKinds(scope ? scope.node.children : nodes) as Record<string, number>)[kind] ?? 0;
      const key = scope ? `${kind}@${scope.node.number}` : kind;
      if (key in report.declared) continue;
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
    // the part (or section) that declares the count is the scope
    check(d.node.heading, d.line, d);
    check(d.node.body, d.bodyLines[0] ?? d.line, d);
  }
}

function kindName(kind: string): string {
  return { task: '任务', item: '具体事项', action: '行动', part: '部分', section: '节', box: '专栏' }[kind] ?? kind;
}
