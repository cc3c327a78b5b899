/**
 * Worker-thread entry of the isolated importer (see isolated-import.ts). Receives one
 * `{ bytes, fileName }` message, runs the environment-free importer (with the Node readers for .pdf and
 * .doc/.wps, electron/core/formats) and posts back exactly one
 * message: `{ ok: true, doc }`, `{ ok: false, importError }` for an ImportError, or
 * `{ ok: false, crash }` for anything else (a bug: the host reports it as 'internal').
 *
 * Built by electron-vite as its own chunk (`?modulePath` import in electron/main/index.ts); run
 * from source through import-worker-boot.mjs (tsx) by the CLI, browser mode and the tests.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../shared/errors.js';
import { importFile } from '../../shared/importer/index.js';
import { createNodeReaders, type NodeReaderOptions } from './formats/index.js';

export interface WorkerRequest { bytes: Uint8Array; fileName: string }
/** Given by the host when it starts the worker: what the Node readers need (pdfjs-dist's folder). */
export interface WorkerData { formats?: NodeReaderOptions }
/** The worker's V8 heap when it answers (MB): what the import cost in memory. */
export interface WorkerStats { heapUsedMb: number; heapTotalMb: number; externalMb: number }
type Outcome =
  | { ok: true; doc: unknown }
  | { ok: false; importError: { code: string; message: string; fileName: string; details?: Record<string, unknown> } }
  | { ok: false; crash: { name: string; message: string; stack?: string } };
export type WorkerReply = { stats: WorkerStats } & Outcome;

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

const port = parentPort;
if (port) {
  port.once('message', async (req: WorkerRequest) => {
    let reply: Outcome;
    try {
      const readers = createNodeReaders((workerData as WorkerData | null)?.formats);
      reply = { ok: true, doc: await importFile({ bytes: req.bytes, fileName: req.fileName }, { readers }) };
    } catch (e) {
      reply = e instanceof ImportError
        ? { ok: false, importError: { code: e.code, message: e.message, fileName: e.fileName, details: e.details } }
        : { ok: false, crash: { name: (e as Error)?.name ?? 'Error', message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack } };
    }
    const h = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
    const stats: WorkerStats = { heapUsedMb: mb(h.used_heap_size), heapTotalMb: mb(h.total_heap_size), externalMb: mb(h.external_memory ?? 0) };
    port.postMessage({ ...reply, stats } as WorkerReply);
  });
}
