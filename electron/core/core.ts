/**
 * The core: one handler per API method (shared/api/contract.ts), over the SQLite library.
 * Plain Node, never imports 'electron'. Every host (Electron IPC, the HTTP bridge, the CLI)
 * goes through `call`, which is the only boundary that validates input:
 *
 *   call(method, rawInput) → { ok: true, result } | { ok: false, error: { code, message, details } }
 *
 *   - unknown method                      → 'unknown-method'
 *   - input failing METHODS[m].input      → 'invalid-input' (details.issues: the zod issues, at most 20)
 *   - AppError / ImportError from a handler → its code, message and details
 *   - anything else                       → 'internal' (logged to stderr with its stack; the client
 *                                            gets a fixed message, never the stack or the text)
 *
 * Handlers that write do so in one transaction (see library.ts), so a call that fails leaves
 * the library as it was.
 */
import { AppError, ImportError, LIMITS, type ErrorShape } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import { blankPlan, planFromTemplate } from '../../shared/template.js';
import { PLAN_STATUSES, type PlanDoc, type PlanNode, type Period } from '../../shared/model/plan.js';
import { METHODS, type Envelope, type Handlers, type MethodName, type Output } from '../../shared/api/contract.js';
import { openLibrary, type Library } from './library.js';
import { ensureSeeds, type EnsureSeedsResult } from './seeds.js';
import { exportDocx, exportMarkdown, exportPdf, pdfCapability } from './export.js';
import { CompareStore } from './versions.js';
import { comparePlans, compareVersions } from '../../shared/compare/index.js';
import pkg from '../../package.json' with { type: 'json' };

export interface CoreOptions {
  /** Library folder (created when missing). */
  dataDir: string;
  /** Reference plans imported once per library on start (seeds/*.txt); null to skip. */
  seedsDir: string | null;
  /** Which host runs the core: 'electron', 'web', 'cli', 'test' … (reported by app.info). */
  host: string;
  /** Unexpected errors (code 'internal') are reported here; default: console.error. */
  logError?: (message: string, error: unknown) => void;
  /** better-sqlite3 native binding to load (the Electron build); default: the Node build. */
  nativeBinding?: string;
}

export interface Core {
  readonly handlers: Handlers;
  /** Validate, run, and wrap in an Envelope. Never throws. */
  call<K extends MethodName>(method: K | (string & {}), rawInput: unknown): Promise<Envelope<Output<K>>>;
  close(): void;
  /** For tests and maintenance tools; hosts use `call`. */
  readonly library: Library;
  /** What ensureSeeds did on this start. */
  readonly seeds: EnsureSeedsResult;
}

/** Appended to the title of a duplicated plan when no title is given. */
export const COPY_SUFFIX = '(副本)';
/** Deepest JSON nesting accepted as input (a plan tree needs ~2 levels per node level). */
export const MAX_INPUT_DEPTH = 200;
const MAX_ISSUES = 20;

export async function createCore(opts: CoreOptions): Promise<Core> {
  const logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const lib = openLibrary({ dataDir: opts.dataDir, nativeBinding: opts.nativeBinding });
  let seeds: EnsureSeedsResult;
  try {
    seeds = opts.seedsDir
      ? await ensureSeeds(lib, opts.seedsDir, importFile)
      : { imported: [], skipped: [], changed: [], failed: [] };
  } catch (e) {
    lib.close();
    throw e;
  }
  for (const f of seeds.failed) logError(`[core] seed ${f.fileName} was not imported: ${f.error.code}`, f.error.message);

  const handlers = makeHandlers(lib, opts);
  let closed = false;

  async function call(method: string, rawInput: unknown): Promise<Envelope<never>> {
    try {
      if (closed) throw new AppError('closed', '资料库已关闭', { en: 'The core has been closed.' });
      if (typeof method !== 'string' || !Object.hasOwn(METHODS, method)) {
        const shown = String(method).slice(0, 100);
        throw new AppError('unknown-method', `未知的接口方法:${shown}`, { method: shown, en: `Unknown API method: ${shown}` });
      }
      const name = method as MethodName;
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
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return { ok: true, result: result as never };
    } catch (e) {
      return { ok: false, error: toErrorShape(e, method, logError) };
    }
  }

  return {
    handlers,
    call: call as Core['call'],
    close() {
      closed = true;
      lib.close();
    },
    library: lib,
    seeds,
  };
}

function describeIssue(i: { path: Array<string | number>; message: string } | undefined): string {
  if (!i) return '';
  return i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message;
}

function toErrorShape(e: unknown, method: unknown, logError: (message: string, error: unknown) => void): ErrorShape {
  if (e instanceof AppError) {
    const shape: ErrorShape = { code: e.code, message: e.message };
    if (e.details !== undefined) shape.details = e.details;
    return shape;
  }
  const sqliteCode = (e as { code?: unknown } | null)?.code;
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

/** Checks the schema cannot express: node ids unique within the plan. */
function checkDoc(doc: PlanDoc): void {
  const seen = new Set<string>();
  const dup = new Set<string>();
  const stack: PlanNode[] = [...doc.nodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n.id)) dup.add(n.id);
    seen.add(n.id);
    stack.push(...n.children);
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

function checkPeriod(period: Period): void {
  if (period.start > period.end) {
    throw new AppError('invalid-input', `规划期起始年份 ${period.start} 晚于结束年份 ${period.end}`, {
      period,
      issues: [{ path: ['period'], code: 'custom', message: 'start > end' }],
      en: `Period start ${period.start} is after its end ${period.end}.`,
    });
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** base64 → bytes, refusing malformed text and anything over LIMITS.maxImportBytes before decoding. */
function decodeBase64(data: string, fileName: string): Uint8Array {
  const s = data.replace(/\s+/g, '');
  if (!BASE64.test(s) || s.length % 4 === 1) {
    throw new AppError('invalid-input', `${fileName} 的内容不是有效的 Base64 编码`, {
      issues: [{ path: ['dataBase64'], code: 'custom', message: 'not base64' }],
      en: 'dataBase64 is not valid base64.',
    });
  }
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const size = Math.floor((s.length * 3) / 4) - padding;
  if (size > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', fileName, `文件过大(${size} 字节,上限 ${LIMITS.maxImportBytes} 字节)`, {
      bytes: size,
      limit: LIMITS.maxImportBytes,
    });
  }
  const buf = Buffer.from(s, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function makeHandlers(lib: Library, opts: CoreOptions): Handlers {
  const stored = (id: string) => ({ ...lib.getPlan(id), id, revision: lib.revisionOf(id) });
  const cmp = new CompareStore(lib);
  return {
    ...compareHandlers(lib, cmp),
    'app.info': async () => ({
      version: pkg.version,
      dataDir: opts.dataDir,
      plans: PLAN_STATUSES.reduce((n, s) => n + lib.countPlans(s), 0),
      host: opts.host,
    }),

    'library.list': async () => lib.listPlans().reverse(), // newest first
    'library.search': async ({ query, filters }) => lib.search(query, filters),
    'library.departments': async () => lib.departments(),

    'plan.importPreview': async ({ fileName, dataBase64 }) => importFile({ bytes: decodeBase64(dataBase64, fileName), fileName }),

    'plan.importCommit': async ({ doc, status }) => {
      checkDoc(doc);
      return { id: lib.addPlan(doc, { status }) };
    },

    'plan.get': async ({ id }) => stored(id),

    'plan.save': async ({ id, doc, baseRevision }) => {
      checkDoc(doc);
      const snapshot = cmp.beforeSave(id);
      const saved = lib.replacePlan(id, doc, { baseRevision });
      snapshot?.commit();
      cmp.updateVectors(id);
      return saved;
    },

    'plan.delete': async ({ id }) => {
      lib.deletePlan(id);
      return { ok: true as const };
    },

    'plan.duplicate': async ({ id, title }) => {
      const { id: _old, ...src } = lib.getPlan(id);
      const doc: PlanDoc = {
        ...src,
        meta: { ...src.meta, title: title?.trim() ? title : src.meta.title + COPY_SUFFIX, status: 'draft', basedOn: id },
      };
      return { id: lib.addPlan(doc) };
    },

    'plan.setStatus': async ({ id, status }) => {
      const before = lib.hasPlan(id) ? lib.getPlan(id).meta.status : status;
      lib.setStatus(id, status);
      cmp.afterStatusChange(id, before, status);
      return { ok: true as const };
    },

    'plan.createFromTemplate': async ({ templateId, district, period, mode, title }) => {
      checkPeriod(period);
      const template = lib.getPlan(templateId);
      const doc = planFromTemplate(template, { district, period, mode, title, templateId });
      checkDoc(doc);
      return { id: lib.addPlan(doc, { status: 'draft' }) };
    },

    'plan.createBlank': async ({ title, district, period }) => {
      checkPeriod(period);
      const doc = blankPlan({ title, district, period });
      checkDoc(doc);
      return { id: lib.addPlan(doc, { status: 'draft' }) };
    },

    'export.docx': async ({ id, options }) => {
      const { fileName, bytes } = await exportDocx(lib.getPlan(id), options);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.markdown': async ({ id }) => exportMarkdown(lib.getPlan(id)),
    'export.pdf': async ({ id, options }) => {
      const { fileName, bytes } = await exportPdf(lib.getPlan(id), options);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'export.capabilities': async () => pdfCapability(),
  };
}

/** compare.* and versions.* (shared/compare does the work; electron/core/versions.ts stores). */
function compareHandlers(lib: Library, cmp: CompareStore): Pick<Handlers, 'versions.list' | 'versions.create' | 'versions.get' | 'compare.plans' | 'compare.versions' | 'compare.pins.set' | 'compare.similar'> {
  return {
    'versions.list': async ({ planId }) => cmp.listVersions(planId),
    'versions.create': async ({ planId, name }) => cmp.createVersion(planId, name.trim() || name, 'named', 'named'),
    'versions.get': async ({ planId, versionId }) => cmp.getVersion(planId, versionId),

    'compare.plans': async ({ leftId, rightId, pins }) => {
      const used = pins ?? cmp.getPins(leftId, rightId);
      const c = comparePlans(cmp.plan(leftId), cmp.plan(rightId), { pins: used });
      return { leftId, rightId, ...c, pins: used };
    },

    'compare.versions': async ({ planId, fromVersionId, toVersionId }) => {
      const current = lib.getPlan(planId);
      let from: { doc: PlanDoc; label: string; planId: string; versionId: number | null };
      if (fromVersionId === 'basedOn') {
        const base = current.meta.basedOn;
        if (!base || !lib.hasPlan(base)) {
          throw new AppError('not-found', base ? `规划 ${planId} 所依据的模板 ${base} 已不在资料库中` : `规划 ${planId} 不是由模板生成的`, {
            planId,
            basedOn: base,
            en: base ? `The template ${base} of plan ${planId} is no longer in the library.` : `Plan ${planId} was not made from a template.`,
          });
        }
        from = { doc: lib.getPlan(base), label: 'basedOn', planId: base, versionId: null };
      } else {
        const v = cmp.getVersion(planId, fromVersionId);
        from = { doc: v.doc, label: v.name, planId, versionId: v.versionId };
      }
      const to =
        toVersionId === 'current'
          ? { doc: current, label: 'current', planId, versionId: null }
          : (() => {
              const v = cmp.getVersion(planId, toVersionId);
              return { doc: v.doc, label: v.name, planId, versionId: v.versionId };
            })();
      const d = compareVersions(from.doc, to.doc, { matchBy: fromVersionId === 'basedOn' ? 'auto' : 'id' });
      return {
        planId,
        from: { label: from.label, planId: from.planId, versionId: from.versionId },
        to: { label: to.label, planId: to.planId, versionId: to.versionId },
        ...d,
      };
    },

    'compare.pins.set': async ({ leftId, rightId, pins }) => {
      cmp.setPins(leftId, rightId, pins);
      return { ok: true as const, pins: pins.length };
    },

    'compare.similar': async ({ planId, perTask }) => {
      // The plan first: libraryIndex() brings the stored vectors up to date (a write), which a call
      // for a missing plan must not do.
      const doc = cmp.plan(planId);
      return { planId, ...cmp.libraryIndex().similar({ planId, doc }, { perTask }) };
    },
  };
}
