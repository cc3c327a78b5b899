/** What the crash-test child writes into the plan, and how the parent reads it back. */
export const SAVE_LINE = (n: number): string => `第${n}次保存。`;
export const HEADING = (n: number): string => `第${n}次保存后的标题`;
/** The body keeps the lines of the last KEEP saves (so saves stay the same size over thousands of them). */
export const KEEP = 20;

/** The body after save n: the lines of saves max(1, n-KEEP+1) … n. */
export function bodyAfter(n: number): string {
  const lines: string[] = [];
  for (let i = Math.max(1, n - KEEP + 1); i <= n; i++) lines.push(SAVE_LINE(i));
  return lines.join('\n');
}

/** The save number a body records: N when it is exactly bodyAfter(N) (0 for an empty body), else -1 (torn or garbled). */
export function savesIn(body: string): number {
  if (body === '') return 0;
  const m = /第(\d+)次保存。$/.exec(body);
  if (!m) return -1;
  const n = Number(m[1]);
  return body === bodyAfter(n) ? n : -1;
}
