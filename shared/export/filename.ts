/**
 * File names for exports: the plan title and a date, safe on Windows, macOS and Linux.
 *   exportFileName(meta, 'docx') → "杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07-18.docx"
 * The date is the plan's issue date (yyyy-mm-dd, or yyyy-mm where the plan gives only its year and month), else the
 * `today` given (yyyy-mm-dd), else none. The plan's own exports (Word, Markdown, PDF — the app's and the command
 * line's) give none: a file named with a date the plan does not hold reads as its 成文日期 (h-ui44: the app gave
 * today's). A file about the plan made on a day (a comparison, a review package) gives that day. Environment-free.
 */
import type { PlanMeta } from '../model/plan';
import { cnText } from './text';

/** Longest base name (characters) before the date and extension; well under the 255-byte limits for CJK names. */
export const MAX_BASE = 60;

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFileName(meta: Pick<PlanMeta, 'title' | 'issuedOn'>, ext: string, today?: string): string {
  let base = cnText(meta.title ?? '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s_]+|[.\s_]+$/g, '');
  if (!base || RESERVED.test(base)) base = `规划${base ? `_${base}` : ''}`;
  const chars = [...base];
  if (chars.length > MAX_BASE) base = chars.slice(0, MAX_BASE).join('');
  const date = /^\d{4}-\d{2}(?:-\d{2})?/.exec(meta.issuedOn ?? '')?.[0] ?? /^\d{4}-\d{2}-\d{2}/.exec(today ?? '')?.[0];
  return `${base}${date ? `_${date}` : ''}.${ext.replace(/^\./, '')}`;
}
