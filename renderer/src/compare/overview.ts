/**
 * The compare view's overview (pure, no Vue): theme coverage of two plans, indicator groups and the bars of the
 * indicator chart.
 */
import type { Indicator, PlanDoc, PlanNode } from '../../../shared/model/plan';
import { walk } from '../../../shared/model/plan';
import { THEMES } from '../../../shared/importer/public';

/** The node's themes and those of the items under it (静安 2014 writes a task's content as items). */
export function themesWithItems(n: PlanNode): string[] {
  const set = new Set(n.themes);
  for (const { node } of walk(n.children)) if (node.kind === 'item') for (const t of node.themes) set.add(t);
  return [...set];
}

export const THEME_NAMES: string[] = THEMES.map((t) => t.theme);

/** Tasks of a plan by theme (a task counts for a theme when it or an item under it has the theme). */
export function tasksByTheme(doc: PlanDoc): Map<string, PlanNode[]> {
  const out = new Map<string, PlanNode[]>();
  for (const { node } of walk(doc.nodes)) {
    if (node.kind !== 'task') continue;
    for (const t of themesWithItems(node)) (out.get(t) ?? out.set(t, []).get(t)!).push(node);
  }
  return out;
}

export const countTasks = (doc: PlanDoc) => [...walk(doc.nodes)].filter((x) => x.node.kind === 'task').length;

/** Indicator groups by keywords of the normalised name (and unit, for bandwidths). First match wins. */
export const INDICATOR_GROUPS = ['bandwidth', 'fibre', 'mobile', 'wireless', 'broadband', 'health', 'egov', 'other'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

const RATE_UNIT = /^(?:M|Mb|Mbps|M bps|兆|兆比特\/秒|兆比特每秒|兆bps|G|Gbps|千兆|百兆)$/i;

/** Units folded for charts: 兆比特/秒 ≡ Mbps ≡ M; 万家 ≡ 万户. */
export function unitKey(unit: string): string {
  const u = unit.normalize('NFKC').trim();
  if (RATE_UNIT.test(u)) return /^(G|Gbps|千兆)$/i.test(u) ? 'Gbps' : 'Mbps';
  if (u === '万家') return '万户';
  return u;
}

export function indicatorGroup(i: Pick<Indicator, 'name' | 'unit'>): IndicatorGroup {
  const name = i.name.normalize('NFKC');
  if (RATE_UNIT.test(i.unit.normalize('NFKC').trim()) || /带宽|速率/.test(name)) return 'bandwidth';
  if (/光纤|光网|光缆|FTTH/i.test(name)) return 'fibre';
  if (/基站|[2345]G|TD-?LTE|移动通信|移动宽带|手机/i.test(name)) return 'mobile';
  if (/无线|WiFi|WLAN|热点|i-Shanghai/i.test(name)) return 'wireless';
  if (/宽带|NGB|有线电视|互联网|信息点/.test(name)) return 'broadband';
  if (/健康档案|电子病历|医院|医疗/.test(name)) return 'health';
  if (/审批|网上|在线|办事|公文|行政许可|门户/.test(name)) return 'egov';
  return 'other';
}

export interface IndicatorEntry {
  planId: string;
  nodeId: string;
  name: string;
  value: number | null;
  unit: string;
  year: number | null;
  comparator: Indicator['comparator'];
  group: IndicatorGroup;
}

export function indicatorsOf(planId: string, doc: PlanDoc): IndicatorEntry[] {
  const out: IndicatorEntry[] = [];
  for (const { node } of walk(doc.nodes)) {
    for (const i of node.indicators) {
      out.push({ planId, nodeId: node.id, name: i.name, value: i.value, unit: i.unit, year: i.year, comparator: i.comparator, group: indicatorGroup(i) });
    }
  }
  return out;
}

/** ≥ ≤ for the comparator ('' for '=' and '~'). */
export function comparatorSign(c: Indicator['comparator']): string {
  return c === '>=' ? '≥' : c === '<=' ? '≤' : c === '>' ? '>' : c === '<' ? '<' : c === '~' ? '约' : '';
}

export interface ChartBar {
  /** Axis label (district and period). */
  label: string;
  value: number | null;
  /** Tooltip lines (the indicators behind the value). */
  lines: string[];
}

/** Labels of the theme list for the overview (the importer's theme ids, with the names planners use). */
export const THEME_LABELS: Record<string, string> = {
  政务服务: '政务服务/一网通办',
  城市管理: '城市管理/一网统管',
};

