/**
 * Markdown (.md / .markdown) → SourceLine[]. Environment-free (markdown-it, no DOM).
 *
 * One line per block, numbered by the line of the .md file it starts on (so the import report points at the
 * source), with a blank line wherever the source has one between blocks:
 *  - ATX (`## 一、…`) and setext headings → `heading: 1..6`, text without the `#`s;
 *  - paragraphs → one line; soft line breaks are joined with nothing between CJK characters (a line wrapped
 *    inside a Chinese sentence) and with one space between Latin words; a hard break (two trailing spaces,
 *    a backslash) starts a new line;
 *  - list items → one line each with `list: { level, ordered }`. An ordered item keeps the number the author
 *    wrote and its delimiter (`3. …`, `3) …`: Markdown would renumber, the plan's numbering is the author's);
 *    a bullet item becomes `• …` — the grammar's bullet marker — whatever the bullet character (`-`, `*`, `+`);
 *  - pipe tables → one line per row (header row included) with `cells`, `text` = cells joined by a tab
 *    (as the .docx reader does); a <br> in a cell (an online editor's line break there) parts the cell's lines
 *    (`cellLines`, as a Word cell's paragraphs), its text joined by a space;
 *  - emphasis, links and images are reduced to their text; inline code keeps its text;
 *  - fenced and indented code blocks are kept as text, one line per source line (a plan rarely has code: this is
 *    text someone indented, not something to drop);
 *  - block quotes are read as their content, each line marked with the quote it stands in (`frame`, numbered 1.. by
 *    the outermost quotes of the document): a quote is Markdown's frame around text, as a one-cell table is Word's
 *    (shared/importer/docx.ts), so a 专栏 whose title stands in a quote ends with the quote (parse.ts) — the export
 *    writes a 专栏 so (shared/export/markdown.ts) and a reader sees the quoted block as the box;
 *  - thematic breaks and raw HTML tags are dropped (raw HTML is not enabled, so a tag written in the text stays text).
 */
import markdownItFactory, { type MarkdownIt, type Token } from 'markdown-it';
import type { SourceLine } from '../types';
import { LEADING_TASK_BOX, joinWrapped } from './text';

let parser: MarkdownIt | null = null;
const markdownIt = (): MarkdownIt => (parser ??= markdownItFactory('default', { html: false, linkify: false, typographer: false }));

/**
 * Bold CommonMark did not take: "**一是加强统筹。**健全…" — a closing ** after a CJK full stop and before a character
 * is not right-flanking (CommonMark counts 。 as punctuation), so markdown-it leaves both delimiters as text. A pair of
 * ** (or __) around text on one line is bold all the same: its delimiters are markup, not words of the plan.
 */
function unmatchedStrong(t: string): string {
  return t.indexOf('**') < 0 && t.indexOf('__') < 0 ? t : t.replace(/(\*\*|__)(?=[^\s*_])([^*_\n]*?[^\s*_])\1/g, '$2');
}

/** A line break written in a table cell: <br>, <br/>, <br />. */
const CELL_BREAK = /<br\s*\/?>/i;

/** Text of an inline token, split at hard breaks; soft breaks joined (see joinWrapped). */
function inlinePieces(tok: Token | undefined): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let cur = '';
  let offset = 0;
  let breaks = 0;
  let soft = false;
  const add = (t: string) => {
    if (!t) return;
    cur = soft ? joinWrapped(cur, t) : cur + t;
    soft = false;
  };
  for (const c of tok?.children ?? []) {
    switch (c.type) {
      case 'text': add(unmatchedStrong(c.content)); break;
      case 'code_inline': add(c.content); break;
      case 'softbreak': breaks++; soft = true; break;
      case 'hardbreak':
        breaks++;
        pieces.push({ text: cur.trim(), offset });
        cur = ''; soft = false; offset = breaks;
        break;
      case 'image': add(c.children?.map((x) => x.content).join('') ?? c.content); break;
      case 'html_inline': break;
      default: break; // em/strong/s/link open/close: markup only
    }
  }
  pieces.push({ text: cur.trim(), offset });
  return pieces;
}

export function readMarkdown(text: string): SourceLine[] {
  const tokens = markdownIt().parse(text, {});
  const out: SourceLine[] = [];
  let lastEnd = 0; // 0-based source line after the last block emitted
  /** Block quotes open (nesting), and the outermost quotes met so far: a line inside one is in that frame. */
  let quotes = 0;
  let frames = 0;
  const push = (l: SourceLine, start: number, end = start + 1) => {
    if (quotes > 0 && l.text !== '') l.frame = frames;
    // a blank line where the source had one (never two in a row, never first)
    if (start > lastEnd && out.length && out[out.length - 1].text !== '') out.push({ text: '', line: lastEnd + 1 });
    if (out.length && l.line <= out[out.length - 1].line) l.line = out[out.length - 1].line + 1;
    out.push(l);
    lastEnd = Math.max(lastEnd, end);
  };

  /** Open lists: ordered or not, and the marker of the item being read (consumed by its first paragraph). */
  const lists: { ordered: boolean; marker: string | null }[] = [];
  let row: { cells: string[]; lines: string[][]; broken: boolean; start: number; end: number } | null = null;
  let firstRow = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open': case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', marker: null });
        break;
      case 'bullet_list_close': case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const l = lists[lists.length - 1];
        if (l) l.marker = l.ordered ? `${t.info}${t.markup} ` : '• ';
        break;
      }
      case 'heading_open': {
        const inline = tokens[i + 1];
        const level = Number(t.tag.slice(1));
        const [start, end] = t.map ?? [lastEnd, lastEnd + 1];
        const textOf = inlinePieces(inline).map((p) => p.text).filter(Boolean).join(' ');
        push({ text: textOf, line: start + 1, heading: level }, start, end);
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const [start, end] = t.map ?? [lastEnd, lastEnd + 1];
        const l = lists[lists.length - 1];
        const pieces = inlinePieces(inline);
        pieces.forEach((p, k) => {
          let text = p.text;
          const line: SourceLine = { text, line: start + 1 + p.offset };
          if (l) {
            // (a task list's box after the bullet, "- [ ] X" / "- [x] X", is the list's syntax: the point is X)
            if (k === 0 && l.marker !== null) { text = l.marker + (l.ordered ? text : text.replace(LEADING_TASK_BOX, '')); l.marker = null; }
            line.list = { level: lists.length - 1, ordered: l.ordered };
          }
          line.text = text;
          if (text || k === 0) push(line, start + p.offset, k === pieces.length - 1 ? end : start + p.offset + 1);
        });
        i += 2;
        break;
      }
      case 'blockquote_open': if (quotes++ === 0) frames++; break;
      case 'blockquote_close': quotes--; break;
      case 'table_open': firstRow = true; break;
      case 'tr_open': {
        const [start, end] = t.map ?? [lastEnd, lastEnd + 1];
        row = { cells: [], lines: [], broken: false, start, end };
        break;
      }
      case 'th_open': case 'td_open': {
        const inline = tokens[i + 1];
        // (an editor writes a line break inside a cell as <br>, the one way a pipe table has: the cell's lines, as a Word
        // cell's paragraphs — joined by a space in its text, one by one in cellLines)
        const text = inline?.type === 'inline' ? inlinePieces(inline).map((p) => p.text).join(' ').trim() : '';
        const lines = CELL_BREAK.test(text) ? text.split(CELL_BREAK).map((x) => x.trim()).filter(Boolean) : null;
        row?.cells.push(lines ? lines.join(' ') : text);
        row?.lines.push(lines ?? (text ? [text] : []));
        if (lines && row) row.broken = true;
        break;
      }
      case 'tr_close':
        // the delimiter row (|---|) is no gap: rows of one table stay together
        if (row) push({ text: row.cells.join('\t'), line: row.start + 1, cells: row.cells, ...(row.broken ? { cellLines: row.lines } : {}) }, firstRow ? row.start : Math.min(row.start, lastEnd), row.end);
        firstRow = false;
        row = null;
        break;
      case 'fence': case 'code_block': {
        const [start, end] = t.map ?? [lastEnd, lastEnd + 1];
        const first = t.type === 'fence' ? start + 1 : start; // a fence's content starts after its ``` line
        const body = t.content.replace(/\n$/, '').split('\n');
        body.forEach((s, k) => push({ text: s, line: first + k + 1 }, k === 0 ? start : first + k, k === body.length - 1 ? end : first + k + 1));
        break;
      }
      default: break; // hr, html_block (off), table/thead/tbody wrappers
    }
  }
  return out;
}
