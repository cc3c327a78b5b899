/**
 * Comments of a Word file (exported by the workbench, annotated in Word or WPS) → where they are in the plan.
 *
 * readWordComments: word/comments.xml (author, date, text), the ranges they mark in word/document.xml
 * (w:commentRangeStart … w:commentRangeEnd, or the w:commentReference point when a comment has no range) with
 * the paragraph they start in, and reply threads from word/commentsExtended.xml (w15:paraIdParent).
 * The paragraph text is the plan's text as exported: tracked insertions are left out and tracked deletions
 * kept, so a suggestion exported as tracked changes reads as the original. A comment whose range holds tracked
 * changes (a deletion, an insertion — the export writes a suggestion so: the quote deleted, the replacement inserted
 * after it, inside the range of a comment whose text starts with 建议修改, SUGGESTION_LABEL) is a suggestion:
 * `replacement` is the range's text with its changes applied (for the export's shape, the text inserted; for a
 * reviewer who inserted 全区 before a commented phrase, 全区 and the phrase). A change inside several comments' ranges (a comment and a
 * suggestion on one quote) is the suggestion's: the first of them whose text starts with the label, else the first.
 *
 * locateComment: the node and field whose text is the paragraph (the exporter writes one paragraph per body
 * line, a heading with its derived number in front), at the comment's offset; else the node where the quote
 * occurs, when it occurs in exactly one place; else null (the caller keeps it as an orphaned annotation).
 * Environment-free.
 */
import { ImportError } from '../errors';
import { readDocxXmlParts } from '../ooxml/package';
import { walkXml } from '../ooxml/xml';
import { walk, type PlanDoc } from '../model/plan';
import { cnText } from '../export/text';
import { readFieldLine } from '../importer/public';
import { anchorKey, foldForAnchor } from '../text/anchor-fold';

/** How the export opens the comment of a suggestion ("建议修改：<reason>"), and how the import knows it. */
export const SUGGESTION_LABEL = '建议修改';
const LABELLED = new RegExp(`^${SUGGESTION_LABEL}(?:[：:]|$)`);

export interface WordComment {
  /** w:id in comments.xml. */
  id: string;
  author: string;
  /** ISO date-time, '' when absent. */
  date: string;
  text: string;
  /** The marked text ('' for a point comment). */
  quote: string;
  /** The paragraph the mark starts in (as exported: plan text), and the mark's offset in it; null when the comment is not in the body. */
  paragraph: string | null;
  offset: number;
  /** id of the comment this one replies to (Word threads), null otherwise. */
  parentId: string | null;
  /** When the mark starts in a table: the texts of the cells of its row (an annex row names its task). */
  row?: string[];
  /**
   * The paragraphs above the mark's, nearest first (up to 40, empty ones left out): the heading of the node it stands
   * under, for an entry comment on a line the export printed from the fields (牵头单位：…) that the node's text does not hold.
   */
  above?: string[];
  /** Its range holds tracked changes: the text inserted there ('' for a deletion alone). Absent for a plain comment. */
  replacement?: string;
  /**
   * No comment: a reviewer's tracked changes with no comment over them (trackedWithoutComment), read as a suggestion
   * — `quote` the clause they fall in as it was, `replacement` that clause with them applied, `author`/`date` the
   * changes' own, `text` ''.
   */
  tracked?: true;
}

const W15 = '{http://schemas.microsoft.com/office/word/2012/wordml}';
const W14 = '{http://schemas.microsoft.com/office/word/2010/wordml}';

export function readWordComments(bytes: Uint8Array, fileName: string): WordComment[] {
  const parts = readDocxXmlParts(bytes, fileName, ['word/document.xml', 'word/comments.xml', 'word/commentsExtended.xml']);
  const documentXml = parts.get('word/document.xml');
  if (documentXml === undefined) {
    throw new ImportError('corrupt-docx', fileName, {
      zh: 'Word 文档已损坏:缺少正文部分 word/document.xml',
      en: 'The Word document is damaged: its body part word/document.xml is missing.',
    }, { part: 'word/document.xml' });
  }
  // (no comments.xml: no comments, but tracked changes may still be there — read below)
  const commentsXml = parts.get('word/comments.xml') ?? '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

  // comments.xml: one w:comment per comment, its paragraphs' text, the last paragraph's w14:paraId.
  const comments = new Map<string, { id: string; author: string; date: string; paras: string[]; paraId: string }>();
  {
    let cur: { id: string; author: string; date: string; paras: string[]; paraId: string } | null = null;
    let inText = false;
    walkXml(commentsXml, 'word/comments.xml', fileName, {
      open(name, attrs) {
        if (name === 'w:comment') {
          cur = { id: attrs['w:id'] ?? '', author: attrs['w:author'] ?? '', date: attrs['w:date'] ?? '', paras: [], paraId: '' };
        } else if (cur && name === 'w:p') {
          cur.paras.push('');
          cur.paraId = attrs[`${W14}paraId`] ?? cur.paraId;
        } else if (cur && name === 'w:t') inText = true;
        else if (cur && (name === 'w:tab')) cur.paras[cur.paras.length - 1] += '\t';
      },
      close(name) {
        if (name === 'w:comment' && cur) {
          comments.set(cur.id, cur);
          cur = null;
        } else if (name === 'w:t') inText = false;
      },
      text(t) {
        if (cur && inText && cur.paras.length) cur.paras[cur.paras.length - 1] += t;
      },
    });
  }

  // commentsExtended.xml: paraId → parent paraId.
  const parentOfPara = new Map<string, string>();
  const ext = parts.get('word/commentsExtended.xml');
  if (ext) {
    walkXml(ext, 'word/commentsExtended.xml', fileName, {
      open(name, attrs) {
        if (name === `${W15}commentEx` && attrs[`${W15}paraId`] && attrs[`${W15}paraIdParent`]) {
          parentOfPara.set(attrs[`${W15}paraId`], attrs[`${W15}paraIdParent`]);
        }
      },
      close() {},
      text() {},
    });
  }
  const commentOfPara = new Map([...comments.values()].filter((c) => c.paraId).map((c) => [c.paraId, c.id]));

  // document.xml: paragraphs' text and where the ranges start and end.
  const paras: string[] = [];
  /** Per paragraph, the cells of the table row it is in (filled as the row is read), if any. */
  const rowOf: Array<string[] | undefined> = [];
  const rows: string[][] = [];
  let para: string | null = null;
  const starts = new Map<string, { p: number; o: number }>();
  const ends = new Map<string, { p: number; o: number }>();
  const refs = new Map<string, { p: number; o: number }>();
  const stack: string[] = [];
  let skip = 0; // inside w:ins, mc:Fallback, w:instrText …
  // tracked changes: text inserted (at a point of the paragraph text) and deleted (a stretch of it)
  let inIns = 0;
  let inDel = 0;
  /** Who made the change being read, and when (w:ins / w:del w:author, w:date). */
  let by = { author: '', date: '' };
  const inserted: Array<{ p: number; o: number; text: string; author: string; date: string }> = [];
  const deleted: Array<{ p: number; from: number; to: number; author: string; date: string }> = [];
  walkXml(documentXml, 'word/document.xml', fileName, {
    open(name, attrs) {
      stack.push(name);
      if (name === 'w:ins') inIns++;
      else if (name === 'w:del') inDel++;
      if (name === 'w:ins' || name === 'w:del') by = { author: attrs['w:author'] ?? '', date: attrs['w:date'] ?? '' };
      if (name === 'w:ins' || name === 'mc:Fallback' || name === 'w:moveTo') skip++;
      if (name === 'w:p') {
        para = '';
        paras.push('');
        rowOf.push(rows[rows.length - 1]);
      } else if (name === 'w:tr') rows.push([]);
      else if (name === 'w:tc' && rows.length) rows[rows.length - 1].push('');
      const here = () => ({ p: Math.max(0, paras.length - 1), o: para?.length ?? 0 });
      if (name === 'w:commentRangeStart' && attrs['w:id'] !== undefined) starts.set(attrs['w:id'], here());
      else if (name === 'w:commentRangeEnd' && attrs['w:id'] !== undefined) ends.set(attrs['w:id'], here());
      else if (name === 'w:commentReference' && attrs['w:id'] !== undefined) refs.set(attrs['w:id'], here());
      else if (name === 'w:tab' && para !== null && !skip && stack[stack.length - 2] === 'w:r') para += '\t';
    },
    close(name) {
      stack.pop();
      if (name === 'w:ins') inIns--;
      else if (name === 'w:del') inDel--;
      if (name === 'w:ins' || name === 'mc:Fallback' || name === 'w:moveTo') skip--;
      if (name === 'w:p' && para !== null) {
        paras[paras.length - 1] = para;
        const r = rowOf[paras.length - 1];
        if (r?.length) r[r.length - 1] += (r[r.length - 1] ? '\n' : '') + para;
        para = null;
      } else if (name === 'w:tr') rows.pop();
    },
    text(t) {
      const el = stack[stack.length - 1];
      if (para !== null && inIns && skip === inIns && el === 'w:t') inserted.push({ p: paras.length - 1, o: para.length, text: t, ...by });
      if (para !== null && inDel && !skip && el === 'w:delText') deleted.push({ p: paras.length - 1, from: para.length, to: para.length + t.length, ...by });
      if (para !== null && !skip && (el === 'w:t' || el === 'w:delText')) {
        para += t;
        paras[paras.length - 1] = para;
      }
    },
  });

  const textBetween = (a: { p: number; o: number }, b: { p: number; o: number }): string => {
    if (b.p < a.p || (b.p === a.p && b.o <= a.o)) return '';
    if (a.p === b.p) return paras[a.p].slice(a.o, b.o);
    return [paras[a.p].slice(a.o), ...paras.slice(a.p + 1, b.p), paras[b.p].slice(0, b.o)].join('\n');
  };

  const before = (a: { p: number; o: number }, b: { p: number; o: number }) => a.p < b.p || (a.p === b.p && a.o <= b.o);
  // each tracked change to one comment whose range holds it (its ends included): a labelled one first
  const ranged = [...comments.values()].filter((c) => starts.has(c.id)).map((c) => ({ c, s: starts.get(c.id)!, e: ends.get(c.id) ?? starts.get(c.id)! }))
    .sort((a, b) => Number(LABELLED.test(b.c.paras.join('\n').trim())) - Number(LABELLED.test(a.c.paras.join('\n').trim())));
  const ownerOf = (at: { p: number; o: number }, to = at) => ranged.find((r) => before(r.s, at) && before(to, r.e) && before(r.s, r.e))?.c.id;
  // each comment's tracked changes: the text it quotes with them applied is the reviewer's wording (a suggestion).
  // (Our own export writes a suggestion as the whole quote deleted and the replacement inserted; a reviewer in Word
  // may insert or delete a few words inside a longer commented phrase: the rest of the phrase stays in the wording.)
  const owned = new Map<string, { del: Array<{ p: number; from: number; to: number }>; ins: Array<{ p: number; o: number; text: string }> }>();
  const changesOf = (id: string) => owned.get(id) ?? owned.set(id, { del: [], ins: [] }).get(id)!;
  const loose: { del: typeof deleted; ins: typeof inserted } = { del: [], ins: [] };
  for (const x of deleted) {
    if (x.to <= x.from) continue;
    const id = ownerOf({ p: x.p, o: x.from }, { p: x.p, o: x.to });
    if (id !== undefined) changesOf(id).del.push(x);
    else loose.del.push(x);
  }
  for (const x of inserted) {
    const id = ownerOf(x);
    if (id !== undefined) changesOf(id).ins.push(x);
    else if (x.text) loose.ins.push(x);
  }
  /** The text between s and e with the deletions taken out and the insertions put in at their places. */
  const applied = (s: { p: number; o: number }, e: { p: number; o: number }, ch: { del: Array<{ p: number; from: number; to: number }>; ins: Array<{ p: number; o: number; text: string }> }): string => {
    const lines: string[] = [];
    for (let p = s.p; p <= e.p; p++) {
      const text = paras[p] ?? '';
      const from = p === s.p ? s.o : 0;
      const to = p === e.p ? e.o : text.length;
      let line = '';
      for (let o = from; o <= to; o++) {
        for (const x of ch.ins) if (x.p === p && x.o === o) line += x.text;
        if (o < to && !ch.del.some((d) => d.p === p && d.from <= o && o < d.to)) line += text[o];
      }
      lines.push(line);
    }
    return lines.join('\n');
  };

  const abovePara = (p: number): string[] => {
    const out: string[] = [];
    for (let i = p - 1; i >= 0 && out.length < 40; i--) if (paras[i]?.trim()) out.push(paras[i]);
    return out;
  };
  const out: WordComment[] = [];
  for (const c of comments.values()) {
    const s = starts.get(c.id) ?? refs.get(c.id);
    const e = ends.get(c.id) ?? s;
    const parentPara = c.paraId ? parentOfPara.get(c.paraId) : undefined;
    const changes = owned.get(c.id);
    const wording = changes && s && e ? applied(s, e, changes) : undefined;
    // (changes that leave the words as they were — a deletion put back by an insertion of the same — suggest nothing)
    const replacement = wording !== undefined && s && e && wording !== textBetween(s, e) ? wording : undefined;
    out.push({
      id: c.id,
      author: c.author,
      date: c.date,
      text: c.paras.join('\n').trim(),
      quote: s && e ? textBetween(s, e) : '',
      paragraph: s ? paras[s.p] ?? null : null,
      offset: s?.o ?? 0,
      parentId: parentPara ? commentOfPara.get(parentPara) ?? null : null,
      ...(s && rowOf[s.p] ? { row: rowOf[s.p] } : {}),
      ...(s ? { above: abovePara(s.p) } : {}),
      ...(replacement !== undefined ? { replacement } : {}),
    });
  }
  out.push(...trackedWithoutComment(paras, loose, applied));
  return out;
}

/** Where a clause ends in a sentence, and in a field line (whose entries 、 separates). */
const CLAUSE_END = /[，。；;！？!?：:,\n]/;
const ENTRY_END = /[，。；;！？!?：:,、\n]/;

/**
 * A reviewer's tracked changes with no comment over them, as suggestions: per paragraph and author, each change
 * widened to the clause it falls in (between ，。；：…; in a field line also 、, so a changed department is that
 * department), overlapping clauses joined; the clause as it was is the quote, with the changes applied the
 * replacement. Changes that leave the clause as it was suggest nothing.
 */
function trackedWithoutComment(
  paras: string[],
  loose: { del: Array<{ p: number; from: number; to: number; author: string; date: string }>; ins: Array<{ p: number; o: number; text: string; author: string; date: string }> },
  applied: (s: { p: number; o: number }, e: { p: number; o: number }, ch: { del: Array<{ p: number; from: number; to: number }>; ins: Array<{ p: number; o: number; text: string }> }) => string,
): WordComment[] {
  type Change = { p: number; from: number; to: number; author: string; date: string; del?: (typeof loose.del)[number]; ins?: (typeof loose.ins)[number] };
  const all: Change[] = [
    ...loose.del.map((d) => ({ p: d.p, from: d.from, to: d.to, author: d.author, date: d.date, del: d })),
    ...loose.ins.map((i) => ({ p: i.p, from: i.o, to: i.o, author: i.author, date: i.date, ins: i })),
  ];
  const out: WordComment[] = [];
  const groups = new Map<string, Change[]>();
  for (const c of all) {
    const k = `${c.p}\u0000${c.author}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
  }
  for (const list of groups.values()) {
    const p = list[0].p;
    const text = paras[p] ?? '';
    const ends = readFieldLine(text) ? ENTRY_END : CLAUSE_END;
    const widen = (from: number, to: number): [number, number] => {
      let s = from;
      while (s > 0 && !ends.test(text[s - 1])) s--;
      let e = to;
      while (e < text.length && !ends.test(text[e])) e++;
      // (a change at the very end of a clause, e.g. a word added before its 。: the clause before it)
      if (e === s && s > 0) { s--; while (s > 0 && !ends.test(text[s - 1])) s--; }
      // leading blanks are no part of the clause
      while (s < e && /\s/.test(text[s])) s++;
      return [s, e];
    };
    const spans = list.map((c) => ({ c, span: widen(c.from, c.to) })).sort((a, b) => a.span[0] - b.span[0]);
    const merged: Array<{ s: number; e: number; changes: Change[] }> = [];
    for (const x of spans) {
      const last = merged[merged.length - 1];
      if (last && x.span[0] <= last.e) { last.e = Math.max(last.e, x.span[1]); last.changes.push(x.c); }
      else merged.push({ s: x.span[0], e: x.span[1], changes: [x.c] });
    }
    for (const m of merged) {
      const ch = { del: m.changes.flatMap((c) => (c.del ? [c.del] : [])), ins: m.changes.flatMap((c) => (c.ins ? [c.ins] : [])) };
      const quote = text.slice(m.s, m.e);
      const replacement = applied({ p, o: m.s }, { p, o: m.e }, ch);
      if (!quote || replacement === quote) continue;
      out.push({
        id: `tracked:${p}:${m.s}`,
        author: m.changes[0].author,
        date: m.changes.map((c) => c.date).filter(Boolean).sort()[0] ?? '',
        text: '',
        quote,
        paragraph: text,
        offset: m.s,
        parentId: null,
        replacement,
        tracked: true,
      });
    }
  }
  return out;
}

export interface CommentPlace {
  nodeId: string;
  field: 'heading' | 'body' | 'node';
  start: number;
  /** The plan's own text at the place (the comment's quote may differ in punctuation width). */
  quote: string;
}

/**
 * A printed paragraph `para` (a derived number, then the line as printed) and a line `t` of the plan that prints
 * otherwise (cnText changed its length): whether the paragraph ends with the line under the anchors' fold
 * (shared/text/anchor-fold.ts), and the range of `t` that the paragraph's range [off, off + len) covers.
 */
function foldedPlace(para: string, off: number, len: number, t: string): { start: number; end: number } | null {
  const fp = foldForAnchor(para);
  const ft = foldForAnchor(t);
  if (!ft.text || !fp.text.endsWith(ft.text)) return null;
  const skip = fp.text.length - ft.text.length;
  if (fp.start[skip] > 20) return null; // the line is only the tail of a longer paragraph
  // the folded units of the paragraph the range covers, as units of the line
  let first = fp.start.findIndex((at) => at >= off);
  if (first < 0) first = fp.start.length;
  let end = first;
  while (end < fp.start.length && fp.start[end] < off + len) end++;
  const a = Math.max(0, first - skip);
  const b = Math.max(0, end - skip);
  if (b <= a) return { start: 0, end: 0 };
  return { start: ft.start[a], end: ft.end[b - 1] };
}

/** Where a Word comment belongs in the plan; null when its text matches no node. */
export function locateComment(doc: Pick<PlanDoc, 'nodes'>, c: Pick<WordComment, 'quote' | 'paragraph' | 'offset'>): CommentPlace | null {
  const quoteLen = c.quote.split('\n')[0].length;
  const P = c.paragraph ?? '';
  const lead = P.length - P.trimStart().length;
  const para = P.trim();
  const off = c.offset - lead;
  // 1. The paragraph is one of a node's body lines or its heading (with the number in front): a line printed as
  // written first, in every node; a line the printing changed (spaces dropped around a year range's dash:
  // 2020 - 2022 → 2020—2022), matched through the anchors' fold, only when no line matched so — an earlier node whose
  // line folds to the paragraph must not take the comment from a later one that prints it exactly.
  if (para) {
    for (const fold of [false, true]) {
      for (const { node } of walk(doc.nodes)) {
        const fields: Array<['heading' | 'body', string]> = [['heading', node.heading], ['body', node.body]];
        for (const [field, text] of fields) {
          let lineStart = 0;
          for (const line of text.split('\n')) {
            const t = line.trim();
            const tStart = lineStart + (line.length - line.trimStart().length);
            lineStart += line.length + 1;
            if (!t) continue;
            const printed = cnText(t);
            if (printed.length !== t.length) {
              if (!fold) continue;
              const place = foldedPlace(para, off, quoteLen, t);
              if (!place) continue;
              if (c.quote === '' || place.end <= place.start) return { nodeId: node.id, field: c.quote === '' ? 'node' : field, start: c.quote === '' ? 0 : tStart, quote: c.quote === '' ? '' : t };
              return { nodeId: node.id, field, start: tStart + place.start, quote: text.slice(tStart + place.start, tStart + place.end) };
            }
            if (fold || !para.endsWith(printed)) continue;
            const numberLen = para.length - printed.length;
            if (numberLen > 20) continue; // the line is only the tail of a longer paragraph
            const within = Math.max(0, off - numberLen);
            const start = tStart + within;
            const len = Math.min(quoteLen, t.length - within);
            if (c.quote === '' || len <= 0) return { nodeId: node.id, field: c.quote === '' ? 'node' : field, start: c.quote === '' ? 0 : tStart, quote: c.quote === '' ? '' : t };
            return { nodeId: node.id, field, start, quote: text.slice(start, start + len) };
          }
        }
      }
    }
  }
  // 2. The quote occurs in exactly one node field.
  const first = c.quote.split('\n')[0];
  const q = first.trim();
  // (the quote folded in its paragraph: a dash at its edge folds as a year range's does, or not)
  const marked = P.slice(c.offset, c.offset + first.length) === first;
  const fq = anchorKey(q, marked ? P.slice(0, c.offset) : '', marked ? P.slice(c.offset + first.length) : '');
  if (q.length >= 2) {
    const found: CommentPlace[] = [];
    for (const { node } of walk(doc.nodes)) {
      for (const field of ['heading', 'body'] as const) {
        const text = node[field];
        const printed = cnText(text);
        if (printed.length === text.length) {
          const at = printed.indexOf(q);
          if (at >= 0) found.push({ nodeId: node.id, field, start: at, quote: text.slice(at, at + q.length) });
          continue;
        }
        // (printed otherwise than written: found through the anchors' fold, as a range of the text)
        const folded = foldForAnchor(text);
        const at = fq ? folded.text.indexOf(fq) : -1;
        if (at >= 0) found.push({ nodeId: node.id, field, start: folded.start[at], quote: text.slice(folded.start[at], folded.end[at + fq.length - 1]) });
      }
    }
    if (found.length === 1) return found[0];
  }
  return null;
}
