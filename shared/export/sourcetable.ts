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
  // (a short table is one only when its rows say so by their cells: a header and a row or more, each of three or more
  // tab-separated cells, as the importer keeps a Word or Markdown table — 37's 分解表 of four tasks was printed as text,
  // beside the generated 附表 that stands for it)
  const tabRows = lines.length >= 2 && lines.every((l) => l.split('\t').length >= 3);
  if (lines.length < 6 && !tabRows) return null;
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
 * cannot be re-cut, the tasks' fields can); 'covered' — annexes off, a later table of the tasks: left out, the
 * generated table set in place of the first one holds every task; 'table' — a table not about the tasks, set as a
 * Word table of its lines.
 */
export type SourceTableAction = 'annex' | 'generated' | 'covered' | 'table';

/**
 * The plan's tasks as a source table names them: each task's heading without its number, spaces and punctuation
 * (headings under 4 characters name nothing reliably and are left out), how many tasks there are, and what the plan
 * says outside its appendices, bare — every heading and text, each milestone's words with its stage (a 分解表's year
 * cell "建立政务云平台（启动）"), each indicator — and its departments, to find a table's cells in.
 */
export interface PlanTasks { count: number; keys: string[]; text: string; departments: Set<string>; /** headings and sentences, bare */ sentences: string[] }
const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
/** Without the number a row or heading opens with ("一、", "1.1"): the words after it are what counts. */
const unnumbered = (c: string) => c.replace(/^(?:[0-9]+|[一二三四五六七八九十]+)(?=\D)/, '');
export function planTasks(nodes: Iterable<PlanNode>): PlanTasks {
  let count = 0;
  const keys: string[] = [];
  const text: string[] = [];
  const departments = new Set<string>();
  const sentences: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'appendix') continue;
    text.push(bare(n.heading), bare(n.body));
    for (const x of [n.heading, ...n.body.split(/[。；;!！?？\n]/)]) { const b = unnumbered(bare(x).replace(/^(?:行动|任务|专项|第)[一二三四五六七八九十\d]+[章节条项]?/, '')); if (b.length >= 8) sentences.push(b); }
    for (const m of n.milestones) text.push(bare(`${m.text}${m.stage}`), bare(`${m.stage}${m.text}`), bare(`${m.year}年${m.stage}`));
    for (const i of n.indicators) text.push(bare(`${i.name}${i.value ?? ''}${i.unit ?? ''}`));
    for (const d of [...n.lead, ...n.partners]) departments.add(bare(d));
    if (n.kind !== 'task') continue;
    count++;
    const k = bare(n.heading).replace(/^[0-9０-９一二三四五六七八九十]+/, '');
    if (k.length >= 4) keys.push(k);
  }
  return { count, keys, text: text.join('\n'), departments, sentences };
}

/** Dates and deadlines (2025年12月底前, 2026年, 每季度, 长期坚持): the generated table's year columns carry them. */
const WHEN = /^(?:(?:19|20)\d{2}年?|\d{1,2}月|[上下]半年|第?[一二三四1-4]季度|年底|年内|月底|底|前|以前|之前|起|至|到|每年|每季度|每月|长期|持续|坚持|推进|完成|启动|实施|\d+)+$/;

/**
 * Whether the plan says what a cell of the table says: the cell's words are in its text (headings, texts, milestones,
 * indicators), or it is a date, or a list of the plan's departments (a department's name as the cell opens with it:
 * "区科委等政府管理部门" for a lead 区科委). Cells under 4 characters (序号, a year, "是") say nothing to lose.
 */
export function saidByPlan(cell: string, tasks: PlanTasks): boolean {
  // a header's label (重点任务, 牵头单位, 2015年项目) where the table's header was not told apart from its rows
  const b = bare(cell);
  if (b.length <= 6 && CARRIED.test(b)) return true;
  const c = unnumbered(b);
  if (c.length < 4 || WHEN.test(c) || tasks.text.includes(c)) return true;
  // a year cell's words with their stage in brackets: "政务云平台建设（阶段性完成）"
  const staged = /^(.+?)[（(]([^（()）]{1,8})[）)]\s*$/.exec(cell.trim());
  if (staged && saidByPlan(staged[1], tasks)) return true;
  // the same sentence in other words' order or with a remark more or less ("透明高效" for "高效透明", "（如实验）"): the
  // annex and the text of one document, worded apart by its editors
  if (c.length >= 8 && tasks.sentences.some((x) => nearlySame(c, x))) return true;
  // (a list of departments whose names hold 和 — "区住房和城乡建设局、区自然资源和规划局" — said name by name first)
  const names = cell.split(/[、，,；;。／/\s]+/).map((p) => unnumbered(bare(p)).replace(/等$/, '')).filter((p) => p.length >= 2);
  if (names.length > 0 && names.every((p) => tasks.departments.has(p))) return true;
  const pieces = cell.split(/[、，,；;。／/\s]+|(?:及|和|与)(?=\S)/).map((p) => unnumbered(bare(p)).replace(/等$/, '')).filter((p) => p.length >= 2);
  return pieces.length > 0 && pieces.every((p) => said(p, tasks));
}

/**
 * Two texts of nearly the same characters (Dice over the characters counted ≥ 0.9), of lengths within a fifth of each
 * other: a clause in another order ("透明高效" for "高效透明") or with a remark more or less ("（如实验）").
 */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 5) return false;
  const chars = new Map<string, number>();
  for (const ch of a) chars.set(ch, (chars.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) { const n = chars.get(ch); if (n) { shared++; chars.set(ch, n - 1); } }
  return (2 * shared) / (a.length + b.length) >= 0.9;
}

/** One clause of a cell: said by the plan, a department of it, a date — or a clause run on to the departments after it ("…服务能级。区科委"). */
function said(p: string, tasks: PlanTasks): boolean {
  if (tasks.departments.has(p) || WHEN.test(p) || tasks.text.includes(p)) return true;
  for (const d of tasks.departments) if (d.length >= 2 && p.endsWith(d)) return said(p.slice(0, -d.length), tasks) || p.length === d.length;
  for (const d of tasks.departments) if (d.length >= 2 && ((p.startsWith(d) && /^等/.test(p.slice(d.length))) || (p.length >= 4 && d.includes(p)))) return true;
  return p.length < 2;
}

// The columns the generated 主要任务分解表 carries: number, action/category, the task and its content, departments,
// years and deadlines (the tasks' milestones). A source column of anything else (投资, 地点, 户数, 月份, 指标值…) holds
// what no task field keeps, so a table with one is never left out for the generated one.
const CARRIED = /^(?:序号|编号|行动.{0,4}|类别|领域|\D{0,4}(?:任务|工作|措施|举措|事项|内容)(?:内容|名称)?|牵头.{0,4}|责任.{0,4}|配合.{0,4}|协同.{0,4}|协助.{0,4}|参与.{0,4}|主办.{0,4}|协办.{0,4}|(?:完成|推进)?(?:时限|时间|期限)|时间节点|进度安排|(?:19|20)\d{2}\s*年.{0,6})$/;

/** The header cells of a source table, when its first row reads as one (else null: nothing to judge by). */
function headerCells(t: SourceTable): string[] | null {
  const first = tableRows(t)[0]?.map((c) => c.trim()) ?? [];
  const named = first.filter(Boolean);
  // a row opening with its number is a row of data, whatever its words start with (推进…, 完成…)
  if (/^\d+$/.test(named[0] ?? '')) return null;
  return named.length >= 2 && named.filter(isHeadCell).length >= Math.max(2, named.length / 2) ? first : null;
}

/**
 * Whether a source table repeats the plan's tasks, so that the generated table can stand for it with nothing lost:
 * its title or head says it is about tasks, its header (where it has one) has no column the generated table lacks,
 * its rows name the plan's tasks — at least half of the tasks, or half of its rows, are named (a row's cell inside
 * a task's heading, or a task's heading at the start of a row) — and every cell is something the plan says
 * (`saidByPlan`). A 项目表 of 户数 and 投资, a table of months, or a 任务清单 whose cells say more than the tasks' texts
 * is set as a table of its own even with a task-like title: nothing in it is lost. Null when it does not repeat
 * them, else the cells it holds that the plan does not say (the export names them as left out).
 */
export function repeatsTasks(t: SourceTable, tasks: PlanTasks): string[] | null {
  if (!t.tasks || !tasks.count) return null;
  const head = headerCells(t);
  if (head && !head.every((c) => !c || CARRIED.test(bare(c)))) return null;
  const rows = tableRows(t).slice(head ? 1 : 0);
  if (!rows.length || !tasks.keys.length) return null;
  // every cell must be something the plan says (its texts, milestones, indicators, departments, dates): a cell the
  // plan does not say ("惠及居民3000户新增电梯40部" beside a task whose text says less) would be lost with the table.
  // A long table the importer read into the tasks may keep a stray cell it could not place (杨浦's 分解表: 1 of ~400):
  // at most 1 in 100 cells, named to the export dialog and the CLI as left out
  const cells = rows.flat().filter((c) => c.trim());
  const unsaid = cells.filter((c) => !saidByPlan(c, tasks));
  if (unsaid.length > cells.length / 100) return null;
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
  return named.size >= tasks.keys.length / 2 || rowsNaming >= rows.length / 2 ? unsaid : null;
}

/**
 * Every source table of the plan (in document order) with what an export does with it: the generated task table holds
 * every task, so without annexes it is set once, in place of the first table of the tasks; later ones are 'covered'.
 */
export function sourceTableActions(nodes: Iterable<PlanNode>, annexes: boolean): { node: PlanNode; table: SourceTable; action: SourceTableAction; unsaid: string[] }[] {
  const all = [...nodes];
  const tasks = planTasks(all);
  const out: { node: PlanNode; table: SourceTable; action: SourceTableAction; unsaid: string[] }[] = [];
  let generated = false;
  for (const node of all) {
    const table = sourceTable(node);
    if (!table) continue;
    const unsaid = repeatsTasks(table, tasks);
    let action: SourceTableAction = !unsaid ? 'table' : annexes ? 'annex' : 'generated';
    if (action === 'generated') { if (generated) action = 'covered'; generated = true; }
    out.push({ node, table, action, unsaid: unsaid ?? [] });
  }
  return out;
}

export interface SourceTableNote { nodeId: string; title: string; action: SourceTableAction; /** cells left out that the plan does not say */ unsaid?: string[] }

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
  return sourceTableActions([...walk(doc.nodes)].map((w) => w.node), annexes).map(({ node, action, unsaid }) =>
    ({ nodeId: node.id, title: node.heading.trim() || '表格', action, ...(unsaid.length ? { unsaid } : {}) }));
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
