/**
 * The view in which a reviewer's quoted text is found again after the plan went through another format (the Markdown
 * export and its import: shared/importer/annotations.ts). The export prints a plan's text as a 公文 does
 * (shared/export/text.ts cnText: `,` → `，`, `2020 - 2022` → `2020—2022`, `2019~2021` → `2019—2021`; paragraphs
 * trimmed, empty lines dropped) while an annotation's 原文/前文/后文 are the text as the reviewer marked it. Both are
 * looked at through this one fold, so every difference the printing makes is one the match does not see:
 *
 * | what                                               | folded to                | why                                          |
 * |----------------------------------------------------|--------------------------|----------------------------------------------|
 * | white space (spaces, U+3000, tabs, line breaks)    | nothing                  | dropped around a dash, trimmed off a line, an empty line left out, a line break inside a quote |
 * | full-width forms U+FF01–FF5E (，：；（）！？５Ｇ)    | ASCII                    | half-width marks printed full-width          |
 * | 。 ｡                                                | .                        | the same for the full stop                   |
 * | dashes and tildes - ‐ ‑ ‒ – — ― − ~ 〜 ～ ﹣ －       | -                        | a year range printed with the 一字线          |
 *
 * Not length-preserving (spaces go): each folded code unit records the range of the text it came from, so a match in
 * the folded view is a range of the text (`start[i]` … `end[j - 1]`). Nothing else is folded: a quote whose words
 * differ is not found (Traditional and Simplified script are words here; the printing never changes them).
 * Environment-free.
 */

/** White space the fold drops (what \s matches, U+3000 and U+FEFF among it). */
const SPACE = /\s/;
const DASH = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', '~', '〜', '～', '﹣', '－']);

export interface AnchorFold {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`, where the character it came from starts in the original, and where it ends. */
  start: number[];
  end: number[];
}

/** One character (code unit) folded, or '' when it is dropped. */
function foldChar(c: string): string {
  if (SPACE.test(c)) return '';
  if (DASH.has(c)) return '-';
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (c === '。' || c === '｡') return '.';
  return c;
}

/** The text folded, with where each folded unit came from (see the header). */
export function foldForAnchor(s: string): AnchorFold {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldChar(s[i]);
    if (!f) continue;
    text += f;
    start.push(i);
    end.push(i + 1);
  }
  return { text, start, end };
}

/** Only the folded text (for comparing two strings under the fold). */
export const anchorKey = (s: string): string => foldForAnchor(s).text;
