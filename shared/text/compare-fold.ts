/**
 * The fold the compare reads short strings by (shared/compare/normalize.ts foldKey): width (NFKC: full-width letters,
 * digits and punctuation → half-width), lower case, one kind of quote and dash, 、 and ， as a comma, runs of white
 * space as one space. Here so that what is not the compare (the annex's 主要指标表) can tell two names the compare
 * takes for one. Environment-free.
 */
import { toSimplified } from './fold';

export function compareFold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟«»「」『』]/g, '"')
    .replace(/[‘’‛]/g, "'")
    .replace(/[—–－~～]/g, '-')
    .replace(/[、，]/g, ',')
    .replace(/\s+/g, ' ');
}

/**
 * An indicator's name as the compare matches names (shared/compare/prepare.ts nameKey, without its district masks:
 * within one plan a district named in an indicator is part of its name): Simplified script, folded, no spaces.
 */
export function indicatorNameKey(name: string): string {
  return compareFold(toSimplified(name)).replace(/\s+/g, '');
}
