/**
 * Live events shared by the server processes on one PostgreSQL library (several `plan-workbench serve --db …` behind
 * one address): what one process announces to its own event streams (./events.ts LiveMessage: a plan changed, its
 * shares changed, it was deleted, a session ended, accounts changed) it also sends on the database's channel
 * (LISTEN/NOTIFY, electron/store/db.ts Channel), and every other process delivers it to its own streams — each
 * listener's right to read the plan checked again there, at delivery, on the shared database, as for its own calls.
 *
 *   payload   JSON { v: 1, from: <this process's random id>, m: LiveMessage } on the channel `plan_workbench_live`;
 *             ids, names and what changed only (no text of a plan), far under PostgreSQL's 8,000-byte limit
 *   order     one process's messages are sent one after another (each NOTIFY is its own statement, committed at
 *             once), so another process receives them in the order of its calls
 *   own       a process skips its own messages (it delivered them when it announced them)
 *   lost      when the listening connection fails (the database restarted, the network dropped), messages sent
 *             meanwhile are not received: every stream of this process ends with 'shutdown' (the page reconnects
 *             later and catches up, as after a server restart) and the listener is opened again every RETRY_MS
 *
 * Login attempts travel on the same channel as { v: 1, from, l: LoginNote }: a failed login on one process counts
 * against the account and the address on every process (./ratelimit.ts), and a successful one clears the account's
 * failures everywhere, so N processes behind one address allow the attempts of one, not N× (a process started later,
 * or one whose listener was down, starts from what it hears after).
 *
 * A message that cannot be sent (the database unreachable) is logged; the call it belongs to has already answered.
 * A first LISTEN that fails does not stop the server: it is logged and tried again, as a lost connection is.
 * SQLite has no channel (one process has the library): no bus, the events stay in the process.
 */
import crypto from 'node:crypto';
import type { Channel } from '../store/db.js';
import type { LiveEvents, LiveMessage } from './events.js';

export const LIVE_CHANNEL = 'plan_workbench_live';
/** Wait before listening again after the connection was lost, ms. */
const RETRY_MS = 2000;

/** The shape of a message as received (another process may run another version: anything else is ignored). */
function valid(m: unknown): m is LiveMessage {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  const str = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  switch (o.t) {
    case 'change':
      return str(o.planId) && str(o.method) && Array.isArray(o.changes) && o.changes.every((c) => typeof c === 'string') &&
        (o.revision === undefined || typeof o.revision === 'number') &&
        (o.by === undefined || (typeof (o.by as { userId?: unknown }).userId === 'number' && typeof (o.by as { name?: unknown }).name === 'string'));
    case 'deleted':
      return str(o.planId);
    case 'rights':
      return str(o.planId) && typeof o.userId === 'number' && typeof o.readBefore === 'boolean';
    case 'session':
      return str(o.idHash);
    case 'restored':
    case 'recheck':
      return true;
    default:
      return false;
  }
}

/** A login attempt's outcome, for the other processes' rate limiters (./ratelimit.ts). */
export type LoginNote = { t: 'login-fail'; account: string; address: string } | { t: 'login-ok'; account: string };

function validLogin(l: unknown): l is LoginNote {
  if (!l || typeof l !== 'object') return false;
  const o = l as Record<string, unknown>;
  const str = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  if (o.t === 'login-fail') return str(o.account) && str(o.address);
  if (o.t === 'login-ok') return str(o.account);
  return false;
}

export class SharedEvents {
  /** This process among those on the library. */
  readonly from = crypto.randomBytes(12).toString('base64url');
  private listener: { close(): Promise<void> } | null = null;
  private sending: Promise<void> = Promise.resolve();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** Messages received from other processes (for the log and tests). */
  received = 0;
  /** Where the other processes' login outcomes go (the server's rate limiter). */
  onLogin: ((note: LoginNote) => void) | null = null;

  private constructor(
    private readonly channel: Channel,
    private readonly live: Pick<LiveEvents, 'receive' | 'missed' | 'attach'>,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Listen on the channel, then publish `live`'s messages on it. When the first LISTEN fails (a connection pooler
   * that does not pass LISTEN on, the database busy) the server still starts: the failure is one line in its log and
   * the listener is tried again every RETRY_MS, as after a lost connection.
   */
  static async start(channel: Channel, live: Pick<LiveEvents, 'receive' | 'missed' | 'attach'>, log: (message: string) => void = (m) => console.error(m)): Promise<SharedEvents> {
    const bus = new SharedEvents(channel, live, log);
    try {
      await bus.listen();
    } catch (e) {
      log(`[server] cannot listen for the other server processes' live events yet (${(e as { code?: string }).code ?? String(e)}); trying again every ${RETRY_MS / 1000} s`);
      bus.again();
    }
    live.attach(bus);
    return bus;
  }

  publish(m: LiveMessage): void {
    this.send({ m }, m.t);
  }

  /** Tell the other processes' rate limiters of a login attempt's outcome. */
  publishLogin(note: LoginNote): void {
    this.send({ l: note }, note.t);
  }

  private send(body: { m: LiveMessage } | { l: LoginNote }, what: string): void {
    if (this.closed) return;
    const payload = JSON.stringify({ v: 1, from: this.from, ...body });
    this.sending = this.sending
      .then(() => this.channel.notify(LIVE_CHANNEL, payload))
      .catch((e) => this.log(`[server] live event not sent to the other server processes (${what}): ${(e as { code?: string }).code ?? String(e)}`));
  }

  /** Whether the channel is heard now (false while the connection is being opened again after it was lost). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /** Stop listening and sending (after the messages already queued). */
  async close(): Promise<void> {
    this.closed = true;
    this.live.attach(null);
    if (this.retry) clearTimeout(this.retry);
    await this.sending;
    await this.listener?.close();
    this.listener = null;
  }

  private async listen(): Promise<void> {
    this.listener = await this.channel.listen(LIVE_CHANNEL, {
      message: (payload) => this.onMessage(payload),
      lost: (e) => this.onLost(e),
    });
  }

  private onMessage(payload: string): void {
    let p: { v?: unknown; from?: unknown; m?: unknown; l?: unknown };
    try {
      p = JSON.parse(payload) as typeof p;
    } catch {
      return;
    }
    if (p?.v !== 1 || p.from === this.from) return;
    if (p.l !== undefined) {
      if (validLogin(p.l)) {
        this.received++;
        this.onLogin?.(p.l);
      }
      return;
    }
    if (!valid(p.m)) return;
    this.received++;
    this.live.receive(p.m);
  }

  private onLost(e: unknown): void {
    this.listener = null;
    if (this.closed) return;
    this.log(`[server] the shared live-event connection was lost (${(e as { code?: string }).code ?? String(e)}); open event streams end and reconnect`);
    this.live.missed();
    this.again();
  }

  private again(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.listen().then(
        async () => {
          if (this.closed) {
            await this.listener?.close();
            this.listener = null;
            return;
          }
          // streams opened while nothing was heard may have missed messages too: they end and reconnect as well
          this.live.missed();
          this.log('[server] the shared live-event connection is back');
        },
        () => this.again(),
      );
    }, RETRY_MS);
    this.retry.unref();
  }
}
