/**
 * How the 主要任务分解表 is laid out, environment-free (the Word export and the renderer's own page layout share it):
 * the widths of characters and lines at 五号 in a cell, the columns' widths from what they hold, and a department
 * cell's lines (names never broken inside).
 */
import { LANDSCAPE } from './gbt9704';
import { taskTableCells, taskTableHead, type TaskRow, type TaskTable } from './annex';

/** Cell margins of the annex tables (twips). */
export const CELL_MARGINS = { left: 57, right: 57, top: 28, bottom: 28 };
/** One em of the cell font (五号, 10.5 pt) in twips. */
export const CELL_EM = 20 * 10.5;

/**
 * Width of a character in em of the cell font: the Chinese font sets CJK characters, full-width forms and the quotes,
 * dashes and ellipses it also draws (hAnsi) one em wide; Latin letters and digits are set in Times New Roman, about half
 * an em (capitals and % wider, spaces and marks narrower; the wider end of each class, so that a row is never
 * estimated shorter than it is set).
 */
export function charEm(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x80) return 1;
  if (/[0-9]/.test(c)) return 0.5;
  if (/[a-z]/.test(c)) return /[mw]/.test(c) ? 0.78 : 0.5;
  if (/[A-Z]/.test(c)) return /[MW]/.test(c) ? 0.95 : 0.72;
  if (c === ' ') return 0.25;
  if (c === '%' || c === '@') return 0.92;
  return 0.4; // . , : ; - / ( ) + and the like
}

/** Width of a text on one line, in em of the cell font. */
export function textEm(text: string): number {
  let w = 0;
  for (const c of text) w += charEm(c);
  return w;
}

/**
 * Lines a paragraph takes in a cell `width` em wide: Chinese breaks between any two characters, a run of Latin
 * letters and digits (a word, a number, "GB/T", "35273-2020") only where it ends, unless it is longer than a line.
 */
export function paragraphLines(text: string, width: number): number {
  const units = text.match(/[A-Za-z0-9.%@+\-/:'_]+|[\s\S]/gu) ?? [];
  let lines = 1;
  let used = 0;
  for (const u of units) {
    const w = textEm(u);
    if (used + w <= width + 1e-6) { used += w; continue; }
    if (u === ' ') continue; // a space at a line end takes no room
    if (w <= width) { lines++; used = w; continue; }
    // a word longer than a line is broken at the line's end
    for (const c of u) {
      const cw = charEm(c);
      if (used + cw > width + 1e-6) { lines++; used = 0; }
      used += cw;
    }
  }
  return lines;
}

/** Em a column of `twips` holds on a line (its width less the cell margins). */
export const columnEm = (twips: number) => (twips - CELL_MARGINS.left - CELL_MARGINS.right) / CELL_EM;
/** Twips a column needs to hold `em` on a line (with the cell margins and a little slack for the typesetter). */
const columnFor = (em: number) => Math.ceil(em * CELL_EM) + CELL_MARGINS.left + CELL_MARGINS.right + 20;

/**
 * A department cell's paragraphs: the names in order, as many on a line as the column holds, joined with 、 (which
 * ends the line after the last name on it, so that no line starts with it); a name wider than the column alone on
 * its lines. A typesetter breaks Chinese between any two characters, so a cell of names run together breaks them
 * inside ("区规划资/源局"); lines made here break only between names.
 */
export function departmentLines(names: string[], width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  names.forEach((name, i) => {
    const piece = name + (i < names.length - 1 ? '、' : '');
    if (cur && textEm(cur + piece) > width + 1e-6) { lines.push(cur); cur = ''; }
    cur += piece;
  });
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Fewest em of each kind of column (重点任务, 主要内容, the container, a year with and without milestones — its head
 * "2024年" on one line —, departments), and the least they get when the page has no room for that (many years).
 */
const MIN_EM = { task: 6, content: 8, group: 4, year: 5, emptyYear: 3.6, department: 4 };
const TIGHT_EM = { task: 4, content: 5, group: 2, year: 3.6, emptyYear: 3.6, department: 4 };
/** Most em a department column gets (a longer name breaks, alone on its lines). */
const MAX_DEPARTMENT_EM = 13;
/**
 * What a department name broken inside costs, in lines of the table: a column is widened to keep a name whole
 * unless that makes the table longer by more than this for each row the name stands in.
 */
export const BROKEN_NAME_LINES = 4;

interface Unit { k: number[]; min: number; max: number; dept?: (r: TaskRow) => string[] }

/**
 * Column widths (twips, summing to `total`) of a task table, from what its columns hold. 序号 is as wide as its
 * longest number; every other column starts at its least width, and the rest of the page goes, a step at a time, to
 * the column where it shortens the table most: the rows' heights (each its fullest cell's lines, estimated by
 * paragraphLines, department cells broken between names by departmentLines), plus BROKEN_NAME_LINES for each
 * department name its column is too narrow for — so a department column is as wide as its longest name (and the 、
 * after it) where the page allows, while a long name standing in one row of many may break rather than lengthen
 * every row; the year columns (one width) take what their milestones need. 重点任务 no wider than its longest name,
 * the container column no wider than 8 em, year columns without any milestone narrow; what shortens nothing goes to
 * 主要内容.
 */
export function taskTableWidths(t: TaskTable, total: number = LANDSCAPE.textWidth): number[] {
  const head = taskTableHead(t);
  const cells = t.rows.map((r) => taskTableCells(t, r));
  const g = t.groupHead ? 1 : 0;
  const at = { no: 0, group: g ? 1 : -1, task: 1 + g, content: 2 + g, lead: 3 + g, partners: 4 + g, year: 5 + g };
  const longest = (k: number) => Math.max(textEm(head[k]), ...cells.map((row) => Math.max(0, ...row[k].map(textEm))));
  const years = t.years.length;
  const anyMilestone = t.rows.some((r) => Object.keys(r.milestones).length);
  const lead = (r: TaskRow) => r.departments.lead;
  const partners = (r: TaskRow) => r.departments.partners;
  /** Em a name needs in a department column: itself, and the 、 after it when its cell lists several. */
  const nameEm = (list: string[], n: string) => textEm(n) + (list.length > 1 ? 1 : 0);
  const deptEm = (of: (r: TaskRow) => string[]) => Math.max(0, ...t.rows.flatMap((r) => of(r).map((n) => nameEm(of(r), n))));
  const noW = columnFor(Math.max(2, longest(at.no)));
  const unitsFor = (m: typeof MIN_EM): Unit[] => {
    const dept = (k: number, of: (r: TaskRow) => string[]): Unit => ({
      k: [k],
      min: columnFor(Math.max(m.department, textEm(head[k]))),
      max: columnFor(Math.max(m.department, textEm(head[k]), Math.min(MAX_DEPARTMENT_EM, deptEm(of)))),
      dept: of,
    });
    const list: Unit[] = [
      { k: [at.task], min: columnFor(m.task), max: Math.max(columnFor(m.task), columnFor(longest(at.task))) },
      { k: [at.content], min: columnFor(m.content), max: Infinity },
      dept(at.lead, lead),
      dept(at.partners, partners),
    ];
    if (g) list.push({ k: [at.group], min: columnFor(m.group), max: Math.max(columnFor(m.group), columnFor(Math.min(8, longest(at.group)))) });
    if (years) {
      const yearMin = columnFor(Math.max(anyMilestone ? m.year : m.emptyYear, textEm(head[at.year]) + 0.5));
      list.push({ k: t.years.map((_, i) => at.year + i), min: yearMin * years, max: anyMilestone ? Infinity : yearMin * years });
    }
    return list;
  };
  let units = unitsFor(MIN_EM);
  const least = () => noW + units.reduce((s, u) => s + u.min, 0);
  if (least() > total) units = unitsFor(TIGHT_EM);
  // (still too wide — a narrow portrait table: every column shrinks alike)
  if (least() > total) {
    const scale = (total - noW) / (least() - noW);
    for (const u of units) { u.min = Math.floor(u.min * scale); u.max = Math.max(u.min, u.max); }
  }
  // the rows the estimate reads (a long table: every n-th, enough to weigh the columns)
  const sample = t.rows.length > 150 ? t.rows.filter((_, i) => i % Math.ceil(t.rows.length / 150) === 0) : t.rows;
  const sampleCells = sample.map((r) => taskTableCells(t, r));
  const cache = units.map(() => new Map<number, { lines: number[]; broken: number }>());
  /** Per sample row, the lines of the unit's fullest cell at width `w` (its columns alike); the names broken. */
  const linesAt = (u: number, w: number) => {
    let got = cache[u].get(w);
    if (got) return got;
    const { k, dept } = units[u];
    const em = columnEm(w / k.length);
    let broken = 0;
    const lines = sample.map((r, i) => {
      if (dept) {
        const names = dept(r);
        broken += names.filter((n) => textEm(n) > em + 1e-6).length;
        return departmentLines(names, em).reduce((n, p) => n + paragraphLines(p, em), 0);
      }
      return Math.max(0, ...k.map((c) => sampleCells[i][c].reduce((n, p) => n + paragraphLines(p, em), 0)));
    });
    got = { lines, broken };
    cache[u].set(w, got);
    return got;
  };
  const cost = (ws: number[]) => {
    const per = ws.map((w, u) => linesAt(u, w));
    let rows = 0;
    let all = 0;
    for (let i = 0; i < sample.length; i++) {
      let m = 0;
      for (const p of per) { m = Math.max(m, p.lines[i]); all += p.lines[i]; }
      rows += m;
    }
    return rows + BROKEN_NAME_LINES * per.reduce((s, p) => s + p.broken, 0) + all / 1000;
  };
  const ws = units.map((u) => u.min);
  let free = total - noW - ws.reduce((a, b) => a + b, 0);
  const step = Math.round(CELL_EM / 2);
  for (let now = cost(ws); free > 0;) {
    // each column's next step: half an em (the years: half an em each); a department column also up to the width of
    // a longer name (a step that shortens nothing by itself, taken whole when the names it keeps whole are worth it)
    let best: { u: number; add: number; gain: number } | null = null;
    units.forEach((u, i) => {
      const adds = [step * u.k.length];
      if (u.dept) {
        const fits = new Set(t.rows.flatMap((r) => u.dept!(r).map((n) => columnFor(nameEm(u.dept!(r), n)))));
        for (const w of fits) if (w > ws[i] + step) adds.push(w - ws[i]);
      }
      for (const add of adds) {
        if (add > free || ws[i] + add > u.max) continue;
        ws[i] += add;
        const gain = (now - cost(ws)) / add;
        ws[i] -= add;
        if (gain > 1e-12 && (!best || gain > best.gain)) best = { u: i, add, gain };
      }
    });
    if (!best) break;
    const { u, add } = best as { u: number; add: number; gain: number };
    ws[u] += add;
    free -= add;
    now = cost(ws);
  }
  // what no column shortens the table with goes to 主要内容
  ws[1] += Math.max(0, free);
  const widths = new Array<number>(head.length).fill(0);
  widths[at.no] = noW;
  units.forEach((u, i) => {
    const each = Math.floor(ws[i] / u.k.length);
    u.k.forEach((k, j) => { widths[k] = j === u.k.length - 1 ? ws[i] - each * (u.k.length - 1) : each; });
  });
  // (rounding: the sum is the table's width)
  widths[at.content] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The cells of a row as the Word table sets them: department cells broken between names (departmentLines). */
export function laidOutCells(t: TaskTable, r: TaskRow, widths: number[]): string[][] {
  const cells = taskTableCells(t, r);
  const g = t.groupHead ? 1 : 0;
  cells[3 + g] = departmentLines(r.departments.lead, columnEm(widths[3 + g]));
  cells[4 + g] = departmentLines(r.departments.partners, columnEm(widths[4 + g]));
  return cells;
}
