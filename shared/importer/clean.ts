/**
 * Cleanup of scraped text: web-page chrome around the plan (site header, breadcrumbs, "来自…", "跳转至",
 * contact lines, copyright footers) is removed and reported; lines broken mid-sentence are re-joined.
 */
import type { ImportReport, Warning } from '../model/plan';
import type { SourceLine } from './types';
import { decimalTopOver, decimalTopShape, matchView, rankOf, readMarker } from './grammar';
import { DOC_NUMBER, readYearLine } from './dates';
import { isNoteLine } from '../text/notice';
import { DEPARTMENT_LABEL, FIELD_START } from './labels';
import { stringList } from '../text/scan';
import { foldForMatch } from '../text/fold';
import { GROUP_NUMBER, cellPerLineTables, columnKind, fits, type Kind } from './cellrows';
import { ADDRESSEES, ADDRESSEE_WORDS, LEAD_IN, NOT_ADDRESSEES, OCCASION_LINE, SITE_BADGE, SITE_COUNTER, indexCells } from './headlines';
import { EMPTY_CELL } from './tables';
import { paraWith } from './paracopy';

export interface Para {
  text: string;
  line: number;
  /** The source line started with indentation (a new paragraph in indented text). */
  indent: boolean;
  /** A blank line came before it. */
  afterBlank: boolean;
  heading?: number;
  /** Set in Word's Title style (SourceLine.titleStyle). */
  titleStyle?: true;
  /** A Word or Markdown list paragraph. */
  list?: { level: number; ordered: boolean };
  cells?: string[];
  /** The paragraphs of each cell (SourceLine.cellLines). */
  cellLines?: string[][];
  /** Cells a cell of a row above spans down into (SourceLine.mergedFrom). */
  mergedFrom?: SourceLine['mergedFrom'];
  /** Lines holding only a no-break space right before this one: empty cells in a flattened table. */
  emptyBefore?: number;
  /** Blank lines right before this one (cellrows.ts: empty cells of a table pasted one cell per line). */
  blankBefore?: number;
  /** Display width of the paragraph's last source line, its indentation included. */
  width?: number;
  /** Characters of the paragraph's last source line, its indentation included. */
  chars?: number;
  /** Its cells were read from tabs in the line (not given by a Word, Markdown or web table). */
  tabs?: boolean;
  /** The line itself held the tabs (a text copy of a table), not a row rebuilt as if copied with tabs from cells one
   *  per line or between bars (cellrows.ts, barRowTables): there a cell a rowspan covers is dropped, not left empty. */
  ownTabs?: boolean;
  /** The Word frame (one-cell table, a 专栏 box) it stands in (SourceLine.frame). */
  frame?: number;
}

type Removed = ImportReport['removed'][number];

/** The breadcrumb CHROME reads as written (Simplified, "首页 > …" or "当前位置：…" at the line's start). */
// (also "您的位置：政务公开 > 公报" and "您所在的位置：", with their colon)
const CRUMB = /您(现在|当前)(?:所在)?的?位置|您(?:所在)?的位置\s*[:：]|当前的?位置[:：]|^首页\s*[>＞»]/;

/** A Markdown table's separator row ("|---|:---:|"): no row of the table. */
const BAR_SEPARATOR = /^[|｜]?\s*:?-+:?\s*(?:[|｜]\s*:?-+:?\s*)+[|｜]?$/;
const CHROME: [RegExp, string][] = [
  [/^来自[^，。,.:：]{1,20}$/, '来源网站标记'],
  // (a table's ruling line drawn with box characters, "┌──┬──┐" above its header or "└──┴──┘" under its last row: no text)
  [/^(?=.*[┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝])[\s┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝─━═]+$/, '表格框线'],
  // (…and a Markdown table's separator row under a table that is no task table — a page's 标题 / 索引号 / 发布机构 box copied
  // as a pipe table, "标题: | X | ||" ⏎ "---|---|---|---|": no words; a task table's own is passed over by barRowTables)
  [BAR_SEPARATOR, '表格框线'],
  [/^跳转至[:：]?/, '页面导航'],
  [CRUMB, '面包屑导航'],
  // (the trail's rest on a line of its own, as a page's text copy breaks it after "当前位置:首页": "> 政务公开 > 工作报告" —
  // short names, each after a > , no sentence)
  [/^[>＞»]\s*[^\s>＞»。，,；;：:]{1,12}(?:\s*[>＞»]\s*[^\s>＞»。，,；;：:]{1,12})+\s*$/, '面包屑导航'],
  // (a site's greeting, "今天是: 欢迎访问X市人大常委会网站!" with the day's date or without — real batch 20's 07)
  [/^(?:今天是\s*[:：]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天])?\s*)?)?欢迎(?:访问|光临|来到|您访问)[^。，,；;]{2,30}(?:网站|网|门户|平台)\s*[!！。]?$/, '网站名称'],
  [/^【?\s*(字体|字号)\s*[:：]?\s*[大中小]/, '网页按钮'],
  // (a button is a word or two: 【打印】【关闭】; a labelled statement in the brackets, 【牵头单位：区科委】, is the text's)
  [/^(【[^】:：]{1,8}】[\s\u3000]*)+$/, '网页按钮'],
  [/网站标识码|^(主办|承办|技术支持)(单位)?[:：]/, '网页页脚'],
  // (an empty row of a page's table, "| | | |": bars and no words)
  // (three bars at least: "｜｜" is what a hard wrap leaves of a row's last empty cells, a piece of the row)
  [/^[|｜](?:[\s\u3000]*[|｜]){2,}$/, '表格框线'],
  // (a post's stamp, its date and its source on one line: "日期:2025-12-31 来源:区融媒体中心" — real batch 20's 06)
  [/^(?:日期|时间)\s*[:：]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+(?:来源|作者|浏览次数|阅读次数|点击数?)\s*[:：]/, '网页发布信息'],
  [/^发布时间[:：]|^来源[:：]|^作者[:：].*(?:来源|发布时间|发布日期)[:：]|^(浏览|阅读|点击)(次数|量)[:：]|^字号[:：]?\s*[大中小]/, '网页发布信息'],
  // (a post's time on a document or forum site: "[规划计划] 发表于:2022-08-08 15:54:04", "发表于 2021-1-5 14:01:07 | 显示全部楼层")
  // (…in Traditional script too, "[可行性研究報告 - 規劃計劃] 發表于:2022-08-01 22:48:09" — real batch 20's 12)
  [/(?:^|[\s\]】|])[发發]表[于於]\s*[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?/, '网页发布信息'],
  [/^(上一条|下一条|上一篇|下一篇)[:：]/, '网页翻页链接'],
  [/^(与我们联系|联系我们|关于我们|网站地图)$/, '网页页脚'],
  [/^[•·]?\s*(联系电话|电\s*话|传\s*真|邮\s*箱|E-?mail|电子邮件|地\s*址|邮\s*编|QQ)\s*[:：]/i, '联系方式'],
  [/Copyright|©|版权所有|版权声明|ICP备|All Rights Reserved/i, '版权页脚'],
  // (one button a line, or a row of them: "打印整页 打印内容 分享", real batch 18's 02; "收藏" over a library page's copy, 03)
  [/^(?:(?:返回|返回顶部|返回首页|打印|关闭|打印本页|打印整页|打印内容|打印正文|关闭窗口|【打印】|【关闭】|分享|收藏|加入收藏)(?:[\s\u3000|]+|$))+$|^(?:分享到[:：]?.*|扫一扫.*)$/, '网页按钮'],
];

/** A report's headline and its occasion on one line (toParagraphs): the headline, then "——在…会议上" (OCCASION_LINE). */
const TITLE_WITH_OCCASION = /^([^。；;，,、——]{2,40}?(?:报告|讲话|致辞|发言))\s*((?:——|—|－－)\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^。；;，,、]{4,60}(?:会议|大会)上)\s*$/;

/** A text line of three or more tab-separated cells is a table row (a table copied from Word or a spreadsheet). */
export function tabCells(text: string): string[] | undefined {
  const tab = text.indexOf('\t');
  if (tab < 0 || text.indexOf('\t', tab + 1) < 0) return undefined;
  const cells = text.trim().split(/\t+/).map((c) => c.trim());
  return cells.length >= 3 ? cells : undefined;
}

const TWO_TABS = /\t[^]*\t/;
/** A header row: a 序号 column and a column of tasks, departments or deadlines. */
export const TAB_HEADER = (cells: string[]): boolean => cells.some((c) => /^(序号|编号)$/.test(c)) && cells.some((c) => /任务|措施|项目|事项|单位|部门|时限|时间|进度|指标/.test(c));

/**
 * Rows with empty cells in a tab-separated table: a table copied from Word or a spreadsheet writes one tab between
 * cells, so "\t\t完善停车设施\t区交通运输局\t" has its first two cells empty (merged with the row above) and its last
 * one too. Under a header row (序号 and a task, department, deadline or indicator column) written with single tabs only (its
 * cells are its positions), a row with as many positions with an empty cell — the first ("\t2\t养老机构护理型床位占比…"
 * under a 类别 cell merged down) or any other ("2\t\t落实…", the 类别 column second) —, right after a whole row (not the header), goes on
 * from that row and keeps its empty cells where they are — with two cells left it is a row, not text. A short line
 * between rows (a group row) is passed over; anything else ends the table. Text aligned with several tabs between its
 * cells (its header's positions are not its cells) and a hard-wrapped table (its pieces are no whole rows) are read
 * as before.
 */
function positionalRows(paras: Para[], byPosition: Map<Para, string[]>): void {
  for (let i = 0; i < paras.length; i++) {
    const head = byPosition.get(paras[i]);
    const cells = paras[i].cells;
    if (!head || !cells || cells.length !== head.length || cells.length < 3 || !TAB_HEADER(cells)) continue;
    let j = i + 1;
    // (the 序号 column, and the number the next row's cell there would hold)
    const numberAt = head.findIndex((h) => /^(序号|编号)$/.test(h));
    let next = 1;
    for (; j < paras.length; j++) {
      const q = paras[j];
      const row = byPosition.get(q);
      // (a row going on from the row above: that one whole — in a hard-wrapped text the line before is a piece of a row)
      // (or a row whose 序号 cell holds the next number, 1 right under the header: whole, whatever it has empty — a
      // 工作要点's 月度安排 ticks ● in the months its work runs, the others empty, on its first row as on the others)
      const counted = !!row && numberAt >= 0 && row[numberAt] === String(next);
      if (row && row.length === head.length && row.filter(Boolean).length >= 2 && (q.cells?.length === row.length || (row.includes('') && ((j - 1 > i && paras[j - 1].cells?.length === head.length) || counted)))) {
        q.cells = row;
        if (numberAt >= 0 && /^\d{1,3}$/.test(row[numberAt])) next = Number(row[numberAt]) + 1;
        continue;
      }
      // (a row whose leading empty cells were trimmed away with the line's indent — "2\t既有住宅加装电梯\t台…" under
      // "类别\t序号\t指标名称…", a 类别 merged down, as a paragraph of Word or a plan's text keeps it —: its serial number
      // stands where the header's 序号 column is once the missing cells are put back before it)
      const short = row ? head.length - row.length : 0;
      if (row && short >= 1 && q.cells?.length === row.length && j - 1 > i && paras[j - 1].cells?.length === head.length
        && /^\d{1,3}$/.test(row[0]) && /^(序号|编号)$/.test(head[short]) && !head.slice(0, short).some((h) => /^(序号|编号)$/.test(h))) {
        q.cells = [...Array.from({ length: short }, () => ''), ...row];
        continue;
      }
      if (row || q.cells) break;
      // (a group row standing alone between two rows)
      if (!(q.text.length <= 40 && !/[。；;]/.test(q.text) && byPosition.has(paras[j + 1]))) break;
    }
    i = j - 1;
  }
}

/** Cells of a line aligned with runs of spaces (a table pasted from a PDF or a fixed-width text): two or more apart. */
// (the cells by a loop into a list of strings: the arrays map() and filter() return are of another hidden class in
// optimised code than in the interpreter, and toParagraphs' optimised code was thrown away when that changed)
const spaceCells = (text: string): string[] => {
  const parts = text.trim().split(/[ \u3000]{2,}/);
  const cells = stringList();
  for (let i = 0; i < parts.length; i++) { const c = parts[i].trim(); if (c) cells.push(c); }
  return cells;
};
const TWO_SPACES = /[ \u3000]{2}/;
/** The header row of a task table: a 序号 column and a department column. */
const SPACE_HEADER = (cells: string[]) => cells.some((c) => /^(序号|编号)$/.test(c)) && cells.some((c) => /牵头|责任单位|责任部门|配合单位/.test(c));

/**
 * The tables written as text one row per line under a header row (spaceAlignedTables, singleSpaceTables,
 * barRowTables): `head` reads a paragraph as a header row, `row` each paragraph after it as the next row's cells —
 * SKIP for a line the table passes over and drops (a Markdown separator row), undefined where the table ends. A header
 * with no row after it is no table. The rows keep their text (`asTabs` false) or are rewritten as if copied with tabs.
 */
const SKIP: string[] = [];
/** …and KEEP for a line the table keeps as it is between two rows (a group row, "一、主要预期目标", over the rows of its group). */
const KEEP: string[] = [];
function textTables(paras: Para[], head: (p: Para) => string[] | undefined, row: (q: Para, head: string[], rowNumber: number) => string[] | undefined, asTabs: boolean): void {
  for (let i = 0; i < paras.length; i++) {
    if (paras[i].cells) continue;
    const cells = head(paras[i]);
    if (!cells) continue;
    const rows: [Para, string[]][] = [[paras[i], cells]];
    const skipped: number[] = [];
    let j = i + 1;
    for (; j < paras.length && !paras[j].cells; j++) {
      const r = row(paras[j], cells, rows.length);
      if (!r) break;
      if (r === SKIP) skipped.push(j);
      else if (r !== KEEP) rows.push([paras[j], r]);
    }
    if (rows.length < 2) continue;
    // (index loops, as in toParagraphs: no array iterator in code it calls)
    for (let k = 0; k < rows.length; k++) {
      const [p, r] = rows[k];
      if (asTabs) Object.assign(p, { text: r.join('\t'), cells: r, tabs: true });
      else p.cells = r;
    }
    for (let k = skipped.length - 1; k >= 0; k--) paras.splice(skipped[k], 1);
    i = j - 1 - skipped.length;
  }
}

/**
 * A task table of two columns only, its work and its units ("工作内容⇥责任单位" ⏎ "完成农村户厕改造3000户⇥县农业农村局、…"):
 * a line of one tab does not make a row (tabCells wants three cells — "2026年：⇥完成…" is a line of text), so the header
 * says it — its first cell names the work (工作内容, 重点任务, 主要措施 …), its second the units (责任单位, 牵头单位 …) — and
 * the lines right after it with one tab and two cells are its rows (two at least). Nothing else changes.
 */
const TWO_COLUMN_WORK = /^(?:重点|主要|具体)?(?:工作)?(?:任务|内容|措施|举措|事项)$|^重点工作$/;
const TWO_COLUMN_UNITS = /^(?:责任|牵头|主责|承办)(?:单位|部门|科室)$/;
function twoColumnTables(paras: Para[]): void {
  const two = (p: Para): string[] | null => {
    // (a paragraph without a tab is no row: not split)
    if (p.cells || p.text.indexOf('\t') < 0) return null;
    const cells = p.text.split('\t');
    return cells.length === 2 && cells.every((c) => c.trim()) ? cells.map((c) => c.trim()) : null;
  };
  for (let i = 0; i < paras.length; i++) {
    const head = two(paras[i]);
    if (!head || !TWO_COLUMN_WORK.test(head[0].replace(/\s/g, '')) || !TWO_COLUMN_UNITS.test(head[1].replace(/\s/g, ''))) continue;
    let j = i + 1;
    while (j < paras.length && two(paras[j])) j++;
    if (j - i - 1 < 2) continue;
    for (let k = i; k < j; k++) Object.assign(paras[k], { cells: two(paras[k])!, tabs: true, ownTabs: true });
    i = j - 1;
  }
}

/**
 * A task table whose columns are aligned with spaces ("序号    重点任务    牵头单位    配合单位"): its header row and
 * the rows right after it with as many space-separated cells become table rows, as tab-separated ones do.
 */
// (…and a long cell that goes on onto a line of its own, alone, aligned under its column — "2    城南易涝点整治工程    整治易涝
// 点12处，新建泵站2座，    区住建委" ⏎ "                     配套建设调蓄池1座" —: the line is the rest of that cell of the row
// above, joined to it, not a row or a paragraph; the row's text is rewritten with the cell whole)
/** A line opening with a short label and its colon ("注：", "说明：", "备注："): a note, never the rest of a cell. */
const LABEL_LINE = /^\s*[\u4e00-\u9fff]{1,4}\s*[:：]/;
/** A cell that closed its sentence: no line under it goes on with it. */
const CELL_CLOSED = /[。；;！!？?]\s*$/;
/** A cell left open by a comma, a list's mark, a colon or an opening bracket: the line under it goes on with it. */
const CELL_OPEN = /[，,、：:（(“]\s*$/;
function spaceAlignedTables(paras: Para[]): void {
  let last: { p: Para; cells: string[] } | null = null;
  /** The table's rows read so far (their cells as joined). */
  let rows: string[][] = [];
  textTables(paras, (p) => {
    // (three cells need two gaps of two spaces: a paragraph without one is not split)
    if (p.heading !== undefined || !TWO_SPACES.test(p.text)) return undefined;
    const head = spaceCells(p.text);
    last = null;
    rows = [];
    return head.length >= 3 && SPACE_HEADER(head) ? head : undefined;
  }, (q, head) => {
    if (q.heading !== undefined) return undefined;
    const cells = spaceCells(q.text);
    if (cells.length === head.length) { last = { p: q, cells }; rows.push(cells); return cells; }
    const row = last as { p: Para; cells: string[] } | null;
    const into = row && q.indent && !q.afterBlank && cells.length < head.length && readMarker(q.text) === null && !LABEL_LINE.test(q.text) ? columnsUnder(row.p, row.cells, q, cells) : null;
    // (…never a line that opens with a label, "    注：以上项目年底前全部完成。", nor one under a cell that closed its
    // sentence: a note under the table, not the rest of a cell)
    if (!row || !into || into.some((c) => CELL_CLOSED.test(row.cells[c]))) return undefined;
    // (…nor a whole sentence under the table's last row — no row of it after the line — whose cell above was not left
    // open by a comma or a list's mark: a note closing the table, "以上项目由区政府统一调度。" (rev42a F4); between two
    // rows, or under "…新建泵站2座，", the line is the rest of the cell)
    // (…unless the cell above filled its column — as wide as any of the column's cells — and the line is shorter than it:
    // the wrap broke the cell there, mid-word, "…并同步建设老年" ⏎ "助餐点5个。")
    const above = row ? row.cells[into?.[0] ?? 0] ?? '' : '';
    const wrapped = !!into && rows.every((r) => (r[into[0]] ?? '').length <= above.length) && cells[0].length < above.length;
    if (cells.length === 1 && CELL_CLOSED.test(cells[0]) && !CELL_OPEN.test(row.cells[into[0]]) && !wrapped) {
      const next = paras[paras.indexOf(q) + 1];
      if (!next || next.cells || spaceCells(next.text).length !== head.length) return undefined;
    }
    for (let k = 0; k < cells.length; k++) row.cells[into[k]] += cells[k];
    row.p.text = row.cells.join('    ');
    return SKIP;
  }, false);
}

/**
 * The columns of a row (`cells` of `row`, read from its text by spaceCells) each piece of a line under it starts under:
 * where the piece starts (in display width, the line's indentation counted) is where a cell of the row starts, two
 * columns off at most — or null when a piece stands under none, or two under one.
 */
function columnsUnder(row: Para, cells: string[], line: Para, pieces: string[]): number[] | null {
  const starts = (p: Para, parts: string[]): number[] => {
    const indent = (p.width ?? width(p.text)) - width(p.text);
    const out: number[] = [];
    let from = 0;
    for (const part of parts) {
      const at = p.text.indexOf(part, from);
      if (at < 0) return [];
      out.push(indent + width(p.text.slice(0, at)));
      from = at + part.length;
    }
    return out;
  };
  const cols = starts(row, cells);
  const at = starts(line, pieces);
  if (cols.length !== cells.length || at.length !== pieces.length) return null;
  const into: number[] = [];
  for (const x of at) {
    const c = cols.findIndex((y) => Math.abs(y - x) <= 2);
    if (c < 0 || into.includes(c)) return null;
    into.push(c);
  }
  return into;
}

/** A header cell of a table written with single spaces: short, no sentence punctuation. */
const SHORT_HEAD_CELL = /^[^。；;，,：:、]{2,12}$/;
/** A task column's header (重点任务, 工作内容, 具体措施, 项目名称 …). */
const TASK_HEAD = /任务|措施|内容|事项|项目|名称|工作|实事/;

/**
 * A row of a table written with single spaces, its pieces given to the header's columns by their shape: the pieces
 * before the task column one a column, then from the right end — a time column takes the last piece if it reads as a
 * date or a term ("2025年底", "持续推进"), else stays empty; a run of department columns (牵头单位 配合单位) takes the
 * pieces that read as departments (departments.ts looksLikeDepartments), the first column the first of them, the last
 * column the rest ("区卫健委 区发改局 区财政局" → 区卫健委 | 区发改局、区财政局), none of them if the row names no
 * partner, but at least one; any other column one piece — and the task column the pieces left between, at least one (a
 * task's words may hold a space). A cell written as empty ("—", "/", "无": tables.ts EMPTY_CELL) is its column's piece
 * in a time or department column. Undefined when the pieces do not fit so.
 */
function shapeRow(pieces: string[], kinds: Kind[], task: number, folded: string[]): string[] | undefined {
  const row = stringList();
  for (let c = 0; c < kinds.length; c++) row.push(c < task ? pieces[c] ?? '' : '');
  if (pieces.length <= task) return undefined;
  let end = pieces.length;
  for (let c = kinds.length - 1; c > task; c--) {
    if (kinds[c] === 'time') {
      if (end - 1 > task && (fits('time', folded[end - 1]) || EMPTY_CELL.test(folded[end - 1]))) row[c] = pieces[--end];
    } else if (kinds[c] === 'dept') {
      let first = c;
      while (first - 1 > task && kinds[first - 1] === 'dept') first--;
      let from = end;
      let named = false;
      for (; from - 1 > task; from--) {
        if (fits('dept', folded[from - 1])) named = true;
        else if (!EMPTY_CELL.test(folded[from - 1])) break;
      }
      if (!named) return undefined;
      for (let k = first; k <= c && from + k - first < end; k++) row[k] = k < c ? pieces[from + k - first] : pieces.slice(from + k - first, end).join('、');
      end = from;
      c = first;
    } else if (end - 1 > task) row[c] = pieces[--end];
    else return undefined;
  }
  row[task] = pieces.slice(task, end).join(' ');
  return row;
}

/**
 * A task table whose cells are separated by single spaces, as a page copied as text or a retyped table gives it
 * ("序号 重点任务 牵头单位 配合单位 完成时限" ⏎ "1 建成区域医疗中心 区卫健委 区发改局 区财政局 2025年底"): a header
 * row of short cells (序号 first, a department column: SPACE_HEADER) and the rows right after it, each opening with the
 * next 序号, are table rows. Where the header has one task column a row's pieces go to the columns by their shape
 * (shapeRow: a row with two partners, or none, or no deadline, is read); a row of as many pieces as the header has cells
 * that does not fit so is one cell a piece. A row opening with the next 序号 that fits neither is still a row — its
 * words after the 序号 are its task, its other cells empty — and is reported (`table-row-unsplit`). Anything else (a
 * number out of turn — reported, `table-row-order`, when the row has the table's shape —, a heading, prose) ends the
 * table; a header alone is no table.
 */
/** A line that is only units, one or a list ("区税务局", "区政府有关部门,各乡镇人民政府、街道办事处。"): no sentence, no space. */
const unitCellLine = (text: string): boolean => {
  const t = text.trim().replace(/[。；;]$/, '');
  return t.length >= 3 && t.length <= 160 && !/[ \u3000。：:]/.test(t) && fits('dept', t);
};
/** Puts a unit line into the row: a single unit after the last unit cell filled, a list into the next unit column left empty. */
function continueUnitCell(row: string[], kinds: Kind[], text: string): boolean {
  let at = -1;
  for (let k = 0; k < row.length; k++) if (kinds[k] === 'dept' && row[k]) at = k;
  if (at < 0) return false;
  const empty = row.findIndex((c, k) => k > at && kinds[k] === 'dept' && !c);
  if (/[,，、;；]/.test(text) && empty > 0) row[empty] = text;
  else if (empty > 0 || at === row.length - 1 || kinds[at + 1] === 'dept') row[at] += '、' + text;
  else return false;
  return true;
}
const GROUP_LINE = new RegExp(`^${GROUP_NUMBER}[^\\s。]{1,80}$`);
/** The paragraph after `q` opens with the row number `n` and a space ("1 地区生产总值增长6%左右。 区发改委 …"). */
const nextRowAfter = (paras: Para[], q: Para, n: number): boolean => {
  const next = paras[paras.indexOf(q) + 1];
  return !!next && !next.cells && foldForMatch(next.text).startsWith(`${n} `);
};
/**
 * A row of a table with two task columns side by side (重点任务 具体措施, 主要任务 工作措施): its pieces read as if the two
 * were one column (shapeRow), that column's pieces then parted where the measure begins — at the first piece holding a
 * sentence's punctuation (，。；), or at the piece before it when that one opens with a figure ("拆除危旧房 200间；"),
 * the task's name before it: a name has none, a measure is written in clauses ("推进河道 综合治理" | "完成青川河…清淤
 * 疏浚，清淤 12万立方米。"); with no such piece, two pieces are one each. Undefined otherwise (the row is reported
 * unsplit, as before). A measure whose first clause holds a space before its first comma ("每月监测 断面水质，…")
 * gives its first piece to the name: nothing in the row tells the two apart.
 */
/** A piece that opens a measure's clause, never a task's name going on (twoTaskCells). */
const MEASURE_OPENS = /^(?:每(?:年|月|季度?|半年|周|旬|日|天)|定期|全年|年内|年底前|按(?:月|季度?|年|周)|对(?!口|外|标|接)|依托|通过|结合|围绕|按照|针对|聚焦|利用|由|(?:19|20)[0-9]{2}年|[0-9]{1,2}月(?:底|前|份)|持续|逐步|力争|确保|完成|新建|新增|建成)/;
function twoTaskCells(pieces: string[], kinds: Kind[], task: number, measure: number, folded: string[]): string[] | undefined {
  const one = kinds.filter((_, k) => k !== measure);
  const row = shapeRow(pieces, one, task, folded);
  if (!row) return undefined;
  const words = row[task].split(' ');
  let at = words.findIndex((w) => /[，,。；;]/.test(w));
  // (a clause broken before its figure, "拆除危旧房 200间；", opens before it)
  while (at > 1 && /^[0-9０-９]/.test(words[at])) at--;
  if (at < 0 && words.length === 2) at = 1;
  // (a measure whose first clause holds a space, "每月监测 断面水质，…", opens at the piece right before the one holding
  // its punctuation when that piece opens as a clause does: how often (每月, 定期), a preposition (对, 依托, 通过 …), a
  // date (2026年底前). One space cuts such a clause; a word of that kind further back, with pieces of no punctuation
  // after it, is a word of the name going on: "加快 新建 学校 建设 开工建设…，", "实施 全年 营养餐 计划 为…，")
  if (at > 1 && MEASURE_OPENS.test(words[at - 1])) at--;
  if (at < 1) return undefined;
  row.splice(task, 1, words.slice(0, at).join(' '), words.slice(at).join(' '));
  return row;
}
/**
 * Rows of a tab-separated task table that go on without their tabs ("2-2 建设智慧农业示范基地3个 区农业农村局 2026年9月底"
 * after "2-1⇥推动…⇥区工业和信息化局（牵头）、区科技局⇥2026年10月底"): a PDF's reader parts a row into cells by the gaps
 * between them, and a row whose cells stood a space apart (each ending near the next tab stop) comes out as one line.
 * Under a header with 序号 and one task column (TAB_HEADER), after its rows, a line with no tabs that opens with the
 * table's next 序号 — the number after the row above ("3" after "2"), or for rows numbered group and task the next in
 * the group or the first of the next ("2-2" or "3-1" after "2-1") — and whose pieces fit the header's columns by their
 * shape (shapeRow, as a table written with single spaces is read) is the next row. A group row ("三、…") between rows is
 * passed over; anything else ends the table.
 */
const nextNumbers = (last: string): string[] => {
  const sub = /^(\d{1,3})\s*([-－—.．])\s*(\d{1,3})$/.exec(last);
  if (sub) return [`${sub[1]}${sub[2]}${Number(sub[3]) + 1}`, `${Number(sub[1]) + 1}${sub[2]}1`];
  return /^\d{1,3}$/.test(last) ? [String(Number(last) + 1)] : [];
};
function spacedRowsUnderTabs(paras: Para[]): void {
  for (let i = 0; i < paras.length; i++) {
    const head = paras[i].cells;
    if (!head || !TAB_HEADER(head) || !/^(序号|编号)$/.test(head[0])) continue;
    const taskCols = head.map((h, k) => (k > 0 && TASK_HEAD.test(h) && !/单位|部门|时限|时间/.test(h) ? k : -1)).filter((k) => k > 0);
    if (taskCols.length !== 1) continue;
    const task = taskCols[0];
    const kinds: Kind[] = head.map((h, k) => (k === task ? 'task' : columnKind(h)));
    let last = '';
    let j = i + 1;
    for (; j < paras.length; j++) {
      const q = paras[j];
      if (q.cells) {
        if (q.cells.length !== head.length) break;
        last = (q.cells[0] ?? '').trim() || last;
        continue;
      }
      if (GROUP_LINE.test(q.text) && !/[ \u3000]/.test(q.text)) continue;
      const pieces = q.text.split(/[ \u3000]+/);
      const folded = foldForMatch(q.text).split(/[ \u3000]+/);
      if (!last || folded.length !== pieces.length || !nextNumbers(last).includes(folded[0])) break;
      const row = shapeRow(pieces, kinds, task, folded);
      if (!row) break;
      Object.assign(q, { text: row.join('\t'), cells: row, tabs: true });
      last = folded[0];
    }
    i = j - 1;
  }
}

function singleSpaceTables(paras: Para[], warnings: Warning[]): void {
  let kinds: Kind[] = [];
  let task = -1;
  let measure = -1;
  let last: string[] | undefined;
  textTables(paras, (p) => {
    last = undefined;
    // (the header read on the matching view: a Traditional page's "序號 重點工作任務 牽頭責任單位 …" is the same header;
    // its cells stay as written)
    const view = matchView(p.text);
    if (p.heading !== undefined || TWO_SPACES.test(p.text) || !/^(序号|编号)[ \u3000]/.test(view)) return undefined;
    const head = p.text.split(/[ \u3000]+/);
    const seen = view.split(/[ \u3000]+/);
    if (head.length < 3 || seen.length !== head.length || !SPACE_HEADER(seen) || !seen.every((c) => SHORT_HEAD_CELL.test(c))) return undefined;
    const taskCols = seen.map((h, k) => (k > 0 && TASK_HEAD.test(h) && !/单位|部门|时限|时间/.test(h) ? k : -1)).filter((k) => k > 0);
    kinds = head.map((h, k) => (taskCols.includes(k) ? 'task' : columnKind(h)));
    task = taskCols.length === 1 ? taskCols[0] : -1;
    // (two task columns side by side, 重点任务 具体措施: read as one, then parted — twoTaskCells)
    measure = taskCols.length === 2 && taskCols[1] === taskCols[0] + 1 ? taskCols[1] : -1;
    if (measure > 0) task = taskCols[0];
    return head;
  }, (q, head, n) => {
    if (q.heading !== undefined) return undefined;
    // (a group row between the rows, "一、2026年主要预期目标" alone on its line with the next row's 序号 after it: kept,
    // as a tab-separated table keeps its group rows — the rows under it are its group's)
    if (GROUP_LINE.test(q.text) && nextRowAfter(paras, q, n)) return KEEP;
    const pieces = q.text.split(/[ \u3000]+/);
    // (the shapes on the matching view: full-width digits folded, "１　新建…　２０２５年底")
    const folded = foldForMatch(q.text).split(/[ \u3000]+/);
    if (folded.length !== pieces.length) return undefined;
    if (folded[0] !== String(n)) {
      // (a unit cell written over lines, as a page copies a cell holding a line break: "2 一般公共预算收入增长5%左右。
      // 区财政局" ⏎ "区税务局" ⏎ "区政府有关部门,各乡镇人民政府" — a line of one unit goes on the row's last unit cell, a
      // list of units fills the next unit column the row left empty; the line itself is no paragraph of its own)
      const cont = last && unitCellLine(q.text) ? continueUnitCell(last, kinds, q.text.trim()) : false;
      if (cont) return SKIP;
      // (a row of the table's shape numbered out of turn ends it, said: the rows from it on are read as text)
      if (n > 1 && /^\d+$/.test(folded[0]) && task > 0 && (measure > 0 ? twoTaskCells(pieces, kinds, task, measure, folded) : shapeRow(pieces, kinds, task, folded))) {
        warnings.push({ code: 'table-row-order', message: `以空格分隔的表格在“${q.text.slice(0, 40)}”处中断:序号 ${pieces[0]} 不接续上一行(应为 ${n}),这一行及其后各行未按表格读取,请核对`, line: q.line });
      }
      return undefined;
    }
    const row = task > 0 ? (measure > 0 ? twoTaskCells(pieces, kinds, task, measure, folded) : shapeRow(pieces, kinds, task, folded)) : undefined;
    if (row) return (last = row);
    if (pieces.length === head.length) return (last = pieces);
    last = undefined;
    const at = task > 0 ? task : 1;
    warnings.push({ code: 'table-row-unsplit', message: `以空格分隔的表格第 ${n} 行“${q.text.slice(0, 40)}”未能按表头“${head.join(' ')}”分列:序号后的文字都作为“${head[at]}”导入,其余各列为空,请核对`, line: q.line });
    return head.map((_, k) => (k === 0 ? pieces[0] : k === at ? pieces.slice(1).join(' ') : ''));
  }, true);
}

/**
 * Cells of a line written with bars between them, as a web page's table copied as text prints it: "1 | 任务 | 县教体局 |"
 * — a bar that opens or closes the line opens or closes a cell, it makes none. Three cells or more, else none; an
 * empty cell ("| 2 | 改造农村公路 | 县交通局 |  |") only where `empty` allows it (a row under a header, not a header).
 */
// (bars drawn ｜ or │ part cells as | does)
const barCells = (text: string, empty = false): string[] | undefined => {
  if (!CELL_BAR.test(text)) return undefined;
  const cells = text.split(/[|｜│┃║]/).map((c) => c.trim());
  if (!cells[0]) cells.shift();
  if (cells.length && !cells[cells.length - 1]) cells.pop();
  // (a header padded with bars past its last cell, "｜序号｜任务｜牵头单位｜｜｜": those are no columns)
  if (!empty) while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells.length >= 3 && (empty ? cells.filter(Boolean).length >= 2 : cells.every(Boolean)) ? cells : undefined;
};
/** A ruling line of a table drawn with box characters ("├──┼──┤", "+----+----+"): no row of the table. */
const BOX_RULE = /^[\s┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝─━═│┃║|｜+\-=]+$/;
/** The bars that part cells: ASCII, full-width and box-drawing (│ ┃ ║) — a table drawn with any of them. */
const CELL_BAR = /[|｜│┃║]/;

/**
 * A table written one row per line with bars between its cells (a web page copied as text, a Markdown table saved as
 * .txt): a header row (序号 and a task, unit or deadline column: TAB_HEADER) and the lines right after it with as many
 * cells, empty ones among them, are rows, as if copied with tabs; a Markdown separator row under the header is passed
 * over (and dropped). Rows with another number of cells end it; a header alone is no table.
 */
function barRowTables(paras: Para[]): void {
  textTables(paras, (p) => {
    const head = barCells(p.text);
    return head && TAB_HEADER(head) ? head : undefined;
  }, (q, head) => {
    if (BAR_SEPARATOR.test(q.text) || BOX_RULE.test(q.text)) return SKIP;
    const row = barCells(q.text, true);
    // (bars padding the row past its last cell, "…| 县教体局 ||||": empty cells the header has no column for)
    if (row && row.length > head.length && row.slice(head.length).every((c) => !c)) row.length = head.length;
    // (the text's last line, a row the page cut off in a cell — its number the next, its last bar missing: the cells it
    // has, the others empty)
    if (row && row.length < head.length && q === paras[paras.length - 1] && !/[|｜│┃║]\s*$/.test(q.text) && /^[0-9]{1,3}$/.test(row[0])) return [...row, ...head.slice(row.length).map(() => '')];
    return row && row.length === head.length ? row : undefined;
  }, true);
}

export function chromeReason(text: string): string | null {
  for (const [re, reason] of CHROME) if (re.test(text)) return reason;
  // (a breadcrumb in another script or shape: isBreadcrumb)
  if (isBreadcrumb(text)) return '面包屑导航';
  return null;
}

/**
 * …and in any script and shape (matched in the folded view: Traditional "首頁 > 政務公開", "當前位置："): behind a list's
 * bullet as a page's copy keeps it ("- 首页 > 政务公开 > …"), its names parted by ›, →, / or spaces only ("首页 政务公开
 * 政府信息公开 区政府文件": short names, at least two after 首页, no sentence).
 */
const CRUMB_ANY = /^(?:[-–•·*]\s*)?(?:(?:您(?:现在|当前)(?:所在)?的?|当前的?)位置\s*[:：]|首页\s*[>＞»›→/／]|首页(?:\s+[^\s>＞»›→/／。，,；;：:、]{2,16}){2,8}$)/;
function isBreadcrumb(text: string): boolean {
  return CRUMB.test(text) || (text.length <= 160 && /首|位置/.test(text) && CRUMB_ANY.test(matchView(text).trim()));
}

/**
 * Page chrome that a plan's body may also say in a line of its own: read as chrome only where it stands with the page's
 * other chrome (headChrome). Below it "政务公开" is a heading or a line of the text, and a date with a time
 * of day and a name is a schedule's entry ("2026-03-15 14:30 区政府常务会议").
 */
/** A control of a government site's accessibility toolbar (无障碍 / 适老化 / 长者模式 …), as its text copy prints it. */
const A11Y_CONTROL = '(?:今天是|智能问答|无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|适老版|适老化|返回首页|网站首页|手机版|繁體中文|繁体中文|简体中文|拼音|辅助浏览|轻松阅读|读屏|视图|放大|缩小|配色|大鼠标|辅助线|十字线|显示屏|声音|指读|连读|减速|加速|音量|增加音量|减小音量|后退|前进|全屏|刷新|退出|帮助|换肤|页面原始配色|[白蓝黄黑]底[白蓝黄黑]字(?:[白蓝黄黑]链接)?)';

/** A page's 索引号 alone on its line: an organ's code (a 统一社会信用代码 or an older 组织机构代码), "/", the year, "-" and a number. */
const INDEX_NO = /^(?:[0-9A-Z]{18}|\d{8,9}[0-9X]?|[0-9A-Z]{9})\s*[/／]\s*(?:19|20)\d{2}\s*[-－]\s*\d{2,10}$/;

/**
 * A site's name alone on its line: "…门户网站", "…政府网站", "…人民政府网", or a brand closed by 官网 ("乐途文库-乐途官网", as a
 * mirror prints it where the signature was: real batch 19's 01). A body may name a site so too — "（一）改版区政府官网", a list
 * of channels "云溪发布" ⏎ "云溪文旅官网" — so it is chrome only in a chrome position (clean.ts `siteChromeAt`), never on
 * every line as CHROME's patterns are.
 */
const SITE_NAME = /(?:门户网站|政府网站|人民政府网)$|^[^。，,；;：:\s]{1,30}官网$/;

/** A page's stamp of when it posted the document: "- 时间:2023-02-24" (HEAD_CHROME). */
const PAGE_TIME = /^(?:[-–•·*]\s*)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A meeting's or an event's detail line beside its time: "- 地点：区应急管理局", "参会人员：…". */
const EVENT_DETAIL = /^(?:[-–•·*]\s*)?(?:(?:会议|活动)?地\s*点|参会(?:人员|范围)|参加人员|主持人?|会议议程|议\s*程)\s*[:：]/;
const HEAD_CHROME: [RegExp, string][] = [
  // (a site's section name alone on its line over the page's document: "政府信息公开", "政务公开")
  [/^(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:专栏|目录)?$/, '网页栏目'],
  // (a page's stamp of when it posted the document, a bare label and the date, behind a list's bullet as a page's copy keeps
  // it: "- 时间:2023-02-24" under the title — real batch 19's 02; in the text, "时间：…" is a schedule's line)
  [PAGE_TIME, '网页发布信息'],
  // (a document site's listing of the document, its name closed by the site's badge, "X工作报告VIP专享", over the document
  // that names itself again: real batch 19's 07)
  [new RegExp(`^[^。，,；;]{4,80}${SITE_BADGE.source}`, 'i'), '网页标题'],
  // (…or by its file's name, "X工作计划.docx", "X工作计划.docxVIP" — a plan names itself without an extension; real batch
  // 20's 02; an attachment's link, "附件：X.pdf", is the page's download, not its listing)
  [/^(?!附件)[^。，,；;]{4,80}\.(?:docx?|wps|pdf|txt)(?:\s*(?:VIP|会员)\s*(?:专享|专属|免费|文档)?)?$/i, '网页标题'],
  // (a document site's counters over the document it lists, one a line behind a list's bullet as the page's copy keeps
  // them: "- 0" (views, downloads), "- 约4.3千字", "- 约 9页", "- 2026-01-27 发布于四川" (when it was uploaded, not the
  // plan's date), "- 举报" — real batch 20's 01 and 02; a bare number only behind its bullet)
  [SITE_COUNTER, '网页信息栏'],
  // (a document site's prompt to pin it to the desktop, one line each: "电脑桌面" ⏎ "添加X网到电脑桌面" ⏎ "安装后可以在桌面快捷
  // 访问" — real batch 19's 07)
  [/^(?:电脑桌面|添加[^\s。，,；;]{1,16}到(?:电脑)?桌面|安装后可以在桌面快捷访问|(?:设为首页|保存到桌面|添加到桌面|发送到桌面)(?:[\s\u3000|]+(?:设为首页|加入收藏|保存到桌面|添加到桌面))*)$/, '网页按钮'],
  // (a page's label over the document it shows, alone on its line: "信息详情" over a post, "全文" opening a wiki page's
  // copy — a word of the site's layout, not the plan's title; in the text, a cell "详情" or a line "正文" stays the text's)
  [/^(?:全文|正文|全文内容|正文内容|信息详情|文章详情|内容详情|详细内容)$/, '网页栏目'],
  // (a page's stamp, its date and time of day and the publishing office: "2025-01-08 09:30 区人民政府办公室" — a document
  // dates itself without the hour)
  [/^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s。，,；;]{2,30})?$/, '网页发布信息'],  // (a government site's accessibility toolbar copied with the page, one control a line or several on one: "拼音" ⏎ "辅助浏览"
  // ⏎ "读屏" ⏎ … ⏎ "换肤", "今天是 智能问答无障碍浏览长者模式" — words of the site's controls, read only in such a run at
  // the page's top; real batch 17's 11 and 12; with the site's own links on the line, "无障碍阅读 关怀版 返回首页", real
  // batch 18's 02)
  [new RegExp(`^(?:${A11Y_CONTROL}[\\s\\u3000|]*)+$`), '网页无障碍工具栏'],  // (an index table's 索引号 printed without its label, "1137010400419034XU/2023-5407598": an organ's code, the year and the
  // page's number — no line of a plan is one; the lines printed with it are the table's other values, headChrome)
  [INDEX_NO, '网页信息栏'],
  // (a row of a site's links, five or more short names between bars and nothing else, "A|B|C|D|E" — a mirror's bar of
  // other pages over the document it copied, real batch 20's 12; a table's header names its columns: 单位, 任务, 时限 …)
  [/^(?![^]*(?:单位|部门|任务|时限|时间|内容|序号|指标|措施|项目|事项|进度|名称|目标|备注|科室|领导))(?:[^|｜。，,；;：:\s]{3,20}[|｜]){4,}[^|｜。，,；;：:\s]{3,20}$/, '网页链接栏'],
];

function headChromeReason(text: string): string | null {
  for (const [re, reason] of HEAD_CHROME) if (re.test(text)) return reason;
  return null;
}

/**
 * The chrome a body may also say (HEAD_CHROME) in the first 16 lines, a run of such lines at a time: chrome when it
 * stands with the page's other chrome — the line before or after the run is chrome (a breadcrumb, a site's name, a
 * 来源/发布时间 line), or is the page's title line (its first heading that is no chrome; without a heading, its first
 * line with the lines it wraps onto; or a line of it printed again), or the run opens the page. A run between two lines
 * of the text (a schedule's "2026-06-01 08:30 区应急管理局" under "值班安排如下：", a line 政务公开 between two
 * sentences) is the text's, whether the text has numbered headings or none.
 */
function headChrome(paras: Para[], keep: boolean[], removed: Removed[]): void {
  const end = Math.min(16, paras.length);
  const firstHeading = paras.findIndex((p, i) => keep[i] && p.heading != null);
  const title = firstHeading >= 0 && firstHeading < end ? firstHeading : paras.findIndex((_, i) => keep[i]);
  // (the title line with the lines it wraps onto; a page prints its title twice, as the page's and the document's, and
  // a line of either, wrapped or not, is the title's)
  let titleText = title >= 0 ? paras[title].text : '';
  // (a wrapped line goes on without a break, a mark or a heading between: "…任务责任" ⏎ "分解方案的通知")
  const plain = (q: Para) => q.heading == null && !q.cells && !/[，,。：:；;！？!?]/.test(q.text);
  for (let j = title + 1; title >= 0 && plain(paras[title]) && j < end && !paras[j].afterBlank && plain(paras[j]) && titleText.length < 100; j++) titleText += paras[j].text;
  const withChrome = (j: number) => j < 0 || !keep[j] || (paras[j].text.length >= 6 && titleText.includes(paras[j].text));
  for (let i = 0; i < end; i++) {
    if (!keep[i] || paras[i].cells || !headChromeReason(paras[i].text)) continue;
    // (a 时间 line beside a 地点 line is a meeting's details, "- 时间：2026-02-20" ⏎ "- 地点：区应急管理局", not a page's stamp)
    if (PAGE_TIME.test(paras[i].text) && [paras[i - 1], paras[i + 1]].some((q) => q && EVENT_DETAIL.test(q.text))) continue;
    let k = i;
    // (a run that opens within those lines goes on past them: a toolbar of thirty controls one a line is one run)
    while (k + 1 < paras.length && keep[k + 1] && !paras[k + 1].cells && headChromeReason(paras[k + 1].text)) k++;
    // (an index table's values printed without their labels go on from its 索引号 to the blank line: the 发布机构 and the
    // date — "1137010400419034XU/2023-5407598" ⏎ "中大槐树街道办事处" ⏎ "2023-01-16", real batch 18's 02 —, each a short line
    // with no mark of a sentence or heading)
    if (INDEX_NO.test(paras[i].text)) {
      while (k + 1 < paras.length && k - i < 4 && keep[k + 1] && !paras[k + 1].afterBlank && !paras[k + 1].cells && paras[k + 1].heading == null &&
        paras[k + 1].text.length <= 30 && !/[，,。：:；;！？!?、]/.test(paras[k + 1].text)) k++;
    }
    if (withChrome(i - 1) || (k + 1 < paras.length && withChrome(k + 1))) {
      for (let j = i; j <= k; j++) { keep[j] = false; removed.push({ line: paras[j].line, text: paras[j].text, reason: headChromeReason(paras[j].text) ?? headChromeReason(paras[i].text)! }); }
    }
    i = k;
  }
}

/**
 * A pinyin reading a mirror site printed after a character ("發(fā)", "區(qū)", "現(xiàn)"): lowercase letters in brackets,
 * one of them a toned vowel, right after a Han character. No plan writes one; the page's ruby text garbles every word
 * it follows ("州政發(fā)〔2020〕5號" is no 文号, "湘西經(jīng)開區(qū)" no unit). (The lookahead of the bracket first is for speed
 * only: 1.45× faster over the seeds' and corpus' lines than the lookbehind tried at every offset.)
 */
const PINYIN_NOTE = /(?=[(（])(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/**
 * The pinyin readings a page printed after its characters, taken out of every line when the text has three or more
 * (one alone could be a word's own gloss); each line's readings are reported in `removed`.
 */
export function dropPinyinNotes(lines: SourceLine[], removed: Removed[]): SourceLine[] {
  let n = 0;
  for (const l of lines) if (l.text.includes('(') || l.text.includes('（')) n += (l.text.match(PINYIN_NOTE) ?? []).length;
  if (n < 3) return lines;
  return lines.map((l) => {
    const notes = l.text.match(PINYIN_NOTE);
    if (!notes) return l;
    removed.push({ line: l.line, text: notes.join(''), reason: '网页注音' });
    return { ...l, text: l.text.replace(PINYIN_NOTE, '') };
  });
}

const FOOTER_START = /^(上一条|下一条|上一篇|下一篇)[:：]|^(与我们联系|联系我们)$|Copyright|©|版权所有|版权声明|^返回(顶部|首页)?$|^(【[^】:：]{1,8}】[\s\u3000]*)+$|网站标识码/i;

/**
 * A tab-separated table hard-wrapped at a width, a row cut into lines ("护理型床位占比⇥%⇥≥55%⇥≥6" ⏎ "0%⇥≥65%", a head
 * "指标⇥单位⇥2025年⇥2026年" ⏎ "⇥2027年"): the wrap only put a line break into each, so the lines are joined back as they
 * were — only in a text wrapped at a width (no line longer, three or more just as long: the block's longest line),
 * where every row of the block comes out as wide as the table (its widest line, or wider when no line is a whole row;
 * cells counted with the empty ones) and every line joined to the next is of the wrap's width (an author's short row,
 * or a long one, is no such line). A row whose last cells were left empty and the next row do not add up and are left alone; so is
 * any block where one row would not.
 */
function rejoinWrappedTabRows(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let lengths: Map<number, number> | null = null;
  const wrappedAt = (width: number) => {
    if (!lengths) { lengths = new Map(); for (const l of lines) { const n = l.text.replace(/\r$/, '').length; lengths.set(n, (lengths.get(n) ?? 0) + 1); } }
    let at = 0;
    for (const [n, k] of lengths) { if (n > width) return false; if (n === width) at = k; }
    return at >= 3;
  };
  const piece = (l: SourceLine | undefined) => !!l && !l.cells && l.heading === undefined && !l.list && l.text.trim() !== '';
  const tabbed = (l: SourceLine | undefined) => piece(l) && l!.text.indexOf('\t') >= 0;
  for (let i = 0; i < lines.length; i++) {
    if (!tabbed(lines[i])) { out?.push(lines[i]); continue; }
    // (a piece of a row without a tab, "80" of "…⇥150⇥1" ⏎ "80", between two lines with tabs is in the block; so is a
    // blank line between two — the wrap leaves one after a line of just its width —, which ends a row)
    let j = i;
    while (tabbed(lines[j]) || (j > i && j < lines.length && (piece(lines[j]) || !lines[j].text.trim()) && tabbed(lines[j + 1]))) j++;
    const all = lines.slice(i, j);
    const block = all.filter((l) => l.text.trim() !== '');
    const text = (l: SourceLine) => l.text.replace(/\r$/, '');
    const pieces = (t: string) => t.split('\t').length;
    const ends = new Set(all.filter((l, k) => k + 1 < all.length && !all[k + 1].text.trim()));
    // (by a loop, not Math.max(...): a block of many thousand lines is more arguments than a call takes)
    let widest = 0;
    let narrowest = Infinity;
    let longest = 0;
    for (const l of block) { const t = text(l); const n = pieces(t); if (n > widest) widest = n; if (n < narrowest) narrowest = n; if (t.length > longest) longest = t.length; }
    // (the wrap's width is the text's: no line of it longer, three or more just as long — an author's long row is none)
    const short = narrowest < widest && wrappedAt(longest);
    // (the table's width is that of its widest line, or more when no line is a whole row: the narrowest that every row
    // comes out as; all the text is in the rows)
    let rows: SourceLine[] | null = null;
    for (let width = widest; short && !rows && block.length >= 3 && width >= 3 && width <= 2 * widest; width++) {
      const got: SourceLine[] = [];
      for (let k = 0; k < block.length; k++) {
        const first = block[k];
        let t = text(first);
        // (a full line goes on into the next as long as the row is not wider than the table: "…⇥150⇥1" ⏎ "80" too)
        while (k + 1 < block.length && text(block[k]).length === longest && !ends.has(block[k]) && pieces(t + text(block[k + 1])) <= width) t += text(block[++k]);
        if (pieces(t) !== width) break;
        got.push({ ...first, text: t });
      }
      if (got.length < block.length && got.reduce((n, r) => n + r.text.length, 0) === block.reduce((n, l) => n + text(l).length, 0)) rows = got;
    }
    if (rows) {
      out ??= lines.slice(0, i);
      out.push(...rows);
    } else out?.push(...all);
    i = j - 1;
  }
  return out ?? lines;
}

/** Turn source lines into paragraphs, dropping blank lines and web chrome (reported in `removed`). */
export function toParagraphs(lines: SourceLine[], removed: Removed[], warnings: Warning[] = []): Para[] {
  lines = rejoinWrappedTabRows(lines);
  const paras: Para[] = [];
  /** A tab-separated line's cells by position, empty ones kept ("\t\t措施\t区交通运输局\t": merged cells). */
  const byPosition = new Map<Para, string[]>();
  let blank = true;
  let nbsp = 0;
  let blanks = 0;
  // (an index loop: V8 threw away toParagraphs' optimised code at the array iterator of `for…of` over the lines)
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    // (zero-width characters are gone before this: shared/text/invisible.ts, in the importer's entry)
    const text = (l.text.indexOf('\u00a0') < 0 ? l.text : l.text.replace(/\u00a0/g, ' ')).trimEnd();
    const trimmed = text.trim();
    if (!trimmed) {
      blank = true;
      blanks++;
      if (/\u00a0/.test(l.text)) nbsp++;
      continue;
    }
    // (a table's row of one cell across its columns — a group row "一、教育（2项）" between its rows, a note under them — is
    // a line of the text, as it is in a table flattened to text: cellRuns passes group rows over, the grammar reads them)
    const rowCells = l.cells && l.cells.length >= 2 ? l.cells : undefined;
    const tabbed = l.cells ? undefined : tabCells(text);
    // (a report's headline with its occasion run on after the dash, as a news page prints them on one line: "政府工作报告——在
    // 2025年12月29日X区第十八届人民代表大会第六次会议上" — two lines of the head, the title and its occasion line; real batch
    // 20's 06)
    const withOccasion = paras.length < 12 && !l.cells ? TITLE_WITH_OCCASION.exec(trimmed) : null;
    if (withOccasion) {
      paras.push({ text: withOccasion[1], line: l.line, indent: /^[\s\u3000]/.test(text), afterBlank: blank, heading: l.heading, titleStyle: l.titleStyle, width: width(withOccasion[1]), chars: withOccasion[1].length });
      paras.push({ text: withOccasion[2], line: l.line, indent: false, afterBlank: false, width: width(withOccasion[2]), chars: withOccasion[2].length });
      blank = false;
      nbsp = 0;
      blanks = 0;
      continue;
    }
    paras.push({ text: trimmed, line: l.line, indent: /^[\s\u3000]/.test(text), afterBlank: blank, heading: l.heading, titleStyle: l.titleStyle, list: l.list, cells: rowCells ?? tabbed, cellLines: rowCells ? l.cellLines : undefined, mergedFrom: rowCells ? l.mergedFrom : undefined, emptyBefore: nbsp || undefined, blankBefore: (l.blankLines ?? blanks) || undefined, width: width(text), chars: text.length, tabs: tabbed ? true : undefined, ownTabs: (tabbed && !rowCells) || (rowCells && l.tabbed) ? true : undefined, frame: l.frame });
    if (!l.cells && l.text.indexOf('\t') >= 0 && TWO_TABS.test(l.text)) byPosition.set(paras[paras.length - 1], l.text.replace(/\r$/, '').split('\t').map((c) => c.trim()));
    blank = false;
    nbsp = 0;
    blanks = 0;
  }
  if (byPosition.size) positionalRows(paras, byPosition);
  twoColumnTables(paras);
  spaceAlignedTables(paras);
  spacedRowsUnderTabs(paras);
  singleSpaceTables(paras, warnings);
  barRowTables(paras);
  cellPerLineTables(paras);
  const keep = new Array(paras.length).fill(true);
  // Site header: everything before a breadcrumb near the top.
  // (…not over the plan's own numbered headings: a page's header holds none — a text whose halves were pasted the wrong
  // way round keeps its headings before the page's breadcrumb)
  let crumb = paras.slice(0, 12).findIndex((p) => isBreadcrumb(p.text));
  const headed = crumb > 0 && paras.slice(0, crumb).some((p) => { const m = readMarker(p.text); return m && m.style !== 'bullet' && p.text.length > 8 && !chromeReason(p.text); });
  if (headed) crumb = -1;
  for (let i = 0; i < crumb; i++) { keep[i] = false; removed.push({ line: paras[i].line, text: paras[i].text, reason: '网站页眉' }); }
  // Footer: from the first footer marker in the last lines to the end, unless plan structure follows it.
  const tailFrom = Math.max(0, paras.length - 30);
  for (let i = tailFrom; i < paras.length; i++) {
    if (!FOOTER_START.test(paras[i].text)) continue;
    const structured = paras.slice(i + 1).some((p) => {
      const m = readMarker(p.text);
      return m && m.style !== 'bullet' && p.text.length > 8 && !chromeReason(p.text);
    });
    if (structured) break;
    for (let j = i; j < paras.length; j++) {
      if (!keep[j]) continue;
      keep[j] = false;
      removed.push({ line: paras[j].line, text: paras[j].text, reason: chromeReason(paras[j].text) ?? (SITE_NAME.test(paras[j].text) ? '网站名称' : '网页页脚') });
    }
    break;
  }
  // Single chrome lines anywhere in the first and last lines. A 承办/协办 line next to another line of a 督办 matter
  // ("承办单位：区教育局" ⏎ "协办单位：…" ⏎ "办结时限：…") is that matter's field, not a site's footer — unless another footer
  // line (网站标识码, ICP, 主办单位, 联系电话) is within two lines of it: a footer's 承办单位 sits among those. A 主办单位 line,
  // or a 承办 line beside a task's 牵头/责任/配合 line only, is a footer's.
  const footerNear = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((k) => paras[k] && !DUBAN_FIELD.test(paras[k].text) && (chromeReason(paras[k].text) || SITE_NAME.test(paras[k].text)));
  // (a site's name, "…门户网站", "…官网" — SITE_NAME —, is the page's only in a chrome position: the text's first or last
  // line, beside other chrome, or where a mirror prints it in the signature's place, over the 成文日期 alone on its line.
  // Anywhere else it is the text's: a heading that names a site, "（一）改版区政府官网", a line of a list of channels,
  // "云溪发布" ⏎ "云溪文旅官网" ⏎ "云溪融媒", a line between two of the text's)
  const chromeNear = (k: number) => !paras[k] || !keep[k] || !!chromeReason(paras[k].text) || !!headChromeReason(paras[k].text);
  const overDate = (k: number) => !!paras[k] && keep[k] && /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(foldForMatch(paras[k].text));
  const siteChromeAt = (i: number) => { const m = readMarker(paras[i].text); return !(m && m.style !== 'bullet') && (chromeNear(i - 1) || chromeNear(i + 1) || overDate(i + 1)); };
  paras.forEach((p, i) => {
    if (!keep[i] || (i > 15 && i < paras.length - 15)) return;
    const reason = chromeReason(p.text) ?? (SITE_NAME.test(p.text) && siteChromeAt(i) ? '网站名称' : null);
    if (reason === '网页页脚' && DUBAN_FIELD.test(p.text) && [paras[i - 1], paras[i + 1]].some((q) => q && DUBAN_FIELD.test(q.text)) && !footerNear(i)) return;
    if (reason) { keep[i] = false; removed.push({ line: p.line, text: p.text, reason }); }
  });
  headChrome(paras, keep, removed);
  // A label and its value between two footer lines in the last lines ("承办单位：…" ⏎ "责任单位：X区政务服务中心" ⏎
  // "网站标识码：…") is the footer's too, not a field of the last task.
  const footer = new Set(removed.filter((r) => r.reason === '网页页脚' || r.reason === '版权页脚').map((r) => r.line));
  for (let i = Math.max(1, paras.length - 15); i < paras.length - 1; i++) {
    const p = paras[i];
    if (!keep[i] || !footer.has(paras[i - 1].line) || !footer.has(paras[i + 1].line) || !LABELLED_LINE.test(p.text) || /[。；;]/.test(p.text) || p.text.length > 40) continue;
    keep[i] = false;
    removed.push({ line: p.line, text: p.text, reason: '网页页脚' });
  }
  removed.sort((a, b) => a.line - b.line);
  return paras.filter((_, i) => keep[i]);
}

const TERMINAL = /[。；;！？!?：:」』”"）)】]$/;
const SENTENCE_END = /[。；;！？!?」』”"）)】]$/;
/**
 * A line opening with a field label ("牵头单位：区住建委", "责任单位：…", "完成时限：…") starts a paragraph of its own, even
 * after a line without a sentence end ("…建立长效管理机制" ⏎ "牵头单位：…"): a label never goes on a sentence, unless
 * the line before opens a bracket for it ("…（" ⏎ "牵头单位：…）") or ends with a label of its own ("配合单位：" ⏎ "区科技局").
 */
// (also the 指标 line the exports write and fieldlines.ts reads: "指标：千兆光网覆盖率不低于98%（2026年）")
/** A 督办 matter's field line: its 承办 unit, its 协办 units, its 办结时限 ("承办单位：区教育局" ⏎ "协办单位：…" ⏎ "办结时限：…"). */
const DUBAN_FIELD = /^(?:(?:承办|协办)(?:单位|部门)|办结(?:时限|时间))\s*[:：]\s*\S/;
const FIELD_LINE = new RegExp(`${FIELD_START.source}|^(?:主要指标|目标指标|指标)\\s*[:：]\\s*\\S`);
const OPENS_FIELD = /[（(【\[:：]$/;

/** Page furniture a printed or PDF-converted plan carries on every page. */
const PAGE_NUMBER: RegExp[] = [
  /^[—–\-－‒―]{1,2}\s*[0-9]{1,4}\s*[—–\-－‒―]{1,2}$/, // — 3 —, - 3 -
  /^第\s*[0-9]{1,4}\s*页\s*[,，/、]?\s*(共\s*[0-9]{1,4}\s*页)?$/, // 第3页 共40页
  /^[0-9]{1,4}\s*\/\s*[0-9]{1,4}$/, // 3 / 40
  /^page\s*[0-9]{1,4}(\s*of\s*[0-9]{1,4})?$/i,
];

const HAS_DIGIT = /[0-9０-９]/;

/** Running headers of gazettes and official papers. */
const RUNNING_HEADER = /(公报|简报|通讯)\s*(?:(?:19|20)[0-9]{2}\s*年)?\s*第\s*[0-9]{1,3}\s*期$|(人民政府|办公室|办公厅)文件$/;

/**
 * Drop page numbers, running headers and footers (reported in `removed`): page-number lines in any of the forms
 * above, bare numbers that count pages up, and short lines repeated next to page breaks (a running header such as
 * the plan's title, or the issuer on every page). The paragraph after a dropped line is not a new paragraph because
 * of it: a sentence broken by a page break is re-joined by joinBroken.
 */
/** A line that is a label and its value ("牵头领导：刘春梅", "责任单位：县人民医院"): never a running header or footer. */
const LABELLED_LINE = /^\s*[\u4e00-\u9fa5]{2,8}\s*[：:]\s*\S/;

export function dropPageFurniture(paras: Para[], removed: Removed[]): Para[] {
  // (every form has a digit, ASCII or full-width before the fold: a line without one is not folded and tried)
  const isPageNo = (t: string) => t.length <= 40 && HAS_DIGIT.test(t) && PAGE_NUMBER.some((re) => re.test(matchView(t).trim()));
  const drop = new Map<number, string>();
  paras.forEach((p, i) => { if (!p.cells && isPageNo(p.text)) drop.set(i, '页码'); });
  // bare numbers that go up like page numbers (at least three of them)
  const bare: [number, number][] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    // (a bare number is at most three digits and spaces: longer paragraphs are not trimmed and tried)
    if (p.cells || p.text.length > 40) continue;
    const t = p.text.trim();
    if (/^[0-9]{1,3}$/.test(t) && Number(t) > 0) bare.push([i, Number(t)]);
  }
  if (bare.length >= 3) {
    // (a page's worth of text between two of them: row numbers of a table laid out one cell per line are no pages)
    const chars = (from: number, to: number) => paras.slice(from + 1, to).reduce((k, p) => k + p.text.length, 0);
    let rising = 0;
    for (let k = 1; k < bare.length; k++) {
      if (bare[k][1] > bare[k - 1][1] && bare[k][1] - bare[k - 1][1] <= 2 && chars(bare[k - 1][0], bare[k][0]) >= 400) rising++;
    }
    if (rising >= bare.length * 0.6) for (const [i] of bare) drop.set(i, '页码');
  }
  const pageBreaks = [...drop.keys()];
  if (pageBreaks.length >= 2) {
    // short lines that recur right before or after page numbers: running headers and footers
    const near = new Map<string, number[]>();
    for (const i of pageBreaks) {
      for (const j of [i - 2, i - 1, i + 1, i + 2]) {
        const q = paras[j];
        // (a field line, "牵头领导：刘春梅" under two projects that start right after a page break, is text: a running
        // header or footer names no field)
        if (!q || drop.has(j) || q.cells || q.text.length > 40 || readMarker(q.text) || LABELLED_LINE.test(q.text)) continue;
        (near.get(q.text) ?? near.set(q.text, []).get(q.text)!).push(j);
      }
    }
    for (const [, at] of near) if (new Set(at).size >= Math.max(2, pageBreaks.length * 0.4)) for (const j of at) drop.set(j, '页眉页脚');
  }
  if (pageBreaks.length >= 1) {
    // the plan's title (its first line) printed again next to a page number, or a gazette's running header
    // ("某区人民政府公报　2024年第5期", "某区人民政府文件"): a running header even when it appears once
    const title = paras.find((p) => !p.cells)?.text;
    for (const i of pageBreaks) {
      for (const j of [i - 2, i - 1, i + 1, i + 2]) {
        const q = paras[j];
        if (j > 0 && q && !drop.has(j) && q.text.length <= 40 && (q.text === title || RUNNING_HEADER.test(matchView(q.text)))) drop.set(j, '页眉页脚');
      }
    }
  }
  if (!drop.size) return paras;
  const out: Para[] = [];
  paras.forEach((p, i) => {
    const reason = drop.get(i);
    if (reason) { removed.push({ line: p.line, text: p.text, reason }); return; }
    // the line after a page break continues the page before unless it is indented
    const prev = i > 0 && drop.has(i - 1);
    out.push(prev ? paraWith(p, { afterBlank: false }) : p);
  });
  return out;
}

/**
 * Display width: CJK and full-width code units (U+1100–115F, U+2E80–A4CF, U+AC00–D7A3, U+F900–FAFF, U+FE30–FE4F,
 * U+FF00–FF60, U+FFE0–FFE6) count 2, every other code unit, a surrogate too, 1 (lines of a page have about the same
 * width). By a loop over the code units, the range most Chinese text is in tested first: over the seeds' lines ~1.4×
 * faster than the native replace of the wide runs it replaces, which built a string of the narrow ones per line.
 */
function width(s: string): number {
  let w = s.length;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2e80) {
      if (c <= 0xa4cf || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) w++;
    } else if (c >= 0x1100 && c <= 0x115f) w++;
  }
  return w;
}

/**
 * The width of a hard-wrapped text (a PDF or a print converted to text): most lines end at about the same width,
 * measured in display width (a page) or in characters (a text broken every N characters). Returns the measures
 * that fit (0 for one that does not), or null when the text is not wrapped.
 */
export function wrapWidth(paras: Para[]): { width: number; chars: number } | null {
  const lines: Para[] = [];
  for (let i = 0; i < paras.length; i++) { const p = paras[i]; if (!p.cells && p.heading === undefined && p.text.length >= 10) lines.push(p); }
  if (lines.length < 8) return null;
  // (the measures in typed arrays filled by a loop, and measured by a function of the module: the arrays map()
  // returns are of another hidden class in optimised code than in the interpreter, and a closure made on each call
  // is another call target — joinBroken, which inlines this, had its optimised code thrown away at both)
  const ws = new Float64Array(lines.length);
  const cs = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i];
    ws[i] = p.width ?? width(p.text);
    cs[i] = p.chars ?? p.text.length;
  }
  const w = measureWrap(ws, 4, 40);
  const c = measureWrap(cs, 2, 20) || narrowWrap(lines, cs);
  return w || c ? { width: w, chars: c } : null;
}

/**
 * A text hard-wrapped every N characters, N under 20 (a plan printed in a narrow column, wrapped at 14–19): measureWrap
 * needs 20, as a list of short lines (names, a table one cell a line) must not be read as wrapped. The signal: at least
 * half the lines of ten characters or more are exactly as long, that length is 12–19, and most of them (three in four)
 * end mid-phrase — no punctuation of any kind as their last character. The lines are then full at exactly N (joinBroken).
 */
function narrowWrap(lines: Para[], cs: Float64Array): number {
  const count = new Map<number, number>();
  for (let i = 0; i < cs.length; i++) if (cs[i] >= 12 && cs[i] < 20) count.set(cs[i], (count.get(cs[i]) ?? 0) + 1);
  let n = 0;
  let most = 0;
  for (const [k, v] of count) if (v > most) { most = v; n = k; }
  if (!n || most < 8 || most < cs.length * 0.5) return 0;
  let open = 0;
  // (a wrap cuts where the width falls: full lines end in words of every kind. Lines of one length ending alike, half
  // of them or more in the same two characters, are a list of names of one kind — "东湖街道社区卫生服务中心",
  // "西湖街道社区卫生服务中心" … — not a wrapped text)
  const endings = new Map<string, number>();
  let alike = 0;
  for (let i = 0; i < lines.length; i++) {
    if (cs[i] !== n) continue;
    if (!/[\p{P}\p{S}]$/u.test(lines[i].text)) open++;
    const end = lines[i].text.slice(-2);
    const k = (endings.get(end) ?? 0) + 1;
    endings.set(end, k);
    if (k > alike) alike = k;
  }
  return open >= most * 0.75 && alike < most * 0.5 ? n : 0;
}

/** The width most lines of a hard-wrapped text end at (the 90th percentile, if 35 % of lines are within `slack`), or 0. */
function measureWrap(ws: Float64Array, slack: number, min: number): number {
  // (a typed array sorts numbers natively: no comparator called ~n log n times, cold, for a long text's lines)
  const sorted = ws.slice().sort();
  const at = sorted[Math.floor(sorted.length * 0.9)];
  if (at < min || at > 200) return 0;
  let near = 0;
  for (let i = 0; i < ws.length; i++) if (ws[i] >= at - slack && ws[i] <= at + slack / 2) near++;
  return near >= ws.length * 0.35 ? at : 0;
}

/** A line written in Latin letters only (a title's English under it): words, digits and their punctuation. */
export const LATIN_LINE = /^\s*[A-Za-z][A-Za-z0-9'’,.&:()\-\s]*[A-Za-z)]\s*$/;
/** Single digits a space apart ("4 5 万亩", "2 0 2 6 年"): a figure as text recognised from a scan spaces it. */
const SPACED_DIGITS = /(?<![0-9.．])[0-9](?: [0-9])+(?![0-9.．])/g;
/** A line of single characters a space apart after its marker, if any ("一、 稳 定 粮 食 生 产", "南 屿 县 2 0 2 6 年 …"). */
function scanSpaced(text: string): boolean {
  const tokens = text.trim().split(/[ \u3000]+/);
  const start = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]{1,2}[.、．])$/.test(tokens[0] ?? '') ? 1 : 0;
  const rest = tokens.slice(start);
  return rest.length >= 4 && rest.filter((t) => /^[\u4e00-\u9fa5〇0-9]$/.test(t)).length >= rest.length * 0.8;
}
/**
 * Text recognised from a scan (OCR) puts spaces between characters: figures "4 5 万亩", "1 2 0 万人次", whole lines "一、 稳 定
 * 粮 食 生 产", the title "南 屿 县 2 0 2 6 年 …". A document is read so only when it shows the trait three times or more
 * (single digits a space apart); then each such figure is one number, closed up to the words around it ("稳定在 4 5 万亩"
 * → "稳定在45万亩", "8 %" → "8%"), and each line of single characters a space apart is closed up. A table's cells are left
 * as they are; a document without the trait is untouched (a letter-spaced column head stays for the rules that read it).
 */
export function closeScanSpacing(paras: Para[]): Para[] {
  let runs = 0;
  for (const p of paras) if (!p.cells) runs += p.text.match(SPACED_DIGITS)?.length ?? 0;
  if (runs < 3) return paras;
  return paras.map((p) => {
    if (p.cells) return p;
    let text = scanSpaced(p.text) ? p.text.trim().replace(/(?<=[^\s])[ \u3000]+(?=[^\s])/g, (gap, at: number, all: string) => (/[、）)．.]/.test(all[at - 1]) || /[\u4e00-\u9fa5〇0-9]/.test(all[at - 1]) ? '' : gap)) : p.text;
    text = text
      .replace(SPACED_DIGITS, (d) => d.replace(/ /g, ''))
      .replace(/(?<=[\u4e00-\u9fa5〇，。、；：（）]) (?=[0-9])/g, '')
      .replace(/(?<=[0-9]) (?=[\u4e00-\u9fa5%％，。；）])/g, '');
    return text === p.text ? p : paraWith(p, { text });
  });
}

/**
 * Re-join lines broken mid-sentence: a paragraph that ends without terminal punctuation and is followed,
 * without a blank line or indentation, by a line that is not a numbered heading. In a hard-wrapped text (lines of
 * one width) a full line is joined with the next unless the next is indented or a heading. A line ending in a bare
 * marker ("三、") is always joined with the next.
 */
export function joinBroken(paras: Para[]): Para[] {
  const wrap = wrapWidth(paras);
  const out: Para[] = [];
  /** A numbered heading was seen: the head, where the title stands, is behind. An annex's label (附件, 附表2) is no such
   *  heading: the annex's own title and head stand under it (the Word cover prints the plan so, after its notice). */
  let numbered = false;
  // (an index loop: the iterator of entries() and its [i, p] pairs were where V8 threw away joinBroken's optimised
  // code twice in the benchmark's procedure, a wrong map of the pair and a call site first seen in a later seed)
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const prev = out[out.length - 1];
    if (prev && (!numbered || prev.text.startsWith('附'))) { const m = readMarker(prev.text); if (m) numbered = m.style !== 'appendix'; }
    // a Word or Markdown paragraph (a heading, a list paragraph, a table row) is whole: never joined
    if (prev && prev.frame === p.frame && !p.cells && !prev.cells && !p.heading && !prev.heading && !p.list && !prev.list && !yearOver(p, paras[i + 1]) && !decimalTop(p, paras, i) && !isNoteLine(p.text)) {
      // (the second form ends with 、: a paragraph that does not is not scanned for it)
      const bareMarker = /^(第[一二三四五六七八九十]+[章节]|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])$/.test(prev.text) ||
        (prev.text.endsWith('、') && /(^|[。；])([一二三四五六七八九十]+、)$/.test(prev.text));
      const full = wrap !== null && ((wrap.width > 0 && (prev.width ?? 0) >= wrap.width - 4) || (wrap.chars > 0 && (prev.chars ?? 0) >= wrap.chars - (wrap.chars < 20 ? 0 : 2)));
      // in a wrapped text a full line without a sentence end goes on, even into "1.3以下" or "2、3号线"
      // (a colon at the end of a full line introduces what the next line says: "配合单位：" ⏎ "区科技局")
      // (both forms test the last character only: tried on it alone, not scanned over the whole paragraph)
      const last = prev.text.slice(-1);
      // (a line closed by a bar is a row of a table printed with bars, a web page's index table "[ 发文字号 ] | …|": whole)
      const ends = (full ? SENTENCE_END.test(last) : TERMINAL.test(last)) || last === '|';
      // the next number of a list run into the lines before ("（一）…。1.完善基" ⏎ "础设施，…管网60公里；" ⏎ "2.增设…"):
      // a line break fell before the number (a text hard-wrapped, narrower than wrapWidth detects), the list goes on
      // in its paragraph — a list whose "1." is run in is run in throughout, never an item from its "2." on
      const runIn = !p.afterBlank && !p.indent && (ends || readMarker(p.text) !== null) && runInNext(out, p.text);
      // (what follows is read only for a paragraph that does not end a sentence and is not indented)
      let broken = false;
      // (a notice's title, "关于印发…的通知" without a clause of a sentence in it, is a line of its own: the notice's
      // text after it, with no 主送 line between, does not go on from it)
      // (…and so is a 版头's 文号 line with its 签发人, "青府报〔2025〕9号　签发人：Li Ming、Anna Berg": names end it,
      // not a sentence mark)
      // (…and so is its last line when the addressees follow it, "…关于贯彻落实市" ⏎ "《政府工作报告》重点工作分工的通知" ⏎
      // "各区人民政府，市政府各部门：" — a hard wrap that ends a line at the title's last character joins nothing to it:
      // a line of organs closed by its colon is never the rest of a title)
      // (…nor one publishing without 关于, "中共X区委办公室 X区人民政府办公室印发《Y》的通知", a joint notice's title: real batch
      // 19's 04 shape)
      // (one test of the title's end, then either: 关于 or 印发/转发《…》 in it, or the addressees after it)
      const titleEnd = !ends && !p.indent && !/[。；;，,]/.test(prev.text) ? NOTICE_TITLE_END.exec(prev.text) : null;
      const noticeTitle = !!titleEnd && (/关于.{2,}$|(?:印发|转发)[《〈][^《》〈〉]{2,}[》〉]$/.test(prev.text.slice(0, titleEnd.index)) || addresseesFrom(paras, i));
      // (…and so is a line in Latin letters before a line of Chinese: a title's English under it is not continued by
      // the date or the organ after it)
      const latinTitle = LATIN_LINE.test(prev.text) && /^\s*[\u4e00-\u9fa5〇0-9]/.test(p.text);
      // (…and so is a report's occasion line, "——在X县第十九届人民代表大会第一次会议上" or opened by its date without the
      // dash: the byline under it, "X县人民政府县长 姓名", is a line of its own — real batch 19's 05)
      if (!ends && !p.indent && !noticeTitle && !latinTitle && !signerLine(prev.text) && !OCCASION_LINE.test(prev.text)) {
        const next = readMarker(p.text);
        const nextHeading = next !== null && !(full && (next.style === 'bullet' || rankOf(next.style) >= rankOf('decimal')));
        // (a heading line without a sentence in it is whole unless the text is hard-wrapped: "（一）加快推进…底座" ⏎
        // "到2025年，…"; a numbered paragraph broken mid-sentence goes on, and so does a heading ending in a comma:
        // "第一章 做大做强…增长核，" ⏎ "向社会主义现代化新征程迈进的形势和任务")
        // (in a text not hard-wrapped, a plan's title before the body — a line that names the plan, "…第十四个五年规划和
        // 2035年远景目标纲要", without a clause in it — is whole: the paragraph after it, or the issuer under it, is not
        // its rest)
        broken = !nextHeading && !(FIELD_LINE.test(p.text) && !OPENS_FIELD.test(prev.text)) &&
          (wrap ? full : (/[，,]$/.test(prev.text) && !p.afterBlank && readMarker(prev.text) !== null) || prev.text.length >= 30 && !p.afterBlank && !(readMarker(prev.text) !== null && !/[。；;]/.test(prev.text)) &&
            !(!numbered && PLAN_NAME_END.test(prev.text) && !CLAUSE.test(prev.text))) && !chromeReason(p.text) &&
          // (a row of a web page's index table, "文号 X 是否有效", "发布机构 发文日期 2022年05月10日": a line of its own)
          !(!numbered && indexCells(foldForMatch(p.text)).length > 0);
        // a volume or chapter heading broken over two lines ("第二篇 坚持工业强县 构建现代产业体系" ⏎ "和现代化经济体系"):
        // a short line right under it, with no punctuation and no marker, is the rest of its heading
        if (!broken && next === null && !p.afterBlank && p.text.length <= 16 && prev.text.charCodeAt(0) === 0x7b2c && HEADING_HEAD.test(prev.text) &&
          !/[。；;，,、：:！？!?（(]/.test(p.text) && !/[。；;]/.test(prev.text) &&
          // (…but never the heading of the text's opening part, "前 言", "序言": a heading of its own — real batch 20's 08)
          !OPENING_HEADING.test(p.text.replace(/[\s\u3000]/g, ''))) broken = true;
      }
      // a departments bracket left open at the line's end ("…（牵头单位：区住建委；" ⏎ "配合单位：区财政局）", "…（牵头单位：区商务"
      // ⏎ "委；配合单位：…）") goes on into the line that closes it, whatever ends the line or opens the next: a bracket is
      // not closed by a line break
      const openBracket = !bareMarker && !broken && !runIn && departmentsBracketOpen(prev.text) && closesBracket(p.text);
      if (bareMarker || broken || runIn || openBracket) {
        out[out.length - 1] = runOn(prev, p);
        continue;
      }
    }
    // (the paragraph itself: none is written into, runOn — a copy by spreading has another hidden class than
    // toParagraphs' paragraphs, and one made at a join yet another)
    out.push(p);
  }
  return out;
}

/**
 * `prev` with the line `p` run on into it, as a new paragraph (paracopy.ts: not written into `prev` — the first line
 * run on, in the benchmark's second seed, made V8 throw away ~35 optimised functions that read paragraphs at once).
 */
function runOn(prev: Para, p: Para): Para {
  return paraWith(prev, { text: prev.text + p.text, width: p.width ?? width(p.text), chars: p.chars ?? p.text.length });
}

/** The end of a notice's title ("…的通知", "…的决定", "…的函"). */
const NOTICE_TITLE_END = /的(?:通知|决定|函)$/;
/** A line of a notice's addressees closed by its colon ("各区人民政府，市政府各部门："): organs only, nothing after the colon —
 *  the line at `i`, or it and the next when the wrap cut the addressees too ("各区人民政府，市政府各部门、各直属机" ⏎ "构："). */
function addresseesFrom(paras: Para[], i: number): boolean {
  return addresseeLine(paras[i].text) || (!!paras[i + 1] && !paras[i + 1].afterBlank && !/[:：0-9０-９]/.test(paras[i].text) && addresseeLine(paras[i].text + paras[i + 1].text));
}
function addresseeLine(text: string): boolean {
  const m = ADDRESSEES.exec(foldForMatch(text).trim());
  return !!m && !m[2].trim() && ADDRESSEE_WORDS.test(m[1]) && !NOT_ADDRESSEES.test(m[1]) && !LEAD_IN.test(m[1]) && !/[。；;]/.test(m[1]);
}
/** The last bracket of the line opened and not closed, a department label in it ("…（牵头单位：区住建委；配合"). */
const OPEN_DEPARTMENTS = new RegExp(`[（(][^（()）]*${DEPARTMENT_LABEL}[^（()）]*$`);
function departmentsBracketOpen(text: string): boolean {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open >= 0 && open > Math.max(text.lastIndexOf('）'), text.lastIndexOf(')')) && OPEN_DEPARTMENTS.test(foldForMatch(text.slice(open)));
}
/** A line that closes a bracket opened before it: a closing bracket before any opening one, no heading marker first. */
function closesBracket(text: string): boolean {
  const close = text.search(/[）)]/);
  if (close < 0 || readMarker(text) !== null) return false;
  const open = text.search(/[（(]/);
  return open < 0 || open > close;
}

/** A 文号 with 签发人 after it on the line (an upward document's 版头, GB/T 9704 §7.2.6; Traditional 簽發人 too). */
function signerLine(text: string): boolean {
  if (text.indexOf('人') < 0) return false;
  const f = foldForMatch(text);
  const at = f.search(/签\s*发\s*人\s*[:：]/);
  return at > 0 && DOC_NUMBER.test(f.slice(0, at));
}

/**
 * Whether `line` opens with the number after one run into `para` (after a clause or sentence end, not at its start):
 * "…。1.完善基础设施…；" ⏎ "2.增设…" or "…：（1）…；" ⏎ "（2）…".
 */
function runInNext(out: Para[], line: string): boolean {
  const m = readMarker(line);
  if (!m || m.n < 2 || !/\d/.test(m.raw)) return false;
  // the lines of the paragraph so far: back to a blank line, an indented line or a line opening with a marker
  let para = '';
  for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
    para = out[k].text + para;
    if (out[k].afterBlank || out[k].indent || out[k].cells || readMarker(out[k].text) !== null) break;
  }
  // (an attachment note, "附件：1.月度安排表" ⏎ "2.项目表" (GB/T 9704 7.3.3), names one annex a line: its "2." is the
  // next line of the list, never run into the first — as Word paragraphs read back without the text's indentation)
  if (readMarker(para)?.style === 'appendix') return false;
  const before = m.raw.replace(/\d+/, String(m.n - 1));
  const at = para.indexOf(before);
  return at > 0 && /[。；;：:，,]/.test(para[at - 1]) && !para.includes(m.raw);
}

/** The heading of a text's opening part alone on its line, its spaces taken out ("前 言"): 前言, 序言, 引言 … */
export const OPENING_HEADING = /^(?:前言|序言|引言|导言|序|绪论|概述)$/;
/** A volume or chapter heading line (clean.ts joinBroken): 第二篇 …, 第三章 …. */
const HEADING_HEAD = /^第\s*[一二三四五六七八九十百0-9]+\s*[篇章][\s\u3000]*\S/;
/** The end of a plan's name ("…远景目标纲要", "…行动计划（2025—2027年）"). */
const PLAN_NAME_END = /(?:规划|纲要|方案|计划|要点|意见|办法|细则|措施|清单)(?:\s*[(（][^()（）]{0,20}[)）])?$/;
/** A clause inside a line: a sentence, not a name. */
const CLAUSE = /[。；;，,：:！？!?]/;

/** A line naming only a year right before a numbered heading ("2025年" ⏎ "1.…"): a heading over it, never the end of a sentence. */
function yearOver(p: Para, next: Para | undefined): boolean {
  return p.text.length <= 24 && !!next && !next.cells && readYearLine(matchView(p.text)) !== null && readMarker(next.text) !== null;
}

/** "1 总体要求" over "1.1 …" (paragraphs.ts decimalTops): the top of a decimal outline, never a sentence's end. */
function decimalTop(p: Para, paras: Para[], i: number): boolean {
  const top = decimalTopShape(p.text);
  return top !== null && decimalTopOver(top, paras.slice(i + 1, i + 5));
}

/**
 * Entries without a 目录 title are a table of contents when their page numbers rise and most headings come back — or,
 * where the text stops inside them (a web page's excerpt, a 目录 page alone), when they are many (8 or more), every
 * one a heading of the chapter ranks (第一部分, 第一篇, 第一章, 第一节, 一、) and the numbers start on the first pages: a body
 * does not end eight headings in a row with rising numbers.
 */
function looksLikeToc(entries: string[], after: Para[]): boolean {
  const pages = entries.map((t) => Number(/([0-9]{1,3})$/.exec(t.trim())?.[1] ?? -1));
  if (pages.some((n, k) => n < 0 || (k > 0 && n < pages[k - 1]))) return false;
  if (entries.length >= 8 && pages[0] <= 10 && entries.every((t) => TOC_RANKS.has(readMarker(t)?.style ?? ''))) return true;
  const later = new Set(after.slice(0, 5000).map((p) => p.text.replace(/\s+/g, '').slice(0, 60)));
  const heads = entries.map((t) => t.trim().replace(/[\s.·…．\-—_]*[0-9]{1,3}$/, '').replace(/\s+/g, ''));
  const back = heads.filter((h) => [...later].some((l) => l.startsWith(h))).length;
  return back * 2 >= heads.length;
}

const TOC_RANKS = new Set(['part', 'pian', 'chapter', 'jie', 'cn']);

/** A table-of-contents entry: a heading followed by a page number (after dots, spaces or a tab). */
const TOC_ENTRY = /^(.{2,60}?)\s*(?:[.·…．\-—_]{2,}\s*|\s+|\t)[0-9]{1,3}$/;

/**
 * A 目录 entry whose number lost its full stop ("4.完善环境保护责任制度" ⏎ "5建立健全现代环境治理体系"): the number after
 * the entry above's arabic number, right before a character — the next entry of the same run, not a line of text.
 */
function lostStop(above: string, line: string): boolean {
  const m = readMarker(above);
  const n = /^([0-9]{1,2})(?=[\u4e00-\u9fff])/.exec(line);
  return !!m && m.style === 'arabic' && !!n && m.n === +n[1] - 1;
}

/** A line that is a heading alone: a marker, short, no sentence in it. */
const bareHeading = (p: Para): boolean => !p.cells && p.text.length <= 50 && !/[。；;]/.test(p.text) && (readMarker(p.text)?.style ?? 'bullet') !== 'bullet';
const squash = (t: string) => t.replace(/\s+/g, '');
/**
 * Whether the headings paras[from..to) come back after `to`, each once more in the same order, with text (a line that
 * is no bare heading) between the first and the last of them: a run of headings that is the plan's contents.
 */
function repeatedAfter(paras: Para[], from: number, to: number): boolean {
  let at = to;
  let text = false;
  for (let k = from; k < to; k++) {
    const want = squash(paras[k].text);
    let m = at;
    for (; m < paras.length && squash(paras[m].text) !== want; m++) if (k > from && !bareHeading(paras[m])) text = true;
    if (m >= paras.length) return false;
    at = m + 1;
  }
  return text;
}

/** A short line without a sentence (a 目录 entry with its number or without). */
const shortLine = (p: Para): boolean => !p.cells && p.text.trim().length > 0 && p.text.length <= 30 && !/[。；;，,：:]/.test(p.text);
/** A line's words without its number ("1.1 编制目的", "1 总则" → the words). */
const restOf = (t: string): string => readMarker(t)?.rest ?? t.replace(/^\s*[0-9]{1,2}\s+(?=\S)/, '');
/** The first two numbered lines of a run come back after `from`, in order, with a line of text between them. */
function comesBack(paras: Para[], marked: number[], from: number): boolean {
  if (marked.length < 3) return false;
  const a = paras.findIndex((p, x) => x >= from && squash(p.text) === squash(paras[marked[0]].text));
  if (a < 0) return false;
  const b = paras.findIndex((p, x) => x > a && squash(p.text) === squash(paras[marked[1]].text));
  return b > a + 1 && paras.slice(a + 1, b).some((p) => !bareHeading(p));
}

/**
 * A table of contents (目录, or a run of entries ending in page numbers) is not structure: its lines are dropped
 * (reported) and its headings returned, to tell headings from body text in run-together lines.
 */
export function dropToc(paras: Para[], removed: Removed[]): { paras: Para[]; toc: string[] } {
  const toc: string[] = [];
  const drop = new Set<number>();
  // entries broken over two lines: the first line → the whole entry; the second lines
  const joined = new Map<number, string>();
  const tails = new Set<number>();
  const textOf = (k: number) => joined.get(k) ?? paras[k].text;
  /** Where the last run of bare headings tried ends (each run is tried once, from its first line). */
  let bareRunEnd = 0;
  const entryText = (t: string): string | null => {
    // (an entry ends with its page number: a line without a digit, ASCII or full-width, is not folded and tried)
    if (t.length > 90 || !HAS_DIGIT.test(t)) return null;
    const m = TOC_ENTRY.exec(matchView(t).trim());
    return m ? t.trim().slice(0, m[1].length).trim() : null;
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    // (a document site's outline of the text over it, "提纲：" — the same list of headings without page numbers; real batch
    // 19's 07)
    const view = matchView(p.text).trim();
    const title = /^目\s*录$|^目\s*次$|^提\s*纲\s*[:：]?$|^contents$/i.test(view); // 目錄 in Traditional script too
    // (a 提纲 is also the body's own outline, "提纲：" over the headings the text goes on under — a contents only where its
    // entries come back later in the text)
    const outline = /^提/.test(view);
    // an entry run: three entries in a row (or a 目录 title and one entry); without a title, only entries whose page
    // numbers do not go down and whose headings come back later in the text ("5G基站 600" lines are no 目录)
    const run: number[] = [];
    let j = title ? i + 1 : i;
    for (; j < paras.length; j++) {
      if (paras[j].cells) break;
      // an entry broken over two lines by a hard wrap ("第一节　提升粮食综合生产能力………" ⏎ "………5"): a line without its
      // page number, and right under it a line without a marker that gives it one
      // (tried only where the next line ends in a digit; the line itself is read as an entry once)
      const own = entryText(paras[j].text);
      const next = paras[j + 1];
      if (own === null && next && !next.cells && !next.afterBlank && /[0-9]\s*$/.test(next.text) && !readMarker(next.text) &&
        (title || readMarker(paras[j].text)) && entryText(paras[j].text.trim() + next.text.trim()) !== null) {
        joined.set(j, paras[j].text.trim() + next.text.trim());
        tails.add(j + 1);
        run.push(j, j + 1);
        j++;
        continue;
      }
      if (own !== null) { run.push(j); continue; }
      // a chapter line without a page number inside a 目录 (part titles often have none)
      if (title && run.length && paras[j].text.length <= 40 && readMarker(paras[j].text) && j + 1 < paras.length && entryText(paras[j + 1].text) !== null) { run.push(j); continue; }
      // an entry whose leader runs out without its page number (a 目录 cut off there: the text ends, or the page does)
      if (title && run.length && paras[j].text.length <= 90 && /[.·…．]{4,}\s*$/.test(paras[j].text) && readMarker(paras[j].text)) { run.push(j); continue; }
      break;
    }
    // a 目录 without page numbers: the heading lines after the title, up to where the body repeats the first of them
    if (title && run.length === 0) {
      for (j = i + 1; j < paras.length && !paras[j].cells && paras[j].text.length <= 50 && !/[。；;]/.test(paras[j].text) && (readMarker(paras[j].text) || lostStop(paras[j - 1].text, paras[j].text)); j++) {
        if (run.length && paras[j].text.replace(/\s+/g, '') === paras[run[0]].text.replace(/\s+/g, '')) break;
        run.push(j);
      }
    }
    // a 目录 with neither a 目录 line nor page numbers: a run of headings, none with text under it, that the body right
    // after it repeats from its first heading, every one of them again in the same order with text between
    let bare = false;
    if (!title && run.length === 0 && i >= bareRunEnd && bareHeading(paras[i])) {
      j = i + 1;
      while (j < paras.length && bareHeading(paras[j]) && squash(paras[j].text) !== squash(paras[i].text)) j++;
      bareRunEnd = j;
      bare = j - i >= 3 && j < paras.length && squash(paras[j].text) === squash(paras[i].text) && repeatedAfter(paras, i, j);
      if (bare) for (let k = i; k < j; k++) run.push(k);
      else j = i + 1;
    }
    // a 目录 with neither a 目录 line nor page numbers whose chapter entries lost their numbers (a Word list's own numbers,
    // dropped when a page copies it: "总则" ⏎ "1.1 编制目的" ⏎ … ⏎ "应急保障" ⏎ "6.1 …" ⏎ "8  附则", then the body "1 总则" ⏎
    // "1.1 编制目的" ⏎ text): a run of eight or more short lines without a sentence, most of them numbered, ending where
    // the body says its first entry again (with its number or without), the run's first two numbered entries coming back
    // after it in order with text between them — even where the page stops before the body's later headings
    // (tried from a line that is a numbered entry or stands right over one; a run of at most 150 lines)
    if (!title && run.length === 0 && !bare && shortLine(paras[i]) && (readMarker(paras[i].text) || (i + 1 < paras.length && readMarker(paras[i + 1].text)))) {
      const first = squash(restOf(paras[i].text));
      let k = i + 1;
      while (k < paras.length && k - i <= 150 && shortLine(paras[k]) && squash(restOf(paras[k].text)) !== first) k++;
      const marked: number[] = [];
      for (let x = i; x < k; x++) if (readMarker(paras[x].text)) marked.push(x);
      if (k - i >= 8 && marked.length * 2 >= k - i && k < paras.length && squash(restOf(paras[k].text)) === first && comesBack(paras, marked, k)) {
        bare = true;
        j = k;
        for (let x = i; x < k; x++) run.push(x);
      }
    }
    const entries = run.filter((k) => !tails.has(k));
    // (a 提纲 without page numbers whose first entry the text never says again: the body's outline, not its contents)
    // (said again anywhere else: a page whose halves were pasted the wrong way round prints it under the body)
    if (outline && run.length && entryText(textOf(run[0])) === null && !paras.some((q, x) => (x < i || x >= j) && squash(q.text) === squash(textOf(run[0])))) continue;
    if (!title && !bare && entries.length >= 3 && !looksLikeToc(entries.map(textOf), paras.slice(j))) { i = j - 1; continue; }
    if (entries.length >= 3 || (title && entries.length >= 1)) {
      if (title) drop.add(i);
      for (const k of run) drop.add(k);
      for (const k of entries) {
        const e = entryText(textOf(k)) ?? textOf(k);
        const m = readMarker(e);
        toc.push((m ? m.rest : e).replace(/\s+/g, '').replace(/[.·…．]{4,}$/, ''));
      }
      i = j - 1;
    }
  }
  if (!drop.size) return { paras, toc };
  paras.forEach((p, i) => { if (drop.has(i)) removed.push({ line: p.line, text: p.text, reason: '目录(结构取自正文)' }); });
  return { paras: paras.filter((_, i) => !drop.has(i)), toc };
}
