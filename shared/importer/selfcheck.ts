/**
 * Self-check: counts the text declares ("推动建设22个重点专项", "4项重点任务、21个具体事项", "十九项任务",
 * "五大行动") against what was found, within the part that declares them (or the whole plan for the introduction).
 */
import { countKinds, type ImportReport, type PlanNode } from '../model/plan';
import type { Para } from './clean';
import { cnToNumber } from './numerals';
import type { Draft } from './parse';

const DECL = /([0-9]{1,3}|[一二三四五六七八九十百]{1,4})\s*(?:个|项|大|条)\s*(重点专项|重点任务|具体事项|主要任务|任务|行动|专项行动)/g;

const KIND: Record<string, PlanNode['kind']> = {
  重点专项: 'task', 重点任务: 'task', 主要任务: 'task', 任务: 'task', 具体事项: 'item', 行动: 'action', 专项行动: 'action',
};

export function declaredCounts(_paras: Para[], preamble: Para[], all: Draft[], nodes: PlanNode[], report: ImportReport) {
  const check = (text: string, line: number, scope: Draft | null) => {
    for (const m of text.matchAll(DECL)) {
      const n = cnToNumber(m[1]);
      if (!n) continue;
      const kind = KIND[m[2]];
      const found = countKinds(scope ? scope.node.children : nodes)[kind] ?? 0;
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
  return { task: '任务', item: '具体事项', action: '行动', part: '部分', section: '节' }[kind] ?? kind;
}
