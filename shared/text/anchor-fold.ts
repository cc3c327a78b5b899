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
 * | a dash or tilde - ‐ ‑ ‒ – — ― − ~ 〜 ～ ﹣ － between two numbers (a digit on each side, spaces aside, a 年 after the first: 2020 - 2022, 2020年～2022年) | - | a year range printed with the 一字线 |
 *
 * A dash or tilde anywhere else is not folded (but for its width: － is -, ～ is ~): the printing leaves it as
 * written, so a minus sign edited to a tilde (-5% → ～5%) is an edit the match sees. Whether a dash stands between two
 * numbers is read in the text around it: a quote is folded with the context it was marked in (`before`, `after`), so
 * a quote beginning or ending at a year range's dash (—2022年) folds as that range does.
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

/** A digit, half- or full-width. */
const DIGIT = /[0-9０-９]/;

/** Whether the dash at `i` of `s` stands between two numbers: a digit before it (spaces and one 年 aside) and after it (spaces aside). */
function betweenNumbers(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && SPACE.test(s[j])) j--;
  if (s[j] === '年') {
    j--;
    while (j >= 0 && SPACE.test(s[j])) j--;
  }
  if (j < 0 || !DIGIT.test(s[j])) return false;
  let k = i + 1;
  while (k < s.length && SPACE.test(s[k])) k++;
  return k < s.length && DIGIT.test(s[k]);
}

/** One character (code unit) of `s` folded, or '' when it is dropped. */
function foldAt(s: string, i: number): string {
  const c = s[i];
  if (SPACE.test(c)) return '';
  if (DASH.has(c) && betweenNumbers(s, i)) return '-';
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (c === '。' || c === '｡') return '.';
  return c;
}

/**
 * The text folded, with where each folded unit came from (see the header). `before` and `after` are the text around
 * it (a quote's surroundings where it was marked): only read to tell whether a dash at its edge stands between two
 * numbers, never folded into the result.
 */
export function foldForAnchor(s: string, before = '', after = ''): AnchorFold {
  const all = before || after ? before + s + after : s;
  const lead = before.length;
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldAt(all, lead + i);
    if (!f) continue;
    text += f;
    start.push(i);
    end.push(i + 1);
  }
  return { text, start, end };
}

/** Only the folded text (for comparing two strings under the fold), `before` and `after` as for foldForAnchor. */
export const anchorKey = (s: string, before = '', after = ''): string => foldForAnchor(s, before, after).text;
