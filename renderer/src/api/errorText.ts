/**
 * An error code the API answered (shared/errors.ts ErrorCode; also the result of an audit entry) as a short reason in
 * the page's language: messages `errors.codes.<code>` (i18n/codes.zh-CN.ts, the renderer's one table of them); a
 * code this version does not know is named as it is.
 */
import { refusalReason } from '../../../shared/api/batch-import';

type T = (key: string, values?: Record<string, unknown>) => string;
type Te = (key: string) => boolean;

export function errorCodeText(t: T, te: Te, code: string): string {
  const key = `errors.codes.${code}`;
  return te(key) ? t(key) : t('errors.unknownCode', { code });
}

/**
 * Why a file was refused, for the import dialog and the batch panel. In Chinese: the core's own sentence without its
 * 「无法导入 <file>:」 (the heading or the badge says it), specific to the file (sizes, what a renamed file holds). In
 * another language the core's sentence stayed Chinese (walk 13): the reason is the code's words from the same table
 * as every other error (errors.codes) and what to do (errors.importAdvice); the core's sentence goes in `original`,
 * for a tooltip. `en`: the error's details.en, the core's English sentence when it wrote one.
 */
export function importRefusal(t: T, te: Te, locale: string, code: string, message: string, fileName: string, en?: unknown): { text: string; original: string | null } {
  const own = refusalReason(message, fileName);
  const advice = te(`errors.importAdvice.${code}`) ? t(`errors.importAdvice.${code}`) : '';
  if (locale.startsWith('zh')) return { text: own || [errorCodeText(t, te, code), advice].filter(Boolean).join(t('errors.adviceSep')), original: null };
  // the core's own English sentence (details.en) where it wrote one (a busy or closed library, an internal error)
  if (typeof en === 'string' && en) return { text: en, original: own || null };
  const reason = errorCodeText(t, te, code);
  const sentence = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
  return { text: advice ? `${sentence} ${advice}` : sentence, original: own && own !== sentence ? own : null };
}
