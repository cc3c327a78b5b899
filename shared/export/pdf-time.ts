/**
 * How long LibreOffice may take to convert a plan's Word document to PDF: it grows with the plan (docs/export.md ›
 * PDF). Measured on this project's 2-core test machine, idle (2026-12-06, `tests/bench/pdf-export.ts`): 220 nodes
 * 1.2 s of CPU, 620 nodes 4.6 s, 1,120 nodes 14.5 s (434 pages), 2,120 nodes 25 s (851 pages) — ~12 ms of CPU a node;
 * on a loaded machine walk 10 saw 83 s for 1,012 nodes (~80 ms a node) and a second conversion past 120 s. The limit
 * is two minutes plus 200 ms a node (2.5 times the loaded figure), at most an hour: a 1,012-node plan 5 min 22 s.
 * The clerk can cancel sooner (export.cancel); the dialog shows the time used and this limit.
 */
export const PDF_BASE_MS = 120_000;
export const PDF_PER_NODE_MS = 200;
export const PDF_MAX_MS = 60 * 60_000;

/** The conversion's time limit for a plan of `nodes` nodes (every heading and paragraph of the tree), ms. */
export function pdfTimeLimitMs(nodes: number): number {
  return Math.min(PDF_MAX_MS, PDF_BASE_MS + Math.max(0, Math.floor(nodes)) * PDF_PER_NODE_MS);
}

/** A duration in Chinese as the dialog and the messages say it: 「45 秒」「5 分 22 秒」「1 小时」. */
export function durationZh(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts = [h ? `${h} 小时` : '', m ? `${m} 分` : '', sec || (!h && !m) ? `${sec} 秒` : ''];
  return parts.filter(Boolean).join(' ');
}

/** A duration as a clock, 「1:05」「5:22」「1:00:00」 (the export dialog's time used and limit, in either language). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
