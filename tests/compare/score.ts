/** Precision and recall of an alignment against the hand labels (tests/compare/labels.ts). Shared by the test and the benchmark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { alignPlans, type AlignOptions, type Alignment } from '../../shared/compare/align';
import { LABEL_SETS, type LabelSet } from './labels';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const CORPUS = fileURLToPath(new URL('../corpus/docs', import.meta.url));
const docs = new Map<string, PlanDoc>();

/** A seed ('003_….txt') or an importer-corpus document ('corpus/15-….txt'), imported once. */
export function seedDoc(file: string): PlanDoc {
  let d = docs.get(file);
  if (!d) {
    const path = file.startsWith('corpus/') ? join(CORPUS, file.slice('corpus/'.length)) : join(SEEDS, file);
    docs.set(file, (d = importText(readFileSync(path, 'utf8'), file)));
  }
  return d;
}

const norm = (s: string) => s.replace(/[:：\s]/g, '');

/**
 * "重点专项9 智慧养老服务" → the task's id; throws when the number is missing or the heading differs. Where a plan
 * numbers its tasks again under each section (1. 2. under (一), 1. 2. under (二)), number and heading together
 * must name exactly one task.
 */
export function resolveTask(doc: PlanDoc, label: string): string {
  const sp = label.indexOf(' ');
  const number = label.slice(0, sp);
  const heading = label.slice(sp + 1);
  let hits = [...walk(doc.nodes)].filter(({ node }) => node.kind === 'task' && norm(node.number) === norm(number));
  if (hits.length > 1) hits = hits.filter(({ node }) => norm(node.heading) === norm(heading));
  if (hits.length !== 1) throw new Error(`label ${label}: ${hits.length} tasks numbered ${number} in ${doc.meta.title}`);
  if (norm(hits[0].node.heading) !== norm(heading)) throw new Error(`label ${label}: the task is headed ${hits[0].node.heading}`);
  return hits[0].node.id;
}

export interface LabelScore {
  name: string;
  /** Predicted task pairs that touch a labelled task. */
  judged: number;
  correct: number;
  labels: number;
  found: number;
  precision: number;
  recall: number;
  wrong: string[];
  missed: string[];
}

export function scoreAlignment(set: LabelSet, alignment: Alignment, left: PlanDoc, right: PlanDoc): LabelScore {
  const pairs = set.pairs.map((p) => ({ l: new Set(p.left.map((x) => resolveTask(left, x))), r: new Set(p.right.map((x) => resolveTask(right, x))), p }));
  const unL = new Set(set.unmatchedLeft.map((x) => resolveTask(left, x)));
  const unR = new Set(set.unmatchedRight.map((x) => resolveTask(right, x)));
  const labelledL = new Set([...unL, ...pairs.flatMap((p) => [...p.l])]);
  const labelledR = new Set([...unR, ...pairs.flatMap((p) => [...p.r])]);
  const taskPairs = alignment.pairs.filter((p) => p.left.kind === 'task' && p.right.kind === 'task');
  let judged = 0;
  let correct = 0;
  const wrong: string[] = [];
  const foundLabels = new Set<number>();
  for (const tp of taskPairs) {
    const i = pairs.findIndex((p) => p.l.has(tp.left.id) && p.r.has(tp.right.id));
    if (i >= 0) {
      judged++;
      correct++;
      foundLabels.add(i);
    } else if (labelledL.has(tp.left.id) || labelledR.has(tp.right.id)) {
      judged++;
      wrong.push(`${tp.left.number} ${tp.left.heading} ↔ ${tp.right.number} ${tp.right.heading} (${tp.score})`);
    }
  }
  const missed = pairs.filter((_, i) => !foundLabels.has(i)).map(({ p }) => `${p.left.join(' | ')} ↔ ${p.right.join(' | ')}`);
  return {
    name: set.name,
    judged,
    correct,
    labels: pairs.length,
    found: foundLabels.size,
    precision: judged ? correct / judged : 1,
    recall: pairs.length ? foundLabels.size / pairs.length : 1,
    wrong,
    missed,
  };
}

export function scoreAll(opts: AlignOptions = {}, labelSets: readonly LabelSet[] = LABEL_SETS): { sets: LabelScore[]; precision: number; recall: number } {
  const sets = labelSets.map((set) => {
    const left = seedDoc(set.left);
    const right = seedDoc(set.right);
    return scoreAlignment(set, alignPlans(left, right, opts), left, right);
  });
  const judged = sets.reduce((n, s) => n + s.judged, 0);
  const correct = sets.reduce((n, s) => n + s.correct, 0);
  const labels = sets.reduce((n, s) => n + s.labels, 0);
  const found = sets.reduce((n, s) => n + s.found, 0);
  return { sets, precision: judged ? correct / judged : 1, recall: labels ? found / labels : 1 };
}
