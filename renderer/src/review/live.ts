/**
 * Live review in the open editor on the office server: a reviewer's comment, a planner's reply, a new round or a
 * save by someone else shows without a reload.
 *
 * The page listens to the plan's server-sent events (GET /api/events?planId=…, shared/api/live.ts) with an
 * EventSource; on a `change` it lists the annotations and rounds again and, when the plan's text or status changed
 * and nothing typed is waiting to be saved, loads the plan again (review/serverChange.ts refreshEditor). While the
 * stream is open nothing is polled. When the stream cannot be had — the server refused it (too many streams, the
 * session ended), the connection dropped, no EventSource — the page polls every `pollMs` (the old behaviour) and
 * tries the stream again after `retryMs`; when the stream opens again, one poll catches up what happened meanwhile.
 * The server's `end` event (logout, access taken back, plan deleted, server stopping) closes the stream for good
 * (polling then meets the server's answer: the plan's not-found; a session that ended asks the page to check its
 * session at once, which shows the login screen).
 *
 * Outside the office server (the desktop app, the single-user bridge) there is one user and nothing to listen to:
 * EditorView does not start this (as before, no polling there).
 *
 * The open library listens the same way to the account's library stream (planId null: GET /api/events?library=1):
 * a share given, changed or taken back lists the library again (LibraryView). It does not poll (pollMs 0): while
 * the stream is down the list is the last one loaded, the stream is tried again after `retryMs`, and once it is
 * back one catch-up `poll` lists the library again.
 */
import { LIBRARY_EVENTS_QUERY, LIVE_EVENTS_PATH, type LiveEndReason, type PlanEvent } from '../../../shared/api/live';
import { isOwnAccount } from '../api/session';
import { useEditorStore } from '../stores/editor';
import { useReview } from '../stores/review';
import { useRoundsStore } from '../stores/rounds';
import { refreshEditor } from './serverChange';

/** After a failed or refused stream, the next try (ms); polling runs meanwhile. */
export const LIVE_RETRY_MS = 60_000;
/** An event that changed the plan's text or status reloads it after this pause (the page's own change settles first). */
const RELOAD_PAUSE_MS = 250;

type EventSourceClass = new (url: string) => EventSource;

export interface LiveOptions {
  /** The plan listened to; null: the account's library stream. */
  planId: string | null;
  /** A change the server announced. */
  onChange(e: PlanEvent): void;
  /** One poll (the fallback): list the annotations again; also the catch-up once the stream is back. */
  poll(): void;
  /** Every how many ms to poll while the stream is down; 0: never (only the catch-up). */
  pollMs: number;
  retryMs?: number;
  /** The server ended the stream because the session ended (logout elsewhere, disabled, expired). */
  onSessionEnd?(): void;
  /** The server ended the plan's stream because the account may no longer read the plan (a share taken back …). */
  onAccessEnd?(): void;
  /** The EventSource class (tests); default the browser's, none → polling only. */
  EventSource?: EventSourceClass | null;
}

export interface LiveHandle {
  /** 'stream': events arrive; 'poll': polling (the stream is down or refused); 'off': stopped. */
  readonly mode: 'stream' | 'poll' | 'off';
  stop(): void;
}

export function startLive(o: LiveOptions): LiveHandle {
  const ES: EventSourceClass | null = o.EventSource !== undefined ? o.EventSource : typeof EventSource === 'function' ? EventSource : null;
  const retryMs = o.retryMs ?? LIVE_RETRY_MS;
  let mode: LiveHandle['mode'] = 'poll';
  let es: EventSource | null = null;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let everOpen = false;

  function polling(on: boolean) {
    if (on && o.pollMs > 0 && pollTimer === undefined) pollTimer = setInterval(() => o.poll(), o.pollMs);
    if (!on && pollTimer !== undefined) {
      clearInterval(pollTimer);
      pollTimer = undefined;
    }
  }

  function closeStream() {
    if (!es) return;
    es.onopen = null;
    es.onerror = null;
    es.close();
    es = null;
  }

  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, retryMs);
  }

  function open() {
    if (mode === 'off' || !ES) return;
    closeStream();
    const source = new ES(o.planId === null ? `${LIVE_EVENTS_PATH}?${LIBRARY_EVENTS_QUERY}` : `${LIVE_EVENTS_PATH}?planId=${encodeURIComponent(o.planId)}`);
    es = source;
    source.onopen = () => {
      mode = 'stream';
      polling(false);
      // back after a gap: what happened meanwhile was not announced to this page
      if (everOpen) o.poll();
      everOpen = true;
    };
    source.onerror = () => {
      if (mode === 'off') return;
      mode = 'poll';
      polling(true);
      // CLOSED: refused (401, 404, 429 …) or could not connect; the browser gives up, so do we until later.
      // CONNECTING: the browser reconnects by itself; polling covers the gap.
      if (source.readyState === 2) {
        closeStream();
        retryLater();
      }
    };
    source.addEventListener('change', (m) => {
      try {
        const e = JSON.parse((m as MessageEvent<string>).data) as PlanEvent;
        if (o.planId === null || e.planId === o.planId) o.onChange(e);
      } catch {
        // not an event of ours: ignored
      }
    });
    source.addEventListener('end', (m) => {
      let reason: LiveEndReason | null = null;
      try {
        reason = (JSON.parse((m as MessageEvent<string>).data) as { reason: LiveEndReason }).reason;
      } catch {
        // no reason given
      }
      closeStream();
      mode = 'poll';
      polling(true);
      // the server stopping (a restart): try again later; a session or access that ended stays ended
      if (reason === 'shutdown') retryLater();
      if (reason === 'session') o.onSessionEnd?.();
      if (reason === 'access') o.onAccessEnd?.();
    });
  }

  if (ES) open();
  else polling(true);

  return {
    get mode() {
      return mode;
    },
    stop() {
      mode = 'off';
      polling(false);
      clearTimeout(retryTimer);
      closeStream();
    },
  };
}

/**
 * The colleague to name for a change (the display name of PlanEvent.by), or null: nobody named, or this very account
 * (another window of one's own) — told by the account id, so a colleague with the same display name is still named
 * and one's own renamed account is not.
 */
export function changedByColleague(e: PlanEvent): string | null {
  const name = e.by?.name?.trim();
  return name && !isOwnAccount(e.by?.userId) ? name : null;
}

/**
 * What a change means for the open editor: annotations listed again, rounds loaded again, and the plan loaded again
 * when its text or status is not what the editor shows (and nothing typed waits to be saved: then the editor's
 * autosave meets the new revision and its conflict banner lets the planner choose). `onReloaded`: after the plan was
 * loaded again because of this event.
 */
export function applyPlanEvent(e: PlanEvent, onReloaded?: (e: PlanEvent) => void): void {
  const review = useReview();
  const rounds = useRoundsStore();
  const editor = useEditorStore();
  if (e.changes.includes('annotations') && review.planId === e.planId) void review.refresh();
  if (e.changes.includes('rounds') && rounds.planId === e.planId) void rounds.load(e.planId);
  if (e.changes.includes('revision') || e.changes.includes('status')) {
    setTimeout(() => {
      if (editor.planId !== e.planId || !editor.loaded || editor.loading) return;
      // submitted for review by a colleague while edits here wait to be saved (or meet a conflict): not loaded over
      // them, but into review mode at once, as the reload would put it — no more edits, the merge's save refused too
      // (h-ui44; the edits made before stay and are saved, or merged, as ever)
      if (editor.hasUnsaved) {
        if (e.status === 'review' && editor.meta?.status !== 'review') review.reviewMode = true;
        return;
      }
      const newer = e.revision !== undefined && e.revision > editor.revision;
      const status = e.status !== undefined && e.status !== editor.meta?.status;
      // the page says so in one line (EditorView: who saved), so the text does not change under the reader unexplained
      if (newer || status) void refreshEditor(e.planId).then((done) => { if (done) onReloaded?.(e); });
    }, RELOAD_PAUSE_MS);
  }
}
