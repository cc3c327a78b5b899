/**
 * The generated annexes as data (the Word and Markdown exporters lay them out):
 *   主要任务分解表 — one row per task: 序号 / 行动 / 重点任务 / 主要内容 / 牵头部门 / 配合部门 / one column per year
 *                   of the period holding that year's milestones;
 *   主要指标表     — one row per indicator: 指标 / 目标值 / 单位 / 年份 / 所属任务.
 * Numbers are the derived ones (shared/numbering.ts). Environment-free.
 */
import type { Comparator, PlanDoc, PlanNode } from '../model/plan';
import { deriveNumbers } from '../numbering';
import { cnText, joinNumber, paragraphs, summarise } from './text';

/** Headings of the generated annexes. */
export const ANNEX_TITLES = { tasks: '主要任务分解表', indicators: '主要指标表' } as const;
export const TASK_TABLE_HEAD = ['序号', '行动', '重点任务', '主要内容', '牵头部门', '配合部门'] as const;
export const INDICATOR_TABLE_HEAD = ['指标', '目标值', '单位', '年份', '所属任务'] as const;

export interface TaskRow {
  /** 1-based row number. */
  no: number;
  /** The container the task sits in (action, else section, else part): its id and "行动一：…" text; null at the top. */
  group: { id: string; text: string } | null;
  taskId: string;
  /** "重点任务1：建设综合云平台". */
  task: string;
  /** Summary of the task's body (or of its items when the body is empty). */
  content: string;
  lead: string;
  partners: string;
  /** year → milestone lines ("启动：建立政务云平台"). */
  milestones: Record<number, string[]>;
}

export interface TaskTable { years: number[]; rows: TaskRow[] }

export interface IndicatorRow { name: string; target: string; unit: string; year: string; task: string; nodeId: string }

/** Most year columns the table gets (a longer period keeps its first years; later milestones are not shown). */
export const MAX_YEAR_COLUMNS = 6;
/** Longest 主要内容 cell (characters): rows must not split across pages, so long bodies are summarised. */
export const CONTENT_MAX = 90;

const COMPARATOR_TEXT: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '=': '', '>': '>', '<': '<', '~': '约' };

function label(node: PlanNode, numbers: Map<string, string>): string {
  return cnText(joinNumber(numbers.get(node.id) ?? '', node.heading.trim()));
}

export function taskTable(doc: PlanDoc, numbers: Map<string, string> = deriveNumbers(doc.nodes)): TaskTable {
  const rows: TaskRow[] = [];
  const years = new Set<number>();
  const visit = (list: PlanNode[], path: PlanNode[]) => {
    for (const n of list) {
      if (n.kind === 'task') {
        const container = [...path].reverse().find((p) => p.kind === 'action') ?? [...path].reverse().find((p) => p.kind === 'section' || p.kind === 'part') ?? null;
        const body = paragraphs(n.body).join('');
        // a 专栏 inside the task is not part of its content summary (it is printed in the body, in place)
        const items = n.children.filter((c) => c.kind === 'item').map((c) => (c.heading.trim() || paragraphs(c.body)[0] || '').replace(/[。；;，,、\s]+$/, '')).filter(Boolean);
        const fromItems = items.length ? items.join('；') + '。' : '';
        const milestones: Record<number, string[]> = {};
        for (const m of n.milestones) {
          years.add(m.year);
          const line = cnText(`${m.stage ? `${m.stage}：` : ''}${m.text}`);
          (milestones[m.year] ??= []).includes(line) || milestones[m.year].push(line);
        }
        rows.push({
          no: rows.length + 1,
          group: container ? { id: container.id, text: label(container, numbers) } : null,
          taskId: n.id,
          task: label(n, numbers),
          content: cnText(summarise(body || fromItems, CONTENT_MAX)),
          lead: n.lead.join('、'),
          partners: n.partners.join('、'),
          milestones,
        });
      }
      visit(n.children, [...path, n]);
    }
  };
  visit(doc.nodes, []);
  const period = doc.meta.period;
  let yearList = period && period.end >= period.start ? range(period.start, period.end) : [...years].sort((a, b) => a - b);
  yearList = yearList.slice(0, MAX_YEAR_COLUMNS);
  return { years: yearList, rows };
}

export function indicatorRows(doc: PlanDoc, numbers: Map<string, string> = deriveNumbers(doc.nodes)): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const visit = (list: PlanNode[], path: PlanNode[]) => {
    for (const n of list) {
      if (n.indicators.length) {
        // the task it belongs to: the nearest task (or the nearest node with a heading) on the way up
        const chain = [...path, n].reverse();
        const owner = chain.find((p) => p.kind === 'task') ?? chain.find((p) => p.heading.trim()) ?? n;
        for (const i of n.indicators) {
          out.push({
            name: cnText(i.name),
            target: i.value === null ? cnText(summarise(i.text, 40)) : `${COMPARATOR_TEXT[i.comparator]}${formatValue(i.value)}`,
            unit: i.unit,
            year: i.year === null ? '' : String(i.year),
            task: label(owner, numbers),
            nodeId: n.id,
          });
        }
      }
      visit(n.children, [...path, n]);
    }
  };
  visit(doc.nodes, []);
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
