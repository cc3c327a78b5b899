/** history.*: a plan's or a node's changes, and restoring a node or the whole plan (../review.ts keeps the history). */
import type { Handlers } from '../../../shared/api/contract.js';
import type { HandlerContext } from './context.js';

export function historyHandlers({ review }: HandlerContext): Pick<Handlers, 'history.list' | 'history.restoreNode' | 'history.restorePlan'> {
  return {
    'history.list': async ({ planId, nodeId, limit }) => review.history(planId, nodeId, limit),
    'history.restoreNode': async ({ planId, nodeId, source, baseRevision }) => review.restoreNode(planId, nodeId, source, baseRevision),
    'history.restorePlan': async ({ planId, versionId, baseRevision }) => review.restorePlan(planId, versionId, baseRevision),
  };
}
