/**
 * Flattened annex tables that repeat the plan's tasks:
 *  - a department table (静安 2014 附件: 序号 / 行动名称 / 专项名称 / 主要任务 / 推进部门 / 配合部门), one row per
 *    line with the departments at the end of the line;
 *  - a milestone table (杨浦 重点任务分解表: 行动类别 / 重点任务 / 2015年项目 / 2016年项目 / 2017年项目 / 责任单位),
 *    one cell per line.
 * Their rows become departments and milestones of the matching tasks, never new tasks.
 */
import type { ImportReport, Milestone, Period } from '../model/plan';
import type { Para } from './clean';
import { looksLikeDepartments, splitDepartments, splitTrailingDepartments } from './departments';
import { readMarker, type Marker } from './grammar';
import { foldForMatch } from '../text/fold';
import type { Draft } from './parse';
import { profileSimilarity, textProfile, type TextProfile } from '../text/similarity';

export interface TableRegion {
  draft: Draft;
  kind: 'departments' | 'milestones' | 'other';
  paras: Para[];
  headerLine: number;
  header: string;
  /** The table is an annex (附件/附表) of its own, not a table inside the body. */
  annex?: boolean;
}

export function isTableStart(p: Para, marker: Marker | null): { title: string; kind: TableRegion['kind']; annex: boolean } | null {
  const t = p.text;
  const annex = marker?.style === 'appendix';
  // a table's title line, not a sentence that mentions one ("各项目按重点项目表推进。")
  const isTable = /(分解表|一览表|任务表|项目表|责任表)/.test(t) && t.length <= 200 && !/[。；;，,]\s*\S/.test(t.replace(/[。；]$/, ''));
  if (!annex && !isTable) return null;
  const title = (annex ? marker!.rest : t).split(/\s+(?=序号|行动)/)[0].trim();
  const kind: TableRegion['kind'] = /推进部门|配合部门|牵头部门|牵头单位/.test(t) ? 'departments' : /分解表/.test(t) ? 'milestones' : isTable ? 'departments' : 'other';
  return { title: title || t, kind, annex };
}

/** The importer's view of a text for matching: its matching fold, without spaces and punctuation, with its bigrams. */
export function profile(s: string): TextProfile {
  return textProfile(foldForMatch(s).replace(/[\s,，、。；;:：“”"'‘’()（）《》〔〕【】[\]\-—]/g, ''));
}

/**
 * Profiles of texts compared by similarity(): a table's rows are compared with every task and item heading, and the
 * same headings come back for every row, so each text is profiled once (a profile never leaves this module).
 */
const PROFILES = new Map<string, TextProfile>();
function profileOnce(s: string): TextProfile {
  let p = PROFILES.get(s);
  if (!p) {
    if (PROFILES.size >= 4096) PROFILES.clear();
    p = profile(s);
    PROFILES.set(s, p);
  }
  return p;
}

/** Character-bigram Dice similarity of two texts as the importer matches them (1 = same text). */
export function similarity(a: string, b: string): number {
  return profileSimilarity(profileOnce(a), profileOnce(b));
}

/** "卫生计生委" and "区卫生计生委" in one list are one department: keep the qualified name. */
export function preferQualified(names: string[]): string[] {
  return names.filter((n) => !names.some((o) => o !== n && (o === '区' + n || o === '市' + n)));
}

function addUnique(list: string[], names: string[], exclude: string[] = []) {
  for (const n of names) if (!list.includes(n) && !exclude.includes(n)) list.push(n);
}

export function applyTaskTables(t: TableRegion, all: Draft[], period: Period | null, report: ImportReport) {
  if (t.kind === 'departments') applyDepartmentTable(t, all, report);
  else if (t.kind === 'milestones') applyMilestoneTable(t, all, period, report);
}

/** A header cell of a project list's name column, and of a task column, as a cell of a flattened header row. */
const PROJECT_COLUMN = /(?:^|\s)(?:项目名称|重点项目名称|建设项目)(?:\s|$)/;
const TASK_COLUMN = /(?:^|\s)(?:重点任务|主要任务|任务名称|工作任务|具体任务)(?:\s|$)/;
/** A header cell of a column of departments: 责任单位, 牵头部门, 配合单位, 责任科室, 主办单位, 推进部门, 负责单位, 主管部门 … */
const DEPARTMENT_COLUMN = /(?:责任|牵头|配合|协办|主办|承办|推进|实施|主责|负责|主管)(?:单位|部门|科室|处室)/;

function applyDepartmentTable(t: TableRegion, all: Draft[], report: ImportReport) {
  const actions = all.filter((d) => d.node.kind === 'action' && d.node.id !== t.draft.node.id);
  const tasks = all.filter((d) => d.node.kind === 'task');
  let action: Draft | null = null;
  let task: Draft | null = null;
  let pending: { text: string; line: number }[] = [];
  let matched = 0;
  // a project list (a 项目名称 column, no task column) names projects, not the tasks: a row naming no task is no
  // missing task, and a list that gave no task its departments no unread table
  const projects = t.paras.slice(0, 12).some((p) => PROJECT_COLUMN.test(p.text)) && !t.paras.slice(0, 12).some((p) => TASK_COLUMN.test(p.text));
  const flush = (depts: string[], line: number) => {
    if (!task) {
      if (!projects) report.warnings.push({ code: 'table-row-unmatched', message: `附表行未能对应到任务:${pending.map((r) => r.text).join(' ').slice(0, 40)}`, line });
      pending = [];
      return;
    }
    const [lead, ...partners] = depts;
    if (lead) addUnique(task.node.lead, [lead]);
    addUnique(task.node.partners, partners, task.node.lead);
    // the row's own item (bullet) under the task gets the same departments
    const items = pending.length ? all.filter((d) => d.parent === task && d.node.kind === 'item') : [];
    for (const row of pending) {
      let best: Draft | null = null;
      let score = 0;
      for (const it of items) {
        const s = similarity(row.text.slice(0, 60), (it.node.heading + it.node.body).slice(0, 60));
        if (s > score) { score = s; best = it; }
      }
      if (best && score >= 0.5 && lead) {
        addUnique(best.node.lead, [lead]);
        addUnique(best.node.partners, partners, best.node.lead);
      }
    }
    matched++;
    pending = [];
  };
  for (const p of t.paras) {
    const m = readMarker(p.text);
    if (m && (m.style === 'cn' || m.style === 'action')) {
      action = actions.find((a) => a.n === m.n) ?? actions.reduce<Draft | null>((b, a) => (similarity(a.node.heading, m.rest) > (b ? similarity(b.node.heading, m.rest) : 0.3) ? a : b), null);
      task = null;
      continue;
    }
    if (m && m.style === 'decimal') {
      const pool = action ? tasks.filter((d) => d.parent === action) : tasks;
      let best: Draft | null = null;
      let score = 0.45;
      for (const d of pool) {
        const s = similarity(d.node.heading, m.rest);
        if (s > score) { score = s; best = d; }
      }
      const k = m.n % 100;
      task = best ?? pool[k - 1] ?? null;
      if (!task && !projects) report.warnings.push({ code: 'table-row-unmatched', message: `附表中的“${m.raw} ${m.rest}”找不到对应任务`, line: p.line });
      continue;
    }
    const text = m?.style === 'bullet' ? m.rest : p.text.replace(/^[0-9]{1,3}\s+/, '');
    const { text: rowText, depts } = splitTrailingDepartments(text);
    pending.push({ text: rowText, line: p.line });
    if (depts.length) flush(depts, p.line);
  }
  if (pending.length && task) {
    // rows at the end of a task without departments of their own (a merged cell): nothing to attach
    pending = [];
  }
  for (const d of tasks) d.node.partners = d.node.partners.filter((x) => !d.node.lead.includes(x));
  // (only a table with a column of departments: a list of 小区名称 | 户数 | 改造内容 has none to read)
  if (matched === 0 && !projects && t.paras.slice(0, 12).some((p) => DEPARTMENT_COLUMN.test(p.text))) {
    report.warnings.push({ code: 'table-unread', message: `附表“${t.draft.node.heading}”没有读出任何部门`, line: t.headerLine });
  }
}

const STAGE = /[(（](启动|推进|完成|阶段性完成|推进完成|持续推进|基本完成|全面完成)[)）]?\s*$|[(（][^()（）]{0,2}$/;
/** A cell written as empty: a dash, a slash, 无. */
export const EMPTY_CELL = /^(——|—|-|--|\/|无)$/;

function stageOf(cell: string): Milestone['stage'] {
  const m = /[(（](启动|推进|完成|阶段性完成|推进完成|持续推进|基本完成|全面完成)[)）]?\s*$/.exec(cell);
  if (!m) return null;
  if (m[1] === '启动') return '启动';
  if (m[1] === '推进' || m[1] === '持续推进') return '推进';
  return '完成';
}

function applyMilestoneTable(t: TableRegion, all: Draft[], period: Period | null, report: ImportReport) {
  const tasks = all.filter((d) => d.node.kind === 'task');
  const years: number[] = [];
  for (const p of t.paras.slice(0, 12)) {
    const y = /^((?:19|20)\d{2})\s*年/.exec(p.text);
    if (y && p.text.length <= 12) years.push(Number(y[1]));
  }
  if (!years.length && period) for (let y = period.start; y <= period.end; y++) years.push(y);
  let task: Draft | null = null;
  let cells: { text: string; line: number }[] = [];
  let expectActionName = false;
  // (by loops, not map(): V8's optimised map() makes an array of another hidden class than the interpreter's, and threw
  // this function's optimised code away at its next call)
  const profiles: { d: Draft; p: ReturnType<typeof profile> }[] = [];
  for (let i = 0; i < tasks.length; i++) profiles.push({ d: tasks[i], p: profile(tasks[i].node.heading) });
  const exact = new Map<string, Draft>();
  for (let i = 0; i < profiles.length; i++) exact.set(profiles[i].p.norm, profiles[i].d);
  const findTask = (name: string): Draft | null => {
    const p = profile(name);
    const hit = exact.get(p.norm);
    if (hit) return hit;
    let best: Draft | null = null;
    let score = 0.8;
    for (let i = 0; i < profiles.length; i++) {
      const x = profiles[i];
      // Dice ≥ 0.8 is impossible when one text is more than twice as long as the other
      if (x.p.norm.length > 2 * p.norm.length || p.norm.length > 2 * x.p.norm.length) continue;
      // nor above the best so far when the shorter text's bigrams, all shared, could not beat it
      const na = Math.max(0, x.p.norm.length - 1);
      const nb = Math.max(0, p.norm.length - 1);
      if (x.p.norm !== p.norm && (na + nb === 0 || (2 * Math.min(na, nb)) / (na + nb) <= score)) continue;
      const s = profileSimilarity(x.p, p);
      if (s > score) { score = s; best = x.d; }
    }
    return best;
  };
  const flushRow = (depts: string[]) => {
    if (!task) { cells = []; return; }
    addUnique(task.node.lead, depts);
    const row = cells;
    cells = [];
    // one cell without a stage in a row of several years is a merged cell: its year cannot be told
    if (row.length < years.length && row.filter((c) => !EMPTY_CELL.test(c.text)).every((c) => !stageOf(c.text))) {
      for (const c of row) if (!EMPTY_CELL.test(c.text)) report.warnings.push({ code: 'milestone-unplaced', message: `“${task.node.heading}”的单元格“${c.text.slice(0, 30)}”跨多个年度且没有阶段,未生成年度进度(原文保留在附表中)`, line: c.line });
      return;
    }
    row.forEach((c, i) => {
      if (EMPTY_CELL.test(c.text)) return;
      const stage = stageOf(c.text);
      let year: number | undefined;
      if (row.length === years.length) year = years[i];
      else if (stage === '启动') year = years[0];
      else if (stage === '完成') year = years[years.length - 1];
      else if (stage === '推进') year = years[Math.min(1, years.length - 1)];
      else year = years[Math.min(i, years.length - 1)];
      if (year === undefined) return;
      const text = c.text.replace(STAGE, '').trim();
      if (row.length !== years.length) {
        report.warnings.push({ code: 'milestone-year-guessed', message: `“${task!.node.heading}”的一行只有 ${row.length} 个年度单元格,年份按阶段推定为 ${year}`, line: c.line });
      }
      if (!task!.node.milestones.some((m) => m.year === year && m.text === text)) task!.node.milestones.push({ year, stage, text });
    });
  };
  for (const p of t.paras) {
    const text = p.text.trim();
    if (!text) continue;
    // a line holding only a no-break space inside a row is an empty year cell
    if (p.emptyBefore && cells.length > 0 && cells.length < years.length) for (let k = 0; k < p.emptyBefore && cells.length < years.length; k++) cells.push({ text: '——', line: p.line - 1 });
    if (expectActionName) { expectActionName = false; continue; }
    const m = readMarker(text);
    if (m && m.style === 'action') { if (!m.rest) expectActionName = true; cells = []; continue; }
    if (/^(行动类别|重点任务|责任单位|序号|(19|20)\d{2}\s*年(项目)?)$/.test(text)) continue;
    const named = !STAGE.test(text) && !EMPTY_CELL.test(text) ? findTask(text) : null;
    if (named) { task = named; cells = []; continue; }
    // the cell after a full row of year cells is the 责任单位 column, whatever it looks like ("市场监管")
    if (!STAGE.test(text) && !EMPTY_CELL.test(text) && (looksLikeDepartments(text) || cells.length >= years.length)) { flushRow(splitDepartments(text, 'text')); continue; }
    cells.push({ text, line: p.line });
  }
  for (const d of tasks) d.node.lead = preferQualified(d.node.lead);
  if (!tasks.some((d) => d.node.milestones.length)) {
    report.warnings.push({ code: 'table-unread', message: `表“${t.draft.node.heading}”没有读出任何年度进度`, line: t.headerLine });
  }
}
