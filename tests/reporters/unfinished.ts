/**
 * A vitest reporter (used next to the default one, tests/vitest.config.ts) that names the test files a crashed worker
 * was running. When a worker dies (out of memory, a native crash), vitest says only "Worker exited unexpectedly",
 * and the file it ran is missing from the list of results: this prints, at the end of the run, every file that
 * started and never finished, with the time it started.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class UnfinishedFiles implements Reporter {
  private readonly started = new Map<string, number>();

  onTestModuleStart(m: TestModule): void {
    this.started.set(m.moduleId, Date.now());
  }

  onTestModuleEnd(m: TestModule): void {
    this.started.delete(m.moduleId);
  }

  onTestRunEnd(): void {
    if (!this.started.size) return;
    const lines = [...this.started].map(([id, at]) => `  ${id.replace(process.cwd() + '/', '')} (started ${new Date(at).toISOString().slice(11, 19)} UTC)`);
    process.stderr.write(`\nTest files that started and did not finish (a crashed worker ran one of them):\n${lines.join('\n')}\n`);
  }
}
