/** Small text helpers shared by the format front ends (Markdown, HTML, PDF, .doc). Environment-free. */

/**
 * CJK characters and CJK/full-width punctuation: Han (with extensions A and compatibility), kana, Hangul,
 * CJK symbols and punctuation (、。〈〉【】〔〕…), full-width forms (，：；（）％ …), and the general punctuation
 * planners type between Chinese text (— … ‘’ “” •).
 */
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u31A0-\u31BF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2010-\u2027\u2030-\u205E\u25A0-\u25FF\u2460-\u24FF]/;

export const isCjk = (ch: string | undefined): boolean => !!ch && CJK.test(ch);

/**
 * The box of a task list after a bullet, ticked or not — Markdown's "- [ ] " / "- [x] " (a wiki's or a chat tool's plan),
 * the ☐ / ☒ / ☑ a Word file made from it prints —: syntax of the list, no text of the point (grammar.ts's bullet rule
 * reads it after the bullet; the Markdown and Word readers drop it from a list item's text, LEADING_TASK_BOX).
 */
export const TASK_BOX = '(?:\\[[ xX✓√]\\]\\s*|[☐☑☒]\\s*)?';
/** A task list's box opening a list item's text. */
export const LEADING_TASK_BOX = new RegExp(`^\\s*${TASK_BOX}`);

/**
 * Join two pieces of one paragraph that the source broke (a soft line break, a PDF line wrap): no space when
 * either side of the break is CJK (Chinese is written without spaces, and "比重达到" + "12%" is one phrase), one
 * space between two Latin words. Whitespace at the break is dropped first.
 */
export function joinWrapped(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (!left) return right;
  if (!right) return left;
  const l = left[left.length - 1];
  const r = right[0];
  return isCjk(l) || isCjk(r) ? left + right : `${left} ${right}`;
}

