/**
 * Worker-thread entry of the isolated importer and of the Word export (see isolated-import.ts, worker-pool.ts).
 * Receives a message — `{ bytes, fileName, mapping?, remembered? }` (an import, with the Node readers for .pdf and .doc/.wps,
 * electron/core/formats), `{ task: 'export-docx', doc, options }` (the Word document of a plan) or
 * `{ task: 'compare-plans', left, right, pins }` (a comparison of two large plans), `{ task: 'compare-versions', … }`
 * and `{ task: 'export-markdown', doc }` (the same for large plans) or `{ task: 'sqlite-check', … }` (a backup file's
 * quick_check / integrity_check, ./sqlite-check.ts) — runs the environment-free code and
 * posts back exactly one message for it: `{ ok: true, doc, applied? }` / `{ ok: true, bytes }` / `{ ok: true, result }`,
 * `{ ok: false, importError }` for an ImportError, or `{ ok: false, crash }` for anything else (a bug: the host reports
 * it as 'internal').
 *
 * Level mappings: with `mapping` the importer runs once with it. Without, it runs as inferred; when the document's
 * style (report.style) has a mapping in `remembered` (the planner's earlier choice), it runs again with that one
 * and `applied` says so.
 *
 * Built by electron-vite as its own chunk (`?modulePath` import in electron/main/index.ts); run
 * from source through import-worker-boot.mjs (tsx) by the CLI, browser mode and the tests.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import type { LevelMapping, PlanDoc } from '../../shared/model/plan.js';
import type { ReadSourceOptions } from '../../shared/importer/index.js';
import { buildDocx, type DocxOptions } from '../../shared/export/docx.js';
import { nodeZip } from './zip.js';
import { comparePlans, compareVersions } from '../../shared/compare/index.js';
import { buildMarkdown } from '../../shared/export/markdown.js';
import type { Pin } from '../../shared/compare/index.js';
import { createNodeReaders, type NodeReaderOptions } from './formats/index.js';
import { runSqliteCheck, type DatabaseCtor, type SqliteCheckRequest } from './sqlite-check.js';
import { createRequire } from 'node:module';

export interface ImportRequest {
  task?: 'import';
  bytes: Uint8Array;
  fileName: string;
  /** The planner's level mapping for this preview ({} = as inferred, no remembered mapping). */
  mapping?: LevelMapping;
  /** Remembered mappings by document style, applied when `mapping` is absent. */
  remembered?: Map<string, LevelMapping>;
}
export interface ExportDocxRequest { task: 'export-docx'; doc: PlanDoc; options: DocxOptions }
export interface ComparePlansRequest { task: 'compare-plans'; left: PlanDoc; right: PlanDoc; pins: Pin[] }
export interface CompareVersionsRequest { task: 'compare-versions'; from: PlanDoc; to: PlanDoc; matchBy: 'id' | 'content' | 'auto' }
export interface ExportMarkdownRequest { task: 'export-markdown'; doc: PlanDoc }
export type WorkerRequest = ImportRequest | ExportDocxRequest | ComparePlansRequest | CompareVersionsRequest | ExportMarkdownRequest | SqliteCheckRequest;
/** The level mapping the answer was made with (see AppliedMapping in shared/api/contract.ts). */
export interface WorkerApplied { style: string | null; mapping: LevelMapping; remembered: boolean }
/** Given by the host when it starts the worker: what the Node readers need (pdfjs-dist's folder). */
export interface WorkerData { formats?: NodeReaderOptions }
/** The worker's V8 heap when it answers (MB): what the import cost in memory. */
export interface WorkerStats { heapUsedMb: number; heapTotalMb: number; externalMb: number }
type Outcome =
  | { ok: true; doc: unknown; applied?: WorkerApplied }
  | { ok: true; bytes: Uint8Array }
  | { ok: true; result: unknown }
  | { ok: false; importError: { code: string; message: string; fileName: string; details?: Record<string, unknown> } }
  | { ok: false; crash: { name: string; message: string; stack?: string } };
export type WorkerReply = { stats: WorkerStats } & Outcome;

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

const port = parentPort;
if (port) {
  // One request at a time: the host sends the next only after this one's answer (a fresh worker gets one request
  // and is terminated; a pooled export worker, ./worker-pool.ts, gets one after another).
  port.on('message', async (req: WorkerRequest) => {
    let reply: Outcome;
    try {
      reply = req.task === 'export-docx'
        ? { ok: true, bytes: await buildDocx(req.doc, req.options, { zip: nodeZip }) }
        : req.task === 'compare-plans'
          ? { ok: true, result: comparePlans(req.left, req.right, { pins: req.pins }) }
          : req.task === 'compare-versions'
            ? { ok: true, result: compareVersions(req.from, req.to, { matchBy: req.matchBy }) }
          : req.task === 'export-markdown'
            ? { ok: true, result: buildMarkdown(req.doc, { annexes: true }) }
          : req.task === 'sqlite-check'
            // the host's better-sqlite3 by its resolved path (not bundled into this worker)
            ? { ok: true, result: runSqliteCheck(createRequire(req.sqliteModule)(req.sqliteModule) as DatabaseCtor, req) }
            : await run(req, { readers: createNodeReaders((workerData as WorkerData | null)?.formats) });
    } catch (e) {
      reply = e instanceof ImportError
        ? { ok: false, importError: { code: e.code, message: e.message, fileName: e.fileName, details: e.details } }
        : { ok: false, crash: { name: (e as Error)?.name ?? 'Error', message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack } };
    }
    const h = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
    const stats: WorkerStats = { heapUsedMb: mb(h.used_heap_size), heapTotalMb: mb(h.total_heap_size), externalMb: mb(h.external_memory ?? 0) };
    // the Word document's own buffer is transferred, never a buffer it shares (a reused worker keeps running)
    const bytes = 'bytes' in reply && reply.ok ? reply.bytes : null;
    const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    port.postMessage({ ...reply, stats } as WorkerReply, transfer);
  });
}

/** The import with the request's mapping, or as inferred and then with the mapping remembered for its style. */
export async function run(req: ImportRequest, opts: ReadSourceOptions = {}): Promise<{ ok: true; doc: unknown; applied?: WorkerApplied }> {
  const { bytes, fileName } = req;
  if (req.mapping) {
    const doc = await importFile({ bytes, fileName, mapping: req.mapping }, opts);
    return { ok: true, doc, applied: { style: null, mapping: req.mapping, remembered: false } };
  }
  const doc: PlanDoc = await importFile({ bytes, fileName }, opts);
  const style = doc.report?.style;
  const mapping = style ? req.remembered?.get(style) : undefined;
  if (!style || !mapping || Object.keys(mapping).length === 0) return { ok: true, doc };
  return { ok: true, doc: await importFile({ bytes, fileName, mapping }, opts), applied: { style, mapping, remembered: true } };
}
