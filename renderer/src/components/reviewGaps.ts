/**
 * The question export and 提交审阅 ask before a draft leaves the planner while nodes are still 未复核 or references
 * kept from the template are unchecked (counts from shared/lint.ts reviewGaps). null when there is nothing to ask.
 * `scope`: the i18n section with unreviewedAsk / refsAsk / refsPart ('export' or 'rounds').
 */
export interface ReviewGaps { unreviewed: number; references: number }

export function gapsQuestion(t: (key: string, args?: Record<string, unknown>) => string, scope: 'export' | 'rounds', g: ReviewGaps): string | null {
  if (g.unreviewed > 0) {
    const refs = g.references > 0 ? t(`${scope}.refsPart`, { n: g.references }) : '';
    return t(`${scope}.unreviewedAsk`, { n: g.unreviewed, refs });
  }
  if (g.references > 0) return t(`${scope}.refsAsk`, { n: g.references });
  return null;
}
