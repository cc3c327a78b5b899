/**
 * An error code the API answered (shared/errors.ts ErrorCode; also the result of an audit entry) as a short reason in
 * the page's language: messages `errors.codes.<code>` (i18n/codes.zh-CN.ts, the renderer's one table of them); a
 * code this version does not know is named as it is.
 */
type T = (key: string, values?: Record<string, unknown>) => string;
type Te = (key: string) => boolean;

export function errorCodeText(t: T, te: Te, code: string): string {
  const key = `errors.codes.${code}`;
  return te(key) ? t(key) : t('errors.unknownCode', { code });
}
