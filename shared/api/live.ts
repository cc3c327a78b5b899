/**
 * Live review on the office server: server-sent events of one plan (GET /api/events?planId=…, text/event-stream).
 *
 * The server (electron/server/events.ts) sends an event named `change` after a call that changed the plan succeeded;
 * its data is one PlanEvent as JSON. Lines starting with ':' are heartbeats. An event named `end` (data: { reason })
 * says the server ended the stream (the session ended, the plan can no longer be read, the server stops): the page
 * must not reconnect. The page (renderer/src/review/live.ts) lists the annotations / rounds again on a change, and
 * falls back to polling when the stream cannot be had.
 */

export const LIVE_EVENTS_PATH = '/api/events';

/**
 * The account's library stream (GET /api/events?library=1, for the open library list): after plan.share it carries
 * a `change` with changes ['rights'] and the plan's id to the account the share was given to, changed for or taken
 * from (when it could read the plan before or can after: a share of 'none' to a stranger tells it nothing), and to
 * those who may share the plan (their count of shares changed); the page lists its library again.
 */
export const LIBRARY_EVENTS_QUERY = 'library=1';

/**
 * What changed: the annotations (comments, suggestions, replies), the review rounds, the status, the text; 'rights':
 * the plan's shares changed (plan.share), so what each listener may do with it may have — the page asks plan.get again.
 */
export type PlanChange = 'annotations' | 'rounds' | 'status' | 'revision' | 'rights';

export interface PlanEvent {
  planId: string;
  /** The API method whose success is announced (review.add, plan.save …). */
  method: string;
  changes: PlanChange[];
  /** The plan's revision after the call, when the call answered it (plan.save, review.accept, history.restore*). */
  revision?: number;
  /** The plan's status after the call. */
  status?: string;
  /** Who made the call (office server): the account's id and display name — the editor names the colleague. */
  by?: { userId: number; name: string };
}

/** Why the server ended a stream (the `end` event). */
export type LiveEndReason = 'session' | 'access' | 'deleted' | 'shutdown';
// shutdown: the server stops, or its library was restored from a backup — the page reconnects later
