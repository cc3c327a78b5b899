/**
 * Login rate limiting (OWASP ASVS 2.2.1): failed logins are counted per account name and per client address over
 * a window; at the limit the key is locked, and each further lock of the same key lasts twice as long as the one
 * before (back-off), up to maxLockMs. While locked, a login is refused before the password is even checked (the
 * right password too), with one Chinese line saying how long to wait. A successful login clears its account's
 * failures (not its address's, and not its back-off: the next lock of an account still attacked lasts longer). Kept in memory: a restart of the server forgets the counts. Server processes on
 * one PostgreSQL library count together: each applies the others' attempts as they are announced (./bus.ts).
 */
export interface LimitSettings {
  /** Failures of one account name within windowMs that lock it. */
  perAccount: number;
  /** Failures from one address within windowMs that lock it (an office behind one NAT shares an address). */
  perAddress: number;
  windowMs: number;
  /** The first lock; later ones double. */
  lockMs: number;
  maxLockMs: number;
}

export const DEFAULT_LIMITS: LimitSettings = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000, lockMs: 60_000, maxLockMs: 60 * 60_000 };

interface Entry {
  failures: number[];
  lockedUntil: number;
  locks: number;
  lastSeen: number;
}

/** Most keys remembered (the oldest are forgotten beyond it: a flood of random names must not fill the memory). */
const MAX_KEYS = 50_000;

export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly s: LimitSettings = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(account: string, address: string): Array<[string, number]> {
    return [
      [`u:${account.toLowerCase()}`, this.s.perAccount],
      [`a:${address}`, this.s.perAddress],
    ];
  }

  /** Milliseconds until the account or the address may try again; 0 when neither is locked. */
  lockedFor(account: string, address: string): number {
    const t = this.now();
    let wait = 0;
    for (const [k] of this.keys(account, address)) {
      const e = this.entries.get(k);
      if (e && e.lockedUntil > t) wait = Math.max(wait, e.lockedUntil - t);
    }
    return wait;
  }

  fail(account: string, address: string): void {
    const t = this.now();
    for (const [k, limit] of this.keys(account, address)) {
      let e = this.entries.get(k);
      if (!e) {
        if (this.entries.size >= MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
        e = { failures: [], lockedUntil: 0, locks: 0, lastSeen: t };
        this.entries.set(k, e);
      }
      // A key quiet for a day starts its back-off again.
      if (t - e.lastSeen > 24 * 60 * 60_000) e.locks = 0;
      e.lastSeen = t;
      e.failures = e.failures.filter((f) => t - f < this.s.windowMs);
      e.failures.push(t);
      if (e.failures.length >= limit) {
        e.lockedUntil = t + Math.min(this.s.lockMs * 2 ** e.locks, this.s.maxLockMs);
        e.locks++;
        e.failures = [];
      }
    }
  }

  /** A successful login clears the account's failures; its back-off stays (a key quiet for a day starts again). */
  succeed(account: string): void {
    const e = this.entries.get(`u:${account.toLowerCase()}`);
    if (e) e.failures = [];
  }
}

/** 「登录尝试次数过多,请 3 分钟后再试。」 */
export function lockedMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `登录尝试次数过多,请 ${minutes} 分钟后再试。`;
}
