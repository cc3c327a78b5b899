/**
 * The crash test, short: 8 SIGKILLs of a child that saves a plan through the core in a loop (tests/crash/run.ts;
 * `npm run crash` runs 200 and writes docs/reliability.md). After every kill the library passes integrity_check and
 * holds the last acknowledged save (or the one under way, complete) — never an older or a torn one.
 */
import { describe, expect, it } from 'vitest';
import { bodyAfter, HEADING, KEEP, savesIn } from '../crash/marks';
import { replaceSection, runCrashTest } from '../crash/run';

describe('crash test helpers', () => {
  it('a body is recognised only when it is exactly the lines of the last saves', () => {
    expect(savesIn('')).toBe(0);
    expect(savesIn(bodyAfter(1))).toBe(1);
    expect(savesIn(bodyAfter(57))).toBe(57);
    expect(bodyAfter(57).split('\n')).toHaveLength(KEEP);
    expect(bodyAfter(57).split('\n')[0]).toBe('第38次保存。');
    expect(savesIn(bodyAfter(57).replace('第50次保存。', '第49次保存。'))).toBe(-1);
    expect(savesIn(bodyAfter(57) + '\n')).toBe(-1);
    expect(HEADING(3)).toBe('第3次保存后的标题');
  });

  it('replaceSection swaps one ## section and keeps the others', () => {
    const doc = '# Reliability\n\nintro\n\n## Crash safety\n\nold\n\n## Hostile input and fuzzing\n\ntheirs\n';
    expect(replaceSection(doc, 'Crash safety', '## Crash safety\n\nnew\n\n')).toBe('# Reliability\n\nintro\n\n## Crash safety\n\nnew\n\n## Hostile input and fuzzing\n\ntheirs\n');
    expect(replaceSection('# Reliability\n', 'Backups', '## Backups\n\nx\n')).toBe('# Reliability\n\n## Backups\n\nx\n');
  });
});

describe('crash test (8 kills)', () => {
  it('every acknowledged save survives SIGKILL and the database stays intact', async () => {
    const r = await runCrashTest({ iterations: 8 });
    const summary = r.iterations.map((i) => `${i.outcome}${i.problem ? ': ' + i.problem : ''}`);
    expect(r.failures, summary.join('\n')).toBe(0);
    expect(r.iterations).toHaveLength(8);
    expect(r.integrityOk).toBe(8);
    for (const it of r.iterations) expect(['acknowledged', 'next']).toContain(it.outcome);
    expect(r.acknowledgedSaves).toBeGreaterThan(0);
  }, 180_000);
});
