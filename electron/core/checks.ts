/** Checks on plans that the zod schemas cannot express. Plain Node. */
import { AppError } from '../../shared/errors.js';
import type { PlanDoc, PlanNode } from '../../shared/model/plan.js';

/** Checks the schema cannot express: node ids unique within the plan. */
export function checkDoc(doc: PlanDoc): void {
  const seen = new Set<string>();
  const dup = new Set<string>();
  const stack: PlanNode[] = [...doc.nodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n.id)) dup.add(n.id);
    seen.add(n.id);
    for (const c of n.children) stack.push(c); // not push(...children): a node may have 200,000 children
  }
  if (dup.size) {
    const ids = [...dup].slice(0, 20);
    throw new AppError('invalid-input', `规划中有重复的节点编号:${ids.join('、')}`, {
      duplicateIds: ids,
      issues: [],
      en: `Node ids must be unique within a plan; duplicated: ${ids.join(', ')}`,
    });
  }
}

