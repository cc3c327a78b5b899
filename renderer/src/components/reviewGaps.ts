/**
 * The question export and 提交审阅 ask before a draft leaves the planner while nodes are still 未复核 or references
 * kept from the template are unchecked (counts from shared/lint.ts reviewGaps). null when there is nothing to ask.
 * `scope`: the i18n section with unreviewedAsk / refsAsk / refsPart ('export' or 'rounds').
 * `mayConfirm: false` (a clerk or reviewer on the office server: only planners confirm nodes, plan.save): the line
 * says who reviews them and that this account may export as it is (keys unreviewedTell / refsTell), instead of asking
 * the account to do what it cannot.
 */
export interface ReviewGaps { unreviewed: number; references: number }

export function gapsQuestion(t: (key: string, args?: Record<string, unknown>) => string, scope: 'export' | 'rounds', g: ReviewGaps, opts: { mayConfirm?: boolean } = {}): string | null {
  const tell = opts.mayConfirm === false && scope === 'export';
  if (g.unreviewed > 0) {
    const refs = g.references > 0 ? t(`${scope}.refsPart`, { n: g.references }) : '';
    return t(`${scope}.${tell ? 'unreviewedTell' : 'unreviewedAsk'}`, { n: g.unreviewed, refs });
  }
  if (g.references > 0) return t(`${scope}.${tell ? 'refsTell' : 'refsAsk'}`, { n: g.references });
  return null;
}
