/**
 * Task tables with real cells — a Word table, a Markdown pipe table, an HTML table, a tab-separated text table, the
 * app's own 主要任务分解表 annex — read by their header row: which column names the task, which the lead and partner
 * departments, which the years (2024年 …) or the deadline. Each row enriches the task it names (by heading, else by
 * its number), never adds one. Also: milestones written in a task's text ("时间节点：2025年启动，2026年完成").
 */
import type { ImportReport, Milestone, Period } from '../model/plan';
import type { Para } from './clean';
import { splitDepartments } from './departments';
import { foldScript } from './grammar';
import type { Draft } from './levels';
import { preferQualified, profile } from './tables';
import { profileSimilarity, type TextProfile } from '../text/similarity';

interface Columns {
  number: number;
  task: number;
  group: number;
  content: number;
  lead: number;
  partners: number;
  /** Year columns: index → year. */
  years: Map<number, number>;
  deadline: number;
}

const HEAD = {
  number: /^(序号|编号|序)$/,
  task: /^(重点任务|主要任务|任务名称|工作任务|重点工作|任务|项目名称|重点项目|项目|工作事项|事项|具体任务|工作内容及任务)$/,
  group: /^(行动|行动类别|类别|领域|专项|重点领域|行动名称|专项名称)$/,
  content: /^(主要内容|工作内容|建设内容|具体内容|内容|目标|工作目标|主要目标)$/,
  lead: /(牵头|责任单位|责任部门|主责|推进部门|承办)/,
  partners: /(配合|协同|参与)/,
  deadline: /^(完成时限|完成时间|时间节点|时限|进度安排|完成期限)$/,
};

function readHeader(cells: string[]): Columns | null {
  const c: Columns = { number: -1, task: -1, group: -1, content: -1, lead: -1, partners: -1, years: new Map(), deadline: -1 };
  cells.forEach((raw, i) => {
    const h = foldScript(raw).replace(/[\s*]/g, '');
    const y = /^((?:19|20)\d{2})年?(?:度|项目|任务|目标|计划)?$/.exec(h);
    if (y) c.years.set(i, Number(y[1]));
    else if (HEAD.number.test(h)) c.number = i;
    else if (HEAD.partners.test(h)) c.partners = i;
    else if (HEAD.lead.test(h)) {
      // with both a 牵头单位 and a 责任单位 column, 牵头 leads and 责任 are partners
      if (/牵头|主责/.test(h)) { if (c.lead >= 0 && c.partners < 0) c.partners = c.lead; c.lead = i; } else if (c.lead >= 0) { if (c.partners < 0) c.partners = i; } else c.lead = i;
    }
    else if (HEAD.deadline.test(h)) c.deadline = i;
    else if (HEAD.task.test(h) && c.task < 0) c.task = i;
    else if (HEAD.group.test(h)) c.group = i;
    else if (HEAD.content.test(h)) c.content = i;
  });
  if (c.task < 0 && c.content >= 0) { c.task = c.content; c.content = -1; }
  if (c.task < 0 && c.number < 0) return null;
  return c.lead >= 0 || c.partners >= 0 || c.years.size > 0 || c.deadline >= 0 ? c : null;
}

const STAGE_CELL = /[(（](启动|推进|完成|阶段性完成|推进完成|持续推进|基本完成|全面完成)[)）]\s*$/;
function cellStage(cell: string): { stage: Milestone['stage']; text: string } {
  const m = STAGE_CELL.exec(cell);
  if (!m) return { stage: null, text: cell.trim() };
  const stage = m[1] === '启动' ? '启动' : m[1] === '推进' || m[1] === '持续推进' ? '推进' : '完成';
  return { stage, text: cell.slice(0, m.index).trim() };
}
const EMPTY = /^(——|—|-|--|\/|无|)$/;

/**
 * Apply every table with a recognisable header among `rows` (consecutive paragraphs with cells) to the tasks.
 * Returns the number of rows that found their task.
 */
export function applyCellTables(rows: Para[], all: Draft[], period: Period | null, report: ImportReport): number {
  const tasks = all.filter((d) => d.node.kind === 'task');
  if (!tasks.length) return 0;
  const profiles = new Map<Draft, TextProfile>(tasks.map((d) => [d, profile(foldScript(d.node.heading))]));
  let cols: Columns | null = null;
  let matched = 0;
  let order = 0;
  for (const r of rows) {
    const cells = r.cells!;
    const header = readHeader(cells);
    if (header) { cols = header; order = 0; continue; }
    if (!cols) continue;
    const name = cols.task >= 0 ? (cells[cols.task] ?? '').trim() : '';
    if (!name && cols.number < 0) continue;
    order++;
    // the task it names: by heading (character bigrams), else the N-th task when the table numbers them
    let best: Draft | null = null;
    let score = 0.5;
    if (name) {
      const p = profile(foldScript(name.replace(/^[0-9]+[.、．]\s*/, '')));
      for (const d of tasks) { const s = profileSimilarity(p, profiles.get(d)!); if (s > score) { score = s; best = d; } }
    }
    const n = cols.number >= 0 ? Number(/^[0-9]{1,3}/.exec((cells[cols.number] ?? '').trim())?.[0] ?? 0) : 0;
    if (!best && !name && n > 0 && n <= tasks.length) best = tasks[n - 1];
    if (!best) {
      report.warnings.push({ code: 'table-row-unmatched', message: `表格中的“${(name || cells.join(' ')).slice(0, 40)}”找不到对应任务`, line: r.line });
      continue;
    }
    matched++;
    const node = best.node;
    if (cols.lead >= 0) for (const x of splitDepartments(cells[cols.lead] ?? '')) if (!node.lead.includes(x)) node.lead.push(x);
    if (cols.partners >= 0) for (const x of splitDepartments(cells[cols.partners] ?? '')) if (!node.partners.includes(x) && !node.lead.includes(x)) node.partners.push(x);
    node.lead = preferQualified(node.lead);
    for (const [i, year] of cols.years) {
      const cell = (cells[i] ?? '').trim();
      if (EMPTY.test(cell)) continue;
      const { stage, text } = cellStage(cell);
      if (!node.milestones.some((m) => m.year === year && m.text === text)) node.milestones.push({ year, stage, text });
    }
    if (cols.deadline >= 0) {
      const cell = (cells[cols.deadline] ?? '').trim();
      const y = /((?:19|20)\d{2})\s*年/.exec(cell);
      if (y && !node.milestones.some((m) => m.year === Number(y[1]) && m.stage === '完成')) node.milestones.push({ year: Number(y[1]), stage: '完成', text: cell });
    }
    void period;
  }
  return matched;
}

/** The runs of consecutive paragraphs with cells (tables), in document order. */
export function cellRuns(paras: Para[]): Para[][] {
  const runs: Para[][] = [];
  let cur: Para[] = [];
  for (const p of paras) {
    if (p.cells && p.cells.length >= 2) cur.push(p);
    else if (cur.length) { runs.push(cur); cur = []; }
  }
  if (cur.length) runs.push(cur);
  return runs.filter((r) => r.length >= 2);
}

const LABEL = /(时间节点|时间安排|进度安排|推进计划|实施步骤|实施进度|工作进度|完成时限)\s*[:：]/;
const YEAR_STAGE = /((?:19|20)\d{2})\s*年(?:底|末|前|上半年|下半年|年底前)?\s*(启动|推进|完成|基本完成|全面完成|建成|基本建成|全面建成|深化)/g;

/**
 * Milestones written in a task's own text: a labelled schedule ("时间节点：2025年启动，2026年推进，2027年完成") or a
 * chain of at least two year–stage pairs in one sentence. Returns the milestones found (stage 启动/推进/完成).
 */
export function textMilestones(text: string): Milestone[] {
  const view = foldScript(text);
  const out: Milestone[] = [];
  let offset = 0;
  for (const sentence of view.split(/(?<=[。；;\n])/)) {
    const at0 = offset;
    offset += sentence.length;
    const labelled = LABEL.exec(sentence);
    const part = labelled ? sentence.slice(labelled.index) : sentence;
    // "完成时限：2025年6月底前": the year the task is to be done
    const deadline = /^(完成时限|完成时间)\s*[:：]\s*(?:于)?\s*((?:19|20)\d{2})\s*年/.exec(part);
    if (deadline) {
      const year = Number(deadline[2]);
      const from = at0 + (labelled?.index ?? 0) + deadline[0].length - deadline[2].length - 1;
      const said = text.slice(from, at0 + sentence.length).replace(/[。；;\n]+$/, '').trim();
      if (!out.some((x) => x.year === year && x.stage === '完成')) out.push({ year, stage: '完成', text: said });
      continue;
    }
    const pairs = [...part.matchAll(YEAR_STAGE)];
    if (!labelled && pairs.length < 2) continue;
    for (const m of pairs) {
      const word = m[2];
      const stage: Milestone['stage'] = word === '启动' ? '启动' : word === '推进' || word === '深化' ? '推进' : '完成';
      const at = (m.index ?? 0) + (labelled ? labelled.index : 0);
      const start = text.lastIndexOf('，', at) + 1;
      const clause = text.slice(Math.max(start, at), at + m[0].length + 30).split(/[，,；;。]/)[0];
      const year = Number(m[1]);
      if (!out.some((x) => x.year === year && x.stage === stage)) out.push({ year, stage, text: clause.trim() });
    }
  }
  return out;
}
