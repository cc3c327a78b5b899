/**
 * A LibreOffice conversion the clerk can stop (the export dialog's PDF, the page preview): the job's id for the core
 * (export.pdf / export.preview with a jobId, export.cancel), the time used and the conversion's limit (which grows
 * with the plan: shared/export/pdf-time.ts), and the stop. Unmounting the component stops a job still running:
 * nobody waits for its answer any more.
 */
import { computed, onBeforeUnmount, ref } from 'vue';
import { clock, pdfTimeLimitMs } from '../../../shared/export/pdf-time';
import { countNodes } from '../../../shared/model/tree-walk';
import type { PlanNode } from '../../../shared/model/plan';
import { newJobId } from '../api/jobId';
import { useExportStore } from '../stores/export';

/** `nodes`: the plan's tree, whose size sets the limit shown. */
export function usePdfJob(nodes: () => PlanNode[]) {
  const exporter = useExportStore();
  /** The running job's id; null when none runs. */
  const job = ref<string | null>(null);
  /** Stop asked for (停止转换); its call then answers 'cancelled', or — when LibreOffice had already finished — its result, which must be dropped. */
  const cancelling = ref(false);
  const startedAt = ref(0);
  const now = ref(0);
  let ticker: ReturnType<typeof setInterval> | null = null;
  const limitMs = computed(() => pdfTimeLimitMs(countNodes(nodes())));
  /** The time used and the limit as clocks 「1:05」「5:22」 (the dialogs' `elapsed`/`limit` message parameters). */
  const times = computed(() => ({ elapsed: clock(now.value - startedAt.value), limit: clock(limitMs.value) }));

  function stopTicker() {
    if (ticker) clearInterval(ticker);
    ticker = null;
  }

  /** A new job: its id (for the core call) and the clock started. */
  function start(): string {
    stopTicker();
    const id = newJobId('pdf');
    job.value = id;
    cancelling.value = false;
    startedAt.value = now.value = Date.now();
    ticker = setInterval(() => { now.value = Date.now(); }, 1000);
    return id;
  }

  /** Stop the job running now (the core stops LibreOffice); its call then answers 'cancelled'. */
  function cancel() {
    const id = job.value;
    if (!id || cancelling.value) return;
    cancelling.value = true;
    exporter.cancel(id).catch(() => { /* the job's own answer says how it ended */ });
  }

  /** The job's call has answered (however it ended). */
  function finish() {
    stopTicker();
    job.value = null;
    cancelling.value = false;
  }

  onBeforeUnmount(() => {
    cancel();
    stopTicker();
  });

  return { job, cancelling, times, start, cancel, finish };
}
