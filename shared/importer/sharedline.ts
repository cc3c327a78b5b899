/**
 * The "以上N项…责任单位均为A" / "该项…责任单位为A" line itself (sharedresp.ts gives the points it covers A): read by the
 * importer and by the exports (shared/fieldtext.ts). Kept apart from sharedresp.ts so the exports and the compare do
 * not load the importer's outline code (levels.ts, and with it zod) to read it.
 */
import { looksLikeDepartments, splitDepartments } from './departments';
import { withoutTrailingDeng } from '../text/scan';
import { matchView } from './grammar';

const COUNT = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const WHAT = '(?:目标|任务|工作|指标|事项)?(?:的)?(?:责任单位|牵头单位|责任部门)';
const SEVERAL = new RegExp(`(?:^|[\\n。；])\\s*(?:以上|上述)\\s*${COUNT}\\s*项\\s*${WHAT}\\s*(?:均|都)?\\s*为\\s*([^。；;\\n]{2,60})[。；;]?\\s*(?=$|\\n)`);
const ONE = new RegExp(`(?:^|[\\n。；])\\s*(?:该|此|本)\\s*项?\\s*${WHAT}\\s*为\\s*([^。；;\\n]{2,60})[。；;]?\\s*(?=$|\\n)`);
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function count(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.length === 1) return CN[s] ?? 0;
  // 十一 … 十九, 二十 …
  const [a, b, c] = [...s];
  if (a === '十') return 10 + (CN[b] ?? 0);
  if (b === '十') return (CN[a] ?? 0) * 10 + (c ? CN[c] ?? 0 : 0);
  return 0;
}

/**
 * A body's "以上N项…责任单位均为A" / "该项…责任单位为A" line: how many points it closes (N, 1 for 该项) and A as a list
 * of departments; null without one. Also read by the exports (shared/fieldtext.ts: a covered point whose departments
 * are no longer A prints its own).
 */
export function readSharedLine(body: string): { n: number; lead: string[] } | null {
  // (both lines name 责任单位/牵头单位/责任部门 and say 为: a body without 为 has neither)
  if (body.indexOf('为') < 0 || !/责任单位|牵头单位|责任部门/.test(body)) return null;
  const v = matchView(body);
  const several = SEVERAL.exec(v);
  const one = several ? null : ONE.exec(v);
  if (!several && !one) return null;
  const names = withoutTrailingDeng((several ? several[2] : one![1]).trim());
  if (!looksLikeDepartments(names)) return null;
  const n = several ? count(several[1]) : 1;
  // (the line stays the point's text: words that name no unit stay there)
  const lead = splitDepartments(names, 'text');
  return n >= 1 && lead.length ? { n, lead } : null;
}
