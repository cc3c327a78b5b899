/**
 * Task tables with real cells — a Word table, a Markdown pipe table, an HTML table, a tab-separated text table, the
 * app's own 主要任务分解表 annex — read by their header row: which column names the task, which the lead and partner
 * departments, which the years (2024年 …) or the deadline. Each row enriches the task it names (by heading, else by
 * its number), never adds one. A row may name an item (事项) or another node as well (the app's annex gives items
 * with departments or milestones of their own a row "3.1" under their task): it enriches that node. A cell written
 * as several paragraphs (Word) holds one milestone per paragraph; "启动：…" and "…（启动）" both give the stage.
 * Indicator tables (指标 / 目标值 / 单位 / 年份 / 所属任务, the app's 主要指标表) give the indicators of the node
 * each row names (readIndicatorTable, applied after the text's own indicators are read).
 * Also: milestones written in a task's text ("时间节点：2025年启动，2026年完成").
 */
import type { Comparator, ImportReport, Indicator, Milestone, PlanNode, Period } from '../model/plan';
import type { Para } from './clean';
import { GROUP_NUMBER, jointUnits, personHead } from './cellrows';
import { findResponsibility, looksLikeDepartments, markedRoles, rolesBracket, rolesList, splitDepartments, type Responsibility } from './departments';
import { foldScript } from './grammar';
import { isUnit } from './indicators';
import type { Draft } from './levels';
import { preferQualified, profile } from './tables';
import { profileSimilarity, type TextProfile } from '../text/similarity';
import { execAll, splitAfter } from '../text/scan';
import { cnYear } from '../text/numerals';
import { datedRelativeYears, relativeYears } from './dates';
import { alternation, DEADLINE_LABEL, DEADLINE_LABELS, LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS, TIME_LABEL } from './labels';

interface Columns {
  number: number;
  task: number;
  group: number;
  content: number;
  lead: number;
  /** The lead column's header says 牵头/主责: every name in it leads, a 牵头 mark on one repeats the header. */
  leadLabelled: boolean;
  /** Quarter columns (一季度 … 四季度): stages of a one-year plan's year. */
  quarters: number[];
  /** Month columns (1月 … 12月) of a 工作要点's 推进计划: a month ticked (●, √) is one the task is worked on. */
  months: number[];
  partners: number;
  /** Year columns: index → year. */
  years: Map<number, number>;
  deadline: number;
  /** A 建设年限 column ("2025—2027年"): the work starts in the first year and is done in the last. */
  span: number;
  /** Investment columns (总投资（亿元）): index → indicator name and unit. */
  money: Map<number, { name: string; unit: string; year: number | null }>;
  /** The name column names projects (项目名称, 重点项目), not tasks: a row may name none of the text's tasks. */
  projects: boolean;
}

const HEAD = {
  number: /^(序号|编号|序)$/,
  // (also a task or matter with a few words before it: 重点工作任务, 督办事项 of a 督查台账, 具体工作任务和要求 of a 分解表)
  // (or its content with what is asked of it: 内容与要求 of a 重点工作 进展情况表, 工作内容和要求)
  task: /^(重点任务|主要任务|任务名称|工作任务|重点工作|任务|项目名称|重点项目|项目|工作事项|事项|具体任务|工作内容及任务|(?:工作)?内容(?:与|和|及)要求|[\u4e00-\u9fa5]{1,6}(?:任务|事项)(?:名称|和要求|及要求|与要求)?|[\u4e00-\u9fa5]{0,4}实事(?:项目|名称|内容)?)$/,
  /** Name columns of a project list (重点项目表): its rows are projects, which the text's tasks may or may not name. */
  project: /^(项目名称|重点项目|项目|建设项目|重点项目名称)$/,
  // (also a 分类 column: 工作分类, 任务类别, as a 重点工作任务清单 heads the groups its rows fall under)
  group: /^(行动|行动类别|类别|分类|(?:工作|任务)(?:分类|类别)|领域|专项|重点领域|行动名称|专项名称)$/,
  // (also the content and the standard of a kind of work, as a 专项整治方案's table heads them: 整治内容, 改造内容, 整治标准,
  // 验收标准 — the first such column names the rows where no task column does)
  // (and the measures a 分解表 lists as its rows: 主要工作举措, 重点举措, 具体工作措施)
  content: /^(主要内容|工作内容|建设内容|具体内容|内容|目标|工作目标|主要目标|(?:主要|重点|具体|推进)?(?:工作)?(?:措施|举措)|[\u4e00-\u9fa5]{2}(?:内容|标准))$/,
  lead: /(牵头|责任单位|责任部门|主责|推进部门|承办)/,
  partners: /(配合|协同|参与)/,
  // (also the time limit of a kind of work: 整治时限, 整改时限, 整改期限)
  deadline: /^(完成时限|完成时间|时间节点|时限|进度安排|完成期限|办结时限|办结时间|办理时限|[\u4e00-\u9fa5]{2}(?:时限|期限))$/,
  /** A quarter of the plan's year (a 季度分解表: 一季度 | 二季度 | 三季度 | 四季度, what is done by its end). */
  quarter: /^(?:第?[一二三四1-4]季度末?|[一二三四1-4]季度(?:目标|进度|节点)?)$/,
  /** A month of the plan's year (a 工作要点's 月度安排: 1月 | 2月 | … | 12月, the months ticked when the work runs). */
  month: /^(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?$/,
  span: /^(建设年限|建设期限|建设起止年限|起止年限|实施年限|实施期限|建设周期)$/,
  // (also the year's investment of a 民生实事 or 重点项目 list: 投资额（万元）, 年度投资金额 (万元), 计划投资)
  money: /^((?:计划|项目)?总投资|总投资额|投资总额|估算总投资|(?:年度计划|年度|计划)?投资(?:金额|额)?)[(（]?(亿元|万元)[)）]?$/,
};

/** A header that is a field label of labels.ts (责任科室 / 责任站所 of a street's or township's own offices, 责任社区 /
 *  责任村（社区） of the communities that carry the work out): a lead or a partner column, as the same label on a line is.
 *  (The labels' escaped half-width bracket is unescaped; headers are compared folded, with half-width brackets.) */
const unlabel = (l: string) => l.replace(/\\/g, '').replace(/（/g, '(').replace(/）/g, ')');
const LABEL_COLUMN = new Map<string, 'lead' | 'partners'>([
  ...LEAD_LABELS.map((l) => [unlabel(l), 'lead'] as const),
  ...PARTNER_LABELS.map((l) => [unlabel(l), 'partners'] as const),
]);

function readHeader(cells: string[]): Columns | null {
  const c: Columns = { number: -1, task: -1, group: -1, content: -1, lead: -1, leadLabelled: false, partners: -1, years: new Map(), quarters: [], months: [], deadline: -1, span: -1, money: new Map(), projects: false };
  let firstContent = -1;
  cells.forEach((raw, i) => {
    const h = foldScript(raw).replace(/[\s*]/g, '');
    const y = /^((?:19|20)\d{2})年?(?:度|项目|任务|目标|计划)?$/.exec(h);
    // (a year's share of it, as a 年度重点项目计划 heads it: 2026年计划投资（万元）; the year stays in the name)
    const moneyYear = /^((?:19|20)\d{2})年度?(?=[\u4e00-\u9fa5]*投资)/.exec(h);
    const money = HEAD.money.exec(moneyYear ? h.slice(moneyYear[0].length) : h);
    // (a header joining the units to their people, 责任科室及责任人, is read by its units' part, 责任科室)
    const label = LABEL_COLUMN.get((jointUnits(h) ?? h).replace(/（/g, '(').replace(/）/g, ')'));
    if (y) c.years.set(i, Number(y[1]));
    else if (money) c.money.set(i, { name: moneyYear ? `${moneyYear[1]}年${money[1]}` : money[1], unit: money[2], year: moneyYear ? Number(moneyYear[1]) : null });
    else if (HEAD.quarter.test(h)) c.quarters.push(i);
    else if (HEAD.month.test(h)) c.months.push(i);
    else if (HEAD.span.test(h)) c.span = i;
    else if (HEAD.number.test(h)) c.number = i;
    // (a column of people — 牵头领导, 分管领导, 责任人 — names no department: its cell stays the row's text, under its header)
    // (a 吴江区 分解落实方案's 牵头领导 beside its 责任单位: "周明"; cellrows.ts personHead)
    else if (personHead(h)) return;
    else if (HEAD.partners.test(h) || (label === 'partners' && c.partners < 0)) c.partners = i;
    else if (HEAD.lead.test(h) || label === 'lead') {
      // with both a 牵头单位 and a 责任单位 column, 牵头 leads and 责任 are partners
      if (/牵头|主责|主要责任/.test(h)) { if (c.lead >= 0 && c.partners < 0) c.partners = c.lead; c.lead = i; } else if (c.lead >= 0) { if (c.partners < 0) c.partners = i; } else c.lead = i;
    }
    else if (HEAD.deadline.test(h)) c.deadline = i;
    else if (HEAD.task.test(h) && c.task < 0) c.task = i;
    else if (HEAD.group.test(h)) c.group = i;
    else if (HEAD.content.test(h)) { if (firstContent < 0) firstContent = i; c.content = i; }
  });
  // no task column: the first content column names the rows (整治内容 before 整治标准), a later one is their content
  if (c.task < 0 && c.content >= 0) { c.task = firstContent; c.content = c.content === firstContent ? -1 : c.content; }
  if (c.task < 0 && c.number < 0) return null;
  // (an indicator table — 序号 | 指标名称 | 单位 | 2026年目标 | 责任单位 — names indicators, not tasks: its 序号 and year
  // columns would give its rows' departments and targets to the tasks of those numbers)
  if (c.task < 0 && cells.some((x) => IND_HEAD.name.test(foldScript(x).replace(/[\s*]/g, '')))) return null;
  c.leadLabelled = c.lead >= 0 && /牵头|主责|主要责任/.test(foldScript(cells[c.lead]));
  c.projects = c.task >= 0 && HEAD.project.test(foldScript(cells[c.task]).replace(/[\s*]/g, ''));
  return c.lead >= 0 || c.partners >= 0 || c.years.size > 0 || c.deadline >= 0 ? c : null;
}

/**
 * What each column of a table holds, by its header (readHeader): departments (牵头 / 配合 / 责任 columns), times (years,
 * quarters, months, a deadline, a span), amounts, or text (the task, its content, a number, a person). null: the cells
 * are no header read so. A 同左 cell copies only the cell of the same kind before it (paragraphs.ts fillDittoCells).
 */
export function columnKinds(head: string[]): ('unit' | 'time' | 'money' | 'text')[] | null {
  const c = readHeader(head);
  if (!c) return null;
  return head.map((_, i) => (i === c.lead || i === c.partners ? 'unit'
    : c.years.has(i) || c.quarters.includes(i) || c.months.includes(i) || i === c.deadline || i === c.span ? 'time'
      : c.money.has(i) ? 'money' : 'text'));
}

/** A task table's row as tableTaskRows reads it. */
export interface TableTaskRow {
  para: Para;
  number: string;
  n: number;
  name: string;
  content: string;
  /** The group its 类别 / 分类 cell names (carried down the rows under a cell written once), or a group row's line. */
  group: string;
  /** The group column's cell as a line of the task's text ("分类：民生保障"), for a reading that makes no groups of it. */
  groupLine: string;
}

/**
 * Cells that are the header of a task table: a task column and a department column — or, in a numbered list of works
 * without departments, a task column and a schedule (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况: a 重点工作清单 the
 * office follows quarter by quarter, each row a task with the stages its 进度安排 gives).
 */
export function taskTableHeader(cells: string[]): boolean {
  const cols = readHeader(cells);
  return !!cols && taskColumns(cols);
}
function taskColumns(cols: Columns): boolean {
  return cols.task >= 0 && cols.task !== cols.number && (cols.lead >= 0 || cols.partners >= 0 || (cols.number >= 0 && !cols.projects && (cols.deadline >= 0 || cols.quarters.length > 0 || cols.months.length > 1)));
}

/**
 * The rows of a task table (a header with a task column and a department column, as its first row) as tasks to
 * create: number as written, name, content. Null when the run is no such table or has fewer than `min` named rows
 * (two; one for a table continued after another, its header repeated).
 */
export function tableTaskRows(run: Para[], min = 2): TableTaskRow[] | null {
  const cols = run[0]?.cells ? readHeader(run[0].cells) : null;
  if (!cols || !taskColumns(cols)) return null;
  const out: TableTaskRow[] = [];
  /** The 类别 cell the rows are under: written on the first row of its group only (merged down), empty below it. */
  let group = '';
  const head = run[0].cells!.map((c) => c.trim());
  const read = new Set([cols.number, cols.task, cols.group, cols.content, cols.lead, cols.partners, cols.deadline, cols.span, ...cols.years.keys(), ...cols.money.keys(), ...cols.months]);
  const extra: number[] = [];
  for (let k = 0; k < head.length; k++) if (!read.has(k) && head[k]) extra.push(k);
  for (const r of run.slice(1)) {
    const cells = r.cells!;
    // the header written again (a table pasted from printed pages, its head on each): no row
    if (cells.length === head.length && cells.every((c, k) => c.trim() === head[k])) continue;
    let name = (cells[cols.task] ?? '').trim();
    const number = cols.number >= 0 ? (cells[cols.number] ?? '').trim() : '';
    let rowMark = '';
    // a row whose number and task cells are empty goes on from the row above (cells merged down): more of its content
    if (!name && !number && out.length && !readHeader(cells)) {
      const more = cols.content >= 0 ? (cells[cols.content] ?? '').trim() : '';
      if (more) out[out.length - 1].content += (out[out.length - 1].content ? '\n' : '') + more;
      continue;
    }
    if (!name || readHeader(cells)) return null;
    // a mark before the task cell's words ("★推行经营主体“一照多址”", the list's new or key items, explained under its
    // title) is no part of the name: the task is named by the words, the mark kept as the first line of its text (the
    // 序号 cell stays the number as written)
    const mark = /^[★☆▲△]\s*(?=\S)/.exec(name);
    if (mark) { rowMark = mark[0].trim(); name = name.slice(mark[0].length); }
    let content = cols.content >= 0 ? (cells[cols.content] ?? '').trim() : '';
    // a column the table's grammar does not read (任务来源, 备注, 责任领导 …): its cell stays the task's text, under its header
    for (const k of extra) {
      const cell = (cells[k] ?? '').trim();
      if (cell) content += (content ? '\n' : '') + `${head[k]}：${cell}`;
    }
    // month columns: one line naming the months ticked, a month's own words on a line of their own (monthsLine)
    const months = monthsLine(cells, cols, head);
    if (months) content += (content ? '\n' : '') + months;
    // words of a department cell that name no department ("区商务委，每季度报送进展", "区科委，2025年底前完成"): the
    // task's text, each a line of its own (the cell's names are the task's departments, applyCellTables; nothing else
    // keeps the row)
    for (const k of [cols.lead, cols.partners]) {
      const cell = k >= 0 ? (cells[k] ?? '').trim() : '';
      if (!cell || rolesList(cell)) continue;
      const words: string[] = [];
      splitDepartments(cell, words);
      for (const w of words) content += (content ? '\n' : '') + w;
    }
    if (cols.group >= 0 && (cells[cols.group] ?? '').trim()) group = cells[cols.group].trim();
    if (rowMark) content = rowMark + (content ? '\n' + content : '');
    out.push({ para: r, number, n: Number(/^[0-9]{1,3}/.exec(number)?.[0] ?? out.length + 1), name, content, group, groupLine: cols.group >= 0 && group ? `${head[cols.group]}：${group}` : '' });
  }
  return out.length >= min ? out : null;
}

 /** A tick in a month's cell: the task runs that month. */
const TICK = /^[●○◆◇■□√✓✔☑★▲△]$/;
/**
 * A row's month columns as a line of its task's text: "推进月份：1月、2月、3月" for the months ticked (●, √ …), and
 * "6月：完成招标" for a month whose cell says what is done then. Null when no month is written.
 */
export function monthsLine(cells: string[], cols: Columns, head: string[]): string | null {
  // (read once per row: tableTaskRows keeps it as the task's text, applyCellTables as its milestone — MONTHS_READ)
  if (MONTHS_READ.has(cells)) return MONTHS_READ.get(cells)!;
  const line = readMonths(cells, cols, head);
  MONTHS_READ.set(cells, line);
  return line;
}
/** Each row's months line, by the row's cells (a row belongs to one table: one header, one reading). */
const MONTHS_READ = new WeakMap<string[], string | null>();
function readMonths(cells: string[], cols: Columns, head: string[]): string | null {
  const ticked: string[] = [];
  const said: string[] = [];
  for (const i of cols.months) {
    const cell = (cells[i] ?? '').trim();
    if (!cell || EMPTY.test(cell)) continue;
    if (TICK.test(cell)) ticked.push(head[i].trim());
    else said.push(`${head[i].trim()}：${cell}`);
  }
  const lines = [...(ticked.length ? [`推进月份：${ticked.join('、')}`] : []), ...said];
  return lines.length ? lines.join('\n') : null;
}

/** The year's last month or quarter (十二月, 12月份, 四季度, 第四季度末). */
const YEAR_END_COLUMN = /^(?:12|十二)月|^第?[四4]季度/;
/**
 * The stage of a one-year plan's task whose months or quarters are ticked or written (general-rules-imp41): the last
 * column filled says it — its words' stage ("完成验收", "建成投用": 完成; "启动招标": 启动), else a tick in the year's last
 * month or quarter is work that runs the whole year (推进), and a tick before it work done by then (完成).
 */
function spanStage(cells: string[], columns: number[], head: string[]): Milestone['stage'] {
  let last = -1;
  for (const i of columns) if ((cells[i] ?? '').trim() && !EMPTY.test((cells[i] ?? '').trim())) last = i;
  if (last < 0) return null;
  const cell = cells[last].trim();
  if (!TICK.test(cell)) return cellStage(cell).stage ?? wordsStage(cell);
  return YEAR_END_COLUMN.test(head[last]?.trim() ?? '') ? '推进' : '完成';
}
/** The stage a quarter's or a month's words say in other words than a stage's: 建成投用, 完成验收 (完成); 启动建设, 开工 (启动). */
const wordsStage = (cell: string): Milestone['stage'] => (/(完成|完工|竣工|建成|投用|投产|验收)/.test(cell) ? '完成' : /(启动|开工)/.test(cell) ? '启动' : null);

/** A 序号 under another row's: "1-1", "1.1", "1－2" (the number of the row it details, a separator, its own). */
const SUB_NUMBER = /^([0-9]{1,3})\s*([-.．－—])\s*([0-9]{1,3})$/;

/**
 * The rows of a task table numbered in two levels ("1 提升政务服务效能" over "1-1 …", "1-2 …"; or 1.1, 1.2): the rows
 * of a whole number that rows of its sub-numbers follow are their groups. Null unless every row is one or the other and
 * every sub-numbered row follows its group's row. A sub-numbered row's `n` becomes its own number (the 2 of "1-2"),
 * as a heading "（2）" has. A decimal point's sub-number whose trailing zero a spreadsheet dropped — the tenth row
 * "1.10" typed into a number cell is stored and shown as 1.1, also in a table pasted from it — is read as the number its
 * place gives: a "1.1" right after "1.9" of the same group is 1.10, a "1.2" after "1.19" is 1.20.
 */
export function numberedGroups<R extends { number: string; n: number }>(rows: R[]): { head: R; rows: R[] }[] | null {
  if (!rows.some((r) => SUB_NUMBER.test(r.number))) return null;
  const out: { head: R; rows: R[] }[] = [];
  const subs: { r: R; number: string; n: number }[] = [];
  for (const r of rows) {
    const sub = SUB_NUMBER.exec(r.number);
    if (sub) {
      const group = out[out.length - 1];
      if (group?.head.number !== sub[1]) return null;
      let n = Number(sub[3]);
      let number = r.number;
      const prev = group.rows.length ? subs[subs.length - 1].n : 0;
      // (only after a row ending in 9, only for a decimal point, and only where the number read as written would not
      // follow on: "1.1" after "1.9" is 1.10; "1.1" opening a group or after "1.10" stays)
      if ((sub[2] === '.' || sub[2] === '．') && n !== prev + 1 && (prev + 1) % 10 === 0 && String(prev + 1).replace(/0+$/, '') === sub[3]) {
        n = prev + 1;
        number = `${sub[1]}${sub[2]}${n}`;
      }
      subs.push({ r, number, n });
      group.rows.push(r);
    } else if (/^[0-9]{1,3}$/.test(r.number)) out.push({ head: r, rows: [] });
    else return null;
  }
  if (!out.every((g) => g.rows.length)) return null;
  for (const s of subs) { s.r.n = s.n; s.r.number = s.number; }
  return out;
}

/** The name column of a list of projects in a 专栏 box: 工程名称, 项目名称, 重点项目, 重大工程, 名称 — a project's or a
 *  work's name, not any name (指标名称, 企业名称, 学校名称 name no project). */
const PROJECT_NAME = /^(?:(?!指标)[\u4e00-\u9fa5]{0,4}(?:项目|工程)(?:名称)?|名称)$/;

/**
 * The rows of a table of projects standing in a 专栏 box ("专栏1 对外交通重大工程" ⏎ 序号 | 工程名称 | 建设内容 | 总投资（亿元）
 * | 建设年限): the box's numbered projects, as its 1. 2. lines would be — number as in the 序号 cell, name, and the other
 * cells as "header：cell" lines of its text. Null unless the header has a 序号 and a project's name column and every row
 * a number (or, without a 序号, the name is the first column: the projects unnumbered, 工程名称 | 建设内容 | 建设年限), and none of an indicator table's columns (指标名称, 单位, 目标值: the box's indicators, read as before).
 * A 合计 / 小计 / 总计 row is no project: returned apart (`totals`), as a line of the box's text.
 */
/** A table's total row: its first cell with words is 合计, 小计 or 总计 (also letter-spaced, "合　计"). */
const TOTAL_CELL = /^(?:合|小|总)[\s\u3000]*计$/;
export const isTotalRow = (cells: string[]): boolean => TOTAL_CELL.test(cells.find((c) => c.trim())?.trim() ?? '');

export function boxProjectRows(run: Para[]): { rows: { para: Para; number: string; n: number; name: string; content: string }[]; totals: { para: Para; text: string }[] } | null {
  const head = run[0]?.cells?.map((c) => c.trim());
  if (!head) return null;
  const folded = head.map((h) => foldScript(h).replace(/[\s*]/g, ''));
  const num = folded.findIndex((h) => HEAD.number.test(h));
  const name = folded.findIndex((h, k) => k !== num && PROJECT_NAME.test(h));
  // (an indicator table in a box — 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 — stays the box's table, its rows the
  // box's indicators: readIndicatorTable's header columns, a name, a unit or a target, make no projects)
  // (a table without a 序号 column — 工程名称 | 建设内容 | 建设年限 — lists its projects unnumbered when the name is its first
  // column: each row a project with no number, as an unnumbered line would be)
  const unnumbered = num < 0 && name === 0 && head.length >= 2;
  if ((num < 0 && !unnumbered) || name < 0 || folded.some((h) => IND_HEAD.name.test(h) || IND_HEAD.unit.test(h) || IND_HEAD.target.test(h))) return null;
  const out: { para: Para; number: string; n: number; name: string; content: string }[] = [];
  const totals: { para: Para; text: string }[] = [];
  for (const r of run.slice(1)) {
    const cells = r.cells!.map((c) => c.trim());
    // (a 合计 / 小计 / 总计 row is no project: the box's text, its sums under their columns' names — "合计：总投资（亿元）80")
    if (isTotalRow(cells)) {
      const word = cells.find(Boolean)!;
      const sums = head.map((h, k) => (!cells[k] || cells[k] === word ? '' : `${h}${cells[k]}`)).filter(Boolean);
      totals.push({ para: r, text: `${word.replace(/[\s\u3000]+/g, '')}：${sums.join('，')}` });
      continue;
    }
    const number = unnumbered ? '' : cells[num] ?? '';
    const n = unnumbered ? out.length + 1 : /^[0-9０-９]{1,3}$/.test(number) ? Number(numberCell(number)) : NaN;
    if (!Number.isFinite(n) || !cells[name]) return null;
    const content = head.map((h, k) => (k === num || k === name || !cells[k] ? '' : `${h}：${cells[k]}`)).filter(Boolean).join('\n');
    out.push({ para: r, number, n, name: cells[name], content });
  }
  return out.length ? { rows: out, totals } : null;
}

const STAGE_WORDS = '启动|推进|完成|阶段性完成|推进完成|持续推进|基本完成|全面完成';
const STAGE_CELL = new RegExp(`[(（](${STAGE_WORDS})[)）]\\s*$`);
const STAGE_LEAD = new RegExp(`^(${STAGE_WORDS})\\s*[:：]\\s*`);
const stageOf = (w: string): Milestone['stage'] => (w === '启动' ? '启动' : w === '推进' || w === '持续推进' ? '推进' : '完成');
export function cellStage(cell: string): { stage: Milestone['stage']; text: string } {
  const lead = STAGE_LEAD.exec(cell.trim());
  if (lead) return { stage: stageOf(lead[1]), text: cell.trim().slice(lead[0].length).trim() };
  const m = STAGE_CELL.exec(cell);
  if (!m) return { stage: null, text: cell.trim() };
  return { stage: stageOf(m[1]), text: cell.slice(0, m.index).trim() };
}

/** A leading number of a row's name: "12.", "3.1", "重点任务3：", "（1）", "•", "①" … */
const NAME_NUMBER = /^(?:[0-9]+(?:\.[0-9]+)*[.、．:：]?|[（(][0-9一二三四五六七八九十]+[)）]|[0-9]+[)）]|[①-⑳•·●▪◆—]+|(?:重点任务|重点专项|重点工作|任务|专项|行动|项目)[0-9一二三四五六七八九十]+[:：]?|[一二三四五六七八九十]+[、.．])\s*/;

/** The text a row's name is compared with: a node's heading, else the start of its text. */
function nameText(n: PlanNode): string {
  return n.heading.trim() || n.body.trim().split('\n')[0].slice(0, 60);
}

/** Width-folded text without spaces and punctuation (same folding as profile()). */
const norm = (s: string) => profile(foldScript(s)).norm;

/**
 * The node a row names: the one whose number and name are the row's (the app's own annexes), else the best
 * match of the name without its number (character bigrams, Dice > 0.5); tasks win ties. `all` lists tasks first.
 */
function matcher(all: Draft[]) {
  const candidates = all.filter((d) => nameText(d.node));
  const ordered = [...candidates.filter((d) => d.node.kind === 'task'), ...candidates.filter((d) => d.node.kind !== 'task')];
  const exact = new Map<string, Draft>();
  /** By the name alone: a row naming a node as its heading is written is that node's, before any like it (the
   *  characters of "第1101项…" are those of "第1011项…": by likeness alone the first of them took both rows). Only a
   *  name one node has (two of one name are told apart by the row's group and number, below). */
  const named = new Map<string, Draft | null>();
  for (const d of ordered) {
    const k = norm(`${d.node.number}${nameText(d.node)}`);
    if (k && !exact.has(k)) exact.set(k, d);
    const h = norm(d.node.heading);
    if (h) named.set(h, named.has(h) ? null : d);
    // a run-in heading and its text, as the task cell wrote them ("城乡居民增收工程：新增城镇就业…", parse.ts runInCell)
    const first = d.node.heading.trim() ? d.node.body.trim().split('\n')[0] : '';
    const run = first ? norm(`${d.node.heading}${first}`) : '';
    if (run && !named.has(run)) named.set(run, d);
  }
  const profiles = new Map<Draft, TextProfile>(ordered.map((d) => [d, profile(foldScript(nameText(d.node)))]));
  // nodes without a heading, by the start of their text: a row names one by its first words ("完成老旧小区……")
  const starts = ordered.filter((d) => !d.node.heading.trim()).map((d) => ({ d, text: norm(nameText(d.node)) }));
  /** Whether `d` is `group` or under it. */
  const under = (d: Draft, group: Draft | null) => { for (let x: Draft | null = d; x; x = x.parent) if (x === group) return true; return false; };
  return (name: string, tasksOnly: boolean, group: Draft | null = null): Draft | null => {
    const hit = exact.get(norm(name)) ?? named.get(norm(name)) ?? null;
    if (hit && (!tasksOnly || hit.node.kind === 'task')) return hit;
    const stripped = name.replace(NAME_NUMBER, '').replace(/(……|…|\.\.\.)$/, '');
    const start = norm(stripped);
    // (two points may open with the same words: the one under the row's group (a row "3.2" under the node of row "3")
    // and with the row's own number, "（3）支持…", is the row's)
    const written = norm(NAME_NUMBER.exec(name)?.[0] ?? '');
    const fit = (d: Draft) => (group && under(d, group) ? 2 : 0) + (written !== '' && norm(d.node.number) === written ? 1 : 0);
    if (start.length >= 6) {
      const hits = starts.filter((x) => x.text.startsWith(start) && (!tasksOnly || x.d.node.kind === 'task'));
      let s = hits[0];
      for (const h of hits) if (fit(h.d) > fit(s.d)) s = h;
      if (s) return s.d;
    }
    const p = profile(foldScript(stripped));
    let best: Draft | null = null;
    let score = 0.5;
    for (const d of ordered) {
      if (tasksOnly && d.node.kind !== 'task') continue;
      const s = profileSimilarity(p, profiles.get(d)!);
      if (s > score || (s === score && best && fit(d) > fit(best))) { score = s; best = d; }
    }
    return best;
  };
}
const EMPTY = /^(——|—|-|--|\/|无|)$/;

/**
 * The task a row names in a text column other than the columns read (not its 序号, task, departments,
 * deadline, years, quarters, span or money): a 专项整治 任务清单's 整治内容 beside its 具体任务. Tasks only, and only a
 * cell without digits that is the task's heading or its start (a name, not words like it); null when none is.
 */
function otherCellTask(cells: string[], cols: Columns, find: (name: string, tasksOnly: boolean) => Draft | null): Draft | null {
  for (let i = 0; i < cells.length; i++) {
    // (its content column too: 整治内容 is one, beside a 具体任务 that names the rows)
    if (i === cols.task || i === cols.number || i === cols.lead || i === cols.partners || i === cols.deadline || i === cols.span) continue;
    if (cols.years.has(i) || cols.money.has(i) || cols.quarters.includes(i)) continue;
    const cell = (cells[i] ?? '').trim();
    if (cell.length < 4 || cell.length > 40 || /[0-9]/.test(cell)) continue;
    // (the cell is the task's name, not words like it: the heading starts with it or it with the heading)
    const d = find(cell, true);
    const c = cell.replace(/[\s，,。；;：:“”"（）()]/g, '');
    const h = d ? d.node.heading.replace(/[\s，,。；;：:“”"（）()]/g, '') : '';
    if (d && h && (h.startsWith(c) || c.startsWith(h))) return d;
  }
  return null;
}

/** A 序号 cell as ASCII digits (a full-width "１２" is 12). */
const numberCell = (s: string | undefined) => (s ?? '').trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The rows of task tables keyed by the tasks' numbers: a 任务分工表 (序号 and a task column) whose rows name the tasks
 * in their own shorter words ("装配式建造" for "2.推广绿色建造方式") is still read by its 序号 when the table shows it
 * counts as the text does — at least two of its rows name a task by their words, and every one of those is the
 * task of its 序号 (the N-th task of the plan). A table where a named row disagrees is not keyed (its unmatched rows
 * stay unmatched and say so).
 */
function keyedByNumber(rows: Para[], tasks: Draft[], find: (name: string, tasksOnly: boolean) => Draft | null): Set<Para> {
  const out = new Set<Para>();
  let cols: Columns | null = null;
  let seg: Para[] = [];
  let agree = 0;
  let disagree = 0;
  const close = () => { if (agree >= 2 && !disagree) for (const r of seg) out.add(r); seg = []; agree = 0; disagree = 0; };
  for (const r of rows) {
    const cells = r.cells!;
    const header = readHeader(cells);
    if (header || (cols && indicatorHeader(cells))) { close(); cols = header; continue; }
    if (!cols || cols.number < 0 || cols.task < 0 || cols.projects) continue;
    const name = (cells[cols.task] ?? '').trim();
    const num = numberCell(cells[cols.number]);
    if (!name || !/^[0-9]{1,3}$/.test(num)) continue;
    seg.push(r);
    const d = find(name, false);
    if (d) { if (tasks[Number(num) - 1] === d) agree++; else disagree++; }
  }
  close();
  return out;
}

/**
 * Apply every table with a recognisable header among `rows` (consecutive paragraphs with cells) to the nodes its
 * rows name (tasks; items and other nodes when a row names them). Returns the number of rows read: those that found
 * their node, and the rows of a project list (项目名称 …, a 重点项目表) that name no node — a project is no task, so it
 * is no missing one either: the row stays in the table as written, with no warning.
 * `speaks`: nodes whose departments a row gave (a 牵头/配合 column): the table speaks for them, so the parser does
 * not add their items' departments to them afterwards.
 */
/** A cell holding a figure (a target: 50, ≥48, 约7, 3.2), not a year. */
const FIGURE_CELL = /^(?:[≥≤><]=?|约|不低于|不少于|不高于|不超过)?\s*(?!(?:19|20)\d{2}$)\d+(?:\.\d+)?$/;

export function applyCellTables(rows: Para[], all: Draft[], period: Period | null, report: ImportReport, speaks?: Set<PlanNode>): number {
  const tasks = all.filter((d) => d.node.kind === 'task');
  // (no task yet: the rows may still name the plan's points — read back from the official .docx, a 督办台账's rows are
  // numbered points whose departments its 分解表 alone gives; they become tasks then, parse.ts promoteNamedPoints)
  if (!tasks.length && !all.some((d) => (d.node.kind === 'item' || d.node.kind === 'part') && !d.node.children.length)) return 0;
  const find = matcher(all);
  const keyed = keyedByNumber(rows, tasks, find);
  let cols: Columns | null = null;
  let matched = 0;
  /** The node of the row above: a row whose number and task cells are empty goes on from it (cells merged down). */
  let above: Draft | null = null;
  /** The node of the last row numbered "N": rows "N.1", "N.2" name nodes under it. */
  let group: Draft | null = null;
  /** Under an indicator table's header: its rows are indicators, one of them no task table's header. */
  let inIndicators = false;
  /** The lead cell of the row above, as read: a text copy of a Word table leaves a cell merged down empty below its first row. */
  let leadAbove = '';
  /** The header's cells (month columns are named by them). */
  let headCells: string[] = [];
  for (const r of rows) {
    const cells = r.cells!;
    // (a row of an indicator table is no header, whatever its name cell says: the 主要指标表's "年度任务 | 50 | % | 2025 |
    // （1）推进农村改厕" — an indicator named 年度任务, a year cell — read as one, the rows under it named tasks by their
    // indicator's words and gave them a milestone "2025")
    const header = inIndicators && cells.some((x) => FIGURE_CELL.test(x.trim())) ? null : readHeader(cells);
    if (header) { cols = header; above = null; group = null; inIndicators = false; leadAbove = ''; headCells = cells.map((c) => c.trim()); continue; }
    // an indicator table's header (指标 / 目标值 …) ends the task table above it: its rows are read as indicators
    // (readIndicatorTable), not as tasks — the 主要指标表 after the 主要任务分解表 of an exported plan
    if (indicatorHeader(cells)) { cols = null; above = null; inIndicators = true; continue; }
    if (!cols) continue;
    const name = cols.task >= 0 ? (cells[cols.task] ?? '').trim() : '';
    const merged: Draft | null = !name && cols.task >= 0 && !(cols.number >= 0 && (cells[cols.number] ?? '').trim()) ? above : null;
    if (!name && cols.number < 0 && !merged) continue;
    // the node it names: by number and name, else by name; else the N-th task when the table numbers them
    const n = cols.number >= 0 ? Number(/^[0-9]{1,3}/.exec(numberCell(cells[cols.number]))?.[0] ?? 0) : 0;
    // a row numbered "3.1" stands for a node under the third task: any node may answer; "3" only a task
    const sub = cols.number >= 0 && /^[0-9]+\.[0-9]+$/.test((cells[cols.number] ?? '').trim());
    let best: Draft | null = merged ?? (name ? find(name, false, sub ? group : null) : null);
    if (best && best.node.kind !== 'task' && !sub && cols.number >= 0) best = find(name, true) ?? best;
    if (!best && !name && n > 0 && n <= tasks.length) best = tasks[n - 1];
    // a name in other words than the heading, in a table that numbers its rows as the tasks are numbered
    if (!best && name && !sub && keyed.has(r) && n > 0 && n <= tasks.length) best = tasks[n - 1];
    // a table whose task column says what is done in other words, the task's name standing in a column of its own
    // (整治内容 | 具体任务 of a 专项整治 任务清单): a task the row's other text cell names
    if (!best && name && !sub) best = otherCellTask(cells, cols, find);
    above = best;
    if (!sub) group = best;
    if (!best && cols.projects) { matched++; continue; }
    if (!best) {
      report.warnings.push({ code: 'table-row-unmatched', message: `表格中的“${(name || cells.join(' ')).slice(0, 40)}”找不到对应任务`, line: r.line });
      continue;
    }
    matched++;
    const node = best.node;
    // a row's attribute cell (departments, deadline, years) left empty under a cell merged down over it (a 牵头单位
    // written once for the three tasks it leads): the merged cell's; its task and number cells are not inherited — a
    // row whose task cell is merged goes on from the row above (`merged`) —, nor an amount (merged over the phases of
    // one project, 总投资 is their total, not each phase's)
    // (…and a lead cell left empty in a text copy, under a row whose lead is written, the task cell its own: the cell
    // merged down over both — a task has a lead, "发展村级便民商店 | (empty) | 县供销社 …" under "… | 县商务局 | …"; the
    // header repeated after （续表） starts afresh. Other cells may be empty on their own: no partners, no deadline. The
    // cell is there, empty, and a cell after it is written — a row cut short, a hard-wrapped line of a row, has none)
    const ownLead = cols.lead >= 0 ? (cells[cols.lead] ?? '').trim() || (r.mergedFrom?.[cols.lead]?.text ?? '') : '';
    const gap = cols.lead >= 0 && cells.length > cols.lead && cells.slice(cols.lead + 1).some((x) => x.trim());
    // (a line holding its tabs only: a web page's table copied one cell per line drops a cell a rowspan covers, so an
    // empty cell there is empty — general-rules-real36's "2 | 新增公共充电桩500个。 | (empty) | 区发改局")
    const carried = gap && r.ownTabs && !ownLead && name && !r.mergedFrom && leadAbove ? leadAbove : '';
    const cellAt = (i: number): string => (i === cols!.lead && carried) || (cells[i] ?? '').trim() || (r.mergedFrom?.[i]?.text ?? '');
    if (cols.lead >= 0) leadAbove = ownLead || carried;
    const lines = (i: number): string[] => {
      const ps = r.cellLines?.[i];
      if (ps && ps.length) return ps;
      const from = !(cells[i] ?? '').trim() ? r.mergedFrom?.[i] : null;
      return from && from.lines.length ? from.lines : [cellAt(i)];
    };
    // (a lead cell "区市场监管局（牵头）、区税务局": the marked unit leads, the others help — under a 牵头 header all lead)
    // (a lead cell written as roles, "区市场监管局牵头，区税务局、区人社局配合": the 牵头 units lead, the 配合 ones help)
    const roles = cols.lead >= 0 ? rolesList(cellAt(cols.lead)) : null;
    // (words of a department cell that name no department — "区商务委，每季度报送进展" — are left out here: a task table's
    // row keeps them in its task's text, tableTaskRows; an annex's table keeps them as the annex's text)
    const leadCell = roles ? roles.lead : splitDepartments(cellAt(cols.lead), 'text');
    const marked = roles ?? (cols.lead >= 0 ? markedRoles(leadCell, cols.leadLabelled) : null);
    if (marked) for (const x of marked.partners) if (!node.partners.includes(x)) node.partners.push(x);
    if (cols.lead >= 0) for (const x of marked?.lead ?? leadCell) if (!node.lead.includes(x)) node.lead.push(x);
    if (cols.partners >= 0) for (const x of splitDepartments(cellAt(cols.partners), 'text')) if (!node.partners.includes(x) && !node.lead.includes(x)) node.partners.push(x);
    if (cols.lead >= 0 || cols.partners >= 0) speaks?.add(node);
    node.lead = preferQualified(node.lead);
    for (const [i, year] of cols.years) {
      for (const line of lines(i)) {
        const cell = line.trim();
        if (EMPTY.test(cell)) continue;
        const { stage, text } = cellStage(cell);
        if (!node.milestones.some((m) => m.year === year && m.text === text && m.stage === stage)) node.milestones.push({ year, stage, text });
      }
    }
    // 一季度 … 四季度 of a one-year plan: what is done in each quarter is a milestone of that year, its stage as said
    // ("全面完成", "建成投用" 完成); the cells stay the task's text too (tableTaskRows)
    if (cols.quarters.length && period && period.start === period.end) {
      const ticked: string[] = [];
      for (const i of cols.quarters) {
        const cell = cellAt(i);
        if (!cell || EMPTY.test(cell)) continue;
        // (a tick says when the work runs, no step of its own: the quarters ticked are one milestone, below)
        if (TICK.test(cell)) { ticked.push(headCells[i] ?? ''); continue; }
        const { stage } = cellStage(cell);
        const done = stage ?? wordsStage(cell);
        if (!node.milestones.some((m) => m.year === period.start && m.text === cell && m.stage === done)) node.milestones.push({ year: period.start, stage: done, text: cell });
      }
      // (…after a quarter's words of another stage too: "启动建设 | ● | ●" starts the work, then runs it to the year's end)
      const runs = ticked.length ? spanStage(cells, cols.quarters, headCells) : null;
      // (its text names the quarters and no stage — the stage is the milestone's own, 完成 when the ticks end before the
      // year's end: "季度：二季度、三季度", not "推进季度" beside 完成)
      if (ticked.length && !node.milestones.some((m) => m.year === period.start && m.stage === runs)) node.milestones.push({ year: period.start, stage: runs, text: `季度：${ticked.join('、')}` });
    }
    // months of a one-year plan ticked or written: the task is that year's work, done by its last month (the line
    // monthsLine gives is the milestone's text; the ticked months named without 推进, which the stage may contradict:
    // "月份：1月、2月、3月" 完成 — the task's text keeps "推进月份：…")
    if (cols.months.length && period && period.start === period.end) {
      const line = monthsLine(cells, cols, headCells);
      if (line && !node.milestones.some((m) => m.year === period.start)) node.milestones.push({ year: period.start, stage: spanStage(cells, cols.months, headCells), text: line.split('\n')[0].replace(/^推进月份：/, '月份：') });
    }
    if (cols.deadline >= 0) {
      const cell = cellAt(cols.deadline);
      // (full-width digits read as ASCII: "２０２５年６月底前", "８月底前"; the milestone keeps the cell as written)
      const seen = halfDigits(cell);
      // (also a date written with figures alone, as a spreadsheet's cell holds it as text: 2026-10-31, 2026.12, 2026/9)
      const y = /((?:19|20)\d{2})\s*年/.exec(seen) ?? /^((?:19|20)\d{2})\s*[-./／]\s*[01]?\d(?:\s*[-./／]\s*[0-3]?\d)?\s*(?:底|末)?\s*(?:前|之前)?$/.exec(seen.trim());
      if (y && !node.milestones.some((m) => m.year === Number(y[1]) && m.stage === '完成')) node.milestones.push({ year: Number(y[1]), stage: '完成', text: cell });
      // "6月底前", "第三季度", "年底前" in a one-year plan: that year (as a 完成时限 line without a year says it); not 全年,
      // 持续推进 (standing terms). Also a 进度安排 of stages numbered ① ② ③, the first a month's ("①2月上旬前，完成设计招标。
      // ②3月底前，…"): the year's work, done by its last stage
      else if (!y && period && period.start === period.end && /^(?:[\u2460-\u2473]\s*)?(?:于)?\s*(?:[0-9]{1,2}\s*月|第?[一二三四1-4]\s*季度|[上下]半年|年底|年末)/.test(seen) && !node.milestones.some((m) => m.year === period.start && m.stage === '完成')) {
        node.milestones.push({ year: period.start, stage: '完成', text: cell });
      }
    }
    // 建设年限 "2025—2027年": started in 2025, done in 2027 (one year: done that year)
    if (cols.span >= 0) {
      const cell = cellAt(cols.span);
      const m = /((?:19|20)\d{2})\s*年?(?:\s*(?:[-—–~～－]+|至|到)\s*((?:19|20)\d{2})\s*年?)?/.exec(cell);
      if (m) {
        const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
        const add = (year: number, stage: Milestone['stage']) => { if (!node.milestones.some((x) => x.year === year && x.stage === stage)) node.milestones.push({ year, stage, text: cell }); };
        if (to > from) add(from, '启动');
        if (to >= from) add(to, '完成');
      }
    }
    // 总投资（亿元）"18.5": an indicator of the row's task
    for (const [i, money] of cols.money) {
      const cell = (cells[i] ?? '').trim(); // (an amount merged over several rows is their total: no row's own)
      // (with its thousands separated, as a number stored as text often is: 1,200)
      if (!/^(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?$/.test(cell)) continue;
      const value = Number(cell.replace(/,/g, ''));
      if (!node.indicators.some((x) => x.name === money.name && x.value === value && x.unit === money.unit)) {
        node.indicators.push({ name: money.name, value, unit: money.unit, comparator: '=', year: money.year, text: `${money.name}${cell}${money.unit}` });
      }
    }
    void period;
  }
  return matched;
}

// --- indicator tables ----------------------------------------------------------------------------------

const IND_HEAD = {
  name: /^(指标|指标名称|主要指标|指标项)$/,
  target: /^(目标值|目标|预期值|指标值|预期目标)$/,
  unit: /^(单位|计量单位)$/,
  year: /^(年份|目标年份|年度|目标年)$/,
  owner: /^(所属任务|所属事项|所属|对应任务|任务|所属章节)$/,
};

/**
 * A row of an indicator table, not yet placed: placed after the text's own indicators are read. `at`: the row of a
 * table without an owner column, whose indicators are those of the node it stands in.
 */
export interface IndicatorTableRow { owner: string; indicator: Indicator; line: number; at?: Para; roles?: Responsibility }

/** A target column named with its year: "2027年目标值", "目标值（2027年）", "2027年目标", or the year alone ("2027年"). */
const YEAR_TARGET = /^(?:((?:19|20)[0-9]{2})年?(?:目标值|目标|预期值|预期目标)?|(?:目标值|目标|预期值|预期目标)[（(]((?:19|20)[0-9]{2})年?[)）])$/;
/** A base column: what is there at the start (2024年基期值, 现状值, 基准值 …), never the target. */
const BASE_COLUMN = /(基期|基准|现状|基数|现值|实际)/;

/**
 * The target column of an indicator table without an 目标值 column of its own: the column naming the latest year
 * ("2027年目标值", "2027年") among two or more year columns or one naming a target, never a 基期值 column; its year.
 */
function yearTarget(heads: string[]): { col: number; year: number } | null {
  const cols = heads.map((h, i) => ({ i, m: BASE_COLUMN.test(h) ? null : YEAR_TARGET.exec(h), h })).filter((c) => c.m);
  const years = heads.filter((h) => /(?:19|20)[0-9]{2}/.test(h)).length;
  const named = cols.filter((c) => /目标|预期/.test(c.h));
  const pick = named.length ? named : years >= 2 ? cols : [];
  let best: { col: number; year: number } | null = null;
  for (const c of pick) { const y = Number(c.m![1] ?? c.m![2]); if (!best || y > best.year) best = { col: c.i, year: y }; }
  return best;
}

/**
 * The other target columns of a table with several, each named as a target and with its year ("2025年目标值" beside
 * "2027年目标值" and "2024年基期值"): each is a target of its own year. Columns of years alone are targets beside a
 * base column ("基期值 | 2025年 | 2027年": what there is, then what there is to be each year); without one (a table of
 * years alone, "2025年 | 2026年 | 2027年") they are left as they were.
 */
function earlierTargets(heads: string[], main: number, period: Period | null = null): Array<{ col: number; year: number }> {
  const out: Array<{ col: number; year: number }> = [];
  // (…and so are they in a table of a target for each year of the plan, "指标 | 单位 | 2025年 | 2026年 | 2027年" in a
  // 2025—2027 plan: each year's column says what is to be reached that year — batch 27)
  const based = heads.some((h) => BASE_COLUMN.test(h)) || yearByYear(heads, main, period);
  for (let i = 0; i < heads.length; i++) {
    if (i === main || BASE_COLUMN.test(heads[i]) || !(/目标|预期/.test(heads[i]) || (based && /^(?:19|20)[0-9]{2}年?$/.test(heads[i])))) continue;
    const m = YEAR_TARGET.exec(heads[i]);
    if (m) out.push({ col: i, year: Number(m[1] ?? m[2]) });
  }
  return out;
}

/**
 * Columns headed by a year alone, one after another (2025年 | 2026年 | 2027年), every one a year of the plan's period, the
 * target column among them: a target for each year. A year before the period (2024年 beside 2025年 and 2027年 of a
 * 2025—2027 plan, 2020年 beside 2025年 of a 十四五 one) is what there was — those tables keep their latest column only,
 * as do years with a gap between them (2026年 | 2028年, the start beside the end) and a plan whose period is unknown.
 */
function yearByYear(heads: string[], main: number, period: Period | null): boolean {
  if (!period) return false;
  const years = heads.filter((h) => /^(?:19|20)[0-9]{2}年?$/.test(h)).map((h) => Number(h.slice(0, 4)));
  return years.length >= 2 && /^(?:19|20)[0-9]{2}年?$/.test(heads[main] ?? '') && !heads.some((h) => /目标|预期/.test(h)) &&
    years.every((y, i) => y >= period.start && y <= period.end && (i === 0 || y === years[i - 1] + 1));
}

/**
 * A target cell that writes its unit after the number: "≥95%", "不少于3个", "100%" in a row whose 单位 cell says % or
 * 个 (or, without a 单位 column, a unit the reader knows) — the number is the target, the unit the row's.
 */
function cellUnit(cell: string, unit: string, hasUnitColumn: boolean): { cell: string; unit: string } {
  const f = foldScript(cell).trim().replace(/％/g, '%');
  const m = /^(.*?[0-9])\s*([^0-9\s.]{1,4})$/.exec(f);
  if (!m) return { cell, unit };
  const u = m[2];
  if (unit ? foldScript(unit).trim().replace(/％/g, '%') === u : !hasUnitColumn && isUnit(u)) return { cell: m[1], unit: unit || u };
  return { cell, unit };
}

const COMPARATOR_OF: Array<[RegExp, Comparator]> = [[/^(≥|>=|不低于|不少于|达到)/, '>='], [/^(≤|<=|不超过|不高于|控制在)/, '<='], [/^(>|＞|超过)/, '>'], [/^(<|＜|低于)/, '<'], [/^(约|~|～)/, '~']];

/** A 目标值 cell: "≥75" → { comparator '>=', value 75 }, "≤-5" → { '<=', -5 } (a sign: a fall, a negative rate); a cell that is no number keeps its text. */
export function readTarget(cell: string): { value: number | null; comparator: Comparator; rest: string } {
  let t = foldScript(cell).trim();
  let comparator: Comparator = '=';
  for (const [re, c] of COMPARATOR_OF) { const m = re.exec(t); if (m) { comparator = c; t = t.slice(m[0].length).trim(); break; } }
  const m = /^([-−])?\s*([0-9]+(?:\.[0-9]+)?)$/.exec(t.replace(/,/g, ''));
  return m ? { value: m[1] ? -Number(m[2]) : Number(m[2]), comparator, rest: '' } : { value: null, comparator: '=', rest: cell.trim() };
}

/** Whether a row is the header of an indicator table: a name column and a target column. */
function indicatorHeader(cells: string[]): boolean {
  const heads = cells.map((c) => foldScript(c).replace(/[\s*]/g, ''));
  return heads.some((h) => IND_HEAD.name.test(h)) && heads.some((h) => IND_HEAD.target.test(h));
}

/** Whether a row is the header of an indicator table without an owner column (a 主要指标 table: 指标名称 and 目标值, or
 *  the latest year's target beside the base year's), whose rows are the indicators of the node it stands in. */
export function standingIndicatorHeader(cells: string[]): boolean {
  const heads = cells.map((c) => foldScript(c).replace(/[\s*]/g, ''));
  if (!heads.some((h) => IND_HEAD.name.test(h)) || heads.some((h) => IND_HEAD.owner.test(h))) return false;
  return heads.some((h) => IND_HEAD.target.test(h)) || !!yearTarget(heads);
}

/**
 * The indicator tables standing among the lines of a plan's head (a workbook's 主要指标 sheet before its 任务 sheet),
 * each with the line over it as its title when the head has another line after it to be the plan's (the 任务 sheet's
 * title).
 */
export function indicatorRuns(head: Para[]): { run: Para[]; title: Para | null }[] {
  const out: { run: Para[]; title: Para | null }[] = [];
  for (const run of cellRuns(head)) {
    if (!standingIndicatorHeader(run[0].cells!)) continue;
    const k = head.indexOf(run[0]);
    const over = head[k - 1];
    const later = head.slice(head.indexOf(run[run.length - 1]) + 1).some((p) => !p.cells && p.text.length >= 6);
    out.push({ run, title: over && !over.cells && over.text.length <= 40 && later ? over : null });
  }
  return out;
}

/** The rows of indicator tables among `rows` (paragraphs with cells), read by their header row. */
export function readIndicatorTable(rows: Para[], period: Period | null = null): IndicatorTableRow[] {
  const out: IndicatorTableRow[] = [];
  let cols: Record<keyof typeof IND_HEAD, number> | null = null;
  let standing: { year: number | null; others?: Array<{ col: number; year: number }>; width?: number } | null = null;
  for (const r of rows) {
    const cells = r.cells!;
    const heads = cells.map((c) => foldScript(c).replace(/[\s*]/g, ''));
    const found = Object.fromEntries(Object.entries(IND_HEAD).map(([k, re]) => [k, heads.findIndex((h) => re.test(h))])) as Record<keyof typeof IND_HEAD, number>;
    // a table that says whose each indicator is; or, without that column, a table of named indicators with a target
    // column (目标值, or the latest year: "2027年目标值" beside "2024年基期值") standing in the text: the indicators of
    // the node it stands in (a 主要指标 table under 主要目标)
    if (found.name >= 0 && found.target >= 0 && found.owner >= 0) { cols = found; standing = null; continue; }
    const byYear = found.name >= 0 && found.owner < 0 && found.target < 0 ? yearTarget(heads) : null;
    if (found.name >= 0 && found.owner < 0 && (found.target >= 0 || byYear)) {
      cols = { ...found, target: found.target >= 0 ? found.target : byYear!.col };
      standing = { year: found.target >= 0 ? null : byYear!.year };
      if (byYear) { const others = earlierTargets(heads, byYear.col, period); if (others.length) { standing.others = others; standing.width = cells.length; } }
      continue;
    }
    if (!cols) continue;
    const at = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    let name = at(cols.name);
    const target = at(cols.target);
    if (!name || !target) continue;
    let unit = at(cols.unit);
    const own = cellUnit(target, unit, cols.unit >= 0);
    const { value, comparator, rest } = readTarget(own.cell);
    unit = own.unit;
    // without a 单位 column, the unit in the bracket closing the name: "每千名老年人拥有养老床位数（张）", "…占比（%）"
    if (!unit && cols.unit < 0) {
      const u = /^(.{2,}?)\s*[（(]\s*([^()（）]{1,6})\s*[)）]$/.exec(name);
      if (u && isUnit(foldScript(u[2]).replace(/％/g, '%'))) { name = u[1]; unit = u[2].trim(); }
    }
    // a roles bracket closing the name ("老旧小区改造完成率（区住建局牵头）", "…利用率（责任单位：区城管局）"): who answers for
    // the indicator, not what is measured — its units go to the node the row's indicator goes to (applyIndicatorRows),
    // the indicator's text keeps the cell as written
    const written = name;
    let roles: Responsibility | undefined;
    const rb = /[（(]([^（()）]+)[)）]\s*$/.exec(name);
    if (rb && rb.index >= 2 && rolesBracket(rb[1])) {
      const found = findResponsibility(name);
      roles = found && found.lead.length + found.partners.length ? found : { lead: splitDepartments(rb[1].replace(/^[^:：]*[:：]/, ''), 'text'), partners: [] };
      name = name.slice(0, rb.index).trim();
    }
    const y = /^((?:19|20)[0-9]{2})/.exec(at(cols.year));
    const year = y ? Number(y[1]) : standing?.year ?? null;
    out.push({
      owner: at(cols.owner),
      indicator: { name, value, unit, comparator, year, text: rest || `${written}${target}${own.cell === target ? unit : ''}` },
      line: r.line,
      ...(standing ? { at: r } : {}),
      ...(roles ? { roles } : {}),
    });
    // (the table's other target columns: "2025年目标值" beside "2027年目标值", each a target of its year — read in a
    // whole row only, its name no unit: a row with fewer cells than its header, or one whose cells a hard-wrapped text
    // moved ("台" in the name's column), has them out of place)
    for (const o of standing?.others && cells.length === standing.width && !isUnit(foldScript(name)) ? standing.others : []) {
      const cell = at(o.col);
      const u = cell ? cellUnit(cell, unit, cols.unit >= 0) : null;
      const t = u ? readTarget(u.cell) : null;
      if (!t || t.value === null) continue;
      out.push({ owner: '', indicator: { name, value: t.value, unit: u!.unit, comparator: t.comparator, year: o.year, text: `${name}${cell}${u!.cell === cell ? unit : ''}` }, line: r.line, at: r });
    }
  }
  return out;
}

/** The units of an indicator's roles bracket added to its node's: a lead or partner it does not name yet. */
function giveRoles(node: PlanNode, roles: Responsibility): void {
  for (const d of roles.lead) if (!node.lead.includes(d)) node.lead.push(d);
  for (const d of roles.partners) if (!node.lead.includes(d) && !node.partners.includes(d)) node.partners.push(d);
}

/**
 * Give each node named by indicator-table rows the indicators of those rows, in table order: the table speaks for
 * that node (an indicator also found in its text keeps the sentence it was read from). Returns the rows placed.
 */
export function applyIndicatorRows(rows: IndicatorTableRow[], all: Draft[], report: ImportReport, standsIn?: (p: Para) => Draft | undefined): number {
  if (!rows.length) return 0;
  const find = matcher(all);
  const byNode = new Map<PlanNode, Indicator[]>();
  let placed = 0;
  const same0 = (a: Indicator, b: Indicator) => a.value === b.value && foldScript(a.unit) === foldScript(b.unit) && norm(a.name) === norm(b.name);
  for (const r of rows) {
    // a table without an owner column adds its rows to the node it stands in (the node's own reading stays)
    if (r.at) {
      const d = standsIn?.(r.at);
      if (d && d.node.kind !== 'appendix' && !d.node.indicators.some((x) => same0(x, r.indicator))) d.node.indicators.push(r.indicator);
      if (d && d.node.kind !== 'appendix' && r.roles) giveRoles(d.node, r.roles);
      if (d) placed++;
      continue;
    }
    // (a cell naming two nodes, "一、总体目标；1.推进旧住房成套改造" — the app's 主要指标表 for a goal a task carries —
    // gives the indicator to each: when each of its parts names a node)
    const parts = /[；;]/.test(r.owner) ? r.owner.split(/[；;]/).map((x) => x.trim()).filter(Boolean).map((x) => find(x, false)) : [];
    const several = parts.length > 1 && parts.every(Boolean) ? [...new Set(parts as Draft[])] : [];
    const whole = several.length > 1 ? null : r.owner ? find(r.owner, false) : null;
    const ds = several.length > 1 ? several : whole ? [whole] : [];
    if (!ds.length) {
      report.warnings.push({ code: 'table-row-unmatched', message: `指标表中的“${r.indicator.name.slice(0, 30)}”找不到所属任务`, line: r.line });
      continue;
    }
    placed++;
    for (const d of ds) {
      if (r.roles) giveRoles(d.node, r.roles);
      const list = byNode.get(d.node) ?? [];
      list.push({ ...r.indicator });
      byNode.set(d.node, list);
    }
  }
  const same = (a: Indicator, b: Indicator) => a.value === b.value && foldScript(a.unit) === foldScript(b.unit) && norm(a.name) === norm(b.name);
  for (const [node, list] of byNode) {
    node.indicators = list.map((i) => {
      const had = node.indicators.find((x) => same(x, i));
      return had ? { ...i, text: had.text } : i;
    });
  }
  return placed;
}

/** A short label standing alone between table rows: the title of the group of rows after it. */
// (a numbered one may be longer, saying what the group covers and who leads it: "一、主要经济社会发展指标、发改、财政…等
// 工作目标(牵头领导:…)", up to 80 characters, as cellrows.ts reads it)
const GROUP_NUMBERED = new RegExp(`^${GROUP_NUMBER}`);
const groupRow = (p: Para) => !p.heading && (p.text.trim().length <= 40 || (p.text.trim().length <= 80 && GROUP_NUMBERED.test(p.text.trim()))) && !/[。；;]/.test(p.text);

/** The runs of consecutive paragraphs with cells (tables), in document order; group rows inside a table are passed over. */
export function cellRuns(paras: Para[]): Para[][] {
  const runs: Para[][] = [];
  let cur: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.cells && p.cells.length >= 2) cur.push(p);
    // a group row of a flattened table ("一、提升商业载体能级" across all columns) between two rows: the table goes on
    // (not a heading before another table: that one starts with its own header row)
    else if (cur.length && groupRow(p) && paras[i + 1]?.cells && paras[i + 1].cells!.length >= 2 && !readHeader(paras[i + 1].cells!)) continue;
    else if (cur.length) { runs.push(cur); cur = []; }
  }
  if (cur.length) runs.push(cur);
  return runs.filter((r) => r.length >= 2);
}

/**
 * A quarter of a year (一季度, 第三季度, 三季度末): it stands where a month does — after a year ("2026年一季度完成选址",
 * "2027年第二季度前建成") or alone in a one-year plan or on a dated schedule line ("第三季度末前完成主体改造").
 */
const QUARTER = '第?[一二三四1-4]\\s*季度';
/** A step of a dated schedule line said by its quarter alone, 前 or not ("二季度启动改造施工", "第三季度末前完成主体改造"). */
const QUARTER_STEP = new RegExp(`^(?:[于在]\\s*)?${QUARTER}末?\\s*(?:前|之前)?\\s*${'(?:全部|全面|基本|初步|率先|力争|确保)'}?\\s*(?![未不])[\\u4e00-\\u9fa5]{2}`);
const LABEL = new RegExp(`(${alternation(SCHEDULE_LABELS, DEADLINE_LABELS)})\\s*[:：]`);
/** A schedule's label at the start of a sentence, with its colon. */
const LABEL_AT_START = new RegExp(`^\\s*${alternation(SCHEDULE_LABELS, DEADLINE_LABELS)}\\s*[:：]\\s*`);
/** A schedule's entry: the year first, a deadline word (前) when there is one, then what is done (not a bare year). */
const SCHEDULE_ENTRY = new RegExp(`^\\s*((?:19|20)\\d{2})\\s*年\\s*(?:[0-9]{1,2}\\s*月份?|${QUARTER})?\\s*(?:底|末|上半年|下半年|年底)?\\s*(前|之前)?\\s*[:：]?\\s*(?=[\\u4e00-\\u9fa5])(?!以前|以来|以后)`);
/** "完成时限：2025年6月底前": the year the task is to be done. */
const DEADLINE_YEAR = new RegExp(`^(${DEADLINE_LABEL})\\s*[:：]\\s*(?:于)?\\s*((?:19|20)\\d{2})\\s*年`);
/** "完成时限：6月底前" / "第三季度" / "年底前", "时间节点：3月底前完成招标；…": a deadline (or a schedule's first node)
 *  without a year (the year of a one-year plan). */
const DEADLINE_NO_YEAR = new RegExp(`^(${TIME_LABEL})\\s*[:：]\\s*(?:于)?\\s*(?:[0-9]{1,2}\\s*月|${QUARTER}|[上下]半年|年底|年内|年末)`);
/** A time label of any kind: a one-year plan's text without a year may still say when (precheck of textMilestones). */
const TIME_LABEL_RE = new RegExp(`${TIME_LABEL}\\s*[:：]`);
/** What every year of YEAR_STAGE and of a 完成时限 holds. */
const YEAR_DIGITS = /(?:19|20)\d{2}/;
/** Full-width digits (a plan typed ２０２５年６月底前 throughout) read as ASCII: one code unit for one, so the view's
 *  offsets cut the milestone's words from the text as written. */
const FULL_DIGIT = /[０-９]/;
const halfDigits = (s: string) => (FULL_DIGIT.test(s) ? s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s);
/** A year written in Chinese digits before 年 ("二〇二六年10月底前完成", as a scanned 要点 writes it): its four digits read as
 *  ASCII in the view, one code unit for one (cnYear: 〇, ○ and 零 alike). */
const CN_YEAR = /(?<![〇○零一二三四五六七八九十百千])[〇○零一二三四五六七八九]{4}(?=\s*年)/g;
const digitView = (s: string) => {
  const half = halfDigits(s);
  return /[〇○零]/.test(half) ? half.replace(CN_YEAR, (y) => { const n = cnYear(y); return n && n >= 1900 && n < 2100 ? String(n) : y; }) : half;
};
/** Not a date after 截至/截止 (what is so by then: an account) or 自/从 (where something starts). */
const NOT_ACCOUNT_DATE = '(?<!(?:截至|截止|自|从)\\s*)';
/** Not a relative clause after a deadline's verb: 的 in the clause a few words on ("2000年底前建成的管道", "6月底前开工的
 *  项目"), or at the end of a list of attributes after it ("2000年底前建成、失养失修失管、配套不完善的住宅小区"). A 的
 *  before a share ("6月底前完成年度任务的50%", "…的一半", "…的三分之一") is what is done by then, no relative clause. */
const NOT_RELATIVE = '(?![^，,。；;\\n]{0,8}的(?![0-9.]+\\s*[%％]|一半|[一二三四五六七八九十]成|[二三四五六七八九十]分之)|、[^，,。；;\\n]*的)';
/** A date within a one-year plan's year: a month (6月, 6月底, 6月中旬) or the year's end (年底, 年末). */
const MONTH_DATE = '[0-9]{1,2}\\s*月份?\\s*(?:底|末|中旬|上旬|下旬)?|年底|年末|' + QUARTER + '末?';
/** The adverbs between a deadline and its verb ("底前全面建成", "前力争完成"). */
const DEADLINE_ADVERB = '(?:全部|全面|基本|初步|率先|力争|确保)';
/**
 * The head noun that closes a 的-phrase read as the subject of the next clause (TOPIC_RELATIVE's comma branch): a thing
 * or an actor treated so — "…完成改造的小区，按…", "…建成投用的配套设施，由…", "…完成整改的企业，可…", "…停止审批的事项，
 * 一律…", "…的住宅楼，按…", "…的违建点位，由…", "…的种植基地，可…". A verb-object nominal after the 的 is the work done
 * by then, a milestone (review rev40b F2): "2026年底前完成老旧小区改造的验收工作，由区住建局牵头", "…全区建成区的雨污分流
 * 改造，由…", "…各街道的隐患排查，须…", "…全区小区的消防验收，优先…".
 */
const TOPIC_HEAD = '(?:小区|楼栋?|楼宇|住房|农房|厂房|房屋?|住宅|项目|企业|公司|[商农住用]户|经营户|个体(?:工商)?户|家庭|居民|群众|人员|个人|老人|学生|主体|单位|机构|部门|社区|街道|乡镇|镇|村|村组|设施|设备|车辆|道路|桥梁|管网|管道|线路|河道|电梯|站点?|点位?|网点|场所|基地|园区|学校|幼儿园|医院|门店|市场|合作社|事项|建筑|车位|泊位)';
/**
 * The 的-phrase after a deadline's verb as the subject of a predicate that follows — what is treated so, not what is
 * done by then (batch 40; YEAR_STAGE, DEADLINE_ANY, DEADLINE_OPENS_CLAUSE — past NOT_RELATIVE's 8 characters in the first two): "2026年底前完成改造的小区，按每户500元标准给予奖补", "…建成投用的配套设施，由…验收",
 * "…开工建设的项目纳入区级重点项目库", "…停止审批的事项，一律…", "…完成整改的企业，可申请…", "…的企业，免费发放…".
 * The predicate opens the next clause (a treatment: 按, 由, 给予, 予以, 一律, 可, 免费, 优先, 纳入, 列入, 享受, 不再,
 * 视为, 须, 应当, 方可 …, after 均/将/全部/一律 when said), or follows the 的-phrase in its clause (纳入, 列入, 给予,
 * 予以, 享受, 一律, 可申请 …). A 的 that modifies the verb's object stays a deadline: "2027年底前实现有需求的独居老人
 * …全覆盖", "2026年6月底前建成覆盖全区的…网络。", "…出台支持民营企业发展的若干措施".
 */
/**
 * What is built by the deadline, then handed on to be run: "2027年底前建成覆盖全区的智慧停车设施，由区城投公司负责运营",
 * "…建成区级的应急物资储备设施，由区应急管理局负责日常管理" — the next step of the same work (a thing built and handed on),
 * not a treatment of what was done by then: 由 that opens a clause whose verb, closing it, is one of running (运营, 运维,
 * 管理, 管护, 维护, 运行) is no topic's predicate (general-rules-imp41).
 */
const HANDED_ON = '(?![^，,。；;\\n]{1,24}?(?:运营|运维|管理|管护|维护|运行)(?:工作)?(?:[（(][^（）()\\n]*[）)])?(?:[，,。；;\\n]|$))';
const TOPIC_RELATIVE = `[^，,。；;\\n]*?的(?:[^，,。；;\\n]{0,16}?(?:纳入|列入|给予|予以|享受|一律|均可|均按|均由|可(?:申请|享受|获得|按))|[^，,。；;\\n]{0,14}?${TOPIC_HEAD}[，,]\\s*(?:均|将|全部|一律)?\\s*(?:按|由${HANDED_ON}|给予|予以|一律|可(?!视|研|行|控|靠|持续|再生|用于)|免费|优先|纳入|列入|享受|不再|不予|视为|视同|须|应当|方可|即可|即予))`;
/**
 * A year and what is done by it: "2025年启动", "2024年底前完成", "2024年6月底前基本建成", "2026年上半年：推进". The
 * year, then a deadline word (前 / 之前) when there is one, then the stage word — not "2000年底前建成的管道", "2019年
 * 底前建成并投入使用的学校" (what was built then: 的 in the clause after the verb, or at the end of a list of attributes
 * after it: "2000年底前建成、失养失修失管、配套不完善的住宅小区"), "截至2023年底前完成投资…" (an account),
 * "1998年以前建成房屋" (以前: before then).
 */
const YEAR_STAGE = new RegExp(`${NOT_ACCOUNT_DATE}((?:19|20)\\d{2})\\s*年\\s*(?:[0-9]{1,2}\\s*月份?|${QUARTER})?\\s*(?:底|末|上半年|下半年|年底)?\\s*(前|之前)?\\s*[:：]?\\s*(?:基本|全面|全部|初步|率先)?(启动|推进|完成|建成|深化)${NOT_RELATIVE}(?!${TOPIC_RELATIVE})`, 'g');
/**
 * A deadline in any words: a year, a month, 底/末, 前, an adverb, then what is done (the verb's first two characters) —
 * not after 截至/截止/自/从 (an account or a start), not 前后 (about then), not a clause ending in 的 ("2000年底前建成的管道").
 */
/** A deadline's year, its month or quarter, 底/末 (DEADLINE_ANY, DEADLINE_OPENS_CLAUSE: groups 1 and 2). */
const DEADLINE_DATE = '((?:19|20)\\d{2})\\s*年\\s*(?:([0-9]{1,2}(?=\\s*月)|第?[一二三四1-4](?=\\s*季度))\\s*(?:月份?|季度))?\\s*(?:底|末)?\\s*';
/** After the deadline word: an adverb, then what is done (the verb's first two characters, not negated; group 4). */
const DEADLINE_VERB = `\\s*${DEADLINE_ADVERB}?\\s*(?![未不])([\\u4e00-\\u9fa5]{2})`;
const DEADLINE_ANY = new RegExp(`${NOT_ACCOUNT_DATE}${DEADLINE_DATE}(前(?!后)|之前)?${DEADLINE_VERB}${NOT_RELATIVE}(?!${TOPIC_RELATIVE})`);
/**
 * A deadline opening its clause ("，2027年底前实现有需求的独居老人全覆盖", "2026年6月底前建成覆盖全区的监测网络"): the
 * clause is the work done by then, and a 的 a few words after the verb modifies its object — no relative clause. Only a
 * 的 right after the verb ("2000年底前建成的管道"), after verbs joined to it ("建成并投入使用的学校") or at the end of a
 * list of attributes ("建成、配套不完善的小区") makes one; a year after a preposition or a verb ("对2000年底前建成…")
 * is left to DEADLINE_ANY. Always with 前 (batch 30).
 */
const DEADLINE_OPENS_CLAUSE = new RegExp(`(?<=(?:^|[，,。；;：:\\n（(])\\s*(?:(?:力争|确保|争取|计划|并|均|须|于|在)\\s*){0,2})${DEADLINE_DATE}(前(?!后)|之前)${DEADLINE_VERB}(?![^，,。；;\\n]?的|(?:并|和|及|或|、)[^，,。；;\\n]*的)(?!${TOPIC_RELATIVE})`);
/** A date the work starts from, then its verb: "2026年7月起持续推进", "2026年起全面推行" (not 施行: a rule's date; not a
 *  clause ending in 的, "2026年9月起实施的收费标准": what is in force from then, as DEADLINE_ANY's NOT_RELATIVE). */
const START_FROM = new RegExp(`${NOT_ACCOUNT_DATE}((?:19|20)\\d{2})\\s*年\\s*(?:[0-9]{1,2}\\s*月份?)?\\s*(?:[0-9]{1,2}\\s*日)?\\s*(?:起|开始)\\s*(?:全面|逐步)?(持续推进|推进|实施|开展|启动|推行|运行)${NOT_RELATIVE}`);
/** Verbs of completion that make a dated clause without 前 a deadline ("2025年9月投入使用"). */
const COMPLETION_VERB = /^(?:完工|竣工|投用|投入|通车|建成|完成)/;
/** A verb of completion a few words on from a year and month, in the same clause ("2025年9月秋季开学投入使用"). */
const COMPLETION_SOON = /^[\u4e00-\u9fa5]{0,6}?(?:完工|竣工|投用|投入使用|通车|建成)/;
/** A verb that starts the work right after a month's date ("2026年6月开工建设", "2026年9月全面开工"). */
const STARTS_DATED = /^(?:全面|正式)?(?:开工|开建|启动)/;
/** A year alone on its line in a schedule ("进度安排：" ⏎ "2025年：" ⏎ "完成管网普查。"): read with the line after it. */
const YEAR_ALONE = /(^|\n)([ \t\u3000]*(?:19|20)\d{2}\s*年\s*[:：])[ \t\u3000]*\n/g;

/** A clause that opens with a year and says what is done in it (not 2024年度, 以前/以来/以后, a month alone). */
const YEAR_CLAUSE = new RegExp(`^((?:19|20)\\d{2})\\s*年(?!度|份|以前|以来|以后|之前|之后)\\s*(?:[0-9]{1,2}\\s*月份?|${QUARTER})?\\s*(?:底|末|上半年|下半年)?\\s*(前|之前)?\\s*[:：]?\\s*[\\u4e00-\\u9fa5]`);
/** What is already there, not what is to be done ("2023年已建成…", "累计…", "比上年增长…"). */
const ACCOUNT = /已|(?<!前\s*)累计|比上年|同比|截至|截止/;
/** A deadline by month or by the year's end without a year (precheck of MONTH_CLAUSE: 月…前 / 年底前 in the text). */
const MONTH_BEFORE = /月[底末份]?前|年[底末]前|季度末?前/;
/** A year a labelled line's entry names (the year of the month deadlines after it on the line). */
const LINE_YEAR = /((?:19|20)\d{2})\s*年/;
/** The line of the text that holds the offset. */
const lineOf = (s: string, at: number) => { const e = s.indexOf('\n', at); return s.slice(s.lastIndexOf('\n', at - 1) + 1, e < 0 ? s.length : e); };
/**
 * A clause that opens with a deadline by month without a year, then what is done ("6月底前全面开工", "11月底前完成主体
 * 改造", "力争10月前建成", "并于9月底前完成"): in a one-year plan, a milestone of its year. As a year's clause of a chain
 * (YEAR_CLAUSE), the date opens the clause — at most a word of intent or a preposition before it (力争, 确保, 并, 于, 在 …),
 * so "严禁在6月底前突击花钱", "对6月底前未完成整改的…" are none; as a year's deadline (DEADLINE_ANY), no relative clause
 * ("原定6月底前开工的项目": NOT_RELATIVE) and the adverbs before the verb; nor a negated verb ("6月底前未完成…").
 * Not 次年/每年 3月 (the month of another year, or of every year: the date opens the clause).
 */
const MONTH_CLAUSE = new RegExp(`^(?:(?:力争|确保|争取|计划|并|均|须|于|在)\\s*){0,2}(${MONTH_DATE})\\s*(?:前(?!后)|之前)\\s*${DEADLINE_ADVERB}?\\s*(?![未不])([\\u4e00-\\u9fa5]{2})${NOT_RELATIVE}`);
/**
 * What is done by a deadline after its subject — a project, a facility, a work — is done by a verb of completion or of
 * starting: "城北污水管网项目于6月底前开工", "区政务服务中心二期于年底前投入使用", "智慧停车平台在9月底前上线".
 */
// (…and what is made public by then: a 目录, a 清单, a 办法 "于3月底前向社会公布", "…于6月底前出台": 公布, 发布, 出台, 印发 —
// after 向 and whom it goes to, when the sentence says so)
const DONE_VERB = '开工|开建|启动|完成|建成|完工|竣工|投用|投入使用|投入运营|投运|投产|上线|通车|开通|交付|验收|落地|办结|公布|发布|出台|印发';
/**
 * A subject, 于 or 在, a deadline within the year, then a verb of DONE_VERB (not any two characters, as when the date
 * opens its clause: the words before the date may make it anything — "严禁在6月底前突击花钱", "对6月底前未完成整改的…").
 * The subject is short and has no sentence punctuation; what it must not say is NOT_SUBJECT's.
 */
const SUBJECT_DEADLINE = new RegExp(`^([^，,。；;：:、]{2,24}?)(?:于|在)\\s*(${MONTH_DATE})\\s*(?:前(?!后)|之前)\\s*${DEADLINE_ADVERB}?\\s*(?:向[\\u4e00-\\u9fa5]{1,4}?)?(${DONE_VERB})${NOT_RELATIVE}`);
/**
 * Words before a deadline that make it no milestone: a prohibition ("严禁在6月底前突击花钱", "不得于年底前…"), a
 * condition opening the clause ("如在6月底前未完成整改", "若于…", "凡在…", "对在…").
 */
const NOT_SUBJECT = /严禁|禁止|不得|不准|不许|不能|不要|不宜|避免|防止|^(?:如果?|若|假如|倘若|一旦|凡|对于?)/;
/**
 * Words of a subject that make its deadline none of the plan's: the verb negated ("城北项目未于6月底前开工", "不在…",
 * "没有…"), a plan that was ("原计划于…", "原定…"), a time before the plan's ("去年该中心于年底前建成", 上年, 上一轮 —
 * an earlier year is read by the caller), a doubt ("难以在…完成", "能否…", "是否…由区政府研究确定").
 */
const NOT_DONE_SUBJECT = /(?:未|不|没有?|未能|尚未|并未)$|原计划|原定|原拟|去年|上年|前年|上一年|往年|上一?轮|难以|能否|是否|可否|有无|无法/;
/**
 * What follows a deadline's verb in its clause that makes the deadline a condition of a consequence ("项目在6月底前完成
 * 可申请补助", "…完成即予拨付", "…完成方可…", "…完成的": NOT_RELATIVE) — not 可研/可行性 (the work's words).
 */
const CONSEQUENCE = /^[^，,。；;]*?(?:方可|即可|才能|才可|可以|可(?!研|行|视|控|靠|持续|再生|用于)|即(?!将|时)|将(?:予以|给予|获得|享受|按|列入|纳入))/;
/**
 * The same without 于 or 在, the date right after the subject: "推动云溪港物流园二期6月底前开工", "城北污水处理厂年底前
 * 建成投用" — what the work names (a project, a facility), then its deadline and a verb of DONE_VERB. The subject holds
 * no digit and does not end in a word of time (每年6月底前, 次年3月底前, 当年年底前: a date of every or another year).
 */
const SUBJECT_DEADLINE_BARE = new RegExp(`^([^，,。；;：:、0-9０-９]{2,24}?)\\s*(${MONTH_DATE})\\s*(?:前(?!后)|之前)\\s*${DEADLINE_ADVERB}?\\s*(${DONE_VERB})${NOT_RELATIVE}`);
const TIME_WORD_END = /(?:每|次|当|同|明|今|上|下|隔|翌|前|后|[年月日])$/;
function bareSubjectDeadline(clause: string): RegExpExecArray | null {
  if (!MONTH_BEFORE.test(clause)) return null;
  const m = SUBJECT_DEADLINE_BARE.exec(clause);
  return m && !TIME_WORD_END.test(m[1].trim()) ? m : null;
}
/** A year named in a deadline's subject ("2024年该中心于年底前建成"). */
const SUBJECT_YEAR = /((?:19|20)\d{2})\s*年/;

/** The words of `s`'s clause before `at` (from the comma or stop before it). */
function clauseBefore(s: string, at: number): string {
  let k = at;
  while (k > 0 && !/[，,。；;：:\n]/.test(s[k - 1])) k--;
  return s.slice(k, at).trim();
}

/** A deadline within a one-year plan's year opening its clause (MONTH_CLAUSE) or after its subject (SUBJECT_DEADLINE):
 *  its verb and where its date starts in the clause. */
function monthDeadline(clause: string, start: number | null = null): { verb: string; from: number } | null {
  const d = MONTH_CLAUSE.exec(clause);
  if (d) return CONSEQUENCE.test(clause.slice(d.index + d[0].length)) ? null : { verb: d[2], from: clause.indexOf(d[1]) };
  const s = (clause.indexOf('于') > 0 || clause.indexOf('在') > 0 ? SUBJECT_DEADLINE.exec(clause) : null) ?? bareSubjectDeadline(clause);
  if (!s || NOT_SUBJECT.test(s[1]) || NOT_DONE_SUBJECT.test(s[1]) || CONSEQUENCE.test(clause.slice(s.index + s[0].length))) return null;
  // (a year before the plan's named in the subject: what was done then)
  const y = start !== null ? SUBJECT_YEAR.exec(s[1]) : null;
  if (y && Number(y[1]) < start!) return null;
  return { verb: s[3], from: s[1].length + clause.slice(s[1].length).indexOf(s[2]) };
}

/**
 * The clauses of a sentence, cut at its commas: each without the spaces before it and the stops after it, with where it
 * starts in the sentence.
 */
function clausesOf(sentence: string): { clause: string; at: number }[] {
  const out: { clause: string; at: number }[] = [];
  let from = 0;
  for (const raw of sentence.split(/[，,]/)) {
    out.push({ clause: raw.trim().replace(/[。；;\n]+$/, '').trim(), at: from + (raw.length - raw.trimStart().length) });
    from += raw.length + 1;
  }
  return out;
}

/** A year as YEAR_CLAUSE opens with it ("2026年", "2026 年"). */
const YEAR_AT = /(?:19|20)\d{2}\s*年/g;
/** Whether `s` holds two years or more (YEAR_AT): a yearChain needs one for each of two clauses. */
function holdsTwoYears(s: string): boolean {
  YEAR_AT.lastIndex = 0;
  const ok = YEAR_AT.test(s) && YEAR_AT.test(s);
  YEAR_AT.lastIndex = 0;
  return ok;
}

/**
 * The clauses of a sentence that open with a year, when they are a chain: two or more, each year later than the one
 * before and in the plan's period, none an account. Each with its stage (its YEAR_STAGE word, 完成 for a deadline 前, else
 * none) and where it stands in the sentence.
 */
function yearChain(sentence: string, period: { start: number; end: number }): { year: number; stage: Milestone['stage']; at: number; length: number }[] {
  const out: { year: number; stage: Milestone['stage']; at: number; length: number }[] = [];
  // (each clause of a chain opens with a year of its own, as written in the sentence — a chain of two needs two: a
  // sentence with fewer is none, without its clauses split, trimmed and tried)
  if (!holdsTwoYears(sentence)) return out;
  for (const { clause: whole, at: from } of clausesOf(sentence)) {
    // the chain's first clause may open with its subject ("城北污水管网项目于2025年6月底前开工，2026年底前完工"): read from
    // the year on
    const subject = !out.length && !YEAR_START.test(whole) ? CHAIN_SUBJECT.exec(whole) : null;
    const cut = subject && !NOT_SUBJECT.test(subject[1]) && !NOT_CHAIN_SUBJECT.test(subject[1]) ? subject[0].length : 0;
    const clause = cut ? whole.slice(cut) : whole;
    const at = from + cut;
    const m = YEAR_CLAUSE.exec(clause);
    if (!m) continue;
    const year = Number(m[1]);
    // (a plan's milestones lie in its period: "2020年…将产生8万亿的产值，2030年…" in a 2015–2017 plan is a forecast)
    // (a clause of the year before it is that year's next step, "2026年新建绿道20公里，2027年新建30公里，2027年底前全部
    // 建成": said in its milestone after the first, stepOfYear; a chain of one year only is none, below)
    if (ACCOUNT.test(clause) || year < period.start || year > period.end || (out.length && year < out[out.length - 1].year)) return [];
    const word = execAll(YEAR_STAGE, clause)[0]?.[3];
    // (a project's 开工 starts it, its 完工/竣工/投用/通车 completes it)
    const stage: Milestone['stage'] = word ? (word === '启动' ? '启动' : word === '推进' || word === '深化' ? '推进' : '完成')
      : STARTS_WORK.test(clause) ? '启动' : m[2] ? '完成' : /年\s*(?:完工|竣工|投用|投入使用|通车)/.test(clause) ? '完成' : null;
    out.push({ year, stage, at, length: clause.length });
  }
  return out.length && out[0].year === out[out.length - 1].year ? [] : out;
}

/**
 * What may stand before a year–stage pair in its clause for the pair to say when the work is done (textMilestones, a plan
 * of several years): nothing, a word of intent or a preposition of time ("力争", "确保到", "计划于"), or a short subject
 * naming the work ("城北水厂", "县第二水厂于") — not a base or a limit ("比", "较", "截至", "自": NOT_CHAIN_SUBJECT), a
 * prohibition or a condition (NOT_SUBJECT), a plan that was (NOT_DONE_SUBJECT).
 */
const INTENT_BEFORE_YEAR = /^(?:(?:力争|确保|争取|计划|预计|并|将|要)\s*){0,2}(?:到|于|在)?$/;
function yearStageOpens(part: string, m: RegExpExecArray): boolean {
  // (a rate's name, "2026年完成率达到95%", "2026年建成率": the stage word is no verb there)
  if (part.charAt(m.index + m[0].length) === '率') return false;
  const before = clauseBefore(part, m.index);
  if (INTENT_BEFORE_YEAR.test(before)) return true;
  const subject = /^([^，,。；;：:、0-9０-９]{2,20}?)(?:于|在)?$/.exec(before);
  return !!subject && !NOT_SUBJECT.test(subject[1]) && !NOT_CHAIN_SUBJECT.test(subject[1]) && !NOT_DONE_SUBJECT.test(subject[1]);
}

/** A chain's clause whose date starts the work: "2025年开工", "2025年6月底前开工" (a deadline to start is a start), "…底前全面开建",
 *  "2027年新开工3处" (new works started that year, batch 29). */
const STARTS_WORK = /[年月底末前]\s*(?:全面|力争|确保)?新?(?:开工|开建)/;
/** A clause opening with its year. */
const YEAR_START = /^(?:19|20)\d{2}\s*年/;
/** A short subject before a chain's first year, 于 or 在 after it ("老旧小区改造项目于2024年开工，…"). */
const CHAIN_SUBJECT = /^([^，,。；;：:、0-9０-９]{2,20}?)(?:于|在)?\s*(?=(?:19|20)\d{2}\s*年)/;
/** A subject that is none: the year is compared with or counted from (比2020年, 与2020年相比, 自2020年, 到2025年 …). */
const NOT_CHAIN_SUBJECT = /(?:比|较|与|同|和|及|到|至|截至|截止|自|从|对比|相比|为|的)$/;

/** A date written with dots or slashes (倒排工期 tables and 节点安排: "2025.03.31前完成…", "2025/6/30前", "2025.6底前"): a whole
 *  date, or a year and month before a deadline word — not a number with a decimal ("2025.5万元"). */
const DOTTED_DATE = /(?<![0-9.．])((?:19|20)\d{2})[.．/]([0-9]{1,2})(?:[.．/]([0-9]{1,2})(?![0-9.．])|(?=\s*(?:前|之前|底|末)))/g;
/** Stands in the text for each code unit a dotted date's words are longer than the date ("2025.6" → "2025年6月"). */
const FILL = '\u0000';
/**
 * The text with its dotted dates written as the words the readers know ("2025.03.31前" → "2025年03月   前"), and the
 * text aligned with it code unit for code unit: where the words are longer than the date ("2025.6底前" → "2025年6月底前")
 * the aligned text has FILL for each unit more, so the milestones are cut from it by the view's offsets (and lose FILL).
 */
function dottedDates(view: string, text: string): { view: string; text: string } {
  if (!/(?:19|20)\d{2}[.．/][0-9]/.test(view)) return { view, text };
  let v = '';
  let t = '';
  let last = 0;
  for (const m of view.matchAll(DOTTED_DATE)) {
    const words = `${m[1]}年${m[2]}月`.padEnd(m[0].length, ' ');
    v += view.slice(last, m.index) + words;
    t += text.slice(last, m.index + m[0].length) + FILL.repeat(words.length - m[0].length);
    last = m.index + m[0].length;
  }
  return { view: v + view.slice(last), text: t + text.slice(last) };
}

/**
 * The years counted from the plan's first (dates.ts relativeYears: "第二年新开工3处" in a plan of 2026—2028) read as the
 * years they are in the view ("2027年新开工3处"), the text keeping them as written ("第二年", FILL for each unit the view's
 * year is longer): a milestone's words are the document's (rev39 finding 4), as dottedDates keeps "2025.6".
 */
function relativeDates(view: string, text: string, period: { start: number; end: number } | null): { view: string; text: string } {
  const found = relativeYears(view, period);
  if (!found.length) return { view, text };
  let v = '';
  let t = '';
  let last = 0;
  for (const f of found) {
    const words = `${f.year}年`.padEnd(f.length, ' ');
    v += view.slice(last, f.at) + words;
    t += text.slice(last, f.at + f.length) + FILL.repeat(words.length - f.length);
    last = f.at + f.length;
  }
  return { view: v + view.slice(last), text: t + text.slice(last) };
}

/**
 * A bracket's words that are the task's, not its clause's: a label and its value ("责任单位：区农业农村局", "任务来源：…"), or
 * its roles, a time with them or not (departments.ts rolesBracket: "区住建局牵头", "区住建局、区财政局"). Any other bracket
 * closing a clause ("（含室内分布系统）", "（一期、二期）", "（规上企业）") says what the clause does and stays in it.
 */
function tasksBracket(inner: string): boolean {
  const t = inner.trim();
  return /^[\u4e00-\u9fa5]{2,8}\s*[:：]/.test(t) || rolesBracket(t, { withTime: true });
}
/**
 * A clause without the roles bracket closing it (tasksBracket): "6月底前完成12个小区改造（区住建局牵头）" → "6月底前完成12个
 * 小区改造" — or opening at its end, when the clause was cut at the bracket's comma ("…60公里（县交通运输局负责" of
 * "（县交通运输局负责，各乡镇配合）").
 */
function withoutRoles(s: string): string {
  const m = /[（(]([^（()）]*)(?:[)）]\s*)?$/.exec(s);
  return m && m.index > 0 && tasksBracket(m[1]) ? s.slice(0, m.index).trim() : s;
}
/** A milestone's text without the bracket that closes the annotation it stands in ("2025年底前完成）"). */
const unclosed = (s: string) => (/[)）]\s*$/.test(s) && !/[(（]/.test(s) ? s.replace(/[)）]\s*$/, '').trim() : s);
/**
 * The clause a milestone's words start at `at` in (the unlabelled deadline, start date and 其中 rules): up to `reach`
 * characters and 30 more, to the clause's end (，；。 or the line's end) — or to the end of the bracket it stands in
 * ("（2026年7月起持续推进）"), and not into a bracket that closes the clause: the task's roles or label bracket after
 * its words ("其中2026年完成1500户（责任单位：区农业农村局）", "…推行垃圾分类（区城管局牵头）") is the task's. A bracket
 * inside the clause, with words after it ("建成5G基站（含室分）200个"), is the clause's.
 */
/** A line that is no clause's rest: it opens a bracket or a label ("…2025年底前建成滨河路二期" ⏎ "任务来源：区政府工作报告"). */
const WRAP_STOP = /^\s*(?:[（(【\[［]|[\u4e00-\u9fa5]{2,8}[：:])/;
function clauseAt(text: string, at: number, reach: number, from = at, wrapped = false): string {
  const s = text.slice(from, at + reach + 30);
  let open = -1;
  let depth = 0;
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '（' || c === '(') { if (depth++ === 0) open = i; continue; }
    if (c === '）' || c === ')') {
      // (a bracket closing one opened before the clause: the clause ends with it)
      if (depth === 0) { end = i; break; }
      // (a bracket of the task's words closing right at the clause's end, or at the text's: it closes the clause, it is
      // no part of it; another stays: "建成5G基站200个（含室内分布系统），…")
      if (--depth === 0 && (i + 1 >= s.length || /[，,；;。\n]/.test(s[i + 1])) && tasksBracket(s.slice(open + 1, i))) { end = open; break; }
      continue;
    }
    // (in a hard-wrapped text a line break inside the clause goes on, unless the next line opens a bracket or a label)
    if (c === '\n' && wrapped && !WRAP_STOP.test(s.slice(i + 1))) continue;
    if (depth === 0 && /[，,；;。\n]/.test(c)) { end = i; break; }
  }
  // (a bracket opened and not closed within the reach: an aside longer than the clause's words, not theirs)
  if (depth > 0 && end === s.length) end = open;
  return s.slice(0, end).trim();
}

/**
 * A step of a year in a schedule line or a chain of years (from `from` on in `out`): a second step of a year and stage
 * said there ("2026年6月底前完成点位摸底；2026年底前建成6个") is said in that year's milestone after the first, joined by
 * ； (a milestone is a year and a stage: shared/model/plan.ts; the steps of a half-year or a quarter are its text); one
 * said elsewhere before (another line, the body) keeps the milestone as it was.
 */
function stepOfYear(out: Milestone[], from: number, year: number, stage: Milestone['stage'], said: string): void {
  let had: Milestone | undefined;
  for (let k = out.length - 1; k >= 0 && !had; k--) if (out[k].year === year && out[k].stage === stage) had = out[k];
  if (!had) out.push({ year, stage, text: said });
  else if (out.indexOf(had) >= from && !had.text.includes(said)) had.text += `；${said}`;
}

/** An arrow joining two dated steps of a schedule ("…完成初步设计→2026年6月开工建设"): the arrow before a year. */
const STEP_ARROWS = /[→⟶➝➔⇒](?=\s*(?:19|20)\d{2}\s*年)/g;
const STEP_ARROW = new RegExp(STEP_ARROWS.source);

/** A schedule label (not a deadline's: 完成时限 states one date) and what follows it on its line, up to the first stop
 *  (commaSteps). */
const LABELLED_RUN = new RegExp(`(${alternation(SCHEDULE_LABELS)})\\s*[:：]([^。\\n]*)`, 'g');
/** A piece of a labelled line opening with its year ("2027年开工建设"). */
const YEAR_PIECE = /^\s*(?:19|20)\d{2}(?=\s*年)/;
/**
 * A labelled schedule whose steps are cut by commas, each opening with its year ("时间节点：2026年完成规划编制，2027年
 * 开工建设，2028年建成投用"): its commas read as ；, so each step is an entry of the line as one cut by ； is (one code
 * unit for one: the milestones are cut from the text as written, commas kept). Only when every piece after the label
 * opens with a year — "2026年3月底前完成方案，6月底前完成招标" or "2026年完成选址，新建站点4座" are read as before.
 */
function commaSteps(view: string): string {
  LABELLED_RUN.lastIndex = 0;
  if (!LABELLED_RUN.test(view)) return view;
  return view.replace(LABELLED_RUN, (run: string, label: string, rest: string) => {
    const pieces = rest.split(/[，,；;]/);
    if (pieces.length < 2 || !/[，,]/.test(rest) || pieces.some((x, i) => !YEAR_PIECE.test(x) && !(i === pieces.length - 1 && !x.trim()))) return run;
    // (a comma between two steps of one year stays: "2026.07.31前竣工验收，2026.09.01秋季开学投入使用" is one step of 2026)
    let k = 0;
    const cut = rest.replace(/[，,；;]/g, (c: string) => {
      const before = YEAR_PIECE.exec(pieces[k])?.[0];
      const after = YEAR_PIECE.exec(pieces[++k] ?? '')?.[0];
      return (c === '，' || c === ',') && after && before?.replace(/\D/g, '') !== after.replace(/\D/g, '') ? '；' : c;
    });
    return run.slice(0, run.length - rest.length) + cut;
  });
}

/**
 * Milestones written in a task's own text: a labelled schedule ("时间节点：2025年启动，2026年推进，2027年完成"), a
 * chain of at least two year–stage pairs in one sentence, or a deadline ("2024年6月底前完成方案制定", "2025年底前全面
 * 建成": a year with 前, then the stage). Returns the milestones found (stage 启动/推进/完成).
 */
export function textMilestones(text00: string, period: { start: number; end: number } | null = null, opts: { republicYear?: boolean } = {}): Milestone[] {
  const text0 = text00;
  // (every milestone reads a year: a text without one has none; the script fold changes no digit; 第一年 of a plan of
  // several years is one: dates.ts datedRelativeYears)
  // (but a one-year plan's "完成时限：6月底前", which names none)
  const oneYear = !!period && period.start === period.end;
  const dated = datedRelativeYears(text0, period);
  if (!YEAR_DIGITS.test(dated) && !((FULL_DIGIT.test(dated) || /[〇○零]/.test(dated)) && YEAR_DIGITS.test(digitView(dated))) && !(oneYear && (TIME_LABEL_RE.test(text0) || MONTH_BEFORE.test(text0)))) return [];
  // (a year alone on its line goes with the line after it: one code unit for one, the newline becomes a space)
  const text1 = text0.includes('年') ? text0.replace(YEAR_ALONE, (_, a: string, b: string) => `${a}${b} `) : text0;
  // (the view and the text are the same length: a dotted date's longer words have FILL in the text)
  // (a one-year plan dated in the Republic era, 民國115年 = 2026: its year written "115年6月底前" is the plan's year — read
  // as a month deadline of that year, the year blanked in the view only; only a plan that writes its year so, dates.ts
  // writesRepublicYear: a plan of 2025 naming "114年" otherwise reads it as written)
  const roc = oneYear && opts.republicYear && period!.start - 1911 >= 60 && period!.start - 1911 < 150 ? new RegExp(`(?<![0-9])${period!.start - 1911}\\s*年(?=\\s*[0-9])`, 'g') : null;
  const dotted = dottedDates(digitView(foldScript(roc ? text1.replace(roc, (y) => ' '.repeat(y.length)) : text1)), text1);
  // (…and a year counted from the plan's first is its year in the view, as written in the text)
  const { view: view0, text: text2 } = relativeDates(dotted.view, dotted.text, period);
  // (a labelled schedule's steps cut by commas, each opening with its year: read as steps cut by ；)
  const view1 = view0.includes('，') || view0.includes(',') ? commaSteps(view0) : view0;
  // (steps joined by arrows, each opening with its date — "推进路线：2026年3月完成初步设计→2026年6月开工建设→2027年12月
  // 全面完工" — are steps cut by ；, one code unit for one)
  // (in the text too: a step's words end at its arrow as at a ；)
  const arrows = STEP_ARROW.test(view1);
  const view = arrows ? view1.replace(STEP_ARROWS, '；') : view1;
  const text = arrows ? [...view1.matchAll(STEP_ARROWS)].reduce((t, m) => `${t.slice(0, m.index)}；${t.slice(m.index + 1)}`, text2) : text2;
  const out: Milestone[] = [];
  let offset = 0;
  /** A label alone ("进度安排：") heads the year lines after it: each is a labelled schedule line. */
  let schedule = false;
  /** The sentence before was a labelled one of this line ("时间节点：2024年启动平台建设；" → "2025年推广应用；" goes on). */
  let lineGoesOn = false;
  /** The year of the labelled line going on (its last entry's, or a one-year plan's), and where its milestones start. */
  let lineYear: number | null = null;
  let lineFrom = 0;
  /** A one-year plan's milestones of month deadlines, by stage: each deadline of the stage after the first adds to it. */
  const byMonth = new Map<Milestone['stage'], Milestone>();
  /**
   * A labelled deadline ("完成时限：2025年12月底前") states the year's 完成: it is added, or takes the place of the words
   * of an unlabelled month deadline of that year read before it ("…，年底前全部转化提升。" ⏎ "完成时限：2025年12月底前").
   */
  const labelledDeadline = (year: number, said: string, goesOn: boolean) => {
    const had = out.find((x) => x.year === year && x.stage === '完成');
    if (!had) out.push({ year, stage: '完成', text: said });
    else if (byMonth.get('完成') === had) { had.text = said; byMonth.delete('完成'); }
    // (a second deadline of the year on the same schedule line, "进度安排：2026年6月底前完成点位摸底；2026年底前建成6个",
    // is the year's next step: said in the same milestone, as a month's deadline going on the line is — stepOfYear)
    else if (goesOn) stepOfYear(out, lineFrom, year, '完成', said);
  };
  // a chain whose clauses are cut by ；, each year followed by a comma ("2024年，开工建设…；2025年，建成…；2026年，全面
  // 完成…。"): read as yearChain reads one sentence — the ； as a comma, the comma after a year as a space (one code unit
  // for one, so the clauses are cut from the text as written)
  if (period && view.includes('年，')) {
    let at1 = 0;
    for (const whole of splitAfter(view, '。\n')) {
      const at0 = at1;
      at1 += whole.length;
      if (!/[；;]\s*(?:19|20)\d{2}\s*年/.test(whole) || !/(?:19|20)\d{2}\s*年[，,]/.test(whole)) continue;
      const chain = yearChain(whole.replace(/[；;]/g, '，').replace(/((?:19|20)\d{2}\s*年)[，,]/g, '$1 '), period);
      if (chain.length < 2) continue;
      const chainFrom = out.length;
      for (const c of chain) {
        const said = withoutRoles(unclosed(text.slice(at0 + c.at, at0 + c.at + c.length)));
        if (said) stepOfYear(out, chainFrom, c.year, c.stage, said);
      }
    }
  }
  for (const sentence of splitAfter(view, '。；;\n')) {
    const at0 = offset;
    offset += sentence.length;
    let labelled = LABEL.exec(sentence);
    if (labelled && !sentence.slice(labelled.index + labelled[0].length).replace(/[\s。；;]/g, '')) { schedule = true; lineGoesOn = false; continue; }
    const yearFirst = /^\s*(?:19|20)\d{2}\s*年/.test(sentence);
    // a month's deadline going on a labelled line ("时间节点：2025年6月底前完成方案；9月底前完成建设；12月底前验收"): of
    // the line's year, its words joined by ； to that year's milestone of the line (the label reads the line's deadlines
    // as one node of the year, as a one-year plan's "时间节点：3月底前…；6月底前…" is read); not an account
    if (!labelled && lineGoesOn && !yearFirst && lineYear !== null) {
      const clause = sentence.trim().replace(/[。；;]+$/, '');
      // (a quarter alone steps the line on as a month's deadline does: "；二季度启动改造施工；第三季度末前完成主体改造")
      if ((monthDeadline(clause, period?.start ?? null) || QUARTER_STEP.test(clause)) && !ACCOUNT.test(clause)) {
        const said = withoutRoles(unclosed(text.slice(at0, at0 + sentence.length).replace(/[。；;\n]+$/, '').trim()));
        let into: Milestone | undefined;
        for (let k = out.length - 1; k >= lineFrom && !into; k--) if (out[k].year === lineYear) into = out[k];
        if (into) into.text += `；${said}`;
        else if (!out.some((x) => x.year === lineYear && x.stage === '完成')) out.push({ year: lineYear, stage: '完成', text: said });
        lineGoesOn = !sentence.endsWith('\n');
        continue;
      }
    }
    if (!yearFirst && sentence.trim()) schedule = false;
    if (!labelled && (schedule || lineGoesOn) && yearFirst) labelled = /^/.exec(sentence);
    const newLine = !!labelled && !lineGoesOn && !schedule;
    lineGoesOn = !!labelled && !sentence.endsWith('\n');
    const part = labelled ? sentence.slice(labelled.index) : sentence;
    if (labelled) {
      if (newLine) lineFrom = out.length;
      const y = LINE_YEAR.exec(part);
      lineYear = y ? Number(y[1]) : oneYear ? period!.start : newLine ? null : lineYear;
    }
    // "完成时限：2025年6月底前": the year the task is to be done
    const deadline = DEADLINE_YEAR.exec(part);
    if (deadline) {
      const year = Number(deadline[2]);
      const from = at0 + (labelled?.index ?? 0) + deadline[0].length - deadline[2].length - 1;
      // (up to the sentence's end, less the bracket closing the annotation it stands in, and less a roles bracket
      // closing it, "2026年6月底前（责任单位：区市场监管局）", as an unlabelled deadline drops its own: withoutRoles)
      const said = withoutRoles(unclosed(text.slice(from, at0 + sentence.length).replace(/[。；;\n]+$/, '').trim()));
      labelledDeadline(year, said, !newLine);
      continue;
    }
    // "完成时限：6月底前" in a one-year plan (柏溪县2025年…工作要点), "时间节点：3月底前完成…；6月底前…" (a street's
    // 年度工作计划): that year
    if (period && period.start === period.end && !YEAR_DIGITS.test(part) && TIME_LABEL_RE.test(part)) {
      const noYear = DEADLINE_NO_YEAR.exec(part);
      if (noYear) {
        const said = withoutRoles(unclosed(text.slice(at0 + (labelled?.index ?? 0) + noYear[1].length, at0 + sentence.length).replace(/^\s*[:：]\s*/, '').replace(/[。；;\n]+$/, '').trim()));
        labelledDeadline(period.start, said, !newLine);
        continue;
      }
    }
    // unlabelled, in a one-year plan: "6月底前全面开工，11月底前完成主体改造" — clauses that open with a month's deadline
    // (MONTH_CLAUSE), that year's: 启动 for 开工/启动, else 完成; the deadlines of one stage are one milestone that says
    // each, in order ("3月底前完成方案编制；6月底前完成招标；11月底前完成主体改造": the year's nodes, not only its first)
    // (not an account: 已…, 截至…; not a sentence that names a year, read below; not a clause of a labelled schedule's
    // line — "时间节点：3月底前…；6月底前…" is read as its label says, above)
    if (oneYear && !labelled && MONTH_BEFORE.test(part) && !YEAR_DIGITS.test(part) && !TIME_LABEL_RE.test(lineOf(view, at0))) {
      for (const c of clausesOf(part)) {
        const d = monthDeadline(c.clause, period!.start);
        if (!d || ACCOUNT.test(c.clause)) continue;
        const stage: Milestone['stage'] = /^(?:开工|开建|启动)/.test(d.verb) ? '启动' : '完成';
        // (from the date on, to the clause's end: the part is the sentence, at at0)
        const from = at0 + c.at + d.from;
        const said = withoutRoles(unclosed(text.slice(from, at0 + c.at + c.clause.length)).trim());
        const had = byMonth.get(stage);
        if (had) had.text += `；${said}`;
        else if (!out.some((x) => x.year === period!.start && x.stage === stage)) {
          const m: Milestone = { year: period!.start, stage, text: said };
          out.push(m);
          byMonth.set(stage, m);
        }
      }
    }
    const pairs = execAll(YEAR_STAGE, part);
    // unlabelled: a chain of two or more clauses that open with a later year each, in the plan's period ("2024年新建
    // 基站120个，2025年实现全覆盖，2026年实现千兆入户"): each clause is its year's milestone, its stage when it says one
    // (…also when two of its clauses say a stage: "2026年完成2处主体建设，2027年新开工3处，2028年全部建成通水" — the chain
    // holds the year whose clause says none, batch 29)
    if (!labelled && period) {
      const chain = yearChain(part, period);
      if (chain.length >= 2 && (pairs.length < 2 || chain.length > pairs.length)) {
        const chainFrom = out.length;
        for (const c of chain) {
          // (the clause as written: the view is the text folded one code unit for one, the part starts the sentence)
          const said = withoutRoles(unclosed(text.slice(at0 + c.at, at0 + c.at + c.length)));
          if (said) stepOfYear(out, chainFrom, c.year, c.stage, said);
        }
        continue;
      }
    }
    // unlabelled: a deadline in other words than a stage's ("2025年底前实现全覆盖", "2025年12月底前形成草案", "2025年底前
    // 全部完成", "2025年9月投入使用"): the year, 完成 (启动 for 开工/启动) — a year with 前, or with a month and a verb
    // of completion; not an account (截至…, 已…, "…前建成的")
    if (!labelled && !pairs.length && !ACCOUNT.test(part)) {
      const d = (part.includes('前') || part.includes('月')) ? DEADLINE_ANY.exec(part) ?? (part.includes('前') ? DEADLINE_OPENS_CLAUSE.exec(part) : null) : null;
      // (the verb may come a few words after the month: "2025年9月秋季开学投入使用")
      // (not after a prohibition or a condition in its clause: "严禁在2025年6月底前突击花钱", "如在2025年6月底前未完成…")
      if (d && (d[3] || (d[2] && (COMPLETION_VERB.test(d[4]) || COMPLETION_SOON.test(part.slice(d.index + d[0].length - 2, d.index + d[0].length + 10))))) &&
        !NOT_SUBJECT.test(clauseBefore(part, d.index))) {
        const year = Number(d[1]);
        const stage: Milestone['stage'] = /^(?:开工|开建|启动)/.test(d[4]) ? '启动' : '完成';
        const at = at0 + d.index;
        const clause = clauseAt(text, at, d[0].length);
        if (!out.some((x) => x.year === year && x.stage === stage)) out.push({ year, stage, text: clause });
        continue;
      }
    }
    // unlabelled: the date the work starts from and goes on ("（2026年7月起持续推进）", "2026年3月起全面推行"): the year,
    // 推进 when it says so, else 启动 — in the plan's period; not 自/从 (an account or a rule's date: NOT_ACCOUNT_DATE)
    if (!labelled && !pairs.length && !ACCOUNT.test(part) && part.includes('起')) {
      const f = START_FROM.exec(part);
      const year = f ? Number(f[1]) : NaN;
      if (f && (!period || (year >= period.start && year <= period.end))) {
        const stage: Milestone['stage'] = f[2].includes('推进') ? '推进' : '启动';
        const at = at0 + f.index;
        const clause = clauseAt(text, at, f[0].length);
        if (!out.some((x) => x.year === year && x.stage === stage)) out.push({ year, stage, text: clause });
        continue;
      }
    }
    // unlabelled: one year–stage pair opening a clause after 其中 — the part of a total done in a year of the plan
    // ("新改建农村卫生户厕4500户，其中2026年完成1500户"): that year's milestone
    // (…or, in a plan of several years, opening its clause, after a word of intent or a subject at most: "2026年建成县
    // 第二水厂", "力争2027年建成", "城北水厂2026年建成投用" — the year the work is done by, as "2026年底前建成" says with
    // 前; not 完成率/建成率, a rate's name: YEAR_STAGE_OPENS)
    if (!labelled && pairs.length === 1 && !pairs[0][2] && period) {
      const m = pairs[0];
      const year = Number(m[1]);
      if ((/其中\s*$/.test(part.slice(0, m.index)) || (period.start < period.end && yearStageOpens(part, m))) && year >= period.start && year <= period.end && !ACCOUNT.test(part)) {
        const word = m[3];
        const stage: Milestone['stage'] = word === '启动' ? '启动' : word === '推进' || word === '深化' ? '推进' : '完成';
        const at = at0 + (m.index ?? 0);
        const clause = clauseAt(text, at, m[0].length);
        if (!out.some((x) => x.year === year && x.stage === stage)) out.push({ year, stage, text: clause });
        continue;
      }
    }
    // unlabelled: a chain of two or more year–stage pairs in one sentence, or a deadline ("2024年6月底前完成方案制定")
    if (!labelled && pairs.length < 2 && !pairs[0]?.[2]) continue;
    // a schedule's entry in no stage's words ("2025年推广应用", "2025年底前实现5G全覆盖"): the year and what is done
    // in it, 完成 when it is a deadline (前), else no stage
    const body = labelled && !pairs.length ? part.replace(LABEL_AT_START, '') : '';
    const entry = body ? SCHEDULE_ENTRY.exec(body) : null;
    if (entry) {
      const year = Number(entry[1]);
      // (…or a month's date whose words complete the work: "2027年12月全面完工", "2027年10月投入使用", as an unlabelled
      // "2025年9月投入使用" is read — DEADLINE_ANY; "2026年6月开工建设" starts it)
      const dated = /月/.test(entry[0]) ? body.slice(entry[0].length) : '';
      const stage: Milestone['stage'] = entry[2] || COMPLETION_SOON.test(dated) ? '完成' : dated && STARTS_DATED.test(dated) ? '启动' : null;
      // (from the year on: the sentence starts at at0, the part at the label, the body after the label)
      const from = at0 + labelled!.index + (part.length - body.length) + (entry[0].length - entry[0].trimStart().length);
      // (a step cut by a comma read as ； keeps its comma in the text: commaSteps)
      const said = withoutRoles(unclosed(text.slice(from, at0 + sentence.length).replace(/[。；;，,\n]+$/, '').trim()));
      if (said) stepOfYear(out, lineFrom, year, stage, said);
      continue;
    }
    // (the steps of a year in one sentence, or on one labelled line, are one milestone: stepOfYear)
    const sentenceFrom = labelled ? lineFrom : out.length;
    for (const m of pairs) {
      const word = m[3];
      const stage: Milestone['stage'] = word === '启动' ? '启动' : word === '推进' || word === '深化' ? '推进' : '完成';
      // (offsets in the text: the sentence starts at at0)
      const at = at0 + (m.index ?? 0) + (labelled ? labelled.index : 0);
      const start = text.lastIndexOf('，', at) + 1;
      // (a hard-wrapped clause goes on on the next line; not into a bracket, nor a labelled line — a heading read back
      // without its closing 。, "…2025年底前建成滨河路二期" ⏎ "任务来源：区政府工作报告", ends at its line)
      const clause = clauseAt(text, at, m[0].length, Math.max(start, at), true);
      const year = Number(m[1]);
      stepOfYear(out, sentenceFrom, year, stage, clause);
    }
  }
  return text === text1 ? out : out.map((m) => (m.text.includes(FILL) ? { ...m, text: m.text.split(FILL).join('') } : m));
}
