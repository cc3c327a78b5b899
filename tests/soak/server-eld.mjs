/**
 * Preloaded into the office server's process by tests/soak/server-load.ts (node --import): measures the event
 * loop's delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution, reported beyond those 10 ms) and writes one JSON line to stderr when
 * asked (SIGUSR2: the histogram so far, then reset) — how long a ready request may wait behind work on the loop.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.on('SIGUSR2', () => {
  // the histogram holds the whole interval between ticks: the delay is what exceeds the 10 ms resolution
  const ms = (ns) => Math.max(0, Math.round((ns - 10e6) / 1e5) / 10);
  process.stderr.write(`ELD ${JSON.stringify({ p50: ms(h.percentile(50)), p95: ms(h.percentile(95)), p99: ms(h.percentile(99)), max: ms(h.max), mean: ms(h.mean) })}\n`);
  h.reset();
});
