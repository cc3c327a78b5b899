/**
 * File names for exports: the plan title and a date, safe on Windows, macOS and Linux.
 *   exportFileName(meta, 'docx') → "杨浦区“智慧城市”建设三年行动计划（2015—2017）_2016-07-18.docx"
 * The date is the plan's issue date (yyyy-mm-dd, or yyyy-mm where the plan gives only its year and month), else the
 * `today` given (yyyy-mm-dd), else none. The plan's own exports (Word, Markdown, PDF — the app's and the command
 * line's) give none: a file named with a date the plan does not hold reads as its 成文日期 (h-ui44: the app gave
 * today's). A file about the plan made on a day (a comparison, a review package) gives that day, after a word that says
 * what the file is, never the plan's 成文日期: a reviewer keeps one package per round and tells them apart by the day sent
 * (h-ui46: a package took the plan's issue date where it had one, the day it was made where not). Environment-free.
 */
import type { PlanMeta } from '../model/plan';
import { cnText } from './text';

/** Longest base name (characters) before the date and extension; well under the 255-byte limits for CJK names. */
export const MAX_BASE = 60;

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Local date yyyy-mm-dd (the day a file about a plan is made; the 印发日期 the export dialog proposes). */
export function localDay(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A review package's name: the title, 审阅包 and the day it was made — the same for every plan, dated or not:
 *   reviewPackageFileName({ title: '临江市东湖区数字政府建设方案' }, '2026-12-08') → "临江市东湖区数字政府建设方案_审阅包_2026-12-08.planreview"
 */
export function reviewPackageFileName(meta: Pick<PlanMeta, 'title'>, day: string): string {
  return exportFileName({ title: meta.title, issuedOn: null }, 'planreview', day).replace(/(_\d{4}-\d{2}-\d{2})?\.planreview$/, '_审阅包$1.planreview');
}

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
