/**
 * What the review did between a version of a plan and a later point (the plan now, in the compare view of a draft
 * against one of its versions): annotations added, closed (resolved, accepted, rejected), still open, replies
 * written — by node, so each row of the compare shows its own. A version snapshot holds the plan, not its
 * annotations; the annotations carry their own times (createdAt, closedAt, each reply's createdAt), which is what
 * this reads. What it cannot tell: an annotation closed and reopened since the version counts as open (the times of
 * the earlier close are not kept). Environment-free.
 */
import type { Annotation, AnnotationView } from './model';

export type ActivityKind = 'added' | 'closed' | 'open';

export interface ActivityEntry {
  id: string;
  /** Where it is now (its resolved anchor's node; '' when orphaned with no node). */
  nodeId: string;
  kind: Annotation['kind'];
  status: Annotation['status'];
  /** added: made since the version; closed: resolved / accepted / rejected since (made before or after); open: open now, made before the version. */
  activity: ActivityKind;
  author: string;
  body: string;
  quote: string;
  /** When it was made, or closed for `closed`. */
  at: string;
  /** Replies written since the version. */
  replies: number;
}

export interface ReviewActivity {
  since: string;
  entries: ActivityEntry[];
  counts: { added: number; closed: number; open: number; replies: number };
  /** Per node id: the entries on it. */
  byNode: Map<string, ActivityEntry[]>;
}

/** The review's doings after `since` (an ISO time: the version's createdAt), as of now. */
export function reviewActivity(list: readonly AnnotationView[], since: string): ReviewActivity {
  // by time, not by text: '…:40Z' and '…:40.500Z' are both ISO times
  const from = Date.parse(since);
  const after = (t: string | null | undefined) => !!t && Date.parse(t) > from;
  const entries: ActivityEntry[] = [];
  for (const a of list) {
    const replies = a.replies.filter((r) => after(r.createdAt)).length;
    const added = after(a.createdAt);
    const closed = a.status !== 'open' && after(a.closedAt);
    const activity: ActivityKind | null = closed ? 'closed' : added ? 'added' : a.status === 'open' ? 'open' : null;
    if (!activity) continue;
    entries.push({
      id: a.id, nodeId: a.resolved.state === 'orphaned' ? a.anchor.nodeId : a.resolved.nodeId, kind: a.kind, status: a.status, activity,
      author: a.author.name, body: a.body, quote: a.anchor.quote, at: closed ? a.closedAt! : a.createdAt, replies,
    });
  }
  const counts = {
    added: list.filter((a) => after(a.createdAt)).length,
    closed: entries.filter((e) => e.activity === 'closed').length,
    open: list.filter((a) => a.status === 'open').length,
    replies: entries.reduce((n, e) => n + e.replies, 0),
  };
  const byNode = new Map<string, ActivityEntry[]>();
  for (const e of entries) byNode.set(e.nodeId, [...(byNode.get(e.nodeId) ?? []), e]);
  return { since, entries, counts, byNode };
}
