/**
 * Invisible characters in text that reaches the library or a message. Environment-free.
 *
 * - Bidirectional controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates, U+200E/200F/061C marks)
 *   reorder what is displayed: "\u202E委科区" displays like 区科委 but is another value, so a department list,
 *   a search filter or a comparison would treat the two as different departments that look the same.
 * - Zero-width characters (U+200B space, U+200C/200D joiners, U+2060 word joiner, U+2061–2064 invisible operators,
 *   U+FEFF inside text, U+180E, U+00AD soft hyphen) are invisible and split words for search and comparison;
 *   turned into spaces they put gaps inside words (推进 智慧城市).
 *
 * Plans are Chinese administrative text, where none of these carries meaning: they are removed (not replaced),
 * in imported lines (shared/importer/index.ts) and in every string an API call receives (electron/core/dispatch.ts).
 * In messages (file names in error lines) control characters are instead made visible as escapes.
 */

const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const ZERO_WIDTH = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff';
const INVISIBLE_ANY = new RegExp(`[${BIDI}${ZERO_WIDTH}]`);
const INVISIBLE_ALL = new RegExp(`[${BIDI}${ZERO_WIDTH}]`, 'g');
const BIDI_ONE = new RegExp(`^[${BIDI}]$`);

export interface InvisibleCount {
  bidi: number;
  zeroWidth: number;
}

export function hasInvisible(s: string): boolean {
  return INVISIBLE_ANY.test(s);
}

/** `s` without bidi controls and zero-width characters (the same string when it has none). */
export function stripInvisible(s: string): string {
  return INVISIBLE_ANY.test(s) ? s.replace(INVISIBLE_ALL, '') : s;
}

/** How many of each kind `s` holds. */
export function countInvisible(s: string): InvisibleCount {
  const out: InvisibleCount = { bidi: 0, zeroWidth: 0 };
  if (!INVISIBLE_ANY.test(s)) return out;
  for (const m of s.matchAll(INVISIBLE_ALL)) {
    if (BIDI_ONE.test(m[0])) out.bidi++;
    else out.zeroWidth++;
  }
  return out;
}

/**
 * Source lines without invisible characters, and what was removed (for the import report). The line objects are
 * copied only when they change.
 */
export function stripInvisibleLines<T extends { text: string; line: number }>(lines: readonly T[]): { lines: T[]; removed: InvisibleCount & { lines: number[] } } {
  const removed = { bidi: 0, zeroWidth: 0, lines: [] as number[] };
  // (a loop, not map(): the array map() returns is of another hidden class in optimised code than in the
  // interpreter, and the importer's functions that read the lines threw their optimised code away when it changed)
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!INVISIBLE_ANY.test(l.text)) { out.push(l); continue; }
    const c = countInvisible(l.text);
    removed.bidi += c.bidi;
    removed.zeroWidth += c.zeroWidth;
    removed.lines.push(l.line);
    out.push({ ...l, text: l.text.replace(INVISIBLE_ALL, '') });
  }
  return { lines: out, removed };
}

/** The import report's line about what was removed, or null when nothing was. */
export function invisibleWarning(removed: InvisibleCount & { lines: number[] }): { code: string; message: string; line: number | null } | null {
  const total = removed.bidi + removed.zeroWidth;
  if (!total) return null;
  const parts: string[] = [];
  if (removed.bidi) parts.push(`双向文字控制符 ${removed.bidi} 个`);
  if (removed.zeroWidth) parts.push(`零宽字符 ${removed.zeroWidth} 个`);
  const shown = removed.lines.slice(0, 10).join('、') + (removed.lines.length > 10 ? ` 等 ${removed.lines.length} 行` : '');
  return { code: 'invisible-chars', message: `删除了 ${total} 个不可见字符(${parts.join('、')}),在第 ${shown} 行`, line: removed.lines[0] ?? null };
}

/**
 * A copy of a JSON value with `stripInvisible` applied to every string (object keys included), skipping the
 * values of `skipKeys` (e.g. base64 payloads). Recursive: the core checks the nesting depth of an input first
 * (MAX_INPUT_DEPTH). Unchanged parts are returned as they are (no copy).
 */
export function stripInvisibleDeep<T>(value: T, skipKeys: ReadonlySet<string> = new Set()): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return stripInvisible(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const n = visit(v[i]);
        if (n !== v[i]) (copy ??= v.slice())[i] = n;
      }
      return copy ?? v;
    }
    let copy: Record<string, unknown> | null = null;
    for (const [k, x] of Object.entries(v)) {
      const n = skipKeys.has(k) ? x : visit(x);
      const key = stripInvisible(k);
      if (n !== x || key !== k) {
        copy ??= { ...(v as Record<string, unknown>) };
        if (key !== k) delete copy[k];
        copy[key] = n;
      }
    }
    return copy ?? v;
  };
  return visit(value) as T;
}

/**
 * `s` safe to print in a one-line message (terminal, log, dialog): C0 and C1 control characters (ESC, CR, LF,
 * TAB …), DEL, bidi controls and zero-width characters become visible escapes (\x1B, \u202E), so a file name
 * cannot move the cursor, colour the terminal, rewrite the line or reorder the text around it.
 */
export function visibleControls(s: string): string {
  return s.replace(new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI}${ZERO_WIDTH}\\u2028\\u2029]`, 'g'), (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
