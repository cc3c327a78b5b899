/**
 * Two values of a plan's field alike: identical, or lists and records equal as JSON (indicators, milestones, the
 * period, department lists). The editor's "a patch that changes nothing" and the history's "which fields changed".
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
