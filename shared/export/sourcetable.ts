/**
 * Tables kept from an imported source as text. The importer keeps a table it met in scraped text as an `appendix`
 * node whose body holds the table's lines as they were written (shared/importer/parse.ts, tables.ts): either one
 * cell per line (杨浦 重点任务分解表: 行动类别 / 重点任务 / 2015年项目 … / 责任单位, one line each) or one row per line
 * with the cells separated by spaces (静安 附件: "1 行动一 电子政务一体化 … 区科委 区保密局"). Printed as body
 * paragraphs these are pages of debris in an official document. The exporters ask `sourceTable()` what a node is
 * and then either leave it out (a table repeating the tasks, when the generated 主要任务分解表 is exported: its
 * departments and milestones are on the tasks, so the annex carries them; without annexes that generated table is
 * set in its place) or set it as a real table (`tableRows()`). `sourceTableNotes()` says which, for the export dialog. Environment-free.
 */
import { walk, type PlanDoc, type PlanNode } from '../model/plan';

export interface SourceTable {
  /** 'cells': one cell per line; 'rows': one row per line, cells separated by spaces. */
  form: 'cells' | 'rows';
  /** The table says it is about tasks (a 分解表 / 任务表 / 责任表, or departments or years in its head); whether it
   *  repeats this plan's tasks is `repeatsTasks`. */
  tasks: boolean;
  lines: string[];
}

const TABLE_TITLE = /(分解表|一览表|任务表|项目表|责任表|指标表|明细表|清单|汇总表|计划表|安排表)/;
const TASK_TITLE = /(分解表|任务表|责任表|一览表|项目表|计划表|安排表)/;
const TASK_HEAD = /(牵头|责任单位|责任部门|推进部门|配合部门|配合单位|(?:19|20)\d{2}\s*年)/;
const SENTENCE = /[。；;!！?？]\s*$/;

/**
 * What an appendix node's body is: a flattened table (most lines short and no sentences, or rows of several
 * space-separated cells), else null. Only `appendix` nodes: that is where the importer keeps such tables.
 */
export function sourceTable(node: PlanNode): SourceTable | null {
  if (node.kind !== 'appendix' || node.children.length) return null;
  const lines = node.body.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 6) return null;
  const head = lines.slice(0, 12).join(' ');
  const titled = TABLE_TITLE.test(node.heading) || TASK_HEAD.test(head);
  const tokens = lines.map((l) => l.split(/\s+/).length);
  const share = (f: (l: string, i: number) => boolean) => lines.filter(f).length / lines.length;
  // prose (sentences of more than a cell's length) is no table, whatever the title says
  if (share((l) => SENTENCE.test(l) && l.length > 40) > 0.2) return null;
  let form: SourceTable['form'] | null = null;
  if (share((_l, i) => tokens[i] >= 3) >= 0.6) form = 'rows';
  else if (titled && share((l, i) => l.length <= 40 || tokens[i] >= 2) >= 0.8) form = share((_l, i) => tokens[i] >= 2) >= 0.5 ? 'rows' : 'cells';
  if (!form) return null;
  return { form, tasks: TASK_TITLE.test(node.heading) || TASK_HEAD.test(head), lines };
}

/**
 * What the export does with a source table: 'annex' — left out, the generated 附表1 主要任务分解表 stands for it;
 * 'generated' — annexes off: that generated task table is set in its place (the source's cells, merged across rows,
 * cannot be re-cut, the tasks' fields can); 'table' — a table not about the tasks, set as a Word table of its lines.
 */
export type SourceTableAction = 'annex' | 'generated' | 'table';

/**
 * The plan's tasks as a source table names them: each task's heading without its number, spaces and punctuation
 * (headings under 4 characters name nothing reliably and are left out), how many tasks there are, and the plan's
 * own words (every heading and text outside the appendices, bare) to find a content cell in.
 */
export interface PlanTasks { count: number; keys: string[]; text: string }
const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
export function planTasks(nodes: Iterable<PlanNode>): PlanTasks {
  let count = 0;
  const keys: string[] = [];
  const text: string[] = [];
  for (const n of nodes) {
    if (n.kind !== 'appendix') text.push(bare(n.heading), bare(n.body));
    if (n.kind !== 'task') continue;
    count++;
    const k = bare(n.heading).replace(/^[0-9０-９一二三四五六七八九十]+/, '');
    if (k.length >= 4) keys.push(k);
  }
  return { count, keys, text: text.join('\n') };
}

// The columns the generated 主要任务分解表 carries: number, action/category, the task and its content, departments,
// years and deadlines (the tasks' milestones). A source column of anything else (投资, 地点, 户数, 月份, 指标值…) holds
// what no task field keeps, so a table with one is never left out for the generated one.
const CARRIED = /^(?:序号|编号|行动.{0,4}|类别|领域|\D{0,4}(?:任务|工作|措施|举措|事项|内容)(?:内容|名称)?|牵头.{0,4}|责任.{0,4}|配合.{0,4}|协同.{0,4}|协助.{0,4}|参与.{0,4}|主办.{0,4}|协办.{0,4}|(?:完成|推进)?(?:时限|时间|期限)|时间节点|进度安排|(?:19|20)\d{2}\s*年.{0,6})$/;

// a header of content rather than of the task's name (checked against the plan's text by `repeatsTasks`)
const CONTENT = /内容|具体|措施|举措|说明/;

/** The header cells of a source table, when its first row reads as one (else null: nothing to judge by). */
function headerCells(t: SourceTable): string[] | null {
  const first = tableRows(t)[0]?.map((c) => c.trim()) ?? [];
  const named = first.filter(Boolean);
  return named.length >= 2 && named.filter(isHeadCell).length >= Math.max(2, named.length / 2) ? first : null;
}

/**
 * Whether a source table repeats the plan's tasks, so that the generated table can stand for it with nothing lost:
 * its title or head says it is about tasks, its header (where it has one) has no column the generated table lacks,
 * its rows name the plan's tasks — at least half of the tasks, or half of its rows, are named (a row's cell inside
 * a task's heading, or a task's heading at the start of a row) — and its content cells (具体内容…) are in the plan's
 * text. A 项目表 of 户数 and 投资, a table of months, or a 任务清单 whose 具体内容 the text does not say is set as a table
 * of its own even with a task-like title.
 */
export function repeatsTasks(t: SourceTable, tasks: PlanTasks): boolean {
  if (!t.tasks || !tasks.count) return false;
  const head = headerCells(t);
  if (head && !head.every((c) => !c || CARRIED.test(bare(c)))) return false;
  const rows = tableRows(t).slice(head ? 1 : 0);
  if (!rows.length || !tasks.keys.length) return false;
  // a column of content (具体内容, 工作措施…) beside the task's name says what the generated table's 主要内容 (a summary
  // of the task's text) does not, unless the plan's text holds it: every such cell must be found there
  if (head) {
    const content = head.map((c, i) => (i > 0 && CONTENT.test(bare(c)) ? i : -1)).filter((i) => i >= 0);
    for (const row of rows) for (const i of content) { const c = bare(row[i] ?? ''); if (c.length >= 4 && !tasks.text.includes(c)) return false; }
  }
  const named = new Set<string>();
  let rowsNaming = 0;
  for (const row of rows) {
    const cells = row.map(bare).filter((c) => c.length >= 4 && !/^\d/.test(c));
    const joined = bare(row.join(''));
    let hit = false;
    for (const k of tasks.keys) {
      if (joined.includes(k.slice(0, 8)) || cells.some((c) => k.includes(c))) { named.add(k); hit = true; }
    }
    if (hit) rowsNaming++;
  }
  return named.size >= tasks.keys.length / 2 || rowsNaming >= rows.length / 2;
}

export function sourceTableAction(t: SourceTable, tasks: PlanTasks, annexes: boolean): SourceTableAction {
  if (repeatsTasks(t, tasks)) return annexes ? 'annex' : 'generated';
  return 'table';
}

export interface SourceTableNote { nodeId: string; title: string; action: SourceTableAction }

/**
 * Whether the exported document holds the 主要任务分解表: as an annex, or set in place of a source table of the tasks
 * ('generated'). The Word export and its page preview both ask it: the 年度节点 lines of the text follow from it.
 */
export function taskTableShown(doc: Pick<PlanDoc, 'nodes'>, annexes: boolean): boolean {
  return showsTaskTable(sourceTableNotes(doc, annexes).map((n) => n.action), annexes);
}
/** The same, from the actions already decided for the plan's source tables. */
export function showsTaskTable(actions: readonly SourceTableAction[], annexes: boolean): boolean {
  return annexes || actions.includes('generated');
}

/** The plan's source tables and what an export with or without annexes does with each (for the export dialog). */
export function sourceTableNotes(doc: Pick<PlanDoc, 'nodes'>, annexes: boolean): SourceTableNote[] {
  const all = [...walk(doc.nodes)].map((w) => w.node);
  const tasks = planTasks(all);
  const out: SourceTableNote[] = [];
  for (const n of all) {
    const t = sourceTable(n);
    if (t) out.push({ nodeId: n.id, title: n.heading.trim() || '表格', action: sourceTableAction(t, tasks, annexes) });
  }
  return out;
}

const isHeadCell = (l: string) => l.length <= 10 && !/[，,。；、]/.test(l) && !/^行动[一二三四五六七八九十0-9]/.test(l) && (/^(序号|编号|行动|类别|重点|主要|任务|项目|内容|牵头|责任|推进|配合|完成|时间|备注|指标|目标|单位|年份|(?:19|20)\d{2})/.test(l));

/**
 * The cells of a source table, row by row, as far as the lines tell them. 'rows': each line split at spaces, the
 * cells after the header's count joined into the last one (department lists). 'cells': the leading header-like
 * lines give the column count and the lines follow in rows of that many; a table whose rows were merged in the
 * source cannot be told apart and comes out as the lines were written, row by row.
 */
export function tableRows(t: SourceTable): string[][] {
  if (t.form === 'rows') {
    // cells apart by tabs or wide spaces; a line with single spaces only stays one cell (its words are not columns)
    const split = t.lines.map((l) => l.split(/\t|\s{2,}|\u3000+/).map((c) => c.trim()));
    const cols = Math.min(12, Math.max(...split.map((c) => c.length)));
    return split.map((cells) => (cells.length <= cols ? [...cells, ...Array(cols - cells.length).fill('')] : [...cells.slice(0, cols - 1), cells.slice(cols - 1).join(' ')]));
  }
  let k = 0;
  while (k < t.lines.length && k < 12 && isHeadCell(t.lines[k])) k++;
  const cols = Math.max(2, k);
  const out: string[][] = [];
  for (let i = 0; i < t.lines.length; i += cols) {
    const row = t.lines.slice(i, i + cols);
    out.push([...row, ...Array(cols - row.length).fill('')]);
  }
  return out;
}
