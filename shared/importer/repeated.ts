/**
 * Annex tables that only repeat the plan. A 主要任务分解表 or 主要指标表 (an annex holding nothing but a table with such a
 * header row) whose every cell says again what the plan's headings and text already say — task names, departments,
 * yearly milestones, indicator values, a summary of a task's text — or, in a table titled as the exports title theirs
 * (…主要任务分解表 / …主要指标表), that its rows gave the nodes as fields (what was entered in the editor and is printed
 * in the annex only) adds nothing: its rows have been read into the
 * tasks (celltable.ts), and keeping it as an annex would add it a second time to every export made from the plan
 * (the exports generate these tables from the fields). It is left out and listed in the report's `removed`.
 * A table with one cell the plan does not say is kept as before. Environment-free.
 */
import type { ImportReport } from '../model/plan';
import type { Para } from './clean';
import type { Draft } from './levels';
import type { TableRegion } from './tables';
import { foldScript } from './grammar';
import { splitFieldLines } from './fieldlines';

/** Titles of the annexes the exports generate (shared/export/annex.ts ANNEX_TITLES, after the plan's title). */
const GENERATED_TITLE = /(主要任务分解表|主要指标表)$/;

/** A header row of a task table (departments or years) or of an indicator table. */
function isSummaryHeader(cells: string[]): boolean {
  const h = cells.map((c) => c.replace(/\s+/g, ''));
  const task = h.some((c) => /(任务|事项|项目|工作)/.test(c));
  const fields = h.some((c) => /(牵头|配合|责任单位|责任部门)/.test(c) || /^(19|20)\d{2}年?(度)?$/.test(c));
  const indicators = h.some((c) => /指标/.test(c)) && h.some((c) => /(目标值|目标|数值)/.test(c));
  return (task && fields) || indicators;
}

/**
 * Text folded for "is it said elsewhere": Traditional script (the exports write units Simplified: 个 for 個), compatibility
 * forms, no spaces, no punctuation or symbols.
 */
const fold = (s: string) => foldScript(s).normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * The pieces of a cell: lines, list items, entries (a year cell's entries also where a stage prefix opens the next,
 * its lines run together); less a stage prefix (启动：), a role mark (区科委（牵头）: the mark is the role the field
 * holds), a comparator and a cut mark.
 */
function pieces(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>|\n|[、；;]|(?=(?:启动|推进|完成)[：:])/i)
    .map((p) => p.trim().replace(/^(启动|推进|完成)[：:]\s*/, '').replace(/[（(](?:牵头|配合)[)）]$/, '').replace(/^[≥≤><约]/, '').replace(/(……|\.\.\.)$/, ''))
    .map(fold)
    .filter(Boolean);
}

/**
 * The annexes among `roots` that only repeat the plan (see above). `tables` are the flattened table regions of the
 * parse (their rows are not in bodyLines); `paras` the body's paragraphs.
 */
export function repeatedAnnexes(roots: Draft[], all: Draft[], paras: Para[], tables: TableRegion[], report: ImportReport): Set<Draft> {
  const out = new Set<Draft>();
  // (by a loop: no pair array per paragraph, and no callback V8 compiled again each time the paragraphs' hidden class changed)
  const byLine = new Map<number, Para>();
  for (let i = 0; i < paras.length; i++) byLine.set(paras[i].line, paras[i]);
  const candidates: { d: Draft; rows: Para[] }[] = [];
  for (const d of roots) {
    if (d.node.kind !== 'appendix' || d.node.children.length) continue;
    const region = tables.find((t) => t.draft === d);
    const rows = region ? region.paras : d.bodyLines.map((l) => byLine.get(l)).filter((p): p is Para => !!p);
    if (rows.length < 2 || !rows.every((r) => r.cells && r.cells.length >= 2)) continue;
    // every line of the annex's text is a row of the table (nothing written beside it)
    if (d.node.body.split('\n').filter((l) => l.trim()).length !== rows.length) continue;
    if (!isSummaryHeader(rows[0].cells!)) continue;
    candidates.push({ d, rows });
  }
  if (!candidates.length) return out;
  const skip = new Set(candidates.map((c) => c.d));
  // what the plan says: its headings and text; for an annex the exports generate, also the fields of its nodes (a
  // department, milestone or indicator cell the rows gave a node — entered in the editor, printed in the annex only —
  // is carried by that node's field, and the exports generate the table from the fields again: nothing is lost)
  // (an indicator's year is its field too: in a one-year plan it is the plan's, written in the title only — "溪南区2025年度…")
  const fieldsOf = (n: Draft['node']) => [...n.lead, ...n.partners, ...n.milestones.map((m) => m.text),
    ...n.indicators.flatMap((i) => [i.name, i.unit, i.value === null ? i.text : String(i.value), i.year === null ? '' : String(i.year)])].map(fold).join('\n');
  // (the 主要内容 cell summarises the text less its field lines: shared/export/annex.ts)
  const textOnly = (body: string) => (body.indexOf('：') >= 0 || body.indexOf(':') >= 0 ? splitFieldLines(body).text.map(fold).join('') : '');
  // (a point's text "（1）推进…。开展…。" is read back as heading and body; the 主要内容 cell runs the two together)
  // (a point without a heading is named by its number and the start of its text, "（1）完成老旧小区改造20个，…":
  // shared/export/annex.ts label)
  const text = all.filter((d) => !skip.has(d)).map((d) => fold(`${d.node.number}${d.node.heading}`) + '\n' + fold(d.node.heading) + '\n' + d.node.body.split('\n').map(fold).join('') + '\n' +
    textOnly(d.node.body) + '\n' + fold(d.node.heading) + d.node.body.split('\n').map(fold).join('') +
    (d.node.heading.trim() ? '' : '\n' + fold(d.node.number) + d.node.body.split('\n').map(fold).join(''))).join('\n');
  // (only for the tables the exports generate, by their titles: a document's own 重点任务分解表 or 任务清单 that alone
  // names the departments is the document's, and stays an annex)
  const fields = all.filter((d) => !skip.has(d)).map((d) => fieldsOf(d.node)).join('\n');
  // a year cell's lines may come back run together (a Word cell's paragraphs): said when it is the fields' texts in a row
  const words = [...new Set(fields.split('\n').filter((w) => w.length >= 2))];
  const runTogether = (p: string): boolean => {
    const ok = new Array<boolean>(p.length + 1).fill(false);
    ok[0] = true;
    for (let i = 0; i < p.length; i++) if (ok[i]) for (const w of words) if (p.startsWith(w, i)) ok[i + w.length] = true;
    return ok[p.length];
  };
  for (const { d, rows } of candidates) {
    const generated = GENERATED_TITLE.test(d.node.heading.trim());
    const said = generated ? `${text}\n${fields}` : text;
    // the row numbers (序号) are the table's own, not something the plan says
    const numbered = new Set(rows[0].cells!.map((c, i) => (/^(序号|编号|序)$/.test(c.replace(/\s+/g, '')) ? i : -1)).filter((i) => i >= 0));
    const repeats = rows.slice(1).every((r) => r.cells!.every((c, i) => numbered.has(i) || pieces(c).every((p) => said.includes(p) || (generated && runTogether(p)))));
    if (!repeats) continue;
    out.add(d);
    report.removed.push({
      line: d.line,
      text: `${d.node.number}${d.node.number ? ' ' : ''}${d.node.heading}`.trim(),
      reason: `附表只重复了正文中的任务、部门、年度节点和指标(${rows.length - 1} 行),已读入各任务,不另存为附件`,
    });
  }
  return out;
}
