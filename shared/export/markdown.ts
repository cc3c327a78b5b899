/**
 * The plan as Markdown: title, numbered headings by depth (# is the title, ## 一、, ### （一） …, deeper levels as
 * bold lines), body paragraphs, 专栏 as blockquotes with a bold title line, and optionally the annex tables as pipe
 * tables. Numbers derived from the structure, punctuation as printed (./text.ts). Every node's departments, milestones
 * and indicators follow its text as field lines, and 发文机关/发文字号/成文日期 follow the title, in forms the importer
 * reads back (docs/exchange.md). Environment-free.
 */
import { walk, type PlanDoc, type PlanNode } from '../model/plan';
import { annotationBlock } from '../model/annotation-text';
import { deriveNumbers } from '../numbering';
import { ANNEX_TITLES, INDICATOR_TABLE_HEAD, indicatorRows, taskTable, taskTableCells, taskTableHead } from './annex';
import { cnDate, cnMonth, cnText, joinNumber, noticeParts, paragraphs, printedTitle } from './text';
import { groupLeads, markdownNode, markdownParagraphs, withRecordedStatements } from '../fieldtext';

/** A node's fields as field lines (one each, written afresh from the model; shared with the Word export). */
export { fieldLines } from '../fieldtext';

export interface MarkdownOptions {
  /** Append 主要任务分解表 and 主要指标表 as pipe tables. Default false. */
  annexes?: boolean;
}

/** Characters Markdown would read as markup at the start of a line or inside a table cell. */
function esc(t: string): string {
  // a line start that Markdown reads as a heading or list: "# ", "- ", "+ " escaped before the mark, "1. " after
  // the digits (CommonMark: a backslash before a digit is a literal backslash)
  return t.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/^(#+|[-+])(\s)/, '\\$1$2').replace(/^(\d+)([.)])(\s)/, '$1\\$2$3');
}

const cellText = (t: string) => esc(t).replace(/\n/g, '<br>');

/**
 * A heading on one line, as a Markdown heading must be (a line break inside it — a plan's JSON may hold one; the editor's
 * heading field folds it — cut it, its second line read back as the text): nothing between Chinese characters, as
 * Word's soft break reads back, a space otherwise.
 */
const CJK_ISH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/;
const oneLine = (t: string) => t.trim().replace(/\s*\n\s*/g, (m, at: number, all: string) => (CJK_ISH.test(all[at - 1] ?? '') && CJK_ISH.test(all[at + m.length] ?? '') ? '' : ' '));

/**
 * A node's body paragraphs as printed: punctuation as a 公文 prints it (cnText), but a field line as written — its
 * entries are the fields' values (区科委(信息委), a milestone's words), which the import reads back from it exactly.
 */
const cnBody = (p: { text: string[]; isField: boolean[] }) => p.text.map((t, i) => (p.isField[i] ? t : cnText(t)));

export function buildMarkdown(doc: PlanDoc, opts: MarkdownOptions = {}): string {
  // (a plan imported before the import recorded what its texts stated is read as it always was)
  doc = withRecordedStatements(doc);
  const numbers = deriveNumbers(doc.nodes);
  const out: string[] = [];
  const m = doc.meta;
  const date = cnDate(m.issuedOn) ?? cnMonth(m.issuedOn);
  const notice = noticeParts(doc);
  // (a plan that is itself the notice — 关于…的通知 — is printed as its own pages: no 印发 notice over it, its notice
  // text after its title, 文号 line and addressees, before the preamble)
  // (…and a notice entered as its headline alone is printed as one: its title over the plan's, 308)
  const published = !notice.own && (notice.body.length > 0 || notice.headline);
  if (published) {
    /**
     * The 印发 notice, as a 公文's text carries it before the plan it publishes (the Word cover's lines, without the
     * red header): its title, the 文号, the addressees ending in ：, its paragraphs, the office and the date (and the
     * 附注) — each a paragraph, read back by the importer's head rules (shared/importer/meta.ts).
     */
    out.push(esc(notice.title), '');
    // (an upward document's 签发人 on the 文号's line, as the Word cover prints it [GB/T 9704 §7.2.6])
    const docLine = [m.docNumber ? cnText(m.docNumber) : '', m.signer?.trim() ? `签发人：${m.signer.trim()}` : ''].filter(Boolean).join('　　');
    if (docLine) out.push(esc(docLine), '');
    if (m.addressees.length) out.push(esc(m.addressees.map((a) => cnText(a.trim())).join('，') + '：'), '');
    for (const p of notice.body) out.push(esc(p), '');
    // (the plan's own office only: the Word cover's red header needs one and makes it from the district; an exchange
    // format prints none the plan does not hold — it came back as the plan's issuer: 114)
    if (m.issuer?.trim()) out.push(esc(notice.issuer), '');
    if (date) out.push(date, '');
    for (const n of notice.notes) out.push(esc(n), '');
    out.push(`# ${esc(printedTitle(doc))}`, '');
  } else {
    out.push(`# ${esc(printedTitle(doc))}`, '');
    // labelled as on a government web page's index bar (发文机关 / 发文字号 / 成文日期), which the importer reads back
    const facts = ([['发文机关', m.issuer], ['发文字号', m.docNumber], ['签发人', m.signer?.trim()], ['成文日期', date]] as const)
      .filter(([, v]) => v).map(([k, v]) => `${k}：${esc(cnText(v!))}`);
    if (facts.length) out.push(facts.join('　'), '');
    // a 公文 issued without a notice: its addressees alone on their line under the title (and its 文号)
    if (m.addressees.length) out.push(esc(m.addressees.map((a) => cnText(a.trim())).join('，') + '：'), '');
    for (const p of notice.body) out.push(esc(p), '');
  }
  for (const p of paragraphs(m.preamble)) out.push(esc(cnText(p)), '');
  /**
   * A 专栏 as a blockquote: its title in bold ("> **专栏1　重点工程**"), then its text and projects as plain
   * quoted paragraphs ("> 1.智慧交通示范工程"), never as # headings. A Markdown reader that drops the quote and
   * emphasis marks gets the lines "专栏1　重点工程", "1.…" back, which the importer knows by the 专栏N marker.
   */
  // (a node's text with its field lines as printed, and the lines of its fields no line of the text states:
  // shared/fieldtext.ts markdownNode; the lead a heading above gives its tasks is read with their lines)
  const groups = groupLeads(doc.nodes);
  const printed = (n: PlanNode) => markdownNode(n, groups.get(n) ?? null);
  const box = (n: PlanNode) => {
    const lines: string[] = [];
    const title = cnText(joinNumber(numbers.get(n.id) ?? n.number, oneLine(n.heading)));
    if (title) lines.push(`**${esc(title)}**`);
    const own = printed(n);
    for (const p of cnBody(own)) lines.push(esc(p));
    lines.push(...own.fields.map(esc));
    const inner = (c: PlanNode) => {
      const number = numbers.get(c.id) ?? c.number;
      const heading = oneLine(c.heading);
      const p = printed(c);
      const body = cnBody(p);
      if (heading) lines.push(esc(cnText(joinNumber(number, heading))), ...body.map(esc));
      else if (body.length || number) lines.push(esc(cnText(joinNumber(number, body[0] ?? '').replace(/^(.+)：$/, '$1'))), ...body.slice(1).map(esc));
      lines.push(...p.fields.map(esc));
      c.children.forEach(inner);
    };
    n.children.forEach(inner);
    out.push(lines.map((l) => `> ${l}`).join('\n>\n'), '');
  };
  const visit = (n: PlanNode, depth: number) => {
    if (n.kind === 'box') return box(n);
    const number = numbers.get(n.id) ?? n.number;
    const heading = oneLine(n.heading);
    const p = printed(n);
    const body = cnBody(p);
    if (heading) {
      const text = esc(cnText(joinNumber(number, heading)));
      out.push(depth <= 4 ? `${'#'.repeat(depth + 1)} ${text}` : `**${text}**`, '');
      for (const p of body) out.push(esc(p), '');
    } else if (/[0-9一二三四五六七八九十]/.test(number) && depth <= 4 && body.length) {
      // a point with no heading: its number as the heading ("### 1."), its text under it — the importer reads a heading of
      // only its number as a point whose text follows, where "1.推进…。完成…。" run in would give back its first sentence
      // as the heading (an exchange format may mark what a 公文 prints run in: the Word export still does); a bullet
      // point (•) is run in by nature, and stays so
      out.push(`${'#'.repeat(depth + 1)} ${esc(cnText(number))}`, '');
      for (const p of body) out.push(esc(p), '');
    } else if (body.length || number) {
      out.push(esc(cnText(joinNumber(number, body[0] ?? '').replace(/^(.+)：$/, '$1'))), '');
      for (const p of body.slice(1)) out.push(esc(p), '');
    }
    for (const f of p.fields) out.push(esc(f), '');
    for (const c of n.children) visit(c, depth + 1);
  };
  for (const n of doc.nodes) visit(n, 1);
  if (opts.annexes) {
    const t = taskTable(doc, numbers);
    let k = 0;
    if (t.rows.length) {
      const head = taskTableHead(t);
      out.push(`## 附表${++k}　${esc(printedTitle(doc))}${ANNEX_TITLES.tasks}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
      for (const r of t.rows) {
        const cells = taskTableCells(t, r).map((ps) => ps.join('\n'));
        out.push(`| ${cells.map(cellText).join(' | ')} |`);
      }
      out.push('');
    }
    const inds = indicatorRows(doc, numbers);
    if (inds.length) {
      out.push(`## 附表${++k}　${esc(printedTitle(doc))}${ANNEX_TITLES.indicators}`, '', `| ${INDICATOR_TABLE_HEAD.join(' | ')} |`, `|${INDICATOR_TABLE_HEAD.map(() => ' --- ').join('|')}|`);
      for (const r of inds) out.push(`| ${[r.name, r.target, r.unit, r.year, r.task].map(cellText).join(' | ')} |`);
      out.push('');
    }
  }
  // a 公文 issued without a notice: its 附注 ("（此件公开发布）") at the end, as such a document prints it below its
  // signature (the importer keeps it as the notice's last paragraph wherever the end of the text has it:
  // shared/text/notice.ts); after the annex tables, which the importer reads into the plan's nodes
  if (!published) for (const n of notice.notes) out.push(esc(n), '');
  // a 印发日期 other than the 成文日期: the 版记's 印发 line, last, as the Word cover prints it [GB/T 9704 §7.4.3] (the
  // plan's own office only, as above; the importer reads the line as the 版记 and its date as the 印发日期)
  const printedOn = cnDate(m.printedOn);
  if (printedOn && m.printedOn !== m.issuedOn) out.push(esc([m.issuer?.trim() ? cnText(m.issuer.trim()) : '', `${printedOn}印发`].filter(Boolean).join('　　')), '');
  if (doc.annotations?.length) out.push(...annotationBlocks(doc, numbers));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The plan's annotations (PlanDoc.annotations: set by the export when 包含批注与修改建议 is ticked) as comment blocks
 * at the end, one each (shared/model/annotation-text.ts: a Markdown reader shows none of them, a person opening the
 * file reads labelled lines). Each names its node by the printed lines of the node and its ancestors (位置), by which
 * the import finds it again; a node that is gone is named by its nearest recorded ancestor still here.
 */
function annotationBlocks(doc: PlanDoc, numbers: Map<string, string>): string[] {
  const where = new Map<string, string[]>();
  const groups = groupLeads(doc.nodes);
  for (const { node, path } of walk(doc.nodes)) {
    where.set(node.id, [...path, node].map((n) => {
      const words = n.heading.trim() || markdownParagraphs(n, groups.get(n) ?? null)[0] || '';
      const line = cnText(joinNumber(numbers.get(n.id) ?? n.number, words)).replace(/\s+/g, ' ');
      return line.length > 30 ? `${line.slice(0, 30)}…` : line;
    }));
  }
  const out: string[] = [];
  for (const a of doc.annotations ?? []) {
    const found = [a.anchor.nodeId, ...[...a.anchor.path].reverse()].find((id) => where.has(id));
    out.push(annotationBlock(a, found ? where.get(found)! : []), '');
  }
  return out;
}
