/**
 * Dispatch: the one boundary that validates input (IPC in electron/main and HTTP in electron/bridge pass the raw
 * input through to here) and the one place where errors are mapped to what a client sees:
 *
 *   call(method, rawInput) → { ok: true, result } | { ok: false, error: { code, message, details } }
 *
 *   - core closed                         → 'closed'
 *   - unknown method                      → 'unknown-method'
 *   - a restore from a backup under way   → 'busy'
 *   - recovery mode (damaged library)     → 'db-corrupt', except RECOVERY_METHODS
 *   - read-only data folder               → 'read-only' for WRITE_METHODS
 *   - input nested deeper than MAX_INPUT_DEPTH, or failing METHODS[m].input
 *                                         → 'invalid-input' (details.issues: the zod issues, at most 20)
 *   - a handler that succeeded        → { ok: true, result } with `warnings` when a step after its commit failed
 *                                            (./after-commit.ts: the write stands, the user is told)
 *   - AppError / ImportError from a handler → its code, message and details
 *   - storage errors (full disk, no permission …), a damaged file, a locked library → their own codes
 *   - anything else                       → 'internal' (logged with its stack; the client gets a fixed message,
 *                                            never the stack or the text)
 */
import { AppError, type ErrorShape } from '../../shared/errors.js';
import { METHODS, type Envelope, type Handlers, type MethodName } from '../../shared/api/contract.js';
import { stripInvisibleDeep } from '../../shared/text/invisible.js';
import { isCorruptionError, readOnlyError, storageError } from './db.js';
import { collectWarnings } from './after-commit.js';

/** Deepest JSON nesting accepted as input (a plan tree needs ~2 levels per node level). */
export const MAX_INPUT_DEPTH = 200;
const MAX_ISSUES = 20;

/** Input keys whose values are file contents, not text (not scanned for invisible characters). */
const PAYLOAD_KEYS: ReadonlySet<string> = new Set(['dataBase64']);

/** Methods that change the library: refused ('read-only') when the data folder cannot be written. */
export const WRITE_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'plan.importCommit', 'plan.save', 'plan.delete', 'plan.restore', 'plan.purge', 'trash.setDays', 'plan.duplicate', 'plan.setStatus', 'plan.createFromTemplate', 'plan.createBlank',
  'versions.create', 'compare.pins.set', 'prefs.set',
  'review.add', 'review.reply', 'review.edit', 'review.setStatus', 'review.accept', 'review.delete', 'review.submit', 'review.close',
  'review.importPackage', 'review.importWord', 'history.restoreNode', 'history.restorePlan', 'backup.create', 'backup.restore',
]);

/** Methods that work in recovery mode. */
export const RECOVERY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['app.info', 'backup.list', 'backup.restore']);

export type LogError = (message: string, error: unknown) => void;

/** What dispatch needs to know of the core at the moment of a call (electron/core/lifecycle.ts). */
export interface DispatchTarget {
  readonly closed: boolean;
  /** A restore from a backup is swapping the library. */
  readonly restoring: boolean;
  /** null: recovery mode (no library open). */
  readonly db: { readonly readOnly: boolean } | null;
  /** The error recovery mode answers with. */
  corruptNow(): AppError;
  /** The handlers of the library open now (they change after a restore). */
  readonly handlers: Handlers;
  /** Write calls (WRITE_METHODS) running now: the search index's merge steps wait while one is (./fts-merge.ts). */
  writing: number;
}

/** The `call` of the core: validate, run, wrap in an Envelope. Never throws. */
export function makeCall(target: DispatchTarget, dataDir: string, logError: LogError) {
  return async function call(method: string, rawInput: unknown): Promise<Envelope<never>> {
    try {
      if (target.closed) throw new AppError('closed', '资料库已关闭', { en: 'The core has been closed.' });
      if (typeof method !== 'string' || !Object.hasOwn(METHODS, method)) {
        const shown = String(method).slice(0, 100);
        throw new AppError('unknown-method', `未知的接口方法:${shown}`, { method: shown, en: `Unknown API method: ${shown}` });
      }
      const name = method as MethodName;
      if (target.restoring) {
        throw new AppError('busy', '正在从备份恢复资料库,请稍候。', { en: 'The library is being restored from a backup. Try again in a moment.' });
      }
      const db = target.db;
      if (!db && !RECOVERY_METHODS.has(name)) throw target.corruptNow();
      if (db?.readOnly && WRITE_METHODS.has(name)) throw readOnlyError(dataDir);
      const input = validate(name, rawInput);
      const handler = target.handlers[name] as (input: unknown) => Promise<unknown>;
      const write = WRITE_METHODS.has(name);
      if (write) target.writing++;
      try {
        // Bidi controls and zero-width characters out of every string the caller sent (titles, departments, headings,
        // comments, queries …): see shared/text/invisible.ts. File payloads are left alone (the importer cleans them).
        // (a step after the commit that failed answers ok with a warning: ./after-commit.ts)
        const { value: result, warnings } = await collectWarnings(() => handler(stripInvisibleDeep(input, PAYLOAD_KEYS)));
        return warnings.length ? { ok: true, result: result as never, warnings } : { ok: true, result: result as never };
      } finally {
        if (write) target.writing--;
      }
    } catch (e) {
      return { ok: false, error: toErrorShape(e, method, logError, dataDir) };
    }
  };
}

/** The input parsed by the method's schema, or AppError 'invalid-input' (too deep, or failing the schema). */
function validate(name: MethodName, rawInput: unknown): unknown {
  if (tooDeep(rawInput, MAX_INPUT_DEPTH)) {
    throw new AppError('invalid-input', `${name} 的参数嵌套过深`, {
      method: name,
      maxDepth: MAX_INPUT_DEPTH,
      issues: [],
      en: `Input of ${name} is nested deeper than ${MAX_INPUT_DEPTH} levels.`,
    });
  }
  const parsed = METHODS[name].input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: i.code,
      message: i.message,
    }));
    throw new AppError('invalid-input', `${name} 的参数无效:${describeIssue(issues[0])}`, {
      method: name,
      issues,
      more: Math.max(0, parsed.error.issues.length - MAX_ISSUES),
      en: `Invalid input for ${name}.`,
    });
  }
  return parsed.data;
}

function describeIssue(i: { path: Array<string | number>; message: string } | undefined): string {
  if (!i) return '';
  return i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message;
}

function toErrorShape(e: unknown, method: unknown, logError: LogError, dataDir: string): ErrorShape {
  const storage = storageError(e, dataDir);
  if (storage) {
    // The user's words, no stack; the SQLite code goes to the log for whoever reads it.
    logError(`[core] ${String(method).slice(0, 100)}: ${storage.code} (${String((e as { code?: unknown }).code)})`, (e as Error).message);
    e = storage;
  }
  if (e instanceof AppError) {
    const shape: ErrorShape = { code: e.code, message: e.message };
    if (e.details !== undefined) shape.details = e.details;
    return shape;
  }
  const sqliteCode = (e as { code?: unknown } | null)?.code;
  if (isCorruptionError(e)) {
    logError(`[core] ${String(method).slice(0, 100)} found the library damaged:`, e);
    return {
      code: 'db-corrupt',
      message: '资料库文件已损坏,操作未完成。请重新启动程序,按提示从备份恢复。',
      details: { en: 'The library file is damaged; the operation was not carried out. Restart the app and restore a backup when offered.' },
    };
  }
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED') {
    return {
      code: 'busy',
      message: '资料库正被另一个窗口或程序使用,请稍后再试。',
      details: { en: 'The library is busy (locked by another process). Try again.' },
    };
  }
  logError(`[core] ${String(method).slice(0, 100)} failed with an unexpected error:`, e);
  return {
    code: 'internal',
    message: '程序内部错误,操作未完成。详情已记录在日志中。',
    details: { en: 'Internal error; the operation was not carried out. Details are in the log.' },
  };
}

/** Is `value` nested deeper than `max` levels of arrays/objects? Iterative: no recursion on hostile input. */
function tooDeep(value: unknown, max: number): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push({ v: child, d: d + 1 });
    }
  }
  return false;
}
