/**
 * How the style corpus compares an imported plan with a hand-written outline: the normalisation rules written at the
 * top of tests/corpus/expected.ts, the outline format (`kind number|text`, two spaces per depth) and a line diff.
 * Shared by tests/importer/corpus.test.ts (whole documents) and tests/importer/corpus-rules.test.ts (one rule, a few lines).
 */
import type { PlanNode } from '../../shared/model/plan';

/** Full-width ASCII (！ … ～, digits, （）：) to half-width, ideographic space to a space. */
export function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
export const normNumber = (s: string) => foldWidth(s).replace(/\s+/g, '').replace(/[:：]+$/, '');
export const normHeading = (s: string) => foldWidth(s).replace(/\s+/g, '').replace(/[。；;：:]+$/, '');
export const normItem = (s: string) => foldWidth(s).replace(/[\s\p{P}\p{S}]/gu, '');
export const normName = (s: string) => foldWidth(s).replace(/\s+/g, '').replace(/等(相关)?(部门|单位)?$/, '');
export const TRAD_UNITS: Record<string, string> = { 個: '个', 億: '亿', 萬: '万', 張: '张', 項: '项', 條: '条', 臺: '台', 戶: '户', 處: '处' };
export const normUnit = (s: string) => foldWidth(s).replace(/\s+/g, '').replace(/[個億萬張項條臺戶處]/g, (c) => TRAD_UNITS[c]);
export const squeeze = (s: string) => s.replace(/\s+/g, '');
export const squeezeLine = (s: string) => s.replace(/[ \t\u3000\u00a0]+/g, '');

export interface OutlineLine { depth: number; kind: string; number: string; text: string }

export function parseOutline(outline: string): OutlineLine[] {
  const out: OutlineLine[] = [];
  for (const raw of outline.split('\n')) {
    if (!raw.trim()) continue;
    const m = /^( *)(\S+) ([^|]*)\|(.*)$/.exec(raw);
    if (!m || m[1].length % 2) throw new Error(`bad outline line: "${raw}"`);
    out.push({ depth: m[1].length / 2, kind: m[2], number: m[3], text: m[4] });
  }
  return out;
}

export interface ActualLine { depth: number; node: PlanNode }

export function actualLines(nodes: PlanNode[], depth = 0, out: ActualLine[] = []): ActualLine[] {
  for (const n of nodes) {
    out.push({ depth, node: n });
    actualLines(n.children, depth + 1, out);
  }
  return out;
}

export function itemText(n: PlanNode): string {
  return [n.heading, n.body].filter(Boolean).join('');
}

export function lineMatches(e: OutlineLine, a: ActualLine): boolean {
  const n = a.node;
  if (e.depth !== a.depth || e.kind !== String(n.kind) || normNumber(e.number) !== normNumber(n.number)) return false;
  if (e.kind === 'item') {
    const want = normItem(e.text);
    return want.length > 0 && normItem(itemText(n)).startsWith(want);
  }
  return normHeading(e.text) === normHeading(n.heading);
}

export function showActual(a: ActualLine): string {
  const n = a.node;
  const text = n.kind === 'item' ? itemText(n).replace(/\s+/g, ' ').slice(0, 24) : n.heading.replace(/\s+/g, ' ').slice(0, 40);
  return `${'  '.repeat(a.depth)}${n.kind} ${n.number}|${text}`;
}
export const showExpected = (e: OutlineLine) => `${'  '.repeat(e.depth)}${e.kind} ${e.number}|${e.text}`;

/** A line diff (LCS with the matching rule above): '  ' both, '- ' expected only, '+ ' imported only. */
export function outlineDiff(exp: OutlineLine[], act: ActualLine[]): { same: boolean; text: string; firstProblem: string } {
  const n = exp.length;
  const m = act.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) L[i][j] = lineMatches(exp[i], act[j]) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  }
  const out: string[] = [];
  let first = '';
  let i = 0;
  let j = 0;
  const note = (s: string) => { if (!first) first = s; };
  while (i < n || j < m) {
    if (i < n && j < m && lineMatches(exp[i], act[j])) { out.push('  ' + showExpected(exp[i])); i++; j++; }
    else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) { out.push('+ ' + showActual(act[j])); note(`extra ${showActual(act[j]).trim()}`); j++; }
    else { out.push('- ' + showExpected(exp[i])); note(`missing ${showExpected(exp[i]).trim()}`); i++; }
  }
  const same = L[0][0] === n && n === m;
  return { same, text: out.join('\n'), firstProblem: same ? '' : `${first} (${L[0][0]}/${n} expected lines matched, ${m} imported)` };
}
