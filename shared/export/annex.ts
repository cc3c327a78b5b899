/**
 * The generated annexes as data (the Word and Markdown exporters lay them out):
 *   主要任务分解表 — one row per task, and one per other node (事项, 专栏 project …) that carries departments or
 *                   milestones of its own (序号 "3.1" under its task): 序号 / 行动 / 重点任务 / 主要内容 / 牵头部门 /
 *                   配合部门 / one column per year of the plan's period (plus any milestone year outside it) holding
 *                   that year's milestones, one per paragraph ("启动：…");
 *   主要指标表     — one row per indicator: 指标 / 目标值 / 单位 / 年份 / 所属任务 (the node that carries it).
 * The importer reads both back (shared/importer/celltable.ts); docs/export.md has the field-by-field table.
 * Numbers are the derived ones (shared/numbering.ts). Environment-free.
 */
import type { Comparator, Indicator, PlanDoc, PlanNode } from '../model/plan';
import { deriveNumbers } from '../numbering';
import { cnText, joinNumber, paragraphs, summarise } from './text';
import { annexParagraphs } from '../fieldtext';
import { indicatorNameKey } from '../text/compare-fold';

/** Headings of the generated annexes. */
export const ANNEX_TITLES = { tasks: '主要任务分解表', indicators: '主要指标表' } as const;
export const TASK_TABLE_HEAD = ['序号', '行动', '重点任务', '主要内容', '牵头部门', '配合部门'] as const;
export const INDICATOR_TABLE_HEAD = ['指标', '目标值', '单位', '年份', '所属任务'] as const;

export interface TaskRow {
  /** Row number: "3" for the third task, "3.1" for the first node under it with fields of its own. */
  no: string;
  /** 'task', or 'sub' for another node (an item …) that carries departments or milestones of its own. */
  level: 'task' | 'sub';
  /** The container the task sits in (action, else section, else part): its id and "行动一：…" text; null at the top. */
  group: { id: string; text: string } | null;
  /** Id of the node the row stands for (a task, or the node of a 'sub' row). */
  taskId: string;
  /** "重点任务1：建设综合云平台"; for a node without a heading, its number and the start of its text. */
  task: string;
  /** Summary of the task's body (or of its items when the body is empty). */
  content: string;
  lead: string;
  partners: string;
  /** The departments one by one (lead, partners joins them with 、): a cell sets them whole, a line each or several. */
  departments: { lead: string[]; partners: string[] };
  /** year → milestone lines ("启动：建立政务云平台"). */
  milestones: Record<number, string[]>;
}

export interface TaskTable {
  years: number[];
  rows: TaskRow[];
  /**
   * Head of the column naming the container each task sits in (the level's own name: 行动, 专项 …, 部分, 类别), or null
   * when the column is left out: every row is in the same container, or none (a plan whose tasks all sit under
   * 二、重点任务 — the column would repeat it on every row).
   */
  groupHead: string | null;
}

/** What a container column is called, by the kind of the containers (a part: 部分; sections, or a mix: 类别). */
const GROUP_HEAD: Partial<Record<PlanNode['kind'], string>> = { action: '行动', part: '部分', section: '类别' };

/**
 * The head of the container column: the label the plan numbers its actions with ("专项一", "专项行动二" → 专项,
 * 专项行动), else the name of their kind; null when the rows are not in two or more containers.
 */
function groupHead(rows: TaskRow[], kinds: Map<string, PlanNode['kind']>, numbers: Map<string, string>): string | null {
  const ids = [...new Set(rows.map((r) => r.group?.id ?? ''))];
  if (ids.length < 2) return null;
  const of = [...new Set(ids.filter(Boolean).map((id) => kinds.get(id)!))];
  if (of.length !== 1) return GROUP_HEAD.section!;
  if (of[0] === 'action') {
    const labels = new Set(ids.filter(Boolean).map((id) => /^([\u4e00-\u9fa5]{1,4}?)[一二三四五六七八九十百0-9]+$/.exec(numbers.get(id) ?? '')?.[1] ?? '行动'));
    if (labels.size === 1) return [...labels][0];
  }
  return GROUP_HEAD[of[0]] ?? GROUP_HEAD.section!;
}

/** The task table's column heads: 序号, the container column when there is one, 重点任务 … 配合部门, one per year. */
export function taskTableHead(t: TaskTable): string[] {
  const [no, , ...rest] = TASK_TABLE_HEAD;
  return [no, ...(t.groupHead ? [t.groupHead] : []), ...rest, ...t.years.map((y) => `${y}年`)];
}

/** A row's cells in the order of taskTableHead, each as its paragraphs (departments joined with 、 on one). */
export function taskTableCells(t: TaskTable, r: TaskRow): string[][] {
  return [[r.no], ...(t.groupHead ? [[r.group?.text ?? '']] : []), [r.task], [r.content], [r.lead], [r.partners], ...t.years.map((y) => r.milestones[y] ?? [])];
}

export interface IndicatorRow {
  name: string;
  target: string;
  unit: string;
  year: string;
  /** The node that carries it ("1.推进旧住房成套改造"); for a target stated twice, both, in document order, joined by "；". */
  task: string;
  nodeId: string;
  /** Which of its node's indicators the row prints. */
  index: number;
  /** The same target on another node, printed in this row (see sameTarget). */
  also?: { nodeId: string; index: number };
}

/** Most year columns the table gets (a longer period keeps its first years; later milestones are not shown). */
export const MAX_YEAR_COLUMNS = 6;
/** Longest 主要内容 cell (characters): rows must not split across pages, so long bodies are summarised. */
export const CONTENT_MAX = 90;

const COMPARATOR_TEXT: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '=': '', '>': '>', '<': '<', '~': '约' };

/** Longest text standing for a node without a heading (its first sentence, cut). */
export const LABEL_TEXT_MAX = 20;

/** How a row names a node: number and heading, else number and the start of its text (the importer matches either). */
export function label(node: PlanNode, numbers: Map<string, string>): string {
  const heading = node.heading.trim();
  const text = heading || summarise(paragraphs(node.body)[0] ?? '', LABEL_TEXT_MAX);
  return cnText(joinNumber(numbers.get(node.id) ?? '', text));
}

const ownFields = (n: PlanNode) => n.lead.length > 0 || n.partners.length > 0 || n.milestones.length > 0;

function milestoneCells(n: PlanNode, years: Set<number>): Record<number, string[]> {
  const milestones: Record<number, string[]> = {};
  for (const m of n.milestones) {
    years.add(m.year);
    const line = cnText(`${m.stage ? `${m.stage}：` : ''}${m.text}`);
    (milestones[m.year] ??= []).includes(line) || milestones[m.year].push(line);
  }
  return milestones;
}

export function taskTable(doc: PlanDoc, numbers: Map<string, string> = deriveNumbers(doc.nodes)): TaskTable {
  const rows: TaskRow[] = [];
  const years = new Set<number>();
  let top = 0;
  const visit = (list: PlanNode[], path: PlanNode[], task: { no: number; subs: number } | null) => {
    for (const n of list) {
      const isTask = n.kind === 'task';
      let inner = task;
      if (isTask || ownFields(n)) {
        const rev = [...path].reverse();
        const container = rev.find((p) => p.kind === 'action') ?? rev.find((p) => p.kind === 'section' || p.kind === 'part') ?? null;
        const sub = !isTask && task !== null;
        // (its field lines are not content: the 牵头/配合 and year columns hold the fields)
        const body = annexParagraphs(n).join('');
        // a 专栏 inside the task is not part of its content summary (it is printed in the body, in place)
        const items = isTask ? n.children.filter((c) => c.kind === 'item').map((c) => (c.heading.trim() || annexParagraphs(c)[0] || '').replace(/[。；;，,、\s]+$/, '')).filter(Boolean) : [];
        const fromItems = items.length ? items.join('；') + '。' : '';
        let no: string;
        if (sub) no = `${task!.no}.${++task!.subs}`;
        else { no = String(++top); inner = isTask ? { no: top, subs: 0 } : task; }
        rows.push({
          no,
          level: isTask ? 'task' : 'sub',
          group: container ? { id: container.id, text: label(container, numbers) } : null,
          taskId: n.id,
          task: label(n, numbers),
          content: cnText(summarise(body || fromItems, CONTENT_MAX)),
          lead: n.lead.join('、'),
          partners: n.partners.join('、'),
          departments: { lead: [...n.lead], partners: [...n.partners] },
          milestones: milestoneCells(n, years),
        });
      }
      visit(n.children, [...path, n], inner);
    }
  };
  visit(doc.nodes, [], null);
  const kinds = new Map<string, PlanNode['kind']>();
  const walk = (list: PlanNode[]) => list.forEach((n) => { kinds.set(n.id, n.kind); walk(n.children); });
  walk(doc.nodes);
  // the plan's own period; a milestone outside it gets its year's column too (nothing entered is dropped)
  const period = doc.meta.period;
  // (only the first MAX_YEAR_COLUMNS years can be shown, so a period ending in a far-off year is cut there first)
  const yearList = period && period.end >= period.start ? range(period.start, Math.min(period.end, period.start + MAX_YEAR_COLUMNS - 1)) : [];
  for (const y of years) if (!yearList.includes(y)) yearList.push(y);
  yearList.sort((a, b) => a - b);
  return { years: yearList.slice(0, MAX_YEAR_COLUMNS), rows, groupHead: groupHead(rows, kinds, numbers) };
}

/**
 * The same target on two nodes: a goal section (总体目标, a part's or section's introduction) states it and a task
 * (or another node under the tasks) carries it — "到2026年，新增公共绿地30万平方米" and task 4's "新增公共绿地30万平方米".
 * Same comparator, figure, unit and year, and the same name as the compare reads names (width, script and
 * spaces folded: shared/text/compare-fold.ts): the import gives the one row back to both nodes, so names that are
 * not the same ("旧住房成套改造" / task 1's "改造", or a name the user changed) would come back renamed — those
 * stay two rows. Two tasks with the same figure are two targets.
 */
function sameTarget(a: Indicator, b: Indicator): boolean {
  if (a.value === null || a.value !== b.value || a.comparator !== b.comparator || a.year !== b.year) return false;
  if (a.unit.trim() !== b.unit.trim()) return false;
  const na = indicatorNameKey(a.name);
  return !!na && na === indicatorNameKey(b.name);
}
const carries = (n: PlanNode) => n.kind === 'task' || n.kind === 'item' || n.kind === 'box';

export function indicatorRows(doc: PlanDoc, numbers: Map<string, string> = deriveNumbers(doc.nodes)): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const entries: Array<{ row: IndicatorRow; node: PlanNode; under: boolean; indicator: Indicator }> = [];
  const visit = (list: PlanNode[], path: PlanNode[]) => {
    for (const n of list) {
      if (n.indicators.length) {
        // the node that carries it when a row can name it (a task, an item, any node with a heading), else the
        // nearest node with a heading on the way up: the importer puts the indicator back where the row says
        const chain = [...path, n].reverse();
        const owner = n.heading.trim() || n.kind === 'task' || n.kind === 'item' || paragraphs(n.body).length ? n : chain.find((p) => p.heading.trim()) ?? n;
        const under = [...path, n].some(carries);
        n.indicators.forEach((i, index) => {
          entries.push({
            node: n,
            under,
            indicator: i,
            row: {
              name: cnText(i.name),
              target: i.value === null ? cnText(summarise(i.text, 40)) : `${COMPARATOR_TEXT[i.comparator]}${formatValue(i.value)}`,
              unit: i.unit,
              year: i.year === null ? '' : String(i.year),
              task: label(owner, numbers),
              nodeId: n.id,
              index,
            },
          });
        });
      }
      visit(n.children, [...path, n]);
    }
  };
  visit(doc.nodes, []);
  // a goal stated outside the tasks and carried by a task under the same name: one row, where the goal is stated,
  // naming both nodes (the importer gives the row's indicator to each)
  const merged = new Set<number>();
  entries.forEach((e, i) => {
    if (merged.has(i)) return;
    if (!e.under) {
      const j = entries.findIndex((f, k) => k > i && !merged.has(k) && f.under && f.node !== e.node && sameTarget(e.indicator, f.indicator));
      if (j >= 0) {
        const f = entries[j];
        merged.add(j);
        out.push({ ...e.row, task: `${e.row.task}；${f.row.task}`, also: { nodeId: f.node.id, index: f.row.index } });
        return;
      }
    }
    out.push(e.row);
  });
  return out;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}
