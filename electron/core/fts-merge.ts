/**
 * The search index's segment merging, out of the user's writes (docs/reliability.md › The search index is merged
 * between calls).
 *
 * FTS5 keeps node_fts as b-trees ("segments") on levels; every write transaction adds one (or a few) and by default
 * each write also does some merging of them ('automerge'), in the write's own transaction. On a contentless_delete
 * table a deleted row counts as written work, so moving a 2,000-task plan to the 回收站 (2,120 rows deleted) made FTS5
 * merge ~2,000 pages of other plans' segments inside plan.delete: 50–150 ms of CPU where the delete itself is 6–16 ms.
 *
 * Here the library turns FTS5's automatic merging off once (`automerge` = 0, kept in node_fts_config: no process that
 * writes the library, the command line included, merges inside its writes; each runs these steps) and merges in small
 * steps instead:
 * `INSERT INTO node_fts(node_fts, rank) VALUES('merge', MERGE_PAGES)`, one step per turn of the event loop after a
 * write (and at open, and when the index changed under another process), each its own short transaction (~2 ms of CPU
 * at 32 pages), until a step reports nothing left to do: the sqlite3_total_changes() of the connection moved by less
 * than 2 (sqlite.org/fts5.html › The 'merge' Command). A positive N merges only levels of `usermerge` (default 4)
 * segments or more, or goes on with a merge under way, or a level where deleted rows are ≥ `deletemerge` (10) % —
 * the same shape automerge (default 4) keeps, so searches read as many segments as before.
 *
 * Never inside a transaction of the caller's, never while a write call of the user is running (`busy`), never waiting
 * for another process's lock (busy_timeout 0 during the step: a locked library is tried again later instead of
 * holding the host's thread for up to 5 s). A step is FTS5's own transaction: an error or a crash in it leaves the
 * index as it was before the step (tests/core/fts-merge.test.ts). The steps commit with synchronous = NORMAL (WAL:
 * no fsync per step; a step lost in a power cut is merging to do again, never a damaged index — the next write's
 * commit syncs them anyway).
 *
 * If merging cannot keep up (writes back to back with no turn of the loop between them, e.g. a script that imports in
 * a loop), FTS5's crisis merge still bounds each level to `crisismerge` (default 16) segments, as before.
 * An `optimize` (one segment) is not run: on the 2,000-plan library it takes ~0.8 s of CPU in one statement.
 *
 * PostgreSQL (the office server's --db) has no FTS5: its index is a table of its own (electron/store/pg/search.ts).
 */
import type Database from 'better-sqlite3';

/** Pages of merged output a step writes at most (FTS5 pages of ~4 KB): p50 1.5, p95 3.1 ms of CPU on the 2,000-plan library. */
export const MERGE_PAGES = 32;
/** When the host is busy (a transaction of the caller's, a user's write running, another process's lock): try again after (ms). */
const RETRY_MS = 50;
const BUSY_RETRY_MS = 1_000;
/** How often an idle library looks whether another process wrote the index (one row read), ms. */
export const WATCH_MS = 60_000;

export interface IndexShape {
  /** Segments per level (level 0 first). */
  levels: number[];
  /** Segments in all. */
  segments: number;
  /** Levels with a merge under way. */
  merging: number;
}

type StepResult = 'more' | 'done' | 'later' | 'busy' | 'failed';

export class IndexMerger {
  /** This connection's total_changes() made by merge steps: not writes of the library (search.ts takes them off). */
  ownChanges = 0;
  /** Steps run and steps that found work (tests, benchmarks). */
  steps = 0;
  /** Idle checks that read the structure record (tests). */
  checks = 0;
  /** Whether a user's write is running now (set by the core: its dispatch counts the write calls in progress). */
  busy: () => boolean = () => false;
  private timer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;
  private timerIsImmediate = false;
  private watch: ReturnType<typeof setInterval> | null = null;
  /** The structure record when a step last found nothing to do: a different one means someone wrote the index. */
  private settled: Buffer | null = null;
  private closed = false;
  private readonly stmts;

  constructor(
    private readonly db: Database.Database,
    private readonly logError: (message: string, error: unknown) => void = () => {},
  ) {
    this.stmts = {
      merge: db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('merge', ?)`),
      changes: db.prepare(`SELECT total_changes()`).pluck(),
      structure: db.prepare(`SELECT block FROM node_fts_data WHERE id = 10`).pluck(),
    };
  }

  /**
   * Turn FTS5's automatic merging off for this library (kept in the file). Once per library; a library that cannot be
   * written now (another process's lock) keeps automerge until the next open. Returns whether automerge is off.
   */
  static configure(db: Database.Database): boolean {
    try {
      const v = db.prepare(`SELECT v FROM node_fts_config WHERE k = 'automerge'`).pluck().get();
      if (v === 0) return true;
      withBusyTimeout(db, 0, () => db.prepare(`INSERT INTO node_fts(node_fts, rank) VALUES('automerge', 0)`).run());
      return true;
    } catch {
      return false;
    }
  }

  /** After a write (or at open): merge in steps on the next turns of the event loop. */
  kick(): void {
    if (this.closed) return;
    this.settled = null;
    if (this.timer && this.timerIsImmediate) return;
    this.clearTimer();
    this.timerIsImmediate = true;
    this.timer = setImmediate(() => this.run()).unref();
  }

  /** Look every WATCH_MS whether the index changed under another process (the command line writes the same library). */
  startWatching(ms = WATCH_MS): void {
    if (this.watch || this.closed) return;
    this.watch = setInterval(() => {
      // not while steps are scheduled, nor during a write of the user's (its own write kicks the steps after it)
      if (this.timer || this.closed || !this.db.open || this.db.inTransaction || this.busy()) return;
      this.checks++;
      try {
        const s = this.stmts.structure.get() as Buffer | undefined;
        if (s && this.settled && s.equals(this.settled)) return;
      } catch {
        return;
      }
      this.kick();
    }, ms).unref();
  }

  private later(ms: number): void {
    this.clearTimer();
    this.timerIsImmediate = false;
    this.timer = setTimeout(() => this.run(), ms).unref();
  }

  private clearTimer(): void {
    if (!this.timer) return;
    if (this.timerIsImmediate) clearImmediate(this.timer as ReturnType<typeof setImmediate>);
    else clearTimeout(this.timer as ReturnType<typeof setTimeout>);
    this.timer = null;
  }

  private run(): void {
    this.timer = null;
    const r = this.step();
    if (r === 'more') this.kick();
    else if (r === 'later') this.later(RETRY_MS);
    else if (r === 'busy') this.later(BUSY_RETRY_MS);
  }

  /**
   * One merge step now, in its own transaction: 'more' when it merged something (call again), 'done' when there was
   * nothing to merge, 'later' when the host is busy (a transaction of the caller's, a user's write), 'busy' when
   * another process holds the write lock, 'failed' on any other error (logged; the index is as before the step).
   */
  step(pages = MERGE_PAGES): StepResult {
    if (this.closed || !this.db.open) return 'done';
    if (this.db.inTransaction || this.busy()) return 'later';
    const before = this.stmts.changes.get() as number;
    let moved = 0;
    try {
      withBusyTimeout(this.db, 0, () => {
        const sync = this.db.pragma('synchronous', { simple: true }) as number;
        this.db.pragma('synchronous = NORMAL');
        try {
          this.stmts.merge.run(pages);
        } finally {
          this.db.pragma(`synchronous = ${Math.trunc(sync)}`);
        }
      });
      moved = (this.stmts.changes.get() as number) - before;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'busy';
      this.logError('[core] warning: a merge step of the search index failed (the index is as before it):', e);
      return 'failed';
    } finally {
      if (this.db.open) this.ownChanges += (this.stmts.changes.get() as number) - before;
    }
    this.steps++;
    if (moved >= 2) return 'more';
    try {
      this.settled = (this.stmts.structure.get() as Buffer | undefined) ?? null;
    } catch {
      this.settled = null;
    }
    return 'done';
  }

  /** Merge steps until none is left or `maxSteps` ran (tests, tools). Returns the steps that merged something. */
  drain(maxSteps = Infinity, pages = MERGE_PAGES): number {
    let n = 0;
    while (n < maxSteps && this.step(pages) === 'more') n++;
    return n;
  }

  /** Whether a step is scheduled (tests). */
  get pending(): boolean {
    return this.timer !== null;
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
  }
}

/** fn with the connection's busy timeout set to `ms`, the one before restored after. */
function withBusyTimeout<T>(db: Database.Database, ms: number, fn: () => T): T {
  const before = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.trunc(ms)}`);
  try {
    return fn();
  } finally {
    if (db.open) db.pragma(`busy_timeout = ${Math.trunc(before)}`);
  }
}

/**
 * The segments of node_fts per level, from FTS5's structure record (row 10 of node_fts_data; fts5_index.c
 * fts5StructureDecode): a 4-byte cookie, the V2 marker FF 00 00 01 on tables with contentless_delete, then varints —
 * levels, segments, the write counter, and per level its merge count, its segments and theirs fields.
 */
export function indexShape(db: Database.Database): IndexShape {
  const b = db.prepare(`SELECT block FROM node_fts_data WHERE id = 10`).pluck().get() as Buffer | undefined;
  if (!b) return { levels: [], segments: 0, merging: 0 };
  let i = 4;
  const v2 = b[4] === 0xff && b[5] === 0 && b[6] === 0 && b[7] === 1;
  if (v2) i += 4;
  // SQLite's varint: big-endian 7 bits a byte, the ninth byte whole
  const varint = (): number => {
    let v = 0;
    for (let n = 0; n < 9; n++) {
      const c = b[i++];
      if (n === 8) return v * 256 + c;
      v = v * 128 + (c & 0x7f);
      if (!(c & 0x80)) return v;
    }
    return v;
  };
  const nLevel = varint();
  const segments = varint();
  varint(); // write counter
  const levels: number[] = [];
  let merging = 0;
  for (let l = 0; l < nLevel; l++) {
    const nMerge = varint();
    const n = varint();
    if (nMerge) merging++;
    for (let s = 0; s < n; s++) {
      varint(); // segment id
      varint(); // first page
      varint(); // last page
      if (v2) for (let k = 0; k < 5; k++) varint(); // origins, tombstone pages and entries, entries
    }
    levels.push(n);
  }
  return { levels, segments, merging };
}
