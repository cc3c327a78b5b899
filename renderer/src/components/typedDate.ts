/**
 * A date as a planner types it (成文日期 in 计划信息 and in the import dialog), read into the model's form: yyyy-mm-dd,
 * or yyyy-mm when only a month is written (what the importer stores for 2005年11月; the export dialog warns that the
 * cover then has no date). The browser's own date input showed its language (mm/dd/yyyy in an English Chromium) and
 * could not hold a month-only date (walk 13): this is a text box that reads
 *   2025-06-30 · 2025/6/30 · 2025.6.30 · 20250630 · 2025年6月30日 · 二〇二五年六月三十日 · 2025年6月底 (the month's last
 *   day) · 2025年底 / 2025年末 (31 December) · 2025年6月 · 2025-06 (a month),
 * full-width digits and spaces allowed, and refuses anything else with a reason (an i18n key and its values).
 */
import { foldForMatch } from '../../../shared/text/fold';
import { cnToNumber, cnYear } from '../../../shared/text/numerals';

export type TypedDate =
  | { ok: true; iso: string | null; partial: boolean }
  | { ok: false; error: { key: 'date.unreadable' | 'date.badMonth' | 'date.badDay' | 'date.badYear'; values: Record<string, string | number> } };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** A number written in Arabic digits or small Chinese numerals (六, 十二, 三十一). */
function num(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return cnToNumber(s) ?? null;
}

const CN = '[〇○零O一二三四五六七八九十]';
/** Forms, on the folded text without spaces: y, m, d (or 'end' for 底/末). */
const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray) => { y: number | null; m: number | null; d: number | 'end' | null } }> = [
  { re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, read: (m) => ({ y: +m[1], m: +m[2], d: +m[3] }) },
  { re: /^(\d{4})(\d{2})(\d{2})$/, read: (m) => ({ y: +m[1], m: +m[2], d: +m[3] }) },
  { re: /^(\d{4})[-/.](\d{1,2})$/, read: (m) => ({ y: +m[1], m: +m[2], d: null }) },
  {
    re: new RegExp(`^(\\d{4}|${CN}{4})年(\\d{1,2}|${CN}{1,3})月(?:(\\d{1,2}|${CN}{1,3})[日号]?|(底|末))?$`),
    read: (m) => ({ y: /\d/.test(m[1]) ? +m[1] : cnYear(m[1]), m: num(m[2]), d: m[4] ? 'end' : m[3] ? num(m[3]) : null }),
  },
  { re: new RegExp(`^(\\d{4}|${CN}{4})年(?:底|末)$`), read: (m) => ({ y: /\d/.test(m[1]) ? +m[1] : cnYear(m[1]), m: 12, d: 31 }) },
];

/** Reads a typed date; an empty text clears the date (iso null). */
export function readTypedDate(text: string): TypedDate {
  const typed = text.trim();
  if (!typed) return { ok: true, iso: null, partial: false };
  const s = foldForMatch(typed).replace(/\s+/g, '');
  for (const form of FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const { y, m: month, d } = form.read(m);
    if (y === null || !(y >= MIN_YEAR && y <= MAX_YEAR)) return { ok: false, error: { key: 'date.badYear', values: { text: typed, min: MIN_YEAR, max: MAX_YEAR } } };
    if (month === null || month < 1 || month > 12) return { ok: false, error: { key: 'date.badMonth', values: { text: typed } } };
    if (d === null) return { ok: true, iso: `${y}-${pad(month)}`, partial: true };
    const day = d === 'end' ? daysIn(y, month) : d;
    if (day < 1 || day > daysIn(y, month)) return { ok: false, error: { key: 'date.badDay', values: { text: typed, y, m: month, d: day } } };
    return { ok: true, iso: `${y}-${pad(month)}-${pad(day)}`, partial: false };
  }
  return { ok: false, error: { key: 'date.unreadable', values: { text: typed } } };
}

/** The model's date as the field shows it: 2025年6月30日 / 2025年6月 in Chinese, 2025-06-30 otherwise; other text as it is. */
export function showDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  if (!locale.startsWith('zh')) return iso;
  return m[3] ? `${+m[1]}年${+m[2]}月${+m[3]}日` : `${+m[1]}年${+m[2]}月`;
}

/** A full date moved by `days` (the field's ↑ / ↓), or null when it is not a full date. */
export function addDays(iso: string | null, days: number): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
