/**
 * What a check on a plan reports (./lint.ts): rules, severities and the Finding shape, shared by the linter and the
 * fixes (./lint-fixes.ts). Pure and environment-free.
 */
export type Severity = 'error' | 'warning' | 'info';

export type LintRule =
  | 'empty-heading'
  | 'plan-no-title'
  | 'doc-number-format'
  | 'task-no-lead'
  | 'indicator-no-value'
  | 'indicator-year'
  | 'milestone-year'
  | 'milestone-duplicate'
  | 'numbering-gap'
  | 'number-format'
  | 'unmatched-bracket'
  | 'halfwidth-punct'
  | 'template-reference'
  // planners' hints (issue 17)
  | 'item-no-lead'
  | 'target-year'
  // fields and the text that states them (round trips)
  | 'field-line-stale'
  | 'indicator-text';

export interface Finding {
  /** Stable for the same problem at the same place: rule|node|field|offset. */
  id: string;
  rule: LintRule;
  severity: Severity;
  /** null for plan-level findings (meta.*). */
  nodeId: string | null;
  /** 'heading', 'body', 'number', 'lead', 'indicators[0]', 'milestones[3]', 'meta.title', 'meta.docNumber', … */
  field: string;
  /** Chinese. */
  message: string;
  messageEn: string;
  range?: { start: number; end: number };
  /**
   * Replace `range` of `field` by `replacement` (range required). `labelEn` for the English interface. On a list
   * field (`milestones[3]`) the range is the entry's place in the list ({start: 3, end: 4}) and the fix removes it.
   */
  fix?: { label: string; labelEn?: string; replacement: string };
  /** A grouped finding (groupFindings): the single findings it stands for; its fix applies all of theirs. */
  members?: Finding[];
}

const RULE_SEVERITY: Record<LintRule, Severity> = {
  'empty-heading': 'error',
  'plan-no-title': 'warning',
  'doc-number-format': 'error',
  'task-no-lead': 'warning',
  'indicator-no-value': 'warning',
  'indicator-year': 'warning',
  'milestone-year': 'warning',
  'milestone-duplicate': 'warning',
  'numbering-gap': 'warning',
  'number-format': 'info',
  'unmatched-bracket': 'warning',
  'halfwidth-punct': 'info',
  'template-reference': 'warning',
  'item-no-lead': 'warning',
  'target-year': 'warning',
  'field-line-stale': 'warning',
  'indicator-text': 'warning',
};

export function finding(rule: LintRule, nodeId: string | null, field: string, message: string, messageEn: string, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${rule}|${nodeId ?? 'doc'}|${field}|${extra.range ? extra.range.start : ''}`,
    rule,
    severity: RULE_SEVERITY[rule],
    nodeId,
    field,
    message,
    messageEn,
    ...extra,
  };
}
