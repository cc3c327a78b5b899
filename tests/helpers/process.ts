/**
 * Whether a process still runs. A zombie does not: it has ended and waits only to be reaped — a killed converter
 * orphaned to PID 1 stays a zombie until PID 1 reaps it (~1.7 s in the container here), and `process.kill(pid, 0)`
 * still succeeds on it. On Linux its state comes from /proc; elsewhere (no /proc) whether the pid exists.
 */
import { readFileSync } from 'node:fs';

export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false; // gone meanwhile
  }
}
