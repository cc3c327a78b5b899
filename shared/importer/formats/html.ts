/**
 * Saved web pages (.html / .htm) → SourceLine[]. Environment-free: a small tokenizer and a tolerant tree
 * builder (no DOM library), linear in the input, with a bounded nesting depth.
 *
 * Web archives (.mht/.mhtml) are unpacked by ./mht.ts and read here.
 *
 * Decoding: a BOM decides; else the charset the container declares (a web archive's part header), else that of `<meta charset>` / `<meta http-equiv content="…charset=…">` in the
 * first 4 KB (GB2312/GBK/GB18030 read as GB18030, the superset), checked strictly; else the text decoder's own
 * guess (decode.ts).
 *
 * What is kept: the page's text, one line per block (p, div, li, h1–h6, pre lines, br …), h1–h6 as `heading`
 * hints, data tables as one line per row with `cells` (nested tables flattened into their cell, as Word does),
 * list items as `• …` / `N. …` (as the Markdown reader). What is dropped: head, script, style, noscript,
 * template, svg, forms and buttons, iframes; nav, header, footer, aside; elements whose role is navigation /
 * banner / contentinfo / complementary / search, or whose id/class names page chrome (nav, menu, breadcrumb,
 * footer, sidebar, share, copyright, toolbar …, see CHROME); lines that are only page controls (【打印】【关闭】
 * 字体：大 中 小, 分享到 …). Layout tables — one column, or a cell holding headings or long text — are read as
 * ordinary blocks, not as rows. Entities are decoded (named ones planners' pages use, and all numeric ones).
 */
import { ImportError, LIMITS, TEXT_OVER_LIMIT_REASON } from '../../errors';
import { decodeText } from '../decode';
import { mergedFromOf, type MergedCell, type SourceLine } from '../types';
import { isCjk } from './text';

// ---------------------------------------------------------------- decoding

const latin1 = (b: Uint8Array, n: number) => {
  let s = '';
  for (let i = 0; i < Math.min(n, b.length); i++) s += String.fromCharCode(b[i]);
  return s;
};

/** True for bytes that start (after a BOM and white space or a comment) like an HTML page. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = latin1(bytes, 1024).replace(/^\xef\xbb\xbf/, '');
  if (/^\xff\xfe|^\xfe\xff/.test(head)) head = head.replace(/\x00/g, '').slice(2); // UTF-16: look at the ASCII
  head = head.replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|meta\s)/i.test(head);
}

function charsetOf(bytes: Uint8Array): string | null {
  const head = latin1(bytes, 4096);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decodeHtml(bytes: Uint8Array, fileName: string, declared?: string | null): { text: string; encoding: string } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf || bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff;
  const cs = bom ? null : declared?.toLowerCase() ?? charsetOf(bytes);
  const label = cs && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(cs) ? 'gb18030' : cs && /^utf-?8$/.test(cs) ? 'utf-8' : null;
  if (label) {
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(bytes);
      if (text.length > LIMITS.maxTextChars) throw new ImportError('too-large', fileName, TEXT_OVER_LIMIT_REASON);
      return { text: text.replace(/\r\n?/g, '\n'), encoding: label };
    } catch (e) {
      if (e instanceof ImportError) throw e;
      // the declared charset is wrong (common on old sites): let the decoder guess
    }
  }
  return decodeText(bytes, fileName);
}

// ---------------------------------------------------------------- entities

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±',
  copy: '©', reg: '®', trade: '™', yen: '¥', emsp: '\u2003', ensp: '\u2002', thinsp: '\u2009', zwj: '', zwnj: '',
  laquo: '«', raquo: '»', permil: '‰', le: '≤', ge: '≥', ne: '≠', rarr: '→', larr: '←', uarr: '↑', darr: '↓',
  sup2: '²', sup3: '³', frac12: '½', para: '¶', sect: '§', shy: '', micro: 'µ', cent: '¢', pound: '£', euro: '€',
  radic: '√', infin: '∞', asymp: '≈', minus: '−', lowast: '∗', prime: '′', Prime: '″', oline: '‾', hyphen: '‐',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!cp || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      if (cp < 0x20 && cp !== 9 && cp !== 10) return ' ';
      return String.fromCodePoint(cp);
    }
    return Object.hasOwn(NAMED, e) ? NAMED[e] : all;
  });
}

// ---------------------------------------------------------------- tree

interface El { tag: string; attrs: Record<string, string>; children: Node[]; parent: El | null }
type Node = El | string;

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track', 'keygen']);
/** Elements whose content is raw text up to their end tag (never parsed as markup). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Blocks that close an open <p> (the HTML parsing rule that matters for Word-saved and hand-written pages). */
const CLOSES_P = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'pre', 'blockquote', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'hr', 'dl', 'form', 'address', 'figure', 'main', 'center', 'fieldset']);
const MAX_DEPTH = 200;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(s)) && n++ < 64) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** Build a tolerant tree: unknown end tags are ignored, an end tag closes up to its open element. */
export function parseHtml(src: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  let cur = root;
  let depth = 0;
  const open = (tag: string, attrs: Record<string, string>) => {
    if (tag === 'li') closeUpTo(['li'], ['ul', 'ol', 'table']);
    if (tag === 'td' || tag === 'th') closeUpTo(['td', 'th'], ['tr', 'table']);
    if (tag === 'tr') closeUpTo(['tr'], ['table']);
    if (tag === 'dt' || tag === 'dd') closeUpTo(['dt', 'dd'], ['dl']);
    if (tag === 'option') closeUpTo(['option'], ['select']);
    if (CLOSES_P.has(tag)) closeUpTo(['p'], ['td', 'th', 'li', 'div', 'table', 'blockquote', 'section', 'article']);
    const el: El = { tag, attrs, children: [], parent: cur };
    cur.children.push(el);
    if (!VOID.has(tag) && depth < MAX_DEPTH) { cur = el; depth++; }
  };
  /** Close the nearest open element named in `names`, unless a `stop` element comes first. */
  const closeUpTo = (names: string[], stop: string[]) => {
    for (let e: El | null = cur, k = 0; e && e !== root && k < MAX_DEPTH; e = e.parent, k++) {
      if (names.includes(e.tag)) { cur = e.parent ?? root; depth -= k + 1; return; }
      if (stop.includes(e.tag)) return;
    }
  };
  const close = (tag: string) => {
    for (let e: El | null = cur, k = 0; e && e !== root && k < MAX_DEPTH; e = e.parent, k++) {
      if (e.tag === tag) { cur = e.parent ?? root; depth -= k + 1; return; }
      // an end tag never closes past a table boundary it is not in
      if ((e.tag === 'table' || e.tag === 'td' || e.tag === 'th') && tag !== 'table' && !['td', 'th', 'tr'].includes(tag)) return;
    }
  };

  const n = src.length;
  let i = 0;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) { cur.children.push(src.slice(i)); break; }
    if (lt > i) cur.children.push(src.slice(i, lt));
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (src[i + 1] === '!' || src[i + 1] === '?') { // doctype, <![if …]>, CDATA, processing instruction
      const end = src.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(src.slice(i, i + 64));
    if (!m) { cur.children.push('<'); i++; continue; } // a literal '<' in the text
    // end of the tag: the next '>' outside quotes
    let j = i + m[0].length;
    let q = '';
    for (; j < n; j++) {
      const c = src[j];
      if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c; else if (c === '>') break;
      if (j - i > 8192 && q) q = ''; // an unbalanced quote must not swallow the page
    }
    const tag = m[2].toLowerCase();
    const inner = src.slice(i + m[0].length, j);
    i = j + 1;
    if (m[1]) { close(tag); continue; }
    const attrs = parseAttrs(inner);
    if (RAW.has(tag)) {
      const endRe = new RegExp(`</${tag}\\s*>`, 'ig');
      endRe.lastIndex = i;
      const em = endRe.exec(src);
      const body = src.slice(i, em ? em.index : n);
      i = em ? em.index + em[0].length : n;
      const el: El = { tag, attrs, children: tag === 'textarea' || tag === 'xmp' || tag === 'plaintext' ? [body] : [], parent: cur };
      cur.children.push(el);
      continue;
    }
    open(tag, attrs);
    if (inner.trimEnd().endsWith('/') && !VOID.has(tag)) close(tag); // <div/> in XHTML
  }
  return root;
}

// ---------------------------------------------------------------- text

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'form', 'select', 'button', 'input', 'textarea',
  'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'nav', 'header', 'footer', 'aside', 'title', 'meta', 'link', 'noembed', 'noframes']);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);
/**
 * id/class words of page chrome: the whole word, or the last part of a compound (site-nav, page_footer); the more
 * ambiguous ones (header, top, bottom …) only as a whole word (`article-header` may hold the title).
 */
const CHROME = /(?:^|[-_])(nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|sidebar|sidenav|share|sharing|copyright|toolbar|topbar|skip|bdsharebuttonbox)$|^(header|head|top|bottom|foot|banner|logo|search|searchbox)$/i;
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'pre', 'blockquote',
  'section', 'article', 'main', 'address', 'figure', 'figcaption', 'center', 'hr', 'fieldset', 'caption', 'tbody', 'thead', 'tfoot', 'body', 'html']);
/** A line that is only page controls. */
const CONTROLS = /^(?:[【[]?\s*(?:打印(?:本页|此页)?|关闭(?:本页|窗口|此页)?|返回(?:顶部|首页|列表)?|收藏(?:本页)?|分享到?|字[体号]\s*[:：]?\s*(?:[大中小]\s*)*|[大中小]|默认|加入收藏|设为首页|保存|纠错|上一篇|下一篇|扫一扫(?:在手机上查看当前页面)?)\s*[】\]]?[\s|｜丨]*)+$/;

function isChrome(el: El): boolean {
  if (SKIP.has(el.tag)) return true;
  if (el.attrs.hidden !== undefined || /display\s*:\s*none/i.test(el.attrs.style ?? '')) return true;
  if (el.attrs.role && SKIP_ROLES.has(el.attrs.role.toLowerCase())) return true;
  const names = `${el.attrs.id ?? ''} ${el.attrs.class ?? ''}`.trim();
  return !!names && names.split(/\s+/).some((w) => CHROME.test(w));
}

function textOf(n: Node): string {
  if (typeof n === 'string') return n;
  if (isChrome(n)) return '';
  if (n.tag === 'br') return BR;
  return n.children.map(textOf).join(BLOCK.has(n.tag) || n.tag === 'td' || n.tag === 'th' ? ' ' : '');
}

/** White space of HTML collapsed; a break between two CJK characters (source line wrap) removed. */
function collapse(s: string): string {
  return decodeEntities(s.replace(/([^\s])[ \t]*\n[ \t\n]*(?=([^\s]))/g, (_all, a: string, b: string) => (isCjk(a) && isCjk(b) ? a : `${a} `)))
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ');
}

/** A <br> in collected text (a character HTML text never holds raw: U+2028 is not collapsed with white space). */
const BR = '\u2028';

const cleanLine = (s: string) => s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');

/** Is this a data table (rows of short cells) rather than a page laid out with a table? */
function isDataTable(t: El): boolean {
  let maxCols = 0;
  let bad = false;
  const visit = (e: El, inCell: boolean) => {
    for (const c of e.children) {
      if (typeof c === 'string' || bad) continue;
      if (c.tag === 'table') { if (inCell) continue; } // nested tables are flattened into the cell
      if (c.tag === 'tr') {
        const cells = c.children.filter((x): x is El => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'));
        maxCols = Math.max(maxCols, cells.length);
        for (const cell of cells) {
          if (hasHeading(cell) || textLength(cell, 1500) >= 1500) bad = true;
        }
        continue;
      }
      if (['thead', 'tbody', 'tfoot'].includes(c.tag)) visit(c, inCell);
    }
  };
  visit(t, false);
  return !bad && maxCols >= 2;
}

/** Length of an element's raw text, counted up to `cap` (keeps the layout test linear on nested tables). */
function textLength(e: El, cap: number): number {
  let n = 0;
  const visit = (x: Node): void => {
    if (n >= cap) return;
    if (typeof x === 'string') { n += x.replace(/\s+/g, '').length; return; }
    if (!isChrome(x)) for (const c of x.children) visit(c);
  };
  visit(e);
  return n;
}

function hasHeading(e: El): boolean {
  return e.children.some((c) => typeof c !== 'string' && (/^h[1-6]$/.test(c.tag) || (c.tag !== 'table' && hasHeading(c))));
}

function rowsOf(t: El): El[] {
  const rows: El[] = [];
  for (const c of t.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'tr') rows.push(c);
    else if (['thead', 'tbody', 'tfoot'].includes(c.tag)) rows.push(...rowsOf(c));
  }
  return rows;
}

/**
 * Read a saved web page into numbered lines (see the header comment). `charset`: what the container says (a web
 * archive's MIME header), before the page's own meta tag.
 */
export function readHtml(bytes: Uint8Array, fileName: string, opts: { charset?: string | null } = {}): { lines: SourceLine[]; encoding: string } {
  const { text, encoding } = decodeHtml(bytes, fileName, opts.charset);
  const root = parseHtml(text);
  const lines: SourceLine[] = [];
  let buf = '';
  let heading: number | undefined;
  let list: SourceLine['list'];
  const flush = () => {
    for (const piece of collapse(buf).split(BR)) {
      const t = cleanLine(piece);
      if (!t || CONTROLS.test(t)) continue;
      const l: SourceLine = { text: t, line: lines.length + 1 };
      if (heading !== undefined) l.heading = heading;
      if (list) l.list = list;
      lines.push(l);
    }
    buf = '';
  };
  const lists: { ordered: boolean; next: number }[] = [];

  const walk = (n: Node): void => {
    if (typeof n === 'string') { buf += n; return; }
    if (isChrome(n)) return;
    const tag = n.tag;
    if (tag === 'br') { buf += BR; return; }
    if (tag === 'img') { return; }
    if (tag === 'table') {
      flush();
      if (isDataTable(n)) {
        // a cell with rowspan="N" goes on in the N − 1 rows below at its grid column: there those rows get an empty
        // cell and SourceLine.mergedFrom (as Word's vMerge reads), so their own cells stay under their headers
        const down = new Map<number, { cell: MergedCell; rows: number; span: number }>();
        for (const r of rowsOf(n)) {
          const tds = r.children.filter((x): x is El => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th') && !isChrome(x));
          const cells: string[] = [];
          let from: Array<MergedCell | null> | null = null;
          let col = 0;
          const goOn = (): boolean => {
            const at = col;
            const d = down.get(at);
            if (!d) return false;
            (from ??= [])[cells.length] = d.cell;
            cells.push('');
            col += d.span;
            if (--d.rows <= 0) down.delete(at);
            return true;
          };
          for (const c of tds) {
            while (goOn());
            const parts = collapse(textOf(c)).split(BR).map(cleanLine).filter(Boolean);
            const text = cleanLine(parts.join(' '));
            const span = Math.min(Math.max(Number.parseInt(c.attrs.colspan ?? '1', 10) || 1, 1), 1000);
            const rows = Math.min(Math.max(Number.parseInt(c.attrs.rowspan ?? '1', 10) || 1, 1), 65534);
            if (rows > 1) down.set(col, { cell: { text, lines: parts }, rows: rows - 1, span });
            cells.push(text);
            col += span;
          }
          // merged cells at the row's end (or after cells the row leaves out): empty cells up to them
          for (const at of [...down.keys()].sort((a, b) => a - b)) {
            if (at < col) continue;
            while (col < at) { cells.push(''); col++; }
            goOn();
          }
          if (!cells.some(Boolean)) continue;
          lines.push({ text: cells.join('\t'), line: lines.length + 1, cells, ...mergedFromOf(cells, from) });
        }
      } else {
        // a layout table: its cells (and whatever stray content the page put in it) are ordinary blocks
        n.children.forEach(walk);
        flush();
      }
      return;
    }
    const h = /^h([1-6])$/.exec(tag);
    if (h) {
      flush();
      heading = Number(h[1]);
      n.children.forEach(walk);
      flush();
      heading = undefined;
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      const start = Number.parseInt(n.attrs.start ?? '1', 10);
      lists.push({ ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1 });
      n.children.forEach(walk);
      flush();
      lists.pop();
      return;
    }
    if (tag === 'li') {
      flush();
      const l = lists[lists.length - 1];
      const saved = list;
      list = { level: Math.max(0, lists.length - 1), ordered: !!l?.ordered };
      if (l) {
        const v = Number.parseInt(n.attrs.value ?? '', 10);
        if (l.ordered && Number.isFinite(v)) l.next = v;
        buf += l.ordered ? `${l.next++}. ` : '• ';
      }
      n.children.forEach(walk);
      flush();
      list = saved;
      return;
    }
    if (tag === 'pre') {
      flush();
      for (const piece of textOf(n).replace(/^\n/, '').split(/\n|\u2028/)) {
        const t = cleanLine(decodeEntities(piece));
        if (t) lines.push({ text: t, line: lines.length + 1 });
      }
      return;
    }
    const block = BLOCK.has(tag) || tag === 'td' || tag === 'th';
    if (block) flush();
    n.children.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return { lines, encoding };
}
