/**
 * Copies of a paragraph with some fields changed (a paragraph split in two, a line run on into the one before, a row
 * re-read from its text), all of one hidden class. Environment-free.
 *
 * Why not `{ ...p, text }`: V8 gives a spread copy another hidden class than the paragraphs toParagraphs (clean.ts)
 * makes, one per place it is written, and writing a field of a paragraph after it is made changes its class's fields
 * from constant to mutable. Either, the first time it happens in a process, throws away the optimised code of every
 * function that reads paragraphs that relied on one class (in the benchmark's procedure: ~35 functions at the second
 * seed's first run-on line, ~25 at the fifth seed's first split paragraph). A copy here is an object literal of every
 * field in toParagraphs' order — the same hidden class as toParagraphs' paragraphs —, and no paragraph is written into.
 */
import type { Para } from './clean';

/** `k` of the changes when they name it (an explicit undefined included), else of `p`. */
function pick<K extends keyof Para>(p: Para, c: Partial<Para>, k: K): Para[K] {
  return k in c ? (c[k] as Para[K]) : p[k];
}

/** `p` with the fields of `c` changed. (The type lists every field of Para: a field added there is a field to add here.) */
export function paraWith(p: Para, c: Partial<Para>): Para {
  const copy: { [K in keyof Required<Para>]: Para[K] } = {
    text: pick(p, c, 'text'), line: pick(p, c, 'line'), indent: pick(p, c, 'indent'), afterBlank: pick(p, c, 'afterBlank'),
    heading: pick(p, c, 'heading'), titleStyle: pick(p, c, 'titleStyle'), list: pick(p, c, 'list'), cells: pick(p, c, 'cells'),
    cellLines: pick(p, c, 'cellLines'), mergedFrom: pick(p, c, 'mergedFrom'), emptyBefore: pick(p, c, 'emptyBefore'),
    blankBefore: pick(p, c, 'blankBefore'), width: pick(p, c, 'width'), chars: pick(p, c, 'chars'), tabs: pick(p, c, 'tabs'),
    ownTabs: pick(p, c, 'ownTabs'), frame: pick(p, c, 'frame'),
  };
  return copy;
}
