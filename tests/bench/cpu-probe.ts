/**
 * CPU of one piece of work on the host's thread, and the longest run of CPU that thread spent between two ticks of a
 * 2 ms probe while it ran (what an event-loop stall would be on an idle machine; on a loaded one the wall-clock stall
 * is mostly waiting for a core). Used by save-cpu.ts and write-cpu.ts.
 */
export const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: number; longest: number }> {
  let last = process.cpuUsage();
  let longest = 0;
  const tick = () => {
    longest = Math.max(longest, cpuMs(process.cpuUsage(last)));
    last = process.cpuUsage();
  };
  const timer = setInterval(tick, 2);
  await new Promise((r) => setTimeout(r, 10));
  last = process.cpuUsage();
  longest = 0;
  const start = process.cpuUsage();
  const result = await work();
  const cpu = cpuMs(process.cpuUsage(start));
  tick();
  clearInterval(timer);
  return { result, cpu, longest };
}
