/** Checks on plans that the zod schemas cannot express. Plain Node. */
import { AppError, LIMITS } from '../../shared/errors.js';
import type { PlanDoc, PlanNode } from '../../shared/model/plan.js';

/** Checks the schema cannot express: node ids unique within the plan, at most LIMITS.maxNodes nodes. */
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
  if (seen.size > LIMITS.maxNodes) throw tooManyNodes(seen.size);
  if (dup.size) {
    const ids = [...dup].slice(0, 20);
    throw new AppError('invalid-input', `规划中有重复的节点编号:${ids.join('、')}`, {
      duplicateIds: ids,
      issues: [],
      en: `Node ids must be unique within a plan; duplicated: ${ids.join(', ')}`,
    });
  }
}


export function tooManyNodes(n: number): AppError {
  return new AppError('too-many-nodes', `规划的标题和段落过多(${n} 个,上限 ${LIMITS.maxNodes} 个),请拆分为几个规划。`, {
    nodes: n,
    limit: LIMITS.maxNodes,
    en: `The plan has ${n} nodes; at most ${LIMITS.maxNodes} are accepted. Split it into several plans.`,
  });
}
